//go:build ignore

// gen writes the hostile-input corpus beside it. Run from the repository root:
//
//	go run ./cmd/shinsa/testdata/hostile/gen.go
//
// Each file's required outcome is asserted by cmd/shinsa/hostile_test.go.
// The case files are made by the shinsa binary itself (built to a temp dir).
package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/japanese"
)

const dir = "cmd/shinsa/testdata/hostile"

func main() {
	must(os.MkdirAll(dir, 0o755))
	tmp, _ := os.MkdirTemp("", "hostile-")
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "shinsa")
	run("go", "build", "-o", bin, "./cmd/shinsa")

	// Submissions.
	base := func(items []map[string]any) map[string]any {
		return map[string]any{"format": "shinsa-submission/1", "scheme": "asp-saas", "edition": "ref-2026", "kind": "new",
			"applicant": map[string]any{"name": "株式会社テスト", "corporate_number": "2394886327870"},
			"service":   "テストサービス", "disclosure_date": "2026-10-01", "submitted": "2026-10-12", "items": items}
	}
	writeJSON("duplicate-ids.json", base([]map[string]any{{"id": "1", "answer": "2026年10月1日"}, {"id": "1", "answer": "二度目"}}))
	writeJSON("unknown-ids.json", base([]map[string]any{{"id": "1", "answer": "2026年10月1日"}, {"id": "999.9", "answer": "知らない項目"}}))
	writeJSON("unknown-scheme.json", func() map[string]any {
		m := base([]map[string]any{{"id": "1", "answer": "2026年10月1日"}})
		m["scheme"] = "cloud-unknown"
		return m
	}())
	writeJSON("impossible-date.json", func() map[string]any {
		m := base([]map[string]any{{"id": "1", "answer": "x"}})
		m["disclosure_date"] = "2026-02-30"
		return m
	}())
	inv := []byte(`{"format":"shinsa-submission/1","scheme":"asp-saas","edition":"ref-2026","kind":"new","applicant":{"name":"A"},"service":"S","disclosure_date":"2026-10-01","items":[{"id":"1","answer":"` + "\xff\xfe\x80" + `"}]}`)
	write("invalid-utf8.json", inv)
	hostileText := "表示\x1b]0;pwned\x07 \x1b]52;c;ZWNobyBoaQ==\x07 \x1b[2J\x1b[H 鳴る\x07 上書き\r合格 \u009b31m 逆\u202eRLO\u202c 終"
	writeJSON("escapes.json", base([]map[string]any{
		{"id": "1", "answer": "2026年10月1日"},
		{"id": "2", "answer": hostileText},
		{"id": "4.1", "answer": "=HYPERLINK(\"http://evil.example/\",\"クリック\")"},
		{"id": "4.2", "answer": "+81-3-1234-5678"},
		{"id": "4.3", "answer": "@SUM(A1:A9)"},
		{"id": "5", "answer": "-1+1\t<script>alert(1)</script>"},
	}))

	// Case files.
	write("not-sqlite.shinsa", []byte("これは審査ファイルではありません。\n"))
	good := filepath.Join(tmp, "good.shinsa")
	run(bin, "new", good)
	run(bin, "import", good, "cmd/shinsa/testdata/hostile/escapes.json")
	run(bin, "finding", good, "1", "1", "--verdict", "conforms", "--reviewer", "gen")
	run(bin, "backup", good, filepath.Join(tmp, "copy.shinsa")) // a checkpointed single file
	data, err := os.ReadFile(filepath.Join(tmp, "copy.shinsa"))
	must(err)
	write("truncated.shinsa", data[:len(data)/2])
	flipped := bytes.Clone(data)
	for p := 1; p*4096 < len(flipped); p++ { // flip bytes in every b-tree page after the first
		for _, off := range []int{8, 40, 400, 2000} {
			flipped[p*4096+off] ^= 0x5a
		}
	}
	write("bitflip.shinsa", flipped)
	future := bytes.Clone(data)
	future[63] = 99 // user_version
	write("future-version.shinsa", future)

	// CSV: invalid in every encoding tried (not UTF-8, not CP932).
	csv := []byte("項目ID,情報開示内容\r\n1,2026年10月1日\r\n2,")
	sj, _ := japanese.ShiftJIS.NewEncoder().Bytes(csv)
	sj = append(sj, 0x85, 0x40, 0xfd, 0xfe, 0xff, '\r', '\n')
	write("invalid-cp932.csv", sj)
	write("header-only.csv", []byte("項目ID,審査対象項目,記述内容,必須/選択,情報開示内容,備考,証跡\r\n"))
	write("empty.csv", nil)
	write("formulas.csv", []byte("項目ID,情報開示内容\r\n1,2026年10月1日\r\n2,=1+1\r\n4.1,\"=HYPERLINK(\"\"http://evil.example\"\")\"\r\n4.2,@SUM(A1)\r\n"))

	// Workbooks.
	write("bomb.xlsx", bomb())
	write("xxe.xlsx", xxe())
	// excelize cuts a cell to Excel's 32,767 characters when writing, so the
	// 8 MiB cell goes into the shared strings directly.
	write("huge-cell.xlsx", patchSharedStrings(workbook("PLACEHOLDER"), "", strings.Repeat("長", 8<<20/3+1)))
	w := workbook("普通の回答です。")
	write("truncated.xlsx", w[:len(w)/2])
	write("text-named.xlsx", []byte("項目ID,情報開示内容\n1,これはワークブックではありません\n"))
}

// workbook is a valid submission whose item 2 answer is answer.
func workbook(answer string) []byte {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "申請書")
	for i, kv := range [][2]string{{"制度", "asp-saas"}, {"版", "ref-2026"}, {"申請区分", "新規"}, {"事業者名", "株式会社テスト"},
		{"サービス名称", "テスト"}, {"開示情報の日付", "2026-10-01"}, {"提出日", "2026-10-12"}} {
		f.SetCellStr("申請書", fmt.Sprintf("A%d", i+1), kv[0])
		f.SetCellStr("申請書", fmt.Sprintf("B%d", i+1), kv[1])
	}
	f.NewSheet("開示項目")
	f.SetSheetRow("開示項目", "A1", &[]any{"項目ID", "情報開示内容"})
	f.SetSheetRow("開示項目", "A2", &[]any{"1", "2026年10月1日"})
	f.SetSheetRow("開示項目", "A3", &[]any{"2", answer})
	var b bytes.Buffer
	must(f.Write(&b))
	return b.Bytes()
}

// bomb is a workbook whose sheet XML expands from about 1 MB to 1 GiB.
func bomb() []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	add := func(name, body string) {
		w, _ := z.Create(name)
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	add("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="開示項目" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	w, _ := z.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate})
	w.Write([]byte(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < 1024; i++ {
		w.Write(chunk)
	}
	w.Write([]byte(`</sheetData></worksheet>`))
	z.Close()
	return b.Bytes()
}

// xxe is a valid-looking workbook whose shared strings declare entities: a
// billion-laughs expansion and an external file reference.
func xxe() []byte {
	dtd := `<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY x SYSTEM "file:///etc/passwd">]>`
	return patchSharedStrings(workbook("PLACEHOLDER"), dtd, "&d;&x;")
}

// patchSharedStrings rewrites a workbook's shared strings: prolog before
// <sst, and the PLACEHOLDER string replaced by text (raw XML).
func patchSharedStrings(src []byte, prolog, text string) []byte {
	r, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	must(err)
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, f := range r.File {
		rc, _ := f.Open()
		var body bytes.Buffer
		body.ReadFrom(rc)
		rc.Close()
		s := body.String()
		if f.Name == "xl/sharedStrings.xml" {
			s = strings.Replace(s, "<sst", prolog+"<sst", 1)
			s = strings.Replace(s, "PLACEHOLDER", text, 1)
		}
		w, _ := z.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		w.Write([]byte(s))
	}
	z.Close()
	return b.Bytes()
}

func writeJSON(name string, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	must(err)
	write(name, b)
}

func write(name string, b []byte) { must(os.WriteFile(filepath.Join(dir, name), b, 0o644)) }

func run(name string, args ...string) {
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		panic(fmt.Sprintf("%s %v: %v\n%s", name, args, err, out))
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
