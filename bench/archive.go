package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"shinsa/demo"
	"shinsa/review"
	"shinsa/store"
)

// generation changes whenever demo.Archive writes different data, so a
// cached archive of an older generator is not reused.
const generation = 7

// ArchivePath returns a case file of n applications written by demo.Archive,
// generating it on first use (minutes for 2,000: every import and finding
// batch is a durable transaction). The file is written under a temporary
// name and renamed, so an interrupted run leaves no half archive behind.
func ArchivePath(n int) (string, error) {
	dir := os.Getenv("SHINSA_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "shinsa-bench")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, fmt.Sprintf("archive-%d-s%d-g%d.shinsa", n, store.SchemaVersion, generation))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	tmp := path + ".partial"
	for _, suf := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suf)
	}
	s, err := store.Create(tmp, "bench")
	if err != nil {
		return "", err
	}
	opt := demo.Options{Today: review.NewDate(2026, 11, 1), Reviewer: "審査 太郎", Seed: 7}
	if err := demo.Archive(context.Background(), s, n, opt); err != nil {
		s.Close()
		return "", err
	}
	if err := s.Close(); err != nil {
		return "", err
	}
	return path, os.Rename(tmp, path)
}
