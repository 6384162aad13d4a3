package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
	"github.com/yalu-osint/yalu/internal/store/storetest"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "sub", "yalu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestContractInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(t.Context(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func migrationCount(t *testing.T, path string) (rows, version int) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow(`SELECT COUNT(*), COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&rows, &version); err != nil {
		t.Fatal(err)
	}
	return rows, version
}

func TestMigrationsAppliedOnce(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "yalu.db")
	for i := range 3 {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		rows, version := migrationCount(t, path)
		if rows != LatestSchema() || version != LatestSchema() {
			t.Errorf("open %d: %d migration rows at version %d, want %d at %d", i, rows, version, LatestSchema(), LatestSchema())
		}
	}
	if LatestSchema() < 1 {
		t.Errorf("LatestSchema() = %d, want at least 1", LatestSchema())
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "yalu.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	future := LatestSchema() + 7
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, future, fmtTime(time.Now())); err != nil {
		t.Fatal(err)
	}
	db.Close()

	_, err = Open(ctx, path)
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open = %v, want ErrSchemaTooNew", err)
	}
	want := fmt.Sprintf("database was created by a newer yalu (schema %d > %d); upgrade yalu or use another --db", future, LatestSchema())
	if err.Error() != want {
		t.Errorf("error = %q\nwant %q", err, want)
	}
}

func TestSurvivesReopen(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "yalu.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	o := &model.Original{Body: []byte("<p>rice to Sinuiju</p>"), FetchedAt: time.Date(2025, 1, 2, 3, 4, 5, 123456789, time.UTC)}
	if _, err := s.PutOriginal(ctx, o); err != nil {
		t.Fatal(err)
	}
	d := &model.Document{OriginalSHA256: o.SHA256, Title: "Rice prices", Text: "Rice went up in Sinuiju."}
	if err := s.SaveDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.GetOriginal(ctx, o.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Body) != string(o.Body) || !got.FetchedAt.Equal(o.FetchedAt) {
		t.Errorf("after reopen: body %q fetched %v, want %q %v (nanoseconds kept)", got.Body, got.FetchedAt, o.Body, o.FetchedAt)
	}
	hits, err := s.Search(ctx, "Sinuiju", 5)
	if err != nil || len(hits) != 1 || hits[0].Document.ID != d.ID {
		t.Errorf("Search after reopen = %v, %v", hits, err)
	}
}

func TestConcurrentWriters(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	feed := &model.Feed{URL: "https://example.org/feed"}
	if _, err := s.AddFeed(ctx, feed); err != nil {
		t.Fatal(err)
	}
	const workers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				o := &model.Original{Body: fmt.Appendf(nil, "worker %d item %d", w, i)}
				if _, err := s.PutOriginal(ctx, o); err != nil {
					errs <- err
					return
				}
				d := &model.Document{OriginalSHA256: o.SHA256, Title: fmt.Sprintf("w%d i%d", w, i), Text: "coal shipment"}
				if err := s.SaveDocument(ctx, d); err != nil {
					errs <- err
					return
				}
				if _, err := s.MarkItemSeen(ctx, &model.FeedItem{FeedID: feed.ID, GUID: o.SHA256}); err != nil {
					errs <- err
					return
				}
				if _, err := s.AssignStory(ctx, d.ID, 0, model.RelationCanonical, 1); err != nil {
					errs <- err
					return
				}
				if _, err := s.Search(ctx, "shipment", 3); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, err := s.CountDocuments(ctx); err != nil || n != workers*each {
		t.Errorf("CountDocuments = %d, %v; want %d", n, err, workers*each)
	}
	items, err := s.PendingItems(ctx, feed.ID, 1000)
	if err != nil || len(items) != workers*each {
		t.Errorf("PendingItems = %d, %v; want %d", len(items), err, workers*each)
	}
}

// TestTwoProcesses opens the same file twice, as two yalu processes would,
// and writes from both at once: the busy timeout must absorb the contention.
func TestTwoProcesses(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "yalu.db")
	var stores [2]*Store
	for i := range stores {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i, s := range stores {
		wg.Go(func() {
			for j := range 40 {
				o := &model.Original{Body: fmt.Appendf(nil, "process %d original %d", i, j)}
				if _, err := s.PutOriginal(ctx, o); err != nil {
					errs <- err
					return
				}
				if err := s.SaveDocument(ctx, &model.Document{OriginalSHA256: o.SHA256, Text: "x"}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, err := stores[0].CountDocuments(ctx); err != nil || n != 80 {
		t.Errorf("CountDocuments = %d, %v; want 80", n, err)
	}
}

func TestPragmas(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	tests := []struct {
		db     *sql.DB
		pragma string
		want   string
	}{
		{s.w, "journal_mode", "wal"},
		{s.w, "cache_size", "-16384"},
		{s.w, "temp_store", "2"},
		{s.w, "foreign_keys", "1"},
		{s.w, "synchronous", "1"},
		{s.w, "busy_timeout", "5000"},
		{s.r, "foreign_keys", "1"},
		{s.r, "busy_timeout", "5000"},
		{s.r, "query_only", "1"},
	}
	for _, tt := range tests {
		var got string
		if err := tt.db.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if !strings.EqualFold(got, tt.want) {
			t.Errorf("PRAGMA %s = %s, want %s", tt.pragma, got, tt.want)
		}
	}
}

func TestDefaultPath(t *testing.T) {
	tests := []struct {
		xdg, home, want string
	}{
		{"/data", "/home/u", "/data/yalu/yalu.db"},
		{"", "/home/u", "/home/u/.local/share/yalu/yalu.db"},
		{"relative/ignored", "/home/u", "/home/u/.local/share/yalu/yalu.db"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			t.Setenv("XDG_DATA_HOME", tt.xdg)
			t.Setenv("HOME", tt.home)
			got, err := DefaultPath()
			if err != nil || got != tt.want {
				t.Errorf("DefaultPath() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestOpenPathWithURICharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a dir?with#odd%chars")
	path := filepath.Join(dir, "yalu.db")
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at %s: %v", path, err)
	}
}

func TestOpenNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat("this is not sqlite\n", 200)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.Context(), path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("Open(text file) = %v, want an error naming the file", err)
	}
}

func TestCanceledContext(t *testing.T) {
	s := openTemp(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.PutOriginal(ctx, &model.Original{Body: []byte("x")}); err == nil {
		t.Error("PutOriginal with a canceled context succeeded")
	}
}
