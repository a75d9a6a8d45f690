package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"shinsa/criteria"
	"shinsa/review"
)

type regCache struct {
	reg *criteria.Registry
	key string // count and latest import time of stored catalogs when built
}

// CatalogKinds that can be stored in a case file.
const (
	KindCatalog    = "catalog"
	KindGuideline  = "guideline"
	KindEditionMap = "editionmap"
)

// CatalogRedefinedError: an edition of that kind and name is already stored
// with a different body. Stored criteria never change (an application keeps
// the edition it was imported under): a new text is a new edition name.
type CatalogRedefinedError struct {
	Kind, Name, Edition string
	Stored, New         string // SHA-256 of the bodies
	Imported            string // when the stored one was imported
}

func (e *CatalogRedefinedError) Error() string {
	return fmt.Sprintf("%s %s %s is already stored (imported %s, sha256 %.12s…) with a different body (sha256 %.12s…): stored criteria never change; import it under a new edition name",
		e.Kind, e.Name, e.Edition, e.Imported, e.Stored, e.New)
}

// StoredCatalog reports the SHA-256 of a stored body, "" when none.
func (s *Store) StoredCatalog(ctx context.Context, kind, name, edition string) (string, error) {
	var body string
	err := s.read.QueryRowContext(ctx, "SELECT body FROM catalogs WHERE kind = ? AND name = ? AND edition = ?", kind, name, edition).Scan(&body)
	if err == sql.ErrNoRows {
		return "", nil
	}
	if err != nil {
		return "", s.wrapRead(err)
	}
	return sha256hex([]byte(body)), nil
}

// ImportCatalog stores a catalog edition, guideline or edition map in the
// case file, so the file stays readable on a machine whose shinsa does not
// embed it. body is the JSON of the criteria value. Stored criteria are
// immutable: the same body again is a no-op (nothing written), another body
// under a stored kind, name and edition is a *CatalogRedefinedError.
func (s *Store) ImportCatalog(ctx context.Context, kind, name, edition string, body []byte, actor string) error {
	switch kind {
	case KindCatalog, KindGuideline, KindEditionMap:
	default:
		return fmt.Errorf("unknown catalog kind %q", kind)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := authorize(ctx, tx, actor, func(r review.Role) error { return review.MayAct(r, review.ActImport) }); err != nil {
		return err
	}
	var old, when string
	err = tx.QueryRowContext(ctx, "SELECT body, imported FROM catalogs WHERE kind = ? AND name = ? AND edition = ?", kind, name, edition).Scan(&old, &when)
	switch {
	case err == nil && old == string(body):
		return nil // already stored, the same
	case err == nil:
		return &CatalogRedefinedError{Kind: kind, Name: name, Edition: edition, Stored: sha256hex([]byte(old)), New: sha256hex(body),
			Imported: parseTime(when).Local().Format("2006-01-02 15:04")}
	case err != sql.ErrNoRows:
		return s.wrapWrite(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO catalogs(kind, name, edition, body, imported) VALUES (?,?,?,?,?)`,
		kind, name, edition, string(body), formatTime(time.Now())); err != nil {
		return s.wrapWrite(err)
	}
	if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvCatalog,
		Payload: map[string]string{"kind": kind, "name": name, "edition": edition, "sha256": sha256hex(body)}}); err != nil {
		return s.wrapWrite(err)
	}
	return s.wrapWrite(tx.Commit())
}

// Edition names one edition of a scheme's catalog.
type Edition struct{ Scheme, Edition string }

// ItemCounts is how many rows each catalog edition the case file can use
// has: a built-in edition's from its compiled-in values, a stored one's
// counted in its JSON by SQLite; a stored edition wins over a built-in one
// of the same name, as in Registry. No catalog is parsed: listing the
// applications of a case file holding a 10,000-item edition took 52 ms, most
// of it parsing and validating that edition for its length.
func (s *Store) ItemCounts(ctx context.Context) (map[Edition]int, error) {
	out := map[Edition]int{}
	for _, c := range criteria.Reference().Catalogs() {
		out[Edition{c.Scheme, c.Edition}] = len(c.Items)
	}
	rows, err := s.read.QueryContext(ctx, "SELECT name, edition, json_array_length(body, '$.items') FROM catalogs WHERE kind = ?", KindCatalog)
	if err != nil {
		return nil, s.wrapRead(err)
	}
	defer rows.Close()
	for rows.Next() {
		var e Edition
		var n sql.NullInt64
		if err := rows.Scan(&e.Scheme, &e.Edition, &n); err != nil {
			return nil, err
		}
		if n.Valid {
			out[e] = int(n.Int64)
		} else {
			delete(out, e) // not a catalog's JSON: as if the edition were unknown
		}
	}
	return out, rows.Err()
}

// Registry returns the reference editions plus every edition stored in the
// case file (stored ones win on a clash of scheme and edition).
func (s *Store) Registry(ctx context.Context) (*criteria.Registry, error) {
	return s.registry(ctx, "")
}

// RegistryOf is Registry for work within one scheme (a comparison, a
// finding's item): of the criteria stored in the case file it parses that
// scheme's catalogs and edition maps and every guideline (which catalogs
// cite), not the other schemes' editions. What it says of the scheme is
// what Registry says.
func (s *Store) RegistryOf(ctx context.Context, scheme string) (*criteria.Registry, error) {
	if scheme == "" {
		return nil, fmt.Errorf("RegistryOf: no scheme")
	}
	return s.registry(ctx, scheme)
}

// registry builds Registry ("" scheme) or RegistryOf, each cached until
// criteria are stored.
func (s *Store) registry(ctx context.Context, scheme string) (*criteria.Registry, error) {
	var key string
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) || '/' || coalesce(max(imported), '') FROM catalogs").Scan(&key); err != nil {
		return nil, err
	}
	s.regMu.Lock()
	defer s.regMu.Unlock()
	if s.reg.reg != nil && s.reg.key == key {
		return s.reg.reg, nil // the whole registry serves any scheme
	}
	if c, ok := s.regOf[scheme]; ok && scheme != "" && c.key == key {
		return c.reg, nil
	}
	reg := criteria.Reference().Clone()
	if key == "0/" { // nothing stored: the built-in criteria alone, for every scheme
		s.reg = regCache{reg: reg, key: key}
		return reg, nil
	}
	rows, err := s.read.QueryContext(ctx, `SELECT kind, name, edition, body FROM catalogs WHERE ?1 = '' OR kind = 'guideline' OR name = ?1
		ORDER BY kind = 'editionmap', kind = 'catalog', imported`, scheme)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, name, edition, body string
		if err := rows.Scan(&kind, &name, &edition, &body); err != nil {
			return nil, err
		}
		where := fmt.Sprintf("%s: stored %s %s %s", s.path, kind, name, edition)
		switch kind {
		case KindGuideline:
			g, err := criteria.ParseGuideline([]byte(body))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			if err := reg.AddGuideline(g); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
		case KindCatalog:
			c, err := criteria.ParseCatalog([]byte(body))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			if err := reg.AdoptCatalog(c); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
		case KindEditionMap:
			m, err := criteria.ParseEditionMap([]byte(body))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			if err := reg.AddMap(*m); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if scheme == "" {
		s.reg = regCache{reg: reg, key: key}
	} else {
		if s.regOf == nil {
			s.regOf = map[string]regCache{}
		}
		s.regOf[scheme] = regCache{reg: reg, key: key}
	}
	return reg, nil
}
