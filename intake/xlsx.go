package intake

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"shinsa/review"
	"shinsa/tempdir"
)

// Sheet names of FORMATS.md §2.2.
const (
	SheetCover = "申請書"
	SheetItems = "開示項目"
)

// coverLabels maps the labels of the 申請書 sheet (after labelKey) to cover
// fields.
var coverLabels = map[string]string{
	"制度": FieldScheme, "制度名": FieldScheme, "認定制度": FieldScheme,
	"版": FieldEdition, "版数": FieldEdition,
	"申請区分": FieldKind,
	"事業者名": FieldApplicant, "申請者名": FieldApplicant, "申請事業者名": FieldApplicant,
	"法人番号":   FieldCorporateNumber,
	"サービス名称": FieldService, "サービス名": FieldService,
	"認定番号":    FieldCertificationNumber,
	"開示情報の日付": FieldDisclosureDate,
	"提出日":     FieldSubmitted, "申請日": FieldSubmitted,
}

// xmlSpillSize is the size above which excelize keeps a sheet in a file in
// our temporary directory rather than in memory. excelize calls it
// UnzipXMLSizeLimit, but it refuses nothing: UnzipSizeLimit does that.
const xmlSpillSize = 16 << 20

// workbook is an opened .xlsx and the private temporary directory excelize
// may write to; close removes both.
type workbook struct {
	file     string
	lim      Limits
	f        *excelize.File
	zr       *zip.Reader
	tmp      string
	date1904 bool
}

// openWorkbook refuses a workbook that is not a zip, or whose parts declare
// more bytes than the limit, before anything is decompressed; then opens it
// with excelize under the same limit.
func openWorkbook(name string, data []byte, lim Limits) (*workbook, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errorf(name, "", "not a readable workbook (%v): the file is damaged or cut short; save it again from Excel", err)
	}
	var total uint64
	limit := uint64(lim.Unzip)
	for _, zf := range zr.File {
		if zf.UncompressedSize64 > limit-total {
			return nil, errorf(name, zf.Name, "the workbook expands to more than %s, the limit (raise it with --max-unzip if the file is genuine)", size(lim.Unzip))
		}
		total += zf.UncompressedSize64
	}
	tmp, err := tempdir.MkdirTemp("intake-")
	if err != nil {
		return nil, errorf(name, "", "cannot make a temporary directory to read the workbook: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    lim.Unzip,
		UnzipXMLSizeLimit: min(lim.Unzip, xmlSpillSize),
		TmpDir:            tmp,
		// A cell's text is what Excel shows, and applicants' Excel runs in
		// Japan: the short date (format 14, what typing 2026/4/1 gives) is
		// 2026/4/1, not 04-01-26; formats 27–58 are the Japanese ones (和暦,
		// 2026年4月1日), not bare serials; [$-ja-JP] dates are 和暦.
		CultureInfo:      excelize.CultureNameJaJP,
		ShortDatePattern: "yyyy/m/d",
	})
	if err != nil {
		if f != nil {
			f.Close()
		}
		os.RemoveAll(tmp)
		return nil, errorf(name, "", "not a readable workbook: %v", err)
	}
	w := &workbook{file: name, lim: lim, f: f, zr: zr, tmp: tmp}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		w.date1904 = *props.Date1904
	}
	return w, nil
}

func (w *workbook) close() {
	w.f.Close()
	os.RemoveAll(w.tmp)
}

// sheet finds a sheet by name, exactly or up to width and spacing.
func (w *workbook) sheet(want string) (string, bool) {
	list := w.f.GetSheetList()
	for _, s := range list {
		if s == want {
			return s, true
		}
	}
	for _, s := range list {
		if labelKey(s) == labelKey(want) {
			return s, true
		}
	}
	return "", false
}

// readRows streams a sheet with excelize's Rows, keeping non-empty rows and
// enforcing the cell and row limits. raw asks for stored values (a date cell
// gives its serial) instead of displayed ones.
func (w *workbook) readRows(sheet string, raw bool) ([]tableRow, error) {
	rows, err := w.f.Rows(sheet)
	if err != nil {
		return nil, errorf(w.file, "sheet "+sheet, "cannot read the sheet: %v", err)
	}
	defer rows.Close()
	var out []tableRow
	n := 0
	for rows.Next() {
		n++
		cols, err := rows.Columns(excelize.Options{RawCellValue: raw})
		if err != nil {
			return nil, errorf(w.file, fmt.Sprintf("sheet %s row %d", sheet, n), "unreadable row: %v", err)
		}
		empty := true
		for j, c := range cols {
			if len(c) > w.lim.Cell {
				cell, _ := excelize.CoordinatesToCellName(j+1, n)
				return nil, errorf(w.file, sheet+"!"+cell, "the cell holds %s, over the limit of %s (raise it with --max-cell)", size(int64(len(c))), size(int64(w.lim.Cell)))
			}
			empty = empty && strings.TrimSpace(c) == ""
		}
		if empty {
			continue
		}
		if len(out) == w.lim.Rows {
			return nil, errorf(w.file, fmt.Sprintf("sheet %s row %d", sheet, n), "the sheet has more than %d rows, the limit (raise it with --max-rows)", w.lim.Rows)
		}
		out = append(out, tableRow{n: n, cells: cols})
	}
	if err := rows.Error(); err != nil {
		return nil, errorf(w.file, fmt.Sprintf("sheet %s row %d", sheet, n), "unreadable sheet: %v", err)
	}
	if err := rows.Close(); err != nil {
		return nil, errorf(w.file, "sheet "+sheet, "unreadable sheet: %v", err)
	}
	return out, nil
}

// readCover reads the 申請書 sheet: label and value, one field per row in
// any order, or as a form lays them out, two fields on a row (事業者名 … 法人番号
// …). A known label takes the next filled cell to its right as its value,
// unless that cell is itself a label: a field left blank stays blank. A
// workbook without the sheet leaves the cover to the flags.
func (w *workbook) readCover(c *cover) error {
	sheet, ok := w.sheet(SheetCover)
	if !ok {
		return nil
	}
	rows, err := w.readRows(sheet, true)
	if err != nil {
		return err
	}
	for _, r := range rows {
		for j := 0; j < len(r.cells); j++ {
			field, known := coverLabels[labelKey(r.cells[j])]
			if !known {
				continue
			}
			value := -1
			for k := j + 1; k < len(r.cells); k++ {
				if strings.TrimSpace(r.cells[k]) != "" {
					value = k
					break
				}
			}
			if value < 0 {
				break
			}
			if _, isLabel := coverLabels[labelKey(r.cells[value])]; isLabel {
				j = value - 1 // the next label starts there
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(value+1, r.n)
			where := sheet + "!" + cell
			if prev, dup := c.vals[field]; dup {
				return errorf(w.file, where, "%s is given twice (also at %s)", fieldNames[field], prev.where)
			}
			c.set(field, r.cells[value], where)
			j = value
		}
	}
	return nil
}

// itemsTable reads the 開示項目 sheet (or, in a workbook without one, the
// first sheet with a recognisable header), carries merged cells down and
// finds the header.
func (w *workbook) itemsTable(need ...column) (*table, error) {
	var candidates []string
	named, ok := w.sheet(SheetItems)
	if ok {
		candidates = []string{named}
	} else {
		for _, s := range w.f.GetSheetList() {
			if s != SheetCover {
				candidates = append(candidates, s)
			}
		}
	}
	for _, sheet := range candidates {
		merges, err := w.scanSheet(sheet)
		if err != nil {
			return nil, err
		}
		rows, err := w.readRows(sheet, false)
		if err != nil {
			return nil, err
		}
		if err := w.applyMerges(sheet, rows, merges); err != nil {
			return nil, err
		}
		t := &table{file: w.file, sheet: sheet, rows: rows}
		err = t.findHeader(need...)
		if err == nil {
			return t, nil
		}
		if named != "" {
			return nil, err
		}
	}
	return nil, errorf(w.file, "", "no sheet %s, and no other sheet (%s) has a header row with No and %s in its first %d rows",
		SheetItems, strings.Join(w.f.GetSheetList(), ", "), columnNames[need[0]], headerSearchRows)
}

// applyMerges gives each row a merged range covers the value of the range's
// top-left cell, in the range's first column: a 審査対象項目 merged over
// B10:B12 reads on rows 10, 11 and 12. Values are not spread sideways, so a
// heading merged across A4:G4 does not turn into an answer in E4.
//
// Excel never writes overlapping ranges, so each cell is covered at most
// once; a sheet whose ranges cover far more cells than it has is hostile and
// refused rather than walked.
func (w *workbook) applyMerges(sheet string, rows []tableRow, merges []cellRange) error {
	budget := 64*len(rows) + 4096
	for _, m := range merges {
		// rows are in sheet order: find the top row, then walk the rows that
		// exist inside the range (gaps cost nothing).
		top := sort.Search(len(rows), func(i int) bool { return rows[i].n >= m.r1 })
		if top == len(rows) || rows[top].n != m.r1 || m.c1-1 >= len(rows[top].cells) {
			continue
		}
		v := rows[top].cells[m.c1-1]
		for i := top + 1; i < len(rows) && rows[i].n <= m.r2; i++ {
			if budget--; budget < 0 {
				return errorf(w.file, "sheet "+sheet, "the sheet's merged ranges overlap or cover far more cells than it has; open and save it in Excel again")
			}
			for len(rows[i].cells) < m.c1 {
				rows[i].cells = append(rows[i].cells, "")
			}
			if strings.TrimSpace(rows[i].cells[m.c1-1]) == "" {
				rows[i].cells[m.c1-1] = v
			}
		}
	}
	return nil
}

func readXLSX(name string, data []byte, opt Options) (*review.Submission, error) {
	w, err := openWorkbook(name, data, opt.Limits)
	if err != nil {
		return nil, err
	}
	defer w.close()
	c := newCover(name, func(s string) (review.Date, error) { return parseDate(s, w.date1904) },
		"add a 制度 row to the 申請書 sheet or pass --scheme")
	if err := w.readCover(c); err != nil {
		return nil, err
	}
	app, cat, prov, err := c.finish(opt)
	if err != nil {
		return nil, err
	}
	t, err := w.itemsTable(colAnswer)
	if err != nil {
		return nil, err
	}
	col := newCollector(name, cat)
	if err := t.readAnswers(col); err != nil {
		return nil, err
	}
	return &review.Submission{App: app, Answers: col.answers, Cover: prov}, nil
}
