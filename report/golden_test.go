package report

import (
	"bytes"
	"flag"
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
	for id, f := range in.Findings {
		f.Verdict = review.Conforms
		in.Findings[id] = f
	}
	for _, f := range []Format{Markdown, HTML} {
		out := string(render(t, in, Letter, f))
		if !strings.Contains(out, "確認・修正をお願いする事項はございません") {
			t.Errorf("%s letter without actions does not say there is nothing to ask:\n%s", f, out)
		}
		if strings.Contains(out, "項目 4.1") {
			t.Errorf("%s letter without actions lists a row", f)
		}
	}
}
