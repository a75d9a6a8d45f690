package store

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"shinsa/review"
)

func newKey(t *testing.T) (ssh.PublicKey, PersonKey) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	k, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	pk, err := ParseKey(ssh.MarshalAuthorizedKey(k))
	if err != nil {
		t.Fatal(err)
	}
	return k, pk
}

func TestRoster_gates_every_write_once_it_names_someone(t *testing.T) {
	ctx := context.Background()
	s, _ := newCase(t)
	app := mustImport(t, s)
	// An empty roster: anyone records.
	if _, err := s.SaveFinding(ctx, FindingInput{App: app, Item: "1", Verdict: review.Conforms, Reviewer: "誰か", Base: AnyRevision}); err != nil {
		t.Fatalf("empty roster: %v", err)
	}
	if err := s.AddPerson(ctx, "鈴木", review.RoleCommittee, nil, "admin"); err != nil {
		t.Fatal(err)
	}
	for name, role := range map[string]review.Role{"佐藤": review.RoleReviewer, "高橋": review.RoleChecker, "田中": review.RoleViewer} {
		if err := s.AddPerson(ctx, name, role, nil, "鈴木"); err != nil {
			t.Fatal(err)
		}
	}
	save := func(who string) error {
		_, err := s.SaveFinding(ctx, FindingInput{App: app, Item: "5", Verdict: review.Query, Note: who, Reviewer: who, Base: AnyRevision})
		return err
	}
	if err := save("佐藤"); err != nil {
		t.Fatalf("a reviewer records findings: %v", err)
	}
	for _, who := range []string{"誰か", "田中", "高橋", "鈴木"} {
		err := save(who)
		if !errors.Is(err, ErrNotPermitted) {
			t.Errorf("%s saved a finding: %v", who, err)
		}
	}
	f, _ := s.Finding(ctx, app, "5")
	if f.Note != "佐藤" {
		t.Errorf("a refused save changed the row: %+v", f)
	}
	// The office's process: every row judged, the second check by the checker.
	reviewAll(t, s, app, "佐藤")
	if _, err := s.SignOff(ctx, app, "田中", ""); !errors.Is(err, ErrNotPermitted) {
		t.Errorf("a viewer signed off: %v", err)
	}
	if _, err := s.SignOff(ctx, app, "高橋", ""); err != nil {
		t.Fatalf("the checker signs off: %v", err)
	}
	// Status: the decision is the committee's, a viewer moves nothing.
	if err := s.SetStatus(ctx, app, review.Committee, "田中"); !errors.Is(err, ErrNotPermitted) {
		t.Errorf("a viewer moved the status: %v", err)
	}
	if err := s.SetStatus(ctx, app, review.Committee, "佐藤"); err != nil {
		t.Fatalf("a reviewer hands the application to the committee: %v", err)
	}
	if err := s.SetStatus(ctx, app, review.Certified, "佐藤"); !errors.Is(err, ErrNotPermitted) || !strings.Contains(err.Error(), "committee") {
		t.Errorf("a reviewer certified: %v", err)
	}
	if err := s.SetStatus(ctx, app, review.Certified, "鈴木"); err != nil {
		t.Fatalf("the committee decides: %v", err)
	}
	a, _ := s.Application(ctx, app)
	if a.Status != review.Certified {
		t.Errorf("status %s", a.Status)
	}
	if _, err := s.Import(ctx, sampleSubmission(), ImportOptions{Actor: "田中"}); !errors.Is(err, ErrNotPermitted) {
		t.Errorf("a viewer imported: %v", err)
	}
	if err := s.Authorize(ctx, "高橋", review.ActSignoff); err != nil {
		t.Errorf("a checker signs off: %v", err)
	}
	if err := s.Authorize(ctx, "佐藤", review.ActSignoff); !errors.Is(err, ErrNotPermitted) {
		t.Errorf("a reviewer signs off: %v", err)
	}
	// A role changed takes effect at the next write.
	if err := s.SetRole(ctx, "佐藤", review.RoleViewer, "鈴木"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(ctx, app, review.InReview, "鈴木"); err != nil {
		t.Fatal(err)
	}
	if err := save("佐藤"); !errors.Is(err, ErrNotPermitted) {
		t.Errorf("a reviewer made viewer still saves: %v", err)
	}
}

func TestRoster_keys_identify_people_and_every_change_is_an_event(t *testing.T) {
	ctx := context.Background()
	s, _ := newCase(t)
	k1, pk1 := newKey(t)
	k2, pk2 := newKey(t)
	if err := s.AddPerson(ctx, "佐藤", review.RoleReviewer, []PersonKey{pk1}, "admin"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPerson(ctx, "鈴木", review.RoleViewer, []PersonKey{pk1}, "admin"); err == nil || !strings.Contains(err.Error(), "佐藤") {
		t.Errorf("one key on two people: %v", err)
	}
	if ps, _ := s.People(ctx); len(ps) != 1 {
		t.Errorf("a refused add left %+v", ps)
	}
	if err := s.AddPerson(ctx, "佐藤", "", []PersonKey{pk2}, "admin"); err != nil {
		t.Fatalf("a second key: %v", err)
	}
	if err := s.AddPerson(ctx, "佐藤", review.RoleCommittee, nil, "admin"); err == nil {
		t.Error("add with another role changed nothing and said nothing")
	}
	p, err := s.PersonByKey(ctx, k2)
	if err != nil || p.Name != "佐藤" || p.Role != review.RoleReviewer {
		t.Fatalf("PersonByKey = %+v, %v", p, err)
	}
	ps, _ := s.People(ctx)
	if len(ps) != 1 || len(ps[0].Keys) != 2 || ps[0].Keys[0] != pk1.Fingerprint || !strings.HasPrefix(ps[0].Keys[1], "SHA256:") {
		t.Errorf("People = %+v", ps)
	}
	if err := s.RemovePerson(ctx, "佐藤", "admin"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PersonByKey(ctx, k1); !errors.Is(err, ErrNotFound) {
		t.Errorf("a removed person's key still identifies: %v", err)
	}
	if err := s.RemovePerson(ctx, "佐藤", "admin"); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing twice: %v", err)
	}
	evs, _ := s.Events(ctx, 0)
	var kinds []string
	for _, e := range evs[1:] {
		kinds = append(kinds, e.Kind)
	}
	want := "person.added person.key_added person.key_added person.removed"
	if strings.Join(kinds, " ") != want {
		t.Errorf("events %v, want %s", kinds, want)
	}
	if _, err := ParseKey([]byte("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n")); err == nil || !strings.Contains(err.Error(), "private") {
		t.Errorf("a private key: %v", err)
	}
}

func TestWithKey_records_the_fingerprint_beside_the_name(t *testing.T) {
	s, _ := newCase(t)
	app := mustImport(t, s)
	ctx := WithKey(context.Background(), "SHA256:abc")
	if _, err := s.SaveFinding(ctx, FindingInput{App: app, Item: "1", Verdict: review.Conforms, Note: "ok", Reviewer: "佐藤", Base: AnyRevision}); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(context.Background(), app)
	last := evs[len(evs)-2] // the finding, then the move into review
	var p map[string]any
	if err := json.Unmarshal(last.Payload, &p); err != nil {
		t.Fatal(err)
	}
	if last.Kind != EvFinding || last.Actor != "佐藤" || p["via_key"] != "SHA256:abc" || p["note"] != "ok" {
		t.Errorf("event %s %s %s", last.Kind, last.Actor, last.Payload)
	}
	if rep, err := s.Verify(context.Background()); err != nil || !rep.OK() {
		t.Errorf("verify after a keyed event: %+v %v", rep, err)
	}
}

// Who works on the cases is the office's decision: once a committee member is
// on the roster, only committee members add, remove or change people; a
// refused change leaves the roster and the log as they were.
func TestRoster_changed_only_by_the_committee_once_it_has_one(t *testing.T) {
	ctx := context.Background()
	s, _ := newCase(t)
	// Setting up: before any committee member, anyone adds people.
	if err := s.AddPerson(ctx, "佐藤", review.RoleReviewer, nil, "admin"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPerson(ctx, "鈴木", review.RoleCommittee, nil, "佐藤"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPerson(ctx, "田中", review.RoleViewer, nil, "鈴木"); err != nil {
		t.Fatalf("the committee adds a person: %v", err)
	}
	before, _ := s.People(ctx)
	evs, _ := s.Events(ctx, 0)
	for _, who := range []string{"佐藤", "田中", "admin", ""} {
		for what, change := range map[string]func() error{
			"add":      func() error { return s.AddPerson(ctx, "侵入者", review.RoleCommittee, nil, who) },
			"set-role": func() error { return s.SetRole(ctx, "佐藤", review.RoleCommittee, who) },
			"remove":   func() error { return s.RemovePerson(ctx, "鈴木", who) },
		} {
			if err := change(); !errors.Is(err, ErrNotPermitted) {
				t.Errorf("%q could %s: %v", who, what, err)
			}
		}
	}
	after, _ := s.People(ctx)
	if len(after) != len(before) {
		t.Errorf("refused changes changed the roster: %v → %v", before, after)
	}
	for _, p := range after {
		if p.Name == "佐藤" && p.Role != review.RoleReviewer {
			t.Errorf("a refused set-role changed 佐藤 to %s", p.Role)
		}
	}
	if evs2, _ := s.Events(ctx, 0); len(evs2) != len(evs) {
		t.Errorf("refused changes were logged: %d events → %d", len(evs), len(evs2))
	}
	// The committee changes it.
	if err := s.SetRole(ctx, "佐藤", review.RoleChecker, "鈴木"); err != nil {
		t.Errorf("the committee sets a role: %v", err)
	}
	if err := s.RemovePerson(ctx, "田中", "鈴木"); err != nil {
		t.Errorf("the committee removes a person: %v", err)
	}
}
