package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// outlet serves a small news site: a home page that links its RSS feed, the
// feed (with an ETag), and two article pages.
func outlet(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var pageHits atomic.Int32
	mux := http.NewServeMux()
	srvURL := ""
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Home</body></html>`)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Border Watch</title><link>%[1]s/</link>
<item><title>Coal at night</title><link>%[1]s/a1</link><guid>a1</guid></item>
<item><title>Phones seized</title><link>%[1]s/a2</link><guid>a2</guid></item>
</channel></rss>`, srvURL)
	})
	mux.HandleFunc("/a1", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, reportText)
	})
	mux.HandleFunc("/a2", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, reportHTML)
	})
	srv := httptest.NewServer(mux)
	srvURL = srv.URL
	t.Cleanup(srv.Close)
	return srv, &pageHits
}

func TestFeedsLifecycle(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "yalu.db")
	srv, hits := outlet(t)

	// A site's home page is searched for its feed link.
	code, out, errOut := run(t, "", "feeds", "add", "--db", db, "--allow-private", srv.URL+"/")
	if code != 0 || !strings.Contains(out, srv.URL+"/feed.xml") || !strings.Contains(out, "Border Watch") {
		t.Fatalf("feeds add: exit %d %q %q", code, out, errOut)
	}
	_, out, _ = run(t, "", "feeds", "add", "--db", db, "--allow-private", srv.URL+"/feed.xml")
	if !strings.Contains(out, "already subscribed") {
		t.Errorf("second add: %q", out)
	}

	code, out, errOut = run(t, "", "feeds", "poll", "--once", "--db", db, "--allow-private")
	if code != 0 || !strings.Contains(out, "2 new item(s), 2 ingested") {
		t.Fatalf("poll: exit %d %q %q", code, out, errOut)
	}
	// The second cycle gets a 304 and fetches no page again.
	code, out, _ = run(t, "", "feeds", "poll", "--once", "--all", "--db", db, "--allow-private")
	if code != 0 || !strings.Contains(out, "1 unchanged") || hits.Load() != 2 {
		t.Errorf("second poll: exit %d %q, page fetches %d", code, out, hits.Load())
	}
	_, out, _ = run(t, "", "docs", "--db", db, "--format", "json")
	var docs []docRow
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 2 {
		t.Fatalf("docs after polling: %v %s", err, out)
	}

	_, out, _ = run(t, "", "feeds", "list", "--db", db, "--format", "json")
	var feeds []struct {
		ID         int64
		URL        string
		ErrorCount int `json:"error_count"`
	}
	if err := json.Unmarshal([]byte(out), &feeds); err != nil || len(feeds) != 1 || feeds[0].ErrorCount != 0 {
		t.Fatalf("feeds list: %v %s", err, out)
	}

	code, out, _ = run(t, "", "feeds", "check", "--db", db, "--allow-private")
	if code != 0 || !strings.Contains(out, `OK   1 `+srv.URL+`/feed.xml: "Border Watch", 2 items`) {
		t.Errorf("check: exit %d %q", code, out)
	}

	code, out, _ = run(t, "", "feeds", "export", "--db", db)
	if code != 0 || !strings.Contains(out, "<opml") || !strings.Contains(out, srv.URL+"/feed.xml") {
		t.Errorf("export: %q", out)
	}
	opml := filepath.Join(dir, "subs.opml")
	if err := os.WriteFile(opml, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, _ = run(t, "", "feeds", "rm", "--db", db, fmt.Sprint(feeds[0].ID))
	if code != 0 || !strings.Contains(out, "removed feed") {
		t.Errorf("rm: exit %d %q", code, out)
	}
	_, out, _ = run(t, "", "feeds", "import", "--db", db, opml)
	if !strings.Contains(out, "imported 1 feed(s)") {
		t.Errorf("import of the export: %q", out)
	}
	_, out, _ = run(t, "", "feeds", "import", "--db", db, "--curated")
	if !strings.Contains(out, "imported ") || strings.Contains(out, "imported 0 feed(s)") {
		t.Errorf("curated import: %q", out)
	}
	// Documents stay after unsubscribing.
	_, out, _ = run(t, "", "docs", "--db", db, "--format", "json")
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 2 {
		t.Errorf("docs after rm: %s", out)
	}
}

func TestFeedsBadInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "yalu.db")
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html><body>No feeds here</body></html>")
	})
	mux.HandleFunc("/home", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<html><head><link rel="alternate" type="application/atom+xml" href="/feed.xml"></head><body>Home</body></html>`)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Home feed</title></feed>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	code, _, errOut := run(t, "", "feeds", "add", "--db", db, "--allow-private", srv.URL+"/page")
	if code != 1 || !strings.Contains(errOut, "without feed links") {
		t.Errorf("page without feeds: exit %d %q", code, errOut)
	}
	// A subscription that points at a page: check reports it, --fix switches to its feed.
	if code, out, _ := run(t, "", "feeds", "import", "--db", db, writeOPML(t, srv.URL+"/home")); code != 0 {
		t.Fatalf("import: %q", out)
	}
	code, out, _ := run(t, "", "feeds", "check", "--db", db, "--allow-private")
	if code != 1 || !strings.Contains(out, "PAGE 1 "+srv.URL+"/home: a web page; its feed is "+srv.URL+"/feed.xml") {
		t.Errorf("check of a page: exit %d %q", code, out)
	}
	code, out, _ = run(t, "", "feeds", "check", "--db", db, "--allow-private", "--fix")
	if code != 0 || !strings.Contains(out, "FIXED 1") {
		t.Errorf("check --fix: exit %d %q", code, out)
	}
	if code, _, errOut := run(t, "", "feeds", "frob", "--db", db); code != 2 || !strings.Contains(errOut, "unknown subcommand") {
		t.Errorf("unknown subcommand: exit %d %q", code, errOut)
	}
	if code, _, errOut := run(t, "", "feeds", "rm", "--db", db, "42"); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("rm missing: exit %d %q", code, errOut)
	}
}

func writeOPML(t *testing.T, feedURL string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "one.opml")
	data := `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline type="rss" text="x" xmlUrl="` + feedURL + `"/></body></opml>`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
