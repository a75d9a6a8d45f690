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
	if utf8.RuneCountInString(q) >= 3 {
		sqlq = `SELECT a.app, a.item, a.norm FROM answers_fts f JOIN answers a ON a.rowid = f.rowid
			WHERE answers_fts MATCH ? ORDER BY a.app, a.seq LIMIT ?`
		args = []any{`"` + strings.ReplaceAll(q, `"`, `""`) + `"`, limit}
	} else {
		sqlq = `SELECT app, item, norm FROM answers WHERE instr(norm, ?) > 0 ORDER BY app, seq LIMIT ?`
		args = []any{q, limit}
	}
	rows, err := s.read.QueryContext(ctx, sqlq, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		var norm string
		if err := rows.Scan(&h.App, &h.Item, &norm); err != nil {
			return nil, err
		}
		h.Snippet = snippet(norm, q, 20)
		out = append(out, h)
	}
	return out, rows.Err()
}

// snippet cuts around the first match, radius characters either side.
func snippet(text, term string, radius int) string {
	i := strings.Index(text, term)
	if i < 0 {
		return review.SanitizeLine(truncRunes(text, 2*radius))
	}
	r := []rune(text)
	start := utf8.RuneCountInString(text[:i])
	end := start + utf8.RuneCountInString(term)
	from, to := max(0, start-radius), min(len(r), end+radius)
	out := string(r[from:to])
	if from > 0 {
		out = "…" + out
	}
	if to < len(r) {
		out += "…"
	}
	return review.SanitizeLine(out)
}

func truncRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
