package web

import (
	"html/template"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

// maxEvidence bounds each evidence excerpt shown in a table, in bytes.
const maxEvidence = 400

func funcs() template.FuncMap {
	return template.FuncMap{
		"date": func(t *time.Time) string {
			if t == nil {
				return ""
			}
			return t.UTC().Format("2006-01-02")
		},
		"day":      func(t time.Time) string { return t.UTC().Format("2006-01-02") },
		"join":     strings.Join,
		"num":      formatNumber,
		"price":    formatPrice,
		"quantity": formatQuantity,
		"dates":    formatRange,
		"evidence": evidence,
		"snippet":  snippetHTML,
		"percent":  func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
	}
}

// formatNumber writes f without exponent and with thousands separators:
// 5000000 → "5,000,000", 4.42 → "4.42".
func formatNumber(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// formatPrice is e.g. "about 6,500 KRW per kg (rice)".
func formatPrice(p model.Price) string {
	amount := formatNumber(p.Amount)
	if p.AmountMax != nil && *p.AmountMax != p.Amount {
		amount += "–" + formatNumber(*p.AmountMax)
	}
	s := joinNonEmpty(" ", p.Qualifier, amount, p.Currency)
	if p.Unit != "" {
		s += " per " + p.Unit
	}
	if p.Item != "" {
		s += " (" + p.Item + ")"
	}
	return s
}

// formatQuantity is e.g. "40 tonnes of rice", "10–99 tonnes", "6+ units".
func formatQuantity(q model.Quantity) string {
	n := formatNumber(q.Min)
	switch {
	case q.Max == nil:
		n += "+"
	case *q.Max != q.Min:
		n += "–" + formatNumber(*q.Max)
	}
	s := joinNonEmpty(" ", n, q.Unit)
	if q.Item != "" {
		s += " of " + q.Item
	}
	return s
}

// formatRange is "start – end", or one date when they are the same.
func formatRange(start, end string) string {
	if start == end || end == "" {
		return start
	}
	if start == "" {
		return "until " + end
	}
	return start + " – " + end
}

// evidence quotes the spans of text, each cut to maxEvidence bytes,
// joined by " … ". Invalid spans are skipped.
func evidence(text string, spans []model.Span) string {
	var parts []string
	for _, sp := range spans {
		if !validSpan(text, sp.Start, sp.End) {
			continue
		}
		q := strings.Join(strings.Fields(text[sp.Start:sp.End]), " ")
		if len(q) > maxEvidence {
			cut := maxEvidence
			for cut > 0 && !utf8.RuneStart(q[cut]) {
				cut--
			}
			q = q[:cut] + "…"
		}
		parts = append(parts, q)
	}
	return strings.Join(parts, " … ")
}

// snippetHTML renders a search snippet, whose matches the store wraps in
// [ and ], with the matches in <mark>. Everything else is escaped; a [
// without its ] stays as it is.
func snippetHTML(s string) template.HTML {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+1:], ']')
		if j < 0 {
			break
		}
		b.WriteString(template.HTMLEscapeString(s[:i]))
		b.WriteString("<mark>")
		b.WriteString(template.HTMLEscapeString(s[i+1 : i+1+j]))
		b.WriteString("</mark>")
		s = s[i+1+j+1:]
	}
	b.WriteString(template.HTMLEscapeString(s))
	return template.HTML(b.String())
}
