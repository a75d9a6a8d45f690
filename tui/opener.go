package tui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"shinsa/store"
)

// An Opener hands a file to the desktop: the viewer of its type opens it.
// The binary uses desktopOpen; tests give Common a stub that records what
// it was asked to open.
type Opener func(path string) error

// errNoDesktop: the workbench runs where no desktop can show a window.
var errNoDesktop = errors.New("no desktop to open it on")

// desktopOpen asks the platform's opener for the file: xdg-open on Linux
// and the BSDs, open on macOS, and on Windows url.dll's FileProtocolHandler
// through rundll32, which takes the path as one argument (cmd /c start
// would read the name through cmd's quoting rules). The opener's output
// goes nowhere: it must not write over the workbench.
func desktopOpen(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", path)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	default:
		if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
			// xdg-open would fall back to a terminal browser on our screen.
			return errNoDesktop
		}
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: %w", cmd.Args[0], err)
	}
	go cmd.Wait() // reap it; the viewer lives on after the opener exits
	return nil
}

// remoteSession reports whether the person sits at another machine than
// the workbench: a session of 'shinsa serve', or the workbench started in
// an SSH login. Opening a file would show it on the server, if anywhere.
func (c *Common) remoteSession() bool {
	if c.remote {
		return true
	}
	return c.opener == nil && (os.Getenv("SSH_CONNECTION") != "" || os.Getenv("SSH_TTY") != "")
}

// openFile is the opener of this program.
func (c *Common) openFile(path string) error {
	if c.opener != nil {
		return c.opener(path)
	}
	return desktopOpen(path)
}

// Extensions a viewer opens as a document or picture, never as a program.
var viewableExt = map[string]bool{
	".pdf": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".tif": true, ".tiff": true,
	".webp": true, ".bmp": true, ".txt": true, ".csv": true, ".xlsx": true, ".xls": true, ".docx": true,
	".doc": true, ".pptx": true, ".ppt": true, ".odt": true, ".ods": true, ".odp": true, ".rtf": true,
}

// extOfMedia is the extension a viewer needs for content of this type.
func extOfMedia(mt string) string {
	mt, _, _ = strings.Cut(mt, ";")
	switch mt = strings.TrimSpace(mt); {
	case mt == "application/pdf":
		return ".pdf"
	case mt == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
		return ".xlsx"
	case mt == "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
		return ".docx"
	case mt == "application/vnd.openxmlformats-officedocument.presentationml.presentation":
		return ".pptx"
	case mt == "image/png":
		return ".png"
	case mt == "image/jpeg":
		return ".jpg"
	case mt == "image/gif":
		return ".gif"
	case mt == "image/tiff":
		return ".tif"
	case mt == "image/webp":
		return ".webp"
	case mt == "image/bmp":
		return ".bmp"
	case strings.HasPrefix(mt, "text/"):
		return ".txt" // HTML and scripts too: read as text, never run or rendered
	}
	return ""
}

// copyName is the name of the private copy: the sanitised name made safe
// on every file system, ending in an extension a viewer opens as a
// document (the content's type decides when the submitted name's does
// not). "" when the content is of no type shinsa hands to a viewer.
func copyName(f store.EvidenceFile) string {
	name := store.CleanEvidenceName(f.Name)
	name = strings.Map(func(r rune) rune {
		switch {
		case r < 0x20, r == 0x7f, strings.ContainsRune(`/\:*?"<>|%^&!'`+"` $;", r):
			return '_'
		}
		return r
	}, name)
	name = strings.TrimLeft(name, ".-_")
	if name == "" {
		name = "evidence"
	}
	if !viewableExt[strings.ToLower(filepath.Ext(name))] {
		ext := extOfMedia(f.MediaType)
		if ext == "" {
			return ""
		}
		name += ext
	}
	return name
}

// privateCopy writes a stored evidence file into a new folder only its
// owner can read (0700), as a file only they can read (0600), named
// copyName: the submitted name is never used as a path. The hash is
// checked as it is written; a damaged file leaves nothing behind.
func privateCopy(ctx context.Context, s *store.Store, f store.EvidenceFile) (string, error) {
	name := copyName(f)
	if name == "" {
		return "", fmt.Errorf("%s is %s, not a document or picture a viewer opens: write it out with 'shinsa evidence get'", store.CleanEvidenceName(f.Name), f.MediaType)
	}
	dir, err := os.MkdirTemp("", "shinsa-evidence-")
	if err != nil {
		return "", err
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	p := filepath.Join(dir, name)
	out, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	_, err = s.WriteEvidence(ctx, f.SHA256, out)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return p, nil
}

// keepCopy remembers a private copy's folder, to remove it on leaving.
func (c *Common) keepCopy(path string) {
	c.copyMu.Lock()
	defer c.copyMu.Unlock()
	c.copies = append(c.copies, filepath.Dir(path))
}

// removeCopies removes the private copies made by this program.
func (c *Common) removeCopies() {
	c.copyMu.Lock()
	defer c.copyMu.Unlock()
	for _, d := range c.copies {
		os.RemoveAll(d)
	}
	c.copies = nil
}
