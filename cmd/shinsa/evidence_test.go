package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"shinsa/store"
)

// citedName returns a row of the application whose 証跡 names a file, and
// that name.
func citedName(t *testing.T, path string, app int64) (item, name string) {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	answers, err := s.Answers(context.Background(), app)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range answers {
		if len(a.Evidence) > 0 {
			return a.Item, a.Evidence[0]
		}
	}
	t.Fatalf("application %d names no evidence", app)
	return "", ""
}

func fileSHA(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := bufioCopy(h, f); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func bufioCopy(w interface{ Write([]byte) (int, error) }, f *os.File) (int64, error) {
	return bufio.NewReader(f).WriteTo(w)
}

type evidenceJSON struct {
	Application int64 `json:"application"`
	Files       []struct {
		Name      string   `json:"name"`
		SHA256    string   `json:"sha256"`
		Size      int64    `json:"size"`
		MediaType string   `json:"media_type"`
		Rows      []string `json:"rows"`
		AddedBy   string   `json:"added_by"`
	} `json:"files"`
}

func evidenceOf(t *testing.T, path, app string) evidenceJSON {
	t.Helper()
	r := shinsa(t, "evidence", path, app, "--json")
	if r.code != 0 {
		t.Fatalf("evidence --json: %d %s", r.code, r.stderr)
	}
	var e evidenceJSON
	if err := json.Unmarshal([]byte(r.stdout), &e); err != nil {
		t.Fatalf("evidence --json: %v\n%s", err, r.stdout)
	}
	return e
}

func TestEvidence_add_match_dedupe_get_and_backup(t *testing.T) {
	path := demoCase(t)
	dir := t.TempDir()
	item, name := citedName(t, path, 3)
	doc := filepath.Join(dir, name)
	os.WriteFile(doc, []byte("%PDF-1.7\n規程の本文\n%%EOF\n"), 0o644)
	other := filepath.Join(dir, "決算書.xlsx")
	os.WriteFile(other, []byte("PK\x03\x04\x14\x00\x00\x00xl/workbook.xml...."), 0o644)

	r := shinsa(t, "evidence", "add", path, "3", doc, other, "--rows", "4.1")
	if r.code != 0 {
		t.Fatalf("evidence add: %d %s", r.code, r.stderr)
	}
	e := evidenceOf(t, path, "3")
	if len(e.Files) != 2 {
		t.Fatalf("files = %+v", e.Files)
	}
	f := e.Files[0]
	if f.Name != name || f.MediaType != "application/pdf" || f.SHA256 != fileSHA(t, doc) || f.AddedBy != "テスト審査員" ||
		!containsString(f.Rows, item) || !containsString(f.Rows, "4.1") {
		t.Fatalf("the cited file = %+v; want it linked to row %s (its 証跡 names %s) and 4.1", f, item, name)
	}
	if e.Files[1].MediaType != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" || strings.Join(e.Files[1].Rows, ",") != "4.1" {
		t.Fatalf("the workbook = %+v", e.Files[1])
	}
	if !strings.Contains(shinsa(t, "evidence", path, "3").stdout, f.SHA256) {
		t.Fatal("the listing does not show the hash")
	}

	// The same document with the renewal: stored once.
	r = shinsa(t, "evidence", "add", path, "2", doc)
	if r.code != 0 || !strings.Contains(r.stdout, "stored once") {
		t.Fatalf("same bytes for application 2: %d %s %s", r.code, r.stdout, r.stderr)
	}
	out, err := exec.Command("sqlite3", path, "SELECT count(*) FROM blobs; SELECT count(*) FROM evidence;").Output()
	if err != nil || strings.Fields(string(out))[0] != "2" || strings.Fields(string(out))[1] != "3" {
		t.Fatalf("blobs/evidence rows: %q %v (want 2 blobs for 3 evidence rows)", out, err)
	}

	// Write it out, from the case file and from its backup.
	got := filepath.Join(dir, "out", "copy.pdf")
	os.Mkdir(filepath.Dir(got), 0o755)
	if r := shinsa(t, "evidence", "get", path, f.SHA256[:10], "-o", got); r.code != 0 {
		t.Fatalf("evidence get: %d %s", r.code, r.stderr)
	}
	if fileSHA(t, got) != f.SHA256 {
		t.Fatal("evidence get wrote other bytes")
	}
	if r := shinsa(t, "evidence", "get", path, f.SHA256, "-o", got); r.code != 2 || !strings.Contains(r.stderr, "already exists") {
		t.Fatalf("get over an existing file: %d %s", r.code, r.stderr)
	}
	bak := filepath.Join(dir, "backup.shinsa")
	if r := shinsa(t, "backup", path, bak); r.code != 0 {
		t.Fatalf("backup: %s", r.stderr)
	}
	got2 := filepath.Join(dir, "from-backup.pdf")
	if r := shinsa(t, "evidence", "get", bak, f.SHA256, "-o", got2); r.code != 0 || fileSHA(t, got2) != f.SHA256 {
		t.Fatalf("get from the backup: %d %s", r.code, r.stderr)
	}
	if r := shinsa(t, "verify", bak); r.code != 0 {
		t.Fatalf("the backup does not verify: %s %s", r.stdout, r.stderr)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "out", ".*"))
	if len(leftovers) != 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}

func TestEvidence_refusals_are_one_line_exit_2_and_add_nothing(t *testing.T) {
	path := demoCase(t)
	dir := t.TempDir()
	small := filepath.Join(dir, "small.pdf")
	os.WriteFile(small, []byte("%PDF-1.4\n"), 0o644)
	big := filepath.Join(dir, "big.pdf")
	os.WriteFile(big, make([]byte, 3<<20), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"evidence", "add", path, "3", small, big, "--max-file", "2MiB"}, "big.pdf: 3.0 MiB, larger than the limit of 2.0 MiB per file"},
		{[]string{"evidence", "add", path, "3", small, big, "--max-app", "1MiB"}, "more than 1.0 MiB per application"},
		{[]string{"evidence", "add", path, "3", filepath.Join(dir, "missing.pdf")}, "missing.pdf: no such file"},
		{[]string{"evidence", "add", path, "3", dir}, "not a regular file"},
		{[]string{"evidence", "add", path, "3", small, "--rows", "99.99"}, `no item "99.99"`},
		{[]string{"evidence", "add", path, "77", small}, "application 77: no such application"},
		{[]string{"evidence", "get", path, "00000000", "-o", filepath.Join(dir, "x")}, "no evidence file with SHA-256 00000000"},
		{[]string{"evidence", "get", path, "zz", "-o", filepath.Join(dir, "x")}, "is not a SHA-256"},
	} {
		r := shinsa(t, c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q on one line", c.args[1:], r.code, r.stderr, c.want)
		}
	}
	if e := evidenceOf(t, path, "3"); len(e.Files) != 0 {
		t.Fatalf("refused adds left files: %+v", e.Files)
	}
}

func TestEvidence_verify_names_a_file_whose_chunk_was_edited(t *testing.T) {
	path := demoCase(t)
	dir := t.TempDir()
	doc := filepath.Join(dir, "ISMS認証書.pdf")
	body := []byte("%PDF-1.7\n" + strings.Repeat("認証範囲: 全社\n", 200000)) // > 2 chunks
	os.WriteFile(doc, body, 0o644)
	if r := shinsa(t, "evidence", "add", path, "3", doc); r.code != 0 {
		t.Fatalf("add: %s", r.stderr)
	}
	if r := shinsa(t, "verify", path); r.code != 0 {
		t.Fatalf("verify before: %s %s", r.stdout, r.stderr)
	}
	out, err := exec.Command("sqlite3", path, "UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE n = 1;").CombinedOutput()
	if err == nil {
		t.Fatalf("the append-only trigger let sqlite3 edit a chunk: %s", out)
	}
	out, err = exec.Command("sqlite3", path, "DROP TRIGGER blob_chunks_no_update; UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE n = 1;").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v %s", err, out)
	}
	r := shinsa(t, "verify", path)
	if r.code != 1 || !strings.Contains(r.stderr, `evidence "ISMS認証書.pdf" (application 3)`) || !strings.Contains(r.stderr, "does not match its SHA-256") {
		t.Fatalf("verify after the edit: exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	sha := fileSHA(t, doc)
	dest := filepath.Join(dir, "out.pdf")
	if r := shinsa(t, "evidence", "get", path, sha, "-o", dest); r.code != 1 || !strings.Contains(r.stderr, "does not match its SHA-256") {
		t.Fatalf("get of the altered file: %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(dest); err == nil {
		t.Fatal("an altered file was written out")
	}
}

// A 200 MB document goes in and out in bounded memory: the process's peak
// resident set (VmHWM, SQLite included) stays far below the file's size.
func TestEvidence_200MB_file_with_bounded_memory(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Fatalf("this test measures VmHWM in /proc: %v", err)
	}
	path := demoCase(t)
	dir := t.TempDir()
	doc := filepath.Join(dir, "スキャン済み決算書.pdf")
	f, err := os.Create(doc)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("%PDF-1.7\n")
	line := make([]byte, 4096)
	for i := 0; i < 200<<20/len(line); i++ {
		for j := range line {
			line[j] = byte(i*31 + j*7)
		}
		w.Write(line)
	}
	w.Flush()
	f.Close()
	peak := func(r result) int {
		for _, l := range strings.Split(r.stderr, "\n") {
			if rest, ok := strings.CutPrefix(l, "peak-rss "); ok {
				kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
				if err == nil {
					return kb / 1024
				}
			}
		}
		t.Fatalf("no peak-rss line in %q", r.stderr)
		return 0
	}
	r := shinsa(t, "evidence", "add", path, "3", doc, "--peak-rss")
	if r.code != 0 {
		t.Fatalf("add: %s", r.stderr)
	}
	if mb := peak(r); mb >= 100 {
		t.Fatalf("adding a 200 MB file peaked at %d MB resident, want < 100", mb)
	} else {
		t.Logf("evidence add of 200 MB: peak RSS %d MB", mb)
	}
	sha := fileSHA(t, doc)
	r = shinsa(t, "verify", path, "--peak-rss")
	if r.code != 0 {
		t.Fatalf("verify: %s %s", r.stdout, r.stderr)
	}
	if mb := peak(r); mb >= 100 {
		t.Fatalf("verify peaked at %d MB resident, want < 100", mb)
	} else {
		t.Logf("verify with 200 MB of evidence: peak RSS %d MB", mb)
	}
	out := filepath.Join(dir, "out.pdf")
	r = shinsa(t, "evidence", "get", path, sha, "-o", out, "--peak-rss")
	if r.code != 0 || fileSHA(t, out) != sha {
		t.Fatalf("get: %d %s", r.code, r.stderr)
	}
	if mb := peak(r); mb >= 100 {
		t.Fatalf("get peaked at %d MB resident, want < 100", mb)
	}
}

func TestEvidence_findings_cite_documents_in_letter_and_committee_report(t *testing.T) {
	path := demoCase(t)
	dir := t.TempDir()
	doc := filepath.Join(dir, "添付資料3_規程集.pdf")
	content := []byte("%PDF-1.7\n第12頁 郵便番号の定め\n")
	os.WriteFile(doc, content, 0o644)
	if r := shinsa(t, "evidence", "add", path, "3", doc, "--rows", "4.1"); r.code != 0 {
		t.Fatalf("add: %s", r.stderr)
	}
	sha := fileSHA(t, doc)
	r := shinsa(t, "finding", path, "3", "4.1", "--verdict", "correction", "--request", "郵便番号を記載してください。", "--evidence", "添付資料3_規程集.pdf:12")
	if r.code != 0 || !strings.Contains(r.stdout, "cites 添付資料3_規程集.pdf p.12 (sha256 "+sha[:12]) {
		t.Fatalf("finding --evidence: %d %s %s", r.code, r.stdout, r.stderr)
	}
	// Citing alone, by the name without its extension, keeps the verdict.
	if r := shinsa(t, "finding", path, "3", "4.1", "--evidence", "添付資料3_規程集:p.14"); r.code != 0 {
		t.Fatalf("cite only: %s", r.stderr)
	}
	if r := shinsa(t, "finding", path, "3", "4.1", "--evidence", "決算書.pdf"); r.code != 2 || !strings.Contains(r.stderr, "no such evidence file") || !strings.Contains(r.stderr, "添付資料3_規程集.pdf") {
		t.Fatalf("citing a file not held: %d %s", r.code, r.stderr)
	}
	letter := shinsa(t, "report", path, "3", "--kind", "letter", "--format", "md")
	if letter.code != 0 || !strings.Contains(letter.stdout, `根拠資料：添付資料3\_規程集.pdf p.12（SHA-256 `+sha[:12]+`…）、添付資料3\_規程集.pdf p.14`) {
		t.Fatalf("the letter does not show the citations:\n%s%s", letter.stdout, letter.stderr)
	}
	html := shinsa(t, "report", path, "3", "--kind", "letter", "--format", "html")
	if !strings.Contains(html.stdout, "<th scope=\"row\">根拠資料</th>") || !strings.Contains(html.stdout, "添付資料3_規程集.pdf p.12") {
		t.Fatal("the HTML letter does not show the citations")
	}
	com := shinsa(t, "report", path, "3", "--kind", "committee", "--format", "md")
	i := strings.Index(com.stdout, "## 付録　証跡一覧")
	if j := strings.Index(com.stdout, "## 付録　記録の照合"); j > i {
		t.Fatal("the evidence index is not the end of the committee report")
	}
	if com.code != 0 || i < 0 || !strings.Contains(com.stdout[i:], fmt.Sprintf("| 添付資料3\\_規程集.pdf | %d B | application/pdf | `%s` | 4.1 |", len(content), sha)) ||
		!strings.Contains(com.stdout[:i], "根拠資料：添付資料3\\_規程集.pdf p.12") {
		t.Fatalf("the committee report lacks the citations or the evidence index:\n%s", com.stdout)
	}
	var js struct {
		Items []struct {
			Item      string `json:"item"`
			Citations []struct{ Name, Page, SHA256 string }
		} `json:"items"`
		Evidence []struct {
			Name   string `json:"name"`
			SHA256 string `json:"sha256"`
		} `json:"evidence"`
	}
	r = shinsa(t, "report", path, "3", "--kind", "committee", "--format", "json")
	if err := json.Unmarshal([]byte(r.stdout), &js); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range js.Items {
		if it.Item == "4.1" && len(it.Citations) == 2 && it.Citations[0].Page == "12" && it.Citations[0].SHA256 == sha {
			found = true
		}
	}
	if !found || len(js.Evidence) != 1 || js.Evidence[0].SHA256 != sha {
		t.Fatalf("JSON report: citations found %v, evidence %+v", found, js.Evidence)
	}
	if r := shinsa(t, "verify", path); r.code != 0 {
		t.Fatalf("verify: %s %s", r.stdout, r.stderr)
	}
	out, err := exec.Command("sqlite3", path, "DROP TRIGGER evidence_citations_no_update; UPDATE evidence_citations SET page = '13' WHERE page = '12';").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v %s", err, out)
	}
	if r := shinsa(t, "verify", path); r.code != 1 || !strings.Contains(r.stderr, `evidence citation (application 3, item 4.1, "添付資料3_規程集.pdf")`) {
		t.Fatalf("verify after editing a citation: %d %s %s", r.code, r.stdout, r.stderr)
	}
}
