package feed

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func TestDiscover(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "page_with_feeds.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		page []byte
		url  string
		want []string
	}{
		{"fixture with base href", page, "https://border.example/", []string{
			"https://border.example/en/feed/",
			"https://border.example/atom.xml",
			"https://border.example/feed.json",
		}},
		{"relative to page", []byte(`<head><link rel="alternate" type="application/rss+xml" href="rss.xml"></head>`),
			"https://site.example/news/index.html", []string{"https://site.example/news/rss.xml"}},
		{"rel list", []byte(`<link rel="home alternate" type="application/atom+xml" href="/a.xml">`),
			"https://site.example/", []string{"https://site.example/a.xml"}},
		{"none", []byte(`<html><head><title>x</title></head></html>`), "https://site.example/", nil},
		{"garbage", []byte("\x00\xff<<<>>>"), "https://site.example/", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Discover(tc.page, tc.url); !slices.Equal(got, tc.want) {
				t.Errorf("Discover = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestReadOPML(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "subscriptions.opml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ReadOPML(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{
		{Title: "Border Trade Monitor", FeedURL: "https://border.example/feed/", SiteURL: "https://border.example/", Category: "Border"},
		{Title: "Market Prices Bulletin (RDF)", FeedURL: "https://rdf.example/index.rdf", Category: "Sub-folder: markets"},
		{Title: "Frontier Notes", FeedURL: "https://json.example/feed.json", Category: "Long reads"},
		{Title: "Top level, no folder", FeedURL: "https://top.example/rss"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("ReadOPML =\n%+v\nwant\n%+v", got, want)
	}
}

func TestReadOPMLRejects(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"html", "<html><body>no</body></html>", ErrNotOPML},
		{"empty", "", ErrNotOPML},
		{"entities", `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>`, ErrUnsafeXML},
		{"too deep", "<opml><body>" + strings.Repeat(`<outline text="x">`, 40) + strings.Repeat("</outline>", 40) + "</body></opml>", ErrNotOPML},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ReadOPML(strings.NewReader(tc.in)); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestWriteOPMLRoundTrip(t *testing.T) {
	feeds := []model.Feed{
		{URL: "https://b.example/feed", Title: "B & Co <news>", SiteURL: "https://b.example/", Category: "Wires"},
		{URL: "https://a.example/rss", Title: "A", Category: "Specialist"},
		{URL: "https://c.example/atom"},
		{URL: "https://d.example/rss", Title: "D", Category: "Specialist"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, feeds); err != nil {
		t.Fatal(err)
	}
	golden(t, "written.opml.golden", buf.Bytes())
	got, err := ReadOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(feeds) {
		t.Fatalf("read back %d outlines, want %d", len(got), len(feeds))
	}
	byURL := map[string]Outline{}
	for _, o := range got {
		byURL[o.FeedURL] = o
	}
	for _, f := range feeds {
		o := byURL[f.URL]
		wantTitle := f.Title
		if wantTitle == "" {
			wantTitle = f.URL
		}
		if o.Title != wantTitle || o.Category != f.Category || o.SiteURL != f.SiteURL {
			t.Errorf("round trip of %s: got %+v", f.URL, o)
		}
	}
}

func TestCurated(t *testing.T) {
	outs, err := ReadOPML(bytes.NewReader(Curated()))
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) < 15 {
		t.Errorf("curated list has %d feeds, want at least 15", len(outs))
	}
	seen := map[string]bool{}
	for _, o := range outs {
		if o.Title == "" || o.Category == "" || !strings.HasPrefix(o.FeedURL, "https://") {
			t.Errorf("incomplete outline %+v", o)
		}
		if seen[o.FeedURL] {
			t.Errorf("duplicate feed %s", o.FeedURL)
		}
		seen[o.FeedURL] = true
	}
	for _, want := range []string{"https://www.dailynk.com/english/feed/", "https://www.nknews.org/feed/", "https://www.38north.org/feed/"} {
		if !seen[want] {
			t.Errorf("curated list lacks %s", want)
		}
	}
	c := Curated()
	c[0] = 'X'
	if Curated()[0] == 'X' {
		t.Error("Curated returns shared memory")
	}
}

func FuzzReadOPML(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "subscriptions.opml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(Curated())
	f.Fuzz(func(t *testing.T, in []byte) {
		outs, err := ReadOPML(bytes.NewReader(in))
		if err != nil {
			return
		}
		for _, o := range outs {
			if o.FeedURL == "" {
				t.Fatalf("outline without feed URL: %+v", o)
			}
		}
	})
}

func FuzzDiscover(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "page_with_feeds.html"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, page []byte) {
		for _, u := range Discover(page, "https://fuzz.example/") {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Fatalf("non-http feed URL %q", u)
			}
		}
	})
}
