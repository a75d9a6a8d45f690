package criteria

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Problem is one thing wrong with a catalog, guideline or edition map.
type Problem struct {
	Where   string `json:"where"` // "items[12] (id 4.2)", "clauses[3] (id C-a)", "" for the whole document
	Message string `json:"message"`
}

func (p Problem) Error() string {
	if p.Where == "" {
		return p.Message
	}
	return p.Where + ": " + p.Message
}

// ValidationError is what the registry's Add methods return for a document
// with problems; Problems holds every one of them.
type ValidationError struct {
	Subject  string // "catalog asp-saas ref-2026"
	Problems []Problem
}

func (e *ValidationError) Error() string {
	if len(e.Problems) == 1 {
		return fmt.Sprintf("%s: %v", e.Subject, e.Problems[0])
	}
	return fmt.Sprintf("%s: %d problems, first: %v", e.Subject, len(e.Problems), e.Problems[0])
}

var (
	itemIDShape = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^([0-9]+)(?:\.([0-9]+))?$`)
	})
	publishedForm = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$`)
	})
)

// Validate checks a catalog on its own and, when r is not nil, that every
// clause reference resolves to a guideline clause known to r. It returns every
// problem it finds, in document order; none means the catalog is usable.
func Validate(c *Catalog, r *Registry) []Problem {
	var ps []Problem
	add := func(where, format string, args ...any) {
		ps = append(ps, Problem{Where: where, Message: fmt.Sprintf(format, args...)})
	}
	if c == nil {
		return []Problem{{Message: "no catalog"}}
	}
	if strings.TrimSpace(c.Scheme) == "" {
		add("", "scheme is missing")
	}
	if strings.TrimSpace(c.Edition) == "" {
		add("", "edition is missing")
	}
	if strings.TrimSpace(c.Title) == "" {
		add("", "title is missing")
	}
	if c.Published != "" && !publishedForm().MatchString(c.Published) {
		add("", "published %q is not YYYY-MM or YYYY-MM-DD", c.Published)
	}
	cats := map[string]bool{}
	for i, cat := range c.Categories {
		where := fmt.Sprintf("categories[%d] (id %s)", i, cat.ID)
		switch {
		case strings.TrimSpace(cat.ID) == "":
			add(fmt.Sprintf("categories[%d]", i), "category id is empty")
		case cats[cat.ID]:
			add(where, "duplicate category id %q", cat.ID)
		}
		cats[cat.ID] = true
		if strings.TrimSpace(cat.Title) == "" {
			add(where, "category title is empty")
		}
	}
	if len(c.Items) == 0 {
		add("", "catalog has no items")
	}
	uses := checkGuidelineUses(c, r, add)
	seen := map[string]int{}
	plain := map[int]string{} // No → id of a one-row No ("5")
	rowed := map[int]string{} // No → first "N.M" id seen
	noCat := map[int]string{} // No → category of its first row
	for i, it := range c.Items {
		where := fmt.Sprintf("items[%d] (id %s)", i, it.ID)
		if it.ID == "" {
			where = fmt.Sprintf("items[%d]", i)
			add(where, "item id is empty")
		} else if j, dup := seen[it.ID]; dup {
			add(where, "duplicate item id %s (also items[%d])", it.ID, j)
		} else {
			seen[it.ID] = i
		}
		if it.No < 1 {
			add(where, "no must be 1 or more, not %d", it.No)
		}
		if it.ID != "" {
			m := itemIDShape().FindStringSubmatch(it.ID)
			if m == nil {
				add(where, "item id %q is not shaped N or N.M", it.ID)
			} else {
				n, _ := strconv.Atoi(m[1])
				if n != it.No {
					add(where, "item id %s does not belong to no %d", it.ID, it.No)
				} else if m[2] == "" {
					if other, ok := rowed[n]; ok {
						add(where, "no %d has both a single row %s and numbered rows such as %s", n, it.ID, other)
					}
					plain[n] = it.ID
				} else {
					if other, ok := plain[n]; ok {
						add(where, "no %d has both a single row %s and numbered rows such as %s", n, other, it.ID)
					}
					if _, ok := rowed[n]; !ok {
						rowed[n] = it.ID
					}
				}
			}
		}
		switch {
		case it.Category == "":
			add(where, "category is missing")
		case !cats[it.Category]:
			add(where, "unknown category %q", it.Category)
		case noCat[it.No] != "" && noCat[it.No] != it.Category:
			add(where, "category %q differs from the other rows of no %d (%q)", it.Category, it.No, noCat[it.No])
		}
		if noCat[it.No] == "" {
			noCat[it.No] = it.Category
		}
		if strings.TrimSpace(it.Title) == "" {
			add(where, "title is empty")
		}
		if strings.TrimSpace(it.Description) == "" {
			add(where, "description is empty")
		}
		ps = append(ps, checkConstraints(where, it.Constraints)...)
		ps = append(ps, checkClauseRefs(where, it.Clauses, r)...)
		if len(uses) > 0 {
			for _, ref := range it.Clauses {
				if ref.Guideline != "" && !uses[ref.Guideline] {
					add(where, "clause %s/%s cites a guideline the catalog does not list under guidelines", ref.Guideline, ref.Clause)
				}
			}
		}
	}
	return ps
}

// checkGuidelineUses checks the catalog's list of guideline editions and
// returns the set of guideline ids it names.
func checkGuidelineUses(c *Catalog, r *Registry, add func(where, format string, args ...any)) map[string]bool {
	uses := map[string]bool{}
	for i, u := range c.Guidelines {
		where := fmt.Sprintf("guidelines[%d] (%s)", i, u.Guideline)
		switch {
		case strings.TrimSpace(u.Guideline) == "" || strings.TrimSpace(u.Edition) == "":
			add(where, "a guideline edition needs both guideline and edition")
			continue
		case uses[u.Guideline]:
			add(where, "guideline %s listed twice", u.Guideline)
		}
		uses[u.Guideline] = true
		if r == nil {
			continue
		}
		if g, err := r.Guideline(u.Guideline); err != nil {
			add(where, "unknown guideline %s", u.Guideline)
		} else if g.Edition != u.Edition {
			add(where, "guideline %s is edition %q here, not %q", u.Guideline, g.Edition, u.Edition)
		}
	}
	return uses
}

func checkConstraints(where string, k Constraints) []Problem {
	var ps []Problem
	add := func(format string, args ...any) {
		ps = append(ps, Problem{Where: where, Message: fmt.Sprintf(format, args...)})
	}
	if !slices.Contains(Kinds, k.Kind) {
		add("constraint kind %q is not one of %s", k.Kind, strings.Join(Kinds, ", "))
	}
	if k.MaxChars < 0 {
		add("max_chars must not be negative (%d)", k.MaxChars)
	}
	switch {
	case k.Kind == KindChoice && len(k.Choices) == 0:
		add("kind choice needs choices")
	case k.Kind != KindChoice && len(k.Choices) > 0:
		add("choices given for kind %q (only kind choice has choices)", k.Kind)
	}
	dup := map[string]bool{}
	for _, ch := range k.Choices {
		if strings.TrimSpace(ch) == "" {
			add("empty choice")
		} else if dup[ch] {
			add("duplicate choice %q", ch)
		}
		dup[ch] = true
	}
	if k.Kind == KindPercent && k.Unit != "" && k.Unit != "%" {
		add("kind percent has unit %%, not %q", k.Unit)
	}
	if k.Seireki && k.Kind != KindDate && k.Kind != KindYear && k.Kind != KindText {
		add("seireki applies to dates and years, not kind %q", k.Kind)
	}
	if k.Period && k.Kind != KindMoney {
		add("period applies to money, not kind %q", k.Kind)
	}
	if k.Pattern != "" {
		if _, err := regexp.Compile(k.Pattern); err != nil {
			add("pattern does not compile: %v", err)
		}
	}
	return ps
}

func checkClauseRefs(where string, refs []ClauseRef, r *Registry) []Problem {
	var ps []Problem
	seen := map[string]bool{}
	for _, ref := range refs {
		key := ref.Guideline + "/" + ref.Clause
		if ref.Guideline == "" || ref.Clause == "" {
			ps = append(ps, Problem{where, fmt.Sprintf("clause reference %q lacks a guideline or clause", key)})
			continue
		}
		if seen[key] {
			ps = append(ps, Problem{where, fmt.Sprintf("clause %s referenced twice", key)})
		}
		seen[key] = true
		if !slices.Contains(Relations, ref.Relation) {
			ps = append(ps, Problem{where, fmt.Sprintf("relation %q of clause %s is not one of %s", ref.Relation, key, strings.Join(Relations, ", "))})
		}
		if r == nil {
			continue
		}
		g, err := r.Guideline(ref.Guideline)
		if err != nil {
			ps = append(ps, Problem{where, fmt.Sprintf("unknown guideline %s (clause %s)", ref.Guideline, key)})
			continue
		}
		if _, ok := g.Clause(ref.Clause); !ok {
			ps = append(ps, Problem{where, fmt.Sprintf("unknown clause %s", key)})
		}
	}
	return ps
}

// ValidateGuideline checks a guideline: id, edition, title and issuer
// present; clause ids non-empty and unique; every parent exists; the parent
// links form a tree (no cycles).
func ValidateGuideline(g *Guideline) []Problem {
	if g == nil {
		return []Problem{{Message: "no guideline"}}
	}
	var ps []Problem
	add := func(where, format string, args ...any) {
		ps = append(ps, Problem{Where: where, Message: fmt.Sprintf(format, args...)})
	}
	for _, f := range []struct{ name, v string }{{"guideline", g.ID}, {"edition", g.Edition}, {"title", g.Title}, {"issuer", g.Issuer}} {
		if strings.TrimSpace(f.v) == "" {
			add("", "%s is missing", f.name)
		}
	}
	if len(g.Clauses) == 0 {
		add("", "guideline has no clauses")
	}
	parent := map[string]string{}
	for i, cl := range g.Clauses {
		where := fmt.Sprintf("clauses[%d] (id %s)", i, cl.ID)
		if strings.TrimSpace(cl.ID) == "" {
			add(fmt.Sprintf("clauses[%d]", i), "clause id is empty")
			continue
		}
		if _, dup := parent[cl.ID]; dup {
			add(where, "duplicate clause id %s", cl.ID)
			continue
		}
		parent[cl.ID] = cl.Parent
		if strings.TrimSpace(cl.Title) == "" {
			add(where, "clause title is empty")
		}
		if cl.Numbering != "" && cl.Numbering != NumberingOfficial && cl.Numbering != NumberingReference {
			add(where, "numbering %q is not %s or %s", cl.Numbering, NumberingOfficial, NumberingReference)
		}
	}
	if s := g.Source; s != nil {
		for _, f := range []struct{ name, v string }{{"title", s.Title}, {"edition", s.Edition}, {"issuer", s.Issuer}, {"date", s.Date}, {"url", s.URL}} {
			if strings.TrimSpace(f.v) == "" {
				add("source", "%s is missing", f.name)
			}
		}
		if s.Date != "" && !publishedForm().MatchString(s.Date) {
			add("source", "date %q is not YYYY-MM or YYYY-MM-DD", s.Date)
		}
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			add("source", "url %q is not an http(s) address", s.URL)
		}
	}
	if sb := g.SupersededBy; sb != nil {
		if strings.TrimSpace(sb.Guideline) == "" {
			add("superseded_by", "the successor guideline is not named")
		} else if sb.Guideline == g.ID {
			add("superseded_by", "a guideline cannot supersede itself")
		}
		seen := map[string]bool{}
		for i, cs := range sb.Clauses {
			where := fmt.Sprintf("superseded_by.clauses[%d] (%s)", i, cs.From)
			if _, ok := parent[cs.From]; !ok {
				add(where, "clause %s is not in %s", cs.From, g.ID)
			}
			if seen[cs.From] {
				add(where, "clause %s mapped twice", cs.From)
			}
			seen[cs.From] = true
			if len(cs.To) == 0 {
				add(where, "no successor clause given")
			}
		}
	}
	for i, cl := range g.Clauses {
		if cl.Parent == "" || cl.ID == "" {
			continue
		}
		where := fmt.Sprintf("clauses[%d] (id %s)", i, cl.ID)
		if _, ok := parent[cl.Parent]; !ok {
			add(where, "parent %s does not exist", cl.Parent)
			continue
		}
		// Walk up; a walk longer than the number of clauses is a cycle.
		at, steps := cl.ID, 0
		for at != "" && steps <= len(parent) {
			at = parent[at]
			steps++
		}
		if at != "" {
			add(where, "parent links form a cycle")
		}
	}
	return ps
}

// ValidateSuccessions checks, across the guidelines of r, that every
// successor a guideline names is in r and that every successor clause
// exists there, and that succession forms no cycle.
func ValidateSuccessions(r *Registry) []Problem {
	var ps []Problem
	all := r.Guidelines()
	for _, g := range all {
		sb := g.SupersededBy
		if sb == nil {
			continue
		}
		where := "guideline " + g.ID + " superseded_by"
		next, err := r.Guideline(sb.Guideline)
		if err != nil {
			ps = append(ps, Problem{where, fmt.Sprintf("unknown successor guideline %s", sb.Guideline)})
			continue
		}
		for _, cs := range sb.Clauses {
			for _, to := range cs.To {
				if _, ok := next.Clause(to); !ok {
					ps = append(ps, Problem{where, fmt.Sprintf("%s → %s/%s: no such clause", cs.From, sb.Guideline, to)})
				}
			}
		}
		if len(r.SuccessorChain(g.ID)) > len(all) {
			ps = append(ps, Problem{where, "succession forms a cycle"})
		}
	}
	return ps
}

// ValidateMap checks an edition map: the scheme and editions are named, each
// entry's shape suits its kind, no old id is mapped twice, and, when r holds
// both editions, the ids exist on their side and no id left to the implicit
// "same" rule is claimed by another entry.
func ValidateMap(m *EditionMap, r *Registry) []Problem {
	if m == nil {
		return []Problem{{Message: "no edition map"}}
	}
	var ps []Problem
	add := func(where, format string, args ...any) {
		ps = append(ps, Problem{Where: where, Message: fmt.Sprintf(format, args...)})
	}
	for _, f := range []struct{ name, v string }{{"scheme", m.Scheme}, {"from", m.From}, {"to", m.To}} {
		if strings.TrimSpace(f.v) == "" {
			add("", "%s is missing", f.name)
		}
	}
	if m.From != "" && m.From == m.To {
		add("", "from and to are the same edition %q", m.From)
	}
	var oldC, newC *Catalog
	if r != nil {
		oldC, _ = r.Catalog(m.Scheme, m.From)
		newC, _ = r.Catalog(m.Scheme, m.To)
		if m.From != "" && oldC == nil {
			add("", "scheme %q has no edition %q in the registry", m.Scheme, m.From)
		}
		if m.To != "" && newC == nil {
			add("", "scheme %q has no edition %q in the registry", m.Scheme, m.To)
		}
	}
	fromSeen := map[string]int{}
	toSeen := map[string]int{}
	for i, e := range m.Entries {
		where := fmt.Sprintf("entries[%d] (%s)", i, e.Kind)
		nf, nt := len(e.From), len(e.To)
		switch e.Kind {
		case MapSame, MapRenumbered:
			if nf != 1 || nt != 1 {
				add(where, "%s maps one id to one id (has %d → %d)", e.Kind, nf, nt)
			} else if e.Kind == MapSame && e.From[0] != e.To[0] {
				add(where, "same maps an id to itself, not %s → %s (use renumbered)", e.From[0], e.To[0])
			}
		case MapSplit:
			if nf != 1 || nt < 2 {
				add(where, "split maps one id to two or more (has %d → %d)", nf, nt)
			}
		case MapMerged:
			if nf < 2 || nt != 1 {
				add(where, "merged maps two or more ids to one (has %d → %d)", nf, nt)
			}
		case MapWithdrawn:
			if nf < 1 || nt != 0 {
				add(where, "withdrawn names old ids and no new one (has %d → %d)", nf, nt)
			}
		case MapAdded:
			if nf != 0 || nt < 1 {
				add(where, "added names new ids and no old one (has %d → %d)", nf, nt)
			}
		default:
			add(fmt.Sprintf("entries[%d]", i), "unknown kind %q", e.Kind)
		}
		for _, id := range e.From {
			if j, dup := fromSeen[id]; dup {
				add(where, "old id %s already mapped by entries[%d]", id, j)
			}
			fromSeen[id] = i
			if oldC != nil {
				if _, ok := oldC.Item(id); !ok {
					add(where, "old id %s is not in %s %s", id, m.Scheme, m.From)
				}
			}
		}
		for _, id := range e.To {
			if j, dup := toSeen[id]; dup {
				add(where, "new id %s already mapped by entries[%d]", id, j)
			}
			toSeen[id] = i
			if newC != nil {
				if _, ok := newC.Item(id); !ok {
					add(where, "new id %s is not in %s %s", id, m.Scheme, m.To)
				}
			}
		}
	}
	if oldC != nil && newC != nil {
		// An old id the map does not name is taken to be the same item in
		// the new edition; if that new id is claimed by an entry, the two
		// readings collide.
		for _, it := range oldC.Items {
			if _, named := fromSeen[it.ID]; named {
				continue
			}
			if j, claimed := toSeen[it.ID]; claimed {
				add(fmt.Sprintf("entries[%d]", j), "new id %s is also the implicit successor of old %s; name old %s in an entry too", it.ID, it.ID, it.ID)
			}
		}
	}
	return ps
}
