package review

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the row exactly as encoding/json writes it with HTML
// escaping off (as `shinsa diff --json` does), without reflection. In a
// process that lives a few milliseconds, encoding/json's first use of a type
// (building its encoder) and its reflection were a good part of printing a
// diff; TestItemDiffAppendJSONIsEncodingJSON holds the two to the same bytes.
func (j ItemDiffJSON) AppendJSON(b []byte) []byte {
	b = append(b, `{"item":`...)
	b = AppendJSONString(b, j.Item)
	b = append(b, `,"status":`...)
	b = AppendJSONString(b, string(j.Status))
	b = append(b, `,"form_only":`...)
	b = strconv.AppendBool(b, j.FormOnly)
	b = append(b, `,"from":`...)
	b = AppendJSONString(b, j.From)
	b = append(b, `,"to":`...)
	b = AppendJSONString(b, j.To)
	if j.Mapping != "" {
		b = append(b, `,"mapping":`...)
		b = AppendJSONString(b, j.Mapping)
	}
	b = append(b, `,"hunks":`...)
	if j.Hunks == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, h := range j.Hunks {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"op":`...)
			b = AppendJSONString(b, h.Op)
			b = append(b, `,"text":`...)
			b = AppendJSONString(b, h.Text)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"previous_verdict":`...)
	if j.Previous == nil {
		b = append(b, "null"...)
	} else {
		b = AppendJSONString(b, string(*j.Previous))
	}
	b = append(b, `,"check_addressed":`...)
	b = strconv.AppendBool(b, j.CheckAddressed)
	if j.Coarse {
		b = append(b, `,"coarse":true`...)
	}
	if j.Err != "" {
		b = append(b, `,"error":`...)
		b = AppendJSONString(b, j.Err)
	}
	b = append(b, `,"old":`...)
	b = AppendJSONString(b, j.Old)
	b = append(b, `,"new":`...)
	b = AppendJSONString(b, j.New)
	if j.NotChangedByApplicant {
		b = append(b, `,"not_changed_by_applicant":true`...)
	}
	if j.Reply != "" {
		b = append(b, `,"reply":`...)
		b = AppendJSONString(b, j.Reply)
	}
	if len(j.Evidence) > 0 {
		// Rare: encoding/json, with HTML escaping off as above.
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(j.Evidence); err == nil {
			b = append(b, `,"evidence":`...)
			b = append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
		}
	}
	return append(b, '}')
}

const jsonHex = "0123456789abcdef"

// AppendJSONString appends s as a JSON string exactly as encoding/json
// writes it with HTML escaping off: ", \ and control characters escaped
// (\b \f \n \r \t by name), U+2028 and U+2029 as \u escapes, and each byte
// that is not UTF-8 as \ufffd.
func AppendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', jsonHex[c>>4], jsonHex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', jsonHex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
