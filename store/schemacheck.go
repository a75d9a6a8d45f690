package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

// schemaObject is one table, index or trigger of a case file.
type schemaObject struct {
	typ, name, sql string
}

var (
	wantSchemaOnce sync.Once
	wantSchema     map[string]schemaObject
	wantSchemaErr  error
)

// expectedSchema is what this version creates: every migration run on an
// empty in-memory database, read back from its sqlite_schema.
func expectedSchema(ctx context.Context) (map[string]schemaObject, error) {
	wantSchemaOnce.Do(func() {
		db, err := sql.Open("sqlite", "file:shinsa-schema?mode=memory")
		if err != nil {
			wantSchemaErr = err
			return
		}
		defer db.Close()
		db.SetMaxOpenConns(1)
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			wantSchemaErr = err
			return
		}
		defer tx.Rollback()
		for v := 1; v <= SchemaVersion; v++ {
			if err := migrations[v](ctx, tx); err != nil {
				wantSchemaErr = err
				return
			}
		}
		wantSchema, wantSchemaErr = readSchema(ctx, tx)
	})
	return wantSchema, wantSchemaErr
}

type querierRows interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

type schemaQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func readSchema(ctx context.Context, q schemaQuerier) (map[string]schemaObject, error) {
	rows, err := q.QueryContext(ctx, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]schemaObject{}
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.typ, &o.name, &o.sql); err != nil {
			return nil, err
		}
		o.sql = strings.Join(strings.Fields(o.sql), " ")
		out[o.name] = o
	}
	return out, rows.Err()
}

// schemaDiff is how a case file's schema differs from this version's.
type schemaDiff struct {
	missing, changed, extra []schemaObject
}

func (d schemaDiff) empty() bool { return len(d.missing)+len(d.changed)+len(d.extra) == 0 }

// appendOnly reports whether an object is one of the triggers that keep the
// record append-only.
func (o schemaObject) appendOnly() bool {
	return o.typ == "trigger" && (strings.HasPrefix(o.name, "events_no_") || strings.HasPrefix(o.name, "catalogs_no_"))
}

func names(os []schemaObject) string {
	var n []string
	for _, o := range os {
		n = append(n, o.typ+" "+o.name)
	}
	return strings.Join(n, ", ")
}

// checkSchema compares the file's tables, indexes and triggers with what
// this version creates.
func (s *Store) checkSchema(ctx context.Context) (schemaDiff, error) {
	var d schemaDiff
	want, err := expectedSchema(ctx)
	if err != nil {
		return d, fmt.Errorf("building the expected schema: %w", err)
	}
	have, err := readSchema(ctx, s.read)
	if err != nil {
		return d, s.wrapRead(err)
	}
	for name, w := range want {
		h, ok := have[name]
		switch {
		case !ok:
			d.missing = append(d.missing, w)
		case h.typ != w.typ || h.sql != w.sql:
			d.changed = append(d.changed, w)
		}
	}
	for name, h := range have {
		if _, ok := want[name]; !ok {
			d.extra = append(d.extra, h)
		}
	}
	for _, l := range [][]schemaObject{d.missing, d.changed, d.extra} {
		sort.Slice(l, func(i, j int) bool { return l[i].name < l[j].name })
	}
	return d, nil
}

// writeRefused says why nothing may be written into the file ("" when it
// may): its schema is not what this version creates, above all when the
// append-only triggers are gone. Checked before the first write of a Store.
func (s *Store) writeRefused(ctx context.Context) string {
	s.checkMu.Lock()
	defer s.checkMu.Unlock()
	if s.schemaOK {
		return ""
	}
	d, err := s.checkSchema(ctx)
	if err != nil {
		return err.Error()
	}
	if d.empty() {
		s.schemaOK = true
		return ""
	}
	return "its schema is not the one shinsa creates (" + d.String() +
		"): it was altered outside shinsa, so nothing is written into it; 'shinsa verify' explains, 'shinsa verify --repair' restores the schema after a backup"
}

func (d schemaDiff) String() string {
	var parts []string
	var gone []schemaObject
	for _, o := range d.missing {
		if o.appendOnly() {
			gone = append(gone, o)
		}
	}
	if len(gone) > 0 {
		var n []string
		for _, o := range gone {
			n = append(n, o.name)
		}
		parts = append(parts, "the append-only triggers "+strings.Join(n, ", ")+" are missing")
	}
	var other []schemaObject
	for _, o := range d.missing {
		if !o.appendOnly() {
			other = append(other, o)
		}
	}
	if len(other) > 0 {
		parts = append(parts, "missing "+names(other))
	}
	if len(d.changed) > 0 {
		parts = append(parts, "changed "+names(d.changed))
	}
	if len(d.extra) > 0 {
		parts = append(parts, "not shinsa's "+names(d.extra))
	}
	return strings.Join(parts, "; ")
}

// verifySchema lists the schema's differences as problems.
func (s *Store) verifySchema(ctx context.Context) ([]Problem, error) {
	d, err := s.checkSchema(ctx)
	if err != nil {
		return nil, err
	}
	var out []Problem
	for _, o := range d.missing {
		if o.name == "events_no_update" || o.name == "events_no_delete" || strings.HasPrefix(o.name, "catalogs_no_") {
			continue // said with the rows they protect
		}
		out = append(out, Problem{Where: "schema", Message: o.typ + " " + o.name + " is missing (shinsa refuses to write until 'shinsa verify --repair' restores it)"})
	}
	for _, o := range d.changed {
		out = append(out, Problem{Where: "schema", Message: o.typ + " " + o.name + " differs from the one shinsa creates"})
	}
	for _, o := range d.extra {
		out = append(out, Problem{Where: "schema", Message: o.typ + " " + o.name + " is not shinsa's: added outside shinsa"})
	}
	return out, nil
}

// RepairReport says what Repair did.
type RepairReport struct {
	Backup   string   `json:"backup"`
	Restored []string `json:"restored"`
	Removed  []string `json:"removed"`
	Rebuilt  []string `json:"rebuilt"`
}

// Repair restores what verify --repair may restore without touching the
// record: the schema's indexes and triggers (the append-only ones above
// all) and the derived data (the search index, the list's counts). It first
// writes a backup beside the file (NAME.bak-repair-TIME) and records what it
// did in the log. Tables and the rows of the record are never changed:
// a row edited behind shinsa's back stays for a person to judge.
func (s *Store) Repair(ctx context.Context, actor string) (RepairReport, error) {
	var rep RepairReport
	if s.readOnly != "" {
		return rep, &WriteError{Path: s.path, Cause: s.readOnly}
	}
	d, err := s.checkSchema(ctx)
	if err != nil {
		return rep, err
	}
	for _, o := range d.missing {
		if o.typ == "table" {
			return rep, fmt.Errorf("%s: table %s is missing: the file cannot be repaired, restore it from a backup", s.path, o.name)
		}
	}
	bak := fmt.Sprintf("%s.bak-repair-%s", s.path, time.Now().UTC().Format("20060102T150405"))
	if _, err := os.Stat(bak); err == nil {
		return rep, fmt.Errorf("%s: the backup %s already exists: move it away first", s.path, bak)
	}
	if _, err := s.write.ExecContext(ctx, "VACUUM INTO ?", bak); err != nil {
		return rep, s.wrapWrite(err)
	}
	if err := keepMode(bak, s.path); err != nil {
		return rep, err
	}
	rep.Backup = bak
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return rep, s.wrapWrite(err)
	}
	defer tx.Rollback()
	for _, o := range d.extra {
		if o.typ != "trigger" && o.typ != "index" {
			continue // a table or view of someone else's: left alone
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP %s %q", strings.ToUpper(o.typ), o.name)); err != nil {
			return rep, s.wrapWrite(err)
		}
		rep.Removed = append(rep.Removed, o.typ+" "+o.name)
	}
	for _, o := range append(append([]schemaObject{}, d.changed...), d.missing...) {
		if o.typ != "trigger" && o.typ != "index" {
			return rep, fmt.Errorf("%s: %s %s differs from the one shinsa creates: the file cannot be repaired, restore it from a backup", s.path, o.typ, o.name)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP %s IF EXISTS %q", strings.ToUpper(o.typ), o.name)); err != nil {
			return rep, s.wrapWrite(err)
		}
		if _, err := tx.ExecContext(ctx, o.sql); err != nil {
			return rep, s.wrapWrite(err)
		}
		rep.Restored = append(rep.Restored, o.typ+" "+o.name)
	}
	// Derived data, rebuilt from the rows it derives from.
	if n, err := repairNorms(ctx, tx); err != nil {
		return rep, s.wrapWrite(err)
	} else if n > 0 {
		rep.Rebuilt = append(rep.Rebuilt, fmt.Sprintf("normalised text of %d answers", n))
	}
	for _, q := range []struct{ what, sql string }{
		{"search index", `INSERT INTO answers_fts(answers_fts) VALUES ('rebuild')`},
		{"list counts", `DELETE FROM app_counts`},
		{"", `INSERT INTO app_counts SELECT app, '#answers', count(*) FROM answers GROUP BY app`},
		{"", `INSERT INTO app_counts SELECT app, verdict, count(*) FROM findings GROUP BY app, verdict`},
	} {
		if _, err := tx.ExecContext(ctx, q.sql); err != nil {
			return rep, s.wrapWrite(err)
		}
		if q.what != "" {
			rep.Rebuilt = append(rep.Rebuilt, q.what)
		}
	}
	if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvRepaired, Payload: rep}); err != nil {
		return rep, s.wrapWrite(err)
	}
	if err := tx.Commit(); err != nil {
		return rep, s.wrapWrite(err)
	}
	s.checkMu.Lock()
	s.schemaOK = false
	s.checkMu.Unlock()
	return rep, nil
}
