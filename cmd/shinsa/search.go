package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"shinsa/review"
)

func init() { register(newSearchCmd) }

func newSearchCmd() *cobra.Command {
	var asJSON bool
	var limit int
	c := &cobra.Command{
		Use:   "search CASEFILE TERM",
		Short: "Find answers containing a term, across every application",
		Long: `Find every answer in the case file that contains TERM. Matching ignores the
differences of form that Japanese text mixes freely (full/half width, wave
dashes, spacing): ＩＳＯ finds ISO. Terms of any length work, one character
included.`,
		Example: "  shinsa search review.shinsa 免震\n  shinsa search review.shinsa ISO27001 --json",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(args[1]) == "" {
				return fail(exitBad, "search: TERM is empty; give a word to look for (see 'shinsa search --help')")
			}
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			hits, err := s.Search(cmd.Context(), args[1], limit)
			if err != nil {
				return bad(fmt.Errorf("%s: %w", args[0], err))
			}
			if asJSON {
				out := make([]map[string]any, 0, len(hits))
				for _, h := range hits {
					out = append(out, map[string]any{"application": h.App, "item": h.Item, "snippet": h.Snippet})
				}
				return writeJSON(cmd.OutOrStdout(), map[string]any{"hits": out})
			}
			if len(hits) == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "no answer contains %q\n", review.SanitizeLine(args[1]))
				return nil
			}
			rows := make([][]string, 0, len(hits))
			for _, h := range hits {
				rows = append(rows, []string{fmt.Sprint(h.App), review.SanitizeLine(h.Item), h.Snippet})
			}
			return printTable(cmd.OutOrStdout(), []string{"APP", "ITEM", "ANSWER"}, rows)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document (FORMATS.md §4)")
	c.Flags().IntVar(&limit, "limit", 200, "at most this many hits")
	return c
}
