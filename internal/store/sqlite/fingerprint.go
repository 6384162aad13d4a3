package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/yalu-osint/yalu/internal/model"
)

// docStoryQuery reads the story of a document, or no row when there is no
// such document. The story comes from story_members: documents.story_id is
// the same, but it lies past the text, in the row's overflow pages.
const docStoryQuery = `SELECT (SELECT m.story_id FROM story_members m WHERE m.document_id = d.id)
	FROM documents d WHERE d.id = ?`

// SaveFingerprint inserts or replaces the fingerprint of fp.DocumentID and
// its LSH bands. fp.StoryID is not stored: it is set from the document's
// story.
func (s *Store) SaveFingerprint(ctx context.Context, fp *model.Fingerprint) error {
	minhash := make([]byte, 4*len(fp.MinHash))
	for i, v := range fp.MinHash {
		binary.LittleEndian.PutUint32(minhash[4*i:], v)
	}
	bands := make([]byte, 8*len(fp.Bands))
	for i, v := range fp.Bands {
		binary.LittleEndian.PutUint64(bands[8*i:], v)
	}
	err := s.write(ctx, func(tx querier) error {
		var story sql.NullInt64
		if err := tx.QueryRowContext(ctx, docStoryQuery, fp.DocumentID).Scan(&story); err != nil {
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
		// One statement for all bands, the same whatever their number (so
		// that it is prepared once).
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO lsh_bands (band, document_id)
			SELECT value, ? FROM json_each(?)`, fp.DocumentID, bandsJSON(fp.Bands)); err != nil {
			return err
		}
		fp.StoryID = story.Int64
		return nil
	})
	if err != nil {
		return fmt.Errorf("saving fingerprint of document %d: %w", fp.DocumentID, err)
	}
	return nil
}

// bandSample is the number of documents from which a band key counts as
// common: a stock sentence or a footer rather than the report itself. A
// common key's candidates are only its bandSample most recent documents,
// so that a lookup costs the same however big the store grows, and a
// shared rare key ranks a candidate above any number of shared common
// ones, so that boilerplate does not crowd out an older copy of the text.
const bandSample = 16

// similarQuery ranks candidates before any fingerprint is read: only the
// limit best are joined with their rows. URLs are looked up one indexed
// column at a time (an OR across the two tables would scan every
// fingerprint). ?1 is a JSON array of band keys, ?2 one of URLs.
const similarQuery = `WITH keys (band) AS (SELECT DISTINCT value FROM json_each(?1)),
	cut (band, floor) AS MATERIALIZED (SELECT band, (SELECT x.document_id FROM lsh_bands x WHERE x.band = keys.band
		ORDER BY x.document_id DESC LIMIT 1 OFFSET ?3) FROM keys),
	cand (document_id, rare, common, url_match) AS (
		SELECT l.document_id, c.floor IS NULL, c.floor IS NOT NULL, 0 FROM cut c
			JOIN lsh_bands l ON l.band = c.band AND l.document_id >= COALESCE(c.floor, 0)
		UNION ALL SELECT f.document_id, 0, 0, 1 FROM documents d JOIN fingerprints f ON f.document_id = d.id
			WHERE d.url IN (SELECT value FROM json_each(?2))
		UNION ALL SELECT f.document_id, 0, 0, 1 FROM documents d JOIN fingerprints f ON f.document_id = d.id
			WHERE d.canonical_url IN (SELECT value FROM json_each(?2))
		UNION ALL SELECT f.document_id, 0, 0, 1 FROM fingerprints f WHERE f.url IN (SELECT value FROM json_each(?2))
		UNION ALL SELECT f.document_id, 0, 0, 1 FROM fingerprints f WHERE f.canonical_url IN (SELECT value FROM json_each(?2))),
	ranked AS (SELECT document_id, MAX(url_match) AS url_match, SUM(rare) AS rare, SUM(common) AS common
		FROM cand GROUP BY document_id ORDER BY 2 DESC, 3 DESC, 4 DESC, 1 LIMIT ?4)
SELECT f.document_id, COALESCE(m.story_id, 0), f.minhash, f.bands, f.outlet, f.url, f.canonical_url,
	f.language, f.text_len, f.shingles
FROM ranked r JOIN fingerprints f ON f.document_id = r.document_id
LEFT JOIN story_members m ON m.document_id = f.document_id
ORDER BY r.url_match DESC, r.rare DESC, r.common DESC, r.document_id`

// SimilarFingerprints returns the fingerprints that share a band with bands
// or whose document's URL or canonical URL (stored or fingerprinted) is in
// urls: URL matches first, then by number of shared rare bands, then of
// common ones (see bandSample), then by document id. limit 0 means 100.
func (s *Store) SimilarFingerprints(ctx context.Context, bands []uint64, urls []string, limit int) ([]model.Fingerprint, error) {
	urls = nonEmpty(urls)
	if len(bands) == 0 && len(urls) == 0 {
		return nil, nil
	}
	if urls == nil {
		urls = []string{}
	}
	jsonURLs, err := json.Marshal(urls)
	if err != nil {
		return nil, fmt.Errorf("finding similar fingerprints: %w", err)
	}
	rows, err := s.rd(ctx).QueryContext(ctx, similarQuery,
		bandsJSON(bands), string(jsonURLs), bandSample-1, limitOr(limit, 100, 10000))
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

// bandsJSON returns band keys as a JSON array of their stored form, the
// int64 with the same bits, for json_each.
func bandsJSON(bands []uint64) string {
	b := make([]byte, 0, 2+21*len(bands))
	b = append(b, '[')
	for i, v := range bands {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return string(append(b, ']'))
}
