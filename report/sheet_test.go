package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"shinsa/review"
)

// neutralised are the hostile cells of newCase as a spreadsheet must hold
// them: text, with a leading apostrophe where a formula could start.
var neutralised = map[string]string{
	"4.2": "'+81-3-1234-5678",
	"9":   "'-5",
	"10":  `'=HYPERLINK("http://evil.example/","料金表")`,
	"20":  "'@SUM(A1:A2)",
}

func TestCSV(t *testing.T) {
	in := newCase(t)
	for _, k := range Kinds {
		t.Run(string(k), func(t *testing.T) {
			raw := render(t, in, k, CSV)
			if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
				t.Fatal("no UTF-8 byte order mark")
			}
			if !bytes.HasSuffix(raw, []byte("\r\n")) {
				t.Error("last line does not end in CRLF")
			}
			if n := bytes.Count(raw, []byte("\n")); n != bytes.Count(raw, []byte("\r\n")) {
				t.Errorf("%d line feeds, only %d of them after CR", n, bytes.Count(raw, []byte("\r\n")))
			}
			r := csv.NewReader(bytes.NewReader(raw[3:]))
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(recs[0], ",") != strings.Join(tableColumns, ",") {
				t.Fatalf("header = %q", recs[0])
			}
			byID := map[string][]string{}
			for _, rec := range recs[1:] {
				byID[rec[0]] = rec
			}
			want := len(in.Catalog.Items)
			if k == Letter {
				want = 4
			}
			if len(recs)-1 != want {
				t.Fatalf("%d rows, want %d", len(recs)-1, want)
			}
			for id, cell := range neutralised {
				rec, ok := byID[id]
				if !ok {
					if k == Committee {
						t.Errorf("row %s missing", id)
					}
					continue
				}
				if rec[5] != cell {
					t.Errorf("row %s answer = %q, want %q", id, rec[5], cell)
				}
			}
			if rec, ok := byID["5"]; ok {
				if rec[8] != "'=1+1 <b>太字</b> " {
					t.Errorf("note of row 5 = %q, want the formula neutralised and the OSC sequence gone", rec[8])
				}
				if strings.ContainsAny(rec[5], "\x1b\u202e\t") {
					t.Errorf("answer of row 5 keeps control characters: %q", rec[5])
				}
				if rec[6] != "不適合" || rec[7] != "nonconforming" {
					t.Errorf("row 5 verdict = %q %q", rec[6], rec[7])
				}
			}
			for _, rec := range recs {
				for _, c := range rec {
					if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
						t.Errorf("cell %q starts with a formula character", c)
					}
				}
			}
		})
	}
}

func TestCellNeutralisesLeadingControls(t *testing.T) {
	for in, want := range map[string]string{
		"\t=1+1":             "'    =1+1",
		"\r=1+1":             "'\n=1+1",
		"=1+1":               "'=1+1",
		"-5":                 "'-5",
		"通常の文":               "通常の文",
		"\x1b[0m=1+1":        "'=1+1", // the sign only shows once the escape is gone
		"-":                  "-",     // the verdict mark of 対象外
		"- 対象外":              "- 対象外",
		"-対象外":               "-対象外",
		"+ 要確認":              "+ 要確認",
		"- SUM(A1)":          "'- SUM(A1)",
		"-A1":                "'-A1",
		"+cmd|' /C calc'!A0": "'+cmd|' /C calc'!A0",
		"@ 確認(1)":            "'@ 確認(1)",
		"-ー":                 "-ー",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestXLSX(t *testing.T) {
	in := renewalCase(t)
	hostile := newCase(t)
	for name, c := range map[string]struct {
		in   Input
		kind Kind
	}{"new/committee": {hostile, Committee}, "new/letter": {hostile, Letter}, "renewal/committee": {in, Committee}} {
		t.Run(name, func(t *testing.T) {
			f, err := excelize.OpenReader(bytes.NewReader(render(t, c.in, c.kind, XLSX)))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sheets := f.GetSheetList()
			main := map[Kind]string{Committee: "審査結果", Letter: "修正依頼"}[c.kind]
			if sheets[0] != main || !contains(sheets, "集計") {
				t.Fatalf("sheets = %q", sheets)
			}
			if c.kind == Committee && c.in.Diffs != nil && !contains(sheets, "前回との差分") {
				t.Errorf("renewal workbook lacks the changes sheet: %q", sheets)
			}
			for _, sh := range sheets {
				rows, err := f.GetRows(sh)
				if err != nil {
					t.Fatal(err)
				}
				counts := false // 集計: from the 判定 table on, numbers are counts
				for r, row := range rows {
					if sh == "集計" && len(row) > 0 && row[0] == "判定" {
						counts = true
					}
					for col := range row {
						ref, _ := excelize.CoordinatesToCellName(col+1, r+1)
						typ, err := f.GetCellType(sh, ref)
						if err != nil {
							t.Fatal(err)
						}
						isText := typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString
						if _, err := strconv.Atoi(row[col]); counts && err == nil && col >= 1 {
							// counts, on the summary sheet, are numbers
							if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
								t.Errorf("%s!%s = %q has type %v, want a number", sh, ref, row[col], typ)
							}
						} else if !isText && row[col] != "" {
							t.Errorf("%s!%s has type %v, want a string", sh, ref, typ)
						}
						if fm, _ := f.GetCellFormula(sh, ref); fm != "" {
							t.Errorf("%s!%s has the formula %q", sh, ref, fm)
						}
						if v := row[col]; review.FormulaRisk(v) {
							t.Errorf("%s!%s = %q would be read as a formula", sh, ref, v)
						}
					}
				}
				if sh == main || sh == "前回との差分" {
					p, err := f.GetPanes(sh)
					if err != nil || !p.Freeze || p.YSplit != 1 {
						t.Errorf("%s: header row not frozen: %+v %v", sh, p, err)
					}
					if !hasFilter(f, sh) {
						t.Errorf("%s: no autofilter", sh)
					}
				}
			}
			rows, _ := f.GetRows(main)
			if c.in.App.ID == hostile.App.ID {
				for _, row := range rows[1:] {
					if want, ok := neutralised[row[0]]; ok && row[5] != want {
						t.Errorf("row %s answer = %q, want %q", row[0], row[5], want)
					}
					if row[0] == "4.1" && (row[6] != "! 要修正" || row[7] != "correction") {
						t.Errorf("row 4.1 verdict cells = %q %q", row[6], row[7])
					}
					if row[0] == "9" && c.kind == Committee && row[6] != "- 対象外" {
						t.Errorf("row 9 verdict cell = %q, want \"- 対象外\" without an apostrophe", row[6])
					}
				}
				if got, _ := f.GetCellValue(main, "F8"); c.kind == Committee && got != neutralised["10"] {
					t.Errorf("F8 = %q, want the HYPERLINK text", got)
				}
			}
			total := ""
			srows0, _ := f.GetRows("集計")
			for i, r := range srows0 {
				if len(r) > 2 && r[0] == "合計" {
					total, _ = excelize.CoordinatesToCellName(3, i+1)
				}
			}
			if total == "" {
				t.Fatal("集計 has no 合計 row")
			}
			if typ, _ := f.GetCellType("集計", total); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("集計!%s (合計) has type %v, want a number", total, typ)
			}
			if v, _ := f.GetCellValue("集計", total); v != strconv.Itoa(len(c.in.Catalog.Items)) {
				t.Errorf("集計!%s = %q, want %d", total, v, len(c.in.Catalog.Items))
			}
			var summary strings.Builder
			srows, _ := f.GetRows("集計")
			for _, r := range srows {
				summary.WriteString(strings.Join(r, "|") + "\n")
			}
			if !strings.Contains(summary.String(), c.in.Anchor.String()) {
				t.Errorf("summary sheet lacks the anchor:\n%s", summary.String())
			}
		})
	}
}

func hasFilter(f *excelize.File, sheet string) bool {
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" && dn.Scope == sheet {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestXLSXDraftLetter: a draft letter's workbook prints 下書き on every page
// of every sheet; a finished one does not.
func TestXLSXDraftLetter(t *testing.T) {
	in := newCase(t) // has unreviewed rows
	f, err := excelize.OpenReader(bytes.NewReader(render(t, in, Letter, XLSX)))
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range f.GetSheetList() {
		hf, err := f.GetHeaderFooter(sh)
		if err != nil || hf == nil || !strings.Contains(hf.OddHeader, "下書き") || !strings.Contains(hf.OddFooter, "下書き") {
			t.Errorf("sheet %s of a draft letter: header/footer %+v %v", sh, hf, err)
		}
	}
	if v, _ := f.GetCellValue("集計", "A1"); !strings.Contains(v, "【下書き】") {
		t.Errorf("集計!A1 = %q", v)
	}
	for _, it := range in.Catalog.Items {
		in.Findings[it.ID] = mkFinding(7, it.ID, review.Conforms, "", "", at(16, 11, 0))
	}
	f, _ = excelize.OpenReader(bytes.NewReader(render(t, in, Letter, XLSX)))
	if hf, _ := f.GetHeaderFooter("集計"); hf != nil && strings.Contains(hf.OddHeader, "下書き") {
		t.Error("a fully reviewed letter is marked as a draft")
	}
}
