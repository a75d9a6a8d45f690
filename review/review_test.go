package review

import (
	"shinsa/criteria"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseVerdict_accepts_english_and_japanese(t *testing.T) {
	cases := map[string]Verdict{
		"conforms": Conforms, "適合": Conforms, "query": Query, "要確認": Query, "Correction": Correction,
		"要修正": Correction, "nonconforming": Nonconforming, "不適合": Nonconforming,
		"not-applicable": NotApplicable, "対象外": NotApplicable, "": Unreviewed, "unreviewed": Unreviewed,
	}
	for in, want := range cases {
		got, err := ParseVerdict(in)
		if err != nil || got != want {
			t.Errorf("ParseVerdict(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseVerdict("ok"); err == nil {
		t.Error("ParseVerdict accepted an unknown verdict")
	}
	for _, v := range Verdicts {
		if v.Japanese() == "" || v.Mark() == "" {
			t.Errorf("verdict %s has no Japanese name or mark", v)
		}
	}
	if !Correction.NeedsAction() || Conforms.NeedsAction() || NotApplicable.NeedsAction() {
		t.Error("NeedsAction is wrong")
	}
}

func TestValidity_is_two_years_from_the_disclosure_date(t *testing.T) {
	d := NewDate(2026, 4, 1)
	if got := Expiry(d).String(); got != "2028-04-01" {
		t.Errorf("Expiry = %s, want 2028-04-01", got)
	}
	if got := ReminderFrom(d).String(); got != "2027-12-01" {
		t.Errorf("ReminderFrom = %s, want 2027-12-01", got)
	}
	leap := NewDate(2024, 2, 29)
	if got := Expiry(leap).String(); got != "2026-02-28" {
		t.Errorf("Expiry of 2024-02-29 = %s, want 2026-02-28", got)
	}
	cases := []struct {
		today          Date
		remind, lapsed bool
		days           int
	}{
		{NewDate(2027, 11, 30), false, false, 123},
		{NewDate(2027, 12, 1), true, false, 122},
		{NewDate(2028, 3, 31), true, false, 1},
		{NewDate(2028, 4, 1), false, true, 0},
	}
	for _, c := range cases {
		v := ValidityOn(d, c.today)
		if v.Remind != c.remind || v.Lapsed != c.lapsed || v.DaysLeft != c.days {
			t.Errorf("ValidityOn(%s) = %+v, want remind=%v lapsed=%v days=%d", c.today, v, c.remind, c.lapsed, c.days)
		}
	}
}

func TestParseISODate_refuses_impossible_dates(t *testing.T) {
	for _, s := range []string{"2026-02-30", "2026-13-01", "2026/04/01", "令和8年"} {
		if _, err := ParseISODate(s); err == nil {
			t.Errorf("ParseISODate(%q) accepted", s)
		}
	}
	d, err := ParseISODate("2028-02-29")
	if err != nil || d.Japanese() != "2028年2月29日" {
		t.Errorf("ParseISODate(2028-02-29) = %v %v", d, err)
	}
}

func TestSanitize_makes_hostile_text_harmless(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"window title OSC", "A\x1b]0;pwned\x07B", "AB"},
		{"clipboard OSC 52 with ST", "A\x1b]52;c;ZXZpbA==\x1b\\B", "AB"},
		{"clear screen CSI", "A\x1b[2J\x1b[HB", "AB"},
		{"SGR colour", "\x1b[31m赤\x1b[0m", "赤"},
		{"8-bit CSI", "A\u009b2JB", "AB"},
		{"8-bit OSC", "A\u009d0;t\u009cB", "AB"},
		{"BEL and NUL", "A\x07\x00B", "AB"},
		{"CR overwrite", "合格\r不合格", "合格\n不合格"},
		{"CRLF", "一\r\n二", "一\n二"},
		{"tab", "a\tb", "a    b"},
		{"bidi override", "abc\u202edcba\u202c", "abcdcba"},
		{"bidi isolate", "\u2066x\u2069", "x"},
		{"line separator", "a\u2028b", "ab"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"DCS", "A\x1bPq#0;2;0;0;0\x1b\\B", "AB"},
		{"unterminated OSC eats the rest", "A\x1b]0;title", "A"},
		{"keeps Japanese and newlines", "〒100-0001\n東京都千代田区～①※", "〒100-0001\n東京都千代田区～①※"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Sanitize(c.in); got != c.want {
				t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	if got := SanitizeLine("一\n二\r三"); got != "一 二 三" {
		t.Errorf("SanitizeLine = %q", got)
	}
}

func TestNeutraliseCell_defuses_formulas(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+81-3-1234": "'+81-3-1234", "-5": "'-5", "@SUM(A1)": "'@SUM(A1)",
		"\t=x": "'    =x", "\r=x": "'\n=x", "普通の文": "普通の文", "": "",
		"\x1b[0m=1+1": "'=1+1", "\u202e+1": "'+1",
		"-": "-", "- 対象外": "- 対象外", "+ 追記": "+ 追記", "-ＵＲＬ": "-ＵＲＬ", "- 対象外(cmd|x)": "'- 対象外(cmd|x)",
		"-1": "'-1", "- SUM(1)": "'- SUM(1)", "@x": "'@x", "+\"a\"": "'+\"a\"",
	} {
		if got := NeutraliseCell(in); got != want {
			t.Errorf("NeutraliseCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalize_folds_form_but_not_content(t *testing.T) {
	same := [][2]string{
		{"ＩＳＯ２７００１", "ISO27001"},
		{"ｶﾞｲﾄﾞﾗｲﾝ", "ガイドライン"},
		{"9:00〜18:00", "9:00～18:00"},
		{"9:00~18:00", "9:00〜18:00"},
		{"03−1234ー", "03-1234ー"},
		{"東京都  千代田区\n丸の内", "東京都 千代田区 丸の内"},
		{"山田　直樹", "山田直樹"},
		{"います。\n受託開発も", "います。受託開発も"},
		{"ISO 27001 を取得", "ISO 27001を取得"},
		{"　全角空白　", "全角空白"},
	}
	for _, p := range same {
		if Normalize(p[0]) != Normalize(p[1]) {
			t.Errorf("Normalize(%q) = %q != Normalize(%q) = %q", p[0], Normalize(p[0]), p[1], Normalize(p[1]))
		}
	}
	differ := [][2]string{{"年1回", "年2回"}, {"有", "無"}, {"データ", "デ-タ"}, {"ISO 27001", "ISO27001"}, {"TLS 1.2", "TLS1.2"}}
	for _, p := range differ {
		if Normalize(p[0]) == Normalize(p[1]) {
			t.Errorf("Normalize folded %q and %q together", p[0], p[1])
		}
	}
}

// TestNormalize_is_idempotent_when_a_dropped_space_composes: NFKC turns ´
// into a space and a combining acute; once the space is dropped the acute
// composes with the letter before it (A → Á), which is no longer ASCII, so
// the space before it must go too — at once, not on a second Normalize.
func TestNormalize_is_idempotent_when_a_dropped_space_composes(t *testing.T) {
	for _, s := range []string{"0 A´", "ISO 27001 A´", "e ´ f", "山田 A´", "Ａ ´"} {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Errorf("Normalize(%q) = %q, but Normalize of that = %q", s, n, again)
		}
	}
	if got := Normalize("0 A´"); got != "0Á" {
		t.Errorf("Normalize(\"0 A´\") = %q, want \"0Á\"", got)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"plain", "\x1b]0;t\x07", "\x1b[2J", "\u009b31m", "\u202e", "a\r\nb", "\xff\xfe", "①※○ｶﾞ🙂", "A´", "が ゙"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Sanitize(%q) is not valid UTF-8", s)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r) || r == 0x2028 || r == 0x2029 {
				t.Fatalf("Sanitize(%q) kept control %U", s, r)
			}
		}
		if Sanitize(out) != out {
			t.Fatalf("Sanitize is not idempotent on %q", s)
		}
		line := SanitizeLine(s)
		if strings.ContainsAny(line, "\n\r") {
			t.Fatalf("SanitizeLine(%q) kept a line break", s)
		}
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", s, n, Normalize(n))
		}
	})
}

func TestCompare_layout_spacing_in_japanese_is_form_only(t *testing.T) {
	old := []Answer{{Item: "5", Text: "当社は企業向けクラウドを提供しています。\n受託開発も行っています。"}, {Item: "6.1", Text: "代表取締役社長　山田　直樹"}}
	nw := []Answer{{Item: "5", Text: "当社は企業向けクラウドを提供しています。受託開発も行っています。"}, {Item: "6.1", Text: "代表取締役社長 山田直樹"}}
	for _, d := range Compare(CompareInput{Old: old, New: nw}) {
		if d.Status != Unchanged || !d.FormOnly {
			t.Errorf("row %s: %s form-only=%v, want unchanged and form only", d.Item, d.Status, d.FormOnly)
		}
	}
}

func TestCheck_date_and_year_rows_without_a_date(t *testing.T) {
	cat := &criteria.Catalog{Scheme: "x", Edition: "1", Title: "x", Categories: []criteria.Category{{ID: "c", Title: "c"}},
		Items: []criteria.Item{
			{ID: "1", No: 1, Category: "c", Title: "開示情報の日付", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindDate, Seireki: true}},
			{ID: "3.1", No: 3, Category: "c", Title: "設立年", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindYear, Seireki: true}},
		}}
	app := Application{Scheme: "x", Edition: "1", Kind: New, Applicant: "株式会社テスト", Service: "テスト", DisclosureDate: NewDate(2026, 4, 1), Submitted: NewDate(2026, 4, 10)}
	rules := func(a1, a31 string) string {
		var out []string
		for _, p := range Check(app, []Answer{{Item: "1", Text: a1}, {Item: "3.1", Text: a31}}, cat, NewDate(2026, 11, 1)) {
			out = append(out, p.Item+" "+p.Rule)
		}
		return strings.Join(out, ",")
	}
	if got := rules("2026年4月1日", "2010年"); got != "" {
		t.Errorf("good answers flagged: %s", got)
	}
	if got := rules("本書の作成日", "当社は長い歴史を持つ会社です。"); got != "1 date-missing,3.1 date-missing" {
		t.Errorf("answers without a date: %q", got)
	}
}
