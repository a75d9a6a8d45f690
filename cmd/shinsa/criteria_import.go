package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"shinsa/criteria"
	"shinsa/store"
)

func init() { registerCriteria(newCriteriaImportCmd) }

func newCriteriaImportCmd() *cobra.Command {
	var scheme, edition string
	c := &cobra.Command{
		Use:   "import CASEFILE FILE",
		Short: "Store a catalog edition, guideline or edition map in a case file",
		Long: `Store an official catalog edition (or a guideline, or an edition map) inside a
case file, so the file stays readable on any machine, whatever editions that
machine's shinsa embeds. FILE is JSON in the shape of 'criteria show --json'
(FORMATS.md §3), or a CSV/XLSX table with the columns of the 開示項目 sheet
plus 必須/選択 and 対応条項 (then --scheme and --edition name it).

The file is validated first against everything the case file already knows
(clause references must resolve); nothing is stored when a problem is found.
Import guidelines before the catalogs that cite them.`,
		Example: `  shinsa criteria import review.shinsa asp-saas-2027.json
  shinsa criteria import review.shinsa ppc-mynumber-2024.json
  shinsa criteria import review.shinsa 開示項目_公式.xlsx --scheme asp-saas --edition official-2027`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			path, file := args[0], args[1]
			data, err := os.ReadFile(file)
			if err != nil {
				return fail(exitBad, "%s: %v", file, unwrapOS(err))
			}
			s, err := openCase(path)
			if err != nil {
				return err
			}
			defer s.Close()
			reg, err := s.Registry(ctx)
			if err != nil {
				return bad(err)
			}
			kind, name, ed, body, count, err := parseCriteriaFile(file, data, reg, scheme, edition)
			if err != nil {
				return err
			}
			if err := embeddedClash(kind, name, ed, body); err != nil {
				return fail(exitBad, "%s: %v; %s is unchanged", file, err, path)
			}
			was, err := s.StoredCatalog(ctx, kind, name, ed)
			if err != nil {
				return bad(err)
			}
			if err := s.ImportCatalog(ctx, kind, name, ed, body, reviewer(cmd)); err != nil {
				var re *store.CatalogRedefinedError
				if errors.As(err, &re) {
					return fail(exitBad, "%s: %v; %s is unchanged", file, err, path)
				}
				return bad(err)
			}
			if was != "" {
				fmt.Fprintf(cmd.OutOrStdout(), "%s %s %s is already stored in %s with the same body: nothing to do\n", kind, name, ed, path)
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "stored %s %s %s (%d %s) in %s\n", kind, name, ed, count, unitOf(kind), path)
			return nil
		},
	}
	c.Flags().StringVar(&scheme, "scheme", "", "scheme of a CSV/XLSX catalog (asp-saas, iaas-paas, datacenter, medical-asp-saas, mynumber-asp-saas)")
	c.Flags().StringVar(&edition, "edition", "", "edition name of a CSV/XLSX catalog")
	return c
}

// embeddedClash refuses a file that reuses the name of an edition this
// shinsa embeds with another body: stored criteria win over embedded ones,
// so it would silently change the rows of every application of that edition.
func embeddedClash(kind, name, edition string, body []byte) error {
	ref := criteria.Reference()
	var have any
	switch kind {
	case store.KindCatalog:
		if c, err := ref.Catalog(name, edition); err == nil && c.Edition == edition {
			have = c
		}
	case store.KindGuideline:
		if g, err := ref.Guideline(name); err == nil && g.Edition == edition {
			have = g
		}
	case store.KindEditionMap:
		for _, m := range ref.Maps() {
			if m.Scheme == name && m.From+">"+m.To == edition {
				have = m
			}
		}
	}
	if have == nil {
		return nil
	}
	b, err := json.Marshal(have)
	if err != nil || bytes.Equal(b, body) {
		return nil
	}
	return fmt.Errorf("%s %s %s is an edition this shinsa embeds (sha256 %.12s…), and this file gives it a different body (sha256 %.12s…): criteria never change under a name; import it under a new edition name",
		kind, name, edition, sha256Hex(b), sha256Hex(body))
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func unitOf(kind string) string {
	switch kind {
	case store.KindGuideline:
		return "clauses"
	case store.KindEditionMap:
		return "entries"
	}
	return "items"
}

// parseCriteriaFile reads and validates a criteria file and returns what to
// store: its kind, name (scheme or guideline id), edition, canonical JSON body
// and size.
func parseCriteriaFile(file string, data []byte, reg *criteria.Registry, scheme, edition string) (kind, name, ed string, body []byte, n int, err error) {
	problems := func(ps []criteria.Problem) error {
		if len(ps) == 0 {
			return nil
		}
		more := ""
		if len(ps) > 1 {
			more = fmt.Sprintf(" (and %d more problems: run 'shinsa criteria validate %s')", len(ps)-1, file)
		}
		return fail(exitBad, "%s: %s%s", file, ps[0], more)
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		if readCatalogTable == nil {
			return "", "", "", nil, 0, fail(exitBad, "%s: not JSON, and this shinsa cannot read catalog tables", file)
		}
		if scheme == "" || edition == "" {
			return "", "", "", nil, 0, fail(exitBad, "%s: a CSV/XLSX catalog needs --scheme and --edition", file)
		}
		c, err := readCatalogTable(filepath.Base(file), data, scheme, edition)
		if err != nil {
			return "", "", "", nil, 0, bad(err)
		}
		if err := problems(criteria.Validate(c, reg)); err != nil {
			return "", "", "", nil, 0, err
		}
		b, _ := json.Marshal(c)
		return store.KindCatalog, c.Scheme, c.Edition, b, len(c.Items), nil
	}
	if !json.Valid(data) {
		_, err := criteria.ParseCatalog(data) // for the line:column of the syntax error
		return "", "", "", nil, 0, fail(exitBad, "%s: %v", file, err)
	}
	switch criteria.Detect(data) {
	case "catalog":
		c, err := criteria.ParseCatalog(data)
		if err != nil {
			return "", "", "", nil, 0, fail(exitBad, "%s: %v", file, err)
		}
		if err := problems(criteria.Validate(c, reg)); err != nil {
			return "", "", "", nil, 0, err
		}
		b, _ := json.Marshal(c)
		return store.KindCatalog, c.Scheme, c.Edition, b, len(c.Items), nil
	case "guideline":
		g, err := criteria.ParseGuideline(data)
		if err != nil {
			return "", "", "", nil, 0, fail(exitBad, "%s: %v", file, err)
		}
		if err := problems(criteria.ValidateGuideline(g)); err != nil {
			return "", "", "", nil, 0, err
		}
		b, _ := json.Marshal(g)
		return store.KindGuideline, g.ID, g.Edition, b, len(g.Clauses), nil
	case "editionmap":
		m, err := criteria.ParseEditionMap(data)
		if err != nil {
			return "", "", "", nil, 0, fail(exitBad, "%s: %v", file, err)
		}
		if err := problems(criteria.ValidateMap(m, reg)); err != nil {
			return "", "", "", nil, 0, err
		}
		b, _ := json.Marshal(m)
		return store.KindEditionMap, m.Scheme, m.From + ">" + m.To, b, len(m.Entries), nil
	}
	return "", "", "", nil, 0, fail(exitBad, "%s: JSON that is neither a catalog, a guideline nor an edition map (see FORMATS.md §3)", file)
}

func unwrapOS(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
