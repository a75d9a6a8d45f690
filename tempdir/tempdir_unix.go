//go:build unix

package tempdir

import (
	"errors"
	"os"
	"syscall"
)

var interrupts = []os.Signal{os.Interrupt, syscall.SIGTERM}

// alive tells whether a process with this pid exists (EPERM: it does, but
// belongs to someone else).
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// reraise sends the signal again now that no handler of ours is installed.
func reraise(sig os.Signal) {
	if s, ok := sig.(syscall.Signal); ok {
		syscall.Kill(os.Getpid(), s)
	}
}

// shortBase is where In makes a folder with a short path.
func shortBase() string { return "/tmp" }
