package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"

	"shinsa/review"
	"shinsa/store"
)

// findingEvents counts the finding saves in application 2's log.
func findingEvents(t *testing.T, s *store.Store) int {
	t.Helper()
	evs, err := s.Events(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range evs {
		if e.Kind == store.EvFinding {
			n++
		}
	}
	return n
}

func verdictIn(t *testing.T, s *store.Store, item string) review.Verdict {
	t.Helper()
	f, err := s.Finding(context.Background(), 2, item)
	if err != nil {
		t.Fatal(err)
	}
	return verdictOr(f.Verdict)
}

// TestUndoAndRedoAreNewEvents: u takes back the last verdict and says so,
// U gives it again; both are saves in the log, nothing is rewritten.
func TestUndoAndRedoAreNewEvents(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "9")
	before := findingEvents(t, h.c.store)
	h.keys("2")
	h.keys("u")
	contains(t, h.view(), "undid verdict on 9 (query → unreviewed)")
	if v := verdictIn(t, h.c.store, "9"); v != review.Unreviewed {
		t.Fatalf("after u row 9 is %s", v)
	}
	h.keys("U")
	contains(t, h.view(), "redid verdict on 9 (unreviewed → query)")
	if v := verdictIn(t, h.c.store, "9"); v != review.Query {
		t.Fatalf("after U row 9 is %s", v)
	}
	if n := findingEvents(t, h.c.store) - before; n != 3 {
		t.Errorf("verdict, undo and redo wrote %d events, want 3", n)
	}
	// A note is undone as a whole edit.
	h.keys("e")
	h.typeText("メモ")
	h.keys("esc", "u")
	if f, _ := h.c.store.Finding(ctx, 2, "9"); f.Note != "" || verdictOr(f.Verdict) != review.Query {
		t.Errorf("undoing the note left %+v", f)
	}
	h.keys("u", "u")
	contains(t, h.view(), "u: nothing to undo on this screen")
}

// TestMarksTakeOneVerdict: space and V mark rows; a verdict key judges them
// all in one transaction and one line says how many changed.
func TestMarksTakeOneVerdict(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "9")
	before := findingEvents(t, h.c.store)
	h.send(burst("  "))        // 9 and 10
	h.keys("j", "V", "j", "V") // 12 to 13.1
	v := h.view()
	contains(t, v, "·=9 ", "·=10 ", "·=12 ", "·=13.1")
	if strings.Contains(v, "·=11 ") {
		t.Errorf("row 11 was skipped and is marked:\n%s", v)
	}
	h.keys("4")
	contains(t, h.view(), "4 rows changed")
	for _, item := range []string{"9", "10", "12", "13.1"} {
		if v := verdictIn(t, h.c.store, item); v != review.Nonconforming {
			t.Errorf("row %s is %s", item, v)
		}
	}
	if v := verdictIn(t, h.c.store, "11"); v != review.Unreviewed {
		t.Errorf("unmarked row 11 is %s", v)
	}
	if strings.Contains(h.view(), "=") {
		t.Error("the marks stayed after the verdict")
	}
	if n := findingEvents(t, h.c.store) - before; n != 4 {
		t.Errorf("%d events, want one per row", n)
	}
	h.keys("u")
	contains(t, h.view(), "undid verdict on 4 rows")
	if v := verdictIn(t, h.c.store, "12"); v != review.Unreviewed {
		t.Errorf("undo left row 12 %s", v)
	}
	h.keys(" ", "esc")
	if strings.Contains(h.view(), "=") {
		t.Error("esc did not clear the marks")
	}
}

// TestVerdictMovesToTheNextUnreviewed: with the setting on (the default),
// a verdict moves the cursor to the next row without one.
func TestVerdictMovesToTheNextUnreviewed(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.c.advance = true
	h.open(2, "10")
	h.keys("1", "k", "k")
	h.keys("1")
	if got := h.selected(); got != "11" {
		t.Errorf("after judging 9 (10 done) the cursor is on %s, want 11", got)
	}
	h.send(burst(":advance"))
	h.keys("enter")
	contains(t, h.view(), "off")
	h.keys("1")
	if got := h.selected(); got != "11" {
		t.Errorf("with the setting off the cursor moved to %s", got)
	}
}

// TestRowHistory: h shows who set what and when, here and on the
// certification before.
func TestRowHistory(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 40)
	h.open(2, "1")
	h.keys("3", "e")
	h.typeText("登記簿を確認")
	h.keys("esc", "h")
	v := h.view()
	contains(t, v, "History of 1", testReviewer, "! correction 要修正", "note: 登記簿を確認", "#1, the previous certification")
	h.keys("h")
	if strings.Contains(h.view(), "History of 1") {
		t.Error("h did not close the history")
	}
}

// TestFlowUndoMarksHistory: in a running program (advance on, as shipped),
// a verdict moves on, u takes it back, three marked rows take one verdict,
// h shows the row's history.
func TestFlowUndoMarksHistory(t *testing.T) {
	s := demoCopy(t)
	f := startFlow(t, s, 80, 24)
	f.waitText("カナメ勤怠①")
	f.press("j", "enter")
	f.waitText("renewal of #1", "139 of 139 rows")
	f.typeText(":advance")
	f.press("enter")
	f.waitText("(on)")
	f.press("2")
	f.waitText("? 1 ", ">· 2 ")
	f.press("u")
	f.waitText("undid verdict on 1 (query → unreviewed)", "0/139 reviewed")
	f.typeText("   ")
	f.press("3")
	f.waitText("3 rows changed", "3/139 reviewed")
	f.press("k", "h")
	f.waitText("History of 3.1", "! correction 要修正")
	f.press("esc", "q", "q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	for _, item := range []string{"1", "2", "3.1"} {
		if v := verdictIn(t, s, item); v != review.Correction {
			t.Errorf("row %s is %s", item, v)
		}
	}
}
