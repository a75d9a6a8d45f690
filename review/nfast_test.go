package review

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Every rune the fast paths pass as stable must be its own normal form,
// of combining class 0, and unable to compose with what precedes it: then
// any string of them is normal, and the fast path may return it as is.
func TestFastNormalFormRanges(t *testing.T) {
	forms := []struct {
		name   string
		form   norm.Form
		stable func(rune) bool
	}{{"NFC", norm.NFC, nfcStable}, {"NFKC", norm.NFKC, nfkcStable}}
	for _, f := range forms {
		listed := 0
		for r := rune(0); r <= 0x10FFFF; r++ {
			if !f.stable(r) {
				continue
			}
			listed++
			s := string(r)
			p := f.form.PropertiesString(s)
			if !f.form.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
				t.Errorf("%s: U+%04X %q is listed as stable: normal %v, ccc %d, boundary before %v",
					f.name, r, s, f.form.IsNormalString(s), p.CCC(), p.BoundaryBefore())
			}
		}
		if listed < 20000 {
			t.Errorf("%s: only %d runes listed: the fast path would rarely apply", f.name, listed)
		}
	}
}

// The fast functions give norm's answer for texts mixing stable runes with
// ones that are not (combining marks after stable letters among them).
func TestFastNormalFormsAgreeWithNorm(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\n", "審査", "か", "カ", "\u3099", "\u309a", "゛", "ｶ", "ﾞ", "Ａ", "①", "〶", "ゟ", "ヿ",
		"e\u0301", "\u0301", "\u3000", "한", "\u1100\u1161", "\ufb01", "\uf900", "～", "〜", "\xff", "\xe3\x81", "ー", "・", "。"}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := r.IntN(8); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := nfcString(s), norm.NFC.String(s); got != want {
			t.Fatalf("nfcString(%q) = %q, norm gives %q", s, got, want)
		}
		if got, want := nfkcString(s), norm.NFKC.String(s); got != want {
			t.Fatalf("nfkcString(%q) = %q, norm gives %q", s, got, want)
		}
	}
}
