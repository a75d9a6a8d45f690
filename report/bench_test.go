package report

import (
	"io"
	"testing"
)

// BenchmarkReport1000 writes every report of a 1,000-row application with a
// finding on every row, one sub-benchmark per kind and format.
func BenchmarkReport1000(b *testing.B) {
	in := bigCase(b, 1000)
	for _, k := range Kinds {
		for _, f := range Formats {
			if k == Letter && f == OSCAL {
				continue
			}
			b.Run(string(k)+"/"+string(f), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := Write(io.Discard, in, k, f); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestBigReportsComplete: the 1,000-row reports hold every row.
func TestBigReportsComplete(t *testing.T) {
	in := bigCase(t, 1000)
	for _, f := range []Format{CSV, JSON} {
		out := render(t, in, Committee, f)
		if len(out) < 1000*100 {
			t.Errorf("%s report of 1,000 rows is only %d bytes", f, len(out))
		}
	}
	d := build(&in, Letter)
	if want := 1000 / 6 * 3; len(d.Rows) < want {
		t.Errorf("letter has %d rows, want about %d", len(d.Rows), want)
	}
}
