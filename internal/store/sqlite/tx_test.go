package sqlite

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// TestWriteInTxIsAtomic checks that a store call failing halfway inside
// InTx leaves none of its writes while the transaction goes on.
func TestWriteInTxIsAtomic(t *testing.T) {
	s := openTemp(t)
	errHalfway := errors.New("halfway")
	err := s.InTx(t.Context(), func(ctx context.Context) error {
		if _, err := s.PutOriginal(ctx, &model.Original{Body: []byte("kept")}); err != nil {
			return err
		}
		err := s.write(ctx, func(tx querier) error {
			if _, err := tx.ExecContext(ctx, `INSERT INTO originals (sha256, body, size, fetched_at, stored_at)
				VALUES ('x', x'00', 1, '', '')`); err != nil {
				return err
			}
			return errHalfway
		})
		if !errors.Is(err, errHalfway) {
			t.Errorf("write = %v, want %v", err, errHalfway)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.CountOriginals(t.Context()); err != nil || n != 1 {
		t.Errorf("originals = %d, %v; want 1 (the failed write undone, the rest kept)", n, err)
	}
}

// TestSimilarFingerprintsRanksRareBands checks that a band shared by many
// documents (boilerplate) yields only its most recent ones and that one
// shared rare band outranks any number of shared common ones.
func TestSimilarFingerprintsRanksRareBands(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	const common, rare, rare2 = 1, 2, 3
	var ids []int64
	for i := range bandSample + 10 {
		o := &model.Original{Body: fmt.Appendf(nil, "page %d", i)}
		if _, err := s.PutOriginal(ctx, o); err != nil {
			t.Fatal(err)
		}
		d := &model.Document{OriginalSHA256: o.SHA256, Text: "text"}
		if err := s.SaveDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		bands := []uint64{common}
		switch i {
		case 0: // the oldest: only the rare band reaches it
			bands = append(bands, rare)
		case 1:
			bands = append(bands, rare, rare2)
		}
		if err := s.SaveFingerprint(ctx, &model.Fingerprint{DocumentID: d.ID, Bands: bands, MinHash: []uint32{1}}); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	tests := []struct {
		name  string
		bands []uint64
		limit int
		want  []int64 // the first results, in order
		total int
	}{
		// Ties go to the lower id, among the sampled ones.
		{"common band: most recent only", []uint64{common}, 1000, []int64{ids[len(ids)-bandSample]}, bandSample},
		{"rare bands first", []uint64{common, rare, rare2}, 3, []int64{ids[1], ids[0], ids[len(ids)-bandSample]}, 3},
		{"duplicate keys count once", []uint64{rare, rare, rare2}, 10, []int64{ids[1], ids[0]}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fps, err := s.SimilarFingerprints(ctx, tc.bands, nil, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, fp := range fps {
				got = append(got, fp.DocumentID)
			}
			if len(got) != tc.total {
				t.Errorf("got %d fingerprints, want %d", len(got), tc.total)
			}
			for i, id := range tc.want {
				if i >= len(got) || got[i] != id {
					t.Errorf("fingerprints = %v, want them to start with %v", got, tc.want)
					break
				}
			}
		})
	}
}
