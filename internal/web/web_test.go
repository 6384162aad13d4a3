package web

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/api"
	"github.com/yalu-osint/yalu/internal/api/apitest"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

func newServer(t *testing.T) (*httptest.Server, *apitest.Fixture) {
	t.Helper()
	f := apitest.New(t)
	h, err := New(f.Store, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, f
}

// fetch GETs path and returns the response and its body.
func fetch(t *testing.T, srv *httptest.Server, path string) (*http.Response, string) {
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
	return resp, string(body)
}

func docPath(f *apitest.Fixture, name string) string {
	return "/documents/" + strconv.FormatInt(f.IDs[name], 10)
}

func TestPages(t *testing.T) {
	srv, f := newServer(t)
	tests := []struct {
		name   string
		path   string
		status int
		want   []string // each must appear in the body
	}{
		{"index", "/", 200, []string{"Documents", "5 stored", "Rice climbs in Hyesan as Chinese traders come back", "혜산 장마당 쌀값 다시 올라", `href="` + docPath(f, "en-coal.txt") + `"`}},
		{"index by language", "/?lang=ko", 200, []string{"혜산 장마당 쌀값 다시 올라", "language ko"}},
		{"index past the end", "/?page=7", 200, []string{"No documents on this page", `rel="prev"`}},
		{"index bad page", "/?page=abc", 200, []string{"Rice climbs"}},
		{"search form", "/search", 200, []string{`name="q"`}},
		{"search english", "/search?q=Ningbo", 200, []string{"1 result(s)", "North Korean coal shipped from Nampo to Ningbo", "<mark>Ningbo</mark>"}},
		{"search korean one character", "/search?q=" + url.QueryEscape("쌀"), 200, []string{"1 result(s)", "<mark>쌀</mark>", docPath(f, "ko-rice.html")}},
		{"search korean two characters", "/search?q=" + url.QueryEscape("석탄"), 200, []string{"1 result(s)", "<mark>석탄</mark>"}},
		{"search nothing", "/search?q=zeppelin", 200, []string{"0 result(s)"}},
		{"search too long", "/search?q=" + strings.Repeat("x", maxQueryBytes+1), 400, []string{"too long"}},
		{"stories", "/stories", 200, []string{"Stories", "2 copies", "Border Ledger", `href="/stories/`}},
		{"document", docPath(f, "en-rice.html"), 200, []string{"<h1>Rice climbs in Hyesan", "Border Ledger", "2025-03-14", "Story ", "Extracted", "Events", "Route legs", "Changbai", "/api/v1/documents/"}},
		{"document korean", docPath(f, "ko-rice.html"), 200, []string{`<article lang="ko">`, "<h1>혜산 장마당 쌀값 다시 올라</h1>", `<mark class="good" title="rice, HS 1006">쌀</mark>`}},
		{"document text", docPath(f, "en-coal.txt"), 200, []string{"Route legs", "Ningbo", "around 90 dollars per tonne"}},
		{"document missing", "/documents/9999", 404, []string{"404 Not Found"}},
		{"document bad id", "/documents/abc", 400, []string{"positive whole number"}},
		{"document zero id", "/documents/0", 400, []string{"positive whole number"}},
		{"story missing", "/stories/9999", 404, []string{"404 Not Found"}},
		{"story bad id", "/stories/-2", 400, []string{"positive whole number"}},
		{"unknown page", "/no/such/page", 404, []string{"There is no page at this address"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := fetch(t, srv, tt.path)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d; body:\n%s", resp.StatusCode, tt.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q; body:\n%s", w, body)
				}
			}
			checkSelfContained(t, body)
		})
	}
}

var (
	externalRef = regexp.MustCompile(`(?i)<(?:link|script|img|iframe|style)[^>]*(?:src|href)="(?:https?:)?//`)
	scriptTag   = regexp.MustCompile(`(?i)<script`)
)

// checkSelfContained fails if a page loads anything from another server
// (it must work air-gapped) or has any script.
func checkSelfContained(t *testing.T, body string) {
	t.Helper()
	if m := externalRef.FindString(body); m != "" {
		t.Errorf("page loads something from elsewhere: %s", m)
	}
	if scriptTag.MatchString(body) {
		t.Errorf("page has a <script>:\n%s", body)
	}
}

func TestStoryPage(t *testing.T) {
	srv, f := newServer(t)
	d, err := f.Store.GetDocument(t.Context(), f.IDs["en-rice.html"])
	if err != nil {
		t.Fatal(err)
	}
	resp, body := fetch(t, srv, "/stories/"+strconv.FormatInt(d.StoryID, 10))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, name := range []string{"en-rice.html", "en-rice-copy.html"} {
		if !strings.Contains(body, `href="`+docPath(f, name)+`"`) {
			t.Errorf("story page does not link member %s:\n%s", name, body)
		}
	}
	for _, w := range []string{"2 copies", "canonical", "https://ledger.example/2025/03/rice-hyesan", "not independent sources"} {
		if !strings.Contains(body, w) {
			t.Errorf("story page lacks %q", w)
		}
	}
	if strings.Contains(body, docPath(f, "ko-rice.html")+`"`) {
		t.Error("story page lists a document of another story")
	}
	// The document page links its story.
	_, page := fetch(t, srv, docPath(f, "en-rice-copy.html"))
	if !strings.Contains(page, fmt.Sprintf(`<a href="/stories/%d">`, d.StoryID)) {
		t.Error("document page does not link its story page")
	}
}

// TestReaderHighlights checks the reader against the real extractor's
// output, for the values it is sure to find; TestHighlight covers the rest.
func TestReaderHighlights(t *testing.T) {
	srv, f := newServer(t)
	tests := []struct {
		doc  string
		want []string
	}{
		{"en-rice.html", []string{
			`<mark class="place" title="Hyesan (city, Ryanggang, KP) geonames:2043837">Hyesan</mark>`,
			`<mark class="place" title="Changbai (county, Jilin, CN) geonames:2038185">Changbai</mark>`,
			`<mark class="good" title="rice, HS 1006">rice</mark>`,
			`<mark class="price" title="about 6,500 `,
		}},
		{"ko-rice.html", []string{
			`<mark class="place" title="Hyesan (city, Ryanggang, KP) geonames:2043837">혜산</mark>`,
			`<mark class="place" title="Changbai (county, Jilin, CN) geonames:2038185">창바이</mark>`,
			`<mark class="good" title="rice, HS 1006">쌀</mark>`,
			`<mark class="good" title="coal, HS 2701, UN-sanctioned (UNSCR `,
		}},
		{"en-coal.txt", []string{
			`<mark class="place" title="Ningbo (city, Zhejiang, CN) geonames:1799397">Ningbo</mark>`,
			`<mark class="price" title="about 90 USD per tonne (coal)">around 90 dollars per tonne</mark>`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			_, body := fetch(t, srv, docPath(f, tt.doc))
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("reader lacks %s", w)
				}
			}
			if n, m := strings.Count(body, "<mark"), strings.Count(body, "</mark>"); n != m {
				t.Errorf("%d <mark> but %d </mark>", n, m)
			}
		})
	}
}

// TestEventsAndLegs replaces a document's extraction with one written for
// the test, so that what the page must show does not depend on the
// extractor's rules.
func TestEventsAndLegs(t *testing.T) {
	srv, f := newServer(t)
	id := f.IDs["en-coal.txt"]
	d, err := f.Store.GetDocument(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	first := strings.Index(d.Text, ".") + 1 // the first sentence
	ex := model.ExtractionResult{
		Version: "test/1", DocumentID: id, Relevant: true, Direction: model.DirectionOutOf,
		Events: []model.Event{
			{Type: model.EventShipment, Commodity: "coal", Quantity: &model.Quantity{Min: 5000, Max: ptr(5000.0), Unit: "tonnes"},
				Buyer: "a <i>trading</i> company", Route: []string{"Nampo", "Ningbo"}, Channel: "ship-to-ship transfer",
				When:        &model.When{Text: "in February", Start: "2025-02-01", End: "2025-02-28"},
				Attribution: "according to shipping monitors", Hedges: []string{"reportedly"}, Confidence: 0.8,
				Evidence: []model.Span{{Start: 0, End: first}}},
			{Type: model.EventSeizure, Commodity: "coal", Negated: true, Confidence: 0.3,
				Evidence: []model.Span{{Start: -5, End: 2}, {Start: 0, End: len(d.Text) + 10}}},
		},
		Legs: []model.Leg{
			{From: "Nampo", To: "Ningbo", Commodity: "coal", Event: 0, Evidence: []model.Span{{Start: 0, End: first}}},
			{From: "Dandong", To: "Sinuiju", Commodity: "rice", Event: -1, General: true},
		},
	}
	data, err := json.Marshal(ex)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Store.SaveExtraction(t.Context(), &model.Extraction{DocumentID: id, Version: ex.Version, JSON: data}); err != nil {
		t.Fatal(err)
	}
	_, body := fetch(t, srv, docPath(f, "en-coal.txt"))
	for _, w := range []string{
		`<h2 id="events">Events</h2>`,
		"goods out of North Korea",
		"<td>0</td><td>shipment<br><span class=\"meta\">ship-to-ship transfer</span></td><td>coal</td>",
		"5,000 tonnes", "buyer: a &lt;i&gt;trading&lt;/i&gt; company",
		"<td>Nampo → Ningbo</td>", "in February <span class=\"meta\">2025-02-01 – 2025-02-28</span>",
		"according to shipping monitors", "hedged: reportedly", "<td>80%</td>",
		"<blockquote>" + d.Text[:first] + "</blockquote>",
		`class="negated"`, "seizure (negated)", "<blockquote></blockquote>",
		`<h2 id="legs">Route legs</h2>`,
		`<td>Nampo</td><td>Ningbo</td><td>coal</td><td>shipment <a href="#events">event 0</a></td>`,
		`<td>Dandong</td><td>Sinuiju</td><td>rice</td><td>general corridor</td>`,
		"Extractor test/1",
	} {
		if !strings.Contains(body, w) {
			t.Errorf("document page lacks %q", w)
		}
	}
	if strings.Contains(body, "event -1") {
		t.Error("a leg without an event links one")
	}

	// A document whose extraction has neither shows neither heading.
	none, err := json.Marshal(model.ExtractionResult{Version: "test/1", DocumentID: id})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Store.SaveExtraction(t.Context(), &model.Extraction{DocumentID: id, Version: "test/1", JSON: none}); err != nil {
		t.Fatal(err)
	}
	_, body = fetch(t, srv, docPath(f, "en-coal.txt"))
	if strings.Contains(body, `id="events"`) || strings.Contains(body, `id="legs"`) {
		t.Error("events or legs heading shown without events or legs")
	}
	if !strings.Contains(body, "<h2>Extracted</h2>") {
		t.Error("no Extracted section")
	}
}

func TestEscaping(t *testing.T) {
	srv, f := newServer(t)
	pages := []string{"/", "/stories", "/search?q=Nampo", "/search?q=" + url.QueryEscape(`<script>alert("q")</script>`), docPath(f, "hostile.html")}
	d, err := f.Store.GetDocument(t.Context(), f.IDs["hostile.html"])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Title, "<script>") {
		t.Fatalf("the hostile fixture's title lost its markup: %q", d.Title)
	}
	pages = append(pages, "/stories/"+strconv.FormatInt(d.StoryID, 10))
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			_, body := fetch(t, srv, p)
			checkSelfContained(t, body)
			for _, bad := range []string{"<b>Outlet", "<img", "</script>"} {
				if strings.Contains(body, bad) {
					t.Errorf("page has unescaped %q", bad)
				}
			}
		})
	}
	_, body := fetch(t, srv, docPath(f, "hostile.html"))
	for _, w := range []string{
		"<title>&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Coal barges seen off Nampo · yalu</title>",
		"<h1>&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Coal barges",
		"Evil &lt;b&gt;Outlet&lt;/b&gt;",
		"&lt;img src=x onerror=alert(&#34;body&#34;)&gt;",
		"escaping &amp; nothing else",
	} {
		if !strings.Contains(body, w) {
			t.Errorf("hostile page lacks the escaped %q", w)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	srv, f := newServer(t)
	for _, p := range []string{"/", docPath(f, "hostile.html"), "/no/such/page", "/api/v1/documents", "/api/v1/nothing", "/healthz", "/static/yalu.css"} {
		t.Run(p, func(t *testing.T) {
			resp, _ := fetch(t, srv, p)
			h := resp.Header
			csp := h.Get("Content-Security-Policy")
			for _, w := range []string{"default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"} {
				if !strings.Contains(csp, w) {
					t.Errorf("Content-Security-Policy %q lacks %q", csp, w)
				}
			}
			if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "script-src") {
				t.Errorf("Content-Security-Policy %q allows scripts or inline code", csp)
			}
			want := map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}
			for k, v := range want {
				if got := h.Get(k); got != v {
					t.Errorf("%s: %q, want %q", k, got, v)
				}
			}
		})
	}
}

func TestHealthAndStatic(t *testing.T) {
	srv, _ := newServer(t)
	resp, body := fetch(t, srv, "/healthz")
	if resp.StatusCode != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz: %d %q", resp.StatusCode, body)
	}
	resp, body = fetch(t, srv, "/static/yalu.css")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") || !strings.Contains(body, "mark.place") {
		t.Errorf("/static/yalu.css: %d %q %.40q", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	resp, _ = fetch(t, srv, "/static/nothing.css")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("/static/nothing.css: %d, want 404", resp.StatusCode)
	}
}

func TestAPIMounted(t *testing.T) {
	srv, f := newServer(t)
	resp, body := fetch(t, srv, "/api/v1/documents/"+strconv.FormatInt(f.IDs["en-rice.html"], 10))
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"title":"Rice climbs in Hyesan`) {
		t.Errorf("API document: %d %.200s", resp.StatusCode, body)
	}
	resp, body = fetch(t, srv, "/api/v1/openapi.json")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"openapi"`) {
		t.Errorf("openapi.json: %d %.100s", resp.StatusCode, body)
	}
}

func TestAPIRateLimit(t *testing.T) {
	f := apitest.New(t)
	h, err := NewWithOptions(f.Store, nil, Options{API: api.Options{RateLimit: 2, RateWindow: time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	do := func(path string) int {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.RemoteAddr = "203.0.113.9:4000"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for i := range 2 {
		if code := do("/api/v1/feeds"); code != http.StatusOK {
			t.Fatalf("API request %d: %d", i+1, code)
		}
	}
	if code := do("/api/v1/feeds"); code != http.StatusTooManyRequests {
		t.Fatalf("API request 3: %d, want 429", code)
	}
	// The pages are not limited.
	for i := range 5 {
		if code := do("/"); code != http.StatusOK {
			t.Fatalf("page request %d: %d", i+1, code)
		}
	}
}

// TestIndexPagination stores more documents than fit on a page and
// follows the pager's links through every page.
func TestIndexPagination(t *testing.T) {
	ctx := t.Context()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "yalu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	p := &pipeline.Pipeline{Store: st}
	const n = docsPerPage*2 + 3
	for i := range n {
		body := fmt.Sprintf("Test report number %03d\n\nA short test paragraph about border market number %d and the goods sold there.\n", i, i)
		if _, err := p.Ingest(ctx, &model.Original{Body: []byte(body), ContentType: "text/plain", Path: fmt.Sprintf("r%03d.txt", i), FetchedAt: time.Unix(int64(i), 0)}); err != nil {
			t.Fatal(err)
		}
	}
	h, err := New(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	nextRe := regexp.MustCompile(`<a href="([^"]+)" rel="next">`)
	prevRe := regexp.MustCompile(`<a href="([^"]+)" rel="prev">`)
	seen := map[string]bool{}
	path := "/"
	for page := 1; ; page++ {
		if page > 5 {
			t.Fatal("the next links do not end")
		}
		_, body := fetch(t, srv, path)
		if want := fmt.Sprintf("Page %d of 3", page); !strings.Contains(body, want) {
			t.Errorf("%s lacks %q", path, want)
		}
		for _, m := range regexp.MustCompile(`Test report number \d+`).FindAllString(body, -1) {
			if seen[m] {
				t.Errorf("%q on two pages", m)
			}
			seen[m] = true
		}
		if prev := prevRe.FindStringSubmatch(body); (page > 1) != (prev != nil) {
			t.Errorf("page %d: prev link %v", page, prev)
		}
		next := nextRe.FindStringSubmatch(body)
		if next == nil {
			if page != 3 {
				t.Errorf("no next link on page %d of 3", page)
			}
			break
		}
		path = strings.ReplaceAll(next[1], "&amp;", "&")
	}
	if len(seen) != n {
		t.Errorf("the pages listed %d documents, want %d", len(seen), n)
	}
	// The language filter is kept in the links.
	_, body := fetch(t, srv, "/?lang=en")
	if next := nextRe.FindStringSubmatch(body); next == nil || !strings.Contains(next[1], "lang=en") || !strings.Contains(next[1], "page=2") {
		t.Errorf("next link with a language filter: %v", next)
	}
}
