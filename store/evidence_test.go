package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

func pdfBytes(seed string, size int) []byte {
	b := make([]byte, size)
	copy(b, "%PDF-1.7\n")
	for i := 9; i < size; i++ {
		b[i] = byte(i*7) ^ seed[i%len(seed)]
	}
	return b
}

func hexSum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func TestEvidence_add_links_rows_by_name_and_stores_bytes_once(t *testing.T) {
	s, _ := newCase(t)
	ctx := t0()
	a := mustImport(t, s)
	b := mustImport(t, s)
	doc := pdfBytes("registry", 3*ChunkSize+123) // four chunks
	got, err := s.AddEvidence(ctx, a, "佐藤", EvidenceLimits{}, []EvidenceInput{
		{Name: "/home/x/Downloads/登記簿.PDF", R: bytes.NewReader(doc)},
		{Name: "../../etc/\x1b[31mpolicy.txt", R: strings.NewReader("情報セキュリティ基本方針"), Rows: []string{"5"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Name != "登記簿.PDF" || got[0].SHA256 != hexSum(doc) || got[0].Size != int64(len(doc)) ||
		got[0].MediaType != "application/pdf" || !got[0].Stored || strings.Join(got[0].Rows, ",") != "4.1" {
		t.Fatalf("first file = %+v (want name without path, PDF, linked to 4.1 through 証跡 登記簿.pdf)", got[0])
	}
	if got[1].Name != "policy.txt" || !strings.HasPrefix(got[1].MediaType, "text/plain") || strings.Join(got[1].Rows, ",") != "5" {
		t.Fatalf("second file = %+v (want sanitised name, text, row 5)", got[1])
	}
	// The same bytes for another application, under another name: one copy.
	got2, err := s.AddEvidence(ctx, b, "鈴木", EvidenceLimits{}, []EvidenceInput{{Name: "registry-copy.pdf", R: bytes.NewReader(doc)}})
	if err != nil {
		t.Fatal(err)
	}
	if got2[0].Stored || got2[0].SHA256 != got[0].SHA256 {
		t.Fatalf("same bytes again = %+v, want deduplicated", got2[0])
	}
	var chunks, blobs int
	s.read.QueryRow("SELECT count(*) FROM blob_chunks").Scan(&chunks)
	s.read.QueryRow("SELECT count(*) FROM blobs").Scan(&blobs)
	if chunks != 5 || blobs != 2 {
		t.Fatalf("stored %d chunks of %d blobs, want 5 of 2 (4 + 1, the PDF once)", chunks, blobs)
	}
	// Adding the same file again only adds links.
	again, err := s.AddEvidence(ctx, a, "佐藤", EvidenceLimits{}, []EvidenceInput{{Name: "登記簿.PDF", R: bytes.NewReader(doc), Rows: []string{"1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if !again[0].Already || strings.Join(again[0].Rows, ",") != "1,4.1" {
		t.Fatalf("again = %+v", again[0])
	}
	list, err := s.Evidence(ctx, a)
	if err != nil || len(list) != 2 || list[0].AddedBy != "佐藤" || list[0].Added == "" {
		t.Fatalf("list = %+v, %v", list, err)
	}
	var out bytes.Buffer
	if _, err := s.WriteEvidence(ctx, got[0].SHA256, &out); err != nil || !bytes.Equal(out.Bytes(), doc) {
		t.Fatalf("read back %d bytes, %v", out.Len(), err)
	}
	evs, _ := s.Events(ctx, a)
	var n int
	for _, e := range evs {
		if e.Kind == EvEvidence && strings.Contains(string(e.Payload), got[0].SHA256) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d evidence.added events carry the hash, want 1", n)
	}
	rep, err := s.Verify(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
}

func TestEvidence_limits_refuse_and_write_nothing(t *testing.T) {
	s, _ := newCase(t)
	ctx := t0()
	a := mustImport(t, s)
	lim := EvidenceLimits{File: 1000, App: 1500}
	_, err := s.AddEvidence(ctx, a, "x", lim, []EvidenceInput{
		{Name: "small.txt", R: strings.NewReader("ok")},
		{Name: "big.pdf", R: bytes.NewReader(pdfBytes("b", 1001))},
	})
	if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "big.pdf: ") {
		t.Fatalf("over the file limit: %v", err)
	}
	if _, err := s.AddEvidence(ctx, a, "x", lim, []EvidenceInput{{Name: "a.pdf", R: bytes.NewReader(pdfBytes("a", 900))}}); err != nil {
		t.Fatal(err)
	}
	_, err = s.AddEvidence(ctx, a, "x", lim, []EvidenceInput{{Name: "c.pdf", R: bytes.NewReader(pdfBytes("c", 900))}})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "per application") {
		t.Fatalf("over the application limit: %v", err)
	}
	list, _ := s.Evidence(ctx, a)
	if len(list) != 1 || list[0].Name != "a.pdf" {
		t.Fatalf("after refusals: %+v", list)
	}
}

func TestEvidence_verify_names_an_altered_file_and_backup_carries_it(t *testing.T) {
	s, path := newCase(t)
	ctx := t0()
	a := mustImport(t, s)
	doc := pdfBytes("fin", 2*ChunkSize+10)
	got, err := s.AddEvidence(ctx, a, "x", EvidenceLimits{}, []EvidenceInput{
		{Name: "決算書.pdf", R: bytes.NewReader(doc)},
		{Name: "other.txt", R: strings.NewReader("untouched")},
	})
	if err != nil {
		t.Fatal(err)
	}
	bak := filepath.Join(t.TempDir(), "copy.shinsa")
	if err := s.Backup(ctx, bak); err != nil {
		t.Fatal(err)
	}
	c, err := Open(bak)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := c.WriteEvidence(ctx, got[0].SHA256, &out); err != nil || !bytes.Equal(out.Bytes(), doc) {
		t.Fatalf("backup's copy: %d bytes, %v", out.Len(), err)
	}
	if rep, err := c.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("backup verify: %v %v", rep.Problems, err)
	}
	c.Close()

	// Flip a byte of the second chunk, as someone with sqlite3 would.
	db := rawDB(t, path)
	if _, err := db.Exec("UPDATE blob_chunks SET data = zeroblob(10) WHERE n = 1"); err == nil {
		t.Fatal("the append-only trigger let a chunk be changed")
	}
	if _, err := db.Exec(`DROP TRIGGER blob_chunks_no_update`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE sha256 = ? AND n = 1", got[0].SHA256); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || !strings.Contains(rep.Problems[0].Where, `"決算書.pdf" (application 1)`) ||
		!strings.Contains(rep.Problems[0].Message, "does not match its SHA-256") {
		t.Fatalf("problems = %v", rep.Problems)
	}
	for _, p := range rep.Problems {
		if strings.Contains(p.Where, "other.txt") {
			t.Fatalf("the untouched file is blamed: %v", p)
		}
	}
	if _, err := s.WriteEvidence(ctx, got[0].SHA256, io.Discard); !errors.Is(err, ErrEvidenceDamaged) {
		t.Fatalf("writing out the altered file: %v", err)
	}
	// A deleted chunk is named too.
	db.Exec("DROP TRIGGER blob_chunks_no_delete")
	db.Exec("DELETE FROM blob_chunks WHERE sha256 = ? AND n = 2", got[0].SHA256)
	rep, _ = s.Verify(ctx)
	if rep.OK() || !strings.Contains(fmt.Sprint(rep.Problems), "決算書.pdf") {
		t.Fatalf("problems after a deleted chunk = %v", rep.Problems)
	}
}

func TestEvidence_names_match_the_submissions_column(t *testing.T) {
	for _, c := range []struct {
		cited, file string
		want        bool
	}{
		{"登記簿.pdf", "登記簿.PDF", true},
		{"登記簿", "登記簿.pdf", true},
		{"ＩＳＭＳ認証書.pdf", "ISMS認証書.pdf", true},
		{"登記簿.pdf", "登記簿2.pdf", false},
		{"", "x.pdf", false},
	} {
		if got := EvidenceNameMatches(c.cited, c.file); got != c.want {
			t.Errorf("EvidenceNameMatches(%q, %q) = %v", c.cited, c.file, got)
		}
	}
}

func TestDetectMediaType_from_content(t *testing.T) {
	for _, c := range []struct {
		head []byte
		want string
	}{
		{[]byte("%PDF-1.4 ..."), "application/pdf"},
		{[]byte("PK\x03\x04....[Content_Types].xml....xl/workbook.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{[]byte("PK\x03\x04....foo.txt"), "application/zip"},
		{[]byte("\x89PNG\r\n\x1a\n0000"), "image/png"},
		{[]byte("MZ\x90\x00"), "application/octet-stream"},
	} {
		if got := DetectMediaType(c.head); got != c.want {
			t.Errorf("DetectMediaType(%q) = %q, want %q", c.head[:6], got, c.want)
		}
	}
}

// BenchmarkEvidenceAdd stores b.N MiB of fresh evidence; MB/s is the cost
// of adding (hashing twice, writing chunks, committing). 1 GB costs 1024
// times one op.
func BenchmarkEvidenceAdd(b *testing.B) {
	s, _ := newCase(b)
	a := mustImport(b, s)
	data := pdfBytes("bench", 64*ChunkSize)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(data[9:], fmt.Sprintf("%016d", i)) // new bytes each time
		if _, err := s.AddEvidence(t0(), a, "x", EvidenceLimits{File: 1 << 30, App: 1 << 40},
			[]EvidenceInput{{Name: fmt.Sprintf("f%d.pdf", i), R: bytes.NewReader(data)}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvidenceVerify rehashes 64 MiB of stored evidence per op.
func BenchmarkEvidenceVerify(b *testing.B) {
	s, _ := newCase(b)
	a := mustImport(b, s)
	data := pdfBytes("bench", 64*ChunkSize)
	if _, err := s.AddEvidence(t0(), a, "x", EvidenceLimits{}, []EvidenceInput{{Name: "f.pdf", R: bytes.NewReader(data)}}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := s.Verify(t0())
		if err != nil || !rep.OK() {
			b.Fatal(rep.Problems, err)
		}
	}
}
