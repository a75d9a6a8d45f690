package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Event kinds. Every change to what a reviewer decided, or to what was
// submitted, is one event.
const (
	EvCaseCreated = "case.created"
	EvMigrated    = "case.migrated"
	EvCatalog     = "catalog.imported"
	EvImported    = "application.imported"
	EvLinked      = "application.linked"
	EvStatus      = "application.status"
	EvFinding     = "finding.saved"
	EvRepaired    = "case.repaired"
)

// genesis is the "previous hash" of the first event.
const genesis = "0000000000000000000000000000000000000000000000000000000000000000"

type event struct {
	Actor   string
	Kind    string
	App     int64 // 0: none
	Item    string
	Payload any
}

// Event is one row of the log as stored.
type Event struct {
	Seq     int64           `json:"seq"`
	Time    time.Time       `json:"time"`
	Actor   string          `json:"actor"`
	Kind    string          `json:"kind"`
	App     int64           `json:"application,omitempty"`
	Item    string          `json:"item,omitempty"`
	Payload json.RawMessage `json:"payload"`
	Prev    string          `json:"prev"`
	Hash    string          `json:"hash"`
}

// Anchor is the log's head: its hash and length. Reports print it so a later
// rewrite of the file can be told from outside it.
type Anchor struct {
	Head  string `json:"head"`
	Count int64  `json:"count"`
}

// String is HASH:COUNT, the form `shinsa verify --anchor` takes.
func (a Anchor) String() string { return fmt.Sprintf("%s:%d", a.Head, a.Count) }

const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// eventHash chains an event to its predecessor: SHA-256 of the previous hash
// (raw bytes) and each field length-prefixed, so no two field lists collide.
func eventHash(prev string, seq int64, tm, actor, kind string, app sql.NullInt64, item, payload string) string {
	h := sha256.New()
	pb, err := hex.DecodeString(prev)
	if err != nil || len(pb) != sha256.Size {
		pb = []byte(prev) // a damaged prev still hashes, and will not match
	}
	h.Write(pb)
	var n [8]byte
	field := func(s string) {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	field(strconv.FormatInt(seq, 10))
	field(tm)
	field(actor)
	field(kind)
	if app.Valid {
		field(strconv.FormatInt(app.Int64, 10))
	} else {
		field("")
	}
	field(item)
	field(payload)
	return hex.EncodeToString(h.Sum(nil))
}

type keyCtx struct{}

// WithKey marks the work done with ctx as done by a person who proved an SSH
// key: every event it writes records the key's fingerprint ("via_key" in
// the payload) beside the person's name.
func WithKey(ctx context.Context, fingerprint string) context.Context {
	return context.WithValue(ctx, keyCtx{}, fingerprint)
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// appendEvent adds one event inside the caller's transaction and returns it.
func appendEvent(ctx context.Context, tx querier, e event) (Event, error) {
	var seq int64
	prev := genesis
	var last sql.NullString
	if err := tx.QueryRowContext(ctx, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").Scan(&seq, &last); err != nil && err != sql.ErrNoRows {
		return Event{}, err
	}
	if last.Valid {
		prev = last.String
	}
	seq++
	payload, err := json.Marshal(e.Payload)
	if err != nil {
		return Event{}, err
	}
	if fp, ok := ctx.Value(keyCtx{}).(string); ok && fp != "" && len(payload) > 1 && payload[0] == '{' {
		k, _ := json.Marshal(fp)
		sep := ","
		if string(payload) == "{}" {
			sep = ""
		}
		payload = append(append([]byte(`{"via_key":`), k...), append([]byte(sep), payload[1:]...)...)
	}
	now := time.Now()
	tm := formatTime(now)
	var app sql.NullInt64
	if e.App != 0 {
		app = sql.NullInt64{Int64: e.App, Valid: true}
	}
	hash := eventHash(prev, seq, tm, e.Actor, e.Kind, app, e.Item, string(payload))
	if _, err := tx.ExecContext(ctx,
		"INSERT INTO events(seq, time, actor, kind, app, item, payload, prev, hash) VALUES (?,?,?,?,?,?,?,?,?)",
		seq, tm, e.Actor, e.Kind, app, e.Item, string(payload), prev, hash); err != nil {
		return Event{}, err
	}
	return Event{Seq: seq, Time: parseTime(tm), Actor: e.Actor, Kind: e.Kind, App: e.App, Item: e.Item, Payload: payload, Prev: prev, Hash: hash}, nil
}

// Anchor returns the head of the event log.
func (s *Store) Anchor(ctx context.Context) (Anchor, error) {
	var a Anchor
	err := s.read.QueryRowContext(ctx, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").Scan(&a.Count, &a.Head)
	if err == sql.ErrNoRows {
		return Anchor{Head: genesis}, nil
	}
	return a, err
}

// Events lists the log, optionally only one application's events.
func (s *Store) Events(ctx context.Context, app int64) ([]Event, error) {
	var out []Event
	err := s.EachEvent(ctx, app, func(e Event) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// EachEvent calls fn with each event of Events in turn, as it reads them:
// memory stays that of one event however long the log (a case file of
// 2,000 applications holds 150,000 events). An error from fn stops the walk
// and is returned.
func (s *Store) EachEvent(ctx context.Context, app int64, fn func(Event) error) error {
	q := "SELECT seq, time, actor, kind, app, item, payload, prev, hash FROM events"
	var args []any
	if app != 0 {
		q += " WHERE app = ?"
		args = append(args, app)
	}
	q += " ORDER BY seq"
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e Event
		var tm, payload string
		var a sql.NullInt64
		if err := rows.Scan(&e.Seq, &tm, &e.Actor, &e.Kind, &a, &e.Item, &payload, &e.Prev, &e.Hash); err != nil {
			return err
		}
		e.Time = parseTime(tm)
		e.App = a.Int64
		e.Payload = json.RawMessage(payload)
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}
