package web

import (
	"fmt"
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

// span is one highlighted stretch of text.
type span struct {
	start, end int
	class      string
	title      string
}

// Highlight renders text as HTML paragraphs (split at blank lines) with
// every extracted mention wrapped in <mark>, its class naming the field
// and its title the value. Mentions are byte offsets into text; those out
// of range, empty or not on character boundaries are skipped, and where
// mentions overlap the one starting first (the longer, on a tie) wins. A
// mention crossing a paragraph break is marked in each paragraph.
func Highlight(text string, ex *model.ExtractionResult) template.HTML {
	spans := pickSpans(text, collectSpans(text, ex))
	var b strings.Builder
	i := 0 // first span that may reach into the current paragraph
	for _, p := range paragraphs(text) {
		b.WriteString("<p>")
		pos := p.start
		for ; i < len(spans) && spans[i].start < p.end; i++ {
			sp := spans[i]
			a, z := max(sp.start, p.start), min(sp.end, p.end)
			if a >= z {
				continue // ends before this paragraph's text begins
			}
			writeLines(&b, text[pos:a])
			fmt.Fprintf(&b, `<mark class="%s" title="%s">`, sp.class, template.HTMLEscapeString(sp.title))
			writeLines(&b, text[a:z])
			b.WriteString("</mark>")
			pos = z
			if sp.end > p.end {
				break // continues into the next paragraph
			}
		}
		writeLines(&b, text[pos:p.end])
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String())
}

// collectSpans lists the usable mentions of every field of ex.
func collectSpans(text string, ex *model.ExtractionResult) []span {
	if ex == nil {
		return nil
	}
	var spans []span
	add := func(ms []model.Mention, class, title string) {
		for _, m := range ms {
			if validSpan(text, m.Start, m.End) {
				spans = append(spans, span{m.Start, m.End, class, title})
			}
		}
	}
	for _, p := range ex.Places {
		add(p.Mentions, "place", placeTitle(p))
	}
	for _, o := range ex.Organizations {
		add(o.Mentions, "org", joinNonEmpty(" ", o.Name, paren(o.Kind, o.Country)))
	}
	for _, c := range ex.Commodities {
		add(c.Mentions, "good", commodityTitle(c))
	}
	for _, p := range ex.Prices {
		add(p.Mentions, "price", formatPrice(p))
	}
	for _, q := range ex.Quantities {
		add(q.Mentions, "qty", formatQuantity(q))
	}
	for _, d := range ex.Dates {
		add(d.Mentions, "date", formatRange(d.Start, d.End))
	}
	return spans
}

// validSpan reports whether text[start:end] is a non-empty slice that
// starts and ends on character boundaries.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// pickSpans sorts spans by start (longest first) and drops every span that
// overlaps one kept before it.
func pickSpans(text string, spans []span) []span {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	out := spans[:0]
	pos := 0
	for _, sp := range spans {
		if sp.start < pos {
			continue
		}
		out = append(out, sp)
		pos = sp.end
	}
	return out
}

// para is a paragraph's byte range in the text.
type para struct{ start, end int }

// paragraphs splits text at blank lines (two or more newlines, possibly
// with spaces between), leaving out paragraphs of white space only.
func paragraphs(text string) []para {
	var out []para
	start := 0
	emit := func(a, z int) {
		if strings.TrimSpace(text[a:z]) != "" {
			out = append(out, para{a, z})
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		// Look past spaces and tabs for a second newline.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j >= len(text) || text[j] != '\n' {
			continue
		}
		end := i
		for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		emit(start, end)
		start = j
		i = j - 1
	}
	emit(start, len(text))
	return out
}

// writeLines writes s escaped, with single line breaks kept as <br>.
func writeLines(b *strings.Builder, s string) {
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteString("<br>\n")
		}
		b.WriteString(template.HTMLEscapeString(line))
	}
}

func placeTitle(p model.Place) string {
	return joinNonEmpty(" ", p.Name, paren(p.Kind, p.Admin1, p.Country), p.ID)
}

func commodityTitle(c model.Commodity) string {
	t := c.Name
	if c.HS != "" {
		t += ", HS " + c.HS
	}
	if len(c.Sanctioned) > 0 {
		var res []string
		for _, s := range c.Sanctioned {
			res = append(res, s.Resolutions...)
		}
		t += ", UN-sanctioned (UNSCR " + strings.Join(dedupe(res), ", ") + ")"
	}
	return t
}

// paren is "(a, b)" of the non-empty parts, or "".
func paren(parts ...string) string {
	s := joinNonEmpty(", ", parts...)
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
