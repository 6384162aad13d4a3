package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// AssignStory puts documentID in storyID, or in a new story of which it is
// the canonical member when storyID is 0. A document is in at most one
// story: assigning it again moves it, and the story it leaves is repaired
// (a new canonical member is chosen; an empty story is deleted). Assigning
// with relation "canonical" makes the document the story's canonical
// member. An empty relation means "copy".
func (s *Store) AssignStory(ctx context.Context, documentID, storyID int64, relation string, score float64) (int64, error) {
	if relation == "" {
		relation = model.RelationCopy
	}
	err := s.write(ctx, func(tx querier) error {
		var old sql.NullInt64
		if err := tx.QueryRowContext(ctx, docStoryQuery, documentID).Scan(&old); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("document", documentID)
			}
			return err
		}
		if storyID == 0 {
			relation = model.RelationCanonical
			if err := tx.QueryRowContext(ctx, `INSERT INTO stories (canonical_document_id, title, first_seen, last_seen)
				SELECT id, title, COALESCE(published, created_at), COALESCE(published, created_at)
				FROM documents WHERE id = ? RETURNING id`, documentID).Scan(&storyID); err != nil {
				return err
			}
		} else {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories WHERE id = ?`, storyID).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return notFound("story", storyID)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_members (story_id, document_id, relation, score, added_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (document_id) DO UPDATE SET story_id = excluded.story_id,
				relation = excluded.relation, score = excluded.score`,
			storyID, documentID, relation, score, fmtTime(s.now())); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET story_id = ? WHERE id = ?`, storyID, documentID); err != nil {
			return err
		}
		if relation == model.RelationCanonical {
			if err := setCanonical(ctx, tx, storyID, documentID); err != nil {
				return err
			}
		}
		if err := refreshStory(ctx, tx, storyID); err != nil {
			return err
		}
		if old.Valid && old.Int64 != storyID {
			return refreshStory(ctx, tx, old.Int64)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("assigning document %d to story %d: %w", documentID, storyID, err)
	}
	return storyID, nil
}

// SetStoryCanonical makes documentID, which must be a member of storyID,
// its canonical member; the previous canonical member becomes a copy.
func (s *Store) SetStoryCanonical(ctx context.Context, storyID, documentID int64) error {
	err := s.write(ctx, func(tx querier) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM story_members WHERE story_id = ? AND document_id = ?`,
			storyID, documentID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return notFound(fmt.Sprintf("member of story %d: document", storyID), documentID)
		}
		if err := setCanonical(ctx, tx, storyID, documentID); err != nil {
			return err
		}
		return refreshStory(ctx, tx, storyID)
	})
	if err != nil {
		return fmt.Errorf("setting the canonical document of story %d: %w", storyID, err)
	}
	return nil
}

func setCanonical(ctx context.Context, tx querier, storyID, documentID int64) error {
	if _, err := tx.ExecContext(ctx, `UPDATE story_members SET relation = ?
		WHERE story_id = ? AND document_id <> ? AND relation = ?`,
		model.RelationCopy, storyID, documentID, model.RelationCanonical); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE story_members SET relation = ? WHERE story_id = ? AND document_id = ?`,
		model.RelationCanonical, storyID, documentID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE stories SET canonical_document_id = ? WHERE id = ?`, documentID, storyID)
	return err
}

// refreshStory restores a story's invariants after its members changed: it
// is deleted when empty; its canonical member is a member (the earliest one
// when it was not); its title is the canonical member's; first and last
// seen span its members' publication (or storage) dates.
func refreshStory(ctx context.Context, tx querier, storyID int64) error {
	var members int
	var canonicalIsMember bool
	if err := tx.QueryRowContext(ctx, `SELECT
			(SELECT COUNT(*) FROM story_members WHERE story_id = s.id),
			EXISTS (SELECT 1 FROM story_members WHERE story_id = s.id AND document_id = s.canonical_document_id)
		FROM stories s WHERE s.id = ?`, storyID).Scan(&members, &canonicalIsMember); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	}
	if members == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, storyID)
		return err
	}
	if !canonicalIsMember {
		var doc int64
		if err := tx.QueryRowContext(ctx, `SELECT m.document_id FROM story_members m JOIN documents d ON d.id = m.document_id
			WHERE m.story_id = ? ORDER BY COALESCE(d.published, d.created_at), d.id LIMIT 1`, storyID).Scan(&doc); err != nil {
			return err
		}
		if err := setCanonical(ctx, tx, storyID, doc); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE stories SET
		title = COALESCE((SELECT title FROM documents WHERE id = stories.canonical_document_id), ''),
		first_seen = (SELECT MIN(COALESCE(d.published, d.created_at)) FROM story_members m
			JOIN documents d ON d.id = m.document_id WHERE m.story_id = stories.id),
		last_seen = (SELECT MAX(COALESCE(d.published, d.created_at)) FROM story_members m
			JOIN documents d ON d.id = m.document_id WHERE m.story_id = stories.id)
		WHERE id = ?`, storyID)
	return err
}

// GetStory returns a story with its members (canonical first, then by
// date) and the distinct outlets that carried it.
func (s *Store) GetStory(ctx context.Context, id int64) (*model.Story, error) {
	stories, err := s.queryStories(ctx, `WHERE id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("reading story %d: %w", id, err)
	}
	if len(stories) == 0 {
		return nil, notFound("story", id)
	}
	return &stories[0], nil
}

// ListStories lists stories, most recently seen first. limit 0 means 50.
func (s *Store) ListStories(ctx context.Context, limit, offset int) ([]model.Story, error) {
	stories, err := s.queryStories(ctx, `ORDER BY last_seen DESC, id DESC LIMIT ? OFFSET ?`,
		limitOr(limit, 50, 1000), max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("listing stories: %w", err)
	}
	return stories, nil
}

// queryStories reads stories selected by tail and fills their members
// with one more query.
func (s *Store) queryStories(ctx context.Context, tail string, args ...any) ([]model.Story, error) {
	rows, err := s.rd(ctx).QueryContext(ctx, `SELECT id, COALESCE(canonical_document_id, 0), title, first_seen, last_seen
		FROM stories `+tail, args...)
	if err != nil {
		return nil, err
	}
	var out []model.Story
	index := map[int64]int{}
	for rows.Next() {
		var (
			st          model.Story
			first, last string
		)
		if err := rows.Scan(&st.ID, &st.CanonicalDocumentID, &st.Title, &first, &last); err != nil {
			rows.Close()
			return nil, err
		}
		if st.FirstSeen, err = parseTime(first); err != nil {
			rows.Close()
			return nil, err
		}
		if st.LastSeen, err = parseTime(last); err != nil {
			rows.Close()
			return nil, err
		}
		st.Members, st.Outlets = []model.StoryMember{}, []string{}
		index[st.ID] = len(out)
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, err
	}
	rows.Close()
	if len(out) == 0 {
		return nil, nil
	}
	ids := make([]any, len(out))
	for i, st := range out {
		ids[i] = st.ID
	}
	mrows, err := s.rd(ctx).QueryContext(ctx, `SELECT m.story_id, m.document_id, m.relation, m.score,
			d.outlet, d.title, CASE WHEN d.url <> '' THEN d.url ELSE d.canonical_url END,
			d.language, d.published
		FROM story_members m JOIN documents d ON d.id = m.document_id
		JOIN stories s ON s.id = m.story_id
		WHERE m.story_id IN (`+placeholders(len(ids))+`)
		ORDER BY m.story_id, m.document_id <> s.canonical_document_id, COALESCE(d.published, d.created_at), d.id`, ids...)
	if err != nil {
		return nil, err
	}
	defer mrows.Close()
	for mrows.Next() {
		var (
			sid       int64
			m         model.StoryMember
			published sql.NullString
		)
		if err := mrows.Scan(&sid, &m.DocumentID, &m.Relation, &m.Score, &m.Outlet, &m.Title, &m.URL,
			&m.Language, &published); err != nil {
			return nil, err
		}
		if m.Published, err = parseTimePtr(published); err != nil {
			return nil, err
		}
		st := &out[index[sid]]
		st.Members = append(st.Members, m)
		if m.Outlet != "" && !containsFold(st.Outlets, m.Outlet) {
			st.Outlets = append(st.Outlets, m.Outlet)
		}
	}
	return out, mrows.Err()
}

func containsFold(list []string, v string) bool {
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}
