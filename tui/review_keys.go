package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
)

// Actions is the review screen's binding table. While a choice waits
// (both versions of a row, a y/n question), the editor is open or the filter
// is typed, it is the table of that state: the keys that act then.
func (m *reviewScreen) Actions() Actions {
	k := m.c.keys
	switch {
	case m.conflict != nil:
		return Actions{
			{Key: &k.Mine, Group: "Conflict", Hint: true},
			{Key: &k.Theirs, Group: "Conflict", Hint: true},
			{Key: &k.Help, Group: "General", Hint: true, Pin: true},
		}
	case m.confirm != nil || m.ask != nil:
		return Actions{
			{Key: &k.Yes, Group: "General", Hint: true},
			{Key: &k.No, Group: "General", Hint: true},
		}
	case m.editor != nil:
		return m.editor.Actions()
	case m.filtering:
		return filterActions(k)
	case m.line != nil:
		return cmdActions(m.c)
	}
	return m.listActions()
}

// filterActions are the keys of a filter being typed.
func filterActions(k *KeyMap) Actions {
	return Actions{
		{Key: &k.KeepFilter, Group: "Filter", Hint: true},
		{Key: &k.ClearFilter, Group: "Filter", Hint: true},
	}
}

// listActions is the table of the two panes.
func (m *reviewScreen) listActions() Actions {
	k, c := m.c.keys, m.c
	loading := func() string {
		if !m.loaded {
			return c.t("still loading")
		}
		return ""
	}
	noRow := func() string {
		if r := loading(); r != "" {
			return r
		}
		if m.selectedRow() < 0 {
			return c.t("no row is selected")
		}
		return ""
	}
	judgeable := func() string {
		if c.readOnly != "" {
			return c.readOnly
		}
		if r := noRow(); r != "" {
			return r
		}
		if !m.rows[m.selectedRow()].known {
			return c.t("this row is not in the catalog; it cannot be judged")
		}
		if m.d != nil && closedStatus(m.d.app.Status) {
			return c.tf("#%d is %s: its findings are closed (reopen it with :status in-review, or shinsa status %s %d in-review)", m.appID, c.t(string(m.d.app.Status)), CleanLine(shellQuote(c.store.Path())), m.appID)
		}
		return ""
	}
	right := func() bool { return m.focus == paneRight }
	up := func() string {
		if r := noRow(); r != "" {
			return r
		}
		if right() && m.dOff == 0 || !right() && m.cur == 0 {
			return c.t("already at the top")
		}
		return ""
	}
	down := func() string {
		if r := noRow(); r != "" {
			return r
		}
		if right() && m.dOff >= len(m.detail)-m.bodyH() {
			return c.t("the right pane has nothing more to scroll")
		}
		if !right() && m.cur >= len(m.vis)-1 {
			return c.t("already at the bottom")
		}
		return ""
	}
	step := func(d int) func(tea.KeyMsg) tea.Cmd {
		return func(tea.KeyMsg) tea.Cmd {
			if right() {
				m.scrollDetail(d)
			} else {
				m.move(d)
			}
			return nil
		}
	}
	half := max(1, m.bodyH()/2)
	far := len(m.rows) + len(m.detail)
	previous := func() string {
		if r := loading(); r != "" {
			return r
		}
		if !m.hasPrevious() {
			return c.t("there is no previous submission to compare with")
		}
		return ""
	}
	verdict := func(v review.Verdict) func(tea.KeyMsg) tea.Cmd {
		return func(tea.KeyMsg) tea.Cmd { return m.verdictKey(v) }
	}
	undoable := func(list *[]change) func() string {
		return func() string {
			if r := loading(); r != "" {
				return r
			}
			if len(*list) == 0 {
				if list == &m.undos {
					return c.t("nothing to undo on this screen")
				}
				return c.t("nothing to redo")
			}
			if m.d != nil && closedStatus(m.d.app.Status) {
				return c.tf("#%d is %s: its findings are closed", m.appID, c.t(string(m.d.app.Status)))
			}
			return ""
		}
	}
	// The order is the hint line's: what a reviewer uses most comes first.
	return Actions{
		{Key: &k.Conforms, Group: "Verdict", Why: judgeable, Hint: true, Label: c.t("1-5 verdict"), Do: verdict(review.Conforms)},
		{Key: &k.Query, Group: "Verdict", Why: judgeable, Do: verdict(review.Query)},
		{Key: &k.Correction, Group: "Verdict", Why: judgeable, Do: verdict(review.Correction)},
		{Key: &k.Nonconforming, Group: "Verdict", Why: judgeable, Do: verdict(review.Nonconforming)},
		{Key: &k.NotApplicable, Group: "Verdict", Why: judgeable, Do: verdict(review.NotApplicable)},
		{Key: &k.Clear, Group: "Verdict", Why: judgeable, Do: verdict(review.Unreviewed)},
		{Key: &k.Note, Group: "Verdict", Why: judgeable, Hint: true, Label: c.t("e note"), Do: func(tea.KeyMsg) tea.Cmd { return m.openEditor(fieldNote) }},
		{Key: &k.Request, Group: "Verdict", Why: judgeable, Hint: true, Label: c.t("r request"), Do: func(tea.KeyMsg) tea.Cmd { return m.openEditor(fieldRequest) }},
		{Key: &k.OpenFile, Group: "Evidence", Why: m.evidenceWhy, Hint: true, Label: c.t("o open file"), Do: func(tea.KeyMsg) tea.Cmd { return m.openEvidence() }},

		{Key: &k.Undo, Group: "Verdict", Why: undoable(&m.undos), Hint: true, Label: c.t("u undo"), Do: func(tea.KeyMsg) tea.Cmd { return m.undo(true) }},
		{Key: &k.Redo, Group: "Verdict", Why: undoable(&m.redos), Do: func(tea.KeyMsg) tea.Cmd { return m.undo(false) }},
		{Key: &k.Mark, Group: "Verdict", Why: noRow, Do: func(tea.KeyMsg) tea.Cmd { m.toggleMark(); return nil }},
		{Key: &k.MarkRange, Group: "Verdict", Why: noRow, Do: func(tea.KeyMsg) tea.Cmd { m.markRange(); return nil }},
		{Key: &k.History, Group: "View", Why: noRow, Do: func(tea.KeyMsg) tea.Cmd { return m.toggleHistory() }},

		{Key: &k.Diff, Group: "View", Why: previous, Hint: true, Label: c.t("d diff"), Do: func(tea.KeyMsg) tea.Cmd {
			m.diffMode = !m.diffMode
			m.revisible()
			return nil
		}},
		{Key: &k.SideBySide, Group: "View", Hint: true, Label: c.t("v side by side"), Why: func() string {
			if !m.diffMode {
				return c.t("only in diff view (d)")
			}
			return ""
		}, Do: func(tea.KeyMsg) tea.Cmd {
			m.sideBy = !m.sideBy
			m.refreshDetail()
			return nil
		}},

		{Key: &k.Down, Group: "Move", Why: down, Do: step(1)},
		{Key: &k.Up, Group: "Move", Why: up, Do: step(-1)},
		{Key: &k.Top, Group: "Move", Why: up, Do: step(-far)},
		{Key: &k.Bottom, Group: "Move", Why: down, Do: step(far)},
		{Key: &k.HalfDown, Group: "Move", Why: down, Do: step(half)},
		{Key: &k.HalfUp, Group: "Move", Why: up, Do: step(-half)},
		{Key: &k.NextUnreviewed, Group: "Move", Why: noRow, Hint: true, Label: c.t("n/N unreviewed"), Do: func(tea.KeyMsg) tea.Cmd { return m.nextUnreviewed(1) }},
		{Key: &k.PrevUnreviewed, Group: "Move", Why: noRow, Do: func(tea.KeyMsg) tea.Cmd { return m.nextUnreviewed(-1) }},

		{Key: &k.Filter, Group: "View", Why: loading, Hint: true, Do: func(tea.KeyMsg) tea.Cmd {
			m.filtering = true
			return m.filter.Focus()
		}},
		{Key: &k.Tab, Group: "Move", Why: loading, Hint: true, Label: c.t("tab pane"), Do: func(tea.KeyMsg) tea.Cmd {
			m.focus = 1 - m.focus
			if m.zoom {
				m.relayout()
			}
			return nil
		}},
		{Key: &k.Zoom, Group: "View", Why: loading, Do: func(tea.KeyMsg) tea.Cmd {
			m.zoom = !m.zoom
			m.relayout()
			return nil
		}},
		{Key: &k.Narrower, Group: "View", Why: func() string {
			if r := loading(); r != "" {
				return r
			}
			if m.zoom {
				return c.t("the pane is zoomed (z)")
			}
			if m.leftW() <= minListW {
				return c.t("the list is as narrow as it goes")
			}
			return ""
		}, Do: func(tea.KeyMsg) tea.Cmd { m.resize(-2); return nil }},
		{Key: &k.Wider, Group: "View", Why: func() string {
			if r := loading(); r != "" {
				return r
			}
			if m.zoom {
				return c.t("the pane is zoomed (z)")
			}
			if m.leftW() >= m.w-minListW {
				return c.t("the list is as wide as it goes")
			}
			return ""
		}, Do: func(tea.KeyMsg) tea.Cmd { m.resize(2); return nil }},
		{Key: &k.Cite, Group: "Evidence", Why: m.citeWhy, Do: func(tea.KeyMsg) tea.Cmd { return m.askCite() }},
		{Key: &k.NextFile, Group: "Evidence", Why: m.evidenceWhy, Do: func(tea.KeyMsg) tea.Cmd { m.stepEvidence(1); return nil }},
		{Key: &k.PrevFile, Group: "Evidence", Why: m.evidenceWhy, Do: func(tea.KeyMsg) tea.Cmd { m.stepEvidence(-1); return nil }},
		{Key: &k.Accept, Group: "Review", Why: func() string {
			if c.readOnly != "" {
				return c.readOnly
			}
			return previous()
		}, Hint: true, Label: c.t("a accept"), Do: func(tea.KeyMsg) tea.Cmd { return m.askAccept() }},
		{Key: &k.Export, Group: "Review", Hint: true, Label: c.t("x export"), Why: func() string {
			if r := loading(); r != "" {
				return r
			}
			if m.d.cat == nil {
				return c.t("the catalog of this application is not known")
			}
			if m.export {
				return c.t("export is running")
			}
			if item := m.blocked(); item != "" {
				return c.tf("%s is not saved: the report would leave it out", item)
			}
			return ""
		}, Do: func(tea.KeyMsg) tea.Cmd { return m.askExport() }},

		{Key: &k.Command, Group: "General", Hint: true, Label: c.t(": command"), Do: func(tea.KeyMsg) tea.Cmd { return m.openCommandLine() }},
		{Key: &k.Search, Group: "General", Hint: true, Label: c.t("S search"), Do: func(tea.KeyMsg) tea.Cmd { return m.c.navigate(openSearchMsg{}) }},
		{Key: &k.Help, Group: "General", Hint: true, Pin: true, Do: func(tea.KeyMsg) tea.Cmd { return m.c.navigate(showHelpMsg{}) }},
		{Key: &k.Leave, Group: "General", Hint: true, Do: func(tea.KeyMsg) tea.Cmd { return m.back() }},
	}
}

// back undoes the innermost state: the right pane's focus, the filter,
// then the diff view, then the screen itself.
func (m *reviewScreen) back() tea.Cmd {
	switch {
	case len(m.marks) > 0 || m.anchor >= 0:
		m.clearMarks()
		m.c.status.info(m.c.t("marks cleared"))
	case m.history != nil:
		m.history = nil
		m.refreshDetail()
	case m.zoom:
		m.zoom = false
		m.relayout()
	case m.focus == paneRight:
		m.focus = paneLeft
	case m.filter.Value() != "":
		m.filter.SetValue("")
		m.revisible()
	case m.diffMode:
		m.diffMode = false
		m.revisible()
	default:
		return m.c.navigate(popMsg{})
	}
	return nil
}

// closedStatus: a decided application's findings are the record of that
// decision and are not edited (reopen it first).
func closedStatus(st review.Status) bool {
	return st == review.Certified || st == review.Rejected || st == review.Withdrawn
}
