package store

import (
	"context"
	"fmt"

	"shinsa/review"
)

// Baseline is the application app is compared with: the previous round of
// the same review when app is a resubmission, else the certified application
// it renews or changes. 0 when there is none.
func (s *Store) Baseline(ctx context.Context, app int64) (int64, error) {
	a, err := s.Application(ctx, app)
	if err != nil {
		return 0, err
	}
	if a.Round > 1 {
		rounds, err := s.Rounds(ctx, app)
		if err != nil {
			return 0, err
		}
		for i := len(rounds) - 1; i >= 0; i-- {
			if rounds[i].Round < a.Round {
				return rounds[i].ID, nil
			}
		}
	}
	return a.Predecessor, nil
}

// Compare pairs application app of s with application old of from (the same
// store, or another case file holding the predecessor), through the edition
// map when their catalog editions differ, with old's findings beside each row.
func Compare(ctx context.Context, s *Store, app int64, from *Store, old int64) ([]review.ItemDiff, error) {
	a, err := s.Application(ctx, app)
	if err != nil {
		return nil, err
	}
	o, err := from.Application(ctx, old)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", from.Path(), err)
	}
	if a.Scheme != o.Scheme {
		return nil, fmt.Errorf("application %d is of scheme %s, %d of %s: they cannot be compared", app, a.Scheme, old, o.Scheme)
	}
	newAnswers, err := s.answerTexts(ctx, app)
	if err != nil {
		return nil, err
	}
	oldAnswers, err := from.answerTexts(ctx, old)
	if err != nil {
		return nil, err
	}
	oldFindings, err := from.Findings(ctx, old)
	if err != nil {
		return nil, err
	}
	if err := openFindingsBefore(ctx, from, o, oldFindings); err != nil {
		return nil, err
	}
	in := review.CompareInput{Old: oldAnswers, New: newAnswers, OldEdition: o.Edition, NewEdition: a.Edition,
		OldFindings: oldFindings, OldApp: old}
	reg, err := s.RegistryOf(ctx, a.Scheme)
	if err != nil {
		return nil, err
	}
	if cat, err := reg.Catalog(a.Scheme, a.Edition); err == nil {
		for _, it := range cat.Items {
			in.Order = append(in.Order, it.ID)
		}
	}
	if o.Edition != a.Edition {
		m, ok := reg.Map(a.Scheme, o.Edition, a.Edition)
		if !ok {
			m, ok = reg.Map(a.Scheme, a.Edition, o.Edition)
		}
		if !ok {
			return nil, fmt.Errorf("no edition map from %s %s to %s: import one with 'shinsa criteria import'", a.Scheme, o.Edition, a.Edition)
		}
		in.Map = &m
	}
	diffs := review.Compare(in)
	replies := map[string]string{}
	for _, a := range newAnswers {
		if a.Reply != "" {
			replies[a.Item] = a.Reply
		}
	}
	texts := map[string]string{}
	for _, a := range newAnswers {
		texts[a.Item] = a.Text
	}
	earlier := map[int64]map[string]string{} // answers of the applications earlier findings were made on
	for i := range diffs {
		x := &diffs[i]
		if x.Status != review.Removed {
			x.Reply = replies[x.Item]
		}
		if x.Previous == nil || x.Previous.App == old || x.Previous.App == 0 || x.Status != review.Unchanged {
			continue
		}
		then, ok := earlier[x.Previous.App]
		if !ok {
			as, err := from.answerTexts(ctx, x.Previous.App)
			if err != nil {
				return nil, err
			}
			then = map[string]string{}
			for _, a := range as {
				then[a.Item] = a.Text
			}
			earlier[x.Previous.App] = then
		}
		x.ChangedSince = review.Normalize(then[x.Previous.Item]) != review.Normalize(texts[x.Item])
	}
	var oldEv, newEv map[string][]review.EvidenceDoc
	if from == s {
		oldEv, newEv, err = s.rowEvidence2(ctx, old, app)
	} else if oldEv, err = from.RowEvidence(ctx, old); err == nil {
		newEv, err = s.RowEvidence(ctx, app)
	}
	if err != nil {
		return nil, err
	}
	review.AttachEvidence(diffs, oldEv, newEv)
	return diffs, nil
}

// RowEvidence maps each row of application app to the evidence documents
// linked to it, in the order they were added.
func (s *Store) RowEvidence(ctx context.Context, app int64) (map[string][]review.EvidenceDoc, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT r.item, e.name, e.sha256, e.size FROM evidence e
		JOIN evidence_rows r ON r.evidence = e.id WHERE e.app = ? ORDER BY e.id`, app)
	if err != nil {
		return nil, s.wrapRead(err)
	}
	defer rows.Close()
	out := map[string][]review.EvidenceDoc{}
	for rows.Next() {
		var item string
		var d review.EvidenceDoc
		if err := rows.Scan(&item, &d.Name, &d.SHA256, &d.Size); err != nil {
			return nil, err
		}
		out[item] = append(out[item], d)
	}
	return out, rows.Err()
}

// rowEvidence2 is RowEvidence of two applications of one case file in one
// query.
func (s *Store) rowEvidence2(ctx context.Context, a, b int64) (map[string][]review.EvidenceDoc, map[string][]review.EvidenceDoc, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT e.app, r.item, e.name, e.sha256, e.size FROM evidence e
		JOIN evidence_rows r ON r.evidence = e.id WHERE e.app IN (?, ?) ORDER BY e.id`, a, b)
	if err != nil {
		return nil, nil, s.wrapRead(err)
	}
	defer rows.Close()
	out := map[int64]map[string][]review.EvidenceDoc{a: {}, b: {}}
	for rows.Next() {
		var app int64
		var item string
		var d review.EvidenceDoc
		if err := rows.Scan(&app, &item, &d.Name, &d.SHA256, &d.Size); err != nil {
			return nil, nil, err
		}
		out[app][item] = append(out[app][item], d)
	}
	return out[a], out[b], rows.Err()
}

// openFindingsBefore follows open findings back through the chain of earlier
// rounds and certifications (of the same edition): a row the application old
// left undecided keeps the nearest earlier decided finding when that finding
// asked something of the applicant, until a later finding closes it.
func openFindingsBefore(ctx context.Context, from *Store, old review.Application, findings map[string]review.Finding) error {
	decided := map[string]bool{}
	for item, f := range findings {
		if f.Verdict.Reviewed() {
			decided[item] = true
		}
	}
	cur := old.ID
	for range 50 {
		prev, err := from.Baseline(ctx, cur)
		if err != nil || prev == 0 || prev == cur {
			return err
		}
		pa, err := from.Application(ctx, prev)
		if err != nil {
			return err
		}
		if pa.Edition != old.Edition {
			return nil // item ids may mean other rows in another edition
		}
		pf, err := from.Findings(ctx, prev)
		if err != nil {
			return err
		}
		for item, f := range pf {
			if decided[item] || !f.Verdict.Reviewed() {
				continue
			}
			decided[item] = true
			if f.Verdict.NeedsAction() {
				findings[item] = f
			}
		}
		cur = prev
	}
	return nil
}

// answerTexts is Answers with only what a comparison reads (id, text and the
// applicant's reply), not the note, provenance and evidence list: a third of
// a diff's time was reading answers, most of it copying columns.
func (s *Store) answerTexts(ctx context.Context, app int64) ([]review.Answer, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT item, text, reply FROM answers WHERE app = ? ORDER BY seq", app)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []review.Answer
	for rows.Next() {
		var a review.Answer
		if err := rows.Scan(&a.Item, &a.Text, &a.Reply); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
