package tui

import (
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"shinsa/review"
	"shinsa/store"
)

// The detail pane lists the focused row's evidence files with one of them
// selected ([ and ] move the selection): o opens it from a private copy with
// the desktop's viewer (over SSH it shows the hash and the command that
// fetches it instead), c cites it in the row's finding, with a page.

// evidenceOpenedMsg: a private copy was handed to the desktop's opener.
type evidenceOpenedMsg struct {
	to
	name, path string
	err        error
}

// evidenceCitedMsg: a citation came back from the store, with the
// application's citations as they now are.
type evidenceCitedMsg struct {
	to
	item  string
	cited []store.Citation
	all   map[string][]store.Citation
	err   error
}

// rowFiles are the evidence files of a row: those linked to it, then those
// its finding cites that are linked elsewhere, in the order added.
func (m *reviewScreen) rowFiles(item string) []store.EvidenceFile {
	if m.d == nil {
		return nil
	}
	var out []store.EvidenceFile
	cited := map[string]bool{}
	for _, c := range m.d.citations[item] {
		cited[c.SHA256] = true
	}
	for _, f := range m.d.evidence {
		if slices.Contains(f.Rows, item) {
			out = append(out, f)
		}
	}
	for _, f := range m.d.evidence {
		if !slices.Contains(f.Rows, item) && cited[f.SHA256] && !slices.ContainsFunc(out, func(g store.EvidenceFile) bool { return g.SHA256 == f.SHA256 }) {
			out = append(out, f)
		}
	}
	return out
}

// evIndex is the selected file's index in the row's list.
func (m *reviewScreen) evIndex(item string, n int) int {
	if m.evRow != item || n == 0 {
		return 0
	}
	return clamp(m.evSel, 0, n-1)
}

// selectedFile is the focused row's selected evidence file.
func (m *reviewScreen) selectedFile() (string, store.EvidenceFile, bool) {
	ri := m.selectedRow()
	if ri < 0 {
		return "", store.EvidenceFile{}, false
	}
	item := m.rows[ri].id
	fs := m.rowFiles(item)
	if len(fs) == 0 {
		return item, store.EvidenceFile{}, false
	}
	return item, fs[m.evIndex(item, len(fs))], true
}

// pages lists the pages a row's citations of one file give.
func pages(cs []store.Citation, sha string) (cited bool, ps []string) {
	for _, c := range cs {
		if c.SHA256 != sha {
			continue
		}
		cited = true
		if p := CleanLine(c.Page); p != "" {
			if !strings.HasPrefix(strings.ToLower(p), "p") {
				p = "p." + p
			}
			if !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
	}
	return cited, ps
}

// evidenceSection lists the row's files: name, size, short hash, the pages
// cited; the selected one marked. Over SSH, after o, the selected file's
// full hash and the command that fetches it.
func (m *reviewScreen) evidenceSection(p *page, item string) {
	fs := m.rowFiles(item)
	if len(fs) == 0 {
		return
	}
	c, st := m.c, m.c.styles
	p.blank()
	p.headed(" "+st.Header.Render(c.t("Evidence")), st.Dim.Render(c.t("[ ] select · o open · c cite")))
	sel := m.evIndex(item, len(fs))
	for i, f := range fs {
		mark := "  "
		if i == sel {
			mark = st.Key.Render("> ")
		}
		line := CleanLine(f.Name) + "  " + store.FormatSize(f.Size) + "  " + review.ShortHash(f.SHA256)
		if cited, ps := pages(m.d.citations[item], f.SHA256); cited {
			if len(ps) == 0 {
				line += "  " + c.t("cited")
			} else {
				line += "  " + c.tf("cited %s", strings.Join(ps, ", "))
			}
		}
		ws := Wrap(line, max(1, p.w-4))
		for j, l := range ws {
			if j == 0 {
				p.line(" " + mark + l)
			} else {
				p.line("    " + l)
			}
		}
		if i == sel && m.evFetch == f.SHA256 {
			p.text("SHA-256 "+f.SHA256, 4, &st.Dim)
			p.text(c.t("fetch it with:")+" "+m.fetchCommand(f), 4, nil)
		}
	}
}

// fetchCommand is the command that writes the file out of the case file.
func (m *reviewScreen) fetchCommand(f store.EvidenceFile) string {
	name := copyName(f)
	if name == "" {
		name = CleanLine(store.CleanEvidenceName(f.Name))
	}
	return "shinsa evidence get " + CleanLine(shellQuote(m.c.caseFile)) + " " + f.SHA256 + " -o " + shellQuote(name)
}

// evidenceWhy says why there is no file to act on.
func (m *reviewScreen) evidenceWhy() string {
	if !m.loaded {
		return m.c.t("still loading")
	}
	item, _, ok := m.selectedFile()
	if item == "" {
		return m.c.t("no row is selected")
	}
	if !ok {
		return m.c.tf("row %s has no evidence files", item)
	}
	return ""
}

// stepEvidence moves the selection in the row's evidence list.
func (m *reviewScreen) stepEvidence(d int) {
	item, _, ok := m.selectedFile()
	if !ok {
		return
	}
	n := len(m.rowFiles(item))
	m.evSel = clamp(m.evIndex(item, n)+d, 0, n-1)
	m.evRow = item
	m.evFetch = ""
	m.refreshDetail()
	m.showSelectedFile()
}

// showSelectedFile scrolls the right pane so the selected file is in view.
func (m *reviewScreen) showSelectedFile() {
	for i, l := range m.detail {
		if strings.Contains(l, "> ") && i < len(m.detail) {
			if i < m.dOff || i >= m.dOff+m.bodyH() {
				m.dOff = clamp(i-m.bodyH()/2, 0, max(0, len(m.detail)-m.bodyH()))
			}
			return
		}
	}
}

// openEvidence opens the selected file: a private copy handed to the
// desktop's viewer; over SSH, the hash and the fetch command instead,
// nothing opened on the server.
func (m *reviewScreen) openEvidence() tea.Cmd {
	c := m.c
	item, f, ok := m.selectedFile()
	if !ok {
		return nil
	}
	name := CleanLine(f.Name)
	if c.remoteSession() {
		m.evRow, m.evFetch = item, f.SHA256
		m.evSel = m.evIndex(item, len(m.rowFiles(item)))
		m.refreshDetail()
		m.showSelectedFile()
		c.status.info(c.tf("%s is not opened on the server: its SHA-256 and the command that fetches it are shown", name))
		return nil
	}
	id, s, ctx := m.id, c.store, c.ctx
	c.status.info(c.tf("opening %s…", name))
	return func() tea.Msg {
		p, err := privateCopy(ctx, s, f)
		if err == nil {
			c.keepCopy(p)
			err = c.openFile(p)
		}
		return evidenceOpenedMsg{to: to{id}, name: name, path: p, err: err}
	}
}

func (m *reviewScreen) evidenceOpened(msg evidenceOpenedMsg) {
	c := m.c
	switch {
	case msg.err == errNoDesktop:
		c.status.warn(c.tf("%s: no desktop to open it on; a private copy is at %s", msg.name, CleanLine(msg.path)))
	case msg.err != nil:
		c.status.err(c.tf("%s not opened: %v", msg.name, msg.err))
	default:
		c.status.ok(c.tf("opened %s (a private copy)", msg.name))
	}
}

// citeWhy says why the selected file cannot be cited now.
func (m *reviewScreen) citeWhy() string {
	c := m.c
	if c.readOnly != "" {
		return c.readOnly
	}
	if why := m.evidenceWhy(); why != "" {
		return why
	}
	if m.d != nil && closedStatus(m.d.app.Status) {
		return c.tf("#%d is %s: its findings are closed", m.appID, c.t(string(m.d.app.Status)))
	}
	return ""
}

// askCite opens the command line with :cite, for the page to be typed
// (enter alone cites the file without a page).
func (m *reviewScreen) askCite() tea.Cmd {
	m.openCommandLine()
	m.line.ti.SetValue("cite ")
	m.line.ti.CursorEnd()
	return nil
}

// cite records that the row's finding rests on the selected file (at a
// page), through the store's citation API, as 'shinsa finding --evidence'
// does: the finding's fields are not touched, so nothing is merged over.
func (m *reviewScreen) cite(page string) tea.Cmd {
	c := m.c
	item, f, ok := m.selectedFile()
	if !ok {
		return nil
	}
	id, app, s, ctx, who := m.id, m.appID, c.store, c.ctx, c.reviewer
	in := []store.Citation{{Name: f.Name, Page: strings.TrimSpace(page)}}
	return func() tea.Msg {
		cs, err := s.CiteEvidence(ctx, app, item, who, in)
		msg := evidenceCitedMsg{to: to{id}, item: item, cited: cs, err: err}
		if err == nil {
			msg.all, msg.err = s.Citations(ctx, app)
		}
		return msg
	}
}

func (m *reviewScreen) evidenceCited(msg evidenceCitedMsg) {
	c := m.c
	if msg.err != nil {
		c.status.err(c.tf("%s: not cited: %v", msg.item, msg.err))
		return
	}
	if m.d != nil {
		m.d.citations = msg.all
	}
	clear(m.dCache)
	m.refreshDetail()
	var what []string
	for _, ct := range msg.cited {
		w := CleanLine(ct.Name)
		if ct.Page != "" {
			w += " " + CleanLine(ct.Page)
		}
		what = append(what, w+" ("+review.ShortHash(ct.SHA256)+")")
	}
	c.status.ok(c.tf("%s cites %s", msg.item, strings.Join(what, ", ")))
}
