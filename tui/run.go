package tui

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"shinsa/review"
	"shinsa/store"
)

// Options configure Run.
type Options struct {
	CaseFile string      // shown in the status bar; exports go beside it
	Reviewer string      // whose findings are saved
	Lang     string      // "en" or "ja" for the chrome; "" reads LANG
	Today    review.Date // the day expiry and checks are judged on; zero: today
	StartApp int64       // open this application at once (0: the case list)
	ReadOnly string      // why this person may record nothing (a viewer); "" when they may
	In       io.Reader   // default os.Stdin
	Out      io.Writer   // default os.Stdout
}

// Run runs the workbench on an open case file until the reviewer quits. The
// caller owns the store and closes it afterwards.
func Run(ctx context.Context, s *store.Store, opt Options) error {
	if s == nil {
		return errors.New("tui: no case file")
	}
	if strings.TrimSpace(opt.Reviewer) == "" {
		return errors.New("tui: no reviewer name: findings must say who made them")
	}
	SetWidthPolicy()
	in, out := opt.In, opt.Out
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	r := lipgloss.NewRenderer(out)
	// Ask the terminal for its background before the program owns the input
	// (asking later would race bubbletea for the reply), keeping every key
	// typed while shinsa starts.
	if keys, release, ok := takeTerminal(in, out, r); ok {
		defer release()
		in = keys
	} else {
		r.HasDarkBackground()
	}
	c := newCommon(ctx, s, opt, r)
	p := tea.NewProgram(newModel(c, opt.StartApp), tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out),
		tea.WithAltScreen(), tea.WithMouseCellMotion())
	_, err := p.Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// newCommon builds the shared context of one program.
func newCommon(ctx context.Context, s *store.Store, opt Options, r *lipgloss.Renderer) *Common {
	lang := opt.Lang
	if lang == "" {
		lang = LangFromEnv()
	}
	if lang != "ja" {
		lang = "en"
	}
	today := opt.Today
	if today.IsZero() {
		today = review.DateOf(time.Now())
	}
	c := &Common{ctx: ctx, store: s, styles: DefaultStyles(r), lang: lang, reviewer: opt.Reviewer,
		readOnly: opt.ReadOnly, caseFile: opt.CaseFile, today: today, advance: true}
	if c.caseFile == "" {
		c.caseFile = s.Path()
	}
	c.keys = DefaultKeyMap(c.t)
	c.status = &statusBar{c: c}
	return c
}
