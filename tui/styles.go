package tui

import (
	"github.com/charmbracelet/lipgloss"

	"shinsa/review"
)

// Styles are built once per program from the renderer of its output, so
// colours follow that terminal (light or dark background, NO_COLOR, the
// number of colours it has). Colour never carries meaning alone: every
// verdict also has its mark, every state a word.
type Styles struct {
	Title     lipgloss.Style // screen title line
	Header    lipgloss.Style // column headers, section headings
	Heading   lipgloss.Style // category headings of the review list
	Selected  lipgloss.Style // the row under the cursor
	Dim       lipgloss.Style // secondary text: provenance, who and when
	Key       lipgloss.Style // a key in help and hints
	Sep       lipgloss.Style // pane separator
	Focus     lipgloss.Style // the title of the focused pane
	Warn      lipgloss.Style // check problems, reminder window
	Bad       lipgloss.Style // lapsed, errors
	Good      lipgloss.Style // saved
	Ins       lipgloss.Style // inserted words of a diff
	Del       lipgloss.Style // deleted words of a diff
	Status    lipgloss.Style // the status bar
	StatusErr lipgloss.Style
	StatusOK  lipgloss.Style
	Verdict   map[review.Verdict]lipgloss.Style
	BarFull   lipgloss.Style
	BarEmpty  lipgloss.Style
}

// DefaultStyles builds the styles on a renderer.
func DefaultStyles(r *lipgloss.Renderer) *Styles {
	c := func(light, dark string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	accent := c("25", "75")
	faint := c("245", "243")
	green := c("28", "78")
	yellow := c("130", "220")
	red := c("160", "203")
	magenta := c("127", "177")
	s := &Styles{
		Title:     r.NewStyle().Bold(true).Foreground(accent),
		Header:    r.NewStyle().Bold(true),
		Heading:   r.NewStyle().Bold(true).Foreground(accent),
		Selected:  r.NewStyle().Background(c("254", "237")).Bold(true),
		Dim:       r.NewStyle().Foreground(faint),
		Key:       r.NewStyle().Bold(true).Foreground(accent),
		Sep:       r.NewStyle().Foreground(faint),
		Focus:     r.NewStyle().Bold(true).Foreground(accent),
		Warn:      r.NewStyle().Foreground(yellow),
		Bad:       r.NewStyle().Foreground(red).Bold(true),
		Good:      r.NewStyle().Foreground(green),
		Ins:       r.NewStyle().Foreground(green).Underline(true),
		Del:       r.NewStyle().Foreground(red).Strikethrough(true),
		Status:    r.NewStyle().Background(c("253", "236")).Foreground(c("235", "252")),
		StatusErr: r.NewStyle().Background(c("253", "236")).Foreground(red).Bold(true),
		StatusOK:  r.NewStyle().Background(c("253", "236")).Foreground(green),
		BarFull:   r.NewStyle().Foreground(green),
		BarEmpty:  r.NewStyle().Foreground(faint),
		Verdict: map[review.Verdict]lipgloss.Style{
			review.Unreviewed:    r.NewStyle().Foreground(faint),
			review.Conforms:      r.NewStyle().Foreground(green),
			review.Query:         r.NewStyle().Foreground(yellow).Bold(true),
			review.Correction:    r.NewStyle().Foreground(magenta).Bold(true),
			review.Nonconforming: r.NewStyle().Foreground(red).Bold(true),
			review.NotApplicable: r.NewStyle().Foreground(faint),
		},
	}
	return s
}

// verdict renders a verdict's mark (and, given a name, its name) in its colour.
func (s *Styles) verdict(v review.Verdict, text string) string {
	if st, ok := s.Verdict[v]; ok {
		return st.Render(text)
	}
	return text
}
