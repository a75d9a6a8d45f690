package criteria

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
)

func refCatalog(t *testing.T, scheme string) *Catalog {
	t.Helper()
	c, err := Reference().Catalog(scheme, "ref-2026")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestReferenceHoldsEverySchemeAndGuideline(t *testing.T) {
	r := Reference()
	if got, want := r.Schemes(), []string{"asp-saas", "datacenter", "iaas-paas", "medical-asp-saas", "mynumber-asp-saas"}; !slices.Equal(got, want) {
		t.Fatalf("schemes = %v, want %v", got, want)
	}
	for _, s := range r.Schemes() {
		c, err := r.Latest(s)
		if err != nil || c.Edition != "ref-2026" || c.Published != "2026-04" || c.Test {
			t.Errorf("latest %s = %+v, %v; want the ref-2026 edition", s, c, err)
		}
		if c.Title != SchemeTitle(s) {
			t.Errorf("%s title = %q, want %q", s, c.Title, SchemeTitle(s))
		}
	}
	issuers := map[string]string{
		"mhlw-medical-sys": "厚生労働省", "mic-asp-saas-sec": "総務省", "mic-asp-saas-medical": "総務省",
		"meti-medical-outsourcing": "経済産業省", "ppc-mynumber": "個人情報保護委員会",
	}
	minClauses := map[string]int{
		"mhlw-medical-sys": 30, "mic-asp-saas-sec": 20, "mic-asp-saas-medical": 20,
		"meti-medical-outsourcing": 20, "ppc-mynumber": 20,
	}
	for id, issuer := range issuers {
		g, err := r.Guideline(id)
		if err != nil {
			t.Fatal(err)
		}
		if g.Issuer != issuer || g.Edition == "" || g.Title == "" || !strings.Contains(g.Provenance, "not the official text") {
			t.Errorf("guideline %s: issuer %q edition %q title %q provenance %q", id, g.Issuer, g.Edition, g.Title, g.Provenance)
		}
		if len(g.Clauses) < minClauses[id] {
			t.Errorf("guideline %s has %d clauses, want at least %d", id, len(g.Clauses), minClauses[id])
		}
	}
	if len(r.Guidelines()) != len(issuers) {
		t.Errorf("%d guidelines, want %d", len(r.Guidelines()), len(issuers))
	}
	if g, _ := r.Guideline("mhlw-medical-sys"); g.Edition != "6.0" {
		t.Errorf("mhlw-medical-sys edition = %q, want 6.0", g.Edition)
	}
}

// Every embedded catalog is valid against the embedded guidelines: ids are
// unique and well formed, categories exist, constraints are sane and every
// clause reference resolves.
func TestReferenceCatalogsAreValid(t *testing.T) {
	r := Reference()
	for _, c := range r.Catalogs() {
		t.Run(c.Scheme+"/"+c.Edition, func(t *testing.T) {
			if ps := Validate(c, r); len(ps) > 0 {
				t.Fatalf("%d problems, e.g. %v", len(ps), ps[0])
			}
			if !strings.Contains(c.Provenance, "shinsa") || !strings.Contains(c.Provenance, "not") {
				t.Errorf("provenance does not say who wrote it and that it is not official: %q", c.Provenance)
			}
			seen := map[string]bool{}
			for _, it := range c.Items {
				if seen[it.ID] {
					t.Errorf("duplicate id %s", it.ID)
				}
				seen[it.ID] = true
			}
			// Nos run 1..N without gaps, and categories come in the catalog's order.
			catIndex := map[string]int{}
			for i, cat := range c.Categories {
				catIndex[cat.ID] = i
			}
			lastNo, lastCat := 0, 0
			for _, it := range c.Items {
				if it.No != lastNo && it.No != lastNo+1 {
					t.Errorf("item %s: no %d follows no %d", it.ID, it.No, lastNo)
				}
				if catIndex[it.Category] < lastCat {
					t.Errorf("item %s: category %s out of order", it.ID, it.Category)
				}
				lastNo, lastCat = it.No, catIndex[it.Category]
			}
			// Every category holds at least one row.
			for _, cat := range c.Categories {
				if !slices.ContainsFunc(c.Items, func(it Item) bool { return it.Category == cat.ID }) {
					t.Errorf("category %s (%s) has no rows", cat.ID, cat.Title)
				}
			}
		})
	}
}

func categoryTitles(c *Catalog) []string {
	var out []string
	for _, cat := range c.Categories {
		out = append(out, cat.Title)
	}
	return out
}

func TestReferenceCounts(t *testing.T) {
	asp := refCatalog(t, "asp-saas")
	wantCats := []string{"開示情報の時点", "事業所・事業", "人材", "財務状況", "資本関係・取引関係", "コンプライアンス",
		"サービスの基本特性", "アプリケーション・プラットフォーム・サーバ・ストレージ等", "ネットワーク",
		"ハウジング（サーバ設置場所）", "セキュリティ", "サービスサポート"}
	if got := categoryTitles(asp); !slices.Equal(got, wantCats) {
		t.Errorf("asp-saas categories = %v, want %v", got, wantCats)
	}
	if len(asp.Items) < 100 {
		t.Errorf("asp-saas has %d rows, want at least 100", len(asp.Items))
	}
	if n := len(refCatalog(t, "iaas-paas").Items); n < 90 {
		t.Errorf("iaas-paas has %d rows, want at least 90", n)
	}
	if got := categoryTitles(refCatalog(t, "iaas-paas")); len(got) != 12 {
		t.Errorf("iaas-paas categories = %v, want the twelve of ASP・SaaS's plan", got)
	}
	dc := refCatalog(t, "datacenter")
	wantDC := []string{"事業所・事業", "人材", "財務状況", "資本関係・取引関係", "コンプライアンス",
		"ハウジング（設備・建物）", "ハウジング（ネットワーク）", "ハウジング（サービスの内容）", "ハウジング（サービスサポート）", "ホスティング"}
	if got := categoryTitles(dc); !slices.Equal(got, wantDC) {
		t.Errorf("datacenter areas = %v, want %v", got, wantDC)
	}
	if len(dc.Items) < 120 {
		t.Errorf("datacenter has %d rows, want at least 120", len(dc.Items))
	}
	if n := len(refCatalog(t, "medical-asp-saas").Items); n < len(asp.Items)+30 {
		t.Errorf("medical-asp-saas has %d rows, want at least asp-saas's %d + 30", n, len(asp.Items))
	}
	if n := len(refCatalog(t, "mynumber-asp-saas").Items); n < len(asp.Items)+25 {
		t.Errorf("mynumber-asp-saas has %d rows, want at least asp-saas's %d + 25", n, len(asp.Items))
	}
	// Required and optional rows run roughly 2:1, as in the first edition (67/33).
	for _, c := range Reference().Catalogs() {
		req := 0
		for _, it := range c.Items {
			if it.Required {
				req++
			}
		}
		if ratio := float64(req) / float64(len(c.Items)-req); ratio < 1.5 || ratio > 3 {
			t.Errorf("%s %s: %d 必須 / %d 選択, want roughly 2:1", c.Scheme, c.Edition, req, len(c.Items)-req)
		}
	}
}

// Nos 1–11 of ASP・SaaS follow the layout of published certified tables.
func TestASPSaaSLeadingRowsFollowPublishedTables(t *testing.T) {
	asp := refCatalog(t, "asp-saas")
	titles := []string{"", "開示情報の日付", "事業者名", "設立年・事業年数", "事業所", "事業の概要", "代表者", "役員", "従業員", "売上高", "経常利益", "資本金"}
	rows := map[int]int{}
	for _, it := range asp.Items {
		if it.No <= 11 {
			rows[it.No]++
			if it.Title != titles[it.No] {
				t.Errorf("item %s title = %q, want %q", it.ID, it.Title, titles[it.No])
			}
		}
	}
	for no, want := range map[int]int{1: 1, 2: 1, 3: 2, 4: 3, 5: 1, 6: 1, 7: 2, 8: 1, 9: 1, 10: 1, 11: 1} {
		if rows[no] != want {
			t.Errorf("no %d has %d rows, want %d", no, rows[no], want)
		}
	}
	check := func(id, kind string, cond func(Constraints) bool, what string) {
		t.Helper()
		it, ok := asp.Item(id)
		if !ok {
			t.Errorf("no item %s", id)
			return
		}
		if it.Constraints.Kind != kind || !cond(it.Constraints) {
			t.Errorf("item %s constraints %+v, want kind %s and %s", id, it.Constraints, kind, what)
		}
	}
	always := func(Constraints) bool { return true }
	check("1", KindDate, func(k Constraints) bool { return k.Seireki }, "西暦")
	check("3.1", KindYear, func(k Constraints) bool { return k.Seireki }, "西暦")
	check("3.2", KindCount, func(k Constraints) bool { return strings.Contains(k.Hint, "1年未満は月数") }, "1年未満は月数")
	check("4.1", KindText, always, "")
	check("4.2", KindCount, always, "")
	check("5", KindText, func(k Constraints) bool { return k.MaxChars == 100 && k.Hint == "100字以内" }, "100字以内")
	check("7.1", KindCount, func(k Constraints) bool { return k.Unit == "名" }, "unit 名")
	check("8", KindCount, func(k Constraints) bool { return k.Unit == "名" }, "unit 名")
	check("9", KindMoney, func(k Constraints) bool { return k.Period && strings.Contains(k.Hint, "[2022年12月期]") }, "a fiscal period")
	check("10", KindMoney, func(k Constraints) bool { return k.Period }, "a fiscal period")
	check("11", KindMoney, func(k Constraints) bool { return strings.Contains(k.Unit, "円") }, "unit 円")
	if it, _ := asp.Item("5"); !strings.Contains(it.Description, "ASP・SaaS以外") {
		t.Errorf("item 5 must ask for business beyond ASP・SaaS: %q", it.Description)
	}
	if it, _ := asp.Item("1"); !it.Required {
		t.Error("item 1 開示情報の日付 must be required")
	}

	iaas := refCatalog(t, "iaas-paas")
	for id, want := range map[string]string{"1": "開示情報の日付", "2": "事業者名", "3": "事業者ホームページ", "4": "設立年", "5.1": "事業所", "5.2": "事業所", "6": "事業の概要"} {
		if it, ok := iaas.Item(id); !ok || it.Title != want {
			t.Errorf("iaas-paas item %s = %q, want %q", id, it.Title, want)
		}
	}
	if it, _ := iaas.Item("3"); it.Required || it.Constraints.Kind != KindURL {
		t.Errorf("iaas-paas 3 事業者ホームページ must be an optional url, got %+v", it)
	}
	if it, _ := iaas.Item("6"); it.Constraints.MaxChars != 100 || !strings.Contains(it.Description, "IaaS・PaaS以外") {
		t.Errorf("iaas-paas 6 = %+v", it)
	}
}

// The medical and My Number schemes carry every ASP・SaaS row unchanged and
// map each row they add to the guidelines they rest on.
func TestAddedRowsMapToTheirGuidelines(t *testing.T) {
	asp := refCatalog(t, "asp-saas")
	cases := []struct {
		scheme     string
		guidelines []string
		clauses    []string // clauses of those guidelines that some added row must cite
	}{
		{"medical-asp-saas", []string{"mhlw-medical-sys", "mic-asp-saas-medical", "meti-medical-outsourcing", "mic-asp-saas-sec"},
			[]string{"mic-asp-saas-medical/6.1", "mic-asp-saas-medical/6.2", "mic-asp-saas-medical/7.1", "mic-asp-saas-medical/7.2", "mhlw-medical-sys/C-9", "meti-medical-outsourcing/7.2"}},
		{"mynumber-asp-saas", []string{"ppc-mynumber"},
			[]string{"ppc-mynumber/A", "ppc-mynumber/B-a", "ppc-mynumber/B-b", "ppc-mynumber/B-c", "ppc-mynumber/B-d", "ppc-mynumber/B-e",
				"ppc-mynumber/C-a", "ppc-mynumber/C-b", "ppc-mynumber/C-c", "ppc-mynumber/C-d", "ppc-mynumber/C-e",
				"ppc-mynumber/D-a", "ppc-mynumber/D-b", "ppc-mynumber/E-a", "ppc-mynumber/E-b", "ppc-mynumber/E-c", "ppc-mynumber/E-d",
				"ppc-mynumber/F-a", "ppc-mynumber/F-b", "ppc-mynumber/F-c", "ppc-mynumber/F-d", "ppc-mynumber/4-2-1"}},
	}
	for _, tc := range cases {
		t.Run(tc.scheme, func(t *testing.T) {
			c := refCatalog(t, tc.scheme)
			for i, it := range asp.Items {
				if !equalJSON(t, c.Items[i], it) {
					t.Fatalf("row %d (id %s) differs from asp-saas's", i, it.ID)
				}
			}
			cited := map[string]bool{}
			added := c.Items[len(asp.Items):]
			for _, it := range added {
				if _, inASP := asp.Category(it.Category); inASP {
					t.Errorf("added row %s is in the ASP・SaaS category %s; added rows have their own", it.ID, it.Category)
				}
				if it.No <= asp.Items[len(asp.Items)-1].No {
					t.Errorf("added row %s reuses an ASP・SaaS No", it.ID)
				}
				ok := false
				for _, ref := range it.Clauses {
					cited[ref.Guideline+"/"+ref.Clause] = true
					ok = ok || slices.Contains(tc.guidelines, ref.Guideline)
				}
				if !ok {
					t.Errorf("added row %s (%s) maps to none of %v", it.ID, it.Description, tc.guidelines)
				}
			}
			for _, want := range tc.clauses {
				if !cited[want] {
					t.Errorf("no added row cites %s", want)
				}
			}
		})
	}
}

func equalJSON(t *testing.T, a, b any) bool {
	t.Helper()
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return bytes.Equal(ja, jb)
}

// The JSON of a catalog has the shape FORMATS.md §3 promises, and survives a
// round trip through ParseCatalog unchanged.
func TestCatalogJSONShape(t *testing.T) {
	c := refCatalog(t, "asp-saas")
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"scheme", "edition", "title", "categories", "items"} {
		if _, ok := top[k]; !ok {
			t.Errorf("catalog JSON lacks %q", k)
		}
	}
	var shape struct {
		Categories []map[string]any `json:"categories"`
		Items      []map[string]any `json:"items"`
	}
	if err := json.Unmarshal(data, &shape); err != nil {
		t.Fatal(err)
	}
	if shape.Categories[1]["id"] != "business" || shape.Categories[1]["title"] != "事業所・事業" {
		t.Errorf("category JSON = %v", shape.Categories[1])
	}
	withClauses := 0
	for _, it := range shape.Items {
		for _, k := range []string{"id", "no", "category", "title", "description", "required", "constraints"} {
			if _, ok := it[k]; !ok {
				t.Fatalf("item JSON %v lacks %q", it, k)
			}
		}
		k := it["constraints"].(map[string]any)
		if _, ok := k["max_chars"]; !ok {
			t.Fatalf("constraints JSON %v lacks max_chars", k)
		}
		if _, ok := k["kind"]; !ok {
			t.Fatalf("constraints JSON %v lacks kind", k)
		}
		if cl, ok := it["clauses"].([]any); ok {
			withClauses++
			ref := cl[0].(map[string]any)
			if ref["guideline"] == nil || ref["clause"] == nil || ref["relation"] == nil {
				t.Fatalf("clause JSON = %v", ref)
			}
		}
	}
	if withClauses == 0 {
		t.Error("no item JSON carries clauses")
	}
	back, err := ParseCatalog(data)
	if err != nil {
		t.Fatal(err)
	}
	if !equalJSON(t, back, c) {
		t.Error("catalog changed in a JSON round trip")
	}

	g, _ := Reference().Guideline("ppc-mynumber")
	gdata, _ := json.Marshal(g)
	var gshape struct {
		Guideline, Edition, Title, Issuer string
		Clauses                           []map[string]string
	}
	if err := json.Unmarshal(gdata, &gshape); err != nil {
		t.Fatal(err)
	}
	if gshape.Guideline != "ppc-mynumber" || gshape.Issuer == "" || !slices.ContainsFunc(gshape.Clauses, func(c map[string]string) bool {
		return c["id"] == "C-a" && c["parent"] == "C" && c["title"] != ""
	}) {
		t.Errorf("guideline JSON shape = %s", gdata)
	}
}

// The data files are in the canonical form the generator writes, so that a
// hand edit shows as a small diff. Reformat with:
//
//	cd criteria && go run ./internal/gen -fmt -out data
func TestDataFilesAreCanonical(t *testing.T) {
	err := fs.WalkDir(dataFS, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(dataFS, p)
		if err != nil {
			return err
		}
		var v any
		switch Detect(data) {
		case DocCatalog:
			v, err = ParseCatalog(data)
		case DocGuideline:
			v, err = ParseGuideline(data)
		case DocEditionMap:
			v, err = ParseEditionMap(data)
		default:
			err = fmt.Errorf("not a catalog, guideline or edition map")
		}
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Errorf("%s is not in canonical form; run: cd criteria && go run ./internal/gen -fmt -out data", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Reference parses embedded files lazily, trusting the layout their names
// give and skipping validation. This test does what it skips: reads every
// file, learns its kind from its content, checks that its folder and name
// say the same, validates it, and finds Reference hands out the same values.
func TestReferenceLazyLoadingMatchesAFullValidatedLoad(t *testing.T) {
	full := NewRegistry()
	type doc struct {
		name string
		data []byte
	}
	byKind := map[string][]doc{}
	err := fs.WalkDir(dataFS, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") {
			return err
		}
		data, err := fs.ReadFile(dataFS, p)
		if err != nil {
			return err
		}
		kind := Detect(data)
		var head struct {
			ID                        string `json:"guideline"`
			Scheme, From, To, Edition string
		}
		if err := json.Unmarshal(data, &head); err != nil {
			return err
		}
		var want string
		switch kind {
		case DocCatalog:
			want = "data/catalogs/" + head.Scheme + "." + head.Edition + ".json"
		case DocGuideline:
			want = "data/guidelines/" + head.ID + ".json"
		case DocEditionMap:
			want = "data/maps/" + head.Scheme + "." + head.From + ".to." + head.To + ".json"
		default:
			return fmt.Errorf("%s: not a catalog, guideline or edition map", p)
		}
		if p != want {
			t.Errorf("%s holds a %s that the generator's layout names %s", p, kind, want)
		}
		byKind[kind] = append(byKind[kind], doc{p, data})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range byKind[DocGuideline] {
		g, err := ParseGuideline(d.data)
		if err == nil {
			err = full.AddGuideline(g)
		}
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
	}
	for _, d := range byKind[DocCatalog] {
		c, err := ParseCatalog(d.data)
		if err == nil {
			err = full.AddCatalog(c)
		}
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
	}
	for _, d := range byKind[DocEditionMap] {
		m, err := ParseEditionMap(d.data)
		if err == nil {
			err = full.AddMap(*m)
		}
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
	}
	ref := Reference()
	if got, want := ref.Schemes(), full.Schemes(); !slices.Equal(got, want) {
		t.Fatalf("schemes %v, want %v", got, want)
	}
	for _, s := range full.Schemes() {
		if got, want := ref.Editions(s), full.Editions(s); !slices.Equal(got, want) {
			t.Fatalf("%s: editions %v, want %v", s, got, want)
		}
		for _, e := range full.Editions(s) {
			a, _ := ref.Catalog(s, e)
			b, _ := full.Catalog(s, e)
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if !bytes.Equal(ja, jb) {
				t.Errorf("%s %s differs from a full load", s, e)
			}
		}
	}
	jg := func(r *Registry) string { b, _ := json.Marshal(r.Guidelines()); return string(b) }
	if jg(ref) != jg(full) {
		t.Error("guidelines differ from a full load")
	}
	jm := func(r *Registry) string { b, _ := json.Marshal(r.Maps()); return string(b) }
	if jm(ref) != jm(full) {
		t.Error("edition maps differ from a full load")
	}
}

// A scheme asked for parses that scheme only.
func TestReferenceParsesOnlyTheSchemeAskedFor(t *testing.T) {
	src := newSource(dataFS, "data")
	r := NewRegistry()
	r.src = src
	if _, err := r.Catalog("datacenter", ""); err != nil {
		t.Fatal(err)
	}
	if len(src.catalogs) != 1 || src.catalogs["datacenter"] == nil {
		t.Fatalf("parsed %d schemes for one", len(src.catalogs))
	}
	if got := r.Schemes(); len(got) != 5 {
		t.Fatalf("schemes %v: all five are known without parsing them", got)
	}
	if len(src.catalogs) != 1 {
		t.Fatal("listing the schemes parsed catalogs")
	}
}
