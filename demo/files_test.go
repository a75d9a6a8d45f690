package demo

import (
	"strings"
	"testing"

	"shinsa/criteria"
	"shinsa/intake"
	"shinsa/review"
)

// answered is item → answer, with empty answers left out: a workbook keeps
// every row of the table, JSON and CSV only the answered ones.
func answered(sub *review.Submission) map[string]string {
	m := map[string]string{}
	for _, a := range sub.Answers {
		if a.Text != "" {
			m[a.Item] = a.Text
		}
	}
	return m
}

func readExample(t *testing.T, files map[string][]byte, name string, cover intake.CoverFlags) *review.Submission {
	t.Helper()
	sub, err := intake.Read(name, files[name], intake.Options{Cover: cover})
	if err != nil {
		t.Fatalf("%s does not import: %v", name, err)
	}
	return sub
}

func TestFiles_import_as_an_applicant_sent_them(t *testing.T) {
	fs, err := Files(criteria.Reference())
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range fs {
		files[f.Name] = f.Data
	}
	for _, want := range []string{"new.xlsx", "new.cp932.csv", "new.json", "new-round2.xlsx", "renewal.xlsx"} {
		if len(files[want]) == 0 {
			t.Fatalf("no %s among %d files", want, len(fs))
		}
	}

	canon := readExample(t, files, "new.json", intake.CoverFlags{})
	want := answered(canon)
	if len(want) < 100 {
		t.Fatalf("the example answers only %d rows", len(want))
	}
	csvCover := intake.CoverFlags{Scheme: exampleNew.Scheme, Kind: "new", Applicant: exampleNew.Applicant,
		Service: exampleNew.Service, DisclosureDate: exampleNew.DisclosureDate.String()}
	for name, cover := range map[string]intake.CoverFlags{"new.xlsx": {}, "new.cp932.csv": csvCover} {
		got := answered(readExample(t, files, name, cover))
		if len(got) != len(want) {
			t.Errorf("%s: %d answered rows, new.json has %d", name, len(got), len(want))
		}
		for item, w := range want {
			if got[item] != w {
				t.Errorf("%s row %s = %q, new.json has %q", name, item, got[item], w)
			}
		}
	}

	x := readExample(t, files, "new.xlsx", intake.CoverFlags{})
	if x.App.Applicant != exampleNew.Applicant || x.App.DisclosureDate != exampleNew.DisclosureDate || x.App.Kind != review.New {
		t.Errorf("new.xlsx cover read as %+v", x.App)
	}
	if !review.CorporateNumberValid(x.App.CorporateNumber) {
		t.Errorf("the example's 法人番号 %q has a wrong check digit", x.App.CorporateNumber)
	}

	// Round 2 corrects exactly what the reviewer will ask about.
	r2 := answered(readExample(t, files, "new-round2.xlsx", intake.CoverFlags{}))
	var changed []string
	for item, a := range r2 {
		if want[item] != a {
			changed = append(changed, item)
		}
	}
	if len(changed) != 2 || r2["4.1"] == want["4.1"] {
		t.Errorf("round 2 changes rows %v, want 4.1 and the emptied mandatory row", changed)
	}
	if want["4.1"] == "" || !strings.HasPrefix(r2["4.1"], "〒") {
		t.Errorf("4.1: round 1 %q, round 2 %q: the postal code should be added in round 2", want["4.1"], r2["4.1"])
	}

	ren := readExample(t, files, "renewal.xlsx", intake.CoverFlags{})
	if ren.App.Kind != review.Renewal || ren.App.CertificationNumber != ExampleCertificationNumber {
		t.Errorf("renewal.xlsx cover: kind %s, number %q", ren.App.Kind, ren.App.CertificationNumber)
	}
	if got := ren.App.DisclosureDate.AddDate(-2, 0); got != exampleNew.DisclosureDate {
		t.Errorf("renewal disclosed %s, want two years after %s", ren.App.DisclosureDate, exampleNew.DisclosureDate)
	}
	edits := 0
	for item, a := range answered(ren) {
		if r2[item] != a {
			edits++
		}
	}
	if edits < 5 || edits > len(r2)/4 {
		t.Errorf("the renewal edits %d of %d rows", edits, len(r2))
	}
}
