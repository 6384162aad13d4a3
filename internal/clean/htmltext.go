package clean

import (
	"context"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readabilityThreshold is the character count below which go-readability
// retries with looser rules. Its default (500) throws away the short
// market-price notes that specialist outlets publish, and every retry
// re-walks the page.
const readabilityThreshold = 200

// maxElems bounds the pages readability scores (it is quadratic in places);
// bigger pages go to the linear fallback.
const maxElems = 60000

// minReadableChars is the least text a readability result must keep for us
// to trust it over the simple <article>/<p> fallback.
const minReadableChars = 80

// cleanHTML parses the page once, reads its metadata, runs go-readability
// on the same tree and returns the article's paragraphs.
func cleanHTML(ctx context.Context, text, pageURL string, ref time.Time, ev *evidence) []string {
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme == "" {
		base = nil
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// x/net/html recovers from any malformed markup; an error here
		// means the reader failed, which a strings.Reader cannot.
		return splitPlain(text)
	}
	readMeta(doc, base).apply(ev, ref)
	if ctx.Err() != nil {
		return nil
	}

	p := readability.NewParser()
	p.CharThresholds = readabilityThreshold
	p.MaxElemsToParse = maxElems
	p.DisableJSONLD = true // read above, from the same tree
	p.Logger = slog.New(slog.DiscardHandler)
	art, err := p.ParseAndMutate(doc, base)
	if err == nil && art.Node != nil {
		paras := renderParagraphs(art.Node, false)
		if textLen(paras) >= minReadableChars {
			return paras
		}
	}
	// Readability found nothing usable and has mutated the tree: parse
	// the page again for the simple fallback. This is the rare path.
	doc, err = html.Parse(strings.NewReader(text))
	if err != nil {
		return nil
	}
	return fallbackParagraphs(doc)
}

func textLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

// fallbackParagraphs takes the <article> element, else <main>, else
// <body>, and renders it skipping navigation, asides, footers and forms.
func fallbackParagraphs(doc *html.Node) []string {
	root := findFirst(doc, atom.Article)
	if root == nil {
		root = findFirst(doc, atom.Main)
	}
	if root == nil {
		root = findFirst(doc, atom.Body)
	}
	if root == nil {
		root = doc
	}
	return renderParagraphs(root, true)
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// blockAtoms end a paragraph before and after themselves.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Pre: true, atom.Figure: true,
	atom.Figcaption: true, atom.Br: true, atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Aside: true, atom.Nav: true, atom.Main: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Form: true, atom.Caption: true,
}

// skipAtoms hold no article text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Head: true, atom.Object: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
}

// chromeAtoms are skipped by the fallback renderer only.
var chromeAtoms = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Menu: true, atom.Header: true,
}

var chromeClassWords = []string{"comment", "sidebar", "menu", "nav", "footer", "share", "cookie", "related", "popular", "banner", "advert", "subscribe", "newsletter"}

// renderParagraphs turns the text under root into normalised paragraphs,
// breaking at block elements. With skipChrome it also leaves out
// navigation, asides, footers and elements whose class or id names them.
func renderParagraphs(root *html.Node, skipChrome bool) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		if s := normLine(cur.String()); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipAtoms[n.DataAtom] {
				return
			}
			if skipChrome && (chromeAtoms[n.DataAtom] || hasChromeClass(n)) {
				return
			}
			if blockAtoms[n.DataAtom] {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				flush()
				return
			}
			if n.DataAtom == atom.Img {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	flush()
	return paras
}

func hasChromeClass(n *html.Node) bool {
	ci := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if len(ci) <= 1 {
		return false
	}
	for _, w := range chromeClassWords {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}
