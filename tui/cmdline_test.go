package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"

	"shinsa/review"
)

func (h *harness) selected() string {
	h.t.Helper()
	r := h.review()
	if ri := r.selectedRow(); ri >= 0 {
		return r.rows[ri].id
	}
	return ""
}

// TestCommandLineJumps: a row No on the command line selects that row,
// typed in ASCII or full width, with or without #; a verdict then lands
// on it.
func TestCommandLineJumps(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	for _, tc := range []struct{ typed, want string }{
		{":9", "9"}, {":4.2", "4.2"}, {"：１２", "12"}, {":#7.1", "7.1"},
	} {
		h.send(burst(tc.typed))
		contains(t, h.view(), ":"+string([]rune(tc.typed)[1:]))
		h.keys("enter")
		if got := h.selected(); got != tc.want {
			t.Errorf("%s: the cursor is on %s, want %s", tc.typed, got, tc.want)
		}
	}
	h.send(burst(":9"))
	h.keys("enter")
	h.send(burst("1"))
	if f, _ := h.c.store.Finding(context.Background(), 2, "9"); f.Verdict != review.Conforms {
		t.Errorf("the verdict after :9 did not land on row 9: %+v", f)
	}
	h.send(burst(":999"))
	h.keys("enter")
	contains(t, h.view(), "there is no row 999 in this application")
	h.send(burst(":frobnicate"))
	h.keys("enter")
	contains(t, h.view(), ":frobnicate is not a command (:help lists them)")
}

// TestCommandLineHistoryAndCompletion: ↑ brings back the last line, tab
// completes a command and its argument.
func TestCommandLineHistoryAndCompletion(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	h.send(burst(":9"))
	h.keys("enter", "g")
	h.keys(":", "up")
	r := h.review()
	if got := r.line.ti.Value(); got != "9" {
		t.Fatalf("↑ on the command line shows %q, want the last line 9", got)
	}
	h.keys("enter")
	if got := h.selected(); got != "9" {
		t.Errorf("the line from history jumped to %s", got)
	}
	h.send(burst(":sta"))
	h.keys("tab")
	if got := r.line.ti.Value(); got != "status received" {
		t.Errorf("tab completed :sta to %q", got)
	}
	h.keys("esc")
	if r.line != nil {
		t.Error("esc left the command line open")
	}
}

// TestCommandLineStatus: :status moves the application and the header
// shows it; a name it does not know is refused with the choices.
func TestCommandLineStatus(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	contains(t, h.view(), "#2 北斗電子契約 · received")
	h.send(burst(":status in-review"))
	h.keys("enter")
	contains(t, h.view(), "#2 北斗電子契約 · in-review", "#2: received → in-review")
	if a, _ := h.c.store.Application(context.Background(), 2); a.Status != review.InReview {
		t.Errorf("the store has #2 %s", a.Status)
	}
	h.send(burst(":status nonsense"))
	h.keys("enter")
	contains(t, h.view(), ":status nonsense: choose one of received")
	h.send(burst(":st c"))
	h.keys("enter")
	contains(t, h.view(), ":status c: choose one of committee, certified")
	h.send(burst(":help"))
	h.keys("enter")
	hs, ok := h.m.top().(*helpScreen)
	if !ok {
		t.Fatalf(":help opened %T", h.m.top())
	}
	contains(t, strings.Join(hs.lines, "\n"), "Commands", ":status STATUS", ":signoff")
}

// TestFlowCommandLine: in a running program, :9 then 1 records 適合 on
// row 9 and :status moves the status.
func TestFlowCommandLine(t *testing.T) {
	s := demoCopy(t)
	f := startFlow(t, s, 80, 24)
	f.waitText("カナメ勤怠①")
	f.press("j", "enter")
	f.waitText("renewal of #1", "139 of 139 rows")
	f.typeText(":９")
	f.press("enter")
	f.waitText(">· 9 ")
	f.press("1")
	f.waitText("✓ 9 ", "1/139 reviewed")
	f.typeText(":status in-review")
	f.press("enter")
	f.waitText("北斗電子契約 · in-review")
	f.press("q", "q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if got, _ := s.Finding(context.Background(), 2, "9"); got.Verdict != review.Conforms {
		t.Errorf("row 9: %+v", got)
	}
}

// :signoff records the second check as 'shinsa signoff' does, and the store
// refuses it from a person who recorded findings on the application.
func TestCommandLineSignoff(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	h.keys("1") // the harness's reviewer records a finding on #2
	h.send(burst(":signoff"))
	h.keys("enter")
	contains(t, h.view(), "#2: no sign-off")
	if so, _ := h.c.store.Signoff(context.Background(), 2); so != nil {
		t.Fatalf("a reviewer of #2 signed it off: %+v", so)
	}
	h.c.reviewer = "鈴木 二次"
	h.send(burst(":signoff"))
	h.keys("enter")
	contains(t, h.view(), "#2: second check")
	so, err := h.c.store.Signoff(context.Background(), 2)
	if err != nil || so == nil {
		t.Fatalf("no sign-off stored: %v", err)
	}
}
