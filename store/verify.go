package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Problem is one thing verify found wrong, naming the row.
type Problem struct {
	Where   string `json:"where"` // "events row 57", "findings row (application 3, item 4.1)"
	Message string `json:"message"`
}

func (p Problem) String() string { return p.Where + ": " + p.Message }

// VerifyReport is the outcome of Verify.
type VerifyReport struct {
	Events   int64     `json:"events"`
	Findings int       `json:"findings"`
	Apps     int       `json:"applications"`
	Head     Anchor    `json:"anchor"`
	Problems []Problem `json:"problems"`
}

// OK reports whether nothing was found wrong.
func (r VerifyReport) OK() bool { return len(r.Problems) == 0 }

// Verify checks the file's integrity and the event log: PRAGMA integrity_check,
// the append-only triggers, the hash chain row by row, and that the findings,
// application and answer rows are exactly what the log says they should be.
// An edit, insert or delete made behind shinsa's back shows up as a Problem
// naming the row. Truncating the log's tail is only visible against an anchor
// kept outside the file (see CheckAnchor).
func (s *Store) Verify(ctx context.Context) (VerifyReport, error) {
	var rep VerifyReport
	add := func(where, format string, args ...any) {
		rep.Problems = append(rep.Problems, Problem{Where: where, Message: fmt.Sprintf(format, args...)})
	}
	// integrity_check reads every page (most of verify's time on a large
	// file): it runs on its own connection while the log is replayed.
	type icResult struct {
		lines []string
		err   error
	}
	icDone := make(chan icResult, 1)
	go func() {
		var r icResult
		rows, err := s.read.QueryContext(ctx, "PRAGMA integrity_check(20)")
		if err != nil {
			r.err = fmt.Errorf("%s: %w", s.path, err)
			icDone <- r
			return
		}
		defer rows.Close()
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				r.err = err
				break
			}
			if line != "ok" {
				r.lines = append(r.lines, line)
			}
		}
		icDone <- r
	}()
	ic := func() error {
		r := <-icDone
		for _, l := range r.lines {
			add("database", "integrity_check: %s", l)
		}
		return r.err
	}
	// Replay the log.
	type appState struct {
		header    appHeader
		answers   int
		digest    string
		status    string
		pred      int64
		importSeq int64
	}
	apps := map[int64]*appState{}
	type fkey struct {
		app  int64
		item string
	}
	type fstate struct {
		p     findingPayload
		actor string
		time  string
		seq   int64
	}
	finds := map[fkey]fstate{}
	evs := map[int64]evidenceEvent{}
	cites := map[int64][]Citation{}
	links := map[int64]map[string]int64{}
	evidenceOf := map[int64]int64{} // evidence.added event → evidence id, filled below

	rows, err := s.read.QueryContext(ctx, "SELECT seq, time, actor, kind, app, item, payload, prev, hash FROM events ORDER BY seq")
	if err != nil {
		return rep, err
	}
	prev := genesis
	var want int64 = 1
	for rows.Next() {
		var seq int64
		var tm, actor, kind, item, payload, p, h string
		var app sql.NullInt64
		if err := rows.Scan(&seq, &tm, &actor, &kind, &app, &item, &payload, &p, &h); err != nil {
			rows.Close()
			return rep, err
		}
		where := "events row " + strconv.FormatInt(seq, 10)
		if seq != want {
			if seq > want {
				if seq-1 == want {
					add(where, "row %d of the log before it is missing (deleted)", want)
				} else {
					add(where, "rows %d to %d of the log before it are missing (deleted)", want, seq-1)
				}
			} else {
				add(where, "row number out of order")
			}
		}
		if p != prev {
			add(where, "does not chain to the row before it (prev hash differs): a row was changed, inserted or deleted")
		}
		if got := eventHash(p, seq, tm, actor, kind, app, item, payload); got != h {
			add(where, "hash does not match its contents: the row was edited")
		}
		prev, want = h, seq+1
		rep.Events++

		switch kind {
		case EvImported:
			var ip importPayload
			if err := json.Unmarshal([]byte(payload), &ip); err != nil {
				add(where, "unreadable import record: %v", err)
				continue
			}
			apps[app.Int64] = &appState{header: ip.Header, answers: ip.Answers, digest: ip.AnswersSHA256,
				status: "received", pred: ip.Header.Predecessor, importSeq: seq}
		case EvStatus:
			var sp map[string]string
			if json.Unmarshal([]byte(payload), &sp) == nil {
				if a := apps[app.Int64]; a != nil {
					a.status = sp["to"]
					if n, ok := sp["certification_number"]; ok {
						a.header.CertificationNumber = n // issued at certification
					}
				} else {
					add(where, "status change of application %d, which the log never imported", app.Int64)
				}
			}
		case EvLinked:
			var lp map[string]int64
			if json.Unmarshal([]byte(payload), &lp) == nil {
				if a := apps[app.Int64]; a != nil {
					a.pred = lp["to"]
				}
			}
		case EvFinding:
			var fp findingPayload
			if err := json.Unmarshal([]byte(payload), &fp); err != nil {
				add(where, "unreadable finding record: %v", err)
				continue
			}
			finds[fkey{app.Int64, item}] = fstate{p: fp, actor: actor, time: tm, seq: seq}
		case EvEvidence:
			var ep evidencePayload
			if err := json.Unmarshal([]byte(payload), &ep); err != nil {
				add(where, "unreadable evidence record: %v", err)
				continue
			}
			evs[seq] = evidenceEvent{p: ep, app: app.Int64, actor: actor, time: tm}
		case EvCited:
			var cp citedPayload
			if err := json.Unmarshal([]byte(payload), &cp); err != nil {
				add(where, "unreadable evidence record: %v", err)
				continue
			}
			for _, c := range cp.Citations {
				c.App, c.Item, c.By, c.Time = app.Int64, item, actor, tm
				cites[seq] = append(cites[seq], c)
			}
		case EvEvidenceLinked:
			var lp struct {
				Evidence int64    `json:"evidence"`
				Rows     []string `json:"rows"`
			}
			if err := json.Unmarshal([]byte(payload), &lp); err != nil {
				add(where, "unreadable evidence record: %v", err)
				continue
			}
			if links[lp.Evidence] == nil {
				links[lp.Evidence] = map[string]int64{}
			}
			for _, r := range lp.Rows {
				links[lp.Evidence][r] = seq
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return rep, err
	}
	rep.Head = Anchor{Head: prev, Count: want - 1}

	// Findings rows against the log.
	rows, err = s.read.QueryContext(ctx, "SELECT app, item, verdict, note, request, reviewer, time, revision, origin, event FROM findings ORDER BY app, item")
	if err != nil {
		return rep, err
	}
	seen := map[fkey]bool{}
	for rows.Next() {
		var k fkey
		var verdict, note, request, reviewer, tm, origin string
		var rev, ev int64
		if err := rows.Scan(&k.app, &k.item, &verdict, &note, &request, &reviewer, &tm, &rev, &origin, &ev); err != nil {
			rows.Close()
			return rep, err
		}
		rep.Findings++
		seen[k] = true
		where := fmt.Sprintf("findings row (application %d, item %s)", k.app, k.item)
		f, ok := finds[k]
		if !ok {
			add(where, "has no finding.saved event in the log: inserted behind shinsa's back")
			continue
		}
		var diffs []string
		if verdict != f.p.Verdict {
			diffs = append(diffs, fmt.Sprintf("verdict %q, log says %q", verdict, f.p.Verdict))
		}
		if note != f.p.Note {
			diffs = append(diffs, "note differs")
		}
		if request != f.p.Request {
			diffs = append(diffs, "correction request differs")
		}
		if reviewer != f.actor {
			diffs = append(diffs, fmt.Sprintf("reviewer %q, log says %q", reviewer, f.actor))
		}
		if tm != f.time {
			diffs = append(diffs, "time differs")
		}
		if rev != f.p.Revision || ev != f.seq {
			diffs = append(diffs, fmt.Sprintf("revision %d/event %d, log says %d/%d", rev, ev, f.p.Revision, f.seq))
		}
		if origin != f.p.Origin {
			diffs = append(diffs, "origin differs")
		}
		if len(diffs) > 0 {
			add(where, "does not match events row %d: %s", f.seq, strings.Join(diffs, "; "))
		}
	}
	rows.Close()
	for k, f := range finds {
		if !seen[k] {
			add(fmt.Sprintf("findings row (application %d, item %s)", k.app, k.item), "missing: the log records it at events row %d; it was deleted", f.seq)
		}
	}

	// Applications and answers against their import records.
	list, err := s.Applications(ctx)
	if err != nil {
		return rep, err
	}
	rep.Apps = len(list)
	seenApp := map[int64]bool{}
	for _, a := range list {
		seenApp[a.ID] = true
		where := fmt.Sprintf("applications row %d", a.ID)
		st := apps[a.ID]
		if st == nil {
			add(where, "has no import record in the log: inserted behind shinsa's back")
			continue
		}
		h := st.header
		var cover, srcHash string
		if err := s.read.QueryRowContext(ctx, "SELECT cover, source_sha256 FROM applications WHERE id = ?", a.ID).Scan(&cover, &srcHash); err != nil {
			return rep, err
		}
		got := appHeader{Scheme: a.Scheme, Edition: a.Edition, Kind: string(a.Kind), Applicant: a.Applicant,
			CorporateNumber: a.CorporateNumber, Service: a.Service, CertificationNumber: a.CertificationNumber,
			DisclosureDate: a.DisclosureDate.String(), Submitted: a.Submitted.String(), Predecessor: h.Predecessor,
			RoundOf: a.RoundOf, Round: a.Round, Source: a.Source, SourceSHA256: srcHash, Cover: cover, Created: formatTime(a.Created)}
		if got != h {
			add(where, "does not match its import record (events row %d)", st.importSeq)
		}
		if a.Predecessor != st.pred {
			add(where, "predecessor %d, the log says %d", a.Predecessor, st.pred)
		}
		if string(a.Status) != st.status {
			add(where, "status %q, the log says %q", a.Status, st.status)
		}
		answers, err := s.Answers(ctx, a.ID)
		if err != nil {
			add(fmt.Sprintf("answers of application %d", a.ID), "unreadable: %v", err)
			continue
		}
		if len(answers) != st.answers || answersDigest(answers) != st.digest {
			add(fmt.Sprintf("answers of application %d", a.ID), "differ from what was imported (events row %d): %d rows now, %d imported", st.importSeq, len(answers), st.answers)
		}
	}
	for id, st := range apps {
		if !seenApp[id] {
			add(fmt.Sprintf("applications row %d", id), "missing: imported at events row %d and deleted since", st.importSeq)
		}
	}
	// The counts the case list reads must agree with the rows they count.
	rows, err = s.read.QueryContext(ctx, `
		WITH actual(app, what, n) AS (
			SELECT app, '#answers', count(*) FROM answers GROUP BY app
			UNION ALL SELECT app, verdict, count(*) FROM findings GROUP BY app, verdict)
		SELECT coalesce(a.app, c.app), coalesce(a.what, c.what), coalesce(a.n, 0), coalesce(c.n, 0)
		FROM actual a FULL JOIN app_counts c ON a.app = c.app AND a.what = c.what
		WHERE coalesce(a.n, 0) != coalesce(c.n, 0) ORDER BY 1, 2`)
	if err != nil {
		return rep, err
	}
	for rows.Next() {
		var app int64
		var what string
		var actual, counted int
		if err := rows.Scan(&app, &what, &actual, &counted); err != nil {
			rows.Close()
			return rep, err
		}
		add(fmt.Sprintf("app_counts row (application %d, %s)", app, what), "says %d, the rows say %d", counted, actual)
	}
	rows.Close()

	// Evidence: the rows of an evidence.added event link the evidence row
	// that event created.
	if len(evs) > 0 {
		er, err := s.read.QueryContext(ctx, "SELECT id, event FROM evidence")
		if err != nil {
			return rep, err
		}
		for er.Next() {
			var id, ev int64
			if err := er.Scan(&id, &ev); err != nil {
				er.Close()
				return rep, err
			}
			evidenceOf[ev] = id
		}
		er.Close()
		for seq, e := range evs {
			id, ok := evidenceOf[seq]
			if !ok {
				continue // reported as missing by verifyEvidence
			}
			if links[id] == nil {
				links[id] = map[string]int64{}
			}
			for _, r := range e.p.Rows {
				links[id][r] = seq
			}
		}
	}
	if err := s.verifyEvidence(ctx, evs, links, cites, add); err != nil {
		return rep, err
	}

	if err := ic(); err != nil {
		return rep, err
	}
	cps, err := s.verifyCriteria(ctx)
	if err != nil {
		return rep, err
	}
	rep.Problems = append(rep.Problems, cps...)
	sps, err := s.verifySchema(ctx)
	if err != nil {
		return rep, err
	}
	rep.Problems = append(rep.Problems, sps...)
	dps, err := s.verifyDerived(ctx)
	if err != nil {
		return rep, err
	}
	rep.Problems = append(rep.Problems, dps...)

	// Last, so the first problem reported is a row when a row was touched.
	var triggers int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'
		AND name IN ('events_no_update', 'events_no_delete')`).Scan(&triggers); err != nil {
		return rep, err
	}
	if triggers != 2 {
		add("events table", "the triggers that keep the log append-only were dropped")
	}
	return rep, nil
}

// CheckAnchor compares the log with an anchor printed on an earlier report:
// the row it names must exist and carry the same hash. A truncated or
// rewritten log fails this even when its chain is internally consistent.
func (s *Store) CheckAnchor(ctx context.Context, a Anchor) (*Problem, error) {
	var n int64
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM events").Scan(&n); err != nil {
		return nil, err
	}
	if a.Count > n {
		return &Problem{Where: "events", Message: fmt.Sprintf("the anchor names %d rows but the log has %d: the log was truncated", a.Count, n)}, nil
	}
	if a.Count == 0 {
		return nil, nil
	}
	var h string
	err := s.read.QueryRowContext(ctx, "SELECT hash FROM events WHERE seq = ?", a.Count).Scan(&h)
	if err == sql.ErrNoRows {
		return &Problem{Where: fmt.Sprintf("events row %d", a.Count), Message: "missing: the log was cut or renumbered"}, nil
	}
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(h, a.Head) {
		return &Problem{Where: fmt.Sprintf("events row %d", a.Count), Message: "its hash differs from the anchor: the log was rewritten"}, nil
	}
	return nil, nil
}

// ParseAnchor reads HASH:COUNT.
func ParseAnchor(s string) (Anchor, error) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return Anchor{}, fmt.Errorf("anchor %q: want HASH:COUNT as printed on a report", s)
	}
	n, err := strconv.ParseInt(s[i+1:], 10, 64)
	h := strings.ToLower(s[:i])
	if err != nil || n < 0 || len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
		return Anchor{}, fmt.Errorf("anchor %q: want a 64-digit hex hash, a colon and a row count", s)
	}
	return Anchor{Head: h, Count: n}, nil
}
