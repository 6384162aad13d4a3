// Package storetest is the contract every store.Store implementation must
// meet, as a test suite: the SQLite store runs it today and the PostgreSQL
// store will run the same one.
package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

// Opener returns a new, empty store for one subtest; it should register its
// own cleanup (t.Cleanup) to close it.
type Opener func(t *testing.T) store.Store

// Run runs the whole contract against stores made by open. Every subtest
// gets a fresh store.
func Run(t *testing.T, open Opener) {
	t.Helper()
	groups := []struct {
		name string
		run  func(t *testing.T, open Opener)
	}{
		{"Originals", testOriginals},
		{"Documents", testDocuments},
		{"Search", testSearch},
		{"Feeds", testFeeds},
		{"FeedItems", testFeedItems},
		{"FeedItemRetries", testFeedItemRetries},
		{"Stories", testStories},
		{"Fingerprints", testFingerprints},
		{"Extractions", testExtractions},
		{"Transactions", testTransactions},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) { g.run(t, open) })
	}
}

// base is the reference time of the suite. Times are whole seconds so that
// implementations storing seconds or microseconds pass alike.
var base = time.Date(2025, 3, 31, 9, 0, 0, 0, time.UTC)

func at(hours int) time.Time { return base.Add(time.Duration(hours) * time.Hour) }

func ptr[T any](v T) *T { return &v }

func shaOf(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// putDoc stores an original made from key and a document for it, and
// returns the saved document.
func putDoc(t *testing.T, s store.Store, key string, d model.Document) model.Document {
	t.Helper()
	ctx := t.Context()
	o := &model.Original{Body: []byte("<html>original of " + key + "</html>"), URL: d.URL, FetchedAt: base}
	if _, err := s.PutOriginal(ctx, o); err != nil {
		t.Fatalf("PutOriginal(%s): %v", key, err)
	}
	d.OriginalSHA256 = o.SHA256
	if d.CleanerVersion == "" {
		d.CleanerVersion = "test-1"
	}
	if err := s.SaveDocument(ctx, &d); err != nil {
		t.Fatalf("SaveDocument(%s): %v", key, err)
	}
	if d.ID == 0 {
		t.Fatalf("SaveDocument(%s) left ID 0", key)
	}
	return d
}

func wantNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("%s: err = %v, want store.ErrNotFound", what, err)
	}
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}
