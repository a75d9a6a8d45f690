package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"shinsa/review"
)

// A page that listing never reads (the search index) is damaged: reading
// verbs still list, without reading the whole file first, but the first
// write is refused before a byte is written, and verify names the damage.
func TestDamage_is_found_before_the_first_write_not_before_every_read(t *testing.T) {
	s, _ := newCase(t)
	id := mustImport(t, s)
	copyPath := filepath.Join(t.TempDir(), "copy.shinsa")
	if err := s.Backup(t0(), copyPath); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db := rawDB(t, copyPath)
	var page int64
	if err := db.QueryRow(`SELECT max(pageno) FROM dbstat WHERE name = 'answers_fts_data'`).Scan(&page); err != nil {
		t.Fatal(err)
	}
	var pageSize int64
	db.QueryRow("PRAGMA page_size").Scan(&pageSize)
	db.Close()
	data, err := os.ReadFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	off := (page - 1) * pageSize
	for i := off; i < off+pageSize; i++ {
		data[i] = 0xA5
	}
	if err := os.WriteFile(copyPath, data, 0o644); err != nil {
		t.Fatal(err)
	}

	d, err := Open(copyPath)
	if err != nil {
		t.Fatalf("opening to read refused a file whose damage it need not read: %v", err)
	}
	defer d.Close()
	sums, err := d.Summaries(t0())
	if err != nil || len(sums) != 1 {
		t.Fatalf("listing: %d applications, %v", len(sums), err)
	}
	_, err = d.SaveFinding(t0(), FindingInput{App: id, Item: "1", Verdict: review.Conforms, Reviewer: "r"})
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("a write into a damaged file: %v, want it refused as damaged", err)
	}
	if after, _ := os.ReadFile(copyPath); !bytes.Equal(after, data) {
		t.Fatal("the refused write changed the file")
	}
	if rep, err := d.Verify(t0()); err == nil && rep.OK() {
		t.Fatal("verify found no damage")
	}
}
