package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"shinsa/review"
	"shinsa/tui"
)

func init() { register(newOpenCmd) }

func newOpenCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "open CASEFILE",
		Short: "Open a case file in the terminal workbench",
		Long: `Open a case file in the terminal workbench: the list of applications, the
two-pane review of one application (its rows on the left, the selected row
with its rules, clauses, checks and previous answer on the right), the
finding editor, the renewal diff, case-wide search and help.

Findings are saved as you make them; there is no Save step. Press ? on any
screen for its keys. 'shinsa CASEFILE' is the same as 'shinsa open CASEFILE'.

The interface speaks English, or Japanese with --lang ja (the default when
LANG is ja_JP.*). Colours follow the terminal; NO_COLOR turns them off.`,
		Example: `  shinsa open review-2026.shinsa
  shinsa open review-2026.shinsa --app 3        # straight to application #3
  shinsa open review-2026.shinsa --lang ja --reviewer 佐藤`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOpen(cmd, args[0])
		},
	}
	addOpenFlags(c)
	return c
}

// addOpenFlags gives a command the workbench's flags. The root command calls
// runOpen too; it reads these flags when it has them.
func addOpenFlags(c *cobra.Command) {
	c.Flags().String("lang", "", "language of the interface: en or ja (default: ja when LANG is ja_JP.*, else en)")
	c.Flags().Int64("app", 0, "open this application at once instead of the list")
}

// runOpen opens a case file in the workbench. It needs a terminal on both
// ends: piped input or output would leave the reviewer with nothing to see.
func runOpen(cmd *cobra.Command, path string) error {
	lang := ""
	if f := cmd.Flags().Lookup("lang"); f != nil {
		lang = strings.ToLower(strings.TrimSpace(f.Value.String()))
	}
	switch lang {
	case "", "en", "ja":
	default:
		return fail(exitBad, "--lang %q: want en or ja", lang)
	}
	var start int64
	if f := cmd.Flags().Lookup("app"); f != nil && f.Value.String() != "0" {
		id, err := appID(f.Value.String())
		if err != nil {
			return err
		}
		start = id
	}
	s, err := openCase(path)
	if err != nil {
		return err
	}
	defer s.Close()
	who := reviewer(cmd)
	readOnly := ""
	if ps, err := s.People(cmd.Context()); err == nil && len(ps) > 0 {
		r, _ := s.RoleOf(cmd.Context(), who)
		if r == "" {
			return fail(exitBad, "%s: %q is not on the case file's roster: give your name with --reviewer (see 'shinsa people %s')", path, who, path)
		}
		if err := review.MayAct(r, review.ActFinding); err != nil {
			readOnly = err.Error()
		}
	}
	if !isTerminal(os.Stdin) || !isTerminal(os.Stdout) {
		return fail(exitBad, "%s: the workbench needs a terminal; for scripts use 'shinsa list %s --json' and the other verbs", path, path)
	}
	if start != 0 {
		if _, err := loadApp(cmd.Context(), s, fmt.Sprint(start)); err != nil {
			return err
		}
	}
	err = tui.Run(cmd.Context(), s, tui.Options{CaseFile: path, Reviewer: who, Lang: lang, StartApp: start, ReadOnly: readOnly})
	if err != nil {
		return fail(exitBad, "%s: %v", path, err)
	}
	return nil
}
