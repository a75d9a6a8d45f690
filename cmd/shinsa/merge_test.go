package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"shinsa/store"
)

// TestFindingVerb_two_writers_revert_nothing: two people run `shinsa
// finding` on the same rows at once, ten times each, one setting notes,
// the other requests. The log shows every save, and none of them put back
// the other's field; the last values are the stored ones.
func TestFindingVerb_two_writers_revert_nothing(t *testing.T) {
	path := demoCase(t)
	items := []string{"2", "3.1", "4.1"}
	var wg sync.WaitGroup
	errs := make(chan string, 1000)
	const per = 10
	for _, field := range []string{"note", "request"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				r := shinsa(t, "finding", path, "2", items[i%len(items)], "--"+field, fmt.Sprintf("%s %d", field, i), "--reviewer", field+"-writer")
				if r.code != 0 || r.stderr != "" {
					errs <- fmt.Sprintf("%s writer: exit %d %s", field, r.code, r.stderr)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	// And one verdict, which keeps both texts.
	if r := shinsa(t, "finding", path, "2", "2", "--verdict", "query"); r.code != 0 {
		t.Fatalf("verdict only: %d %s", r.code, r.stderr)
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	evs, _ := s.Events(ctx, 2)
	type state struct{ verdict, note, request string }
	rows := map[string]state{}
	saves, interleaved := 0, 0
	last := map[string]string{}
	for _, e := range evs {
		if e.Kind != store.EvFinding {
			continue
		}
		var p struct{ Verdict, Note, Request string }
		json.Unmarshal(e.Payload, &p)
		before := rows[e.Item]
		saves++
		switch e.Actor {
		case "note-writer":
			if p.Request != before.request || (before.verdict != "" && p.Verdict != before.verdict) {
				t.Errorf("event %d: a note save changed %s's request %q→%q or verdict %q→%q", e.Seq, e.Item, before.request, p.Request, before.verdict, p.Verdict)
			}
		case "request-writer":
			if p.Note != before.note || (before.verdict != "" && p.Verdict != before.verdict) {
				t.Errorf("event %d: a request save changed %s's note %q→%q or verdict %q→%q", e.Seq, e.Item, before.note, p.Note, before.verdict, p.Verdict)
			}
		default:
			if p.Note != before.note || p.Request != before.request {
				t.Errorf("event %d: the verdict save changed the texts of %s", e.Seq, e.Item)
			}
		}
		if last[e.Item] != "" && last[e.Item] != e.Actor {
			interleaved++
		}
		last[e.Item] = e.Actor
		rows[e.Item] = state{p.Verdict, p.Note, p.Request}
	}
	t.Logf("%d saves, %d interleaved", saves, interleaved)
	if saves != 2*per+1 || interleaved < 1 {
		t.Fatalf("%d saves, %d interleaved: the writers did not overlap", saves, interleaved)
	}
	f, _ := s.Finding(ctx, 2, "2")
	if st := rows["2"]; f.Note != st.note || f.Request != st.request || f.Note == "" || f.Request == "" || string(f.Verdict) != "query" {
		t.Fatalf("stored %+v, log %+v", f, st)
	}
}

// TestFindingVerb_needs_a_field: with no flag there is nothing to record.
func TestFindingVerb_needs_a_field(t *testing.T) {
	path := demoCase(t)
	r := shinsa(t, "finding", path, "2", "2")
	if r.code != 2 || r.stderr == "" {
		t.Fatalf("no field: exit %d %q", r.code, r.stderr)
	}
}
