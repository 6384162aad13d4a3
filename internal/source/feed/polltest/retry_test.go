package polltest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/source/feed"
)

func TestPollerRetriesTransientItems(t *testing.T) {
	o := newOutlet(t, "flaky", "dead", "limited", "missing", "huge", "unclean", "fine")
	// A month in the past: every retry time the poller sets is already due
	// by the store's clock, so each poll below retries what it may.
	start := time.Now().UTC().Add(-30 * 24 * time.Hour).Truncate(time.Second)
	p, st, in, clk := testPollerAt(t, start, o.srv.URL+"/feed.xml")
	in.hook = func(_ context.Context, orig *model.Original) error {
		if strings.HasSuffix(orig.URL, "/a/unclean") {
			return errors.New("no article text found")
		}
		return nil
	}
	ctx := t.Context()
	f, err := st.FeedByURL(ctx, o.srv.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}

	type want struct {
		attempts int
		retryIn  time.Duration // from this poll's time; 0: no retry time
		ingested bool
		errHas   string
	}
	polls := []struct {
		name    string
		stats   feed.Stats
		items   map[string]want
		fetched map[string]int // page fetches so far
	}{
		{
			name:  "first poll",
			stats: feed.Stats{Feeds: 1, NewItems: 7, Ingested: 1, Errors: 6},
			items: map[string]want{
				"flaky":   {1, 15 * time.Minute, false, "503"},
				"dead":    {1, 15 * time.Minute, false, "503"},
				"limited": {1, 2 * time.Hour, false, "429"}, // its Retry-After beats the backoff
				"missing": {1, 0, false, "404"},
				"huge":    {1, 0, false, "larger than"},
				"unclean": {1, 0, false, "no article text"},
				"fine":    {0, 0, true, ""},
			},
			// Retry times already due by the store's clock still wait for
			// the next poll: each item is tried once per poll.
			fetched: map[string]int{"flaky": 1, "dead": 1, "limited": 1, "missing": 1, "huge": 1, "unclean": 1, "fine": 1},
		},
		{
			name:  "second poll",
			stats: feed.Stats{Feeds: 1, NotModified: 1, Errors: 3, Retried: 3},
			items: map[string]want{
				"flaky":   {2, 30 * time.Minute, false, "503"},
				"dead":    {2, 30 * time.Minute, false, "503"},
				"limited": {2, 2 * time.Hour, false, "429"},
				"missing": {1, 0, false, "404"},
			},
			fetched: map[string]int{"flaky": 2, "dead": 2, "limited": 2, "missing": 1, "huge": 1, "unclean": 1, "fine": 1},
		},
		{
			name:  "third poll: flaky recovers",
			stats: feed.Stats{Feeds: 1, NotModified: 1, Ingested: 1, Errors: 2, Retried: 3},
			items: map[string]want{
				"flaky":   {2, 0, true, ""},
				"dead":    {3, time.Hour, false, "503"},
				"limited": {3, 2 * time.Hour, false, "429"},
			},
			fetched: map[string]int{"flaky": 3, "dead": 3, "limited": 3},
		},
		{
			name:    "fourth poll",
			stats:   feed.Stats{Feeds: 1, NotModified: 1, Errors: 2, Retried: 2},
			items:   map[string]want{"dead": {4, 2 * time.Hour, false, "503"}, "limited": {4, 2 * time.Hour, false, "429"}},
			fetched: map[string]int{"flaky": 3, "dead": 4, "limited": 4},
		},
		{
			name:    "fifth poll: given up",
			stats:   feed.Stats{Feeds: 1, NotModified: 1, Errors: 2, Retried: 2},
			items:   map[string]want{"dead": {5, 0, false, "503"}, "limited": {5, 0, false, "429"}},
			fetched: map[string]int{"dead": 5, "limited": 5},
		},
		{
			name:    "sixth poll: nothing left to try",
			stats:   feed.Stats{Feeds: 1, NotModified: 1},
			items:   map[string]want{"dead": {5, 0, false, "503"}},
			fetched: map[string]int{"flaky": 3, "dead": 5, "limited": 5, "missing": 1, "huge": 1, "unclean": 1, "fine": 1},
		},
	}
	for _, pl := range polls {
		t.Run(pl.name, func(t *testing.T) {
			clk.advance(48 * time.Hour) // the feed is due again
			now := clk.now()
			stats, err := p.PollOnce(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if stats != pl.stats {
				t.Errorf("stats %+v, want %+v", stats, pl.stats)
			}
			for guid, w := range pl.items {
				it := itemState(t, st, f.ID, guid)
				var wantRetry *time.Time
				if w.retryIn > 0 {
					at := now.Add(w.retryIn)
					wantRetry = &at
				}
				if it.Attempts != w.attempts || (it.DocumentID != 0) != w.ingested ||
					!sameTime(it.RetryAt, wantRetry) || !strings.Contains(it.Error, w.errHas) || (w.errHas == "") != (it.Error == "") {
					t.Errorf("%s: attempts %d, document %d, retry at %v, error %q;\nwant attempts %d, ingested %v, retry at %v, error with %q",
						guid, it.Attempts, it.DocumentID, it.RetryAt, it.Error, w.attempts, w.ingested, wantRetry, w.errHas)
				}
			}
			for slug, n := range pl.fetched {
				if got := o.hitCount("/a/" + slug); got != n {
					t.Errorf("/a/%s fetched %d times, want %d", slug, got, n)
				}
			}
		})
	}
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

func TestPollerKeepsFeedHintsAfter304(t *testing.T) {
	o := newOutlet(t, "h1")
	// The feed asks for 3 hours between polls and none at 13:00 or 14:00 UTC.
	o.channel = `<ttl>180</ttl><skipHours><hour>13</hour><hour>14</hour></skipHours>`
	start := time.Date(2025, 3, 26, 10, 0, 0, 0, time.UTC)
	p, st, _, clk := testPollerAt(t, start, o.srv.URL+"/feed.xml")
	ctx := t.Context()

	tests := []struct {
		name        string
		advance     time.Duration
		interval    time.Duration // set by an operator before the poll; 0 leaves it
		notModified int
		wantNext    time.Time
	}{
		// 10:00 + max(30m, ttl 3h) = 13:00, skipped to 15:00.
		{"parsed", 0, 0, 0, time.Date(2025, 3, 26, 15, 0, 0, 0, time.UTC)},
		// 15:00 + max(30m, ttl 3h): without the stored ttl, 15:30.
		{"304 keeps the ttl", 5 * time.Hour, 20 * time.Minute, 1, time.Date(2025, 3, 26, 18, 0, 0, 0, time.UTC)},
		// 10:30 the next day + 3h = 13:30, skipped to 15:00: without the
		// stored skip hours, 13:30.
		{"304 keeps the skip hours", 19*time.Hour + 30*time.Minute, 20 * time.Minute, 1, time.Date(2025, 3, 27, 15, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clk.advance(tc.advance)
			if tc.interval > 0 {
				f, err := st.FeedByURL(ctx, o.srv.URL+"/feed.xml")
				if err != nil {
					t.Fatal(err)
				}
				f.PollInterval = tc.interval
				if err := st.UpdateFeed(ctx, f); err != nil {
					t.Fatal(err)
				}
			}
			stats, err := p.PollOnce(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if stats.Feeds != 1 || stats.NotModified != tc.notModified {
				t.Fatalf("stats %+v, want one poll with %d 304s", stats, tc.notModified)
			}
			f, err := st.FeedByURL(ctx, o.srv.URL+"/feed.xml")
			if err != nil {
				t.Fatal(err)
			}
			if f.TTL != 3*time.Hour || !slices.Equal(f.SkipHours, []int{13, 14}) {
				t.Errorf("stored hints: ttl %s, skip hours %v", f.TTL, f.SkipHours)
			}
			if !f.NextPollAt.Equal(tc.wantNext) {
				t.Errorf("next poll at %v, want %v", f.NextPollAt, tc.wantNext)
			}
		})
	}
}

func TestPollerHonoursRetryAfter(t *testing.T) {
	o := newOutlet(t, "r1")
	o.limit = "10800" // 3 hours, longer than the error backoff (2 hours)
	p, st, _, clk := testPoller(t, o.srv.URL+"/feed.xml")
	ctx := t.Context()
	url := o.srv.URL + "/feed.xml"

	stats, err := p.PollOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Errors != 1 || stats.Ingested != 0 {
		t.Errorf("rate-limited poll %+v, want one error", stats)
	}
	f, err := st.FeedByURL(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	until := clk.now().Add(3 * time.Hour)
	if f.RetryAfter == nil || !f.RetryAfter.Equal(until) || f.NextPollAt.Before(until) || f.ErrorCount != 1 {
		t.Fatalf("after a 429: retry after %v, next poll %v, errors %d; want retry after %v and no poll before",
			f.RetryAfter, f.NextPollAt, f.ErrorCount, until)
	}

	// Even when something makes the feed due early (a user's "poll now"),
	// it is not polled before the server's time.
	f.NextPollAt = clk.now()
	if err := st.UpdateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	clk.advance(time.Hour)
	if stats, err := p.PollOnce(ctx); err != nil || stats.Feeds != 0 {
		t.Errorf("poll an hour later = %+v, %v; want the feed left alone", stats, err)
	}
	if n := o.hitCount("/feed.xml"); n != 1 {
		t.Errorf("feed fetched %d times, want 1", n)
	}

	o.mu.Lock()
	o.limit = ""
	o.mu.Unlock()
	clk.advance(2 * time.Hour)
	stats, err = p.PollOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Feeds != 1 || stats.Ingested != 1 {
		t.Errorf("poll after the wait %+v, want the feed polled and its item ingested", stats)
	}
	f, err = st.FeedByURL(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if f.RetryAfter != nil || f.ErrorCount != 0 {
		t.Errorf("after a successful poll: retry after %v, errors %d; want both cleared", f.RetryAfter, f.ErrorCount)
	}
}
