package feed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/source/fetch"
)

// Store is the part of store.Store the poller needs.
type Store interface {
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]model.Feed, error)
	UpdateFeed(ctx context.Context, f *model.Feed) error
	// MarkItemSeen records an item; seen is true when the feed already had it.
	MarkItemSeen(ctx context.Context, it *model.FeedItem) (seen bool, err error)
	// PendingItems are seen items never tried, and failed ones whose
	// RetryAt has come.
	PendingItems(ctx context.Context, feedID int64, limit int) ([]model.FeedItem, error)
	UpdateItem(ctx context.Context, it *model.FeedItem) error
}

// IngestFunc takes one fetched page through clean, dedup, extract and store
// and returns the stored document's id (non-zero).
type IngestFunc func(ctx context.Context, o *model.Original) (documentID int64, err error)

// PollerConfig wires a Poller. Store, Fetcher and Ingest are required.
type PollerConfig struct {
	Store   Store
	Fetcher *fetch.Fetcher
	Ingest  IngestFunc
	Workers int          // feeds polled at once; default 8
	Logger  *slog.Logger // nil means slog.Default()
	// Now is the clock; nil means time.Now. Tests and benchmarks set it.
	Now func() time.Time
	// BatchSize is how many due feeds are read from the store at a time;
	// default 500.
	BatchSize int
	// IdleWake is the longest Run sleeps between cycles, so feeds added
	// meanwhile are picked up; default 1 minute.
	IdleWake time.Duration
}

// Stats counts what one PollOnce did.
type Stats struct {
	Feeds       int // feeds polled
	NotModified int // feeds that answered 304
	NewItems    int // items seen for the first time
	Ingested    int // item pages fetched and ingested
	Errors      int // feed and item failures
	Retried     int // failed items tried again (also counted as Ingested or Errors)
}

func (s *Stats) add(o Stats) {
	s.Feeds += o.Feeds
	s.NotModified += o.NotModified
	s.NewItems += o.NewItems
	s.Ingested += o.Ingested
	s.Errors += o.Errors
	s.Retried += o.Retried
}

// Poller polls due feeds and ingests their new items.
type Poller struct {
	cfg PollerConfig
	log *slog.Logger
}

// Accept headers for feeds and for item pages.
const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
	acceptPage = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

// pendingBatch is how many pending items are read at a time.
const pendingBatch = 100

// NewPoller builds a Poller, filling in defaults.
func NewPoller(cfg PollerConfig) *Poller {
	if cfg.Workers <= 0 {
		cfg.Workers = 8
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 500
	}
	if cfg.IdleWake <= 0 {
		cfg.IdleWake = time.Minute
	}
	return &Poller{cfg: cfg, log: cfg.Logger}
}

// PollOnce polls every feed due now with a bounded pool of workers. A
// feed's failure is recorded on the feed and never stops the others; the
// returned error is for the store failing to list feeds, or cancellation.
func (p *Poller) PollOnce(ctx context.Context) (Stats, error) {
	var (
		total Stats
		mu    sync.Mutex
	)
	now := p.cfg.Now()
	done := map[int64]bool{} // feeds already polled in this cycle
	for {
		batch, err := p.cfg.Store.DueFeeds(ctx, now, p.cfg.BatchSize)
		if err != nil {
			return total, fmt.Errorf("polling feeds: %w", err)
		}
		jobs := make(chan model.Feed)
		var wg sync.WaitGroup
		for range min(p.cfg.Workers, max(len(batch), 1)) {
			wg.Go(func() {
				for f := range jobs {
					st := p.pollFeed(ctx, f)
					mu.Lock()
					total.add(st)
					mu.Unlock()
				}
			})
		}
		fresh := 0
	send:
		for _, f := range batch {
			if done[f.ID] {
				continue
			}
			done[f.ID] = true
			fresh++
			select {
			case jobs <- f:
			case <-ctx.Done():
				break send
			}
		}
		close(jobs)
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return total, err
		}
		// A short batch, or one with nothing new (a feed whose update
		// failed stays due), ends the cycle.
		if len(batch) < p.cfg.BatchSize || fresh == 0 {
			return total, nil
		}
	}
}

// Run polls until ctx is cancelled, sleeping until the next feed is due
// (at most IdleWake). Cancellation never leaves an item half done: an
// item is marked ingested only after Ingest returns, so pending items are
// taken up again by the next Run.
func (p *Poller) Run(ctx context.Context) error {
	for {
		st, err := p.PollOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			p.log.ErrorContext(ctx, "feed poll cycle failed", slog.String("error", err.Error()))
		} else if st.Feeds > 0 {
			p.log.InfoContext(ctx, "feed poll cycle done", slog.Int("feeds", st.Feeds),
				slog.Int("not_modified", st.NotModified), slog.Int("new_items", st.NewItems),
				slog.Int("ingested", st.Ingested), slog.Int("errors", st.Errors))
		}
		wait := p.cfg.IdleWake
		if err == nil {
			if next, ok := p.nextDue(ctx); ok {
				wait = min(max(time.Until(next), time.Second), p.cfg.IdleWake)
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// nextDue peeks at the store for a feed due within IdleWake.
func (p *Poller) nextDue(ctx context.Context) (time.Time, bool) {
	horizon := p.cfg.Now().Add(p.cfg.IdleWake)
	fs, err := p.cfg.Store.DueFeeds(ctx, horizon, 1)
	if err != nil || len(fs) == 0 {
		return time.Time{}, false
	}
	return fs[0].NextPollAt, true
}

// pollFeed polls one feed and ingests its pending items.
func (p *Poller) pollFeed(ctx context.Context, f model.Feed) Stats {
	st := Stats{Feeds: 1}
	log := p.log.With(slog.Int64("feed_id", f.ID), slog.String("feed_url", f.URL))
	resp, err := p.cfg.Fetcher.Fetch(ctx, fetch.Request{URL: f.URL, ETag: f.ETag, LastModified: f.LastModified, Accept: acceptFeed})
	if ctx.Err() != nil {
		return st // not polled: the feed stays due
	}
	now := p.cfg.Now().UTC()
	f.LastPolledAt = &now
	var parsed *Feed
	newItems := 0
	if err == nil && !resp.NotModified {
		parsed, err = Parse(resp.Body, resp.URL)
	}
	if err != nil {
		st.Errors++
		f.ErrorCount++
		f.LastError = err.Error()
		f.RetryAfter = nil
		var se *fetch.StatusError
		if errors.As(err, &se) && se.RetryAfter > 0 {
			// The server asked us to wait (429/503): no poll before then,
			// however the feed is listed or rescheduled meanwhile.
			until := now.Add(se.RetryAfter)
			f.RetryAfter = &until
		}
		f.NextPollAt = now.Add(NextInterval(f, nil, 0, resp))
		log.WarnContext(ctx, "feed poll failed", slog.Int("error_count", f.ErrorCount), slog.String("error", err.Error()))
		p.saveFeed(ctx, log, &f)
		if f.RetryAfter == nil {
			// Items seen earlier may still be pending; their pages may
			// live elsewhere than the feed, so try them anyway. Not when
			// the server asked us to wait: its pages are usually there.
			p.ingestPending(ctx, log, f.ID, &st)
		}
		return st
	}

	if resp.NotModified {
		st.NotModified++
	} else {
		if parsed.Dropped > 0 || parsed.NoLink > 0 {
			log.InfoContext(ctx, "feed items skipped", slog.Int("dropped_over_cap", parsed.Dropped), slog.Int("without_link", parsed.NoLink))
		}
		for _, it := range parsed.Items {
			fi := model.FeedItem{FeedID: f.ID, GUID: it.GUID, Link: it.Link, Title: it.Title, SeenAt: now}
			seen, err := p.cfg.Store.MarkItemSeen(ctx, &fi)
			if err != nil {
				if ctx.Err() != nil {
					return st
				}
				st.Errors++
				log.ErrorContext(ctx, "recording feed item failed", slog.String("item_url", it.Link), slog.String("error", err.Error()))
				continue
			}
			if !seen {
				newItems++
			}
		}
		st.NewItems += newItems
		if f.Title == "" {
			f.Title = parsed.Title
		}
		if f.SiteURL == "" {
			f.SiteURL = parsed.SiteURL
		}
		// Keep the feed's own hints: the next answer may be a 304, which
		// has no body to read them from.
		f.TTL = min(max(parsed.TTL, maxAge(resp.Header)), maxHint)
		f.SkipHours = parsed.SkipHours
	}
	f.RetryAfter = nil
	f.ETag, f.LastModified = resp.ETag, resp.LastModified
	f.LastSuccessAt = &now
	f.ErrorCount, f.LastError = 0, ""
	f.PollInterval = NextInterval(f, parsed, newItems, resp)
	next := now.Add(f.PollInterval)
	if newItems > 0 {
		// Keep the feed due until its new items are in, so that a restart
		// after a crash or shutdown polls it again (a cheap 304) and
		// resumes the pending items at once.
		f.NextPollAt = now
		p.saveFeed(ctx, log, &f)
	} else {
		f.NextPollAt = next
		p.saveFeed(ctx, log, &f)
	}
	p.ingestPending(ctx, log, f.ID, &st)
	if newItems > 0 && ctx.Err() == nil {
		f.NextPollAt = next
		p.saveFeed(ctx, log, &f)
	}
	return st
}

func (p *Poller) saveFeed(ctx context.Context, log *slog.Logger, f *model.Feed) {
	// The poll happened; record it even if shutdown began meanwhile.
	if err := p.cfg.Store.UpdateFeed(context.WithoutCancel(ctx), f); err != nil {
		log.ErrorContext(ctx, "saving feed state failed", slog.String("error", err.Error()))
	}
}

// ingestPending fetches and ingests every pending item of a feed, each at
// most once per call: a failed item the store lists again (its retry time
// has come by the store's clock) waits for the next poll.
func (p *Poller) ingestPending(ctx context.Context, log *slog.Logger, feedID int64, st *Stats) {
	tried := map[string]bool{}
	for ctx.Err() == nil {
		items, err := p.cfg.Store.PendingItems(ctx, feedID, pendingBatch)
		if err != nil {
			if ctx.Err() == nil {
				st.Errors++
				log.ErrorContext(ctx, "listing pending items failed", slog.String("error", err.Error()))
			}
			return
		}
		progress := false
		for _, it := range items {
			if ctx.Err() != nil {
				return
			}
			if tried[it.GUID] {
				continue
			}
			tried[it.GUID] = true
			progress = true
			retry := it.Error != ""
			ok := p.ingestItem(ctx, log, &it)
			switch {
			case ctx.Err() != nil && !ok:
				return // interrupted: the item stays as it was
			case ok:
				st.Ingested++
			default:
				st.Errors++
			}
			if retry {
				st.Retried++
			}
			if err := p.cfg.Store.UpdateItem(context.WithoutCancel(ctx), &it); err != nil {
				log.ErrorContext(ctx, "saving item state failed", slog.String("item_url", it.Link), slog.String("error", err.Error()))
			}
		}
		if len(items) < pendingBatch || !progress {
			return
		}
	}
}

// ingestItem fetches one item page and hands it to Ingest. It sets
// it.DocumentID, or it.Error, it.Attempts and it.RetryAt (when a transient
// fetch failure may pass), and reports success. Errors from Ingest are
// final: the page arrived, and the same bytes would fail the same way.
func (p *Poller) ingestItem(ctx context.Context, log *slog.Logger, it *model.FeedItem) bool {
	resp, err := p.cfg.Fetcher.Fetch(ctx, fetch.Request{URL: it.Link, Accept: acceptPage})
	if err != nil {
		if ctx.Err() == nil {
			p.itemFailed(it, err.Error(), err)
			log.WarnContext(ctx, "fetching item failed", slog.String("item_url", it.Link), slog.String("error", err.Error()),
				slog.Int("attempts", it.Attempts), slog.Bool("will_retry", it.RetryAt != nil))
		}
		return false
	}
	o := originalFrom(resp)
	id, err := p.cfg.Ingest(ctx, o)
	if err != nil {
		if ctx.Err() == nil {
			p.itemFailed(it, fmt.Sprintf("ingesting %s: %v", it.Link, err), nil)
			log.WarnContext(ctx, "ingesting item failed", slog.String("item_url", it.Link), slog.String("error", err.Error()))
		}
		return false
	}
	if id == 0 {
		p.itemFailed(it, fmt.Sprintf("ingesting %s: no document was stored", it.Link), nil)
		return false
	}
	it.DocumentID, it.Error, it.RetryAt = id, "", nil
	return true
}

// itemFailed records one failed attempt; fetchErr, when set, decides
// whether and when the item is tried again.
func (p *Poller) itemFailed(it *model.FeedItem, msg string, fetchErr error) {
	it.Error = msg
	it.Attempts++
	it.RetryAt = nil
	if fetchErr != nil {
		it.RetryAt = itemRetryAt(fetchErr, it.Attempts, p.cfg.Now().UTC())
	}
}

// originalFrom turns a fetched page into an original, as received.
func originalFrom(resp *fetch.Response) *model.Original {
	sum := sha256.Sum256(resp.Body)
	return &model.Original{
		SHA256:      hex.EncodeToString(sum[:]),
		Body:        resp.Body,
		Size:        int64(len(resp.Body)),
		URL:         resp.URL,
		RequestURL:  resp.RequestURL,
		Headers:     map[string][]string(resp.Header.Clone()),
		ContentType: resp.Header.Get("Content-Type"),
		FetchedAt:   resp.FetchedAt,
	}
}
