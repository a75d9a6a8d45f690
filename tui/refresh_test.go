package tui

import (
	"context"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

// Back from a review screen, the case list shows what a colleague recorded
// meanwhile, and it is not rebuilt when nothing was written since it was
// read (PRAGMA data_version): the case list costs nothing to come back to.
func TestCaseListReloadsOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	s := demoCopy(t)
	h := newHarness(t, s, "en", 120, 30)
	cl := h.m.top().(*caseList)
	var app int64
	for _, r := range cl.rows {
		if r.sum.Reviewed < r.items && r.sum.App.Status != review.Certified {
			app = r.sum.App.ID
			break
		}
	}
	if app == 0 {
		t.Fatal("the demo has no application with unreviewed rows")
	}
	reviewed := func() int {
		for _, r := range cl.rows {
			if r.sum.App.ID == app {
				return r.sum.Reviewed
			}
		}
		t.Fatalf("#%d is not in the case list", app)
		return 0
	}
	before := reviewed()

	// Nothing written: back on the list, the rows are the ones read before.
	reads := cl.reads
	h.open(app, "")
	h.keys("esc")
	if _, ok := h.m.top().(*caseList); !ok {
		t.Fatalf("esc left %T on top", h.m.top())
	}
	if cl.reads != reads {
		t.Error("the case list was read again although nothing was written")
	}

	// A colleague, in another process, reviews every row meanwhile.
	h.open(app, "")
	other, err := store.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	answers, err := other.Answers(ctx, app)
	if err != nil {
		t.Fatal(err)
	}
	var ins []store.FindingInput
	for _, a := range answers {
		ins = append(ins, store.FindingInput{App: app, Item: a.Item, Verdict: review.Conforms, Reviewer: "同僚", Base: store.AnyRevision})
	}
	if _, err := other.SaveFindings(ctx, ins); err != nil {
		t.Fatal(err)
	}
	h.keys("esc")
	if cl.reads != reads+1 {
		t.Errorf("the case list was read %d times after a colleague's write, want once", cl.reads-reads)
	}
	if got := reviewed(); got != len(answers) || got == before {
		t.Errorf("#%d: %d rows reviewed on the list after the colleague reviewed all %d (was %d)", app, got, len(answers), before)
	}
}
