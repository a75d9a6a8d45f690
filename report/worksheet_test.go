package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"shinsa/review"
)

// The worksheet holds the hostile answers as text, defused like every other
// sheet; its hidden record holds no applicant or reviewer text; reading it
// back unchanged finds nothing, and an edited note comes back sanitised
// with the sheet's own apostrophe taken off.
func TestWorksheet_cells_are_text_and_the_record_holds_no_text(t *testing.T) {
	in := newCase(t)
	in.CaseID, in.AppFingerprint = strings.Repeat("a", 64), strings.Repeat("b", 64)
	raw := render(t, in, Worksheet, XLSX)
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	sawHostile := false
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for r, row := range rows {
			for c, v := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(sh, ref); fm != "" {
					t.Errorf("%s!%s holds the formula %q", sh, ref, fm)
				}
				if review.FormulaRisk(v) {
					t.Errorf("%s!%s = %q would be evaluated", sh, ref, v)
				}
				if strings.Contains(v, "HYPERLINK") {
					sawHostile = true
					if sh != WorksheetSheet {
						t.Errorf("applicant text in the hidden record: %s!%s", sh, ref)
					}
				}
			}
		}
	}
	if !sawHostile {
		t.Error("the worksheet lost the applicant's formula-like answer")
	}
	if err := Write(&bytes.Buffer{}, in, Worksheet, CSV); err == nil {
		t.Error("a CSV worksheet was written")
	}

	e, err := ReadWorksheet(bytes.NewReader(raw), "w.xlsx")
	if err != nil || len(e.Edits) != 0 || e.App != 7 || e.CaseID != in.CaseID {
		t.Fatalf("unchanged sheet: %+v %v", e, err)
	}
	rows, _ := f.GetRows(WorksheetSheet)
	for i, r := range rows {
		if r[0] == "4.2" {
			ref, _ := excelize.CoordinatesToCellName(wsNote, i+1)
			f.SetCellStr(WorksheetSheet, ref, "'=1+1 \u202e赤")
			ref, _ = excelize.CoordinatesToCellName(wsVerdict, i+1)
			f.SetCellStr(WorksheetSheet, ref, "?")
		}
	}
	var b bytes.Buffer
	f.Write(&b)
	e, err = ReadWorksheet(&b, "w.xlsx")
	if err != nil || len(e.Edits) != 1 {
		t.Fatalf("edited sheet: %+v %v", e, err)
	}
	if x := e.Edits[0]; x.Item != "4.2" || x.Verdict != review.Query || x.Note != "=1+1 赤" || strings.Join(x.Changed, ",") != "verdict,note" {
		t.Errorf("edit read back: %+v", x)
	}
	if _, err := ReadWorksheet(bytes.NewReader(render(t, in, Committee, XLSX)), "r.xlsx"); err == nil || !strings.Contains(err.Error(), "r.xlsx: not a review worksheet") {
		t.Errorf("a committee workbook read as a worksheet: %v", err)
	}
}

func TestParseVerdictCell(t *testing.T) {
	for in, want := range map[string]review.Verdict{
		"! 要修正": review.Correction, "!": review.Correction, "要修正": review.Correction, "correction": review.Correction,
		"- 対象外": review.NotApplicable, "-": review.NotApplicable, "": review.Unreviewed, "· 未審査": review.Unreviewed, "✓ 適合": review.Conforms,
	} {
		if got, err := ParseVerdictCell(in); err != nil || got != want {
			t.Errorf("ParseVerdictCell(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseVerdictCell("xx"); err == nil || !strings.Contains(err.Error(), `unknown verdict "xx"`) {
		t.Errorf("xx: %v", err)
	}
}
