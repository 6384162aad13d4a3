package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
	"github.com/yalu-osint/yalu/internal/source/files"
)

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "extract")
	format := fs.String("format", "json", "output format: json or text")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback or private networks")
	maxSize := fs.Int64("max-size", files.DefaultMaxSize, "largest input in bytes")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "json", "text"); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("name at least one file, URL or - for standard input: %w", errUsage)
	}
	ex, err := loadExtractor()
	if err != nil {
		return err
	}
	ins, skipped, errs := expandInputs(ctx, fs.Args())
	for _, e := range errs {
		fmt.Fprintf(env.Stderr, "error: %v\n", e)
	}
	if n := skipped.Total(); n > 0 {
		fmt.Fprintf(env.Stderr, "skipped %d (%s)\n", n, skipped)
	}
	l := newLoader(env, *allowPrivate, *maxSize)
	failed := len(errs)
	for i, in := range ins {
		res, doc, err := extractOne(ctx, l, ex, in)
		if err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "error: %s: %v\n", in.ref, err)
			continue
		}
		if *format == "json" {
			if err := writeJSON(env.Stdout, res); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(env.Stdout, strings.Repeat("─", 72))
		}
		writeExtractionText(env.Stdout, in.ref, doc, res)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed: %w", failed, len(ins)+len(errs), errPartial)
	}
	return nil
}

func extractOne(ctx context.Context, l *loader, ex pipeline.Extractor, in input) (*model.ExtractionResult, *model.Document, error) {
	o, err := l.load(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	doc, err := pipeline.Clean(ctx, o)
	if err != nil {
		return nil, nil, err
	}
	res, err := ex.Extract(ctx, doc)
	if err != nil {
		return nil, nil, fmt.Errorf("extracting: %w", err)
	}
	return res, doc, nil
}

// sentenceAround returns the sentence of text containing [start,end).
func sentenceAround(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	b := start
	for b > 0 {
		c := text[b-1]
		if c == '\n' || ((c == '.' || c == '!' || c == '?') && b < len(text) && text[b] == ' ') {
			break
		}
		b--
	}
	e := end
	for e < len(text) {
		c := text[e]
		if c == '\n' {
			break
		}
		e++
		if (c == '.' || c == '!' || c == '?') && (e == len(text) || text[e] == ' ' || text[e] == '\n') {
			break
		}
	}
	s := strings.TrimSpace(text[b:start]) + " «" + text[start:end] + "»" + text[end:e]
	return strings.TrimSpace(s)
}

func evidence(w io.Writer, text string, ms []model.Mention) {
	if len(ms) == 0 {
		return
	}
	m := ms[0]
	more := ""
	if len(ms) > 1 {
		more = fmt.Sprintf(" (+%d more)", len(ms)-1)
	}
	fmt.Fprintf(w, "      @%d-%d%s: %s\n", m.Start, m.End, more, truncate(sentenceAround(text, m.Start, m.End), 160))
}

// spanEvidence prints the sentence(s) of an event or leg.
func spanEvidence(w io.Writer, text string, spans []model.Span) {
	for i, sp := range spans {
		if i == 2 {
			fmt.Fprintf(w, "      (+%d more)\n", len(spans)-2)
			break
		}
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		fmt.Fprintf(w, "      @%d-%d: %s\n", sp.Start, sp.End, truncate(strings.TrimSpace(text[sp.Start:sp.End]), 200))
	}
}

func writeEvents(w io.Writer, text string, r *model.ExtractionResult) {
	rel := "not relevant (no goods bought, sold, priced, moved, smuggled, seized or blocked)"
	if r.Relevant {
		rel = "relevant, goods moving " + strings.ReplaceAll(orDash(r.Direction), "_", " ")
	}
	fmt.Fprintf(w, "\n%s\n", rel)
	if len(r.Events) > 0 {
		fmt.Fprintf(w, "\nEvents (%d)\n", len(r.Events))
	}
	for i, e := range r.Events {
		head := e.Type
		if e.Negated {
			head = "NOT " + head
		}
		if e.Commodity != "" {
			head += " of " + e.Commodity
		}
		fmt.Fprintf(w, "  [%d] %s (confidence %.2f)\n", i, head, e.Confidence)
		var parts []string
		if e.Quantity != nil {
			parts = append(parts, "how many: "+e.Quantity.Text)
		}
		if e.Price != nil {
			parts = append(parts, fmt.Sprintf("price: %g %s", e.Price.Amount, e.Price.Currency))
		}
		for _, kv := range [][2]string{{"buyer", e.Buyer}, {"seller", e.Seller}, {"via", e.Intermediary}, {"for", e.EndUser}, {"channel", e.Channel}} {
			if kv[1] != "" {
				parts = append(parts, kv[0]+": "+kv[1])
			}
		}
		if len(e.Route) > 0 {
			parts = append(parts, "route: "+strings.Join(e.Route, " → "))
		}
		if e.When != nil {
			parts = append(parts, fmt.Sprintf("when: %s (%s..%s)", e.When.Text, e.When.Start, e.When.End))
		}
		if e.Attribution != "" {
			parts = append(parts, "according to: "+e.Attribution)
		}
		if len(e.Hedges) > 0 {
			parts = append(parts, "hedged: "+strings.Join(e.Hedges, ", "))
		}
		for _, p := range parts {
			fmt.Fprintf(w, "      %s\n", p)
		}
		spanEvidence(w, text, e.Evidence)
	}
	if len(r.Legs) > 0 {
		fmt.Fprintf(w, "\nRoute legs (%d)\n", len(r.Legs))
	}
	for _, l := range r.Legs {
		kind := ""
		if l.General {
			kind = " (general corridor)"
		}
		ev := ""
		if l.Event >= 0 {
			ev = fmt.Sprintf(" [event %d]", l.Event)
		}
		fmt.Fprintf(w, "  %s → %s%s %s%s\n", l.From, l.To, kind, l.Commodity, ev)
		spanEvidence(w, text, l.Evidence)
	}
}

// writeExtractionText prints a summary a person can check against the text:
// every value is followed by the sentence it was read from.
func writeExtractionText(w io.Writer, ref string, doc *model.Document, r *model.ExtractionResult) {
	fmt.Fprintf(w, "%s\n%s\n", doc.Title, ref)
	fmt.Fprintf(w, "outlet %s · published %s · language %s · offsets are byte offsets into the clean text\n", orDash(doc.Outlet), fmtTime(doc.Published), orDash(doc.Language))
	writeEvents(w, doc.Text, r)
	if len(r.Places) > 0 {
		fmt.Fprintf(w, "\nPlaces (%d)\n", len(r.Places))
		for _, p := range r.Places {
			where := strings.Trim(strings.Join([]string{p.Admin1, p.Country}, ", "), ", ")
			fmt.Fprintf(w, "  %s — %s, %s [%s]\n", p.Name, p.Kind, where, p.ID)
			evidence(w, doc.Text, p.Mentions)
		}
	}
	if len(r.Organizations) > 0 {
		fmt.Fprintf(w, "\nOrganisations (%d)\n", len(r.Organizations))
		for _, o := range r.Organizations {
			fmt.Fprintf(w, "  %s (%s, %s)\n", o.Name, orDash(o.Kind), orDash(o.Country))
			evidence(w, doc.Text, o.Mentions)
		}
	}
	if len(r.Commodities) > 0 {
		fmt.Fprintf(w, "\nGoods (%d)\n", len(r.Commodities))
		for _, c := range r.Commodities {
			s := "not covered by UN DPRK sanctions"
			if len(c.Sanctioned) > 0 {
				var parts []string
				for _, sc := range c.Sanctioned {
					parts = append(parts, fmt.Sprintf("UNSCR %s %s (%s)", strings.Join(sc.Resolutions, "/"), sc.Category, sc.Direction))
				}
				s = strings.Join(parts, "; ")
			}
			fmt.Fprintf(w, "  %s — %s, HS %s; %s\n", c.Name, c.Class, orDash(c.HS), s)
			evidence(w, doc.Text, c.Mentions)
		}
	}
	if len(r.Prices) > 0 {
		fmt.Fprintf(w, "\nPrices (%d)\n", len(r.Prices))
		for _, p := range r.Prices {
			amt := fmt.Sprintf("%g", p.Amount)
			if p.AmountMax != nil {
				amt += fmt.Sprintf("–%g", *p.AmountMax)
			}
			line := strings.TrimSpace(fmt.Sprintf("%s %s %s", p.Qualifier, amt, p.Currency))
			if p.Unit != "" {
				line += " / " + p.Unit
			}
			if p.Item != "" {
				line += " for " + p.Item
			}
			if p.USD != nil {
				line += fmt.Sprintf(" ≈ $%.2f (rate %.4g, %s, %s)", p.USD.Amount, p.USD.Rate, p.USD.RateDate, p.USD.Source)
			}
			fmt.Fprintf(w, "  %s\n", line)
			evidence(w, doc.Text, p.Mentions)
		}
	}
	if len(r.Quantities) > 0 {
		fmt.Fprintf(w, "\nQuantities (%d)\n", len(r.Quantities))
		for _, q := range r.Quantities {
			max := "open-ended"
			if q.Max != nil {
				max = fmt.Sprintf("%g", *q.Max)
			}
			fmt.Fprintf(w, "  %q = %g..%s %s %s\n", q.Text, q.Min, max, q.Unit, q.Item)
			evidence(w, doc.Text, q.Mentions)
		}
	}
	if len(r.Dates) > 0 {
		fmt.Fprintf(w, "\nDates (%d)\n", len(r.Dates))
		for _, d := range r.Dates {
			fmt.Fprintf(w, "  %q = %s..%s (%s)\n", d.Text, d.Start, d.End, d.Precision)
			evidence(w, doc.Text, d.Mentions)
		}
	}
	fmt.Fprintln(w)
}
