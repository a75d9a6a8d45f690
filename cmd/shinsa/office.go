package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"shinsa/review"
	"shinsa/store"
)

func init() { register(newSignoffCmd) }

func newSignoffCmd() *cobra.Command {
	var note string
	c := &cobra.Command{
		Use:   "signoff CASEFILE APP",
		Short: "Record the second check (二次審査) of an application's review",
		Long: `Record that you (--reviewer) checked the review of an application: the
second check (二次審査) the office's process asks for before the application
goes to committee. It is refused when you recorded any finding on the
application, in any round: the check is done by someone who did not review.
A finding saved after the sign-off makes it out of date; sign off again.`,
		Example: "  shinsa signoff review.shinsa 3 --reviewer 鈴木 --note \"全項目の判定と依頼文を確認\"",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			id, err := loadApp(ctx, s, args[1])
			if err != nil {
				return err
			}
			who := reviewer(cmd)
			so, err := s.SignOff(ctx, id, who, note)
			if err != nil {
				if errors.Is(err, store.ErrGate) {
					return fail(exitBad, "%s: %v", args[0], err)
				}
				return bad(err)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "application %d: second check by %s recorded\n", id, review.SanitizeLine(so.By))
			if bs, err := s.Gates(ctx, id, review.Committee, who); err == nil && len(bs) > 0 {
				fmt.Fprintf(out, "to committee, still: %s\n", bs.Error())
			}
			return nil
		},
	}
	c.Flags().StringVar(&note, "note", "", "what you checked, for the log and the committee report")
	return c
}

// findingAllUnreviewed records v on every row of app still unreviewed, in one
// save; a row someone judges meanwhile refuses the whole save.
func findingAllUnreviewed(cmd *cobra.Command, s *store.Store, app int64, v review.Verdict, note string) error {
	ctx := cmd.Context()
	if v == "" || v == review.Unreviewed {
		return fail(exitBad, "--all-unreviewed: give the verdict to record with --verdict (not unreviewed)")
	}
	if cmd.Flags().Changed("request") {
		return fail(exitBad, "--all-unreviewed: a request asks the applicant about one row: record it row by row")
	}
	if v.NeedsAction() {
		return fail(exitBad, "--all-unreviewed: a %s asks the applicant something about one row: record it row by row, with its request", v)
	}
	items, err := s.Rows(ctx, app)
	if err != nil {
		return bad(err)
	}
	fs, err := s.Findings(ctx, app)
	if err != nil {
		return bad(err)
	}
	var ins []store.FindingInput
	for _, it := range items {
		f, ok := fs[it]
		if ok && f.Verdict.Reviewed() {
			continue
		}
		ins = append(ins, store.FindingInput{App: app, Item: it, Verdict: v, Note: note, Reviewer: reviewer(cmd), Base: f.Revision})
	}
	if len(ins) == 0 {
		fmt.Fprintf(cmd.OutOrStdout(), "application %d: no row is unreviewed\n", app)
		return nil
	}
	if _, err := s.SaveFindings(ctx, ins); err != nil {
		return bad(err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "application %d: %s (%s) on %d unreviewed rows, by %s\n", app, v, v.Japanese(), len(ins), review.SanitizeLine(reviewer(cmd)))
	return nil
}
