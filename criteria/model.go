// Package criteria owns what a disclosure row must state and which guideline
// clauses stand behind it: schemes, catalog editions, categories, items,
// guidelines, clauses, item→clause mappings and edition maps.
//
// Catalogs are versioned data, never code: the reference editions are JSON
// files embedded from data/, and official editions load from the same shape
// (or from CSV/XLSX via the intake side). The package uses the standard library
// only and touches no file but its embedded data.
package criteria

// Catalog is one edition of one scheme's disclosure table.
type Catalog struct {
	Scheme     string `json:"scheme"`
	Edition    string `json:"edition"`
	Title      string `json:"title"`
	Provenance string `json:"provenance,omitempty"` // who wrote this edition, from what
	Published  string `json:"published,omitempty"`  // YYYY-MM or YYYY-MM-DD
	Test       bool   `json:"test,omitempty"`       // a test edition: never chosen as the latest
	// Guidelines names the guideline editions the clause references of
	// this catalog use; when given, every reference must be to one of them
	// and the registry must hold that edition.
	Guidelines []GuidelineUse `json:"guidelines,omitempty"`
	Categories []Category     `json:"categories"`
	Items      []Item         `json:"items"`

	byID map[string]int
}

// GuidelineUse names one guideline edition a catalog's mappings use.
type GuidelineUse struct {
	Guideline string `json:"guideline"`
	Edition   string `json:"edition"`
}

// Category is a heading of the table (事業所・事業, 人材, …); it has no number.
type Category struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Item is one row of the disclosure table: one 記述内容 of one No.
type Item struct {
	ID          string      `json:"id"` // "4.1": No, then the row within the No; "5" when the No has one row
	No          int         `json:"no"`
	Category    string      `json:"category"`
	Title       string      `json:"title"`       // 審査対象項目 (sub-item)
	Description string      `json:"description"` // 記述内容: what the answer must state
	Required    bool        `json:"required"`    // 必須 (true) / 選択 (false)
	Constraints Constraints `json:"constraints"`
	Clauses     []ClauseRef `json:"clauses,omitempty"`
}

// Constraint kinds.
const (
	KindText   = "text"
	KindDate   = "date"
	KindYear   = "year"
	KindMoney  = "money"
	KindCount  = "count"
	KindURL    = "url"
	KindYesNo  = "yes/no"
	KindChoice = "choice"
	// KindPercent is a ratio written with %: 稼働率 99.95%, 自己資本比率 ４５．２％.
	KindPercent = "percent"
)

// Kinds lists the constraint kinds a catalog may use.
var Kinds = []string{KindText, KindDate, KindYear, KindMoney, KindCount, KindURL, KindYesNo, KindChoice, KindPercent}

// Constraints are an item's form rules.
type Constraints struct {
	Kind     string   `json:"kind"`              // one of Kinds
	MaxChars int      `json:"max_chars"`         // 0: no limit; counted in characters, not bytes
	Unit     string   `json:"unit,omitempty"`    // 円, 千円, 名, %, …
	Seireki  bool     `json:"seireki,omitempty"` // dates must be 西暦
	Choices  []string `json:"choices,omitempty"` // for kind choice
	Period   bool     `json:"period,omitempty"`  // money must name its fiscal period ([2022年12月期])
	Pattern  string   `json:"pattern,omitempty"` // optional regular expression the normalised answer must match
	Hint     string   `json:"hint,omitempty"`    // the rule in the catalog's words (西暦で, 100字以内, …)
}

// Relations of an item to a clause, in OSCAL's and NIST OLIR's vocabulary.
const (
	RelEqual      = "equal"
	RelSubset     = "subset"
	RelSuperset   = "superset"
	RelIntersects = "intersects"
)

// Relations lists the relation names a clause reference may use.
var Relations = []string{RelEqual, RelSubset, RelSuperset, RelIntersects}

// ClauseRef points from an item to a clause of a guideline.
type ClauseRef struct {
	Guideline string `json:"guideline"`
	Clause    string `json:"clause"`
	Relation  string `json:"relation"`
}

// Guideline is one edition of a guideline whose clauses items map to.
type Guideline struct {
	ID         string `json:"guideline"`
	Edition    string `json:"edition"`
	Title      string `json:"title"`
	Issuer     string `json:"issuer"`
	Provenance string `json:"provenance,omitempty"`
	// Source says which published document the outline follows, so that a
	// reviewer can find every clause in it.
	Source *Source `json:"source,omitempty"`
	// SupersededBy names the guideline that replaced this one and, where the
	// correspondence is known, which clause became which.
	SupersededBy *Succession `json:"superseded_by,omitempty"`
	Clauses      []Clause    `json:"clauses"`

	byID map[string]int
}

// Source is the published document a guideline outline follows.
type Source struct {
	Title   string `json:"title"`   // as published
	Edition string `json:"edition"` // 第3版, 第6.0版, 2008-01 (first edition) …
	Issuer  string `json:"issuer"`  // 総務省, 総務省・経済産業省 …
	Date    string `json:"date"`    // YYYY-MM or YYYY-MM-DD
	URL     string `json:"url"`     // the issuer's page for the document
	Note    string `json:"note,omitempty"`
}

// Succession says which guideline replaced another, clause by clause.
type Succession struct {
	Guideline string            `json:"guideline"`
	Note      string            `json:"note,omitempty"`
	Clauses   []ClauseSuccessor `json:"clauses,omitempty"`
}

// ClauseSuccessor maps one clause of the old guideline to the clauses of
// its successor that now say what it said.
type ClauseSuccessor struct {
	From string   `json:"from"`
	To   []string `json:"to"`
}

// Clause numbering marks.
const (
	NumberingOfficial  = "official"  // the id is the document's own number
	NumberingReference = "reference" // the id is shinsa's; only the structure is the document's
)

// Clause is one node of a guideline's clause tree; Parent "" is a root.
type Clause struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Parent string `json:"parent,omitempty"`
	// Numbering says whether ID is the official number of the clause in
	// the source document or a reference id of shinsa's.
	Numbering string `json:"numbering,omitempty"`
}

// Edition-map entry kinds.
const (
	MapSame       = "same"       // same id, same meaning (implicit for ids not named)
	MapRenumbered = "renumbered" // one item, new id
	MapSplit      = "split"      // one item became several
	MapMerged     = "merged"     // several items became one
	MapWithdrawn  = "withdrawn"  // no successor
	MapAdded      = "added"      // no predecessor
)

// EditionMap says which item of edition From is which item of edition To.
// Ids it does not name are taken to be the same item in both editions when
// both editions have them.
type EditionMap struct {
	Scheme     string     `json:"scheme"`
	From       string     `json:"from"`
	To         string     `json:"to"`
	Provenance string     `json:"provenance,omitempty"`
	Entries    []MapEntry `json:"entries"`
}

// MapEntry is one line of an edition map.
type MapEntry struct {
	Kind string   `json:"kind"`
	From []string `json:"from,omitempty"`
	To   []string `json:"to,omitempty"`
	Note string   `json:"note,omitempty"` // why, in the map author's words
}

// Item returns the item with the given id.
func (c *Catalog) Item(id string) (Item, bool) {
	c.index()
	i, ok := c.byID[id]
	if ok && i < len(c.Items) && c.Items[i].ID == id {
		return c.Items[i], true
	}
	if !ok && len(c.byID) == len(c.Items) {
		// A fresh index that lacks the id is authoritative: no scan, no
		// write (registry catalogs are read by many goroutines at once).
		return Item{}, false
	}
	// The index is stale (the catalog was copied or edited) or the id is
	// absent: look properly, and rebuild the index if it was stale.
	for j, it := range c.Items {
		if it.ID == id {
			c.byID = nil
			c.index()
			return c.Items[j], true
		}
	}
	return Item{}, false
}

// Category returns the category with the given id.
func (c *Catalog) Category(id string) (Category, bool) {
	for _, cat := range c.Categories {
		if cat.ID == id {
			return cat, true
		}
	}
	return Category{}, false
}

func (c *Catalog) index() {
	if c.byID != nil && len(c.byID) == len(c.Items) {
		return
	}
	c.byID = make(map[string]int, len(c.Items))
	for i, it := range c.Items {
		c.byID[it.ID] = i
	}
}

// Clause returns the clause with the given id.
func (g *Guideline) Clause(id string) (Clause, bool) {
	if g.byID == nil || len(g.byID) != len(g.Clauses) {
		g.byID = make(map[string]int, len(g.Clauses))
		for i, c := range g.Clauses {
			g.byID[c.ID] = i
		}
	}
	i, ok := g.byID[id]
	if ok && i < len(g.Clauses) && g.Clauses[i].ID == id {
		return g.Clauses[i], true
	}
	for j, cl := range g.Clauses { // stale index or absent id, as in Catalog.Item
		if cl.ID == id {
			g.byID = nil
			return g.Clauses[j], true
		}
	}
	return Clause{}, false
}
