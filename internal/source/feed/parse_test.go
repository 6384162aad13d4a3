package feed

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update to create it): %v", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from output:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

type parseResult struct {
	Feed  *Feed  `json:"feed,omitempty"`
	Error string `json:"error,omitempty"`
}

func TestParseGolden(t *testing.T) {
	tests := []struct {
		file    string
		url     string
		wantErr error
		check   func(t *testing.T, f *Feed)
	}{
		{file: "rss2_ttl.xml", url: "https://border.example/border/feed.xml", check: func(t *testing.T, f *Feed) {
			if f.TTL != 90*time.Minute || len(f.SkipHours) != 3 || len(f.SkipDays) != 2 {
				t.Errorf("hints: ttl=%s hours=%v days=%v", f.TTL, f.SkipHours, f.SkipDays)
			}
			if f.NoLink != 2 || f.Duplicates != 1 || len(f.Items) != 3 {
				t.Errorf("items=%d nolink=%d dup=%d, want 3, 2, 1", len(f.Items), f.NoLink, f.Duplicates)
			}
			if f.Items[0].Link != "https://border.example/border/2025/03/fertiliser-hyesan" {
				t.Errorf("relative link resolved to %q", f.Items[0].Link)
			}
			if f.Items[2].Published != nil {
				t.Errorf("undated item got date %v", f.Items[2].Published)
			}
		}},
		{file: "atom.xml", url: "https://watch.example/sanctions/atom.xml", check: func(t *testing.T, f *Feed) {
			if len(f.Items) != 2 || f.Items[1].Link != "https://watch.example/sanctions/sinuiju-cement" {
				t.Errorf("items = %+v", f.Items)
			}
			if f.Items[1].Published == nil {
				t.Errorf("updated-only entry has no date")
			}
		}},
		{file: "rdf.xml", url: "https://rdf.example/index.rdf", check: func(t *testing.T, f *Feed) {
			if len(f.Items) != 1 || f.Items[0].Published == nil {
				t.Errorf("items = %+v", f.Items)
			}
		}},
		{file: "jsonfeed.json", url: "https://json.example/feed.json", check: func(t *testing.T, f *Feed) {
			if len(f.Items) != 2 || f.NoLink != 1 || f.Items[1].Link != "https://json.example/notes/79" {
				t.Errorf("items = %+v nolink=%d", f.Items, f.NoLink)
			}
		}},
		{file: "rss091.xml", url: "http://old.example/rss.xml", check: func(t *testing.T, f *Feed) {
			if len(f.Items) != 1 {
				t.Errorf("items = %+v", f.Items)
			}
		}},
		{file: "html_error.html", url: "https://border.example/feed", wantErr: ErrNotAFeed},
		{file: "xhtml_page.html", url: "https://border.example/feed", wantErr: ErrNotAFeed},
		{file: "plain.txt", url: "https://border.example/feed.txt", wantErr: ErrNotAFeed},
		{file: "billion_laughs.xml", url: "https://lol.example/rss", wantErr: ErrUnsafeXML},
		{file: "malformed.xml", url: "https://broken.example/rss"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(body, tc.url)
			var res parseResult
			switch {
			case tc.wantErr != nil:
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				res.Error = err.Error()
			case tc.check == nil: // only the golden output matters
				if err != nil {
					res.Error = err.Error()
				} else {
					res.Feed = f
				}
			default:
				if err != nil {
					t.Fatal(err)
				}
				tc.check(t, f)
				res.Feed = f
			}
			out, _ := json.MarshalIndent(res, "", "  ")
			golden(t, tc.file+".golden.json", append(out, '\n'))
		})
	}
}

func TestParseNotAFeedMessage(t *testing.T) {
	body, _ := os.ReadFile(filepath.Join("testdata", "html_error.html"))
	_, err := Parse(body, "https://www.dailynk.com/english/maintenance")
	msg := fmt.Sprint(err)
	for _, want := range []string{"looks like an HTML page", "yalu feeds add https://www.dailynk.com/"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
}

func bigFeed(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Report %d on Dandong freight</title><link>https://big.example/r/%d</link><guid>r-%d</guid></item>", i, i, i)
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

func TestParseHugeFeedIsCapped(t *testing.T) {
	const n = 100_000
	body := bigFeed(n)
	start := time.Now()
	f, err := Parse(body, "https://big.example/rss")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != MaxItems || f.Dropped != n-MaxItems {
		t.Errorf("items=%d dropped=%d, want %d and %d", len(f.Items), f.Dropped, MaxItems, n-MaxItems)
	}
	if f.Items[MaxItems-1].GUID != fmt.Sprintf("r-%d", MaxItems-1) {
		t.Errorf("kept the wrong items: last GUID %q", f.Items[MaxItems-1].GUID)
	}
	t.Logf("parsed %d items (%d bytes) in %s", n, len(body), time.Since(start))
}

func TestCheckProlog(t *testing.T) {
	tests := []struct {
		name string
		in   string
		bad  bool
	}{
		{"plain", `<?xml version="1.0"?><rss/>`, false},
		{"external doctype", `<!DOCTYPE rss PUBLIC "x" "y"><rss/>`, false},
		{"internal subset", `<!DOCTYPE rss [ <!ELEMENT rss ANY> ]><rss/>`, true},
		{"entity", `<!DOCTYPE rss [<!ENTITY a "b">]><rss/>`, true},
		{"unterminated doctype", `<!DOCTYPE rss`, true},
		{"entity text in body is fine", `<rss><![CDATA[<!ENTITY is discussed]]></rss>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := checkProlog([]byte(tc.in)) != nil; got != tc.bad {
				t.Errorf("checkProlog(%q) rejected = %v, want %v", tc.in, got, tc.bad)
			}
		})
	}
}

// fuzzSeeds are small inputs covering each format Parse reads and each way
// it refuses one. They are kept short on purpose: the fuzzing engine
// minimises every input that finds new coverage by trying to delete each
// byte range, which costs a number of runs quadratic in the input's length.
// Seeding with the kilobyte-sized golden files made each minimisation run
// for most of a minute, and fuzzing seemed to stall at a few execs a second.
var fuzzSeeds = []string{
	`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/s/</link><ttl>90</ttl>` +
		`<skipHours><hour>1</hour><hour>24</hour></skipHours><skipDays><day>Sunday</day></skipDays>` +
		`<item><title>A &amp; <b>B</b></title><link>/s/1</link><guid isPermaLink="false">g1</guid>` +
		`<pubDate>Fri, 28 Mar 2025 07:18:00 +0000</pubDate><description><![CDATA[<p>x</p>]]></description></item>` +
		`<item><guid>https://e.example/2</guid></item><item><link>javascript:x</link></item></channel></rss>`,
	`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://e.example/"/>` +
		`<entry><id>e1</id><link rel="alternate" href="e1"/><updated>2025-03-28T12:00:00Z</updated>` +
		`<summary type="html">&lt;p&gt;s&lt;/p&gt;</summary></entry></feed>`,
	`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">` +
		`<channel><title>T</title></channel><item><link>https://e.example/1</link></item></rdf:RDF>`,
	`{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","url":"/n/1","content_text":"x"},{"id":"2"}]}`,
	`<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x"><rss version="0.91"><channel>` +
		`<item><link>http://e.example/1</link></item></channel></rss>`,
	`<!DOCTYPE rss [<!ENTITY a "aa">]><rss><channel><title>&a;</title></channel></rss>`,
	`<rss version="2.0"><channel><title>Broken<item><link>https://e.example/1</link></channel>`,
	`<!doctype html><html><head><link rel="alternate" href="/feed"></head></html>`,
	"\xef\xbb\xbf  plain text",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := Parse(body, "https://fuzz.example/feed")
		if err != nil {
			return
		}
		if len(feed.Items) > MaxItems {
			t.Fatalf("%d items over the cap", len(feed.Items))
		}
		seen := map[string]bool{}
		for _, it := range feed.Items {
			if !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
				t.Fatalf("non-http link %q", it.Link)
			}
			if seen[it.GUID] {
				t.Fatalf("duplicate GUID %q", it.GUID)
			}
			seen[it.GUID] = true
			if len(it.Summary) > maxSummary {
				t.Fatalf("summary of %d bytes", len(it.Summary))
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	body := bigFeed(200)
	for b.Loop() {
		if _, err := Parse(body, "https://big.example/rss"); err != nil {
			b.Fatal(err)
		}
	}
}
