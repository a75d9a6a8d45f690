package criteria

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
)

func editionOf(scheme, edition, published string, test bool) *Catalog {
	c := smallCatalog()
	c.Scheme, c.Edition, c.Published, c.Test = scheme, edition, published, test
	return c
}

func TestRegistryCatalogLookup(t *testing.T) {
	r := testRegistry(t)
	for _, c := range []*Catalog{
		editionOf("asp-saas", "2022", "2022-10", false),
		editionOf("asp-saas", "2024", "2024-04", false),
		editionOf("asp-saas", "2025-test", "2025-01", true),
		editionOf("iaas-paas", "a", "2024-04", false),
		editionOf("iaas-paas", "b", "2024-04", false),
	} {
		if err := r.AddCatalog(c); err != nil {
			t.Fatal(err)
		}
	}
	latest := func(scheme string) string {
		t.Helper()
		c, err := r.Catalog(scheme, "")
		if err != nil {
			t.Fatal(err)
		}
		l, err := r.Latest(scheme)
		if err != nil || l != c {
			t.Fatalf("Latest(%s) = %v, %v; Catalog(%s, \"\") = %v", scheme, l, err, scheme, c.Edition)
		}
		return c.Edition
	}
	if got := latest("asp-saas"); got != "2024" {
		t.Errorf("latest asp-saas = %s, want 2024 (the later test edition is passed over)", got)
	}
	if got := latest("iaas-paas"); got != "b" {
		t.Errorf("latest iaas-paas = %s, want b (same month: the edition name decides)", got)
	}
	if c, err := r.Catalog("asp-saas", "2025-test"); err != nil || !c.Test {
		t.Errorf("a test edition asked for by name = %v, %v", c, err)
	}

	_, err := r.Catalog("asp", "")
	if err == nil || err.Error() != `unknown scheme "asp" (known: asp-saas, iaas-paas)` {
		t.Errorf("unknown scheme: %v", err)
	}
	_, err = r.Catalog("asp-saas", "2023")
	if err == nil || err.Error() != `scheme "asp-saas" has no edition "2023" (known: 2022, 2024, 2025-test)` {
		t.Errorf("unknown edition: %v", err)
	}
	if got := r.Schemes(); !slices.Equal(got, []string{"asp-saas", "iaas-paas"}) {
		t.Errorf("Schemes() = %v", got)
	}
	var names []string
	for _, c := range r.Catalogs() {
		names = append(names, c.Scheme+"/"+c.Edition)
	}
	if want := []string{"asp-saas/2022", "asp-saas/2024", "asp-saas/2025-test", "iaas-paas/a", "iaas-paas/b"}; !slices.Equal(names, want) {
		t.Errorf("Catalogs() = %v, want %v", names, want)
	}
}

func TestRegistryOnlyTestEditionsStillHasALatest(t *testing.T) {
	r := testRegistry(t)
	if err := r.AddCatalog(editionOf("x", "t", "2026-01", true)); err != nil {
		t.Fatal(err)
	}
	if c, err := r.Latest("x"); err != nil || c.Edition != "t" {
		t.Fatalf("Latest = %v, %v", c, err)
	}
}

func TestAddCatalogValidatesAndReplaces(t *testing.T) {
	r := testRegistry(t)
	c := smallCatalog()
	if err := r.AddCatalog(c); err != nil {
		t.Fatal(err)
	}
	// The registry keeps its own copy: the caller's later edits do not leak in.
	c.Items[0].Description = "changed"
	got, _ := r.Catalog("asp-saas", "t1")
	if got.Items[0].Description != "本店の住所と郵便番号" {
		t.Fatalf("registry catalog changed with the caller's copy: %q", got.Items[0].Description)
	}
	// Same scheme and edition replaces.
	if err := r.AddCatalog(c); err != nil {
		t.Fatal(err)
	}
	got, _ = r.Catalog("asp-saas", "t1")
	if got.Items[0].Description != "changed" || len(r.Catalogs()) != 1 {
		t.Fatalf("replacement did not happen: %q, %d catalogs", got.Items[0].Description, len(r.Catalogs()))
	}
	// A broken catalog is refused with every problem listed.
	bad := smallCatalog()
	bad.Edition = "broken"
	bad.Items[1].ID = "4.1"
	bad.Items[3].Clauses[0].Clause = "IX.9"
	err := r.AddCatalog(bad)
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 2 || !strings.HasPrefix(err.Error(), "catalog asp-saas broken: 2 problems") {
		t.Fatalf("AddCatalog(broken) = %v", err)
	}
	if _, err := r.Catalog("asp-saas", "broken"); err == nil {
		t.Fatal("a refused catalog was stored")
	}
}

func TestCloneIsIndependent(t *testing.T) {
	r := testRegistry(t)
	if err := r.AddCatalog(smallCatalog()); err != nil {
		t.Fatal(err)
	}
	c := r.Clone()
	if err := c.AddCatalog(editionOf("iaas-paas", "x", "2026-01", false)); err != nil {
		t.Fatal(err)
	}
	if err := c.AddGuideline(&Guideline{ID: "g2", Edition: "1", Title: "t", Issuer: "i", Clauses: []Clause{{ID: "1", Title: "x"}}}); err != nil {
		t.Fatal(err)
	}
	if len(r.Schemes()) != 1 || len(r.Guidelines()) != 1 {
		t.Fatalf("adding to the clone changed the original: %v, %d guidelines", r.Schemes(), len(r.Guidelines()))
	}
	if len(c.Schemes()) != 2 || len(c.Guidelines()) != 2 {
		t.Fatalf("clone lacks what was added: %v, %d guidelines", c.Schemes(), len(c.Guidelines()))
	}
}

func TestGuidelineLookup(t *testing.T) {
	r := testRegistry(t)
	if g, err := r.Guideline("mic-asp-saas-sec"); err != nil || g.Issuer != "総務省" {
		t.Fatalf("Guideline = %v, %v", g, err)
	}
	if _, err := r.Guideline("nope"); err == nil || err.Error() != `unknown guideline "nope" (known: mic-asp-saas-sec)` {
		t.Fatalf("unknown guideline: %v", err)
	}
}

func TestSchemeTitle(t *testing.T) {
	want := map[string]string{
		"asp-saas": "ASP・SaaS", "iaas-paas": "IaaS・PaaS", "datacenter": "データセンター",
		"medical-asp-saas": "医療情報 ASP・SaaS", "mynumber-asp-saas": "特定個人情報 ASP・SaaS", "other": "other",
	}
	for id, title := range want {
		if got := SchemeTitle(id); got != title {
			t.Errorf("SchemeTitle(%s) = %q, want %q", id, got, title)
		}
	}
}

// Readers share the registry's catalogs; run with -race to see that lookups
// never write.
func TestConcurrentReaders(t *testing.T) {
	r := Reference()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, c := range r.Catalogs() {
				for _, it := range c.Items {
					if _, ok := c.Item(it.ID); !ok {
						t.Errorf("%s: item %s not found", c.Scheme, it.ID)
					}
				}
				c.Item("no-such-id")
			}
			for _, g := range r.Guidelines() {
				for _, cl := range g.Clauses {
					g.Clause(cl.ID)
				}
			}
		}()
	}
	wg.Wait()
}

// AdoptCatalog stores the parsed catalog itself (no copy), after the same
// validation as AddCatalog; nil and broken catalogs are refused by both.
func TestAdoptCatalogKeepsTheCatalogAndStillValidates(t *testing.T) {
	r := testRegistry(t)
	c := smallCatalog()
	if err := r.AdoptCatalog(c); err != nil {
		t.Fatal(err)
	}
	if got, _ := r.Catalog("asp-saas", "t1"); got != c {
		t.Errorf("AdoptCatalog stored a copy, not the catalog given")
	}
	if _, ok := c.Item(c.Items[0].ID); !ok {
		t.Errorf("the adopted catalog is not indexed")
	}
	bad := smallCatalog()
	bad.Edition = "broken"
	bad.Items[1].ID = "4.1"
	var ve *ValidationError
	if err := r.AdoptCatalog(bad); !errors.As(err, &ve) {
		t.Errorf("AdoptCatalog(broken) = %v, want a validation error", err)
	}
	if _, err := r.Catalog("asp-saas", "broken"); err == nil {
		t.Errorf("a refused catalog was stored")
	}
	for name, add := range map[string]func(*Catalog) error{"AddCatalog": r.AddCatalog, "AdoptCatalog": r.AdoptCatalog} {
		if err := add(nil); !errors.As(err, &ve) {
			t.Errorf("%s(nil) = %v, want a validation error", name, err)
		}
	}
}
