package measure

import (
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// scanAmounts walks the tokens once, reading a price where a currency is
// named and otherwise a quantity.
func (sc *scanner) scanAmounts() {
	toks := sc.toks // read once: the loop keeps it in registers, and nothing in it changes it
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; t.lead&leadAmount == 0 && (!t.upper || !sc.dollarAt(i+1)) {
			continue // most tokens: mayStartAmount is false, known without the call
		}
		if sc.mark[i] != 0 || !sc.mayStartAmount(i) {
			continue
		}
		if p, end, ok := sc.priceAt(i); ok && !sc.marked(i, end) && sc.plausibleNumber(i, end) {
			if r, e, ok := sc.rateAfter(p, end); ok {
				// "one yuan fetched 2,050 won": an exchange rate is a won
				// price per unit of the foreign currency.
				p, end = r, e
			} else if sc.isDelta(i, end, p) || sc.notTradeMoney(i, end) || sc.hypothetical(i) || sc.toks[end-1].kind == tHangul && sc.convertedInto(i) || sc.derivedSum(i, end, p.Currency) {
				sc.markSpan(i, end, markPrice)
				i = end - 1
				continue
			} else if e, ok := sc.equivalence(p, end); ok {
				sc.markSpan(i, e, markPrice)
				i = e - 1
				continue
			} else if e, ok := sc.conversionAfter(&p, end); ok {
				end = e
			}
			if (p.Currency == "KPW" || p.Currency == "KRW") && p.Unit == "" {
				// "8,100 won to the dollar", "The dollar traded at 8,150 won"
				if c, e := sc.rateUnitAfter(end); c != "" {
					p.Unit, p.Item, end = c, "exchange rate", e
				} else if c := sc.rateSubject(i); c != "" {
					p.Unit, p.Item = c, "exchange rate"
				}
			}
			sc.prices = append(sc.prices, p)
			sc.markSpan(i, end, markPrice)
			i = end - 1
			continue
		}
		if q, end, ok := sc.quantityAt(i); ok {
			sc.quantities = append(sc.quantities, q)
			sc.markSpan(i, end, markQty)
			i = end - 1
		} else if p, end, ok := sc.bareRate(i); ok {
			sc.prices = append(sc.prices, p)
			sc.markSpan(i, end, markPrice)
			i = end - 1
		} else if p, end, ok := sc.elidedPrice(i); ok {
			sc.prices = append(sc.prices, p)
			sc.markSpan(i, end, markPrice)
			i = end - 1
		} else if q, end, ok := sc.elidedQuantity(i); ok {
			sc.quantities = append(sc.quantities, q)
			sc.markSpan(i, end, markQty)
			i = end - 1
		} else if e := sc.rangeEnd(i); e > i {
			i = e - 1 // "vessels of 2,000 to 3,000 tonnes": the range went as a whole
		}
	}
}

// rangeEnd is the end of a range of figures ("2,000 to 3,000", "10–15")
// that starts at token i, or i when none does. A range that is no
// quantity leaves no quantity in its second figure either.
func (sc *scanner) rangeEnd(i int) int {
	if sc.toks[i].kind != tNum || i+2 >= len(sc.toks) || !(sc.kwAt(i+1) == kwTo || sc.isSym(i+1, "-", "–", "—", "~")) || sc.toks[i+2].kind != tNum {
		return i
	}
	if n, ok := sc.number(i, false); ok && n.ranged && n.link > 0 && n.j > i+2 {
		return n.j
	}
	return i
}

// mayStartAmount is a cheap filter: qualifiers, currency symbols, digits,
// number words and Korean 수천 forms.
func (sc *scanner) mayStartAmount(i int) bool {
	t := sc.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tSym:
		switch sc.tokText(i) {
		case "$", "₩", "￦", "¥", "￥", "€", "₽", "£", "₱", "฿", "₫", "₹", "₮", "~":
			return true
		}
	case tWord:
		if t.kw == kwNone {
			return t.upper && i+1 < len(sc.toks) && sc.isSym(i+1, "$")
		}
		if sc.cls(i)&(cNumWord|cVague|cScale) != 0 || t.kw == kwTens {
			return true
		}
		if sc.cls(i)&cCurrency != 0 {
			return t.upper // "RMB 500", "USD 20"
		}
		switch t.kw {
		case kwA, kwAn:
			return sc.cls(i+1)&(cVague|cScale|cNumWord) != 0 || sc.kwAt(i+1) == kwEstimated || sc.singleVehicle(i) > i || sc.coupleOf(i) ||
				sc.cls(i+1)&cMeasure != 0 && sc.andAHalf(i+2)
		case kwHalf:
			return sc.kwAt(i+1) == kwA && (sc.isDozen(i+2) || sc.cls(i+2)&(cMeasure|cContainer) != 0)
		case kwMore, kwLess, kwFewer, kwAt, kwUp, kwAs, kwClose, kwNo, kwBetween:
		default:
			if sc.cls(i)&cQual == 0 {
				return t.upper && i+1 < len(sc.toks) && sc.isSym(i+1, "$")
			}
		}
		// A qualifier matters only if a figure follows closely.
		for k := i + 1; k < len(sc.toks) && k <= i+4; k++ {
			switch sc.toks[k].kind {
			case tNum, tSym, tHangul:
				return true
			}
			if sc.cls(k)&(cNumWord|cVague|cScale) != 0 || sc.kwAt(k) == kwTens {
				return true // "more than a hundred sacks" too
			}
		}
		return false
	case tHangul:
		s := sc.tokText(i)
		if lo, _ := koreanNativeRange(s); lo > 0 {
			return true
		}
		return s == "약" || s == "대략" || strings.HasPrefix(s, "수") || s == "여러" || s == "반" || koreanNative(s) > 0
	case tHan:
		return true
	}
	return false
}

// dollarAt is sc.isSym(i, "$") for the hot loop of scanAmounts.
func (sc *scanner) dollarAt(i int) bool {
	return i < len(sc.toks) && sc.toks[i].kind == tSym && sc.text[sc.toks[i].start] == '$'
}

// markSpan marks tokens i to j (exclusive) as read by the scan m.
func (sc *scanner) markSpan(i, j int, m uint8) {
	for k := i; k < j; k++ {
		sc.mark[k] |= m
	}
}

func (sc *scanner) marked(i, j int) bool {
	for k := i; k < j && k < len(sc.mark); k++ {
		if sc.mark[k] != 0 {
			return true
		}
	}
	return false
}

// plausibleNumber rejects digits that belong to something else: a name
// ("Room 39"), a negative sign, a model number ("A320").
func (sc *scanner) plausibleNumber(i, end int) bool {
	for k := i; k < end; k++ {
		if sc.toks[k].kind == tNum {
			return !sc.nameOrSign(k)
		}
	}
	return true
}

// nameOrSign reports whether the digits at token v are glued to a word
// ("A320"), signed ("-5"), numbered ("No. 5", "#3") or follow a capitalised
// word that names them ("Room 39", "Resolution 2397").
func (sc *scanner) nameOrSign(v int) bool {
	if v == 0 {
		return false
	}
	t, p := sc.toks[v], sc.toks[v-1]
	if t.glued && (p.kind == tWord || p.kind == tNum) {
		// "KPW17,000", "USD12m": a currency code glued to its amount
		return !(p.kind == tWord && isCurrencyCode(sc.tokText(v-1)))
	}
	if sc.isSym(v-1, "-", "−", "#", "№") && t.glued {
		return true // "-5", "MiG-29", "#3"
	}
	if sc.isSym(v-1, ".") && v >= 2 && sc.kwAt(v-2) == kwNo {
		return true
	}
	if sc.isSym(v-1, "^", "*", "/", "×", ".", "=", "+") && t.glued {
		return true // "10^100", "1/2"
	}
	// Names number with plain digits: "in Sinuiju 2,000 yuan" is a sum, and
	// so is a figure with a Korean counter or particle glued on ("USB
	// 300여 개", "USB 300개를").
	if p.kind == tWord && (p.upper || innerCapital(sc.tokText(v-1))) && sc.cls(v-1)&(cQual|cStop|cPrep|cMonth|cCurrency|cNumWord|cPriceVerb|cVerb) == 0 &&
		!(v+1 < len(sc.toks) && sc.cls(v+1)&cCurrency != 0 && sc.toks[v+1].kind == tWord) && // "pays Air Koryo 8 dollars"
		!strings.HasSuffix(sc.tokText(v-1), "'s") && !strings.Contains(sc.tokText(v), ",") &&
		!(v+1 < len(sc.toks) && sc.toks[v+1].kind == tHangul && sc.toks[v+1].glued) {
		return true
	}
	return false
}

// innerCapital reports a word with a capital after its first letter, as
// brand names have: "iPhone", "iPad", "eBay".
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// quantityAt reads "thousands of spy camera glasses", "30,000 tonnes of
// coal", "about 200 vehicles", "several more shipments", "석탄 3만t".
func (sc *scanner) quantityAt(i int) (model.Quantity, int, bool) {
	var q model.Quantity
	if e := sc.singleVehicle(i); e > i {
		// "packed into a single truck": one vehicle
		one := 1.0
		q.Text = sc.text[sc.toks[i].start:sc.toks[i+1].end]
		q.Min, q.Max, q.Unit = 1, &one, strings.ToLower(sc.tokText(e-1))
		if !strings.HasSuffix(q.Unit, "s") {
			q.Unit += "s"
		}
		q.Mentions = sc.one(sc.mention(i, e))
		return q, e, true
	}
	n, ok := sc.number(i, false)
	if !ok || n.j <= n.vi || sc.marked(n.vi, n.j) {
		return q, i, false
	}
	if n.words && n.min < 2 && n.min != 0.5 && (n.j >= len(sc.toks) || sc.cls(n.j)&cMeasure == 0) {
		return q, i, false // "one" is too often a pronoun, but not in "one tonne"; a half is read only before a unit
	}
	if n.qual == "" && n.qi > 0 && sc.toks[n.qi-1].kind == tHangul {
		switch sc.tokText(n.qi - 1) {
		case "최소", "최소한", "적어도":
			n.qual = "at least" // 최소 11척 "at least 11 ships": no top
		}
	}
	vt := sc.toks[n.vi]
	if vt.kind == tNum {
		if sc.nameOrSign(n.vi) || sc.kwAt(n.qi-1) == kwAged {
			return q, i, false
		}
		if n.vi+1 == n.j && sc.isYear(n.vi) && sc.cls(n.j)&(cMeasure|cContainer) == 0 {
			return q, i, false
		}
	}
	k := n.j
	moved := sc.timesMoved(n, k) // "delivered coal at least 155 times"
	if unit, ok := sc.compoundCount(n, k); ok {
		// "the 52-wagon train": the train is 52 wagons
		lo, hi, _ := n.bounds()
		q.Text = sc.text[sc.toks[n.qi].start:sc.toks[k+1].end]
		q.Min, q.Unit = round(lo), unit
		h := round(hi)
		q.Max = &h
		q.Mentions = sc.one(sc.mention(n.qi, k+2))
		return q, k + 2, true
	}
	if k < len(sc.toks) && !moved {
		nt := sc.toks[k]
		switch {
		case sc.isSym(k, "%", "％", "°", "/", "x", "×", "^", "*", "+"):
			return q, i, false
		case sc.isSym(k, ":", "-", ".") && nt.glued && k+1 < len(sc.toks) && sc.toks[k+1].glued:
			// "4:18", "30-year-old", "10-day", "1.5.2024"
			if sc.isSym(k, "-") && sc.cls(k+1)&(cMeasure|cContainer) != 0 {
				break
			}
			return q, i, false
		case nt.kind == tWord && nt.glued && (nt.kw == kwSt || nt.kw == kwNd || nt.kw == kwRd || nt.kw == kwTh || sc.tokText(k) == "s"):
			return q, i, false
		case nt.kind == tWord && nt.glued && (sc.tokText(k) == "x" || sc.tokText(k) == "X") && k+1 < len(sc.toks) && sc.toks[k+1].glued && sc.toks[k+1].kind == tNum:
			return q, i, false // "20x10", "4x4": a name or a product of figures
		case nt.kind == tWord && nt.glued && sc.cls(k)&(cMeasure|cContainer) == 0 && specUnit(sc.tokText(k)):
			return q, i, false // "3kW", "100Ah", "5G": a rating, not a count
		case nt.kind == tWord && ratingWord(sc.tokText(k)):
			return q, i, false // "a 5 kilowatt inverter", "a 48 volt battery"
		case sc.cls(k)&cNotQty != 0 && sc.cls(k)&(cMeasure|cContainer) == 0 && !sc.secondHand(k):
			return q, i, false
		case nt.kw == kwPer && sc.kwAt(k+1) == kwCent, nt.kw == kwPercent:
			return q, i, false
		case (nt.kw == kwA || sc.tokText(k) == "p") && sc.isSym(k+1, "."):
			return q, i, false // a.m., p.m.
		case nt.kind == tHangul && (strings.HasPrefix(sc.tokText(k), "년") || strings.HasPrefix(sc.tokText(k), "월") || strings.HasPrefix(sc.tokText(k), "일") || strings.HasPrefix(sc.tokText(k), "세") && !strings.HasPrefix(sc.tokText(k), "세트") || strings.HasPrefix(sc.tokText(k), "시") || strings.HasPrefix(sc.tokText(k), "퍼센트") || strings.HasPrefix(sc.tokText(k), "차") && sc.hangulUnitPrefix(k) == 0):
			return q, i, false
		}
	}
	// Korean qualifier 여 between the number and the unit ("3만여 t").
	if k < len(sc.toks) && sc.toks[k].kind == tHangul && sc.tokText(k) == "여" && n.qual == "" {
		n.qual = "over"
		k++
	}
	if sc.calibreAt(k) {
		k += 2 // "1,800 122 mm artillery rockets": the calibre sizes the goods counted
	}
	unit, item, end, cut := sc.unitAndItem(k, n.vague)
	if moved {
		unit, item, end, cut = "shipments", "", k+1, 0
	}
	if unit == "" && !n.vague && (sc.groupsOf(n.qi) || sc.employs(n.qi)) {
		unit, end = "units", n.j // "driven south in groups of 20 to 30", "now employs more than 800"
	}
	if unit == "" && !n.vague && n.min >= 2 && sc.atATime(n.qi, n.j) {
		unit, end = "units", n.j // "wholesalers buy ten or twenty at a time": a load
	}
	if unit == "" && !n.vague && sc.kwAt(n.j) == kwEach && sc.eachLoad(n.qi, n.j+1) {
		unit, end = "units", n.j+1 // "they carry phones home, usually five or six each"
	}
	if unit == "" {
		return q, i, false
	}
	if end < len(sc.toks) && sc.toks[end].kind == tHangul && sc.toks[end].glued && (sc.tokText(end) == "당" || sc.tokText(end) == "에") {
		return q, i, false // "1kg당": the unit of a price that follows
	}
	if sc.barterRate(end) {
		return q, i, false // "쌀 100㎏과 바꾼다": what one unit of something else buys
	}
	if end < len(sc.toks) && end > n.j && sc.toks[end-1].glued && sc.toks[end].kind == tNum && n.qi > 0 && sc.toks[n.qi-1].kind == tHangul {
		if _, _, ok := sc.priceAt(end); ok {
			return q, i, false // "옥수수 1kg 3,500원": likewise
		}
	}
	if !measureUnit(unit) && n.min != float64(int64(n.min)) && !(n.words && n.min == 0.5 && n.max == 0.5) {
		return q, i, false // "3.16 brands", "2.5 trucks": a count is whole
	}
	if n.words && n.min != float64(int64(n.min)) && (end < len(sc.toks) && sc.cls(end)&cPriceVerb != 0 && sc.sentenceHasPrice(n.qi, end) ||
		sc.toks[end-1].kind == tHangul && (strings.HasSuffix(sc.tokText(end-1), "에") || strings.HasSuffix(sc.tokText(end-1), "당"))) {
		return q, i, false // "half a kilo of pork costs 9,000 won", "반 포대에 5만 원": the size a price is for
	}
	if n.vague && n.qi > 0 && sc.toks[n.qi-1].kind == tWord && (strings.EqualFold(sc.tokText(n.qi-1), "among") || strings.EqualFold(sc.tokText(n.qi-1), "amid")) {
		return q, i, false // "disappears among thousands of fishing boats": the crowd it hides in
	}
	if !moved && sc.notTraded(n, unit, item, end) || sc.notParticipant(n, unit, item, end) || sc.koreanNotGoodsAfter(unit, end) ||
		sc.sizeForPrice(n, unit, end) || sc.notEvenKo(n, end) || sc.costBasisKo(n, unit, end) ||
		sc.yearBefore(n, unit) || sc.reportSource(n, unit, end) || sc.packSizeKo(end) || sc.visitedSites(unit, end) ||
		sc.cls(end-1)&cContainer != 0 && sc.packRatio(end) {
		return q, i, false
	}
	if item == "" && sc.toks[n.qi].kind != tWord {
		item = sc.hangulItem(n.qi - 1)
	}
	if e, hi, it, ok := sc.unitRangeTail(n, unit, end); ok && measureUnit(unit) {
		// "3 ton to 4 ton of clams": one range, not two amounts
		n.max, n.ranged, end, cut = hi, true, e, 0
		if item == "" {
			item = it
		}
	} else if e, hi, ok := sc.symbolCountRange(n, unit, end); ok {
		n.max, n.ranged, end, cut = hi, true, e, 0
	} else if e, hi, ok := sc.koreanCountRange(n, unit, end); ok {
		// "20개에서 30개 정도": from 20 to 30
		n.max, n.ranged, end, cut = hi, true, e, 0
	}
	if n.qual == "" {
		if kq, cb := sc.koreanQualAfter(end); kq != "" {
			n.qual, cut = kq, cb
			end++
		} else if sc.koreanSubjectParticle(end) {
			// "5kg이 넘는다": the particle, then the qualifier
			if kq, cb := sc.koreanQualAfter(end + 1); kq == "over" {
				n.qual, cut = kq, cb
				end += 2
			}
		}
	}
	lo, hi, open := n.bounds()
	if n.qual == "under" && !n.ranged && !measureUnit(unit) && hi >= 1 && hi == float64(int64(hi)) {
		hi-- // "fewer than 100 workers" is 0–99: a count under a figure stops below it
	}
	q.Text = sc.text[sc.toks[n.qi].start:sc.toks[n.j-1].end]
	q.Min = round(lo)
	if !open {
		h := round(hi)
		q.Max = &h
	}
	q.Unit, q.Item = unit, item
	if n.min == 0.5 && !measureUnit(unit) && !strings.HasSuffix(unit, "s") {
		q.Unit += "s" // "half a sack": counted in sacks
	}
	m := sc.mention(n.qi, end)
	if cut > m.Start && cut < m.End {
		m.End = cut
		m.Text = sc.text[m.Start:m.End]
	}
	q.Mentions = sc.one(m)
	return q, end, true
}

// infrastructureNouns are places a route passes that a count may name
// like goods: "via two ports", "blew up two roads".
var infrastructureNouns = []string{"ports", "harbours", "harbors", "airports", "roads", "highways", "bridges", "railways",
	"railroads", "checkpoints"}

// infrastructure reports a noun of infrastructureNouns at token k. It runs
// only on the words of a count, not on every word as a keyword would.
func (sc *scanner) infrastructure(k int) bool {
	if sc.toks[k].kind != tWord {
		return false
	}
	w := sc.tokText(k)
	if len(w) < 5 || w[len(w)-1] != 's' {
		return false
	}
	for _, x := range infrastructureNouns {
		if equalFold(w, x) {
			return true
		}
	}
	return false
}

// bareSingularCount reports a count above one of a singular noun that
// ends its phrase ("the 300 phone in the river", "the two smuggler was
// arrested"): machine translation from Korean, which has no plural and
// whose "the" refers back to nothing; "the two ships" does.
func (sc *scanner) bareSingularCount(n numExpr, end int) bool {
	if n.max < 2 || end != n.j+1 || end >= len(sc.toks) || sc.toks[n.j].kind != tWord || sc.toks[n.j].upper {
		return false
	}
	w := sc.tokText(n.j)
	if len(w) < 3 || w[len(w)-1] == 's' || irregularPlural(w) || sc.cls(n.j)&(cStop|cVerb|cPriceVerb|cNotGoods|cMeasure|cContainer|cNotQty) != 0 {
		return false
	}
	return sc.toks[end].kind == tWord && sc.cls(end)&(cStop|cVerb|cPriceVerb) != 0
}

// irregularPlural reports a plural without -s ("the three men", "the two
// police"), a word that may end a count that refers back.
func irregularPlural(w string) bool {
	for _, p := range irregularPlurals {
		if equalFold(w, p) {
			return true
		}
	}
	return false
}

var irregularPlurals = []string{"men", "women", "people", "children", "police", "cattle", "sheep", "fish", "deer", "crew",
	"staff", "personnel", "folk", "youth", "swine", "geese", "mice", "oxen", "chinese", "japanese", "vietnamese",
	"aircraft", "livestock", "poultry", "militia", "clergy", "offspring", "squid", "salmon", "pollock"}

// notTraded reports counts that the guidelines leave out although they
// have a unit: things that are never goods ("three countries"), victims
// ("60 people dead"), the sources of a report ("Two contractors … said"), a
// count that refers back ("the two ships"), the one kilogram a price is
// quoted for ("1 kg is 18 dollars"), and a lone adjective taken for a noun
// ("several Chinese and Russian …").
func (sc *scanner) notTraded(n numExpr, unit, item string, end int) bool {
	plain := unit == "units" || unit == "people"
	if plain && sc.kwAt(n.qi-1) == kwThe && n.qual == "" && !sc.bareSingularCount(n, end) {
		return true
	}
	for k := n.j; k < end; k++ {
		if c := sc.cls(k); c&cNotGoods != 0 && !sc.roundTrip(k) && !sc.roundsOfAmmunition(k) || plain && c&cCasualty != 0 {
			return true // "three countries", but "64 round trips" counts transfers
		}
		if plain && sc.infrastructure(k) {
			return true // "two Asian ports", "two roads": places a route passes, not goods
		}
	}
	if measureUnit(unit) && end+1 < len(sc.toks) && (sc.kwAt(end) == kwTo || sc.kwAt(end) == kwPer || sc.kwAt(end) == kwFor) {
		switch sc.tokText(end + 1) {
		case "any", "each", "every":
			return true // "no more than 10 kilograms to any one customer": a ration or a rate
		}
	}
	if n.min == 1 && n.max == 1 && n.qi >= 2 && (sc.kwAt(n.qi-1) == kwFor || sc.kwAt(n.qi-1) == kwPer) && sc.mark[n.qi-2]&markPrice != 0 {
		return true // "250 dollars for 1 cubic meter": the unit a price is quoted for
	}
	if plain && n.j < len(sc.toks) && sc.toks[n.j].upper && sc.toks[n.vi].kind == tNum && institution(sc.tokText(n.j)) {
		return true // "the 1718 Committee", "the 2·8 Vinalon Complex team": a name
	}
	if plain && item != "" && end-n.j == 1 && n.j < len(sc.toks) && sc.toks[n.j].kind == tWord {
		s := sc.tokText(n.j)
		if sc.cls(n.j)&cCurAdj != 0 || strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ing") || strings.HasSuffix(s, "ese") {
			return true
		}
	}
	// Look along the rest of the clause.
	clauseStart := n.qi == 0 || sc.toks[n.qi].nl || sc.toks[n.qi-1].kind == tSym && !sc.isSym(n.qi-1, ",")
	quoted := false
	for k, m := end, 0; k < len(sc.toks) && m < 10; k, m = k+1, m+1 {
		t := sc.toks[k]
		if t.nl || sc.isSym(k, ".", ";", "!", "?") {
			break
		}
		c := sc.cls(k)
		if plain && c&cCasualty != 0 && m < 4 {
			return true
		}
		if plain && clauseStart && !quoted && c&cSpeech != 0 {
			return true // "Two contractors … said", not "\"Ten trucks went,\" he said"
		}
		if sc.isSym(k, ",", "\"", "”", "“", "'", "’") {
			quoted = true
		}
		if n.min == 1 && n.max == 1 && !plain && m < 6 && sc.mayStartAmount(k) {
			if _, _, ok := sc.priceAt(k); ok {
				return true
			}
		}
		if sc.isSym(k, ",") && !plain {
			break
		}
	}
	return false
}

// groupsOf reports "groups of" or "convoys of" before token qi: the count
// after it is of the people or vehicles moving together.
func (sc *scanner) groupsOf(qi int) bool {
	if qi < 2 || sc.kwAt(qi-1) != kwOf {
		return false
	}
	switch sc.tokText(qi - 2) {
	case "groups", "convoys", "batches", "teams", "columns", "gangs":
		return true
	}
	return false
}

// employs reports a verb of employing before token qi: the count after it
// is of workers even when the noun is left out.
func (sc *scanner) employs(qi int) bool {
	if qi < 1 || sc.toks[qi-1].kind != tWord {
		return false
	}
	switch sc.tokText(qi - 1) {
	case "employs", "employed", "employ", "employing", "hires", "hired":
		return true
	}
	return false
}

// roundsOfAmmunition reports "rounds" in "rounds of ammunition" or
// "artillery rounds", which are goods, unlike rounds of talks.
func (sc *scanner) roundsOfAmmunition(k int) bool {
	if k < len(sc.toks) && k > 0 && strings.EqualFold(sc.tokText(k), "rounds") {
		switch strings.ToLower(sc.tokText(k - 1)) {
		case "artillery", "ammunition", "mortar", "tank", "rifle", "howitzer", "shell", "cannon":
			return true // "8 million artillery rounds"
		}
	}
	if k+2 >= len(sc.toks) || !strings.EqualFold(sc.tokText(k), "rounds") || sc.kwAt(k+1) != kwOf {
		return false
	}
	ammo := func(w string) bool {
		switch strings.ToLower(w) {
		case "ammunition", "ammo", "bullets", "cartridges", "shells":
			return true
		}
		return false
	}
	// One word may say whose ammunition: "rounds of rifle ammunition",
	// "rounds of artillery shells".
	return ammo(sc.tokText(k+2)) || k+3 < len(sc.toks) && sc.toks[k+2].kind == tWord && ammo(sc.tokText(k+3))
}

// koreanNotGoods are nouns that a Korean count with 개 may qualify but that
// are never traded: places, bodies, kinds ("20개 시·군", "3개 나라", "5개
// 품목").
var koreanNotGoods = []string{"시", "군", "도", "나라", "국가", "지역", "도시", "마을", "기업", "회사", "업체", "단체",
	"종류", "품목", "분야", "부문", "항목", "공정"}

// koreanNotGoodsAfter reports a count in 개 whose noun, after it, is one
// of koreanNotGoods (bare or with a particle).
func (sc *scanner) koreanNotGoodsAfter(unit string, end int) bool {
	if unit != "units" || end == 0 || end >= len(sc.toks) || sc.toks[end].kind != tHangul || sc.toks[end].nl ||
		sc.toks[end-1].kind != tHangul || !strings.HasPrefix(sc.tokText(end-1), "개") {
		return false
	}
	s := sc.tokText(end)
	for _, w := range koreanNotGoods {
		if rest, ok := strings.CutPrefix(s, w); ok && (rest == "" || hasAnyPrefix(rest, hangulParticles)) {
			return true
		}
	}
	return false
}

// visitedSites reports places counted in 곳 that the sentence says were
// visited or inspected, not traded with: "공장 3곳과 농장 2곳을
// 현지지도했다".
func (sc *scanner) visitedSites(unit string, end int) bool {
	if unit != "sites" {
		return false
	}
	for k := end; k < len(sc.toks) && k < end+12 && !sc.toks[k].nl && !sc.stopAt(k); k++ {
		if sc.toks[k].kind == tHangul && containsAny(sc.tokText(k), "현지지도", "시찰", "방문", "참관", "둘러") {
			return true
		}
	}
	return false
}

// roundTrip reports "round" in "round trips", which count transfers.
func (sc *scanner) roundTrip(k int) bool {
	if k+1 >= len(sc.toks) || !strings.EqualFold(sc.tokText(k), "round") {
		return false
	}
	s := sc.tokText(k + 1)
	return s == "trips" || s == "trip" || s == "-"
}

// institution reports a capitalised head noun that makes the number
// before it part of a name.
func institution(w string) bool {
	for _, x := range [...]string{"Committee", "Commission", "Team", "Brigade", "Corps", "Division", "Regiment", "Bureau",
		"Office", "Department", "Unit", "Squad", "Complex", "Enterprise", "Factory", "Mine", "Club", "Group", "Resolution"} {
		if w == x {
			return true
		}
	}
	return false
}

// ratingWord reports a unit of power or charge, spelt out: the number
// before it rates a machine rather than counting goods.
func ratingWord(w string) bool {
	switch strings.ToLower(w) {
	case "kilowatt", "kilowatts", "watt", "watts", "megawatt", "megawatts", "volt", "volts", "horsepower", "ampere", "amperes",
		"amp", "amps", "kilovolt", "kilovolts", "kva", "mah":
		return true
	}
	return false
}

// specUnit reports a short word with a capital letter, glued to a number
// that is no measure of goods: an electrical or technical rating.
func specUnit(w string) bool {
	if len(w) > 4 {
		return false
	}
	if w == "cc" {
		return true // "a 125cc machine": an engine's size
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// isYear reports whether token k is four bare digits between 1900 and 2100.
func (sc *scanner) isYear(k int) bool {
	s := sc.tokText(k)
	if len(s) != 4 {
		return false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		y = y*10 + int(s[i]-'0')
	}
	return y >= 1900 && y <= 2100
}

// unitAndItem reads what follows a count: a measure ("tonnes of coal"), a
// counted container ("shipments"), Korean units ("t", "톤", "개") or a
// plain noun phrase ("vehicles", "of spy camera glasses").
// cut, when set, is the byte where a Hangul unit token's unit ends ("개도").
func (sc *scanner) unitAndItem(k int, vague bool) (unit, item string, end, cut int) {
	unit, item, end = sc.unitAndItemWords(k, vague)
	if end > k && end-1 < len(sc.toks) && sc.toks[end-1].kind == tHangul {
		if p := sc.hangulUnitPrefix(end - 1); p > 0 {
			cut = int(sc.toks[end-1].start) + p
		}
	}
	return unit, item, end, cut
}

var hangulUnits = []struct{ p, unit string }{{"톤", "tonnes"}, {"킬로그램", "kg"}, {"킬로", "kg"}, {"개", "units"}, {"명", "people"}, {"척", "vessels"},
	{"상자", "boxes"}, {"마리", "head"}, {"켤레", "pairs"}, {"배럴", "barrels"}, {"리터", "liters"}, {"대", "units"}, {"곳", "sites"}, {"벌", "pieces"},
	{"포대", "sacks"}, {"마대", "sacks"}, {"자루", "sacks"}, {"가마니", "sacks"}, {"병", "bottles"}, {"량", "wagons"},
	{"세트", "sets"}, {"봉지", "bags"}, {"갑", "packs"}, {"보루", "cartons"}, {"박스", "boxes"}, {"컨테이너", "containers"}, {"차례", "shipments"}, {"번", "shipments"},
	{"필", "bolts"}, {"장", "sheets"}, {"통", "drums"}}

// hangulParticles may follow a Korean counter in the same token: case
// particles, 씩 (each), the qualifiers 가량, 정도, 이상, 넘게, 남짓, and the
// copula ("200여 대였다").
var hangulParticles = []string{"였", "이었", "이나", "으로", "가량", "정도", "이상", "넘게", "남짓", "까지", "이", "가", "을", "를", "은", "는", "의", "도", "에", "씩", "만", "과", "와", "나", "로"}

// hangulUnitAt returns the unit a Hangul token is, as a counter alone or
// followed by a particle ("척", "톤은", "대가량"), and its byte length; 개월
// (months), 톤급 (a ship's class) and 대 of ages ("20대 남성") are not.
func (sc *scanner) hangulUnitAt(k int) (string, int) {
	if k >= len(sc.toks) || sc.toks[k].kind != tHangul {
		return "", 0
	}
	s := sc.tokText(k)
	for _, u := range hangulUnits {
		rest, ok := strings.CutPrefix(s, u.p)
		if !ok {
			continue
		}
		if rest != "" && !hasAnyPrefix(rest, hangulParticles) && !((u.p == "대" || u.p == "척" || u.p == "량") && strings.HasPrefix(rest, "분")) {
			continue // "트럭 두 대분": two trucks' worth
		}
		if u.p == "통" && (rest == "과" || rest == "로" || rest == "나" || rest == "이나") {
			return "", 0 // 통과 (passing), 통로 (a passage): not drums
		}
		if (u.p == "장" || u.p == "필" || u.p == "통") && k > 0 && sc.toks[k].glued && sc.toks[k-1].kind == tNum && k > 1 && sc.toks[k-1].glued && sc.tokText(k-2) == "제" {
			return "", 0 // "제3장": a chapter, not sheets
		}
		if (u.p == "차례" || u.p == "번") && !sc.koreanShipVerb(k+1) && !(sc.vehicleBefore(k) && sc.koreanVoyageVerb(k+1)) && !sc.voyageNounBefore(k) {
			return "", 0 // "세 차례 단속했다", "두 번 만났다": times, not shipments
		}
		if u.p == "대" && k+1 < len(sc.toks) && sc.toks[k+1].kind == tHangul && hasAnyPrefix(sc.tokText(k+1), []string{"남", "여", "청", "초반", "중반", "후반", "노"}) {
			return "", 0
		}
		return u.unit, len(u.p)
	}
	return "", 0
}

// koreanShipVerb reports a verb of loading or sending goods at token k or
// the one after: "세 차례 실어 냈다" (shipped three times), "두 차례 나눠
// 넘겼다", "배가 세 번 들어왔다": what makes a count of times a count of
// shipments.
func (sc *scanner) koreanShipVerb(k int) bool {
	for n := 0; n < 2 && k < len(sc.toks) && sc.toks[k].kind == tHangul; k, n = k+1, n+1 {
		if hasAnyPrefix(sc.tokText(k), []string{"실어", "실었", "실려", "실렸", "실린", "싣", "보냈", "보내", "넘겼", "넘겨", "들여", "날라", "반출", "반입", "운반", "운송", "출항", "밀반출", "밀수", "들어왔", "들어온", "들어와", "들여", "넘기"}) {
			return true
		}
	}
	return false
}

// vehicleSubject reports a ship, truck or train as the subject at token k,
// just before a count of times: "배가 세 번 떠났다", "화물차는 두 차례 오갔다".
func (sc *scanner) vehicleSubject(k int) bool {
	if k < 0 || sc.toks[k].kind != tHangul {
		return false
	}
	w := sc.tokText(k)
	for _, v := range []string{"배", "화물선", "선박", "유조선", "바지선", "트럭", "화물차", "화물열차", "열차", "화차", "차량", "써비차", "차"} {
		if rest, ok := strings.CutPrefix(w, v); ok {
			rest = strings.TrimPrefix(rest, "들") // 유조선들은: the plural
			return rest == "가" || rest == "이" || rest == "는" || rest == "은" || rest == "도" || rest == "만"
		}
	}
	return false
}

// vehicleBefore reports a vehicle subject (vehicleSubject) among the seven
// tokens before the counter at token k, in its sentence: "화물열차는 하루
// 평균 2~3차례 오갔다" (the freight trains ran two or three times a day).
func (sc *scanner) vehicleBefore(k int) bool {
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if sc.isSym(j, ".", "!", "?") || sc.toks[j+1].nl {
			return false
		}
		if sc.vehicleSubject(j) {
			return true
		}
	}
	return false
}

// voyageNouns name a vessel's or train's runs; a count of times after one
// counts runs: "확인된 운항만 43차례에 이른다" (the voyages confirmed come
// to 43), "왕복 12차례".
var voyageNouns = []string{"운항", "왕복", "운행", "항해", "입항", "출항"}

// voyageNounBefore reports a voyage noun in one of the three tokens before
// the counter at token k.
func (sc *scanner) voyageNounBefore(k int) bool {
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if sc.isSym(j, ".", "!", "?") || sc.toks[j].kind != tHangul {
			if sc.toks[j].kind == tNum || sc.isSym(j, "~", "-", "～") {
				continue
			}
			return false
		}
		if hasAnyPrefix(sc.tokText(j), voyageNouns) {
			return true
		}
	}
	return false
}

// koreanVoyageVerb reports a verb of a vehicle's run at token k or the one
// after ("떠났다", "오갔다", "드나들었다", "다녀왔다", "왕복했다"): with a
// ship or truck as subject, each run is a shipment.
func (sc *scanner) koreanVoyageVerb(k int) bool {
	for n := 0; n < 2 && k < len(sc.toks) && sc.toks[k].kind == tHangul; k, n = k+1, n+1 {
		if hasAnyPrefix(sc.tokText(k), []string{"떠났", "떠난", "출발", "오갔", "오간", "드나들", "드나든", "다녀", "왕복", "운항", "입항", "나갔", "나간"}) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hangulUnitPrefix is the byte length of the unit a Hangul token starts with.
func (sc *scanner) hangulUnitPrefix(k int) int {
	_, n := sc.hangulUnitAt(k)
	return n
}

// koreanNative is the value of a native Korean numeral used before a
// counter ("두 척", "세 곳"), or 0. 한 (one) is left out: it is as often
// "a" as a count.
func koreanNative(s string) float64 {
	switch s {
	case "두":
		return 2
	case "세":
		return 3
	case "네":
		return 4
	case "다섯":
		return 5
	case "여섯":
		return 6
	case "일곱":
		return 7
	case "여덟":
		return 8
	case "아홉":
		return 9
	case "열":
		return 10
	case "스무":
		return 20
	}
	return 0
}

// koreanNativeRange is the span of a fused native Korean numeral ("두세",
// two or three; "서너", three or four), or 0, 0.
func koreanNativeRange(s string) (lo, hi float64) {
	switch s {
	case "두세":
		return 2, 3
	case "서너", "서넛":
		return 3, 4
	case "너덧", "네댓", "너댓", "네다섯":
		return 4, 5
	case "대여섯":
		return 5, 6
	case "예닐곱":
		return 6, 7
	}
	return 0, 0
}

func (sc *scanner) unitAndItemWords(k int, vague bool) (unit, item string, end int) {
	if k >= len(sc.toks) || sc.toks[k].nl {
		return "", "", k
	}
	for n := 0; n < 2 && (sc.kwAt(k) == kwMore || sc.kwAt(k) == kwAdditional || sc.kwAt(k) == kwOther || sc.kwAt(k) == kwSuch || sc.kwAt(k) == kwNew && sc.toks[k].kind == tWord && !sc.toks[k].upper); n++ {
		k++
	}
	if !vague && sc.kwAt(k) == kwOf && k+1 < len(sc.toks) && (equalFold(sc.tokText(k+1), "them") || equalFold(sc.tokText(k+1), "us") || equalFold(sc.tokText(k+1), "these") || equalFold(sc.tokText(k+1), "those")) &&
		!(k+2 < len(sc.toks) && sc.toks[k+2].kind == tWord && sc.cls(k+2)&(cStop|cVerb|cPriceVerb|cPrep) == 0 && equalFold(sc.tokText(k+1), "these")) {
		return "units", "", k + 2 // "more than 300 of them made the trip": the goods named before; "three of us carry the bags"
	}
	if sc.kwAt(k) == kwOf && (vague || sc.kwAt(k+1) == kwThe) {
		k++ // "thousands of …"
		if sc.kwAt(k) == kwNew || sc.kwAt(k) == kwSuch || sc.kwAt(k) == kwThe {
			k++ // "hundreds of new workers", "twenty of the jeeps", "several of the cars"
		}
	}
	if k >= len(sc.toks) {
		return "", "", k
	}
	t := sc.toks[k]
	c := sc.cls(k)
	if e := sc.numberModifier(k); e > k {
		return "units", sc.text[t.start:sc.toks[e-1].end], e // "three five-axis lathes", "two 20-foot containers"
	}
	switch {
	case t.kind == tWord && c&cMeasure != 0 && (t.kw != kwT || t.glued) && !(t.kw == kwM && !t.glued):
		unit = quantityUnit(sc.info(t.kw).alt)
		if sc.kwAt(k-1) == kwA && sc.andAHalf(k+1) {
			return sc.ofItem(unit, k+4) // "a tonne and a half of copper": the half is in the figure
		}
		return sc.ofItem(unit, k+1)
	case t.kind == tWord && c&cContainer != 0 && c&cNotQty == 0:
		unit = strings.ToLower(sc.tokText(k))
		if unit == "unit" || unit == "units" || unit == "piece" || unit == "pieces" {
			unit = "units"
		}
		return sc.ofItem(unit, k+1)
	case t.kind == tSym && t.glued && symUnit(sc.tokText(k)) != "":
		return symUnit(sc.tokText(k)), "", k + 1 // "500㎏"
	case t.kind == tHangul:
		if u, _ := sc.hangulUnitAt(k); u != "" {
			return u, "", k + 1
		}
		return "", "", k
	case t.kind == tWord:
		if c&(cStop|cCurrency|cNotQty|cMonth|cWeekday|cScale|cVague|cNumWord|cVerb|cPriceVerb) != 0 && c&cContainer == 0 && !sc.secondHand(k) {
			return "", "", k // "15 costs", "20 sold": a verb, not what is counted
		}
		e := sc.npForward(k)
		if e == k {
			return "", "", k
		}
		return "units", sc.text[sc.toks[k].start:sc.toks[e-1].end], e
	}
	return "", "", k
}

// ofItem reads "of coal" after a unit.
func (sc *scanner) ofItem(unit string, k int) (string, string, int) {
	if sc.kwAt(k) == kwOf && k+1 < len(sc.toks) && !sc.toks[k+1].nl {
		if e := sc.npForward(k + 1); e > k+1 {
			return unit, sc.text[sc.toks[k+1].start:sc.toks[e-1].end], e
		}
	}
	return unit, "", k
}

// npForward returns the end of the noun phrase starting at token k: up to
// five words, stopping at function words, verbs after the first word,
// punctuation and line breaks.
func (sc *scanner) npForward(k int) int {
	e := k
	for n := 0; n < 5 && e < len(sc.toks); n++ {
		t := sc.toks[e]
		if t.nl && e > k {
			break
		}
		if t.kind == tSym && sc.tokText(e) == "-" && t.glued && e > k && e+1 < len(sc.toks) && sc.toks[e+1].glued && sc.toks[e+1].kind == tWord {
			e += 2 // "Chinese-made", "brand-new": the word after the hyphen is part of the modifier, whatever its class
			continue
		}
		if t.kind != tWord {
			break
		}
		c := sc.cls(e)
		if c&(cStop|cMonth|cWeekday|cQual|cVerb) != 0 && !(c&cContainer != 0) {
			break
		}
		if e > k && !sc.isSym(e-1, "-") {
			s := sc.tokText(e)
			// "used Toyota cars": a make after "used" stays in the phrase
			if c&cPriceVerb != 0 || (strings.HasSuffix(s, "ing") || strings.HasSuffix(s, "ed")) && !sc.adverbAt(e-1, k) && !sc.modifierAfterAdj(e, k) ||
				(t.upper && !sc.toks[e-1].upper && !makeModifier(sc.tokText(e-1))) {
				break
			}
		}
		e++
	}
	for e > k && sc.isSym(e-1, "-") {
		e--
	}
	return e
}

// modifierAfterAdj reports an "-ing" or "-ed" word at token e that modifies
// the noun after it, following a nationality at the start of the phrase
// (k): "Chinese fishing boats", "Russian refined oil"; not "trucks
// carrying copper".
func (sc *scanner) modifierAfterAdj(e, k int) bool {
	if e != k+1 || sc.cls(k)&cCurAdj == 0 || e+1 >= len(sc.toks) || sc.toks[e+1].kind != tWord || sc.toks[e+1].upper || sc.toks[e+1].nl {
		return false
	}
	return sc.cls(e+1)&(cStop|cVerb|cPriceVerb|cQual|cPrep) == 0 && !strings.HasSuffix(sc.tokText(e+1), "ing") && !strings.HasSuffix(sc.tokText(e+1), "ed")
}

// adverbAt reports a lower-case "-ly" word at token k that opens the noun
// phrase starting at k0: "heavily sanctioned states", "newly built boats".
func (sc *scanner) adverbAt(k, k0 int) bool {
	return k == k0 && !sc.toks[k].upper && strings.HasSuffix(sc.tokText(k), "ly") && len(sc.tokText(k)) > 4
}

// makeModifier reports a word that may stand before a make, brand or
// breed in one noun phrase: "used Toyota cars", "purebred Orlov trotters".
func makeModifier(w string) bool {
	switch w {
	case "used", "new", "old", "secondhand", "second-hand", "genuine", "fake", "counterfeit", "purebred", "refurbished", "imported", "smuggled":
		return true
	}
	return false
}

// measureUnit reports units that measure rather than count.
func measureUnit(u string) bool {
	switch u {
	case "kg", "g", "mg", "ml", "tonnes", "lb", "liters", "barrels", "cubic meters", "square meters", "pyeong", "carats", "jin":
		return true
	}
	return false
}

// quantityUnit is the plural form of a measure used for quantities.
func quantityUnit(alt string) string {
	switch alt {
	case "tonne":
		return "tonnes"
	case "liter":
		return "liters"
	case "barrel":
		return "barrels"
	case "carat":
		return "carats"
	case "cubic meter":
		return "cubic meters"
	case "square meter":
		return "square meters"
	}
	return alt
}

// koreanCountRange reads "20개에서 30개" after a Korean count ending at
// token end: the top of the range and the token after it.
func (sc *scanner) koreanCountRange(n numExpr, unit string, end int) (int, float64, bool) {
	if n.ranged || end >= len(sc.toks) || end == 0 || sc.toks[end-1].kind != tHangul {
		return end, 0, false
	}
	u, l := sc.hangulUnitAt(end - 1)
	if u != unit || sc.tokText(end - 1)[l:] != "에서" || sc.toks[end].kind != tNum {
		return end, 0, false
	}
	m, ok := sc.number(end, true)
	if !ok || m.ranged || m.min <= n.max || m.j >= len(sc.toks) {
		return end, 0, false
	}
	if u2, _ := sc.hangulUnitAt(m.j); u2 != unit {
		return end, 0, false
	}
	return m.j + 1, m.min, true
}

// symbolCountRange reads "500㎏에서 700㎏" after a count whose unit is a
// symbol ending at token end-1.
func (sc *scanner) symbolCountRange(n numExpr, unit string, end int) (int, float64, bool) {
	if n.ranged || end+1 >= len(sc.toks) || end == 0 || sc.toks[end-1].kind != tSym || symUnit(sc.tokText(end-1)) != unit {
		return end, 0, false
	}
	if sc.toks[end].kind != tHangul || !sc.toks[end].glued || sc.tokText(end) != "에서" || sc.toks[end+1].kind != tNum {
		return end, 0, false
	}
	m, ok := sc.number(end+1, true)
	if !ok || m.ranged || m.min <= n.max || m.j >= len(sc.toks) || symUnit(sc.tokText(m.j)) != unit {
		return end, 0, false
	}
	return m.j + 1, m.min, true
}

// symUnit is the unit a one-character measure symbol stands for.
func symUnit(s string) string {
	switch s {
	case "㎏":
		return "kg"
	case "㎎":
		return "mg"
	case "ℓ":
		return "liters"
	case "㎖":
		return "ml"
	}
	return ""
}

// koreanSubjectParticle reports a lone particle glued to a unit ("kg이").
func (sc *scanner) koreanSubjectParticle(k int) bool {
	if k >= len(sc.toks) || k == 0 || !sc.toks[k].glued || sc.toks[k].kind != tHangul || sc.toks[k-1].kind == tHangul {
		return false
	}
	switch sc.tokText(k) {
	case "이", "가", "은", "는", "을", "를", "도", "만":
		return true
	}
	return false
}

// barterRate reports an amount, ending at token end, that is what
// something else is exchanged for: "옥수수 5킬로그램과 바꾼다", "쌀
// 100㎏과 바꿀 수 있다", or what it is reckoned at: "쌀 15kg을 쳐준다".
func (sc *scanner) barterRate(end int) bool {
	if end == 0 || end >= len(sc.toks) {
		return false
	}
	k := end
	last := sc.tokText(end - 1)
	switch {
	case sc.toks[end-1].kind == tHangul && (strings.HasSuffix(last, "과") || strings.HasSuffix(last, "와")):
	case sc.toks[k].kind == tHangul && sc.toks[k].glued && (sc.tokText(k) == "과" || sc.tokText(k) == "와"):
		k++
	case sc.toks[end-1].kind == tHangul && (strings.HasSuffix(last, "을") || strings.HasSuffix(last, "를")),
		sc.toks[k].kind == tHangul && sc.toks[k].glued && (sc.tokText(k) == "을" || sc.tokText(k) == "를"):
		// "오징어 10kg에 쌀 15kg을 쳐준다": what a unit of the catch is
		// reckoned at, a rate of exchange.
		if sc.tokText(k) == "을" || sc.tokText(k) == "를" {
			k++
		}
		return k < len(sc.toks) && sc.toks[k].kind == tHangul && strings.HasPrefix(sc.tokText(k), "쳐")
	default:
		return false
	}
	return k < len(sc.toks) && sc.toks[k].kind == tHangul && hasAnyPrefix(sc.tokText(k), []string{"바꾸", "바꾼", "바꿔", "바꿨", "바꿀", "교환"})
}

// compoundCount reads "52-wagon train", "a 40-truck convoy": a figure
// joined to a vehicle, then a word for the vehicles taken together, counts
// the vehicles. "a 20-litre drum" and "a 5,000-tonne freighter" size one
// thing and are not read here. k is the token after the figure; the unit
// is the vehicle in the plural.
func (sc *scanner) compoundCount(n numExpr, k int) (string, bool) {
	if k+2 >= len(sc.toks) || !sc.isSym(k, "-") || !sc.toks[k].glued || !sc.toks[k+1].glued || n.vague || n.words ||
		sc.toks[n.vi].kind != tNum || n.min < 2 || n.min != float64(int64(n.min)) {
		return "", false
	}
	switch strings.ToLower(sc.tokText(k + 2)) {
	case "train", "trains", "convoy", "convoys", "fleet", "fleets", "column", "columns", "caravan", "flotilla":
	default:
		return "", false
	}
	switch w := strings.ToLower(sc.tokText(k + 1)); w {
	case "wagon", "car", "carriage", "truck", "lorry", "vehicle", "ship", "vessel", "boat", "tanker", "container":
		return w + "s", true
	case "lorries":
		return w, true
	}
	return "", false
}

// eachLoad reports a count with "each" and no unit that tells what every
// carrier takes of the goods just named: "they fly back with phones,
// usually five or six each", "the couriers carry 20 each". The figure
// follows a comma or a verb of carrying and "each" ends the clause (token
// end); "sold for 20 each" is left alone.
func (sc *scanner) eachLoad(qi, end int) bool {
	if end < len(sc.toks) && !sc.toks[end].nl && !sc.isSym(end, ".", ",", ";", "!", "?", ")", "\"", "”") {
		return false
	}
	k := qi - 1
	for n := 0; n < 2 && k >= 0 && sc.toks[k].kind == tWord; n++ {
		w := strings.ToLower(sc.tokText(k))
		if !strings.HasSuffix(w, "ly") && w != "maybe" && w != "perhaps" {
			break
		}
		k-- // "usually", "typically", "maybe"
	}
	carry := func(k int) bool {
		return sc.toks[k].kind == tWord && hasAnyPrefix(strings.ToLower(sc.tokText(k)), []string{"carr", "bring", "brought", "take", "took", "haul", "load"})
	}
	if k < 0 || !sc.isSym(k, ",") {
		return k >= 0 && carry(k)
	}
	// after a comma, the verb of carrying stands in the clause before it
	for b, n := k-1, 0; b >= 0 && n < 8; b, n = b-1, n+1 {
		if sc.toks[b].kind == tSym || sc.toks[b+1].nl {
			break
		}
		if carry(b) {
			return true
		}
	}
	return false
}

// calibreAt reports a figure and a calibre unit at token k, right after a
// count and before more words: the size of the goods counted ("1,800 122
// mm rockets", "500 155mm shells"), not a count of its own.
func (sc *scanner) calibreAt(k int) bool {
	if k+2 >= len(sc.toks) || sc.toks[k].kind != tNum || sc.toks[k+1].kind != tWord || sc.toks[k+2].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(k + 1)) {
	case "mm", "millimetre", "millimeter", "cm":
		return true
	}
	return false
}
