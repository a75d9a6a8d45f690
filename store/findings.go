package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"shinsa/review"
)

// AnyRevision, as FindingInput.Base, saves whatever the current revision is
// (the CLI's read-modify-write happens inside one transaction).
const AnyRevision = -1

// FindingInput is one save of a finding.
type FindingInput struct {
	App      int64
	Item     string
	Verdict  review.Verdict
	Note     string
	Request  string
	Reviewer string
	Origin   string
	// Base is the revision the edit started from: 0 when there was no finding
	// yet. If the stored revision differs, someone else saved in between and
	// the save is refused with a *ConflictError.
	Base int64
}

// ConflictError says a finding changed under the editor. Current is what is
// stored now; nothing was overwritten.
type ConflictError struct {
	Current review.Finding
	Base    int64
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("item %s was saved by %s at %s (revision %d) after you started editing (revision %d); your edit was not saved over it",
		e.Current.Item, e.Current.Reviewer, e.Current.Time.Local().Format("15:04:05"), e.Current.Revision, e.Base)
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
}

// SaveFinding records a finding and its event in one transaction and returns
// the stored finding (with its new revision).
func (s *Store) SaveFinding(ctx context.Context, in FindingInput) (review.Finding, error) {
	fs, err := s.SaveFindings(ctx, []FindingInput{in})
	if err != nil {
		return review.Finding{}, err
	}
	return fs[0], nil
}

// SaveFindings records several findings in one transaction: all or none.
func (s *Store) SaveFindings(ctx context.Context, ins []FindingInput) ([]review.Finding, error) {
	for _, in := range ins {
		if !in.Verdict.Valid() {
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
		if in.Base != AnyRevision && cur.Revision != in.Base {
			return nil, &ConflictError{Current: cur, Base: in.Base}
		}
		f := review.Finding{App: in.App, Item: in.Item, Verdict: in.Verdict, Note: in.Note, Request: in.Request,
			Reviewer: in.Reviewer, Revision: cur.Revision + 1, Origin: in.Origin}
		ev, err := appendEvent(ctx, tx, event{Actor: in.Reviewer, Kind: EvFinding, App: in.App, Item: in.Item,
			Payload: findingPayload{Verdict: string(f.Verdict), Note: f.Note, Request: f.Request, Revision: f.Revision, Origin: f.Origin}})
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

// beginWrite starts a write transaction, first making sure the path still
// names the file we opened.
func (s *Store) beginWrite(ctx context.Context) (*sql.Tx, error) {
	if cause := s.fileGone(); cause != "" {
		return nil, &WriteError{Path: s.path, Cause: cause}
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
