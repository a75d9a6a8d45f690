package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shinsa/review"
)

func newCase(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.shinsa")
	s, err := Create(path, "tester")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func sampleSubmission() *review.Submission {
	return &review.Submission{
		App: review.Application{Scheme: "asp-saas", Edition: "ref-2026", Kind: review.New,
			Applicant: "北斗クラウドテクノロジー株式会社", CorporateNumber: "2394886327870", Service: "北斗電子契約",
			DisclosureDate: review.NewDate(2026, 10, 1), Submitted: review.NewDate(2026, 10, 12)},
		Answers: []review.Answer{
			{Item: "1", Text: "2026年10月1日", Provenance: "new.xlsx 開示項目!E5"},
			{Item: "4.1", Text: "〒103-0025 東京都中央区\n日本橋茅場町～五丁目", Evidence: []string{"登記簿.pdf"}},
			{Item: "5", Text: "ＩＳＯ２７００１を取得〜しています。"},
		},
	}
}

func mustImport(t testing.TB, s *Store) int64 {
	t.Helper()
	id, err := s.Import(context.Background(), sampleSubmission(), ImportOptions{Actor: "tester", SourceName: "new.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// rawDB opens the file the way the sqlite3 CLI would: no shinsa code involved.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestCreate_refuses_existing_file_and_reopens(t *testing.T) {
	s, path := newCase(t)
	if _, err := Create(path, "x"); !errors.Is(err, ErrExists) {
		t.Fatalf("Create over an existing file: got %v, want ErrExists", err)
	}
	id := mustImport(t, s)
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	a, err := s2.Application(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Service != "北斗電子契約" || a.DisclosureDate.String() != "2026-10-01" || a.Status != review.Received {
		t.Fatalf("reopened application = %+v", a)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".case.shinsa.new-*"))
	if len(leftovers) != 0 {
		t.Fatalf("temporary files left behind: %v", leftovers)
	}
}

func TestOpen_refuses_foreign_files_without_touching_them(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	_, good := newCase(t)
	newer := filepath.Join(dir, "newer.shinsa")
	b, _ := os.ReadFile(good)
	b[63] = byte(SchemaVersion + 1) // user_version, big-endian at 60..63
	os.WriteFile(newer, b, 0o644)

	files := map[string][]byte{
		"notes.txt":    []byte("これはテキストファイルです\n"),
		"book.xlsx":    append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0}, 200)...),
		"empty.shinsa": {},
		"short.shinsa": []byte("SQLite format 3"),
	}
	for name, data := range files {
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	cases := []struct{ name, want string }{
		{"notes.txt", "not a shinsa case file"},
		{"book.xlsx", "zip file"},
		{"empty.shinsa", "empty"},
		{"short.shinsa", "too short"},
		{"other.db", "another program"},
		{"newer.shinsa", "newer than this program"},
		{"missing.shinsa", "no such file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.name)
			before, _ := os.ReadFile(p)
			_, err := Open(p)
			if err == nil {
				t.Fatal("opened a file it should refuse")
			}
			msg := err.Error()
			if !strings.Contains(msg, p) || !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
				t.Fatalf("error %q: want one line naming %s and saying %q", msg, p, c.want)
			}
			after, _ := os.ReadFile(p)
			if !bytes.Equal(before, after) {
				t.Fatal("the refused file was modified")
			}
			for _, suf := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(p + suf); err == nil {
					t.Fatalf("opening left %s%s behind", c.name, suf)
				}
			}
		})
	}
}

func TestImport_keeps_text_exactly_and_logs_it(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	got, err := s.Answers(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleSubmission().Answers
	if len(got) != len(want) {
		t.Fatalf("%d answers, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Text != want[i].Text || got[i].Item != want[i].Item || got[i].Provenance != want[i].Provenance {
			t.Errorf("answer %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	evs, _ := s.Events(ctx, id)
	if len(evs) != 1 || evs[0].Kind != EvImported {
		t.Fatalf("events of the application = %+v, want one import", evs)
	}
}

func TestImport_failure_writes_nothing(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	sub := sampleSubmission()
	sub.Answers = append(sub.Answers, review.Answer{Item: "1", Text: "dup"})
	if _, err := s.Import(ctx, sub, ImportOptions{Actor: "t"}); err == nil {
		t.Fatal("duplicate item imported")
	}
	apps, _ := s.Applications(ctx)
	evs, _ := s.Events(ctx, 0)
	if len(apps) != 0 || len(evs) != 1 {
		t.Fatalf("after a failed import: %d applications, %d events; want 0 and 1", len(apps), len(evs))
	}
}

func TestSaveFinding_refuses_to_overwrite_a_newer_revision(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	f1, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Query, Note: "A", Reviewer: "佐藤", Base: 0})
	if err != nil || f1.Revision != 1 {
		t.Fatalf("first save: %+v %v", f1, err)
	}
	// Two editors both started from revision 1.
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Correction, Note: "B", Reviewer: "鈴木", Base: 1}); err != nil {
		t.Fatal(err)
	}
	_, err = s.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Conforms, Note: "C", Reviewer: "佐藤", Base: 1})
	var ce *ConflictError
	if !errors.As(err, &ce) || !errors.Is(err, ErrConflict) {
		t.Fatalf("stale save: got %v, want a ConflictError", err)
	}
	if ce.Current.Note != "B" || ce.Current.Reviewer != "鈴木" || ce.Current.Revision != 2 {
		t.Fatalf("conflict shows %+v, want 鈴木's revision 2", ce.Current)
	}
	cur, _ := s.Finding(ctx, id, "4.1")
	if cur.Note != "B" {
		t.Fatalf("stored note %q: the stale save overwrote it", cur.Note)
	}
	a, _ := s.Application(ctx, id)
	if a.Status != review.InReview {
		t.Fatalf("status after first finding = %s, want in-review", a.Status)
	}
	rep, err := s.Verify(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("verify after saves: %+v %v", rep.Problems, err)
	}
}

func TestVerify_names_rows_edited_behind_shinsas_back(t *testing.T) {
	cases := []struct {
		name  string
		sql   []string
		where string
	}{
		{"finding verdict edited", []string{`UPDATE findings SET verdict = 'conforms' WHERE item = '4.1'`}, "findings row (application 1, item 4.1)"},
		{"finding deleted", []string{`DELETE FROM findings WHERE item = '5'`}, "findings row (application 1, item 5)"},
		{"finding inserted", []string{`INSERT INTO findings VALUES (1, '1', 'conforms', '', '', 'x', '2026-01-01T00:00:00.000000000Z', 1, '', 99)`}, "findings row (application 1, item 1)"},
		{"answer edited", []string{`UPDATE answers SET text = '改ざん' WHERE item = '5'`}, "answers of application 1"},
		{"application edited", []string{`UPDATE applications SET service = '別サービス'`}, "applications row 1"},
		{"event edited after dropping triggers", []string{`DROP TRIGGER events_no_update`, `UPDATE events SET payload = replace(payload, 'query', 'conforms') WHERE kind = 'finding.saved'`}, "events row"},
		{"event deleted after dropping triggers", []string{`DROP TRIGGER events_no_delete`, `DELETE FROM events WHERE seq = 2`}, "events row 3"},
		{"event inserted", []string{`INSERT INTO events VALUES (99, '2026-01-01T00:00:00Z', 'x', 'finding.saved', 1, '9', '{}', 'aa', 'bb')`}, "events row 99"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, path := newCase(t)
			ctx := context.Background()
			id := mustImport(t, s)
			for _, it := range []string{"4.1", "5"} {
				if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: it, Verdict: review.Query, Note: "n", Reviewer: "r", Base: AnyRevision}); err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			db := rawDB(t, path)
			for _, q := range c.sql {
				if _, err := db.Exec(q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			db.Close()
			s2, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s2.Close()
			rep, err := s2.Verify(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if rep.OK() {
				t.Fatal("verify found nothing")
			}
			if !strings.HasPrefix(rep.Problems[0].Where, c.where) {
				t.Fatalf("first problem %q, want it to name %q (all: %v)", rep.Problems[0], c.where, rep.Problems)
			}
		})
	}
}

func TestEventLog_rejects_update_and_delete(t *testing.T) {
	_, path := newCase(t)
	db := rawDB(t, path)
	if _, err := db.Exec(`UPDATE events SET actor = 'x'`); err == nil || !strings.Contains(err.Error(), "append-only") {
		t.Fatalf("UPDATE on events: %v", err)
	}
	if _, err := db.Exec(`DELETE FROM events`); err == nil || !strings.Contains(err.Error(), "append-only") {
		t.Fatalf("DELETE on events: %v", err)
	}
}

func TestCheckAnchor_catches_a_truncated_log(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Conforms, Reviewer: "r", Base: 0}); err != nil {
		t.Fatal(err)
	}
	anchor, _ := s.Anchor(ctx)
	if p, err := s.CheckAnchor(ctx, anchor); p != nil || err != nil {
		t.Fatalf("fresh anchor: %v %v", p, err)
	}
	s.Close()
	db := rawDB(t, path)
	// Cut the last event and the finding it recorded: the chain still holds.
	for _, q := range []string{`DROP TRIGGER events_no_delete`, `DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)`,
		`DELETE FROM findings`, `UPDATE applications SET status = 'received'`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s2, _ := Open(path)
	defer s2.Close()
	p, err := s2.CheckAnchor(ctx, anchor)
	if err != nil || p == nil || !strings.Contains(p.Message, "truncated") {
		t.Fatalf("anchor check after truncation: %v %v", p, err)
	}
	// ParseAnchor round-trips the printed form.
	a2, err := ParseAnchor(anchor.String())
	if err != nil || a2 != anchor {
		t.Fatalf("ParseAnchor(%q) = %v, %v", anchor.String(), a2, err)
	}
}

func TestBackup_copy_verifies_and_refuses_to_overwrite(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	mustImport(t, s)
	dest := filepath.Join(filepath.Dir(path), "copy.shinsa")
	if err := s.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, dest); !errors.Is(err, ErrExists) {
		t.Fatalf("second backup onto the same file: %v", err)
	}
	c, err := Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rep, err := c.Verify(ctx)
	if err != nil || !rep.OK() || rep.Apps != 1 {
		t.Fatalf("backup verify: %+v %v", rep, err)
	}
}

func TestSearch_finds_short_and_long_terms_in_normalised_text(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	for _, term := range []string{"ISO27001", "ＩＳＯ", "茅場町", "取得", "〒"} {
		hits, err := s.Search(ctx, term, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].App != id {
			t.Errorf("Search(%q) = %v, want a hit in application %d", term, hits, id)
		}
	}
	hits, _ := s.Search(ctx, "存在しない語", 0)
	if len(hits) != 0 {
		t.Errorf("search for an absent term found %v", hits)
	}
}

func TestSearch_short_terms_anywhere_in_the_text(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	sub := sampleSubmission()
	sub.Answers = []review.Answer{
		{Item: "1", Text: "建物は免震構造です"}, // 2 chars inside
		{Item: "2", Text: "耐震と免震"},     // 2 chars at the very end: no trigram starts there
		{Item: "3", Text: "免震"},        // the whole text
		{Item: "4", Text: "震"},         // one character, the whole text
		{Item: "5", Text: "地震対策"},      // 1 char at len-3
		{Item: "6", Text: "余震あ"},       // 1 char at len-2: starts no trigram
		{Item: "7", Text: "暗号化"},       // no match
	}
	if _, err := s.Import(ctx, sub, ImportOptions{Actor: "t"}); err != nil {
		t.Fatal(err)
	}
	items := func(term string) string {
		hits, err := s.Search(ctx, term, 0)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.Item)
		}
		return strings.Join(ids, ",")
	}
	for term, want := range map[string]string{"免震": "1,2,3", "震": "1,2,3,4,5,6", "暗号": "7", "号化": "7", "化": "7", "無い": ""} {
		if got := items(term); got != want {
			t.Errorf("Search(%q) found items %q, want %q", term, got, want)
		}
	}
}

func TestSummaries_counts_follow_findings_and_verify_checks_them(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	save := func(item string, v review.Verdict) {
		if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: item, Verdict: v, Reviewer: "r", Base: AnyRevision}); err != nil {
			t.Fatal(err)
		}
	}
	save("1", review.Conforms)
	save("4.1", review.Query)
	save("4.1", review.Correction) // a changed verdict moves its count
	save("5", review.Unreviewed)
	sums, err := s.Summaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := sums[0]
	if got.Answers != 3 || got.Reviewed != 2 || got.Verdicts[review.Conforms] != 1 || got.Verdicts[review.Correction] != 1 ||
		got.Verdicts[review.Query] != 0 || got.Verdicts[review.Unreviewed] != 1 {
		t.Fatalf("summary = %+v", got)
	}
	s.Close()
	db := rawDB(t, path)
	if _, err := db.Exec(`UPDATE app_counts SET n = 7 WHERE what = 'conforms'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s2, _ := Open(path)
	defer s2.Close()
	rep, _ := s2.Verify(ctx)
	if rep.OK() || !strings.HasPrefix(rep.Problems[0].Where, "app_counts row (application 1, conforms)") {
		t.Fatalf("verify after editing a count: %v", rep.Problems)
	}
}

func t0() context.Context { return context.Background() }

func TestCertify_sets_the_number_renewals_link_to_and_verify_replays_it(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	if err := s.Certify(ctx, id, "12-34", "r"); err == nil {
		t.Fatal("a malformed certification number was accepted")
	}
	certifyByProcess(t, s, id, "0123-2611")
	a, _ := s.Application(ctx, id)
	if a.Status != review.Certified || a.CertificationNumber != "0123-2611" {
		t.Fatalf("after Certify: %+v", a)
	}
	sub := sampleSubmission()
	sub.App.Kind, sub.App.CertificationNumber = review.Renewal, "0123-2611"
	ren, err := s.Import(ctx, sub, ImportOptions{Actor: "r"})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Application(ctx, ren); r.Predecessor != id {
		t.Fatalf("the renewal links to %d, want %d", r.Predecessor, id)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify after certification: %v %v", rep.Problems, err)
	}
}

func TestSearch_snippet_quotes_the_answer_as_submitted(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	mustImport(t, s)
	hits, err := s.Search(ctx, "ISO27001", 0)
	if err != nil || len(hits) != 1 {
		t.Fatalf("%v %v", hits, err)
	}
	if !strings.Contains(hits[0].Snippet, "ＩＳＯ２７００１") {
		t.Fatalf("snippet %q does not quote the full-width text the applicant wrote", hits[0].Snippet)
	}
	hits, _ = s.Search(ctx, "茅場町", 0)
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "日本橋茅場町～五丁目") || strings.Contains(hits[0].Snippet, "\n") {
		t.Fatalf("snippet %+v", hits)
	}
}

// SameCorporation finds the applications of one 法人番号 and Related gives
// them with answers and catalogs, leaving out the application itself.
func TestSameCorporationAndRelated(t *testing.T) {
	ctx := context.Background()
	s, _ := newCase(t)
	mk := func(num, service string) int64 {
		sub := &review.Submission{
			App: review.Application{Scheme: "asp-saas", Edition: "ref-2026.2", Kind: review.New, Applicant: "北斗",
				CorporateNumber: num, Service: service, DisclosureDate: review.NewDate(2026, 10, 1), Submitted: review.NewDate(2026, 10, 12)},
			Answers: []review.Answer{{Item: "11", Text: "1億円"}},
		}
		id, err := s.Import(ctx, sub, ImportOptions{Actor: "tester"})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	a, b := mk("2394886327870", "北斗電子契約"), mk("2394886327870", "北斗カルテ")
	mk("4011001000001", "別会社")
	apps, err := s.SameCorporation(ctx, "2394886327870")
	if err != nil || len(apps) != 2 || apps[0].ID != a || apps[1].ID != b {
		t.Fatalf("SameCorporation = %+v, %v", apps, err)
	}
	if none, _ := s.SameCorporation(ctx, ""); len(none) != 0 {
		t.Errorf("an empty 法人番号 matched %d applications", len(none))
	}
	reg, err := s.Registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rel, err := s.Related(ctx, reg, apps[0])
	if err != nil || len(rel) != 1 || rel[0].App.ID != b || len(rel[0].Answers) != 1 || rel[0].Catalog == nil {
		t.Fatalf("Related = %+v, %v", rel, err)
	}
}
