package polltest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/source/feed"
	"github.com/yalu-osint/yalu/internal/source/fetch"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

// outlet is an httptest news site: one RSS feed with an ETag, article
// pages, and a page that always fails.
type outlet struct {
	srv *httptest.Server

	mu      sync.Mutex
	items   []string // article slugs, newest last
	hits    map[string]int
	inm     []string // If-None-Match headers seen on the feed
	channel string   // extra channel elements (<ttl>, <skipHours>)
	limit   string   // when set, the feed answers 429 with this Retry-After
}

func newOutlet(t *testing.T, slugs ...string) *outlet {
	o := &outlet{items: slugs, hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		defer o.mu.Unlock()
		o.hits[r.URL.Path]++
		o.inm = append(o.inm, r.Header.Get("If-None-Match"))
		if o.limit != "" {
			w.Header().Set("Retry-After", o.limit)
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Border Trade Monitor</title><link>/</link>`)
		b.WriteString(o.channel)
		for _, s := range o.items {
			fmt.Fprintf(&b, "<item><title>Report %s</title><link>/a/%s</link><guid>%s</guid></item>", s, s, s)
		}
		b.WriteString("</channel></rss>")
		sum := sha256.Sum256([]byte(b.String()))
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, b.String())
	})
	mux.HandleFunc("/gone.xml", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/a/{slug}", func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		o.hits[r.URL.Path]++
		n := o.hits[r.URL.Path]
		o.mu.Unlock()
		slug := r.PathValue("slug")
		switch {
		case slug == "bad":
			http.Error(w, "database down", http.StatusInternalServerError)
			return
		case slug == "dead", slug == "flaky" && n <= 2:
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
			return
		case slug == "missing":
			http.NotFound(w, r)
			return
		case slug == "limited":
			w.Header().Set("Retry-After", "7200")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		case slug == "huge":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<html><body><p>%s</p></body></html>", strings.Repeat("rice ", 40_000))
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><body><p>Article %s: traders moved rice from Changbai to Hyesan.</p></body></html>", slug)
	})
	o.srv = httptest.NewServer(mux)
	t.Cleanup(o.srv.Close)
	return o
}

func (o *outlet) add(slugs ...string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.items = append(o.items, slugs...)
}

func (o *outlet) hitCount(path string) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.hits[path]
}

// ingester records what it was given; it stands in for clean+dedup+store.
type ingester struct {
	store *sqlite.Store
	mu    sync.Mutex
	byURL map[string]int // successful ingests per URL
	hook  func(ctx context.Context, o *model.Original) error
}

func (in *ingester) ingest(ctx context.Context, o *model.Original) (int64, error) {
	if in.hook != nil {
		if err := in.hook(ctx, o); err != nil {
			return 0, err
		}
	}
	sum := sha256.Sum256(o.Body)
	if o.SHA256 != hex.EncodeToString(sum[:]) || o.Size != int64(len(o.Body)) {
		return 0, errors.New("original checksum or size is wrong")
	}
	if o.URL == "" || o.FetchedAt.IsZero() || !strings.HasPrefix(o.ContentType, "text/html") {
		return 0, fmt.Errorf("original lacks metadata: %+v", o)
	}
	// Store what the real pipeline would: the original and a document.
	if _, err := in.store.PutOriginal(ctx, o); err != nil {
		return 0, err
	}
	d := &model.Document{OriginalSHA256: o.SHA256, URL: o.URL, Title: "t", Text: string(o.Body), CleanerVersion: "test"}
	if err := in.store.SaveDocument(ctx, d); err != nil {
		return 0, err
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	in.byURL[o.URL]++
	return d.ID, nil
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func testPoller(t *testing.T, feedURLs ...string) (*feed.Poller, *sqlite.Store, *ingester, *clock) {
	t.Helper()
	return testPollerAt(t, time.Now().UTC(), feedURLs...)
}

// testPollerAt starts the poller's clock at start. The store judges item
// retry times by the wall clock, so a start in the past makes every retry
// time the poller sets already due in the store's eyes.
func testPollerAt(t *testing.T, start time.Time, feedURLs ...string) (*feed.Poller, *sqlite.Store, *ingester, *clock) {
	t.Helper()
	ctx := t.Context()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "yalu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clk := &clock{t: start}
	for _, u := range feedURLs {
		if _, err := st.AddFeed(ctx, &model.Feed{URL: u, NextPollAt: clk.now().Add(-time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	in := &ingester{store: st, byURL: map[string]int{}}
	// MaxRetryWait keeps a Retry-After from holding the host for real.
	f := fetch.New(fetch.Config{AllowPrivate: true, PerHostInterval: -1, Retries: -1, Timeout: 5 * time.Second,
		MaxBody: 64 << 10, MaxRetryWait: time.Millisecond, Logger: slog.New(slog.DiscardHandler)})
	p := feed.NewPoller(feed.PollerConfig{Store: st, Fetcher: f, Ingest: in.ingest, Workers: 3, Now: clk.now, Logger: slog.New(slog.DiscardHandler)})
	return p, st, in, clk
}

// itemState reads an item's stored record through MarkItemSeen.
func itemState(t *testing.T, st *sqlite.Store, feedID int64, guid string) model.FeedItem {
	t.Helper()
	it := model.FeedItem{FeedID: feedID, GUID: guid, Link: "x"}
	seen, err := st.MarkItemSeen(t.Context(), &it)
	if err != nil || !seen {
		t.Fatalf("item %s not stored (seen=%v err=%v)", guid, seen, err)
	}
	return it
}

func TestPollerConditionalNewItemsAndErrors(t *testing.T) {
	o := newOutlet(t, "a1", "a2", "bad")
	p, st, in, clk := testPoller(t, o.srv.URL+"/feed.xml", o.srv.URL+"/gone.xml")
	ctx := t.Context()

	stats, err := p.PollOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (feed.Stats{Feeds: 2, NewItems: 3, Ingested: 2, Errors: 2}); stats != want {
		t.Errorf("first poll %+v, want %+v", stats, want)
	}
	good, _ := st.FeedByURL(ctx, o.srv.URL+"/feed.xml")
	gone, _ := st.FeedByURL(ctx, o.srv.URL+"/gone.xml")
	if good.ETag == "" || good.ErrorCount != 0 || good.Title != "Border Trade Monitor" || !good.NextPollAt.After(clk.now()) {
		t.Errorf("good feed after poll: %+v", good)
	}
	if gone.ErrorCount != 1 || !strings.Contains(gone.LastError, "404") || !gone.NextPollAt.After(clk.now()) {
		t.Errorf("failing feed after poll: %+v", gone)
	}
	// A 500 may pass: the item is retried, but not before its retry time
	// (15 minutes of the store's wall clock; this test takes less).
	if bad := itemState(t, st, good.ID, "bad"); bad.DocumentID != 0 || !strings.Contains(bad.Error, "500") ||
		bad.Attempts != 1 || bad.RetryAt == nil || !bad.RetryAt.Equal(clk.now().Add(feed.ItemRetryBase)) {
		t.Errorf("failed item state: %+v", bad)
	}
	if a1 := itemState(t, st, good.ID, "a1"); a1.DocumentID == 0 || a1.Error != "" {
		t.Errorf("ingested item state: %+v", a1)
	}

	t.Run("not modified", func(t *testing.T) {
		clk.advance(48 * time.Hour)
		stats, err := p.PollOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if stats.NotModified != 1 || stats.NewItems != 0 || stats.Ingested != 0 {
			t.Errorf("second poll %+v, want one 304 and nothing ingested", stats)
		}
		o.mu.Lock()
		last := o.inm[len(o.inm)-1]
		o.mu.Unlock()
		if last != good.ETag {
			t.Errorf("If-None-Match = %q, want %q", last, good.ETag)
		}
		gone, _ := st.FeedByURL(ctx, o.srv.URL+"/gone.xml")
		if gone.ErrorCount != 2 {
			t.Errorf("error count = %d, want 2", gone.ErrorCount)
		}
	})

	t.Run("new item", func(t *testing.T) {
		o.add("a3")
		clk.advance(48 * time.Hour)
		stats, err := p.PollOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if stats.NewItems != 1 || stats.Ingested != 1 {
			t.Errorf("third poll %+v, want one new item ingested", stats)
		}
		for _, s := range []string{"a1", "a2", "a3", "bad"} {
			if n := o.hitCount("/a/" + s); n != 1 {
				t.Errorf("/a/%s fetched %d times, want 1", s, n)
			}
		}
		for u, n := range in.byURL {
			if n != 1 {
				t.Errorf("%s ingested %d times", u, n)
			}
		}
		if len(in.byURL) != 3 {
			t.Errorf("ingested %d pages, want 3", len(in.byURL))
		}
	})
}

func TestPollerResumesAfterCancel(t *testing.T) {
	o := newOutlet(t, "b1", "b2", "b3", "b4", "b5")
	p, st, in, _ := testPoller(t, o.srv.URL+"/feed.xml")
	ctx, cancel := context.WithCancel(t.Context())
	var calls atomic.Int32
	in.hook = func(ictx context.Context, _ *model.Original) error {
		if calls.Add(1) == 3 {
			cancel() // shutdown arrives while the third item is being ingested
			<-ictx.Done()
			return ictx.Err()
		}
		return nil
	}
	stats, err := p.PollOnce(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if stats.Ingested != 2 || stats.NewItems != 5 {
		t.Errorf("interrupted poll %+v, want 5 new and 2 ingested", stats)
	}
	f, _ := st.FeedByURL(t.Context(), o.srv.URL+"/feed.xml")
	pending, err := st.PendingItems(t.Context(), f.ID, 0)
	if err != nil || len(pending) != 3 {
		t.Fatalf("pending = %d (%v), want 3", len(pending), err)
	}

	// Restart: same clock, so only the resume keeps the feed due.
	in.hook = nil
	stats, err = p.PollOnce(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if stats.NotModified != 1 || stats.Ingested != 3 || stats.Errors != 0 {
		t.Errorf("resumed poll %+v, want a 304 and 3 ingested", stats)
	}
	for _, s := range []string{"b1", "b2", "b3", "b4", "b5"} {
		if n := in.byURL[o.srv.URL+"/a/"+s]; n != 1 {
			t.Errorf("%s ingested %d times, want once", s, n)
		}
	}
	for _, s := range []string{"b1", "b2"} {
		if n := o.hitCount("/a/" + s); n != 1 {
			t.Errorf("/a/%s fetched %d times, want 1", s, n)
		}
	}
	if pending, _ := st.PendingItems(t.Context(), f.ID, 0); len(pending) != 0 {
		t.Errorf("%d items still pending", len(pending))
	}
}

func TestPollerRunStopsOnCancel(t *testing.T) {
	o := newOutlet(t, "c1", "c2")
	p, _, in, _ := testPoller(t, o.srv.URL+"/feed.xml")
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	deadline := time.After(5 * time.Second)
	for {
		in.mu.Lock()
		n := len(in.byURL)
		in.mu.Unlock()
		if n == 2 {
			break
		}
		select {
		case <-deadline:
			t.Fatal("Run did not ingest the items within 5s")
		case <-time.After(10 * time.Millisecond):
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil on cancel", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}
