package criteria

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
)

// Document kinds told apart by Detect.
const (
	DocCatalog    = "catalog"
	DocGuideline  = "guideline"
	DocEditionMap = "editionmap"
)

// ParseCatalog reads one catalog edition in the JSON shape of FORMATS.md §3.
// Unknown fields are errors, so a misspelt key is caught rather than ignored;
// syntax errors carry line:column. It does not validate: see Validate.
func ParseCatalog(data []byte) (*Catalog, error) {
	var c Catalog
	if err := decodeStrict(data, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// ParseGuideline reads one guideline edition: its clauses as one flat list,
// the tree given by each clause's parent.
func ParseGuideline(data []byte) (*Guideline, error) {
	var g Guideline
	if err := decodeStrict(data, &g); err != nil {
		return nil, err
	}
	return &g, nil
}

// ParseEditionMap reads a map from one edition of a scheme to another.
func ParseEditionMap(data []byte) (*EditionMap, error) {
	var m EditionMap
	if err := decodeStrict(data, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// Detect tells from the top-level keys of a JSON document whether it is a
// catalog, a guideline or an edition map; "" when it is none of them or not
// a JSON object at all.
func Detect(data []byte) string {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(trimBOM(data), &top); err != nil {
		return ""
	}
	has := func(k string) bool { _, ok := top[k]; return ok }
	switch {
	case has("format"):
		return "" // a submission (shinsa-submission/1) also has items
	case has("items") || has("categories"):
		return DocCatalog
	case has("guideline") || has("clauses"):
		return DocGuideline
	case has("entries") || (has("from") && has("to")):
		return DocEditionMap
	}
	return ""
}

func trimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
}

// decodeStrict decodes exactly one JSON value into v, refusing unknown fields
// and trailing data, and turns offsets into line:column.
func decodeStrict(data []byte, v any) error {
	data = trimBOM(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return positionError(data, err)
	}
	off := dec.InputOffset()
	if rest := bytes.TrimLeft(data[off:], " \t\r\n"); len(rest) > 0 {
		line, col := lineCol(data, off+int64(len(data[off:])-len(rest)))
		return fmt.Errorf("line %d:%d: unexpected data after the JSON document", line, col)
	}
	return nil
}

var unknownField = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^json: unknown field "(.*)"$`)
})

func positionError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := lineCol(data, syn.Offset-1) // Offset is just past the bad byte
		return fmt.Errorf("line %d:%d: %v", line, col, syn)
	case errors.As(err, &typ):
		line, col := lineCol(data, valueStart(data, typ.Offset))
		what := typ.Field
		if what == "" {
			what = "value"
		}
		return fmt.Errorf("line %d:%d: %s: JSON %s where %s is wanted", line, col, what, typ.Value, typ.Type)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		line, col := lineCol(data, int64(len(data)))
		if len(bytes.TrimSpace(data)) == 0 {
			return fmt.Errorf("line %d:%d: empty document", line, col)
		}
		return fmt.Errorf("line %d:%d: unexpected end of JSON (unclosed object or array?)", line, col)
	}
	if m := unknownField().FindStringSubmatch(err.Error()); m != nil {
		// encoding/json gives no offset for unknown fields: point at the
		// first place the key occurs as a key.
		key := regexp.MustCompile(regexp.QuoteMeta(fmt.Sprintf("%q", m[1])) + `\s*:`)
		if loc := key.FindIndex(data); loc != nil {
			line, col := lineCol(data, int64(loc[0]))
			return fmt.Errorf("line %d:%d: unknown field %q", line, col, m[1])
		}
		return fmt.Errorf("unknown field %q", m[1])
	}
	return err
}

// valueStart finds where the scalar JSON value ending just before end
// begins, so that an error points at the value rather than past it.
func valueStart(data []byte, end int64) int64 {
	if end <= 0 || end > int64(len(data)) {
		return max(0, min(end, int64(len(data)))-1)
	}
	i := end - 1
	if data[i] == '"' {
		for j := i - 1; j >= 0; j-- {
			if data[j] != '"' {
				continue
			}
			k := j - 1 // count the backslashes before it: odd means escaped
			for k >= 0 && data[k] == '\\' {
				k--
			}
			if (j-k-1)%2 == 0 {
				return j
			}
		}
		return i
	}
	const scalar = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.+-"
	if strings.IndexByte(scalar, data[i]) < 0 {
		return i // an object or array: point at its closing bracket
	}
	for i > 0 && strings.IndexByte(scalar, data[i-1]) >= 0 {
		i--
	}
	return i
}

// lineCol turns a byte offset into a 1-based line and a 1-based column
// counted in characters, as an editor shows them.
func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := string(data[:off])
	line = strings.Count(before, "\n") + 1
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, len([]rune(before)) + 1
}
