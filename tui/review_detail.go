package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"shinsa/criteria"
	"shinsa/review"
)

// page accumulates right-pane lines, each exactly w cells.
type page struct {
	w     int
	lines []string
}

func (p *page) line(styled string) { p.lines = append(p.lines, Truncate(styled, p.w)) }

func (p *page) blank() {
	if len(p.lines) > 0 && strings.TrimSpace(p.lines[len(p.lines)-1]) != "" {
		p.lines = append(p.lines, spaces(p.w))
	}
}

// headed writes a heading with something beside it, or, when both do not
// fit, the heading and then the other on a line of its own, so neither is
// cut.
func (p *page) headed(head, beside string) {
	if beside == "" {
		p.line(head)
		return
	}
	if Width(head)+2+Width(beside) <= p.w {
		p.line(head + "  " + beside)
		return
	}
	p.line(head)
	p.line("  " + beside)
}

// text wraps already-clean text with an indent, in a style.
func (p *page) text(s string, indent int, st *lipgloss.Style) {
	for _, l := range Wrap(s, max(1, p.w-indent)) {
		if st != nil {
			l = st.Render(l)
		}
		p.line(spaces(indent) + l)
	}
}

// refreshDetail makes the right pane show the selected row, from the cache
// when the row, width and finding are unchanged. Wrapping happens here, in
// Update, never in View.
func (m *reviewScreen) refreshDetail() {
	ri := m.selectedRow()
	if ri < 0 {
		m.detail, m.dOff = nil, 0
		return
	}
	if m.history != nil {
		if m.history.item == m.rows[ri].id {
			m.detail, m.dOff = m.historyLines(m.rightW()), 0
			return
		}
		m.history = nil // it was the history of the row left
	}
	k := detailKey{row: ri, w: m.rightW(), ver: m.rows[ri].ver, diff: m.diffMode, side: m.sideBy, led: m.hasPrevious(),
		ev: m.evIndex(m.rows[ri].id, len(m.rowFiles(m.rows[ri].id))), fetch: m.evFetch}
	if d, ok := m.dCache[k]; ok {
		if !sameLines(d, m.detail) {
			m.dOff = 0
		}
		m.detail = d
		return
	}
	var d []string
	if m.diffMode {
		d = m.buildDiff(&m.rows[ri], k.w)
	} else {
		d = m.buildDetail(&m.rows[ri], k.w)
	}
	m.dCache[k] = d
	m.detail, m.dOff = d, 0
}

func sameLines(a, b []string) bool { return len(a) > 0 && len(b) > 0 && &a[0] == &b[0] }

// buildDetail lays out everything about one row.
func (m *reviewScreen) buildDetail(r *reviewRow, w int) []string {
	c, st := m.c, m.c.styles
	p := &page{w: w}
	it := r.item
	if !r.known {
		p.line(" " + st.Warn.Render(c.t("not in the catalog")))
	}
	if it.Description != "" {
		p.line(" " + st.Dim.Render(c.t("What it must state")))
		p.text(Clean(it.Description), 2, nil)
	}
	if rules := m.rules(it.Constraints); rules != "" {
		p.line(" " + st.Dim.Render(c.t("Rules")))
		p.text(rules, 2, nil)
	}

	p.blank()
	m.answerSection(p, r)
	m.evidenceSection(p, r.id)

	if len(it.Clauses) > 0 {
		p.blank()
		p.line(" " + st.Header.Render(c.t("Clauses")))
		for _, cl := range it.Clauses {
			p.text(m.clauseText(cl), 2, nil)
		}
	}

	p.blank()
	p.line(" " + st.Header.Render(c.t("Checks")))
	if len(r.problems) == 0 {
		p.line("  " + st.Dim.Render(c.t("no problems found")))
	}
	for _, pr := range r.problems {
		p.text("※ "+pr.Rule+": "+CleanLine(pr.Message), 2, &st.Warn)
	}

	if m.hasPrevious() {
		p.blank()
		m.previousSection(p, r)
	}

	p.blank()
	m.findingSection(p, r.id)
	return p.lines
}

func (m *reviewScreen) answerSection(p *page, r *reviewRow) {
	c, st := m.c, m.c.styles
	a := r.answer
	prov := ""
	if a != nil && a.Provenance != "" {
		prov = st.Dim.Render(CleanLine(a.Provenance))
	}
	p.headed(" "+st.Header.Render(c.t("Answer")), prov)
	if a == nil || strings.TrimSpace(a.Text) == "" {
		p.line("  " + st.Dim.Render(c.t("not answered")))
		return
	}
	p.text(Clean(a.Text), 2, nil)
	if len(a.Evidence) > 0 {
		p.text(c.tf("Evidence: %s", CleanLine(strings.Join(a.Evidence, ", "))), 2, &st.Dim)
	}
	if a.Note != "" {
		p.text(c.tf("Applicant's note: %s", Clean(a.Note)), 2, &st.Dim)
	}
	if a.Reply != "" && (r.diff == nil || r.diff.Previous == nil) { // else it stands beside the request
		p.text(c.tf("Applicant's reply: %s", Clean(a.Reply)), 2, nil)
	}
}

// rules says an item's form rules in words.
func (m *reviewScreen) rules(k criteria.Constraints) string {
	c := m.c
	var parts []string
	if k.Kind != "" && k.Kind != criteria.KindText {
		parts = append(parts, c.tf("kind %s", c.kindName(k.Kind)))
	}
	// The catalog's own words (the hint) come last; a rule they already say
	// is not said twice.
	if k.MaxChars > 0 && !strings.Contains(k.Hint, "字以内") {
		parts = append(parts, c.tf("max %d chars", k.MaxChars))
	}
	if k.Unit != "" {
		parts = append(parts, c.tf("unit %s", CleanLine(k.Unit)))
	}
	if k.Seireki && !strings.Contains(k.Hint, "西暦") {
		parts = append(parts, c.t("西暦 dates"))
	}
	if k.Period && !strings.Contains(k.Hint, "決算期") {
		parts = append(parts, c.t("names the fiscal period"))
	}
	if len(k.Choices) > 0 {
		parts = append(parts, c.tf("one of: %s", CleanLine(strings.Join(k.Choices, " / "))))
	}
	if k.Hint != "" {
		parts = append(parts, CleanLine(k.Hint))
	}
	return strings.Join(parts, " · ")
}

// clauseText is "guideline clause title (relation)".
func (m *reviewScreen) clauseText(cl criteria.ClauseRef) string {
	title := ""
	if g, err := m.d.reg.Guideline(cl.Guideline); err == nil {
		if x, ok := g.Clause(cl.Clause); ok {
			title = " " + CleanLine(x.Title)
		}
	}
	return fmt.Sprintf("%s %s%s (%s)", cl.Guideline, cl.Clause, title, cl.Relation)
}

// previousSection shows the earlier submission's answer and verdict.
func (m *reviewScreen) previousSection(p *page, r *reviewRow) {
	c, st := m.c, m.c.styles
	prev := m.d.prev
	x := r.diff
	var pf *review.Finding
	if x != nil {
		pf = x.Previous
	}
	verdict := ""
	if pf != nil {
		verdict = st.verdict(pf.Verdict, pf.Verdict.Mark()+" "+c.verdictName(pf.Verdict, true))
	}
	p.headed(" "+st.Header.Render(c.tf("Previous (#%d)", prev.ID)), verdict)
	switch {
	case x == nil || x.Status == review.Added:
		p.line("  " + st.Dim.Render(c.t("no answer last time")))
	case x.Status == review.Unchanged && x.FormOnly:
		p.line("  " + st.Dim.Render(c.t("answer unchanged (form only)")))
	case x.Status == review.Unchanged:
		p.line("  " + st.Dim.Render(c.t("answer unchanged")))
	default:
		if x.Status == review.Moved {
			p.line("  " + st.Dim.Render(c.tf("moved from %s", x.From)))
		}
		p.text(Clean(x.Old), 2, &st.Dim)
	}
	if pf == nil {
		if x != nil && x.Status != review.Added {
			p.line("  " + st.Dim.Render(c.t("not reviewed last time")))
		}
		return
	}
	if pf.Note != "" {
		p.text(c.t("Note")+": "+Clean(pf.Note), 2, &st.Dim)
	}
	if pf.Request != "" {
		p.text(c.t("Correction request")+": "+Clean(pf.Request), 2, &st.Dim)
	}
	if x.Reply != "" {
		p.text(c.tf("Applicant's reply: %s", Clean(x.Reply)), 2, nil)
	}
	if x.CheckAddressed {
		p.text("※ "+c.t("check that the earlier finding was dealt with"), 2, &st.Warn)
	}
	if x.NotChangedByApplicant() {
		p.text("※ "+c.t("not changed by the applicant"), 2, &st.Warn)
	}
}

// findingSection shows this row's finding: verdict, note, request, who, when.
func (m *reviewScreen) findingSection(p *page, item string) {
	c, st := m.c, m.c.styles
	want := m.wanted(item)
	f := m.stored(item)
	v := want.verdict
	if v == "" {
		v = review.Unreviewed
	}
	p.headed(" "+st.Header.Render(c.t("Finding")), st.verdict(v, v.Mark()+" "+c.verdictName(v, true)))
	if want.note != "" {
		p.line("  " + st.Dim.Render(c.t("Note")))
		p.text(Clean(want.note), 4, nil)
	}
	if want.request != "" {
		p.line("  " + st.Dim.Render(c.t("Correction request")))
		p.text(Clean(want.request), 4, nil)
	}
	var meta []string
	if f.Revision > 0 {
		meta = append(meta, CleanLine(f.Reviewer), f.Time.Local().Format("2006-01-02 15:04:05"), c.tf("rev %d", f.Revision))
	}
	why, failed := m.failed[item]
	if _, ok := m.drafts[item]; ok && !failed {
		meta = append(meta, c.t("unsaved"))
	}
	if len(meta) > 0 {
		p.text(strings.Join(meta, " · "), 2, &st.Dim)
	}
	if failed {
		p.text(c.t("unsaved")+": "+CleanLine(why), 2, &st.Bad)
	}
	if f.Origin != "" {
		p.text(c.originText(f.Origin), 2, &st.Dim)
	}
}
