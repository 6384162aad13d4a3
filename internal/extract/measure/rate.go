package measure

import (
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// Exchange rates stated without "one dollar" before the won price, and
// sums whose currency the sentence gave once for two figures.

// foreignUnit is the ISO code of a currency word other than won at token
// k, or "".
func (sc *scanner) foreignUnit(k int) string {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != tWord || sc.cls(k)&cCurrency == 0 {
		return ""
	}
	switch c := sc.info(sc.toks[k].kw).alt; c {
	case "WON", "KPW", "KRW", "":
		return ""
	default:
		return c
	}
}

// isWonWord reports the word "won" (or KPW, KRW) at token k.
func (sc *scanner) isWonWord(k int) bool {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != tWord || sc.cls(k)&cCurrency == 0 {
		return false
	}
	switch sc.info(sc.toks[k].kw).alt {
	case "WON", "KPW", "KRW":
		return true
	}
	return false
}

// rateUnitAfter reads "to the dollar", "against the US dollar", "per
// yuan", "for one dollar" after a won price ending at token j: the
// currency the price is a rate of, and the token after it.
func (sc *scanner) rateUnitAfter(j int) (string, int) {
	switch sc.kwAt(j) {
	case kwTo, kwPer, kwFor:
	default:
		if j >= len(sc.toks) || !equalFold(sc.tokText(j), "against") {
			return "", j
		}
	}
	k := j + 1
	if k < len(sc.toks) && (sc.kwAt(k) == kwThe || sc.kwAt(k) == kwA || sc.kwAt(k) == kwEach || equalFold(sc.tokText(k), "one") || equalFold(sc.tokText(k), "every")) {
		k++
	}
	for n := 0; n < 2 && k < len(sc.toks) && sc.cls(k)&cCurAdj != 0 && sc.cls(k)&cCurrency == 0; n++ {
		k++ // "the US dollar", "the Chinese yuan"
	}
	if c := sc.foreignUnit(k); c != "" {
		return c, k + 1
	}
	return "", j
}

// rateSubject finds the foreign currency a won price starting at token i
// is the rate of, when the clause opens with it: "The dollar traded at
// 8,150 won", "a dollar fetches 8,100 won", "The yuan rate fell to 1,100
// won", "the rate of the yuan was 1,150 won", "달러 환율 8,100원",
// "위안화 환율은 1,150원". Only words may stand between the currency and
// the price.
func (sc *scanner) rateSubject(i int) string {
	if i > 0 && sc.toks[i-1].kind == tHangul {
		// Korean: 달러 (or 위안화, 엔화 …) then 환율, right before the price
		for k := i - 1; k >= 1 && k >= i-2; k-- {
			if sc.toks[k].kind != tHangul || !strings.HasPrefix(sc.tokText(k), "환율") {
				continue
			}
			if sc.toks[k-1].kind == tHangul && !sc.toks[k].nl {
				if c, n := hangulCurrency(strings.TrimSuffix(sc.tokText(k-1), "화")); c != "" && c != "WON" && n == len(strings.TrimSuffix(sc.tokText(k-1), "화")) {
					return c
				}
			}
		}
		return ""
	}
	for k, n := i-1, 0; k >= 0 && n < 9; k, n = k-1, n+1 {
		t := sc.toks[k]
		if sc.toks[k+1].nl || t.kind != tWord || sc.mark[k]&markPrice != 0 || sc.kwAt(k) == kwAnd || sc.kwAt(k) == kwOr || sc.clauseJoint(k) {
			return "" // "costs a dollar in Dandong and 8,000 won in Hyesan": two prices
		}
		c := sc.foreignUnit(k)
		if c == "" {
			if sc.cls(k)&(cMeasure|cContainer) != 0 {
				return "" // "the dollar price of a kilo of rice": a price of goods
			}
			continue
		}
		if nx := k + 1; nx < i && !equalFold(sc.tokText(nx), "rate") && sc.cls(nx)&(cPriceVerb|cStop|cVerb|cQual) == 0 && !sc.isSym(nx, "-") {
			if w := sc.tokText(nx); !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
				return "" // "the dollar store": the currency names something else
			}
		}
		b := k - 1
		for m := 0; m < 2 && b >= 0 && sc.cls(b)&cCurAdj != 0 && sc.cls(b)&cCurrency == 0; m++ {
			b-- // "the US dollar", "the Chinese yuan"
		}
		switch {
		case b >= 0 && (sc.kwAt(b) == kwThe || sc.kwAt(b) == kwA || equalFold(sc.tokText(b), "one")) && !sc.isSym(b+1, "-"):
			// "The dollar traded at", "a dollar fetches", "rate of the yuan"
		case k+1 < i && equalFold(sc.tokText(k+1), "rate"):
			// "The dollar rate rose to"
		default:
			return ""
		}
		return c
	}
	return ""
}

// bareRate reads an exchange rate given as a figure without "won" after
// it, at token i: "the won traded at 8,100 to the dollar", "The won
// weakened to 8,300 against the dollar", "the won-yuan rate hit 2,100".
// The won must be named in the clause before the figure.
func (sc *scanner) bareRate(i int) (model.Price, int, bool) {
	var p model.Price
	if sc.toks[i].kind != tNum || sc.mark[i] != 0 || sc.nameOrSign(i) {
		return p, i, false
	}
	n, ok := sc.number(i, true)
	if !ok || n.ranged || n.min < 10 || n.j >= len(sc.toks) {
		return p, i, false
	}
	won, cur := false, ""
	for k, m := i-1, 0; k >= 0 && m < 10 && !won; k, m = k-1, m+1 {
		if sc.toks[k+1].nl || sc.isSym(k, ".", ";", "!", "?", ",") || sc.mark[k]&markPrice != 0 || sc.toks[k].kind == tNum {
			break
		}
		if !sc.isWonWord(k) {
			continue
		}
		won = true
		// "the won-yuan rate", "the yuan-won exchange rate", "won/dollar rate"
		for _, d := range []int{-2, 2} {
			if h := k + d/2; sc.isSym(h, "-", "/") && sc.toks[h].glued {
				if c := sc.foreignUnit(k + d); c != "" {
					cur = c
				}
			}
		}
	}
	if !won {
		return p, i, false
	}
	end := n.j
	if c, e := sc.rateUnitAfter(n.j); c != "" {
		cur, end = c, e
	} else if cur == "" || !(end >= len(sc.toks) || sc.toks[end].nl || sc.toks[end].kind == tSym || sc.cls(end)&(cStop|cPrep) != 0) {
		return p, i, false
	}
	p.Amount, p.Currency, p.Qualifier, p.Unit, p.Item = round(n.min), sc.resolveCurrency("WON", i), n.qual, cur, "exchange rate"
	p.Mentions = sc.one(sc.mention(i, end))
	return p, end, true
}

// elidedPrice reads a bare figure at token i whose currency the sentence
// gave for an earlier price: "a kilo of rice costs 7,000 won, while a kilo
// of corn costs 3,000", "300 yuan a trip; now it is 500", "went from
// 2,500 won to 3,000". The figure must follow a verb of price or a
// linking word, end its clause or take a unit, and lie within a factor of
// four of the earlier price.
func (sc *scanner) elidedPrice(i int) (model.Price, int, bool) {
	var p model.Price
	if sc.toks[i].kind != tNum || i == 0 || sc.mark[i] != 0 || sc.nameOrSign(i) || sc.isYear(i) {
		return p, i, false
	}
	b := i - 1
	upFrom := sc.kwAt(b) == kwFrom && b > 0 && (equalFold(sc.tokText(b-1), "up") || equalFold(sc.tokText(b-1), "down"))
	if !(sc.cls(b)&cPriceVerb != 0 || equalFold(sc.tokText(b), "with") || upFrom) || sc.kwAt(b) == kwBy || sc.isChangeVerb(b) || sc.toks[b].kind != tWord {
		return p, i, false
	}
	if b > 0 && sc.toks[b-1].kind == tWord && notSumSubject(sc.tokText(b-1)) {
		return p, i, false // "the population is 5,000": a count, not a sum
	}
	n, ok := sc.number(i, true)
	if !ok || n.min <= 0 || n.vague || n.words {
		return p, i, false
	}
	// The earlier price: the nearest in the sentence.
	var prev *model.Price
	for k := len(sc.prices) - 1; k >= 0 && prev == nil; k-- {
		q := &sc.prices[k]
		if q.Mentions[0].End <= int(sc.toks[i].start) {
			prev = q
		}
	}
	if prev == nil || prev.Item == "exchange rate" || sc.lastQuantityEnd(i) > prev.Mentions[0].End {
		return p, i, false // the nearest figure before is a quantity, not this price
	}
	for k := i - 1; k >= 0 && int(sc.toks[k].end) > prev.Mentions[0].End; k-- {
		if sc.isSym(k, ".", "!", "?") || sc.toks[k+1].nl || i-k > 30 {
			return p, i, false
		}
	}
	if r := n.min / prev.Amount; r < 0.25 || r > 4 {
		return p, i, false
	}
	end := n.j
	unit, ue := sc.unitAfter(end)
	switch {
	case ue > end:
		end = ue
	case end >= len(sc.toks) || sc.toks[end].nl || sc.isSym(end, ".", ",", ";", "!", "?", ")", "\"", "”", "'", "’"):
	case sc.toks[end].kind == tWord && sc.cls(end)&(cPrep|cStop) != 0 && sc.cls(end)&(cMeasure|cContainer|cCurrency) == 0:
		// "3,000 in Hyesan market", "6,500 a month earlier"
	default:
		return p, i, false
	}
	p.Amount, p.Currency, p.Qualifier, p.Unit = round(n.min), prev.Currency, n.qual, unit
	if n.ranged && n.max > n.min {
		m := round(n.max)
		p.AmountMax = &m
	}
	if p.Unit == "" {
		if item, u := sc.itemBefore(i); u != "" {
			p.Item, p.Unit = item, u
		} else {
			p.Item = item
		}
	}
	p.Mentions = sc.one(sc.mention(i, end))
	p.USD = sc.convert(p.Amount, p.Currency)
	return p, end, true
}

// notSumSubject reports a noun whose figure is a count or a measure, never
// a sum of money: "the population is 5,000", "the number was 300".
func notSumSubject(w string) bool {
	switch strings.ToLower(w) {
	case "population", "number", "numbers", "total", "age", "height", "length", "distance", "toll", "count",
		"capacity", "area", "rank", "score", "turnout", "weight", "size", "volume", "quota", "output", "figure":
		return true
	}
	return false
}

// lastQuantityEnd is the byte end of the last quantity found before token
// i, or -1.
func (sc *scanner) lastQuantityEnd(i int) int {
	for k := len(sc.quantities) - 1; k >= 0; k-- {
		if e := sc.quantities[k].Mentions[0].End; e <= int(sc.toks[i].start) {
			return e
		}
	}
	return -1
}

// elidedQuantity reads a figure at token i (with its qualifier) that
// leaves out the unit of the quantity just before it in the sentence:
// "employs about 300 women, up from roughly 120 in January", "each farm
// was promised 120 tonnes, but most got about 70", "1,200 entered, up
// from fewer than 100". The figure must follow "from", "with", "got" or
// "than" and end its clause.
func (sc *scanner) elidedQuantity(i int) (model.Quantity, int, bool) {
	var q model.Quantity
	if i == 0 || sc.mark[i] != 0 || sc.toks[i-1].kind != tWord {
		return q, i, false
	}
	switch w := sc.tokText(i - 1); {
	case sc.kwAt(i-1) == kwFrom, equalFold(w, "with"), equalFold(w, "got"), equalFold(w, "than"), equalFold(w, "received"):
	default:
		return q, i, false
	}
	n, ok := sc.number(i, false)
	if !ok || n.vague || n.words || n.j <= n.vi || sc.toks[n.vi].kind != tNum || sc.nameOrSign(n.vi) || sc.isYear(n.vi) || n.min <= 0 {
		return q, i, false
	}
	end := n.j
	if !(end >= len(sc.toks) || sc.toks[end].nl || sc.isSym(end, ".", ",", ";", "!", "?", ")", "\"", "”") ||
		sc.toks[end].kind == tWord && sc.cls(end)&(cPrep|cStop) != 0 && sc.cls(end)&(cMeasure|cContainer|cCurrency|cNotQty) == 0) {
		return q, i, false
	}
	// The quantity before, nearer than any price, in the same sentence.
	if len(sc.quantities) == 0 {
		return q, i, false
	}
	prev := &sc.quantities[len(sc.quantities)-1]
	pe := prev.Mentions[0].End
	if pe > int(sc.toks[i].start) || sc.lastPriceEnd(i) > pe {
		return q, i, false
	}
	for k := i - 1; k >= 0 && int(sc.toks[k].end) > pe; k-- {
		if sc.isSym(k, ".", "!", "?") || sc.toks[k+1].nl || i-k > 30 {
			return q, i, false
		}
	}
	if prev.Max == nil || prev.Min <= 0 {
		return q, i, false
	}
	if r := n.min / prev.Min; r < 0.05 || r > 20 {
		return q, i, false
	}
	lo, hi, open := n.bounds()
	if n.qual == "under" && !n.ranged && !measureUnit(prev.Unit) && hi >= 1 && hi == float64(int64(hi)) {
		hi--
	}
	q.Text = sc.text[sc.toks[n.qi].start:sc.toks[n.j-1].end]
	q.Min = round(lo)
	if !open {
		h := round(hi)
		q.Max = &h
	}
	q.Unit, q.Item = prev.Unit, prev.Item
	q.Mentions = sc.one(sc.mention(n.qi, end))
	return q, end, true
}

// lastPriceEnd is the byte end of the last price found before token i, or -1.
func (sc *scanner) lastPriceEnd(i int) int {
	for k := len(sc.prices) - 1; k >= 0; k-- {
		if e := sc.prices[k].Mentions[0].End; e <= int(sc.toks[i].start) {
			return e
		}
	}
	return -1
}
