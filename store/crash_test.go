package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"

	"shinsa/review"
)

// TestCrash_kill9_loses_no_acknowledged_finding starts a child process that
// records findings as fast as it can and prints each save SQLite acknowledged,
// kills it with SIGKILL at a random moment, and checks the file: integrity_check
// ok, verify ok, every acknowledged finding present. SHINSA_KILLS raises the
// count (default 200) for a longer run.
func TestCrash_kill9_loses_no_acknowledged_finding(t *testing.T) {
	kills := 200
	if n, err := strconv.Atoi(os.Getenv("SHINSA_KILLS")); err == nil && n > 0 {
		kills = n
	}
	s, path := newCase(t)
	ctx := context.Background()
	id := mustImport(t, s)
	s.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	acked := map[string]int64{} // item → highest acknowledged revision
	started := time.Now()
	midWrite := 0
	for k := 0; k < kills; k++ {
		child := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
		child.Env = append(os.Environ(), "SHINSA_CRASH_CASE="+path, "SHINSA_CRASH_APP="+strconv.FormatInt(id, 10),
			"SHINSA_CRASH_SEED="+strconv.Itoa(k))
		out, err := child.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := child.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1<<14)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Wait for the child to be writing, then kill it after a random delay.
		select {
		case l, ok := <-lines:
			if ok {
				record(acked, l)
			}
		case <-time.After(10 * time.Second):
			child.Process.Kill()
			t.Fatal("child wrote nothing in 10 s")
		}
		time.Sleep(time.Duration(rng.IntN(8000)) * time.Microsecond)
		child.Process.Signal(syscall.SIGKILL)
		child.Wait()
		n := 0
		for l := range lines {
			record(acked, l)
			n++
		}
		if n > 0 {
			midWrite++
		}

		// The file after the crash.
		s2, err := Open(path)
		if err != nil {
			t.Fatalf("kill %d: reopen: %v", k, err)
		}
		var ic string
		s2.read.QueryRow("PRAGMA integrity_check").Scan(&ic)
		if ic != "ok" {
			t.Fatalf("kill %d: integrity_check: %s", k, ic)
		}
		if k%10 == 0 || k == kills-1 {
			rep, err := s2.Verify(ctx)
			if err != nil || !rep.OK() {
				t.Fatalf("kill %d: verify: %v %v", k, rep.Problems, err)
			}
		}
		fs, err := s2.Findings(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for item, rev := range acked {
			if fs[item].Revision < rev {
				t.Fatalf("kill %d: item %s acknowledged at revision %d, file has %d", k, item, rev, fs[item].Revision)
			}
		}
		s2.Close()
	}
	t.Logf("%d kills in %s; %d of them while saves were streaming; %d rows acknowledged", kills, time.Since(started).Round(time.Millisecond), midWrite, len(acked))
	if midWrite < kills/4 {
		t.Fatalf("only %d of %d kills landed while the child was saving: the test is not exercising crashes", midWrite, kills)
	}
}

func record(acked map[string]int64, line string) {
	var item string
	var rev int64
	if _, err := fmt.Sscanf(line, "ack %s %d", &item, &rev); err == nil && rev > acked[item] {
		acked[item] = rev
	}
}

// TestCrashHelper is the child of the crash test; run alone it does nothing.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv("SHINSA_CRASH_CASE")
	if path == "" {
		return
	}
	app, _ := strconv.ParseInt(os.Getenv("SHINSA_CRASH_APP"), 10, 64)
	seed, _ := strconv.Atoi(os.Getenv("SHINSA_CRASH_SEED"))
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	ctx := context.Background()
	items := []string{"1", "4.1", "5", "6", "7.1", "8", "9", "10", "11.2", "12"}
	w := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		in := FindingInput{App: app, Item: items[(i+seed)%len(items)], Verdict: review.Verdicts[1+i%5],
			Note: fmt.Sprintf("子プロセス%d 書込み%d", seed, i), Reviewer: "crash", Base: AnyRevision}
		f, err := s.SaveFinding(ctx, in)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Fprintf(w, "ack %s %d\n", f.Item, f.Revision)
		w.Flush() // printed only after SQLite returned from COMMIT
	}
}
