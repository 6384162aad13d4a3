package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/yalu-osint/yalu/internal/model"
)

// SaveFingerprint inserts or replaces the fingerprint of fp.DocumentID and
// its LSH bands. fp.StoryID is not stored: it is read from the document.
func (s *Store) SaveFingerprint(ctx context.Context, fp *model.Fingerprint) error {
	minhash := make([]byte, 4*len(fp.MinHash))
	for i, v := range fp.MinHash {
		binary.LittleEndian.PutUint32(minhash[4*i:], v)
	}
	bands := make([]byte, 8*len(fp.Bands))
	for i, v := range fp.Bands {
		binary.LittleEndian.PutUint64(bands[8*i:], v)
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		var story sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT story_id FROM documents WHERE id = ?`, fp.DocumentID).Scan(&story); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("document", fp.DocumentID)
			}
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO fingerprints
			(document_id, minhash, bands, outlet, url, canonical_url, language, text_len, shingles)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (document_id) DO UPDATE SET minhash = excluded.minhash, bands = excluded.bands,
				outlet = excluded.outlet, url = excluded.url, canonical_url = excluded.canonical_url,
				language = excluded.language, text_len = excluded.text_len, shingles = excluded.shingles`,
			fp.DocumentID, minhash, bands, fp.Outlet, fp.URL, fp.CanonicalURL, fp.Language, fp.TextLen,
			fp.Shingles); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM lsh_bands WHERE document_id = ?`, fp.DocumentID); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO lsh_bands (band, document_id) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, b := range fp.Bands {
			if _, err := stmt.ExecContext(ctx, int64(b), fp.DocumentID); err != nil {
				return err
			}
		}
		fp.StoryID = story.Int64
		return nil
	})
	if err != nil {
		return fmt.Errorf("saving fingerprint of document %d: %w", fp.DocumentID, err)
	}
	return nil
}

// SimilarFingerprints returns the fingerprints that share a band with bands
// or whose document's URL or canonical URL (stored or fingerprinted) is in
// urls: URL matches first, then by number of shared bands, then by
// document id. limit 0 means 100.
func (s *Store) SimilarFingerprints(ctx context.Context, bands []uint64, urls []string, limit int) ([]model.Fingerprint, error) {
	urls = nonEmpty(urls)
	if len(bands) == 0 && len(urls) == 0 {
		return nil, nil
	}
	var (
		parts []string
		args  []any
	)
	if len(bands) > 0 {
		parts = append(parts, `SELECT document_id, COUNT(*) AS hits, 0 AS url_match FROM lsh_bands
			WHERE band IN (`+placeholders(len(bands))+`) GROUP BY document_id`)
		for _, b := range bands {
			args = append(args, int64(b))
		}
	}
	if len(urls) > 0 {
		ph := placeholders(len(urls))
		parts = append(parts, `SELECT f.document_id, 0, 1 FROM fingerprints f JOIN documents d ON d.id = f.document_id
			WHERE d.url IN (`+ph+`) OR d.canonical_url IN (`+ph+`) OR f.url IN (`+ph+`) OR f.canonical_url IN (`+ph+`)`)
		for range 4 {
			for _, u := range urls {
				args = append(args, u)
			}
		}
	}
	q := `WITH cand (document_id, hits, url_match) AS (` + parts[0]
	if len(parts) == 2 {
		q += ` UNION ALL ` + parts[1]
	}
	q += `)
		SELECT f.document_id, COALESCE(d.story_id, 0), f.minhash, f.bands, f.outlet, f.url, f.canonical_url,
			f.language, f.text_len, f.shingles
		FROM cand c JOIN fingerprints f ON f.document_id = c.document_id JOIN documents d ON d.id = f.document_id
		GROUP BY f.document_id
		ORDER BY MAX(c.url_match) DESC, SUM(c.hits) DESC, f.document_id
		LIMIT ?`
	args = append(args, limitOr(limit, 100, 10000))
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("finding similar fingerprints: %w", err)
	}
	defer rows.Close()
	var out []model.Fingerprint
	for rows.Next() {
		var (
			fp            model.Fingerprint
			minhash, bnds []byte
		)
		if err := rows.Scan(&fp.DocumentID, &fp.StoryID, &minhash, &bnds, &fp.Outlet, &fp.URL,
			&fp.CanonicalURL, &fp.Language, &fp.TextLen, &fp.Shingles); err != nil {
			return nil, fmt.Errorf("finding similar fingerprints: %w", err)
		}
		fp.MinHash = make([]uint32, len(minhash)/4)
		for i := range fp.MinHash {
			fp.MinHash[i] = binary.LittleEndian.Uint32(minhash[4*i:])
		}
		fp.Bands = make([]uint64, len(bnds)/8)
		for i := range fp.Bands {
			fp.Bands[i] = binary.LittleEndian.Uint64(bnds[8*i:])
		}
		out = append(out, fp)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("finding similar fingerprints: %w", err)
	}
	return out, nil
}
