package intake

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"shinsa/criteria"
)

// ReadCatalog reads an official catalog edition published as a table: the
// columns of the 開示項目 sheet (No or 項目ID, 審査対象項目, 記述内容) plus
// 必須/選択 and, optionally, 対応条項 (clause references such as
// mic-asp-saas-sec:III.1.1, one per line or separated by 、 or ;). The table
// may be a workbook or a CSV; a JSON file is read as a catalog document.
// Heading rows become categories. Rules the 記述内容 states in the words
// catalogs use — （100字以内）, （西暦） — become the item's constraints.
//
// The catalog is checked on its own (criteria.Validate without a registry);
// its clause references are checked when it is added to a registry.
func ReadCatalog(name string, data []byte, scheme, edition string) (*criteria.Catalog, error) {
	lim := DefaultLimits()
	if int64(len(data)) > lim.FileSize {
		return nil, errorf(name, "", "the file is %s, over the limit of %s", size(int64(len(data))), size(lim.FileSize))
	}
	var t *table
	switch Detect(data) {
	case FormJSON:
		return readCatalogJSON(name, data, scheme, edition)
	case FormOLE:
		return nil, errorf(name, "", "this is a legacy .xls or a password-protected workbook; save it as an unprotected .xlsx")
	case FormXLSX:
		w, err := openWorkbook(name, data, lim)
		if err != nil {
			return nil, err
		}
		defer w.close()
		if t, err = w.itemsTable(colTitle, colDesc, colReq); err != nil {
			return nil, err
		}
	default:
		var err error
		if t, err = csvTable(name, data, lim, colTitle, colDesc, colReq); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(scheme) == "" || strings.TrimSpace(edition) == "" {
		return nil, errorf(name, "", "a catalog table needs a scheme and an edition to be named")
	}
	c, places, err := t.catalog(scheme, edition)
	if err != nil {
		return nil, err
	}
	if ps := criteria.Validate(c, nil); len(ps) > 0 {
		p := ps[0]
		where := ""
		for i, pl := range places {
			if strings.HasPrefix(p.Where, fmt.Sprintf("items[%d]", i)) {
				where = pl
				break
			}
		}
		more := ""
		if len(ps) > 1 {
			more = fmt.Sprintf(" (and %d more problems)", len(ps)-1)
		}
		return nil, errorf(name, where, "%s%s", p.Message, more)
	}
	return c, nil
}

func readCatalogJSON(name string, data []byte, scheme, edition string) (*criteria.Catalog, error) {
	c, err := criteria.ParseCatalog(data)
	if err != nil {
		return nil, errorf(name, "", "%v", err)
	}
	if scheme != "" && c.Scheme != scheme {
		return nil, errorf(name, "scheme", "the catalog is for %q, not %q", c.Scheme, scheme)
	}
	if edition != "" && c.Edition != edition {
		return nil, errorf(name, "edition", "the catalog is edition %q, not %q", c.Edition, edition)
	}
	if ps := criteria.Validate(c, nil); len(ps) > 0 {
		return nil, errorf(name, ps[0].Where, "%s", ps[0].Message)
	}
	return c, nil
}

var (
	reMaxChars = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`([0-9]+)\s*(?:字|文字)以内`)
	})
	reHint = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[（(]([^（）()]*(?:字以内|文字以内|西暦)[^（）()]*)[）)]`)
	})
)

// catalogRow is one item row before ids are given: rows of one No get .1,
// .2, … when there are several, the bare No when there is one.
type catalogRow struct {
	no, sub int
	id      string // from a 項目ID column
	item    criteria.Item
	place   string
}

func (t *table) catalog(scheme, edition string) (*criteria.Catalog, []string, error) {
	c := &criteria.Catalog{
		Scheme:     scheme,
		Edition:    edition,
		Title:      criteria.SchemeTitle(scheme),
		Provenance: "imported from " + t.file,
	}
	var rows []catalogRow
	category, curNo, curTitle := "", 0, ""
	addCategory := func(title string) string {
		id := title
		for i := 2; slices.ContainsFunc(c.Categories, func(x criteria.Category) bool { return x.ID == id }); i++ {
			id = title + "-" + strconv.Itoa(i)
		}
		c.Categories = append(c.Categories, criteria.Category{ID: id, Title: title})
		return id
	}
	for _, r := range t.rows[t.head.index+1:] {
		num, numCol := t.numberCell(r)
		var no, sub int
		var err error
		if num != "" {
			no, sub, err = ParseItemNo(num)
		}
		if num == "" || err != nil {
			if t.isHeading(r) {
				if title := headingTitle(r); title != "" {
					category, curNo = addCategory(title), 0
				}
				continue
			}
			if err != nil {
				return nil, nil, errorf(t.file, t.where(r.n, numCol), "%v", err)
			}
			if curNo == 0 {
				return nil, nil, errorf(t.file, t.rowWhere(r.n), "this row has no No, and there is no No above it to continue")
			}
			no = curNo
		}
		if no != curNo {
			curTitle = ""
		}
		curNo = no
		if category == "" {
			category = addCategory("（分類なし）")
		}
		// A 審査対象項目 written once per No holds for its other rows.
		title, _ := t.get(r, colTitle)
		if title == "" {
			title = curTitle
		}
		curTitle = title
		desc, _ := t.get(r, colDesc)
		reqText, reqCol := t.get(r, colReq)
		required, err := parseRequired(reqText)
		if err != nil {
			return nil, nil, errorf(t.file, t.where(r.n, reqCol), "%v", err)
		}
		clauseText, clauseCol := t.get(r, colClauses)
		clauses, err := parseClauses(clauseText)
		if err != nil {
			return nil, nil, errorf(t.file, t.where(r.n, clauseCol), "%v", err)
		}
		cr := catalogRow{no: no, sub: sub, place: t.rowWhere(r.n), item: criteria.Item{
			No: no, Category: category, Title: title, Description: desc, Required: required,
			Constraints: constraintsFrom(desc), Clauses: clauses,
		}}
		if s, _ := t.get(r, colID); s != "" && sub == 0 {
			cr.id = s
		}
		rows = append(rows, cr)
	}
	// Give ids: a No with one row is N, otherwise N.1, N.2, … in row order
	// unless the table numbers its rows.
	count := map[int]int{}
	for _, r := range rows {
		count[r.no]++
	}
	idx := map[int]int{}
	places := make([]string, len(rows))
	for i, r := range rows {
		idx[r.no]++
		switch {
		case r.sub > 0:
			r.item.ID = ItemID(r.no, r.sub)
		case r.id != "":
			r.item.ID = r.id
		case count[r.no] == 1:
			r.item.ID = ItemID(r.no, 0)
		default:
			r.item.ID = ItemID(r.no, idx[r.no])
		}
		c.Items = append(c.Items, r.item)
		places[i] = r.place
	}
	if len(c.Items) == 0 {
		return nil, nil, errorf(t.file, "", "no items below the header")
	}
	return c, places, nil
}

// headingTitle is a heading row's text without its decoration: ■事業所・事業
// and 【人材】 give 事業所・事業 and 人材.
func headingTitle(r tableRow) string {
	for _, cell := range r.cells {
		s := strings.TrimSpace(cell)
		s = strings.TrimLeft(s, "■□◆◇●○・ 　")
		s = strings.TrimSpace(strings.Trim(s, "【】[]［］"))
		if s != "" {
			return s
		}
	}
	return ""
}

func parseRequired(s string) (bool, error) {
	switch strings.ToLower(norm.NFKC.String(s)) {
	case "必須", "○", "〇", "required", "mandatory":
		return true, nil
	case "選択", "任意", "-", "optional":
		return false, nil
	}
	return false, fmt.Errorf("必須/選択 is %q: write 必須 or 選択", s)
}

// parseClauses reads clause references: guideline:clause, optionally
// :relation (equal, subset, superset, intersects; intersects by default).
func parseClauses(s string) ([]criteria.ClauseRef, error) {
	var out []criteria.ClauseRef
	for _, f := range strings.FieldsFunc(norm.NFKC.String(s), func(r rune) bool {
		return r == '\n' || r == '\r' || r == '、' || r == ';' || r == ','
	}) {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		// The guideline is before the first colon; a clause id may hold
		// colons itself (reference ids: mic-cloud-sec-3:ref:c-ops), so only a
		// last part naming a relation is taken as the relation.
		ref := criteria.ClauseRef{Relation: criteria.RelIntersects}
		if g, clause, ok := strings.Cut(f, ":"); ok {
			if i := strings.LastIndex(clause, ":"); i >= 0 && slices.Contains(criteria.Relations, clause[i+1:]) {
				clause, ref.Relation = clause[:i], clause[i+1:]
			}
			ref.Guideline, ref.Clause = strings.TrimSpace(g), strings.TrimSpace(clause)
		}
		if ref.Guideline == "" || ref.Clause == "" {
			return nil, fmt.Errorf("clause reference %q is not guideline:clause (for example mic-asp-saas-sec:III.1.1)", f)
		}
		out = append(out, ref)
	}
	return out, nil
}

// constraintsFrom reads the form rules a 記述内容 states in the catalog's own
// words: （100字以内） is a character limit, （西暦） asks for a Western date.
func constraintsFrom(desc string) criteria.Constraints {
	k := criteria.Constraints{Kind: criteria.KindText}
	d := norm.NFKC.String(desc)
	if m := reMaxChars().FindStringSubmatch(d); m != nil {
		k.MaxChars, _ = strconv.Atoi(m[1])
	}
	if strings.Contains(d, "西暦") {
		k.Kind, k.Seireki = criteria.KindDate, true
	}
	if m := reHint().FindStringSubmatch(desc); m != nil {
		k.Hint = m[1]
	}
	return k
}
