package feed

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/source/fetch"
)

// Polling bounds.
const (
	MinInterval     = 15 * time.Minute
	MaxInterval     = 24 * time.Hour
	DefaultInterval = time.Hour
	// maxHint caps how far a feed's own ttl or max-age may push a poll.
	maxHint = 7 * 24 * time.Hour
)

// NextInterval chooses how long to wait before polling f again. It is a
// pure function of the poll's outcome:
//
//   - new items halve the interval, down to MinInterval;
//   - nothing new (or 304) stretches it by half, up to MaxInterval;
//   - failures (f.ErrorCount > 0, already counting this one) double it per
//     consecutive error, up to MaxInterval;
//   - it is never shorter than the feed's ttl (f.TTL, or parsed.TTL when the
//     feed was just read) or the response's Cache-Control max-age (or
//     Retry-After), capped at a week;
//   - it never ends before f.RetryAfter, however far that is;
//   - the poll is pushed out of the feed's skip hours (f.SkipHours and
//     parsed.SkipHours) and skip days (parsed.SkipDays), in GMT.
//
// The feed's hints are read from f as well as parsed because a 304 has no
// body to parse: the poller copies TTL and SkipHours from each successful
// parse into f, so they keep applying until the feed changes them.
//
// The time of the poll is f.LastPolledAt (the poller's clock, from which
// it schedules), else resp.FetchedAt; without either, RetryAfter and skip
// hours/days cannot be applied.
func NextInterval(f model.Feed, parsed *Feed, newItems int, resp *fetch.Response) time.Duration {
	cur := f.PollInterval
	if cur <= 0 {
		cur = DefaultInterval
	}
	cur = min(max(cur, MinInterval), MaxInterval)
	var d time.Duration
	switch {
	case f.ErrorCount > 0:
		d = cur << min(f.ErrorCount, 10)
	case newItems > 0:
		d = cur / 2
	default:
		d = cur + cur/2
	}
	d = min(max(d, MinInterval), MaxInterval)

	hint := f.TTL
	hours := f.SkipHours
	var days []time.Weekday
	if parsed != nil {
		hint = max(hint, parsed.TTL)
		hours = append(slices.Clip(hours), parsed.SkipHours...)
		days = parsed.SkipDays
	}
	if resp != nil {
		hint = max(hint, maxAge(resp.Header), retryAfterHeader(resp.Header))
	}
	d = max(d, min(hint, maxHint))

	var now time.Time
	switch {
	case f.LastPolledAt != nil:
		now = *f.LastPolledAt
	case resp != nil:
		now = resp.FetchedAt
	}
	if now.IsZero() {
		return d
	}
	if f.RetryAfter != nil {
		d = max(d, f.RetryAfter.Sub(now))
	}
	if len(hours) > 0 || len(days) > 0 {
		d = skip(now, d, hours, days)
	}
	return d
}

// skip moves now+d forward, hour by hour, out of skipped hours and days.
func skip(now time.Time, d time.Duration, hours []int, days []time.Weekday) time.Duration {
	at := now.Add(d).UTC()
	for range 24 * 8 { // a feed that skips every hour is polled anyway
		if !slices.Contains(hours, at.Hour()) && !slices.Contains(days, at.Weekday()) {
			return at.Sub(now)
		}
		at = at.Truncate(time.Hour).Add(time.Hour)
	}
	return d
}

// maxAge reads Cache-Control max-age (s-maxage is for shared caches).
func maxAge(h http.Header) time.Duration {
	if h == nil {
		return 0
	}
	for _, v := range h.Values("Cache-Control") {
		for _, dir := range strings.Split(v, ",") {
			k, val, ok := strings.Cut(strings.TrimSpace(dir), "=")
			if !ok || !strings.EqualFold(k, "max-age") {
				continue
			}
			if s, err := strconv.ParseInt(strings.Trim(val, `"`), 10, 64); err == nil && s > 0 {
				return time.Duration(min(s, int64(maxHint/time.Second))) * time.Second
			}
		}
	}
	return 0
}

func retryAfterHeader(h http.Header) time.Duration {
	if h == nil {
		return 0
	}
	if s, err := strconv.ParseInt(strings.TrimSpace(h.Get("Retry-After")), 10, 64); err == nil && s > 0 {
		return time.Duration(min(s, int64(maxHint/time.Second))) * time.Second
	}
	return 0
}
