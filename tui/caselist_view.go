package tui

import (
	"path/filepath"
	"strings"

	"shinsa/review"
)

// Case list columns, in display order.
const (
	colID = iota
	colCert
	colService
	colApplicant
	colScheme
	colKind
	colStatus
	colProgress
	colVerdicts
	colExpires
	numCols
)

// colSpec says how a column may size: natural width between min and max;
// flex columns take what is left; columns are dropped by prio (highest
// number first) when the terminal is narrow.
type colSpec struct {
	title    string
	min, max int
	prio     int
	flex     bool
	right    bool
}

var caseCols = [numCols]colSpec{
	colID:        {title: "ID", min: 2, max: 6, prio: 0, right: true},
	colCert:      {title: "Cert no.", min: 9, max: 14, prio: 5},
	colService:   {title: "Service", min: 12, max: 36, prio: 1, flex: true},
	colApplicant: {title: "Applicant", min: 12, max: 36, prio: 7, flex: true},
	colScheme:    {title: "Scheme", min: 6, max: 22, prio: 9},
	colKind:      {title: "Kind", min: 4, max: 10, prio: 4},
	colStatus:    {title: "Status", min: 4, max: 12, prio: 0}, // what a reviewer needs at any width
	colProgress:  {title: "Progress", min: 12, max: 22, prio: 2},
	colVerdicts:  {title: "Verdicts", min: 6, max: 24, prio: 6},
	colExpires:   {title: "Expires", min: 10, max: 24, prio: 3},
}

const barCells = 8

// growAfter is the first priority that joins only after the flex columns
// have had their natural width.
const growAfter = 5

type colLayout struct{ col, width int }

func (m *caseList) SetSize(w, h int) {
	m.w, m.h = w, h
	m.filter.Width = max(1, w-4)
	m.render()
}

// layout chooses the columns that fit in w cells and their widths.
func (m *caseList) layout(w int) []colLayout {
	var need [numCols]int
	for col, spec := range caseCols {
		n := Width(m.c.t(spec.title))
		for _, r := range m.view {
			n = max(n, Width(m.rows[r].cells[col]))
		}
		if col == colProgress {
			n += barCells + 1
		}
		need[col] = clamp(n, spec.min, spec.max)
	}
	natural := need
	for col, spec := range caseCols {
		if spec.flex {
			need[col] = spec.min
		}
	}
	// Columns join by priority, flex columns at their minimum. Once the
	// columns a reviewer always needs are in (id, service, progress, expiry,
	// kind), the flex columns grow towards their natural width before
	// anything of lower priority may join; what is left at the end goes to
	// them too.
	var chosen [numCols]bool
	used := 0
	gap := func() int {
		if used > 0 {
			return 1
		}
		return 0
	}
	grow := func() {
		for prio := 0; prio < numCols; prio++ {
			for col, spec := range caseCols {
				if spec.prio == prio && spec.flex && chosen[col] {
					add := max(0, min(w-used, natural[col]-need[col]))
					need[col] += add
					used += add
				}
			}
		}
	}
	for prio := 0; prio < numCols; prio++ {
		if prio == growAfter {
			grow()
		}
		for col, spec := range caseCols {
			if spec.prio == prio && used+gap()+need[col] <= w {
				used += gap() + need[col]
				chosen[col] = true
			}
		}
	}
	grow()
	var out []colLayout
	for col := range caseCols {
		if chosen[col] {
			out = append(out, colLayout{col, need[col]})
		}
	}
	return out
}

// render rebuilds the header and every row line for the current width,
// filter and order.
func (m *caseList) render() {
	if m.w <= 0 {
		return
	}
	st := m.c.styles
	m.cols = m.layout(m.w - 1)
	var h strings.Builder
	h.WriteString(" ")
	for i, cl := range m.cols {
		if i > 0 {
			h.WriteString(" ")
		}
		title := m.c.t(caseCols[cl.col].title)
		if caseCols[cl.col].right {
			h.WriteString(PadLeft(Truncate(title, min(cl.width, Width(title))), cl.width))
		} else {
			h.WriteString(Truncate(title, cl.width))
		}
	}
	m.header = st.Header.Render(Truncate(h.String(), m.w))
	// Row lines are drawn when first shown (line), not here: on an archive
	// of 2,000 applications drawing them all was 90% of the first screen.
	m.plain = append(m.plain[:0], make([]string, len(m.view))...)
	m.styled = append(m.styled[:0], make([]string, len(m.view))...)
	m.drawn = append(m.drawn[:0], make([]bool, len(m.view))...)
	m.scrollTo()
}

// line returns the plain and styled lines of view position i, drawing them
// on first use.
func (m *caseList) line(i int) (string, string) {
	if !m.drawn[i] {
		m.plain[i], m.styled[i] = m.renderRow(&m.rows[m.view[i]])
		m.drawn[i] = true
	}
	return m.plain[i], m.styled[i]
}

// renderRow draws one application, plain (for the selection highlight) and
// styled. Both are exactly m.w-1 cells: the gutter comes in View.
func (m *caseList) renderRow(r *caseRow) (string, string) {
	st := m.c.styles
	var p, s strings.Builder
	for i, cl := range m.cols {
		if i > 0 {
			p.WriteString(" ")
			s.WriteString(" ")
		}
		cell := r.cells[cl.col]
		switch cl.col {
		case colProgress:
			text := PadLeft(cell, cl.width-barCells-1)
			filled := 0
			if r.items > 0 {
				filled = min(barCells, (r.sum.Reviewed*barCells+r.items/2)/r.items)
			}
			bar := strings.Repeat("█", filled) + strings.Repeat("░", barCells-filled)
			p.WriteString(bar + " " + Truncate(text, cl.width-barCells-1))
			s.WriteString(st.BarFull.Render(strings.Repeat("█", filled)) + st.BarEmpty.Render(strings.Repeat("░", barCells-filled)) + " " + Truncate(text, cl.width-barCells-1))
			continue
		case colID:
			cell = PadLeft(cell, cl.width)
		}
		t := Truncate(cell, cl.width)
		p.WriteString(t)
		switch {
		case cl.col == colExpires && r.validity.Lapsed:
			s.WriteString(st.Bad.Render(t))
		case cl.col == colExpires && r.validity.Remind:
			s.WriteString(st.Warn.Render(t))
		case cl.col == colVerdicts:
			s.WriteString(m.colourCounts(t))
		case cl.col == colCert || cl.col == colScheme || cl.col == colStatus:
			s.WriteString(st.Dim.Render(t))
		default:
			s.WriteString(t)
		}
	}
	return Pad(p.String(), m.w-1), Pad(s.String(), m.w-1)
}

// colourCounts colours each "✓12" of a verdict-count cell by its verdict.
func (m *caseList) colourCounts(t string) string {
	var b strings.Builder
	for i, part := range strings.Split(t, " ") {
		if i > 0 {
			b.WriteString(" ")
		}
		v := review.Unreviewed
		for _, cand := range review.Verdicts[1:] {
			if strings.HasPrefix(part, cand.Mark()) {
				v = cand
			}
		}
		b.WriteString(m.c.styles.verdict(v, part))
	}
	return b.String()
}

// listHeight is how many rows fit under the title and header lines.
func (m *caseList) listHeight() int { return max(1, m.h-2) }

// scrollTo keeps the cursor in view.
func (m *caseList) scrollTo() {
	n := m.listHeight()
	m.cursor = clamp(m.cursor, 0, len(m.view)-1)
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+n {
		m.offset = m.cursor - n + 1
	}
	m.offset = clamp(m.offset, 0, max(0, len(m.view)-n))
}

func (m *caseList) title() string {
	c := m.c
	parts := []string{c.t("Applications"), filepath.Base(c.caseFile)}
	if m.loaded {
		parts = append(parts, c.tfn(len(m.rows), "%d application", "%d applications", len(m.rows)))
	}
	if m.desc {
		parts = append(parts, c.tf("sorted by %s, descending", c.t(sortNames[m.sortBy])))
	} else {
		parts = append(parts, c.tf("sorted by %s", c.t(sortNames[m.sortBy])))
	}
	if v := m.filter.Value(); v != "" && !m.filtering {
		parts = append(parts, c.tf("filter: %s", v))
	}
	return strings.Join(parts, " · ")
}

var sortNames = []string{"id", "cert no.", "service", "applicant", "scheme", "kind", "status", "progress", "expiry"}

func (m *caseList) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	st := m.c.styles
	lines := make([]string, 0, m.h)
	if m.filtering {
		lines = append(lines, Truncate(m.filter.View(), m.w))
	} else {
		lines = append(lines, st.Title.Render(Truncate(" "+m.title(), m.w)))
	}
	lines = append(lines, m.header)
	switch {
	case m.err != nil:
		lines = append(lines, st.Bad.Render(Truncate(" "+m.c.tf("could not load: %v", m.err), m.w)))
	case !m.loaded:
		lines = append(lines, st.Dim.Render(Truncate(" "+m.c.t("loading…"), m.w)))
	case len(m.rows) == 0:
		lines = append(lines, Truncate(" "+m.c.t("no applications in this case file: add one with 'shinsa import CASEFILE FILE'"), m.w))
	case len(m.view) == 0:
		lines = append(lines, Truncate(" "+m.c.t("no application matches the filter"), m.w))
	}
	end := min(len(m.view), m.offset+m.listHeight())
	for i := m.offset; i < end && len(lines) < m.h; i++ {
		plain, styled := m.line(i)
		if i == m.cursor {
			lines = append(lines, ">"+st.Selected.Render(plain))
		} else {
			lines = append(lines, " "+styled)
		}
	}
	for len(lines) < m.h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// rowAt maps a screen line (0 = the title line) to a view position.
func (m *caseList) rowAt(y int) (int, bool) {
	i := m.offset + y - 2
	return i, y >= 2 && i >= 0 && i < len(m.view)
}
