package dedup

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

// MemoryStore is an in-memory Store for runs that do not touch the database
// (`yalu extract` on files, evaluations). It indexes fingerprints by key and
// URL, so candidate lookups cost the size of the matching postings only. It
// is safe for concurrent use.
type MemoryStore struct {
	mu        sync.RWMutex
	fps       map[int64]*model.Fingerprint
	byKey     map[uint64][]int64
	byURL     map[string][]int64
	stories   map[int64]*memStory
	docs      map[int64]model.Document // metadata only, Text dropped
	docStory  map[int64]int64
	nextDoc   int64
	nextStory int64
	now       func() time.Time
}

type memStory struct {
	canonical int64
	members   []model.StoryMember
	first     time.Time
	last      time.Time
}

// stopKeyPostings is the posting-list length beyond which a key is ignored
// in lookups: a shingle shared by that many documents is boilerplate (an
// outlet's sign-off) and would only make every lookup read them all.
const stopKeyPostings = 256

// urlMatchWeight ranks a URL match above any number of shared keys.
const urlMatchWeight = 1 << 20

// InTx runs fn. The MemoryStore has no transactions: each of its calls is
// atomic, a sequence of them is not.
func (m *MemoryStore) InTx(ctx context.Context, fn func(ctx context.Context) error) error {
	return fn(ctx)
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{
		fps:      make(map[int64]*model.Fingerprint),
		byKey:    make(map[uint64][]int64),
		byURL:    make(map[string][]int64),
		stories:  make(map[int64]*memStory),
		docs:     make(map[int64]model.Document),
		docStory: make(map[int64]int64),
		now:      time.Now,
	}
}

// SaveDocument records the metadata of d that story listings show (title,
// outlet, URL, language, publication time) and sets d.ID when it is zero.
func (m *MemoryStore) SaveDocument(ctx context.Context, d *model.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if d.ID == 0 {
		m.nextDoc++
		d.ID = m.nextDoc
	}
	m.nextDoc = max(m.nextDoc, d.ID)
	meta := *d
	meta.Text = ""
	meta.AltLinks = slices.Clone(d.AltLinks)
	m.docs[d.ID] = meta
	return nil
}

// SaveFingerprint inserts or replaces the fingerprint of fp.DocumentID.
func (m *MemoryStore) SaveFingerprint(ctx context.Context, fp *model.Fingerprint) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.fps[fp.DocumentID]; ok {
		for _, k := range old.Bands {
			m.byKey[k] = remove(m.byKey[k], old.DocumentID)
			if len(m.byKey[k]) == 0 {
				delete(m.byKey, k)
			}
		}
		for _, u := range fpURLs(old) {
			m.byURL[u] = remove(m.byURL[u], old.DocumentID)
			if len(m.byURL[u]) == 0 {
				delete(m.byURL, u)
			}
		}
	}
	c := *fp
	c.MinHash = slices.Clone(fp.MinHash)
	c.Bands = slices.Compact(slices.Sorted(slices.Values(fp.Bands)))
	m.fps[c.DocumentID] = &c
	for _, k := range c.Bands {
		m.byKey[k] = append(m.byKey[k], c.DocumentID)
	}
	for _, u := range fpURLs(&c) {
		m.byURL[u] = append(m.byURL[u], c.DocumentID)
	}
	return nil
}

func fpURLs(fp *model.Fingerprint) []string {
	var out []string
	for _, u := range []string{fp.URL, fp.CanonicalURL} {
		if u != "" && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

func remove(ids []int64, id int64) []int64 {
	return slices.DeleteFunc(ids, func(x int64) bool { return x == id })
}

// SimilarFingerprints returns the fingerprints sharing at least one key with
// bands or whose URL or canonical URL is in urls, URL matches first, then by
// the number of shared keys, at most limit (0 means no limit). Keys shared by
// more than stopKeyPostings fingerprints are skipped as boilerplate.
func (m *MemoryStore) SimilarFingerprints(ctx context.Context, bands []uint64, urls []string, limit int) ([]model.Fingerprint, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	hits := make(map[int64]int)
	for _, k := range slices.Compact(slices.Sorted(slices.Values(bands))) {
		ids := m.byKey[k]
		if len(ids) > stopKeyPostings {
			continue
		}
		for _, id := range ids {
			hits[id]++
		}
	}
	for _, u := range urls {
		for _, id := range m.byURL[u] {
			hits[id] += urlMatchWeight
		}
	}
	ids := make([]int64, 0, len(hits))
	for id := range hits {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		if c := cmp.Compare(hits[b], hits[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	out := make([]model.Fingerprint, 0, len(ids))
	for _, id := range ids {
		fp := *m.fps[id]
		fp.MinHash = slices.Clone(fp.MinHash)
		fp.Bands = slices.Clone(fp.Bands)
		out = append(out, fp)
	}
	return out, nil
}

// AssignStory puts documentID in storyID with relation, moving it out of
// any other story; storyID 0 starts a new story with documentID as its
// canonical member. Assigning a member again updates its relation and score.
func (m *MemoryStore) AssignStory(ctx context.Context, documentID, storyID int64, relation string, score float64) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	if storyID == 0 {
		m.nextStory++
		storyID = m.nextStory
		m.stories[storyID] = &memStory{canonical: documentID, first: now}
		relation = model.RelationCanonical
	}
	st, ok := m.stories[storyID]
	if !ok {
		return 0, fmt.Errorf("story %d: %w", storyID, store.ErrNotFound)
	}
	if old, ok := m.docStory[documentID]; ok && old != storyID {
		m.leave(old, m.stories[old], documentID)
	}
	m.docStory[documentID] = storyID
	member := model.StoryMember{DocumentID: documentID, Relation: relation, Score: score}
	if i := slices.IndexFunc(st.members, func(x model.StoryMember) bool { return x.DocumentID == documentID }); i >= 0 {
		st.members[i] = member
	} else {
		st.members = append(st.members, member)
	}
	st.last = now
	if fp, ok := m.fps[documentID]; ok {
		fp.StoryID = storyID
	}
	return storyID, nil
}

// leave removes documentID from story id, dropping the story when it
// empties and picking a new canonical member when it was the canonical one.
func (m *MemoryStore) leave(id int64, st *memStory, documentID int64) {
	n := len(st.members)
	st.members = slices.DeleteFunc(st.members, func(x model.StoryMember) bool { return x.DocumentID == documentID })
	if len(st.members) == n {
		return
	}
	if len(st.members) == 0 {
		delete(m.stories, id)
		return
	}
	if st.canonical == documentID {
		st.canonical = st.members[0].DocumentID
		st.members[0].Relation = model.RelationCanonical
	}
}

// SetStoryCanonical makes documentID, a member of storyID, its canonical
// member. The caller relabels the former canonical member.
func (m *MemoryStore) SetStoryCanonical(ctx context.Context, storyID, documentID int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	st, ok := m.stories[storyID]
	if !ok {
		return fmt.Errorf("story %d: %w", storyID, store.ErrNotFound)
	}
	i := slices.IndexFunc(st.members, func(x model.StoryMember) bool { return x.DocumentID == documentID })
	if i < 0 {
		return fmt.Errorf("document %d in story %d: %w", documentID, storyID, store.ErrNotFound)
	}
	st.canonical = documentID
	st.members[i].Relation = model.RelationCanonical
	return nil
}

// GetStory returns story id with its members, canonical member first.
func (m *MemoryStore) GetStory(ctx context.Context, id int64) (*model.Story, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	st, ok := m.stories[id]
	if !ok {
		return nil, fmt.Errorf("story %d: %w", id, store.ErrNotFound)
	}
	return m.story(id, st), nil
}

// ListStories returns stories by id, newest first.
func (m *MemoryStore) ListStories(ctx context.Context, limit, offset int) ([]model.Story, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	ids := make([]int64, 0, len(m.stories))
	for id := range m.stories {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int { return cmp.Compare(b, a) })
	ids = ids[min(offset, len(ids)):]
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	out := make([]model.Story, 0, len(ids))
	for _, id := range ids {
		out = append(out, *m.story(id, m.stories[id]))
	}
	return out, nil
}

func (m *MemoryStore) story(id int64, st *memStory) *model.Story {
	s := &model.Story{ID: id, CanonicalDocumentID: st.canonical, FirstSeen: st.first, LastSeen: st.last}
	for _, mem := range st.members {
		if d, ok := m.docs[mem.DocumentID]; ok {
			mem.Outlet, mem.Title, mem.URL, mem.Language, mem.Published = d.Outlet, d.Title, d.URL, d.Language, d.Published
		} else if fp, ok := m.fps[mem.DocumentID]; ok {
			mem.Outlet, mem.URL, mem.Language = fp.Outlet, fp.URL, fp.Language
		}
		if mem.DocumentID == st.canonical {
			s.Title = mem.Title
			s.Members = slices.Insert(s.Members, 0, mem)
		} else {
			s.Members = append(s.Members, mem)
		}
		if mem.Outlet != "" && !slices.Contains(s.Outlets, mem.Outlet) {
			s.Outlets = append(s.Outlets, mem.Outlet)
		}
	}
	slices.Sort(s.Outlets)
	return s
}
