package review

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Most answers are kana, kanji, ASCII and the usual Japanese punctuation,
// which no normal form changes. norm's own check looks every rune up in its
// tables; these look at the code point's range first, so that the common
// text costs a comparison a rune. A text with any other rune goes to norm
// unchanged. Half of review.Compare's time was norm's checks, and Normalize
// runs on every answer imported.
//
// A rune is listed only if it is its own normal form, has combining class 0
// and never composes with the rune before it (norm's BoundaryBefore): a
// string of such runes is then normal as it stands. TestFastNormalFormRanges
// checks every listed rune against norm.

// nfcStable reports whether r is one of those runes for NFC (and so also
// valid UTF-8 as text: utf8.RuneError is not listed).
func nfcStable(r rune) bool {
	switch {
	case r < 0x80:
		return true
	case r < 0x3000:
		return false
	case r <= 0x3098: // CJK symbols and punctuation, hiragana (U+3099/309A combine)
		return r < 0x302A || r > 0x302F // tone marks that combine
	case r <= 0x309A:
		return false
	case r <= 0x30FF: // ゛゜, katakana
		return true
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF: // CJK ideographs (not the compatibility block)
		return true
	case r >= 0xFF01 && r <= 0xFFEE: // full- and half-width forms: NFKC folds them, NFC keeps them
		return true
	}
	return false
}

// nfkcStable is nfcStable for NFKC: ideographs, kana and ASCII, but not the
// full- and half-width forms NFKC folds, nor ゛゜ (a space and a combining
// mark under NFKC), ゟ or ヿ (より, コト).
func nfkcStable(r rune) bool {
	switch {
	case r < 0x80:
		return true
	case r < 0x3000:
		return false
	case r == 0x3000: // the ideographic space is a space under NFKC
		return false
	case r <= 0x3098:
		// not the combining tone marks, 〶 (〒 under NFKC) or 〸〹〺 (十廿卅)
		return (r < 0x302A || r > 0x302F) && r != 0x3036 && (r < 0x3038 || r > 0x303A)
	case r <= 0x309E:
		return r == 0x309D || r == 0x309E // ゝゞ; not U+3099–309C
	case r <= 0x30FE:
		return r >= 0x30A0
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return false
}

// allStable reports whether every rune of s is stable under f (and s is
// valid UTF-8).
func allStable(s string, stable func(rune) bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !stable(r) {
			return false
		}
		i += n
	}
	return true
}

// nfcString is norm.NFC.String(s), faster for the common text.
func nfcString(s string) string {
	if allStable(s, nfcStable) {
		return s
	}
	return norm.NFC.String(s)
}

// nfkcString is norm.NFKC.String(s), faster for the common text.
func nfkcString(s string) string {
	if allStable(s, nfkcStable) {
		return s
	}
	return norm.NFKC.String(s)
}
