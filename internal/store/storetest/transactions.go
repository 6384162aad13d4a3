package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

var errAbort = errors.New("abort")

func testTransactions(t *testing.T, open Opener) {
	// saveIn stores an original and its document with ctx.
	saveIn := func(ctx context.Context, s store.Store, key string) (*model.Document, error) {
		o := &model.Original{Body: []byte("<html>" + key + "</html>"), FetchedAt: base}
		if _, err := s.PutOriginal(ctx, o); err != nil {
			return nil, err
		}
		d := &model.Document{OriginalSHA256: o.SHA256, Title: key, Text: "text of " + key, CleanerVersion: "test-1"}
		return d, s.SaveDocument(ctx, d)
	}
	tests := []struct {
		name string
		// run does the transaction; it returns InTx's error.
		run     func(t *testing.T, s store.Store) error
		wantErr error
		wantDoc []string // titles stored afterwards, in id order
	}{
		{
			name: "commit, reading its own writes",
			run: func(t *testing.T, s store.Store) error {
				return s.InTx(t.Context(), func(ctx context.Context) error {
					d, err := saveIn(ctx, s, "a")
					if err != nil {
						return err
					}
					got, err := s.GetDocument(ctx, d.ID)
					if err != nil || got.Title != "a" {
						t.Errorf("GetDocument inside the transaction = %v, %v; want document a", got, err)
					}
					_, err = s.AssignStory(ctx, d.ID, 0, model.RelationCanonical, 1)
					return err
				})
			},
			wantDoc: []string{"a"},
		},
		{
			name: "rollback on error",
			run: func(t *testing.T, s store.Store) error {
				return s.InTx(t.Context(), func(ctx context.Context) error {
					if _, err := saveIn(ctx, s, "a"); err != nil {
						return err
					}
					return errAbort
				})
			},
			wantErr: errAbort,
		},
		{
			name: "nested joins the outer transaction",
			run: func(t *testing.T, s store.Store) error {
				return s.InTx(t.Context(), func(ctx context.Context) error {
					if err := s.InTx(ctx, func(ctx context.Context) error {
						_, err := saveIn(ctx, s, "inner")
						return err
					}); err != nil {
						return err
					}
					return errAbort
				})
			},
			wantErr: errAbort,
		},
		{
			name: "a failed nested transaction undoes only itself",
			run: func(t *testing.T, s store.Store) error {
				return s.InTx(t.Context(), func(ctx context.Context) error {
					if _, err := saveIn(ctx, s, "kept"); err != nil {
						return err
					}
					err := s.InTx(ctx, func(ctx context.Context) error {
						if _, err := saveIn(ctx, s, "undone"); err != nil {
							return err
						}
						return errAbort
					})
					if !errors.Is(err, errAbort) {
						t.Errorf("nested InTx = %v, want %v", err, errAbort)
					}
					return nil
				})
			},
			wantDoc: []string{"kept"},
		},
		{
			name: "a failed call undoes only itself",
			run: func(t *testing.T, s store.Store) error {
				return s.InTx(t.Context(), func(ctx context.Context) error {
					d, err := saveIn(ctx, s, "kept")
					if err != nil {
						return err
					}
					// Story 999 does not exist: the call fails after
					// nothing or part of its work; either way none of
					// it may remain.
					if _, err := s.AssignStory(ctx, d.ID, 999, model.RelationCopy, 1); !errors.Is(err, store.ErrNotFound) {
						t.Errorf("AssignStory to a missing story: %v, want ErrNotFound", err)
					}
					got, err := s.GetDocument(ctx, d.ID)
					if err != nil || got.StoryID != 0 {
						t.Errorf("document after the failed call = %+v, %v; want it without a story", got, err)
					}
					return nil
				})
			},
			wantDoc: []string{"kept"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			if err := tc.run(t, s); !errors.Is(err, tc.wantErr) {
				t.Fatalf("InTx = %v, want %v", err, tc.wantErr)
			}
			docs, err := s.ListDocuments(t.Context(), store.ListOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, d := range docs {
				titles = append(titles, d.Title)
			}
			if len(titles) != len(tc.wantDoc) || (len(titles) > 0 && titles[0] != tc.wantDoc[0]) {
				t.Errorf("documents after = %q, want %q", titles, tc.wantDoc)
			}
			n, err := s.CountOriginals(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if want := len(tc.wantDoc); n != want {
				t.Errorf("originals after = %d, want %d", n, want)
			}
			// The store takes writes again once the transaction is over.
			putDoc(t, s, "after", model.Document{Title: "after"})
		})
	}
}
