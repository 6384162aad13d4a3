package events

import (
	"math"
	"slices"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// Output caps: Assemble never returns more than these, whatever the input.
const (
	MaxEvents           = 50
	MaxLegs             = 100
	MaxRoute            = 20 // places in one route
	maxEvidence         = 20 // spans in one event
	maxGoodsPerSentence = 8
	corefWindow         = 3  // sentences an anaphor may reach back
	linkWindow          = 4  // sentences a movement may reach back for its origin
	maxActors           = 16 // parties read per sentence
	maxSlotted          = 64 // route slots read per sentence
)

// evb is an event under construction. Quantity, price and date are held
// as indices until the event is final, so that a candidate that merges into
// an earlier event allocates nothing.
type evb struct {
	model.Event
	comm    int // commodity index, -1 for none
	general bool
	direct  bool // at least one sentence names the good
	spec    float64
	sents   []int // the event's sentences, set when buildEvents is done
	qty     int   // index into Quantities, -1 for none
	price   int   // index into Prices, -1 for none
	when    int   // index into Dates, -1 for none

	// While events merge, their sentences form a list in analysis.nodes.
	first, last, nsent int
	// The route, as place indices in analysis.evRoutes[rlo:rhi].
	rlo, rhi int
}

// sentNode links one sentence into an event's list of sentences.
type sentNode struct{ sent, next int }

// Assemble fills r.Relevant, r.Direction, r.Events and r.Legs from the clean
// text and r's part-1 mentions. It never invents a value the text does not
// state. Pure and bounded: mentions whose spans fall outside text are
// ignored, and the output is capped by MaxEvents, MaxLegs and MaxRoute.
func Assemble(text string, r *model.ExtractionResult) { assemble(text, r, nil) }

// assemble is Assemble; with capture set it also lists the leg scorer's
// candidates there.
func assemble(text string, r *model.ExtractionResult, capture *[]Candidate) {
	if r == nil {
		return
	}
	a := analysisPool.Get().(*analysis)
	defer a.release()
	a.capture = capture
	a.text, a.low, a.r = text, a.lower(text), r
	a.heads, a.hedgeBuf, a.commBuf, a.routes = a.heads[:0], a.hedgeBuf[:0], a.commBuf[:0], a.routes[:0]
	a.nodes, a.evRoutes = a.nodes[:0], a.evRoutes[:0]
	a.focal, a.lone = -2, -1
	a.sents = appendSentences(a.sents[:0], text)
	a.collectMentions()
	a.tokenize()
	a.index()
	for i := range a.si {
		a.scanSentence(i)
		a.findAttribution(i)
	}
	a.resolveAttribution()
	a.resolveGoods()
	for i := range a.si {
		// "Most of the seized goods came from Dandong", "이 물건들은
		// 대부분 …": "most" of goods already named tells of those goods,
		// not of how trade usually runs.
		if si := &a.si[i]; si.general && si.genMost && len(si.comms) == 0 && (si.coref >= 0 || a.goodsTopic(i)) && !a.presentFlow(i) {
			si.general = false
		} else if si.general && si.genMost && len(si.comms) > 0 && a.mostOfNamed(i) {
			si.general = false // "most of the fertiliser had been moved by rail": the fertiliser named before
		}
	}
	for i := range a.si {
		a.findActors(i)
		a.assignRoles(i)
	}
	evs := a.buildEvents()
	legs := a.buildRoutes(evs)
	a.materialize(evs)
	r.Events = make([]model.Event, 0, len(evs))
	for _, e := range evs {
		h := float64(len(e.Hedges))
		c := max(e.spec-0.1*h, 0.2)
		if !e.direct {
			c -= 0.2
		}
		const corroboration = 0.0 // raised by later stages
		c += corroboration
		e.Confidence = math.Round(min(max(c, 0), 1)*100) / 100
		ownStrings(e.Hedges)
		r.Events = append(r.Events, e.Event)
	}
	r.Legs = legs
	r.Relevant = len(r.Events) > 0 || len(r.Legs) > 0
	r.Direction = a.direction(evs, legs)
}

// ownStrings copies each string of ss in place: hedge words are cut from
// the lower-cased text, whose buffer the next call reuses.
func ownStrings(ss []string) {
	for i, s := range ss {
		ss[i] = strings.Clone(s)
	}
}

// resolveGoods lists each sentence's goods and links anaphors to the good
// of a recent sentence.
func (a *analysis) resolveGoods() {
	lastGood, lastAt, lastTopic := -1, -1, -1
	lastSingle := false
	for i := range a.si {
		si := &a.si[i]
		lo := len(a.commBuf)
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mComm && !a.inAttr(i, m.start, m.end) {
				if a.coverLabel(i, m.start) {
					continue // "redeclared the cargo as wood pulp": what the papers said, not the goods
				}
				if len(a.commBuf)-lo < maxGoodsPerSentence && !containsInt(a.commBuf[lo:], m.idx) {
					a.commBuf = append(a.commBuf, m.idx)
				}
				lastGood, lastAt = m.idx, i
			}
		}
		if hi := len(a.commBuf); hi > lo {
			si.comms = a.commBuf[lo:hi:hi]
			lastSingle = hi-lo == 1
		}
		if len(si.comms) == 0 && (lastGood < 0 || i-lastAt > corefWindow) {
			if si.flags&fAnaphor != 0 && lastTopic >= 0 && i-lastTopic <= corefWindow && !si.korean {
				// "Most of the goods are bought in Shenyang. Couriers take
				// them to Changbai": goods the report never names, told of
				// as "the goods" and then "them", move all the same.
				si.flags |= fGoodsNoun
			}
			if a.goodsTopic(i) {
				lastTopic = i
			}
		}
		if len(si.comms) > 0 || lastGood < 0 || i-lastAt > corefWindow {
			continue
		}
		if g := a.namedByHead(i); g >= 0 && g != lastGood && lastAt-a.lastSeen(g, i) <= corefWindow {
			// "A Chinese SIM card costs 80 yuan. Most of the phones end up
			// with wholesalers": "the phones" takes up the mobile phones
			// named before, not the good named last.
			si.coref = g
			continue
		}
		if a.hasAnaphor(i, lastGood, lastSingle) {
			si.coref = lastGood
			if a.namesGoodAgain(i, lastGood, lastSingle) {
				// "The ore is railed to Kilju … it is hauled to Onsong …
				// the concentrate is slipped across": a noun for the good
				// keeps it in view as its own name would.
				lastAt = i
			}
		}
	}
}

// namedByHead returns the good that sentence i, which names no good,
// takes up by the last word of a name given it before, after "the",
// "these" or "those" ("the phones" for "mobile phones", "the cards" for
// "SIM cards"); the latest such good, or -1.
func (a *analysis) namedByHead(i int) int {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 1; k < len(toks); k++ {
		if w := toks[k-1].w; w != "the" && w != "these" && w != "those" {
			continue
		}
		h := toks[k].w
		if len(h) < 4 || !strings.HasSuffix(h, "s") {
			continue
		}
		for x := si.mlo - 1; x >= 0; x-- {
			m := a.ms[x]
			if m.kind != mComm {
				continue
			}
			name := a.low[m.start:m.end]
			if strings.HasSuffix(name, " "+h) {
				return m.idx
			}
		}
	}
	return -1
}

// lastSeen returns the last sentence before i that names good g, or -1.
func (a *analysis) lastSeen(g, i int) int {
	for j := i - 1; j >= 0; j-- {
		if containsInt(a.si[j].comms, g) {
			return j
		}
	}
	return -1
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// hasAnaphor reports whether sentence i refers back to good c: a pronoun, a
// determiner with a goods noun ("the shipment") or with the head noun of
// one of c's mentions ("the glasses"), a word for c's kind of goods
// ("the ore"), or a Korean anaphor. single: c was the only good named in
// its sentence, so a plural word for a kind ("the devices") means c and
// not a list of goods.
func (a *analysis) hasAnaphor(i, c int, single bool) bool {
	si := &a.si[i]
	if si.flags&fAnaphor != 0 {
		return true
	}
	// Head nouns of the good's first few distinct surface forms.
	var heads [4]string
	nh := 0
	for _, m := range a.r.Commodities[c].Mentions {
		if h := lastWord(m.Text); h != "" && nh < len(heads) && !slices.Contains(heads[:nh], h) {
			heads[nh] = h
			nh++
		}
	}
	toks := a.toks[si.tlo:si.thi]
	if restOf(toks) {
		return true
	}
	for k := 1; k < len(toks); k++ {
		if toks[k-1].lx.flags&fDet == 0 {
			continue
		}
		if toks[k].lx.flags&fGoodsNoun != 0 {
			return true
		}
		for _, h := range heads[:nh] {
			if strings.EqualFold(h, toks[k].w) {
				return true
			}
		}
		if classNoun(toks[k].w, a.r.Commodities[c].Class, single) {
			return true
		}
	}
	return false
}

// namesGoodAgain reports whether sentence i names good c again with a
// determiner and the head noun of one of c's mentions or a word for its
// kind ("the concentrate", "the ore"), not only with a pronoun or a word
// for any goods.
func (a *analysis) namesGoodAgain(i, c int, single bool) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	// The mentions' distinct last words, read at the first determiner
	// rather than at each.
	var buf [8]string
	var heads []string
	for k := 1; k < len(toks); k++ {
		if toks[k-1].lx.flags&fDet == 0 {
			continue
		}
		if classNoun(toks[k].w, a.r.Commodities[c].Class, single) {
			return true
		}
		if heads == nil {
			heads = buf[:0:len(buf)]
			for _, m := range a.r.Commodities[c].Mentions {
				if h := lastWord(m.Text); !slices.Contains(heads, h) {
					heads = append(heads, h)
				}
			}
		}
		for _, h := range heads {
			if strings.EqualFold(h, toks[k].w) {
				return true
			}
		}
	}
	return false
}

// coverLabel reports whether the good mentioned at pos in sentence i is
// the false name on the papers of goods the sentence has already named or
// referred to: "the machines were declared as textile machinery",
// "redeclared the cargo as wood pulp". A label with nothing before it
// ("declared as coal") may be all the sentence says of the goods, and
// stays.
func (a *analysis) coverLabel(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	k, _ := slices.BinarySearchFunc(toks, pos, func(t tok, p int) int { return t.s - p })
	// Skip a modifier or two before the good: "as Indonesian coal".
	j := k - 1
	for j >= 0 && k-j <= 3 && toks[j].w != "as" {
		j--
	}
	if j < 1 || toks[j].w != "as" {
		return false
	}
	verb := false
	for v := j - 1; v >= 0 && j-v <= 4 && !verb; v-- {
		switch strings.TrimPrefix(strings.TrimPrefix(toks[v].w, "re"), "mis") {
		case "declared", "declare", "declares", "labelled", "labeled", "disguised", "described", "listed", "marked", "documented", "passed", "off":
			verb = true
		}
	}
	if !verb {
		return false
	}
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mComm && m.start < toks[j].s && !a.inAttr(i, m.start, m.end) {
			return true
		}
	}
	for _, t := range toks[:j] {
		if t.lx.flags&(fAnaphor|fGoodsNoun) != 0 {
			return true
		}
	}
	for x := 1; x < j; x++ {
		if toks[x-1].lx.flags&fDet != 0 && (toks[x].lx.flags&fCarrier != 0 || strings.HasSuffix(toks[x].w, "s")) {
			return true // "the machines were declared as …"
		}
	}
	return false
}

// goodsTopic reports whether sentence i speaks of goods with a determiner
// and a goods noun ("the goods", "the cargo") without naming them.
func (a *analysis) goodsTopic(i int) bool {
	si := &a.si[i]
	if si.flags&fGoodsNoun == 0 {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	for k := 1; k < len(toks); k++ {
		if toks[k-1].lx.flags&fDet != 0 && toks[k].lx.flags&fGoodsNoun != 0 {
			return true
		}
	}
	return false
}

// mostOfNamed reports whether sentence i tells, in the past, where "most
// of the" goods named in a sentence before it went:
// "most of the fertiliser had been moved across the bridge", "most of the
// coal was shipped from Nampo". A past movement of goods the report is
// about, not a pattern ("most coal goes to China").
func (a *analysis) mostOfNamed(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].w != "most" || toks[k+1].w != "of" || toks[k+2].w != "the" {
			continue
		}
		c := -1
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mComm && m.start == toks[k+3].s {
				c = m.idx
			}
		}
		if c < 0 {
			return false
		}
		named := false
		for j := i - 1; j >= 0 && !named; j-- {
			named = slices.Contains(a.si[j].comms, c)
		}
		if !named {
			return false
		}
		for j := k + 4; j < len(toks) && j <= k+8; j++ {
			switch toks[j].w {
			case "had", "was", "were":
				return true
			}
		}
		return false
	}
	return false
}

// restOf reports whether toks open with words for what is left of goods
// named before: "What is left continues to Chongjin", "The rest goes
// on by train". "The rest of the delegation" names its own head.
func restOf(toks []tok) bool {
	if len(toks) < 3 {
		return false
	}
	switch {
	case toks[0].w == "what" && (toks[1].w == "is" || toks[1].w == "was") && toks[2].w == "left",
		toks[0].w == "what" && (toks[1].w == "remains" || toks[1].w == "remained"):
		return true
	case toks[0].w == "the" && (toks[1].w == "rest" || toks[1].w == "remainder"):
		return toks[2].w != "of"
	}
	return freeRelative(toks, 0) >= 0
}

// freeRelative returns the index of the trade verb of a subject clause
// opened by "whatever" or "what" at token k whose verb of motion follows
// ("Whatever we don't sell goes on to Pyongyang", "What they cannot use is
// sent back"), or -1: the clause names goods, and its verb, negated or not,
// is not what the sentence says happened.
func freeRelative(toks []tok, k int) int {
	if k >= len(toks) || (toks[k].w != "whatever" && toks[k].w != "what") {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if ev := toks[j].lx.ev; ev == evProcurement || ev == evSale || toks[j].w == "use" || toks[j].w == "need" || toks[j].w == "keep" {
			for x := j + 1; x < len(toks) && x <= j+3; x++ {
				if toks[x].lx.flags&fMove != 0 || toks[x].lx.ev == evShipment {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// classNoun reports whether w, after a determiner, is a word for the kind
// of goods of class class: "the ore" for a mineral concentrate, "the
// drugs" for antibiotics, "the devices" for glucose meters. A plural word
// for a kind may stand for a whole list of goods ("the appliances" after
// fridges and rice cookers), so it counts only when single.
func classNoun(w, class string, single bool) bool {
	switch w {
	case "ore", "ores", "concentrate":
		return class == "minerals" || class == "metals" || class == "precious_metals"
	}
	if !single {
		return false
	}
	switch w {
	case "minerals":
		return class == "minerals" || class == "metals" || class == "precious_metals"
	case "drugs", "medicines", "medicine", "medication", "medications", "pills", "tablets":
		return class == "medicine" || class == "drugs"
	case "devices", "machines", "machinery", "equipment", "appliances":
		return class == "machinery" || class == "electronics" || class == "parts" || class == "vehicles"
	case "parts", "spares":
		return class == "parts" || class == "vehicles" || class == "machinery"
	case "fish", "seafood":
		return class == "seafood"
	case "grain":
		return class == "agriculture" || class == "food"
	case "fuel":
		return class == "fuel"
	case "timber", "logs", "lumber", "wood":
		return class == "timber"
	case "garments", "clothes", "fabric", "cloth":
		return class == "textiles"
	}
	return false
}

func lastWord(s string) string {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '.' || s[len(s)-1] == ',') {
		s = s[:len(s)-1] // strings.TrimRight(s, " .,") without building its set each call
	}
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// buildEvents makes one event per good of each sentence with a trigger and
// merges events that describe the same thing.
func (a *analysis) buildEvents() []*evb {
	evs := a.evs[:0]
	if a.slab == nil {
		a.slab = make([]evb, 0, MaxEvents) // never grows: evs points into it
	}
	a.slab = a.slab[:0]
	mainDate := a.mainDate()
	var one [1]int
	for i := range a.si {
		si := &a.si[i]
		if si.ev == evNone || (si.general && si.ev != evSale) {
			continue
		}
		goods := si.comms
		direct := true
		if len(goods) == 0 && si.coref >= 0 {
			one[0] = si.coref
			goods, direct = one[:], false
		}
		if len(goods) == 0 {
			if (si.ev == evSuspension || si.ev == evResumption) && si.flags&fTradeObj != 0 && a.borderish(i) {
				one[0] = -1
				goods = one[:]
			} else {
				continue
			}
		}
		// The goods a sentence lists move, sell or are seized together:
		// one event, named after the first ("flour, cooking oil and
		// household electronics" is one smuggling run of flour).
		goods = goods[:1]
		for _, c := range goods {
			e := &a.cand
			a.sentenceEvent(e, i, c, direct, len(goods) > 1)
			if m := a.mergeTarget(evs, e); m != nil {
				a.merge(m, e, i)
				continue
			}
			if len(evs) < MaxEvents {
				// Kept: give the event its own sentence list and hedges.
				a.nodes = append(a.nodes, sentNode{sent: i, next: -1})
				e.first, e.last, e.nsent = len(a.nodes)-1, len(a.nodes)-1, 1
				if len(si.hedges) > 0 {
					e.Hedges = append([]string(nil), si.hedges...)
				}
				a.slab = append(a.slab, *e)
				evs = append(evs, &a.slab[len(a.slab)-1])
			}
		}
	}
	a.evs = evs
	// The sentence lists, flattened.
	sb := a.sentBuf[:0]
	for _, e := range evs {
		lo := len(sb)
		for k := e.first; k >= 0; k = a.nodes[k].next {
			sb = append(sb, a.nodes[k].sent)
		}
		e.sents = sb[lo:len(sb):len(sb)]
	}
	a.sentBuf = sb
	for _, e := range evs {
		if e.when < 0 && e.Type == model.EventProcurement && mainDate >= 0 {
			e.when = mainDate
		}
	}
	// Channel: an event without a cue of its own takes the first cue of
	// any sentence about the same good.
	for _, e := range evs {
		if e.Channel != "" || e.comm < 0 || e.general {
			continue
		}
		for i := range a.si {
			if (containsInt(a.si[i].comms, e.comm) || a.si[i].coref == e.comm) && a.si[i].ev != evNone {
				if ch := a.channel(i); ch != "" {
					e.Channel = ch
					break
				}
			}
		}
	}
	return evs
}

// borderish reports whether sentence i names a border, customs post,
// bridge, port or crossing.
func (a *analysis) borderish(i int) bool {
	si := &a.si[i]
	if si.flags&fBorderObj != 0 {
		return true
	}
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace {
			if k := a.r.Places[m.idx].Kind; k == "crossing" || k == "port" {
				return true
			}
		}
	}
	return false
}

// sentenceEvent fills e with the event sentence i states about good c (-1:
// none), leaving its evidence, sentences and hedges for the caller to add.
func (a *analysis) sentenceEvent(e *evb, i, c int, direct, several bool) {
	si := &a.si[i]
	*e = evb{comm: c, general: si.general, direct: direct, spec: si.spec, qty: -1, price: -1, when: si.hasDate}
	e.Type = typeNames[si.ev]
	if c >= 0 {
		e.Commodity = a.r.Commodities[c].Name
	}
	e.Negated = si.neg
	e.Buyer, e.Seller, e.Intermediary, e.EndUser = si.roles.buyer, si.roles.seller, si.roles.intermediary, si.roles.endUser
	e.Channel = a.channel(i)
	e.Attribution = si.attr
	anchor := -1
	if c >= 0 && direct {
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mComm && m.idx == c {
				anchor = m.start
				break
			}
		}
	}
	q := a.nearest(i, mQty, anchor, c, several)
	p := a.nearest(i, mPrice, anchor, c, several)
	if prev := i - 1; q < 0 && p < 0 && si.ev != evPlan && !si.neg && prev >= 0 && c >= 0 && containsInt(a.si[prev].comms, c) &&
		!a.si[prev].general && (a.si[prev].ev == si.ev || a.si[prev].ev == evNone) {
		q = a.nearest(prev, mQty, -1, c, false)
		p = a.nearest(prev, mPrice, -1, c, false)
	}
	e.qty, e.price = q, p
}

// materialize gives each final event its evidence, route, quantity, price
// and date, each kind in one backing array; quantities, prices and dates
// are copied from part 1 so that no two values share memory.
func (a *analysis) materialize(evs []*evb) {
	nq, np, nw, ns, nr := 0, 0, 0, 0, 0
	for _, e := range evs {
		nq += b2i(e.qty >= 0)
		np += b2i(e.price >= 0)
		nw += b2i(e.when >= 0)
		ns += len(e.sents)
		nr += e.rhi - e.rlo
	}
	spans := make([]model.Span, 0, ns)
	for _, e := range evs {
		lo := len(spans)
		for _, i := range e.sents {
			spans = append(spans, model.Span{Start: a.sents[i].start, End: a.sents[i].end})
		}
		e.Evidence = spans[lo:len(spans):len(spans)]
	}
	if nr > 0 {
		names := make([]string, 2*nr)
		for _, e := range evs {
			n := e.rhi - e.rlo
			if n == 0 {
				continue
			}
			e.Route, e.RouteIDs, names = names[:n:n], names[n:2*n:2*n], names[2*n:]
			for k, p := range a.evRoutes[e.rlo:e.rhi] {
				e.Route[k], e.RouteIDs[k] = a.r.Places[p].Name, a.r.Places[p].ID
			}
		}
	}
	var qs []model.Quantity
	var ps []model.Price
	var ws []model.When
	if nq > 0 {
		qs = make([]model.Quantity, 0, nq)
	}
	if np > 0 {
		ps = make([]model.Price, 0, np)
	}
	if nw > 0 {
		ws = make([]model.When, 0, nw)
	}
	for _, e := range evs {
		if e.qty >= 0 {
			qs = append(qs, a.r.Quantities[e.qty])
			e.Quantity = &qs[len(qs)-1]
		}
		if e.price >= 0 {
			ps = append(ps, a.r.Prices[e.price])
			e.Price = &ps[len(ps)-1]
		}
		if e.when >= 0 {
			d := &a.r.Dates[e.when]
			ws = append(ws, model.When{Text: d.Text, Start: d.Start, End: d.End, Precision: d.Precision})
			e.When = &ws[len(ws)-1]
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nearest returns the mention of kind k in sentence i nearest the anchor
// offset; with several goods, only one nearer to good c than to any other.
func (a *analysis) nearest(i int, kind uint8, anchor, c int, several bool) int {
	si := &a.si[i]
	best, bestD := -1, math.MaxInt
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != kind || a.inAttr(i, m.start, m.end) {
			continue
		}
		if anchor < 0 {
			return m.idx
		}
		d := dist(m.start, anchor)
		if several {
			for _, o := range a.ms[si.mlo:si.mhi] {
				if o.kind == mComm && o.idx != c && dist(m.start, o.start) < d {
					d = math.MaxInt
					break
				}
			}
		}
		if d < bestD {
			best, bestD = m.idx, d
		}
	}
	return best
}

func dist(x, y int) int {
	if x > y {
		return x - y
	}
	return y - x
}

// channel reads sentence i's trade channel.
func (a *analysis) channel(i int) string {
	si := &a.si[i]
	switch {
	case si.sts:
		return "ship-to-ship transfer"
	case si.smuggle && si.state:
		return "state smuggling"
	case si.smuggle:
		return "private smuggling"
	case si.official:
		return "official trade"
	}
	return ""
}

// mainDate is the index of the date the text mentions most often, the
// earliest on a tie, or -1.
func (a *analysis) mainDate() int {
	// a.ms is in text order, so the first date to reach a count is the
	// earliest of those with that count.
	best, bestN := -1, 0
	counts := a.ints(len(a.r.Dates))
	for _, m := range a.ms {
		if m.kind != mDate {
			continue
		}
		counts[m.idx]++
		if counts[m.idx] > bestN {
			best, bestN = m.idx, counts[m.idx]
		}
	}
	return best
}

// mergeTarget finds an earlier event that e continues: same type, good,
// negation and generality, and no conflicting price, quantity or party.
func (a *analysis) mergeTarget(evs []*evb, e *evb) *evb {
	for _, m := range evs {
		if (m.Type != e.Type && !(movementType(m.Type) && movementType(e.Type))) || !a.sameGood(m.comm, e.comm) || m.Negated != e.Negated || m.general != e.general {
			continue
		}
		if m.price >= 0 && e.price >= 0 {
			mp, ep := &a.r.Prices[m.price], &a.r.Prices[e.price]
			if mp.Amount != ep.Amount || mp.Currency != ep.Currency {
				continue
			}
		}
		if m.qty >= 0 && e.qty >= 0 {
			mq, eq := &a.r.Quantities[m.qty], &a.r.Quantities[e.qty]
			// Amounts in the same unit conflict; a count of wagons and
			// the tonnes they carry describe one shipment.
			if mq.Unit == eq.Unit && mq.Min != eq.Min {
				continue
			}
		}
		if conflict(m.Buyer, e.Buyer) || conflict(m.Seller, e.Seller) || conflict(m.EndUser, e.EndUser) {
			continue
		}
		return m
	}
	return nil
}

// sameGood reports whether goods x and y are one good for an event: the
// same entry, or entries whose HS codes are equal or one heading within
// the other ("coal" 2701 and "anthracite coal" 270111, "mobile phone" and
// "smartphone" 851713). A chapter (two digits) is too broad to tell.
func (a *analysis) sameGood(x, y int) bool {
	if x == y {
		return true
	}
	if x < 0 || y < 0 {
		return false
	}
	hx, hy := a.r.Commodities[x].HS, a.r.Commodities[y].HS
	if len(hx) > len(hy) {
		hx, hy = hy, hx
	}
	return len(hx) >= 4 && strings.HasPrefix(hy, hx)
}

func conflict(x, y string) bool { return x != "" && y != "" && x != y }

// merge folds e, the candidate event of sentence i, into m.
func (a *analysis) merge(m, e *evb, i int) {
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	if m.Type != e.Type {
		m.Type = model.EventShipment // a crossing told as a shipment elsewhere
	}
	fill(&m.Buyer, e.Buyer)
	fill(&m.Seller, e.Seller)
	fill(&m.Intermediary, e.Intermediary)
	fill(&m.EndUser, e.EndUser)
	fill(&m.Channel, e.Channel)
	if m.qty < 0 {
		m.qty = e.qty
	}
	if m.price < 0 {
		m.price = e.price
	}
	if m.when < 0 {
		m.when = e.when
	}
	if e.spec > m.spec || m.Attribution == "" {
		m.spec, m.Attribution = e.spec, e.Attribution
	}
	for _, h := range a.si[i].hedges {
		m.Hedges = appendUniq(m.Hedges, h)
	}
	m.direct = m.direct || e.direct
	if m.nsent < maxEvidence {
		a.nodes = append(a.nodes, sentNode{sent: i, next: -1})
		a.nodes[m.last].next = len(a.nodes) - 1
		m.last = len(a.nodes) - 1
		m.nsent++
	}
}

// movementType reports whether an event type is a movement of goods: a
// shipment and a crossing of the same goods are one movement told twice.
func movementType(t string) bool {
	return t == model.EventShipment || t == model.EventCrossing
}
