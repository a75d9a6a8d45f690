package intake

import (
	"errors"
	"strings"
	"testing"
)

// Fuzz targets: whatever the bytes, Read returns a submission with answers or
// one *Error on one line, and never panics. The seeds (the fixtures) run as
// part of go test.

func fuzzOptions() Options {
	o := csvOptions()
	o.Limits = Limits{FileSize: 4 << 20, Unzip: 16 << 20, Cell: 64 << 10, Rows: 2000}
	return o
}

func checkRead(t *testing.T, name string, data []byte) {
	sub, err := Read(name, data, fuzzOptions())
	if err != nil {
		var ie *Error
		if !errors.As(err, &ie) {
			t.Fatalf("error %T is not an *intake.Error: %v", err, err)
		}
		if msg := err.Error(); strings.ContainsAny(msg, "\r\n") || !strings.HasPrefix(msg, name+": ") {
			t.Fatalf("message %q is not one line starting with the file name", msg)
		}
		if sub != nil {
			t.Fatalf("a submission and an error")
		}
		return
	}
	if sub == nil || len(sub.Answers) == 0 || sub.App.Scheme == "" {
		t.Fatalf("no error but submission %+v", sub)
	}
}

func FuzzReadXLSX(f *testing.F) {
	for _, name := range []string{"new.xlsx", "renewal.xlsx"} {
		f.Add(readFixture(f, name))
	}
	f.Add(itemsWorkbookF(f))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "f.xlsx", data) })
}

func itemsWorkbookF(f *testing.F) []byte {
	return makeWorkbook(f, coverSheet(), sheetRows{name: SheetItems, rows: [][]any{
		itemsHeader, {"4", "事業所", "本店", "必須", "東京"}, {"", "", "運用", "必須", "福岡"},
	}, merge: []string{"B2:B3"}})
}

// FuzzReadXLSXSheet fuzzes the items sheet's XML inside an otherwise sound
// workbook, where random bytes of a whole file mostly meet zip checksums.
func FuzzReadXLSXSheet(f *testing.F) {
	base := readFixture(f, "new.xlsx")
	var sheet []byte
	replacePart(f, base, "xl/worksheets/sheet2.xml", func(b []byte) []byte { sheet = b; return b })
	f.Add(sheet)
	f.Add([]byte(`<worksheet><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>No</t></is></c><c r="E3" t="inlineStr"><is><t>情報開示内容</t></is></c></row>` +
		`<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A3:A1048576"/></mergeCells></worksheet>`))
	f.Fuzz(func(t *testing.T, xml []byte) {
		data := replacePart(t, base, "xl/worksheets/sheet2.xml", func([]byte) []byte { return xml })
		checkRead(t, "f.xlsx", data)
	})
}

func FuzzReadCSV(f *testing.F) {
	f.Add(readFixture(f, "new.cp932.csv"))
	f.Add([]byte(exactCSV()))
	f.Add([]byte("\xef\xbb\xbfNo,情報開示内容\n1,x\n"))
	f.Add([]byte("\xff\xfeN\x00o\x00"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "f.csv", data) })
}

func FuzzReadJSON(f *testing.F) {
	for _, name := range []string{"new.json", "renewal.json"} {
		f.Add(readFixture(f, name))
	}
	f.Add([]byte(`{"format":"shinsa-submission/1","scheme":"asp-saas","edition":"holdout-demo","items":[{"id":"1","answer":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "f.json", data) })
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026/4/1", "令和8年4月1日", "R08/04/01", "令和元年5月1日", "平成31年4月30日", "47035", "60", "２０２６年１０月１２日", "20260401"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.IsZero() {
			t.Fatalf("%q: no error and no date", s)
		}
		// What was accepted reads back to the same day from its ISO form.
		if back, err := ParseDate(d.String()); err != nil || back != d {
			t.Fatalf("%q = %s, which reads back as %s, %v", s, d, back, err)
		}
	})
}

func FuzzParseItemNo(f *testing.F) {
	for _, s := range []string{"9", "９", "9-1", "9－1", "9.1", "No.9", "２６", "6-1", "■ 事業所・事業"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		no, sub, err := ParseItemNo(s)
		if err != nil {
			return
		}
		if no < 1 || sub < 0 {
			t.Fatalf("%q = %d, %d", s, no, sub)
		}
		if n2, s2, err := ParseItemNo(ItemID(no, sub)); err != nil || n2 != no || s2 != sub {
			t.Fatalf("%q: id %s reads back as %d, %d, %v", s, ItemID(no, sub), n2, s2, err)
		}
	})
}
