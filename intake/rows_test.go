package intake_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"shinsa/criteria"
	"shinsa/intake"
	"shinsa/report"
	"shinsa/review"
	"shinsa/xlsxw"
)

// worksheet is a review worksheet as 'shinsa report --kind worksheet'
// writes it, with answers and findings that test the cell text.
func worksheet(t *testing.T) []byte {
	t.Helper()
	reg := criteria.Reference()
	cat, err := reg.Latest("asp-saas")
	if err != nil {
		t.Fatal(err)
	}
	app := review.Application{ID: 3, Scheme: "asp-saas", Edition: cat.Edition, Kind: review.New, Applicant: "株式会社サンプル",
		Service: "サンプル会計", DisclosureDate: review.NewDate(2026, 4, 1), Submitted: review.NewDate(2026, 4, 10), Round: 1}
	texts := []string{"  前後に空白  ", "=HYPERLINK(\"http://evil.example/\")", "一行目\n二行目", "_x0041_ と _x005F_", "<b>&amp;</b>", "12345", "-5", "𠮷野家"}
	var answers []review.Answer
	findings := map[string]review.Finding{}
	when := time.Date(2026, 4, 15, 10, 0, 0, 0, time.UTC)
	for i, it := range cat.Items {
		answers = append(answers, review.Answer{Item: it.ID, Text: texts[i%len(texts)]})
		if i%3 == 0 {
			findings[it.ID] = review.Finding{App: 3, Item: it.ID, Verdict: review.Verdicts[i%len(review.Verdicts)],
				Note: texts[(i+1)%len(texts)], Request: texts[(i+2)%len(texts)], Reviewer: "審査 太郎", Time: when, Revision: int64(i + 1)}
		}
	}
	in := report.Input{App: app, Catalog: cat, Registry: reg, Answers: answers, Findings: findings, Reviewer: "審査 太郎",
		Date: review.NewDate(2026, 4, 20), CaseID: strings.Repeat("c", 64), AppFingerprint: strings.Repeat("f", 64)}
	var b bytes.Buffer
	if err := report.Write(&b, in, report.Worksheet, report.XLSX); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sameRows compares Rows with excelize's GetRows for every sheet.
func sameRows(t *testing.T, what string, data []byte) {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	s, err := intake.OpenSheets("w.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cells := 0
	for _, sheet := range x.GetSheetList() {
		want, err := x.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Rows(sheet)
		if err != nil {
			t.Fatalf("%s: %s: %v", what, sheet, err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %s: %d rows, excelize %d", what, sheet, len(got), len(want))
		}
		for i := 0; i < len(want) && i < len(got); i++ {
			if strings.Join(got[i], "\x00") != strings.Join(want[i], "\x00") || len(got[i]) != len(want[i]) {
				t.Errorf("%s: %s row %d:\n got %q\nwant %q", what, sheet, i+1, got[i], want[i])
			}
			cells += len(want[i])
		}
	}
	if cells < 100 {
		t.Fatalf("%s: only %d cells compared: the comparison proves little", what, cells)
	}
}

func TestRows_read_the_worksheet_as_excelize_does(t *testing.T) {
	data := worksheet(t)
	sameRows(t, "as written", data)

	// As a colleague's Excel might leave it: cells edited, a row cleared
	// in the middle, a number typed, and saved by another writer.
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for col := 1; col <= 10; col++ {
		ref, _ := excelize.CoordinatesToCellName(col, 5)
		x.SetCellValue(report.WorksheetSheet, ref, nil)
	}
	x.SetCellStr(report.WorksheetSheet, "G7", "所見を\n書き換えた")
	x.SetCellInt(report.WorksheetSheet, "H8", 42)
	x.SetCellStr(report.WorksheetSheet, "L3", "右の外")
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		t.Fatal(err)
	}
	x.Close()
	sameRows(t, "edited by excelize", b.Bytes())
}

// A workbook of gaps: rows and cells skipped, a hidden sheet, numbers; and
// the one documented difference, a row of white space only.
func TestRows_gaps_and_white_space(t *testing.T) {
	wb := xlsxw.New()
	a, _ := wb.AddSheet("A")
	h, _ := wb.AddSheet("meta")
	h.SetVisibility(xlsxw.VeryHidden)
	for r := 1; r <= 60; r += 3 {
		for c := 1; c <= 8; c += 2 {
			name, _ := xlsxw.CellName(c, r)
			a.SetStr(c, r, name)
		}
		a.SetInt(9, r, int64(r))
		h.SetStr(1, r, "x")
	}
	a.SetStr(2, 70, " ")
	style, _ := wb.NewStyle(xlsxw.Style{Fill: "FFE0C2"})
	a.SetStyle(xlsxw.Range{C1: 1, R1: 75, C2: 12, R2: 80}, style) // styled blanks after the last value
	var b bytes.Buffer
	if err := wb.Write(&b); err != nil {
		t.Fatal(err)
	}
	s, err := intake.OpenSheets("g.xlsx", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	x, _ := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	defer x.Close()
	for _, sheet := range []string{"A", "meta"} {
		want, _ := x.GetRows(sheet)
		got, err := s.Rows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if sheet == "A" {
			if len(want) != 70 || strings.Join(want[69], "|") != "| " {
				t.Fatalf("excelize reads row 70 as %q (of %d rows)", want[len(want)-1], len(want))
			}
			want = want[:58] // Rows: a white-space row is empty, and trailing empty rows are left off
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d rows, excelize %d", sheet, len(got), len(want))
		}
		for i := range want {
			if strings.Join(got[i], "|") != strings.Join(want[i], "|") || len(got[i]) != len(want[i]) {
				t.Errorf("%s row %d: got %q, want %q", sheet, i+1, got[i], want[i])
			}
		}
	}
}

func TestRows_refusals(t *testing.T) {
	if _, err := intake.OpenSheets("x.xlsx", []byte("PK\x03\x04 not really")); err == nil || !strings.HasPrefix(err.Error(), "x.xlsx: not a readable workbook") {
		t.Errorf("a damaged file: %v", err)
	}
	s, err := intake.OpenSheets("w.xlsx", worksheet(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Rows("審査結果")
	var ie *intake.Error
	if !errors.As(err, &ie) || ie.Msg != "sheet 審査結果 does not exist" {
		t.Errorf("a missing sheet: %v", err)
	}
	if !s.Has("shinsa") || !s.Has("SHINSA") || s.Has("shinsa2") {
		t.Error("Has does not match sheet names as Excel does (ignoring case)")
	}
	if rows, err := s.Rows("SHINSA"); err != nil || len(rows) < 5 || rows[0][1] != "shinsa-worksheet/1" {
		t.Errorf("the record sheet by another case: %q %v", rows, err)
	}
}
