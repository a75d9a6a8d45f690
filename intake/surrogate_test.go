package intake

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// withAnswer puts text (raw JSON string content) as the first item's answer
// of the example JSON.
func withAnswer(t *testing.T, raw string) []byte {
	t.Helper()
	data := readFixture(t, "new.json")
	i := bytes.Index(data, []byte(`"answer": "`))
	if i < 0 {
		t.Fatal(`new.json has no "answer": "`)
	}
	i += len(`"answer": "`)
	j := i + bytes.IndexByte(data[i:], '"')
	return append(append(append([]byte{}, data[:i]...), raw...), data[j:]...)
}

func TestJSON_lone_surrogates_are_refused(t *testing.T) {
	for _, raw := range []string{`2026年\ud800`, `\udc00年`, `\uD83D x`, `\ud83d\u0041`} {
		_, err := Read("s.json", withAnswer(t, raw), testOptions())
		wantError(t, err, "s.json", "lone UTF-16 surrogate", "line ")
	}
	for raw, want := range map[string]string{`\ud83d\ude00 済`: "😀 済", `\\ud800`: `\ud800`, `a\"\ud83d\ude00`: `a"😀`} {
		sub, err := Read("s.json", withAnswer(t, raw), testOptions())
		if err != nil {
			t.Errorf("%s: %v", raw, err)
			continue
		}
		if got := sub.Answers[0].Text; got != want {
			t.Errorf("%s read as %q, want %q", raw, got, want)
		}
	}
}

func TestJSON_in_UTF16_with_a_BOM_is_read(t *testing.T) {
	utf8JSON := readFixture(t, "new.json")
	want, err := Read("new.json", utf8JSON, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, enc := range []struct {
		name string
		e    unicode.Endianness
	}{{"le", unicode.LittleEndian}, {"be", unicode.BigEndian}} {
		b, err := unicode.UTF16(enc.e, unicode.UseBOM).NewEncoder().Bytes(utf8JSON)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Read("u16.json", b, testOptions())
		if err != nil {
			t.Fatalf("UTF-16%s JSON: %v", strings.ToUpper(enc.name), err)
		}
		if len(got.Answers) != len(want.Answers) || got.Answers[3].Text != want.Answers[3].Text || got.App.Applicant != want.App.Applicant {
			t.Errorf("UTF-16%s JSON read differently from UTF-8", strings.ToUpper(enc.name))
		}
	}
}
