package api

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/yalu-osint/yalu/internal/api/apitest"
	"github.com/yalu-osint/yalu/internal/model"
)

// server serves the API over the test reports under /api/v1, as the web
// server mounts it, with rate limiting off.
func server(t *testing.T) (*httptest.Server, *apitest.Fixture) {
	t.Helper()
	f := apitest.New(t)
	r := chi.NewRouter()
	r.Mount("/api/v1", New(f.Store, slog.New(slog.DiscardHandler), Options{RateLimit: -1}))
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	return srv, f
}

// get fetches path and decodes a JSON body into v (when v is not nil).
func get(t *testing.T, srv *httptest.Server, path string, v any) *http.Response {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: Content-Type %q, want JSON", path, ct)
	}
	if !json.Valid(body) {
		t.Fatalf("GET %s: body is not JSON: %q", path, body)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: decoding %s: %v", path, body, err)
		}
	}
	return resp
}

func TestStatusAndErrors(t *testing.T) {
	srv, f := server(t)
	doc := strconv.FormatInt(f.IDs["en-rice.html"], 10)
	tests := []struct {
		path    string
		status  int
		errPart string // a part of the error message, for error statuses
	}{
		{"/api/v1/documents", 200, ""},
		{"/api/v1/documents?limit=2&offset=1", 200, ""},
		{"/api/v1/documents?lang=ko", 200, ""},
		{"/api/v1/documents?limit=0", 400, "limit"},
		{"/api/v1/documents?limit=-3", 400, "limit"},
		{"/api/v1/documents?limit=ten", 400, "limit"},
		{"/api/v1/documents?offset=-1", 400, "offset"},
		{"/api/v1/documents?offset=99999999999999999999999", 400, "offset"},
		{"/api/v1/documents/" + doc, 200, ""},
		{"/api/v1/documents/" + doc + "/extraction", 200, ""},
		{"/api/v1/documents/0", 400, "positive integer"},
		{"/api/v1/documents/-1", 400, "positive integer"},
		{"/api/v1/documents/abc", 400, "positive integer"},
		{"/api/v1/documents/1.5", 400, "positive integer"},
		{"/api/v1/documents/99999999999999999999", 400, "positive integer"},
		{"/api/v1/documents/9999", 404, "not found"},
		{"/api/v1/documents/9999/extraction", 404, "not found"},
		{"/api/v1/documents/abc/extraction", 400, "positive integer"},
		{"/api/v1/search?q=rice", 200, ""},
		{"/api/v1/search", 400, "?q="},
		{"/api/v1/search?q=%20%20", 400, "?q="},
		{"/api/v1/search?q=rice&limit=x", 400, "limit"},
		{"/api/v1/search?q=" + strings.Repeat("a", maxQueryBytes+1), 400, "too long"},
		{"/api/v1/stories", 200, ""},
		{"/api/v1/stories?offset=x", 400, "offset"},
		{"/api/v1/stories/1", 200, ""},
		{"/api/v1/stories/0", 400, "positive integer"},
		{"/api/v1/stories/9999", 404, "not found"},
		{"/api/v1/feeds", 200, ""},
		{"/api/v1/openapi.json", 200, ""},
		{"/api/v1/nothing", 404, "no such API endpoint"},
		{"/api/v1/documents/1/nothing", 404, "no such API endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var e Error
			resp := get(t, srv, tt.path, &e)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d (error %q)", resp.StatusCode, tt.status, e.Error)
			}
			if tt.status >= 400 && !strings.Contains(e.Error, tt.errPart) {
				t.Errorf("error %q does not contain %q", e.Error, tt.errPart)
			}
			if tt.status < 400 && e.Error != "" {
				t.Errorf("successful response has an error field: %q", e.Error)
			}
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	srv, _ := server(t)
	resp, err := srv.Client().Post(srv.URL+"/api/v1/documents", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e Error
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		t.Fatalf("error body is not JSON: %v", err)
	}
	if resp.StatusCode != http.StatusMethodNotAllowed || !strings.Contains(e.Error, "read-only") {
		t.Errorf("POST: status %d, error %q; want 405 and a JSON error", resp.StatusCode, e.Error)
	}
}

func TestListDocumentsPagination(t *testing.T) {
	srv, f := server(t)
	var all DocumentList
	get(t, srv, "/api/v1/documents", &all)
	if len(all.Documents) != len(apitest.Files) || all.Limit != 50 || all.Offset != 0 || all.Next != "" {
		t.Fatalf("got %d documents, limit %d, offset %d, next %q; want %d, 50, 0, none",
			len(all.Documents), all.Limit, all.Offset, all.Next, len(apitest.Files))
	}
	for _, d := range all.Documents {
		if d.Text != "" {
			t.Errorf("document %d: listing includes the text", d.ID)
		}
		if d.ID == 0 || d.Title == "" || d.OriginalSHA256 == "" {
			t.Errorf("document incomplete in listing: %+v", d)
		}
	}
	// Walk the pages two at a time by following next.
	var seen []int64
	next := "/api/v1/documents?limit=2"
	for pages := 0; next != ""; pages++ {
		if pages > len(apitest.Files) {
			t.Fatal("next links do not end")
		}
		var p DocumentList
		get(t, srv, next, &p)
		if p.Limit != 2 {
			t.Errorf("page %s: limit %d, want 2", next, p.Limit)
		}
		for _, d := range p.Documents {
			seen = append(seen, d.ID)
		}
		next = p.Next
		if next != "" && !strings.HasPrefix(next, "/api/v1/documents?") {
			t.Fatalf("next link %q is not a path under the API", next)
		}
	}
	if len(seen) != len(all.Documents) {
		t.Fatalf("paging saw %v, want the %d documents of the full listing", seen, len(all.Documents))
	}
	for i, d := range all.Documents {
		if seen[i] != d.ID {
			t.Errorf("paging order %v differs from the full listing at %d", seen, i)
			break
		}
	}
	// Above the maximum the limit is lowered, not refused.
	var big DocumentList
	get(t, srv, "/api/v1/documents?limit=100000", &big)
	if big.Limit != 500 {
		t.Errorf("limit=100000 answered limit %d, want 500", big.Limit)
	}
	// Filters.
	var ko DocumentList
	get(t, srv, "/api/v1/documents?lang=ko", &ko)
	if len(ko.Documents) != 1 || ko.Documents[0].ID != f.IDs["ko-rice.html"] {
		t.Errorf("lang=ko gave %+v, want only ko-rice.html", ko.Documents)
	}
	var outlet DocumentList
	get(t, srv, "/api/v1/documents?outlet="+url.QueryEscape("국경통신"), &outlet)
	if len(outlet.Documents) != 1 || outlet.Documents[0].Outlet != "국경통신" {
		t.Errorf("outlet filter gave %+v", outlet.Documents)
	}
	var past DocumentList
	get(t, srv, "/api/v1/documents?offset=1000", &past)
	if past.Documents == nil || len(past.Documents) != 0 {
		t.Errorf("past the end: %+v, want an empty list (not null)", past.Documents)
	}
}

func TestGetDocument(t *testing.T) {
	srv, f := server(t)
	id := f.IDs["en-rice.html"]
	var raw map[string]json.RawMessage
	get(t, srv, "/api/v1/documents/"+strconv.FormatInt(id, 10), &raw)
	for _, key := range []string{"id", "title", "text", "language", "outlet", "story", "extraction", "original_sha256"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("document JSON has no %q", key)
		}
	}
	var v struct {
		model.Document
		Story      *model.Story            `json:"story"`
		Extraction *model.ExtractionResult `json:"extraction"`
	}
	get(t, srv, "/api/v1/documents/"+strconv.FormatInt(id, 10), &v)
	if v.ID != id || v.Language != "en" || !strings.Contains(v.Text, "Hyesan") {
		t.Errorf("document %d: id %d, language %q, text %.40q", id, v.ID, v.Language, v.Text)
	}
	if v.Story == nil || len(v.Story.Members) != 2 {
		t.Fatalf("story of the original and its reprint: %+v, want 2 members", v.Story)
	}
	if v.Extraction == nil || !hasPlace(v.Extraction, "Hyesan") {
		t.Fatalf("extraction without Hyesan: %+v", v.Extraction)
	}
	// Every mention's text is at its offsets.
	for _, p := range v.Extraction.Places {
		for _, m := range p.Mentions {
			if got := v.Text[m.Start:m.End]; got != m.Text {
				t.Errorf("place mention %q at %d:%d reads %q", m.Text, m.Start, m.End, got)
			}
		}
	}
}

func TestGetExtraction(t *testing.T) {
	srv, f := server(t)
	for _, name := range apitest.Files {
		t.Run(name, func(t *testing.T) {
			id := f.IDs[name]
			var ex model.ExtractionResult
			get(t, srv, "/api/v1/documents/"+strconv.FormatInt(id, 10)+"/extraction", &ex)
			if ex.DocumentID != id || ex.Version == "" {
				t.Errorf("extraction of %d: document_id %d, version %q", id, ex.DocumentID, ex.Version)
			}
			if ex.Places == nil || ex.Events == nil || ex.Legs == nil {
				t.Errorf("lists must be [] rather than null: %+v", ex)
			}
		})
	}
}

func hasPlace(ex *model.ExtractionResult, name string) bool {
	for _, p := range ex.Places {
		if p.Name == name {
			return true
		}
	}
	return false
}

func TestSearch(t *testing.T) {
	srv, f := server(t)
	tests := []struct {
		name, q string
		want    []string // files that must be found
		not     []string // files that must not
	}{
		{"english word", "Hyesan", []string{"en-rice.html", "en-rice-copy.html"}, []string{"ko-rice.html", "en-coal.txt"}},
		{"english words all must match", "coal Ningbo", []string{"en-coal.txt"}, []string{"hostile.html", "en-rice.html"}},
		{"case and title", "NAMPO", []string{"hostile.html", "en-coal.txt"}, nil},
		{"korean one character", "쌀", []string{"ko-rice.html"}, []string{"en-rice.html"}},
		{"korean two characters", "석탄", []string{"ko-rice.html"}, []string{"en-coal.txt"}},
		{"korean three or more characters", "장마당", []string{"ko-rice.html"}, nil},
		{"korean place", "혜산", []string{"ko-rice.html"}, []string{"en-rice.html"}},
		{"nothing matches", "zeppelin", nil, apitest.Files[:]},
		{"operators are literal", `rice" OR "coal`, nil, nil},
		{"markup in the query", "<script>", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var res SearchResult
			resp := get(t, srv, "/api/v1/search?q="+url.QueryEscape(tt.q), &res)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if res.Hits == nil {
				t.Fatal("hits is null, want a list")
			}
			if res.Query != strings.TrimSpace(tt.q) {
				t.Errorf("query echoed as %q", res.Query)
			}
			found := map[int64]bool{}
			for _, h := range res.Hits {
				found[h.Document.ID] = true
				if h.Document.Text != "" {
					t.Errorf("hit %d includes the text", h.Document.ID)
				}
			}
			for _, w := range tt.want {
				if !found[f.IDs[w]] {
					t.Errorf("%q did not find %s (hits %v)", tt.q, w, found)
				}
			}
			for _, n := range tt.not {
				if found[f.IDs[n]] {
					t.Errorf("%q found %s", tt.q, n)
				}
			}
		})
	}
	t.Run("snippet marks the match", func(t *testing.T) {
		var res SearchResult
		get(t, srv, "/api/v1/search?q="+url.QueryEscape("쌀"), &res)
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Snippet, "[쌀]") {
			t.Errorf("snippet of 쌀: %+v", res.Hits)
		}
	})
	t.Run("limit", func(t *testing.T) {
		var res SearchResult
		get(t, srv, "/api/v1/search?q=Nampo&limit=1", &res)
		if len(res.Hits) != 1 {
			t.Errorf("limit=1 gave %d hits", len(res.Hits))
		}
	})
}

func TestStories(t *testing.T) {
	srv, f := server(t)
	var list StoryList
	get(t, srv, "/api/v1/stories", &list)
	// The original and its reprint are one story; the others one each.
	if want := len(apitest.Files) - 1; len(list.Stories) != want {
		t.Fatalf("%d stories, want %d", len(list.Stories), want)
	}
	var rice *model.Story
	for i, s := range list.Stories {
		if s.Members == nil || s.Outlets == nil {
			t.Errorf("story %d: members or outlets null", s.ID)
		}
		for _, m := range s.Members {
			if m.DocumentID == f.IDs["en-rice.html"] {
				rice = &list.Stories[i]
			}
		}
	}
	if rice == nil || len(rice.Members) != 2 {
		t.Fatalf("no two-member story holds en-rice.html: %+v", list.Stories)
	}
	var one model.Story
	get(t, srv, "/api/v1/stories/"+strconv.FormatInt(rice.ID, 10), &one)
	if one.ID != rice.ID || len(one.Members) != 2 || one.CanonicalDocumentID == 0 {
		t.Errorf("story %d: %+v", rice.ID, one)
	}
	var page StoryList
	get(t, srv, "/api/v1/stories?limit=1&offset=1", &page)
	if len(page.Stories) != 1 || page.Stories[0].ID != list.Stories[1].ID || page.Next == "" {
		t.Errorf("limit=1&offset=1: %+v, want the second story and a next link", page)
	}
}

func TestFeeds(t *testing.T) {
	srv, f := server(t)
	var empty FeedList
	get(t, srv, "/api/v1/feeds", &empty)
	if empty.Feeds == nil || len(empty.Feeds) != 0 {
		t.Fatalf("no feeds: %+v, want []", empty.Feeds)
	}
	if _, err := f.Store.AddFeed(t.Context(), &model.Feed{URL: "https://ledger.example/feed.xml", Title: "Ledger", PollInterval: time.Hour, NextPollAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	var one FeedList
	get(t, srv, "/api/v1/feeds", &one)
	if len(one.Feeds) != 1 || one.Feeds[0].URL != "https://ledger.example/feed.xml" || one.Feeds[0].ID == 0 {
		t.Errorf("feeds: %+v", one.Feeds)
	}
}

func TestRateLimit(t *testing.T) {
	f := apitest.New(t)
	h := New(f.Store, nil, Options{RateLimit: 3, RateWindow: time.Hour})
	do := func(remote string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, "/feeds", nil)
		req.RemoteAddr = remote
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for i := range 3 {
		if rec := do("192.0.2.1:1000"); rec.Code != http.StatusOK {
			t.Fatalf("request %d: status %d, want 200", i+1, rec.Code)
		}
	}
	rec := do("192.0.2.1:1001")
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("request 4: status %d, want 429", rec.Code)
	}
	var e Error
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || !strings.Contains(e.Error, "too many requests") {
		t.Errorf("429 body %q is not a JSON error", rec.Body)
	}
	if rec.Header().Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	if rec := do("198.51.100.7:1000"); rec.Code != http.StatusOK {
		t.Errorf("another address: status %d, want 200", rec.Code)
	}
}

func TestDefaultRateLimitIsGenerous(t *testing.T) {
	f := apitest.New(t)
	h := New(f.Store, nil, Options{})
	for i := range DefaultRateLimit {
		req := httptest.NewRequest(http.MethodGet, "/stories", nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("request %d of %d: status %d", i+1, DefaultRateLimit, rec.Code)
		}
	}
}

// TestOpenAPI checks that the embedded document is valid JSON, names
// every route of the router with its methods, and names no route the
// router lacks.
func TestOpenAPI(t *testing.T) {
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q, want 3.x", doc.OpenAPI)
	}
	routes := map[string]bool{}
	err := chi.Walk(newRouter(nil, nil, Options{}), func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		key := strings.ToLower(method) + " " + route
		routes[key] = true
		op, ok := doc.Paths[route][strings.ToLower(method)]
		if !ok {
			t.Errorf("route %s %s is not in openapi.json", method, route)
			return nil
		}
		if _, ok := op["responses"].(map[string]any)["200"]; !ok {
			t.Errorf("%s %s: openapi.json documents no 200 response", method, route)
		}
		if strings.Contains(route, "{id}") {
			if _, ok := op["responses"].(map[string]any)["404"]; !ok {
				t.Errorf("%s %s: openapi.json documents no 404 response", method, route)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(routes) < 8 {
		t.Fatalf("walked only %d routes", len(routes))
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !routes[method+" "+path] {
				t.Errorf("openapi.json documents %s %s, which the router does not serve", method, path)
			}
		}
	}
}
