package review

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize derives the comparison form of an answer: NFKC (full-width ASCII
// to half width, half-width katakana to full width), wave dashes and hyphen
// variants unified, white space runs folded to one space and trimmed. It is used
// for search and for deciding whether an answer changed; the stored answer is
// never replaced by it. White space next to a non-ASCII character is dropped
// (Japanese needs none); between ASCII words it becomes one space.
func Normalize(s string) string {
	out := foldSpace(nfkcString(Sanitize(s)))
	// Dropping a space can put a combining mark next to a letter that NFKC
	// had kept apart (´ is NFKC " \u0301"), and the composed letter is no
	// longer ASCII, which changes where spaces go: fold again until nothing
	// composes, so Normalize of its own output is the same text ("0 A´" →
	// "0Á" at once, not "0 Á" first). Each round drops a space or composes
	// two runes into one, so it ends.
	for {
		composed := nfcString(out)
		if composed == out {
			return out
		}
		out = foldSpace(composed)
	}
}

// foldSpace folds white space runs: dropped next to a non-ASCII character
// and at the ends, one space between ASCII words; dashes are unified.
func foldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var prev rune
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		r = foldDash(r)
		// White space between Japanese characters (or between Japanese and
		// anything) is layout: 山田　直樹 and 山田直樹, a sentence broken
		// over two lines or not. Between two ASCII words it separates them.
		if space && b.Len() > 0 && prev < utf8.RuneSelf && r < utf8.RuneSelf {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// foldDash unifies the dash and wave characters that Japanese text mixes
// freely: 〜 (U+301C), ～ (U+FF5E, which CP932 gives for 0x8160) and ∼ become ~;
// hyphens, minus signs and dashes become -. The long vowel mark ー is a letter
// and stays.
func foldDash(r rune) rune {
	switch r {
	case '\u301c', '\uff5e', '\u223c', '\u02dc', '\u2053':
		return '~'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uff0d', '\ufe63', '\u2043':
		return '-'
	}
	return r
}
