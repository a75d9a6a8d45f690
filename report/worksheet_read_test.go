package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// edited is the worksheet of in after edit has changed it in excelize.
func edited(t *testing.T, in Input, edit func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(render(t, in, Worksheet, XLSX)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// rowOfItem is the sheet row holding item id.
func rowOfItem(t *testing.T, f *excelize.File, id string) int {
	t.Helper()
	rows, _ := f.GetRows(WorksheetSheet)
	for i, r := range rows {
		if len(r) > 0 && r[0] == id {
			return i + 1
		}
	}
	t.Fatalf("no row %s", id)
	return 0
}

func TestReadWorksheet_refusals_name_the_file_once(t *testing.T) {
	in := newCase(t)
	in.CaseID, in.AppFingerprint = strings.Repeat("a", 64), strings.Repeat("b", 64)
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"not a zip":    {[]byte("これはブックではない"), "w.xlsx: not a workbook shinsa can read: not a readable workbook ("},
		"no record":    {edited(t, in, func(f *excelize.File) { f.DeleteSheet("shinsa") }), `w.xlsx: not a review worksheet written by 'shinsa report --kind worksheet' (its hidden sheet "shinsa" is missing or changed)`},
		"other format": {edited(t, in, func(f *excelize.File) { f.SetCellStr("shinsa", "B1", "shinsa-worksheet/9") }), "w.xlsx: not a review worksheet"},
		"no main sheet": {edited(t, in, func(f *excelize.File) { f.SetSheetName(WorksheetSheet, "別名") }),
			`w.xlsx: no sheet "審査": sheet 審査 does not exist`},
		"damaged record": {edited(t, in, func(f *excelize.File) { f.SetCellStr("shinsa", "B7", "x") }), "w.xlsx: shinsa!B7: the worksheet's record of row 2 is damaged"},
		"unknown No": {edited(t, in, func(f *excelize.File) { f.SetCellStr(WorksheetSheet, "A3", "999") }),
			`w.xlsx: 審査!A3: No "999" was not in the sheet as written`},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadWorksheet(bytes.NewReader(c.data), "w.xlsx")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Count(err.Error(), "w.xlsx") != 1 {
				t.Errorf("error = %v\nwant it to start %q and name the file once", err, c.want)
			}
		})
	}
}

// A row cleared in the middle of the sheet is skipped, and the rows after
// it keep their own cell references.
func TestReadWorksheet_cleared_row_keeps_later_references(t *testing.T) {
	in := newCase(t)
	in.CaseID, in.AppFingerprint = strings.Repeat("a", 64), strings.Repeat("b", 64)
	ref := ""
	data := edited(t, in, func(f *excelize.File) {
		for col := 1; col <= len(worksheetColumns); col++ {
			c, _ := excelize.CoordinatesToCellName(col, 3)
			f.SetCellValue(WorksheetSheet, c, nil)
		}
		r := rowOfItem(t, f, "4.2")
		ref, _ = excelize.CoordinatesToCellName(wsVerdict, r)
		f.SetCellStr(WorksheetSheet, ref, "xx")
	})
	_, err := ReadWorksheet(bytes.NewReader(data), "w.xlsx")
	if want := "w.xlsx: 審査!" + ref + `: unknown verdict "xx"`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// A note holding a character XML cannot carry is written as U+FFFD; the
// sheet records the hash of what it holds, so reading it back unchanged
// finds no edit.
func TestReadWorksheet_text_XML_cannot_hold_is_no_edit(t *testing.T) {
	in := newCase(t)
	in.CaseID, in.AppFingerprint = strings.Repeat("a", 64), strings.Repeat("b", 64)
	f := in.Findings["2"]
	f.Note, f.Request = "所見\uFFFE末尾", "依頼\uFFFF"
	in.Findings["2"] = f
	e, err := ReadWorksheet(bytes.NewReader(render(t, in, Worksheet, XLSX)), "w.xlsx")
	if err != nil || len(e.Edits) != 0 {
		t.Errorf("an unchanged sheet: %+v %v", e, err)
	}
}
