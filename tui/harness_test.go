package tui

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"shinsa/demo"
	"shinsa/review"
	"shinsa/store"
)

// The demo every test starts from: the Japanese built-in demo with a fixed
// day and seed, written once per test run and copied per test.
var (
	testToday = review.NewDate(2026, 11, 26)
	demoPath  string
)

const testReviewer = "佐藤"

func TestMain(m *testing.M) {
	SetWidthPolicy()
	lipgloss.SetColorProfile(termenv.Ascii)
	dir, err := os.MkdirTemp("", "shinsa-tui-test")
	if err != nil {
		panic(err)
	}
	demoPath = filepath.Join(dir, "demo.shinsa")
	s, err := store.Create(demoPath, testReviewer)
	if err != nil {
		panic(err)
	}
	if _, err := demo.Small(context.Background(), s, demo.Options{Today: testToday, Reviewer: testReviewer, Seed: 1}); err != nil {
		panic(err)
	}
	if err := s.Close(); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// demoCopy gives a test its own copy of the demo case file, opened.
func demoCopy(t testing.TB) *store.Store {
	t.Helper()
	data, err := os.ReadFile(demoPath)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "demo.shinsa")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// asciiRenderer renders without colour, as goldens want.
func asciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

// harness drives the root model synchronously: every command runs at once
// and its message is fed back, except timers, which wait in ticks until the
// test fires them. No goroutines, so views are deterministic.
type harness struct {
	t     testing.TB
	c     *Common
	m     *Model
	ticks []tea.Msg
	quit  bool
	hold  bool // keep commands in held instead of running them
	held  []tea.Cmd
}

func newHarness(t testing.TB, s *store.Store, lang string, w, h int) *harness {
	t.Helper()
	return newHarnessWith(t, s, lang, w, h, asciiRenderer())
}

func newHarnessWith(t testing.TB, s *store.Store, lang string, w, h int, r *lipgloss.Renderer) *harness {
	t.Helper()
	hs := &harness{t: t}
	hs.c = newCommon(context.Background(), s, Options{Reviewer: testReviewer, Lang: lang, Today: testToday}, r)
	// Tests judge the row they name; moving on after a verdict (on by
	// default) has tests of its own that turn it on.
	hs.c.advance = false
	hs.c.after = func(_ time.Duration, msg tea.Msg) tea.Cmd {
		hs.ticks = append(hs.ticks, msg)
		return nil
	}
	hs.m = newModel(hs.c, 0)
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if h.hold {
		h.held = append(h.held, cmd)
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	case tea.QuitMsg:
		h.quit = true
	default:
		h.send(msg)
	}
}

// fire delivers the pending timer messages that match.
func (h *harness) fire(match func(tea.Msg) bool) int {
	var keep, due []tea.Msg
	for _, m := range h.ticks {
		if match(m) {
			due = append(due, m)
		} else {
			keep = append(keep, m)
		}
	}
	h.ticks = keep
	for _, m := range due {
		h.send(m)
	}
	return len(due)
}

func isDebounce(m tea.Msg) bool { _, ok := m.(debounceMsg); return ok }
func isPoll(m tea.Msg) bool     { _, ok := m.(pollTickMsg); return ok }
func isSearch(m tea.Msg) bool   { _, ok := m.(searchDebounceMsg); return ok }

// keys presses keys one by one: names like "enter", "esc", "ctrl+d", or
// single characters.
func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
}

// typeText types text as one burst of runes, the way a terminal delivers
// an IME commit.
func (h *harness) typeText(s string) {
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
}

var namedKeys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
	"ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU, "ctrl+f": tea.KeyCtrlF, "ctrl+c": tea.KeyCtrlC,
	"backspace": tea.KeyBackspace, "home": tea.KeyHome, "end": tea.KeyEnd, "pgdown": tea.KeyPgDown,
}

func keyMsg(k string) tea.KeyMsg {
	if t, ok := namedKeys[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

func (h *harness) view() string { return h.m.View() }

// review is the review screen on top, or fails the test.
func (h *harness) review() *reviewScreen {
	h.t.Helper()
	r, ok := h.m.top().(*reviewScreen)
	if !ok {
		h.t.Fatalf("the top screen is %T, not the review", h.m.top())
	}
	return r
}

// open jumps to an application (and row), as search does.
func (h *harness) open(app int64, item string) {
	h.send(openAppMsg{app: app, item: item})
}

var (
	reStamp = regexp.MustCompile(`\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}`)
	reClock = regexp.MustCompile(`\b\d{2}:\d{2}:\d{2}\b`)
)

// stable blanks the wall-clock times a view shows (finding times come from
// the clock of the save), keeping their width so layout stays checked.
func stable(view string) string {
	view = reStamp.ReplaceAllString(view, "YYYY-MM-DD hh:mm:ss")
	return reClock.ReplaceAllString(view, "hh:mm:ss")
}

func contains(t testing.TB, view string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(view, w) {
			t.Errorf("view does not show %q:\n%s", w, view)
		}
	}
}
