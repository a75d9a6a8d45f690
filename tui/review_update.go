package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/store"
)

func (m *reviewScreen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case reviewLoadedMsg:
		if msg.err != nil {
			m.err = msg.err
			m.c.status.err(m.c.tf("could not load: %v", msg.err))
			return m, nil
		}
		m.setData(msg.data)
		return m, m.pollTick()
	case savedMsg:
		return m, m.saved(msg)
	case acceptedMsg:
		return m, m.accepted(msg)
	case pollTickMsg:
		return m, tea.Batch(m.poll(), m.retryFailed())
	case polledMsg:
		return m, tea.Batch(m.polled(msg), m.pollTick())
	case debounceMsg:
		if m.editor != nil && m.editor.item == msg.item && m.editor.seq == msg.seq {
			return m, m.save(msg.item)
		}
		return m, nil
	case exportedMsg:
		m.exported(msg)
		return m, nil
	case historyMsg:
		m.historyLoaded(msg)
		return m, nil
	case batchSavedMsg:
		return m, m.batchSaved(msg)
	case statusSetMsg:
		m.statusSet(msg)
		return m, nil
	case signedOffMsg:
		m.signedOff(msg)
		return m, nil
	case evidenceOpenedMsg:
		m.evidenceOpened(msg)
		return m, nil
	case evidenceCitedMsg:
		m.evidenceCited(msg)
		return m, nil
	case tea.MouseMsg:
		return m, m.mouse(msg)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	if m.editor != nil {
		_, cmd := m.editor.update(msg) // cursor blink
		return m, cmd
	}
	if m.filtering {
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *reviewScreen) key(msg tea.KeyMsg) tea.Cmd {
	if !m.loaded {
		_, cmd := m.c.dispatch(m.Actions(), msg)
		return cmd
	}
	switch {
	case m.conflict != nil:
		return m.conflictKey(msg)
	case m.confirm != nil:
		return m.confirmKey(msg)
	case m.ask != nil:
		q := m.ask
		switch {
		case key.Matches(msg, m.c.keys.Yes):
			m.ask = nil
			m.c.status.clear()
			return q.yes()
		case key.Matches(msg, m.c.keys.No):
			m.ask = nil
			m.c.status.info(m.c.t("cancelled"))
		}
		return nil
	case m.editor != nil:
		ev, cmd := m.editor.update(msg)
		switch ev {
		case edChanged:
			m.editorChanged()
			return tea.Batch(cmd, m.editor.debounce(m.id))
		case edDone:
			return m.closeEditor()
		}
		return cmd
	case m.filtering:
		return m.filterKey(msg)
	case m.line != nil:
		return m.lineKey(msg)
	}
	_, cmd := m.c.dispatch(m.Actions(), msg)
	return cmd
}

func (m *reviewScreen) filterKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEnter:
		m.filtering = false
		m.filter.Blur()
		return nil
	case tea.KeyEsc:
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.revisible()
		return nil
	}
	before := m.filter.Value()
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	if m.filter.Value() != before {
		m.revisible()
	}
	return cmd
}

func (m *reviewScreen) confirmKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.c.keys.Yes):
		fs := m.confirm
		m.confirm = nil
		m.c.status.clear()
		return m.acceptSave(fs)
	case key.Matches(msg, m.c.keys.No):
		m.confirm = nil
		m.c.status.info(m.c.t("cancelled"))
	}
	return nil
}

func (m *reviewScreen) mouse(msg tea.MouseMsg) tea.Cmd {
	if m.editor != nil || m.conflict != nil || !m.loaded {
		return nil
	}
	inRight := msg.X > m.leftW()
	switch {
	case msg.Button == tea.MouseButtonWheelUp && inRight:
		m.scrollDetail(-3)
	case msg.Button == tea.MouseButtonWheelDown && inRight:
		m.scrollDetail(3)
	case msg.Button == tea.MouseButtonWheelUp:
		m.move(-3)
	case msg.Button == tea.MouseButtonWheelDown:
		m.move(3)
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		if inRight {
			m.focus = paneRight
			return nil
		}
		m.focus = paneLeft
		li := m.off + msg.Y - 2
		if msg.Y >= 2 && li >= 0 && li < len(m.lines) && m.lines[li].row >= 0 {
			for i, r := range m.vis {
				if r == m.lines[li].row {
					m.cur = i
				}
			}
			m.scrollList()
			m.refreshDetail()
		}
	}
	return nil
}

// move moves the cursor by d rows.
func (m *reviewScreen) move(d int) {
	if len(m.vis) == 0 {
		return
	}
	m.cur = clamp(m.cur+d, 0, len(m.vis)-1)
	m.scrollList()
	m.refreshDetail()
}

func (m *reviewScreen) scrollDetail(d int) {
	m.dOff = clamp(m.dOff+d, 0, max(0, len(m.detail)-m.bodyH()))
}

// nextUnreviewed moves to the next (dir 1) or previous (-1) row without a
// verdict, among the rows shown.
func (m *reviewScreen) nextUnreviewed(dir int) tea.Cmd {
	for i := m.cur + dir; i >= 0 && i < len(m.vis); i += dir {
		r := &m.rows[m.vis[i]]
		if r.known && !m.verdictOf(r.id).Reviewed() {
			m.cur = i
			m.scrollList()
			m.refreshDetail()
			return nil
		}
	}
	if hidden := m.unreviewedHidden(); hidden > 0 {
		if dir > 0 {
			m.c.status.info(m.c.tf("no more unreviewed rows below in this view; %d more outside it (esc shows every row)", hidden))
		} else {
			m.c.status.info(m.c.tf("no more unreviewed rows above in this view; %d more outside it (esc shows every row)", hidden))
		}
		return nil
	}
	if dir > 0 {
		m.c.status.info(m.c.t("no more unreviewed rows below"))
	} else {
		m.c.status.info(m.c.t("no more unreviewed rows above"))
	}
	return nil
}

// unreviewedHidden counts the unreviewed rows the filter or the diff view
// leaves out.
func (m *reviewScreen) unreviewedHidden() int {
	if len(m.vis) == len(m.rows) {
		return 0
	}
	shown := make(map[int]bool, len(m.vis))
	for _, ri := range m.vis {
		shown[ri] = true
	}
	n := 0
	for i := range m.rows {
		if !shown[i] && m.rows[i].known && !m.verdictOf(m.rows[i].id).Reviewed() {
			n++
		}
	}
	return n
}

// openEditor starts editing the note or the request of the selected row.
func (m *reviewScreen) openEditor(field int) tea.Cmd {
	ri := m.selectedRow()
	if ri < 0 {
		return nil
	}
	item := m.rows[ri].id
	d := m.wanted(item)
	m.edBefore = d
	m.editor = newEditor(m.c, item, field, d.note, d.request)
	m.layoutEditor()
	return m.editor.ta.Focus()
}

// layoutEditor sizes the editor to the right pane, with the row's answer
// (in the diff view, its word diff) above the field, cut to what fits, so
// the reviewer writes with what the applicant wrote in view.
func (m *reviewScreen) layoutEditor() {
	e := m.editor
	w, h := m.rightW(), m.bodyH()
	n := ctxLines(h)
	ri, ok := m.byID[e.item]
	if n == 0 || !ok {
		e.SetSize(w, h, nil)
		return
	}
	r := &m.rows[ri]
	c, st := m.c, m.c.styles
	p := &page{w: w}
	if m.diffMode && r.diff != nil {
		prev := c.t("not reviewed last time")
		if pf := r.diff.Previous; pf != nil {
			prev = pf.Verdict.Mark() + " " + c.verdictName(pf.Verdict, false)
		}
		p.line(" " + st.Dim.Render(changeMark(r.diff)+" "+c.statusName(r.diff.Status)+" · "+c.tf("previous: %s", prev)))
		for _, l := range WrapSpans(inlineSpans(r.diff), max(1, w-2)) {
			p.line("  " + m.renderSpans(l))
		}
	} else {
		prov := ""
		if r.answer != nil && r.answer.Provenance != "" {
			prov = "  " + CleanLine(r.answer.Provenance)
		}
		p.line(" " + st.Dim.Render(c.t("Answer")+prov))
		if r.answer == nil || strings.TrimSpace(r.answer.Text) == "" {
			p.line("  " + st.Dim.Render(c.t("not answered")))
		} else {
			p.text(Clean(r.answer.Text), 2, nil)
		}
	}
	lines := p.lines
	if len(lines) > n {
		// The last line that fits says that more follows.
		lines = append(lines[:n-1:n-1], Truncate("  "+st.Dim.Render("…"), w))
	}
	e.SetSize(w, h, lines)
}

// editorChanged copies the editor's text into the row's draft.
func (m *reviewScreen) editorChanged() {
	e := m.editor
	d := m.wanted(e.item)
	// Only the field being typed in: the other keeps the draft's value,
	// which a merge may have brought up to date.
	if e.field == fieldNote {
		d.note = e.value(fieldNote)
	} else {
		d.request = e.value(fieldRequest)
	}
	m.drafts[e.item] = &d
	m.refreshRow(e.item)
}

// closeEditor leaves the editor; what is not saved yet is saved now.
func (m *reviewScreen) closeEditor() tea.Cmd {
	item := m.editor.item
	m.editor = nil
	m.recordEdit(item)
	m.refreshRow(item)
	return m.save(item)
}

// recordEdit remembers what the editor changed, for undo.
func (m *reviewScreen) recordEdit(item string) {
	before, after := m.edBefore, m.wanted(item)
	var f store.Fields
	if before.note != after.note {
		f |= store.FieldNote
	}
	if before.request != after.request {
		f |= store.FieldRequest
	}
	if f != 0 {
		m.record(change{items: []string{item}, before: []draft{before}, after: []draft{after}, fields: f})
	}
}

// loading: keys typed while the application loads wait for it.
func (m *reviewScreen) loading() bool { return !m.loaded && m.err == nil }

// typing: the filter, the editor or the command line takes text.
func (m *reviewScreen) typing() bool { return m.filtering || m.editor != nil || m.line != nil }
