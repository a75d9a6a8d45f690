package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"shinsa/review"
)

func init() { register(newLogCmd) }

func newLogCmd() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "log CASEFILE [APP]",
		Short: "Show the event log: who decided what, and when",
		Long: `Show the case file's append-only event log, oldest first: imports, findings,
status changes, catalog imports. With APP, only that application's events.`,
		Example: "  shinsa log review.shinsa\n  shinsa log review.shinsa 3 --json",
		Args:    cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			var app int64
			if len(args) == 2 {
				if app, err = loadApp(cmd.Context(), s, args[1]); err != nil {
					return err
				}
			}
			evs, err := s.Events(cmd.Context(), app)
			if err != nil {
				return bad(fmt.Errorf("%s: %w", args[0], err))
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), map[string]any{"events": evs})
			}
			var rows [][]string
			for _, e := range evs {
				a := ""
				if e.App != 0 {
					a = fmt.Sprint(e.App)
				}
				detail := review.SanitizeLine(string(e.Payload))
				if r := []rune(detail); len(r) > 80 {
					detail = string(r[:79]) + "…"
				}
				rows = append(rows, []string{fmt.Sprint(e.Seq), e.Time.Local().Format("2006-01-02 15:04:05"),
					review.SanitizeLine(e.Actor), e.Kind, a, review.SanitizeLine(e.Item), detail})
			}
			return printTable(cmd.OutOrStdout(), []string{"SEQ", "TIME", "ACTOR", "EVENT", "APP", "ITEM", "DETAIL"}, rows)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document")
	return c
}
