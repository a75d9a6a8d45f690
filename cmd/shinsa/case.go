package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"shinsa/review"
	"shinsa/store"
)

func init() {
	register(newNewCmd)
	register(newListCmd)
	register(newFindingCmd)
	register(newVerifyCmd)
	register(newBackupCmd)
	register(newVersionCmd)
	register(newStatusCmd)
}

func newNewCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "new CASEFILE",
		Short:   "Create an empty case file",
		Long:    "Create an empty case file. An existing file is never replaced.",
		Example: "  shinsa new review-2026.shinsa",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := store.Create(args[0], reviewer(cmd))
			if err != nil {
				return bad(err)
			}
			defer s.Close()
			fmt.Fprintf(cmd.OutOrStdout(), "created %s\n", args[0])
			return nil
		},
	}
}

// appRow is one application in `list --json` (FORMATS.md §4), extended with
// fields scripts find useful.
type appRow struct {
	ID                  int64         `json:"id"`
	Scheme              string        `json:"scheme"`
	Edition             string        `json:"edition"`
	Kind                string        `json:"kind"`
	Service             string        `json:"service"`
	Applicant           string        `json:"applicant"`
	CertificationNumber string        `json:"certification_number"`
	Status              string        `json:"status"`
	Round               int           `json:"round"`
	Predecessor         int64         `json:"predecessor,omitempty"`
	Items               int           `json:"items"`
	Reviewed            int           `json:"reviewed"`
	Findings            verdictCounts `json:"findings"`
	DisclosureDate      string        `json:"disclosure_date"`
	Expires             string        `json:"expires"`
	DaysLeft            *int          `json:"days_left,omitempty"`
	Next                *nextDate     `json:"next,omitempty"`
}

// verdictCounts is an application's rows per verdict. A struct rather than a
// map: encoding/json sorts a map's keys with reflection on every row, which
// was a tenth of `list --json`'s CPU time. Its fields are in the order of
// their names, as a map's keys came out, so the output is unchanged (a test
// holds it to the map's encoding for every verdict).
type verdictCounts struct {
	Conforms      int `json:"conforms"`
	Correction    int `json:"correction"`
	Nonconforming int `json:"nonconforming"`
	NotApplicable int `json:"not-applicable"`
	Query         int `json:"query"`
	Unreviewed    int `json:"unreviewed"`
}

// count is where verdict v's count goes; nil for a verdict it lacks.
func (c *verdictCounts) count(v review.Verdict) *int {
	switch v {
	case review.Conforms:
		return &c.Conforms
	case review.Correction:
		return &c.Correction
	case review.Nonconforming:
		return &c.Nonconforming
	case review.NotApplicable:
		return &c.NotApplicable
	case review.Query:
		return &c.Query
	case review.Unreviewed:
		return &c.Unreviewed
	}
	return nil
}

// nextDate is the next date that matters for an application: its open
// letter's reply deadline while in review, its expiry once certified.
type nextDate struct {
	What    string `json:"what"` // reply | expiry
	Date    string `json:"date"`
	Overdue bool   `json:"overdue"`
}

// text is the NEXT column: 回答期限 2026-12-15 (overdue) or 有効期限 ….
func (n *nextDate) text() string {
	if n == nil {
		return "-"
	}
	if n.What == "reply" {
		s := "reply " + n.Date
		if n.Overdue {
			s += " OVERDUE"
		}
		return s
	}
	return "expiry " + n.Date
}

// rowsOf turns summaries into list rows; the row count is the catalog's when
// the catalog is known (every row must be reviewed, answered or not).
func rowsOf(sums []store.Summary, counts map[store.Edition]int, today review.Date) []appRow {
	out := make([]appRow, 0, len(sums))
	for _, s := range sums {
		a := s.App
		items := s.Answers
		if n, ok := counts[store.Edition{Scheme: a.Scheme, Edition: a.Edition}]; ok {
			items = n
		}
		var f verdictCounts
		decided := 0
		for _, v := range review.Verdicts {
			if v == review.Unreviewed {
				continue
			}
			*f.count(v) = s.Verdicts[v]
			decided += s.Verdicts[v]
		}
		f.Unreviewed = max(0, items-decided)
		r := appRow{ID: a.ID, Scheme: a.Scheme, Edition: a.Edition, Kind: string(a.Kind), Service: a.Service,
			Applicant: a.Applicant, CertificationNumber: a.CertificationNumber, Status: string(a.Status),
			Round: a.Round, Predecessor: a.Predecessor, Items: items, Reviewed: s.Reviewed, Findings: f,
			DisclosureDate: a.DisclosureDate.String(), Expires: a.Expires().String()}
		if !a.DisclosureDate.IsZero() {
			d := today.DaysUntil(a.Expires())
			r.DaysLeft = &d
		}
		if s.NextWhat != "" {
			r.Next = &nextDate{What: s.NextWhat, Date: s.Next.String(), Overdue: s.Overdue}
		}
		out = append(out, r)
	}
	return out
}

func newListCmd() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "list CASEFILE",
		Short: "List the applications in a case file",
		Long: `List the applications in a case file with their progress, counts per verdict
and the expiry of the certification (two years from the 開示情報の日付).`,
		Example: "  shinsa list review-2026.shinsa\n  shinsa list review-2026.shinsa --json | jq '.applications[] | select(.reviewed < .items)'",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			sums, err := s.Summaries(ctx)
			if err != nil {
				return bad(fmt.Errorf("%s: %w", args[0], err))
			}
			counts, err := s.ItemCounts(ctx)
			if err != nil {
				return bad(err)
			}
			rows := rowsOf(sums, counts, review.DateOf(time.Now()))
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), map[string]any{"applications": rows})
			}
			printList(cmd.OutOrStdout(), rows)
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document (FORMATS.md §4)")
	return c
}

func printList(w io.Writer, rows []appRow) {
	if len(rows) == 0 {
		fmt.Fprintln(w, "no applications yet: add one with 'shinsa import CASEFILE FILE'")
		return
	}
	var out [][]string
	for _, r := range rows {
		cert := r.CertificationNumber
		if cert == "" {
			cert = "-"
		}
		kind := review.Kind(r.Kind).Japanese()
		if r.Round > 1 {
			kind += fmt.Sprintf(" R%d", r.Round)
		}
		out = append(out, []string{fmt.Sprint(r.ID), review.SanitizeLine(cert), r.Scheme, kind, r.Status,
			fmt.Sprintf("%d/%d", r.Reviewed, r.Items), r.Expires, r.Next.text(),
			review.SanitizeLine(r.Service) + " / " + review.SanitizeLine(r.Applicant)})
	}
	printTable(w, []string{"ID", "CERT", "SCHEME", "KIND", "STATUS", "REVIEWED", "EXPIRES", "NEXT", "SERVICE / APPLICANT"}, out)
}

// writeJSON prints one JSON document. Strings keep applicants' text exactly
// (scripts need it), but the characters a terminal could act on are written
// as \u escapes: encoding/json escapes C0 controls and U+2028/9 itself, not
// C1 controls (U+009B is an 8-bit CSI) or bidi overrides.
//
// It is indented for a person at a terminal and compact for a program (on
// the reference archive, indenting was 40% of 'list --json').
func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return writeJSONBytes(w, b.Bytes())
}

// writeJSONBytes writes a JSON document encoded as writeJSON encodes it:
// indented on a terminal, with the runes jsonUnsafe names escaped.
func writeJSONBytes(w io.Writer, doc []byte) error {
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		var ind bytes.Buffer
		if err := json.Indent(&ind, doc, "", "  "); err != nil {
			return err
		}
		doc = ind.Bytes()
	}
	_, err := w.Write(escapeJSONControls(doc))
	return err
}

func escapeJSONControls(b []byte) []byte {
	if !mayHoldJSONUnsafe(b) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for _, r := range string(b) {
		if jsonUnsafe(r) {
			out = fmt.Appendf(out, "\\u%04x", r)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// mayHoldJSONUnsafe is a fast test that b (valid UTF-8, as encoding/json
// writes it) holds none of jsonUnsafe's runes: it looks only at the lead
// bytes they can start with (C2 for C1 controls, D8 for U+061C, E2 for the
// bidi marks, EF for U+FFFD), and decodes only there.
func mayHoldJSONUnsafe(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
			continue
		case c == 0xC2 || c == 0xD8 || c == 0xE2 || c == 0xEF:
			r, n := utf8.DecodeRune(b[i:])
			if jsonUnsafe(r) {
				return true
			}
			i += n
			continue
		case c < 0xC0 || c >= 0xF8:
			return true // not UTF-8: let the slow path look
		case c < 0xE0:
			i += 2
		case c < 0xF0:
			i += 3
		default:
			i += 4
		}
	}
	return false
}

func jsonUnsafe(r rune) bool {
	return (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c || r == utf8.RuneError
}

func newFindingCmd() *cobra.Command {
	var verdict, note, request string
	var evidence []string
	var rest bool
	c := &cobra.Command{
		Use:   "finding CASEFILE APP ITEM [--verdict V] [--note TEXT] [--request TEXT]",
		Short: "Record a finding on one row (the scriptable way)",
		Long: `Record a finding on one disclosure row: a verdict, a note, and the correction
request that goes into the letter to the applicant. Only the fields named by a
flag are changed; the others keep the value stored at the moment of saving
(read inside the same write, so a colleague's change saved meanwhile is kept,
never put back). Every save is an event in the log.

Verdicts: conforms (適合), query (要確認), correction (要修正),
nonconforming (不適合), not-applicable (対象外), unreviewed (clears).

With --all-unreviewed instead of ITEM, the verdict (and note) goes on every
row still unreviewed, each its own finding and event, all in one save: for
the rows you have read and found in order after recording the others.`,
		Example: `  shinsa finding review.shinsa 3 4.1 --verdict correction --request "郵便番号を記載してください。"
  shinsa finding review.shinsa 3 5 --verdict 適合 --reviewer 佐藤
  shinsa finding review.shinsa 3 5 --note "証跡は次回確認"
  shinsa finding review.shinsa 3 --all-unreviewed --verdict conforms`,
		Args: cobra.RangeArgs(2, 3),
		RunE: func(cmd *cobra.Command, args []string) error {
			if rest != (len(args) == 2) {
				return fail(exitBad, "finding: give one ITEM, or --all-unreviewed without one (see 'shinsa finding --help')")
			}
			ctx := cmd.Context()
			var changed store.Fields
			var v review.Verdict
			if cmd.Flags().Changed("verdict") {
				var err error
				if v, err = review.ParseVerdict(verdict); err != nil || verdict == "" {
					if verdict == "" {
						err = fmt.Errorf("--verdict is empty")
					}
					return fail(exitBad, "%v", err)
				}
				changed |= store.FieldVerdict
			}
			if cmd.Flags().Changed("note") {
				changed |= store.FieldNote
			}
			if cmd.Flags().Changed("request") {
				changed |= store.FieldRequest
			}
			var cites []store.Citation
			for _, e := range evidence {
				name, page := store.ParseCitation(e)
				if name == "" {
					return fail(exitBad, "--evidence %q: give a file name as 'shinsa evidence' lists it, e.g. 登記簿.pdf:12", e)
				}
				cites = append(cites, store.Citation{Name: name, Page: page})
			}
			if changed == 0 && len(cites) == 0 {
				return fail(exitBad, "nothing to record: give --verdict, --note, --request or --evidence")
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
			if rest {
				return findingAllUnreviewed(cmd, s, id, v, note)
			}
			item := strings.TrimSpace(args[2])
			if err := knownItem(ctx, s, id, item); err != nil {
				return err
			}
			// The fields not named keep what is stored when the write runs.
			if changed == 0 { // citations only
				cs, err := s.CiteEvidence(ctx, id, item, reviewer(cmd), cites)
				if err != nil {
					return bad(err)
				}
				printCitations(cmd.OutOrStdout(), id, item, cs)
				return nil
			}
			in := store.FindingInput{App: id, Item: item, Verdict: v, Note: note, Request: request,
				Reviewer: reviewer(cmd), Changed: changed, Base: store.AnyRevision, Citations: cites}
			f, err := s.SaveFinding(ctx, in)
			if err != nil {
				return bad(err)
			}
			defer func() {
				if cs, err := s.Citations(ctx, id); err == nil {
					printCitations(cmd.OutOrStdout(), id, item, cs[item])
				}
			}()
			fmt.Fprintf(cmd.OutOrStdout(), "application %d item %s: %s (%s), revision %d, by %s\n",
				f.App, f.Item, f.Verdict, f.Verdict.Japanese(), f.Revision, review.SanitizeLine(f.Reviewer))
			return nil
		},
	}
	c.Flags().StringVar(&verdict, "verdict", "", "conforms|query|correction|nonconforming|not-applicable|unreviewed (or 適合 …)")
	c.Flags().StringVar(&note, "note", "", "the reviewer's note (internal)")
	c.Flags().StringVar(&request, "request", "", "the correction request, in the words the letter to the applicant will use")
	c.Flags().StringArrayVar(&evidence, "evidence", nil, "cite an evidence file the finding rests on, NAME[:PAGE] (repeatable; see 'shinsa evidence')")
	c.Flags().BoolVar(&rest, "all-unreviewed", false, "record the verdict on every row still unreviewed (no ITEM)")
	return c
}

// knownItem refuses an item id that is neither in the application's catalog
// nor among its answers.
func knownItem(ctx context.Context, s *store.Store, app int64, item string) error {
	a, err := s.Application(ctx, app)
	if err != nil {
		return bad(err)
	}
	reg, err := s.RegistryOf(ctx, a.Scheme)
	if err != nil {
		return bad(err)
	}
	if cat, err := reg.Catalog(a.Scheme, a.Edition); err == nil {
		if _, ok := cat.Item(item); ok {
			return nil
		}
	}
	answers, err := s.Answers(ctx, app)
	if err != nil {
		return bad(err)
	}
	for _, an := range answers {
		if an.Item == item {
			return nil
		}
	}
	return fail(exitBad, "%s: application %d (%s %s) has no item %q", s.Path(), app, a.Scheme, a.Edition, item)
}

func newVerifyCmd() *cobra.Command {
	var anchor string
	var asJSON, repair bool
	c := &cobra.Command{
		Use:   "verify CASEFILE",
		Short: "Check the case file's integrity and its event log",
		Long: `Check the case file: SQLite's integrity_check, the hash chain of the event log,
and that every finding, application and answer is exactly what the log says.
An edit made behind shinsa's back (for instance with the sqlite3 tool) is
reported with the row it touched. Exit 0 when all is well, 1 when not.

A log cut short at its end still chains; to catch that, pass the anchor
printed on an earlier report (--anchor HASH:COUNT).

The schema is checked too: a file whose append-only triggers (or other
indexes and triggers) are not shinsa's is refused for writing. --repair first
writes a backup beside the file (CASEFILE.bak-repair-TIME), then restores the
indexes and triggers, rebuilds the derived data (search index, list counts)
and records that in the log; rows of the record are never changed by it.`,
		Example: `  shinsa verify review.shinsa
  A=$(shinsa report review.shinsa 3 --format json | jq -r '"\(.anchor.head):\(.anchor.count)"')   # keep it
  shinsa verify review.shinsa --anchor "$A"                                                       # months later`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var want *store.Anchor
			if anchor != "" {
				a, err := store.ParseAnchor(anchor)
				if err != nil {
					return fail(exitBad, "%v", err)
				}
				want = &a
			}
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			if repair {
				rr, err := s.Repair(ctx, reviewer(cmd))
				if err != nil {
					return bad(err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "repaired: backup %s; restored %s; removed %s; rebuilt %s\n", rr.Backup,
					listOrNone(rr.Restored), listOrNone(rr.Removed), listOrNone(rr.Rebuilt))
			}
			rep, err := s.Verify(ctx)
			if err != nil {
				return bad(fmt.Errorf("%s: %w", args[0], err))
			}
			if want != nil {
				p, err := s.CheckAnchor(ctx, *want)
				if err != nil {
					return bad(err)
				}
				if p != nil {
					rep.Problems = append(rep.Problems, *p)
				}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if rep.Problems == nil {
					rep.Problems = []store.Problem{}
				}
				if err := writeJSON(out, rep); err != nil {
					return err
				}
			} else if rep.OK() {
				fmt.Fprintf(out, "ok: %s: %d events, %d applications, %d findings; anchor %s\n", args[0], rep.Events, rep.Apps, rep.Findings, rep.Head)
				if want != nil {
					fmt.Fprintf(out, "ok: the anchor given matches event %d of the log\n", want.Count)
				}
			} else {
				for _, p := range rep.Problems {
					fmt.Fprintf(out, "%s: %s\n", args[0], p)
				}
			}
			if !rep.OK() {
				return &exitError{code: exitProblems, msg: fmt.Sprintf("%s: %s", args[0], rep.Problems[0])}
			}
			return nil
		},
	}
	c.Flags().StringVar(&anchor, "anchor", "", "HASH:COUNT printed on an earlier report; fails if the log no longer has it")
	c.Flags().BoolVar(&asJSON, "json", false, "print the outcome as JSON")
	c.Flags().BoolVar(&repair, "repair", false, "after a backup, restore the schema's indexes and triggers and rebuild derived data")
	return c
}

func listOrNone(l []string) string {
	if len(l) == 0 {
		return "nothing"
	}
	return strings.Join(l, ", ")
}

func newBackupCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "backup CASEFILE DEST",
		Short: "Write a consistent copy of a case file",
		Long: `Write a consistent copy of a case file (SQLite's VACUUM INTO). Safe while
other shinsa instances are writing; the copy is complete or absent.`,
		Example: "  shinsa backup review.shinsa /mnt/nas/review-$(date +%F).shinsa",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			dest := args[1]
			if fi, err := os.Stat(dest); err == nil && fi.IsDir() {
				return fail(exitBad, "%s is a folder: name the backup file, e.g. %s", dest, filepath.Join(dest, filepath.Base(args[0])))
			}
			if fi, err := os.Stat(filepath.Dir(dest)); err != nil || !fi.IsDir() {
				return fail(exitBad, "%s: the folder %s does not exist; create it first or choose another", dest, filepath.Dir(dest))
			}
			if err := s.Backup(cmd.Context(), dest); err != nil {
				if errors.Is(err, store.ErrExists) {
					return fail(exitBad, "%v: a backup never replaces a file; choose another name", err)
				}
				return bad(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "backed up %s to %s\n", args[0], args[1])
			return nil
		},
	}
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print shinsa's version and the case-file schema it writes",
		Long: `Print shinsa's version and the schema version of the case files it writes.
Case files of an older schema are migrated when opened (after a backup beside
them, NAME.shinsa.bak-vN); case files of a newer schema are refused.`,
		Example: "  shinsa version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(cmd.OutOrStdout(), "shinsa %s (case file schema %d)\n", version, store.SchemaVersion)
			return nil
		},
	}
}

func newStatusCmd() *cobra.Command {
	var number, override string
	c := &cobra.Command{
		Use:   "status CASEFILE APP STATUS",
		Short: "Move an application along its life cycle",
		Long: "Set an application's status, one of:\n" + joinStatuses() + `.
The change is an event in the log. 'certified' records the committee's
decision and takes the certification number issued (--number NNNN-YYMM; a
renewal keeps the number it already has). Renewals imported later with that
number link to the certified application by themselves; without a number
they need --renewal-of.

The office's process is enforced (gates):
  committee  every row has a verdict, no query or correction is open, and a
             second check ('shinsa signoff', by someone who recorded no
             finding) is on record with no finding saved after it;
  certified  the application is at committee, no row is nonconforming, and
             --reviewer (who records the decision) recorded no finding on any
             round of it.
A refused move exits 2 and names what blocks it. --override "REASON" passes
the gates; the reason, your name and the gates passed go into the log and the
committee report.`,
		Example: "  shinsa status review.shinsa 3 queries-sent\n" +
			"  shinsa status review.shinsa 3 committee\n" +
			"  shinsa status review.shinsa 3 certified --number 0123-2611 --reviewer 高橋\n" +
			"  shinsa status review.shinsa 3 committee --override \"委員会の特例審議（議事録12）\"",
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := review.ParseStatus(args[2])
			if err != nil {
				return fail(exitBad, "%v (want one of %s)", err, joinStatuses())
			}
			if cmd.Flags().Changed("override") && strings.TrimSpace(override) == "" {
				return fail(exitBad, "%s: --override: give the reason the gates are passed over", args[0])
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
			if number != "" && st != review.Certified {
				return fail(exitBad, "--number goes with the status certified")
			}
			if st == review.Certified && number == "" {
				// The number may be issued later; renewals then need
				// --renewal-of to find this application.
				a, _ := s.Application(ctx, id)
				number = a.CertificationNumber
			}
			if number != "" && !review.CertificationNumberValid(number) {
				return fail(exitBad, "--number %q: want NNNN-YYMM, optionally with a prefix such as \"IoT \" or \"IP\"", number)
			}
			res, err := s.Move(ctx, store.Move{App: id, To: st, Number: number, Actor: reviewer(cmd), Override: override})
			if err != nil {
				if errors.Is(err, store.ErrGate) {
					return fail(exitBad, "%s: %v", args[0], err)
				}
				return bad(err)
			}
			out := cmd.OutOrStdout()
			if st == review.Certified && number != "" {
				fmt.Fprintf(out, "application %d: certified, number %s\n", id, number)
			} else {
				fmt.Fprintf(out, "application %d: %s\n", id, st)
			}
			switch {
			case len(res.Overridden) > 0:
				fmt.Fprintf(out, "override on record (%s): %s\n", res.Overridden.GateNames(), res.Overridden.Error())
			case override != "":
				fmt.Fprintln(out, "no gate blocked this move: the override was not needed and is not on record")
			}
			return nil
		},
	}
	c.Flags().StringVar(&number, "number", "", "the certification number issued (with status certified)")
	c.Flags().StringVar(&override, "override", "", "pass the office's gates, for this REASON (logged with your name)")
	return c
}

func joinStatuses() string {
	var s []string
	for _, st := range review.Statuses {
		s = append(s, string(st))
	}
	return strings.Join(s, ", ")
}
