// Package clean is the pipeline stage that turns an original as received
// (HTML page, plain-text file) into clean UTF-8 article text plus metadata:
// title, byline, outlet, canonical URL, language, publication date, links
// to other language editions and the wire dateline (kept in the text). Clean
// is a pure function of its Input, so it can run as a job, and its Text is
// what every later evidence offset indexes.
package clean

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

// Version identifies the cleaner's behaviour; it is stored with documents
// so that reprocessing knows which were cleaned by an older version.
const Version = "clean/1"

// Errors callers branch on. Their messages are sentences a user can act on.
var (
	ErrEmpty  = errors.New("the document is empty: check the file or URL and try again with a non-empty page")
	ErrBinary = errors.New("the file is not a text or HTML document (it looks like an image, PDF, archive or other binary file): pass a news page or a plain-text article instead")
	ErrNoText = errors.New("no article text was found in the document: check that the page holds an article rather than an index, login or error page")
)

// Input is one original to clean.
type Input struct {
	Body        []byte      // the original bytes exactly as received
	ContentType string      // HTTP Content-Type or "" (then sniff)
	URL         string      // final URL if fetched, else ""
	Path        string      // local file path if read from disk, else ""
	Header      http.Header // HTTP response headers or nil (Last-Modified may help dating)
	FetchedAt   time.Time
}

// Result is the cleaned document.
//
// Dates written without a zone ("March 28, 2025 at 04:18PM") are taken as
// UTC: the source gives no zone and guessing one from the outlet would be
// wrong as often as right. PublishedSource says which evidence was used:
// "meta:<property>", "json-ld", "time-element", "itemprop", "feed-timestamp"
// (a date line attached to the original outlet's attribution at the end of
// a re-published copy), "dateline", "page-date" (a re-publisher's date at
// the top of the page) or "http-last-modified".
//
// A wire dateline ("SEOUL, March 4 (Yonhap) --", "(서울=연합뉴스) 홍길동 기자 =",
// "【丹东3月4日讯】") is kept as the start of Text, since its city is a place
// the report names; Dateline records its city, country, agency and date. The
// agency becomes Outlet only when the page names no outlet of its own.
type Result struct {
	Kind            string          `json:"kind"`    // "html" or "text"
	Charset         string          `json:"charset"` // detected/declared encoding, e.g. "utf-8", "euc-kr"
	Title           string          `json:"title"`
	Byline          string          `json:"byline,omitempty"`
	Outlet          string          `json:"outlet,omitempty"`
	CanonicalURL    string          `json:"canonical_url,omitempty"`
	Language        string          `json:"language,omitempty"`
	Published       *time.Time      `json:"published,omitempty"`
	PublishedText   string          `json:"published_text,omitempty"`   // the exact words the date was read from
	PublishedSource string          `json:"published_source,omitempty"` // see the type comment
	PageDate        *time.Time      `json:"page_date,omitempty"`        // a chrome/page date seen but not preferred, if any
	AltLinks        []model.AltLink `json:"alt_links,omitempty"`
	Dateline        *model.Dateline `json:"dateline,omitempty"` // the wire dateline that opens Text, kept in it
	Text            string          `json:"text"`               // clean body: paragraphs separated by "\n\n", NFC, valid UTF-8
	Dropped         []string        `json:"dropped,omitempty"`  // chrome lines removed, for debugging/tests
}

// Clean converts an original into clean text and metadata. It returns
// ErrEmpty, ErrBinary or ErrNoText (wrapped) for inputs it cannot use.
func Clean(ctx context.Context, in Input) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cleaning: %w", err)
	}
	if len(bytes.TrimSpace(in.Body)) == 0 {
		return nil, ErrEmpty
	}
	if isBinary(in.Body) {
		return nil, ErrBinary
	}
	cs, _ := DetectCharset(in.Body, in.ContentType)
	text := toUTF8(in.Body, cs)
	ref := in.FetchedAt
	if ref.IsZero() {
		ref = lastModified(in.Header)
	}
	r := &Result{Charset: cs}
	var ev evidence
	var paras []string
	if isHTML(in, text) {
		r.Kind = "html"
		paras = cleanHTML(ctx, text, in.URL, ref, &ev)
	} else {
		r.Kind = "text"
		paras = splitPlain(text)
		ev.plain = true
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cleaning: %w", err)
	}
	body := postClean(paras, &ev, ref)
	if len(body) == 0 {
		return nil, ErrNoText
	}
	r.Text = joinParagraphs(body)
	if strings.TrimSpace(r.Text) == "" {
		return nil, ErrNoText
	}
	ev.finish(r, in)
	r.Language = detectLanguage(r.Text, ev.htmlLang)
	// Links to the page's own language are the page itself.
	alts := r.AltLinks[:0]
	for _, a := range r.AltLinks {
		if primaryTag(a.Lang) != r.Language || r.Language == "" {
			alts = append(alts, a)
		}
	}
	r.AltLinks = alts
	if len(r.AltLinks) == 0 {
		r.AltLinks = nil
	}
	return r, nil
}

// lastModified reads the Last-Modified header, or returns the zero time.
func lastModified(h http.Header) time.Time {
	if h == nil {
		return time.Time{}
	}
	t, err := http.ParseTime(h.Get("Last-Modified"))
	if err != nil {
		return time.Time{}
	}
	return t
}

// isBinary reports NUL bytes or a sniffed non-text type in the first bytes.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false // UTF-16 text has NULs
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ct := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(ct, "text/"), strings.HasPrefix(ct, "application/json"), strings.HasPrefix(ct, "application/xml"):
		return false
	case strings.HasPrefix(ct, "application/octet-stream"):
		// DetectContentType says octet-stream for control bytes but also
		// for legacy encodings it cannot place; count real control bytes.
		ctl := 0
		for _, c := range head {
			if c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) {
				ctl++
			}
		}
		return ctl*100 > len(head)
	}
	return true // images, PDF, archives, audio, video, fonts
}

// isHTML decides the kind from the Content-Type, the file name and a sniff.
func isHTML(in Input, text string) bool {
	if in.ContentType != "" {
		mt, _, err := mime.ParseMediaType(in.ContentType)
		if err == nil {
			switch mt {
			case "text/html", "application/xhtml+xml":
				return true
			case "text/plain", "text/markdown":
				return false
			}
		}
	}
	switch strings.ToLower(filepath.Ext(in.Path)) {
	case ".html", ".htm", ".xhtml":
		return true
	case ".txt", ".text", ".md":
		return false
	}
	head := strings.ToLower(text[:min(len(text), 1024)])
	head = strings.TrimLeft(head, " \t\r\n\ufeff")
	if !strings.HasPrefix(head, "<") {
		return false
	}
	for _, t := range [...]string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title"} {
		if strings.Contains(head, t) {
			return true
		}
	}
	return false
}
