package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"shinsa/report"
	"shinsa/review"
	"shinsa/store"
)

// sizes are the archives benchmarked: the reference archive (2,000
// applications) and one ten times smaller, to show cost follows what is
// shown, not the archive. SHINSA_BENCH_SIZES overrides ("200" for a quick run).
func sizes(b *testing.B) []int {
	spec := os.Getenv("SHINSA_BENCH_SIZES")
	if spec == "" {
		spec = "200,2000"
	}
	var out []int
	for _, f := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			b.Fatalf("SHINSA_BENCH_SIZES=%q: want numbers", spec)
		}
		out = append(out, n)
	}
	return out
}

// picks finds a mid-archive application and a renewal with its predecessor.
func picks(b *testing.B, s *store.Store) (mid, renewal, pred int64) {
	ctx := context.Background()
	apps, err := s.Applications(ctx)
	if err != nil {
		b.Fatal(err)
	}
	mid = apps[len(apps)/2].ID
	for _, a := range apps[len(apps)/2:] {
		if a.Kind == review.Renewal && a.Predecessor != 0 {
			return mid, a.ID, a.Predecessor
		}
	}
	b.Fatal("the archive has no renewal")
	return
}

// loadApp is what opening an application costs: the rows, the findings,
// the catalog, the automatic checks, and the comparison with its baseline.
func loadApp(ctx context.Context, s *store.Store, id int64) (int, error) {
	a, err := s.Application(ctx, id)
	if err != nil {
		return 0, err
	}
	answers, err := s.Answers(ctx, id)
	if err != nil {
		return 0, err
	}
	if _, err := s.Findings(ctx, id); err != nil {
		return 0, err
	}
	reg, err := s.Registry(ctx)
	if err != nil {
		return 0, err
	}
	cat, err := reg.Catalog(a.Scheme, a.Edition)
	if err != nil {
		return 0, err
	}
	review.Check(a, answers, cat, review.NewDate(2026, 11, 1))
	if base, err := s.Baseline(ctx, id); err == nil && base != 0 {
		if _, err := store.Compare(ctx, s, id, s, base); err != nil {
			return 0, err
		}
	}
	return len(answers), nil
}

func BenchmarkArchive(b *testing.B) {
	ctx := context.Background()
	for _, n := range sizes(b) {
		path, err := ArchivePath(n)
		if err != nil {
			b.Fatal(err)
		}
		s, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		mid, ren, pred := picks(b, s)
		pre := fmt.Sprintf("apps=%d/", n)

		b.Run(pre+"open-casefile", func(b *testing.B) {
			for b.Loop() {
				s2, err := store.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				s2.Close()
			}
		})
		b.Run(pre+"list", func(b *testing.B) {
			for b.Loop() {
				sums, err := s.Summaries(ctx)
				if err != nil || len(sums) != n {
					b.Fatalf("%d summaries, %v", len(sums), err)
				}
			}
		})
		b.Run(pre+"open-application", func(b *testing.B) {
			for b.Loop() {
				if rows, err := loadApp(ctx, s, mid); err != nil || rows == 0 {
					b.Fatal(rows, err)
				}
			}
		})
		b.Run(pre+"open-renewal", func(b *testing.B) {
			for b.Loop() {
				if _, err := loadApp(ctx, s, ren); err != nil {
					b.Fatal(err)
				}
			}
		})
		for _, term := range []string{"免震", "暗号化", "バックアップを取得し"} {
			b.Run(fmt.Sprintf("%ssearch-%dchars", pre, len([]rune(term))), func(b *testing.B) {
				for b.Loop() {
					hits, err := s.Search(ctx, term, 200)
					if err != nil || len(hits) == 0 {
						b.Fatalf("%d hits, %v", len(hits), err)
					}
				}
			})
		}
		b.Run(pre+"compare-renewal", func(b *testing.B) {
			for b.Loop() {
				if d, err := store.Compare(ctx, s, ren, s, pred); err != nil || len(d) == 0 {
					b.Fatal(err)
				}
			}
		})
		in := reportInput(b, s, ren)
		for _, f := range []report.Format{report.Markdown, report.HTML, report.CSV, report.XLSX, report.JSON, report.OSCAL} {
			b.Run(pre+"report-committee-"+string(f), func(b *testing.B) {
				for b.Loop() {
					if err := report.Write(io.Discard, in, report.Committee, f); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		b.Run(pre+"verify", func(b *testing.B) {
			for b.Loop() {
				rep, err := s.Verify(ctx)
				if err != nil || !rep.OK() {
					b.Fatal(err, rep.Problems)
				}
			}
		})
		s.Close()
	}
}

func reportInput(b *testing.B, s *store.Store, id int64) report.Input {
	ctx := context.Background()
	a, _ := s.Application(ctx, id)
	answers, _ := s.Answers(ctx, id)
	findings, _ := s.Findings(ctx, id)
	reg, _ := s.Registry(ctx)
	cat, err := reg.Catalog(a.Scheme, a.Edition)
	if err != nil {
		b.Fatal(err)
	}
	anchor, _ := s.Anchor(ctx)
	in := report.Input{App: a, Catalog: cat, Registry: reg, Answers: answers, Findings: findings,
		Problems: review.Check(a, answers, cat, review.NewDate(2026, 11, 1)),
		Anchor:   report.Anchor{Head: anchor.Head, Count: anchor.Count}, Reviewer: "審査 太郎", Date: review.NewDate(2026, 11, 1)}
	if a.Predecessor != 0 {
		in.Diffs, _ = store.Compare(ctx, s, id, s, a.Predecessor)
		p, _ := s.Application(ctx, a.Predecessor)
		in.Previous = &p
	}
	in.Rounds = []report.Round{{App: a, Findings: findings}}
	return in
}

// BenchmarkArchiveProcess runs the shinsa binary on the archive as a user
// would and reports each verb's wall time and peak resident memory (RSS:
// SQLite's memory is invisible to runtime.MemStats).
func BenchmarkArchiveProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "shinsa")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/shinsa").CombinedOutput(); err != nil {
		b.Fatalf("build: %v %s", err, out)
	}
	for _, n := range sizes(b) {
		path, err := ArchivePath(n)
		if err != nil {
			b.Fatal(err)
		}
		s, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		_, ren, _ := picks(b, s)
		s.Close()
		app := strconv.FormatInt(ren, 10)
		verbs := [][]string{
			{"list", path, "--json"},
			{"search", path, "免震", "--json"},
			{"search", path, "バックアップを取得し", "--json"},
			{"diff", path, app, "--json"},
			{"report", path, app, "--kind", "committee", "--format", "html"},
			{"verify", path},
		}
		for _, v := range verbs {
			name := fmt.Sprintf("apps=%d/%s", n, strings.Join(append([]string{v[0]}, v[2:]...), "_"))
			name = strings.ReplaceAll(name, app, "APP")
			b.Run(name, func(b *testing.B) {
				var peak int64
				for b.Loop() {
					// The child reports its own VmHWM: rusage after fork
					// and exec also counts the parent's pages.
					cmd := exec.Command(bin, append(v, "--peak-rss")...)
					var out, errOut bytes.Buffer
					cmd.Stdout, cmd.Stderr = &out, &errOut
					if err := cmd.Run(); err != nil {
						b.Fatalf("%v: %v %s", v, err, errOut.String())
					}
					var kb int64
					if _, err := fmt.Sscanf(errOut.String(), "peak-rss %d kB", &kb); err != nil {
						b.Fatalf("no peak-rss line in %q", errOut.String())
					}
					peak = max(peak, kb)
				}
				b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
			})
		}
	}
}
