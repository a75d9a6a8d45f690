package tui

import (
	"encoding/json"
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
	"shinsa/store"
)

// A row's history (`h`): who set which verdict, note and request, and
// when, read from the event log — this application's saves, then those of
// the rounds and the certification before it — shown in the right pane.

// histEntry is one save of the row.
type histEntry struct {
	ev      store.Event
	label   string // the application it was saved on, when not this one
	verdict review.Verdict
	note    string
	request string
	changed []string // the fields the save set
}

type rowHistory struct {
	item    string
	entries []histEntry // newest first
	err     error
	loading bool
}

// historyMsg: the history of a row came back.
type historyMsg struct {
	to
	item    string
	entries []histEntry
	err     error
}

// toggleHistory shows the selected row's history, or hides it.
func (m *reviewScreen) toggleHistory() tea.Cmd {
	ri := m.selectedRow()
	item := m.rows[ri].id
	if m.history != nil && m.history.item == item {
		m.history = nil
		m.refreshDetail()
		return nil
	}
	m.history = &rowHistory{item: item, loading: true}
	m.refreshDetail()
	c, id := m.c, m.id
	apps := m.lineage()
	return func() tea.Msg {
		var out []histEntry
		for _, a := range apps {
			evs, err := c.store.Events(c.ctx, a.id)
			if err != nil {
				return historyMsg{to: to{id}, item: item, err: err}
			}
			for _, e := range evs {
				if e.Kind != store.EvFinding || e.Item != item {
					continue
				}
				var p struct {
					Verdict, Note, Request string
					Changed                []string
				}
				if json.Unmarshal(e.Payload, &p) != nil {
					continue
				}
				if p.Changed == nil {
					p.Changed = []string{"verdict", "note", "request"}
				}
				out = append(out, histEntry{ev: e, label: a.label, verdict: review.Verdict(p.Verdict), note: p.Note,
					request: p.Request, changed: p.Changed})
			}
		}
		slices.SortStableFunc(out, func(a, b histEntry) int { return b.ev.Time.Compare(a.ev.Time) })
		return historyMsg{to: to{id}, item: item, entries: out}
	}
}

type lineageApp struct {
	id    int64
	label string
}

// lineage is this application and those it follows: the earlier round or
// the certification it renews, as far as the review screen knows them.
func (m *reviewScreen) lineage() []lineageApp {
	out := []lineageApp{{id: m.appID}}
	if m.d != nil && m.d.prev != nil {
		p := m.d.prev
		label := m.c.tf("#%d, the previous certification", p.ID)
		if p.Round > 0 && m.d.app.Round > 1 {
			label = m.c.tf("#%d, round %d", p.ID, p.Round)
		}
		out = append(out, lineageApp{id: p.ID, label: label})
	}
	return out
}

func (m *reviewScreen) historyLoaded(msg historyMsg) {
	if m.history == nil || m.history.item != msg.item {
		return
	}
	m.history = &rowHistory{item: msg.item, entries: msg.entries, err: msg.err}
	m.refreshDetail()
}

// historyLines lays the history out for the right pane.
func (m *reviewScreen) historyLines(w int) []string {
	c, st := m.c, m.c.styles
	h := m.history
	p := &page{w: w}
	p.line(" " + st.Header.Render(c.tf("History of %s", h.item)) + st.Dim.Render("  "+c.t("(h or esc closes)")))
	switch {
	case h.loading:
		p.line("  " + st.Dim.Render(c.t("reading the log…")))
		return p.lines
	case h.err != nil:
		p.text(c.tf("could not read the log: %v", h.err), 2, &st.Bad)
		return p.lines
	case len(h.entries) == 0:
		p.line("  " + st.Dim.Render(c.t("nobody has judged this row yet")))
		return p.lines
	}
	label := ""
	for _, e := range h.entries {
		if e.label != label {
			label = e.label
			p.blank()
			p.line(" " + st.Header.Render(label))
		}
		p.line(" " + st.Dim.Render(e.ev.Time.Local().Format("2006-01-02 15:04:05")) + "  " + CleanLine(e.ev.Actor))
		for _, f := range e.changed {
			switch f {
			case "verdict":
				p.line("   " + st.verdict(e.verdict, e.verdict.Mark()) + " " + c.verdictName(verdictOr(e.verdict), true))
			case "note":
				p.text(c.t("note")+": "+orDash(Clean(e.note)), 3, nil)
			case "request":
				p.text(c.t("request")+": "+orDash(Clean(e.request)), 3, nil)
			}
		}
	}
	return p.lines
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
