package report

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"shinsa/intake"
	"shinsa/review"
	"shinsa/xlsxw"
)

// The review worksheet (審査シート) is the Excel round trip for colleagues
// and committee members who work in Excel: one row per disclosure row, the
// answer as submitted, the current verdict with a drop-down, note and
// request to fill in. A very hidden sheet holds what was written: the case
// file's and the application's fingerprints and, per row, the revision of its
// finding and a hash of each editable cell as written, so an import applies
// only the cells changed in the sheet and refuses rows changed in the case
// file since. It holds no applicant or reviewer text.

// Worksheet is the review worksheet kind; xlsx only.
const Worksheet Kind = "worksheet"

// The worksheet's sheets and format tag.
const (
	WorksheetSheet  = "審査"
	worksheetMeta   = "shinsa"
	worksheetFormat = "shinsa-worksheet/1"
)

// Worksheet columns (1-based).
const (
	wsNo = iota + 1
	wsRequired
	wsTitle
	wsDescription
	wsAnswer
	wsVerdict
	wsNote
	wsRequest
	wsReply
	wsReviewer
)

var worksheetColumns = []string{"No", "必/選", "審査対象項目", "記述内容", "情報開示内容（提出どおり）", "判定", "所見", "修正依頼", "回答", "最終記録"}
var worksheetWidths = []float64{7, 6, 18, 28, 50, 12, 36, 36, 30, 18}

// VerdictLabel is a verdict as the worksheet's drop-down shows it: "! 要修正".
func VerdictLabel(v review.Verdict) string { return v.Mark() + " " + v.Japanese() }

// ParseVerdictCell reads a verdict cell: the drop-down's label, the mark or
// Japanese term alone, or the English spelling; empty is unreviewed.
func ParseVerdictCell(s string) (review.Verdict, error) {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "'"))
	for _, v := range review.Verdicts {
		if t == VerdictLabel(v) || t == v.Mark() {
			return v, nil
		}
	}
	v, err := review.ParseVerdict(t)
	if err != nil {
		return "", fmt.Errorf("unknown verdict %q (choose from the list: %s)", review.SanitizeLine(s), verdictChoices())
	}
	return v, nil
}

func verdictChoices() string {
	var s []string
	for _, v := range review.Verdicts {
		s = append(s, VerdictLabel(v))
	}
	return strings.Join(s, ", ")
}

func cellHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:12])
}

// writeWorksheet writes the review worksheet of d.
func writeWorksheet(w io.Writer, d *doc) error {
	in := d.in
	if in.CaseID == "" || in.AppFingerprint == "" {
		return errors.New("report: worksheet: the case file's and application's fingerprints are needed")
	}
	b, err := newBook()
	if err != nil {
		return err
	}
	const s = WorksheetSheet
	b.newSheet(s)
	b.newSheet(worksheetMeta)
	m := worksheetMeta
	b.rowOf(m, 1, "format", worksheetFormat)
	b.rowOf(m, 2, "case", in.CaseID)
	b.rowOf(m, 3, "application", strconv.FormatInt(in.App.ID, 10))
	b.rowOf(m, 4, "fingerprint", in.AppFingerprint)
	b.rowOf(m, 5, "item", "revision", "verdict", "note", "request")

	rows := make([][]string, len(d.All))
	for i, r := range d.All {
		last := ""
		if !r.Time.IsZero() {
			last = r.Reviewer + " " + r.TimeText()
		}
		rows[i] = []string{r.ID, r.RequiredJA(), r.Title, r.Description, r.Answer, VerdictLabel(r.Verdict), r.Note, r.Request, r.Reply, last}
		f := in.Findings[r.ID]
		b.rowOf(m, 6+i, r.ID, strconv.FormatInt(f.Revision, 10),
			writtenHash(rows[i][wsVerdict-1]), writtenHash(r.Note), writtenHash(r.Request))
	}
	b.table(s, worksheetColumns, worksheetWidths, rows)
	for i, r := range d.All {
		b.style(s, wsVerdict, i+2, wsVerdict, i+2, b.vstyle[r.Verdict])
	}
	if sh := b.sheet(s); b.err == nil && len(rows) > 0 {
		var labels []string
		for _, v := range review.Verdicts {
			labels = append(labels, VerdictLabel(v))
		}
		b.err = sh.AddListValidation(xlsxw.Validation{
			Range: xlsxw.Range{C1: wsVerdict, R1: 2, C2: wsVerdict, R2: len(rows) + 1}, Items: labels,
			ErrorStyle: xlsxw.ErrorStop, ErrorTitle: "判定", Error: "一覧から選んでください: " + strings.Join(labels, " / "),
		})
	}
	if sh := b.sheet(m); b.err == nil {
		sh.SetVisibility(xlsxw.VeryHidden)
	}
	b.wb.SetDocProps(docProps("審査シート "+d.Head.Service, d))
	if err := b.finish(w); err != nil {
		return fmt.Errorf("report: worksheet: %w", err)
	}
	return nil
}

// writtenHash is the hash of an editable cell as the sheet holds it: what
// set() writes (cell, fitCell) as the workbook keeps it (xlsxw.CellText).
func writtenHash(s string) string {
	return cellHash(xlsxw.CellText(fitCell(cell(s))))
}

// SheetEdit is one row changed in a worksheet: the fields changed and their
// new values, the revision the sheet was written from, and the cells.
type SheetEdit struct {
	Item     string
	Revision int64
	Changed  []string // "verdict", "note", "request", in that order
	Verdict  review.Verdict
	Note     string
	Request  string
	Cell     string // the row's No cell, e.g. 審査!A12
}

// SheetEdits is what a worksheet says: whose it is and what changed.
type SheetEdits struct {
	CaseID         string
	App            int64
	AppFingerprint string
	Edits          []SheetEdit
}

// ReadWorksheet reads a review worksheet back: only the rows whose verdict,
// note or request differ from what was written. name is the file's name for
// messages ("SHEET.xlsx: 審査!F12: unknown verdict \"xx\""). Texts are
// sanitised; an apostrophe the sheet put before a formula-like text is
// taken off again.
func ReadWorksheet(r io.Reader, name string) (*SheetEdits, error) {
	bad := func(where, format string, a ...any) error {
		if where != "" {
			where += ": "
		}
		return fmt.Errorf("%s: %s%s", name, where, fmt.Sprintf(format, a...))
	}
	limit := intake.DefaultLimits().FileSize
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, bad("", "not a workbook shinsa can read: %v", err)
	}
	if int64(len(data)) > limit {
		return nil, bad("", "not a workbook shinsa can read: it is larger than %d MiB, the limit for a workbook", limit>>20)
	}
	f, err := intake.OpenSheets(name, data)
	if err != nil {
		return nil, bad("", "not a workbook shinsa can read: %v", withoutFile(err))
	}
	defer f.Close()
	meta, err := f.Rows(worksheetMeta)
	if err != nil || len(meta) < 5 || len(meta[0]) < 2 || meta[0][1] != worksheetFormat {
		return nil, bad("", "not a review worksheet written by 'shinsa report --kind worksheet' (its hidden sheet %q is missing or changed)", worksheetMeta)
	}
	get := func(i int) string {
		if len(meta[i]) < 2 {
			return ""
		}
		return meta[i][1]
	}
	out := &SheetEdits{CaseID: get(1), AppFingerprint: get(3)}
	if out.App, err = strconv.ParseInt(get(2), 10, 64); err != nil || out.CaseID == "" || out.AppFingerprint == "" {
		return nil, bad(worksheetMeta+"!B2:B4", "the worksheet's record of its case file and application is damaged")
	}
	type written struct {
		rev    int64
		hashes [3]string
	}
	was := map[string]written{}
	for i, row := range meta[5:] {
		if len(row) < 5 {
			return nil, bad(fmt.Sprintf("%s!A%d", worksheetMeta, i+6), "the worksheet's record of row %d is damaged", i+1)
		}
		rev, err := strconv.ParseInt(row[1], 10, 64)
		if err != nil {
			return nil, bad(fmt.Sprintf("%s!B%d", worksheetMeta, i+6), "the worksheet's record of row %d is damaged", i+1)
		}
		was[row[0]] = written{rev: rev, hashes: [3]string{row[2], row[3], row[4]}}
	}
	rows, err := f.Rows(WorksheetSheet)
	if err != nil {
		return nil, bad("", "no sheet %q: %v", WorksheetSheet, withoutFile(err))
	}
	seen := map[string]bool{}
	for i, row := range rows {
		if i == 0 {
			continue
		}
		at := func(col int) string {
			if col-1 < len(row) {
				return row[col-1]
			}
			return ""
		}
		ref := func(col int) string {
			c, _ := xlsxw.CellName(col, i+1)
			return WorksheetSheet + "!" + c
		}
		id := strings.TrimSpace(at(wsNo))
		if id == "" {
			if strings.TrimSpace(at(wsVerdict)+at(wsNote)+at(wsRequest)) != "" {
				return nil, bad(ref(wsNo), "a row with no No: shinsa cannot tell which disclosure row it is")
			}
			continue
		}
		w, ok := was[id]
		if !ok {
			return nil, bad(ref(wsNo), "No %q was not in the sheet as written", review.SanitizeLine(id))
		}
		if seen[id] {
			return nil, bad(ref(wsNo), "No %q appears twice", review.SanitizeLine(id))
		}
		seen[id] = true
		e := SheetEdit{Item: id, Revision: w.rev, Cell: ref(wsNo)}
		if v := at(wsVerdict); cellHash(v) != w.hashes[0] {
			if e.Verdict, err = ParseVerdictCell(v); err != nil {
				return nil, bad(ref(wsVerdict), "%v", err)
			}
			e.Changed = append(e.Changed, "verdict")
		}
		if v := at(wsNote); cellHash(v) != w.hashes[1] {
			e.Note = sheetText(v)
			e.Changed = append(e.Changed, "note")
		}
		if v := at(wsRequest); cellHash(v) != w.hashes[2] {
			e.Request = sheetText(v)
			e.Changed = append(e.Changed, "request")
		}
		if len(e.Changed) > 0 {
			out.Edits = append(out.Edits, e)
		}
	}
	return out, nil
}

// sheetText is a note or request as typed into the sheet: sanitised, with
// the apostrophe shinsa put before a formula-like text taken off.
func sheetText(s string) string {
	t := strings.TrimSpace(review.Sanitize(s))
	if rest, ok := strings.CutPrefix(t, "'"); ok && review.FormulaRisk(rest) {
		t = rest
	}
	return t
}

// withoutFile is an intake error without the file's name, which the
// worksheet's messages already start with.
func withoutFile(err error) error {
	var e *intake.Error
	if errors.As(err, &e) {
		x := *e
		x.File = ""
		return &x
	}
	return err
}
