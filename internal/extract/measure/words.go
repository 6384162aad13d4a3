package measure

import (
	"sync"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

// kw identifies a keyword: a lower-cased English word the scanner reacts to.
type kw uint16

// Keywords compared by identity. Other keywords only carry a class.
const (
	kwNone kw = iota
	kwA
	kwAn
	kwAnd
	kwAs
	kwAt
	kwBetween
	kwFrom
	kwTo
	kwOf
	kwThe
	kwIn
	kwOn
	kwThan
	kwMore
	kwLess
	kwFewer
	kwLeast
	kwMost
	kwUp
	kwMany
	kwMuch
	kwEstimated
	kwClose
	kwTens
	kwHundreds
	kwPer
	kwEach
	kwApiece
	kwPiece
	kwEarly
	kwMid
	kwLate
	kwBeginning
	kwStart
	kwEnd
	kwMiddle
	kwLast
	kwThis
	kwNext
	kwPrevious
	kwPast
	kwEarlier
	kwYesterday
	kwToday
	kwWeek
	kwMonth
	kwYear
	kwAgo
	kwDays
	kwWeeks
	kwMonths
	kwYears
	kwSt
	kwNd
	kwRd
	kwTh
	kwUS
	kwNorth
	kwSouth
	kwKorean
	kwHong
	kwKong
	kwOr
	kwThrough
	kwUntil
	kwPrice
	kwPrices
	kwOld
	kwAged
	kwPercent
	kwCent
	kwMay
	kwMarch
	kwMovement
	kwAm
	kwPm
	kwO
	kwOther
	kwAdditional
	kwNo
	kwBn
	kwM
	kwK
	kwT
	kwSince
	kwDuring
	kwBy
	kwFor
	kwSuch
	kwNew
	kwBefore
	kwWeekend
	kwHalf
	kwFirst
	kwSecond
	kwLater
	kwCount // first id of class-only keywords
)

type class uint32

const (
	cQual      class = 1 << iota // single-word qualifier; alt is its normal form
	cNumWord                     // "two" … "ninety"; val
	cScale                       // "hundred", "million"; val
	cVague                       // "thousands"; val..val2
	cCurrency                    // "yuan"; alt is the ISO code ("WON" for won)
	cCurAdj                      // "Chinese", "Russian": may precede a currency word
	cMeasure                     // "kg", "tonnes": alt is the unit's normal form
	cContainer                   // "shipments", "boxes": a counted unit
	cNotQty                      // "years", "percent", "km": never a traded quantity
	cMonth                       // val is 1..12
	cWeekday                     // val is 0 (Sunday) .. 6
	cSeason                      // val is the first month
	cStop                        // ends a noun phrase
	cPriceVerb                   // "sold", "cost": links an item to a price
	cPrep                        // preposition that may introduce a date
	cVerb                        // a common verb: ends a noun phrase
	cPhrasal                     // a verb after which "over" is a particle ("hand over")
	cNotGoods                    // "countries", "sides": counted, but never traded
	cCasualty                    // "dead", "missing": a count of victims, not of trade
	cSpeech                      // "said", "told": its subject is a source, not a trader
)

type wordInfo struct {
	id    kw
	cls   class
	val   float64
	val2  float64
	alt   string
	month int
}

type lexicon struct {
	ids  map[string]kw
	info []wordInfo
	// slots is an open-addressing table over ids, hashed with FNV-1a as the
	// tokenizer lower-cases a word, which is cheaper than a map lookup.
	slots []kwSlot
	// ends[n][f] has bit l set when some keyword of n bytes starts with
	// the letter 'a'+f and ends with 'a'+l; see wordKw.
	ends [maxWordLen + 1][26]uint32
	// short is an open-addressing table of the keywords of at most eight
	// bytes, packed little endian (wordkey.Pack): a short word is looked
	// up by one multiply and a compare; see wordKw.
	short     []shortSlot
	shortBits uint // log2 of len(short)
	// dateLead[k] is false for a keyword k at which dateAt reads no date,
	// so that scanDates skips the word; see buildDateLead.
	dateLead []bool
	// amountLead[k] is false for a keyword k at which mayStartAmount
	// reads nothing unless the word is capitalised; see buildAmountLead.
	amountLead []bool
	// lead[k] is the token lead of a word with keyword k, from dateLead
	// and amountLead; see leadOf.
	lead []uint8
}

type shortSlot struct {
	key uint64 // the packed word; 0 for an empty slot
	id  kw
}

// shortHash hashes a packed word into a table of 1<<bits slots.
func shortHash(k uint64, bits uint) uint32 {
	// &63 changes no shift buildShort makes (bits is 1 to 63) and spares
	// the compiler's guard for shifts of 64 or more.
	return uint32((k * 0x9e3779b97f4a7c15) >> ((64 - bits) & 63))
}

// lookupShort finds the keyword packed in k, a lower-cased word of one to
// eight bytes.
func (lx *lexicon) lookupShort(k uint64) kw {
	mask := uint32(len(lx.short) - 1)
	for i := shortHash(k, lx.shortBits) & mask; ; i = (i + 1) & mask {
		s := &lx.short[i]
		if s.key == k {
			return s.id
		}
		if s.key == 0 {
			return kwNone
		}
	}
}

type kwSlot struct {
	word string
	id   kw
}

const fnvOffset, fnvPrime = 2166136261, 16777619

// lookup finds the keyword for the lower-cased word w whose FNV-1a hash is h.
func (lx *lexicon) lookup(w []byte, h uint32) kw {
	mask := uint32(len(lx.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &lx.slots[i]
		if s.id == kwNone {
			return kwNone
		}
		if s.word == string(w) {
			return s.id
		}
	}
}

func (lx *lexicon) buildSlots() {
	lx.buildShort()
	n := 1
	for n < 4*len(lx.ids) {
		n <<= 1
	}
	lx.slots = make([]kwSlot, n)
	mask := uint32(n - 1)
	for w, id := range lx.ids {
		h := uint32(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * fnvPrime
		}
		i := h & mask
		for lx.slots[i].id != kwNone {
			i = (i + 1) & mask
		}
		lx.slots[i] = kwSlot{word: w, id: id}
		// A word token starts and ends with a letter, so a keyword that
		// does not can never match and needs no bit.
		if n := len(w); n > 0 && n <= maxWordLen {
			f, l := w[0]-'a', w[n-1]-'a'
			if f < 26 && l < 26 {
				lx.ends[n][f] |= 1 << l
			}
		}
	}
}

// buildShort fills short with the keywords of one to eight bytes.
func (lx *lexicon) buildShort() {
	n, bits := 1, uint(0)
	for n < 4*len(lx.ids) {
		n <<= 1
		bits++
	}
	lx.short, lx.shortBits = make([]shortSlot, n), bits
	mask := uint32(n - 1)
	for w, id := range lx.ids {
		if len(w) == 0 || len(w) > 8 {
			continue
		}
		k := wordkey.Pack(w)
		i := shortHash(k, bits) & mask
		for lx.short[i].key != 0 {
			i = (i + 1) & mask
		}
		lx.short[i] = shortSlot{key: k, id: id}
	}
}

// buildDateLead sets dateLead from the keywords and classes dateAt reads
// a date at; it must agree with dateAt. "later" and "before" start no
// date of dateAt's but are leads too: scanDates notes them for
// offsetDates ("two days later", "the year before").
func (lx *lexicon) buildDateLead() {
	lx.dateLead = make([]bool, len(lx.info))
	for k := range lx.info {
		switch kw(k) {
		case kwEarly, kwMid, kwLate, kwBeginning, kwStart, kwEnd, kwMiddle, kwThe, kwEarlier,
			kwLast, kwThis, kwNext, kwPrevious, kwYesterday, kwA, kwAn, kwLater, kwBefore:
			lx.dateLead[k] = true
		}
		if lx.info[k].cls&(cMonth|cWeekday|cNumWord|cSeason) != 0 {
			lx.dateLead[k] = true
		}
	}
	lx.dateLead[kwNone] = false
}

// buildAmountLead sets amountLead from the keywords and classes at which
// mayStartAmount may start an amount in a lower-case word; it must agree
// with mayStartAmount.
func (lx *lexicon) buildAmountLead() {
	lx.amountLead = make([]bool, len(lx.info))
	for k := range lx.info {
		switch kw(k) {
		case kwTens, kwA, kwAn, kwMore, kwLess, kwFewer, kwAt, kwUp, kwAs, kwClose, kwNo, kwBetween, kwHalf:
			lx.amountLead[k] = true
		}
		if lx.info[k].cls&(cNumWord|cVague|cScale|cCurrency|cQual) != 0 {
			lx.amountLead[k] = true
		}
	}
	lx.amountLead[kwNone] = false
}

// mayLeadAmount reports whether mayStartAmount may be true at a lower-case
// word with keyword k; kwNone never leads one. At a word with a capital,
// where it is false, mayStartAmount is true only before a "$" ("HK $5").
func (lx *lexicon) mayLeadAmount(k kw) bool {
	return int(k) >= len(lx.amountLead) || lx.amountLead[k]
}

// buildLead sets lead from dateLead and amountLead.
func (lx *lexicon) buildLead() {
	lx.lead = make([]uint8, len(lx.info))
	for k := range lx.lead {
		if lx.mayLeadDate(kw(k)) {
			lx.lead[k] |= leadDate
		}
		if lx.mayLeadAmount(kw(k)) {
			lx.lead[k] |= leadAmount
		}
	}
}

// leadOf is the token lead of a word with keyword k (kwNone for none).
func (lx *lexicon) leadOf(k kw) uint8 {
	if int(k) >= len(lx.lead) {
		return leadDate | leadAmount // as mayLeadDate and mayLeadAmount
	}
	return lx.lead[k]
}

// keywordTable returns the word table, built once; it is read-only afterwards.
var keywordTable = sync.OnceValue(buildLexicon)

// mayLeadDate reports whether dateAt may read a date at a word with
// keyword k; kwNone never leads one.
func (lx *lexicon) mayLeadDate(k kw) bool {
	return int(k) >= len(lx.dateLead) || lx.dateLead[k]
}

// info returns the table entry of keyword k.
func (lx *lexicon) infoOf(k kw) *wordInfo {
	if int(k) >= len(lx.info) {
		return &lx.info[0]
	}
	return &lx.info[k]
}

func buildLexicon() *lexicon {
	lx := &lexicon{ids: map[string]kw{}, info: make([]wordInfo, kwCount, 512)}
	named := map[kw][]string{
		kwA: {"a"}, kwAn: {"an"}, kwAnd: {"and"}, kwAs: {"as"}, kwAt: {"at"}, kwBetween: {"between"},
		kwFrom: {"from"}, kwTo: {"to"}, kwOf: {"of"}, kwThe: {"the"}, kwIn: {"in"}, kwOn: {"on"},
		kwThan: {"than"}, kwMore: {"more"}, kwLess: {"less"}, kwFewer: {"fewer"}, kwLeast: {"least"},
		kwMost: {"most"}, kwUp: {"up"}, kwMany: {"many"}, kwMuch: {"much"}, kwEstimated: {"estimated"},
		kwClose: {"close"}, kwTens: {"tens"}, kwHundreds: {"hundreds"}, kwPer: {"per"}, kwEach: {"each"},
		kwApiece: {"apiece"}, kwPiece: {"piece"}, kwEarly: {"early"}, kwMid: {"mid"}, kwLate: {"late"},
		kwBeginning: {"beginning"}, kwStart: {"start"}, kwEnd: {"end"}, kwMiddle: {"middle"},
		kwLast: {"last"}, kwThis: {"this"}, kwNext: {"next"}, kwPrevious: {"previous"}, kwPast: {"past"},
		kwEarlier: {"earlier"}, kwYesterday: {"yesterday"}, kwToday: {"today"}, kwWeek: {"week"},
		kwMonth: {"month"}, kwYear: {"year"}, kwAgo: {"ago"}, kwDays: {"days", "day"},
		kwWeeks: {"weeks"}, kwMonths: {"months"}, kwYears: {"years"}, kwSt: {"st"}, kwNd: {"nd"},
		kwRd: {"rd"}, kwTh: {"th"}, kwUS: {"us"}, kwNorth: {"north"}, kwSouth: {"south"},
		kwKorean: {"korean"}, kwHong: {"hong"}, kwKong: {"kong"}, kwOr: {"or"}, kwThrough: {"through", "till"},
		kwUntil: {"until"}, kwPrice: {"price"}, kwPrices: {"prices"}, kwOld: {"old"}, kwAged: {"aged"},
		kwPercent: {"percent", "pct"}, kwCent: {"cent"}, kwMay: {"may"}, kwMarch: {"march"},
		kwMovement: {"movement"}, kwAm: {"am"}, kwPm: {"pm"}, kwO: {"o"}, kwOther: {"other"},
		kwAdditional: {"additional"}, kwNo: {"no"}, kwBn: {"bn"}, kwM: {"m"}, kwK: {"k"}, kwT: {"t"},
		kwSince: {"since"}, kwDuring: {"during"}, kwBy: {"by"}, kwFor: {"for"}, kwSuch: {"such"}, kwNew: {"new"}, kwBefore: {"before"}, kwWeekend: {"weekend"}, kwHalf: {"half"}, kwFirst: {"first"}, kwSecond: {"second"}, kwLater: {"later"},
	}
	for id, ws := range named {
		lx.info[id].id = id
		for _, w := range ws {
			lx.ids[w] = id
		}
	}
	get := func(w string) *wordInfo {
		id, ok := lx.ids[w]
		if !ok {
			id = kw(len(lx.info))
			lx.info = append(lx.info, wordInfo{id: id})
			lx.ids[w] = id
		}
		return &lx.info[id]
	}
	add := func(c class, alt string, ws ...string) {
		for _, w := range ws {
			wi := get(w)
			wi.cls |= c
			if alt != "" {
				wi.alt = alt
			}
		}
	}
	addVal := func(c class, v, v2 float64, ws ...string) {
		for _, w := range ws {
			wi := get(w)
			wi.cls |= c
			wi.val, wi.val2 = v, v2
		}
	}
	add(cQual, "about", "about", "approximately", "around", "roughly", "some", "approx", "circa")
	add(cQual, "nearly", "nearly", "almost")
	add(cQual, "over", "over", "above", "exceeding", "upwards")
	add(cQual, "under", "under", "below")
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		addVal(cNumWord, float64(i), 0, w)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		addVal(cNumWord, float64(20+10*i), 0, w)
	}
	addVal(cNumWord, 12, 0, "dozen")
	addVal(cScale, 100, 0, "hundred")
	addVal(cScale, 1e3, 0, "thousand")
	addVal(cScale, 1e6, 0, "million")
	addVal(cScale, 1e9, 0, "billion")
	addVal(cScale, 1e12, 0, "trillion")
	addVal(cVague, 2, 5, "few", "handful")
	addVal(cVague, 3, 9, "several")
	addVal(cVague, 24, 99, "dozens")
	addVal(cVague, 40, 99, "scores")
	addVal(cVague, 100, 999, "hundreds")
	addVal(cVague, 1000, 9999, "thousands")
	addVal(cVague, 1e6, 1e7-1, "millions")
	addVal(cVague, 1e9, 1e10-1, "billions")
	add(cCurrency, "USD", "dollar", "dollars", "usd", "usdollars")
	add(cCurrency, "CNY", "yuan", "renminbi", "rmb", "cny")
	add(cCurrency, "WON", "won")
	add(cCurrency, "KPW", "kpw")
	add(cCurrency, "KRW", "krw")
	add(cCurrency, "EUR", "euro", "euros", "eur")
	add(cCurrency, "RUB", "ruble", "rubles", "rouble", "roubles", "rub")
	add(cCurrency, "JPY", "yen", "jpy")
	add(cCurrency, "GBP", "gbp", "sterling")
	add(cCurrency, "HKD", "hkd")
	add(cCurrency, "MNT", "tugrik", "tugriks", "tögrög", "mnt")
	add(cCurrency, "TWD", "twd")
	add(cCurrency, "SGD", "sgd")
	add(cCurrency, "THB", "baht", "thb")
	add(cCurrency, "VND", "dong", "vnd")
	add(cCurrency, "MYR", "ringgit", "ringgits", "myr")
	add(cCurrency, "PHP", "peso", "pesos", "php")
	add(cCurrency, "AED", "dirham", "dirhams", "aed")
	add(cCurrency, "KHR", "riel", "riels", "khr")
	add(cCurrency, "IDR", "rupiah", "idr")
	add(cCurrency, "CHF", "chf")
	add(cCurrency, "AUD", "aud")
	add(cCurrency, "CAD", "cad")
	add(cCurrency, "INR", "inr")
	add(cCurAdj, "", "chinese", "american", "russian", "japanese", "korean", "north", "south", "us", "mongolian", "hong", "kong", "new", "taiwan",
		"singapore", "australian", "canadian", "thai", "vietnamese", "malaysian", "philippine", "emirati", "uae", "cambodian", "indonesian")
	add(cMeasure, "kg", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "kilogramme", "kilogrammes")
	add(cMeasure, "g", "g", "gram", "grams", "gramme", "grammes")
	add(cMeasure, "tonne", "tonne", "tonnes", "ton", "tons", "t", "mt")
	add(cMeasure, "lb", "lb", "lbs")
	add(cMeasure, "liter", "liter", "liters", "litre", "litres", "l")
	add(cMeasure, "barrel", "barrel", "barrels", "bbl")
	add(cMeasure, "cubic meter", "cbm")
	add(cMeasure, "square meter", "sqm")
	add(cMeasure, "pyeong", "pyeong", "pyong")
	add(cMeasure, "carat", "carat", "carats")
	add(cMeasure, "jin", "jin", "jins", "catty", "catties")
	add(cMeasure, "ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters")
	add(cContainer, "", "shipment", "shipments", "container", "containers", "truckload", "truckloads",
		"load", "loads", "crate", "crates", "carton", "cartons", "box", "boxes", "bag", "bags", "sack", "sacks",
		"case", "cases", "pack", "packs", "packet", "packets", "pallet", "pallets", "teu", "wagon", "wagons",
		"wagonloads", "cargoes", "consignment", "consignments", "batch", "batches", "bundle", "bundles",
		"bottle", "bottles", "can", "cans", "roll", "rolls", "bolt", "bolts", "pair", "pairs", "set", "sets",
		"piece", "pieces", "unit", "units", "head", "carload", "carloads", "boatloads", "drum", "drums")
	add(cNotQty, "", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
		"minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "percent",
		"pct", "km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "am", "pm",
		"times", "th", "st", "nd", "rd", "degrees", "points", "per", "yearold", "old", "cent", "ft", "feet",
		"inch", "inches", "cm", "mm", "storey", "stories", "floor", "floors", "km/h", "mph", "knots",
		"meter", "meters", "metre", "metres", "yard", "yards", "hectare", "hectares", "acre", "acres", "nautical",
		"watt", "watts", "kilowatts", "megawatts", "volts", "votes", "seats", "pages", "page", "celsius", "fahrenheit",
		"centimeters", "centimetres", "millimeters", "millimetres", "night", "nights",
		// Seasons counted are a duration: "has carried goods for three autumns".
		"summers", "autumns", "winters", "seasons")
	for i, ws := range [][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"}} {
		for _, w := range ws {
			wi := get(w)
			wi.cls |= cMonth
			wi.month = i + 1
			if len(w) <= 4 && w != "may" && w != "june" && w != "july" {
				wi.val = 1 // abbreviation
			}
		}
	}
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		get(w).cls |= cWeekday
		get(w).month = i
	}
	for _, s := range []struct {
		w string
		m int
	}{{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}} {
		get(s.w).cls |= cSeason
		get(s.w).month = s.m
	}
	add(cStop, "", "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our",
		"my", "your", "and", "or", "but", "while", "when", "as", "with", "from", "in", "on", "to", "by", "which",
		"who", "whom", "whose", "where", "whereas", "although", "though", "if", "because", "of", "at", "for",
		"into", "onto", "than", "then", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
		"will", "would", "could", "can", "may", "might", "must", "should", "shall", "do", "does", "did",
		"said", "says", "say", "told", "according", "reportedly", "also", "not", "only", "just", "all", "some",
		"each", "per", "about", "around", "over", "under", "after", "before", "since", "until", "during",
		"between", "through", "across", "via", "it", "they", "them", "he", "she", "we", "you", "i", "there",
		"here", "so", "such", "more", "less", "most", "other", "another", "both", "either", "neither",
		"no", "nor", "yet", "still", "even", "now", "currently", "recently", "typically", "usually", "often",
		"already", "again", "what", "how", "why", "totaling", "totalling", "worth", "valued", "including",
		"like", "per", "every", "any", "within", "without", "against", "among", "toward", "towards",
		"up", "down", "out", "off", "last", "next", "first", "same", "several", "many", "much", "few",
		"nearly", "almost", "approximately", "roughly", "least", "estimated", "further", "new", "near",
		"outside", "inside", "behind", "beyond", "along", "aboard", "despite", "amid", "amidst", "past",
		"beneath", "upon", "versus", "except", "onboard", "whilst", "unlike", "plus", "bound")
	add(cPhrasal, "", "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take",
		"takes", "took", "taken", "taking", "pass", "passes", "passed", "passing", "sign", "signed", "signing",
		"carry", "carried", "fought", "argued", "handover", "hold", "held", "looked", "watched", "presided",
		"fell", "fall", "falls", "tripped", "jumped", "climbed", "crossed", "flew", "spilled", "spilt")
	add(cNotGoods, "", "country", "countries", "koreas", "side", "sides", "city", "cities", "province", "provinces",
		"region", "regions", "town", "towns", "village", "villages", "county", "counties", "nation", "nations",
		"goal", "goals", "interview", "interviews", "meeting", "meetings", "session", "sessions", "round", "rounds",
		"match", "matches", "game", "games", "language", "languages", "witness", "witnesses", "source", "sources",
		"lines", "reasons", "ways", "steps", "options", "questions", "issues", "occasion", "sections", "stretches",
		"violations", "tests", "generations", "raids", "incidents", "attempts", "inspections", "launches",
		"executions", "trials", "crimes", "offences", "offenses", "resolutions", "times",
		"brands", "kinds", "types", "varieties", "models", "sorts", "categories", "species", "grades",
		"flavours", "flavors", "styles", "designs", "colours", "colors",
		"homes", "houses", "apartments", "flats", "buildings", "schools", "hospitals", "districts",
		"places", "companies", "firms", "corporations", "sales", "payments",
		"farms", "shops", "stores", "enterprises", "campaigns", "states", "names", "aliases", "identities", "hands", "factories",
		"proposals", "candidates", "governments", "failures", "shifts", "terms", "elections", "installments",
		// Frontiers a route crosses and the stations that supply a trade are
		// places, not goods: "across two borders", "several of the fishing
		// stations".
		"borders", "frontiers", "stations",
		// What a trader owns and where a crew works are no wares: "a donju
		// with several warehouses", "split between two sites".
		"warehouses", "stalls", "sites",
		// Warships a navy counts: "a fleet of a dozen destroyers".
		"destroyers", "warships", "frigates", "corvettes", "submarines")
	add(cCasualty, "", "dead", "killed", "missing", "injured", "wounded", "homeless", "displaced", "deaths", "died",
		"casualties", "victims", "evacuated", "drowned", "fatalities", "hurt", "lost")
	add(cSpeech, "", "said", "say", "says", "told", "tell", "testified", "claimed", "explained", "added", "recounted", "described")
	defer lx.buildSlots()
	defer lx.buildLead() // after the two below: deferred calls run last first
	defer lx.buildDateLead()
	defer lx.buildAmountLead()
	add(cVerb, "", "bought", "buy", "buys", "buying", "purchased", "purchase", "purchases", "purchasing",
		"paid", "pay", "pays", "paying", "spent", "spend", "ordered", "imported", "exported", "left", "went",
		"came", "sent", "brought", "took", "made", "got", "gave", "held", "kept", "found", "saw", "ran",
		"began", "became", "fell", "rose", "arrived", "entered", "crossed", "shipped", "smuggled", "seized",
		"carried", "moved", "reached", "headed", "passed", "remain", "remained", "include", "included",
		"too", "either", "alone", "instead", "daily", "annually", "monthly", "yearly", "each", "apiece")
	add(cPriceVerb, "", "sold", "sell", "sells", "selling", "priced", "cost", "costs", "costing", "traded", "trading",
		"fetch", "fetches", "fetched", "fetching", "went", "goes", "going", "go",
		"is", "are", "was", "were", "be", "been", "being", "typically", "usually", "reportedly", "now",
		"currently", "recently", "retail", "retailed", "retails",
		"rose", "risen", "rises", "fell", "fallen", "falls", "jumped", "climbed", "dropped", "surged",
		"increased", "decreased", "stood", "stands", "reached", "hit", "hovering", "hovered", "remained",
		"can", "could", "would", "will", "may", "might", "often", "generally", "still", "only", "just",
		"for", "at", "to", "by")
	add(cPrep, "", "in", "on", "since", "during", "by", "until", "from", "of", "before", "after", "through",
		"between", "and", "to", "till", "around", "throughout", "as", "last", "this", "early", "late", "mid",
		"for", "or", "until", "within", "beginning", "end", "starting", "the")
	return lx
}
