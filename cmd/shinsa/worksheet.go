package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"shinsa/report"
	"shinsa/review"
	"shinsa/store"
)

func init() { register(newImportFindingsCmd) }

type sheetRow struct {
	Item     string   `json:"item"`
	Cell     string   `json:"cell"`
	Fields   []string `json:"fields"`
	Verdict  string   `json:"verdict,omitempty"`
	Revision int64    `json:"revision"`
	// Refused rows: what the case file holds now.
	CurrentRevision int64  `json:"current_revision,omitempty"`
	CurrentBy       string `json:"current_reviewer,omitempty"`
}

func newImportFindingsCmd() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "import-findings CASEFILE APP SHEET.xlsx --reviewer NAME",
		Short: "Read back a review worksheet filled in Excel",
		Long: `Read back the review worksheet (審査シート) written by
'shinsa report CASEFILE APP --kind worksheet -o SHEET.xlsx' and filled in Excel:
only the verdict, note and request cells changed in the sheet since it was
written are recorded, as findings by --reviewer (the person who filled it in;
the roster's rules apply as for 'shinsa finding').

A row whose finding was saved in the case file after the sheet was written
is refused, and so is the whole sheet: nothing is recorded, the refused rows
are listed, and the exit code is 2. Write a fresh sheet and carry the
changes over. A sheet of another case file or application is refused.
Each changed row is one finding and one event, all in one save, merged field
by field so nothing a colleague saved meanwhile is put back.`,
		Example: `  shinsa report review.shinsa 12 --kind worksheet -o 審査シート.xlsx
  shinsa import-findings review.shinsa 12 審査シート.xlsx --reviewer 佐藤`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			who := ""
			if f := cmd.Flag("reviewer"); f != nil {
				who = strings.TrimSpace(f.Value.String())
			}
			if who == "" {
				return fail(exitBad, "import-findings: name who filled in the sheet with --reviewer NAME")
			}
			sheet := args[2]
			name := filepath.Base(sheet)
			fh, err := os.Open(sheet)
			if err != nil {
				return bad(err)
			}
			edits, err := report.ReadWorksheet(fh, name)
			fh.Close()
			if err != nil {
				return bad(err)
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
			caseID, appFP, err := s.Fingerprints(ctx, id)
			if err != nil {
				return bad(err)
			}
			switch {
			case edits.CaseID != caseID:
				return fail(exitBad, "%s: written from another case file, not %s: nothing imported", name, args[0])
			case edits.App != id || edits.AppFingerprint != appFP:
				return fail(exitBad, "%s: the worksheet of application %d, not of application %d: nothing imported", name, edits.App, id)
			}
			out := cmd.OutOrStdout()
			if len(edits.Edits) == 0 {
				if asJSON {
					return writeJSON(out, map[string]any{"imported": []sheetRow{}, "refused": []sheetRow{}})
				}
				fmt.Fprintf(out, "%s: no cell changed since it was written: nothing imported\n", name)
				return nil
			}
			current, err := s.Findings(ctx, id)
			if err != nil {
				return bad(err)
			}
			var refused []sheetRow
			var ins []store.FindingInput
			for _, e := range edits.Edits {
				var changed store.Fields
				for _, f := range e.Changed {
					changed |= map[string]store.Fields{"verdict": store.FieldVerdict, "note": store.FieldNote, "request": store.FieldRequest}[f]
				}
				if cur := current[e.Item]; cur.Revision != e.Revision {
					refused = append(refused, sheetRow{Item: e.Item, Cell: e.Cell, Fields: e.Changed, Revision: e.Revision,
						CurrentRevision: cur.Revision, CurrentBy: review.SanitizeLine(cur.Reviewer)})
					continue
				}
				// Base is the revision the sheet was written from: should a
				// colleague save the row between this check and the write,
				// the store merges field by field and refuses a clash.
				ins = append(ins, store.FindingInput{App: id, Item: e.Item, Verdict: e.Verdict, Note: e.Note, Request: e.Request,
					Reviewer: who, Changed: changed, Base: e.Revision})
			}
			if len(refused) > 0 {
				if asJSON {
					writeJSON(out, map[string]any{"imported": []sheetRow{}, "refused": refused})
				}
				var list []string
				for _, r := range refused {
					list = append(list, fmt.Sprintf("%s (%s; sheet from revision %d, now revision %d by %s)", r.Item, r.Cell, r.Revision, r.CurrentRevision, r.CurrentBy))
				}
				return fail(exitBad, "%s: %d row(s) changed in the case file since the sheet was written, nothing imported: %s; write a fresh worksheet and carry the changes over",
					name, len(refused), strings.Join(list, ", "))
			}
			saved, err := s.SaveFindings(ctx, ins)
			if err != nil {
				var ce *store.ConflictError
				if errors.As(err, &ce) {
					return fail(exitBad, "%s: nothing imported: %v", name, err)
				}
				return bad(fmt.Errorf("%s: nothing imported: %w", name, err))
			}
			var done []sheetRow
			for i, f := range saved {
				e := edits.Edits[i]
				done = append(done, sheetRow{Item: f.Item, Cell: e.Cell, Fields: e.Changed, Verdict: string(f.Verdict), Revision: f.Revision})
			}
			if asJSON {
				return writeJSON(out, map[string]any{"imported": done, "refused": []sheetRow{}})
			}
			for i, f := range saved {
				fmt.Fprintf(out, "application %d item %s: %s (%s), %s from the sheet, revision %d, by %s\n", f.App, f.Item, f.Verdict,
					f.Verdict.Japanese(), strings.Join(edits.Edits[i].Changed, ", "), f.Revision, review.SanitizeLine(f.Reviewer))
			}
			fmt.Fprintf(out, "%s: %d row(s) imported\n", name, len(saved))
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, `print {"imported":[…],"refused":[…]} as one JSON document`)
	return c
}
