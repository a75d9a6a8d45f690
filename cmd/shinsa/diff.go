package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"shinsa/review"
	"shinsa/store"
)

func init() {
	register(newDiffCmd)
	register(newCarryCmd)
}

// baseline resolves what APP is compared with: --against (in --against-file
// when given), else the previous round or the certified predecessor. The
// returned store is the one holding the baseline; close it when it is not s.
func baseline(ctx context.Context, s *store.Store, app int64, against, againstFile string) (*store.Store, int64, error) {
	from := s
	if againstFile != "" {
		o, err := openCase(againstFile)
		if err != nil {
			return nil, 0, err
		}
		from = o
	}
	var old int64
	if against != "" {
		id, err := appID(against)
		if err != nil {
			return nil, 0, err
		}
		if _, err := from.Application(ctx, id); err != nil {
			return nil, 0, fail(exitBad, "%s: application %d: no such application", from.Path(), id)
		}
		old = id
	} else {
		if againstFile != "" {
			return nil, 0, fail(exitBad, "--against-file needs --against APP: the application in %s to compare with", againstFile)
		}
		id, err := s.Baseline(ctx, app)
		if err != nil {
			return nil, 0, bad(err)
		}
		if id == 0 {
			return nil, 0, fail(exitBad, "%s: application %d is neither a renewal with a predecessor nor a later round: name one with --against APP", s.Path(), app)
		}
		old = id
	}
	return from, old, nil
}

// comparison is an application compared with its baseline, for diff and carry.
type comparison struct {
	s, from  *store.Store
	app, old int64
	diffs    []review.ItemDiff
}

func (c *comparison) close() {
	if c.from != c.s {
		c.from.Close()
	}
	c.s.Close()
}

// openComparison opens CASEFILE, finds APP and what it follows (or
// --against, in --against-file) and compares the two.
func openComparison(cmd *cobra.Command, args []string, against, againstFile string) (*comparison, error) {
	ctx := cmd.Context()
	s, err := openCase(args[0])
	if err != nil {
		return nil, err
	}
	c := &comparison{s: s, from: s}
	app, err := loadApp(ctx, s, args[1])
	if err != nil {
		c.close()
		return nil, err
	}
	from, old, err := baseline(ctx, s, app, against, againstFile)
	if err != nil {
		c.close()
		return nil, err
	}
	c.from, c.app, c.old = from, app, old
	if c.diffs, err = store.Compare(ctx, s, app, from, old); err != nil {
		c.close()
		return nil, bad(err)
	}
	return c, nil
}

func newDiffCmd() *cobra.Command {
	var against, againstFile, color string
	var asJSON, all, full bool
	c := &cobra.Command{
		Use:   "diff CASEFILE APP",
		Short: "Show what changed since the last certified submission or the previous round",
		Long: `Compare an application with the one it follows: the previous correction round,
else the certified application it renews (or --against APP, in --against-file
OLD.shinsa when the predecessor lives in another case file). Rows are matched by
item id, through the edition map when the catalog editions differ.

Each changed row is shown word by word like 'git diff --word-diff':
[-removed-]{+added+}, coloured on a terminal, with last time's verdict beside
it. Changes of form only (full/half width, wave dash, spacing) are listed on one
line each; unchanged rows are left out unless --all, except a row whose earlier
finding (query, correction, nonconforming) is still open: it is listed, marked
"not changed by the applicant", until a later finding closes it. The earlier
finding is followed back through every round and certification of the edition.

With --json every row is listed (FORMATS.md §4) with its texts as "old" and
"new"; an unchanged row's "hunks" is empty rather than one "equal" hunk
repeating its whole text, unless --full.

Evidence files linked to a row ('shinsa evidence add') are compared too: the
same document as last time (same SHA-256), a new version (same name, other
bytes), new, or gone — one line per file under the row ("証跡 ~ 規程.pdf: new
version …"), and a row whose answer is unchanged is listed when its evidence
changed. With --json a row with evidence carries "evidence": [{"name", "sha256",
"state": "same|new_version|new|gone", "previous_sha256"}].`,
		Example: `  shinsa diff review.shinsa 12
  shinsa diff review.shinsa 12 --json | jq '.items[] | select(.status != "unchanged")'
  shinsa diff review.shinsa 12 --against-file review-2024.shinsa --against 3 --color never | less -R`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			cmp, err := openComparison(cmd, args, against, againstFile)
			if err != nil {
				return err
			}
			defer cmp.close()
			app, old, diffs := cmp.app, cmp.old, cmp.diffs
			out := cmd.OutOrStdout()
			if asJSON {
				doc, err := diffDocument(app, old, againstFile, full, diffs)
				if err != nil {
					return err
				}
				return writeJSONBytes(out, doc)
			}
			useColor := color == "always" || (color == "auto" && isTerminal(os.Stdout) && os.Getenv("NO_COLOR") == "")
			if color != "always" && color != "auto" && color != "never" {
				return fail(exitBad, "--color %q: want auto, always or never", color)
			}
			sum := review.SummarizeDiffs(diffs)
			fmt.Fprintf(out, "application %d against %d: %d changed, %d added, %d removed, %d moved, %d unchanged (%d of them in form only); %d earlier findings to check\n",
				app, old, sum.Counts[review.Changed], sum.Counts[review.Added], sum.Counts[review.Removed], sum.Counts[review.Moved],
				sum.Counts[review.Unchanged], sum.FormOnly, sum.CheckAddressed)
			if ev := sum.Evidence; ev != nil {
				fmt.Fprintf(out, "evidence files: %d the same document as last time, %d new_version, %d new, %d gone\n",
					ev[review.EvidenceSame], ev[review.EvidenceNewVersion], ev[review.EvidenceNew], ev[review.EvidenceGone])
			}
			if all {
				for _, d := range diffs {
					if d.Status == review.Unchanged && !d.FormOnly && !d.NotChangedByApplicant() {
						fmt.Fprintf(out, "= %s unchanged\n", d.Item)
					}
				}
			}
			if err := review.WriteWordDiff(out, diffs, useColor); err != nil {
				return bad(err)
			}
			return nil
		},
	}
	c.Flags().StringVar(&against, "against", "", "the application to compare with (default: previous round, else the predecessor)")
	c.Flags().StringVar(&againstFile, "against-file", "", "another case file holding the --against application")
	c.Flags().StringVar(&color, "color", "auto", "colour the word diff: auto, always or never")
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document (FORMATS.md §4)")
	c.Flags().BoolVar(&all, "all", false, "list unchanged rows too")
	c.Flags().BoolVar(&full, "full", false, "with --json: give unchanged rows their one \"equal\" hunk too")
	return c
}

func newCarryCmd() *cobra.Command {
	var against, againstFile string
	var dryRun bool
	c := &cobra.Command{
		Use:   "carry CASEFILE APP",
		Short: "Accept every unchanged row of a renewal with its previous verdict",
		Long: `For every row whose answer is unchanged since the application it follows
(form-only changes count as unchanged) and whose previous verdict was conforms or
not-applicable, record that verdict and note again, saying per row where it came
from. Rows already judged are left alone; rows whose previous verdict was query,
correction or nonconforming are never carried: check they were addressed.`,
		Example: "  shinsa carry review.shinsa 12\n  shinsa carry review.shinsa 12 --dry-run",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cmp, err := openComparison(cmd, args, against, againstFile)
			if err != nil {
				return err
			}
			defer cmp.close()
			s, app, old, diffs := cmp.s, cmp.app, cmp.old, cmp.diffs
			current, err := s.Findings(ctx, app)
			if err != nil {
				return bad(err)
			}
			carry := review.CarryForward(diffs, current)
			if againstFile != "" {
				for i := range carry {
					carry[i].Origin += " in " + againstFile
				}
			}
			sum := review.SummarizeDiffs(diffs)
			out := cmd.OutOrStdout()
			if dryRun {
				for _, f := range carry {
					fmt.Fprintf(out, "%s\t%s\t%s\n", f.Item, f.Verdict, f.Origin)
				}
				fmt.Fprintf(out, "would carry %d verdicts from application %d; %d rows need checking\n", len(carry), old, sum.CheckAddressed)
				return nil
			}
			ins := make([]store.FindingInput, 0, len(carry))
			who := reviewer(cmd)
			for _, f := range carry {
				ins = append(ins, store.FindingInput{App: app, Item: f.Item, Verdict: f.Verdict, Note: f.Note,
					Reviewer: who, Origin: f.Origin, Base: current[f.Item].Revision})
			}
			if len(ins) > 0 {
				if _, err := s.SaveFindings(ctx, ins); err != nil {
					return bad(err)
				}
			}
			fmt.Fprintf(out, "carried %d verdicts from application %d to %d; %d rows whose earlier finding asked for action need checking\n",
				len(carry), old, app, sum.CheckAddressed)
			return nil
		},
	}
	c.Flags().StringVar(&against, "against", "", "the application to carry from (default: previous round, else the predecessor)")
	c.Flags().StringVar(&againstFile, "against-file", "", "another case file holding the --against application")
	c.Flags().BoolVar(&dryRun, "dry-run", false, "list what would be carried; record nothing")
	return c
}

// diffDocument is the document of `diff --json` (FORMATS.md §4), as encoding/json
// wrote it from a map (its keys in order of their names) with HTML escaping
// off, but without reflection for the rows (see review.ItemDiffJSON.AppendJSON);
// TestDiffJSONIsTheMapEncoded holds it to that.
func diffDocument(app, old int64, againstFile string, full bool, diffs []review.ItemDiff) ([]byte, error) {
	var summary bytes.Buffer
	enc := json.NewEncoder(&summary)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(review.SummarizeDiffs(diffs)); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 64<<10)
	b = append(b, `{"against":`...)
	b = strconv.AppendInt(b, old, 10)
	b = append(b, `,"against_file":`...)
	b = review.AppendJSONString(b, againstFile)
	b = append(b, `,"application":`...)
	b = strconv.AppendInt(b, app, 10)
	b = append(b, `,"full":`...)
	b = strconv.AppendBool(b, full)
	b = append(b, `,"items":[`...)
	for i, d := range diffs {
		if i > 0 {
			b = append(b, ',')
		}
		b = d.JSON(full).AppendJSON(b)
	}
	b = append(b, `],"summary":`...)
	b = append(b, bytes.TrimSuffix(summary.Bytes(), []byte("\n"))...)
	return append(b, "}\n"...), nil
}
