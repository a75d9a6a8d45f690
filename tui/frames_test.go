package tui

import (
	"bytes"
	"strings"
	"testing"
)

// A session's screen goes out as soon as it changes: the first frame enters
// the alternate screen and draws every line; the next rewrites only the
// lines that changed, each cut to the width and erased to its end; lines no
// longer there are cleared; a resize draws everything again; the end gives
// the terminal back.
func TestFramesDrawOnlyWhatChanged(t *testing.T) {
	var out bytes.Buffer
	f := &frames{out: &out}
	f.resize(10, 3)
	if out.Len() != 0 {
		t.Fatalf("a resize before the first frame wrote %q", out.String())
	}
	f.draw("one\ntwo\nthree")
	first := out.String()
	if !strings.HasPrefix(first, framesStart) {
		t.Errorf("the first frame does not enter the alternate screen: %q", first)
	}
	for _, want := range []string{"\x1b[1;1Hone\x1b[m\x1b[K", "\x1b[2;1Htwo", "\x1b[3;1Hthree"} {
		if !strings.Contains(first, want) {
			t.Errorf("first frame %q lacks %q", first, want)
		}
	}
	out.Reset()
	f.draw("one\nTWO")
	if got := out.String(); got != "\x1b[2;1HTWO\x1b[m\x1b[K\x1b[3;1H\x1b[2K" {
		t.Errorf("second frame wrote %q", got)
	}
	out.Reset()
	f.draw("one\nTWO")
	if out.Len() != 0 {
		t.Errorf("an unchanged frame wrote %q", out.String())
	}
	// Wider than the terminal: cut at the width (全角 counts two).
	f.draw("one\n日本語の長い行です")
	if got := out.String(); got != "\x1b[2;1H日本語の長\x1b[m\x1b[K" {
		t.Errorf("a long line went out as %q", got)
	}
	// Taller than the terminal: the last lines, as Bubble Tea keeps them.
	out.Reset()
	f.resize(10, 2)
	f.draw("a\nb\nc")
	if got := out.String(); got != "\x1b[2J\x1b[1;1Hb\x1b[m\x1b[K\x1b[2;1Hc\x1b[m\x1b[K" {
		t.Errorf("after a resize: %q", got)
	}
	out.Reset()
	f.end()
	f.end()
	if out.String() != framesEnd {
		t.Errorf("the end wrote %q", out.String())
	}
}
