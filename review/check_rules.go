package review

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"shinsa/criteria"
)

// Rules that read a figure, a period or another row the way a reviewer does
// by eye. Their names are part of the CLI's JSON output and stay stable.
const (
	RulePercent             = "percent"              // a ratio must be a number with %, 0–100
	RuleStalePeriod         = "stale-period"         // a fiscal period older than the last two closed years
	RuleAvailabilityPeriod  = "availability-period"  // an availability figure with no period, or an old one
	RuleSupersededGuideline = "superseded-guideline" // an answer names a guideline that was replaced
	RuleYearsInconsistent   = "years-inconsistent"   // 事業年数 vs 設立年 and 開示情報の日付
	RuleDependentRow        = "dependent-row"        // a row filled although the row it depends on says なし
	RuleSLALevel            = "sla-level"            // SLA 有 but no level stated
	RuleCrossApplication    = "cross-application"    // a fact differs from another application of the same 法人番号
)

// Related is another application of the same applicant (same 法人番号) in
// the case file, with its answers and catalog, so that the rules can
// compare facts across applications without reading the store themselves.
type Related struct {
	App     Application
	Answers []Answer
	Catalog *criteria.Catalog
}

// ParseNumber reads the first number of a text the way applicants write it:
// full-width digits and separators (９９．９５％), thousands separators
// (1,234 / 1，234), and returns it with the text that follows it directly
// (its unit, such as % or 名). ok is false when the text holds no number.
func ParseNumber(text string) (v float64, unit string, ok bool) {
	t := nfkcString(text)
	loc := reNumber().FindStringIndex(t)
	if loc == nil {
		return 0, "", false
	}
	num := strings.ReplaceAll(t[loc[0]:loc[1]], ",", "")
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, "", false
	}
	rest := strings.TrimLeft(t[loc[1]:], " ")
	return v, rest, true
}

var (
	reNumber = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?`)
	})
	// 1億2,000万円, 16,859,430(千円), 3,000万円, 100百万円, 5億円
	reAmount = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:(\d[\d,]*(?:\.\d+)?)\s*億)?\s*(?:(\d[\d,]*(?:\.\d+)?)\s*万)?\s*(\d[\d,]*(?:\.\d+)?)?\s*[(（\[]?\s*(千円|百万円|万円|億円|円)`)
	})
	reYearsStated  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d+)\s*年`) })
	reMonthsStated = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d+)\s*(?:ヶ|か|カ|ケ|箇|ケ)?\s*月`) })
	reISMS         = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)IS\s*-?\s*(\d{5,6})`) })
	rePMark        = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d{8})\s*(?:\(\d{1,2}\))?`) })
	reFiscalYear   = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)(?:(\d{4})\s*年度|FY\s*(\d{4}))`)
	})
)

// ParseAmount reads a money answer as yen: 16,859,430(千円), 1億2,000万円,
// ５００万円, 100百万円. ok is false when no amount with a unit is found.
func ParseAmount(text string) (yen float64, ok bool) {
	t := nfkcString(text)
	m := reAmount().FindStringSubmatch(t)
	if m == nil || (m[1] == "" && m[2] == "" && m[3] == "") {
		return 0, false
	}
	f := func(s string) float64 {
		v, _ := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		return v
	}
	mult := map[string]float64{"円": 1, "千円": 1e3, "万円": 1e4, "百万円": 1e6, "億円": 1e8}[m[4]]
	v := f(m[1])*1e8 + f(m[2])*1e4 + f(m[3])*mult
	if m[1] == "" && m[2] == "" {
		v = f(m[3]) * mult
	} else if m[3] == "" && m[4] != "円" {
		// 1億2,000万円: the unit closes the 万 part
		v = f(m[1])*1e8 + f(m[2])*1e4
	}
	return v, true
}

func isPercentRow(it criteria.Item) bool {
	return it.Constraints.Kind == criteria.KindPercent || it.Constraints.Unit == "%"
}

func isAvailabilityRow(it criteria.Item) bool {
	return isPercentRow(it) && (strings.Contains(it.Title, "稼働率") || strings.Contains(it.Description, "稼働率"))
}

// checkPercent: a ratio is a number followed by %, between 0 and 100.
func checkPercent(it criteria.Item, text string, add addFunc) {
	v, unit, ok := ParseNumber(text)
	switch {
	case !ok:
		add(it.ID, RulePercent, "no figure in the answer (write it as 99.95%%)")
	case !strings.HasPrefix(unit, "%"):
		add(it.ID, RulePercent, "%v has no %% sign (write it as %v%%)", v, v)
	case v < 0 || v > 100:
		add(it.ID, RulePercent, "%v%% is not a ratio between 0%% and 100%%", v)
	}
}

// periodEnd is the last month an answer's period or date names, as
// year*12+month-1: 2024年3月期 → 2024-03, 2025年度/FY2025 → 2026-03 (April to
// March), 2025年 → 2025-12, 令和6年3月期 → 2024-03. ok is false when the
// answer names no period.
func periodEnd(text string) (int, bool) {
	best, ok := 0, false
	use := func(v int) {
		if !ok || v > best {
			best, ok = v, true
		}
	}
	t := nfkcString(text)
	fy := map[int]bool{}
	for _, m := range reFiscalYear().FindAllStringSubmatch(t, -1) {
		y, _ := strconv.Atoi(m[1] + m[2])
		fy[y] = true
		use((y+1)*12 + 2)
	}
	for _, m := range FindDates(text) {
		if m.Err != nil || m.Year < 1900 {
			continue
		}
		if m.Month == 0 {
			if fy[m.Year] {
				continue
			}
			use(m.Year*12 + 11)
			continue
		}
		use(m.Year*12 + m.Month - 1)
	}
	return best, ok
}

func monthString(v int) string { return fmt.Sprintf("%d-%02d", v/12, v%12+1) }

// checkStale: a fiscal figure older than the last two closed fiscal years
// before the 開示情報の日付; an availability figure with no period or one
// that ended more than a year before it.
func checkStale(it criteria.Item, text string, disclosure Date, add addFunc) {
	if disclosure.IsZero() {
		return
	}
	money, avail := it.Constraints.Kind == criteria.KindMoney, isAvailabilityRow(it)
	if !money && !avail && !isPercentRow(it) {
		return
	}
	dm := disclosure.Time().Year()*12 + int(disclosure.Time().Month()) - 1
	end, named := periodEnd(text)
	switch {
	case avail:
		if !named {
			if t := nfkcString(text); !strings.Contains(t, "直近") && !strings.Contains(t, "前年度") && !strings.Contains(t, "昨年度") && !strings.Contains(t, "過去1年") {
				add(it.ID, RuleAvailabilityPeriod, "the availability figure names no period (such as 2025年4月～2026年3月)")
			}
			return
		}
		if end < dm-12 {
			add(it.ID, RuleAvailabilityPeriod, "the availability figure is for a period ending %s, more than a year before the 開示情報の日付 %s", monthString(end), disclosure)
		}
	case it.Constraints.Kind == criteria.KindMoney || (isPercentRow(it) && named):
		if named && end < dm-24 {
			add(it.ID, RuleStalePeriod, "the figure is for a period ending %s, older than the last two closed fiscal years before the 開示情報の日付 %s", monthString(end), disclosure)
		}
	}
}

// supersededName is a guideline an answer may still name, and what
// replaced it.
type supersededName struct {
	lit       string // a fragment every match contains, tried before the pattern
	re        func() *regexp.Regexp
	successor string
	older     func(m []string) bool // nil: any match is superseded
}

const (
	successorProvider = "医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン 第2.0版（総務省・経済産業省、2025年3月）"
	successorMHLW     = "医療情報システムの安全管理に関するガイドライン 第6.0版（厚生労働省、2023年5月）"
	successorCloud    = "クラウドサービス提供における情報セキュリティ対策ガイドライン 第3版（総務省、2021年9月）"
)

func lazy(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

func versionBelow(limit float64) func(m []string) bool {
	return func(m []string) bool {
		v, err := strconv.ParseFloat(m[len(m)-1], 64)
		return err == nil && v < limit
	}
}

var supersededNames = []supersededName{
	{lit: "情報処理事業者", re: lazy(`医療情報を受託管理する情報処理事業者(?:向け|における安全管理)ガイドライン`), successor: successorProvider},
	{lit: "事業者が医療情報", re: lazy(`ASP・SaaS事業者が医療情報を取り扱う際の安全管理に関するガイドライン`), successor: successorProvider},
	{lit: "事業者が医療情報", re: lazy(`クラウドサービス事業者が医療情報を取り扱う際の安全管理に関するガイドライン`), successor: successorProvider},
	{lit: "省", re: lazy(`(?:3|三)省(?:4|四|3|三)ガイドライン`), successor: "3省2ガイドライン: " + successorMHLW + " and " + successorProvider},
	{lit: "医療情報システムの安全管理", re: lazy(`医療情報システムの安全管理に関するガイドライン[^。\n]{0,8}?第?(\d+(?:\.\d+)?)版`), successor: successorMHLW, older: versionBelow(6)},
	{lit: "提供事業者における安全管理", re: lazy(`提供事業者における安全管理ガイドライン[^。\n]{0,8}?第?(\d+(?:\.\d+)?)版`), successor: successorProvider, older: versionBelow(2)},
	{lit: "における情報セキュリティ対策", re: lazy(`ASP・SaaSにおける情報セキュリティ対策ガイドライン`), successor: successorCloud},
	{lit: "クラウドサービス提供における", re: lazy(`クラウドサービス提供における情報セキュリティ対策ガイドライン[^。\n]{0,8}?第?(\d+)版`), successor: successorCloud, older: versionBelow(3)},
}

// foldForNames folds an answer for matching guideline names: NFKC (full
// width, half-width katakana), no white space, and the middle dots
// applicants type (・･·) as one.
func foldForNames(s string) string {
	t := nfkcString(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000':
			return -1
		case r == '･' || r == '·' || r == '•':
			return '・'
		}
		return r
	}, t)
}

// checkSuperseded reports guidelines an answer names that have been
// replaced, with what replaced them.
func checkSuperseded(item, text string, add addFunc) {
	if !strings.Contains(text, "ガイドライン") && !strings.Contains(text, "ｶﾞｲﾄﾞﾗｲﾝ") {
		return
	}
	t := foldForNames(text)
	for _, n := range supersededNames {
		if !strings.Contains(t, n.lit) {
			continue
		}
		for _, m := range n.re().FindAllStringSubmatch(t, -1) {
			if n.older != nil && !n.older(m) {
				continue
			}
			add(item, RuleSupersededGuideline, "%q has been superseded: cite %s", m[0], n.successor)
			break
		}
	}
}

var negativeWords = []string{"無し", "なし", "無", "いいえ", "ありません", "no", "×", "該当なし", "該当無し"}

func isNegative(text string) bool {
	return startsWithWord(strings.ToLower(nfkcString(strings.TrimSpace(text))), negativeWords)
}

func isPositive(text string) bool {
	return startsWithWord(strings.ToLower(nfkcString(strings.TrimSpace(text))), []string{"有り", "あり", "有", "はい", "あります", "yes", "○", "〇"})
}

// isPlaceholder reports an answer that says "nothing here": －, なし, 該当なし.
func isPlaceholder(text string) bool {
	t := strings.TrimSpace(nfkcString(text))
	switch t {
	case "", "-", "－", "―", "ー", "—", "‐", "n/a", "N/A", "対象外":
		return true
	}
	return isNegative(t)
}

// checkTable runs the rules that compare rows of one table: 事業年数 with
// 設立年 and the 開示情報の日付, rows filled below a row that says なし,
// and an SLA with no level.
func checkTable(cat *criteria.Catalog, byItem map[string]Answer, disclosure Date, add addFunc) {
	if cat == nil {
		return
	}
	var founded, years *criteria.Item
	for i := range cat.Items {
		it := &cat.Items[i]
		switch {
		case founded == nil && it.Constraints.Kind == criteria.KindYear && strings.Contains(it.Description+it.Title, "設立"):
			founded = it
		case years == nil && strings.Contains(it.Description, "事業年数"):
			years = it
		}
	}
	if founded != nil && years != nil && !disclosure.IsZero() {
		checkYears(*founded, *years, byItem, disclosure, add)
	}
	// Rows of one No below a yes/no row.
	for i := 0; i < len(cat.Items); i++ {
		// Only the first row of a No governs the rows below it (15.1 親会社の
		// 有無 → 15.2 名称); a yes/no further down (49.2 冗長化の有無) does not.
		head := cat.Items[i]
		if head.Constraints.Kind != criteria.KindYesNo || (i > 0 && cat.Items[i-1].No == head.No) {
			continue
		}
		ans := byItem[head.ID].Text
		for j := i + 1; j < len(cat.Items) && cat.Items[j].No == head.No; j++ {
			dep := cat.Items[j]
			dtext := byItem[dep.ID].Text
			switch {
			case isNegative(ans) && !isPlaceholder(dtext):
				add(dep.ID, RuleDependentRow, "row %s answers %q, yet this row is filled", head.ID, firstLine(ans))
			case isPositive(ans) && strings.Contains(head.Description, "SLA") && strings.Contains(dep.Description, "水準") && isPlaceholder(dtext):
				add(dep.ID, RuleSLALevel, "row %s says there is an SLA, but no level is stated here", head.ID)
			}
		}
	}
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > 20 {
		s = string(r[:20]) + "…"
	}
	return s
}

func checkYears(founded, years criteria.Item, byItem map[string]Answer, disclosure Date, add addFunc) {
	ftext, ytext := byItem[founded.ID].Text, byItem[years.ID].Text
	var fy, fm int
	for _, m := range FindDates(ftext) {
		if m.Err == nil && m.Year >= 1800 {
			fy, fm = m.Year, m.Month
			break
		}
	}
	if fy == 0 || strings.TrimSpace(ytext) == "" {
		return
	}
	t := nfkcString(ytext)
	stated := -1.0
	if m := reYearsStated().FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		stated = float64(y)
	} else if m := reMonthsStated().FindStringSubmatch(t); m != nil {
		mo, _ := strconv.Atoi(m[1])
		stated = float64(mo) / 12
	}
	if stated < 0 {
		return
	}
	if fm == 0 {
		fm = 1
	}
	months := (disclosure.Time().Year()*12 + int(disclosure.Time().Month())) - (fy*12 + fm)
	if months < 0 {
		add(founded.ID, RuleYearsInconsistent, "設立 %d年 is after the 開示情報の日付 %s", fy, disclosure)
		return
	}
	actual := float64(months) / 12
	if math.Abs(stated-actual) > 1.01 {
		add(years.ID, RuleYearsInconsistent, "事業年数 %q does not match 設立 %d年%d月 and the 開示情報の日付 %s (%.0f years)", firstLine(ytext), fy, fm, disclosure, math.Floor(actual))
	}
}

// crossFact is one fact that must be the same in every application of one
// company: how to find its row from the row's description, and how to read it.
type crossFact struct {
	name string
	is   func(it criteria.Item) bool
	key  func(text string) string // "" when the answer states nothing comparable
}

func has(words ...string) func(criteria.Item) bool {
	return func(it criteria.Item) bool {
		for _, w := range words {
			if !strings.Contains(it.Description, w) {
				return false
			}
		}
		return true
	}
}

func folded(text string) string {
	if isPlaceholder(text) {
		return ""
	}
	return foldForNames(text)
}

var crossFacts = []crossFact{
	{"資本金", has("資本金"), func(t string) string {
		if v, ok := ParseAmount(t); ok {
			return strconv.FormatFloat(v, 'f', 0, 64) + "円"
		}
		return folded(t)
	}},
	{"従業員数", has("従業員数"), func(t string) string {
		if v, _, ok := ParseNumber(t); ok {
			return strconv.FormatFloat(v, 'f', -1, 64) + "名"
		}
		return ""
	}},
	{"本店所在地", func(it criteria.Item) bool { return has("本店", "住所")(it) || has("本店", "所在地")(it) }, folded},
	{"代表者", has("代表者の氏名"), folded},
	{"ISMS登録番号", has("ISMS", "登録番号"), func(t string) string {
		return joinMatches(reISMS(), nfkcString(t))
	}},
	{"プライバシーマーク登録番号", has("プライバシーマーク"), func(t string) string {
		return joinMatches(rePMark(), nfkcString(t))
	}},
}

func joinMatches(re *regexp.Regexp, t string) string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(t, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

// sameReview reports whether two applications are rounds of one review or
// a renewal and what it renews, whose answers legitimately differ.
func sameReview(a, b Application) bool {
	root := func(x Application) int64 {
		if x.RoundOf != 0 {
			return x.RoundOf
		}
		return x.ID
	}
	return root(a) == root(b) || a.Predecessor != 0 && a.Predecessor == b.ID || b.Predecessor != 0 && b.Predecessor == a.ID
}

func submittedOn(a Application) Date {
	if !a.Submitted.IsZero() {
		return a.Submitted
	}
	return a.DisclosureDate
}

// checkRelated compares the facts every application of one company states
// alike with the other applications of the same 法人番号 submitted within a
// year, and names the other application and its row when they differ.
func checkRelated(app Application, cat *criteria.Catalog, byItem map[string]Answer, related []Related, add addFunc) {
	if cat == nil || strings.TrimSpace(app.CorporateNumber) == "" || len(related) == 0 {
		return
	}
	day := submittedOn(app)
	for _, f := range crossFacts {
		var mine *criteria.Item
		for i := range cat.Items {
			if f.is(cat.Items[i]) {
				mine = &cat.Items[i]
				break
			}
		}
		if mine == nil {
			continue
		}
		my := f.key(byItem[mine.ID].Text)
		if my == "" {
			continue
		}
		for _, r := range related {
			o := r.App
			if o.ID == app.ID || o.CorporateNumber != app.CorporateNumber || r.Catalog == nil || sameReview(app, o) {
				continue
			}
			if od := submittedOn(o); day.IsZero() || od.IsZero() || absDays(day, od) > 365 {
				continue
			}
			for _, it := range r.Catalog.Items {
				if !f.is(it) {
					continue
				}
				var text string
				for _, a := range r.Answers {
					if a.Item == it.ID {
						text = a.Text
						break
					}
				}
				if other := f.key(text); other != "" && other != my {
					add(mine.ID, RuleCrossApplication, "%s differs from application %d (%s) row %s: %q there, %q here",
						f.name, o.ID, SanitizeLine(o.Service), it.ID, firstLine(text), firstLine(byItem[mine.ID].Text))
				}
				break
			}
		}
	}
}

func absDays(a, b Date) int {
	d := a.Time().Sub(b.Time()) / (24 * time.Hour)
	if d < 0 {
		d = -d
	}
	return int(d)
}
