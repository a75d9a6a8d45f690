//go:build unix

package store

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A case file is created like any other file of the user's: 0666 less the
// umask, not 0600; backups keep the original's mode.
func TestCaseFileModeFollowsUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	p := filepath.Join(dir, "office.shinsa")
	s, err := Create(p, "tester")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o640 {
		t.Errorf("created with mode %o under umask 027, want 640", st.Mode().Perm())
	}
	if err := os.Chmod(p, 0o600); err != nil {
		t.Fatal(err)
	}
	bak := filepath.Join(dir, "copy.shinsa")
	if err := s.Backup(context.Background(), bak); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(bak); st.Mode().Perm() != 0o600 {
		t.Errorf("backup of a 0600 file has mode %o", st.Mode().Perm())
	}
}
