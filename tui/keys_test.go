package tui

import (
	"context"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"shinsa/review"
)

// burst is what bubbletea delivers when several runes arrive in one read.
func burst(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// TestBurstOfKeysActsAsThatManyPresses: three j in one read move three
// rows; a burst that opens the editor types the rest of itself into it.
func TestBurstOfKeysActsAsThatManyPresses(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	h.send(burst("jjj"))
	r := h.review()
	if got := r.rows[r.selectedRow()].id; got != "3.2" {
		t.Fatalf("after jjj the cursor is on %s, want 3.2 (three rows down from 1)", got)
	}
	h.send(burst("k1"))
	if got := r.rows[r.selectedRow()].id; got != "3.1" {
		t.Fatalf("after k the cursor is on %s, want 3.1", got)
	}
	if f, _ := h.c.store.Finding(context.Background(), 2, "3.1"); f.Verdict != review.Conforms {
		t.Errorf("the 1 of the burst did not record conforms on row 3.1: %+v", f)
	}
	h.send(burst("e審査メモ"))
	if r.editor == nil || r.editor.value(fieldNote) != "審査メモ" {
		t.Fatalf("the burst after e did not go into the editor as text")
	}
}

// TestFullWidthKeysActAsASCII: with the IME on, １ records conforms, ｊ
// moves, and a full-width key that means nothing says the IME may be on.
func TestFullWidthKeysActAsASCII(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	h.send(burst("１"))
	if f, _ := h.c.store.Finding(context.Background(), 2, "1"); f.Verdict != review.Conforms {
		t.Fatalf("１ did not record 適合 on row 1: %+v", f)
	}
	h.send(burst("ｊｊ３"))
	r := h.review()
	if got := r.rows[r.selectedRow()].id; got != "3.1" {
		t.Fatalf("ｊｊ left the cursor on %s, want 3.1", got)
	}
	if f, _ := h.c.store.Finding(context.Background(), 2, "3.1"); f.Verdict != review.Correction {
		t.Errorf("３ did not record 要修正: %+v", f)
	}
	h.send(burst("ｗ"))
	contains(t, h.view(), "ｗ does nothing here (IME on?)")
	// In the filter a full-width letter is text, not a key.
	h.keys("/")
	h.send(burst("ｊ"))
	if got := r.filter.Value(); got != "ｊ" {
		t.Errorf("the filter holds %q, want the full-width ｊ typed", got)
	}
}

// TestKeysTypedWhileLoadingWait: keys typed before the application has
// loaded act, in order, once it has.
func TestKeysTypedWhileLoadingWait(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.hold = true
	h.open(2, "")
	h.send(burst("jj"))
	h.keys("1")
	if r := h.review(); r.loaded {
		t.Fatal("the screen loaded while the load was held")
	}
	contains(t, h.view(), "loading…")
	h.hold = false
	held := h.held
	h.held = nil
	for _, c := range held {
		h.run(c)
	}
	r := h.review()
	if got := r.rows[r.selectedRow()].id; got != "3.1" {
		t.Fatalf("after loading, the cursor is on %s, want 3.1 (jj typed while loading)", got)
	}
	if f, _ := h.c.store.Finding(context.Background(), 2, "3.1"); f.Verdict != review.Conforms {
		t.Errorf("the 1 typed while loading did not record: %+v", f)
	}
}

// TestFlowBurstsAndFullWidth: the same in a running program.
func TestFlowBurstsAndFullWidth(t *testing.T) {
	s := demoCopy(t)
	f := startFlow(t, s, 80, 24)
	f.tm.Send(burst("j")) // keys typed before the list is there wait for it
	f.press("enter")
	f.waitText("renewal of #1", "139 of 139 rows")
	f.tm.Send(burst("jjj"))
	f.waitText(">· 3.2")
	f.tm.Send(burst("１"))
	f.waitText("✓ 3.2", "1/139 reviewed")
	f.press("q", "q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if got, _ := s.Finding(context.Background(), 2, "3.2"); got.Verdict != review.Conforms {
		t.Errorf("row 3.2: %+v", got)
	}
}
