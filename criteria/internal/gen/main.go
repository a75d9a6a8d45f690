// Command gen writes shinsa's reference catalogs, guidelines and edition maps
// (criteria/data/**.json) from the compact Go tables beside it.
//
// The JSON it writes is what the binary embeds and what people edit later;
// these tables are how the first editions were drafted, kept so that a
// systematic change (a new column, a renamed category) can be regenerated.
// Run from the criteria folder:
//
//	go generate ./criteria   (or: cd criteria && go run ./internal/gen -out data)
//
// Every document is validated before anything is written.
//
// Once a JSON file has been edited by hand it is the source of truth: running
// the generator again overwrites such edits, so either carry them into these
// tables first or only reformat the files with -fmt.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"shinsa/criteria"
)

const (
	edition   = "ref-2026"
	published = "2026-04"
)

// Relations, short.
const (
	S = criteria.RelSubset
	I = criteria.RelIntersects
	E = criteria.RelEqual
	P = criteria.RelSuperset
)

// no is one No of a table: its category, its 審査対象項目 and its rows.
type no struct {
	cat   string
	title string
	rows  []row
}

// row is one 記述内容 of a No.
type row struct {
	desc string
	req  bool
	k    criteria.Constraints
	refs []criteria.ClauseRef
}

func n(cat, title string, rows ...row) no { return no{cat, title, rows} }

func req(desc string, k criteria.Constraints, refs ...criteria.ClauseRef) row {
	return row{desc, true, k, refs}
}

func opt(desc string, k criteria.Constraints, refs ...criteria.ClauseRef) row {
	return row{desc, false, k, refs}
}

// Constraint builders.
func txt() criteria.Constraints { return criteria.Constraints{Kind: criteria.KindText} }
func txtN(max int) criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindText, MaxChars: max, Hint: strconv.Itoa(max) + "字以内"}
}
func date() criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindDate, Seireki: true, Hint: "西暦で記載（例: 2026年4月1日）"}
}
func year() criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindYear, Seireki: true, Hint: "西暦で記載"}
}
func money(period bool) criteria.Constraints {
	k := criteria.Constraints{Kind: criteria.KindMoney, Unit: "円", Period: period, Hint: "円又は千円で記載"}
	if period {
		k.Hint = "円又は千円で記載し、決算期を付す（例: 16,859,430(千円)[2022年12月期]）"
	}
	return k
}
func cnt(unit string) criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindCount, Unit: unit}
}
func pct(hint string) criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindText, Unit: "%", Hint: hint}
}
func url() criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindURL, Hint: "URLを記載"}
}
func yn() criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindYesNo, Hint: "有／無で記載し、有の場合は概要を付す"}
}
func ch(choices ...string) criteria.Constraints {
	return criteria.Constraints{Kind: criteria.KindChoice, Choices: choices}
}
func hint(k criteria.Constraints, h string) criteria.Constraints { k.Hint = h; return k }

// Clause reference builders, one per guideline.
func ref(g, clause, rel string) criteria.ClauseRef {
	return criteria.ClauseRef{Guideline: g, Clause: clause, Relation: rel}
}
func asp(clause, rel string) criteria.ClauseRef  { return ref("mic-asp-saas-sec", clause, rel) }
func mhlw(clause, rel string) criteria.ClauseRef { return ref("mhlw-medical-sys", clause, rel) }
func mmed(clause, rel string) criteria.ClauseRef { return ref("mic-asp-saas-medical", clause, rel) }
func meti(clause, rel string) criteria.ClauseRef { return ref("meti-medical-outsourcing", clause, rel) }
func ppc(clause, rel string) criteria.ClauseRef  { return ref("ppc-mynumber", clause, rel) }

// build numbers the Nos from 1 and turns them into a catalog: a No with one
// row gets id "N", one with several "N.1", "N.2", ….
func build(scheme, provenance string, cats []criteria.Category, nos []no) *criteria.Catalog {
	c := &criteria.Catalog{
		Scheme:     scheme,
		Edition:    edition,
		Title:      criteria.SchemeTitle(scheme),
		Provenance: provenance,
		Published:  published,
		Categories: cats,
	}
	for i, x := range nos {
		num := i + 1
		for j, r := range x.rows {
			id := strconv.Itoa(num)
			if len(x.rows) > 1 {
				id = fmt.Sprintf("%d.%d", num, j+1)
			}
			c.Items = append(c.Items, criteria.Item{
				ID: id, No: num, Category: x.cat, Title: x.title, Description: r.desc,
				Required: r.req, Constraints: r.k, Clauses: r.refs,
			})
		}
	}
	return c
}

func cat(id, title string) criteria.Category { return criteria.Category{ID: id, Title: title} }

func provenance(what string) string {
	return "shinsa reference edition: written by the shinsa project from the public structure of " + what +
		" and of published certified disclosure tables; not the official text. Load an official edition with `shinsa criteria import`."
}

func main() {
	out := flag.String("out", "data", "folder to write the JSON into")
	format := flag.Bool("fmt", false, "only rewrite the JSON files already in -out in canonical form (keeps hand edits)")
	flag.Parse()
	if *format {
		if err := reformat(*out); err != nil {
			fail(err)
		}
		return
	}

	r := criteria.NewRegistry()
	files := map[string]any{}
	for _, g := range guidelines() {
		if err := r.AddGuideline(g); err != nil {
			fail(err)
		}
		files[filepath.Join("guidelines", g.ID+".json")] = g
	}
	aspC := aspSaaS()
	test2, m := aspSaaSTest2(aspC)
	for _, c := range []*criteria.Catalog{aspC, iaasPaaS(), datacenter(), medical(), mynumber(), test2} {
		if err := r.AddCatalog(c); err != nil {
			fail(explain(err))
		}
		files[filepath.Join("catalogs", c.Scheme+"."+c.Edition+".json")] = c
	}
	if err := r.AddMap(m); err != nil {
		fail(explain(err))
	}
	files[filepath.Join("maps", m.Scheme+"."+m.From+".to."+m.To+".json")] = m

	for _, sub := range []string{"catalogs", "guidelines", "maps"} {
		old, _ := filepath.Glob(filepath.Join(*out, sub, "*.json"))
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				fail(err)
			}
		}
		if err := os.MkdirAll(filepath.Join(*out, sub), 0o755); err != nil {
			fail(err)
		}
	}
	for name, v := range files {
		data, err := encode(v)
		if err == nil {
			err = os.WriteFile(filepath.Join(*out, name), data, 0o644)
		}
		if err != nil {
			fail(err)
		}
	}
	fmt.Printf("wrote %d files to %s\n", len(files), *out)
}

// encode is the canonical form of the data files: two-space indent, field
// order of the Go types, < > & left as they are, a final newline.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// reformat rewrites every JSON file below dir in canonical form, so that a
// hand-edited file passes the package's canonical-form test without the
// generator overwriting the edit.
func reformat(dir string) error {
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".json" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var v any
		switch criteria.Detect(data) {
		case criteria.DocCatalog:
			v, err = criteria.ParseCatalog(data)
		case criteria.DocGuideline:
			v, err = criteria.ParseGuideline(data)
		case criteria.DocEditionMap:
			v, err = criteria.ParseEditionMap(data)
		default:
			err = fmt.Errorf("not a catalog, guideline or edition map")
		}
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		canon, err := encode(v)
		if err != nil || bytes.Equal(canon, data) {
			return err
		}
		fmt.Println("reformatted", p)
		return os.WriteFile(p, canon, 0o644)
	})
}

func explain(err error) error {
	if ve, ok := err.(*criteria.ValidationError); ok {
		var b bytes.Buffer
		b.WriteString(ve.Subject + ":\n")
		for _, p := range ve.Problems {
			b.WriteString("  " + p.Error() + "\n")
		}
		return fmt.Errorf("%s", b.String())
	}
	return err
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
