package tui

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// quickCheckAbove is the size above which the background check runs: every
// file, since store.Open checks none (benchmarks raise it).
var quickCheckAbove int64 = -1

// integrityMsg is the outcome of the background quick_check.
type integrityMsg struct{ err error }

// checkIntegrity runs PRAGMA quick_check after the first screen (store.Open
// reads no more than it must; quick_check reads every page: about 7 ms a
// megabyte). A damaged file is then said plainly in the status bar, and
// stays said; once it passed, saves do not run it again.
func (c *Common) checkIntegrity() tea.Cmd {
	st, err := os.Stat(c.store.Path())
	if err != nil || st.Size() <= quickCheckAbove {
		return nil
	}
	s, ctx := c.store, c.ctx
	return func() tea.Msg { return integrityMsg{err: s.QuickCheck(ctx)} }
}
