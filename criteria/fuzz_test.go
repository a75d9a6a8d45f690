package criteria

import (
	"encoding/json"
	"testing"
)

// FuzzParseCatalog feeds arbitrary JSON to the catalog, guideline and
// edition-map parsers and the validator: they must return errors, never
// panic, and a catalog they accept must survive a round trip.
func FuzzParseCatalog(f *testing.F) {
	ref := Reference()
	for _, c := range ref.Catalogs()[:2] {
		b, _ := json.Marshal(c)
		f.Add(b)
	}
	for _, g := range ref.Guidelines()[:1] {
		b, _ := json.Marshal(g)
		f.Add(b)
	}
	for _, m := range ref.Maps() {
		b, _ := json.Marshal(m)
		f.Add(b)
	}
	f.Add([]byte(`{"scheme":"asp-saas","edition":"x","title":"t","categories":[{"id":"a","title":"A"}],"items":[{"id":"1","no":1,"category":"a","title":"T","description":"D","required":true,"constraints":{"kind":"text","max_chars":0}}]}`))
	f.Add([]byte(`{"scheme": "asp-saas", "items": [`))
	f.Fuzz(func(t *testing.T, data []byte) {
		Detect(data)
		if c, err := ParseCatalog(data); err == nil {
			Validate(c, ref)
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ParseCatalog(b); err != nil {
				t.Fatalf("a parsed catalog does not parse again: %v", err)
			}
		}
		if g, err := ParseGuideline(data); err == nil {
			ValidateGuideline(g)
		}
		if m, err := ParseEditionMap(data); err == nil {
			ValidateMap(m, ref)
		}
	})
}
