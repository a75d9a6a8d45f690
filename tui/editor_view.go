package tui

import (
	"strings"

	"shinsa/review"
)

// editorLines is the right pane while a finding is edited or a conflict
// waits for a decision: exactly h lines of w cells.
func (m *reviewScreen) editorLines(w, h int) []string {
	var lines []string
	if m.conflict != nil {
		lines = m.conflict.lines
	} else {
		lines = m.editor.view(m, w)
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, spaces(w))
	}
	return lines
}

func (e *editor) view(m *reviewScreen, w int) []string {
	c, st := e.c, e.c.styles
	p := &page{w: w}
	title := " " + c.tf("Editing %s of %s", e.fieldName(e.field), e.item)
	p.line(st.Header.Render(title))
	v := m.verdictOf(e.item)
	p.line(" " + c.t("Verdict") + " " + st.verdict(v, v.Mark()+" "+c.verdictName(v, true)))
	p.lines = append(p.lines, e.ctx...)
	p.line(" " + st.Focus.Render(e.fieldName(e.field)))
	for _, l := range strings.Split(e.ta.View(), "\n") {
		p.line(" " + l)
	}
	p.line(" " + st.Dim.Render(e.fieldName(1-e.field)))
	p.lines = append(p.lines, e.other...)
	if why := m.failed[e.item]; why != "" {
		// Where it would say that every change is saved: why it is not.
		lines := Wrap(c.t("unsaved")+": "+CleanLine(why), max(1, w-1))
		if len(lines) > 2 {
			lines = []string{lines[0], lines[1] + "…"}
		}
		for _, l := range lines {
			p.line(" " + st.Bad.Render(l))
		}
		return p.lines
	}
	p.line(" " + st.Dim.Render(c.t("every change is saved as you type")))
	p.line(" " + m.saveState(e.item))
	return p.lines
}

// layoutOther wraps the field not being edited (at most two lines) once
// per change of field, text or size, so View does not wrap.
func (e *editor) layoutOther() {
	p := &page{w: e.w}
	text := Clean(e.value(1 - e.field))
	if strings.TrimSpace(text) == "" {
		text = "-"
	}
	wrapped := Wrap(text, max(1, e.w-3))
	if len(wrapped) > 2 {
		wrapped = append(wrapped[:1], wrapped[1]+"…")
	}
	for _, l := range wrapped {
		p.line("   " + e.c.styles.Dim.Render(l))
	}
	e.other = p.lines
}

// saveState says where the edited row's text stands.
func (m *reviewScreen) saveState(item string) string {
	st := m.c.styles
	switch {
	case m.inflight[item]:
		return st.Dim.Render(m.c.t("saving…"))
	case m.drafts[item] != nil:
		return st.Dim.Render(m.c.t("unsaved"))
	}
	f := m.stored(item)
	if f.Revision == 0 {
		return ""
	}
	return st.Good.Render(m.c.tf("saved %s", f.Time.Local().Format("15:04:05")) + " · " + m.c.tf("rev %d", f.Revision))
}

// layoutConflict lays out the conflict panel for the right pane's width;
// it runs when the conflict starts and when the terminal is resized.
func (m *reviewScreen) layoutConflict() {
	if m.conflict != nil {
		m.conflict.lines = m.conflictLines(m.rightW())
	}
}

// conflictLines shows both versions of a row someone else saved while the
// reviewer had unsaved edits, and how to choose.
func (m *reviewScreen) conflictLines(w int) []string {
	c, st := m.c, m.c.styles
	k := m.conflict
	p := &page{w: w}
	p.line(st.Bad.Render(" " + c.tf("Someone else saved %s", k.item)))
	th := k.theirs
	p.blank()
	p.line(" " + st.Header.Render(c.tf("Theirs: %s, %s, rev %d", CleanLine(th.Reviewer), th.Time.Local().Format("15:04:05"), th.Revision)))
	m.versionLines(p, draft{verdict: th.Verdict, note: th.Note, request: th.Request})
	p.blank()
	p.line(" " + st.Header.Render(c.t("Yours (not saved)")))
	m.versionLines(p, k.yours)
	p.blank()
	p.line(" " + st.Key.Render(c.t("m keep mine · t take theirs")))
	return p.lines
}

func (m *reviewScreen) versionLines(p *page, d draft) {
	c, st := m.c, m.c.styles
	v := d.verdict
	if v == "" {
		v = review.Unreviewed
	}
	p.line("  " + st.verdict(v, v.Mark()+" "+c.verdictName(v, true)))
	if d.note != "" {
		p.line("  " + st.Dim.Render(c.t("Note")))
		p.text(Clean(d.note), 4, nil)
	}
	if d.request != "" {
		p.line("  " + st.Dim.Render(c.t("Correction request")))
		p.text(Clean(d.request), 4, nil)
	}
}
