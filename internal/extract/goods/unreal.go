package goods

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
)

// A good named in a trade that did not or may not happen is no ware of the
// text's: a trade denied ("the ministry denied that any weapons had been
// sold", "the firm said it had never exported rare earths", "no coal had
// been loaded"), or supposed ("the North might try to sell uranium", "if
// sanctions were lifted, it could export seafood", 만약 제재가 풀리면 석탄
// 수출이 재개될 수 있다). A trade that the same sentence then reports after
// "but" or "although" is real again, and a good the text trades elsewhere
// keeps its record by that other mention.

// unrealReach is how far before a mention unrealTrade reads.
const unrealReach = 160

var (
	// A denial whose clause the mention is in: "denied that", "denies
	// reports that", "insisted that no".
	reDenialThat = regexp.MustCompile(`\b(?:deny|denies|denied|denying|rejected|rejects|dismissed|dismisses)(?: (?:the |any )?(?:reports?|claims?|allegations?|accusations?|suggestions?))? that\b|\binsist(?:s|ed|ing)? that no\b`)
	// "never" and a trade verb right before the good: "had never exported
	// rare earths", "never sold any weapons".
	reNeverTrade = regexp.MustCompile(`\bnever (?:been )?(?:` + unrealVerbs + `)(?: (?:any|the|its|their))?` + unrealList + ` $`)
	// A modal of supposition and a trade verb right before the good: "might
	// try to sell uranium", "would be able to buy oil".
	// "Will" supposes only under a condition, as "could" does: "if the
	// customs open again, the traders will bring sugar". A gerund after
	// "start" or "begin" is the verb ("could start bringing in fertilizer"),
	// and one word may stand before the good ("Chinese", "cheap").
	reModalTrade = regexp.MustCompile(`\b(might|would|could|will)(?: not| also| again| soon| then| even| still)?(?: (?:try|seek|attempt|want|be able|be allowed|begin|start) to| (?:begin|start))? (?:` + unrealVerbs + `)(?: in)?(?: (?:any|the|its|their|more|some))?` + unrealList + `(?: (?:the|a|an))?(?: [a-z-]+)? $`)
	// A verb of trade anywhere in a stretch of words.
	reTradeVerb = regexp.MustCompile(`\b(?:` + unrealVerbs + `|load|loaded|loading)\b`)
	// A condition that makes "could" a supposition.
	reCondition = regexp.MustCompile(`(?:^|\W)(?:if|unless|once|should)\s`)
	// The conditions that make "will" a supposition.
	reIfCondition = regexp.MustCompile(`(?:^|\W)(?:if|unless)\s`)
	// Words that make the rest of a sentence real again.
	reContrast = regexp.MustCompile(`\b(?:but|although|though|however|yet)\b`)
)

// unrealList reaches the later goods of a list after the verb: "could
// export seafood and textiles".
const unrealList = `(?: [a-z-]+(?: [a-z-]+)?(?:,|, and|, or| and| or))*`

// unrealVerbs are the verbs of trade an unreal frame governs.
const unrealVerbs = `export|exports|exported|exporting|import|imports|imported|importing|sell|sells|sold|selling|buy|buys|bought|buying|ship|ships|shipped|shipping|supply|supplies|supplied|supplying|smuggle|smuggles|smuggled|smuggling|deliver|delivers|delivered|delivering|transfer|transfers|transferred|transferring|trade|trades|traded|trading|purchase|purchases|purchased|purchasing|provide|provides|provided|providing|send|sends|sent|sending|acquire|acquires|acquired|acquiring|procure|procures|procured|procuring|offer|offers|offered|offering|resume|resumes|resumed|resuming|bring|brings|brought|bringing`

// unrealTrade reports whether the mention text[start:end] is named in a
// trade the text denies or only supposes.
func unrealTrade(text string, start, end int) bool {
	if start < len(text) && text[start] >= utf8.RuneSelf {
		return koreanUnreal(text, start, end)
	}
	before := sentenceBefore(text, start, unrealReach)
	// The patterns are ASCII: an ASCII lower case serves.
	var buf [unrealReach]byte
	low := lexicon.AppendLower(buf[:0], before, true)
	switch string(lastWord(low)) {
	case "no": // "no coal had been loaded", "there was no rice to buy"
		// A record of none is a trade figure: "customs recorded no coal
		// imports".
		switch strings.ToLower(nextWord(strings.TrimLeft(text[end:], " "))) {
		case "import", "imports", "export", "exports", "shipment", "shipments", "trade", "sales", "deliveries":
			return false
		}
		return true
	case "deny", "denies", "denied", "denying": // "the ministry denied arms sales"
		return true
	}
	// Each pattern below needs a literal word that few sentences hold:
	// look for it first, as the regular expressions cost far more than
	// the rest of the finder. (They get their own copy of low, which
	// may escape, so that buf stays on the stack.)
	denial := bytes.Contains(low, []byte("that")) && (bytes.Contains(low, []byte("den")) || bytes.Contains(low, []byte("reject")) || bytes.Contains(low, []byte("dismiss")) || bytes.Contains(low, []byte("insist")))
	never := bytes.Contains(low, []byte("never "))
	modal := bytes.Contains(low, []byte("might ")) || bytes.Contains(low, []byte("would ")) || bytes.Contains(low, []byte("could ")) ||
		(bytes.Contains(low, []byte("will ")) && (bytes.Contains(low, []byte("if ")) || bytes.Contains(low, []byte("unless "))))
	if !denial && !never && !modal {
		return false
	}
	return unrealPatterns(text, end, string(low), denial, never, modal)
}

// unrealPatterns runs the patterns of unrealTrade whose words the
// lower-cased sentence start low holds.
func unrealPatterns(text string, end int, low string, denial, never, modal bool) bool {
	if denial && unrealDenial(text, end, low) {
		return true
	}
	if never && reNeverTrade.MatchString(low) {
		return true
	}
	if modal {
		if m := reModalTrade.FindStringSubmatch(low); m != nil {
			switch {
			case m[1] == "will":
				// "Once the ship docks, the crew will unload the coal" is a
				// plan; only "if" and "unless" suppose.
				if reIfCondition.MatchString(low) {
					return true
				}
			case m[1] != "could" || reCondition.MatchString(low):
				return true
			}
		}
	}
	return false
}

// unrealDenial reports whether the lower-cased sentence start low ends in
// the clause of a denial of a trade.
func unrealDenial(text string, end int, low string) bool {
	if loc := reDenialThat.FindAllStringIndex(low, -1); loc != nil {
		// The denial must deny a trade ("denied that any weapons had been
		// sold"), not a use the report may go on to show ("denied that
		// North Korean labour is used in its factories").
		since := low[loc[len(loc)-1][1]:]
		return !reContrast.MatchString(since) && (reTradeVerb.MatchString(since) || reTradeVerb.MatchString(clauseAfter(text, end)))
	}
	return false
}

// koreanUnreal reports whether the Hangul mention text[start:end] is the
// object of a denial after it (휘발유를 들여왔다는 보도를 부인했다) or sits
// in a sentence of supposition (만약 …).
func koreanUnreal(text string, start, end int) bool {
	before := sentenceBefore(text, start, unrealReach)
	if strings.Contains(before, "만약") || strings.Contains(before, "만일") {
		return true
	}
	after := text[end:min(len(text), end+unrealReach)]
	if i := strings.IndexAny(after, ".!?\n"); i >= 0 {
		after = after[:i]
	}
	for _, d := range []string{"를 부인", "을 부인", "를 일축", "을 일축", "사실무근"} {
		if strings.Contains(after, d) {
			return true
		}
	}
	return false
}

// sentenceBefore returns up to reach bytes of text before i, from the
// start of i's sentence (or the last semicolon).
func sentenceBefore(text string, i, reach int) string {
	lo := max(0, i-reach)
	for lo < i && !utf8.RuneStart(text[lo]) {
		lo++
	}
	before := text[lo:i]
	// A full stop inside a number or an abbreviation ("2.5", "U.S.") ends
	// nothing; one before a space does.
	for j := lastStop(before); j >= 0; j = lastStop(before[:j]) {
		if before[j] != '.' || j+1 == len(before) || before[j+1] == ' ' || before[j+1] == '\n' {
			return before[j+1:]
		}
	}
	return before
}

// sentenceAfter returns up to reach bytes of text after i, to the end of
// i's sentence (a full stop, question or exclamation mark, or a line).
func sentenceAfter(text string, i, reach int) string {
	after := text[i:min(len(text), i+reach)]
	if j := strings.IndexAny(after, ".!?\n"); j >= 0 {
		after = after[:j]
	}
	return after
}

// lastStop is strings.LastIndexAny(s, ".!?;\n"), without building the set
// of bytes at each call.
func lastStop(s string) int {
	for j := len(s) - 1; j >= 0; j-- {
		if stopByte[s[j]] {
			return j
		}
	}
	return -1
}

// stopByte marks the bytes lastStop looks for.
var stopByte = [256]bool{'.': true, '!': true, '?': true, ';': true, '\n': true}

// lastWord is the last run of ASCII letters in s when only spaces follow it.
func lastWord(s []byte) []byte {
	e := len(s)
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && isASCIILetter(s[b-1]) {
		b--
	}
	return s[b:e]
}

// clauseAfter is the lower-cased rest of the clause after text[end:], up to
// unrealReach bytes.
func clauseAfter(text string, end int) string {
	after := strings.ToLower(text[end:min(len(text), end+unrealReach)])
	if i := strings.IndexAny(after, ".!?;\n"); i >= 0 {
		after = after[:i]
	}
	if i := reContrast.FindStringIndex(after); i != nil {
		after = after[:i[0]]
	}
	return after
}

// measureWorth reports whether the words after a conveyance make it a
// measure: "sixteen trucks' worth of steel pipes", "a boat's worth".
func measureWorth(after string) bool {
	for _, p := range []string{"' worth", "'s worth", "’ worth", "’s worth"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// simileAs reports whether "as ADJ as" comes right before the Latin mention
// at text[start:]: "as hard as steel", "as black as coal". "as well as",
// "as much as" and their kind lead to a good or a quantity, not a likeness.
func simileAs(text string, start int) bool {
	if lookAlike(text, start) {
		return true
	}
	if !strings.HasSuffix(text[:start], " as ") && !strings.HasSuffix(text[:start], " As ") {
		return false
	}
	adj := strings.ToLower(wordBefore(text, start-len("as ")))
	if adj == "" || !strings.EqualFold(wordBefore(text, start-len("as ")-len(adj)-1), "as") {
		return false
	}
	switch adj {
	case "well", "much", "many", "little", "few", "far", "long", "soon", "early", "late", "high", "low", "often":
		return false
	}
	return true
}

// likenessVerbs say what something looks like, not what it is: "from a
// distance the sacks look like scrap", "a powder resembling flour".
var likenessVerbs = []string{"look like", "looks like", "looked like", "looking like", "resemble", "resembles", "resembled", "resembling"}

// lookAlike reports whether a verb of likeness, with or without an article,
// comes right before the Latin mention at text[start:]: the good is the
// likeness, not what the text speaks of.
func lookAlike(text string, start int) bool {
	before := strings.TrimSuffix(text[:start], " ")
	if len(before) == start {
		return false
	}
	for _, art := range []string{" a", " an", " the", " some"} {
		if b, ok := strings.CutSuffix(before, art); ok {
			before = b
			break
		}
	}
	for _, v := range likenessVerbs {
		if b, ok := strings.CutSuffix(before, v); ok && (b == "" || b[len(b)-1] == ' ') {
			return true
		}
	}
	return false
}

// koreanSimileNouns are the qualities and people a Korean simile with
// 같은 gives a good's likeness to: 강철 같은 의지 "a will of steel". After
// other nouns 같은 means "such as" (석탄 같은 광물 "minerals such as coal"),
// and the good stays.
var koreanSimileNouns = []string{"의지", "정신", "마음", "각오", "신념", "기세", "투지", "충성", "믿음", "결심", "규율", "대오", "단결", "사람", "존재", "얼굴", "목소리", "눈빛", "성격", "체력"}

// koreanSimile reports whether the Hangul mention that ends at end is the
// likeness of a simile: 같은 and then a quality or person.
func koreanSimile(text string, end int) bool {
	rest := strings.TrimPrefix(text[end:], " ")
	rest, ok := strings.CutPrefix(rest, "같은 ")
	if !ok {
		return false
	}
	for _, n := range koreanSimileNouns {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}

// partOfConveyance reports whether a possessive conveyance comes right
// before the Latin mention at text[start:]: "the ship's diesel engine",
// "the truck's battery" are parts of what they are in, not wares.
func partOfConveyance(text string, start int) bool {
	before := text[:start]
	for _, p := range []string{"'s ", "’s "} {
		if rest, ok := strings.CutSuffix(before, p); ok {
			j := len(rest)
			for j > 0 && isASCIILetter(rest[j-1]) {
				j--
			}
			switch strings.ToLower(rest[j:]) {
			case "ship", "vessel", "boat", "tanker", "freighter", "truck", "lorry", "car", "bus", "plane", "aircraft", "train", "trawler", "ferry":
				return true
			}
		}
	}
	return false
}

// partClasses are the classes of goods a conveyance is fitted with.
var partClasses = map[string]bool{"machinery": true, "parts": true, "electronics": true}

// latinAt reports whether text[i] is an ASCII byte.
func latinAt(text string, i int) bool { return i < len(text) && text[i] < utf8.RuneSelf }
