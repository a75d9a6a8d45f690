package store

import (
	"context"
	"fmt"
	"strings"

	"shinsa/review"
)

// verifyDerived checks the data derived from the record: each answer's
// normalised text (recomputed from the text as submitted), the search index
// against the answers, and the meta table against the events that set it.
// verify --repair (Repair) rebuilds the derived data.
func (s *Store) verifyDerived(ctx context.Context) ([]Problem, error) {
	var out []Problem
	rows, err := s.read.QueryContext(ctx, "SELECT app, item, text, norm FROM answers ORDER BY app, seq")
	if err != nil {
		return nil, err
	}
	bad := 0
	for rows.Next() {
		var app int64
		var item, text, norm string
		if err := rows.Scan(&app, &item, &text, &norm); err != nil {
			rows.Close()
			return nil, err
		}
		if review.Normalize(text) != norm {
			bad++
			if bad <= 20 {
				out = append(out, Problem{Where: fmt.Sprintf("answers row (application %d, item %s)", app, item),
					Message: "its normalised text (what search and comparison read) does not match the answer: 'shinsa verify --repair' rebuilds it"})
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if bad > 20 {
		out = append(out, Problem{Where: "answers", Message: fmt.Sprintf("%d more answers with a normalised text that does not match", bad-20)})
	}
	// The search index: FTS5's own check against its content table needs a
	// writable connection; it runs in a transaction that is rolled back.
	if s.readOnly == "" {
		if tx, err := s.write.BeginTx(ctx, nil); err == nil {
			_, err := tx.ExecContext(ctx, "INSERT INTO answers_fts(answers_fts, rank) VALUES ('integrity-check', 1)")
			tx.Rollback()
			if err != nil {
				out = append(out, Problem{Where: "search index", Message: "does not match the answers (" + err.Error() + "): 'shinsa verify --repair' rebuilds it"})
			}
		}
	}
	// meta: every key is set by an event, and holds what the last one said.
	last := map[string]string{}
	erows, err := s.read.QueryContext(ctx, "SELECT payload FROM events WHERE kind = ? ORDER BY seq", EvOffice)
	if err != nil {
		return nil, err
	}
	for erows.Next() {
		var p string
		if err := erows.Scan(&p); err != nil {
			erows.Close()
			return nil, err
		}
		last["office"] = p
	}
	erows.Close()
	mrows, err := s.read.QueryContext(ctx, "SELECT key, value FROM meta ORDER BY key")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for mrows.Next() {
		var k, v string
		if err := mrows.Scan(&k, &v); err != nil {
			mrows.Close()
			return nil, err
		}
		seen[k] = true
		want, ok := last[k]
		switch {
		case !ok:
			out = append(out, Problem{Where: fmt.Sprintf("meta row %q", k), Message: "no event in the log sets it: inserted behind shinsa's back"})
		case strings.TrimSpace(v) != strings.TrimSpace(want):
			out = append(out, Problem{Where: fmt.Sprintf("meta row %q", k), Message: "differs from what the log last recorded for it: edited behind shinsa's back"})
		}
	}
	mrows.Close()
	for k := range last {
		if !seen[k] {
			out = append(out, Problem{Where: fmt.Sprintf("meta row %q", k), Message: "missing: the log sets it; it was deleted"})
		}
	}
	return out, nil
}

// repairNorms recomputes each answer's normalised text from its text (the
// search index follows through its triggers).
func repairNorms(ctx context.Context, tx querierRows) (int, error) {
	rows, err := tx.QueryContext(ctx, "SELECT rowid, text, norm FROM answers")
	if err != nil {
		return 0, err
	}
	type fix struct {
		id   int64
		norm string
	}
	var fixes []fix
	for rows.Next() {
		var id int64
		var text, norm string
		if err := rows.Scan(&id, &text, &norm); err != nil {
			rows.Close()
			return 0, err
		}
		if n := review.Normalize(text); n != norm {
			fixes = append(fixes, fix{id, n})
		}
	}
	rows.Close()
	for _, f := range fixes {
		if _, err := tx.ExecContext(ctx, "UPDATE answers SET norm = ? WHERE rowid = ?", f.norm, f.id); err != nil {
			return 0, err
		}
	}
	return len(fixes), nil
}
