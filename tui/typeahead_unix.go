//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris

package tui

import (
	"io"
	"os"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/cancelreader"
)

// takeTerminal puts the reviewer's terminal in raw mode, asks it for its
// background colour without losing a key typed meanwhile (see keyPump), and
// returns the program's input and the function that gives the terminal
// back. ok is false when in or out is not a terminal: the caller then hands
// them to Bubble Tea as they are.
func takeTerminal(in io.Reader, out io.Writer, r *lipgloss.Renderer) (input io.Reader, release func(), ok bool) {
	inF, isF := in.(*os.File)
	outF, isOut := out.(*os.File)
	if !isF || !isOut || !term.IsTerminal(inF.Fd()) || !term.IsTerminal(outF.Fd()) || os.Getenv("TERM") == "dumb" {
		return nil, nil, false
	}
	state, err := term.MakeRaw(inF.Fd())
	if err != nil {
		return nil, nil, false
	}
	cr, err := cancelreader.NewReader(inF)
	if err != nil {
		_ = term.Restore(inF.Fd(), state)
		return nil, nil, false
	}
	pump := newKeyPump(cr)
	if _, err := io.WriteString(outF, bgQuery); err == nil {
		if dark, known := darkColour(pump.query(queryTimeout)); known {
			r.SetHasDarkBackground(dark)
			lipgloss.SetHasDarkBackground(dark) // the default renderer (bubbles' cursor)
		} else {
			r.SetHasDarkBackground(true)
		}
	} else {
		r.SetHasDarkBackground(true)
	}
	release = func() {
		cr.Cancel()
		_ = cr.Close()
		_ = term.Restore(inF.Fd(), state)
	}
	return pump, release, true
}
