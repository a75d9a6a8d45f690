package intake

import (
	"fmt"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"
)

// dated10k is a workbook of one sheet with 10,000 formatted cells: 2,500
// rows of a date (built-in 14), a 和暦 date (custom [$-411]), a date-time
// and a currency amount, the dates spread over ten years so that most are
// distinct values.
var dated10k = sync.OnceValue(func() []byte {
	f := excelize.NewFile()
	defer f.Close()
	era := `[$-411]ggge"年"m"月"d"日"`
	yen := `#,##0"円";[Red]-#,##0"円"`
	var styles []int
	for _, st := range []*excelize.Style{{NumFmt: 14}, {CustomNumFmt: &era}, {NumFmt: 22}, {CustomNumFmt: &yen}} {
		s, err := f.NewStyle(st)
		if err != nil {
			panic(err)
		}
		styles = append(styles, s)
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		panic(err)
	}
	for r := 1; r <= 2500; r++ {
		serial := 43000 + float64(r*37%3650)
		cells := []any{
			excelize.Cell{StyleID: styles[0], Value: serial},
			excelize.Cell{StyleID: styles[1], Value: serial + 1},
			excelize.Cell{StyleID: styles[2], Value: serial + float64(r%96)/96},
			excelize.Cell{StyleID: styles[3], Value: float64(r*1234%99991) - 5000},
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := sw.SetRow(cell, cells); err != nil {
			panic(err)
		}
	}
	if err := sw.Flush(); err != nil {
		panic(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// BenchmarkReadDatedCells10k reads the 10,000 formatted cells as displayed
// text: the formatter's cost, with the sheet's XML streaming around it.
func BenchmarkReadDatedCells10k(b *testing.B) {
	data := dated10k()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		w, err := openWorkbook("d.xlsx", data, DefaultLimits())
		if err != nil {
			b.Fatal(err)
		}
		rows, _, err := w.readSheet("Sheet1", false)
		w.close()
		if err != nil || len(rows) != 2500 {
			b.Fatal(len(rows), err)
		}
		if got := fmt.Sprint(rows[0].cells[0]); got == "" {
			b.Fatal("empty")
		}
	}
}
