package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
)

// saveDelay is how long typing must pause before the text is saved.
const saveDelay = 400 * time.Millisecond

// editorEvent is what a key press did in the editor.
type editorEvent int

const (
	edNothing editorEvent = iota
	edChanged
	edDone
)

// update feeds one message to the editor.
func (e *editor) update(msg tea.Msg) (editorEvent, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, e.c.keys.Done):
			e.texts[e.field] = e.ta.Value()
			return edDone, nil
		case key.Matches(k, e.c.keys.NextField):
			e.switchField()
			return edNothing, nil
		}
	}
	before := e.ta.Value()
	var cmd tea.Cmd
	e.ta, cmd = e.ta.Update(msg)
	if v := e.ta.Value(); v != before {
		// A paste can carry bidi controls, CR or C1 characters that the
		// textarea keeps; they never reach the screen or the case file.
		if clean := review.Sanitize(v); clean != v {
			e.ta.SetValue(clean)
		}
		e.seq++
		e.typed = true
		return edChanged, cmd
	}
	return edNothing, cmd
}

// debounce asks for a save once typing has paused.
func (e *editor) debounce(screen int) tea.Cmd {
	return e.c.later(saveDelay, debounceMsg{to: to{screen}, item: e.item, seq: e.seq})
}

// Actions lists the editor's own bindings for help.
func (e *editor) Actions() Actions {
	k := e.c.keys
	return Actions{
		{Key: &k.Done, Group: "General", Hint: true},
		{Key: &k.NextField, Group: "General", Hint: true},
	}
}
