package measure

import "strings"

// sentenceBounds is the span [s, e) of tokens of the sentence around
// tokens [i, end): from the last stop or line break before i to the next
// one after end, at most limit tokens either way.
func (sc *scanner) sentenceBounds(i, end, limit int) (s, e int) {
	s = i
	for s > 0 && !sc.toks[s].nl && !sc.stopAt(s-1) && i-s < limit {
		s--
	}
	e = end
	for e < len(sc.toks) && !sc.toks[e].nl && !sc.stopAt(e) && e-end < limit {
		e++
	}
	return s, e
}

// sentenceHasPrice reports a price in the sentence around tokens [i, end):
// one the scan has read before i, or one that starts after end.
func (sc *scanner) sentenceHasPrice(i, end int) bool {
	s, e := sc.sentenceBounds(i, end, 40)
	for k := s; k < i; k++ {
		if sc.mark[k]&markPrice != 0 {
			return true
		}
	}
	for k := end; k < e; k++ {
		if sc.mark[k] == 0 && sc.mayStartAmount(k) {
			if _, _, ok := sc.priceAt(k); ok {
				return true
			}
		}
	}
	return false
}

// packLinks join a package or a piece of goods to its size: "a sack
// weighing 40 kg", "a carton holding 200 cigarettes", "a card of 30 pills".
var packLinks = map[string]bool{"of": true, "holding": true, "containing": true, "weighing": true, "with": true}

// lotWords name an amount of goods moved or dealt as a whole, whose size
// is the amount traded: "a shipment of 300 tonnes", "the seizure of 40 kg".
var lotWords = map[string]bool{"shipment": true, "shipments": true, "cargo": true, "cargoes": true, "consignment": true,
	"consignments": true, "load": true, "loads": true, "batch": true, "batches": true, "haul": true, "delivery": true,
	"deliveries": true, "total": true, "sale": true, "sales": true, "purchase": true, "purchases": true, "seizure": true,
	"seizures": true, "import": true, "imports": true, "export": true, "exports": true, "lot": true, "lots": true,
	"volume": true, "amount": true, "quantity": true, "transfer": true, "transfers": true, "train": true, "convoy": true,
	"barge": true, "barges": true, "fleet": true, "order": true, "orders": true, "stock": true, "stocks": true,
	"stockpile": true, "supply": true, "supplies": true, "tonnage": true, "worth": true, "excess": true}

// sizeForPrice reports an amount that sizes the thing a price is quoted
// for rather than goods traded: "a sack of maize weighing 40 kilograms
// sells for 90 yuan", "a gall bladder of about 50 grams fetches 3,000
// yuan", "a box of ten vials", "a carton holding 200 cigarettes costs …",
// "For 100 grams of ginseng the brokers pay 2,000 yuan".
func (sc *scanner) sizeForPrice(n numExpr, unit string, end int) bool {
	if n.vague {
		return false
	}
	k := n.qi - 1
	if k > 0 && sc.toks[k].kind == tWord && sc.cls(k)&cQual != 0 && !sc.toks[k+1].nl {
		k-- // "of about 30 grams": the scan may start past the qualifier
	}
	if k < 0 || sc.toks[k].kind != tWord || sc.toks[k+1].nl {
		return false
	}
	link := strings.ToLower(sc.tokText(k))
	if link == "for" && sc.toks[k].upper && (k == 0 || sc.toks[k].nl || sc.stopAt(k-1)) {
		return sc.sentenceHasPrice(n.qi, end) // "For 100 grams of … they pay 2,000 yuan"
	}
	if k > 0 && equalFold(sc.tokText(k-1), "who") && sc.toks[k].kind == tWord && strings.HasSuffix(link, "s") {
		return sc.sentenceHasPrice(n.qi, end) // "a worker who finishes 100 pairs receives 15 yuan": a piece rate
	}
	if !packLinks[link] {
		return false
	}
	// The noun the amount sizes: the word before the link, or, past
	// "of maize", the package named before it ("a sack of maize weighing").
	h := k - 1
	if h < 0 || sc.toks[h].kind != tWord || sc.toks[h+1].nl {
		return false
	}
	head := strings.ToLower(sc.tokText(h))
	if lotWords[head] || sc.cls(h)&(cStop|cVerb|cPriceVerb|cQual|cNumWord|cScale|cVague|cMeasure) != 0 || sc.toks[h].upper {
		return false
	}
	if (packWord(head) || sizedPieces[head]) && link != "with" {
		return true // "a box of ten vials", "cartons holding 200 cigarettes"
	}
	if !measureUnit(unit) && link != "holding" && link != "containing" {
		return false
	}
	if link == "with" {
		return false
	}
	return sc.sentenceHasPrice(n.qi, end)
}

// sizedPieces are packages that packWords leaves out, whose count of
// pieces is the size of one: "a card of 30 pills", "a blister of 10".
var sizedPieces = map[string]bool{"card": true, "cards": true, "blister": true, "blisters": true, "pouches": true, "carton": true}

// packSizeKo reports a measure glued to 들이 (holding): "50kg들이 밀가루
// 8천 포대" counts sacks of 50 kg each, not 50 kg.
func (sc *scanner) packSizeKo(end int) bool {
	return end < len(sc.toks) && sc.toks[end].kind == tHangul && sc.toks[end].glued && strings.HasPrefix(sc.tokText(end), "들이")
}

// packRatio reports a count followed by "to a", "to each" or "per" and a
// package, with at most one word before the package: "packed 50 cartons to
// a master case", "20 bottles to each box" give the size of one package,
// not goods moved.
func (sc *scanner) packRatio(end int) bool {
	k := end
	if k >= len(sc.toks) || sc.toks[k].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(k)) {
	case "to":
		k++
		if k >= len(sc.toks) {
			return false
		}
		switch strings.ToLower(sc.tokText(k)) {
		case "a", "an", "each", "every", "one":
			k++
		default:
			return false
		}
	case "per":
		k++
	default:
		return false
	}
	for m := 0; m < 2 && k < len(sc.toks) && sc.toks[k].kind == tWord; k, m = k+1, m+1 {
		if sc.cls(k)&cContainer != 0 {
			return true
		}
	}
	return false
}

// notEvenKo reports a Korean amount followed by 도 and a negative: "쌀
// 3kg도 사지 못한다" (cannot buy even 3 kg of rice), what a wage or a
// sum is worth, not goods traded.
func (sc *scanner) notEvenKo(n numExpr, end int) bool {
	if end == 0 || end > len(sc.toks) {
		return false
	}
	last := sc.tokText(end - 1)
	k := end
	if !strings.HasSuffix(last, "도") || sc.toks[end-1].kind != tHangul {
		if k >= len(sc.toks) || sc.toks[k].kind != tHangul || !sc.toks[k].glued || sc.tokText(k) != "도" {
			return false
		}
		k++
	}
	for m := 0; m < 3 && k < len(sc.toks) && sc.toks[k].kind == tHangul; k, m = k+1, m+1 {
		w := sc.tokText(k)
		if strings.HasPrefix(w, "못") || strings.HasPrefix(w, "없") || strings.Contains(w, "못하") || strings.Contains(w, "지않") || strings.HasPrefix(w, "안") {
			return true
		}
	}
	return false
}

// costBasisKo reports one unit of a measure whose sentence goes on to the
// cost of moving or buying it: "비료 1톤을 강 건너로 넘기는 데 드는 비용만
// 800위안" (it costs 800 yuan to take a tonne across).
func (sc *scanner) costBasisKo(n numExpr, unit string, end int) bool {
	if n.min != 1 || n.max != 1 || !measureUnit(unit) || sc.toks[end-1].kind != tHangul {
		return false
	}
	_, e := sc.sentenceBounds(n.qi, end, 25)
	cost := false
	for k := end; k < e; k++ {
		if sc.toks[k].kind == tHangul && hasAnyPrefix(sc.tokText(k), []string{"비용", "드는", "값", "운임", "운송비", "돈"}) {
			cost = true
		}
		if cost && sc.mark[k] == 0 && sc.mayStartAmount(k) {
			if _, _, ok := sc.priceAt(k); ok {
				return true
			}
		}
	}
	return false
}

// yearBefore reports a year read as a count of the noun after it: "the
// 2019 case", "the 2016 shipments".
func (sc *scanner) yearBefore(n numExpr, unit string) bool {
	if n.qual != "" || measureUnit(unit) || n.vi+1 != n.j || sc.toks[n.vi].kind != tNum || !sc.isYear(n.vi) {
		return false
	}
	switch strings.ToLower(sc.tokText(n.qi - 1)) {
	case "the", "its", "their", "this", "that", "a":
		return true
	}
	return false
}

// reportSource reports a count that names who a report cites: "according
// to three Chinese brokers", "…, two residents of the province told RFA".
func (sc *scanner) reportSource(n numExpr, unit string, end int) bool {
	if unit != "units" && unit != "people" {
		return false
	}
	if n.qi >= 2 && equalFold(sc.tokText(n.qi-1), "to") && equalFold(sc.tokText(n.qi-2), "according") {
		return true
	}
	if n.qi == 0 || !sc.isSym(n.qi-1, ",") {
		return false
	}
	for k, m := end, 0; k < len(sc.toks) && m < 6; k, m = k+1, m+1 {
		if sc.toks[k].nl || sc.toks[k].kind == tSym {
			return false
		}
		if sc.cls(k)&cSpeech != 0 {
			return true
		}
	}
	return false
}

// unitRangeTail reads the top of a range whose two ends both name the
// unit, after the bottom's unit at token end: "3 ton to 4 ton of clams",
// "20 tonnes to 25 tonnes". It returns the token after the range, the top
// and the item the top names.
func (sc *scanner) unitRangeTail(n numExpr, unit string, end int) (int, float64, string, bool) {
	if n.ranged || n.vague || n.open || end+1 >= len(sc.toks) || !(sc.kwAt(end) == kwTo || sc.isSym(end, "-", "–", "~")) {
		return end, 0, "", false
	}
	v, v2, j, kind, ok := sc.atom(end + 1)
	if !ok || kind != atomDigits && kind != atomWords || v != v2 || v <= n.max || v > maxValue {
		return end, 0, "", false
	}
	u, item, e, _ := sc.unitAndItem(j, false)
	if u != unit || e <= j {
		return end, 0, "", false
	}
	return e, v, item, true
}

// secondHand reports "second" in "second-hand": a modifier of the goods
// after it, not a unit of time.
func (sc *scanner) secondHand(k int) bool {
	return equalFold(sc.tokText(k), "second") && sc.isSym(k+1, "-") && sc.toks[k+1].glued &&
		k+2 < len(sc.toks) && sc.toks[k+2].glued && equalFold(sc.tokText(k+2), "hand")
}

// numberModifier returns the end of a noun phrase that opens, at token k,
// with a number joined by a hyphen to a word, a compound modifier of the
// goods counted before it: "three five-axis lathes", "two 20-foot
// containers", "ten 4-wheel tractors". It returns k when there is none,
// or when the word after the hyphen measures time, distance or a share
// ("two 10-day trips", "three 5-km stretches").
func (sc *scanner) numberModifier(k int) int {
	if k+2 >= len(sc.toks) || !sc.isSym(k+1, "-") || !sc.toks[k+1].glued || !sc.toks[k+2].glued || sc.toks[k+2].kind != tWord {
		return k
	}
	t := sc.toks[k]
	if t.kind != tNum && !(t.kind == tWord && t.kw != kwNone && sc.cls(k)&cNumWord != 0 && sc.cls(k)&cScale == 0) {
		return k
	}
	if sc.cls(k+2)&(cNotQty|cMeasure|cContainer|cCurrency|cStop|cVerb) != 0 {
		return k
	}
	e := sc.npForward(k + 2)
	if e == k+3 && e < len(sc.toks) && sc.toks[e].kind == tWord && !sc.toks[e].upper && sc.cls(e)&(cStop|cVerb|cPriceVerb) == 0 {
		e = sc.npForward(e) // "five-axis milling machines": the phrase reader stops at "-ing"
	}
	if e <= k+3 {
		return k // the compound alone names no goods: "two 5-axis"
	}
	return e
}

// singleVehicles are the vehicles and containers that "a single" counts
// as one: "the cargo went in a single truck".
var singleVehicles = map[string]bool{"truck": true, "lorry": true, "van": true, "vessel": true, "ship": true, "tanker": true,
	"boat": true, "barge": true, "wagon": true, "container": true, "freighter": true, "trawler": true}

// singleVehicle returns the end of "a single truck" or "a lone barge"
// starting at token i, or i.
func (sc *scanner) singleVehicle(i int) int {
	if sc.kwAt(i) != kwA || i+2 >= len(sc.toks) || sc.toks[i+1].kind != tWord || sc.toks[i+2].kind != tWord || sc.toks[i+2].nl {
		return i
	}
	if m := strings.ToLower(sc.tokText(i + 1)); m != "single" && m != "lone" {
		return i
	}
	if !singleVehicles[strings.ToLower(sc.tokText(i+2))] {
		return i
	}
	return i + 3
}

// movedVerbs are the stems of verbs of moving goods that make a count of
// times a count of deliveries: "delivered coal at least 155 times", "they
// cross two or three times a month".
var movedVerbs = []string{"deliver", "cross", "carr", "ship", "transfer", "smuggl", "bring", "brought", "move", "sent",
	"send", "load", "unload", "ferr", "haul", "come", "came", "arriv"}

// notMultiplier are the words after "times" that make it a multiplier or
// a frequency of something else: "three times the limit", "four times
// higher", "ten times as much".
var notMultiplier = map[string]bool{"the": true, "as": true, "more": true, "higher": true, "larger": true, "bigger": true,
	"greater": true, "lower": true, "less": true, "that": true, "than": true, "over": true, "what": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "this": true, "those": true, "these": true, "faster": true,
	"cheaper": true, "dearer": true, "costlier": true, "above": true, "below": true, "normal": true, "usual": true}

// timesMoved reports "N times" at token k after the number n, in a
// sentence whose verb moves goods: how many deliveries, crossings or
// transfers there were. A vague count ("several times") and a multiplier
// ("three times the cap") are not.
func (sc *scanner) timesMoved(n numExpr, k int) bool {
	if n.vague || k >= len(sc.toks) || !equalFold(sc.tokText(k), "times") || n.min < 2 && !n.ranged {
		return false
	}
	if k+1 < len(sc.toks) && sc.toks[k+1].kind == tWord {
		w := strings.ToLower(sc.tokText(k + 1))
		if notMultiplier[w] || sc.cls(k+1)&(cCurrency|cNumWord|cScale) != 0 {
			return false
		}
		if sc.frequencyAfter(k + 1) {
			return false // "three or four times a week": how often, not how many deliveries there were
		}
		if w == "of" && !(k+2 < len(sc.toks) && (equalFold(sc.tokText(k+2), "this") || equalFold(sc.tokText(k+2), "such"))) {
			return false // "ten times of the price", but "11 times of this transfer"
		}
	}
	if k+1 < len(sc.toks) && (sc.toks[k+1].kind == tNum || sc.isSym(k+1, "$", "¥", "₩", "€")) {
		return false
	}
	s, e := sc.sentenceBounds(n.qi, k+1, 40)
	for j := s; j < e; j++ {
		if j >= n.qi && j <= k || sc.toks[j].kind != tWord {
			continue
		}
		w := strings.ToLower(sc.tokText(j))
		for _, v := range movedVerbs {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// frequencyAfter reports a rate of time at token k: "a week", "per day",
// "every month", "in the week", "daily".
func (sc *scanner) frequencyAfter(k int) bool {
	timeWord := func(j int) bool {
		if j >= len(sc.toks) || sc.toks[j].kind != tWord {
			return false
		}
		switch strings.ToLower(sc.tokText(j)) {
		case "day", "week", "month", "night", "year", "season", "fortnight", "weekend":
			return true
		}
		return false
	}
	if k >= len(sc.toks) || sc.toks[k].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(k)) {
	case "daily", "weekly", "monthly", "nightly", "yearly", "annually":
		return true
	case "a", "an", "per", "every", "each":
		return timeWord(k + 1)
	case "in":
		return (sc.kwAt(k+1) == kwThe || sc.kwAt(k+1) == kwA) && timeWord(k+2)
	}
	return false
}

// atATime reports "at a time" right after a bare count at token j, with a
// verb of buying or moving goods just before the count: "wholesalers buy
// ten or twenty at a time", "they carry three at a time" give a load.
func (sc *scanner) atATime(qi, j int) bool {
	if j+2 >= len(sc.toks) || !equalFold(sc.tokText(j), "at") || sc.kwAt(j+1) != kwA || !equalFold(sc.tokText(j+2), "time") {
		return false
	}
	k := qi - 1
	if k > 0 && sc.toks[k].kind == tWord {
		switch strings.ToLower(sc.tokText(k)) {
		case "them", "up", "over", "across", "in", "out":
			k-- // "they carry them over three at a time"
		}
	}
	if k < 0 || sc.toks[k].kind != tWord || sc.toks[k+1].nl {
		return false
	}
	w := strings.ToLower(sc.tokText(k))
	if hasAnyPrefix(w, []string{"buy", "bought", "sell", "sold", "order", "take", "took"}) {
		return true
	}
	for _, v := range movedVerbs {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}
