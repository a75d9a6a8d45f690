package report

import (
	"encoding/json"
	"testing"

	"shinsa/review"
)

// TestJSONContract: FORMATS.md §4 — application, items (every catalog row
// for the committee, answered or not; only the action rows for the letter),
// anchor; every item has the contract's keys.
func TestJSONContract(t *testing.T) {
	in := newCase(t)
	keys := []string{"item", "title", "required", "answer", "verdict", "note", "request", "reviewer", "time", "clauses"}
	for _, k := range Kinds {
		t.Run(string(k), func(t *testing.T) {
			var doc struct {
				Application map[string]any   `json:"application"`
				Items       []map[string]any `json:"items"`
				Anchor      struct {
					Head  string `json:"head"`
					Count int64  `json:"count"`
				} `json:"anchor"`
			}
			if err := json.Unmarshal(render(t, in, k, JSON), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Application["id"] != float64(7) || doc.Application["service"] != "サンプルクラウド会計" {
				t.Errorf("application = %v", doc.Application)
			}
			if doc.Anchor.Head != in.Anchor.Head || doc.Anchor.Count != in.Anchor.Count {
				t.Errorf("anchor = %+v", doc.Anchor)
			}
			var want []string
			for _, it := range in.Catalog.Items {
				if f, ok := in.Findings[it.ID]; k == Committee || ok && f.Verdict.NeedsAction() {
					want = append(want, it.ID)
				}
			}
			if len(doc.Items) != len(want) {
				t.Fatalf("%d items, want %d", len(doc.Items), len(want))
			}
			for i, it := range doc.Items {
				for _, key := range keys {
					if _, ok := it[key]; !ok {
						t.Errorf("item %v lacks %q", it["item"], key)
					}
				}
				if it["item"] != want[i] {
					t.Errorf("item %d = %v, want %s (catalog order)", i, it["item"], want[i])
				}
				v, err := review.ParseVerdict(it["verdict"].(string))
				if err != nil || string(v) != it["verdict"] {
					t.Errorf("item %v verdict %v is not a FORMATS.md spelling", it["item"], it["verdict"])
				}
				if it["item"] == "21" && (it["answer"] != "" || it["verdict"] != "unreviewed" || it["time"] != "") {
					t.Errorf("unanswered, unreviewed row 21 = %v", it)
				}
			}
		})
	}
}
