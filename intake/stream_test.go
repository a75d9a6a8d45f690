package intake

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The workbook reader streams the zip parts itself; what it reads must be
// what excelize's Rows().Columns() reads, cell for cell, raw and displayed,
// on the fixtures (excelize's and LibreOffice's XML), on a sheet of every
// kind of cell and format, and on Japanese Excel's phonetic guides.

// excelizeRows is the peer: every non-empty row of every sheet.
func excelizeRows(t *testing.T, data []byte, raw bool) map[string][]tableRow {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{CultureInfo: excelize.CultureNameJaJP, ShortDatePattern: "yyyy/m/d"})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]tableRow{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.Rows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			n++
			cols, err := rows.Columns(excelize.Options{RawCellValue: raw})
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(strings.Join(cols, "")) == "" {
				continue
			}
			out[sheet] = append(out[sheet], tableRow{n: n, cells: cols})
		}
		rows.Close()
	}
	return out
}

func streamedRows(t *testing.T, data []byte, raw bool) map[string][]tableRow {
	t.Helper()
	w, err := openWorkbook("x.xlsx", data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	out := map[string][]tableRow{}
	for _, sheet := range w.sheetNames() {
		rows, _, err := w.readSheet(sheet, raw)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) > 0 {
			out[sheet] = rows
		}
	}
	return out
}

// trimRows drops trailing blank cells, which neither reader gives meaning.
func trimRows(m map[string][]tableRow) map[string][]tableRow {
	for _, rows := range m {
		for i := range rows {
			c := rows[i].cells
			for len(c) > 0 && c[len(c)-1] == "" {
				c = c[:len(c)-1]
			}
			rows[i].cells = c
		}
	}
	return m
}

func sameAsExcelize(t *testing.T, name string, data []byte) {
	t.Helper()
	for _, raw := range []bool{false, true} {
		want, got := trimRows(excelizeRows(t, data, raw)), trimRows(streamedRows(t, data, raw))
		if len(want) == 0 {
			t.Fatalf("%s: excelize reads nothing: the comparison proves nothing", name)
		}
		for sheet, wr := range want {
			gr := got[sheet]
			if len(gr) != len(wr) {
				t.Errorf("%s raw=%v sheet %s: %d rows, excelize %d", name, raw, sheet, len(gr), len(wr))
			}
			for i := 0; i < len(wr) && i < len(gr); i++ {
				if !reflect.DeepEqual(gr[i], wr[i]) {
					t.Errorf("%s raw=%v sheet %s row %d:\n got %q\nwant %q", name, raw, sheet, wr[i].n, gr[i].cells, wr[i].cells)
				}
			}
		}
		for sheet := range got {
			if _, ok := want[sheet]; !ok {
				t.Errorf("%s: sheet %s read, excelize reads nothing there", name, sheet)
			}
		}
	}
}

func TestStreamedWorkbookReadsAsExcelize(t *testing.T) {
	for _, name := range []string{"new.xlsx", "renewal.xlsx", "libreoffice.xlsx"} {
		sameAsExcelize(t, name, readFixture(t, name))
	}
	data, _ := bench10k()
	sameAsExcelize(t, "bench10k", data)
}

// Every kind of cell excelize writes and every format family: dates in
// built-in and custom formats (和暦 too), times, percentages, currency,
// text formats, floats past 15 digits, booleans, formulas, inline strings.
func TestStreamedCellsAndFormatsReadAsExcelize(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	customs := []string{`yyyy"年"m"月"d"日"`, `[$-ja-JP]ggge"年"m"月"d"日";@`, `0.00%`, `#,##0"円"`, `0"名"`, `@"様"`, `0;-0;"ゼロ";"文字:"@`, `h:mm`, `yyyy/mm/dd hh:mm:ss`, `General`}
	builtins := []int{0, 1, 2, 3, 4, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 30, 31, 32, 34, 36, 45, 46, 47, 49, 50, 55, 57, 58}
	values := []any{46296, 46296.5, 0.1 + 0.2, -1234.5678, 1234567890123456789, 1e20, 0, "テキスト", "2026/4/1", true, false, "_x0041_と_x005F_x0041_"}
	row := 1
	put := func(style int) {
		for j, v := range values {
			cell, _ := excelize.CoordinatesToCellName(j+1, row)
			if err := f.SetCellValue("Sheet1", cell, v); err != nil {
				t.Fatal(err)
			}
			if style >= 0 {
				f.SetCellStyle("Sheet1", cell, cell, style)
			}
		}
		row++
	}
	put(-1)
	for _, id := range builtins {
		s, err := f.NewStyle(&excelize.Style{NumFmt: id})
		if err != nil {
			t.Fatal(err)
		}
		put(s)
	}
	for _, code := range customs {
		s, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			t.Fatal(err)
		}
		put(s)
	}
	f.SetCellFormula("Sheet1", "A100", "1+1")
	f.SetCellValue("Sheet1", "Z100", "far right")
	f.SetCellRichText("Sheet1", "B101", []excelize.RichTextRun{{Text: "太字"}, {Text: "と普通", Font: &excelize.Font{Bold: true}}})
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	sameAsExcelize(t, "formats", buf.Bytes())

	// 1904 date system: the same serials are other days.
	f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: ptr(true)})
	buf, err = f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	sameAsExcelize(t, "formats-1904", buf.Bytes())
}

func ptr[T any](v T) *T { return &v }

// rewritePart returns the workbook with one part's XML changed.
func rewritePart(t testing.TB, data []byte, part string, edit func([]byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == part {
			b = edit(b)
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}

// Japanese Excel stores each string's reading (furigana) beside it: the
// text of a cell is the string, never its reading.
func TestStreamedPhoneticGuidesAreNotText(t *testing.T) {
	base := readFixture(t, "new.xlsx")
	si := regexp.MustCompile(`</si>`)
	added := 0
	data := rewritePart(t, base, "xl/sharedStrings.xml", func(b []byte) []byte {
		added = len(si.FindAllIndex(b, -1))
		return si.ReplaceAll(b, []byte(`<rPh sb="0" eb="1"><t>ヨミガナ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>`))
	})
	if added < 50 {
		t.Fatalf("readings added to %d strings: the test proves little", added)
	}
	sameAsExcelize(t, "phonetic", data)
	want, err := Read("new.xlsx", base, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read("new.xlsx", data, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readings changed what was imported")
	}
	for _, a := range got.Answers {
		if strings.Contains(a.Text, "ヨミガナ") {
			t.Errorf("item %s: the reading is in the answer: %q", a.Item, a.Text)
		}
	}
}
