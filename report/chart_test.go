package report

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"shinsa/review"
)

func TestTextChartAlignsAndScales(t *testing.T) {
	d := build(ptr(newCase(t)), Committee)
	lines, per := textChart(d)
	if per != 1 || len(lines) != 4 {
		t.Fatalf("per=%d lines=%q", per, lines)
	}
	if lines[1] != "事業所・事業        ✓?!✗  4/4" {
		t.Errorf("business line = %q", lines[1])
	}
	col := -1
	for _, l := range lines { // the fractions start in one column
		w := displayWidth(l[:strings.LastIndex(l, "  ")])
		if col >= 0 && w != col {
			t.Errorf("misaligned: %q", lines)
		}
		col = w
	}

	// 100 rows, one of them nonconforming: scaled to 40 marks or fewer,
	// and the lone ✗ still shows.
	c := category{Title: "大", Total: 100, Reviewed: 100, Counts: map[review.Verdict]int{review.Conforms: 99, review.Nonconforming: 1}}
	d = &doc{Cats: []category{c, {Title: "小", Total: 3, Counts: map[review.Verdict]int{review.Unreviewed: 3}}}}
	lines, per = textChart(d)
	if per != 3 {
		t.Fatalf("perMark = %d, want 3", per)
	}
	bar := strings.Fields(lines[0])[1]
	if n := utf8.RuneCountInString(bar); n > maxTextBar || !strings.Contains(bar, "✗") {
		t.Errorf("scaled bar %q: %d marks, ✗ present: %v", bar, n, strings.Contains(bar, "✗"))
	}
	if !strings.HasSuffix(lines[1], "0/3") || !strings.Contains(lines[1], "·") {
		t.Errorf("small category = %q", lines[1])
	}
}

func TestSVGChartSegmentsFillTheBar(t *testing.T) {
	d := build(ptr(newCase(t)), Committee)
	ch := buildSVG(d)
	for _, r := range ch.Rows {
		x := ch.BarX
		for _, s := range r.Segments {
			if s.X != x || s.W <= 0 {
				t.Errorf("%s: segment %+v does not follow on at %d", r.Label, s, x)
			}
			x += s.W
		}
		if x != ch.BarX+ch.BarW {
			t.Errorf("%s: segments end at %d, bar at %d", r.Label, x, ch.BarX+ch.BarW)
		}
	}
	if len(ch.Legend) != len(review.Verdicts) {
		t.Errorf("legend has %d entries", len(ch.Legend))
	}
}

func TestFitCellSaysWhatWasCut(t *testing.T) {
	long := strings.Repeat("あ", maxCellUnits+10)
	got := fitCell(long)
	if n := len(utf16.Encode([]rune(got))); n > maxCellUnits {
		t.Fatalf("fitted cell has %d UTF-16 units", n)
	}
	if !strings.Contains(got, "以下省略：全32777文字") {
		t.Errorf("fitted cell does not say it was cut: …%s", string([]rune(got)[len([]rune(got))-40:]))
	}
	emoji := strings.Repeat("😀", maxCellUnits/2+5) // surrogate pairs
	if got := fitCell(emoji); !utf8.ValidString(got) || strings.ContainsRune(got, utf8.RuneError) {
		t.Error("a surrogate pair was cut in half")
	}
	if fitCell("短い") != "短い" {
		t.Error("a short cell changed")
	}
}

func ptr(in Input) *Input { return &in }
