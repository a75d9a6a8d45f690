package demo

import (
	"fmt"
	"math/rand/v2"

	"shinsa/criteria"
	"shinsa/review"
)

// Pair returns two submissions of n rows as an applicant would send them two
// years apart: realistic Japanese answers, with about editShare of the rows
// edited the way renewals edit them (a number changed, a sentence added, a
// word replaced). Row ids are "1".."n". Benchmarks compare them.
func Pair(n int, editShare float64, seed uint64) (old, new []review.Answer) {
	rng := rand.New(rand.NewPCG(seed, 0x50414952))
	cat, err := criteria.Reference().Latest("medical-asp-saas")
	if err != nil {
		panic(err) // the embedded catalogs are tested
	}
	c := companies[1]
	date := review.NewDate(2026, 4, 1)
	edits := int(float64(n) * editShare)
	for i := 0; i < n; i++ {
		it := cat.Items[i%len(cat.Items)]
		text := answer(it, c, date, rng)
		if i >= len(cat.Items) {
			text = fmt.Sprintf("（第%d拠点）", i/len(cat.Items)+1) + text
		}
		id := fmt.Sprint(i + 1)
		old = append(old, review.Answer{Item: id, Text: text})
		if i%(n/max(edits, 1)) == n/max(edits, 1)/2 && edits > 0 {
			text = edit(text, rng)
		}
		new = append(new, review.Answer{Item: id, Text: text})
	}
	return old, new
}
