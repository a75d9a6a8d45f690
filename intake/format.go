package intake

import (
	"strings"

	"github.com/xuri/nfp"
)

// A cell's displayed text is its value under its number format, as Excel
// in Japan shows it. Most cells need nothing (General numbers, text): those
// are done here. The rest — dates, 和暦, percentages, custom formats — go
// through the port of excelize's formatter in numfmt.go, each format parsed
// once per workbook and each distinct (format, value) formatted once.

// format is excelize's formattedValue for a cell of style s.
func (w *workbook) format(s int, ct cellType, v string, raw bool) string {
	if raw || s <= 0 || s >= len(w.xfs) {
		return v
	}
	id := w.xfs[s]
	code, custom := w.numFmts[id]
	text := ct != cellTypeNumber && ct != cellTypeDate
	switch {
	case !custom && id == 0:
		// General. Here the reader keeps the number as it is: excelize
		// writes one of more than 11 digits with 10 (a 13-digit 法人番号
		// becomes 1.23456789E+12), though only for cells with a style.
		return v
	case !custom && id >= 164:
		return v // refers to a format the workbook does not define
	case text && custom && !strings.ContainsAny(code, "@;"):
		// A format without a text section leaves text alone.
		return v
	case text && !custom && id != 49 && (id < 41 || id > 44):
		return v // built-in formats without a text section (41–44 pad it)
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

// formatter formats values for one workbook: its date system, the formats
// parsed so far, and the texts given so far.
type formatter struct {
	date1904 bool
	parsed   map[fmtKey][]nfp.Section // by format (v unset); nil: not formatted
	memo     map[fmtKey]string
}

// memoLimit bounds the texts kept: a sheet of distinct values (timestamps)
// must not grow the memo without end. Past it the memo starts again.
const memoLimit = 1 << 14

func newFormatter(date1904 bool) *formatter {
	return &formatter{date1904: date1904, parsed: map[fmtKey][]nfp.Section{}, memo: map[fmtKey]string{}}
}

func (x *formatter) format(id int, code string, custom, text bool, v string) string {
	key := fmtKey{id, custom, text, v}
	if out, ok := x.memo[key]; ok {
		return out
	}
	fk := fmtKey{id: id, custom: custom}
	sections, ok := x.parsed[fk]
	if !ok {
		builtIn := true
		if !custom {
			code, builtIn = builtInNumFmtCode(id)
		}
		if builtIn {
			sections = parseNumFmt(code)
		} // else no sections: the value stays as it is, as in excelize
		x.parsed[fk] = sections
	}
	out := formatSafely(v, sections, x.date1904, text)
	if len(x.memo) >= memoLimit {
		clear(x.memo)
	}
	x.memo[key] = out
	return out
}

// parseNumFmt is nfp's parse of a format code, as excelize does it; a code
// nfp cannot parse formats nothing.
func parseNumFmt(code string) (sections []nfp.Section) {
	defer func() {
		if recover() != nil {
			sections = nil
		}
	}()
	p := nfp.NumberFormatParser()
	return p.Parse(code)
}

// formatSafely is excelize's format, except that where excelize would
// panic on a value and format (a hostile workbook can hold any code) the
// value is given unformatted.
func formatSafely(v string, sections []nfp.Section, date1904, text bool) (out string) {
	defer func() {
		if recover() != nil {
			out = v
		}
	}()
	return format(v, sections, date1904, text)
}
