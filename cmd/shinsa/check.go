package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"shinsa/review"
)

func init() { register(newCheckCmd) }

func newCheckCmd() *cobra.Command {
	var asJSON bool
	var today string
	c := &cobra.Command{
		Use:   "check CASEFILE APP",
		Short: "Run the automatic pre-checks on an application",
		Long: `Run the mechanical checks a reviewer would otherwise do by eye, against the
application's catalog edition:

  required-empty          a mandatory (必須) row is empty or missing
  max-chars               over the row's character limit (characters, not bytes)
  date-not-seireki        a date or year written in 和暦 (令和8年, R8.4.1) where 西暦 is asked
  date-impossible         a date that does not exist (2026年2月30日, 令和1年4月30日)
  date-missing            a date or year row whose answer holds no date or year
  disclosure-date-future  開示情報の日付 after today
  disclosure-date-stale   開示情報の日付 more than a year before the submission
  disclosure-date-mismatch  the table's 開示情報の日付 row and the cover name different days
  cover-missing           no applicant, service or 開示情報の日付 (a CSV without the flags)
  money-unit              an amount without 円, 千円, 万円, 百万円 or 億円
  money-period            an amount without its fiscal period (2026年3月期, 2025年度)
  corporate-number        法人番号 not 13 digits or with a wrong check digit
  url                     not an http(s) URL with a host
  certification-number    認定番号 not NNNN-YYMM (optionally prefixed), or missing on a renewal
  unknown-item            an answer to a row the catalog does not have
  choice, yes-no, count, pattern   the row's form rules from the catalog

Problems are listed cover first, then in catalog order. The exit code is 1 when
there are problems and 0 when there are none, so scripts can gate on it.`,
		Example: `  shinsa check review.shinsa 3
  shinsa check review.shinsa 3 --json | jq -r '.problems[] | "\(.item) \(.rule)"'
  shinsa check review.shinsa 3 --today 2026-10-12   # as on the day it was submitted`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			day := review.DateOf(time.Now())
			if today != "" {
				d, err := review.ParseJapaneseDate(today)
				if err != nil {
					return fail(exitBad, "--today: %v", err)
				}
				day = d
			}
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			id, err := loadApp(ctx, s, args[1])
			if err != nil {
				return err
			}
			app, err := s.Application(ctx, id)
			if err != nil {
				return bad(err)
			}
			answers, err := s.Answers(ctx, id)
			if err != nil {
				return bad(err)
			}
			reg, err := s.Registry(ctx)
			if err != nil {
				return bad(err)
			}
			cat, err := reg.Catalog(app.Scheme, app.Edition)
			if err != nil {
				return fail(exitBad, "%s: application %d: %v (import the edition with 'shinsa criteria import')", s.Path(), id, err)
			}
			related, err := s.Related(ctx, reg, app)
			if err != nil {
				return bad(err)
			}
			problems := review.CheckWith(app, answers, cat, day, related)
			out := cmd.OutOrStdout()
			if asJSON {
				if problems == nil {
					problems = []review.Problem{}
				}
				if err := writeJSON(out, map[string]any{"problems": problems}); err != nil {
					return err
				}
			} else if len(problems) == 0 {
				fmt.Fprintf(out, "application %d: no problems found\n", id)
			} else {
				rows := make([][]string, len(problems))
				for i, p := range problems {
					rows[i] = []string{review.SanitizeLine(p.Item), p.Rule, review.SanitizeLine(p.Message)}
				}
				if err := printTable(out, []string{"ITEM", "RULE", "PROBLEM"}, rows); err != nil {
					return err
				}
			}
			if len(problems) > 0 {
				return errProblems
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, `print {"problems":[{"item","rule","message"}]} and nothing else`)
	c.Flags().StringVar(&today, "today", "", "check as on this day instead of today (for disclosure-date-future)")
	return c
}
