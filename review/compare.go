package review

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"shinsa/criteria"
)

// ItemStatus is what happened to one disclosure row between two submissions.
// The spellings are part of the file contract (FORMATS.md §4).
type ItemStatus string

const (
	Unchanged ItemStatus = "unchanged" // normalised texts equal (FormOnly when the raw texts differ)
	Changed   ItemStatus = "changed"
	Added     ItemStatus = "added"   // the old submission had no such row
	Removed   ItemStatus = "removed" // the new submission has no such row, or the edition withdrew it
	Moved     ItemStatus = "moved"   // the row came from another id through the edition map
)

// ItemStatuses lists the statuses in the order summaries print them.
var ItemStatuses = []ItemStatus{Changed, Moved, Added, Removed, Unchanged}

// ItemDiff is the comparison of one disclosure row.
type ItemDiff struct {
	Item string // id in the new submission; the old id when Removed
	From string // old id ("" when Added); several ids joined by "," when merged
	// Mapping is the edition-map kind that paired the row (renumbered, split,
	// merged, withdrawn, added), "" when ids matched directly.
	Mapping  string
	Status   ItemStatus
	FormOnly bool   // unchanged, but width, wave dash or spacing differ
	Old, New string // the texts as submitted
	Hunks    []Hunk // word-level diff of DiffForm(Old) and DiffForm(New)
	// Previous is the predecessor's finding for the old row (for a merged row,
	// the most demanding of its rows' findings); nil if none.
	Previous *Finding
	OldApp   int64 // the predecessor application, for carried-forward origins
	// CheckAddressed: the previous verdict asked something of the applicant
	// (query, correction, nonconforming); the reviewer must check it was dealt with.
	CheckAddressed bool
	Coarse         bool   // the row was too large for a word diff: sentence-level hunks only
	Err            string // non-empty when the word diff failed and whole texts are shown
	Reply          string // the applicant's reply on the row, sent with the new submission
	// ChangedSince: Previous was made on an earlier application than the
	// compared one, and the answer has changed since that finding.
	ChangedSince bool
	// Evidence compares the row's evidence documents with last time's;
	// nil when neither side has any (AttachEvidence sets it).
	Evidence []EvidenceChange
}

// NotChangedByApplicant reports whether an earlier finding asked something
// of the applicant and the answer came back unchanged (form aside): the
// finding is still open, and the reviewer must still ask if it was dealt with.
func (d ItemDiff) NotChangedByApplicant() bool {
	return d.CheckAddressed && d.Status == Unchanged && !d.ChangedSince
}

// To is the row's id in the new submission, "" when removed.
func (d ItemDiff) To() string {
	if d.Status == Removed {
		return ""
	}
	return d.Item
}

// MarshalJSON writes the shape of `shinsa diff --json` (FORMATS.md §4), with
// the extension fields mapping, check_addressed, coarse, error, old and new.
func (d ItemDiff) MarshalJSON() ([]byte, error) { return json.Marshal(d.JSON(true)) }

// ItemDiffJSON is one row of `shinsa diff --json`: a plain value, so a
// listing of rows is encoded in one pass rather than row by row.
type ItemDiffJSON struct {
	Item           string     `json:"item"`
	Status         ItemStatus `json:"status"`
	FormOnly       bool       `json:"form_only"`
	From           string     `json:"from"`
	To             string     `json:"to"`
	Mapping        string     `json:"mapping,omitempty"`
	Hunks          []Hunk     `json:"hunks"`
	Previous       *Verdict   `json:"previous_verdict"`
	CheckAddressed bool       `json:"check_addressed"`
	Coarse         bool       `json:"coarse,omitempty"`
	Err            string     `json:"error,omitempty"`
	Old            string     `json:"old"`
	New            string     `json:"new"`
	// NotChangedByApplicant: an open earlier finding, the answer unchanged.
	NotChangedByApplicant bool   `json:"not_changed_by_applicant,omitempty"`
	Reply                 string `json:"reply,omitempty"`
	// Evidence: per document linked to the row, same, new_version, new or
	// gone since last time; left out when the row has none on either side.
	Evidence []EvidenceChange `json:"evidence,omitempty"`
}

// JSON is the row as `shinsa diff --json` writes it. Unless full, a row
// whose hunks are one "equal" hunk (an unchanged answer) gets no hunks:
// its text is in old and new already, and repeating it was most of the
// output of a renewal, where most rows are unchanged.
func (d ItemDiff) JSON(full bool) ItemDiffJSON {
	var prev *Verdict
	if d.Previous != nil {
		v := d.Previous.Verdict
		prev = &v
	}
	hunks := d.Hunks
	if hunks == nil || (!full && len(hunks) == 1 && hunks[0].Op == HunkEqual) {
		hunks = []Hunk{}
	}
	return ItemDiffJSON{d.Item, d.Status, d.FormOnly, d.From, d.To(), d.Mapping, hunks, prev, d.CheckAddressed, d.Coarse, d.Err, d.Old, d.New,
		d.NotChangedByApplicant(), d.Reply, d.Evidence}
}

// CompareInput is what Compare needs: both submissions' answers, how the
// catalog editions map, and the predecessor's findings.
type CompareInput struct {
	Old, New               []Answer
	OldEdition, NewEdition string
	// Map pairs old ids with new ones; nil when both use one edition or no
	// map exists. A map written the other way round (From = NewEdition, To =
	// OldEdition) is read backwards.
	Map         *criteria.EditionMap
	OldFindings map[string]Finding // by old item id
	OldApp      int64              // the predecessor application's id
	// Order is the new edition's item ids in catalog order (optional). Rows
	// not in it sort after, by id in natural order ("2" < "10" < "10.1").
	Order []string
}

// Compare pairs the rows of two submissions and diffs each pair. Rows are
// matched by id, through the edition map when the editions differ: a
// renumbered, split or merged row is Moved (its texts still diffed), a
// withdrawn one Removed, an id on one side only Added or Removed. A row that
// exists on both sides is Unchanged when the normalised texts are equal, else
// Changed — so a row answered for the first time, or emptied, is Changed.
func Compare(in CompareInput) []ItemDiff {
	return compareWith(in, newWordDiffer())
}

func compareWith(in CompareInput, w *wordDiffer) []ItemDiff {
	old, oldIDs := indexAnswers(in.Old)
	cur, newIDs := indexAnswers(in.New)
	usedOld := map[string]bool{}
	usedNew := map[string]bool{}
	var out []ItemDiff

	// row diffs one new row (or, when !haveNew, one removed old row) against
	// the old rows it comes from. A finding on a source row counts even when
	// the old submission had no answer there (a correction round asking for a
	// missing row): the row is Added, and still flagged CheckAddressed.
	row := func(item string, from []string, mapping string, newText string, haveNew bool) {
		d := ItemDiff{Item: item, Mapping: mapping, OldApp: in.OldApp}
		var texts []string
		for _, f := range from {
			d.Previous = moreDemanding(d.Previous, in.OldFindings, f)
			if a, ok := old[f]; ok {
				texts = append(texts, a.Text)
				d.From = joinID(d.From, f)
			}
		}
		d.Old, d.New = strings.Join(texts, "\n"), newText
		switch {
		case !haveNew:
			d.Status, d.From = Removed, d.Item
		case len(texts) == 0:
			d.Status = Added
		case d.From != d.Item:
			d.Status = Moved // renumbered, split or merged under another id
		case d.Old == d.New || Normalize(d.Old) == Normalize(d.New):
			d.Status, d.FormOnly = Unchanged, d.Old != d.New
		default:
			d.Status = Changed
		}
		if d.OldApp == 0 && d.Previous != nil {
			d.OldApp = d.Previous.App
		}
		d.CheckAddressed = d.Previous != nil && d.Previous.Verdict.NeedsAction()
		a := DiffForm(d.Old)
		b := a
		if d.New != d.Old {
			b = DiffForm(d.New)
		}
		d.Hunks, d.Coarse, d.Err = w.diff(a, b)
		out = append(out, d)
	}
	removed := func(id, mapping string) {
		if _, ok := old[id]; ok && !usedOld[id] {
			usedOld[id] = true
			row(id, []string{id}, mapping, "", false)
		}
	}

	for _, e := range mapEntries(in) {
		switch e.Kind {
		case criteria.MapRenumbered, criteria.MapSplit, criteria.MapMerged:
			var from []string
			for _, f := range e.From {
				if !usedOld[f] {
					from = append(from, f)
				}
			}
			var to []string
			for _, t := range e.To {
				if a, ok := cur[t]; ok && !usedNew[t] {
					to = append(to, t)
					usedNew[t] = true
					row(t, from, e.Kind, a.Text, true)
				}
			}
			if len(to) == 0 {
				for _, f := range from {
					removed(f, e.Kind)
				}
			}
			for _, f := range from {
				usedOld[f] = true
			}
		case criteria.MapWithdrawn:
			for _, f := range e.From {
				removed(f, e.Kind)
				usedOld[f] = true // a new row with this id is another item
			}
		case criteria.MapAdded:
			for _, t := range e.To {
				if a, ok := cur[t]; ok && !usedNew[t] {
					usedNew[t] = true
					row(t, nil, e.Kind, a.Text, true)
				}
			}
		}
	}
	for _, id := range newIDs {
		if usedNew[id] {
			continue
		}
		usedNew[id] = true
		var from []string
		if !usedOld[id] {
			from = []string{id}
			usedOld[id] = true
		}
		row(id, from, "", cur[id].Text, true)
	}
	for _, id := range oldIDs {
		removed(id, "")
	}
	sortDiffs(out, in.Order)
	return out
}

// indexAnswers maps ids to answers, keeping the first answer of a repeated id,
// and lists the ids in submission order.
func indexAnswers(as []Answer) (map[string]Answer, []string) {
	m := make(map[string]Answer, len(as))
	ids := make([]string, 0, len(as))
	for _, a := range as {
		if _, dup := m[a.Item]; !dup {
			m[a.Item] = a
			ids = append(ids, a.Item)
		}
	}
	return m, ids
}

// mapEntries returns the edition map's entries read from the old edition to
// the new one.
func mapEntries(in CompareInput) []criteria.MapEntry {
	if in.Map == nil {
		return nil
	}
	m := in.Map
	if !(m.From == in.NewEdition && m.To == in.OldEdition && m.From != m.To) {
		return m.Entries
	}
	rev := make([]criteria.MapEntry, len(m.Entries))
	for i, e := range m.Entries {
		k := e.Kind
		switch k {
		case criteria.MapSplit:
			k = criteria.MapMerged
		case criteria.MapMerged:
			k = criteria.MapSplit
		case criteria.MapWithdrawn:
			k = criteria.MapAdded
		case criteria.MapAdded:
			k = criteria.MapWithdrawn
		}
		rev[i] = criteria.MapEntry{Kind: k, From: e.To, To: e.From}
	}
	return rev
}

func joinID(list, id string) string {
	if list == "" {
		return id
	}
	return list + "," + id
}

// demand ranks verdicts by how much they ask of the applicant.
var demand = map[Verdict]int{Nonconforming: 5, Correction: 4, Query: 3, Conforms: 2, NotApplicable: 1}

// moreDemanding returns the more demanding of cur and the finding for id; on
// a tie the one seen first.
func moreDemanding(cur *Finding, findings map[string]Finding, id string) *Finding {
	f, ok := findings[id]
	if !ok {
		return cur
	}
	if cur == nil || demand[f.Verdict] > demand[cur.Verdict] {
		return &f
	}
	return cur
}

var statusRank = map[ItemStatus]int{Removed: 0, Moved: 1, Changed: 2, Unchanged: 3, Added: 4}

// sortDiffs puts rows in catalog order, then the rest by natural id order.
func sortDiffs(d []ItemDiff, order []string) {
	pos := make(map[string]int, len(order))
	for i, id := range order {
		if _, dup := pos[id]; !dup {
			pos[id] = i
		}
	}
	sort.SliceStable(d, func(i, j int) bool {
		pi, iok := pos[d[i].Item]
		pj, jok := pos[d[j].Item]
		switch {
		case iok && jok && pi != pj:
			return pi < pj
		case iok != jok:
			return iok
		}
		if c := compareItemIDs(d[i].Item, d[j].Item); c != 0 {
			return c < 0
		}
		if d[i].Status != d[j].Status {
			return statusRank[d[i].Status] < statusRank[d[j].Status]
		}
		return d[i].From < d[j].From
	})
}

// compareItemIDs orders item ids naturally: runs of digits compare as
// numbers, so "2" < "10" < "10.1" < "10.2" < "11".
func compareItemIDs(a, b string) int {
	a0, b0 := a, b
	for a != "" && b != "" {
		ra, rb := leadingRun(a), leadingRun(b)
		da, db := isDigitByte(ra[0]), isDigitByte(rb[0])
		switch {
		case da && db:
			na, nb := strings.TrimLeft(ra, "0"), strings.TrimLeft(rb, "0")
			if len(na) != len(nb) {
				return cmpInt(len(na), len(nb))
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
		case da != db:
			if da {
				return -1
			}
			return 1
		default:
			if c := strings.Compare(ra, rb); c != 0 {
				return c
			}
		}
		a, b = a[len(ra):], b[len(rb):]
	}
	if c := cmpInt(len(a), len(b)); c != 0 {
		return c
	}
	return strings.Compare(a0, b0) // "01" and "1": equal numbers, still an order
}

func leadingRun(s string) string {
	d := isDigitByte(s[0])
	i := 1
	for i < len(s) && isDigitByte(s[i]) == d {
		i++
	}
	return s[:i]
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// DiffSummary counts the rows of a comparison.
type DiffSummary struct {
	Counts         map[ItemStatus]int `json:"counts"` // every status present, zero included
	FormOnly       int                `json:"form_only"`
	CheckAddressed int                `json:"check_addressed"`
	Coarse         int                `json:"coarse"`
	Failed         int                `json:"failed"` // rows whose word diff failed
	// Evidence counts the rows' evidence documents per state; nil (left
	// out) when no row has evidence.
	Evidence map[EvidenceState]int `json:"evidence,omitempty"`
}

// SummarizeDiffs counts rows per status, and the form-only rows, the rows
// whose previous verdict must be checked, and the coarse and failed diffs.
func SummarizeDiffs(d []ItemDiff) DiffSummary {
	s := DiffSummary{Counts: make(map[ItemStatus]int, len(ItemStatuses))}
	for _, st := range ItemStatuses {
		s.Counts[st] = 0
	}
	for _, x := range d {
		s.Counts[x.Status]++
		if x.FormOnly {
			s.FormOnly++
		}
		if x.CheckAddressed {
			s.CheckAddressed++
		}
		if x.Coarse {
			s.Coarse++
		}
		if x.Err != "" {
			s.Failed++
		}
		for _, e := range x.Evidence {
			if s.Evidence == nil {
				s.Evidence = make(map[EvidenceState]int, len(EvidenceStates))
				for _, st := range EvidenceStates {
					s.Evidence[st] = 0
				}
			}
			s.Evidence[e.State]++
		}
	}
	return s
}

// CarryForward returns the findings to record when a reviewer accepts the
// unchanged rows of a renewal in bulk: for every Unchanged row (form-only
// included) whose previous verdict is decided and asks nothing of the
// applicant (conforms, not-applicable), and whose current finding is absent or
// unreviewed, the previous verdict and note, with Origin naming where they came
// from. Rows whose previous verdict was query, correction or nonconforming are
// never carried: someone must check that they were addressed. current is keyed
// by the new item id. App, Reviewer, Time and Revision are left to the caller.
func CarryForward(d []ItemDiff, current map[string]Finding) []Finding {
	var out []Finding
	for _, x := range d {
		p := x.Previous
		if x.Status != Unchanged || p == nil || !p.Verdict.Reviewed() || p.Verdict.NeedsAction() {
			continue
		}
		if c, ok := current[x.Item]; ok && c.Verdict != Unreviewed && c.Verdict != "" {
			continue
		}
		out = append(out, Finding{
			Item:    x.Item,
			Verdict: p.Verdict,
			Note:    p.Note,
			Origin:  fmt.Sprintf("carried from application %d item %s (revision %d)", x.OldApp, x.From, p.Revision),
		})
	}
	return out
}
