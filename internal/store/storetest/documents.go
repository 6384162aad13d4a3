package storetest

import (
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

func testDocuments(t *testing.T, open Opener) {
	t.Run("RoundTrip", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		d := putDoc(t, s, "rt", model.Document{
			URL: "https://example.org/news/1", CanonicalURL: "https://example.org/n/1",
			Title: "Traders order camera glasses", Byline: "Reporter A", Outlet: "Example News",
			Published: ptr(at(-48)), PublishedText: "March 29, 2025", PublishedSource: "dateline",
			Language: "en", Text: "Traders in Hyesan ordered goods.\n\nA second paragraph.",
			AltLinks: []model.AltLink{{Lang: "ko", URL: "https://example.org/ko/1", Label: "Korean"}},
			Relevant: ptr(true),
			Dateline: &model.Dateline{End: 29, Text: "SEOUL, March 4 (Yonhap) --", Outlet: "Yonhap",
				City: &model.Mention{Start: 0, End: 5, Text: "SEOUL"}, DateText: "March 4", Date: ptr(at(-48))},
		})
		got, err := s.GetDocument(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, got, &d)
		if got.CreatedAt.IsZero() || got.UpdatedAt.IsZero() {
			t.Errorf("CreatedAt %v UpdatedAt %v, want both set", got.CreatedAt, got.UpdatedAt)
		}
		byOrig, err := s.DocumentByOriginal(ctx, d.OriginalSHA256)
		if err != nil || byOrig.ID != d.ID {
			t.Errorf("DocumentByOriginal = %v, %v; want id %d", byOrig, err, d.ID)
		}
	})

	t.Run("NilAndFalseOptionals", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		for _, rel := range []*bool{nil, ptr(false)} {
			d := putDoc(t, s, "opt"+boolKey(rel), model.Document{Title: "x", Text: "y", Relevant: rel})
			got, err := s.GetDocument(ctx, d.ID)
			if err != nil {
				t.Fatal(err)
			}
			if (got.Relevant == nil) != (rel == nil) || (rel != nil && *got.Relevant != *rel) {
				t.Errorf("Relevant = %v, want %v", got.Relevant, rel)
			}
			if got.Published != nil || got.AltLinks != nil || got.StoryID != 0 {
				t.Errorf("got Published %v AltLinks %v StoryID %d, want zero values", got.Published, got.AltLinks, got.StoryID)
			}
		}
	})

	t.Run("UpsertKeepsID", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		d := putDoc(t, s, "up", model.Document{Title: "First cleaning", Text: "old text", Language: "en", CleanerVersion: "v1"})
		first, err := s.GetDocument(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		re := model.Document{OriginalSHA256: d.OriginalSHA256, Title: "Second cleaning", Text: "new text",
			Language: "ko", CleanerVersion: "v2", Published: ptr(at(3))}
		if err := s.SaveDocument(ctx, &re); err != nil {
			t.Fatal(err)
		}
		if re.ID != d.ID {
			t.Errorf("reprocessed document got id %d, want %d", re.ID, d.ID)
		}
		got, err := s.GetDocument(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, got, &re)
		if !got.CreatedAt.Equal(first.CreatedAt) {
			t.Errorf("CreatedAt changed from %v to %v", first.CreatedAt, got.CreatedAt)
		}
		if n, err := s.CountDocuments(ctx); err != nil || n != 1 {
			t.Errorf("CountDocuments = %d, %v; want 1", n, err)
		}
	})

	t.Run("NeedsOriginal", func(t *testing.T) {
		s := open(t)
		err := s.SaveDocument(t.Context(), &model.Document{OriginalSHA256: shaOf([]byte("absent")), Title: "x"})
		if err == nil {
			t.Fatal("SaveDocument without its original succeeded")
		}
	})

	t.Run("ByURL", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		a := putDoc(t, s, "a", model.Document{URL: "https://a.example/1", CanonicalURL: "https://a.example/c1"})
		b := putDoc(t, s, "b", model.Document{URL: "https://b.example/2"})
		putDoc(t, s, "c", model.Document{URL: "https://c.example/3"})
		tests := []struct {
			name string
			urls []string
			want []int64
		}{
			{"url", []string{"https://b.example/2"}, []int64{b.ID}},
			{"canonical", []string{"https://a.example/c1"}, []int64{a.ID}},
			{"both and unknown", []string{"https://a.example/1", "https://b.example/2", "https://z.example/"}, []int64{a.ID, b.ID}},
			{"empty string matches nothing", []string{""}, nil},
			{"none", nil, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				docs, err := s.DocumentsByURL(ctx, tt.urls)
				if err != nil {
					t.Fatal(err)
				}
				if got := docIDs(docs); !slices.Equal(got, tt.want) {
					t.Errorf("DocumentsByURL(%q) = %v, want %v", tt.urls, got, tt.want)
				}
			})
		}
	})

	t.Run("List", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		old := putDoc(t, s, "old", model.Document{Language: "en", Outlet: "A", Published: ptr(at(-72))})
		mid := putDoc(t, s, "mid", model.Document{Language: "ko", Outlet: "B", Published: ptr(at(-24))})
		newer := putDoc(t, s, "new", model.Document{Language: "en", Outlet: "B", Published: ptr(at(24))})
		tests := []struct {
			name string
			opts store.ListOptions
			want []int64
		}{
			{"all newest first", store.ListOptions{}, []int64{newer.ID, mid.ID, old.ID}},
			{"limit", store.ListOptions{Limit: 2}, []int64{newer.ID, mid.ID}},
			{"offset", store.ListOptions{Limit: 2, Offset: 2}, []int64{old.ID}},
			{"language", store.ListOptions{Language: "en"}, []int64{newer.ID, old.ID}},
			{"outlet", store.ListOptions{Outlet: "B"}, []int64{newer.ID, mid.ID}},
			{"both", store.ListOptions{Outlet: "B", Language: "ko"}, []int64{mid.ID}},
			{"no match", store.ListOptions{Language: "zh"}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				docs, err := s.ListDocuments(ctx, tt.opts)
				if err != nil {
					t.Fatal(err)
				}
				if got := docIDs(docs); !slices.Equal(got, tt.want) {
					t.Errorf("ListDocuments(%+v) = %v, want %v", tt.opts, got, tt.want)
				}
			})
		}
		if n, err := s.CountDocuments(ctx); err != nil || n != 3 {
			t.Errorf("CountDocuments = %d, %v; want 3", n, err)
		}
	})

	t.Run("NotFound", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		_, err := s.GetDocument(ctx, 12345)
		wantNotFound(t, "GetDocument", err)
		_, err = s.DocumentByOriginal(ctx, shaOf([]byte("nothing")))
		wantNotFound(t, "DocumentByOriginal", err)
	})
}

func boolKey(b *bool) string {
	switch {
	case b == nil:
		return "nil"
	case *b:
		return "true"
	}
	return "false"
}

func docIDs(docs []model.Document) []int64 {
	var ids []int64
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	return ids
}

// checkDoc compares the fields a caller sets.
func checkDoc(t *testing.T, got, want *model.Document) {
	t.Helper()
	if got.ID != want.ID || got.OriginalSHA256 != want.OriginalSHA256 || got.URL != want.URL ||
		got.CanonicalURL != want.CanonicalURL || got.Title != want.Title || got.Byline != want.Byline ||
		got.Outlet != want.Outlet || got.PublishedText != want.PublishedText ||
		got.PublishedSource != want.PublishedSource || got.Language != want.Language ||
		got.Text != want.Text || got.CleanerVersion != want.CleanerVersion {
		t.Errorf("document = %+v\nwant %+v", got, want)
	}
	if !sameTime(got.Published, want.Published) {
		t.Errorf("Published = %v, want %v", got.Published, want.Published)
	}
	if !slices.Equal(got.AltLinks, want.AltLinks) {
		t.Errorf("AltLinks = %v, want %v", got.AltLinks, want.AltLinks)
	}
	if (got.Dateline == nil) != (want.Dateline == nil) ||
		(got.Dateline != nil && (got.Dateline.Text != want.Dateline.Text || got.Dateline.Outlet != want.Dateline.Outlet ||
			got.Dateline.End != want.Dateline.End || (got.Dateline.City == nil) != (want.Dateline.City == nil) ||
			!sameTime(got.Dateline.Date, want.Dateline.Date))) {
		t.Errorf("Dateline = %+v, want %+v", got.Dateline, want.Dateline)
	}
	if (got.Relevant == nil) != (want.Relevant == nil) || (got.Relevant != nil && *got.Relevant != *want.Relevant) {
		t.Errorf("Relevant = %v, want %v", got.Relevant, want.Relevant)
	}
}
