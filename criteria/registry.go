package criteria

import (
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
)

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
	// src holds the embedded reference editions, parsed when first asked
	// for, one scheme at a time; what was added above wins over it.
	src *source
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

var embedded = sync.OnceValue(func() *source {
	s := newSource(dataFS, "data")
	s.pre = true
	return s
})

// preparsedFile is one embedded file as its parser gives it (one of the
// three set), generated into preparsed_gen.go from data/.
type preparsedFile struct {
	path       string
	catalog    *Catalog
	guideline  *Guideline
	editionMap *EditionMap
}

// preparsedAt returns the pre-parsed value of an embedded file, nil for a
// file that has none (added to data/ since the file was generated: it is
// then parsed).
func preparsedAt(p string) *preparsedFile {
	for i := range preparsed {
		if preparsed[i].path == p {
			return &preparsed[i]
		}
	}
	return nil
}

// Reference returns the reference editions embedded in the binary: every
// scheme's ref-2026 catalog, the guidelines its rows map to, and the test
// edition with its map. Nothing is parsed until asked for, and then only
// the scheme (or guideline) asked for: a verb that needs one scheme does not
// pay for five, and one that needs none pays nothing. The embedded files are
// validated by the package tests, not at every start. Callers that want to
// add to it must Clone it first.
func Reference() *Registry {
	r := NewRegistry()
	r.src = embedded()
	return r
}

// source is a folder of criteria files read lazily. Files are told apart
// by their folder and name as the generator writes them —
// catalogs/SCHEME.EDITION.json, guidelines/ID.json, maps/SCHEME.FROM.to.TO.json —
// so no file is read to learn what it is; a file anywhere else is read once
// to learn its kind (Detect) and scheme. The package tests check that every
// embedded file is what its name says.
type source struct {
	fsys fs.FS
	// pre: the files are data/, whose values are compiled in (preparsed),
	// so none is parsed at run time. The package tests check those values
	// against a full, validated parse of the files.
	pre bool

	mu         sync.Mutex
	catFiles   map[string][]string // scheme → catalog files
	gdlFiles   map[string]string   // guideline id → file
	mapFiles   map[string][]string // scheme → edition map files
	catalogs   map[string]map[string]*Catalog
	guidelines map[string]*Guideline
	maps       map[string]map[mapKey]EditionMap
}

func newSource(fsys fs.FS, dir string) *source {
	s := &source{fsys: fsys, catFiles: map[string][]string{}, gdlFiles: map[string]string{}, mapFiles: map[string][]string{},
		catalogs: map[string]map[string]*Catalog{}, guidelines: map[string]*Guideline{}, maps: map[string]map[mapKey]EditionMap{}}
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" || p == certifierFile {
			return err
		}
		base := strings.TrimSuffix(path.Base(p), ".json")
		scheme, _, dotted := strings.Cut(base, ".")
		switch path.Base(path.Dir(p)) {
		case "catalogs":
			if dotted {
				s.catFiles[scheme] = append(s.catFiles[scheme], p)
				return nil
			}
		case "guidelines":
			s.gdlFiles[base] = p
			return nil
		case "maps":
			if dotted {
				s.mapFiles[scheme] = append(s.mapFiles[scheme], p)
				return nil
			}
		}
		return s.sniff(p)
	})
	if err != nil {
		// The embedded data is checked by the package tests; reaching
		// this means a broken build, not bad user input.
		panic("criteria: embedded reference data is invalid: " + err.Error())
	}
	return s
}

// sniff files a document found outside the generator's layout by reading it.
func (s *source) sniff(p string) error {
	data, err := fs.ReadFile(s.fsys, p)
	if err != nil {
		return err
	}
	var head struct {
		ID     string `json:"guideline"`
		Scheme string `json:"scheme"`
	}
	kind := Detect(data)
	if err := json.Unmarshal(trimBOM(data), &head); err != nil || kind == "" {
		return fmt.Errorf("%s: not a catalog, guideline or edition map", p)
	}
	switch kind {
	case DocCatalog:
		s.catFiles[head.Scheme] = append(s.catFiles[head.Scheme], p)
	case DocGuideline:
		s.gdlFiles[head.ID] = p
	case DocEditionMap:
		s.mapFiles[head.Scheme] = append(s.mapFiles[head.Scheme], p)
	}
	return nil
}

// must turns a broken embedded file into a panic: the package tests parse
// and validate every one, so this is a broken build.
func must[T any](v T, err error) T {
	if err != nil {
		panic("criteria: embedded reference data is invalid: " + err.Error())
	}
	return v
}

func (s *source) read(p string) []byte { return must(fs.ReadFile(s.fsys, p)) }

func (s *source) catalogAt(p string) *Catalog {
	if f := preparsedAt(p); s.pre && f != nil && f.catalog != nil {
		return f.catalog
	}
	return must(ParseCatalog(s.read(p)))
}

func (s *source) guidelineAt(p string) *Guideline {
	if f := preparsedAt(p); s.pre && f != nil && f.guideline != nil {
		return f.guideline
	}
	return must(ParseGuideline(s.read(p)))
}

func (s *source) editionMapAt(p string) *EditionMap {
	if f := preparsedAt(p); s.pre && f != nil && f.editionMap != nil {
		return f.editionMap
	}
	return must(ParseEditionMap(s.read(p)))
}

// schemes lists the schemes that have catalogs, without parsing any.
func (s *source) schemes() []string {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.catFiles))
	for k := range s.catFiles {
		out = append(out, k)
	}
	return out
}

// catalogsOf returns a scheme's catalogs by edition, parsing them the first
// time. The map is never written again and may be read without the lock.
func (s *source) catalogsOf(scheme string) map[string]*Catalog {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if eds, ok := s.catalogs[scheme]; ok {
		return eds
	}
	var eds map[string]*Catalog
	for _, p := range s.catFiles[scheme] {
		c := s.catalogAt(p)
		c.index() // built now so that concurrent readers never write it
		if eds == nil {
			eds = map[string]*Catalog{}
		}
		eds[c.Edition] = c
	}
	s.catalogs[scheme] = eds
	return eds
}

func (s *source) guideline(id string) (*Guideline, bool) {
	if s == nil {
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.guidelineLocked(id)
}

func (s *source) guidelineLocked(id string) (*Guideline, bool) {
	if g, ok := s.guidelines[id]; ok {
		return g, g != nil
	}
	p, ok := s.gdlFiles[id]
	if !ok {
		s.guidelines[id] = nil
		return nil, false
	}
	g := s.guidelineAt(p)
	g.Clause("") // build the index now, see catalogsOf
	s.guidelines[id] = g
	return g, true
}

// allGuidelines parses every guideline (for listings).
func (s *source) allGuidelines() []*Guideline {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*Guideline
	for id := range s.gdlFiles {
		if g, ok := s.guidelineLocked(id); ok {
			out = append(out, g)
		}
	}
	return out
}

// mapsOf returns a scheme's edition maps, parsing them the first time; as
// with catalogsOf the map is not written again.
func (s *source) mapsOf(scheme string) map[mapKey]EditionMap {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ms, ok := s.maps[scheme]; ok {
		return ms
	}
	var ms map[mapKey]EditionMap
	for _, p := range s.mapFiles[scheme] {
		m := s.editionMapAt(p)
		if ms == nil {
			ms = map[mapKey]EditionMap{}
		}
		ms[mapKey{m.Scheme, m.From, m.To}] = *m
	}
	s.maps[scheme] = ms
	return ms
}

func (s *source) mapSchemes() []string {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.mapFiles))
	for k := range s.mapFiles {
		out = append(out, k)
	}
	return out
}

// editions is a scheme's catalogs by edition: the embedded ones under those
// added to r. The result must not be written.
func (r *Registry) editions(scheme string) map[string]*Catalog {
	own := r.catalogs[scheme]
	ref := r.src.catalogsOf(scheme)
	switch {
	case len(ref) == 0:
		return own
	case len(own) == 0:
		return ref
	}
	out := make(map[string]*Catalog, len(own)+len(ref))
	maps.Copy(out, ref)
	maps.Copy(out, own)
	return out
}

// schemeMaps is a scheme's edition maps, embedded under added ones.
func (r *Registry) schemeMaps(scheme string) map[mapKey]EditionMap {
	out := maps.Clone(r.src.mapsOf(scheme))
	if out == nil {
		out = map[mapKey]EditionMap{}
	}
	for k, m := range r.maps {
		if k.scheme == scheme {
			out[k] = m
		}
	}
	return out
}

// Clone returns a registry with the same contents that can be added to
// without touching r. Catalogs and guidelines are immutable once added, so
// they are shared.
func (r *Registry) Clone() *Registry {
	n := NewRegistry()
	n.src = r.src
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
	if c == nil {
		return r.addCatalog(nil, nil)
	}
	return r.addCatalog(copyCatalog(c), c)
}

// AdoptCatalog is AddCatalog for a catalog the caller has just parsed and
// will not touch again: it is stored as it is, without AddCatalog's copy
// (5% of importing into a case file that holds a 10,000-item edition, whose
// catalog is parsed from the case file at every start).
func (r *Registry) AdoptCatalog(c *Catalog) error { return r.addCatalog(c, c) }

// addCatalog validates orig and stores c, a copy of it or orig itself.
func (r *Registry) addCatalog(c, orig *Catalog) error {
	if ps := Validate(orig, r); len(ps) > 0 {
		subject := "catalog"
		if c != nil {
			subject = fmt.Sprintf("catalog %s %s", c.Scheme, c.Edition)
		}
		return &ValidationError{Subject: subject, Problems: ps}
	}
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
	eds := r.editions(scheme)
	if len(eds) == 0 {
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
	eds := r.editions(scheme)
	if len(eds) == 0 {
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
	out := r.src.schemes()
	for s, eds := range r.catalogs {
		if len(eds) > 0 && !slices.Contains(out, s) {
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
	for _, c := range r.editions(scheme) {
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
		eds := r.editions(s)
		for _, e := range r.Editions(s) {
			out = append(out, eds[e])
		}
	}
	return out
}

// Guideline returns the guideline with the given id.
func (r *Registry) Guideline(id string) (*Guideline, error) {
	g, ok := r.guidelines[id]
	if !ok {
		g, ok = r.src.guideline(id)
	}
	if !ok {
		var known []string
		for _, g := range r.Guidelines() {
			known = append(known, g.ID)
		}
		return nil, fmt.Errorf("unknown guideline %q (known: %s)", id, strings.Join(known, ", "))
	}
	return g, nil
}

// SuccessorChain follows superseded_by from guideline id: the ids of its
// successor, that one's successor and so on, nearest first; nil for a
// guideline nobody superseded. A chain longer than the registry (a cycle)
// is cut there.
func (r *Registry) SuccessorChain(id string) []string {
	var out []string
	limit := len(r.Guidelines())
	for at := id; len(out) <= limit; {
		g, err := r.Guideline(at)
		if err != nil || g.SupersededBy == nil {
			break
		}
		at = g.SupersededBy.Guideline
		out = append(out, at)
	}
	return out
}

// Guidelines returns every guideline, sorted by id.
func (r *Registry) Guidelines() []*Guideline {
	out := make([]*Guideline, 0, len(r.guidelines))
	for _, g := range r.src.allGuidelines() {
		if _, own := r.guidelines[g.ID]; !own {
			out = append(out, g)
		}
	}
	for _, g := range r.guidelines {
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b *Guideline) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Maps returns every edition map, sorted by scheme, from and to.
func (r *Registry) Maps() []EditionMap {
	all := maps.Clone(r.maps)
	for _, s := range r.src.mapSchemes() {
		for k, m := range r.src.mapsOf(s) {
			if _, own := r.maps[k]; !own {
				all[k] = m
			}
		}
	}
	out := make([]EditionMap, 0, len(all))
	for _, m := range all {
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
	k := mapKey{scheme, from, to}
	if m, ok := r.maps[k]; ok {
		return m, true
	}
	m, ok := r.src.mapsOf(scheme)[k]
	return m, ok
}

// SchemeTitle returns the Japanese name of a scheme as ASPIC writes it
// (data/scheme.json), or the id itself for a scheme it does not know.
func SchemeTitle(id string) string {
	if s, ok := CertifierInfo().Schemes[id]; ok && s.Title != "" {
		return s.Title
	}
	return id
}
