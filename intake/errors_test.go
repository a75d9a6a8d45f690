package intake

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// jsonWith is new.json with one textual replacement.
func jsonWith(t testing.TB, old, new string) []byte {
	t.Helper()
	s := string(readFixture(t, "new.json"))
	if !strings.Contains(s, old) {
		t.Fatalf("new.json has no %q", old)
	}
	return []byte(strings.Replace(s, old, new, 1))
}

// itemsWorkbook is a cover sheet plus an items sheet with the given rows
// below the header.
func itemsWorkbook(t testing.TB, cover []any, rows ...[]any) []byte {
	t.Helper()
	cs := coverSheet()
	if cover != nil {
		cs = coverSheet(cover)
	}
	return makeWorkbook(t, cs, sheetRows{name: SheetItems, rows: append([][]any{itemsHeader}, rows...)})
}

// bombs are built once: a few hundred MB of XML compress to a few hundred KB.
var (
	bombOnce  sync.Once
	bomb      []byte // declares its true size: refused from the zip headers
	lyingBomb []byte // declares 1 KB and expands to 300 MB
)

func makeBombs(t testing.TB) {
	bombOnce.Do(func() {
		base := makeWorkbook(t, coverSheet(), sheetRows{name: SheetItems, rows: [][]any{itemsHeader, {"1", "", "", "必須", "x"}}})
		bomb = rezip(t, base, "xl/worksheets/sheet2.xml", false)
		lyingBomb = rezip(t, base, "xl/worksheets/sheet2.xml", true)
	})
}

// rezip copies a workbook, replacing one part with 300 MB of XML white
// space inside sheetData; lie makes the zip header claim 1 KB.
func rezip(t testing.TB, base []byte, part string, lie bool) []byte {
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if f.Name != part {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		var comp bytes.Buffer
		fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
		io.WriteString(fw, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		chunk := bytes.Repeat([]byte(" "), 1<<20)
		for i := 0; i < 300; i++ {
			fw.Write(chunk)
		}
		io.WriteString(fw, `</sheetData></worksheet>`)
		fw.Close()
		declared := uint64(300<<20 + 200)
		if lie {
			declared = 1024
		}
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: part, Method: zip.Deflate,
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared,
		})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestBadFiles(t *testing.T) {
	csvFlags := CoverFlags{Scheme: "asp-saas", Edition: "holdout-demo"}
	for _, tc := range []struct {
		name  string
		file  string
		data  func(t testing.TB) []byte
		opt   func(*Options)
		where []string // fragments the one-line message must hold
	}{
		// JSON
		{"json unknown scheme", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"scheme": "asp-saas"`, `"scheme": "asp-sass"`) }, nil,
			[]string{"a.json: scheme: unknown scheme \"asp-sass\""}},
		{"json unknown edition", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"holdout-demo"`, `"ref-1999"`) }, nil,
			[]string{"a.json: edition: ", `no edition "ref-1999"`}},
		{"json unknown item id", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"id": "3.1"`, `"id": "3.9"`) }, nil,
			[]string{"a.json: items[2].id: item 3.9 is not in catalog asp-saas holdout-demo"}},
		{"json duplicate item id", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"id": "3.2"`, `"id": "3.1"`) }, nil,
			[]string{"a.json: items[3].id: item 3.1 appears twice (also at items[2].id)"}},
		{"json impossible date", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"2026-10-01"`, `"2026-02-30"`) }, nil,
			[]string{"a.json: disclosure_date: 開示情報の日付", "2026-02-30"}},
		{"json misspelt key", "a.json", func(t testing.TB) []byte {
			return jsonWith(t, `"answer": "2026年10月1日"`, `"anwser": "2026年10月1日"`)
		}, nil,
			[]string{"a.json: items[0].anwser: unknown key"}},
		{"json misspelt top-level key", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"service"`, `"servise"`) }, nil,
			[]string{"a.json: servise: unknown key"}},
		{"json key twice", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"kind": "new",`, `"kind": "new", "kind": "renewal",`) }, nil,
			[]string{"a.json: kind: key given twice"}},
		{"json bad kind", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"kind": "new"`, `"kind": "fresh"`) }, nil,
			[]string{"a.json: kind: unknown kind \"fresh\""}},
		{"json wrong format", "a.json", func(t testing.TB) []byte { return jsonWith(t, `shinsa-submission/1`, `shinsa-submission/9`) }, nil,
			[]string{"a.json: format: "}},
		{"json wrong type", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"answer": "70名"`, `"answer": 70`) }, nil,
			[]string{"a.json: items[12].answer: expected a string, found the number 70"}},
		{"json syntax error", "a.json", func(t testing.TB) []byte { return jsonWith(t, `"kind": "new",`, `"kind": "new",,`) }, nil,
			[]string{"a.json: invalid JSON at line 5 column"}},
		{"json cut short", "a.json", func(t testing.TB) []byte { d := readFixture(t, "new.json"); return d[:len(d)/2] }, nil,
			[]string{"a.json: ", "ends too early"}},
		{"json not UTF-8", "a.json", func(t testing.TB) []byte { return jsonWith(t, "北斗電子契約", "\x96\x6b\x93\x6c") }, nil,
			[]string{"a.json: line 10 column 15", "not valid UTF-8"}},
		{"json without items", "a.json", func(t testing.TB) []byte {
			return []byte(`{"format":"shinsa-submission/1","scheme":"asp-saas","items":[]}`)
		}, nil,
			[]string{"a.json: items: no items"}},

		// Workbooks
		{"xlsx unknown scheme", "a.xlsx", func(t testing.TB) []byte {
			return makeWorkbook(t, sheetRows{name: SheetCover, rows: [][]any{{"制度", "クラウド何でも"}}}, sheetRows{name: SheetItems, rows: [][]any{itemsHeader}})
		}, nil, []string{"a.xlsx: 申請書!B1: unknown scheme \"クラウド何でも\""}},
		{"xlsx impossible 和暦 cover date", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, []any{"開示情報の日付", "令和1年4月30日"}, []any{"1", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: 申請書!B5: 開示情報の日付: ", "before 令和 began on 2019-05-01"}},
		{"xlsx 平成 after its end", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, []any{"提出日", "平成31年5月1日"}, []any{"1", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: 申請書!B5: 提出日: ", "after 平成 ended"}},
		{"xlsx serial 60", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, []any{"提出日", 60}, []any{"1", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: 申請書!B5: 提出日: ", "1900-02-29"}},
		{"xlsx impossible 西暦 date", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, []any{"提出日", "2026/2/30"}, []any{"1", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: 申請書!B5: 提出日: ", "no day 30"}},
		{"xlsx unknown No", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"1", "", "", "必須", "x"}, []any{"42", "", "", "必須", "y"})
		}, nil, []string{"a.xlsx: 開示項目!A3: No 42 is not in catalog asp-saas holdout-demo"}},
		{"xlsx unknown row of a No", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"4-7", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: 開示項目!A2: item 4.7 is not in catalog"}},
		{"xlsx continuing a one-row No", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"5", "", "概要", "必須", "x"}, []any{"", "", "続き", "必須", "y"})
		}, nil, []string{"a.xlsx: sheet 開示項目 row 3: No 5 has one row in catalog"}},
		{"xlsx duplicate item", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"3-1", "", "", "必須", "x"}, []any{"2", "", "", "必須", "y"}, []any{"３－１", "", "", "必須", "z"})
		}, nil, []string{"a.xlsx: 開示項目!A4: item 3.1 appears twice (also at 開示項目!A2)"}},
		{"xlsx bad item number", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"第一", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: 開示項目!A2: \"第一\" is not an item number"}},
		{"xlsx answer with no No above", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: sheet 開示項目 row 2: ", "no No"}},
		{"xlsx without header", "a.xlsx", func(t testing.TB) []byte {
			return makeWorkbook(t, coverSheet(), sheetRows{name: SheetItems, rows: [][]any{{"番号", "回答"}, {"1", "x"}}})
		}, nil, []string{"a.xlsx: sheet 開示項目 rows 1-10: no header row", "情報開示内容"}},
		{"xlsx header but no items", "a.xlsx", func(t testing.TB) []byte {
			return makeWorkbook(t, coverSheet(), sheetRows{name: SheetItems, rows: [][]any{itemsHeader, {"■ 事業所・事業"}}})
		}, nil, []string{"a.xlsx: sheet 開示項目: no items"}},
		{"xlsx without items sheet", "a.xlsx", func(t testing.TB) []byte {
			return makeWorkbook(t, coverSheet(), sheetRows{name: "メモ", rows: [][]any{{"なし"}}})
		}, nil, []string{"a.xlsx: no sheet 開示項目, and no other sheet (申請書, メモ) has a header row"}},
		{"xlsx without scheme", "a.xlsx", func(t testing.TB) []byte {
			return makeWorkbook(t, sheetRows{name: SheetItems, rows: [][]any{itemsHeader, {"1", "", "", "", "x"}}})
		}, nil, []string{"a.xlsx: no 制度 (scheme): add a 制度 row to the 申請書 sheet or pass --scheme"}},
		{"xlsx flag contradicts cover", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"1", "", "", "必須", "x"})
		}, func(o *Options) { o.Cover.Scheme = "iaas-paas" }, []string{"a.xlsx: 申請書!B1: 制度 is \"asp-saas\" here but --scheme says \"iaas-paas\""}},
		{"xlsx cover field twice", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, []any{"制度", "asp-saas"}, []any{"1", "", "", "必須", "x"})
		}, nil, []string{"a.xlsx: 申請書!B5: 制度 is given twice (also at 申請書!B1)"}},
		{"text that is not a workbook", "申請書.xlsx", func(t testing.TB) []byte {
			return []byte("これはワークブックではありません。\n添付を確認してください。\n")
		}, nil, []string{"申請書.xlsx: rows 1-10: no header row", "named .xlsx but is not a workbook"}},
		{"a CSV named .xlsx without --scheme", "b.xlsx", func(t testing.TB) []byte { return []byte("項目ID,情報開示内容\n1,x\n") }, nil,
			[]string{"b.xlsx: no 制度 (scheme)", "named .xlsx but is not a workbook: it holds text, read as CSV"}},
		{"truncated workbook", "a.xlsx", func(t testing.TB) []byte { d := readFixture(t, "new.xlsx"); return d[:len(d)/2] }, nil,
			[]string{"a.xlsx: not a readable workbook", "damaged or cut short"}},
		{"legacy xls", "a.xls", func(t testing.TB) []byte { return append(append([]byte{}, oleMagic...), make([]byte, 512)...) }, nil,
			[]string{"a.xls: this is a legacy .xls"}},
		{"damaged sheet XML", "a.xlsx", func(t testing.TB) []byte {
			return replacePart(t, readFixture(t, "new.xlsx"), "xl/worksheets/sheet2.xml", func(b []byte) []byte { return b[:len(b)*2/3] })
		}, nil, []string{"a.xlsx: sheet 開示項目: the sheet's XML is damaged"}},
		{"sheet XML ending after a whole row", "a.xlsx", func(t testing.TB) []byte {
			return replacePart(t, readFixture(t, "new.xlsx"), "xl/worksheets/sheet2.xml", func(b []byte) []byte {
				i := bytes.LastIndex(b, []byte("</row>"))
				return b[:i+len("</row>")]
			})
		}, nil, []string{"a.xlsx: sheet 開示項目: the sheet's XML is damaged (unexpected EOF)"}},
		{"overlapping merged ranges", "a.xlsx", func(t testing.TB) []byte {
			var b strings.Builder
			b.WriteString(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>情報開示内容</t></is></c></row>`)
			for r := 2; r <= 3001; r++ {
				fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>1</v></c></row>`, r, r, r-1, r)
			}
			b.WriteString(`</sheetData><mergeCells>`)
			for range 3000 {
				b.WriteString(`<mergeCell ref="B2:B3001"/>`)
			}
			b.WriteString(`</mergeCells></worksheet>`)
			return replacePart(t, readFixture(t, "new.xlsx"), "xl/worksheets/sheet2.xml", func([]byte) []byte { return []byte(b.String()) })
		}, nil, []string{"a.xlsx: sheet 開示項目: the sheet's merged ranges overlap"}},
		{"cell over the limit", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"1", "", "", "必須", strings.Repeat("あ", 400)})
		}, func(o *Options) { o.Limits.Cell = 1000 }, []string{"a.xlsx: 開示項目!E2: the cell holds 1200 bytes, over the limit of 1000 bytes (raise it with --max-cell)"}},
		{"rows over the limit", "a.xlsx", func(t testing.TB) []byte {
			return itemsWorkbook(t, nil, []any{"1"}, []any{"2"}, []any{"3.1"}, []any{"3.2"}, []any{"4"})
		}, func(o *Options) { o.Limits.Rows = 5 }, []string{"a.xlsx: sheet 開示項目 row 6: the sheet has more than 5 rows"}},
		{"file over the limit", "a.xlsx", func(t testing.TB) []byte { return readFixture(t, "new.xlsx") }, func(o *Options) { o.Limits.FileSize = 4096 },
			[]string{"a.xlsx: the file is 10600 bytes, over the limit of 4KiB (raise it with --max-file-size)"}},

		// CSV
		{"empty csv", "a.csv", func(t testing.TB) []byte { return nil }, nil, []string{"a.csv: the file is empty"}},
		{"blank csv", "a.csv", func(t testing.TB) []byte { return []byte("\r\n,,\r\n") }, nil, []string{"a.csv: the file is empty"}},
		{"header-only csv", "a.csv", func(t testing.TB) []byte { return []byte("No,情報開示内容\r\n") }, nil,
			[]string{"a.csv: the file has a header row but no items"}},
		{"bytes invalid in every encoding", "a.csv", func(t testing.TB) []byte {
			return []byte("No,\x8f\xee\x95\xf1\x8aJ\x8e\xa6\x93\xe0\x97e\r\n1,ok\r\n2,\x82\xa0\xff\x82\xa2\r\n3,\x85\x40\r\n")
		}, func(o *Options) { o.Cover = csvFlags }, []string{"a.csv: row 3 column 2: 2 byte sequence(s) are invalid in every encoding tried (UTF-8, then CP932 (Shift_JIS))"}},
		{"invalid UTF-8 after a BOM", "a.csv", func(t testing.TB) []byte {
			return []byte("\xef\xbb\xbfNo,情報開示内容\n1,ok\n2,\xe3\x81\n")
		}, func(o *Options) { o.Cover = csvFlags }, []string{"a.csv: row 3 column 2: 1 byte sequence(s) are invalid", "UTF-8 with BOM, as its byte-order mark says"}},
		{"broken quotes", "a.csv", func(t testing.TB) []byte { return []byte("No,情報開示内容\n1,\"abc\"def\n") }, func(o *Options) { o.Cover = csvFlags },
			[]string{"a.csv: line 2 column", "broken CSV"}},
		{"csv without scheme", "a.csv", func(t testing.TB) []byte { return []byte("No,情報開示内容\n1,x\n") }, nil,
			[]string{"a.csv: no 制度 (scheme): a CSV has no cover sheet: pass --scheme"}},
		{"csv unknown item", "a.csv", func(t testing.TB) []byte { return []byte("項目ID,情報開示内容\n1,x\n12.1,y\n") }, func(o *Options) { o.Cover = csvFlags },
			[]string{"a.csv: row 3 column 1 (項目ID): item 12.1 is not in catalog"}},
		{"csv bad flag date", "a.csv", func(t testing.TB) []byte { return []byte("No,情報開示内容\n1,x\n") }, func(o *Options) {
			o.Cover = csvFlags
			o.Cover.Submitted = "2026-13-01"
		}, []string{"a.csv: --submitted: 提出日: ", "no month 13"}},
		{"csv rows over the limit", "a.csv", func(t testing.TB) []byte { return []byte("No,情報開示内容\n1,x\n2,y\n") }, func(o *Options) {
			o.Cover = csvFlags
			o.Limits.Rows = 2
		}, []string{"a.csv: row 3: the file has more than 2 rows"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := testOptions()
			if tc.opt != nil {
				tc.opt(&opt)
			}
			sub, err := Read(tc.file, tc.data(t), opt)
			if sub != nil {
				t.Errorf("got a submission along with the error")
			}
			wantError(t, err, tc.file, tc.where...)
		})
	}
}

// replacePart rewrites one part of a zip.
func replacePart(t testing.TB, data []byte, part string, f func([]byte) []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, zf := range zr.File {
		if zf.Name != part {
			if err := zw.Copy(zf); err != nil {
				t.Fatal(err)
			}
			continue
		}
		found = true
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		w, _ := zw.Create(part)
		w.Write(f(b))
	}
	if !found {
		t.Fatalf("no part %s", part)
	}
	zw.Close()
	return out.Bytes()
}

// A workbook that expands past the limit is refused within seconds and
// leaves nothing in the temporary directory, whether its zip headers tell
// the truth about the size or lie.
func TestWorkbookBomb(t *testing.T) {
	makeBombs(t)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"declared size", bomb, "a.xlsx: xl/worksheets/sheet2.xml: the part expands to more than 64MiB, the limit for one part"},
		{"lying header", lyingBomb, "a.xlsx: sheet 開示項目: the sheet's XML is damaged (zip: not a valid zip file)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tmp := t.TempDir()
			t.Setenv("TMPDIR", tmp)
			start := time.Now()
			_, err := Read("a.xlsx", tc.data, testOptions())
			elapsed := time.Since(start)
			wantError(t, err, "a.xlsx", tc.want)
			if elapsed > 5*time.Second {
				t.Errorf("refusing the bomb took %v, want under 5s", elapsed)
			}
			// The process's own folder (tempdir) lasts until it exits;
			// nothing the reader made in it may be left.
			left, _ := filepath.Glob(filepath.Join(tmp, "shinsa-*", "*"))
			if len(left) != 0 {
				t.Errorf("temporary files left behind: %v", left)
			}
		})
	}
}
