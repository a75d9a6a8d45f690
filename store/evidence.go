package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"shinsa/review"
)

// Evidence documents (決算書, certificates, 規程類) are kept in the case file,
// content-addressed by SHA-256: the bytes of one document are stored once,
// in ChunkSize rows, however many applications and rounds name them. Every
// table here is append-only, like the event log, and each addition is an
// event carrying the hash.

// ChunkSize is the size of one stored piece of an evidence file. A file is
// streamed through one such buffer; it never sits whole in memory.
const ChunkSize = 1 << 20

// Event kinds of evidence.
const (
	EvEvidence       = "evidence.added"
	EvEvidenceLinked = "evidence.linked"
)

// EvidenceLimits bound what one file and one application may hold.
type EvidenceLimits struct {
	File int64 // bytes per file
	App  int64 // bytes per application, all its files together
}

// DefaultEvidenceLimits: a scanned 決算書 runs to tens of megabytes; a
// whole application's evidence rarely passes a gigabyte.
func DefaultEvidenceLimits() EvidenceLimits {
	return EvidenceLimits{File: 512 << 20, App: 2 << 30}
}

// ErrTooLarge is a file or application over its evidence limit.
var ErrTooLarge = errors.New("over the evidence size limit")

// EvidenceInput is one file to add.
type EvidenceInput struct {
	Name string        // the file's name as submitted (sanitised here; never used as a path)
	R    io.ReadSeeker // its content, read twice: once to hash, once to store
	Rows []string      // items to link it to, besides those whose 証跡 name it
}

// EvidenceFile is one evidence file of an application.
type EvidenceFile struct {
	ID        int64    `json:"id"`
	App       int64    `json:"application"`
	Name      string   `json:"name"`
	SHA256    string   `json:"sha256"`
	Size      int64    `json:"size"`
	MediaType string   `json:"media_type"`
	AddedBy   string   `json:"added_by"`
	Added     string   `json:"added"`
	Rows      []string `json:"rows"`
	Event     int64    `json:"event"`
	// Stored is true when these bytes were new to the case file, false when
	// an earlier file (of any application) already held them.
	Stored bool `json:"-"`
	// Already is true when the application held this name and content
	// before: only new row links were recorded.
	Already bool `json:"-"`
}

// CleanEvidenceName makes a submitted file name safe to store and show: the
// last path element only, no control or bidi characters, at most 200
// characters. It is a label, never a path.
func CleanEvidenceName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	name = strings.TrimSpace(review.SanitizeLine(name))
	if name == "." || name == "/" || name == ".." {
		name = ""
	}
	if utf8.RuneCountInString(name) > 200 {
		r := []rune(name)
		name = string(r[:200])
	}
	if name == "" {
		name = "(unnamed)"
	}
	return name
}

// evidenceKey is the form names are matched in: a name in the 証跡 column
// and the added file's name match when equal after normalising (NFKC, case)
// or when one is the other without its extension.
func evidenceKey(s string) string {
	return strings.ToLower(review.Normalize(s))
}

func stripExt(s string) string {
	if i := strings.LastIndexByte(s, '.'); i > 0 && len(s)-i <= 6 {
		return s[:i]
	}
	return s
}

// EvidenceNameMatches reports whether a name written in a submission's
// 証跡 column names the file added under fileName.
func EvidenceNameMatches(cited, fileName string) bool {
	a, b := evidenceKey(cited), evidenceKey(fileName)
	if a == "" || b == "" {
		return false
	}
	return a == b || stripExt(a) == b || a == stripExt(b)
}

// DetectMediaType names a file's type from its first bytes, never from its
// name: http.DetectContentType plus the office formats inside a zip.
func DetectMediaType(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return "application/pdf"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		// The parts' names sit in the local headers near the start.
		switch {
		case bytes.Contains(head, []byte("xl/")):
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
		case bytes.Contains(head, []byte("word/")):
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
		case bytes.Contains(head, []byte("ppt/")):
			return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
		}
		return "application/zip"
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return "application/x-ole-storage" // .xls, .doc of old Office
	case bytes.HasPrefix(head, []byte("II*\x00")), bytes.HasPrefix(head, []byte("MM\x00*")):
		return "image/tiff"
	}
	return http.DetectContentType(head)
}

type hashed struct {
	sha   string
	size  int64
	media string
}

// hashFile reads r once: its SHA-256, size and media type. It stops with
// ErrTooLarge past limit bytes.
func hashFile(r io.Reader, buf []byte, limit int64) (hashed, error) {
	h := sha256.New()
	var size int64
	first := true
	var out hashed
	for {
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			if first {
				out.media = DetectMediaType(buf[:n])
				first = false
			}
			h.Write(buf[:n])
			size += int64(n)
			if size > limit {
				return out, ErrTooLarge
			}
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return out, err
		}
	}
	if first {
		out.media = "application/octet-stream"
	}
	out.sha, out.size = hex.EncodeToString(h.Sum(nil)), size
	return out, nil
}

// FileError is an evidence file refused, naming it.
type FileError struct {
	Name string
	Err  error
}

func (e *FileError) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// AddEvidence stores files as evidence of an application, in one
// transaction: all of them or none. Each file is linked to its Rows and to
// every row whose 証跡 names it. A file the application already holds under
// the same name and content only gains the new links.
func (s *Store) AddEvidence(ctx context.Context, app int64, actor string, lim EvidenceLimits, ins []EvidenceInput) ([]EvidenceFile, error) {
	if strings.TrimSpace(actor) == "" {
		return nil, errors.New("evidence: no reviewer name")
	}
	if lim.File <= 0 || lim.App <= 0 {
		lim = DefaultEvidenceLimits()
	}
	buf := make([]byte, ChunkSize)
	hs := make([]hashed, len(ins))
	for i, in := range ins {
		h, err := hashFile(in.R, buf, lim.File)
		if errors.Is(err, ErrTooLarge) {
			return nil, &FileError{Name: in.Name, Err: fmt.Errorf("%w: larger than %s per file", ErrTooLarge, FormatSize(lim.File))}
		}
		if err != nil {
			return nil, &FileError{Name: in.Name, Err: err}
		}
		hs[i] = h
	}

	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	// Evidence comes with a submission: whoever may import may add it.
	if err := authorize(ctx, tx, actor, func(r review.Role) error { return review.MayAct(r, review.ActImport) }); err != nil {
		return nil, err
	}
	var st string
	if err := tx.QueryRowContext(ctx, "SELECT status FROM applications WHERE id = ?", app).Scan(&st); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("application %d: %w", app, ErrNotFound)
		}
		return nil, s.wrapWrite(err)
	}
	var total int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(sum(size), 0) FROM (SELECT DISTINCT sha256, size FROM evidence WHERE app = ?)`, app).Scan(&total); err != nil {
		return nil, s.wrapWrite(err)
	}
	// The names each row's 証跡 column gives.
	cited := map[string][]string{}
	rows, err := tx.QueryContext(ctx, "SELECT item, evidence FROM answers WHERE app = ? ORDER BY seq", app)
	if err != nil {
		return nil, s.wrapWrite(err)
	}
	var order []string
	for rows.Next() {
		var item, ev string
		if err := rows.Scan(&item, &ev); err != nil {
			rows.Close()
			return nil, err
		}
		var names []string
		json.Unmarshal([]byte(ev), &names)
		if len(names) > 0 {
			cited[item] = names
			order = append(order, item)
		}
	}
	rows.Close()

	seenSHA := map[string]bool{}
	out := make([]EvidenceFile, 0, len(ins))
	for i, in := range ins {
		h := hs[i]
		name := CleanEvidenceName(in.Name)
		f := EvidenceFile{App: app, Name: name, SHA256: h.sha, Size: h.size, MediaType: h.media, AddedBy: actor}
		// Rows: those given, then those whose 証跡 names the file.
		want := map[string]bool{}
		for _, r := range in.Rows {
			if r = strings.TrimSpace(r); r != "" && !want[r] {
				want[r] = true
				f.Rows = append(f.Rows, r)
			}
		}
		for _, item := range order {
			if want[item] {
				continue
			}
			for _, c := range cited[item] {
				if EvidenceNameMatches(c, name) {
					want[item] = true
					f.Rows = append(f.Rows, item)
					break
				}
			}
		}
		sort.SliceStable(f.Rows, func(a, b int) bool { return review.ItemLess(f.Rows[a], f.Rows[b]) })

		// The same name and content already in this application: link only.
		var existing int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM evidence WHERE app = ? AND name = ? AND sha256 = ? ORDER BY id DESC LIMIT 1", app, name, h.sha).Scan(&existing)
		if err != nil && err != sql.ErrNoRows {
			return nil, s.wrapWrite(err)
		}
		if existing != 0 {
			have, err := linkedRows(ctx, tx, existing)
			if err != nil {
				return nil, s.wrapWrite(err)
			}
			var add []string
			for _, r := range f.Rows {
				if !contains(have, r) {
					add = append(add, r)
				}
			}
			if len(add) > 0 {
				ev, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvEvidenceLinked, App: app,
					Payload: map[string]any{"evidence": existing, "name": name, "sha256": h.sha, "rows": add}})
				if err != nil {
					return nil, s.wrapWrite(err)
				}
				for _, r := range add {
					if _, err := tx.ExecContext(ctx, "INSERT INTO evidence_rows(evidence, item, event) VALUES (?,?,?)", existing, r, ev.Seq); err != nil {
						return nil, s.wrapWrite(err)
					}
				}
			}
			e, err := evidenceByID(ctx, tx, existing)
			if err != nil {
				return nil, s.wrapWrite(err)
			}
			e.Already = true
			out = append(out, e)
			continue
		}

		if !seenSHA[h.sha] {
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM evidence WHERE app = ? AND sha256 = ?", app, h.sha).Scan(&n); err != nil {
				return nil, s.wrapWrite(err)
			}
			if n == 0 {
				total += h.size
			}
			seenSHA[h.sha] = true
		}
		if total > lim.App {
			return nil, &FileError{Name: in.Name, Err: fmt.Errorf("%w: application %d would hold %s of evidence, more than %s per application", ErrTooLarge, app, FormatSize(total), FormatSize(lim.App))}
		}
		var have int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM blobs WHERE sha256 = ?", h.sha).Scan(&have); err != nil {
			return nil, s.wrapWrite(err)
		}
		if have == 0 {
			if _, err := in.R.Seek(0, io.SeekStart); err != nil {
				return nil, &FileError{Name: in.Name, Err: err}
			}
			if err := storeBlob(ctx, tx, in.R, buf, h); err != nil {
				var fe *FileError
				if errors.As(err, &fe) {
					fe.Name = in.Name
					return nil, fe
				}
				return nil, s.wrapWrite(err)
			}
			f.Stored = true
		}
		ev, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvEvidence, App: app, Payload: evidencePayload{
			Name: name, SHA256: h.sha, Size: h.size, MediaType: h.media, Rows: nonNil(f.Rows)}})
		if err != nil {
			return nil, s.wrapWrite(err)
		}
		f.Added, f.Event = formatTime(ev.Time), ev.Seq
		res, err := tx.ExecContext(ctx, `INSERT INTO evidence(app, name, sha256, size, media_type, actor, time, event) VALUES (?,?,?,?,?,?,?,?)`,
			app, name, h.sha, h.size, h.media, actor, f.Added, ev.Seq)
		if err != nil {
			return nil, s.wrapWrite(err)
		}
		f.ID, _ = res.LastInsertId()
		for _, r := range f.Rows {
			if _, err := tx.ExecContext(ctx, "INSERT INTO evidence_rows(evidence, item, event) VALUES (?,?,?)", f.ID, r, ev.Seq); err != nil {
				return nil, s.wrapWrite(err)
			}
		}
		if f.Rows == nil {
			f.Rows = []string{}
		}
		out = append(out, f)
	}
	if err := tx.Commit(); err != nil {
		return nil, s.wrapWrite(err)
	}
	return out, nil
}

type evidencePayload struct {
	Name      string   `json:"name"`
	SHA256    string   `json:"sha256"`
	Size      int64    `json:"size"`
	MediaType string   `json:"media_type"`
	Rows      []string `json:"rows"`
}

// storeBlob streams r into chunk rows, hashing it again: a file that changed
// since it was hashed is refused.
func storeBlob(ctx context.Context, tx *sql.Tx, r io.Reader, buf []byte, h hashed) error {
	chunks := (h.size + ChunkSize - 1) / ChunkSize
	if _, err := tx.ExecContext(ctx, "INSERT INTO blobs(sha256, size, chunks) VALUES (?,?,?)", h.sha, h.size, chunks); err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO blob_chunks(sha256, n, data) VALUES (?,?,?)")
	if err != nil {
		return err
	}
	defer stmt.Close()
	sum := sha256.New()
	var size int64
	for n := int64(0); ; n++ {
		k, err := io.ReadFull(r, buf)
		if k > 0 {
			if size+int64(k) > h.size {
				return &FileError{Err: errors.New("the file changed while it was being added; add it again")}
			}
			sum.Write(buf[:k])
			size += int64(k)
			if _, err := stmt.ExecContext(ctx, h.sha, n, buf[:k]); err != nil {
				return err
			}
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return &FileError{Err: err}
		}
	}
	if size != h.size || hex.EncodeToString(sum.Sum(nil)) != h.sha {
		return &FileError{Err: errors.New("the file changed while it was being added; add it again")}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func linkedRows(ctx context.Context, q queryer, id int64) ([]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT item FROM evidence_rows WHERE evidence = ?", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var it string
		if err := rows.Scan(&it); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	sort.SliceStable(out, func(a, b int) bool { return review.ItemLess(out[a], out[b]) })
	return out, rows.Err()
}

const evidenceSelect = "SELECT id, app, name, sha256, size, media_type, actor, time, event FROM evidence"

func scanEvidence(r rowScanner) (EvidenceFile, error) {
	var e EvidenceFile
	err := r.Scan(&e.ID, &e.App, &e.Name, &e.SHA256, &e.Size, &e.MediaType, &e.AddedBy, &e.Added, &e.Event)
	return e, err
}

func evidenceByID(ctx context.Context, q queryer, id int64) (EvidenceFile, error) {
	e, err := scanEvidence(q.QueryRowContext(ctx, evidenceSelect+" WHERE id = ?", id))
	if err != nil {
		return e, err
	}
	e.Rows, err = linkedRows(ctx, q, id)
	return e, err
}

// Evidence lists an application's evidence files in the order added, each
// with the rows it is linked to.
func (s *Store) Evidence(ctx context.Context, app int64) ([]EvidenceFile, error) {
	rows, err := s.read.QueryContext(ctx, evidenceSelect+" WHERE app = ? ORDER BY id", app)
	if err != nil {
		return nil, s.wrapRead(err)
	}
	var out []EvidenceFile
	for rows.Next() {
		e, err := scanEvidence(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Rows, err = linkedRows(ctx, s.read, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ResolveEvidence finds the stored file whose SHA-256 is hash or starts with
// it (at least 8 hex digits), and its size.
func (s *Store) ResolveEvidence(ctx context.Context, prefix string) (string, int64, error) {
	p := strings.ToLower(strings.TrimSpace(prefix))
	if len(p) < 8 || len(p) > 64 || strings.Trim(p, "0123456789abcdef") != "" {
		return "", 0, fmt.Errorf("%q is not a SHA-256 (64 hex digits, or at least the first 8 as 'shinsa evidence' lists them)", prefix)
	}
	rows, err := s.read.QueryContext(ctx, "SELECT sha256, size FROM blobs WHERE sha256 >= ? AND sha256 < ? ORDER BY sha256 LIMIT 2", p, p+"g")
	if err != nil {
		return "", 0, s.wrapRead(err)
	}
	defer rows.Close()
	var shas []string
	var size int64
	for rows.Next() {
		var sh string
		if err := rows.Scan(&sh, &size); err != nil {
			return "", 0, err
		}
		shas = append(shas, sh)
	}
	switch len(shas) {
	case 0:
		return "", 0, fmt.Errorf("no evidence file with SHA-256 %s: %w", p, ErrNotFound)
	case 1:
		return shas[0], size, nil
	}
	return "", 0, fmt.Errorf("SHA-256 %s names more than one evidence file: give more digits", p)
}

// ErrEvidenceDamaged is stored content that no longer has its hash.
var ErrEvidenceDamaged = errors.New("stored evidence does not match its SHA-256")

// WriteEvidence streams the stored file with the given full hash to w,
// one chunk at a time, and checks its hash at the end: a damaged file
// returns ErrEvidenceDamaged after writing, so the caller discards it.
func (s *Store) WriteEvidence(ctx context.Context, sha string, w io.Writer) (int64, error) {
	var size, chunks int64
	if err := s.read.QueryRowContext(ctx, "SELECT size, chunks FROM blobs WHERE sha256 = ?", sha).Scan(&size, &chunks); err != nil {
		if err == sql.ErrNoRows {
			return 0, fmt.Errorf("evidence %s: %w", sha, ErrNotFound)
		}
		return 0, s.wrapRead(err)
	}
	h := sha256.New()
	n, problem, err := s.streamBlob(ctx, sha, chunks, io.MultiWriter(w, h))
	if err != nil {
		return n, err
	}
	if problem != "" || n != size || hex.EncodeToString(h.Sum(nil)) != sha {
		return n, fmt.Errorf("evidence %s: %w (restore the case file from a backup)", sha, ErrEvidenceDamaged)
	}
	return n, nil
}

// streamBlob copies a blob's chunks in order to w and says what is wrong
// with their numbering, if anything.
func (s *Store) streamBlob(ctx context.Context, sha string, chunks int64, w io.Writer) (int64, string, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT n, data FROM blob_chunks WHERE sha256 = ? ORDER BY n", sha)
	if err != nil {
		return 0, "", s.wrapRead(err)
	}
	defer rows.Close()
	var total, want int64
	problem := ""
	var data sql.RawBytes
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n, &data); err != nil {
			return total, "", err
		}
		if n != want && problem == "" {
			problem = fmt.Sprintf("piece %d of %d is missing", want+1, chunks)
		}
		want = n + 1
		k, err := w.Write(data)
		total += int64(k)
		if err != nil {
			return total, "", err
		}
	}
	if err := rows.Err(); err != nil {
		return total, "", s.wrapRead(err)
	}
	if want != chunks && problem == "" {
		problem = fmt.Sprintf("%d pieces stored, %d expected", want, chunks)
	}
	return total, problem, nil
}

// verifyEvidence rehashes every stored file and checks the evidence rows
// against their events; problems name the file.
func (s *Store) verifyEvidence(ctx context.Context, evs map[int64]evidenceEvent, links map[int64]map[string]int64, cites map[int64][]Citation, add func(where, format string, args ...any)) error {
	// Names of each blob, to say which document is damaged.
	names := map[string][]string{}
	list, err := s.read.QueryContext(ctx, evidenceSelect+" ORDER BY id")
	if err != nil {
		return err
	}
	var all []EvidenceFile
	for list.Next() {
		e, err := scanEvidence(list)
		if err != nil {
			list.Close()
			return err
		}
		all = append(all, e)
		names[e.SHA256] = append(names[e.SHA256], fmt.Sprintf("%q (application %d)", e.Name, e.App))
	}
	list.Close()
	seen := map[int64]bool{}
	for _, e := range all {
		seen[e.Event] = true
		where := fmt.Sprintf("evidence %q (application %d)", e.Name, e.App)
		want, ok := evs[e.Event]
		if !ok {
			add(where, "has no evidence.added event in the log: inserted behind shinsa's back")
			continue
		}
		if want.app != e.App || want.p.Name != e.Name || want.p.SHA256 != e.SHA256 || want.p.Size != e.Size ||
			want.p.MediaType != e.MediaType || want.actor != e.AddedBy || want.time != e.Added {
			add(where, "does not match events row %d", e.Event)
		}
	}
	for seq, ev := range evs {
		if !seen[seq] {
			add(fmt.Sprintf("evidence %q (application %d)", ev.p.Name, ev.app), "missing: the log records it at events row %d; it was deleted", seq)
		}
	}
	// Row links against their events.
	lr, err := s.read.QueryContext(ctx, "SELECT r.evidence, r.item, r.event, e.name, e.app FROM evidence_rows r LEFT JOIN evidence e ON e.id = r.evidence")
	if err != nil {
		return err
	}
	got := map[int64]map[string]bool{}
	for lr.Next() {
		var id, ev int64
		var item string
		var name sql.NullString
		var app sql.NullInt64
		if err := lr.Scan(&id, &item, &ev, &name, &app); err != nil {
			lr.Close()
			return err
		}
		if got[id] == nil {
			got[id] = map[string]bool{}
		}
		got[id][item] = true
		if links[id][item] != ev {
			add(fmt.Sprintf("evidence %q (application %d)", name.String, app.Int64), "its link to row %s has no event in the log: added behind shinsa's back", item)
		}
	}
	lr.Close()
	for id, items := range links {
		for item := range items {
			if !got[id][item] {
				add(fmt.Sprintf("evidence row link (evidence %d, item %s)", id, item), "missing: the log records it; it was deleted")
			}
		}
	}
	// Citations against their events.
	cr, err := s.read.QueryContext(ctx, "SELECT app, item, name, page, sha256, actor, time, event FROM evidence_citations ORDER BY id")
	if err != nil {
		return err
	}
	used := map[int64]int{}
	for cr.Next() {
		var c Citation
		var ev int64
		if err := cr.Scan(&c.App, &c.Item, &c.Name, &c.Page, &c.SHA256, &c.By, &c.Time, &ev); err != nil {
			cr.Close()
			return err
		}
		where := fmt.Sprintf("evidence citation (application %d, item %s, %q)", c.App, c.Item, c.Name)
		want := cites[ev]
		if i := used[ev]; i < len(want) && want[i] == c {
			used[ev]++
		} else {
			add(where, "does not match events row %d: edited or inserted behind shinsa's back", ev)
		}
	}
	cr.Close()
	for ev, want := range cites {
		if used[ev] < len(want) {
			c := want[used[ev]]
			add(fmt.Sprintf("evidence citation (application %d, item %s, %q)", c.App, c.Item, c.Name), "missing: the log records it at events row %d; it was deleted", ev)
		}
	}
	// Every stored file, rehashed.
	br, err := s.read.QueryContext(ctx, "SELECT sha256, size, chunks FROM blobs ORDER BY sha256")
	if err != nil {
		return err
	}
	type blob struct {
		sha          string
		size, chunks int64
	}
	var blobs []blob
	for br.Next() {
		var b blob
		if err := br.Scan(&b.sha, &b.size, &b.chunks); err != nil {
			br.Close()
			return err
		}
		blobs = append(blobs, b)
	}
	br.Close()
	stored := map[string]bool{}
	for _, b := range blobs {
		stored[b.sha] = true
		who := names[b.sha]
		where := "evidence " + strings.Join(who, ", ")
		if len(who) == 0 {
			where = "evidence blob " + b.sha[:12]
		}
		h := sha256.New()
		n, problem, err := s.streamBlob(ctx, b.sha, b.chunks, h)
		if err != nil {
			return err
		}
		switch {
		case problem != "":
			add(where, "stored content is damaged: %s (SHA-256 %s; restore the case file from a backup)", problem, b.sha)
		case n != b.size || hex.EncodeToString(h.Sum(nil)) != b.sha:
			add(where, "stored content does not match its SHA-256 %s: it was altered or damaged (restore the case file from a backup)", b.sha)
		}
	}
	for sha, who := range names {
		if !stored[sha] {
			add("evidence "+strings.Join(who, ", "), "its content (SHA-256 %s) is missing from the case file", sha)
		}
	}
	var triggers int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN
		('blobs_no_update','blobs_no_delete','blob_chunks_no_update','blob_chunks_no_delete','evidence_no_update','evidence_no_delete',
		'evidence_rows_no_update','evidence_rows_no_delete','evidence_citations_no_update','evidence_citations_no_delete')`).Scan(&triggers); err != nil {
		return err
	}
	if triggers != 10 {
		add("evidence tables", "the triggers that keep stored evidence append-only were dropped")
	}
	return nil
}

type evidenceEvent struct {
	p     evidencePayload
	app   int64
	actor string
	time  string
}

// FormatSize writes a byte count for people: 12.3 MiB.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// EvCited is a finding citing evidence.
const EvCited = "evidence.cited"

// Citation is a finding's reference to an evidence document: the name as
// the reviewer gave it, resolved to the stored file (and so to the exact
// version read), and an optional page.
type Citation struct {
	App    int64  `json:"-"`
	Item   string `json:"-"`
	Name   string `json:"name"`
	Page   string `json:"page,omitempty"`
	SHA256 string `json:"sha256"`
	By     string `json:"by,omitempty"`
	Time   string `json:"time,omitempty"`
}

// ParseCitation reads NAME[:PAGE] as `--evidence` takes it: the page is
// what follows the last colon when it looks like one (12, p.12, 12-14).
func ParseCitation(s string) (name, page string) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ':'); i > 0 {
		p := strings.TrimSpace(s[i+1:])
		q := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(p), "p."), "p")
		if q != "" && strings.Trim(q, "0123456789-–,. ") == "" {
			return strings.TrimSpace(s[:i]), p
		}
	}
	return s, ""
}

// ErrNoEvidence is a citation naming no file the application holds.
var ErrNoEvidence = errors.New("no such evidence file")

// resolveCitations matches each cited name against the application's
// evidence: the exact name first, then a name match as the 証跡 column
// uses; the latest file of that name wins (the version the reviewer reads).
func resolveCitations(ctx context.Context, q queryer, app int64, in []Citation) ([]Citation, error) {
	rows, err := q.QueryContext(ctx, "SELECT name, sha256 FROM evidence WHERE app = ? ORDER BY id DESC", app)
	if err != nil {
		return nil, err
	}
	type ev struct{ name, sha string }
	var files []ev
	for rows.Next() {
		var e ev
		if err := rows.Scan(&e.name, &e.sha); err != nil {
			rows.Close()
			return nil, err
		}
		files = append(files, e)
	}
	rows.Close()
	out := make([]Citation, 0, len(in))
	for _, c := range in {
		name := CleanEvidenceName(c.Name)
		var hit *ev
		for i := range files {
			if files[i].name == name {
				hit = &files[i]
				break
			}
		}
		if hit == nil {
			for i := range files {
				if EvidenceNameMatches(name, files[i].name) {
					hit = &files[i]
					break
				}
			}
		}
		if hit == nil {
			var names []string
			for _, f := range files {
				if !contains(names, f.name) {
					names = append(names, f.name)
				}
			}
			held := "it holds none (add them with 'shinsa evidence add')"
			if len(names) > 0 {
				held = "it holds " + strings.Join(names, ", ")
			}
			return nil, fmt.Errorf("%q: application %d has %w of that name; %s", name, app, ErrNoEvidence, held)
		}
		c.Name, c.SHA256, c.Page = hit.name, hit.sha, review.SanitizeLine(strings.TrimSpace(c.Page))
		out = append(out, c)
	}
	return out, nil
}

// citeTx records citations of one row inside the caller's transaction, one
// event for them all; citations already recorded are not repeated.
func citeTx(ctx context.Context, tx *sql.Tx, app int64, item, actor string, finding int64, in []Citation) ([]Citation, error) {
	cs, err := resolveCitations(ctx, tx, app, in)
	if err != nil {
		return nil, err
	}
	var fresh []Citation
	for _, c := range cs {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM evidence_citations WHERE app = ? AND item = ? AND sha256 = ? AND name = ? AND page = ?",
			app, item, c.SHA256, c.Name, c.Page).Scan(&n); err != nil {
			return nil, err
		}
		dup := false
		for _, f := range fresh {
			dup = dup || f == c
		}
		if n == 0 && !dup {
			fresh = append(fresh, c)
		}
	}
	if len(fresh) == 0 {
		return cs, nil
	}
	ev, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvCited, App: app, Item: item,
		Payload: citedPayload{Finding: finding, Citations: fresh}})
	if err != nil {
		return nil, err
	}
	for _, c := range fresh {
		if _, err := tx.ExecContext(ctx, `INSERT INTO evidence_citations(app, item, name, page, sha256, actor, time, finding, event)
			VALUES (?,?,?,?,?,?,?,?,?)`, app, item, c.Name, c.Page, c.SHA256, actor, formatTime(ev.Time), finding, ev.Seq); err != nil {
			return nil, err
		}
	}
	return cs, nil
}

type citedPayload struct {
	Finding   int64      `json:"finding_event,omitempty"`
	Citations []Citation `json:"citations"`
}

// CiteEvidence records that a row's finding rests on evidence documents,
// without changing the finding's fields.
func (s *Store) CiteEvidence(ctx context.Context, app int64, item, actor string, in []Citation) ([]Citation, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if err := authorize(ctx, tx, actor, func(r review.Role) error { return review.MayAct(r, review.ActFinding) }); err != nil {
		return nil, err
	}
	var st string
	if err := tx.QueryRowContext(ctx, "SELECT status FROM applications WHERE id = ?", app).Scan(&st); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("application %d: %w", app, ErrNotFound)
		}
		return nil, s.wrapWrite(err)
	}
	switch review.Status(st) {
	case review.Certified, review.Rejected, review.Withdrawn:
		return nil, fmt.Errorf("application %d is %s: its findings are closed (reopen it with 'shinsa status CASEFILE %d in-review'): %w", app, st, app, ErrClosed)
	}
	var finding int64
	if err := tx.QueryRowContext(ctx, "SELECT event FROM findings WHERE app = ? AND item = ?", app, item).Scan(&finding); err != nil && err != sql.ErrNoRows {
		return nil, s.wrapWrite(err)
	}
	cs, err := citeTx(ctx, tx, app, item, actor, finding, in)
	if err != nil {
		return nil, s.wrapWrite(err)
	}
	if err := tx.Commit(); err != nil {
		return nil, s.wrapWrite(err)
	}
	return cs, nil
}

// Citations lists an application's citations by row, in the order made.
func (s *Store) Citations(ctx context.Context, app int64) (map[string][]Citation, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT item, name, page, sha256, actor, time FROM evidence_citations WHERE app = ? ORDER BY id", app)
	if err != nil {
		return nil, s.wrapRead(err)
	}
	defer rows.Close()
	out := map[string][]Citation{}
	for rows.Next() {
		c := Citation{App: app}
		if err := rows.Scan(&c.Item, &c.Name, &c.Page, &c.SHA256, &c.By, &c.Time); err != nil {
			return nil, err
		}
		out[c.Item] = append(out[c.Item], c)
	}
	return out, rows.Err()
}
