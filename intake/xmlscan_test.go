package intake

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// The scanner is held to encoding/xml's RawToken with newDecoder's
// settings: on any input, both give the same start and end elements with
// the same names and decoded attributes, the same text between them
// (concatenated: the two split it differently), and either both refuse the
// input or neither does.

// stdEvents is what RawToken makes of data, as events. Up to an error,
// text not yet followed by a tag is left out.
func stdEvents(data []byte) ([]string, error) {
	d := newDecoder(bytes.NewReader(data))
	var ev []string
	var text []byte
	flush := func() {
		if len(text) > 0 {
			ev = append(ev, "T "+strconv.Quote(string(text)))
		}
		text = text[:0]
	}
	name := func(n xml.Name) string { return n.Space + "|" + n.Local }
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			flush()
			return ev, nil
		}
		if err != nil {
			return ev, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			flush()
			s := "S " + name(t.Name)
			for _, a := range t.Attr {
				s += " " + name(a.Name) + "=" + strconv.Quote(a.Value)
			}
			ev = append(ev, s)
		case xml.EndElement:
			flush()
			ev = append(ev, "E "+name(t.Name))
		case xml.CharData:
			text = append(text, t...)
		}
	}
}

// scanEvents is what s makes of its input, as stdEvents.
func scanEvents(s *xmlScanner) ([]string, error) {
	var ev []string
	var text []byte
	flush := func() {
		if len(text) > 0 {
			ev = append(ev, "T "+strconv.Quote(string(text)))
		}
		text = text[:0]
	}
	name := func(n xmlName) string { return string(n.Space) + "|" + string(n.Local) }
	for {
		t, err := s.next()
		if err == io.EOF {
			flush()
			return ev, nil
		}
		if err != nil {
			return ev, err
		}
		switch t.Kind {
		case xmlStart:
			flush()
			e := "S " + name(t.Name)
			for _, a := range t.Attr {
				e += " " + name(a.Name) + "=" + strconv.Quote(string(a.Value))
			}
			ev = append(ev, e)
		case xmlEnd:
			flush()
			ev = append(ev, "E "+name(t.Name))
		case xmlText:
			if len(t.Text) == 0 {
				return ev, errors.New("an empty text token")
			}
			text = append(text, t.Text...)
		default:
			return ev, fmt.Errorf("token kind %d", t.Kind)
		}
	}
}

// checkXMLScan compares the scanner with encoding/xml on data, read whole,
// a byte at a time into the smallest buffer (text in pieces of 16 bytes),
// and half a read at a time with the end of input coming with the last
// bytes.
func checkXMLScan(t *testing.T, data []byte) {
	t.Helper()
	want, werr := stdEvents(data)
	for _, r := range []struct {
		name string
		s    *xmlScanner
	}{
		{"whole", newXMLScanner(bytes.NewReader(data))},
		{"byte at a time", newXMLScannerSize(iotest.OneByteReader(bytes.NewReader(data)), 0)},
		{"in halves", newXMLScannerSize(iotest.DataErrReader(iotest.HalfReader(bytes.NewReader(data))), 200)},
	} {
		got, gerr := scanEvents(r.s)
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("%q read %s: scanner error %v, encoding/xml error %v", trim(data), r.name, gerr, werr)
		}
		if i := firstDiff(got, want); i >= 0 {
			t.Fatalf("%q read %s: event %d: scanner %q, encoding/xml %q (errors %v, %v)", trim(data), r.name, i, at(got, i), at(want, i), gerr, werr)
		}
	}
}

func trim(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "..."
	}
	return string(b)
}

func firstDiff(a, b []string) int {
	for i := range max(len(a), len(b)) {
		if at(a, i) != at(b, i) || i >= len(a) || i >= len(b) {
			return i
		}
	}
	return -1
}

func at(s []string, i int) string {
	if i < len(s) {
		if len(s[i]) > 200 {
			return s[i][:200] + "..."
		}
		return s[i]
	}
	return "(none)"
}

// xmlSnippets are inputs at the edges of what XML allows.
var xmlSnippets = []string{
	``, ` `, `x`, `<`, `<a`, `<a>`, `<a/>`, `<a></a>`, `<a/ >`, `<a x="1"/>`, `<a x='1'/>`, `<a x="1"y="2"/>`,
	`<a x = "1" ></a >`, `<a x="1`, `<a x=1>`, `<a x>`, `<a x=>`, `<a "x">`, `<a x="<">`, `<a x="a>b"/>`, `<a x="]]>"/>`,
	`<a <b>`, `< a/>`, `<1a/>`, `<-a/>`, `<_a.b-c1/>`, `<:a/>`, `<a:/>`, `<a:b/>`, `<a:b:c/>`, `<a x:y="1" xmlns:x="u"/>`,
	`<a ::="1"/>`, `<é/>`, `<aé/>`, "<a\u00b7b/>", "<\u00b7/>", "<a\xff/>", "<\xe3\x81/>", `<開示/>`, `<a 項目="1"/>`,
	`</a>`, `</a >`, `</a x>`, `</>`, `</a`, `</a:b:c>`, `<a></b>`,
	`<a>x</a>`, `<a>x`, `x<a/>y`, "<a>\r\n\r\r\n\n</a>", "<a x=\"1\r\n2\r3\"/>", "<a x=\"\t\n\"/>",
	`<a>&amp;&lt;&gt;&quot;&apos;</a>`, `<a x="&amp;&lt;&gt;&quot;&apos;"/>`, `<a>&#65;&#x41;&#x3042;&#12354;&#0065;&#x000041;</a>`,
	`<a>&amp</a>`, `<a>&amp x;</a>`, `<a>&;</a>`, `<a>&#;</a>`, `<a>&#x;</a>`, `<a>&#X41;</a>`, `<a>&#xg;</a>`, `<a>&AMP;</a>`,
	`<a>&bogus;</a>`, `<a>&#0;</a>`, `<a>&#9;&#10;&#13;</a>`, `<a>&#x1F;</a>`, `<a>&#xD800;</a>`, `<a>&#xDFFF;</a>`, `<a>&#xFFFE;</a>`,
	`<a>&#xFFFF;</a>`, `<a>&#x10FFFF;</a>`, `<a>&#x110000;</a>`, `<a>&#99999999999999999999999;</a>`, `<a>&#xFFFFFFFFFFFFFFFFFF;</a>`,
	`<a>&#13;` + "\n</a>", "<a>\r&amp;\n</a>", `<a>&`, `<a>&#`, `<a>&#x4`, `<a x="&bogus;"/>`, `<a x="&#0;"/>`, `<a>&日本;</a>`,
	"<a>\x00</a>", "<a>\x01</a>", "<a>\x7f\u0080\u009f</a>", "<a>\xff</a>", "<a>\xe3\x81</a>", "<a>\xed\xa0\x80</a>", "<a>\xef\xbf\xbe</a>",
	"<a>\xef\xbf\xbf</a>", "<a>\xef\xbf\xbd</a>", "<a>\xf4\x90\x80\x80</a>", "<a x=\"\x00\"/>", "<a x=\"\xff\"/>", "\xef\xbb\xbf<a/>",
	`<a>]]></a>`, `<a>]]</a>`, `<a>]&amp;]></a>`, `<a>]]&gt;</a>`, `<a>]</a>]]>`, `<a>&amp;]]></a>`,
	`<![CDATA[x]]>`, `<a><![CDATA[<b>&amp;]]]></a>`, `<a><![CDATA[]]></a>`, `<a><![CDATA[x`, `<a><![CDATA[x]]</a>`, `<![CDAT[x]]>`, `<![cdata[x]]>`,
	"<a><![CDATA[\r\n\r\x00]]></a>", "<a><![CDATA[\xff]]></a>", `<a><![CDATA[]]>]]></a>`,
	`<!-- c --><a/>`, `<!---->`, `<!--->`, `<!-- a -- b -->`, `<!-- a --->`, `<!-x-->`, `<!--`, `<a><!-- <b> --></a>`, "<!--\x00\xff-->",
	`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>`, `<?xml version="1.1"?><a/>`, `<?xml version='2.0'?>`,
	`<?xml version="1.0" encoding="Shift_JIS"?><a/>`, `<?xml encoding="utf-8"?><a/>`, `<?xml encoding="UtF-8"?>`, `<?xml encoding=""?>`,
	`<?xml encoding=x?>`, `<?xml?>`, `<?xml>`, `<?xml`, `<??>`, `<?1?>`, `<?pi data?><a/>`, `<?pi ??>`, "<?pi \x00\xff?>", `<a><?xml version="9"?></a>`,
	`<?XML version="9"?>`, `<?xml-stylesheet href="x"?><a/>`,
	`<!DOCTYPE a><a/>`, `<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`, `<!DOCTYPE a [<!ENTITY x "y">]><a/>`, `<!DOCTYPE a '>'><a/>`,
	`<!DOCTYPE a <!-- > -->><a/>`, `<!DOCTYPE a <b>><a/>`, `<!DOCTYPE a <!b>><a/>`, `<!DOCTYPE a <!-b>><a/>`, `<!>`, `<!><a/>>`, `<!DOCTYPE`,
	`<!DOCTYPE a "`, `<!"x>`, `<!'>'><a/>`, `<!x<>><a/>`, `<!x<<!--a-->>><a/>`,
	`<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><sst><si><t>&b;&x;</t></si></sst>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>No</t><rPh><t>ノ</t></rPh></is></c><c r="B1" s="3" t="s"><v>12</v></c></row></sheetData>` +
		`<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`,
}

// xmlFixtureParts are the XML parts of the workbooks in testdata.
func xmlFixtureParts(t testing.TB) [][]byte {
	var parts [][]byte
	for _, name := range []string{"new.xlsx", "renewal.xlsx", "libreoffice.xlsx"} {
		data := readFixture(t, name)
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			parts = append(parts, b)
		}
	}
	if len(parts) < 20 {
		t.Fatalf("only %d XML parts in the fixtures", len(parts))
	}
	return parts
}

func TestXMLScanMatchesEncodingXML(t *testing.T) {
	for i, s := range xmlSnippets {
		t.Run(strconv.Itoa(i), func(t *testing.T) { checkXMLScan(t, []byte(s)) })
	}
	for i, p := range xmlFixtureParts(t) {
		t.Run("fixture part "+strconv.Itoa(i), func(t *testing.T) { checkXMLScan(t, p) })
	}
}

// Some of the snippets are refused and some are not: the comparison
// means something only if both happen, with each kind of refusal.
func TestXMLScanSnippetsRefuseAndAccept(t *testing.T) {
	refused := map[string]bool{}
	accepted := 0
	for _, s := range xmlSnippets {
		if _, err := scanEvents(newXMLScanner(strings.NewReader(s))); err != nil {
			refused[s] = true
		} else {
			accepted++
		}
	}
	for _, s := range []string{`<a x="<">`, "<a>\x00</a>", "<a>\xff</a>", `<a>&bogus;</a>`, `<a>&#x110000;</a>`, `<a x="1`, `<a`,
		`<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`, `<?xml version="1.0" encoding="Shift_JIS"?><a/>`, `<a>]]></a>`, `<a x>`, `<a x=1>`} {
		if !refused[s] {
			t.Errorf("%q is not refused", s)
		}
	}
	if accepted < 40 || len(refused) < 60 {
		t.Errorf("%d snippets accepted, %d refused", accepted, len(refused))
	}
}

// A custom entity, declared or not, is refused with a message that says
// so; one in the shared strings makes the workbook damaged.
func TestXMLScanRefusesCustomEntities(t *testing.T) {
	_, err := scanEvents(newXMLScanner(strings.NewReader(`<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`)))
	if err == nil || !strings.Contains(err.Error(), "invalid character entity &x;") {
		t.Fatalf("error %v", err)
	}
	var se *xmlSyntaxError
	if !errors.As(err, &se) || se.Offset != 33 {
		t.Fatalf("error %#v, want a syntax error at byte 33", err)
	}
}

// Text around the buffer's and the pieces' edges: entities, \r\n, ]]>,
// multi-byte characters and CDATA sections cut at every offset near them.
func TestXMLScanLongText(t *testing.T) {
	for _, tail := range []string{"&amp;", "&#x3042;", "\r\n", "\r", "]]>", "]]&gt;", "あ", "\xef\xbf\xbe", "\xe3\x81", "&bogus;", "&amp", "<![CDATA[\r\n]]>", "]]]"} {
		for _, n := range []int{xmlScanBuf/4 - 3, xmlScanBuf / 4, xmlScanBuf - 9, xmlScanBuf - 1, xmlScanBuf + 2, 3 * xmlScanBuf} {
			for pad := range 4 {
				var b strings.Builder
				b.WriteString(`<a x="1">`)
				b.WriteString(strings.Repeat("y", n-9+pad))
				b.WriteString(tail)
				b.WriteString(strings.Repeat("ゆ", 5000))
				b.WriteString(tail)
				b.WriteString(`</a>`)
				checkXMLScan(t, []byte(b.String()))
			}
		}
	}
	// A CDATA section and a text of the same long run, cut anywhere.
	run := strings.Repeat("あ]\r\n]]", 30000)
	checkXMLScan(t, []byte("<a><![CDATA["+run+"]]></a>"))
	checkXMLScan(t, []byte("<a>"+strings.ReplaceAll(run, "]]", "]&#93;")+"</a>"))
	checkXMLScan(t, []byte("<a>"+strings.Repeat("]", 200000)+"</a>"))
	checkXMLScan(t, []byte("<a>&"+strings.Repeat("a", 200000)+";</a>"))
	checkXMLScan(t, []byte("<a>&#"+strings.Repeat("0", 200000)+"65;</a>"))
	checkXMLScan(t, []byte(`<a x="`+strings.Repeat("&amp;", 40000)+`"/>`))
	checkXMLScan(t, []byte("<a><!--"+strings.Repeat("-x", 100000)+"--></a>"))
	checkXMLScan(t, []byte("<!DOCTYPE a ["+strings.Repeat("<!ENTITY x '>'>", 10000)+"]><a/>"))
}

// Long text and CDATA come in pieces: the buffer stays its starting size
// whatever the text's length.
func TestXMLScanMemoryBounded(t *testing.T) {
	for _, doc := range []string{
		"<a>" + strings.Repeat("記述 &amp; 回答\r\n", 400000) + "</a>",
		"<a><![CDATA[" + strings.Repeat("記述 & <回答>\r\n", 400000) + "]]></a>",
		"<a>" + strings.Repeat("x", 8<<20) + "</a>",
		"<a>" + strings.Repeat("\r", 4<<20) + "</a>",
		"<a><![CDATA[" + strings.Repeat("\r\n]>", 2<<20) + "]]></a>",
	} {
		s := newXMLScanner(iotest.HalfReader(strings.NewReader(doc)))
		n, pieces := 0, 0
		for {
			tok, err := s.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if tok.Kind == xmlText {
				n += len(tok.Text)
				pieces++
			}
		}
		if n < 4<<20 || pieces < 10 {
			t.Errorf("%d bytes of text in %d pieces", n, pieces)
		}
		if len(s.buf) != xmlScanBuf {
			t.Errorf("the buffer grew to %d bytes for %d bytes of text", len(s.buf), n)
		}
	}
}

// A quote out of place in a tag is refused where it is, not after reading
// on to the next one.
func TestXMLScanStrayQuote(t *testing.T) {
	for _, doc := range []string{`<a "`, `<a x="1" '`, `<a x "`, "<a x=\n\"1\" y\t=\t'1' \""} {
		s := newXMLScanner(io.MultiReader(strings.NewReader(doc), strings.NewReader(strings.Repeat("y", 1<<20))))
		if _, err := s.next(); err == nil || len(s.buf) != xmlScanBuf {
			t.Errorf("%q: error %v, buffer grown to %d", doc, err, len(s.buf))
		}
	}
}

// The reader's own error is the scanner's error, as it is the decoder's.
func TestXMLScanReaderError(t *testing.T) {
	boom := errors.New("zip: checksum error")
	for _, doc := range []string{"<a>text", "<a x=", "<a>", "<!-- x", "<a><![CDATA[x"} {
		s := newXMLScanner(io.MultiReader(strings.NewReader(doc), iotest.ErrReader(boom)))
		var err error
		for err == nil {
			_, err = s.next()
		}
		if err != boom {
			t.Errorf("%q: error %v, want the reader's", doc, err)
		}
		if _, again := s.next(); again != err {
			t.Errorf("%q: error %v, then %v", doc, err, again)
		}
	}
}

// Names are refused and accepted as encoding/xml's tables say, for every
// character of the Basic Multilingual Plane and a sample of the others,
// first in a name and after its first character.
func TestXMLScanNameCharacters(t *testing.T) {
	var buf []byte
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if r > 0xFFFF && r%251 != 0 || 0xD800 <= r && r < 0xE000 {
			continue
		}
		for _, form := range []string{"<%c/>", "<a%c/>"} {
			buf = fmt.Appendf(buf[:0], form, r)
			_, werr := xml.NewDecoder(bytes.NewReader(buf)).RawToken()
			if got := isXMLName(buf[1 : len(buf)-2]); got != (werr == nil) {
				t.Fatalf("%q: isXMLName %v, encoding/xml error %v", buf, got, werr)
			}
		}
	}
	if _, err := scanEvents(newXMLScanner(strings.NewReader("<開示 項目=\"1\"/>"))); err != nil {
		t.Errorf("a Japanese name is refused: %v", err)
	}
	if _, err := scanEvents(newXMLScanner(strings.NewReader("<\u00b7/>"))); err == nil {
		t.Errorf("a name beginning with U+00B7 is accepted")
	}
}

// Reading a sheet's tokens allocates nothing per token: a workbook of
// 2,000 rows costs the same few allocations as one of a row.
func TestXMLScanAllocations(t *testing.T) {
	row := `<row r="2" spans="1:7"><c r="A2" s="1" t="s"><v>12</v></c><c r="B2" t="inlineStr"><is><t>回答 &amp; 備考</t></is></c>` +
		`<c r="C2"><f>SUM(A1:A2)</f><v>3</v></c><c r="D2" s="2"/></row>`
	doc := []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + strings.Repeat(row, 2000) + `</sheetData></worksheet>`)
	tokens := 0
	allocs := testing.AllocsPerRun(3, func() {
		s := newXMLScanner(bytes.NewReader(doc))
		tokens = 0
		for {
			if _, err := s.next(); err != nil {
				if err != io.EOF {
					t.Fatal(err)
				}
				break
			}
			tokens++
		}
	})
	if tokens < 40000 {
		t.Fatalf("%d tokens", tokens)
	}
	if allocs > 10 {
		t.Errorf("%.0f allocations for %d tokens", allocs, tokens)
	}
}

// FuzzXMLScanMatchesEncodingXML holds the scanner to encoding/xml on any
// bytes. Seeds: the fixtures' XML parts and the snippets.
func FuzzXMLScanMatchesEncodingXML(f *testing.F) {
	for _, p := range xmlFixtureParts(f) {
		f.Add(p)
	}
	for _, s := range xmlSnippets {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkXMLScan(t, data) })
}

// sheet10k is the items sheet's XML of the 10,000-row workbook.
func sheet10k(b *testing.B) []byte {
	data, _ := bench10k()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet2.xml" {
			rc, _ := f.Open()
			x, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				b.Fatal(err)
			}
			return x
		}
	}
	b.Fatal("no items sheet")
	return nil
}

// BenchmarkXMLScanSheet10k is the scanner alone over the 10,000-row sheet's
// XML; BenchmarkRawTokenSheet10k is encoding/xml's RawToken over the same.
func BenchmarkXMLScanSheet10k(b *testing.B) {
	x := sheet10k(b)
	b.SetBytes(int64(len(x)))
	b.ReportAllocs()
	for b.Loop() {
		s := newXMLScanner(bytes.NewReader(x))
		for {
			if _, err := s.next(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
}

func BenchmarkRawTokenSheet10k(b *testing.B) {
	x := sheet10k(b)
	b.SetBytes(int64(len(x)))
	b.ReportAllocs()
	for b.Loop() {
		d := newDecoder(bytes.NewReader(x))
		for {
			if _, err := d.RawToken(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
}
