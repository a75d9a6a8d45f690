package tui

import (
	"strings"

	"shinsa/review"
)

// Span styles of a word diff.
const (
	spanEqual = iota
	spanDel
	spanIns
)

// buildDiff lays out one row of the diff view: what happened to it, last
// time's verdict beside it, and the word-level diff inline ([-old-]{+new+})
// or side by side. Marks and colour both tell deleted from inserted words.
func (m *reviewScreen) buildDiff(r *reviewRow, w int) []string {
	c, st := m.c, m.c.styles
	p := &page{w: w}
	x := r.diff
	if x == nil {
		p.line(" " + st.Dim.Render(c.t("answer unchanged")))
		p.blank()
		m.findingSection(p, r.id)
		return p.lines
	}
	h := " " + st.Header.Render(changeMark(x)+" "+c.statusName(x.Status))
	if x.Status == review.Moved {
		h += " " + st.Dim.Render(c.tf("moved from %s", x.From))
	}
	prev := c.t("not reviewed last time")
	if x.Previous != nil {
		v := x.Previous.Verdict
		prev = st.verdict(v, v.Mark()+" "+c.verdictName(v, true))
	}
	p.headed(h, c.tf("previous: %s", prev))
	if pf := x.Previous; pf != nil {
		if pf.Note != "" {
			p.text(c.t("Note")+": "+Clean(pf.Note), 2, &st.Dim)
		}
		if pf.Request != "" {
			p.text(c.t("Correction request")+": "+Clean(pf.Request), 2, &st.Dim)
		}
	}
	if x.CheckAddressed {
		p.text("※ "+c.t("check that the earlier finding was dealt with"), 2, &st.Warn)
	}
	if x.NotChangedByApplicant() {
		p.text("※ "+c.t("not changed by the applicant"), 2, &st.Warn)
	}
	if x.Reply != "" {
		p.text(c.tf("Applicant's reply: %s", Clean(x.Reply)), 2, nil)
	}
	if x.FormOnly {
		p.text(c.t("form only: width or dashes differ"), 2, &st.Dim)
	}
	if x.Coarse {
		p.text(c.t("the answer was too long for a word diff: sentences compared"), 2, &st.Dim)
	}
	if x.Err != "" {
		p.text(c.tf("word diff failed (%s): whole texts shown", CleanLine(x.Err)), 2, &st.Warn)
	}
	p.blank()
	if m.sideBy {
		m.sideBySide(p, x)
	} else {
		for _, l := range WrapSpans(inlineSpans(x), w-2) {
			p.line("  " + m.renderSpans(l))
		}
	}
	m.evidenceDiffSection(p, x)
	p.blank()
	m.findingSection(p, r.id)
	return p.lines
}

// evidenceDiffSection lists the row's evidence files against last time's:
// = the same document, ~ a new version, + new, - gone.
func (m *reviewScreen) evidenceDiffSection(p *page, x *review.ItemDiff) {
	if len(x.Evidence) == 0 {
		return
	}
	c, st := m.c, m.c.styles
	p.blank()
	p.line(" " + st.Header.Render(c.t("Evidence")))
	for _, e := range x.Evidence {
		name := CleanLine(e.Name)
		switch e.State {
		case review.EvidenceSame:
			p.text("= "+name+"  "+c.tf("same as last time %s", review.ShortHash(e.SHA256)), 2, &st.Dim)
		case review.EvidenceNewVersion:
			p.text("~ "+name+"  "+c.tf("new version %s (was %s)", review.ShortHash(e.SHA256), review.ShortHash(e.PreviousSHA256)), 2, &st.Ins)
		case review.EvidenceNew:
			p.text("+ "+name+"  "+c.tf("new %s", review.ShortHash(e.SHA256)), 2, &st.Ins)
		case review.EvidenceGone:
			p.text("- "+name+"  "+c.tf("gone (was %s)", review.ShortHash(e.PreviousSHA256)), 2, &st.Del)
		}
		if e.PreviousName != "" {
			p.text(c.tf("was named %s", CleanLine(e.PreviousName)), 4, &st.Dim)
		}
	}
}

// inlineSpans turns hunks into one text with [-deleted-] and {+inserted+}
// words.
func inlineSpans(x *review.ItemDiff) []Span {
	var out []Span
	for _, h := range hunksOf(x) {
		t := Clean(h.Text)
		switch h.Op {
		case review.HunkDelete:
			out = append(out, Span{Text: "[-" + t + "-]", Style: spanDel})
		case review.HunkInsert:
			out = append(out, Span{Text: "{+" + t + "+}", Style: spanIns})
		default:
			out = append(out, Span{Text: t})
		}
	}
	return out
}

// hunksOf is the row's diff, or whole texts when the word diff failed or
// there was none.
func hunksOf(x *review.ItemDiff) []review.Hunk {
	if len(x.Hunks) > 0 && x.Err == "" {
		return x.Hunks
	}
	var hs []review.Hunk
	if x.Old != "" {
		hs = append(hs, review.Hunk{Op: review.HunkDelete, Text: x.Old})
	}
	if x.New != "" {
		hs = append(hs, review.Hunk{Op: review.HunkInsert, Text: x.New})
	}
	if x.Old == x.New && x.Old != "" {
		hs = []review.Hunk{{Op: review.HunkEqual, Text: x.New}}
	}
	return hs
}

// sideBySide shows the old text with its deletions beside the new text with
// its insertions.
func (m *reviewScreen) sideBySide(p *page, x *review.ItemDiff) {
	st := m.c.styles
	col := max(1, (p.w-4)/2)
	var old, cur []Span
	for _, h := range hunksOf(x) {
		t := Clean(h.Text)
		switch h.Op {
		case review.HunkDelete:
			old = append(old, Span{Text: "[-" + t + "-]", Style: spanDel})
		case review.HunkInsert:
			cur = append(cur, Span{Text: "{+" + t + "+}", Style: spanIns})
		default:
			old = append(old, Span{Text: t})
			cur = append(cur, Span{Text: t})
		}
	}
	lw := WrapSpans(old, col)
	rw := WrapSpans(cur, col)
	sep := st.Sep.Render("│")
	oldHead, newHead := m.c.tf("old (#%d)", x.OldApp), m.c.tf("new (#%d)", m.appID)
	p.line(" " + st.Dim.Render(Truncate(oldHead, col)) + sep + " " + st.Dim.Render(Truncate(newHead, col)))
	for i := 0; i < max(len(lw), len(rw)); i++ {
		var l, r string
		if i < len(lw) {
			l = m.renderSpans(lw[i])
		}
		if i < len(rw) {
			r = m.renderSpans(rw[i])
		}
		p.line(" " + Pad(l, col) + sep + " " + r)
	}
}

func (m *reviewScreen) renderSpans(spans []Span) string {
	st := m.c.styles
	var b strings.Builder
	for _, s := range spans {
		switch s.Style {
		case spanDel:
			b.WriteString(st.Del.Render(s.Text))
		case spanIns:
			b.WriteString(st.Ins.Render(s.Text))
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}
