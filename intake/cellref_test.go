package intake

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// The cell reference helpers give what excelize gives, refusals included.
func TestCellRefsAsExcelize(t *testing.T) {
	if maxRows != excelize.TotalRows || maxColumns != excelize.MaxColumns {
		t.Fatalf("limits %d×%d, excelize %d×%d", maxRows, maxColumns, excelize.TotalRows, excelize.MaxColumns)
	}
	cols := []int{-1, 0, 1, 2, 25, 26, 27, 52, 53, 702, 703, 704, 18278, 16383, 16384, 16385, 1 << 20}
	rows := []int{-5, 0, 1, 2, 9, 10, 1048575, 1048576, 1048577}
	for _, c := range cols {
		for _, r := range rows {
			want, werr := excelize.CoordinatesToCellName(c, r)
			got, gerr := cellName(c, r)
			if got != want || (gerr == nil) != (werr == nil) {
				t.Errorf("cellName(%d, %d) = %q, %v; excelize %q, %v", c, r, got, gerr, want, werr)
			}
		}
	}
	names := []string{"A1", "a1", "Z9", "AA10", "zz100", "XFD1048576", "XFE1", "XFD1048577", "$A$1", "$b7", "A$1", "A", "1", "",
		"A0", "A-1", "A+5", "A01", "1A", "A1B2", "AB", "$", "$1", "A 1", " A1", "Ａ1", "A1.5", "AAAA1", "A99999999999999999999",
		"A1:B2", "€1", "A\x001", "XFD0"}
	for _, n := range names {
		wc, wr, werr := excelize.CellNameToCoordinates(n)
		gc, gr, gerr := cellCoordinates(n)
		if gc != wc || gr != wr || (gerr == nil) != (werr == nil) {
			t.Errorf("cellCoordinates(%q) = %d, %d, %v; excelize %d, %d, %v", n, gc, gr, gerr, wc, wr, werr)
		}
	}
	// Every column name reads back.
	for c := 1; c <= maxColumns; c++ {
		name, err := columnName(c)
		want, _ := excelize.ColumnNumberToName(c)
		if err != nil || name != want {
			t.Fatalf("columnName(%d) = %q, %v; want %q", c, name, err, want)
		}
		if n, err := columnNumber(name); err != nil || n != c {
			t.Fatalf("columnNumber(%q) = %d, %v", name, n, err)
		}
	}
}
