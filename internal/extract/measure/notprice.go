package measure

import (
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// Amounts of money that are not prices: a change ("rose by 300 won",
// "500원 올랐다"), the report's own conversion written without parentheses
// ("18,000 won, or about $4"), and sums that are not paid for goods or
// services (GDP, stolen funds, rewards, budgets, damage).

// isChangeVerb reports whether token k is a verb or adverb of change
// ("rose", "fell", "up", "down") after which an amount is a difference.
func (sc *scanner) isChangeVerb(k int) bool {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(k)) {
	case "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
		"climbed", "climb", "climbs", "jumped", "jump", "jumps", "dropped", "drop", "drops", "slipped",
		"increased", "increase", "increases", "decreased", "decrease", "decreases", "surged", "soared",
		"gained", "gains", "lost", "declined", "decline", "declines", "plunged", "plummeted", "tumbled",
		"slumped", "spiked", "up", "down", "higher", "lower", "cheaper", "dearer", "lowered", "raised":
		return true
	}
	return false
}

// isDelta reports whether the price over tokens [i, end) states a change
// of price rather than a price: "rose by 2,000 won", "a rise of 500 won",
// "up 500 won from last week", "rose 1,000 won to 7,000 won", "500 won
// more than", "지난달보다 500원 올랐다", "1천원 가량 상승했다".
func (sc *scanner) isDelta(i, end int, p model.Price) bool {
	b := i - 1
	// "made up $31 million", "puts down 1.6 million won": a particle, not a change
	change := sc.isChangeVerb(b) && !((equalFold(sc.tokText(b), "up") || equalFold(sc.tokText(b), "down")) && sc.particleVerb(b-1))
	switch {
	case b >= 1 && sc.kwAt(b) == kwBy && (sc.isChangeVerb(b-1) || sc.toks[b-1].kind == tWord && strings.HasSuffix(sc.tokText(b-1), "ly") && sc.isChangeVerb(b-2)):
		return true
	case sc.kwAt(b) == kwOf && b >= 2 && (sc.kwAt(b-2) == kwA || sc.kwAt(b-2) == kwAn) && sc.isChangeVerb(b-1):
		return true // "a rise of 500 won"
	case change && (sc.kwAt(end) == kwTo || sc.kwAt(end) == kwFrom || sc.kwAt(end) == kwOn || sc.kwAt(end) == kwIn || end < len(sc.toks) && strings.EqualFold(sc.tokText(end), "over")):
		return true // "rose 1,000 won to 7,000 won", "up 500 won from last week"
	case change && (strings.EqualFold(sc.tokText(b), "up") || strings.EqualFold(sc.tokText(b), "down")):
		return true // "prices are up 500 won"
	case change && (end >= len(sc.toks) || sc.toks[end].nl || sc.isSym(end, ".", ",", ";", "!", "?")):
		return true // "flour is 6,500 won, lowered about 1,000 won.": the sentence ends on the change
	}
	if end < len(sc.toks) && sc.toks[end].kind == tWord {
		w := strings.ToLower(sc.tokText(end))
		switch w {
		case "note", "notes", "bill", "bills", "banknote", "banknotes", "denomination", "denominations":
			return true // "5,000 won notes": a banknote, not a price
		case "increase", "increases", "rise", "rises", "hike", "hikes", "jump", "drop", "drops", "cut", "cuts", "gain", "gains",
			"difference", "gap", "margin", "markup", "premium", "discount", "profit", "profits", "cheaper", "dearer":
			return true // "a 1,000-won increase", "a 300 yuan margin", "500 won cheaper"
		}
		if (w == "more" || w == "less" || w == "higher" || w == "lower") && (sc.kwAt(end+1) == kwThan || end+1 < len(sc.toks) &&
			(equalFold(sc.tokText(end+1), "expensive") || equalFold(sc.tokText(end+1), "costly"))) {
			return true // "500 won more than", "300 won a kilo more expensive"
		}
		k := end + 1
		if w == "out" && sc.kwAt(k) == kwOf {
			k++
		}
		if (w == "in" || w == "of" || k == end+2) && k+1 < len(sc.toks) &&
			(equalFold(sc.tokText(k), "every") || equalFold(sc.tokText(k), "each")) && sc.mayStartAmount(k+1) {
			return true // "six dollars in every ten", "$3 out of every 10": a share, not a price
		}
		if (w == "more" || w == "less" || w == "extra") && !(end+2 < len(sc.toks) &&
			(sc.kwAt(end+1) == kwOr || sc.kwAt(end+1) == kwFor || sc.kwAt(end+1) == kwTo)) {
			// "sells for about 20 dollars more", "costs 300 won less": the
			// gap to another price; not "500 yuan, more or less", nor "pay
			// 400 yuan more for a battery", the price of an extra
			return true
		}
	}
	// "한 대에 20달러씩 더 얹어 판다", "500원 더 비싸다": 더 (more) before a
	// verb of markup or comparison makes the amount a gap to another price;
	// not "400위안을 더 내야 한다", the price of an extra.
	for k := end; k < end+2 && k+1 < len(sc.toks) && sc.toks[k].kind == tHangul; k++ {
		w := sc.tokText(k)
		if w == "더" {
			return sc.toks[k+1].kind == tHangul && hasAnyPrefix(sc.tokText(k+1), []string{"얹", "붙", "비싸", "비싼", "높", "올려", "올린", "남"})
		}
		if w != "씩" && w != "정도씩" && w != "가량씩" && w != "쯤씩" && w != "정도" && w != "가량" {
			break
		}
	}
	// Korean: the verb follows the bare amount ("500원 올랐다"); a particle
	// on the amount ("2만원까지", "7천원으로") makes it the new price.
	if len(p.Mentions) == 0 || end >= len(sc.toks) {
		return false
	}
	if sc.isSym(end, ",") && end+2 < len(sc.toks) && sc.toks[end+1].kind == tHangul && sc.toks[end-1].kind == tHangul &&
		p.Mentions[0].End >= int(sc.toks[end-1].end) {
		// "쌀은 500원, 옥수수는 200원가량 오른 것이다": the list shares the verb;
		// not "3만 2천원으로, 러시아산이 6천원가량 싸다", where 으로 ends the price.
		if k := end + 2; sc.mayStartAmount(k) {
			if q, e, ok := sc.priceAt(k); ok && q.Currency == p.Currency {
				return sc.isDelta(k, e, q)
			}
		}
		return false
	}
	if sc.toks[end].kind != tHangul {
		return false
	}
	if q, _ := sc.koreanQualAfter(end); q != "" && end+1 < len(sc.toks) && sc.toks[end+1].kind == tHangul && len(sc.tokText(end)) <= len("가까이") {
		end++ // "100위안 가까이 올랐다", "1천원 이상 올랐다": a qualifier, then the verb
	}
	last := sc.toks[end-1]
	if last.kind == tHangul && p.Mentions[0].End < int(last.end) {
		// "200원가량 오른", "500원이나 올랐다"; not "2만원까지", "7천원으로"
		rest := sc.text[p.Mentions[0].End:last.end]
		switch rest {
		case "가량", "정도", "쯤", "씩", "이나", "남짓", "안팎":
		default:
			return false
		}
	}
	return koreanChange(sc.tokText(end))
}

// particleVerb reports a verb at token k that takes "up" or "down" as its
// particle: "made up", "puts down", "paid up", "handed down".
func (sc *scanner) particleVerb(k int) bool {
	if k < 0 || sc.toks[k].kind != tWord || sc.isChangeVerb(k) || sc.isMotionVerb(k) {
		return false
	}
	w := strings.ToLower(sc.tokText(k))
	switch w {
	case "made", "make", "makes", "making", "put", "puts", "putting", "set", "sets", "pay", "pays", "paid", "paying",
		"bring", "brings", "brought", "lay", "lays", "laid", "take", "takes", "took", "broke", "run", "runs", "ran", "shut", "end", "ends":
		return true
	}
	return strings.HasSuffix(w, "ed") && sc.cls(k)&cPriceVerb == 0
}

// hypothetical reports a price at token i that a clause only supposes:
// "a cargo of that size would sell for roughly $400,000", "could fetch
// $2 million". Habitual "pay" ("smugglers would pay 500 yuan") is kept.
func (sc *scanner) hypothetical(i int) bool {
	k := i - 1
	if sc.kwAt(k) == kwFor || sc.kwAt(k) == kwAt {
		k--
	}
	if k < 1 || sc.toks[k].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(k)) {
	case "sell", "fetch", "cost", "bring", "go":
	default:
		return false
	}
	m := sc.tokText(k - 1)
	if equalFold(m, "could") && sc.unitSubject(k-1) {
		return false // "A carton bought for $28 in Singapore could fetch $110 in Pyongyang": what one unit can fetch
	}
	return equalFold(m, "would") || equalFold(m, "could") || equalFold(m, "might")
}

// unitSubject reports a sentence, up to token k, that opens with one unit
// of goods ("A carton of cigarettes", "One kilo of pollock", "Each
// bottle"): a price such a subject "could fetch" is what a unit sells for,
// not a supposed total.
func (sc *scanner) unitSubject(k int) bool {
	s := k
	for n := 0; s > 0 && n < 30 && !sc.toks[s].nl && !sc.stopAt(s-1); s, n = s-1, n+1 {
	}
	if s+1 >= k || sc.toks[s].kind != tWord || sc.toks[s+1].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(s)) {
	case "a", "an", "one", "each", "every":
	default:
		return false
	}
	w := strings.ToLower(sc.tokText(s + 1))
	switch w {
	case "kilo", "kilogram", "kg", "tonne", "ton", "litre", "liter", "gram", "unit", "piece", "head", "sack", "pair":
		return true
	}
	return packWords[w]
}

// koreanChange reports a Korean verb of price change at the start of s.
func koreanChange(s string) bool {
	return hasAnyPrefix(s, []string{"올라", "올랐", "오른", "오르", "상승", "하락", "내렸", "내린", "내려", "떨어",
		"뛰었", "뛴", "급등", "급락", "폭등", "폭락", "인상", "인하", "비싸", "비싼", "싸졌", "싸게", "싼", "싸다", "싸고", "싸서", "싸지", "저렴", "증가", "감소", "늘었", "줄었"})
}

// notTradeWords mark sums that are not paid for goods or services: the
// size of an economy, stolen or frozen funds, rewards, budgets, damage.
var notTradeWords = []string{"gdp", "economy", "economic", "stole", "stolen", "steal", "theft", "heist", "hack",
	"crypto", "reward", "bounty", "budget", "damage", "frozen", "froze", "freeze", "defence", "defense", "military",
	"국내총생산", "해킹", "탈취", "훔친", "훔쳐", "포상금", "현상금", "예산", "피해", "국방비", "동결"}

// notTradeMoney reports whether the price at token i is, by the words
// near it in its sentence, a sum that is not a price: "North Korea's GDP
// was $18 billion", "hackers stole $600 million", "a reward of $5 million".
func (sc *scanner) notTradeMoney(i, end int) bool {
	if sc.aidMoney(i, end) {
		return true
	}
	for k, n := i-1, 0; k >= 0 && n < 14; k, n = k-1, n+1 {
		if sc.stopAt(k) || sc.toks[k+1].nl {
			break
		}
		if kind := sc.toks[k].kind; kind != tWord && kind != tHangul {
			continue // neither a joint nor a not-trade word
		}
		if sc.clauseJoint(k) {
			break
		}
		if sc.isNotTradeWord(k) {
			return true
		}
	}
	for k, n := end, 0; k < len(sc.toks) && n < 3; k, n = k+1, n+1 {
		if sc.toks[k].nl || sc.toks[k].kind == tSym {
			break
		}
		if sc.isNotTradeWord(k) || sc.toks[k].kind == tHangul && strings.HasPrefix(sc.tokText(k), "차익") {
			return true // "1kg에 7만 원이 넘는 차익": a margin, not a price
		}
	}
	return false
}

// aidMoney reports a sum of aid or of an appeal, which no one pays for
// goods: "billions of dollars on aid", "$10 million in food aid", "the UN
// appealed for $107 million". Aid goods that are sold are priced apart
// ("aid rice sells for 7,000 won"), so only the words touching the sum
// count.
func (sc *scanner) aidMoney(i, end int) bool {
	k := end
	if k < len(sc.toks) && (sc.kwAt(k) == kwIn || sc.kwAt(k) == kwOn || sc.kwAt(k) == kwOf || equalFold(sc.tokText(k), "worth")) {
		k++
		if sc.kwAt(k) == kwOf {
			k++ // "worth of aid"
		}
		for n := 0; n < 2 && k < len(sc.toks) && sc.toks[k].kind == tWord && !sc.toks[k].nl; n++ {
			switch w := sc.tokText(k); {
			case equalFold(w, "aid"), equalFold(w, "assistance"), equalFold(w, "relief"), equalFold(w, "donations"):
				return true
			case equalFold(w, "humanitarian"), equalFold(w, "food"), equalFold(w, "emergency"), equalFold(w, "foreign"), equalFold(w, "development"):
				k++
				continue
			}
			break
		}
	}
	// "appealed for $107 million", "appeals for some 5 billion won"
	b := i - 1
	return b >= 1 && sc.kwAt(b) == kwFor && sc.toks[b-1].kind == tWord && hasPrefixFold(sc.tokText(b-1), "appeal")
}

// clauseJoint reports a conjunction at token k that opens a clause of its
// own: what stands before it says nothing about a sum after it ("stole
// $1.5 billion, but coal sold for $90", "stealing cotton, because a kilo
// sells at 35,000 won").
func (sc *scanner) clauseJoint(k int) bool {
	if sc.toks[k].kind != tWord {
		return false
	}
	switch w := sc.tokText(k); len(w) { // by length first: this runs at every word before a price
	case len("but"):
		return equalFold(w, "but")
	case len("while"):
		return equalFold(w, "while")
	case len("though"):
		return equalFold(w, "though")
	case len("because"):
		return equalFold(w, "because") || equalFold(w, "whereas")
	case len("although"):
		return equalFold(w, "although")
	case len("meanwhile"):
		return equalFold(w, "meanwhile")
	}
	return false
}

// bodyHeads are the nouns that make a run of capitalised words the name of
// a body: "Ministry of External Economic Relations", "Military Security
// Command", "Korea Economic Institute".
var bodyHeads = []string{"ministry", "commission", "committee", "department", "bureau", "council", "institute",
	"association", "corporation", "bank", "zone", "office", "command", "agency", "administration", "relations",
	"university", "academy", "federation", "company", "bureaus", "ministries"}

// isBodyHead reports a body noun at token j, in any case, without a
// lower-cased copy.
func (sc *scanner) isBodyHead(j int) bool {
	w := sc.tokText(j)
	for _, h := range bodyHeads {
		if equalFold(w, h) {
			return true
		}
	}
	return false
}

// inBodyName reports a capitalised word at token k inside the name of a
// body, where a not-trade word ("Economic", "Military", "Defence") says
// nothing of the sum: "the Ministry of External Economic Relations, which
// charges 4 US dollars a tonne". The name is the run of capitalised words
// around k, joined by "of", "and" or "for"; one of them must be a body
// noun. It runs only at a not-trade word, so it costs nothing per price.
func (sc *scanner) inBodyName(k int) bool {
	if !sc.toks[k].upper || sc.toks[k].kind != tWord {
		return false
	}
	inName := func(j int) (name, joint bool) {
		if j < 0 || j >= len(sc.toks) || sc.toks[j].kind != tWord {
			return false, false
		}
		if sc.toks[j].upper {
			return true, false
		}
		w := sc.tokText(j)
		return false, equalFold(w, "of") || equalFold(w, "and") || equalFold(w, "for")
	}
	found := false
	for _, step := range [2]int{-1, 1} {
		for j, n := k+step, 0; n < 8; j, n = j+step, n+1 {
			if step < 0 && sc.toks[j+1].nl || step > 0 && j < len(sc.toks) && sc.toks[j].nl {
				break
			}
			name, joint := inName(j)
			if joint {
				continue
			}
			if !name {
				break
			}
			if sc.isBodyHead(j) {
				found = true
			}
		}
	}
	return found
}

// isNotTradeWord reports a not-trade word at token k, outside the name of
// a body (see inBodyName).
func (sc *scanner) isNotTradeWord(k int) bool {
	t := sc.toks[k]
	if t.kind != tWord && t.kind != tHangul {
		return false
	}
	s := sc.tokText(k)
	if t.kind == tWord {
		if len(s) > 12 {
			return false
		}
		if len(s) > 0 && s[0] < 0x80 {
			c := s[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			ws := notTradeByFirst[c]
			if len(ws) == 0 {
				return false // most words: no not-trade word starts so, known before lower-casing
			}
			if isASCII(s) {
				// An ASCII word is compared as it stands, its capitals
				// folded, without a lower-cased copy.
				for _, w := range ws {
					if hasPrefixFold(s, w) {
						return (!isFreezeWord(w) || sc.frozenFunds(k, s)) && !sc.inBodyName(k)
					}
				}
				return false
			}
		}
		s = strings.ToLower(s)
	}
	if s == "" {
		return false
	}
	for _, w := range notTradeByFirst[s[0]] {
		if strings.HasPrefix(s, w) {
			return (!isFreezeWord(w) || sc.frozenFunds(k, s)) && !sc.inBodyName(k)
		}
	}
	return false
}

// isFreezeWord reports a not-trade word of freezing ("froze", "frozen",
// "freeze"), which speaks of money only with funds near it.
func isFreezeWord(w string) bool { return w[0] == 'f' && w[1] == 'r' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// frozenFunds reports whether a word of freezing at token k, s as written
// or lower-cased, speaks of money: "froze $5 million", "assets were
// frozen", "froze North Korean accounts", not "frozen pork" or "a freezer
// drawer".
func (sc *scanner) frozenFunds(k int, s string) bool {
	if sc.toks[k].kind == tHangul {
		return true // 동결
	}
	if hasPrefixFold(s, "freezer") {
		return false
	}
	for j := k - 3; j <= k+3; j++ {
		if j < 0 || j >= len(sc.toks) || j == k || sc.toks[j].kind != tWord {
			continue
		}
		switch strings.ToLower(sc.tokText(j)) {
		case "assets", "asset", "funds", "fund", "accounts", "account", "money", "cash", "deposits", "holdings", "bank", "wallets":
			return true
		}
	}
	// "frozen pork", "freezing weather": an adjective of goods or weather
	return !(k+1 < len(sc.toks) && sc.toks[k+1].kind == tWord && sc.cls(k+1)&(cStop|cPrep) == 0)
}

// notTradeByFirst indexes notTradeWords by their first byte, so that most
// words are ruled out without a comparison.
var notTradeByFirst = indexByFirst(notTradeWords)

// indexByFirst lists words by their first byte.
func indexByFirst(words []string) *[256][]string {
	var t [256][]string
	for _, w := range words {
		t[w[0]] = append(t[w[0]], w)
	}
	return &t
}

// conversionAfter reads the report's own conversion of price p into
// dollars written after it without parentheses: "18,000 won, or about
// $4,", "18,000 won — roughly 4 USD —", "which is about $0.40". It
// returns the end of the conversion.
func (sc *scanner) conversionAfter(p *model.Price, end int) (int, bool) {
	if end >= len(sc.toks) {
		return end, false
	}
	k, cue := end, false
	for n := 0; n < 5 && k < len(sc.toks); n++ {
		t := sc.toks[k]
		if t.nl {
			return end, false
		}
		switch {
		case sc.isSym(k, ","):
		case sc.isSym(k, "—", "–") || sc.isSym(k, "-") && !t.glued:
			cue = true
		case n == 0 && (t.kw == kwIn || t.kw == kwAt) && k+1 < len(sc.toks) && sc.toks[k+1].kind == tWord && sc.toks[k+1].upper:
			// "6,000 won in Hyesan, about 75 US cents": the place of the price
			for k++; k+1 < len(sc.toks) && sc.toks[k+1].kind == tWord && sc.toks[k+1].upper; k++ {
			}
		case t.kind == tWord:
			switch strings.ToLower(sc.tokText(k)) {
			case "or", "which", "that", "equivalent", "equal", "roughly", "some", "about", "around", "approximately", "nearly", "almost", "i", "e":
				cue = true
			case "is", "was", "are", "were", "to", "of", "worth", "the":
			default:
				if !sc.mayStartAmount(k) {
					return end, false
				}
				goto price
			}
		case sc.isSym(k, "."):
		default:
			goto price
		}
		k++
	}
price:
	if k >= len(sc.toks) || !sc.mayStartAmount(k) {
		return end, false
	}
	q, e, ok := sc.priceAt(k)
	if !ok || q.Currency == p.Currency || q.AmountMax != nil || !cue && q.Qualifier == "" || sc.marked(k, e) {
		return end, false
	}
	if q.Currency != "USD" {
		// "26,000 dollars, or roughly 2.6 million roubles": the same
		// price in another currency, kept only as a mention.
		if !cue || p.AmountMax != nil {
			return end, false
		}
		p.Mentions = append(p.Mentions, q.Mentions[0])
		return e, true
	}
	if p.USD == nil || p.USD.Source != "text" {
		p.USD = &model.USDValue{Amount: q.Amount, Rate: sig(q.Amount / p.Amount), RateDate: sc.dateString(), Source: "text"}
	}
	p.Mentions = append(p.Mentions, q.Mentions[0])
	return e, true
}

// equivalence reads a second price that the price ending at token end is
// said to equal: "35 yuan is about 19,000 won". Such a sentence converts
// money for the reader; neither figure is a price of goods. It returns the
// end of the second price.
func (sc *scanner) equivalence(p model.Price, end int) (int, bool) {
	if end+1 >= len(sc.toks) || sc.toks[end].kind != tWord {
		return end, false
	}
	switch strings.ToLower(sc.tokText(end)) {
	case "is", "equals", "equal", "means", "makes":
	default:
		return end, false
	}
	k := end + 1
	if !sc.mayStartAmount(k) {
		return end, false
	}
	q, e, ok := sc.priceAt(k)
	if !ok || q.Currency == p.Currency || p.Unit != "" || q.Unit != "" || sc.marked(k, e) {
		return end, false // "40 yuan is 22,000 won a kilo" is a price
	}
	if e < len(sc.toks) && !sc.toks[e].nl && !sc.isSym(e, ".", ",", ";", ")", "!") {
		return end, false
	}
	return e, true
}

// convertedInto reports a Korean price in a clause that restates money in
// another currency: "북한 돈으로 치면 … 110만 원이 넘는 셈이다".
func (sc *scanner) convertedInto(i int) bool {
	for k, n := i-1, 0; k > 0 && n < 8; k, n = k-1, n+1 {
		if sc.isSym(k, ".", "!", "?") || sc.toks[k+1].nl {
			return false
		}
		if sc.toks[k].kind != tHangul || sc.toks[k-1].kind != tHangul {
			continue
		}
		if hasAnyPrefix(sc.tokText(k), []string{"치면", "환산하면", "따지면", "계산하면"}) && strings.HasSuffix(sc.tokText(k-1), "로") {
			return true
		}
	}
	return false
}

// derivedSum reports an English price in a clause that works a figure out
// from a price or rate stated before it in the sentence: "The dollar was
// at 29,500 won, meaning the pork costs a little over one dollar a
// kilogram." The report converts for the reader; it quotes no new price.
//
// A sum that a clause reckons ("which at the market rate comes to about 7
// yuan", "전기자전거 한 대가 300만원을 넘는 셈이다") is derived the same way
// when an exchange rate or a price in another currency stands before it in
// the sentence; "exports came to $2 billion while imports came to $292
// million" reckons nothing.
func (sc *scanner) derivedSum(i, end int, cur string) bool {
	opener := sc.toks[end-1].kind == tHangul && sc.reckonedAfter(end)
	reckoned := opener // the price before must be another currency or a rate
	for k, n := i-1, 0; k >= 0 && n < 30; k, n = k-1, n+1 {
		if sc.stopAt(k) || sc.toks[k+1].nl {
			return false
		}
		if !opener {
			if n >= 12 { // the opener is near the price or not there
				return false
			}
			if sc.toks[k].kind != tWord {
				continue
			}
			if t := sc.tokText(k); len(t) >= 5 && t[0]|0x20 == 'm' && (equalFold(t, "meaning") ||
				equalFold(t, "means") && k > 0 && equalFold(sc.tokText(k-1), "which")) {
				opener = true
			} else if n < 4 && k > 0 && sc.toks[k].kw == kwTo && sc.reckonVerb(k) {
				opener, reckoned = true, true
			}
			continue
		}
		if opener && sc.mark[k]&markPrice != 0 && (!reckoned || sc.conversionSource(k, cur)) {
			return true
		}
	}
	return false
}

// conversionSource reports a price read at token k that a sum in cur can
// be worked out from: an exchange rate, or a price in another currency
// ("paid 15,000 won a day, which … comes to about 7 yuan"), not a second
// sum in the same one ("exports came to 2.0 billion dollars, while
// imports came to 292 million dollars").
func (sc *scanner) conversionSource(k int, cur string) bool {
	at := sc.toks[k].start
	for x := len(sc.prices) - 1; x >= 0; x-- {
		p := &sc.prices[x]
		if m := p.Mentions[0]; int32(m.Start) <= at && at < int32(m.End) {
			return p.Item == "exchange rate" || p.Currency != cur
		}
	}
	return false
}

// reckonVerb reports "comes to" or "came to" ending at token k, a few
// words before a sum: the verb of a sum worked out, not quoted.
func (sc *scanner) reckonVerb(k int) bool {
	if sc.toks[k].kw != kwTo {
		return false
	}
	w := sc.tokText(k - 1)
	return equalFold(w, "comes") || equalFold(w, "came") || equalFold(w, "come") || equalFold(w, "coming")
}

// reckonedAfter reports a Korean clause that, after a sum ending at token
// end, says it "amounts to" (셈이다, 셈이 된다, 꼴이다): "한 대가 300만원을
// 훌쩍 넘는 셈이다".
func (sc *scanner) reckonedAfter(end int) bool {
	for k, n := end, 0; k < len(sc.toks) && n < 4; k, n = k+1, n+1 {
		if sc.toks[k].nl || sc.toks[k].kind == tSym {
			return false
		}
		if sc.toks[k].kind == tHangul {
			if t := sc.tokText(k); strings.HasPrefix(t, "셈") || strings.HasPrefix(t, "꼴이") {
				return true
			}
		}
	}
	return false
}
