package criteria

import (
	"strings"
	"testing"
)

func TestParseCatalog(t *testing.T) {
	good := `{"scheme": "asp-saas", "edition": "x", "title": "ASP・SaaS",
 "categories": [{"id": "business", "title": "事業所・事業"}],
 "items": [{"id": "4.1", "no": 4, "category": "business", "title": "事業所",
            "description": "本店の住所と郵便番号", "required": true,
            "constraints": {"max_chars": 0, "kind": "text"},
            "clauses": [{"guideline": "mic-asp-saas-sec", "clause": "III.1.1", "relation": "intersects"}]}]}`
	c, err := ParseCatalog([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	it, ok := c.Item("4.1")
	if !ok || it.Description != "本店の住所と郵便番号" || it.Clauses[0].Clause != "III.1.1" || !it.Required {
		t.Fatalf("parsed item = %+v, %v", it, ok)
	}

	t.Run("bom_is_ignored", func(t *testing.T) {
		if _, err := ParseCatalog(append([]byte("\xef\xbb\xbf"), good...)); err != nil {
			t.Fatal(err)
		}
	})

	bad := []struct {
		name, doc, want string
	}{
		{"syntax_error_names_line_and_column", "{\n  \"scheme\": \"a\",,\n}", "line 2:17: invalid character ','"},
		{"japanese_counts_characters_not_bytes", "{\"title\": \"事業所\" x}", "line 1:17: invalid character 'x'"},
		{"unknown_field_is_located", "{\n \"scheme\": \"a\",\n \"itmes\": []\n}", `line 3:2: unknown field "itmes"`},
		{"wrong_type_is_located", "{\n \"items\": [{\"no\": \"4\"}]\n}", "line 2:19: items.no: JSON string where int is wanted"},
		{"unclosed_document", "{\n \"scheme\": \"a\"", "line 2:15: unexpected end of JSON"},
		{"empty_document", "", "empty document"},
		{"trailing_data", `{"scheme": "a"} {}`, "line 1:17: unexpected data after the JSON document"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseCatalog([]byte(tc.doc))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestParseGuidelineAndMap(t *testing.T) {
	g, err := ParseGuideline([]byte(`{"guideline": "ppc-mynumber", "edition": "e", "title": "t", "issuer": "個人情報保護委員会",
 "clauses": [{"id": "C", "title": "組織的安全管理措置"}, {"id": "C-a", "title": "組織体制の整備", "parent": "C"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if cl, ok := g.Clause("C-a"); !ok || cl.Parent != "C" {
		t.Fatalf("clause C-a = %+v, %v", cl, ok)
	}
	m, err := ParseEditionMap([]byte(`{"scheme": "asp-saas", "from": "a", "to": "b",
 "entries": [{"kind": "split", "from": ["4.3"], "to": ["4.3", "4.4"], "note": "分割"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Entries) != 1 || m.Entries[0].Kind != MapSplit || len(m.Entries[0].To) != 2 {
		t.Fatalf("map = %+v", m)
	}
	if _, err := ParseGuideline([]byte(`{"guideline": "x", "items": []}`)); err == nil || !strings.Contains(err.Error(), `unknown field "items"`) {
		t.Fatalf("a catalog key in a guideline: error = %v", err)
	}
}

func TestDetect(t *testing.T) {
	cases := map[string]string{
		`{"scheme": "asp-saas", "edition": "e", "items": []}`: DocCatalog,
		`{"categories": []}`:                                                   DocCatalog,
		`{"guideline": "ppc-mynumber", "clauses": []}`:                         DocGuideline,
		`{"scheme": "asp-saas", "from": "a", "to": "b", "entries": []}`:        DocEditionMap,
		"\xef\xbb\xbf" + `{"scheme": "asp-saas", "from": "a", "to": "b"}`:      DocEditionMap,
		`{"format": "shinsa-submission/1", "scheme": "asp-saas", "items": []}`: "",
		`[1, 2]`:   "",
		`not json`: "",
	}
	for doc, want := range cases {
		if got := Detect([]byte(doc)); got != want {
			t.Errorf("Detect(%s) = %q, want %q", doc, got, want)
		}
	}
}
