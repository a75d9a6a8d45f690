package intake

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// readSheet streams a sheet's XML once, start to end, and returns its
// non-empty rows and its merged ranges. Cells read as excelize's
// Rows().Columns() gives them (raw: stored values, a date cell its serial;
// otherwise as Excel displays them). Rows, cells and bytes per cell are
// limited as they are read, so memory follows the rows kept, never the
// XML's size. A sheet whose XML breaks off or does not parse is refused:
// reading on would silently drop the rows after the damage.
func (w *workbook) readSheet(sheet string, raw bool) ([]tableRow, []cellRange, error) {
	damaged := func(err error) error {
		return errorf(w.file, "sheet "+sheet, "the sheet's XML is damaged (%v); open and save the workbook in Excel again", err)
	}
	partName := ""
	for _, s := range w.sheets {
		if s.name == sheet {
			partName = s.part
		}
	}
	if partName == "" {
		return nil, nil, damaged(fmt.Errorf("sheet %s has no part in the workbook", sheet))
	}
	rc, err := w.open(partName)
	if err != nil {
		return nil, nil, damaged(err)
	}
	defer rc.Close()
	d := newXMLScanner(rc)

	var (
		rows   []tableRow
		merges []cellRange
		depth  int
		rowN   int      // the current row's number
		cells  []string // the current row's cells
		col    int      // the current cell's column
		c      cell     // the current cell
		inCell bool
		phon   int // depth inside <rPh> of an inline string
		text   *[]byte
		kept   int // cell slots kept, against the cell limit
	)
	for {
		t, err := d.next()
		if errors.Is(err, io.EOF) {
			if depth != 0 {
				return nil, nil, damaged(io.ErrUnexpectedEOF)
			}
			return rows, merges, nil
		}
		if err != nil {
			return nil, nil, damaged(err)
		}
		switch t.Kind {
		case xmlStart:
			depth++
			switch string(t.Name.Local) {
			case "row":
				rowN++
				if r := attr(t, "r"); r != "" {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 || n > maxRows {
						return nil, nil, damaged(fmt.Errorf("row number %q", r))
					}
					rowN = n
				}
				cells, col = nil, 0
			case "c":
				col++
				c = cell{t: attr(t, "t"), v: c.v[:0], is: c.is[:0]}
				if r := attr(t, "r"); r != "" {
					cn, _, err := cellCoordinates(r)
					if err != nil {
						return nil, nil, damaged(fmt.Errorf("cell %q", r))
					}
					col = cn
				}
				if s := attr(t, "s"); s != "" {
					c.s, _ = strconv.Atoi(s)
				}
				inCell, phon = true, 0
			case "v":
				if inCell {
					text = &c.v
				}
			case "f":
				c.formula = inCell
			case "rPh":
				phon++
			case "t":
				if inCell && phon == 0 {
					c.hasIS, text = true, &c.is
				}
			case "mergeCell":
				m, err := mergeRange(attr(t, "ref"))
				if err != nil {
					return nil, nil, damaged(err)
				}
				if len(merges) == w.lim.Rows {
					return nil, nil, errorf(w.file, "sheet "+sheet, "the sheet has more than %d merged ranges, the limit (raise --max-rows)", w.lim.Rows)
				}
				merges = append(merges, m)
			}
		case xmlEnd:
			depth--
			switch string(t.Name.Local) {
			case "v", "t":
				text = nil
			case "rPh":
				phon--
			case "c":
				inCell, text = false, nil
				v, err := w.value(&c, raw)
				if err != nil {
					name, _ := cellName(col, rowN)
					return nil, nil, errorf(w.file, sheet+"!"+name, "%v", err)
				}
				if len(v) > w.lim.Cell {
					name, _ := cellName(col, rowN)
					return nil, nil, errorf(w.file, sheet+"!"+name, "the cell holds %s, over the limit of %s (raise it with --max-cell)", size(int64(len(v))), size(int64(w.lim.Cell)))
				}
				if v == "" && !c.formula {
					continue
				}
				if col > len(cells) {
					// Cells come left to right; a gap is blanks.
					cells = append(cells, make([]string, col-1-len(cells))...)
					cells = append(cells, v)
				} else {
					cells[col-1] = v
				}
			case "row":
				empty := true
				for _, v := range cells {
					if strings.TrimSpace(v) != "" {
						empty = false
						break
					}
				}
				if empty {
					continue
				}
				if len(rows) == w.lim.Rows {
					return nil, nil, errorf(w.file, fmt.Sprintf("sheet %s row %d", sheet, rowN), "the sheet has more than %d rows, the limit (raise it with --max-rows)", w.lim.Rows)
				}
				if kept += len(cells); kept > w.lim.Cells {
					return nil, nil, errorf(w.file, fmt.Sprintf("sheet %s row %d", sheet, rowN), "the sheet has more than %d cells, the limit (raise it with --max-cells)", w.lim.Cells)
				}
				rows = append(rows, tableRow{n: rowN, cells: cells})
				cells = nil
			}
		case xmlText:
			if text != nil {
				if len(*text)+len(t.Text) > w.lim.Cell+64 {
					name, _ := cellName(col, rowN)
					return nil, nil, errorf(w.file, sheet+"!"+name, "the cell holds more than %s, the limit (raise it with --max-cell)", size(int64(w.lim.Cell)))
				}
				*text = append(*text, t.Text...)
			}
		}
	}
}

// cell is one <c> as read: its type, style, value and inline string.
type cell struct {
	t       string
	s       int
	v, is   []byte
	hasIS   bool
	formula bool
}

func attr(se *xmlToken, name string) string {
	for _, a := range se.Attr {
		if string(a.Name.Local) == name {
			return string(a.Value)
		}
	}
	return ""
}

func mergeRange(ref string) (cellRange, error) {
	from, to, ok := strings.Cut(ref, ":")
	if !ok {
		from, to = ref, ref
	}
	c1, r1, err1 := cellCoordinates(from)
	c2, r2, err2 := cellCoordinates(to)
	if err1 != nil || err2 != nil {
		return cellRange{}, fmt.Errorf("merged range %q", ref)
	}
	return cellRange{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)}, nil
}

// value is a cell's text as excelize's getValueFrom gives it.
func (w *workbook) value(c *cell, raw bool) (string, error) {
	switch c.t {
	case "b":
		v := string(c.v)
		if !raw && (v == "1" || v == "0") {
			return map[string]string{"1": "TRUE", "0": "FALSE"}[v], nil
		}
		return w.format(c.s, cellTypeBool, v, raw), nil
	case "d":
		v := string(c.v)
		if !raw {
			v = isoDateSerial(v)
		}
		return w.format(c.s, cellTypeDate, v, raw), nil
	case "s":
		v := strings.TrimSpace(string(c.v))
		if v == "" {
			return w.format(c.s, cellTypeSharedString, "", raw), nil
		}
		i, _ := strconv.Atoi(v)
		if i < 0 || i >= len(w.sst) {
			return "", fmt.Errorf("the cell refers to shared string %d, which the workbook does not have; open and save it in Excel again", i)
		}
		if n, over := w.sstOver[i]; over {
			return "", fmt.Errorf("the cell holds %s, over the limit of %s (raise it with --max-cell)", size(int64(n)), size(int64(w.lim.Cell)))
		}
		return w.format(c.s, cellTypeSharedString, w.sst[i], raw), nil
	case "str":
		return string(c.v), nil
	case "inlineStr":
		if c.hasIS {
			return w.format(c.s, cellTypeInlineString, bstrUnmarshal(string(c.is)), raw), nil
		}
		return w.format(c.s, cellTypeInlineString, string(c.v), raw), nil
	}
	v := string(c.v)
	if !raw {
		v = generalNumber(v)
	}
	return w.format(c.s, cellTypeNumber, v, raw), nil
}

// generalNumber writes a number as excelize does before formatting it: at
// most 15 significant digits, as Excel keeps them.
func generalNumber(v string) string {
	f, prec, ok := numeric(v)
	if !ok {
		return v
	}
	if prec > 15 && !withinPrecision(v) {
		return strconv.FormatFloat(f, 'G', 15, 64)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// numeric is excelize's isNumeric: whether v is a number, and how many
// digits it has written out in full.
func numeric(s string) (float64, int, bool) {
	if strings.Contains(s, "_") {
		return 0, 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, 0, false
	}
	full := strconv.FormatFloat(f, 'f', -1, 64)
	return f, len(full) - strings.Count(full, "."), true
}

func withinPrecision(s string) bool {
	if strings.ContainsAny(s, ".Ee") {
		return false
	}
	s = strings.TrimLeft(s, "+-0")
	return len(strings.TrimRight(s, "0")) <= 15
}

// isoDateSerial turns an ISO 8601 date cell (t="d") into its serial, as
// excelize does before formatting.
func isoDateSerial(v string) string {
	layout := "20060102T150405.999"
	if strings.HasSuffix(v, "Z") {
		layout = "20060102T150405Z"
		if strings.Contains(v, "-") {
			layout = "2006-01-02T15:04:05Z"
		}
	} else if strings.Contains(v, "-") {
		layout = "2006-01-02 15:04:05Z"
	}
	t, err := time.Parse(layout, strings.ReplaceAll(v, ",", "."))
	if err != nil {
		return v
	}
	return strconv.FormatFloat(t.Sub(excelEpoch).Hours()/24, 'G', 15, 64)
}
