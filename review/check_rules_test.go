package review

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"shinsa/criteria"
)

func refCat(t testing.TB, scheme, edition string) *criteria.Catalog {
	t.Helper()
	c, err := criteria.Reference().Catalog(scheme, edition)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// ruleHits runs every rule on the ASP・SaaS ref-2026.2 table with the given
// answers (on top of a clean 開示情報の日付 and 事業者名) and returns
// "item rule" for the problems of the named rules.
func ruleHits(t *testing.T, answers map[string]string, related []Related, rules ...string) []string {
	t.Helper()
	as := []Answer{{Item: "1", Text: "2026年10月1日"}, {Item: "2", Text: "北斗クラウドテクノロジー株式会社"}}
	for id, text := range answers {
		as = append(as, Answer{Item: id, Text: text})
	}
	app := goodApp()
	app.ID = 12
	var got []string
	for _, p := range CheckWith(app, as, refCat(t, "asp-saas", "ref-2026.2"), checkToday, related) {
		if slices.Contains(rules, p.Rule) {
			got = append(got, p.Item+" "+p.Rule)
			if p.Message == "" {
				t.Errorf("%+v has no message", p)
			}
		}
	}
	slices.Sort(got)
	return got
}

func expectHits(t *testing.T, name string, got []string, want ...string) {
	t.Helper()
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: problems %q, want %q", name, got, want)
	}
}

func TestParseNumberAndAmount(t *testing.T) {
	for in, want := range map[string]float64{"99.95%": 99.95, "９９．９５％": 99.95, "1,234名": 1234, "１，２３４名": 1234, "約30名（2026年4月1日現在）": 30} {
		if v, _, ok := ParseNumber(in); !ok || v != want {
			t.Errorf("ParseNumber(%q) = %v %v, want %v", in, v, ok, want)
		}
	}
	for in, want := range map[string]float64{
		"16,859,430(千円)[2022年12月期]": 16859430e3, "1億2,000万円": 120000000, "５００万円": 5e6, "100百万円": 1e8,
		"3億円": 3e8, "10,000,000円": 1e7, "１２億円（２０２５年度）": 12e8,
	} {
		if v, ok := ParseAmount(in); !ok || v != want {
			t.Errorf("ParseAmount(%q) = %v %v, want %v", in, v, ok, want)
		}
	}
	if _, ok := ParseAmount("非公開"); ok {
		t.Error("ParseAmount read an amount from 非公開")
	}
}

// percent: 稼働率 and 自己資本比率 are read as numbers, full width or not.
func TestRulePercent(t *testing.T) {
	for _, ok := range []string{"99.95%（2025年4月～2026年3月）", "９９．９５％（２０２５年４月～２０２６年３月）", "99.9 %（直近1年間）"} {
		expectHits(t, ok, ruleHits(t, map[string]string{"35.1": ok}, nil, RulePercent))
	}
	expectHits(t, "no sign", ruleHits(t, map[string]string{"35.1": "99.95（2025年度）"}, nil, RulePercent), "35.1 percent")
	expectHits(t, "over 100", ruleHits(t, map[string]string{"35.1": "999.5%（2025年度）"}, nil, RulePercent), "35.1 percent")
	expectHits(t, "words", ruleHits(t, map[string]string{"35.1": "高い稼働率を維持"}, nil, RulePercent), "35.1 percent")
	expectHits(t, "自己資本比率", ruleHits(t, map[string]string{"12": "45.2%[2026年3月期]"}, nil, RulePercent, RuleStalePeriod))
	// ref-2026 has the rows as text with unit %: the same rule runs there.
	as := []Answer{{Item: "1", Text: "2026年10月1日"}, {Item: "2", Text: "x"}, {Item: "35.1", Text: "99.95"}}
	var hit bool
	for _, p := range Check(goodApp(), as, refCat(t, "asp-saas", "ref-2026"), checkToday) {
		hit = hit || p.Item == "35.1" && p.Rule == RulePercent
	}
	if !hit {
		t.Error("ref-2026 35.1 (kind text, unit %) was not checked as a percentage")
	}
}

// Dates in every form; 設立年 may be a full date with a note (RECORD.md).
func TestRuleDatesInEveryForm(t *testing.T) {
	rules := []string{RuleDateMissing, RuleDateNotSeireki, RuleDateImpossible, RuleYearsInconsistent}
	for _, ok := range []string{"2024/10/31", "2024年4月15日", "2024-04-15"} {
		expectHits(t, ok, ruleHits(t, map[string]string{"24": ok}, nil, rules...))
	}
	expectHits(t, "和暦", ruleHits(t, map[string]string{"24": "令和6年4月15日"}, nil, rules...), "24 date-not-seireki")
	expectHits(t, "no such day", ruleHits(t, map[string]string{"24": "2024年2月30日"}, nil, rules...), "24 date-impossible")
	// The published table's own example, with a matching 事業年数.
	expectHits(t, "設立 with a note", ruleHits(t, map[string]string{"3.1": "2021年8月24日（2023年6月1日 合併効力発生日）", "3.2": "5年"}, nil, rules...))
	expectHits(t, "和暦 beside 西暦", ruleHits(t, map[string]string{"3.1": "2010年（平成22年）", "3.2": "16年"}, nil, rules...))
}

// stale-period and availability-period against the 開示情報の日付 2026-10-01.
func TestRuleStaleness(t *testing.T) {
	rules := []string{RuleStalePeriod, RuleAvailabilityPeriod}
	expectHits(t, "last closed year", ruleHits(t, map[string]string{"9": "16,859,430(千円)[2026年3月期]", "10": "1,200,000(千円)[2025年3月期]"}, nil, rules...))
	expectHits(t, "RECORD.md example, four years old", ruleHits(t, map[string]string{"9": "16,859,430(千円)[2022年12月期]"}, nil, rules...), "9 stale-period")
	expectHits(t, "年度 three years back", ruleHits(t, map[string]string{"10": "3億円（2023年度）"}, nil, rules...), "10 stale-period")
	expectHits(t, "和暦 period", ruleHits(t, map[string]string{"9": "12億円（令和4年3月期）"}, nil, rules...), "9 stale-period")
	expectHits(t, "資本金 with a recent date", ruleHits(t, map[string]string{"11": "1億円（2026年3月31日現在）"}, nil, rules...))
	expectHits(t, "availability with no period", ruleHits(t, map[string]string{"35.1": "99.95%"}, nil, rules...), "35.1 availability-period")
	expectHits(t, "availability for an old year", ruleHits(t, map[string]string{"35.1": "99.99%（2023年度実績）"}, nil, rules...), "35.1 availability-period")
	expectHits(t, "availability for the year before", ruleHits(t, map[string]string{"35.1": "前年度の実績は９９.９７%でした。"}, nil, rules...))
	expectHits(t, "availability for the last year", ruleHits(t, map[string]string{"35.1": "99.99%（2025年10月～2026年9月）"}, nil, rules...))
}

// superseded-guideline names the successor.
func TestRuleSupersededGuideline(t *testing.T) {
	cat := refCat(t, "medical-asp-saas", "ref-2026.2")
	run := func(text string) []Problem {
		as := []Answer{{Item: "1", Text: "2026年10月1日"}, {Item: "2", Text: "x"}, {Item: "81.1", Text: text}}
		var out []Problem
		for _, p := range Check(goodApp(), as, cat, checkToday) {
			if p.Rule == RuleSupersededGuideline {
				out = append(out, p)
			}
		}
		return out
	}
	for text, successor := range map[string]string{
		"医療情報を受託管理する情報処理事業者向けガイドラインに準拠しています。": "第2.0版",
		"3省4ガイドラインに準拠": "3省2ガイドライン",
		"厚生労働省「医療情報システムの安全管理に関するガイドライン 第5.2版」に準拠":          "第6.0版",
		"ＡＳＰ・ＳａａＳにおける情報セキュリティ対策ガイドラインに基づく対策を実施":            "第3版",
		"医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン第1.1版に準拠": "第2.0版",
	} {
		ps := run(text)
		if len(ps) != 1 || !strings.Contains(ps[0].Message, successor) || ps[0].Item != "81.1" {
			t.Errorf("%q: %+v, want one problem naming %s", text, ps, successor)
		}
	}
	for _, current := range []string{
		"3省2ガイドライン（医療情報システムの安全管理に関するガイドライン 第6.0版、医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン 第2.0版）に準拠",
		"クラウドサービス提供における情報セキュリティ対策ガイドライン（第3版）に基づく",
	} {
		if ps := run(current); len(ps) != 0 {
			t.Errorf("%q: %+v, want none", current, ps)
		}
	}
}

// Consistency within one table.
func TestRuleTableConsistency(t *testing.T) {
	rules := []string{RuleYearsInconsistent, RuleDependentRow, RuleSLALevel}
	expectHits(t, "years agree", ruleHits(t, map[string]string{"3.1": "2010年", "3.2": "16年"}, nil, rules...))
	expectHits(t, "years disagree", ruleHits(t, map[string]string{"3.1": "2010年", "3.2": "9年"}, nil, rules...), "3.2 years-inconsistent")
	expectHits(t, "founded after disclosure", ruleHits(t, map[string]string{"3.1": "2027年", "3.2": "1年"}, nil, rules...), "3.1 years-inconsistent")
	expectHits(t, "young company in months", ruleHits(t, map[string]string{"3.1": "2026年2月1日", "3.2": "8ヶ月"}, nil, rules...))
	expectHits(t, "親会社 無 but named", ruleHits(t, map[string]string{"15.1": "無", "15.2": "北斗ホールディングス株式会社（100%）"}, nil, rules...), "15.2 dependent-row")
	expectHits(t, "親会社 無 and －", ruleHits(t, map[string]string{"15.1": "無", "15.2": "－"}, nil, rules...))
	expectHits(t, "SLA 有 with no level", ruleHits(t, map[string]string{"31.1": "有"}, nil, rules...), "31.2 sla-level")
	expectHits(t, "SLA 有 with a level", ruleHits(t, map[string]string{"31.1": "有", "31.2": "稼働率99.9%（月間）"}, nil, rules...))
	expectHits(t, "a yes/no further down governs nothing", ruleHits(t, map[string]string{"49.2": "無", "49.3": "2社"}, nil, rules...))
	expectHits(t, "SLA 無 but a level", ruleHits(t, map[string]string{"31.1": "無", "31.2": "稼働率99.9%"}, nil, rules...), "31.2 dependent-row")
}

// Facts of one company across its applications in the case file.
func TestRuleCrossApplication(t *testing.T) {
	other := Application{ID: 7, Scheme: "medical-asp-saas", Edition: "ref-2026.2", Kind: New, Service: "北斗カルテ",
		CorporateNumber: goodApp().CorporateNumber, Submitted: NewDate(2026, time.March, 1)}
	otherAnswers := []Answer{{Item: "11", Text: "1億円"}, {Item: "8", Text: "120名"}, {Item: "4.1", Text: "〒100-0005 東京都千代田区丸の内一丁目1番1号"},
		{Item: "6.1", Text: "代表取締役社長 北斗 太郎"}, {Item: "63.2", Text: "IS 123456（本社）"}}
	rel := []Related{{App: other, Answers: otherAnswers, Catalog: refCat(t, "medical-asp-saas", "ref-2026.2")}}
	same := map[string]string{"11": "100,000(千円)", "8": "１２０名", "4.1": "〒100-0005　東京都千代田区丸の内一丁目1番1号", "6.1": "代表取締役社長　北斗 太郎", "63.2": "IS123456"}
	expectHits(t, "same facts", ruleHits(t, same, rel, RuleCrossApplication))
	differ := map[string]string{"11": "5,000万円", "8": "95名", "4.1": "〒105-0001 東京都港区虎ノ門一丁目1番1号", "6.1": "代表取締役 南 次郎", "63.2": "IS 654321"}
	got := ruleHits(t, differ, rel, RuleCrossApplication)
	expectHits(t, "differing facts", got, "11 cross-application", "4.1 cross-application", "6.1 cross-application", "63.2 cross-application", "8 cross-application")
	// The message names the other application and its row.
	as := []Answer{{Item: "1", Text: "2026年10月1日"}, {Item: "2", Text: "x"}, {Item: "11", Text: "5,000万円"}}
	for _, p := range CheckWith(goodApp(), as, refCat(t, "asp-saas", "ref-2026.2"), checkToday, rel) {
		if p.Rule == RuleCrossApplication && !strings.Contains(p.Message, "application 7 (北斗カルテ) row 11") {
			t.Errorf("message does not name the other application and row: %s", p.Message)
		}
	}
	// More than a year apart, another company, or a round of the same review: no comparison.
	for name, f := range map[string]func(*Related){
		"over a year": func(r *Related) { r.App.Submitted = NewDate(2025, time.September, 1) },
		"other 法人番号":  func(r *Related) { r.App.CorporateNumber = "4011001000001" },
		"same review": func(r *Related) { r.App.RoundOf = 12 },
	} {
		r := rel[0]
		f(&r)
		expectHits(t, name, ruleHits(t, differ, []Related{r}, RuleCrossApplication))
	}
}

// All rules together stay under 5 ms for a 175-row application (the
// medical ref-2026 table) with related applications of the same company.
func BenchmarkCheckAllRules175Rows(b *testing.B) {
	cat := refCat(b, "medical-asp-saas", "ref-2026")
	if len(cat.Items) != 175 {
		b.Fatalf("%d rows, want 175", len(cat.Items))
	}
	answers := make([]Answer, 0, len(cat.Items))
	for i, it := range cat.Items {
		text := fmt.Sprintf("回答%d：医療情報を受託管理する情報処理事業者向けガイドラインに準拠し、2025年4月1日から運用しています。", i)
		switch it.Constraints.Kind {
		case criteria.KindDate:
			text = "2026年10月1日"
		case criteria.KindYear:
			text = "2010年（平成22年）"
		case criteria.KindMoney:
			text = "16,859,430(千円)[2026年3月期]"
		case criteria.KindCount:
			text = "１２０名"
		case criteria.KindYesNo:
			text = "有"
		case criteria.KindURL:
			text = "https://www.example.co.jp/"
		}
		if it.Constraints.Unit == "%" {
			text = "９９．９５％（２０２５年４月～２０２６年３月）"
		}
		answers = append(answers, Answer{Item: it.ID, Text: text})
	}
	app := goodApp()
	rel := []Related{{App: Application{ID: 9, CorporateNumber: app.CorporateNumber, Submitted: app.Submitted, Service: "別サービス"}, Answers: answers, Catalog: cat},
		{App: Application{ID: 10, CorporateNumber: app.CorporateNumber, Submitted: app.Submitted, Service: "別サービス2"}, Answers: answers, Catalog: cat}}
	CheckWith(app, answers, cat, checkToday, rel) // compile the lazy patterns once
	b.ResetTimer()
	for b.Loop() {
		CheckWith(app, answers, cat, checkToday, rel)
	}
}
