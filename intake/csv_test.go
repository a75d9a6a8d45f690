package intake

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func csvOptions() Options {
	o := testOptions()
	o.Cover = CoverFlags{Scheme: "asp-saas", Edition: "holdout-demo"}
	return o
}

// exactCSV holds the exactTexts in a CSV, with a line break inside a quoted
// cell and CRLF between records as Excel writes them.
func exactCSV() string {
	var b strings.Builder
	b.WriteString("項目ID,情報開示内容,備考\r\n")
	for _, id := range []string{"4.1", "4.3", "6.1", "6.2"} {
		b.WriteString(id + `,"` + strings.ReplaceAll(exactTexts[id], `"`, `""`) + "\",\r\n")
	}
	return b.String()
}

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCSVEncodings(t *testing.T) {
	text := exactCSV()
	// CP932 has no 〜 (U+301C): Excel writes ～ there, so the CP932 case
	// checks the texts it can carry.
	cp932Text := strings.ReplaceAll(text, "〜", "～")
	for _, tc := range []struct {
		name string
		data []byte
		want map[string]string
	}{
		{"utf-8", []byte(text), exactTexts},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf"), text...), exactTexts},
		{"utf-16le with BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), text), exactTexts},
		{"utf-16be with BOM", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), text), exactTexts},
		{"cp932", encode(t, japanese.ShiftJIS, cp932Text), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sub, err := Read("exact.csv", tc.data, csvOptions())
			if err != nil {
				t.Fatal(err)
			}
			want := tc.want
			if want == nil {
				want = map[string]string{}
				for id, s := range exactTexts {
					want[id] = strings.ReplaceAll(s, "〜", "～")
				}
			}
			got := answersOf(t, sub)
			for id, w := range want {
				if got[id].Text != w {
					t.Errorf("item %s: %q, want %q", id, got[id].Text, w)
				}
			}
		})
	}
}

// CP932 maps 0x8160 to ～ (U+FF5E), never to 〜 (U+301C): the fixture's wave
// dash arrives as the applicant's Excel wrote it.
func TestCSVFixtureWaveDash(t *testing.T) {
	sub, err := Read("new.cp932.csv", readFixture(t, "new.cp932.csv"), csvOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)["4.3"].Text
	if !strings.Contains(got, "8:30～19:00") || strings.Contains(got, "〜") {
		t.Errorf("4.3 = %q", got)
	}
}

// encoding/csv reads CR LF inside a quoted cell as LF, as Excel writes line
// breaks in cells; the answer then equals the workbook's.
func TestCSVLineBreakInsideCell(t *testing.T) {
	data := "No,情報開示内容\r\n5,\"一行目\r\n二行目\n三行目\"\r\n"
	sub, err := Read("lb.csv", []byte(data), csvOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got := sub.Answers[0].Text; got != "一行目\n二行目\n三行目" {
		t.Errorf("%q", got)
	}
}

// Records may have different lengths (FieldsPerRecord = -1); a short record
// simply has empty cells.
func TestCSVRaggedRecords(t *testing.T) {
	data := "No,記述内容,必須/選択,情報開示内容,備考\n1,日付,必須,2026年10月1日\n2,名称,必須,北斗,備考あり,余分\n"
	sub, err := Read("r.csv", []byte(data), csvOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)
	if got["1"].Text != "2026年10月1日" || got["2"].Note != "備考あり" {
		t.Errorf("%+v", got)
	}
}

func TestDecodeTextOrder(t *testing.T) {
	// "設定" in UTF-8 is also a valid CP932 byte string; UTF-8 must win.
	if text, enc, bad := decodeText([]byte("設定")); text != "設定" || enc != EncUTF8 || bad != 0 {
		t.Errorf("got %q %s %d", text, enc, bad)
	}
	if _, enc, _ := decodeText(encode(t, japanese.ShiftJIS, "設定")); enc != EncCP932 {
		t.Errorf("CP932 read as %s", enc)
	}
}

// The form comes from the content: a CSV named .xlsx is read as the CSV it is.
func TestCSVNamedLikeAWorkbook(t *testing.T) {
	sub, err := Read("申請書.xlsx", []byte("項目ID,情報開示内容\n1,2026年10月1日\n"), csvOptions())
	if err != nil {
		t.Fatal(err)
	}
	if sub.Answers[0].Provenance != "申請書.xlsx row 2 column 情報開示内容" {
		t.Errorf("%+v", sub.Answers)
	}
}

// Excel's "Unicode テキスト" — the way to get UTF-16 out of Excel — writes
// tab-separated text with a BOM, CRLF between rows and quotes only around
// cells holding a line break, a tab or a quote. It is the same table.
func TestCSVUnicodeTextIsTabSeparated(t *testing.T) {
	var b strings.Builder
	b.WriteString("開示項目一覧\t\t\r\n")
	b.WriteString("項目ID\t情報開示内容\t備考\r\n")
	for _, id := range []string{"4.1", "4.3", "6.1", "6.2"} {
		cell := exactTexts[id]
		if strings.ContainsAny(cell, "\n\t\"") {
			cell = `"` + strings.ReplaceAll(cell, `"`, `""`) + `"`
		}
		b.WriteString(id + "\t" + cell + "\t\r\n")
	}
	b.WriteString("5\t\"当社は\"\"つばめ\"\"を提供, 他\"\t\r\n")
	data := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), b.String())
	sub, err := Read("開示項目.txt", data, csvOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)
	for id, want := range exactTexts {
		if got[id].Text != want {
			t.Errorf("item %s: %q, want %q", id, got[id].Text, want)
		}
	}
	if a := got["5"]; a.Text != `当社は"つばめ"を提供, 他` || a.Provenance != "開示項目.txt row 7 column 情報開示内容" {
		t.Errorf("item 5: %+v", a)
	}
}

// A CSV row is named as the spreadsheet that opens the file numbers it: a
// blank line is a row there, and a cell with line breaks is one row.
func TestCSVProvenanceRowsAsExcelNumbersThem(t *testing.T) {
	data := "開示項目一覧\r\n\r\nNo,情報開示内容\r\n1,2026年10月1日\r\n\r\n2,\"北斗\r\nクラウド\"\r\n3.1,2010年\r\n"
	sub, err := Read("rows.csv", []byte(data), csvOptions())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"1":   "rows.csv row 4 column 情報開示内容",
		"2":   "rows.csv row 6 column 情報開示内容",
		"3.1": "rows.csv row 7 column 情報開示内容",
	}
	got := answersOf(t, sub)
	for id, w := range want {
		if got[id].Provenance != w {
			t.Errorf("item %s: %q, want %q", id, got[id].Provenance, w)
		}
	}
	// Errors name the same rows.
	_, err = Read("rows.csv", []byte("No,情報開示内容\r\n\r\n\r\n99,x\r\n"), csvOptions())
	wantError(t, err, "rows.csv", "row 4")
}

func TestCSVWithOldMacLineEndsIsReadRowByRow(t *testing.T) {
	crlf, err := Read("new.cp932.csv", readFixture(t, "new.cp932.csv"), csvOptions())
	if err != nil {
		t.Fatal(err)
	}
	crOnly := bytes.ReplaceAll(readFixture(t, "new.cp932.csv"), []byte("\r\n"), []byte("\r"))
	sub, err := Read("mac.csv", crOnly, csvOptions())
	if err != nil {
		t.Fatalf("a CR-only CSV: %v", err)
	}
	if len(sub.Answers) != len(crlf.Answers) || len(sub.Answers) < 10 {
		t.Fatalf("CR-only CSV gave %d answers, the CRLF one %d", len(sub.Answers), len(crlf.Answers))
	}
	for i := range sub.Answers {
		if sub.Answers[i].Item != crlf.Answers[i].Item || sub.Answers[i].Text != crlf.Answers[i].Text {
			t.Errorf("answer %d: %+v, CRLF gave %+v", i, sub.Answers[i], crlf.Answers[i])
		}
	}
}
