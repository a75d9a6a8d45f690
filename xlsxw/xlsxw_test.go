package xlsxw

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// hostile are texts a cell must hold exactly (or, where XML cannot carry a
// character, with U+FFFD in its place).
var hostile = map[string]string{
	"markup":        `<b>&amp;"'</b>`,
	"spaces":        "  leading and trailing  ",
	"lines":         "一行目\n二行目\r\n三行目\rend\n",
	"tab":           "\tindented",
	"bstr":          "_x0041_ stays _x0041_, _x005F_x0041_ and _x00_ too",
	"bstr chain":    "_x0041_x0042_",
	"non-xml":       "a\x01b\uFFFEc\x7fd",
	"invalid utf-8": "ok\xffok",
	"astral":        "𠮷野家 😀",
	"formula-like":  "'=1+1",
	"japanese":      "北斗クラウドテクノロジー株式会社",
}

func wantText(s string) string {
	switch s {
	case hostile["non-xml"]:
		return "a\uFFFDb\uFFFDc\x7fd"
	case hostile["invalid utf-8"]:
		return "ok\uFFFDok"
	}
	return s
}

type fixture struct {
	wb                        *Workbook
	data, hidden, secret      *Sheet
	header, body, warm, plain int
}

func build(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{wb: New()}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var err error
	f.data, err = f.wb.AddSheet("データ")
	must(err)
	f.hidden, err = f.wb.AddSheet("hidden")
	must(err)
	f.secret, err = f.wb.AddSheet("it's secret")
	must(err)
	f.header, err = f.wb.NewStyle(Style{Font: Font{Family: "Yu Gothic", Size: 10, Bold: true}, Fill: "d9d9d9", Border: "808080", Wrap: true, Vertical: "center"})
	must(err)
	f.body, err = f.wb.NewStyle(Style{Font: Font{Family: "Yu Gothic", Size: 10}, Border: "808080", Wrap: true, Vertical: "top"})
	must(err)
	f.warm, err = f.wb.NewStyle(Style{Font: Font{Family: "Yu Gothic", Size: 10, Bold: true}, Fill: "FFE0C2", Border: "808080", Horizontal: "center"})
	must(err)
	f.plain, err = f.wb.NewStyle(Style{})
	must(err)
	if again, _ := f.wb.NewStyle(Style{Font: Font{Family: "Yu Gothic", Size: 10, Bold: true}, Fill: "D9D9D9", Border: "808080", Wrap: true, Vertical: "center"}); again != f.header {
		t.Errorf("the same style twice: ids %d and %d", f.header, again)
	}
	if f.plain != 0 {
		t.Errorf("the zero style has id %d, want 0", f.plain)
	}

	d := f.data
	for i, h := range []string{"名前", "値", "件数", "備考"} {
		must(d.SetStr(i+1, 1, h))
	}
	must(d.SetStyle(Range{1, 1, 4, 1}, f.header))
	row := 2
	for _, name := range []string{"markup", "spaces", "lines", "tab", "bstr", "bstr chain", "non-xml", "invalid utf-8", "astral", "formula-like", "japanese"} {
		must(d.SetStr(1, row, name))
		must(d.SetStr(2, row, hostile[name]))
		must(d.SetInt(3, row, int64(row*1000)))
		row++
	}
	must(d.SetFloat(3, row, 2.5))
	must(d.SetStr(4, row, "")) // blank, styled below
	must(d.SetStyle(Range{1, 2, 4, row}, f.body))
	must(d.SetStyle(Range{3, 3, 3, 3}, f.warm))
	must(d.SetColWidth(1, 1, 14))
	must(d.SetColWidth(2, 2, 50.5))
	must(d.SetColWidth(3, 4, 9))
	must(d.FreezeRows(1))
	must(d.AutoFilter(Range{1, 1, 4, row}))
	must(d.PrintTitleRows(1, 1))
	must(d.SetPageSetup(PageSetup{PaperSize: 9, Landscape: true, FitToWidth: 1}))
	must(d.SetHeaderFooter("&C下書き & <draft>", "&C下書き　&P / &N"))
	must(d.AddListValidation(Validation{Range: Range{4, 2, 4, row}, Items: []string{"· 未審査", "✓ 適合", `say "yes"`},
		ErrorStyle: ErrorStop, ErrorTitle: "判定", Error: "一覧から選んでください", PromptTitle: "判定", Prompt: "選んでください"}))
	must(d.SetStr(1, 20, "merged top-left"))
	must(d.SetStr(1, 21, "covered, so cleared"))
	must(d.MergeCells(Range{1, 20, 2, 22}))

	must(f.hidden.SetStr(1, 1, "format"))
	must(f.hidden.SetStr(2, 1, "v1"))
	f.hidden.SetVisibility(VeryHidden)
	must(f.secret.SetStr(2, 3, "B3 only"))
	f.secret.SetVisibility(Hidden)

	f.wb.SetDocProps(DocProps{Title: "審査シート <x> & y", Creator: "shinsa", Language: "ja-JP",
		Created: time.Date(2026, 12, 4, 15, 0, 0, 0, time.UTC), Modified: time.Date(2026, 12, 5, 0, 0, 0, 0, time.FixedZone("JST", 9*3600))})
	return f
}

// part is one part of a package.
func part(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no part %s", name)
	return nil
}

func write(t *testing.T, wb *Workbook) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := wb.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func open(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// Every part is well-formed XML, and the same workbook gives the same
// bytes.
func TestWrite_parts_are_XML_and_output_is_deterministic(t *testing.T) {
	a, b := write(t, build(t).wb), write(t, build(t).wb)
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same workbook differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, zf := range zr.File {
		names = append(names, zf.Name)
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(rc)
		for {
			_, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("%s: %v", zf.Name, err)
				break
			}
		}
		rc.Close()
	}
	want := "[Content_Types].xml _rels/.rels docProps/app.xml docProps/core.xml xl/workbook.xml xl/_rels/workbook.xml.rels xl/styles.xml xl/worksheets/sheet1.xml xl/worksheets/sheet2.xml xl/worksheets/sheet3.xml xl/sharedStrings.xml"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("parts:\n%s\nwant\n%s", got, want)
	}
}

func TestWrite_values_read_back_with_excelize(t *testing.T) {
	data := write(t, build(t).wb)
	f := open(t, data)
	if got := strings.Join(f.GetSheetList(), "|"); got != "データ|hidden|it's secret" {
		t.Fatalf("sheets = %q", got)
	}
	rows, err := f.GetRows("データ")
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]string{}
	for _, r := range rows[1:] {
		if len(r) > 0 {
			byName[r[0]] = r
		}
	}
	for name, in := range hostile {
		r := byName[name]
		if len(r) < 3 || r[1] != wantText(in) {
			t.Errorf("%s: read back %q, want %q", name, r, wantText(in))
		}
	}
	if got := strings.Join(rows[0], "|"); got != "名前|値|件数|備考" {
		t.Errorf("header = %q", got)
	}
	// A number cell carries no type attribute, as Excel writes it: excelize
	// calls that unset.
	for ref, want := range map[string]excelize.CellType{"B2": excelize.CellTypeSharedString, "C2": excelize.CellTypeUnset, "C13": excelize.CellTypeUnset, "D13": excelize.CellTypeUnset} {
		if typ, err := f.GetCellType("データ", ref); err != nil || typ != want {
			t.Errorf("%s has type %v (%v), want %v", ref, typ, err, want)
		}
	}
	for ref, want := range map[string]string{"C2": "2000", "C13": "2.5", "D13": ""} {
		if v, err := f.GetCellValue("データ", ref, excelize.Options{RawCellValue: true}); err != nil || v != want {
			t.Errorf("%s = %q %v, want %q", ref, v, err, want)
		}
	}
	if v, _ := f.GetCellValue("データ", "C13"); v != "2.5" {
		t.Errorf("C13 = %q, want 2.5", v)
	}
	if v, _ := f.GetCellValue("データ", "C3"); v != "3000" {
		t.Errorf("C3 = %q, want 3000", v)
	}
	// excelize shows a merged range's value in all its cells; the cell
	// under it was cleared when merging, so its text is nowhere.
	if v, _ := f.GetCellValue("データ", "A21"); v != "merged top-left" {
		t.Errorf("A21 = %q, want the merged range's value", v)
	}
	if raw := string(part(t, data, "xl/sharedStrings.xml")); !strings.Contains(raw, "merged top-left") || strings.Contains(raw, "covered") {
		t.Errorf("merging kept the covered cell's text or lost the top-left's")
	}
	if v, _ := f.GetCellValue("it's secret", "B3"); v != "B3 only" {
		t.Errorf("it's secret!B3 = %q", v)
	}
	if v, _ := f.GetCellValue("hidden", "B1"); v != "v1" {
		t.Errorf("hidden!B1 = %q", v)
	}
}

func TestWrite_long_text_is_cut_at_Excels_limit(t *testing.T) {
	wb := New()
	s, _ := wb.AddSheet("S")
	long := strings.Repeat("あ", MaxCellUnits-1) + "😀tail" // the emoji would straddle the limit
	if err := s.SetStr(1, 1, long); err != nil {
		t.Fatal(err)
	}
	f := open(t, write(t, wb))
	v, _ := f.GetCellValue("S", "A1")
	if want := strings.Repeat("あ", MaxCellUnits-1); v != want {
		t.Errorf("a %d-unit text read back as %d runes", unitsOf(long), len([]rune(v)))
	}
	if CellText(long) != v {
		t.Error("CellText does not say what the cell holds")
	}
}

func TestWrite_styles_read_back_with_excelize(t *testing.T) {
	data := write(t, build(t).wb)
	f := open(t, data)
	styleOf := func(ref string) *excelize.Style {
		t.Helper()
		id, err := f.GetCellStyle("データ", ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	h := styleOf("B1")
	if h.Font == nil || !h.Font.Bold || h.Font.Family != "Yu Gothic" || h.Font.Size != 10 {
		t.Errorf("header font = %+v", h.Font)
	}
	if h.Fill.Type != "pattern" || h.Fill.Pattern != 1 {
		t.Errorf("header fill = %+v", h.Fill)
	}
	if h.Alignment == nil || !h.Alignment.WrapText || h.Alignment.Vertical != "center" {
		t.Errorf("header alignment = %+v", h.Alignment)
	}
	if len(h.Border) != 4 {
		t.Errorf("header borders = %+v", h.Border)
	}
	for _, b := range h.Border {
		if b.Style != 1 {
			t.Errorf("header border = %+v", b)
		}
	}
	body := styleOf("B2")
	if body.Font == nil || body.Font.Bold || body.Alignment == nil || !body.Alignment.WrapText || body.Alignment.Vertical != "top" || body.Fill.Pattern != 0 {
		t.Errorf("body style = font %+v alignment %+v fill %+v", body.Font, body.Alignment, body.Fill)
	}
	if warm := styleOf("C3"); warm.Fill.Pattern != 1 || warm.Alignment == nil || warm.Alignment.Horizontal != "center" {
		t.Errorf("C3 style = fill %+v alignment %+v", warm.Fill, warm.Alignment)
	}
	// excelize's GetStyle reports colours only for workbooks with a theme
	// part, which these have no need of: the colours are read from the
	// styles part, through the cell's style id as excelize gives it.
	var st struct {
		Fills []struct {
			Pattern struct {
				Type string `xml:"patternType,attr"`
				Fg   struct {
					RGB string `xml:"rgb,attr"`
				} `xml:"fgColor"`
			} `xml:"patternFill"`
		} `xml:"fills>fill"`
		Borders []struct {
			Sides []struct {
				XMLName xml.Name
				Style   string `xml:"style,attr"`
				Color   struct {
					RGB string `xml:"rgb,attr"`
				} `xml:"color"`
			} `xml:",any"`
		} `xml:"borders>border"`
		Xfs []struct {
			Fill   int `xml:"fillId,attr"`
			Border int `xml:"borderId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(part(t, data, "xl/styles.xml"), &st); err != nil {
		t.Fatal(err)
	}
	for ref, want := range map[string]string{"A1": "FFD9D9D9", "C3": "FFFFE0C2", "B2": ""} {
		id, _ := f.GetCellStyle("データ", ref)
		fill := st.Fills[st.Xfs[id].Fill].Pattern
		if fill.Fg.RGB != want || (want != "") != (fill.Type == "solid") {
			t.Errorf("%s fill = %+v, want solid %s", ref, fill, want)
		}
		sides := 0
		for _, side := range st.Borders[st.Xfs[id].Border].Sides {
			if side.Style != "" {
				sides++
				if side.Style != "thin" || side.Color.RGB != "FF808080" {
					t.Errorf("%s border %s = %+v", ref, side.XMLName.Local, side)
				}
			}
		}
		if sides != 4 {
			t.Errorf("%s has %d sides bordered, want 4", ref, sides)
		}
	}
	if st := styleOf("D13"); st.Alignment == nil || st.Alignment.Vertical != "top" {
		t.Errorf("a blank styled cell lost its style: %+v", st.Alignment)
	}
	for col, want := range map[string]float64{"A": 14, "B": 50.5, "C": 9, "D": 9} {
		if w, err := f.GetColWidth("データ", col); err != nil || w != want {
			t.Errorf("column %s width = %v %v, want %v", col, w, err, want)
		}
	}
}

func TestWrite_sheet_features_read_back_with_excelize(t *testing.T) {
	f := open(t, write(t, build(t).wb))
	for sheet, want := range map[string]bool{"データ": true, "hidden": false, "it's secret": false} {
		if vis, err := f.GetSheetVisible(sheet); err != nil || vis != want {
			t.Errorf("%s visible = %v %v, want %v", sheet, vis, err, want)
		}
	}
	p, err := f.GetPanes("データ")
	if err != nil || !p.Freeze || p.YSplit != 1 || p.XSplit != 0 || p.TopLeftCell != "A2" {
		t.Errorf("panes = %+v %v", p, err)
	}
	if p, _ := f.GetPanes("hidden"); p.Freeze {
		t.Error("an unfrozen sheet reads as frozen")
	}
	names := map[string]excelize.DefinedName{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Name+"@"+dn.Scope] = dn
	}
	if dn, ok := names["_xlnm._FilterDatabase@データ"]; !ok || dn.RefersTo != "'データ'!$A$1:$D$13" {
		t.Errorf("filter database name = %+v (names %v)", dn, names)
	}
	if dn, ok := names["_xlnm.Print_Titles@データ"]; !ok || dn.RefersTo != "'データ'!$1:$1" {
		t.Errorf("print titles = %+v", dn)
	}
	dvs, err := f.GetDataValidations("データ")
	if err != nil || len(dvs) != 1 {
		t.Fatalf("validations = %+v %v", dvs, err)
	}
	dv := dvs[0]
	if dv.Type != "list" || dv.Sqref != "D2:D13" || !strings.Contains(string(part(t, write(t, build(t).wb), "xl/worksheets/sheet1.xml")), `<formula1>"· 未審査,✓ 適合,say ""yes"""</formula1>`) || dv.Formula1 != `"· 未審査,✓ 適合,say "yes""` || !dv.AllowBlank ||
		!dv.ShowErrorMessage || dv.ErrorStyle == nil || *dv.ErrorStyle != "stop" || *dv.ErrorTitle != "判定" || *dv.Error != "一覧から選んでください" ||
		!dv.ShowInputMessage || *dv.PromptTitle != "判定" || *dv.Prompt != "選んでください" {
		t.Errorf("validation = %+v", dv)
	}
	pl, err := f.GetPageLayout("データ")
	if err != nil || pl.Size == nil || *pl.Size != 9 || pl.Orientation == nil || *pl.Orientation != "landscape" ||
		pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 0 {
		t.Errorf("page layout = %+v %v", pl, err)
	}
	hf, err := f.GetHeaderFooter("データ")
	if err != nil || hf == nil || hf.OddHeader != "&C下書き & <draft>" || hf.OddFooter != "&C下書き　&P / &N" {
		t.Errorf("header/footer = %+v %v", hf, err)
	}
	merges, err := f.GetMergeCells("データ")
	if err != nil || len(merges) != 1 || merges[0].GetStartAxis() != "A20" || merges[0].GetEndAxis() != "B22" || merges[0].GetCellValue() != "merged top-left" {
		t.Errorf("merged cells = %v %v", merges, err)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Title != "審査シート <x> & y" || props.Creator != "shinsa" || props.Language != "ja-JP" ||
		props.Created != "2026-12-04T15:00:00Z" || props.Modified != "2026-12-04T15:00:00Z" {
		t.Errorf("doc props = %+v %v", props, err)
	}
	if i := f.GetActiveSheetIndex(); i != 0 {
		t.Errorf("active sheet %d, want 0", i)
	}
}

func TestWrite_active_sheet(t *testing.T) {
	fx := build(t)
	if err := fx.wb.SetActiveSheet(1); err != nil {
		t.Fatal(err)
	}
	if err := fx.wb.Write(io.Discard); err == nil {
		t.Error("a workbook opening on a hidden sheet was written")
	}
	fx.hidden.SetVisibility(Visible)
	f := open(t, write(t, fx.wb))
	if i := f.GetActiveSheetIndex(); i != 1 {
		t.Errorf("active sheet %d, want 1", i)
	}
	if err := fx.wb.SetActiveSheet(3); err == nil {
		t.Error("a fourth sheet made active in a workbook of three")
	}
}

func TestRefusals(t *testing.T) {
	wb := New()
	if err := wb.Write(io.Discard); err == nil {
		t.Error("a workbook without sheets was written")
	}
	s, err := wb.AddSheet("Sheet")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"", "sheet", "a/b", "a:b", "[x]", "'quoted", "quoted'", strings.Repeat("長", 32), "a\x01b"} {
		if _, err := wb.AddSheet(name); err == nil {
			t.Errorf("sheet name %q accepted", name)
		}
	}
	if _, err := wb.AddSheet(strings.Repeat("長", 31)); err != nil {
		t.Errorf("a 31-character name refused: %v", err)
	}
	for i, e := range []error{
		s.SetStr(0, 1, "x"), s.SetStr(1, 0, "x"), s.SetStr(MaxColumns+1, 1, "x"), s.SetInt(1, MaxRows+1, 1),
		s.SetFloat(1, 1, 1/zero()), s.SetStyle(Range{1, 1, 1, 1}, 99), s.SetStyle(Range{2, 2, 1, 1}, 0),
		s.SetColWidth(1, 1, 256), s.MergeCells(Range{1, 1, 0, 2}),
		s.AddListValidation(Validation{Range: Range{1, 1, 1, 5}, Items: []string{"a,b"}}),
		s.AddListValidation(Validation{Range: Range{1, 1, 1, 5}}),
		s.AddListValidation(Validation{Range: Range{1, 1, 1, 5}, Items: []string{strings.Repeat("x", 256)}}),
		s.AddListValidation(Validation{Range: Range{1, 1, 1, 5}, Items: []string{"a"}, ErrorTitle: strings.Repeat("x", 33)}),
		s.AddListValidation(Validation{Range: Range{1, 1, 1, 5}, Items: []string{"a"}, ErrorStyle: "loud"}),
		s.SetHeaderFooter(strings.Repeat("x", 256), ""),
		s.SetPageSetup(PageSetup{FitToWidth: -1}),
	} {
		if e == nil {
			t.Errorf("refusal %d: accepted", i)
		}
	}
	if _, err := wb.NewStyle(Style{Fill: "red"}); err == nil {
		t.Error("fill colour \"red\" accepted")
	}
	if _, err := wb.NewStyle(Style{Vertical: "middle"}); err == nil {
		t.Error("vertical alignment \"middle\" accepted")
	}
	if err := s.MergeCells(Range{1, 1, 2, 2}); err != nil {
		t.Fatal(err)
	}
	if err := s.MergeCells(Range{2, 2, 3, 3}); err == nil {
		t.Error("overlapping merged ranges accepted")
	}
}

func zero() float64 { return 0 }

func TestColumnAndCellNames_agree_with_excelize(t *testing.T) {
	for col := 1; col <= MaxColumns; col++ {
		got, err := ColumnName(col)
		want, _ := excelize.ColumnNumberToName(col)
		if err != nil || got != want {
			t.Fatalf("ColumnName(%d) = %q %v, want %q", col, got, err, want)
		}
	}
	for _, col := range []int{0, -1, MaxColumns + 1} {
		if _, err := ColumnName(col); err == nil {
			t.Errorf("ColumnName(%d) gave no error", col)
		}
	}
	for _, c := range [][2]int{{1, 1}, {26, 9}, {27, 10}, {702, 1048576}, {16384, 77}} {
		got, err := CellName(c[0], c[1])
		want, _ := excelize.CoordinatesToCellName(c[0], c[1])
		if err != nil || got != want {
			t.Errorf("CellName(%d, %d) = %q %v, want %q", c[0], c[1], got, err, want)
		}
	}
	if _, err := CellName(1, MaxRows+1); err == nil {
		t.Error("a row past the sheet named")
	}
}

func TestCellText(t *testing.T) {
	for in, want := range map[string]string{
		"":              "",
		"plain":         "plain",
		"a\x00b":        "a\uFFFDb",
		"\uFFFF":        "\uFFFD",
		"\xed\xa0\x80":  "\uFFFD\uFFFD\uFFFD", // an encoded surrogate is invalid UTF-8
		"tab\tnl\ncr\r": "tab\tnl\ncr\r",
	} {
		if got := CellText(in); got != want {
			t.Errorf("CellText(%q) = %q, want %q", in, got, want)
		}
	}
}
