package store

import (
	"context"
	"path/filepath"
	"testing"
)

// DataVersion stays put while nothing is written and moves when this Store
// or another one (another process) commits, so a screen shown again can skip
// reloading an unchanged case file.
func TestDataVersionMovesOnlyOnCommits(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "case.shinsa")
	s, err := Create(path, "tester")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	version := func(s *Store) int64 {
		t.Helper()
		v, err := s.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version(s)
	if _, err := s.Summaries(ctx); err != nil {
		t.Fatal(err)
	}
	if v := version(s); v != v0 {
		t.Fatalf("reading moved the version %d → %d", v0, v)
	}
	if err := s.SetOffice(ctx, Office{Name: "ASPIC", LetterNumber: DefaultLetterNumber}, "tester"); err != nil {
		t.Fatal(err)
	}
	v1 := version(s)
	if v1 == v0 {
		t.Fatal("a write of this Store left the version where it was")
	}
	other, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.SetOffice(ctx, Office{Name: "ASPIC 事務局", LetterNumber: DefaultLetterNumber}, "colleague"); err != nil {
		t.Fatal(err)
	}
	if v := version(s); v == v1 {
		t.Fatal("a colleague's write left the version where it was")
	}
}
