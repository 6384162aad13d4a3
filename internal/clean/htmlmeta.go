package clean

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/yalu-osint/yalu/internal/clean/dates"
	"github.com/yalu-osint/yalu/internal/model"
)

// metaDateKeys are <meta> names/properties that carry the publication
// date, best first.
var metaDateKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "article.published", "publish-date", "publishdate", "pubdate",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "date",
}

// pageMeta is what the metadata walk reads from an HTML tree.
type pageMeta struct {
	lang        string
	docTitle    string
	h1          string
	metas       map[string]string // lower-cased name/property/itemprop -> content
	canonical   string
	relAuthor   string
	classByline string
	jsonLD      []string
	timeAttr    string // first <time datetime>
	itemDate    string // itemprop=datePublished value
	altLinks    []model.AltLink
}

// readMeta walks the tree once and collects metadata. It never descends
// into script, style or template contents except to read JSON-LD.
func readMeta(doc *html.Node, base *url.URL) *pageMeta {
	m := &pageMeta{metas: make(map[string]string, 32)}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !m.element(n, base) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return m
}

// element records what n says; it returns false when n's children must
// not be visited.
func (m *pageMeta) element(n *html.Node, base *url.URL) bool {
	if ip := attr(n, "itemprop"); ip != "" {
		switch strings.ToLower(ip) {
		case "datepublished":
			if m.itemDate == "" {
				m.itemDate = firstNonEmpty(attr(n, "content"), attr(n, "datetime"), nodeText(n))
			}
		case "headline":
			if _, ok := m.metas["itemprop:headline"]; !ok && n.DataAtom != atom.Meta {
				m.metas["itemprop:headline"] = nodeText(n)
			}
		}
	}
	switch n.DataAtom {
	case atom.Html:
		m.lang = attr(n, "lang")
	case atom.Title:
		if m.docTitle == "" {
			m.docTitle = nodeText(n)
		}
		return false
	case atom.Meta:
		content := strings.TrimSpace(attr(n, "content"))
		if content == "" {
			return false
		}
		for _, k := range [...]string{"property", "name", "itemprop"} {
			if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
				if _, seen := m.metas[key]; !seen {
					m.metas[key] = content
				}
			}
		}
		return false
	case atom.Link:
		rels := strings.Fields(strings.ToLower(attr(n, "rel")))
		href := strings.TrimSpace(attr(n, "href"))
		for _, rel := range rels {
			switch rel {
			case "canonical":
				if m.canonical == "" {
					m.canonical = resolve(base, href)
				}
			case "alternate":
				hl := attr(n, "hreflang")
				if hl != "" && !strings.EqualFold(hl, "x-default") && href != "" {
					m.altLinks = append(m.altLinks, model.AltLink{Lang: strings.ToLower(hl), URL: resolve(base, href)})
				}
			}
		}
		return false
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
		}
		return false
	case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
		return false
	case atom.Time:
		if m.timeAttr == "" {
			m.timeAttr = strings.TrimSpace(attr(n, "datetime"))
		}
	case atom.H1:
		if m.h1 == "" {
			m.h1 = nodeText(n)
		}
	case atom.A:
		text := nodeText(n)
		if strings.Contains(strings.ToLower(attr(n, "rel")), "author") && m.relAuthor == "" {
			m.relAuthor = text
		}
		if lang, ok := altLangLabels[normKey(text)]; ok {
			if href := strings.TrimSpace(attr(n, "href")); href != "" && !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "javascript:") {
				m.altLinks = append(m.altLinks, model.AltLink{Lang: lang, URL: resolve(base, href), Label: text})
			}
		}
		return false
	}
	if m.classByline == "" {
		if c := strings.ToLower(attr(n, "class")); c != "" && (strings.Contains(c, "byline") || strings.Contains(c, "author-name")) {
			if t := nodeText(n); t != "" && len(t) < 120 {
				m.classByline = t
			}
		}
	}
	return true
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nodeText is the whitespace-collapsed text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return normLine(b.String())
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return href
	}
	if base == nil {
		return u.String()
	}
	return base.ResolveReference(u).String()
}

// jsonLDInfo is the article fields of JSON-LD blocks.
type jsonLDInfo struct {
	headline, datePublished, author, publisher string
}

var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"blogposting": true, "webpage": false, "report": true, "opinionnewsarticle": true,
	"backgroundnewsarticle": true, "socialmediaposting": true, "liveblogposting": true,
}

// parseJSONLD reads the first article-like object of the JSON-LD blocks.
// Malformed blocks are skipped: they are common and never fatal.
func parseJSONLD(blocks []string) jsonLDInfo {
	var info jsonLDInfo
	for _, b := range blocks {
		var v any
		if err := json.Unmarshal([]byte(strings.TrimSpace(b)), &v); err != nil {
			continue
		}
		walkJSONLD(v, &info, 0)
		if info.headline != "" || info.datePublished != "" {
			return info
		}
	}
	return info
}

func walkJSONLD(v any, info *jsonLDInfo, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			walkJSONLD(e, info, depth+1)
		}
	case map[string]any:
		if g, ok := t["@graph"]; ok {
			walkJSONLD(g, info, depth+1)
		}
		if !isArticleType(t["@type"]) {
			return
		}
		if info.headline == "" {
			info.headline, _ = t["headline"].(string)
		}
		if info.datePublished == "" {
			info.datePublished, _ = t["datePublished"].(string)
		}
		if info.author == "" {
			info.author = jsonName(t["author"])
		}
		if info.publisher == "" {
			info.publisher = jsonName(t["publisher"])
		}
	}
}

func isArticleType(v any) bool {
	switch t := v.(type) {
	case string:
		return articleTypes[strings.ToLower(t)]
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// jsonName reads a name from a string, an object with "name", or a list.
func jsonName(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		s, _ := t["name"].(string)
		return strings.TrimSpace(s)
	case []any:
		var names []string
		for _, e := range t {
			if n := jsonName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// apply moves the page metadata into the evidence used by postClean and finish.
func (m *pageMeta) apply(ev *evidence, ref time.Time) {
	ev.htmlLang = m.lang
	ld := parseJSONLD(m.jsonLD)
	ev.siteName = firstNonEmpty(m.metas["og:site_name"], ld.publisher)
	h1 := m.h1
	if doc := cleanTitle(m.docTitle, ev.siteName); doc != "" && len(h1) > 2*len(doc)+20 {
		h1 = "" // an unclosed <h1> swallowed the article
	}
	ev.title = cleanTitle(firstNonEmpty(m.metas["og:title"], ld.headline, m.metas["itemprop:headline"], h1, m.docTitle, m.metas["twitter:title"]), ev.siteName)
	author := firstNonEmpty(m.metas["author"], m.metas["article:author"], m.metas["byl"], m.metas["dc.creator"], m.metas["parsely-author"])
	if strings.HasPrefix(author, "http") {
		author = ""
	}
	ev.byline = cleanByline(firstNonEmpty(author, ld.author, m.relAuthor, m.classByline))
	ev.canonical = firstNonEmpty(m.canonical, m.metas["og:url"])
	ev.altLinks = append(ev.altLinks, m.altLinks...)

	for _, k := range metaDateKeys {
		if v := m.metas[k]; v != "" {
			if d, err := dates.Parse(v, ref); err == nil {
				ev.metaDate = &dateCand{t: d.Time, text: v, source: "meta:" + k}
				return
			}
		}
	}
	if d, err := dates.Parse(ld.datePublished, ref); err == nil {
		ev.metaDate = &dateCand{t: d.Time, text: ld.datePublished, source: "json-ld"}
		return
	}
	if d, err := dates.Parse(m.itemDate, ref); err == nil {
		ev.metaDate = &dateCand{t: d.Time, text: m.itemDate, source: "itemprop"}
		return
	}
	if d, err := dates.Parse(m.timeAttr, ref); err == nil {
		ev.metaDate = &dateCand{t: d.Time, text: m.timeAttr, source: "time-element"}
	}
}

// cleanTitle removes a " | Site" style suffix naming the site.
func cleanTitle(t, site string) string {
	t = normLine(t)
	for _, sep := range [...]string{" | ", " - ", " – ", " — ", " :: ", " « ", " » "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		suffix := strings.TrimSpace(t[i+len(sep):])
		if (site != "" && lowerKey(suffix) == lowerKey(site)) || outletForName(suffix) != "" ||
			(len(strings.Fields(suffix)) <= 4 && len(strings.Fields(t[:i])) >= 4 && (sep == " | " || sep == " :: ")) {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// cleanByline removes a leading "By" and trailing separators.
func cleanByline(b string) string {
	b = normLine(b)
	lb := strings.ToLower(b)
	if strings.HasPrefix(lb, "by ") {
		b = b[3:]
	}
	return strings.TrimSpace(strings.TrimRight(b, ",|·"))
}
