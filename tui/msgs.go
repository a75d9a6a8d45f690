package tui

import (
	"shinsa/criteria"
	"shinsa/review"
	"shinsa/store"
)

// Results of background work name the screen that asked (its ScreenID); the
// root delivers them to that screen if it is still open and drops them
// otherwise, so a late answer never lands on the wrong screen.
type targeted interface{ target() int }

type to struct{ screen int }

func (t to) target() int { return t.screen }

// casesLoadedMsg: the case list's data.
type casesLoadedMsg struct {
	to
	sums []store.Summary
	reg  *criteria.Registry
	err  error
	ver  int64 // the case file's data version read before sums (0: unknown)
	same bool  // the case file has not changed since the list was read: no sums
}

// caseTickMsg: time to refresh the case list.
type caseTickMsg struct{ to }

// reviewLoadedMsg: one application with everything the review screen shows.
type reviewLoadedMsg struct {
	to
	app  int64
	data *reviewData
	err  error
}

// savedMsg: a finding save came back.
type savedMsg struct {
	to
	app  int64
	item string
	sent store.FindingInput
	got  review.Finding
	err  error
}

// acceptedMsg: the batch save of carried-forward verdicts came back.
type acceptedMsg struct {
	to
	app   int64
	saved []review.Finding
	err   error
}

// pollTickMsg and polledMsg: the two-second look for findings other
// instances saved.
type pollTickMsg struct{ to }

type polledMsg struct {
	to
	app   int64
	found []review.Finding
	err   error
}

// debounceMsg: the editor was idle long enough to save.
type debounceMsg struct {
	to
	item string
	seq  int
}

// exportedMsg: the reports were written.
type exportedMsg struct {
	to
	app   int64
	dir   string
	names []string
	err   error
}

// searchedMsg and searchDebounceMsg: case-wide search.
type searchedMsg struct {
	to
	seq  int
	term string
	hits []searchHit
	err  error
}

type searchDebounceMsg struct {
	to
	seq int
}

// Navigation, asked of the root by a screen.
type (
	openAppMsg struct {
		app  int64
		item string
	}
	popMsg        struct{}
	showHelpMsg   struct{}
	openSearchMsg struct{}
	quitMsg       struct{}
)
