// Package apitest fills a real SQLite store with a few short test reports,
// ingested through the whole pipeline (clean, stories, extract), for the
// tests of the JSON API and the web interface.
package apitest

import (
	"context"
	"embed"
	"log/slog"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/dedup"
	"github.com/yalu-osint/yalu/internal/extract"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
	"github.com/yalu-osint/yalu/internal/store"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

// The reports are written for these tests; none is copied from an article.
//
//go:embed testdata/*
var docsFS embed.FS

// Files are the test reports in the order they are ingested, so their
// document ids are 1, 2, 3… in this order.
var Files = [...]string{
	"en-rice.html",      // English HTML: Hyesan, rice, a price, a quantity
	"en-rice-copy.html", // a republication of en-rice.html: same story
	"ko-rice.html",      // Korean HTML: 혜산, 쌀, 석탄
	"hostile.html",      // a title and text with markup in them, to test escaping
	"en-coal.txt",       // English plain text: a shipment Nampo → Ningbo
}

// urls are where the HTML reports "came from".
var urls = map[string]string{
	"en-rice.html":      "https://ledger.example/2025/03/rice-hyesan",
	"en-rice-copy.html": "https://digest.example/news/rice-hyesan-reprint",
	"ko-rice.html":      "https://tongsin.example/ko/2025/03/20/rice",
}

// Fixture is a store with the test reports in it.
type Fixture struct {
	Store store.Store
	// IDs maps each of Files to its document id.
	IDs map[string]int64
}

// New opens a SQLite store in t.TempDir(), ingests Files with the real
// cleaner, story clusterer and extractor, and closes the store when the
// test ends.
func New(t testing.TB) *Fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "yalu.db"))
	if err != nil {
		t.Fatalf("opening store: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	ex, err := extract.New()
	if err != nil {
		t.Fatalf("loading extractor: %v", err)
	}
	cl, err := dedup.New(dedup.Config{Store: st})
	if err != nil {
		t.Fatalf("building clusterer: %v", err)
	}
	fetched := time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC)
	p := &pipeline.Pipeline{
		Store:     st,
		Stories:   cl,
		Extractor: ex,
		Logger:    slog.New(slog.DiscardHandler),
		Now:       func() time.Time { return fetched },
	}
	f := &Fixture{Store: st, IDs: map[string]int64{}}
	for _, name := range Files {
		body, err := docsFS.ReadFile(path.Join("testdata", name))
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		ct := "text/html; charset=utf-8"
		if strings.HasSuffix(name, ".txt") {
			ct = "text/plain; charset=utf-8"
		}
		o := &model.Original{Body: body, URL: urls[name], Path: name, ContentType: ct, FetchedAt: fetched}
		out, err := p.Ingest(ctx, o)
		if err != nil {
			t.Fatalf("ingesting %s: %v", name, err)
		}
		f.IDs[name] = out.DocumentID
	}
	return f
}
