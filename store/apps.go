package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"shinsa/criteria"
	"shinsa/review"
)

// ImportOptions say how a submission joins the case file.
type ImportOptions struct {
	Actor        string
	RenewalOf    int64  // the last certified application this renews or changes
	RoundOf      int64  // an application whose next correction round this is
	SourceName   string // file name as given
	SourceSHA256 string // hash of the file's bytes
}

// header is the part of an application row the import event vouches for.
type appHeader struct {
	Scheme              string `json:"scheme"`
	Edition             string `json:"edition"`
	Kind                string `json:"kind"`
	Applicant           string `json:"applicant"`
	CorporateNumber     string `json:"corporate_number"`
	Service             string `json:"service"`
	CertificationNumber string `json:"certification_number"`
	DisclosureDate      string `json:"disclosure_date"`
	Submitted           string `json:"submitted"`
	Predecessor         int64  `json:"predecessor"`
	RoundOf             int64  `json:"round_of"`
	Round               int    `json:"round"`
	Source              string `json:"source"`
	SourceSHA256        string `json:"source_sha256"`
	Cover               string `json:"cover"`
	Created             string `json:"created"`
}

type importPayload struct {
	Header        appHeader `json:"application"`
	Answers       int       `json:"answers"`
	AnswersSHA256 string    `json:"answers_sha256"`
}

// answersDigest hashes answers in order, each field length-prefixed.
func answersDigest(answers []review.Answer) string {
	h := sha256.New()
	var n [8]byte
	field := func(s string) {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	for _, a := range answers {
		ev, _ := json.Marshal(nonNil(a.Evidence))
		field(a.Item)
		field(a.Text)
		field(a.Note)
		field(string(ev))
		field(a.Provenance)
		if a.Reply != "" { // absent from files written before replies were kept
			field("reply")
			field(a.Reply)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Import stores a submission as a new application in one transaction and
// returns its id. On any error nothing is written.
func (s *Store) Import(ctx context.Context, sub *review.Submission, opt ImportOptions) (int64, error) {
	if sub == nil {
		return 0, errors.New("import: no submission")
	}
	app := sub.App
	if app.Kind == "" {
		app.Kind = review.New
	}
	if _, err := review.ParseKind(string(app.Kind)); err != nil {
		return 0, err
	}
	seen := make(map[string]bool, len(sub.Answers))
	for i, a := range sub.Answers {
		if a.Item == "" {
			return 0, fmt.Errorf("answer %d has no item id", i+1)
		}
		if seen[a.Item] {
			return 0, fmt.Errorf("item %s appears twice", a.Item)
		}
		seen[a.Item] = true
	}
	cover, _ := json.Marshal(sub.Cover)
	if sub.Cover == nil {
		cover = []byte("{}")
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if err := authorize(ctx, tx, opt.Actor, func(r review.Role) error { return review.MayAct(r, review.ActImport) }); err != nil {
		return 0, err
	}

	h := appHeader{
		Scheme: app.Scheme, Edition: app.Edition, Kind: string(app.Kind),
		Applicant: app.Applicant, CorporateNumber: app.CorporateNumber, Service: app.Service,
		CertificationNumber: app.CertificationNumber,
		DisclosureDate:      app.DisclosureDate.String(), Submitted: app.Submitted.String(),
		Round: 1, Source: opt.SourceName, SourceSHA256: opt.SourceSHA256, Cover: string(cover),
		Created: formatTime(time.Now()),
	}
	if opt.RoundOf != 0 {
		first, round, err := roundBase(ctx, tx, opt.RoundOf)
		if err != nil {
			return 0, err
		}
		prev, err := scanApp(tx.QueryRowContext(ctx, appSelect+" WHERE id = ?", first))
		if err != nil {
			return 0, err
		}
		if prev.Scheme != app.Scheme {
			return 0, fmt.Errorf("--round-of %d: that application is of scheme %s, this submission of %s", opt.RoundOf, prev.Scheme, app.Scheme)
		}
		// A round corrects the same application: a workbook that says it is
		// another kind, or names another certification, is the wrong file.
		if prev.Kind != app.Kind {
			return 0, fmt.Errorf("--round-of %d: that application is %s (%s), this submission says %s (%s): is it the right file?", opt.RoundOf, prev.Kind, prev.Kind.Japanese(), app.Kind, app.Kind.Japanese())
		}
		if prev.CertificationNumber != "" && app.CertificationNumber != "" && prev.CertificationNumber != app.CertificationNumber {
			return 0, fmt.Errorf("--round-of %d: that application has certification number %s, this submission %s", opt.RoundOf, prev.CertificationNumber, app.CertificationNumber)
		}
		h.RoundOf, h.Round, h.Predecessor = first, round+1, prev.Predecessor
	}
	if opt.RenewalOf != 0 {
		prev, err := scanApp(tx.QueryRowContext(ctx, appSelect+" WHERE id = ?", opt.RenewalOf))
		if err != nil {
			return 0, fmt.Errorf("--renewal-of %d: %w", opt.RenewalOf, err)
		}
		if prev.Scheme != app.Scheme {
			return 0, fmt.Errorf("--renewal-of %d: that application is of scheme %s, this submission of %s", opt.RenewalOf, prev.Scheme, app.Scheme)
		}
		if prev.Status != review.Certified {
			return 0, fmt.Errorf("--renewal-of %d: that application is %s, not certified; a renewal follows a certified application (record it with 'shinsa status CASEFILE %d certified --number NNNN-YYMM')", opt.RenewalOf, prev.Status, opt.RenewalOf)
		}
		if prev.CertificationNumber != "" && app.CertificationNumber != "" && prev.CertificationNumber != app.CertificationNumber {
			return 0, fmt.Errorf("--renewal-of %d: that application was certified as %s, this submission names %s", opt.RenewalOf, prev.CertificationNumber, app.CertificationNumber)
		}
		h.Predecessor = opt.RenewalOf
	} else if h.Predecessor == 0 && app.Kind != review.New && app.CertificationNumber != "" {
		// A renewal or change notice links to the last certified application
		// of the same service: same scheme and certification number.
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM applications
			WHERE scheme = ? AND certification_number = ? AND status = 'certified'
			ORDER BY disclosure_date DESC, id DESC LIMIT 1`, app.Scheme, app.CertificationNumber).Scan(&id)
		if err == nil {
			h.Predecessor = id
		} else if err != sql.ErrNoRows {
			return 0, err
		}
	}

	res, err := tx.ExecContext(ctx, `INSERT INTO applications(scheme, edition, kind, applicant, corporate_number, service,
		certification_number, disclosure_date, submitted, status, predecessor, round_of, round, source, source_sha256, cover, created)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		h.Scheme, h.Edition, h.Kind, h.Applicant, h.CorporateNumber, h.Service, h.CertificationNumber,
		h.DisclosureDate, h.Submitted, string(review.Received), nullID(h.Predecessor), nullID(h.RoundOf), h.Round,
		h.Source, h.SourceSHA256, h.Cover, h.Created)
	if err != nil {
		return 0, s.wrapWrite(err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := insertAnswers(ctx, tx, id, sub.Answers); err != nil {
		return 0, s.wrapWrite(err)
	}
	if h.RoundOf != 0 {
		on := app.Submitted
		if on.IsZero() {
			on = review.DateOf(time.Now())
		}
		if err := markReplied(ctx, tx, h.RoundOf, id, on); err != nil {
			return 0, s.wrapWrite(err)
		}
	}
	p := importPayload{Header: h, Answers: len(sub.Answers), AnswersSHA256: answersDigest(sub.Answers)}
	if _, err := appendEvent(ctx, tx, event{Actor: opt.Actor, Kind: EvImported, App: id, Payload: p}); err != nil {
		return 0, s.wrapWrite(err)
	}
	if err := tx.Commit(); err != nil {
		return 0, s.wrapWrite(err)
	}
	return id, nil
}

// roundBase finds the first round of the review that app belongs to and the
// highest round number so far.
func roundBase(ctx context.Context, q querier, app int64) (first int64, maxRound int, err error) {
	var roundOf sql.NullInt64
	if err := q.QueryRowContext(ctx, "SELECT round_of FROM applications WHERE id = ?", app).Scan(&roundOf); err != nil {
		if err == sql.ErrNoRows {
			return 0, 0, fmt.Errorf("--round-of %d: no such application", app)
		}
		return 0, 0, err
	}
	first = app
	if roundOf.Valid {
		first = roundOf.Int64
	}
	err = q.QueryRowContext(ctx, "SELECT max(round) FROM applications WHERE id = ? OR round_of = ?", first, first).Scan(&maxRound)
	return first, maxRound, err
}

func nullID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }

const appSelect = `SELECT id, scheme, edition, kind, applicant, corporate_number, service, certification_number,
	disclosure_date, submitted, status, predecessor, round_of, round, source, created FROM applications`

type rowScanner interface{ Scan(dest ...any) error }

func scanApp(r rowScanner) (review.Application, error) {
	var a review.Application
	var kind, dd, sub, status, created string
	var pred, roundOf sql.NullInt64
	err := r.Scan(&a.ID, &a.Scheme, &a.Edition, &kind, &a.Applicant, &a.CorporateNumber, &a.Service,
		&a.CertificationNumber, &dd, &sub, &status, &pred, &roundOf, &a.Round, &a.Source, &created)
	if err == sql.ErrNoRows {
		return a, fmt.Errorf("no such application: %w", ErrNotFound)
	}
	if err != nil {
		return a, err
	}
	a.Kind = review.Kind(kind)
	a.Status = review.Status(status)
	a.DisclosureDate, _ = review.ParseISODate(dd)
	a.Submitted, _ = review.ParseISODate(sub)
	a.Predecessor = pred.Int64
	a.RoundOf = roundOf.Int64
	a.Created = parseTime(created)
	return a, nil
}

// Application returns one application.
func (s *Store) Application(ctx context.Context, id int64) (review.Application, error) {
	st, err := s.applicationStmt(ctx)
	if err != nil {
		return review.Application{}, s.wrapRead(err)
	}
	a, err := scanApp(st.QueryRowContext(ctx, id))
	if errors.Is(err, ErrNotFound) {
		return a, fmt.Errorf("application %d: %w", id, ErrNotFound)
	}
	return a, err
}

// applicationStmt is Application's query, prepared once per Store: a verb
// reads one application several times (the one named, its baseline, the
// chain of earlier rounds), and preparing (parsing the SQL) was most of the
// cost of each.
func (s *Store) applicationStmt(ctx context.Context) (*sql.Stmt, error) {
	s.appMu.Lock()
	defer s.appMu.Unlock()
	if s.appStmt == nil {
		st, err := s.read.PrepareContext(ctx, appSelect+" WHERE id = ?")
		if err != nil {
			return nil, err
		}
		s.appStmt = st
	}
	return s.appStmt, nil
}

// Applications lists every application, oldest first.
func (s *Store) Applications(ctx context.Context) ([]review.Application, error) {
	return s.queryApps(ctx, appSelect+" ORDER BY id")
}

// queryApps runs an appSelect query and scans every application it yields.
func (s *Store) queryApps(ctx context.Context, q string, args ...any) ([]review.Application, error) {
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []review.Application
	for rows.Next() {
		a, err := scanApp(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// SameCorporation lists the applications whose 法人番号 is the given one,
// oldest first: the other applications of one company, whose shared facts
// (資本金, 代表者, …) the checks compare. An empty number matches nothing.
func (s *Store) SameCorporation(ctx context.Context, corporateNumber string) ([]review.Application, error) {
	if corporateNumber == "" {
		return nil, nil
	}
	return s.queryApps(ctx, appSelect+" WHERE corporate_number = ? ORDER BY id", corporateNumber)
}

// Related reads the other applications of app's 法人番号 with their answers
// and catalogs, for review.CheckWith's cross-application rule. An
// application whose edition reg lacks is left out.
func (s *Store) Related(ctx context.Context, reg *criteria.Registry, app review.Application) ([]review.Related, error) {
	apps, err := s.SameCorporation(ctx, app.CorporateNumber)
	if err != nil {
		return nil, err
	}
	var out []review.Related
	for _, o := range apps {
		if o.ID == app.ID {
			continue
		}
		cat, err := reg.Catalog(o.Scheme, o.Edition)
		if err != nil {
			continue
		}
		answers, err := s.Answers(ctx, o.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, review.Related{App: o, Answers: answers, Catalog: cat})
	}
	return out, nil
}

// Summary is an application with its counts, for the case list.
type Summary struct {
	App      review.Application
	Answers  int
	Verdicts map[review.Verdict]int // recorded findings by verdict (unreviewed included when saved so)
	Reviewed int                    // findings whose verdict is not unreviewed
	// Next is the next date that matters: the reply deadline of the open
	// letter while in review (NextWhat "reply"), the expiry once certified
	// ("expiry"); zero when there is none.
	Next     review.Date
	NextWhat string
	Overdue  bool // the reply deadline has passed (on the day Summaries ran)
}

// Summaries lists every application with answer and verdict counts, read
// from the counts the schema's triggers keep.
func (s *Store) Summaries(ctx context.Context) ([]Summary, error) {
	return s.SummariesOn(ctx, review.DateOf(time.Now()))
}

// SummariesOn is Summaries with overdue reckoned on the day today.
func (s *Store) SummariesOn(ctx context.Context, today review.Date) ([]Summary, error) {
	apps, err := s.Applications(ctx)
	if err != nil {
		return nil, s.wrapRead(err)
	}
	idx := make(map[int64]int, len(apps))
	out := make([]Summary, len(apps))
	for i, a := range apps {
		idx[a.ID] = i
		out[i] = Summary{App: a, Verdicts: map[review.Verdict]int{}}
	}
	rows, err := s.read.QueryContext(ctx, "SELECT app, what, n FROM app_counts")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var app int64
		var what string
		var n int
		if err := rows.Scan(&app, &what, &n); err != nil {
			return nil, err
		}
		i, ok := idx[app]
		if !ok {
			continue
		}
		if what == "#answers" {
			out[i].Answers = n
			continue
		}
		out[i].Verdicts[review.Verdict(what)] = n
		if review.Verdict(what) != review.Unreviewed {
			out[i].Reviewed += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.nextDates(ctx, out, idx, today)
}

// nextDates fills each summary's next date: an open letter's reply deadline
// while the application is under review, its expiry once certified.
func (s *Store) nextDates(ctx context.Context, out []Summary, idx map[int64]int, today review.Date) error {
	for i := range out {
		if a := out[i].App; a.Status == review.Certified && !a.DisclosureDate.IsZero() {
			out[i].Next, out[i].NextWhat = a.Expires(), "expiry"
		}
	}
	rows, err := s.read.QueryContext(ctx, "SELECT app, min(reply_by) FROM letters WHERE replied = '' AND reply_by <> '' GROUP BY app")
	if err != nil {
		return s.wrapRead(err)
	}
	defer rows.Close()
	for rows.Next() {
		var app int64
		var by string
		if err := rows.Scan(&app, &by); err != nil {
			return err
		}
		i, ok := idx[app]
		if !ok {
			continue
		}
		switch out[i].App.Status {
		case review.Certified, review.Rejected, review.Withdrawn:
			continue
		}
		d, err := review.ParseISODate(by)
		if err != nil {
			continue
		}
		out[i].Next, out[i].NextWhat, out[i].Overdue = d, "reply", d.Before(today)
	}
	return rows.Err()
}

// Answers returns an application's answers in submission order.
func (s *Store) Answers(ctx context.Context, app int64) ([]review.Answer, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT item, text, note, evidence, provenance, reply FROM answers WHERE app = ? ORDER BY seq", app)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []review.Answer
	for rows.Next() {
		var a review.Answer
		var ev string
		if err := rows.Scan(&a.Item, &a.Text, &a.Note, &ev, &a.Provenance, &a.Reply); err != nil {
			return nil, err
		}
		if ev != "[]" { // most rows have none: nothing to parse
			if err := json.Unmarshal([]byte(ev), &a.Evidence); err != nil {
				return nil, fmt.Errorf("application %d item %s: evidence: %w", app, a.Item, err)
			}
		}
		if len(a.Evidence) == 0 {
			a.Evidence = nil
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Cover returns where each cover field of an application was read.
func (s *Store) Cover(ctx context.Context, app int64) (map[string]string, error) {
	var c string
	if err := s.read.QueryRowContext(ctx, "SELECT cover FROM applications WHERE id = ?", app).Scan(&c); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("application %d: %w", app, ErrNotFound)
		}
		return nil, err
	}
	m := map[string]string{}
	err := json.Unmarshal([]byte(c), &m)
	return m, err
}

// SetStatus moves an application along its life cycle and logs it, through
// the office's gates (see Move).
func (s *Store) SetStatus(ctx context.Context, app int64, st review.Status, actor string) error {
	_, err := s.Move(ctx, Move{App: app, To: st, Actor: actor})
	return err
}

// Certify records the committee's decision: the application is certified
// under the given certification number (NNNN-YYMM, as the body issues it;
// a renewal keeps its number). Renewals and change notices imported later
// with that number link to this application. The gates to certified apply
// (see Move).
func (s *Store) Certify(ctx context.Context, app int64, number, actor string) error {
	if !review.CertificationNumberValid(number) {
		return fmt.Errorf("certification number %q: want NNNN-YYMM, optionally with a prefix such as \"IoT \" or \"IP\"", number)
	}
	_, err := s.Move(ctx, Move{App: app, To: review.Certified, Number: number, Actor: actor})
	return err
}

// Link sets the predecessor of an application (the certified one it renews).
func (s *Store) Link(ctx context.Context, app, predecessor int64, actor string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := authorize(ctx, tx, actor, func(r review.Role) error { return review.MayAct(r, review.ActLink) }); err != nil {
		return err
	}
	a, err := scanApp(tx.QueryRowContext(ctx, appSelect+" WHERE id = ?", app))
	if err != nil {
		return fmt.Errorf("application %d: %w", app, err)
	}
	if predecessor != 0 {
		p, err := scanApp(tx.QueryRowContext(ctx, appSelect+" WHERE id = ?", predecessor))
		if err != nil {
			return fmt.Errorf("application %d: %w", predecessor, err)
		}
		if p.Scheme != a.Scheme {
			return fmt.Errorf("application %d is of scheme %s, %d of %s", predecessor, p.Scheme, app, a.Scheme)
		}
		if predecessor == app {
			return fmt.Errorf("application %d cannot renew itself", app)
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE applications SET predecessor = ? WHERE id = ?", nullID(predecessor), app); err != nil {
		return s.wrapWrite(err)
	}
	if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvLinked, App: app, Payload: map[string]int64{"from": a.Predecessor, "to": predecessor}}); err != nil {
		return s.wrapWrite(err)
	}
	return s.wrapWrite(tx.Commit())
}

// Rounds lists every round of the review app belongs to, first round first.
func (s *Store) Rounds(ctx context.Context, app int64) ([]review.Application, error) {
	first, _, err := roundBase(ctx, s.read, app)
	if err != nil {
		return nil, err
	}
	return s.queryApps(ctx, appSelect+" WHERE id = ? OR round_of = ? ORDER BY round", first, first)
}

// insertAnswers stores an application's answers and their search index in
// a few statements of answerBatch rows each. Row by row, every INSERT would
// be its own statement with its own savepoint, and FTS5 writes its pending
// index to disk at each savepoint: 10,000 answers made 10,000 small index
// segments to merge. A statement of many rows lets FTS5 gather their terms
// and write them once. The rows are bound as parameters: passing them as one
// JSON array for json_each cost a fifth more of a 10,000-row import
// (encoding it, then SQLite parsing and extracting every field).
func insertAnswers(ctx context.Context, tx *sql.Tx, app int64, answers []review.Answer) error {
	for start := 0; start < len(answers); start += answerBatch {
		part := answers[start:min(start+answerBatch, len(answers))]
		args := make([]any, 0, answerColumns*len(part))
		for i, a := range part {
			ev := "[]"
			if len(a.Evidence) > 0 {
				b, err := json.Marshal(a.Evidence)
				if err != nil {
					return err
				}
				ev = string(b)
			}
			args = append(args, app, a.Item, start+i, a.Text, review.Normalize(a.Text), a.Note, ev, a.Provenance, a.Reply)
		}
		if _, err := tx.ExecContext(ctx, answersInsert(len(part)), args...); err != nil {
			return err
		}
	}
	return nil
}

// answerBatch rows of answerColumns parameters stay under SQLite's limit of
// 32,766 parameters a statement.
const answerBatch, answerColumns = 1000, 9

// answersInsert is the INSERT of n answer rows.
func answersInsert(n int) string {
	var b strings.Builder
	b.WriteString("INSERT INTO answers(app, item, seq, text, norm, note, evidence, provenance, reply) VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("(?,?,?,?,?,?,?,?,?)")
	}
	return b.String()
}
