package report

import (
	"fmt"
	"strings"
)

// Citation is a finding's reference to an evidence document: its name, an
// optional page and the SHA-256 of the version the reviewer read.
type Citation struct {
	Name   string `json:"name"`
	Page   string `json:"page,omitempty"`
	SHA256 string `json:"sha256"`
}

// EvidenceFile is one document of the application's evidence, for the
// committee report's index.
type EvidenceFile struct {
	Name      string   `json:"name"`
	Size      int64    `json:"size"`
	MediaType string   `json:"media_type"`
	SHA256    string   `json:"sha256"`
	Rows      []string `json:"rows"`
}

// citationLabel is how a citation reads in a report: 登記簿.pdf p.12
// （SHA-256 3f2a9c1e…）. Every part is sanitised.
func citationLabel(c Citation) string {
	s := line(c.Name)
	if p := strings.TrimSpace(line(c.Page)); p != "" {
		s += " p." + strings.TrimPrefix(strings.TrimPrefix(p, "p."), "p")
	}
	sha := line(c.SHA256)
	if len(sha) > 12 {
		sha = sha[:12]
	}
	return s + "（SHA-256 " + sha + "…）"
}

func citationsText(r row) string { return strings.Join(r.Citations, "、") }

// citationShort is a citation in a table cell or a link's text: 登記簿.pdf
// p.12, sanitised.
func citationShort(c Citation) string {
	s := line(c.Name)
	if p := strings.TrimSpace(line(c.Page)); p != "" {
		s += " p." + strings.TrimPrefix(strings.TrimPrefix(p, "p."), "p")
	}
	return s
}

// citationsCell is a row's citations for the CSV and XLSX 根拠資料 column:
// 登記簿.pdf p.12; 決算書.pdf.
func citationsCell(r row) string {
	parts := make([]string, len(r.Cited))
	for i, c := range r.Cited {
		parts[i] = citationShort(c)
	}
	return strings.Join(parts, "; ")
}

// evidenceEntry is a row of the evidence index, sanitised.
type evidenceEntry struct {
	Name, Size, MediaType, SHA256, Rows string
}

func evidenceIndex(in *Input) []evidenceEntry {
	out := make([]evidenceEntry, 0, len(in.Evidence))
	for _, e := range in.Evidence {
		rows := line(strings.Join(e.Rows, ", "))
		if rows == "" {
			rows = "—"
		}
		out = append(out, evidenceEntry{Name: line(e.Name), Size: sizeText(e.Size), MediaType: line(e.MediaType), SHA256: line(e.SHA256), Rows: rows})
	}
	return out
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// evidenceSheet is the workbook's evidence index, as the committee report
// ends with: one row per stored file.
func (b *book) evidenceSheet(d *doc) {
	if len(d.Evidence) == 0 {
		return
	}
	const s = "証跡一覧"
	b.newSheet(s)
	rows := make([][]string, len(d.Evidence))
	for i, e := range d.Evidence {
		rows[i] = []string{e.Name, e.Size, e.MediaType, e.SHA256, e.Rows}
	}
	b.table(s, []string{"資料名", "サイズ", "種類", "SHA-256", "項目ID"}, []float64{36, 10, 30, 70, 20}, rows)
}
