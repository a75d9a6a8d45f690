package report

import (
	"fmt"
	"io"
	"unicode/utf16"

	"shinsa/review"
	"shinsa/xlsxw"
)

// The workbook: the rows sheet (every row, or the letter's action rows), a
// summary sheet with counts and the anchor, and for the committee the
// automatic checks and the changes since the previous submission. No cell is
// a formula. Counts are numbers (so they sum and sort); every text is a string
// set with SetCellStr and neutralised like the CSV: an apostrophe only before
// what a spreadsheet would evaluate (review.FormulaRisk).

var verdictFill = map[review.Verdict]string{
	review.Unreviewed:    "FFFFFF",
	review.Conforms:      "E3F1E3",
	review.Query:         "FFF3C4",
	review.Correction:    "FFE0C2",
	review.Nonconforming: "F9D0D0",
	review.NotApplicable: "EDEDED",
}

var columnWidths = []float64{8, 14, 18, 30, 8, 50, 8, 14, 36, 36, 12, 17, 40, 40, 36}

// maxCellUnits is Excel's limit on a cell's length, in UTF-16 units.
const maxCellUnits = 32767

type book struct {
	wb     *xlsxw.Workbook
	sheets map[string]*xlsxw.Sheet
	err    error
	header int
	body   int
	vstyle map[review.Verdict]int
}

// sheet is a sheet made by newSheet; nil (and b.err set) if there is none.
func (b *book) sheet(name string) *xlsxw.Sheet {
	s := b.sheets[name]
	if s == nil && b.err == nil {
		b.err = fmt.Errorf("no sheet %q", name)
	}
	return s
}

func (b *book) set(sheet string, col, row int, s string) {
	if sh := b.sheet(sheet); b.err == nil {
		b.err = sh.SetStr(col, row, fitCell(cell(s)))
	}
}

// fitCell shortens a text Excel cannot hold and says so in the cell, rather
// than letting the library cut it silently.
func fitCell(s string) string {
	u := utf16.Encode([]rune(s))
	if len(u) <= maxCellUnits {
		return s
	}
	note := fmt.Sprintf("…（以下省略：全%d文字。全文は JSON・HTML 形式の報告書にあります）", len([]rune(s)))
	keep := maxCellUnits - len(utf16.Encode([]rune(note)))
	r := utf16.Decode(u[:keep])
	if n := len(r); n > 0 && r[n-1] == 0xfffd { // a cut surrogate pair
		r = r[:n-1]
	}
	return string(r) + note
}

// num writes a count as a number.
func (b *book) num(sheet string, col, row, n int) {
	if sh := b.sheet(sheet); b.err == nil {
		b.err = sh.SetInt(col, row, int64(n))
	}
}

func (b *book) rowOf(sheet string, row int, vals ...string) {
	for i, v := range vals {
		b.set(sheet, i+1, row, v)
	}
}

func (b *book) style(sheet string, c1, r1, c2, r2, id int) {
	if sh := b.sheet(sheet); b.err == nil {
		b.err = sh.SetStyle(xlsxw.Range{C1: c1, R1: r1, C2: c2, R2: r2}, id)
	}
}

// widths sets the widths of the first columns.
func (b *book) widths(sheet string, widths []float64) {
	sh := b.sheet(sheet)
	for i, w := range widths {
		if b.err == nil {
			b.err = sh.SetColWidth(i+1, i+1, w)
		}
	}
}

// table writes a header row and rows, freezes the header, adds an
// autofilter and repeats the header on printed pages.
func (b *book) table(sheet string, cols []string, widths []float64, rows [][]string) {
	b.rowOf(sheet, 1, cols...)
	for i, r := range rows {
		b.rowOf(sheet, i+2, r...)
	}
	if b.err != nil {
		return
	}
	n := len(cols)
	b.style(sheet, 1, 1, n, 1, b.header)
	if len(rows) > 0 {
		b.style(sheet, 1, 2, n, len(rows)+1, b.body)
	}
	b.widths(sheet, widths)
	if b.err != nil {
		return
	}
	sh := b.sheet(sheet)
	for _, step := range []func() error{
		func() error { return sh.FreezeRows(1) },
		func() error { return sh.AutoFilter(xlsxw.Range{C1: 1, R1: 1, C2: n, R2: len(rows) + 1}) },
		func() error { return sh.PrintTitleRows(1, 1) },
		// A4 landscape, one page wide
		func() error {
			return sh.SetPageSetup(xlsxw.PageSetup{PaperSize: 9, Landscape: true, FitToWidth: 1, FitToHeight: 0})
		},
	} {
		if b.err == nil {
			b.err = step()
		}
	}
}

func newBook() (*book, error) {
	wb := xlsxw.New()
	b := &book{wb: wb, sheets: map[string]*xlsxw.Sheet{}, vstyle: map[review.Verdict]int{}}
	const border = "808080"
	font := xlsxw.Font{Family: "Yu Gothic", Size: 10}
	bold := xlsxw.Font{Family: "Yu Gothic", Size: 10, Bold: true}
	var err error
	if b.header, err = wb.NewStyle(xlsxw.Style{Border: border, Font: bold, Fill: "D9D9D9", Wrap: true, Vertical: "center"}); err != nil {
		return nil, err
	}
	if b.body, err = wb.NewStyle(xlsxw.Style{Border: border, Font: font, Wrap: true, Vertical: "top"}); err != nil {
		return nil, err
	}
	for _, v := range review.Verdicts {
		f := font
		f.Bold = v != review.Unreviewed
		id, err := wb.NewStyle(xlsxw.Style{Border: border, Font: f, Fill: verdictFill[v], Wrap: true, Vertical: "top"})
		if err != nil {
			return nil, err
		}
		b.vstyle[v] = id
	}
	return b, nil
}

// docProps are a workbook's document properties: dated the day of the
// record, so the same record gives the same file.
func docProps(title string, d *doc) xlsxw.DocProps {
	day := midnight(d.in.Date)
	return xlsxw.DocProps{Title: title, Creator: "shinsa", Language: "ja-JP", Created: day, Modified: day}
}

// finish writes the workbook, opened on its first sheet.
func (b *book) finish(w io.Writer) error {
	if b.err == nil {
		b.err = b.wb.SetActiveSheet(0)
	}
	if b.err == nil {
		b.err = b.wb.Write(w)
	}
	return b.err
}

func writeXLSX(w io.Writer, d *doc) error {
	b, err := newBook()
	if err != nil {
		return err
	}
	main := "審査結果"
	if d.Kind == Letter {
		main = "修正依頼"
	}
	b.newSheet(main)
	rows := make([][]string, len(d.Rows))
	for i, r := range d.Rows {
		rows[i] = tableRow(r)
		rows[i][6] = r.Verdict.Mark() + " " + r.Verdict.Japanese()
	}
	b.table(main, tableColumns, columnWidths, rows)
	for i, r := range d.Rows { // 判定 and verdict cells carry the verdict's fill
		b.style(main, 7, i+2, 8, i+2, b.vstyle[r.Verdict])
	}
	b.summary(d)
	if d.Kind == Committee {
		if len(d.Problems) > 0 {
			b.newSheet("自動チェック")
			var ps [][]string
			for _, p := range d.Problems {
				ps = append(ps, []string{p.Item, p.Rule, p.Message})
			}
			b.table("自動チェック", []string{"項目ID", "ルール", "内容"}, []float64{14, 24, 80}, ps)
		}
		if d.Changes != nil {
			b.changes(d)
		}
		b.evidenceSheet(d)
	}
	if d.Draft { // every sheet, every printed page
		for _, sh := range b.wb.Sheets() {
			if b.err == nil {
				b.err = sh.SetHeaderFooter("&C"+draftMark, "&C"+draftMark+"　&P / &N")
			}
		}
	}
	b.wb.SetDocProps(docProps(docName(d)+" "+d.Head.Service, d))
	if err := b.finish(w); err != nil {
		return fmt.Errorf("report: xlsx: %w", err)
	}
	return nil
}

func (b *book) newSheet(name string) {
	if b.err == nil {
		b.sheets[name], b.err = b.wb.AddSheet(name)
	}
}

func (b *book) summary(d *doc) {
	const s = "集計"
	b.newSheet(s)
	r := 1
	put := func(vals ...string) { b.rowOf(s, r, vals...); r++ }
	// putn writes text cells followed by counts as numbers.
	putn := func(text []string, counts ...int) {
		b.rowOf(s, r, text...)
		for i, n := range counts {
			b.num(s, len(text)+i+1, r, n)
		}
		r++
	}
	put(docName(d))
	b.style(s, 1, 1, 1, 1, b.header)
	if d.Draft {
		put(draftNotice(d))
		b.style(s, 1, r-1, 1, r-1, b.vstyle[review.Correction])
	}
	facts := committeeFacts(d)
	if d.Kind == Letter {
		facts = letterFacts(d)
	}
	for _, f := range facts {
		put(f[0], f[1])
	}
	r++
	put("記録の照合用アンカー", d.Anchor.String())
	b.style(s, 1, r-1, 2, r-1, b.vstyle[review.Query])
	put("確認方法", anchorSentence(d))
	r++
	top := r
	put("判定", "verdict", "件数")
	for _, c := range d.Counts {
		putn([]string{c.Verdict.Mark() + " " + c.Verdict.Japanese(), string(c.Verdict)}, c.N)
		b.style(s, 1, r-1, 1, r-1, b.vstyle[c.Verdict])
	}
	putn([]string{"合計", "total"}, len(d.All))
	b.style(s, 1, top, 3, top, b.header)
	r++
	top = r
	cols := []string{"区分", "審査済み", "項目数"}
	for _, v := range verdictOrder {
		cols = append(cols, v.Mark()+" "+v.Japanese())
	}
	put(cols...)
	for _, c := range d.Cats {
		counts := []int{c.Reviewed, c.Total}
		for _, v := range verdictOrder {
			counts = append(counts, c.Counts[v])
		}
		putn([]string{c.Title}, counts...)
	}
	b.style(s, 1, top, len(cols), top, b.header)
	b.widths(s, []float64{30, 70, 10, 9, 9, 9, 9, 9, 9})
}

func (b *book) changes(d *doc) {
	const s = "前回との差分"
	b.newSheet(s)
	var rows [][]string
	add := func(id string, x *rowDiff) {
		form, addressed := "", ""
		if x.FormOnly {
			form = "表記のみ"
		}
		if x.CheckAddressed {
			addressed = "要対応確認"
		}
		rows = append(rows, []string{id, x.StatusJA(), string(x.Status), x.From, form, prevLabel(x), addressed, x.Old, x.New})
	}
	for _, r := range d.All {
		if r.Diff != nil {
			add(r.ID, r.Diff)
		}
	}
	for i := range d.Changes.Gone {
		add(d.Changes.GoneIDs[i], &d.Changes.Gone[i])
	}
	b.table(s, []string{"項目ID", "状態", "status", "前回の項目", "表記", "前回の判定", "対応確認", "前回の開示内容", "今回の開示内容"},
		[]float64{8, 10, 11, 10, 9, 16, 11, 50, 50}, rows)
}
