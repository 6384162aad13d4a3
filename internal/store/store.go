// Package store is yalu's persistence: originals, documents, feeds, stories
// and extractions behind one interface. SQLite (package store/sqlite) is the
// embedded default; PostgreSQL comes later behind the same interface, so every
// SQL dialect difference stays inside the implementations.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

// ErrNotFound is returned when the asked-for record does not exist.
var ErrNotFound = errors.New("not found")

// ListOptions pages and filters document listings.
type ListOptions struct {
	Limit    int    // 0 means a default of 50
	Offset   int    //
	Language string // filter by ISO 639-1 code when set
	Outlet   string // filter by outlet when set
}

// SearchHit is one full-text search result.
type SearchHit struct {
	Document model.Document `json:"document"`
	Snippet  string         `json:"snippet"` // text around the match, match wrapped in [ and ]
	Rank     float64        `json:"rank"`
}

// Store is everything the pipeline and the interfaces need to persist.
type Store interface {
	// PutOriginal stores an original if its SHA-256 is new. created is
	// false when the same bytes were stored before (nothing is changed then).
	PutOriginal(ctx context.Context, o *model.Original) (created bool, err error)
	GetOriginal(ctx context.Context, sha256 string) (*model.Original, error)
	// EachOriginal calls fn for every stored original, oldest first, for reprocessing.
	EachOriginal(ctx context.Context, fn func(*model.Original) error) error
	CountOriginals(ctx context.Context) (int, error)

	// SaveDocument inserts or replaces the document of d.OriginalSHA256 and
	// sets d.ID. Its full-text index entry is updated in the same transaction.
	SaveDocument(ctx context.Context, d *model.Document) error
	GetDocument(ctx context.Context, id int64) (*model.Document, error)
	DocumentByOriginal(ctx context.Context, sha256 string) (*model.Document, error)
	// DocumentsByURL returns documents whose URL or canonical URL is one of urls.
	DocumentsByURL(ctx context.Context, urls []string) ([]model.Document, error)
	ListDocuments(ctx context.Context, opts ListOptions) ([]model.Document, error)
	CountDocuments(ctx context.Context) (int, error)
	// Search runs a full-text query (plain words; Korean and Chinese work
	// for queries of three or more characters) over titles and texts.
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)

	// Feeds.
	AddFeed(ctx context.Context, f *model.Feed) (created bool, err error) // unique by URL; sets f.ID
	GetFeed(ctx context.Context, id int64) (*model.Feed, error)
	FeedByURL(ctx context.Context, url string) (*model.Feed, error)
	ListFeeds(ctx context.Context) ([]model.Feed, error)
	// DueFeeds returns enabled feeds whose NextPollAt is at or before now
	// and whose RetryAfter (if any) is not after now, longest overdue first;
	// limit 0 means all.
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]model.Feed, error)
	UpdateFeed(ctx context.Context, f *model.Feed) error
	DeleteFeed(ctx context.Context, id int64) error
	// MarkItemSeen records an item; seen is true when the feed already had
	// an item with this GUID (or link, when the GUID is empty).
	MarkItemSeen(ctx context.Context, it *model.FeedItem) (seen bool, err error)
	// PendingItems are the items of a feed to fetch now, oldest seen first:
	// those never tried (DocumentID 0, no error), so an interrupted poll
	// resumes, and failed ones whose RetryAt is set and has come by the
	// store's clock (time.Now), so transient failures are retried. limit 0
	// means 100.
	PendingItems(ctx context.Context, feedID int64, limit int) ([]model.FeedItem, error)
	// UpdateItem writes an item's link, title, document, error, attempts
	// and retry time.
	UpdateItem(ctx context.Context, it *model.FeedItem) error

	// Stories.
	SaveFingerprint(ctx context.Context, fp *model.Fingerprint) error
	// SimilarFingerprints returns fingerprints sharing at least one band
	// with bands, or whose document URL/canonical URL is in urls, at most limit.
	SimilarFingerprints(ctx context.Context, bands []uint64, urls []string, limit int) ([]model.Fingerprint, error)
	// AssignStory puts a document in a story; storyID 0 starts a new story
	// with the document as its canonical member. It returns the story id.
	AssignStory(ctx context.Context, documentID, storyID int64, relation string, score float64) (int64, error)
	// SetStoryCanonical makes documentID the canonical member of storyID.
	SetStoryCanonical(ctx context.Context, storyID, documentID int64) error
	GetStory(ctx context.Context, id int64) (*model.Story, error)
	ListStories(ctx context.Context, limit, offset int) ([]model.Story, error)

	// Extractions.
	SaveExtraction(ctx context.Context, e *model.Extraction) error
	GetExtraction(ctx context.Context, documentID int64) (*model.Extraction, error)

	// InTx runs fn in one write transaction: the calls fn makes on the
	// store with the context it is given join the transaction and see its
	// writes, which commit together when fn returns nil and are undone
	// otherwise. Each method stays atomic on its own, and so does a nested
	// InTx: a failure undoes its own writes only. Calls with another
	// context wait until the transaction ends, so fn must not make writes
	// with one.
	InTx(ctx context.Context, fn func(ctx context.Context) error) error

	Close() error
}
