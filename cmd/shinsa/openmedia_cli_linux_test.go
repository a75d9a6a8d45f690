//go:build linux

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The reading verbs work on a case file on read-only media and on a full
// disk (each a tmpfs of the test's own; the tests run as root); a write
// says which, in one line, exit 2, never "damaged" or "backup".
func TestOpen_read_only_media_and_full_disk_read_and_refuse_writes_truthfully(t *testing.T) {
	for _, tc := range []struct{ name, cause string }{{"read-only media", "read-only media"}, {"full disk", "disk is full"}} {
		t.Run(tc.name, func(t *testing.T) {
			mnt := filepath.Join(t.TempDir(), "mnt")
			os.Mkdir(mnt, 0o755)
			if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mnt).CombinedOutput(); err != nil {
				t.Fatalf("mount tmpfs (the tests need root): %v %s", err, out)
			}
			defer exec.Command("umount", "-l", mnt).Run()
			src := demoCase(t)
			path := filepath.Join(mnt, "demo.shinsa")
			data, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if tc.cause == "read-only media" {
				if out, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
					t.Fatalf("remount ro: %v %s", err, out)
				}
			} else {
				f, _ := os.Create(filepath.Join(mnt, "filler"))
				chunk := make([]byte, 64<<10)
				for {
					if _, err := f.Write(chunk); err != nil {
						if !errors.Is(err, syscall.ENOSPC) {
							t.Fatal(err)
						}
						break
					}
				}
				f.Close()
			}
			for _, args := range [][]string{{"list", path}, {"report", path, "1"}, {"search", path, "クラウド"}, {"diff", path, "2"}, {"verify", path}} {
				r := shinsa(t, args...)
				if r.code != 0 || strings.Contains(r.stderr, "damaged") {
					t.Errorf("%v on %s: exit %d %s", args, tc.name, r.code, r.stderr)
				}
			}
			r := shinsa(t, "finding", path, "2", "2", "--note", "書けない")
			if r.code != 2 || !strings.Contains(r.stderr, tc.cause) || strings.Contains(r.stderr, "backup") || strings.Contains(r.stderr, "damaged") ||
				strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
				t.Fatalf("a write on %s: exit %d %q", tc.name, r.code, r.stderr)
			}
		})
	}
}
