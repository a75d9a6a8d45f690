package review

import (
	"strings"
)

// EvidenceState says what became of one evidence document of a row between
// two submissions. The spellings are part of `shinsa diff --json`.
type EvidenceState string

const (
	EvidenceSame       EvidenceState = "same"        // the same bytes (SHA-256) as last time
	EvidenceNewVersion EvidenceState = "new_version" // the same name, other bytes
	EvidenceNew        EvidenceState = "new"         // not there last time
	EvidenceGone       EvidenceState = "gone"        // there last time, not now
)

// EvidenceStates lists the states in the order summaries print them.
var EvidenceStates = []EvidenceState{EvidenceNewVersion, EvidenceNew, EvidenceGone, EvidenceSame}

// EvidenceDoc is one evidence file linked to a row: its (sanitised) name
// and the hash of its content.
type EvidenceDoc struct {
	Name   string
	SHA256 string
	Size   int64
}

// EvidenceChange is one evidence document of a row compared with last time.
// SHA256 is the file in the new submission ("" when gone), PreviousSHA256
// the one last time ("" when new). PreviousName is set when the same bytes
// came back under another name.
type EvidenceChange struct {
	Name           string        `json:"name"`
	SHA256         string        `json:"sha256"`
	State          EvidenceState `json:"state"`
	PreviousSHA256 string        `json:"previous_sha256"`
	PreviousName   string        `json:"previous_name,omitempty"`
}

// Changed reports whether the document is not the same as last time.
func (e EvidenceChange) Changed() bool { return e.State != EvidenceSame }

func evidenceNameKey(s string) string { return strings.ToLower(Normalize(s)) }

func evidenceStem(s string) string {
	if i := strings.LastIndexByte(s, '.'); i > 0 && len(s)-i <= 6 {
		return s[:i]
	}
	return s
}

// CompareEvidence pairs a row's documents of last time with this time's:
// the same bytes are the same document (even renamed); else the same name
// (NFKC, case, and then without its extension) is a new version; what is
// left is new or gone. Within one side, a later file of a name replaces an
// earlier one (docs are in the order added).
func CompareEvidence(old, cur []EvidenceDoc) []EvidenceChange {
	old, cur = latestByName(old), latestByName(cur)
	usedOld := make([]bool, len(old))
	usedCur := make([]bool, len(cur))
	pair := make([]int, len(cur)) // index into old, or -1
	for i := range pair {
		pair[i] = -1
	}
	match := func(eq func(a, b EvidenceDoc) bool) {
		for i, c := range cur {
			if usedCur[i] {
				continue
			}
			for j, o := range old {
				if !usedOld[j] && eq(o, c) {
					usedOld[j], usedCur[i], pair[i] = true, true, j
					break
				}
			}
		}
	}
	match(func(a, b EvidenceDoc) bool { return a.SHA256 == b.SHA256 })
	match(func(a, b EvidenceDoc) bool { return evidenceNameKey(a.Name) == evidenceNameKey(b.Name) })
	match(func(a, b EvidenceDoc) bool {
		return evidenceNameKey(evidenceStem(a.Name)) == evidenceNameKey(evidenceStem(b.Name))
	})
	var out []EvidenceChange
	for i, c := range cur {
		ch := EvidenceChange{Name: SanitizeLine(c.Name), SHA256: c.SHA256, State: EvidenceNew}
		if j := pair[i]; j >= 0 {
			o := old[j]
			ch.PreviousSHA256 = o.SHA256
			ch.State = EvidenceNewVersion
			if o.SHA256 == c.SHA256 {
				ch.State = EvidenceSame
			}
			if o.Name != c.Name {
				ch.PreviousName = SanitizeLine(o.Name)
			}
		}
		out = append(out, ch)
	}
	for j, o := range old {
		if !usedOld[j] {
			out = append(out, EvidenceChange{Name: SanitizeLine(o.Name), State: EvidenceGone, PreviousSHA256: o.SHA256})
		}
	}
	return out
}

// latestByName keeps, of documents sharing a name, the last one added, and
// of repeated bytes the first.
func latestByName(docs []EvidenceDoc) []EvidenceDoc {
	last := map[string]int{}
	for i, d := range docs {
		last[evidenceNameKey(d.Name)] = i
	}
	seen := map[string]bool{}
	var out []EvidenceDoc
	for i, d := range docs {
		if last[evidenceNameKey(d.Name)] != i || seen[d.SHA256] {
			continue
		}
		seen[d.SHA256] = true
		out = append(out, d)
	}
	return out
}

// AttachEvidence sets each row's Evidence from the documents linked to its
// rows last time (old, by old item id) and this time (cur, by new item id).
// Rows with no evidence on either side get none.
func AttachEvidence(d []ItemDiff, old, cur map[string][]EvidenceDoc) {
	for i := range d {
		x := &d[i]
		var o, c []EvidenceDoc
		if x.From != "" {
			for _, f := range strings.Split(x.From, ",") {
				o = append(o, old[f]...)
			}
		}
		if to := x.To(); to != "" {
			c = cur[to]
		}
		if len(o) == 0 && len(c) == 0 {
			x.Evidence = nil
			continue
		}
		x.Evidence = CompareEvidence(o, c)
	}
}

// EvidenceChanged reports whether any of the row's documents is not the
// same as last time.
func (d ItemDiff) EvidenceChanged() bool {
	for _, e := range d.Evidence {
		if e.Changed() {
			return true
		}
	}
	return false
}
