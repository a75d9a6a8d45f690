package tui

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"shinsa/criteria"
	"shinsa/review"
	"shinsa/store"
)

// loadReview reads one application with everything the review screen
// shows, in the background: answers, findings, catalog, automatic checks,
// and on renewals, change notices and later rounds the comparison with the
// earlier submission and its findings.
func loadReview(c *Common, screen int, app int64) tea.Cmd {
	return func() tea.Msg {
		d, err := readReview(c.ctx, c.store, app, c.today)
		return reviewLoadedMsg{to: to{screen}, app: app, data: d, err: err}
	}
}

func readReview(ctx context.Context, s *store.Store, app int64, today review.Date) (*reviewData, error) {
	a, err := s.Application(ctx, app)
	if err != nil {
		return nil, err
	}
	d := &reviewData{app: a}
	if d.answers, err = s.Answers(ctx, app); err != nil {
		return nil, err
	}
	if d.findings, err = s.Findings(ctx, app); err != nil {
		return nil, err
	}
	if d.reg, err = s.Registry(ctx); err != nil {
		return nil, err
	}
	if cat, err := d.reg.Catalog(a.Scheme, a.Edition); err == nil {
		d.cat = cat
	}
	related, err := s.Related(ctx, d.reg, a)
	if err != nil {
		return nil, err
	}
	d.problems = review.CheckWith(a, d.answers, d.cat, today, related)
	if d.evidence, err = s.Evidence(ctx, app); err != nil {
		return nil, err
	}
	if d.citations, err = s.Citations(ctx, app); err != nil {
		return nil, err
	}
	prev, err := previousOf(ctx, s, a)
	if err != nil || prev == nil {
		return d, err
	}
	d.prev = prev
	old, err := s.Answers(ctx, prev.ID)
	if err != nil {
		return nil, err
	}
	if d.prevFindings, err = s.Findings(ctx, prev.ID); err != nil {
		return nil, err
	}
	in := review.CompareInput{Old: old, New: d.answers, OldEdition: prev.Edition, NewEdition: a.Edition,
		OldFindings: d.prevFindings, OldApp: prev.ID}
	if prev.Edition != a.Edition {
		if em, ok := d.reg.Map(a.Scheme, prev.Edition, a.Edition); ok {
			in.Map = &em
		} else if em, ok := d.reg.Map(a.Scheme, a.Edition, prev.Edition); ok {
			in.Map = &em
		}
	}
	if d.cat != nil {
		in.Order = itemIDs(d.cat)
	}
	d.diffs = review.Compare(in)
	oldEv, err := s.RowEvidence(ctx, prev.ID)
	if err != nil {
		return nil, err
	}
	review.AttachEvidence(d.diffs, oldEv, rowEvidence(d.evidence))
	return d, nil
}

// previousOf is what a submission is compared with: the previous round of
// the same review, else the certified application it renews or changes.
func previousOf(ctx context.Context, s *store.Store, a review.Application) (*review.Application, error) {
	if a.Round > 1 {
		rounds, err := s.Rounds(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		for i := range rounds {
			if rounds[i].Round == a.Round-1 {
				return &rounds[i], nil
			}
		}
	}
	if a.Predecessor != 0 {
		p, err := s.Application(ctx, a.Predecessor)
		if err != nil {
			return nil, fmt.Errorf("application %d: its predecessor %d: %w", a.ID, a.Predecessor, err)
		}
		return &p, nil
	}
	return nil, nil
}

func itemIDs(cat *criteria.Catalog) []string {
	ids := make([]string, len(cat.Items))
	for i, it := range cat.Items {
		ids[i] = it.ID
	}
	return ids
}

// rowEvidence maps each row to the evidence files linked to it, in the
// order added.
func rowEvidence(files []store.EvidenceFile) map[string][]review.EvidenceDoc {
	out := map[string][]review.EvidenceDoc{}
	for _, f := range files {
		for _, r := range f.Rows {
			out[r] = append(out[r], review.EvidenceDoc{Name: f.Name, SHA256: f.SHA256, Size: f.Size})
		}
	}
	return out
}
