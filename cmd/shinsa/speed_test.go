package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"shinsa/review"
	"shinsa/store"
)

// list --json's findings were a map; the struct that replaced it must
// encode exactly as the map did, for every verdict there is.
func TestVerdictCountsEncodeAsTheMapDid(t *testing.T) {
	var c verdictCounts
	m := map[string]int{}
	for i, v := range review.Verdicts {
		p := c.count(v)
		if p == nil {
			t.Fatalf("verdict %q has no count in list --json's findings", v)
		}
		*p = i + 1
		m[string(v)] = i + 1
	}
	got, _ := json.Marshal(c)
	want, _ := json.Marshal(m)
	if !bytes.Equal(got, want) {
		t.Errorf("findings encode as\n%s\nnot as the map did:\n%s", got, want)
	}
}

// The fast scan finds every rune the slow one does, wherever it sits.
func TestJSONUnsafeScanAgreesWithTheRuneTest(t *testing.T) {
	pieces := []string{"a", "審査", "\u0085", "\u009f", "\u0080", "\u00a0", "\u061c", "\u061b", "\u200e", "\u200f", "\u2028",
		"\u202a", "\u202e", "\u202f", "\u2066", "\u2069", "\u2065", "\ufffd", "\ufffc", "😀", "é", `\n`, "\""}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		var b []byte
		for n := r.IntN(6); n >= 0; n-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		want := bytes.ContainsFunc(b, jsonUnsafe)
		if got := mayHoldJSONUnsafe(b); got != want {
			t.Fatalf("%q: fast scan says %v, the rune test %v", b, got, want)
		}
	}
	// Bytes that are not UTF-8 go to the slow path, which escapes them.
	bad := []byte("ok\xffok")
	if !mayHoldJSONUnsafe(bad) || !utf8.Valid(escapeJSONControls(bad)) {
		t.Errorf("invalid UTF-8 passed the scan")
	}
}

// A short verb runs with the collector off (and a memory limit); any other
// verb gets the collector back before it works; and a run leaves the
// process's settings as it found them.
func TestCollectorPolicy(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := collectLater()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("collector at %d during a short run, want off", p)
	}
	if l := debug.SetMemoryLimit(-1); l != shortRunHeap {
		t.Errorf("memory limit %d during a short run, want %d", l, shortRunHeap)
	}
	collectAsUsual("list")
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("list got the collector back (%d)", p)
	}
	collectAsUsual("verify")
	if p := debug.SetGCPercent(-1); p != 100 {
		t.Errorf("verify runs with GOGC %d, want 100", p)
	}
	collectAsUsual("import")
	if p := debug.SetGCPercent(-1); p != importGC {
		t.Errorf("import runs with GOGC %d, want %d", p, importGC)
	}
	debug.SetGCPercent(100)
	restore()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("after the run GOGC is %d, want 100", p)
	}
	if l := debug.SetMemoryLimit(-1); l == shortRunHeap {
		t.Errorf("the run left its memory limit behind")
	}
}

// diff --json is written by hand now; it must be byte for byte what
// encoding/json made of the map it used to build, with and without --full,
// for every application of the demo that has something to compare with.
func TestDiffJSONIsTheMapEncoded(t *testing.T) {
	s := openDemo(t)
	ctx := context.Background()
	apps, err := s.Applications(ctx)
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, a := range apps {
		old, err := s.Baseline(ctx, a.ID)
		if err != nil || old == 0 {
			continue
		}
		diffs, err := store.Compare(ctx, s, a.ID, s, old)
		if err != nil {
			t.Fatal(err)
		}
		compared++
		for _, full := range []bool{false, true} {
			items := make([]review.ItemDiffJSON, len(diffs))
			for i, d := range diffs {
				items[i] = d.JSON(full)
			}
			var want bytes.Buffer
			if err := writeJSON(&want, map[string]any{"application": a.ID, "against": old, "against_file": "../x \"y\".shinsa",
				"summary": review.SummarizeDiffs(diffs), "items": items, "full": full}); err != nil {
				t.Fatal(err)
			}
			doc, err := diffDocument(a.ID, old, "../x \"y\".shinsa", full, diffs)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			writeJSONBytes(&got, doc)
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("application %d full=%v: diff --json differs from encoding/json's:\n%s\nwant\n%s", a.ID, full, got.Bytes(), want.Bytes())
			}
		}
	}
	if compared == 0 {
		t.Fatal("the demo has no application to compare: the test proves nothing")
	}
}

// Every verb pays the package init of everything linked into shinsa, and
// excelize's (regular expressions, number-format and language tables) was a
// quarter of a short verb's start: it may serve the tests, never the binary.
func TestBinaryDoesNotLinkExcelize(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v %s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list -deps gave %d packages: not the binary's list", len(deps))
	}
	for _, d := range deps {
		if strings.Contains(d, "xuri/excelize") {
			t.Errorf("shinsa links %s", d)
		}
	}
}

// gcSetting reads GOGC and the memory limit without changing them.
func gcSetting() (percent, limit int64) {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64())
}

// A short run whose live heap outgrows shortRunHeap gets the usual
// collector back at its first collection, instead of collecting against the
// limit at nearly every allocation from then on.
func TestShortRunHandsOverAtFirstCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	foundPercent, foundLimit := gcSetting()
	restore := collectLater()
	defer restore()
	if _, l := gcSetting(); l != shortRunHeap {
		t.Fatalf("memory limit %d at the start of a short run, want %d", l, shortRunHeap)
	}
	var keep [][]byte
	for i := 0; i < 96; i++ { // 96 MiB live, past shortRunHeap
		keep = append(keep, make([]byte, 1<<20))
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		p, l := gcSetting()
		if p == foundPercent && l == foundLimit {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("96 MiB live and still collector %d, limit %d: no hand-over to %d, %d", p, l, foundPercent, foundLimit)
		}
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(keep)
}

// log --json streams its events; the document is byte for byte the one
// writeJSON made of them all, for the whole log, one application's, and an
// empty one.
func TestLogJSONStreamsTheSameDocument(t *testing.T) {
	s := openDemo(t)
	ctx := context.Background()
	for _, app := range []int64{0, 3, 999} {
		evs, err := s.Events(ctx, app)
		if err != nil {
			t.Fatal(err)
		}
		var want, got bytes.Buffer
		if err := writeJSON(&want, map[string]any{"events": evs}); err != nil {
			t.Fatal(err)
		}
		if err := streamEvents(ctx, &got, s, app); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("application %d: streamed\n%.300s\nwant\n%.300s", app, got.Bytes(), want.Bytes())
		}
		if app == 0 && len(evs) < 20 {
			t.Errorf("the demo's log has %d events: the test proves little", len(evs))
		}
	}
}

// openDemo opens a fresh demo case file, closed when the test ends.
func openDemo(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(demoCase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
