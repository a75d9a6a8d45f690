package tui

import (
	"context"
	"strings"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

// hintLine is the line above the status bar.
func hintLine(h *harness) string {
	lines := strings.Split(h.view(), "\n")
	return lines[len(lines)-2]
}

// TestHintsAreTheKeysThatWorkNow: while the filter is typed, a y/n
// question waits, or both versions of a row wait for a choice, the hint
// line and help show the keys that act then, not the list's keys (which
// would type into the filter or be ignored).
func TestHintsAreTheKeysThatWorkNow(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 200, 50)
	h.open(2, "")
	h.keys("/")
	hint := hintLine(h)
	contains(t, hint, "enter keep filter", "esc clear filter")
	if strings.Contains(hint, "unreviewed") || strings.Contains(hint, "verdict") {
		t.Errorf("while filtering the hints offer list keys: %q", hint)
	}
	h.typeText("適合")
	h.keys("enter")
	if strings.Contains(hintLine(h), "keep filter") {
		t.Errorf("the filter hints stay after enter: %q", hintLine(h))
	}
	h.keys("esc")

	h.keys("a")
	contains(t, hintLine(h), "y yes", "n/esc no")
	h.keys("n")

	h.open(2, "2")
	h.keys("e")
	h.typeText("途中")
	if _, err := h.c.store.SaveFinding(context.Background(), store.FindingInput{App: 2, Item: "2",
		Verdict: review.Query, Note: "他の人", Reviewer: "鈴木", Base: store.AnyRevision}); err != nil {
		t.Fatal(err)
	}
	h.fire(isDebounce)
	hint = hintLine(h)
	contains(t, hint, "m keep mine", "t take theirs", "? help")
	if strings.Contains(hint, "esc done") {
		t.Errorf("during a conflict the hints offer the editor's keys: %q", hint)
	}
	h.keys("?")
	v := h.view()
	contains(t, v, "keep mine", "take theirs")
	if strings.Contains(v, "edit note") {
		t.Errorf("help during a conflict lists the review's keys:\n%s", v)
	}

	c := newHarness(t, demoCopy(t), "en", 200, 50)
	c.keys("/")
	contains(t, hintLine(c), "enter keep filter", "esc clear filter")
}

// TestHintLineKeepsHelpInView: at 80 columns the hint line shows whole
// hints in order of use and always ends with "? help"; nothing is cut.
func TestHintLineKeepsHelpInView(t *testing.T) {
	for _, tc := range []struct {
		app  int64
		keys []string
		want []string
	}{
		{0, nil, []string{"enter open", "/ filter"}},
		{2, nil, []string{"1-5 verdict", "e note", "r request", "d diff", "n/N unreviewed", "/ filter"}},
		{2, []string{"d"}, []string{"1-5 verdict", "d diff", "v side by side"}},
		{1, nil, []string{"n/N unreviewed", "/ filter"}}, // certified: no verdict keys
	} {
		h := newHarness(t, demoCopy(t), "en", 80, 24)
		if tc.app != 0 {
			h.open(tc.app, "")
		}
		h.keys(tc.keys...)
		hint := strings.TrimRight(hintLine(h), " ")
		if !strings.HasSuffix(hint, " · ? help") || strings.Contains(hint, "…") {
			t.Errorf("#%d %v: the hint line is %q", tc.app, tc.keys, hint)
		}
		contains(t, hint, tc.want...)
	}
}

// TestSearchSaysWhenHitsAreCut: a search that reaches the limit says
// "200+ hits".
func TestSearchSaysWhenHitsAreCut(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	h.keys("S")
	h.typeText("の")
	h.fire(isSearch)
	contains(t, h.view(), "200+ hits")
}

// TestSearchKeysSayWhyNot: on the search screen a key that cannot act
// says why, and page keys move through many hits.
func TestSearchKeysSayWhyNot(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.keys("S", "enter")
	contains(t, h.view(), "enter: type what to search for first")
	h.typeText("zzzz")
	h.fire(isSearch)
	h.keys("down")
	contains(t, h.view(), "no hits", "down: there is no hit")
	for range 4 {
		h.keys("backspace")
	}
	h.typeText("の")
	h.fire(isSearch)
	sr := h.m.top().(*searchScreen)
	h.keys("pgdown")
	if sr.cur != min(sr.listH(), len(sr.hits)-1) {
		t.Errorf("pgdown moved to hit %d (list %d lines)", sr.cur, sr.listH())
	}
	h.keys("up")
	h.keys("pgup")
	if sr.cur != 0 {
		t.Errorf("pgup left the cursor at %d", sr.cur)
	}
	h.keys("up")
	contains(t, h.view(), "up: already at the top")
}

// TestCaseListHelpNamesEsc: on the case list esc clears the filter, and
// help says so rather than "back".
func TestCaseListHelpNamesEsc(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.keys("?")
	contains(t, h.view(), "clear filter")
}

// TestHelpScrollsLikeTheLists: help takes g and G like every list, and a
// key with nothing to do there says why.
func TestHelpScrollsLikeTheLists(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "")
	h.keys("?", "G")
	hs := h.m.top().(*helpScreen)
	if hs.off == 0 {
		t.Fatal("G did not scroll help to its end")
	}
	h.keys("g")
	if hs.off != 0 {
		t.Errorf("g left help at line %d", hs.off)
	}
	h.keys("k")
	contains(t, h.view(), "k: already at the top")
}
