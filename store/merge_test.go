package store

import (
	"bufio"
	"context"
	"encoding/json"
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

// TestSaveFinding_merges_fields_inside_the_write: a save changes only the
// fields it names; a field changed by both since the base is refused by
// name; a field only the other changed is kept.
func TestSaveFinding_merges_fields_inside_the_write(t *testing.T) {
	s, _ := newCase(t)
	id := mustImport(t, s)
	ctx := context.Background()
	save := func(in FindingInput) (review.Finding, error) {
		in.App, in.Item = id, "4.1"
		if in.Reviewer == "" {
			in.Reviewer = "佐藤"
		}
		return s.SaveFinding(ctx, in)
	}
	f1, err := save(FindingInput{Verdict: review.Query, Note: "N1", Request: "R1", Base: 0})
	if err != nil {
		t.Fatal(err)
	}
	// Someone changes the request only (CLI form: no base).
	if _, err := save(FindingInput{Request: "R2", Changed: FieldRequest, Base: AnyRevision, Reviewer: "鈴木"}); err != nil {
		t.Fatal(err)
	}
	// An editor that started from f1 changes the note: merged, R2 kept.
	got, err := save(FindingInput{Verdict: f1.Verdict, Note: "N3", Request: f1.Request, Changed: FieldNote, Base: f1.Revision, From: &f1})
	if err != nil {
		t.Fatalf("different fields: %v", err)
	}
	if got.Note != "N3" || got.Request != "R2" || got.Verdict != review.Query || got.Revision != 3 {
		t.Fatalf("merged: %+v", got)
	}
	// A whole-row save from f1 without From (base read from the log): the
	// verdict is only mine → taken; note and request both changed by
	// others since f1 and by me → conflict naming them, nothing written.
	_, err = save(FindingInput{Verdict: review.Conforms, Note: "N4", Request: "R4", Base: f1.Revision})
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.Fields != FieldNote|FieldRequest || !strings.Contains(err.Error(), "note and request") {
		t.Fatalf("both changed: got %v", err)
	}
	if now, _ := s.Finding(ctx, id, "4.1"); now.Revision != 3 || now.Note != "N3" {
		t.Fatalf("a refused save wrote: %+v", now)
	}
	// Same save, but not changing what others changed: verdict merged.
	got, err = save(FindingInput{Verdict: review.Conforms, Note: "N1", Request: "R1", Base: f1.Revision})
	if err != nil || got.Verdict != review.Conforms || got.Note != "N3" || got.Request != "R2" {
		t.Fatalf("whole-row save from an old base: %+v %v", got, err)
	}
	// Both made the same change: no conflict.
	if _, err := save(FindingInput{Verdict: review.Conforms, Note: "N3", Changed: FieldNote | FieldVerdict, Base: f1.Revision, From: &f1}); err != nil {
		t.Fatalf("same change: %v", err)
	}
	// The log says which fields each save set.
	evs, _ := s.Events(ctx, id)
	var last findingPayload
	for _, e := range evs {
		if e.Kind == EvFinding {
			json.Unmarshal(e.Payload, &last)
		}
	}
	if len(last.Changed) != 0 {
		t.Errorf("a save that changed nothing logged changed fields %v", last.Changed)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
}

// TestTwoWriters_notes_and_requests_revert_nothing runs two processes for
// three seconds on the same rows: one only writes notes, the other only
// requests, half of the saves naming the revision read before (an editor),
// half with no base (the CLI). Replaying the event log, no save ever puts
// back the other writer's field, and no save is refused.
func TestTwoWriters_notes_and_requests_revert_nothing(t *testing.T) {
	s, path := newCase(t)
	id := mustImport(t, s)
	s.Close()
	errs := make(chan error, 2)
	for _, field := range []string{"note", "request"} {
		go func() {
			cmd := exec.Command(os.Args[0], "-test.run=^TestTwoWritersHelper$")
			cmd.Env = append(os.Environ(), "SHINSA_TW_CASE="+path, "SHINSA_TW_APP="+strconv.FormatInt(id, 10), "SHINSA_TW_FIELD="+field)
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), "done") {
				errs <- fmt.Errorf("%s writer: %v %s", field, err, out)
				return
			}
			errs <- nil
		}()
	}
	for i := 0; i < 2; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	ctx := context.Background()
	evs, err := s2.Events(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	type state struct{ note, request string }
	rows := map[string]state{}
	saves, reverted, interleaved := 0, 0, 0
	lastActor := map[string]string{}
	for _, e := range evs {
		if e.Kind != EvFinding {
			continue
		}
		var p findingPayload
		if err := json.Unmarshal(e.Payload, &p); err != nil {
			t.Fatal(err)
		}
		saves++
		before := rows[e.Item]
		switch e.Actor {
		case "note-writer":
			if p.Request != before.request {
				reverted++
				t.Errorf("event %d: the note writer changed the request of %s from %q to %q", e.Seq, e.Item, before.request, p.Request)
			}
		case "request-writer":
			if p.Note != before.note {
				reverted++
				t.Errorf("event %d: the request writer changed the note of %s from %q to %q", e.Seq, e.Item, before.note, p.Note)
			}
		}
		if la := lastActor[e.Item]; la != "" && la != e.Actor {
			interleaved++
		}
		lastActor[e.Item] = e.Actor
		rows[e.Item] = state{p.Note, p.Request}
	}
	t.Logf("%d saves, %d interleaved on a row, %d reverted fields", saves, interleaved, reverted)
	if saves < 40 || interleaved < 10 {
		t.Fatalf("only %d saves, %d interleaved: the writers did not overlap enough to prove anything", saves, interleaved)
	}
	fs, _ := s2.Findings(ctx, id)
	for item, st := range rows {
		if f := fs[item]; f.Note != st.note || f.Request != st.request {
			t.Errorf("row %s: stored %q/%q, the log's last event %q/%q", item, f.Note, f.Request, st.note, st.request)
		}
	}
	if rep, err := s2.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
}

// TestTwoWritersHelper is one writer of the two-writer test.
func TestTwoWritersHelper(t *testing.T) {
	path := os.Getenv("SHINSA_TW_CASE")
	if path == "" {
		return
	}
	app, _ := strconv.ParseInt(os.Getenv("SHINSA_TW_APP"), 10, 64)
	field := os.Getenv("SHINSA_TW_FIELD")
	s, err := Open(path)
	if err != nil {
		fmt.Println(err)
		os.Exit(3)
	}
	ctx := context.Background()
	items := []string{"1", "4.1", "5"}
	end := time.Now().Add(3 * time.Second)
	w := bufio.NewWriter(os.Stdout)
	for i := 0; time.Now().Before(end); i++ {
		item := items[i%len(items)]
		in := FindingInput{App: app, Item: item, Reviewer: field + "-writer", Base: AnyRevision}
		if i%2 == 0 {
			cur, err := s.Finding(ctx, app, item)
			if err != nil {
				fmt.Println(err)
				os.Exit(3)
			}
			time.Sleep(time.Millisecond) // the reviewer types
			in.Base, in.From = cur.Revision, &cur
			in.Verdict, in.Note, in.Request = cur.Verdict, cur.Note, cur.Request
		}
		text := fmt.Sprintf("%s %d", field, i)
		if field == "note" {
			in.Note, in.Changed = text, FieldNote
		} else {
			in.Request, in.Changed = text, FieldRequest
		}
		if _, err := s.SaveFinding(ctx, in); err != nil {
			fmt.Println("save refused:", err)
			os.Exit(3)
		}
	}
	fmt.Fprintln(w, "done")
	w.Flush()
}
