package review

import (
	"strings"

	"shinsa/criteria"
)

// Representative is the applicant's 代表者 as the submission states it: the
// answer to the row asking for 代表者の氏名 (No 6 経営者, e.g. "代表取締役社長
// 山田 直樹"), first line only, sanitised to one line; "" when the catalog
// has no such row or the answer is empty or a placeholder. Every submission
// form (workbook, CSV, JSON) carries it as that row.
func Representative(cat *criteria.Catalog, answers []Answer) string {
	if cat == nil {
		return ""
	}
	want := ""
	for _, it := range cat.Items {
		if strings.Contains(it.Description, "代表者の氏名") || strings.Contains(it.Description, "代表者名") {
			want = it.ID
			break
		}
	}
	if want == "" {
		return ""
	}
	for _, a := range answers {
		if a.Item != want {
			continue
		}
		first := strings.TrimSpace(strings.SplitN(strings.TrimSpace(Sanitize(a.Text)), "\n", 2)[0])
		if isPlaceholder(first) {
			return ""
		}
		if r := []rune(first); len(r) > 60 { // a sentence, not a name: not for an address line
			return ""
		}
		return SanitizeLine(first)
	}
	return ""
}
