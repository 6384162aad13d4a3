package feed

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/rdf+xml":   true,
}

// Discover returns the feed URLs a page advertises with
// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">,
// absolute, deduplicated, in page order. It honours <base href>.
func Discover(page []byte, pageURL string) []string {
	base, _ := url.Parse(pageURL)
	z := html.NewTokenizer(bytes.NewReader(page))
	var out []string
	seen := map[string]bool{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		a := atom.Lookup(name)
		if a == atom.Body {
			return out // feeds are advertised in <head>
		}
		if (a != atom.Link && a != atom.Base) || !hasAttr {
			continue
		}
		attrs := map[string]string{}
		for {
			k, v, more := z.TagAttr()
			attrs[string(k)] = string(v)
			if !more {
				break
			}
		}
		if a == atom.Base {
			if b, err := url.Parse(strings.TrimSpace(attrs["href"])); err == nil && base != nil {
				base = base.ResolveReference(b)
			}
			continue
		}
		if !hasToken(attrs["rel"], "alternate") {
			continue
		}
		typ := strings.ToLower(strings.TrimSpace(attrs["type"]))
		if i := strings.IndexByte(typ, ';'); i >= 0 {
			typ = strings.TrimSpace(typ[:i])
		}
		if !feedTypes[typ] {
			continue
		}
		if u := absURL(base, attrs["href"]); u != "" && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
