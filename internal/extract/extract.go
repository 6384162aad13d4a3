// Package extract reads the facts of one cleaned report: places,
// organisations, goods, prices, quantities and dates (part 1), then the
// events, route legs, hedges and direction they add up to (part 2). Every
// value carries the byte spans of the clean text it was read from.
//
// Extract is a pure function of the document and the embedded data (the
// gazetteer, the lexicons and the rate table), so `yalu reprocess` and queue
// workers can run it again at any time; Version changes whenever its output
// would.
package extract

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/yalu-osint/yalu/internal/extract/events"
	"github.com/yalu-osint/yalu/internal/extract/gazetteer"
	"github.com/yalu-osint/yalu/internal/extract/goods"
	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/extract/measure"
	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
	"github.com/yalu-osint/yalu/internal/extract/orgs"
	"github.com/yalu-osint/yalu/internal/extract/places"
	"github.com/yalu-osint/yalu/internal/model"
)

// Version names the extractor's output format and rules. Stored extractions
// carry it, so records made by an older version can be found and upgraded.
const Version = "extract/1"

// MaxText is the longest clean text extracted in full; a longer document is
// extracted from its first MaxText bytes (cut at a character boundary) and
// the result says so in Truncated.
const MaxText = 4 << 20

// Extractor holds the loaded gazetteer, lexicons and rate table. It is
// read-only after New and safe for concurrent use.
type Extractor struct {
	places *places.Finder
	orgs   *orgs.Finder
	goods  *goods.Finder
	rates  *rates.Table
}

// New loads the embedded data.
func New() (*Extractor, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("loading gazetteer: %w", err)
	}
	lex, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("loading lexicons: %w", err)
	}
	of, err := orgs.NewFinder(lex)
	if err != nil {
		return nil, fmt.Errorf("building organisation finder: %w", err)
	}
	gf, err := goods.NewFinder(lex)
	if err != nil {
		return nil, fmt.Errorf("building goods finder: %w", err)
	}
	return &Extractor{places: places.New(g), orgs: of, goods: gf, rates: rates.Default()}, nil
}

// Version returns the package Version.
func (e *Extractor) Version() string { return Version }

// Extract reads doc.Text. Relative dates ("last month") are anchored to
// doc.Published; without it they are left out rather than guessed.
func (e *Extractor) Extract(ctx context.Context, doc *model.Document) (*model.ExtractionResult, error) {
	res, text, err := e.mentions(ctx, doc)
	if err != nil {
		return nil, err
	}
	events.Assemble(text, res)
	res.Places = reported(res)
	if !res.Relevant && len(res.Commodities) == 0 {
		// A report that names no good and no trade counts nothing that
		// takes part in one: the people sent to guard a slope, the boats
		// of a rescue.
		res.Quantities = nil
	}
	nonNil(res)
	return res, nil
}

// LegCandidates runs part 1 on doc and returns the pairs of places the leg
// scorer of package events weighs, with their features: the training data
// of events' testdata/tools/trainlegs.
func (e *Extractor) LegCandidates(ctx context.Context, doc *model.Document) ([]events.Candidate, error) {
	res, text, err := e.mentions(ctx, doc)
	if err != nil {
		return nil, err
	}
	return events.LegCandidates(text, res), nil
}

// mentions is part 1: the places, organisations, goods, prices, quantities
// and dates of doc's text (cut to MaxText), and that text.
func (e *Extractor) mentions(ctx context.Context, doc *model.Document) (*model.ExtractionResult, string, error) {
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	text := doc.Text
	if len(text) > MaxText {
		cut := MaxText
		for cut > 0 && !isRuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	res := &model.ExtractionResult{
		Version:    Version,
		DocumentID: doc.ID,
		Title:      doc.Title,
		Language:   doc.Language,
		Outlet:     doc.Outlet,
		Truncated:  len(text) < len(doc.Text),
	}
	var pub time.Time
	if doc.Published != nil {
		pub = *doc.Published
		res.Published = pub.UTC().Format("2006-01-02")
	}
	res.Places = e.places.Find(text)
	res.Organizations = e.orgs.Find(text)
	res.Commodities = e.goods.Find(text)
	res.Prices, res.Quantities, res.Dates = measure.Scan(text, pub, e.rates)
	return res, text, nil
}

// reported drops North Korea and China where the report names them only by
// a demonym (places.Reported), once the event stage has read them as the
// origin of goods — except where a leg starts or ends there.
func reported(r *model.ExtractionResult) []model.Place {
	used := map[string]bool{}
	for _, l := range r.Legs {
		used[l.FromID], used[l.ToID] = true, true
	}
	keep := make([]model.Place, 0, 8) // on the stack while a few legs' places
	for _, p := range r.Places {
		if used[p.ID] && p.ID != "" {
			keep = append(keep, p)
		}
	}
	ps := places.Reported(r.Places)
	for _, k := range keep {
		if !slices.ContainsFunc(ps, func(p model.Place) bool { return p.ID == k.ID }) {
			ps = append(ps, k)
		}
	}
	return ps
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// nonNil makes empty lists encode as [] rather than null, as the JSON
// contract promises.
func nonNil(r *model.ExtractionResult) {
	if r.Places == nil {
		r.Places = []model.Place{}
	}
	if r.Organizations == nil {
		r.Organizations = []model.Organization{}
	}
	if r.Commodities == nil {
		r.Commodities = []model.Commodity{}
	}
	if r.Prices == nil {
		r.Prices = []model.Price{}
	}
	if r.Quantities == nil {
		r.Quantities = []model.Quantity{}
	}
	if r.Dates == nil {
		r.Dates = []model.DateMention{}
	}
	if r.Events == nil {
		r.Events = []model.Event{}
	}
	if r.Legs == nil {
		r.Legs = []model.Leg{}
	}
}
