package intake

import (
	"encoding/json"
	"testing"
)

// testdata/libreoffice.xlsx was written by LibreOffice Calc 7.4 (converted
// from a flat ODS with --convert-to xlsx), so its XML is an office suite's,
// not excelize's: shared strings with rich-text runs, custom number formats
// (yyyy年m月d日, 0名, #,##0円, 0.00%), a merged title row above the header,
// ■ heading rows merged across, No and 審査対象項目 merged down over the rows
// of one No, numeric No cells, line breaks, ideographic spaces, both wave
// dashes, half-width katakana and circled digits in answers, and a 13-digit
// 法人番号 stored as a number. libreoffice.expected.json holds, per item, the
// text put in the cell (as displayed) and the cell it was put in.
func TestLibreOfficeWorkbook(t *testing.T) {
	var want map[string]struct{ Text, Cell string }
	if err := json.Unmarshal(readFixture(t, "libreoffice.expected.json"), &want); err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Cover.Edition = "ref-2026" // the workbook was written against the ref-2026 table
	sub, err := Read("libreoffice.xlsx", readFixture(t, "libreoffice.xlsx"), opts)
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)
	if len(sub.Answers) != 135 {
		t.Errorf("%d answers, want one per row of the table (135)", len(sub.Answers))
	}
	for id, w := range want {
		a, ok := got[id]
		if !ok {
			t.Errorf("item %s not read", id)
			continue
		}
		if a.Text != w.Text {
			t.Errorf("item %s: %q, want %q", id, a.Text, w.Text)
		}
		if p := "libreoffice.xlsx " + w.Cell; a.Provenance != p {
			t.Errorf("item %s from %q, want %q", id, a.Provenance, p)
		}
	}
	app := sub.App
	if app.Scheme != "asp-saas" || app.DisclosureDate.String() != "2026-10-01" || app.Submitted.String() != "2026-10-15" ||
		app.CorporateNumber != "4011001000001" || app.Service != "つばめ勤怠クラウド" {
		t.Errorf("cover %+v", app)
	}
}
