package pdf

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pdfText is the text of a PDF as poppler's pdftotext reads it
// (apt-get install poppler-utils; .ci/run installs it).
func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(f, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", f, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (install poppler-utils): %v", err)
	}
	return string(out)
}

// The real browser prints Japanese text on A4 with page numbers, and leaves
// no profile directory behind.
func TestRender_prints_Japanese_on_numbered_A4_pages(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var body strings.Builder
	body.WriteString(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>@page { size: A4; margin: 18mm; } p { margin: 0 0 8mm; }</style></head><body><h1>情報開示認定審査に係る確認・修正のお願い</h1>`)
	for i := 0; i < 60; i++ {
		body.WriteString("<p>株式会社サンプル　御中　第" + string(rune('０'+i%10)) + "段落</p>")
	}
	body.WriteString("</body></html>")
	b, err := Render(context.Background(), []byte(body.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("not a PDF: %.20q", b)
	}
	text := pdfText(t, b)
	for _, want := range []string{"情報開示認定審査に係る確認・修正のお願い", "株式会社サンプル"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q:\n%.600s", want, text)
		}
	}
	info, err := exec.Command("pdfinfo", filepath.Join(writeTemp(t, b))).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(info))
	if m == nil || m[1] == "1" {
		t.Fatalf("sixty paragraphs on one page? %s", info)
	}
	for _, page := range []string{"1", m[1]} {
		if !regexp.MustCompile(`(^|\s)` + page + `\s*/\s*` + m[1] + `(\s|$)`).MatchString(text) {
			t.Errorf("no page number %s/%s in the PDF's text", page, m[1])
		}
	}
	if !strings.Contains(string(info), "(A4)") {
		t.Errorf("the page is not A4 (A4 in pdfinfo):\n%s", info)
	}
	// The process's folder (tempdir) lasts until it exits; what Render made
	// in it must be gone.
	left, _ := filepath.Glob(filepath.Join(tmp, "shinsa-*", "*"))
	if len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}

func writeTemp(t *testing.T, b []byte) string {
	f := filepath.Join(t.TempDir(), "y.pdf")
	os.WriteFile(f, b, 0o644)
	return f
}

func TestFindBrowser_says_what_to_install(t *testing.T) {
	t.Setenv(EnvBrowser, "")
	saved := search
	defer func() { search = saved }()
	search = func() (string, bool) { return "", false }
	_, err := Render(context.Background(), []byte("<p>x</p>"))
	if !errors.Is(err, ErrNoBrowser) || !strings.Contains(err.Error(), "apt-get install chromium") || strings.Contains(err.Error(), "\n") {
		t.Errorf("without a browser: %v", err)
	}

	missing := filepath.Join(t.TempDir(), "no-such-browser")
	t.Setenv(EnvBrowser, missing)
	if _, err := FindBrowser(); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("%s naming a missing file: %v", EnvBrowser, err)
	}
	search = saved
	t.Setenv(EnvBrowser, "")
	if p, err := FindBrowser(); err != nil || p == "" {
		t.Errorf("this machine's browser (chromium) is not found: %q %v", p, err)
	}
}
