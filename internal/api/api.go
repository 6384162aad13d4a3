// Package api serves yalu's HTTP JSON API: documents, their extractions,
// full-text search, stories and feeds, described by an OpenAPI 3 document
// at /openapi.json.
package api

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/httprate"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

// openAPI describes every route of New; a test keeps the two in step.
//
//go:embed openapi.json
var openAPI []byte

// Rate limiting defaults: generous for a person or a script paging
// through results, low enough to stop one client from starving the rest.
const (
	DefaultRateLimit  = 120
	DefaultRateWindow = time.Minute
)

// maxQueryBytes bounds a search query; the store uses only its first terms.
const maxQueryBytes = 1024

// Options tune the API. The zero value is the default.
type Options struct {
	// RateLimit is how many requests one client IP may make per
	// RateWindow: 0 means DefaultRateLimit, a negative value turns
	// limiting off.
	RateLimit  int
	RateWindow time.Duration // 0 means DefaultRateWindow
}

// Handler serves the API under whatever prefix it is mounted at.
type Handler struct {
	store store.Store
	log   *slog.Logger
}

// New returns the API's router.
func New(st store.Store, log *slog.Logger, opts Options) http.Handler {
	return newRouter(st, log, opts)
}

func newRouter(st store.Store, log *slog.Logger, opts Options) chi.Router {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &Handler{store: st, log: log}
	r := chi.NewRouter()
	if opts.RateLimit >= 0 {
		limit, window := opts.RateLimit, opts.RateWindow
		if limit == 0 {
			limit = DefaultRateLimit
		}
		if window <= 0 {
			window = DefaultRateWindow
		}
		r.Use(httprate.LimitBy(limit, window, peerIP,
			httprate.WithLimitHandler(func(w http.ResponseWriter, r *http.Request) {
				writeError(w, http.StatusTooManyRequests, fmt.Sprintf(
					"too many requests: at most %d every %s from one address; wait and try again", limit, window))
			}),
		))
	}
	r.Get("/openapi.json", serveOpenAPI)
	r.Get("/documents", h.listDocuments)
	r.Get("/documents/{id}", h.getDocument)
	r.Get("/documents/{id}/extraction", h.getExtraction)
	r.Get("/search", h.search)
	r.Get("/stories", h.listStories)
	r.Get("/stories/{id}", h.getStory)
	r.Get("/feeds", h.listFeeds)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such API endpoint: "+r.URL.Path+"; see openapi.json for the endpoints")
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed here; the API is read-only (GET)")
	})
	return r
}

// peerIP keys the rate limit by the connection's peer address, which a
// client cannot forge. Behind a reverse proxy every client shares the
// proxy's bucket; a trusted-proxy setting belongs with the roadmap's
// deployment work.
func peerIP(r *http.Request) (string, error) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return httprate.CanonicalizeIP(host), nil
}

// Error is the body of every error response.
type Error struct {
	Error string `json:"error"`
}

func serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openAPI)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, Error{Error: msg})
}

func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not found")
		return
	}
	h.log.ErrorContext(r.Context(), "api request failed", slog.String("path", r.URL.Path), slog.Any("error", err))
	writeError(w, http.StatusInternalServerError, "internal error; see the server log")
}

// intParam reads an optional integer query parameter of at least min;
// values above max (when max > 0) are lowered to max.
func intParam(r *http.Request, name string, def, min, max int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < min {
		return 0, fmt.Errorf("%s must be an integer of at least %d", name, min)
	}
	if max > 0 && n > max {
		n = max
	}
	return n, nil
}

// page reads limit and offset.
func page(r *http.Request, def, max int) (limit, offset int, err error) {
	if limit, err = intParam(r, "limit", def, 1, max); err != nil {
		return 0, 0, err
	}
	if offset, err = intParam(r, "offset", 0, 0, 0); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// nextLink is the URL of the page after this one, or "" when this page
// was not full (so there is no more).
func nextLink(r *http.Request, n, limit, offset int) string {
	if n < limit {
		return ""
	}
	q := r.URL.Query()
	q.Set("limit", strconv.Itoa(limit))
	q.Set("offset", strconv.Itoa(offset+limit))
	return r.URL.Path + "?" + q.Encode()
}

func idParam(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errors.New("id must be a positive integer")
	}
	return id, nil
}

// DocumentList is a page of documents, without their texts.
type DocumentList struct {
	Documents []model.Document `json:"documents"`
	Limit     int              `json:"limit"`
	Offset    int              `json:"offset"`
	Next      string           `json:"next,omitempty"` // the next page, when this one was full
}

func (h *Handler) listDocuments(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r, 50, 500)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	q := r.URL.Query()
	docs, err := h.store.ListDocuments(r.Context(), store.ListOptions{Limit: limit, Offset: offset, Language: q.Get("lang"), Outlet: q.Get("outlet")})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for i := range docs {
		docs[i].Text = "" // listings leave the text out; GET /documents/{id} has it
	}
	if docs == nil {
		docs = []model.Document{}
	}
	writeJSON(w, http.StatusOK, DocumentList{Documents: docs, Limit: limit, Offset: offset, Next: nextLink(r, len(docs), limit, offset)})
}

// DocumentView is a document with its story and extraction.
type DocumentView struct {
	*model.Document
	Story      *model.Story    `json:"story,omitempty"`
	Extraction json.RawMessage `json:"extraction,omitempty"`
}

func (h *Handler) getDocument(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx := r.Context()
	d, err := h.store.GetDocument(ctx, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	v := DocumentView{Document: d}
	if d.StoryID != 0 {
		s, err := h.store.GetStory(ctx, d.StoryID)
		switch {
		case err == nil:
			v.Story = s
		case !errors.Is(err, store.ErrNotFound):
			h.log.WarnContext(ctx, "reading a document's story", slog.Int64("document_id", id), slog.Any("error", err))
		}
	}
	e, err := h.store.GetExtraction(ctx, id)
	switch {
	case err == nil:
		v.Extraction = e.JSON
	case !errors.Is(err, store.ErrNotFound):
		h.log.WarnContext(ctx, "reading a document's extraction", slog.Int64("document_id", id), slog.Any("error", err))
	}
	writeJSON(w, http.StatusOK, v)
}

func (h *Handler) getExtraction(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	e, err := h.store.GetExtraction(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(e.JSON)
	_, _ = w.Write([]byte("\n"))
}

// SearchResult is the answer to a search.
type SearchResult struct {
	Query string            `json:"query"`
	Hits  []store.SearchHit `json:"hits"`
}

func (h *Handler) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeError(w, http.StatusBadRequest, "give a query with ?q=, e.g. ?q=coal")
		return
	}
	if len(q) > maxQueryBytes {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("the query is too long: at most %d bytes", maxQueryBytes))
		return
	}
	limit, err := intParam(r, "limit", 20, 1, 200)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	hits, err := h.store.Search(r.Context(), q, limit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for i := range hits {
		hits[i].Document.Text = ""
	}
	if hits == nil {
		hits = []store.SearchHit{}
	}
	writeJSON(w, http.StatusOK, SearchResult{Query: q, Hits: hits})
}

// StoryList is a page of stories.
type StoryList struct {
	Stories []model.Story `json:"stories"`
	Limit   int           `json:"limit"`
	Offset  int           `json:"offset"`
	Next    string        `json:"next,omitempty"`
}

func (h *Handler) listStories(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r, 50, 500)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	stories, err := h.store.ListStories(r.Context(), limit, offset)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if stories == nil {
		stories = []model.Story{}
	}
	writeJSON(w, http.StatusOK, StoryList{Stories: stories, Limit: limit, Offset: offset, Next: nextLink(r, len(stories), limit, offset)})
}

func (h *Handler) getStory(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	s, err := h.store.GetStory(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s)
}

// FeedList is every subscribed feed.
type FeedList struct {
	Feeds []model.Feed `json:"feeds"`
}

func (h *Handler) listFeeds(w http.ResponseWriter, r *http.Request) {
	feeds, err := h.store.ListFeeds(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if feeds == nil {
		feeds = []model.Feed{}
	}
	writeJSON(w, http.StatusOK, FeedList{Feeds: feeds})
}
