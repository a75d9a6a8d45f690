package demo

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

func TestSmall_covers_every_scheme_a_renewal_and_a_round(t *testing.T) {
	s, err := store.Create(filepath.Join(t.TempDir(), "d.shinsa"), "t")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	ids, err := Small(ctx, s, Options{Today: review.NewDate(2026, 11, 1), Reviewer: "t", Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	schemes := map[string]bool{}
	var renewal, round bool
	for _, id := range ids {
		a, err := s.Application(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		schemes[a.Scheme] = true
		if a.Kind == review.Renewal && a.Predecessor != 0 {
			p, _ := s.Application(ctx, a.Predecessor)
			renewal = p.Status == review.Certified
		}
		round = round || a.Round == 2
		answers, _ := s.Answers(ctx, id)
		reg, _ := s.Registry(ctx)
		cat, err := reg.Catalog(a.Scheme, a.Edition)
		if err != nil {
			t.Fatal(err)
		}
		for _, an := range answers {
			if _, ok := cat.Item(an.Item); !ok {
				t.Errorf("application %d answers item %s, which %s %s lacks", id, an.Item, a.Scheme, a.Edition)
			}
			if an.Text == "" {
				t.Errorf("application %d item %s: empty answer", id, an.Item)
			}
		}
	}
	if len(schemes) != 5 || !renewal || !round {
		t.Fatalf("schemes %v, renewal of a certified application %v, second round %v", schemes, renewal, round)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
}

func TestSmall_is_the_same_for_the_same_seed(t *testing.T) {
	texts := func() []string {
		s, _ := store.Create(filepath.Join(t.TempDir(), "d.shinsa"), "t")
		defer s.Close()
		ctx := context.Background()
		ids, err := Small(ctx, s, Options{Today: review.NewDate(2026, 11, 1), Reviewer: "t", Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, id := range ids {
			as, _ := s.Answers(ctx, id)
			for _, a := range as {
				out = append(out, a.Item+"="+a.Text)
			}
		}
		return out
	}
	a, b := texts(), texts()
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d and %d answers", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("answer %d differs between runs: %q vs %q", i, a[i], b[i])
		}
	}
}

func TestPair_edits_about_the_share_asked(t *testing.T) {
	old, nw := Pair(300, 0.10, 1)
	if len(old) != 300 || len(nw) != 300 {
		t.Fatalf("%d and %d rows", len(old), len(nw))
	}
	edited := 0
	for i := range old {
		if old[i].Text != nw[i].Text {
			edited++
		}
	}
	if edited < 20 || edited > 40 {
		t.Fatalf("%d of 300 rows edited, want about 30", edited)
	}
}

func TestSmall_certified_application_went_through_the_process(t *testing.T) {
	s, err := store.Create(filepath.Join(t.TempDir(), "d.shinsa"), "t")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	ids, err := Small(ctx, s, Options{Today: review.NewDate(2026, 11, 1), Reviewer: "佐藤 一郎", Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, id := range ids {
		a, _ := s.Application(ctx, id)
		if a.Status != review.Certified {
			continue
		}
		n++
		reg, _ := s.Registry(ctx)
		cat, _ := reg.Catalog(a.Scheme, a.Edition)
		fs, _ := s.Findings(ctx, id)
		for _, it := range cat.Items {
			if v := fs[it.ID].Verdict; !v.Reviewed() || v.NeedsAction() {
				t.Errorf("certified application %d: row %s is %q", id, it.ID, v)
			}
		}
		reviewers, checker, decider := map[string]bool{}, "", ""
		evs, _ := s.Events(ctx, id)
		for _, e := range evs {
			switch {
			case e.Kind == store.EvFinding:
				reviewers[e.Actor] = true
			case e.Kind == store.EvSignoff:
				checker = e.Actor
			case e.Kind == store.EvStatus && strings.Contains(string(e.Payload), `"to":"certified"`):
				decider = e.Actor
				if strings.Contains(string(e.Payload), "override") {
					t.Errorf("application %d was certified by an override: %s", id, e.Payload)
				}
			}
		}
		if checker == "" || decider == "" || reviewers[checker] || reviewers[decider] || checker == decider || !reviewers["佐藤 一郎"] {
			t.Errorf("application %d: reviewers %v, checked by %q, decided by %q", id, reviewers, checker, decider)
		}
	}
	if n != 1 {
		t.Fatalf("%d certified applications, want 1", n)
	}
}
