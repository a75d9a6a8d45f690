package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sshKey makes an ed25519 key pair with ssh-keygen and returns the private
// key's path (the public one is beside it, .pub).
func sshKey(t testing.TB, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", p).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v %s", err, out)
	}
	return p
}

func fingerprint(t testing.TB, pub string) string {
	t.Helper()
	out, err := exec.Command("ssh-keygen", "-l", "-E", "sha256", "-f", pub).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(out))[1]
}

func TestPeople_roster_gates_the_command_line(t *testing.T) {
	path := demoCase(t)
	key := sshKey(t, t.TempDir(), "sato")
	r := shinsa(t, "people", path, "--json")
	if r.code != 0 || strings.TrimSpace(r.stdout) != `{"people":[]}` {
		t.Fatalf("empty roster: %+v", r)
	}
	for _, args := range [][]string{
		{"add", "佐藤", "--role", "reviewer", "--key", key + ".pub"},
		{"add", "鈴木", "--role", "committee"},
		{"add", "田中", "--role", "viewer", "--reviewer", "鈴木"},
	} {
		if r := shinsa(t, append([]string{"people", path}, args...)...); r.code != 0 {
			t.Fatalf("people %v: %+v", args, r)
		}
	}
	r = shinsa(t, "people", path, "--json")
	var got struct {
		People []struct {
			Name string   `json:"name"`
			Role string   `json:"role"`
			Keys []string `json:"keys"`
		} `json:"people"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("people --json: %v %s", err, r.stdout)
	}
	fp := fingerprint(t, key+".pub")
	if len(got.People) != 3 || got.People[0].Name != "佐藤" || got.People[0].Role != "reviewer" ||
		len(got.People[0].Keys) != 1 || got.People[0].Keys[0] != fp || got.People[1].Keys == nil {
		t.Fatalf("people --json = %s (want 佐藤's key %s)", r.stdout, fp)
	}
	// Bad input: one line, exit 2, nothing written.
	before := mustRun(t, "people", path, "--json")
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"add", "高橋", "--role", "boss"}, "unknown role"},
		{[]string{"add", "高橋", "--role", "checker", "--key", key}, "private key"},
		{[]string{"add", "高橋"}, "--role"},
		{[]string{"add", "高橋", "--role", "checker", "--key", key + ".pub"}, "already belongs to 佐藤"},
		{[]string{"remove", "誰も"}, "not found"},
		{[]string{"fire", "佐藤"}, "unknown action"},
	} {
		r := shinsa(t, append([]string{"--reviewer", "鈴木", "people", path}, c.args...)...)
		oneLineSaying(t, r, c.says)
	}
	if after := mustRun(t, "people", path, "--json"); after != before {
		t.Errorf("a refused change wrote: %s", after)
	}
	// Names given with --reviewer must be on the roster; roles gate.
	finding := func(who string) result {
		return shinsa(t, "--reviewer", who, "finding", path, "3", "1", "--verdict", "query", "--note", who)
	}
	oneLineSaying(t, finding("誰か"), "not on the case file's roster")
	oneLineSaying(t, finding("田中"), "a viewer records nothing")
	oneLineSaying(t, finding("鈴木"), "committee")
	if r := finding("佐藤"); r.code != 0 {
		t.Fatalf("the reviewer's finding: %+v", r)
	}
	oneLineSaying(t, shinsa(t, "--reviewer", "佐藤", "status", path, "3", "rejected"), "committee's")
	if r := shinsa(t, "--reviewer", "鈴木", "status", path, "3", "rejected"); r.code != 0 {
		t.Fatalf("the committee decides: %+v", r)
	}
	oneLineSaying(t, shinsa(t, "--reviewer", "誰か", "open", path), "not on the case file's roster")
	// Each change is an event, by whoever made it.
	r = shinsa(t, "log", path, "--json")
	for _, want := range []string{`"kind":"person.added"`, `"kind":"person.key_added"`, `"key":"` + fp + `"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("log lacks %s", want)
		}
	}
	// Once the committee is on it, only the committee changes the roster.
	oneLineSaying(t, shinsa(t, "people", path, "remove", "田中"), "only its committee members change it")
	oneLineSaying(t, shinsa(t, "--reviewer", "佐藤", "people", path, "set-role", "佐藤", "committee"), "only committee members change the roster")
	oneLineSaying(t, shinsa(t, "--reviewer", "田中", "people", path, "add", "誰か", "--role", "committee"), "only committee members change the roster")
	if after := mustRun(t, "people", path, "--json"); after != before {
		t.Errorf("a refused roster change wrote: %s", after)
	}
	if r := shinsa(t, "--reviewer", "鈴木", "people", path, "remove", "田中"); r.code != 0 {
		t.Fatal(r)
	}
	if r := shinsa(t, "--reviewer", "鈴木", "people", path, "set-role", "佐藤", "checker"); r.code != 0 {
		t.Fatal(r)
	}
	r = shinsa(t, "people", path)
	if strings.Contains(r.stdout, "田中") || !strings.Contains(r.stdout, "checker") {
		t.Errorf("people after remove and set-role:\n%s", r.stdout)
	}
}
