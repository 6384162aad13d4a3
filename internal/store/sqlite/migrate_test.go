package sqlite

import (
	"database/sql"
	"path/filepath"
	"testing"
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
