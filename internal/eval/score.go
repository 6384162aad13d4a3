package eval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// Field names, in report order. The first seven score extraction part 1
// (mentions); the rest score part 2 (what happened).
const (
	FieldPlaces        = "places"
	FieldOrganizations = "organizations"
	FieldCommodities   = "commodities"
	FieldPrices        = "prices"
	FieldQuantities    = "quantities"
	FieldDates         = "dates"
	FieldAll           = "all" // micro-average over the six part-1 fields
	FieldRelevance     = "relevance"
	FieldDirection     = "direction" // directions other than none
	FieldLegs          = "legs"      // every leg, the general flag ignored
	FieldLegsSpecific  = "legs_specific"
	FieldLegsGeneral   = "legs_general"
	FieldEvents        = "events"
)

// Accuracy names, in report order: the direction of each document, then the
// attributes of matched events.
const (
	AccDirection     = "direction"
	AccEventBuyer    = "event_buyer"
	AccEventSeller   = "event_seller"
	AccEventEndUser  = "event_end_user"
	AccEventRoute    = "event_route"
	AccEventHedged   = "event_hedged"
	fieldEventDetail = "event" // per-document items about a matched event's attributes
)

var (
	extractionFields = []string{FieldPlaces, FieldOrganizations, FieldCommodities, FieldPrices, FieldQuantities, FieldDates}
	part2Fields      = []string{FieldRelevance, FieldDirection, FieldLegs, FieldLegsSpecific, FieldLegsGeneral, FieldEvents}
	accuracyNames    = []string{AccDirection, AccEventBuyer, AccEventSeller, AccEventEndUser, AccEventRoute, AccEventHedged}
)

// FieldScore is the micro-averaged score of one field over the corpus.
type FieldScore struct {
	Field                 string
	TP, FP, FN            int
	Precision, Recall, F1 float64
	// F1Low and F1High bound the 95% bootstrap interval of F1 over
	// documents, once Bootstrap has run; both 0 before.
	F1Low, F1High float64 `json:",omitempty"`
}

func (f *FieldScore) compute() {
	f.Precision = ratio(f.TP, f.TP+f.FP)
	f.Recall = ratio(f.TP, f.TP+f.FN)
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
}

// Accuracy is the share of Total comparisons that were Correct.
type Accuracy struct {
	Name           string
	Correct, Total int
	Accuracy       float64
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

// DocReport lists what went wrong in one document, and its counts.
type DocReport struct {
	ID         string
	Misses     []Item // gold values nothing matched (false negatives)
	FalseHits  []Item // predicted values no gold value matched (false positives)
	Mismatches []Item // a wrong direction, or an attribute of a matched event that disagrees
	// Counts are the document's own TP, FP and FN per field (the part-1
	// fields, then the part-2 ones, as in Report.Fields without "all"):
	// what Bootstrap resamples.
	Counts []Count `json:",omitempty"`
}

// Count is one document's tally of one field.
type Count struct {
	Field      string
	TP, FP, FN int
}

// Report is the result of Score.
type Report struct {
	Docs       int
	Fields     []FieldScore // part-1 fields, all, then the part-2 fields
	Accuracies []Accuracy   // direction, then the attributes of matched events
	PerDoc     []DocReport
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

// Accuracy returns the named accuracy, or false if it is not in the report.
func (r *Report) Accuracy(name string) (Accuracy, bool) {
	for _, a := range r.Accuracies {
		if a.Name == name {
			return a, true
		}
	}
	return Accuracy{}, false
}

// tally accumulates counts over the corpus.
type tally struct {
	fields map[string]*FieldScore
	acc    map[string]*Accuracy
}

func (t *tally) add(doc *DocReport, fr fieldResult) {
	f := t.fields[fr.field]
	f.TP += fr.tp
	f.FP += len(fr.falseHits)
	f.FN += len(fr.misses)
	// The split leg fields repeat what the combined one lists per document.
	if fr.quiet {
		return
	}
	for _, v := range fr.misses {
		doc.Misses = append(doc.Misses, Item{fr.field, v})
	}
	for _, v := range fr.falseHits {
		doc.FalseHits = append(doc.FalseHits, Item{fr.field, v})
	}
}

// counts appends the running counts of every field, part-1 fields first,
// to dst.
func (t *tally) counts(dst []Count) []Count {
	for _, f := range append(append([]string{}, extractionFields...), part2Fields...) {
		s := t.fields[f]
		dst = append(dst, Count{Field: f, TP: s.TP, FP: s.FP, FN: s.FN})
	}
	return dst
}

func (t *tally) count(name string, correct bool) {
	a := t.acc[name]
	a.Total++
	if correct {
		a.Correct++
	}
}

// Score runs predict on every case and compares its output with the gold
// annotation under the rules in the package documentation. A nil result
// counts as an empty extraction; an error stops scoring.
func Score(cases []Case, predict func(c Case) (*model.ExtractionResult, error)) (*Report, error) {
	t := tally{fields: map[string]*FieldScore{}, acc: map[string]*Accuracy{}}
	for _, f := range append(append([]string{}, extractionFields...), part2Fields...) {
		t.fields[f] = &FieldScore{Field: f}
	}
	for _, a := range accuracyNames {
		t.acc[a] = &Accuracy{Name: a}
	}
	rep := &Report{Docs: len(cases)}
	for _, c := range cases {
		pred, err := predict(c)
		if err != nil {
			return nil, fmt.Errorf("predicting %s: %w", c.ID, err)
		}
		if pred == nil {
			pred = &model.ExtractionResult{}
		}
		doc := DocReport{ID: c.ID}
		before := t.counts(nil)
		for _, fr := range scoreDoc(&c.Gold, pred) {
			t.add(&doc, fr)
		}
		scorePart2(&t, &doc, &c.Gold, pred)
		doc.Counts = t.counts(nil)
		for k := range doc.Counts {
			doc.Counts[k].TP -= before[k].TP
			doc.Counts[k].FP -= before[k].FP
			doc.Counts[k].FN -= before[k].FN
		}
		rep.PerDoc = append(rep.PerDoc, doc)
	}
	all := FieldScore{Field: FieldAll}
	for _, f := range extractionFields {
		s := t.fields[f]
		s.compute()
		rep.Fields = append(rep.Fields, *s)
		all.TP, all.FP, all.FN = all.TP+s.TP, all.FP+s.FP, all.FN+s.FN
	}
	all.compute()
	rep.Fields = append(rep.Fields, all)
	for _, f := range part2Fields {
		s := t.fields[f]
		s.compute()
		rep.Fields = append(rep.Fields, *s)
	}
	for _, name := range accuracyNames {
		a := t.acc[name]
		a.Accuracy = ratio(a.Correct, a.Total)
		rep.Accuracies = append(rep.Accuracies, *a)
	}
	return rep, nil
}

type fieldResult struct {
	field             string
	tp                int
	misses, falseHits []string
	quiet             bool // count, but list nothing per document
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
			func(a GoldCommodity, b model.Commodity) bool { return CommodityMatches(a.Name, a.HS, b.Name, b.HS) },
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

// orgMatches reports whether the predicted organisation is the gold one:
// the gold name is its name or a form the text named it by, or, as places
// are matched by identity, a name the lexicon knows for the same entry (gold
// "Central Bank of the Democratic People's Republic of Korea" is the
// predicted "Central Bank of the DPRK").
func orgMatches(a GoldOrg, b model.Organization) bool {
	want := normalizeOrg(a.Name)
	if want == normalizeOrg(b.Name) {
		return true
	}
	for _, alias := range b.Aliases {
		if normalizeOrg(alias) == want {
			return true
		}
	}
	return knownOrgName(want, b.ID)
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
