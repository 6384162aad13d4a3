package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/yalu-osint/yalu/internal/model"
)

// Field names, in report order.
const (
	FieldPlaces        = "places"
	FieldOrganizations = "organizations"
	FieldCommodities   = "commodities"
	FieldPrices        = "prices"
	FieldQuantities    = "quantities"
	FieldDates         = "dates"
	FieldRelevance     = "relevance"
	FieldAll           = "all" // micro-average over the six extraction fields
)

var extractionFields = []string{FieldPlaces, FieldOrganizations, FieldCommodities, FieldPrices, FieldQuantities, FieldDates}

// FieldScore is the micro-averaged score of one field over the corpus.
type FieldScore struct {
	Field                 string
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func (f *FieldScore) compute() {
	f.Precision = ratio(f.TP, f.TP+f.FP)
	f.Recall = ratio(f.TP, f.TP+f.FN)
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Item is one value that was missed or wrongly predicted.
type Item struct {
	Field string
	Value string
}

// DocReport lists what went wrong in one document.
type DocReport struct {
	ID        string
	Misses    []Item // gold values nothing matched (false negatives)
	FalseHits []Item // predicted values no gold value matched (false positives)
}

// Report is the result of Score.
type Report struct {
	Docs   int
	Fields []FieldScore
	PerDoc []DocReport
}

// Field returns the score of the named field, or false if it was not scored.
func (r *Report) Field(name string) (FieldScore, bool) {
	for _, f := range r.Fields {
		if f.Field == name {
			return f, true
		}
	}
	return FieldScore{}, false
}

// Option configures Score.
type Option func(*options)

type options struct {
	relevant func(Case) (relevant, known bool)
}

// WithRelevance scores relevance as a binary classification over documents.
// predict reports whether a document is relevant and whether it knows at all;
// documents with known == false are left out of the relevance score.
func WithRelevance(predict func(c Case) (relevant, known bool)) Option {
	return func(o *options) { o.relevant = predict }
}

// Score runs predict on every case and compares its output with the gold
// annotation under the rules in the package documentation. A nil result
// counts as an empty extraction; an error stops scoring.
func Score(cases []Case, predict func(c Case) (*model.ExtractionResult, error), opts ...Option) (*Report, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	totals := map[string]*FieldScore{}
	for _, f := range append(extractionFields, FieldRelevance) {
		totals[f] = &FieldScore{Field: f}
	}
	rep := &Report{Docs: len(cases)}
	relevanceScored := false
	for _, c := range cases {
		pred, err := predict(c)
		if err != nil {
			return nil, fmt.Errorf("predicting %s: %w", c.ID, err)
		}
		if pred == nil {
			pred = &model.ExtractionResult{}
		}
		doc := DocReport{ID: c.ID}
		for _, fr := range scoreDoc(&c.Gold, pred) {
			t := totals[fr.field]
			t.TP += fr.tp
			t.FP += len(fr.falseHits)
			t.FN += len(fr.misses)
			for _, v := range fr.misses {
				doc.Misses = append(doc.Misses, Item{fr.field, v})
			}
			for _, v := range fr.falseHits {
				doc.FalseHits = append(doc.FalseHits, Item{fr.field, v})
			}
		}
		if o.relevant != nil {
			if rel, known := o.relevant(c); known {
				relevanceScored = true
				t := totals[FieldRelevance]
				switch {
				case rel && c.Gold.Relevant:
					t.TP++
				case rel:
					t.FP++
					doc.FalseHits = append(doc.FalseHits, Item{FieldRelevance, "true"})
				case c.Gold.Relevant:
					t.FN++
					doc.Misses = append(doc.Misses, Item{FieldRelevance, "true"})
				}
			}
		}
		rep.PerDoc = append(rep.PerDoc, doc)
	}
	all := FieldScore{Field: FieldAll}
	for _, f := range extractionFields {
		t := totals[f]
		t.compute()
		rep.Fields = append(rep.Fields, *t)
		all.TP, all.FP, all.FN = all.TP+t.TP, all.FP+t.FP, all.FN+t.FN
	}
	all.compute()
	rep.Fields = append(rep.Fields, all)
	if relevanceScored {
		t := totals[FieldRelevance]
		t.compute()
		rep.Fields = append(rep.Fields, *t)
	}
	return rep, nil
}

type fieldResult struct {
	field             string
	tp                int
	misses, falseHits []string
}

func matchField[G, P any](field string, gold []G, pred []P, ok func(G, P) bool, gl func(G) string, pl func(P) string) fieldResult {
	goldTo, predTo := maxMatching(len(gold), len(pred), func(g, p int) bool { return ok(gold[g], pred[p]) })
	r := fieldResult{field: field}
	for g, p := range goldTo {
		if p >= 0 {
			r.tp++
		} else {
			r.misses = append(r.misses, gl(gold[g]))
		}
	}
	for p, g := range predTo {
		if g < 0 {
			r.falseHits = append(r.falseHits, pl(pred[p]))
		}
	}
	return r
}

func scoreDoc(g *Gold, p *model.ExtractionResult) []fieldResult {
	return []fieldResult{
		matchField(FieldPlaces, g.Places, p.Places,
			func(a GoldPlace, b model.Place) bool { return placeMatches(a.Name, a.Country, b.Name, b.Country) },
			func(a GoldPlace) string { return a.Name + " (" + a.Country + ")" },
			func(b model.Place) string { return b.Name + " (" + b.Country + ")" }),
		matchField(FieldOrganizations, g.Organizations, p.Organizations,
			orgMatches,
			func(a GoldOrg) string { return a.Name },
			func(b model.Organization) string { return b.Name }),
		matchField(FieldCommodities, g.Commodities, p.Commodities,
			func(a GoldCommodity, b model.Commodity) bool {
				if m, ok := hsMatches(a.HS, b.HS); ok {
					return m
				}
				return normalize(a.Name) == normalize(b.Name)
			},
			func(a GoldCommodity) string { return withHS(a.Name, a.HS) },
			func(b model.Commodity) string { return withHS(b.Name, b.HS) }),
		matchField(FieldPrices, g.Prices, p.Prices,
			func(a GoldPrice, b model.Price) bool {
				return strings.EqualFold(a.Currency, b.Currency) && amountClose(a.Amount, b.Amount) &&
					optionalClose(a.AmountMax, b.AmountMax, amountClose)
			},
			func(a GoldPrice) string { return money(a.Amount, a.AmountMax, a.Currency, a.Unit) },
			func(b model.Price) string { return money(b.Amount, b.AmountMax, b.Currency, b.Unit) }),
		matchField(FieldQuantities, g.Quantities, p.Quantities,
			func(a GoldQuantity, b model.Quantity) bool {
				return exactly(a.Min, b.Min) && optionalClose(a.Max, b.Max, exactly)
			},
			func(a GoldQuantity) string { return span(a.Min, a.Max, a.Unit) },
			func(b model.Quantity) string { return span(b.Min, b.Max, b.Unit) }),
		matchField(FieldDates, g.Dates, p.Dates,
			func(a GoldDate, b model.DateMention) bool { return a.Start == b.Start && a.End == b.End },
			func(a GoldDate) string { return a.Start + ".." + a.End },
			func(b model.DateMention) string { return b.Start + ".." + b.End }),
	}
}

func orgMatches(a GoldOrg, b model.Organization) bool {
	want := normalize(a.Name)
	if want == normalize(b.Name) {
		return true
	}
	for _, alias := range b.Aliases {
		if normalize(alias) == want {
			return true
		}
	}
	return false
}

func withHS(name, hs string) string {
	if hs == "" {
		return name
	}
	return name + " [" + hs + "]"
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func money(amount float64, max *float64, currency, unit string) string {
	s := num(amount)
	if max != nil {
		s += "-" + num(*max)
	}
	s += " " + currency
	if unit != "" {
		s += "/" + unit
	}
	return s
}

func span(min float64, max *float64, unit string) string {
	s := num(min) + ".."
	if max != nil {
		s += num(*max)
	}
	if unit != "" {
		s += " " + unit
	}
	return s
}

// WriteText writes the per-field table, then the misses and false hits of
// every document that has any.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "field\tP\tR\tF1\tTP\tFP\tFN\t\n")
	for _, f := range r.Fields {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n", f.Field, f.Precision, f.Recall, f.F1, f.TP, f.FP, f.FN)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing score table: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d documents\n", r.Docs)
	for _, d := range r.PerDoc {
		if len(d.Misses) == 0 && len(d.FalseHits) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", d.ID)
		for _, it := range d.Misses {
			fmt.Fprintf(&b, "  missed     %-13s %s\n", it.Field, it.Value)
		}
		for _, it := range d.FalseHits {
			fmt.Fprintf(&b, "  false hit  %-13s %s\n", it.Field, it.Value)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing per-document report: %w", err)
	}
	return nil
}
