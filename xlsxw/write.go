package xlsxw

import (
	"archive/zip"
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"
)

const (
	nsMain    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRel  = "http://schemas.openxmlformats.org/package/2006/relationships"
	relOffice = nsRel + "/officeDocument"
	xmlHead   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// zipTime is every part's modification time: the output depends on the
// calls only.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Write writes the workbook as an .xlsx package.
func (w *Workbook) Write(out io.Writer) error {
	if len(w.sheets) == 0 {
		return errors.New("xlsxw: a workbook needs a sheet")
	}
	if w.sheets[w.active].state != Visible {
		return fmt.Errorf("xlsxw: the active sheet %q is hidden", w.sheets[w.active].name)
	}
	z := zip.NewWriter(out)
	sst := &sharedStrings{index: map[string]int{}}
	part := func(name string, fill func(x *xmlWriter)) error {
		f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		x := &xmlWriter{b: bufio.NewWriterSize(f, 32<<10)}
		x.raw(xmlHead)
		fill(x)
		return x.b.Flush()
	}
	steps := []struct {
		name string
		fill func(x *xmlWriter)
	}{
		{"[Content_Types].xml", w.contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/app.xml", appProps},
		{"docProps/core.xml", w.coreProps},
		{"xl/workbook.xml", w.workbookXML},
		{"xl/_rels/workbook.xml.rels", w.workbookRels},
		{"xl/styles.xml", w.stylesXML},
	}
	for i, s := range w.sheets {
		steps = append(steps, struct {
			name string
			fill func(x *xmlWriter)
		}{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), func(x *xmlWriter) { s.write(x, sst, i == w.active) }})
	}
	steps = append(steps, struct {
		name string
		fill func(x *xmlWriter)
	}{"xl/sharedStrings.xml", sst.write})
	for _, s := range steps {
		if err := part(s.name, s.fill); err != nil {
			return fmt.Errorf("xlsxw: %s: %w", s.name, err)
		}
	}
	return z.Close()
}

func (w *Workbook) contentTypes(x *xmlWriter) {
	const ct = "application/vnd.openxmlformats-officedocument."
	x.raw(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
		`<Default Extension="xml" ContentType="application/xml"/>`,
		`<Override PartName="/xl/workbook.xml" ContentType="`+ct+`spreadsheetml.sheet.main+xml"/>`)
	for i := range w.sheets {
		x.raw(`<Override PartName="/xl/worksheets/sheet`, strconv.Itoa(i+1), `.xml" ContentType="`+ct+`spreadsheetml.worksheet+xml"/>`)
	}
	x.raw(`<Override PartName="/xl/styles.xml" ContentType="`+ct+`spreadsheetml.styles+xml"/>`,
		`<Override PartName="/xl/sharedStrings.xml" ContentType="`+ct+`spreadsheetml.sharedStrings+xml"/>`,
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
		`<Override PartName="/docProps/app.xml" ContentType="`+ct+`extended-properties+xml"/>`,
		`</Types>`)
}

func rootRels(x *xmlWriter) {
	x.raw(`<Relationships xmlns="`+nsPkgRel+`">`,
		`<Relationship Id="rId1" Type="`+relOffice+`" Target="xl/workbook.xml"/>`,
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
		`<Relationship Id="rId3" Type="`+nsRel+`/extended-properties" Target="docProps/app.xml"/>`,
		`</Relationships>`)
}

func appProps(x *xmlWriter) {
	x.raw(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`,
		`<TotalTime>0</TotalTime><Application>shinsa</Application></Properties>`)
}

func (w *Workbook) coreProps(x *xmlWriter) {
	p := w.props
	x.raw(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	el := func(name, v string) {
		if v != "" {
			x.raw("<", name, ">")
			x.text(v)
			x.raw("</", name, ">")
		}
	}
	el("dc:title", p.Title)
	el("dc:creator", p.Creator)
	el("dc:language", p.Language)
	date := func(name string, t time.Time) {
		if !t.IsZero() {
			x.raw("<", name, ` xsi:type="dcterms:W3CDTF">`, t.UTC().Format("2006-01-02T15:04:05Z"), "</", name, ">")
		}
	}
	date("dcterms:created", p.Created)
	date("dcterms:modified", p.Modified)
	x.raw(`</cp:coreProperties>`)
}

func (w *Workbook) workbookXML(x *xmlWriter) {
	x.raw(`<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><workbookPr/><bookViews><workbookView`)
	if w.active > 0 {
		x.attr("activeTab", strconv.Itoa(w.active))
	}
	x.raw(`/></bookViews><sheets>`)
	for i, s := range w.sheets {
		x.raw(`<sheet`)
		x.attr("name", s.name)
		x.attr("sheetId", strconv.Itoa(i+1))
		switch s.state {
		case Hidden:
			x.attr("state", "hidden")
		case VeryHidden:
			x.attr("state", "veryHidden")
		}
		x.attr("r:id", "rId"+strconv.Itoa(i+1))
		x.raw(`/>`)
	}
	x.raw(`</sheets>`)
	// Defined names: an autofilter's range and the print titles, each
	// local to its sheet.
	var names []string
	for i, s := range w.sheets {
		local := strconv.Itoa(i)
		if s.filter != nil {
			names = append(names, `<definedName name="_xlnm._FilterDatabase" localSheetId="`+local+`" hidden="1">`+escapeString(quoteSheet(s.name)+"!"+s.filter.absRef())+`</definedName>`)
		}
		if s.titles[0] > 0 {
			rows := "$" + strconv.Itoa(s.titles[0]) + ":$" + strconv.Itoa(s.titles[1])
			names = append(names, `<definedName name="_xlnm.Print_Titles" localSheetId="`+local+`">`+escapeString(quoteSheet(s.name)+"!"+rows)+`</definedName>`)
		}
	}
	if len(names) > 0 {
		x.raw(`<definedNames>`)
		x.raw(names...)
		x.raw(`</definedNames>`)
	}
	x.raw(`<calcPr calcId="191029"/></workbook>`)
}

// escapeString is text escaped for character data.
func escapeString(s string) string {
	var b bufferWriter
	x := &xmlWriter{b: bufio.NewWriter(&b)}
	x.text(s)
	x.b.Flush()
	return string(b)
}

type bufferWriter []byte

func (b *bufferWriter) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

func (w *Workbook) workbookRels(x *xmlWriter) {
	x.raw(`<Relationships xmlns="` + nsPkgRel + `">`)
	for i := range w.sheets {
		n := strconv.Itoa(i + 1)
		x.raw(`<Relationship Id="rId` + n + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + n + `.xml"/>`)
	}
	n := len(w.sheets)
	x.raw(`<Relationship Id="rId`+strconv.Itoa(n+1)+`" Type="`+nsRel+`/styles" Target="styles.xml"/>`,
		`<Relationship Id="rId`+strconv.Itoa(n+2)+`" Type="`+nsRel+`/sharedStrings" Target="sharedStrings.xml"/>`,
		`</Relationships>`)
}

// stylesXML writes the fonts, fills and borders the styles use (each once)
// and one cell format per style.
func (w *Workbook) stylesXML(x *xmlWriter) {
	fonts := []Font{{}}
	fills := []string{"", "gray125"} // Excel's two reserved fills
	borders := []string{""}
	index := func(list *[]string, v string) int {
		if i := slices.Index(*list, v); i >= 0 {
			return i
		}
		*list = append(*list, v)
		return len(*list) - 1
	}
	type xf struct{ font, fill, border int }
	xfs := make([]xf, len(w.styles))
	for i, s := range w.styles {
		f := slices.Index(fonts, s.Font)
		if f < 0 {
			fonts = append(fonts, s.Font)
			f = len(fonts) - 1
		}
		fill := 0
		if s.Fill != "" {
			fill = index(&fills, s.Fill)
		}
		border := 0
		if s.Border != "" {
			border = index(&borders, s.Border)
		}
		xfs[i] = xf{f, fill, border}
	}
	x.raw(`<styleSheet xmlns="` + nsMain + `">`)
	x.raw(`<fonts count="`, strconv.Itoa(len(fonts)), `">`)
	for _, f := range fonts {
		if f == (Font{}) {
			x.raw(`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`)
			continue
		}
		x.raw(`<font>`)
		if f.Bold {
			x.raw(`<b/>`)
		}
		size := f.Size
		if size == 0 {
			size = 11
		}
		x.raw(`<sz val="`, strconv.FormatFloat(size, 'f', -1, 64), `"/>`)
		family := f.Family
		if family == "" {
			family = "Calibri"
		}
		x.raw(`<name`)
		x.attr("val", family)
		x.raw(`/><family val="2"/></font>`)
	}
	x.raw(`</fonts><fills count="`, strconv.Itoa(len(fills)), `">`)
	for i, f := range fills {
		switch i {
		case 0:
			x.raw(`<fill><patternFill patternType="none"/></fill>`)
		case 1:
			x.raw(`<fill><patternFill patternType="gray125"/></fill>`)
		default:
			x.raw(`<fill><patternFill patternType="solid"><fgColor rgb="FF`, f, `"/><bgColor indexed="64"/></patternFill></fill>`)
		}
	}
	x.raw(`</fills><borders count="`, strconv.Itoa(len(borders)), `">`)
	for _, b := range borders {
		if b == "" {
			x.raw(`<border><left/><right/><top/><bottom/><diagonal/></border>`)
			continue
		}
		x.raw(`<border>`)
		for _, side := range []string{"left", "right", "top", "bottom"} {
			x.raw(`<`, side, ` style="thin"><color rgb="FF`, b, `"/></`, side, `>`)
		}
		x.raw(`<diagonal/></border>`)
	}
	x.raw(`</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	x.raw(`<cellXfs count="`, strconv.Itoa(len(w.styles)), `">`)
	for i, s := range w.styles {
		f := xfs[i]
		x.raw(`<xf numFmtId="0" fontId="`, strconv.Itoa(f.font), `" fillId="`, strconv.Itoa(f.fill), `" borderId="`, strconv.Itoa(f.border), `" xfId="0"`)
		if f.font > 0 {
			x.raw(` applyFont="1"`)
		}
		if f.fill > 0 {
			x.raw(` applyFill="1"`)
		}
		if f.border > 0 {
			x.raw(` applyBorder="1"`)
		}
		align := s.Wrap || s.Vertical != "" || s.Horizontal != ""
		if !align {
			x.raw(`/>`)
			continue
		}
		x.raw(` applyAlignment="1"><alignment`)
		if s.Horizontal != "" {
			x.attr("horizontal", s.Horizontal)
		}
		if s.Vertical != "" {
			x.attr("vertical", s.Vertical)
		}
		if s.Wrap {
			x.raw(` wrapText="1"`)
		}
		x.raw(`/></xf>`)
	}
	x.raw(`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>`,
		`<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`)
}

type sharedStrings struct {
	index map[string]int
	list  []string
	count int
}

func (t *sharedStrings) add(s string) int {
	t.count++
	if i, ok := t.index[s]; ok {
		return i
	}
	t.index[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func (t *sharedStrings) write(x *xmlWriter) {
	x.raw(`<sst xmlns="`+nsMain+`" count="`, strconv.Itoa(t.count), `" uniqueCount="`, strconv.Itoa(len(t.list)), `">`)
	for _, s := range t.list {
		if needsPreserve(s) {
			x.raw(`<si><t xml:space="preserve">`)
		} else {
			x.raw(`<si><t>`)
		}
		x.text(escapeBstr(s))
		x.raw(`</t></si>`)
	}
	x.raw(`</sst>`)
}

// extent is the used range: the last row and column holding a cell.
func (s *Sheet) extent() (cols, rows int) {
	for i, r := range s.rows {
		if len(r) > 0 {
			rows = i + 1
			cols = max(cols, len(r))
		}
	}
	return cols, rows
}

func (s *Sheet) write(x *xmlWriter, sst *sharedStrings, active bool) {
	x.raw(`<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	if p := s.page; p != nil && (p.FitToWidth > 0 || p.FitToHeight > 0) {
		x.raw(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
	}
	cols, rows := s.extent()
	dim := "A1"
	if rows > 0 {
		dim = Range{1, 1, cols, rows}.ref()
	}
	x.raw(`<dimension ref="`, dim, `"/><sheetViews><sheetView`)
	if active {
		x.raw(` tabSelected="1"`)
	}
	x.raw(` workbookViewId="0"`)
	if s.freeze > 0 {
		top := cellName(1, s.freeze+1)
		x.raw(`><pane ySplit="`, strconv.Itoa(s.freeze), `" topLeftCell="`, top, `" activePane="bottomLeft" state="frozen"/>`,
			`<selection pane="bottomLeft" activeCell="`, top, `" sqref="`, top, `"/></sheetView>`)
	} else {
		x.raw(`/>`)
	}
	x.raw(`</sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.widths) > 0 {
		x.raw(`<cols>`)
		keys := make([]int, 0, len(s.widths))
		for c := range s.widths {
			keys = append(keys, c)
		}
		slices.Sort(keys)
		for i := 0; i < len(keys); {
			j := i
			for j+1 < len(keys) && keys[j+1] == keys[j]+1 && s.widths[keys[j+1]] == s.widths[keys[i]] {
				j++
			}
			x.raw(`<col min="`, strconv.Itoa(keys[i]), `" max="`, strconv.Itoa(keys[j]), `" width="`,
				strconv.FormatFloat(s.widths[keys[i]], 'f', -1, 64), `" customWidth="1"/>`)
			i = j + 1
		}
		x.raw(`</cols>`)
	}
	x.raw(`<sheetData>`)
	for i, r := range s.rows {
		if len(r) == 0 {
			continue
		}
		row := strconv.Itoa(i + 1)
		x.raw(`<row r="`, row, `">`)
		for j, c := range r {
			if c.kind == blank && c.style == 0 {
				continue
			}
			x.raw(`<c r="`, columnName(j+1), row, `"`)
			if c.style != 0 {
				x.raw(` s="`, strconv.Itoa(int(c.style)), `"`)
			}
			switch c.kind {
			case blank:
				x.raw(`/>`)
			case text:
				x.raw(` t="s"><v>`, strconv.Itoa(sst.add(c.v)), `</v></c>`)
			case number:
				x.raw(`><v>`, c.v, `</v></c>`)
			}
		}
		x.raw(`</row>`)
	}
	x.raw(`</sheetData>`)
	if s.filter != nil {
		x.raw(`<autoFilter ref="`, s.filter.ref(), `"/>`)
	}
	if len(s.merges) > 0 {
		x.raw(`<mergeCells count="`, strconv.Itoa(len(s.merges)), `">`)
		for _, m := range s.merges {
			x.raw(`<mergeCell ref="`, m.ref(), `"/>`)
		}
		x.raw(`</mergeCells>`)
	}
	if len(s.valids) > 0 {
		x.raw(`<dataValidations count="`, strconv.Itoa(len(s.valids)), `">`)
		for _, v := range s.valids {
			x.raw(`<dataValidation type="list"`)
			x.attr("errorStyle", string(v.ErrorStyle))
			x.raw(` allowBlank="1"`)
			if v.PromptTitle != "" || v.Prompt != "" {
				x.raw(` showInputMessage="1"`)
			}
			if v.ErrorTitle != "" || v.Error != "" {
				x.raw(` showErrorMessage="1"`)
			}
			for _, a := range [][2]string{{"errorTitle", v.ErrorTitle}, {"error", v.Error}, {"promptTitle", v.PromptTitle}, {"prompt", v.Prompt}} {
				if a[1] != "" {
					x.attr(a[0], a[1])
				}
			}
			x.attr("sqref", v.Range.ref())
			x.raw(`><formula1>`)
			list := ""
			for i, it := range v.Items {
				if i > 0 {
					list += ","
				}
				for _, r := range it {
					if r == '"' {
						list += `""`
					} else {
						list += string(r)
					}
				}
			}
			x.text(`"` + list + `"`)
			x.raw(`</formula1></dataValidation>`)
		}
		x.raw(`</dataValidations>`)
	}
	if s.page != nil || s.hasHF {
		x.raw(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)
	}
	if p := s.page; p != nil {
		x.raw(`<pageSetup`)
		if p.PaperSize > 0 {
			x.raw(` paperSize="`, strconv.Itoa(p.PaperSize), `"`)
		}
		if p.FitToWidth > 0 || p.FitToHeight > 0 {
			x.raw(` fitToWidth="`, strconv.Itoa(p.FitToWidth), `" fitToHeight="`, strconv.Itoa(p.FitToHeight), `"`)
		}
		if p.Landscape {
			x.raw(` orientation="landscape"`)
		} else {
			x.raw(` orientation="portrait"`)
		}
		x.raw(`/>`)
	}
	if s.hasHF {
		x.raw(`<headerFooter>`)
		if s.oddHeader != "" {
			x.raw(`<oddHeader>`)
			x.text(s.oddHeader)
			x.raw(`</oddHeader>`)
		}
		if s.oddFooter != "" {
			x.raw(`<oddFooter>`)
			x.text(s.oddFooter)
			x.raw(`</oddFooter>`)
		}
		x.raw(`</headerFooter>`)
	}
	x.raw(`</worksheet>`)
}
