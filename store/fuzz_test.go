package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpen hands Open arbitrary bytes as a case file, seeded with a real
// case file and its damaged variants: Open must refuse or open, never panic,
// and must not modify a file it refuses.
func FuzzOpen(f *testing.F) {
	dir := f.TempDir()
	path := filepath.Join(dir, "seed.shinsa")
	s, err := Create(path, "fuzz")
	if err != nil {
		f.Fatal(err)
	}
	mustImport(f, s)
	if err := s.Backup(t0(), filepath.Join(dir, "copy.shinsa")); err != nil {
		f.Fatal(err)
	}
	s.Close()
	good, _ := os.ReadFile(filepath.Join(dir, "copy.shinsa"))
	f.Add(good)
	f.Add(good[:100])
	f.Add(good[:len(good)/2])
	flipped := bytes.Clone(good)
	flipped[4096+100] ^= 0xff
	f.Add(flipped)
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "f.shinsa")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Open(p)
		if err != nil {
			after, _ := os.ReadFile(p)
			if !bytes.Equal(after, data) {
				t.Fatal("a refused file was modified")
			}
			return
		}
		s.Verify(t0())
		s.Close()
	})
}

// FuzzParseAnchor: any string is refused or parsed into an anchor that
// prints back to the same form.
func FuzzParseAnchor(f *testing.F) {
	f.Add("0000000000000000000000000000000000000000000000000000000000000000:0")
	f.Add("3f5aE1:412")
	f.Add(":")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAnchor(s)
		if err != nil {
			return
		}
		b, err := ParseAnchor(a.String())
		if err != nil || b != a {
			t.Fatalf("ParseAnchor(%q) = %v, which does not round-trip: %v %v", s, a, b, err)
		}
	})
}
