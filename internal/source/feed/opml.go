package feed

import (
	"bytes"
	_ "embed"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// ErrNotOPML means the document is not an OPML subscription list.
var ErrNotOPML = errors.New("not an OPML document")

// Outline is one subscription read from OPML.
type Outline struct {
	Title    string
	FeedURL  string // xmlUrl
	SiteURL  string // htmlUrl
	Category string // the category attribute, else the enclosing outline's title
}

const (
	maxOPMLBytes    = 16 << 20
	maxOPMLOutlines = 20000
	maxOPMLDepth    = 32
)

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Head    opmlHead      `xml:"head"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlHead struct {
	Title string `xml:"title"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Category string        `xml:"category,attr,omitempty"`
	Children []opmlOutline `xml:"outline"`
}

// ReadOPML reads an OPML subscription list, flattening nested outlines.
// Outlines without an xmlUrl are folders and only lend their title as the
// category of what they contain.
func ReadOPML(r io.Reader) ([]Outline, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxOPMLBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading OPML: %w", err)
	}
	if len(data) > maxOPMLBytes {
		return nil, fmt.Errorf("reading OPML: the file is larger than %d MiB; split it: %w", maxOPMLBytes>>20, ErrNotOPML)
	}
	if err := checkProlog(bytes.TrimSpace(data)); err != nil {
		return nil, fmt.Errorf("reading OPML: refusing a file that declares XML entities: %w", err)
	}
	var doc opmlDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("reading OPML: the file is not valid OPML (%v); export it again from your feed reader: %w", err, ErrNotOPML)
	}
	var out []Outline
	var walk func(os []opmlOutline, parent string, depth int) error
	walk = func(os []opmlOutline, parent string, depth int) error {
		if depth > maxOPMLDepth {
			return fmt.Errorf("reading OPML: outlines nest deeper than %d levels: %w", maxOPMLDepth, ErrNotOPML)
		}
		for _, o := range os {
			title := strings.TrimSpace(o.Title)
			if title == "" {
				title = strings.TrimSpace(o.Text)
			}
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				if len(out) >= maxOPMLOutlines {
					return fmt.Errorf("reading OPML: more than %d feeds; split the file: %w", maxOPMLOutlines, ErrNotOPML)
				}
				cat := firstCategory(o.Category)
				if cat == "" {
					cat = parent
				}
				out = append(out, Outline{Title: title, FeedURL: u, SiteURL: strings.TrimSpace(o.HTMLURL), Category: cat})
			}
			folder := parent
			if o.XMLURL == "" && title != "" {
				folder = title
			}
			if err := walk(o.Children, folder, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Body, "", 0); err != nil {
		return nil, err
	}
	return out, nil
}

// firstCategory takes the first of OPML 2.0's comma-separated category
// paths ("/Korea/North Korea") and returns its last segment.
func firstCategory(s string) string {
	first, _, _ := strings.Cut(s, ",")
	first = strings.Trim(strings.TrimSpace(first), "/")
	if i := strings.LastIndexByte(first, '/'); i >= 0 {
		first = first[i+1:]
	}
	return strings.TrimSpace(first)
}

// WriteOPML writes feeds as OPML 2.0, one folder per category.
func WriteOPML(w io.Writer, feeds []model.Feed) error {
	doc := opmlDoc{Version: "2.0", Head: opmlHead{Title: "yalu subscriptions"}}
	folders := map[string]int{}
	sorted := slices.Clone(feeds)
	slices.SortStableFunc(sorted, func(a, b model.Feed) int { return strings.Compare(a.Category, b.Category) })
	for _, f := range sorted {
		title := f.Title
		if title == "" {
			title = f.URL
		}
		o := opmlOutline{Text: title, Title: title, Type: "rss", XMLURL: f.URL, HTMLURL: f.SiteURL}
		if f.Category == "" {
			doc.Body = append(doc.Body, o)
			continue
		}
		i, ok := folders[f.Category]
		if !ok {
			i = len(doc.Body)
			folders[f.Category] = i
			doc.Body = append(doc.Body, opmlOutline{Text: f.Category, Title: f.Category})
		}
		doc.Body[i].Children = append(doc.Body[i].Children, o)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing OPML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing OPML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing OPML: %w", err)
	}
	return nil
}

//go:embed outlets.opml
var curated []byte

// Curated returns yalu's built-in list of outlets that report on North
// Korean trade, as OPML. The caller owns the returned slice.
func Curated() []byte { return bytes.Clone(curated) }
