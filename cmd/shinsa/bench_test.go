package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"shinsa/bench"
	"shinsa/criteria"
	"shinsa/demo"
	"shinsa/review"
	"shinsa/store"
)

// BenchmarkDiffProcess measures `shinsa diff --json` as a process on two
// 175-row Japanese submissions (the size of a medical ASP・SaaS table) with 10% of rows edited, beside
// `git diff --no-index --word-diff` over the same two submissions written
// as text (one row a paragraph), interleaved, in CPU time (user + system)
// of each process. Both include process start. Target: x-git ≤ 4.
func BenchmarkDiffProcess(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "pair.shinsa")
	s, err := store.Create(path, "bench")
	if err != nil {
		b.Fatal(err)
	}
	old, nw := demo.Pair(175, 0.10, 1)
	ctx := context.Background()
	app := review.Application{Scheme: "asp-saas", Edition: "ref-2026", Kind: review.New, Applicant: "ベンチ株式会社",
		Service: "ベンチ", DisclosureDate: review.NewDate(2024, 4, 1)}
	first, err := s.Import(ctx, &review.Submission{App: app, Answers: old}, store.ImportOptions{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	// Certified by the process the store enforces: every row reviewed,
	// checked by a second person, decided by a third.
	cat, err := criteria.Reference().Catalog(app.Scheme, app.Edition)
	if err != nil {
		b.Fatal(err)
	}
	var ins []store.FindingInput
	for _, it := range cat.Items {
		ins = append(ins, store.FindingInput{App: first, Item: it.ID, Verdict: review.Conforms, Reviewer: "審査", Base: store.AnyRevision})
	}
	if _, err := s.SaveFindings(ctx, ins); err != nil {
		b.Fatal(err)
	}
	if _, err := s.SignOff(ctx, first, "確認", ""); err != nil {
		b.Fatal(err)
	}
	if err := s.SetStatus(ctx, first, review.Committee, "審査"); err != nil {
		b.Fatal(err)
	}
	if err := s.Certify(ctx, first, "0001-2404", "委員長"); err != nil {
		b.Fatal(err)
	}
	app.Kind, app.DisclosureDate, app.CertificationNumber = review.Renewal, review.NewDate(2026, 4, 1), "0001-2404"
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

	bench.Interleaved(b,
		bench.Peer{Name: "shinsa-diff-json", Cmd: func() *exec.Cmd { return exec.Command(bin, "diff", path, "2", "--json") },
			Check: nonEmpty},
		bench.Peer{Name: "git", Cmd: func() *exec.Cmd {
			return exec.Command("git", "diff", "--no-index", "--word-diff", oldTxt, newTxt)
		}, Check: nonEmpty})
}

func nonEmpty(out []byte) error {
	if len(out) == 0 {
		return errors.New("printed nothing")
	}
	return nil
}
