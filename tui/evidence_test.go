package tui

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// addEvidence stores files (name → content) for an application, linked to
// the row.
func addEvidence(t testing.TB, s *store.Store, app int64, row string, files ...string) {
	t.Helper()
	var ins []store.EvidenceInput
	for i := 0; i+1 < len(files); i += 2 {
		ins = append(ins, store.EvidenceInput{Name: files[i], R: bytes.NewReader([]byte(files[i+1])), Rows: []string{row}})
	}
	if _, err := s.AddEvidence(context.Background(), app, testReviewer, store.EvidenceLimits{}, ins); err != nil {
		t.Fatal(err)
	}
}

// unchangedRow is a row of the renewal #2 whose answer did not change.
func unchangedRow(t testing.TB, h *harness) string {
	t.Helper()
	for _, r := range h.review().rows {
		if r.known && r.diff != nil && r.diff.Status == review.Unchanged && !r.diff.FormOnly && !r.diff.NotChangedByApplicant() {
			return r.id
		}
	}
	t.Fatal("the demo renewal has no unchanged row")
	return ""
}

// TestDiffViewShowsEvidenceAcrossTheRenewal: a row whose answer is the
// same but whose 規程 is a new version comes into the diff view, which says
// per file: the same document, a new version, new, gone.
func TestDiffViewShowsEvidenceAcrossTheRenewal(t *testing.T) {
	s := demoCopy(t)
	h := newHarness(t, s, "en", 120, 40)
	h.open(2, "")
	row := unchangedRow(t, h)
	addEvidence(t, s, 1, row, "ISMS認証書.pdf", "%PDF ISMS", "規程.pdf", "%PDF 規程 v3", "旧SLA.pdf", "%PDF SLA old")
	addEvidence(t, s, 2, row, "ISMS認証書.pdf", "%PDF ISMS", "規程.pdf", "%PDF 規程 v4", "SLA2026.pdf", "%PDF SLA 2026")

	h = newHarness(t, s, "en", 120, 40)
	h.open(2, row)
	h.keys("d")
	r := h.review()
	if ri := r.selectedRow(); ri < 0 || r.rows[ri].id != row {
		t.Fatalf("row %s, unchanged but with new evidence, is not in the diff view", row)
	}
	contains(t, h.view(), "Evidence",
		"= ISMS認証書.pdf  same as last time "+sha([]byte("%PDF ISMS"))[:12],
		"~ 規程.pdf  new version "+sha([]byte("%PDF 規程 v4"))[:12]+" (was "+sha([]byte("%PDF 規程 v3"))[:12]+")",
		"+ SLA2026.pdf  new "+sha([]byte("%PDF SLA 2026"))[:12],
		"- 旧SLA.pdf  gone (was "+sha([]byte("%PDF SLA old"))[:12]+")")
	if strings.Count(h.view(), "same as last time") != 1 {
		t.Errorf("the same file is listed more than once:\n%s", h.view())
	}
}
