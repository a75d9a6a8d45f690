package report

import (
	"fmt"
	"testing"
	"time"

	"shinsa/criteria"
	"shinsa/review"
)

// Test inputs: a small catalog with Japanese rows and one guideline, a new
// application with hostile answers, and a renewal with diffs and
// carried-forward verdicts. Times are fixed so goldens are stable.

var at = func(day, hour, min int) time.Time { return time.Date(2026, 4, day, hour, min, 0, 0, jst) }

const hostile = "<script>alert(1)</script>\x1b[31m赤字\x1b[0m\u202e反転\u202c | 縦棒 & *強調* [リンク](x)\n\t字下げ行\n# 見出しではない"

func testRegistry(t testing.TB) *criteria.Registry {
	t.Helper()
	reg := criteria.NewRegistry()
	g := &criteria.Guideline{ID: "mic-asp-saas-sec", Edition: "2008-01", Title: "ASPにおける情報セキュリティ対策ガイドライン", Issuer: "総務省",
		Clauses: []criteria.Clause{
			{ID: "II", Title: "組織・運用編"},
			{ID: "II.1.1", Title: "情報セキュリティに対する組織的な取組", Parent: "II"},
			{ID: "III", Title: "物理的・技術的対策編"},
			{ID: "III.1.1", Title: "建物・設備の管理", Parent: "III"},
		}}
	if err := reg.AddGuideline(g); err != nil {
		t.Fatal(err)
	}
	cat := &criteria.Catalog{Scheme: "asp-saas", Edition: "test-2026", Title: "ASP・SaaS 情報開示項目（試験版）", Published: "2026-04",
		Categories: []criteria.Category{{ID: "time", Title: "開示情報の時点"}, {ID: "business", Title: "事業所・事業"}, {ID: "service", Title: "サービスの基本特性"}, {ID: "security", Title: "セキュリティ"}},
		Items: []criteria.Item{
			{ID: "1", No: 1, Category: "time", Title: "開示情報の日付", Description: "開示情報の日付（西暦で）", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindDate, Seireki: true}},
			{ID: "2", No: 2, Category: "business", Title: "事業者名", Description: "事業者の正式名称", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindText}},
			{ID: "4.1", No: 4, Category: "business", Title: "事業所", Description: "本店の住所と郵便番号", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindText},
				Clauses: []criteria.ClauseRef{{Guideline: "mic-asp-saas-sec", Clause: "III.1.1", Relation: criteria.RelIntersects}}},
			{ID: "4.2", No: 4, Category: "business", Title: "事業所", Description: "事業所数", Required: false, Constraints: criteria.Constraints{Kind: criteria.KindText}},
			{ID: "5", No: 5, Category: "business", Title: "事業の概要", Description: "事業の概要（100字以内）", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindText, MaxChars: 100}},
			{ID: "9", No: 9, Category: "service", Title: "サービスの開始時期", Description: "サービスの提供開始年月（西暦で）", Required: false, Constraints: criteria.Constraints{Kind: criteria.KindText}},
			{ID: "10", No: 10, Category: "service", Title: "料金", Description: "初期費用と月額費用（税込・税抜の別）", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindText}},
			{ID: "20", No: 20, Category: "security", Title: "ISMS認証", Description: "ISMS認証の取得状況と範囲", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindText},
				Clauses: []criteria.ClauseRef{{Guideline: "mic-asp-saas-sec", Clause: "II.1.1", Relation: criteria.RelSubset}, {Guideline: "mic-asp-saas-sec", Clause: "III.1.1", Relation: criteria.RelIntersects}}},
			{ID: "21", No: 21, Category: "security", Title: "個人情報の取扱い", Description: "個人情報保護方針の公開先", Required: true, Constraints: criteria.Constraints{Kind: criteria.KindText}},
		}}
	if err := reg.AddCatalog(cat); err != nil {
		t.Fatal(err)
	}
	return reg
}

func testCatalog(t testing.TB, reg *criteria.Registry) *criteria.Catalog {
	t.Helper()
	c, err := reg.Catalog("asp-saas", "test-2026")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func mkFinding(app int64, item string, v review.Verdict, note, request string, tm time.Time) review.Finding {
	return review.Finding{App: app, Item: item, Verdict: v, Note: note, Request: request, Reviewer: "山田 花子", Time: tm, Revision: 1}
}

// newCase is a first application in its first round.
func newCase(t testing.TB) Input {
	reg := testRegistry(t)
	cat := testCatalog(t, reg)
	app := review.Application{ID: 7, Scheme: "asp-saas", Edition: "test-2026", Kind: review.New,
		Applicant: "株式会社サンプル", CorporateNumber: "1234567890123", Service: "サンプルクラウド会計",
		DisclosureDate: review.NewDate(2026, 4, 1), Submitted: review.NewDate(2026, 4, 10), Status: review.InReview, Round: 1,
		Created: at(10, 9, 0).UTC()}
	answers := []review.Answer{
		{Item: "1", Text: "2026年4月1日", Provenance: "申請書.xlsx 開示項目!E5"},
		{Item: "2", Text: "株式会社サンプル"},
		{Item: "4.1", Text: "東京都千代田区丸の内一丁目1番1号"},
		{Item: "4.2", Text: "+81-3-1234-5678"},
		{Item: "5", Text: hostile},
		{Item: "9", Text: "-5"},
		{Item: "10", Text: `=HYPERLINK("http://evil.example/","料金表")`},
		{Item: "20", Text: "@SUM(A1:A2)"},
	}
	findings := map[string]review.Finding{
		"1":   mkFinding(7, "1", review.Conforms, "", "", at(15, 10, 0)),
		"2":   mkFinding(7, "2", review.Conforms, "", "", at(15, 10, 5)),
		"4.1": mkFinding(7, "4.1", review.Correction, "郵便番号が記載されていません。", "本店所在地の郵便番号を追記してください。", at(15, 10, 30)),
		"4.2": mkFinding(7, "4.2", review.Query, "電話番号が記載されています。事業所数をご確認ください。", "", at(15, 11, 0)),
		"5":   mkFinding(7, "5", review.Nonconforming, "=1+1 <b>太字</b> \x1b]0;title\x07", "事業の概要を100字以内で、\n事業内容が分かるように記載してください。", at(16, 9, 0)),
		"9":   mkFinding(7, "9", review.NotApplicable, "選択項目のため対象外", "", at(16, 9, 30)),
		"10":  mkFinding(7, "10", review.Query, "", "料金の単位と、税込・税抜の別をご記載ください。", at(16, 10, 0)),
	}
	return Input{
		App: app, Catalog: cat, Registry: reg, Answers: answers, Findings: findings,
		Problems: review.Check(app, answers, cat, review.NewDate(2026, 4, 20)),
		Anchor:   Anchor{Head: "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4b6d8f0a1c3e5b7d9f", Count: 42},
		Reviewer: "山田 花子", Date: review.NewDate(2026, 4, 20), ReplyBy: review.NewDate(2026, 5, 8),
		CaseFile: "review-2026.shinsa",
	}
}

// renewalCase is a renewal in its second round: compared with the certified
// predecessor, some verdicts carried forward, and two rounds for OSCAL.
func renewalCase(t testing.TB) Input {
	reg := testRegistry(t)
	cat := testCatalog(t, reg)
	prev := review.Application{ID: 3, Scheme: "asp-saas", Edition: "test-2026", Kind: review.New,
		Applicant: "株式会社サンプル", Service: "サンプルクラウド会計", CertificationNumber: "0123-2405",
		DisclosureDate: review.NewDate(2024, 4, 1), Submitted: review.NewDate(2024, 4, 10), Status: review.Certified, Round: 1}
	prevAnswers := []review.Answer{
		{Item: "1", Text: "2024年4月1日"},
		{Item: "2", Text: "株式会社サンプル"},
		{Item: "4.1", Text: "〒100-0005 東京都千代田区丸の内一丁目1番1号"},
		{Item: "4.2", Text: "3か所"},
		{Item: "5", Text: "クラウド会計サービスの開発・提供"},
		{Item: "10", Text: "初期費用 0円、月額 3,000円（税抜）"},
		{Item: "20", Text: "ISMS（ISO/IEC 27001）認証取得済み"},
		{Item: "21", Text: "https://example.jp/privacy"},
	}
	prevFindings := map[string]review.Finding{}
	for _, a := range prevAnswers {
		prevFindings[a.Item] = mkFinding(3, a.Item, review.Conforms, "", "", time.Date(2024, 5, 1, 10, 0, 0, 0, jst))
	}
	prevFindings["20"] = mkFinding(3, "20", review.Query, "認証範囲が不明です。", "認証範囲を記載してください。", time.Date(2024, 5, 1, 11, 0, 0, 0, jst))

	round1 := review.Application{ID: 11, Scheme: "asp-saas", Edition: "test-2026", Kind: review.Renewal,
		Applicant: "株式会社サンプル", Service: "サンプルクラウド会計", CertificationNumber: "0123-2405",
		DisclosureDate: review.NewDate(2026, 3, 1), Submitted: review.NewDate(2026, 3, 10), Status: review.QueriesOut, Predecessor: 3, Round: 1}
	app := round1
	app.ID, app.RoundOf, app.Round, app.Submitted, app.Status = 12, 11, 2, review.NewDate(2026, 4, 12), review.InReview
	answers := []review.Answer{
		{Item: "1", Text: "2026年3月1日"},
		{Item: "2", Text: "株式会社サンプル"},
		{Item: "4.1", Text: "〒１００-０００５ 東京都千代田区丸の内一丁目1番1号"}, // width only
		{Item: "4.2", Text: "4か所（東京、大阪、福岡、札幌）"},
		{Item: "5", Text: "クラウド会計サービスの開発・提供"},
		{Item: "9", Text: "2018年4月"},
		{Item: "10", Text: "初期費用 0円、月額 3,300円（税込）"},
		{Item: "20", Text: "ISMS（ISO/IEC 27001）認証取得済み。範囲：本社及びデータセンター"},
	}
	order := make([]string, len(cat.Items))
	for i, it := range cat.Items {
		order[i] = it.ID
	}
	diffs := review.Compare(review.CompareInput{Old: prevAnswers, New: answers, OldEdition: "test-2026", NewEdition: "test-2026",
		OldFindings: prevFindings, OldApp: 3, Order: order})
	findings := map[string]review.Finding{}
	for _, f := range review.CarryForward(diffs, nil) {
		f.App, f.Reviewer, f.Time, f.Revision = 12, "山田 花子", at(18, 9, 0), 1
		findings[f.Item] = f
	}
	findings["4.2"] = mkFinding(12, "4.2", review.Conforms, "事業所数の増加を確認。", "", at(18, 10, 0))
	findings["10"] = mkFinding(12, "10", review.Correction, "料金改定。", "改定日を併記してください。", at(18, 10, 30))
	findings["20"] = mkFinding(12, "20", review.Conforms, "前回の要確認事項（認証範囲）は記載された。", "", at(18, 11, 0))
	round1Findings := map[string]review.Finding{
		"10": mkFinding(11, "10", review.Query, "料金が前回と異なる。", "改定の有無をご確認ください。", at(12, 15, 0)),
		"20": mkFinding(11, "20", review.Query, "認証範囲が未記載。", "認証範囲を記載してください。", at(12, 15, 30)),
	}
	prevCopy := prev
	return Input{
		App: app, Catalog: cat, Registry: reg, Answers: answers, Findings: findings,
		Problems: review.Check(app, answers, cat, review.NewDate(2026, 4, 20)),
		Diffs:    diffs, Previous: &prevCopy,
		Rounds:   []Round{{App: round1, Findings: round1Findings}, {App: app, Findings: findings, Answers: answers}},
		Anchor:   Anchor{Head: "0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e", Count: 108},
		Reviewer: "山田 花子", Date: review.NewDate(2026, 4, 20),
	}
}

// bigCase is a 1,000-row application with a finding on every row, for the
// benchmark and size tests.
func bigCase(t testing.TB, rows int) Input {
	reg := testRegistry(t)
	cat := &criteria.Catalog{Scheme: "asp-saas", Edition: "big", Title: "大規模試験"}
	for c := 0; c < 10; c++ {
		cat.Categories = append(cat.Categories, criteria.Category{ID: fmt.Sprintf("c%d", c), Title: fmt.Sprintf("区分%d・サービスの基本特性", c)})
	}
	app := review.Application{ID: 1, Scheme: "asp-saas", Edition: "big", Kind: review.New, Applicant: "株式会社大規模", Service: "大規模サービス",
		DisclosureDate: review.NewDate(2026, 4, 1), Submitted: review.NewDate(2026, 4, 2), Round: 1}
	in := Input{App: app, Registry: reg, Findings: map[string]review.Finding{}, Anchor: Anchor{Head: "ab", Count: 1000}, Reviewer: "審査 太郎", Date: review.NewDate(2026, 4, 20)}
	for i := 1; i <= rows; i++ {
		id := fmt.Sprint(i)
		cat.Items = append(cat.Items, criteria.Item{ID: id, No: i, Category: fmt.Sprintf("c%d", (i-1)*10/rows), Title: "項目" + id,
			Description: "記述内容の説明文。西暦で記載すること。", Required: i%3 != 0, Constraints: criteria.Constraints{Kind: criteria.KindText},
			Clauses: []criteria.ClauseRef{{Guideline: "mic-asp-saas-sec", Clause: "III.1.1", Relation: criteria.RelIntersects}}})
		in.Answers = append(in.Answers, review.Answer{Item: id, Text: fmt.Sprintf("第%d項の回答。当社は本サービスを2018年4月より提供しており、データセンターは国内2か所に所在する。", i)})
		v := review.Verdicts[i%len(review.Verdicts)]
		in.Findings[id] = mkFinding(1, id, v, "所見の記載。", "修正依頼の記載。", at(15, 9, i%60))
	}
	in.Catalog = cat
	return in
}
