package storetest

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func testFingerprints(t *testing.T, open Opener) {
	s, ctx := open(t), t.Context()
	const high = uint64(1) << 63 // band values use all 64 bits
	a := putDoc(t, s, "fa", model.Document{URL: "https://a.example/1", CanonicalURL: "https://a.example/c/1"})
	b := putDoc(t, s, "fb", model.Document{URL: "https://b.example/1"})
	c := putDoc(t, s, "fc", model.Document{URL: "https://c.example/1"})
	sid, err := s.AssignStory(ctx, a.ID, 0, model.RelationCanonical, 1)
	if err != nil {
		t.Fatal(err)
	}
	fps := []model.Fingerprint{
		{DocumentID: a.ID, MinHash: []uint32{1, 2, 0xffffffff}, Bands: []uint64{high | 1, 2, 3}, Outlet: "A",
			URL: a.URL, CanonicalURL: a.CanonicalURL, Language: "en", TextLen: 5000, Shingles: 812},
		{DocumentID: b.ID, MinHash: []uint32{4, 5, 6}, Bands: []uint64{high | 1, 2, 9}, Outlet: "B",
			URL: "https://b.example/amp/1", Language: "en", TextLen: 4000, Shingles: 640},
		{DocumentID: c.ID, MinHash: []uint32{7, 8, 9}, Bands: []uint64{7, 8, 9}, Outlet: "C", Language: "ko", TextLen: 10},
	}
	for i := range fps {
		if err := s.SaveFingerprint(ctx, &fps[i]); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name  string
		bands []uint64
		urls  []string
		limit int
		want  []int64
	}{
		{"one band, high bit", []uint64{high | 1}, nil, 0, []int64{a.ID, b.ID}},
		{"more shared bands first", []uint64{high | 1, 9}, nil, 0, []int64{b.ID, a.ID, c.ID}},
		{"limit", []uint64{high | 1, 9}, nil, 1, []int64{b.ID}},
		{"no band matches", []uint64{100}, nil, 0, nil},
		{"document url", nil, []string{"https://c.example/1"}, 0, []int64{c.ID}},
		{"document canonical url", nil, []string{"https://a.example/c/1"}, 0, []int64{a.ID}},
		{"fingerprint url", nil, []string{"https://b.example/amp/1"}, 0, []int64{b.ID}},
		{"url matches first", []uint64{2}, []string{"https://c.example/1"}, 0, []int64{c.ID, a.ID, b.ID}},
		{"union without duplicates", []uint64{7}, []string{"https://c.example/1"}, 0, []int64{c.ID}},
		{"nothing asked", nil, []string{""}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.SimilarFingerprints(ctx, tt.bands, tt.urls, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, fp := range got {
				ids = append(ids, fp.DocumentID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("SimilarFingerprints(%v, %q, %d) = %v, want %v", tt.bands, tt.urls, tt.limit, ids, tt.want)
			}
		})
	}

	t.Run("RoundTripWithStory", func(t *testing.T) {
		got, err := s.SimilarFingerprints(ctx, []uint64{high | 1}, nil, 10)
		if err != nil || len(got) != 2 {
			t.Fatalf("SimilarFingerprints = %v, %v", got, err)
		}
		for _, fp := range got {
			want := fps[0]
			wantStory := sid
			if fp.DocumentID == b.ID {
				want, wantStory = fps[1], 0
			}
			if fp.StoryID != wantStory || !slices.Equal(fp.MinHash, want.MinHash) || !slices.Equal(fp.Bands, want.Bands) ||
				fp.Outlet != want.Outlet || fp.URL != want.URL || fp.CanonicalURL != want.CanonicalURL ||
				fp.Language != want.Language || fp.TextLen != want.TextLen || fp.Shingles != want.Shingles {
				t.Errorf("fingerprint = %+v, want %+v with story %d", fp, want, wantStory)
			}
		}
	})

	t.Run("ResaveReplacesBands", func(t *testing.T) {
		fp := fps[2]
		fp.Bands, fp.Shingles = []uint64{42}, 7
		if err := s.SaveFingerprint(ctx, &fp); err != nil {
			t.Fatal(err)
		}
		if got, err := s.SimilarFingerprints(ctx, []uint64{42}, nil, 0); err != nil || len(got) != 1 || got[0].Shingles != 7 {
			t.Errorf("after resave: %+v, %v; want one fingerprint with 7 shingles", got, err)
		}
		for band, want := range map[uint64][]int64{7: nil, 42: {c.ID}} {
			got, err := s.SimilarFingerprints(ctx, []uint64{band}, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, fp := range got {
				ids = append(ids, fp.DocumentID)
			}
			if !slices.Equal(ids, want) {
				t.Errorf("band %d after resave: %v, want %v", band, ids, want)
			}
		}
	})

	t.Run("UnknownDocument", func(t *testing.T) {
		if err := s.SaveFingerprint(ctx, &model.Fingerprint{DocumentID: 999, Bands: []uint64{1}}); err == nil {
			t.Error("SaveFingerprint of an unknown document succeeded")
		}
	})
}

func testExtractions(t *testing.T, open Opener) {
	s, ctx := open(t), t.Context()
	d := putDoc(t, s, "ex", model.Document{Title: "x"})
	e := &model.Extraction{DocumentID: d.ID, Version: "extract-1", JSON: []byte(`{"goods":["rice"]}`), CreatedAt: base}
	if err := s.SaveExtraction(ctx, e); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetExtraction(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != "extract-1" || !sameJSON(got.JSON, e.JSON) || !got.CreatedAt.Equal(base) {
		t.Errorf("GetExtraction = %+v (%s)", got, got.JSON)
	}
	e2 := &model.Extraction{DocumentID: d.ID, Version: "extract-2", JSON: []byte(`{"goods":["coal"]}`), CreatedAt: at(1)}
	if err := s.SaveExtraction(ctx, e2); err != nil {
		t.Fatal(err)
	}
	got, err = s.GetExtraction(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != "extract-2" || !sameJSON(got.JSON, e2.JSON) || !got.CreatedAt.Equal(at(1)) {
		t.Errorf("GetExtraction after upsert = %+v (%s)", got, got.JSON)
	}
	_, err = s.GetExtraction(ctx, d.ID+100)
	wantNotFound(t, "GetExtraction", err)
	if err := s.SaveExtraction(ctx, &model.Extraction{DocumentID: d.ID, Version: "x", JSON: []byte("{not json")}); err == nil {
		t.Error("SaveExtraction with invalid JSON succeeded")
	}
	if err := s.SaveExtraction(ctx, &model.Extraction{DocumentID: 999, Version: "x", JSON: []byte("{}")}); err == nil {
		t.Error("SaveExtraction of an unknown document succeeded")
	}
}

// sameJSON compares JSON by value, since a store may normalise spacing.
func sameJSON(a, b []byte) bool {
	var va, vb any
	if json.Unmarshal(a, &va) != nil || json.Unmarshal(b, &vb) != nil {
		return false
	}
	return reflect.DeepEqual(va, vb)
}
