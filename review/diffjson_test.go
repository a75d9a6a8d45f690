package review

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// hostileText is text from applicants as it may come: any byte, controls,
// quotes, invalid UTF-8, bidi marks, the JSON-hostile separators.
func hostileText(r *rand.Rand) string {
	pieces := []string{"", "a", "審査", `"`, `\`, "\b", "\f", "\n", "\r", "\t", "\x00", "\x1f", "\x7f", "<>&", "\u2028",
		"\u2029", "\u202e", "\ufffd", "\xff", "\xe3\x81", "😀", "'", "/", "\u0085", "</script>"}
	var b strings.Builder
	for n := r.IntN(6); n > 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func TestAppendJSONStringIsEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		s := hostileText(r)
		if i < 256 {
			s = string([]byte{byte(i)}) + s
		}
		got := AppendJSONString(nil, s)
		if want := encodingJSON(t, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: %s, encoding/json writes %s", s, got, want)
		}
	}
}

func TestItemDiffAppendJSONIsEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 5000; i++ {
		j := ItemDiffJSON{Item: hostileText(r), Status: ItemStatus(hostileText(r)), FormOnly: r.IntN(2) == 0,
			From: hostileText(r), To: hostileText(r), Mapping: hostileText(r), CheckAddressed: r.IntN(2) == 0,
			Coarse: r.IntN(2) == 0, Err: hostileText(r), Old: hostileText(r), New: hostileText(r),
			NotChangedByApplicant: r.IntN(2) == 0, Reply: hostileText(r)}
		switch r.IntN(3) {
		case 0:
			j.Hunks = nil
		case 1:
			j.Hunks = []Hunk{}
		default:
			for n := r.IntN(4); n >= 0; n-- {
				j.Hunks = append(j.Hunks, Hunk{Op: hostileText(r), Text: hostileText(r)})
			}
		}
		if r.IntN(2) == 0 {
			v := Verdict(hostileText(r))
			j.Previous = &v
		}
		if r.IntN(4) == 0 {
			j.Evidence = []EvidenceChange{{Name: hostileText(r), SHA256: "ab", State: EvidenceState(hostileText(r)), PreviousName: hostileText(r)}}
		} else if r.IntN(3) == 0 {
			j.Evidence = []EvidenceChange{}
		}
		got := j.AppendJSON(nil)
		if want := encodingJSON(t, j); !bytes.Equal(got, want) {
			t.Fatalf("row %d:\n%s\nencoding/json writes\n%s", i, got, want)
		}
	}
}
