package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Messages a first-day user meets: one line, exit 2, and they say what to do.

func oneLineSaying(t *testing.T, r result, says ...string) {
	t.Helper()
	if r.code != 2 {
		t.Fatalf("exit %d, want 2 (stderr %q)", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("stderr %q: want one line", r.stderr)
	}
	for _, s := range says {
		if !strings.Contains(lines[0], s) {
			t.Fatalf("stderr %q: want it to say %q", lines[0], s)
		}
	}
}

func TestNu_wrong_argument_count_names_the_verb_and_its_help(t *testing.T) {
	path := demoCase(t)
	oneLineSaying(t, shinsa(t, "check", path), "shinsa check:", "'shinsa check --help'")
}

func TestNu_a_missing_file_at_the_top_may_be_a_mistyped_verb(t *testing.T) {
	oneLineSaying(t, shinsa(t, "frobnicate"), "frobnicate", "no such case file", "shinsa --help")
}

func TestNu_empty_search_term_is_bad_usage(t *testing.T) {
	path := demoCase(t)
	oneLineSaying(t, shinsa(t, "search", path, ""), "TERM is empty")
}

func TestNu_backup_names_a_missing_folder_and_a_folder_as_destination(t *testing.T) {
	path := demoCase(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "nas", "review.shinsa")
	oneLineSaying(t, shinsa(t, "backup", path, missing), missing, "does not exist")
	if _, err := os.Stat(filepath.Join(dir, "nas")); !os.IsNotExist(err) {
		t.Fatal("the missing folder was created")
	}
	oneLineSaying(t, shinsa(t, "backup", path, dir), "is a folder", filepath.Join(dir, "demo.shinsa"))
	dest := filepath.Join(dir, "b.shinsa")
	if r := shinsa(t, "backup", path, dest); r.code != 0 {
		t.Fatalf("backup: %d %s", r.code, r.stderr)
	}
	oneLineSaying(t, shinsa(t, "backup", path, dest), dest, "already exists", "choose another name")
}

func TestNu_unknown_edition_says_how_to_load_it(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.shinsa")
	if r := shinsa(t, "new", path); r.code != 0 {
		t.Fatalf("new: %d %s", r.code, r.stderr)
	}
	sub := filepath.Join(dir, "sub.json")
	os.WriteFile(sub, []byte(`{"format":"shinsa-submission/1","scheme":"asp-saas","edition":"official-2099","kind":"new",`+
		`"applicant":{"name":"株式会社サンプル"},"service":"サンプル","disclosure_date":"2026-04-01","items":[{"id":"1","answer":"2026年4月1日"}]}`), 0o644)
	oneLineSaying(t, shinsa(t, "import", path, sub), sub, "official-2099", "shinsa criteria import "+path)
	oneLineSaying(t, shinsa(t, "criteria", "show", "asp-saas", "--edition", "official-2099"), "--case CASEFILE")
}

func TestNu_validate_a_catalog_table_asks_for_scheme_and_edition(t *testing.T) {
	csv := filepath.Join(t.TempDir(), "ed.csv")
	os.WriteFile(csv, []byte("No,審査対象項目,記述内容,必須/選択,対応条項\n1,開示情報の日付,開示する情報の日付,必須,\n"), 0o644)
	oneLineSaying(t, shinsa(t, "criteria", "validate", csv), csv, "--scheme and --edition")
	if r := shinsa(t, "criteria", "validate", csv, "--scheme", "asp-saas", "--edition", "x"); r.code != 0 {
		t.Fatalf("validate with --scheme --edition: %d %s", r.code, r.stderr)
	}
}

func TestNu_verify_says_the_anchor_given_matched(t *testing.T) {
	path := demoCase(t)
	v := shinsa(t, "verify", path, "--json")
	if v.code != 0 {
		t.Fatalf("verify: %d %s", v.code, v.stderr)
	}
	r := shinsa(t, "report", path, "3", "--format", "json")
	var rep struct {
		Anchor struct {
			Head  string `json:"head"`
			Count int    `json:"count"`
		} `json:"anchor"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || rep.Anchor.Head == "" {
		t.Fatalf("report --format json: no anchor (%v)", err)
	}
	count := strconv.Itoa(rep.Anchor.Count)
	head := rep.Anchor.Head
	ok := shinsa(t, "verify", path, "--anchor", head+":"+count)
	if ok.code != 0 || !strings.Contains(ok.stdout, "the anchor given matches event "+count) {
		t.Fatalf("verify --anchor: %d %q %q", ok.code, ok.stdout, ok.stderr)
	}
}
