package criteria

import (
	"os"
	"slices"
	"testing"
)

// withTestEdition returns the reference registry plus the renumbered test
// edition asp-saas ref-2026-test2 and its map, which live in testdata (the
// product does not ship them).
func withTestEdition(t *testing.T) *Registry {
	t.Helper()
	r := Reference().Clone()
	data, err := os.ReadFile("testdata/asp-saas.ref-2026-test2.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseCatalog(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.AddCatalog(c); err != nil {
		t.Fatal(err)
	}
	data, err = os.ReadFile("testdata/asp-saas.ref-2026.to.ref-2026-test2.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseEditionMap(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.AddMap(*m); err != nil {
		t.Fatal(err)
	}
	return r
}

// The shipped map from ref-2026 to ref-2026.2 follows rows that moved or
// split when the rows of published tables were added.
func TestReferenceEditionMap(t *testing.T) {
	r := Reference()
	succ := func(id string) ([]string, string) { return r.Successors("asp-saas", "ref-2026", "ref-2026.2", id) }
	checkResolutions(t, "Successors", succ, []resolution{
		{"4.2", []string{"4.2", "4.3"}, MapSplit},
		{"4.3", []string{"4.4"}, MapRenumbered},
		{"6", []string{"6.1"}, MapRenumbered},
		{"7.1", []string{"7.1"}, MapSame},
		{"35.1", []string{"35.1"}, MapSame},
	})
	pred := func(id string) ([]string, string) { return r.Predecessors("datacenter", "ref-2026", "ref-2026.2", id) }
	checkResolutions(t, "Predecessors", pred, []resolution{
		{"15.1", []string{"15"}, MapRenumbered},
		{"15.2", nil, MapAdded},
		{"29.4", nil, MapAdded},
		{"5.4", []string{"5.3"}, MapRenumbered},
	})
}

type resolution struct {
	id   string
	ids  []string
	kind string
}

func checkResolutions(t *testing.T, name string, f func(id string) ([]string, string), cases []resolution) {
	t.Helper()
	for _, c := range cases {
		ids, kind := f(c.id)
		if !slices.Equal(ids, c.ids) || kind != c.kind {
			t.Errorf("%s(%s) = %v %q, want %v %q", name, c.id, ids, kind, c.ids, c.kind)
		}
	}
}

func TestEditionMapResolution(t *testing.T) {
	r := withTestEdition(t)
	const from, to = "ref-2026", "ref-2026-test2"
	if _, ok := r.Map("asp-saas", from, to); !ok {
		t.Fatal("the test edition map is not registered")
	}
	if _, ok := r.Map("asp-saas", to, from); ok {
		t.Fatal("Map returned a map for the reverse direction")
	}
	succ := func(id string) ([]string, string) { return r.Successors("asp-saas", from, to, id) }
	checkResolutions(t, "Successors", succ, []resolution{
		{"2", []string{"2.1"}, MapRenumbered},
		{"4.3", []string{"4.3", "4.4"}, MapSplit},
		{"7.1", []string{"7"}, MapMerged},
		{"7.2", []string{"7"}, MapMerged},
		{"16.2", nil, MapWithdrawn},
		{"16.1", []string{"16"}, MapRenumbered},
		{"63.1", []string{"64.1"}, MapRenumbered},
		{"64", []string{"63"}, MapRenumbered},
		{"5", []string{"5"}, MapSame},
		{"38.2", []string{"38.2"}, MapSame},
		{"999", nil, ""},
	})
	pred := func(id string) ([]string, string) { return r.Predecessors("asp-saas", from, to, id) }
	checkResolutions(t, "Predecessors", pred, []resolution{
		{"2.1", []string{"2"}, MapRenumbered},
		{"2.2", nil, MapAdded},
		{"4.3", []string{"4.3"}, MapSplit},
		{"4.4", []string{"4.3"}, MapSplit},
		{"7", []string{"7.1", "7.2"}, MapMerged},
		{"16", []string{"16.1"}, MapRenumbered},
		{"63", []string{"64"}, MapRenumbered},
		{"64.2", []string{"63.2"}, MapRenumbered},
		{"5", []string{"5"}, MapSame},
		{"7.1", nil, ""}, // not an item of the new edition
	})
	// Asked the other way round, the same map answers backwards.
	back := func(id string) ([]string, string) { return r.Successors("asp-saas", to, from, id) }
	checkResolutions(t, "Successors backwards", back, []resolution{
		{"7", []string{"7.1", "7.2"}, MapSplit},
		{"4.4", []string{"4.3"}, MapMerged},
		{"2.2", nil, MapWithdrawn},
		{"63", []string{"64"}, MapRenumbered},
	})
	same := func(id string) ([]string, string) { return r.Successors("asp-saas", from, from, id) }
	checkResolutions(t, "Successors to the same edition", same, []resolution{{"4.3", []string{"4.3"}, MapSame}})
}

// A chain of maps ref-2026 → test2 → test3 is composed.
func TestEditionMapChain(t *testing.T) {
	r := withTestEdition(t)
	t2, err := r.Catalog("asp-saas", "ref-2026-test2")
	if err != nil {
		t.Fatal(err)
	}
	t3 := copyCatalog(t2)
	t3.Edition, t3.Published = "ref-2026-test3", "2027-04"
	var items []Item
	for _, it := range t3.Items {
		switch it.ID {
		case "4.4": // withdrawn
			continue
		case "2.1":
			it.ID = "2.3"
		}
		items = append(items, it)
	}
	t3.Items = items
	if err := r.AddCatalog(t3); err != nil {
		t.Fatal(err)
	}
	err = r.AddMap(EditionMap{Scheme: "asp-saas", From: "ref-2026-test2", To: "ref-2026-test3", Entries: []MapEntry{
		{Kind: MapWithdrawn, From: []string{"4.4"}},
		{Kind: MapRenumbered, From: []string{"2.1"}, To: []string{"2.3"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	succ := func(id string) ([]string, string) {
		return r.Successors("asp-saas", "ref-2026", "ref-2026-test3", id)
	}
	checkResolutions(t, "Successors over two maps", succ, []resolution{
		{"2", []string{"2.3"}, MapRenumbered},
		{"4.3", []string{"4.3"}, MapSplit}, // split, then the other part withdrawn
		{"7.2", []string{"7"}, MapMerged},
		{"16.2", nil, MapWithdrawn},
		{"64", []string{"63"}, MapRenumbered},
		{"5", []string{"5"}, MapSame},
	})
	pred := func(id string) ([]string, string) {
		return r.Predecessors("asp-saas", "ref-2026", "ref-2026-test3", id)
	}
	checkResolutions(t, "Predecessors over two maps", pred, []resolution{
		{"2.3", []string{"2"}, MapRenumbered},
		{"2.2", nil, MapAdded},
		{"7", []string{"7.1", "7.2"}, MapMerged},
		{"5", []string{"5"}, MapSame},
	})
	// The original registry did not learn about test3.
	if _, err := Reference().Catalog("asp-saas", "ref-2026-test3"); err == nil {
		t.Fatal("Clone leaked into Reference()")
	}
}

// Without any map the implicit rule applies: same id if the other edition
// has it, withdrawn (or added, looking back) if not.
func TestImplicitRuleWithoutMap(t *testing.T) {
	r := testRegistry(t)
	a := smallCatalog()
	b := smallCatalog()
	b.Edition, b.Published = "t2", "2026-10"
	b.Items = b.Items[1:] // 4.1 dropped
	b.Items = append(b.Items, Item{ID: "6", No: 6, Category: "business", Title: "代表者", Description: "代表者の氏名", Required: true, Constraints: Constraints{Kind: KindText}})
	for _, c := range []*Catalog{a, b} {
		if err := r.AddCatalog(c); err != nil {
			t.Fatal(err)
		}
	}
	checkResolutions(t, "Successors", func(id string) ([]string, string) { return r.Successors("asp-saas", "t1", "t2", id) }, []resolution{
		{"4.1", nil, MapWithdrawn},
		{"4.2", []string{"4.2"}, MapSame},
	})
	checkResolutions(t, "Predecessors", func(id string) ([]string, string) { return r.Predecessors("asp-saas", "t1", "t2", id) }, []resolution{
		{"6", nil, MapAdded},
		{"5", []string{"5"}, MapSame},
	})
}
