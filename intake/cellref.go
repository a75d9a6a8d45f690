package intake

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Cell references (A1, $B$7) as excelize reads and writes them; the same
// results and the same cases refused as its CellNameToCoordinates,
// CoordinatesToCellName and TotalRows.

const (
	maxRows    = 1048576 // excelize.TotalRows: rows in a sheet
	maxColumns = 16384   // excelize.MaxColumns: XFD
)

var errMaxRows = errors.New("row number exceeds maximum limit")

// cellName is excelize.CoordinatesToCellName: column and row, from 1, to
// a reference such as "B7".
func cellName(col, row int) (string, error) {
	if col < 1 || row < 1 {
		return "", fmt.Errorf("invalid cell reference [%d, %d]", col, row)
	}
	if row > maxRows {
		return "", errMaxRows
	}
	name, err := columnName(col)
	if err != nil {
		return "", err
	}
	return name + strconv.Itoa(row), nil
}

// columnName is excelize.ColumnNumberToName: 1 is A, 27 is AA.
func columnName(col int) (string, error) {
	if col < 1 || col > maxColumns {
		return "", fmt.Errorf("the column number must be greater than or equal to 1 and less than or equal to %d", maxColumns)
	}
	var buf [3]byte // XFD, the last column, has three letters
	i := len(buf)
	for ; col > 0; col = (col - 1) / 26 {
		i--
		buf[i] = byte((col-1)%26 + 'A')
	}
	return string(buf[i:]), nil
}

// cellCoordinates is excelize.CellNameToCoordinates: "B7" (any case, with
// or without $) to column 2, row 7.
func cellCoordinates(cell string) (col, row int, err error) {
	colName, row, err := splitCellName(cell)
	if err != nil {
		return -1, -1, fmt.Errorf("cannot convert cell %q to coordinates: %w", cell, err)
	}
	if row > maxRows {
		return -1, -1, errMaxRows
	}
	col, err = columnNumber(colName)
	return col, row, err
}

// splitCellName is excelize.SplitCellName: the letters (and $ signs, which
// it drops) up to the last letter, then a row number above zero.
func splitCellName(cell string) (string, int, error) {
	alpha := func(r rune) bool {
		return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || r == '$'
	}
	if strings.IndexFunc(cell, alpha) == 0 {
		i := strings.LastIndexFunc(cell, alpha)
		if i >= 0 && i < len(cell)-1 {
			col, rowStr := strings.ReplaceAll(cell[:i+1], "$", ""), cell[i+1:]
			if row, err := strconv.Atoi(rowStr); err == nil && row > 0 {
				return col, row, nil
			}
		}
	}
	return "", -1, fmt.Errorf("invalid cell name %q", cell)
}

// columnNumber is excelize.ColumnNameToNumber: "AK" (any case) to 37.
func columnNumber(name string) (int, error) {
	if name == "" {
		return -1, fmt.Errorf("invalid column name %q", name)
	}
	col, multi := 0, 1
	for i := len(name) - 1; i >= 0; i-- {
		switch r := name[i]; {
		case 'A' <= r && r <= 'Z':
			col += int(r-'A'+1) * multi
		case 'a' <= r && r <= 'z':
			col += int(r-'a'+1) * multi
		default:
			return -1, fmt.Errorf("invalid column name %q", name)
		}
		if col > maxColumns {
			return -1, fmt.Errorf("the column number must be greater than or equal to 1 and less than or equal to %d", maxColumns)
		}
		multi *= 26
	}
	return col, nil
}
