package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func init() { SetWidthPolicy() }

// widthCases is the fixed list the width policy is pinned by: what each
// string takes on a terminal that follows it (ambiguous narrow, half-width
// katakana shown folded to full width).
var widthCases = []struct {
	name string
	in   string
	want int
}{
	{"ascii", "ISO27001", 8},
	{"japanese", "審査対象項目", 12},
	{"japanese_mixed", "ISO27001取得", 12},
	{"full_width_digits_stay_wide", "２箇所", 6},
	{"ambiguous_are_narrow", "①※○─×", 5},
	{"ambiguous_mixed", "※本店①", 6},
	{"half_width_katakana", "ｶﾅﾒ", 6},
	{"half_width_voiced", "ｶﾞｷﾞ", 4},
	{"half_width_semi_voiced", "ﾊﾟｿｺﾝ", 8},
	{"half_width_vu", "ｳﾞｪﾙ", 6},
	{"lone_voiced_mark", "ﾞ", 2},
	{"emoji", "🙂", 2},
	{"emoji_in_text", "了解🙂です", 10},
	{"ellipsis", "…", 1},
	{"empty", "", 0},
}

func TestWidth(t *testing.T) {
	for _, tc := range widthCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Width(tc.in); got != tc.want {
				t.Errorf("Width(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"ｶﾞｷﾞ":    "ガギ",
		"ﾊﾟｿｺﾝ":   "パソコン",
		"株式会社ｶﾅﾒ": "株式会社カナメ",
		"ｳﾞ":      "ヴ",
		"ｱﾞ":      "ア゛", // ア has no voiced form: the mark stays, spacing
		"２０２６年":   "２０２６年",
		"ISO":     "ISO",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTruncateGivesExactWidth(t *testing.T) {
	for _, tc := range widthCases {
		for w := 0; w <= tc.want+3; w++ {
			got := Truncate(tc.in, w)
			if gw := ansi.StringWidth(got); gw != w {
				t.Errorf("Truncate(%q, %d) = %q: %d cells", tc.in, w, got, gw)
			}
			if tc.want > w && w > 0 && !strings.Contains(got, "…") {
				t.Errorf("Truncate(%q, %d) = %q: cut without …", tc.in, w, got)
			}
		}
	}
}

func TestTruncateKeepsStyles(t *testing.T) {
	s := "\x1b[1m審査対象項目\x1b[0m"
	got := Truncate(s, 7)
	if ansi.StringWidth(got) != 7 || !strings.HasSuffix(strings.TrimRight(got, " "), "\x1b[0m") {
		t.Errorf("Truncate(styled) = %q", got)
	}
}

func TestPad(t *testing.T) {
	for _, tc := range widthCases {
		if got := Pad(tc.in, tc.want+3); ansi.StringWidth(got) != tc.want+3 {
			t.Errorf("Pad(%q, %d) = %q", tc.in, tc.want+3, got)
		}
		if got := PadLeft(tc.in, tc.want+2); ansi.StringWidth(got) != tc.want+2 || !strings.HasPrefix(got, "  ") {
			t.Errorf("PadLeft(%q, %d) = %q", tc.in, tc.want+2, got)
		}
		if got := Pad(tc.in, 0); got != Fold(tc.in) {
			t.Errorf("Pad(%q, 0) cut the text: %q", tc.in, got)
		}
	}
}

func TestWrap(t *testing.T) {
	cases := []struct {
		name string
		in   string
		w    int
		want []string
	}{
		{"latin_words", "the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"long_word_is_cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"japanese_breaks_anywhere", "東京都中央区日本橋", 8, []string{"東京都中", "央区日本", "橋"}},
		{"kinsoku_no_line_starts_with_maru", "本店です。支店", 8, []string{"本店で", "す。支店"}},
		{"newlines_kept", "一行目\n二行目", 20, []string{"一行目", "二行目"}},
		{"empty_paragraph_kept", "a\n\nb", 5, []string{"a", "", "b"}},
		{"half_width_kana_folded", "ｶﾞｷﾞｸﾞｹﾞ", 4, []string{"ガギ", "グゲ"}},
		{"ambiguous_narrow", "①②③④⑤⑥", 4, []string{"①②③④", "⑤⑥"}},
		{"wide_char_in_one_cell", "審", 1, []string{"…"}},
		{"mixed", "ISO27001を取得済み", 10, []string{"ISO27001を", "取得済み"}},
		// UAX #14: a closing bracket, 。 or a small kana never starts a line,
		// an opening bracket never ends one.
		{"closing_bracket_never_starts_a_line", "本社所在地）です", 10, []string{"本社所在", "地）です"}},
		{"opening_bracket_never_ends_a_line", "本社は（東京", 6, []string{"本社は", "（東京"}},
		{"small_kana_stays", "データセンター", 6, []string{"データ", "セン", "ター"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Wrap(tc.in, tc.w)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Wrap(%q, %d) = %q, want %q", tc.in, tc.w, got, tc.want)
			}
			for _, l := range got {
				if Width(l) > tc.w {
					t.Errorf("line %q is %d cells, over %d", l, Width(l), tc.w)
				}
			}
		})
	}
}

func TestWrapNeverExceedsWidth(t *testing.T) {
	text := "〒103-0025 東京都中央区日本橋茅場町五丁目22番18号 日本橋茅場町ビルディング19階。ISMS（ISO/IEC 27001:2022）認証を取得🙂①※ ｶﾞｷﾞ https://hokuto-cloud.example.jp/security/policy/index.html"
	for w := 1; w <= 40; w++ {
		lines := Wrap(text, w)
		var all strings.Builder
		for _, l := range lines {
			if Width(l) > w {
				t.Fatalf("w=%d: line %q is %d cells", w, l, Width(l))
			}
			all.WriteString(l)
		}
		if w >= 2 && strings.ReplaceAll(all.String(), " ", "") != strings.ReplaceAll(Fold(text), " ", "") {
			t.Fatalf("w=%d: wrapping lost text:\n%s", w, all.String())
		}
	}
}
