package review

import (
	"fmt"
	"strings"
	"time"
)

// The office's process (DOMAIN.md, life cycle 4): nothing goes to committee
// while rows are unreviewed or findings are open, the review is checked by
// someone who did not do it (二次審査), and the decision is taken by someone
// who recorded no finding on the application (separation of duties, as
// ISO/IEC 17065 asks of certification bodies). These are the rules; the store
// applies them inside the transaction that moves an application, so every
// path (CLI, workbench, server) obeys the same ones.

// Gate names a rule that can block a move. The names go into the event log
// when a move is overridden.
type Gate string

const (
	GateUnreviewed    Gate = "unreviewed"         // a row has no verdict
	GateQueryOpen     Gate = "query-open"         // a row's verdict is query
	GateCorrection    Gate = "correction-open"    // a row's verdict is correction
	GateSecondCheck   Gate = "second-check"       // no valid 二次審査 recorded
	GateNotCommittee  Gate = "not-at-committee"   // certified only from committee
	GateNonconforming Gate = "nonconforming"      // a row is nonconforming
	GateDecider       Gate = "decider-reviewed"   // the decider recorded findings
	GateSignerFinding Gate = "checker-reviewed"   // the checker recorded findings (sign-off only)
	GateSignoffClosed Gate = "application-closed" // sign-off of a decided application
)

// GateRow is one disclosure row of an application with its current verdict
// (Unreviewed when no finding is recorded).
type GateRow struct {
	Item    string
	Verdict Verdict
}

// Signoff is a recorded second check (二次審査) of one application.
type Signoff struct {
	By   string    `json:"by"`
	Time time.Time `json:"time"`
	Note string    `json:"note,omitempty"`
	// Stale lists the rows whose findings were saved after the sign-off:
	// such a sign-off no longer vouches for the review.
	Stale []string `json:"stale,omitempty"`
}

// Valid reports whether the sign-off still vouches for the findings.
func (s *Signoff) Valid() bool { return s != nil && len(s.Stale) == 0 }

// MoveFacts is what the gates look at when an application moves.
type MoveFacts struct {
	From, To Status
	Actor    string    // who records the move
	Rows     []GateRow // every row, in catalog order
	Signoff  *Signoff  // the latest sign-off of this application, nil when none
	// Reviewers are the people who recorded a finding on the application,
	// earlier rounds of it included.
	Reviewers []string
}

// Block is one gate that refuses a move, with the reason in one phrase.
type Block struct {
	Gate Gate
	Text string
}

// Blocks is every gate refusing one move.
type Blocks []Block

// Error is the one line a refused move prints:
// "14 rows unreviewed (3.2, 4.1, 4.2, …); 1 query open (6)".
func (bs Blocks) Error() string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.Text
	}
	return strings.Join(parts, "; ")
}

// Gates lists the gates names.
func (bs Blocks) Gates() []Gate {
	out := make([]Gate, len(bs))
	for i, b := range bs {
		out[i] = b.Gate
	}
	return out
}

// GateNames joins the gates' names with commas, as the log records them.
func (bs Blocks) GateNames() string {
	var s []string
	for _, g := range bs.Gates() {
		s = append(s, string(g))
	}
	return strings.Join(s, ", ")
}

// firstRows is how many row ids a refusal names before "…".
const firstRows = 3

func rowList(items []string) string {
	if len(items) <= firstRows {
		return "(" + strings.Join(items, ", ") + ")"
	}
	return "(" + strings.Join(items[:firstRows], ", ") + ", …)"
}

// counted is "1 query open (6)" or "2 queries open (6, 7)".
func counted(items []string, one, many, what string) string {
	noun := many
	if len(items) == 1 {
		noun = one
	}
	s := fmt.Sprintf("%d %s", len(items), noun)
	if what != "" {
		s += " " + what
	}
	return s + " " + rowList(items)
}

// Gated reports whether moving from one status to another passes gates: into
// committee or certified, from any other status.
func Gated(from, to Status) bool {
	return from != to && (to == Committee || to == Certified)
}

// Gates returns the gates that refuse the move, none when it may go ahead.
func Gates(f MoveFacts) Blocks {
	if !Gated(f.From, f.To) {
		return nil
	}
	by := map[Verdict][]string{}
	for _, r := range f.Rows {
		v := r.Verdict
		if !v.Valid() {
			v = Unreviewed
		}
		by[v] = append(by[v], r.Item)
	}
	var bs Blocks
	switch f.To {
	case Committee:
		if n := by[Unreviewed]; len(n) > 0 {
			bs = append(bs, Block{GateUnreviewed, counted(n, "row", "rows", "unreviewed")})
		}
		if n := by[Query]; len(n) > 0 {
			bs = append(bs, Block{GateQueryOpen, counted(n, "query", "queries", "open")})
		}
		if n := by[Correction]; len(n) > 0 {
			bs = append(bs, Block{GateCorrection, counted(n, "correction", "corrections", "open")})
		}
		switch s := f.Signoff; {
		case s == nil:
			bs = append(bs, Block{GateSecondCheck, "no second check recorded (shinsa signoff, by someone who recorded no finding)"})
		case !s.Valid():
			bs = append(bs, Block{GateSecondCheck, fmt.Sprintf("the second check by %s is out of date: findings saved after it on %s (sign off again)",
				SanitizeLine(s.By), counted(s.Stale, "row", "rows", ""))})
		}
	case Certified:
		if f.From != Committee {
			bs = append(bs, Block{GateNotCommittee, fmt.Sprintf("the application is %s, not at committee", f.From)})
		}
		if n := by[Nonconforming]; len(n) > 0 {
			bs = append(bs, Block{GateNonconforming, counted(n, "row", "rows", "nonconforming")})
		}
		if reviewed(f.Actor, f.Reviewers) {
			bs = append(bs, Block{GateDecider, fmt.Sprintf("%s recorded findings on this application: the decision is recorded by someone who did not review it", strings.TrimSpace(SanitizeLine(f.Actor)))})
		}
	}
	return bs
}

// CanSignOff returns what refuses person's second check of an application at
// status st, nil when it may be recorded.
func CanSignOff(person string, st Status, reviewers []string) Blocks {
	var bs Blocks
	switch st {
	case Certified, Rejected, Withdrawn:
		bs = append(bs, Block{GateSignoffClosed, fmt.Sprintf("the application is %s: its review is closed", st)})
	}
	if reviewed(person, reviewers) {
		bs = append(bs, Block{GateSignerFinding, fmt.Sprintf("%s recorded findings on this application: the second check is done by someone who did not review it", strings.TrimSpace(SanitizeLine(person)))})
	}
	return bs
}

// SamePerson compares two names as the log records them: trimmed, and
// case-insensitive for Latin letters.
func SamePerson(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

func reviewed(person string, reviewers []string) bool {
	for _, r := range reviewers {
		if SamePerson(r, person) {
			return true
		}
	}
	return false
}
