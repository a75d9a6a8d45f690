package tui

import (
	"context"
	"strings"
	"testing"
)

// TestCertifiedApplicationIsNotJudged: #1 of the demo is certified; its
// findings are the record of that decision. A verdict key says why it does
// nothing, and nothing is saved.
func TestCertifiedApplicationIsNotJudged(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(1, "")
	before, _ := h.c.store.Findings(context.Background(), 1)
	h.keys("4")
	v := h.view()
	if !strings.Contains(v, "#1 is certified: its findings are closed") {
		t.Fatalf("no reason given:\n%s", v)
	}
	if strings.Contains(hintLine(h), "1-5 verdict") {
		t.Error("the hint line offers verdict keys on a certified application")
	}
	after, _ := h.c.store.Findings(context.Background(), 1)
	if len(after) != len(before) {
		t.Fatal("a finding was saved on a certified application")
	}
	for id, f := range after {
		if f != before[id] {
			t.Fatalf("row %s changed on a certified application", id)
		}
	}
}
