package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"

	"shinsa/criteria"
	"shinsa/review"
)

func init() { register(newCriteriaCmd) }

// criteriaVerbs are further `shinsa criteria` verbs defined in other files
// (criteria import lives with the case-file verbs); they call
// registerCriteria from init.
var criteriaVerbs []func() *cobra.Command

func registerCriteria(c func() *cobra.Command) { criteriaVerbs = append(criteriaVerbs, c) }

// readCatalogTable reads a catalog published as a CSV or XLSX table. It is
// nil until the intake side provides one; validate then says so plainly.
var readCatalogTable func(name string, data []byte, scheme, edition string) (*criteria.Catalog, error)

func newCriteriaCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "criteria",
		Short: "List, show and validate disclosure catalogs and guidelines",
		Long: `The criteria are what each disclosure row must state and the guideline clauses
behind it: one catalog per scheme edition (ASP・SaaS, IaaS・PaaS, データセンター,
医療情報 ASP・SaaS, 特定個人情報 ASP・SaaS) and the guidelines its rows map to.

shinsa embeds reference editions (ref-2026) written by the shinsa project from
the public structure of the MIC guidelines; they are not the official text. An
official edition loads from the same JSON shape (FORMATS.md §3).`,
		Example: `  shinsa criteria list
  shinsa criteria show asp-saas
  shinsa criteria show ppc-mynumber --json
  shinsa criteria validate asp-saas-2027.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	c.AddCommand(newCriteriaListCmd(), newCriteriaShowCmd(), newCriteriaValidateCmd())
	for _, v := range criteriaVerbs {
		c.AddCommand(v())
	}
	return c
}

// criteriaRegistry is the embedded reference editions, or with --case those
// plus every edition stored in that case file.
func criteriaRegistry(cmd *cobra.Command, casePath string) (*criteria.Registry, error) {
	if casePath == "" {
		return criteria.Reference(), nil
	}
	s, err := openCase(casePath)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	reg, err := s.Registry(cmd.Context())
	if err != nil {
		return nil, bad(err)
	}
	return reg, nil
}

type criteriaList struct {
	Schemes    []listScheme    `json:"schemes"`
	Guidelines []listGuideline `json:"guidelines"`
}

type listScheme struct {
	Scheme   string        `json:"scheme"`
	Title    string        `json:"title"`
	Editions []listEdition `json:"editions"`
}

type listEdition struct {
	Edition    string `json:"edition"`
	Title      string `json:"title"`
	Published  string `json:"published,omitempty"`
	Items      int    `json:"items"`
	Provenance string `json:"provenance"`
	Test       bool   `json:"test"`
	Latest     bool   `json:"latest"` // what an application without an edition is reviewed against
}

type listGuideline struct {
	Guideline    string           `json:"guideline"`
	Edition      string           `json:"edition"`
	Title        string           `json:"title"`
	Issuer       string           `json:"issuer"`
	Clauses      int              `json:"clauses"`
	Source       *criteria.Source `json:"source,omitempty"`
	SupersededBy string           `json:"superseded_by,omitempty"`
}

func listOf(reg *criteria.Registry) criteriaList {
	out := criteriaList{Schemes: []listScheme{}, Guidelines: []listGuideline{}}
	for _, s := range reg.Schemes() {
		ls := listScheme{Scheme: s, Title: criteria.SchemeTitle(s)}
		latest, _ := reg.Latest(s)
		for _, e := range reg.Editions(s) {
			c, err := reg.Catalog(s, e)
			if err != nil {
				continue
			}
			ls.Editions = append(ls.Editions, listEdition{Edition: c.Edition, Title: c.Title, Published: c.Published,
				Items: len(c.Items), Provenance: c.Provenance, Test: c.Test, Latest: c == latest})
		}
		out.Schemes = append(out.Schemes, ls)
	}
	for _, g := range reg.Guidelines() {
		lg := listGuideline{Guideline: g.ID, Edition: g.Edition, Title: g.Title, Issuer: g.Issuer, Clauses: len(g.Clauses), Source: g.Source}
		if g.SupersededBy != nil {
			lg.SupersededBy = g.SupersededBy.Guideline
		}
		out.Guidelines = append(out.Guidelines, lg)
	}
	return out
}

func newCriteriaListCmd() *cobra.Command {
	var asJSON bool
	var casePath string
	c := &cobra.Command{
		Use:   "list",
		Short: "List the schemes with their catalog editions, and the guidelines",
		Long: `List every scheme with its catalog editions (title, publication month, number of
rows; test editions are marked and never taken as the latest), then every
guideline with its edition, issuer and number of clauses.

With --case, editions imported into that case file are listed too.`,
		Example: `  shinsa criteria list
  shinsa criteria list --json | jq '.schemes[] | {scheme, items: .editions[0].items}'
  shinsa criteria list --case review-2026.shinsa`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			reg, err := criteriaRegistry(cmd, casePath)
			if err != nil {
				return err
			}
			l := listOf(reg)
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), l)
			}
			return printCriteriaList(cmd.OutOrStdout(), l)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document")
	c.Flags().StringVar(&casePath, "case", "", "also list the editions stored in this case file")
	return c
}

func printCriteriaList(w io.Writer, l criteriaList) error {
	var rows [][]string
	for _, s := range l.Schemes {
		for i, e := range s.Editions {
			scheme := s.Scheme
			if i > 0 {
				scheme = ""
			}
			note := ""
			switch {
			case e.Latest:
				note = "latest"
			case e.Test:
				note = "test"
			}
			rows = append(rows, []string{scheme, line(e.Edition), line(e.Published), strconv.Itoa(e.Items), note, line(e.Title)})
		}
	}
	if err := printTable(w, []string{"SCHEME", "EDITION", "PUBLISHED", "ITEMS", "", "TITLE"}, rows); err != nil {
		return err
	}
	fmt.Fprintln(w)
	rows = rows[:0]
	for _, g := range l.Guidelines {
		status := "in force"
		if g.SupersededBy != "" {
			status = "→ " + g.SupersededBy
		}
		rows = append(rows, []string{line(g.Guideline), line(g.Edition), strconv.Itoa(g.Clauses), line(g.Issuer), line(status), line(g.Title)})
	}
	return printTable(w, []string{"GUIDELINE", "EDITION", "CLAUSES", "ISSUER", "STATUS", "TITLE"}, rows)
}

// line makes catalog text (which may come from an imported file) safe for
// one table cell.
func line(s string) string { return review.SanitizeLine(s) }

func newCriteriaShowCmd() *cobra.Command {
	var asJSON bool
	var edition, casePath string
	c := &cobra.Command{
		Use:   "show SCHEME|GUIDELINE",
		Short: "Show a catalog's rows or a guideline's clauses",
		Long: `Show one catalog edition of a scheme — every row with its 必須/選択 flag, what it
must state, its form rules and the guideline clauses it maps to — or one
guideline's clause tree.

Without --edition the latest edition is shown (test editions are passed over).
--json prints the catalog or guideline in the shape of FORMATS.md §3, the
same shape 'criteria validate' and the case file accept.`,
		Example: `  shinsa criteria show asp-saas
  shinsa criteria show asp-saas --edition ref-2026
  shinsa criteria show medical-asp-saas --json | jq '.items[] | select(.category == "medical-end")'
  shinsa criteria show ppc-mynumber`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			reg, err := criteriaRegistry(cmd, casePath)
			if err != nil {
				return err
			}
			name := args[0]
			if g, gerr := reg.Guideline(name); gerr == nil {
				if edition != "" && edition != g.Edition {
					return fail(exitBad, "guideline %s: this registry holds edition %q, not %q", name, g.Edition, edition)
				}
				if asJSON {
					return writeJSON(cmd.OutOrStdout(), g)
				}
				return printGuideline(cmd.OutOrStdout(), reg, g)
			}
			if !containsString(reg.Schemes(), name) {
				var gl []string
				for _, g := range reg.Guidelines() {
					gl = append(gl, g.ID)
				}
				return fail(exitBad, "%q is neither a scheme (%s) nor a guideline (%s)", name,
					strings.Join(reg.Schemes(), ", "), strings.Join(gl, ", "))
			}
			cat, err := reg.Catalog(name, edition)
			if err != nil {
				if casePath == "" && edition != "" {
					return fail(exitBad, "%v; to see an edition imported into a case file, add --case CASEFILE", err)
				}
				return bad(err)
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), cat)
			}
			return printCatalog(cmd.OutOrStdout(), cat)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the catalog or guideline as JSON (FORMATS.md §3)")
	c.Flags().StringVar(&edition, "edition", "", "the edition to show (default: the latest)")
	c.Flags().StringVar(&casePath, "case", "", "also look in the editions stored in this case file")
	return c
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func printCatalog(w io.Writer, c *criteria.Catalog) error {
	req := 0
	for _, it := range c.Items {
		if it.Required {
			req++
		}
	}
	fmt.Fprintf(w, "%s (%s) edition %s", line(c.Title), line(c.Scheme), line(c.Edition))
	if c.Published != "" {
		fmt.Fprintf(w, ", published %s", line(c.Published))
	}
	if c.Test {
		fmt.Fprint(w, ", test edition")
	}
	fmt.Fprintf(w, ": %d rows (%d 必須 / %d 選択)\n", len(c.Items), req, len(c.Items)-req)
	if c.Provenance != "" {
		fmt.Fprintln(w, line(c.Provenance))
	}
	if len(c.Guidelines) > 0 {
		var uses []string
		for _, u := range c.Guidelines {
			uses = append(uses, line(u.Guideline)+" "+line(u.Edition))
		}
		fmt.Fprintf(w, "clauses cite: %s\n", strings.Join(uses, ", "))
	}
	rows := [][]string{{"ID", "必須", "審査対象項目", "記述内容", "形式", "条項"}}
	for _, it := range c.Items {
		flag := "選択"
		if it.Required {
			flag = "必須"
		}
		var refs []string
		for _, r := range it.Clauses {
			refs = append(refs, r.Guideline+"/"+r.Clause+" ("+r.Relation+")")
		}
		rows = append(rows, []string{line(it.ID), flag, line(it.Title), line(it.Description),
			line(constraintText(it.Constraints)), line(strings.Join(refs, ", "))})
	}
	// One alignment for the whole table; category headings sit between the
	// rows without widening any column.
	lines := alignRows(rows)
	var b strings.Builder
	b.WriteString("\n" + lines[0] + "\n")
	cat := ""
	for i, it := range c.Items {
		if it.Category != cat {
			cat = it.Category
			title := cat
			if k, ok := c.Category(cat); ok {
				title = k.Title
			}
			b.WriteString("【" + line(title) + "】\n")
		}
		b.WriteString(lines[i+1] + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// alignRows pads cells to their column's display width (CJK characters take
// two cells) and drops trailing blanks.
func alignRows(rows [][]string) []string {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], runewidth.StringWidth(c))
		}
	}
	out := make([]string, len(rows))
	for n, r := range rows {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-runewidth.StringWidth(c)+2))
			}
		}
		out[n] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// constraintText is an item's form rules in a few words.
func constraintText(k criteria.Constraints) string {
	parts := []string{k.Kind}
	if k.MaxChars > 0 {
		parts = append(parts, fmt.Sprintf("%d字以内", k.MaxChars))
	}
	if k.Unit != "" {
		parts = append(parts, "単位 "+k.Unit)
	}
	if k.Seireki {
		parts = append(parts, "西暦")
	}
	if k.Period {
		parts = append(parts, "決算期")
	}
	if len(k.Choices) > 0 {
		parts = append(parts, strings.Join(k.Choices, "／"))
	}
	if k.Pattern != "" {
		parts = append(parts, "書式 "+k.Pattern)
	}
	return strings.Join(parts, " ")
}

func printGuideline(w io.Writer, reg *criteria.Registry, g *criteria.Guideline) error {
	fmt.Fprintf(w, "%s  %s\nedition %s, %s, %d clauses\n", line(g.ID), line(g.Title), line(g.Edition), line(g.Issuer), len(g.Clauses))
	if s := g.Source; s != nil {
		fmt.Fprintf(w, "source: %s, %s, %s, %s\n  %s\n", line(s.Title), line(s.Edition), line(s.Issuer), line(s.Date), line(s.URL))
		if s.Note != "" {
			fmt.Fprintf(w, "  (%s)\n", line(s.Note))
		}
	}
	if sb := g.SupersededBy; sb != nil {
		next := line(sb.Guideline)
		if n, err := reg.Guideline(sb.Guideline); err == nil {
			next += " (" + line(n.Title) + " " + line(n.Edition) + ")"
		}
		fmt.Fprintf(w, "SUPERSEDED by %s", next)
		if chain := reg.SuccessorChain(g.ID); len(chain) > 1 {
			fmt.Fprintf(w, "; in force today: %s", line(chain[len(chain)-1]))
		}
		fmt.Fprintln(w)
		if sb.Note != "" {
			fmt.Fprintf(w, "  %s\n", line(sb.Note))
		}
	}
	if g.Provenance != "" {
		fmt.Fprintln(w, line(g.Provenance))
	}
	fmt.Fprintln(w)
	successor := map[string][]string{}
	if sb := g.SupersededBy; sb != nil {
		for _, cs := range sb.Clauses {
			successor[cs.From] = cs.To
		}
	}
	depth := func(cl criteria.Clause) int {
		d := 0
		for p := cl.Parent; p != "" && d <= len(g.Clauses); d++ {
			parent, _ := g.Clause(p)
			p = parent.Parent
		}
		return d
	}
	var rows [][]string
	for _, cl := range g.Clauses {
		num := cl.Numbering
		if num == "" {
			num = "-"
		}
		row := []string{strings.Repeat("  ", depth(cl)) + line(cl.ID), num, line(cl.Title)}
		if g.SupersededBy != nil {
			var to []string
			for _, t := range successor[cl.ID] {
				to = append(to, line(g.SupersededBy.Guideline+"/"+t))
			}
			row = append(row, strings.Join(to, ", "))
		}
		rows = append(rows, row)
	}
	head := []string{"CLAUSE", "NUMBERING", "TITLE"}
	if g.SupersededBy != nil {
		head = append(head, "NOW")
	}
	return printTable(w, head, rows)
}

type validateResult struct {
	File     string             `json:"file"`
	Kind     string             `json:"kind"` // catalog, guideline, editionmap
	OK       bool               `json:"ok"`
	Count    int                `json:"count"` // items, clauses or entries
	Problems []criteria.Problem `json:"problems"`
}

func newCriteriaValidateCmd() *cobra.Command {
	var asJSON bool
	var with []string
	var scheme, edition string
	c := &cobra.Command{
		Use:   "validate FILE",
		Short: "Check a catalog, guideline or edition map file",
		Long: `Check a catalog edition, a guideline or an edition map (JSON, FORMATS.md §3),
or a catalog as a CSV/XLSX table (then --scheme and --edition name it),
before it is imported: item ids unique and shaped N or N.M, categories,
form rules, relations, and that every clause reference resolves to a known
guideline clause; for guidelines that the clause tree is sound; for edition
maps that both editions are known and every entry fits its kind.

Clause references resolve against the embedded guidelines, plus any file
given with --with (a guideline, or the catalogs an edition map joins).

Exit 0 and "ok: N items" when the file is fine; exit 2 with one line per
problem (FILE: WHERE: WHAT) when it is not.`,
		Example: `  shinsa criteria validate asp-saas-2027.json
  shinsa criteria validate medical-2027.json --with mhlw-medical-sys-6.1.json
  shinsa criteria validate asp-saas.2026-to-2027.json --with asp-saas-2027.json
  shinsa criteria validate 開示項目_公式.xlsx --scheme asp-saas --edition official-2027`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			file := args[0]
			reg := criteria.Reference().Clone()
			for _, f := range with {
				if err := addToRegistry(reg, f); err != nil {
					return err
				}
			}
			res, err := validateFile(reg, file, scheme, edition)
			if err != nil {
				return err
			}
			if asJSON {
				if err := writeJSON(cmd.OutOrStdout(), res); err != nil {
					return err
				}
			} else if res.OK {
				unit := map[string]string{criteria.DocCatalog: "items", criteria.DocGuideline: "clauses", criteria.DocEditionMap: "entries"}[res.Kind]
				fmt.Fprintf(cmd.OutOrStdout(), "ok: %d %s\n", res.Count, unit)
			} else {
				for _, p := range res.Problems {
					fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s\n", line(file), line(p.Error()))
				}
			}
			if !res.OK {
				return fail(exitBad, "%s: %d problem(s) in this %s", file, len(res.Problems), res.Kind)
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, `print {"file","kind","ok","count","problems":[{"where","message"}]}`)
	c.Flags().StringArrayVar(&with, "with", nil, "a guideline or catalog JSON file to know while validating (repeatable)")
	c.Flags().StringVar(&scheme, "scheme", "", "the scheme of a CSV/XLSX catalog table")
	c.Flags().StringVar(&edition, "edition", "", "the edition of a CSV/XLSX catalog table")
	return c
}

// readInput reads a file named on the command line, with an error that names
// the file and the cause once.
func readInput(name string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fail(exitBad, "%s: cannot read: %v", name, err)
	}
	return data, nil
}

// addToRegistry loads a --with file: guidelines and catalogs are added so
// that the file under validation can refer to them.
func addToRegistry(reg *criteria.Registry, name string) error {
	data, err := readInput(name)
	if err != nil {
		return err
	}
	switch criteria.Detect(data) {
	case criteria.DocGuideline:
		g, err := criteria.ParseGuideline(data)
		if err == nil {
			err = reg.AddGuideline(g)
		}
		if err != nil {
			return fail(exitBad, "%s (--with): %v", name, err)
		}
	case criteria.DocCatalog:
		c, err := criteria.ParseCatalog(data)
		if err == nil {
			err = reg.AddCatalog(c)
		}
		if err != nil {
			return fail(exitBad, "%s (--with): %v", name, err)
		}
	default:
		return fail(exitBad, "%s (--with): not a guideline or catalog JSON document", name)
	}
	return nil
}

func validateFile(reg *criteria.Registry, file, scheme, edition string) (validateResult, error) {
	data, err := readInput(file)
	if err != nil {
		return validateResult{}, err
	}
	res := validateResult{File: file, Kind: criteria.Detect(data)}
	switch res.Kind {
	case criteria.DocCatalog:
		c, err := criteria.ParseCatalog(data)
		if err != nil {
			return res, fail(exitBad, "%s: %v", file, err)
		}
		res.Count, res.Problems = len(c.Items), criteria.Validate(c, reg)
	case criteria.DocGuideline:
		g, err := criteria.ParseGuideline(data)
		if err != nil {
			return res, fail(exitBad, "%s: %v", file, err)
		}
		res.Count, res.Problems = len(g.Clauses), criteria.ValidateGuideline(g)
	case criteria.DocEditionMap:
		m, err := criteria.ParseEditionMap(data)
		if err != nil {
			return res, fail(exitBad, "%s: %v", file, err)
		}
		res.Count, res.Problems = len(m.Entries), criteria.ValidateMap(m, reg)
	default:
		if !looksLikeTable(file, data) {
			if _, err := criteria.ParseCatalog(data); err != nil && bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
				return res, fail(exitBad, "%s: %v", file, err) // broken JSON: say where
			}
			return res, fail(exitBad, "%s: not a catalog, guideline or edition map (a JSON object with items, clauses or entries; FORMATS.md §3)", file)
		}
		if readCatalogTable == nil {
			return res, fail(exitBad, "%s: CSV/XLSX catalog tables cannot be validated by this build yet; save the catalog as JSON (FORMATS.md §3)", file)
		}
		if scheme == "" || edition == "" {
			return res, fail(exitBad, "%s: a CSV/XLSX catalog needs --scheme and --edition", file)
		}
		c, err := readCatalogTable(file, data, scheme, edition)
		if err != nil {
			return res, bad(err)
		}
		res.Kind = criteria.DocCatalog
		res.Count, res.Problems = len(c.Items), criteria.Validate(c, reg)
	}
	if res.Problems == nil {
		res.Problems = []criteria.Problem{}
	}
	res.OK = len(res.Problems) == 0
	return res, nil
}

// looksLikeTable tells a workbook or CSV from a JSON document that is
// merely not one of ours.
func looksLikeTable(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".xlsx", ".xls", ".tsv":
		return true
	}
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0"))
}
