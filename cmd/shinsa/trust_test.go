package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestVerify_anchor_from_a_report_catches_a_cut_log(t *testing.T) {
	path := demoCase(t)
	r := shinsa(t, "report", path, "3", "--format", "json")
	var rep struct {
		Anchor struct {
			Head  string `json:"head"`
			Count int64  `json:"count"`
		} `json:"anchor"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || rep.Anchor.Count == 0 {
		t.Fatalf("report anchor: %v %+v", err, rep.Anchor)
	}
	anchor := rep.Anchor.Head + ":" + strconv.FormatInt(rep.Anchor.Count, 10)
	if v := shinsa(t, "verify", path, "--anchor", anchor); v.code != 0 {
		t.Fatalf("fresh anchor: %d %s %s", v.code, v.stdout, v.stderr)
	}
	// Later work, then someone cuts the log back behind shinsa's back, with
	// the rows it recorded, so the chain and the tables agree again.
	shinsa(t, "finding", path, "3", "2", "--verdict", "nonconforming")
	shinsa(t, "finding", path, "3", "2", "--verdict", "conforms")
	out, err := exec.Command("sqlite3", path,
		"DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq > "+strconv.FormatInt(rep.Anchor.Count-3, 10)+";").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v %s", err, out)
	}
	v := shinsa(t, "verify", path, "--anchor", anchor)
	if v.code != 1 || !strings.Contains(v.stdout, "the log was truncated") {
		t.Fatalf("verify --anchor after the cut: %d %q %q", v.code, v.stdout, v.stderr)
	}
	if bad := shinsa(t, "verify", path, "--anchor", "nonsense"); bad.code != 2 {
		t.Fatalf("a malformed anchor: exit %d", bad.code)
	}
}

func TestReviewer_comes_from_the_flag_then_the_environment_then_the_os_user(t *testing.T) {
	path := demoCase(t)
	run := func(env string, args ...string) string {
		cmd := exec.Command(bin, args...)
		cmd.Env = os.Environ()
		filtered := cmd.Env[:0]
		for _, e := range cmd.Env {
			if !strings.HasPrefix(e, "SHINSA_REVIEWER=") {
				filtered = append(filtered, e)
			}
		}
		cmd.Env = filtered
		if env != "" {
			cmd.Env = append(cmd.Env, "SHINSA_REVIEWER="+env)
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v %s", args, err, out)
		}
		return string(out)
	}
	if out := run("環境の人", "finding", path, "3", "2", "--verdict", "query", "--reviewer", "旗の人"); !strings.Contains(out, "by 旗の人") {
		t.Errorf("--reviewer did not win: %s", out)
	}
	if out := run("環境の人", "finding", path, "3", "2", "--verdict", "query"); !strings.Contains(out, "by 環境の人") {
		t.Errorf("SHINSA_REVIEWER was not used: %s", out)
	}
	u, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	if out := run("", "finding", path, "3", "2", "--verdict", "query"); !strings.Contains(out, "by "+u.Username) {
		t.Errorf("the OS user %q was not used: %s", u.Username, out)
	}
}

func TestCriteriaValidate_names_the_row_and_exits_2(t *testing.T) {
	dir := t.TempDir()
	show := shinsa(t, "criteria", "show", "iaas-paas", "--json")
	var cat map[string]any
	if err := json.Unmarshal([]byte(show.stdout), &cat); err != nil {
		t.Fatal(err)
	}
	items := cat["items"].([]any)
	items[4].(map[string]any)["id"] = items[3].(map[string]any)["id"] // a duplicate id
	items[7].(map[string]any)["category"] = "no-such-category"
	b, _ := json.Marshal(cat)
	f := filepath.Join(dir, "broken.json")
	os.WriteFile(f, b, 0o644)
	r := shinsa(t, "criteria", "validate", f)
	if r.code != 2 || !strings.Contains(r.stderr, "items[4]") || !strings.Contains(r.stderr, "items[7]") || !strings.Contains(r.stderr, f) {
		t.Fatalf("validate: exit %d\n%s", r.code, r.stderr)
	}
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(show.stdout), 0o644)
	if r := shinsa(t, "criteria", "validate", good); r.code != 0 || !strings.Contains(r.stdout, "ok") {
		t.Fatalf("validate a good catalog: %d %s %s", r.code, r.stdout, r.stderr)
	}
}

func TestStatus_certified_with_a_number_links_the_next_renewal(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "c.shinsa")
	shinsa(t, "new", c)
	if r := shinsa(t, "import", c, "testdata/hostile/escapes.json"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// The decision was taken before this case file (the test is about the
	// number), hence the override.
	if r := shinsa(t, "status", c, "1", "certified", "--number", "0777-2611", "--override", "decided before shinsa"); r.code != 0 || !strings.Contains(r.stdout, "0777-2611") {
		t.Fatalf("status certified: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := shinsa(t, "status", c, "1", "committee", "--number", "0777-2611"); r.code != 2 {
		t.Fatalf("--number with another status: exit %d", r.code)
	}
	ren := strings.Replace(readFile(t, "testdata/hostile/escapes.json"), `"kind": "new"`, `"kind": "renewal", "certification_number": "0777-2611"`, 1)
	f := filepath.Join(dir, "renewal.json")
	os.WriteFile(f, []byte(ren), 0o644)
	if r := shinsa(t, "import", c, f); r.code != 0 {
		t.Fatal(r.stderr)
	}
	if r := shinsa(t, "diff", c, "2"); r.code != 0 || !strings.Contains(r.stdout, "against 1") {
		t.Fatalf("the renewal did not link to the certified application: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if v := shinsa(t, "verify", c); v.code != 0 {
		t.Fatalf("verify: %s", v.stdout)
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestImport_refuses_the_wrong_predecessor_or_round(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "c.shinsa")
	shinsa(t, "new", c)
	esc := "testdata/hostile/escapes.json"
	shinsa(t, "import", c, esc) // 1: new, received
	ren := strings.Replace(readFile(t, esc), `"kind": "new"`, `"kind": "renewal", "certification_number": "0777-2611"`, 1)
	rf := filepath.Join(dir, "renewal.json")
	os.WriteFile(rf, []byte(ren), 0o644)
	for _, c2 := range []struct {
		args []string
		says string
	}{
		{[]string{rf, "--renewal-of", "1"}, "not certified"},
		{[]string{rf, "--round-of", "1"}, "is it the right file"},
	} {
		before := snapshot(t, c)
		r := shinsa(t, append([]string{"import", c}, c2.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, c2.says) {
			t.Errorf("import %v: exit %d %q, want exit 2 saying %q", c2.args, r.code, r.stderr, c2.says)
		}
		if snapshot(t, c) != before {
			t.Error("a refused import changed the case file")
		}
	}
	shinsa(t, "status", c, "1", "certified", "--number", "0999-2611", "--override", "decided before shinsa")
	if r := shinsa(t, "import", c, rf, "--renewal-of", "1"); r.code != 2 || !strings.Contains(r.stderr, "0999-2611") {
		t.Errorf("renewal naming another certification number: exit %d %q", r.code, r.stderr)
	}
	if r := shinsa(t, "report", c, "1", "-o", filepath.Join(dir, "r.docx")); r.code != 2 || !strings.Contains(r.stderr, ".docx") {
		t.Errorf("report -o r.docx: exit %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "r.docx")); err == nil {
		t.Error("report -o r.docx wrote a file")
	}
}

func TestFinding_on_a_certified_application_is_refused(t *testing.T) {
	path := demoCase(t) // #1 is certified
	before := snapshot(t, path)
	r := shinsa(t, "finding", path, "1", "2", "--verdict", "nonconforming")
	if r.code != 2 || !strings.Contains(r.stderr, "findings are closed") || !strings.Contains(r.stderr, "in-review") {
		t.Fatalf("finding on a certified application: exit %d %q", r.code, r.stderr)
	}
	if snapshot(t, path) != before {
		t.Fatal("the refused finding changed the case file")
	}
	shinsa(t, "status", path, "1", "in-review")
	if r := shinsa(t, "finding", path, "1", "2", "--verdict", "nonconforming"); r.code != 0 {
		t.Fatalf("after reopening: %d %s", r.code, r.stderr)
	}
}
