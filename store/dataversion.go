package store

import (
	"context"
	"database/sql"
	"sync"
)

// dataVersion is one reading connection kept aside for PRAGMA data_version,
// whose value is that connection's own: it changes when any other
// connection (this program's writer or another process) commits.
type dataVersion struct {
	mu   sync.Mutex
	conn *sql.Conn
}

// DataVersion returns a number that changes whenever the case file was
// committed to since the last call, by this program or any other: a screen
// shown again reads it to reload only when something changed. The number
// means nothing on its own; compare two readings of the same Store.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	s.dv.mu.Lock()
	defer s.dv.mu.Unlock()
	if s.dv.conn == nil {
		c, err := s.read.Conn(ctx)
		if err != nil {
			return 0, err
		}
		s.dv.conn = c
	}
	var v int64
	if err := s.dv.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		s.dv.conn.Close()
		s.dv.conn = nil
		return 0, err
	}
	return v, nil
}

func (s *Store) closeDataVersion() {
	s.dv.mu.Lock()
	defer s.dv.mu.Unlock()
	if s.dv.conn != nil {
		s.dv.conn.Close()
		s.dv.conn = nil
	}
}
