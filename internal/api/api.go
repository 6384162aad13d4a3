// Package api serves yalu's HTTP JSON API: documents, their extractions,
// full-text search, stories and feeds.
package api

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

// Handler serves the API under whatever prefix it is mounted at.
type Handler struct {
	store store.Store
	log   *slog.Logger
}

// New returns the API's router.
func New(st store.Store, log *slog.Logger) http.Handler {
	h := &Handler{store: st, log: log}
	r := chi.NewRouter()
	r.Get("/documents", h.listDocuments)
	r.Get("/documents/{id}", h.getDocument)
	r.Get("/documents/{id}/extraction", h.getExtraction)
	r.Get("/search", h.search)
	r.Get("/stories", h.listStories)
	r.Get("/stories/{id}", h.getStory)
	r.Get("/feeds", h.listFeeds)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such API endpoint: "+r.URL.Path)
	})
	return r
}

// Error is the body of every error response.
type Error struct {
	Error string `json:"error"`
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
	h.log.Error("api request failed", "path", r.URL.Path, "error", err)
	writeError(w, http.StatusInternalServerError, "internal error; see the server log")
}

func intParam(r *http.Request, name string, def, max int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, errors.New(name + " must be a non-negative integer")
	}
	if max > 0 && n > max {
		n = max
	}
	return n, nil
}

func idParam(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errors.New("id must be a positive integer")
	}
	return id, nil
}

func (h *Handler) listDocuments(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 50, 500)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	offset, err := intParam(r, "offset", 0, 0)
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
	writeJSON(w, http.StatusOK, map[string]any{"documents": docs, "limit": limit, "offset": offset})
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
	d, err := h.store.GetDocument(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	v := DocumentView{Document: d}
	if d.StoryID != 0 {
		if s, err := h.store.GetStory(r.Context(), d.StoryID); err == nil {
			v.Story = s
		}
	}
	if e, err := h.store.GetExtraction(r.Context(), id); err == nil {
		v.Extraction = e.JSON
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
}

func (h *Handler) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if q == "" {
		writeError(w, http.StatusBadRequest, "give a query with ?q=")
		return
	}
	limit, err := intParam(r, "limit", 20, 200)
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
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "hits": hits})
}

func (h *Handler) listStories(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 50, 500)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	offset, err := intParam(r, "offset", 0, 0)
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
	writeJSON(w, http.StatusOK, map[string]any{"stories": stories, "limit": limit, "offset": offset})
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

func (h *Handler) listFeeds(w http.ResponseWriter, r *http.Request) {
	feeds, err := h.store.ListFeeds(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if feeds == nil {
		feeds = []model.Feed{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"feeds": feeds})
}
