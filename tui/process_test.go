package tui

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"shinsa/review"
	"shinsa/store"
)

// TestWorkbenchAgainstASecondProcess: while a reviewer works application #2
// in the workbench, another process (a script, or a second reviewer's
// shinsa) saves findings on the same rows for three seconds. The reviewer
// never sees an error, a clash is shown as a conflict and settled, every
// save the other process was told had succeeded is in the file, and the
// log verifies.
func TestWorkbenchAgainstASecondProcess(t *testing.T) {
	s := demoCopy(t)
	child := exec.Command(os.Args[0], "-test.run=^TestSecondProcessWriter$")
	child.Env = append(os.Environ(), "SHINSA_TUI_CHILD="+s.Path())
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	child.Stderr = os.Stderr
	h := newHarness(t, s, "en", 100, 30)
	h.open(2, "2")
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	acks := map[string]int64{}
	done := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			var item string
			var rev int64
			if _, err := fmt.Sscanf(sc.Text(), "ack %s %d", &item, &rev); err == nil && rev > acks[item] {
				acks[item] = rev
			}
		}
		close(done)
	}()

	conflicts, presses := 0, 0
	verdicts := []string{"1", "2", "3", "4"}
	for end := time.Now().Add(3 * time.Second); time.Now().Before(end); presses++ {
		h.keys("g")
		for j := 0; j < presses%4; j++ {
			h.keys("j")
		}
		h.keys(verdicts[presses%len(verdicts)])
		h.fire(isDebounce)
		h.fire(isPoll)
		if r := h.review(); r.conflict != nil {
			conflicts++
			h.keys("m") // keep mine, saved on top of theirs
		}
		if st := h.c.status; st.lv == lvErr {
			t.Fatalf("the reviewer saw an error: %q", st.msg)
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err := child.Wait(); err != nil {
		t.Fatalf("the second process failed: %v", err)
	}
	<-done
	ctx := context.Background()
	fs, err := s.Findings(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	for item, rev := range acks {
		if fs[item].Revision < rev {
			t.Fatalf("row %s: the second process saved revision %d, the file has %d", item, rev, fs[item].Revision)
		}
	}
	evs, _ := s.Events(ctx, 2)
	mine := 0
	for _, e := range evs {
		if e.Kind == store.EvFinding && e.Actor == testReviewer {
			mine++
		}
	}
	if len(acks) == 0 || mine == 0 {
		t.Fatalf("saves: %d rows by the second process, %d by the workbench: the two did not both work", len(acks), mine)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
	t.Logf("%d key presses, %d saves by the workbench, %d conflicts shown and settled", presses, mine, conflicts)
}

// TestSecondProcessWriter is the other process of the test above.
func TestSecondProcessWriter(t *testing.T) {
	path := os.Getenv("SHINSA_TUI_CHILD")
	if path == "" {
		return
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	items := []string{"2", "3.1", "3.2", "4.1"}
	w := bufio.NewWriter(os.Stdout)
	for i, end := 0, time.Now().Add(3*time.Second); time.Now().Before(end); i++ {
		f, err := s.SaveFinding(ctx, store.FindingInput{App: 2, Item: items[i%len(items)], Verdict: review.Query,
			Note: strings.Repeat("確認", 1+i%3), Reviewer: "鈴木", Base: store.AnyRevision})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(w, "ack %s %d\n", f.Item, f.Revision)
		w.Flush()
		time.Sleep(3 * time.Millisecond)
	}
}
