// Package web serves yalu's web interface — document list, search, stories
// and a reader that highlights every extracted value in the text it came
// from — and mounts the JSON API under /api/v1. Everything it needs is
// embedded, so it works air-gapped.
package web

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/yalu-osint/yalu/internal/api"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

// Server is the HTTP handler for the whole web interface and API.
type Server struct {
	store store.Store
	log   *slog.Logger
	tmpl  *template.Template
}

// New builds the router.
func New(st store.Store, log *slog.Logger) (http.Handler, error) {
	funcs := template.FuncMap{
		"date": func(t *time.Time) string {
			if t == nil {
				return ""
			}
			return t.UTC().Format("2006-01-02")
		},
		"join": strings.Join,
	}
	tmpl, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("parsing templates: %w", err)
	}
	s := &Server{store: st, log: log, tmpl: tmpl}
	r := chi.NewRouter()
	r.Use(middleware.Recoverer)
	r.Use(securityHeaders)
	r.Get("/", s.index)
	r.Get("/search", s.search)
	r.Get("/documents/{id}", s.document)
	r.Get("/stories", s.stories)
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	r.Mount("/api/v1", api.New(st, log))
	return r, nil
}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.tmpl.ExecuteTemplate(w, name, data); err != nil {
		s.log.Error("rendering page", "template", name, "error", err)
	}
}

func (s *Server) fail(w http.ResponseWriter, err error) {
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	s.log.Error("page failed", "error", err)
	http.Error(w, "internal error; see the server log", http.StatusInternalServerError)
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if page < 1 {
		page = 1
	}
	const per = 50
	docs, err := s.store.ListDocuments(r.Context(), store.ListOptions{Limit: per, Offset: (page - 1) * per, Language: r.URL.Query().Get("lang")})
	if err != nil {
		s.fail(w, err)
		return
	}
	total, _ := s.store.CountDocuments(r.Context())
	next := 0
	if len(docs) == per {
		next = page + 1
	}
	s.render(w, "index.html", map[string]any{"Docs": docs, "Total": total, "Next": next})
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	var hits []store.SearchHit
	if q != "" {
		var err error
		if hits, err = s.store.Search(r.Context(), q, 50); err != nil {
			s.fail(w, err)
			return
		}
	}
	s.render(w, "search.html", map[string]any{"Query": q, "Hits": hits})
}

func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	stories, err := s.store.ListStories(r.Context(), 100, 0)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.render(w, "stories.html", map[string]any{"Stories": stories})
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "bad document id", http.StatusBadRequest)
		return
	}
	d, err := s.store.GetDocument(r.Context(), id)
	if err != nil {
		s.fail(w, err)
		return
	}
	var story *model.Story
	if d.StoryID != 0 {
		story, _ = s.store.GetStory(r.Context(), d.StoryID)
	}
	var ex *model.ExtractionResult
	if e, err := s.store.GetExtraction(r.Context(), id); err == nil {
		ex = new(model.ExtractionResult)
		if err := json.Unmarshal(e.JSON, ex); err != nil {
			s.log.Warn("stored extraction unreadable", "document_id", id, "error", err)
			ex = nil
		}
	}
	s.render(w, "document.html", map[string]any{"Doc": d, "Story": story, "Ex": ex, "Body": Highlight(d.Text, ex)})
}

// span is one highlighted stretch of text.
type span struct {
	start, end int
	class      string
	title      string
}

// Highlight renders text as HTML paragraphs with every extracted mention
// wrapped in <mark>, its class naming the field and its title the value.
func Highlight(text string, ex *model.ExtractionResult) template.HTML {
	var spans []span
	add := func(ms []model.Mention, class, title string) {
		for _, m := range ms {
			if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
				spans = append(spans, span{m.Start, m.End, class, title})
			}
		}
	}
	if ex != nil {
		for _, p := range ex.Places {
			add(p.Mentions, "place", fmt.Sprintf("%s (%s, %s) %s", p.Name, p.Kind, p.Country, p.ID))
		}
		for _, o := range ex.Organizations {
			add(o.Mentions, "org", fmt.Sprintf("%s (%s)", o.Name, o.Country))
		}
		for _, c := range ex.Commodities {
			add(c.Mentions, "good", fmt.Sprintf("%s, HS %s", c.Name, c.HS))
		}
		for _, p := range ex.Prices {
			add(p.Mentions, "price", fmt.Sprintf("%g %s %s", p.Amount, p.Currency, p.Unit))
		}
		for _, q := range ex.Quantities {
			add(q.Mentions, "qty", fmt.Sprintf("%g %s", q.Min, q.Unit))
		}
		for _, d := range ex.Dates {
			add(d.Mentions, "date", d.Start+" – "+d.End)
		}
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var b strings.Builder
	b.WriteString("<p>")
	pos := 0
	writeText := func(s string) {
		paras := strings.Split(s, "\n\n")
		for i, p := range paras {
			if i > 0 {
				b.WriteString("</p>\n<p>")
			}
			b.WriteString(template.HTMLEscapeString(p))
		}
	}
	for _, sp := range spans {
		if sp.start < pos {
			continue // overlapping: the earlier, longer span wins
		}
		writeText(text[pos:sp.start])
		fmt.Fprintf(&b, `<mark class="%s" title="%s">`, sp.class, template.HTMLEscapeString(sp.title))
		writeText(text[sp.start:sp.end])
		b.WriteString("</mark>")
		pos = sp.end
	}
	writeText(text[pos:])
	b.WriteString("</p>")
	return template.HTML(b.String())
}
