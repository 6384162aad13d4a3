package model

// The types below are the JSON contract of `yalu extract` (issue 4). Field
// names are stable; new fields may be added. Every offset is a byte offset
// into Document.Text (the clean text that `yalu show` and
// `yalu extract --format text` print); End is exclusive.

// Mention is one span of clean text that a value was read from.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Place is a resolved gazetteer entry and where the text names it.
type Place struct {
	Name     string    `json:"name"`              // canonical English name
	ID       string    `json:"id"`                // "geonames:1877030", or "yalu:<slug>" for curated extras
	Kind     string    `json:"kind"`              // country, admin1, admin2, county, city, port, river, crossing, region
	Country  string    `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Admin1   string    `json:"admin1,omitempty"`  // English name of the first-level division
	Lat      float64   `json:"lat"`               //
	Lon      float64   `json:"lon"`               //
	Score    float64   `json:"score,omitempty"`   // disambiguation confidence 0..1
	Mentions []Mention `json:"mentions"`          //
	Origin   bool      `json:"origin,omitempty"`  // named only as an adjective of origin ("Russian coal")
}

// Organization is a lexicon organisation and the forms the text used.
type Organization struct {
	Name     string    `json:"name"`              // canonical English name
	ID       string    `json:"id"`                // lexicon id, stable across versions
	Aliases  []string  `json:"aliases"`           // the surface forms matched
	Country  string    `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Kind     string    `json:"kind,omitempty"`    // ministry, party, military, company, un_body, agency…
	Mentions []Mention `json:"mentions"`
}

// Sanction says which UN Security Council DPRK resolutions cover a good.
type Sanction struct {
	Resolutions []string `json:"resolutions"`    // e.g. ["2397"]
	Category    string   `json:"category"`       // e.g. "industrial machinery and electrical equipment (HS 84, 85)"
	Direction   string   `json:"direction"`      // "supply_to_dprk", "export_from_dprk" or "both"
	Note        string   `json:"note,omitempty"` // exemptions, caps
}

// Commodity is a good the text names, normalised and classified.
type Commodity struct {
	Name       string     `json:"name"`               // normalised noun phrase, English
	ID         string     `json:"id"`                 // lexicon id
	Class      string     `json:"class"`              // e.g. "electronics", "coal", "seafood"
	HS         string     `json:"hs,omitempty"`       // HS 2022 code, 2–6 digits, where one fits
	HSLabel    string     `json:"hs_label,omitempty"` // the HS description of HS
	Sanctioned []Sanction `json:"sanctioned"`         // null when no DPRK resolution covers it
	Mentions   []Mention  `json:"mentions"`
}

// USDValue is a price converted to US dollars, and how.
type USDValue struct {
	Amount   float64 `json:"amount"`
	Rate     float64 `json:"rate"`      // USD per unit of the source currency
	RateDate string  `json:"rate_date"` // YYYY-MM-DD
	Source   string  `json:"source"`    // "text" (the report's own conversion) or "table:<name>"
}

// Price is a stated price.
type Price struct {
	Amount    float64   `json:"amount"`
	AmountMax *float64  `json:"amount_max,omitempty"`
	Currency  string    `json:"currency"`            // ISO 4217
	Unit      string    `json:"unit,omitempty"`      // "each", "kg", "70 kg", "tonne"…
	Qualifier string    `json:"qualifier,omitempty"` // about, over, nearly, under, at least
	Item      string    `json:"item,omitempty"`      // what is priced, as a noun phrase
	USD       *USDValue `json:"usd,omitempty"`
	Mentions  []Mention `json:"mentions"`
}

// Quantity is a stated amount of something.
type Quantity struct {
	Text     string    `json:"text"`
	Min      float64   `json:"min"`
	Max      *float64  `json:"max"`            // null = open-ended
	Unit     string    `json:"unit,omitempty"` // tonnes, units, vehicles…
	Item     string    `json:"item,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// DateMention is a time expression resolved against the publication date.
type DateMention struct {
	Text      string    `json:"text"`
	Start     string    `json:"start"`     // YYYY-MM-DD
	End       string    `json:"end"`       // YYYY-MM-DD, inclusive
	Precision string    `json:"precision"` // day, month, part-of-month, year, season
	Mentions  []Mention `json:"mentions"`
}

// When is the time of an event.
type When struct {
	Text      string `json:"text"`
	Start     string `json:"start,omitempty"` // YYYY-MM-DD
	End       string `json:"end,omitempty"`   // YYYY-MM-DD, inclusive
	Precision string `json:"precision,omitempty"`
}

// Span is a stretch of clean text (byte offsets, End exclusive).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Event types.
const (
	EventProcurement = "procurement"
	EventSale        = "sale" // a sale or a price report
	EventShipment    = "shipment"
	EventCrossing    = "crossing"   // a border crossing
	EventSeizure     = "seizure"    // seizure or crackdown
	EventSuspension  = "suspension" // suspension or closure
	EventResumption  = "resumption"
	EventPlan        = "plan"
)

// Event is one thing the report says happened (or will) to goods: who
// bought or moved what, how many, at what price, from where to where, for
// whom, when, according to whom, and how sure the report is.
type Event struct {
	Type         string    `json:"type"`
	Commodity    string    `json:"commodity,omitempty"` // Commodity.Name
	Quantity     *Quantity `json:"quantity,omitempty"`
	Price        *Price    `json:"price,omitempty"`
	Buyer        string    `json:"buyer,omitempty"`
	Seller       string    `json:"seller,omitempty"`
	Intermediary string    `json:"intermediary,omitempty"`
	EndUser      string    `json:"end_user,omitempty"`
	Route        []string  `json:"route,omitempty"`     // ordered canonical place names
	RouteIDs     []string  `json:"route_ids,omitempty"` // the same places' gazetteer ids
	Channel      string    `json:"channel,omitempty"`   // official trade, state smuggling, private smuggling, ship-to-ship transfer…
	When         *When     `json:"when,omitempty"`
	Attribution  string    `json:"attribution,omitempty"` // who says so
	Hedges       []string  `json:"hedges,omitempty"`      // likely, apparently, reportedly…
	Negated      bool      `json:"negated"`               // denied, blocked or did not happen
	Confidence   float64   `json:"confidence"`            // 0..1, see package events
	Evidence     []Span    `json:"evidence"`
}

// Leg is one directed movement of goods between two places.
type Leg struct {
	From      string `json:"from"`
	FromID    string `json:"from_id,omitempty"`
	To        string `json:"to"`
	ToID      string `json:"to_id,omitempty"`
	Commodity string `json:"commodity,omitempty"`
	Event     int    `json:"event"`             // index into Events, -1 for none
	General   bool   `json:"general,omitempty"` // a general corridor statement, not one shipment
	Evidence  []Span `json:"evidence"`
}

// Directions of the goods a report is about, relative to North Korea.
const (
	DirectionInto  = "into_dprk"
	DirectionOutOf = "out_of_dprk"
	DirectionBoth  = "both"
	DirectionNone  = "none"
)

// ExtractionResult is the full extraction of one document.
type ExtractionResult struct {
	Version       string         `json:"version"`
	DocumentID    int64          `json:"document_id,omitempty"`
	Title         string         `json:"title,omitempty"`
	Language      string         `json:"language,omitempty"`
	Published     string         `json:"published,omitempty"`
	Places        []Place        `json:"places"`
	Organizations []Organization `json:"organizations"`
	Commodities   []Commodity    `json:"commodities"`
	Prices        []Price        `json:"prices"`
	Quantities    []Quantity     `json:"quantities"`
	Dates         []DateMention  `json:"dates"`
	// Part 2: what happened.
	Relevant  bool    `json:"relevant"`
	Direction string  `json:"direction,omitempty"`
	Events    []Event `json:"events"`
	Legs      []Leg   `json:"legs"`
	Outlet    string  `json:"outlet,omitempty"`
	// Truncated is set when the text was longer than the extractor reads
	// (extract.MaxText) and only its beginning was read.
	Truncated bool `json:"truncated,omitempty"`
}
