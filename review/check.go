package review

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"shinsa/criteria"
)

// Problem is one finding of the automatic pre-checks: the item (or cover
// field, as "cover.<field>") it concerns, the rule that found it, and a
// sentence saying what is wrong.
type Problem struct {
	Item    string `json:"item"`
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// Rule names. They are part of the CLI's JSON output and stay stable.
const (
	RuleRequiredEmpty          = "required-empty"
	RuleMaxChars               = "max-chars"
	RuleDateNotSeireki         = "date-not-seireki"
	RuleDateImpossible         = "date-impossible"
	RuleDisclosureDateFuture   = "disclosure-date-future"
	RuleDisclosureDateStale    = "disclosure-date-stale"
	RuleMoneyUnit              = "money-unit"
	RuleMoneyPeriod            = "money-period"
	RuleCorporateNumber        = "corporate-number"
	RuleURL                    = "url"
	RuleCertificationNumber    = "certification-number"
	RuleUnknownItem            = "unknown-item"
	RuleChoice                 = "choice"
	RuleYesNo                  = "yes-no"
	RuleCount                  = "count"
	RulePattern                = "pattern"
	RuleDateMissing            = "date-missing"
	RuleDisclosureDateMismatch = "disclosure-date-mismatch"
	RuleCoverMissing           = "cover-missing"
)

// Cover-field pseudo items, used as Problem.Item for checks of the cover sheet.
const (
	CoverDisclosureDate      = "cover.disclosure_date"
	CoverCorporateNumber     = "cover.corporate_number"
	CoverCertificationNumber = "cover.certification_number"
	CoverApplicant           = "cover.applicant"
	CoverService             = "cover.service"
)

var (
	reMoneyUnit = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`円|¥`)
	})
	// A fiscal period: 2026年3月期, 2026年3月決算(期), 2025年度, FY2025, or
	// the months it spans (2025年4月～2026年3月, 2025年4月1日～2026年3月31日),
	// matched in Normalize's form (dashes and waves folded to - and ~).
	reMoneyPeriod = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`年\s*\d{1,2}\s*月\s*(?:決算\s*)?期|年\s*\d{1,2}\s*月\s*決算|年\s*度|(?i:fy)\s*\d{2,4}` +
			`|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:~|-|から)\s*\d{4}\s*年\s*\d{1,2}\s*月` +
			`|\d{4}/\d{1,2}(?:/\d{1,2})?\s*(?:~|-|から)\s*\d{4}/\d{1,2}`)
	})
	reDigit = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[0-9]`)
	})
	reYear = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:1[89]|20)[0-9]{2}`)
	})
	reCertNumber = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:[A-Za-z]{1,4} ?)?\d{4}-(\d{2})(\d{2})$`)
	})
	yesNoWords = []string{"はい", "いいえ", "有り", "無し", "あり", "なし", "あります", "ありません", "有", "無", "yes", "no", "○", "×", "〇"}
)

// Check runs the automatic pre-checks of one application against its
// catalog and returns the problems found, cover problems first, then items
// in catalog order, then answers the catalog does not know; within one item
// by rule name. today is the day the check runs (for 開示情報の日付 in the
// future).
func Check(app Application, answers []Answer, cat *criteria.Catalog, today Date) []Problem {
	return CheckWith(app, answers, cat, today, nil)
}

// CheckWith is Check with the other applications of the same applicant
// (same 法人番号) in the case file, for the rule that compares facts across
// applications (RuleCrossApplication). It reads nothing itself: the caller
// passes what the store holds.
func CheckWith(app Application, answers []Answer, cat *criteria.Catalog, today Date, related []Related) []Problem {
	var ps []Problem
	add := func(item, rule, format string, args ...any) {
		ps = append(ps, Problem{Item: item, Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	byItem := make(map[string]Answer, len(answers))
	for _, a := range answers {
		byItem[a.Item] = a
	}
	checkCover(app, today, add, !tableDisclosureDate(byItem, cat).IsZero())
	checkDisclosureRow(app, byItem, cat, today, add)
	disclosure := app.DisclosureDate
	if disclosure.IsZero() {
		disclosure = tableDisclosureDate(byItem, cat)
	}
	order := map[string]int{}
	if cat != nil {
		for i, it := range cat.Items {
			order[it.ID] = i
			a, ok := byItem[it.ID]
			checkItem(it, a.Text, ok, add)
			if strings.TrimSpace(a.Text) == "" {
				continue
			}
			if isPercentRow(it) {
				checkPercent(it, a.Text, add)
			}
			checkStale(it, a.Text, disclosure, add)
		}
		checkTable(cat, byItem, disclosure, add)
		checkRelated(app, cat, byItem, related, add)
	}
	for _, a := range answers {
		checkSuperseded(a.Item, a.Text, add)
	}
	for _, a := range answers {
		if _, known := order[a.Item]; !known {
			order[a.Item] = len(order)
			edition := "no catalog"
			if cat != nil {
				edition = cat.Scheme + " " + cat.Edition
			}
			add(a.Item, RuleUnknownItem, "item %s is not in the catalog (%s)", a.Item, edition)
		}
	}
	rank := func(p Problem) int {
		if strings.HasPrefix(p.Item, "cover.") {
			return -1
		}
		return order[p.Item]
	}
	sort.SliceStable(ps, func(i, j int) bool {
		ri, rj := rank(ps[i]), rank(ps[j])
		if ri != rj {
			return ri < rj
		}
		if ps[i].Item != ps[j].Item {
			return ps[i].Item < ps[j].Item
		}
		return ps[i].Rule < ps[j].Rule
	})
	return ps
}

type addFunc func(item, rule, format string, args ...any)

func checkCover(app Application, today Date, add addFunc, tableHasDate bool) {
	// A CSV has no cover sheet: what the flags did not give is missing, and
	// the validity (from the 開示情報の日付) cannot be computed without it.
	if strings.TrimSpace(app.Applicant) == "" {
		add(CoverApplicant, RuleCoverMissing, "no 事業者名 (applicant)")
	}
	if strings.TrimSpace(app.Service) == "" {
		add(CoverService, RuleCoverMissing, "no サービス名称 (service)")
	}
	if app.DisclosureDate.IsZero() && !tableHasDate { // the table's own row can stand for it
		add(CoverDisclosureDate, RuleCoverMissing, "no 開示情報の日付 (disclosure date): the certification's validity runs from it")
	}
	if d := app.DisclosureDate; !d.IsZero() {
		checkDisclosureDate(CoverDisclosureDate, d, app, today, add)
	}
	if n := app.CorporateNumber; n != "" {
		if msg := corporateNumberProblem(n); msg != "" {
			add(CoverCorporateNumber, RuleCorporateNumber, "%s", msg)
		}
	}
	switch cn := strings.TrimSpace(nfkcString(app.CertificationNumber)); {
	case cn == "" && (app.Kind == Renewal || app.Kind == Change):
		add(CoverCertificationNumber, RuleCertificationNumber, "a %s needs the certification number it renews or changes (NNNN-YYMM)", app.Kind)
	case cn != "":
		m := reCertNumber().FindStringSubmatch(cn)
		if m == nil {
			add(CoverCertificationNumber, RuleCertificationNumber, "certification number %q is not NNNN-YYMM (optionally with a prefix such as \"IoT \")", app.CertificationNumber)
		} else if mm := m[2]; mm < "01" || mm > "12" {
			add(CoverCertificationNumber, RuleCertificationNumber, "certification number %q: %s is not a month (YYMM)", app.CertificationNumber, mm)
		}
	}
}

// checkDisclosureDate reports a 開示情報の日付 after today or more than a
// year before the submission (or today, when the submission date is not
// known).
func checkDisclosureDate(item string, d Date, app Application, today Date, add addFunc) {
	if !today.IsZero() && d.After(today) {
		add(item, RuleDisclosureDateFuture, "開示情報の日付 %s is after today (%s)", d, today)
	}
	ref, what := app.Submitted, "the submission date"
	if ref.IsZero() {
		ref, what = today, "today"
	}
	if !ref.IsZero() && d.Before(ref.AddDate(-1, 0)) {
		add(item, RuleDisclosureDateStale, "開示情報の日付 %s is more than a year before %s (%s)", d, what, ref)
	}
}

// DisclosureDateTitle is the title of the row every scheme's table opens
// with; its answer is the 開示情報の日付 the table itself states.
const DisclosureDateTitle = "開示情報の日付"

// checkDisclosureRow checks the date the table's 開示情報の日付 row states
// like the cover's, when it names another day: a CSV has no cover, and a
// cover may say one day while the published table says another.
func checkDisclosureRow(app Application, byItem map[string]Answer, cat *criteria.Catalog, today Date, add addFunc) {
	if cat == nil {
		return
	}
	for _, it := range cat.Items {
		if it.Title != DisclosureDateTitle {
			continue
		}
		for _, m := range FindDates(byItem[it.ID].Text) {
			if m.Err != nil || m.Day == 0 || m.Year < 1000 {
				continue
			}
			if d := NewDate(m.Year, time.Month(m.Month), m.Day); d != app.DisclosureDate {
				if !app.DisclosureDate.IsZero() {
					// The validity runs from this date: the cover and the
					// table that will be published must agree on it.
					add(it.ID, RuleDisclosureDateMismatch, "the table states %s, the cover %s", d, app.DisclosureDate)
				}
				checkDisclosureDate(it.ID, d, app, today, add)
			}
			break
		}
		return
	}
}

// tableDisclosureDate is the date the table's 開示情報の日付 row states, or
// the zero Date.
func tableDisclosureDate(byItem map[string]Answer, cat *criteria.Catalog) Date {
	if cat == nil {
		return Date{}
	}
	for _, it := range cat.Items {
		if it.Title != DisclosureDateTitle {
			continue
		}
		for _, m := range FindDates(byItem[it.ID].Text) {
			if m.Err == nil && m.Day != 0 && m.Year >= 1000 {
				return NewDate(m.Year, time.Month(m.Month), m.Day)
			}
		}
		break
	}
	return Date{}
}

// CorporateNumberValid reports whether s is a 13-digit 法人番号 with a correct
// check digit (full-width digits allowed).
func CorporateNumberValid(s string) bool { return corporateNumberProblem(s) == "" }

// corporateNumberProblem applies the National Tax Agency's rule: the first
// digit is 9 − (Σ Pn×Qn mod 9) over the 12 base digits, Pn counted from the
// right and Qn alternating 1, 2.
func corporateNumberProblem(s string) string {
	n := nfkcString(strings.TrimSpace(s))
	if len(n) != 13 || strings.Trim(n, "0123456789") != "" {
		return fmt.Sprintf("法人番号 %q is not 13 digits", s)
	}
	sum := 0
	for i := 0; i < 12; i++ {
		digit := int(n[12-i] - '0')
		if i%2 == 0 {
			sum += digit
		} else {
			sum += 2 * digit
		}
	}
	if want := 9 - sum%9; int(n[0]-'0') != want {
		return fmt.Sprintf("法人番号 %q has a wrong check digit (%d, expected %d)", s, n[0]-'0', want)
	}
	return ""
}

func checkItem(it criteria.Item, text string, answered bool, add addFunc) {
	text = strings.TrimSpace(text)
	if text == "" {
		if it.Required {
			if answered {
				add(it.ID, RuleRequiredEmpty, "mandatory item %s (%s) is empty", it.ID, it.Title)
			} else {
				add(it.ID, RuleRequiredEmpty, "mandatory item %s (%s) is not answered", it.ID, it.Title)
			}
		}
		return
	}
	c := it.Constraints
	if c.MaxChars > 0 {
		// Characters as a reader counts them: か and a combining ゛ pasted
		// from a PDF are one character, が; a line break is layout, not a
		// character.
		counted := strings.NewReplacer("\r", "", "\n", "").Replace(nfcString(text))
		if n := utf8.RuneCountInString(counted); n > c.MaxChars {
			add(it.ID, RuleMaxChars, "%d characters, over the limit of %d", n, c.MaxChars)
		}
	}
	folded := nfkcString(text)
	switch c.Kind {
	case criteria.KindDate, criteria.KindYear:
		if len(FindDates(text)) == 0 && (c.Kind == criteria.KindDate || !reYear().MatchString(folded)) {
			what := "date"
			if c.Kind == criteria.KindYear {
				what = "year"
			}
			add(it.ID, RuleDateMissing, "no %s in the answer (write it in 西暦, e.g. 2026年4月1日)", what)
		}
		checkDates(it, text, add)
	case criteria.KindMoney:
		if !reMoneyUnit().MatchString(folded) {
			add(it.ID, RuleMoneyUnit, "amount has no unit (円, 千円, 万円, 百万円, 億円)")
		}
		if c.Period && !reMoneyPeriod().MatchString(Normalize(text)) {
			add(it.ID, RuleMoneyPeriod, "amount names no fiscal period (such as 2026年3月期 or 2025年度)")
		}
	case criteria.KindCount:
		if !reDigit().MatchString(folded) {
			add(it.ID, RuleCount, "no number in the answer")
		}
	case criteria.KindURL:
		for _, line := range strings.Split(text, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				if msg := urlLineProblem(line); msg != "" {
					add(it.ID, RuleURL, "%s", msg)
				}
			}
		}
	case criteria.KindYesNo:
		if !startsWithWord(strings.ToLower(folded), yesNoWords) {
			add(it.ID, RuleYesNo, "answer does not start with はい/いいえ, 有/無 or あり/なし")
		}
	case criteria.KindChoice:
		if len(c.Choices) > 0 && !isChoice(folded, c.Choices) {
			add(it.ID, RuleChoice, "%q is not one of %s", text, strings.Join(c.Choices, ", "))
		}
	}
	if c.Seireki && c.Kind != criteria.KindDate && c.Kind != criteria.KindYear {
		checkDates(it, text, add)
	}
	if c.Pattern != "" {
		// An invalid pattern is the catalog's fault and is reported when the
		// catalog is validated, not once per answer here.
		if re, err := regexp.Compile(c.Pattern); err == nil && !re.MatchString(Normalize(text)) {
			add(it.ID, RulePattern, "answer does not have the form the catalog asks for%s", hint(c.Hint))
		}
	}
}

func hint(h string) string {
	if h == "" {
		return ""
	}
	return " (" + h + ")"
}

// checkDates reports 和暦 and impossible dates among the dates of an answer.
func checkDates(it criteria.Item, text string, add addFunc) {
	wareki := false
	mentions := FindDates(text)
	type day struct{ y, m, d int }
	stated := map[day]bool{} // the days the answer writes in 西暦
	for _, m := range mentions {
		if m.Seireki() && m.Err == nil {
			stated[day{m.Year, m.Month, m.Day}] = true
		}
	}
	for _, m := range mentions {
		if m.Err != nil {
			add(it.ID, RuleDateImpossible, "%v", m.Err)
		}
		// 2010年（平成22年） says what is asked; the 和暦 beside it only
		// repeats it.
		restated := m.Err == nil && stated[day{m.Year, m.Month, m.Day}]
		if !m.Seireki() && !wareki && !restated {
			wareki = true
			msg := fmt.Sprintf("%q is written in 和暦; ASPIC tables want 西暦", m.Text)
			if m.Err == nil {
				msg += ": " + seireki(m)
			}
			add(it.ID, RuleDateNotSeireki, "%s", msg)
		}
	}
}

// seireki writes a mention the way the tables want it: 2026年10月1日.
func seireki(m DateMention) string {
	s := fmt.Sprintf("%d年", m.Year)
	if m.Month != 0 {
		s += fmt.Sprintf("%d月", m.Month)
	}
	if m.Day != 0 {
		s += fmt.Sprintf("%d日", m.Day)
	}
	return s
}

// urlLineProblem checks one line of a URL answer. The line may put a label
// or a bullet before the URL (当社Webサイト：https://…, ・https://…) and an
// explanation after it (https://… （IR情報）, （https://…）で公開): the URL is
// taken from its scheme to the first space or bracket. A line without
// http:// or https:// is checked whole, so it is reported as not a URL.
func urlLineProblem(line string) string {
	lower := strings.ToLower(line)
	i := strings.Index(lower, "https://")
	if j := strings.Index(lower, "http://"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return urlProblem(line)
	}
	u := line[i:]
	rest := ""
	if k := strings.IndexFunc(u, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("（）「」『』【】＜＞<>\"、。，", r) || (r == ')' && strings.HasSuffix(line[:i], "("))
	}); k >= 0 {
		u, rest = u[:k], u[k:]
	}
	// A space inside the URL, not before an explanation: https://exa mple.jp/
	if after := strings.TrimLeftFunc(rest, unicode.IsSpace); after != rest && after != "" {
		if r, _ := utf8.DecodeRuneInString(after); r < utf8.RuneSelf && r != '(' {
			return fmt.Sprintf("%q contains white space", line)
		}
	}
	return urlProblem(u)
}

func urlProblem(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return fmt.Sprintf("%q is not a URL", s)
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Sprintf("%q is not an http or https URL", s)
	case u.Host == "" || u.Hostname() == "":
		return fmt.Sprintf("%q has no host", s)
	case strings.ContainsAny(s, " \t　"):
		return fmt.Sprintf("%q contains white space", s)
	}
	return ""
}

// startsWithWord reports whether s is one of words or starts with one
// followed by a separator (有（詳細は…）, はい。…).
func startsWithWord(s string, words []string) bool {
	for _, w := range words {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := s[len(w):]
		if rest == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune(" \n(（、,:：。.[［【-", r) {
			return true
		}
	}
	return false
}

// isChoice reports whether the answer is one of the choices, alone or
// followed by its explanation (その他（年額制）, 免震構造：地上10階建).
func isChoice(folded string, choices []string) bool {
	n := Normalize(folded)
	for _, c := range choices {
		if startsWithWord(n, []string{Normalize(c)}) {
			return true
		}
	}
	return false
}
