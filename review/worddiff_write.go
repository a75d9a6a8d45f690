package review

import (
	"io"
	"strings"

	"shinsa/criteria"
)

// SGR sequences of the plain-text renderer; the only escape codes it writes.
const (
	sgrDelete = "\x1b[31m" // red
	sgrInsert = "\x1b[32m" // green
	sgrHeader = "\x1b[36m" // cyan, as git colours its @@ lines
	sgrReset  = "\x1b[m"
)

// WriteWordDiff writes a comparison for a pipe, the way `git diff
// --word-diff` does: for each changed, moved, added or removed row a header
//
//	@@ 4.1 changed (was: 要修正 correction) @@
//
// then the row's text with deletions as [-…-] and insertions as {+…+}.
// Form-only rows get their header line only; unchanged rows are left out,
// except those with an open earlier finding, marked "not changed by the
// applicant".
// With color, deletions are red, insertions green and headers cyan; the
// brackets stay, so a change is never told by colour alone. All applicant
// text goes through Sanitize: the only escape codes written are the colours.
func WriteWordDiff(w io.Writer, d []ItemDiff, color bool) error {
	var b strings.Builder
	for _, x := range d {
		if x.Status == Unchanged && !x.FormOnly && !x.NotChangedByApplicant() && !x.EvidenceChanged() {
			continue
		}
		b.Reset()
		writeHeader(&b, x, color)
		if x.Status != Unchanged {
			writeHunks(&b, x.Hunks, color)
		}
		writeEvidence(&b, x.Evidence, color)
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

func writeHeader(b *strings.Builder, x ItemDiff, color bool) {
	var h strings.Builder
	h.WriteString("@@ ")
	h.WriteString(SanitizeLine(x.Item))
	h.WriteByte(' ')
	h.WriteString(string(x.Status))
	switch {
	case x.FormOnly:
		h.WriteString(" (form only)")
	case x.Status == Moved:
		h.WriteString(" from ")
		h.WriteString(SanitizeLine(x.From))
	}
	if x.Mapping != "" && x.Mapping != criteria.MapRenumbered && x.Mapping != criteria.MapAdded {
		h.WriteString(" (" + SanitizeLine(x.Mapping) + ")")
	}
	if p := x.Previous; p != nil && p.Verdict.Reviewed() {
		h.WriteString(" (was: " + p.Verdict.Japanese() + " " + string(p.Verdict) + ")")
	}
	if x.NotChangedByApplicant() {
		h.WriteString(" (not changed by the applicant)")
	}
	if x.Coarse {
		h.WriteString(" (sentence-level: too long for a word diff)")
	}
	if x.Err != "" {
		h.WriteString(" (whole texts: the word diff failed)")
	}
	h.WriteString(" @@")
	if color {
		b.WriteString(sgrHeader + h.String() + sgrReset)
	} else {
		b.WriteString(h.String())
	}
	b.WriteByte('\n')
}

func writeHunks(b *strings.Builder, hunks []Hunk, color bool) {
	start := b.Len()
	for _, h := range hunks {
		t := Sanitize(h.Text)
		if t == "" {
			continue // an invisible change (a control character) has nothing to show
		}
		switch h.Op {
		case HunkDelete:
			writeMarked(b, "[-"+t+"-]", sgrDelete, color)
		case HunkInsert:
			writeMarked(b, "{+"+t+"+}", sgrInsert, color)
		default:
			b.WriteString(t)
		}
	}
	if b.Len() > start && !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
}

// writeMarked writes a marked hunk, colouring each line on its own so that a
// pager showing one line never inherits an open colour.
func writeMarked(b *strings.Builder, s, sgr string, color bool) {
	if !color {
		b.WriteString(s)
		return
	}
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if line != "" {
			b.WriteString(sgr + line + sgrReset)
		}
	}
}

// writeEvidence writes one line per evidence document of a row: = same,
// ~ a new version, + new, - gone, with the short hashes.
func writeEvidence(b *strings.Builder, ev []EvidenceChange, color bool) {
	for _, e := range ev {
		line, sgr := EvidenceLine(e), ""
		switch e.State {
		case EvidenceNew, EvidenceNewVersion:
			sgr = sgrInsert
		case EvidenceGone:
			sgr = sgrDelete
		}
		if color && sgr != "" {
			line = sgr + line + sgrReset
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
}

// ShortHash is the first 12 hex digits of a SHA-256, as listings show it.
func ShortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// EvidenceLine is one evidence document of a compared row, for people:
// "証跡 ~ 規程.pdf: new version 9f8e… (was 1a2b…)".
func EvidenceLine(e EvidenceChange) string {
	name := SanitizeLine(e.Name)
	switch e.State {
	case EvidenceSame:
		s := "証跡 = " + name + ": same as last time " + ShortHash(e.SHA256)
		if e.PreviousName != "" {
			s += " (was named " + SanitizeLine(e.PreviousName) + ")"
		}
		return s
	case EvidenceNewVersion:
		s := "証跡 ~ " + name + ": new version " + ShortHash(e.SHA256) + " (was " + ShortHash(e.PreviousSHA256)
		if e.PreviousName != "" {
			s += ", named " + SanitizeLine(e.PreviousName)
		}
		return s + ")"
	case EvidenceNew:
		return "証跡 + " + name + ": new " + ShortHash(e.SHA256)
	case EvidenceGone:
		return "証跡 - " + name + ": gone (was " + ShortHash(e.PreviousSHA256) + ")"
	}
	return "証跡 " + name
}
