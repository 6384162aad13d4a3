package clean

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

// dateCand is one piece of date evidence.
type dateCand struct {
	t      time.Time
	text   string
	source string
}

// evidence is what Clean has learned about a document while cleaning it.
type evidence struct {
	plain     bool
	htmlLang  string
	title     string
	byline    string
	siteName  string
	canonical string
	origin    string // outlet named by an attribution line ("by DailyNK(...)")
	altLinks  []model.AltLink

	metaDate     *dateCand // HTML metadata
	headDate     *dateCand // a date line above the headline: the page's date
	feedDate     *dateCand // a date line at the tail, by the attribution
	datelineDate *dateCand // a dateline at the start of the article

	dateline       *model.Dateline // offsets index the first body paragraph
	datelineOutlet string          // the agency a dateline names

	dropped []string
}

func (ev *evidence) drop(s string) { ev.dropped = append(ev.dropped, s) }

func (ev *evidence) addAltLabel(lang, label string) {
	for _, a := range ev.altLinks {
		if a.Lang == lang {
			return
		}
	}
	ev.altLinks = append(ev.altLinks, model.AltLink{Lang: lang, Label: label})
}

// splitPipedChrome splits a line that strings several pieces of chrome
// together with bars ("Seoul 27°C Partly cloudy | Tuesday, September 9,
// 2025", "by DailyNK | 2025-09-09 09:14 | Read in Korean") into one line per
// piece, so that each is read as what it is. A line with any piece that is
// not chrome stays whole.
func splitPipedChrome(paras []string, ref time.Time) []string {
	var out []string
	for i, p := range paras {
		if len(p) > maxChromeLen || !strings.Contains(p, " | ") {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		parts := strings.Split(p, " | ")
		chrome := true
		for j, part := range parts {
			parts[j] = strings.TrimSpace(part)
			if parts[j] == "" || classify(parts[j], true, ref).kind == lkNone {
				chrome = false
				break
			}
		}
		if !chrome {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(paras)+len(parts)), paras[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return paras
	}
	return out
}

// postClean removes chrome from the paragraphs and gathers the evidence
// they carry: a headline (plain text), page and feed dates, an attribution
// to the original outlet, a dateline (which stays in the text).
func postClean(paras []string, ev *evidence, ref time.Time) []string {
	if ev.metaDate != nil {
		ref = ev.metaDate.t
	}
	// paras come from renderParagraphs or splitPlain, already normalised.
	paras = splitPipedChrome(paras, ref)

	i := postHead(paras, ev, ref)

	// Body: cut at "Most Popular"-style lists, drop chrome lines.
	body := make([]string, 0, len(paras)-i)
	for j := i; j < len(paras); j++ {
		p := paras[j]
		li := classify(p, false, ref)
		switch li.kind {
		case lkCut:
			if len(body) > 0 {
				ev.dropped = append(ev.dropped, paras[j:]...)
				j = len(paras)
				continue
			}
			ev.drop(p)
		case lkAltLang:
			ev.addAltLabel(li.lang, p)
			ev.drop(p)
		case lkShare, lkCookie, lkSubscribe, lkAd, lkCopyright, lkWeather:
			ev.drop(p)
		default:
			body = append(body, p)
		}
	}

	body = postTail(body, ev, ref)
	if len(body) > 0 {
		// The dateline stays: its city is a place the report names.
		if d := findDateline(body[0]); d != nil {
			c := d.dateCand(body[0], ref)
			if c != nil && ev.datelineDate == nil {
				ev.datelineDate = c
			}
			ev.dateline = d.model(body[0], c)
			ev.datelineOutlet = d.outlet
			if ev.byline == "" {
				ev.byline = d.byline
			}
		}
	}
	return body
}

// postHead drops leading chrome and the headline; it returns the index of
// the first body paragraph.
func postHead(paras []string, ev *evidence, ref time.Time) int {
	titleSeen := false
	prevChrome := false
	i := 0
	for ; i < len(paras); i++ {
		p := paras[i]
		li := classify(p, true, ref)
		switch li.kind {
		case lkWeather, lkShare, lkCookie, lkSubscribe, lkAd, lkCopyright, lkPlace, lkCut:
			ev.drop(p)
			prevChrome = true
			continue
		case lkAltLang:
			ev.addAltLabel(li.lang, p)
			ev.drop(p)
			prevChrome = true
			continue
		case lkDate:
			c := &dateCand{t: li.date.Time, text: li.dtext, source: "page-date"}
			if !titleSeen {
				if ev.headDate == nil {
					ev.headDate = c
				}
			} else if ev.datelineDate == nil {
				c.source = "dateline"
				ev.datelineDate = c
			}
			ev.drop(p)
			prevChrome = true
			continue
		case lkByline:
			if ev.byline == "" {
				ev.byline = li.byline
			}
			ev.drop(p)
			continue
		case lkAttribution:
			if ev.origin == "" {
				ev.origin = li.outlet
			}
			ev.drop(p)
			continue
		}
		if !titleSeen && isLonePlace(p) && (prevChrome || nextIsChrome(paras, i+1, ref)) {
			ev.drop(p)
			prevChrome = true
			continue
		}
		if ev.title != "" && sameTitle(p, ev.title) {
			titleSeen = true
			continue
		}
		if ev.plain && ev.title == "" && !titleSeen && looksHeadline(p, i+1 < len(paras)) {
			ev.title = p
			titleSeen = true
			continue
		}
		break
	}
	return i
}

func nextIsChrome(paras []string, j int, ref time.Time) bool {
	if j >= len(paras) {
		return false
	}
	k := classify(paras[j], true, ref).kind
	return k == lkDate || k == lkWeather
}

// postTail drops trailing chrome, reading a feed timestamp and the
// original outlet's attribution on the way.
func postTail(body []string, ev *evidence, ref time.Time) []string {
	for len(body) > 0 {
		p := body[len(body)-1]
		li := classify(p, true, ref)
		switch li.kind {
		case lkDate:
			if ev.feedDate == nil {
				ev.feedDate = &dateCand{t: li.date.Time, text: li.dtext, source: "feed-timestamp"}
			}
		case lkAttribution:
			if ev.origin == "" {
				ev.origin = li.outlet
			}
		case lkAltLang:
			ev.addAltLabel(li.lang, p)
		case lkShare, lkCookie, lkSubscribe, lkAd, lkCopyright, lkByline, lkWeather:
		default:
			return body
		}
		ev.drop(p)
		body = body[:len(body)-1]
	}
	return body
}

// sameTitle reports whether a paragraph repeats the title.
func sameTitle(p, title string) bool {
	a, b := lowerKey(p), lowerKey(title)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	// og:title often adds or drops a kicker; accept a near-complete overlap.
	if len(a) >= 20 && len(b) >= 20 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		short, long := min(len(a), len(b)), max(len(a), len(b))
		return short*10 >= long*8
	}
	return false
}

// looksHeadline reports whether the first substantive line of a plain
// text is its headline: short, not a sentence of running prose.
func looksHeadline(p string, more bool) bool {
	if !more {
		return false
	}
	n := utf8.RuneCountInString(p)
	if n > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if last == '.' || last == '。' {
		return n < 60 && !strings.Contains(p[:len(p)-1], ". ")
	}
	return true
}

// finish chooses among the evidence and fills r.
func (ev *evidence) finish(r *Result, in Input) {
	r.Title = normLine(ev.title)
	r.Byline = cleanByline(ev.byline)
	r.CanonicalURL = ev.canonical
	r.Outlet = firstNonEmpty(ev.origin, ev.siteName, outletForURL(ev.canonical), outletForURL(in.URL), ev.datelineOutlet)
	if o := outletForName(r.Outlet); o != "" {
		r.Outlet = o
	}
	r.AltLinks = dedupAltLinks(ev.altLinks, r.CanonicalURL, in.URL)
	r.Dropped = ev.dropped
	// The dateline's offsets index the first paragraph, which opens Text
	// unless normalisation changed its bytes.
	if d := ev.dateline; d != nil && strings.HasPrefix(r.Text, d.Text) {
		r.Dateline = d
	}

	var pub, page *dateCand
	switch {
	case ev.feedDate != nil && ev.origin != "":
		pub, page = ev.feedDate, firstCand(ev.metaDate, ev.headDate)
	case ev.metaDate != nil:
		pub, page = ev.metaDate, ev.headDate
	case ev.datelineDate != nil:
		pub, page = ev.datelineDate, ev.headDate
	case ev.feedDate != nil:
		pub, page = ev.feedDate, ev.headDate
	case ev.headDate != nil:
		pub = ev.headDate
	default:
		if t := lastModified(in.Header); !t.IsZero() {
			pub = &dateCand{t: t.UTC(), text: in.Header.Get("Last-Modified"), source: "http-last-modified"}
		}
	}
	if pub != nil {
		t := pub.t.UTC() // the offset, if any, stays visible in PublishedText
		r.Published, r.PublishedText, r.PublishedSource = &t, pub.text, pub.source
	}
	if page != nil && (pub == nil || !page.t.Equal(pub.t)) {
		t := page.t.UTC()
		r.PageDate = &t
	}
}

func firstCand(cs ...*dateCand) *dateCand {
	for _, c := range cs {
		if c != nil {
			return c
		}
	}
	return nil
}

// dedupAltLinks keeps one link per language and URL, drops links to the
// page itself, and merges a label-only link into a link of its language.
func dedupAltLinks(links []model.AltLink, self ...string) []model.AltLink {
	var out []model.AltLink
	for _, l := range links {
		if l.URL != "" && contains(self, l.URL) {
			continue
		}
		merged := false
		for k := range out {
			if out[k].Lang != l.Lang {
				continue
			}
			if out[k].URL == "" || l.URL == "" || out[k].URL == l.URL {
				if out[k].URL == "" {
					out[k].URL = l.URL
				}
				if out[k].Label == "" {
					out[k].Label = l.Label
				}
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, l)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x != "" && x == s {
			return true
		}
	}
	return false
}
