package xlsxw

import (
	"fmt"
	"strconv"
)

// Excel's grid.
const (
	MaxColumns = 16384
	MaxRows    = 1048576
)

// ColumnName is the letters of a 1-based column number: 1 is "A", 27 "AA",
// 16384 "XFD".
func ColumnName(col int) (string, error) {
	if col < 1 || col > MaxColumns {
		return "", fmt.Errorf("xlsxw: column %d outside 1–%d", col, MaxColumns)
	}
	return columnName(col), nil
}

func columnName(col int) string {
	var b [3]byte
	i := len(b)
	for col > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

// CellName is the A1 reference of a 1-based column and row: (3, 12) is "C12".
func CellName(col, row int) (string, error) {
	if err := checkCell(col, row); err != nil {
		return "", err
	}
	return cellName(col, row), nil
}

func cellName(col, row int) string {
	return columnName(col) + strconv.Itoa(row)
}

func checkCell(col, row int) error {
	if col < 1 || col > MaxColumns || row < 1 || row > MaxRows {
		return fmt.Errorf("xlsxw: cell (column %d, row %d) outside the sheet", col, row)
	}
	return nil
}

// Range is a rectangle of cells, 1-based and inclusive.
type Range struct{ C1, R1, C2, R2 int }

func (r Range) check() error {
	if err := checkCell(r.C1, r.R1); err != nil {
		return err
	}
	if err := checkCell(r.C2, r.R2); err != nil {
		return err
	}
	if r.C2 < r.C1 || r.R2 < r.R1 {
		return fmt.Errorf("xlsxw: range %s has its corners the wrong way round", r.ref())
	}
	return nil
}

// ref is "A1:C3", or "A1" for one cell.
func (r Range) ref() string {
	a := cellName(r.C1, r.R1)
	if r.C1 == r.C2 && r.R1 == r.R2 {
		return a
	}
	return a + ":" + cellName(r.C2, r.R2)
}

// absRef is "$A$1:$C$3", as defined names hold it.
func (r Range) absRef() string {
	return "$" + columnName(r.C1) + "$" + strconv.Itoa(r.R1) + ":$" + columnName(r.C2) + "$" + strconv.Itoa(r.R2)
}

func (r Range) overlaps(o Range) bool {
	return r.C1 <= o.C2 && o.C1 <= r.C2 && r.R1 <= o.R2 && o.R1 <= r.R2
}
