package review

import (
	"fmt"
	"time"
)

// Kind is what an application is: a first application, a renewal, or a change notice.
type Kind string

const (
	New     Kind = "new"
	Renewal Kind = "renewal"
	Change  Kind = "change"
)

// Japanese returns 新規, 更新 or 変更届.
func (k Kind) Japanese() string {
	switch k {
	case New:
		return "新規"
	case Renewal:
		return "更新"
	case Change:
		return "変更届"
	}
	return string(k)
}

// ParseKind accepts new|renewal|change and the Japanese labels of the cover sheet.
func ParseKind(s string) (Kind, error) {
	switch s {
	case "new", "新規", "新規申請":
		return New, nil
	case "renewal", "更新", "更新申請":
		return Renewal, nil
	case "change", "変更", "変更届":
		return Change, nil
	}
	return "", fmt.Errorf("unknown kind %q (want new, renewal or change / 新規, 更新, 変更)", s)
}

// Status is where an application is in its life cycle.
type Status string

const (
	Received   Status = "received"     // imported, not yet looked at
	InReview   Status = "in-review"    // at least one finding recorded
	QueriesOut Status = "queries-sent" // finding report sent to the applicant
	Committee  Status = "committee"    // report handed to the certification committee
	Certified  Status = "certified"
	Rejected   Status = "rejected"
	Withdrawn  Status = "withdrawn"
)

// Statuses lists every status in life-cycle order.
var Statuses = []Status{Received, InReview, QueriesOut, Committee, Certified, Rejected, Withdrawn}

// ParseStatus checks a status name.
func ParseStatus(s string) (Status, error) {
	for _, st := range Statuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("unknown status %q", s)
}

// Application is one submission under review: a new application, a renewal or
// a change notice, in one correction round.
type Application struct {
	ID                  int64     `json:"id"`
	Scheme              string    `json:"scheme"`
	Edition             string    `json:"edition"`
	Kind                Kind      `json:"kind"`
	Applicant           string    `json:"applicant"`
	CorporateNumber     string    `json:"corporate_number,omitempty"`
	Service             string    `json:"service"`
	CertificationNumber string    `json:"certification_number,omitempty"`
	DisclosureDate      Date      `json:"disclosure_date"`
	Submitted           Date      `json:"submitted"`
	Status              Status    `json:"status"`
	Predecessor         int64     `json:"predecessor,omitempty"` // the last certified application this renews or changes
	RoundOf             int64     `json:"round_of,omitempty"`    // the first round of the same review, 0 for round 1
	Round               int       `json:"round"`                 // 1, 2, … within one review
	Source              string    `json:"source,omitempty"`      // file the submission came from
	Created             time.Time `json:"created"`
}

// Expires is the end of the certification's validity: two years from the
// 開示情報の日付, not from the committee's decision.
func (a Application) Expires() Date { return Expiry(a.DisclosureDate) }

// Answer is an applicant's text for one disclosure row, exactly as submitted.
type Answer struct {
	Item       string   `json:"item"`
	Text       string   `json:"answer"`
	Note       string   `json:"note,omitempty"`
	Evidence   []string `json:"evidence,omitempty"`
	Provenance string   `json:"provenance,omitempty"` // e.g. "new.xlsx 開示項目!E27"
	// Reply is the applicant's reply to the last request on this row (回答),
	// sent with a resubmission.
	Reply string `json:"reply,omitempty"`
}

// Finding is a reviewer's decision on one row. Revision counts saves of the
// row, so a save can name the revision it was based on.
type Finding struct {
	App      int64     `json:"application"`
	Item     string    `json:"item"`
	Verdict  Verdict   `json:"verdict"`
	Note     string    `json:"note"`
	Request  string    `json:"request"`
	Reviewer string    `json:"reviewer"`
	Time     time.Time `json:"time"`
	Revision int64     `json:"revision"`
	Origin   string    `json:"origin,omitempty"` // where a carried-forward verdict came from
}

// Submission is what intake reads from an applicant's file: the cover fields
// (in App, without ID/Status/Round) and the answers.
type Submission struct {
	App     Application
	Answers []Answer
	// Cover maps a cover field (scheme, service, …) to where it was read.
	Cover map[string]string
}
