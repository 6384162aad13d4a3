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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NextInterval(tc.f, tc.parsed, tc.newItems, tc.resp); got != tc.want {
				t.Errorf("NextInterval = %s, want %s", got, tc.want)
			}
		})
	}
}
