package intake

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{in: "2026/4/1", want: "2026-04-01"},
		{in: "令和8年4月1日", want: "2026-04-01"},
		{in: "R08/04/01", want: "2026-04-01"},
		{in: "令和元年5月1日", want: "2019-05-01"},
		{in: "１", want: "1900-01-01"},
		{in: "59", want: "1900-02-28"},
		{in: "60", err: "1900-02-29, a day that does not exist"},
		{in: "61", want: "1900-03-01"},
		{in: "47035", want: "2028-10-09"},
		{in: "47027.5", want: "2028-10-01"},
		{in: "2958465", want: "9999-12-31"},
		{in: "0", err: "serial 0"},
		{in: "2958466", err: "not an Excel date serial"},
		{in: "20260401", want: "2026-04-01"},
		{in: "2026-02-30", err: "no day 30"},
		{in: "令和1年4月30日", err: "before 令和 began"},
		{in: "平成31年5月1日", err: "after 平成 ended"},
	} {
		got, err := ParseDate(tc.in)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want one saying %q", tc.in, err, tc.err)
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.err == "" && got.String() != tc.want:
			t.Errorf("%q = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseItemNo(t *testing.T) {
	for _, tc := range []struct {
		in      string
		no, sub int
		id      string
	}{
		{"9", 9, 0, "9"},
		{"９", 9, 0, "9"},
		{"9-1", 9, 1, "9.1"},
		{"9－1", 9, 1, "9.1"},
		{"9−1", 9, 1, "9.1"},
		{"9.1", 9, 1, "9.1"},
		{"９．１", 9, 1, "9.1"},
		{"No.9", 9, 0, "9"},
		{"NO 9-2", 9, 2, "9.2"},
		{"№12", 12, 0, "12"},
		{"２６", 26, 0, "26"},
		{" 10 ", 10, 0, "10"},
		{"6-1", 6, 1, "6.1"},
		{"4.", 4, 0, "4"},
		// As Japanese documents number: 第9項, 9(1), 9（2）, and the dashes
		// an IME offers (―, ─).
		{"第9項", 9, 0, "9"},
		{"第９項－１", 9, 1, "9.1"},
		{"9(1)", 9, 1, "9.1"},
		{"９（２）", 9, 2, "9.2"},
		{"9―1", 9, 1, "9.1"},
		{"9─1", 9, 1, "9.1"},
	} {
		no, sub, err := ParseItemNo(tc.in)
		if err != nil || no != tc.no || sub != tc.sub || ItemID(no, sub) != tc.id {
			t.Errorf("%q = %d, %d, %v (id %s); want %d, %d (id %s)", tc.in, no, sub, err, ItemID(no, sub), tc.no, tc.sub, tc.id)
		}
	}
	for _, bad := range []string{"", "■ 事業所・事業", "0", "9-0", "9-1-1", "a", "12345", "-1", "【人材】", "(1)", "9(1", "第9"} {
		if no, sub, err := ParseItemNo(bad); err == nil {
			t.Errorf("%q accepted as %d-%d", bad, no, sub)
		}
	}
	// Excel turns 4-1 typed in a cell into a date: say so.
	if _, _, err := ParseItemNo("4月1日"); err == nil || !strings.Contains(err.Error(), "Excel") {
		t.Errorf("4月1日: %v", err)
	}
}
