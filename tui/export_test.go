package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportAsksBeforeOverwriting: a second export names the files it
// would replace and waits for y; n keeps them as they are. The message
// says the absolute folder, even for a case file given as a relative path.
func TestExportAsksBeforeOverwriting(t *testing.T) {
	s := demoCopy(t)
	dir := filepath.Dir(s.Path())
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, "en", 200, 50)
	h.c.caseFile = "demo.shinsa" // as typed on the command line
	h.open(2, "2")
	h.keys("x")
	contains(t, h.view(), "wrote 2-committee.html, 2-letter.html (and .md) in "+dir)
	letter := filepath.Join(dir, "2-letter.md")
	if err := os.WriteFile(letter, []byte("edited by hand"), 0o644); err != nil {
		t.Fatal(err)
	}
	h.keys("x")
	contains(t, h.view(), "2-committee.html, 2-committee.md, 2-letter.html, 2-letter.md in "+dir+" already exist: overwrite them? y/n")
	h.keys("n")
	if b, _ := os.ReadFile(letter); string(b) != "edited by hand" {
		t.Fatal("n overwrote the letter")
	}
	contains(t, h.view(), "cancelled")
	h.send(burst(":report"))
	h.keys("enter", "y")
	if b, _ := os.ReadFile(letter); strings.Contains(string(b), "edited by hand") {
		t.Fatal("y did not write the letter again")
	}
}

// TestPluralsInEnglish: one thing is not "1 applications"; Japanese has
// one form.
func TestPluralsInEnglish(t *testing.T) {
	h := newHarness(t, demoCopy(t), "en", 80, 24)
	if got := h.c.tfn(1, "%d hit", "%d hits", 1); got != "1 hit" {
		t.Errorf("en, 1: %q", got)
	}
	if got := h.c.tfn(2, "%d hit", "%d hits", 2); got != "2 hits" {
		t.Errorf("en, 2: %q", got)
	}
	h.c.lang = "ja"
	if got := h.c.tfn(1, "%d hit", "%d hits", 1); got != "1件" {
		t.Errorf("ja, 1: %q", got)
	}
}
