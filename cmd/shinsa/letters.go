package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"shinsa/review"
	"shinsa/store"
)

func init() {
	register(newOfficeCmd)
	register(newLettersCmd)
}

func newOfficeCmd() *cobra.Command {
	var o store.Office
	var asJSON bool
	c := &cobra.Command{
		Use:   "office CASEFILE",
		Short: "Show or set the office's letterhead, signatory and 文書番号 format",
		Long: `Show or set who sends the letters of this case file: the office's name,
address and contact (the letterhead), the signatory, and the format of the
文書番号 that 'shinsa report --kind letter --send' assigns.

The format holds {YYYY} (or {YY}, or {R} for the 令和 year) and one sequence
field {NNN} (as many digits as Ns); numbers restart every year. Without flags
the settings are shown; each flag given replaces that one field and the change
is logged.`,
		Example: `  shinsa office review.shinsa --name 一般社団法人ASPIC --address '東京都…' \
      --contact '審査事務局 03-0000-0000' --signatory '情報開示認定審査委員会 委員長 山田太郎' \
      --letter-number 'ASPIC審第{YYYY}-{NNN}号'
  shinsa office review.shinsa --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			cur, err := s.Office(ctx)
			if err != nil {
				return bad(err)
			}
			changed := false
			for _, f := range []struct {
				flag string
				dst  *string
				val  string
			}{{"name", &cur.Name, o.Name}, {"address", &cur.Address, o.Address}, {"contact", &cur.Contact, o.Contact},
				{"signatory", &cur.Signatory, o.Signatory}, {"letter-number", &cur.LetterNumber, o.LetterNumber}} {
				if cmd.Flags().Changed(f.flag) {
					*f.dst, changed = f.val, true
				}
			}
			if changed {
				if err := store.CheckLetterNumber(cur.LetterNumber); err != nil {
					return fail(exitBad, "--letter-number: %v", err)
				}
				if err := s.SetOffice(ctx, cur, reviewer(cmd)); err != nil {
					return bad(fmt.Errorf("%s: %w", args[0], err))
				}
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), cur)
			}
			w := cmd.OutOrStdout()
			show := func(label, v string) {
				if v == "" {
					v = "(not set)"
				}
				fmt.Fprintf(w, "%-14s %s\n", label, review.SanitizeLine(v))
			}
			show("name", cur.Name)
			show("address", cur.Address)
			show("contact", cur.Contact)
			show("signatory", cur.Signatory)
			show("letter-number", cur.LetterNumber+"  (next: "+store.FormatLetterNumber(cur.LetterNumber, time.Now().Year(), 1)+" for the year's first)")
			return nil
		},
	}
	c.Flags().StringVar(&o.Name, "name", "", "the office's name (letterhead)")
	c.Flags().StringVar(&o.Address, "address", "", "its postal address")
	c.Flags().StringVar(&o.Contact, "contact", "", "contact line: department, telephone, e-mail")
	c.Flags().StringVar(&o.Signatory, "signatory", "", "who signs the letters, with title")
	c.Flags().StringVar(&o.LetterNumber, "letter-number", "", "文書番号 format, e.g. 'ASPIC審第{YYYY}-{NNN}号'")
	c.Flags().BoolVar(&asJSON, "json", false, "print the settings as one JSON document (FORMATS.md §4)")
	return c
}

// letterRow is one letter as `letters --json` prints it (FORMATS.md §4).
type letterRow struct {
	Number      string  `json:"number"`
	Application int64   `json:"application"`
	Round       int     `json:"round"`
	Sent        string  `json:"sent"`
	ReplyBy     string  `json:"reply_by"`
	Replied     *string `json:"replied"`
	Overdue     bool    `json:"overdue"`
}

func newLettersCmd() *cobra.Command {
	var overdue, asJSON bool
	var todayFlag string
	c := &cobra.Command{
		Use:   "letters CASEFILE",
		Short: "The letter register: letters sent, reply deadlines, replies, overdue",
		Long: `List the letters sent to applicants ('shinsa report … --kind letter --send'):
文書番号, application, round, date sent, reply deadline, and the date the reply
came (the next round imported with --round-of). A letter still open after its
reply deadline is overdue.`,
		Example: `  shinsa letters review.shinsa
  shinsa letters review.shinsa --overdue
  shinsa letters review.shinsa --json --today 2026-06-01`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			today := review.DateOf(time.Now())
			if todayFlag != "" {
				var err error
				if today, err = review.ParseJapaneseDate(todayFlag); err != nil {
					return fail(exitBad, "--today: %v", err)
				}
			}
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			ls, err := s.Letters(cmd.Context())
			if err != nil {
				return bad(fmt.Errorf("%s: %w", args[0], err))
			}
			rows := []letterRow{}
			for _, l := range ls {
				if overdue && !l.Overdue(today) {
					continue
				}
				r := letterRow{Number: l.Number, Application: l.App, Round: l.Round, Sent: l.Sent.String(),
					ReplyBy: dateOrEmpty(l.ReplyBy), Overdue: l.Overdue(today)}
				if !l.Open() {
					d := l.Replied.String()
					r.Replied = &d
				}
				rows = append(rows, r)
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), map[string]any{"letters": rows})
			}
			w := cmd.OutOrStdout()
			if len(rows) == 0 {
				if overdue {
					fmt.Fprintf(w, "no letter is overdue on %s\n", today)
				} else {
					fmt.Fprintln(w, "no letters sent yet: send one with 'shinsa report CASEFILE APP --kind letter --send --reply-by DATE -o FILE'")
				}
				return nil
			}
			var out [][]string
			for _, r := range rows {
				state := "open"
				switch {
				case r.Replied != nil:
					state = "replied " + *r.Replied
				case r.Overdue:
					state = "OVERDUE"
				}
				out = append(out, []string{review.SanitizeLine(r.Number), strconv.FormatInt(r.Application, 10),
					strconv.Itoa(r.Round), r.Sent, orDash(r.ReplyBy), state})
			}
			return printTable(w, []string{"NUMBER", "APP", "ROUND", "SENT", "REPLY BY", "STATE"}, out)
		},
	}
	c.Flags().BoolVar(&overdue, "overdue", false, "only letters past their reply deadline without a reply")
	c.Flags().StringVar(&todayFlag, "today", "", "reckon overdue on this day instead of today (西暦 or 和暦)")
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document (FORMATS.md §4)")
	return c
}

func dateOrEmpty(d review.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
