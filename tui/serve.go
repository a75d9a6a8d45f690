package tui

import (
	"context"
	"errors"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"shinsa/store"
)

// Notice is a message from outside the program (the SSH server: stopping,
// idle) shown in the status bar until the next one.
type Notice struct{ Text string }

// Finish asks the workbench to save what it holds and quit, as a reviewer's
// quit would (the SSH server sends it when it stops, when a session is idle
// and when the connection is gone).
type Finish struct{}

// NewSession builds the workbench for a program its caller runs (the SSH
// server, one per session): its own renderer, made for that session's
// terminal, and the language given. Nothing here reads the process's
// terminal or environment. With opt.Out set, the session draws each screen
// to it as soon as it changes (see frames): run its program with
// tea.WithoutRenderer and call EndSession when the program has ended.
func NewSession(ctx context.Context, s *store.Store, opt Options, r *lipgloss.Renderer) (tea.Model, error) {
	if s == nil {
		return nil, errors.New("tui: no case file")
	}
	if strings.TrimSpace(opt.Reviewer) == "" {
		return nil, errors.New("tui: no reviewer name: findings must say who made them")
	}
	if opt.Lang == "" {
		opt.Lang = "en"
	}
	SetWidthPolicy()
	c := newCommon(ctx, s, opt, r)
	c.remote = true // the person is at another machine: evidence is fetched, never opened here
	m := &session{Model: newModel(c, opt.StartApp)}
	if opt.Out != nil {
		m.frames = &frames{out: opt.Out}
	}
	return m, nil
}

// EndSession gives a session's terminal back (alternate screen, cursor,
// mouse) after its program has ended.
func EndSession(m tea.Model) {
	if s, ok := m.(*session); ok && s.frames != nil {
		s.frames.end()
	}
}

// session is the root model with the server's messages understood.
type session struct {
	*Model
	finishing bool
	frames    *frames // nil: Bubble Tea's renderer draws
}

func (m *session) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.frames == nil {
		return m.update(msg)
	}
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		m.frames.resize(ws.Width, ws.Height)
	}
	model, cmd := m.update(msg)
	m.frames.draw(m.Model.View())
	return model, cmd
}

// View is drawn by frames when the session has them.
func (m *session) View() string {
	if m.frames != nil {
		return ""
	}
	return m.Model.View()
}

func (m *session) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case Notice:
		m.c.status.prompt(msg.Text)
		m.fitNote()
		return m, nil
	case Finish:
		m.finishing = true
		if m.Model.quitting {
			return m, nil // already saving on the way out
		}
	}
	if _, ok := msg.(Finish); ok {
		msg = quitMsg{}
	}
	_, cmd := m.Model.Update(msg)
	if m.finishing && !m.Model.quitting {
		// A row that cannot be saved (a conflict, a failed write) would
		// ask the reviewer; no one is there to answer.
		return m, tea.Quit
	}
	return m, cmd
}

// LangOf is LangFromEnv for another environment than the process's (an SSH
// client's LANG and LC_* variables).
func LangOf(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if strings.HasPrefix(s, "ja") {
				return "ja"
			}
			return "en"
		}
	}
	return "en"
}
