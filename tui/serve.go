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
// terminal or environment.
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
	return &session{Model: newModel(c, opt.StartApp)}, nil
}

// session is the root model with the server's messages understood.
type session struct {
	*Model
	finishing bool
}

func (m *session) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
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
