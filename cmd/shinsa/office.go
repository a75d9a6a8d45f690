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
