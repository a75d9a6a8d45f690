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

	"github.com/xuri/excelize/v2"
)

// excelize's Rows iterator stops quietly at the first XML error, so a
// damaged sheet would read as a shorter one, and its GetMergeCells decodes
// the whole sheet into memory and compares every merged range with every
// other. scanSheet reads the sheet's XML once as a token stream instead: it
// proves the XML is whole and collects the merged ranges.

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

// sheetPath finds the zip part of a sheet as Excel does: the package's
// officeDocument relationship names the workbook part (xl/workbook.xml in
// practice), the workbook names its sheets, and its relationships name
// their parts.
func (w *workbook) sheetPath(sheet string) (string, error) {
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
		Sheets []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels relationships
	if err := w.unmarshalPart(wbPart, &wb); err != nil {
		return "", err
	}
	dir, base := path.Split(wbPart)
	if err := w.unmarshalPart(path.Join(dir, "_rels", base+".rels"), &rels); err != nil {
		return "", err
	}
	rid := ""
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
		if name == sheet {
			rid = id
		}
	}
	for _, r := range rels.Rels {
		if r.ID == rid && rid != "" {
			return resolve(dir, r.Target), nil
		}
	}
	return "", fmt.Errorf("sheet %s has no part in the workbook", sheet)
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

func (w *workbook) unmarshalPart(name string, v any) error {
	p := w.part(name)
	if p == nil {
		return fmt.Errorf("the workbook has no %s", name)
	}
	rc, err := p.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.CharsetReader = refuseCharset
	if err := d.Decode(v); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

func refuseCharset(label string, _ io.Reader) (io.Reader, error) {
	return nil, fmt.Errorf("XML in encoding %q is not supported", label)
}

// scanSheet reads a sheet's XML to its end and returns its merged ranges. A
// sheet whose XML breaks off or does not parse is refused: reading on would
// silently drop the rows after the damage.
func (w *workbook) scanSheet(sheet string) ([]cellRange, error) {
	damaged := func(err error) error {
		return errorf(w.file, "sheet "+sheet, "the sheet's XML is damaged (%v); open and save the workbook in Excel again", err)
	}
	name, err := w.sheetPath(sheet)
	if err != nil {
		return nil, damaged(err)
	}
	p := w.part(name)
	if p == nil {
		return nil, damaged(fmt.Errorf("missing part %s", name))
	}
	rc, err := p.Open()
	if err != nil {
		return nil, damaged(err)
	}
	defer rc.Close()
	d := xml.NewDecoder(bufio.NewReaderSize(rc, 64<<10))
	d.CharsetReader = refuseCharset
	var merges []cellRange
	depth := 0
	for {
		// RawToken skips namespace translation, which this scan does not
		// need; the depth count catches a sheet that breaks off between tags.
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			if depth != 0 {
				return nil, damaged(io.ErrUnexpectedEOF)
			}
			break
		}
		if err != nil {
			return nil, damaged(err)
		}
		if _, ok := tok.(xml.EndElement); ok {
			depth--
			continue
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		depth++
		if se.Name.Local != "mergeCell" {
			continue
		}
		for _, a := range se.Attr {
			if a.Name.Local != "ref" {
				continue
			}
			from, to, ok := strings.Cut(a.Value, ":")
			if !ok {
				break
			}
			c1, r1, err1 := excelize.CellNameToCoordinates(from)
			c2, r2, err2 := excelize.CellNameToCoordinates(to)
			if err1 != nil || err2 != nil {
				return nil, damaged(fmt.Errorf("merged range %q", a.Value))
			}
			if len(merges) == w.lim.Rows {
				return nil, errorf(w.file, "sheet "+sheet, "the sheet has more than %d merged ranges, the limit (raise --max-rows)", w.lim.Rows)
			}
			merges = append(merges, cellRange{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)})
		}
	}
	return merges, nil
}
