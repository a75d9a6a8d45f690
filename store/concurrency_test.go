package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"shinsa/review"
)

// TestConcurrency_two_processes_edit_the_same_rows runs two processes that,
// for three seconds, edit findings of the same application the way the
// workbench does: read the row, edit, save naming the revision read. When the
// other process saved in between, the save is refused (a conflict the editor
// shows) and the editor retries on the new revision. Afterwards no save is
// lost: every row's revision equals the saves both processes counted, the
// log has one event per save, and verify passes.
func TestConcurrency_two_processes_edit_the_same_rows(t *testing.T) {
	s, path := newCase(t)
	id := mustImport(t, s)
	s.Close()
	type tally struct{ saves, conflicts int }
	results := make(chan tally, 2)
	errs := make(chan error, 2)
	for p := 0; p < 2; p++ {
		go func() {
			cmd := exec.Command(os.Args[0], "-test.run=^TestConcurrencyHelper$")
			cmd.Env = append(os.Environ(), "SHINSA_CONC_CASE="+path, "SHINSA_CONC_APP="+strconv.FormatInt(id, 10),
				"SHINSA_CONC_NAME="+[]string{"佐藤", "鈴木"}[p])
			out, err := cmd.Output()
			if err != nil {
				errs <- fmt.Errorf("editor %d: %v %s", p, err, out)
				return
			}
			var tl tally
			sc := bufio.NewScanner(strings.NewReader(string(out)))
			for sc.Scan() {
				fmt.Sscanf(sc.Text(), "saves %d conflicts %d", &tl.saves, &tl.conflicts)
			}
			results <- tl
		}()
	}
	var total tally
	for i := 0; i < 2; i++ {
		select {
		case tl := <-results:
			total.saves += tl.saves
			total.conflicts += tl.conflicts
		case err := <-errs:
			t.Fatal(err)
		}
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	ctx := context.Background()
	fs, _ := s2.Findings(ctx, id)
	var revs int64
	for _, f := range fs {
		revs += f.Revision
	}
	if revs != int64(total.saves) {
		t.Fatalf("revisions add up to %d, the editors saved %d times: updates were lost", revs, total.saves)
	}
	rep, err := s2.Verify(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
	if total.saves < 20 {
		t.Fatalf("only %d saves in three seconds", total.saves)
	}
	t.Logf("%d saves, %d conflicts shown and resolved", total.saves, total.conflicts)
	if total.conflicts == 0 {
		t.Fatal("no conflict arose: the two editors did not overlap, so the test proved nothing")
	}
}

// TestConcurrencyHelper is one editor of the concurrency test.
func TestConcurrencyHelper(t *testing.T) {
	path := os.Getenv("SHINSA_CONC_CASE")
	if path == "" {
		return
	}
	app, _ := strconv.ParseInt(os.Getenv("SHINSA_CONC_APP"), 10, 64)
	name := os.Getenv("SHINSA_CONC_NAME")
	s, err := Open(path)
	if err != nil {
		fmt.Println(err)
		os.Exit(3)
	}
	ctx := context.Background()
	items := []string{"1", "4.1", "5"}
	saves, conflicts := 0, 0
	end := time.Now().Add(3 * time.Second)
	for i := 0; time.Now().Before(end); i++ {
		item := items[i%len(items)]
		cur, err := s.Finding(ctx, app, item)
		if err != nil {
			fmt.Println(err)
			os.Exit(3)
		}
		time.Sleep(time.Millisecond) // the reviewer types
		_, err = s.SaveFinding(ctx, FindingInput{App: app, Item: item, Verdict: review.Verdicts[1+i%5],
			Note: fmt.Sprintf("%sの所見 %d", name, i), Reviewer: name, Base: cur.Revision})
		switch {
		case errors.Is(err, ErrConflict):
			conflicts++ // shown to the reviewer; the next round edits the new revision
		case err != nil:
			fmt.Println("error surfaced:", err)
			os.Exit(3)
		default:
			saves++
		}
	}
	fmt.Printf("saves %d conflicts %d\n", saves, conflicts)
}
