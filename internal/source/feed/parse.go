// Package feed reads news feeds (RSS 0.9x/2.0, Atom, RDF, JSON Feed),
// discovers them in HTML pages, imports and exports OPML, schedules polls
// adaptively and polls subscribed feeds into the ingest pipeline.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html"
)

// Sentinel errors.
var (
	// ErrNotAFeed means the body is not RSS, Atom, RDF or JSON Feed.
	ErrNotAFeed = errors.New("not a feed")
	// ErrUnsafeXML means the feed declares entities or an internal DTD
	// subset, the vehicle of entity-expansion ("billion laughs") bombs.
	ErrUnsafeXML = errors.New("feed declares XML entities")
)

// MaxItems is how many items Parse keeps from one feed; the rest are
// counted in Feed.Dropped.
const MaxItems = 1000

// maxSummary caps an item summary, in bytes.
const maxSummary = 2000

// Feed is a parsed feed reduced to what yalu uses.
type Feed struct {
	Title     string
	SiteURL   string
	TTL       time.Duration  // RSS <ttl>; 0 if absent
	SkipHours []int          // RSS <skipHours>, hours 0–23 GMT
	SkipDays  []time.Weekday // RSS <skipDays>
	Items     []Item

	Dropped    int // items beyond MaxItems
	NoLink     int // items skipped for want of a usable link
	Duplicates int // items collapsed because their GUID repeated
}

// Item is one entry of a feed.
type Item struct {
	GUID      string // the feed's id, or Link when it gives none
	Link      string // absolute http(s) URL
	Title     string
	Published *time.Time // UTC; nil when the feed gives no date
	Summary   string     // plain text, capped
}

// Parse parses body, fetched from feedURL, which resolves relative links.
func Parse(body []byte, feedURL string) (*Feed, error) {
	head := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) == 0 {
		return nil, fmt.Errorf("parsing feed %s: the body is empty: %w", feedURL, ErrNotAFeed)
	}
	if looksLikeHTML(head) {
		return nil, notAFeed(feedURL, true)
	}
	if err := checkProlog(head); err != nil {
		return nil, fmt.Errorf("parsing feed %s: refusing a feed that declares XML entities or a DTD subset: %w", feedURL, err)
	}
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	// gofeed parses every item; cut a huge XML feed down first so a
	// 100,000-item feed costs what a 2,000-item one does.
	cutBody, cut := truncateItems(head, 2*MaxItems)
	gf, err := p.Parse(bytes.NewReader(cutBody))
	if err != nil && cut > 0 {
		cut = 0 // the cut confused the parser (an odd feed): parse it whole
		gf, err = p.Parse(bytes.NewReader(head))
	}
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, notAFeed(feedURL, false)
		}
		return nil, fmt.Errorf("parsing feed %s: the feed is malformed (%v); check it in a feed validator", feedURL, err)
	}
	base, _ := url.Parse(feedURL)
	out := &Feed{Title: clean(gf.Title, 500), Dropped: cut}
	if l := absURL(base, gf.Link); l != "" {
		out.SiteURL = l
	}
	if rf, ok := gf.OriginalFeed().(*rss.Feed); ok && rf != nil {
		out.TTL, out.SkipHours, out.SkipDays = rssHints(rf)
	}
	seen := make(map[string]bool, min(len(gf.Items), MaxItems))
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		link := absURL(base, it.Link)
		if link == "" {
			for _, l := range it.Links {
				if link = absURL(base, l); link != "" {
					break
				}
			}
		}
		guid := strings.TrimSpace(it.GUID)
		if link == "" && guid != "" {
			link = absURL(nil, guid) // RSS permalink GUIDs
		}
		if link == "" {
			out.NoLink++
			continue
		}
		if guid == "" {
			guid = link
		}
		if seen[guid] {
			out.Duplicates++
			continue
		}
		if len(out.Items) >= MaxItems {
			out.Dropped++
			continue
		}
		seen[guid] = true
		item := Item{GUID: guid, Link: link, Title: clean(it.Title, 1000)}
		if t := it.PublishedParsed; t != nil && !t.IsZero() {
			u := t.UTC()
			item.Published = &u
		} else if t := it.UpdatedParsed; t != nil && !t.IsZero() {
			u := t.UTC()
			item.Published = &u
		}
		summary := it.Description
		if summary == "" {
			summary = it.Content
		}
		item.Summary = clean(summary, maxSummary)
		out.Items = append(out.Items, item)
	}
	return out, nil
}

func notAFeed(feedURL string, html bool) error {
	site := feedURL
	if u, err := url.Parse(feedURL); err == nil && u.Host != "" {
		site = u.Scheme + "://" + u.Host + "/"
	}
	if html {
		return fmt.Errorf("%s looks like an HTML page, not a feed; run `yalu feeds add %s` to discover the site's feeds: %w", feedURL, site, ErrNotAFeed)
	}
	return fmt.Errorf("%s is not an RSS, Atom or JSON feed; run `yalu feeds add %s` to discover the site's feeds: %w", feedURL, site, ErrNotAFeed)
}

func looksLikeHTML(head []byte) bool {
	n := min(len(head), 1024)
	h := bytes.ToLower(head[:n])
	if bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) {
		return true
	}
	// An XML declaration or comment may precede <html> in XHTML pages.
	if bytes.HasPrefix(h, []byte("<?xml")) || bytes.HasPrefix(h, []byte("<!--")) {
		return bytes.Contains(h, []byte("<html")) && !bytes.Contains(h, []byte("<rss")) &&
			!bytes.Contains(h, []byte("<feed")) && !bytes.Contains(h, []byte("<rdf:rdf"))
	}
	return false
}

// checkProlog refuses <!ENTITY> anywhere and DOCTYPEs with an internal
// subset. A bare external DOCTYPE (RSS 0.91's Netscape DTD) is harmless:
// nothing here fetches DTDs.
func checkProlog(head []byte) error {
	head = head[:prologEnd(head)]
	if bytes.Contains(head, []byte("<!ENTITY")) {
		return ErrUnsafeXML
	}
	rest := head
	for {
		i := bytes.Index(rest, []byte("<!DOCTYPE"))
		if i < 0 {
			return nil
		}
		rest = rest[i+len("<!DOCTYPE"):]
		end := bytes.IndexByte(rest, '>')
		if end < 0 || bytes.IndexByte(rest[:end], '[') >= 0 {
			return ErrUnsafeXML
		}
	}
}

// truncateItems keeps the first keep <item> or <entry> elements of an XML
// feed and the document's tail after the last one, returning how many it
// cut. It works on bytes, so it never cuts a feed that is not huge.
func truncateItems(b []byte, keep int) ([]byte, int) {
	if len(b) == 0 || b[0] == '{' {
		return b, 0
	}
	for _, tag := range [][]byte{[]byte("</item>"), []byte("</entry>")} {
		if bytes.Count(b, tag) <= keep {
			continue
		}
		end := 0
		for range keep {
			end += bytes.Index(b[end:], tag) + len(tag)
		}
		last := bytes.LastIndex(b, tag) + len(tag)
		cut := bytes.Count(b[end:last], tag)
		out := make([]byte, 0, end+len(b)-last)
		out = append(out, b[:end]...)
		out = append(out, b[last:]...)
		return out, cut
	}
	return b, 0
}

// prologEnd is the offset of the root element's start tag (or len(b)).
func prologEnd(b []byte) int {
	for i := 0; i+1 < len(b); i++ {
		if b[i] == '<' && (b[i+1]|0x20 >= 'a' && b[i+1]|0x20 <= 'z') {
			return i
		}
	}
	return len(b)
}

func rssHints(rf *rss.Feed) (ttl time.Duration, hours []int, days []time.Weekday) {
	if m, err := strconv.Atoi(strings.TrimSpace(rf.TTL)); err == nil && m > 0 {
		ttl = time.Duration(min(m, 7*24*60)) * time.Minute
	}
	seenH := map[int]bool{}
	for _, s := range rf.SkipHours {
		h, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			continue
		}
		if h == 24 { // some feeds count 1–24
			h = 0
		}
		if h >= 0 && h < 24 && !seenH[h] {
			seenH[h] = true
			hours = append(hours, h)
		}
	}
	seenD := map[time.Weekday]bool{}
	for _, s := range rf.SkipDays {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.EqualFold(strings.TrimSpace(s), d.String()) && !seenD[d] {
				seenD[d] = true
				days = append(days, d)
			}
		}
	}
	return ttl, hours, days
}

// absURL resolves ref against base and keeps it only if it is http(s).
func absURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// clean reduces possibly-HTML text to collapsed plain text of at most max
// bytes, cut on a rune boundary.
func clean(s string, max int) string {
	if s == "" {
		return ""
	}
	if strings.ContainsAny(s, "<&") {
		var b strings.Builder
		z := html.NewTokenizer(strings.NewReader(s))
	loop:
		for b.Len() < max*2 {
			switch z.Next() {
			case html.ErrorToken:
				break loop
			case html.TextToken:
				b.Write(z.Text())
			case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
				b.WriteByte(' ')
			}
		}
		s = b.String()
	}
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return s
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
