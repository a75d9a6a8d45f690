package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// What Excel's "Unicode テキスト" writes: UTF-16LE with a BOM, tab-separated,
// CRLF, a title row, a blank row, quotes around a cell with line breaks.
func TestQAImport_excel_unicode_text_then_check_and_report(t *testing.T) {
	path := caseWithHoldout(t)
	text := "開示項目\t\t\r\n\t\t\r\n" +
		"No\t審査対象項目\t情報開示内容\r\n" +
		"1\t開示情報の日付\t2027年1月5日\r\n" +
		"4\t事業所\t\"〒103-0025\r\n東京都中央区日本橋茅場町五丁目22番18号\"\r\n" +
		"\t\t〒812-0011 福岡県福岡市博多区博多駅前三丁目5番12号\r\n" +
		"\t\t03-5157-4274（平日8:30～19:00、①土日②祝日を除く）\r\n"
	u := utf16.Encode([]rune(text))
	data := []byte{0xff, 0xfe}
	for _, c := range u {
		data = append(data, byte(c), byte(c>>8))
	}
	file := filepath.Join(t.TempDir(), "開示項目.txt")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// No --disclosure-date: the table's own 開示情報の日付 is all there is.
	if id := mustRun(t, "import", path, file, "--scheme", "asp-saas", "--edition", "holdout-demo", "--applicant", "北斗", "--service", "北斗電子契約"); id != "1" {
		t.Fatalf("import: %q", id)
	}
	var rep struct {
		Items []struct {
			Item, Answer, Provenance string
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "report", path, "1", "--format", "json")), &rep); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"1":   {"2027年1月5日", "開示項目.txt row 4 column 情報開示内容"},
		"4.1": {"〒103-0025\n東京都中央区日本橋茅場町五丁目22番18号", "開示項目.txt row 5 column 情報開示内容"},
		"4.3": {"03-5157-4274（平日8:30～19:00、①土日②祝日を除く）", "開示項目.txt row 7 column 情報開示内容"},
	}
	for _, it := range rep.Items {
		if w, ok := want[it.Item]; ok && (it.Answer != w[0] || it.Provenance != w[1]) {
			t.Errorf("item %s: %q from %q, want %q from %q", it.Item, it.Answer, it.Provenance, w[0], w[1])
		}
	}
	r := shinsa(t, "check", path, "1", "--today", "2026-10-12", "--json")
	if r.code != 1 || !strings.Contains(r.stdout, `"item":"1","rule":"disclosure-date-future"`) {
		t.Errorf("check: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
}
