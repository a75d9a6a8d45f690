package tui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"shinsa/review"
	"shinsa/store"
)

// probed wraps the root so a test can read the current view from inside
// the program's goroutine (teatest's output stream only carries what was
// redrawn).
type probed struct{ m *Model }

type probeMsg struct{ ch chan string }

func (p probed) Init() tea.Cmd { return p.m.Init() }
func (p probed) View() string  { return p.m.View() }
func (p probed) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if pm, ok := msg.(probeMsg); ok {
		pm.ch <- p.m.View()
		return p, nil
	}
	_, c := p.m.Update(msg)
	return p, c
}

// flow is a running program under teatest, with real timers.
type flow struct {
	t  *testing.T
	tm *teatest.TestModel
}

func startFlow(t *testing.T, s *store.Store, w, h int) *flow {
	c := newCommon(context.Background(), s, Options{Reviewer: testReviewer, Lang: "en", Today: testToday}, asciiRenderer())
	c.advance = false // as in the harness: the flows that need it turn it on
	tm := teatest.NewTestModel(t, probed{newModel(c, 0)}, teatest.WithInitialTermSize(w, h))
	return &flow{t: t, tm: tm}
}

// press sends keys one at a time, as a person types.
func (f *flow) press(keys ...string) {
	for _, k := range keys {
		f.tm.Send(keyMsg(k))
	}
}

// typeText sends text as one burst of runes (an IME commit), not per byte.
func (f *flow) typeText(s string) {
	f.tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
}

// waitFor polls the view until cond holds, for up to five seconds.
func (f *flow) waitFor(what string, cond func(string) bool) string {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		ch := make(chan string, 1)
		f.tm.Send(probeMsg{ch})
		select {
		case v := <-ch:
			if cond(v) {
				return v
			}
			last = v
		case <-time.After(time.Second):
		}
		time.Sleep(20 * time.Millisecond)
	}
	f.t.Fatalf("waited 5s for %s; the screen shows:\n%s", what, last)
	return ""
}

func (f *flow) waitText(want ...string) string {
	f.t.Helper()
	return f.waitFor(strings.Join(want, " and "), func(v string) bool {
		for _, w := range want {
			if !strings.Contains(v, w) {
				return false
			}
		}
		return true
	})
}

var reSavedRev = regexp.MustCompile(`saved \d\d:\d\d:\d\d · rev \d`)

// TestFlowReviewByKeys is a reviewer's morning: open the renewal, judge
// two rows, write a correction request in Japanese, filter, jump to the
// next unreviewed row, quit; then reopen the file and find it all there.
func TestFlowReviewByKeys(t *testing.T) {
	s := demoCopy(t)
	path := s.Path()
	f := startFlow(t, s, 80, 24)
	f.waitText("カナメ勤怠①")

	f.press("j", "enter")
	f.waitText("renewal of #1", "139 of 139 rows")

	f.press("1")
	f.waitText("✓ 1    必", "1/139 reviewed", "saved ")

	f.press("j", "3")
	f.waitText("! 2    必", "2/139 reviewed")

	f.press("r")
	f.waitText("Editing Correction request of 2")
	f.typeText("要確認")
	f.typeText("：商号を登記簿どおりに記載してください。")
	// Saved by itself, no Save step: the editor says "saved hh:mm:ss · rev N"
	// once the pause after the last change is over.
	f.waitFor("the request saved", func(v string) bool {
		return strings.Contains(v, "要確認：商号を登記簿どおりに") && reSavedRev.MatchString(v) && !strings.Contains(v, "unsaved")
	})

	f.press("esc")
	f.waitText("Finding  ! correction 要修正", "要確認：商号を登記簿どおりに")

	f.press("/")
	f.typeText("事業所")
	f.press("enter")
	v := f.waitText("filter: 事業所", "4.1  必")
	if strings.Contains(v, " 2    必") || strings.Contains(v, "139 of 139 rows") {
		t.Errorf("the filter let through rows without 事業所:\n%s", v)
	}
	f.press("esc")
	f.waitText("139 of 139 rows")

	f.press("g", "n")
	f.waitText(">· 3.1", "3.1 設立年・事業年数")

	f.press("q")
	f.waitText("Applications · demo.shinsa", "░░░░░░░░    2/139") // the list reloads on return
	f.press("q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	final := f.tm.FinalModel(t).(probed).m.View()
	golden.RequireEqual(t, []byte(stable(final)))

	// Reopen: a new program on the same file sees what was recorded.
	s.Close()
	s2, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	ctx := context.Background()
	f1, err := s2.Finding(ctx, 2, "1")
	if err != nil || f1.Verdict != review.Conforms || f1.Reviewer != testReviewer {
		t.Errorf("row 1 after reopening: %+v, %v", f1, err)
	}
	f2, err := s2.Finding(ctx, 2, "2")
	if err != nil || f2.Verdict != review.Correction || f2.Request != "要確認：商号を登記簿どおりに記載してください。" {
		t.Errorf("row 2 after reopening: %+v, %v", f2, err)
	}
	again := startFlow(t, s2, 80, 24)
	again.waitText("カナメ勤怠①")
	again.press("j", "enter")
	again.waitText("✓ 1    必", "! 2    必", "2/139 reviewed")
	again.press("j")
	again.waitText("要確認：商号を登記簿どおりに")
	again.press("q", "q")
	again.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// TestFlowQuitSavesTheEditor: quitting with the editor open and the pause
// not yet over still saves what was typed.
func TestFlowQuitSavesTheEditor(t *testing.T) {
	s := demoCopy(t)
	f := startFlow(t, s, 80, 24)
	f.waitText("カナメ勤怠①")
	f.press("j", "enter")
	f.waitText("renewal of #1")
	f.press("e")
	f.waitText("Editing Note of 1")
	f.typeText("最後の一言")
	f.tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	got, err := s.Finding(context.Background(), 2, "1")
	if err != nil || got.Note != "最後の一言" {
		t.Errorf("the note typed just before quitting: %+v, %v", got, err)
	}
}
