//go:build unix

package tempdir

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The child side: TestMain turns the test binary into a process that makes
// its folder, puts a file in it, prints the folder and waits to be killed.
func TestMain(m *testing.M) {
	if os.Getenv("TEMPDIR_CHILD") == "1" {
		f, err := CreateTemp("part-*")
		if err != nil {
			os.Stdout.WriteString("error " + err.Error() + "\n")
			os.Exit(3)
		}
		f.WriteString("half a workbook")
		f.Close()
		os.Stdout.WriteString(filepath.Dir(f.Name()) + "\n")
		select {} // until a signal
	}
	os.Exit(m.Run())
}

// child starts a process that holds a temporary folder in tmp and returns
// it with the folder's path.
func child(t *testing.T, tmp string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TEMPDIR_CHILD=1", "TMPDIR="+tmp)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("child: %v", err)
	}
	dir := strings.TrimSpace(line)
	if filepath.Dir(dir) != tmp || !strings.HasPrefix(filepath.Base(dir), Prefix) {
		t.Fatalf("child's folder %q is not a %s folder in %s", dir, Prefix, tmp)
	}
	return cmd, dir
}

func age(t *testing.T, dir string) {
	t.Helper()
	old := time.Now().Add(-2 * StaleAfter)
	if err := os.Chtimes(dir, old, old); err != nil {
		t.Fatal(err)
	}
}

func exists(dir string) bool { _, err := os.Stat(dir); return err == nil }

func TestKilledProcessFolderSweptAtNextStart(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)

	killed, dead := child(t, tmp)
	killed.Process.Signal(syscall.SIGKILL)
	killed.Wait()
	if !exists(dead) {
		t.Fatal("a process killed with SIGKILL cannot remove its folder, yet it is gone: the test proves nothing")
	}
	live, kept := child(t, tmp)
	short, young := child(t, tmp)
	// short's process dies too, but its folder is new: it is kept for a
	// while, as a process with a reused pid may have just made it.
	short.Process.Signal(syscall.SIGKILL)
	short.Wait()
	age(t, dead)
	age(t, kept)
	notOurs := filepath.Join(tmp, "shinsa-demo")
	os.Mkdir(notOurs, 0o755)
	age(t, notOurs)

	Sweep()
	if exists(dead) {
		t.Errorf("the killed process's folder %s was not removed at the next start", dead)
	}
	if !exists(kept) {
		t.Errorf("a running process's folder %s was removed", kept)
	}
	if !exists(young) {
		t.Errorf("a folder younger than %v was removed", StaleAfter)
	}
	if !exists(notOurs) {
		t.Errorf("%s is not a process folder but was removed", notOurs)
	}
	live.Process.Kill()
}

func TestTerminatedProcessRemovesItsFolder(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		tmp := t.TempDir()
		cmd, dir := child(t, tmp)
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if err == nil || !ws.Signaled() || ws.Signal() != sig {
			t.Errorf("%v: the child should still end by the signal, got %v", sig, err)
		}
		if exists(dir) {
			t.Errorf("%v: the folder %s is left behind", sig, dir)
		}
	}
}

func TestCleanupRemovesTheFolderAndDirMakesANewOne(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	f, err := CreateTemp("x-*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	d := filepath.Dir(f.Name())
	sub, err := MkdirTemp("y-")
	if err != nil || filepath.Dir(sub) != d {
		t.Fatalf("MkdirTemp %q, %v: not in the same folder %s", sub, err, d)
	}
	Cleanup()
	if exists(d) {
		t.Fatalf("Cleanup left %s", d)
	}
	d2, err := Dir()
	if err != nil || !exists(d2) {
		t.Fatalf("Dir after Cleanup: %q %v", d2, err)
	}
	Cleanup()
}
