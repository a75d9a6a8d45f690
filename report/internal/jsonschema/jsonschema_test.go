package jsonschema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const small = `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "definitions": {
    "token": {"$id": "#token", "type": "string", "pattern": "^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$"},
    "when": {"type": "string", "format": "date-time"}
  },
  "properties": {
    "id": {"$ref": "#token"},
    "at": {"$ref": "#/definitions/when"},
    "state": {"type": "string", "enum": ["satisfied", "not-satisfied"]},
    "tags": {"type": "array", "minItems": 1, "items": {"type": "string"}},
    "count": {"type": "integer", "minimum": 0, "multipleOf": 2},
    "href": {"type": "string", "format": "uri"},
    "either": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    "one": {"oneOf": [{"type": "string", "pattern": "^a"}, {"type": "string", "pattern": "b$"}]},
    "all": {"allOf": [{"type": "string", "pattern": "^a"}, {"type": "string", "pattern": "b$"}]}
  },
  "required": ["id"],
  "additionalProperties": false,
  "maxProperties": 9
}`

func TestValidate(t *testing.T) {
	s, err := Compile([]byte(small))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, doc string
		want      []string // substrings of the errors, in order; none means valid
	}{
		{"valid_minimal", `{"id": "item-4.1"}`, nil},
		{"valid_japanese_token", `{"id": "項目_4.1"}`, nil},
		{"valid_everything", `{"id": "_a", "at": "2026-04-20T10:00:00+09:00", "state": "satisfied", "tags": ["x"], "count": 4, "href": "urn:shinsa:x", "either": 3, "one": "ax", "all": "ab"}`, nil},
		{"missing_required", `{}`, []string{`/: missing required property "id"`}},
		{"token_starting_with_digit", `{"id": "4.1"}`, []string{"/id: \"4.1\" does not match"}},
		{"token_with_space", `{"id": "a b"}`, []string{"/id: "}},
		{"enum", `{"id": "a", "state": "unreviewed"}`, []string{"/state: \"unreviewed\" is not one of"}},
		{"extra_property", `{"id": "a", "colour": "red"}`, []string{`property "colour" is not allowed`}},
		{"empty_array", `{"id": "a", "tags": []}`, []string{"/tags: has 0 items, want at least 1"}},
		{"item_type", `{"id": "a", "tags": [1]}`, []string{"/tags/0: is a number, want string"}},
		{"integer", `{"id": "a", "count": 2.5}`, []string{"/count: is a number, want integer"}},
		{"minimum_and_multiple", `{"id": "a", "count": -3}`, []string{"less than the minimum", "not a multiple of 2"}},
		{"date_time_without_zone", `{"id": "a", "at": "2026-04-20T10:00:00"}`, []string{"/at: \"2026-04-20T10:00:00\" is not a valid date-time"}},
		{"relative_uri", `{"id": "a", "href": "#plan"}`, []string{"not absolute"}},
		{"any_of", `{"id": "a", "either": true}`, []string{"matches none of anyOf"}},
		{"one_of_both", `{"id": "a", "one": "ab"}`, []string{"matches 2 of oneOf"}},
		{"all_of", `{"id": "a", "all": "ax"}`, []string{"/all: \"ax\" does not match the pattern b$"}},
		{"root_type", `[]`, []string{"/: is an array, want object"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs, err := s.ValidateJSON([]byte(tc.doc))
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) != len(tc.want) {
				t.Fatalf("got %d errors %v, want %d %q", len(errs), errs, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if !strings.Contains(errs[i].String(), w) {
					t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
				}
			}
		})
	}
}

func TestCompileRefusesWhatItCannotCheck(t *testing.T) {
	for name, doc := range map[string]string{
		"unknown_keyword": `{"type": "object", "patternProperties": {"^a": {}}}`,
		"tuple_items":     `{"type": "array", "items": [{"type": "string"}]}`,
		"unknown_format":  `{"type": "string", "format": "ipv4"}`,
		"dangling_ref":    `{"properties": {"a": {"$ref": "#nowhere"}}}`,
		"bad_pattern":     `{"type": "string", "pattern": "(?=a)"}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Compile([]byte(doc)); err == nil {
				t.Fatal("Compile accepted a schema it cannot honour")
			}
		})
	}
}

// TestCompileOSCAL: the real OSCAL schema compiles — every keyword, format,
// pattern and $ref in it is one this package checks.
func TestCompileOSCAL(t *testing.T) {
	path := oscalSchema(t)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Compile(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.ids) < 60 {
		t.Fatalf("indexed %d $ids, the 1.0.4 schema has about 70", len(s.ids))
	}
	errs, err := s.ValidateJSON([]byte(`{"assessment-results": {"uuid": "not-a-uuid"}}`))
	if err != nil {
		t.Fatal(err)
	}
	joined := ""
	for _, e := range errs {
		joined += e.String() + "\n"
	}
	for _, w := range []string{`missing required property "metadata"`, `/assessment-results/uuid: "not-a-uuid" does not match`} {
		if !strings.Contains(joined, w) {
			t.Errorf("errors lack %q:\n%s", w, joined)
		}
	}
}

// oscalSchema finds shared/oscal by walking up from the working directory;
// the repository's CI puts shared/ beside the clone.
func oscalSchema(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "oscal", "oscal_assessment-results_schema.json")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("shared/oscal/oscal_assessment-results_schema.json not found in any parent directory of the test; it must sit beside the repository")
		}
		dir = parent
	}
}
