package intake

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// A cell's displayed text is its value under its number format, as Excel
// in Japan shows it. Most cells need nothing (General numbers, text): those
// are done here. The rest — dates, 和暦, percentages, custom formats — are
// rare, and excelize's formatter, which is not exported, does them: each
// distinct (format, value) is put into a one-cell scratch workbook in
// memory and read back, so the text is exactly what excelize's Rows gives.

// format is excelize's formattedValue for a cell of style s.
func (w *workbook) format(s int, ct excelize.CellType, v string, raw bool) string {
	if raw || s <= 0 || s >= len(w.xfs) {
		return v
	}
	id := w.xfs[s]
	code, custom := w.numFmts[id]
	text := ct != excelize.CellTypeNumber && ct != excelize.CellTypeDate
	switch {
	case !custom && id == 0:
		return v // General
	case !custom && id >= 164:
		return v // refers to a format the workbook does not define
	case text && custom && !strings.ContainsAny(code, "@;"):
		// A format without a text section leaves text alone.
		return v
	case text && !custom && id != 49:
		return v
	case text && (code == "@" || !custom && id == 49):
		return v
	}
	if w.formats == nil {
		w.formats = newFormatter(w.date1904)
	}
	return w.formats.format(id, code, custom, text, v)
}

type fmtKey struct {
	id     int
	custom bool
	text   bool
	v      string
}

type formatter struct {
	date1904 bool
	f        *excelize.File
	styles   map[fmtKey]int // style id in f per format (v unset)
	memo     map[fmtKey]string
	uses     int
}

func newFormatter(date1904 bool) *formatter {
	return &formatter{date1904: date1904, memo: map[fmtKey]string{}}
}

func (x *formatter) close() {
	if x.f != nil {
		x.f.Close()
		x.f = nil
	}
}

// scratchCell is where each value is formatted.
const scratchSheet, scratchCell = "Sheet1", "A1"

func (x *formatter) format(id int, code string, custom, text bool, v string) string {
	key := fmtKey{id, custom, text, v}
	if out, ok := x.memo[key]; ok {
		return out
	}
	// The scratch workbook keeps each string it was given: start a new one
	// now and then, and forget old answers with it.
	if x.f == nil || x.uses >= 4096 {
		x.close()
		x.f = excelize.NewFile(excelize.Options{
			// A cell's text is what Excel shows, and applicants' Excel runs
			// in Japan: the short date (format 14, what typing 2026/4/1
			// gives) is 2026/4/1, not 04-01-26; formats 27–58 are the
			// Japanese ones (和暦, 2026年4月1日); [$-ja-JP] dates are 和暦.
			CultureInfo:      excelize.CultureNameJaJP,
			ShortDatePattern: "yyyy/m/d",
		})
		d := x.date1904
		x.f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &d})
		x.styles, x.uses = map[fmtKey]int{}, 0
		clear(x.memo)
	}
	x.uses++
	sk := fmtKey{id: id, custom: custom}
	style, ok := x.styles[sk]
	if !ok {
		st := &excelize.Style{NumFmt: id}
		if custom {
			st = &excelize.Style{CustomNumFmt: &code}
		}
		var err error
		if style, err = x.f.NewStyle(st); err != nil {
			style = -1
		}
		x.styles[sk] = style
	}
	out := v
	if style >= 0 {
		var err error
		if text {
			// v is decoded already; keep excelize from decoding a literal
			// _xHHHH_ in it again.
			err = x.f.SetCellStr(scratchSheet, scratchCell, strings.ReplaceAll(v, "_x", "_x005F_x"))
		} else {
			err = x.f.SetCellDefault(scratchSheet, scratchCell, v)
		}
		if err == nil {
			err = x.f.SetCellStyle(scratchSheet, scratchCell, scratchCell, style)
		}
		if err == nil {
			if got, err := x.f.GetCellValue(scratchSheet, scratchCell); err == nil {
				out = got
			}
		}
	}
	x.memo[key] = out
	return out
}
