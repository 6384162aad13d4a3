package sqlite

import (
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func TestTrigramText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Coal keeps moving through Nampo, 15,000 won.", ""},
		{"Sinŭiju café", ""},
		{"양강도 혜산에서 쌀 가격이 올랐다.", "양강도 혜산에서 쌀 가격이 올랐다."},
		{"UN report: (남포항)에서 800톤 coal", "(남포항)에서 800톤"},
		{"朝鲜商人在丹东市场购买了大量煤炭", "朝鲜商人在丹东市场购买了大量煤炭"},
		{"a\u00a0東京\u3000大阪\n\tx", "東京 大阪"},
		{"ภาษาไทย and ພາສາລາວ", "ภาษาไทย ພາສາລາວ"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := trigramText(tt.in); got != tt.want {
			t.Errorf("trigramText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTrigramIndexHoldsUnspacedWords checks what SaveDocument puts in the
// trigram index and that searches spanning punctuation still find it.
func TestTrigramIndexHoldsUnspacedWords(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	en := putTestDoc(t, s, "Fuel prices", "Petrol rose to 15,000 won in the U.S.-funded market.")
	ko := putTestDoc(t, s, "남포항 석탄", "UN 보고서: (남포항)에서 800톤 석탄을 실었다.")
	for match, want := range map[string][]int64{
		`"Petrol"`:  nil,
		`"15,000"`:  nil,
		`"남포항"`:     {ko},
		`"(남포항)에서"`: {ko},
		`"800톤"`:    {ko},
		`"보고서:"`:    {ko},
	} {
		if got := ftsIDs(t, s.r, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid`, match); !slices.Equal(got, want) {
			t.Errorf("documents_fts MATCH %s = %v, want %v", match, got, want)
		}
	}
	for q, want := range map[string][]int64{
		"15,000":      {en},
		"5,000":       nil,
		"15.000":      nil, // the same words, punctuated otherwise
		"U.S.-funded": {en},
		"(남포항)에서":     {ko},
		"800톤":        {ko},
		"보고서: 석탄을":    {ko},
		"800톤 15,000": nil,
	} {
		hits, err := s.Search(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, h := range hits {
			got = append(got, h.Document.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestUpgradeFromSchema3 migrates a database whose trigram index holds
// whole texts: afterwards it holds the unspaced words of every document,
// and the triggers keep it in step.
func TestUpgradeFromSchema3(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path+"?"+dsnParams(false))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms[:3] {
		if err := apply(ctx, db, m); err != nil {
			t.Fatal(err)
		}
	}
	// More rows than one batch of fillTrigramIndex.
	const n = 600
	for i := range n {
		title, text := "Coal in Nampo", "Petrol rose to 15,000 won."
		if i%2 == 1 {
			title, text = "남포항 석탄", "(남포항)에서 석탄을 실은 선박이 출항했다."
		}
		for _, q := range []string{
			`INSERT INTO originals (sha256, body, size, fetched_at, stored_at) VALUES (printf('%064d', ?1), x'00', 1, '2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:00.000000000Z')`,
			`INSERT INTO documents (id, original_sha256, title, text, created_at, updated_at) VALUES (?1 + 1, printf('%064d', ?1), ?2, ?3, '2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:00.000000000Z')`,
		} {
			if _, err := db.ExecContext(ctx, q, i, title, text); err != nil {
				t.Fatal(err)
			}
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var odd []int64
	for id := int64(2); id <= n; id += 2 {
		odd = append(odd, id)
	}
	for match, want := range map[string][]int64{`"Nampo"`: nil, `"15,000"`: nil, `"(남포항)에서"`: odd} {
		if got := ftsIDs(t, s.r, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid`, match); !slices.Equal(got, want) {
			t.Errorf("after upgrade, documents_fts MATCH %s = %d rows, want %d", match, len(got), len(want))
		}
	}
	hits, err := s.Search(ctx, "15,000", 500)
	if err != nil || len(hits) != n/2 {
		t.Errorf("after upgrade, Search(15,000) = %d hits, %v; want %d", len(hits), err, n/2)
	}
	// Changed and deleted documents leave the index.
	if _, err := s.w.ExecContext(ctx, `UPDATE documents SET title = 'x', text = 'y' WHERE id = 2`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, `DELETE FROM documents WHERE id = 4`); err != nil {
		t.Fatal(err)
	}
	if got := ftsIDs(t, s.r, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid <= 6 ORDER BY rowid`, `"남포항"`); !slices.Equal(got, []int64{6}) {
		t.Errorf("after an update and a delete, documents_fts has %v, want [6]", got)
	}
}

func ftsIDs(t *testing.T, q querier, query string, args ...any) []int64 {
	t.Helper()
	rows, err := q.QueryContext(t.Context(), query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return ids
}

func putTestDoc(t *testing.T, s *Store, title, text string) int64 {
	t.Helper()
	o := &model.Original{Body: []byte(title + "\n" + text)}
	if _, err := s.PutOriginal(t.Context(), o); err != nil {
		t.Fatal(err)
	}
	d := &model.Document{OriginalSHA256: o.SHA256, Title: title, Text: text}
	if err := s.SaveDocument(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	return d.ID
}
