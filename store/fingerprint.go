package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Fingerprints identify a case file and one of its applications across
// files written from them (the review worksheet): the hash of the log's
// first event, which no other case file shares, and the hash of the event
// that imported the application (its header and the digest of its answers).
func (s *Store) Fingerprints(ctx context.Context, app int64) (caseFile, application string, err error) {
	if err = s.read.QueryRowContext(ctx, "SELECT hash FROM events ORDER BY seq LIMIT 1").Scan(&caseFile); err != nil {
		if err == sql.ErrNoRows {
			return "", "", fmt.Errorf("%s: the event log is empty", s.Path())
		}
		return "", "", s.wrapRead(err)
	}
	if err = s.read.QueryRowContext(ctx, "SELECT hash FROM events WHERE app = ? ORDER BY seq LIMIT 1", app).Scan(&application); err != nil {
		if err == sql.ErrNoRows {
			return "", "", fmt.Errorf("application %d: %w", app, ErrNotFound)
		}
		return "", "", s.wrapRead(err)
	}
	return caseFile, application, nil
}
