package dedup

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

func TestAssignLinks(t *testing.T) {
	en := readFixture(t, "s02_orig.txt")
	ko := readFixture(t, "s02_ko.txt")
	other := readFixture(t, "s01_orig.txt")
	tests := []struct {
		name     string
		first    model.Document
		second   model.Document
		join     bool
		relation string
	}{
		{"Korean edition by alt link", model.Document{URL: "https://a.example/en/report-1", Language: "en", Text: en,
			AltLinks: []model.AltLink{{Lang: "ko", URL: "https://a.example/ko/report-1"}}},
			model.Document{URL: "https://a.example/ko/report-1", Language: "ko", Text: ko}, true, model.RelationTranslation},
		{"alt link declared by the later edition", model.Document{URL: "https://a.example/ko/report-1", Language: "ko", Text: ko},
			model.Document{URL: "https://a.example/en/report-1", Language: "en", Text: en,
				AltLinks: []model.AltLink{{Lang: "ko", URL: "http://www.a.example/ko/report-1/"}}}, true, model.RelationTranslation},
		{"canonical URL copy", model.Document{URL: "https://a.example/en/report-1", Language: "en", Text: en},
			model.Document{URL: "https://mirror.example/x", CanonicalURL: "https://a.example/en/report-1", Language: "en", Text: en + "\nMirrored."},
			true, model.RelationCopy},
		{"site-wide alt link does not merge", model.Document{URL: "https://a.example/en/report-1", Language: "en", Text: en,
			AltLinks: []model.AltLink{{Lang: "ko", URL: "https://a.example/ko/"}}},
			model.Document{URL: "https://a.example/en/report-2", Language: "en", Text: other,
				AltLinks: []model.AltLink{{Lang: "ko", URL: "https://a.example/ko/"}}}, false, model.RelationCanonical},
		{"excerpt", model.Document{URL: "https://a.example/en/report-1", Language: "en", Text: en},
			model.Document{URL: "https://b.example/brief-1", Language: "en", Text: firstWords(en, 90)}, true, model.RelationExcerpt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			st := NewMemoryStore()
			c, err := New(Config{Store: st})
			if err != nil {
				t.Fatal(err)
			}
			a1 := mustAssign(t, c, st, &tt.first)
			a2 := mustAssign(t, c, st, &tt.second)
			if !a1.New {
				t.Errorf("first document did not start a story: %+v", a1)
			}
			if got := a1.StoryID == a2.StoryID; got != tt.join {
				t.Fatalf("joined = %v, want %v (%+v, %+v)", got, tt.join, a1, a2)
			}
			if a2.Relation != tt.relation {
				t.Errorf("relation %q, want %q", a2.Relation, tt.relation)
			}
			s, err := st.GetStory(ctx, a2.StoryID)
			if err != nil {
				t.Fatal(err)
			}
			if s.Members[0].DocumentID != s.CanonicalDocumentID || s.Members[0].Relation != model.RelationCanonical {
				t.Errorf("canonical member not first or mislabelled: %+v", s)
			}
		})
	}
}

func TestAssignPromotesFullerText(t *testing.T) {
	full := readFixture(t, "s05_orig.txt")
	st := NewMemoryStore()
	c, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	ex := model.Document{URL: "https://b.example/brief", Text: firstWords(full, 70)}
	a1 := mustAssign(t, c, st, &ex)
	doc := model.Document{URL: "https://a.example/full-report", Text: full}
	a2 := mustAssign(t, c, st, &doc)
	if a2.StoryID != a1.StoryID || a2.Relation != model.RelationCanonical {
		t.Fatalf("full text: %+v, want canonical in story %d", a2, a1.StoryID)
	}
	s, err := st.GetStory(context.Background(), a1.StoryID)
	if err != nil {
		t.Fatal(err)
	}
	if s.CanonicalDocumentID != doc.ID || len(s.Members) != 2 || s.Members[1].Relation != model.RelationExcerpt {
		t.Errorf("story after promotion: %+v", s)
	}
}

func TestAssignErrors(t *testing.T) {
	st := NewMemoryStore()
	c, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Assign(context.Background(), &model.Document{Text: "x"}); !errors.Is(err, ErrNoDocumentID) {
		t.Errorf("unsaved document: %v, want ErrNoDocumentID", err)
	}
	if _, err := New(Config{}); err == nil {
		t.Error("New without a store succeeded")
	}
	if _, err := st.GetStory(context.Background(), 42); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("GetStory(42): %v, want store.ErrNotFound", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := model.Document{ID: 1, Text: "some text"}
	if _, err := c.Assign(ctx, &d); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

func mustAssign(t *testing.T, c *Clusterer, st *MemoryStore, d *model.Document) Assignment {
	t.Helper()
	if err := st.SaveDocument(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	a, err := c.Assign(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// BenchmarkAssign assigns fixture documents to a store already holding
// 10,000 fingerprints of synthetic reports from one outlet that share
// boilerplate sentences.
func BenchmarkAssign(b *testing.B) {
	ctx := context.Background()
	st := NewMemoryStore()
	c, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields(readFixture(b, "s01_orig.txt") + readFixture(b, "s04_orig.txt") + readFixture(b, "s11_orig.txt"))
	boiler := "a source in ryanggang province told daily nk on condition of anonymity."
	for i := range 10000 {
		var sb strings.Builder
		sb.WriteString(boiler)
		for range 220 {
			sb.WriteString(" ")
			sb.WriteString(vocab[r.IntN(len(vocab))])
		}
		d := model.Document{URL: fmt.Sprintf("https://www.dailynk.com/english/report-%d/", i), Language: "en", Text: sb.String()}
		if err := st.SaveDocument(ctx, &d); err != nil {
			b.Fatal(err)
		}
		if _, err := c.Assign(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
	fx := loadFixtures(b)
	i := 0
	for b.Loop() {
		d := fx[i%len(fx)].doc
		d.ID = 0
		i++
		if err := st.SaveDocument(ctx, &d); err != nil {
			b.Fatal(err)
		}
		if _, err := c.Assign(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAssignUsesStoredShingleCount: the first copy of a report carries a
// long run of text without words (a table of figures rendered as dashes),
// so its length says nothing about its shingles. Judged by length, the
// second, plain copy would look like an excerpt of the first; the stored
// shingle count shows the two are the same report.
func TestAssignUsesStoredShingleCount(t *testing.T) {
	text := readFixture(t, "s02_orig.txt")
	padded := text + "\n" + strings.Repeat("—— | —— | ——\n", len(text)/14)
	tests := []struct {
		name  string
		store interface {
			Store
			SaveDocument(ctx context.Context, d *model.Document) error
		}
	}{
		{"memory", NewMemoryStore()},
		{"sqlite", openSQLite(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			c, err := New(Config{Store: tt.store})
			if err != nil {
				t.Fatal(err)
			}
			first := model.Document{URL: "https://a.example/report-1", Language: "en", Text: padded}
			second := model.Document{URL: "https://b.example/copy-1", Language: "en", Text: text}
			var as []Assignment
			for _, d := range []*model.Document{&first, &second} {
				if err := tt.store.SaveDocument(ctx, d); err != nil {
					t.Fatal(err)
				}
				a, err := c.Assign(ctx, d)
				if err != nil {
					t.Fatal(err)
				}
				as = append(as, a)
			}
			if as[1].StoryID != as[0].StoryID || as[1].Relation != model.RelationCopy {
				t.Errorf("second copy: %+v, want a copy in story %d", as[1], as[0].StoryID)
			}
			fps, err := tt.store.SimilarFingerprints(ctx, nil, []string{first.URL, second.URL}, 0)
			if err != nil {
				t.Fatal(err)
			}
			want := map[int64]int{first.ID: Sign(padded).Shingles, second.ID: Sign(text).Shingles}
			if len(fps) != 2 {
				t.Fatalf("%d fingerprints stored, want 2", len(fps))
			}
			for _, fp := range fps {
				if fp.Shingles == 0 || fp.Shingles != want[fp.DocumentID] {
					t.Errorf("document %d: %d shingles stored, want %d", fp.DocumentID, fp.Shingles, want[fp.DocumentID])
				}
			}
		})
	}
}

func TestShingleCount(t *testing.T) {
	text := readFixture(t, "s02_orig.txt")
	sig := Sign(text)
	doc := &model.Document{Language: "en", Text: text}
	tests := []struct {
		name string
		fp   model.Fingerprint
		want float64
		tol  float64
	}{
		{"stored count", model.Fingerprint{Shingles: 40, TextLen: len(text), Language: "en", MinHash: sig.MinHash}, 40, 0},
		{"scaled by length without a count", model.Fingerprint{TextLen: len(text) / 2, Language: "en", MinHash: sig.MinHash},
			float64(sig.Shingles) / 2, 1},
		{"estimated across languages", model.Fingerprint{TextLen: 10, Language: "ko", MinHash: sig.MinHash},
			float64(sig.Shingles), 0.3 * float64(sig.Shingles)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := shingleCount(doc, sig, tc.fp); got < tc.want-tc.tol || got > tc.want+tc.tol {
				t.Errorf("shingleCount = %.1f, want %.1f ± %.1f", got, tc.want, tc.tol)
			}
		})
	}
}
