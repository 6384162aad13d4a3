package feed

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/source/fetch"
)

// memStore is an in-memory Store for the benchmark, so it measures the
// poller and fetcher rather than SQLite.
type memStore struct {
	mu      sync.Mutex
	feeds   map[int64]*model.Feed
	items   map[int64]map[string]*model.FeedItem
	pending map[int64][]string
}

func newMemStore() *memStore {
	return &memStore{feeds: map[int64]*model.Feed{}, items: map[int64]map[string]*model.FeedItem{}, pending: map[int64][]string{}}
}

func (m *memStore) DueFeeds(_ context.Context, now time.Time, limit int) ([]model.Feed, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []model.Feed
	for _, f := range m.feeds {
		if !f.NextPollAt.After(now) {
			out = append(out, *f)
		}
	}
	slices.SortFunc(out, func(a, b model.Feed) int { return cmp.Or(a.NextPollAt.Compare(b.NextPollAt), cmp.Compare(a.ID, b.ID)) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (m *memStore) UpdateFeed(_ context.Context, f *model.Feed) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := *f
	m.feeds[f.ID] = &c
	return nil
}

func (m *memStore) MarkItemSeen(_ context.Context, it *model.FeedItem) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	byGUID := m.items[it.FeedID]
	if byGUID == nil {
		byGUID = map[string]*model.FeedItem{}
		m.items[it.FeedID] = byGUID
	}
	if old, ok := byGUID[it.GUID]; ok {
		*it = *old
		return true, nil
	}
	c := *it
	byGUID[it.GUID] = &c
	m.pending[it.FeedID] = append(m.pending[it.FeedID], it.GUID)
	return false, nil
}

func (m *memStore) PendingItems(_ context.Context, feedID int64, limit int) ([]model.FeedItem, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []model.FeedItem
	for _, g := range m.pending[feedID] {
		if limit > 0 && len(out) >= limit {
			break
		}
		out = append(out, *m.items[feedID][g])
	}
	return out, nil
}

func (m *memStore) UpdateItem(_ context.Context, it *model.FeedItem) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := *it
	m.items[it.FeedID][it.GUID] = &c
	if it.DocumentID != 0 || it.Error != "" {
		m.pending[it.FeedID] = slices.DeleteFunc(m.pending[it.FeedID], func(g string) bool { return g == it.GUID })
	}
	return nil
}

// loopbackResolver sends every host name to 127.0.0.1, so each feed can
// have a host of its own (and its own per-host limits) on one server.
type loopbackResolver struct{}

func (loopbackResolver) LookupIPAddr(context.Context, string) ([]net.IPAddr, error) {
	return []net.IPAddr{{IP: net.IPv4(127, 0, 0, 1)}}, nil
}

func BenchmarkPollCycle(b *testing.B) {
	const feeds, perFeed = 2000, 50
	var cycle atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := cycle.Load()
		if r.URL.Path != "/feed.xml" {
			fmt.Fprintf(w, "<html><body><p>%s: coal shipped from Nampo.</p></body></html>", r.URL.Path)
			return
		}
		etag := fmt.Sprintf(`"c%d"`, c)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		var sb strings.Builder
		sb.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>`)
		for i := range perFeed {
			fmt.Fprintf(&sb, "<item><title>Item %d</title><link>/a/%d/%d</link><guid>c%d-%d</guid></item>", i, c, i, c, i)
		}
		sb.WriteString("</channel></rss>")
		fmt.Fprint(w, sb.String())
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port

	run := func(b *testing.B, newEachCycle bool) {
		st := newMemStore()
		for i := range feeds {
			id := int64(i + 1)
			st.feeds[id] = &model.Feed{ID: id, URL: fmt.Sprintf("http://f%d.test:%d/feed.xml", i, port)}
		}
		clk := &clock{t: time.Now()}
		var ingested atomic.Int64
		p := NewPoller(PollerConfig{
			Store: st,
			Fetcher: fetch.New(fetch.Config{AllowPrivate: true, Resolver: loopbackResolver{}, PerHostInterval: time.Millisecond,
				Retries: -1, Timeout: 30 * time.Second, Logger: slog.New(slog.DiscardHandler)}),
			Ingest:  func(context.Context, *model.Original) (int64, error) { return ingested.Add(1), nil },
			Workers: 64, Now: clk.now, Logger: slog.New(slog.DiscardHandler),
		})
		if !newEachCycle { // prime: every feed learns its ETag
			if _, err := p.PollOnce(b.Context()); err != nil {
				b.Fatal(err)
			}
		}
		var peak atomic.Uint64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
				select {
				case <-stop:
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		})
		var total time.Duration
		n := 0
		for b.Loop() {
			if newEachCycle {
				cycle.Add(1)
			}
			clk.advance(48 * time.Hour)
			start := time.Now()
			stats, err := p.PollOnce(b.Context())
			total += time.Since(start)
			n++
			if err != nil {
				b.Fatal(err)
			}
			if stats.Feeds != feeds || stats.Errors != 0 {
				b.Fatalf("cycle stats %+v", stats)
			}
			if !newEachCycle && stats.NotModified != feeds {
				b.Fatalf("want all %d feeds 304, got %+v", feeds, stats)
			}
			if newEachCycle && stats.Ingested != feeds*perFeed {
				b.Fatalf("want %d ingested, got %+v", feeds*perFeed, stats)
			}
		}
		close(stop)
		wg.Wait()
		perCycle := total / time.Duration(max(n, 1))
		b.ReportMetric(float64(feeds)/perCycle.Seconds(), "feeds/s")
		b.ReportMetric(float64(feeds)*(15*time.Minute).Seconds()/perCycle.Seconds(), "feeds/15min")
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
	}
	b.Run("AllNotModified", func(b *testing.B) { run(b, false) })
	b.Run("AllNew", func(b *testing.B) { run(b, true) })
}

// clock is a settable time source for the poller.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }
