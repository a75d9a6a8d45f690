package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"shinsa/review"
)

// Event kinds of the office's correspondence.
const (
	EvOffice     = "office.set"
	EvLetterSent = "letter.sent"
)

// Office is who sends the letters: the letterhead, the signatory and the
// format of the 文書番号. Stored in the case file (meta 'office'), every
// change logged.
type Office struct {
	Name         string `json:"name"`
	Address      string `json:"address"`
	Contact      string `json:"contact"`
	Signatory    string `json:"signatory"`
	LetterNumber string `json:"letter_number"`
}

// DefaultLetterNumber is the 文書番号 format until the office sets its own.
const DefaultLetterNumber = "第{YYYY}-{NNN}号"

// numberField matches the placeholders of a 文書番号 format: {YYYY} the year,
// {YY} its last two digits, {R} the 令和 year, {N…} the sequence within the
// year, zero-padded to as many digits as Ns.
var numberField = regexp.MustCompile(`\{(YYYY|YY|R|N+)\}`)

// CheckLetterNumber says what is wrong with a 文書番号 format: it must hold a
// sequence field ({N}, {NNN}…), and one field for the year unless the
// sequence is never to restart.
func CheckLetterNumber(format string) error {
	if strings.TrimSpace(format) == "" {
		return errors.New("the 文書番号 format is empty")
	}
	seq, year := 0, 0
	for _, m := range numberField.FindAllStringSubmatch(format, -1) {
		if m[1][0] == 'N' {
			seq++
		} else {
			year++
		}
	}
	if seq != 1 {
		return fmt.Errorf("the 文書番号 format %q needs exactly one sequence field such as {NNN}", format)
	}
	if year == 0 {
		return fmt.Errorf("the 文書番号 format %q needs a year field ({YYYY}, {YY} or {R}): numbers restart every year", format)
	}
	if rest := numberField.ReplaceAllString(format, ""); strings.ContainsAny(rest, "{}") {
		return fmt.Errorf("the 文書番号 format %q has an unknown field (use {YYYY}, {YY}, {R} and {NNN})", format)
	}
	return nil
}

// FormatLetterNumber fills a 文書番号 format for the seq-th letter of year.
func FormatLetterNumber(format string, year, seq int) string {
	return numberField.ReplaceAllStringFunc(format, func(f string) string {
		switch f = f[1 : len(f)-1]; {
		case f == "YYYY":
			return strconv.Itoa(year)
		case f == "YY":
			return fmt.Sprintf("%02d", year%100)
		case f == "R":
			if year == 2019 {
				return "元"
			}
			return strconv.Itoa(year - 2018)
		default:
			return fmt.Sprintf("%0*d", len(f), seq)
		}
	})
}

// Office returns the office's settings; empty fields when never set, and
// the default 文書番号 format.
func (s *Store) Office(ctx context.Context) (Office, error) {
	var o Office
	var v string
	err := s.read.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'office'").Scan(&v)
	if err != nil && err != sql.ErrNoRows {
		return o, s.wrapRead(err)
	}
	if err == nil {
		if err := json.Unmarshal([]byte(v), &o); err != nil {
			return o, fmt.Errorf("%s: office settings: %w", s.path, err)
		}
	}
	if o.LetterNumber == "" {
		o.LetterNumber = DefaultLetterNumber
	}
	return o, nil
}

// SetOffice stores the office's settings and logs the change.
func (s *Store) SetOffice(ctx context.Context, o Office, actor string) error {
	if err := CheckLetterNumber(o.LetterNumber); err != nil {
		return err
	}
	for _, f := range []string{o.Name, o.Address, o.Contact, o.Signatory, o.LetterNumber} {
		if !utf8.ValidString(f) {
			return errors.New("office settings: not valid UTF-8")
		}
	}
	b, _ := json.Marshal(o)
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := authorize(ctx, tx, actor, notViewer("set the office's letterhead")); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES ('office', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, string(b)); err != nil {
		return s.wrapWrite(err)
	}
	if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvOffice, Payload: o}); err != nil {
		return s.wrapWrite(err)
	}
	return s.wrapWrite(tx.Commit())
}

// Letter is one letter in the register.
type Letter struct {
	Number  string      `json:"number"`
	App     int64       `json:"application"`
	Round   int         `json:"round"`
	Sent    review.Date `json:"sent"`
	ReplyBy review.Date `json:"reply_by"`
	Replied review.Date `json:"replied"` // zero while open
	SHA256  string      `json:"sha256"`
	File    string      `json:"file"`
}

// Open reports whether the applicant has not replied yet.
func (l Letter) Open() bool { return l.Replied.IsZero() }

// Overdue reports whether the letter is open past its reply deadline on today.
func (l Letter) Overdue(today review.Date) bool {
	return l.Open() && !l.ReplyBy.IsZero() && l.ReplyBy.Before(today)
}

// SendInput is a letter about to be sent.
type SendInput struct {
	App     int64
	Sent    review.Date // the letter's date; numbering follows its year
	ReplyBy review.Date
	File    string // where it is written, as the user named it
	Actor   string
}

type letterPayload struct {
	Number  string `json:"number"`
	Round   int    `json:"round"`
	Sent    string `json:"sent"`
	ReplyBy string `json:"reply_by"`
	SHA256  string `json:"sha256"`
	File    string `json:"file"`
}

// SendLetter assigns the letter its 文書番号 (the next of the letter's year
// in the office's format), has render make the letter with that number and
// report the SHA-256 of the bytes it wrote, and records the letter in the
// register and the log, all in one write transaction: when render or the
// record fails, no number is used and nothing is recorded. render should
// leave its file complete beside the target; the caller moves it into place
// once SendLetter returns without error.
func (s *Store) SendLetter(ctx context.Context, in SendInput, render func(number string) (sha string, err error)) (Letter, error) {
	if in.Sent.IsZero() {
		return Letter{}, errors.New("send letter: no date")
	}
	if !in.ReplyBy.IsZero() && in.ReplyBy.Before(in.Sent) {
		return Letter{}, fmt.Errorf("the reply deadline %s is before the letter's date %s", in.ReplyBy, in.Sent)
	}
	o, err := s.Office(ctx)
	if err != nil {
		return Letter{}, err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return Letter{}, err
	}
	defer tx.Rollback()
	if err := authorize(ctx, tx, in.Actor, notViewer("send letters")); err != nil {
		return Letter{}, err
	}
	var round int
	if err := tx.QueryRowContext(ctx, "SELECT round FROM applications WHERE id = ?", in.App).Scan(&round); err != nil {
		if err == sql.ErrNoRows {
			return Letter{}, fmt.Errorf("application %d: %w", in.App, ErrNotFound)
		}
		return Letter{}, s.wrapRead(err)
	}
	year := in.Sent.Time().Year()
	var seq int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) + 1 FROM letters WHERE year = ?", year).Scan(&seq); err != nil {
		return Letter{}, s.wrapRead(err)
	}
	number := FormatLetterNumber(o.LetterNumber, year, seq)
	var taken int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM letters WHERE number = ?", number).Scan(&taken); err != nil {
		return Letter{}, err
	}
	if taken > 0 {
		return Letter{}, fmt.Errorf("文書番号 %s is already used: the format %q does not tell the years apart", number, o.LetterNumber)
	}
	sha, err := render(number)
	if err != nil {
		return Letter{}, err
	}
	l := Letter{Number: number, App: in.App, Round: round, Sent: in.Sent, ReplyBy: in.ReplyBy, SHA256: sha, File: in.File}
	p := letterPayload{Number: number, Round: round, Sent: in.Sent.String(), ReplyBy: dateText(in.ReplyBy), SHA256: sha, File: in.File}
	ev, err := appendEvent(ctx, tx, event{Actor: in.Actor, Kind: EvLetterSent, App: in.App, Payload: p})
	if err != nil {
		return Letter{}, s.wrapWrite(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO letters(number, app, round, year, seq, sent, reply_by, sha256, file, event)
		VALUES (?,?,?,?,?,?,?,?,?,?)`, number, in.App, round, year, seq, p.Sent, p.ReplyBy, sha, in.File, ev.Seq); err != nil {
		return Letter{}, s.wrapWrite(err)
	}
	if err := tx.Commit(); err != nil {
		return Letter{}, s.wrapWrite(err)
	}
	return l, nil
}

// notViewer is the role rule of the office's correspondence: anyone on the
// roster who works on reviews, not a viewer.
func notViewer(what string) func(review.Role) error {
	return func(r review.Role) error {
		if r == review.RoleViewer {
			return fmt.Errorf("a viewer records nothing: cannot %s", what)
		}
		return nil
	}
}

func dateText(d review.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

const letterSelect = `SELECT number, app, round, sent, reply_by, replied, sha256, file FROM letters`

func scanLetter(r rowScanner) (Letter, error) {
	var l Letter
	var sent, by, replied string
	if err := r.Scan(&l.Number, &l.App, &l.Round, &sent, &by, &replied, &l.SHA256, &l.File); err != nil {
		return l, err
	}
	l.Sent, _ = review.ParseISODate(sent)
	l.ReplyBy, _ = review.ParseISODate(by)
	l.Replied, _ = review.ParseISODate(replied)
	return l, nil
}

// Letters lists the register, oldest first.
func (s *Store) Letters(ctx context.Context) ([]Letter, error) {
	rows, err := s.read.QueryContext(ctx, letterSelect+" ORDER BY sent, year, seq")
	if err != nil {
		return nil, s.wrapRead(err)
	}
	defer rows.Close()
	var out []Letter
	for rows.Next() {
		l, err := scanLetter(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// markReplied closes, inside an import's transaction, the open letters of
// the review that the new round (app, of review first) answers.
func markReplied(ctx context.Context, tx *sql.Tx, first, app int64, on review.Date) error {
	_, err := tx.ExecContext(ctx, `UPDATE letters SET replied = ?, replied_app = ?
		WHERE replied = '' AND app IN (SELECT id FROM applications WHERE (id = ? OR round_of = ?) AND id <> ?)`,
		on.String(), app, first, first, app)
	return err
}
