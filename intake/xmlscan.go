package intake

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// xmlScanner reads a workbook part's XML as a stream of tokens, as
// encoding/xml's RawToken does with newDecoder's settings (Strict, no
// entities but the five predefined, only UTF-8), without allocating per
// token: names, attribute values and text are slices of its buffer or of
// a reused scratch buffer, valid until the next call.
//
// It yields start elements (a self-closing one is followed by its end, as
// RawToken does), end elements and text (entities and character
// references decoded, CDATA sections as text, \r\n and \r as \n); XML
// declarations, processing instructions, comments and directives (a
// DOCTYPE) are checked as encoding/xml checks them and skipped. A custom
// entity, whatever a DOCTYPE declares, is an error, as it is for
// encoding/xml without Decoder.Entity. Whatever encoding/xml refuses, the
// scanner refuses (FuzzXMLScanMatchesEncodingXML holds it to that); like
// RawToken it does not check that end elements match start elements.
//
// Memory is bounded by the longest tag (or XML declaration, or text that
// cannot be cut: a run of ']', one entity reference): comments,
// processing instructions and directives are skipped as they are read, and
// text, however long, is yielded in pieces of at least a quarter of the
// buffer, so the text between two tags may come as several tokens (callers
// append them), where encoding/xml gives one CharData.
//
// Deliberate differences from RawToken, none of which changes what is
// refused or what text a caller assembles: text is split differently (as
// above; an empty CDATA section yields nothing); errors say the byte
// offset, not the line, and a tag is found whole before it is parsed, so
// a '<' inside one is refused at the '<' and a quote not after '=' at the
// quote, where encoding/xml may name an earlier fault of the same tag;
// and a read error in the middle of text is returned at once, without
// the text before it.
type xmlScanner struct {
	r         io.Reader
	buf       []byte
	pos, end  int   // unread input is buf[pos:end]
	off       int64 // offset in the stream of buf[0]
	rerr      error // the reader's error, io.EOF at the end
	err       error // sticky: the error returned, io.EOF at the end
	tok       xmlToken
	needClose bool // the last start element closed itself: its end is next
	inCDATA   bool // inside a CDATA section yielded in pieces
	chunk     int  // text this long is yielded without waiting for its end
	scratch   []byte
	fix       []valFix
}

type xmlKind uint8

const (
	xmlStart xmlKind = iota + 1
	xmlEnd
	xmlText
)

// xmlToken is one token. Its slices are the scanner's and are valid until
// the next call: a caller copies what it keeps.
type xmlToken struct {
	Kind xmlKind
	Name xmlName   // xmlStart, xmlEnd
	Attr []xmlAttr // xmlStart
	Text []byte    // xmlText
}

// xmlName is a name split at its colon as encoding/xml's Name is: Space is
// the prefix as written, not a namespace URL.
type xmlName struct{ Space, Local []byte }

type xmlAttr struct {
	Name  xmlName
	Value []byte
}

// valFix is an attribute value decoded into the scratch buffer: attribute
// i's value is scratch[a:b] once the tag is read (the buffer may move as
// it grows).
type valFix struct{ i, a, b int }

// xmlSyntaxError is what the scanner makes of XML it refuses.
type xmlSyntaxError struct {
	Offset int64
	Msg    string
}

func (e *xmlSyntaxError) Error() string {
	return fmt.Sprintf("XML syntax error at byte %d: %s", e.Offset, e.Msg)
}

// xmlScanBuf is the buffer's starting size, which it keeps unless one tag,
// comment or processing instruction is longer.
const xmlScanBuf = 64 << 10

func newXMLScanner(r io.Reader) *xmlScanner { return newXMLScannerSize(r, xmlScanBuf) }

// newXMLScannerSize is a scanner with a buffer of size bytes, which yields
// text in pieces of a quarter of that.
func newXMLScannerSize(r io.Reader, size int) *xmlScanner {
	size = max(size, 64)
	return &xmlScanner{r: r, buf: make([]byte, size), chunk: size / 4}
}

// next returns the next token, or io.EOF at the end of the input, or the
// error that stopped it (again on every later call).
func (s *xmlScanner) next() (*xmlToken, error) {
	if s.err != nil {
		return nil, s.err
	}
	t := &s.tok
	if s.needClose {
		s.needClose = false
		t.Kind, t.Attr = xmlEnd, t.Attr[:0]
		return t, nil
	}
	for {
		if s.pos == s.end && !s.more() {
			if s.rerr == io.EOF && !s.inCDATA {
				s.err = io.EOF
				return nil, s.err
			}
			return nil, s.eof("in CDATA section")
		}
		if s.inCDATA {
			if t, err := s.cdata(); t != nil || err != nil {
				return t, err
			}
			continue
		}
		if s.buf[s.pos] != '<' {
			return s.text()
		}
		if s.pos+1 == s.end && !s.more() {
			return nil, s.eof("")
		}
		switch s.buf[s.pos+1] {
		case '/':
			return s.endTag()
		case '?':
			if err := s.procInst(); err != nil {
				return nil, err
			}
		case '!':
			if err := s.bang(); err != nil {
				return nil, err
			}
		default:
			return s.startTag()
		}
	}
}

// more reads more input after buf[pos:end], moving that to the start of
// the buffer and growing the buffer only when it is all unread input. It
// reports whether it read anything; when not, s.rerr says why.
func (s *xmlScanner) more() bool {
	if s.rerr != nil {
		return false
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:s.end])
		s.off += int64(s.pos)
		s.pos, s.end = 0, n
	}
	if s.end == len(s.buf) {
		b := make([]byte, 2*len(s.buf))
		copy(b, s.buf[:s.end])
		s.buf = b
	}
	for range 100 {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.rerr = io.ErrNoProgress
	return false
}

// getc consumes one byte, for the constructs read a byte at a time.
func (s *xmlScanner) getc() (byte, error) {
	if s.pos == s.end && !s.more() {
		return 0, s.eof("")
	}
	c := s.buf[s.pos]
	s.pos++
	return c, nil
}

// eof is the error of input that ends inside a construct: the reader's
// own error, or an unexpected EOF.
func (s *xmlScanner) eof(where string) error {
	if s.rerr != nil && s.rerr != io.EOF {
		s.err = s.rerr
		return s.err
	}
	if where != "" {
		where = " " + where
	}
	return s.syntax(s.end, "unexpected EOF"+where)
}

// syntax fails the scan at buf[at].
func (s *xmlScanner) syntax(at int, msg string) error {
	s.err = &xmlSyntaxError{Offset: s.off + int64(at), Msg: msg}
	return s.err
}

// text yields character data up to the next '<', or a piece of it.
func (s *xmlScanner) text() (*xmlToken, error) {
	k, try := 0, s.chunk
	for {
		b := s.buf[s.pos:s.end]
		if i := bytes.IndexByte(b[k:], '<'); i >= 0 {
			return s.emitText(k+i, 0, xmlModeText)
		}
		k = len(b)
		if len(b) >= try {
			if c := textCut(b, true); c > 0 {
				return s.emitText(c, 0, xmlModeText)
			}
			try = 2 * len(b) // no place to cut: not again until twice as long
		}
		if !s.more() {
			if s.rerr != io.EOF {
				s.err = s.rerr
				return nil, s.err
			}
			return s.emitText(s.end-s.pos, 0, xmlModeText)
		}
	}
}

// cdata yields a CDATA section's text up to its ]]>, or a piece of it; nil
// for an empty section.
func (s *xmlScanner) cdata() (*xmlToken, error) {
	k, try := 0, s.chunk
	for {
		b := s.buf[s.pos:s.end]
		from := max(k-2, 0)
		if i := bytes.Index(b[from:], cdataEnd); i >= 0 {
			s.inCDATA = false
			if from+i == 0 {
				s.pos += 3
				return nil, nil
			}
			return s.emitText(from+i, 3, xmlModeCDATA)
		}
		k = len(b)
		if len(b) >= try {
			if c := textCut(b, false); c > 0 {
				return s.emitText(c, 0, xmlModeCDATA)
			}
			try = 2 * len(b)
		}
		if !s.more() {
			return nil, s.eof("in CDATA section")
		}
	}
}

var cdataEnd = []byte("]]>")

// emitText decodes buf[pos:pos+n] as text and consumes it and skip bytes
// more.
func (s *xmlScanner) emitText(n, skip int, mode xmlMode) (*xmlToken, error) {
	at := s.pos
	raw := s.buf[at : at+n]
	s.pos += n + skip
	text, dst, bad, msg := decodeXML(s.scratch[:0], raw, mode)
	s.scratch = dst
	if msg != "" {
		return nil, s.syntax(at+bad, msg)
	}
	t := &s.tok
	t.Kind, t.Text = xmlText, text
	return t, nil
}

// textCut is where text not yet ended (b, at least 16 bytes)
// can be cut so that the piece decodes as it would whole: not inside a
// character, an entity, a \r\n or a ]]>. It is 0 when there is no such
// place in the second half of b.
func textCut(b []byte, entities bool) int {
	c := len(b) - 1 // the last byte may begin a character not yet read
	if amp := bytes.LastIndexByte(b[:c], '&'); entities && amp >= 0 && bytes.IndexByte(b[amp:c], ';') < 0 {
		open := true
		for _, x := range b[amp+1 : c] {
			if x < utf8.RuneSelf && !xmlNameByte[x] && x != '#' {
				open = false // the entity is already broken: decoding refuses it
				break
			}
		}
		if open {
			c = amp
		}
	}
	for ; c > len(b)/2; c-- {
		if p, x := b[c-1], b[c]; p == ']' && (x == ']' || x == '>') || p == '\r' && x == '\n' {
			continue
		}
		if utf8.RuneStart(b[c]) || !utf8.RuneStart(b[c-1]) && !utf8.RuneStart(b[c-2]) && !utf8.RuneStart(b[c-3]) {
			// Before a character, or inside a run of continuation
			// bytes too long to be one: invalid either way.
			return c
		}
	}
	return 0
}

// startTag reads <name attr="value" ...> or <name .../>.
func (s *xmlScanner) startTag() (*xmlToken, error) {
	// Find the tag's end: the first '>' outside quotes. A '<' before it
	// is an error wherever it is, as it is for encoding/xml.
	k, q := 1, byte(0)
	for {
		b := s.buf[s.pos:s.end]
		for ; k < len(b); k++ {
			c := b[k]
			if tagByte[c] == 0 {
				continue
			}
			switch {
			case c == '<':
				if q != 0 {
					return nil, s.syntax(s.pos+k, "unescaped < inside quoted string")
				}
				return nil, s.syntax(s.pos+k, "unescaped < inside a tag")
			case q != 0:
				if c == q {
					q = 0
				}
			case c == '>':
				return s.parseStart(k)
			default: // a quote, which may only open a value after =
				j := k - 1
				for b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r' {
					j-- // stops at b[0], '<'
				}
				if b[j] != '=' {
					return nil, s.syntax(s.pos+k, "quote not after = in element")
				}
				q = c
			}
		}
		if !s.more() {
			return nil, s.eof("")
		}
	}
}

// parseStart parses the start tag buf[pos:pos+k+1], which ends at its first
// '>' outside quotes.
func (s *xmlScanner) parseStart(k int) (*xmlToken, error) {
	base := s.pos
	b := s.buf[base : base+k+1]
	t := &s.tok
	name, p := scanName(b, 1)
	if name.Local == nil {
		return nil, s.syntax(base+p, "expected element name after <")
	}
	t.Kind, t.Name, t.Attr = xmlStart, name, t.Attr[:0]
	s.scratch, s.fix = s.scratch[:0], s.fix[:0]
	empty := false
	for {
		p = skipSpace(b, p)
		if c := b[p]; c == '>' {
			break
		} else if c == '/' {
			if b[p+1] != '>' {
				return nil, s.syntax(base+p, "expected /> in element")
			}
			empty = true
			break
		}
		var a xmlAttr
		if a.Name, p = scanName(b, p); a.Name.Local == nil {
			return nil, s.syntax(base+p, "expected attribute name in element")
		}
		if p = skipSpace(b, p); b[p] != '=' {
			return nil, s.syntax(base+p, "attribute name without = in element")
		}
		p = skipSpace(b, p+1)
		q := b[p]
		if q != '"' && q != '\'' {
			return nil, s.syntax(base+p, "unquoted or missing attribute value in element")
		}
		e := bytes.IndexByte(b[p+1:], q)
		if e < 0 { // cannot be: the tag's end was found outside quotes
			return nil, s.syntax(base+p, "unterminated attribute value")
		}
		raw := b[p+1 : p+1+e]
		n0 := len(s.scratch)
		v, dst, bad, msg := decodeXML(s.scratch, raw, xmlModeAttr)
		s.scratch = dst
		if msg != "" {
			return nil, s.syntax(base+p+1+bad, msg)
		}
		if len(dst) > n0 {
			s.fix = append(s.fix, valFix{len(t.Attr), n0, len(dst)})
		}
		a.Value = v
		t.Attr = append(t.Attr, a)
		p += e + 2
	}
	for _, f := range s.fix {
		t.Attr[f.i].Value = s.scratch[f.a:f.b]
	}
	s.pos += k + 1
	s.needClose = empty
	return t, nil
}

// endTag reads </name>.
func (s *xmlScanner) endTag() (*xmlToken, error) {
	k := 2
	for {
		b := s.buf[s.pos:s.end]
		for ; k < len(b); k++ {
			if c := b[k]; c == '>' {
				b = b[:k+1]
				name, p := scanName(b, 2)
				if name.Local == nil {
					return nil, s.syntax(s.pos+p, "expected element name after </")
				}
				if skipSpace(b, p) != k {
					return nil, s.syntax(s.pos+p, "invalid characters between </"+string(name.Local)+" and >")
				}
				t := &s.tok
				t.Kind, t.Name, t.Attr = xmlEnd, name, t.Attr[:0]
				s.pos += k + 1
				return t, nil
			} else if c == '<' {
				return nil, s.syntax(s.pos+k, "unescaped < inside a tag")
			}
		}
		if !s.more() {
			return nil, s.eof("")
		}
	}
}

// procInst checks and skips <?target ...?>; <?xml ...?> may declare
// version 1.0 and encoding UTF-8, nothing else.
func (s *xmlScanner) procInst() error {
	s.pos += 2
	var target []byte
	for {
		if s.pos == s.end && !s.more() {
			return s.eof("")
		}
		c := s.buf[s.pos]
		if c < utf8.RuneSelf && !xmlNameByte[c] {
			break
		}
		target = append(target, c)
		s.pos++
	}
	if len(target) == 0 {
		return s.syntax(s.pos, "expected target name after <?")
	}
	if !isXMLName(target) {
		return s.syntax(s.pos, "invalid XML name: "+string(target))
	}
	decl := string(target) == "xml"
	if err := s.space(); err != nil {
		return err
	}
	data := s.scratch[:0]
	var b0 byte
	for {
		c, err := s.getc()
		if err != nil {
			return err
		}
		if decl {
			data = append(data, c)
		}
		if b0 == '?' && c == '>' {
			break
		}
		b0 = c
	}
	s.scratch = data
	if !decl {
		return nil
	}
	content := string(data[:len(data)-2])
	if ver := procInstParam("version", content); ver != "" && ver != "1.0" {
		s.err = fmt.Errorf("xml: unsupported version %q; only version 1.0 is supported", ver)
		return s.err
	}
	if enc := procInstParam("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
		_, err := refuseCharset(enc, nil)
		s.err = fmt.Errorf("xml: opening charset %q: %w", enc, err)
		return s.err
	}
	return nil
}

// space skips white space, a byte at a time.
func (s *xmlScanner) space() error {
	for {
		if s.pos == s.end && !s.more() {
			return s.eof("")
		}
		switch s.buf[s.pos] {
		case ' ', '\r', '\n', '\t':
			s.pos++
		default:
			return nil
		}
	}
}

// bang reads what starts <!: a comment, a CDATA section's start, or a
// directive (<!DOCTYPE ...>), which is skipped as encoding/xml skips it.
func (s *xmlScanner) bang() error {
	s.pos += 2
	c, err := s.getc()
	if err != nil {
		return err
	}
	switch c {
	case '-':
		if c, err = s.getc(); err != nil {
			return err
		}
		if c != '-' {
			return s.syntax(s.pos-1, "invalid sequence <!- not part of <!--")
		}
		var b0, b1 byte
		for {
			if c, err = s.getc(); err != nil {
				return err
			}
			if b0 == '-' && b1 == '-' {
				if c != '>' {
					return s.syntax(s.pos-1, `invalid sequence "--" not allowed in comments`)
				}
				return nil
			}
			b0, b1 = b1, c
		}
	case '[':
		for i := range 6 {
			if c, err = s.getc(); err != nil {
				return err
			}
			if c != "CDATA["[i] {
				return s.syntax(s.pos-1, "invalid <![ sequence")
			}
		}
		s.inCDATA = true
		return nil
	}
	// A directive. Its first byte is taken as it is; quoted angle
	// brackets do not count for nesting, comments inside are skipped.
	var inquote byte
	depth := 0
	for {
		if c, err = s.getc(); err != nil {
			return err
		}
		if inquote == 0 && c == '>' && depth == 0 {
			return nil
		}
	handle:
		switch {
		case c == inquote:
			inquote = 0
		case inquote != 0:
		case c == '\'' || c == '"':
			inquote = c
		case c == '>':
			depth--
		case c == '<':
			for i := range 3 {
				if c, err = s.getc(); err != nil {
					return err
				}
				if c != "!--"[i] {
					depth++
					goto handle
				}
			}
			var b0, b1 byte
			for {
				if c, err = s.getc(); err != nil {
					return err
				}
				if b0 == '-' && b1 == '-' && c == '>' {
					break
				}
				b0, b1 = b1, c
			}
		}
	}
}

// procInstParam is encoding/xml's procInst: the value of param="..." or
// param='...' in a processing instruction's content, or "".
func procInstParam(param, s string) string {
	param = param + "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

func skipSpace(b []byte, p int) int {
	for p < len(b) {
		switch b[p] {
		case ' ', '\r', '\n', '\t':
			p++
		default:
			return p
		}
	}
	return p
}

// scanName reads a name at b[p:] and splits it at its colon as
// encoding/xml's nsname does. Local is nil when there is no valid name.
func scanName(b []byte, p int) (xmlName, int) {
	i := p
	for i < len(b) && (b[i] >= utf8.RuneSelf || xmlNameByte[b[i]]) {
		i++
	}
	s := b[p:i]
	if len(s) == 0 || !isXMLName(s) {
		return xmlName{}, p
	}
	c := bytes.IndexByte(s, ':')
	switch {
	case c < 0:
		return xmlName{Local: s}, i
	case bytes.IndexByte(s[c+1:], ':') >= 0:
		return xmlName{}, p
	case c == 0 || c == len(s)-1:
		return xmlName{Local: s}, i
	}
	return xmlName{Space: s[:c], Local: s[c+1:]}, i
}

// isXMLName is encoding/xml's isName.
func isXMLName(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	ascii := true
	for _, c := range s {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		c := s[0]
		return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':'
	}
	r, n := utf8.DecodeRune(s)
	if r == utf8.RuneError && n == 1 || !unicode.Is(xmlNameFirst, r) {
		return false
	}
	for s = s[n:]; len(s) > 0; s = s[n:] {
		r, n = utf8.DecodeRune(s)
		if r == utf8.RuneError && n == 1 || !unicode.Is(xmlNameFirst, r) && !unicode.Is(xmlNameRest, r) {
			return false
		}
	}
	return true
}

type xmlMode uint8

const (
	xmlModeText  xmlMode = iota // character data: entities, and ]]> refused
	xmlModeAttr                 // a quoted attribute value: entities
	xmlModeCDATA                // a CDATA section: no entities
)

// decodeXML decodes raw text as encoding/xml's Decoder.text does: entities
// and character references, \r\n and \r as \n, and refuses invalid UTF-8
// and characters XML does not allow. The text is raw itself when nothing
// needed decoding, else appended to dst; dst is returned for reuse. On
// failure msg says why, and bad is where in raw.
func decodeXML(dst, raw []byte, mode xmlMode) (text, dst2 []byte, bad int, msg string) {
	n0 := len(dst)
	copied := false
	run, floor := 0, 0 // raw[run:] is not yet copied; raw[floor:] follows the last entity
	for i := 0; i < len(raw); {
		c := raw[i]
		if textByte[c] == 0 {
			i++
			continue
		}
		switch {
		case c == '&' && mode != xmlModeCDATA:
			r, n, msg := charRef(raw[i:])
			if msg != "" {
				return nil, dst, i, msg
			}
			dst = append(dst, raw[run:i]...)
			dst = utf8.AppendRune(dst, r)
			copied = true
			i += n
			run, floor = i, i
		case c == '\r':
			dst = append(dst, raw[run:i]...)
			dst = append(dst, '\n')
			copied = true
			if i++; i < len(raw) && raw[i] == '\n' {
				i++
			}
			run = i
		case c == '>':
			if mode == xmlModeText && i-2 >= floor && raw[i-1] == ']' && raw[i-2] == ']' {
				return nil, dst, i, "unescaped ]]> not in CDATA section"
			}
			i++
		case c == 0xEF:
			if i+2 < len(raw) && raw[i+1] == 0xBF && raw[i+2] >= 0xBE {
				return nil, dst, i, fmt.Sprintf("illegal character code U+FF%X", raw[i+2]-0xBE+0xFE)
			}
			i++
		case c < 0x20 && c != '\t' && c != '\n':
			return nil, dst, i, fmt.Sprintf("illegal character code %U", rune(c))
		default:
			i++
		}
	}
	if !utf8.Valid(raw) {
		return nil, dst, 0, "invalid UTF-8"
	}
	if !copied {
		return raw, dst, 0, ""
	}
	dst = append(dst, raw[run:]...)
	return dst[n0:], dst, 0, ""
}

// charRef decodes the entity or character reference at the start of b
// (which begins with '&'): the character and the bytes it took.
func charRef(b []byte) (rune, int, string) {
	bad := func(i int) (rune, int, string) {
		ent := string(b[:min(i, 40)])
		if i > 40 {
			ent += "..."
		}
		if i < len(b) && b[i] == ';' {
			ent += ";"
		} else {
			ent += " (no semicolon)"
		}
		return 0, 0, "invalid character entity " + ent
	}
	if len(b) > 1 && b[1] == '#' {
		i, hex := 2, false
		if i < len(b) && b[i] == 'x' {
			i, hex = 3, true
		}
		start := i
		var n uint64
		for ; i < len(b); i++ {
			d := b[i]
			switch {
			case '0' <= d && d <= '9':
				d -= '0'
			case hex && 'a' <= d && d <= 'f':
				d -= 'a' - 10
			case hex && 'A' <= d && d <= 'F':
				d -= 'A' - 10
			default:
				goto end
			}
			if n <= unicode.MaxRune { // past it, it stays past it
				if hex {
					n = n<<4 | uint64(d)
				} else {
					n = n*10 + uint64(d)
				}
			}
		}
	end:
		if i == len(b) || b[i] != ';' || i == start || n > unicode.MaxRune {
			return bad(i)
		}
		r := rune(n)
		if 0xD800 <= r && r < 0xE000 {
			r = utf8.RuneError // string(rune(n)), as encoding/xml writes it
		}
		if !xmlChar(r) {
			return 0, 0, fmt.Sprintf("illegal character code %U", r)
		}
		return r, i + 1, ""
	}
	i := 1
	for i < len(b) && (b[i] >= utf8.RuneSelf || xmlNameByte[b[i]]) {
		i++
	}
	if i == len(b) || b[i] != ';' {
		return bad(i)
	}
	var r rune
	switch string(b[1:i]) {
	case "lt":
		r = '<'
	case "gt":
		r = '>'
	case "amp":
		r = '&'
	case "apos":
		r = '\''
	case "quot":
		r = '"'
	default:
		return bad(i)
	}
	return r, i + 1, ""
}

// xmlChar is encoding/xml's isInCharacterRange: the characters XML 1.0
// allows.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

var (
	xmlNameByte [256]bool // encoding/xml's isNameByte
	tagByte     [256]byte // bytes the search for a tag's end stops at
	textByte    [256]byte // bytes decodeXML stops at
)

func init() {
	for c := range 256 {
		xmlNameByte[c] = 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
			c == '_' || c == ':' || c == '.' || c == '-'
		if c < 0x20 && c != '\t' && c != '\n' {
			textByte[c] = 1
		}
	}
	for _, c := range []byte{'<', '>', '"', '\''} {
		tagByte[c] = 1
	}
	for _, c := range []byte{'&', '\r', '>', 0xEF} {
		textByte[c] = 1
	}
}

// xmlNameFirst and xmlNameRest are encoding/xml's tables of the characters
// that may begin a name and that may follow in one, copied from Go's
// encoding/xml (Copyright 2009 The Go Authors, BSD-style licence) so that
// names are accepted exactly as there. First corresponds to
// (Letter | '_' | ':'), rest to the other NameChars (XML 1.0 Appendix B).
var xmlNameFirst = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x003A, 0x003A, 1},
		{0x0041, 0x005A, 1},
		{0x005F, 0x005F, 1},
		{0x0061, 0x007A, 1},
		{0x00C0, 0x00D6, 1},
		{0x00D8, 0x00F6, 1},
		{0x00F8, 0x00FF, 1},
		{0x0100, 0x0131, 1},
		{0x0134, 0x013E, 1},
		{0x0141, 0x0148, 1},
		{0x014A, 0x017E, 1},
		{0x0180, 0x01C3, 1},
		{0x01CD, 0x01F0, 1},
		{0x01F4, 0x01F5, 1},
		{0x01FA, 0x0217, 1},
		{0x0250, 0x02A8, 1},
		{0x02BB, 0x02C1, 1},
		{0x0386, 0x0386, 1},
		{0x0388, 0x038A, 1},
		{0x038C, 0x038C, 1},
		{0x038E, 0x03A1, 1},
		{0x03A3, 0x03CE, 1},
		{0x03D0, 0x03D6, 1},
		{0x03DA, 0x03E0, 2},
		{0x03E2, 0x03F3, 1},
		{0x0401, 0x040C, 1},
		{0x040E, 0x044F, 1},
		{0x0451, 0x045C, 1},
		{0x045E, 0x0481, 1},
		{0x0490, 0x04C4, 1},
		{0x04C7, 0x04C8, 1},
		{0x04CB, 0x04CC, 1},
		{0x04D0, 0x04EB, 1},
		{0x04EE, 0x04F5, 1},
		{0x04F8, 0x04F9, 1},
		{0x0531, 0x0556, 1},
		{0x0559, 0x0559, 1},
		{0x0561, 0x0586, 1},
		{0x05D0, 0x05EA, 1},
		{0x05F0, 0x05F2, 1},
		{0x0621, 0x063A, 1},
		{0x0641, 0x064A, 1},
		{0x0671, 0x06B7, 1},
		{0x06BA, 0x06BE, 1},
		{0x06C0, 0x06CE, 1},
		{0x06D0, 0x06D3, 1},
		{0x06D5, 0x06D5, 1},
		{0x06E5, 0x06E6, 1},
		{0x0905, 0x0939, 1},
		{0x093D, 0x093D, 1},
		{0x0958, 0x0961, 1},
		{0x0985, 0x098C, 1},
		{0x098F, 0x0990, 1},
		{0x0993, 0x09A8, 1},
		{0x09AA, 0x09B0, 1},
		{0x09B2, 0x09B2, 1},
		{0x09B6, 0x09B9, 1},
		{0x09DC, 0x09DD, 1},
		{0x09DF, 0x09E1, 1},
		{0x09F0, 0x09F1, 1},
		{0x0A05, 0x0A0A, 1},
		{0x0A0F, 0x0A10, 1},
		{0x0A13, 0x0A28, 1},
		{0x0A2A, 0x0A30, 1},
		{0x0A32, 0x0A33, 1},
		{0x0A35, 0x0A36, 1},
		{0x0A38, 0x0A39, 1},
		{0x0A59, 0x0A5C, 1},
		{0x0A5E, 0x0A5E, 1},
		{0x0A72, 0x0A74, 1},
		{0x0A85, 0x0A8B, 1},
		{0x0A8D, 0x0A8D, 1},
		{0x0A8F, 0x0A91, 1},
		{0x0A93, 0x0AA8, 1},
		{0x0AAA, 0x0AB0, 1},
		{0x0AB2, 0x0AB3, 1},
		{0x0AB5, 0x0AB9, 1},
		{0x0ABD, 0x0AE0, 0x23},
		{0x0B05, 0x0B0C, 1},
		{0x0B0F, 0x0B10, 1},
		{0x0B13, 0x0B28, 1},
		{0x0B2A, 0x0B30, 1},
		{0x0B32, 0x0B33, 1},
		{0x0B36, 0x0B39, 1},
		{0x0B3D, 0x0B3D, 1},
		{0x0B5C, 0x0B5D, 1},
		{0x0B5F, 0x0B61, 1},
		{0x0B85, 0x0B8A, 1},
		{0x0B8E, 0x0B90, 1},
		{0x0B92, 0x0B95, 1},
		{0x0B99, 0x0B9A, 1},
		{0x0B9C, 0x0B9C, 1},
		{0x0B9E, 0x0B9F, 1},
		{0x0BA3, 0x0BA4, 1},
		{0x0BA8, 0x0BAA, 1},
		{0x0BAE, 0x0BB5, 1},
		{0x0BB7, 0x0BB9, 1},
		{0x0C05, 0x0C0C, 1},
		{0x0C0E, 0x0C10, 1},
		{0x0C12, 0x0C28, 1},
		{0x0C2A, 0x0C33, 1},
		{0x0C35, 0x0C39, 1},
		{0x0C60, 0x0C61, 1},
		{0x0C85, 0x0C8C, 1},
		{0x0C8E, 0x0C90, 1},
		{0x0C92, 0x0CA8, 1},
		{0x0CAA, 0x0CB3, 1},
		{0x0CB5, 0x0CB9, 1},
		{0x0CDE, 0x0CDE, 1},
		{0x0CE0, 0x0CE1, 1},
		{0x0D05, 0x0D0C, 1},
		{0x0D0E, 0x0D10, 1},
		{0x0D12, 0x0D28, 1},
		{0x0D2A, 0x0D39, 1},
		{0x0D60, 0x0D61, 1},
		{0x0E01, 0x0E2E, 1},
		{0x0E30, 0x0E30, 1},
		{0x0E32, 0x0E33, 1},
		{0x0E40, 0x0E45, 1},
		{0x0E81, 0x0E82, 1},
		{0x0E84, 0x0E84, 1},
		{0x0E87, 0x0E88, 1},
		{0x0E8A, 0x0E8D, 3},
		{0x0E94, 0x0E97, 1},
		{0x0E99, 0x0E9F, 1},
		{0x0EA1, 0x0EA3, 1},
		{0x0EA5, 0x0EA7, 2},
		{0x0EAA, 0x0EAB, 1},
		{0x0EAD, 0x0EAE, 1},
		{0x0EB0, 0x0EB0, 1},
		{0x0EB2, 0x0EB3, 1},
		{0x0EBD, 0x0EBD, 1},
		{0x0EC0, 0x0EC4, 1},
		{0x0F40, 0x0F47, 1},
		{0x0F49, 0x0F69, 1},
		{0x10A0, 0x10C5, 1},
		{0x10D0, 0x10F6, 1},
		{0x1100, 0x1100, 1},
		{0x1102, 0x1103, 1},
		{0x1105, 0x1107, 1},
		{0x1109, 0x1109, 1},
		{0x110B, 0x110C, 1},
		{0x110E, 0x1112, 1},
		{0x113C, 0x1140, 2},
		{0x114C, 0x1150, 2},
		{0x1154, 0x1155, 1},
		{0x1159, 0x1159, 1},
		{0x115F, 0x1161, 1},
		{0x1163, 0x1169, 2},
		{0x116D, 0x116E, 1},
		{0x1172, 0x1173, 1},
		{0x1175, 0x119E, 0x119E - 0x1175},
		{0x11A8, 0x11AB, 0x11AB - 0x11A8},
		{0x11AE, 0x11AF, 1},
		{0x11B7, 0x11B8, 1},
		{0x11BA, 0x11BA, 1},
		{0x11BC, 0x11C2, 1},
		{0x11EB, 0x11F0, 0x11F0 - 0x11EB},
		{0x11F9, 0x11F9, 1},
		{0x1E00, 0x1E9B, 1},
		{0x1EA0, 0x1EF9, 1},
		{0x1F00, 0x1F15, 1},
		{0x1F18, 0x1F1D, 1},
		{0x1F20, 0x1F45, 1},
		{0x1F48, 0x1F4D, 1},
		{0x1F50, 0x1F57, 1},
		{0x1F59, 0x1F5B, 0x1F5B - 0x1F59},
		{0x1F5D, 0x1F5D, 1},
		{0x1F5F, 0x1F7D, 1},
		{0x1F80, 0x1FB4, 1},
		{0x1FB6, 0x1FBC, 1},
		{0x1FBE, 0x1FBE, 1},
		{0x1FC2, 0x1FC4, 1},
		{0x1FC6, 0x1FCC, 1},
		{0x1FD0, 0x1FD3, 1},
		{0x1FD6, 0x1FDB, 1},
		{0x1FE0, 0x1FEC, 1},
		{0x1FF2, 0x1FF4, 1},
		{0x1FF6, 0x1FFC, 1},
		{0x2126, 0x2126, 1},
		{0x212A, 0x212B, 1},
		{0x212E, 0x212E, 1},
		{0x2180, 0x2182, 1},
		{0x3007, 0x3007, 1},
		{0x3021, 0x3029, 1},
		{0x3041, 0x3094, 1},
		{0x30A1, 0x30FA, 1},
		{0x3105, 0x312C, 1},
		{0x4E00, 0x9FA5, 1},
		{0xAC00, 0xD7A3, 1},
	},
}

var xmlNameRest = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x002D, 0x002E, 1},
		{0x0030, 0x0039, 1},
		{0x00B7, 0x00B7, 1},
		{0x02D0, 0x02D1, 1},
		{0x0300, 0x0345, 1},
		{0x0360, 0x0361, 1},
		{0x0387, 0x0387, 1},
		{0x0483, 0x0486, 1},
		{0x0591, 0x05A1, 1},
		{0x05A3, 0x05B9, 1},
		{0x05BB, 0x05BD, 1},
		{0x05BF, 0x05BF, 1},
		{0x05C1, 0x05C2, 1},
		{0x05C4, 0x0640, 0x0640 - 0x05C4},
		{0x064B, 0x0652, 1},
		{0x0660, 0x0669, 1},
		{0x0670, 0x0670, 1},
		{0x06D6, 0x06DC, 1},
		{0x06DD, 0x06DF, 1},
		{0x06E0, 0x06E4, 1},
		{0x06E7, 0x06E8, 1},
		{0x06EA, 0x06ED, 1},
		{0x06F0, 0x06F9, 1},
		{0x0901, 0x0903, 1},
		{0x093C, 0x093C, 1},
		{0x093E, 0x094C, 1},
		{0x094D, 0x094D, 1},
		{0x0951, 0x0954, 1},
		{0x0962, 0x0963, 1},
		{0x0966, 0x096F, 1},
		{0x0981, 0x0983, 1},
		{0x09BC, 0x09BC, 1},
		{0x09BE, 0x09BF, 1},
		{0x09C0, 0x09C4, 1},
		{0x09C7, 0x09C8, 1},
		{0x09CB, 0x09CD, 1},
		{0x09D7, 0x09D7, 1},
		{0x09E2, 0x09E3, 1},
		{0x09E6, 0x09EF, 1},
		{0x0A02, 0x0A3C, 0x3A},
		{0x0A3E, 0x0A3F, 1},
		{0x0A40, 0x0A42, 1},
		{0x0A47, 0x0A48, 1},
		{0x0A4B, 0x0A4D, 1},
		{0x0A66, 0x0A6F, 1},
		{0x0A70, 0x0A71, 1},
		{0x0A81, 0x0A83, 1},
		{0x0ABC, 0x0ABC, 1},
		{0x0ABE, 0x0AC5, 1},
		{0x0AC7, 0x0AC9, 1},
		{0x0ACB, 0x0ACD, 1},
		{0x0AE6, 0x0AEF, 1},
		{0x0B01, 0x0B03, 1},
		{0x0B3C, 0x0B3C, 1},
		{0x0B3E, 0x0B43, 1},
		{0x0B47, 0x0B48, 1},
		{0x0B4B, 0x0B4D, 1},
		{0x0B56, 0x0B57, 1},
		{0x0B66, 0x0B6F, 1},
		{0x0B82, 0x0B83, 1},
		{0x0BBE, 0x0BC2, 1},
		{0x0BC6, 0x0BC8, 1},
		{0x0BCA, 0x0BCD, 1},
		{0x0BD7, 0x0BD7, 1},
		{0x0BE7, 0x0BEF, 1},
		{0x0C01, 0x0C03, 1},
		{0x0C3E, 0x0C44, 1},
		{0x0C46, 0x0C48, 1},
		{0x0C4A, 0x0C4D, 1},
		{0x0C55, 0x0C56, 1},
		{0x0C66, 0x0C6F, 1},
		{0x0C82, 0x0C83, 1},
		{0x0CBE, 0x0CC4, 1},
		{0x0CC6, 0x0CC8, 1},
		{0x0CCA, 0x0CCD, 1},
		{0x0CD5, 0x0CD6, 1},
		{0x0CE6, 0x0CEF, 1},
		{0x0D02, 0x0D03, 1},
		{0x0D3E, 0x0D43, 1},
		{0x0D46, 0x0D48, 1},
		{0x0D4A, 0x0D4D, 1},
		{0x0D57, 0x0D57, 1},
		{0x0D66, 0x0D6F, 1},
		{0x0E31, 0x0E31, 1},
		{0x0E34, 0x0E3A, 1},
		{0x0E46, 0x0E46, 1},
		{0x0E47, 0x0E4E, 1},
		{0x0E50, 0x0E59, 1},
		{0x0EB1, 0x0EB1, 1},
		{0x0EB4, 0x0EB9, 1},
		{0x0EBB, 0x0EBC, 1},
		{0x0EC6, 0x0EC6, 1},
		{0x0EC8, 0x0ECD, 1},
		{0x0ED0, 0x0ED9, 1},
		{0x0F18, 0x0F19, 1},
		{0x0F20, 0x0F29, 1},
		{0x0F35, 0x0F39, 2},
		{0x0F3E, 0x0F3F, 1},
		{0x0F71, 0x0F84, 1},
		{0x0F86, 0x0F8B, 1},
		{0x0F90, 0x0F95, 1},
		{0x0F97, 0x0F97, 1},
		{0x0F99, 0x0FAD, 1},
		{0x0FB1, 0x0FB7, 1},
		{0x0FB9, 0x0FB9, 1},
		{0x20D0, 0x20DC, 1},
		{0x20E1, 0x3005, 0x3005 - 0x20E1},
		{0x302A, 0x302F, 1},
		{0x3031, 0x3035, 1},
		{0x3099, 0x309A, 1},
		{0x309D, 0x309E, 1},
		{0x30FC, 0x30FE, 1},
	},
}
