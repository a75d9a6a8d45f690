package intake

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"

	"shinsa/review"
)

// ParseDate reads a date as cover sheets and flags write it: everything
// review.ParseJapaneseDate accepts (西暦, 和暦, full-width digits), and an
// Excel date serial (a plain number of up to seven digits, as a date cell's
// raw value is stored) in the 1900 date system.
func ParseDate(s string) (review.Date, error) { return parseDate(s, false) }

// parseDate is ParseDate with the workbook's date system: date1904 is set by
// workbooks made on old Macs, whose serial 0 is 1904-01-01.
func parseDate(s string, date1904 bool) (review.Date, error) {
	t := strings.TrimSpace(norm.NFKC.String(s))
	if isSerial(t) {
		return serialDate(t, date1904)
	}
	return review.ParseJapaneseDate(t)
}

var serialForm = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[0-9]{1,7}(?:\.[0-9]+)?$`)
})

func isSerial(s string) bool { return serialForm().MatchString(s) }

// Excel's 1900 date system counts 1900-01-01 as day 1 and, to match Lotus
// 1-2-3, also counts a 1900-02-29 that never was (serial 60). Serials from 61
// on are therefore days since 1899-12-30; serials 1–59 days since 1899-12-31.
var (
	excelEpoch     = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)
	excelEpoch1904 = time.Date(1904, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// maxSerial is 9999-12-31, the last day Excel shows.
const maxSerial = 2958465

func serialDate(s string, date1904 bool) (review.Date, error) {
	whole, _, _ := strings.Cut(s, ".") // a time of day does not change the date
	n, err := strconv.Atoi(whole)
	if err != nil || n > maxSerial {
		return review.Date{}, fmt.Errorf("%s is not an Excel date serial (1 to %d)", s, maxSerial)
	}
	if date1904 {
		return review.DateOf(excelEpoch1904.AddDate(0, 0, n)), nil
	}
	switch {
	case n == 0:
		return review.Date{}, fmt.Errorf("Excel date serial 0 is no day (Excel shows it as 1900-01-00)")
	case n == 60:
		return review.Date{}, fmt.Errorf("Excel date serial 60 is 1900-02-29, a day that does not exist (Excel's 1900 leap-year bug)")
	case n < 60:
		return review.DateOf(excelEpoch.AddDate(0, 0, n+1)), nil
	}
	return review.DateOf(excelEpoch.AddDate(0, 0, n)), nil
}

// reItemNo is an item number after width folding: 9, 9-1, 9.1, 9－1 (folded
// to 9-1), 9―1, 9(1), with the prefixes No. and 第…項 stripped before.
var reItemNo = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([0-9]{1,4})(?:\s*[-.‐‑–—―─−ー_の]\s*([0-9]{1,3})|\s*\(\s*([0-9]{1,3})\s*\))?$`)
})

// reDayMonth is what Excel shows for a No typed as 4-1 or 4/1 in a cell it
// took for a date.
var reDayMonth = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[0-9]{1,2}月[0-9]{1,2}日$|^[0-9]{1,2}/[0-9]{1,2}$`)
})

// ParseItemNo reads an item number as tables write it — 9, ９, 9-1, 9－1, 9.1,
// 9(1), No.9, No 9-1, 第9項 — into the No and the row within it (0 when none
// is given).
func ParseItemNo(s string) (no, sub int, err error) {
	t := strings.TrimSpace(norm.NFKC.String(s)) // № → No, ９ → 9, － → -, （ → (
	lower := strings.ToLower(t)
	for _, p := range []string{"no.", "no", "#"} {
		if strings.HasPrefix(lower, p) {
			t = strings.TrimSpace(t[len(p):])
			break
		}
	}
	if rest, ok := strings.CutPrefix(t, "第"); ok {
		if i := strings.Index(rest, "項"); i > 0 {
			t = strings.TrimSpace(rest[:i] + rest[i+len("項"):])
		}
	}
	t = strings.TrimSuffix(t, ".")
	m := reItemNo().FindStringSubmatch(t)
	if m == nil {
		if reDayMonth().MatchString(t) {
			return 0, 0, fmt.Errorf("%q is not an item number: Excel took the No for a date (format the column as text and write 4-1 again)", s)
		}
		return 0, 0, fmt.Errorf("%q is not an item number (write 9, 9-1 or 9.1)", s)
	}
	no, _ = strconv.Atoi(m[1])
	if d := m[2] + m[3]; d != "" {
		sub, _ = strconv.Atoi(d)
		if sub == 0 {
			return 0, 0, fmt.Errorf("%q: rows within a No count from 1", s)
		}
	}
	if no == 0 {
		return 0, 0, fmt.Errorf("%q: item numbers count from 1", s)
	}
	return no, sub, nil
}

// ItemID is the catalog id of row sub of No no: "4.2", or "5" when sub is 0.
func ItemID(no, sub int) string {
	if sub == 0 {
		return strconv.Itoa(no)
	}
	return strconv.Itoa(no) + "." + strconv.Itoa(sub)
}
