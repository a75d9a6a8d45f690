package intake

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"shinsa/criteria"
	"shinsa/review"
)

// The 開示項目 table, as a workbook sheet or a CSV: a header row recognised
// by its labels, then one row per 記述内容. This file holds what the two forms
// share: finding the columns, and turning rows into item ids.

type column int

const (
	colID column = iota
	colNo
	colTitle
	colDesc
	colReq
	colAnswer
	colNote
	colEvidence
	colClauses
	colReply
	nColumns
)

// columnNames are the labels of FORMATS.md §2.2, used in messages.
var columnNames = [nColumns]string{"項目ID", "No", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考", "証跡", "対応条項", "回答"}

// columnLabels are the header texts each column is recognised by, after
// labelKey folding.
var columnLabels = [nColumns][]string{
	colID:       {"項目id", "id", "項目番号"},
	colNo:       {"no", "no.", "番号", "項番"},
	colTitle:    {"審査対象項目", "項目名"},
	colDesc:     {"記述内容", "記載内容"},
	colReq:      {"必須/選択", "必須・選択", "必須選択", "必須/任意"},
	colAnswer:   {"情報開示内容", "開示内容"},
	colNote:     {"備考"},
	colEvidence: {"証跡", "エビデンス", "根拠資料"},
	colClauses:  {"対応条項", "条項"},
	colReply:    {"回答", "ご回答", "事業者回答", "申請者回答", "回答内容"},
}

// headerSearchRows is how far down a header row may sit (below title rows).
const headerSearchRows = 10

// labelKey folds a header, cover label or sheet name for matching: width,
// case and spacing, a trailing colon, and a trailing note in brackets as
// templates add them (情報開示内容（申請者記入欄）, 法人番号【13桁】).
func labelKey(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.Join(strings.Fields(s), "")
	s = strings.TrimRight(s, ":")
	for _, p := range [][2]string{{"(", ")"}, {"【", "】"}, {"[", "]"}, {"<", ">"}} {
		if i := strings.LastIndex(s, p[0]); i > 0 && strings.HasSuffix(s, p[1]) {
			s = strings.TrimRight(s[:i], ":")
			break
		}
	}
	return s
}

// tableRow is one row as read: its number (sheet row, or CSV record counted
// from 1) and its cells, trimmed of nothing yet.
type tableRow struct {
	n     int
	cells []string
}

// table is the rows of one items table and how to name places in it.
type table struct {
	file  string
	sheet string // "" for a CSV
	rows  []tableRow
	head  header
}

type header struct {
	index int // into rows
	at    [nColumns]int
	names []string // header texts, by column index
}

// where names a cell for an error message.
func (t *table) where(n, col int) string {
	if t.sheet != "" {
		cell, _ := cellName(col+1, n)
		return t.sheet + "!" + cell
	}
	return fmt.Sprintf("row %d column %d (%s)", n, col+1, t.colName(col))
}

// rowWhere names a whole row.
func (t *table) rowWhere(n int) string {
	if t.sheet != "" {
		return fmt.Sprintf("sheet %s row %d", t.sheet, n)
	}
	return fmt.Sprintf("row %d", n)
}

// provenance is where a value came from, as stored with the answer.
func (t *table) provenance(n, col int) string {
	if t.sheet != "" {
		return t.file + " " + t.where(n, col)
	}
	return fmt.Sprintf("%s row %d column %s", t.file, n, t.colName(col))
}

func (t *table) colName(col int) string {
	if col < len(t.head.names) && t.head.names[col] != "" {
		return t.head.names[col]
	}
	return fmt.Sprintf("%d", col+1)
}

// findHeader looks in the first rows for one holding every needed column and
// a No or 項目ID column.
func (t *table) findHeader(need ...column) error {
	for i, r := range t.rows {
		if r.n > headerSearchRows {
			break
		}
		var h header
		for c := range h.at {
			h.at[c] = -1
		}
		for j, cell := range r.cells {
			k := labelKey(cell)
			for c, labels := range columnLabels {
				if h.at[c] >= 0 {
					continue
				}
				for _, l := range labels {
					if k == l {
						h.at[c] = j
					}
				}
			}
		}
		ok := h.at[colID] >= 0 || h.at[colNo] >= 0
		for _, c := range need {
			ok = ok && h.at[c] >= 0
		}
		if ok {
			h.index = i
			h.names = make([]string, len(r.cells))
			for j, cell := range r.cells {
				h.names[j] = strings.Join(strings.Fields(cell), "")
			}
			t.head = h
			return nil
		}
	}
	names := make([]string, len(need))
	for i, c := range need {
		names[i] = columnNames[c]
	}
	where := fmt.Sprintf("rows 1-%d", headerSearchRows)
	if t.sheet != "" {
		where = "sheet " + t.sheet + " " + where
	}
	return errorf(t.file, where, "no header row with the columns No (or 項目ID) and %s", strings.Join(names, ", "))
}

// get returns the trimmed text of a column in a row and the cell's index.
func (t *table) get(r tableRow, c column) (string, int) {
	j := t.head.at[c]
	if j < 0 || j >= len(r.cells) {
		return "", j
	}
	return strings.TrimSpace(r.cells[j]), j
}

// numberCell is the cell a row's number is read from: 項目ID when the row
// fills it, else No.
func (t *table) numberCell(r tableRow) (string, int) {
	if s, j := t.get(r, colID); s != "" {
		return s, j
	}
	return t.get(r, colNo)
}

// isHeading reports whether a row carries nothing of an item: no 記述内容,
// 必須/選択, answer, note or evidence. Such rows are category headings
// (■事業所・事業, 【人材】), notes under the table or blank.
func (t *table) isHeading(r tableRow) bool {
	for _, c := range []column{colDesc, colReq, colAnswer, colNote, colEvidence} {
		if s, _ := t.get(r, c); s != "" {
			return false
		}
	}
	return true
}

// readAnswers turns the rows below the header into answers. A row's item id
// comes from its 項目ID or No; a row without one continues the No above, and
// its index within that No gives the row id, decided against the catalog
// (No 4 with items 4.1–4.3 gives 4.1, 4.2, …; No 5 with one item gives 5).
// A No repeated on consecutive rows, as a merged No cell gives, continues too.
func (t *table) readAnswers(col *collector) error {
	curNo, curIdx := 0, 0
	for _, r := range t.rows[t.head.index+1:] {
		num, numCol := t.numberCell(r)
		heading := t.isHeading(r)
		var id string
		var err error
		switch {
		case num != "":
			no, sub, perr := ParseItemNo(num)
			if perr != nil {
				// A heading ends the No above; so does the header's second
				// row (its merged labels carried down) or the header
				// repeated further down the table.
				if heading || isNumberLabel(num) {
					curNo = 0
					continue
				}
				return errorf(t.file, t.where(r.n, numCol), "%v", perr)
			}
			switch {
			case sub > 0:
				curNo, curIdx = no, sub
				id, err = col.explicit(no, sub)
			case no == curNo:
				curIdx++
				id, err = col.continued(no, curIdx)
			default:
				curNo, curIdx = no, 1
				id, err = col.first(no)
			}
			if err != nil {
				return errorf(t.file, t.where(r.n, numCol), "%v", err)
			}
		case heading:
			curNo = 0
			continue
		default:
			if curNo == 0 {
				return errorf(t.file, t.rowWhere(r.n), "this row has an answer but no No, and there is no No above it to continue")
			}
			curIdx++
			if id, err = col.continued(curNo, curIdx); err != nil {
				return errorf(t.file, t.rowWhere(r.n), "%v", err)
			}
		}
		answer, ansCol := t.get(r, colAnswer)
		note, _ := t.get(r, colNote)
		ev, _ := t.get(r, colEvidence)
		reply, _ := t.get(r, colReply)
		a := review.Answer{Item: id, Text: answer, Note: note, Evidence: splitList(ev), Provenance: t.provenance(r.n, ansCol), Reply: reply}
		where := t.rowWhere(r.n)
		if numCol >= 0 && num != "" {
			where = t.where(r.n, numCol)
		}
		if err := col.add(a, where); err != nil {
			return err
		}
	}
	if len(col.answers) == 0 {
		where := ""
		if t.sheet != "" {
			where = "sheet " + t.sheet
		}
		return errorf(t.file, where, "no items: the table has a header but no answered rows below it")
	}
	return nil
}

// isNumberLabel reports whether a number cell holds the No or 項目ID
// column's own label.
func isNumberLabel(s string) bool {
	k := labelKey(s)
	for _, c := range []column{colNo, colID} {
		for _, l := range columnLabels[c] {
			if k == l {
				return true
			}
		}
	}
	return false
}

// splitList splits an evidence cell: one name per line, or separated by 、
// or commas.
func splitList(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '\n', '\r', '、', ',', '，', ';', '；':
			return true
		}
		return false
	})
	var out []string
	for _, x := range f {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// collector gathers the answers of one submission, checking each id against
// the catalog and against the ids already read.
type collector struct {
	file    string
	cat     *criteria.Catalog
	ids     map[string]bool // the catalog's item ids
	answers []review.Answer
	seen    map[string]string // id → where it was first read
}

func newCollector(file string, cat *criteria.Catalog) *collector {
	// Our own set: resolving a No asks about ids that are not there ("4"
	// when the catalog has 4.1–4.3), and Catalog.Item scans on a miss.
	ids := make(map[string]bool, len(cat.Items))
	for _, it := range cat.Items {
		ids[it.ID] = true
	}
	return &collector{file: file, cat: cat, ids: ids, seen: map[string]string{}}
}

func (c *collector) catalogName() string { return c.cat.Scheme + " " + c.cat.Edition }

func (c *collector) has(id string) bool { return c.ids[id] }

func (c *collector) add(a review.Answer, where string) error {
	if !c.has(a.Item) {
		return errorf(c.file, where, "item %s is not in catalog %s", a.Item, c.catalogName())
	}
	if prev, dup := c.seen[a.Item]; dup {
		return errorf(c.file, where, "item %s appears twice (also at %s)", a.Item, prev)
	}
	c.seen[a.Item] = where
	c.answers = append(c.answers, a)
	return nil
}

// first is the id of the first row of No no: "5" when the catalog gives the
// No one row, "5.1" when it has several.
func (c *collector) first(no int) (string, error) {
	if id := ItemID(no, 0); c.has(id) {
		return id, nil
	}
	if id := ItemID(no, 1); c.has(id) {
		return id, nil
	}
	return "", fmt.Errorf("No %d is not in catalog %s", no, c.catalogName())
}

// continued is the id of row idx (from 1) of No no when the table does not
// number its rows.
func (c *collector) continued(no, idx int) (string, error) {
	if c.has(ItemID(no, 0)) {
		return "", fmt.Errorf("No %d has one row in catalog %s, but the table continues it on a row %d", no, c.catalogName(), idx)
	}
	if id := ItemID(no, idx); c.has(id) {
		return id, nil
	}
	return "", fmt.Errorf("No %d has no row %d in catalog %s", no, idx, c.catalogName())
}

// explicit is the id of a row numbered no-sub; 5-1 is 5 when the catalog
// gives No 5 one row.
func (c *collector) explicit(no, sub int) (string, error) {
	if id := ItemID(no, sub); c.has(id) {
		return id, nil
	}
	if id := ItemID(no, 0); sub == 1 && c.has(id) {
		return id, nil
	}
	return "", fmt.Errorf("item %s is not in catalog %s", ItemID(no, sub), c.catalogName())
}
