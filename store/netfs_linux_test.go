//go:build linux

package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"shinsa/review"
)

func TestNetFSName_knows_the_network_file_systems(t *testing.T) {
	for magic, want := range map[int64]string{0x6969: "NFS", 0x517B: "SMB", 0xFF534D42: "CIFS", 0xFE534D42: "SMB2",
		0xEF53: "", 0x01021994: "", 0x58465342: ""} { // ext4, tmpfs, xfs: local
		if got := netFSName(magic); got != want {
			t.Errorf("netFSName(%#x) = %q, want %q", magic, got, want)
		}
	}
	if fs := networkFS(t.TempDir()); fs != "" {
		t.Errorf("the test's own temp folder is called %s", fs)
	}
}

func TestWrite_to_a_case_file_on_a_network_share_is_refused(t *testing.T) {
	s, _ := newCase(t)
	app := mustImport(t, s)
	s.netfs = "NFS" // as openPools finds it on an NFS mount
	_, err := s.SaveFinding(context.Background(), FindingInput{App: app, Item: "1", Verdict: review.Conforms, Reviewer: "tester", Base: AnyRevision})
	var we *WriteError
	if !errors.As(err, &we) || !strings.Contains(we.Cause, "NFS") || !strings.Contains(we.Cause, "shinsa serve") {
		t.Fatalf("save on NFS: %v", err)
	}
	if f, _ := s.Finding(context.Background(), app, "1"); f.Revision != 0 {
		t.Errorf("a refused save wrote %+v", f)
	}
}
