package goods

import (
	"bytes"
	"strings"
)

// Scenery: goods a report names as part of how people live and work, not
// as wares. Each rule reads one Latin mention by literal cue words and
// gives way to a trade word in the mention's clause:
//
//   - what a plant used to make ("the workshops used to sew school
//     uniforms", "the mine used to produce copper");
//   - the object of mending ("workers spend their days repairing
//     machinery", "fixing the old tractors");
//   - what people burn or cut wood for ("cut trees for fuel", "burn
//     stalks as fuel");
//   - what the rest of a wage pays for ("the rest barely covers food,
//     phone cards and cigarettes", "what is left is just enough for rice");
//   - a household's store ("the rice she keeps in the kitchen", "the
//     flour they save for guests");
//   - a role another good plays ("meth is often used as a painkiller",
//     "the drug serves as a bribe");
//   - a warship ("a third vessel of the same class", "the ship was
//     commissioned into the navy").

// sceneryMention reports whether the Latin mention text[start:end] names
// the good only as scenery by one of the rules above.
func sceneryMention(text string, start, end int) bool {
	w1, at1 := wordEndingAt(text, start)
	l1 := strings.ToLower(w1)
	if mendVerbs[l1] {
		return !tradedBefore(text, start) && !tradedAfter(text, start)
	}
	if habitMakeVerbs[l1] {
		// "the workshops used to sew school uniforms": what a plant once
		// made, with no trade in the clause.
		if w2, at2 := wordEndingAt(text, at1); w2 == "to" {
			if w3, _ := wordEndingAt(text, at2); w3 == "used" && !tradedBefore(text, start) && !tradedAfter(text, start) {
				return true
			}
		}
	}
	if l1 == "to" && habitMakeVerbs[strings.ToLower(firstWord(text[start:end]))] {
		// The verb read into the phrase: "used to knit woollen sweaters".
		if w2, _ := wordEndingAt(text, at1); w2 == "used" && !tradedBefore(text, start) && !tradedAfter(text, start) {
			return true
		}
	}
	// Up to two words between: "fixing the old generators".
	for k, w, at := 0, l1, at1; k < 2 && mendObjectWords[w]; k++ {
		var v string
		v, at = wordEndingAt(text, at)
		w = strings.ToLower(v)
		if mendVerbs[w] {
			return !tradedBefore(text, start) && !tradedAfter(text, start)
		}
	}
	if (l1 == "for" || l1 == "as") && fuelWords[strings.ToLower(text[start:end])] && burnedFor(text, at1) {
		return true
	}
	if (l1 == "a" || l1 == "an") && roleAs(text, at1) {
		return true
	}
	if livingCovers(text, start) {
		return true
	}
	if storedAtHome(text, start, end) {
		return true
	}
	return warship(text, start, end)
}

// habitMakeVerbs make their object; after "used to" they are a past habit
// of making, not a trade.
var habitMakeVerbs = map[string]bool{
	"make": true, "produce": true, "sew": true, "knit": true, "stitch": true, "weave": true,
	"assemble": true, "process": true, "manufacture": true, "build": true, "grow": true,
	"mine": true, "dig": true, "raise": true, "can": true, "brew": true, "bake": true,
}

// mendVerbs mend their object: the good is at work, not on sale.
var mendVerbs = map[string]bool{
	"repair": true, "repairs": true, "repairing": true, "repaired": true,
	"fix": true, "fixes": true, "fixing": true, "mend": true, "mends": true, "mending": true,
	"service": true, "servicing": true, "maintain": true, "maintains": true, "maintaining": true,
	"overhaul": true, "overhauls": true, "overhauling": true, "overhauled": true,
	"patch": true, "patching": true, "tinker": true, "tinkering": true,
}

// mendObjectWords may stand between a verb of mending and its object:
// "repairing old machinery", "fixing their broken tractors".
var mendObjectWords = map[string]bool{
	"the": true, "their": true, "its": true, "his": true, "her": true, "our": true, "old": true,
	"broken": true, "aging": true, "ageing": true, "worn": true, "damaged": true, "idle": true,
	"rusting": true, "rusty": true, "ancient": true,
}

// fuelWords are what people burn.
var fuelWords = map[string]bool{"fuel": true, "firewood": true, "heating": true, "fuels": true}

// burnStems are the verbs of cutting or burning something for fuel.
var burnStems = [][]byte{
	[]byte("cut "), []byte("cuts "), []byte("cutting"), []byte("chop"), []byte("fell"), []byte("burn"),
	[]byte("gather"), []byte("collect"), []byte("strip"), []byte("scaveng"), []byte("uproot"),
	[]byte("tore down"), []byte("tear down"), []byte("tearing down"), []byte("pull down"), []byte("pulled down"),
}

// burnedFor reports whether the clause before the "for" or "as" that
// starts at at cuts or burns something, with no trade word: "people cut
// trees for fuel", "villagers burn corn stalks as fuel"; not "traders
// paid for fuel".
func burnedFor(text string, at int) bool {
	var buf [untradedBytes]byte
	low := lowClauseBefore(buf[:0], text, at, untradedBytes)
	return containsAnyBytes(low, burnStems) && !containsAnyBytes(low, tradeBeforeB)
}

// livingPurses are the money a worker or household lives on, and
// livingCues what it barely pays for.
var (
	livingPurses = [][]byte{[]byte("rest"), []byte("wage"), []byte("salary"), []byte("salaries"), []byte("pay "),
		[]byte("earnings"), []byte("income"), []byte("what is left"), []byte("what's left"), []byte("remainder"),
		[]byte("allowance"), []byte("pension"), []byte("earn")}
	livingCues = [][]byte{[]byte("covers "), []byte("cover "), []byte("covering "), []byte("enough for "),
		[]byte("enough to buy "), []byte("enough to pay for "), []byte("pays for "), []byte("goes on "),
		[]byte("go on "), []byte("little more than ")}
)

// livingCovers reports whether the mention at text[start:] is in the list
// of what the rest of a wage pays for: "the rest barely covers food, phone
// cards and the occasional pack of cigarettes", "his pay is enough for
// rice and soap". The purse and the cue stand before the mention in its
// sentence, the cue after the purse, and no trade word stands between the
// cue and the mention.
func livingCovers(text string, start int) bool {
	b := max(0, start-livingBytes)
	for i := start; i > b; i-- {
		if c := text[i-1]; c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' {
			b = i
			break
		}
	}
	// A cheap gate on the raw text first: the cue stands inside the clause,
	// after the purse, so it is written in lower case.
	raw := text[b:start]
	cued := false
	for _, w := range livingCueWords {
		if strings.Contains(raw, w) {
			cued = true
			break
		}
	}
	if !cued {
		return false
	}
	var buf [livingBytes]byte
	low := appendLowerLatin(buf[:0], raw)
	// The purse first: a forward search is cheap, and most clauses name
	// none.
	purse := -1
	for _, p := range livingPurses {
		if i := bytes.Index(low, p); i >= 0 && (purse < 0 || i < purse) {
			purse = i
		}
	}
	if purse < 0 {
		return false
	}
	cue := -1
	for _, c := range livingCues {
		if i := bytes.LastIndex(low, c); i > cue {
			cue = i
		}
	}
	return cue > purse && !containsAnyBytes(low[cue:], tradeBeforeB)
}

// livingCueWords hold the words of livingCues: one of them is in a clause
// where livingCovers can fire.
var livingCueWords = []string{"cover", "enough", "pays for", "go on", "goes on", "little more than"}

// livingBytes is how far before a mention livingCovers looks.
const livingBytes = 120

// storeVerbs keep a household's store, and homeCues say it is the
// household's.
var (
	storeVerbs = map[string]bool{
		"keeps": true, "kept": true, "keep": true, "stores": true, "stored": true, "store": true,
		"saves": true, "saved": true, "save": true, "hoards": true, "hoarded": true, "stashes": true,
		"stashed": true, "reserves": true, "reserved": true, "stockpiles": true, "stockpiled": true,
	}
	homeCues = [][]byte{[]byte("kitchen"), []byte("at home"), []byte("in the house"), []byte("for guests"),
		[]byte("for the guests"), []byte("for visitors"), []byte("for holidays"), []byte("for the holidays"),
		[]byte("for special occasions"), []byte("for the children"), []byte("for her children"),
		[]byte("for his children"), []byte("for their children"), []byte("for the family"),
		[]byte("cupboard"), []byte("pantry"), []byte("larder"), []byte("under the bed")}
	storeSubjects = map[string]bool{
		"she": true, "he": true, "they": true, "we": true, "i": true, "families": true, "households": true,
		"people": true, "residents": true, "is": true, "was": true, "are": true, "were": true, "her": true,
		"his": true, "their": true, "the": true, "family": true,
	}
)

// storedAtHome reports whether the mention text[start:end] is a
// household's store: a subject or a passive and a verb of keeping after it,
// or a verb of keeping before it, and a cue of the home in the clause after
// it ("the rice she keeps in the kitchen", "the flour is saved for
// guests", "the family keeps the rice at home"), with no trade word there.
func storedAtHome(text string, start, end int) bool {
	// The verb before the good: "the family keeps the rice at home".
	if w1, at1 := wordEndingAt(text, start); mendObjectWords[strings.ToLower(w1)] {
		if w2, _ := wordEndingAt(text, at1); storeVerbs[strings.ToLower(w2)] && !tradedBefore(text, start) {
			var buf [untradedBytes]byte
			low := lowClauseAfter(buf[:0], text, end, untradedBytes)
			return containsAnyBytes(low, homeCues) && !containsAnyBytes(low, tradeBeforeB)
		}
	}
	var wbuf [4]string
	words := rawWords(wbuf[:0], text[end:min(len(text), end+48)], 4)
	verb := -1
	for i, w := range words {
		lw := strings.ToLower(w)
		if storeVerbs[lw] {
			verb = i
			break
		}
		if !storeSubjects[lw] {
			return false
		}
	}
	if verb < 0 || tradedBefore(text, end-1) {
		return false
	}
	var buf [untradedBytes]byte
	low := lowClauseAfter(buf[:0], text, end, untradedBytes)
	return containsAnyBytes(low, homeCues) && !containsAnyBytes(low, tradeBeforeB)
}

// navalCues say a vessel is a warship the state builds, not a ware.
var navalCues = [][]byte{
	[]byte("same class"), []byte("its class"), []byte("sister ship"), []byte("warship"), []byte("destroyer"),
	[]byte("frigate"), []byte("corvette"), []byte("submarine"), []byte("navy"), []byte("naval"),
	[]byte("commissioned"), []byte("be deployed"), []byte("launch ceremony"), []byte("launching ceremony"),
	[]byte("weapons system"),
}

// warship reports whether the mention text[start:end] of a vessel stands
// in a sentence of warships with no trade word: "ordered a third vessel of
// the same class", "before the vessel can be deployed".
func warship(text string, start, end int) bool {
	switch strings.ToLower(text[start:end]) {
	case "vessel", "vessels", "ship", "ships", "boat", "boats":
	default:
		return false
	}
	var buf [2 * untradedBytes]byte
	low := lowClauseBefore(buf[:0], text, start, untradedBytes)
	low = append(low, ' ')
	low = lowClauseAfter(low, text, end, untradedBytes)
	return containsAnyBytes(low, navalCues) && !containsAnyBytes(low, warshipTradeB) && !tradedAfter(text, start)
}

// warshipTradeB are the trade stems before a vessel, but for "ordered":
// a leader orders a warship built, he does not buy it.
var warshipTradeB = func() [][]byte {
	var out [][]byte
	for _, s := range tradeBefore {
		if !strings.HasPrefix(s, "order") {
			out = append(out, []byte(s))
		}
	}
	return out
}()

// roleVerbs before "as a" make the noun after it the role of their subject:
// "used as a painkiller", "serves as a bribe".
var roleVerbs = map[string]bool{
	"used": true, "use": true, "uses": true, "using": true, "serves": true, "served": true, "serve": true,
	"acts": true, "acted": true, "doubles": true, "doubled": true, "taken": true, "treated": true,
	"valued": true, "prized": true, "regarded": true, "seen": true, "known": true,
}

// roleAs reports whether "as" and a verb of use stand before the article
// that starts at at: "is often used as a painkiller" names the drug's use,
// not a good of its own. The clause after gives way to a trade word.
func roleAs(text string, at int) bool {
	w, at2 := wordEndingAt(text, at)
	if w != "as" {
		return false
	}
	v, _ := wordEndingAt(text, at2)
	return roleVerbs[strings.ToLower(v)] && !tradedAfter(text, at)
}
