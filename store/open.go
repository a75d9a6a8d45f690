package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // the case file's engine
)

// ApplicationID is the case file's PRAGMA application_id: "SHIN".
const ApplicationID = 0x5348494E

// SchemaVersion is the user_version this binary writes and understands.
const SchemaVersion = 7

// ErrNotCaseFile and its kin let callers tell why a file was refused; the
// returned errors wrap them with the file name and detail.
var (
	ErrNotCaseFile = errors.New("not a shinsa case file")
	ErrTooNew      = errors.New("case file is newer than this program")
	ErrNotFound    = errors.New("not found")
	ErrExists      = errors.New("file already exists")
	ErrDamaged     = errors.New("damaged case file")
)

// Store is an open case file.
type Store struct {
	path  string
	write *sql.DB // one connection: every write goes through it, one at a time
	read  *sql.DB // readers; WAL lets them run beside the writer

	regMu sync.Mutex
	reg   regCache
	regOf map[string]regCache // RegistryOf, by scheme

	opt      Options
	checkMu  sync.Mutex
	checked  bool // quick_check passed, or was left to the caller
	schemaOK bool // the schema is this version's (see writeRefused)

	ident os.FileInfo // the file as opened, to notice it being removed or replaced
	netfs string      // the network file system holding the file ("" when local): writes are refused

	readOnly string // why the file was opened read-only ("" when writable)

	dv dataVersion // see DataVersion

	appMu   sync.Mutex
	appStmt *sql.Stmt // appSelect by id, prepared once: see Application
}

// Path is the case file's path as opened.
func (s *Store) Path() string { return s.path }

// Close closes both connection pools.
func (s *Store) Close() error {
	s.closeDataVersion()
	s.appMu.Lock()
	if s.appStmt != nil {
		s.appStmt.Close()
		s.appStmt = nil
	}
	s.appMu.Unlock()
	err1 := s.read.Close()
	err2 := s.write.Close()
	if err2 != nil {
		return err2
	}
	return err1
}

// dsn builds the connection string from a path we chose, never from input
// beyond the path itself, which is escaped. Per-connection pragmas live here so
// every pooled connection gets them.
func dsn(path string, mode string, writer bool) string {
	// EscapedPath leaves "?" and "#" alone in a path; SQLite's URI parser
	// would take them as query and fragment.
	p := (&url.URL{Path: path}).EscapedPath()
	p = strings.ReplaceAll(p, "?", "%3F")
	p = strings.ReplaceAll(p, "#", "%23")
	q := "mode=" + mode +
		"&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)"
	if writer {
		q += "&_txlock=immediate"
	} else {
		q += "&_pragma=query_only(1)"
	}
	return "file:" + p + "?" + q
}

func sqlOpen(dsn string) (*sql.DB, error) { return sql.Open("sqlite", dsn) }

// header is what the first 100 bytes of a SQLite file tell before we open it.
type header struct {
	appID       uint32
	userVersion uint32
}

func readHeader(path string) (header, error) {
	if err := checkRegular(path); err != nil {
		return header{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return header{}, statError(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return header{}, fmt.Errorf("%s: %w", path, unwrapPathErr(err))
	}
	if st.IsDir() {
		return header{}, fmt.Errorf("%s: is a directory, not a case file", path)
	}
	var b [100]byte
	n, err := io.ReadFull(f, b[:])
	if err != nil && n < len(b) {
		if n == 0 {
			return header{}, fmt.Errorf("%s: %w (the file is empty)", path, ErrNotCaseFile)
		}
		return header{}, fmt.Errorf("%s: %w (only %d bytes, too short for SQLite)", path, ErrNotCaseFile, n)
	}
	if string(b[:16]) != "SQLite format 3\x00" {
		return header{}, fmt.Errorf("%s: %w (%s)", path, ErrNotCaseFile, sniff(b[:n]))
	}
	h := header{
		appID:       binary.BigEndian.Uint32(b[68:72]),
		userVersion: binary.BigEndian.Uint32(b[60:64]),
	}
	if h.appID != ApplicationID {
		return h, fmt.Errorf("%s: %w (a SQLite database of another program: application_id 0x%08X)", path, ErrNotCaseFile, h.appID)
	}
	if h.userVersion > SchemaVersion {
		return h, fmt.Errorf("%s: %w (schema version %d; this shinsa knows up to %d: upgrade shinsa)", path, ErrTooNew, h.userVersion, SchemaVersion)
	}
	if h.userVersion == 0 {
		return h, fmt.Errorf("%s: %w (schema version 0)", path, ErrNotCaseFile)
	}
	return h, nil
}

// sniff names what a non-SQLite file looks like, for a friendlier refusal.
func sniff(b []byte) string {
	switch {
	case len(b) >= 4 && string(b[:4]) == "PK\x03\x04":
		return "it is a zip file, perhaps a workbook: import it with 'shinsa import'"
	case len(b) >= 5 && string(b[:5]) == "%PDF-":
		return "it is a PDF"
	case len(b) > 0 && (b[0] == '{' || b[0] == '['):
		return "it looks like JSON: import it with 'shinsa import'"
	}
	return "not a SQLite database"
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Options tune Open.
type Options struct {
	// SkipQuickCheck leaves PRAGMA quick_check to the caller altogether: not
	// even the first write runs it.
	SkipQuickCheck bool
	// QuickCheckAlways runs quick_check before the first write whatever the
	// file's size.
	QuickCheckAlways bool
}

// QuickCheckLimit is the file size up to which the first write runs PRAGMA
// quick_check. quick_check reads every page, about 7 ms a megabyte here
// (124 ms on a 17 MB archive of 200 applications, 0.3–0.7 s on 171 MB), and
// was 13% of a read-only verb's time when Open ran it: reading verbs never
// run it (SQLite still reports any damaged page they read, see wrapRead).
// Larger files are checked by `shinsa verify` (integrity_check) and by the
// workbench in the background after its first screen.
const QuickCheckLimit = 8 << 20

// Open opens an existing case file. It refuses, without writing a byte, a file
// that is missing, not SQLite, another program's database or of a newer schema.
// An older schema is migrated after a VACUUM INTO backup beside the file.
//
// Open does not read the whole file: PRAGMA quick_check runs before the
// first write through this Store (files up to QuickCheckLimit, or any size
// with Options.QuickCheckAlways), so a damaged file is refused before
// anything is written into it, and reading verbs start at once.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenWith is Open with options.
func OpenWith(path string, opt Options) (*Store, error) {
	h, err := readHeader(path)
	if err != nil {
		return nil, err
	}
	s, err := openPools(path)
	if err != nil {
		return nil, err
	}
	if err := s.checkIdentity(); err != nil {
		s.Close()
		// Not damaged when the cause is around the file: a read-only
		// file, folder or medium, or a full disk, still reads; a lock is
		// said as one.
		cause := readOnlyCause(path)
		if cause == "" {
			if errors.Is(err, ErrDamaged) && isLocked(err) {
				return nil, fmt.Errorf("%s: %w: another program holds it locked; close it there (or wait) and try again", path, ErrLocked)
			}
			return nil, err
		}
		if s, err = openReadOnly(path, cause); err != nil {
			return nil, err
		}
		if err := s.checkIdentity(); err != nil {
			s.Close()
			return nil, err
		}
		if h.userVersion < SchemaVersion {
			s.Close()
			return nil, fmt.Errorf("%s: schema version %d must be upgraded, and it cannot be written: %s", path, h.userVersion, cause)
		}
		return s, nil
	}
	s.opt, s.checked = opt, opt.SkipQuickCheck
	if h.userVersion < SchemaVersion {
		if err := s.checkBeforeWrite(context.Background()); err != nil {
			s.Close()
			return nil, err
		}
		if err := s.migrate(context.Background()); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

func openPools(path string) (*Store, error) {
	w, err := sqlOpen(dsn(path, "rw", true))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	r, err := sqlOpen(dsn(path, "rw", false))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	r.SetMaxIdleConns(4)
	st, _ := os.Stat(path)
	return &Store{path: path, write: w, read: r, ident: st, netfs: networkFS(filepath.Dir(path))}, nil
}

// checkIdentity re-reads application_id and user_version through SQLite: the
// header may be stale while a WAL holds newer pages.
func (s *Store) checkIdentity() error {
	// One statement, not three: on a process's first query each statement
	// is parsed anew, and this is the first query of every verb. The schema
	// must be readable too (count(*) of sqlite_schema): a damaged first page
	// passes the pragmas alone.
	var appID, ver int64
	var n int
	if err := s.read.QueryRow(`SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &ver, &n); err != nil {
		return fmt.Errorf("%s: %w: %v (restore it from a backup)", s.path, ErrDamaged, err)
	}
	if appID != ApplicationID {
		return fmt.Errorf("%s: %w (application_id 0x%08X)", s.path, ErrNotCaseFile, appID)
	}
	if ver > SchemaVersion {
		return fmt.Errorf("%s: %w (schema version %d; this shinsa knows up to %d: upgrade shinsa)", s.path, ErrTooNew, ver, SchemaVersion)
	}
	return nil
}

// QuickCheck runs PRAGMA quick_check and reports the first problem. Once
// it has passed, writes through this Store do not run it again.
func (s *Store) QuickCheck(ctx context.Context) error {
	var res string
	if err := s.read.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res); err != nil {
		return fmt.Errorf("%s: %w: %v (restore it from a backup)", s.path, ErrDamaged, err)
	}
	if res != "ok" {
		return fmt.Errorf("%s: %w: %s (restore it from a backup)", s.path, ErrDamaged, res)
	}
	s.checkMu.Lock()
	s.checked = true
	s.checkMu.Unlock()
	return nil
}

// checkBeforeWrite runs quick_check before the first write through s, on
// files up to QuickCheckLimit (any size with Options.QuickCheckAlways):
// nothing is written into a damaged file. Later writes, and writes after
// the workbench's background check passed, cost nothing.
func (s *Store) checkBeforeWrite(ctx context.Context) error {
	s.checkMu.Lock()
	done := s.checked
	s.checkMu.Unlock()
	if done {
		return nil
	}
	if st, err := os.Stat(s.path); err == nil && !s.opt.QuickCheckAlways && st.Size() > QuickCheckLimit {
		return nil
	}
	return s.QuickCheck(ctx)
}

// Create makes a new, empty case file at path. It refuses to replace an
// existing file. The file appears whole or not at all: it is built under a
// temporary name beside the target and linked into place.
func Create(path string, actor string) (*Store, error) {
	if _, err := os.Lstat(path); err == nil {
		return nil, fmt.Errorf("%s: %w", path, ErrExists)
	}
	dir := filepath.Dir(path)
	if fs := networkFS(dir); fs != "" {
		return nil, fmt.Errorf("%s: %s", path, onNetwork(fs))
	}
	tmp, err := createNew(dir, "."+filepath.Base(path)+".new-")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathErr(err))
	}
	tmpName := tmp.Name()
	tmp.Close()
	cleanup := func() {
		for _, suf := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(tmpName + suf)
		}
	}
	if err := initFile(tmpName, actor, SchemaVersion); err != nil {
		cleanup()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Link(tmpName, path); err != nil {
		cleanup()
		if errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("%s: %w", path, ErrExists)
		}
		return nil, fmt.Errorf("%s: %w", path, unwrapPathErr(err))
	}
	cleanup()
	return Open(path)
}

// createNew makes a new file with a unique name that starts with prefix in
// dir. Unlike os.CreateTemp (always 0600) it asks for 0666 and lets the
// process umask decide, as any other file the user creates: under the usual
// 022 a case file is readable by the group, so an office can share reading
// rights the way it does for its other documents. SQLite gives the -wal and
// -shm files the same mode.
func createNew(dir, prefix string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64()&0xffffffffff, 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("%s: no unused temporary name", dir)
}

// keepMode gives a copy of a case file (a backup, the copy before a
// migration) the mode of the original, so it is as private or as shared.
func keepMode(copyPath, original string) error {
	st, err := os.Stat(original)
	if err != nil {
		return err
	}
	return os.Chmod(copyPath, st.Mode().Perm())
}

// initFile writes the schema, up to version, into an empty file and leaves
// it in WAL mode, checkpointed, with the header up to date. (Tests build
// files of older versions with it.)
func initFile(path, actor string, version int) error {
	db, err := sql.Open("sqlite", dsn(path, "rw", true))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, "PRAGMA journal_mode = WAL"); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for v := 1; v <= version; v++ {
		if err := migrations[v](ctx, tx); err != nil {
			return fmt.Errorf("schema step %d: %w", v, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		return err
	}
	if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvCaseCreated, Payload: map[string]any{"schema": version}}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return err
}
