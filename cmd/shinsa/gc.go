package main

import (
	"os"
	"runtime/debug"
)

// A verb that reads a little and prints it (list, diff, show, …) lives a few
// milliseconds and allocates a few megabytes; the collector's cycles in that
// time are pure cost (about 3 ms CPU of `diff --json`'s 20, measured with
// BenchmarkDiffProcess). Such a run starts with the collector off and a soft
// memory limit instead: it collects only if its heap nears shortRunHeap, so a
// huge case file still cannot grow it without bound. Every other verb (the
// workbench, the server, import, verify with its memory target) gets the
// default collector back before it does any work. GOGC or GOMEMLIMIT set in
// the environment win over both.

// shortRunHeap is where a short verb's heap is collected after all.
const shortRunHeap = 64 << 20

// shortVerbs read and print; none of them holds a case's worth of data.
// (Not evidence get: it streams a document of any size, in pieces the
// collector should take back as it goes.)
var shortVerbs = map[string]bool{
	"diff": true, "list": true, "show": true, "log": true, "search": true,
	"version": true, "status": true, "letters": true, "people": true,
}

// collectLater turns the collector off for the start of a run, unless the
// environment says how to collect, and returns what puts back the settings
// it found (run is called many times in one test process).
func collectLater() (restore func()) {
	if envCollects() {
		return func() {}
	}
	limit := debug.SetMemoryLimit(shortRunHeap)
	percent := debug.SetGCPercent(-1)
	usual = func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
	return func() { usual(); usual = func() {} }
}

// usual puts back the collector collectLater found.
var usual = func() {}

// importGC is import's GOGC: its live heap is small beside what it
// allocates reading a workbook and building the rows to store, so collecting
// half as often saves about 6% of its CPU time on a 10,000-row workbook
// (BenchmarkImportWorkbook10k) while its peak resident memory, mostly
// SQLite's pages, moves from 53 to 58 MB.
const importGC = 200

// collectAsUsual restores the collector for a verb that is not short.
func collectAsUsual(verb string) {
	if shortVerbs[verb] {
		return
	}
	usual()
	if verb == "import" && !envCollects() {
		debug.SetGCPercent(importGC)
	}
}

func envCollects() bool { return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" }
