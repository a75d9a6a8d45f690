package report

import (
	"bytes"
	"context"
	"io"

	"shinsa/pdf"
)

// writePDF prints the HTML rendering (A4 print styles) in a local browser,
// with page numbers at the foot of every page.
func writePDF(w io.Writer, d *doc) error {
	var html bytes.Buffer
	if err := writeHTML(&html, d); err != nil {
		return err
	}
	b, err := pdf.Render(context.Background(), html.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
