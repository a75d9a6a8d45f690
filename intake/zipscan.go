package intake

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// The workbook's package: the zip parts, found as Excel finds them, each
// read through a decoder that refuses other encodings and DTD tricks.

type cellRange struct{ c1, r1, c2, r2 int }

type relationships struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// resolve turns a relationship target into a part name: absolute targets
// start at the package root, others at the folder of the part they are
// relative to.
func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return path.Join(dir, target)
}

// part returns a zip part by name, ignoring case and backslashes as
// excelize does.
func (w *workbook) part(name string) *zip.File {
	for _, f := range w.zr.File {
		if strings.EqualFold(strings.ReplaceAll(f.Name, `\`, "/"), name) {
			return f
		}
	}
	return nil
}

// open opens a part for reading. archive/zip refuses to inflate a part past
// the size its header declares, and openWorkbook has checked those sizes
// against the limits, so what is read here is bounded whatever the file
// claims.
func (w *workbook) open(name string) (io.ReadCloser, error) {
	p := w.part(name)
	if p == nil {
		return nil, fmt.Errorf("the workbook has no %s", name)
	}
	return p.Open()
}

func newDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	d.CharsetReader = refuseCharset
	return d
}

func (w *workbook) unmarshalPart(name string, v any) error {
	rc, err := w.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := newDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

func refuseCharset(label string, _ io.Reader) (io.Reader, error) {
	return nil, fmt.Errorf("XML in encoding %q is not supported", label)
}

// readPackage finds the workbook part through the package's relationships
// (xl/workbook.xml in practice), and from it the sheets in order, the date
// system, and the shared strings and styles parts.
func (w *workbook) readPackage() error {
	wbPart := "xl/workbook.xml"
	var root relationships
	if w.unmarshalPart("_rels/.rels", &root) == nil {
		for _, r := range root.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wbPart = resolve("", r.Target)
			}
		}
	}
	var wb struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels relationships
	if err := w.unmarshalPart(wbPart, &wb); err != nil {
		return err
	}
	w.date1904 = wb.Pr.Date1904 == "1" || strings.EqualFold(wb.Pr.Date1904, "true")
	dir, base := path.Split(wbPart)
	if err := w.unmarshalPart(path.Join(dir, "_rels", base+".rels"), &rels); err != nil {
		return err
	}
	target := map[string]string{}
	w.sstPart, w.stylesPart = path.Join(dir, "sharedStrings.xml"), path.Join(dir, "styles.xml")
	for _, r := range rels.Rels {
		target[r.ID] = resolve(dir, r.Target)
		switch {
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			w.sstPart = resolve(dir, r.Target)
		case strings.HasSuffix(r.Type, "/styles"):
			w.stylesPart = resolve(dir, r.Target)
		}
	}
	for _, s := range wb.Sheets {
		var name, id string
		for _, a := range s.Attrs {
			switch a.Name.Local {
			case "name":
				name = a.Value
			case "id":
				id = a.Value
			}
		}
		w.sheets = append(w.sheets, sheetRef{name: name, part: target[id]})
	}
	return nil
}

// sheetNames lists the sheets in workbook order.
func (w *workbook) sheetNames() []string {
	out := make([]string, len(w.sheets))
	for i, s := range w.sheets {
		out[i] = s.name
	}
	return out
}

// readSharedStrings reads the shared strings part as a token stream: each
// <si>'s text is its <t> and its runs' <t>, not the phonetic guides (<rPh>)
// Japanese Excel adds, decoded as excelize does (_xHHHH_ escapes). The
// number of strings is bounded by the cell limit: each must belong to a
// cell.
func (w *workbook) readSharedStrings() error {
	if w.part(w.sstPart) == nil {
		return nil
	}
	damaged := func(err error) error {
		return errorf(w.file, w.sstPart, "the shared strings' XML is damaged (%v); open and save the workbook in Excel again", err)
	}
	rc, err := w.open(w.sstPart)
	if err != nil {
		return damaged(err)
	}
	defer rc.Close()
	d := newXMLScanner(rc)
	var (
		depth, phonetic int
		inSI, inT       bool
		text            []byte
		long            int // bytes of the current string past the limit
	)
	for {
		t, err := d.next()
		if errors.Is(err, io.EOF) {
			if depth != 0 {
				return damaged(io.ErrUnexpectedEOF)
			}
			return nil
		}
		if err != nil {
			return damaged(err)
		}
		switch t.Kind {
		case xmlStart:
			depth++
			switch string(t.Name.Local) {
			case "si":
				if len(w.sst) >= w.lim.Cells {
					return errorf(w.file, w.sstPart, "the workbook has more than %d shared strings, the cell limit (raise it with --max-cells)", w.lim.Cells)
				}
				inSI, text, long = true, text[:0], 0
			case "rPh":
				phonetic++
			case "t":
				inT = inSI && phonetic == 0
			}
		case xmlEnd:
			depth--
			switch string(t.Name.Local) {
			case "si":
				if long > 0 {
					// Refused when a cell shows it, naming the cell.
					if w.sstOver == nil {
						w.sstOver = map[int]int{}
					}
					w.sstOver[len(w.sst)] = len(text) + long
					w.sst = append(w.sst, "")
				} else {
					w.sst = append(w.sst, bstrUnmarshal(string(text)))
				}
				inSI = false
			case "rPh":
				phonetic--
			case "t":
				inT = false
			}
		case xmlText:
			if inT {
				if long > 0 || len(text)+len(t.Text) > w.lim.Cell {
					long += len(t.Text)
					continue
				}
				text = append(text, t.Text...)
			}
		}
	}
}

// readStyles reads the number format of each cell style: the cellXfs
// entries' numFmtId, and the workbook's own format codes.
func (w *workbook) readStyles() error {
	if w.part(w.stylesPart) == nil {
		return nil
	}
	var st struct {
		NumFmts []struct {
			ID     int    `xml:"numFmtId,attr"`
			Code   string `xml:"formatCode,attr"`
			Code16 string `xml:"formatCode16,attr"` // x16r2: preferred, as in excelize
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := w.unmarshalPart(w.stylesPart, &st); err != nil {
		return errorf(w.file, w.stylesPart, "the styles' XML is damaged (%v); open and save the workbook in Excel again", err)
	}
	w.numFmts = map[int]string{}
	for _, f := range st.NumFmts {
		if _, dup := w.numFmts[f.ID]; dup {
			continue // excelize takes the first
		}
		if f.Code16 != "" {
			f.Code = f.Code16
		}
		w.numFmts[f.ID] = f.Code
	}
	w.xfs = make([]int, len(st.Xfs))
	for i, x := range st.Xfs {
		w.xfs[i] = x.NumFmt
	}
	return nil
}

// bstrUnmarshal decodes the _xHHHH_ escapes OOXML uses for characters XML
// 1.0 cannot hold, exactly as excelize does.
func bstrUnmarshal(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 || i+7 > len(s) {
			break
		}
		h := s[i+2 : i+6]
		if s[i+6] != '_' || !isHex4(h) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		if h == "005F" || h == "005f" {
			b.WriteByte('_')
		} else if r, ok := hexRune(h); ok {
			b.WriteRune(r)
		}
		s = s[i+7:]
	}
	b.WriteString(s)
	return b.String()
}

func isHex4(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return len(h) == 4
}

// hexRune is what strconv.Unquote makes of "\uHHHH": no rune for a lone
// surrogate.
func hexRune(h string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := h[i]
		switch {
		case c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a':
			r = r<<4 | rune(c-'a'+10)
		default:
			r = r<<4 | rune(c-'A'+10)
		}
	}
	if 0xD800 <= r && r < 0xE000 {
		return 0, false
	}
	return r, true
}
