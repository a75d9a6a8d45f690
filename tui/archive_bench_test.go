package tui

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"shinsa/bench"
	"shinsa/store"
)

// BenchmarkArchiveTUI runs the workbench on the reference archive (and one
// ten times smaller): opening the case file to the first screen drawn,
// opening an application to its review screen drawn, and one keystroke
// there. Sizes as in package bench (SHINSA_BENCH_SIZES, default 200,2000).
func BenchmarkArchiveTUI(b *testing.B) {
	// The background quick_check does not hold up the first screen in the
	// program (it runs in its own goroutine); the harness runs commands one
	// after another, so it is left out here.
	old := quickCheckAbove
	quickCheckAbove = 1 << 62
	defer func() { quickCheckAbove = old }()
	spec := os.Getenv("SHINSA_BENCH_SIZES")
	if spec == "" {
		spec = "200,2000"
	}
	for _, f := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			b.Fatal(err)
		}
		path, err := bench.ArchivePath(n)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("apps=%d/first-screen", n), func(b *testing.B) {
			for b.Loop() {
				s, err := store.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				h := newHarness(b, s, "en", benchW, benchH)
				if v := h.view(); !strings.Contains(v, "#1 ") {
					b.Fatalf("first screen shows no application:\n%s", v)
				}
				s.Close()
			}
		})
		s, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		h := newHarness(b, s, "en", benchW, benchH)
		mid := int64(n / 2)
		b.Run(fmt.Sprintf("apps=%d/open-application", n), func(b *testing.B) {
			for b.Loop() {
				h.open(mid, "")
				if v := h.view(); !strings.Contains(v, fmt.Sprintf("#%d ", mid)) {
					b.Fatalf("review screen of #%d not drawn:\n%s", mid, v)
				}
				h.send(keyMsg("esc"))
			}
		})
		h.open(mid, "")
		r := h.review()
		b.Run(fmt.Sprintf("apps=%d/keystroke-review", n), func(b *testing.B) {
			keystrokes(b, h.m, func() bool { return r.cur == len(r.vis)-1 })
		})
		s.Close()
	}
}
