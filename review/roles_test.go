package review

import (
	"strings"
	"testing"
)

func TestRoles_who_may_do_what(t *testing.T) {
	acts := []struct {
		role Role
		act  Act
		ok   bool
	}{
		{RoleReviewer, ActFinding, true},
		{RoleChecker, ActFinding, false},
		{RoleCommittee, ActFinding, false},
		{RoleViewer, ActFinding, false},
		{RoleChecker, ActSignoff, true},
		{RoleReviewer, ActSignoff, false},
		{RoleCommittee, ActSignoff, false},
		{RoleViewer, ActSignoff, false},
		{RoleReviewer, ActImport, true},
		{RoleViewer, ActImport, false},
		{RoleViewer, ActLink, false},
		{RoleCommittee, ActLink, true},
	}
	for _, c := range acts {
		err := MayAct(c.role, c.act)
		if (err == nil) != c.ok {
			t.Errorf("%s may %s: got %v, want allowed=%v", c.role, c.act, err, c.ok)
		}
		if err != nil && !strings.Contains(err.Error(), string(c.role)) {
			t.Errorf("%s/%s: the refusal %q does not name the role", c.role, c.act, err)
		}
	}
	moves := []struct {
		role     Role
		from, to Status
		ok       bool
	}{
		{RoleReviewer, InReview, QueriesOut, true},
		{RoleReviewer, InReview, Committee, true},
		{RoleChecker, InReview, Committee, true},
		{RoleReviewer, Committee, Certified, false},
		{RoleChecker, Committee, Rejected, false},
		{RoleCommittee, Committee, Certified, true},
		{RoleCommittee, Committee, Rejected, true},
		{RoleReviewer, Certified, InReview, false},
		{RoleCommittee, Certified, InReview, true},
		{RoleViewer, InReview, QueriesOut, false},
		{RoleViewer, Committee, Certified, false},
	}
	for _, c := range moves {
		err := MayMove(c.role, c.from, c.to)
		if (err == nil) != c.ok {
			t.Errorf("%s moves %s→%s: got %v, want allowed=%v", c.role, c.from, c.to, err, c.ok)
		}
	}
	if err := MayMove(RoleReviewer, Committee, Certified); err == nil || !strings.Contains(err.Error(), "committee") {
		t.Errorf("a reviewer certifying is told whose act it is: %v", err)
	}
}

func TestParseRole(t *testing.T) {
	for _, r := range Roles {
		if got, err := ParseRole(string(r)); err != nil || got != r {
			t.Errorf("ParseRole(%q) = %q, %v", r, got, err)
		}
	}
	if _, err := ParseRole("admin"); err == nil || !strings.Contains(err.Error(), "reviewer, checker, committee, viewer") {
		t.Errorf("ParseRole(admin): %v", err)
	}
}
