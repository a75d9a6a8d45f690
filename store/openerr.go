package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ErrNotRegular: the path names a folder, FIFO, socket or device. Opening
// one is refused before it is opened (opening a FIFO would wait forever).
var ErrNotRegular = errors.New("not a regular file")

// ErrLocked: another program holds the case file locked.
var ErrLocked = errors.New("case file locked")

// checkRegular refuses a path that is missing, unreadable or not a regular
// file (links are followed), saying which.
func checkRegular(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return statError(path, err)
	}
	m := st.Mode()
	what := ""
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		what = "a folder"
	case m&os.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		what = "a socket"
	case m&os.ModeDevice != 0:
		what = "a device"
	default:
		what = "a special file"
	}
	return fmt.Errorf("%s: %w: it is %s, not a case file", path, ErrNotRegular, what)
}

// statError says why a path cannot be opened, in words.
func statError(path string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: no such file", path)
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf("%s: permission denied: this user may not read it (or a folder above it)", path)
	}
	return fmt.Errorf("%s: cannot read it: %v", path, unwrapPathErr(err))
}

// readOnlyCause says why the case file cannot be written where it is ("" when
// it can): the file or its folder is read-only (or on read-only media), or
// the disk is full. SQLite in WAL mode must create files beside the case
// file even to read it, and reports all of these as bare errors.
func readOnlyCause(path string) string {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		if errors.Is(err, syscall.EROFS) {
			return "it is on read-only media"
		}
		if errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EPERM) {
			return "the case file is read-only (" + unwrapPathErr(err).Error() + ")"
		}
	} else {
		f.Close()
	}
	dir := filepath.Dir(path)
	probe, err := createNew(dir, ".shinsa-probe-")
	if err != nil {
		switch {
		case errors.Is(err, syscall.ENOSPC):
			return "the disk is full"
		case errors.Is(err, syscall.EROFS):
			return "it is on read-only media"
		case errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EPERM):
			return "its folder is read-only (" + unwrapPathErr(err).Error() + "), and SQLite must create files beside it to write"
		}
	} else {
		name := probe.Name()
		probe.Close()
		os.Remove(name)
	}
	if free, ok := freeBytes(dir); ok && free < 1<<20 {
		return "the disk is full"
	}
	return ""
}

// isLocked reports an error SQLite gives when another program holds a lock.
func isLocked(err error) bool {
	m := err.Error()
	return strings.Contains(m, "SQLITE_BUSY") || strings.Contains(m, "database is locked") || strings.Contains(m, "SQLITE_LOCKED")
}

// ReadOnly says why this Store was opened read-only ("" when writable):
// reading works, every write is refused with this cause.
func (s *Store) ReadOnly() string { return s.readOnly }

// openReadOnly opens the pools without writing anything beside the file:
// mode=ro, and immutable=1 when no -wal file holds pages (so no -shm file
// is needed either).
func openReadOnly(path, cause string) (*Store, error) {
	mode := "ro"
	if st, err := os.Stat(path + "-wal"); err != nil || st.Size() == 0 {
		mode = "ro&immutable=1"
	}
	w, err := sqlOpen(dsn(path, mode, false))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sqlOpen(dsn(path, mode, false))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	st, _ := os.Stat(path)
	return &Store{path: path, write: w, read: r, ident: st, readOnly: cause}, nil
}
