//go:build unix

package store

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"shinsa/review"
)

// TestOpen_refuses_what_is_not_a_regular_file_at_once: a FIFO (which
// would block an open forever), a socket, a device and a folder are each
// refused with their own words, without being opened.
func TestOpen_refuses_what_is_not_a_regular_file_at_once(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.shinsa")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s.shinsa")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	link := filepath.Join(dir, "link.shinsa")
	os.Symlink(fifo, link)
	for path, want := range map[string]string{fifo: "named pipe", link: "named pipe", sock: "socket", "/dev/null": "device", dir: "folder"} {
		_, err := Open(path)
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), path+": ") {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}
	_, err = Open(filepath.Join(dir, "none.shinsa"))
	if err == nil || !strings.Contains(err.Error(), "no such file") || strings.Contains(err.Error(), "backup") {
		t.Errorf("missing file: %v", err)
	}
}

// TestOpen_in_a_read_only_folder_reads_and_says_why_it_cannot_write: a
// case file in a folder nobody can write into (chattr +i, which stops root
// too) is not called damaged: it opens read-only, everything reads, and a
// save says the folder is read-only; nothing is written beside it.
func TestOpen_in_a_read_only_folder_reads_and_says_why_it_cannot_write(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Query, Note: "読める", Reviewer: "r", Base: 0}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	dir := filepath.Dir(path)
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Fatalf("chattr +i %s: %v %s", dir, err, out)
	}
	defer exec.Command("chattr", "-i", dir).Run()
	before, _ := os.ReadDir(dir)
	ro, err := Open(path)
	if err != nil {
		t.Fatalf("open in a read-only folder: %v", err)
	}
	defer ro.Close()
	if !strings.Contains(ro.ReadOnly(), "folder is read-only") {
		t.Fatalf("ReadOnly() = %q", ro.ReadOnly())
	}
	f, err := ro.Finding(ctx, id, "4.1")
	if err != nil || f.Note != "読める" {
		t.Fatalf("reading: %+v %v", f, err)
	}
	if rep, err := ro.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify in a read-only folder: %v %v", rep.Problems, err)
	}
	_, err = ro.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Query, Reviewer: "r", Base: 0})
	var we *WriteError
	if !errors.As(err, &we) || !strings.Contains(err.Error(), "folder is read-only") || strings.Contains(err.Error(), "backup") {
		t.Fatalf("save in a read-only folder: %v", err)
	}
	after, _ := os.ReadDir(dir)
	if len(after) != len(before) {
		t.Fatalf("files appeared beside the case file: %v → %v", before, after)
	}
}

// TestSchema_missing_append_only_triggers_refuse_writes_until_repaired: a
// file with shinsa's tables but without its append-only triggers reads,
// refuses every write naming the triggers, is reported by verify, and
// Repair restores them after a backup and records it in the log.
func TestSchema_missing_append_only_triggers_refuse_writes_until_repaired(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	s.Close()
	db := rawDB(t, path)
	for _, q := range []string{`DROP TRIGGER events_no_delete`, `DROP TRIGGER catalogs_no_update`, `DROP INDEX findings_verdict`,
		`CREATE TRIGGER sneaky AFTER INSERT ON findings BEGIN UPDATE findings SET note = '' WHERE rowid = new.rowid; END`} {
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
	if _, err := s2.Applications(ctx); err != nil {
		t.Fatalf("reading: %v", err)
	}
	_, err = s2.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Query, Note: "n", Reviewer: "r", Base: 0})
	if err == nil || !strings.Contains(err.Error(), "append-only triggers catalogs_no_update, events_no_delete are missing") || !strings.Contains(err.Error(), "sneaky") {
		t.Fatalf("a write into a file without its triggers: %v", err)
	}
	rep, err := s2.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all := ""
	for _, p := range rep.Problems {
		all += p.String() + "\n"
	}
	for _, want := range []string{"the triggers that keep the log append-only were dropped", "stored criteria append-only were dropped",
		"index findings_verdict is missing", "trigger sneaky is not shinsa's"} {
		if !strings.Contains(all, want) {
			t.Errorf("verify does not say %q:\n%s", want, all)
		}
	}
	rr, err := s2.Repair(ctx, "修理者")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(rr.Backup); err != nil || len(rr.Restored) != 3 || len(rr.Removed) != 1 {
		t.Fatalf("repair: %+v %v", rr, err)
	}
	if rep, err := s2.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify after repair: %v %v", rep.Problems, err)
	}
	f, err := s2.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Query, Note: "n", Reviewer: "r", Base: 0})
	if err != nil || f.Note != "n" {
		t.Fatalf("save after repair: %+v %v", f, err)
	}
	evs, _ := s2.Events(ctx, 0)
	found := false
	for _, e := range evs {
		found = found || (e.Kind == EvRepaired && e.Actor == "修理者" && strings.Contains(string(e.Payload), "events_no_delete"))
	}
	if !found {
		t.Fatal("the repair is not in the log")
	}
	// The backup is the file as it was: still without its triggers.
	b, err := Open(rr.Backup)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if rep, _ := b.Verify(ctx); rep.OK() {
		t.Fatal("the backup was taken after the repair")
	}
}

// TestVerify_checks_derived_data_and_repair_rebuilds_it: a normalised text
// or the search index edited behind shinsa's back, and a meta row added,
// are named by verify; Repair rebuilds the derived data (the meta row,
// not derived, stays named).
func TestVerify_checks_derived_data_and_repair_rebuilds_it(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	mustImport(t, s)
	s.Close()
	db := rawDB(t, path)
	for _, q := range []string{
		`DROP TRIGGER answers_fts_au`,
		`UPDATE answers SET norm = '別の文' WHERE item = '5'`,
		`INSERT INTO meta(key, value) VALUES ('secret', 'x')`,
	} {
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
	all := ""
	for _, p := range rep.Problems {
		all += p.String() + "\n"
	}
	for _, want := range []string{"answers row (application 1, item 5): its normalised text", "search index: does not match", `meta row "secret"`, "trigger answers_fts_au is missing"} {
		if !strings.Contains(all, want) {
			t.Errorf("verify does not say %q:\n%s", want, all)
		}
	}
	rr, err := s2.Repair(ctx, "r")
	if err != nil {
		t.Fatal(err)
	}
	rep, _ = s2.Verify(ctx)
	if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].Where, "secret") {
		t.Fatalf("after repair %+v: %v", rr, rep.Problems)
	}
	hits, err := s2.Search(ctx, "27001を取得", 10)
	if err != nil || len(hits) == 0 {
		t.Fatalf("search after repair: %v %v", hits, err)
	}
}
