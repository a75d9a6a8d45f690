package intake

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"shinsa/review"
)

// Encodings a CSV may arrive in, as decodeText names them.
const (
	EncUTF8BOM = "UTF-8 with BOM"
	EncUTF16LE = "UTF-16LE"
	EncUTF16BE = "UTF-16BE"
	EncUTF8    = "UTF-8"
	EncCP932   = "CP932 (Shift_JIS)"
)

// decodeText turns a CSV's bytes into text, trying in order: a UTF-8 BOM,
// a UTF-16 BOM, valid UTF-8, CP932. The order matters: many short UTF-8
// Japanese texts also decode as CP932, never the other way round. bad counts
// the U+FFFD the decoding introduced (bytes that were invalid in the
// encoding chosen), which the caller reports.
func decodeText(data []byte) (text, enc string, bad int) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		rest := data[len(utf8BOM):]
		if utf8.Valid(rest) {
			return string(rest), EncUTF8BOM, 0
		}
		text = strings.ToValidUTF8(string(rest), "\uFFFD")
		return text, EncUTF8BOM, strings.Count(text, "\uFFFD") - bytes.Count(rest, []byte("\uFFFD"))
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data[2:], EncUTF16LE)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data[2:], EncUTF16BE)
	case utf8.Valid(data):
		return string(data), EncUTF8, 0
	}
	return decodeWith(japanese.ShiftJIS, data, EncCP932)
}

func decodeWith(e encoding.Encoding, data []byte, name string) (string, string, int) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		// x/text decoders replace rather than fail; keep what they gave.
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	// None of these encodings can spell U+FFFD itself but UTF-16, where a
	// literal one is vanishingly rare; every one is a replaced byte.
	return string(out), name, bytes.Count(out, []byte("\uFFFD"))
}

func readCSV(name string, data []byte, opt Options) (*review.Submission, error) {
	sub, err := readCSVTable(name, data, opt)
	if err != nil {
		// A text file named like a workbook is read as the CSV it is; when it
		// fails, say why its cover sheet and cells are not where the user
		// thinks they are.
		if ext := strings.ToLower(path.Ext(name)); ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" {
			if ie, ok := err.(*Error); ok {
				ie.Msg += fmt.Sprintf(" (the file is named %s but is not a workbook: it holds text, read as CSV)", ext)
			}
		}
	}
	return sub, err
}

func readCSVTable(name string, data []byte, opt Options) (*review.Submission, error) {
	t, err := csvTable(name, data, opt.Limits, colAnswer)
	if err == nil && t.head.index == len(t.rows)-1 {
		err = errorf(name, "", "the file has a header row but no items below it")
	}
	if err != nil {
		return nil, err
	}
	c := newCover(name, ParseDate, "a CSV has no cover sheet: pass --scheme (and --kind, --applicant, --service, …)")
	app, cat, prov, err := c.finish(opt)
	if err != nil {
		return nil, err
	}
	col := newCollector(name, cat)
	if err := t.readAnswers(col); err != nil {
		return nil, err
	}
	return &review.Submission{App: app, Answers: col.answers, Cover: prov}, nil
}

// csvTable decodes and parses a CSV into rows, refusing undecodable bytes,
// broken quoting, empty files and files over the limits, and finds the
// header row holding the columns need. Values are separated by commas or,
// as in Excel's "Unicode テキスト" (its only way to write UTF-16), by tabs:
// the tab is tried when the commas give no header.
func csvTable(name string, data []byte, lim Limits, need ...column) (*table, error) {
	text, enc, bad := decodeText(data)
	if strings.ContainsRune(text, '\r') && !strings.ContainsRune(text, '\n') {
		// Old Mac line ends (CR only, as classic Mac Excel and some
		// exporters still write): encoding/csv reads them as one line.
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	t, err := parseDelimited(name, text, enc, bad, lim, ',')
	if err == nil {
		err = t.findHeader(need...)
	}
	if err != nil && strings.ContainsRune(text, '\t') {
		if tt, terr := parseDelimited(name, text, enc, bad, lim, '\t'); terr == nil && tt.findHeader(need...) == nil {
			return tt, nil
		}
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

// parseDelimited splits decoded text into rows. A row's number is the one a
// spreadsheet opening the file shows: encoding/csv skips blank lines, but
// Excel gives each a row, and a cell with line breaks stays in one row.
func parseDelimited(name, text, enc string, bad int, lim Limits, comma rune) (*table, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = false
	t := &table{file: name}
	firstBad := ""
	n := 0
	for {
		from := r.InputOffset()
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, errorf(name, fmt.Sprintf("line %d column %d", pe.Line, pe.Column), "broken CSV: %v", pe.Err)
			}
			return nil, errorf(name, fmt.Sprintf("row %d", n+1), "broken CSV: %v", err)
		}
		n += skippedLines(text[from:r.InputOffset()], rec) + 1
		if len(t.rows) == lim.Rows {
			return nil, errorf(name, fmt.Sprintf("row %d", n), "the file has more than %d rows, the limit (raise it with --max-rows)", lim.Rows)
		}
		for j, f := range rec {
			if len(f) > lim.Cell {
				return nil, errorf(name, fmt.Sprintf("row %d column %d", n, j+1), "the cell holds %s, over the limit of %s (raise it with --max-cell)", size(int64(len(f))), size(int64(lim.Cell)))
			}
			if bad > 0 && firstBad == "" && strings.ContainsRune(f, utf8.RuneError) {
				firstBad = fmt.Sprintf("row %d column %d", n, j+1)
			}
		}
		if blank(rec) {
			continue
		}
		t.rows = append(t.rows, tableRow{n: n, cells: rec})
	}
	if bad > 0 {
		tried := "UTF-8, then " + EncCP932
		if enc != EncCP932 {
			tried = enc + ", as its byte-order mark says"
		}
		return nil, errorf(name, firstBad, "%d byte sequence(s) are invalid in every encoding tried (%s); this is the first. Save the file again from Excel as \"CSV UTF-8\"", bad, tried)
	}
	if len(t.rows) == 0 {
		return nil, errorf(name, "", "the file is empty: expected a header row and one row per item")
	}
	return t, nil
}

// skippedLines is how many blank lines encoding/csv passed over before the
// record it read from raw: the lines raw spans, less the record's own (one,
// plus one per line break inside its quoted cells).
func skippedLines(raw string, rec []string) int {
	lines := strings.Count(raw, "\n")
	if !strings.HasSuffix(raw, "\n") {
		lines++ // the last record of a file without a final line break
	}
	own := 1
	for _, f := range rec {
		own += strings.Count(f, "\n")
	}
	return max(lines-own, 0)
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
