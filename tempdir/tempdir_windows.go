//go:build windows

package tempdir

import (
	"os"
	"syscall"
)

var interrupts = []os.Signal{os.Interrupt}

// errInvalidParameter is what OpenProcess says for a pid no process has.
const errInvalidParameter syscall.Errno = 87

// alive tells whether a process with this pid exists.
func alive(pid int) bool {
	const queryLimited = 0x1000 // PROCESS_QUERY_LIMITED_INFORMATION
	h, err := syscall.OpenProcess(queryLimited, false, uint32(pid))
	if err != nil {
		return !errorIs(err, errInvalidParameter)
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == 259 // STILL_ACTIVE
}

func errorIs(err error, target syscall.Errno) bool {
	e, ok := err.(syscall.Errno)
	return ok && e == target
}

// reraise ends the process as an interrupt would.
func reraise(os.Signal) { os.Exit(2) }

func shortBase() string { return "" }
