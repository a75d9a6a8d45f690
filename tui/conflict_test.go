package tui

import (
	"context"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

// twoInstances opens the same case file twice, as two reviewers on one
// file would, each with a workbench on application #2.
func twoInstances(t *testing.T) (a, b *harness) {
	t.Helper()
	sa := demoCopy(t)
	sb, err := store.Open(sa.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sb.Close() })
	a = newHarness(t, sa, "en", 100, 30)
	b = newHarness(t, sb, "en", 100, 30)
	b.c.reviewer = "鈴木"
	a.open(2, "2")
	b.open(2, "2")
	return a, b
}

// TestConflictShowsBothAndOverwritesNothing: A types a note; before A's
// pause is over, B saves a note on the same row. A's save is refused; A sees
// both versions, keeps the unsaved text, and the stored note is B's until A
// chooses.
func TestConflictShowsBothAndOverwritesNothing(t *testing.T) {
	ctx := context.Background()
	for _, choice := range []string{"m", "t"} {
		t.Run(map[string]string{"m": "keep_mine", "t": "take_theirs"}[choice], func(t *testing.T) {
			a, b := twoInstances(t)
			a.keys("e")
			a.typeText("私のメモ")

			b.keys("4", "e")
			b.typeText("鈴木のメモ")
			b.fire(isDebounce)
			b.keys("esc")

			a.fire(isDebounce)
			v := a.view()
			contains(t, v, "Someone else saved 2", "Theirs: 鈴木", "鈴木のメモ", "✗ nonconforming", "Yours (not saved)", "私のメモ",
				"m keep mine · t take theirs")
			stored, _ := a.c.store.Finding(ctx, 2, "2")
			if stored.Note != "鈴木のメモ" || stored.Reviewer != "鈴木" {
				t.Fatalf("the refused save overwrote the stored finding: %+v", stored)
			}
			r := a.review()
			if r.editor == nil || r.editor.value(fieldNote) != "私のメモ" {
				t.Fatalf("the unsaved text left the editor")
			}
			a.keys("x", "q") // other keys wait for the choice
			if a.review().conflict == nil {
				t.Fatal("a key other than m or t resolved the conflict")
			}

			a.keys(choice)
			got, _ := a.c.store.Finding(ctx, 2, "2")
			switch choice {
			case "m":
				// Only the field the reviewer edited is saved over
				// theirs: their verdict stays.
				if got.Note != "私のメモ" || got.Verdict != review.Nonconforming || got.Reviewer != testReviewer || got.Revision != stored.Revision+1 {
					t.Errorf("keep mine: stored %+v", got)
				}
				contains(t, a.view(), "kept your version of 2")
			case "t":
				if got != stored {
					t.Errorf("take theirs wrote something: %+v", got)
				}
				if a.review().editor.value(fieldNote) != "鈴木のメモ" {
					t.Errorf("take theirs: the editor holds %q", a.review().editor.value(fieldNote))
				}
				if len(a.review().drafts) != 0 {
					t.Errorf("take theirs left drafts: %v", a.review().drafts)
				}
			}
		})
	}
}

// TestPollShowsOthersSaves: what another instance saves appears within a
// poll, with who saved what in the status bar.
func TestPollShowsOthersSaves(t *testing.T) {
	a, b := twoInstances(t)
	b.open(2, "3.1")
	b.keys("1")
	if n := a.fire(isPoll); n != 1 {
		t.Fatalf("%d poll timers pending, want 1", n)
	}
	v := a.view()
	contains(t, v, "鈴木 saved 3.1", "✓ 3.1")
	if a.review().stored("3.1").Verdict != review.Conforms {
		t.Error("the row's finding was not updated")
	}
	// The poll keeps going.
	if a.fire(isPoll) != 1 {
		t.Error("no next poll was scheduled")
	}
}

// TestPollMergesOtherFieldsAndConflictsOnTheSame: a row someone else saved
// while this instance holds an unsaved edit of it takes their change to a
// field the reviewer did not edit (three-way merge, no question asked); a
// change to the field being edited becomes a conflict at once.
func TestPollMergesOtherFieldsAndConflictsOnTheSame(t *testing.T) {
	ctx := context.Background()
	a, b := twoInstances(t)
	a.keys("e")
	a.typeText("途中")
	b.keys("2")
	a.fire(isPoll)
	if a.review().conflict != nil {
		t.Fatalf("their verdict and my note became a conflict:\n%s", a.view())
	}
	contains(t, a.view(), "途中", "? query")
	a.fire(isDebounce)
	if f, _ := a.c.store.Finding(ctx, 2, "2"); f.Note != "途中" || f.Verdict != review.Query {
		t.Fatalf("the merged save lost a field: %+v", f)
	}
	a.typeText("の追記")
	b.fire(isPoll)
	b.keys("e", "ctrl+u")
	b.typeText("鈴木のメモ")
	b.fire(isDebounce)
	a.fire(isPoll)
	contains(t, a.view(), "Someone else saved 2", "途中の追記", "鈴木のメモ")
}

// TestLeavingWithAConflictBringsTheScreenBack: a save made on leaving the
// screen that meets a conflict brings the screen back to decide.
func TestLeavingWithAConflictBringsTheScreenBack(t *testing.T) {
	a, b := twoInstances(t)
	a.keys("e")
	a.typeText("去り際のメモ")
	b.keys("1", "e")
	b.typeText("鈴木のメモ")
	b.fire(isDebounce)
	b.keys("esc")
	a.hold = true
	a.keys("esc", "q") // the save goes out as the screen is left
	if _, ok := a.m.top().(*caseList); !ok {
		t.Fatalf("q did not leave the review (top is %T)", a.m.top())
	}
	held := a.held
	a.hold, a.held = false, nil
	for _, c := range held {
		a.run(c)
	}
	r := a.review()
	if r.conflict == nil || r.appID != 2 {
		t.Fatal("the screen with the conflict did not come back")
	}
	contains(t, a.view(), "Someone else saved 2", "去り際のメモ")
}

// TestOthersSaveDoesNotReplaceTheOpenEditor: a reviewer whose text is saved
// and still open in the editor is not silently shown someone else's text
// instead: both versions are shown and the reviewer chooses. A save by
// someone else that leaves the text as it is (a verdict) just shows.
func TestOthersSaveDoesNotReplaceTheOpenEditor(t *testing.T) {
	ctx := context.Background()
	a, b := twoInstances(t)
	a.keys("e")
	a.typeText("佐藤のメモ")
	a.fire(isDebounce)
	if f, _ := a.c.store.Finding(ctx, 2, "2"); f.Note != "佐藤のメモ" {
		t.Fatalf("a's note was not saved: %+v", f)
	}

	b.fire(isPoll)
	b.keys("3") // the verdict only: a's text stays as it is
	a.fire(isPoll)
	r := a.review()
	if r.conflict != nil {
		t.Fatal("a verdict saved by someone else became a conflict")
	}
	contains(t, a.view(), "! correction", "佐藤のメモ")

	b.keys("e", "ctrl+u")
	b.typeText("鈴木のメモ")
	b.fire(isDebounce)
	b.keys("esc")
	theirs, _ := b.c.store.Finding(ctx, 2, "2")
	if theirs.Note != "鈴木のメモ" || theirs.Reviewer != "鈴木" {
		t.Fatalf("b's note was not saved: %+v", theirs)
	}

	a.fire(isPoll)
	if r.conflict == nil {
		t.Fatalf("someone else's text replaced the open editor's:\n%s", a.view())
	}
	contains(t, a.view(), "Someone else saved 2", "Theirs: 鈴木", "Yours (not saved)", "佐藤のメモ")
	if r.editor == nil || r.editor.value(fieldNote) != "佐藤のメモ" {
		t.Fatalf("the editor lost a's text")
	}
	if f, _ := a.c.store.Finding(ctx, 2, "2"); f != theirs {
		t.Fatalf("showing the conflict wrote: %+v", f)
	}
	a.keys("t")
	if r.editor.value(fieldNote) != theirs.Note {
		t.Errorf("take theirs: the editor holds %q", r.editor.value(fieldNote))
	}
	if f, _ := a.c.store.Finding(ctx, 2, "2"); f != theirs {
		t.Errorf("take theirs wrote: %+v", f)
	}
}

// TestSaveMergesAColleaguesOtherField: a reviewer's note saved after a
// colleague changed the verdict (not yet seen here) keeps the colleague's
// verdict, and the screen shows the merged row; nobody is asked anything.
func TestSaveMergesAColleaguesOtherField(t *testing.T) {
	ctx := context.Background()
	a, b := twoInstances(t)
	a.keys("e")
	a.typeText("私のメモ")
	b.keys("4", "e")
	b.keys("tab")
	b.typeText("鈴木の依頼")
	b.fire(isDebounce)
	b.keys("esc")
	a.fire(isDebounce)
	if a.review().conflict != nil {
		t.Fatalf("different fields became a conflict:\n%s", a.view())
	}
	f, _ := a.c.store.Finding(ctx, 2, "2")
	if f.Note != "私のメモ" || f.Request != "鈴木の依頼" || f.Verdict != review.Nonconforming {
		t.Fatalf("a field was put back: %+v", f)
	}
	a.keys("esc")
	contains(t, a.view(), "✗ nonconforming", "私のメモ", "鈴木の依頼")
}
