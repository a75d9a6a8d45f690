package xlsxw

import (
	"bufio"
	"strings"
	"unicode/utf8"
)

// MaxCellUnits is Excel's limit on a cell's text, in UTF-16 units.
const MaxCellUnits = 32767

// CellText is what a cell set to s holds when the workbook is read back:
// s cut to MaxCellUnits UTF-16 units (never inside a surrogate pair), with
// invalid UTF-8 and characters XML 1.0 cannot carry (C0 controls other than
// tab, newline and CR; U+FFFE, U+FFFF) turned into U+FFFD, as excelize
// did. Callers that record a hash of what they wrote hash this.
func CellText(s string) string {
	return cleanXML(truncateUnits(s, MaxCellUnits))
}

// truncateUnits cuts s to at most n UTF-16 units at a rune boundary.
func truncateUnits(s string, n int) string {
	if len(s) <= n { // every rune takes at least as many bytes as units
		return s
	}
	units := 0
	for i, r := range s {
		u := 1
		if r >= 0x10000 {
			u = 2
		}
		if units+u > n {
			return s[:i]
		}
		units += u
	}
	return s
}

// unitsOf counts UTF-16 units.
func unitsOf(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// cleanXML replaces invalid UTF-8 and non-XML characters with U+FFFD.
func cleanXML(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || !xmlChar(r) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || !xmlChar(r) {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// escapeBstr protects text that readers would decode as an OOXML _xHHHH_
// escape: the "_" of each such sequence is written as _x005F_, so Excel,
// LibreOffice and excelize read back exactly s.
func escapeBstr(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && isBstr(s[i:]) {
			b.WriteString("_x005F_")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// isBstr says whether s starts with _xHHHH_.
func isBstr(s string) bool {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// xmlWriter writes XML text; escaping is done here, once, for every part.
type xmlWriter struct {
	b *bufio.Writer
}

func (w *xmlWriter) raw(s ...string) {
	for _, x := range s {
		w.b.WriteString(x)
	}
}

// text writes character data: &, < and > escaped, CR as a character
// reference (a parser would turn a literal one into a newline), anything
// XML cannot carry as U+FFFD.
func (w *xmlWriter) text(s string) { w.escape(s, false) }

// attr writes ` name="value"`, the value escaped so that no attribute-value
// normalisation changes it.
func (w *xmlWriter) attr(name, value string) {
	w.b.WriteByte(' ')
	w.b.WriteString(name)
	w.b.WriteString(`="`)
	w.escape(value, true)
	w.b.WriteByte('"')
}

func (w *xmlWriter) escape(s string, inAttr bool) {
	s = cleanXML(s)
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\r':
			esc = "&#xD;"
		case '"':
			if !inAttr {
				continue
			}
			esc = "&quot;"
		case '\n':
			if !inAttr {
				continue
			}
			esc = "&#xA;"
		case '\t':
			if !inAttr {
				continue
			}
			esc = "&#x9;"
		default:
			continue
		}
		w.b.WriteString(s[last:i])
		w.b.WriteString(esc)
		last = i + 1
	}
	w.b.WriteString(s[last:])
}

// needsPreserve says whether a <t> needs xml:space="preserve" for Excel to
// keep leading or trailing white space.
func needsPreserve(s string) bool {
	if s == "" {
		return false
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}
