package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func buildShinsa(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "shinsa")
	build := exec.Command("go", "build", "-o", bin, "../cmd/shinsa")
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // as released: see the README
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v %s", err, out)
	}
	return bin
}

// BenchmarkListProcess measures `shinsa list --json` on a 300-application
// archive beside `sqlite3 -json` running the equivalent query, interleaved,
// in CPU time of each process (target: x-sqlite3 ≤ 2.5).
func BenchmarkListProcess(b *testing.B) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		b.Fatal("sqlite3 is the peer of this benchmark: install it (apt-get install sqlite3)")
	}
	bin := buildShinsa(b)
	path, err := ArchivePath(300)
	if err != nil {
		b.Fatal(err)
	}
	count := func(field string) func([]byte) error {
		return func(out []byte) error {
			var v map[string]json.RawMessage
			if field == "" {
				var rows []json.RawMessage
				if err := json.Unmarshal(out, &rows); err != nil || len(rows) != 300 {
					return fmt.Errorf("%d rows, %v", len(rows), err)
				}
				return nil
			}
			if err := json.Unmarshal(out, &v); err != nil {
				return err
			}
			var rows []json.RawMessage
			if err := json.Unmarshal(v[field], &rows); err != nil || len(rows) != 300 {
				return fmt.Errorf("%d rows, %v", len(rows), err)
			}
			return nil
		}
	}
	Interleaved(b,
		Peer{Name: "shinsa-list-json", Cmd: func() *exec.Cmd { return exec.Command(bin, "list", path, "--json") }, Check: count("applications")},
		Peer{Name: "sqlite3", Cmd: func() *exec.Cmd { return exec.Command("sqlite3", "-json", "-readonly", path, ListQuery) }, Check: count("")})
}

// BenchmarkVerifyMemory runs `shinsa verify` on archives of 600 and 2,000
// applications and reports each one's peak resident memory (the child's own
// VmHWM: SQLite's memory is invisible to runtime.MemStats) and the growth
// from one to the other (targets: under 45 MB at 600, growth under 1.2).
func BenchmarkVerifyMemory(b *testing.B) {
	bin := buildShinsa(b)
	peak := map[int]float64{}
	sizes := []int{600, 2000}
	for _, n := range sizes {
		if _, err := ArchivePath(n); err != nil { // generated before timing
			b.Fatal(err)
		}
	}
	for b.Loop() {
		for _, n := range sizes {
			path, _ := ArchivePath(n)
			cmd := exec.Command(bin, "verify", path, "--peak-rss")
			var out, errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errOut
			if err := cmd.Run(); err != nil {
				b.Fatalf("verify %d: %v %s", n, err, errOut.String())
			}
			var kb float64
			if _, err := fmt.Sscanf(errOut.String(), "peak-rss %f kB", &kb); err != nil {
				b.Fatalf("no peak-rss line in %q", errOut.String())
			}
			peak[n] = max(peak[n], kb/1024)
		}
	}
	b.ReportMetric(peak[600], "MB-peak-600")
	b.ReportMetric(peak[2000], "MB-peak-2000")
	b.ReportMetric(peak[2000]/peak[600], "growth")
}
