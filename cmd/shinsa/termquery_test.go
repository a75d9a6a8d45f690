//go:build linux || darwin || freebsd

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// A verb run in a terminal asks the terminal nothing: no colour query that
// would swallow the keys typed ahead and wait for an answer (bubbletea's
// package init used to ask on every start; see the earlyterm module).
func TestVerbsDoNotQueryTheTerminal(t *testing.T) {
	path := demoCase(t)
	for _, args := range [][]string{{"list", path}, {"diff", path, "2"}, {"verify", path}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "SHINSA_REVIEWER=テスト審査員")
		ptmx, err := pty.Start(cmd)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		done := make(chan struct{})
		go func() { io.Copy(&out, ptmx); close(done) }()
		err = cmd.Wait()
		ptmx.Close()
		<-done
		if err != nil {
			t.Fatalf("shinsa %s: %v\n%s", strings.Join(args, " "), err, out.String())
		}
		for _, q := range []string{"\x1b]11;?", "\x1b]10;?", "\x1b[6n", "\x1b[c"} {
			if strings.Contains(out.String(), q) {
				t.Errorf("shinsa %s wrote the terminal query %q", strings.Join(args, " "), q)
			}
		}
		if out.Len() == 0 {
			t.Errorf("shinsa %s printed nothing", strings.Join(args, " "))
		}
	}
}
