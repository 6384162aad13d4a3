package measure

import (
	"strings"
)

// Counts that have a unit but are not amounts of traded goods or of
// people, vehicles or ships taking part in trade: crowds, populations,
// troops, a ship's size, weapons fired, houses destroyed.

// genericPeople are nouns for people who, unlike traders, smugglers or
// workers, take part in trade only when the sentence says so.
var genericPeople = map[string]bool{
	"people": true, "persons": true, "individuals": true, "residents": true, "citizens": true, "inhabitants": true,
	"civilians": true, "men": true, "women": true, "children": true, "kids": true, "students": true, "pupils": true,
	"soldiers": true, "troops": true, "officers": true, "officials": true, "cadres": true, "members": true,
	"families": true, "households": true, "villagers": true, "farmers": true, "koreans": true, "chinese": true,
	"russians": true, "defectors": true, "refugees": true, "leaders": true, "partners": true, "delegates": true,
	"spectators": true, "fans": true, "athletes": true, "players": true, "deputies": true, "lawmakers": true,
	"tourists": true, "visitors": true, "patients": true, "prisoners": true, "inmates": true, "experts": true,
	"diplomats": true, "guests": true, "attendees": true, "participants": true, "journalists": true,
	"reporters": true, "youths": true, "adults": true, "police": true, "policemen": true, "guards": true,
	"personnel": true, "agents": true, "scientists": true, "engineers": true, "doctors": true, "voters": true,
	"protesters": true, "workers'": true, "teams": true, "nationals": true, "suspects": true,
	"runners": true, "holidaymakers": true, "vacationers": true, "travellers": true, "travelers": true,
	"sightseers": true, "pilgrims": true, "performers": true, "competitors": true,
}

// abstractCases are things counted in "cases of" that are not goods.
var abstractCases = map[string]bool{"covid": true, "covid-19": true, "infection": true, "infections": true, "fraud": true,
	"corruption": true, "bribery": true, "defection": true, "defections": true, "disease": true, "measles": true,
	"fever": true, "abuse": true, "violence": true, "torture": true, "theft": true, "murder": true, "espionage": true}

// tradeCues are word beginnings that put people into trade: they buy,
// sell, carry or smuggle goods, work abroad for money, or are caught,
// fined or bribed for it. Korean ones are matched anywhere in a word.
var tradeCues = []string{"smuggl", "trad", "traffick", "sell", "sold", "buy", "bought", "purchas", "carr", "transport",
	"ship", "export", "import", "caught", "arrest", "detain", "seiz", "confiscat", "crackdown", "punish", "fine",
	"bribe", "work", "labo", "dispatch", "sent", "send", "employ", "hire", "earn", "wage", "paid", "pay", "market",
	"merchant", "goods", "contraband", "cargo", "phone", "deal", "broker", "courier", "load", "deliver", "custom",
	"money", "cash", "dollar", "yuan", "truck", "lorr", "freight", "tanker", "wagon"}

var tradeCuesKo = []string{"밀수", "밀매", "거래", "판매", "일하", "일했", "일한", "팔았", "팔고", "팔아", "팔리", "구매", "구입", "사들", "장사", "상인", "노동", "근로",
	"파견", "운반", "운송", "넘기", "넘겨", "뇌물", "벌금", "적발", "체포", "검거", "구속", "단속", "처벌", "수출", "수입", "무역",
	"휴대폰", "손전화", "외화", "벌어", "반출", "반입", "되거리", "장마당", "시장", "화물", "세관", "선원", "돈"}

// notParticipant reports a count of n with unit and item, ending at token
// end, that the guidelines leave out.
func (sc *scanner) notParticipant(n numExpr, unit, item string, end int) bool {
	if sc.kwAt(n.qi-1) == kwPer {
		return true // "the price per 70 kg sack"
	}
	if n.qi > 0 && sc.toks[n.qi-1].kind == tHangul && hasAnySuffix(sc.tokText(n.qi-1), "인당", "명당", "사람당", "가구당", "세대당") {
		return true // "1인당 50kg까지": an allowance per person, not goods
	}
	if sc.allowancePer(n.qi, end) {
		return true // "customs lets through two phones per person": an allowance, not goods
	}
	if sc.harmBefore(n.qi) {
		return true // "killed hundreds of people", "fired two missiles", "destroyed 1,000 houses"
	}
	if unit == "tonnes" && item == "" && sc.shipSize(n.qi, end) {
		return true
	}
	if unit == "cases" && (strings.HasSuffix(item, "ing") || abstractCases[strings.ToLower(item)]) {
		return true // "five cases of smuggling", "30 cases of COVID"
	}
	if item == "" && sc.packSize(unit, end) {
		return true // "a 70 kg sack", "50kg 한 포대에 180위안"
	}
	if (unit == "kg" || unit == "g") && n.min == 1 && n.max == 1 && !n.vague {
		return true // "28 yuan for 1 kg", "꽃게 1kg을 잡을 때마다": the unit of a rate
	}
	if sc.yieldRatio(n.qi, end) {
		return true // "about 100 frogs are needed for one kilogram", "it takes 5 kg of roots to make 1 kg"
	}
	if sc.packContents(n.qi) {
		return true // "a box of 24 capsules costs", "라면 한 상자(24개)", ", each holding 50 cartons"
	}
	if sc.outputStatistic(n.qi, end) || sc.capacityClaim(n.qi) || sc.planMet(n.qi, end) {
		return true // "grain production stayed below 5.5 million tonnes", "the plant can produce 900 tons"
	}
	if measureUnit(unit) && sc.ofPackage(n.qi) {
		return true // "sacks of about 30 kg", "packets of 20 to 30 grams": the size of one package
	}
	if strings.Contains(item, "familiar") || end+1 < len(sc.toks) &&
		(equalFold(sc.tokText(end), "familiar") || equalFold(sc.tokText(end), "with") && equalFold(sc.tokText(end+1), "knowledge")) {
		return true // "two people familiar with the matter": the sources of a report
	}
	head := item
	if i := strings.LastIndexAny(head, " -"); i >= 0 {
		head = head[i+1:]
	}
	head = strings.ToLower(head)
	switch {
	case unit == "people":
		// 명 counts anyone: "수백 명이 모였다" is a crowd.
	case unit == "units" && (genericPeople[head] || peopleWordIn(item)):
	default:
		return false
	}
	return !sc.sentenceHasTradeCue(n.qi, end, militaryPeople[head])
}

// militaryPeople are nouns for soldiers, whom being sent or deployed
// does not put into trade: "10,000 soldiers were sent to Kursk".
var militaryPeople = map[string]bool{"soldiers": true, "troops": true, "servicemen": true, "conscripts": true}

// dispatchCue reports a trade cue that says only that people were sent:
// it makes workers traders, not soldiers.
func dispatchCue(c string) bool { return c == "sent" || c == "send" || c == "dispatch" }

// peopleWordIn reports a noun for generic people among the words of item,
// which may run on into a verb the phrase reader took for a noun
// ("holidaymakers flew", "women work").
func peopleWordIn(item string) bool {
	for rest := item; rest != ""; {
		w := rest
		if k := strings.IndexByte(rest, ' '); k >= 0 {
			w, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if genericPeople[w] {
			return true
		}
	}
	return false
}

// yieldRatio reports a count that says how much of one thing makes one
// unit of another: "about 100 frogs are needed for one kilogram of oil",
// "it takes 5 kg of fresh roots to make 1 kg of dried ones".
func (sc *scanner) yieldRatio(qi, end int) bool {
	takes := qi >= 2 && equalFold(sc.tokText(qi-1), "takes") && equalFold(sc.tokText(qi-2), "it")
	k := end
	if !takes {
		if k+1 >= len(sc.toks) || !sc.isRateVerb(k) || !equalFold(sc.tokText(k+1), "needed") && !equalFold(sc.tokText(k+1), "required") {
			return false
		}
		k += 2
	}
	// "for one kilogram", "to make 1 kg", "to produce a tonne"
	for n := 0; n < 3 && k < len(sc.toks); k, n = k+1, n+1 {
		if sc.toks[k].nl || sc.toks[k].kind == tSym {
			return false
		}
		w := sc.tokText(k)
		if w == "1" || equalFold(w, "one") || equalFold(w, "a") || equalFold(w, "each") || equalFold(w, "every") {
			return n > 0
		}
	}
	return false
}

// partyName reports "Workers" in "the Workers' Party", which names the
// ruling party rather than anyone's work.
func (sc *scanner) partyName(k int) bool {
	if !sc.toks[k].upper {
		return false
	}
	j := k + 1
	if sc.isSym(j, "'", "’") {
		j++
	}
	return j < len(sc.toks) && strings.EqualFold(sc.tokText(j), "party")
}

// harmBefore reports a verb of harm or firing just before token i.
func (sc *scanner) harmBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if sc.toks[k].kind != tWord || sc.toks[k+1].nl {
			return false
		}
		switch strings.ToLower(sc.tokText(k)) {
		case "killed", "killing", "kill", "kills", "destroyed", "destroying", "damaged", "flooded", "inundated",
			"collapsed", "swept", "fired", "firing", "launched", "launching", "test-fired", "executed", "executing",
			"evacuated", "rescued", "buried", "injured", "injure", "injures", "injuring", "wounded", "launch", "launches",
			"fire", "claimed", "left":
			if strings.EqualFold(sc.tokText(k), "left") || strings.EqualFold(sc.tokText(k), "claimed") {
				// "left 60 dead" is caught by the casualty words after it;
				// "left 300 tonnes" or "claimed 20 ships" is not harm.
				continue
			}
			return true
		}
		if sc.cls(k)&cStop == 0 {
			return false // a noun or adjective between: "fired on two boats"
		}
	}
	return false
}

// shipSize reports tonnes that measure a ship: "a 2,000 ton vessel", "the
// ship, 2,000 tonnes in size", "a ship of 5,000 tonnes".
func (sc *scanner) shipSize(qi, end int) bool {
	shipWord := func(k int) bool {
		if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != tWord {
			return false
		}
		switch strings.ToLower(sc.tokText(k)) {
		case "vessel", "vessels", "ship", "ships", "tanker", "tankers", "freighter", "freighters", "class",
			"displacement", "deadweight", "dwt", "gross", "grt", "cargo", "boat", "boats",
			"coaster", "coasters", "carrier", "carriers", "barge", "barges", "trawler", "trawlers", "bulker", "bulkers", "steamer", "steamers":
			return true
		}
		return false
	}
	if shipWord(end) || sc.kwAt(end) == kwIn && end+1 < len(sc.toks) && strings.EqualFold(sc.tokText(end+1), "size") {
		return true
	}
	if qi > 0 && sc.toks[qi-1].kind == tWord && sc.cls(qi-1)&cQual != 0 {
		qi-- // "a coaster of roughly 2,000 tonnes"
	}
	return sc.kwAt(qi-1) == kwOf && shipWord(qi-2)
}

// packSize reports a measure that sizes one container, which a price then
// follows: "a 70 kg sack", "25kg 한 포대가 … 13만원", "50kg 한 포대에".
func (sc *scanner) packSize(unit string, end int) bool {
	switch unit {
	case "kg", "g", "mg", "ml", "tonnes", "liters", "lb":
	default:
		return false
	}
	if end >= len(sc.toks) {
		return false
	}
	if sc.toks[end].kind == tWord {
		switch strings.ToLower(sc.tokText(end)) {
		case "sack", "bag", "box", "bottle", "can", "drum", "carton", "packet", "pack", "case", "crate", "jar", "tin", "barrel", "jug", "tub", "bucket",
			"vial", "tube", "ampoule", "pouch", "sachet", "canister", "cylinder",
			"sacks", "bags", "boxes", "bottles", "cans", "drums", "cartons", "packets", "packs", "crates", "jars", "tins", "jugs", "tubs",
			"buckets", "canisters", "cylinders", "container", "containers", "jerrycan", "jerrycans":
			return true // "a 70 kg sack", "in 20 liter containers"
		}
		return false
	}
	if sc.toks[end].glued && strings.HasPrefix(sc.tokText(end), "짜리") {
		return true // "50kg짜리 포대"
	}
	if sc.toks[end].kind == tHangul && !sc.toks[end].glued && hasAnyPrefix(sc.tokText(end), koreanPacks) {
		return true // "10kg 상자에 포장했다": a box that holds 10 kg
	}
	return sc.tokText(end) == "한" && end+1 < len(sc.toks) && sc.toks[end+1].kind == tHangul &&
		hasAnyPrefix(sc.tokText(end+1), []string{"포대", "자루", "상자", "봉지", "봉투", "통", "병", "마대", "박스", "묶음", "단", "개"})
}

// koreanPacks are containers that a measure right before them sizes.
var koreanPacks = []string{"포대", "자루", "상자", "봉지", "봉투", "마대", "박스", "짐짝", "드럼통"}

// sentenceHasTradeCue reports whether the sentence around tokens [i, end)
// says that goods or money change hands; for soldiers (military), being
// sent or dispatched does not.
func (sc *scanner) sentenceHasTradeCue(i, end int, military bool) bool {
	// This sentence and the one before it: "… to send workers home.
	// Yet 1,200 North Koreans entered on student visas."
	//
	// People sent back across a border (repatriated, deported) are no
	// traders: a sentence that says so counts only its own cues, not the
	// one before ("… North Koreans caught in China. Several hundred people
	// were sent back last month.").
	s, own := i, -1
	for stops := 0; s > 0 && !sc.toks[s].nl && i-s < 80; s-- {
		if sc.stopAt(s - 1) {
			if stops++; stops == 1 {
				own = s
			} else {
				break
			}
		}
	}
	if own < 0 {
		own = s // no stop before the count: its sentence opens the line
	}
	e := end
	for e < len(sc.toks) && !sc.toks[e].nl && !sc.stopAt(e) && e-end < 40 {
		e++
	}
	before, returned := false, false
	for k := s; k < e; k++ {
		if k >= i && k < end && sc.toks[k].kind == tWord {
			continue // the count's own noun is not a cue ("workers")
		}
		cue := false
		switch sc.toks[k].kind {
		case tWord:
			w := strings.ToLower(sc.tokText(k))
			if k >= own && sc.sentBack(k, w) {
				returned = true
				continue
			}
			for _, c := range tradeCues {
				if strings.HasPrefix(w, c) && !sc.partyName(k) && !(military && dispatchCue(c)) {
					cue = true
					break
				}
			}
		case tHangul:
			w := sc.tokText(k)
			if k >= own && (strings.Contains(w, "강제북송") || strings.Contains(w, "송환")) {
				returned = true
				continue
			}
			for _, c := range tradeCuesKo {
				if strings.Contains(w, c) && !(c == "노동" && strings.Contains(w, "노동당")) {
					cue = true // 노동당 is the Workers' Party, not work
					break
				}
			}
		}
		if cue {
			if k >= own {
				return true
			}
			before = true
		}
	}
	return before && !returned
}

// sentBack reports a word of return across a border at token k, w its
// lower-cased text: "sent back", "repatriated", "deported", "forcibly
// returned".
func (sc *scanner) sentBack(k int, w string) bool {
	switch w {
	case "sent", "send", "sends", "sending", "returned", "forced", "shipped":
		return k+1 < len(sc.toks) && equalFold(sc.tokText(k+1), "back") ||
			w == "returned" && k > 0 && equalFold(sc.tokText(k-1), "forcibly")
	}
	return strings.HasPrefix(w, "repatriat") || strings.HasPrefix(w, "deport")
}

// packWords name one package of goods, the thing a pack size or a pack's
// contents describe.
var packWords = map[string]bool{"box": true, "pack": true, "packet": true, "bottle": true, "bag": true, "sack": true,
	"carton": true, "case": true, "crate": true, "can": true, "jar": true, "tin": true, "drum": true, "vial": true,
	"tube": true, "strip": true, "pouch": true, "sachet": true, "bundle": true, "roll": true, "barrel": true}

// allowancePer reports a count per person that a rule allows or a ration
// gives: "customs lets through two phones per person", "households were
// allotted 3 kg of maize a family". A load one person carries ("couriers
// took 15 kg a head") is goods moved and stays.
func (sc *scanner) allowancePer(qi, end int) bool {
	if end+1 >= len(sc.toks) || sc.kwAt(end) != kwPer && sc.kwAt(end) != kwA {
		return false
	}
	switch strings.ToLower(sc.tokText(end + 1)) {
	case "person", "head", "passenger", "traveller", "traveler", "visitor", "household", "family", "capita":
	default:
		return false
	}
	for k, n := qi-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if sc.toks[k].kind == tSym && !sc.isSym(k, ",") || sc.toks[k+1].nl {
			break
		}
		w := strings.ToLower(sc.tokText(k))
		if hasAnyPrefix(w, []string{"allow", "permit", "limit", "ration", "quota", "entitle", "allot", "allocat"}) ||
			w == "let" || w == "lets" || w == "may" || w == "can" || w == "cap" || w == "capped" {
			return true
		}
	}
	return false
}

// packContents reports a count that says what one package holds, not how
// much was traded: "a box of 24 capsules", "the one box of 10 pill",
// "라면 한 상자(24개)", "한 드럼(200리터)", "800 cases, each holding 50
// cartons", "each weighing 40 kg".
func (sc *scanner) packContents(qi int) bool {
	if qi < 2 {
		return false
	}
	if sc.kwAt(qi-1) == kwOf && sc.toks[qi-2].kind == tWord && packWords[strings.ToLower(sc.tokText(qi-2))] {
		switch strings.ToLower(sc.tokText(qi - 3)) {
		case "a", "an", "one", "each", "per", "every":
			return true
		}
	}
	if sc.isSym(qi-1, "(") && qi >= 3 && sc.toks[qi-2].kind == tHangul && sc.tokText(qi-3) == "한" {
		return true
	}
	if sc.isSym(qi-1, "(") && sc.toks[qi-2].kind == tWord && packWords[strings.ToLower(sc.tokText(qi-2))] {
		switch strings.ToLower(sc.tokText(qi - 3)) {
		case "a", "an", "one", "each", "per", "every":
			return true // "a box (24 packs)"
		}
	}
	// ", each holding 50 cartons", ", each weighing about 40 kg"
	k := qi - 1
	if k > 0 && sc.toks[k].kind == tWord && sc.cls(k)&cQual != 0 {
		k-- // the qualifier the scan has passed
	}
	if sc.toks[k].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(k)) {
	case "holding", "containing", "weighing", "packed", "carrying", "with":
		k--
	default:
		return false
	}
	if k < 1 || !strings.EqualFold(sc.tokText(k), "each") || !sc.isSym(k-1, ",") {
		return false
	}
	// "800 cases, each holding 50 cartons" sizes a package; "18 wagons a
	// day, each holding about 60 tonnes" and "the boats sail twice a week,
	// each carrying 6 to 8 tonnes" give each vehicle's load. "each" is the
	// count counted last in the sentence, else the noun before the comma.
	if n := len(sc.quantities); n > 0 {
		last := sc.quantities[n-1]
		if e := last.Mentions[0].End; e <= int(sc.toks[k-1].start) && !strings.ContainsAny(sc.text[e:sc.toks[k-1].start], ".!?\n") {
			t := last.Mentions[0].Text
			return packWord(last.Unit) || packWord(t[strings.LastIndexByte(t, ' ')+1:]) // "master cases" counted as units
		}
	}
	return k >= 2 && sc.toks[k-2].kind == tWord && packWord(sc.tokText(k-2))
}

// packWord reports a package noun, singular or plural: "box", "crates".
func packWord(w string) bool {
	w = strings.ToLower(w)
	if packWords[w] {
		return true
	}
	if s, ok := strings.CutSuffix(w, "es"); ok && packWords[s] {
		return true
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && packWords[s]
}

// ofPackage reports "sacks of" or "a packet of" just before token qi: a
// measure after it sizes one package.
func (sc *scanner) ofPackage(qi int) bool {
	// Step back over the start of a range or a qualifier that the scan
	// has passed: "sacks of roughly 30 kg", "packets of 20 to 30 grams".
	for n := 0; n < 4 && qi > 2 && sc.kwAt(qi-1) != kwOf; n++ {
		k := qi - 1
		if sc.toks[k].kind != tNum && sc.cls(k)&cQual == 0 && sc.kwAt(k) != kwTo && !sc.isSym(k, "-", "–") {
			return false
		}
		qi = k
	}
	if qi < 2 || sc.kwAt(qi-1) != kwOf || sc.toks[qi-2].kind != tWord {
		return false
	}
	w := strings.ToLower(sc.tokText(qi - 2))
	if packWords[w] {
		return true
	}
	if b, ok := strings.CutSuffix(w, "es"); ok && packWords[b] {
		return true // "boxes", "pouches"
	}
	b, ok := strings.CutSuffix(w, "s")
	return ok && packWords[b]
}

// capacityClaim reports a count after "can produce", "could make" or "able
// to manufacture": what a plant is able to turn out, not goods that moved.
func (sc *scanner) capacityClaim(qi int) bool {
	if qi < 2 || sc.toks[qi-1].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(qi - 1)) {
	case "produce", "make", "manufacture", "process", "build", "assemble":
	default:
		return false
	}
	switch strings.ToLower(sc.tokText(qi - 2)) {
	case "can", "could", "to":
		return true
	}
	return false
}

// outputWords mark national or yearly totals (production, harvests,
// demand, reserves) rather than goods that move.
var outputWords = []string{"production", "output", "harvest", "demand", "consumption", "capacity", "reserves",
	"deposits", "yield", "needs", "requirement", "생산량", "수요", "수확량", "소비량", "매장량", "필요량"}

// outputByFirst indexes outputWords by their first byte.
var outputByFirst = indexByFirst(outputWords)

// outputStatistic reports a count whose clause, before it, speaks of
// production, harvests, demand or reserves.
func (sc *scanner) outputStatistic(qi, end int) bool {
	for k, n := qi-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		t := sc.toks[k]
		if sc.toks[k+1].nl || sc.stopAt(k) {
			break
		}
		if t.kind != tWord && t.kind != tHangul {
			continue
		}
		w := sc.tokText(k)
		c := w[0]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, o := range outputByFirst[c] { // only the words that can match w's first byte
			if hasPrefixFold(w, o) {
				return true
			}
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// planBeatStems start the verbs that meet a plan, and planNouns the plans:
// "beating its annual target", "overfulfilled the quota".
var (
	planBeatStems = []string{"beat", "exceed", "surpass", "fulfil", "overfulfil", "topp"}
	planNouns     = map[string]bool{"target": true, "targets": true, "quota": true, "quotas": true, "plan": true, "plans": true}
	planTrade     = []string{"export", "import", "sold", "sell", "smuggl", "shipped", "shipping", "deliver", "bought", "buy"}
)

// planMet reports a count whose sentence, after it, sets it against a plan
// it meets, with no trade word in the sentence: a fleet's catch or a mine's
// output "beating its annual target" is production, not goods that move
// ("exported 3,000 tonnes, beating the export plan" still counts).
func (sc *scanner) planMet(qi, end int) bool {
	beat := -1
	for k, n := end, 0; k < len(sc.toks) && n < 30; k, n = k+1, n+1 {
		if sc.toks[k].nl || sc.isSym(k, ".", "!", "?", ";") {
			break
		}
		if sc.toks[k].kind != tWord {
			continue
		}
		w := strings.ToLower(sc.tokText(k))
		if beat < 0 && hasAnyPrefix(w, planBeatStems) {
			beat = k
			continue
		}
		if beat >= 0 && k-beat <= 4 && planNouns[w] {
			return !sc.sentenceTrades(qi, k)
		}
	}
	return false
}

// sentenceTrades reports a trade word in the sentence around tokens lo..hi.
func (sc *scanner) sentenceTrades(lo, hi int) bool {
	for k := lo - 1; k >= 0 && !sc.toks[k+1].nl && !sc.isSym(k, ".", "!", "?", ";"); k-- {
		if sc.toks[k].kind == tWord && hasAnyPrefix(strings.ToLower(sc.tokText(k)), planTrade) {
			return true
		}
	}
	for k := lo; k <= hi && k < len(sc.toks); k++ {
		if sc.toks[k].kind == tWord && hasAnyPrefix(strings.ToLower(sc.tokText(k)), planTrade) {
			return true
		}
	}
	return false
}
