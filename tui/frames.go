package tui

import (
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// frames draws the workbench straight to a session's terminal after every
// update, instead of on Bubble Tea's frame clock. The clock (at most 120
// frames a second) makes a key press wait for the next tick before its
// screen goes out: 4 ms on average, most of a keystroke's round trip over a
// loopback SSH connection. The SSH server uses this; a local terminal keeps
// Bubble Tea's renderer.
//
// Like Bubble Tea's own renderer in the alternate screen, it rewrites only
// the lines that changed, each cut to the terminal's width and erased to
// its end, and keeps nothing below the last line.
type frames struct {
	out     io.Writer
	w, h    int
	lines   []string
	started bool
}

// Terminal modes: alternate screen, no cursor, mouse (cell motion, SGR
// coordinates), bracketed paste; and their undoing, in reverse.
const (
	framesStart = "\x1b[?1049h\x1b[?25l\x1b[?1002h\x1b[?1006h\x1b[?2004h\x1b[2J"
	framesEnd   = "\x1b[?2004l\x1b[?1006l\x1b[?1002l\x1b[?25h\x1b[?1049l"
)

func (f *frames) resize(w, h int) {
	f.w, f.h = w, h
	f.lines = nil // everything again
	if f.started {
		io.WriteString(f.out, "\x1b[2J")
	}
}

func (f *frames) draw(view string) {
	var b strings.Builder
	if !f.started {
		f.started = true
		b.WriteString(framesStart)
	}
	lines := strings.Split(view, "\n")
	if f.h > 0 && len(lines) > f.h {
		lines = lines[len(lines)-f.h:]
	}
	for i, l := range lines {
		if f.w > 0 && ansi.StringWidth(l) > f.w {
			l = ansi.Truncate(l, f.w, "")
		}
		lines[i] = l
		if i < len(f.lines) && f.lines[i] == l {
			continue
		}
		b.WriteString("\x1b[")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(";1H")
		b.WriteString(l)
		b.WriteString("\x1b[m\x1b[K")
	}
	for i := len(lines); i < len(f.lines); i++ {
		b.WriteString("\x1b[")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(";1H\x1b[2K")
	}
	f.lines = lines
	if b.Len() > 0 {
		io.WriteString(f.out, b.String())
	}
}

// end gives the terminal back as it was.
func (f *frames) end() {
	if f.started {
		f.started = false
		io.WriteString(f.out, framesEnd)
	}
}
