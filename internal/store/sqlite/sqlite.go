// Package sqlite is yalu's embedded store: store.Store on one SQLite file
// through the pure-Go modernc.org/sqlite driver, with versioned migrations
// and an FTS5 trigram index for full-text search in any language.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/yalu-osint/yalu/internal/store"
)

// Store is a store.Store on one SQLite database. Writes go through a pool of
// exactly one connection, so that goroutines queue in Go instead of failing
// with "database is locked"; reads use their own pool and, thanks to WAL,
// never wait for the writer.
type Store struct {
	w   *sql.DB // single-connection write pool, BEGIN IMMEDIATE
	r   *sql.DB // read-only pool
	now func() time.Time
}

var _ store.Store = (*Store)(nil)

// ErrInvalid is returned when a record cannot be stored as given, for
// example an original whose SHA-256 does not match its bytes.
var ErrInvalid = errors.New("invalid record")

// readConns is the size of the read pool. Reads are short; a few
// connections are enough to keep the HTTP API and workers from queueing.
const readConns = 4

// DefaultPath is where yalu keeps its database unless told otherwise:
// $XDG_DATA_HOME/yalu/yalu.db, or ~/.local/share/yalu/yalu.db.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "yalu", "yalu.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the default database path: %w; set XDG_DATA_HOME or pass --db", err)
	}
	return filepath.Join(home, ".local", "share", "yalu", "yalu.db"), nil
}

// Open opens (creating if needed) the database at path, applies pending
// migrations and checks that the schema is one this binary understands.
// The path ":memory:" opens a private in-memory database, for tests.
func Open(ctx context.Context, path string) (*Store, error) {
	s := &Store{now: time.Now}
	if path == ":memory:" {
		// One connection serves reads and writes: every new connection to
		// ":memory:" would be a new, empty database.
		db, err := sql.Open("sqlite", "file::memory:?"+dsnParams(false))
		if err != nil {
			return nil, fmt.Errorf("opening in-memory database: %w", err)
		}
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
		s.w, s.r = db, db
	} else {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("creating the database directory: %w", err)
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, fmt.Errorf("opening database %s: %w", path, err)
		}
		name := "file:" + (&url.URL{Path: abs}).EscapedPath()
		s.w, err = sql.Open("sqlite", name+"?"+dsnParams(false))
		if err != nil {
			return nil, fmt.Errorf("opening database %s: %w", path, err)
		}
		s.w.SetMaxOpenConns(1)
		s.w.SetMaxIdleConns(1)
		s.w.SetConnMaxIdleTime(0)
		s.w.SetConnMaxLifetime(0)
		// The writer connects first so that WAL mode is set before any
		// reader opens the file.
		if err := s.w.PingContext(ctx); err != nil {
			s.w.Close()
			return nil, fmt.Errorf("opening database %s: %w", path, err)
		}
		s.r, err = sql.Open("sqlite", name+"?"+dsnParams(true))
		if err != nil {
			s.w.Close()
			return nil, fmt.Errorf("opening database %s: %w", path, err)
		}
		s.r.SetMaxOpenConns(readConns)
		s.r.SetMaxIdleConns(readConns)
	}
	if err := migrate(ctx, s.w); err != nil {
		s.Close()
		var tooNew *SchemaTooNewError
		if errors.As(err, &tooNew) {
			return nil, err
		}
		return nil, fmt.Errorf("preparing database %s: %w", path, err)
	}
	return s, nil
}

// dsnParams are the connection settings: WAL so that readers never block
// the writer, a busy timeout for other processes holding the write lock,
// foreign keys on, and synchronous=NORMAL (durable at checkpoints, safe
// against corruption) because WAL makes it crash-safe.
func dsnParams(readOnly bool) string {
	p := url.Values{}
	p.Add("_pragma", "busy_timeout(5000)")
	p.Add("_pragma", "foreign_keys(1)")
	if readOnly {
		p.Add("_pragma", "query_only(1)")
	} else {
		p.Add("_pragma", "journal_mode(WAL)")
		p.Add("_pragma", "synchronous(NORMAL)")
		// Take the write lock at BEGIN: a deferred transaction that reads
		// first and then writes can fail with SQLITE_BUSY without waiting.
		p.Set("_txlock", "immediate")
	}
	return p.Encode()
}

// Close closes the database. It lets SQLite refresh its query planner
// statistics first, as SQLite recommends on close.
func (s *Store) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, optErr := s.w.ExecContext(ctx, "PRAGMA optimize")
	var rErr error
	if s.r != s.w {
		rErr = s.r.Close()
	}
	wErr := s.w.Close()
	if err := errors.Join(wErr, rErr); err != nil {
		return fmt.Errorf("closing database: %w", err)
	}
	if optErr != nil && !errors.Is(optErr, context.DeadlineExceeded) {
		return fmt.Errorf("closing database: %w", optErr)
	}
	return nil
}

// write runs fn in one write transaction.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning transaction: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// timeLayout is how times are stored: UTC, fixed width, so that text order
// is time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func fmtTimePtr(t *time.Time) any {
	if t == nil {
		return nil
	}
	return fmtTime(*t)
}

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		// Tolerate hand-edited rows in any RFC 3339 form.
		t, err = time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return time.Time{}, fmt.Errorf("reading stored time %q: %w", s, err)
		}
	}
	return t.UTC(), nil
}

func parseTimePtr(s sql.NullString) (*time.Time, error) {
	if !s.Valid {
		return nil, nil
	}
	t, err := parseTime(s.String)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// limitOr returns n, or def when n is not positive, capped at max.
func limitOr(n, def, max int) int {
	if n <= 0 {
		return def
	}
	return min(n, max)
}

// placeholders returns "?,?,?" for n values.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?,", n-1) + "?"
}

// nonEmpty returns the distinct non-empty strings of in, in order.
func nonEmpty(in []string) []string {
	out := make([]string, 0, len(in))
	seen := make(map[string]bool, len(in))
	for _, v := range in {
		if v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// nullID maps 0 to NULL for optional foreign keys.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func notFound(what string, key any) error {
	return fmt.Errorf("%s %v: %w", what, key, store.ErrNotFound)
}
