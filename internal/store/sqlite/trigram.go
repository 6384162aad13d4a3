package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isUnspaced reports whether r is of a script written without spaces
// between words, whose words the word index cannot split: terms with such
// a character are searched for in the trigram index.
func isUnspaced(r rune) bool {
	return r >= 0x0e00 && unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// trigramText returns what the trigram index holds of s: its
// whitespace-separated words that have an unspaced character, in order,
// separated by spaces. A trigram query term has no whitespace and such a
// character, so it is a substring of s exactly when it is one of this.
func trigramText(s string) string {
	var b strings.Builder
	start, keep := 0, false
	flush := func(end int) {
		if keep {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:end])
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII: the common case, no decoding.
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
				flush(i)
				start, keep = i+1, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			flush(i)
			start, keep = i+size, false
		case !keep && isUnspaced(r):
			keep = true
		}
		i += size
	}
	flush(len(s))
	return b.String()
}

// indexTrigrams adds document id to the trigram index; the triggers have
// already removed any earlier entry of it.
func indexTrigrams(ctx context.Context, tx querier, id int64, title, text string) error {
	if title == "" && text == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, id, title, text)
	return err
}

// fillTrigramIndex indexes every stored document in the emptied trigram
// index (migration 4), a batch of rows at a time so that memory stays
// bounded.
func fillTrigramIndex(ctx context.Context, tx *sql.Tx) error {
	const batch = 256
	type row struct {
		id          int64
		title, text string
	}
	var last int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT id, title, text FROM documents WHERE id > ? ORDER BY id LIMIT ?`, last, batch)
		if err != nil {
			return fmt.Errorf("filling the trigram index: %w", err)
		}
		var rs []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.title, &r.text); err != nil {
				rows.Close()
				return fmt.Errorf("filling the trigram index: %w", err)
			}
			r.title, r.text = trigramText(r.title), trigramText(r.text)
			rs = append(rs, r)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("filling the trigram index: %w", err)
		}
		for _, r := range rs {
			if err := indexTrigrams(ctx, tx, r.id, r.title, r.text); err != nil {
				return fmt.Errorf("filling the trigram index: document %d: %w", r.id, err)
			}
		}
		if len(rs) < batch {
			return nil
		}
		last = rs[len(rs)-1].id
	}
}
