package tui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
	"shinsa/store"
)

// TestVerdictKeysSaveAtOnce: each verdict key records its verdict on the
// selected row with no further step, 0 clears it.
func TestVerdictKeysSaveAtOnce(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	h.open(2, "2")
	for key, want := range map[string]review.Verdict{"1": review.Conforms, "2": review.Query, "3": review.Correction,
		"4": review.Nonconforming, "5": review.NotApplicable, "0": review.Unreviewed} {
		h.keys(key)
		got, err := h.c.store.Finding(context.Background(), 2, "2")
		if err != nil || got.Verdict != want {
			t.Errorf("key %s: stored %q, %v; want %q", key, got.Verdict, err, want)
		}
		if !strings.Contains(h.view(), want.Mark()+" 2 ") {
			t.Errorf("key %s: the row does not show %s", key, want.Mark())
		}
	}
}

// TestFailedWriteKeepsTheEdit: when the disk refuses a save, the text stays
// in the editor, the status bar says so plainly, the row is marked unsaved,
// the program keeps working, and the next change saves everything.
func TestFailedWriteKeepsTheEdit(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(2, "2")
	h.keys("e")
	h.typeText("ディスク満杯の前に")
	r := h.review()
	h.hold = true
	h.fire(isDebounce) // the save is sent; its answer is the disk's
	h.hold = false
	h.held = nil
	h.send(savedMsg{to: to{r.id}, app: 2, item: "2", err: &store.WriteError{Path: h.c.caseFile,
		Cause: "the disk is full; free some space and the edit can be saved again"}})
	v := h.view()
	contains(t, v, "not saved", "the disk is full", "ディスク満杯の前に")
	if r.editor == nil || r.editor.value(fieldNote) != "ディスク満杯の前に" {
		t.Fatal("the editor lost the text")
	}
	if f, _ := h.c.store.Finding(ctx, 2, "2"); f.Revision != 0 {
		t.Fatalf("something was stored: %+v", f)
	}
	h.typeText("。")
	h.fire(isDebounce)
	got, _ := h.c.store.Finding(ctx, 2, "2")
	if got.Note != "ディスク満杯の前に。" {
		t.Errorf("the next change did not save the kept text: %+v", got)
	}
	if len(r.failed) != 0 || len(r.drafts) != 0 {
		t.Errorf("after saving: failed %v, drafts %v", r.failed, r.drafts)
	}
}

// TestClosedCaseFileKeepsTheProgramWorking: a store that has gone away
// makes saves fail; the verdict stays as a draft, the row is marked, and
// moving around still works. Leaving the screen is refused, not lossy.
func TestClosedCaseFileKeepsTheProgramWorking(t *testing.T) {
	s := demoCopy(t)
	h := newHarness(t, s, "en", 100, 30)
	h.open(2, "2")
	s.Close()
	h.keys("3")
	v := h.view()
	contains(t, v, "not saved", "! 2    必#")
	h.keys("j", "j")
	contains(t, h.view(), ">· 3.2")
	h.keys("q")
	if _, ok := h.m.top().(*reviewScreen); !ok {
		t.Fatal("the screen with an unsaved verdict was left")
	}
	h.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	if h.quit {
		t.Fatal("the program quit with an unsaved verdict on the first ctrl+c")
	}
	contains(t, h.view(), "Not quitting: 2 is not saved. Press ctrl+c again to quit without it.")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	if !h.quit {
		t.Fatal("a second ctrl+c did not quit")
	}
}

// TestLateAnswerForALeftScreenIsDropped: a load that comes back after its
// screen was replaced does not land on the screen now showing.
func TestLateAnswerForALeftScreenIsDropped(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.hold = true
	h.open(2, "")
	late := h.held
	h.held = nil
	h.hold = false
	h.open(3, "")
	for _, c := range late {
		h.run(c) // #2's data arrives now
	}
	r := h.review()
	if r.appID != 3 || r.d == nil || r.d.app.ID != 3 {
		t.Fatalf("the screen of #3 shows application %d", r.d.app.ID)
	}
	contains(t, h.view(), "#3 あおば会計クラウド")
}

// TestKeyThatCannotActSaysWhy: bindings carry their disabled reason.
func TestKeyThatCannotActSaysWhy(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(3, "")
	for _, tc := range []struct{ key, want string }{
		{"d", "d: there is no previous submission to compare with"},
		{"a", "a: there is no previous submission to compare with"},
		{"v", "v: only in diff view (d)"},
		{"k", "k: already at the top"},
	} {
		h.keys(tc.key)
		contains(t, h.view(), tc.want)
	}
	h.open(3, "999") // no such row: stays where it is
	h.keys("G", "j")
	contains(t, h.view(), "j: already at the bottom")
}

// TestAcceptUnchangedRecordsOrigins: `a` on a renewal asks, then records
// the previous verdict on every unchanged row in one go, saying where each
// came from; rows that changed stay unreviewed.
func TestAcceptUnchangedRecordsOrigins(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(2, "")
	h.keys("a")
	contains(t, h.view(), "Record the previous verdict on 116 unchanged rows? y/n")
	if fs, _ := h.c.store.Findings(ctx, 2); len(fs) != 0 {
		t.Fatalf("saved before the answer: %d findings", len(fs))
	}
	h.keys("y")
	fs, err := h.c.store.Findings(ctx, 2)
	if err != nil || len(fs) != 116 {
		t.Fatalf("%d findings after accepting, %v", len(fs), err)
	}
	for item, f := range fs {
		if !strings.HasPrefix(f.Origin, "carried from application 1 item "+item) || f.Reviewer != testReviewer {
			t.Errorf("%s: origin %q reviewer %q", item, f.Origin, f.Reviewer)
		}
	}
	if _, ok := fs["3.2"]; ok {
		t.Error("a changed row (3.2) was accepted")
	}
	contains(t, h.view(), "recorded the previous verdict on 116 rows", "116/139 reviewed")
	h.keys("a")
	contains(t, h.view(), "nothing to accept")
}

// TestExportWritesNextToTheCaseFile: `x` writes the committee report and
// the letter as HTML and Markdown beside the case file and says so.
func TestExportWritesNextToTheCaseFile(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	h.open(2, "2")
	h.keys("3", "r")
	h.typeText("商号を登記簿どおりに記載してください。")
	h.keys("esc", "x")
	dir := filepath.Dir(h.c.caseFile)
	for _, name := range []string{"2-committee.html", "2-committee.md", "2-letter.html", "2-letter.md"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.HasPrefix(name, "2-letter") && !strings.Contains(string(b), "商号を登記簿どおりに記載してください。") {
			t.Errorf("%s does not carry the correction request", name)
		}
	}
	contains(t, h.view(), "wrote 2-committee.html, 2-letter.html (and .md) in "+dir)
}

// TestDiffShowsOnlyChangedRows: the diff view lists changed, added,
// removed and moved rows with inline word marks, and toggles side by side;
// an unchanged row stays only while its earlier finding is open, marked.
func TestDiffShowsOnlyChangedRows(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	h.open(2, "")
	h.keys("d")
	r := h.review()
	if len(r.vis) == 0 || len(r.vis) >= len(r.rows) {
		t.Fatalf("diff view shows %d of %d rows", len(r.vis), len(r.rows))
	}
	for _, ri := range r.vis {
		if d := r.rows[ri].diff; d == nil || d.Status == review.Unchanged && !d.NotChangedByApplicant() {
			t.Errorf("row %s is in the diff view unchanged", r.rows[ri].id)
		}
	}
	contains(t, h.view(), "[-2024-]{+2026+}年", "previous: ✓ conforms 適合")
	h.keys("v")
	contains(t, h.view(), "old (#1)", "new (#2)", "[-2024-]年", "{+2026+}年")
	h.keys("d")
	if len(r.vis) != len(r.rows) {
		t.Errorf("leaving the diff view shows %d of %d rows", len(r.vis), len(r.rows))
	}

	// A correction round: the certified predecessor above closed every
	// finding (the office's gates see to it), but round 1 of the medical
	// application left queries and corrections open, and those rows stay in
	// round 2's diff view whether or not the applicant changed them.
	h = newHarness(t, demoCopy(t), "en", 120, 30)
	h.open(7, "")
	h.keys("d")
	r = h.review()
	open := 0
	for i, row := range r.rows {
		if d := row.diff; d != nil && d.NotChangedByApplicant() {
			open++
			if !slices.Contains(r.vis, i) {
				t.Errorf("round 2 row %s, unchanged with an open finding, is not in the diff view", row.id)
			}
		}
	}
	if open == 0 {
		t.Error("the demo's round 2 has no unchanged row with an open finding: the test shows nothing")
	}
}

// TestMouseSelectsAndScrolls: a click selects the row under it, the wheel
// moves through the list.
func TestMouseSelectsAndScrolls(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(2, "")
	r := h.review()
	// Line 2 of the screen is the first list line (a heading), line 3 row 1,
	// line 4 the heading 事業所・事業, line 5 row 2.
	h.send(tea.MouseMsg{X: 5, Y: 5, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if got := r.rows[r.selectedRow()].id; got != "2" {
		t.Errorf("click on the line of row 2 selected %s", got)
	}
	h.send(tea.MouseMsg{X: 5, Y: 10, Button: tea.MouseButtonWheelDown})
	if got := r.rows[r.selectedRow()].id; got != "4.1" {
		t.Errorf("wheel down three rows from 2 selected %s", got)
	}
	h.send(tea.MouseMsg{X: 80, Y: 10, Button: tea.MouseButtonWheelDown})
	if r.dOff != 3 && len(r.detail) > r.bodyH()+3 {
		t.Errorf("wheel over the right pane scrolled it to %d", r.dOff)
	}
}

// TestSearchJumpsToTheRow: case-wide search (short terms too) opens the
// application at the row of the hit.
func TestSearchJumpsToTheRow(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	h.keys("S")
	h.typeText("茅場")
	h.fire(isSearch)
	contains(t, h.view(), "hits", "#1 北斗電子契約", "茅場")
	sr := h.m.top().(*searchScreen)
	n := 0
	for n < len(sr.hits) && sr.hits[n].app != 2 {
		h.keys("down")
		n++
	}
	if n == len(sr.hits) {
		t.Fatal("no hit in #2")
	}
	want := sr.hits[n]
	h.keys("enter")
	r := h.review()
	if r.appID != want.app || r.rows[r.selectedRow()].id != want.item {
		t.Errorf("jumped to #%d row %s, want #%d row %s", r.appID, r.rows[r.selectedRow()].id, want.app, want.item)
	}
	contains(t, h.view(), want.item+" 事業所", "茅場町")
}

// TestResizeKeepsEverythingInside: shrinking and growing the terminal
// re-lays every screen; nothing spills.
func TestResizeKeepsEverythingInside(t *testing.T) {
	h := newHarness(t, demoCopy(t), "ja", 200, 50)
	h.open(2, "17")
	for _, sz := range [][2]int{{80, 24}, {60, 20}, {132, 43}, {40, 12}, {200, 50}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkScreen(t, h.view(), sz[0], sz[1], false)
		contains(t, h.view(), "17")
	}
}

// TestFilterFindsVerdictsInBothLanguages: `/` matches a row's verdict by
// its English or Japanese name, besides ids and text.
func TestFilterFindsVerdictsInBothLanguages(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(1, "")
	r := h.review()
	want := 0
	for _, f := range r.findings {
		if f.Verdict == review.Correction {
			want++
		}
	}
	for _, q := range []string{"correction", "要修正"} {
		h.keys("/")
		h.typeText(q)
		h.keys("enter")
		if len(r.vis) != want {
			t.Errorf("filter %q shows %d rows, want the %d correction rows", q, len(r.vis), want)
		}
		for _, ri := range r.vis {
			if v := r.verdictOf(r.rows[ri].id); v != review.Correction {
				t.Errorf("filter %q shows row %s (%s)", q, r.rows[ri].id, v)
			}
		}
		h.keys("esc")
		if len(r.vis) != len(r.rows) {
			t.Errorf("esc left %d of %d rows", len(r.vis), len(r.rows))
		}
	}
}

// TestNextAndPreviousUnreviewed: n and N skip decided rows both ways and
// say so at the ends.
func TestNextAndPreviousUnreviewed(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(3, "1")
	r := h.review()
	sel := func() string { return r.rows[r.selectedRow()].id }
	h.keys("n")
	first := sel()
	if r.verdictOf(first).Reviewed() || first == "1" {
		t.Fatalf("n went to %s (%s)", first, r.verdictOf(first))
	}
	h.keys("n")
	second := sel()
	h.keys("N")
	if sel() != first || second == first {
		t.Errorf("n, n, N: %s, %s, back at %s", first, second, sel())
	}
	h.keys("N")
	contains(t, h.view(), "no more unreviewed rows above")
}

// TestFilterTermsAndVerdictNames: the filter's words must all match (an id,
// the text or the verdict), and a verdict name matches from its start, so
// 適合 finds conforming rows and not the nonconforming (不適合) ones.
func TestFilterTermsAndVerdictNames(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(2, "")
	h.keys("a", "y")
	h.open(2, "17")
	h.keys("4")
	h.open(2, "10")
	h.keys("3")
	r := h.review()
	filter := func(q string) []string {
		h.keys("/")
		h.typeText(q)
		h.keys("enter")
		var ids []string
		for _, ri := range r.vis {
			ids = append(ids, r.rows[ri].id)
		}
		h.keys("esc")
		return ids
	}
	if strings.Contains(r.rows[r.byID["17"]].key, "適合") {
		t.Fatal("row 17's text holds 適合; the test needs another row")
	}
	for _, q := range []string{"適合", "conforms", "conf"} {
		ids := filter(q)
		if len(ids) < 99 {
			t.Errorf("%q shows %d rows, want the 99+ conforming ones", q, len(ids))
		}
		for _, id := range ids {
			if v := r.verdictOf(id); v != review.Conforms && !strings.Contains(r.rows[r.byID[id]].key, q) {
				t.Errorf("%q shows row %s (%s)", q, id, v)
			}
		}
	}
	if ids := filter("不適合"); len(ids) != 1 || ids[0] != "17" {
		t.Errorf("不適合 shows %v, want [17]", ids)
	}
	if ids := filter("要修正 経常"); len(ids) != 1 || ids[0] != "10" {
		t.Errorf("要修正 経常 shows %v, want [10]", ids)
	}
	if ids := filter("correction  経常利益"); len(ids) != 1 || ids[0] != "10" {
		t.Errorf("correction 経常利益 shows %v, want [10]", ids)
	}
}

// TestNextUnreviewedSaysWhatTheViewHides: at the end of a filtered or diff
// view, n says how many unreviewed rows the view leaves out.
func TestNextUnreviewedSaysWhatTheViewHides(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	h.open(2, "")
	h.keys("d", "G", "n")
	// Counted from the store: rows the diff view leaves out (unchanged, no
	// open earlier finding) that have no verdict yet.
	fs, err := h.c.store.Findings(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	hidden := 0
	for _, row := range h.review().rows {
		d := row.diff
		inDiff := d != nil && (d.Status != review.Unchanged || d.NotChangedByApplicant())
		if !inDiff && row.known && !fs[row.id].Verdict.Reviewed() {
			hidden++
		}
	}
	if hidden == 0 {
		t.Fatal("the renewal's diff view hides no unreviewed row: the test shows nothing")
	}
	contains(t, h.view(), fmt.Sprintf("no more unreviewed rows below in this view; %d more outside it (esc shows every row)", hidden))
	h.keys("esc", "G", "n")
	contains(t, h.view(), "no more unreviewed rows below")
	if strings.Contains(h.view(), "outside it") {
		t.Error("with every row shown, n speaks of rows outside the view")
	}
}

// TestBackOnTheCaseListAtTheApplicationLeft: leaving a review puts the
// case list's cursor on that application, wherever it was opened from.
func TestBackOnTheCaseListAtTheApplicationLeft(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	h.keys("j") // #2
	h.open(6, "")
	h.keys("q")
	cl := h.m.top().(*caseList)
	if got := cl.selectedApp(); got != 6 {
		t.Errorf("back on the case list at #%d, want #6", got)
	}
}

// TestExportWaitsForTheLastSave: x pressed right after a verdict, while its
// save is still out, writes reports that have that verdict.
func TestExportWaitsForTheLastSave(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 120, 30)
	h.open(2, "2")
	h.hold = true
	h.keys("3", "x")
	held := h.held
	h.hold, h.held = false, nil
	for _, c := range held {
		h.run(c)
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(h.c.caseFile), "2-letter.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "事業者名（要修正）") {
		t.Errorf("the letter lacks the verdict saved just before x:\n%s", b)
	}
	contains(t, h.view(), "wrote 2-committee.html")
}

// TestEscReturnsFromTheRightPaneFirst: esc undoes the innermost state, and
// the right pane's focus is the innermost: it goes back to the list before
// it leaves the application.
func TestEscReturnsFromTheRightPaneFirst(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 100, 30)
	h.open(2, "2")
	h.keys("d", "tab", "esc")
	r := h.review()
	if r.focus != paneLeft || !r.diffMode {
		t.Errorf("esc in the right pane: focus %d, diff view %v", r.focus, r.diffMode)
	}
	h.keys("esc", "esc")
	if _, ok := h.m.top().(*caseList); !ok {
		t.Errorf("esc, esc from the list did not leave (top is %T)", h.m.top())
	}
}
