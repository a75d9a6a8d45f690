package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Model is the root of the program. It is kept thin: it routes messages,
// keeps the stack of screens and draws the hint and status lines; screens
// draw themselves.
type Model struct {
	c        *Common
	stack    []Component
	closing  []*reviewScreen // left, still saving
	quitting bool
	warned   bool // quitting would lose work and the reviewer was told
	start    int64
	noteH    int          // lines above the status bar: the hint line, or a long message
	queued   []tea.KeyMsg // keys typed while the top screen loads
}

// maxNoteLines is how many lines a message too long for the status bar may
// take above it; the screens give way for as long as it shows.
const maxNoteLines = 3

// newModel builds the root with the case list at the bottom of the stack
// and, when start is set, that application open on top of it.
func newModel(c *Common, start int64) *Model {
	m := &Model{c: c, start: start, noteH: 1}
	m.stack = []Component{newCaseList(c)}
	if start != 0 {
		m.stack = append(m.stack, newReview(c, start, ""))
	}
	c.top = m.top().ScreenID()
	if why := c.store.ReadOnly(); why != "" {
		// Opened read-only (a read-only folder or medium, a full disk):
		// everything reads; the banner stays so no edit is made in vain.
		c.status.set(c.tf("READ-ONLY: %s. You can read everything; nothing can be saved.", why), lvWarn, true)
	}
	return m
}

func (m *Model) Init() tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(m.stack)+1)
	for _, s := range m.stack {
		cmds = append(cmds, s.Init())
	}
	cmds = append(cmds, m.c.checkIntegrity())
	return tea.Batch(cmds...)
}

func (m *Model) top() Component { return m.stack[len(m.stack)-1] }

// contentH is the height screens get: all but the hint (or message) and
// status lines.
func (m *Model) contentH() int { return max(1, m.c.height-1-m.noteH) }

// noteLines is the line above the status bar: the hints, or a message too
// long for the status line, wrapped to at most maxNoteLines lines.
func (m *Model) noteLines(w int) []string {
	msg, _, over := m.c.status.overflowing(w)
	if !over {
		return nil
	}
	lines := Wrap(CleanLine(msg), max(1, w-1))
	if len(lines) > maxNoteLines {
		lines = lines[:maxNoteLines]
		lines[maxNoteLines-1] += "…" // Truncate below cuts to fit and keeps the mark
	}
	return lines
}

// fitNote gives the screens the lines a long message does not take.
func (m *Model) fitNote() {
	n := 1
	if m.c.height > 2+maxNoteLines+4 {
		n = max(1, len(m.noteLines(m.c.width)))
	}
	if n == m.noteH {
		return
	}
	m.noteH = n
	for _, s := range m.stack {
		s.SetSize(m.c.width, m.contentH())
	}
}

func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	if k, ok := msg.(tea.KeyMsg); ok {
		m.presses(k, func(k tea.KeyMsg) { cmds = append(cmds, m.press(k)) })
	} else {
		cmds = append(cmds, m.step(msg))
	}
	// A screen that has just loaded takes the keys typed meanwhile.
	for len(m.queued) > 0 && !m.loading() {
		k := m.queued[0]
		m.queued = m.queued[1:]
		cmds = append(cmds, m.step(k))
	}
	m.fitNote()
	if m.quitting && m.allIdle() {
		return m, m.leave()
	}
	return m, tea.Batch(cmds...)
}

// press takes one key press: queued while the top screen loads (but for
// quitting or leaving it, which drop what was queued), else acted on.
func (m *Model) press(k tea.KeyMsg) tea.Cmd {
	if m.loading() && !key.Matches(k, m.c.keys.ForceQuit) {
		if key.Matches(k, m.c.keys.Leave) {
			m.queued = nil
		} else {
			if len(m.queued) < maxQueued {
				m.queued = append(m.queued, k)
			}
			return nil
		}
	}
	return m.step(k)
}

// step handles one message, then the navigation it asked for.
func (m *Model) step(msg tea.Msg) tea.Cmd {
	cmds := []tea.Cmd{m.update(msg)}
	for len(m.c.nav) > 0 {
		nav := m.c.nav[0]
		m.c.nav = m.c.nav[1:]
		cmds = append(cmds, m.update(nav))
	}
	m.c.top = m.top().ScreenID()
	return tea.Batch(cmds...)
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		for _, s := range m.stack {
			s.SetSize(msg.Width, m.contentH())
		}
		return nil
	case targeted:
		return m.deliver(msg)
	case tea.KeyMsg:
		m.c.status.keyPressed()
		m.c.folded = 0
		if !m.typing() {
			msg, m.c.folded = foldKey(msg)
		}
		if key.Matches(msg, m.c.keys.ForceQuit) {
			if m.warned {
				return m.leave() // asked twice: the reviewer knows what is lost
			}
			return m.quit()
		}
		m.warned = false
		_, c := m.top().Update(msg)
		return c
	case tea.MouseMsg:
		if msg.Y >= m.contentH() {
			return nil
		}
		_, c := m.top().Update(msg)
		return c
	case integrityMsg:
		if msg.err != nil {
			// The status bar names the case file already.
			m.c.status.err(strings.TrimPrefix(msg.err.Error(), m.c.store.Path()+": "))
		}
		return nil
	case openAppMsg:
		return m.openApp(msg)
	case popMsg:
		return m.pop()
	case quitMsg:
		return m.quit()
	case showHelpMsg:
		h := newHelp(m.c, m.top(), m.screenName(m.top()))
		return m.push(h)
	case openSearchMsg:
		if _, ok := m.top().(*searchScreen); ok {
			return nil
		}
		return m.push(newSearch(m.c))
	}
	_, c := m.top().Update(msg)
	return c
}

// deliver hands a background result to the screen that asked for it, or
// drops it when that screen is gone.
func (m *Model) deliver(msg targeted) tea.Cmd {
	id := msg.target()
	for _, s := range m.stack {
		if s.ScreenID() == id {
			_, c := s.Update(msg)
			return c
		}
	}
	for i, r := range m.closing {
		if r.ScreenID() == id {
			_, c := r.Update(msg)
			switch {
			case r.blocked() != "":
				// A save made on leaving failed or met a conflict: bring
				// the screen back so the reviewer sees the row and decides.
				m.closing = append(m.closing[:i], m.closing[i+1:]...)
				r.SetSize(m.c.width, m.contentH())
				m.stack = append(m.stack, r)
				r.updateStatus()
			case r.idle():
				m.closing = append(m.closing[:i], m.closing[i+1:]...)
			}
			return c
		}
	}
	return nil
}

func (m *Model) push(s Component) tea.Cmd {
	s.SetSize(m.c.width, m.contentH())
	m.stack = append(m.stack, s)
	return s.Init()
}

// pop leaves the top screen. A review screen with unsaved edits saves them
// first; one whose edits cannot be saved (a conflict, a failed write) stays.
func (m *Model) pop() tea.Cmd {
	if len(m.stack) == 1 {
		return nil
	}
	var c tea.Cmd
	var left int64
	if r, ok := m.top().(*reviewScreen); ok {
		left = r.appID
		if r.blocked() != "" {
			m.c.status.errAbout(statusSave, r.blockedWhy())
			return nil
		}
		c = r.flush()
		if !r.idle() {
			m.closing = append(m.closing, r)
		}
	}
	m.stack = m.stack[:len(m.stack)-1]
	if cl, ok := m.top().(*caseList); ok && len(m.stack) == 1 {
		m.c.status.setApp("", "")
		cl.selectApp(left)
		return tea.Batch(c, cl.refresh())
	}
	if r, ok := m.top().(*reviewScreen); ok {
		r.updateStatus()
	}
	return c
}

// openApp shows an application, at a row when item is set: from the case
// list, or from search (which it replaces).
func (m *Model) openApp(msg openAppMsg) tea.Cmd {
	var cmds []tea.Cmd
	if _, ok := m.top().(*searchScreen); ok {
		m.stack = m.stack[:len(m.stack)-1]
	}
	if r, ok := m.top().(*reviewScreen); ok {
		if r.appID == msg.app {
			if msg.item != "" {
				r.selectItem(msg.item)
			}
			r.updateStatus()
			return nil
		}
		cmds = append(cmds, m.pop())
	}
	cmds = append(cmds, m.push(newReview(m.c, msg.app, msg.item)))
	return tea.Batch(cmds...)
}

// quit leaves the program once every edit is saved. A second ctrl+c, or
// work that cannot be saved, is reported rather than silently dropped.
func (m *Model) quit() tea.Cmd {
	if m.quitting {
		return m.leave() // a second request while saves are out: go now
	}
	var cmds []tea.Cmd
	for _, s := range m.stack {
		if r, ok := s.(*reviewScreen); ok {
			if item := r.blocked(); item != "" {
				m.c.status.errAbout(statusSave, m.c.tf("Not quitting: %s is not saved. Press ctrl+c again to quit without it.", item))
				m.warned = true
				return nil
			}
			cmds = append(cmds, r.flush())
		}
	}
	m.quitting = true
	return tea.Batch(cmds...)
}

// allIdle: nothing is waiting to be saved anywhere. A save that failed
// while quitting stops the quit (the screen says why).
func (m *Model) allIdle() bool {
	for _, s := range m.stack {
		if r, ok := s.(*reviewScreen); ok {
			if r.blocked() != "" {
				m.quitting = false
				return false
			}
			if !r.idle() {
				return false
			}
		}
	}
	return len(m.closing) == 0
}

func (m *Model) screenName(s Component) string {
	switch s := s.(type) {
	case *caseList:
		return m.c.t("Applications")
	case *reviewScreen:
		return m.c.t("Review") + " " + s.appLabel()
	case *searchScreen:
		return m.c.t("Search")
	}
	return m.c.t("Help")
}

func (m *Model) View() string {
	w, h := m.c.width, m.c.height
	if w <= 0 || h <= 0 {
		return ""
	}
	body := m.top().View()
	n := strings.Count(body, "\n") + 1
	var b strings.Builder
	b.Grow(len(body) + 2*w + 64)
	b.WriteString(body)
	for ; n < m.contentH(); n++ {
		b.WriteString("\n")
	}
	if h >= 2 {
		for _, l := range m.hintLines(w) {
			b.WriteString("\n")
			b.WriteString(l)
		}
	}
	if h >= 1 {
		b.WriteString("\n")
		b.WriteString(m.c.status.view(w))
	}
	return b.String()
}

// hintLines shows the top screen's main keys, or a message too long for
// the status line (on as many lines as the screens gave way for).
func (m *Model) hintLines(w int) []string {
	st := m.c.styles
	if msg, lv, over := m.c.status.overflowing(w); over {
		style := st.Dim
		if lv >= lvWarn {
			style = st.Bad
		}
		lines := m.noteLines(w)
		if len(lines) > m.noteH {
			lines = lines[:m.noteH]
			if m.noteH == 1 {
				lines[0] = msg
			}
		}
		out := make([]string, m.noteH)
		for i := range out {
			l := ""
			if i < len(lines) {
				l = lines[i]
			}
			out[i] = style.Render(Truncate(" "+l, w))
		}
		return out
	}
	return []string{st.Dim.Render(Truncate(" "+m.top().Actions().hintLine(w-1), w))}
}

// leave ends the program, removing the private copies of evidence files
// opened in it (a viewer that has one open keeps reading it where the
// system allows; nothing is left behind in the temporary folder).
func (m *Model) leave() tea.Cmd {
	m.c.removeCopies()
	return tea.Quit
}
