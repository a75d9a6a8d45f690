package review

import (
	"slices"
	"testing"
	"time"
)

func gateRows(vs ...string) []GateRow {
	var out []GateRow
	for i := 0; i+1 < len(vs); i += 2 {
		out = append(out, GateRow{Item: vs[i], Verdict: Verdict(vs[i+1])})
	}
	return out
}

func TestGates(t *testing.T) {
	done := gateRows("1.1", "conforms", "1.2", "not-applicable", "2.1", "conforms")
	signed := &Signoff{By: "鈴木", Time: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
	cases := []struct {
		name  string
		f     MoveFacts
		gates []Gate
		line  string
	}{
		{"committee: reviewed, checked", MoveFacts{From: InReview, To: Committee, Rows: done, Signoff: signed}, nil, ""},
		{"committee from queries-sent", MoveFacts{From: QueriesOut, To: Committee, Rows: done, Signoff: signed}, nil, ""},
		{"unreviewed rows and an open query",
			MoveFacts{From: InReview, To: Committee, Signoff: signed,
				Rows: gateRows("3.2", "unreviewed", "4.1", "unreviewed", "4.2", "", "5.1", "unreviewed", "5.2", "conforms", "6", "query")},
			[]Gate{GateUnreviewed, GateQueryOpen},
			"4 rows unreviewed (3.2, 4.1, 4.2, …); 1 query open (6)"},
		{"corrections open, no second check",
			MoveFacts{From: InReview, To: Committee, Rows: gateRows("1.1", "correction", "1.2", "correction", "2", "query", "3", "query")},
			[]Gate{GateQueryOpen, GateCorrection, GateSecondCheck},
			"2 queries open (2, 3); 2 corrections open (1.1, 1.2); no second check recorded (shinsa signoff, by someone who recorded no finding)"},
		{"second check out of date",
			MoveFacts{From: InReview, To: Committee, Rows: done, Signoff: &Signoff{By: "鈴木", Stale: []string{"2.1"}}},
			[]Gate{GateSecondCheck},
			"the second check by 鈴木 is out of date: findings saved after it on 1 row (2.1) (sign off again)"},
		{"nonconforming may go to committee", MoveFacts{From: InReview, To: Committee, Rows: gateRows("1", "nonconforming"), Signoff: signed}, nil, ""},
		{"already at committee: no gate", MoveFacts{From: Committee, To: Committee, Rows: gateRows("1", "unreviewed")}, nil, ""},
		{"back to in-review: no gate", MoveFacts{From: Committee, To: InReview, Rows: gateRows("1", "unreviewed")}, nil, ""},
		{"certified by an outsider", MoveFacts{From: Committee, To: Certified, Actor: "委員長", Rows: done, Reviewers: []string{"佐藤"}}, nil, ""},
		{"certified straight from in-review",
			MoveFacts{From: InReview, To: Certified, Actor: "委員長", Rows: done},
			[]Gate{GateNotCommittee}, "the application is in-review, not at committee"},
		{"certified with a nonconforming row",
			MoveFacts{From: Committee, To: Certified, Actor: "委員長", Rows: gateRows("1", "conforms", "2", "nonconforming")},
			[]Gate{GateNonconforming}, "1 row nonconforming (2)"},
		{"decider reviewed (case and spaces do not hide it)",
			MoveFacts{From: Committee, To: Certified, Actor: " Sato ", Rows: done, Reviewers: []string{"tanaka", "sato"}},
			[]Gate{GateDecider}, "Sato recorded findings on this application: the decision is recorded by someone who did not review it"},
		{"rejection is not gated", MoveFacts{From: InReview, To: Rejected, Actor: "佐藤", Reviewers: []string{"佐藤"}, Rows: gateRows("1", "unreviewed")}, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bs := Gates(c.f)
			if !slices.Equal(bs.Gates(), c.gates) && !(len(bs) == 0 && len(c.gates) == 0) {
				t.Fatalf("gates %v, want %v (%s)", bs.Gates(), c.gates, bs.Error())
			}
			if bs.Error() != c.line {
				t.Errorf("line\n got %q\nwant %q", bs.Error(), c.line)
			}
		})
	}
}

func TestCanSignOff(t *testing.T) {
	if bs := CanSignOff("鈴木", InReview, []string{"佐藤", "田中"}); len(bs) != 0 {
		t.Errorf("an outsider may sign off, got %v", bs.Error())
	}
	bs := CanSignOff("佐藤", InReview, []string{"佐藤"})
	if !slices.Equal(bs.Gates(), []Gate{GateSignerFinding}) {
		t.Errorf("the reviewer signed off their own review: %v", bs.Gates())
	}
	bs = CanSignOff("鈴木", Certified, nil)
	if !slices.Equal(bs.Gates(), []Gate{GateSignoffClosed}) {
		t.Errorf("sign-off of a certified application: %v", bs.Gates())
	}
}

func TestSignoffValid(t *testing.T) {
	var none *Signoff
	if none.Valid() {
		t.Error("no sign-off is not a valid one")
	}
	if !(&Signoff{By: "x"}).Valid() || (&Signoff{By: "x", Stale: []string{"1"}}).Valid() {
		t.Error("a sign-off is valid until a finding is saved after it")
	}
}
