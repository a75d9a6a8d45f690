package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"shinsa/criteria"
	"shinsa/review"
	"shinsa/store"
)

// Options say what to write.
type Options struct {
	Today    review.Date // the demo's "today": dates are set relative to it
	Reviewer string
	Seed     uint64
}

// schemes in DOMAIN.md order.
var schemes = []string{"asp-saas", "iaas-paas", "datacenter", "medical-asp-saas", "mynumber-asp-saas"}

// Small writes the built-in demo: one application per scheme in review, a
// certified ASP・SaaS application with its renewal, and a second correction
// round of the medical application. It returns the ids it wrote, in order.
func Small(ctx context.Context, s *store.Store, opt Options) ([]int64, error) {
	reg, err := s.Registry(ctx)
	if err != nil {
		return nil, err
	}
	g := &gen{s: s, reg: reg, opt: opt, rng: rand.New(rand.NewPCG(opt.Seed, 0x5348494e))}
	var ids []int64

	// The certified predecessor and its renewal come first: a reviewer's most
	// interesting case.
	prevDate := opt.Today.AddDate(-2, 1)
	prev, err := g.application("asp-saas", companies[0], review.New, prevDate, "", 0)
	if err != nil {
		return nil, err
	}
	if err := g.judgeAll(prev); err != nil {
		return nil, err
	}
	cert := "2396-" + prevDate.AddDays(60).Time().Format("0601")
	if err := g.certify(prev, cert); err != nil {
		return nil, err
	}
	ids = append(ids, prev)
	ren, err := g.renewal(prev, companies[0], opt.Today.AddDate(0, -1), cert)
	if err != nil {
		return nil, err
	}
	ids = append(ids, ren)

	// One application per scheme, from the company that would apply for it,
	// and one more ASP・SaaS one whose names carry half-width katakana and ①.
	byScheme := []struct {
		scheme  string
		company int
	}{{"asp-saas", 5}, {"iaas-paas", 4}, {"datacenter", 3}, {"medical-asp-saas", 1}, {"mynumber-asp-saas", 2}, {"asp-saas", 6}}
	for i, bs := range byScheme {
		sc, c := bs.scheme, companies[bs.company]
		id, err := g.application(sc, c, review.New, opt.Today.AddDate(0, -1-i%3), "", 0)
		if err != nil {
			return nil, err
		}
		if err := g.judgeSome(id, 0.3+0.1*float64(i)); err != nil {
			return nil, err
		}
		ids = append(ids, id)
		if sc == "medical-asp-saas" {
			r2, err := g.round(id)
			if err != nil {
				return nil, err
			}
			ids = append(ids, r2)
		}
	}
	return ids, nil
}

// Archive writes n applications across all schemes, as a certification body
// accumulates them: about 10% renewals of earlier certified ones, findings on
// every row of half of them. It is the reference archive of the benchmarks.
func Archive(ctx context.Context, s *store.Store, n int, opt Options) error {
	reg, err := s.Registry(ctx)
	if err != nil {
		return err
	}
	g := &gen{s: s, reg: reg, opt: opt, rng: rand.New(rand.NewPCG(opt.Seed, 0x5348494e)), answerAll: true}
	var certified []int64
	// The company that would apply for each scheme (see Small).
	for i := 0; i < n; i++ {
		sc := schemes[i%len(schemes)]
		c := companies[[]int{5, 4, 3, 1, 2}[i%len(schemes)]]
		c.Name = fmt.Sprintf("%s（第%d事業部）", c.Name, i/len(companies)+1)
		c.Service = fmt.Sprintf("%s %d", c.Service, i)
		date := opt.Today.AddDate(-4, i*48/max(n, 1))
		var id int64
		if i%10 == 9 && len(certified) > 0 {
			pick := certified[g.rng.IntN(len(certified))]
			pa, err := s.Application(ctx, pick)
			if err != nil {
				return err
			}
			id, err = g.renewal(pick, c, date, pa.CertificationNumber)
			if err != nil {
				return err
			}
		} else {
			id, err = g.application(sc, c, review.New, date, "", 0)
		}
		if err != nil {
			return err
		}
		if i%2 == 0 {
			if err := g.judgeAll(id); err != nil {
				return err
			}
			if i%4 == 0 {
				a, err := s.Application(ctx, id)
				if err != nil {
					return err
				}
				cert := a.CertificationNumber
				if cert == "" {
					cert = fmt.Sprintf("%04d-%s", i+1, a.DisclosureDate.AddDays(90).Time().Format("0601"))
				}
				if err := g.certify(id, cert); err != nil {
					return err
				}
				certified = append(certified, id)
			}
		}
	}
	return nil
}

type gen struct {
	s   *store.Store
	reg *criteria.Registry
	opt Options
	rng *rand.Rand
	// answerAll fills optional rows too (the archive: ~150 answers an application).
	answerAll bool
}

func (g *gen) application(scheme string, c company, kind review.Kind, date review.Date, cert string, renewalOf int64) (int64, error) {
	cat, err := g.reg.Latest(scheme)
	if err != nil {
		return 0, err
	}
	sub := &review.Submission{App: review.Application{
		Scheme: scheme, Edition: cat.Edition, Kind: kind, Applicant: c.Name, CorporateNumber: corporateNumber(g.rng),
		Service: c.Service, CertificationNumber: cert, DisclosureDate: date, Submitted: date.AddDays(9),
	}}
	for i, it := range cat.Items {
		if !it.Required && !g.answerAll && g.rng.IntN(4) == 0 {
			continue // optional rows are sometimes left out
		}
		a := review.Answer{Item: it.ID, Text: answer(it, c, date, g.rng),
			Provenance: fmt.Sprintf("demo-%s.xlsx 開示項目!E%d", scheme, i+4)}
		if g.rng.IntN(12) == 0 {
			a.Evidence = []string{it.Title + "_規程.pdf"}
		}
		sub.Answers = append(sub.Answers, a)
	}
	return g.s.Import(context.Background(), sub, store.ImportOptions{Actor: g.opt.Reviewer, RenewalOf: renewalOf,
		SourceName: fmt.Sprintf("demo-%s.xlsx", scheme)})
}

// renewal resubmits prev two years on with about one row in ten edited.
func (g *gen) renewal(prev int64, c company, date review.Date, cert string) (int64, error) {
	ctx := context.Background()
	pa, err := g.s.Application(ctx, prev)
	if err != nil {
		return 0, err
	}
	answers, err := g.s.Answers(ctx, prev)
	if err != nil {
		return 0, err
	}
	sub := &review.Submission{App: pa}
	sub.App.ID, sub.App.Kind, sub.App.CertificationNumber = 0, review.Renewal, cert
	sub.App.DisclosureDate, sub.App.Submitted = date, date.AddDays(7)
	for i, a := range answers {
		switch {
		case i == 0:
			a.Text = date.Japanese()
		case i%10 == 3:
			a.Text = edit(a.Text, g.rng)
		case i%17 == 5:
			a.Text = widen(a.Text) // form only: full-width digits
		}
		sub.Answers = append(sub.Answers, a)
	}
	return g.s.Import(ctx, sub, store.ImportOptions{Actor: g.opt.Reviewer, RenewalOf: prev, SourceName: "demo-renewal.xlsx"})
}

// round imports a corrected resubmission of app as its next round.
func (g *gen) round(app int64) (int64, error) {
	ctx := context.Background()
	pa, err := g.s.Application(ctx, app)
	if err != nil {
		return 0, err
	}
	answers, err := g.s.Answers(ctx, app)
	if err != nil {
		return 0, err
	}
	sub := &review.Submission{App: pa}
	sub.App.Submitted = pa.Submitted.AddDays(21)
	for i, a := range answers {
		if i%9 == 4 {
			a.Text += "なお、詳細な手順は別紙「運用手順書」第3章に記載しました。"
		}
		sub.Answers = append(sub.Answers, a)
	}
	return g.s.Import(ctx, sub, store.ImportOptions{Actor: g.opt.Reviewer, RoundOf: app, SourceName: "demo-round2.xlsx"})
}

var requests = []string{
	"記載内容が記述内容の求める事項を満たしていません。%sについて具体的に記載してください。",
	"%sの根拠となる資料（規程等）を提出してください。",
	"%sの記載が他の項目と整合していません。ご確認のうえ修正してください。",
}

func (g *gen) judgeAll(app int64) error { return g.judgeSome(app, 1) }

// The demo office's other people: the second check and the decision are
// made by people who did not review (the reviewer is Options.Reviewer).
const (
	Checker = "鈴木 花子" // 二次審査
	Decider = "高橋 健一" // 認定審査委員会の決定を記録する委員
)

// others returns the checker and the decider, never the reviewer.
func (g *gen) others() (checker, decider string) {
	checker, decider = Checker, Decider
	if review.SamePerson(checker, g.opt.Reviewer) || review.SamePerson(decider, g.opt.Reviewer) {
		checker, decider = "伊藤 誠", "渡辺 直美"
	}
	return checker, decider
}

// certify takes app through the office's process, as a certification body
// would have: the reviewer settles every open finding (the applicant's
// replies answered the queries and the corrections were made) and marks the
// optional rows left out 対象外; a colleague who recorded no finding signs
// off; the review goes to committee; a committee member records the decision.
func (g *gen) certify(app int64, cert string) error {
	ctx := context.Background()
	a, err := g.s.Application(ctx, app)
	if err != nil {
		return err
	}
	cat, err := g.reg.Catalog(a.Scheme, a.Edition)
	if err != nil {
		return err
	}
	answers, err := g.s.Answers(ctx, app)
	if err != nil {
		return err
	}
	answered := make(map[string]bool, len(answers))
	for _, an := range answers {
		answered[an.Item] = true
	}
	findings, err := g.s.Findings(ctx, app)
	if err != nil {
		return err
	}
	var ins []store.FindingInput
	for _, it := range cat.Items {
		f, ok := findings[it.ID]
		in := store.FindingInput{App: app, Item: it.ID, Reviewer: g.opt.Reviewer, Base: store.AnyRevision}
		switch {
		case !answered[it.ID]:
			if ok && f.Verdict == review.NotApplicable {
				continue
			}
			in.Verdict = review.NotApplicable
		case !ok || f.Verdict == review.Unreviewed:
			in.Verdict = review.Conforms
		case f.Verdict.NeedsAction():
			in.Verdict = review.Conforms
			in.Note = f.Note + "回答及び修正により解消（" + f.Verdict.Japanese() + "→適合）。"
		default:
			continue
		}
		ins = append(ins, in)
	}
	if len(ins) > 0 {
		if _, err := g.s.SaveFindings(ctx, ins); err != nil {
			return err
		}
	}
	checker, decider := g.others()
	if _, err := g.s.SignOff(ctx, app, checker, "全項目の判定と依頼事項の解消を確認"); err != nil {
		return err
	}
	if err := g.s.SetStatus(ctx, app, review.Committee, g.opt.Reviewer); err != nil {
		return err
	}
	return g.s.Certify(ctx, app, cert, decider)
}

// judgeSome records findings on the first share of the application's rows.
func (g *gen) judgeSome(app int64, share float64) error {
	ctx := context.Background()
	answers, err := g.s.Answers(ctx, app)
	if err != nil {
		return err
	}
	n := int(float64(len(answers)) * share)
	var ins []store.FindingInput
	for i, a := range answers[:min(n, len(answers))] {
		in := store.FindingInput{App: app, Item: a.Item, Verdict: review.Conforms, Reviewer: g.opt.Reviewer, Base: store.AnyRevision}
		switch r := g.rng.IntN(20); {
		case r == 0:
			in.Verdict = review.Correction
			in.Request = fmt.Sprintf(requests[i%len(requests)], "項目"+a.Item)
			in.Note = "前回審査でも指摘あり。"
		case r == 1:
			in.Verdict = review.Query
			in.Request = fmt.Sprintf(requests[1], "項目"+a.Item)
		case r == 2 && strings.HasPrefix(a.Text, "無"):
			in.Verdict = review.NotApplicable
		}
		ins = append(ins, in)
	}
	if len(ins) == 0 {
		return nil
	}
	_, err = g.s.SaveFindings(ctx, ins)
	return err
}

func edit(s string, rng *rand.Rand) string {
	prose := strings.HasSuffix(s, "。")
	switch k := rng.IntN(3); {
	case k == 1 && prose: // a sentence is added
		return s + "2027年度より第三者評価を受けています。"
	case k == 2 && strings.Contains(s, "年1回"): // a word is replaced
		return strings.Replace(s, "年1回", "年2回", 1)
	case k == 2 && prose:
		return strings.TrimSuffix(s, "。") + "（2027年4月に体制を見直しました）。"
	}
	// a number changes: the first one grows by one (9年 → 10年)
	if loc := reNumber().FindStringIndex(s); loc != nil {
		n, _ := strconv.Atoi(s[loc[0]:loc[1]])
		return s[:loc[0]] + strconv.Itoa(n+1) + s[loc[1]:]
	}
	return s + "（2027年4月改定）"
}

var reNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[0-9]+`)
})

func widen(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r += '０' - '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// corporateNumber makes a 13-digit 法人番号 with a valid check digit.
func corporateNumber(rng *rand.Rand) string {
	var body strings.Builder
	for range 12 {
		body.WriteByte(byte('0' + rng.IntN(10)))
	}
	return withCheckDigit(body.String())
}

// withCheckDigit puts the 法人番号 check digit before twelve digits.
func withCheckDigit(body string) string {
	sum := 0
	for i := 0; i < 12; i++ { // from the right: odd positions ×1, even ×2
		w := 1
		if i%2 == 1 {
			w = 2
		}
		sum += int(body[11-i]-'0') * w
	}
	return string(rune('0'+9-sum%9)) + body
}
