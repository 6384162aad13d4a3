package measure

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

// ParseMoney reads one amount of money: "$110", "US$1.2 million",
// "800 Chinese yuan", "₩160,000", "16만원", "3천 위안", "500–600 yuan",
// "between 5,000 and 6,000 won". max equals amount unless a range is given.
// Unqualified won is KRW here: a lone string has no North Korean context.
// ¥ is JPY unless the string names China.
func ParseMoney(s string) (amount, max float64, currency string, ok bool) {
	sc := newScanner(s, zeroTime, nil)
	defer sc.release()
	if len(sc.toks) == 0 {
		return 0, 0, "", false
	}
	p, end, ok := sc.priceAt(0)
	if !ok {
		return 0, 0, "", false
	}
	// A trailing unit or the text's own conversion may follow.
	if !sc.onlyTrailing(end) {
		return 0, 0, "", false
	}
	max = p.Amount
	if p.AmountMax != nil {
		max = *p.AmountMax
	}
	return p.Amount, max, p.Currency, true
}

// priceAt parses a price whose qualifier, currency symbol or value starts at
// token i, and returns it with the index of the token after it.
func (sc *scanner) priceAt(i int) (model.Price, int, bool) {
	var p model.Price
	n := numExpr{qi: i, vi: i}
	q, vi, between := sc.qualifierAt(i)
	n.qual, n.between, n.vi = q, between, vi
	cur, k, sym, pre := sc.prefixCurrency(vi)
	var end int
	cut := 0   // byte end of the last token's meaningful part, if shorter
	link := -1 // the "to" of a range, if any
	if pre {
		n.vi = k
		v, v2, j, kind, ok := sc.atom(k)
		if !ok {
			return p, i, false
		}
		n.min, n.max, n.j = v, v2, j
		n.vague = kind == atomVague
		n.ranged = n.vague
		if !n.vague {
			m := n
			if sc.rangeTail(&m, sym) {
				// "$1 to 18,000 won" is a rate, not a range.
				if c, _, _, ok := sc.suffixCurrencyCut(m.j, false); !ok || c == cur {
					n, link = m, m.link
				}
			}
		}
		end = n.j
		// "$110 USD", "₩16만원": the currency named again.
		if c, e, cb, ok := sc.suffixCurrencyCut(end, false); ok && c == cur {
			end, cut = e, cb
		}
	} else {
		var ok bool
		if n, ok = sc.numberFrom(n); !ok {
			return p, i, false
		}
		c, e, cb, ok := sc.suffixCurrencyCut(n.j, n.vague)
		if !ok {
			return p, i, false
		}
		cur, end, cut = c, e, cb
		if n.ranged && !n.vague {
			link = n.link
		}
		if !n.ranged {
			// "5,000 won to 6,000 won", but not "1 USD to 18,000 KPW"
			m := n
			m.j = end
			if sc.rangeTail(&m, "") {
				c2, e2, cb, ok := sc.suffixCurrencyCut(m.j, false)
				if !ok || c2 == cur {
					n.min, n.max, n.ranged = m.min, m.max, true
					end, link = m.j, m.link
					if ok {
						end, cut = e2, cb
					}
				}
			}
		}
	}
	if !n.valid() || n.min <= 0 { // "$0-01" is no price
		return p, i, false
	}
	if link > 0 && sc.kwAt(link) == kwTo && (sc.isChangeFrom(n.qi) || sc.isChangeVerb(n.qi-1)) {
		// "rose from 7,000 won to 11,000 won": two prices, not a range;
		// "rose 1,000 won to 7,000 won": a change and a price.
		n.max, n.ranged, n.open = n.min, false, false
		end, cut = link, 0
	} else if !pre && !n.ranged && cut > 0 {
		if e := sc.koreanRangeTail(&n, cur, end, cut); e != end {
			end, cut = e, 0
		}
	}
	if n.qual == "" {
		if q, cb := sc.koreanQualAfter(end); q != "" {
			n.qual, cut = q, cb
			end++
		}
	}
	cur = sc.resolveCurrency(cur, i)
	p.Amount, p.Currency, p.Qualifier = round(n.min), cur, n.qual
	if n.ranged && n.max > n.min {
		m := round(n.max)
		p.AmountMax = &m
	}
	unit, uend := sc.unitAfter(end)
	if sc.marked(end, uend) || sc.kwAt(uend) == kwAgo || sc.kwAt(uend) == kwEarlier || sc.kwAt(uend) == kwBefore {
		unit, uend = "", end // "8,000 won a year ago": the unit is a date
	}
	p.Unit = unit
	start := i
	if u, item, us := sc.koreanUnitBefore(i); us < i {
		start = us
		if p.Unit == "" {
			p.Unit = u
		}
		p.Item = item
	}
	if p.Item == "" {
		item, u := sc.itemBefore(start)
		p.Item = item
		if p.Unit == "" {
			p.Unit = u
		}
	}
	m := sc.mention(start, uend)
	if uend == end && cut > m.Start && cut < m.End {
		m.End = cut
		m.Text = sc.text[m.Start:m.End]
	}
	p.Mentions = []model.Mention{m}
	end = uend
	payer := sc.isPayVerb(start - 1)
	if q, ms, me, ok := sc.conversionInParens(end, cur); ok {
		// "(about $138)", "(한화 약 2천원)": the report's own conversion.
		if q.Currency == "USD" {
			if cur == "KPW" && q.Amount > 0 && p.Amount/q.Amount >= 700 && p.Amount/q.Amount <= 1800 {
				// The report's own rate is South Korea's (about 1,000 to 1,500
				// won a dollar), not the North's (about 100 official, thousands
				// on the market): "6.6 billion won (US$5.8 million)".
				cur, p.Currency = "KRW", "KRW"
			}
			p.USD = &model.USDValue{Amount: round(q.Amount), Rate: sig(q.Amount / p.Amount), RateDate: sc.dateString(), Source: "text"}
		}
		p.Mentions = append(p.Mentions, sc.mention(ms, me))
		end = me + 1
	}
	if p.USD == nil {
		p.USD = sc.convert(p.Amount, cur)
	}
	// "paid 800 yuan for the glasses", "spent $50 on rice"
	if p.Item == "" && payer && (sc.kwAt(end) == kwFor || sc.kwAt(end) == kwOn) {
		k := end + 1
		if sc.kwAt(k) == kwThe || sc.kwAt(k) == kwA || sc.kwAt(k) == kwEach {
			k++
		}
		if e := sc.npForward(k); e > k {
			p.Item = sc.text[sc.toks[k].start:sc.toks[e-1].end]
		}
	}
	return p, end, true
}

// rateAfter reads an exchange rate stated as one unit of a foreign
// currency followed, in the same clause, by its price in won: "One Chinese
// yuan fetched 2,050 won", "1 USD = 8,100 KPW", "1달러에 1만 8천원",
// "1위안은 이달 초 1,950원에". p is the one-unit price ending at token
// end. The rate is returned as the won price with p's currency as unit.
func (sc *scanner) rateAfter(p model.Price, end int) (model.Price, int, bool) {
	if (p.Currency == "KPW" || p.Currency == "KRW") && p.Unit == "" && p.AmountMax == nil && end+1 < len(sc.toks) &&
		(sc.kwAt(end) == kwTo || sc.kwAt(end) == kwPer || sc.kwAt(end) == kwFor) && sc.mayStartAmount(end+1) {
		// "21,500 won to 1 dollar": the won price of one unit of a currency
		if q, e, ok := sc.priceAt(end + 1); ok && q.Amount == 1 && q.AmountMax == nil && q.Unit == "" && q.Currency != "KPW" && q.Currency != "KRW" && !sc.marked(end+1, e) {
			p.Unit, p.Item = q.Currency, "exchange rate"
			p.Mentions = append(p.Mentions, q.Mentions...)
			return p, e, true
		}
	}
	if p.Amount != 1 || p.AmountMax != nil || p.Currency == "KPW" || p.Currency == "KRW" || p.Unit != "" {
		return p, end, false
	}
	for k := end; k < len(sc.toks) && k < end+8; k++ {
		t := sc.toks[k]
		if t.nl || sc.isSym(k, ".", ";", "!", "?", "(", ")") {
			break
		}
		if sc.mark[k]&markDate != 0 || t.kind == tHangul && !sc.mayStartAmount(k) {
			continue
		}
		if (t.kw == kwAt || t.kw == kwFor) && sc.kwAt(k+1) != kwLeast && sc.kwAt(k+1) != kwMost {
			continue // "1 dollar was exchanged at 39,000 won"
		}
		if t.kind == tWord && sc.cls(k)&cQual == 0 && !sc.mayStartAmount(k) {
			if sc.cls(k)&cStop != 0 && t.kw != kwAt && t.kw != kwFor && t.kw != kwTo && !sc.isRateVerb(k) {
				break // "1 dollar and …", "1 yuan while …"
			}
			continue
		}
		if t.kind == tSym && !sc.isSym(k, "=", ":", "≈", "~", "₩", "￦") {
			break
		}
		if !sc.mayStartAmount(k) {
			continue
		}
		q, e, ok := sc.priceAt(k)
		if !ok || q.Currency != "KPW" && q.Currency != "KRW" || q.Unit != "" || sc.marked(k, e) {
			return p, end, false
		}
		q.Unit, q.Item = p.Currency, "exchange rate"
		q.Mentions = append(q.Mentions, p.Mentions...)
		return q, e, true
	}
	return p, end, false
}

// isRateVerb reports whether token k links a currency unit to its price in
// a stated rate: "1 dollar is 21,000 won", "one yuan was worth 3,800 won".
func (sc *scanner) isRateVerb(k int) bool {
	w := sc.tokText(k)
	return equalFold(w, "is") || equalFold(w, "was") || equalFold(w, "were") || equalFold(w, "are") ||
		equalFold(w, "worth") || equalFold(w, "equals") || equalFold(w, "equaled") || equalFold(w, "equalled")
}

// isChangeFrom reports whether the amount starting at token i follows a
// "from" that opens a change ("rose from …") rather than a span ("ranged
// from …", "anywhere from …").
func (sc *scanner) isChangeFrom(i int) bool {
	if sc.kwAt(i-1) != kwFrom {
		return false
	}
	if i >= 2 && sc.toks[i-2].kind == tWord {
		w := sc.tokText(i - 2)
		if hasPrefixFold(w, "rang") || hasPrefixFold(w, "var") || equalFold(w, "anywhere") || equalFold(w, "prices") || equalFold(w, "price") {
			return false
		}
	}
	return true
}

// koreanRangeTail reads what follows a Korean currency inside its token:
// "8천원대" (in the 8,000s) and "150위안에서 200위안 사이" (between 150
// and 200). cut is where the currency ends in the token before end. It
// returns the new end.
func (sc *scanner) koreanRangeTail(n *numExpr, cur string, end, cut int) int {
	t := sc.toks[end-1]
	if t.kind != tHangul || cut <= int(t.start) || cut >= int(t.end) {
		return end
	}
	rest := sc.text[cut:t.end]
	if r, ok := strings.CutPrefix(rest, "대"); ok {
		if r != "" {
			if c, _ := utf8.DecodeRuneInString(r); strings.ContainsRune("비출금가한해신부상책표응형략만", c) {
				return end
			}
		}
		if n.min >= 10 && n.min == n.max {
			n.max = n.min + magnitude(n.min) - 1
			n.ranged = true
		}
		return end
	}
	if rest != "에서" || end >= len(sc.toks) || sc.toks[end].kind != tNum {
		return end
	}
	m := numExpr{qi: end, vi: end}
	m, ok := sc.numberFrom(m)
	if !ok || m.ranged || m.min <= n.min {
		return end
	}
	c, e, _, ok := sc.suffixCurrencyCut(m.j, false)
	if !ok || c != cur && !(cur == "WON" && c == "WON") || e >= len(sc.toks) || !strings.HasPrefix(sc.tokText(e), "사이") {
		return end
	}
	n.max, n.ranged = m.min, true
	return e
}

// magnitude is the place value of the lowest non-zero digit of a whole
// number: 8,000 → 1,000, 18,000 → 1,000, 20,000 → 10,000.
func magnitude(v float64) float64 {
	p := 1.0
	for p < 1e12 && math.Mod(v, p*10) == 0 && p*10 <= v {
		p *= 10
	}
	return p
}

// isPayVerb reports whether token k is "paid", "pay", "spent" and the like,
// whose object follows the price ("paid 800 yuan for the radios").
func (sc *scanner) isPayVerb(k int) bool {
	if k < 0 || sc.toks[k].kind != tWord || sc.cls(k)&cVerb == 0 {
		return false
	}
	w := sc.tokText(k)
	return hasPrefixFold(w, "pa") || hasPrefixFold(w, "spen")
}

func (sc *scanner) dateString() string {
	if sc.pub.IsZero() {
		return ""
	}
	if sc.pubDate == "" {
		sc.pubDate = ymd(sc.pub)
	}
	return sc.pubDate
}

// convert gives the table's USD value of amount, or nil. USD is itself;
// KPW is never converted (see the package comment).
func (sc *scanner) convert(amount float64, cur string) *model.USDValue {
	if cur == "USD" {
		return &model.USDValue{Amount: round(amount), Rate: 1, RateDate: sc.dateString(), Source: "text"}
	}
	if cur == "KPW" || sc.rt == nil || sc.pub.IsZero() {
		return nil
	}
	perUSD, month, ok := sc.rt.Rate(cur, sc.pub)
	if !ok || perUSD <= 0 {
		return nil
	}
	if sc.tableSource == "" {
		sc.tableSource = "table:" + sc.rt.Name()
	}
	return &model.USDValue{Amount: round(amount / perUSD), Rate: sig(1 / perUSD), RateDate: ymd(month), Source: sc.tableSource}
}

// conversionInParens reads a price in another currency than cur in
// parentheses at token j: "(approximately $110 USD)", "(about $138)",
// "(약 110달러)", "(한화 약 2천원)", "(about 700,000 won)". It returns the
// price and the token span of the inside, whose closing parenthesis is
// token me.
func (sc *scanner) conversionInParens(j int, cur string) (q model.Price, ms, me int, ok bool) {
	if !sc.isSym(j, "(", "（") {
		return q, 0, 0, false
	}
	inner := j + 1
	for k := inner; k < len(sc.toks) && k < inner+8; k++ {
		if !sc.isSym(k, ")", "）") {
			continue
		}
		s := inner
		// "(한화 약 2천원)", "(or about $4)", "(i.e. $4)"
		for s < k && (sc.toks[s].kind == tHangul && hasAnyPrefix(sc.tokText(s), []string{"한화", "한국", "남한", "우리"}) ||
			sc.kwAt(s) == kwOr || sc.isSym(s, ",")) {
			s++
		}
		p, e, ok := sc.priceAt(s)
		// Only the price (and its unit) may stand before ")".
		if !ok || e != k || p.Currency == cur || p.AmountMax != nil {
			return q, 0, 0, false
		}
		return p, inner, k, true
	}
	return q, 0, 0, false
}

// prefixCurrency reads a currency written before the amount: "$", "US$",
// "HK$", "₩", "¥", "€", "₽", "£", or a code in capitals ("RMB 500").
func (sc *scanner) prefixCurrency(k int) (cur string, next int, sym string, ok bool) {
	if k >= len(sc.toks) {
		return "", k, "", false
	}
	t := sc.toks[k]
	switch t.kind {
	case tSym:
		s := sc.tokText(k)
		switch s {
		case "$":
			cur = "USD"
		case "₩", "￦":
			cur = "WON"
		case "¥", "￥":
			cur = "YEN"
		case "€":
			cur = "EUR"
		case "₽":
			cur = "RUB"
		case "£":
			cur = "GBP"
		default:
			return "", k, "", false
		}
		if k+1 < len(sc.toks) && (sc.toks[k+1].kind == tNum || sc.toks[k+1].kind == tWord) {
			return cur, k + 1, s, true
		}
	case tWord:
		s := sc.tokText(k)
		if k+1 < len(sc.toks) && sc.isSym(k+1, "$") && sc.toks[k+1].glued {
			switch s {
			case "US", "U.S":
				cur = "USD"
			case "HK":
				cur = "HKD"
			case "NT":
				cur = "TWD"
			case "A", "AU":
				cur = "AUD"
			case "C", "CA":
				cur = "CAD"
			case "S":
				cur = "SGD"
			default:
				return "", k, "", false
			}
			if k+2 < len(sc.toks) && sc.toks[k+2].kind == tNum {
				return cur, k + 2, "$", true
			}
			return "", k, "", false
		}
		switch s {
		case "USD", "RMB", "CNY", "KRW", "KPW", "EUR", "RUB", "JPY", "HKD", "GBP":
			if k+1 < len(sc.toks) && sc.toks[k+1].kind == tNum {
				return sc.info(t.kw).alt, k + 1, "", true
			}
		}
	case tHan:
		switch sc.tokText(k) {
		case "人民币", "￥":
			if k+1 < len(sc.toks) && sc.toks[k+1].kind == tNum {
				return "CNY", k + 1, "", true
			}
		}
	}
	return "", k, "", false
}

// suffixCurrency reads a currency written after the amount: "yuan",
// "Chinese yuan", "North Korean won", "US dollars", "원", "위안", "元".
func (sc *scanner) suffixCurrency(j int, vague bool) (cur string, next int, ok bool) {
	cur, next, _, ok = sc.suffixCurrencyCut(j, vague)
	return cur, next, ok
}

// suffixCurrencyCut is suffixCurrency that also returns where the currency
// ends in bytes, which for Hangul is inside the token ("원에" → "원").
func (sc *scanner) suffixCurrencyCut(j int, vague bool) (cur string, next, cut int, ok bool) {
	if j >= len(sc.toks) {
		return "", j, 0, false
	}
	k := j
	if vague && sc.kwAt(k) == kwOf {
		k++
	}
	var north, south, hong, taiwan bool
	for n := 0; n < 3 && k < len(sc.toks); n++ {
		t := sc.toks[k]
		if t.kind == tWord && sc.cls(k)&cCurAdj != 0 && sc.info(t.kw).cls&cCurrency == 0 {
			switch sc.tokText(k) {
			case "North", "north":
				north = true
			case "South", "south":
				south = true
			case "Hong", "Kong":
				hong = true
			case "Taiwan":
				taiwan = true
			}
			k++
			continue
		}
		// "U.S." is U . S .
		if t.kind == tWord && sc.tokText(k) == "U" && sc.isSym(k+1, ".") && k+3 < len(sc.toks) && sc.tokText(k+2) == "S" && sc.isSym(k+3, ".") {
			k += 4
			continue
		}
		break
	}
	if k >= len(sc.toks) {
		return "", j, 0, false
	}
	t := sc.toks[k]
	switch t.kind {
	case tWord:
		if sc.cls(k)&cCurrency == 0 {
			return "", j, 0, false
		}
		cur = sc.info(t.kw).alt
		switch {
		case cur == "WON" && north:
			cur = "KPW"
		case cur == "WON" && south:
			cur = "KRW"
		case cur == "USD" && hong:
			cur = "HKD"
		case cur == "USD" && taiwan:
			cur = "TWD"
		}
		return cur, k + 1, int(t.end), true
	case tHangul:
		if c, n := hangulCurrency(sc.tokText(k)); c != "" {
			return c, k + 1, int(t.start) + n, true
		}
		// "3천여 위안": 여 (odd) then the currency
		if sc.tokText(k) == "여" && k+1 < len(sc.toks) && sc.toks[k+1].kind == tHangul {
			if c, n := hangulCurrency(sc.tokText(k + 1)); c != "" {
				return c, k + 2, int(sc.toks[k+1].start) + n, true
			}
		}
	case tHan:
		s := sc.tokText(k)
		for _, c := range []struct{ p, cur string }{{"美元", "USD"}, {"韩元", "KRW"}, {"日元", "JPY"}, {"欧元", "EUR"}, {"卢布", "RUB"}, {"人民币", "CNY"}, {"元", "CNY"}, {"块", "CNY"}} {
			if strings.HasPrefix(s, c.p) {
				return c.cur, k + 1, int(t.start) + len(c.p), true
			}
		}
	}
	return "", j, 0, false
}

// hangulCurrency names the currency a Hangul token after a number begins
// with, allowing a leading 여 ("3천여원") and trailing particles.
func hangulCurrency(s string) (string, int) {
	skip := 0
	if strings.HasPrefix(s, "여") {
		s, skip = s[len("여"):], len("여")
	}
	for _, c := range []struct{ p, cur string }{{"위안", "CNY"}, {"달러", "USD"}, {"유로", "EUR"}, {"루블", "RUB"}, {"엔", "JPY"}, {"원", "WON"}} {
		if rest, ok := strings.CutPrefix(s, c.p); ok {
			if c.cur == "WON" && rest != "" {
				r, _ := utf8.DecodeRuneInString(rest)
				if strings.ContainsRune("래인산자칙조유료정장수회전본숭칙년권", r) {
					return "", 0
				}
			}
			return c.cur, skip + len(c.p)
		}
	}
	return "", 0
}

// resolveCurrency turns WON and YEN into ISO codes by the documented
// rules; a 한화 (South Korean money) or 북한 돈 right before the price decides.
func (sc *scanner) resolveCurrency(cur string, i int) string {
	switch cur {
	case "WON":
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if sc.toks[k].kind != tHangul {
				continue
			}
			switch s := sc.tokText(k); {
			case strings.HasPrefix(s, "한화"):
				return "KRW"
			case strings.HasPrefix(s, "돈") && k > 0 && sc.tokText(k-1) == "북한", strings.HasPrefix(s, "북한돈"):
				return "KPW"
			}
		}
		sc.context()
		return sc.won
	case "YEN":
		sc.context()
		return sc.yen
	}
	return cur
}

// koreanQualAfter reads 이상, 미만, 이하, 정도, 가량 after an amount, and
// returns the byte where the qualifier ends.
func (sc *scanner) koreanQualAfter(j int) (string, int) {
	if j >= len(sc.toks) || sc.toks[j].kind != tHangul {
		return "", 0
	}
	s := sc.tokText(j)
	for _, q := range []struct{ p, q string }{{"이상", "over"}, {"넘게", "over"}, {"넘어", "over"}, {"넘는", "over"}, {"미만", "under"}, {"이하", "up to"},
		{"정도", "about"}, {"가량", "about"}, {"쯤", "about"}, {"내외", "about"}, {"안팎", "about"}} {
		if strings.HasPrefix(s, q.p) {
			return q.q, int(sc.toks[j].start) + len(q.p)
		}
	}
	return "", 0
}

// unitAfter reads what a price is per: "each", "apiece", "a piece", "per
// kg", "a kilogram", "per 70 kg", "/kg", "per tonne".
func (sc *scanner) unitAfter(j int) (unit string, next int) {
	if j >= len(sc.toks) {
		return "", j
	}
	t := sc.toks[j]
	switch {
	case t.kw == kwEach || t.kw == kwApiece:
		return "each", j + 1
	case (t.kw == kwA || t.kw == kwAn || t.kw == kwPer) && sc.kwAt(j+1) == kwPiece:
		return "each", j + 2
	case t.kw == kwPer || t.kw == kwA || t.kw == kwAn || sc.isSym(j, "/"):
		k := j + 1
		num := ""
		if k < len(sc.toks) && sc.toks[k].kind == tNum && t.kw != kwA && t.kw != kwAn {
			if v, ok := parseDigits(sc.tokText(k)); ok && v > 0 && v < 1e6 {
				num = sc.tokText(k)
				k++
			}
		}
		if k >= len(sc.toks) || sc.toks[k].kind != tWord {
			return "", j
		}
		for n := 0; n < 2 && k+1 < len(sc.toks) && sc.cls(k)&cCurAdj != 0 && sc.cls(k)&cCurrency == 0; n++ {
			k++ // "per US dollar"
		}
		c := sc.cls(k)
		var u string
		switch {
		case c&cCurrency != 0:
			if cur, _, ok := sc.suffixCurrency(k, false); ok && cur != "WON" {
				u = cur
			} else {
				u = strings.ToLower(sc.tokText(k))
			}
		case c&cMeasure != 0:
			u = sc.info(sc.toks[k].kw).alt
		case t.kw == kwPer || sc.isSym(j, "/") || c&(cContainer|cNotQty) != 0:
			if c&cStop != 0 && c&cContainer == 0 {
				return "", j
			}
			u = strings.ToLower(sc.tokText(k))
		default:
			return "", j
		}
		if u == "unit" || u == "piece" {
			u = "each"
		}
		if num != "" {
			u = num + " " + u
		}
		return u, k + 1
	}
	return "", j
}

// itemBefore finds what a price starting at token i is for, when the
// sentence says it simply: "rice sold for …", "bought the spy glasses at
// …", "a kilogram of rice costs …". It may also find a unit ("kg").
func (sc *scanner) itemBefore(i int) (item, unit string) {
	k := i - 1
	link := false
	for n := 0; n < 4 && k >= 0; n++ {
		t := sc.toks[k]
		if t.kind != tWord || sc.toks[k+1].nl {
			break
		}
		s := sc.tokText(k)
		if sc.cls(k)&cPriceVerb != 0 || (len(s) > 3 && strings.HasSuffix(s, "ly")) {
			link = true
			k--
			continue
		}
		break
	}
	if !link || k < 0 {
		return "", ""
	}
	e := k + 1
	s := sc.npBackward(k)
	if s == e {
		return "", ""
	}
	switch sc.kwAt(s - 1) {
	case kwIn, kwAt, kwOn, kwFrom, kwTo, kwBy, kwFor:
		// "prices of rice at markets in North Korea hit …": the phrase
		// next to the verb is a place; look for "price(s) of X" instead.
		for b := s - 2; b > 0 && b >= s-12; b-- {
			if sc.toks[b].kind == tSym && !sc.isSym(b, "-") {
				break
			}
			if sc.kwAt(b) == kwOf && (sc.kwAt(b-1) == kwPrice || sc.kwAt(b-1) == kwPrices) {
				f := b + 1
				if k := sc.kwAt(f); k == kwA || k == kwAn || k == kwThe {
					f++
				}
				if ne := sc.npForward(f); ne > f {
					return sc.text[sc.toks[f].start:sc.toks[ne-1].end], ""
				}
				break
			}
		}
		return "", ""
	}
	for e > s && (sc.kwAt(e-1) == kwPrice || sc.kwAt(e-1) == kwPrices) {
		e--
	}
	if e == s {
		return "", ""
	}
	if s >= 2 && sc.kwAt(s-1) == kwOf && sc.cls(s-2)&(cMeasure|cContainer) != 0 {
		unit = sc.info(sc.toks[s-2].kw).alt
		if unit == "" {
			unit = strings.ToLower(sc.tokText(s - 2))
		}
		if s >= 3 && sc.toks[s-3].kind == tNum {
			if v, ok := parseDigits(sc.tokText(s - 3)); ok && v != 1 {
				unit = sc.tokText(s-3) + " " + unit
			}
		}
	}
	return sc.text[sc.toks[s].start:sc.toks[e-1].end], unit
}

// npBackward returns the first token of the noun phrase ending at token k.
func (sc *scanner) npBackward(k int) int {
	s := k + 1
	for n := 0; n < 4 && k >= 0; n++ {
		t := sc.toks[k]
		if t.kind == tSym && sc.tokText(k) == "-" && t.glued && k > 0 && sc.toks[k-1].kind == tWord && k+1 < len(sc.toks) && sc.toks[k+1].glued {
			k--
			continue
		}
		if t.kind != tWord || sc.cls(k)&(cStop|cPriceVerb|cQual|cCurrency|cVerb) != 0 || (k+1 < len(sc.toks) && sc.toks[k+1].nl && k+1 < s) {
			break
		}
		s = k
		k--
	}
	if s <= len(sc.toks)-1 && sc.isSym(s, "-") {
		s++
	}
	return s
}

// koreanUnitBefore reads "쌀 1kg당", "kg당", "옥수수 1kg" or "개당" before a
// Korean price starting at token i: the unit, the item and the first token
// of the phrase.
func (sc *scanner) koreanUnitBefore(i int) (unit, item string, start int) {
	k := i - 1
	if k < 0 {
		return "", "", i
	}
	if sc.toks[k].kind == tHangul {
		switch s := sc.tokText(k); s {
		case "개당", "한개당":
			return "each", sc.hangulItem(k - 1), k
		case "달러당", "위안당", "엔당", "루블당":
			// "달러당 8천원": an exchange rate ("1달러당 …" is read by rateAfter)
			if !sc.toks[k].glued || sc.toks[k-1].kind != tNum {
				c, _ := hangulCurrency(strings.TrimSuffix(s, "당"))
				return c, "exchange rate", k
			}
		}
	}
	marker := false
	if sc.toks[k].kind == tHangul && sc.toks[k].glued && (sc.tokText(k) == "당" || sc.tokText(k) == "에") {
		marker = true
		k--
	}
	if k < 0 || !marker && sc.toks[i].glued {
		return "", "", i
	}
	u := ""
	switch {
	case sc.toks[k].kind == tWord && sc.cls(k)&cMeasure != 0:
		u = sc.info(sc.toks[k].kw).alt
	case sc.toks[k].kind == tHangul:
		switch sc.tokText(k) {
		case "톤":
			u = "tonne"
		case "킬로그램", "킬로", "키로":
			u = "kg"
		case "개":
			u = "each"
		}
	}
	if u == "" || marker && !sc.toks[k+1].glued {
		return "", "", i
	}
	if k >= 1 && sc.toks[k-1].kind == tNum && sc.toks[k].glued {
		if num := sc.tokText(k - 1); num != "1" && u != "each" {
			u = num + " " + u
		}
		item = sc.hangulItem(k - 2)
		if !marker && item == "" {
			return "", "", i // "10 kg 500 yuan" in English is not this pattern
		}
		return u, item, k - 1
	}
	if !marker {
		return "", "", i
	}
	return u, sc.hangulItem(k - 1), k
}

// hangulItem is the Hangul noun at token k without its case particle, or "".
// "쌀 가격이" gives 쌀: a word for price defers to the noun before it.
func (sc *scanner) hangulItem(k int) string {
	if k >= 1 && sc.toks[k].kind == tHangul {
		if s := sc.tokText(k); strings.HasPrefix(s, "가격") || strings.HasPrefix(s, "값") {
			k--
		}
	}
	if k < 0 || sc.toks[k].kind != tHangul || (k+1 < len(sc.toks) && sc.toks[k+1].nl) {
		return ""
	}
	s := sc.tokText(k)
	if utf8.RuneCountInString(s) >= 2 {
		for _, p := range []string{"을", "를", "은", "는", "의", "도"} {
			if strings.HasSuffix(s, p) {
				s = strings.TrimSuffix(s, p)
				break
			}
		}
	}
	switch s {
	case "총", "약", "및", "등", "모두", "무려", "최소", "최대", "각각", "가격", "값", "대략", "지난", "올해", "작년", "또", "이", "그", "한":
		return ""
	}
	return s
}

// round keeps amounts tidy: two decimals, and no float noise.
func round(x float64) float64 {
	if x >= 1e12 {
		return math.Round(x)
	}
	return math.Round(x*100) / 100
}

// sig rounds a rate to six significant digits.
func sig(x float64) float64 {
	if x == 0 || !finite(x) {
		return 0
	}
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 6, 64), 64)
	if err != nil {
		return 0
	}
	return v
}
