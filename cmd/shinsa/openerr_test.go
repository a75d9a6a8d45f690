//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOpen_a_read_only_folder_reads_and_refuses_writes_truthfully: the
// reading verbs work on a case file in a folder nobody may write into
// (chattr +i stops root too); a write says the folder is read-only, in one
// line, exit 2, and never calls the file damaged.
func TestOpen_a_read_only_folder_reads_and_refuses_writes_truthfully(t *testing.T) {
	path := demoCase(t)
	dir := filepath.Dir(path)
	for _, f := range []string{path + "-wal", path + "-shm"} {
		os.Remove(f) // closed cleanly: nothing beside it
	}
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Fatalf("chattr +i: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", dir).Run()
	for _, args := range [][]string{{"list", path}, {"report", path, "1"}, {"search", path, "クラウド"}, {"diff", path, "2"}, {"verify", path}} {
		r := shinsa(t, args...)
		if r.code != 0 || strings.Contains(r.stderr, "damaged") {
			t.Errorf("%v in a read-only folder: exit %d %s", args, r.code, r.stderr)
		}
	}
	r := shinsa(t, "finding", path, "2", "2", "--note", "書けない")
	if r.code != 2 || !strings.Contains(r.stderr, "folder is read-only") || strings.Contains(r.stderr, "backup") ||
		strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Fatalf("a write in a read-only folder: exit %d %q", r.code, r.stderr)
	}
}

// TestOpen_a_fifo_is_refused_at_once: naming a FIFO as the case file is
// refused with exit 2 instead of waiting for a writer forever.
func TestOpen_a_fifo_is_refused_at_once(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.shinsa")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	r := shinsa(t, "list", fifo)
	if r.code != 2 || !strings.Contains(r.stderr, "named pipe") || !strings.Contains(r.stderr, fifo) {
		t.Fatalf("FIFO: exit %d %q", r.code, r.stderr)
	}
}

// TestVerify_repair_restores_dropped_triggers: triggers dropped with the
// sqlite3 tool: writes are refused naming them, verify exits 1 naming
// them, verify --repair restores them after a backup and the file verifies
// and takes writes again.
func TestVerify_repair_restores_dropped_triggers(t *testing.T) {
	path := demoCase(t)
	if out, err := exec.Command("sqlite3", path, "DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;").CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v %s", err, out)
	}
	r := shinsa(t, "finding", path, "2", "2", "--note", "x")
	if r.code != 2 || !strings.Contains(r.stderr, "append-only triggers events_no_delete, events_no_update are missing") {
		t.Fatalf("a write without the triggers: exit %d %q", r.code, r.stderr)
	}
	if v := shinsa(t, "verify", path); v.code != 1 || !strings.Contains(v.stdout, "append-only were dropped") {
		t.Fatalf("verify: %d %s", v.code, v.stdout)
	}
	rp := shinsa(t, "verify", "--repair", path)
	if rp.code != 0 || !strings.Contains(rp.stderr, "events_no_update") || !strings.Contains(rp.stderr, ".bak-repair-") {
		t.Fatalf("verify --repair: %d %s %s", rp.code, rp.stdout, rp.stderr)
	}
	if r := shinsa(t, "finding", path, "2", "2", "--note", "x"); r.code != 0 {
		t.Fatalf("a write after the repair: %d %s", r.code, r.stderr)
	}
	if lg := shinsa(t, "log", path); !strings.Contains(lg.stdout, "case.repaired") {
		t.Fatal("the repair is not in the log")
	}
}
