package tui

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"shinsa/criteria"
	"shinsa/review"
	"shinsa/store"
)

const benchW, benchH = 200, 50

// BenchmarkKeystroke measures one key press, Update and View through the
// root model, as the program runs it: on an application of 5,000 rows, on a
// case list of 1,000 applications, and, as the reference, bubbles' list on
// the same 5,000 rows. It reports the median besides Go's mean.
func BenchmarkKeystroke(b *testing.B) {
	b.Run("review5000", func(b *testing.B) {
		m := benchRoot(b)
		r := newReview(m.c, 1, "")
		m.stack = append(m.stack, r)
		m.Update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
		m.Update(reviewLoadedMsg{to: to{r.id}, app: 1, data: bigReview(5000)})
		keystrokes(b, m, func() bool { return r.cur == len(r.vis)-1 })
	})
	b.Run("caselist1000", func(b *testing.B) {
		m := benchRoot(b)
		cl := m.stack[0].(*caseList)
		m.Update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
		m.Update(casesLoadedMsg{to: to{cl.id}, sums: bigCase(1000), reg: criteria.Reference()})
		keystrokes(b, m, func() bool { return cl.cursor == len(cl.view)-1 })
	})
	b.Run("bubbleslist5000", func(b *testing.B) {
		d := bigReview(5000)
		items := make([]list.Item, len(d.answers))
		for i, a := range d.answers {
			it, _ := d.cat.Item(a.Item)
			items[i] = benchItem{title: it.ID + " " + it.Title, desc: a.Text}
		}
		l := list.New(items, list.NewDefaultDelegate(), benchW, benchH)
		down := tea.KeyMsg{Type: tea.KeyDown}
		home := tea.KeyMsg{Type: tea.KeyHome}
		times := make([]time.Duration, 0, b.N)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			k := down
			if l.Index() == len(items)-1 {
				k = home
			}
			l, _ = l.Update(k)
			_ = l.View()
			times = append(times, time.Since(t0))
		}
		reportMedian(b, times)
	})
}

type benchItem struct{ title, desc string }

func (i benchItem) Title() string       { return i.title }
func (i benchItem) Description() string { return i.desc }
func (i benchItem) FilterValue() string { return i.title }

func benchRoot(b *testing.B) *Model {
	c := newCommon(context.Background(), &store.Store{}, Options{Reviewer: testReviewer, Today: testToday, Lang: "en"}, asciiRenderer())
	c.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	return newModel(c, 0)
}

// keystrokes presses j until the end, then g, timing Update and View.
func keystrokes(b *testing.B, m *Model, atEnd func() bool) {
	j, g := keyMsg("j"), keyMsg("g")
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		k := j
		if atEnd() {
			k = g
		}
		m.Update(k)
		_ = m.View()
		times = append(times, time.Since(t0))
	}
	reportMedian(b, times)
}

func reportMedian(b *testing.B, times []time.Duration) {
	b.StopTimer()
	slices.Sort(times)
	if len(times) > 0 {
		b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "median-ns")
	}
}

// bigReview is an application of n rows in 12 categories, each answered
// with a paragraph, half of them judged, some with check problems.
func bigReview(n int) *reviewData {
	ref := criteria.Reference()
	cat := &criteria.Catalog{Scheme: "bench", Edition: "1", Title: "bench"}
	d := &reviewData{app: review.Application{ID: 1, Scheme: "bench", Service: "ベンチマーク用サービス", Applicant: "株式会社ベンチ",
		Kind: review.New, Round: 1}, reg: ref, findings: map[string]review.Finding{}}
	for c := 0; c < 12; c++ {
		cat.Categories = append(cat.Categories, criteria.Category{ID: fmt.Sprint("c", c), Title: fmt.Sprintf("カテゴリ%d（サービスの基本特性）", c)})
	}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("%d.%d", i/3+1, i%3+1)
		cat.Items = append(cat.Items, criteria.Item{ID: id, No: i/3 + 1, Category: fmt.Sprint("c", i*12/n),
			Title: "サービスの稼働率と計画停止", Description: "サービスの稼働率の目標値と実績値、計画停止の予定の通知方法", Required: i%2 == 0,
			Constraints: criteria.Constraints{Kind: criteria.KindText, MaxChars: 200, Hint: "200字以内"},
			Clauses:     []criteria.ClauseRef{{Guideline: "mic-asp-saas-sec", Clause: "II.6.1", Relation: criteria.RelIntersects}}})
		d.answers = append(d.answers, review.Answer{Item: id, Provenance: fmt.Sprintf("bench.xlsx 開示項目!E%d", i+4),
			Text: "稼働率の目標値は99.9%です。計画停止は月1回、7日前までに利用者へ電子メールで通知します。緊急の保守作業はこの限りではありません。"})
		if i%2 == 1 {
			d.findings[id] = review.Finding{App: 1, Item: id, Verdict: review.Conforms, Reviewer: testReviewer, Revision: 1, Time: time.Unix(0, 0)}
		}
		if i%17 == 0 {
			d.problems = append(d.problems, review.Problem{Item: id, Rule: review.RuleMaxChars, Message: "230 characters, over the limit of 200"})
		}
	}
	d.cat = cat
	return d
}

// bigCase is a case file of n applications across the schemes.
func bigCase(n int) []store.Summary {
	schemes := []string{"asp-saas", "iaas-paas", "datacenter", "medical-asp-saas", "mynumber-asp-saas"}
	out := make([]store.Summary, n)
	for i := range out {
		a := review.Application{ID: int64(i + 1), Scheme: schemes[i%5], Edition: "ref-2026", Kind: review.New,
			Service: fmt.Sprintf("クラウドサービス %d", i), Applicant: fmt.Sprintf("株式会社サンプル（第%d事業部）", i%40),
			DisclosureDate: testToday.AddDays(-i), Status: review.InReview, Round: 1}
		if i%10 == 9 {
			a.Kind, a.CertificationNumber = review.Renewal, fmt.Sprintf("%04d-2401", i)
		}
		out[i] = store.Summary{App: a, Answers: 130, Reviewed: i % 130,
			Verdicts: map[review.Verdict]int{review.Conforms: i % 120, review.Query: i % 7, review.Correction: i % 3}}
	}
	return out
}
