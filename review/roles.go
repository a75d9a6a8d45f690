package review

import (
	"fmt"
	"strings"
)

// Role is what a person on the office's roster may do. The rules are here,
// pure; the store applies them inside the transaction that writes, so the
// command line, the workbench and the SSH server obey the same rule.
type Role string

// The roles of an office (ISO/IEC 17065's separation of duties: who
// evaluates, who checks the evaluation, who decides).
const (
	RoleReviewer  Role = "reviewer"  // records findings (審査担当)
	RoleChecker   Role = "checker"   // signs off the second check (二次審査)
	RoleCommittee Role = "committee" // decides: certified or rejected (決定)
	RoleViewer    Role = "viewer"    // reads; records nothing
)

// Roles lists every role, in the order of the office's process.
var Roles = []Role{RoleReviewer, RoleChecker, RoleCommittee, RoleViewer}

// ParseRole checks a role name.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if string(r) == strings.TrimSpace(s) {
			return r, nil
		}
	}
	return "", fmt.Errorf("unknown role %q (want %s)", s, RoleNames())
}

// RoleNames is "reviewer, checker, committee, viewer".
func RoleNames() string {
	s := make([]string, len(Roles))
	for i, r := range Roles {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}

// Act is a kind of write a person asks for.
type Act string

// The acts a role is checked for.
const (
	ActFinding Act = "record findings"
	ActSignoff Act = "sign off the second check"
	ActImport  Act = "import applications or criteria"
	ActLink    Act = "link applications"
)

// MayAct says whether a role may perform an act: nil, or why not.
func MayAct(r Role, a Act) error {
	ok := false
	switch a {
	case ActFinding:
		ok = r == RoleReviewer
	case ActSignoff:
		ok = r == RoleChecker
	case ActImport, ActLink:
		ok = r == RoleReviewer || r == RoleChecker || r == RoleCommittee
	}
	if ok {
		return nil
	}
	return roleRefusal(r, string(a))
}

// MayMove says whether a role may move an application from one status to
// another: the decision (certified, rejected) and undoing one belong to the
// committee; the steps of the review to anyone who works on it; a viewer
// moves nothing.
func MayMove(r Role, from, to Status) error {
	if r == RoleViewer {
		return roleRefusal(r, "change an application's status")
	}
	decided := func(s Status) bool { return s == Certified || s == Rejected }
	if (decided(to) || decided(from)) && r != RoleCommittee {
		what := "decide an application (" + string(to) + ")"
		if decided(from) {
			what = "reopen a decided application (" + string(from) + ")"
		}
		return roleRefusal(r, what)
	}
	return nil
}

func roleRefusal(r Role, what string) error {
	who := map[string]Role{
		string(ActFinding): RoleReviewer,
		string(ActSignoff): RoleChecker,
	}[what]
	if r == RoleViewer {
		return fmt.Errorf("a viewer records nothing: cannot %s", what)
	}
	if who == "" {
		return fmt.Errorf("a %s cannot %s: that is the committee's", r, what)
	}
	return fmt.Errorf("a %s cannot %s: that is a %s's", r, what, who)
}
