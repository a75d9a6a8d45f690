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
