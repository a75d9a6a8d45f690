package intake

import (
	"reflect"
	"testing"

	"shinsa/criteria"
)

// The example workbook has the layout of the table the catalog came from:
// read as a catalog, it gives the holdout-demo edition's rows back.
func TestReadCatalogFromWorkbook(t *testing.T) {
	got, err := ReadCatalog("new.xlsx", readFixture(t, "new.xlsx"), "asp-saas", "imported")
	if err != nil {
		t.Fatal(err)
	}
	want, err := testRegistry().Catalog("asp-saas", "holdout-demo")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Items) != len(want.Items) {
		t.Fatalf("%d items, want %d", len(got.Items), len(want.Items))
	}
	for i, w := range want.Items {
		g := got.Items[i]
		if g.ID != w.ID || g.No != w.No || g.Title != w.Title || g.Description != w.Description || g.Required != w.Required {
			t.Errorf("item %d = %s %d %q %q %v, want %s %d %q %q %v", i, g.ID, g.No, g.Title, g.Description, g.Required, w.ID, w.No, w.Title, w.Description, w.Required)
		}
	}
	var cats []string
	for _, c := range got.Categories {
		cats = append(cats, c.Title)
	}
	if want := []string{"開示情報の時点", "事業所・事業", "人材", "財務状況"}; !reflect.DeepEqual(cats, want) {
		t.Errorf("categories %q, want %q", cats, want)
	}
	five, _ := got.Item("5")
	if five.Constraints.MaxChars != 100 || five.Category != "事業所・事業" {
		t.Errorf("item 5 = %+v", five)
	}
	one, _ := got.Item("1")
	if !one.Constraints.Seireki || one.Constraints.Kind != criteria.KindDate {
		t.Errorf("item 1 constraints %+v", one.Constraints)
	}
	if got.Scheme != "asp-saas" || got.Edition != "imported" || got.Title != "ASP・SaaS" {
		t.Errorf("catalog %s %s %q", got.Scheme, got.Edition, got.Title)
	}
}

func TestReadCatalogFromCSV(t *testing.T) {
	data := "No,審査対象項目,記述内容,必須/選択,対応条項\r\n" +
		"■事業所・事業,,,,\r\n" +
		"1,事業所,本店の住所,必須,\"mic-asp-saas-sec:II.1.1\r\nmic-asp-saas-sec:II.1.2:subset\"\r\n" +
		",,事業所の数,選択,mic-asp-saas-sec:II.2、mic-asp-saas-sec:II.2.1\r\n" +
		"2,概要,事業の概要（１００字以内）,必須,\r\n" +
		"【人材】,,,,\r\n" +
		"3-1,経営者,代表者,必須,\r\n"
	c, err := ReadCatalog("cat.csv", []byte(data), "asp-saas", "official-2027")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range c.Items {
		ids = append(ids, it.ID+"/"+it.Category)
	}
	if want := []string{"1.1/事業所・事業", "1.2/事業所・事業", "2/事業所・事業", "3.1/人材"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("items %v, want %v", ids, want)
	}
	first := c.Items[0]
	wantRefs := []criteria.ClauseRef{
		{Guideline: "mic-asp-saas-sec", Clause: "II.1.1", Relation: "intersects"},
		{Guideline: "mic-asp-saas-sec", Clause: "II.1.2", Relation: "subset"},
	}
	if !reflect.DeepEqual(first.Clauses, wantRefs) || c.Items[1].Title != "事業所" || c.Items[1].Required {
		t.Errorf("items %+v", c.Items[:2])
	}
	if c.Items[2].Constraints.MaxChars != 100 {
		t.Errorf("item 2 constraints %+v", c.Items[2].Constraints)
	}
	// The references resolve against the reference guidelines.
	if err := criteria.Reference().Clone().AddCatalog(c); err != nil {
		t.Errorf("registry refuses the imported catalog: %v", err)
	}
}

func TestReadCatalogErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       []string
	}{
		{"bad 必須/選択", "No,審査対象項目,記述内容,必須/選択\n1,a,b,たぶん\n", []string{"c.csv: row 2 column 4 (必須/選択): 必須/選択 is \"たぶん\""}},
		{"bad clause", "No,審査対象項目,記述内容,必須/選択,対応条項\n1,a,b,必須,III.1\n", []string{"c.csv: row 2 column 5 (対応条項): clause reference \"III.1\""}},
		{"no description", "No,審査対象項目,記述内容,必須/選択\n1,a,,必須\n", []string{"c.csv: row 2: description is empty"}},
		{"no header", "a,b\n1,2\n", []string{"c.csv: rows 1-10: no header row", "記述内容"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCatalog("c.csv", []byte(tc.data), "asp-saas", "x")
			wantError(t, err, "c.csv", tc.want...)
		})
	}
}
