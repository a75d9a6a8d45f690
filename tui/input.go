package tui

import (
	tea "github.com/charmbracelet/bubbletea"
)

// Keys as they arrive. bubbletea v1 hands a burst of runes (a fast typist,
// key repeat, an SSH link, an IME commit) to the program as ONE KeyRunes
// message; a key table matches single keys only, so the root splits a burst
// into presses, in order. Full-width forms typed with the IME on act as
// their ASCII keys wherever the screen is not taking text.

// typer is a screen that may be taking text (a filter, an editor, a
// command line): then runes are text, not keys, and are not folded.
type typer interface{ typing() bool }

// typing reports whether the top screen takes text now.
func (m *Model) typing() bool {
	t, ok := m.top().(typer)
	return ok && t.typing()
}

// presses splits a burst of runes into single key presses for as long as
// the top screen takes keys; once it takes text (a key opened the editor or
// the filter), the rest of the burst goes to it whole. A paste is text.
func (m *Model) presses(k tea.KeyMsg, each func(tea.KeyMsg)) {
	if k.Type != tea.KeyRunes || len(k.Runes) <= 1 || k.Paste {
		each(k)
		return
	}
	rest := k.Runes
	for len(rest) > 0 {
		if m.typing() {
			each(tea.KeyMsg{Type: tea.KeyRunes, Runes: rest, Alt: k.Alt})
			return
		}
		each(tea.KeyMsg{Type: tea.KeyRunes, Runes: rest[:1], Alt: k.Alt})
		rest = rest[1:]
	}
}

// foldKey maps a full-width key (ＡＳＣＩＩ forms U+FF01–FF5E and the
// ideographic space) to its ASCII key. It returns the key unchanged and
// 0 when there was nothing to fold, else the typed rune.
func foldKey(k tea.KeyMsg) (tea.KeyMsg, rune) {
	if k.Type != tea.KeyRunes || len(k.Runes) != 1 {
		return k, 0
	}
	r := k.Runes[0]
	switch {
	case r == '\u3000':
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}, Alt: k.Alt}, r
	case r >= '！' && r <= '～':
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r - 0xFEE0}, Alt: k.Alt}, r
	case r == '、':
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{','}, Alt: k.Alt}, r
	case r == '。':
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'.'}, Alt: k.Alt}, r
	case r == '・':
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'/'}, Alt: k.Alt}, r // the JIS keyboard's / key
	}
	return k, 0
}

// loader is a screen that may still be loading its data. Keys typed
// meanwhile wait in the root's queue and act, in order, once it has loaded,
// instead of being refused as "still loading".
type loader interface{ loading() bool }

func (m *Model) loading() bool {
	l, ok := m.top().(loader)
	return ok && l.loading()
}

// maxQueued bounds the queue: a key held down on a screen that never loads
// must not grow it without end.
const maxQueued = 256
