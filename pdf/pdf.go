// Package pdf prints an HTML document to PDF in a locally installed
// Chromium, Google Chrome or Microsoft Edge, driven headless through the
// DevTools protocol (chromedp). Nothing is fetched: the browser runs with a
// fresh profile, no background networking, no component updates, no sync,
// and the document is a self-contained file on disk.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"shinsa/tempdir"
)

// EnvBrowser names the browser to use, overriding the search.
const EnvBrowser = "SHINSA_BROWSER"

// ErrNoBrowser is returned when no browser was found.
var ErrNoBrowser = errors.New("no Chromium, Google Chrome or Microsoft Edge found to print the PDF: install one (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk) or name it with " + EnvBrowser + "=/path/to/browser")

// names are the browser commands looked up on PATH, in order.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
	"microsoft-edge", "microsoft-edge-stable", "msedge"}

// locations are the usual install places of each system, for browsers not on PATH.
func locations() []string {
	switch runtime.GOOS {
	case "darwin":
		home, _ := os.UserHomeDir()
		var out []string
		for _, app := range []string{"Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium",
			"Microsoft Edge.app/Contents/MacOS/Microsoft Edge"} {
			out = append(out, "/Applications/"+app)
			if home != "" {
				out = append(out, filepath.Join(home, "Applications", app))
			}
		}
		return out
	case "windows":
		var out []string
		for _, env := range []string{"ProgramFiles", "ProgramFiles(x86)", "LocalAppData"} {
			dir := os.Getenv(env)
			if dir == "" {
				continue
			}
			out = append(out, filepath.Join(dir, `Google\Chrome\Application\chrome.exe`),
				filepath.Join(dir, `Microsoft\Edge\Application\msedge.exe`),
				filepath.Join(dir, `Chromium\Application\chrome.exe`))
		}
		return out
	}
	return []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
		"/snap/bin/chromium", "/opt/google/chrome/chrome", "/opt/microsoft/msedge/msedge", "/usr/lib/chromium/chromium"}
}

// search is how FindBrowser looks: replaced in tests.
var search = func() (string, bool) {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p, true
		}
	}
	for _, p := range locations() {
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
	}
	return "", false
}

// FindBrowser is $SHINSA_BROWSER, else the first browser on PATH, else one
// in the usual install locations.
func FindBrowser() (string, error) {
	if p := os.Getenv(EnvBrowser); p != "" {
		st, err := os.Stat(p)
		if err != nil {
			if lp, lerr := exec.LookPath(p); lerr == nil {
				return lp, nil
			}
			return "", fmt.Errorf("%s=%s: %w", EnvBrowser, p, errors.Unwrap(err))
		}
		if st.IsDir() {
			return "", fmt.Errorf("%s=%s is a directory, not a browser", EnvBrowser, p)
		}
		return p, nil
	}
	if p, ok := search(); ok {
		return p, nil
	}
	return "", ErrNoBrowser
}

// Timeout bounds one rendering, browser start included.
var Timeout = 90 * time.Second

// footer is the page number at the foot of every page (n / total).
const footer = `<div style="width:100%;font-size:8pt;text-align:center;color:#333;font-family:sans-serif;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`

// Render prints html (a complete, self-contained document) to PDF: A4 with
// the document's own @page margins, backgrounds, and page numbers.
func Render(ctx context.Context, html []byte) ([]byte, error) {
	browser, err := FindBrowser()
	if err != nil {
		return nil, err
	}
	dir, err := tempdir.MkdirTemp("pdf-")
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	defer removeSettled(dir)
	doc := filepath.Join(dir, "report.html")
	if err := os.WriteFile(doc, html, 0o600); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	profile := filepath.Join(dir, "profile")
	// Chromium puts its singleton socket under TMPDIR, and a Unix socket's
	// path has room for about 100 bytes: a long TMPDIR stops it starting.
	scratch := dir
	if runtime.GOOS != "windows" && len(dir) > 50 {
		short, err := tempdir.In("/tmp")
		if err != nil {
			return nil, fmt.Errorf("pdf: %w", err)
		}
		if scratch, err = os.MkdirTemp(short, "pdf-"); err != nil {
			return nil, fmt.Errorf("pdf: %w", err)
		}
		defer removeSettled(scratch)
	}

	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profile),
		chromedp.Env("TMPDIR=" + scratch),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(alloc)
	defer cancelTab()

	var out []byte
	err = chromedp.Run(tab,
		chromedp.Navigate("file://"+filepath.ToSlash(absolute(doc))),
		chromedp.ActionFunc(func(ctx context.Context) error {
			b, _, err := page.PrintToPDF().
				WithPrintBackground(true).
				WithPreferCSSPageSize(true).
				WithPaperWidth(8.27).WithPaperHeight(11.69). // A4, when the page sets no size
				WithDisplayHeaderFooter(true).
				WithHeaderTemplate("<span></span>").
				WithFooterTemplate(footer).
				Do(ctx)
			out = b
			return err
		}),
	)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("pdf: %s did not finish within %s", browser, Timeout)
		}
		return nil, fmt.Errorf("pdf: printing with %s: %w", browser, err)
	}
	return out, nil
}

// removeSettled removes a folder the browser used. Chromium's helper
// processes outlive the main one by a moment and go on writing into the
// profile, so one RemoveAll can leave a folder behind: try until it is gone,
// for at most two seconds.
func removeSettled(dir string) {
	for i := 0; i < 40; i++ {
		os.RemoveAll(dir)
		if _, err := os.Lstat(dir); os.IsNotExist(err) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func absolute(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		p = a
	}
	if runtime.GOOS == "windows" {
		return "/" + filepath.ToSlash(p)
	}
	return p
}
