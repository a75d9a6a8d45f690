package report

import (
	"bufio"
	"encoding/csv"
	"io"

	"shinsa/review"
)

// tableColumns are the columns of the CSV and of the XLSX rows sheet.
// 根拠資料 (the evidence the finding cites) comes last, so columns read by
// position before it stay where they were.
var tableColumns = []string{"項目ID", "区分", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "判定", "verdict", "所見", "修正依頼", "審査員", "日時", "対応条項", "回答", "根拠資料"}

// tableRow is one row of the CSV / XLSX table, neutralised for spreadsheets.
func tableRow(r row) []string {
	return cells(r.ID, r.Category, r.Title, r.Description, r.RequiredJA(), r.Answer,
		r.Verdict.Japanese(), string(r.Verdict), r.Note, r.Request, r.Reviewer, r.TimeText(), r.ClauseText(), r.Reply, citationsCell(r))
}

// cells neutralises spreadsheet cells.
func cells(s ...string) []string {
	for i := range s {
		s[i] = cell(s[i])
	}
	return s
}

// cell is review.NeutraliseCell, made to hold after sanitising too: the doc's
// texts are already sanitised, but a cell whose formula sign only appears
// once escape sequences are gone must be caught as well.
func cell(s string) string {
	out := review.NeutraliseCell(s)
	if review.FormulaRisk(out) {
		out = "'" + out
	}
	return out
}

// writeCSV writes UTF-8 with a BOM (so Excel reads it as UTF-8) and CRLF
// line ends, a header row, then one row per report row.
func writeCSV(w io.Writer, d *doc) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(tableColumns); err != nil {
		return err
	}
	for _, r := range d.Rows {
		if err := cw.Write(tableRow(r)); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
