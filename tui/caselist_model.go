package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/criteria"
	"shinsa/review"
	"shinsa/store"
)

// caseList is the first screen: every application of the case file with its
// progress, verdict counts and validity.
type caseList struct {
	c      *Common
	id     int
	w, h   int
	loaded bool
	err    error
	ver    int64 // the case file's data version the rows were read at (see refresh)
	reads  int   // summaries read so far

	reg  *criteria.Registry
	rows []caseRow // every application
	view []int     // rows shown: filtered and sorted

	cursor, offset int
	sortBy         int
	desc           bool // sorted descending
	filter         textinput.Model
	filtering      bool

	// Rendered once per data, width or order change; View only picks lines.
	cols   []colLayout
	header string
	plain  []string // per view position, without styles
	styled []string
	drawn  []bool // whether plain and styled hold position i yet
}

// caseRow is one application with what its columns show.
type caseRow struct {
	sum      store.Summary
	items    int // rows to review: the catalog's, answered or not
	validity review.Validity
	cells    [numCols]string
	key      string // normalised text the filter searches
}

func newCaseList(c *Common) *caseList {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = c.t("filter")
	ti.Cursor.SetMode(cursor.CursorStatic)
	return &caseList{c: c, id: c.newID(), filter: ti}
}

func (m *caseList) ScreenID() int { return m.id }

func (m *caseList) Init() tea.Cmd { return m.load() }

// load reads the summaries (and the registry, for each application's row
// count) in the background.
func (m *caseList) load() tea.Cmd {
	c, id := m.c, m.id
	return func() tea.Msg { return readCases(c, id) }
}

// readCases reads the case file's data version first, so that a commit made
// while the summaries are read shows as a change at the next refresh.
func readCases(c *Common, id int) casesLoadedMsg {
	ver, err := c.store.DataVersion(c.ctx)
	if err != nil {
		ver = 0 // unknown: the next refresh reads everything
	}
	sums, err := c.store.Summaries(c.ctx)
	if err != nil {
		return casesLoadedMsg{to: to{id}, err: err}
	}
	reg, err := c.store.Registry(c.ctx)
	return casesLoadedMsg{to: to{id}, sums: sums, reg: reg, err: err, ver: ver}
}

// refresh reloads the list only when the case file was committed to since
// it was read (PRAGMA data_version, which sees this program's writes and
// other processes' alike): coming back from a review screen, or an idle
// tick, costs one pragma when nothing changed, not every summary of the
// archive.
func (m *caseList) refresh() tea.Cmd {
	if !m.loaded || m.ver == 0 {
		return m.load()
	}
	c, id, seen := m.c, m.id, m.ver
	return func() tea.Msg {
		if v, err := c.store.DataVersion(c.ctx); err == nil && v == seen {
			return casesLoadedMsg{to: to{id}, same: true, ver: v}
		}
		return readCases(c, id)
	}
}

func (m *caseList) tick() tea.Cmd {
	return m.c.later(3*time.Second, caseTickMsg{to{m.id}})
}

// setData replaces the rows, keeping the cursor on the same application.
func (m *caseList) setData(sums []store.Summary, reg *criteria.Registry) {
	keep := m.selectedApp()
	m.reg = reg
	m.rows = make([]caseRow, len(sums))
	for i, s := range sums {
		m.rows[i] = m.makeRow(s)
	}
	m.loaded = true
	m.refilter(keep)
}

func (m *caseList) makeRow(s store.Summary) caseRow {
	c := m.c
	a := s.App
	r := caseRow{sum: s, items: s.Answers}
	if m.reg != nil {
		if cat, err := m.reg.Catalog(a.Scheme, a.Edition); err == nil {
			r.items = len(cat.Items)
		}
	}
	r.validity = review.ValidityOn(a.DisclosureDate, c.today)
	kind := a.Kind.Japanese()
	if a.Round > 1 {
		kind += " " + c.tf("R%d", a.Round)
	}
	cert := CleanLine(a.CertificationNumber)
	if cert == "" {
		cert = "-"
	}
	r.cells = [numCols]string{
		colID:        fmt.Sprintf("#%d", a.ID),
		colCert:      cert,
		colService:   CleanLine(a.Service),
		colApplicant: CleanLine(a.Applicant),
		colScheme:    criteria.SchemeTitle(a.Scheme),
		colKind:      kind,
		colStatus:    c.t(string(a.Status)),
		colProgress:  fmt.Sprintf("%d/%d", s.Reviewed, r.items),
		colVerdicts:  verdictCounts(s.Verdicts),
		colExpires:   m.expiryText(s, r.validity),
	}
	r.key = review.Normalize(strings.ToLower(strings.Join(r.cells[:], " ") + " " + string(a.Kind) + " " + string(a.Status) + " " + a.Scheme))
	return r
}

// verdictCounts is "✓111 ?4 !8": the decided verdicts that occur, by mark.
func verdictCounts(n map[review.Verdict]int) string {
	var parts []string
	for _, v := range review.Verdicts[1:] {
		if n[v] > 0 {
			parts = append(parts, fmt.Sprintf("%s%d", v.Mark(), n[v]))
		}
	}
	return strings.Join(parts, " ")
}

// expiryText is, for a certified application, the expiry date and days
// left ("!" marks the four-month reminder window, a lapsed certification
// says so in words); for one still under review, the days since it was
// submitted, or the reply deadline of the letter sent; nothing for one
// rejected or withdrawn.
func (m *caseList) expiryText(s store.Summary, v review.Validity) string {
	a := s.App
	switch a.Status {
	case review.Certified:
	case review.Rejected, review.Withdrawn:
		return "-"
	default:
		if s.NextWhat == "reply" && !s.Next.IsZero() {
			// A letter is out: its reply deadline matters more than age.
			if s.Overdue {
				return m.c.tf("reply %s overdue", s.Next)
			}
			return m.c.tf("reply by %s", s.Next)
		}
		if a.Submitted.IsZero() {
			return "-"
		}
		days := int(m.c.today.Time().Sub(a.Submitted.Time()).Hours() / 24)
		return m.c.tf("submitted %dd ago", days)
	}
	switch {
	case v.Expires.IsZero():
		return "-"
	case v.Lapsed:
		return v.Expires.String() + " " + m.c.t("lapsed")
	case v.Remind:
		return v.Expires.String() + " !" + m.c.tf("%dd", v.DaysLeft)
	}
	return v.Expires.String() + " " + m.c.tf("%dd", v.DaysLeft)
}

func (m *caseList) selectedApp() int64 {
	if m.cursor < 0 || m.cursor >= len(m.view) {
		return 0
	}
	return m.rows[m.view[m.cursor]].sum.App.ID
}

// selectApp puts the cursor on an application when it is shown.
func (m *caseList) selectApp(app int64) {
	for i, r := range m.view {
		if m.rows[r].sum.App.ID == app {
			m.cursor = i
			m.scrollTo()
			return
		}
	}
}

// refilter recomputes the shown rows from the filter and sort order and puts
// the cursor on app when it is still shown.
func (m *caseList) refilter(app int64) {
	terms := filterWords(m.filter.Value())
	m.view = m.view[:0]
rows:
	for i := range m.rows {
		for _, t := range terms {
			if !strings.Contains(m.rows[i].key, t) {
				continue rows
			}
		}
		m.view = append(m.view, i)
	}
	by := sortCols[m.sortBy]
	dir := 1
	if m.desc {
		dir = -1
	}
	slices.SortStableFunc(m.view, func(a, b int) int {
		return dir * cmp.Or(compareRows(&m.rows[a], &m.rows[b], by), cmp.Compare(m.rows[a].sum.App.ID, m.rows[b].sum.App.ID))
	})
	m.cursor = 0
	for i, r := range m.view {
		if m.rows[r].sum.App.ID == app {
			m.cursor = i
		}
	}
	m.render()
}

// sortCols are the columns `s` cycles through.
var sortCols = []int{colID, colCert, colService, colApplicant, colScheme, colKind, colStatus, colProgress, colExpires}

func compareRows(a, b *caseRow, col int) int {
	switch col {
	case colID:
		return cmp.Compare(a.sum.App.ID, b.sum.App.ID)
	case colProgress:
		return cmp.Compare(float64(a.sum.Reviewed)/float64(max(a.items, 1)), float64(b.sum.Reviewed)/float64(max(b.items, 1)))
	case colExpires:
		// Certified applications by expiry, then those in review by how
		// long they have waited.
		ac, bc := a.sum.App.Status == review.Certified, b.sum.App.Status == review.Certified
		if ac != bc {
			if ac {
				return -1
			}
			return 1
		}
		if ac {
			return cmp.Compare(a.validity.Expires.String(), b.validity.Expires.String())
		}
		return cmp.Compare(a.sum.App.Submitted.String(), b.sum.App.Submitted.String())
	case colKind:
		return cmp.Or(cmp.Compare(a.sum.App.Kind, b.sum.App.Kind), cmp.Compare(a.sum.App.Round, b.sum.App.Round))
	case colStatus:
		return cmp.Compare(slices.Index(review.Statuses, a.sum.App.Status), slices.Index(review.Statuses, b.sum.App.Status))
	}
	return cmp.Compare(a.cells[col], b.cells[col])
}
