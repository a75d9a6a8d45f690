package review

import (
	"strconv"
	"strings"
	"testing"
)

// Dates as Japanese forms write them beyond the plain patterns.
func TestParseJapaneseDateWithWeekday(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"2026年4月1日（水）", "2026-04-01", ""},
		{"2026/4/1(水)", "2026-04-01", ""},
		{"令和８年４月１日（水曜日）", "2026-04-01", ""},
		{"2026年4月1日 (水曜)", "2026-04-01", ""},
		{"2026年4月1日（木）", "", "Wednesday"}, // the day and its weekday disagree
		{"H27年4月1日", "2015-04-01", ""},
		{"Ｒ８年１０月１日", "2026-10-01", ""},
	} {
		d, err := ParseJapaneseDate(tc.in)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: %v, %v; want an error saying %q", tc.in, d, err, tc.err)
		case tc.err == "" && (err != nil || d.String() != tc.want):
			t.Errorf("%q: %v, %v; want %s", tc.in, d, err, tc.want)
		}
	}
}

func TestFindDatesQA(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // "Text era year-month-day"
	}{
		// An era initial with 年 is 和暦 too.
		{"H27年4月1日より提供", []string{"H27年4月1日 平成 2015-4-1"}},
		{"R8年4月", []string{"R8年4月 令和 2026-4-0"}},
		// A toll-free number is not a date of year 120.
		{"フリーダイヤル 0120-12-3456", nil},
		{"TEL 0570-01-2345（平日9:00～18:00）", nil},
	} {
		var got []string
		for _, m := range FindDates(tc.in) {
			got = append(got, m.Text+" "+m.Era+" "+strconv.Itoa(m.Year)+"-"+strconv.Itoa(m.Month)+"-"+strconv.Itoa(m.Day))
			if m.Err != nil {
				got[len(got)-1] += " " + m.Err.Error()
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}
