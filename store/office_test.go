package store

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"shinsa/review"
)

// reviewAll records conforms on every row of app as person.
func reviewAll(t testing.TB, s *Store, app int64, person string) {
	t.Helper()
	items, err := s.gateItems(context.Background(), app)
	if err != nil {
		t.Fatal(err)
	}
	var ins []FindingInput
	for _, it := range items {
		ins = append(ins, FindingInput{App: app, Item: it, Verdict: review.Conforms, Reviewer: person, Base: AnyRevision})
	}
	if _, err := s.SaveFindings(context.Background(), ins); err != nil {
		t.Fatal(err)
	}
}

// certifyByProcess takes app through the office's process: reviewed by 佐藤,
// checked by 鈴木, decided by 委員長.
func certifyByProcess(t testing.TB, s *Store, app int64, number string) {
	t.Helper()
	ctx := context.Background()
	reviewAll(t, s, app, "佐藤")
	if _, err := s.SignOff(ctx, app, "鈴木", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(ctx, app, review.Committee, "佐藤"); err != nil {
		t.Fatal(err)
	}
	if err := s.Certify(ctx, app, number, "委員長"); err != nil {
		t.Fatal(err)
	}
}

func eventCount(t *testing.T, s *Store) int64 {
	t.Helper()
	a, err := s.Anchor(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return a.Count
}

func TestMove_refused_by_a_gate_writes_nothing(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Query, Reviewer: "佐藤", Note: "郵便番号?"}); err != nil {
		t.Fatal(err)
	}
	before := eventCount(t, s)
	err := s.SetStatus(ctx, id, review.Committee, "佐藤")
	var ge *GateError
	if !errors.As(err, &ge) || !errors.Is(err, ErrGate) {
		t.Fatalf("to committee with rows unreviewed: %v", err)
	}
	if got := ge.Blocks.Gates(); len(got) != 3 || got[0] != review.GateUnreviewed || got[1] != review.GateQueryOpen || got[2] != review.GateSecondCheck {
		t.Fatalf("gates %v: %v", got, err)
	}
	if !strings.Contains(err.Error(), "1 query open (4.1)") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("refusal line %q", err)
	}
	if a, _ := s.Application(ctx, id); a.Status != review.InReview {
		t.Fatalf("status after refusal %s", a.Status)
	}
	if eventCount(t, s) != before {
		t.Fatal("a refused move wrote to the log")
	}
	if err := s.Certify(ctx, id, "0123-2611", "委員長"); !errors.Is(err, ErrGate) {
		t.Fatalf("certified straight from in-review: %v", err)
	}
	if a, _ := s.Application(ctx, id); a.CertificationNumber != "" {
		t.Fatalf("a refused certification kept its number %q", a.CertificationNumber)
	}
}

func TestSignOff_separation_of_duties_and_staleness(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	reviewAll(t, s, id, "佐藤")
	if _, err := s.SignOff(ctx, id, "佐藤", ""); !errors.Is(err, ErrGate) {
		t.Fatalf("the reviewer signed off their own review: %v", err)
	}
	// A second round: the first round's reviewer is still its reviewer.
	sub := sampleSubmission()
	r2, err := s.Import(ctx, sub, ImportOptions{Actor: "tester", RoundOf: id})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignOff(ctx, r2, "佐藤", ""); !errors.Is(err, ErrGate) {
		t.Fatalf("round 1's reviewer signed off round 2: %v", err)
	}
	if so, _ := s.Signoff(ctx, id); so != nil {
		t.Fatalf("a refused sign-off is on record: %+v", so)
	}
	if _, err := s.SignOff(ctx, id, "鈴木", "全項目確認"); err != nil {
		t.Fatal(err)
	}
	if bs, err := s.Gates(ctx, id, review.Committee, "佐藤"); err != nil || len(bs) != 0 {
		t.Fatalf("gates after sign-off: %v %v", bs.Error(), err)
	}
	// A finding after the sign-off makes it out of date.
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Conforms, Note: "再確認", Reviewer: "佐藤", Base: AnyRevision}); err != nil {
		t.Fatal(err)
	}
	err = s.SetStatus(ctx, id, review.Committee, "佐藤")
	if !errors.Is(err, ErrGate) || !strings.Contains(err.Error(), "second check by 鈴木 is out of date") || !strings.Contains(err.Error(), "(5)") {
		t.Fatalf("stale sign-off: %v", err)
	}
	if _, err := s.SignOff(ctx, id, "鈴木", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(ctx, id, review.Committee, "佐藤"); err != nil {
		t.Fatal(err)
	}
	if err := s.Certify(ctx, id, "0123-2611", "佐藤"); !errors.Is(err, ErrGate) || !strings.Contains(err.Error(), "佐藤 recorded findings") {
		t.Fatalf("the reviewer decided: %v", err)
	}
	if err := s.Certify(ctx, id, "0123-2611", "委員長"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignOff(ctx, id, "高橋", ""); !errors.Is(err, ErrGate) {
		t.Fatalf("sign-off of a certified application: %v", err)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
}

func TestMove_override_is_on_record(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	res, err := s.Move(ctx, Move{App: id, To: review.Committee, Actor: "所長", Override: "  委員会の特例審議（議事録 12）  "})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Overridden.Gates(); len(got) != 2 || got[0] != review.GateUnreviewed || got[1] != review.GateSecondCheck {
		t.Fatalf("overridden %v", got)
	}
	evs, _ := s.Events(ctx, id)
	last := evs[len(evs)-1]
	var p map[string]string
	json.Unmarshal(last.Payload, &p)
	if last.Kind != EvStatus || last.Actor != "所長" || p["to"] != "committee" || p["override"] != "委員会の特例審議（議事録 12）" ||
		p["gates"] != "unreviewed, second-check" || !strings.Contains(p["blocked"], " rows unreviewed (1, 2, 3.1, …)") {
		t.Fatalf("logged %s %s %v", last.Kind, last.Actor, p)
	}
	// Nothing blocks: the override is not needed and not recorded as one.
	res, err = s.Move(ctx, Move{App: id, To: review.InReview, Actor: "所長", Override: "x"})
	if err != nil || len(res.Overridden) != 0 {
		t.Fatalf("%v %v", res, err)
	}
	evs, _ = s.Events(ctx, id)
	p = map[string]string{}
	json.Unmarshal(evs[len(evs)-1].Payload, &p)
	if _, ok := p["override"]; ok {
		t.Fatalf("an unneeded override was logged: %v", p)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify after an override: %v %v", rep.Problems, err)
	}
}
