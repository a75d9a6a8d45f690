package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"shinsa/criteria"
	"shinsa/review"
)

// jst is Japan Standard Time. Japan keeps no daylight saving, so a fixed
// zone is exact and needs no time zone database.
var jst = time.FixedZone("JST", 9*60*60)

// doc is what every format renders: the Input resolved against the catalog,
// in catalog order, with every text already sanitised.
type doc struct {
	in       *Input
	Kind     Kind
	Head     header
	All      []row // every catalog row
	Rows     []row // the rows of this kind: All (committee) or the action rows (letter)
	Counts   []verdictCount
	Actions  []verdictCount // query, correction, nonconforming counts
	Cats     []category
	Changes  *changes // nil when nothing was compared
	Carried  []row    // rows whose verdict was carried forward
	Problems []problem
	Anchor   Anchor
	Verify   string          // the command that checks the anchor
	Evidence []evidenceEntry // the committee report's evidence index
	// Draft: a letter while any row is unreviewed. It says so in its title
	// and on every page, and never tells the applicant there is nothing to ask.
	Draft      bool
	Unreviewed int
	// Approvals: the committee report's approval block.
	Approvals []approval
}

type approval struct{ Role, Name, Date, Note string }

type header struct {
	AppID           int64
	Service         string
	Applicant       string
	CorporateNumber string
	CertNumber      string
	Scheme          string // Japanese title
	SchemeID        string
	Edition         string
	CatalogTitle    string
	KindJA          string
	Round           int
	Disclosure      string // 2026年4月1日
	Expires         string
	Submitted       string
	Date            string
	DateISO         string
	ReplyBy         string
	Reviewer        string
	Number          string // 文書番号
	Representative  string
	Office          Office // sanitised
}

type row struct {
	N           int // 1-based number within doc.Rows
	ID          string
	Category    string
	Title       string
	Description string
	Required    bool
	Answered    bool
	Answer      string
	Provenance  string
	Verdict     review.Verdict
	Note        string
	Request     string
	Reviewer    string
	Time        time.Time // zero when no finding
	Origin      string
	Clauses     []clause
	Problems    []problem
	Diff        *rowDiff
	Reply       string   // the applicant's reply sent with this round (回答)
	Citations   []string // evidence the finding cites, as labels (citationLabel)
	Cited       []Citation
}

// RequiredJA is 必須 or 選択.
func (r row) RequiredJA() string {
	if r.Required {
		return "必須"
	}
	return "選択"
}

// Ask is what the letter asks of the applicant: the request, else the note.
func (r row) Ask() string {
	if strings.TrimSpace(r.Request) != "" {
		return r.Request
	}
	return r.Note
}

// TimeText is the finding's time in JST, "" when there is no finding.
func (r row) TimeText() string {
	if r.Time.IsZero() {
		return ""
	}
	return r.Time.In(jst).Format("2006-01-02 15:04")
}

// ClauseText lists the clauses on one line each.
func (r row) ClauseText() string {
	var b strings.Builder
	for i, c := range r.Clauses {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(c.Text())
	}
	return b.String()
}

type clause struct {
	Guideline        string
	GuidelineTitle   string
	GuidelineEdition string // the edition of the published source (第3版)
	SourceURL        string // the issuer's page for it
	ID               string
	Title            string
	Relation         string
	Numbering        string // official or reference
}

// Text is 「guideline title (edition) clause-id clause title」, falling back
// to ids; a reference id says so, so that nobody looks for it in the
// document.
func (c clause) Text() string {
	g := c.GuidelineTitle
	if g == "" {
		g = c.Guideline
	}
	if c.GuidelineEdition != "" {
		g += "（" + c.GuidelineEdition + "）"
	}
	s := g + " " + c.ID
	if c.Numbering == criteria.NumberingReference {
		s += "［参照番号］"
	}
	if c.Title != "" {
		s += " " + c.Title
	}
	return s
}

type rowDiff struct {
	Status         review.ItemStatus
	From           string
	FormOnly       bool
	Hunks          []review.Hunk
	Previous       review.Verdict // "" when the predecessor had no finding
	PreviousNote   string         // the previous finding's note and request, labelled
	CheckAddressed bool
	Old, New       string
}

// StatusJA is the status in Japanese.
func (d rowDiff) StatusJA() string { return statusJA(d.Status) }

func statusJA(s review.ItemStatus) string {
	switch s {
	case review.Unchanged:
		return "変更なし"
	case review.Changed:
		return "変更あり"
	case review.Added:
		return "追加"
	case review.Removed:
		return "削除"
	case review.Moved:
		return "移動"
	}
	return string(s)
}

type problem struct {
	Item, Rule, Message string
}

type verdictCount struct {
	Verdict review.Verdict
	N       int
}

type category struct {
	Title    string
	Total    int
	Reviewed int
	Counts   map[review.Verdict]int
}

type changes struct {
	Against   string // the compared application, described
	Summary   review.DiffSummary
	Statuses  []statusCount
	Changed   []row     // catalog rows whose status is not unchanged
	Addressed []row     // rows whose previous verdict asked for action
	Gone      []rowDiff // removed rows the current catalog does not have
	GoneIDs   []string
}

type statusCount struct {
	Status review.ItemStatus
	N      int
}

// StatusJA is the status in Japanese.
func (s statusCount) StatusJA() string { return statusJA(s.Status) }

func clean(s string) string { return review.Sanitize(s) }

// line is one-line sanitised text, trimmed.
func line(s string) string { return strings.TrimSpace(review.SanitizeLine(s)) }

func build(in *Input, kind Kind) *doc {
	d := &doc{in: in, Kind: kind, Anchor: Anchor{Head: line(in.Anchor.Head), Count: in.Anchor.Count}}
	for _, a := range in.Approvals {
		d.Approvals = append(d.Approvals, approval{Role: line(a.Role), Name: line(a.Name), Date: a.Date.Japanese(), Note: line(a.Note)})
	}
	d.Head = buildHeader(in)
	caseFile := line(in.CaseFile)
	if caseFile == "" {
		caseFile = "CASEFILE"
	} else if strings.ContainsAny(caseFile, " '\"") {
		caseFile = "'" + strings.ReplaceAll(caseFile, "'", `'\''`) + "'"
	}
	d.Verify = fmt.Sprintf("shinsa verify %s --anchor %s", caseFile, d.Anchor)

	answers := make(map[string]review.Answer, len(in.Answers))
	for _, a := range in.Answers {
		answers[a.Item] = a
	}
	problems := map[string][]problem{}
	for _, p := range in.Problems {
		q := problem{Item: line(p.Item), Rule: line(p.Rule), Message: clean(p.Message)}
		d.Problems = append(d.Problems, q)
		problems[p.Item] = append(problems[p.Item], q)
	}
	diffs := map[string]*review.ItemDiff{}
	for i := range in.Diffs {
		diffs[in.Diffs[i].Item] = &in.Diffs[i]
	}

	cat := in.Catalog
	catTitle := make(map[string]string, len(cat.Categories))
	for _, c := range cat.Categories {
		catTitle[c.ID] = line(c.Title)
	}
	counts := map[review.Verdict]int{}
	byCat := map[string]*category{}
	var catOrder []string
	for _, it := range cat.Items {
		r := row{
			ID: line(it.ID), Title: line(it.Title), Description: clean(it.Description),
			Required: it.Required, Verdict: review.Unreviewed, Problems: problems[it.ID],
		}
		if t, ok := catTitle[it.Category]; ok {
			r.Category = t
		} else {
			r.Category = line(it.Category)
		}
		if a, ok := answers[it.ID]; ok {
			r.Answered, r.Answer, r.Provenance, r.Reply = true, clean(a.Text), line(a.Provenance), clean(a.Reply)
		}
		if f, ok := in.Findings[it.ID]; ok {
			if f.Verdict.Valid() {
				r.Verdict = f.Verdict
			}
			r.Note, r.Request, r.Reviewer = clean(f.Note), clean(f.Request), line(f.Reviewer)
			r.Time, r.Origin = f.Time, line(f.Origin)
		}
		for _, c := range in.Citations[it.ID] {
			r.Citations = append(r.Citations, citationLabel(c))
			r.Cited = append(r.Cited, c)
		}
		for _, ref := range it.Clauses {
			r.Clauses = append(r.Clauses, resolveClause(in, ref.Guideline, ref.Clause, ref.Relation))
		}
		if x, ok := diffs[it.ID]; ok {
			r.Diff = toRowDiff(x)
		}
		counts[r.Verdict]++
		c := byCat[r.Category]
		if c == nil {
			c = &category{Title: r.Category, Counts: map[review.Verdict]int{}}
			byCat[r.Category] = c
			catOrder = append(catOrder, r.Category)
		}
		c.Total++
		c.Counts[r.Verdict]++
		if r.Verdict.Reviewed() {
			c.Reviewed++
		}
		d.All = append(d.All, r)
	}
	d.Unreviewed = counts[review.Unreviewed]
	d.Draft = kind == Letter && d.Unreviewed > 0
	for _, v := range review.Verdicts {
		d.Counts = append(d.Counts, verdictCount{v, counts[v]})
		if v.NeedsAction() {
			d.Actions = append(d.Actions, verdictCount{v, counts[v]})
		}
	}
	for _, t := range catOrder {
		d.Cats = append(d.Cats, *byCat[t])
	}
	for _, r := range d.All {
		if r.Origin != "" {
			d.Carried = append(d.Carried, r)
		}
		if kind == Committee || r.Verdict.NeedsAction() {
			r.N = len(d.Rows) + 1
			d.Rows = append(d.Rows, r)
		}
	}
	if in.Diffs != nil {
		d.Changes = buildChanges(in, d.All)
	}
	d.Evidence = evidenceIndex(in)
	return d
}

func buildHeader(in *Input) header {
	a := in.App
	h := header{
		AppID: a.ID, Service: line(a.Service), Applicant: line(a.Applicant),
		CorporateNumber: line(a.CorporateNumber), CertNumber: line(a.CertificationNumber),
		SchemeID: line(a.Scheme), Edition: line(in.Catalog.Edition),
		CatalogTitle: line(in.Catalog.Title), KindJA: a.Kind.Japanese(), Round: a.Round,
		Disclosure: a.DisclosureDate.Japanese(), Submitted: a.Submitted.Japanese(),
		Date: in.Date.Japanese(), DateISO: in.Date.String(), ReplyBy: in.ReplyBy.Japanese(),
		Reviewer: line(in.Reviewer), Number: line(in.Number), Representative: line(in.Representative),
		Office: Office{Name: line(in.Office.Name), Address: clean(in.Office.Address), Contact: clean(in.Office.Contact),
			Signatory: line(in.Office.Signatory)},
	}
	if h.Representative == "" {
		h.Representative = line(review.Representative(in.Catalog, in.Answers))
	}
	h.Scheme = line(criteria.SchemeTitle(a.Scheme))
	if !a.DisclosureDate.IsZero() {
		h.Expires = a.Expires().Japanese()
	}
	if h.Round < 1 {
		h.Round = 1
	}
	return h
}

func resolveClause(in *Input, guideline, id, relation string) clause {
	c := clause{Guideline: line(guideline), ID: line(id), Relation: line(relation)}
	if in.Registry == nil {
		return c
	}
	g, err := in.Registry.Guideline(guideline)
	if err != nil {
		return c
	}
	c.GuidelineTitle = line(g.Title)
	if g.Source != nil {
		c.GuidelineEdition, c.SourceURL = line(g.Source.Edition), line(g.Source.URL)
	}
	if cl, ok := g.Clause(id); ok {
		c.Title, c.Numbering = line(cl.Title), cl.Numbering
	}
	return c
}

func toRowDiff(x *review.ItemDiff) *rowDiff {
	rd := &rowDiff{
		Status: x.Status, From: line(x.From), FormOnly: x.FormOnly,
		CheckAddressed: x.CheckAddressed, Old: clean(x.Old), New: clean(x.New),
	}
	for _, h := range x.Hunks {
		rd.Hunks = append(rd.Hunks, review.Hunk{Op: h.Op, Text: clean(h.Text)})
	}
	if x.Previous != nil {
		rd.Previous, rd.PreviousNote = x.Previous.Verdict, clean(previousFinding(x.Previous.Note, x.Previous.Request))
		if !rd.Previous.Valid() {
			rd.Previous = review.Unreviewed
		}
	}
	return rd
}

func buildChanges(in *Input, all []row) *changes {
	ch := &changes{Summary: review.SummarizeDiffs(in.Diffs)}
	for _, st := range review.ItemStatuses {
		ch.Statuses = append(ch.Statuses, statusCount{st, ch.Summary.Counts[st]})
	}
	if p := in.Previous; p != nil {
		ch.Against = fmt.Sprintf("申請 #%d（%s、%s提出", p.ID, p.Kind.Japanese(), p.Submitted.Japanese())
		if c := line(p.CertificationNumber); c != "" {
			ch.Against += "、認定番号 " + c
		}
		if p.Round > 1 {
			ch.Against += fmt.Sprintf("、第%d回", p.Round)
		}
		ch.Against += "）"
	}
	inCatalog := map[string]bool{}
	for _, r := range all {
		inCatalog[r.ID] = true
		if r.Diff == nil {
			continue
		}
		if r.Diff.Status != review.Unchanged {
			ch.Changed = append(ch.Changed, r)
		}
		if r.Diff.CheckAddressed {
			ch.Addressed = append(ch.Addressed, r)
		}
	}
	for i := range in.Diffs {
		x := &in.Diffs[i]
		if !inCatalog[line(x.Item)] {
			ch.Gone = append(ch.Gone, *toRowDiff(x))
			ch.GoneIDs = append(ch.GoneIDs, line(x.Item))
		}
	}
	return ch
}

// letterGroups splits the letter's rows into ご質問 (要確認) and 修正のお願い
// (要修正, 不適合), each numbered from 1 in catalog order.
func (d *doc) letterGroups() []letterGroup {
	q := letterGroup{Title: "ご質問（要確認）", Ask: "ご質問"}
	c := letterGroup{Title: "修正のお願い（要修正・不適合）", Ask: "修正のお願い"}
	for _, r := range d.Rows {
		if r.Verdict == review.Query {
			r.N = len(q.Rows) + 1
			q.Rows = append(q.Rows, r)
		} else {
			r.N = len(c.Rows) + 1
			c.Rows = append(c.Rows, r)
		}
	}
	var out []letterGroup
	for i, g := range []letterGroup{q, c} {
		if len(g.Rows) > 0 {
			g.N = i + 1
			out = append(out, g)
		}
	}
	for i := range out {
		out[i].N = i + 1
	}
	return out
}

// letterGroup is one section of the letter's requests.
type letterGroup struct {
	N     int
	Title string
	Ask   string // the label of the request in each row
	Rows  []row
}

// verdictLabel is "✓ 適合 (conforms)".
func verdictLabel(v review.Verdict) string {
	return v.Mark() + " " + v.Japanese() + " (" + string(v) + ")"
}

// actionSummary is 「要確認 2件、要修正 1件」, naming only verdicts present.
func (d *doc) actionSummary() string {
	var parts []string
	for _, c := range d.Actions {
		if c.N > 0 {
			parts = append(parts, fmt.Sprintf("%s %d件", c.Verdict.Japanese(), c.N))
		}
	}
	return strings.Join(parts, "、")
}

// hasProblems reports whether any row or the cover has check results.
func (d *doc) hasProblems() bool { return len(d.Problems) > 0 }

// reviewed counts decided rows.
func (d *doc) reviewed() int {
	n := 0
	for _, c := range d.Counts {
		if c.Verdict.Reviewed() {
			n += c.N
		}
	}
	return n
}

// verdictOrder is the order of verdicts in charts: decided first, unreviewed last.
var verdictOrder = slices.Concat(review.Verdicts[1:], review.Verdicts[:1])
