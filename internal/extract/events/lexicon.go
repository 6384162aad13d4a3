package events

import (
	"fmt"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
	"github.com/yalu-osint/yalu/internal/model"
)

// Event type codes; a lower code takes precedence when a sentence has
// several triggers. evPlan is set by a plan cue next to a trade trigger.
const (
	evNone = iota
	evSeizure
	evSuspension
	evResumption
	evProcurement
	evSale
	evCrossing
	evShipment
	evPlan
)

var typeNames = [...]string{
	evNone:        "",
	evSeizure:     model.EventSeizure,
	evSuspension:  model.EventSuspension,
	evResumption:  model.EventResumption,
	evProcurement: model.EventProcurement,
	evSale:        model.EventSale,
	evShipment:    model.EventShipment,
	evCrossing:    model.EventCrossing,
	evPlan:        model.EventPlan,
}

// Word flags.
const (
	fNeg         uint32 = 1 << iota // negates a trigger a few words later
	fNegWide                        // negates a trigger anywhere later in the clause
	fHedge                          // a hedge word
	fGeneral                        // a general-pattern cue
	fSpeech                         // a speech or evidence verb
	fSpeaker                        // a noun that can name a source
	fSpec                           // a noun naming data or a document
	fActor                          // the head noun of an actor phrase
	fActorMod                       // a modifier that may precede an actor head
	fAnaphor                        // a pronoun that may stand for goods
	fGoodsNoun                      // "shipment", "goods"… after a determiner
	fDet                            // the, this, these, those, entire, whole
	fClause                         // a clause boundary: before, then, after, later
	fNeedPrice                      // a trigger only when the sentence has a price
	fExport                         // export words
	fImport                         // import words
	fAsk                            // asked, instructed: the asker is the end user
	fSmuggle                        // a smuggling cue
	fTradeObj                       // trade, imports, shipments…
	fBorderObj                      // border, customs, bridge, crossing, port
	fPlan                           // a plan cue
	fGerundStop                     // a preposition before which an -ing trigger is a noun
	fHedgeCue                       // said, appears, seems: check the hedge phrases
	fOfficialCue                    // official, formal, legal, customs: check the official phrases
	fStateCue                       // state: check the state-smuggling phrases
	fShipCue                        // ship: check the ship-to-ship phrases
	fMove                           // a motion verb: the sentence may state a leg
	fCarrier                        // a vehicle or container that carries goods
	fArrive                         // an arrival verb: "in"/"at" after it is a destination
	fNounTrig                       // a trigger that is often a noun: import, exports, purchase
	fBribe                          // a bribe or fee: "paid" in the sentence buys no goods
	fModalCue                       // may, must, allowed, used, would, if: check the rule and hypothesis phrases
)

type word struct {
	ev    uint8
	post  bool // tokenize looks again at the words around it (carrierVerb, slipAway …)
	named bool // scanSentence asks for the word itself (recommend, sts, capital, crack …)
	flags uint32
}

// lexicon maps a lowercase English word to its event type and flags. It is
// read-only after package initialisation.
var lexicon = buildLexicon()

func buildLexicon() map[string]word {
	m := make(map[string]word, 512)
	ev := func(t uint8, fl uint32, ws ...string) {
		for _, w := range ws {
			x := m[w]
			if x.ev == 0 {
				x.ev = t
			}
			x.flags |= fl
			m[w] = x
		}
	}
	fl := func(f uint32, ws ...string) { ev(0, f, ws...) }
	// The words whose reading tokenize settles from their neighbours.
	for _, w := range []string{
		"trucks", "truck", "ferries", "ferry", "barges", "barge", "rails", "rail", "sledges", "lorries", // carrierVerb
		"lashed", "stowed", "hoisted", "craned", "strapped", "winched", // stowWord
		"slip", "slips", "slipped", "slipping", // slipAway
		"lot", "up", "their", "its",
	} {
		x := m[w]
		x.post = true
		m[w] = x
	}
	// The words scanSentence compares by themselves; it passes over a word
	// with no event type, none of its flags and no such mark.
	for _, w := range []string{
		"recommend", "recommends", "recommended", "urge", "urges", "urged",
		"sts", "capital", "crack", "cracked", "cracking", "cracks",
	} {
		x := m[w]
		x.named = true
		m[w] = x
	}

	ev(evProcurement, 0, "buy", "buys", "bought", "buying", "purchase", "purchased", "purchases", "purchasing",
		"order", "ordered", "orders", "ordering", "procure", "procured", "procures", "procuring", "procurement",
		"acquire", "acquired", "acquires", "acquiring", "paid", "pay", "pays", "paying")
	ev(evProcurement, fImport, "import", "imported", "imports", "importing")
	ev(evSale, 0, "sell", "sells", "sold", "selling", "resold", "resell")
	ev(evSale, fNeedPrice, "priced", "price", "prices", "cost", "costs", "costing", "fetch", "fetched", "fetches",
		"retail", "retails", "retailed", "traded")
	ev(evShipment, 0, "ship", "ships", "shipped", "send", "sends", "sent", "sending", "transport", "transported",
		"transporting", "transports", "truck", "trucked", "trucking", "carry", "carried", "carries", "carrying",
		"deliver", "delivered", "delivering", "delivers", "load", "loaded", "loading", "moved", "moving",
		"forward", "forwarded", "bring", "brings", "brought", "bringing", "haul", "hauled", "dispatched",
		"travelled", "traveled", "arrived", "transited", "transferred", "routed", "unloaded", "ferried",
		"loads", "hauls", "hauling", "ferrying", "railed", "barged", "towed", "carted", "lugged", "relayed",
		"convey", "conveys", "conveyed", "conveying", "funnel", "funnels", "funnelled", "funneled", "funnelling",
		"funneling", "channelled", "channeled", "consigned", "forwarding", "forwards", "transship", "transships",
		"transshipped", "transhipped", "transshipping", "reloaded", "shuttled", "airlifted", "delivers")
	ev(evShipment, fExport, "export", "exported", "exports", "exporting")
	ev(evCrossing, 0, "cross", "crossed", "crosses", "enter", "entered", "entering", "enters")
	ev(evCrossing, fSmuggle, "smuggle", "smuggled", "smuggles", "smuggling")
	ev(evSeizure, 0, "seize", "seized", "seizes", "seizing", "seizure", "seizures", "confiscate", "confiscated",
		"confiscating", "confiscation", "crackdown", "arrest", "arrested", "arrests", "intercept", "intercepted",
		"raid", "raided", "detained", "impounded", "blocked")
	ev(evSuspension, 0, "halt", "halted", "halts", "suspend", "suspended", "suspends", "suspension",
		"close", "closed", "closes", "closure", "shut", "banned", "ban", "bans")
	ev(evResumption, 0, "resume", "resumed", "resumes", "resuming", "resumption", "reopen", "reopened",
		"reopening", "reopens", "restart", "restarted", "restarting")

	fl(fPlan, "plan", "plans", "planned", "planning", "will", "intend", "intends", "intended", "prepare",
		"prepares", "preparing")
	fl(fNeg, "not", "never", "no", "nor", "cannot", "nobody")
	fl(fNegWide, "denied", "denies", "deny", "failed", "fails", "refused")
	fl(fHedge, "likely", "apparently", "reportedly", "allegedly", "believed", "rumor", "rumors", "rumour",
		"rumours", "rumored", "rumoured", "presumably", "possibly", "suspected", "seemingly", "purportedly",
		"supposedly", "probably")
	fl(fGeneral, "typically", "usually", "generally", "commonly", "often", "mainly", "normally", "frequently",
		"most", "mostly", "routinely")
	fl(fSpeech, "said", "says", "told", "tells", "explained", "added", "noted", "stated", "reported", "claimed",
		"confirmed", "revealed", "disclosed", "learned", "learnt", "show", "shows", "showed", "shown",
		"indicate", "indicates", "indicated", "according")
	fl(fSpeaker, "source", "sources", "official", "officials", "resident", "residents", "defector", "defectors",
		"insider", "informant", "spokesperson", "spokesman", "spokeswoman", "analyst", "analysts", "police",
		"agency", "ministry", "government", "media")
	fl(fSpeaker|fSpec, "data", "statistics", "documents", "document", "records", "customs", "report", "figures",
		"filing", "filings", "panel")
	fl(fActor, "traders", "trader", "merchants", "merchant", "smugglers", "smuggler", "dealers", "dealer",
		"brokers", "broker", "companies", "company", "firms", "firm", "businessmen", "businessman",
		"wholesalers", "wholesaler", "donju", "middlemen", "middleman", "buyers", "sellers", "importers",
		"importer", "exporters", "exporter", "agents", "operatives", "enterprises", "enterprise", "operators",
		"operator", "partner", "partners", "suppliers", "supplier", "buyer", "seller",
		"owners", "owner", "retailers", "retailer", "vendors", "vendor", "shopkeepers", "shopkeeper",
		"stallholders", "stallholder", "peddlers", "peddler", "pedlars", "pedlar")
	fl(fActorMod, "north", "korean", "chinese", "russian", "state", "run", "trading", "private", "local",
		"border", "wholesale", "foreign", "smuggling", "military", "party", "licensed")
	fl(fAnaphor, "they", "them", "it", "these", "those")
	fl(fGoodsNoun, "shipment", "shipments", "goods", "cargo", "consignment", "consignments", "items",
		"products", "contraband", "merchandise", "order", "batch", "load", "catch", "materials", "supplies",
		"parcels", "packages", "bales", "sacks", "crates", "boxes", "bundles", "gear")
	fl(fDet, "the", "this", "these", "those", "that", "entire", "whole", "such")
	fl(fClause, "before", "then", "after", "later", "afterwards", "subsequently", "whereupon", "thereafter", "afterward")
	fl(fAsk, "asked", "asks", "instructed", "instructs", "commissioned", "directed", "tasked", "requested")
	fl(fSmuggle, "unofficial", "unofficially", "illicit", "illicitly", "illegal", "illegally", "contraband")
	fl(fTradeObj, "trade", "imports", "exports", "shipments", "cargo", "traffic", "freight")
	fl(fBorderObj, "border", "customs", "bridge", "crossing", "port", "ports", "checkpoint")
	fl(fHedgeCue, "said", "appears", "appear", "seems", "seem")
	fl(fOfficialCue, "official", "officially", "formal", "legal", "customs")
	fl(fStateCue, "state")
	fl(fShipCue, "ship")
	fl(fMove, "went", "go", "goes", "going", "sailed", "sail", "sails", "sailing", "flown", "flew", "returned",
		"return", "returns", "returning", "arrive", "arrives", "arriving", "leave", "leaves", "left", "land",
		"lands", "landed", "headed", "heading", "driven", "drove", "drive", "drives", "driving", "pass", "passes", "passed", "reach",
		"reaches", "reached", "reaching", "take", "takes", "took", "taking", "taken", "flow", "flows", "flowed", "departed", "rolled", "crossing", "came", "come", "comes", "coming",
		"trip", "trips", "voyage", "voyages", "docked", "reappeared", "reappearing", "resurfaced", "unload", "unloads", "unloading", "anchored", "anchor", "continue", "continues",
		"continued", "proceed", "proceeds", "proceeded", "unloaded", "discharged", "offloaded", "fly", "flies",
		"flying", "offload", "offloads", "offloading", "travel", "travels", "travelling", "traveling",
		"walked", "walk", "walks", "walking", "discharging")
	fl(fArrive, "arrive", "arrives", "arrived", "arriving", "unloaded", "discharged", "discharging", "landed", "lands", "docked", "moored", "berthed",
		"unload", "unloads", "unloading", "reappeared", "reappearing", "resurfaced", "anchored", "anchor",
		"offloaded")
	fl(fCarrier, "container", "containers", "wagon", "wagons", "train", "trains", "vessel", "vessels", "ship",
		"ships", "tanker", "tankers", "boat", "boats", "trucks", "lorries", "cars", "vehicles", "freighter",
		"freighters", "plane", "convoy", "motorboat", "motorboats", "barge", "barges", "lorry", "ferry", "ferries",
		"aircraft", "voyage", "voyages", "coaster", "coasters", "trawler", "trawlers", "dredger", "dredgers")
	fl(fNounTrig, "loads", "import", "imports", "export", "exports", "purchase", "purchases", "order", "orders",
		"procurement", "shipment", "shipments", "transport", "seizure", "seizures", "sale")
	fl(fBribe, "bribe", "bribes", "bribed", "bribery", "kickback", "kickbacks", "fee", "fees", "wage", "wages",
		"salary", "salaries")
	fl(fModalCue, "allowed", "permitted", "may", "can", "must", "required", "used", "before", "expected", "would",
		"could", "might", "if", "whether")
	fl(fGerundStop, "by", "of", "for", "without", "about", "over", "in", "from", "against", "on")
	return m
}

// koTrigger is a Korean stem and the event type it signals.
type koTrigger struct {
	stem  string
	ev    uint8
	flags uint32
}

// koTriggers are matched as substrings of a sentence (Korean attaches
// endings to stems, so word lookup does not work).
var koTriggers = [...]koTrigger{
	{"구입", evProcurement, 0}, {"구매", evProcurement, 0}, {"사들", evProcurement, 0},
	{"주문", evProcurement, 0}, {"수입", evProcurement, fImport}, {"들여오", evProcurement, fImport},
	{"들여왔", evProcurement, fImport}, {"들여와", evProcurement, fImport},
	{"판매", evSale, 0}, {"팔았", evSale, 0}, {"팔아", evSale, 0}, {"팔리", evSale, 0}, {"팔고", evSale, 0},
	{"가격", evSale, fNeedPrice}, {"시세", evSale, fNeedPrice},
	{"보내", evShipment, 0}, {"보냈", evShipment, 0}, {"운반", evShipment, 0}, {"실어", evShipment, 0},
	{"옮긴", evShipment, 0}, {"옮기", evShipment, 0}, {"옮겼", evShipment, 0},
	{"내보내", evShipment, fExport}, {"내보냈", evShipment, fExport}, {"넘기", evCrossing, 0}, {"넘겼", evCrossing, 0},
	{"가져", evShipment, 0}, // 가져가, 가져왔, 가져온: carried, brought
	{"화물차", 0, fCarrier}, {"트럭", 0, fCarrier}, {"열차", 0, fCarrier}, {"선박", 0, fCarrier}, {"화물선", 0, fCarrier}, {"유조선", 0, fCarrier}, {"바지선", 0, fCarrier},
	{"배가 ", 0, fCarrier}, {"배는 ", 0, fCarrier}, {"배를 ", 0, fCarrier}, {"배에 ", 0, fCarrier}, // a word of its own: not 배급, 배추, "두 배"
	{"일부는", 0, fAnaphor}, // "일부는 다시 신의주로": part of the goods named before
	{"도착", 0, fMove | fArrive}, {"떠나", 0, fMove}, {"떠난", 0, fMove}, {"떠났", 0, fMove}, {"출항", 0, fMove}, {"입항", 0, fMove | fArrive},
	{"출발", 0, fMove}, {"들어왔", 0, fMove | fArrive}, {"들어온", 0, fMove | fArrive},
	// "항구에 들어와", "부두에 닿은 배", "역에 멈춰", "…로 향했다", "단천까지
	// 갔다": arriving, reaching, stopping at, heading for and going.
	{"들어와", 0, fMove | fArrive}, {"닿은", 0, fMove | fArrive}, {"닿았", 0, fMove | fArrive}, {"닿아", 0, fMove | fArrive},
	{"닻을 내", 0, fMove | fArrive}, {"정박", 0, fMove | fArrive}, {"멈춰", 0, fMove | fArrive}, {"멈췄", 0, fMove | fArrive}, {"멈춘", 0, fMove | fArrive},
	{"향했", 0, fMove}, {"향하", 0, fMove}, {"향해", 0, fMove}, {"갔", 0, fMove},
	// "청진으로 돌아왔다", "돌아오는 배": coming back, a way home of the
	// carrier (the goods it brings say whether it moves goods).
	{"돌아왔", 0, fMove | fArrive}, {"돌아와", 0, fMove | fArrive}, {"돌아온", 0, fMove | fArrive}, {"돌아오", 0, fMove},
	{"운송", evShipment, 0}, {"수송", evShipment, 0}, {"옮겨", evShipment, 0}, {"수출", evShipment, fExport},
	{"밀수", evCrossing, fSmuggle}, {"넘어", evCrossing, 0}, {"넘겨", evCrossing, 0}, {"반입", evCrossing, 0},
	{"건너", evCrossing, 0},
	// "남포항에서 선적되어", "나진항에 하역됐다", "연길에서 싣고": loading
	// aboard and unloading.
	{"선적", evShipment, 0}, {"하역", 0, fMove | fArrive},
	{"실려", 0, fMove}, {"실렸", 0, fMove}, {"실린 뒤", 0, fMove}, {"착륙", 0, fMove | fArrive}, {"내려놓", 0, fMove | fArrive}, {"내려 놓", 0, fMove | fArrive}, {"부려놓", 0, fMove | fArrive}, {"팔려 가", 0, fMove}, {"팔려 간", 0, fMove}, {"팔려 갔", 0, fMove},
	{"뇌물", 0, fBribe}, {"뒷돈", 0, fBribe}, {"압수", evSeizure, 0}, {"적발", evSeizure, 0}, {"체포", evSeizure, 0},
	{"몰수", evSeizure, 0},
	{"중단", evSuspension, 0}, {"폐쇄", evSuspension, 0}, {"끊겼", evSuspension, 0}, {"끊기", evSuspension, 0},
	{"재개", evResumption, 0},
	{"계획", 0, fPlan}, {"예정", 0, fPlan}, {"생각이었", 0, fPlan}, {"생각이다", 0, fPlan}, {"생각이라", 0, fPlan},
	{"것으로 알려졌", 0, fHedge}, {"전해졌", 0, fHedge}, {"추정", 0, fHedge}, {"것으로 보인", 0, fHedge},
	{"것으로 보여", 0, fHedge}, {"소문", 0, fHedge},
	{"대부분", 0, fGeneral}, {"주로", 0, fGeneral}, {"보통", 0, fGeneral}, {"일반적으로", 0, fGeneral},
	{"비공식", 0, fSmuggle}, {"불법", 0, fSmuggle},
	{"무역", 0, fTradeObj}, {"물동량", 0, fTradeObj}, {"국경", 0, fBorderObj}, {"세관", 0, fBorderObj},
	{"해관", 0, fBorderObj}, {"다리", 0, fBorderObj},
	{"이를", 0, fAnaphor}, {"이들", 0, fAnaphor}, {"물건", 0, fAnaphor}, {"물품", 0, fAnaphor}, {"물자", 0, fAnaphor},
	{"해당 제품", 0, fAnaphor}, {"그것", 0, fAnaphor}, {"이 화물", 0, fAnaphor}, {"이 짐", 0, fAnaphor},
	{"무역업자", 0, fActor}, {"무역일꾼", 0, fActor}, {"밀수꾼", 0, fActor}, {"밀수업자", 0, fActor},
	{"무역회사", 0, fActor}, {"무역기관", 0, fActor}, {"장사꾼", 0, fActor}, {"상인", 0, fActor},
	{"돈주", 0, fActor}, {"대방", 0, fActor}, {"중개인", 0, fActor},
	{"소식통", 0, fSpeaker}, {"에 따르면", 0, fSpeech}, {"에 의하면", 0, fSpeech},
}

// koIndex maps the first rune of each Korean entry to the entries that
// start with it, so a sentence is matched in one pass. Read-only.
var koIndex = func() map[rune][]uint8 {
	m := make(map[rune][]uint8, len(koTriggers))
	for i, t := range koTriggers {
		r, _ := utf8.DecodeRuneInString(t.stem)
		m[r] = append(m[r], uint8(i))
	}
	return m
}()

// Multi-word English cues, matched as substrings of the lowercased sentence.
var (
	hedgePhrases    = [...]string{"is said to", "are said to", "was said to", "were said to", "it appears", "appears to", "appear to", "seems to", "seem to"}
	officialPhrases = [...]string{"official trade", "officially", "formal trade", "legal trade", "through customs", "customs clearance", "공식 무역", "정식 무역", "세관을 통"}
	stsPhrases      = [...]string{"ship-to-ship", "ship to ship", "환적", "선박 간"}
	rulePhrases     = [...]string{"allowed to", "permitted to", "not permitted", "may only", "can only", " must", "are required to", "is required to", "수입할 수 있", "허용하고", "제한하고",
		"used to", "before sanctions", "before the sanctions", "예전에는", "과거에는"}
	hypoPhrases  = [...]string{"expected to", " would ", " could ", " might ", " if "}
	statePhrases = [...]string{"state-run", "state-sponsored", "state smuggling", "state-organized", "state-organised", "국가밀수", "국가 밀수"}
	intoPhrases  = [...]string{"into north korea", "to north korea", "entering north korea", "into the country", "북한으로", "북한에 들여", "북으로", "중국산", "러시아산"}
	banWords     = [...]string{"ban ", "bans ", "banned", "prohibit", "embargo", "금지"}
	tradeNouns   = [...]string{"exports", "export", "imports", "import", "sales", "sale", "trade", "수출", "수입"}
	outPhrases   = [...]string{"from north korea", "north korean exports", "exported by north korea", "북한산", "북한에서 중국", "북한에서 러시아"}
)

// isStateOrg reports whether o is a North Korean state organ.
func isStateOrg(o *model.Organization) bool {
	if o.Country != "" && o.Country != "KP" {
		return false
	}
	switch o.Kind {
	case "ministry", "party", "party_body", "party_department", "military", "agency", "border_force",
		"legislature", "government", "security", "police", "state":
		return true
	}
	return false
}

func isMediaOrg(o *model.Organization) bool {
	switch o.Kind {
	case "media", "news", "outlet", "newspaper", "broadcaster":
		return true
	}
	return false
}

// lexTable is an open-addressing index of lexicon, faster than the map for
// the short words tokenize looks up once each: slots hold 1 + the index of
// an entry, 0 for empty. Read-only after package initialisation.
type lexTable struct {
	slots   [lexSlots]uint16
	entries []lexEntry
	// shorts is the words of up to eight bytes, each packed little
	// endian into a uint64 (a word has no zero byte, so the key tells its
	// length too), probed from shortHash: a lookup compares one integer.
	shorts [lexSlots]shortEntry
}

type shortEntry struct {
	k uint64
	x word
}

type lexEntry struct {
	w string
	x word
}

// lexBits sizes lexTable: 1<<lexBits slots, over four times the lexicon's
// size (about 520 words), so probes stay short; raise it by one when the
// lexicon outgrows a quarter of the slots.
const (
	lexBits  = 12
	lexSlots = 1 << lexBits
)

var lexIndex = buildLexTable(lexicon)

func buildLexTable(m map[string]word) *lexTable {
	t := &lexTable{entries: make([]lexEntry, 0, len(m))}
	if 4*len(m) > lexSlots {
		panic(fmt.Sprintf("events: the lexicon's %d words need more than the %d slots of lexTable: raise lexBits", len(m), lexSlots))
	}
	for w, x := range m {
		t.entries = append(t.entries, lexEntry{w, x})
		h := lexHash(w)
		for t.slots[h&(lexSlots-1)] != 0 {
			h++
		}
		t.slots[h&(lexSlots-1)] = uint16(len(t.entries))
		if len(w) <= 8 {
			k := wordkey.Pack(w)
			i := shortHash(k)
			for t.shorts[i].k != 0 {
				i = (i + 1) & (lexSlots - 1)
			}
			t.shorts[i] = shortEntry{k, x}
		}
	}
	return t
}

// shortHash hashes a packed word into lexTable.shorts.
func shortHash(k uint64) uint32 {
	return uint32((k*0x9e3779b97f4a7c15)>>(64-lexBits)) & (lexSlots - 1)
}

// short returns the lexicon entry of the lowercase word of one to eight
// bytes packed in k (see packWord), or the zero word: lookup of the word.
func (t *lexTable) short(k uint64) word {
	for i := shortHash(k); ; i = (i + 1) & (lexSlots - 1) {
		e := &t.shorts[i]
		if e.k == k {
			return e.x
		}
		if e.k == 0 {
			return word{}
		}
	}
}

// lexHash hashes a non-empty word from its length and three of its bytes.
func lexHash(w string) uint32 {
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])<<16 ^ uint32(w[len(w)-1])<<8 ^ uint32(w[len(w)>>1])
	h *= 0x85EBCA6B
	return h ^ h>>16
}

// lookup returns the lexicon entry of a lowercase word, or the zero word.
func (t *lexTable) lookup(w string) word {
	if w == "" {
		return word{}
	}
	for h := lexHash(w); ; h++ {
		k := t.slots[h&(lexSlots-1)]
		if k == 0 {
			return word{}
		}
		if e := &t.entries[k-1]; e.w == w {
			return e.x
		}
	}
}

// wordChar reports whether c is an ASCII letter or digit.
func wordChar(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}
