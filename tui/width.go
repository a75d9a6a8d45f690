package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"shinsa/review"
)

// The width policy of the whole program (ARCHITECTURE.md, "Text"): one
// helper measures, truncates, pads and wraps, so every screen agrees with
// every other and with lipgloss, which measures with the same x/ansi.
//
//   - ambiguous-width characters (① ※ ○ ─ × …) are one cell;
//   - half-width katakana is folded to full width for display, so ｶﾞ is shown
//     as ガ, two cells, which every terminal and library agree on (a half-width
//     voiced mark is a grapheme extender to Unicode but a cell of its own to
//     a terminal);
//   - Truncate pads to the exact width asked for.

// SetWidthPolicy sets the process-wide width policy. Run calls it once at
// start; go-runewidth otherwise reads LANG and makes ambiguous characters
// wide in a Japanese locale, which would split the program in two (the
// textarea measures with runewidth, everything else with x/ansi).
func SetWidthPolicy() {
	runewidth.DefaultCondition.EastAsianWidth = false
	runewidth.DefaultCondition.StrictEmojiNeutral = true
}

// Clean makes applicant text ready for the screen: sanitised (escape
// sequences, controls and bidi overrides gone; line breaks kept) and folded.
func Clean(s string) string { return Fold(review.Sanitize(s)) }

// CleanLine is Clean for one-line places: line breaks become spaces.
func CleanLine(s string) string { return Fold(review.SanitizeLine(s)) }

// Fold turns half-width katakana into full width, joining a following
// half-width (semi-)voiced mark with its kana (ｶﾞ → ガ). Nothing else changes:
// full-width digits stay full width, because their form is something a
// reviewer checks. For display only; stored text is never folded.
func Fold(s string) string {
	if !hasHalfKana(s) {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r < 0xFF61 || r > 0xFF9F {
			out = append(out, r)
			continue
		}
		if (r == 0xFF9E || r == 0xFF9F) && len(out) > 0 {
			mark := rune(0x3099) // combining voiced
			if r == 0xFF9F {
				mark = 0x309A // combining semi-voiced
			}
			if c, ok := compose(out[len(out)-1], mark); ok {
				out[len(out)-1] = c
				continue
			}
		}
		switch r {
		case 0xFF9E:
			r = 0x309B // spacing voiced mark ゛: x/text gives the combining one
		case 0xFF9F:
			r = 0x309C
		default:
			if wide := width.LookupRune(r).Wide(); wide != 0 {
				r = wide
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// hasHalfKana reports whether s holds a rune of U+FF61–U+FF9F, whose UTF-8
// forms start EF BD A1 … EF BE 9F.
func hasHalfKana(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xEF {
			if b := s[i+1]; (b == 0xBD && s[i+2] >= 0xA1) || (b == 0xBE && s[i+2] <= 0x9F) {
				return true
			}
		}
	}
	return false
}

// compose joins a kana and a combining mark into one precomposed rune.
func compose(base, mark rune) (rune, bool) {
	c := norm.NFC.String(string([]rune{base, mark}))
	if r, size := utf8.DecodeRuneInString(c); size == len(c) {
		return r, true
	}
	return 0, false
}

// Width is the number of cells s takes on the screen. Escape sequences take
// none.
func Width(s string) int { return ansi.StringWidth(Fold(s)) }

// Truncate fits one line into exactly w cells: a longer line is cut and ends
// in "…", a shorter one is padded with spaces. A wide character that would
// straddle the edge is dropped and its cell padded.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = Fold(s)
	sw := ansi.StringWidth(s)
	if sw <= w {
		return s + spaces(w-sw)
	}
	t := ansi.Truncate(s, w, "…")
	return t + spaces(w-ansi.StringWidth(t))
}

// Pad pads s with spaces to at least w cells; it never cuts.
func Pad(s string, w int) string {
	s = Fold(s)
	if sw := ansi.StringWidth(s); sw < w {
		return s + spaces(w-sw)
	}
	return s
}

// PadLeft right-aligns s in w cells; it never cuts.
func PadLeft(s string, w int) string {
	s = Fold(s)
	if sw := ansi.StringWidth(s); sw < w {
		return spaces(w-sw) + s
	}
	return s
}

const blanks = "                                                                                                                                "

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	if n <= len(blanks) {
		return blanks[:n]
	}
	return strings.Repeat(" ", n)
}

// Wrap breaks plain text into lines of at most w cells. Line breaks in s are
// kept; Latin words break at spaces (a word longer than a line is cut), and
// Japanese text breaks between any two characters except before closing
// punctuation and small kana or after an opening bracket (simple 禁則).
// s must be sanitised already; it must hold no escape sequences.
func Wrap(s string, w int) []string {
	lines := WrapSpans([]Span{{Text: s}}, w)
	out := make([]string, len(lines))
	for i, l := range lines {
		var b strings.Builder
		for _, sp := range l {
			b.WriteString(sp.Text)
		}
		out[i] = b.String()
	}
	return out
}

// Span is a piece of text with a style tag the caller gives meaning to (the
// diff uses it for inserted and deleted words).
type Span struct {
	Text  string
	Style int
}

type cluster struct {
	text  string
	width int
	style int
}

// WrapSpans is Wrap for text made of styled spans: each line comes back as
// spans, so styles can be applied after wrapping and never split an escape
// sequence.
func WrapSpans(spans []Span, w int) [][]Span {
	if w < 1 {
		w = 1
	}
	var out [][]Span
	var para []cluster
	flush := func() {
		out = append(out, breakParagraph(para, w)...)
		para = para[:0]
	}
	for _, sp := range spans {
		t := Fold(sp.Text)
		for len(t) > 0 {
			if t[0] == '\n' {
				flush()
				t = t[1:]
				continue
			}
			c, cw := ansi.FirstGraphemeCluster(t, ansi.GraphemeWidth)
			if c == "" {
				break
			}
			para = append(para, cluster{text: c, width: cw, style: sp.Style})
			t = t[len(c):]
		}
	}
	flush()
	return out
}

// breakParagraph lays one paragraph (no line breaks) into lines. Spaces
// hang: they never force a break and are dropped at the end of a line.
func breakParagraph(cs []cluster, w int) [][]Span {
	if len(cs) == 0 {
		return [][]Span{nil}
	}
	var lines [][]Span
	canBreak := breakOpportunities(cs)
	start := 0
	for start < len(cs) {
		lineW, brk, i := 0, -1, start
		for ; i < len(cs); i++ {
			if i > start && canBreak[i] {
				brk = i
			}
			if cs[i].text == " " {
				lineW++
				continue
			}
			if lineW+cs[i].width > w {
				break
			}
			lineW += cs[i].width
		}
		if i == len(cs) {
			lines = append(lines, spansOf(trimRightSpaces(cs[start:])))
			break
		}
		end := brk
		switch {
		case brk > start:
		case i > start:
			end = i // no break opportunity: cut the word
		default:
			// One character wider than the whole line (a wide character in
			// a one-cell column): show that something is there.
			cs[start] = cluster{text: "…", width: 1, style: cs[start].style}
			end = start + 1
		}
		lines = append(lines, spansOf(trimRightSpaces(cs[start:end])))
		start = end
	}
	return lines
}

func trimRightSpaces(cs []cluster) []cluster {
	for len(cs) > 0 && cs[len(cs)-1].text == " " {
		cs = cs[:len(cs)-1]
	}
	return cs
}

func spansOf(cs []cluster) []Span {
	var out []Span
	var b strings.Builder
	style := 0
	for i, c := range cs {
		if i > 0 && c.style != style {
			out = append(out, Span{Text: b.String(), Style: style})
			b.Reset()
		}
		style = c.style
		b.WriteString(c.text)
	}
	if b.Len() > 0 {
		out = append(out, Span{Text: b.String(), Style: style})
	}
	return out
}

// breakOpportunities marks, per cluster, whether a line may end before it,
// by the Unicode line breaking algorithm (UAX #14, rivo/uniseg): between
// Japanese characters, after spaces, never before a closing bracket, 。 or
// a small kana, never after an opening bracket, not inside a Latin word or
// a number. Spaces hang at the end of a line: never break before one.
func breakOpportunities(cs []cluster) []bool {
	var b strings.Builder
	starts := make(map[int]int, len(cs))
	for i, c := range cs {
		starts[b.Len()] = i
		b.WriteString(c.text)
	}
	ok := make([]bool, len(cs))
	rest, off, state := b.String(), 0, -1
	for len(rest) > 0 {
		var seg string
		seg, rest, _, state = uniseg.FirstLineSegmentInString(rest, state)
		off += len(seg)
		if i, at := starts[off]; at && cs[i].text != " " {
			ok[i] = true
		}
	}
	return ok
}
