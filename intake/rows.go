package intake

import (
	"fmt"
	"strings"
)

// Sheets is a workbook opened to read whole sheets as text: shinsa's own
// workbooks coming back (the review worksheet), through the same reader,
// limits and refusals as a submission.
type Sheets struct {
	w *workbook
}

// OpenSheets opens a workbook under DefaultLimits. name is used in
// messages. Errors are *Error.
func OpenSheets(name string, data []byte) (s *Sheets, err error) {
	defer func() {
		if p := recover(); p != nil {
			s, err = nil, errorf(name, "", "the workbook reader failed on this file (%v); open and save it in Excel again", p)
		}
	}()
	lim := DefaultLimits()
	if int64(len(data)) > lim.FileSize {
		return nil, errorf(name, "", "the file is %s, over the limit of %s", size(int64(len(data))), size(lim.FileSize))
	}
	w, err := openWorkbook(name, data, lim)
	if err != nil {
		return nil, err
	}
	return &Sheets{w: w}, nil
}

// find is the workbook's name for a sheet: Excel's sheet names are unique
// ignoring case, and excelize finds them so.
func (s *Sheets) find(sheet string) (string, bool) {
	for _, r := range s.w.sheets {
		if r.name == sheet {
			return r.name, true
		}
	}
	for _, r := range s.w.sheets {
		if strings.EqualFold(r.name, sheet) {
			return r.name, true
		}
	}
	return "", false
}

// Has says whether the workbook has the sheet (ignoring case, as Excel
// does).
func (s *Sheets) Has(sheet string) bool {
	_, ok := s.find(sheet)
	return ok
}

// Rows returns a sheet's rows as excelize's GetRows gives them: each cell's
// displayed text, row i of the result being sheet row i+1, empty rows
// between filled ones empty, trailing empty cells and rows left off. One
// difference: a row holding nothing but white space reads as empty. A sheet
// the workbook does not have is an error, as is damaged XML or a sheet
// past the limits.
func (s *Sheets) Rows(sheet string) (out [][]string, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, errorf(s.w.file, "sheet "+sheet, "the workbook reader failed on this sheet (%v); open and save it in Excel again", p)
		}
	}()
	name, ok := s.find(sheet)
	if !ok {
		return nil, errorf(s.w.file, "", "sheet %s does not exist", sheet)
	}
	rows, _, err := s.w.readSheet(name, false)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, nil
	}
	last := 0 // rows come in order in any workbook Excel writes; not trusted
	for _, r := range rows {
		last = max(last, r.n)
	}
	if last > s.w.lim.Rows {
		return nil, errorf(s.w.file, fmt.Sprintf("sheet %s row %d", sheet, last), "the sheet's rows reach past row %d, the limit (raise it with --max-rows)", s.w.lim.Rows)
	}
	out = make([][]string, last)
	for _, r := range rows {
		c := r.cells
		for len(c) > 0 && c[len(c)-1] == "" {
			c = c[:len(c)-1]
		}
		out[r.n-1] = c
	}
	return out, nil
}

// Close releases what reading needed.
func (s *Sheets) Close() { s.w.close() }
