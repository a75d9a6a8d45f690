package report

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRenderSamples writes every report of the test cases to $SHINSA_REPORT_DIR
// for a person to look at (skipped unless the variable is set).
func TestRenderSamples(t *testing.T) {
	dir := os.Getenv("SHINSA_REPORT_DIR")
	if dir == "" {
		t.Skip("set SHINSA_REPORT_DIR to write sample reports there")
	}
	for name, in := range map[string]Input{"new": newCase(t), "renewal": renewalCase(t), "big": bigCase(t, 120)} {
		for _, k := range Kinds {
			for _, f := range Formats {
				if f == OSCAL && k == Letter {
					continue
				}
				path := filepath.Join(dir, name+"-"+string(k)+f.Ext())
				if err := os.WriteFile(path, render(t, in, k, f), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
