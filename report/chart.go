package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"shinsa/review"
)

// The per-category chart: one horizontal bar per category, stacked by
// verdict. Each verdict has a mark (✓ ? ! ✗ - ·) and, in SVG, a fill pattern,
// so the chart reads in black and white.

// maxTextBar is the widest text bar, in marks; bigger categories are scaled.
const maxTextBar = 40

// textChart renders the chart as monospaced lines:
//
//	事業所・事業  ✓✓✓✓?!··  6/8
//
// the fraction being reviewed rows / rows of the category.
func textChart(d *doc) (lines []string, perMark int) {
	most := 0
	labelW := 0
	for _, c := range d.Cats {
		most = max(most, c.Total)
		labelW = max(labelW, displayWidth(c.Title))
	}
	perMark = 1
	if most > maxTextBar {
		perMark = (most + maxTextBar - 1) / maxTextBar
	}
	bars := make([]string, len(d.Cats))
	barW := 0
	for i, c := range d.Cats {
		cells := apportion(c, perMark)
		var b strings.Builder
		n := 0
		for _, v := range verdictOrder {
			b.WriteString(strings.Repeat(v.Mark(), cells[v]))
			n += cells[v]
		}
		bars[i] = b.String()
		barW = max(barW, n)
	}
	for i, c := range d.Cats {
		n := utf8.RuneCountInString(bars[i])
		lines = append(lines, fmt.Sprintf("%s%s  %s%s  %d/%d",
			c.Title, strings.Repeat(" ", labelW-displayWidth(c.Title)),
			bars[i], strings.Repeat(" ", barW-n), c.Reviewed, c.Total))
	}
	return lines, perMark
}

// apportion gives each verdict of a category its number of marks: one per
// perMark rows, rounded by largest remainder, and at least one for any
// verdict present so that a lone 不適合 never disappears.
func apportion(c category, perMark int) map[review.Verdict]int {
	cells := map[review.Verdict]int{}
	if perMark <= 1 {
		for v, n := range c.Counts {
			cells[v] = n
		}
		return cells
	}
	target := (c.Total + perMark - 1) / perMark
	used := 0
	type rem struct {
		v review.Verdict
		r int
	}
	var rems []rem
	for _, v := range verdictOrder {
		n := c.Counts[v]
		if n == 0 {
			continue
		}
		cells[v] = max(1, n/perMark)
		used += cells[v]
		rems = append(rems, rem{v, n % perMark})
	}
	for used < target {
		best := -1
		for i, r := range rems {
			if best < 0 || r.r > rems[best].r {
				best = i
			}
		}
		if best < 0 || rems[best].r <= 0 {
			break
		}
		cells[rems[best].v]++
		rems[best].r = -1
		used++
	}
	return cells
}

// displayWidth counts East Asian wide and fullwidth characters as two
// columns and everything else as one (ambiguous characters are narrow, the
// program's width policy).
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		w++
		if isWide(r) {
			w++
		}
	}
	return w
}

func isWide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115f, // Hangul Jamo initials
		r >= 0x2e80 && r <= 0x303e,                             // CJK radicals, punctuation
		r >= 0x3041 && r <= 0x33ff,                             // kana, CJK symbols
		r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, // ideographs
		r >= 0xa000 && r <= 0xa4cf, r >= 0xac00 && r <= 0xd7a3,
		r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6,
		r >= 0x20000 && r <= 0x3fffd:
		return true
	}
	return false
}

// svgChart is the chart's geometry for the HTML template.
type svgChart struct {
	Width, Height int
	LabelW        int // the left column of category names
	BarX, BarW    int
	Rows          []svgRow
	Legend        []svgLegend
	LegendY       int
}

type svgRow struct {
	Y, TextY  int
	Label     string
	Count     string
	Segments  []svgSegment
	Unwritten bool // the category has no rows
}

type svgSegment struct {
	X, W    int
	Verdict string // the pattern's id suffix
	Mark    string // shown when the segment is wide enough
	MarkX   int
	Title   string // tooltip: 適合 3
}

type svgLegend struct {
	X       int
	Verdict string
	Text    string
}

const (
	svgRowH   = 24
	svgBarH   = 16
	svgWidth  = 760
	svgCountW = 64
	svgFont   = 12 // px; the label column is sized for it
)

func buildSVG(d *doc) svgChart {
	labelW := 0
	for _, c := range d.Cats {
		labelW = max(labelW, displayWidth(c.Title)*svgFont/2)
	}
	labelW = min(max(labelW+12, 96), 372) // room for the longest ASPIC category name, 29 wide characters
	ch := svgChart{Width: svgWidth, LabelW: labelW, BarX: labelW, BarW: svgWidth - labelW - svgCountW}
	for i, c := range d.Cats {
		y := 4 + i*svgRowH
		r := svgRow{Y: y, TextY: y + svgBarH - 3, Label: fitLabel(c.Title, labelW-8), Count: fmt.Sprintf("%d/%d", c.Reviewed, c.Total)}
		if c.Total == 0 {
			r.Unwritten = true
		}
		x, acc := ch.BarX, 0
		for _, v := range verdictOrder {
			n := c.Counts[v]
			if n == 0 {
				continue
			}
			acc += n
			end := ch.BarX + acc*ch.BarW/max(c.Total, 1)
			seg := svgSegment{X: x, W: end - x, Verdict: string(v), Title: fmt.Sprintf("%s %d", v.Japanese(), n)}
			if seg.W >= 14 {
				seg.Mark, seg.MarkX = v.Mark(), x+seg.W/2
			}
			r.Segments = append(r.Segments, seg)
			x = end
		}
		ch.Rows = append(ch.Rows, r)
	}
	ch.LegendY = 4 + len(d.Cats)*svgRowH + 6
	step := (svgWidth - 8) / len(verdictOrder)
	for i, v := range verdictOrder {
		ch.Legend = append(ch.Legend, svgLegend{X: 4 + i*step, Verdict: string(v), Text: v.Mark() + " " + v.Japanese()})
	}
	ch.Height = ch.LegendY + 22
	return ch
}

// fitLabel shortens a category name to a pixel width, with an ellipsis.
func fitLabel(s string, px int) string {
	if displayWidth(s)*svgFont/2 <= px {
		return s
	}
	w := 0
	for i, r := range s {
		cw := 1
		if isWide(r) {
			cw = 2
		}
		if (w+cw+2)*svgFont/2 > px {
			return s[:i] + "…"
		}
		w += cw
	}
	return s
}
