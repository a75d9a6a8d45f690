package criteria

import (
	"slices"
)

// Successors tells which item(s) of edition toEdition an item of edition
// fromEdition became, and how: MapSame, MapRenumbered, MapSplit, MapMerged
// or MapWithdrawn (ids nil). An item no map names keeps its id when the new
// edition has it, and is withdrawn when it does not. Kind "" means the item
// is unknown in fromEdition.
//
// A direct map is used when there is one; otherwise a chain of maps
// (A→B→C) is followed and the steps composed: withdrawn anywhere is
// withdrawn, several ids at the end is split, a merge on the way is merged,
// the same id at the end is same, anything else renumbered.
func (r *Registry) Successors(scheme, fromEdition, toEdition, itemID string) (ids []string, kind string) {
	if c, err := r.Catalog(scheme, fromEdition); err == nil {
		if _, ok := c.Item(itemID); !ok {
			return nil, ""
		}
	}
	if fromEdition == toEdition {
		return []string{itemID}, MapSame
	}
	path := r.mapPath(scheme, fromEdition, toEdition)
	if path == nil {
		// No map joins the editions: the implicit rule alone applies.
		return r.step(EditionMap{Scheme: scheme, From: fromEdition, To: toEdition}, itemID)
	}
	cur := []string{itemID}
	merged := false
	for _, m := range path {
		var next []string
		for _, id := range cur {
			got, k := r.step(m, id)
			if k == MapMerged {
				merged = true
			}
			for _, g := range got {
				if !slices.Contains(next, g) {
					next = append(next, g)
				}
			}
		}
		if len(next) == 0 {
			return nil, MapWithdrawn
		}
		cur = next
	}
	switch {
	case len(cur) > 1:
		return cur, MapSplit
	case merged:
		return cur, MapMerged
	case cur[0] == itemID:
		return cur, MapSame
	}
	return cur, MapRenumbered
}

// step applies one map to one old id.
func (r *Registry) step(m EditionMap, id string) ([]string, string) {
	for _, e := range m.Entries {
		if slices.Contains(e.From, id) {
			if e.Kind == MapWithdrawn {
				return nil, MapWithdrawn
			}
			return slices.Clone(e.To), e.Kind
		}
	}
	if to, err := r.Catalog(m.Scheme, m.To); err == nil {
		if _, ok := to.Item(id); !ok {
			return nil, MapWithdrawn
		}
	}
	return []string{id}, MapSame
}

// Predecessors is Successors read backwards: which item(s) of fromEdition
// the item itemID of toEdition came from. Kinds are those of the map entry
// (MapSplit: the one item it was split from; MapMerged: the items merged
// into it), MapSame, MapRenumbered, or MapAdded (ids nil) for an item with no
// predecessor. Kind "" means the item is unknown in toEdition.
func (r *Registry) Predecessors(scheme, fromEdition, toEdition, itemID string) (ids []string, kind string) {
	if c, err := r.Catalog(scheme, toEdition); err == nil {
		if _, ok := c.Item(itemID); !ok {
			return nil, ""
		}
	}
	if fromEdition == toEdition {
		return []string{itemID}, MapSame
	}
	path := r.mapPath(scheme, fromEdition, toEdition)
	if path == nil {
		return r.stepBack(EditionMap{Scheme: scheme, From: fromEdition, To: toEdition}, itemID)
	}
	cur := []string{itemID}
	split, merged := false, false
	for i := len(path) - 1; i >= 0; i-- {
		var prev []string
		for _, id := range cur {
			got, k := r.stepBack(path[i], id)
			split = split || k == MapSplit
			merged = merged || k == MapMerged
			for _, g := range got {
				if !slices.Contains(prev, g) {
					prev = append(prev, g)
				}
			}
		}
		if len(prev) == 0 {
			return nil, MapAdded
		}
		cur = prev
	}
	switch {
	case len(cur) > 1 || merged:
		return cur, MapMerged
	case split:
		return cur, MapSplit
	case cur[0] == itemID:
		return cur, MapSame
	}
	return cur, MapRenumbered
}

func (r *Registry) stepBack(m EditionMap, id string) ([]string, string) {
	for _, e := range m.Entries {
		if slices.Contains(e.To, id) {
			if e.Kind == MapAdded {
				return nil, MapAdded
			}
			return slices.Clone(e.From), e.Kind
		}
	}
	// An id no entry produces is the same old id, unless an entry moved
	// that old id elsewhere or the old edition never had it.
	for _, e := range m.Entries {
		if slices.Contains(e.From, id) {
			return nil, MapAdded
		}
	}
	if from, err := r.Catalog(m.Scheme, m.From); err == nil {
		if _, ok := from.Item(id); !ok {
			return nil, MapAdded
		}
	}
	return []string{id}, MapSame
}

// mapPath finds the shortest chain of stored maps leading from one edition
// to the other (breadth first, ties broken by edition name so the answer is
// stable); nil when there is none.
func (r *Registry) mapPath(scheme, from, to string) []EditionMap {
	if m, ok := r.maps[mapKey{scheme, from, to}]; ok {
		return []EditionMap{m}
	}
	out := map[string][]EditionMap{}
	for k, m := range r.maps {
		if k.scheme == scheme {
			out[k.from] = append(out[k.from], m)
		}
	}
	for _, ms := range out {
		slices.SortFunc(ms, func(a, b EditionMap) int {
			switch {
			case a.To < b.To:
				return -1
			case a.To > b.To:
				return 1
			}
			return 0
		})
	}
	via := map[string]EditionMap{}
	seen := map[string]bool{from: true}
	queue := []string{from}
	for len(queue) > 0 {
		at := queue[0]
		queue = queue[1:]
		for _, m := range out[at] {
			if seen[m.To] {
				continue
			}
			seen[m.To] = true
			via[m.To] = m
			if m.To == to {
				var path []EditionMap
				for e := to; e != from; e = via[e].From {
					path = append(path, via[e])
				}
				slices.Reverse(path)
				return path
			}
			queue = append(queue, m.To)
		}
	}
	return nil
}
