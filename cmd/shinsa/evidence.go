package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"shinsa/report"
	"shinsa/review"
	"shinsa/store"
)

func init() { register(newEvidenceCmd) }

// evidenceList is `evidence --json`.
type evidenceList struct {
	Application int64                `json:"application"`
	Files       []store.EvidenceFile `json:"files"`
}

func newEvidenceCmd() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "evidence CASEFILE APP",
		Short: "List an application's evidence documents, with their rows and hashes",
		Long: `List the evidence documents kept with an application: the name as submitted,
size, media type, SHA-256, the rows each is linked to, and who added it when.

Evidence is stored inside the case file, content-addressed by SHA-256: the same
bytes are kept once however many applications and rounds name them. Add files
with 'shinsa evidence add', write one out with 'shinsa evidence get'; 'shinsa
verify' rehashes every stored file.`,
		Example: `  shinsa evidence add review.shinsa 3 登記簿.pdf 決算書.pdf --rows 4.1,9
  shinsa evidence review.shinsa 3
  shinsa evidence get review.shinsa 3f2a9c1e -o /tmp/登記簿.pdf`,
		Args: cobra.ExactArgs(2),
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
			files, err := s.Evidence(ctx, id)
			if err != nil {
				return bad(err)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if files == nil {
					files = []store.EvidenceFile{}
				}
				return writeJSON(out, evidenceList{Application: id, Files: files})
			}
			if len(files) == 0 {
				fmt.Fprintf(out, "application %d has no evidence yet (add files with 'shinsa evidence add %s %d FILE…')\n", id, args[0], id)
				return nil
			}
			printEvidence(out, files)
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the list as JSON")
	c.AddCommand(newEvidenceAddCmd(), newEvidenceGetCmd())
	return c
}

func printEvidence(w io.Writer, files []store.EvidenceFile) {
	table := [][]string{{"NAME", "SIZE", "TYPE", "ROWS", "SHA-256", "ADDED"}}
	for _, f := range files {
		rows := strings.Join(f.Rows, ",")
		if rows == "" {
			rows = "-"
		}
		added := f.Added
		if len(added) >= 16 {
			added = added[:10] + " " + added[11:16]
		}
		table = append(table, []string{review.SanitizeLine(f.Name), store.FormatSize(f.Size), f.MediaType,
			review.SanitizeLine(rows), f.SHA256, added + " " + review.SanitizeLine(f.AddedBy)})
	}
	for _, l := range alignRows(table) {
		fmt.Fprintln(w, l)
	}
}

func newEvidenceAddCmd() *cobra.Command {
	var rows string
	lim := store.DefaultEvidenceLimits()
	maxFile, maxApp := byteSize(lim.File), byteSize(lim.App)
	c := &cobra.Command{
		Use:   "add CASEFILE APP FILE…",
		Short: "Keep evidence files with an application",
		Long: `Store evidence files in the case file with an application: each under its
name as submitted (a label only, never used as a path), its size, its media
type read from its content, its SHA-256, and who added it when (an event in
the log). A file is linked to the rows given with --rows and to every row whose
証跡 column (JSON "evidence") names it, with or without its extension.

Files are streamed in 1 MiB pieces, never whole in memory; bytes the case file
already holds are not stored again. All the files are added, or none.
Adding a file the application already holds under the same name only adds
row links. shinsa never opens, runs or renders the content.`,
		Example: `  shinsa evidence add review.shinsa 3 登記簿.pdf ISMS認証書.pdf
  shinsa evidence add review.shinsa 3 規程集.pdf --rows 4.1,9`,
		Args: cobra.MinimumNArgs(3),
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
			var items []string
			for _, r := range strings.FieldsFunc(rows, func(r rune) bool { return r == ',' || r == '、' || r == ' ' }) {
				if err := knownItem(ctx, s, id, r); err != nil {
					return fail(exitBad, "--rows: %v", err)
				}
				items = append(items, r)
			}
			var ins []store.EvidenceInput
			for _, name := range args[2:] {
				st, err := os.Stat(name)
				if err != nil {
					if errors.Is(err, os.ErrNotExist) {
						return fail(exitBad, "%s: no such file", name)
					}
					return bad(err)
				}
				if !st.Mode().IsRegular() {
					return fail(exitBad, "%s: not a regular file (give the document itself)", name)
				}
				if st.Size() > int64(maxFile) {
					return fail(exitBad, "%s: %s, larger than the limit of %s per file (--max-file)", name, store.FormatSize(st.Size()), store.FormatSize(int64(maxFile)))
				}
				f, err := os.Open(name)
				if err != nil {
					return bad(err)
				}
				defer f.Close()
				ins = append(ins, store.EvidenceInput{Name: filepath.Base(name), R: f, Rows: items})
			}
			added, err := s.AddEvidence(ctx, id, reviewer(cmd), store.EvidenceLimits{File: int64(maxFile), App: int64(maxApp)}, ins)
			if err != nil {
				var fe *store.FileError
				if errors.As(err, &fe) {
					hint := ""
					if errors.Is(err, store.ErrTooLarge) {
						hint = " (raise --max-file / --max-app if the office allows it)"
					}
					return fail(exitBad, "%s: %v%s; nothing was added", fe.Name, fe.Err, hint)
				}
				return bad(err)
			}
			out := cmd.OutOrStdout()
			for _, f := range added {
				how := "added"
				switch {
				case f.Already:
					how = "already held"
				case !f.Stored:
					how = "added (same bytes as a file already in the case file, stored once)"
				}
				rows := strings.Join(f.Rows, ",")
				if rows == "" {
					rows = "no row (its name is in no row's 証跡; link it with --rows)"
				} else {
					rows = "rows " + rows
				}
				fmt.Fprintf(out, "%s: %s, %s, %s; sha256 %s; %s\n", review.SanitizeLine(f.Name), how, store.FormatSize(f.Size), f.MediaType, f.SHA256, review.SanitizeLine(rows))
			}
			return nil
		},
	}
	c.Flags().StringVar(&rows, "rows", "", "link the files to these rows too (comma-separated item ids, e.g. 4.1,9)")
	c.Flags().Var(&maxFile, "max-file", "largest evidence file accepted")
	c.Flags().Var(&maxApp, "max-app", "most evidence one application may hold, all files together")
	return c
}

func newEvidenceGetCmd() *cobra.Command {
	var output string
	c := &cobra.Command{
		Use:   "get CASEFILE SHA256 -o FILE",
		Short: "Write a stored evidence file out",
		Long: `Write the stored evidence file with this SHA-256 (or the first 8 or more of its
digits, as 'shinsa evidence' lists them) to FILE. The file is written under a
temporary name, its hash checked, and then put in place: FILE is whole and
right, or absent. An existing file is never replaced.`,
		Example: "  shinsa evidence get review.shinsa 3f2a9c1e -o ~/確認用/登記簿.pdf",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if output == "" {
				return fail(exitBad, "evidence get: -o FILE is required (where to write the document)")
			}
			if _, err := os.Lstat(output); err == nil {
				return fail(exitBad, "%s: already exists; evidence get never replaces a file", output)
			}
			if fi, err := os.Stat(filepath.Dir(output)); err != nil || !fi.IsDir() {
				return fail(exitBad, "%s: the folder %s does not exist", output, filepath.Dir(output))
			}
			s, err := openCase(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			sha, size, err := s.ResolveEvidence(ctx, args[1])
			if err != nil {
				return fail(exitBad, "%s: %v", args[0], err)
			}
			if err := writeEvidenceFile(cmd, s, sha, output); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%s, sha256 %s)\n", output, store.FormatSize(size), sha)
			return nil
		},
	}
	c.Flags().StringVarP(&output, "output", "o", "", "the file to write (must not exist)")
	return c
}

// writeEvidenceFile streams a stored file to dest through a temporary file
// beside it, checks its hash, and links it into place without replacing
// anything. The copy is private to the user (0600): evidence is an
// applicant's confidential document.
func writeEvidenceFile(cmd *cobra.Command, s *store.Store, sha, dest string) error {
	tmp, err := os.CreateTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".partial-*")
	if err != nil {
		return bad(err)
	}
	defer os.Remove(tmp.Name())
	if _, err := s.WriteEvidence(cmd.Context(), sha, tmp); err != nil {
		tmp.Close()
		if errors.Is(err, store.ErrEvidenceDamaged) {
			return fail(exitProblems, "%s: %v; nothing was written", s.Path(), err)
		}
		return bad(err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return bad(err)
	}
	if err := tmp.Close(); err != nil {
		return bad(err)
	}
	if err := os.Link(tmp.Name(), dest); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fail(exitBad, "%s: already exists; evidence get never replaces a file", dest)
		}
		return bad(err)
	}
	return nil
}

// printCitations says which stored version each citation names.
func printCitations(w io.Writer, app int64, item string, cs []store.Citation) {
	for _, c := range cs {
		page := ""
		if c.Page != "" {
			page = " p." + strings.TrimPrefix(strings.TrimPrefix(c.Page, "p."), "p")
		}
		fmt.Fprintf(w, "application %d item %s cites %s%s (sha256 %s)\n", app, review.SanitizeLine(item), review.SanitizeLine(c.Name), review.SanitizeLine(page), c.SHA256[:12])
	}
}

// evidenceForReport gives a report the application's citations and its
// evidence index.
func evidenceForReport(ctx context.Context, s *store.Store, id int64, in *report.Input) error {
	cites, err := s.Citations(ctx, id)
	if err != nil {
		return err
	}
	in.Citations = map[string][]report.Citation{}
	for item, cs := range cites {
		for _, c := range cs {
			in.Citations[item] = append(in.Citations[item], report.Citation{Name: c.Name, Page: c.Page, SHA256: c.SHA256})
		}
	}
	files, err := s.Evidence(ctx, id)
	if err != nil {
		return err
	}
	for _, f := range files {
		in.Evidence = append(in.Evidence, report.EvidenceFile{Name: f.Name, Size: f.Size, MediaType: f.MediaType, SHA256: f.SHA256, Rows: f.Rows})
	}
	return nil
}
