package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type diffRow struct {
	Item                  string  `json:"item"`
	Status                string  `json:"status"`
	Previous              *string `json:"previous_verdict"`
	NotChangedByApplicant bool    `json:"not_changed_by_applicant"`
	Reply                 string  `json:"reply"`
}

func diffRows(t *testing.T, path, app string) map[string]diffRow {
	t.Helper()
	var d struct {
		Items []diffRow `json:"items"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "diff", path, app, "--json")), &d); err != nil {
		t.Fatal(err)
	}
	m := map[string]diffRow{}
	for _, x := range d.Items {
		m[x.Item] = x
	}
	return m
}

// Round 1 asks about 4.1 and 5; the applicant corrects 5 and replies on
// 4.1 without changing it. The reply reaches both reports; the unchanged
// 4.1 stays in the diff, marked, through round 3 until a finding closes it.
func TestReplies_and_open_findings_across_rounds(t *testing.T) {
	path, dir := caseWithQueries(t) // 4.1 query, 5 correction on application 1
	r2 := writeSubmission(t, dir, "r2.json", map[string]string{"5": "電子契約サービスの提供。"}, nil)
	// writeSubmission knows no reply: add it to the JSON item of 4.1.
	var doc map[string]any
	b, _ := os.ReadFile(r2)
	json.Unmarshal(b, &doc)
	for _, it := range doc["items"].([]any) {
		if m := it.(map[string]any); m["id"] == "4.1" {
			m["reply"] = "本店所在地です。事業所は別途4.2に記載しています。"
		}
	}
	b, _ = json.Marshal(doc)
	os.WriteFile(r2, b, 0o644)
	if id := mustRun(t, "import", path, r2, "--round-of", "1"); id != "2" {
		t.Fatalf("round 2 is %q", id)
	}

	d := diffRows(t, path, "2")
	if x := d["4.1"]; x.Status != "unchanged" || x.Previous == nil || *x.Previous != "query" || !x.NotChangedByApplicant ||
		!strings.Contains(x.Reply, "本店所在地です") {
		t.Errorf("4.1 in round 2's diff: %+v", x)
	}
	if x := d["5"]; x.Status != "changed" || x.NotChangedByApplicant {
		t.Errorf("5 in round 2's diff: %+v", x)
	}
	if x := d["2"]; x.NotChangedByApplicant {
		t.Errorf("a conforming row is marked open: %+v", x)
	}
	text := mustRun(t, "diff", path, "2", "--color", "never")
	if !strings.Contains(text, "@@ 4.1 unchanged (was: 要確認 query) (not changed by the applicant) @@") {
		t.Errorf("the text diff does not list the unchanged open row:\n%s", text)
	}

	// The reply stands beside the request in both reports.
	var rep struct {
		Items []struct{ Item, Reply string } `json:"items"`
	}
	json.Unmarshal([]byte(mustRun(t, "report", path, "2", "--format", "json")), &rep)
	found := false
	for _, it := range rep.Items {
		if it.Item == "4.1" {
			found = strings.Contains(it.Reply, "本店所在地です")
		}
	}
	if !found {
		t.Error("the JSON report lacks the reply on 4.1")
	}
	mustRun(t, "finding", path, "2", "4.1", "--verdict", "query", "--request", "事業所の数もご記載ください。")
	for _, kind := range []string{"letter", "committee"} {
		out := mustRun(t, "report", path, "2", "--kind", kind)
		if !strings.Contains(out, "本店所在地です。事業所は別途4.2に記載しています。") {
			t.Errorf("the %s lacks the applicant's reply", kind)
		}
	}
	csv := mustRun(t, "report", path, "2", "--format", "csv")
	if !strings.Contains(strings.SplitN(csv, "\n", 2)[0], "回答") || !strings.Contains(csv, "本店所在地です") {
		t.Error("the CSV lacks the 回答 column")
	}

	// Round 3 with nothing decided on 4.1 in between is still asked: the
	// round-2 query is followed. Once 4.1 conforms, it is closed.
	mustRun(t, "finding", path, "2", "4.1", "--verdict", "unreviewed")
	r3 := writeSubmission(t, dir, "r3.json", map[string]string{"5": "電子契約サービスの提供。"}, nil)
	if id := mustRun(t, "import", path, r3, "--round-of", "1"); id != "3" {
		t.Fatalf("round 3 is %q", id)
	}
	if x := diffRows(t, path, "3")["4.1"]; x.Previous == nil || *x.Previous != "query" || !x.NotChangedByApplicant {
		t.Errorf("4.1 in round 3's diff, nothing decided in round 2: %+v", x)
	}
	// 5 was changed in round 2, after its finding: listed, not marked.
	if x := diffRows(t, path, "3")["5"]; x.NotChangedByApplicant || x.Previous == nil || *x.Previous != "correction" {
		t.Errorf("5, corrected in round 2 but not yet judged: %+v", x)
	}
	mustRun(t, "finding", path, "2", "4.1", "--verdict", "conforms")
	if x := diffRows(t, path, "3")["4.1"]; x.NotChangedByApplicant || (x.Previous != nil && *x.Previous != "conforms") {
		t.Errorf("4.1 after a conforming finding closed it: %+v", x)
	}
}
