package review

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestTidyHunksRepairsSplitRunes(t *testing.T) {
	// go-diff's semantic cleanup can cut inside a UTF-8 sequence (it mixes
	// rune counts and byte offsets); tidyHunks moves the cut to a rune edge.
	a, b := "あい", "あう"
	pieces := []Hunk{eq("あ\xe3\x81"), del("\x84"), ins("\x86")}
	got, ok := tidyHunks(a, b, pieces)
	if !ok || !reflect.DeepEqual(got, []Hunk{eq("あ"), del("い"), ins("う")}) {
		t.Errorf("tidyHunks = %q, %v", got, ok)
	}
	if _, ok := tidyHunks(a, b, []Hunk{eq("あ"), del("x")}); ok {
		t.Error("pieces that do not spell the texts are accepted")
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"本店は東京です。支店は大阪です。", []string{"本店は東京です。", "支店は大阪です。"}},
		{"「対応します。」と回答。\n次の行", []string{"「対応します。」", "と回答。\n", "次の行"}},
		{"TLS1.2を使用. Version 2.0! 本当？はい", []string{"TLS1.2を使用.", " Version 2.0!", " 本当？", "はい"}},
		{"example.comで公開．次に", []string{"example.comで公開．", "次に"}},
		{"一行目\r\n二行目。\r\n", []string{"一行目\r\n", "二行目。\r\n"}},
		{"", nil},
	}
	for _, tc := range tests {
		got := splitSentences(tc.in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWriteWordDiff(t *testing.T) {
	d := Compare(CompareInput{
		Old: []Answer{
			{Item: "1", Text: "変わらない。"},
			{Item: "2", Text: "ＩＳＯ２７００１"},
			{Item: "4.1", Text: "本店は旧所在地です。"},
			{Item: "5", Text: "削除される\x1b]0;pwned\x07行"},
		},
		New: []Answer{
			{Item: "1", Text: "変わらない。"},
			{Item: "2", Text: "ISO27001"},
			{Item: "4.1", Text: "本店は新所在地です。\x1b[2J\x1b[31m偽の赤\u202e"},
			{Item: "6\x1b[1m", Text: "追加\tされた\r\n行"},
		},
		OldFindings: map[string]Finding{"4.1": {Item: "4.1", Verdict: Correction}},
	})
	var plain strings.Builder
	if err := WriteWordDiff(&plain, d, false); err != nil {
		t.Fatal(err)
	}
	out := plain.String()
	for _, want := range []string{
		"@@ 4.1 changed (was: 要修正 correction) @@\n本店は[-旧-]{+新+}所在地です。",
		"@@ 2 unchanged (form only) @@\n",
		"@@ 5 removed @@\n[-削除される行-]\n",
		"@@ 6 added @@\n{+追加    された\n行+}\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "変わらない") {
		t.Errorf("unchanged row written:\n%s", out)
	}
	if strings.ContainsAny(out, "\x1b\u009b\u202e\r\a") {
		t.Errorf("control characters reached the output: %q", out)
	}
	if strings.Index(out, "@@ 2 ") > strings.Index(out, "@@ 4.1 ") {
		t.Errorf("rows out of order:\n%s", out)
	}

	var col strings.Builder
	if err := WriteWordDiff(&col, d, true); err != nil {
		t.Fatal(err)
	}
	c := col.String()
	for _, want := range []string{
		sgrHeader + "@@ 4.1 changed (was: 要修正 correction) @@" + sgrReset,
		sgrDelete + "[-旧-]" + sgrReset + sgrInsert + "{+新+}" + sgrReset,
		sgrInsert + "{+追加    された" + sgrReset + "\n" + sgrInsert + "行+}" + sgrReset,
	} {
		if !strings.Contains(c, want) {
			t.Errorf("coloured output lacks %q:\n%q", want, c)
		}
	}
	// Every escape in the coloured output is one of ours.
	stripped := c
	for _, s := range []string{sgrDelete, sgrInsert, sgrHeader, sgrReset} {
		stripped = strings.ReplaceAll(stripped, s, "")
	}
	if stripped != out {
		t.Errorf("coloured output minus our SGR differs from the plain output:\n%q\n%q", stripped, out)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

var errWrite = &json.UnsupportedValueError{Str: "broken pipe"}

func TestWriteWordDiffReportsWriteErrors(t *testing.T) {
	d := []ItemDiff{{Item: "1", Status: Added, Hunks: []Hunk{ins("x")}}}
	if err := WriteWordDiff(failWriter{}, d, false); err != errWrite {
		t.Errorf("err = %v", err)
	}
}
