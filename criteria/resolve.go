package criteria

import (
	"cmp"
	"slices"
)

// Successors tells which item(s) of edition toEdition an item of edition
// fromEdition became, and how: MapSame, MapRenumbered, MapSplit, MapMerged
// or MapWithdrawn (ids nil). An item no map names keeps its id when the new
// edition has it, and is withdrawn when it does not. Kind "" means the item
// is unknown in fromEdition.
//
// A direct map is used when there is one; otherwise a chain of maps
// (A→B→C) is followed, forwards or, when the maps run the other way,
// backwards, and the steps are composed: no id left after a step is
// withdrawn, several ids at the end is split, a merge on the way is merged,
// a split that ends in one id is still split, the same id at the end is
// same, anything else renumbered.
func (r *Registry) Successors(scheme, fromEdition, toEdition, itemID string) (ids []string, kind string) {
	return r.travel(scheme, fromEdition, toEdition, itemID)
}

// Predecessors is Successors read backwards: which item(s) of fromEdition
// the item itemID of toEdition came from. Kinds are told as the map tells
// them, from the old edition to the new: MapSplit (it is one part of the old
// item returned), MapMerged (the old items returned were merged into it),
// MapSame, MapRenumbered, or MapAdded (ids nil) for an item with no
// predecessor. Kind "" means the item is unknown in toEdition.
func (r *Registry) Predecessors(scheme, fromEdition, toEdition, itemID string) (ids []string, kind string) {
	ids, kind = r.travel(scheme, toEdition, fromEdition, itemID)
	return ids, invert(kind)
}

// invert turns a kind seen travelling one way into the kind seen travelling
// the other way.
func invert(kind string) string {
	switch kind {
	case MapSplit:
		return MapMerged
	case MapMerged:
		return MapSplit
	case MapWithdrawn:
		return MapAdded
	case MapAdded:
		return MapWithdrawn
	}
	return kind
}

// travel follows an item from edition `from` to edition `to`, whichever is
// older, and tells the kind as seen by the traveller.
func (r *Registry) travel(scheme, from, to, id string) ([]string, string) {
	if c, err := r.Catalog(scheme, from); err == nil {
		if _, ok := c.Item(id); !ok {
			return nil, ""
		}
	}
	if from == to {
		return []string{id}, MapSame
	}
	type stepFunc func(string) ([]string, string)
	var steps []stepFunc
	if path := r.mapPath(scheme, from, to); path != nil {
		for _, m := range path {
			steps = append(steps, func(id string) ([]string, string) { return r.step(m, id) })
		}
	} else if path := r.mapPath(scheme, to, from); path != nil {
		for _, m := range slices.Backward(path) {
			steps = append(steps, func(id string) ([]string, string) {
				ids, k := r.stepBack(m, id)
				return ids, invert(k)
			})
		}
	} else {
		// No map joins the editions: the implicit rule alone applies.
		m := EditionMap{Scheme: scheme, From: from, To: to}
		steps = append(steps, func(id string) ([]string, string) { return r.step(m, id) })
	}

	cur := []string{id}
	split, merged := false, false
	for _, step := range steps {
		var next []string
		for _, at := range cur {
			got, k := step(at)
			split = split || k == MapSplit
			merged = merged || k == MapMerged
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
	case split: // split, then all parts but one withdrawn
		return cur, MapSplit
	case cur[0] == id:
		return cur, MapSame
	}
	return cur, MapRenumbered
}

// step applies one map forwards to one old id.
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

// stepBack applies one map backwards to one new id; kinds are the map's.
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
	if m, ok := r.Map(scheme, from, to); ok {
		return []EditionMap{m}
	}
	out := map[string][]EditionMap{}
	for k, m := range r.schemeMaps(scheme) {
		out[k.from] = append(out[k.from], m)
	}
	for _, ms := range out {
		slices.SortFunc(ms, func(a, b EditionMap) int { return cmp.Compare(a.To, b.To) })
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
