package main

import (
	"os/user"
	"strings"
	"testing"
)

// The letter is addressed to the applicant and its 代表者 as the submission
// states them (the 代表者の氏名 row), whichever form it came in.
func TestLetter_addressee_names_the_representative_from_every_form(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"json", []string{examples + "new.json"}},
		{"xlsx", []string{examples + "new.xlsx"}},
		{"csv", []string{examples + "new.cp932.csv", "--scheme", "ASP・SaaS", "--edition", "holdout-demo", "--applicant", "北斗クラウドテクノロジー株式会社",
			"--service", "北斗電子契約", "--disclosure-date", "令和8年10月1日", "--submitted", "2026-10-12"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := caseWithHoldout(t)
			mustRun(t, append([]string{"import", path}, c.args...)...)
			mustRun(t, "finding", path, "1", "4.1", "--verdict", "query", "--request", "本店と事業所の別をご確認ください。")
			letter := mustRun(t, "report", path, "1", "--kind", "letter", "--date", "2026-12-01")
			to, rep := strings.Index(letter, "北斗クラウドテクノロジー株式会社　御中"), strings.Index(letter, "代表取締役社長　山田　直樹　様")
			if to < 0 || rep < to {
				t.Errorf("the letter's addressee is not 事業者名 御中 then 代表者 様:\n%s", letter[:min(len(letter), 600)])
			}
		})
	}
	// A submission that leaves the row empty gets no 様 line.
	path := caseWithHoldout(t)
	mustRun(t, "import", path, writeSubmission(t, t.TempDir(), "s.json", map[string]string{"6.1": "－"}, nil))
	mustRun(t, "finding", path, "1", "4.1", "--verdict", "query", "--request", "ご確認ください。")
	if letter := mustRun(t, "report", path, "1", "--kind", "letter"); strings.Contains(letter, "様") {
		t.Errorf("a placeholder 代表者 became an addressee:\n%s", letter[:min(len(letter), 600)])
	}
}

// Reports name the people on record, not the OS account that ran shinsa:
// with no --reviewer or $SHINSA_REVIEWER, the author is the roster's
// reviewer who recorded the findings; a name given still wins.
func TestReports_name_the_reviewer_on_record_not_the_os_user(t *testing.T) {
	path := caseWithHoldout(t)
	mustRun(t, "import", path, examples+"new.json")
	mustRun(t, "people", path, "add", "佐藤花子", "--role", "reviewer")
	mustRun(t, "finding", path, "1", "4.1", "--verdict", "query", "--request", "ご確認ください。", "--reviewer", "佐藤花子")
	noEnv := []string{"SHINSA_REVIEWER="}
	account := "root"
	if u, err := user.Current(); err == nil {
		account = u.Username
	}
	letter := shinsaEnv(t, noEnv, "report", path, "1", "--kind", "letter")
	if letter.code != 0 || !strings.Contains(letter.stdout, "審査担当") || !strings.Contains(letter.stdout, "佐藤花子") {
		t.Fatalf("the letter does not name 佐藤花子 as 審査担当: %+v", letter)
	}
	committee := shinsaEnv(t, noEnv, "report", path, "1", "--format", "md")
	if !strings.Contains(committee.stdout, "作成：佐藤花子") {
		t.Errorf("the committee report is not signed by the reviewer on record: %s", committee.stderr)
	}
	for name, out := range map[string]string{"letter": letter.stdout, "committee": committee.stdout} {
		for _, l := range strings.Split(out, "\n") {
			if (strings.Contains(l, "審査担当") || strings.Contains(l, "作成：") || strings.Contains(l, "審査員")) &&
				strings.Contains(l, account) && account != "佐藤花子" {
				t.Errorf("%s names the OS user %q: %q", name, account, l)
			}
		}
	}
	if r := shinsaEnv(t, noEnv, "report", path, "1", "--kind", "letter", "--reviewer", "鈴木一郎"); !strings.Contains(r.stdout, "鈴木一郎") {
		t.Errorf("--reviewer did not name the letter's author: %s", r.stdout)
	}
}
