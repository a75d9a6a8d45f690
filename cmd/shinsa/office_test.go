package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"shinsa/review"
	"shinsa/store"
)

// officeCase is a case file with application 1 imported from the hostile
// fixture (asp-saas ref-2026) and its catalog's row ids.
func officeCase(t *testing.T) (string, []string) {
	t.Helper()
	c := filepath.Join(t.TempDir(), "c.shinsa")
	if r := shinsa(t, "new", c); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if r := shinsa(t, "import", c, "testdata/hostile/escapes.json"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	s, err := store.Open(c)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	reg, _ := s.Registry(context.Background())
	cat, err := reg.Catalog("asp-saas", "ref-2026")
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, it := range cat.Items {
		items = append(items, it.ID)
	}
	return c, items
}

// reviewEvery records conforms on every row of app as person, in one save
// (the workbench's way; a process per row would be slow).
func reviewEvery(t *testing.T, c string, app int64, items []string, person string) {
	t.Helper()
	s, err := store.Open(c)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ins []store.FindingInput
	for _, it := range items {
		ins = append(ins, store.FindingInput{App: app, Item: it, Verdict: review.Conforms, Reviewer: person, Base: store.AnyRevision})
	}
	if _, err := s.SaveFindings(context.Background(), ins); err != nil {
		t.Fatal(err)
	}
}

func refusedUnchanged(t *testing.T, c string, says []string, args ...string) {
	t.Helper()
	before := snapshot(t, c)
	r := shinsa(t, args...)
	for _, s := range says {
		assertRefused(t, r, c, s)
	}
	if snapshot(t, c) != before {
		t.Fatalf("shinsa %v was refused but changed the case file", args)
	}
}

func TestStatus_gates_refuse_each_unfinished_step(t *testing.T) {
	c, items := officeCase(t)
	if r := shinsa(t, "finding", c, "1", "7.1", "--verdict", "query", "--request", "役職名は?", "--reviewer", "佐藤"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// Nothing reviewed but one query: to committee says what blocks, with
	// counts and the first rows.
	refusedUnchanged(t, c, []string{
		"application 1 cannot go to committee: " + itoa(len(items)-1) + " rows unreviewed (1, 2, 3.1, …)",
		"; 1 query open (7.1)", "; no second check recorded",
	}, "status", c, "1", "committee")
	refusedUnchanged(t, c, []string{"not at committee"}, "status", c, "1", "certified", "--number", "0123-2611", "--reviewer", "高橋")

	reviewEvery(t, c, 1, items, "佐藤")
	refusedUnchanged(t, c, []string{"no second check recorded"}, "status", c, "1", "committee", "--reviewer", "佐藤")
	// The reviewer cannot check their own review.
	refusedUnchanged(t, c, []string{"佐藤 recorded findings on this application"}, "signoff", c, "1", "--reviewer", "佐藤")
	if r := shinsa(t, "signoff", c, "1", "--reviewer", "鈴木", "--note", "全項目確認"); r.code != 0 || !strings.Contains(r.stdout, "second check by 鈴木 recorded") {
		t.Fatalf("signoff: %d %s %s", r.code, r.stdout, r.stderr)
	}
	// A finding after the sign-off makes it out of date.
	shinsa(t, "finding", c, "1", "5", "--verdict", "correction", "--request", "割合を記載してください。", "--reviewer", "佐藤")
	refusedUnchanged(t, c, []string{"1 correction open (5)", "the second check by 鈴木 is out of date: findings saved after it on 1 row (5)"},
		"status", c, "1", "committee")
	shinsa(t, "finding", c, "1", "5", "--verdict", "conforms", "--reviewer", "佐藤")
	if r := shinsa(t, "signoff", c, "1", "--reviewer", "鈴木"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if r := shinsa(t, "status", c, "1", "committee", "--reviewer", "佐藤"); r.code != 0 {
		t.Fatalf("to committee after review and check: %d %s", r.code, r.stderr)
	}

	// At committee: no certification over a nonconforming row, nor by the
	// reviewer.
	shinsa(t, "finding", c, "1", "2", "--verdict", "nonconforming", "--reviewer", "佐藤")
	refusedUnchanged(t, c, []string{"1 row nonconforming (2)", "; 佐藤 recorded findings on this application"},
		"status", c, "1", "certified", "--number", "0123-2611", "--reviewer", "佐藤")
	shinsa(t, "finding", c, "1", "2", "--verdict", "conforms", "--reviewer", "佐藤")
	refusedUnchanged(t, c, []string{"佐藤 recorded findings"}, "status", c, "1", "certified", "--number", "0123-2611", "--reviewer", "佐藤")
	if r := shinsa(t, "status", c, "1", "certified", "--number", "0123-2611", "--reviewer", "高橋"); r.code != 0 {
		t.Fatalf("the decision by someone who did not review: %d %s", r.code, r.stderr)
	}
	refusedUnchanged(t, c, []string{"closed"}, "signoff", c, "1", "--reviewer", "伊藤")
	if r := shinsa(t, "verify", c); r.code != 0 {
		t.Fatalf("verify: %s", r.stdout)
	}
}

func TestStatus_override_passes_the_gates_on_record(t *testing.T) {
	c, _ := officeCase(t)
	refusedUnchanged(t, c, []string{"--override: give the reason"}, "status", c, "1", "committee", "--override", "  ")
	r := shinsa(t, "status", c, "1", "committee", "--override", "委員会の特例審議（議事録12）", "--reviewer", "所長")
	if r.code != 0 || !strings.Contains(r.stdout, "application 1: committee") ||
		!strings.Contains(r.stdout, "override on record (unreviewed, second-check)") {
		t.Fatalf("override: %d %q %q", r.code, r.stdout, r.stderr)
	}
	var log struct{ Events []store.Event }
	if err := json.Unmarshal([]byte(shinsa(t, "log", c, "1", "--json").stdout), &log); err != nil {
		t.Fatal(err)
	}
	last := log.Events[len(log.Events)-1]
	var p map[string]string
	json.Unmarshal(last.Payload, &p)
	if last.Actor != "所長" || p["to"] != "committee" || p["override"] != "委員会の特例審議（議事録12）" || p["gates"] != "unreviewed, second-check" {
		t.Fatalf("logged %s: %v", last.Actor, p)
	}
	if r := shinsa(t, "verify", c); r.code != 0 {
		t.Fatalf("verify after an override: %s", r.stdout)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestFinding_all_unreviewed_fills_only_the_rest(t *testing.T) {
	c, items := officeCase(t)
	shinsa(t, "finding", c, "1", "7.1", "--verdict", "query", "--request", "役職名は?", "--reviewer", "佐藤")
	before := snapshot(t, c)
	for _, bad := range []struct {
		says string
		args []string
	}{
		{"record it row by row", []string{"finding", c, "1", "--all-unreviewed", "--verdict", "correction"}},
		{"give one ITEM, or --all-unreviewed", []string{"finding", c, "1", "7.1", "--all-unreviewed", "--verdict", "conforms"}},
	} {
		r := shinsa(t, bad.args...)
		if r.code != 2 || !strings.Contains(r.stderr, bad.says) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d %q", bad.args, r.code, r.stderr)
		}
	}
	if snapshot(t, c) != before {
		t.Fatal("a refused finding changed the case file")
	}
	r := shinsa(t, "finding", c, "1", "--all-unreviewed", "--verdict", "conforms", "--reviewer", "佐藤")
	if r.code != 0 || !strings.Contains(r.stdout, "on "+itoa(len(items)-1)+" unreviewed rows") {
		t.Fatalf("%d %s %s", r.code, r.stdout, r.stderr)
	}
	// The query stays open: the gate still names it.
	refusedUnchanged(t, c, []string{"1 query open (7.1)"}, "status", c, "1", "committee")
	if strings.Contains(shinsa(t, "status", c, "1", "committee").stderr, "rows unreviewed") {
		t.Error("rows are still unreviewed after --all-unreviewed")
	}
}
