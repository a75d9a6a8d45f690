package store

import (
	"context"
	"strings"
	"unicode/utf8"

	"shinsa/review"
)

// Hit is one answer that contains a search term.
type Hit struct {
	App     int64  `json:"application"`
	Item    string `json:"item"`
	Snippet string `json:"snippet"`
}

// Search finds answers containing term, compared in normalised form (so
// ＩＳＯ finds ISO). Terms of three or more characters use the trigram index;
// shorter ones fall back to instr(), which the index cannot serve.
func (s *Store) Search(ctx context.Context, term string, limit int) ([]Hit, error) {
	q := review.Normalize(term)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 200
	}
	var sqlq string
	var args []any
	switch n := utf8.RuneCountInString(q); {
	case n >= 3:
		// Answers are inserted in application and row order and never
		// deleted, so rowid order is that order, and the index can stop at
		// the limit instead of sorting every match.
		sqlq = `SELECT a.app, a.item, a.norm, a.text FROM answers_fts f JOIN answers a ON a.rowid = f.rowid
			WHERE answers_fts MATCH ? ORDER BY f.rowid LIMIT ?`
		args = []any{ftsPhrase(q), limit}
	default:
		expr, ok, err := s.shortTermExpr(ctx, q)
		if err != nil {
			return nil, err
		}
		tails := `SELECT rowid FROM answers WHERE substr(norm, -2) = ?1`
		if n == 1 {
			tails = `SELECT rowid FROM answers WHERE substr(norm, -1) = ?1
				UNION SELECT rowid FROM answers WHERE substr(norm, -2, 1) = ?1`
		}
		switch {
		case !ok:
			// The term starts too many trigrams to name them all (a very
			// common character): scan in key order; LIMIT stops it early
			// because such a term is everywhere.
			sqlq = `SELECT app, item, norm, text FROM answers WHERE instr(norm, ?1) > 0 ORDER BY rowid LIMIT ?2`
			args = []any{q, limit}
		case expr == "":
			sqlq = `SELECT app, item, norm, text FROM answers WHERE rowid IN (` + tails + `)
				AND instr(norm, ?1) > 0 ORDER BY rowid LIMIT ?2`
			args = []any{q, limit}
		default:
			sqlq = `SELECT app, item, norm, text FROM answers WHERE rowid IN (
				SELECT rowid FROM answers_fts WHERE answers_fts MATCH ?3 UNION ` + tails + `)
				AND instr(norm, ?1) > 0 ORDER BY rowid LIMIT ?2`
			args = []any{q, limit, expr}
		}
	}
	rows, err := s.read.QueryContext(ctx, sqlq, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		var norm, text string
		if err := rows.Scan(&h.App, &h.Item, &norm, &text); err != nil {
			return nil, err
		}
		h.Snippet = snippet(text, norm, term, q, 20)
		out = append(out, h)
	}
	return out, rows.Err()
}

// maxShortTerms bounds the OR query a short term expands to.
const maxShortTerms = 400

// shortTermExpr expands a one- or two-character term into an FTS5 query of
// every indexed trigram that starts with it. ok is false when there are more
// than maxShortTerms of them.
func (s *Store) shortTermExpr(ctx context.Context, q string) (expr string, ok bool, err error) {
	rows, err := s.read.QueryContext(ctx, `SELECT term FROM answers_vocab WHERE term >= ? AND term < ? LIMIT ?`,
		q, q+string(utf8.MaxRune), maxShortTerms+1)
	if err != nil {
		return "", false, err
	}
	defer rows.Close()
	var terms []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return "", false, err
		}
		terms = append(terms, ftsPhrase(t))
	}
	if err := rows.Err(); err != nil {
		return "", false, err
	}
	if len(terms) > maxShortTerms {
		return "", false, nil
	}
	return strings.Join(terms, " OR "), true, nil
}

func ftsPhrase(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// snippet cuts the answer as submitted around the first match, radius
// characters either side. The match is found in the normalised text; when
// the term as typed is not in the original too (ＩＳＯ typed, ISO stored), the
// place is carried over by proportion, close enough for a snippet.
func snippet(text, norm, raw, term string, radius int) string {
	r := []rune(review.SanitizeLine(text))
	start, n := -1, utf8.RuneCountInString(term)
	if i := strings.Index(string(r), raw); raw != "" && i >= 0 {
		start, n = utf8.RuneCountInString(string(r)[:i]), utf8.RuneCountInString(raw)
	} else if i := strings.Index(norm, term); i >= 0 {
		nr := utf8.RuneCountInString(norm)
		start = utf8.RuneCountInString(norm[:i]) * len(r) / max(nr, 1)
	}
	if start < 0 {
		return truncRunes(string(r), 2*radius)
	}
	from, to := max(0, start-radius), min(len(r), start+n+radius)
	out := string(r[from:to])
	if from > 0 {
		out = "…" + out
	}
	if to < len(r) {
		out += "…"
	}
	return out
}

func truncRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
