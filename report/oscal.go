package report

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"shinsa/criteria"
	"shinsa/review"
)

// OSCAL 1.0.4 assessment-results: one result per review round, one finding
// per catalog row (target: the row as an objective), one observation per
// recorded finding carrying the reviewer's words. Every uuid is a version 5
// uuid of the anchor, the application and the row, so the same case file
// state gives the same document.

const (
	oscalVersion = "1.0.4"
	oscalNS      = "urn:shinsa:oscal" // our props' namespace; a URN, nothing to fetch
	assessorRole = "assessor"
)

// uuidNamespace is shinsa's namespace for version 5 uuids.
var uuidNamespace = [16]byte{0x8a, 0x0e, 0x6f, 0x4e, 0x3c, 0x0b, 0x4e, 0x77, 0x9d, 0x51, 0x5b, 0x6c, 0x2f, 0x1d, 0x7a, 0x93}

// uuid5 is RFC 9562's name-based uuid (SHA-1, version 5) of the parts.
func uuid5(parts ...string) string {
	h := sha1.New()
	h.Write(uuidNamespace[:])
	h.Write([]byte(strings.Join(parts, "\x1f")))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	x := hex.EncodeToString(u)
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}

// token makes an item id an OSCAL token ((\p{L}|_)(\p{L}|\p{N}|[.\-_])*):
// "item-" and the id, with every other character (and "_") written as _HEX_
// so that distinct ids stay distinct.
func token(id string) string {
	var b strings.Builder
	b.WriteString("item-")
	for _, r := range id {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '.' || r == '-' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_%X_", r)
		}
	}
	return b.String()
}

// markup escapes text for OSCAL's markup-line/markup-multiline fields, which
// are Markdown: what the applicant wrote must stay text.
func markup(s string) string { return mdInline(s) }

// propValue is a prop's value: one line, no outer spaces ("" means leave the prop out).
func propValue(s string) string { return strings.TrimSpace(review.SanitizeLine(s)) }

type oscalDoc struct {
	AR assessmentResults `json:"assessment-results"`
}

type assessmentResults struct {
	UUID       string      `json:"uuid"`
	Metadata   metadata    `json:"metadata"`
	ImportAP   remarksHref `json:"import-ap"`
	Results    []result    `json:"results"`
	BackMatter backMatter  `json:"back-matter"`
}

type metadata struct {
	Title              string             `json:"title"`
	LastModified       string             `json:"last-modified"`
	Version            string             `json:"version"`
	OSCALVersion       string             `json:"oscal-version"`
	Props              []prop             `json:"props,omitempty"`
	Roles              []role             `json:"roles,omitempty"`
	Parties            []party            `json:"parties,omitempty"`
	ResponsibleParties []responsibleParty `json:"responsible-parties,omitempty"`
	Remarks            string             `json:"remarks,omitempty"`
}

type prop struct {
	Name  string `json:"name"`
	NS    string `json:"ns"`
	Value string `json:"value"`
}

type role struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type party struct {
	UUID string `json:"uuid"`
	Type string `json:"type"`
	Name string `json:"name,omitempty"`
}

type responsibleParty struct {
	RoleID     string   `json:"role-id"`
	PartyUUIDs []string `json:"party-uuids"`
}

type remarksHref struct {
	Href    string `json:"href"`
	Remarks string `json:"remarks,omitempty"`
}

type result struct {
	UUID             string           `json:"uuid"`
	Title            string           `json:"title"`
	Description      string           `json:"description"`
	Start            string           `json:"start"`
	End              string           `json:"end,omitempty"`
	Props            []prop           `json:"props,omitempty"`
	ReviewedControls reviewedControls `json:"reviewed-controls"`
	Observations     []observation    `json:"observations,omitempty"`
	Findings         []finding        `json:"findings,omitempty"`
}

type reviewedControls struct {
	ControlSelections          []selection `json:"control-selections"`
	ControlObjectiveSelections []selection `json:"control-objective-selections"`
}

type selection struct {
	Description string    `json:"description,omitempty"`
	IncludeAll  *struct{} `json:"include-all"`
}

type observation struct {
	UUID             string             `json:"uuid"`
	Title            string             `json:"title"`
	Description      string             `json:"description"`
	Props            []prop             `json:"props,omitempty"`
	Methods          []string           `json:"methods"`
	Types            []string           `json:"types"`
	Origins          []origin           `json:"origins,omitempty"`
	RelevantEvidence []relevantEvidence `json:"relevant-evidence,omitempty"`
	Collected        string             `json:"collected"`
	Remarks          string             `json:"remarks,omitempty"`
}

type origin struct {
	Actors []actor `json:"actors"`
}

type actor struct {
	Type      string `json:"type"`
	ActorUUID string `json:"actor-uuid"`
	RoleID    string `json:"role-id"`
}

type finding struct {
	UUID                string           `json:"uuid"`
	Title               string           `json:"title"`
	Description         string           `json:"description"`
	Props               []prop           `json:"props,omitempty"`
	Links               []link           `json:"links,omitempty"`
	Target              target           `json:"target"`
	RelatedObservations []relatedObserve `json:"related-observations,omitempty"`
}

type target struct {
	Type     string       `json:"type"`
	TargetID string       `json:"target-id"`
	Status   targetStatus `json:"status"`
}

type targetStatus struct {
	State   string `json:"state"`
	Reason  string `json:"reason,omitempty"`
	Remarks string `json:"remarks,omitempty"`
}

type relatedObserve struct {
	ObservationUUID string `json:"observation-uuid"`
}

type backMatter struct {
	Resources []resource `json:"resources"`
}

type resource struct {
	UUID        string  `json:"uuid"`
	Title       string  `json:"title"`
	Description string  `json:"description"`
	Props       []prop  `json:"props,omitempty"`
	RLinks      []rlink `json:"rlinks,omitempty"`
}

// rlink points at a resource's bytes, with their hashes (OSCAL 1.0.4).
type rlink struct {
	Href      string      `json:"href"`
	MediaType string      `json:"media-type,omitempty"`
	Hashes    []oscalHash `json:"hashes,omitempty"`
}

type oscalHash struct {
	Algorithm string `json:"algorithm"`
	Value     string `json:"value"`
}

// link is a finding's reference to a back-matter resource.
type link struct {
	Href string `json:"href"`
	Rel  string `json:"rel,omitempty"`
	Text string `json:"text,omitempty"`
}

// relevantEvidence ties an observation to the evidence it rests on.
type relevantEvidence struct {
	Href        string `json:"href"`
	Description string `json:"description"`
}

// props builds props in order, leaving out empty values.
func props(kv ...string) []prop {
	var ps []prop
	for i := 0; i+1 < len(kv); i += 2 {
		if v := propValue(kv[i+1]); v != "" {
			ps = append(ps, prop{Name: kv[i], NS: oscalNS, Value: v})
		}
	}
	return ps
}

func oscalTime(t time.Time) string { return t.In(jst).Format(time.RFC3339) }

// midnight is the start of a date in JST.
func midnight(d review.Date) time.Time {
	t := d.Time()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, jst)
}

func writeOSCAL(w io.Writer, d *doc) error {
	in := d.in
	seed := []string{d.Anchor.Head, strconv.FormatInt(d.Anchor.Count, 10)}
	id := func(parts ...string) string { return uuid5(slices.Concat(seed, parts)...) }
	appID := strconv.FormatInt(in.App.ID, 10)

	rounds := in.Rounds
	if len(rounds) == 0 {
		rounds = []Round{{App: in.App, Findings: in.Findings, Answers: in.Answers}}
	}
	// Parties: the report's reviewer and everyone who recorded a finding.
	names := []string{}
	seen := map[string]bool{}
	addName := func(n string) {
		if n = propValue(n); n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	addName(in.Reviewer)
	for _, r := range rounds {
		for _, it := range in.Catalog.Items {
			if f, ok := r.Findings[it.ID]; ok {
				addName(f.Reviewer)
			}
		}
	}
	partyUUID := func(n string) string { return id("party", n) }
	md := metadata{
		Title:        markup(fmt.Sprintf("情報開示認定 審査結果：%s（%s）", d.Head.Service, d.Head.Applicant)),
		Version:      fmt.Sprintf("round %d, event log %d", rounds[len(rounds)-1].App.Round, d.Anchor.Count),
		OSCALVersion: oscalVersion,
		Props: props("application-id", appID, "scheme", d.Head.SchemeID, "edition", d.Head.Edition,
			"kind", string(in.App.Kind), "service", d.Head.Service, "applicant", d.Head.Applicant,
			"corporate-number", d.Head.CorporateNumber, "certification-number", d.Head.CertNumber,
			"disclosure-date", in.App.DisclosureDate.String(),
			"anchor-head", d.Anchor.Head, "anchor-count", strconv.FormatInt(d.Anchor.Count, 10)),
		Remarks: markup(anchorSentence(d)),
	}
	if len(names) > 0 {
		md.Roles = []role{{ID: assessorRole, Title: "審査員 (assessor)"}}
		rp := responsibleParty{RoleID: assessorRole}
		for _, n := range names {
			md.Parties = append(md.Parties, party{UUID: partyUUID(n), Type: "person", Name: n})
			rp.PartyUUIDs = append(rp.PartyUUIDs, partyUUID(n))
		}
		md.ResponsibleParties = []responsibleParty{rp}
	}
	latest := midnight(in.Date)
	plan := id("assessment-plan", appID)
	doc := oscalDoc{AR: assessmentResults{
		UUID:     id("assessment-results", appID),
		ImportAP: remarksHref{Href: "#" + plan, Remarks: "shinsa は評価計画を文書化しない。参照先は back-matter の説明のみ。"},
		BackMatter: backMatter{Resources: []resource{{UUID: plan, Title: "評価計画（shinsa-assessment-plan）",
			Description: markup(fmt.Sprintf("%s の開示項目すべてを、記述内容・様式・対応条項に照らして審査する（EXAMINE）。評価計画は別文書としては作成していない。", d.Head.CatalogTitle))}}},
	}}
	doc.AR.BackMatter.Resources = append(doc.AR.BackMatter.Resources, evidenceResources(in, id)...)
	for _, rd := range rounds {
		res, last := oscalResult(d, rd, id, partyUUID)
		if last.After(latest) {
			latest = last
		}
		doc.AR.Results = append(doc.AR.Results, res)
	}
	doc.AR.Metadata = md
	doc.AR.Metadata.LastModified = oscalTime(latest)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// oscalResult is one round; it also returns the round's latest finding time.
func oscalResult(d *doc, rd Round, id func(...string) string, partyUUID func(string) string) (result, time.Time) {
	in := d.in
	a := rd.App
	appID := strconv.FormatInt(a.ID, 10)
	cat := in.Catalog
	if in.Registry != nil && a.Edition != "" && a.Edition != cat.Edition {
		if c, err := in.Registry.Catalog(a.Scheme, a.Edition); err == nil {
			cat = c
		}
	}
	round := max(a.Round, 1)
	start := midnight(a.Submitted)
	if a.Submitted.IsZero() {
		start = a.Created
		if start.IsZero() {
			start = midnight(in.Date)
		}
	}
	answers := rd.Answers
	if answers == nil && a.ID == in.App.ID {
		answers = in.Answers
	}
	byItem := make(map[string]string, len(answers))
	for _, x := range answers {
		byItem[x.Item] = x.Text
	}
	var last time.Time
	for _, f := range rd.Findings {
		if f.Time.After(last) {
			last = f.Time
		}
	}
	res := result{
		UUID:  id("result", appID),
		Title: fmt.Sprintf("第%d回審査（申請 #%d）", round, a.ID),
		Description: markup(fmt.Sprintf("「%s」の情報開示（%s %s、%s申請）第%d回審査の結果。全%d項目。",
			line(a.Service), criteria.SchemeTitle(a.Scheme), line(cat.Edition), a.Kind.Japanese(), round, len(cat.Items))),
		Start: oscalTime(start),
		Props: props("round", strconv.Itoa(round), "application-id", appID, "submitted", a.Submitted.String()),
		ReviewedControls: reviewedControls{
			ControlSelections:          []selection{{Description: markup(line(cat.Title) + "（" + line(cat.Edition) + "）の全開示項目"), IncludeAll: &struct{}{}}},
			ControlObjectiveSelections: []selection{{IncludeAll: &struct{}{}}},
		},
	}
	if !last.IsZero() && !last.Before(start) {
		res.End = oscalTime(last)
	}
	for _, it := range cat.Items {
		f, has := rd.Findings[it.ID]
		v := f.Verdict
		if !has || !v.Valid() {
			v = review.Unreviewed
		}
		title := markup(fmt.Sprintf("項目 %s %s", line(it.ID), line(it.Title)))
		fd := finding{
			UUID:        id("finding", appID, it.ID),
			Title:       title,
			Description: markup(findingDescription(it, byItem, answers != nil)),
			Props:       props("item-id", it.ID, "verdict", string(v), "verdict-ja", v.Japanese(), "required", requiredJA(it.Required)),
			Target:      target{Type: "objective-id", TargetID: token(it.ID), Status: status(v)},
		}
		var cites []Citation
		if a.ID == in.App.ID {
			cites = in.Citations[it.ID]
		}
		for _, c := range cites {
			fd.Links = append(fd.Links, link{Href: "#" + evidenceUUID(id, c.SHA256), Rel: "reference", Text: citationShort(c)})
		}
		if has && (v.Reviewed() || strings.TrimSpace(f.Note+f.Request) != "") {
			ob := observation{
				UUID:        id("observation", appID, it.ID),
				Title:       title + " の審査所見",
				Description: markup(observationText(f, v)),
				Props:       props("verdict", string(v), "revision", strconv.FormatInt(f.Revision, 10)),
				Methods:     []string{"EXAMINE"},
				Types:       []string{"finding"},
				Collected:   oscalTime(start),
				Remarks:     markup(clean(f.Origin)),
			}
			if !f.Time.IsZero() {
				ob.Collected = oscalTime(f.Time)
			}
			for _, c := range cites {
				ob.RelevantEvidence = append(ob.RelevantEvidence, relevantEvidence{Href: "#" + evidenceUUID(id, c.SHA256),
					Description: markup(citationLabel(c))})
			}
			if n := propValue(f.Reviewer); n != "" {
				ob.Origins = []origin{{Actors: []actor{{Type: "party", ActorUUID: partyUUID(n), RoleID: assessorRole}}}}
			}
			res.Observations = append(res.Observations, ob)
			fd.RelatedObservations = []relatedObserve{{ObservationUUID: ob.UUID}}
		}
		res.Findings = append(res.Findings, fd)
	}
	return res, last
}

// status maps a verdict to OSCAL's two states; reason says pass, fail or
// other (not yet decided), the reasons OSCAL names.
func status(v review.Verdict) targetStatus {
	switch v {
	case review.Conforms, review.NotApplicable:
		return targetStatus{State: "satisfied", Reason: "pass"}
	case review.Query, review.Correction, review.Nonconforming:
		return targetStatus{State: "not-satisfied", Reason: "fail", Remarks: v.Japanese() + "（" + string(v) + "）"}
	}
	return targetStatus{State: "not-satisfied", Reason: "other",
		Remarks: "未審査（unreviewed）：判定が記録されていないため、充足とはしていない。"}
}

func requiredJA(req bool) string {
	if req {
		return "必須"
	}
	return "選択"
}

// findingDescription is the row's 記述内容 and, when the round's answers are
// known, what the applicant disclosed.
func findingDescription(it criteria.Item, answers map[string]string, known bool) string {
	s := "記述内容：" + clean(it.Description)
	if !known {
		return s
	}
	if a, ok := answers[it.ID]; ok {
		return s + "\n\n情報開示内容：" + clean(a)
	}
	return s + "\n\n情報開示内容：（未回答）"
}

func observationText(f review.Finding, v review.Verdict) string {
	s := "判定：" + v.Japanese() + "（" + string(v) + "）"
	if n := strings.TrimSpace(clean(f.Note)); n != "" {
		s += "\n\n所見：" + n
	}
	if r := strings.TrimSpace(clean(f.Request)); r != "" {
		s += "\n\n修正依頼：" + r
	}
	return s
}

// evidenceUUID names the back-matter resource of the stored file with this
// SHA-256: one resource per content, however many names it was added under.
func evidenceUUID(id func(...string) string, sha string) string { return id("evidence", line(sha)) }

// evidenceResources are the application's evidence files as back-matter
// resources: title the (sanitised) name, an rlink naming the content by its
// SHA-256 (a URN: the bytes are in the case file, 'shinsa evidence get'
// writes them out) with OSCAL's hash, the rows it supports as a prop.
func evidenceResources(in *Input, id func(...string) string) []resource {
	var out []resource
	at := map[string]int{}
	for _, e := range in.Evidence {
		sha := strings.ToLower(line(e.SHA256))
		if i, ok := at[sha]; ok {
			if n := line(e.Name); !strings.Contains(out[i].Title, n) {
				out[i].Title += "、" + n
			}
			continue
		}
		at[sha] = len(out)
		r := resource{UUID: evidenceUUID(id, e.SHA256), Title: line(e.Name),
			Description: markup(fmt.Sprintf("証跡（申請 #%d）：%s、%s、SHA-256 %s", in.App.ID, line(e.Name), sizeText(e.Size), sha)),
			Props:       props("evidence-sha256", sha, "evidence-rows", strings.Join(e.Rows, ", "), "evidence-size", strconv.FormatInt(e.Size, 10)),
			RLinks: []rlink{{Href: "urn:shinsa:evidence:sha256:" + sha, MediaType: propValue(e.MediaType),
				Hashes: []oscalHash{{Algorithm: "SHA-256", Value: sha}}}},
		}
		out = append(out, r)
	}
	return out
}
