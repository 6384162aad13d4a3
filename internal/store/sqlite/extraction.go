package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/yalu-osint/yalu/internal/model"
)

// SaveExtraction inserts or replaces the extraction of e.DocumentID. e.JSON
// must be valid JSON; a zero CreatedAt becomes now.
func (s *Store) SaveExtraction(ctx context.Context, e *model.Extraction) error {
	if !json.Valid(e.JSON) {
		return fmt.Errorf("saving extraction of document %d: %w: the JSON is not valid", e.DocumentID, ErrInvalid)
	}
	if e.CreatedAt.IsZero() {
		e.CreatedAt = s.now()
	}
	err := s.write(ctx, func(tx querier) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE id = ?`, e.DocumentID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return notFound("document", e.DocumentID)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO extractions (document_id, version, json, created_at)
			VALUES (?, ?, ?, ?)
			ON CONFLICT (document_id) DO UPDATE SET version = excluded.version, json = excluded.json,
				created_at = excluded.created_at`,
			e.DocumentID, e.Version, string(e.JSON), fmtTime(e.CreatedAt))
		return err
	})
	if err != nil {
		return fmt.Errorf("saving extraction of document %d: %w", e.DocumentID, err)
	}
	return nil
}

// GetExtraction returns the extraction of the document.
func (s *Store) GetExtraction(ctx context.Context, documentID int64) (*model.Extraction, error) {
	var (
		e       = model.Extraction{DocumentID: documentID}
		js      string
		created string
	)
	err := s.rd(ctx).QueryRowContext(ctx, `SELECT version, json, created_at FROM extractions WHERE document_id = ?`,
		documentID).Scan(&e.Version, &js, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("extraction of document", documentID)
	}
	if err != nil {
		return nil, fmt.Errorf("reading extraction of document %d: %w", documentID, err)
	}
	e.JSON = []byte(js)
	if e.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	return &e, nil
}
