package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"
)

// A verb that reads a little and prints it (list, diff, show, …) lives a few
// milliseconds and allocates a few megabytes; the collector's cycles in that
// time are pure cost (about 3 ms CPU of `diff --json`'s 20, measured with
// BenchmarkDiffProcess). Such a run starts with the collector off and a soft
// memory limit instead: it collects only if its heap reaches shortRunHeap.
// That first collection hands over to the usual collector (GOGC 100, no
// limit): a run that keeps more than shortRunHeap live (`log --json` of a
// large archive holds every event) would otherwise collect again at nearly
// every allocation, against the limit — `log --json` of the 2,000-application
// archive took 2.7 s of CPU that way instead of 1.2 s. Every other verb (the
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

var gc struct {
	sync.Mutex
	gen     int    // which run's settings are current
	usual   func() // puts back the collector collectLater found
	started bool   // collectLater turned the collector off for run gen
}

// collectLater turns the collector off for the start of a run, unless the
// environment says how to collect, and returns what puts back the settings
// it found (run is called many times in one test process).
func collectLater() (restore func()) {
	if envCollects() {
		return func() {}
	}
	gc.Lock()
	defer gc.Unlock()
	gc.gen++
	gen := gc.gen
	limit := debug.SetMemoryLimit(shortRunHeap)
	percent := debug.SetGCPercent(-1)
	gc.started = true
	gc.usual = func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
	handOverAtFirstCollection(gen)
	return func() {
		gc.Lock()
		defer gc.Unlock()
		if gc.gen == gen {
			gc.usual() // import's GOGC too
			gc.started = false
			gc.gen++ // a finalizer still to come is no longer this run's
		}
	}
}

// sentinel is an object only a collection frees; its finalizer runs after
// the first collection of the run. (Not a tiny allocation: those share a
// block, and their finalizers may never run.)
type sentinel struct {
	_ *int
	_ [32]byte
}

// handOverAtFirstCollection gives run gen the usual collector back after
// its first collection.
func handOverAtFirstCollection(gen int) {
	s := new(sentinel)
	runtime.SetFinalizer(s, func(*sentinel) {
		gc.Lock()
		defer gc.Unlock()
		if gc.gen == gen && gc.started {
			gc.usual()
			gc.started = false
		}
	})
}

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
	gc.Lock()
	if gc.started {
		gc.usual()
		gc.started = false
	}
	gc.Unlock()
	if verb == "import" && !envCollects() {
		debug.SetGCPercent(importGC)
	}
}

func envCollects() bool { return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" }
