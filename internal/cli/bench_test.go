package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/store"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

// TestBenchIngestPhases checks that the foundation phase stores and
// indexes documents but leaves stories and extraction out, and that the
// full phase does everything 'yalu add' does.
func TestBenchIngestPhases(t *testing.T) {
	const n = 3
	pages := filepath.Join(t.TempDir(), "pages")
	if err := generatePages(pages, n); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		phase       string
		full        bool
		workers     int
		wantStories bool
	}{
		{"foundation", false, 1, false},
		{"full", true, 1, true},
		{"full, two workers", true, 2, true},
	} {
		t.Run(tc.phase, func(t *testing.T) {
			ctx := context.Background()
			var errb bytes.Buffer
			env := &Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &errb,
				Getenv: func(string) string { return "" }, Now: time.Now}
			db := filepath.Join(t.TempDir(), tc.phase+".db")
			docs, failed, size, err := benchIngest(ctx, env, pages, db, tc.full, tc.workers)
			if err != nil || docs != n || failed != 0 || size == 0 {
				t.Fatalf("benchIngest = %d docs, %d failed, %d bytes, %v; want %d, 0, >0, nil (stderr: %s)",
					docs, failed, size, err, n, errb.String())
			}
			st, err := sqlite.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if got, err := st.CountDocuments(ctx); err != nil || got != n {
				t.Errorf("documents = %d, %v; want %d", got, err, n)
			}
			if hits, err := st.Search(ctx, "traders", 10); err != nil || len(hits) == 0 {
				t.Errorf("search after %s: %d hits, %v; want some", tc.phase, len(hits), err)
			}
			stories, err := st.ListStories(ctx, 10, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(stories) > 0; got != tc.wantStories {
				t.Errorf("stories stored = %v, want %v", got, tc.wantStories)
			}
			docsList, err := st.ListDocuments(ctx, store.ListOptions{})
			if err != nil || len(docsList) == 0 {
				t.Fatalf("listing documents: %v", err)
			}
			_, err = st.GetExtraction(ctx, docsList[0].ID)
			if got := err == nil; got != tc.full {
				t.Errorf("extraction stored = %v (%v), want %v", got, err, tc.full)
			}
		})
	}
}
