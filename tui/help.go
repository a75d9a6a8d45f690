package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// helpScreen lists every binding of the screen under it, generated from that
// screen's Actions: key, what it does, and why it cannot act now.
type helpScreen struct {
	c     *Common
	id    int
	of    Component
	title string
	w, h  int
	lines []string
	off   int
}

func newHelp(c *Common, of Component, title string) *helpScreen {
	return &helpScreen{c: c, id: c.newID(), of: of, title: title}
}

func (m *helpScreen) ScreenID() int { return m.id }
func (m *helpScreen) Init() tea.Cmd { return nil }

func (m *helpScreen) SetSize(w, h int) {
	m.w, m.h = w, h
	m.build()
}

// build lays the bindings out once per size, in as many columns as the
// width allows; View only slices.
func (m *helpScreen) build() {
	c, st := m.c, m.c.styles
	ncols := max(1, m.w/40)
	colW := m.w / ncols
	acts := m.of.Actions()
	keyW := 0
	for _, a := range acts {
		keyW = max(keyW, Width(a.Key.Help().Key))
	}
	// One block per group, in the order groups first appear (a table is
	// ordered for the hint line, so a group's keys need not be together).
	var blocks [][]string
	blockOf := map[string]int{}
	for _, a := range acts {
		i, ok := blockOf[a.Group]
		if !ok {
			i = len(blocks)
			blockOf[a.Group] = i
			blocks = append(blocks, []string{Truncate(" "+st.Header.Render(c.t(a.Group)), colW)})
		}
		h := a.Key.Help()
		b := &blocks[i]
		*b = append(*b, Truncate("  "+st.Key.Render(Pad(h.Key, keyW))+"  "+h.Desc, colW))
		if why := a.Disabled(); why != "" {
			for _, l := range Wrap(c.tf("(unavailable: %s)", why), max(1, colW-keyW-4)) {
				*b = append(*b, Truncate(spaces(keyW+4)+st.Dim.Render(l), colW))
			}
		}
	}
	total, tallest := 0, 0
	for _, b := range blocks {
		total += len(b) + 1
		tallest = max(tallest, len(b)+1)
	}
	target := max(tallest, (total+ncols-1)/ncols)
	cols := make([][]string, 1, ncols)
	for _, b := range blocks {
		last := &cols[len(cols)-1]
		if len(*last) > 0 && len(*last)+len(b) > target && len(cols) < ncols {
			cols = append(cols, nil)
			last = &cols[len(cols)-1]
		}
		*last = append(*last, b...)
		*last = append(*last, spaces(colW))
	}
	p := &page{w: m.w}
	p.line(st.Title.Render(" " + c.t("Help") + " · " + c.tf("Keys of %s", m.title)))
	p.line("")
	height := 0
	for _, col := range cols {
		height = max(height, len(col))
	}
	for i := 0; i < height; i++ {
		var b strings.Builder
		for _, col := range cols {
			if i < len(col) {
				b.WriteString(col[i])
			} else {
				b.WriteString(spaces(colW))
			}
		}
		p.line(b.String())
	}
	if cm, ok := m.of.(commander); ok {
		p.line(" " + st.Header.Render(c.t("Commands")))
		for _, l := range commandHelp(c, cm.commands()) {
			p.text(l, 2, nil)
		}
		p.line("")
	}
	p.line(" " + st.Header.Render(c.t("Marks")))
	for _, l := range marksLegend(c) {
		p.text(l, 2, nil)
	}
	m.lines = p.lines
	m.off = clamp(m.off, 0, max(0, len(m.lines)-m.h))
}

// marksLegend explains the one-cell marks the screens use, so nothing is
// told by colour alone.
func marksLegend(c *Common) []string {
	return []string{
		c.t("verdicts: · unreviewed  ✓ conforms 適合  ? query 要確認  ! correction 要修正  ✗ nonconforming 不適合  - not applicable 対象外"),
		c.t("rows: 必 required  * changed  + added  - removed  > moved  ~ form only  ※ check problem  # not saved"),
		c.t("expiry: date and days left (Nd); !Nd inside the four-month reminder window; lapsed once expired"),
	}
}

func (m *helpScreen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		_, cmd := m.c.dispatch(m.Actions(), msg)
		return m, cmd
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelDown:
			m.scroll(3)
		case tea.MouseButtonWheelUp:
			m.scroll(-3)
		}
	}
	return m, nil
}

func (m *helpScreen) scroll(d int) { m.off = clamp(m.off+d, 0, max(0, len(m.lines)-m.h)) }

func (m *helpScreen) View() string {
	end := min(len(m.lines), m.off+m.h)
	return strings.Join(m.lines[m.off:end], "\n")
}

// Actions of the help screen itself.
func (m *helpScreen) Actions() Actions {
	k, c := m.c.keys, m.c
	up := func() string {
		if m.off == 0 {
			return c.t("already at the top")
		}
		return ""
	}
	down := func() string {
		if len(m.lines) <= m.h {
			return c.t("everything is shown")
		}
		if m.off >= len(m.lines)-m.h {
			return c.t("already at the bottom")
		}
		return ""
	}
	by := func(d int) func(tea.KeyMsg) tea.Cmd {
		return func(tea.KeyMsg) tea.Cmd { m.scroll(d); return nil }
	}
	far, half := len(m.lines), max(1, m.h/2)
	back := func(tea.KeyMsg) tea.Cmd { return m.c.navigate(popMsg{}) }
	return Actions{
		{Key: &k.Down, Group: "Move", Why: down, Hint: true, Label: c.t("j/k scroll"), Do: by(1)},
		{Key: &k.Up, Group: "Move", Why: up, Do: by(-1)},
		{Key: &k.Top, Group: "Move", Why: up, Do: by(-far)},
		{Key: &k.Bottom, Group: "Move", Why: down, Do: by(far)},
		{Key: &k.HalfDown, Group: "Move", Why: down, Do: by(half)},
		{Key: &k.HalfUp, Group: "Move", Why: up, Do: by(-half)},
		{Key: &k.Help, Group: "General", Do: back},
		{Key: &k.Leave, Group: "General", Hint: true, Do: back},
	}
}
