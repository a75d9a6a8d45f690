package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

type reportItem struct {
	Item, Verdict, Note, Request, Reviewer string
}

func reportItems(t *testing.T, path, app string) map[string]reportItem {
	t.Helper()
	var rep struct {
		Items []reportItem `json:"items"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "report", path, app, "--format", "json")), &rep); err != nil {
		t.Fatal(err)
	}
	m := map[string]reportItem{}
	for _, it := range rep.Items {
		m[it.Item] = it
	}
	return m
}

func logEvents(t *testing.T, path string) []struct{ Actor, Kind, Item string } {
	t.Helper()
	var l struct {
		Events []struct{ Actor, Kind, Item string } `json:"events"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "log", path, "--json")), &l); err != nil {
		t.Fatal(err)
	}
	return l.Events
}

// writeSheet writes application app's worksheet to dir/name.
func writeSheet(t *testing.T, path, app, dir, name string) string {
	t.Helper()
	file := filepath.Join(dir, name)
	mustRun(t, "report", path, app, "--kind", "worksheet", "-o", file)
	return file
}

// editSheet sets cells of the 審査 sheet, found by the row's No: col is
// F (判定), G (所見) or H (修正依頼). It returns the cell references.
func editSheet(t *testing.T, file string, edits map[[2]string]string) map[[2]string]string {
	t.Helper()
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("審査")
	if err != nil {
		t.Fatal(err)
	}
	refs := map[[2]string]string{}
	for k, v := range edits {
		row := 0
		for i, r := range rows {
			if len(r) > 0 && r[0] == k[0] {
				row = i + 1
			}
		}
		if row == 0 {
			t.Fatalf("no row %s in the sheet", k[0])
		}
		col, _ := excelize.ColumnNameToNumber(k[1])
		ref, _ := excelize.CoordinatesToCellName(col, row)
		if err := f.SetCellStr("審査", ref, v); err != nil {
			t.Fatal(err)
		}
		refs[k] = ref
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return refs
}

// The round trip: a sheet written, edited in "Excel", read back. Only the
// changed cells are recorded, by the named reviewer, each an event; a row
// left alone keeps its finding; an unchanged sheet records nothing.
func TestWorksheet_round_trip(t *testing.T) {
	path, dir := caseWithQueries(t) // 4.1 query, 5 correction, 2 conforms
	file := writeSheet(t, path, "1", dir, "審査シート.xlsx")

	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if vis, _ := f.GetSheetVisible("shinsa"); vis {
		t.Error("the worksheet's record sheet is visible")
	}
	dvs, _ := f.GetDataValidations("審査")
	if len(dvs) != 1 || !strings.Contains(dvs[0].Formula1, "要修正") || !strings.HasPrefix(dvs[0].Sqref, "F2:") {
		t.Errorf("no verdict drop-down on column F: %+v", dvs)
	}
	rows, _ := f.GetRows("審査")
	got := map[string][]string{}
	for _, r := range rows[1:] {
		got[r[0]] = r
	}
	if r := got["4.1"]; len(r) < 8 || r[1] != "必須" || !strings.Contains(r[4], "〒103-0025") || r[5] != "? 要確認" || r[7] != "本店と事業所の別をご確認ください。" {
		t.Errorf("row 4.1 as written: %q", r)
	}
	f.Close()
	before := len(logEvents(t, path))

	// Unchanged: nothing recorded.
	if out := mustRun(t, "import-findings", path, "1", file, "--reviewer", "佐藤"); !strings.Contains(out, "nothing imported") {
		t.Errorf("unchanged sheet: %s", out)
	}
	if n := len(logEvents(t, path)); n != before {
		t.Errorf("an unchanged sheet wrote %d events", n-before)
	}

	editSheet(t, file, map[[2]string]string{
		{"3.1", "F"}: "! 要修正", {"3.1", "H"}: "設立年月日を登記簿のとおりご記載ください。",
		{"4.1", "F"}: "適合",
		{"2", "G"}:   "=HYPERLINK(\"http://evil.example/\")",
	})
	r := shinsa(t, "import-findings", path, "1", file, "--reviewer", "佐藤", "--json")
	if r.code != 0 {
		t.Fatalf("import-findings: %d %s", r.code, r.stderr)
	}
	var res struct {
		Imported []struct {
			Item   string   `json:"item"`
			Fields []string `json:"fields"`
		} `json:"imported"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || len(res.Imported) != 3 {
		t.Fatalf("imported: %s %v", r.stdout, err)
	}
	items := reportItems(t, path, "1")
	if x := items["3.1"]; x.Verdict != "correction" || x.Request != "設立年月日を登記簿のとおりご記載ください。" || x.Reviewer != "佐藤" {
		t.Errorf("3.1 after import: %+v", x)
	}
	if x := items["4.1"]; x.Verdict != "conforms" || x.Request != "本店と事業所の別をご確認ください。" || x.Reviewer != "佐藤" {
		t.Errorf("4.1 after import (verdict only changed): %+v", x)
	}
	if x := items["2"]; x.Verdict != "conforms" || x.Note != "=HYPERLINK(\"http://evil.example/\")" {
		t.Errorf("2 after import (note only): %+v", x)
	}
	if x := items["5"]; x.Verdict != "correction" || x.Reviewer != "テスト審査員" {
		t.Errorf("5, untouched in the sheet, changed: %+v", x)
	}
	evs := logEvents(t, path)
	byItem := map[string]string{}
	for _, e := range evs[before:] {
		if e.Kind == "finding.saved" {
			byItem[e.Item] = e.Actor
		}
	}
	if len(byItem) != 3 || byItem["3.1"] != "佐藤" || byItem["4.1"] != "佐藤" || byItem["2"] != "佐藤" {
		t.Errorf("events of the import: %v", byItem)
	}
	// The same sheet again: its rows are now behind the case file.
	r = shinsa(t, "import-findings", path, "1", file, "--reviewer", "佐藤")
	if r.code != 2 || !strings.Contains(r.stderr, "nothing imported") {
		t.Errorf("re-importing an applied sheet: %d %s", r.code, r.stderr)
	}
	// A fresh sheet with the hostile note: defused in the sheet, read back
	// as the same note, so nothing changes.
	file2 := writeSheet(t, path, "1", dir, "2.xlsx")
	if out := mustRun(t, "import-findings", path, "1", file2, "--reviewer", "佐藤"); !strings.Contains(out, "nothing imported") {
		t.Errorf("a fresh sheet imported something: %s", out)
	}
}

// A row saved in the case file after the sheet was written refuses the
// whole sheet: listed, exit 2, nothing of the other rows applied.
func TestWorksheet_stale_row_refuses_everything(t *testing.T) {
	path, dir := caseWithQueries(t)
	file := writeSheet(t, path, "1", dir, "s.xlsx")
	editSheet(t, file, map[[2]string]string{{"3.1", "F"}: "要修正", {"4.1", "G"}: "シートでの所見"})
	mustRun(t, "finding", path, "1", "4.1", "--note", "同僚の所見", "--reviewer", "田中")
	before := len(logEvents(t, path))
	r := shinsa(t, "import-findings", path, "1", file, "--reviewer", "佐藤")
	if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, "s.xlsx") ||
		!strings.Contains(r.stderr, "4.1 (審査!A") || strings.Contains(r.stderr, "3.1 (") || !strings.Contains(r.stderr, "nothing imported") {
		t.Errorf("stale row: %d %q", r.code, r.stderr)
	}
	if n := len(logEvents(t, path)); n != before {
		t.Errorf("a refused sheet wrote %d events", n-before)
	}
	items := reportItems(t, path, "1")
	if items["3.1"].Verdict != "unreviewed" || items["4.1"].Note != "同僚の所見" {
		t.Errorf("after a refused sheet: 3.1 %+v, 4.1 %+v", items["3.1"], items["4.1"])
	}
}

func TestWorksheet_refuses_another_application_or_case_file(t *testing.T) {
	path, dir := caseWithQueries(t)
	mustRun(t, "import", path, writeSubmission(t, dir, "other.json", map[string]string{"5": "別の申請。"}, nil))
	file := writeSheet(t, path, "2", dir, "app2.xlsx")
	editSheet(t, file, map[[2]string]string{{"3.1", "F"}: "適合"})
	r := shinsa(t, "import-findings", path, "1", file, "--reviewer", "佐藤")
	if r.code != 2 || !strings.Contains(r.stderr, "app2.xlsx: the worksheet of application 2, not of application 1") {
		t.Errorf("another application's sheet: %d %q", r.code, r.stderr)
	}
	other, _ := caseWithQueries(t)
	r = shinsa(t, "import-findings", other, "1", file, "--reviewer", "佐藤")
	if r.code != 2 || !strings.Contains(r.stderr, "written from another case file") {
		t.Errorf("another case file's sheet: %d %q", r.code, r.stderr)
	}
	if x := reportItems(t, path, "1")["3.1"]; x.Verdict != "unreviewed" {
		t.Errorf("3.1 of application 1 changed: %+v", x)
	}
}

func TestWorksheet_invalid_verdict_and_role_refused(t *testing.T) {
	path, dir := caseWithQueries(t)
	file := writeSheet(t, path, "1", dir, "v.xlsx")
	refs := editSheet(t, file, map[[2]string]string{{"3.1", "F"}: "xx", {"2", "G"}: "所見"})
	r := shinsa(t, "import-findings", path, "1", file, "--reviewer", "佐藤")
	want := "v.xlsx: 審査!" + refs[[2]string{"3.1", "F"}] + `: unknown verdict "xx"`
	if r.code != 2 || !strings.Contains(r.stderr, want) {
		t.Errorf("invalid verdict: %d %q, want %q", r.code, r.stderr, want)
	}
	if x := reportItems(t, path, "1")["2"]; x.Note != "" {
		t.Errorf("a refused sheet's other row was applied: %+v", x)
	}
	// The roster's rules: a committee member records no findings.
	editSheet(t, file, map[[2]string]string{{"3.1", "F"}: "適合"})
	mustRun(t, "people", path, "add", "佐藤", "--role", "reviewer")
	mustRun(t, "people", path, "add", "鈴木", "--role", "committee")
	if r := shinsa(t, "import-findings", path, "1", file, "--reviewer", "鈴木"); r.code != 2 || !strings.Contains(r.stderr, "鈴木") {
		t.Errorf("a committee member's sheet: %d %q", r.code, r.stderr)
	}
	if r := shinsa(t, "import-findings", path, "1", file); r.code != 2 || !strings.Contains(r.stderr, "--reviewer") {
		t.Errorf("no --reviewer: %d %q", r.code, r.stderr)
	}
	mustRun(t, "import-findings", path, "1", file, "--reviewer", "佐藤")
	if x := reportItems(t, path, "1")["3.1"]; x.Verdict != "conforms" || x.Reviewer != "佐藤" {
		t.Errorf("3.1 by the roster's reviewer: %+v", x)
	}
}
