package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

// SaveDocument inserts the document of d.OriginalSHA256, or replaces it when
// the original was cleaned before (reprocessing): the id, created_at and
// story assignment are kept, everything else is d. Both full-text indexes
// follow in the same transaction (the word index by triggers). It sets d.ID, d.CreatedAt, d.UpdatedAt
// and d.StoryID from the stored row.
func (s *Store) SaveDocument(ctx context.Context, d *model.Document) error {
	if d.OriginalSHA256 == "" {
		return fmt.Errorf("saving document: %w: original_sha256 is empty", ErrInvalid)
	}
	sum := strings.ToLower(d.OriginalSHA256)
	alt := []byte("[]")
	if len(d.AltLinks) > 0 {
		var err error
		if alt, err = json.Marshal(d.AltLinks); err != nil {
			return fmt.Errorf("saving document of %s: encoding alt links: %w", sum, err)
		}
	}
	var dateline any
	if d.Dateline != nil {
		b, err := json.Marshal(d.Dateline)
		if err != nil {
			return fmt.Errorf("saving document of %s: encoding dateline: %w", sum, err)
		}
		dateline = string(b)
	}
	var relevant any
	if d.Relevant != nil {
		relevant = *d.Relevant
	}
	triTitle, triText := trigramText(d.Title), trigramText(d.Text)
	now := s.now()
	created := d.CreatedAt
	if created.IsZero() {
		created = now
	}
	return s.write(ctx, func(tx querier) error {
		var exists int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM originals WHERE sha256 = ?`, sum).Scan(&exists); err != nil {
			return fmt.Errorf("saving document of %s: %w", sum, err)
		}
		if exists == 0 {
			return fmt.Errorf("saving document: %w", notFound("original", sum))
		}
		var (
			id               int64
			createdS, updatS string
			story            sql.NullInt64
		)
		err := tx.QueryRowContext(ctx, `INSERT INTO documents
			(original_sha256, url, canonical_url, title, byline, outlet, published, published_text,
			 published_source, language, alt_links, text, cleaner_version, relevant, dateline, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (original_sha256) DO UPDATE SET
				url = excluded.url, canonical_url = excluded.canonical_url, title = excluded.title,
				byline = excluded.byline, outlet = excluded.outlet, published = excluded.published,
				published_text = excluded.published_text, published_source = excluded.published_source,
				language = excluded.language, alt_links = excluded.alt_links, text = excluded.text,
				cleaner_version = excluded.cleaner_version, relevant = excluded.relevant,
				dateline = excluded.dateline, updated_at = excluded.updated_at
			RETURNING id, created_at, updated_at, story_id`,
			sum, d.URL, d.CanonicalURL, d.Title, d.Byline, d.Outlet, fmtTimePtr(d.Published), d.PublishedText,
			d.PublishedSource, d.Language, string(alt), d.Text, d.CleanerVersion, relevant,
			dateline, fmtTime(created), fmtTime(now),
		).Scan(&id, &createdS, &updatS, &story)
		if err != nil {
			return fmt.Errorf("saving document of %s: %w", sum, err)
		}
		if err := indexTrigrams(ctx, tx, id, triTitle, triText); err != nil {
			return fmt.Errorf("saving document of %s: indexing: %w", sum, err)
		}
		if story.Valid {
			// The publication date may have changed on reprocessing.
			if err := refreshStory(ctx, tx, story.Int64); err != nil {
				return fmt.Errorf("saving document of %s: %w", sum, err)
			}
		}
		c, err := parseTime(createdS)
		if err != nil {
			return err
		}
		u, err := parseTime(updatS)
		if err != nil {
			return err
		}
		d.ID, d.OriginalSHA256, d.CreatedAt, d.UpdatedAt, d.StoryID = id, sum, c, u, story.Int64
		return nil
	})
}

// documentColumns are read by scanDocument, in this order; the table is
// aliased d in every query.
const documentColumns = `d.id, d.original_sha256, d.url, d.canonical_url, d.title, d.byline, d.outlet,
	d.published, d.published_text, d.published_source, d.language, d.alt_links, d.text,
	d.cleaner_version, d.story_id, d.relevant, d.dateline, d.created_at, d.updated_at`

func scanDocument(sc interface{ Scan(...any) error }, extra ...any) (*model.Document, error) {
	var (
		d                model.Document
		published        sql.NullString
		alt              string
		story            sql.NullInt64
		relevant         sql.NullBool
		dateline         sql.NullString
		created, updated string
	)
	dest := []any{&d.ID, &d.OriginalSHA256, &d.URL, &d.CanonicalURL, &d.Title, &d.Byline, &d.Outlet,
		&published, &d.PublishedText, &d.PublishedSource, &d.Language, &alt, &d.Text,
		&d.CleanerVersion, &story, &relevant, &dateline, &created, &updated}
	if err := sc.Scan(append(dest, extra...)...); err != nil {
		return nil, err
	}
	var err error
	if d.Published, err = parseTimePtr(published); err != nil {
		return nil, err
	}
	if alt != "" && alt != "[]" {
		if err := json.Unmarshal([]byte(alt), &d.AltLinks); err != nil {
			return nil, fmt.Errorf("document %d: decoding alt links: %w", d.ID, err)
		}
	}
	if dateline.Valid && dateline.String != "" {
		d.Dateline = new(model.Dateline)
		if err := json.Unmarshal([]byte(dateline.String), d.Dateline); err != nil {
			return nil, fmt.Errorf("document %d: decoding dateline: %w", d.ID, err)
		}
	}
	d.StoryID = story.Int64
	if relevant.Valid {
		d.Relevant = &relevant.Bool
	}
	if d.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if d.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &d, nil
}

func (s *Store) queryDocuments(ctx context.Context, query string, args ...any) ([]model.Document, error) {
	rows, err := s.rd(ctx).QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *d)
	}
	return out, rows.Err()
}

// GetDocument returns the document with this id.
func (s *Store) GetDocument(ctx context.Context, id int64) (*model.Document, error) {
	d, err := scanDocument(s.rd(ctx).QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents d WHERE d.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("document", id)
	}
	if err != nil {
		return nil, fmt.Errorf("reading document %d: %w", id, err)
	}
	return d, nil
}

// DocumentByOriginal returns the document cleaned from the original with
// this SHA-256.
func (s *Store) DocumentByOriginal(ctx context.Context, sum string) (*model.Document, error) {
	d, err := scanDocument(s.rd(ctx).QueryRowContext(ctx,
		`SELECT `+documentColumns+` FROM documents d WHERE d.original_sha256 = ?`, strings.ToLower(sum)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("document of original", sum)
	}
	if err != nil {
		return nil, fmt.Errorf("reading document of original %s: %w", sum, err)
	}
	return d, nil
}

// DocumentsByURL returns the documents whose URL or canonical URL is one of
// urls, oldest id first. Empty strings never match.
func (s *Store) DocumentsByURL(ctx context.Context, urls []string) ([]model.Document, error) {
	urls = nonEmpty(urls)
	if len(urls) == 0 {
		return nil, nil
	}
	args := make([]any, 0, 2*len(urls))
	for range 2 {
		for _, u := range urls {
			args = append(args, u)
		}
	}
	ph := placeholders(len(urls))
	out, err := s.queryDocuments(ctx, `SELECT `+documentColumns+` FROM documents d
		WHERE d.url IN (`+ph+`) OR d.canonical_url IN (`+ph+`) ORDER BY d.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("finding documents by URL: %w", err)
	}
	return out, nil
}

// ListDocuments lists documents newest first (by publication date, or by
// when they were stored when the date is unknown).
func (s *Store) ListDocuments(ctx context.Context, opts store.ListOptions) ([]model.Document, error) {
	var (
		where []string
		args  []any
	)
	if opts.Language != "" {
		where, args = append(where, "d.language = ?"), append(args, opts.Language)
	}
	if opts.Outlet != "" {
		where, args = append(where, "d.outlet = ?"), append(args, opts.Outlet)
	}
	q := `SELECT ` + documentColumns + ` FROM documents d`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY COALESCE(d.published, d.created_at) DESC, d.id DESC LIMIT ? OFFSET ?`
	args = append(args, limitOr(opts.Limit, 50, 1000), max(opts.Offset, 0))
	out, err := s.queryDocuments(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing documents: %w", err)
	}
	return out, nil
}

// CountDocuments returns how many documents are stored.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	if err := s.rd(ctx).QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting documents: %w", err)
	}
	return n, nil
}
