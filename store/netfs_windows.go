//go:build windows

package store

import (
	"path/filepath"
	"strings"

	"golang.org/x/sys/windows"
)

// networkFS names a network share holding dir ("" when local or unknown):
// a UNC path, or a drive letter mapped to a share.
func networkFS(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	if strings.HasPrefix(abs, `\\`) && !strings.HasPrefix(abs, `\\?\`) && !strings.HasPrefix(abs, `\\.\`) {
		return "a network share (UNC path)"
	}
	root := filepath.VolumeName(abs) + `\`
	p, err := windows.UTF16PtrFromString(root)
	if err != nil {
		return ""
	}
	if windows.GetDriveType(p) == windows.DRIVE_REMOTE {
		return "a network drive"
	}
	return ""
}
