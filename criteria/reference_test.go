package criteria

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// current is the reference edition new applications get.
const current = "ref-2026.2"

func refCatalog(t *testing.T, scheme string) *Catalog {
	t.Helper()
	c, err := Reference().Catalog(scheme, current)
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
		if err != nil || c.Edition != current || c.Published != "2026-12" || c.Test {
			t.Errorf("latest %s = %s %s, %v; want the %s edition", s, c.Edition, c.Published, err, current)
		}
		if c.Title != SchemeTitle(s) {
			t.Errorf("%s title = %q, want %q", s, c.Title, SchemeTitle(s))
		}
		// ref-2026 stays loadable: case files imported under it keep it.
		if old, err := r.Catalog(s, "ref-2026"); err != nil || len(old.Items) < 100 {
			t.Errorf("%s ref-2026 is no longer loadable: %v", s, err)
		}
		if _, ok := r.Map(s, "ref-2026", current); !ok {
			t.Errorf("%s: no edition map ref-2026 → %s", s, current)
		}
	}
	if eds := r.Editions("asp-saas"); slices.Contains(eds, "ref-2026-test2") {
		t.Errorf("the test edition ships in the binary: %v", eds)
	}
	issuers := map[string]string{
		"mhlw-medical-sys": "厚生労働省", "mic-asp-saas-sec": "総務省", "mic-asp-saas-medical": "総務省",
		"meti-medical-outsourcing": "経済産業省", "ppc-mynumber": "個人情報保護委員会",
		"mic-asp-saas-sec-2008": "総務省", "mic-cloud-sec-3": "総務省", "meti-medical-outsourcing-2012": "経済産業省",
		"medical-provider-2": "総務省・経済産業省", "mhlw-medical-sys-6": "厚生労働省", "ppc-mynumber-2022": "個人情報保護委員会",
	}
	for id, issuer := range issuers {
		g, err := r.Guideline(id)
		if err != nil {
			t.Fatal(err)
		}
		if g.Issuer != issuer || g.Edition == "" || g.Title == "" || !strings.Contains(g.Provenance, "not the official text") && !strings.Contains(g.Provenance, "summaries") {
			t.Errorf("guideline %s: issuer %q edition %q title %q provenance %q", id, g.Issuer, g.Edition, g.Title, g.Provenance)
		}
		if len(g.Clauses) < 15 {
			t.Errorf("guideline %s has %d clauses, want at least 15", id, len(g.Clauses))
		}
	}
	if len(r.Guidelines()) != len(issuers) {
		t.Errorf("%d guidelines, want %d", len(r.Guidelines()), len(issuers))
	}
	if g, _ := r.Guideline("mhlw-medical-sys-6"); g.Edition != "第6.0版" || g.Source.Date != "2023-05-31" {
		t.Errorf("mhlw-medical-sys-6 edition = %q source %+v, want 第6.0版 of 2023-05-31", g.Edition, g.Source)
	}
}

// Every guideline names the published document it follows, every clause
// says whether its id is the document's number or shinsa's, and reference
// ids never look like a number the document could use for something else.
func TestEveryGuidelineNamesItsSource(t *testing.T) {
	r := Reference()
	titles := map[string]string{ // as published (RECORD.md)
		"mic-asp-saas-sec":              "ASP・SaaSにおける情報セキュリティ対策ガイドライン",
		"mic-asp-saas-sec-2008":         "ASP・SaaSにおける情報セキュリティ対策ガイドライン",
		"meti-medical-outsourcing":      "医療情報を受託管理する情報処理事業者における安全管理ガイドライン",
		"meti-medical-outsourcing-2012": "医療情報を受託管理する情報処理事業者における安全管理ガイドライン",
		"mic-cloud-sec-3":               "クラウドサービス提供における情報セキュリティ対策ガイドライン",
		"medical-provider-2":            "医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン",
	}
	for _, g := range r.Guidelines() {
		s := g.Source
		if s == nil || s.Title == "" || s.Edition == "" || s.Issuer == "" || s.Date == "" || !strings.HasPrefix(s.URL, "https://") {
			t.Errorf("guideline %s does not name its source: %+v", g.ID, s)
			continue
		}
		if want, ok := titles[g.ID]; ok && g.Title != want {
			t.Errorf("guideline %s title %q, want %q as published", g.ID, g.Title, want)
		}
		for _, cl := range g.Clauses {
			switch cl.Numbering {
			case NumberingOfficial:
				if strings.HasPrefix(cl.ID, "ref:") {
					t.Errorf("%s/%s is marked official but has a reference id", g.ID, cl.ID)
				}
			case NumberingReference:
				if g.SupersededBy == nil || !strings.Contains(g.Provenance, "ref-2026 outline") {
					if !strings.HasPrefix(cl.ID, "ref:") {
						t.Errorf("%s/%s is a reference clause with an id that looks official", g.ID, cl.ID)
					}
				}
			default:
				t.Errorf("%s/%s has no numbering mark (%q)", g.ID, cl.ID, cl.Numbering)
			}
		}
	}
	// The known departures of ref-2026 (RECORD.md) are corrected in the
	// official outline: II.1.2 does not exist, 従業員 is II.5, 監査 II.4.3.
	g, _ := r.Guideline("mic-asp-saas-sec-2008")
	if _, ok := g.Clause("II.1.2"); ok {
		t.Error("mic-asp-saas-sec-2008 has II.1.2, which the document does not")
	}
	for id, want := range map[string]string{"II.5.2": "雇用期間中", "II.4.3": "監査", "II.4.1": "責任", "II.2.2": "外部組織"} {
		if cl, ok := g.Clause(id); !ok || !strings.Contains(cl.Title, want) || cl.Numbering != NumberingOfficial {
			t.Errorf("mic-asp-saas-sec-2008 %s = %+v, want an official clause about %s", id, cl, want)
		}
	}
	old, _ := r.Guideline("mic-asp-saas-sec")
	for from, want := range map[string]string{"II.4.2": "II.5.2", "II.6.2": "II.4.3", "II.3.1": "II.4.1"} {
		var got []string
		for _, cs := range old.SupersededBy.Clauses {
			if cs.From == from {
				got = cs.To
			}
		}
		if !slices.Contains(got, want) {
			t.Errorf("ref-2026 outline %s maps to %v, want %s (RECORD.md)", from, got, want)
		}
	}
	m, _ := r.Guideline("meti-medical-outsourcing-2012")
	for _, id := range []string{"2.1", "2.2.1", "2.2.2", "2.3", "2.4", "2.5.1", "2.5.2"} {
		if cl, ok := m.Clause(id); !ok || cl.Numbering != NumberingOfficial {
			t.Errorf("meti-medical-outsourcing-2012 lacks official clause %s", id)
		}
	}
}

// Every historical guideline leads, through superseded_by, to one in force;
// every current catalog maps only to guidelines in force and names their
// editions; ref-2026 keeps the outlines it was written against.
func TestSupersessionLeadsToCurrentGuidelines(t *testing.T) {
	r := Reference()
	currentGL := map[string]bool{"mic-cloud-sec-3": true, "medical-provider-2": true, "mhlw-medical-sys-6": true, "ppc-mynumber-2022": true}
	for _, g := range r.Guidelines() {
		chain := r.SuccessorChain(g.ID)
		if currentGL[g.ID] {
			if len(chain) != 0 {
				t.Errorf("%s is in force but names a successor %v", g.ID, chain)
			}
			continue
		}
		if len(chain) == 0 || !currentGL[chain[len(chain)-1]] {
			t.Errorf("%s: succession %v does not end at a guideline in force", g.ID, chain)
		}
		// Every clause of a superseded guideline has a successor.
		mapped := map[string]bool{}
		for _, cs := range g.SupersededBy.Clauses {
			mapped[cs.From] = true
		}
		for _, cl := range g.Clauses {
			if !mapped[cl.ID] && cl.Parent != "" {
				t.Errorf("%s/%s has no successor clause", g.ID, cl.ID)
			}
		}
	}
	for _, c := range r.Catalogs() {
		if c.Edition != current {
			continue
		}
		if len(c.Guidelines) == 0 {
			t.Errorf("%s %s names no guideline editions", c.Scheme, c.Edition)
		}
		for _, it := range c.Items {
			for _, ref := range it.Clauses {
				if !currentGL[ref.Guideline] {
					t.Errorf("%s %s item %s cites %s, which is superseded", c.Scheme, c.Edition, it.ID, ref.Guideline)
				}
			}
		}
	}
	// IaaS・PaaS and データセンター rows map to the cloud guideline's PaaS・IaaS編.
	for _, s := range []string{"iaas-paas", "datacenter"} {
		c := refCatalog(t, s)
		pi := 0
		for _, it := range c.Items {
			for _, ref := range it.Clauses {
				if ref.Guideline == "mic-cloud-sec-3" && strings.HasPrefix(ref.Clause, "ref:pi-") {
					pi++
				}
			}
		}
		if pi < 10 {
			t.Errorf("%s: %d references to the PaaS・IaaS編, want the infrastructure rows there", s, pi)
		}
	}
}

// Every clause reference of every bundled catalog, in every edition,
// resolves to a clause of a bundled guideline.
func TestEveryClauseReferenceResolves(t *testing.T) {
	r := Reference()
	n := 0
	for _, c := range r.Catalogs() {
		for _, it := range c.Items {
			for _, ref := range it.Clauses {
				n++
				g, err := r.Guideline(ref.Guideline)
				if err != nil {
					t.Errorf("%s %s item %s: %v", c.Scheme, c.Edition, it.ID, err)
					continue
				}
				if _, ok := g.Clause(ref.Clause); !ok {
					t.Errorf("%s %s item %s: %s has no clause %s", c.Scheme, c.Edition, it.ID, ref.Guideline, ref.Clause)
				}
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d clause references in the bundled catalogs", n)
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

// Nos 1–11 of ASP・SaaS follow the layout of published certified tables
// (RECORD.md: 0003-0805, 0256-2109): No 4 事業所 with 事業所数 国内・国外,
// No 6 経営者 with 代表者氏名 必須 and 写真・年齢・経歴 選択, No 7 役員 選択.
func TestASPSaaSLeadingRowsFollowPublishedTables(t *testing.T) {
	asp := refCatalog(t, "asp-saas")
	titles := []string{"", "開示情報の日付", "事業者名", "設立年・事業年数", "事業所", "事業の概要", "経営者", "役員", "従業員", "売上高", "経常利益", "資本金"}
	rows := map[int]int{}
	for _, it := range asp.Items {
		if it.No <= 11 {
			rows[it.No]++
			if it.Title != titles[it.No] {
				t.Errorf("item %s title = %q, want %q", it.ID, it.Title, titles[it.No])
			}
		}
	}
	for no, want := range map[int]int{1: 1, 2: 1, 3: 2, 4: 4, 5: 1, 6: 4, 7: 2, 8: 1, 9: 1, 10: 1, 11: 1} {
		if rows[no] != want {
			t.Errorf("no %d has %d rows, want %d", no, rows[no], want)
		}
	}
	for id, want := range map[string]bool{"6.1": true, "6.2": false, "6.3": false, "6.4": false, "7.1": false, "7.2": false, "4.2": true, "4.3": true} {
		if it, _ := asp.Item(id); it.Required != want {
			t.Errorf("item %s (%s) 必須 = %v, want %v as published", id, it.Description, it.Required, want)
		}
	}
	for id, want := range map[string]string{"4.2": "国内", "4.3": "国外", "6.1": "氏名", "6.2": "写真", "6.3": "年齢", "6.4": "経歴"} {
		if it, _ := asp.Item(id); !strings.Contains(it.Description, want) {
			t.Errorf("item %s = %q, want it about %s", id, it.Description, want)
		}
	}
	for _, id := range []string{"12", "35.1"} {
		if it, _ := asp.Item(id); it.Constraints.Kind != KindPercent {
			t.Errorf("item %s (%s) is kind %s, want percent", id, it.Description, it.Constraints.Kind)
		}
	}
	dc := refCatalog(t, "datacenter")
	for id, want := range map[string]struct {
		words    string
		required bool
	}{"13": {"経常利益", false}, "15.2": {"自己資本比率", false}, "15.3": {"上場", false}, "15.4": {"決算公告", false},
		"28.5": {"自己所有／賃借", true}, "29.4": {"最大収容ラック数", true}, "12": {"売上高", true}, "14": {"資本金", true}} {
		it, ok := dc.Item(id)
		if !ok || !strings.Contains(it.Description, want.words) || it.Required != want.required {
			t.Errorf("datacenter %s = %q 必須 %v, want %s 必須 %v as published", id, it.Description, it.Required, want.words, want.required)
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
	check("4.3", KindCount, always, "")
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
		{"medical-asp-saas", []string{"mhlw-medical-sys-6", "medical-provider-2"},
			[]string{"medical-provider-2/ref:maintenance", "medical-provider-2/ref:exit", "medical-provider-2/ref:storage",
				"mhlw-medical-sys-6/企画管理編.11", "mhlw-medical-sys-6/ref:c-maintenance", "mhlw-medical-sys-6/システム運用編.7"}},
		{"mynumber-asp-saas", []string{"ppc-mynumber-2022"},
			[]string{"ppc-mynumber-2022/A", "ppc-mynumber-2022/ref:B-acquire", "ppc-mynumber-2022/ref:B-use", "ppc-mynumber-2022/ref:B-store", "ppc-mynumber-2022/ref:B-provide", "ppc-mynumber-2022/ref:B-delete",
				"ppc-mynumber-2022/C-a", "ppc-mynumber-2022/C-b", "ppc-mynumber-2022/C-c", "ppc-mynumber-2022/C-d", "ppc-mynumber-2022/C-e",
				"ppc-mynumber-2022/D-a", "ppc-mynumber-2022/D-b", "ppc-mynumber-2022/E-a", "ppc-mynumber-2022/E-b", "ppc-mynumber-2022/E-c", "ppc-mynumber-2022/E-d",
				"ppc-mynumber-2022/F-a", "ppc-mynumber-2022/F-b", "ppc-mynumber-2022/F-c", "ppc-mynumber-2022/F-d", "ppc-mynumber-2022/ref:entrust", "ppc-mynumber-2022/ref:breach"}},
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

var update = flag.Bool("update", false, "rewrite criteria/data in canonical form")

// The data files are in canonical form (encoding/json, two-space indent, no
// HTML escaping), so that a hand edit shows as a small diff. After editing,
// reformat with:
//
//	go test ./criteria -run TestDataFilesAreCanonical -update
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
		switch kind := Detect(data); {
		case p == certifierFile:
			var c Certifier
			err = decodeStrict(data, &c)
			v = &c
		case kind == DocCatalog:
			v, err = ParseCatalog(data)
		case kind == DocGuideline:
			v, err = ParseGuideline(data)
		case kind == DocEditionMap:
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
			if *update {
				return os.WriteFile(filepath.FromSlash(p), buf.Bytes(), 0o644)
			}
			t.Errorf("%s is not in canonical form; run: go test ./criteria -run TestDataFilesAreCanonical -update", p)
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
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") || p == certifierFile {
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
	if ps := ValidateSuccessions(full); len(ps) > 0 {
		t.Fatalf("guideline succession: %v", ps)
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
