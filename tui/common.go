// Package tui is shinsa's terminal workbench: the case list, the two-pane
// review of one application, the finding editor, the renewal diff, search
// and help, as one Bubble Tea program.
//
// It owns no data: every read and write goes through store in a tea.Cmd, and
// every applicant text is sanitised (review.Sanitize) on its way to the
// screen. Components follow soft-serve's shape: a Common value shared by all,
// and a small Component interface.
package tui

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
	"shinsa/store"
)

// Common is what every component shares: the terminal size, styles, key map,
// store handle, language and reviewer. There is one per program.
type Common struct {
	ctx      context.Context
	store    *store.Store
	styles   *Styles
	keys     *KeyMap
	lang     string // "en" or "ja"
	reviewer string
	readOnly string // why this person records nothing ("" when they may)
	caseFile string
	today    review.Date
	width    int
	height   int
	status   *statusBar
	lastID   int
	nav      []tea.Msg      // navigation asked for during the current Update
	top      int            // ScreenID of the screen on top
	folded   rune           // the full-width rune the key being handled was typed as (0: none)
	history  []string       // lines given on the command line, oldest first
	advance  bool           // after a verdict, move to the next unreviewed row
	splits   map[[2]int]int // the row list's width set with < >, per terminal size
	// remote: a session of 'shinsa serve'; evidence is never opened on the
	// server's desktop. opener opens files (nil: the desktop's; tests stub it).
	remote bool
	opener Opener
	copies []string // folders of the private copies opened, removed on leaving
	copyMu sync.Mutex
	// after schedules a message after a pause (tea.Tick); tests set it to
	// run time by hand.
	after func(d time.Duration, msg tea.Msg) tea.Cmd
}

// later delivers msg after d.
func (c *Common) later(d time.Duration, msg tea.Msg) tea.Cmd {
	if c.after != nil {
		return c.after(d, msg)
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// newID gives each screen instance an id; results of background work carry
// it, so an answer for a screen that was left is dropped.
func (c *Common) newID() int {
	c.lastID++
	return c.lastID
}

// Component is one screen: a tea.Model that can be resized and that lists
// its key bindings (for help, the hint line and "why not" messages).
type Component interface {
	tea.Model
	SetSize(width, height int)
	Actions() Actions
	ScreenID() int
}

// An Action is one key binding of a screen, lazygit style: the keys and help
// text, the help section it belongs to, why it cannot act now ("" when it
// can), and what it does.
type Action struct {
	Key   *key.Binding
	Group string
	Why   func() string
	Do    func(tea.KeyMsg) tea.Cmd
	Hint  bool   // shown on the hint line
	Pin   bool   // kept at the end of the hint line when others do not fit
	Label string // the hint line's text when not "key desc" (one hint for several keys)
}

// Disabled is the reason the action cannot act now, "" when it can.
func (a Action) Disabled() string {
	if a.Why == nil {
		return ""
	}
	return a.Why()
}

// Actions is a screen's binding table. It implements bubbles' help.KeyMap.
type Actions []Action

var _ help.KeyMap = Actions(nil)

func (a Action) hint() string {
	if a.Label != "" {
		return a.Label
	}
	h := a.Key.Help()
	return h.Key + " " + h.Desc
}

// hintLine fits the hints that can act now into w cells, whole: in the
// order of the table (most used first) as far as they go, and the pinned
// ones (help) at the end whatever the width.
func (as Actions) hintLine(w int) string {
	const sep = " · "
	var items, pinned []string
	for _, a := range as {
		if !a.Hint || a.Disabled() != "" {
			continue
		}
		if a.Pin {
			pinned = append(pinned, a.hint())
		} else {
			items = append(items, a.hint())
		}
	}
	reserve := 0
	for _, p := range pinned {
		reserve += Width(sep) + Width(p)
	}
	var out []string
	used := 0
	for _, t := range items {
		need := Width(t)
		if len(out) > 0 {
			need += Width(sep)
		}
		if used+need+reserve > w {
			break
		}
		out = append(out, t)
		used += need
	}
	return strings.Join(append(out, pinned...), sep)
}

// ShortHelp lists the hint-line bindings that can act now.
func (as Actions) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, a := range as {
		if a.Hint && a.Disabled() == "" {
			out = append(out, *a.Key)
		}
	}
	return out
}

// FullHelp lists every binding, one column per group.
func (as Actions) FullHelp() [][]key.Binding {
	var groups []string
	by := map[string][]key.Binding{}
	for _, a := range as {
		if _, ok := by[a.Group]; !ok {
			groups = append(groups, a.Group)
		}
		by[a.Group] = append(by[a.Group], *a.Key)
	}
	out := make([][]key.Binding, len(groups))
	for i, g := range groups {
		out[i] = by[g]
	}
	return out
}

// dispatch runs the action a key press names. A key whose action cannot act
// now says why in the status bar. It reports whether some action owned the
// key.
func (c *Common) dispatch(as Actions, msg tea.KeyMsg) (bool, tea.Cmd) {
	reason := ""
	for _, a := range as {
		if !key.Matches(msg, *a.Key) {
			continue
		}
		if why := a.Disabled(); why != "" {
			if reason == "" {
				reason = why
			}
			continue
		}
		if a.Do == nil {
			return true, nil
		}
		return true, a.Do(msg)
	}
	if reason != "" {
		c.status.warn(c.tf("%s: %s", keyName(msg), reason))
		return true, nil
	}
	if c.folded != 0 {
		// A full-width key that means nothing here: most likely the IME is on.
		c.status.warn(c.tf("%c does nothing here (IME on?)", c.folded))
		return true, nil
	}
	return false, nil
}

// keyName is how a key press is named in messages.
func keyName(msg tea.KeyMsg) string {
	s := msg.String()
	if strings.TrimSpace(s) == "" {
		return "space"
	}
	return s
}

// navigate asks the root to change screens (open, back, help, search,
// quit). The root acts on it as soon as the screen's Update returns, not a
// message later, so a burst of keys (q q) lands on the screens it was
// typed for.
func (c *Common) navigate(m tea.Msg) tea.Cmd {
	c.nav = append(c.nav, m)
	return nil
}

// clamp keeps v within lo..hi (hi wins when lo > hi).
func clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}
