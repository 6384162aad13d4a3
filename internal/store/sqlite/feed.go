package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

// AddFeed subscribes to f.URL unless already subscribed, and sets f.ID
// either way. A zero CreatedAt becomes now; a zero NextPollAt means the
// feed is due at once.
func (s *Store) AddFeed(ctx context.Context, f *model.Feed) (bool, error) {
	if f.URL == "" {
		return false, fmt.Errorf("adding feed: %w: the URL is empty", ErrInvalid)
	}
	if f.CreatedAt.IsZero() {
		f.CreatedAt = s.now()
	}
	hours, err := skipHoursJSON(f.SkipHours)
	if err != nil {
		return false, fmt.Errorf("adding feed %s: %w", f.URL, err)
	}
	created := false
	err = s.write(ctx, func(tx querier) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO feeds
			(url, title, site_url, category, etag, last_modified, poll_interval_ns, ttl_ns, skip_hours,
			 retry_after, last_polled_at, last_success_at, next_poll_at, error_count, last_error,
			 disabled, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (url) DO NOTHING`,
			f.URL, f.Title, f.SiteURL, f.Category, f.ETag, f.LastModified, int64(f.PollInterval),
			int64(f.TTL), hours, fmtTimePtr(f.RetryAfter), fmtTimePtr(f.LastPolledAt),
			fmtTimePtr(f.LastSuccessAt), fmtTime(f.NextPollAt), f.ErrorCount, f.LastError, f.Disabled,
			fmtTime(f.CreatedAt))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		created = n == 1
		return tx.QueryRowContext(ctx, `SELECT id FROM feeds WHERE url = ?`, f.URL).Scan(&f.ID)
	})
	if err != nil {
		return false, fmt.Errorf("adding feed %s: %w", f.URL, err)
	}
	return created, nil
}

const feedColumns = `id, url, title, site_url, category, etag, last_modified, poll_interval_ns,
	ttl_ns, skip_hours, retry_after, last_polled_at, last_success_at, next_poll_at, error_count,
	last_error, disabled, created_at`

func scanFeed(sc interface{ Scan(...any) error }) (*model.Feed, error) {
	var (
		f                           model.Feed
		interval, ttl               int64
		hours                       string
		retryAfter, polled, success sql.NullString
		nextPoll, createdText       string
	)
	if err := sc.Scan(&f.ID, &f.URL, &f.Title, &f.SiteURL, &f.Category, &f.ETag, &f.LastModified,
		&interval, &ttl, &hours, &retryAfter, &polled, &success, &nextPoll, &f.ErrorCount, &f.LastError,
		&f.Disabled, &createdText); err != nil {
		return nil, err
	}
	f.PollInterval, f.TTL = time.Duration(interval), time.Duration(ttl)
	if hours != "" && hours != "[]" {
		if err := json.Unmarshal([]byte(hours), &f.SkipHours); err != nil {
			return nil, fmt.Errorf("reading skip hours %q: %w", hours, err)
		}
	}
	var err error
	if f.RetryAfter, err = parseTimePtr(retryAfter); err != nil {
		return nil, err
	}
	if f.LastPolledAt, err = parseTimePtr(polled); err != nil {
		return nil, err
	}
	if f.LastSuccessAt, err = parseTimePtr(success); err != nil {
		return nil, err
	}
	if f.NextPollAt, err = parseTime(nextPoll); err != nil {
		return nil, err
	}
	if f.CreatedAt, err = parseTime(createdText); err != nil {
		return nil, err
	}
	return &f, nil
}

func (s *Store) queryFeeds(ctx context.Context, query string, args ...any) ([]model.Feed, error) {
	rows, err := s.rd(ctx).QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *f)
	}
	return out, rows.Err()
}

func (s *Store) oneFeed(ctx context.Context, what string, key any, where string) (*model.Feed, error) {
	f, err := scanFeed(s.rd(ctx).QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE `+where, key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound(what, key)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s %v: %w", what, key, err)
	}
	return f, nil
}

// GetFeed returns the feed with this id.
func (s *Store) GetFeed(ctx context.Context, id int64) (*model.Feed, error) {
	return s.oneFeed(ctx, "feed", id, "id = ?")
}

// FeedByURL returns the feed subscribed at this URL.
func (s *Store) FeedByURL(ctx context.Context, u string) (*model.Feed, error) {
	return s.oneFeed(ctx, "feed", u, "url = ?")
}

// ListFeeds returns every feed in the order they were added.
func (s *Store) ListFeeds(ctx context.Context) ([]model.Feed, error) {
	out, err := s.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("listing feeds: %w", err)
	}
	return out, nil
}

// DueFeeds returns enabled feeds whose next poll is at or before now and
// whose server did not ask us to wait past now (RetryAfter), the longest
// overdue first. limit 0 means all of them.
func (s *Store) DueFeeds(ctx context.Context, now time.Time, limit int) ([]model.Feed, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	at := fmtTime(now)
	out, err := s.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds
		WHERE disabled = 0 AND next_poll_at <= ? AND (retry_after IS NULL OR retry_after <= ?)
		ORDER BY next_poll_at, id LIMIT ?`, at, at, limit)
	if err != nil {
		return nil, fmt.Errorf("listing due feeds: %w", err)
	}
	return out, nil
}

// UpdateFeed writes every field of f except ID and CreatedAt.
func (s *Store) UpdateFeed(ctx context.Context, f *model.Feed) error {
	hours, err := skipHoursJSON(f.SkipHours)
	if err != nil {
		return fmt.Errorf("updating feed %d: %w", f.ID, err)
	}
	res, err := s.wr(ctx).ExecContext(ctx, `UPDATE feeds SET url = ?, title = ?, site_url = ?, category = ?,
		etag = ?, last_modified = ?, poll_interval_ns = ?, ttl_ns = ?, skip_hours = ?, retry_after = ?,
		last_polled_at = ?, last_success_at = ?, next_poll_at = ?, error_count = ?, last_error = ?,
		disabled = ?
		WHERE id = ?`,
		f.URL, f.Title, f.SiteURL, f.Category, f.ETag, f.LastModified, int64(f.PollInterval),
		int64(f.TTL), hours, fmtTimePtr(f.RetryAfter), fmtTimePtr(f.LastPolledAt),
		fmtTimePtr(f.LastSuccessAt), fmtTime(f.NextPollAt), f.ErrorCount, f.LastError, f.Disabled, f.ID)
	if err != nil {
		return fmt.Errorf("updating feed %d: %w", f.ID, err)
	}
	return mustAffect(res, "feed", f.ID)
}

// skipHoursJSON encodes skip hours for the skip_hours column. Hours outside
// 0–23 are refused: they would never match a clock and hide a caller's bug.
func skipHoursJSON(hours []int) (string, error) {
	for _, h := range hours {
		if h < 0 || h > 23 {
			return "", fmt.Errorf("%w: skip hour %d is not in 0-23", ErrInvalid, h)
		}
	}
	if len(hours) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(hours)
	return string(b), err
}

// DeleteFeed unsubscribes; the feed's seen items go with it.
func (s *Store) DeleteFeed(ctx context.Context, id int64) error {
	res, err := s.wr(ctx).ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("deleting feed %d: %w", id, err)
	}
	return mustAffect(res, "feed", id)
}

func mustAffect(res sql.Result, what string, key any) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("%s %v: %w", what, key, err)
	}
	if n == 0 {
		return notFound(what, key)
	}
	return nil
}

// itemKey is the identity of a feed item: its GUID, or its link when the
// feed gives no GUID.
func itemKey(it *model.FeedItem) string {
	if it.GUID != "" {
		return it.GUID
	}
	return it.Link
}

// MarkItemSeen records it. When the feed already had it, seen is true and
// it is filled from the stored record (SeenAt, DocumentID, Error, Attempts,
// RetryAt), so the caller can tell an ingested item from a pending one. A
// missing GUID is set to the link, the key the item is stored under.
func (s *Store) MarkItemSeen(ctx context.Context, it *model.FeedItem) (bool, error) {
	key := itemKey(it)
	if key == "" {
		return false, fmt.Errorf("marking feed item seen: %w: it has neither GUID nor link", ErrInvalid)
	}
	it.GUID = key
	if it.SeenAt.IsZero() {
		it.SeenAt = s.now()
	}
	seen := false
	err := s.write(ctx, func(tx querier) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO feed_items
			(feed_id, guid, link, title, seen_at, document_id, error, attempts, retry_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id, guid) DO NOTHING`,
			it.FeedID, key, it.Link, it.Title, fmtTime(it.SeenAt), nullID(it.DocumentID), it.Error,
			it.Attempts, fmtTimePtr(it.RetryAt))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 1 {
			return nil
		}
		seen = true
		var (
			seenAt  string
			doc     sql.NullInt64
			retryAt sql.NullString
		)
		if err := tx.QueryRowContext(ctx, `SELECT seen_at, document_id, error, attempts, retry_at FROM feed_items
			WHERE feed_id = ? AND guid = ?`, it.FeedID, key).Scan(&seenAt, &doc, &it.Error, &it.Attempts, &retryAt); err != nil {
			return err
		}
		it.DocumentID = doc.Int64
		if it.RetryAt, err = parseTimePtr(retryAt); err != nil {
			return err
		}
		it.SeenAt, err = parseTime(seenAt)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("marking item %s of feed %d seen: %w", key, it.FeedID, err)
	}
	return seen, nil
}

// PendingItems returns the items of the feed to fetch now, in the order
// they were seen: those never tried (no document, no error) and those that
// failed and whose RetryAt has come (by the store's clock). limit 0 means
// 100.
func (s *Store) PendingItems(ctx context.Context, feedID int64, limit int) ([]model.FeedItem, error) {
	// Two arms, so that each can use its own partial index.
	rows, err := s.rd(ctx).QueryContext(ctx, `SELECT feed_id, guid, link, title, seen_at, error, attempts, retry_at
		FROM (
			SELECT rowid AS rid, * FROM feed_items
			WHERE feed_id = ? AND document_id IS NULL AND error = ''
			UNION ALL
			SELECT rowid AS rid, * FROM feed_items
			WHERE feed_id = ? AND document_id IS NULL AND error <> '' AND retry_at IS NOT NULL AND retry_at <= ?
		)
		ORDER BY seen_at, rid LIMIT ?`, feedID, feedID, fmtTime(s.now()), limitOr(limit, 100, 10000))
	if err != nil {
		return nil, fmt.Errorf("listing pending items of feed %d: %w", feedID, err)
	}
	defer rows.Close()
	var out []model.FeedItem
	for rows.Next() {
		var (
			it      model.FeedItem
			seenAt  string
			retryAt sql.NullString
		)
		if err := rows.Scan(&it.FeedID, &it.GUID, &it.Link, &it.Title, &seenAt, &it.Error, &it.Attempts, &retryAt); err != nil {
			return nil, fmt.Errorf("listing pending items of feed %d: %w", feedID, err)
		}
		if it.SeenAt, err = parseTime(seenAt); err != nil {
			return nil, err
		}
		if it.RetryAt, err = parseTimePtr(retryAt); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing pending items of feed %d: %w", feedID, err)
	}
	return out, nil
}

// UpdateItem writes the link, title, document, error, attempts and retry
// time of the item keyed by (FeedID, GUID or link).
func (s *Store) UpdateItem(ctx context.Context, it *model.FeedItem) error {
	key := itemKey(it)
	res, err := s.wr(ctx).ExecContext(ctx, `UPDATE feed_items SET link = ?, title = ?, document_id = ?, error = ?,
		attempts = ?, retry_at = ?
		WHERE feed_id = ? AND guid = ?`,
		it.Link, it.Title, nullID(it.DocumentID), it.Error, it.Attempts, fmtTimePtr(it.RetryAt), it.FeedID, key)
	if err != nil {
		return fmt.Errorf("updating item %s of feed %d: %w", key, it.FeedID, err)
	}
	return mustAffect(res, "feed item", key)
}
