package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sync"
)

// maxCachedStmts bounds the statement cache; queries built with a varying
// number of placeholders would otherwise grow it without end.
const maxCachedStmts = 256

// stmtCache holds the writer's prepared statements by query text: for the
// small statements of an ingest, preparing costs as much as running them.
// A statement first met inside a transaction cannot be prepared then (the
// transaction holds the writer's only connection), so it runs unprepared
// and is prepared once the transaction has ended.
type stmtCache struct {
	mu     sync.Mutex
	stmts  map[string]*sql.Stmt
	wanted map[string]bool
}

func newStmtCache() *stmtCache {
	return &stmtCache{stmts: map[string]*sql.Stmt{}, wanted: map[string]bool{}}
}

// lookup returns the prepared statement of q, or nil after noting that q
// is wanted.
func (c *stmtCache) lookup(q string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st := c.stmts[q]; st != nil {
		return st
	}
	if len(c.stmts)+len(c.wanted) < maxCachedStmts {
		c.wanted[q] = true
	}
	return nil
}

// prepareWanted prepares the statements noted by lookup on db. It is
// called once the caller's transaction has ended, and holds no lock while
// it waits for db's connection (a transaction of another goroutine may hold
// it and look statements up). A statement that fails to prepare (its error
// was reported when it ran) is not retried.
func (c *stmtCache) prepareWanted(ctx context.Context, db *sql.DB) {
	c.mu.Lock()
	qs := make([]string, 0, len(c.wanted))
	for q := range c.wanted {
		qs = append(qs, q)
		delete(c.wanted, q)
	}
	c.mu.Unlock()
	for _, q := range qs {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			continue
		}
		c.mu.Lock()
		if c.stmts[q] == nil {
			c.stmts[q], st = st, nil
		}
		c.mu.Unlock()
		if st != nil {
			st.Close() // another goroutine prepared it meanwhile
		}
	}
}

func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for q, st := range c.stmts {
		errs = append(errs, st.Close())
		delete(c.stmts, q)
	}
	return errors.Join(errs...)
}

// conn runs statements on the writer, in tx or (tx nil) each in its own
// transaction, through the statement cache.
type conn struct {
	s  *Store
	tx *sql.Tx
}

func (c conn) stmt(ctx context.Context, q string) *sql.Stmt {
	st := c.s.stmts.lookup(q)
	if st == nil {
		return nil
	}
	if c.tx != nil {
		// Same connection: database/sql reuses the prepared statement.
		return c.tx.StmtContext(ctx, st)
	}
	return st
}

func (c conn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if st := c.stmt(ctx, q); st != nil {
		return st.ExecContext(ctx, args...)
	}
	if c.tx != nil {
		return c.tx.ExecContext(ctx, q, args...)
	}
	defer c.s.stmts.prepareWanted(ctx, c.s.w)
	return c.s.w.ExecContext(ctx, q, args...)
}

func (c conn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := c.stmt(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	if c.tx != nil {
		return c.tx.QueryContext(ctx, q, args...)
	}
	return c.s.w.QueryContext(ctx, q, args...)
}

func (c conn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if st := c.stmt(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	if c.tx != nil {
		return c.tx.QueryRowContext(ctx, q, args...)
	}
	return c.s.w.QueryRowContext(ctx, q, args...)
}
