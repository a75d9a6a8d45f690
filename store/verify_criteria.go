package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
)

// verifyCriteria checks the stored criteria (catalog editions, guidelines,
// edition maps) against the SHA-256 of each body that its catalog.imported
// event recorded, naming an edition changed, inserted or deleted behind
// shinsa's back, and checks the triggers that keep them append-only. (The
// events themselves are checked by the hash chain.)
func (s *Store) verifyCriteria(ctx context.Context) ([]Problem, error) {
	type key struct{ kind, name, edition string }
	type rec struct {
		sha string
		seq int64
	}
	logged := map[key]rec{}
	rows, err := s.read.QueryContext(ctx, "SELECT seq, payload FROM events WHERE kind = ? ORDER BY seq", EvCatalog)
	if err != nil {
		return nil, err
	}
	var out []Problem
	for rows.Next() {
		var seq int64
		var payload string
		if err := rows.Scan(&seq, &payload); err != nil {
			rows.Close()
			return nil, err
		}
		var p map[string]string
		if err := json.Unmarshal([]byte(payload), &p); err != nil {
			out = append(out, Problem{Where: fmt.Sprintf("events row %d", seq), Message: "unreadable catalog record: " + err.Error()})
			continue
		}
		logged[key{p["kind"], p["name"], p["edition"]}] = rec{sha: p["sha256"], seq: seq}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.read.QueryContext(ctx, "SELECT kind, name, edition, body FROM catalogs ORDER BY kind, name, edition")
	if err != nil {
		return nil, err
	}
	seen := map[key]bool{}
	for rows.Next() {
		var k key
		var body string
		if err := rows.Scan(&k.kind, &k.name, &k.edition, &body); err != nil {
			rows.Close()
			return nil, err
		}
		seen[k] = true
		where := fmt.Sprintf("catalogs row (%s %s %s)", k.kind, k.name, k.edition)
		r, ok := logged[k]
		switch {
		case !ok:
			out = append(out, Problem{Where: where, Message: "has no catalog.imported event in the log: inserted behind shinsa's back"})
		case r.sha != sha256hex([]byte(body)):
			out = append(out, Problem{Where: where, Message: fmt.Sprintf("changed: its SHA-256 is not the one recorded at events row %d", r.seq)})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var gone []key
	for k := range logged {
		if !seen[k] {
			gone = append(gone, k)
		}
	}
	sort.Slice(gone, func(i, j int) bool { return logged[gone[i]].seq < logged[gone[j]].seq })
	for _, k := range gone {
		out = append(out, Problem{Where: fmt.Sprintf("catalogs row (%s %s %s)", k.kind, k.name, k.edition),
			Message: fmt.Sprintf("missing: imported at events row %d and deleted since", logged[k].seq)})
	}
	var n int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'
		AND name IN ('catalogs_no_update', 'catalogs_no_delete')`).Scan(&n); err != nil {
		return nil, err
	}
	if n != 2 {
		out = append(out, Problem{Where: "catalogs table", Message: "the triggers that keep the stored criteria append-only were dropped"})
	}
	return out, nil
}
