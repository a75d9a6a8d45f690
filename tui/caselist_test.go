package tui

import (
	"strings"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

// TestCaseListSortFilterOpen: s cycles the sort column, / narrows the
// list, enter opens the application under the cursor.
func TestCaseListSortFilterOpen(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	cl := h.m.top().(*caseList)
	for cl.sortBy != 7 { // progress
		h.keys("s")
	}
	contains(t, h.view(), "sorted by progress")
	prev := -1.0
	for _, ri := range cl.view {
		r := cl.rows[ri]
		p := float64(r.sum.Reviewed) / float64(r.items)
		if p < prev {
			t.Errorf("#%d (%.2f) after a row of %.2f", r.sum.App.ID, p, prev)
		}
		prev = p
	}
	h.keys("/")
	h.typeText("ミライ")
	h.keys("enter")
	if len(cl.view) != 1 {
		t.Fatalf("filter ミライ shows %d applications", len(cl.view))
	}
	contains(t, h.view(), "filter: ミライ", "ミライIaaS")
	h.keys("enter")
	if r := h.review(); r.appID != 4 {
		t.Errorf("enter opened #%d", r.appID)
	}
}

// TestExpiryIsToldInWords: the reminder window and a lapsed certification
// are marked with text, not colour alone.
func TestExpiryIsToldInWords(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	cl := h.m.top().(*caseList)
	for _, tc := range []struct {
		disclosure review.Date
		want       string
	}{
		{testToday.AddDate(-2, 0).AddDays(-1), "lapsed"},
		{testToday.AddDate(-2, 1), "!30d"},
		{testToday.AddDate(-1, 0), "365d"},
	} {
		certified := review.Application{Status: review.Certified, DisclosureDate: tc.disclosure}
		got := cl.expiryText(store.Summary{App: certified}, review.ValidityOn(tc.disclosure, testToday))
		if !strings.HasSuffix(got, " "+tc.want) {
			t.Errorf("disclosed %s: %q, want … %s", tc.disclosure, got, tc.want)
		}
	}
	// Not certified yet: no expiry, but how long it has waited.
	inReview := review.Application{Status: review.InReview, DisclosureDate: testToday.AddDate(-1, 0), Submitted: testToday.AddDays(-12)}
	if got := cl.expiryText(store.Summary{App: inReview}, review.ValidityOn(inReview.DisclosureDate, testToday)); got != "submitted 12d ago" {
		t.Errorf("in review: %q", got)
	}
	one := review.Application{Status: review.Received, Submitted: testToday.AddDays(-1)}
	if got := cl.expiryText(store.Summary{App: one}, review.Validity{}); got != "submitted 1d ago" {
		t.Errorf("received yesterday: %q", got)
	}
	// A letter is out: its reply deadline, and in words once it has passed.
	due := store.Summary{App: inReview, Next: testToday.AddDays(10), NextWhat: "reply"}
	if got := cl.expiryText(due, review.Validity{}); got != "reply by "+testToday.AddDays(10).String() {
		t.Errorf("letter out: %q", got)
	}
	due.Next, due.Overdue = testToday.AddDays(-3), true
	if got := cl.expiryText(due, review.Validity{}); got != "reply "+testToday.AddDays(-3).String()+" overdue" {
		t.Errorf("overdue: %q", got)
	}
}

// TestCaseListFilterWords: every word of the filter must match, so a kind
// and a name together find one application.
func TestCaseListFilterWords(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	cl := h.m.top().(*caseList)
	h.keys("/")
	h.typeText("更新 北斗")
	h.keys("enter")
	if len(cl.view) != 1 || cl.rows[cl.view[0]].sum.App.ID != 2 {
		t.Errorf("更新 北斗 shows %d applications", len(cl.view))
	}
}
