package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// A run that ends in an error removes its own temporary folder, and any
// start removes the folders that killed runs left, but not a running one's.
func TestTempFolders_swept_at_start_and_removed_at_exit(t *testing.T) {
	tmp := t.TempDir()
	gone := exec.Command(bin, "--help")
	if err := gone.Run(); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-2 * time.Minute)
	mk := func(pid int) string {
		d := filepath.Join(tmp, fmt.Sprintf("shinsa-%d-123456", pid))
		if err := os.MkdirAll(filepath.Join(d, "intake-1"), 0o700); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(d, "intake-1", "sheet.xml"), []byte("<worksheet>"), 0o600)
		os.Chtimes(d, old, old)
		return d
	}
	stale := mk(gone.Process.Pid) // a run that was killed: its pid is gone
	running := mk(os.Getpid())    // this test process is alive
	r := shinsaIn(t, tmp, "list", filepath.Join(tmp, "missing.shinsa"))
	if r.code != 2 {
		t.Fatalf("list of a missing file: exit %d, %s", r.code, r.stderr)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Errorf("the folder of a killed run, %s, is still there after the next start", stale)
	}
	if _, err := os.Stat(running); err != nil {
		t.Errorf("the folder of a running process was removed: %v", err)
	}
	ents, _ := os.ReadDir(tmp)
	if len(ents) != 1 {
		t.Errorf("TMPDIR holds %d entries after the run, want only the running process's folder: %v", len(ents), ents)
	}
}
