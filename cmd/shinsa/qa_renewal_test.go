package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A reviewer's renewal, end to end with the binary: the certified
// application, a renewal with one edit of each kind, the word diff, carrying
// the unchanged verdicts forward, then a correction round.

type submissionJSON struct {
	Format              string `json:"format"`
	Scheme              string `json:"scheme"`
	Edition             string `json:"edition"`
	Kind                string `json:"kind"`
	Applicant           any    `json:"applicant"`
	Service             string `json:"service"`
	CertificationNumber string `json:"certification_number,omitempty"`
	DisclosureDate      string `json:"disclosure_date"`
	Submitted           string `json:"submitted"`
	Items               []struct {
		ID     string `json:"id"`
		Answer string `json:"answer"`
	} `json:"items"`
}

// writeSubmission writes the example new.json with answers replaced (an
// empty answer is kept as an empty row; a missing id is added) and cover
// fields set.
func writeSubmission(t *testing.T, dir, name string, answers map[string]string, cover func(*submissionJSON)) string {
	t.Helper()
	var s submissionJSON
	data, err := os.ReadFile(examples + "new.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	done := map[string]bool{}
	for i, it := range s.Items {
		if a, ok := answers[it.ID]; ok {
			s.Items[i].Answer, done[it.ID] = a, true
		}
	}
	for id, a := range answers {
		if !done[id] {
			s.Items = append(s.Items, struct {
				ID     string `json:"id"`
				Answer string `json:"answer"`
			}{id, a})
		}
	}
	if cover != nil {
		cover(&s)
	}
	out, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	r := shinsa(t, args...)
	if r.code != 0 {
		t.Fatalf("shinsa %v: exit %d\n%s", args, r.code, r.stderr)
	}
	return strings.TrimSpace(r.stdout)
}

func diffOf(t *testing.T, path, app string) map[string]struct {
	Status, Previous string
	FormOnly         bool
} {
	t.Helper()
	var d struct {
		Items []struct {
			Item            string  `json:"item"`
			Status          string  `json:"status"`
			FormOnly        bool    `json:"form_only"`
			PreviousVerdict *string `json:"previous_verdict"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "diff", path, app, "--json")), &d); err != nil {
		t.Fatal(err)
	}
	m := map[string]struct {
		Status, Previous string
		FormOnly         bool
	}{}
	for _, it := range d.Items {
		p := ""
		if it.PreviousVerdict != nil {
			p = *it.PreviousVerdict
		}
		m[it.Item] = struct {
			Status, Previous string
			FormOnly         bool
		}{it.Status, p, it.FormOnly}
	}
	return m
}

func TestQARenewal_each_kind_of_edit_then_carry_then_a_round(t *testing.T) {
	path := caseWithHoldout(t)
	dir := t.TempDir()
	base := map[string]string{
		"6.3": "取締役 情報セキュリティ統括責任者（ＩＳＯ２７００１推進）",
		"4.3": "03-5157-4274（受付時間：平日8:30〜19:00）",
	}
	certified := writeSubmission(t, dir, "2024.json", base, nil)
	if id := mustRun(t, "import", path, certified); id != "1" {
		t.Fatalf("first application is %q", id)
	}
	for _, f := range [][]string{
		{"1", "conforms"}, {"2", "conforms"}, {"4.3", "conforms"}, {"6.3", "conforms"}, {"7.1", "conforms"},
		{"6.1", "correction", "役職名を正式に記載してください。"}, {"5", "query", "受託開発の割合をご確認ください。"},
	} {
		args := []string{"finding", path, "1", f[0], "--verdict", f[1]}
		if len(f) > 2 {
			args = append(args, "--request", f[2])
		}
		mustRun(t, args...)
	}
	mustRun(t, "status", path, "1", "certified", "--override", "the test is about the renewal's comparison")

	renewal := map[string]string{
		"6.3": "取締役 情報セキュリティ統括責任者（ISO27001推進）",                                                                                                                                                                                       // width only
		"4.3": "03-5157-4274（受付時間：平日8:30～19:00）",                                                                                                                                                                                     // dash only
		"6.4": "全従業員を対象に、情報セキュリティ及び個人情報保護に関する教育を年2回実施しています。教育はeラーニング形式で行い、受講後に理解度テストを実施しています。運用担当者には、障害対応及びインシデント対応に関する実地訓練を年1回実施しています。前年度の受講率は98.9%でした。派遣社員及び業務委託先の常駐者も教育の対象としています。教育の実施記録は人事部が管理し、3年間保存しています。外部講師による役員研修も実施しています。", // sentence added
		"5":   "当社は、企業向けクラウドサービスの開発・提供を主な事業としています。主力サービスの北斗電子契約は、2267社以上に導入されています。",                                                                                                                                                  // sentence removed
		"7.1": "75名",                                                                                                                                                                                                                 // number changed
		"6.1": "代表取締役社長執行役員　山田　直樹",                                                                                                                                                                                                   // word replaced
		"7.2": "技術者 25名（情報処理安全確保支援士 3名）",                                                                                                                                                                                             // newly answered
		"11":  "",                                                                                                                                                                                                                    // emptied
	}
	renewed := writeSubmission(t, dir, "2026.json", renewal, func(s *submissionJSON) {
		s.Kind, s.CertificationNumber, s.DisclosureDate, s.Submitted = "renewal", "0123-2410", "2028-10-01", "2028-10-12"
	})
	if id := mustRun(t, "import", path, renewed, "--renewal-of", "1"); id != "2" {
		t.Fatalf("renewal is %q", id)
	}
	d := diffOf(t, path, "2")
	for item, want := range map[string]struct {
		status   string
		formOnly bool
		previous string
	}{
		"6.3": {"unchanged", true, "conforms"}, "4.3": {"unchanged", true, "conforms"},
		"6.4": {"changed", false, ""}, "5": {"changed", false, "query"}, "7.1": {"changed", false, "conforms"},
		"6.1": {"changed", false, "correction"}, "7.2": {"added", false, ""}, "11": {"changed", false, ""},
		"1": {"unchanged", false, "conforms"}, "8": {"unchanged", false, ""},
	} {
		got := d[item]
		if got.Status != want.status || got.FormOnly != want.formOnly || got.Previous != want.previous {
			t.Errorf("item %s: %+v, want status %s form_only %v previous %q", item, got, want.status, want.formOnly, want.previous)
		}
	}
	text := mustRun(t, "diff", path, "2", "--color", "never")
	for _, w := range []string{"[-70-]{+75+}名", "{+外部講師による役員研修も実施しています。+}", "[-業務システムの受託開発及び導入支援を行っています。-]"} {
		if !strings.Contains(text, w) {
			t.Errorf("the text diff lacks %s:\n%s", w, text)
		}
	}

	// Unchanged rows, form-only ones included, take their verdicts; a second
	// carry finds nothing left to carry.
	if out := mustRun(t, "carry", path, "2"); !strings.HasPrefix(out, "carried 4 verdicts") {
		t.Errorf("carry: %s", out)
	}
	if out := mustRun(t, "carry", path, "2"); !strings.HasPrefix(out, "carried 0 verdicts") {
		t.Errorf("carry again: %s", out)
	}
	if f := list(t, path).Applications[1].Findings; f["conforms"] != 4 || f["query"] != 0 {
		t.Errorf("renewal findings after carry: %v", f)
	}

	// A correction round is compared with the round before it.
	mustRun(t, "finding", path, "2", "7.1", "--verdict", "correction", "--request", "内訳を記載してください。")
	renewal["7.1"] = "75名（うち取締役 5名）"
	round := writeSubmission(t, dir, "2026-r2.json", renewal, func(s *submissionJSON) {
		s.Kind, s.CertificationNumber, s.DisclosureDate, s.Submitted = "renewal", "0123-2410", "2028-10-01", "2028-11-02"
	})
	if id := mustRun(t, "import", path, round, "--round-of", "2"); id != "3" {
		t.Fatalf("round is %q", id)
	}
	changed := []string{}
	for item, x := range diffOf(t, path, "3") {
		if x.Status != "unchanged" {
			changed = append(changed, item+" "+x.Status+" "+x.Previous)
		}
	}
	if strings.Join(changed, ",") != "7.1 changed correction" {
		t.Errorf("round 2 against round 1: %v", changed)
	}
}
