package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"shinsa/bench"
	"shinsa/criteria"
)

// write10k writes a workbook of 10,000 answer rows (2,500 Nos of four rows,
// 審査対象項目 merged over each No's rows, a ■ heading every 100 Nos) and
// the catalog edition it was written against.
func write10k(tb testing.TB, dir string) (xlsx, catalog string) {
	tb.Helper()
	const nos, rowsPerNo = 2500, 4
	cat := &criteria.Catalog{Scheme: "asp-saas", Edition: "bench-10k", Title: "ASP・SaaS"}
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "申請書")
	f.SetSheetRow("申請書", "A1", &[]any{"制度", "asp-saas"})
	f.SetSheetRow("申請書", "A2", &[]any{"版", "bench-10k"})
	f.SetSheetRow("申請書", "A3", &[]any{"申請区分", "新規"})
	f.SetSheetRow("申請書", "A4", &[]any{"事業者名", "ベンチ株式会社"})
	f.SetSheetRow("申請書", "A5", &[]any{"サービス名称", "ベンチ"})
	f.SetSheetRow("申請書", "A6", &[]any{"開示情報の日付", "2026/4/1"})
	f.NewSheet("開示項目")
	sw, err := f.NewStreamWriter("開示項目")
	if err != nil {
		tb.Fatal(err)
	}
	row := 1
	put := func(cells ...any) {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		if err := sw.SetRow(cell, cells); err != nil {
			tb.Fatal(err)
		}
		row++
	}
	put("No", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考", "証跡")
	for no := 1; no <= nos; no++ {
		if no%100 == 1 {
			cid := fmt.Sprintf("c%d", no/100)
			cat.Categories = append(cat.Categories, criteria.Category{ID: cid, Title: "分類" + cid})
			put("■ 分類" + cid)
		}
		first := row
		for sub := 1; sub <= rowsPerNo; sub++ {
			cat.Items = append(cat.Items, criteria.Item{
				ID: fmt.Sprintf("%d.%d", no, sub), No: no, Category: cat.Categories[len(cat.Categories)-1].ID,
				Title: fmt.Sprintf("項目%d", no), Description: fmt.Sprintf("記述%d-%d", no, sub), Required: sub == 1,
				Constraints: criteria.Constraints{Kind: criteria.KindText},
			})
			num, title := any(nil), any(nil)
			if sub == 1 {
				num, title = no, fmt.Sprintf("項目%d", no)
			}
			put(num, title, fmt.Sprintf("記述%d-%d", no, sub), "必須",
				fmt.Sprintf("No %d の %d 行目の回答です。\n東京都千代田区一丁目%d番地（受付 9:00～18:00）", no, sub, no), "", "")
		}
		top, _ := excelize.CoordinatesToCellName(2, first)
		bottom, _ := excelize.CoordinatesToCellName(2, row-1)
		if err := sw.MergeCell(top, bottom); err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	xlsx, catalog = filepath.Join(dir, "10k.xlsx"), filepath.Join(dir, "bench-10k.json")
	if err := f.SaveAs(xlsx); err != nil {
		tb.Fatal(err)
	}
	b, err := json.Marshal(cat)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(catalog, b, 0o644); err != nil {
		tb.Fatal(err)
	}
	return xlsx, catalog
}

// TestHelperExcelizeWalk is the peer process of BenchmarkImportWorkbook10k:
// excelize opening the workbook and walking its items sheet with Rows() and
// Columns(), nothing else.
func TestHelperExcelizeWalk(t *testing.T) {
	file := os.Getenv("SHINSA_HELPER_XLSX")
	if file == "" {
		return // only as the benchmark's peer
	}
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows("開示項目")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		if _, err := rows.Columns(); err != nil {
			t.Fatal(err)
		}
		n++
	}
	fmt.Println(strconv.Itoa(n) + " rows")
}

// BenchmarkImportWorkbook10k measures `shinsa import` of a 10,000-row
// workbook as a process — reading it, checking it against its catalog, and
// storing the answers with their search index in one transaction — beside
// a process that only walks the same workbook with excelize's Rows(),
// interleaved, in CPU time (user + system). Target: x-peer ≤ 2.
func BenchmarkImportWorkbook10k(b *testing.B) {
	dir := b.TempDir()
	xlsx, catalog := write10k(b, dir)
	path := filepath.Join(dir, "bench.shinsa")
	for _, args := range [][]string{{"new", path}, {"criteria", "import", path, catalog}} {
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			b.Fatalf("%v: %v %s", args, err, out)
		}
	}
	bench.Interleaved(b,
		bench.Peer{Name: "shinsa-import", Cmd: func() *exec.Cmd {
			return exec.Command(bin, "import", path, xlsx, "--reviewer", "bench")
		}, Check: nonEmpty},
		bench.Peer{Name: "excelize-rows", Cmd: func() *exec.Cmd {
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperExcelizeWalk$")
			cmd.Env = append(os.Environ(), "SHINSA_HELPER=1", "SHINSA_HELPER_XLSX="+xlsx)
			return cmd
		}, Check: nonEmpty})
}

// BenchmarkListStoredEdition measures `shinsa list --json` on a case file
// that stores a 10,000-item catalog edition and one application of it,
// beside sqlite3 running the equivalent query (bench.ListQuery) on the same
// file, interleaved, in CPU time. list needs each edition's length, not the
// edition: it must not parse the catalog to count it.
func BenchmarkListStoredEdition(b *testing.B) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		b.Fatal("sqlite3 is the peer of this benchmark: install it (apt-get install sqlite3)")
	}
	dir := b.TempDir()
	xlsx, catalog := write10k(b, dir)
	path := filepath.Join(dir, "bench.shinsa")
	for _, args := range [][]string{{"new", path}, {"criteria", "import", path, catalog}, {"import", path, xlsx, "--reviewer", "bench"}} {
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			b.Fatalf("%v: %v %s", args, err, out)
		}
	}
	bench.Interleaved(b,
		bench.Peer{Name: "shinsa-list", Cmd: func() *exec.Cmd { return exec.Command(bin, "list", path, "--json") }, Check: nonEmpty},
		bench.Peer{Name: "sqlite3", Cmd: func() *exec.Cmd { return exec.Command("sqlite3", "-json", "-readonly", path, bench.ListQuery) }, Check: nonEmpty})
}
