package tui

import (
	"fmt"
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
	"shinsa/store"
)

// A change is one thing the reviewer did on this screen — a verdict (on one
// row or every marked row), a note or a request — kept so `u` can take it
// back and `U` give it again. Both are new saves, new events in the log:
// the record is never rewritten.
type change struct {
	items         []string
	before, after []draft // the values of the changed fields, per item
	fields        store.Fields
}

// describe says what a change was about, for "undid …" messages: from
// what the row shows to what it will show.
func (ch change) describe(c *Common, back bool) string {
	what := c.t(ch.fields.String())
	if len(ch.items) == 1 {
		if ch.fields == store.FieldVerdict {
			from, to := ch.before[0].verdict, ch.after[0].verdict
			if back {
				from, to = to, from
			}
			return c.tf("%s on %s (%s → %s)", what, ch.items[0], c.verdictName(verdictOr(from), false),
				c.verdictName(verdictOr(to), false))
		}
		return c.tf("%s on %s", what, ch.items[0])
	}
	return c.tf("%s on %s", what, c.plural(len(ch.items), "row", "rows"))
}

// record remembers a change for undo; a new change forgets what was undone.
func (m *reviewScreen) record(ch change) {
	if len(ch.items) == 0 {
		return
	}
	m.undos = append(m.undos, ch)
	m.redos = nil
}

// undo takes back the last change (back is true) or gives again the last
// change taken back.
func (m *reviewScreen) undo(back bool) tea.Cmd {
	from, to := &m.undos, &m.redos
	if !back {
		from, to = &m.redos, &m.undos
	}
	ch := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, ch)
	vals := ch.before
	if !back {
		vals = ch.after
	}
	if back {
		m.c.status.ok(m.c.tf("undid %s", ch.describe(m.c, true)))
	} else {
		m.c.status.ok(m.c.tf("redid %s", ch.describe(m.c, false)))
	}
	if len(ch.items) == 1 {
		m.selectItem(ch.items[0])
	}
	return m.apply(ch.items, vals, ch.fields, false)
}

// apply sets the given fields of each item to vals and saves: one row as
// any edit, several in one transaction. say asks for the count line.
func (m *reviewScreen) apply(items []string, vals []draft, fields store.Fields, say bool) tea.Cmd {
	n := 0
	if say {
		n = len(items)
	}
	for i, item := range items {
		d := m.wanted(item)
		if fields&store.FieldVerdict != 0 {
			d.verdict = verdictOr(vals[i].verdict)
		}
		if fields&store.FieldNote != 0 {
			d.note = vals[i].note
		}
		if fields&store.FieldRequest != 0 {
			d.request = vals[i].request
		}
		m.drafts[item] = &d
		m.refreshRow(item)
		if m.editor != nil && m.editor.item == item {
			m.editor.replace(d.note, d.request)
		}
	}
	if len(items) == 1 && !say {
		return m.save(items[0])
	}
	return m.saveBatch(items, n)
}

// batchSavedMsg: several rows saved in one transaction came back.
type batchSavedMsg struct {
	to
	app   int64
	items []string
	sent  []store.FindingInput
	got   []review.Finding
	say   int // rows the reviewer changed, for the count line (0: none)
	err   error
}

// saveBatch saves the drafts of several rows in one transaction. A row
// with a save already out is saved after it, as any edit.
func (m *reviewScreen) saveBatch(items []string, say int) tea.Cmd {
	var ins []store.FindingInput
	var sent []string
	for _, item := range items {
		d, ok := m.drafts[item]
		if !ok || m.inflight[item] || (m.conflict != nil && m.conflict.item == item) {
			continue
		}
		changed := d.changed()
		if changed == 0 {
			delete(m.drafts, item)
			delete(m.failed, item)
			m.refreshRow(item)
			continue
		}
		from := d.base
		ins = append(ins, store.FindingInput{App: m.appID, Item: item, Verdict: verdictOr(d.verdict), Note: d.note, Request: d.request,
			Reviewer: m.c.reviewer, Changed: changed, Base: from.Revision, From: &from})
		sent = append(sent, item)
		m.inflight[item] = true
	}
	if len(ins) == 0 {
		if say > 0 {
			// Every row has a save out already; each follows its own.
			m.c.status.ok(m.c.tf("%s changed", m.c.plural(say, "row", "rows")))
		}
		return nil
	}
	c, id, app := m.c, m.id, m.appID
	return func() tea.Msg {
		got, err := c.store.SaveFindings(c.ctx, ins)
		return batchSavedMsg{to: to{id}, app: app, items: sent, sent: ins, got: got, say: say, err: err}
	}
}

// batchSaved takes the answer of a batch: each row as a single save would.
// A batch refused as a whole (one row changed under the reviewer, a write
// that failed) is retried row by row, so each row meets its own fate.
func (m *reviewScreen) batchSaved(msg batchSavedMsg) tea.Cmd {
	var cmds []tea.Cmd
	if msg.err != nil {
		for _, item := range msg.items {
			delete(m.inflight, item)
		}
		for _, item := range msg.items {
			cmds = append(cmds, m.save(item))
		}
		return tea.Batch(cmds...)
	}
	for i, f := range msg.got {
		cmds = append(cmds, m.saved(savedMsg{to: msg.to, app: msg.app, item: msg.items[i], sent: msg.sent[i], got: f}))
	}
	if msg.say > 0 {
		m.c.status.ok(m.c.tf("%s changed", m.c.plural(msg.say, "row", "rows")))
	}
	return tea.Batch(cmds...)
}

// verdictKey gives a verdict to the marked rows, or else to the selected
// row; then, when the setting is on, moves to the next unreviewed row.
func (m *reviewScreen) verdictKey(v review.Verdict) tea.Cmd {
	if len(m.marks) > 0 {
		return m.markedVerdict(v)
	}
	ri := m.selectedRow()
	if ri < 0 {
		return nil
	}
	item := m.rows[ri].id
	before := m.wanted(item)
	if verdictOr(before.verdict) == v {
		return nil
	}
	after := before
	after.verdict = v
	m.record(change{items: []string{item}, before: []draft{before}, after: []draft{after}, fields: store.FieldVerdict})
	cmd := m.apply([]string{item}, []draft{after}, store.FieldVerdict, false)
	if m.c.advance && v.Reviewed() {
		m.advance()
	}
	return cmd
}

// markedVerdict gives one verdict to every marked row in one transaction.
func (m *reviewScreen) markedVerdict(v review.Verdict) tea.Cmd {
	var ch change
	for _, ri := range m.markedRows() {
		r := &m.rows[ri]
		if !r.known {
			continue
		}
		before := m.wanted(r.id)
		if verdictOr(before.verdict) == v {
			continue
		}
		after := before
		after.verdict = v
		ch.items = append(ch.items, r.id)
		ch.before = append(ch.before, before)
		ch.after = append(ch.after, after)
	}
	ch.fields = store.FieldVerdict
	m.clearMarks()
	if len(ch.items) == 0 {
		m.c.status.info(m.c.tf("no marked row changed: they are %s already", m.c.verdictName(v, false)))
		return nil
	}
	m.record(ch)
	return m.apply(ch.items, ch.after, store.FieldVerdict, true)
}

// advance moves to the next unreviewed row below, when there is one.
func (m *reviewScreen) advance() {
	for i := m.cur + 1; i < len(m.vis); i++ {
		r := &m.rows[m.vis[i]]
		if r.known && !m.verdictOf(r.id).Reviewed() {
			m.cur = i
			m.scrollList()
			m.refreshDetail()
			return
		}
	}
}

// markedRows lists the marked rows in list order.
func (m *reviewScreen) markedRows() []int {
	out := make([]int, 0, len(m.marks))
	for ri := range m.marks {
		out = append(out, ri)
	}
	slices.Sort(out)
	return out
}

// toggleMark marks or unmarks the selected row and moves down one.
func (m *reviewScreen) toggleMark() {
	ri := m.selectedRow()
	if m.marks[ri] {
		delete(m.marks, ri)
	} else {
		m.marks[ri] = true
	}
	m.refreshRow(m.rows[ri].id)
	m.sayMarks()
	m.move(1)
}

// markRange: the first V starts a range at the selected row, the second
// marks every shown row from there to the selected one.
func (m *reviewScreen) markRange() {
	if m.anchor < 0 || m.anchor >= len(m.vis) {
		m.anchor = m.cur
		m.marks[m.vis[m.cur]] = true
		m.refreshRow(m.rows[m.vis[m.cur]].id)
		m.c.status.info(m.c.t("range starts here: move, then V again"))
		return
	}
	lo, hi := min(m.anchor, m.cur), max(m.anchor, m.cur)
	for i := lo; i <= hi; i++ {
		m.marks[m.vis[i]] = true
		m.refreshRow(m.rows[m.vis[i]].id)
	}
	m.anchor = -1
	m.sayMarks()
}

func (m *reviewScreen) sayMarks() {
	if len(m.marks) == 0 {
		m.c.status.info(m.c.t("no row marked"))
		return
	}
	m.c.status.info(m.c.tf("%s marked: a verdict key judges them all, esc unmarks", m.c.plural(len(m.marks), "row", "rows")))
}

func (m *reviewScreen) clearMarks() {
	marked := m.markedRows()
	m.marks = map[int]bool{}
	m.anchor = -1
	for _, ri := range marked {
		m.refreshRow(m.rows[ri].id)
	}
}

// plural is "1 row", "3 rows" in English; Japanese has one form.
func (c *Common) plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, c.t(one))
	}
	return fmt.Sprintf("%d %s", n, c.t(many))
}
