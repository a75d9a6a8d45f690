package tui

import (
	tea "github.com/charmbracelet/bubbletea"
)

// statusRefresh tags the status message about a failed refresh.
const statusRefresh = "refresh"

func (m *caseList) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case casesLoadedMsg:
		if msg.err != nil {
			m.err = msg.err
			if m.loaded {
				m.c.status.errAbout(statusRefresh, m.c.tf("could not refresh: %v", msg.err))
			}
			return m, m.tick()
		}
		m.err = nil
		m.c.status.clearAbout(statusRefresh)
		if msg.same {
			return m, m.tick()
		}
		m.ver, m.reads = msg.ver, m.reads+1
		if !m.loaded || m.changed(msg) {
			m.setData(msg.sums, msg.reg)
		}
		return m, m.tick()
	case caseTickMsg:
		if m.c.top != m.id {
			return m, m.tick() // hidden under a review: refreshed on return
		}
		return m, m.refresh()
	case tea.MouseMsg:
		return m, m.mouse(msg)
	case tea.KeyMsg:
		if m.filtering {
			return m, m.filterKey(msg)
		}
		_, cmd := m.c.dispatch(m.Actions(), msg)
		return m, cmd
	}
	return m, nil
}

// changed reports whether fresh summaries differ from what is shown, so an
// idle refresh does not rebuild a thousand rows for nothing.
func (m *caseList) changed(msg casesLoadedMsg) bool {
	if len(msg.sums) != len(m.rows) {
		return true
	}
	for i, s := range msg.sums {
		o := m.rows[i].sum
		if o.App != s.App || o.Answers != s.Answers || o.Reviewed != s.Reviewed || len(o.Verdicts) != len(s.Verdicts) {
			return true
		}
		for v, n := range s.Verdicts {
			if o.Verdicts[v] != n {
				return true
			}
		}
	}
	return false
}

func (m *caseList) filterKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEnter:
		m.filtering = false
		m.filter.Blur()
		return nil
	case tea.KeyEsc:
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.refilter(m.selectedApp())
		return nil
	}
	before := m.filter.Value()
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	if m.filter.Value() != before {
		m.refilter(m.selectedApp())
	}
	return cmd
}

func (m *caseList) mouse(msg tea.MouseMsg) tea.Cmd {
	switch {
	case msg.Button == tea.MouseButtonWheelUp:
		m.move(-3)
	case msg.Button == tea.MouseButtonWheelDown:
		m.move(3)
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		if i, ok := m.rowAt(msg.Y); ok {
			if i == m.cursor {
				return m.open()
			}
			m.cursor = i
			m.scrollTo()
		}
	}
	return nil
}

func (m *caseList) move(d int) {
	m.cursor += d
	m.scrollTo()
}

func (m *caseList) open() tea.Cmd {
	app := m.selectedApp()
	return m.c.navigate(openAppMsg{app: app})
}

// Actions is the case list's binding table.
func (m *caseList) Actions() Actions {
	k, c := m.c.keys, m.c
	if m.filtering {
		return filterActions(k)
	}
	none := func() string {
		if !m.loaded {
			return c.t("still loading")
		}
		if len(m.view) == 0 {
			return c.t("no application is selected")
		}
		return ""
	}
	notTop := func() string {
		if r := none(); r != "" {
			return r
		}
		if m.cursor == 0 {
			return c.t("already at the top")
		}
		return ""
	}
	notBottom := func() string {
		if r := none(); r != "" {
			return r
		}
		if m.cursor >= len(m.view)-1 {
			return c.t("already at the bottom")
		}
		return ""
	}
	half := max(1, m.listHeight()/2)
	return Actions{
		{Key: &k.Down, Group: "Move", Why: notBottom, Do: func(tea.KeyMsg) tea.Cmd { m.move(1); return nil }},
		{Key: &k.Up, Group: "Move", Why: notTop, Do: func(tea.KeyMsg) tea.Cmd { m.move(-1); return nil }},
		{Key: &k.Top, Group: "Move", Why: notTop, Do: func(tea.KeyMsg) tea.Cmd { m.move(-len(m.view)); return nil }},
		{Key: &k.Bottom, Group: "Move", Why: notBottom, Do: func(tea.KeyMsg) tea.Cmd { m.move(len(m.view)); return nil }},
		{Key: &k.HalfDown, Group: "Move", Why: notBottom, Do: func(tea.KeyMsg) tea.Cmd { m.move(half); return nil }},
		{Key: &k.HalfUp, Group: "Move", Why: notTop, Do: func(tea.KeyMsg) tea.Cmd { m.move(-half); return nil }},
		{Key: &k.Open, Group: "Move", Why: none, Hint: true, Do: func(tea.KeyMsg) tea.Cmd { return m.open() }},
		{Key: &k.Filter, Group: "View", Hint: true, Why: func() string {
			if !m.loaded {
				return c.t("still loading")
			}
			return ""
		}, Do: func(tea.KeyMsg) tea.Cmd {
			m.filtering = true
			return m.filter.Focus()
		}},
		{Key: &k.ClearFilter, Group: "View", Why: func() string {
			if m.filter.Value() == "" {
				return c.t("no filter to clear")
			}
			return ""
		}, Do: func(tea.KeyMsg) tea.Cmd {
			m.filter.SetValue("")
			m.refilter(m.selectedApp())
			return nil
		}},
		{Key: &k.Sort, Group: "View", Hint: true, Do: func(tea.KeyMsg) tea.Cmd {
			m.sortBy = (m.sortBy + 1) % len(sortCols)
			m.refilter(m.selectedApp())
			return nil
		}},
		{Key: &k.Reverse, Group: "View", Do: func(tea.KeyMsg) tea.Cmd {
			m.desc = !m.desc
			m.refilter(m.selectedApp())
			return nil
		}},
		{Key: &k.Search, Group: "General", Hint: true, Do: func(tea.KeyMsg) tea.Cmd { return m.c.navigate(openSearchMsg{}) }},
		{Key: &k.Help, Group: "General", Hint: true, Pin: true, Do: func(tea.KeyMsg) tea.Cmd { return m.c.navigate(showHelpMsg{}) }},
		{Key: &k.Quit, Group: "General", Hint: true, Do: func(tea.KeyMsg) tea.Cmd { return m.c.navigate(quitMsg{}) }},
	}
}

// loading: keys typed before the first list arrives wait for it.
func (m *caseList) loading() bool { return !m.loaded && m.err == nil }

func (m *caseList) typing() bool { return m.filtering }
