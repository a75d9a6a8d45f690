// Package tempdir keeps every temporary file of a shinsa process under one
// folder, shinsa-<pid>-<random> in os.TempDir(), made on first use and
// removed when the process ends: on a normal or error exit (the CLI calls
// Cleanup) and on SIGINT or SIGTERM (a handler installed with the folder). A
// process killed outright (SIGKILL, a crash, power loss) leaves its folder
// behind; Sweep, run at the next start, removes folders whose process is
// gone.
package tempdir

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Prefix starts the name of every process folder.
const Prefix = "shinsa-"

// StaleAfter is how old a dead process's folder must be before Sweep
// removes it: a folder just made by a process that has not yet been seen
// alive (pid reuse aside) is left alone.
const StaleAfter = time.Minute

var (
	mu      sync.Mutex
	folders = map[string]string{} // base directory → this process's folder in it
	sigOnce sync.Once
)

// Dir returns this process's folder in os.TempDir(), making it on first use.
func Dir() (string, error) { return In(os.TempDir()) }

// In returns this process's folder under base, making it on first use. Most
// callers want Dir; In exists for tools that need a short path (a Unix
// socket's path holds about 100 bytes).
func In(base string) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	if d, ok := folders[base]; ok {
		if _, err := os.Stat(d); err == nil {
			return d, nil
		}
	}
	d, err := os.MkdirTemp(base, fmt.Sprintf("%s%d-", Prefix, os.Getpid()))
	if err != nil {
		return "", fmt.Errorf("cannot make a temporary folder in %s: %w", base, err)
	}
	folders[base] = d
	sigOnce.Do(watchSignals)
	return d, nil
}

// CreateTemp is os.CreateTemp in this process's folder.
func CreateTemp(pattern string) (*os.File, error) {
	d, err := Dir()
	if err != nil {
		return nil, err
	}
	return os.CreateTemp(d, pattern)
}

// MkdirTemp is os.MkdirTemp in this process's folder.
func MkdirTemp(pattern string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	return os.MkdirTemp(d, pattern)
}

// Cleanup removes this process's folders and everything in them. It is
// safe to call more than once; a later Dir makes a new folder.
func Cleanup() {
	mu.Lock()
	defer mu.Unlock()
	for base, d := range folders {
		os.RemoveAll(d)
		delete(folders, base)
	}
}

// watchSignals removes the folders when the process is interrupted or
// terminated, then lets the signal do what it would have done: with no other
// handler the process ends by it, as before.
func watchSignals() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, interrupts...)
	go func() {
		sig := <-c
		Cleanup()
		signal.Stop(c)
		reraise(sig)
	}()
}

// Sweep removes the folders of shinsa processes that are no longer running
// from os.TempDir() (and /tmp, where In may have put a short one), if they
// are older than StaleAfter. Errors are ignored: a folder that cannot be
// removed now is tried again at the next start.
func Sweep() {
	bases := []string{os.TempDir()}
	if extra := shortBase(); extra != "" && filepath.Clean(extra) != filepath.Clean(bases[0]) {
		bases = append(bases, extra)
	}
	for _, base := range bases {
		sweep(base, time.Now())
	}
}

func sweep(base string, now time.Time) {
	entries, err := os.ReadDir(base)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := folderPID(e.Name())
		if !ok || !e.IsDir() || pid == os.Getpid() {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < StaleAfter {
			continue
		}
		if alive(pid) {
			continue
		}
		os.RemoveAll(filepath.Join(base, e.Name()))
	}
}

// folderPID reads the pid out of a folder name shinsa-<pid>-<random>.
func folderPID(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, Prefix)
	if !ok {
		return 0, false
	}
	digits, _, ok := strings.Cut(rest, "-")
	if !ok || digits == "" {
		return 0, false
	}
	pid, err := strconv.Atoi(digits)
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, true
}
