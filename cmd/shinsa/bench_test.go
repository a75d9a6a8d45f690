package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"shinsa/demo"
	"shinsa/review"
	"shinsa/store"
)

// BenchmarkDiffProcess times `shinsa diff --json` as a process on two
// 300-row Japanese submissions with 10% of rows edited, beside
// `git diff --no-index --word-diff` over the same two submissions written
// as text (one row a paragraph). Both include process start.
func BenchmarkDiffProcess(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "pair.shinsa")
	s, err := store.Create(path, "bench")
	if err != nil {
		b.Fatal(err)
	}
	old, nw := demo.Pair(300, 0.10, 1)
	ctx := context.Background()
	app := review.Application{Scheme: "asp-saas", Edition: "ref-2026", Kind: review.New, Applicant: "ベンチ株式会社",
		Service: "ベンチ", DisclosureDate: review.NewDate(2024, 4, 1)}
	first, err := s.Import(ctx, &review.Submission{App: app, Answers: old}, store.ImportOptions{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	app.Kind, app.DisclosureDate = review.Renewal, review.NewDate(2026, 4, 1)
	if _, err := s.Import(ctx, &review.Submission{App: app, Answers: nw}, store.ImportOptions{Actor: "bench", RenewalOf: first}); err != nil {
		b.Fatal(err)
	}
	s.Close()
	write := func(name string, as []review.Answer) string {
		var sb strings.Builder
		for _, a := range as {
			sb.WriteString(a.Item + "\n" + a.Text + "\n\n")
		}
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(sb.String()), 0o644)
		return p
	}
	oldTxt, newTxt := write("old.txt", old), write("new.txt", nw)

	b.Run("shinsa-diff-json", func(b *testing.B) {
		for b.Loop() {
			out, err := exec.Command(bin, "diff", path, "2", "--json").Output()
			if err != nil || len(out) == 0 {
				b.Fatal(err)
			}
		}
	})
	b.Run("git-diff-word-diff", func(b *testing.B) {
		for b.Loop() {
			out, _ := exec.Command("git", "diff", "--no-index", "--word-diff", oldTxt, newTxt).Output()
			if len(out) == 0 {
				b.Fatal("git printed no diff")
			}
		}
	})
}
