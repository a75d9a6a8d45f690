package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	xterm "github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"shinsa/criteria"
	"shinsa/demo"
	"shinsa/review"
	"shinsa/store"
)

func init() { register(newDemoCmd) }

func newDemoCmd() *cobra.Command {
	var dir string
	var size int
	var noOpen bool
	var seed uint64
	var files string
	c := &cobra.Command{
		Use:   "demo",
		Short: "Write a demo case file with sample applications and open it",
		Long: `Write a case file of realistic sample applications — one per scheme
(ASP・SaaS, IaaS・PaaS, データセンター, 医療情報 ASP・SaaS, 特定個人情報 ASP・SaaS),
a certified application with its renewal, and a second correction round — and
open it in the workbench (with --no-open, or without a terminal, it lists the
applications instead). The applicants and their answers are fictional.

The file is DIR/demo.shinsa (an earlier demo file there is replaced). With
--size N it writes an archive of N applications instead (10% renewals,
findings on every row of half of them), as the benchmarks use.

With --files DIR it writes no case file but example submissions, as an
applicant would send them, for trying the import and the review cycle
yourself (README: "A day with shinsa"): new.xlsx (申請書 + 開示項目),
new.cp932.csv and new.json (the same answers as CP932 CSV and as JSON),
new-round2.xlsx (the corrected resubmission) and renewal.xlsx (two years on).`,
		Example: `  shinsa demo
  shinsa demo --dir . --no-open && shinsa report demo.shinsa 3 --kind letter
  shinsa demo --size 2000 --dir /tmp/archive --no-open
  shinsa demo --files example`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if files != "" {
				return writeDemoFiles(cmd, files)
			}
			if dir == "" {
				dir = filepath.Join(os.TempDir(), "shinsa-demo")
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return bad(fmt.Errorf("%s: %w", dir, err))
			}
			name := "demo.shinsa"
			if size > 0 {
				name = fmt.Sprintf("archive-%d.shinsa", size)
			}
			path := filepath.Join(dir, name)
			for _, suf := range []string{"", "-wal", "-shm"} {
				if err := os.Remove(path + suf); err != nil && !os.IsNotExist(err) {
					return bad(fmt.Errorf("%s: cannot replace the earlier demo file: %w", path, err))
				}
			}
			who := reviewer(cmd)
			s, err := store.Create(path, who)
			if err != nil {
				return bad(err)
			}
			opt := demo.Options{Today: review.DateOf(time.Now()), Reviewer: who, Seed: seed}
			if size > 0 {
				err = demo.Archive(cmd.Context(), s, size, opt)
			} else {
				_, err = demo.Small(cmd.Context(), s, opt)
			}
			s.Close()
			if err != nil {
				return bad(fmt.Errorf("%s: writing the demo: %w", path, err))
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s\n", path)
			if noOpen || !isTerminal(os.Stdout) || !isTerminal(os.Stdin) {
				s, err := openCase(path)
				if err != nil {
					return err
				}
				defer s.Close()
				sums, err := s.Summaries(cmd.Context())
				if err != nil {
					return bad(err)
				}
				counts, err := s.ItemCounts(cmd.Context())
				if err != nil {
					return bad(err)
				}
				printList(cmd.OutOrStdout(), rowsOf(sums, counts, review.DateOf(time.Now())))
				if !noOpen {
					fmt.Fprintf(cmd.ErrOrStderr(), "not a terminal: open it with 'shinsa %s' in one\n", path)
				}
				return nil
			}
			return runOpen(cmd, path)
		},
	}
	c.Flags().StringVar(&dir, "dir", "", "where to write the demo case file (default: the system's temporary directory)")
	c.Flags().IntVar(&size, "size", 0, "write an archive of N applications instead of the small demo")
	c.Flags().BoolVar(&noOpen, "no-open", false, "write the file and list it; do not open the workbench")
	c.Flags().Uint64Var(&seed, "seed", 1, "seed of the generated data (same seed, same data)")
	c.Flags().StringVar(&files, "files", "", "write example submission files into DIR instead of a case file")
	c.Flags().String("lang", "", "language of the workbench: en or ja (default: ja when LANG is ja_JP.*)")
	return c
}

// isTerminal tells a terminal from a file, a pipe or /dev/null (a
// character device too, which a mode test takes for a terminal).
func isTerminal(f *os.File) bool { return xterm.IsTerminal(f.Fd()) }

// writeDemoFiles writes the example submissions into dir, each file
// atomically, and lists what it wrote.
func writeDemoFiles(cmd *cobra.Command, dir string) error {
	fs, err := demo.Files(criteria.Reference())
	if err != nil {
		return bad(fmt.Errorf("example files: %w", err))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return bad(fmt.Errorf("%s: %w", dir, err))
	}
	abs, _ := filepath.Abs(dir)
	for _, f := range fs {
		p := filepath.Join(dir, f.Name)
		data := f.Data
		if err := writeFileAtomic(p, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
			return bad(err)
		}
		fmt.Fprintf(cmd.OutOrStdout(), "%-16s %s\n", f.Name, f.About)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "wrote %d example submissions in %s\n", len(fs), abs)
	return nil
}
