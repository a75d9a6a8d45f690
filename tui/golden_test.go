package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// screens puts the program into each screen a golden file shows. The data is
// the Japanese demo: #1 a certified ASP・SaaS application, #2 its renewal,
// #3–#9 one per scheme, #7 the second round of #6.
var screens = []struct {
	name  string
	lang  string
	setup func(h *harness)
}{
	{"caselist", "en", func(h *harness) {}},
	{"caselist_ja", "ja", func(h *harness) {}},
	{"review", "en", func(h *harness) { h.keys("j", "enter") }},
	{"review_clauses", "en", func(h *harness) { h.open(2, "17") }},
	{"review_ja", "ja", func(h *harness) { h.open(2, "17") }},
	{"editor", "en", func(h *harness) {
		h.open(3, "19.1")
		h.keys("2", "r")
		h.typeText("添付の規程の第3条を確認してください。")
		h.fire(isDebounce)
	}},
	{"help", "en", func(h *harness) { h.keys("j", "enter", "?") }},
	{"search", "en", func(h *harness) {
		h.keys("S")
		h.typeText("ISMS")
		h.fire(isSearch)
	}},
	{"diff", "en", func(h *harness) { h.keys("j", "enter", "d") }},
	{"diff_side_by_side", "en", func(h *harness) { h.keys("j", "enter", "d", "j", "v") }},
}

var sizes = [][2]int{{80, 24}, {200, 50}}

// TestGolden compares each screen with its golden file at 80×24 and
// 200×50 (run with -update to rewrite them, then read the diff).
func TestGolden(t *testing.T) {
	for _, sc := range screens {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", sc.name, sz[0], sz[1]), func(t *testing.T) {
				h := newHarness(t, demoCopy(t), sc.lang, sz[0], sz[1])
				sc.setup(h)
				golden.RequireEqual(t, []byte(stable(h.view())))
			})
		}
	}
}
