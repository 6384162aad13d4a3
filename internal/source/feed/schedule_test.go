package feed

import (
	"net/http"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/source/fetch"
)

func TestNextInterval(t *testing.T) {
	// Wednesday 2025-03-26 10:00 UTC.
	now := time.Date(2025, 3, 26, 10, 0, 0, 0, time.UTC)
	resp := func(h http.Header) *fetch.Response { return &fetch.Response{Status: 200, Header: h, FetchedAt: now} }
	notMod := &fetch.Response{Status: 304, NotModified: true, Header: http.Header{}, FetchedAt: now}
	feed := func(interval time.Duration, errs int) model.Feed {
		return model.Feed{PollInterval: interval, ErrorCount: errs}
	}
	tests := []struct {
		name     string
		f        model.Feed
		parsed   *Feed
		newItems int
		resp     *fetch.Response
		want     time.Duration
	}{
		{"new items halve", feed(time.Hour, 0), &Feed{}, 3, resp(nil), 30 * time.Minute},
		{"new items floor at min", feed(20*time.Minute, 0), &Feed{}, 1, resp(nil), MinInterval},
		{"unset interval starts at default", feed(0, 0), &Feed{}, 0, resp(nil), 90 * time.Minute},
		{"nothing new backs off", feed(time.Hour, 0), &Feed{}, 0, resp(nil), 90 * time.Minute},
		{"304 backs off", feed(2*time.Hour, 0), nil, 0, notMod, 3 * time.Hour},
		{"backoff capped", feed(20*time.Hour, 0), nil, 0, notMod, MaxInterval},
		{"ttl is a floor", feed(time.Hour, 0), &Feed{TTL: 4 * time.Hour}, 5, resp(nil), 4 * time.Hour},
		{"max-age is a floor", feed(time.Hour, 0), &Feed{}, 5, resp(http.Header{"Cache-Control": {"public, max-age=7200"}}), 2 * time.Hour},
		{"huge ttl capped at a week", feed(time.Hour, 0), &Feed{TTL: 30 * 24 * time.Hour}, 0, resp(nil), 7 * 24 * time.Hour},
		{"first error doubles", feed(time.Hour, 1), nil, 0, nil, 2 * time.Hour},
		{"third error ×8", feed(time.Hour, 3), nil, 0, nil, 8 * time.Hour},
		{"many errors capped", feed(time.Hour, 40), nil, 0, nil, MaxInterval},
		// 10:00 + 30m = 10:30, hours 10 and 11 skipped -> 12:00.
		{"skip hours", feed(time.Hour, 0), &Feed{SkipHours: []int{10, 11}}, 2, resp(nil), 2 * time.Hour},
		// 10:00 + 24h lands on Thursday, which is skipped -> Friday 00:00.
		{"skip days", feed(24*time.Hour, 0), &Feed{SkipDays: []time.Weekday{time.Thursday}}, 0, resp(nil), 38 * time.Hour},
		{"skip everything polls anyway", feed(time.Hour, 0), &Feed{SkipDays: []time.Weekday{0, 1, 2, 3, 4, 5, 6}}, 0, resp(nil), 90 * time.Minute},
		{"no clock, no skipping", feed(time.Hour, 0), &Feed{SkipHours: []int{11}}, 0, nil, 90 * time.Minute},
		// Hints stored on the feed apply when there is nothing parsed.
		{"stored ttl after 304", model.Feed{PollInterval: time.Hour, TTL: 4 * time.Hour}, nil, 0, notMod, 4 * time.Hour},
		{"stored ttl on error", model.Feed{PollInterval: time.Hour, ErrorCount: 1, TTL: 5 * time.Hour, LastPolledAt: &now}, nil, 0, nil, 5 * time.Hour},
		{"stored ttl capped at a week", model.Feed{PollInterval: time.Hour, TTL: 30 * 24 * time.Hour}, nil, 0, notMod, 7 * 24 * time.Hour},
		// 10:00 + 3h = 13:00, hour 13 skipped -> 14:00.
		{"stored skip hours after 304", model.Feed{PollInterval: 2 * time.Hour, SkipHours: []int{13}}, nil, 0, notMod, 4 * time.Hour},
		{"parsed and stored hints combine", model.Feed{PollInterval: time.Hour, TTL: time.Hour, SkipHours: []int{11}},
			&Feed{TTL: 2 * time.Hour, SkipHours: []int{12}}, 0, resp(nil), 3 * time.Hour},
		// A Retry-After in the future is a floor beyond MaxInterval too.
		{"retry after", model.Feed{PollInterval: time.Hour, ErrorCount: 1, LastPolledAt: &now, RetryAfter: ptr(now.Add(3 * time.Hour))}, nil, 0, nil, 3 * time.Hour},
		{"retry after beyond max", model.Feed{PollInterval: time.Hour, ErrorCount: 1, LastPolledAt: &now, RetryAfter: ptr(now.Add(48 * time.Hour))}, nil, 0, nil, 48 * time.Hour},
		{"retry after passed", model.Feed{PollInterval: time.Hour, ErrorCount: 1, LastPolledAt: &now, RetryAfter: ptr(now.Add(-time.Hour))}, nil, 0, nil, 2 * time.Hour},
		// 10:00 + 3h = 13:00 is skipped -> 14:00.
		{"retry after then skip hours", model.Feed{PollInterval: time.Hour, ErrorCount: 1, LastPolledAt: &now,
			RetryAfter: ptr(now.Add(3 * time.Hour)), SkipHours: []int{13}}, nil, 0, nil, 4 * time.Hour},
		// The poller's clock (LastPolledAt) wins over the response's.
		{"poll time from the feed", model.Feed{PollInterval: time.Hour, LastPolledAt: ptr(now.Add(time.Hour))},
			&Feed{SkipHours: []int{12}}, 0, resp(nil), 2 * time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NextInterval(tc.f, tc.parsed, tc.newItems, tc.resp); got != tc.want {
				t.Errorf("NextInterval = %s, want %s", got, tc.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
