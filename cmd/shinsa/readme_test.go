package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readmeDay returns the commands of the README's "A day with shinsa" block,
// each split into words as a POSIX shell would split that simple line.
func readmeDay(t *testing.T) [][]string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "## A day with shinsa")
	if i < 0 {
		t.Fatal("README.md has no section \"## A day with shinsa\"")
	}
	s = s[i:]
	i = strings.Index(s, "```sh\n")
	if i < 0 {
		t.Fatal("the day has no ```sh block")
	}
	s = s[i+len("```sh\n"):]
	s = s[:strings.Index(s, "```")]
	var cmds [][]string
	for _, line := range strings.Split(s, "\n") {
		words := shellWords(t, line)
		if len(words) == 0 {
			continue
		}
		if words[0] != "shinsa" {
			t.Fatalf("README day line %q does not run shinsa", line)
		}
		cmds = append(cmds, words[1:])
	}
	return cmds
}

// shellWords splits a line as sh does for the README's simple commands:
// blanks separate words, double and single quotes group, # outside quotes
// starts a comment.
func shellWords(t *testing.T, line string) []string {
	var words []string
	var cur strings.Builder
	in, quote := false, rune(0)
	for _, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == '#' && !in:
			return words
		case r == ' ' || r == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		case strings.ContainsRune("|&;<>()$`\\*?", r):
			t.Fatalf("README day line %q uses shell syntax the test does not run", line)
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		t.Fatalf("README day line %q has an open quote", line)
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}

// TestReadmeDay runs the README's day with shinsa, command by command, in an
// empty folder, as a newcomer would paste it: every command must succeed
// (check may report problems with exit 1, as the README says), and the day
// must end with a certified application, its linked renewal, the two
// reports written and a case file that verifies.
func TestReadmeDay(t *testing.T) {
	dir := t.TempDir()
	for _, args := range readmeDay(t) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "SHINSA_REVIEWER=テスト審査員", "TMPDIR="+t.TempDir())
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != 0 && !(args[0] == "check" && code == 1) {
			t.Fatalf("shinsa %s: exit %d\n%s", strings.Join(args, " "), code, out)
		}
	}
	for _, f := range []string{"example/new.xlsx", "修正依頼.html", "審査報告.xlsx", "review-2026.backup.shinsa"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("the day did not write %s: %v", f, err)
		}
	}
	letter, _ := os.ReadFile(filepath.Join(dir, "修正依頼.html"))
	if !strings.Contains(string(letter), "郵便番号を記載してください。") {
		t.Error("the letter does not carry the day's correction request")
	}
	if strings.Contains(string(letter), "下書き") {
		t.Error("the letter of a fully reviewed round is marked as a draft")
	}
	cmd := exec.Command(bin, "list", "review-2026.shinsa", "--json")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var l struct {
		Applications []struct {
			ID     int64  `json:"id"`
			Kind   string `json:"kind"`
			Status string `json:"status"`
		} `json:"applications"`
	}
	if err := json.Unmarshal(out, &l); err != nil {
		t.Fatal(err)
	}
	status := map[int64]string{}
	for _, a := range l.Applications {
		status[a.ID] = a.Kind + "/" + a.Status
	}
	if len(l.Applications) != 3 || status[2] != "new/certified" || !strings.HasPrefix(status[3], "renewal/") {
		t.Errorf("after the day the case file lists %v, want round 2 certified and a renewal", status)
	}
	// The committee report shows who reviewed, who checked and who decided.
	cmd = exec.Command(bin, "report", "review-2026.shinsa", "2", "--kind", "committee", "--format", "md")
	cmd.Dir = dir
	if out, err = cmd.Output(); err != nil {
		t.Fatalf("committee report: %v", err)
	}
	_, approvals, _ := strings.Cut(string(out), "承認")
	for _, want := range []string{"| 審査担当 | テスト審査員 |", "| 二次審査 | 鈴木 |", "| 決定（certified） | 高橋 |"} {
		if !strings.Contains(approvals, want) {
			t.Errorf("the committee report's approval block lacks %q:\n%.600s", want, approvals)
		}
	}
	cmd = exec.Command(bin, "diff", "review-2026.shinsa", "3", "--json")
	cmd.Dir = dir
	if out, err = cmd.Output(); err != nil {
		t.Fatalf("diff of the renewal: %v", err)
	}
	if !strings.Contains(string(out), `"changed"`) {
		t.Error("the renewal shows no changed row against the certified application")
	}
}
