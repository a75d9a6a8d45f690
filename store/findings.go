package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"shinsa/review"
)

// AnyRevision, as FindingInput.Base, applies the save's changed fields to
// whatever is stored when the write transaction runs, without a conflict
// check: the CLI's `shinsa finding` uses it, so flags left out keep the
// value read inside the transaction.
const AnyRevision = -1

// Fields says which parts of a finding a save changes.
type Fields uint8

const (
	FieldVerdict Fields = 1 << iota
	FieldNote
	FieldRequest

	// AllFields is a whole-row save. A FindingInput with Changed == 0 means
	// AllFields (the form used when writing a row nobody else edits, such as
	// carrying findings forward into a new application).
	AllFields = FieldVerdict | FieldNote | FieldRequest
)

// String names the fields, as messages use them: "verdict", "note and request".
func (f Fields) String() string {
	var names []string
	for _, x := range []struct {
		f    Fields
		name string
	}{{FieldVerdict, "verdict"}, {FieldNote, "note"}, {FieldRequest, "request"}} {
		if f&x.f != 0 {
			names = append(names, x.name)
		}
	}
	switch len(names) {
	case 0:
		return "nothing"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// FindingInput is one save of a finding.
//
// A save is a field-level merge done inside the write transaction against
// the row as it is then, so no save ever puts back a field someone else
// changed:
//
//   - Changed names the fields this save sets (0: AllFields). Fields not
//     named keep the value stored when the transaction runs.
//   - Base is the revision the caller's edit started from (0: no finding yet),
//     and From the values it had then (nil: the store reads them from the
//     event log). When Base is still current, the changed fields are simply
//     written. When someone saved in between, each changed field is merged
//     three ways: a field the caller did not really change (its value equals
//     From's) keeps the stored value; a field only the caller changed takes
//     the caller's value; a field both changed to different values refuses
//     the whole save with a *ConflictError naming it, and nothing is written.
//   - Base == AnyRevision skips the check: the changed fields are applied to
//     whatever is stored (the CLI, where the user names fields explicitly).
//
// Typical uses:
//
//	// CLI: change only the note, keep the rest as stored now
//	FindingInput{App: a, Item: i, Note: n, Changed: FieldNote, Base: AnyRevision, Reviewer: r}
//	// editor: save what was edited since revision f.Revision
//	FindingInput{App: a, Item: i, Verdict: v, Note: n, Request: q, Changed: FieldNote, Base: f.Revision, From: &f, Reviewer: r}
type FindingInput struct {
	App      int64
	Item     string
	Verdict  review.Verdict // used when Changed has FieldVerdict
	Note     string         // used when Changed has FieldNote
	Request  string         // used when Changed has FieldRequest
	Reviewer string
	Origin   string
	// Changed: the fields this save sets; 0 means AllFields.
	Changed Fields
	// Base is the revision the edit started from: 0 when there was no finding
	// yet, AnyRevision for no check.
	Base int64
	// From is the finding at revision Base, as the editor saw it (optional).
	From *review.Finding
	// Citations: evidence documents this finding rests on, added to those
	// the row cites already (evidence.go); never merged away.
	Citations []Citation
}

// fields is Changed with 0 read as AllFields.
func (in FindingInput) fields() Fields {
	if in.Changed == 0 {
		return AllFields
	}
	return in.Changed & AllFields
}

// ConflictError says a field of a finding was changed by someone else, to
// another value, after the editor started from Base. Current is what is
// stored now; nothing was overwritten.
type ConflictError struct {
	Current review.Finding
	Base    int64
	// Fields are the fields both changed (0 when the base is unknown).
	Fields Fields
}

func (e *ConflictError) Error() string {
	what := "item " + e.Current.Item
	if e.Fields != 0 {
		what += "'s " + e.Fields.String()
	}
	return fmt.Sprintf("%s was saved by %s at %s (revision %d) after you started editing (revision %d); your edit was not saved over it",
		what, e.Current.Reviewer, e.Current.Time.Local().Format("15:04:05"), e.Current.Revision, e.Base)
}

// ErrClosed: the application is decided (certified, rejected, withdrawn).
var ErrClosed = errors.New("application closed")

// ErrConflict matches any *ConflictError with errors.Is.
var ErrConflict = errors.New("finding changed by someone else")

// Is lets errors.Is(err, ErrConflict) match.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

type findingPayload struct {
	Verdict  string `json:"verdict"`
	Note     string `json:"note"`
	Request  string `json:"request"`
	Revision int64  `json:"revision"`
	Origin   string `json:"origin,omitempty"`
	// Changed lists the fields this save set ("verdict", "note", "request");
	// the others were kept as stored. Absent in logs written before this
	// field existed (those saves set every field).
	Changed []string `json:"changed"`
}

// SaveFinding records a finding and its event in one transaction and returns
// the stored finding (with its new revision). See FindingInput for the merge.
func (s *Store) SaveFinding(ctx context.Context, in FindingInput) (review.Finding, error) {
	fs, err := s.SaveFindings(ctx, []FindingInput{in})
	if err != nil {
		return review.Finding{}, err
	}
	return fs[0], nil
}

// SaveFindings records several findings in one transaction: all or none.
// Each is merged as FindingInput says.
func (s *Store) SaveFindings(ctx context.Context, ins []FindingInput) ([]review.Finding, error) {
	for _, in := range ins {
		if in.fields()&FieldVerdict != 0 && !in.Verdict.Valid() {
			return nil, fmt.Errorf("item %s: unknown verdict %q", in.Item, in.Verdict)
		}
		if strings.TrimSpace(in.Reviewer) == "" {
			return nil, fmt.Errorf("item %s: no reviewer name", in.Item)
		}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	authorized := map[string]bool{}
	for _, in := range ins {
		if authorized[in.Reviewer] {
			continue
		}
		authorized[in.Reviewer] = true
		if err := authorize(ctx, tx, in.Reviewer, func(r review.Role) error { return review.MayAct(r, review.ActFinding) }); err != nil {
			return nil, err
		}
	}
	out := make([]review.Finding, 0, len(ins))
	checkedApps := map[int64]bool{}
	for _, in := range ins {
		if !checkedApps[in.App] {
			var st string
			if err := tx.QueryRowContext(ctx, "SELECT status FROM applications WHERE id = ?", in.App).Scan(&st); err != nil {
				if err == sql.ErrNoRows {
					return nil, fmt.Errorf("application %d: %w", in.App, ErrNotFound)
				}
				return nil, s.wrapWrite(err)
			}
			switch review.Status(st) {
			case review.Certified, review.Rejected, review.Withdrawn:
				// A decided application's findings are the record of the
				// decision.
				return nil, fmt.Errorf("application %d is %s: its findings are closed (reopen it with 'shinsa status CASEFILE %d in-review'): %w", in.App, st, in.App, ErrClosed)
			}
			checkedApps[in.App] = true
		}
		cur, err := findingTx(ctx, tx, in.App, in.Item)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return nil, s.wrapWrite(err)
		}
		f, changed, err := merge(ctx, tx, in, cur)
		if err != nil {
			return nil, s.wrapWrite(err)
		}
		f.Reviewer, f.Revision, f.Origin = in.Reviewer, cur.Revision+1, in.Origin
		ev, err := appendEvent(ctx, tx, event{Actor: in.Reviewer, Kind: EvFinding, App: in.App, Item: in.Item,
			Payload: findingPayload{Verdict: string(f.Verdict), Note: f.Note, Request: f.Request, Revision: f.Revision, Origin: f.Origin,
				Changed: fieldNames(changed)}})
		if err != nil {
			return nil, s.wrapWrite(err)
		}
		f.Time = ev.Time
		if _, err := tx.ExecContext(ctx, `INSERT INTO findings(app, item, verdict, note, request, reviewer, time, revision, origin, event)
			VALUES (?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT(app, item) DO UPDATE SET verdict=excluded.verdict, note=excluded.note, request=excluded.request,
				reviewer=excluded.reviewer, time=excluded.time, revision=excluded.revision, origin=excluded.origin, event=excluded.event`,
			f.App, f.Item, string(f.Verdict), f.Note, f.Request, f.Reviewer, formatTime(f.Time), f.Revision, f.Origin, ev.Seq); err != nil {
			return nil, s.wrapWrite(err)
		}
		if len(in.Citations) > 0 {
			if _, err := citeTx(ctx, tx, in.App, in.Item, in.Reviewer, ev.Seq, in.Citations); err != nil {
				return nil, s.wrapWrite(err)
			}
		}
		out = append(out, f)
	}
	// The first save on an application moves it into review.
	for app := range checkedApps {
		if err := promote(ctx, tx, app, ins[0].Reviewer); err != nil {
			return nil, s.wrapWrite(err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, s.wrapWrite(err)
	}
	return out, nil
}

func fieldNames(f Fields) []string {
	out := []string{}
	if f&FieldVerdict != 0 {
		out = append(out, "verdict")
	}
	if f&FieldNote != 0 {
		out = append(out, "note")
	}
	if f&FieldRequest != 0 {
		out = append(out, "request")
	}
	return out
}

// merge applies a save to the finding stored now (cur, read inside the
// write transaction) and returns the finding to store and the fields it
// set. See FindingInput.
func merge(ctx context.Context, tx *sql.Tx, in FindingInput, cur review.Finding) (review.Finding, Fields, error) {
	want := in.fields()
	mine := review.Finding{Verdict: in.Verdict, Note: in.Note, Request: in.Request}
	f := review.Finding{App: in.App, Item: in.Item, Verdict: cur.Verdict, Note: cur.Note, Request: cur.Request}
	if f.Verdict == "" {
		f.Verdict = review.Unreviewed
	}
	set := func(which Fields) {
		switch which {
		case FieldVerdict:
			f.Verdict = mine.Verdict
		case FieldNote:
			f.Note = mine.Note
		case FieldRequest:
			f.Request = mine.Request
		}
	}
	if in.Base == AnyRevision || in.Base == cur.Revision {
		for _, x := range []Fields{FieldVerdict, FieldNote, FieldRequest} {
			if want&x != 0 {
				set(x)
			}
		}
		return f, want, nil
	}
	// Someone saved since the caller's base: merge three ways.
	base, known, err := baseFinding(ctx, tx, in)
	if err != nil {
		return f, 0, err
	}
	if !known {
		return f, 0, &ConflictError{Current: cur, Base: in.Base}
	}
	get := func(g review.Finding, x Fields) string {
		switch x {
		case FieldVerdict:
			if g.Verdict == "" {
				return string(review.Unreviewed)
			}
			return string(g.Verdict)
		case FieldNote:
			return g.Note
		}
		return g.Request
	}
	var set2, clash Fields
	for _, x := range []Fields{FieldVerdict, FieldNote, FieldRequest} {
		if want&x == 0 {
			continue
		}
		m, b, t := get(mine, x), get(base, x), get(cur, x)
		switch {
		case m == b, m == t:
			// Not changed by the caller, or both made the same change.
		case t == b:
			set(x)
			set2 |= x
		default:
			clash |= x
		}
	}
	if clash != 0 {
		return f, 0, &ConflictError{Current: cur, Base: in.Base, Fields: clash}
	}
	return f, set2, nil
}

// baseFinding is the finding at the caller's base revision: From when given,
// else the one the event log recorded at that revision. known is false when
// neither says.
func baseFinding(ctx context.Context, tx *sql.Tx, in FindingInput) (review.Finding, bool, error) {
	if in.From != nil {
		return *in.From, true, nil
	}
	if in.Base == 0 {
		return review.Finding{Verdict: review.Unreviewed}, true, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT payload FROM events WHERE kind = ? AND app = ? AND item = ? ORDER BY seq DESC",
		EvFinding, in.App, in.Item)
	if err != nil {
		return review.Finding{}, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return review.Finding{}, false, err
		}
		var p findingPayload
		if json.Unmarshal([]byte(raw), &p) != nil {
			continue
		}
		if p.Revision == in.Base {
			return review.Finding{Verdict: review.Verdict(p.Verdict), Note: p.Note, Request: p.Request, Revision: p.Revision}, true, nil
		}
		if p.Revision < in.Base {
			break
		}
	}
	return review.Finding{}, false, rows.Err()
}

func promote(ctx context.Context, tx *sql.Tx, app int64, actor string) error {
	var st string
	if err := tx.QueryRowContext(ctx, "SELECT status FROM applications WHERE id = ?", app).Scan(&st); err != nil {
		return err
	}
	if st != string(review.Received) {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "UPDATE applications SET status = ? WHERE id = ?", string(review.InReview), app); err != nil {
		return err
	}
	_, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvStatus, App: app, Payload: map[string]string{"from": st, "to": string(review.InReview)}})
	return err
}

const findingSelect = "SELECT app, item, verdict, note, request, reviewer, time, revision, origin FROM findings"

func scanFinding(r rowScanner) (review.Finding, error) {
	var f review.Finding
	var v, tm string
	if err := r.Scan(&f.App, &f.Item, &v, &f.Note, &f.Request, &f.Reviewer, &tm, &f.Revision, &f.Origin); err != nil {
		return f, err
	}
	f.Verdict = review.Verdict(v)
	f.Time = parseTime(tm)
	return f, nil
}

func findingTx(ctx context.Context, q querier, app int64, item string) (review.Finding, error) {
	f, err := scanFinding(q.QueryRowContext(ctx, findingSelect+" WHERE app = ? AND item = ?", app, item))
	if err == sql.ErrNoRows {
		return review.Finding{App: app, Item: item, Verdict: review.Unreviewed}, fmt.Errorf("finding %d/%s: %w", app, item, ErrNotFound)
	}
	return f, err
}

// Finding returns the current finding of a row; a row never judged gives an
// unreviewed finding with revision 0 and no error.
func (s *Store) Finding(ctx context.Context, app int64, item string) (review.Finding, error) {
	f, err := findingTx(ctx, s.read, app, item)
	if errors.Is(err, ErrNotFound) {
		return f, nil
	}
	return f, err
}

// Findings returns an application's findings by item id.
func (s *Store) Findings(ctx context.Context, app int64) (map[string]review.Finding, error) {
	rows, err := s.read.QueryContext(ctx, findingSelect+" WHERE app = ?", app)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]review.Finding{}
	for rows.Next() {
		f, err := scanFinding(rows)
		if err != nil {
			return nil, err
		}
		out[f.Item] = f
	}
	return out, rows.Err()
}

// FindingsSince returns the findings of an application saved after the given
// time: what another instance changed since we last looked.
func (s *Store) FindingsSince(ctx context.Context, app int64, since time.Time) ([]review.Finding, error) {
	rows, err := s.read.QueryContext(ctx, findingSelect+" WHERE app = ? AND time > ? ORDER BY time", app, formatTime(since))
	if err != nil {
		return nil, s.wrapRead(err)
	}
	defer rows.Close()
	var out []review.Finding
	for rows.Next() {
		f, err := scanFinding(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// WriteError is a failed write, said in a reviewer's words: the disk is full,
// the file is read-only, or it is gone. Nothing of the write was kept.
type WriteError struct {
	Path  string
	Cause string
	Err   error
}

func (e *WriteError) Error() string {
	return fmt.Sprintf("%s: not saved: %s", e.Path, e.Cause)
}
func (e *WriteError) Unwrap() error { return e.Err }

// wrapWrite turns SQLite's write failures into WriteErrors with a cause a
// person can act on; other errors pass through. SQLite's codes say little
// (a read-only file and a removed one both surface as I/O errors), so the
// file itself is examined.
func (s *Store) wrapWrite(err error) error {
	if err == nil {
		return nil
	}
	var we *WriteError
	var ce *ConflictError
	if errors.As(err, &we) || errors.As(err, &ce) {
		return err
	}
	msg := err.Error()
	has := func(subs ...string) bool {
		for _, sub := range subs {
			if strings.Contains(msg, sub) {
				return true
			}
		}
		return false
	}
	switch {
	case has("SQLITE_BUSY", "database is locked"):
		return &WriteError{Path: s.path, Cause: "another program held the case file locked for too long; try again", Err: err}
	case has("SQLITE_FULL", "database or disk is full", "no space left"):
		return &WriteError{Path: s.path, Cause: "the disk is full; free some space and the edit can be saved again", Err: err}
	case has("SQLITE_READONLY", "readonly database", "read-only", "SQLITE_IOERR", "disk I/O error", "SQLITE_CANTOPEN", "unable to open", "permission denied", "operation not permitted"):
		return &WriteError{Path: s.path, Cause: s.diagnose(), Err: err}
	}
	return err
}

// diagnose looks at the case file to say why a write failed.
func (s *Store) diagnose() string {
	if cause := s.fileGone(); cause != "" {
		return cause
	}
	for _, p := range []string{s.path, s.path + "-wal"} {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			return "the case file is read-only (" + unwrapPathErr(err).Error() + "); make it writable and the edit can be saved again"
		}
		f.Close()
	}
	if free, ok := freeBytes(filepath.Dir(s.path)); ok && free < 1<<20 {
		return "the disk is full; free some space and the edit can be saved again"
	}
	return "the disk reported an I/O error"
}

// fileGone reports, in words, that the case file at the path is no longer
// the one we opened: removed, or replaced by another file. SQLite would
// otherwise keep writing into the unlinked file, and the work would vanish
// when the program closes.
func (s *Store) fileGone() string {
	st, err := os.Stat(s.path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "the case file was moved or removed while open; nothing more can be saved into it (restore it, or open its backup)"
		}
		return "the case file cannot be read: " + unwrapPathErr(err).Error()
	}
	if s.ident != nil && !os.SameFile(s.ident, st) {
		return "another file has replaced the case file while it was open; nothing more can be saved into it"
	}
	return ""
}

// onNetwork says why a case file on a network share is not written.
func onNetwork(fs string) string {
	return "the case file is on " + fs + ", a network file system: SQLite's WAL mode is not safe there and saves from two machines could corrupt it; keep it on one machine's own disk and share it with 'shinsa serve'"
}

// beginWrite starts a write transaction, first making sure the path still
// names the file we opened.
func (s *Store) beginWrite(ctx context.Context) (*sql.Tx, error) {
	if s.netfs != "" {
		return nil, &WriteError{Path: s.path, Cause: onNetwork(s.netfs)}
	}
	if s.readOnly != "" {
		return nil, &WriteError{Path: s.path, Cause: s.readOnly + "; it was opened read-only"}
	}
	if cause := s.writeRefused(ctx); cause != "" {
		return nil, &WriteError{Path: s.path, Cause: cause}
	}
	if cause := s.fileGone(); cause != "" {
		return nil, &WriteError{Path: s.path, Cause: cause}
	}
	if err := s.checkBeforeWrite(ctx); err != nil {
		return nil, err
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.wrapWrite(err)
	}
	return tx, nil
}

// ReadError is a failed read, said in words: SQLite reports a removed or
// unwritable case file as a bare I/O error.
type ReadError struct {
	Path  string
	Cause string
	Err   error
}

func (e *ReadError) Error() string { return fmt.Sprintf("%s: cannot read: %s", e.Path, e.Cause) }
func (e *ReadError) Unwrap() error { return e.Err }

// wrapRead explains the read failures a person can act on; others pass.
func (s *Store) wrapRead(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if strings.Contains(msg, "malformed") || strings.Contains(msg, "SQLITE_CORRUPT") || strings.Contains(msg, "SQLITE_NOTADB") ||
		strings.Contains(msg, "not a database") {
		// Reading verbs run no quick_check (see QuickCheckLimit): a damaged
		// page is found when it is read, and said the same way.
		return fmt.Errorf("%s: %w: %v (restore it from a backup)", s.path, ErrDamaged, err)
	}
	if !strings.Contains(msg, "I/O error") && !strings.Contains(msg, "SQLITE_IOERR") && !strings.Contains(msg, "unable to open") &&
		!strings.Contains(msg, "readonly") && !strings.Contains(msg, "SQLITE_CANTOPEN") {
		return err
	}
	if cause := s.fileGone(); cause != "" {
		return &ReadError{Path: s.path, Cause: cause, Err: err}
	}
	if f, e := os.OpenFile(s.path+"-shm", os.O_WRONLY, 0); e != nil && !errors.Is(e, os.ErrNotExist) {
		return &ReadError{Path: s.path, Cause: "the case file's files cannot be written (" + unwrapPathErr(e).Error() +
			"), and SQLite must write its shared-memory file even to read in WAL mode: make them writable", Err: err}
	} else if e == nil {
		f.Close()
	}
	return &ReadError{Path: s.path, Cause: "the disk reported an I/O error", Err: err}
}
