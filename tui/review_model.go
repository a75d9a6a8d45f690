package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/criteria"
	"shinsa/review"
	"shinsa/store"
)

// reviewScreen is the two-pane review of one application: its rows grouped
// by category on the left, the selected row in full on the right, the
// finding editor and the renewal diff in the right pane.
type reviewScreen struct {
	c      *Common
	id     int
	appID  int64
	w, h   int
	loaded bool
	err    error
	d      *reviewData
	want   string // item to select once loaded

	rows   []reviewRow
	byID   map[string]int
	vis    []int      // rows shown (filter, diff view)
	lines  []listLine // headings and rows of vis
	lineOf []int      // list line of each row, -1 when not shown
	cur    int        // position in vis
	off    int        // first list line shown

	filter    textinput.Model
	filtering bool
	line      *cmdLine // the `:` command line, while open

	undos, redos []change     // the reviewer's changes on this screen, for u and U
	marks        map[int]bool // marked rows (index in rows)
	anchor       int          // where a V range starts (position in vis), -1: none
	edBefore     draft        // the row's values when the editor opened
	history      *rowHistory  // the history shown in the right pane, if any
	diffMode     bool
	sideBy       bool
	focus        int  // paneLeft or paneRight
	zoom         bool // the focused pane takes the whole width

	detail  []string // right pane lines for the selected row
	dOff    int
	dCache  map[detailKey][]string
	idW     int // width of the item-id column
	listVer int

	findings  map[string]review.Finding // as stored
	drafts    map[string]*draft         // edits not stored yet
	inflight  map[string]bool
	failed    map[string]string // last write error per item
	conflict  *conflict
	editor    *editor
	confirm   []review.Finding // carried-forward findings awaiting y/n
	ask       *question        // another y/n question, while asked
	since     time.Time        // newest finding time seen, for polling
	export    bool             // an export is running, or waits for saves
	exportDue bool             // export once every change is saved

	evRow   string // the row whose evidence list evSel selects in
	evSel   int    // the selected evidence file of that row
	evFetch string // over SSH: the file whose hash and fetch command are shown
}

const (
	paneLeft = iota
	paneRight
)

// reviewData is what one load of an application brings.
type reviewData struct {
	app          review.Application
	cat          *criteria.Catalog // nil when the case file's edition is unknown
	reg          *criteria.Registry
	answers      []review.Answer
	findings     map[string]review.Finding
	problems     []review.Problem
	prev         *review.Application // what the comparison is against
	prevFindings map[string]review.Finding
	diffs        []review.ItemDiff
	evidence     []store.EvidenceFile        // the application's evidence files, in the order added
	citations    map[string][]store.Citation // by row
}

// reviewRow is one disclosure row: a catalog item (answered or not), an
// answer the catalog does not know, or a row the new submission dropped.
type reviewRow struct {
	id       string
	item     criteria.Item
	known    bool
	category string
	answer   *review.Answer
	problems []review.Problem
	diff     *review.ItemDiff
	key      string // normalised id, titles and answer, for the filter
	tell     string // what tells the row from siblings of the same title ("" when none)
	ver      int    // bumped when the row's finding changes
}

type listLine struct {
	row    int // index in rows; -1 for a category heading
	cat    string
	plain  string
	styled string
}

type detailKey struct {
	row, w, ver     int
	diff, side, led bool
	ev              int    // the selected evidence file
	fetch           string // the file whose fetch command is shown
}

// draft is a finding as the reviewer wants it, before the store has it.
type draft struct {
	verdict       review.Verdict
	note, request string
	// base is the stored finding the edit started from, the common
	// ancestor of a three-way merge: a save sends only the fields that
	// differ from it, so a colleague's change to another field is kept.
	base review.Finding
}

// changed names the fields the reviewer edited: those that differ from
// the base.
func (d draft) changed() store.Fields {
	var f store.Fields
	if d.verdict != verdictOr(d.base.Verdict) {
		f |= store.FieldVerdict
	}
	if d.note != d.base.Note {
		f |= store.FieldNote
	}
	if d.request != d.base.Request {
		f |= store.FieldRequest
	}
	return f
}

// rebase moves the draft onto a newer stored finding: each field still as
// in ref (the reviewer did not edit it since) takes the new value. When
// the reviewer edited a field that the new finding also changed to
// something else, it reports the clash and changes nothing.
func (d *draft) rebase(ref draft, f review.Finding) store.Fields {
	var clash store.Fields
	if d.verdict != ref.verdict && verdictOr(f.Verdict) != ref.verdict && verdictOr(f.Verdict) != d.verdict {
		clash |= store.FieldVerdict
	}
	if d.note != ref.note && f.Note != ref.note && f.Note != d.note {
		clash |= store.FieldNote
	}
	if d.request != ref.request && f.Request != ref.request && f.Request != d.request {
		clash |= store.FieldRequest
	}
	if clash != 0 {
		return clash
	}
	if d.verdict == ref.verdict {
		d.verdict = verdictOr(f.Verdict)
	}
	if d.note == ref.note {
		d.note = f.Note
	}
	if d.request == ref.request {
		d.request = f.Request
	}
	d.base = f
	return 0
}

// asDraft is a stored finding as a draft based on itself.
func asDraft(f review.Finding) draft {
	return draft{verdict: verdictOr(f.Verdict), note: f.Note, request: f.Request, base: f}
}

func verdictOr(v review.Verdict) review.Verdict {
	if v == "" {
		return review.Unreviewed
	}
	return v
}

func (d draft) same(f review.Finding) bool {
	return d.verdict == f.Verdict && d.note == f.Note && d.request == f.Request
}

// question is a y/n the screen waits for; yes is what y does.
type question struct{ yes func() tea.Cmd }

// conflict: someone else saved a row the reviewer had unsaved edits on.
type conflict struct {
	item   string
	theirs review.Finding
	yours  draft
	lines  []string // the panel, laid out for the right pane
}

func newReview(c *Common, app int64, item string) *reviewScreen {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = c.t("filter rows: id, text or verdict")
	ti.Cursor.SetMode(cursor.CursorStatic)
	return &reviewScreen{c: c, id: c.newID(), appID: app, want: item, filter: ti,
		dCache: map[detailKey][]string{}, findings: map[string]review.Finding{}, drafts: map[string]*draft{},
		inflight: map[string]bool{}, failed: map[string]string{}, marks: map[int]bool{}, anchor: -1}
}

func (m *reviewScreen) ScreenID() int { return m.id }

func (m *reviewScreen) Init() tea.Cmd { return loadReview(m.c, m.id, m.appID) }

// setData builds the rows of a loaded application.
func (m *reviewScreen) setData(d *reviewData) {
	m.d, m.loaded = d, true
	m.findings = d.findings
	for _, f := range d.findings {
		if f.Time.After(m.since) {
			m.since = f.Time
		}
	}
	answers := make(map[string]*review.Answer, len(d.answers))
	for i := range d.answers {
		if _, dup := answers[d.answers[i].Item]; !dup {
			answers[d.answers[i].Item] = &d.answers[i]
		}
	}
	problems := map[string][]review.Problem{}
	for _, p := range d.problems {
		problems[p.Item] = append(problems[p.Item], p)
	}
	diffs := map[string]*review.ItemDiff{}
	for i := range d.diffs {
		diffs[d.diffs[i].Item] = &d.diffs[i]
	}
	m.rows = m.rows[:0]
	m.byID = map[string]int{}
	add := func(r reviewRow) {
		if _, dup := m.byID[r.id]; dup {
			return
		}
		r.answer, r.problems, r.diff = answers[r.id], problems[r.id], diffs[r.id]
		var k strings.Builder
		k.WriteString(r.id + " " + r.item.Title + " " + r.item.Description)
		if r.answer != nil {
			k.WriteString(" " + r.answer.Text)
		}
		r.key = review.Normalize(strings.ToLower(k.String()))
		m.byID[r.id] = len(m.rows)
		m.rows = append(m.rows, r)
	}
	if d.cat != nil {
		for _, it := range d.cat.Items {
			add(reviewRow{id: it.ID, item: it, known: true, category: it.Category})
		}
	}
	for _, a := range d.answers {
		add(reviewRow{id: a.Item, category: "", item: criteria.Item{ID: a.Item}})
	}
	for _, x := range d.diffs {
		if x.Status == review.Removed {
			add(reviewRow{id: x.Item, category: "", item: criteria.Item{ID: x.Item}})
		}
	}
	m.tellSiblings()
	m.idW = 2
	for _, r := range m.rows {
		m.idW = max(m.idW, Width(r.id))
	}
	m.idW = min(m.idW, 8)
	m.revisible()
	if m.want != "" {
		m.selectItem(m.want)
		m.want = ""
	}
	m.updateStatus()
}

// tellSiblings finds rows that share a title with others of their
// category (3.1 and 3.2 設立年・事業年数) and keeps, for each, its 記述内容
// without the part all of them begin with: what tells them apart in a
// narrow list.
func (m *reviewScreen) tellSiblings() {
	type key struct{ cat, title string }
	groups := map[key][]int{}
	for i := range m.rows {
		r := &m.rows[i]
		if r.known && r.item.Title != "" {
			k := key{r.category, r.item.Title}
			groups[k] = append(groups[k], i)
		}
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		descs := make([][]rune, len(g))
		for i, ri := range g {
			descs[i] = []rune(CleanLine(m.rows[ri].item.Description))
		}
		n := commonPrefix(descs)
		for i, ri := range g {
			rest := strings.TrimLeft(string(descs[i][n:]), "・、，,：: ")
			switch {
			case rest == "":
				continue
			case n > 0:
				rest = "…" + rest
			}
			m.rows[ri].tell = rest
		}
	}
}

// commonPrefix is the number of runes every one of ss begins with.
func commonPrefix(ss [][]rune) int {
	n := len(ss[0])
	for _, s := range ss[1:] {
		i := 0
		for i < n && i < len(s) && s[i] == ss[0][i] {
			i++
		}
		n = i
	}
	return n
}

// revisible recomputes the rows shown from the filter and the diff view.
func (m *reviewScreen) revisible() {
	keep := m.selectedRow()
	terms := filterTerms(m.filter.Value())
	m.vis = m.vis[:0]
	for i := range m.rows {
		r := &m.rows[i]
		// The diff view keeps unchanged rows whose earlier finding is open.
		if m.diffMode && (r.diff == nil || r.diff.Status == review.Unchanged && !r.diff.NotChangedByApplicant() && !r.diff.EvidenceChanged()) {
			continue
		}
		if !m.matches(r, terms) {
			continue
		}
		m.vis = append(m.vis, i)
	}
	m.cur = 0
	for i, r := range m.vis {
		if r == keep {
			m.cur = i
		}
	}
	m.renderList()
	m.scrollList()
	m.refreshDetail()
}

// filterTerms splits what was typed into the filter into its words,
// normalised as row keys are ("not applicable" is one verdict name).
func filterTerms(s string) []string {
	q := strings.ReplaceAll(strings.ToLower(s), "not applicable", string(review.NotApplicable))
	return filterWords(q)
}

// filterWords splits a filter into lower-case words, each normalised as row
// keys are. Split first: Normalize drops the space between Japanese words,
// which here separates two terms (要修正 経常).
func filterWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if t := review.Normalize(f); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// matches: every word of the filter finds the row by its id, titles or
// answer text, or names its verdict in English or Japanese. A verdict name
// matches from its start, so 適合 is not found in 不適合 nor conform in
// nonconforming.
func (m *reviewScreen) matches(r *reviewRow, terms []string) bool {
	v := m.verdictOf(r.id)
	for _, t := range terms {
		switch t {
		case "必", "必須":
			if r.known && r.item.Required {
				continue
			}
			return false
		case "選", "選択":
			if r.known && !r.item.Required {
				continue
			}
			return false
		}
		if no, ok := strings.CutPrefix(t, "#"); ok && no != "" {
			// #4 is row 4 and its parts 4.1, 4.2.
			if r.id == no || strings.HasPrefix(r.id, no+".") {
				continue
			}
			return false
		}
		if strings.Contains(r.key, t) || strings.HasPrefix(string(v), t) || strings.HasPrefix(v.Japanese(), t) || t == v.Mark() {
			continue
		}
		return false
	}
	return true
}

func (m *reviewScreen) selectedRow() int {
	if m.cur < 0 || m.cur >= len(m.vis) {
		return -1
	}
	return m.vis[m.cur]
}

func (m *reviewScreen) selectItem(item string) {
	ri, ok := m.byID[item]
	if !ok {
		return
	}
	for i, r := range m.vis {
		if r == ri {
			m.cur = i
			// A jump lands in the middle of the list, with context around.
			m.off = max(0, m.cursorLine()-m.bodyH()/2)
			m.scrollList()
			m.refreshDetail()
			return
		}
	}
	// Hidden by the filter or the diff view: show everything again.
	m.filter.SetValue("")
	m.diffMode = false
	m.revisible()
	m.selectItem(item)
}

// stored is the finding as the store has it (unreviewed, revision 0, when
// the row was never judged).
func (m *reviewScreen) stored(item string) review.Finding {
	if f, ok := m.findings[item]; ok {
		return f
	}
	return review.Finding{App: m.appID, Item: item, Verdict: review.Unreviewed}
}

// wanted is the finding as the reviewer wants it: the draft if there is one.
func (m *reviewScreen) wanted(item string) draft {
	if d, ok := m.drafts[item]; ok {
		return *d
	}
	return asDraft(m.stored(item))
}

func (m *reviewScreen) verdictOf(item string) review.Verdict {
	v := m.wanted(item).verdict
	if v == "" {
		return review.Unreviewed
	}
	return v
}

// progress counts decided rows among the rows of the catalog.
func (m *reviewScreen) progress() (done, total int) {
	for i := range m.rows {
		if !m.rows[i].known {
			continue
		}
		total++
		if m.verdictOf(m.rows[i].id).Reviewed() {
			done++
		}
	}
	return done, total
}

func (m *reviewScreen) appLabel() string {
	if m.d == nil {
		return fmt.Sprintf("#%d", m.appID)
	}
	return fmt.Sprintf("#%d %s", m.appID, CleanLine(m.d.app.Service))
}

func (m *reviewScreen) updateStatus() {
	done, total := m.progress()
	m.c.status.setApp(m.appLabel(), m.c.tf("%d/%d reviewed", done, total))
}

// hasPrevious: there is an earlier submission to compare with.
func (m *reviewScreen) hasPrevious() bool { return m.d != nil && m.d.prev != nil }
