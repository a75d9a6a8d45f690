package tui

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"shinsa/review"
	"shinsa/store"
)

// hostile is what an applicant could put in a cell: wide and ambiguous
// characters, half-width katakana with voiced marks, emoji, and escape
// sequences that would retitle the terminal, write the clipboard, clear the
// screen, ring the bell, move the cursor or reverse the text.
const hostile = "本店①※○─×ｶﾞｷﾞ🙂\x1b]0;pwned\x07\x1b]52;c;ZWNobyBoaQ==\x07\x1b[2J\a\r\u009b31m\u202eevil\u202c です。"

// hostileTyped is what a reviewer could type or paste: a terminal delivers
// escape sequences as keys, never as text, but bidi controls, CR, BEL and
// C1 characters can arrive inside a paste.
const hostileTyped = "メモ①ｶﾞ🙂\a\r\u009b31m\u202eevil\u202c\u2028です。"

// hostileCase adds to the demo an application whose every answer, name and
// note is hostile, its renewal with changed hostile answers, and a finding
// with a hostile note saved by a reviewer with a hostile name. It returns
// the store and the two application ids.
func hostileCase(t testing.TB) (*store.Store, int64, int64) {
	t.Helper()
	ctx := context.Background()
	s := demoCopy(t)
	reg, err := s.Registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := reg.Catalog("asp-saas", "")
	if err != nil {
		t.Fatal(err)
	}
	sub := func(kind review.Kind, n int) *review.Submission {
		x := &review.Submission{App: review.Application{Scheme: "asp-saas", Edition: cat.Edition, Kind: kind,
			Applicant: "株式会社ｶﾞｲｱ" + hostile, Service: "ｻｰﾋﾞｽ🙂" + hostile, CertificationNumber: "0001-2412\x1b[5m",
			DisclosureDate: testToday.AddDate(-2, 2), Submitted: testToday.AddDate(-2, 2)}}
		if kind == review.Renewal {
			x.App.DisclosureDate, x.App.Submitted = testToday.AddDays(-20), testToday.AddDays(-10)
		}
		for i, it := range cat.Items {
			text := fmt.Sprintf("%s%s 第%d版", hostile, strings.Repeat("長い回答です。", i%7), n)
			x.Answers = append(x.Answers, review.Answer{Item: it.ID, Text: text, Note: hostile,
				Evidence: []string{"規程" + hostile + ".pdf"}, Provenance: "ｶﾞ.xlsx " + hostile})
		}
		x.Answers = append(x.Answers, review.Answer{Item: "999", Text: hostile})
		return x
	}
	old, err := s.Import(ctx, sub(review.New, 1), store.ImportOptions{Actor: testReviewer})
	if err != nil {
		t.Fatal(err)
	}
	var ins []store.FindingInput
	for _, it := range cat.Items {
		ins = append(ins, store.FindingInput{App: old, Item: it.ID, Verdict: review.Conforms, Note: hostile,
			Request: hostile, Reviewer: "佐藤\x1b[31m\u202e", Base: store.AnyRevision})
	}
	if _, err := s.SaveFindings(ctx, ins); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignOff(ctx, old, "鈴木", ""); err != nil {
		t.Fatal(err)
	}
	for _, st := range []review.Status{review.Committee, review.Certified} {
		if err := s.SetStatus(ctx, old, st, testReviewer); err != nil {
			t.Fatal(err)
		}
	}
	ren, err := s.Import(ctx, sub(review.Renewal, 2), store.ImportOptions{Actor: testReviewer, RenewalOf: old})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveFinding(ctx, store.FindingInput{App: ren, Item: cat.Items[0].ID, Verdict: review.Query,
		Note: hostile, Request: hostile, Reviewer: "ｶﾞ\x07", Base: 0}); err != nil {
		t.Fatal(err)
	}
	return s, old, ren
}

// hostileScreens brings the program into every screen and state with the
// hostile application on it.
func hostileScreens(old, ren int64) []struct {
	name  string
	setup func(h *harness)
} {
	return []struct {
		name  string
		setup func(h *harness)
	}{
		{"caselist", func(h *harness) { h.keys("G") }},
		{"caselist_filter", func(h *harness) { h.keys("/"); h.typeText("ｶﾞｲｱ") }},
		{"caselist_sorted", func(h *harness) { h.keys("s", "s", "s") }},
		{"review", func(h *harness) { h.open(ren, "") }},
		{"review_unknown_row", func(h *harness) { h.open(ren, "999") }},
		{"review_right_pane", func(h *harness) { h.open(ren, "5"); h.keys("tab", "ctrl+d", "j") }},
		{"review_filter", func(h *harness) { h.open(ren, ""); h.keys("/"); h.typeText("🙂ｶﾞ") }},
		{"editor_note", func(h *harness) { h.open(ren, ""); h.keys("e"); h.typeText(hostileTyped) }},
		{"editor_request", func(h *harness) { h.open(ren, ""); h.keys("r", "tab") }},
		{"help", func(h *harness) { h.open(ren, ""); h.keys("?") }},
		{"search", func(h *harness) { h.keys("S"); h.typeText("ｶﾞ"); h.fire(isSearch) }},
		{"search_emoji", func(h *harness) { h.keys("S"); h.typeText("🙂"); h.fire(isSearch) }},
		{"diff", func(h *harness) { h.open(ren, "5"); h.keys("d") }},
		{"diff_side_by_side", func(h *harness) { h.open(ren, "5"); h.keys("d", "v") }},
		{"accept_prompt", func(h *harness) { h.open(ren, ""); h.keys("a") }},
		{"previous_application", func(h *harness) { h.open(old, "1") }},
		{"conflict", func(h *harness) {
			h.open(ren, "2")
			h.keys("e")
			h.typeText(hostileTyped)
			if _, err := h.c.store.SaveFinding(context.Background(), store.FindingInput{App: ren, Item: "2",
				Verdict: review.Nonconforming, Note: hostile, Request: hostile, Reviewer: "他\x1b]0;x\x07", Base: store.AnyRevision}); err != nil {
				h.t.Fatal(err)
			}
			h.fire(isDebounce)
		}},
	}
}

// TestEveryLineFits: on every screen at 80×24, 200×50 and 60×20, with
// hostile data, every line fits the terminal, the screen fits its height,
// and nothing an applicant wrote reaches the terminal as a control.
func TestEveryLineFits(t *testing.T) {
	s, old, ren := hostileCase(t)
	for _, sz := range [][2]int{{80, 24}, {200, 50}, {60, 20}} {
		for _, sc := range hostileScreens(old, ren) {
			t.Run(fmt.Sprintf("%s/%dx%d", sc.name, sz[0], sz[1]), func(t *testing.T) {
				h := newHarness(t, s, "en", sz[0], sz[1])
				sc.setup(h)
				checkScreen(t, h.view(), sz[0], sz[1], false)
			})
		}
	}
}

// TestEveryLineFitsInColour: the same with colour on; the only escape
// sequences in the output are lipgloss's own SGR styling.
func TestEveryLineFitsInColour(t *testing.T) {
	s, old, ren := hostileCase(t)
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	r.SetHasDarkBackground(true)
	for _, sc := range hostileScreens(old, ren) {
		t.Run(sc.name, func(t *testing.T) {
			h := newHarnessWith(t, s, "ja", 80, 24, r)
			sc.setup(h)
			v := h.view()
			if !strings.Contains(v, "\x1b[") {
				t.Fatal("no colour in the output: the test does not test what it says")
			}
			checkScreen(t, v, 80, 24, true)
		})
	}
}

var reSGR = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func checkScreen(t *testing.T, view string, w, h int, colour bool) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%d lines on a %d-line terminal", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line %d is %d cells wide on a %d-cell terminal: %q", i+1, n, w, l)
		}
	}
	rest := view
	if colour {
		rest = reSGR.ReplaceAllString(view, "")
	}
	for _, bad := range []struct{ name, s string }{
		{"ESC", "\x1b"}, {"BEL", "\a"}, {"CR", "\r"}, {"8-bit CSI U+009B", "\u009b"},
		{"bidi override U+202E", "\u202e"}, {"bidi pop U+202C", "\u202c"},
	} {
		if i := strings.Index(rest, bad.s); i >= 0 {
			t.Errorf("the screen holds %s at byte %d: %q", bad.name, i, rest[max(0, i-40):min(len(rest), i+40)])
		}
	}
	if strings.Contains(view, "pwned") || strings.Contains(view, "ZWNobyBoaQ") {
		t.Errorf("the payload of an escape sequence reached the screen")
	}
}

// TestNoColorTurnsColourOff: NO_COLOR in the environment gives the ASCII
// profile (lipgloss through termenv), whatever the terminal could do.
func TestNoColorTurnsColourOff(t *testing.T) {
	env := func(noColor string) termenv.Environ {
		return fakeEnv{"TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": noColor}
	}
	with := lipgloss.NewRenderer(io.Discard, termenv.WithEnvironment(env("1")), termenv.WithTTY(true), termenv.WithUnsafe())
	without := lipgloss.NewRenderer(io.Discard, termenv.WithEnvironment(env("")), termenv.WithTTY(true), termenv.WithUnsafe())
	with.SetHasDarkBackground(true)
	if p := with.ColorProfile(); p != termenv.Ascii {
		t.Errorf("NO_COLOR=1: profile %v, want Ascii", p)
	}
	if p := without.ColorProfile(); p == termenv.Ascii {
		t.Errorf("without NO_COLOR the test terminal has no colour either; the check above proves nothing")
	}
	st := DefaultStyles(with)
	if out := st.verdict(review.Correction, "!"); out != "!" {
		t.Errorf("NO_COLOR: a verdict renders as %q, want the bare mark", out)
	}
}

type fakeEnv map[string]string

func (e fakeEnv) Environ() []string {
	var out []string
	for k, v := range e {
		out = append(out, k+"="+v)
	}
	return out
}
func (e fakeEnv) Getenv(k string) string { return e[k] }
