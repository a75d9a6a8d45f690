package intake

import (
	"fmt"
	"strings"
	"testing"

	"shinsa/review"
)

// answerMap is item → answer text, with an absent answer and an empty one
// counted the same: the JSON fixture leaves out a row the tables keep empty.
func answerMap(sub *review.Submission) map[string]string {
	m := map[string]string{}
	for _, a := range sub.Answers {
		if a.Text != "" {
			m[a.Item] = a.Text
		}
	}
	return m
}

func TestFixturesReadToTheSameAnswers(t *testing.T) {
	for _, set := range []struct {
		canonical string
		others    []string
	}{
		{"new.json", []string{"new.xlsx", "new.cp932.csv"}},
		{"renewal.json", []string{"renewal.xlsx"}},
	} {
		want, err := Read(set.canonical, readFixture(t, set.canonical), testOptions())
		if err != nil {
			t.Fatalf("%s: %v", set.canonical, err)
		}
		for _, name := range set.others {
			t.Run(name, func(t *testing.T) {
				opt := testOptions()
				if strings.HasSuffix(name, ".csv") {
					// A CSV carries no cover: the reviewer gives it as flags.
					opt.Cover = CoverFlags{
						Scheme: "asp-saas", Edition: "holdout-demo", Applicant: want.App.Applicant,
						CorporateNumber: want.App.CorporateNumber, Service: want.App.Service,
						DisclosureDate: "2026-10-01", Submitted: "令和8年10月12日",
					}
				}
				got, err := Read(name, readFixture(t, name), opt)
				if err != nil {
					t.Fatal(err)
				}
				g, w := answerMap(got), answerMap(want)
				for id, text := range w {
					if g[id] != text {
						t.Errorf("item %s: got %q, want %q", id, g[id], text)
					}
				}
				for id, text := range g {
					if _, ok := w[id]; !ok {
						t.Errorf("item %s: got %q, the JSON has no such answer", id, text)
					}
				}
				wa, ga := want.App, got.App
				wa.Source, ga.Source = "", ""
				if fmt.Sprint(wa) != fmt.Sprint(ga) {
					t.Errorf("cover:\n got %+v\nwant %+v", ga, wa)
				}
				// Notes and evidence travel too.
				gn, wn := notes(got), notes(want)
				if gn != wn {
					t.Errorf("notes and evidence:\n got %s\nwant %s", gn, wn)
				}
			})
		}
	}
}

func notes(sub *review.Submission) string {
	var b strings.Builder
	for _, a := range sub.Answers {
		if a.Note != "" || len(a.Evidence) > 0 {
			fmt.Fprintf(&b, "%s:%q%q ", a.Item, a.Note, a.Evidence)
		}
	}
	return b.String()
}

func TestFixtureProvenance(t *testing.T) {
	sub, err := Read("new.xlsx", readFixture(t, "new.xlsx"), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	prov := map[string]string{}
	for _, a := range sub.Answers {
		prov[a.Item] = a.Provenance
	}
	for item, want := range map[string]string{
		"1":   "new.xlsx 開示項目!E5",
		"3.2": "new.xlsx 開示項目!E9",
		"4.3": "new.xlsx 開示項目!E12",
		"7.2": "new.xlsx 開示項目!E20",
		"11":  "new.xlsx 開示項目!E25",
	} {
		if prov[item] != want {
			t.Errorf("item %s provenance %q, want %q", item, prov[item], want)
		}
	}
	for field, want := range map[string]string{
		FieldScheme:         "new.xlsx 申請書!B1",
		FieldDisclosureDate: "new.xlsx 申請書!B7",
		FieldSubmitted:      "new.xlsx 申請書!B8",
	} {
		if sub.Cover[field] != want {
			t.Errorf("cover %s provenance %q, want %q", field, sub.Cover[field], want)
		}
	}
	if sub.App.Source != "new.xlsx" {
		t.Errorf("source %q", sub.App.Source)
	}

	js, err := Read("new.json", readFixture(t, "new.json"), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got := js.Answers[4].Provenance; got != "new.json items[4]" {
		t.Errorf("JSON provenance %q", got)
	}
	csv, err := Read("new.cp932.csv", readFixture(t, "new.cp932.csv"), Options{Registry: testRegistry(), Cover: CoverFlags{Scheme: "asp-saas", Edition: "holdout-demo"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := csv.Answers[0].Provenance; got != "new.cp932.csv row 2 column 情報開示内容" {
		t.Errorf("CSV provenance %q", got)
	}
	if csv.Cover[FieldScheme] != "--scheme" {
		t.Errorf("CSV scheme provenance %q", csv.Cover[FieldScheme])
	}
}

// The fixtures' cover dates are 和暦 with full-width digits (new.xlsx) and
// Excel serials (renewal.xlsx).
func TestFixtureCoverDates(t *testing.T) {
	for name, want := range map[string][2]string{
		"new.xlsx":     {"2026-10-01", "2026-10-12"},
		"renewal.xlsx": {"2028-10-01", "2028-10-09"},
	} {
		sub, err := Read(name, readFixture(t, name), testOptions())
		if err != nil {
			t.Fatal(err)
		}
		if got := [2]string{sub.App.DisclosureDate.String(), sub.App.Submitted.String()}; got != want {
			t.Errorf("%s: dates %v, want %v", name, got, want)
		}
	}
}
