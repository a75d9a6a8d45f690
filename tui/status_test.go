package tui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

// failSave makes the next save of the selected row fail as a read-only
// case file does, and returns the message the reviewer is shown.
func failSave(t *testing.T, h *harness, keys ...string) {
	t.Helper()
	r := h.review()
	item := r.rows[r.selectedRow()].id
	h.hold = true
	h.keys(keys...)
	h.hold, h.held = false, nil
	h.send(savedMsg{to: to{r.id}, app: r.appID, item: item, err: &store.WriteError{Path: h.c.caseFile,
		Cause: "the case file is read-only (operation not permitted); make it writable and the edit can be saved again"}})
	if !strings.Contains(h.c.status.msg, item+": not saved: the case file is read-only") {
		t.Fatalf("after a failed save the status says %q", h.c.status.msg)
	}
}

// TestBackgroundNewsKeepsAWaitingMessage: what happens in the background
// (another reviewer's save, a refresh that failed) does not replace a
// message the reviewer has yet to read or answer: a failed save, a y/n
// question.
func TestBackgroundNewsKeepsAWaitingMessage(t *testing.T) {
	a, b := twoInstances(t)
	failSave(t, a, "3")
	want := a.c.status.msg
	b.open(2, "3.1")
	b.keys("1")
	a.run(a.review().poll()) // the look for others' saves, without the retry of the tick
	if a.c.status.msg != want {
		t.Errorf("another reviewer's save replaced the failure: %q", a.c.status.msg)
	}
	a.send(polledMsg{to: to{a.review().id}, app: 2, err: errors.New("disk I/O error (8714)")})
	if a.c.status.msg != want {
		t.Errorf("a failed refresh replaced the failure: %q", a.c.status.msg)
	}
	a.keys("j")
	if a.c.status.msg != want {
		t.Errorf("a key press took the failure away: %q", a.c.status.msg)
	}

	c, d := twoInstances(t)
	c.keys("a")
	ask := c.c.status.msg
	d.open(2, "3.2")
	d.keys("2")
	c.run(c.review().poll())
	if c.c.status.msg != ask {
		t.Errorf("another reviewer's save replaced the question %q: %q", ask, c.c.status.msg)
	}
	c.keys("y")
	if f, _ := c.c.store.Finding(context.Background(), 2, "3.1"); f.Verdict != review.Conforms {
		t.Errorf("y after the question was hidden: 3.1 is %+v", f)
	}
}

// TestFailedSaveIsRetriedUntilItSaves: a row whose save failed is saved
// again by itself once the case file can be written, though the reviewer
// has moved on; the failure message goes away and the screen can be left.
func TestFailedSaveIsRetriedUntilItSaves(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(2, "2")
	failSave(t, h, "3")
	h.keys("j", "j", "q")
	if _, ok := h.m.top().(*reviewScreen); !ok {
		t.Fatal("the screen was left with an unsaved verdict")
	}
	h.fire(isPoll) // the file is writable again
	f, err := h.c.store.Finding(context.Background(), 2, "2")
	if err != nil || f.Verdict != review.Correction {
		t.Fatalf("the failed verdict was not saved again: %+v, %v", f, err)
	}
	r := h.review()
	if len(r.failed) != 0 || len(r.drafts) != 0 {
		t.Errorf("after the retry: failed %v, drafts %v", r.failed, r.drafts)
	}
	if h.c.status.msg != "" {
		t.Errorf("the failure is still said: %q", h.c.status.msg)
	}
	contains(t, h.view(), "! 2    必 ")
	h.keys("q")
	if _, ok := h.m.top().(*caseList); !ok {
		t.Errorf("q did not leave once everything was saved (top is %T)", h.m.top())
	}
}

// TestLongMessageIsReadInFull: a message longer than the status and hint
// lines (a failed save says what happened and what to do) takes up to three
// lines above the status bar at 80×24; the screen above gives way and
// nothing is cut.
func TestLongMessageIsReadInFull(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "7.1")
	h.keys("e")
	h.typeText("読み取り専用")
	failSave(t, h)
	v := h.view()
	checkScreen(t, v, 80, 24, false)
	lines := strings.Split(v, "\n")
	if len(lines) != 24 {
		t.Fatalf("%d lines", len(lines))
	}
	var said []string
	for _, l := range lines[len(lines)-4 : len(lines)-1] {
		said = append(said, strings.TrimSpace(l))
	}
	if got := strings.Join(said, " "); !strings.Contains(got, h.c.status.msg) {
		t.Errorf("the message is not said in full:\n%s\nwant %q", got, h.c.status.msg)
	}
	contains(t, v, "Editing Note of 7.1", "読み取り専用")
	// Once saved, the screen has its lines back.
	h.fire(isPoll)
	v = h.view()
	contains(t, v, "esc done")
	if r := h.review(); r.h != 22 {
		t.Errorf("the review has %d lines after the message went, want 22", r.h)
	}
}

// TestUnsavedRowSaysWhyInItsPane: the row whose save failed says why in
// full in its own pane, so the reason stays in view whatever the status bar
// shows next.
func TestUnsavedRowSaysWhyInItsPane(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "2")
	failSave(t, h, "3")
	h.keys("j", "k") // a later message may take the status bar
	r := h.review()
	pane := strings.Join(strings.Fields(strings.Join(r.detail, " ")), " ")
	if !strings.Contains(pane, "unsaved: the case file is read-only (operation not permitted); make it writable and the edit can be saved again") {
		t.Errorf("the row's pane does not say why it is unsaved:\n%s", strings.Join(r.detail, "\n"))
	}
	h.keys("e")
	contains(t, h.view(), "unsaved: the case file is read-only")
	if strings.Contains(h.view(), "every change is saved as you type") {
		t.Error("the editor says every change is saved while the row is not")
	}
}

// TestStatusBarKeepsProgressBesideALongName: a long service name is cut in
// the status bar so the progress and the last save stay in view.
func TestStatusBarKeepsProgressBesideALongName(t *testing.T) {
	s, _, ren := hostileCase(t)
	h := newHarness(t, s, "en", 80, 24)
	h.open(ren, "2")
	h.keys("2")
	lines := strings.Split(h.view(), "\n")
	last := lines[len(lines)-1]
	contains(t, last, "/139 reviewed", "saved ")
	checkScreen(t, h.view(), 80, 24, false)
}

// TestExportRefusedWhileARowIsUnsaved: x says why it will not write reports
// that would leave out a row whose save failed.
func TestExportRefusedWhileARowIsUnsaved(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 200, 30)
	h.open(2, "2")
	failSave(t, h, "3")
	h.keys("x")
	contains(t, h.view(), "x: 2 is not saved: the report would leave it out")
}

// TestRetryThatFailsAgainStaysQuiet: a retry that fails as before does not
// say so again over what the reviewer is doing (a y/n question).
func TestRetryThatFailsAgainStaysQuiet(t *testing.T) {
	s := demoCopy(t)
	h := newHarness(t, s, "en", 200, 30)
	h.open(2, "2")
	s.Close() // every save fails from now on, the same way
	h.keys("3")
	if !strings.Contains(h.c.status.msg, "2: not saved") {
		t.Fatalf("the failure is not said: %q", h.c.status.msg)
	}
	h.keys("a")
	ask := h.c.status.msg
	h.fire(isPoll)
	if h.c.status.msg != ask {
		t.Errorf("a retry that failed again replaced the question: %q", h.c.status.msg)
	}
}
