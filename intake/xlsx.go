package intake

import (
	"archive/zip"
	"bytes"
	"sort"
	"strings"

	"shinsa/review"
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

// workbook is an opened .xlsx: its zip directory, its sheets and what cells
// refer to (shared strings, number formats). Nothing is decompressed but
// those small parts until a sheet is read, and a sheet is read as a stream.
type workbook struct {
	file       string
	lim        Limits
	zr         *zip.Reader
	sheets     []sheetRef
	date1904   bool
	sstPart    string
	stylesPart string
	sst        []string
	sstOver    map[int]int    // shared strings over the cell limit: their size
	numFmts    map[int]string // the workbook's own number format codes by id
	xfs        []int          // number format id of each cell style
	formats    *formatter
}

type sheetRef struct{ name, part string }

// openWorkbook refuses a workbook that is not a zip, or whose parts declare
// more bytes than the limits (per part and all together), before anything
// is decompressed; archive/zip then refuses to inflate any part past what it
// declared. It reads the workbook's structure, shared strings and styles.
func openWorkbook(name string, data []byte, lim Limits) (*workbook, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errorf(name, "", "not a readable workbook (%v): the file is damaged or cut short; save it again from Excel", err)
	}
	var total uint64
	limit := uint64(lim.Unzip)
	for _, zf := range zr.File {
		if zf.UncompressedSize64 > uint64(lim.Part) {
			return nil, errorf(name, zf.Name, "the part expands to more than %s, the limit for one part (raise it with --max-part if the file is genuine)", size(lim.Part))
		}
		if zf.UncompressedSize64 > limit-total {
			return nil, errorf(name, zf.Name, "the workbook expands to more than %s, the limit (raise it with --max-unzip if the file is genuine)", size(lim.Unzip))
		}
		total += zf.UncompressedSize64
	}
	w := &workbook{file: name, lim: lim, zr: zr}
	if err := w.readPackage(); err != nil {
		return nil, errorf(name, "", "not a readable workbook: %v", err)
	}
	if err := w.readSharedStrings(); err != nil {
		return nil, err
	}
	if err := w.readStyles(); err != nil {
		return nil, err
	}
	return w, nil
}

// close lets go of what reading kept: the formatter's parsed formats and
// texts (nothing else is held open).
func (w *workbook) close() {
	w.formats = nil
}

// sheet finds a sheet by name, exactly or up to width and spacing.
func (w *workbook) sheet(want string) (string, bool) {
	list := w.sheetNames()
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
	rows, _, err := w.readSheet(sheet, true)
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
			cell, _ := cellName(value+1, r.n)
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
		for _, s := range w.sheetNames() {
			if s != SheetCover {
				candidates = append(candidates, s)
			}
		}
	}
	for _, sheet := range candidates {
		rows, merges, err := w.readSheet(sheet, false)
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
		SheetItems, strings.Join(w.sheetNames(), ", "), columnNames[need[0]], headerSearchRows)
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
