package intake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"shinsa/review"
)

// SubmissionFormat is the value of "format" in a canonical JSON submission.
const SubmissionFormat = "shinsa-submission/1"

// The JSON form is walked token by token rather than unmarshalled, so that
// every refusal names its JSON path (items[3].id), unknown keys are errors
// (a misspelt "anwser" must not drop an answer silently), and a key given
// twice is an error rather than "the last one wins".

type jsonReader struct {
	file string
	data []byte
	d    *json.Decoder
	lim  Limits
}

func (j *jsonReader) fail(path, format string, args ...any) error {
	return errorf(j.file, path, format, args...)
}

// syntax turns a decoder error into one naming the line and column.
func (j *jsonReader) syntax(path string, err error) error {
	var se *json.SyntaxError
	off := j.d.InputOffset()
	if errors.As(err, &se) {
		off = se.Offset
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return j.fail(path, "the JSON ends too early (%s)", lineCol(j.data, int64(len(j.data))))
	}
	return j.fail(path, "invalid JSON at %s: %v", lineCol(j.data, off), err)
}

func lineCol(data []byte, off int64) string {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("line %d column %d", line, col)
}

func (j *jsonReader) token(path string) (json.Token, error) {
	t, err := j.d.Token()
	if err != nil {
		return nil, j.syntax(path, err)
	}
	return t, nil
}

// object reads an object, calling field for each key with the key's path;
// field must consume the value.
func (j *jsonReader) object(path string, field func(key, path string) error) error {
	t, err := j.token(path)
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return j.fail(path, "expected an object, found %s", describe(t))
	}
	seen := map[string]bool{}
	for j.d.More() {
		t, err := j.token(path)
		if err != nil {
			return err
		}
		key := t.(string) // the decoder allows only strings as keys
		p := key
		if path != "" {
			p = path + "." + key
		}
		if seen[key] {
			return j.fail(p, "key given twice")
		}
		seen[key] = true
		if err := field(key, p); err != nil {
			return err
		}
	}
	_, err = j.token(path) // '}'
	return err
}

// array reads an array, calling elem for each element with its path.
func (j *jsonReader) array(path string, elem func(i int, path string) error) error {
	t, err := j.token(path)
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); !ok || d != '[' {
		return j.fail(path, "expected an array, found %s", describe(t))
	}
	for i := 0; j.d.More(); i++ {
		if i == j.lim.Rows {
			return j.fail(path, "more than %d entries, the limit (raise it with --max-rows)", j.lim.Rows)
		}
		if err := elem(i, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	_, err = j.token(path) // ']'
	return err
}

// str reads a string; null reads as "".
func (j *jsonReader) str(path string) (string, error) {
	t, err := j.token(path)
	if err != nil {
		return "", err
	}
	switch v := t.(type) {
	case nil:
		return "", nil
	case string:
		if len(v) > j.lim.Cell {
			return "", j.fail(path, "the text is %s, over the limit of %s (raise it with --max-cell)", size(int64(len(v))), size(int64(j.lim.Cell)))
		}
		return v, nil
	}
	return "", j.fail(path, "expected a string, found %s", describe(t))
}

func describe(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		switch v {
		case '{':
			return "an object"
		case '[':
			return "an array"
		}
		return fmt.Sprintf("%q", string(v))
	case string:
		return fmt.Sprintf("the string %q", v)
	case nil:
		return "null"
	case bool:
		return fmt.Sprintf("%v", v)
	}
	return fmt.Sprintf("the number %v", t)
}

type jsonItem struct {
	path     string
	id       string
	answer   string
	note     string
	reply    string
	evidence []string
}

// loneSurrogate finds a \uD800–\uDFFF escape that is not half of a pair.
// encoding/json turns one silently into U+FFFD, which would put a character
// the applicant never wrote into the record, as invalid UTF-8 in a CSV
// would: both are refused.
func loneSurrogate(data []byte) (int, bool) {
	hex4 := func(i int) (rune, bool) {
		if i+6 > len(data) || data[i] != '\\' || data[i+1] != 'u' {
			return 0, false
		}
		var r rune
		for _, c := range data[i+2 : i+6] {
			switch {
			case '0' <= c && c <= '9':
				r = r<<4 | rune(c-'0')
			case 'a' <= c && c <= 'f':
				r = r<<4 | rune(c-'a'+10)
			case 'A' <= c && c <= 'F':
				r = r<<4 | rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		return r, true
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' {
			continue
		}
		r, ok := hex4(i)
		if !ok {
			i++ // an escape such as \\ or \": skip the escaped byte
			continue
		}
		switch {
		case 0xd800 <= r && r <= 0xdbff:
			if lo, ok := hex4(i + 6); ok && 0xdc00 <= lo && lo <= 0xdfff {
				i += 11
				continue
			}
			return i, true
		case 0xdc00 <= r && r <= 0xdfff:
			return i, true
		}
		i += 5
	}
	return 0, false
}

func readJSON(name string, data []byte, opt Options) (*review.Submission, error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, errorf(name, lineCol(data, int64(off)), "the JSON is not valid UTF-8 (save it as UTF-8)")
	}
	if off, ok := loneSurrogate(data); ok {
		return nil, errorf(name, lineCol(data, int64(off)), "the JSON has a lone UTF-16 surrogate escape (\\u%s): it stands for no character; correct the text", data[off+2:off+6])
	}
	j := &jsonReader{file: name, data: data, d: json.NewDecoder(bytes.NewReader(data)), lim: opt.Limits}
	j.d.UseNumber()
	c := newCover(name, review.ParseISODate, `add "scheme" or pass --scheme`)
	var format string
	var items []jsonItem
	field := func(key, path string) error {
		var err error
		var v string
		switch key {
		case "format":
			format, err = j.str(path)
			return err
		case "applicant":
			return j.object(path, func(key, p string) error {
				var field string
				switch key {
				case "name":
					field = FieldApplicant
				case "corporate_number":
					field = FieldCorporateNumber
				default:
					return j.fail(p, "unknown key (applicant has name and corporate_number)")
				}
				v, err := j.str(p)
				c.set(field, v, p)
				return err
			})
		case "items":
			return j.array(path, func(i int, p string) error {
				it, err := j.item(p)
				items = append(items, it)
				return err
			})
		case FieldScheme, FieldEdition, FieldKind, FieldService, FieldCertificationNumber, FieldDisclosureDate, FieldSubmitted:
			v, err = j.str(path)
			c.set(key, v, path)
			return err
		}
		return j.fail(path, "unknown key (see FORMATS.md §2.1 for the keys of %s)", SubmissionFormat)
	}
	if err := j.object("", field); err != nil {
		return nil, err
	}
	if _, err := j.d.Token(); !errors.Is(err, io.EOF) {
		return nil, errorf(name, lineCol(data, j.d.InputOffset()), "data after the JSON object")
	}
	switch {
	case format == "":
		return nil, errorf(name, "format", "missing: a submission starts with \"format\": %q", SubmissionFormat)
	case format != SubmissionFormat:
		return nil, errorf(name, "format", "%q is not a format this version reads (want %q)", format, SubmissionFormat)
	}
	app, cat, prov, err := c.finish(opt)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, errorf(name, "items", "no items")
	}
	col := newCollector(name, cat)
	for _, it := range items {
		a := review.Answer{
			Item:       it.id,
			Text:       strings.TrimSpace(it.answer),
			Note:       strings.TrimSpace(it.note),
			Reply:      strings.TrimSpace(it.reply),
			Evidence:   it.evidence,
			Provenance: name + " " + it.path,
		}
		if err := col.add(a, it.path+".id"); err != nil {
			return nil, err
		}
	}
	return &review.Submission{App: app, Answers: col.answers, Cover: prov}, nil
}

func (j *jsonReader) item(path string) (jsonItem, error) {
	it := jsonItem{path: path}
	haveID := false
	err := j.object(path, func(key, p string) error {
		var err error
		switch key {
		case "id":
			haveID = true
			it.id, err = j.str(p)
			it.id = strings.TrimSpace(it.id)
			if err == nil && it.id == "" {
				err = j.fail(p, "empty item id")
			}
		case "answer":
			it.answer, err = j.str(p)
		case "note":
			it.note, err = j.str(p)
		case "reply":
			it.reply, err = j.str(p)
		case "evidence":
			err = j.array(p, func(_ int, p string) error {
				v, err := j.str(p)
				if v = strings.TrimSpace(v); v != "" {
					it.evidence = append(it.evidence, v)
				}
				return err
			})
		default:
			err = j.fail(p, "unknown key (an item has id, answer, note, evidence and reply)")
		}
		return err
	})
	if err == nil && !haveID {
		err = j.fail(path, "the item has no id")
	}
	return it, err
}
