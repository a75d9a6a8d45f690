// Package xlsxw writes small .xlsx workbooks (SpreadsheetML, ECMA-376):
// sheets of string and number cells with styles, column widths, frozen
// header rows, autofilters, merged cells, list validations, print setup,
// headers and footers, and document properties. It is what shinsa's
// reports, review worksheets and demo submissions need and no more; it has
// no package-level state to build at start.
//
// Strings go into the shared string table. A workbook is built in memory
// and written in one pass; the same calls give the same bytes.
package xlsxw

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Workbook is a workbook being built.
type Workbook struct {
	sheets []*Sheet
	styles []Style // cell formats; 0 is the default
	active int
	props  DocProps
}

// DocProps are the document properties (docProps/core.xml). Zero fields are
// left out.
type DocProps struct {
	Title    string
	Creator  string
	Language string // e.g. "ja-JP"
	Created  time.Time
	Modified time.Time
}

// Visibility is a sheet's state in the workbook.
type Visibility int

const (
	Visible    Visibility = iota
	Hidden                // hidden; Excel's Unhide shows it again
	VeryHidden            // only a program (or VBA) can show it again
)

// New returns an empty workbook. Add at least one visible sheet before
// writing it.
func New() *Workbook {
	return &Workbook{styles: []Style{{}}}
}

// SetDocProps sets the document properties.
func (w *Workbook) SetDocProps(p DocProps) { w.props = p }

// SetActiveSheet makes the sheet at index i (0-based) the one Excel opens
// on. It must be a visible sheet when the workbook is written.
func (w *Workbook) SetActiveSheet(i int) error {
	if i < 0 || i >= len(w.sheets) {
		return fmt.Errorf("xlsxw: no sheet %d", i)
	}
	w.active = i
	return nil
}

// Sheets lists the sheets in order.
func (w *Workbook) Sheets() []*Sheet { return slices.Clone(w.sheets) }

// AddSheet appends a sheet. Names follow Excel's rules: 1–31 characters,
// none of : \ / ? * [ ], no apostrophe at either end, unique ignoring case.
func (w *Workbook) AddSheet(name string) (*Sheet, error) {
	if err := checkSheetName(name); err != nil {
		return nil, err
	}
	for _, s := range w.sheets {
		if strings.EqualFold(s.name, name) {
			return nil, fmt.Errorf("xlsxw: a sheet named %q already exists", name)
		}
	}
	s := &Sheet{wb: w, name: name, widths: map[int]float64{}}
	w.sheets = append(w.sheets, s)
	return s, nil
}

func checkSheetName(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("xlsxw: a sheet name is empty")
	case unitsOf(name) > 31:
		return fmt.Errorf("xlsxw: sheet name %q is longer than 31 characters", name)
	case strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'"):
		return fmt.Errorf("xlsxw: sheet name %q starts or ends with an apostrophe", name)
	case strings.ContainsAny(name, `:\/?*[]`):
		return fmt.Errorf(`xlsxw: sheet name %q contains one of : \ / ? * [ ]`, name)
	case cleanXML(name) != name:
		return fmt.Errorf("xlsxw: sheet name %q contains a character XML cannot hold", name)
	}
	return nil
}

// Font is a cell font. A zero Font is the workbook's default (Calibri 11).
type Font struct {
	Family string
	Size   float64 // points
	Bold   bool
}

// Style is a cell format. The zero Style is the default format.
type Style struct {
	Font       Font
	Fill       string // solid fill colour, RRGGBB; "" none
	Border     string // thin border on all four sides in this colour, RRGGBB; "" none
	Wrap       bool   // wrap text
	Vertical   string // "", "top", "center", "bottom"
	Horizontal string // "", "left", "center", "right"
}

func (s Style) check() error {
	for _, c := range []string{s.Fill, s.Border} {
		if c != "" && !isRGB(c) {
			return fmt.Errorf("xlsxw: colour %q is not RRGGBB", c)
		}
	}
	if !slices.Contains([]string{"", "top", "center", "bottom"}, s.Vertical) {
		return fmt.Errorf("xlsxw: vertical alignment %q", s.Vertical)
	}
	if !slices.Contains([]string{"", "left", "center", "right"}, s.Horizontal) {
		return fmt.Errorf("xlsxw: horizontal alignment %q", s.Horizontal)
	}
	if s.Font.Size < 0 || s.Font.Size > 409 || math.IsNaN(s.Font.Size) {
		return fmt.Errorf("xlsxw: font size %v", s.Font.Size)
	}
	if len(s.Font.Family) > 31*4 || cleanXML(s.Font.Family) != s.Font.Family {
		return fmt.Errorf("xlsxw: font family %q", s.Font.Family)
	}
	return nil
}

func isRGB(c string) bool {
	if len(c) != 6 {
		return false
	}
	for _, x := range []byte(c) {
		if !('0' <= x && x <= '9' || 'a' <= x && x <= 'f' || 'A' <= x && x <= 'F') {
			return false
		}
	}
	return true
}

// NewStyle registers a cell format and returns its id for SetStyle. The
// same style twice gives the same id.
func (w *Workbook) NewStyle(s Style) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	s.Fill, s.Border = strings.ToUpper(s.Fill), strings.ToUpper(s.Border)
	if i := slices.Index(w.styles, s); i >= 0 {
		return i, nil
	}
	w.styles = append(w.styles, s)
	return len(w.styles) - 1, nil
}

// Sheet is one worksheet.
type Sheet struct {
	wb        *Workbook
	name      string
	state     Visibility
	rows      [][]cell // rows[r-1][c-1]
	widths    map[int]float64
	freeze    int // rows frozen at the top
	filter    *Range
	titles    [2]int // rows repeated on printed pages
	merges    []Range
	valids    []Validation
	page      *PageSetup
	oddHeader string
	oddFooter string
	hasHF     bool
}

type cellKind uint8

const (
	blank cellKind = iota
	text
	number
)

type cell struct {
	kind  cellKind
	style int32
	v     string // the text, or the number as written
}

// Name is the sheet's name.
func (s *Sheet) Name() string { return s.name }

// SetVisibility hides the sheet (or shows it again).
func (s *Sheet) SetVisibility(v Visibility) { s.state = v }

func (s *Sheet) at(col, row int) (*cell, error) {
	if err := checkCell(col, row); err != nil {
		return nil, err
	}
	for len(s.rows) < row {
		s.rows = append(s.rows, nil)
	}
	r := s.rows[row-1]
	if len(r) < col {
		r = append(r, make([]cell, col-len(r))...)
		s.rows[row-1] = r
	}
	return &r[col-1], nil
}

// SetStr sets a text cell. The text is kept as CellText(v) holds it; an
// empty text leaves the cell blank (keeping its style).
func (s *Sheet) SetStr(col, row int, v string) error {
	c, err := s.at(col, row)
	if err != nil {
		return err
	}
	if v == "" {
		c.kind, c.v = blank, ""
		return nil
	}
	c.kind, c.v = text, CellText(v)
	return nil
}

// SetInt sets a number cell.
func (s *Sheet) SetInt(col, row int, n int64) error {
	c, err := s.at(col, row)
	if err != nil {
		return err
	}
	c.kind, c.v = number, strconv.FormatInt(n, 10)
	return nil
}

// SetFloat sets a number cell; NaN and infinities have no cell form.
func (s *Sheet) SetFloat(col, row int, f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("xlsxw: %v is not a number a cell can hold", f)
	}
	c, err := s.at(col, row)
	if err != nil {
		return err
	}
	c.kind, c.v = number, strconv.FormatFloat(f, 'g', -1, 64)
	return nil
}

// SetStyle gives every cell of a range a style from NewStyle.
func (s *Sheet) SetStyle(r Range, style int) error {
	if err := r.check(); err != nil {
		return err
	}
	if style < 0 || style >= len(s.wb.styles) {
		return fmt.Errorf("xlsxw: no style %d", style)
	}
	for row := r.R1; row <= r.R2; row++ {
		for col := r.C1; col <= r.C2; col++ {
			c, _ := s.at(col, row)
			c.style = int32(style)
		}
	}
	return nil
}

// SetColWidth sets the width of columns c1 to c2, in characters (0–255).
func (s *Sheet) SetColWidth(c1, c2 int, width float64) error {
	if _, err := ColumnName(c1); err != nil {
		return err
	}
	if _, err := ColumnName(c2); err != nil {
		return err
	}
	if !(width >= 0 && width <= 255) {
		return fmt.Errorf("xlsxw: column width %v outside 0–255", width)
	}
	for c := min(c1, c2); c <= max(c1, c2); c++ {
		s.widths[c] = width
	}
	return nil
}

// FreezeRows keeps the top n rows in view when scrolling (0: none).
func (s *Sheet) FreezeRows(n int) error {
	if n < 0 || n >= MaxRows {
		return fmt.Errorf("xlsxw: cannot freeze %d rows", n)
	}
	s.freeze = n
	return nil
}

// AutoFilter puts filter buttons on the first row of r, over the rows below.
func (s *Sheet) AutoFilter(r Range) error {
	if err := r.check(); err != nil {
		return err
	}
	s.filter = &r
	return nil
}

// PrintTitleRows repeats rows r1 to r2 at the top of every printed page.
func (s *Sheet) PrintTitleRows(r1, r2 int) error {
	if r1 < 1 || r2 < r1 || r2 > MaxRows {
		return fmt.Errorf("xlsxw: print title rows %d–%d", r1, r2)
	}
	s.titles = [2]int{r1, r2}
	return nil
}

// MergeCells merges a range. As in Excel, only the top-left cell keeps its
// value: the others are blanked (keeping their styles). Merged ranges may
// not overlap.
func (s *Sheet) MergeCells(r Range) error {
	if err := r.check(); err != nil {
		return err
	}
	if r.C1 == r.C2 && r.R1 == r.R2 {
		return nil
	}
	for _, m := range s.merges {
		if m.overlaps(r) {
			return fmt.Errorf("xlsxw: merged range %s overlaps %s", r.ref(), m.ref())
		}
	}
	for row := r.R1; row <= r.R2 && row <= len(s.rows); row++ {
		cells := s.rows[row-1]
		for col := r.C1; col <= r.C2 && col <= len(cells); col++ {
			if col != r.C1 || row != r.R1 {
				cells[col-1].kind, cells[col-1].v = blank, ""
			}
		}
	}
	s.merges = append(s.merges, r)
	return nil
}

// PageSetup is how the sheet prints.
type PageSetup struct {
	PaperSize   int  // Excel's paper size code: 9 is A4
	Landscape   bool // otherwise portrait
	FitToWidth  int  // pages wide (0: as many as needed); with FitToHeight, fitting is on when either is set
	FitToHeight int  // pages tall (0: as many as needed)
}

// SetPageSetup sets paper, orientation and fitting.
func (s *Sheet) SetPageSetup(p PageSetup) error {
	if p.PaperSize < 0 || p.PaperSize > 118 || p.FitToWidth < 0 || p.FitToHeight < 0 || p.FitToWidth > 32767 || p.FitToHeight > 32767 {
		return fmt.Errorf("xlsxw: page setup %+v", p)
	}
	s.page = &p
	return nil
}

// SetHeaderFooter sets the header and footer of printed pages, in Excel's
// code ("&C" centres, "&P" is the page number, "&N" the number of pages).
// Each is at most 255 characters.
func (s *Sheet) SetHeaderFooter(oddHeader, oddFooter string) error {
	if unitsOf(oddHeader) > 255 || unitsOf(oddFooter) > 255 {
		return fmt.Errorf("xlsxw: a header or footer is longer than 255 characters")
	}
	s.oddHeader, s.oddFooter, s.hasHF = oddHeader, oddFooter, true
	return nil
}

// ErrorStyle is what Excel does with a value a validation refuses.
type ErrorStyle string

const (
	ErrorStop        ErrorStyle = "stop"        // refuse it
	ErrorWarning     ErrorStyle = "warning"     // ask
	ErrorInformation ErrorStyle = "information" // accept it, with a note
)

// Validation is a drop-down list on a range: Items to choose from; an
// error shown (in ErrorStyle) for anything else when ErrorTitle or Error
// is set; a prompt shown on selecting a cell when PromptTitle or Prompt is
// set. Blank cells are allowed.
type Validation struct {
	Range       Range
	Items       []string
	ErrorStyle  ErrorStyle // "" is ErrorStop
	ErrorTitle  string     // ≤ 32 characters
	Error       string     // ≤ 255 characters
	PromptTitle string     // ≤ 32 characters
	Prompt      string     // ≤ 255 characters
}

// AddListValidation adds a drop-down list. Items may not contain a comma
// (the list's separator) and together take at most 255 characters, as
// Excel requires.
func (s *Sheet) AddListValidation(v Validation) error {
	if err := v.Range.check(); err != nil {
		return err
	}
	if len(v.Items) == 0 {
		return fmt.Errorf("xlsxw: a list validation with no items")
	}
	for _, it := range v.Items {
		if strings.Contains(it, ",") {
			return fmt.Errorf("xlsxw: list item %q contains a comma", it)
		}
	}
	if n := unitsOf(strings.Join(v.Items, ",")); n > 255 {
		return fmt.Errorf("xlsxw: list items take %d characters, over Excel's 255", n)
	}
	if unitsOf(v.ErrorTitle) > 32 || unitsOf(v.PromptTitle) > 32 || unitsOf(v.Error) > 255 || unitsOf(v.Prompt) > 255 {
		return fmt.Errorf("xlsxw: a validation's title (32) or message (255 characters) is too long")
	}
	switch v.ErrorStyle {
	case "":
		v.ErrorStyle = ErrorStop
	case ErrorStop, ErrorWarning, ErrorInformation:
	default:
		return fmt.Errorf("xlsxw: error style %q", v.ErrorStyle)
	}
	v.Items = slices.Clone(v.Items)
	s.valids = append(s.valids, v)
	return nil
}

// quoteSheet is a sheet name as formulas and defined names refer to it.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}
