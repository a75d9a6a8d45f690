package demo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"

	"golang.org/x/text/encoding/japanese"

	"shinsa/criteria"
	"shinsa/review"
	"shinsa/xlsxw"
)

// File is one example submission as an applicant would send it.
type File struct {
	Name  string // file name, no folder
	About string // one line: what it is, for the listing after writing
	Data  []byte
}

// The example application's fixed facts. The dates are fixed, not relative
// to today, so that the README's day with shinsa can name the certification
// number the renewal carries: the first application is disclosed on
// 2024-10-01 and certified in December 2024 as 0123-2412; the renewal is
// disclosed two years on, before the first certification expires.
var (
	exampleNew = review.Application{
		Scheme: "asp-saas", Kind: review.New,
		Applicant: "北斗クラウドテクノロジー株式会社", CorporateNumber: withCheckDigit("010001123457"),
		Service: "北斗電子契約", DisclosureDate: review.NewDate(2024, 10, 1),
		Submitted: review.NewDate(2024, 10, 15),
	}
	// ExampleCertificationNumber is the number the example's first
	// application is certified under; its renewal names it on the cover.
	ExampleCertificationNumber = "0123-2412"
	round2Submitted            = review.NewDate(2024, 11, 20)
	renewalDisclosed           = review.NewDate(2026, 10, 1)
	renewalSubmitted           = review.NewDate(2026, 10, 14)
)

// Files writes the example submissions of one ASP・SaaS application through
// its life: the new application as a workbook (申請書 + 開示項目), the same
// answers as CP932 CSV (the cover then comes from flags) and as JSON, the
// corrected resubmission of round 2, and the renewal two years on. The
// content is the same for the same registry: no randomness leaks in.
func Files(reg *criteria.Registry) ([]File, error) {
	cat, err := reg.Latest(exampleNew.Scheme)
	if err != nil {
		return nil, err
	}
	c := companies[0]
	rng := rand.New(rand.NewPCG(2412, 0x5348494e))
	app := exampleNew
	app.Edition = cat.Edition

	// Round 1: every mandatory row and most optional ones answered, with two
	// faults a reviewer asks about: the head office without its postal code,
	// and one mandatory row left empty.
	var first []review.Answer
	emptied := ""
	for _, it := range cat.Items {
		if !it.Required && rng.IntN(5) == 0 {
			continue
		}
		a := review.Answer{Item: it.ID, Text: answer(it, c, app.DisclosureDate, rng)}
		if it.ID == "4.1" {
			a.Text = stripPostcode(a.Text)
		}
		if emptied == "" && it.Required && it.Constraints.Kind == criteria.KindText && it.No >= 20 {
			emptied = it.ID
			a.Text = ""
		}
		if rng.IntN(10) == 0 {
			a.Evidence = []string{it.Title + "_規程.pdf"}
		}
		first = append(first, a)
	}

	// Round 2: the corrections made, nothing else touched.
	round2 := append([]review.Answer(nil), first...)
	for i := range round2 {
		a := &round2[i]
		switch a.Item {
		case "4.1":
			a.Text = c.Address
		case emptied:
			it, _ := cat.Item(emptied)
			a.Text = answer(it, c, app.DisclosureDate, rand.New(rand.NewPCG(1, 2)))
		}
	}
	app2 := app
	app2.Submitted = round2Submitted

	// The renewal: two years on, about one row in ten reworded, a few only
	// in form (full-width digits), the 開示情報の日付 moved.
	renewal := append([]review.Answer(nil), round2...)
	for i := range renewal {
		a := &renewal[i]
		switch {
		case a.Item == "1":
			a.Text = renewalDisclosed.Japanese()
		case i%10 == 3 && a.Text != "":
			a.Text = edit(a.Text, rng)
		case i%17 == 5:
			a.Text = widen(a.Text)
		}
	}
	app3 := app
	app3.Kind, app3.CertificationNumber = review.Renewal, ExampleCertificationNumber
	app3.DisclosureDate, app3.Submitted = renewalDisclosed, renewalSubmitted

	var files []File
	add := func(name, about string, data []byte, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		files = append(files, File{Name: name, About: about, Data: data})
		return nil
	}
	x1, err := workbook(cat, app, first)
	if err := add("new.xlsx", "the new application: 申請書 (cover) and 開示項目 (the disclosure table)", x1, err); err != nil {
		return nil, err
	}
	csv, err := cp932CSV(cat, first)
	if err := add("new.cp932.csv", "the same table as Excel saves CSV (CP932, CRLF); the cover comes from flags", csv, err); err != nil {
		return nil, err
	}
	js, err := submissionJSON(app, first)
	if err := add("new.json", "the same application in shinsa's JSON form", js, err); err != nil {
		return nil, err
	}
	x2, err := workbook(cat, app2, round2)
	if err := add("new-round2.xlsx", "the corrected resubmission (round 2)", x2, err); err != nil {
		return nil, err
	}
	x3, err := workbook(cat, app3, renewal)
	if err := add("renewal.xlsx", "the renewal two years on, naming certification "+ExampleCertificationNumber, x3, err); err != nil {
		return nil, err
	}
	return files, nil
}

// ExampleCSVFlags are the cover flags the CSV example needs on import.
func ExampleCSVFlags() []string {
	return []string{"--scheme", exampleNew.Scheme, "--kind", "new", "--applicant", exampleNew.Applicant,
		"--service", exampleNew.Service, "--disclosure-date", exampleNew.DisclosureDate.String()}
}

// stripPostcode drops a leading 〒NNN-NNNN from an address.
func stripPostcode(s string) string {
	if strings.HasPrefix(s, "〒") {
		if _, rest, ok := strings.Cut(s, " "); ok {
			return rest
		}
	}
	return s
}

// wareki writes a date the way cover sheets often do: 令和6年10月1日.
func wareki(d review.Date) string {
	t := d.Time()
	if t.Year() >= 2019 && !(t.Year() == 2019 && t.Month() < 5) {
		ys := fmt.Sprint(t.Year() - 2018)
		if t.Year() == 2019 {
			ys = "元"
		}
		return fmt.Sprintf("令和%s年%d月%d日", ys, int(t.Month()), t.Day())
	}
	return d.Japanese()
}

// workbook lays the application out as applicants fill ASPIC's form: a
// cover sheet of label/value pairs, and the table below a title row with ■
// category rows, merged 審査対象項目 cells and continuation rows whose No is
// empty.
func workbook(cat *criteria.Catalog, app review.Application, answers []review.Answer) ([]byte, error) {
	wb := xlsxw.New()
	const coverName, itemsName = "申請書", "開示項目"
	cover, err := wb.AddSheet(coverName)
	if err != nil {
		return nil, err
	}
	items, err := wb.AddSheet(itemsName)
	if err != nil {
		return nil, err
	}
	var errs []error
	// put writes a row from column A: ints as numbers, strings as text.
	put := func(s *xlsxw.Sheet, row int, vals ...any) {
		for i, v := range vals {
			switch v := v.(type) {
			case int:
				errs = append(errs, s.SetInt(i+1, row, int64(v)))
			case string:
				errs = append(errs, s.SetStr(i+1, row, v))
			default:
				errs = append(errs, fmt.Errorf("demo: cell of type %T", v))
			}
		}
	}
	kind := app.Kind.Japanese()
	rows := [][]any{
		{"情報開示認定 申請書"},
		{},
		{"制度", cat.Title},
		{"版", cat.Edition},
		{"申請区分", kind},
		{"事業者名", app.Applicant},
		{"法人番号", app.CorporateNumber},
		{"サービス名称", app.Service},
		{"認定番号", app.CertificationNumber},
		{"開示情報の日付", wareki(app.DisclosureDate)},
		{"提出日", app.Submitted.String()},
	}
	for i, r := range rows {
		put(cover, i+1, r...)
	}
	errs = append(errs, cover.SetColWidth(1, 1, 18), cover.SetColWidth(2, 2, 48))

	byItem := map[string]review.Answer{}
	for _, a := range answers {
		byItem[a.Item] = a
	}
	put(items, 1, cat.Title+"の安全・信頼性に係る情報開示 開示項目")
	put(items, 3, "No", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考", "証跡")
	r := 4
	cats := map[string]string{}
	for _, c := range cat.Categories {
		cats[c.ID] = c.Title
	}
	lastCat, lastNo, noStart := "", -1, 0
	mergeNo := func(end int) {
		if noStart > 0 && end > noStart {
			errs = append(errs, items.MergeCells(xlsxw.Range{C1: 2, R1: noStart, C2: 2, R2: end}))
		}
	}
	for _, it := range cat.Items {
		if it.Category != lastCat {
			mergeNo(r - 1)
			noStart = 0
			lastCat = it.Category
			put(items, r, "■"+cats[it.Category])
			r++
		}
		a := byItem[it.ID]
		req := "選択"
		if it.Required {
			req = "必須"
		}
		var no any = it.No
		if it.No == lastNo {
			no = "" // a continuation row of the same No
		} else {
			mergeNo(r - 1)
			noStart = r
		}
		put(items, r, no, it.Title, it.Description, req, a.Text, a.Note, strings.Join(a.Evidence, "、"))
		lastNo = it.No
		r++
	}
	mergeNo(r - 1)
	errs = append(errs, items.SetColWidth(2, 3, 24), items.SetColWidth(5, 5, 60), wb.SetActiveSheet(1))
	// As an applicant's Excel would date it: the day it was submitted.
	day := app.Submitted.Time()
	wb.SetDocProps(xlsxw.DocProps{Created: day, Modified: day})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := wb.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// cp932CSV is the table as Excel's "CSV (comma separated)" writes it:
// CP932, CRLF, with a 項目ID column so continuation rows need no merge.
func cp932CSV(cat *criteria.Catalog, answers []review.Answer) ([]byte, error) {
	byItem := map[string]review.Answer{}
	for _, a := range answers {
		byItem[a.Item] = a
	}
	var b strings.Builder
	row := func(cells ...string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteByte(',')
			}
			if strings.ContainsAny(c, ",\"\r\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	row("項目ID", "審査対象項目", "記述内容", "必須/選択", "情報開示内容", "備考", "証跡")
	for _, it := range cat.Items {
		a, ok := byItem[it.ID]
		if !ok {
			continue
		}
		req := "選択"
		if it.Required {
			req = "必須"
		}
		row(it.ID, it.Title, it.Description, req, a.Text, a.Note, strings.Join(a.Evidence, "、"))
	}
	enc, err := japanese.ShiftJIS.NewEncoder().String(b.String())
	if err != nil {
		return nil, fmt.Errorf("not representable in CP932: %w", err)
	}
	return []byte(enc), nil
}

// submissionJSON is FORMATS.md §2.1.
func submissionJSON(app review.Application, answers []review.Answer) ([]byte, error) {
	type item struct {
		ID       string   `json:"id"`
		Answer   string   `json:"answer"`
		Note     string   `json:"note,omitempty"`
		Evidence []string `json:"evidence,omitempty"`
	}
	doc := struct {
		Format    string `json:"format"`
		Scheme    string `json:"scheme"`
		Edition   string `json:"edition"`
		Kind      string `json:"kind"`
		Applicant struct {
			Name            string `json:"name"`
			CorporateNumber string `json:"corporate_number"`
		} `json:"applicant"`
		Service             string `json:"service"`
		CertificationNumber string `json:"certification_number,omitempty"`
		DisclosureDate      string `json:"disclosure_date"`
		Submitted           string `json:"submitted"`
		Items               []item `json:"items"`
	}{Format: "shinsa-submission/1", Scheme: app.Scheme, Edition: app.Edition, Kind: string(app.Kind),
		Service: app.Service, CertificationNumber: app.CertificationNumber,
		DisclosureDate: app.DisclosureDate.String(), Submitted: app.Submitted.String()}
	doc.Applicant.Name, doc.Applicant.CorporateNumber = app.Applicant, app.CorporateNumber
	for _, a := range answers {
		doc.Items = append(doc.Items, item{ID: a.Item, Answer: a.Text, Note: a.Note, Evidence: a.Evidence})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
