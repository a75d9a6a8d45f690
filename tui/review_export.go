package tui

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"shinsa/report"
	"shinsa/review"
)

// exportDir is the folder reports are written to: the case file's, made
// absolute so the message says where they are.
func (c *Common) exportDir() string {
	dir := filepath.Dir(c.caseFile)
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return dir
}

// reportNames are the files an export of app writes.
func reportNames(app int64) []string {
	var names []string
	for _, kind := range []report.Kind{report.Committee, report.Letter} {
		for _, format := range []report.Format{report.HTML, report.Markdown} {
			names = append(names, fmt.Sprintf("%d-%s%s", app, kind, format.Ext()))
		}
	}
	return names
}

// askExport exports, asking first when that would overwrite reports
// written before.
func (m *reviewScreen) askExport() tea.Cmd {
	dir := m.c.exportDir()
	var there []string
	for _, n := range reportNames(m.appID) {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
			there = append(there, n)
		}
	}
	if len(there) == 0 {
		return m.exportNow()
	}
	m.ask = &question{yes: m.exportNow}
	m.c.status.prompt(m.c.tf("%s in %s already exist: overwrite them? y/n", strings.Join(there, ", "), dir))
	return nil
}

// exportNow exports now, or once the saves still out are back, so the
// reports have every verdict the reviewer gave.
func (m *reviewScreen) exportNow() tea.Cmd {
	if !m.idle() {
		m.export, m.exportDue = true, true
		m.c.status.info(m.c.t("exporting once every change is saved…"))
		return nil
	}
	return m.startExport()
}

// exportWhenSaved starts an export that waited for saves, once none is
// out; one that cannot be saved cancels it (the failure says why).
func (m *reviewScreen) exportWhenSaved() tea.Cmd {
	switch {
	case !m.exportDue:
		return nil
	case m.blocked() != "":
		m.export, m.exportDue = false, false
		return nil
	case !m.idle():
		return nil
	}
	m.exportDue = false
	return m.startExport()
}

// startExport writes the committee report and the letter of this
// application, as HTML and Markdown, next to the case file.
func (m *reviewScreen) startExport() tea.Cmd {
	m.export = true
	m.c.status.info(m.c.t("exporting…"))
	c, id, d := m.c, m.id, m.d
	findings := maps.Clone(m.findings)
	dir := c.exportDir()
	return func() tea.Msg {
		names, err := writeReports(c, d, findings, dir)
		return exportedMsg{to: to{id}, app: d.app.ID, dir: dir, names: names, err: err}
	}
}

func writeReports(c *Common, d *reviewData, findings map[string]review.Finding, dir string) ([]string, error) {
	anchor, err := c.store.Anchor(c.ctx)
	if err != nil {
		return nil, err
	}
	in := report.Input{App: d.app, Catalog: d.cat, Registry: d.reg, Answers: d.answers, Findings: findings,
		Problems: d.problems, Diffs: d.diffs, Previous: d.prev, Anchor: report.Anchor{Head: anchor.Head, Count: anchor.Count},
		Reviewer: c.reviewer, Date: c.today, CaseFile: c.caseFile}
	if err := reportEvidence(c, d.app.ID, &in); err != nil {
		return nil, err
	}
	rounds, err := c.store.Rounds(c.ctx, d.app.ID)
	if err != nil {
		return nil, err
	}
	for _, r := range rounds {
		fs := findings
		if r.ID != d.app.ID {
			if fs, err = c.store.Findings(c.ctx, r.ID); err != nil {
				return nil, err
			}
		}
		in.Rounds = append(in.Rounds, report.Round{App: r, Findings: fs})
	}
	var names []string
	for _, kind := range []report.Kind{report.Committee, report.Letter} {
		for _, format := range []report.Format{report.HTML, report.Markdown} {
			var b bytes.Buffer
			if err := report.Write(&b, in, kind, format); err != nil {
				return names, err
			}
			name := fmt.Sprintf("%d-%s%s", d.app.ID, kind, format.Ext()) // as reportNames
			if err := writeFileAtomic(filepath.Join(dir, name), b.Bytes()); err != nil {
				return names, err
			}
			names = append(names, name)
		}
	}
	return names, nil
}

// writeFileAtomic writes under a temporary name and renames, so a reader
// never sees half a report.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

func (m *reviewScreen) exported(msg exportedMsg) {
	m.export = false
	if msg.err != nil {
		m.c.status.err(m.c.tf("export failed: %v", msg.err))
		return
	}
	var html []string
	for _, n := range msg.names {
		if strings.HasSuffix(n, ".html") {
			html = append(html, n)
		}
	}
	m.c.status.ok(m.c.tf("wrote %s (and .md) in %s", strings.Join(html, ", "), CleanLine(msg.dir)))
}

// reportEvidence gives the reports the citations and the evidence index as
// the case file holds them now (a colleague may have cited since loading),
// as 'shinsa report' does.
func reportEvidence(c *Common, app int64, in *report.Input) error {
	cites, err := c.store.Citations(c.ctx, app)
	if err != nil {
		return err
	}
	in.Citations = map[string][]report.Citation{}
	for item, cs := range cites {
		for _, ct := range cs {
			in.Citations[item] = append(in.Citations[item], report.Citation{Name: ct.Name, Page: ct.Page, SHA256: ct.SHA256})
		}
	}
	files, err := c.store.Evidence(c.ctx, app)
	if err != nil {
		return err
	}
	for _, f := range files {
		in.Evidence = append(in.Evidence, report.EvidenceFile{Name: f.Name, Size: f.Size, MediaType: f.MediaType, SHA256: f.SHA256, Rows: f.Rows})
	}
	return nil
}
