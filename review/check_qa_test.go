package review

import (
	"strings"
	"testing"
	"time"
)

// Answers a reviewer reads as correct must not be flagged: a false positive
// costs the reviewer as much as a missed problem. Each case is an answer
// seen in real disclosure tables.
func TestCheckAcceptsWhatReviewersAccept(t *testing.T) {
	for _, tc := range []struct {
		name, item, text string
		want             []string
	}{
		// Characters as a reader counts them: a dakuten pasted from a PDF
		// arrives decomposed (か + ゛), still one character.
		{"decomposed kana count once", "3.2", strings.Repeat("か\u3099", 10), nil},
		{"decomposed kana over the limit", "3.2", strings.Repeat("か\u3099", 11), []string{"3.2 max-chars"}},
		// A line break is layout, not a character of the text.
		{"ten characters over two lines", "3.2", "あいうえお\r\nかきくけこ", nil},
		{"eleven characters over three lines", "3.2", "あいうえお\nかきくけこ\nさ", []string{"3.2 max-chars"}},
		// A fiscal period written other ways than 月期 and 年度.
		{"period as 月決算", "4", "2,345,678千円（2026年3月決算）", nil},
		{"period as 月決算期", "4", "2,345,678千円（2026年3月決算期）", nil},
		{"period as a month range", "4", "2,345,678千円（2025年4月～2026年3月）", nil},
		{"period as a day range", "4", "2,345,678千円（2025年4月1日〜2026年3月31日）", nil},
		{"period as FY", "4", "2,345,678千円（FY2025）", nil},
		{"a date alone is no period", "4", "2,345,678千円（2026年3月31日現在）", []string{"4 money-period"}},
		// A choice with its explanation after it.
		{"choice with a parenthesis", "8", "PaaS（一部SaaS）", nil},
		{"choice with a colon", "8", "SaaS：会計機能のみ", nil},
		{"choice as the start of a word is not a choice", "8", "SaaSとPaaS", []string{"8 choice"}},
		// Yes and no as sentences.
		{"yes as あります", "7", "あります。年1回見直しています。", nil},
		{"no as ありません", "7", "ありません", nil},
		// A URL with its label or its explanation.
		{"URL after a label", "6", "当社Webサイト：https://www.example.co.jp/privacy/", nil},
		{"URL after a bullet", "6", "・https://www.example.co.jp/ir/", nil},
		{"URL with an explanation after it", "6", "https://www.example.co.jp/ir/ （IR情報）", nil},
		{"URL in brackets", "6", "当社Webサイト（https://www.example.co.jp/ir/）で公開", nil},
		{"URL broken by a space", "6", "https://www.exa mple.co.jp/", []string{"6 url"}},
		{"label without a URL", "6", "当社Webサイトで公開", []string{"6 url"}},
		{"URL without its colon", "6", "当社Webサイト：https//www.example.co.jp/", []string{"6 url"}},
		// 西暦 with the same day in 和暦 beside it says what is asked.
		{"西暦 with 和暦 in brackets", "3.1", "2010年（平成22年）", nil},
		{"西暦 date with 和暦 in brackets", "1", "2026年10月1日（令和8年10月1日）", nil},
		{"和暦 naming another day", "1", "2026年10月1日（令和8年9月1日確認）", []string{"1 date-not-seireki"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as := goodAnswers()
			replaced := false
			for i := range as {
				if as[i].Item == tc.item {
					as[i].Text, replaced = tc.text, true
				}
			}
			if !replaced {
				as = append(as, Answer{Item: tc.item, Text: tc.text})
			}
			var got []string
			for _, p := range Check(goodApp(), as, checkCatalog(), checkToday) {
				got = append(got, p.Item+" "+p.Rule)
			}
			if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
				t.Errorf("%q: problems %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// The table's own 開示情報の日付 row is checked like the cover's date: a CSV
// has no cover, and a cover may say one day while the table says another.
func TestCheckDisclosureDateRowOfTheTable(t *testing.T) {
	cat := checkCatalog()
	cat.Items[0].Title = "開示情報の日付"
	for _, tc := range []struct {
		name  string
		cover Date
		row   string
		want  []string
	}{
		{"same as the cover", NewDate(2026, time.October, 1), "2026年10月1日", nil},
		{"no cover date, row in the future", Date{}, "2026年11月1日", []string{"1 disclosure-date-future"}},
		{"no cover date, row stale", Date{}, "2025年9月1日", []string{"1 disclosure-date-stale"}},
		{"no cover date, row fine", Date{}, "2026/10/1", nil},
		{"cover fine, row in the future", NewDate(2026, time.October, 1), "2027年1月5日", []string{"1 disclosure-date-future", "1 disclosure-date-mismatch"}},
		{"cover and row name different days", NewDate(2026, time.October, 1), "2026年9月1日", []string{"1 disclosure-date-mismatch"}},
		{"row not a date is left to the other rules", Date{}, "別紙のとおり", []string{"cover.disclosure_date cover-missing", "1 date-missing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := goodApp()
			a.DisclosureDate = tc.cover
			as := []Answer{{Item: "1", Text: tc.row}, {Item: "2", Text: "x"}}
			var got []string
			for _, p := range Check(a, as, cat, checkToday) {
				got = append(got, p.Item+" "+p.Rule)
				if p.Message == "" {
					t.Errorf("%+v has no message", p)
				}
			}
			if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
				t.Errorf("problems %q, want %q", got, tc.want)
			}
		})
	}
}
