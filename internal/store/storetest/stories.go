package storetest

import (
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func testStories(t *testing.T, open Opener) {
	t.Run("AssignAndRead", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		orig := putDoc(t, s, "orig", model.Document{Title: "Original report", Outlet: "Daily A", Language: "en",
			URL: "https://a.example/1", Published: ptr(at(0))})
		copy1 := putDoc(t, s, "copy1", model.Document{Title: "Copy", Outlet: "Mirror B", Language: "en",
			URL: "https://b.example/1", Published: ptr(at(30))})
		transl := putDoc(t, s, "ko", model.Document{Title: "번역", Outlet: "Daily A", Language: "ko",
			URL: "https://a.example/ko/1", Published: ptr(at(-2))})

		sid, err := s.AssignStory(ctx, orig.ID, 0, model.RelationCanonical, 1)
		if err != nil || sid == 0 {
			t.Fatalf("AssignStory(new) = %d, %v", sid, err)
		}
		if got, err := s.AssignStory(ctx, copy1.ID, sid, model.RelationCopy, 0.93); err != nil || got != sid {
			t.Fatalf("AssignStory(copy) = %d, %v; want %d", got, err, sid)
		}
		if _, err := s.AssignStory(ctx, transl.ID, sid, model.RelationTranslation, 0.5); err != nil {
			t.Fatal(err)
		}

		st, err := s.GetStory(ctx, sid)
		if err != nil {
			t.Fatal(err)
		}
		if st.CanonicalDocumentID != orig.ID || st.Title != "Original report" {
			t.Errorf("story canonical %d title %q, want %d %q", st.CanonicalDocumentID, st.Title, orig.ID, "Original report")
		}
		if !st.FirstSeen.Equal(at(-2)) || !st.LastSeen.Equal(at(30)) {
			t.Errorf("story seen %v .. %v, want %v .. %v", st.FirstSeen, st.LastSeen, at(-2), at(30))
		}
		rel := map[int64]string{}
		for _, m := range st.Members {
			rel[m.DocumentID] = m.Relation
		}
		wantRel := map[int64]string{orig.ID: model.RelationCanonical, copy1.ID: model.RelationCopy, transl.ID: model.RelationTranslation}
		if len(st.Members) != 3 || !mapsEqual(rel, wantRel) {
			t.Errorf("members = %+v, want relations %v", st.Members, wantRel)
		}
		if len(st.Members) > 0 {
			m := st.Members[0]
			if m.DocumentID != orig.ID || m.Outlet != "Daily A" || m.Title != "Original report" ||
				m.URL != "https://a.example/1" || m.Language != "en" || !sameTime(m.Published, ptr(at(0))) || m.Score != 1 {
				t.Errorf("first member = %+v, want the canonical document's details", m)
			}
		}
		if got := sorted(st.Outlets); !slices.Equal(got, []string{"Daily A", "Mirror B"}) {
			t.Errorf("outlets = %v, want Daily A and Mirror B once each", st.Outlets)
		}
		d, err := s.GetDocument(ctx, copy1.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.StoryID != sid {
			t.Errorf("document story id = %d, want %d", d.StoryID, sid)
		}

		if err := s.SetStoryCanonical(ctx, sid, transl.ID); err != nil {
			t.Fatal(err)
		}
		st, err = s.GetStory(ctx, sid)
		if err != nil {
			t.Fatal(err)
		}
		if st.CanonicalDocumentID != transl.ID || st.Title != "번역" {
			t.Errorf("after SetStoryCanonical: canonical %d title %q", st.CanonicalDocumentID, st.Title)
		}
		canon := 0
		for _, m := range st.Members {
			if m.Relation == model.RelationCanonical {
				canon++
				if m.DocumentID != transl.ID {
					t.Errorf("member %d still canonical", m.DocumentID)
				}
			}
		}
		if canon != 1 {
			t.Errorf("%d canonical members, want 1", canon)
		}
	})

	t.Run("MoveRepairsOldStory", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		a := putDoc(t, s, "a", model.Document{Title: "A", Published: ptr(at(0))})
		b := putDoc(t, s, "b", model.Document{Title: "B", Published: ptr(at(5))})
		c := putDoc(t, s, "c", model.Document{Title: "C", Published: ptr(at(9))})
		s1, err := s.AssignStory(ctx, a.ID, 0, "", 1)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AssignStory(ctx, b.ID, s1, model.RelationCopy, 0.9); err != nil {
			t.Fatal(err)
		}
		s2, err := s.AssignStory(ctx, c.ID, 0, "", 1)
		if err != nil {
			t.Fatal(err)
		}
		// a leaves s1 for s2: s1 keeps b as its canonical member.
		if _, err := s.AssignStory(ctx, a.ID, s2, model.RelationCopy, 0.8); err != nil {
			t.Fatal(err)
		}
		st1, err := s.GetStory(ctx, s1)
		if err != nil {
			t.Fatal(err)
		}
		if st1.CanonicalDocumentID != b.ID || len(st1.Members) != 1 || !st1.FirstSeen.Equal(at(5)) {
			t.Errorf("old story = canonical %d, %d members, first seen %v; want %d, 1, %v",
				st1.CanonicalDocumentID, len(st1.Members), st1.FirstSeen, b.ID, at(5))
		}
		// b leaves too: the empty story is gone.
		if _, err := s.AssignStory(ctx, b.ID, s2, model.RelationCopy, 0.8); err != nil {
			t.Fatal(err)
		}
		_, err = s.GetStory(ctx, s1)
		wantNotFound(t, "GetStory of an emptied story", err)
		st2, err := s.GetStory(ctx, s2)
		if err != nil || len(st2.Members) != 3 || st2.CanonicalDocumentID != c.ID {
			t.Errorf("new story = %+v, %v; want 3 members, canonical %d", st2, err, c.ID)
		}
	})

	t.Run("ListNewestFirst", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		var want []int64
		for i, h := range []int{10, -10, 30, 0} {
			d := putDoc(t, s, "list"+string(rune('a'+i)), model.Document{Title: "story", Published: ptr(at(h))})
			sid, err := s.AssignStory(ctx, d.ID, 0, model.RelationCanonical, 1)
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, sid)
		}
		want = []int64{want[2], want[0], want[3], want[1]}
		tests := []struct {
			limit, offset int
			want          []int64
		}{
			{0, 0, want},
			{2, 0, want[:2]},
			{2, 2, want[2:]},
			{5, 10, nil},
		}
		for _, tt := range tests {
			list, err := s.ListStories(ctx, tt.limit, tt.offset)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, st := range list {
				got = append(got, st.ID)
				if len(st.Members) != 1 {
					t.Errorf("story %d has %d members, want 1", st.ID, len(st.Members))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ListStories(%d, %d) = %v, want %v", tt.limit, tt.offset, got, tt.want)
			}
		}
	})

	t.Run("NotFound", func(t *testing.T) {
		s, ctx := open(t), t.Context()
		d := putDoc(t, s, "nf", model.Document{Title: "x"})
		_, err := s.GetStory(ctx, 999)
		wantNotFound(t, "GetStory", err)
		_, err = s.AssignStory(ctx, d.ID, 999, model.RelationCopy, 1)
		wantNotFound(t, "AssignStory to an unknown story", err)
		_, err = s.AssignStory(ctx, 999, 0, model.RelationCanonical, 1)
		wantNotFound(t, "AssignStory of an unknown document", err)
		sid, err := s.AssignStory(ctx, d.ID, 0, model.RelationCanonical, 1)
		if err != nil {
			t.Fatal(err)
		}
		other := putDoc(t, s, "nf2", model.Document{Title: "y"})
		wantNotFound(t, "SetStoryCanonical of a non-member", s.SetStoryCanonical(ctx, sid, other.ID))
	})
}

func mapsEqual[K, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
