package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"runtime/debug"
	"testing"
	"unicode/utf8"

	"shinsa/review"
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
