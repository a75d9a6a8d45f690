package review

import (
	"strings"
	"testing"
)

func TestParseJapaneseDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2026/4/1", "2026-04-01"},
		{"2026-04-01", "2026-04-01"},
		{"2026年4月1日", "2026-04-01"},
		{"2026 年 4 月 1 日", "2026-04-01"},
		{"2026.4.1", "2026-04-01"},
		{"20260401", "2026-04-01"},
		{"２０２６／４／１", "2026-04-01"},
		{"２０２６年１０月１２日", "2026-10-12"},
		{"令和8年4月1日", "2026-04-01"},
		{"令和８年１０月１２日", "2026-10-12"},
		{"R8.4.1", "2026-04-01"},
		{"R08/04/01", "2026-04-01"},
		{"r8-4-1", "2026-04-01"},
		{"Ｒ８．４．１", "2026-04-01"},
		{"令和元年5月1日", "2019-05-01"},
		{"平成31年4月30日", "2019-04-30"},
		{"H31.4.30", "2019-04-30"},
		{"平成元年1月8日", "1989-01-08"},
		{"昭和64年1月7日", "1989-01-07"},
		{"昭和50年10月1日", "1975-10-01"},
		{"令和6年2月29日", "2024-02-29"}, // 令和6 is 2024, a leap year
		{"2024-02-29", "2024-02-29"},
		{"\u32ff8年4月1日", "2026-04-01"}, // ㋿, the one-character 令和
		{"  2026/4/1 ", "2026-04-01"},
	} {
		got, err := ParseJapaneseDate(tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if got.String() != tc.want {
			t.Errorf("%q = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseJapaneseDateRefuses(t *testing.T) {
	for _, tc := range []struct{ in, why string }{
		{"2026-02-30", "no day 30"},
		{"2025-02-29", "no day 29"},
		{"2026年13月1日", "no month 13"},
		{"令和1年4月30日", "before 令和 began"},
		{"令和元年4月30日", "before 令和 began"},
		{"平成31年5月1日", "after 平成 ended"},
		{"平成32年1月1日", "after 平成 ended"},
		{"昭和64年1月8日", "after 昭和 ended"},
		{"令和0年5月1日", "no year 0"},
		{"2026/4-1", "mixes separators"},
		{"2026年4月", "names no day"},
		{"来年の春", "not a date"},
		{"", "empty"},
		{"2026/4/1 午後", "not a date"},
	} {
		_, err := ParseJapaneseDate(tc.in)
		if err == nil {
			t.Errorf("%q: accepted, want refused (%s)", tc.in, tc.why)
			continue
		}
		if !strings.Contains(err.Error(), tc.why) {
			t.Errorf("%q: error %q does not say %q", tc.in, err, tc.why)
		}
	}
}

func TestFindDates(t *testing.T) {
	got := FindDates("設立は平成22年4月、事業開始は2019年12月。次回更新 2026/2/30 予定、R8.4.1 にも記載")
	want := []struct {
		era      string
		year     int
		month    int
		bad      bool
		contains string
	}{
		{"平成", 2010, 4, false, "平成22年4月"},
		{"", 2019, 12, false, "2019年12月"},
		{"", 2026, 2, true, "2026/2/30"},
		{"令和", 2026, 4, false, "R8.4.1"},
	}
	if len(got) != len(want) {
		t.Fatalf("found %d dates %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Era != w.era || g.Year != w.year || g.Month != w.month || (g.Err != nil) != w.bad || g.Text != w.contains {
			t.Errorf("date %d = %+v, want %+v", i, g, w)
		}
	}
	// Digits that only continue a longer number are not a date.
	if ds := FindDates("口座番号 12026/4/1"); len(ds) != 0 {
		t.Errorf("found %+v inside a longer number", ds)
	}
}

func FuzzParseJapaneseDate(f *testing.F) {
	for _, s := range []string{"2026/4/1", "令和元年5月1日", "R08/04/01", "平成31年4月30日", "２０２６年１０月１２日", "99999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseJapaneseDate(s)
		if err == nil && d.IsZero() {
			t.Errorf("%q: no error and no date", s)
		}
		FindDates(s)
	})
}
