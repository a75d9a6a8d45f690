package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"shinsa/review"
)

// EvSignoff is a second check (二次審査) of an application's review.
const EvSignoff = "application.signoff"

// ErrGate matches any *GateError with errors.Is.
var ErrGate = errors.New("refused by the office's process")

// GateError is a move the office's process refuses; nothing was written.
type GateError struct {
	App    int64
	To     review.Status // "" for a refused sign-off
	Blocks review.Blocks
}

func (e *GateError) Error() string {
	if e.To == "" {
		return fmt.Sprintf("application %d: no sign-off: %s", e.App, e.Blocks.Error())
	}
	return fmt.Sprintf("application %d cannot go to %s: %s", e.App, e.To, e.Blocks.Error())
}

// Is lets errors.Is(err, ErrGate) match.
func (e *GateError) Is(target error) bool { return target == ErrGate }

// Move is one status change of an application.
type Move struct {
	App      int64
	To       review.Status
	Number   string // certification number, with To = certified
	Actor    string
	Override string // why the gates are passed over; "" obeys them
}

// MoveResult says what a move did.
type MoveResult struct {
	From       review.Status
	Overridden review.Blocks // the gates the override passed, none when none blocked
}

type listQuerier interface {
	querier
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

type signoffPayload struct {
	Note string `json:"note,omitempty"`
}

// gateItems are the rows the gates count: the catalog's items of the
// application's edition (as the reports list them), else its answers.
func (s *Store) gateItems(ctx context.Context, app int64) ([]string, error) {
	a, err := s.Application(ctx, app)
	if err != nil {
		return nil, err
	}
	if reg, err := s.Registry(ctx); err == nil {
		if cat, err := reg.Catalog(a.Scheme, a.Edition); err == nil {
			items := make([]string, len(cat.Items))
			for i, it := range cat.Items {
				items[i] = it.ID
			}
			return items, nil
		}
	}
	answers, err := s.Answers(ctx, app)
	if err != nil {
		return nil, err
	}
	items := make([]string, len(answers))
	for i, an := range answers {
		items[i] = an.Item
	}
	return items, nil
}

// reviewersTx lists who recorded a finding on any round of app's review.
func reviewersTx(ctx context.Context, q listQuerier, app int64) ([]string, error) {
	first, _, err := roundBase(ctx, q, app)
	if err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, `SELECT actor FROM events WHERE kind = ? AND app IN
		(SELECT id FROM applications WHERE id = ? OR round_of = ?) GROUP BY actor ORDER BY min(seq)`, EvFinding, first, first)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// signoffTx is the latest second check of app with the rows saved since it.
func signoffTx(ctx context.Context, q listQuerier, app int64) (*review.Signoff, error) {
	var seq int64
	var tm, actor, payload string
	err := q.QueryRowContext(ctx, "SELECT seq, time, actor, payload FROM events WHERE app = ? AND kind = ? ORDER BY seq DESC LIMIT 1",
		app, EvSignoff).Scan(&seq, &tm, &actor, &payload)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var p signoffPayload
	json.Unmarshal([]byte(payload), &p)
	so := &review.Signoff{By: actor, Time: parseTime(tm), Note: p.Note}
	rows, err := q.QueryContext(ctx, "SELECT item FROM events WHERE app = ? AND kind = ? AND seq > ? GROUP BY item ORDER BY min(seq)",
		app, EvFinding, seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var it string
		if err := rows.Scan(&it); err != nil {
			return nil, err
		}
		so.Stale = append(so.Stale, it)
	}
	return so, rows.Err()
}

// factsTx gathers what the gates look at, inside the caller's transaction.
func factsTx(ctx context.Context, q listQuerier, app int64, from, to review.Status, actor string, items []string) (review.MoveFacts, error) {
	f := review.MoveFacts{From: from, To: to, Actor: actor}
	verdicts := map[string]review.Verdict{}
	rows, err := q.QueryContext(ctx, "SELECT item, verdict FROM findings WHERE app = ?", app)
	if err != nil {
		return f, err
	}
	for rows.Next() {
		var it, v string
		if err := rows.Scan(&it, &v); err != nil {
			rows.Close()
			return f, err
		}
		verdicts[it] = review.Verdict(v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return f, err
	}
	f.Rows = make([]review.GateRow, len(items))
	for i, it := range items {
		v, ok := verdicts[it]
		if !ok {
			v = review.Unreviewed
		}
		f.Rows[i] = review.GateRow{Item: it, Verdict: v}
	}
	if f.Signoff, err = signoffTx(ctx, q, app); err != nil {
		return f, err
	}
	if f.Reviewers, err = reviewersTx(ctx, q, app); err != nil {
		return f, err
	}
	return f, nil
}

// Gates says what would refuse moving app to status to if actor recorded it
// now; none when the move may go ahead. The workbench shows it; the move
// itself checks again inside its transaction.
func (s *Store) Gates(ctx context.Context, app int64, to review.Status, actor string) (review.Blocks, error) {
	a, err := s.Application(ctx, app)
	if err != nil {
		return nil, err
	}
	items, err := s.gateItems(ctx, app)
	if err != nil {
		return nil, err
	}
	f, err := factsTx(ctx, s.read, app, a.Status, to, actor, items)
	if err != nil {
		return nil, s.wrapRead(err)
	}
	return review.Gates(f), nil
}

// Move changes an application's status through the office's gates (review
// .Gates), checked inside the write transaction that records the change, so
// no path can skip them. A refused move returns a *GateError and writes
// nothing. With Override, the gates that block are passed and the reason,
// the actor and the gates go into the log.
func (s *Store) Move(ctx context.Context, m Move) (MoveResult, error) {
	var res MoveResult
	if _, err := review.ParseStatus(string(m.To)); err != nil {
		return res, err
	}
	m.Override = strings.TrimSpace(m.Override)
	if m.Number != "" && !review.CertificationNumberValid(m.Number) {
		return res, fmt.Errorf("certification number %q: want NNNN-YYMM, optionally with a prefix such as \"IoT \" or \"IP\"", m.Number)
	}
	if m.Number != "" && m.To != review.Certified {
		return res, fmt.Errorf("a certification number goes with the status certified")
	}
	items, err := s.gateItems(ctx, m.App)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return res, err
		}
		return res, s.wrapRead(err)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	var from, cert string
	if err := tx.QueryRowContext(ctx, "SELECT status, certification_number FROM applications WHERE id = ?", m.App).Scan(&from, &cert); err != nil {
		if err == sql.ErrNoRows {
			return res, fmt.Errorf("application %d: %w", m.App, ErrNotFound)
		}
		return res, s.wrapWrite(err)
	}
	res.From = review.Status(from)
	if err := authorize(ctx, tx, m.Actor, func(r review.Role) error { return review.MayMove(r, res.From, m.To) }); err != nil {
		return res, err
	}
	if from == string(m.To) && (m.Number == "" || m.Number == cert) {
		return res, nil
	}
	facts, err := factsTx(ctx, tx, m.App, res.From, m.To, m.Actor, items)
	if err != nil {
		return res, s.wrapWrite(err)
	}
	blocks := review.Gates(facts)
	if len(blocks) > 0 && m.Override == "" {
		return res, &GateError{App: m.App, To: m.To, Blocks: blocks}
	}
	payload := map[string]string{"from": from, "to": string(m.To)}
	if len(blocks) > 0 {
		res.Overridden = blocks
		payload["override"] = m.Override
		payload["gates"] = blocks.GateNames()
		payload["blocked"] = blocks.Error()
	}
	if m.Number != "" {
		payload["certification_number"] = m.Number
		if _, err := tx.ExecContext(ctx, "UPDATE applications SET certification_number = ? WHERE id = ?", m.Number, m.App); err != nil {
			return res, s.wrapWrite(err)
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE applications SET status = ? WHERE id = ?", string(m.To), m.App); err != nil {
		return res, s.wrapWrite(err)
	}
	if _, err := appendEvent(ctx, tx, event{Actor: m.Actor, Kind: EvStatus, App: m.App, Payload: payload}); err != nil {
		return res, s.wrapWrite(err)
	}
	return res, s.wrapWrite(tx.Commit())
}

// SignOff records the second check (二次審査) of app's review by actor, who
// must have recorded no finding on any round of it. A finding saved later
// makes it out of date (the committee gate says so).
func (s *Store) SignOff(ctx context.Context, app int64, actor, note string) (review.Signoff, error) {
	if strings.TrimSpace(actor) == "" {
		return review.Signoff{}, errors.New("sign-off: no name (give --reviewer)")
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return review.Signoff{}, err
	}
	defer tx.Rollback()
	var st string
	if err := tx.QueryRowContext(ctx, "SELECT status FROM applications WHERE id = ?", app).Scan(&st); err != nil {
		if err == sql.ErrNoRows {
			return review.Signoff{}, fmt.Errorf("application %d: %w", app, ErrNotFound)
		}
		return review.Signoff{}, s.wrapWrite(err)
	}
	if err := authorize(ctx, tx, actor, func(r review.Role) error { return review.MayAct(r, review.ActSignoff) }); err != nil {
		return review.Signoff{}, err
	}
	reviewers, err := reviewersTx(ctx, tx, app)
	if err != nil {
		return review.Signoff{}, s.wrapWrite(err)
	}
	if bs := review.CanSignOff(actor, review.Status(st), reviewers); len(bs) > 0 {
		return review.Signoff{}, &GateError{App: app, Blocks: bs}
	}
	ev, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvSignoff, App: app, Payload: signoffPayload{Note: note}})
	if err != nil {
		return review.Signoff{}, s.wrapWrite(err)
	}
	if err := tx.Commit(); err != nil {
		return review.Signoff{}, s.wrapWrite(err)
	}
	return review.Signoff{By: actor, Time: ev.Time, Note: note}, nil
}

// Signoff returns app's latest second check, nil when none is recorded.
func (s *Store) Signoff(ctx context.Context, app int64) (*review.Signoff, error) {
	so, err := signoffTx(ctx, s.read, app)
	return so, s.wrapRead(err)
}

// Rows lists the ids of app's disclosure rows as the gates and reports count
// them: its edition's catalog items, else its answers.
func (s *Store) Rows(ctx context.Context, app int64) ([]string, error) {
	return s.gateItems(ctx, app)
}
