package main

import (
	"strings"
	"testing"
)

// `criteria show` of a guideline names the published document it follows
// and, for a superseded guideline, its successor and the guideline in force
// today; every clause says whether its id is official or reference.
func TestCriteriaShowNamesSourceAndSuccessor(t *testing.T) {
	r := shinsa(t, "criteria", "show", "meti-medical-outsourcing")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"医療情報を受託管理する情報処理事業者における安全管理ガイドライン",
		"source: 医療情報を受託管理する情報処理事業者における安全管理ガイドライン, 平成24年10月15日経済産業省告示第228号, 経済産業省, 2012-10-15",
		"SUPERSEDED by meti-medical-outsourcing-2012",
		"in force today: medical-provider-2",
		"NUMBERING", "reference",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("criteria show meti-medical-outsourcing lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "向けガイドライン") {
		t.Error("the misspelt title …向けガイドライン is still shown")
	}
	cur := shinsa(t, "criteria", "show", "mic-cloud-sec-3")
	if cur.code != 0 || strings.Contains(cur.stdout, "SUPERSEDED") || !strings.Contains(cur.stdout, "クラウドサービス提供における情報セキュリティ対策ガイドライン（第3版）, 第3版, 総務省, 2021-09-30") {
		t.Errorf("criteria show mic-cloud-sec-3 (exit %d):\n%s", cur.code, cur.stdout)
	}
	cat := shinsa(t, "criteria", "show", "datacenter")
	if !strings.Contains(cat.stdout, "edition ref-2026.2") || !strings.Contains(cat.stdout, "clauses cite: mic-cloud-sec-3 第3版") ||
		!strings.Contains(cat.stdout, "mic-cloud-sec-3/ref:pi-facility") {
		t.Errorf("criteria show datacenter does not show the current edition mapped to the PaaS・IaaS編:\n%.600s", cat.stdout)
	}
	list := shinsa(t, "criteria", "list")
	if strings.Contains(list.stdout, "ref-2026-test2") || !strings.Contains(list.stdout, "→ mic-asp-saas-sec-2008") {
		t.Errorf("criteria list:\n%s", list.stdout)
	}
}
