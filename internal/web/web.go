// Package web serves yalu's web interface — document list, search, stories
// and a reader that highlights every extracted value in the text it came
// from — and mounts the JSON API under /api/v1. Everything it needs is
// embedded, so it works air-gapped.
package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/yalu-osint/yalu/internal/api"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Page sizes and bounds of the HTML pages.
const (
	docsPerPage    = 50
	storiesPerPage = 50
	searchHits     = 50
	maxPage        = 100_000 // deeper pages are not useful and risk overflowing offsets
	maxQueryBytes  = 1024
)

// Options tune the server. The zero value is the default.
type Options struct {
	// API configures the JSON API, including its per-IP rate limit.
	API api.Options
}

// Server is the HTTP handler for the whole web interface and API.
type Server struct {
	store store.Store
	log   *slog.Logger
	tmpl  *template.Template
}

// New builds the router with the default Options.
func New(st store.Store, log *slog.Logger) (http.Handler, error) {
	return NewWithOptions(st, log, Options{})
}

// NewWithOptions builds the router.
func NewWithOptions(st store.Store, log *slog.Logger, opts Options) (http.Handler, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	tmpl, err := template.New("").Funcs(funcs()).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("parsing templates: %w", err)
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("opening static files: %w", err)
	}
	s := &Server{store: st, log: log, tmpl: tmpl}
	r := chi.NewRouter()
	r.Use(middleware.Recoverer)
	r.Use(securityHeaders)
	r.Get("/", s.index)
	r.Get("/search", s.search)
	r.Get("/documents/{id}", s.document)
	r.Get("/stories", s.stories)
	r.Get("/stories/{id}", s.story)
	r.Handle("/static/*", http.StripPrefix("/static/", http.FileServerFS(static)))
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	r.Mount("/api/v1", api.New(st, log, opts.API))
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	return r, nil
}

// securityHeaders forbids everything the pages do not use: they have no
// scripts, load styles and images only from this server and are not to be
// framed, so hostile text that slipped through escaping could do little.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

// render executes a template into a buffer first, so that a failure half
// way gives a clean error page rather than half a page with status 200.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		s.log.ErrorContext(r.Context(), "rendering page", slog.String("template", name), slog.Any("error", err))
		http.Error(w, "internal error; see the server log", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

type errorData struct {
	Status  int
	Title   string
	Message string
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error.html", errorData{Status: status, Title: http.StatusText(status), Message: msg})
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.errorPage(w, r, http.StatusNotFound, "Nothing is stored under this id.")
		return
	}
	s.log.ErrorContext(r.Context(), "page failed", slog.String("path", r.URL.Path), slog.Any("error", err))
	s.errorPage(w, r, http.StatusInternalServerError, "Something went wrong reading the database; the server log says what.")
}

// pageParam reads ?page=, 1-based; anything unusable is page 1.
func pageParam(r *http.Request) int {
	p, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || p < 1 {
		return 1
	}
	return min(p, maxPage)
}

// pageLink is the current URL with ?page=p, keeping the other parameters.
func pageLink(r *http.Request, p int) string {
	q := r.URL.Query()
	if p <= 1 {
		q.Del("page")
	} else {
		q.Set("page", strconv.Itoa(p))
	}
	u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
	return u.String()
}

// Pager is the navigation between pages of a listing.
type Pager struct {
	Page, Pages int    // Pages is 0 when the total is unknown
	Prev, Next  string // links, "" when there is none
}

func newPager(r *http.Request, page, per, got, total int) Pager {
	p := Pager{Page: page}
	if total >= 0 {
		p.Pages = max(1, (total+per-1)/per)
	}
	if page > 1 {
		p.Prev = pageLink(r, page-1)
	}
	if got == per && (total < 0 || page*per < total) && page < maxPage {
		p.Next = pageLink(r, page+1)
	}
	return p
}

type indexData struct {
	Docs  []model.Document
	Total int
	Lang  string
	Pager Pager
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	page := pageParam(r)
	lang := r.URL.Query().Get("lang")
	ctx := r.Context()
	docs, err := s.store.ListDocuments(ctx, store.ListOptions{Limit: docsPerPage, Offset: (page - 1) * docsPerPage, Language: lang})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	total, err := s.store.CountDocuments(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	known := total
	if lang != "" {
		known = -1 // the count is of every language
	}
	s.render(w, r, http.StatusOK, "index.html", indexData{Docs: docs, Total: total, Lang: lang, Pager: newPager(r, page, docsPerPage, len(docs), known)})
}

type searchData struct {
	Query string
	Hits  []store.SearchHit
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > maxQueryBytes {
		s.errorPage(w, r, http.StatusBadRequest, fmt.Sprintf("The query is too long: use at most %d bytes.", maxQueryBytes))
		return
	}
	var hits []store.SearchHit
	if q != "" {
		var err error
		if hits, err = s.store.Search(r.Context(), q, searchHits); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusOK, "search.html", searchData{Query: q, Hits: hits})
}

type storiesData struct {
	Stories []model.Story
	Pager   Pager
}

func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	page := pageParam(r)
	stories, err := s.store.ListStories(r.Context(), storiesPerPage, (page-1)*storiesPerPage)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "stories.html", storiesData{Stories: stories, Pager: newPager(r, page, storiesPerPage, len(stories), -1)})
}

// idParam reads the {id} of the route; ok is false (and a 400 page
// written) when it is not a positive integer.
func (s *Server) idParam(w http.ResponseWriter, r *http.Request, what string) (int64, bool) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		s.errorPage(w, r, http.StatusBadRequest, "A "+what+" id is a positive whole number, like /"+what+"s/12.")
		return 0, false
	}
	return id, true
}

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	id, ok := s.idParam(w, r, "story")
	if !ok {
		return
	}
	st, err := s.store.GetStory(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "story.html", st)
}

type documentData struct {
	Doc   *model.Document
	Story *model.Story
	Ex    *model.ExtractionResult
	Body  template.HTML
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	id, ok := s.idParam(w, r, "document")
	if !ok {
		return
	}
	ctx := r.Context()
	d, err := s.store.GetDocument(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var story *model.Story
	if d.StoryID != 0 {
		if story, err = s.store.GetStory(ctx, d.StoryID); err != nil && !errors.Is(err, store.ErrNotFound) {
			s.log.WarnContext(ctx, "reading a document's story", slog.Int64("document_id", id), slog.Any("error", err))
		}
	}
	var ex *model.ExtractionResult
	e, err := s.store.GetExtraction(ctx, id)
	switch {
	case err == nil:
		ex = new(model.ExtractionResult)
		if err := json.Unmarshal(e.JSON, ex); err != nil {
			s.log.WarnContext(ctx, "stored extraction unreadable", slog.Int64("document_id", id), slog.Any("error", err))
			ex = nil
		}
	case !errors.Is(err, store.ErrNotFound):
		s.log.WarnContext(ctx, "reading a document's extraction", slog.Int64("document_id", id), slog.Any("error", err))
	}
	s.render(w, r, http.StatusOK, "document.html", documentData{Doc: d, Story: story, Ex: ex, Body: Highlight(d.Text, ex)})
}
