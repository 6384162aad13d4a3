package eval

import (
	"errors"
	"fmt"
	"time"

	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
	"github.com/yalu-osint/yalu/internal/model"
)

// Gold is the hand annotation of one corpus document (NNN-slug.gold.json).
type Gold struct {
	ID            string          `json:"id"`
	Style         string          `json:"style"`     // specialist, wire, korean, machine-translated, aggregator, negative
	Language      string          `json:"language"`  // en or ko
	Published     string          `json:"published"` // YYYY-MM-DD; anchors relative dates
	Relevant      bool            `json:"relevant"`  // goods are bought, sold, priced, moved, smuggled, seized or blocked
	Direction     string          `json:"direction"` // into_dprk, out_of_dprk, both, none
	Places        []GoldPlace     `json:"places"`
	Organizations []GoldOrg       `json:"organizations"`
	Commodities   []GoldCommodity `json:"commodities"`
	Prices        []GoldPrice     `json:"prices"`
	Quantities    []GoldQuantity  `json:"quantities"`
	Dates         []GoldDate      `json:"dates"`
	Legs          []GoldLeg       `json:"legs"`
	Events        []GoldEvent     `json:"events"`
}

// GoldPlace is a place the text names, by canonical English name.
type GoldPlace struct {
	Name    string `json:"name"`
	Country string `json:"country"`        // ISO 3166-1 alpha-2
	Kind    string `json:"kind,omitempty"` // admin1, river, country, port…; empty for cities
}

// GoldOrg is an organisation the text names, by canonical English name.
type GoldOrg struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
}

// GoldCommodity is a good the text names: an English noun phrase and, where
// the text allows, an HS 2022 code of 2, 4 or 6 digits.
type GoldCommodity struct {
	Name string `json:"name"`
	HS   string `json:"hs,omitempty"`
}

// GoldPrice is a stated price in its own currency.
type GoldPrice struct {
	Amount    float64  `json:"amount"`
	AmountMax *float64 `json:"amount_max,omitempty"`
	Currency  string   `json:"currency"`
	Unit      string   `json:"unit,omitempty"`
	Item      string   `json:"item,omitempty"`
}

// GoldQuantity is a stated amount; Max is nil when open-ended.
type GoldQuantity struct {
	Min  float64  `json:"min"`
	Max  *float64 `json:"max"`
	Unit string   `json:"unit,omitempty"`
	Item string   `json:"item,omitempty"`
}

// GoldDate is a time expression resolved against Gold.Published.
type GoldDate struct {
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision,omitempty"` // day, month, part-of-month, year, season
}

// GoldLeg is one directed hop of a route; General marks corridor statements
// ("most contraband comes through X") rather than a reported movement.
type GoldLeg struct {
	From    string `json:"from"`
	To      string `json:"to"`
	General bool   `json:"general"`
}

// GoldEvent is a trade event, for the event-extraction stage.
type GoldEvent struct {
	Type      string   `json:"type"`
	Commodity string   `json:"commodity,omitempty"`
	Seller    string   `json:"seller,omitempty"`
	Buyer     string   `json:"buyer,omitempty"`
	EndUser   string   `json:"end_user,omitempty"`
	Route     []string `json:"route,omitempty"`
	Hedged    bool     `json:"hedged"`
}

// Currencies is the set of ISO 4217 codes the corpus may use: the North
// Korean won, the US dollar and every currency of the bundled rate table
// (the currencies yalu reads and converts).
var Currencies = func() map[string]bool {
	m := map[string]bool{"KPW": true, "USD": true}
	for _, c := range rates.Default().Currencies() {
		m[c] = true
	}
	return m
}()

var (
	styles     = setOf("specialist", "wire", "korean", "machine-translated", "aggregator", "negative")
	directions = setOf("into_dprk", "out_of_dprk", "both", "none")
	eventTypes = setOf("procurement", "sale", "shipment", "crossing", "seizure", "suspension", "resumption", "plan")
	precisions = setOf("", "day", "month", "part-of-month", "year", "season")
)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Validate checks that an annotation is internally consistent: known
// vocabularies, dates that parse, countries on every place, min ≤ max.
// It reports every problem it finds, joined.
func (g *Gold) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if g.ID == "" {
		bad("id is empty")
	}
	if !styles[g.Style] {
		bad("unknown style %q", g.Style)
	}
	if g.Language != "en" && g.Language != "ko" {
		bad("language %q is neither en nor ko", g.Language)
	}
	if _, err := time.Parse(time.DateOnly, g.Published); err != nil {
		bad("published: %w", err)
	}
	if !directions[g.Direction] {
		bad("unknown direction %q", g.Direction)
	}
	for i, p := range g.Places {
		if p.Name == "" || len(p.Country) != 2 {
			bad("places[%d] %q: needs a name and a two-letter country", i, p.Name)
		}
	}
	for i, o := range g.Organizations {
		if o.Name == "" {
			bad("organizations[%d]: empty name", i)
		}
	}
	for i, c := range g.Commodities {
		if c.Name == "" {
			bad("commodities[%d]: empty name", i)
		}
		if n := len(c.HS); n != 0 && n != 2 && n != 4 && n != 6 {
			bad("commodities[%d] %q: HS code %q is not 2, 4 or 6 digits", i, c.Name, c.HS)
		}
	}
	for i, p := range g.Prices {
		if !Currencies[p.Currency] {
			bad("prices[%d]: unknown currency %q", i, p.Currency)
		}
		if p.Amount <= 0 || (p.AmountMax != nil && *p.AmountMax < p.Amount) {
			bad("prices[%d]: amount %v..%v out of order or not positive", i, p.Amount, p.AmountMax)
		}
	}
	for i, q := range g.Quantities {
		if q.Max != nil && *q.Max < q.Min {
			bad("quantities[%d]: min %v > max %v", i, q.Min, *q.Max)
		}
	}
	for i, d := range g.Dates {
		s, err1 := time.Parse(time.DateOnly, d.Start)
		e, err2 := time.Parse(time.DateOnly, d.End)
		if err := errors.Join(err1, err2); err != nil {
			bad("dates[%d]: %w", i, err)
		} else if e.Before(s) {
			bad("dates[%d]: end %s before start %s", i, d.End, d.Start)
		}
		if !precisions[d.Precision] {
			bad("dates[%d]: unknown precision %q", i, d.Precision)
		}
	}
	for i, e := range g.Events {
		if !eventTypes[e.Type] {
			bad("events[%d]: unknown type %q", i, e.Type)
		}
	}
	if !g.Relevant && g.Direction != "none" {
		bad("an irrelevant document must have direction none, not %q", g.Direction)
	}
	return errors.Join(errs...)
}

// Result turns a gold annotation into the extraction it describes, so that
// one annotator's gold can be scored against another's as the extractor's
// output is (agreement between annotators: `yalu eval -against`). Values
// the gold does not hold (ids, mentions, evidence) stay empty, and legs
// and places then match by name.
func (g *Gold) Result() *model.ExtractionResult {
	r := &model.ExtractionResult{Published: g.Published, Language: g.Language, Relevant: g.Relevant, Direction: g.Direction}
	for _, p := range g.Places {
		r.Places = append(r.Places, model.Place{Name: p.Name, Country: p.Country, Kind: p.Kind})
	}
	for _, o := range g.Organizations {
		r.Organizations = append(r.Organizations, model.Organization{Name: o.Name, Country: o.Country})
	}
	for _, c := range g.Commodities {
		r.Commodities = append(r.Commodities, model.Commodity{Name: c.Name, HS: c.HS})
	}
	for _, p := range g.Prices {
		r.Prices = append(r.Prices, model.Price{Amount: p.Amount, AmountMax: p.AmountMax, Currency: p.Currency, Unit: p.Unit, Item: p.Item})
	}
	for _, q := range g.Quantities {
		r.Quantities = append(r.Quantities, model.Quantity{Min: q.Min, Max: q.Max, Unit: q.Unit, Item: q.Item})
	}
	for _, d := range g.Dates {
		r.Dates = append(r.Dates, model.DateMention{Start: d.Start, End: d.End, Precision: d.Precision})
	}
	for _, l := range g.Legs {
		r.Legs = append(r.Legs, model.Leg{From: l.From, To: l.To, General: l.General, Event: -1})
	}
	for _, e := range g.Events {
		ev := model.Event{Type: e.Type, Commodity: e.Commodity, Seller: e.Seller, Buyer: e.Buyer, EndUser: e.EndUser, Route: e.Route}
		if e.Hedged {
			ev.Hedges = []string{"hedged"}
		}
		r.Events = append(r.Events, ev)
	}
	return r
}
