package tui

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"shinsa/store"
)

// TestReadOnlyCaseFileShowsABanner: a case file in a folder nobody may
// write into opens read-only; the workbench says so at once, and a verdict
// pressed says it was not saved and why.
func TestReadOnlyCaseFileShowsABanner(t *testing.T) {
	s := demoCopy(t)
	path := s.Path()
	s.Close()
	for _, f := range []string{path + "-wal", path + "-shm"} {
		os.Remove(f)
	}
	dir := filepath.Dir(path)
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Fatalf("chattr +i: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", dir).Run()
	ro, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	h := newHarness(t, ro, "en", 120, 30)
	contains(t, h.view(), "READ-ONLY", "folder is read-only")
	h.open(2, "2")
	h.keys("1")
	contains(t, h.view(), "not saved")
}
