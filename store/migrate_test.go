package store

import (
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"shinsa/review"
)

var updateV1 = flag.Bool("update-v1", false, "rewrite testdata/v1.shinsa with the version-1 schema")

// writeV1 builds testdata/v1.shinsa: a case file as the first schema wrote
// it, with an application, answers and a finding. Checked in, so the
// migration test opens a file no current code made.
func writeV1(t *testing.T, dest string) {
	tmp := filepath.Join(t.TempDir(), "v1.shinsa")
	if err := os.WriteFile(tmp, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := initFile(tmp, "shinsa v1", 1); err != nil {
		t.Fatal(err)
	}
	s, err := openPools(tmp)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id, err := s.Import(ctx, sampleSubmission(), ImportOptions{Actor: "佐藤", SourceName: "new.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveFinding(ctx, FindingInput{App: id, Item: "4.1", Verdict: review.Correction, Request: "郵便番号を確認してください。", Reviewer: "佐藤", Base: 0}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	copyFile(t, tmp, dest)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestMigrate_opens_a_version1_file(t *testing.T) {
	fixture := filepath.Join("testdata", "v1.shinsa")
	if *updateV1 {
		writeV1(t, fixture)
	}
	path := filepath.Join(t.TempDir(), "old.shinsa")
	copyFile(t, fixture, path)
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	h, err := readHeader(path)
	if err != nil || h.userVersion != 1 {
		t.Fatalf("fixture header: %+v %v (want user_version 1)", h, err)
	}

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var v int
	s.read.QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion {
		t.Fatalf("user_version after open = %d, want %d", v, SchemaVersion)
	}
	if st, err := os.Stat(path + ".bak-v1"); err != nil {
		t.Fatalf("no backup before migrating: %v", err)
	} else if st.Mode().Perm() != 0o640 {
		t.Errorf("the backup before migrating has mode %o, the original 640", st.Mode().Perm())
	}
	f, err := s.Finding(ctx, 1, "4.1")
	if err != nil || f.Verdict != review.Correction || f.Request != "郵便番号を確認してください。" {
		t.Fatalf("finding after migration: %+v %v", f, err)
	}
	// Version 2 added search: the old answers must be found.
	hits, err := s.Search(ctx, "茅場町", 0)
	if err != nil || len(hits) != 1 {
		t.Fatalf("search in migrated file: %v %v", hits, err)
	}
	rep, err := s.Verify(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("verify after migration: %v %v", rep.Problems, err)
	}
	evs, _ := s.Events(ctx, 0)
	if last := evs[len(evs)-1]; last.Kind != EvMigrated {
		t.Fatalf("last event %s, want %s", last.Kind, EvMigrated)
	}
	// The backup is the old file, still version 1.
	if hb, err := readHeader(path + ".bak-v1"); err != nil || hb.userVersion != 1 {
		t.Fatalf("backup header %+v %v", hb, err)
	}
}
