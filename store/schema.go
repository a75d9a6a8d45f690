package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// migrations[v] takes a case file from schema v-1 to v. Each runs inside the
// one immediate transaction of a migration; never edit a step that shipped.
var migrations = map[int]func(context.Context, *sql.Tx) error{
	1: schemaV1,
	2: schemaV2,
	3: schemaV3,
	4: schemaV4,
	5: schemaV5,
	6: schemaV6,
	7: schemaV7,
}

func execAll(ctx context.Context, tx *sql.Tx, stmts ...string) error {
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%w: %.60s", err, q)
		}
	}
	return nil
}

// schemaV1: applications, answers as submitted, findings, imported catalogs
// and the append-only event log.
func schemaV1(ctx context.Context, tx *sql.Tx) error {
	return execAll(ctx, tx,
		`CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
		`CREATE TABLE applications(
			id INTEGER PRIMARY KEY,
			scheme TEXT NOT NULL,
			edition TEXT NOT NULL,
			kind TEXT NOT NULL CHECK (kind IN ('new','renewal','change')),
			applicant TEXT NOT NULL,
			corporate_number TEXT NOT NULL DEFAULT '',
			service TEXT NOT NULL,
			certification_number TEXT NOT NULL DEFAULT '',
			disclosure_date TEXT NOT NULL DEFAULT '',
			submitted TEXT NOT NULL DEFAULT '',
			status TEXT NOT NULL,
			predecessor INTEGER REFERENCES applications(id),
			round_of INTEGER REFERENCES applications(id),
			round INTEGER NOT NULL DEFAULT 1,
			source TEXT NOT NULL DEFAULT '',
			source_sha256 TEXT NOT NULL DEFAULT '',
			cover TEXT NOT NULL DEFAULT '{}',
			created TEXT NOT NULL
		) STRICT`,
		`CREATE INDEX applications_cert ON applications(scheme, certification_number)`,
		`CREATE INDEX applications_round ON applications(round_of)`,
		`CREATE TABLE answers(
			app INTEGER NOT NULL REFERENCES applications(id),
			item TEXT NOT NULL,
			seq INTEGER NOT NULL,
			text TEXT NOT NULL,
			norm TEXT NOT NULL,
			note TEXT NOT NULL DEFAULT '',
			evidence TEXT NOT NULL DEFAULT '[]',
			provenance TEXT NOT NULL DEFAULT '',
			PRIMARY KEY (app, item)
		) STRICT`,
		`CREATE TABLE findings(
			app INTEGER NOT NULL REFERENCES applications(id),
			item TEXT NOT NULL,
			verdict TEXT NOT NULL CHECK (verdict IN ('unreviewed','conforms','query','correction','nonconforming','not-applicable')),
			note TEXT NOT NULL DEFAULT '',
			request TEXT NOT NULL DEFAULT '',
			reviewer TEXT NOT NULL,
			time TEXT NOT NULL,
			revision INTEGER NOT NULL,
			origin TEXT NOT NULL DEFAULT '',
			event INTEGER NOT NULL,
			PRIMARY KEY (app, item)
		) STRICT`,
		`CREATE TABLE catalogs(
			kind TEXT NOT NULL CHECK (kind IN ('catalog','guideline','editionmap')),
			name TEXT NOT NULL,
			edition TEXT NOT NULL,
			body TEXT NOT NULL,
			imported TEXT NOT NULL,
			PRIMARY KEY (kind, name, edition)
		) STRICT`,
		`CREATE TABLE events(
			seq INTEGER PRIMARY KEY,
			time TEXT NOT NULL,
			actor TEXT NOT NULL,
			kind TEXT NOT NULL,
			app INTEGER,
			item TEXT NOT NULL DEFAULT '',
			payload TEXT NOT NULL,
			prev TEXT NOT NULL,
			hash TEXT NOT NULL
		) STRICT`,
		`CREATE INDEX events_app ON events(app, item)`,
		`CREATE TRIGGER events_no_update BEFORE UPDATE ON events
			BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END`,
		`CREATE TRIGGER events_no_delete BEFORE DELETE ON events
			BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END`,
	)
}

// schemaV2: full-text search over normalised answers. The trigram tokenizer
// is the one that finds Japanese substrings (unicode61 does not split them).
// Terms of one or two characters have no trigram of their own: they are found
// through the index's vocabulary (every trigram that starts with the term)
// plus the answers' last two characters, which start no trigram; the
// expression indexes make that second part a lookup.
func schemaV2(ctx context.Context, tx *sql.Tx) error {
	return execAll(ctx, tx,
		`CREATE VIRTUAL TABLE answers_fts USING fts5(norm, content='answers', content_rowid='rowid', tokenize='trigram')`,
		`INSERT INTO answers_fts(answers_fts) VALUES ('rebuild')`,
		`CREATE TRIGGER answers_fts_ai AFTER INSERT ON answers BEGIN
			INSERT INTO answers_fts(rowid, norm) VALUES (new.rowid, new.norm); END`,
		`CREATE TRIGGER answers_fts_ad AFTER DELETE ON answers BEGIN
			INSERT INTO answers_fts(answers_fts, rowid, norm) VALUES ('delete', old.rowid, old.norm); END`,
		`CREATE TRIGGER answers_fts_au AFTER UPDATE ON answers BEGIN
			INSERT INTO answers_fts(answers_fts, rowid, norm) VALUES ('delete', old.rowid, old.norm);
			INSERT INTO answers_fts(rowid, norm) VALUES (new.rowid, new.norm); END`,
		`CREATE VIRTUAL TABLE answers_vocab USING fts5vocab(answers_fts, 'row')`,
		`CREATE INDEX answers_tail1 ON answers(substr(norm, -1))`,
		`CREATE INDEX answers_tail2 ON answers(substr(norm, -2))`,
		`CREATE INDEX answers_tail21 ON answers(substr(norm, -2, 1))`,
		`CREATE INDEX findings_verdict ON findings(app, verdict)`,
		// Counts per application for the case list, kept by triggers so
		// listing 2,000 applications reads 2,000-odd rows, not 300,000
		// answers ('#answers' counts answers; the rest count verdicts).
		`CREATE TABLE app_counts(app INTEGER NOT NULL, what TEXT NOT NULL, n INTEGER NOT NULL,
			PRIMARY KEY (app, what)) WITHOUT ROWID`,
		`INSERT INTO app_counts SELECT app, '#answers', count(*) FROM answers GROUP BY app`,
		`INSERT INTO app_counts SELECT app, verdict, count(*) FROM findings GROUP BY app, verdict`,
		`CREATE TRIGGER app_counts_answer_ai AFTER INSERT ON answers BEGIN
			INSERT INTO app_counts VALUES (new.app, '#answers', 1) ON CONFLICT DO UPDATE SET n = n + 1; END`,
		`CREATE TRIGGER app_counts_answer_ad AFTER DELETE ON answers BEGIN
			UPDATE app_counts SET n = n - 1 WHERE app = old.app AND what = '#answers'; END`,
		`CREATE TRIGGER app_counts_finding_ai AFTER INSERT ON findings BEGIN
			INSERT INTO app_counts VALUES (new.app, new.verdict, 1) ON CONFLICT DO UPDATE SET n = n + 1; END`,
		`CREATE TRIGGER app_counts_finding_au AFTER UPDATE OF verdict, app ON findings BEGIN
			UPDATE app_counts SET n = n - 1 WHERE app = old.app AND what = old.verdict;
			INSERT INTO app_counts VALUES (new.app, new.verdict, 1) ON CONFLICT DO UPDATE SET n = n + 1; END`,
		`CREATE TRIGGER app_counts_finding_ad AFTER DELETE ON findings BEGIN
			UPDATE app_counts SET n = n - 1 WHERE app = old.app AND what = old.verdict; END`,
	)
}

// schemaV3: the office's roster: people, their roles and SSH keys. A
// removed person's rows go; what they recorded stays in the log.
func schemaV3(ctx context.Context, tx *sql.Tx) error {
	return execAll(ctx, tx,
		`CREATE TABLE people(
			name TEXT PRIMARY KEY,
			role TEXT NOT NULL CHECK (role IN ('reviewer','checker','committee','viewer')),
			added TEXT NOT NULL
		) STRICT`,
		`CREATE TABLE person_keys(
			fingerprint TEXT PRIMARY KEY,
			name TEXT NOT NULL REFERENCES people(name),
			key TEXT NOT NULL,
			added TEXT NOT NULL
		) STRICT`,
		`CREATE INDEX person_keys_name ON person_keys(name)`,
	)
}

// schemaV4: the criteria behind decisions are part of the record: a stored
// catalog edition, guideline or edition map is never changed or removed,
// like the event log (verify checks each body against the SHA-256 its
// catalog.imported event recorded).
func schemaV4(ctx context.Context, tx *sql.Tx) error {
	return execAll(ctx, tx, catalogTriggers...)
}

// catalogTriggers keep the catalogs table append-only (also recreated by
// verify --repair).
var catalogTriggers = []string{
	`CREATE TRIGGER IF NOT EXISTS catalogs_no_update BEFORE UPDATE ON catalogs
		BEGIN SELECT RAISE(ABORT, 'stored criteria are append-only'); END`,
	`CREATE TRIGGER IF NOT EXISTS catalogs_no_delete BEFORE DELETE ON catalogs
		BEGIN SELECT RAISE(ABORT, 'stored criteria are append-only'); END`,
}

// schemaV6: evidence documents, content-addressed (store/evidence.go). The
// bytes of a file live once in blob_chunks, whatever applications name it;
// every table is append-only, like the event log.
func schemaV6(ctx context.Context, tx *sql.Tx) error {
	stmts := []string{
		`CREATE TABLE blobs(
			sha256 TEXT PRIMARY KEY,
			size INTEGER NOT NULL,
			chunks INTEGER NOT NULL
		) STRICT`,
		`CREATE TABLE blob_chunks(
			sha256 TEXT NOT NULL REFERENCES blobs(sha256),
			n INTEGER NOT NULL,
			data BLOB NOT NULL,
			PRIMARY KEY (sha256, n)
		) STRICT`,
		`CREATE TABLE evidence(
			id INTEGER PRIMARY KEY,
			app INTEGER NOT NULL REFERENCES applications(id),
			name TEXT NOT NULL,
			sha256 TEXT NOT NULL REFERENCES blobs(sha256),
			size INTEGER NOT NULL,
			media_type TEXT NOT NULL,
			actor TEXT NOT NULL,
			time TEXT NOT NULL,
			event INTEGER NOT NULL
		) STRICT`,
		`CREATE INDEX evidence_app ON evidence(app, name)`,
		`CREATE INDEX evidence_sha ON evidence(sha256)`,
		`CREATE TABLE evidence_rows(
			evidence INTEGER NOT NULL REFERENCES evidence(id),
			item TEXT NOT NULL,
			event INTEGER NOT NULL,
			PRIMARY KEY (evidence, item)
		) STRICT`,
	}
	for _, t := range []string{"blobs", "blob_chunks", "evidence", "evidence_rows"} {
		stmts = append(stmts,
			`CREATE TRIGGER `+t+`_no_update BEFORE UPDATE ON `+t+`
			BEGIN SELECT RAISE(ABORT, 'stored evidence is append-only'); END`,
			`CREATE TRIGGER `+t+`_no_delete BEFORE DELETE ON `+t+`
			BEGIN SELECT RAISE(ABORT, 'stored evidence is append-only'); END`)
	}
	return execAll(ctx, tx, stmts...)
}

// schemaV7: findings cite evidence documents (NAME, page, the SHA-256 of the
// version read); append-only like the rest of the evidence.
func schemaV7(ctx context.Context, tx *sql.Tx) error {
	return execAll(ctx, tx,
		`CREATE TABLE evidence_citations(
			id INTEGER PRIMARY KEY,
			app INTEGER NOT NULL REFERENCES applications(id),
			item TEXT NOT NULL,
			name TEXT NOT NULL,
			page TEXT NOT NULL DEFAULT '',
			sha256 TEXT NOT NULL REFERENCES blobs(sha256),
			actor TEXT NOT NULL,
			time TEXT NOT NULL,
			finding INTEGER NOT NULL,
			event INTEGER NOT NULL
		) STRICT`,
		`CREATE INDEX evidence_citations_app ON evidence_citations(app, item)`,
		`CREATE TRIGGER evidence_citations_no_update BEFORE UPDATE ON evidence_citations
			BEGIN SELECT RAISE(ABORT, 'stored evidence is append-only'); END`,
		`CREATE TRIGGER evidence_citations_no_delete BEFORE DELETE ON evidence_citations
			BEGIN SELECT RAISE(ABORT, 'stored evidence is append-only'); END`,
	)
}

// migrate brings an older case file to SchemaVersion: first a VACUUM INTO
// backup beside the file (NAME.bak-vN), then every step in one immediate
// transaction, so the file is either wholly old or wholly new.
func (s *Store) migrate(ctx context.Context) error {
	var from int
	if err := s.write.QueryRowContext(ctx, "PRAGMA user_version").Scan(&from); err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	if from >= SchemaVersion {
		return nil
	}
	bak := fmt.Sprintf("%s.bak-v%d", s.path, from)
	if _, err := os.Stat(bak); err == nil {
		return fmt.Errorf("%s: schema version %d needs migrating, but the backup %s already exists: move it away first", s.path, from, bak)
	}
	if _, err := s.write.ExecContext(ctx, "VACUUM INTO ?", bak); err != nil {
		return fmt.Errorf("%s: backup before migration: %w", s.path, err)
	}
	if err := keepMode(bak, s.path); err != nil {
		return fmt.Errorf("%s: backup before migration: %w", s.path, err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	defer tx.Rollback()
	for v := from + 1; v <= SchemaVersion; v++ {
		if err := migrations[v](ctx, tx); err != nil {
			return fmt.Errorf("%s: migrating to schema %d: %w (the file is unchanged; backup at %s)", s.path, v, err, bak)
		}
	}
	// Normalised answers are derived data: an older shinsa may have
	// normalised differently, so they are recomputed with the upgrade
	// (verify checks them against this version's review.Normalize).
	if _, err := repairNorms(ctx, tx); err != nil {
		return fmt.Errorf("%s: recomputing normalised answers: %w (the file is unchanged; backup at %s)", s.path, err, bak)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion)); err != nil {
		return err
	}
	if _, err := appendEvent(ctx, tx, event{Actor: "shinsa", Kind: EvMigrated, Payload: map[string]any{"from": from, "to": SchemaVersion, "backup": bak}}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: migrating: %w (the file is unchanged; backup at %s)", s.path, err, bak)
	}
	return nil
}

// schemaV5: the letter register (one row per letter sent, numbered per year
// from the office's 文書番号 format; replied when the next round arrives) and
// the applicant's reply per row, stored with the round that carries it.
func schemaV5(ctx context.Context, tx *sql.Tx) error {
	return execAll(ctx, tx,
		`CREATE TABLE letters(
			number TEXT PRIMARY KEY,
			app INTEGER NOT NULL REFERENCES applications(id),
			round INTEGER NOT NULL,
			year INTEGER NOT NULL,
			seq INTEGER NOT NULL,
			sent TEXT NOT NULL,
			reply_by TEXT NOT NULL DEFAULT '',
			sha256 TEXT NOT NULL,
			file TEXT NOT NULL DEFAULT '',
			replied TEXT NOT NULL DEFAULT '',
			replied_app INTEGER REFERENCES applications(id),
			event INTEGER NOT NULL,
			UNIQUE (year, seq)
		) STRICT`,
		`CREATE INDEX letters_app ON letters(app)`,
		`ALTER TABLE answers ADD COLUMN reply TEXT NOT NULL DEFAULT ''`,
	)
}
