package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// originalBatch is how many originals EachOriginal reads per query. It
// reads in batches so that no read transaction stays open while fn runs
// (fn may well write, and a long read would hold back WAL checkpoints).
const originalBatch = 64

// PutOriginal stores o unless an original with the same bytes exists. It
// computes o.SHA256 when empty and rejects one that does not match o.Body;
// it sets o.Size, and o.FetchedAt to now when zero.
func (s *Store) PutOriginal(ctx context.Context, o *model.Original) (bool, error) {
	sum := sha256.Sum256(o.Body)
	got := hex.EncodeToString(sum[:])
	if o.SHA256 == "" {
		o.SHA256 = got
	} else if !strings.EqualFold(o.SHA256, got) {
		return false, fmt.Errorf("storing original: %w: sha256 %s does not match the body (sha256 %s)", ErrInvalid, o.SHA256, got)
	}
	o.SHA256 = got
	o.Size = int64(len(o.Body))
	if o.FetchedAt.IsZero() {
		o.FetchedAt = s.now()
	}
	headers := []byte("{}")
	if len(o.Headers) > 0 {
		var err error
		if headers, err = json.Marshal(o.Headers); err != nil {
			return false, fmt.Errorf("storing original %s: encoding headers: %w", got, err)
		}
	}
	body := o.Body
	if body == nil {
		body = []byte{} // NOT NULL: an empty file is still an original
	}
	res, err := s.wr(ctx).ExecContext(ctx, `INSERT INTO originals
		(sha256, body, size, url, request_url, path, headers, content_type, fetched_at, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING`,
		got, body, o.Size, o.URL, o.RequestURL, o.Path, string(headers), o.ContentType,
		fmtTime(o.FetchedAt), fmtTime(s.now()))
	if err != nil {
		return false, fmt.Errorf("storing original %s: %w", got, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("storing original %s: %w", got, err)
	}
	return n == 1, nil
}

const originalColumns = `rowid, sha256, body, size, url, request_url, path, headers, content_type, fetched_at`

// scanOriginal reads one row of originalColumns; it also returns the rowid
// and the stored fetched_at text, which EachOriginal pages by.
func scanOriginal(sc interface{ Scan(...any) error }) (originalRow, error) {
	var (
		o        model.Original
		rowid    int64
		headers  string
		fetched  string
		bodyCopy []byte
	)
	if err := sc.Scan(&rowid, &o.SHA256, &bodyCopy, &o.Size, &o.URL, &o.RequestURL, &o.Path,
		&headers, &o.ContentType, &fetched); err != nil {
		return originalRow{}, err
	}
	o.Body = bodyCopy
	if headers != "" && headers != "{}" {
		if err := json.Unmarshal([]byte(headers), &o.Headers); err != nil {
			return originalRow{}, fmt.Errorf("original %s: decoding headers: %w", o.SHA256, err)
		}
	}
	t, err := parseTime(fetched)
	if err != nil {
		return originalRow{}, err
	}
	o.FetchedAt = t
	return originalRow{rowid: rowid, fetched: fetched, o: &o}, nil
}

// GetOriginal returns the original with this SHA-256 (hex, any case).
func (s *Store) GetOriginal(ctx context.Context, sum string) (*model.Original, error) {
	row := s.rd(ctx).QueryRowContext(ctx, `SELECT `+originalColumns+` FROM originals WHERE sha256 = ?`, strings.ToLower(sum))
	r, err := scanOriginal(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("original", sum)
	}
	if err != nil {
		return nil, fmt.Errorf("reading original %s: %w", sum, err)
	}
	return r.o, nil
}

// EachOriginal calls fn for every original in fetch order (oldest first,
// then storage order). It stops at the first error from fn or ctx.
func (s *Store) EachOriginal(ctx context.Context, fn func(*model.Original) error) error {
	lastFetched, lastRowid := "", int64(-1)
	for {
		batch, err := s.originalsAfter(ctx, lastFetched, lastRowid)
		if err != nil {
			return err
		}
		for _, b := range batch {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(b.o); err != nil {
				return err
			}
			lastFetched, lastRowid = b.fetched, b.rowid
		}
		if len(batch) < originalBatch {
			return nil
		}
	}
}

type originalRow struct {
	rowid   int64
	fetched string
	o       *model.Original
}

func (s *Store) originalsAfter(ctx context.Context, fetched string, rowid int64) ([]originalRow, error) {
	rows, err := s.rd(ctx).QueryContext(ctx, `SELECT `+originalColumns+` FROM originals
		WHERE fetched_at > ? OR (fetched_at = ? AND rowid > ?)
		ORDER BY fetched_at, rowid LIMIT ?`, fetched, fetched, rowid, originalBatch)
	if err != nil {
		return nil, fmt.Errorf("listing originals: %w", err)
	}
	defer rows.Close()
	var out []originalRow
	for rows.Next() {
		r, err := scanOriginal(rows)
		if err != nil {
			return nil, fmt.Errorf("listing originals: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing originals: %w", err)
	}
	return out, nil
}

// CountOriginals returns how many originals are stored.
func (s *Store) CountOriginals(ctx context.Context) (int, error) {
	var n int
	if err := s.rd(ctx).QueryRowContext(ctx, `SELECT COUNT(*) FROM originals`).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting originals: %w", err)
	}
	return n, nil
}
