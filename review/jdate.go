package review

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Japanese dates are read in one place, here: intake uses ParseJapaneseDate
// for cover sheets and flags, and the automatic checks use FindDates to look
// at dates inside answers. Both go through the same patterns, so a form the
// importer accepts is a form the checks recognise.

// era is one 元号 with its first and last day (Gregorian).
type era struct {
	name       string
	abbr       byte // JIS X 0301 initial
	start, end Date // end is zero for the current era
}

var eras = []era{
	{"令和", 'R', NewDate(2019, time.May, 1), Date{}},
	{"平成", 'H', NewDate(1989, time.January, 8), NewDate(2019, time.April, 30)},
	{"昭和", 'S', NewDate(1926, time.December, 25), NewDate(1989, time.January, 7)},
	{"大正", 'T', NewDate(1912, time.July, 30), NewDate(1926, time.December, 24)},
	{"明治", 'M', NewDate(1868, time.October, 23), NewDate(1912, time.July, 29)},
}

func eraByName(s string) (era, bool) {
	for _, e := range eras {
		if e.name == s || (len(s) == 1 && (s[0]|0x20) == (e.abbr|0x20)) {
			return e, true
		}
	}
	return era{}, false
}

// The patterns work on text folded by foldDateText (NFKC: full-width digits
// and punctuation become ASCII, ㋿ becomes 令和). Groups are named so that one
// decoding function serves all of them.
const (
	// 2026年4月1日, 2026年4月 (a year-month), 2026年.
	reSeirekiKanji = `(?P<y>\d{4})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?`
	// 2026/4/1, 2026-04-01, 2026.4.1.
	reSeirekiSep = `(?P<y>\d{4})` + reSepMonthDay
	// The same in running text, where the year starts with 1 or 2 so that a
	// toll-free number (0120-12-3456) is not read as the year 120.
	reSeirekiSepText = `(?P<y>[12]\d{3})` + reSepMonthDay
	reSepMonthDay    = `(?P<s1>[/.\-])(?P<m>\d{1,2})(?P<s2>[/.\-])(?P<d>\d{1,2})`
	// 令和8年4月1日, 令和元年5月, 平成31年.
	reWarekiKanji = `(?P<era>明治|大正|昭和|平成|令和)\s*(?P<y>\d{1,2}|元)\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?`
	// H27年4月1日, R8年4月: an era's initial with the kanji units.
	reWarekiInitial = `(?P<era>[MTSHRmtshr])\s?(?P<y>\d{1,2}|元)\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?`
	// R8.4.1, R08/04/01, H31-4-30 (JIS X 0301 and its everyday variants).
	reWarekiShort = `(?P<era>[MTSHRmtshr])\s?(?P<y>\d{1,2})(?P<s1>[/.\-])(?P<m>\d{1,2})(?P<s2>[/.\-])(?P<d>\d{1,2})`
)

var (
	wholeDate = sync.OnceValue(func() []*regexp.Regexp {
		return []*regexp.Regexp{
			regexp.MustCompile(`^` + reSeirekiKanji + `$`),
			regexp.MustCompile(`^` + reSeirekiSep + `$`),
			regexp.MustCompile(`^` + reWarekiKanji + `$`),
			regexp.MustCompile(`^` + reWarekiShort + `$`),
			regexp.MustCompile(`^` + reWarekiInitial + `$`),
			regexp.MustCompile(`^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$`),
		}
	})
	// In running text a number must not continue to the left of a match.
	findDate = sync.OnceValue(func() []*regexp.Regexp {
		return []*regexp.Regexp{
			regexp.MustCompile(`(?:^|[^0-9])(` + reSeirekiSepText + `)`),
			regexp.MustCompile(`(?:^|[^0-9])(` + reSeirekiKanji + `)`),
			regexp.MustCompile(`(` + reWarekiKanji + `)`),
			regexp.MustCompile(`(?:^|[^A-Za-z0-9])(` + reWarekiShort + `)`),
			regexp.MustCompile(`(?:^|[^A-Za-z0-9])(` + reWarekiInitial + `)`),
		}
	})
	// A weekday after a date, as forms print it: （水）, (水曜日).
	reWeekday = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\s*\(\s*([日月火水木金土])(?:曜日?)?\s*\)$`)
	})
)

// foldDateText folds width and compatibility forms so the patterns see ASCII
// digits and punctuation: ２０２６／４／１ → 2026/4/1, ㋿ → 令和. Mentions
// quote the folded text; they do not point into the original.
func foldDateText(s string) string { return nfkcString(s) }

// weekdaysJA are the weekdays' kanji, Sunday first as time.Weekday counts.
const weekdaysJA = "日月火水木金土"

// DateMention is a date found in running text.
type DateMention struct {
	Text  string // as matched in the folded text
	Era   string // 令和, 平成, …; "" for 西暦
	Year  int    // Gregorian year
	Month int    // 0 when the text gives only a year
	Day   int    // 0 when the text gives no day
	Err   error  // the date does not exist (2026年2月30日, 令和1年4月30日)
}

// Seireki reports whether the mention is written in the Western calendar.
func (m DateMention) Seireki() bool { return m.Era == "" }

// ParseJapaneseDate reads a whole string as a date: 西暦 (2026/4/1,
// 2026-04-01, 2026年4月1日, 2026.4.1, 20260401) or 和暦 (令和8年4月1日,
// 令和元年5月1日, R8.4.1, R08/04/01, H27年4月1日, also 平成, 昭和, 大正,
// 明治), with full-width digits and an optional weekday after it
// (2026年4月1日（水）), which must be the date's. It refuses dates that do not exist, including 和暦
// dates outside their era (令和1年4月30日 is before 令和 began).
func ParseJapaneseDate(s string) (Date, error) {
	t := strings.TrimSpace(foldDateText(s))
	if t == "" {
		return Date{}, fmt.Errorf("empty date")
	}
	weekday := -1
	if m := reWeekday().FindStringSubmatchIndex(t); m != nil {
		weekday = strings.Index(weekdaysJA, t[m[2]:m[3]]) / len("日")
		t = t[:m[0]]
	}
	for _, re := range wholeDate() {
		sub := re.FindStringSubmatch(t)
		if sub == nil {
			continue
		}
		m := decodeMention(re, sub, 0)
		if m.Err != nil {
			return Date{}, m.Err
		}
		if m.Month == 0 || m.Day == 0 {
			return Date{}, fmt.Errorf("%q names no day: a full date is needed", s)
		}
		if m.Year < 1000 {
			// Year 1 would also be the zero Date, which means "unset".
			return Date{}, fmt.Errorf("%q: year %d is not a plausible year", s, m.Year)
		}
		d := NewDate(m.Year, time.Month(m.Month), m.Day)
		if wd := d.Time().Weekday(); weekday >= 0 && int(wd) != weekday {
			return Date{}, fmt.Errorf("%q: %s is a %s (%s曜日), not %s曜日", s, d, wd, weekdaysJA[3*int(wd):3*int(wd)+3], weekdaysJA[3*weekday:3*weekday+3])
		}
		return d, nil
	}
	return Date{}, fmt.Errorf("%q is not a date (write 2026-04-01, 2026年4月1日 or 令和8年4月1日)", s)
}

// FindDates returns the dates written in a text, in order, each with its
// calendar and whether it exists. Overlapping matches (2026年4月1日 also
// contains 2026年4月) are reported once, as the longest.
func FindDates(s string) []DateMention {
	t := foldDateText(s)
	type span struct {
		start, end int
		m          DateMention
	}
	var spans []span
	for _, re := range findDate() {
		for _, idx := range re.FindAllStringSubmatchIndex(t, -1) {
			sub := make([]string, len(idx)/2)
			for i := range sub {
				if idx[2*i] >= 0 {
					sub[i] = t[idx[2*i]:idx[2*i+1]]
				}
			}
			// Group 1 is the mention itself, without the boundary character.
			m := decodeMention(re, sub, 1)
			spans = append(spans, span{idx[2], idx[3], m})
		}
	}
	// Keep the longest of overlapping spans, in order of position.
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []span
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.start < out[n-1].end {
			if sp.end-sp.start > out[n-1].end-out[n-1].start {
				out[n-1] = sp
			}
			continue
		}
		out = append(out, sp)
	}
	res := make([]DateMention, len(out))
	for i, sp := range out {
		res[i] = sp.m
	}
	return res
}

// decodeMention turns a match of one of the patterns into a checked mention.
// text is the group holding the whole mention (0 for anchored patterns).
func decodeMention(re *regexp.Regexp, sub []string, text int) DateMention {
	g := func(name string) string {
		if i := re.SubexpIndex(name); i >= 0 && i < len(sub) {
			return sub[i]
		}
		return ""
	}
	m := DateMention{Text: sub[text]}
	if s1, s2 := g("s1"), g("s2"); s1 != s2 {
		m.Err = fmt.Errorf("%q mixes separators", m.Text)
		return m
	}
	if y := g("y"); y == "元" {
		m.Year = 1
	} else {
		m.Year, _ = strconv.Atoi(y)
	}
	m.Month, _ = strconv.Atoi(g("m"))
	m.Day, _ = strconv.Atoi(g("d"))
	var e era
	if name := g("era"); name != "" {
		e, _ = eraByName(name)
		m.Era = e.name
		if m.Year < 1 {
			m.Err = fmt.Errorf("%q: %s has no year 0 (its first year is 元年)", m.Text, e.name)
			return m
		}
		m.Year += e.start.Time().Year() - 1
	}
	switch {
	case m.Year < 1:
		m.Err = fmt.Errorf("%q: there is no year 0", m.Text)
	case g("m") != "" && (m.Month < 1 || m.Month > 12):
		m.Err = fmt.Errorf("%q: there is no month %d", m.Text, m.Month)
	case g("d") != "" && (m.Day < 1 || m.Day > daysIn(m.Year, time.Month(m.Month))):
		m.Err = fmt.Errorf("%q: %d-%02d has no day %d", m.Text, m.Year, m.Month, m.Day)
	}
	if m.Err != nil || m.Era == "" {
		return m
	}
	// The earliest and latest day the text can mean, for a year, a month or a day.
	first, last := NewDate(m.Year, time.January, 1), NewDate(m.Year, time.December, 31)
	if m.Month != 0 {
		first = NewDate(m.Year, time.Month(m.Month), 1)
		last = NewDate(m.Year, time.Month(m.Month), daysIn(m.Year, time.Month(m.Month)))
	}
	if m.Day != 0 {
		first = NewDate(m.Year, time.Month(m.Month), m.Day)
		last = first
	}
	switch {
	case last.Before(e.start):
		m.Err = fmt.Errorf("%q (%s) is before %s began on %s", m.Text, first, e.name, e.start)
	case !e.end.IsZero() && first.After(e.end):
		m.Err = fmt.Errorf("%q (%s) is after %s ended on %s", m.Text, first, e.name, e.end)
	}
	return m
}
