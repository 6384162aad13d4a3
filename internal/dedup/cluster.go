package dedup

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

// ErrNoDocumentID is returned by Assign for a document that has not been
// saved yet: stories refer to documents by id.
var ErrNoDocumentID = errors.New("document has no id: save it before assigning it to a story")

// Store is the part of store.Store that story assignment needs.
type Store interface {
	SaveFingerprint(ctx context.Context, fp *model.Fingerprint) error
	// SimilarFingerprints returns fingerprints sharing at least one key
	// with bands, or whose URL or canonical URL is in urls, at most limit,
	// ideally those sharing the most keys first.
	SimilarFingerprints(ctx context.Context, bands []uint64, urls []string, limit int) ([]model.Fingerprint, error)
	AssignStory(ctx context.Context, documentID, storyID int64, relation string, score float64) (int64, error)
	SetStoryCanonical(ctx context.Context, storyID, documentID int64) error
	GetStory(ctx context.Context, id int64) (*model.Story, error)
	// InTx runs fn so that the calls it makes with the context it is
	// given are one transaction (see store.Store).
	InTx(ctx context.Context, fn func(ctx context.Context) error) error
}

// Config configures a Clusterer. Zero thresholds take the defaults, which
// were tuned on testdata/clusters.
type Config struct {
	Store  Store
	Logger *slog.Logger
	// JoinSimilarity is the estimated Jaccard similarity at or above which
	// two texts are the same report (default 0.25).
	JoinSimilarity float64
	// JoinContainment is the estimated share of the shorter text's
	// shingles found in the longer one at or above which the shorter is an
	// excerpt or copy of the longer (default 0.6).
	JoinContainment float64
	// MinShingles is the size below which a text joins a story only by
	// links: very short texts share shingles by chance (default 12).
	MinShingles int
	// MaxCandidates bounds the fingerprints read per assignment (default 64).
	MaxCandidates int
}

// Assignment is where Assign put a document.
type Assignment struct {
	StoryID  int64
	Relation string  // a model.Relation* value
	Score    float64 // similarity to the matched member, 1 for a link
	New      bool    // a new story was started
}

// Clusterer assigns documents to stories incrementally. It reads only the
// candidates the store finds by key, never the whole store. Assign calls are
// serialised so that two copies arriving together cannot start two stories.
type Clusterer struct {
	cfg Config
	log *slog.Logger
	mu  sync.Mutex
}

// New returns a Clusterer over cfg.Store.
func New(cfg Config) (*Clusterer, error) {
	if cfg.Store == nil {
		return nil, errors.New("dedup: a store is required")
	}
	if cfg.JoinSimilarity <= 0 {
		cfg.JoinSimilarity = 0.3
	}
	if cfg.JoinContainment <= 0 {
		cfg.JoinContainment = 0.6
	}
	if cfg.MinShingles <= 0 {
		cfg.MinShingles = 12
	}
	if cfg.MaxCandidates <= 0 {
		cfg.MaxCandidates = 64
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Clusterer{cfg: cfg, log: log}, nil
}

// match is one scored candidate.
type match struct {
	fp       model.Fingerprint
	linked   bool
	jac      float64
	inCand   float64 // share of the newcomer found in the candidate
	candIn   float64 // share of the candidate found in the newcomer
	candSize float64 // shingles of the candidate: stored, or estimated for old fingerprints
	score    float64
}

// Assign puts doc into a story: it signs doc.Text, scores the candidates
// found by key and URL, joins the best story above the thresholds or starts
// a new one, saves the fingerprint and promotes doc to canonical member when
// it is the fuller or earlier original. doc.ID must be set; doc.StoryID is
// set on success.
func (c *Clusterer) Assign(ctx context.Context, doc *model.Document) (Assignment, error) {
	if doc.ID == 0 {
		return Assignment{}, ErrNoDocumentID
	}
	sig := Sign(doc.Text)
	var a Assignment
	// One transaction: the reads see the writes before them and a failure
	// leaves no half-made story. The lock is taken inside it, so that every
	// Assign takes the store's write lock first and then c.mu.
	err := c.cfg.Store.InTx(ctx, func(ctx context.Context) error {
		c.mu.Lock()
		defer c.mu.Unlock()
		var err error
		a, err = c.assign(ctx, doc, sig)
		return err
	})
	if err != nil {
		return Assignment{}, err
	}
	doc.StoryID = a.StoryID
	return a, nil
}

func (c *Clusterer) assign(ctx context.Context, doc *model.Document, sig Signature) (Assignment, error) {
	urls, urlKeys := docURLs(doc)
	keys := slices.Concat(sig.Bands, urlKeys)
	cands, err := c.cfg.Store.SimilarFingerprints(ctx, keys, urls, c.cfg.MaxCandidates)
	if err != nil {
		return Assignment{}, fmt.Errorf("finding similar fingerprints of document %d: %w", doc.ID, err)
	}

	matches := c.best(doc, sig, urlKeys, cands)
	var a Assignment
	if len(matches) == 0 {
		id, err := c.cfg.Store.AssignStory(ctx, doc.ID, 0, model.RelationCanonical, 1)
		if err != nil {
			return Assignment{}, fmt.Errorf("starting story for document %d: %w", doc.ID, err)
		}
		a = Assignment{StoryID: id, Relation: model.RelationCanonical, Score: 1, New: true}
	} else {
		best := matches[0]
		a = Assignment{StoryID: best.fp.StoryID, Relation: c.relation(doc, sig, best), Score: best.score}
		// The newcomer bridges stories that arrived apart (a Korean
		// edition and an aggregator copy before the original): merge them.
		for _, m := range matches[1:] {
			if err := c.merge(ctx, a.StoryID, m.fp.StoryID, cands); err != nil {
				return Assignment{}, err
			}
		}
		if _, err := c.cfg.Store.AssignStory(ctx, doc.ID, a.StoryID, a.Relation, a.Score); err != nil {
			return Assignment{}, fmt.Errorf("adding document %d to story %d: %w", doc.ID, a.StoryID, err)
		}
	}

	fp := model.Fingerprint{
		DocumentID:   doc.ID,
		StoryID:      a.StoryID,
		MinHash:      sig.MinHash,
		Bands:        keys,
		Outlet:       doc.Outlet,
		URL:          doc.URL,
		CanonicalURL: doc.CanonicalURL,
		Language:     doc.Language,
		TextLen:      len(doc.Text),
		Shingles:     sig.Shingles,
	}
	if err := c.cfg.Store.SaveFingerprint(ctx, &fp); err != nil {
		return Assignment{}, fmt.Errorf("saving fingerprint of document %d: %w", doc.ID, err)
	}
	if !a.New && a.Relation != model.RelationExcerpt {
		promoted, err := c.promote(ctx, doc, sig, a, cands)
		if err != nil {
			return Assignment{}, err
		}
		if promoted {
			a.Relation = model.RelationCanonical
		}
	}
	c.log.DebugContext(ctx, "story assigned",
		slog.Int64("document_id", doc.ID), slog.Int64("story_id", a.StoryID),
		slog.String("relation", a.Relation), slog.Float64("score", a.Score),
		slog.Bool("new_story", a.New), slog.Int("candidates", len(cands)))
	return a, nil
}

// best scores the candidates and returns the best qualifying match of each
// story, best first.
func (c *Clusterer) best(doc *model.Document, sig Signature, urlKeys []uint64, cands []model.Fingerprint) []match {
	var out []match
	for _, fp := range cands {
		if fp.DocumentID == doc.ID || fp.StoryID == 0 {
			continue
		}
		m := match{fp: fp, linked: linked(urlKeys, fp)}
		if sig.Shingles >= c.cfg.MinShingles && len(fp.MinHash) == NumHashes {
			m.candSize = shingleCount(doc, sig, fp)
			m.jac = jaccard(sig.MinHash, fp.MinHash)
			m.inCand = containment(sig.MinHash, fp.MinHash, sig.Shingles, int(m.candSize+0.5))
			m.candIn = containment(fp.MinHash, sig.MinHash, int(m.candSize+0.5), sig.Shingles)
		}
		textual := m.candSize >= float64(c.cfg.MinShingles) &&
			(m.jac >= c.cfg.JoinSimilarity || c.contained(m, sig))
		if !textual && !m.linked {
			continue
		}
		m.score = m.jac
		if m.inCand >= c.cfg.JoinContainment || m.candIn >= c.cfg.JoinContainment {
			m.score = max(m.score, m.inCand, m.candIn)
		}
		if m.linked {
			m.score = 1
		}
		i := slices.IndexFunc(out, func(x match) bool { return x.fp.StoryID == m.fp.StoryID })
		switch {
		case i < 0:
			out = append(out, m)
		case m.score > out[i].score:
			out[i] = m
		}
	}
	slices.SortStableFunc(out, func(a, b match) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.fp.StoryID, b.fp.StoryID)
	})
	return out
}

// contained reports whether the smaller of the two texts is contained in the
// larger. The Jaccard similarity must still be plausible for an excerpt: at
// least a fifth of the expected value, which rejects two long reports that
// merely share a few boilerplate sentences.
func (c *Clusterer) contained(m match, sig Signature) bool {
	small, large, share := float64(sig.Shingles), m.candSize, m.inCand
	if large < small {
		small, large, share = large, small, m.candIn
	}
	if small < float64(c.cfg.MinShingles) || share < c.cfg.JoinContainment {
		return false
	}
	return m.jac >= 0.2*small/large
}

// relation names how doc relates to the matched member.
func (c *Clusterer) relation(doc *model.Document, sig Signature, m match) string {
	if differentLanguage(doc.Language, m.fp.Language) {
		return model.RelationTranslation
	}
	if m.jac == 0 && m.linked && (doc.Language == "" || m.fp.Language == "") {
		// Linked, yet no shared shingle: another language edition whose
		// language the cleaner could not tell.
		return model.RelationTranslation
	}
	if m.inCand >= c.cfg.JoinContainment && float64(sig.Shingles) < 0.7*m.candSize {
		return model.RelationExcerpt
	}
	return model.RelationCopy
}

// promote makes doc the canonical member of its story when it is the fuller
// text of the same language (the canonical member was an excerpt of it) or
// a full edition published earlier than the canonical member.
func (c *Clusterer) promote(ctx context.Context, doc *model.Document, sig Signature, a Assignment, cands []model.Fingerprint) (bool, error) {
	st, err := c.cfg.Store.GetStory(ctx, a.StoryID)
	if err != nil {
		return false, fmt.Errorf("reading story %d: %w", a.StoryID, err)
	}
	canonID := st.CanonicalDocumentID
	if canonID == doc.ID || canonID == 0 {
		return false, nil
	}
	var canon *model.StoryMember
	for i := range st.Members {
		if st.Members[i].DocumentID == canonID {
			canon = &st.Members[i]
		}
	}
	cfp := findFingerprint(cands, canonID)
	if cfp == nil && canon != nil && canon.URL != "" {
		more, err := c.cfg.Store.SimilarFingerprints(ctx, nil, []string{canon.URL}, c.cfg.MaxCandidates)
		if err != nil {
			return false, fmt.Errorf("reading fingerprint of document %d: %w", canonID, err)
		}
		cfp = findFingerprint(more, canonID)
	}

	sameLang := cfp != nil && !differentLanguage(doc.Language, cfp.Language)
	var canonSize, canonIn float64
	if cfp != nil && len(cfp.MinHash) == NumHashes {
		canonSize = shingleCount(doc, sig, *cfp)
		canonIn = containment(cfp.MinHash, sig.MinHash, int(canonSize+0.5), sig.Shingles)
	}
	n := float64(sig.Shingles)
	// The canonical member was an excerpt of the newcomer: the newcomer
	// holds it and is much longer (estimates err by about a tenth, and
	// aggregator chrome adds a few shingles, hence the wide ratio).
	excerpt := sameLang && canonIn >= c.cfg.JoinContainment && n >= 1.4*canonSize
	var why string
	switch {
	case canon != nil && earlier(doc.Published, canon.Published) && (!sameLang || n >= 0.8*canonSize):
		why = "earlier"
	case canon != nil && earlier(canon.Published, doc.Published) && !(excerpt && n >= 2*canonSize):
		return false, nil
	case excerpt:
		why = "fuller"
	default:
		return false, nil
	}
	if err := c.cfg.Store.SetStoryCanonical(ctx, a.StoryID, doc.ID); err != nil {
		return false, fmt.Errorf("making document %d canonical in story %d: %w", doc.ID, a.StoryID, err)
	}
	// The former canonical member becomes what it is to the newcomer.
	rel := model.RelationCopy
	switch {
	case cfp != nil && !sameLang, cfp == nil && canon != nil && differentLanguage(doc.Language, canon.Language):
		rel = model.RelationTranslation
	case why == "fuller":
		rel = model.RelationExcerpt
	}
	score := a.Score
	if cfp != nil && sameLang {
		score = max(jaccard(cfp.MinHash, sig.MinHash), canonIn)
	}
	if _, err := c.cfg.Store.AssignStory(ctx, canonID, a.StoryID, rel, score); err != nil {
		return false, fmt.Errorf("relabelling document %d in story %d: %w", canonID, a.StoryID, err)
	}
	c.log.DebugContext(ctx, "story canonical member changed",
		slog.Int64("story_id", a.StoryID), slog.Int64("document_id", doc.ID),
		slog.Int64("previous_document_id", canonID), slog.String("reason", why))
	return true, nil
}

// shingleCount returns the number of distinct shingles behind fp: the
// count saved with it, or, for fingerprints saved before the count was
// kept, an estimate scaled from the newcomer's count by text length when
// both are in the same language (exact enough to tell an excerpt from a
// copy), or from the MinHash otherwise (about a tenth off).
func shingleCount(doc *model.Document, sig Signature, fp model.Fingerprint) float64 {
	if fp.Shingles > 0 {
		return float64(fp.Shingles)
	}
	if fp.TextLen > 0 && len(doc.Text) > 0 && sig.Shingles > 0 && !differentLanguage(doc.Language, fp.Language) {
		return max(1, float64(sig.Shingles)*float64(fp.TextLen)/float64(len(doc.Text)))
	}
	return estimateCardinality(fp.MinHash)
}

func findFingerprint(fps []model.Fingerprint, id int64) *model.Fingerprint {
	for i := range fps {
		if fps[i].DocumentID == id {
			return &fps[i]
		}
	}
	return nil
}

func earlier(a, b *time.Time) bool {
	return a != nil && b != nil && !a.IsZero() && !b.IsZero() && a.Before(*b)
}

func differentLanguage(a, b string) bool {
	return a != "" && b != "" && !strings.EqualFold(a, b)
}

// linked reports whether fp carries the key of one of the newcomer's URLs:
// its own URL or canonical URL, or an alternate-language link it declared.
func linked(urlKeys []uint64, fp model.Fingerprint) bool {
	for _, k := range urlKeys {
		if slices.Contains(fp.Bands, k) {
			return true
		}
	}
	return false
}

// docURLs returns the raw URLs of doc for the store's URL lookup and the
// keys of their normalised forms, which join the fingerprint's band keys so
// that a later document finds this one through any of them, in either
// direction of an alternate link.
func docURLs(doc *model.Document) (raw []string, keys []uint64) {
	add := func(u string) {
		u = strings.TrimSpace(u)
		if u == "" || slices.Contains(raw, u) {
			return
		}
		raw = append(raw, u)
		if n := NormalizeURL(u); n != "" {
			if k := urlKey(n); !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	add(doc.URL)
	add(doc.CanonicalURL)
	for _, l := range doc.AltLinks {
		add(l.URL)
	}
	return raw, keys
}

func urlKey(normalized string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(normalized); i++ {
		h = (h ^ uint64(normalized[i])) * 0x100000001b3
	}
	return mix64(h) ^ tagURL
}

// NormalizeURL returns the form of an article URL used to link documents:
// no scheme, lower-case host without "www.", no fragment, no tracking
// parameters, no trailing slash. It returns "" for URLs that cannot
// identify one article (unparsable, not http(s), or a site's front page),
// because a site-wide link would otherwise merge every report of an outlet.
func NormalizeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.TrimRight(u.EscapedPath(), "/")
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ref" {
			q.Del(k)
		}
	}
	query := q.Encode()
	if query == "" && isSectionPath(path) {
		return ""
	}
	if query != "" {
		return host + path + "?" + query
	}
	return host + path
}

// isSectionPath reports whether path looks like a front page or a section
// ("", "/english", "/news/korea") rather than one article: at most two
// segments, each a short word without digits.
func isSectionPath(path string) bool {
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	if len(segs) > 2 {
		return false
	}
	for _, s := range segs {
		if len(s) > 12 || strings.ContainsAny(s, "0123456789-_.%") {
			return false
		}
	}
	return true
}

// merge moves every member of story from into story into. When from's
// canonical member was published earlier than into's, it becomes the
// canonical member of the merged story.
func (c *Clusterer) merge(ctx context.Context, into, from int64, cands []model.Fingerprint) error {
	src, err := c.cfg.Store.GetStory(ctx, from)
	if err != nil {
		return fmt.Errorf("reading story %d to merge: %w", from, err)
	}
	dst, err := c.cfg.Store.GetStory(ctx, into)
	if err != nil {
		return fmt.Errorf("reading story %d to merge into: %w", into, err)
	}
	var dstCanon, srcCanon model.StoryMember
	for _, m := range dst.Members {
		if m.DocumentID == dst.CanonicalDocumentID {
			dstCanon = m
		}
	}
	for _, m := range src.Members {
		if m.DocumentID == src.CanonicalDocumentID {
			srcCanon = m
		}
		rel := m.Relation
		if rel == model.RelationCanonical {
			rel = model.RelationCopy
			if differentLanguage(m.Language, dstCanon.Language) {
				rel = model.RelationTranslation
			}
		}
		if _, err := c.cfg.Store.AssignStory(ctx, m.DocumentID, into, rel, m.Score); err != nil {
			return fmt.Errorf("moving document %d from story %d to %d: %w", m.DocumentID, from, into, err)
		}
		if err := c.restory(ctx, m, into, cands); err != nil {
			return err
		}
	}
	if srcCanon.DocumentID != 0 && earlier(srcCanon.Published, dstCanon.Published) {
		if err := c.cfg.Store.SetStoryCanonical(ctx, into, srcCanon.DocumentID); err != nil {
			return fmt.Errorf("making document %d canonical in story %d: %w", srcCanon.DocumentID, into, err)
		}
		rel := model.RelationCopy
		if differentLanguage(srcCanon.Language, dstCanon.Language) {
			rel = model.RelationTranslation
		}
		if _, err := c.cfg.Store.AssignStory(ctx, dstCanon.DocumentID, into, rel, dstCanon.Score); err != nil {
			return fmt.Errorf("relabelling document %d in story %d: %w", dstCanon.DocumentID, into, err)
		}
	}
	c.log.InfoContext(ctx, "stories merged", slog.Int64("story_id", into),
		slog.Int64("merged_story_id", from), slog.Int("members", len(src.Members)))
	return nil
}

// restory saves m's fingerprint with its new story id, so that later
// candidates point at the merged story in stores that keep the story id in
// the fingerprint.
func (c *Clusterer) restory(ctx context.Context, m model.StoryMember, story int64, cands []model.Fingerprint) error {
	fp := findFingerprint(cands, m.DocumentID)
	if fp == nil && m.URL != "" {
		more, err := c.cfg.Store.SimilarFingerprints(ctx, nil, []string{m.URL}, c.cfg.MaxCandidates)
		if err != nil {
			return fmt.Errorf("reading fingerprint of document %d: %w", m.DocumentID, err)
		}
		fp = findFingerprint(more, m.DocumentID)
	}
	if fp == nil {
		c.log.WarnContext(ctx, "fingerprint of merged member not found; its story id is stale",
			slog.Int64("document_id", m.DocumentID), slog.Int64("story_id", story))
		return nil
	}
	fp.StoryID = story
	if err := c.cfg.Store.SaveFingerprint(ctx, fp); err != nil {
		return fmt.Errorf("saving fingerprint of document %d: %w", m.DocumentID, err)
	}
	return nil
}
