package intake

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The number formatter (numfmt.go) is a port of excelize's: these tests
// hold it to excelize's own output. Each workbook is built with excelize,
// then read by excelize (Rows, ja-JP, ShortDatePattern yyyy/m/d) and by our
// reader, cell for cell; a (format, value) on which excelize panics is kept
// out of the workbook (excelize's Rows would die on it) and must come back
// unformatted from ours.

// oracleCodes are custom formats of every family excelize knows.
var oracleCodes = []string{
	// 和暦 and other eras, with the language tags Japanese Excel writes.
	`[$-ja-JP]ggge"年"m"月"d"日"`, `[$-411]ggge"年"m"月"d"日"`, `[$-411]gge.m.d`, `[$-411]ge.m.d`,
	`[$-411]gggee"年"mm"月"dd"日"`, `[$-411]ggg e"年"`, `[$-411]e`, `[$-411]ee`, `ggge"年"m"月"d"日"`, `e"年"`, `ee`,
	`[$-ja-JP-x-gannen]ggge"年"m"月"d"日"`, `[$-ja-JP-x-gannen,80]ggge"年"m"月"d"日"`, `[$-ja-JP-x-gannen,80]ge.m.d`,
	`[$-404]ggge"年"m"月"d"日"`, `[$-404]e/m/d`, `[$-30411]ggge"年"`,
	// [DBNum1..3]: 漢数字, 大字, 全角.
	`[DBNum1]0`, `[DBNum2]#,##0`, `[DBNum3]0.00`, `[DBNum1][$-411]ggge"年"m"月"d"日"`, `[DBNum3]yyyy"年"m"月"d"日"`, `[DBNum4]0`,
	// Month and weekday names, in several languages.
	`mmm`, `mmmm`, `mmmmm`, `mmmmmm`, `ddd`, `dddd`, `[$-411]ddd`, `[$-411]aaa`, `[$-411]aaaa`, `aaa`, `[$-411]mmm`, `[$-411]mmmm`,
	`[$-409]mmmm d, yyyy`, `[$-409]d-mmm-yy`, `[$-407]dddd, d. mmmm yyyy`, `[$-40C]mmmm`, `[$-804]yyyy"年"m"月"d"日" dddd`,
	`[$-F800]dddd, mmmm dd, yyyy`, `[$-x-sysdate]dddd, mmmm dd, yyyy`, `[$-F400]h:mm:ss AM/PM`, `[$-x-systime]h:mm:ss AM/PM`,
	`yyyy"年"m"月"d"日"(aaa)`, `yyyy/mm/dd(ddd)`, `yy/m/d`, `yyyy-mm-dd hh:mm:ss`, `d/m/yyyy`, `m/d`, `yyyy/m/d;@`, `m/d/yy h:mm;@`,
	// Times: 12-hour clocks, 午前/午後, elapsed time, fractions of a second.
	`h:mm AM/PM`, `hh:mm:ss A/P`, `AM/PM h:mm`, `[$-411]AM/PM h:mm`, `[$-411]h:mm AM/PM`, `[$-409]h:mm AM/PM`, `[$-809]h:mm AM/PM`,
	`上午/下午h"時"mm"分"`, `午前/午後h:mm`, `h:mm:ss.000`, `mm:ss.0`, `ss.00`, `[h]:mm:ss`, `[m]:ss`, `[s]`, `[hh]:mm`,
	`h"時間"mm"分"`, `h:m:s`, `hh"時"mm"分"ss"秒"`, `m`, `mm`, `h:mm;@`,
	// Numbers: scientific, fractions, thousands scaling, percentages.
	`0.000E+00`, `##0.0E+0`, `0.00E+0`, `0E+00`, `# ?/?`, `# ??/??`, `?/?`, `# ?/8`, `0 ?/100`, `??/??`,
	`0.0,`, `#,##0,,"百万円"`, `#,##0,"千円"`, `0,`, `0%`, `0.0%`, `0.00%%`, `#`, `#.##`, `0.###`, `00000`, `000-0000`, `#,###`, `#,##0.000`,
	// Currency and literals: \ and "", * and _ padding.
	`\¥#,##0`, `"¥"#,##0;"¥"-#,##0`, `[$¥-411]#,##0`, `[$$-409]#,##0.00`, `[$€-x-euro2] #,##0.00`, `[$USD] #,##0`, `#,##0"円"`,
	`* #,##0`, `_(* #,##0_)`, `_-* #,##0_-;\-* #,##0_-;_-* "-"_-;_-@_-`, `#,##0_ ;[Red]\-#,##0\ `, `0_);(0)`, `"合計"0"件"`, `\(0\)`, `0\°`,
	// Sections, conditions and colours.
	`[Red]0;[Blue]-0;[Green]0;[Magenta]@`, `[赤]0;[青]-0`, `[Color10]0`, `[>=100]"大";[<0]"負";"小"`, `[>=100]0.0;0`, `[<=9999999]###-####;(###) ###-####`,
	`#,##0.00_);(#,##0.00)`, `0.00;(0.00);"-"`, `0;-0;0;"テキスト"`, `0;-0;;@`, `;;;`, `0;;`, `;0`, `0;`, `;;;@`, `General;General;General;@`,
	`0;-0;"ゼロ";"文字:"@`, `@`, `@" 様"`, `"<"@">"`, `@@`, `General`, `general`, `0.0;General`, `"only literal"`, `\a\b\c`,
}

// oracleValues are what the cells hold: signs, zero, huge and tiny numbers,
// the days around the era changes and the 1900 leap-year bug, times of day.
func oracleValues() []any {
	serial := func(y int, m time.Month, d int) float64 {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	}
	return []any{
		0, 1, 2, 59, 60, 61, 0.5, 0.25, 0.999999, 1e-10, 3.14159265358979,
		-1, -0.5, -1234.5678, -46296,
		serial(1989, 1, 7), serial(1989, 1, 8), serial(1989, 1, 8) + 0.5, serial(2019, 4, 30), serial(2019, 5, 1),
		serial(2019, 4, 1), serial(2019, 4, 1) + 0.0001, serial(1926, 12, 25), serial(1912, 7, 30), serial(1900, 3, 1),
		46296, 46296.75, 46296.999988, 2958465, 99.995, 12345.678, 0.1 + 0.2, 1.0 / 3,
		1e15, 123456789012345678, 1e20, 1234567.891, 100, 9999999, 12345678,
		"テキスト", "abc", "2026/4/1", true, false,
	}
}

// excelizeText is excelize's displayed text for value under style, read
// from a scratch cell (GetCellValue, the path Rows takes); panicked says
// excelize panicked.
func excelizeText(f *excelize.File, style int, value any) (text string, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	f.SetCellValue("Sheet1", "A1", value)
	f.SetCellStyle("Sheet1", "A1", "A1", style)
	text, _ = f.GetCellValue("Sheet1", "A1")
	return text, false
}

func TestNumFmtMatchesExcelize(t *testing.T) {
	values := oracleValues()
	for _, date1904 := range []bool{false, true} {
		probe := excelize.NewFile(excelize.Options{CultureInfo: excelize.CultureNameJaJP, ShortDatePattern: "yyyy/m/d"})
		probe.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: ptr(date1904)})
		f := excelize.NewFile()
		f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: ptr(date1904)})
		var panics []struct {
			code string
			v    any
		}
		row, cells := 1, 0
		put := func(code string, st *excelize.Style) {
			s, err := f.NewStyle(st)
			if err != nil {
				t.Fatalf("%q: %v", code, err)
			}
			ps, err := probe.NewStyle(st)
			if err != nil {
				t.Fatal(err)
			}
			for j, v := range values {
				if _, panicked := excelizeText(probe, ps, v); panicked {
					panics = append(panics, struct {
						code string
						v    any
					}{code, v})
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(j+1, row)
				f.SetCellValue("Sheet1", cell, v)
				f.SetCellStyle("Sheet1", cell, cell, s)
				cells++
			}
			row++
		}
		for id := 1; id <= 81; id++ {
			// Ids excelize knows no code for it writes as 0, General
			// (see TestGeneralKeepsDigits).
			if _, known := builtInNumFmtCode(id); known {
				put(fmt.Sprintf("built-in %d", id), &excelize.Style{NumFmt: id})
			}
		}
		for _, code := range oracleCodes {
			put(code, &excelize.Style{CustomNumFmt: &code})
		}
		buf, err := f.WriteToBuffer()
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		probe.Close()
		if cells < 9000 {
			t.Fatalf("only %d cells compared", cells)
		}
		sameAsExcelize(t, fmt.Sprintf("oracle date1904=%v", date1904), buf.Bytes())

		// Where excelize panics, ours gives the value as it is.
		for _, p := range panics {
			w := &workbook{xfs: []int{0, 164}, numFmts: map[int]string{164: p.code}, date1904: date1904}
			if strings.HasPrefix(p.code, "built-in ") {
				id, _ := strconv.Atoi(strings.TrimPrefix(p.code, "built-in "))
				w.numFmts, w.xfs[1] = nil, id
			}
			v := fmt.Sprint(p.v)
			if fl, ok := p.v.(float64); ok {
				v = generalNumber(strconv.FormatFloat(fl, 'f', -1, 64))
			}
			if got := w.format(1, cellTypeNumber, v, false); got != v {
				t.Errorf("%q on %v: excelize panics, ours gives %q, want the value %q", p.code, p.v, got, v)
			}
		}
		t.Logf("date1904=%v: %d cells compared, %d on which excelize panics", date1904, cells, len(panics))
	}
}

// The [$-ja-JP] tag reads as LCID 0xA in excelize (Spanish: the last four
// characters "a-JP" parsed as hex as far as they go): its names are
// Spanish. Ours must agree, and the tests above must see it.
func TestNumFmtLanguageTagQuirk(t *testing.T) {
	w := &workbook{xfs: []int{0, 164}, numFmts: map[int]string{164: `[$-ja-JP]mmmm`}}
	if got := w.format(1, cellTypeNumber, "46296", false); got != "octubre" {
		t.Errorf("[$-ja-JP]mmmm of 2026-10-01 = %q, want excelize's Spanish %q", got, "octubre")
	}
	w = &workbook{xfs: []int{0, 164}, numFmts: map[int]string{164: `[$-411]mmmm`}}
	if got := w.format(1, cellTypeNumber, "46296", false); got != "10月" {
		t.Errorf("[$-411]mmmm of 2026-10-01 = %q, want 10月", got)
	}
}

// A cell with a style whose format is General (id 0) keeps its number as
// it is, where excelize writes one of more than 11 significant digits with
// 10: the one place the reader knowingly departs from excelize, so that a
// 13-digit 法人番号 or a long amount typed as a number keeps its digits.
func TestGeneralKeepsDigits(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil || bold == 0 {
		t.Fatal(bold, err)
	}
	for _, v := range []any{1234567890123, 3.14159265358979, 123456789012345} {
		f.SetCellValue("Sheet1", "A1", v)
		f.SetCellStyle("Sheet1", "A1", "A1", bold)
		buf, err := f.WriteToBuffer()
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprint(v)
		if got := streamedRows(t, buf.Bytes(), false)["Sheet1"][0].cells[0]; got != want {
			t.Errorf("%v in a General cell with a style: %q, want %q", v, got, want)
		}
		if ex := excelizeRows(t, buf.Bytes(), false)["Sheet1"][0].cells[0]; ex == want {
			t.Errorf("%v: excelize now gives %q too: drop the shortcut in format", v, ex)
		}
	}
}

// FuzzNumFmtMatchesExcelize formats random (format code, value) pairs with
// ours and with excelize (a scratch cell, GetCellValue): the same text, or,
// where excelize panics or errors, the value unformatted.
func FuzzNumFmtMatchesExcelize(f *testing.F) {
	for i, code := range oracleCodes {
		if i%6 == 0 {
			f.Add(code, "46296.75", false, false)
			f.Add(code, "-1234.5678", i%12 == 0, false)
			f.Add(code, "テキスト", false, true)
		}
	}
	f.Add(`0;0;0;0;0`, "1", false, false)
	f.Add(`[$-411]yy`, "-700000", false, false)
	f.Add(`yyyy`, "1e20", true, false)
	f.Add(`0.0,,,,,,`, "123456789", false, false)
	f.Add(`"a"@"b";@`, "_x0041_", false, true)
	f.Fuzz(func(t *testing.T, code, value string, date1904, text bool) {
		if code == "" || len(code) > 80 || len(value) > 80 || !utf8.ValidString(code+value) || strings.ContainsAny(code+value, "\x00\r") {
			t.Skip() // excelize refuses an empty code; XML holds no NUL
		}
		ex := excelize.NewFile(excelize.Options{CultureInfo: excelize.CultureNameJaJP, ShortDatePattern: "yyyy/m/d"})
		defer ex.Close()
		ex.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: ptr(date1904)})
		style, err := ex.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			t.Skip()
		}
		// Keep excelize from decoding a literal _xHHHH_ in the value: ours
		// gets values decoded already.
		escaped := strings.ReplaceAll(value, "_x", "_x005F_x")
		ct, v := cellTypeSharedString, value
		if !text {
			ct = cellTypeInlineString
			if _, _, ok := numeric(value); ok || value == "" {
				ct, v = cellTypeNumber, generalNumber(value)
			}
		}
		want, failed := func() (out string, failed bool) {
			defer func() {
				if recover() != nil {
					failed = true
				}
			}()
			if text {
				err = ex.SetCellStr("Sheet1", "A1", escaped)
			} else {
				err = ex.SetCellDefault("Sheet1", "A1", escaped)
			}
			if err == nil {
				err = ex.SetCellStyle("Sheet1", "A1", "A1", style)
			}
			if err == nil {
				out, err = ex.GetCellValue("Sheet1", "A1")
			}
			return out, err != nil
		}()
		if failed {
			want = v
		}
		w := &workbook{xfs: make([]int, style+1), numFmts: map[int]string{164: code}, date1904: date1904}
		w.xfs[style] = 164 // the first custom format's id
		if got := w.format(style, ct, v, false); got != want {
			t.Errorf("code %q value %q (date1904 %v, text %v): ours %q, excelize %q (failed %v)", code, value, date1904, text, got, want, failed)
		}
	})
}

// Every kind of cell under formats of each family: ISO dates (t="d"),
// booleans written either way, error values, inline and formula strings,
// numbers in any spelling. The sheet's XML is written here by hand, the
// styles by excelize.
func TestNumFmtCellKindsMatchExcelize(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	codes := []string{`yyyy/m/d h:mm`, `[$-411]ggge"年"m"月"d"日"`, `0.00`, `@"様"`, `0;-0;"ゼロ";"文字:"@`, `[h]:mm`, `General`, `;;;`}
	var styles []int
	for _, id := range []int{14, 22, 49, 41, 10} {
		s, err := f.NewStyle(&excelize.Style{NumFmt: id})
		if err != nil {
			t.Fatal(err)
		}
		styles = append(styles, s)
	}
	for _, code := range codes {
		s, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			t.Fatal(err)
		}
		styles = append(styles, s)
	}
	f.SetCellValue("Sheet1", "A1", 1)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	cells := []string{
		`t="d"><v>2026-04-01T12:00:00Z</v>`, `t="d"><v>2019-04-30T00:00:00Z</v>`, `t="d"><v>19890107T000000Z</v>`,
		`t="d"><v>20260401T063000.5</v>`, `t="d"><v>2026-04-01 09:15:00Z</v>`, `t="d"><v>not a date</v>`,
		`t="b"><v>1</v>`, `t="b"><v>0</v>`, `t="b"><v>true</v>`, `t="e"><v>#N/A</v>`,
		`t="inlineStr"><is><t>abc</t></is>`, `t="inlineStr"><is><t>_x0041_</t></is>`, `t="str"><f>1+1</f><v>2</v>`,
		`t="n"><v>46296.5</v>`, `><v>1.5e3</v>`, `><v>-0</v>`, `><v>007</v>`, `><v>1234567890123456789</v>`, `><v></v>`, `><v>1_0</v>`,
	}
	var xml strings.Builder
	xml.WriteString(`<sheetData>`)
	for r, s := range styles {
		fmt.Fprintf(&xml, `<row r="%d">`, r+1)
		for c, cell := range cells {
			name, _ := excelize.CoordinatesToCellName(c+1, r+1)
			fmt.Fprintf(&xml, `<c r="%s" s="%d" %s</c>`, name, s, cell)
		}
		xml.WriteString(`</row>`)
	}
	xml.WriteString(`</sheetData>`)
	data := rewritePart(t, buf.Bytes(), "xl/worksheets/sheet1.xml", func(b []byte) []byte {
		s := string(b)
		i, j := strings.Index(s, "<sheetData"), strings.Index(s, "</sheetData>")
		if i < 0 || j < 0 {
			t.Fatalf("no sheetData in %s", s)
		}
		return []byte(s[:i] + xml.String() + s[j+len("</sheetData>"):])
	})
	sameAsExcelize(t, "cell kinds", data)
}

// A format's code comes from the styles part as excelize takes it: the
// formatCode16 attribute (Excel 2016's, for codes the old attribute cannot
// hold) before formatCode, and the first of two numFmt with one id.
func TestNumFmtStylesPartAsExcelize(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	codes := []string{`0.00`, `0.000`}
	for i, code := range codes {
		s, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			t.Fatal(err)
		}
		for j, v := range []any{46296.5, 1234.5678, "text"} {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			f.SetCellValue("Sheet1", cell, v)
			f.SetCellStyle("Sheet1", cell, cell, s)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	edits := 0
	data := rewritePart(t, buf.Bytes(), "xl/styles.xml", func(b []byte) []byte {
		s := string(b)
		for _, e := range [][2]string{
			{`<styleSheet `, `<styleSheet xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" `},
			{`formatCode="0.00"`, `formatCode="0.00" x16r2:formatCode16="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"`},
			{`</numFmts>`, `<numFmt numFmtId="165" formatCode="yyyy/mm/dd"/></numFmts>`},
		} {
			if strings.Contains(s, e[0]) {
				s = strings.Replace(s, e[0], e[1], 1)
				edits++
			}
		}
		return []byte(s)
	})
	if edits != 3 {
		t.Fatalf("%d of 3 edits made to the styles part", edits)
	}
	sameAsExcelize(t, "styles part", data)
	got := streamedRows(t, data, false)["Sheet1"]
	if got[0].cells[0] != "令和8年10月1日" || got[1].cells[1] != "1234.568" {
		t.Errorf("formatCode16 or the first of two ids not taken: %v", got)
	}
}
