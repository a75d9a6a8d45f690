package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"shinsa/review"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

func render(t testing.TB, in Input, k Kind, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, in, k, f); err != nil {
		t.Fatalf("Write %s %s: %v", k, f, err)
	}
	return b.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review the diff and run go test ./report -update if it is right\n%s", path, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first differing line with a little context.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return "(lengths differ)"
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		in   func(testing.TB) Input
		kind Kind
		f    Format
	}{
		{"letter.md", newCase, Letter, Markdown},
		{"committee.md", newCase, Committee, Markdown},
		{"renewal-committee.md", renewalCase, Committee, Markdown},
		{"renewal-letter.md", renewalCase, Letter, Markdown},
		{"letter.json", newCase, Letter, JSON},
		{"committee.json", newCase, Committee, JSON},
		{"renewal-committee.json", renewalCase, Committee, JSON},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			golden(t, c.name, render(t, c.in(t), c.kind, c.f))
		})
	}
}

// TestLetterWithoutActions: a letter with nothing to ask says so formally.
func TestLetterWithoutActions(t *testing.T) {
	in := newCase(t)
	for _, it := range in.Catalog.Items { // every row reviewed, none asks anything
		in.Findings[it.ID] = mkFinding(7, it.ID, review.Conforms, "", "", at(16, 11, 0))
	}
	for _, f := range []Format{Markdown, HTML} {
		out := string(render(t, in, Letter, f))
		if strings.Contains(out, "下書き") {
			t.Errorf("%s letter of a fully reviewed application is marked as a draft", f)
		}
		if !strings.Contains(out, "確認・修正をお願いする事項はございません") {
			t.Errorf("%s letter without actions does not say there is nothing to ask:\n%s", f, out)
		}
		if strings.Contains(out, "項目 4.1") {
			t.Errorf("%s letter without actions lists a row", f)
		}
	}
}

// TestLetterDraft: while any row is unreviewed the letter is a draft, in its
// title and on every page, and never gives the all-clear, even when no
// reviewed row asks anything.
func TestLetterDraft(t *testing.T) {
	in := newCase(t)
	for id, f := range in.Findings {
		f.Verdict = review.Conforms
		in.Findings[id] = f
	}
	delete(in.Findings, "2") // one row left unreviewed
	unreviewed := len(in.Catalog.Items) - len(in.Findings)
	for _, f := range []Format{Markdown, HTML, JSON} {
		out := string(render(t, in, Letter, f))
		if strings.Contains(out, "お願いする事項はございません") {
			t.Errorf("%s draft letter gives the all-clear", f)
		}
		if f == JSON {
			if !strings.Contains(out, `"draft": true`) {
				t.Errorf("json letter does not say it is a draft")
			}
			continue
		}
		if !strings.Contains(out, "【下書き】情報開示認定審査に係る確認・修正のお願い") {
			t.Errorf("%s draft letter's title is not marked 下書き:\n%s", f, out)
		}
		if !strings.Contains(out, fmt.Sprintf("未審査の項目が%d件あります", unreviewed)) {
			t.Errorf("%s draft letter does not say how many rows are unreviewed", f)
		}
	}
	html := string(render(t, in, Letter, HTML))
	if !strings.Contains(html, "<title>【下書き】") || !strings.Contains(html, `@top-center { content: "下書き"`) ||
		!strings.Contains(html, `@bottom-center { content: "下書き`) {
		t.Errorf("html draft letter is not marked in its <title> and in every printed page's header and footer")
	}
	// With a row that asks something, a draft still lists it.
	in.Findings["4.1"] = mkFinding(7, "4.1", review.Correction, "", "郵便番号を追記してください。", at(16, 12, 0))
	md := string(render(t, in, Letter, Markdown))
	if !strings.Contains(md, "【下書き】") || !strings.Contains(md, "郵便番号を追記してください。") || strings.Contains(md, "ございません") {
		t.Errorf("draft letter with a correction:\n%s", md)
	}
	// The committee report is not a letter: never marked as one.
	if c := string(render(t, in, Committee, Markdown)); strings.Contains(c, "【下書き】") {
		t.Error("the committee report is marked as a draft letter")
	}
}
