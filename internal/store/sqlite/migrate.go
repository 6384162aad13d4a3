package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one embedded schema change, numbered by its file name
// (0001_init.sql is version 1).
type migration struct {
	version int
	name    string
	sql     string
	then    func(ctx context.Context, tx *sql.Tx) error // run after sql in its transaction, or nil
}

// migrationSteps are the parts of migrations that SQL alone cannot do, by
// version.
var migrationSteps = map[int]func(ctx context.Context, tx *sql.Tx) error{
	4: fillTrigramIndex,
}

// ErrSchemaTooNew is matched (errors.Is) by a SchemaTooNewError.
var ErrSchemaTooNew = errors.New("database schema is newer than this yalu")

// SchemaTooNewError is returned by Open when the database was migrated by
// a newer yalu than this one.
type SchemaTooNewError struct {
	Have   int // version recorded in the database
	Latest int // newest version this binary knows
}

func (e *SchemaTooNewError) Error() string {
	return fmt.Sprintf("database was created by a newer yalu (schema %d > %d); upgrade yalu or use another --db", e.Have, e.Latest)
}

// Is makes errors.Is(err, ErrSchemaTooNew) true.
func (e *SchemaTooNewError) Is(target error) bool { return target == ErrSchemaTooNew }

// migrations are parsed once from the embedded files; a malformed name is a
// programming error caught by the tests.
var migrations = sync.OnceValues(func() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	out := make([]migration, 0, len(names))
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive number and _", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b), then: migrationSteps[v]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d; versions must be 1, 2, 3, ... without gaps", m.name, i+1)
		}
	}
	return out, nil
})

// LatestSchema is the schema version this binary migrates to.
func LatestSchema() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migrate applies every pending migration, each in its own transaction,
// and refuses a database whose schema is newer than the binary.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("reading migrations: %w", err)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	have, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if have > len(ms) {
		return &SchemaTooNewError{Have: have, Latest: len(ms)}
	}
	for _, m := range ms[have:] {
		if err := apply(ctx, db, m); err != nil {
			return err
		}
	}
	have, err = schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if have != len(ms) {
		return fmt.Errorf("schema is at version %d after migrating, want %d", have, len(ms))
	}
	return nil
}

// apply runs one migration unless another process applied it first: the
// version is re-read inside the write transaction.
func apply(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&done); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if m.then != nil {
		if err := m.then(ctx, tx); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		m.version, fmtTime(time.Now())); err != nil {
		return fmt.Errorf("migration %s: recording: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: committing: %w", m.name, err)
	}
	return nil
}

func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("reading schema version: %w", err)
	}
	return int(v.Int64), nil
}
