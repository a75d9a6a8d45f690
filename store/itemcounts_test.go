package store

import (
	"context"
	"encoding/json"
	"testing"

	"shinsa/criteria"
)

// ItemCounts gives, without parsing a catalog, the length every edition
// has in the Registry: the built-in ones, and stored ones, among them an
// edition of another length under a new name.
func TestItemCountsAreTheRegistrysLengths(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	c := *criteria.Reference().Catalogs()[0]
	c.Edition = "stored-short"
	c.Items = c.Items[:len(c.Items)-3]
	b, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ImportCatalog(ctx, KindCatalog, c.Scheme, c.Edition, b, "tester"); err != nil {
		t.Fatal(err)
	}
	counts, err := s.ItemCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := s.Registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, cat := range reg.Catalogs() {
		if got, want := counts[Edition{cat.Scheme, cat.Edition}], len(cat.Items); got != want {
			t.Errorf("%s %s: %d items counted, the registry has %d", cat.Scheme, cat.Edition, got, want)
		}
	}
	if len(counts) != len(reg.Catalogs()) {
		t.Errorf("%d editions counted, the registry has %d", len(counts), len(reg.Catalogs()))
	}
	if counts[Edition{c.Scheme, "stored-short"}] != len(c.Items) || len(c.Items) == 0 {
		t.Errorf("the stored edition counts %d, want %d", counts[Edition{c.Scheme, "stored-short"}], len(c.Items))
	}
}
