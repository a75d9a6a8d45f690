package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"shinsa/review"
	"shinsa/store"
)

// bin is the shinsa binary built once for the tests that run it as a user would.
var bin string

func TestMain(m *testing.M) {
	if os.Getenv("SHINSA_HELPER") != "" {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "shinsa-bin-")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "shinsa")
	// Built as released (README: a static binary, CGO_ENABLED=0), which is
	// also what the process benchmarks measure.
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := build.CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building shinsa: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func shinsa(t *testing.T, args ...string) result {
	t.Helper()
	return shinsaIn(t, "", args...)
}

// shinsaIn runs shinsa with TMPDIR set to tmp (when not ""), to see what
// temporary files it leaves.
func shinsaIn(t *testing.T, tmp string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "SHINSA_REVIEWER=テスト審査員")
	if tmp != "" {
		cmd.Env = append(cmd.Env, "TMPDIR="+tmp)
	}
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running shinsa %v: %v", args, err)
	}
	return result{o.String(), e.String(), code}
}

// demoCase writes the demo case file into a temp dir and returns its path.
func demoCase(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	r := shinsa(t, "demo", "--dir", dir, "--no-open")
	if r.code != 0 {
		t.Fatalf("demo: %d %s", r.code, r.stderr)
	}
	return filepath.Join(dir, "demo.shinsa")
}

type listJSON struct {
	Applications []struct {
		ID       int64          `json:"id"`
		Items    int            `json:"items"`
		Reviewed int            `json:"reviewed"`
		Findings map[string]int `json:"findings"`
		Expires  string         `json:"expires"`
	} `json:"applications"`
}

func list(t *testing.T, path string) listJSON {
	t.Helper()
	r := shinsa(t, "list", path, "--json")
	if r.code != 0 {
		t.Fatalf("list --json: %d %s", r.code, r.stderr)
	}
	var l listJSON
	if err := json.Unmarshal([]byte(r.stdout), &l); err != nil {
		t.Fatalf("list --json is not JSON: %v\n%s", err, r.stdout)
	}
	return l
}

func TestList_refuses_bad_files_with_one_line_and_exit_2(t *testing.T) {
	dir := t.TempDir()
	good := demoCase(t)
	newer := filepath.Join(dir, "newer.shinsa")
	b, _ := os.ReadFile(good)
	b[63] = byte(store.SchemaVersion + 5)
	os.WriteFile(newer, b, 0o644)
	os.WriteFile(filepath.Join(dir, "memo.txt"), []byte("審査メモ\n"), 0o644)
	xlsx, err := os.ReadFile("../../intake/testdata/new.xlsx")
	if err != nil {
		t.Fatalf("the example workbook: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "new.xlsx"), xlsx, 0o644)
	sq := exec.Command("sqlite3", filepath.Join(dir, "other.db"), "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
	if out, err := sq.CombinedOutput(); err != nil {
		t.Fatalf("sqlite3 CLI (install it: apt-get install sqlite3): %v %s", err, out)
	}
	for _, c := range []struct{ file, says string }{
		{"memo.txt", "not a shinsa case file"},
		{"new.xlsx", "zip file"},
		{"other.db", "another program"},
		{"newer.shinsa", "newer than this program"},
		{"missing.shinsa", "no such file"},
	} {
		t.Run(c.file, func(t *testing.T) {
			p := filepath.Join(dir, c.file)
			before, _ := os.ReadFile(p)
			r := shinsa(t, "list", p)
			if r.code != 2 {
				t.Fatalf("exit %d, want 2", r.code)
			}
			lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], p) || !strings.Contains(lines[0], c.says) {
				t.Fatalf("stderr %q: want one line naming %s and saying %q", r.stderr, p, c.says)
			}
			if r.stdout != "" {
				t.Fatalf("stdout %q, want nothing", r.stdout)
			}
			after, _ := os.ReadFile(p)
			if !bytes.Equal(before, after) {
				t.Fatal("file bytes changed")
			}
		})
	}
}

func TestFinding_is_counted_logged_and_survives_kill9(t *testing.T) {
	path := demoCase(t)
	before := list(t, path).Applications[2] // application 3, in review
	if before.ID != 3 {
		t.Fatalf("demo application 3 is %d", before.ID)
	}
	// A writer process is busy recording other findings when it is killed.
	writer := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
	writer.Env = append(os.Environ(), "SHINSA_HELPER=1", "SHINSA_HELPER_CASE="+path, "SHINSA_HELPER_APP=4")
	out, _ := writer.StdoutPipe()
	writer.Stderr = os.Stderr
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	acks := make(chan string, 10000)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			acks <- sc.Text()
		}
		close(acks)
	}()
	waitAcks(t, acks, 5)

	// The last row of application 3 has no finding yet.
	s0, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ans, _ := s0.Answers(context.Background(), 3)
	s0.Close()
	item := ans[len(ans)-1].Item
	r := shinsa(t, "finding", path, "3", item, "--verdict", "correction", "--request", "本店の郵便番号を記載してください。")
	if r.code != 0 || !strings.Contains(r.stdout, "correction") {
		t.Fatalf("finding: %d %q %q", r.code, r.stdout, r.stderr)
	}
	waitAcks(t, acks, 3)
	writer.Process.Signal(syscall.SIGKILL)
	writer.Wait()
	var acked []string
	for a := range acks {
		acked = append(acked, a)
	}

	after := list(t, path).Applications[2]
	if after.Findings["correction"] != before.Findings["correction"]+1 || after.Reviewed != before.Reviewed+1 {
		t.Fatalf("list --json counts: correction %d -> %d, reviewed %d -> %d; want each one more",
			before.Findings["correction"], after.Findings["correction"], before.Reviewed, after.Reviewed)
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	f, _ := s.Finding(ctx, 3, item)
	if f.Verdict != review.Correction || f.Request != "本店の郵便番号を記載してください。" || f.Reviewer != "テスト審査員" {
		t.Fatalf("finding after kill -9: %+v", f)
	}
	evs, _ := s.Events(ctx, 3)
	last := evs[len(evs)-1]
	if last.Kind != store.EvFinding || last.Item != item || last.Actor != "テスト審査員" {
		t.Fatalf("last event of application 3: %+v", last)
	}
	// Every finding the killed writer saw acknowledged is there.
	for _, a := range acked {
		var item string
		var rev int64
		fmt.Sscanf(a, "ack %s %d", &item, &rev)
		got, _ := s.Finding(ctx, 4, item)
		if got.Revision < rev {
			t.Fatalf("acknowledged %s revision %d, file has %d", item, rev, got.Revision)
		}
	}
	v := shinsa(t, "verify", path)
	if v.code != 0 {
		t.Fatalf("verify after kill -9: %d %s %s", v.code, v.stdout, v.stderr)
	}
}

func waitAcks(t *testing.T, acks <-chan string, n int) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for i := 0; i < n; i++ {
		select {
		case _, ok := <-acks:
			if !ok {
				t.Fatal("writer stopped early")
			}
		case <-deadline:
			t.Fatal("writer acknowledged nothing in 20 s")
		}
	}
}

// TestHelperWriter is the child process of the kill test: it records
// findings as fast as it can and prints each acknowledged save.
func TestHelperWriter(t *testing.T) {
	path := os.Getenv("SHINSA_HELPER_CASE")
	if path == "" {
		return // only meaningful as a child process
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	answers, err := s.Answers(ctx, 4)
	if err != nil || len(answers) == 0 {
		t.Fatal(err)
	}
	verdicts := []review.Verdict{review.Conforms, review.Query, review.Correction}
	for i := 0; ; i++ {
		item := answers[i%len(answers)].Item
		f, err := s.SaveFinding(ctx, store.FindingInput{App: 4, Item: item, Verdict: verdicts[i%3],
			Note: fmt.Sprintf("書込み %d", i), Reviewer: "writer", Base: store.AnyRevision})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("ack %s %d\n", f.Item, f.Revision)
	}
}

func TestTwoProcesses_record_findings_at_once(t *testing.T) {
	path := demoCase(t)
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	answers, _ := s.Answers(context.Background(), 2) // the renewal: no findings yet
	s.Close()
	const per = 12
	var wg sync.WaitGroup
	errs := make(chan string, 2*per)
	for p, name := range []string{"佐藤", "鈴木"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				item := answers[p*per+i].Item // own rows
				shared := answers[2*per].Item // and one row both write
				for _, it := range []string{item, shared} {
					r := shinsa(t, "finding", path, "2", it, "--verdict", "conforms", "--note", name+"の確認", "--reviewer", name)
					if r.code != 0 || r.stderr != "" {
						errs <- fmt.Sprintf("%s on %s: exit %d %s", name, it, r.code, r.stderr)
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	s, _ = store.Open(path)
	defer s.Close()
	ctx := context.Background()
	fs, _ := s.Findings(ctx, 2)
	if len(fs) != 2*per+1 {
		t.Fatalf("%d findings, want %d", len(fs), 2*per+1)
	}
	if rev := fs[answers[2*per].Item].Revision; rev != 2*per {
		t.Fatalf("shared row revision %d, want %d: an update was lost", rev, 2*per)
	}
	evs, _ := s.Events(ctx, 2)
	saves := 0
	for _, e := range evs {
		if e.Kind == store.EvFinding {
			saves++
		}
	}
	if saves != 4*per {
		t.Fatalf("%d finding events, want %d", saves, 4*per)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
}

func TestVerify_names_a_findings_row_edited_with_the_sqlite3_cli(t *testing.T) {
	path := demoCase(t)
	if r := shinsa(t, "verify", path); r.code != 0 {
		t.Fatalf("fresh demo does not verify: %s %s", r.stdout, r.stderr)
	}
	out, err := exec.Command("sqlite3", path, "UPDATE findings SET verdict = 'nonconforming', note = '改ざん' WHERE app = 3 AND item = '2';").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3 CLI (install it: apt-get install sqlite3): %v %s", err, out)
	}
	r := shinsa(t, "verify", path)
	if r.code != 1 {
		t.Fatalf("verify exit %d, want 1: %s %s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "findings row (application 3, item 2)") || !strings.Contains(r.stderr, "findings row (application 3, item 2)") {
		t.Fatalf("verify does not name the edited row:\nstdout %s\nstderr %s", r.stdout, r.stderr)
	}
}

func TestFinding_rejects_unknown_items_and_verdicts(t *testing.T) {
	path := demoCase(t)
	for _, args := range [][]string{
		{"finding", path, "3", "999.9", "--verdict", "conforms"},
		{"finding", path, "3", "4.1", "--verdict", "maybe"},
		{"finding", path, "99", "4.1", "--verdict", "conforms"},
		{"finding", path, "3", "4.1"},
	} {
		r := shinsa(t, args...)
		if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || r.stderr == "" {
			t.Errorf("shinsa %v: exit %d stderr %q; want exit 2 and one line", args[3:], r.code, r.stderr)
		}
	}
}

func TestBackup_while_another_process_writes(t *testing.T) {
	path := demoCase(t)
	writer := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
	writer.Env = append(os.Environ(), "SHINSA_HELPER=1", "SHINSA_HELPER_CASE="+path)
	out, _ := writer.StdoutPipe()
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { writer.Process.Kill(); writer.Wait() }()
	sc := bufio.NewScanner(out)
	for i := 0; i < 5 && sc.Scan(); i++ {
	}
	go func() {
		for sc.Scan() {
		}
	}()
	dest := filepath.Join(t.TempDir(), "copy.shinsa")
	if r := shinsa(t, "backup", path, dest); r.code != 0 {
		t.Fatalf("backup: %d %s", r.code, r.stderr)
	}
	if r := shinsa(t, "verify", dest); r.code != 0 {
		t.Fatalf("the backup does not verify: %s %s", r.stdout, r.stderr)
	}
}
