package tui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/lipgloss"

	"shinsa/review"
)

// Editor fields.
const (
	fieldNote = iota
	fieldRequest
)

// editor edits the note and the correction request of one row's finding.
// It has no Save step: the review screen saves its text as it changes
// (debounced) and when the editor closes.
type editor struct {
	c     *Common
	item  string
	field int
	texts [2]string // the field not being edited keeps its text here
	ta    textarea.Model
	w, h  int
	seq   int      // counts changes; a debounce tick only saves the latest
	typed bool     // the reviewer changed the text since it was opened or replaced
	ctx   []string // the row's answer (or its diff), laid out above the field
	other []string // the other field, laid out (layoutOther)
}

func newEditor(c *Common, item string, field int, note, request string) *editor {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.CharLimit = 0
	ta.MaxHeight = 0
	plain := lipgloss.NewStyle()
	ta.FocusedStyle = textarea.Style{Base: plain, CursorLine: plain, Text: plain, Prompt: c.styles.Key,
		Placeholder: c.styles.Dim, EndOfBuffer: c.styles.Dim, CursorLineNumber: plain, LineNumber: plain}
	ta.BlurredStyle = ta.FocusedStyle
	// A steady cursor: no redraw every half second, nothing that blinks
	// at a reviewer all day.
	ta.Cursor.SetMode(cursor.CursorStatic)
	// Notes are the reviewer's, but may come from another instance or an
	// import: what reaches the editor is sanitised like any other text.
	e := &editor{c: c, item: item, field: field, texts: [2]string{review.Sanitize(note), review.Sanitize(request)}, ta: ta}
	e.ta.SetValue(e.texts[field])
	e.ta.Focus()
	return e
}

// SetSize lays the editor out in w×h cells, with ctx (the row's answer,
// already laid out and cut to ctxLines) above the field.
func (e *editor) SetSize(w, h int, ctx []string) {
	e.w, e.h, e.ctx = w, h, ctx
	e.ta.SetWidth(max(4, w-1))
	e.ta.SetHeight(max(1, h-e.chromeLines()))
	e.layoutOther()
}

// chromeLines is what the right pane shows besides the textarea: title,
// verdict, the answer, field label, the other field (up to three lines)
// and the hint.
func (e *editor) chromeLines() int { return 8 + len(e.ctx) }

// ctxLines is how many lines the answer may take above the field in a pane
// h lines high: up to half of what the field would have, none when that
// leaves too little to be useful.
func ctxLines(h int) int {
	n := (h - 8) / 2
	if n < 3 {
		return 0
	}
	return n
}

// value is the text of a field as the editor has it now.
func (e *editor) value(field int) string {
	if field == e.field {
		return e.ta.Value()
	}
	return e.texts[field]
}

// switchField moves editing to the other field.
func (e *editor) switchField() {
	e.texts[e.field] = e.ta.Value()
	e.field = 1 - e.field
	e.ta.SetValue(e.texts[e.field])
	e.ta.CursorEnd()
	e.layoutOther()
}

// replace puts new texts into the editor (someone else's version was taken).
func (e *editor) replace(note, request string) {
	e.texts = [2]string{review.Sanitize(note), review.Sanitize(request)}
	e.ta.SetValue(e.texts[e.field])
	e.typed = false
	e.layoutOther()
}

// setOther puts a merged value into the field not being edited.
func (e *editor) setOther(field int, text string) {
	if field == e.field {
		return
	}
	e.texts[field] = review.Sanitize(text)
	e.layoutOther()
}

// holds reports whether the editor shows a finding's note and request.
func (e *editor) holds(f review.Finding) bool {
	return e.value(fieldNote) == review.Sanitize(f.Note) && e.value(fieldRequest) == review.Sanitize(f.Request)
}

func (e *editor) fieldName(field int) string {
	if field == fieldNote {
		return e.c.t("Note")
	}
	return e.c.t("Correction request")
}
