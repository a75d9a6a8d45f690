package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
)

// statusSetMsg: a status move came back (err says which gate refused it).
type statusSetMsg struct {
	to
	app int64
	st  review.Status
	err error
}

// commands are the review screen's `:` commands; they do what the CLI verbs
// of the same name do, for this application.
func (m *reviewScreen) commands() []command {
	c := m.c
	statuses := make([]string, len(review.Statuses))
	for i, s := range review.Statuses {
		statuses[i] = string(s)
	}
	loaded := func() string {
		if !m.loaded {
			return c.t("still loading")
		}
		return ""
	}
	export := func() string {
		for _, a := range m.listActions() {
			if a.Key == &c.keys.Export {
				return a.Disabled()
			}
		}
		return ""
	}
	return []command{
		{name: "help", help: c.t("list the keys and these commands"), run: func(string) tea.Cmd { return c.navigate(showHelpMsg{}) }},
		{name: "status", arg: c.t("STATUS"), args: statuses, help: c.t("move the application to another status, through the office's rules"), why: loaded,
			run: func(a string) tea.Cmd { return m.setStatus(review.Status(a)) }},
		{name: "diff", help: c.t("show only what changed since the previous submission, or everything again"), why: func() string {
			if r := loaded(); r != "" {
				return r
			}
			if !m.hasPrevious() {
				return c.t("there is no previous submission to compare with")
			}
			return ""
		}, run: func(string) tea.Cmd {
			m.diffMode = !m.diffMode
			m.revisible()
			return nil
		}},
		{name: "report", help: c.t("write the finding report and the letter next to the case file (as x)"), why: export,
			run: func(string) tea.Cmd { return m.askExport() }},
		{name: "letter", help: c.t("write the letter to the applicant with the report (as x)"), why: export,
			run: func(string) tea.Cmd { return m.askExport() }},
		{name: "advance", help: c.t("after a verdict, move to the next unreviewed row: on or off"), run: func(string) tea.Cmd {
			c.advance = !c.advance
			if c.advance {
				c.status.ok(c.t("after a verdict the cursor moves to the next unreviewed row (on)"))
			} else {
				c.status.ok(c.t("after a verdict the cursor stays on the row (advance off)"))
			}
			return nil
		}},
		{name: "signoff", help: c.t("record the second reviewer's sign-off"), why: loaded,
			run: func(string) tea.Cmd { return m.signOff() }},
		{name: "cite", arg: c.t("[PAGE]"), help: c.t("cite the selected evidence file in this row's finding, at a page (as c)"), why: m.citeWhy,
			run: func(a string) tea.Cmd { return m.cite(a) }},
	}
}

// openCommandLine opens the `:` line with completions for this screen.
func (m *reviewScreen) openCommandLine() tea.Cmd {
	ids := make([]string, 0, len(m.rows))
	for _, r := range m.rows {
		ids = append(ids, r.id)
	}
	m.line = newCmdLine(m.c, completions(m.commands(), ids))
	m.line.ti.Width = max(1, m.w-4)
	return nil
}

// lineKey feeds a key to the open command line and runs it on enter.
func (m *reviewScreen) lineKey(msg tea.KeyMsg) tea.Cmd {
	done, line, cmd := m.line.key(m.c, msg)
	if !done {
		return cmd
	}
	m.line = nil
	return runLine(m.c, m.commands(), line, m.jump)
}

// jump selects the row with this No, saying so when a filter or the diff
// view had to give way.
func (m *reviewScreen) jump(id string) bool {
	if _, ok := m.byID[id]; !ok {
		return false
	}
	m.focus = paneLeft
	m.selectItem(id)
	return true
}

// setStatus asks the store to move the application; the store applies the
// office's rules in the same transaction and says which gate refuses.
func (m *reviewScreen) setStatus(st review.Status) tea.Cmd {
	c, id, app := m.c, m.id, m.appID
	c.status.info(c.tf("moving #%d to %s…", app, st))
	return func() tea.Msg {
		err := c.store.SetStatus(c.ctx, app, st, c.reviewer)
		return statusSetMsg{to: to{id}, app: app, st: st, err: err}
	}
}

// signedOffMsg: a sign-off (二次審査) came back; err says why it was refused
// (the person recorded findings on the application, or may not sign off).
type signedOffMsg struct {
	to
	app int64
	err error
}

// signOff records the second check by the workbench's person, as
// 'shinsa signoff' does; the store refuses a person who reviewed.
func (m *reviewScreen) signOff() tea.Cmd {
	c, id, app := m.c, m.id, m.appID
	return func() tea.Msg {
		_, err := c.store.SignOff(c.ctx, app, c.reviewer, "")
		return signedOffMsg{to: to{id}, app: app, err: err}
	}
}

func (m *reviewScreen) signedOff(msg signedOffMsg) {
	if msg.err != nil {
		m.c.status.err(m.c.tf("#%d: no sign-off: %v", msg.app, msg.err))
		return
	}
	m.c.status.ok(m.c.tf("#%d: second check (二次審査) recorded by %s", msg.app, m.c.reviewer))
}

func (m *reviewScreen) statusSet(msg statusSetMsg) {
	if msg.err != nil {
		m.c.status.err(m.c.tf("#%d stays %s: %v", msg.app, m.c.t(string(m.d.app.Status)), msg.err))
		return
	}
	from := m.d.app.Status
	m.d.app.Status = msg.st
	for i := range m.rows {
		m.rows[i].ver++
	}
	m.renderList()
	m.refreshDetail()
	m.c.status.ok(m.c.tf("#%d: %s → %s", msg.app, m.c.t(string(from)), m.c.t(string(msg.st))))
}
