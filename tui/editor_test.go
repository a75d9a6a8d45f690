package tui

import (
	"strings"
	"testing"
)

// TestEditorKeepsTheAnswerInView: writing a note or a correction request,
// the reviewer still sees what the applicant wrote (in the diff view, what
// changed), above the text being typed, at 80×24 as at 200×50.
func TestEditorKeepsTheAnswerInView(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		h := newHarness(t, demoCopy(t), "en", sz[0], sz[1])
		h.open(2, "3.2")
		h.keys("r")
		h.typeText("設立年を確認してください。")
		v := h.view()
		contains(t, v, "Editing Correction request of 3.2", "Answer", "10年", "│ 設立年を確認してください。")
		checkScreen(t, v, sz[0], sz[1], false)
		h.keys("esc", "d", "r")
		contains(t, h.view(), "* changed · previous: ✓ conforms", "[-9-]{+10+}年", "│ 設立年を確認してください。")
		checkScreen(t, h.view(), sz[0], sz[1], false)
	}
	// A long answer is cut, and the text being typed keeps its room.
	s, _, ren := hostileCase(t)
	h := newHarness(t, s, "en", 60, 20)
	h.open(ren, "")
	r := h.review()
	long, most := "", 0
	for _, row := range r.rows {
		if row.answer != nil && len(row.answer.Text) > most {
			long, most = row.id, len(row.answer.Text)
		}
	}
	h.open(ren, long)
	h.keys("e")
	checkScreen(t, h.view(), 60, 20, false)
	if r.editor.ta.Height() < len(r.editor.ctx) {
		t.Errorf("the note has %d lines, the answer %d", r.editor.ta.Height(), len(r.editor.ctx))
	}
	if n := len(r.editor.ctx); n == 0 || !strings.Contains(r.editor.ctx[n-1], "…") {
		t.Errorf("the long answer of %s is not shown as cut: %q", long, r.editor.ctx)
	}
}
