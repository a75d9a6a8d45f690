package tui

import (
	"errors"
	"sort"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
	"shinsa/store"
)

// pollEvery is how often the screen looks for findings other instances
// saved on the same case file.
const pollEvery = 2 * time.Second

// save stores a row's draft. One save per row is in flight at a time; a
// change made meanwhile is saved when the first one comes back, based on
// the revision it returned, so the reviewer never conflicts with himself.
func (m *reviewScreen) save(item string) tea.Cmd {
	d, ok := m.drafts[item]
	if !ok || m.inflight[item] || (m.conflict != nil && m.conflict.item == item) {
		return nil
	}
	base := m.stored(item)
	if d.same(base) {
		delete(m.drafts, item)
		delete(m.failed, item)
		m.refreshRow(item)
		return nil
	}
	changed := d.changed()
	if changed == 0 {
		// Back to what it was based on: nothing of the reviewer's to save,
		// and what is stored now (a colleague's) stays.
		delete(m.drafts, item)
		delete(m.failed, item)
		m.refreshRow(item)
		return nil
	}
	from := d.base
	in := store.FindingInput{App: m.appID, Item: item, Verdict: verdictOr(d.verdict), Note: d.note, Request: d.request,
		Reviewer: m.c.reviewer, Changed: changed, Base: from.Revision, From: &from}
	m.inflight[item] = true
	c, id, app := m.c, m.id, m.appID
	return func() tea.Msg {
		f, err := c.store.SaveFinding(c.ctx, in)
		return savedMsg{to: to{id}, app: app, item: item, sent: in, got: f, err: err}
	}
}

// saved takes a save's answer: the stored finding, a conflict, or a failed
// write that leaves the draft in place to be saved with the next change.
func (m *reviewScreen) saved(msg savedMsg) tea.Cmd {
	item := msg.item
	delete(m.inflight, item)
	var ce *store.ConflictError
	var we *store.WriteError
	switch {
	case msg.err == nil:
		m.findings[item] = msg.got
		m.seen(msg.got.Time)
		if _, was := m.failed[item]; was {
			delete(m.failed, item)
			m.sayFailures()
		}
		if d, ok := m.drafts[item]; ok {
			// Edits made while the save was out stay; the fields not
			// edited since take what the store merged in.
			sent := draft{verdict: msg.sent.Verdict, note: msg.sent.Note, request: msg.sent.Request}
			if clash := d.rebase(sent, msg.got); clash != 0 {
				m.startConflict(item, msg.got)
				return m.exportWhenSaved()
			}
			if d.same(msg.got) {
				delete(m.drafts, item)
			}
		}
		m.mergedIntoEditor(item, msg.got)
		m.c.status.savedAt(msg.got.Time)
		m.refreshRow(item)
		if cmd := m.save(item); cmd != nil {
			return cmd // a change made while this save was out
		}
		return m.exportWhenSaved()
	case errors.As(msg.err, &ce):
		m.findings[item] = ce.Current
		m.startConflict(item, ce.Current)
		return m.exportWhenSaved()
	default:
		cause := msg.err.Error()
		if errors.As(msg.err, &we) {
			cause = we.Cause
		}
		// A retry that fails as before stays quiet: the reviewer was told.
		if m.failed[item] != cause {
			m.failed[item] = cause
			m.sayFailures()
		}
	}
	m.refreshRow(item)
	return m.exportWhenSaved()
}

// statusSave tags the status message about failed saves.
const statusSave = "save"

// sayFailures puts the first row that could not be saved, and why, in the
// status bar, or takes that message away once every row is saved.
func (m *reviewScreen) sayFailures() {
	if len(m.failed) == 0 {
		m.c.status.clearAbout(statusSave)
		return
	}
	if m.conflict == nil {
		m.c.status.errAbout(statusSave, m.blockedWhy())
	}
}

// retryFailed saves again the rows whose last save failed: once the case
// file can be written again, they are saved without the reviewer having to
// touch them.
func (m *reviewScreen) retryFailed() tea.Cmd {
	items := make([]string, 0, len(m.failed))
	for item := range m.failed {
		items = append(items, item)
	}
	sort.Strings(items)
	var cmds []tea.Cmd
	for _, item := range items {
		cmds = append(cmds, m.save(item))
	}
	return tea.Batch(cmds...)
}

// startConflict shows both versions of a row and waits for a choice.
func (m *reviewScreen) startConflict(item string, theirs review.Finding) {
	yours := m.wanted(item)
	m.conflict = &conflict{item: item, theirs: theirs, yours: yours}
	m.layoutConflict()
	m.selectItem(item)
	m.refreshRow(item)
	m.c.status.prompt(m.c.tf("%s changed under you: choose m (keep mine) or t (take theirs)", item))
}

// conflictKey: m keeps the reviewer's version (saved over theirs, now that
// it has been seen), t takes theirs and drops the unsaved edit.
func (m *reviewScreen) conflictKey(msg tea.KeyMsg) tea.Cmd {
	k := m.conflict
	switch {
	case key.Matches(msg, m.c.keys.Mine):
		m.conflict = nil
		// A three-way merge with the base the reviewer started from: the
		// fields the reviewer edited are saved over theirs, now that both
		// were seen; the fields only they changed stay theirs.
		y := k.yours
		base := y.base
		theirs := k.theirs
		if verdictOr(y.verdict) == verdictOr(base.Verdict) {
			y.verdict = verdictOr(theirs.Verdict)
		}
		if y.note == base.Note {
			y.note = theirs.Note
		}
		if y.request == base.Request {
			y.request = theirs.Request
		}
		y.base = theirs
		m.drafts[k.item] = &y
		m.mergedIntoEditor(k.item, theirs)
		m.c.status.ok(m.c.tf("kept your version of %s", k.item))
		m.refreshRow(k.item)
		return m.save(k.item)
	case key.Matches(msg, m.c.keys.Theirs):
		m.conflict = nil
		delete(m.drafts, k.item)
		delete(m.failed, k.item)
		if m.editor != nil && m.editor.item == k.item {
			m.editor.replace(k.theirs.Note, k.theirs.Request)
		}
		m.c.status.ok(m.c.tf("took their version of %s", k.item))
		m.refreshRow(k.item)
		return nil
	case key.Matches(msg, m.c.keys.Help):
		return m.c.navigate(showHelpMsg{})
	}
	m.c.status.prompt(m.c.tf("%s changed under you: choose m (keep mine) or t (take theirs)", k.item))
	return nil
}

func (m *reviewScreen) seen(t time.Time) {
	if t.After(m.since) {
		m.since = t
	}
}

func (m *reviewScreen) pollTick() tea.Cmd {
	return m.c.later(pollEvery, pollTickMsg{to{m.id}})
}

// poll asks the store for findings saved since the newest one seen.
func (m *reviewScreen) poll() tea.Cmd {
	c, id, app, since := m.c, m.id, m.appID, m.since
	return func() tea.Msg {
		fs, err := c.store.FindingsSince(c.ctx, app, since)
		return polledMsg{to: to{id}, app: app, found: fs, err: err}
	}
}

// polled takes findings other instances saved: rows without local edits
// show them at once; a row with unsaved local edits becomes a conflict.
func (m *reviewScreen) polled(msg polledMsg) tea.Cmd {
	if msg.err != nil {
		m.c.status.news(m.c.tf("could not refresh: %v", msg.err), lvWarn)
		return nil
	}
	var names []string
	who := ""
	for _, f := range msg.found {
		m.seen(f.Time)
		if m.inflight[f.Item] || f.Revision <= m.stored(f.Item).Revision {
			continue // our own save, or already known
		}
		old := m.stored(f.Item)
		held := m.holdTyped(f)
		m.findings[f.Item] = f
		names = append(names, f.Item)
		who = f.Reviewer
		if d, ok := m.drafts[f.Item]; ok && !d.same(f) {
			// Their change to fields the reviewer did not edit is
			// merged into the draft; the same field edited by both is a
			// conflict to decide.
			var clash store.Fields
			if held {
				// Text open in the editor that they changed to something
				// else is not swapped under the reviewer's cursor.
				if f.Note != old.Note && d.note != f.Note {
					clash |= store.FieldNote
				}
				if f.Request != old.Request && d.request != f.Request {
					clash |= store.FieldRequest
				}
			}
			if clash == 0 {
				clash = d.rebase(asDraft(d.base), f)
			}
			if clash != 0 {
				if m.conflict == nil {
					m.startConflict(f.Item, f)
				}
				continue
			}
			if !d.same(f) {
				m.mergedIntoEditor(f.Item, f)
				m.refreshRow(f.Item)
				continue
			}
		}
		delete(m.drafts, f.Item)
		if m.editor != nil && m.editor.item == f.Item && !m.editor.holds(f) {
			m.editor.replace(f.Note, f.Request)
		}
		m.refreshRow(f.Item)
	}
	if len(names) > 0 && m.conflict == nil {
		sort.Strings(names)
		if len(names) == 1 {
			m.c.status.news(m.c.tf("%s saved %s", CleanLine(who), names[0]), lvInfo)
		} else {
			m.c.status.news(m.c.tf("%s saved %s and %d more", CleanLine(who), names[0], len(names)-1), lvInfo)
		}
	}
	return nil
}

// holdTyped keeps what the reviewer typed in the open editor, saved or
// not, when someone else saved other text on that row: it becomes a draft,
// so the two versions are shown side by side instead of the editor's text
// being swapped under the cursor. The verdict, not being edited, is theirs.
func (m *reviewScreen) holdTyped(f review.Finding) bool {
	e := m.editor
	if e == nil || e.item != f.Item || !e.typed || m.drafts[f.Item] != nil {
		return false
	}
	if e.holds(f) {
		return false
	}
	m.drafts[f.Item] = &draft{verdict: f.Verdict, note: e.value(fieldNote), request: e.value(fieldRequest), base: m.stored(f.Item)}
	return true
}

// mergedIntoEditor shows, in the open editor of the row, the values of
// the fields the reviewer is not typing in once a merge changed them.
func (m *reviewScreen) mergedIntoEditor(item string, f review.Finding) {
	e := m.editor
	if e == nil || e.item != item {
		return
	}
	d := m.wanted(item)
	e.setOther(fieldNote, d.note)
	e.setOther(fieldRequest, d.request)
}

// idle reports whether nothing is waiting to be saved.
func (m *reviewScreen) idle() bool { return len(m.drafts) == 0 && len(m.inflight) == 0 }

// flush saves every draft; the root quits once the screen is idle.
func (m *reviewScreen) flush() tea.Cmd {
	if m.editor != nil {
		item := m.editor.item
		m.editor = nil
		m.refreshRow(item)
	}
	var cmds []tea.Cmd
	items := make([]string, 0, len(m.drafts))
	for item := range m.drafts {
		items = append(items, item)
	}
	sort.Strings(items)
	for _, item := range items {
		cmds = append(cmds, m.save(item))
	}
	return tea.Batch(cmds...)
}

// blocked names a row whose edit cannot be saved now ("" when none): a
// conflict to decide, or a write that failed. Leaving would lose it.
func (m *reviewScreen) blocked() string {
	if m.conflict != nil {
		return m.conflict.item
	}
	items := make([]string, 0, len(m.failed))
	for item := range m.failed {
		items = append(items, item)
	}
	sort.Strings(items)
	if len(items) > 0 {
		return items[0]
	}
	return ""
}

// blockedWhy says in the status bar why the screen cannot be left.
func (m *reviewScreen) blockedWhy() string {
	item := m.blocked()
	if m.conflict != nil {
		return m.c.tf("%s changed under you: choose m (keep mine) or t (take theirs)", item)
	}
	return m.c.tf("%s: not saved: %s. Your text is kept and saved as soon as the case file can be written.", item, m.failed[item])
}

// askAccept prepares the carried-forward findings and asks to confirm.
func (m *reviewScreen) askAccept() tea.Cmd {
	current := make(map[string]review.Finding, len(m.findings))
	for item := range m.byID {
		w := m.wanted(item)
		current[item] = review.Finding{Item: item, Verdict: w.verdict}
	}
	fs := review.CarryForward(m.d.diffs, current)
	if len(fs) == 0 {
		m.c.status.info(m.c.t("nothing to accept: no unchanged row has a previous conforms or not-applicable verdict and no finding yet"))
		return nil
	}
	m.confirm = fs
	m.c.status.prompt(m.c.tfn(len(fs), "Record the previous verdict on %d unchanged row? y/n", "Record the previous verdict on %d unchanged rows? y/n", len(fs)))
	return nil
}

// acceptSave records the carried-forward findings in one transaction.
func (m *reviewScreen) acceptSave(fs []review.Finding) tea.Cmd {
	ins := make([]store.FindingInput, len(fs))
	for i, f := range fs {
		ins[i] = store.FindingInput{App: m.appID, Item: f.Item, Verdict: f.Verdict, Note: f.Note,
			Reviewer: m.c.reviewer, Origin: f.Origin, Base: m.stored(f.Item).Revision}
	}
	c, id, app := m.c, m.id, m.appID
	return func() tea.Msg {
		saved, err := c.store.SaveFindings(c.ctx, ins)
		return acceptedMsg{to: to{id}, app: app, saved: saved, err: err}
	}
}

func (m *reviewScreen) accepted(msg acceptedMsg) tea.Cmd {
	if msg.err != nil {
		m.c.status.err(m.c.tf("nothing recorded: %v", msg.err))
		return nil
	}
	for _, f := range msg.saved {
		m.findings[f.Item] = f
		m.seen(f.Time)
		if d, ok := m.drafts[f.Item]; ok && d.same(f) {
			delete(m.drafts, f.Item)
		}
	}
	if len(msg.saved) > 0 {
		m.c.status.savedAt(msg.saved[len(msg.saved)-1].Time)
	}
	for i := range m.rows {
		m.rows[i].ver++
	}
	m.renderList()
	m.refreshDetail()
	m.updateStatus()
	m.c.status.ok(m.c.tfn(len(msg.saved), "recorded the previous verdict on %d row", "recorded the previous verdict on %d rows", len(msg.saved)))
	return nil
}
