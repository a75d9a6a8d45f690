package review

import (
	"testing"
	"unicode/utf8"
)

// FuzzCompare: Compare never panics, its hunks always spell both texts in
// valid UTF-8, and normalised-equal texts are always unchanged. A second
// differ with tiny caps drives the coarse paths with the same inputs.
func FuzzCompare(f *testing.F) {
	for _, s := range [][2]string{
		{"売上高は1,210,930,341円です。", "売上高は1,310,000,000円です。"},
		{"ＩＳＯ２７００１", "ISO27001"},
		{"9:00〜18:00", "9:00～18:00"},
		{"一行目。\n二行目。", "一行目。\n三行目！\n二行目。"},
		{"ﾊﾞｯｸｱｯﾌﾟ", "バックアップ"},
		{"あい\xe3\x81", "\xffあう"},
		{"e\u0301と1.5", "é と 1.6."},
		{"\x1b[31m赤\x1b[m", "赤"},
		{"", "新規"},
	} {
		f.Add(s[0], s[1])
	}
	coarse := newWordDiffer()
	coarse.maxRunes, coarse.maxCost, coarse.maxSentences = 8, 16, 2
	f.Fuzz(func(t *testing.T, old, new string) {
		in := CompareInput{Old: []Answer{{Item: "1", Text: old}}, New: []Answer{{Item: "1", Text: new}}}
		for _, w := range []*wordDiffer{newWordDiffer(), coarse} {
			d := compareWith(in, w)
			if len(d) != 1 {
				t.Fatalf("%d rows", len(d))
			}
			x := d[0]
			checkReconstructs(t, x)
			for _, h := range x.Hunks {
				if !utf8.ValidString(h.Text) {
					t.Errorf("invalid UTF-8 in hunk %q", h.Text)
				}
			}
			if x.Err != "" {
				t.Errorf("word diff failed: %s", x.Err)
			}
			same := Normalize(old) == Normalize(new)
			if same != (x.Status == Unchanged) {
				t.Errorf("Normalize equal %v but status %s", same, x.Status)
			}
			if x.FormOnly != (same && old != new) {
				t.Errorf("FormOnly %v for %q / %q", x.FormOnly, old, new)
			}
		}
	})
}
