package goods

import (
	"bytes"
	"strings"
)

// Background mentions: a good a report names only to set the scene, by
// literal cue words around the mention, with no regular expressions.
//
//   - what a plant makes, said after the good: "the ammonia it produces",
//     기업소가 생산한 비료, 공장에서 만드는 비누;
//   - a past habit: "a plant that once canned crab for export", 한때 고등어를
//     수출하던 도시;
//   - goods installed years ago: "the solar panels families put up years
//     ago", 몇 해 전 집에 설치한 태양광 패널;
//   - a crop before a passive verb of farming: "the rice is transplanted in
//     May";
//   - a share of an output figure: "grain output was 4.7 million tonnes, of
//     which rice 2.1 million", 이 중 쌀은 210만 톤이었다.
//
// Each reads one mention: a good the same text also trades keeps its
// traded mention, and a trade word in the clause keeps this one too.

// backgroundMention reports whether the mention text[start:end] names the
// good only as background. It runs for nearly every mention, so cheap
// gates on the raw text come first: the word after the mention, a cue
// right before it, a rare letter of "once" or "ago" near it.
func backgroundMention(text string, start, end int) bool {
	if !latinAt(text, start) {
		return koreanBackground(text, start, end)
	}
	next := ""
	if end+1 < len(text) && text[end] == ' ' {
		next = nextWord(text[end+1 : min(len(text), end+16)])
	}
	// A crop in the field and a share of output are the subject of their
	// verb: a trade word before them trades another good ("dealers sell
	// urea before the rice is transplanted").
	share := start >= 4 && text[start-1] == ' ' && (text[start-2] == 'h' || text[start-2] == ',') && shareCue(text, start)
	if (farmAux(next) && farmedPassive(text, end, next) || share && outputShare(text, start)) && !tradedAfter(text, start) {
		return true
	}
	// Machines at work and a catch or output set against a plan: "the
	// machines run day and night", "the fleet landed 20,000 tonnes of
	// squid, beating its annual target".
	if runningAfter(text, end, next) || planOutput(text, start, end) || thenNow(text, start, end) {
		return true
	}
	// The word before the mention, and the one before it only after a
	// past verb: "once canned", "once exported the", "installed solar
	// panels".
	w1, at1 := wordEndingAt(text, start)
	if w1 == "once" || w1 == "Once" || w1 == "formerly" || w1 == "Formerly" || pastLike(w1) {
		w2, at2 := wordEndingAt(text, at1)
		if pastHabit(text, start, w1, w2, at2) {
			return true
		}
	}
	maker := makerStart(next)
	install := maker || installWord(next) || installWord(w1)
	if !install && len(next) > 3 && next[len(next)-1] == 's' {
		// A plural subject: "the solar panels families installed years ago".
		if n := end + 1 + len(next); n+1 < len(text) && text[n] == ' ' {
			install = installWord(nextWord(text[n+1 : min(len(text), n+16)]))
		}
	}
	if !maker && !install {
		return false
	}
	return (maker && producedAfter(text, end) || install && agoAfter(text, end) && installedAgo(text, start, end)) &&
		!tradedAfter(text, start) && !tradedBefore(text, start)
}

// pastLike reports whether w looks like a past verb: "-ed", "made".
func pastLike(w string) bool {
	return len(w) > 3 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' || w == "made" || w == "grew" || w == "built"
}

// wordEndingAt returns the word of ASCII letters that ends at text[:i], after
// spaces only, and where it starts; "" when a mark stands between.
func wordEndingAt(text string, i int) (string, int) {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	e := j
	for j > 0 && e-j < 16 && isASCIILetter(text[j-1]) {
		j--
	}
	return text[j:e], j
}

// installWord reports whether w puts a good in place.
func installWord(w string) bool {
	switch w {
	case "installed", "put", "fitted", "mounted", "set", "built":
		return true
	}
	return false
}

// farmAux reports whether w, the word after a mention, may start a passive:
// "is", "was", "has been".
func farmAux(w string) bool {
	switch w {
	case "is", "are", "was", "were", "gets", "get", "has", "have", "had", "will", "must":
		return true
	}
	return false
}

// makerStart reports whether w, the word after a mention, may start the
// maker of a relative clause: "the ammonia it produces", "the coal that
// the mine turns out".
func makerStart(w string) bool {
	return w == "that" || w == "which" || makerPronoun(w) || makerDeterminer(w)
}

// makerPronoun and makerDeterminer start the maker of a relative clause
// after the good.
func makerPronoun(w string) bool {
	switch w {
	case "it", "they", "we", "he", "she":
		return true
	}
	return false
}

func makerDeterminer(w string) bool {
	switch w {
	case "the", "its", "their", "his", "her", "our", "this", "these", "those", "local", "many", "most":
		return true
	}
	return false
}

// shareCue reports whether the mention at text[start:] follows a cue of a
// share: "of which", "of this,".
func shareCue(text string, start int) bool {
	before := text[max(0, start-8):start]
	// "of this rice" is a determiner: only "of this," with its comma.
	return strings.HasSuffix(before, "which ") || strings.HasSuffix(before, "this, ") ||
		strings.HasSuffix(before, "that, ") || strings.HasSuffix(before, "it, ")
}

// agoAfter reports whether "ago" stands in the 80 bytes after the mention:
// its rare letter "g", then the word.
func agoAfter(text string, end int) bool {
	w := text[end:min(len(text), end+80)]
	for i := 0; ; {
		k := strings.IndexByte(w[i:], 'g')
		if k < 0 {
			return false
		}
		i += k + 1
		if c := i - 1; c >= 2 && c+1 < len(w) && w[c-1] == 'a' && w[c-2] == ' ' && w[c+1] == 'o' {
			return true
		}
	}
}

// lowClauseBefore returns the lower-cased text of the mention's clause before
// text[start:], at most n bytes, and whether it reached the clause's start.
func lowClauseBefore(dst []byte, text string, start, n int) []byte {
	b := max(0, start-n)
	for i := start; i > b; i-- {
		if tokClass[text[i-1]]&clEnd != 0 {
			b = i
			break
		}
	}
	return appendLowerLatin(dst, text[b:start])
}

// lowClauseAfter returns the lower-cased text of the mention's clause after
// text[:end], at most n bytes.
func lowClauseAfter(dst []byte, text string, end, n int) []byte {
	e := min(len(text), end+n)
	for i := end; i < e; i++ {
		if tokClass[text[i]]&clEnd != 0 {
			e = i
			break
		}
	}
	return appendLowerLatin(dst, text[end:e])
}

// tradedBefore reports whether a trade word stands before the mention in
// its clause: "sold the rice the farm grew".
func tradedBefore(text string, start int) bool {
	var buf [untradedBytes]byte
	low := lowClauseBefore(buf[:0], text, start, untradedBytes)
	// A clause joined by ", but" or ", while" is a clause of its own.
	for _, c := range clauseBreaksB {
		if i := bytes.LastIndex(low, c); i >= 0 {
			low = low[i+len(c):]
		}
	}
	return containsAnyBytes(low, tradeBeforeB)
}

// rawWords appends to dst at most n words of ASCII letters from s,
// stopping at a comma, a digit or any other mark but a hyphen or an
// apostrophe. The words are s's own (no copy); callers compare them in
// lower case, as words inside a sentence are written.
func rawWords(dst []string, s string, n int) []string {
	for i := 0; i < len(s) && len(dst) < n; {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case isASCIILetter(c):
			j := i
			for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-' || s[j] == '\'') {
				j++
			}
			dst = append(dst, s[i:j])
			i = j
		default:
			return dst
		}
	}
	return dst
}

// makeVerbs, after a good and its maker, say the maker makes it: "the
// ammonia it produces", "the crab the plant cans".
var makeVerbs = map[string]bool{
	"produces": true, "produced": true, "produce": true, "makes": true, "made": true, "make": true,
	"manufactures": true, "manufactured": true, "manufacture": true, "mines": true, "mined": true,
	"processes": true, "processed": true, "grows": true, "grew": true, "grow": true, "cans": true,
	"canned": true, "brews": true, "brewed": true, "turns": true, "turned": true,
}

// producedAfter reports whether a relative of making follows the Latin
// mention that ends at end: "the ammonia it produces", "the coal that the
// mine still produces". A passive participle is left alone: "wigs made in
// North Korean factories" is where traded goods come from.
func producedAfter(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	var ws [6]string
	w := rawWords(ws[:0], text[end:min(len(text), end+64)], 6)
	if len(w) < 2 {
		return false
	}
	i := 0
	if w[0] == "that" || w[0] == "which" {
		i = 1
	}
	if i >= len(w) {
		return false
	}
	switch {
	case makerPronoun(w[i]):
		i++
		if i < len(w) && (w[i] == "still" || w[i] == "now" || w[i] == "also" || w[i] == "mainly" || w[i] == "once") {
			i++
		}
		return i < len(w) && makeVerbs[w[i]] && (w[i] != "turns" && w[i] != "turned" || i+1 < len(w) && w[i+1] == "out")
	case makerDeterminer(w[i]):
		for k := i + 2; k < min(len(w), i+5); k++ {
			if makeVerbs[w[k]] {
				return w[k] != "turns" && w[k] != "turned" || k+1 < len(w) && w[k+1] == "out"
			}
			if isAux(w[k]) {
				return false // "the rice the North is buying"
			}
		}
	}
	return false
}

// isAux reports whether w is an auxiliary verb.
func isAux(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could":
		return true
	}
	return false
}

// habitTrades reports whether the past verb v trades its object: a past
// trade the report recalls is still a trade ("wholesalers who once bought
// Chinese rice by the truckload must now buy it from the state").
func habitTrades(v string) bool {
	for _, t := range []string{"bought", "sold", "purchased", "imported", "exported", "smuggled", "shipped", "traded", "supplied", "delivered"} {
		if v == t {
			return true
		}
	}
	return false
}

// pastVerbs that are no -ed form.
var pastVerbs = map[string]bool{"made": true, "grew": true, "built": true, "ran": true, "dug": true}

// pastHabit reports whether the Latin mention at text[start:] is the
// object of a past habit: "once" or "formerly", a past verb, at most one
// word, the good ("a plant that once canned mackerel for export", "the
// mine formerly produced copper"); w1 and w2 are the two words before the
// mention and at2 where w2 starts. The verb may open a widened mention
// ("once" + "canned mackerel"). "Once the rice arrives" has no past verb
// after "once", and a past trade the report recalls is still a trade
// ("wholesalers who once bought rice").
func pastHabit(text string, start int, w1, w2 string, at2 int) bool {
	switch {
	case habitWord(w1):
		// "once canned mackerel": the verb opens the mention.
		v := nextWord(text[start:min(len(text), start+16)])
		return start+len(v) < len(text) && text[start+len(v)] == ' ' && pastForm(v)
	case habitWord(w2):
		return pastForm(w1) // "once canned crab"
	case pastLike(w2):
		w3, _ := wordEndingAt(text, at2)
		return habitWord(w3) && pastForm(w2) // "formerly refined crude oil"
	}
	return false
}

// habitWord reports whether w makes the verb after it a past habit.
func habitWord(w string) bool {
	return w == "once" || w == "Once" || w == "formerly" || w == "Formerly"
}

// pastForm reports whether w is a past verb that trades nothing.
func pastForm(w string) bool {
	return (len(w) > 3 && strings.HasSuffix(w, "ed") || pastVerbs[w]) && !habitTrades(w)
}

// installVerbs put a good in place.
var installVerbs = [][]byte{[]byte("installed"), []byte(" put "), []byte("fitted"), []byte("mounted"), []byte("set up"), []byte("built")}

// agoCues say the installation was long past.
var agoCues = [][]byte{[]byte("years ago"), []byte("decades ago"), []byte("long ago"), []byte("year ago"), []byte("decade ago")}

// installedAgo reports whether the Latin mention text[start:end] is a good
// put in place years ago, by an installing verb and "years ago" in its
// clause: "the solar panels many families put on their balconies years
// ago", "families installed solar panels years ago".
func installedAgo(text string, start, end int) bool {
	var buf [2 * untradedBytes]byte
	clause := lowClauseAfter(lowClauseBefore(buf[:0], text, start, untradedBytes), text, end, untradedBytes)
	return indexAnyBytes(clause, agoCues) >= 0 && indexAnyBytes(clause, installVerbs) >= 0
}

// indexAnyBytes returns the first index in s of any of the stems, or -1.
func indexAnyBytes(s []byte, stems [][]byte) int {
	at := -1
	for _, st := range stems {
		if k := bytes.Index(s, st); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}

// farmParticiples after a crop and a passive auxiliary make it the crop
// in the field: "the rice is transplanted in May".
// A crop grown, cultivated or harvested is the crop as farms sell it (see
// growVerbs): "the tobacco is grown on private plots … then sold in
// bundles".
var farmParticiples = map[string]bool{"transplanted": true, "sown": true, "sowed": true, "planted": true,
	"weeded": true, "irrigated": true, "fertilized": true, "fertilised": true}

// farmedPassive reports whether a passive verb of farming follows the
// Latin mention that ends at end: "the rice is transplanted", "maize was
// sown late", "the wheat has been harvested".
func farmedPassive(text string, end int, aux string) bool {
	i := end + 1 + len(aux)
	word := func() string { // the next word after text[:i]
		if i+1 >= len(text) || text[i] != ' ' {
			return ""
		}
		w := nextWord(text[i+1 : min(len(text), i+17)])
		i += 1 + len(w)
		return w
	}
	w := word()
	if aux == "has" || aux == "have" || aux == "had" || aux == "will" || aux == "must" {
		if w != "been" && w != "be" {
			return false
		}
		w = word()
	}
	if !farmParticiples[w] && (strings.HasSuffix(w, "ly") || w == "still" || w == "now" || w == "first" || w == "then") {
		w = word()
	}
	return farmParticiples[w]
}

// outputNouns name a production figure.
var outputNouns = [][]byte{[]byte("output"), []byte("production"), []byte("harvest"), []byte(" crop")}

// outputShare reports whether the Latin mention at text[start:] is a share
// of a production figure named before it in its sentence or the one before:
// "grain output was 4.7 million tonnes, of which rice 2.1 million", "The
// harvest reached 4.7 million tonnes. Of this, rice made up 2.1 million."
func outputShare(text string, start int) bool {
	var buf [24]byte
	b := max(0, start-24)
	low := appendLowerLatin(buf[:0], text[b:start])
	k := -1
	for _, cue := range []string{"of which ", "of this, ", "of that, ", "of it, "} {
		if bytes.HasSuffix(low, []byte(cue)) {
			k = start - len(cue)
			break
		}
	}
	if k < 0 {
		return false
	}
	// The figure: the mention's sentence before the cue, or the sentence
	// before it when the cue opens one ("… tonnes. Of this, maize").
	seg := strings.TrimRight(text[max(0, k-2*untradedBytes):k], " ")
	seg = strings.TrimRight(seg, ".!?")
	for _, e := range []string{". ", "! ", "? ", "\n"} {
		if i := strings.LastIndex(seg, e); i >= 0 {
			seg = seg[i+len(e):]
		}
	}
	var fb [2 * untradedBytes]byte
	fig := appendLowerLatin(fb[:0], seg)
	return containsAnyBytes(fig, outputNouns) && !containsAnyBytes(fig, tradeBeforeB)
}

// koreanMakerVerbs, right before a Korean good, make it what its maker
// produces: 기업소가 생산한 비료, 공장에서 만드는 비누. 생산된 is left out: it
// marks the origin of traded goods too (중국에서 생산된).
var koreanMakerVerbs = []string{"생산한 ", "생산하는 ", "만든 ", "만드는 ", "제조한 ", "제조하는 ", "생산해 온 ", "만들어 온 "}

// koreanPlants are the places whose 에서 makes them the maker.
var koreanPlants = []string{"공장", "기업소", "광산", "탄광", "제철소", "제련소", "농장", "작업장", "사업소"}

// koreanSaleStems after a made good keep it traded. Unlike
// koreanTradeStems they leave out moving words (넘어, 보내): 군대로 넘어갔다
// "went to the army" sells nothing.
var koreanSaleStems = []string{"수입", "수출", "밀수", "판매", "구입", "팔", "판다", "사들", "들여", "가격", "값", "거래", "원에", "달러"}

// koreanInstallAgo are the cues of a good installed long ago.
var koreanInstallVerbs = []string{"설치한 ", "설치된 ", "설치해 둔 ", "설치해 놓은 ", "달아 놓은 ", "달아 둔 "}
var koreanAgo = []string{"년 전", "해 전", "년전", "오래 전", "오래전", "달 전"}

// koreanBackground reports whether the Hangul mention text[start:end] is
// background: what its maker produces, a past habit, a good installed
// long ago, or a share of an output figure.
func koreanBackground(text string, start, end int) bool {
	// Cheap gates first: the syllable before the space before the mention
	// ends every cue word (생산한, 만드는, 설치해 둔, 이 중), and a habit
	// ends in 던 soon after the good (수출하던).
	cue := false
	if start >= 4 && text[start-1] == ' ' {
		switch text[start-4 : start-1] {
		case "한", "는", "든", "온", "된", "은", "둔", "중", "데", "서", "엔":
			cue = true
		}
	}
	if cue && koreanThenNow(text, start, end) {
		return true
	}
	if !cue && !strings.Contains(text[end:min(len(text), end+60)], "던") {
		return false
	}
	sb := max(0, start-koreanSentenceBytes)
	before := text[sb:start]
	var maker, install, share string
	for _, v := range koreanMakerVerbs {
		if strings.HasSuffix(before, v) {
			maker = v
		}
	}
	for _, v := range koreanInstallVerbs {
		if strings.HasSuffix(before, v) {
			install = v
		}
	}
	for _, p := range []string{"이 중 ", "그 중 ", "이 가운데 ", "그 가운데 ", "이 중에서 "} {
		if strings.HasSuffix(before, p) {
			share = p
		}
	}
	habit := strings.Contains(before, "한때") || strings.Contains(before, "예전에") || strings.Contains(before, "과거에")
	if maker == "" && install == "" && share == "" && !habit {
		return false
	}
	for i := start; i > sb; i-- {
		if c := text[i-1]; c == '.' || c == '!' || c == '?' || c == '\n' {
			sb = i
			break
		}
	}
	before = text[sb:start]
	se := min(len(text), end+koreanSentenceBytes)
	if i := strings.IndexAny(text[end:se], ".!?\n"); i >= 0 {
		se = end + i
	}
	after := text[end:se]
	// A share of an output figure: 생산량을 460만 톤으로 추정했다. 이 중 쌀은
	// 210만 톤이었다.
	if share != "" && sb > 0 {
		// The sentence before: back to the end of the one before it.
		ps := max(0, sb-1-koreanSentenceBytes)
		if i := strings.LastIndexAny(text[ps:sb-1], ".!?\n"); i >= 0 {
			ps += i + 1
		}
		prev := text[ps:sb]
		if (strings.Contains(prev, "생산") || strings.Contains(prev, "수확량")) && !koreanSold(prev) && !koreanSold(after) {
			return true
		}
	}
	// A past habit: 한때 고등어 통조림을 수출하던 도시.
	if habit && (strings.Contains(before, "한때") || strings.Contains(before, "예전에") || strings.Contains(before, "과거에")) &&
		(strings.Contains(after, "던 ") || strings.HasSuffix(after, "던")) {
		return true
	}
	if maker == "" && install == "" || koreanSold(after) {
		return false
	}
	// What its maker produces: 기업소가 생산한 비료, 공장에서 만드는 비누.
	if maker != "" {
		subj := strings.TrimRight(strings.TrimSuffix(before, maker), " ")
		w := subj[strings.LastIndexByte(subj, ' ')+1:]
		if strings.HasSuffix(w, "가") || strings.HasSuffix(w, "이") {
			return true
		}
		if stem, ok := strings.CutSuffix(w, "에서"); ok {
			for _, p := range koreanPlants {
				if strings.HasSuffix(stem, p) {
					return true
				}
			}
		}
		return false
	}
	// A good installed long ago: 몇 해 전 집에 설치한 태양광 패널.
	for _, a := range koreanAgo {
		if strings.Contains(before, a) {
			return true
		}
	}
	return false
}

// koreanSold reports whether s holds a Korean sale stem.
func koreanSold(s string) bool {
	for _, t := range koreanSaleStems {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// runVerbs after a good, or after "is", "are", "was" or "were", say it is
// at work where it stands.
var runVerbs = map[string]bool{"run": true, "runs": true, "ran": true, "running": true, "operate": true,
	"operates": true, "operated": true, "operating": true, "work": true, "works": true, "worked": true,
	"working": true, "hum": true, "hums": true, "hummed": true, "humming": true}

// roundTheClock are the words that make a run verb a machine's working
// hours: "run day and night", "operating around the clock".
var roundTheClock = []string{"day and night", "night and day", "around the clock", "round the clock",
	"nonstop", "non-stop", "24 hours", "all night", "without a break", "in shifts"}

// runningAfter reports whether next, the word after the mention that ends
// at end, starts a verb of working hours: the good is in use where it
// stands ("the machines run day and night", "generators humming round the
// clock"), not a ware. A trade word in the clause keeps it ("lathes
// running day and night for export").
func runningAfter(text string, end int, next string) bool {
	if next == "" {
		return false
	}
	rest := text[end+1 : min(len(text), end+64)]
	if next == "is" || next == "are" || next == "was" || next == "were" {
		rest = rest[len(next):]
		rest = strings.TrimPrefix(rest, " ")
		next = nextWord(rest)
	} else {
		rest = rest[len(next):]
	}
	if !runVerbs[next] {
		return false
	}
	if i := strings.IndexAny(rest, ".!?;\n"); i >= 0 {
		rest = rest[:i]
	}
	if !strings.HasPrefix(next, "hum") && !containsAnyFold(rest, roundTheClock) {
		return false
	}
	return !containsAnyFold(rest, tradeAfter) && !containsAnyFold(rest, tradeBefore)
}

// planWords are the goals a catch or an output figure is measured
// against, and planBeat the verbs that meet them: "beating its annual
// target", "overfulfilled the quota".
var (
	planWords = []string{"target", "quota", "yearly plan", "annual plan", "production plan", "the plan"}
	planBeat  = []string{"beat", "exceed", "surpass", "fulfil", "overfulfil", "met ", "meet ", "meeting ", "top ", "topping", "ahead of"}
)

// planOutput reports whether the sentence of the mention text[start:end]
// sets an amount against a plan it meets, with no trade word: a fleet's
// catch or a mine's output "beating its annual target" is production, not
// trade ("met its export plan" still trades).
func planOutput(text string, start, end int) bool {
	// The cheapest gate first: the plan's noun anywhere near.
	near := text[max(0, start-200):min(len(text), end+200)]
	if !strings.Contains(near, "plan") && !strings.Contains(near, "target") && !strings.Contains(near, "quota") {
		return false
	}
	before, after := sentenceBefore(text, start, 200), sentenceAfter(text, end, 200)
	// A cheap gate first: the plan's noun in lower case, as it is written
	// inside a sentence.
	if !strings.Contains(after, "target") && !strings.Contains(after, "quota") && !strings.Contains(after, "plan") &&
		!strings.Contains(before, "target") && !strings.Contains(before, "quota") && !strings.Contains(before, "plan") {
		return false
	}
	either := func(words []string) bool { return containsAnyFold(before, words) || containsAnyFold(after, words) }
	if !either(planWords) || !either(planBeat) {
		return false
	}
	return !either(tradeBefore) && !either(tradeAfter)
}

// koreanThenWords open a clause of how things were (예전엔 "in the old
// days"), and koreanNowWords the clause that sets today against it.
var (
	koreanThenWords = []string{"예전엔 ", "예전에는 ", "과거엔 ", "과거에는 ", "옛날엔 ", "옛날에는 "}
	koreanNowWords  = []string{"이제는", "이젠", "지금은", "요즘은", "요즘엔", "요새는"}
)

// koreanThenNow reports whether the Hangul mention text[start:end] opens
// a clause of the old days, right after 예전엔, that the sentence then sets
// against today with no sale or price in the old clause: 예전엔 담배 몇
// 갑이면 됐는데 이제는 돈을 줘야 "a few packs of cigarettes used to do; now
// it takes cash" names the cigarettes only as the past.
func koreanThenNow(text string, start, end int) bool {
	before := text[max(0, start-len("예전에는 ")):start]
	then := false
	for _, w := range koreanThenWords {
		if strings.HasSuffix(before, w) {
			then = true
			break
		}
	}
	if !then {
		return false
	}
	after := text[end:min(len(text), end+koreanSentenceBytes)]
	if i := strings.IndexAny(after, ".!?\n"); i >= 0 {
		after = after[:i]
	}
	for _, w := range koreanNowWords {
		if i := strings.Index(after, w); i >= 0 {
			past := after[:i]
			return !koreanSold(past) && !koreanTradeIn(past) && !koreanWon([]byte(past))
		}
	}
	return false
}

// thenWords set a clause in the old days, and nowWords set today against
// it: "in the past a few packs of cigarettes were enough; now the guards
// want cash".
var (
	thenWords = []string{"in the past", "used to", "in the old days", "years ago"}
	nowWords  = []string{"; now", ", but now", " but now", ", now", "these days", "nowadays"}
)

// thenNow reports whether the Latin mention text[start:end] sits in a
// clause of the old days (a then word before it in its sentence, or "used
// to" right after it) that the sentence sets against today, with no trade
// word or price in the old clause: the good is the past, not a ware.
// "Traders used to sell cigarettes, but now they sell beer" still trades
// the cigarettes.
func thenNow(text string, start, end int) bool {
	after := sentenceAfter(text, end, 120)
	if !strings.Contains(after, "now") && !strings.Contains(after, "these days") {
		return false // every word of nowWords holds one of the two
	}
	before := sentenceBefore(text, start, 80)
	i := -1
	for _, w := range nowWords {
		if k := strings.Index(after, w); k >= 0 && (i < 0 || k < i) {
			i = k
		}
	}
	if i < 0 {
		return false
	}
	past := after[:i]
	if !containsAnyFold(before, thenWords) && !containsAnyFold(past, []string{"used to"}) {
		return false
	}
	for _, part := range [2]string{before, past} {
		if containsAnyFold(part, tradeBefore) || containsAnyFold(part, tradeAfter) || containsAnyFold(part, priceWords) {
			return false
		}
	}
	return true
}

// priceWords in a clause of the old days make it a price then: "rice used
// to cost 5,000 won a kilo; now it is 8,000".
var priceWords = []string{" won", "yuan", "dollar", "$", "rmb", "price", "cost"}
