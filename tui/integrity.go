package tui

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"

	"shinsa/store"
)

// quickCheckAbove is store.QuickCheckLimit; tests lower it.
var quickCheckAbove int64 = store.QuickCheckLimit

// integrityMsg is the outcome of the background quick_check.
type integrityMsg struct{ err error }

// checkIntegrity runs PRAGMA quick_check after the first screen for a case
// file too large for store.Open to check before opening (it reads every
// page: about 7 ms a megabyte). A damaged file is then said plainly in the
// status bar, and stays said.
func (c *Common) checkIntegrity() tea.Cmd {
	st, err := os.Stat(c.store.Path())
	if err != nil || st.Size() <= quickCheckAbove {
		return nil // store.Open checked it already
	}
	s, ctx := c.store, c.ctx
	return func() tea.Msg { return integrityMsg{err: s.QuickCheck(ctx)} }
}
