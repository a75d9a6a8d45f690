//go:build linux

package store

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"shinsa/review"
)

// A small tmpfs of its own for each test (the tests run as root, as the
// project's CI does): a disk that can be filled, and remounted read-only.

func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mnt")
	os.Mkdir(dir, 0o755)
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Fatalf("mount tmpfs (the tests need root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// caseOn writes a case file with one application and one finding in dir.
func caseOn(t *testing.T, dir string) (string, int64) {
	t.Helper()
	path := filepath.Join(dir, "case.shinsa")
	s, err := Create(path, "test")
	if err != nil {
		t.Fatal(err)
	}
	id := mustImport(t, s)
	if _, err := s.SaveFinding(context.Background(), FindingInput{App: id, Item: "4.1", Verdict: review.Query, Note: "読める", Reviewer: "r", Base: 0}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, id
}

// readsButCannotWrite opens path and checks that it opened read-only for
// cause, that everything reads, and that a save is refused naming cause and
// never calling the file damaged.
func readsButCannotWrite(t *testing.T, path string, id int64, cause string) {
	t.Helper()
	ctx := context.Background()
	ro, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer ro.Close()
	if !strings.Contains(ro.ReadOnly(), cause) {
		t.Fatalf("ReadOnly() = %q, want it to say %q", ro.ReadOnly(), cause)
	}
	if f, err := ro.Finding(ctx, id, "4.1"); err != nil || f.Note != "読める" {
		t.Fatalf("reading: %+v %v", f, err)
	}
	if rep, err := ro.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
	_, err = ro.SaveFinding(ctx, FindingInput{App: id, Item: "5", Verdict: review.Query, Reviewer: "r", Base: 0})
	var we *WriteError
	if !errors.As(err, &we) || !strings.Contains(err.Error(), cause) || strings.Contains(err.Error(), "backup") || strings.Contains(err.Error(), "damaged") {
		t.Fatalf("save: %v, want a WriteError saying %q", err, cause)
	}
}

func TestOpen_on_a_full_disk_reads_and_says_the_disk_is_full(t *testing.T) {
	dir := mountTmpfs(t, "4m")
	path, id := caseOn(t, dir)
	// Fill the disk.
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	f.Close()
	readsButCannotWrite(t, path, id, "disk is full")
}

func TestOpen_on_read_only_media_reads_and_says_so(t *testing.T) {
	dir := mountTmpfs(t, "8m")
	path, id := caseOn(t, dir)
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount ro: %v %s", err, out)
	}
	readsButCannotWrite(t, path, id, "read-only media")
}

// Another program holding the case file with an exclusive lock (sqlite3 in
// exclusive locking mode inside a transaction): opening says it is locked,
// never damaged, and opens once the lock is gone.
func TestOpen_a_locked_file_says_it_is_locked(t *testing.T) {
	path, _ := caseOn(t, t.TempDir())
	holder := exec.Command("sqlite3", path)
	in, _ := holder.StdinPipe()
	out, _ := holder.StdoutPipe()
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Wait()
	defer in.Close()
	io.WriteString(in, "PRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT count(*) FROM applications;\nSELECT 'held';\n")
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "held" {
	}
	_, err := Open(path)
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "locked") || strings.Contains(err.Error(), "backup") || !strings.HasPrefix(err.Error(), path+": ") {
		t.Fatalf("open of a locked case file: %v", err)
	}
	io.WriteString(in, "COMMIT;\n.quit\n")
	in.Close()
	holder.Wait()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("open once the lock is gone: %v", err)
	}
	s.Close()
}
