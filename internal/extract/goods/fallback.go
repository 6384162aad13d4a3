package goods

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/extract/wordkey"
	"github.com/yalu-osint/yalu/internal/model"
)

// The rules in this file find the goods no hand list foresaw. They read
// only the slots where a report puts what is traded:
//
//   - the object of a trade verb ("smuggled 40 excavators", "deal in
//     ginseng") and the subject of its passive ("pianos were seized");
//   - a trade noun's "of" ("shipments of anthracite", "the price of
//     accordions", "exports of molybdenum"), a measure's "of" ("20 tonnes
//     of tungsten", "300 boxes of insulin") and "trade in";
//   - the noun before "sells for", "costs", "fetches" with money after it,
//     before "worth" or "valued at" with an amount, and before "prices",
//     "exports", "shipments" ("excavator prices");
//   - the other members of a list ("pianos, accordions and guitars") whose
//     slot or lexicon good puts one of them there;
//   - a cargo's contents: "loaded with", "goods such as", "exports … led
//     by", "the main items were";
//   - outside the slots, a lexicon good and the noun after it that the HS
//     names together as a good of its own ("cotton yarn"), and a metal or
//     mineral and the ore noun after it ("rare-earth concentrate"): the
//     lexicon's match inside names no good there (compounded).
//
// The noun phrase there (modifiers and head) is a good when its head or its
// last two words are a specific noun of the HS 2022 descriptions (the
// lexicon's noun index), not a person, a place, a paper, a container or a
// measure; a count and a measure adjective before it are no part of it
// ("about 600 drift nets", "a 200-metre nylon net", "3,000 cubic metres of
// larch"). A container is the good only where a word of use or a good
// before it says what it serves ("school bags", "empty fish boxes"). Its
// code is the one heading the descriptions name it in, narrowed by a
// modifier the same heading names ("lead concentrates" → 2607), else their
// common chapter; headings of parts alone never name a good ("electric
// motors" are 8501, not 8503), and where no modifier narrows the code, a
// lexicon good of the text with the same head gives its heading ("drift
// nets" in a report on fishing nets are 5608, not the landing nets of
// 9507). Its name is the text's plainest phrase for it, plural where the
// HS writes the noun in the plural; a shorter name later is the good again
// ("coloured contact lenses … coloured lenses"). A concrete noun the
// descriptions name in too many headings, or only as a modifier, is a
// record with no code (see looseHead and namesNoun): the slot says it is
// traded, the HS cannot say what it is.

// hsNouns is the noun index with the lookups the finder needs.
type hsNouns struct {
	keys map[string]lexicon.HSNoun
	desc func(code string) string // the HS description of a code

	// pairs are the two-word keys that name a good alone, with a code
	// ("cotton yarn"), by their words; pairFirst their first words.
	pairs     map[[2]string]bool
	pairFirst map[string]bool
	// headTails are the ends, after a space, of the keys that are a
	// head: a word no key ends with after its first needs no lookup of
	// the two-word key it would end ("solar panel", "tooth paste").
	headTails map[string]bool

	mu    sync.RWMutex
	names map[[2]string]bool // namesNoun's answers by code and key
}

// indexPairs fills pairs, pairFirst and headTails from the index.
func (ix *hsNouns) indexPairs() {
	ix.pairs, ix.pairFirst, ix.headTails = map[[2]string]bool{}, map[string]bool{}, map[string]bool{}
	for k, n := range ix.keys {
		for i := range len(k) {
			if k[i] == ' ' && n.Head {
				ix.headTails[k[i+1:]] = true
			}
		}
		a, b, ok := strings.Cut(k, " ")
		if ok && n.Head && len(n.Primary) > 0 && !strings.Contains(b, " ") {
			ix.pairs[[2]string{a, b}] = true
			ix.pairFirst[a] = true
		}
	}
}

// tradeVerbs are verb forms whose object is traded.
var tradeVerbs = set(`buy buys bought buying sell sells sold selling smuggle smuggles smuggled smuggling
import imports imported importing export exports exported exporting shipped shipping
carried carrying load loaded loading unload unloaded unloading seize seizes seized
seizing confiscate confiscates confiscated confiscating deliver delivers delivered delivering
supply supplies supplied supplying ordered purchase purchases purchased purchasing procure
procures procured procuring transport transports transported transporting traded trafficked
trafficking stockpiled hoarded banned trucked trucking bring brings brought bringing
swap swaps swapped swapping barter barters bartered bartering offload offloads offloaded offloading
hawk hawked hawking peddle peddles peddled peddling resell resells resold reselling`)

// includeVerbs list a cargo's goods: "the consignment included four
// grand pianos".
var includeVerbs = set(`include includes included including contain contains contained containing`)

// cargoNouns before includeVerbs make the list that follows goods.
var cargoNouns = set(`shipment shipments consignment consignments cargo cargoes load loads haul hauls
goods items parts components seizure seizures batch batches contraband imports exports purchases
order orders delivery deliveries`)

// bringVerbs take their goods after "in": "brought in used tyres".
var bringVerbs = set(`bring brings brought bringing`)

// ladenWords before "with" make its object a cargo: "loaded with flour".
var ladenWords = set(`loaded laden packed filled stuffed stacked piled crammed heaped`)

// coverVerbs before "as" declare goods as other goods: the cover goods of a
// false declaration count as goods ("declared as fluorite", "labelled as
// office furniture", "record the excavators as agricultural equipment").
var coverVerbs = set(`declared declare declares declaring labelled labeled label labels relabelled
relabeled mislabelled mislabeled disguised disguise registered record records recorded listed
list lists listing described passed marked misdeclared`)

// counted reports whether a number or quantifier comes right before the
// measure toks[i]: "20 tonnes of", "a one-litre bottle of", "dozens of
// boxes of".
func counted(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		t := toks[k]
		if t.kind == 'n' || (t.kind == 'w' && (t.flags&fDet != 0 || strings.HasPrefix(t.low, "one-") || strings.Contains(t.low, "-kilogram") || strings.Contains(t.low, "-litre") || strings.Contains(t.low, "-tonne"))) {
			return true
		}
		if t.kind != 'w' || t.flags&fStop != 0 {
			// "hidden among boxes of noodles": a measure a preposition governs.
			return k == i-1 && t.kind == 'w' && t.flags&fPrep != 0 && t.low != "of"
		}
	}
	return false
}

// cargoBefore reports whether a cargo noun comes a few words before
// toks[i] in its sentence.
func cargoBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !sentenceEnd(toks[k]); k-- {
		if toks[k].flags&fCargo != 0 {
			return true
		}
	}
	return false
}

// coverBefore reports whether a cover verb comes a few words before the
// "as" toks[i] in its sentence.
func coverBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && !sentenceEnd(toks[k]); k-- {
		if toks[k].flags&fCover != 0 {
			return true
		}
	}
	return false
}

// nounLike are trade verb forms that are as often nouns: "coal exports
// rose", "food supplies".
var nounLike = set(`import imports export exports supply supplies purchase purchases transport
smuggling trafficking shipping loading`)

// relativeBefore is the index of the last word before a relative clause
// in commas that ends at toks[j] ("Tyres, which wear out quickly, cost
// 25,000 won": the subject before the clause is priced), or j when none
// ends there.
func relativeBefore(toks []token, j int) int {
	if j < 0 || toks[j].kind != 'p' || toks[j].low != "," {
		return j
	}
	for k := j - 1; k > 0 && k >= j-24 && !sentenceEnd(toks[k]); k-- {
		if toks[k].kind == 'p' {
			if toks[k].low == "," && toks[k+1].low == "which" {
				return k - 1
			}
			return j
		}
	}
	return j
}

// sendVerbs take their goods as object only when a number counts them:
// "sent three dental chairs", "sent 40 tonnes of flour"; "sent a message"
// and "sent them north" name no cargo.
var sendVerbs = set(`send sends sent sending`)

// numberWords count what follows them.
var numberWords = set(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
forty fifty hundred hundreds thousand thousands dozens dozen several`)

// commandVerbs before "that" give an order, not a purchase order.
var commandVerbs = set(`order orders ordered ordering`)

// verbAdverbs between a trade verb and its object, or in place of one,
// are no part of a noun phrase: "bought straight from the warehouse",
// "swapping away the film".
var verbAdverbs = set(`straight direct away`)

// inVerbs take their goods after "in": "deal in", "trade in".
var inVerbs = set(`deal deals dealt dealing trade trades trading traffic`)

// passiveParticiples after "was", "were", "had been" make the subject the
// good.
var passiveParticiples = set(`smuggled seized imported exported shipped sold confiscated delivered
loaded unloaded carried supplied bought purchased transported traded procured found hidden
trucked`)

// beVerbs precede a passive participle.
var beVerbs = set(`was were is are been being be`)

// ofNouns take the traded good after "of": "shipments of coal".
var ofNouns = set(`price prices cost shipment shipments cargo cargoes load loads consignment
consignments batch batches import imports export exports sale sales smuggling supply supplies
delivery deliveries purchase purchases seizure seizures quantities quantity trafficking trade
stockpiles stocks stock`)

// measures take the good after "of" when a number or quantifier precedes
// them: "20 tonnes of tungsten", "dozens of boxes of insulin".
var measures = set(`tonne tonnes ton tons kilogram kilograms kilo kilos kg grams gram pound pounds
box boxes unit units crate crates sack sacks bag bags case cases carton cartons barrel barrels
litre litres liter liters piece pieces set sets container containers truckload truckloads
carload carloads wagonload wagonloads pair pairs bottle bottles pack packs packet packets bale
bales roll rolls sheet sheets bundle bundles bundles load loads shipment shipments cubic metres
meters bushels jars cans tins vials ampoules doses`)

// priceVerbs after a good, with money after them, make it priced:
// "ginseng sells for 300 yuan".
var priceVerbs = set(`sell sells sold selling cost costs costing fetch fetches fetched fetching
retail retails retailed go goes went trade trades traded`)

// afterNouns after a good make it traded: "excavator prices".
var afterNouns = set(`price prices exports imports shipments smuggling sales trade`)

// quantifiers and determiners open a noun phrase and are no part of it.
var determiners = set(`the a an some any more most these those this that several many much few
large small huge big vast additional further various all such their its his her our your
tons dozens hundreds thousands millions scores number lot lots plenty one two three four five
six seven eight nine ten twelve fifteen twenty thirty forty fifty hundred thousand million
own extra same other`)

// approximators before a number are no part of the phrase: "about 300
// tonnes of", "more than 40", "at least 12", "up to 50".
var approximators = set(`about around nearly almost over under up to at least than more less some roughly`)

// prepositions before a noun phrase make it their object, not a good's
// subject: "smuggled from Sanhe on the opposite bank sells for …".
var prepositions = set(`of for to in on at by with from into onto via through across over under
between among about against without within near behind beyond toward towards like beneath
below amid amongst inside underneath`)

// npStops end a noun phrase: function words, pronouns, auxiliaries, and
// verbs that start a new clause after "and" ("strip copper cable and remove
// ingots", "declared as soft drinks and bound for Dalian"), and the words
// that date a clause ("bought turbine parts last year" names no shoe last).
var npStops = set(`a an the and or but nor of for to in on at by with from into onto via
through across over under between among as than that which who whom whose what when where while
because since after before during without within about against is are was were be been being
has have had do does did will would can could may might must shall should it they them he she
we you i this these those there here not no also only just even still then so very too such
its their his her our your my me him us said says say according per each both either neither
other others another never always often again now
last next
remove removes removed strip strips stripped hide hides gather gathers collect collects melt melts
send sends bring brings take takes carry carries give gives keep keeps put puts get gets bound
run runs operate operates`)

// rejectHeads are nouns the HS names that a report uses for something
// other than a good, or for the conveyances and people the lexicon and
// context rules handle: "bought time", "seized power", "supply chains",
// "cargo", "ships", "persons", the places where goods are loaded and
// stored ("delivered to the dock in Donggang", "held in a bonded
// warehouse") or worked ("trucked to a foundry"), the rail that carries
// them ("rail trade", "by rail"; the good is written "rails"), units that measure no good ("trucked 300 kilometres") and
// the papers that go with goods ("new certificates of origin"), and the
// peoples some HS descriptions name a kind after ("Chinese exports of tyres"),
// and words that are mostly adjectives ("North Korea's main exports", "much
// higher", "a port better known for coal"), the groups people travel in
// ("tour groups"), a mix of goods and the state a good is sold in ("sold
// empty", "trucked live", "live crab"), and the pictures a report cites as
// evidence ("satellite images show", "photos of the wharf"). A unit
// that may also be an instrument is refused where it is a bare measure
// (measureOnly): "3,000 cubic metres", not "water meters".
var rejectHeads = set(`time times order orders cargo cargoes ship ships tanker tankers boat boats
vessel vessels truck trucks car cars wagon wagons train trains railcar railcars flatcar flatcars
carriage carriages van vans lorry lorries plane planes aircraft helicopter helicopters barge barges
ferry ferries vehicle vehicles trailer trailers chain chains line lines share shares bond bonds bill bills
note notes record records signal signals source sources stock stocks person persons people
power control support information evidence speech message attention interest stake goods item
items product products thing things merchandise commodity commodities ware wares stuff material
materials supply supplies equipment machinery apparatus article articles part parts way ways
lot lots kind kinds type types form forms sort sorts number numbers amount amounts quantity
quantities value values total totals price prices cost costs money cash currency funds fund
weight weights volume volumes size sizes space spaces place places area areas road roads
border borders river rivers bridge bridges port ports city cities town towns village villages
market markets office offices building buildings house houses room rooms station stations
man men woman women child children worker workers trader traders smuggler smugglers official
officials soldier soldiers guard guards resident residents family families member members
passenger passengers driver drivers crew crews sailor sailors fisherman fishermen farmer
farmers defector defectors broker brokers agent agents dealer dealers buyer buyers seller
sellers customer customers client clients partner partners company companies firm firms
body bodies head heads hand hands eye eyes face faces life lives blood heart word words name
names letter letters paper papers document documents card cards ticket tickets license licence
licenses licences permit permits visa visas passport passports account accounts deal deals
contract contracts risk risks fee fees tax taxes bribe bribes share profit profits loss losses
case cases bag bags box boxes container containers unit units set sets pair pairs piece pieces
load loads batch batches shipment shipments consignment consignments crate crates sack sacks
bottle bottles pack packs package packages parcel parcels carton cartons barrel barrels
luggage baggage produce
tonne tonnes ton tons kilogram kilograms gram grams litre litres sheet sheets roll rolls
bundle bundles bale bales drum drums jar jars can cans tin tins vial vials dose doses
ampoule ampoules tube tubes cylinder cylinders bucket buckets basket baskets tray trays
week weeks month months year years day days hour hours rest half part whole end side top
bottom front back cover covers spring springs fall fan fans star stars match matches
main mains higher better
plant plants mine mines mill mills press presses glass glasses iron irons
model models label labels transfer transfers operation operations ring rings network networks
route routes gang gangs business businesses activity activities trip trips call calls
capsule capsules hospital hospitals clinic clinics school schools grade grades quality qualities
motorboat motorboats speedboat speedboats skiff skiffs dinghy dinghies rowboat rowboats sampan sampans
canoe canoes raft rafts electricity counter counters controller controllers
dock docks quay quays pier piers wharf wharves berth berths jetty jetties terminal terminals
warehouse warehouses yard yards depot depots rail
foundry foundries smelter smelters refinery refineries factory factories workshop workshops
kilometre kilometres kilometer kilometers centimetre centimetres centimeter centimeters
millimetre millimetres millimeter millimeters mile miles hectare hectares acre acres inch inches
gallon gallons kilowatt kilowatts megawatt megawatts
certificate certificates invoice invoices receipt receipts
chinese indian mongolian persian tibetan french
group groups mix mixes empty live
image images imagery photo photos photograph photographs footage`)

// nameNouns are HS nouns that, capitalised, are the names of countries:
// "China's fertilizer exports" name no porcelain, even at a sentence's
// start, where a capital says nothing of other words.
var nameNouns = set(`china turkey`)

// moveVerbs are the verbs of movement whose subject, in a report of
// trade, is the good that moves: "slips across", "roll into", "flood".
var moveVerbs = set(`cross crosses crossed crossing slip slips slipped slipping roll rolls rolled rolling
flood floods flooded flooding arrive arrives arrived arriving flow flows flowed flowing pour pours
poured pouring trickle trickles trickled trickling`)

// reducedPreps after a participle that follows its noun say where the
// good went: "smuggled to", "shipped out", "trucked across".
var reducedPreps = set(`to into from across over through via out onto`)

// skipAux is the index of the last word before the auxiliaries that end
// at toks[j]: "have been" in "trucks have been crossing".
func skipAux(toks []token, j int) int {
	for j >= 0 && (toks[j].flags&fBe != 0 || toks[j].low == "has" || toks[j].low == "have" || toks[j].low == "had") {
		j--
	}
	return j
}

// saleWords are the trade words whose slot holds what is bought, sold,
// imported or exported: there a conveyance or machinery is a good ("imported
// used trucks", "the sale of vehicles"), as it is not where it is loaded,
// seized or carries a cargo.
var saleWords = set(`buy buys bought buying sell sells sold selling import imports imported importing
export exports exported exporting purchase purchases purchased purchasing procure procures procured
procuring smuggle smuggles smuggled smuggling supply supplies supplied supplying sale sales trade
trades traded trafficked trafficking banned delivery deliveries delivered`)

// banWords before "on" make its object a good whose trade is banned: "a
// ban on luxury goods", "the embargo on vehicles".
var banWords = set(`ban bans embargo`)

// dealerNouns after a noun phrase make it the wares of a trader: "a
// timber importer", "seafood dealers", "coal smugglers".
var dealerNouns = set(`importer importers exporter exporters dealer dealers wholesaler wholesalers
merchant merchants vendor vendors smuggler smugglers
send sends sent sending`)

// saleCarriers are the conveyances and machinery that rejectHeads keeps out
// of most slots but that are goods where they are bought or sold.
var saleCarriers = set(`vehicle vehicles truck trucks car cars lorry lorries van vans tanker tankers
ship ships vessel vessels boat boats barge barges ferry ferries helicopter helicopters aircraft trailer
trailers machinery`)

// pastTenseNouns are nouns the HS names that are also the past tense of a
// common verb: "saw" (a tool, and the past of "see"), "felt" (a fabric, and
// the past of "feel").
var pastTenseNouns = set(`saw felt`)

// objectStarts after a phrase make its last word a verb with an object.
var objectStarts = set(`the a an its their his her them it him us our this these those my your`)

// partsNouns after a head make the phrase the good's parts.
var partsNouns = set(`parts components spares`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// token is a word, number or punctuation mark of Latin text.
type token struct {
	start, end int32  // byte span in the text; the word as written is text[start:end]
	low        string // lower-case; the text's own bytes where it has no capital
	kind       byte   // 'w' word, 'n' number, 'p' punctuation, '$' currency sign
	flags      wordFlag
}

// src is the token as written in text.
func (t *token) src(text string) string { return text[t.start:t.end] }

// wordFlag marks a token's membership of the word sets the slots read, so
// that they test a bit rather than look the word up in a map per set.
type wordFlag uint32

const (
	fTrade wordFlag = 1 << iota
	fInclude
	fCargo
	fCover
	fNounLike
	fIn
	fPassive
	fBe
	fOf
	fMeasure
	fPrice
	fAfter
	fDet
	fApprox
	fPrep
	fStop
	fObjStart
	fCurrency
	fSlot // a word a slot rule names itself: "price", "as", "worth"
	fNP   // isNPWord
	fEnd  // sentenceEnd
	// The sets slots tests by name, as bits: a trigger word is looked up
	// once, when it is tokenized, not once per rule.
	fSale    // saleWords
	fCommand // commandVerbs
	fBring   // bringVerbs
	fSend    // sendVerbs
	fBan     // banWords
	fDealer  // dealerNouns
	fMove    // moveVerbs
	fLaden   // ladenWords
	fNumber  // numberWords
	fReduced // reducedPreps
)

// slotTriggers are the flags of the words a slot rule may start at.
const slotTriggers = fTrade | fIn | fOf | fMeasure | fInclude | fPassive | fPrice | fAfter | fSlot | fBe

// slotWords are the words slots tests by name.
var slotWords = set(`prices price as worth valued with such led followed ban bans embargo
cross crosses crossed crossing slip slips slipped slipping roll rolls rolled rolling flood floods flooded
flooding arrive arrives arrived arriving flow flows flowed flowing pour pours poured pouring trickle
trickles trickled trickling
importer importers exporter exporters dealer dealers wholesaler wholesalers merchant merchants
vendor vendors smuggler smugglers
send sends sent sending`)

// wordFlags are the set flags of each word of the slot sets.
var wordFlags = func() map[string]wordFlag {
	m := map[string]wordFlag{}
	for _, s := range []struct {
		words map[string]bool
		flag  wordFlag
	}{
		{tradeVerbs, fTrade}, {includeVerbs, fInclude}, {cargoNouns, fCargo}, {coverVerbs, fCover},
		{nounLike, fNounLike}, {inVerbs, fIn}, {passiveParticiples, fPassive}, {beVerbs, fBe},
		{ofNouns, fOf}, {measures, fMeasure}, {priceVerbs, fPrice}, {afterNouns, fAfter},
		{determiners, fDet}, {approximators, fApprox}, {prepositions, fPrep}, {npStops, fStop},
		{objectStarts, fObjStart}, {currencyWords, fCurrency}, {slotWords, fSlot},
		{saleWords, fSale}, {commandVerbs, fCommand}, {bringVerbs, fBring}, {sendVerbs, fSend},
		{banWords, fBan}, {dealerNouns, fDealer}, {moveVerbs, fMove}, {ladenWords, fLaden},
		{numberWords, fNumber}, {reducedPreps, fReduced},
	} {
		for w := range s.words {
			m[w] |= s.flag
		}
	}
	return m
}()

// flagLens has, per lower-case first letter, a bit per length (below 64)
// of the words in wordFlags: most words of a text need no map lookup.
var flagLens = func() (t [26]uint64) {
	for w := range wordFlags {
		if c := w[0]; 'a' <= c && c <= 'z' && len(w) < 64 {
			t[c-'a'] |= 1 << len(w)
		} else {
			panic("goods: slot word " + w + " is not a lower-case word below 64 bytes")
		}
	}
	return t
}()

// flagTable is wordFlags as an open-addressing table probed from
// flagHash, cheaper than the map for the short words of a text.
var flagTable = func() []flagEntry {
	t := make([]flagEntry, flagTableSize)
	for w, f := range wordFlags {
		i := flagHash(w)
		for t[i].w != "" {
			i = (i + 1) & (flagTableSize - 1)
		}
		t[i] = flagEntry{w, f}
	}
	return t
}()

type flagEntry struct {
	w string
	f wordFlag
}

// flagTableSize is a power of two, several times the words of wordFlags.
const flagTableSize = 1 << 12

// flagHash hashes the non-empty word w's length and first, middle and last
// bytes into flagTable.
func flagHash[S ~string | ~[]byte](w S) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])<<8 ^ uint32(w[n-1])<<16 ^ uint32(w[n/2])*0x85ebca6b
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 13
	return h & (flagTableSize - 1)
}

// lookupFlags is the set flags of the lower-case word w.
func lookupFlags[S ~string | ~[]byte](w S) wordFlag {
	if c := w[0]; c < 'a' || c > 'z' || len(w) >= 64 || flagLens[c-'a']&(1<<len(w)) == 0 {
		return 0
	}
	for i := flagHash(w); ; i = (i + 1) & (flagTableSize - 1) {
		e := &flagTable[i]
		if e.w == string(w) {
			return e.f
		}
		if e.w == "" {
			return 0
		}
	}
}

// tokPool holds token buffers between fallback calls: a text's tokens are
// needed only while its slots are read.
var tokPool = sync.Pool{New: func() any { return new(tokBuf) }}

// tokBuf is a tokenize buffer: the tokens and the scratch of their lower case.
type tokBuf struct {
	toks  []token
	low   []byte
	lowAt []int32

	// The fallback's phrases (no pointers: kept as they are): slots' and
	// the lists', and byHead's keys and sorted copy.
	nps, sorted []np
	keys        []uint64
}

// maxPooledToks bounds the buffers kept in tokPool, so that one very long
// text does not pin its tokens.
const maxPooledToks = 1 << 16

// tokenize splits text into Latin words (with inner hyphens and
// apostrophes), numbers (with inner commas and points), currency signs and
// punctuation. Hangul and Han runs end a sentence, as the fallback reads
// English only.
//
// The tokens go into out[:0], a buffer the caller may reuse. A word's lower
// case is its own text when it has no capital; the others share one string,
// so that a text costs few allocations however many words it has.
func tokenize(text string, out []token) []token {
	b := tokBuf{toks: out}
	b.tokenize(text)
	return b.toks
}

// tokenize is tokenize into b.toks, with b's scratch reused.
func (b *tokBuf) tokenize(text string) {
	out := b.toks[:0]
	// Per capitalised word, its token index: kept in b, not a local, so
	// that the loop below keeps fewer values live.
	b.lowAt = b.lowAt[:0]
	if out == nil {
		out = make([]token, 0, len(text)/5+8)
	}
	for i := 0; i < len(text); {
		c := text[i]
		cl := tokClass[c]
		switch {
		case cl&clLetter != 0:
			// The word's flags: by its packed lower case when it is short,
			// as most words are. A capitalised word's lower case, and a
			// long one's flags, wait for the loop below, so that this one
			// keeps few values live.
			// Model codes keep their digits: "C3", "SK-II", "KN-23".
			var fl wordFlag
			var j int
			if i+8 <= len(text) {
				k := wordkey.Load64(text[i : i+8])
				if n := wordkey.AlnumLen(k); n < 8 {
					j = i + n
				} else {
					j = wordkey.AlnumEnd(text, i+8)
				}
				if j < len(text) && (text[j] == '-' || text[j] == '\'') {
					j = wordEnd(text, j)
				}
				if n := j - i; n <= 8 {
					s := uint(64-8*n) & 63 // the bytes after the word off; & 63 spares the shift's range check
					k = k << s >> s
					// Words are ASCII: a capital is there when lower-casing
					// the key changes it.
					if lk := wordkey.Lower64(k); lk != k {
						b.lowAt = append(b.lowAt, int32(len(out)))
						k = lk
					}
					fl = npFlag(shortFlags(k), n, uint16(k>>(8*uint(n-2))))
				} else if hasUpperASCII(text[i:j]) {
					b.lowAt = append(b.lowAt, int32(len(out)))
				} else {
					fl = tokenFlags(text[i:j])
				}
			} else {
				// The text's last bytes, byte by byte.
				j = wordEnd(text, wordkey.AlnumEnd(text, i+1))
				if w := text[i:j]; hasUpperASCII(w) {
					b.lowAt = append(b.lowAt, int32(len(out)))
				} else {
					fl = tokenFlags(w)
				}
			}
			// Into out field by field: append, or assigning the whole
			// token, would build it aside first.
			if len(out) == cap(out) {
				out = slices.Grow(out, 1)
			}
			out = out[:len(out)+1]
			t := &out[len(out)-1]
			t.start, t.end, t.low, t.kind, t.flags = int32(i), int32(j), text[i:j], 'w', fl
			if j < len(text) && text[j] == ' ' {
				j++ // the space after a word: no token, and no turn of the loop
			}
			i = j
		case cl&clSkip != 0:
			i++
		case cl&clDigit != 0:
			j := i + 1
			for j < len(text) && (('0' <= text[j] && text[j] <= '9') || ((text[j] == ',' || text[j] == '.') && j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9')) {
				j++
			}
			out = append(out, token{int32(i), int32(j), text[i:j], 'n', 0})
			i = j
		case c == '$':
			out = append(out, token{int32(i), int32(i + 1), "$", '$', 0})
			i++
		case c >= 0x80:
			j := i + 1
			for j < len(text) && text[j] >= 0x80 {
				j++
			}
			s := text[i:j]
			kind := byte('p')
			if strings.ContainsAny(s, "¥€£₩") {
				kind = '$'
			} else if s == "“" || s == "”" || s == "‘" || s == "’" || s == "–" || s == "—" {
				i = j
				continue
			}
			var fl wordFlag
			if kind == 'p' {
				fl = fEnd // Hangul, Han and other scripts end the English
			}
			out = append(out, token{int32(i), int32(j), s, kind, fl})
			i = j
		default:
			var fl wordFlag
			if cl&clEnd != 0 {
				fl = fEnd
			}
			out = append(out, token{int32(i), int32(i + 1), text[i : i+1], 'p', fl})
			i++
		}
	}
	// The capitalised words' lower case, end to end in one string; and the
	// flags of the long ones, from it.
	if lowAt := b.lowAt; len(lowAt) > 0 {
		low := b.low[:0]
		for _, k := range lowAt {
			if s, n := int(out[k].start), int(out[k].end-out[k].start); n <= 8 && s+8 <= len(text) {
				// A short word's eight bytes at once: lower-casing the bytes
				// after it cannot carry into it, and they are cut off.
				low = binary.LittleEndian.AppendUint64(low, wordkey.Lower64(wordkey.Load64(text[s:s+8])))[:len(low)+n]
			} else {
				low = lexicon.AppendLower(low, out[k].low, true)
			}
		}
		all, off := string(low), 0
		for _, k := range lowAt {
			t := &out[k]
			n := int(t.end - t.start)
			t.low = all[off : off+n]
			off += n
			if t.flags == 0 {
				// A long word's, or one's at the text's end; a short word
				// with no flags gets none again.
				t.flags = tokenFlags(t.low)
			}
		}
		b.low = low[:0]
	}
	b.toks = out
}

// Byte classes of tokenize.
const (
	clAlnum  uint8 = 1 << iota // an ASCII letter or digit
	clLetter                   // an ASCII letter
	clUpper                    // an ASCII capital
	clDigit                    // an ASCII digit
	clSkip                     // space, tab, straight quotes and parentheses: no token
	clEnd                      // . ! ? ; : and line break: a sentence or clause end
)

// tokClass is the byte classes of each byte.
var tokClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = clAlnum | clLetter
		case 'A' <= c && c <= 'Z':
			t[c] = clAlnum | clLetter | clUpper
		case '0' <= c && c <= '9':
			t[c] = clAlnum | clDigit
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == ')':
			t[c] = clSkip
		case strings.IndexByte(".!?;:\n", byte(c)) >= 0:
			t[c] = clEnd
		}
	}
	return t
}()

// lowerByte lower-cases an ASCII capital and keeps any other byte.
var lowerByte = func() (t [256]byte) {
	for c := range 256 {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// shortTable is wordFlags' words of up to eight bytes, each packed little
// endian into a uint64 (a word has no zero byte, so the key tells its
// length too), in an open-addressing table probed from shortHash: a
// tokenize lookup compares one integer instead of a string.
var shortTable = func() []shortEntry {
	t := make([]shortEntry, flagTableSize)
	for w, f := range wordFlags {
		if len(w) > 8 {
			continue
		}
		k := wordkey.Pack(w)
		i := shortHash(k)
		for t[i].k != 0 {
			i = (i + 1) & (flagTableSize - 1)
		}
		t[i] = shortEntry{k, f}
	}
	return t
}()

type shortEntry struct {
	k uint64
	f wordFlag
}

// shortHash hashes a packed word into shortTable.
func shortHash(k uint64) uint32 {
	return uint32((k*0x9e3779b97f4a7c15)>>52) & (flagTableSize - 1)
}

// shortFlags is the set flags of the lower-case word of up to eight bytes
// packed in k: lookupFlags of the word.
func shortFlags(k uint64) wordFlag {
	for i := shortHash(k); ; i = (i + 1) & (flagTableSize - 1) {
		e := &shortTable[i]
		if e.k == k {
			return e.f
		}
		if e.k == 0 {
			return 0
		}
	}
}

// npFlag adds fNP to the set flags fl of a word of n bytes whose last two
// (lower-case) bytes are yz, packed little endian, as tokenFlags does.
func npFlag(fl wordFlag, n int, yz uint16) wordFlag {
	if fl&(fStop|fDet) == 0 && n > 1 && yz != 'l'|'y'<<8 {
		fl |= fNP
	}
	return fl
}

// wordEnd extends the run of letters and digits that ends at text[j] over
// inner hyphens and apostrophes: "SK-II", "KN-23", "o'clock".
func wordEnd(text string, j int) int {
	for j+1 < len(text) && (text[j] == '-' || text[j] == '\'') && tokClass[text[j+1]]&clAlnum != 0 {
		j = wordkey.AlnumEnd(text, j+2)
	}
	return j
}

// tokenFlags is the flags of the lower-case word w: its sets', and fNP.
func tokenFlags[S ~string | ~[]byte](w S) wordFlag {
	fl := lookupFlags(w)
	if n := len(w); fl&(fStop|fDet) == 0 && n > 1 && !(w[n-2] == 'l' && w[n-1] == 'y') {
		fl |= fNP
	}
	return fl
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range 256 {
		t[c] = ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
	}
	return t
}()

// sentenceEnd reports whether t ends a sentence or clause for the slots.
func sentenceEnd(t token) bool {
	return t.flags&fEnd != 0 // set by tokenize
}

// isNPWord reports whether t may belong to a noun phrase.
func isNPWord(t token) bool {
	return t.flags&fNP != 0 // set by tokenize
}

// np is a noun phrase found in a slot: its words (toks[lo:hi]), and
// whether a gerund governs it ("smuggling operation").
type np struct {
	lo, hi int
	ing    bool
	sale   bool // a slot of buying, selling or a ban, where a conveyance is a good
	lower  bool // the head must be written in lower case, even first in a sentence
	with   int  // 1 + the index of a head the phrase shares: "lead" in "lead and zinc concentrates"
	// compound is a lexicon good and the noun after it that the HS names
	// together as a good of their own ("cotton yarn"): the lexicon's match
	// inside is no good there (findListed skips it).
	compound bool
}

// forwardNP reads the noun phrase that starts at toks[i], after
// determiners, numbers and a measure's "of" ("20 tonnes of"); hi == lo when
// there is none.
func forwardNP(toks []token, i int) np {
	for i < len(toks) {
		t := toks[i]
		switch {
		case measureAdjAt(toks, i):
			i += measureAdjLen(toks, i) // "a 200-metre nylon net", "a three-litre cooker"
			continue
		case t.kind == 'n' && len(t.low) == 4 && (strings.HasPrefix(t.low, "19") || strings.HasPrefix(t.low, "20")):
			return np{lo: i, hi: i} // a year: "trade in 2023 rose"
		case t.kind == 'n' || t.kind == '$' || (t.kind == 'w' && (t.flags&fDet != 0 || strings.HasSuffix(t.low, "ly") || verbAdverbs[t.low])):
			i++
			continue
		case t.kind == 'w' && t.flags&fApprox != 0 && i+1 < len(toks) && (toks[i+1].kind == 'n' || toks[i+1].flags&fApprox != 0 || toks[i+1].flags&fDet != 0):
			i++
			continue
		case t.kind == 'w' && t.low == "of" && i > 0 && (toks[i-1].flags&fDet != 0 || toks[i-1].flags&fMeasure != 0 || toks[i-1].kind == 'n'):
			i++
			continue
		case t.kind == 'w' && t.flags&fMeasure != 0 && i+1 < len(toks) && toks[i+1].low == "of":
			i += 2
			continue
		case t.kind == 'w' && t.flags&fMeasure != 0 && i+2 < len(toks) && toks[i+1].flags&fMeasure != 0 && toks[i+2].low == "of":
			i += 3 // "3,000 cubic metres of larch"
			continue
		}
		break
	}
	lo := i
	for i < len(toks) && i-lo < 4 && isNPWord(toks[i]) {
		if i > lo && participle(toks[i].low) && (i+1 == len(toks) || !isNPWord(toks[i+1])) {
			break // "pianos imported from Japan", not "live breeding cattle"
		}
		i++
	}
	return np{lo: lo, hi: i}
}

// backwardNP reads the noun phrase that ends at toks[j]; it is empty when
// a preposition governs it ("on the opposite bank").
func backwardNP(toks []token, j int) np {
	hi := j + 1
	i := hi
	for i > 0 && hi-i < 4 && isNPWord(toks[i-1]) {
		i--
	}
	// A measure adjective opens the phrase and is no part of it: "a
	// 200-metre nylon net", "a three-litre cooker".
	if i < hi-1 && measureAdjAt(toks, i) {
		i++
	} else if i < hi-1 && i >= 2 && toks[i-1].low == "-" && measureAdjAt(toks, i-2) {
		i++
	}
	k := i - 1
	for k >= 0 && toks[k].kind == 'w' && toks[k].flags&fDet != 0 {
		k--
	}
	if k >= 0 && toks[k].kind == 'w' && toks[k].flags&fPrep != 0 {
		return np{lo: hi, hi: hi}
	}
	return np{lo: i, hi: hi}
}

// unitWords are the units that a number joins by a hyphen into a measure
// adjective: "a 200-metre net", "a three-litre rice cooker", "a 40-foot
// container".
var unitWords = set(`metre metres meter meters kilometre kilometres kilometer kilometers centimetre
centimetres centimeter centimeters millimetre millimetres millimeter millimeters mile miles foot feet
inch inches tonne tonnes ton tons kilogram kilograms kilo kilos kg gram grams litre litres liter
liters gallon gallons pound pounds watt watts kilowatt kilowatts volt volts horsepower hectare
hectares acre acres`)

// measureWords turn a unit of length into one of area or volume.
var measureWords = set(`cubic square metric linear running`)

// measureOnly reports whether the words before a unit are all measure
// words (none, or "cubic", "square"): the phrase is a measure, not an
// instrument ("water meters").
func measureOnly(words []token) bool {
	for _, w := range words {
		if !measureWords[w.low] {
			return false
		}
	}
	return true
}

// measureAdjAt reports whether a measure adjective starts at toks[i]: a
// number, a hyphen and a unit ("200-metre", tokenized in three), or one word
// of a number word and a unit ("three-litre", "ten-tonne").
func measureAdjAt(toks []token, i int) bool {
	return measureAdjLen(toks, i) > 0
}

// measureAdjLen is how many tokens the measure adjective at toks[i] takes, 0
// when there is none.
func measureAdjLen(toks []token, i int) int {
	t := toks[i]
	switch t.kind {
	case 'n':
		if i+2 < len(toks) && toks[i+1].low == "-" && toks[i+1].end == toks[i+2].start && toks[i+1].start == t.end && unitWords[toks[i+2].low] {
			return 3
		}
	case 'w':
		if k := strings.LastIndexByte(t.low, '-'); k > 0 && unitWords[t.low[k+1:]] && (numberWords[t.low[:k]] || t.low[:k] == "one" || t.low[:k] == "half") {
			return 1
		}
	}
	return 0
}

// listAfter reads the further members of a list after toks[i-1]: ", B",
// "and C", ", and D".
//
// A member after a bare comma counts only when a member after "and" or
// "or" closes the list: in "human hair and glue, North Korean women knot"
// the words after the comma begin a new clause.
func listAfter(toks []token, i int) []np { return appendListAfter(nil, toks, i) }

// appendListAfter is listAfter appending the members to out.
func appendListAfter(out []np, toks []token, i int) []np {
	closed := len(out) // members up to the last one after "and" or "or"
	for i < len(toks) {
		j := i
		if toks[j].low == "," {
			j++
		}
		conj := j < len(toks) && (toks[j].low == "and" || toks[j].low == "or")
		if conj {
			j++
		} else if j+2 < len(toks) && toks[j].low == "as" && toks[j+1].low == "well" && toks[j+2].low == "as" {
			conj, j = true, j+3 // "pianos as well as guitars"
		} else if j+1 < len(toks) && toks[j].low == "along" && toks[j+1].low == "with" {
			conj, j = true, j+2 // "trucks, along with excavators"
		}
		if j == i || j >= len(toks) || (conj && toks[j].low == "that") {
			break // "…, and that the boats brought back": a new clause
		}
		p := forwardNP(toks, j)
		if p.hi == p.lo {
			break
		}
		if p.hi < len(toks) && toks[p.hi].flags&fObjStart != 0 {
			break // "and trim the pieces": a new clause
		}
		out = append(out, p)
		if conj {
			closed = len(out)
		}
		i = p.hi
	}
	return out[:closed]
}

// listBefore appends to out the members of a list before toks[j+1]: "A,
// B and".
func listBefore(out []np, toks []token, j int) []np {
	for j >= 0 {
		// A member's count is no part of it: "600 drift nets, 40 outboard
		// motors"; the member before a counted one must be counted too
		// ("after dark, two machines" lists nothing).
		counted := false
		for j >= 0 && countWord(toks[j]) {
			j, counted = j-1, true
		}
		if j < 0 {
			break
		}
		k := j
		if toks[k].low == "and" || toks[k].low == "or" {
			k--
		}
		if k >= 0 && toks[k].low == "," {
			k--
		}
		if k == j || k < 0 {
			break
		}
		p := backwardNP(toks, k)
		if p.hi == p.lo || (counted && (p.lo == 0 || !countWord(toks[p.lo-1]))) {
			break
		}
		out = append(out, p)
		j = p.lo - 1
	}
	return out
}

// countWord reports whether t counts the list member after it: a number, a
// quantifier or an approximator ("600", "dozens", "about").
func countWord(t token) bool {
	return t.kind == 'n' || (t.kind == 'w' && t.flags&(fDet|fApprox) != 0 && t.flags&fStop == 0)
}

// distribute gives the earlier one-word members of a list the head of its
// last member where that head needs a modifier: "lead and zinc
// concentrates" are lead concentrates and zinc concentrates; "iron, lead,
// zinc and other ores" are iron, lead and zinc ores. resolve keeps such a
// member only where the index narrows the head by it.
func distribute(toks []token, list []np) []np {
	last := list[len(list)-1]
	if len(list) < 2 || last.with > 0 {
		return list
	}
	head := last.hi - 1
	for k := range list[:len(list)-1] {
		m := &list[k]
		if w := toks[m.lo].low; m.hi-m.lo == 1 && lexicon.NounKey(w) == w && toks[head].low != w && !modifiedBy(toks, last, w) {
			m.with = head + 1
		}
	}
	return list
}

// modifiedBy reports whether the word w narrows the head of the list member
// p: in "iron and iron ore" the first member is the bare metal, since the
// second names its own ore ("exports of iron and iron ore").
func modifiedBy(toks []token, p np, w string) bool {
	for k := p.lo; k < p.hi-1; k++ {
		if toks[k].low == w {
			return true
		}
	}
	return false
}

// moneyAfter reports whether an amount of money follows toks[i] in its
// sentence: a currency sign, or a number with a currency word.
func moneyAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+8 && !sentenceEnd(toks[k]); k++ {
		if toks[k].kind == '$' || toks[k].flags&fCurrency != 0 {
			return true
		}
	}
	return false
}

var currencyWords = set(`yuan won dollars dollar usd cny kpw rmb euros euro yen rubles roubles`)

// amountAfter reports whether a number or money follows toks[i] closely.
func amountAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4 && !sentenceEnd(toks[k]); k++ {
		if toks[k].kind == 'n' || toks[k].kind == '$' || toks[k].flags&fCurrency != 0 {
			return true
		}
	}
	return false
}

// slots appends to out the noun phrases in trade slots of the text's
// tokens, lists included.
func slots(toks []token, out []np) []np {
	sale := false // the slot the rule reads is one of sale (saleWords)
	mark := func(ps []np) []np {
		for k := range ps {
			ps[k].sale = sale
		}
		return ps
	}
	fwd := func(i int) {
		if p := forwardNP(toks, i); p.hi > p.lo {
			p.ing = strings.HasSuffix(toks[i-1].low, "ing")
			n := len(out) // the list is built in place: out[n:]
			out = appendListAfter(append(out, p), toks, p.hi)
			mark(distribute(toks, out[n:]))
		}
	}
	bwd := func(j int) {
		if j < 0 || toks[j].kind != 'w' {
			return
		}
		if p := backwardNP(toks, j); p.hi > p.lo {
			n := len(out)
			out = listBefore(append(out, p), toks, p.lo-1)
			mark(out[n:])
		}
	}
	// bwdSubject is bwd for a subject the frame finds by its verb alone:
	// the phrase starts after a verb or a word of time or person in it
	// ("police questioned lanolin dealers", "last year saffron
	// smuggled to").
	bwdSubject := func(j int) {
		n := len(out)
		bwd(j)
		if n < len(out) {
			p := &out[n]
			for k := p.hi - 2; k >= p.lo; k-- {
				w := toks[k].low
				if rejectHeads[w] || abstractHeads[w] || (k > p.lo && participle(w)) {
					p.lo = k + 1
					break
				}
			}
		}
	}
	for i := range toks {
		t := &toks[i] // not a copy: most tokens are passed over
		if t.kind != 'w' || t.flags&slotTriggers == 0 {
			continue
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].low
		}
		sale = t.flags&fSale != 0
		switch {
		case t.flags&fTrade != 0 && next == "that" && t.flags&fCommand != 0:
			// "ordered that the warship be restored": a command, no purchase.
		case t.flags&fTrade != 0 && next != "out" && next != "off" && next != "on" && next != "in" && next != "of":
			// "the export never stops", "coal exports": a noun, not a verb.
			// "Exports rose by a third": a sentence's first word is the noun.
			start := i == 0 || sentenceEnd(toks[i-1])
			if (start && t.flags&fNounLike == 0) || (!start && !(toks[i-1].flags&fDet != 0 || (t.flags&fNounLike != 0 && isNPWord(toks[i-1])))) {
				fwd(i + 1)
			}
		case t.flags&(fIn|fBring) != 0 && next == "in":
			fwd(i + 2) // "deal in ginseng", "brought in tyres"
		case t.flags&fOf != 0 && next == "of":
			fwd(i + 2)
		case (t.low == "prices" || t.low == "price") && next == "for":
			fwd(i + 2)
		case t.flags&fMeasure != 0 && next == "of" && counted(toks, i):
			fwd(i + 2)
		case t.flags&fInclude != 0 && cargoBefore(toks, i):
			fwd(i + 1)
		case t.low == "as" && coverBefore(toks, i):
			fwd(i + 1)
		case t.low == "with" && i > 0 && toks[i-1].flags&fLaden != 0:
			fwd(i + 1) // "loaded with flour and sugar"
		case t.low == "such" && next == "as" && i > 0 && toks[i-1].flags&fCargo != 0:
			fwd(i + 2) // "goods such as noodles and soap"
		case (t.low == "led" || t.low == "followed") && next == "by" && cargoBefore(toks, i):
			fwd(i + 2) // "exports rose, led by soybean oil"
		case t.flags&fBe != 0 && i > 0 && toks[i-1].flags&fCargo != 0 && i+1 < len(toks) && toks[i+1].flags&(fPassive|fStop|fDet) == 0 && !participle(next):
			fwd(i + 1) // "the largest items were rice and sugar"
		case t.flags&fSend != 0 && i+1 < len(toks) && (toks[i+1].kind == 'n' || toks[i+1].flags&fNumber != 0):
			fwd(i + 1) // "had sent three dental chairs": a counted cargo
		case t.flags&fBan != 0 && next == "on":
			sale = true
			fwd(i + 2) // "a ban on luxury goods", "the embargo on vehicles"
		}
		switch {
		case t.flags&fPassive != 0 && i > 0 && toks[i-1].flags&fBe != 0:
			j := i - 2
			for j >= 0 && (toks[j].low == "had" || toks[j].low == "have" || toks[j].low == "has" || toks[j].flags&fBe != 0) {
				j--
			}
			bwd(j)
		case t.flags&fPrice != 0 && moneyAfter(toks, i+1):
			bwd(relativeBefore(toks, i-1))
		case (t.low == "worth" && amountAfter(toks, i+1)) || (t.low == "valued" && next == "at"):
			bwd(i - 1)
		case t.flags&fDealer != 0 && i > 0 && isNPWord(toks[i-1]) && toks[i-1].flags&fSlot == 0:
			// "a timber importer", "Chinese seafood dealers": the trader's
			// wares (resolve rejects a place or a name before it).
			sale = true
			n := len(out)
			bwdSubject(i - 1)
			for k := n; k < len(out); k++ {
				out[k].lower = true // "Chinese dealers", "Dandong importers"
			}
		case t.flags&fMove != 0 && i > 0 && (next == "" || !isNPWord(toks[i+1]) || toks[i+1].flags&fPrep != 0) && (!strings.HasSuffix(t.low, "ing") || toks[i-1].flags&fBe != 0):
			// A gerund is a verb only after "is", "were", "been": "a
			// single crossing", "the rail crossing" name no movement.
			// "Iron ore from Musan slips across the Tumen", "Chinese
			// motorcycles flood the markets", "soybeans are crossing at
			// Namyang": the subject of a verb of movement across a border.
			bwdSubject(skipAux(toks, i-1))
		case t.flags&fPassive != 0 && i > 0 && isNPWord(toks[i-1]) && toks[i-1].flags&(fBe|fSlot) == 0 && i+1 < len(toks) && toks[i+1].flags&fReduced != 0:
			// "Kaesong ginseng smuggled to Dandong", "cigarettes shipped
			// out of Nampo": a participle after its noun, with where to;
			// not "was long sold to", where an adverb follows "was".
			if p := backwardNP(toks, i-1); p.lo == 0 || toks[p.lo-1].flags&fBe == 0 && toks[p.lo-1].low != "has" && toks[p.lo-1].low != "have" && toks[p.lo-1].low != "had" {
				bwdSubject(i - 1)
			}
		case t.flags&fAfter != 0 && i > 0 && isNPWord(toks[i-1]) && (next == "" || !isNPWord(toks[i+1])):
			// "excavator prices", but not "did not include smuggling".
			if p := backwardNP(toks, i-1); p.lo == 0 || !isNPWord(toks[p.lo-1]) && toks[p.lo-1].kind != 'w' || toks[p.lo-1].flags&fDet != 0 || toks[p.lo-1].flags&fPrep != 0 {
				bwd(i - 1)
			}
		}
	}
	return out
}

// headSet marks a word's memberships of the sets that rule a phrase's
// head out, so that resolveNP looks the head up once.
type headSet uint8

const (
	hReject      headSet = 1 << iota // rejectHeads
	hSaleCarrier                     // saleCarriers
	hParticle                        // particles
	hFacility                        // facilityNounSet: after a good's name, a place or business ("ginseng farms")
	hJudgement                       // judgementWords
	hSpecifier                       // specifiers
	hUnit                            // unitWords
)

// headSets is the head sets of each word of one.
var headSets = func() map[string]headSet {
	m := map[string]headSet{}
	for _, s := range []struct {
		words map[string]bool
		bit   headSet
	}{
		{rejectHeads, hReject}, {saleCarriers, hSaleCarrier}, {particles, hParticle},
		{facilityNounSet, hFacility}, {judgementWords, hJudgement}, {specifiers, hSpecifier},
		{unitWords, hUnit},
	} {
		for w, in := range s.words {
			if in {
				m[w] |= s.bit
			}
		}
	}
	return m
}()

// hit is a good the fallback found: its record key, name and code.
type hit struct {
	key, name, code string
	start, end      int
	narrowed        int  // how many modifiers narrowed the code
	headStart       int  // where the head (or its two-word compound) starts
	adjacent        bool // the word before the head narrowed its code, or the head is a compound
	adjective       bool // the head reads as an adjective: "engines suitable for"
	shared          bool // the phrase took a list's shared head: "lead" in "lead and zinc concentrates"
	container       bool // a container named by what it serves: "school bags" (purposeContainer)
}

// resolve classifies the noun phrase toks[p.lo:p.hi]; ok is false when it
// names no good the HS index knows.
func (ix *hsNouns) resolve(text string, toks []token, p np) (hit, bool) {
	if p.with > 0 {
		if h, ok := ix.resolveNP(text, toks, p); ok {
			return h, true
		}
		// "flour, sugar and cooking oil": the member shares no head with
		// the last one, and is a phrase of its own.
		p.with = 0
	}
	return ix.resolveNP(text, toks, p)
}

// resolveNP is resolve, a shared head taken as given.
func (ix *hsNouns) resolveNP(text string, toks []token, p np) (hit, bool) {
	words := toks[p.lo:p.hi]
	if p.with > 0 {
		words = append(slices.Clip(words), toks[p.with-1])
	}
	last := len(words) - 1
	parts := false
	if last > 0 && partsNouns[words[last].low] {
		parts = true
		words, last = words[:last], last-1
	}
	// A plural noun the HS names ends the phrase: "cymbals went across".
	for k := 0; k < last; k++ {
		if w := words[k].low; w != lexicon.NounKey(w) && ix.keys[lexicon.NounKey(w)].Head && !partsNouns[words[k+1].low] {
			words, last = words[:k+1], k
			break
		}
	}
	// A verb, gerund or particle before the head starts the phrase after
	// it: "buying up used televisions", "sending raw hair", "unlike coal".
	for k := last - 1; k >= 0; k-- {
		if ix.clauseWord(words[k]) {
			words, last = words[k+1:], last-k-1
			break
		}
	}
	head := words[last]
	// "ginseng farms", "piano factory": the phrase names a place.
	hs := headSets[head.low]
	if hs&hUnit != 0 && measureOnly(words[:last]) {
		return hit{}, false // "3,000 cubic metres", but "water meters"
	}
	container := hs&hReject != 0 && ix.purposeContainer(text, words, last)
	if (hs&hReject != 0 && !(p.sale && hs&hSaleCarrier != 0) && !container) || hs&(hParticle|hFacility|hJudgement|hSpecifier) != 0 || head.flags&fDet != 0 || (hasUpperASCII(head.src(text)) && (!sentenceStart(text, int(head.start)) || nameNouns[head.low])) {
		return hit{}, false
	}
	if p.lower && hasUpperASCII(head.src(text)) {
		return hit{}, false
	}
	// "Pyongyang calls the reports a smear": the head is a verb.
	if p.hi < len(toks) && toks[p.hi].flags&fObjStart != 0 {
		return hit{}, false
	}
	// A past tense that is also a noun, with a word of its phrase after it,
	// is the verb and that word its object: "the spring saw exports climb",
	// "traders felt prices fall".
	if pastTenseNouns[head.low] && p.hi < len(toks) && toks[p.hi].kind == 'w' && toks[p.hi].flags&fStop == 0 {
		return hit{}, false
	}
	hk := lexicon.NounKey(head.low)
	if participle(head.low) && ix.keys[hk].Plural == "" {
		return hit{}, false // "declared as fluorite and driven across"
	}
	var n lexicon.HSNoun
	first := last
	if last > 0 && ix.headTails[hk] {
		if c, ok := ix.keys[spellingKey(words[last-1].low)+" "+hk]; ok && c.Head {
			n, first = c, last-1
		}
	}
	if first == last {
		n, _ = ix.noun(head.low)
	}
	if p.compound && oreNouns[head.low] && last > 0 {
		return ix.oreHit(words, n), true
	}
	codes := n.Codes
	if len(codes) == 0 {
		return hit{}, false
	}
	// After a gerund a singular countable noun is a compound's head:
	// "a smuggling operation", "the shipping route".
	if p.ing && n.Plural != "" && hk == head.low {
		return hit{}, false
	}
	prim := n.Primary
	// Modifiers the same codes name narrow them: "lead concentrates".
	var named []int // indexes of the words that narrowed
	for k := first - 1; k >= 0; k-- {
		m, ok := ix.noun(words[k].low)
		if !ok {
			continue
		}
		if both := intersect(codes, m.Codes); len(both) > 0 {
			codes, prim = both, intersect(prim, m.Codes)
			named = append(named, k)
		}
	}
	// A noun the HS names in many headings ("oil", "sugar") or in
	// headings of different chapters ("roots") is still the good the slot
	// trades, but its code would be a guess: such a phrase is a good with
	// no code (or its one chapter), named by the text, where its head is a
	// concrete noun (looseHead).
	// A conveyance a sale slot admits is named by the text; the HS codes
	// it by use ("motor vehicles for the transport of goods"), not by name.
	loose := rejectHeads[head.low]
	if !loose && !n.Head && len(named) == 0 && (n.Generic || !oneChapter(n.Primary)) {
		if p.with > 0 || parts || !looseHead(head.low) {
			return hit{}, false
		}
		loose = true
	}
	if len(prim) > 0 {
		codes = prim
	}
	code := pickCode(codes)
	if code == "" && !parts && !loose {
		if p.with > 0 || !looseHead(head.low) {
			return hit{}, false
		}
		loose = true
	}
	if filmHeads[head.low] && !filmOfStuff(words[:last]) {
		return hit{}, false // "South Korean films", but "mulch film"
	}
	if loose && first == 0 && modifiedOnly[head.low] {
		return hit{}, false // "a plate costs 150 yuan", but "clutch plates"
	}
	if loose {
		code = ""
		if oneChapter(n.Primary) {
			code = n.Primary[0][:2]
		}
	} else if len(named) == 0 && p.with == 0 && len(code) >= 4 && !parts && !ix.namesNoun(code, hk, n.Plural[strings.LastIndexByte(n.Plural, ' ')+1:]) {
		// The heading names the word only as a modifier or in passing
		// ("diesel or semi-diesel engines", "wastes of pickling liquors"):
		// the good is the text's, its code unknown.
		if !looseHead(head.low) {
			return hit{}, false
		}
		code, loose = "", true
	}
	if parts && code != "" {
		code = "" // the caller narrows to the parts heading
	}
	// The name: the text's phrase without words of judgement, origin or
	// legality ("cheap", "Chinese", "smuggled"), brands kept.
	var nameBuf, keyBuf [8]string // joined below, so they need not escape
	name, keyWords := nameBuf[:0], keyBuf[:0]
	for k := 0; k < first; k++ {
		w := words[k]
		wtext, wstart := w.src(text), int(w.start)
		switch {
		case (judgementWords[w.low] && !rareEarth(words, k)) || w.low == "dozen" || strings.HasSuffix(w.low, "-made"):
		case slices.Contains(named, k) || specifiers[w.low] || wtext == w.low || (sentenceStart(text, wstart) && wtext[1:] == w.low[1:]):
			if wtext != w.low && !(sentenceStart(text, wstart) && wtext[1:] == w.low[1:]) {
				name = append(name, wtext)
			} else {
				name = append(name, w.low)
			}
			if slices.Contains(named, k) {
				keyWords = append(keyWords, lexicon.NounKey(w.low))
			}
		case isBrandWord(wtext) && !sentenceStart(text, wstart) && !afterLocative(text, wstart):
			name = append(name, wtext)
		}
	}
	for k := first; k <= last; k++ {
		name = append(name, words[k].low)
		keyWords = append(keyWords, lexicon.NounKey(words[k].low))
	}
	if n.Plural != "" && lexicon.NounKey(head.low) == head.low && !parts && (!loose || container) {
		name[len(name)-1] = n.Plural[strings.LastIndexByte(n.Plural, ' ')+1:]
	}
	if p.with > 0 && ((len(named) == 0 && first == last) || len(prim) == 0 || !ix.sharedHead(toks, p.with-1)) {
		return hit{}, false // "pianos and grand pianos", "flour and cooking oil" share no head
	}
	key := strings.Join(keyWords, " ")
	end := int(words[last].end)
	if p.with > 0 {
		end = int(toks[p.hi-1].end)
		name[len(name)-1] = toks[p.with-1].low
	}
	if parts {
		name = append(name, "parts")
		key += " parts"
		end = int(toks[p.hi-1].end)
	}
	return hit{key: key, name: strings.Join(name, " "), code: code, start: int(words[0].start), end: end, narrowed: len(named), headStart: int(words[first].start), shared: p.with > 0, container: container,
		adjacent: first < last || slices.Contains(named, first-1), adjective: (strings.HasSuffix(hk, "able") || strings.HasSuffix(hk, "ible")) && !n.Head}, true
}

// byHead sorts phrases by where they end, stably: by keys of the end and
// the position, cheaper to sort than the phrases themselves. The keys and
// the sorted phrases go into buf's buffers.
func byHead(ps []np, buf *tokBuf) []np {
	if slices.IsSortedFunc(ps, func(a, b np) int { return a.hi - b.hi }) {
		return ps
	}
	keys := slices.Grow(buf.keys[:0], len(ps))[:len(ps)]
	buf.keys = keys
	for i, p := range ps {
		keys[i] = uint64(p.hi)<<32 | uint64(i)
	}
	slices.Sort(keys)
	out := slices.Grow(buf.sorted[:0], len(ps))[:len(ps)]
	buf.sorted = out
	for i, k := range keys {
		out[i] = ps[uint32(k)]
	}
	return out
}

// dropParts removes from the index the codes under the headings of parts
// alone (partsOnly) among parts, per chapter the headings whose
// descriptions name parts: such a heading names a noun only as what the
// parts fit ("electric motors" are 8501, not the parts of 8503). A phrase
// of parts finds its heading from the good's own (hsIndex.partsHeading).
// A key named under headings of parts alone keeps them.
func (ix *hsNouns) dropParts(parts map[string][]string, desc func(string) string) {
	var heads [10000]bool // by the heading's number: a lookup per code, no hashing
	for _, hs := range parts {
		for _, h := range hs {
			if partsOnly(desc(h)) {
				heads[headingNum(h)] = true
			}
		}
	}
	without := func(codes []string) []string {
		k := 0
		for k < len(codes) && !heads[headingNum(codes[k])] {
			k++
		}
		if k == len(codes) {
			return codes
		}
		out := slices.Clip(codes[:k:k])
		for _, c := range codes[k:] {
			if !heads[headingNum(c)] {
				out = append(out, c)
			}
		}
		if len(out) == 0 {
			return codes
		}
		return out
	}
	for key, n := range ix.keys {
		c, p := without(n.Codes), without(n.Primary)
		if len(c) != len(n.Codes) || len(p) != len(n.Primary) {
			n.Codes, n.Primary = c, p
			ix.keys[key] = n
		}
	}
}

// headingNum is the number of the 4-digit heading of the code c, whose
// first four bytes are digits.
func headingNum(c string) int {
	return int(c[0]-'0')*1000 + int(c[1]-'0')*100 + int(c[2]-'0')*10 + int(c[3]-'0')
}

// oreHit is the hit of a metal or mineral and the ore noun after it
// ("rare-earth concentrate", "gold ore"): the ore headings of chapter 26
// that the modifier narrows to, else the chapter.
func (ix *hsNouns) oreHit(words []token, ore lexicon.HSNoun) hit {
	last := len(words) - 1
	var ores []string
	for _, c := range ore.Codes {
		if strings.HasPrefix(c, "26") {
			ores = append(ores, c)
		}
	}
	code := "26"
	mod := 0 // the metal or mineral: the word before the first ore noun
	for mod+1 < last && !oreNouns[words[mod+1].low] {
		mod++
	}
	if m, ok := ix.noun(words[mod].low); ok {
		if both := intersect(ores, m.Codes); len(both) > 0 {
			if c := pickCode(both); len(c) >= 4 {
				code = c
			}
		}
	}
	name := make([]string, 0, len(words))
	keyWords := make([]string, 0, len(words))
	for k, w := range words {
		if judgementWords[w.low] && !rareEarth(words, k) {
			continue
		}
		name = append(name, w.low)
		keyWords = append(keyWords, lexicon.NounKey(w.low))
	}
	return hit{key: strings.Join(keyWords, " "), name: strings.Join(name, " "), code: code,
		start: int(words[0].start), end: int(words[last].end), headStart: int(words[mod+1].start), adjacent: true}
}

// containerHeads are the containers that purposeContainer may take for
// goods.
var containerHeads = set(`bag bags box boxes case cases crate crates sack sacks carton cartons`)

// containerMaterials are the stuff a container is made of, which says
// nothing of what it serves: "wooden crates", "paper sacks".
var containerMaterials = set(`paper cardboard card steel iron wood wooden cloth jute straw canvas
aluminium aluminum tin metal plastic polythene polyethylene nylon leather rubber woven`)

// purposeContainer reports whether the container head words[last] is the
// good itself: a word of use or a good right before it says what it
// serves ("school bags", "empty fish boxes"), not what it is made of
// ("wooden crates"), and no "of" follows ("sacks of rice" measure the
// rice).
func (ix *hsNouns) purposeContainer(text string, words []token, last int) bool {
	if last == 0 || !containerHeads[words[last].low] || strings.HasPrefix(text[words[last].end:], " of ") {
		return false
	}
	m := words[last-1].low
	if useWords[m] {
		return true
	}
	if specifiers[m] || containerMaterials[m] || participle(m) {
		return false
	}
	n, ok := ix.noun(m)
	return ok && !n.Generic
}

// spellings are the American and short forms of words the HS writes in
// British or full form: "soybean" is the HS's "soya bean", "tire" its
// "tyre".
var spellings = map[string]string{
	"soy": "soya", "tire": "tyre", "aluminum": "aluminium", "sulfur": "sulphur", "fiber": "fibre",
	"color": "colour", "jewelry": "jewellery", "mold": "mould", "molded": "moulded",
}

// spellingKey is the index key of the lower-case word w in the HS's
// spelling.
func spellingKey(w string) string {
	k := lexicon.NounKey(w)
	if v, ok := spellings[k]; ok {
		return v
	}
	return k
}

// noun is the index entry of the lower-case word w: by its key, its HS
// spelling, or, for a closed compound the HS writes in two words, the two
// words' compound ("soybean" is "soya bean", "sunflowerseed" "sunflower
// seed").
func (ix *hsNouns) noun(w string) (lexicon.HSNoun, bool) {
	k := lexicon.NounKey(w)
	if n, ok := ix.keys[k]; ok {
		return n, true
	}
	if v, ok := spellings[k]; ok {
		n, ok := ix.keys[v]
		return n, ok
	}
	for i := 3; i+3 <= len(k); i++ {
		if !ix.headTails[k[i:]] {
			continue
		}
		if n, ok := ix.keys[spellingKey(k[:i])+" "+k[i:]]; ok && n.Head {
			return n, true
		}
	}
	return lexicon.HSNoun{}, false
}

// namesNoun reports whether the description of code names the noun key
// (or its plural) as a good: a word that ends its phrase ("cells and
// batteries", "anthracite, whether or not pulverised", "(e.g. drums,
// cymbals)"), not one that modifies another noun ("diesel or semi-diesel
// engines") or lies in an "of" complement ("wastes of pickling liquors").
func (ix *hsNouns) namesNoun(code, key, plural string) bool {
	if ix.desc == nil {
		return true
	}
	k := [2]string{code, key}
	ix.mu.RLock()
	ok, known := ix.names[k]
	ix.mu.RUnlock()
	if known {
		return ok
	}
	ok = ix.namesNounIn(ix.desc(code), key, plural)
	ix.mu.Lock()
	if ix.names == nil {
		ix.names = map[[2]string]bool{}
	}
	ix.names[k] = ok
	ix.mu.Unlock()
	return ok
}

// namesNounIn is namesNoun on the description d.
func (ix *hsNouns) namesNounIn(d, key, plural string) bool {
	d = strings.ToLower(d)
	if d == "" {
		return true
	}
	ws := descWords(d)
	for i, w := range ws {
		if w != key && w != plural {
			continue
		}
		// An "of" before it in its phrase makes it a complement.
		of := false
		for k := i - 1; k >= 0 && !descDelim(ws[k]); k-- {
			if ws[k] == "of" {
				of = true
				break
			}
		}
		if of {
			continue
		}
		if i+1 == len(ws) || descDelim(ws[i+1]) || descAfterNoun[ws[i+1]] {
			return true
		}
		switch ws[i+1] {
		case "and":
			return true // "cells and batteries", "harpsichords and other …"
		case "or":
			// "pumps or compressors"; but "diesel or semi-diesel engines"
			// shares a head.
			if k := i + 2; k < len(ws) && (ws[k] == "other" || k+1 == len(ws) || descDelim(ws[k+1]) || descAfterNoun[ws[k+1]]) {
				return true
			}
		}
	}
	return false
}

// descAfterNoun are the words that follow a noun in the HS descriptions.
var descAfterNoun = set(`whether not of in for with including other than n.e.c nes e.g put
containing used fitted excluding the a`)

// descWords splits a lower-case description into words (with inner hyphens
// and points) and delimiters.
func descWords(d string) []string {
	var out []string
	for i := 0; i < len(d); {
		c := d[i]
		switch {
		case asciiAlnum[c]:
			j := i
			for j < len(d) && (asciiAlnum[d[j]] || d[j] == '-' || d[j] == '\'' || (d[j] == '.' && j+1 < len(d) && asciiAlnum[d[j+1]])) {
				j++
			}
			out = append(out, d[i:j])
			i = j
		case c == ',' || c == ';' || c == '(' || c == ')' || c == ':':
			out = append(out, d[i:i+1])
			i++
		default:
			i++
		}
	}
	return out
}

// descDelim reports whether w is a delimiter of descWords.
func descDelim(w string) bool {
	return w == "," || w == ";" || w == "(" || w == ")" || w == ":"
}

// sharedHead reports whether the head toks[h] of a list's last member is
// shared by the members before it: after "other" ("iron, lead and other
// ores"), or after a modifier that narrows it in the HS as a member would
// ("lead and zinc concentrates"), unlike "flour and cooking oil".
func (ix *hsNouns) sharedHead(toks []token, h int) bool {
	if h == 0 || toks[h-1].kind != 'w' {
		return false
	}
	mod := toks[h-1].low
	if mod == "other" {
		return true
	}
	m, ok := ix.keys[lexicon.NounKey(mod)]
	hd := ix.keys[lexicon.NounKey(toks[h].low)]
	return ok && len(intersect(hd.Primary, m.Codes)) > 0
}

// judgementWords before a good say what the text thinks of it or how it
// moved, not what it is.
var judgementWords = set(`cheap cheaper expensive costly illegal illicit smuggled contraband banned
sanctioned prohibited popular scarce rare precious valuable high-quality low-quality quality
good bad poor fine best top genuine real various assorted unspecified unknown undeclared
seized confiscated imported exported foreign local domestic such`)

// participle reports whether w looks like a past participle or gerund; as
// a head it is a good only where the HS writes its plural ("bearings").
func participle(w string) bool {
	return (strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")) || (strings.HasSuffix(w, "ing") && !ingNouns[w]) || irregularParticiples[w]
}

var irregularParticiples = set(`driven taken given hidden broken stolen chosen frozen woven sent brought
caught sold bought held kept left made found shown known seen done gone thrown flown grown drawn
written spoken beaten bitten ridden risen shaken sworn torn worn`)

// oneChapter reports whether codes, at least one, all lie in one chapter:
// "ores" are the ores of chapter 26.
func oneChapter(codes []string) bool {
	for _, c := range codes {
		if c[:2] != codes[0][:2] {
			return false
		}
	}
	return len(codes) > 0
}

// pickCode is the most specific code that covers codes: their one 4-digit
// heading, or its one 6-digit subheading when the heading's own
// description does not name the good; else their common chapter; "" when
// they share none.
func pickCode(codes []string) string {
	h := codes[0][:4]
	oneHeading := true
	six, nsix := "", 0 // the last 6-digit code, and how many there are
	for _, c := range codes {
		oneHeading = oneHeading && c[:4] == h
		if len(c) == 6 {
			six, nsix = c, nsix+1
		}
	}
	if oneHeading {
		if !slices.Contains(codes, h) && nsix == 1 {
			return six
		}
		return h
	}
	ch := codes[0][:2]
	for _, c := range codes {
		if c[:2] != ch {
			return ""
		}
	}
	return ch
}

// intersect is the codes of a that b names, or whose heading b names.
func intersect(a, b []string) []string {
	var out []string
	for _, c := range a {
		for _, d := range b {
			if len(c) > 1 && len(d) > 1 && (c[0] != d[0] || c[1] != d[1]) {
				continue // another chapter: most pairs, told apart before comparing strings
			}
			if c == d || (len(c) == 6 && c[:4] == d) || (len(d) == 6 && d[:4] == c) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// fallback adds to goods the records of the goods in trade slots that the
// lexicon does not list; listed are the lexicon's own matches in text, kept
// or not.
func (f *Finder) fallback(text string, goods []model.Commodity, listed []lexicon.Match, compounds [][2]int) []model.Commodity {
	if f.nouns == nil {
		return goods
	}
	buf := tokPool.Get().(*tokBuf)
	buf.tokenize(text)
	toks := buf.toks
	defer func() {
		if cap(toks) <= maxPooledToks {
			clear(toks) // drop the references to text
			buf.toks = toks[:0]
			tokPool.Put(buf)
		}
	}()
	ps := slots(toks, buf.nps[:0]) // grown below in place
	ps = f.lexiconLists(ps, toks, goods)
	ps = append(ps, compoundNPs(toks, compounds)...)
	buf.nps = ps[:0]
	if len(ps) == 0 {
		return goods
	}
	// In text order, so that a record is named by its first mention and a
	// shorter name later is the good again ("coloured contact lenses … a
	// pair of coloured lenses").
	// Phrases that end at one head keep their order: the slots' before the
	// lists'.
	ps = byHead(ps, buf)
	// What the lexicon and the records hold already. Mentions stay in
	// text order (insertMention), so a binary search finds the ones that
	// could overlap a span: a dense run-on text has thousands.
	if !slices.IsSortedFunc(listed, func(a, b lexicon.Match) int { return a.Start - b.Start }) {
		listed = slices.Clone(listed)
		slices.SortStableFunc(listed, func(a, b lexicon.Match) int { return a.Start - b.Start })
	}
	longest := 0 // no mention is longer: how far back an overlap can start
	for _, m := range listed {
		longest = max(longest, m.End-m.Start)
	}
	for i := range goods {
		slices.SortStableFunc(goods[i].Mentions, func(a, b model.Mention) int { return a.Start - b.Start })
		for _, m := range goods[i].Mentions {
			longest = max(longest, m.End-m.Start)
		}
	}
	taken := func(start, end int) bool {
		// The first match that starts at end or later, by hand: the
		// generic search copies each match it compares.
		k, hi := 0, len(listed)
		for k < hi {
			if m := int(uint(k+hi) >> 1); listed[m].Start < end {
				k = m + 1
			} else {
				hi = m
			}
		}
		for k--; k >= 0 && listed[k].Start > start-longest; k-- {
			if start < listed[k].End {
				return true
			}
		}
		return goodsTaken(goods, start, end, longest)
	}
	headings := map[string]bool{}
	for _, g := range goods {
		if len(g.HS) >= 4 {
			headings[g.HS[:4]] = true
		}
	}
	pos := map[string]int{}
	n := len(goods)
	for _, p := range ps {
		h, ok := f.nouns.resolve(text, toks, p)
		if !ok {
			continue
		}
		longest = max(longest, h.end-h.start) // any mention added below is h
		if !p.compound && (h.container && goodsTaken(goods[:n], h.start, h.end, longest) || !h.container && taken(h.start, h.end)) && !modifierTaken(h, goods[:n], listed) {
			if !h.shared || !takeMention(goods[:n], h) {
				f.narrowListed(text, h, goods[:n])
				continue
			}
		}
		if i, ok := pos[h.key]; ok {
			if !slices.ContainsFunc(goods[i].Mentions, func(m model.Mention) bool { return m.Start == h.start }) {
				goods[i].Mentions = insertMention(goods[i].Mentions, model.Mention{Start: h.start, End: h.end, Text: text[h.start:h.end]})
			}
			// The plainest of the text's names for one good names it, a
			// bare head aside: "drift nets" … "a nylon drift net",
			// "children's school bags" … "a school bag", but "brushless
			// motors" … "the motors". A bare head named first gives way to
			// the text's fuller name: "the bark of the magnolia tree" …
			// "300 kg of magnolia bark".
			if n := strings.Count(h.name, " "); n > 0 && (n < strings.Count(goods[i].Name, " ") || !strings.Contains(goods[i].Name, " ")) {
				goods[i].Name = h.name
			}
			continue
		}
		code := h.code
		if strings.HasSuffix(h.key, " parts") {
			base, _ := f.nouns.resolve(text, toks, np{lo: p.lo, hi: p.hi - 1})
			code = f.hs.partsHeading(base.code)
		}
		if p.compound && len(code) >= 4 && oreNouns[toks[p.hi-1].low] {
			// An ore the text named before by its heading: "iron ore"
			// after "iron ore concentrates".
			if j := slices.IndexFunc(goods, func(g model.Commodity) bool { return len(g.HS) >= 4 && g.HS[:4] == code[:4] }); j >= 0 {
				goods[j].Mentions = insertMention(goods[j].Mentions, model.Mention{Start: h.start, End: h.end, Text: text[h.start:h.end]})
				continue
			}
		}
		kind := p.compound // a good apart from the lexicon goods of its heading
		if c, i := f.nouns.contextCode(h, goods[:n]); c != "" && !p.compound {
			code, kind = c, hasExtraWord(h.name, goods[i].Name)
		}
		if !kind && slices.ContainsFunc(goods[:n], func(g model.Commodity) bool { return len(g.Mentions) > 0 && sameGood(g, code, h.name) }) {
			continue // a good the lexicon found, named otherwise
		}
		if j := shortenedFallback(goods[n:], h, code); j >= 0 {
			// "coloured lenses" after "coloured contact lenses": the
			// fallback's good again, named shorter.
			goods[n+j].Mentions = insertMention(goods[n+j].Mentions, model.Mention{Start: h.start, End: h.end, Text: text[h.start:h.end]})
			continue
		}
		if j := shortenedFrom(goods[:n], h, lowerASCII(h.name)); j >= 0 {
			// "the gall bladders" after "bear gall bladders", "the tow"
			// after "acetate tow": the lexicon's good again.
			goods[j].Mentions = insertMention(goods[j].Mentions, model.Mention{Start: h.start, End: h.end, Text: text[h.start:h.end]})
			continue
		}
		pos[h.key] = len(goods)
		goods = append(goods, f.fallbackRecord(h, code, text))
	}
	if len(goods) > n {
		for i := n; i < len(goods); i++ {
			goods[i].Mentions = f.moreMentions(text, goods[i], taken)
		}
	}
	return withMentions(goods)
}

// overlapsSorted reports whether a mention of ms, in text order and none
// longer than longest, overlaps text[start:end].
func overlapsSorted(ms []model.Mention, start, end, longest int) bool {
	k, _ := slices.BinarySearchFunc(ms, end, func(m model.Mention, e int) int { return m.Start - e })
	for k--; k >= 0 && ms[k].Start > start-longest; k-- {
		if start < ms[k].End {
			return true
		}
	}
	return false
}

// contextCode is the code of the lexicon record of the text whose name
// ends with the hit's head noun, where the HS names the noun under that
// record's heading and no modifier of the hit narrowed its own code: in a
// report on fishing nets (5608), "drift nets" are nets of that heading, not
// the landing nets (9507) the index names first. It is "" when there is no
// such record, or the hit's code has the record's heading already; i is the
// record.
func (ix *hsNouns) contextCode(h hit, goods []model.Commodity) (code string, i int) {
	if h.narrowed > 0 || h.shared || strings.HasSuffix(h.key, " parts") {
		return "", -1
	}
	head := h.key[strings.LastIndexByte(h.key, ' ')+1:]
	n, ok := ix.keys[head]
	if !ok {
		return "", -1
	}
	for i := range goods {
		g := &goods[i]
		if len(g.HS) < 4 || len(g.Mentions) == 0 || g.Name == "" || g.Name[0] >= 0x80 || (len(h.code) >= 4 && h.code[:4] == g.HS[:4]) {
			continue
		}
		if lexicon.NounKey(strings.ToLower(lastField(g.Name))) != head {
			continue
		}
		if slices.ContainsFunc(n.Codes, func(c string) bool { return c[:4] == g.HS[:4] }) {
			return g.HS, i
		}
	}
	return "", -1
}

// hasExtraWord reports whether the phrase name has a word of kind that
// other lacks (plurals aside): "drift nets" beside "fishing nets". A make
// ("Weichai engines"), a state or a use ("second-hand", "used", "nylon")
// names the same good.
func hasExtraWord(name, other string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(other)) {
		have[singular(w)] = true
	}
	for _, w := range strings.Fields(name) {
		if w != lowerASCII(w) || specifiers[w] || judgementWords[w] || stateCompound(w) || have[singular(w)] {
			continue
		}
		return true
	}
	return false
}

// stateCompound reports whether the hyphenated word w says what state or
// origin a good is in: "second-hand", "brand-new", "Chinese-made".
func stateCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	switch w[i+1:] {
	case "hand", "new", "made", "used", "old", "built":
		return true
	}
	return false
}

// goodsTaken reports whether a mention of one of goods (each record's in
// text order, none longer than longest) overlaps text[start:end]: a
// container's hit may hold a lexicon match that findListed left out
// ("fish" in "empty fish boxes").
func goodsTaken(goods []model.Commodity, start, end, longest int) bool {
	for _, g := range goods {
		if overlapsSorted(g.Mentions, start, end, longest) {
			return true
		}
	}
	return false
}

// shortenedFallback is the fallback record, named before the hit, whose
// name has every word of the hit's (two or more) and more, with the same head, and whose
// code lies under the hit's: "coloured lenses" (90) after "coloured contact
// lenses" (900130) name that good again. It is -1 when there is none.
func shortenedFallback(goods []model.Commodity, h hit, code string) int {
	words := strings.Fields(strings.ToLower(h.name))
	if len(words) < 2 {
		return -1 // a bare head may be a kind of its own: "iron, lead and other ores"
	}
	for i := range goods {
		g := &goods[i]
		if len(g.Mentions) == 0 || g.Mentions[0].Start >= h.start || !strings.HasPrefix(g.HS, code) {
			continue
		}
		have := strings.Fields(strings.ToLower(g.Name))
		if len(have) <= len(words) || singular(have[len(have)-1]) != singular(words[len(words)-1]) {
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool {
			return !slices.ContainsFunc(have, func(x string) bool { return singular(x) == singular(w) })
		}) {
			return i
		}
	}
	return -1
}

// shortenedFrom is the lexicon record with a Latin mention before the hit
// whose last words are the hit's name, lower-cased as name: the text
// shortens a good it named in full. It is -1 when there is none.
func shortenedFrom(goods []model.Commodity, h hit, name string) int {
	key := singular(name)
	for i := range goods {
		for _, m := range goods[i].Mentions {
			if m.Start >= h.start || m.Text[0] >= 0x80 || len(m.Text) <= len(name) {
				continue
			}
			full := singular(lowerASCII(m.Text))
			if strings.HasSuffix(full, key) && full[len(full)-len(key)-1] == ' ' {
				return i
			}
		}
	}
	return -1
}

// sameGood reports whether the lexicon record g names the good of code and
// name again: both lie in one heading, or name is a chapter-level good
// with g's head noun ("watches", 91, beside "luxury watches", 9101). A
// chapter-level record ("musical instruments", 92) leaves room for the
// specific goods of its chapter ("cymbals", 9206), and "other ores" (26)
// are a good beside "tungsten ore" (2611).
func sameGood(g model.Commodity, code, name string) bool {
	if len(code) >= 4 {
		return len(g.HS) >= 4 && g.HS[:4] == code[:4]
	}
	last := func(s string) string { return lexicon.NounKey(strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])) }
	if code == "" {
		return last(g.Name) == last(name)
	}
	return g.HS == code || (strings.HasPrefix(g.HS, code) && last(g.Name) == last(name))
}

// clauseWord reports whether t, before a phrase's head, is no modifier of
// it but a verb, gerund, preposition or particle of the clause around it.
func (ix *hsNouns) clauseWord(t token) bool {
	if t.flags&(fTrade|fPassive|fPrice|fPrep|fApprox|fIn) != 0 || particles[t.low] || (irregularParticiples[t.low] && !specifiers[t.low]) {
		return true // "held artillery shells"
	}
	if strings.HasSuffix(t.low, "ing") && !ingNouns[t.low] {
		_, ok := ix.keys[t.low]
		return !ok
	}
	return false
}

// ingNouns end in "-ing" but are nouns, no verb forms: "plastic seedling
// film" is one phrase.
var ingNouns = set(`seedling seedlings sapling saplings dumpling dumplings duckling ducklings
yearling yearlings bedding tubing piping wiring roofing flooring`)

// particles and clause words that a phrase may run into.
var particles = set(`up down out off away back unlike including excluding besides plus via per otherwise`)

// looseHead reports whether the lower-case head w of a phrase in a trade
// slot may name a good the HS index cannot code: a concrete noun, not a
// word of kind, state, trade or money ("business", "aid", "fresh").
func looseHead(w string) bool {
	return len(w) > 2 && !abstractHeads[w] && !participle(w) && !strings.HasSuffix(w, "ness") && !strings.HasSuffix(w, "tion") && !strings.HasSuffix(w, "ment")
}

// modifiedOnly are loose heads that name a good only with a word before
// them that says which ("clutch plates", "shell casings"); alone they are
// as often a registration plate or a dish.
var modifiedOnly = set(`plate plates casing casings`)

// abstractHeads are the nouns a trade slot holds that name no good: trade
// and its acts, money and papers, kinds and states, people and groups.
var abstractHeads = set(`trade trades business smuggling goods items products cargo cargoes shipment
shipments commodity commodities merchandise aid help assistance relief rights right labour labor
work workers troops troop service services technology technologies know-how data share shares
revenue revenues income earnings profit profits sanction sanctions ban bans permission approval
licence license licences licenses permit permits contract contracts deal deals money cash
currency funds payment payments loan loans debt debts credit price prices value values cost costs
fee fees tax taxes duty duties tariff tariffs bribe bribes gift gifts document documents papers
paper certificate certificates invoice invoices fresh chilled frozen dried raw new old used other
similar same kind kinds type types sort sorts form forms grade grades quality qualities size sizes
stock stocks supply supplies part parts piece pieces whole total rest half amount amounts number
numbers quantity quantities volume volumes weight weights lot lots batch batches load loads unit
units set sets pair pairs case cases material materials article articles thing things stuff
equipment apparatus device devices tool tools product produce waste scrap residue residues
mixture mixtures preparation preparations substance substances matter body bodies person persons
people member members staff crew crews family families child children man men woman women
animal animals plant plants home homes house houses land lands space spaces time times year years
day days month months week weeks way ways means method methods system systems network networks
energy power control access order orders use uses purpose purposes kind value mail post news
report reports information word words name names sign signs mark marks line lines side sides
front back top bottom end ends beginning head heads hand hands foot feet base bases point points
interest interests individual individuals mineral minerals metal sale state states length lengths cap caps control controls colour colours color
colors well wells first concentrate concentrates machine machines instrument instruments panel panels
leaf leaves root roots tile tiles care together overall abroad overseas instead apart aside again
alone country countries region regions area areas city cities province provinces town towns village
villages refill refills repair repairs injection injections pill pills tablet tablets capsule capsules
ampoule ampoules dose doses chemical
retail wholesale staples input inputs content contents movie movies drama dramas video videos
song songs music`)

// filmHeads name a film the HS codes (plastic film 3920, photographic film
// 3702) only with a word of its stuff or use before them ("mulch film",
// "polyethylene film", "X-ray film"); alone, or after a people or a genre
// ("foreign films", "South Korean films and dramas"), they are what people
// watch, not a good.
var filmHeads = set(`film films`)

// filmStuff are the words that make a film the sheet the HS codes.
var filmStuff = set(`plastic plastics vinyl polyethylene polythene pe pvc polyester polypropylene
cellulose mulch mulching agricultural farm farming seedling greenhouse packaging packing cling
shrink stretch wrap wrapping protective window tint tinted solar roofing photographic x-ray
xray camera negative colour color thin transparent laminating`)

// filmOfStuff reports whether a modifier before a film head names its stuff.
func filmOfStuff(words []token) bool {
	for _, w := range words {
		if filmStuff[w.low] {
			return true
		}
	}
	return false
}

// modifierTaken frees a phrase whose HS heading its modifiers or its
// two-word compound name from the lexicon matches among its modifiers:
// "soybean" in "soybean oil" (1507), "iron" in "iron ore" (2601), "copper"
// in "copper wire" name no good of their own there. It reports whether the
// phrase is free, the lexicon records' mentions there removed.
func modifierTaken(h hit, goods []model.Commodity, listed []lexicon.Match) bool {
	if len(h.code) < 4 || !h.adjacent || h.adjective || h.shared || strings.HasSuffix(h.key, " parts") {
		return false
	}
	inside := func(s, e int) bool { return e <= h.start || s >= h.end || (s >= h.start && e <= h.headStart) }
	for _, m := range listed {
		if !inside(m.Start, m.End) {
			return false
		}
	}
	for _, g := range goods {
		for _, m := range g.Mentions {
			if !inside(m.Start, m.End) || (m.Start >= h.start && m.End <= h.end && sameGood(g, h.code, h.name)) {
				return false // the lexicon's record is this good already
			}
		}
	}
	for i := range goods {
		goods[i].Mentions = slices.DeleteFunc(goods[i].Mentions, func(m model.Mention) bool { return m.Start >= h.start && m.End <= h.headStart })
	}
	return true
}

// takeMention removes from its lexicon record the mention of a list
// member that shares the list's head ("iron" in "iron, lead and other
// ores"), which is a good of its own (iron ores), and reports whether
// there was one.
func takeMention(goods []model.Commodity, h hit) bool {
	for i := range goods {
		for k, m := range goods[i].Mentions {
			if m.Start == h.start && m.End <= h.end {
				goods[i].Mentions = slices.Delete(goods[i].Mentions, k, k+1)
				return true
			}
		}
	}
	return false
}

// narrowListed narrows a lexicon good classified no finer than an HS
// chapter to the heading that the text's phrase around its mention names:
// "furniture" (94) in "labelled as office furniture" is office furniture,
// 9403. The record takes the phrase as its name and the mention grows to
// it.
func (f *Finder) narrowListed(text string, h hit, goods []model.Commodity) {
	if len(h.code) < 4 || h.narrowed == 0 {
		return
	}
	for i := range goods {
		g := &goods[i]
		if len(g.HS) != 2 {
			continue
		}
		// Another chapter's heading only where the phrase adds its
		// narrowing words before the whole mention: "soybean oil" (1507)
		// around the lexicon's "oil" (27) is another good.
		other := !strings.HasPrefix(h.code, g.HS)
		for k, m := range g.Mentions {
			if m.Start < h.start || m.End != h.end || (other && (m.Start == h.start || strings.Contains(m.Text, " "))) {
				continue
			}
			g.Name, g.HS, g.HSLabel = h.name, h.code, f.lex.HSDescription(h.code)
			g.Sanctioned = lexicon.CommoditySanctions(g.ID, h.code, "")
			g.Mentions[k] = model.Mention{Start: h.start, End: h.end, Text: text[h.start:h.end]}
			return
		}
	}
}

// fallbackRecord makes the record of a good found by the noun index.
func (f *Finder) fallbackRecord(h hit, code, text string) model.Commodity {
	id := "hs"
	if code != "" {
		id += "-" + code
	}
	id += ":" + strings.ReplaceAll(h.key, " ", "-")
	rec := model.Commodity{
		Name:     h.name,
		ID:       id,
		Class:    chapterClass(code),
		HS:       code,
		HSLabel:  f.lex.HSDescription(code),
		Mentions: []model.Mention{{Start: h.start, End: h.end, Text: text[h.start:h.end]}},
	}
	if code != "" {
		rec.Sanctioned = lexicon.CommoditySanctions(id, code, "")
	}
	return rec
}

// moreMentions adds the other places where the text names the good by the
// words of its first mention.
func (f *Finder) moreMentions(text string, g model.Commodity, taken func(int, int) bool) []model.Mention {
	first := g.Mentions[0].Text
	low := strings.ToLower(text)
	form := strings.ToLower(first)
	ms := g.Mentions
	longest := 0
	for _, m := range ms {
		longest = max(longest, m.End-m.Start)
	}
	for i := 0; ; {
		k := strings.Index(low[i:], form)
		if k < 0 {
			break
		}
		s, e := i+k, i+k+len(form)
		i = e
		if (s > 0 && isASCIILetter(text[s-1])) || (e < len(text) && isASCIILetter(text[e]) && text[e] != 's') || taken(s, e) {
			continue
		}
		if e < len(text) && text[e] == 's' {
			e++
			if e < len(text) && isASCIILetter(text[e]) {
				continue
			}
		}
		if !overlapsSorted(ms, s, e, max(longest, e-s)) {
			ms = insertMention(ms, model.Mention{Start: s, End: e, Text: text[s:e]})
			longest = max(longest, e-s)
		}
	}
	return ms
}

// compoundAfter is the end of the noun right after the Latin mention
// text[start:end] of a lexicon good when the good's last word and that noun
// are a two-word compound the HS names as a good of its own ("cotton yarn",
// 5205–5207, after "cotton"), and no parts noun follows; 0 when there is
// none.
func (ix *hsNouns) compoundAfter(text string, start, end int) int {
	if end+1 >= len(text) || text[end] != ' ' || text[end+1] < 'a' || text[end+1] > 'z' {
		return 0
	}
	next := nextWord(text[end+1:])
	if len(next) < 3 {
		return 0
	}
	i := end - 1
	for i > start && isASCIILetter(text[i-1]) {
		i--
	}
	last := lowerASCII(text[i:end])
	if last == "" || !isASCIILetter(last[0]) {
		return 0
	}
	first := last // most first words are singular already: no stemming
	if _, ok := spellings[last]; ok || last[len(last)-1] == 's' {
		first = spellingKey(last)
	}
	if !ix.pairFirst[first] || !ix.pairs[[2]string{first, lexicon.NounKey(next)}] {
		return 0
	}
	ne := end + 1 + len(next)
	if partsNouns[lowerASCII(nextWord(strings.TrimPrefix(text[ne:], " ")))] {
		return 0
	}
	return ne
}

// compounded reports whether findListed leaves the match mt of a lexicon
// good to the fallback as the first word of an HS compound (compoundAfter):
// a Latin mention, neither a make nor parts, of a good that counts
// wherever it is named (a staple or a conveyance needs its trade read).
func (f *Finder) compounded(text string, mt lexicon.Match, w widened) int {
	if text[mt.Start] >= utf8.RuneSelf || w.brand || w.parts || w.end != mt.End || f.classes[mt.Refs[0]]&(cStaple|cNeedsTrade) != 0 {
		return 0
	}
	if c := f.items[mt.Refs[0]].Class; (c == "metals" || c == "minerals") && mt.End+1 < len(text) && text[mt.End] == ' ' {
		// "rare-earth concentrate": the ore of a metal or mineral whose own
		// entry names the refined good.
		if next := nextWord(text[mt.End+1:]); oreNouns[next] {
			e := mt.End + 1 + len(next)
			if rest, ok := strings.CutPrefix(text[e:], " "); ok && oreNouns[nextWord(rest)] {
				e += 1 + len(nextWord(rest)) // "iron ore concentrate"
			}
			return e
		}
	}
	return f.nouns.compoundAfter(text, mt.Start, mt.End)
}

// oreNouns after a metal or mineral name its ore.
var oreNouns = set(`ore ores concentrate concentrates`)

// compoundNPs are the phrases of the lexicon goods that findListed left to
// the fallback as the first word of an HS compound, by their spans:
// "cotton yarn".
func compoundNPs(toks []token, compounds [][2]int) []np {
	var out []np
	for _, c := range compounds {
		lo, hi := firstStartingAt(toks, int32(c[0])), firstEndingAt(toks, int32(c[1]))
		if lo < len(toks) && hi < len(toks) && int(toks[lo].start) == c[0] && int(toks[hi].end) == c[1] {
			out = append(out, np{lo: lo, hi: hi + 1, compound: true})
		}
	}
	return out
}

// lexiconLists appends to out the other members of the lists in which the
// text names a lexicon good: "cigarettes, accordions and pianos".
func (f *Finder) lexiconLists(out []np, toks []token, goods []model.Commodity) []np {
	var buf [8]np // one mention's list; distribute's result is copied out
	var lb [8]np  // listBefore's, reversed into buf
	for _, g := range goods {
		for _, m := range g.Mentions {
			if m.Text[0] >= 0x80 {
				continue
			}
			j := firstStartingAt(toks, int32(m.Start))
			if j >= len(toks) || int(toks[j].start) != m.Start {
				continue
			}
			// The tokens before j end by m.Start: the first that ends at
			// m.End or later (firstEndingAt) is j or a few after it.
			i := j
			for i < len(toks) && int(toks[i].end) < m.End {
				i++
			}
			if i >= len(toks) || int(toks[i].end) != m.End {
				continue
			}
			list := buf[:0]
			if j > 0 {
				before := listBefore(lb[:0], toks, j-1)
				for k := len(before) - 1; k >= 0; k-- {
					list = append(list, before[k])
				}
			}
			list = append(list, np{lo: j, hi: i + 1})
			list = append(list, listAfter(toks, i+1)...)
			if len(list) > 1 {
				out = append(out, distribute(toks, list)...)
			}
		}
	}
	return out
}

// firstEndingAt is the index of the first of the position-ordered toks
// that ends at or after end, len(toks) if none does.
func firstEndingAt(toks []token, end int32) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].end < end {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// firstStartingAt is the index of the first of the position-ordered toks
// that starts at or after start, len(toks) if none does.
func firstStartingAt(toks []token, start int32) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// chapterClass is the lexicon class of goods of an HS chapter.
func chapterClass(code string) string {
	if len(code) < 2 {
		return "other"
	}
	ch := code[:2]
	for _, r := range chapterClasses {
		if ch <= r.last {
			return r.class
		}
	}
	return "other"
}

var chapterClasses = []struct{ last, class string }{
	{"01", "livestock"}, {"02", "food"}, {"03", "seafood"}, {"05", "food"}, {"14", "agriculture"},
	{"21", "food"}, {"22", "alcohol"}, {"23", "food"}, {"24", "tobacco"}, {"26", "minerals"},
	{"27", "fuel"}, {"29", "chemicals"}, {"30", "medicine"}, {"31", "agriculture"}, {"32", "chemicals"},
	{"33", "cosmetics"}, {"40", "chemicals"}, {"43", "consumer_goods"}, {"46", "timber"},
	{"49", "consumer_goods"}, {"63", "textiles"}, {"64", "footwear"}, {"66", "consumer_goods"},
	{"67", "hair_products"}, {"70", "construction_materials"}, {"71", "precious_metals"},
	{"83", "metals"}, {"84", "machinery"}, {"85", "electronics"}, {"87", "vehicles"},
	{"88", "aircraft"}, {"89", "vessels"}, {"92", "consumer_goods"}, {"93", "weapons"},
	{"96", "consumer_goods"}, {"97", "art"},
}

// rareEarth reports whether words[k] is the "rare" of "rare earth", a name,
// not a judgement: "rare earth concentrate".
func rareEarth(words []token, k int) bool {
	return words[k].low == "rare" && k+1 < len(words) && strings.HasPrefix(words[k+1].low, "earth")
}
