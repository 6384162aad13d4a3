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
	w     *sql.DB // single-connection write pool, BEGIN IMMEDIATE
	r     *sql.DB // read-only pool
	stmts *stmtCache
	now   func() time.Time
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
	s := &Store{now: time.Now, stmts: newStmtCache()}
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
		// The writer reads what it is about to change (indexes, story
		// members, LSH bands, FTS segments to merge): a 16 MiB page cache
		// keeps that in memory (SQLite's default is 2 MiB). Sorts and
		// savepoint journals stay in memory too. A checkpoint every 4000
		// pages (16 MiB of WAL) rather than 1000 writes the pages that
		// every ingest touches (index roots, FTS structure) to the
		// database file less often.
		p.Add("_pragma", "cache_size(-16384)")
		p.Add("_pragma", "temp_store(MEMORY)")
		p.Add("_pragma", "wal_autocheckpoint(4000)")
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
	sErr := s.stmts.close()
	var rErr error
	if s.r != s.w {
		rErr = s.r.Close()
	}
	wErr := s.w.Close()
	if err := errors.Join(sErr, wErr, rErr); err != nil {
		return fmt.Errorf("closing database: %w", err)
	}
	if optErr != nil && !errors.Is(optErr, context.DeadlineExceeded) {
		return fmt.Errorf("closing database: %w", optErr)
	}
	return nil
}

// querier is what *sql.DB, *sql.Tx and conn offer.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// txKey is the context key of an InTx transaction; it holds the Store so
// that a context carrying one store's transaction leaves others alone.
type txKey struct{ s *Store }

// txOf returns the InTx transaction of s that ctx carries, or nil.
func (s *Store) txOf(ctx context.Context) *sql.Tx {
	tx, _ := ctx.Value(txKey{s}).(*sql.Tx)
	return tx
}

// rd returns where reads go: the InTx transaction of ctx, so that they see
// its writes, or else the read pool.
func (s *Store) rd(ctx context.Context) querier {
	if tx := s.txOf(ctx); tx != nil {
		return conn{s, tx}
	}
	return s.r
}

// wr returns where single-statement writes go: the InTx transaction of ctx
// or the write pool (which commits each statement by itself).
func (s *Store) wr(ctx context.Context) querier {
	return conn{s, s.txOf(ctx)}
}

// InTx runs fn in one write transaction: every call fn makes on s with the
// context it is given joins the transaction and sees its writes, which
// commit together when fn returns nil and are rolled back otherwise. A
// nested InTx is a savepoint of the outer transaction: its failure undoes
// its own writes only, and its success commits nothing until the outer
// one does. Each store method stays atomic on its own inside the
// transaction in the same way, so a caller that recovers from an error can
// go on. While fn runs, writes with any other context wait for the
// transaction to end: fn must not make them.
func (s *Store) InTx(ctx context.Context, fn func(ctx context.Context) error) error {
	if s.txOf(ctx) != nil {
		return s.write(ctx, func(querier) error { return fn(ctx) })
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning transaction: %w", err)
	}
	defer s.stmts.prepareWanted(ctx, s.w)
	if err := fn(context.WithValue(ctx, txKey{s}, tx)); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// write runs fn in one write transaction, or, inside InTx, in a savepoint
// of the InTx transaction so that a failure of fn undoes only fn's writes.
// Savepoints nest (each RELEASE or ROLLBACK TO names the innermost one of
// that name), so write may be called within write.
func (s *Store) write(ctx context.Context, fn func(tx querier) error) error {
	if tx := s.txOf(ctx); tx != nil {
		c := conn{s, tx}
		if _, err := c.ExecContext(ctx, `SAVEPOINT write`); err != nil {
			return fmt.Errorf("beginning savepoint: %w", err)
		}
		if err := fn(c); err != nil {
			if _, rbErr := c.ExecContext(ctx, `ROLLBACK TO write`); rbErr != nil {
				return errors.Join(err, fmt.Errorf("rolling back to savepoint: %w", rbErr))
			}
			_, _ = c.ExecContext(ctx, `RELEASE write`)
			return err
		}
		if _, err := c.ExecContext(ctx, `RELEASE write`); err != nil {
			return fmt.Errorf("releasing savepoint: %w", err)
		}
		return nil
	}
	return s.InTx(ctx, func(ctx context.Context) error { return fn(conn{s, s.txOf(ctx)}) })
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
