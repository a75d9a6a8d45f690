package tui

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestAcceptanceInTmux drives the real binary in a real terminal (tmux at
// 80×24), keys sent one at a time as a person types: the demo opens, the
// reviewer opens the renewal, judges two rows, writes a correction request
// and quits; the CLI then reads back what was recorded. It fails — it does
// not skip — when tmux is missing: CI installs it.
func TestAcceptanceInTmux(t *testing.T) {
	tmuxBin, err := exec.LookPath("tmux")
	if err != nil {
		t.Fatalf("tmux is not installed (apt-get install -y tmux): %v", err)
	}
	bin := filepath.Join(t.TempDir(), "shinsa")
	build := exec.Command(goBin(), "build", "-o", bin, "./cmd/shinsa")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// The same story in the smallest terminal we promise and in a big one.
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			acceptanceStory(t, tmuxBin, bin, size[0], size[1])
		})
	}
	t.Run("keys typed while it starts", func(t *testing.T) { typeaheadStory(t, tmuxBin, bin) })
}

// typeaheadStory types two keys in the same breath as the command, before
// shinsa has even started (the shell's terminal holds them), with a TERM
// that makes terminal libraries ask the terminal for its colours: both keys
// must move the cursor, none is eaten by the colour query.
func typeaheadStory(t *testing.T, tmuxBin, bin string) {
	dir := t.TempDir()
	tm := &tmuxSession{t: t, bin: tmuxBin, sock: filepath.Join(dir, "tmux.sock"), name: "typeahead",
		status: filepath.Join(dir, "exit-status")}
	t.Cleanup(tm.kill)
	script := `TERM=xterm-256color SHINSA_REVIEWER=受入太郎 LANG=C.UTF-8 LC_ALL=C.UTF-8 "$0" demo --dir "$1"; echo $? > "$2"; sleep 30`
	tm.run("-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-s", tm.name,
		"sh", "-c", script, bin, dir, tm.status, ";", "send-keys", "-t", tm.name, "jj")
	tm.waitFor("Applications · demo.shinsa", ">#3 ")
	tm.keys("q")
	tm.waitExit()
}

func acceptanceStory(t *testing.T, tmuxBin, bin string, w, h int) {
	dir := t.TempDir()
	tm := &tmuxSession{t: t, bin: tmuxBin, sock: filepath.Join(dir, "tmux.sock"), name: "acceptance",
		status: filepath.Join(dir, "exit-status")}
	t.Cleanup(tm.kill)
	// The shell writes shinsa's exit status to a file: tmux's own record of
	// it (pane_dead_status) is not always filled in.
	script := `SHINSA_REVIEWER=受入太郎 LANG=C.UTF-8 LC_ALL=C.UTF-8 "$0" demo --dir "$1"; echo $? > "$2"; sleep 30`
	tm.run("-f", "/dev/null", "new-session", "-d", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), "-s", tm.name,
		"sh", "-c", script, bin, dir, tm.status)

	tm.waitFor("Applications · demo.shinsa", "北斗電子契約")
	tm.keys("j")
	tm.waitFor(">#2")
	tm.keys("Enter")
	tm.waitFor("renewal of #1", "139 of 139 rows")
	// After a verdict the cursor moves on to the next unreviewed row.
	tm.keys("1")
	tm.waitFor("✓ 1 ", "1/139 reviewed", ">· 2 ")
	tm.keys("3")
	tm.waitFor("! 2 ", "2/139 reviewed", ">· 3.1 ")
	tm.keys("k")
	tm.waitFor(">! 2 ")
	tm.keys("r")
	tm.waitFor("Editing Correction request of 2")
	tm.literal("商号を登記簿どおりに")
	tm.waitUntil("the request saved", func(screen string) bool {
		return strings.Contains(screen, "商号を登記簿どおりに") && reSavedRev.MatchString(screen) && !strings.Contains(screen, "unsaved")
	})
	tm.keys("Escape")
	tm.waitFor("Finding  ! correction")
	// Three keys in one write (key repeat, a fast typist, an SSH link)
	// move three rows; a verdict typed with the IME on counts.
	tm.literal("jjj")
	tm.waitFor(">· 4.1 ")
	tm.literal("１")
	tm.waitFor("✓ 4.1 ", "3/139 reviewed")
	// The command line: jump to row 9 and judge it; move the status.
	tm.literal(":9")
	tm.keys("Enter")
	tm.waitFor(">· 9 ")
	tm.keys("2")
	tm.waitFor("? 9 ", "4/139 reviewed")
	// u takes the verdict back (a new event), U gives it again.
	tm.keys("u")
	tm.waitFor("undid verdict on 9", "· 9 ", "3/139 reviewed")
	tm.keys("U")
	tm.waitFor("? 9 ", "4/139 reviewed")
	// Three marked rows take one verdict in one transaction.
	tm.keys("j", "Space", "Space", "Space")
	tm.waitFor("·=10 ", "·=11 ", "·=12 ", ">· 13.1 ", "3 rows marked")
	tm.keys("5")
	tm.waitFor("3 rows changed", "7/139 reviewed")
	tm.literal(":status in-review")
	tm.keys("Enter")
	tm.waitFor("北斗電子契約 · in-review")
	tm.keys("q")
	tm.waitFor("Applications · demo.shinsa", "7/139")
	tm.keys("q")
	tm.waitExit()

	caseFile := filepath.Join(dir, "demo.shinsa")
	var list struct {
		Applications []struct {
			ID       int64          `json:"id"`
			Reviewed int            `json:"reviewed"`
			Findings map[string]int `json:"findings"`
		} `json:"applications"`
	}
	runJSON(t, bin, &list, "list", caseFile, "--json")
	found := false
	for _, a := range list.Applications {
		if a.ID == 2 {
			found = true
			if a.Reviewed != 7 || a.Findings["conforms"] != 2 || a.Findings["correction"] != 1 || a.Findings["query"] != 1 || a.Findings["not-applicable"] != 3 {
				t.Errorf("shinsa list: application 2 has %d reviewed, findings %v", a.Reviewed, a.Findings)
			}
		}
	}
	if !found {
		t.Fatal("shinsa list does not list application 2")
	}
	var rep struct {
		Items []struct {
			Item     string `json:"item"`
			Verdict  string `json:"verdict"`
			Request  string `json:"request"`
			Reviewer string `json:"reviewer"`
		} `json:"items"`
	}
	runJSON(t, bin, &rep, "report", caseFile, "2", "--format", "json")
	got := map[string]string{}
	for _, it := range rep.Items {
		if it.Item == "1" || it.Item == "2" || it.Item == "4.1" || it.Item == "9" || it.Item == "11" {
			got[it.Item] = it.Verdict + "|" + it.Request + "|" + it.Reviewer
		}
	}
	if got["1"] != "conforms||受入太郎" || got["2"] != "correction|商号を登記簿どおりに|受入太郎" || got["4.1"] != "conforms||受入太郎" || got["9"] != "query||受入太郎" || got["11"] != "not-applicable||受入太郎" {
		t.Errorf("shinsa report: rows 1, 2, 4.1, 9 and 11 are %q", got)
	}
}

func goBin() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

func runJSON(t *testing.T, bin string, v any, args ...string) {
	t.Helper()
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		t.Fatalf("shinsa %s: %v", strings.Join(args, " "), err)
	}
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("shinsa %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// tmuxSession is one tmux server on a private socket, so the test never
// touches the user's own tmux.
type tmuxSession struct {
	t      *testing.T
	bin    string
	sock   string
	name   string
	status string // file the exit status is written to
}

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command(s.bin, append([]string{"-S", s.sock}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s *tmuxSession) kill() {
	exec.Command(s.bin, "-S", s.sock, "kill-server").Run()
	os.Remove(s.sock)
}

func (s *tmuxSession) capture() string { return s.run("capture-pane", "-p", "-t", s.name) }

// keys sends named keys one at a time (bubbletea would merge a burst).
func (s *tmuxSession) keys(keys ...string) {
	for _, k := range keys {
		s.run("send-keys", "-t", s.name, k)
		time.Sleep(30 * time.Millisecond)
	}
}

// literal types text as the terminal would deliver a paste or IME commit.
func (s *tmuxSession) literal(text string) { s.run("send-keys", "-t", s.name, "-l", text) }

// waitFor polls the screen until it shows every string, for up to 10 s.
func (s *tmuxSession) waitFor(want ...string) string {
	s.t.Helper()
	return s.waitUntil(strings.Join(want, " and "), func(screen string) bool {
		for _, w := range want {
			if !strings.Contains(screen, w) {
				return false
			}
		}
		return true
	})
}

// waitUntil polls the screen until cond holds, for up to 10 s.
func (s *tmuxSession) waitUntil(what string, cond func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var screen string
	for time.Now().Before(deadline) {
		if screen = s.capture(); cond(screen) {
			return screen
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("waited 10s for %s; the terminal shows:\n%s", what, screen)
	return ""
}

// waitExit waits for the program to end and checks it ended well.
func (s *tmuxSession) waitExit() {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(s.status); err == nil && strings.HasSuffix(string(b), "\n") {
			if st := strings.TrimSpace(string(b)); st != "0" {
				s.t.Fatalf("shinsa exited with status %s; the terminal shows:\n%s", st, s.capture())
			}
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("shinsa did not exit; the terminal shows:\n%s", s.capture())
}
