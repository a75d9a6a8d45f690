package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"shinsa/review"
)

// A failed write must say why in words, keep nothing half-written, and let
// the next save succeed once the cause is gone.

func TestWriteFailure_disk_full(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	var pages int
	s.write.QueryRow("PRAGMA page_count").Scan(&pages)
	// SQLite's own limit on the file's size: the same SQLITE_FULL a full disk gives.
	if _, err := s.write.Exec("PRAGMA max_page_count = " + strconv.Itoa(pages)); err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("所見", 40000)
	_, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Query, Note: big, Reviewer: "r", Base: 0})
	var we *WriteError
	if !errors.As(err, &we) || !strings.Contains(we.Error(), "disk is full") {
		t.Fatalf("save on a full disk: %v, want a WriteError saying the disk is full", err)
	}
	if f, _ := s.Finding(ctx, id, "5"); f.Revision != 0 {
		t.Fatalf("half-written: finding revision %d after a failed save", f.Revision)
	}
	s.write.Exec("PRAGMA max_page_count = 1073741823")
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Query, Note: big, Reviewer: "r", Base: 0}); err != nil {
		t.Fatalf("save after space was freed: %v", err)
	}
	if rep, _ := s.Verify(ctx); !rep.OK() {
		t.Fatalf("verify: %v", rep.Problems)
	}
}

func TestWriteFailure_file_removed_while_open(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	_, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Conforms, Reviewer: "r", Base: 0})
	var we *WriteError
	if !errors.As(err, &we) || !strings.Contains(we.Error(), "moved or removed") {
		t.Fatalf("save into a removed file: %v, want a WriteError saying it was removed", err)
	}
}

func TestWriteFailure_file_made_read_only(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	release := immutable(t, path)
	defer release()
	_, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Conforms, Note: "読取専用", Reviewer: "r", Base: 0})
	var we *WriteError
	if !errors.As(err, &we) || !strings.Contains(we.Error(), "read-only") {
		t.Fatalf("save into a read-only file: %v, want a WriteError saying it is read-only", err)
	}
	release()
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Conforms, Note: "読取専用", Reviewer: "r", Base: 0}); err != nil {
		t.Fatalf("save once writable again: %v", err)
	}
}

func TestReadFailure_says_why(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	defer immutable(t, path)()
	// A fresh reader connection must open the files; the pool's may be idle.
	s.read.SetMaxIdleConns(0)
	_, err := s.FindingsSince(ctx, id, time.Time{})
	if err == nil {
		t.Fatal("a fresh reader read an immutable WAL case file: nothing to explain, and this test no longer tests anything")
	}
	var re *ReadError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "make them writable") {
		t.Fatalf("read of an immutable case file: %v", err)
	}
}

// immutable makes a case file and its -wal and -shm files immutable
// (chattr +i: root ignores permission bits, not this) and returns the
// function that makes them writable again.
func immutable(t *testing.T, path string) (release func()) {
	t.Helper()
	files := []string{path, path + "-wal", path + "-shm"}
	for _, f := range files {
		if out, err := exec.Command("chattr", "+i", f).CombinedOutput(); err != nil {
			t.Fatalf("chattr +i %s: %v %s (e2fsprogs provides chattr)", f, err, out)
		}
	}
	return func() {
		for _, f := range files {
			exec.Command("chattr", "-i", f).Run()
		}
	}
}
