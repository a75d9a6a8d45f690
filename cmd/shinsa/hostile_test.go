package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/xuri/excelize/v2"
)

// The hostile-input corpus is made by testdata/hostile/gen.go. Every file has
// a required outcome: refused with one line on stderr naming the file, exit 2
// and the case file unchanged; or imported, and then harmless in every output.

const hostile = "testdata/hostile"

func TestHostile_case_files_are_refused_untouched(t *testing.T) {
	for file, says := range map[string]string{
		"not-sqlite.shinsa":     "not a shinsa case file",
		"truncated.shinsa":      "damaged case file",
		"bitflip.shinsa":        "damaged case file",
		"future-version.shinsa": "newer than this program",
	} {
		t.Run(file, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), file)
			copyTo(t, filepath.Join(hostile, file), p)
			before, _ := os.ReadFile(p)
			for _, verb := range [][]string{{"list", p}, {"verify", p}, {"finding", p, "1", "1", "--verdict", "conforms"}} {
				r := shinsa(t, verb...)
				assertRefused(t, r, p, says)
			}
			after, _ := os.ReadFile(p)
			if !bytes.Equal(before, after) {
				t.Fatal("the refused case file was modified")
			}
		})
	}
}

func TestHostile_submissions_are_refused_and_nothing_is_written(t *testing.T) {
	for file, says := range map[string]string{
		"duplicate-ids.json":   "items[1].id",
		"unknown-ids.json":     "999.9",
		"unknown-scheme.json":  "unknown scheme",
		"impossible-date.json": "disclosure_date",
		"invalid-utf8.json":    "UTF-8",
		"invalid-cp932.csv":    "row 3 column 2",
		"header-only.csv":      "no items",
		"empty.csv":            "empty",
		"bomb.xlsx":            "expands to more than",
		"xxe.xlsx":             "entity",
		"huge-cell.xlsx":       "limit",
		"truncated.xlsx":       "not a readable workbook",
		"text-named.xlsx":      "not a workbook",
	} {
		t.Run(file, func(t *testing.T) {
			dir := t.TempDir()
			c := filepath.Join(dir, "case.shinsa")
			shinsa(t, "new", c)
			before := snapshot(t, c)
			args := []string{"import", c, filepath.Join(hostile, file)}
			if strings.HasSuffix(file, ".csv") {
				args = append(args, "--scheme", "asp-saas")
			}
			tmp := t.TempDir()
			r := shinsaIn(t, tmp, args...)
			assertRefused(t, r, filepath.Join(hostile, file), says)
			if after := snapshot(t, c); after != before {
				t.Fatal("a refused import changed the case file")
			}
			if ents, _ := os.ReadDir(dir); len(ents) > 3 { // case.shinsa, -wal, -shm
				t.Fatalf("files left behind: %v", ents)
			}
			if ents, _ := os.ReadDir(tmp); len(ents) > 0 {
				t.Fatalf("temporary files left behind in TMPDIR: %v", ents)
			}
		})
	}
}

// snapshot is what a reader sees of a case file: its list and its log.
func snapshot(t *testing.T, c string) string {
	t.Helper()
	return shinsa(t, "list", c, "--json").stdout + shinsa(t, "log", c, "--json").stdout
}

func assertRefused(t *testing.T, r result, file, says string) {
	t.Helper()
	if r.code != 2 {
		t.Fatalf("exit %d, want 2 (stderr %q)", r.code, r.stderr)
	}
	line := strings.TrimRight(r.stderr, "\n")
	if strings.Contains(line, "\n") || !strings.Contains(line, file) || !strings.Contains(line, says) {
		t.Fatalf("stderr %q: want one line naming %s and saying %q", r.stderr, file, says)
	}
}

func copyTo(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(to, b, 0o644)
}

// harmful reports the first character of s that must never reach a terminal
// or an export from an applicant: ESC, BEL, CR, other C0/C1 controls, bidi
// overrides and isolates.
func harmful(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			return r, true
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
			return r, true
		case unicode.Is(unicode.Cc, r):
			return r, true
		}
	}
	return 0, false
}

func TestHostile_answers_are_harmless_in_every_output(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "case.shinsa")
	shinsa(t, "new", c)
	if r := shinsa(t, "import", c, filepath.Join(hostile, "escapes.json")); r.code != 0 {
		t.Fatalf("import escapes.json: %d %s", r.code, r.stderr)
	}
	if r := shinsa(t, "import", c, filepath.Join(hostile, "formulas.csv"), "--scheme", "asp-saas",
		"--applicant", "=cmd|' /C calc'!A0", "--service", "\x1b]0;x\x07S\u202e"); r.code != 0 {
		t.Fatalf("import formulas.csv: %d %s", r.code, r.stderr)
	}
	// Everything printed for a person or a file, for both applications.
	outputs := map[string]string{}
	for _, app := range []string{"1", "2"} {
		for _, args := range [][]string{
			{"list", c}, {"list", c, "--json"}, {"check", c, app}, {"check", c, app, "--json"},
			{"search", c, "上書き"}, {"search", c, "HYPERLINK", "--json"}, {"log", c},
		} {
			outputs[strings.Join(args, " ")] = shinsa(t, args...).stdout
		}
		for _, f := range []string{"md", "html", "json", "oscal"} {
			for _, k := range []string{"letter", "committee"} {
				if f == "oscal" && k == "letter" {
					continue // OSCAL has a committee form only
				}
				r := shinsa(t, "report", c, app, "--kind", k, "--format", f)
				if r.code != 0 {
					t.Fatalf("report %s %s: %d %s", k, f, r.code, r.stderr)
				}
				outputs["report "+app+" "+k+" "+f] = r.stdout
			}
		}
	}
	for name, out := range outputs {
		if r, bad := harmful(out); bad {
			i := strings.IndexRune(out, r)
			t.Errorf("%s: output carries %U near %q", name, r, out[max(0, i-20):min(len(out), i+20)])
		}
		if (strings.Contains(name, " html") || strings.Contains(name, " md")) && strings.Contains(out, "<script>") {
			t.Errorf("%s: an applicant's <script> reached the output unescaped", name)
		}
	}
	if !strings.Contains(outputs["report 1 committee html"], "&lt;script&gt;") {
		t.Error("the HTML report lost the applicant's text instead of escaping it")
	}

	// Spreadsheets: every cell text; no formula; formula-like text defused.
	csvOut := shinsa(t, "report", c, "2", "--kind", "committee", "--format", "csv").stdout
	if !strings.HasPrefix(csvOut, "\ufeff") {
		t.Error("CSV report has no BOM")
	}
	for _, bad := range []string{",=1+1", ",@SUM", ",=HYPERLINK", ",\"=HYPERLINK"} {
		if strings.Contains(csvOut, bad) {
			t.Errorf("CSV report carries a live formula: %q", bad)
		}
	}
	x := filepath.Join(dir, "r.xlsx")
	if r := shinsa(t, "report", c, "1", "--kind", "committee", "--format", "xlsx", "-o", x); r.code != 0 {
		t.Fatalf("xlsx report: %s", r.stderr)
	}
	f, err := excelize.OpenFile(x)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sawHyperlink := false
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for i, row := range rows {
			for j, v := range row {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				if fo, _ := f.GetCellFormula(sh, cell); fo != "" {
					t.Errorf("%s!%s holds a formula %q", sh, cell, fo)
				}
				if r, bad := harmful(v); bad {
					t.Errorf("%s!%s carries %U", sh, cell, r)
				}
				if strings.Contains(v, "HYPERLINK") {
					sawHyperlink = true
					if !strings.HasPrefix(v, "'") {
						t.Errorf("%s!%s = %q: formula-like text not defused", sh, cell, v)
					}
				}
			}
		}
	}
	if !sawHyperlink {
		t.Error("the XLSX report lost the applicant's formula-like answer instead of defusing it")
	}
}
