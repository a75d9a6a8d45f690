package bench

import (
	"bytes"
	"fmt"
	"os/exec"
	"testing"
	"time"
)

// Peer is one process a benchmark runs: Cmd builds a fresh command each
// time, Check (optional) looks at what it printed.
type Peer struct {
	Name  string
	Cmd   func() *exec.Cmd
	Check func(stdout []byte) error
}

// CPUTime runs the process and returns the CPU time it used (user + system,
// from the kernel's rusage of the child), which a shared machine does not
// inflate the way it inflates wall time.
func CPUTime(p Peer) (time.Duration, error) {
	cmd := p.Cmd()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if cmd.ProcessState == nil {
		return 0, fmt.Errorf("%s: %v", p.Name, err)
	}
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok || p.Check == nil {
			return 0, fmt.Errorf("%s: %v %s", p.Name, err, errOut.String())
		}
	}
	if p.Check != nil {
		if err := p.Check(out.Bytes()); err != nil {
			return 0, fmt.Errorf("%s: %v", p.Name, err)
		}
	}
	return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

// Interleaved runs ours and peer one after the other in every iteration, so
// both see the same machine, and reports the mean CPU time of each
// (ms-cpu/op of ours, peer-ms-cpu/op) and their ratio (x-peer). Ours
// and the peer run once each before timing starts, to warm the page cache.
func Interleaved(b *testing.B, ours, peer Peer) {
	b.Helper()
	for _, p := range []Peer{ours, peer} {
		if _, err := CPUTime(p); err != nil {
			b.Fatal(err)
		}
	}
	var a, c time.Duration
	n := 0
	for b.Loop() {
		ta, err := CPUTime(ours)
		if err != nil {
			b.Fatal(err)
		}
		tc, err := CPUTime(peer)
		if err != nil {
			b.Fatal(err)
		}
		a, c, n = a+ta, c+tc, n+1
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(n) / 1e6 }
	b.ReportMetric(ms(a), "ms-cpu/op")
	b.ReportMetric(ms(c), peer.Name+"-ms-cpu/op")
	if c > 0 {
		b.ReportMetric(float64(a)/float64(c), "x-"+peer.Name)
	}
}
