package tui

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every key binding of the program with its help text. Screens
// pair these with handlers and disabled reasons in their Actions table; help
// (`?`), the hint line and the "why not" messages all read that table.
type KeyMap struct {
	Up, Down, Top, Bottom, HalfDown, HalfUp key.Binding
	Open, Back, Leave, Tab                  key.Binding

	Conforms, Query, Correction, Nonconforming, NotApplicable, Clear key.Binding

	Note, Request                  key.Binding
	NextUnreviewed, PrevUnreviewed key.Binding
	Filter, Diff, SideBySide       key.Binding
	Accept, Export, Search         key.Binding
	Sort, Reverse                  key.Binding
	Help, Quit, ForceQuit          key.Binding

	// the day-long keys: command line, undo, marks, history, layout
	Command, Undo, Redo             key.Binding
	Mark, MarkRange, History        key.Binding
	Zoom, Narrower, Wider           key.Binding
	Run, Complete, HistUp, HistDown key.Binding

	// the row's evidence files
	OpenFile, Cite, PrevFile, NextFile key.Binding

	// the editor and prompts
	Done, NextField, Mine, Theirs, Yes, No key.Binding
	KeepFilter, ClearFilter                key.Binding
	ResultUp, ResultDown                   key.Binding
	PageUp, PageDown                       key.Binding
}

// DefaultKeyMap is the key map of UX.md, its help texts translated by t.
func DefaultKeyMap(t func(string) string) *KeyMap {
	b := func(help string, keys ...string) key.Binding {
		label := keys[0]
		switch {
		case len(keys) == 2 && keys[1] == "down":
			label = keys[0] + "/↓"
		case len(keys) == 2 && keys[1] == "up":
			label = keys[0] + "/↑"
		case len(keys) == 2:
			label = keys[0] + "/" + keys[1]
		}
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, t(help)))
	}
	return &KeyMap{
		Up:       b("up", "k", "up"),
		Down:     b("down", "j", "down"),
		Top:      b("top", "g", "home"),
		Bottom:   b("bottom", "G", "end"),
		HalfDown: b("half page down", "ctrl+d", "pgdown"),
		HalfUp:   b("half page up", "ctrl+u", "pgup"),
		Open:     b("open", "enter"),
		Back:     b("back", "esc"),
		Leave:    b("back", "esc", "q"),
		Tab:      b("switch pane", "tab"),

		Conforms:      b("conforms", "1"),
		Query:         b("query", "2"),
		Correction:    b("correction", "3"),
		Nonconforming: b("nonconforming", "4"),
		NotApplicable: b("not applicable", "5"),
		Clear:         b("clear verdict", "0"),

		Note:           b("edit note", "e"),
		Request:        b("edit request", "r"),
		NextUnreviewed: b("next unreviewed", "n"),
		PrevUnreviewed: b("prev unreviewed", "N"),
		Filter:         b("filter", "/"),
		Diff:           b("diff on/off", "d"),
		SideBySide:     b("side by side", "v", "s"),
		Accept:         b("accept unchanged", "a"),
		Export:         b("export report", "x"),
		Search:         b("search case", "ctrl+f", "S"),
		Sort:           b("sort", "s"),
		Reverse:        b("ascending/descending", "r"),
		Help:           b("help", "?"),
		Quit:           b("quit", "q"),
		ForceQuit:      b("quit", "ctrl+c"),

		Command:   b("command line", ":"),
		Undo:      b("undo my last change", "u"),
		Redo:      b("redo", "U"),
		Mark:      key.NewBinding(key.WithKeys(" "), key.WithHelp("space", t("mark row"))),
		MarkRange: b("mark range", "V"),
		History:   b("row history", "h"),
		Zoom:      b("zoom pane", "z"),
		Narrower:  b("narrower list", "<"),
		Wider:     b("wider list", ">"),
		OpenFile:  b("open the evidence file", "o"),
		Cite:      b("cite in the finding", "c"),
		PrevFile:  b("previous evidence file", "["),
		NextFile:  b("next evidence file", "]"),
		Run:       b("run", "enter"),
		Complete:  b("complete", "tab"),
		HistUp:    key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", t("earlier commands"))),
		HistDown:  key.NewBinding(key.WithKeys("down")),

		Done:      b("done", "esc"),
		NextField: b("next field", "tab"),
		Mine:      b("keep mine", "m"),
		Theirs:    b("take theirs", "t"),
		Yes:       b("yes", "y"),
		No:        b("no", "n", "esc"),

		KeepFilter:  b("keep filter", "enter"),
		ClearFilter: b("clear filter", "esc"),

		ResultUp:   key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", t("up"))),
		ResultDown: key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", t("down"))),
		PageUp:     b("page up", "pgup"),
		PageDown:   b("page down", "pgdown"),
	}
}
