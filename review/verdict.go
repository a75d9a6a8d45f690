package review

import (
	"fmt"
	"strings"
)

// Verdict is a reviewer's judgement of one disclosure row. The spellings are
// part of the file contract (FORMATS.md §4): JSON, CSV and reports use them.
type Verdict string

const (
	Unreviewed    Verdict = "unreviewed"
	Conforms      Verdict = "conforms"
	Query         Verdict = "query"
	Correction    Verdict = "correction"
	Nonconforming Verdict = "nonconforming"
	NotApplicable Verdict = "not-applicable"
)

// Verdicts lists every verdict in the order reports and keys use.
var Verdicts = []Verdict{Unreviewed, Conforms, Query, Correction, Nonconforming, NotApplicable}

var verdictJA = map[Verdict]string{
	Unreviewed:    "未審査",
	Conforms:      "適合",
	Query:         "要確認",
	Correction:    "要修正",
	Nonconforming: "不適合",
	NotApplicable: "対象外",
}

var verdictMark = map[Verdict]string{
	Unreviewed:    "·",
	Conforms:      "✓",
	Query:         "?",
	Correction:    "!",
	Nonconforming: "✗",
	NotApplicable: "-",
}

// Japanese returns the verdict's Japanese term (適合, 要確認, …).
func (v Verdict) Japanese() string { return verdictJA[v] }

// Mark returns a one-cell symbol that tells the verdict without colour.
func (v Verdict) Mark() string {
	if m, ok := verdictMark[v]; ok {
		return m
	}
	return "·"
}

// Valid reports whether v is one of the six verdicts.
func (v Verdict) Valid() bool { _, ok := verdictJA[v]; return ok }

// NeedsAction reports whether the verdict asks something of the applicant:
// such rows go into the correction-request letter.
func (v Verdict) NeedsAction() bool {
	return v == Query || v == Correction || v == Nonconforming
}

// Reviewed reports whether a reviewer has decided the row.
func (v Verdict) Reviewed() bool { return v.Valid() && v != Unreviewed }

// ParseVerdict accepts the English spelling, the Japanese term, or "" (unreviewed).
func ParseVerdict(s string) (Verdict, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return Unreviewed, nil
	}
	for _, v := range Verdicts {
		if t == string(v) || t == v.Japanese() {
			return v, nil
		}
	}
	switch t {
	case "na", "n/a", "not_applicable", "notapplicable":
		return NotApplicable, nil
	}
	return "", fmt.Errorf("unknown verdict %q (want one of unreviewed, conforms, query, correction, nonconforming, not-applicable)", s)
}
