//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris)

package tui

import (
	"io"

	"github.com/charmbracelet/lipgloss"
)

// takeTerminal leaves the terminal to Bubble Tea on Windows (its console
// input is read through the console API, and termenv asks nothing there).
func takeTerminal(in io.Reader, out io.Writer, r *lipgloss.Renderer) (io.Reader, func(), bool) {
	return nil, nil, false
}
