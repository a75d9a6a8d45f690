package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type diffJSON struct {
	Items []struct {
		Item            string  `json:"item"`
		Status          string  `json:"status"`
		FormOnly        bool    `json:"form_only"`
		From            string  `json:"from"`
		To              string  `json:"to"`
		PreviousVerdict *string `json:"previous_verdict"`
		Old             string  `json:"old"`
		New             string  `json:"new"`
		Hunks           []struct {
			Op   string `json:"op"`
			Text string `json:"text"`
		} `json:"hunks"`
	} `json:"items"`
}

func TestDiff_renewal_against_its_predecessor(t *testing.T) {
	path := demoCase(t)
	r := shinsa(t, "diff", path, "2", "--json")
	if r.code != 0 {
		t.Fatalf("diff --json: %d %s", r.code, r.stderr)
	}
	var d diffJSON
	if err := json.Unmarshal([]byte(r.stdout), &d); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	counts := map[string]int{}
	formOnly := 0
	for _, it := range d.Items {
		counts[it.Status]++
		if it.FormOnly {
			formOnly++
		}
		if it.PreviousVerdict == nil {
			t.Errorf("row %s has no previous verdict though the predecessor was judged in full", it.Item)
		}
		if it.Status == "changed" {
			var ins, del bool
			for _, h := range it.Hunks {
				ins = ins || h.Op == "insert"
				del = del || h.Op == "delete"
			}
			if !ins && !del {
				t.Errorf("changed row %s has no insert or delete hunk", it.Item)
			}
		}
	}
	if counts["changed"] == 0 || counts["unchanged"] == 0 || formOnly == 0 {
		t.Fatalf("statuses %v, form-only %d: the demo renewal edits about one row in ten and widens some digits", counts, formOnly)
	}

	// An unchanged row's text is in old and new once each, not again as one
	// "equal" hunk, unless --full; nothing else differs.
	var full diffJSON
	if r := shinsa(t, "diff", path, "2", "--json", "--full"); r.code != 0 || json.Unmarshal([]byte(r.stdout), &full) != nil {
		t.Fatalf("diff --json --full: %d %s", r.code, r.stderr)
	}
	if len(full.Items) != len(d.Items) {
		t.Fatalf("--full lists %d rows, without it %d", len(full.Items), len(d.Items))
	}
	for i, it := range d.Items {
		f := full.Items[i]
		if it.Status == "unchanged" && !it.FormOnly {
			if len(it.Hunks) != 0 {
				t.Errorf("unchanged row %s repeats its text as hunks %v", it.Item, it.Hunks)
			}
			if len(f.Hunks) != 1 || f.Hunks[0].Op != "equal" || f.Hunks[0].Text == "" || it.New != f.New || it.Old != f.Old {
				t.Errorf("--full: unchanged row %s has hunks %v", it.Item, f.Hunks)
			}
			continue
		}
		if len(it.Hunks) != len(f.Hunks) {
			t.Errorf("row %s (%s): %d hunks, with --full %d", it.Item, it.Status, len(it.Hunks), len(f.Hunks))
		}
	}

	// The text form reads like git diff --word-diff, without colour in a pipe.
	txt := shinsa(t, "diff", path, "2")
	if txt.code != 0 || !strings.Contains(txt.stdout, "{+") || strings.Contains(txt.stdout, "\x1b") {
		t.Fatalf("text diff: %d %q", txt.code, txt.stdout[:min(300, len(txt.stdout))])
	}
	col := shinsa(t, "diff", path, "2", "--color", "always")
	if !strings.Contains(col.stdout, "\x1b[") {
		t.Fatal("--color always printed no colour")
	}

	// A new application has nothing to compare with.
	if r := shinsa(t, "diff", path, "3"); r.code != 2 || !strings.Contains(r.stderr, "--against") {
		t.Fatalf("diff of a new application: %d %s", r.code, r.stderr)
	}
}

func TestDiff_against_another_case_file(t *testing.T) {
	path := demoCase(t)
	old := filepath.Join(t.TempDir(), "old.shinsa")
	if r := shinsa(t, "backup", path, old); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r := shinsa(t, "diff", path, "2", "--against-file", old, "--against", "1", "--json")
	if r.code != 0 {
		t.Fatalf("%d %s", r.code, r.stderr)
	}
	same := shinsa(t, "diff", path, "2", "--json")
	var a, b diffJSON
	json.Unmarshal([]byte(r.stdout), &a)
	json.Unmarshal([]byte(same.stdout), &b)
	if len(a.Items) == 0 || len(a.Items) != len(b.Items) {
		t.Fatalf("%d rows against the other file, %d against the same file", len(a.Items), len(b.Items))
	}
}

func TestCarry_accepts_unchanged_rows_once_with_their_origin(t *testing.T) {
	path := demoCase(t)
	var d diffJSON
	json.Unmarshal([]byte(shinsa(t, "diff", path, "2", "--json").stdout), &d)
	want := 0
	for _, it := range d.Items {
		if it.Status == "unchanged" && it.PreviousVerdict != nil && (*it.PreviousVerdict == "conforms" || *it.PreviousVerdict == "not-applicable") {
			want++
		}
	}
	r := shinsa(t, "carry", path, "2")
	if r.code != 0 || !strings.Contains(r.stdout, "carried ") {
		t.Fatalf("carry: %d %s %s", r.code, r.stdout, r.stderr)
	}
	l := list(t, path)
	if got := l.Applications[1].Reviewed; got != want {
		t.Fatalf("reviewed rows after carry = %d, want %d (unchanged rows judged conforms/not-applicable last time)", got, want)
	}
	again := shinsa(t, "carry", path, "2")
	if !strings.Contains(again.stdout, "carried 0 ") {
		t.Fatalf("second carry: %s", again.stdout)
	}
	lg := shinsa(t, "log", path, "2", "--json")
	if !strings.Contains(lg.stdout, "carried from application 1 item") {
		t.Fatal("the event log does not say where carried verdicts came from")
	}
	if v := shinsa(t, "verify", path); v.code != 0 {
		t.Fatalf("verify: %s", v.stdout)
	}
}

func TestSearch_finds_japanese_terms_of_any_length(t *testing.T) {
	path := demoCase(t)
	for _, term := range []string{"震", "免震", "バックアップ", "ＡＥＳ－２５６"} {
		r := shinsa(t, "search", path, term, "--json")
		var out struct {
			Hits []struct {
				Application int64  `json:"application"`
				Item        string `json:"item"`
				Snippet     string `json:"snippet"`
			} `json:"hits"`
		}
		if r.code != 0 || json.Unmarshal([]byte(r.stdout), &out) != nil {
			t.Fatalf("search %q: %d %s %s", term, r.code, r.stdout, r.stderr)
		}
		if len(out.Hits) == 0 || out.Hits[0].Application == 0 || out.Hits[0].Item == "" || out.Hits[0].Snippet == "" {
			t.Errorf("search %q: %+v", term, out.Hits)
		}
	}
	r := shinsa(t, "search", path, "該当なしの語句", "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"hits":[]`) {
		t.Fatalf("search for an absent term: %d %s", r.code, r.stdout)
	}
}

// A renewal's evidence against the certified application's: one file
// identical, one a new version of the same name, one new and one gone —
// per row in the JSON and as one line each in the text, even on a row
// whose answer did not change.
func TestDiff_evidence_across_a_renewal(t *testing.T) {
	path := demoCase(t)
	dir := t.TempDir()
	var d diffJSON
	json.Unmarshal([]byte(mustRun(t, "diff", path, "2", "--json")), &d)
	row := ""
	for _, it := range d.Items {
		if it.Status == "unchanged" && !it.FormOnly {
			row = it.Item
			break
		}
	}
	if row == "" {
		t.Fatal("the demo renewal has no unchanged row")
	}
	write := func(sub, name, content string) string {
		p := filepath.Join(dir, sub, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	same1 := write("old", "ISMS認証書.pdf", "%PDF-1.4 ISMS 2024\n")
	rule1 := write("old", "情報セキュリティ規程.pdf", "%PDF-1.4 規程 第3版\n")
	gone := write("old", "旧SLA.pdf", "%PDF-1.4 SLA 2024\n")
	same2 := write("new", "ISMS認証書.pdf", "%PDF-1.4 ISMS 2024\n")
	rule2 := write("new", "情報セキュリティ規程.pdf", "%PDF-1.4 規程 第4版\n")
	fresh := write("new", "SLA2026.pdf", "%PDF-1.4 SLA 2026\n")
	mustRun(t, "evidence", "add", path, "1", same1, rule1, gone, "--rows", row)
	mustRun(t, "evidence", "add", path, "2", same2, rule2, fresh, "--rows", row)

	var got struct {
		Summary struct {
			Evidence map[string]int `json:"evidence"`
		} `json:"summary"`
		Items []struct {
			Item     string `json:"item"`
			Evidence []struct {
				Name, SHA256, State string
				Previous            string `json:"previous_sha256"`
			} `json:"evidence"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "diff", path, "2", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	states := map[string]string{}
	for _, it := range got.Items {
		if it.Item != row {
			if len(it.Evidence) != 0 {
				t.Errorf("row %s has evidence %+v; only %s was linked", it.Item, it.Evidence, row)
			}
			continue
		}
		for _, e := range it.Evidence {
			states[e.Name] = e.State
			switch e.Name {
			case "ISMS認証書.pdf":
				if e.SHA256 != fileSHA(t, same2) || e.Previous != fileSHA(t, same1) {
					t.Errorf("same: %+v", e)
				}
			case "情報セキュリティ規程.pdf":
				if e.SHA256 != fileSHA(t, rule2) || e.Previous != fileSHA(t, rule1) {
					t.Errorf("new version: %+v", e)
				}
			case "SLA2026.pdf":
				if e.SHA256 != fileSHA(t, fresh) || e.Previous != "" {
					t.Errorf("new: %+v", e)
				}
			case "旧SLA.pdf":
				if e.SHA256 != "" || e.Previous != fileSHA(t, gone) {
					t.Errorf("gone: %+v", e)
				}
			}
		}
	}
	want := map[string]string{"ISMS認証書.pdf": "same", "情報セキュリティ規程.pdf": "new_version", "SLA2026.pdf": "new", "旧SLA.pdf": "gone"}
	if fmt.Sprint(states) != fmt.Sprint(want) {
		t.Fatalf("row %s evidence states = %v, want %v", row, states, want)
	}
	if s := got.Summary.Evidence; s["same"] != 1 || s["new_version"] != 1 || s["new"] != 1 || s["gone"] != 1 {
		t.Errorf("summary evidence = %v", s)
	}

	// The text lists the unchanged row because its evidence changed, one
	// line per file under its header.
	txt := mustRun(t, "diff", path, "2")
	head := "@@ " + row + " unchanged"
	i := strings.Index(txt, head)
	if i < 0 {
		t.Fatalf("row %s is not listed though its evidence changed:\n%s", row, txt)
	}
	block := txt[i:]
	if j := strings.Index(block[len(head):], "@@ "); j >= 0 {
		block = block[:len(head)+j]
	}
	for _, l := range []string{
		"証跡 = ISMS認証書.pdf: same as last time " + fileSHA(t, same2)[:12],
		"証跡 ~ 情報セキュリティ規程.pdf: new version " + fileSHA(t, rule2)[:12] + " (was " + fileSHA(t, rule1)[:12] + ")",
		"証跡 + SLA2026.pdf: new " + fileSHA(t, fresh)[:12],
		"証跡 - 旧SLA.pdf: gone (was " + fileSHA(t, gone)[:12] + ")",
	} {
		if !strings.Contains(block, l+"\n") {
			t.Errorf("no line %q under row %s:\n%s", l, row, block)
		}
	}
	if !strings.Contains(txt, "evidence files: 1 the same document as last time, 1 new_version, 1 new, 1 gone") {
		t.Errorf("no evidence summary line:\n%s", txt[:min(400, len(txt))])
	}
}
