package criteria

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -out data

//go:embed data
var dataFS embed.FS

// Registry holds the catalogs, guidelines and edition maps a program knows:
// catalogs by scheme and edition, guidelines by id (one edition each),
// edition maps by scheme and the two editions they join.
//
// A Registry is safe for concurrent readers; the Add methods must not run
// concurrently with anything else. Catalogs and guidelines it hands out are
// shared and must be treated as read-only.
type Registry struct {
	catalogs   map[string]map[string]*Catalog // scheme → edition → catalog
	guidelines map[string]*Guideline
	maps       map[mapKey]EditionMap
}

type mapKey struct{ scheme, from, to string }

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{
		catalogs:   map[string]map[string]*Catalog{},
		guidelines: map[string]*Guideline{},
		maps:       map[mapKey]EditionMap{},
	}
}

var (
	refOnce sync.Once
	ref     *Registry
)

// Reference returns the reference editions embedded in the binary: every
// scheme's ref-2026 catalog, the guidelines its rows map to, and the test
// edition with its map. It is parsed once; callers that want to add to it
// must Clone it first.
func Reference() *Registry {
	refOnce.Do(func() {
		r, err := loadFS(dataFS, "data")
		if err != nil {
			// The embedded data is checked by the package tests; reaching
			// this means a broken build, not bad user input.
			panic("criteria: embedded reference data is invalid: " + err.Error())
		}
		ref = r
	})
	return ref
}

// loadFS reads every *.json below dir: guidelines first (catalogs refer to
// them), then catalogs, then edition maps (they refer to catalogs).
func loadFS(fsys fs.FS, dir string) (*Registry, error) {
	type doc struct {
		name string
		data []byte
	}
	byKind := map[string][]doc{}
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		kind := Detect(data)
		if kind == "" {
			return fmt.Errorf("%s: not a catalog, guideline or edition map", p)
		}
		byKind[kind] = append(byKind[kind], doc{p, data})
		return nil
	})
	if err != nil {
		return nil, err
	}
	r := NewRegistry()
	for _, d := range byKind[DocGuideline] {
		g, err := ParseGuideline(d.data)
		if err == nil {
			err = r.AddGuideline(g)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.name, err)
		}
	}
	for _, d := range byKind[DocCatalog] {
		c, err := ParseCatalog(d.data)
		if err == nil {
			err = r.AddCatalog(c)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.name, err)
		}
	}
	for _, d := range byKind[DocEditionMap] {
		m, err := ParseEditionMap(d.data)
		if err == nil {
			err = r.AddMap(*m)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.name, err)
		}
	}
	return r, nil
}

// Clone returns a registry with the same contents that can be added to
// without touching r. Catalogs and guidelines are immutable once added, so
// they are shared.
func (r *Registry) Clone() *Registry {
	n := NewRegistry()
	for s, eds := range r.catalogs {
		n.catalogs[s] = map[string]*Catalog{}
		for e, c := range eds {
			n.catalogs[s][e] = c
		}
	}
	for id, g := range r.guidelines {
		n.guidelines[id] = g
	}
	for k, m := range r.maps {
		n.maps[k] = m
	}
	return n
}

// AddCatalog validates c against r (its clause references must resolve to
// guidelines already in r) and stores a copy of it, replacing any edition
// with the same scheme and edition.
func (r *Registry) AddCatalog(c *Catalog) error {
	if ps := Validate(c, r); len(ps) > 0 {
		subject := "catalog"
		if c != nil {
			subject = fmt.Sprintf("catalog %s %s", c.Scheme, c.Edition)
		}
		return &ValidationError{Subject: subject, Problems: ps}
	}
	c = copyCatalog(c)
	c.index() // built now so that concurrent readers never write it
	if r.catalogs[c.Scheme] == nil {
		r.catalogs[c.Scheme] = map[string]*Catalog{}
	}
	r.catalogs[c.Scheme][c.Edition] = c
	return nil
}

// AddGuideline validates g and stores a copy of it, replacing any guideline
// with the same id.
func (r *Registry) AddGuideline(g *Guideline) error {
	if ps := ValidateGuideline(g); len(ps) > 0 {
		subject := "guideline"
		if g != nil {
			subject = "guideline " + g.ID
		}
		return &ValidationError{Subject: subject, Problems: ps}
	}
	cp := *g
	cp.Clauses = slices.Clone(g.Clauses)
	cp.byID = nil
	cp.Clause("") // build the index now, see AddCatalog
	r.guidelines[cp.ID] = &cp
	return nil
}

// AddMap validates m against the catalogs in r (both editions must be there)
// and stores it, replacing any map between the same two editions.
func (r *Registry) AddMap(m EditionMap) error {
	if ps := ValidateMap(&m, r); len(ps) > 0 {
		return &ValidationError{Subject: fmt.Sprintf("edition map %s %s→%s", m.Scheme, m.From, m.To), Problems: ps}
	}
	m.Entries = slices.Clone(m.Entries)
	for i := range m.Entries {
		m.Entries[i].From = slices.Clone(m.Entries[i].From)
		m.Entries[i].To = slices.Clone(m.Entries[i].To)
	}
	r.maps[mapKey{m.Scheme, m.From, m.To}] = m
	return nil
}

func copyCatalog(c *Catalog) *Catalog {
	cp := *c
	cp.byID = nil
	cp.Categories = slices.Clone(c.Categories)
	cp.Items = slices.Clone(c.Items)
	for i := range cp.Items {
		cp.Items[i].Clauses = slices.Clone(cp.Items[i].Clauses)
		cp.Items[i].Constraints.Choices = slices.Clone(cp.Items[i].Constraints.Choices)
	}
	return &cp
}

// Catalog returns one edition of a scheme; edition "" means the latest
// (see Latest).
func (r *Registry) Catalog(scheme, edition string) (*Catalog, error) {
	eds, ok := r.catalogs[scheme]
	if !ok {
		return nil, fmt.Errorf("unknown scheme %q (known: %s)", scheme, strings.Join(r.Schemes(), ", "))
	}
	if edition == "" {
		return r.Latest(scheme)
	}
	c, ok := eds[edition]
	if !ok {
		return nil, fmt.Errorf("scheme %q has no edition %q (known: %s)", scheme, edition, strings.Join(r.Editions(scheme), ", "))
	}
	return c, nil
}

// Latest returns the newest edition of a scheme by Published, then by
// edition name. Test editions are passed over unless the scheme has nothing
// else.
func (r *Registry) Latest(scheme string) (*Catalog, error) {
	eds, ok := r.catalogs[scheme]
	if !ok || len(eds) == 0 {
		return nil, fmt.Errorf("unknown scheme %q (known: %s)", scheme, strings.Join(r.Schemes(), ", "))
	}
	var best *Catalog
	for _, c := range eds {
		if best == nil || (best.Test && !c.Test) || (best.Test == c.Test && compareEditions(c, best) > 0) {
			best = c
		}
	}
	return best, nil
}

func compareEditions(a, b *Catalog) int {
	return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.Edition, b.Edition))
}

// Schemes lists the schemes that have at least one catalog, sorted.
func (r *Registry) Schemes() []string {
	var out []string
	for s, eds := range r.catalogs {
		if len(eds) > 0 {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// Editions lists the editions of a scheme, oldest first (by Published, then
// edition name).
func (r *Registry) Editions(scheme string) []string {
	var cs []*Catalog
	for _, c := range r.catalogs[scheme] {
		cs = append(cs, c)
	}
	slices.SortFunc(cs, compareEditions)
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Edition
	}
	return out
}

// Catalogs returns every catalog, by scheme and then oldest edition first.
func (r *Registry) Catalogs() []*Catalog {
	var out []*Catalog
	for _, s := range r.Schemes() {
		for _, e := range r.Editions(s) {
			out = append(out, r.catalogs[s][e])
		}
	}
	return out
}

// Guideline returns the guideline with the given id.
func (r *Registry) Guideline(id string) (*Guideline, error) {
	g, ok := r.guidelines[id]
	if !ok {
		known := make([]string, 0, len(r.guidelines))
		for k := range r.guidelines {
			known = append(known, k)
		}
		slices.Sort(known)
		return nil, fmt.Errorf("unknown guideline %q (known: %s)", id, strings.Join(known, ", "))
	}
	return g, nil
}

// Guidelines returns every guideline, sorted by id.
func (r *Registry) Guidelines() []*Guideline {
	out := make([]*Guideline, 0, len(r.guidelines))
	for _, g := range r.guidelines {
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b *Guideline) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Maps returns every edition map, sorted by scheme, from and to.
func (r *Registry) Maps() []EditionMap {
	out := make([]EditionMap, 0, len(r.maps))
	for _, m := range r.maps {
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b EditionMap) int {
		return cmp.Or(cmp.Compare(a.Scheme, b.Scheme), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	return out
}

// Map returns the edition map from one edition of a scheme to another, as
// stored (no composition; see Successors for that).
func (r *Registry) Map(scheme, from, to string) (EditionMap, bool) {
	m, ok := r.maps[mapKey{scheme, from, to}]
	return m, ok
}

var schemeTitles = map[string]string{
	"asp-saas":          "ASP・SaaS",
	"iaas-paas":         "IaaS・PaaS",
	"datacenter":        "データセンター",
	"medical-asp-saas":  "医療情報 ASP・SaaS",
	"mynumber-asp-saas": "特定個人情報 ASP・SaaS",
}

// SchemeTitle returns the Japanese name of a scheme as ASPIC writes it, or
// the id itself for a scheme it does not know.
func SchemeTitle(id string) string {
	if t, ok := schemeTitles[id]; ok {
		return t
	}
	return id
}
