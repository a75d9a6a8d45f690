package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

type lettersJSON struct {
	Letters []struct {
		Number      string  `json:"number"`
		Application int64   `json:"application"`
		Round       int     `json:"round"`
		Sent        string  `json:"sent"`
		ReplyBy     string  `json:"reply_by"`
		Replied     *string `json:"replied"`
		Overdue     bool    `json:"overdue"`
	} `json:"letters"`
}

func lettersOf(t *testing.T, args ...string) lettersJSON {
	t.Helper()
	var l lettersJSON
	out := mustRun(t, append([]string{"letters"}, append(args, "--json")...)...)
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatalf("letters --json: %v\n%s", err, out)
	}
	return l
}

// caseWithQueries is a case with one application whose rows 4.1 (query)
// and 5 (correction) ask something of the applicant, and the office set.
func caseWithQueries(t *testing.T) (path, dir string) {
	path = caseWithHoldout(t)
	dir = t.TempDir()
	sub := writeSubmission(t, dir, "new.json", nil, nil)
	if id := mustRun(t, "import", path, sub); id != "1" {
		t.Fatalf("application is %q", id)
	}
	mustRun(t, "finding", path, "1", "4.1", "--verdict", "query", "--request", "本店と事業所の別をご確認ください。")
	mustRun(t, "finding", path, "1", "5", "--verdict", "correction", "--request", "事業の概要を100字以内に収めてください。")
	mustRun(t, "finding", path, "1", "2", "--verdict", "conforms")
	mustRun(t, "office", path, "--name", "一般社団法人ASPIC", "--address", "東京都品川区西五反田", "--contact", "審査事務局 03-0000-0000",
		"--signatory", "情報開示認定審査委員会 委員長 山田太郎", "--letter-number", "ASPIC審第{YYYY}-{NNN}号")
	return path, dir
}

func TestLetters_register_numbers_per_year_overdue_and_replied(t *testing.T) {
	path, dir := caseWithQueries(t)

	var office map[string]string
	if err := json.Unmarshal([]byte(mustRun(t, "office", path, "--json")), &office); err != nil ||
		office["letter_number"] != "ASPIC審第{YYYY}-{NNN}号" || office["signatory"] != "情報開示認定審査委員会 委員長 山田太郎" {
		t.Fatalf("office --json = %v %v", office, err)
	}

	// Three letters across a year's end: numbers restart in January.
	for i, c := range []struct{ date, by, file string }{
		{"2026-12-01", "2026-12-15", "l1.md"}, {"2026-12-20", "令和9年1月10日", "l2.html"}, {"2027-01-05", "2027-01-20", "l3.md"},
	} {
		out := mustRun(t, "report", path, "1", "--kind", "letter", "--send", "--date", c.date, "--reply-by", c.by, "-o", filepath.Join(dir, c.file))
		want := []string{"ASPIC審第2026-001号", "ASPIC審第2026-002号", "ASPIC審第2027-001号"}[i]
		if !strings.Contains(out, want) {
			t.Fatalf("letter %d: %s, want number %s", i+1, out, want)
		}
		body, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil || !strings.Contains(string(body), want) {
			t.Fatalf("the letter file %s lacks its number %s: %v", c.file, want, err)
		}
	}
	l := lettersOf(t, path, "--today", "2027-01-12")
	if len(l.Letters) != 3 || l.Letters[1].ReplyBy != "2027-01-10" || l.Letters[0].Round != 1 || l.Letters[0].Application != 1 {
		t.Fatalf("letters = %+v", l)
	}
	od := lettersOf(t, path, "--overdue", "--today", "2027-01-12")
	if len(od.Letters) != 2 || !od.Letters[0].Overdue || od.Letters[0].Number != "ASPIC審第2026-001号" {
		t.Fatalf("overdue on 2027-01-12 = %+v", od)
	}

	// The SHA-256 of each file written is in the log.
	log := shinsa(t, "log", path, "--json")
	body, _ := os.ReadFile(filepath.Join(dir, "l2.html"))
	sum := sha256.Sum256(body)
	if !strings.Contains(log.stdout, hex.EncodeToString(sum[:])) || !strings.Contains(log.stdout, "letter.sent") {
		t.Errorf("the log lacks the letter's SHA-256 %x", sum)
	}

	// The case list shows the reply due, overdue marked.
	ls := shinsa(t, "list", path)
	if !strings.Contains(ls.stdout, "reply 2026-12-15") {
		t.Errorf("list does not show the next reply date:\n%s", ls.stdout)
	}

	// The resubmission answers every open letter of the review.
	round := writeSubmission(t, dir, "r2.json", map[string]string{"5": "電子契約サービスの提供。"}, func(s *submissionJSON) { s.Submitted = "2027-01-11" })
	if id := mustRun(t, "import", path, round, "--round-of", "1"); id != "2" {
		t.Fatalf("round 2 is %q", id)
	}
	l = lettersOf(t, path, "--today", "2027-01-12")
	for _, x := range l.Letters {
		if x.Replied == nil || *x.Replied != "2027-01-11" || x.Overdue {
			t.Errorf("letter %s after the resubmission: replied %v overdue %v", x.Number, x.Replied, x.Overdue)
		}
	}
	if od := lettersOf(t, path, "--overdue", "--today", "2027-01-12"); len(od.Letters) != 0 {
		t.Errorf("still overdue after the reply: %+v", od)
	}
	if r := shinsa(t, "verify", path); r.code != 0 {
		t.Errorf("verify after letters: %d %s %s", r.code, r.stdout, r.stderr)
	}
}

func TestLetters_send_refusals_write_nothing(t *testing.T) {
	path, dir := caseWithQueries(t)
	out := filepath.Join(dir, "x.md")
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--kind", "committee", "--send", "--reply-by", "2027-01-10", "-o", out}, "--kind letter"},
		{[]string{"--kind", "letter", "--send", "--reply-by", "2027-01-10"}, "-o FILE"},
		{[]string{"--kind", "letter", "--send", "-o", out}, "--reply-by"},
		{[]string{"--kind", "letter", "--send", "--date", "2027-01-10", "--reply-by", "2027-01-01", "-o", out}, "before"},
		{[]string{"--kind", "letter", "--send", "--reply-by", "2099-01-01", "-o", filepath.Join(dir, "no", "such", "dir.md")}, "cannot write"},
	} {
		r := shinsa(t, append([]string{"report", path, "1"}, c.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, c.says) || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one line with %q", c.args, r.code, r.stderr, c.says)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused send wrote the letter")
	}
	if l := lettersOf(t, path); len(l.Letters) != 0 {
		t.Errorf("refused sends are in the register: %+v", l)
	}
	// Without the office's name and signatory nothing is sent.
	bare := caseWithHoldout(t)
	mustRun(t, "import", bare, writeSubmission(t, dir, "b.json", nil, nil))
	r := shinsa(t, "report", bare, "1", "--kind", "letter", "--send", "--reply-by", "2099-01-01", "-o", out)
	if r.code != 2 || !strings.Contains(r.stderr, "shinsa office") {
		t.Errorf("send without office settings: %d %q", r.code, r.stderr)
	}
}

// The letter addressed to the applicant: letterhead, number, addressee,
// requests grouped, the deadline as a Japanese date, the signatory, and
// nothing internal (no hash, no edition id, no command).
func TestLetter_contents_for_the_applicant(t *testing.T) {
	path, dir := caseWithQueries(t)
	for _, f := range []string{"letter.md", "letter.html"} {
		file := filepath.Join(dir, f)
		mustRun(t, "report", path, "1", "--kind", "letter", "--send", "--date", "2026-12-01", "--reply-by", "2026-12-15", "-o", file)
		b, _ := os.ReadFile(file)
		text := string(b)
		for _, want := range []string{"一般社団法人ASPIC", "東京都品川区西五反田", "情報開示認定審査委員会 委員長 山田太郎",
			"北斗クラウドテクノロジー株式会社　御中", "ASPIC審第2026-", "2026年12月1日", "ご回答期限：2026年12月15日",
			"ご質問（要確認）", "修正のお願い（要修正・不適合）", "本店と事業所の別をご確認ください。", "事業の概要を100字以内に収めてください。",
			"〒103-0025 東京都中央区日本橋茅場町"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %q", f, want)
			}
		}
		if q, c := strings.Index(text, "本店と事業所の別"), strings.Index(text, "事業の概要を100字"); q > c || q < strings.Index(text, "ご質問（要確認）") ||
			c < strings.Index(text, "修正のお願い（要修正・不適合）") {
			t.Errorf("%s: the query is not under ご質問 and the correction under 修正のお願い", f)
		}
		for _, bad := range []string{"holdout-demo", "shinsa verify", "--anchor", "sha256", "SHA-256", "イベントログ"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s addressed to the applicant contains %q", f, bad)
			}
		}
		for _, l := range strings.Split(text, "\n") {
			for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') }) {
				if len(w) >= 32 {
					t.Errorf("%s holds a hash-like %q", f, w)
				}
			}
		}
	}
	// The committee report keeps the anchor, in an appendix at its end.
	committee := mustRun(t, "report", path, "1")
	i := strings.Index(committee, "付録")
	if i < 0 || !strings.Contains(committee[i:], "shinsa verify") || strings.Contains(committee[:i], "--anchor") {
		t.Errorf("the committee report's anchor is not in an appendix at its end")
	}
}

// The letter as PDF, printed for real in Chromium: its text (pdftotext)
// carries the number, addressee, requests, deadline and signatory, and no
// hash; -o x.pdf picks the format.
func TestLetter_as_PDF(t *testing.T) {
	path, dir := caseWithQueries(t)
	file := filepath.Join(dir, "修正依頼.pdf")
	out := mustRun(t, "report", path, "1", "--kind", "letter", "--send", "--date", "2026-12-01", "--reply-by", "2026-12-15", "-o", file)
	if !strings.Contains(out, "ASPIC審第2026-001号") {
		t.Fatalf("send: %s", out)
	}
	b, err := os.ReadFile(file)
	if err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("not a PDF: %v %.10q", err, b)
	}
	txt, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (install poppler-utils): %v", err)
	}
	text := strings.Join(strings.Fields(string(txt)), "")
	for _, want := range []string{"ASPIC審第2026-001号", "北斗クラウドテクノロジー株式会社", "御中", "一般社団法人ASPIC", "委員長山田太郎",
		"ご質問（要確認）", "本店と事業所の別をご確認ください。", "ご回答期限：2026年12月15日", "1/"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF letter lacks %q:\n%s", want, txt)
		}
	}
	if strings.Contains(text, "shinsaverify") || strings.Contains(text, "holdout-demo") {
		t.Errorf("the PDF letter holds an internal anchor or edition id")
	}
	sum := sha256.Sum256(b)
	if log := mustRun(t, "log", path, "--json"); !strings.Contains(log, hex.EncodeToString(sum[:])) {
		t.Error("the log lacks the PDF's SHA-256")
	}
	// Without a browser: one line saying what to install, nothing written.
	r := shinsaEnv(t, []string{"SHINSA_BROWSER=" + filepath.Join(dir, "no-browser")}, "report", path, "1", "-o", filepath.Join(dir, "c.pdf"))
	if r.code != 2 || !strings.Contains(r.stderr, "no-browser") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Errorf("with SHINSA_BROWSER naming nothing: exit %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "c.pdf")); err == nil {
		t.Error("a failed PDF left a file")
	}
}

// shinsaEnv runs shinsa with extra environment variables.
func shinsaEnv(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(append(os.Environ(), "SHINSA_REVIEWER=テスト審査員"), env...)
	var o, e strings.Builder
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
