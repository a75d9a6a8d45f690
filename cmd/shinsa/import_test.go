package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const examples = "../../intake/testdata/"

// caseWithHoldout is a new case file that knows the edition the example
// submissions are written against.
func caseWithHoldout(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "r.shinsa")
	if r := shinsa(t, "new", path); r.code != 0 {
		t.Fatalf("new: %d %s", r.code, r.stderr)
	}
	if r := shinsa(t, "criteria", "import", path, examples+"holdout-demo.catalog.json"); r.code != 0 {
		t.Fatalf("criteria import: %d %s", r.code, r.stderr)
	}
	return path
}

func TestImport_each_form_then_check(t *testing.T) {
	path := caseWithHoldout(t)
	for i, args := range [][]string{
		{examples + "new.xlsx"},
		{examples + "new.json"},
		{examples + "new.cp932.csv", "--scheme", "ASP・SaaS", "--edition", "holdout-demo", "--applicant", "北斗クラウドテクノロジー株式会社",
			"--corporate-number", "2394886327870", "--service", "北斗電子契約", "--disclosure-date", "令和8年10月1日", "--submitted", "2026-10-12"},
		{examples + "renewal.xlsx", "--renewal-of", "1"},
	} {
		if i == 3 { // a renewal follows a certified application
			if r := shinsa(t, "status", path, "1", "certified", "--number", "2396-2612", "--override", "decided before shinsa"); r.code != 0 {
				t.Fatalf("certify: %s", r.stderr)
			}
		}
		r := shinsa(t, append([]string{"import", path}, args...)...)
		if r.code != 0 || strings.TrimSpace(r.stdout) != string(rune('1'+i)) {
			t.Fatalf("import %v: code %d stdout %q stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	for app := range 3 {
		r := shinsa(t, "check", path, string(rune('1'+app)), "--today", "2026-10-12", "--json")
		var out struct {
			Problems []struct{ Item, Rule, Message string } `json:"problems"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || out.Problems == nil {
			t.Fatalf("check --json: %v %q", err, r.stdout)
		}
		if r.code != 0 || len(out.Problems) != 0 {
			t.Errorf("application %d: code %d, problems %+v", app+1, r.code, out.Problems)
		}
	}
	// The renewal, checked before its 開示情報の日付, has one problem: exit 1.
	r := shinsa(t, "check", path, "4", "--today", "2026-10-12")
	if r.code != 1 || !strings.Contains(r.stdout, "cover.disclosure_date  disclosure-date-future") {
		t.Errorf("check renewal: code %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
	}
}

// A bad submission is refused with exit 2 and one line naming the file and
// the place, and the case file is left as it was.
func TestImport_refusals_name_file_and_place(t *testing.T) {
	path := caseWithHoldout(t)
	dir := t.TempDir()
	before, _ := os.ReadFile(path)
	good, _ := os.ReadFile(examples + "new.json")
	badID := filepath.Join(dir, "bad.json")
	os.WriteFile(badID, []byte(strings.Replace(string(good), `"id": "3.2"`, `"id": "3.9"`, 1)), 0o644)
	text := filepath.Join(dir, "申請書.xlsx")
	os.WriteFile(text, []byte("これはワークブックではありません\n"), 0o644)
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{badID}, badID + ": items[3].id: item 3.9 is not in catalog asp-saas holdout-demo"},
		{[]string{text}, text + ": rows 1-10: no header row"},
		{[]string{examples + "new.cp932.csv"}, "new.cp932.csv: no 制度 (scheme): a CSV has no cover sheet: pass --scheme"},
		{[]string{examples + "new.xlsx", "--max-file-size", "4KiB"}, "new.xlsx: the file is 10600 bytes, over the limit of 4KiB"},
		{[]string{examples + "new.xlsx", "--renewal-of", "1"}, "--renewal-of links a renewal"},
		{[]string{examples + "new.xlsx", "--kind", "fresh"}, "--kind: unknown kind"},
	} {
		r := shinsa(t, append([]string{"import", path}, c.args...)...)
		msg := strings.TrimSuffix(r.stderr, "\n")
		if r.code != 2 || strings.Contains(msg, "\n") || !strings.Contains(msg, c.says) || r.stdout != "" {
			t.Errorf("import %v: code %d stdout %q stderr %q, want exit 2 and one line with %q", c.args, r.code, r.stdout, r.stderr, c.says)
		}
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Errorf("a refused import changed the case file")
	}
	if l := list(t, path); len(l.Applications) != 0 {
		t.Errorf("refused imports left %d applications", len(l.Applications))
	}
}

func TestImport_help_shows_limits(t *testing.T) {
	r := shinsa(t, "import", "--help")
	for _, want := range []string{"(default 64MiB)", "(default 256MiB)", "(default 1MiB)", "(default 100000)", "Examples:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("import --help lacks %q", want)
		}
	}
	if r := shinsa(t, "check", "--help"); !strings.Contains(r.stdout, "date-not-seireki") || !strings.Contains(r.stdout, "Examples:") {
		t.Errorf("check --help: %s", r.stdout)
	}
}
