package storetest

import (
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

func testFeeds(t *testing.T, open Opener) {
	t.Run("CRUD", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		f := &model.Feed{URL: "https://example.org/feed.xml", Title: "Example", SiteURL: "https://example.org/",
			Category: "ngo", PollInterval: 90 * time.Minute, TTL: 2 * time.Hour, SkipHours: []int{0, 1, 23},
			RetryAfter: ptr(at(3)), NextPollAt: at(1), CreatedAt: base}
		created, err := s.AddFeed(ctx, f)
		if err != nil || !created || f.ID == 0 {
			t.Fatalf("AddFeed = %v, %v, id %d", created, err, f.ID)
		}
		dup := &model.Feed{URL: f.URL, Title: "Other title"}
		created, err = s.AddFeed(ctx, dup)
		if err != nil || created || dup.ID != f.ID {
			t.Fatalf("AddFeed(duplicate) = %v, %v, id %d; want false, nil, id %d", created, err, dup.ID, f.ID)
		}
		got, err := s.GetFeed(ctx, f.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkFeed(t, got, f)

		f.Title, f.ETag, f.LastModified = "Renamed", `W/"abc"`, "Mon, 31 Mar 2025 09:00:00 GMT"
		f.LastPolledAt, f.LastSuccessAt, f.NextPollAt = ptr(at(2)), ptr(at(2)), at(4)
		f.ErrorCount, f.LastError, f.Disabled, f.PollInterval = 2, "HTTP 503", true, time.Hour
		f.TTL, f.SkipHours, f.RetryAfter = 45*time.Minute, []int{12}, ptr(at(5))
		if err := s.UpdateFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
		got, err = s.FeedByURL(ctx, f.URL)
		if err != nil {
			t.Fatal(err)
		}
		checkFeed(t, got, f)

		// The hints can be cleared again, as when a feed drops its <ttl>.
		f.TTL, f.SkipHours, f.RetryAfter = 0, nil, nil
		if err := s.UpdateFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
		got, err = s.GetFeed(ctx, f.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkFeed(t, got, f)
		f.SkipHours = []int{24}
		if err := s.UpdateFeed(ctx, f); err == nil {
			t.Error("UpdateFeed with skip hour 24 succeeded; hours are 0-23")
		}
		f.SkipHours = nil

		f2 := &model.Feed{URL: "https://example.net/rss", CreatedAt: base}
		if _, err := s.AddFeed(ctx, f2); err != nil {
			t.Fatal(err)
		}
		all, err := s.ListFeeds(ctx)
		if err != nil || len(all) != 2 || all[0].ID != f.ID || all[1].ID != f2.ID {
			t.Errorf("ListFeeds = %v, %v; want the two feeds in order", all, err)
		} else {
			checkFeed(t, &all[0], f)
			checkFeed(t, &all[1], f2)
		}

		if err := s.DeleteFeed(ctx, f.ID); err != nil {
			t.Fatal(err)
		}
		_, err = s.GetFeed(ctx, f.ID)
		wantNotFound(t, "GetFeed after delete", err)
		wantNotFound(t, "DeleteFeed twice", s.DeleteFeed(ctx, f.ID))
		wantNotFound(t, "UpdateFeed of a deleted feed", s.UpdateFeed(ctx, f))
		_, err = s.FeedByURL(ctx, "https://nowhere.example/")
		wantNotFound(t, "FeedByURL", err)
	})

	t.Run("Due", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		feeds := map[int64]*model.Feed{}
		add := func(url string, next time.Time, disabled bool, retryAfter *time.Time) int64 {
			f := &model.Feed{URL: url, NextPollAt: next, Disabled: disabled, RetryAfter: retryAfter,
				TTL: time.Hour, SkipHours: []int{3}, CreatedAt: base}
			if _, err := s.AddFeed(ctx, f); err != nil {
				t.Fatal(err)
			}
			feeds[f.ID] = f
			return f.ID
		}
		late := add("https://a.example/late", at(-1), false, nil)
		never := add("https://a.example/new", time.Time{}, false, nil) // zero: due at once
		now := add("https://a.example/now", at(0), false, nil)
		add("https://a.example/future", at(1), false, nil)
		add("https://a.example/off", at(-5), true, nil)
		// A 429/503 asked us to wait: due only once that time has come.
		add("https://a.example/rate-limited", at(-3), false, ptr(at(2)))
		waited := add("https://a.example/waited", at(-2), false, ptr(at(-1)))
		waitEnds := add("https://a.example/wait-ends-now", at(-4), false, ptr(at(0)))
		tests := []struct {
			limit int
			want  []int64
		}{
			{0, []int64{never, waitEnds, waited, late, now}},
			{2, []int64{never, waitEnds}},
		}
		for _, tt := range tests {
			due, err := s.DueFeeds(ctx, base, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, f := range due {
				got = append(got, f.ID)
				checkFeed(t, &f, feeds[f.ID])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("DueFeeds(limit %d) = %v, want %v", tt.limit, got, tt.want)
			}
		}
	})
}

func checkFeed(t *testing.T, got, want *model.Feed) {
	t.Helper()
	if got.ID != want.ID || got.URL != want.URL || got.Title != want.Title || got.SiteURL != want.SiteURL ||
		got.Category != want.Category || got.ETag != want.ETag || got.LastModified != want.LastModified ||
		got.PollInterval != want.PollInterval || got.ErrorCount != want.ErrorCount ||
		got.LastError != want.LastError || got.Disabled != want.Disabled || got.TTL != want.TTL ||
		!slices.Equal(got.SkipHours, want.SkipHours) {
		t.Errorf("feed = %+v\nwant %+v", got, want)
	}
	if !got.NextPollAt.Equal(want.NextPollAt) || !got.CreatedAt.Equal(want.CreatedAt) ||
		!sameTime(got.LastPolledAt, want.LastPolledAt) || !sameTime(got.LastSuccessAt, want.LastSuccessAt) ||
		!sameTime(got.RetryAfter, want.RetryAfter) {
		t.Errorf("feed times = %v %v %v %v %v, want %v %v %v %v %v", got.NextPollAt, got.CreatedAt, got.LastPolledAt,
			got.LastSuccessAt, got.RetryAfter, want.NextPollAt, want.CreatedAt, want.LastPolledAt,
			want.LastSuccessAt, want.RetryAfter)
	}
}

func testFeedItems(t *testing.T, open Opener) {
	s, ctx := open(t), t.Context()
	fa := &model.Feed{URL: "https://a.example/feed"}
	fb := &model.Feed{URL: "https://b.example/feed"}
	for _, f := range []*model.Feed{fa, fb} {
		if _, err := s.AddFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	doc := putDoc(t, s, "item-doc", model.Document{Title: "ingested"})

	steps := []struct {
		name     string
		item     model.FeedItem
		wantSeen bool
	}{
		{"new guid", model.FeedItem{FeedID: fa.ID, GUID: "g1", Link: "https://a.example/1", SeenAt: at(1)}, false},
		{"same guid other link", model.FeedItem{FeedID: fa.ID, GUID: "g1", Link: "https://a.example/1?x", SeenAt: at(2)}, true},
		{"same guid other feed", model.FeedItem{FeedID: fb.ID, GUID: "g1", Link: "https://b.example/1", SeenAt: at(3)}, false},
		{"no guid", model.FeedItem{FeedID: fa.ID, Link: "https://a.example/2", SeenAt: at(4)}, false},
		{"no guid again", model.FeedItem{FeedID: fa.ID, Link: "https://a.example/2", SeenAt: at(5)}, true},
		{"third", model.FeedItem{FeedID: fa.ID, GUID: "g3", Link: "https://a.example/3", SeenAt: at(6)}, false},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			it := st.item
			seen, err := s.MarkItemSeen(ctx, &it)
			if err != nil || seen != st.wantSeen {
				t.Errorf("MarkItemSeen(%+v) = %v, %v; want %v", st.item, seen, err, st.wantSeen)
			}
		})
	}

	pendingKeys := func(feed int64) []string {
		t.Helper()
		items, err := s.PendingItems(ctx, feed, 0)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, it := range items {
			keys = append(keys, it.Link)
		}
		return keys
	}
	want := []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"}
	if got := pendingKeys(fa.ID); !slices.Equal(got, want) {
		t.Errorf("PendingItems = %v, want %v", got, want)
	}
	if items, err := s.PendingItems(ctx, fa.ID, 1); err != nil || len(items) != 1 {
		t.Errorf("PendingItems(limit 1) = %d items, %v", len(items), err)
	}

	// Ingested and failed items are no longer pending.
	if err := s.UpdateItem(ctx, &model.FeedItem{FeedID: fa.ID, GUID: "g1", Link: "https://a.example/1", DocumentID: doc.ID}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateItem(ctx, &model.FeedItem{FeedID: fa.ID, Link: "https://a.example/2", Error: "HTTP 404"}); err != nil {
		t.Fatal(err)
	}
	if got := pendingKeys(fa.ID); !slices.Equal(got, []string{"https://a.example/3"}) {
		t.Errorf("PendingItems after updates = %v, want only item 3", got)
	}
	again := model.FeedItem{FeedID: fa.ID, GUID: "g1"}
	if seen, err := s.MarkItemSeen(ctx, &again); err != nil || !seen || again.DocumentID != doc.ID {
		t.Errorf("MarkItemSeen(ingested) = %v, %v, document %d; want true, nil, %d", seen, err, again.DocumentID, doc.ID)
	}
	wantNotFound(t, "UpdateItem of an unknown item", s.UpdateItem(ctx, &model.FeedItem{FeedID: fa.ID, GUID: "nope"}))

	// Deleting a feed forgets its items.
	if err := s.DeleteFeed(ctx, fb.ID); err != nil {
		t.Fatal(err)
	}
	fb2 := &model.Feed{URL: fb.URL}
	if _, err := s.AddFeed(ctx, fb2); err != nil {
		t.Fatal(err)
	}
	if seen, err := s.MarkItemSeen(ctx, &model.FeedItem{FeedID: fb2.ID, GUID: "g1"}); err != nil || seen {
		t.Errorf("MarkItemSeen after re-subscribing = %v, %v; want false, nil", seen, err)
	}
}

// testFeedItemRetries checks the retry bookkeeping of failed items. The
// store decides what is due by its own clock (PendingItems takes no time),
// so the retry times here are relative to the wall clock.
func testFeedItemRetries(t *testing.T, open Opener) {
	s, ctx := open(t), t.Context()
	f := &model.Feed{URL: "https://r.example/feed"}
	if _, err := s.AddFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	doc := putDoc(t, s, "retry-doc", model.Document{Title: "ingested after a retry"})
	wall := time.Now().UTC().Truncate(time.Second)
	past, future := wall.Add(-time.Hour), wall.Add(time.Hour)

	items := []model.FeedItem{
		{GUID: "new"},
		{GUID: "retry-due", Error: "HTTP 503", Attempts: 2, RetryAt: ptr(past)},
		{GUID: "retry-later", Error: "timeout", Attempts: 1, RetryAt: ptr(future)},
		{GUID: "given-up", Error: "HTTP 503", Attempts: 5},
		{GUID: "gone", Error: "HTTP 404", Attempts: 1},
		{GUID: "done", DocumentID: doc.ID, Attempts: 1},
	}
	for i := range items {
		it := &items[i]
		it.FeedID, it.Link, it.SeenAt = f.ID, "https://r.example/"+it.GUID, at(i)
		if seen, err := s.MarkItemSeen(ctx, it); err != nil || seen {
			t.Fatalf("MarkItemSeen(%s) = %v, %v", it.GUID, seen, err)
		}
	}

	pending := func() map[string]model.FeedItem {
		t.Helper()
		got, err := s.PendingItems(ctx, f.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]model.FeedItem{}
		var order []string
		for _, it := range got {
			m[it.GUID] = it
			order = append(order, it.GUID)
		}
		if !slices.IsSortedFunc(got, func(a, b model.FeedItem) int { return a.SeenAt.Compare(b.SeenAt) }) {
			t.Errorf("PendingItems order %v, want the order they were seen", order)
		}
		return m
	}
	got := pending()
	if len(got) != 2 {
		t.Errorf("PendingItems = %v, want the new item and the failed one due for a retry", slices.Collect(maps.Keys(got)))
	}
	if _, ok := got["new"]; !ok {
		t.Error("an item never tried is not pending")
	}
	if r, ok := got["retry-due"]; !ok {
		t.Error("a failed item whose retry time has passed is not pending")
	} else if r.Error != "HTTP 503" || r.Attempts != 2 || !sameTime(r.RetryAt, ptr(past)) || r.Link != "https://r.example/retry-due" {
		t.Errorf("pending retry = %+v, want its error, 2 attempts and retry time %v", r, past)
	}

	// Every field round-trips through MarkItemSeen (which reads an existing item).
	for _, want := range items {
		it := model.FeedItem{FeedID: f.ID, GUID: want.GUID}
		if seen, err := s.MarkItemSeen(ctx, &it); err != nil || !seen {
			t.Fatalf("MarkItemSeen(%s) again = %v, %v", want.GUID, seen, err)
		}
		if it.Error != want.Error || it.Attempts != want.Attempts || !sameTime(it.RetryAt, want.RetryAt) ||
			it.DocumentID != want.DocumentID || !it.SeenAt.Equal(want.SeenAt) {
			t.Errorf("stored item %s = %+v, want %+v", want.GUID, it, want)
		}
	}

	// The retry fails again: no longer due. The later one comes due.
	r := items[1]
	r.Attempts, r.RetryAt = 3, ptr(future)
	later := items[2]
	later.RetryAt = ptr(past)
	for _, it := range []*model.FeedItem{&r, &later} {
		if err := s.UpdateItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	got = pending()
	if _, ok := got["retry-due"]; ok || len(got) != 2 {
		t.Errorf("after updates PendingItems = %v, want new and retry-later", slices.Collect(maps.Keys(got)))
	}
	if l := got["retry-later"]; l.Attempts != 1 || !sameTime(l.RetryAt, ptr(past)) {
		t.Errorf("retry-later = %+v", l)
	}

	// Success clears the retry; giving up clears the time but keeps the error.
	later.DocumentID, later.Error, later.RetryAt = doc.ID, "", nil
	r.Attempts, r.RetryAt = 4, nil
	for _, it := range []*model.FeedItem{&r, &later} {
		if err := s.UpdateItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	got = pending()
	if len(got) != 1 {
		t.Errorf("finally PendingItems = %v, want only the new item", slices.Collect(maps.Keys(got)))
	}
	check := model.FeedItem{FeedID: f.ID, GUID: r.GUID}
	if _, err := s.MarkItemSeen(ctx, &check); err != nil || check.RetryAt != nil || check.Attempts != 4 || check.Error != "HTTP 503" {
		t.Errorf("given-up item = %+v, %v; want 4 attempts, its error and no retry time", check, err)
	}
}
