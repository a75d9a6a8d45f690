package tui

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

// TestEveryChromeStringIsTranslated reads the package's source for every
// string that goes through t/tf (and the tables that do so indirectly:
// help groups, column titles, key help, statuses, sort names) and checks
// that --lang ja has it.
func TestEveryChromeStringIsTranslated(t *testing.T) {
	patterns := []*regexp.Regexp{
		regexp.MustCompile(`\.tf?\(("(?:[^"\\]|\\.)*")`),
		regexp.MustCompile(`Group: ("(?:[^"\\]|\\.)*")`),
		regexp.MustCompile(`title: ("(?:[^"\\]|\\.)*")`),
		regexp.MustCompile(`\bb\(("(?:[^"\\]|\\.)*"),`),
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, re := range patterns {
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				s, err := strconv.Unquote(m[1])
				if err != nil {
					t.Fatalf("%s: %s: %v", f, m[1], err)
				}
				want[s] = f
			}
		}
	}
	for _, st := range review.Statuses {
		want[string(st)] = "status"
	}
	for _, s := range sortNames {
		want[s] = "sortNames"
	}
	if len(want) < 100 {
		t.Fatalf("found only %d chrome strings: the patterns no longer match the source", len(want))
	}
	for s, f := range want {
		if _, ok := ja[s]; !ok {
			t.Errorf("%s: %q has no Japanese", f, s)
		}
	}
}

func TestLangFromEnv(t *testing.T) {
	for _, tc := range []struct{ lcAll, lang, want string }{
		{"", "ja_JP.UTF-8", "ja"},
		{"", "en_US.UTF-8", "en"},
		{"C", "ja_JP.UTF-8", "en"},
		{"ja_JP.eucJP", "", "ja"},
		{"", "", "en"},
	} {
		t.Setenv("LC_ALL", tc.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tc.lang)
		if got := LangFromEnv(); got != tc.want {
			t.Errorf("LC_ALL=%q LANG=%q: %q, want %q", tc.lcAll, tc.lang, got, tc.want)
		}
	}
}

// TestRulesNameTheKindInJapanese: with the Japanese chrome, a row's form
// rules name its kind in Japanese, not as the catalog's code.
func TestRulesNameTheKindInJapanese(t *testing.T) {
	h := newHarness(t, demoCopy(t), "ja", 120, 30)
	h.open(2, "1")
	v := h.view()
	contains(t, v, "種類 日付")
	if strings.Contains(v, "種類 date") {
		t.Error("the kind is named by its code")
	}
}

// TestCarriedOriginInJapanese: where a carried-forward verdict came from is
// said in Japanese with the Japanese chrome.
func TestCarriedOriginInJapanese(t *testing.T) {
	h := newHarness(t, demoCopy(t), "ja", 120, 30)
	h.open(2, "12")
	h.keys("a", "y")
	v := h.view()
	contains(t, v, "#1 の項目 12（版1）から承継")
	if strings.Contains(v, "carried from") {
		t.Error("the origin is said in English")
	}
}

// TestJapaneseEditorAndConflictWording: the Japanese editor title reads as
// Japanese (no space before を), and the conflict names the other version
// with Japanese commas.
func TestJapaneseEditorAndConflictWording(t *testing.T) {
	h := newHarness(t, demoCopy(t), "ja", 120, 30)
	h.open(2, "2")
	h.keys("e")
	contains(t, h.view(), "2 のメモを編集中")
	h.typeText("途中")
	if _, err := h.c.store.SaveFinding(context.Background(), store.FindingInput{App: 2, Item: "2",
		Verdict: review.Query, Note: "他", Reviewer: "鈴木", Base: store.AnyRevision}); err != nil {
		t.Fatal(err)
	}
	h.fire(isDebounce)
	contains(t, h.view(), "相手: 鈴木、")
}
