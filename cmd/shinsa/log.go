package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"shinsa/review"
	"shinsa/store"
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
			out := cmd.OutOrStdout()
			if f, ok := out.(*os.File); asJSON && !(ok && isTerminal(f)) {
				if err := streamEvents(cmd.Context(), out, s, app); err != nil {
					return bad(fmt.Errorf("%s: %w", args[0], err))
				}
				return nil
			}
			evs, err := s.Events(cmd.Context(), app)
			if err != nil {
				return bad(fmt.Errorf("%s: %w", args[0], err))
			}
			if asJSON {
				return writeJSON(out, map[string]any{"events": evs})
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
			return printTable(out, []string{"SEQ", "TIME", "ACTOR", "EVENT", "APP", "ITEM", "DETAIL"}, rows)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document")
	return c
}

// streamEvents writes `log --json` event by event, so its memory does not
// grow with the log (the whole document in memory was 340 MB at 150,000
// events). The bytes are those writeJSON gives for {"events": [...]}
// (TestLogJSONStreamsTheSameDocument), but for a terminal, which gets them
// indented from writeJSON.
func streamEvents(ctx context.Context, w io.Writer, s *store.Store, app int64) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var one bytes.Buffer
	enc := json.NewEncoder(&one)
	enc.SetEscapeHTML(false)
	n := 0
	err := s.EachEvent(ctx, app, func(e store.Event) error {
		one.Reset()
		if err := enc.Encode(e); err != nil {
			return err
		}
		sep := ","
		if n == 0 {
			sep = `{"events":[`
		}
		n++
		bw.WriteString(sep)
		_, err := bw.Write(escapeJSONControls(bytes.TrimSuffix(one.Bytes(), []byte("\n"))))
		return err
	})
	if err != nil {
		return err
	}
	if n == 0 {
		bw.WriteString(`{"events":null}` + "\n") // as encoding/json writes an empty list
	} else {
		bw.WriteString("]}\n")
	}
	return bw.Flush()
}
