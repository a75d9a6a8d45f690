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

// RegistryOf(scheme) parses only that scheme's stored editions and maps
// (and every guideline), and says of the scheme what Registry says.
func TestRegistryOfOneScheme(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	ref := criteria.Reference()
	stored := map[string]string{}
	for _, c := range ref.Catalogs() {
		if _, done := stored[c.Scheme]; done || len(stored) == 2 {
			continue
		}
		cp := *c
		cp.Edition = "stored-" + c.Scheme
		b, err := json.Marshal(&cp)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ImportCatalog(ctx, KindCatalog, cp.Scheme, cp.Edition, b, "tester"); err != nil {
			t.Fatal(err)
		}
		stored[c.Scheme] = cp.Edition
	}
	if len(stored) != 2 {
		t.Fatalf("the reference criteria have %d schemes, want two to test with", len(stored))
	}
	full, err := s.Registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for scheme, edition := range stored {
		fresh, err := Open(path) // no whole registry cached
		if err != nil {
			t.Fatal(err)
		}
		defer fresh.Close()
		one, err := fresh.RegistryOf(ctx, scheme)
		if err != nil {
			t.Fatal(err)
		}
		if one == full {
			t.Fatal("a fresh Store returned another Store's registry")
		}
		if _, err := one.Catalog(scheme, edition); err != nil {
			t.Errorf("RegistryOf(%s) lacks its stored edition %s: %v", scheme, edition, err)
		}
		for other, oe := range stored {
			if other == scheme {
				continue
			}
			if _, err := one.Catalog(other, oe); err == nil {
				t.Errorf("RegistryOf(%s) parsed %s's stored edition %s", scheme, other, oe)
			}
		}
		for _, e := range full.Editions(scheme) {
			a, _ := full.Catalog(scheme, e)
			b, err := one.Catalog(scheme, e)
			if err != nil || len(a.Items) != len(b.Items) || a.Title != b.Title {
				t.Errorf("%s %s differs between Registry and RegistryOf: %v", scheme, e, err)
			}
		}
	}
}
