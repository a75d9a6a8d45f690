// Package report writes the finding reports of one application: the
// correction-request letter (修正依頼) to the applicant and the report to the
// certification committee, as Markdown, HTML, CSV, XLSX, JSON or OSCAL
// assessment-results.
//
// It reads nothing itself: the caller assembles an Input from the case file.
// Every text that came from an applicant, a reviewer or an imported catalog
// goes through review.Sanitize before it reaches any output, then through the
// format's own escaping (HTML, Markdown, spreadsheet cells).
package report

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"shinsa/criteria"
	"shinsa/review"
)

// Kind is which report: the letter lists only the rows that ask something of
// the applicant; the committee report lists every row.
type Kind string

const (
	Letter    Kind = "letter"    // 修正依頼: queries and correction requests to the applicant
	Committee Kind = "committee" // 審査報告書: every row, counts, changes, checks, anchor
)

// Kinds lists the kinds in the order help texts name them.
var Kinds = []Kind{Committee, Letter}

// ParseKind accepts letter|committee and the Japanese names.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "letter", "修正依頼", "修正依頼書":
		return Letter, nil
	case "committee", "委員会", "審査報告書":
		return Committee, nil
	case "worksheet", "審査シート":
		return Worksheet, nil
	}
	return "", fmt.Errorf("unknown report kind %q (want letter, committee or worksheet)", s)
}

// Japanese is the document's name.
func (k Kind) Japanese() string {
	switch k {
	case Letter:
		return "修正依頼書"
	case Worksheet:
		return "審査シート"
	}
	return "審査報告書"
}

// Format is the file format of a report.
type Format string

const (
	Markdown Format = "md"
	HTML     Format = "html"
	CSV      Format = "csv"
	XLSX     Format = "xlsx"
	JSON     Format = "json"
	OSCAL    Format = "oscal" // OSCAL 1.0.4 assessment-results, JSON
	PDF      Format = "pdf"   // the HTML printed in a local Chromium, Chrome or Edge
)

// Formats lists the formats in the order help texts name them.
var Formats = []Format{Markdown, HTML, PDF, CSV, XLSX, JSON, OSCAL}

// ParseFormat accepts md|html|pdf|csv|xlsx|json|oscal (and "markdown").
func ParseFormat(s string) (Format, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "markdown" {
		return Markdown, nil
	}
	for _, f := range Formats {
		if t == string(f) {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown report format %q (want md, html, pdf, csv, xlsx, json or oscal)", s)
}

// Ext is the file name extension of the format, with its dot.
func (f Format) Ext() string {
	switch f {
	case Markdown:
		return ".md"
	case OSCAL:
		return ".oscal.json"
	}
	return "." + string(f)
}

// Binary reports whether the format is not text (and so not for a terminal).
func (f Format) Binary() bool { return f == XLSX || f == PDF }

// Anchor is the head of the case file's event log when the report was made:
// the hash of its last row and the number of rows. Printed in every report,
// it lets anyone check later that the file was not rewritten since.
type Anchor struct {
	Head  string `json:"head"`
	Count int64  `json:"count"`
}

// String is HEAD:COUNT, the form `shinsa verify --anchor` takes.
func (a Anchor) String() string { return fmt.Sprintf("%s:%d", a.Head, a.Count) }

// Round is one correction round of a review: the application as submitted in
// that round and the findings recorded on it.
type Round struct {
	App      review.Application
	Findings map[string]review.Finding // by item id
	Answers  []review.Answer           // optional: the round's answers, quoted in its findings
}

// Input is everything a report needs, assembled by the caller.
type Input struct {
	App      review.Application
	Catalog  *criteria.Catalog
	Registry *criteria.Registry // for guideline and clause titles; nil prints clause ids only
	Answers  []review.Answer
	Findings map[string]review.Finding // by item id
	Problems []review.Problem          // the automatic checks (review.Check)
	// Citations are the evidence each row's finding cites, by item id;
	// Evidence is the application's evidence, for the committee's index.
	Citations map[string][]Citation
	Evidence  []EvidenceFile
	// Diffs compares this submission with the predecessor (renewal, change)
	// or the previous round; nil when there is nothing to compare.
	Diffs    []review.ItemDiff
	Previous *review.Application // what Diffs compares against
	// Rounds are every round of the review, first first, for OSCAL's one
	// result per round. Empty means the one round App/Findings.
	Rounds   []Round
	Anchor   Anchor
	Reviewer string      // who issues the report
	Date     review.Date // the report's date
	ReplyBy  review.Date // the letter's reply deadline; zero: "to be notified"
	CaseFile string      // shown in the verification sentence; "" prints CASEFILE
	// Office is the sender of letters: letterhead and signatory.
	Office Office
	// Number is the letter's 文書番号, assigned when it is sent; "" for a
	// letter not (yet) entered in the register.
	Number string
	// Representative is the applicant's 代表者, when known.
	Representative string
	// CaseID and AppFingerprint identify the case file and the application
	// (store.Fingerprints) in a worksheet, so its import refuses a sheet of
	// another case file or application.
	CaseID, AppFingerprint string
	// Approvals are who reviewed, who checked and who decided, from the
	// event log, for the committee report's approval block (承認欄).
	Approvals []Approval
}

// Approval is one line of the committee report's approval block: a role
// (審査担当, 二次審査, 決定, 特例), who, when, and a note (an override's reason).
type Approval struct {
	Role string
	Name string
	Date review.Date
	Note string
}

// Office is the letterhead and signatory of the office sending letters.
type Office struct {
	Name, Address, Contact, Signatory string
}

// ErrNoCatalog is returned when the Input has no catalog: a report lists the
// catalog's rows, so it cannot be written without one.
var ErrNoCatalog = errors.New("report: no catalog for the application's scheme and edition")

// Write renders one report of in to w.
func Write(w io.Writer, in Input, kind Kind, format Format) error {
	if in.Catalog == nil {
		return ErrNoCatalog
	}
	if kind == Worksheet {
		if format != XLSX {
			return errors.New("report: the worksheet is an Excel workbook: use the xlsx format")
		}
		return writeWorksheet(w, build(&in, Committee))
	}
	if kind != Letter && kind != Committee {
		return fmt.Errorf("report: unknown kind %q", kind)
	}
	if format == OSCAL && kind == Letter {
		return errors.New("report: the letter has no OSCAL form; OSCAL assessment results cover every row (use the committee kind)")
	}
	d := build(&in, kind)
	switch format {
	case Markdown:
		return writeMarkdown(w, d)
	case HTML:
		return writeHTML(w, d)
	case PDF:
		return writePDF(w, d)
	case CSV:
		return writeCSV(w, d)
	case XLSX:
		return writeXLSX(w, d)
	case JSON:
		return writeJSON(w, d)
	case OSCAL:
		return writeOSCAL(w, d)
	}
	return fmt.Errorf("report: unknown format %q", format)
}
