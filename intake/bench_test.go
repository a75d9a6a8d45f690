package intake

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"shinsa/criteria"
)

// bench10k is a workbook of 10,000 answer rows — 2,500 Nos of four rows
// each, the No written on the first row only and 審査対象項目 merged over
// the four, a heading every 100 Nos — with a catalog that matches it. Built
// once per process.
var bench10k = sync.OnceValues(func() ([]byte, *criteria.Registry) {
	const nos, rowsPerNo = 2500, 4
	cat := &criteria.Catalog{Scheme: "asp-saas", Edition: "bench-10k", Title: "ASP・SaaS", Test: true}
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", SheetCover)
	f.SetSheetRow(SheetCover, "A1", &[]any{"制度", "asp-saas"})
	f.SetSheetRow(SheetCover, "A2", &[]any{"版", "bench-10k"})
	f.NewSheet(SheetItems)
	sw, err := f.NewStreamWriter(SheetItems)
	if err != nil {
		panic(err)
	}
	row := 1
	put := func(cells ...any) {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		if err := sw.SetRow(cell, cells); err != nil {
			panic(err)
		}
		row++
	}
	put("No", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考", "証跡")
	for no := 1; no <= nos; no++ {
		if no%100 == 1 {
			cid := fmt.Sprintf("c%d", no/100)
			cat.Categories = append(cat.Categories, criteria.Category{ID: cid, Title: "分類" + cid})
			put("■ 分類" + cid)
		}
		first := row
		for sub := 1; sub <= rowsPerNo; sub++ {
			cat.Items = append(cat.Items, criteria.Item{
				ID: ItemID(no, sub), No: no, Category: cat.Categories[len(cat.Categories)-1].ID,
				Title: fmt.Sprintf("項目%d", no), Description: fmt.Sprintf("記述%d-%d", no, sub), Required: sub == 1,
				Constraints: criteria.Constraints{Kind: criteria.KindText},
			})
			num, title := any(nil), any(nil)
			if sub == 1 {
				num, title = no, fmt.Sprintf("項目%d", no)
			}
			put(num, title, fmt.Sprintf("記述%d-%d", no, sub), "必須",
				fmt.Sprintf("No %d の %d 行目の回答です。\n東京都千代田区一丁目%d番地（受付 9:00～18:00）", no, sub, no), "", "")
		}
		top, _ := excelize.CoordinatesToCellName(2, first)
		bottom, _ := excelize.CoordinatesToCellName(2, row-1)
		if err := sw.MergeCell(top, bottom); err != nil {
			panic(err)
		}
	}
	if err := sw.Flush(); err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		panic(err)
	}
	reg := criteria.NewRegistry()
	if err := reg.AddCatalog(cat); err != nil {
		panic(err)
	}
	return buf.Bytes(), reg
})

func TestImportWorkbook10k(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10,000-row workbook")
	}
	data, reg := bench10k()
	sub, err := Read("10k.xlsx", data, Options{Registry: reg})
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Answers) != 10000 {
		t.Fatalf("%d answers, want 10000", len(sub.Answers))
	}
	last := sub.Answers[9999]
	if last.Item != "2500.4" || last.Provenance != "10k.xlsx 開示項目!E10026" {
		t.Errorf("last answer %+v", last)
	}
}

// BenchmarkImportWorkbook10k is Read on the 10,000-row workbook: open, check
// sizes, scan the sheet XML, stream the rows, resolve ids.
func BenchmarkImportWorkbook10k(b *testing.B) {
	data, reg := bench10k()
	opt := Options{Registry: reg}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		sub, err := Read("10k.xlsx", data, opt)
		if err != nil || len(sub.Answers) != 10000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkExcelizeRows10k is the floor: excelize opening the same workbook
// and iterating the items sheet with Rows() and Columns(), nothing else.
func BenchmarkExcelizeRows10k(b *testing.B) {
	data, _ := bench10k()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.Rows(SheetItems)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for rows.Next() {
			if _, err := rows.Columns(); err != nil {
				b.Fatal(err)
			}
			n++
		}
		rows.Close()
		f.Close()
		if n < 10000 {
			b.Fatalf("%d rows", n)
		}
	}
}
