package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCriteriaImport_stores_an_edition_the_case_file_then_knows(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.shinsa")
	if r := shinsa(t, "new", path); r.code != 0 {
		t.Fatal(r.stderr)
	}
	show := shinsa(t, "criteria", "show", "asp-saas", "--json")
	if show.code != 0 {
		t.Fatal(show.stderr)
	}
	var cat map[string]any
	if err := json.Unmarshal([]byte(show.stdout), &cat); err != nil {
		t.Fatal(err)
	}
	cat["edition"] = "official-2027"
	cat["title"] = "ASP・SaaS（公式版）"
	b, _ := json.Marshal(cat)
	official := filepath.Join(dir, "official.json")
	os.WriteFile(official, b, 0o644)
	r := shinsa(t, "criteria", "import", path, official)
	if r.code != 0 || !strings.Contains(r.stdout, "official-2027") {
		t.Fatalf("import: %d %s %s", r.code, r.stdout, r.stderr)
	}
	l := shinsa(t, "criteria", "list", "--json", "--case", path)
	if !strings.Contains(l.stdout, "official-2027") {
		t.Fatalf("the stored edition is not listed: %s", l.stdout)
	}
	// It is in the event log, and the file still verifies.
	lg := shinsa(t, "log", path)
	if !strings.Contains(lg.stdout, "catalog.imported") {
		t.Fatalf("no catalog.imported event: %s", lg.stdout)
	}
	if v := shinsa(t, "verify", path); v.code != 0 {
		t.Fatalf("verify: %s %s", v.stdout, v.stderr)
	}
}

func TestCriteriaImport_refuses_broken_files_and_stores_nothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.shinsa")
	shinsa(t, "new", path)
	show := shinsa(t, "criteria", "show", "asp-saas", "--json")
	var cat map[string]any
	if err := json.Unmarshal([]byte(show.stdout), &cat); err != nil {
		t.Fatal(err)
	}
	cat["edition"] = "x-2027"
	first := cat["items"].([]any)[0].(map[string]any)
	first["clauses"] = []any{map[string]any{"guideline": "mic-asp-saas-sec", "clause": "NO-SUCH-CLAUSE", "relation": "intersects"}}
	b, _ := json.Marshal(cat)
	brokenRef := string(b)
	files := map[string]string{
		"truncated.json":  `{"scheme": "asp-saas", "edition": `,
		"submission.json": `{"format": "shinsa-submission/1", "scheme": "asp-saas"}`,
		"badclause.json":  brokenRef,
	}
	for name, body := range files {
		t.Run(name, func(t *testing.T) {
			f := filepath.Join(dir, name)
			os.WriteFile(f, []byte(body), 0o644)
			before, _ := os.ReadFile(path)
			r := shinsa(t, "criteria", "import", path, f)
			if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, f) {
				t.Fatalf("exit %d stderr %q: want exit 2 and one line naming the file", r.code, r.stderr)
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Fatal("the case file changed")
			}
		})
	}
}

// TestCriteriaImport_an_edition_name_is_never_redefined: importing a stored
// edition's name with another body is refused with one line naming the
// file, the case file and the edition, and nothing is written; the same
// body again is a no-op; an embedded edition's name with another body is
// refused too (stored criteria would win over it).
func TestCriteriaImport_an_edition_name_is_never_redefined(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.shinsa")
	if r := shinsa(t, "new", path); r.code != 0 {
		t.Fatal(r.stderr)
	}
	show := shinsa(t, "criteria", "show", "asp-saas", "--json")
	var cat map[string]any
	if err := json.Unmarshal([]byte(show.stdout), &cat); err != nil {
		t.Fatal(err)
	}
	embedded := cat["edition"].(string)
	write := func(name string, v any) string {
		b, _ := json.Marshal(v)
		f := filepath.Join(dir, name)
		os.WriteFile(f, b, 0o644)
		return f
	}
	events := func() int { return strings.Count(shinsa(t, "log", path).stdout, "catalog.imported") }

	cat["edition"] = "official-2027"
	first := write("official.json", cat)
	if r := shinsa(t, "criteria", "import", path, first); r.code != 0 {
		t.Fatalf("import: %d %s", r.code, r.stderr)
	}
	if n := events(); n != 1 {
		t.Fatalf("%d catalog events after one import", n)
	}
	again := shinsa(t, "criteria", "import", path, first)
	if again.code != 0 || !strings.Contains(again.stdout, "nothing to do") || events() != 1 {
		t.Fatalf("the same body again: exit %d %q, %d events", again.code, again.stdout, events())
	}
	// The same name, the mandatory rows made optional.
	for _, it := range cat["items"].([]any) {
		it.(map[string]any)["required"] = false
	}
	cat["title"] = "改変版"
	second := write("redefined.json", cat)
	r := shinsa(t, "criteria", "import", path, second)
	if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 ||
		!strings.Contains(r.stderr, second) || !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, "official-2027") {
		t.Fatalf("redefinition: exit %d %q: want exit 2, one line naming the file, the case file and the edition", r.code, r.stderr)
	}
	if events() != 1 {
		t.Fatal("the refused redefinition wrote an event")
	}
	if v := shinsa(t, "verify", path); v.code != 0 {
		t.Fatalf("verify: %s %s", v.stdout, v.stderr)
	}
	// An embedded edition's name with another body.
	cat["edition"] = embedded
	third := write("embedded.json", cat)
	r = shinsa(t, "criteria", "import", path, third)
	if r.code != 2 || !strings.Contains(r.stderr, third) || !strings.Contains(r.stderr, "embeds") {
		t.Fatalf("an embedded edition redefined: exit %d %q", r.code, r.stderr)
	}
	if events() != 1 {
		t.Fatal("the refused import wrote an event")
	}
	// The embedded edition itself, unchanged, may be stored.
	if r := shinsa(t, "criteria", "import", path, write("asis.json", json.RawMessage(show.stdout))); r.code != 0 {
		t.Fatalf("the embedded edition as it is: %d %s", r.code, r.stderr)
	}
}
