package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/charmbracelet/x/exp/teatest"
)

// TestSiblingRowsReadApart: at 80 columns rows that share a title show
// what tells them apart, not the same title cut at the same place.
func TestSiblingRowsReadApart(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	v := h.view()
	contains(t, v, "3.1  必   設立年（", "3.2  必*※ 事業年数（" /* ※: the demo's 事業年数 disagrees with its 設立年 (years-inconsistent) */, "7.1    *  …人数：役員", "7.2       …氏名と役職")
	if strings.Contains(v, "3.2  必*  設立年・事業年数") {
		t.Errorf("3.2 still reads like 3.1:\n%s", v)
	}
}

// TestZoomAndSplit: z gives the focused pane the whole width and back; <
// and > move the split, remembered for this terminal size only.
func TestZoomAndSplit(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	r := h.review()
	if r.leftW() != 32 {
		t.Fatalf("the list starts %d wide at 80 columns", r.leftW())
	}
	h.keys(">", ">", ">")
	if r.leftW() != 38 {
		t.Errorf("after > > > the list is %d wide, want 38", r.leftW())
	}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if r.leftW() != 60 {
		t.Errorf("at 120×40 the list is %d wide, want its own default 60", r.leftW())
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if r.leftW() != 38 {
		t.Errorf("back at 80×24 the list is %d wide, want the 38 set there", r.leftW())
	}
	h.keys("tab", "z")
	v := h.view()
	body := strings.Join(strings.Split(v, "\n")[:21], "\n") // the panes, not the status bar
	if strings.Contains(body, "│") || !strings.Contains(v, "zoomed: z") {
		t.Errorf("z did not give the right pane the whole width:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if Width(l) > 80 {
			t.Errorf("line wider than 80: %q", l)
		}
	}
	h.keys("z")
	if !strings.Contains(h.view(), "│") {
		t.Error("z again did not bring both panes back")
	}
}

// TestFilterRequiredOptionalAndNo: 必 and 選 find required and optional
// rows, #4 finds row 4's parts and not every row with a 4.
func TestFilterRequiredOptionalAndNo(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "1")
	r := h.review()
	count := func(filter string) (n int, ids []string) {
		h.keys("/")
		h.typeText(filter)
		h.keys("enter")
		for _, ri := range r.vis {
			ids = append(ids, r.rows[ri].id)
		}
		h.keys("esc")
		return len(ids), ids
	}
	req, _ := count("必")
	opt, _ := count("選")
	if req == 0 || opt == 0 || req+opt != len(r.rows) {
		t.Errorf("必 %d + 選 %d rows, of %d", req, opt, len(r.rows))
	}
	if _, ids := count("#4"); strings.Join(ids, " ") != "4.1 4.2 4.3 4.4" {
		t.Errorf("#4 found %v", ids)
	}
	if _, ids := count("＃１０"); strings.Join(ids, " ") != "10" {
		t.Errorf("＃１０ found %v", ids)
	}
	if n, _ := count("必 不適合"); n != 0 {
		t.Errorf("required and nonconforming: %d rows in an unjudged application", n)
	}
}

// TestStatusAtEveryWidth: the case list keeps the status column however
// narrow the terminal; r reverses the sort.
func TestStatusAtEveryWidth(t *testing.T) {
	for _, w := range []int{40, 60, 80, 200} {
		h := newHarness(t, demoCopy(t), "en", w, 24)
		contains(t, h.view(), "certified", "in-review")
	}
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.keys("r")
	v := h.view()
	contains(t, v, "sorted by id, descending")
	if strings.Index(v, "#9 ") > strings.Index(v, "#1 ") {
		t.Errorf("r did not put #9 first:\n%s", v)
	}
}

// TestFlowZoomAndFilter: the same keys in a running program.
func TestFlowZoomAndFilter(t *testing.T) {
	f := startFlow(t, demoCopy(t), 80, 24)
	f.waitText("カナメ勤怠①")
	f.press("j", "enter")
	f.waitText("139 of 139 rows", "事業年数（")
	f.press("z")
	f.waitText("zoomed: z")
	f.press("z", "/")
	f.typeText("#7")
	f.press("enter")
	f.waitText("2 of 139 rows", "filter: #7")
	f.press("esc", "q", "q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
