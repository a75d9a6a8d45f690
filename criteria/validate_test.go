package criteria

import (
	"slices"
	"strings"
	"testing"
)

// testRegistry holds one guideline with a few clauses, enough to resolve
// clause references in hand-made catalogs.
func testRegistry(t *testing.T) *Registry {
	t.Helper()
	r := NewRegistry()
	err := r.AddGuideline(&Guideline{ID: "mic-asp-saas-sec", Edition: "e", Title: "ASPにおける情報セキュリティ対策ガイドライン", Issuer: "総務省",
		Clauses: []Clause{{ID: "III", Title: "物理的・技術的対策編"}, {ID: "III.1", Title: "アプリケーション", Parent: "III"}, {ID: "III.1.2", Title: "バックアップ", Parent: "III.1"}}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// smallCatalog is a valid catalog of four rows; tests break one thing in it.
func smallCatalog() *Catalog {
	return &Catalog{
		Scheme: "asp-saas", Edition: "t1", Title: "ASP・SaaS", Published: "2026-04",
		Categories: []Category{{ID: "business", Title: "事業所・事業"}, {ID: "application", Title: "アプリケーション等"}},
		Items: []Item{
			{ID: "4.1", No: 4, Category: "business", Title: "事業所", Description: "本店の住所と郵便番号", Required: true, Constraints: Constraints{Kind: KindText}},
			{ID: "4.2", No: 4, Category: "business", Title: "事業所", Description: "事業所の数", Required: true, Constraints: Constraints{Kind: KindCount, Unit: "箇所"}},
			{ID: "5", No: 5, Category: "business", Title: "事業の概要", Description: "事業の概要", Required: true, Constraints: Constraints{Kind: KindText, MaxChars: 100}},
			{ID: "38.2", No: 38, Category: "application", Title: "バックアップ", Description: "バックアップの頻度", Required: true,
				Constraints: Constraints{Kind: KindChoice, Choices: []string{"毎日", "毎週"}},
				Clauses:     []ClauseRef{{Guideline: "mic-asp-saas-sec", Clause: "III.1.2", Relation: RelSubset}}},
		},
	}
}

func TestValidateAcceptsAGoodCatalog(t *testing.T) {
	if ps := Validate(smallCatalog(), testRegistry(t)); len(ps) != 0 {
		t.Fatalf("problems in a good catalog: %v", ps)
	}
}

func TestValidateReportsBrokenCatalogs(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(c *Catalog)
		where string
		want  string
	}{
		{"duplicate_id", func(c *Catalog) { c.Items[1].ID = "4.1" }, "items[1] (id 4.1)", "duplicate item id 4.1 (also items[0])"},
		{"unknown_clause", func(c *Catalog) { c.Items[3].Clauses[0].Clause = "IX.9" }, "items[3] (id 38.2)", "unknown clause mic-asp-saas-sec/IX.9"},
		{"unknown_guideline", func(c *Catalog) { c.Items[3].Clauses[0].Guideline = "nist-800-53" }, "items[3] (id 38.2)", "unknown guideline nist-800-53"},
		{"bad_relation", func(c *Catalog) { c.Items[3].Clauses[0].Relation = "covers" }, "items[3] (id 38.2)", `relation "covers" of clause mic-asp-saas-sec/III.1.2 is not one of`},
		{"unknown_category", func(c *Catalog) { c.Items[2].Category = "finance" }, "items[2] (id 5)", `unknown category "finance"`},
		{"id_not_shaped", func(c *Catalog) { c.Items[2].ID = "5-1" }, "items[2] (id 5-1)", `item id "5-1" is not shaped N or N.M`},
		{"id_disagrees_with_no", func(c *Catalog) { c.Items[2].No = 6 }, "items[2] (id 5)", "item id 5 does not belong to no 6"},
		{"single_and_numbered_rows", func(c *Catalog) { c.Items[1].ID = "4" }, "items[1] (id 4)", "no 4 has both a single row 4 and numbered rows such as 4.1"},
		{"empty_id", func(c *Catalog) { c.Items[0].ID = "" }, "items[0]", "item id is empty"},
		{"bad_kind", func(c *Catalog) { c.Items[0].Constraints.Kind = "string" }, "items[0] (id 4.1)", `constraint kind "string" is not one of`},
		{"negative_max_chars", func(c *Catalog) { c.Items[2].Constraints.MaxChars = -1 }, "items[2] (id 5)", "max_chars must not be negative"},
		{"choice_without_choices", func(c *Catalog) { c.Items[3].Constraints.Choices = nil }, "items[3] (id 38.2)", "kind choice needs choices"},
		{"choices_on_text", func(c *Catalog) { c.Items[0].Constraints.Choices = []string{"a"} }, "items[0] (id 4.1)", `choices given for kind "text"`},
		{"bad_pattern", func(c *Catalog) { c.Items[0].Constraints.Pattern = "([0-9]" }, "items[0] (id 4.1)", "pattern does not compile"},
		{"period_on_count", func(c *Catalog) { c.Items[1].Constraints.Period = true }, "items[1] (id 4.2)", "period applies to money"},
		{"missing_scheme", func(c *Catalog) { c.Scheme = "" }, "", "scheme is missing"},
		{"missing_title", func(c *Catalog) { c.Title = " " }, "", "title is missing"},
		{"bad_published", func(c *Catalog) { c.Published = "April 2026" }, "", `published "April 2026" is not YYYY-MM or YYYY-MM-DD`},
		{"duplicate_category", func(c *Catalog) { c.Categories[1].ID = "business" }, "categories[1] (id business)", `duplicate category id "business"`},
		{"no_items", func(c *Catalog) { c.Items = nil }, "", "catalog has no items"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := smallCatalog()
			tc.spoil(c)
			ps := Validate(c, testRegistry(t))
			for _, p := range ps {
				if p.Where == tc.where && strings.Contains(p.Message, tc.want) {
					return
				}
			}
			t.Fatalf("want a problem at %q containing %q, got %v", tc.where, tc.want, ps)
		})
	}
}

func TestValidateWithoutRegistrySkipsClauseResolution(t *testing.T) {
	c := smallCatalog()
	c.Items[3].Clauses[0].Clause = "IX.9"
	if ps := Validate(c, nil); len(ps) != 0 {
		t.Fatalf("without a registry clause ids cannot be checked, got %v", ps)
	}
	c.Items[3].Clauses[0].Relation = "covers"
	if ps := Validate(c, nil); len(ps) != 1 {
		t.Fatalf("relations are checked without a registry, got %v", ps)
	}
}

func TestProblemError(t *testing.T) {
	p := Problem{Where: "items[12] (id 4.2)", Message: "unknown clause mic-asp-saas-sec/IX.9"}
	if got := p.Error(); got != "items[12] (id 4.2): unknown clause mic-asp-saas-sec/IX.9" {
		t.Fatalf("Error() = %q", got)
	}
	if got := (Problem{Message: "scheme is missing"}).Error(); got != "scheme is missing" {
		t.Fatalf("Error() without where = %q", got)
	}
}

func TestValidateGuideline(t *testing.T) {
	good := func() *Guideline {
		return &Guideline{ID: "ppc-mynumber", Edition: "e", Title: "t", Issuer: "個人情報保護委員会", Clauses: []Clause{
			{ID: "C", Title: "組織的安全管理措置"}, {ID: "C-a", Title: "組織体制の整備", Parent: "C"}, {ID: "C-b", Title: "運用", Parent: "C"}}}
	}
	if ps := ValidateGuideline(good()); len(ps) != 0 {
		t.Fatalf("problems in a good guideline: %v", ps)
	}
	cases := []struct {
		name  string
		spoil func(g *Guideline)
		want  string
	}{
		{"duplicate_clause", func(g *Guideline) { g.Clauses[2].ID = "C-a" }, "clauses[2] (id C-a): duplicate clause id C-a"},
		{"missing_parent", func(g *Guideline) { g.Clauses[1].Parent = "Z" }, "clauses[1] (id C-a): parent Z does not exist"},
		{"cycle", func(g *Guideline) { g.Clauses[0].Parent = "C-a" }, "parent links form a cycle"},
		{"self_parent", func(g *Guideline) { g.Clauses[2].Parent = "C-b" }, "clauses[2] (id C-b): parent links form a cycle"},
		{"missing_issuer", func(g *Guideline) { g.Issuer = "" }, "issuer is missing"},
		{"empty_clause_id", func(g *Guideline) { g.Clauses[1].ID = "" }, "clauses[1]: clause id is empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := good()
			tc.spoil(g)
			ps := ValidateGuideline(g)
			for _, p := range ps {
				if strings.Contains(p.Error(), tc.want) {
					return
				}
			}
			t.Fatalf("want a problem containing %q, got %v", tc.want, ps)
		})
	}
}

func TestValidateMap(t *testing.T) {
	r := testRegistry(t)
	a := smallCatalog()
	b := smallCatalog()
	b.Edition, b.Published = "t2", "2026-10"
	b.Items[0].ID, b.Items[1].ID = "4.2", "4.3" // 4.1 → 4.2, 4.2 → 4.3
	for _, c := range []*Catalog{a, b} {
		if err := r.AddCatalog(c); err != nil {
			t.Fatal(err)
		}
	}
	good := EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
		{Kind: MapRenumbered, From: []string{"4.1"}, To: []string{"4.2"}},
		{Kind: MapRenumbered, From: []string{"4.2"}, To: []string{"4.3"}},
	}}
	if ps := ValidateMap(&good, r); len(ps) != 0 {
		t.Fatalf("problems in a good map: %v", ps)
	}
	cases := []struct {
		name string
		m    EditionMap
		want string
	}{
		{"implicit_collision", EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
			{Kind: MapRenumbered, From: []string{"4.1"}, To: []string{"4.2"}}}},
			"new id 4.2 is also the implicit successor of old 4.2"},
		{"split_needs_two", EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
			{Kind: MapSplit, From: []string{"5"}, To: []string{"5"}}}}, "split maps one id to two or more"},
		{"merged_needs_two", EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
			{Kind: MapMerged, From: []string{"5"}, To: []string{"5"}}}}, "merged maps two or more ids to one"},
		{"unknown_old_id", EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
			{Kind: MapWithdrawn, From: []string{"99"}}}}, "old id 99 is not in asp-saas t1"},
		{"unknown_new_id", EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
			{Kind: MapAdded, To: []string{"99"}}}}, "new id 99 is not in asp-saas t2"},
		{"unknown_edition", EditionMap{Scheme: "asp-saas", From: "t1", To: "t9"}, `scheme "asp-saas" has no edition "t9"`},
		{"unknown_kind", EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
			{Kind: "moved", From: []string{"5"}, To: []string{"5"}}}}, `unknown kind "moved"`},
		{"mapped_twice", EditionMap{Scheme: "asp-saas", From: "t1", To: "t2", Entries: []MapEntry{
			{Kind: MapWithdrawn, From: []string{"5"}}, {Kind: MapWithdrawn, From: []string{"5"}}}}, "old id 5 already mapped by entries[0]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := ValidateMap(&tc.m, r)
			for _, p := range ps {
				if strings.Contains(p.Error(), tc.want) {
					return
				}
			}
			t.Fatalf("want a problem containing %q, got %v", tc.want, ps)
		})
	}
	if err := r.AddMap(good); err != nil {
		t.Fatalf("AddMap(good) = %v", err)
	}
	bad := cases[0].m
	if err := r.AddMap(bad); err == nil || !strings.Contains(err.Error(), "edition map asp-saas t1→t2") {
		t.Fatalf("AddMap(bad) = %v, want a ValidationError naming the map", err)
	}
}

// Sources, numbering marks, succession and a catalog's guideline editions
// are checked, each with a message naming the place.
func TestValidateSourcesAndSuccession(t *testing.T) {
	g := &Guideline{ID: "x", Edition: "1", Title: "X", Issuer: "総務省",
		Source:       &Source{Title: "X", Edition: "1", Issuer: "総務省", Date: "2021-13", URL: "soumu.go.jp"},
		SupersededBy: &Succession{Guideline: "x", Clauses: []ClauseSuccessor{{From: "9", To: []string{"1"}}, {From: "1"}}},
		Clauses:      []Clause{{ID: "1", Title: "a", Numbering: "guessed"}}}
	ps := ValidateGuideline(g)
	for _, want := range []string{`numbering "guessed"`, `date "2021-13"`, `url "soumu.go.jp"`, "cannot supersede itself", "clause 9 is not in x", "no successor clause"} {
		if !slices.ContainsFunc(ps, func(p Problem) bool { return strings.Contains(p.Error(), want) }) {
			t.Errorf("no problem saying %q in %v", want, ps)
		}
	}

	r := Reference().Clone()
	old := &Guideline{ID: "old", Edition: "1", Title: "Old", Issuer: "総務省", Clauses: []Clause{{ID: "1", Title: "a"}},
		SupersededBy: &Succession{Guideline: "mic-cloud-sec-3", Clauses: []ClauseSuccessor{{From: "1", To: []string{"ref:nowhere"}}}}}
	if err := r.AddGuideline(old); err != nil {
		t.Fatal(err)
	}
	if ps := ValidateSuccessions(r); len(ps) != 1 || !strings.Contains(ps[0].Error(), "1 → mic-cloud-sec-3/ref:nowhere: no such clause") {
		t.Errorf("ValidateSuccessions = %v", ps)
	}

	c := copyCatalog(refCatalog(t, "asp-saas"))
	c.Guidelines = []GuidelineUse{{Guideline: "mic-cloud-sec-3", Edition: "第2版"}}
	c.Items[len(c.Items)-1].Clauses = []ClauseRef{{Guideline: "ppc-mynumber-2022", Clause: "A", Relation: RelIntersects}}
	ps = Validate(c, Reference())
	for _, want := range []string{`guideline mic-cloud-sec-3 is edition "第3版" here, not "第2版"`, "cites a guideline the catalog does not list"} {
		if !slices.ContainsFunc(ps, func(p Problem) bool { return strings.Contains(p.Error(), want) }) {
			t.Errorf("no problem saying %q in %v", want, ps)
		}
	}
}
