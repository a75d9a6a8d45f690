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
	newAnswers, err := s.Answers(ctx, app)
	if err != nil {
		return nil, err
	}
	oldAnswers, err := from.Answers(ctx, old)
	if err != nil {
		return nil, err
	}
	oldFindings, err := from.Findings(ctx, old)
	if err != nil {
		return nil, err
	}
	in := review.CompareInput{Old: oldAnswers, New: newAnswers, OldEdition: o.Edition, NewEdition: a.Edition,
		OldFindings: oldFindings, OldApp: old}
	reg, err := s.Registry(ctx)
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
	return review.Compare(in), nil
}
