package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

const (
	shaRules = "3f2a9c1e0b7d4a5f6e8c9b0a1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6"
	shaCalc  = "aa2a9c1e0b7d4a5f6e8c9b0a1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6"
)

// citedCase is newCase with evidence: row 4.1 cites the 規程 at two pages
// and a file submitted under a hostile name (a formula, an escape
// sequence, a bidi override).
func citedCase(t testing.TB) Input {
	in := newCase(t)
	hostileName := "=HYPERLINK(\"http://evil.example/\")\x1b[31m\u202e決算書.pdf"
	in.Evidence = []EvidenceFile{
		{Name: "情報セキュリティ規程.pdf", Size: 2048, MediaType: "application/pdf", SHA256: shaRules, Rows: []string{"4.1"}},
		{Name: hostileName, Size: 10, MediaType: "application/pdf", SHA256: shaCalc, Rows: []string{"4.1", "9"}},
	}
	in.Citations = map[string][]Citation{"4.1": {
		{Name: "情報セキュリティ規程.pdf", Page: "12", SHA256: shaRules},
		{Name: "情報セキュリティ規程.pdf", Page: "p.3", SHA256: shaRules},
		{Name: hostileName, SHA256: shaCalc},
	}}
	return in
}

func TestCSVAndXLSXCarryCitationsAndTheEvidenceIndex(t *testing.T) {
	in := citedCase(t)
	raw := render(t, in, Committee, CSV)
	recs, err := csv.NewReader(bytes.NewReader(raw[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := len(tableColumns) - 1
	if recs[0][col] != "根拠資料" {
		t.Fatalf("last column = %q", recs[0][col])
	}
	want := "情報セキュリティ規程.pdf p.12; 情報セキュリティ規程.pdf p.3; =HYPERLINK(\"http://evil.example/\")決算書.pdf"
	for _, rec := range recs[1:] {
		switch rec[0] {
		case "4.1":
			if rec[col] != want {
				t.Errorf("row 4.1 citations = %q, want %q", rec[col], want)
			}
		default:
			if rec[col] != "" {
				t.Errorf("row %s cites %q", rec[0], rec[col])
			}
		}
	}

	f, err := excelize.OpenReader(bytes.NewReader(render(t, in, Committee, XLSX)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("審査結果")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if len(r) > col && r[0] == "4.1" {
			found = r[col] == want
		}
	}
	if rows[0][col] != "根拠資料" || !found {
		t.Errorf("the rows sheet's 根拠資料 column: header %q, row 4.1 found %v", rows[0][col], found)
	}
	idx, err := f.GetRows("証跡一覧")
	if err != nil {
		t.Fatalf("no evidence index sheet: %v (sheets %v)", err, f.GetSheetList())
	}
	if len(idx) != 3 || strings.Join(idx[0], ",") != "資料名,サイズ,種類,SHA-256,項目ID" ||
		strings.Join(idx[1], "|") != "情報セキュリティ規程.pdf|2.0 KiB|application/pdf|"+shaRules+"|4.1" ||
		idx[2][0] != "'=HYPERLINK(\"http://evil.example/\")決算書.pdf" || idx[2][4] != "4.1, 9" {
		t.Errorf("evidence index = %q", idx)
	}
	for _, sh := range f.GetSheetList() {
		rs, _ := f.GetRows(sh)
		for _, r := range rs {
			for _, c := range r {
				if strings.ContainsAny(c, "\x1b\u202e") {
					t.Errorf("sheet %s holds an unsanitised cell %q", sh, c)
				}
			}
		}
	}
	// A letter goes to the applicant: no evidence index sheet.
	lf, err := excelize.OpenReader(bytes.NewReader(render(t, in, Letter, XLSX)))
	if err != nil {
		t.Fatal(err)
	}
	defer lf.Close()
	if idx, _ := lf.GetSheetIndex("証跡一覧"); idx >= 0 {
		t.Error("the letter's workbook has an evidence index")
	}
}

func TestOSCALEvidenceIsBackMatterLinkedFromFindings(t *testing.T) {
	in := citedCase(t)
	raw := render(t, in, Committee, OSCAL)
	validOSCAL(t, oscalSchema(t), raw)
	if bytes.Contains(raw, []byte("\u202e")) || bytes.Contains(raw, []byte(`\u001b`)) {
		t.Fatal("the OSCAL document carries a control or bidi character from a file name")
	}
	var v struct {
		AR struct {
			Results []struct {
				Observations []struct {
					UUID     string `json:"uuid"`
					Evidence []struct {
						Href, Description string
					} `json:"relevant-evidence"`
				} `json:"observations"`
				Findings []struct {
					Props []struct{ Name, Value string } `json:"props"`
					Links []struct {
						Href, Rel, Text string
					} `json:"links"`
					Related []struct {
						ObservationUUID string `json:"observation-uuid"`
					} `json:"related-observations"`
				} `json:"findings"`
			} `json:"results"`
			BackMatter struct {
				Resources []struct {
					UUID, Title string
					RLinks      []struct {
						Href      string `json:"href"`
						MediaType string `json:"media-type"`
						Hashes    []struct{ Algorithm, Value string }
					} `json:"rlinks"`
				} `json:"resources"`
			} `json:"back-matter"`
		} `json:"assessment-results"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	res := map[string]string{} // uuid → sha
	for _, r := range v.AR.BackMatter.Resources {
		if len(r.RLinks) == 1 {
			l := r.RLinks[0]
			if len(l.Hashes) != 1 || l.Hashes[0].Algorithm != "SHA-256" || l.Href != "urn:shinsa:evidence:sha256:"+l.Hashes[0].Value || l.MediaType != "application/pdf" {
				t.Errorf("resource %s rlink = %+v", r.Title, l)
			}
			res[r.UUID] = l.Hashes[0].Value
		}
	}
	if len(res) != 2 {
		t.Fatalf("%d evidence resources, want 2: %+v", len(res), v.AR.BackMatter.Resources)
	}
	var links []string
	obs := map[string][]string{}
	for _, o := range v.AR.Results[0].Observations {
		for _, e := range o.Evidence {
			obs[o.UUID] = append(obs[o.UUID], res[strings.TrimPrefix(e.Href, "#")])
		}
	}
	for _, f := range v.AR.Results[0].Findings {
		item := ""
		for _, p := range f.Props {
			if p.Name == "item-id" {
				item = p.Value
			}
		}
		for _, l := range f.Links {
			if item != "4.1" {
				t.Errorf("row %s links %+v", item, l)
			}
			sha, ok := res[strings.TrimPrefix(l.Href, "#")]
			if !ok || l.Rel != "reference" {
				t.Errorf("finding link %+v points at no evidence resource", l)
			}
			links = append(links, l.Text+"="+sha[:4])
		}
		if item == "4.1" {
			if len(f.Related) != 1 || len(obs[f.Related[0].ObservationUUID]) != 3 {
				t.Errorf("row 4.1's observation does not list its three citations as relevant evidence: %v", obs)
			}
		}
	}
	if got := strings.Join(links, "; "); got != "情報セキュリティ規程.pdf p.12=3f2a; 情報セキュリティ規程.pdf p.3=3f2a; =HYPERLINK(\"http://evil.example/\")決算書.pdf=aa2a" {
		t.Errorf("finding links = %s", got)
	}
}
