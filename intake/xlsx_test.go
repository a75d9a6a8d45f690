package intake

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"shinsa/review"
)

func answersOf(t *testing.T, sub *review.Submission) map[string]review.Answer {
	t.Helper()
	m := map[string]review.Answer{}
	for _, a := range sub.Answers {
		m[a.Item] = a
	}
	return m
}

// Texts that must arrive byte for byte: line breaks inside a cell, full-width
// letters and digits, both wave dashes (～ U+FF5E as CP932 gives it, 〜 U+301C
// as a Mac gives it), an ideographic space inside the text.
var exactTexts = map[string]string{
	"4.1": "〒103-0025\n東京都中央区日本橋茅場町五丁目22番18号\n日本橋茅場町ビルディング19階",
	"4.3": "平日8:30～19:00（ＦＡＸ：０３－５１５７－４２７５）",
	"6.1": "代表取締役社長\u3000山田\u3000直樹",
	"6.2": "受付 9:00〜18:00\n\n（土日祝日を除く）",
}

func TestWorkbookKeepsExactText(t *testing.T) {
	data := itemsWorkbook(t, nil,
		[]any{"4-1", "", "", "必須", "  " + exactTexts["4.1"] + "\n"},
		[]any{"4-3", "", "", "選択", exactTexts["4.3"]},
		[]any{"6-1", "", "", "必須", "\u3000" + exactTexts["6.1"]},
		[]any{"6-2", "", "", "必須", exactTexts["6.2"]},
	)
	sub, err := Read("exact.xlsx", data, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)
	for id, want := range exactTexts {
		if got[id].Text != want {
			t.Errorf("item %s: %q, want %q", id, got[id].Text, want)
		}
	}
}

// The header may sit below title rows, its columns in any order with extra
// ones between them; merged cells carry their value down; heading rows are
// skipped; rows without a No continue the No above.
func TestWorkbookLayout(t *testing.T) {
	items := sheetRows{
		name: SheetItems,
		rows: [][]any{
			{"ASP・SaaS 情報開示項目 記入シート"},
			{"提出前に社内確認欄を埋めること"},
			{"社内確認欄", "情報開示\n内容", "証跡", "ＮＯ", "備考", "記述内容", "審査対象項目", "必須／選択"},
			{"■ 事業所・事業"},
			{"済", "2010年2月26日", "", "3", "", "法人の設立年月日", "設立", "必須"},
			{"済", "2019年12月", "", "", "", "ASP・SaaS事業の開始年月", "", "必須"},
			{"", "", "", "", "", "", "", ""},
			{"【事業所】"},
			{"済", "本店", "登記簿.pdf\n定款.pdf、地図.png", "4", "", "本店の住所と郵便番号", "事業所", "必須"},
			{"", "運用拠点", "", "4", "", "運用を行う事業所", "", "必須"},
			{"", "", "", "", "検討中", "問い合わせ窓口", "", "選択"},
			{"", "概要です", "", "No.5", "", "主な事業の概要", "事業内容", "必須"},
		},
		// No 4 merged over its three rows, and a heading merged across.
		merge: []string{"D9:D11", "G9:G11", "A8:H8"},
	}
	data := makeWorkbook(t, coverSheet(), items)
	sub, err := Read("layout.xlsx", data, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range sub.Answers {
		ids = append(ids, a.Item)
	}
	if want := []string{"3.1", "3.2", "4.1", "4.2", "4.3", "5"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("items %v, want %v", ids, want)
	}
	got := answersOf(t, sub)
	if a := got["4.1"]; !reflect.DeepEqual(a.Evidence, []string{"登記簿.pdf", "定款.pdf", "地図.png"}) || a.Provenance != "layout.xlsx 開示項目!B9" {
		t.Errorf("4.1 = %+v", a)
	}
	if a := got["4.3"]; a.Text != "" || a.Note != "検討中" {
		t.Errorf("4.3 = %+v, want an empty answer with its note", a)
	}
	if got["3.2"].Text != "2019年12月" || got["5"].Text != "概要です" {
		t.Errorf("answers %+v", got)
	}
}

// A 項目ID column states the id; No then is not needed.
func TestWorkbookItemIDColumn(t *testing.T) {
	data := makeWorkbook(t, coverSheet(), sheetRows{name: SheetItems, rows: [][]any{
		{"項目ID", "情報開示内容"},
		{"3.2", "2019年12月"},
		{"３．１", "2010年2月26日"},
		{"10", "99,000,000円"},
	}})
	sub, err := Read("ids.xlsx", data, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)
	if got["3.2"].Text != "2019年12月" || got["3.1"].Text != "2010年2月26日" || got["10"].Text != "99,000,000円" {
		t.Errorf("answers %+v", got)
	}
}

func TestWorkbookCoverDates(t *testing.T) {
	for _, tc := range []struct {
		value any
		want  string
	}{
		{"2026/4/1", "2026-04-01"},
		{"2026-04-01", "2026-04-01"},
		{"2026年4月1日", "2026-04-01"},
		{"2026.4.1", "2026-04-01"},
		{"令和8年4月1日", "2026-04-01"},
		{"R8.4.1", "2026-04-01"},
		{"R08/04/01", "2026-04-01"},
		{"令和元年5月1日", "2019-05-01"},
		{"平成31年4月30日", "2019-04-30"},
		{"昭和64年1月7日", "1989-01-07"},
		{"令和８年４月１日", "2026-04-01"},
		{"令和8年4月1日（水）", "2026-04-01"}, // with its weekday, as forms print it
		{"R8年4月1日", "2026-04-01"},
		{46113, "2026-04-01"},    // a date serial
		{46113.75, "2026-04-01"}, // with a time of day
		{59, "1900-02-28"},
		{61, "1900-03-01"},
	} {
		data := itemsWorkbook(t, []any{"開示情報の日付", tc.value}, []any{"1", "", "", "必須", "x"})
		sub, err := Read("dates.xlsx", data, testOptions())
		if err != nil {
			t.Errorf("%v: %v", tc.value, err)
			continue
		}
		if got := sub.App.DisclosureDate.String(); got != tc.want {
			t.Errorf("%v: %s, want %s", tc.value, got, tc.want)
		}
	}
}

// A cell Excel shows as a date holds a serial; the cover reads the serial,
// not the displayed text, and honours the 1904 date system of old Mac files.
func TestWorkbookDateCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", SheetCover)
	for i, row := range [][]any{{"制度", "ASP・SaaS"}, {"版", "holdout-demo"}, {"提出日", 46113}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow(SheetCover, cell, &row)
	}
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14}) // m/d/yy
	f.SetCellStyle(SheetCover, "B3", "B3", style)
	f.NewSheet(SheetItems)
	f.SetSheetRow(SheetItems, "A1", &[]any{"No", "情報開示内容"})
	f.SetSheetRow(SheetItems, "A2", &[]any{1, "x"})
	for _, date1904 := range []bool{false, true} {
		f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904})
		buf, err := f.WriteToBuffer()
		if err != nil {
			t.Fatal(err)
		}
		sub, err := Read("cells.xlsx", buf.Bytes(), testOptions())
		if err != nil {
			t.Fatal(err)
		}
		want := "2026-04-01"
		if date1904 {
			want = "2030-04-02" // the same serial counted from 1904-01-01
		}
		if got := sub.App.Submitted.String(); got != want {
			t.Errorf("date1904=%v: %s, want %s", date1904, got, want)
		}
		if sub.App.Scheme != "asp-saas" {
			t.Errorf("制度 ASP・SaaS read as %q", sub.App.Scheme)
		}
	}
}

func TestWorkbookSchemeByName(t *testing.T) {
	for _, name := range []string{"asp-saas", "ASP・SaaS", "ＡＳＰ・ＳａａＳ", "ASP・SaaS情報開示認定制度"} {
		data := makeWorkbook(t, sheetRows{name: SheetCover, rows: [][]any{{"制度", name}, {"版", "holdout-demo"}}},
			sheetRows{name: SheetItems, rows: [][]any{itemsHeader, {"1", "", "", "", "x"}}})
		sub, err := Read("s.xlsx", data, testOptions())
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if sub.App.Scheme != "asp-saas" {
			t.Errorf("%s: scheme %q", name, sub.App.Scheme)
		}
	}
	if got, ok := resolveScheme(testRegistry(), "医療情報ASP・SaaS"); !ok || got != "medical-asp-saas" {
		t.Errorf("医療情報ASP・SaaS resolves to %q %v", got, ok)
	}
}

// Flags fill the fields a cover leaves out; --kind overrides the cover.
func TestWorkbookFlags(t *testing.T) {
	data := itemsWorkbook(t, nil, []any{"1", "", "", "必須", "x"})
	opt := testOptions()
	opt.Cover = CoverFlags{Scheme: "ASP・SaaS", Service: "北斗電子契約", Applicant: "北斗クラウドテクノロジー株式会社"}
	opt.Kind = review.Change
	sub, err := Read("f.xlsx", data, opt)
	if err != nil {
		t.Fatal(err)
	}
	if sub.App.Service != "北斗電子契約" || sub.App.Kind != review.Change || sub.Cover[FieldService] != "--service" || sub.Cover[FieldApplicant] != "f.xlsx 申請書!B4" {
		t.Errorf("app %+v cover %v", sub.App, sub.Cover)
	}
}

// The workbook part is found through the package relationships, as Excel
// finds it, not assumed to be xl/workbook.xml.
func TestWorkbookPartFoundThroughRelationships(t *testing.T) {
	base := readFixture(t, "new.xlsx")
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		name := f.Name
		switch name {
		case "xl/workbook.xml":
			name = "xl/book.xml"
		case "xl/_rels/workbook.xml.rels":
			name = "xl/_rels/book.xml.rels"
		case "_rels/.rels", "[Content_Types].xml":
			b = bytes.ReplaceAll(b, []byte("xl/workbook.xml"), []byte("xl/book.xml"))
		}
		w, _ := zw.Create(name)
		w.Write(b)
	}
	zw.Close()
	sub, err := Read("book.xlsx", out.Bytes(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Answers) != 18 {
		t.Errorf("%d answers", len(sub.Answers))
	}
}

// An applicant who types 2015/4/1 into Japanese Excel gets a date cell with
// the built-in short-date format 14, which Excel in Japan shows as 2015/4/1;
// the built-in formats 27–58 are the Japanese ones (和暦 among them). The
// answer is what the applicant saw in the cell, so the 和暦 check can see it
// too — never 04-01-15 or a bare serial.
func TestWorkbookAnswerDateCellsReadAsJapaneseExcelShowsThem(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", SheetCover)
	for i, row := range [][]any{{"制度", "asp-saas"}, {"版", "holdout-demo"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow(SheetCover, cell, &row)
	}
	f.NewSheet(SheetItems)
	f.SetSheetRow(SheetItems, "A1", &[]any{"項目ID", "情報開示内容"})
	cases := []struct {
		id     string
		serial float64
		numFmt int
		custom string
		want   string
	}{
		{"1", 46296, 14, "", "2026/10/1"},                            // typed 2026/10/1
		{"3.1", 40235, 31, "", "2010年2月26日"},                         // typed 2010年2月26日
		{"3.2", 46296, 57, "", "R8.10.1"},                            // 和暦 short, built in
		{"4.1", 46296, 58, "", "令和8年10月1日"},                          // 和暦, built in
		{"4.2", 46296, 0, `[$-ja-JP]ggge"年"m"月"d"日";@`, "令和8年10月1日"}, // 和暦, as Excel writes the custom form
		{"4.3", 46296.5, 22, "", "2026/10/1 12:00"},
		{"5", 46296, 0, `yyyy"年"m"月"d"日"`, "2026年10月1日"},
	}
	for i, tc := range cases {
		r := i + 2
		f.SetCellValue(SheetItems, "A"+strconv.Itoa(r), tc.id)
		f.SetCellFloat(SheetItems, "B"+strconv.Itoa(r), tc.serial, -1, 64)
		st := &excelize.Style{NumFmt: tc.numFmt}
		if tc.custom != "" {
			st.CustomNumFmt = &tc.custom
		}
		style, err := f.NewStyle(st)
		if err != nil {
			t.Fatal(err)
		}
		f.SetCellStyle(SheetItems, "B"+strconv.Itoa(r), "B"+strconv.Itoa(r), style)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	sub, err := Read("jadates.xlsx", buf.Bytes(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)
	for _, tc := range cases {
		if a := got[tc.id]; a.Text != tc.want {
			t.Errorf("item %s (format %d %s): %q, want %q as Excel in Japan shows it", tc.id, tc.numFmt, tc.custom, a.Text, tc.want)
		}
	}
}

// Templates annotate their headers — 情報開示内容（申請者記入欄）, a line
// break before the note — and their cover labels (法人番号（13桁）); the
// column is still the column.
func TestWorkbookAnnotatedLabels(t *testing.T) {
	data := makeWorkbook(t,
		sheetRows{name: SheetCover, rows: [][]any{
			{"制度", "asp-saas"}, {"版", "holdout-demo"}, {"法人番号（13桁）", "2394886327870"},
		}},
		sheetRows{name: SheetItems, rows: [][]any{
			{"No.", "審査対象項目", "記述内容\n（開示すべき事項）", "必須/選択", "情報開示内容\n（申請者記入欄）", "備考【任意】"},
			{"1", "開示情報の日付", "", "必須", "2026年10月1日", "社内確認済み"},
		}})
	sub, err := Read("annotated.xlsx", data, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	a := answersOf(t, sub)["1"]
	if a.Text != "2026年10月1日" || a.Note != "社内確認済み" || a.Provenance != "annotated.xlsx 開示項目!E2" {
		t.Errorf("item 1: %+v", a)
	}
	if sub.App.CorporateNumber != "2394886327870" {
		t.Errorf("法人番号（13桁） read as %q", sub.App.CorporateNumber)
	}
}

// A two-row header merges No, 審査対象項目 … down over both rows (the merge
// repeats their labels on the second row), and a long table may repeat its
// header further down, as a pasted page break does. Such rows are headers,
// not items.
func TestWorkbookHeaderRowsRepeated(t *testing.T) {
	data := makeWorkbook(t, coverSheet(), sheetRows{name: SheetItems, rows: [][]any{
		{"No", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", ""},
		{"", "", "", "", "記入欄", "備考"},
		{"1", "開示情報の日付", "開示する情報の日付", "必須", "2026年10月1日", ""},
		{"No.", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考"},
		{"2", "事業者名", "法人の正式名称", "必須", "北斗クラウドテクノロジー株式会社", ""},
	}, merge: []string{"A1:A2", "B1:B2", "C1:C2", "D1:D2"}})
	sub, err := Read("header2.xlsx", data, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	got := answersOf(t, sub)
	if len(sub.Answers) != 2 || got["1"].Text != "2026年10月1日" || got["2"].Provenance != "header2.xlsx 開示項目!E5" {
		t.Errorf("answers %+v", sub.Answers)
	}
}

// A cover sheet laid out as a form puts two fields on a row (事業者名 … 法人番号
// …); a field whose value is left blank does not take the next label as its
// value.
func TestWorkbookCoverTwoFieldsARow(t *testing.T) {
	data := makeWorkbook(t,
		sheetRows{name: SheetCover, rows: [][]any{
			{"情報開示認定 申請書"},
			{"制度", "asp-saas", "", "版", "holdout-demo"},
			{"事業者名", "北斗クラウドテクノロジー株式会社", "", "法人番号", "2394886327870"},
			{"サービス名称", "", "", "認定番号", "0123-2410"},
			{"開示情報の日付", "2026/10/1", "", "提出日", "2026/10/12"},
		}},
		sheetRows{name: SheetItems, rows: [][]any{itemsHeader, {"1", "", "", "必須", "2026年10月1日"}}})
	sub, err := Read("form.xlsx", data, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	a := sub.App
	if a.Edition != "holdout-demo" || a.CorporateNumber != "2394886327870" || a.CertificationNumber != "0123-2410" ||
		a.Service != "" || a.Submitted.String() != "2026-10-12" || a.DisclosureDate.String() != "2026-10-01" {
		t.Errorf("cover %+v", a)
	}
	if sub.Cover["corporate_number"] != "form.xlsx 申請書!E3" {
		t.Errorf("法人番号 from %q", sub.Cover["corporate_number"])
	}
}
