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
		hundreds := false // "in the 8,000s", "the 8,000-won range": 8,000–8,999
		if !n.ranged && n.j == n.vi+1 && n.j < len(sc.toks) && sc.toks[n.vi].kind == tNum && sc.toks[n.j].glued && sc.tokText(n.j) == "s" {
			n.j++
			hundreds = true
		}
		if n.j+1 < len(sc.toks) && sc.isSym(n.j, "-") && sc.toks[n.j].glued && sc.toks[n.j+1].glued && sc.cls(n.j+1)&cCurrency != 0 {
			n.j++ // "a 500-yuan fine"; "5,000-won notes" are turned away as banknotes
		}
		c, e, cb, ok := sc.suffixCurrencyCut(n.j, n.vague)
		if !ok {
			return p, i, false
		}
		if sc.toks[e-1].kind == tWord && sc.isYear(n.vi) && n.j == n.vi+1 && sc.yearLead(n.qi) {
			return p, i, false // "In 2019 won prices doubled", "in 2015 dollars": a year
		}
		if !hundreds && sc.kwAt(i-1) == kwThe && e < len(sc.toks) && equalFold(sc.tokText(e), "range") && !n.ranged {
			hundreds = true
			e++
		}
		if hundreds && sc.isYear(n.vi) {
			return p, i, false // "in the 1990s won notes": a decade
		}
		if hundreds && n.min >= 10 && n.min == n.max {
			n.max, n.ranged = n.min+magnitude(n.min)-1, true
		}
		cur, end, cut = c, e, cb
		if cur == "USC" {
			n.min, n.max, cur = n.min/100, n.max/100, "USD"
		}
		if (cur == "WON" || cur == "KPW" || cur == "KRW") && n.j == n.vi+1 && sc.thousandsDot(n.vi) {
			n.min, n.max = n.min*1000, n.max*1000 // "20.000 won": a European grouping, as won has no fractions
		}
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
	if link > 0 && sc.kwAt(link) == kwTo && (sc.isChangeFrom(n.qi) || sc.isChangeVerb(n.qi-1) || sc.kwAt(n.qi-1) == kwBy && sc.isChangeVerb(n.qi-2)) {
		// "rose from 7,000 won to 11,000 won": two prices, not a range;
		// "rose 1,000 won to 7,000 won", "fell by $50 million to $200
		// million": a change and a price.
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
	p.Mentions = sc.one(m)
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
		end = me
		if sc.isSym(me, ")", "）") {
			end = me + 1
		}
		if p.Unit == "" {
			// "6,000 won (US$0.75) per kilogram": the unit after the conversion
			if u, ue := sc.unitAfter(end); ue > end && !sc.marked(end, ue) {
				p.Unit, end = u, ue
			}
		}
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
		if t.kw == kwThe && k+1 < len(sc.toks) && sc.toks[k+1].kind == tNum {
			continue // machine translation: "the 1 dollar is exchanged for the 9,000 won"
		}
		if t.kind == tWord && sc.cls(k)&cQual == 0 && !sc.mayStartAmount(k) {
			if sc.cls(k)&cStop != 0 && sc.cls(k)&cPriceVerb == 0 && !sc.isRateVerb(k) {
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
		q.Mentions = sc.more(q.Mentions, p.Mentions...)
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
	c, e, cut2, ok := sc.suffixCurrencyCut(m.j, false)
	if !ok || c != cur && !(cur == "WON" && c == "WON") {
		return end
	}
	// "150위안에서 200위안 사이", "250달러에서 300달러까지", "9천 달러에서 1만
	// 달러를 준다": the second amount closes the span; not "5천원에서 7천원까지
	// 올랐다", a change from one price to another.
	tail := ""
	if t2 := sc.toks[e-1]; t2.kind == tHangul && cut2 > int(t2.start) && cut2 < int(t2.end) {
		tail = sc.text[cut2:t2.end]
	}
	switch {
	case tail == "" && e < len(sc.toks) && strings.HasPrefix(sc.tokText(e), "사이"):
	case tail == "" && sc.isSym(e, ",") && !sc.toks[e].nl:
		// "한 대에 1,900위안에서 2,300위안, 오토바이는 4,500위안": a list of
		// prices, the range one of them
	case tail == "" && e < len(sc.toks) && sc.toks[e].kind == tHangul &&
		hasAnyPrefix(sc.tokText(e), []string{"정도", "가량", "안팎", "선에", "선이", "선으"}):
	case tail == "까지" || tail == "을" || tail == "를" || tail == "사이" || tail == "에" || tail == "이다" ||
		tail == "이었다" || tail == "였다" || tail == "씩" || tail == "정도" || tail == "가량" || tail == "선":
		if e < len(sc.toks) && sc.toks[e].kind == tHangul && koreanChange(sc.tokText(e)) {
			return end
		}
	default:
		return end
	}
	n.max, n.ranged = m.min, true
	return e
}

// yearLead reports whether a figure at token k stands where a year does:
// first in its line, or after "in", "since", "until", "during", "before",
// "after" or "through".
func (sc *scanner) yearLead(k int) bool {
	if k == 0 || sc.toks[k].nl {
		return true
	}
	switch sc.kwAt(k - 1) {
	case kwIn, kwSince, kwUntil, kwDuring, kwBefore, kwThrough:
		return true
	}
	return equalFold(sc.tokText(k-1), "after")
}

// thousandsDot reports digits at token k grouped by one dot before three
// digits ("20.000", "6.500").
func (sc *scanner) thousandsDot(k int) bool {
	d := sc.tokText(k)
	dot := strings.IndexByte(d, '.')
	return dot > 0 && dot <= 3 && len(d)-dot-1 == 3 && !strings.ContainsAny(d, ",") && d[0] != '0'
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
		sc.pubDate = sc.ymd(sc.pub)
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
		sc.tableSource = sc.rt.Source()
	}
	return &model.USDValue{Amount: round(amount / perUSD), Rate: sig(1 / perUSD), RateDate: sc.ymd(month), Source: sc.tableSource}
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
	closed := false
	for k := inner; k < len(sc.toks) && k < inner+16 && !closed; k++ {
		closed = sc.isSym(k, ")", "）")
	}
	if !closed {
		return q, 0, 0, false // and no nested reading of "800 yuan (800 yuan (…"
	}
	s := inner
	// "(한화 약 2천원)", "(미화 약 42달러)", "(or about $4)", "(i.e. $4)"
	// "(it is about 0.9 dollar)", "(that is, some $4)", "(which is $4)"
	for s < len(sc.toks) && s < inner+3 && (sc.toks[s].kind == tHangul && hasAnyPrefix(sc.tokText(s), []string{"한화", "한국", "남한", "우리", "미화", "미국"}) ||
		sc.kwAt(s) == kwOr || sc.isSym(s, ",") || sc.conversionFiller(s)) {
		s++
	}
	if s >= len(sc.toks) || !sc.mayStartAmount(s) {
		return q, 0, 0, false
	}
	p, e, ok := sc.priceAt(s)
	if !ok || p.Currency == cur || p.AmountMax != nil {
		return q, 0, 0, false
	}
	// Only the price (and its unit, or the rate it was converted at) may
	// stand before ")": "(about $138)", "($2.20 at the market rate)".
	for k := e; k < len(sc.toks) && k < e+7; k++ {
		if sc.isSym(k, ")", "）") {
			if k == e || sc.rateWords(e, k) {
				return p, inner, k, true
			}
			break
		}
	}
	if sc.kwAt(e) == kwAt && sc.rateWords(e, min(e+4, len(sc.toks))) {
		// "(about $30 at the market rate of 8,300 won to the dollar)": the
		// conversion ends at its price; the rate is read after it
		return p, inner, e, true
	}
	return q, 0, 0, false
}

// conversionFiller reports a word that may open the report's own
// conversion in parentheses before its price: "(it is about 0.9 dollar)",
// "(that is, $4)", "(which is $4)", "(equal to $4)".
func (sc *scanner) conversionFiller(k int) bool {
	if sc.toks[k].kind != tWord {
		return false
	}
	switch w := sc.tokText(k); len(w) {
	case 2:
		return equalFold(w, "it") || equalFold(w, "is") || equalFold(w, "to")
	case 4:
		return equalFold(w, "that") || equalFold(w, "this")
	case 5:
		return equalFold(w, "which") || equalFold(w, "equal")
	}
	return false
}

// rateWords reports whether tokens [j, k) are only words that name the
// rate a conversion was made at: "at the market rate", "at current
// exchange rates", "in market terms".
func (sc *scanner) rateWords(j, k int) bool {
	if k-j > 6 || j >= k {
		return false
	}
	named := false
	for ; j < k; j++ {
		if sc.toks[j].kind != tWord {
			return false
		}
		if sc.cls(j)&cCurrency != 0 {
			return false // "at 8,100 won": a price, not a rate's name
		}
		w := sc.tokText(j)
		if equalFold(w, "rate") || equalFold(w, "rates") || equalFold(w, "terms") || equalFold(w, "exchange") {
			named = true
		}
	}
	return named
}

// prefixCurrency reads a currency written before the amount: "$", "US$",
// "HK$", "₩", "¥", "€", "₽", "£", "₱", "฿", "₫", "₹", "₮", or a code in capitals ("RMB 500").
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
		case "₱":
			cur = "PHP"
		case "฿":
			cur = "THB"
		case "₫":
			cur = "VND"
		case "₹":
			cur = "INR"
		case "₮":
			cur = "MNT"
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
		if isCurrencyCode(s) && k+1 < len(sc.toks) && sc.toks[k+1].kind == tNum {
			return sc.info(t.kw).alt, k + 1, "", true
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

// isCurrencyCode reports an ISO code in capitals that may stand before an
// amount, apart or glued: "RMB 500", "KPW17,000".
func isCurrencyCode(s string) bool {
	switch s {
	case "USD", "RMB", "CNY", "KRW", "KPW", "EUR", "RUB", "JPY", "HKD", "GBP",
		"TWD", "SGD", "MNT", "THB", "VND", "MYR", "PHP", "AED", "KHR", "IDR", "CHF", "AUD", "CAD", "INR":
		return true
	}
	return false
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
	other := "" // the currency a country adjective makes of dollars: "Singapore dollars"
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
			case "Singapore":
				other = "SGD"
			case "Australian":
				other = "AUD"
			case "Canadian":
				other = "CAD"
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
		if w := sc.tokText(k); (equalFold(w, "cents") || equalFold(w, "cent")) && !south && !north && !hong && !taiwan {
			return "USC", k + 1, int(t.end), true // "75 cents", "75 US cents": hundredths of a dollar
		}
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
		case cur == "USD" && other != "":
			cur = other
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
	for _, c := range []struct{ p, cur string }{{"위안", "CNY"}, {"달러", "USD"}, {"유로", "EUR"}, {"루블", "RUB"}, {"엔", "JPY"},
		{"바트", "THB"}, {"페소", "PHP"}, {"링깃", "MYR"}, {"디르함", "AED"}, {"리엘", "KHR"}, {"루피아", "IDR"}, {"투그릭", "MNT"}, {"원", "WON"}} {
		if rest, ok := strings.CutPrefix(s, c.p); ok {
			if c.cur == "WON" && rest != "" {
				r, _ := utf8.DecodeRuneInString(rest)
				if strings.ContainsRune("래산자칙조유료정장수회전본숭칙년권", r) {
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
	if r, ok := strings.CutPrefix(s, "넘어"); ok && r != "" {
		if c, _ := utf8.DecodeRuneInString(r); strings.ContainsRune("가갔간갈오왔온올와", c) {
			return "", 0 // "넘어갔다", "넘어왔다": went across, not "over"
		}
	}
	for _, q := range []struct{ p, q string }{{"이상", "over"}, {"넘게", "over"}, {"넘어", "over"}, {"넘는", "over"}, {"미만", "under"}, {"이하", "up to"},
		{"정도", "about"}, {"가량", "about"}, {"쯤", "about"}, {"내외", "about"}, {"안팎", "about"}, {"가까이", "nearly"}} {
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
	case sc.isSym(j, "/") && j+1 < len(sc.toks) && sc.toks[j+1].kind == tHan:
		if u := hanUnit(sc.tokText(j + 1)); u != "" {
			return u, j + 2 // "500元/吨"
		}
	case t.kw == kwFor || t.kw == kwBy:
		// "for a 20 kg bag", "for 1 kg", "by the kilo", "by kilogram"
		k := j + 1
		article := sc.kwAt(k) == kwA || sc.kwAt(k) == kwAn || sc.kwAt(k) == kwThe
		if article {
			k++
		}
		num := ""
		if k < len(sc.toks) && sc.toks[k].kind == tNum && t.kw == kwFor {
			if v, ok := parseDigits(sc.tokText(k)); ok && v > 0 && v < 1e6 {
				num = sc.tokText(k)
				k++
			}
		}
		if num == "" && t.kw == kwFor {
			return "", j // "for the glasses": an item, read by the caller
		}
		if num != "" && sc.isSym(k, "-") && sc.toks[k].glued {
			k++
		}
		if k >= len(sc.toks) || sc.toks[k].kind != tWord || sc.cls(k)&cMeasure == 0 || sc.kwAt(k) == kwT && !sc.toks[k].glued {
			return "", j
		}
		u, e := sc.packUnit(num, sc.info(sc.toks[k].kw).alt, k+1)
		if num != "" && num != "1" && !article && e == k+1 {
			return "", j // "30,000 yuan for 2 tonnes of copper": a quantity bought
		}
		return u, e
	case t.kw == kwPer || t.kw == kwA || t.kw == kwAn || sc.isSym(j, "/"):
		k := j + 1
		num := ""
		if k < len(sc.toks) && sc.toks[k].kind == tNum && t.kw != kwA && t.kw != kwAn {
			if v, ok := parseDigits(sc.tokText(k)); ok && v > 0 && v < 1e6 {
				num = sc.tokText(k)
				k++
			}
		}
		if num != "" && sc.isSym(k, "-") && sc.toks[k].glued && k+1 < len(sc.toks) && sc.cls(k+1)&cMeasure != 0 {
			k++ // "per 50-kg sack"
		}
		if k >= len(sc.toks) || sc.toks[k].kind != tWord {
			return "", j
		}
		if num != "" && sc.cls(k)&cMeasure != 0 {
			return sc.packUnit(num, sc.info(sc.toks[k].kw).alt, k+1)
		}
		for n := 0; n < 2 && k+1 < len(sc.toks) && sc.cls(k)&cCurAdj != 0 && sc.cls(k)&cCurrency == 0; n++ {
			k++ // "per US dollar"
		}
		c := sc.cls(k)
		var u string
		switch {
		case (t.kw == kwA || t.kw == kwAn) && num == "" && c&(cCurrency|cMeasure|cContainer|cNotQty|cStop|cVerb|cPriceVerb|cQual) == 0 && !sc.toks[k].upper &&
			(k+1 >= len(sc.toks) || sc.toks[k+1].nl || sc.isSym(k+1, ";", ",", ".", ")", "!", "?") || sc.forDoing(k+1)) && !strings.HasSuffix(sc.tokText(k), "ing") && !strings.HasSuffix(sc.tokText(k), "ly"):
			// "300 yuan a trip;", "500 won a guard.": a count noun that ends the clause,
			// or says what is paid for: "50 yuan a trip for hauling sacks"
			u = strings.ToLower(sc.tokText(k))
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

// forDoing reports "for" and a verb in -ing at token k: what a rate is
// paid for ("50 yuan a trip for hauling sacks").
func (sc *scanner) forDoing(k int) bool {
	return sc.kwAt(k) == kwFor && k+1 < len(sc.toks) && sc.toks[k+1].kind == tWord && !sc.toks[k+1].nl &&
		len(sc.tokText(k+1)) > 5 && strings.HasSuffix(sc.tokText(k+1), "ing")
}

// packUnit is the unit of a price quoted for num of measure m, and the
// token after it: "kg" for "per 1kg", "25 kg" for "per 25 kg", "50 kg
// sack" for "per 50-kg sack" (a container at token k names the pack).
func (sc *scanner) packUnit(num, m string, k int) (string, int) {
	u := m
	if num != "" && num != "1" {
		u = num + " " + m
	}
	if num != "" && k < len(sc.toks) && sc.toks[k].kind == tWord && !sc.toks[k].upper && sc.cls(k)&cContainer != 0 && sc.cls(k)&cMeasure == 0 {
		return u + " " + strings.ToLower(sc.tokText(k)), k + 1
	}
	return u, k
}

// hanUnit is the unit a Chinese measure word at the start of s names.
func hanUnit(s string) string {
	for _, u := range []struct{ p, unit string }{{"公斤", "kg"}, {"千克", "kg"}, {"吨", "tonne"}, {"斤", "jin"}, {"克", "g"},
		{"个", "each"}, {"台", "each"}, {"件", "each"}, {"箱", "box"}, {"袋", "bag"}, {"瓶", "bottle"}, {"升", "liter"}, {"头", "head"}} {
		if strings.HasPrefix(s, u.p) {
			return u.unit
		}
	}
	return ""
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
	if e == s+1 && sc.cls(s)&cMeasure != 0 && s >= 3 && sc.toks[s-1].kind == tNum && sc.tokText(s-1) == "1" && sc.kwAt(s-2) == kwOf {
		// "Rice of 1kg is 6,000 won": the item before, the measure its unit
		if b := sc.npBackward(s - 3); b < s-2 {
			return sc.text[sc.toks[b].start:sc.toks[s-3].end], sc.info(sc.toks[s].kw).alt
		}
	}
	o := s - 1
	if sc.kwAt(o) == kwThe {
		o-- // "a kilo of the Thai sugar"
	}
	if o >= 1 && sc.kwAt(o) == kwOf && sc.cls(o-1)&(cMeasure|cContainer) != 0 {
		unit = sc.info(sc.toks[o-1].kw).alt
		if unit == "" {
			unit = strings.ToLower(sc.tokText(o - 1))
		}
		if o >= 2 && sc.toks[o-2].kind == tNum {
			if v, ok := parseDigits(sc.tokText(o - 2)); ok && v != 1 {
				unit = sc.tokText(o-2) + " " + unit
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
	if sc.toks[k].kind == tHangul {
		// "돼지 한 마리에", "휴대폰 한 대는", "1인당", "마리당": one unit counted in Korean
		if u, rest := koreanCounter(sc.tokText(k)); u != "" {
			switch rest {
			case "", "에", "당", "은", "는", "에는":
				b := k - 1
				if rest == "" && (b < 0 || sc.tokText(b) != "한" || sc.toks[k].glued) {
					break // "한 개 2,000원": bare only after 한
				}
				if b >= 0 && (sc.tokText(b) == "한" && !sc.toks[k].glued || sc.toks[b].kind == tNum && sc.tokText(b) == "1" && sc.toks[k].glued) {
					return u, sc.hangulItem(b - 1), b
				}
				if rest == "당" && (b < 0 || sc.toks[b].kind != tNum || !sc.toks[k].glued) {
					return u, sc.hangulItem(b), k
				}
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

// koreanCounter splits a Hangul token into a counter of one unit of goods
// and what follows it: "마리에" is head and 에.
func koreanCounter(s string) (unit, rest string) {
	for _, c := range []struct{ p, unit string }{{"마리", "head"}, {"대", "each"}, {"개", "each"}, {"병", "bottle"}, {"포대", "sack"},
		{"마대", "sack"}, {"자루", "sack"}, {"봉지", "bag"}, {"상자", "box"}, {"박스", "box"}, {"켤레", "pair"}, {"갑", "pack"},
		{"보루", "carton"}, {"톤", "tonne"}, {"킬로그램", "kg"}, {"킬로", "kg"}, {"키로", "kg"}, {"인", "person"}, {"사람", "person"}} {
		if r, ok := strings.CutPrefix(s, c.p); ok {
			return c.unit, r
		}
	}
	return "", ""
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
