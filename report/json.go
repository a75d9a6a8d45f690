package report

import (
	"encoding/json"
	"io"
	"time"

	"shinsa/review"
)

// The JSON report is FORMATS.md §4's `{"application", "items", "anchor"}`,
// extended (never renamed) with the report kind, counts, checks and changes.

type jsonReport struct {
	Application jsonApp          `json:"application"`
	Items       []jsonItem       `json:"items"`
	Anchor      Anchor           `json:"anchor"`
	Format      string           `json:"format"`
	Kind        Kind             `json:"kind"`
	Date        string           `json:"date"`
	Reviewer    string           `json:"reviewer"`
	Counts      map[string]int   `json:"counts"`
	Problems    []review.Problem `json:"problems"`
	Changes     *jsonChanges     `json:"changes,omitempty"`
	Evidence    []EvidenceFile   `json:"evidence,omitempty"` // the committee report's evidence index
	Draft       bool             `json:"draft,omitempty"`    // a letter written while rows are unreviewed
}

type jsonApp struct {
	review.Application
	SchemeTitle  string `json:"scheme_title"`
	CatalogTitle string `json:"catalog_title"`
	KindJA       string `json:"kind_ja"`
	Expires      string `json:"expires"`
}

type jsonItem struct {
	Item        string         `json:"item"`
	Title       string         `json:"title"`
	Required    bool           `json:"required"`
	Answer      string         `json:"answer"`
	Verdict     review.Verdict `json:"verdict"`
	Note        string         `json:"note"`
	Request     string         `json:"request"`
	Reviewer    string         `json:"reviewer"`
	Time        string         `json:"time"`
	Clauses     []jsonClause   `json:"clauses"`
	Category    string         `json:"category"`
	Description string         `json:"description"`
	Answered    bool           `json:"answered"`
	VerdictJA   string         `json:"verdict_ja"`
	Origin      string         `json:"origin,omitempty"`
	Provenance  string         `json:"provenance,omitempty"`
	Change      *jsonChange    `json:"change,omitempty"`
	Citations   []Citation     `json:"citations,omitempty"`
	Reply       string         `json:"reply,omitempty"` // the applicant's reply sent with this round
}

type jsonClause struct {
	Guideline      string `json:"guideline"`
	Clause         string `json:"clause"`
	Relation       string `json:"relation"`
	GuidelineTitle string `json:"guideline_title,omitempty"`
	Title          string `json:"title,omitempty"`
	Edition        string `json:"guideline_edition,omitempty"` // of the published source
	SourceURL      string `json:"source_url,omitempty"`
	Numbering      string `json:"numbering,omitempty"` // official or reference
}

type jsonChange struct {
	Status          review.ItemStatus `json:"status"`
	From            string            `json:"from"`
	FormOnly        bool              `json:"form_only"`
	PreviousVerdict *review.Verdict   `json:"previous_verdict"`
	CheckAddressed  bool              `json:"check_addressed"`
}

type jsonChanges struct {
	Against        int64                     `json:"against,omitempty"`
	Counts         map[review.ItemStatus]int `json:"counts"`
	FormOnly       int                       `json:"form_only"`
	CheckAddressed int                       `json:"check_addressed"`
	Items          []review.ItemDiff         `json:"items"`
}

// rfc3339 is a finding time in JST, "" when unset.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(jst).Format(time.RFC3339)
}

func writeJSON(w io.Writer, d *doc) error {
	in := d.in
	app := in.App
	app.Applicant, app.Service = d.Head.Applicant, d.Head.Service
	app.CorporateNumber, app.CertificationNumber = d.Head.CorporateNumber, d.Head.CertNumber
	app.Scheme, app.Edition, app.Source = line(app.Scheme), line(app.Edition), line(app.Source)
	r := jsonReport{
		Application: jsonApp{Application: app, SchemeTitle: d.Head.Scheme, CatalogTitle: d.Head.CatalogTitle,
			KindJA: d.Head.KindJA, Expires: app.Expires().String()},
		Items:    make([]jsonItem, 0, len(d.Rows)),
		Anchor:   d.Anchor,
		Format:   "shinsa-report/1",
		Kind:     d.Kind,
		Date:     d.Head.DateISO,
		Reviewer: d.Head.Reviewer,
		Counts:   map[string]int{},
		Problems: make([]review.Problem, 0, len(d.Problems)),
		Draft:    d.Draft,
	}
	for _, c := range d.Counts {
		r.Counts[string(c.Verdict)] = c.N
	}
	for _, p := range d.Problems {
		r.Problems = append(r.Problems, review.Problem{Item: p.Item, Rule: p.Rule, Message: p.Message})
	}
	for _, x := range d.Rows {
		it := jsonItem{
			Item: x.ID, Title: x.Title, Required: x.Required, Answer: x.Answer, Verdict: x.Verdict,
			Note: x.Note, Request: x.Request, Reviewer: x.Reviewer, Time: rfc3339(x.Time),
			Clauses: make([]jsonClause, 0, len(x.Clauses)), Category: x.Category, Description: x.Description,
			Answered: x.Answered, VerdictJA: x.Verdict.Japanese(), Origin: x.Origin, Provenance: x.Provenance, Reply: x.Reply,
		}
		for _, c := range in.Citations[x.ID] {
			it.Citations = append(it.Citations, Citation{Name: line(c.Name), Page: line(c.Page), SHA256: line(c.SHA256)})
		}
		for _, c := range x.Clauses {
			it.Clauses = append(it.Clauses, jsonClause{c.Guideline, c.ID, c.Relation, c.GuidelineTitle, c.Title, c.GuidelineEdition, c.SourceURL, c.Numbering})
		}
		if x.Diff != nil {
			it.Change = &jsonChange{Status: x.Diff.Status, From: x.Diff.From, FormOnly: x.Diff.FormOnly, CheckAddressed: x.Diff.CheckAddressed}
			if x.Diff.Previous != "" {
				v := x.Diff.Previous
				it.Change.PreviousVerdict = &v
			}
		}
		r.Items = append(r.Items, it)
	}
	if d.Kind == Committee {
		for _, e := range in.Evidence {
			rows := make([]string, 0, len(e.Rows))
			for _, r := range e.Rows {
				rows = append(rows, line(r))
			}
			r.Evidence = append(r.Evidence, EvidenceFile{Name: line(e.Name), Size: e.Size, MediaType: line(e.MediaType), SHA256: line(e.SHA256), Rows: rows})
		}
	}
	if d.Kind == Committee && d.Changes != nil {
		c := &jsonChanges{Counts: d.Changes.Summary.Counts, FormOnly: d.Changes.Summary.FormOnly,
			CheckAddressed: d.Changes.Summary.CheckAddressed, Items: sanitizedDiffs(in.Diffs)}
		if in.Previous != nil {
			c.Against = in.Previous.ID
		}
		r.Changes = c
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // a JSON document, not HTML: keep < > & readable
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// sanitizedDiffs copies the diffs with every text sanitised; the previous
// finding keeps only its verdict, which is all the diff JSON prints of it.
func sanitizedDiffs(ds []review.ItemDiff) []review.ItemDiff {
	out := make([]review.ItemDiff, len(ds))
	for i, x := range ds {
		x.Item, x.From, x.Mapping = line(x.Item), line(x.From), line(x.Mapping)
		x.Old, x.New, x.Err = clean(x.Old), clean(x.New), clean(x.Err)
		hs := make([]review.Hunk, len(x.Hunks))
		for j, h := range x.Hunks {
			hs[j] = review.Hunk{Op: h.Op, Text: clean(h.Text)}
		}
		x.Hunks = hs
		if x.Previous != nil {
			x.Previous = &review.Finding{Verdict: x.Previous.Verdict}
		}
		out[i] = x
	}
	return out
}
