package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shinsa/store"
)

func TestIntegrity_damaged_large_file_is_said_after_the_first_screen(t *testing.T) {
	data, err := os.ReadFile(demoPath)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "damaged.shinsa")
	// Damage a page near the end (answers and findings), past what the
	// first screen reads.
	for off := len(data) - 40*4096; off < len(data)-4096; off += 4096 {
		data[off+100] ^= 0xff
		data[off+1000] ^= 0xff
	}
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenWith(p, store.Options{SkipQuickCheck: true})
	if err != nil {
		t.Fatalf("the damage reached the first pages: %v", err)
	}
	defer s.Close()
	old := quickCheckAbove
	quickCheckAbove = 0 // treat the demo as a large file
	defer func() { quickCheckAbove = old }()
	h := newHarness(t, s, "en", 80, 24)
	v := h.view()
	if !strings.Contains(v, "damaged case file") {
		t.Fatalf("no word of the damage on screen:\n%s", v)
	}
	// A sound file says nothing.
	h2 := newHarness(t, demoCopy(t), "en", 80, 24)
	if strings.Contains(h2.view(), "damaged") {
		t.Fatal("a sound file was called damaged")
	}
}
