package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"shinsa/report"
	"shinsa/review"
	"shinsa/store"
)

func init() { register(newReportCmd) }

func newReportCmd() *cobra.Command {
	var kindFlag, formatFlag, output, dateFlag, replyBy string
	var send bool
	c := &cobra.Command{
		Use:   "report CASEFILE APP",
		Short: "Write the correction-request letter or the committee report of an application",
		Long: `Write a finding report of one application.

  --kind letter      修正依頼: the formal letter to the applicant, listing every row
                     judged query (要確認), correction (要修正) or nonconforming
                     (不適合) in catalog order, with the answer as submitted, your
                     request, the guideline clauses concerned and the verdict.
  --kind committee   審査報告書 (default): every row of the catalog with its verdict,
                     counts, a chart per category, the automatic checks, and for
                     renewals and resubmissions what changed since last time and
                     which verdicts were carried forward.
  --kind worksheet   審査シート (xlsx only): every row with the answer as submitted,
                     the current verdict in a drop-down, note and request to fill
                     in Excel; read back with 'shinsa import-findings'.

Formats: md (default), html (one self-contained file, A4 print styles), pdf
(the HTML printed with page numbers in a local Chromium, Google Chrome or
Microsoft Edge, found on PATH, in the usual install places, or named by
SHINSA_BROWSER), csv (UTF-8 with BOM, CRLF), xlsx, json (FORMATS.md §4) and
oscal (NIST OSCAL 1.0.4 assessment-results, one result per correction round;
committee only). With -o the format is taken from the file's extension unless
--format is given.

--send enters a letter in the register (see 'shinsa letters'): it is given the
next 文書番号 of the year in the office's format ('shinsa office'), and its
number, round, date, reply deadline and the SHA-256 of the file written are
recorded in the log.

The committee report ends with an appendix giving the case file's anchor, the
head of its event log, and how to check later that the file was not rewritten
since: shinsa verify CASEFILE --anchor HASH:COUNT. The letter, addressed to the
applicant, carries no hash, edition id or command.

Without -o the report goes to stdout; xlsx and pdf only when stdout is not a terminal.
With -o the file is written whole or not at all (a temporary file beside it,
then renamed).`,
		Example: `  shinsa report review.shinsa 12 --kind letter --format html -o 修正依頼.html
  shinsa report review.shinsa 12 -o 審査報告書.xlsx
  shinsa report review.shinsa 12 --kind letter --send --reply-by 2026-05-08 -o 修正依頼.pdf
  shinsa report review.shinsa 12 --format json | jq '.items[] | select(.verdict == "correction")'
  shinsa report review.shinsa 12 --kind letter --reply-by 2026-05-08 > letter.md`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, err := report.ParseKind(kindFlag)
			if err != nil {
				return fail(exitBad, "--kind: %v", err)
			}
			format, err := reportFormat(formatFlag, cmd.Flags().Changed("format"), output)
			if err != nil {
				return err
			}
			if kind == report.Worksheet {
				if !cmd.Flags().Changed("format") && output == "" {
					format = report.XLSX
				}
				if format != report.XLSX {
					return fail(exitBad, "--kind worksheet: the review worksheet is an Excel workbook: use --format xlsx or -o FILE.xlsx")
				}
			}
			if format == report.OSCAL && kind == report.Letter {
				return fail(exitBad, "--format oscal: the letter has no OSCAL form; use --kind committee")
			}
			date := review.DateOf(time.Now())
			if dateFlag != "" {
				if date, err = review.ParseJapaneseDate(dateFlag); err != nil {
					return fail(exitBad, "--date: %v", err)
				}
			}
			var reply review.Date
			if replyBy != "" {
				if reply, err = review.ParseJapaneseDate(replyBy); err != nil {
					return fail(exitBad, "--reply-by: %v", err)
				}
			}
			if send {
				switch {
				case kind != report.Letter:
					return fail(exitBad, "--send: only a letter is sent; add --kind letter")
				case output == "":
					return fail(exitBad, "--send: name the file the letter goes to with -o FILE (its SHA-256 is recorded)")
				case reply.IsZero():
					return fail(exitBad, "--send: give the reply deadline with --reply-by DATE")
				case reply.Before(date):
					return fail(exitBad, "--reply-by %s is before the letter's date %s", reply, date)
				}
			}
			out := cmd.OutOrStdout()
			if output == "" && format.Binary() && out == io.Writer(os.Stdout) && isTerminal(os.Stdout) {
				return fail(exitBad, "%s is a binary file: write it with -o FILE.%s or redirect stdout to a file", format, format)
			}

			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			id, err := loadApp(cmd.Context(), s, args[1])
			if err != nil {
				return err
			}
			in, err := reportInput(cmd.Context(), s, id, date)
			if err != nil {
				return err
			}
			in.ReplyBy, in.CaseFile = reply, args[0]
			if in.Reviewer, err = reportAuthor(cmd, s, in.Approvals); err != nil {
				return bad(err)
			}
			if kind == report.Worksheet {
				if in.CaseID, in.AppFingerprint, err = s.Fingerprints(cmd.Context(), id); err != nil {
					return bad(err)
				}
			}
			office, err := s.Office(cmd.Context())
			if err != nil {
				return bad(err)
			}
			in.Office = report.Office{Name: office.Name, Address: office.Address, Contact: office.Contact, Signatory: office.Signatory}
			if send {
				if office.Name == "" || office.Signatory == "" {
					return fail(exitBad, "%s: --send: the office's name and signatory are not set: set them first with 'shinsa office %s --name … --signatory … --letter-number …'", args[0], args[0])
				}
				return sendLetter(cmd, s, id, in, format, output)
			}

			if output == "" {
				if err := report.Write(out, in, kind, format); err != nil {
					return bad(fmt.Errorf("report of application %d: %w", id, err))
				}
				return nil
			}
			if err := writeFileAtomic(output, func(w io.Writer) error { return report.Write(w, in, kind, format) }); err != nil {
				return bad(fmt.Errorf("report of application %d: %w", id, err))
			}
			fmt.Fprintf(out, "wrote %s (%s, %s)\n", output, kind, format)
			return nil
		},
	}
	c.Flags().StringVar(&kindFlag, "kind", "committee", "letter (修正依頼), committee (審査報告書) or worksheet (審査シート, xlsx)")
	c.Flags().StringVar(&formatFlag, "format", "md", "md, html, pdf, csv, xlsx, json or oscal")
	c.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of stdout")
	c.Flags().StringVar(&dateFlag, "date", "", "the report's date (default today; 西暦 or 和暦)")
	c.Flags().StringVar(&replyBy, "reply-by", "", "the letter's reply deadline (default: to be notified separately)")
	c.Flags().BoolVar(&send, "send", false, "enter the letter in the register: assign its 文書番号, record it and its reply deadline (needs -o and --reply-by)")
	return c
}

// reportFormat is --format, else the format -o's extension names, else md.
func reportFormat(flag string, given bool, output string) (report.Format, error) {
	if !given && output != "" {
		name := strings.ToLower(output)
		switch {
		case strings.HasSuffix(name, ".oscal.json"):
			return report.OSCAL, nil
		case strings.HasSuffix(name, ".htm"):
			return report.HTML, nil
		}
		ext := strings.TrimPrefix(filepath.Ext(name), ".")
		if f, err := report.ParseFormat(ext); err == nil {
			return f, nil
		}
		if ext != "" {
			// x.pdf would otherwise get Markdown under a name that lies.
			return "", fail(exitBad, "-o %s: shinsa writes no .%s; give --format (md, html, pdf, csv, xlsx, json, oscal) or name the file .md, .html, .pdf, .csv, .xlsx, .json or .oscal.json", output, ext)
		}
	}
	f, err := report.ParseFormat(flag)
	if err != nil {
		return "", fail(exitBad, "--format: %v", err)
	}
	return f, nil
}

// reportInput assembles everything a report of application id needs. The
// anchor is read last, so it covers every event behind the data read.
func reportInput(ctx context.Context, s *store.Store, id int64, date review.Date) (report.Input, error) {
	where := func(err error) error { return bad(fmt.Errorf("%s: application %d: %w", s.Path(), id, err)) }
	app, err := s.Application(ctx, id)
	if err != nil {
		return report.Input{}, where(err)
	}
	reg, err := s.Registry(ctx)
	if err != nil {
		return report.Input{}, where(err)
	}
	cat, err := reg.Catalog(app.Scheme, app.Edition)
	if err != nil {
		return report.Input{}, fail(exitBad, "%s: application %d: %v (import the edition with 'shinsa criteria import')", s.Path(), id, err)
	}
	in := report.Input{App: app, Catalog: cat, Registry: reg, Date: date}
	if in.Answers, err = s.Answers(ctx, id); err != nil {
		return in, where(err)
	}
	if in.Findings, err = s.Findings(ctx, id); err != nil {
		return in, where(err)
	}
	if err := evidenceForReport(ctx, s, id, &in); err != nil {
		return in, where(err)
	}
	if in.Approvals, err = approvals(ctx, s, id); err != nil {
		return in, where(err)
	}
	in.Problems = review.Check(app, in.Answers, cat, date)

	old, err := s.Baseline(ctx, id)
	if err != nil {
		return in, where(err)
	}
	if old != 0 {
		prev, err := s.Application(ctx, old)
		if err != nil {
			return in, where(fmt.Errorf("the application it follows (%d): %w", old, err))
		}
		if in.Diffs, err = store.Compare(ctx, s, id, s, old); err != nil {
			return in, where(fmt.Errorf("comparing with application %d: %w", old, err))
		}
		if in.Diffs == nil {
			in.Diffs = []review.ItemDiff{}
		}
		in.Previous = &prev
	}

	rounds, err := s.Rounds(ctx, id)
	if err != nil {
		return in, where(err)
	}
	for _, r := range rounds {
		if r.Round > app.Round {
			continue // a report of round 2 says nothing of round 3
		}
		rd := report.Round{App: r}
		if r.ID == id {
			rd.Findings, rd.Answers = in.Findings, in.Answers
		} else {
			if rd.Findings, err = s.Findings(ctx, r.ID); err != nil {
				return in, where(err)
			}
			if rd.Answers, err = s.Answers(ctx, r.ID); err != nil {
				return in, where(err)
			}
		}
		in.Rounds = append(in.Rounds, rd)
	}

	a, err := s.Anchor(ctx)
	if err != nil {
		return in, where(err)
	}
	in.Anchor = report.Anchor{Head: a.Head, Count: a.Count}
	return in, nil
}

// sendLetter enters the letter in the register and writes it: the store
// assigns the 文書番号 inside its write transaction, the letter is rendered
// with it into a temporary file beside the target, its SHA-256 recorded with
// it, and only once the record is committed is the file renamed into place.
// A failure anywhere leaves neither a record nor a file.
func sendLetter(cmd *cobra.Command, s *store.Store, id int64, in report.Input, format report.Format, output string) error {
	var tmp string
	l, err := s.SendLetter(cmd.Context(), store.SendInput{App: id, Sent: in.Date, ReplyBy: in.ReplyBy, File: output, Actor: reviewer(cmd)},
		func(number string) (string, error) {
			in.Number = number
			var sha string
			var err error
			tmp, sha, err = writeTemp(output, func(w io.Writer) error { return report.Write(w, in, report.Letter, format) })
			return sha, err
		})
	if err != nil {
		if tmp != "" {
			os.Remove(tmp)
		}
		return bad(fmt.Errorf("letter of application %d: %w", id, err))
	}
	if err := os.Rename(tmp, output); err != nil {
		os.Remove(tmp)
		return bad(fmt.Errorf("letter %s of application %d is recorded but %s could not be written: %w (write it again without --send, with --date %s)", l.Number, id, output, err, l.Sent))
	}
	fmt.Fprintf(cmd.OutOrStdout(), "sent %s: wrote %s (reply by %s)\n", review.SanitizeLine(l.Number), output, l.ReplyBy)
	return nil
}

// writeFileAtomic writes a file whole or not at all: into a temporary file in
// the same directory, synced, then renamed over the target. A failed export
// leaves no half file behind.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, _, err := writeTemp(path, write)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeTemp writes a complete, synced temporary file beside path and returns
// its name and the SHA-256 of its bytes; on error it leaves nothing.
func writeTemp(path string, write func(io.Writer) error) (name, sha string, err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary name means nothing to the user
		}
		return "", "", fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	if err = write(io.MultiWriter(tmp, h)); err != nil {
		return "", "", err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return "", "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", "", err
	}
	if err = tmp.Close(); err != nil {
		return "", "", err
	}
	return tmp.Name(), hex.EncodeToString(h.Sum(nil)), nil
}

// reportAuthor is the person a report names as its author (審査担当 in the
// letter, 審査員 and 作成 in the committee report): the name given with
// --reviewer or $SHINSA_REVIEWER; else the OS user when the office's roster
// names them; else the people who recorded this application's findings (on
// the roster, when there is one), as the log names them; else the OS user.
// An OS account such as "root" is no name to sign a letter with.
func reportAuthor(cmd *cobra.Command, s *store.Store, approvals []report.Approval) (string, error) {
	if r := namedReviewer(cmd); r != "" {
		return r, nil
	}
	account := reviewer(cmd)
	people, err := s.People(cmd.Context())
	if err != nil {
		return "", err
	}
	onRoster := map[string]bool{}
	for _, p := range people {
		onRoster[p.Name] = true
	}
	if onRoster[account] {
		return account, nil
	}
	var names []string
	for _, a := range approvals {
		if a.Role == reviewerRole && (len(people) == 0 || onRoster[a.Name]) {
			names = append(names, a.Name)
		}
	}
	if len(names) > 0 {
		return strings.Join(names, "、"), nil
	}
	return account, nil
}

// reviewerRole is the approval block's role of the people who recorded findings.
const reviewerRole = "審査担当"

// approvals reads from the event log who reviewed (findings on any round of
// the application), who made the second check, who decided, and every
// override, for the committee report's approval block.
func approvals(ctx context.Context, s *store.Store, id int64) ([]report.Approval, error) {
	rounds, err := s.Rounds(ctx, id)
	if err != nil {
		return nil, err
	}
	ids := []int64{id}
	for _, r := range rounds {
		if r.ID != id {
			ids = append(ids, r.ID)
		}
	}
	var reviewers []report.Approval
	last := map[string]int{}
	var out []report.Approval
	for _, app := range ids {
		evs, err := s.Events(ctx, app)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			day := review.DateOf(e.Time.In(time.FixedZone("JST", 9*60*60))) // Japanese documents date in JST
			switch e.Kind {
			case store.EvFinding:
				if i, ok := last[e.Actor]; ok {
					reviewers[i].Date = day
				} else {
					last[e.Actor] = len(reviewers)
					reviewers = append(reviewers, report.Approval{Role: reviewerRole, Name: e.Actor, Date: day})
				}
			case store.EvSignoff:
				if app != id {
					continue
				}
				var p struct {
					Note string `json:"note"`
				}
				json.Unmarshal(e.Payload, &p)
				out = append(out, report.Approval{Role: "二次審査", Name: e.Actor, Date: day, Note: p.Note})
			case store.EvStatus:
				if app != id {
					continue
				}
				var p map[string]string
				json.Unmarshal(e.Payload, &p)
				if p["override"] != "" {
					out = append(out, report.Approval{Role: "特例（" + p["to"] + "）", Name: e.Actor, Date: day,
						Note: p["override"] + "（" + p["blocked"] + "）"})
				}
				switch p["to"] {
				case string(review.Certified), string(review.Rejected):
					out = append(out, report.Approval{Role: "決定（" + p["to"] + "）", Name: e.Actor, Date: day, Note: p["certification_number"]})
				}
			}
		}
	}
	return append(reviewers, out...), nil
}
