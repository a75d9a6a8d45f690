package tui

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"shinsa/review"
	"shinsa/store"
)

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// addEvidence stores files (name → content) for an application, linked to
// the row.
func addEvidence(t testing.TB, s *store.Store, app int64, row string, files ...string) {
	t.Helper()
	var ins []store.EvidenceInput
	for i := 0; i+1 < len(files); i += 2 {
		ins = append(ins, store.EvidenceInput{Name: files[i], R: bytes.NewReader([]byte(files[i+1])), Rows: []string{row}})
	}
	if _, err := s.AddEvidence(context.Background(), app, testReviewer, store.EvidenceLimits{}, ins); err != nil {
		t.Fatal(err)
	}
}

// unchangedRow is a row of the renewal #2 whose answer did not change.
func unchangedRow(t testing.TB, h *harness) string {
	t.Helper()
	for _, r := range h.review().rows {
		if r.known && r.diff != nil && r.diff.Status == review.Unchanged && !r.diff.FormOnly && !r.diff.NotChangedByApplicant() {
			return r.id
		}
	}
	t.Fatal("the demo renewal has no unchanged row")
	return ""
}

// TestDiffViewShowsEvidenceAcrossTheRenewal: a row whose answer is the
// same but whose 規程 is a new version comes into the diff view, which says
// per file: the same document, a new version, new, gone.
func TestDiffViewShowsEvidenceAcrossTheRenewal(t *testing.T) {
	s := demoCopy(t)
	h := newHarness(t, s, "en", 120, 40)
	h.open(2, "")
	row := unchangedRow(t, h)
	addEvidence(t, s, 1, row, "ISMS認証書.pdf", "%PDF ISMS", "規程.pdf", "%PDF 規程 v3", "旧SLA.pdf", "%PDF SLA old")
	addEvidence(t, s, 2, row, "ISMS認証書.pdf", "%PDF ISMS", "規程.pdf", "%PDF 規程 v4", "SLA2026.pdf", "%PDF SLA 2026")

	h = newHarness(t, s, "en", 120, 40)
	h.open(2, row)
	h.keys("d")
	r := h.review()
	if ri := r.selectedRow(); ri < 0 || r.rows[ri].id != row {
		t.Fatalf("row %s, unchanged but with new evidence, is not in the diff view", row)
	}
	contains(t, h.view(), "Evidence",
		"= ISMS認証書.pdf  same as last time "+sha([]byte("%PDF ISMS"))[:12],
		"~ 規程.pdf  new version "+sha([]byte("%PDF 規程 v4"))[:12]+" (was "+sha([]byte("%PDF 規程 v3"))[:12]+")",
		"+ SLA2026.pdf  new "+sha([]byte("%PDF SLA 2026"))[:12],
		"- 旧SLA.pdf  gone (was "+sha([]byte("%PDF SLA old"))[:12]+")")
	if strings.Count(h.view(), "same as last time") != 1 {
		t.Errorf("the same file is listed more than once:\n%s", h.view())
	}
}

// stubOpener records what the workbench asked the desktop to open, and the
// bytes and permissions of that file at that moment.
type stubOpener struct {
	mu    sync.Mutex
	paths []string
	data  [][]byte
	fmode []os.FileMode
	dmode []os.FileMode
}

func (o *stubOpener) open(p string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.paths = append(o.paths, p)
	b, _ := os.ReadFile(p)
	o.data = append(o.data, b)
	if fi, err := os.Stat(p); err == nil {
		o.fmode = append(o.fmode, fi.Mode().Perm())
	}
	if fi, err := os.Stat(filepath.Dir(p)); err == nil {
		o.dmode = append(o.dmode, fi.Mode().Perm())
	}
	return nil
}

func (o *stubOpener) count() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.paths)
}

// startEvidenceFlow runs the workbench under teatest with a stub opener,
// as a local desktop or as a session of 'shinsa serve'.
func startEvidenceFlow(t *testing.T, s *store.Store, w, h int, remote bool) (*flow, *stubOpener) {
	c := newCommon(context.Background(), s, Options{Reviewer: testReviewer, Lang: "en", Today: testToday}, asciiRenderer())
	c.advance = false
	op := &stubOpener{}
	c.opener, c.remote = op.open, remote
	tm := teatest.NewTestModel(t, evProbed{probed{newModel(c, 0)}}, teatest.WithInitialTermSize(w, h))
	return &flow{t: t, tm: tm}, op
}

// evProbed also answers with the right pane's lines, read inside the
// program's goroutine.
type evProbed struct{ probed }

type detailProbeMsg struct{ ch chan []string }

func (p evProbed) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if dm, ok := msg.(detailProbeMsg); ok {
		var lines []string
		if r, ok := p.m.top().(*reviewScreen); ok {
			lines = append(lines, r.detail...)
		}
		dm.ch <- lines
		return p, nil
	}
	_, c := p.probed.Update(msg)
	return p, c
}

// detailText is the review screen's right pane, every line, joined
// without the wrapping.
func (f *flow) detailText() string {
	ch := make(chan []string, 1)
	f.tm.Send(detailProbeMsg{ch})
	select {
	case l := <-ch:
		var b strings.Builder
		for _, x := range l {
			b.WriteString(strings.TrimSpace(x))
		}
		return b.String()
	case <-time.After(5 * time.Second):
		f.t.Fatal("no answer from the program")
	}
	return ""
}

const (
	rulesPDF = "%PDF-1.7\n情報セキュリティ規程 第4版\n%%EOF\n"
	ismsPDF  = "%PDF-1.7\nISMS 登録証\n%%EOF\n"
)

// evidenceCase is the demo with two files on row 1 of the renewal #2, one
// of them submitted under a hostile name (a path, a bidi override).
func evidenceCase(t *testing.T) *store.Store {
	s := demoCopy(t)
	addEvidence(t, s, 2, "1", "../../etc/情報セキュリティ規程\u202e.pdf", rulesPDF, "ISMS登録証.pdf", ismsPDF)
	return s
}

// TestFlowEvidenceListAndOpen: the detail pane lists the row's files with
// size and short hash; ] selects the next, o hands a private copy (0700
// folder, 0600 file, the sanitised name) with the stored bytes to the
// desktop's opener.
func TestFlowEvidenceListAndOpen(t *testing.T) {
	s := evidenceCase(t)
	f, op := startEvidenceFlow(t, s, 80, 24, false)
	f.waitText("カナメ勤怠①")
	f.press("j", "enter")
	f.waitText("renewal of #1")
	f.press("]", "[")
	v := f.waitText("Evidence", "> 情報セキュリティ規程.pdf", "ISMS登録証.pdf", sha([]byte(ismsPDF))[:12], "o open file")
	if strings.Contains(v, "\u202e") || strings.Contains(v, "etc/") {
		t.Fatalf("the file name is shown unsanitised:\n%s", v)
	}
	f.press("]")
	f.waitText("> ISMS登録証.pdf")
	f.press("o")
	f.waitText("opened ISMS登録証.pdf (a private copy)")
	if op.count() != 1 {
		t.Fatalf("the opener was asked %d times", op.count())
	}
	p := op.paths[0]
	if filepath.Base(p) != "ISMS登録証.pdf" || string(op.data[0]) != ismsPDF || op.fmode[0] != 0o600 || op.dmode[0] != 0o700 {
		t.Fatalf("opened %s (%o in a %o folder) holding %q", p, op.fmode[0], op.dmode[0], op.data[0])
	}
	f.press("[", "o")
	f.waitText("opened 情報セキュリティ規程.pdf (a private copy)")
	if op.count() != 2 || filepath.Base(op.paths[1]) != "情報セキュリティ規程.pdf" || string(op.data[1]) != rulesPDF ||
		!strings.HasPrefix(op.paths[1], os.TempDir()) || filepath.Dir(op.paths[1]) == filepath.Dir(p) {
		t.Fatalf("second open: %v", op.paths)
	}
	f.press("q", "q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	// Leaving the workbench removes the private copies.
	for _, q := range op.paths {
		if _, err := os.Stat(filepath.Dir(q)); !os.IsNotExist(err) {
			t.Errorf("the private copy's folder %s is left after quitting (%v)", filepath.Dir(q), err)
			os.RemoveAll(filepath.Dir(q))
		}
	}
}

// TestFlowEvidenceOverSSHShowsHashAndCommand: in a session of 'shinsa
// serve', o opens nothing on the server; it shows the file's SHA-256 and
// the command that fetches it.
func TestFlowEvidenceOverSSHShowsHashAndCommand(t *testing.T) {
	s := evidenceCase(t)
	f, op := startEvidenceFlow(t, s, 120, 40, true)
	f.waitText("カナメ勤怠①")
	f.press("j", "enter")
	f.waitText("renewal of #1")
	f.press("]", "o")
	h := sha([]byte(ismsPDF))
	v := f.waitText("is not opened on the server")
	if d := f.detailText(); !strings.Contains(strings.ReplaceAll(d, " ", ""), "SHA-256"+h) {
		t.Errorf("the right pane does not give the full SHA-256: %s", d)
	}
	want := "fetch it with: shinsa evidence get " + shellQuote(s.Path()) + " " + h + " -o " + shellQuote("ISMS登録証.pdf")
	if got := f.detailText(); !strings.Contains(strings.ReplaceAll(got, " ", ""), strings.ReplaceAll(want, " ", "")) {
		t.Fatalf("the right pane does not give %q:\n%s\n%s", want, got, v)
	}
	time.Sleep(100 * time.Millisecond)
	if op.count() != 0 {
		t.Fatalf("over SSH the opener was asked to open %v", op.paths)
	}
	f.press("q", "q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// TestFlowCiteEvidenceFromTheWorkbench: c, a page, enter records a
// citation of the selected file (its hash) on the row, as an
// evidence.cited event, without touching the finding's fields; the pane
// shows the page.
func TestFlowCiteEvidenceFromTheWorkbench(t *testing.T) {
	s := evidenceCase(t)
	ctx := context.Background()
	f, _ := startEvidenceFlow(t, s, 80, 24, false)
	f.waitText("カナメ勤怠①")
	f.press("j", "enter")
	f.waitText("renewal of #1")
	f.press("1")
	f.waitText("1/139 reviewed", "saved ")
	f.press("]", "c")
	f.waitText(":cite ")
	f.typeText("12")
	f.press("enter")
	f.waitText("1 cites ISMS登録証.pdf 12")
	if d := f.detailText(); !strings.Contains(strings.ReplaceAll(d, " ", ""), sha([]byte(ismsPDF))[:12]+"citedp.12") {
		t.Errorf("the pane does not show the cited page: %s", d)
	}
	cs, err := s.Citations(ctx, 2)
	if err != nil || len(cs["1"]) != 1 || cs["1"][0].SHA256 != sha([]byte(ismsPDF)) || cs["1"][0].Page != "12" || cs["1"][0].By != testReviewer {
		t.Fatalf("citations of row 1: %+v %v", cs["1"], err)
	}
	evs, err := s.Events(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range evs {
		if e.Kind == store.EvCited && e.Item == "1" {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d evidence.cited events for row 1", n)
	}
	if fd, err := s.Finding(ctx, 2, "1"); err != nil || fd.Verdict != review.Conforms {
		t.Fatalf("the finding after citing: %+v %v", fd, err)
	}
	f.press("q", "q")
	f.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// TestEvidenceKeysInHelpAndWhyNot: help lists the evidence keys at 80×24;
// on a row without files they say why they cannot act, and open nothing.
func TestEvidenceKeysInHelpAndWhyNot(t *testing.T) {
	s := evidenceCase(t)
	h := newHarness(t, s, "en", 80, 24)
	op := &stubOpener{}
	h.c.opener = op.open
	h.open(2, "2")
	h.keys("o")
	contains(t, h.view(), "row 2 has no evidence files")
	if op.count() != 0 {
		t.Fatal("o on a row without files opened something")
	}
	h.keys("?")
	var all strings.Builder
	for range 10 {
		all.WriteString(h.view())
		h.keys("ctrl+d")
	}
	contains(t, all.String(), "Evidence", "open the evidence file", "cite in the finding", "next evidence file", "previous evidence file")
	for _, l := range strings.Split(h.view(), "\n") {
		if Width(l) > 80 {
			t.Errorf("help line wider than 80: %q", l)
		}
	}
}

// TestExportCarriesCitationsAndTheEvidenceIndex: x writes reports that show
// a citation made in the workbench and end with the evidence index.
func TestExportCarriesCitationsAndTheEvidenceIndex(t *testing.T) {
	s := evidenceCase(t)
	h := newHarness(t, s, "en", 200, 50)
	h.open(2, "1")
	h.keys("3", "]", "c")
	h.typeText("7")
	h.keys("enter")
	contains(t, h.view(), "1 cites ISMS登録証.pdf 7")
	h.keys("x")
	dir := filepath.Dir(h.c.caseFile)
	b, err := os.ReadFile(filepath.Join(dir, "2-committee.md"))
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	if !strings.Contains(md, "ISMS登録証.pdf p.7") || !strings.Contains(md, "証跡一覧") || !strings.Contains(md, sha([]byte(rulesPDF))) {
		t.Errorf("the committee report lacks the citation or the evidence index:\n%s", md[max(0, len(md)-1500):])
	}
	if strings.Contains(md, "\u202e") {
		t.Error("the report carries the bidi override of a submitted name")
	}
}
