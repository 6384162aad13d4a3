// Package model holds the records that flow between yalu's pipeline stages:
// originals as received, cleaned documents, feeds, stories and extractions.
package model

import "time"

// Original is one input exactly as received: the bytes, where they came from
// and when. It is content-addressed by the SHA-256 of Body and never altered.
type Original struct {
	SHA256      string              `json:"sha256"`
	Body        []byte              `json:"-"`
	Size        int64               `json:"size"`
	URL         string              `json:"url,omitempty"`         // final URL after redirects
	RequestURL  string              `json:"request_url,omitempty"` // URL as asked for
	Path        string              `json:"path,omitempty"`        // local file path, "-" for stdin
	Headers     map[string][]string `json:"headers,omitempty"`     // HTTP response headers
	ContentType string              `json:"content_type,omitempty"`
	FetchedAt   time.Time           `json:"fetched_at"`
}

// AltLink is a link to the same article in another language or edition
// ("Read in Korean", <link rel=alternate hreflang=ko>).
type AltLink struct {
	Lang  string `json:"lang,omitempty"`
	URL   string `json:"url,omitempty"`
	Label string `json:"label,omitempty"`
}

// Document is the cleaned form of one original. Text is the clean article
// body; every offset that later stages store indexes Text in bytes.
type Document struct {
	ID              int64      `json:"id"`
	OriginalSHA256  string     `json:"original_sha256"`
	URL             string     `json:"url,omitempty"`
	CanonicalURL    string     `json:"canonical_url,omitempty"`
	Title           string     `json:"title"`
	Byline          string     `json:"byline,omitempty"`
	Outlet          string     `json:"outlet,omitempty"`
	Published       *time.Time `json:"published,omitempty"`
	PublishedText   string     `json:"published_text,omitempty"`   // the words the date was read from
	PublishedSource string     `json:"published_source,omitempty"` // which evidence was used, e.g. "meta:article:published_time", "dateline", "feed-timestamp", "page-date"
	Language        string     `json:"language,omitempty"`         // ISO 639-1
	AltLinks        []AltLink  `json:"alt_links,omitempty"`
	Text            string     `json:"text"`
	CleanerVersion  string     `json:"cleaner_version"`
	StoryID         int64      `json:"story_id,omitempty"`
	Relevant        *bool      `json:"relevant,omitempty"`
	Dateline        *Dateline  `json:"dateline,omitempty"` // the wire dateline that opens Text, if any
	CreatedAt       time.Time  `json:"created_at"`
	UpdatedAt       time.Time  `json:"updated_at"`
}

// Dateline is the wire dateline that opens a report: "SEOUL, March 4
// (Yonhap) --", "VLADIVOSTOK, Russia (AP) —", "(서울=연합뉴스) 홍길동 기자 =",
// "【丹东3月4日讯】". It stays in Document.Text as the start of the first
// paragraph, so Start is 0; offsets are byte offsets into Text, End exclusive.
type Dateline struct {
	Start      int        `json:"start"`
	End        int        `json:"end"`                   // after the closing dash or "=", 讯, 】
	Text       string     `json:"text"`                  // the whole dateline as written
	City       *Mention   `json:"city,omitempty"`        // the dateline city as written ("SEOUL", "서울", "丹东")
	Country    *Mention   `json:"country,omitempty"`     // a country or state after the city ("China"), as written
	Outlet     string     `json:"outlet,omitempty"`      // the agency named, canonical where known ("Yonhap")
	OutletText string     `json:"outlet_text,omitempty"` // the agency as written ("연합뉴스")
	DateText   string     `json:"date_text,omitempty"`   // the date words ("March 4", "3月4日")
	Date       *time.Time `json:"date,omitempty"`        // DateText resolved; nil when its year cannot be known
}

// Feed is a subscribed RSS/Atom/RDF/JSON feed and its polling state.
type Feed struct {
	ID            int64         `json:"id"`
	URL           string        `json:"url"`
	Title         string        `json:"title,omitempty"`
	SiteURL       string        `json:"site_url,omitempty"`
	Category      string        `json:"category,omitempty"`
	ETag          string        `json:"etag,omitempty"`
	LastModified  string        `json:"last_modified,omitempty"`
	PollInterval  time.Duration `json:"poll_interval"`
	TTL           time.Duration `json:"ttl,omitempty"`         // the feed's own minimum interval (RSS ttl, Cache-Control max-age)
	SkipHours     []int         `json:"skip_hours,omitempty"`  // UTC hours the feed asks not to be polled
	RetryAfter    *time.Time    `json:"retry_after,omitempty"` // the server asked us to wait until then (429/503)
	LastPolledAt  *time.Time    `json:"last_polled_at,omitempty"`
	LastSuccessAt *time.Time    `json:"last_success_at,omitempty"`
	NextPollAt    time.Time     `json:"next_poll_at"`
	ErrorCount    int           `json:"error_count"`
	LastError     string        `json:"last_error,omitempty"`
	Disabled      bool          `json:"disabled"`
	CreatedAt     time.Time     `json:"created_at"`
}

// FeedItem records that one item of a feed has been seen, so that polling
// resumes where it stopped and never fetches an item twice.
type FeedItem struct {
	FeedID     int64     `json:"feed_id"`
	GUID       string    `json:"guid"`
	Link       string    `json:"link"`
	Title      string    `json:"title,omitempty"`
	SeenAt     time.Time `json:"seen_at"`
	DocumentID int64     `json:"document_id,omitempty"` // 0 until ingested
	Error      string    `json:"error,omitempty"`
	Attempts   int       `json:"attempts,omitempty"` // failed fetch/ingest attempts so far
	// RetryAt is when a failed item may be tried again; nil means it is
	// pending (never tried) or finished (ingested, or failed for good).
	RetryAt *time.Time `json:"retry_at,omitempty"`
}

// Fingerprint is a document's near-duplicate signature plus what story
// assignment needs to know about it without reading its text again.
type Fingerprint struct {
	DocumentID   int64    `json:"document_id"`
	StoryID      int64    `json:"story_id"`
	MinHash      []uint32 `json:"-"`
	Bands        []uint64 `json:"-"`
	Outlet       string   `json:"outlet,omitempty"`
	URL          string   `json:"url,omitempty"`
	CanonicalURL string   `json:"canonical_url,omitempty"`
	Language     string   `json:"language,omitempty"`
	TextLen      int      `json:"text_len"`
	Shingles     int      `json:"shingles"` // number of distinct shingles the MinHash summarises
}

// Story relations of a member to its story.
const (
	RelationCanonical   = "canonical"   // the fullest, earliest original
	RelationCopy        = "copy"        // the same report, other chrome or light edits
	RelationExcerpt     = "excerpt"     // a truncated copy
	RelationTranslation = "translation" // another language edition
)

// StoryMember is one document's place in a story.
type StoryMember struct {
	DocumentID int64      `json:"document_id"`
	Relation   string     `json:"relation"`
	Score      float64    `json:"score"`
	Outlet     string     `json:"outlet,omitempty"`
	Title      string     `json:"title,omitempty"`
	URL        string     `json:"url,omitempty"`
	Language   string     `json:"language,omitempty"`
	Published  *time.Time `json:"published,omitempty"`
}

// Story is every copy of one report: its canonical member, its copies and the
// outlets that carried it. Copies never count as corroboration.
type Story struct {
	ID                  int64         `json:"id"`
	CanonicalDocumentID int64         `json:"canonical_document_id"`
	Title               string        `json:"title"`
	FirstSeen           time.Time     `json:"first_seen"`
	LastSeen            time.Time     `json:"last_seen"`
	Members             []StoryMember `json:"members"`
	Outlets             []string      `json:"outlets"`
}

// Extraction is the versioned output of the extract stage for one document,
// stored as JSON so that `yalu reprocess` can replace it on upgrade.
type Extraction struct {
	DocumentID int64     `json:"document_id"`
	Version    string    `json:"version"`
	JSON       []byte    `json:"-"`
	CreatedAt  time.Time `json:"created_at"`
}
