package storetest

import (
	"bytes"
	"errors"
	"maps"
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func testOriginals(t *testing.T, open Opener) {
	t.Run("PutIsIdempotentAndNeverOverwrites", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		body := []byte("\x00\xff<html>Hyesan \xe2\x80\x94 bytes kept exactly\r\n</html>\x00")
		o := &model.Original{
			Body: body, URL: "https://example.org/a", RequestURL: "http://example.org/a?utm=1",
			Headers:     map[string][]string{"Content-Type": {"text/html; charset=utf-8"}, "Etag": {`"x1"`}},
			ContentType: "text/html", FetchedAt: base,
		}
		created, err := s.PutOriginal(ctx, o)
		if err != nil || !created {
			t.Fatalf("first PutOriginal = %v, %v; want true, nil", created, err)
		}
		if o.SHA256 != shaOf(body) || o.Size != int64(len(body)) {
			t.Errorf("PutOriginal set sha256 %q size %d, want %q %d", o.SHA256, o.Size, shaOf(body), len(body))
		}
		again := &model.Original{Body: bytes.Clone(body), URL: "https://mirror.example/a", FetchedAt: at(5)}
		created, err = s.PutOriginal(ctx, again)
		if err != nil || created {
			t.Fatalf("second PutOriginal = %v, %v; want false, nil", created, err)
		}
		got, err := s.GetOriginal(ctx, o.SHA256)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Body, body) {
			t.Errorf("body changed: %q", got.Body)
		}
		if got.URL != o.URL || got.RequestURL != o.RequestURL || got.ContentType != o.ContentType ||
			got.Size != int64(len(body)) || !got.FetchedAt.Equal(base) {
			t.Errorf("stored original = %+v, want the first one's fields", got)
		}
		if !maps.EqualFunc(got.Headers, o.Headers, slices.Equal) {
			t.Errorf("headers = %v, want %v", got.Headers, o.Headers)
		}
		if n, err := s.CountOriginals(ctx); err != nil || n != 1 {
			t.Errorf("CountOriginals = %d, %v; want 1", n, err)
		}
	})

	t.Run("SHA256", func(t *testing.T) {
		body := []byte("coal from Nampo")
		tests := []struct {
			name    string
			sha     string
			wantErr bool
		}{
			{"empty is computed", "", false},
			{"matching", shaOf(body), false},
			{"upper case hex", string(bytes.ToUpper([]byte(shaOf(body)))), false},
			{"mismatch", shaOf([]byte("other bytes")), true},
			{"garbage", "not-a-hash", true},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s, ctx := open(t), t.Context()
				o := &model.Original{SHA256: tt.sha, Body: body, FetchedAt: base}
				created, err := s.PutOriginal(ctx, o)
				if tt.wantErr {
					if err == nil {
						t.Fatalf("PutOriginal with sha %q succeeded, want an error", tt.sha)
					}
					if n, _ := s.CountOriginals(ctx); n != 0 {
						t.Errorf("rejected original was stored (%d originals)", n)
					}
					return
				}
				if err != nil || !created {
					t.Fatalf("PutOriginal = %v, %v", created, err)
				}
				if _, err := s.GetOriginal(ctx, shaOf(body)); err != nil {
					t.Errorf("GetOriginal: %v", err)
				}
			})
		}
	})

	t.Run("EmptyBody", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		o := &model.Original{Path: "-", FetchedAt: base}
		if _, err := s.PutOriginal(ctx, o); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetOriginal(ctx, o.SHA256)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Body) != 0 || got.Path != "-" || got.SHA256 != shaOf(nil) {
			t.Errorf("GetOriginal = %+v", got)
		}
	})

	t.Run("EachOriginalOldestFirst", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		// Stored out of order; more than one page of any sane batch size.
		var want []string
		for i := range 150 {
			hour := (i * 37) % 150
			o := &model.Original{Body: []byte{byte(i), byte(i >> 8), 'x'}, FetchedAt: at(hour)}
			if _, err := s.PutOriginal(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		for hour := range 150 {
			for i := range 150 {
				if (i*37)%150 == hour {
					want = append(want, shaOf([]byte{byte(i), byte(i >> 8), 'x'}))
				}
			}
		}
		var got []string
		err := s.EachOriginal(ctx, func(o *model.Original) error {
			got = append(got, o.SHA256)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("EachOriginal visited %d originals, not in fetch order", len(got))
		}

		stop := errors.New("stop")
		calls := 0
		err = s.EachOriginal(ctx, func(*model.Original) error {
			calls++
			if calls == 3 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || calls != 3 {
			t.Errorf("EachOriginal after fn error: err %v after %d calls, want stop after 3", err, calls)
		}
	})

	t.Run("EachOriginalMayWrite", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		for i := range 5 {
			if _, err := s.PutOriginal(ctx, &model.Original{Body: []byte{byte(i)}, FetchedAt: at(i)}); err != nil {
				t.Fatal(err)
			}
		}
		// Reprocessing writes documents while it iterates.
		err := s.EachOriginal(ctx, func(o *model.Original) error {
			return s.SaveDocument(ctx, &model.Document{OriginalSHA256: o.SHA256, Title: "t", Text: "reprocessed"})
		})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := s.CountDocuments(ctx); err != nil || n != 5 {
			t.Errorf("CountDocuments = %d, %v; want 5", n, err)
		}
	})

	t.Run("NotFound", func(t *testing.T) {
		s := open(t)
		_, err := s.GetOriginal(t.Context(), shaOf([]byte("never stored")))
		wantNotFound(t, "GetOriginal", err)
	})
}
