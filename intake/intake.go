// Package intake reads what applicants send — the canonical JSON, the
// workbook as filled in Excel, or a CSV in whatever encoding Excel wrote —
// into review values, keeping for every value the file and place it came from.
//
// It refuses rather than guesses: every failure is an *Error that names the
// file and the place (cell, row and column, or JSON path) on one line. It
// writes nothing: a workbook is read as a stream of its zip parts, in
// memory bounded by Limits.
package intake

import (
	"bytes"
	"fmt"
	"strings"

	"shinsa/criteria"
	"shinsa/review"
)

// Limits bound what one submission may cost to read.
type Limits struct {
	FileSize int64 // bytes of the file itself
	Unzip    int64 // bytes a workbook may expand to (all parts together)
	Part     int64 // bytes one part of a workbook (a sheet, the shared strings) may expand to
	Cells    int   // cells of a sheet kept (blanks between filled cells count), strings shared by cells
	Cell     int   // bytes of one cell or JSON string
	Rows     int   // rows of the items table, records of a CSV, items of a JSON file
}

// DefaultLimits are generous for any real disclosure table (a few hundred
// rows, a few MB) and small enough to refuse hostile files quickly.
func DefaultLimits() Limits {
	return Limits{FileSize: 64 << 20, Unzip: 256 << 20, Part: 64 << 20, Cell: 1 << 20, Rows: 100_000, Cells: 2_000_000}
}

func (l Limits) orDefaults() Limits {
	d := DefaultLimits()
	if l.FileSize <= 0 {
		l.FileSize = d.FileSize
	}
	if l.Unzip <= 0 {
		l.Unzip = d.Unzip
	}
	if l.Part <= 0 {
		l.Part = d.Part
	}
	if l.Cells <= 0 {
		l.Cells = d.Cells
	}
	if l.Cell <= 0 {
		l.Cell = d.Cell
	}
	if l.Rows <= 0 {
		l.Rows = d.Rows
	}
	return l
}

// CoverFlags are cover fields given on the command line. A CSV has no cover
// sheet, so they are its cover; for a workbook or JSON file they fill fields
// the file leaves out, and contradicting the file is an error.
type CoverFlags struct {
	Scheme              string
	Edition             string
	Kind                string
	Applicant           string
	CorporateNumber     string
	Service             string
	CertificationNumber string
	DisclosureDate      string
	Submitted           string
}

// Options tune Read.
type Options struct {
	Registry *criteria.Registry // catalogs to check item ids against; nil: criteria.Reference()
	Limits   Limits             // zero fields take DefaultLimits
	Cover    CoverFlags
	Kind     review.Kind // when set, the application's kind whatever the file says
}

// Error is an intake failure: the file, the place in it and what is wrong.
type Error struct {
	File  string
	Where string // 開示項目!E27, sheet 開示項目 row 27, items[3].id, row 5 column 3 (情報開示内容); "" for the whole file
	Msg   string
}

// Error is "FILE: WHERE: MSG" on one line.
func (e *Error) Error() string {
	parts := make([]string, 0, 3)
	for _, p := range []string{e.File, e.Where, e.Msg} {
		if p = review.SanitizeLine(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ": ")
}

func errorf(file, where, format string, args ...any) *Error {
	return &Error{File: file, Where: where, Msg: fmt.Sprintf(format, args...)}
}

// Form is the kind of file a submission is.
type Form string

const (
	FormJSON Form = "json"
	FormXLSX Form = "xlsx"
	FormCSV  Form = "csv"
	FormOLE  Form = "ole" // legacy .xls or an encrypted workbook; not read
)

var (
	zipMagic      = []byte("PK\x03\x04")
	emptyZipMagic = []byte("PK\x05\x06")
	oleMagic      = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}
	utf8BOM       = []byte{0xef, 0xbb, 0xbf}
)

// Detect tells the form of a file from its first bytes, never its name: a zip
// is a workbook, an object after an optional BOM and white space is JSON,
// anything else is read as CSV.
func Detect(data []byte) Form {
	switch {
	case bytes.HasPrefix(data, zipMagic) || bytes.HasPrefix(data, emptyZipMagic):
		return FormXLSX
	case bytes.HasPrefix(data, oleMagic):
		return FormOLE
	}
	d := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if len(d) > 0 && d[0] == '{' {
		return FormJSON
	}
	return FormCSV
}

// utf16JSON decodes data that starts with a UTF-16 byte-order mark and
// holds a JSON object; ok is false for anything else (a UTF-16 CSV is read
// by the CSV reader).
func utf16JSON(data []byte) (text, enc string, bad int, ok bool) {
	if !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return "", "", 0, false
	}
	text, enc, bad = decodeText(data)
	if t := strings.TrimLeft(text, " \t\r\n"); !strings.HasPrefix(t, "{") {
		return "", "", 0, false
	}
	return text, enc, bad, true
}

// Read reads one submission. name is used in messages and provenance only;
// the form comes from the content.
func Read(name string, data []byte, opt Options) (sub *review.Submission, err error) {
	opt.Limits = opt.Limits.orDefaults()
	if opt.Registry == nil {
		opt.Registry = criteria.Reference()
	}
	if int64(len(data)) > opt.Limits.FileSize {
		return nil, errorf(name, "", "the file is %s, over the limit of %s (raise it with --max-file-size)", size(int64(len(data))), size(opt.Limits.FileSize))
	}
	if text, enc, bad, ok := utf16JSON(data); ok {
		// JSON must be UTF-8 (RFC 8259), but Windows tools save "Unicode"
		// text as UTF-16 with a BOM: read it, refusing damaged sequences.
		if bad > 0 {
			return nil, errorf(name, "", "the JSON is %s with %d undecodable sequence(s); save it as UTF-8", enc, bad)
		}
		return readJSON(name, []byte(text), opt)
	}
	switch Detect(data) {
	case FormXLSX:
		// The workbook reader parses hostile input; should it ever panic,
		// the user still gets one line and exit 2, and the deferred
		// clean-up still runs.
		defer func() {
			if p := recover(); p != nil {
				sub, err = nil, errorf(name, "", "the workbook reader failed on this file (%v); open and save it in Excel again", p)
			}
		}()
		return readXLSX(name, data, opt)
	case FormJSON:
		return readJSON(name, data, opt)
	case FormOLE:
		return nil, errorf(name, "", "this is a legacy .xls or a password-protected workbook; save it from Excel as an unprotected .xlsx")
	}
	return readCSV(name, data, opt)
}

// size writes a byte count the way the limit flags take it.
func size(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
