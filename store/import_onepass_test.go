package store

import (
	"context"
	"fmt"
	"testing"

	"shinsa/review"
)

// An application's answers and their search index are written in one
// statement: every answer is stored in the submission's order with its
// exact text, note, evidence, place and reply, and every one is found by
// the search index, which passes FTS5's own integrity check.
func TestImport_answers_and_index_in_one_pass(t *testing.T) {
	s, path := newCase(t)
	sub := sampleSubmission()
	sub.Answers = nil
	for i := 0; i < 500; i++ {
		sub.Answers = append(sub.Answers, review.Answer{
			Item: fmt.Sprintf("x%03d", i), Text: fmt.Sprintf("回答 %d 番「\"引用\"」\\ 𠮷野家%04d", i, i),
			Note: fmt.Sprintf("備考%d", i), Evidence: []string{fmt.Sprintf("証跡%d.pdf", i)}, Provenance: fmt.Sprintf("a.xlsx 開示項目!E%d", i+2), Reply: "",
		})
	}
	ctx := context.Background()
	id, err := s.Import(ctx, sub, ImportOptions{Actor: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	db := rawDB(t, path)
	rows, err := db.Query(`SELECT item, seq, text, note, evidence, provenance FROM answers WHERE app = ? ORDER BY rowid`, id)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var item, text, note, ev, prov string
		var seq int
		rows.Scan(&item, &seq, &text, &note, &ev, &prov)
		a := sub.Answers[n]
		if item != a.Item || seq != n || text != a.Text || note != a.Note || ev != fmt.Sprintf(`["証跡%d.pdf"]`, n) || prov != a.Provenance {
			t.Fatalf("row %d: %q %d %q %q %q %q, want %+v", n, item, seq, text, note, ev, prov, a)
		}
		n++
	}
	rows.Close()
	if n != len(sub.Answers) {
		t.Fatalf("%d answers stored, want %d", n, len(sub.Answers))
	}
	if _, err := db.Exec(`INSERT INTO answers_fts(answers_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("search index: %v", err)
	}
	for _, i := range []int{0, 250, 499} {
		hits, err := s.Search(ctx, fmt.Sprintf("野家%04d", i), 10)
		if err != nil || len(hits) != 1 || hits[0].Item != sub.Answers[i].Item {
			t.Errorf("search for answer %d: %+v %v", i, hits, err)
		}
	}
}
