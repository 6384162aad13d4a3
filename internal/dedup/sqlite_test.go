package dedup

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

// sqliteDocs stores an original for each document first, as the pipeline
// does, so that the SQLite store's foreign keys hold.
type sqliteDocs struct{ *sqlite.Store }

func (s sqliteDocs) SaveDocument(ctx context.Context, d *model.Document) error {
	body := []byte(d.URL + "\x00" + d.Text)
	sum := sha256.Sum256(body)
	o := &model.Original{SHA256: hex.EncodeToString(sum[:]), Body: body, Size: int64(len(body)),
		URL: d.URL, FetchedAt: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := s.PutOriginal(ctx, o); err != nil {
		return err
	}
	d.OriginalSHA256 = o.SHA256
	return s.Store.SaveDocument(ctx, d)
}

func TestClusterQualitySQLite(t *testing.T) {
	fx := loadFixtures(t)
	order := make([]int, len(fx))
	for i := range order {
		order[i] = len(fx) - 1 - i // reverse: copies and editions before originals
	}
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "yalu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	run := runClusterer(t, sqliteDocs{st}, fx, order)
	checkQuality(t, fx, run)
}

func openSQLite(t *testing.T) sqliteDocs {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "yalu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return sqliteDocs{st}
}
