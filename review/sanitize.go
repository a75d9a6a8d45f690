package review

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes untrusted text safe to show on a terminal or write into an
// export. It is the one sanitiser of the program; every output path calls it.
//
//   - invalid UTF-8 becomes U+FFFD;
//   - escape sequences (CSI, OSC, DCS, SOS/PM/APC and two-byte ESC forms),
//     7-bit or 8-bit, are removed whole, so "ESC]0;title BEL" leaves nothing;
//   - C0 and C1 controls are dropped except newline; tab becomes spaces;
//     CR LF and lone CR become a newline;
//   - bidi embeddings, overrides and isolates, and U+2028/2029, are dropped.
//
// Line breaks are kept; use SanitizeLine where one line is wanted.
func Sanitize(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		switch {
		case r == '\n':
			b.WriteByte('\n')
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				break // the \n comes next
			}
			b.WriteByte('\n')
		case r == '\t':
			b.WriteString("    ")
		case r == 0x1b: // ESC
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // 8-bit OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
			continue
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			// other controls: dropped
		case isBidiControl(r) || r == 0x2028 || r == 0x2029 || r == 0xfeff:
			// dropped
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// SanitizeLine is Sanitize with line breaks turned into spaces, for table cells
// and other one-line places.
func SanitizeLine(s string) string {
	t := Sanitize(s)
	if strings.IndexByte(t, '\n') < 0 {
		return t
	}
	return strings.ReplaceAll(t, "\n", " ")
}

// isPlain is the fast path: printable ASCII and newlines, or UTF-8 without
// anything the sanitiser changes.
func isPlain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || (r >= 0x80 && r <= 0x9f) || isBidiControl(r) || r == 0x2028 || r == 0x2029 || r == 0xfeff {
			return false
		}
		i += size
	}
	return true
}

func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e: // LRE RLE PDF LRO RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI RLI FSI PDI
		return true
	case r == 0x200e || r == 0x200f || r == 0x061c: // LRM RLM ALM
		return true
	}
	return false
}

// skipEscape skips the rest of an escape sequence whose ESC was just before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// ESC followed by intermediates (0x20–0x2f) then one final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips parameter and intermediate bytes and the final byte of a CSI.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c >= 0x40 && c <= 0x7e {
			return i + 1
		}
		if c < 0x20 || c > 0x3f && c < 0x40 || c >= 0x80 {
			// Not a CSI byte: end the sequence here and let the caller see it.
			return i
		}
		i++
	}
	return i
}

// skipString skips an OSC/DCS/SOS/PM/APC body up to BEL, ESC \ or 8-bit ST.
// An unterminated string runs to the end of the text, as a terminal would take it.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c: // U+009C ST
			return i + 2
		}
		i++
	}
	return i
}

// NeutraliseCell sanitises a spreadsheet cell and defuses formulas: a cell a
// spreadsheet would evaluate (see FormulaRisk) gets a leading apostrophe, so
// Excel and LibreOffice show it as text instead of running it. Text that only
// looks like one, such as the verdict mark "-" or "- 対象外", is left as it is.
func NeutraliseCell(s string) string {
	t := Sanitize(s)
	// Check both the raw and the sanitised text: an escape sequence can hide
	// a leading "=", and sanitising turns a leading tab into spaces.
	if FormulaRisk(s) || FormulaRisk(t) {
		return "'" + t
	}
	return t
}

// FormulaRisk says whether a spreadsheet (Excel, LibreOffice, Google Sheets),
// given s as a typed or imported cell, would read it as a formula or number
// expression: it starts with "=", a tab or CR; or with "+", "-" or "@"
// followed (after spaces) by something an expression can begin with — an
// ASCII digit, letter (a function or a reference such as SUM( or cmd|),
// sign, bracket, quote or dot. A sign followed by nothing, or by Japanese
// text with no ASCII "(" or "|" (no function call, no DDE), is not one:
// "-", "- 対象外", "−", "・" stay as written.
func FormulaRisk(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '\t', '\r':
		return true
	case '+', '-', '@':
	default:
		return false
	}
	rest := strings.TrimLeft(s[1:], " ")
	if rest == "" {
		return false
	}
	if c := rest[0]; c < utf8.RuneSelf {
		return c > ' ' || c == '\t' || c == '\r' || c == '\n'
	}
	return strings.ContainsAny(rest, "(|")
}
