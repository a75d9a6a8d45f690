package intake

import (
	"slices"
	"testing"

	"shinsa/criteria"
)

// 対応条項 cells take official ids and reference ids that hold a colon,
// with an optional relation after them.
func TestParseClausesWithReferenceIDs(t *testing.T) {
	got, err := parseClauses("mic-asp-saas-sec-2008:II.5.2\nmic-cloud-sec-3:ref:c-ops:subset、ppc-mynumber-2022:C-a:equal")
	want := []criteria.ClauseRef{
		{Guideline: "mic-asp-saas-sec-2008", Clause: "II.5.2", Relation: criteria.RelIntersects},
		{Guideline: "mic-cloud-sec-3", Clause: "ref:c-ops", Relation: criteria.RelSubset},
		{Guideline: "ppc-mynumber-2022", Clause: "C-a", Relation: criteria.RelEqual},
	}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("parseClauses = %+v, %v; want %+v", got, err, want)
	}
	if _, err := parseClauses("mic-cloud-sec-3"); err == nil {
		t.Error("a reference without a clause was accepted")
	}
}
