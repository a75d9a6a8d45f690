package review

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar date with no time of day or zone. The zero Date is "unset".
type Date struct{ t time.Time }

// NewDate returns the date y-m-d; it does not normalise out-of-range values,
// use ParseISODate for input.
func NewDate(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date { return NewDate(t.Year(), t.Month(), t.Day()) }

// ParseISODate reads YYYY-MM-DD and refuses impossible dates (2026-02-30).
func ParseISODate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return d.t }

// String is YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2006-01-02")
}

// Japanese is 2026年4月1日.
func (d Date) Japanese() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", d.t.Year(), int(d.t.Month()), d.t.Day())
}

// AddDate is time.AddDate with month-end clamping (2024-02-29 + 2y = 2026-02-28),
// which is how a validity of "two years" is read.
func (d Date) AddDate(years, months int) Date {
	if d.IsZero() {
		return d
	}
	y, m := d.t.Year()+years, int(d.t.Month())+months
	for m > 12 {
		m -= 12
		y++
	}
	for m < 1 {
		m += 12
		y--
	}
	day := d.t.Day()
	if last := daysIn(y, time.Month(m)); day > last {
		day = last
	}
	return NewDate(y, time.Month(m), day)
}

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return Date{d.t.AddDate(0, 0, n)}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// DaysUntil is the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.t.Sub(d.t).Hours() / 24) }

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// MarshalJSON writes "YYYY-MM-DD", or "" when unset.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads "YYYY-MM-DD" or "".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := ParseISODate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Expiry is when a certification based on a disclosure dated d lapses: two
// years after the 開示情報の日付.
func Expiry(disclosure Date) Date { return disclosure.AddDate(2, 0) }

// ReminderFrom is the first day the secretariat reminds the provider: four
// months before expiry.
func ReminderFrom(disclosure Date) Date { return Expiry(disclosure).AddDate(0, -4) }

// Validity describes where a certification stands on a given day.
type Validity struct {
	Expires  Date
	DaysLeft int  // negative once lapsed
	Remind   bool // inside the four-month reminder window
	Lapsed   bool
}

// ValidityOn computes the validity of a disclosure dated d, seen on day today.
func ValidityOn(disclosure, today Date) Validity {
	if disclosure.IsZero() {
		return Validity{}
	}
	exp := Expiry(disclosure)
	v := Validity{Expires: exp, DaysLeft: today.DaysUntil(exp)}
	v.Lapsed = !today.Before(exp)
	v.Remind = !v.Lapsed && !today.Before(ReminderFrom(disclosure))
	return v
}
