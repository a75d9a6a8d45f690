package report

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"shinsa/review"
)

// oscalSchema compiles NIST's OSCAL assessment-results schema (1.0.4),
// vendored in testdata/oscal with its licence note, with a maintained JSON
// Schema validator. Its absence fails the test: the OSCAL output must never
// go unchecked.
func oscalSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	const p = "testdata/oscal/oscal_assessment-results_schema.json"
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("oscal-ar.json", doc); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	s, err := c.Compile("oscal-ar.json")
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return s
}

func validOSCAL(t *testing.T, s *jsonschema.Schema, raw []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(doc); err != nil {
		t.Errorf("schema: %v", err)
	}
}

// arView is the part of the document the tests read.
type arView struct {
	AR struct {
		UUID     string `json:"uuid"`
		Metadata struct {
			OSCALVersion string `json:"oscal-version"`
			Parties      []struct {
				UUID, Name string
			} `json:"parties"`
		} `json:"metadata"`
		ImportAP struct {
			Href string `json:"href"`
		} `json:"import-ap"`
		Results []struct {
			UUID         string `json:"uuid"`
			Title        string `json:"title"`
			Observations []struct {
				UUID        string   `json:"uuid"`
				Description string   `json:"description"`
				Methods     []string `json:"methods"`
			} `json:"observations"`
			Findings []struct {
				UUID   string `json:"uuid"`
				Target struct {
					Type     string `json:"type"`
					TargetID string `json:"target-id"`
					Status   struct {
						State, Reason string
					} `json:"status"`
				} `json:"target"`
				Props []struct {
					Name, Value string
				} `json:"props"`
				Related []struct {
					ObservationUUID string `json:"observation-uuid"`
				} `json:"related-observations"`
			} `json:"findings"`
		} `json:"results"`
		BackMatter struct {
			Resources []struct {
				UUID string `json:"uuid"`
			} `json:"resources"`
		} `json:"back-matter"`
	} `json:"assessment-results"`
}

func TestOSCALValidatesAgainstTheSchema(t *testing.T) {
	s := oscalSchema(t)
	for name, in := range map[string]Input{"new": newCase(t), "renewal": renewalCase(t), "big": bigCase(t, 200)} {
		t.Run(name, func(t *testing.T) {
			validOSCAL(t, s, render(t, in, Committee, OSCAL))
		})
	}
	t.Run("no_findings_no_reviewer", func(t *testing.T) {
		in := newCase(t)
		in.Findings, in.Reviewer, in.Answers = nil, "", nil
		validOSCAL(t, s, render(t, in, Committee, OSCAL))
	})
	t.Run("broken_document_fails", func(t *testing.T) {
		// The check has teeth: a state outside the enum is refused.
		raw := bytes.Replace(render(t, newCase(t), Committee, OSCAL), []byte(`"state": "satisfied"`), []byte(`"state": "conforms"`), 1)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		err = s.Validate(doc)
		if err == nil || !strings.Contains(err.Error(), "state") {
			t.Fatalf("a document with state \"conforms\" passed (%v)", err)
		}
		// A broken UUID is caught by the schema's pattern too.
		raw = bytes.Replace(render(t, newCase(t), Committee, OSCAL), []byte(`"uuid": "`), []byte(`"uuid": "x`), 1)
		doc, _ = jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err := s.Validate(doc); err == nil {
			t.Fatal("a document with a malformed uuid passed")
		}
	})
}

var uuidRe = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestOSCALContent(t *testing.T) {
	in := renewalCase(t)
	raw := render(t, in, Committee, OSCAL)
	var v arView
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	ar := v.AR
	if ar.Metadata.OSCALVersion != "1.0.4" {
		t.Errorf("oscal-version = %q", ar.Metadata.OSCALVersion)
	}
	if len(ar.Results) != len(in.Rounds) {
		t.Fatalf("%d results, want one per round (%d)", len(ar.Results), len(in.Rounds))
	}
	if ar.ImportAP.Href != "#"+ar.BackMatter.Resources[0].UUID {
		t.Errorf("import-ap href %q does not point at the back-matter resource", ar.ImportAP.Href)
	}
	if len(ar.Metadata.Parties) != 1 || ar.Metadata.Parties[0].Name != "山田 花子" {
		t.Errorf("parties = %+v", ar.Metadata.Parties)
	}
	seen := map[string]bool{}
	wantState := map[review.Verdict]string{
		review.Conforms: "satisfied", review.NotApplicable: "satisfied", review.Query: "not-satisfied",
		review.Correction: "not-satisfied", review.Nonconforming: "not-satisfied", review.Unreviewed: "not-satisfied",
	}
	for i, res := range ar.Results {
		round := in.Rounds[i]
		if len(res.Findings) != len(in.Catalog.Items) {
			t.Errorf("result %d has %d findings, want one per row (%d)", i, len(res.Findings), len(in.Catalog.Items))
		}
		obs := map[string]bool{}
		for _, o := range res.Observations {
			obs[o.UUID] = true
			if len(o.Methods) != 1 || o.Methods[0] != "EXAMINE" {
				t.Errorf("observation methods = %q", o.Methods)
			}
		}
		for j, f := range res.Findings {
			it := in.Catalog.Items[j]
			for _, u := range []string{f.UUID} {
				if !uuidRe.MatchString(u) || seen[u] {
					t.Errorf("uuid %q is not a fresh version 5 uuid", u)
				}
				seen[u] = true
			}
			if f.Target.Type != "objective-id" || f.Target.TargetID != "item-"+it.ID {
				t.Errorf("finding %d target = %+v", j, f.Target)
			}
			verdict := review.Unreviewed
			if fd, ok := round.Findings[it.ID]; ok {
				verdict = fd.Verdict
			}
			if f.Target.Status.State != wantState[verdict] {
				t.Errorf("round %d item %s: state %q for verdict %s", i+1, it.ID, f.Target.Status.State, verdict)
			}
			if verdict == review.Unreviewed && f.Target.Status.Reason != "other" {
				t.Errorf("unreviewed item %s has reason %q", it.ID, f.Target.Status.Reason)
			}
			if _, ok := round.Findings[it.ID]; ok {
				if len(f.Related) != 1 || !obs[f.Related[0].ObservationUUID] {
					t.Errorf("round %d item %s: finding not linked to its observation", i+1, it.ID)
				}
			} else if len(f.Related) != 0 {
				t.Errorf("round %d item %s: unreviewed row linked to an observation", i+1, it.ID)
			}
		}
	}
	// Round 1's query on row 20 carries the reviewer's words.
	if !strings.Contains(string(raw), "認証範囲を記載してください。") {
		t.Error("the reviewer's request is not in the observations")
	}
}

func TestOSCALDeterministic(t *testing.T) {
	a := render(t, renewalCase(t), Committee, OSCAL)
	b := render(t, renewalCase(t), Committee, OSCAL)
	if !bytes.Equal(a, b) {
		t.Fatal("the same input gave two different documents")
	}
	in := renewalCase(t)
	in.Anchor.Count++
	c := render(t, in, Committee, OSCAL)
	var va, vc arView
	json.Unmarshal(a, &va)
	json.Unmarshal(c, &vc)
	if va.AR.UUID == vc.AR.UUID || va.AR.Results[0].Findings[0].UUID == vc.AR.Results[0].Findings[0].UUID {
		t.Error("uuids do not change with the anchor")
	}
}

func TestOSCALLetterRefused(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, newCase(t), Letter, OSCAL); err == nil || b.Len() > 0 {
		t.Fatalf("letter as OSCAL: err %v, %d bytes written", err, b.Len())
	}
}

func TestToken(t *testing.T) {
	for in, want := range map[string]string{"4.1": "item-4.1", "9-1": "item-9-1", "a_b": "item-a_5F_b", "4 1": "item-4_20_1", "項目１": "item-項目１"} {
		if got := token(in); got != want {
			t.Errorf("token(%q) = %q, want %q", in, got, want)
		}
	}
}
