package sqlite

import (
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func TestMigrationFiles(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no embedded migrations")
	}
	for i, m := range ms {
		if m.version != i+1 || m.sql == "" {
			t.Errorf("migration %d: %s version %d, %d bytes of SQL", i, m.name, m.version, len(m.sql))
		}
	}
}

// TestFailedMigrationLeavesNothing checks that a migration is one
// transaction: a failure halfway leaves neither its tables nor its version.
func TestFailedMigrationLeavesNothing(t *testing.T) {
	ctx := t.Context()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "m.db")+"?"+dsnParams(false))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := migrate(ctx, db); err != nil {
		t.Fatal(err)
	}
	bad := migration{version: LatestSchema() + 1, name: "9999_bad.sql",
		sql: "CREATE TABLE half_done (x INTEGER); CREATE TABLE broken (;"}
	if err := apply(ctx, db, bad); err == nil {
		t.Fatal("applying a broken migration succeeded")
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Error("the first statement of a failed migration was kept")
	}
	if v, err := schemaVersion(ctx, db); err != nil || v != LatestSchema() {
		t.Errorf("schema version after a failed migration = %d, %v; want %d", v, err, LatestSchema())
	}
	// Applying an already recorded version again is a no-op.
	if err := apply(ctx, db, migration{version: 1, name: "0001_again.sql", sql: "CREATE TABLE originals (x);"}); err != nil {
		t.Errorf("re-applying version 1: %v", err)
	}
}

// TestUpgradeFromSchema1 migrates a database written by the first schema:
// its rows survive and the columns added later read as their zero values.
func TestUpgradeFromSchema1(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path+"?"+dsnParams(false))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	if err := apply(ctx, db, ms[0]); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO feeds (id, url, next_poll_at, created_at) VALUES (1, 'https://old.example/rss', '2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:00.000000000Z')`,
		`INSERT INTO feed_items (feed_id, guid, link, seen_at, error) VALUES (1, 'g', 'https://old.example/g', '2025-01-01T00:00:00.000000000Z', 'HTTP 503')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := schemaVersion(ctx, s.w); err != nil || v != LatestSchema() || v < 2 {
		t.Fatalf("schema version after upgrade = %d, %v; want %d", v, err, LatestSchema())
	}
	f, err := s.GetFeed(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if f.URL != "https://old.example/rss" || f.TTL != 0 || f.SkipHours != nil || f.RetryAfter != nil {
		t.Errorf("upgraded feed = %+v", f)
	}
	it := model.FeedItem{FeedID: 1, GUID: "g"}
	if seen, err := s.MarkItemSeen(ctx, &it); err != nil || !seen || it.Error != "HTTP 503" || it.Attempts != 0 || it.RetryAt != nil {
		t.Errorf("upgraded item = %+v, seen %v, %v", it, seen, err)
	}
	// A failure recorded before retries existed is not retried.
	if p, err := s.PendingItems(ctx, 1, 0); err != nil || len(p) != 0 {
		t.Errorf("PendingItems after upgrade = %+v, %v; want none", p, err)
	}
}
