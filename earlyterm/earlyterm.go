// Package earlyterm keeps Bubble Tea's package initialisation from asking
// the terminal anything.
//
// bubbletea's init calls lipgloss.HasDarkBackground, which (through termenv)
// writes a colour query to the terminal and reads the reply, throwing away
// every byte before it: the keys a reviewer typed while shinsa started were
// lost, and every verb run in a terminal, `shinsa list` included, paid a
// round trip to the terminal (up to five seconds where none answers). The
// workbench asks the terminal itself, keeping the keys (tui.Run), and sets
// the answer then.
//
// Go initialises, among the packages whose imports are ready, the one first
// in import-path order. This package's path ("earlyterm", a module of its
// own for that reason) sorts before github.com/charmbracelet/bubbletea and
// it imports only lipgloss, which bubbletea imports too: so its init always
// runs before bubbletea's and tells lipgloss's default renderer a
// background, which it then no longer asks the terminal for. The main
// package imports it.
package earlyterm

import "github.com/charmbracelet/lipgloss"

func init() {
	// Dark is lipgloss's own default when a terminal does not say.
	lipgloss.SetHasDarkBackground(true)
}
