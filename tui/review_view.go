package tui

import (
	"fmt"
	"strings"

	"shinsa/criteria"
	"shinsa/review"
)

// Pane geometry: the list takes two fifths of a normal terminal and half of
// a wide one; the selected row takes the rest.
func (m *reviewScreen) leftW() int {
	switch {
	case m.zoom && m.focus == paneLeft:
		return m.w
	case m.zoom:
		return 1 // not drawn: the detail has the width
	}
	if w, ok := m.c.splits[[2]int{m.w, m.h}]; ok {
		return clamp(w, minListW, max(minListW, m.w-minListW))
	}
	switch {
	case m.w < 60:
		return max(1, m.w/2)
	case m.w >= 120:
		return min(m.w/2, 96) // room for whole titles; answers still wrap wide
	}
	return clamp(m.w*2/5, 28, 64)
}

func (m *reviewScreen) rightW() int {
	if m.zoom && m.focus == paneRight {
		return m.w
	}
	return max(1, m.w-m.leftW()-1)
}

// minListW is the narrowest either pane may be made with < and >.
const minListW = 12

// resize moves the split between the panes by d cells and remembers it
// for this terminal size.
func (m *reviewScreen) resize(d int) {
	w := clamp(m.leftW()+d, minListW, max(minListW, m.w-minListW))
	if m.c.splits == nil {
		m.c.splits = map[[2]int]int{}
	}
	m.c.splits[[2]int{m.w, m.h}] = w
	m.relayout()
}

// relayout redraws both panes after their widths changed.
func (m *reviewScreen) relayout() {
	m.dCache = map[detailKey][]string{}
	if m.editor != nil {
		m.layoutEditor()
	}
	m.layoutConflict()
	if m.loaded {
		m.renderList()
		m.scrollList()
		m.refreshDetail()
	}
}

// bodyH is the height of the panes under the title and pane-header lines.
func (m *reviewScreen) bodyH() int { return max(1, m.h-2) }

func (m *reviewScreen) SetSize(w, h int) {
	if w == m.w && h == m.h {
		return
	}
	m.w, m.h = w, h
	m.filter.Width = max(1, w-4)
	m.relayout()
}

// changeMark tells what happened to a row since the earlier submission.
func changeMark(d *review.ItemDiff) string {
	if d == nil {
		return " "
	}
	switch d.Status {
	case review.Changed:
		return "*"
	case review.Added:
		return "+"
	case review.Removed:
		return "-"
	case review.Moved:
		return ">"
	}
	if d.FormOnly {
		return "~"
	}
	return " "
}

// renderList rebuilds the left pane's lines: a heading per category, a line
// per row. Row lines are the list width minus the one-cell gutter.
func (m *reviewScreen) renderList() {
	m.lines = m.lines[:0]
	if len(m.lineOf) != len(m.rows) {
		m.lineOf = make([]int, len(m.rows))
	}
	for i := range m.lineOf {
		m.lineOf[i] = -1
	}
	cat := "\x00"
	for _, ri := range m.vis {
		r := &m.rows[ri]
		if r.category != cat {
			cat = r.category
			m.lines = append(m.lines, listLine{row: -1, cat: cat})
			m.renderHeading(len(m.lines) - 1)
		}
		m.lines = append(m.lines, listLine{row: ri, cat: cat})
		m.lineOf[ri] = len(m.lines) - 1
		m.renderLine(len(m.lines) - 1)
	}
	m.listVer++
}

// renderHeading draws a category heading with its progress.
func (m *reviewScreen) renderHeading(li int) {
	l := &m.lines[li]
	title := m.c.t("not in the catalog")
	if m.d.cat != nil {
		if c, ok := m.d.cat.Category(l.cat); ok {
			title = CleanLine(c.Title)
		}
	}
	done, total := 0, 0
	for i := range m.rows {
		if m.rows[i].category == l.cat {
			total++
			if m.verdictOf(m.rows[i].id).Reviewed() {
				done++
			}
		}
	}
	count := fmt.Sprintf(" %d/%d", done, total)
	w := m.leftW()
	t := Truncate(title, max(1, w-1-Width(count)))
	l.plain = Pad(t+count, w)
	l.styled = m.c.styles.Heading.Render(t) + m.c.styles.Dim.Render(Pad(count, w-Width(t)))
}

// renderLine draws one row: verdict mark, id, 必 for required rows, the
// change mark of a renewal, ※ for check problems, then the titles.
func (m *reviewScreen) renderLine(li int) {
	l := &m.lines[li]
	r := &m.rows[l.row]
	st := m.c.styles
	w := m.leftW() - 1
	v := m.verdictOf(r.id)
	req := "  "
	if r.item.Required {
		req = "必"
	}
	chk := " "
	if len(r.problems) > 0 {
		chk = "※"
	}
	chg := changeMark(r.diff)
	if _, unsaved := m.failed[r.id]; unsaved || (m.conflict != nil && m.conflict.item == r.id) {
		chg = "#"
	}
	text := CleanLine(r.item.Title)
	switch {
	case r.tell != "":
		// Siblings of one title read apart: what differs comes first.
		text = r.tell + "：" + text
	case r.item.Description != "":
		text += "：" + CleanLine(r.item.Description)
	}
	if !r.known && r.answer != nil {
		text = CleanLine(r.answer.Text)
	}
	id := Truncate(r.id, m.idW)
	// A marked row shows = between its verdict and its No (in words, not
	// only colour).
	mark := " "
	if m.marks[l.row] {
		mark = "="
	}
	prefix := v.Mark() + mark + id + " " + req + chg + chk + " "
	rest := Truncate(text, max(0, w-Width(prefix)))
	l.plain = Truncate(prefix+rest, w)
	styledPrefix := st.verdict(v, v.Mark()) + st.Key.Render(mark) + id + " " + st.Dim.Render(req) + st.Warn.Render(chg+chk) + " "
	l.styled = Truncate(styledPrefix+rest, w)
}

// refreshRow redraws one row and its category heading after its finding
// changed, without rebuilding the whole list.
func (m *reviewScreen) refreshRow(item string) {
	ri, ok := m.byID[item]
	if !ok {
		return
	}
	m.rows[ri].ver++
	if li := m.lineOf[ri]; li >= 0 {
		m.renderLine(li)
		for h := li; h >= 0; h-- {
			if m.lines[h].row < 0 {
				m.renderHeading(h)
				break
			}
		}
	}
	if ri == m.selectedRow() {
		m.refreshDetail()
	}
	m.updateStatus()
}

// cursorLine is the list line of the selected row.
func (m *reviewScreen) cursorLine() int {
	if ri := m.selectedRow(); ri >= 0 && m.lineOf[ri] >= 0 {
		return m.lineOf[ri]
	}
	return 0
}

// scrollList keeps the selected row (and its heading when possible) in view.
func (m *reviewScreen) scrollList() {
	n := m.bodyH()
	cl := m.cursorLine()
	if cl-1 < m.off {
		m.off = max(0, cl-1)
	}
	if cl >= m.off+n {
		m.off = cl - n + 1
	}
	m.off = clamp(m.off, 0, max(0, len(m.lines)-n))
}

func (m *reviewScreen) title() string {
	c := m.c
	if m.d == nil {
		return fmt.Sprintf("#%d", m.appID)
	}
	a := m.d.app
	kind := a.Kind.Japanese()
	// The status comes early: it is what a narrow terminal keeps longest.
	parts := []string{fmt.Sprintf("#%d %s", a.ID, CleanLine(a.Service)), c.t(string(a.Status)), kind}
	switch {
	case a.Round > 1 && m.d.prev != nil:
		parts = append(parts, c.tf("round %d of #%d", a.Round, m.d.prev.ID))
	case a.Kind == review.Renewal && m.d.prev != nil:
		parts = append(parts, c.tf("renewal of #%d", m.d.prev.ID))
	case a.Kind == review.Change && m.d.prev != nil:
		parts = append(parts, c.tf("change to #%d", m.d.prev.ID))
	}
	if m.diffMode {
		parts = append(parts, "["+c.tf("diff with #%d", m.d.prev.ID)+"]")
	}
	if v := m.filter.Value(); v != "" && !m.filtering {
		parts = append(parts, c.tf("filter: %s", v))
	}
	// What a narrow terminal cuts comes last.
	parts = append(parts, criteria.SchemeTitle(a.Scheme), CleanLine(a.Applicant))
	return strings.Join(parts, " · ")
}

func (m *reviewScreen) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	st := m.c.styles
	out := make([]string, 0, m.h)
	switch {
	case m.filtering:
		out = append(out, Truncate(m.filter.View(), m.w))
	case m.line != nil:
		out = append(out, Truncate(m.line.ti.View(), m.w))
	default:
		out = append(out, st.Title.Render(Truncate(" "+m.title(), m.w)))
	}
	if !m.loaded {
		msg := m.c.t("loading…")
		if m.err != nil {
			msg = m.c.tf("could not load: %v", m.err)
		}
		out = append(out, st.Dim.Render(Truncate(" "+msg, m.w)))
		return strings.Join(out, "\n")
	}
	lw, rw := m.leftW(), m.rightW()
	out = append(out, m.paneHeader(lw, rw))
	var right []string
	if m.editor != nil || m.conflict != nil {
		right = m.editorLines(rw, m.bodyH())
	} else {
		right = m.detail[min(m.dOff, len(m.detail)):]
	}
	sep := st.Sep.Render("│")
	cl := m.cursorLine()
	blankL, blankR := spaces(lw), spaces(rw)
	for i := 0; i < m.bodyH(); i++ {
		left := blankL
		if li := m.off + i; li < len(m.lines) {
			l := &m.lines[li]
			switch {
			case l.row < 0:
				left = l.styled
			case li == cl:
				left = ">" + st.Selected.Render(l.plain)
			default:
				left = " " + l.styled
			}
		} else if i == 0 && len(m.vis) == 0 {
			left = Truncate(" "+m.emptyText(), lw)
		}
		r := blankR
		if i < len(right) {
			r = right[i]
		}
		switch {
		case m.zoom && m.focus == paneLeft:
			out = append(out, left)
		case m.zoom:
			out = append(out, r)
		default:
			out = append(out, left+sep+r)
		}
	}
	return strings.Join(out, "\n")
}

func (m *reviewScreen) emptyText() string {
	if m.diffMode && m.filter.Value() == "" {
		return m.c.t("no changed rows")
	}
	return m.c.t("no row matches the filter")
}

// paneHeader names the panes and shows which has the focus.
func (m *reviewScreen) paneHeader(lw, rw int) string {
	st := m.c.styles
	editing := m.editor != nil || m.conflict != nil
	left := m.c.tfn(len(m.rows), "%d of %d row", "%d of %d rows", len(m.vis), len(m.rows))
	right := m.c.t("Row")
	if ri := m.selectedRow(); ri >= 0 {
		r := &m.rows[ri]
		right = r.id + " " + CleanLine(r.item.Title)
		switch {
		case !r.known:
			right += " · " + m.c.t("not in the catalog")
		case r.item.Required:
			right += " · " + m.c.t("required")
		default:
			right += " · " + m.c.t("optional")
		}
		if len(m.detail) > m.bodyH() && !editing {
			right += fmt.Sprintf("  %d/%d", min(m.dOff+m.bodyH(), len(m.detail)), len(m.detail))
		}
	}
	// The focused pane's header is marked in words as well as in colour:
	// without colour the ">" still tells where j and k go.
	ls, rs := st.Dim, st.Dim
	if m.focus == paneLeft && !editing {
		ls, left, right = st.Focus, ">"+left, " "+right
	} else {
		rs, left, right = st.Focus, " "+left, ">"+right
	}
	switch {
	case m.zoom && m.focus == paneLeft:
		return ls.Render(Truncate(left+"  ["+m.c.t("zoomed: z")+"]", lw))
	case m.zoom:
		return rs.Render(Truncate(right+"  ["+m.c.t("zoomed: z")+"]", rw))
	}
	return ls.Render(Truncate(left, lw)) + st.Sep.Render("│") + rs.Render(Truncate(right, rw))
}
