package storetest

import (
	"slices"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

func testFeeds(t *testing.T, open Opener) {
	t.Run("CRUD", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		f := &model.Feed{URL: "https://example.org/feed.xml", Title: "Example", SiteURL: "https://example.org/",
			Category: "ngo", PollInterval: 90 * time.Minute, NextPollAt: at(1), CreatedAt: base}
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
		if err := s.UpdateFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
		got, err = s.FeedByURL(ctx, f.URL)
		if err != nil {
			t.Fatal(err)
		}
		checkFeed(t, got, f)

		f2 := &model.Feed{URL: "https://example.net/rss"}
		if _, err := s.AddFeed(ctx, f2); err != nil {
			t.Fatal(err)
		}
		all, err := s.ListFeeds(ctx)
		if err != nil || len(all) != 2 || all[0].ID != f.ID || all[1].ID != f2.ID {
			t.Errorf("ListFeeds = %v, %v; want the two feeds in order", all, err)
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
		add := func(url string, next time.Time, disabled bool) int64 {
			f := &model.Feed{URL: url, NextPollAt: next, Disabled: disabled}
			if _, err := s.AddFeed(ctx, f); err != nil {
				t.Fatal(err)
			}
			return f.ID
		}
		late := add("https://a.example/late", at(-1), false)
		never := add("https://a.example/new", time.Time{}, false) // zero: due at once
		now := add("https://a.example/now", at(0), false)
		add("https://a.example/future", at(1), false)
		add("https://a.example/off", at(-5), true)
		tests := []struct {
			limit int
			want  []int64
		}{
			{0, []int64{never, late, now}},
			{2, []int64{never, late}},
		}
		for _, tt := range tests {
			due, err := s.DueFeeds(ctx, base, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, f := range due {
				got = append(got, f.ID)
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
		got.LastError != want.LastError || got.Disabled != want.Disabled {
		t.Errorf("feed = %+v\nwant %+v", got, want)
	}
	if !got.NextPollAt.Equal(want.NextPollAt) || !got.CreatedAt.Equal(want.CreatedAt) ||
		!sameTime(got.LastPolledAt, want.LastPolledAt) || !sameTime(got.LastSuccessAt, want.LastSuccessAt) {
		t.Errorf("feed times = %v %v %v %v, want %v %v %v %v", got.NextPollAt, got.CreatedAt, got.LastPolledAt,
			got.LastSuccessAt, want.NextPollAt, want.CreatedAt, want.LastPolledAt, want.LastSuccessAt)
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
