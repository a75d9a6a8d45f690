package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
)

// searchScreen searches every answer of every application in the case file
// (store.Search: any term length, Japanese included) and jumps to a hit.
type searchScreen struct {
	c       *Common
	id      int
	w, h    int
	input   textinput.Model
	seq     int // the latest query; older answers are dropped
	running bool
	term    string
	hits    []searchHit
	lines   []string // rendered hits
	err     error
	cur     int
	off     int
}

// searchHit is a store hit with its application's name.
type searchHit struct {
	app     int64
	service string
	item    string
	snippet string
}

const searchLimit = 200

func newSearch(c *Common) *searchScreen {
	ti := textinput.New()
	ti.Prompt = " " + c.t("Search") + ": "
	ti.Placeholder = c.t("type to search every answer (any length, Japanese too)")
	ti.Cursor.SetMode(cursor.CursorStatic)
	ti.Focus()
	return &searchScreen{c: c, id: c.newID(), input: ti}
}

func (m *searchScreen) ScreenID() int { return m.id }
func (m *searchScreen) Init() tea.Cmd { return nil }

func (m *searchScreen) SetSize(w, h int) {
	m.w, m.h = w, h
	m.input.Width = max(1, w-Width(m.input.Prompt)-2)
	m.render()
}

// listH is the number of hit lines under the input and count lines.
func (m *searchScreen) listH() int { return max(1, m.h-2) }

func (m *searchScreen) search(term string) tea.Cmd {
	c, id, seq := m.c, m.id, m.seq
	return func() tea.Msg {
		hits, err := c.store.Search(c.ctx, term, searchLimit)
		if err != nil {
			return searchedMsg{to: to{id}, seq: seq, term: term, err: err}
		}
		names := map[int64]string{}
		out := make([]searchHit, 0, len(hits))
		for _, h := range hits {
			name, ok := names[h.App]
			if !ok {
				if a, err := c.store.Application(c.ctx, h.App); err == nil {
					name = a.Service
				}
				names[h.App] = name
			}
			out = append(out, searchHit{app: h.App, service: name, item: h.Item, snippet: h.Snippet})
		}
		return searchedMsg{to: to{id}, seq: seq, term: term, hits: out}
	}
}

func (m *searchScreen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case searchDebounceMsg:
		if msg.seq == m.seq {
			term := strings.TrimSpace(m.input.Value())
			if term == "" {
				m.hits, m.running, m.term = nil, false, ""
				m.render()
				return m, nil
			}
			m.running = true
			return m, m.search(term)
		}
		return m, nil
	case searchedMsg:
		if msg.seq != m.seq {
			return m, nil // an older query
		}
		m.running, m.err, m.term, m.hits, m.cur, m.off = false, msg.err, msg.term, msg.hits, 0, 0
		if msg.err != nil {
			m.c.status.err(m.c.tf("search failed: %v", msg.err))
		}
		m.render()
		return m, nil
	case tea.MouseMsg:
		switch {
		case msg.Button == tea.MouseButtonWheelDown:
			m.move(3)
		case msg.Button == tea.MouseButtonWheelUp:
			m.move(-3)
		case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
			if i := m.off + msg.Y - 2; msg.Y >= 2 && i < len(m.hits) {
				m.cur = i
				return m, m.open()
			}
		}
		return m, nil
	case tea.KeyMsg:
		if ok, cmd := m.c.dispatch(m.Actions(), msg); ok {
			return m, cmd
		}
		before := m.input.Value()
		var c tea.Cmd
		m.input, c = m.input.Update(msg)
		if m.input.Value() != before {
			m.seq++
			return m, tea.Batch(c, m.c.later(150*time.Millisecond, searchDebounceMsg{to: to{m.id}, seq: m.seq}))
		}
		return m, c
	}
	var c tea.Cmd
	m.input, c = m.input.Update(msg)
	return m, c
}

func (m *searchScreen) move(d int) {
	if len(m.hits) == 0 {
		return
	}
	m.cur = clamp(m.cur+d, 0, len(m.hits)-1)
	if m.cur < m.off {
		m.off = m.cur
	}
	if m.cur >= m.off+m.listH() {
		m.off = m.cur - m.listH() + 1
	}
}

func (m *searchScreen) open() tea.Cmd {
	if m.cur < 0 || m.cur >= len(m.hits) {
		return nil
	}
	h := m.hits[m.cur]
	return m.c.navigate(openAppMsg{app: h.app, item: h.item})
}

// render draws the hit lines once per result or size change.
func (m *searchScreen) render() {
	m.lines = m.lines[:0]
	if m.w <= 0 {
		return
	}
	st := m.c.styles
	appW := 0
	for _, h := range m.hits {
		appW = max(appW, Width(fmt.Sprintf("#%d %s", h.app, CleanLine(h.service))))
	}
	appW = min(appW, m.w/3)
	itemW := 0
	for _, h := range m.hits {
		itemW = max(itemW, Width(h.item))
	}
	itemW = min(itemW, 8)
	for _, h := range m.hits {
		app := Truncate(fmt.Sprintf("#%d %s", h.app, CleanLine(h.service)), appW)
		item := Truncate(CleanLine(h.item), itemW)
		rest := max(0, m.w-1-appW-itemW-2)
		snip := highlight(st.Ins.Render, Truncate(CleanLine(h.snippet), rest), review.Normalize(m.term))
		m.lines = append(m.lines, Truncate(st.Dim.Render(app)+" "+st.Key.Render(item)+" "+snip, m.w-1))
	}
}

// highlight marks the first occurrence of term in s (s already fits).
func highlight(style func(...string) string, s, term string) string {
	i := strings.Index(s, term)
	if term == "" || i < 0 {
		return s
	}
	return s[:i] + style(term) + s[i+len(term):]
}

func (m *searchScreen) View() string {
	st := m.c.styles
	out := []string{Truncate(m.input.View(), m.w)}
	var count string
	switch {
	case m.running:
		count = m.c.t("searching…")
	case m.term == "":
		count = m.c.t("search every answer in the case file")
	case len(m.hits) == 0:
		count = m.c.t("no hits")
	case len(m.hits) >= searchLimit:
		count = m.c.tf("%d+ hits", len(m.hits))
	default:
		count = m.c.tfn(len(m.hits), "%d hit", "%d hits", len(m.hits))
	}
	out = append(out, st.Dim.Render(Truncate(" "+count, m.w)))
	end := min(len(m.lines), m.off+m.listH())
	for i := m.off; i < end; i++ {
		if i == m.cur {
			out = append(out, ">"+m.lines[i])
		} else {
			out = append(out, " "+m.lines[i])
		}
	}
	return strings.Join(out, "\n")
}

// Actions is the search screen's binding table; every other key types into
// the search field.
func (m *searchScreen) Actions() Actions {
	k, c := m.c.keys, m.c
	none := func() string {
		switch {
		case m.running:
			return c.t("still searching")
		case len(m.hits) > 0:
			return ""
		case strings.TrimSpace(m.input.Value()) == "":
			return c.t("type what to search for first")
		}
		return c.t("there is no hit")
	}
	notTop := func() string {
		if r := none(); r != "" {
			return r
		}
		if m.cur == 0 {
			return c.t("already at the top")
		}
		return ""
	}
	notBottom := func() string {
		if r := none(); r != "" {
			return r
		}
		if m.cur >= len(m.hits)-1 {
			return c.t("already at the bottom")
		}
		return ""
	}
	move := func(d int) func(tea.KeyMsg) tea.Cmd {
		return func(tea.KeyMsg) tea.Cmd { m.move(d); return nil }
	}
	return Actions{
		{Key: &k.ResultDown, Group: "Move", Why: notBottom, Hint: true, Do: move(1)},
		{Key: &k.ResultUp, Group: "Move", Why: notTop, Hint: true, Do: move(-1)},
		{Key: &k.PageDown, Group: "Move", Why: notBottom, Do: func(tea.KeyMsg) tea.Cmd { m.move(m.listH()); return nil }},
		{Key: &k.PageUp, Group: "Move", Why: notTop, Do: func(tea.KeyMsg) tea.Cmd { m.move(-m.listH()); return nil }},
		{Key: &k.Open, Group: "Move", Why: none, Hint: true, Do: func(tea.KeyMsg) tea.Cmd { return m.open() }},
		{Key: &k.Back, Group: "General", Hint: true, Do: func(tea.KeyMsg) tea.Cmd { return m.c.navigate(popMsg{}) }},
	}
}

// typing: the search box always takes text.
func (m *searchScreen) typing() bool { return true }
