package events

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

// Main-event precedence within a good's chain.
var chainRank = map[string]int{
	model.EventProcurement: 0, model.EventShipment: 1, model.EventCrossing: 2, model.EventSeizure: 3, model.EventSale: 4,
}

// buildRoutes sets every event's route, the chain route of each good's main
// event, and returns the legs.
func (a *analysis) buildRoutes(evs []*evb) []model.Leg {
	legs, general := a.legs[:0], a.general[:0]
	pairs := a.pairs[:0]
	a.tailPl = a.tailPl[:0]
	a.motion = append(a.motion[:0], make([]uint8, len(a.si))...)
	defer func() { a.pairs, a.told = pairs[:0], nil }()
	a.markPatterns()
	for i := range a.si {
		si := &a.si[i]
		a.told = legs
		if si.ev == evCrossing && !si.people && a.peopleCross(i) {
			si.people = true // "Two traders from Hyesan crossed the river to Changbai to see relatives"
		}
		if si.ev == evNone && !si.general && !a.movement(i) {
			if si.neg || si.flags&fTradeObj == 0 || !a.countryTrade(i) {
				if t := a.madePlace(i); t >= 0 {
					// "The crab was caught off Kimchaek and frozen there.
					// Trucks then carried it to Rajin": the goods start
					// where they were made or caught.
					si.tail, si.made = t, true
				} else if t := a.chainStart(i); t >= 0 {
					// "On the Chinese side, the chain begins in Yanji":
					// the story goes back to the start of the journey.
					si.tail, si.made = t, true
				} else if p := a.heldBefore(i); p >= 0 {
					// "Before that they had sat in a shed in Kanggye": the
					// goods were there before the first stop told.
					q := a.heldNext(i)
					if q >= 0 && a.heldOpen >= 0 {
						q = a.heldOpen // "Before Hamhung they were in Chongjin"
					}
					if q >= 0 && q != p && a.legOK(p, q) {
						good := a.firstGood(i)
						if good < 0 {
							good = si.coref
						}
						legs = append(legs, a.leg(p, q, i, i, good, a.eventOf(evs, i, good), false))
					}
				} else if x, cut := a.reachedLater(i); x >= 0 {
					// "Before the crab ever reaches China, it spends a night
					// in a cold store at Zarubino": on its way from where it
					// was last told to be, the goods stopped there.
					if y := a.keptBefore(i, x, cut); y >= 0 {
						if ts := a.prevTails(i, nil); len(ts) == 1 && ts[0] != y && a.legOK(ts[0], y) && !a.samePlace(ts[0], x) && a.r.Places[ts[0]].Kind != "country" {
							good := a.firstGood(i)
							if good < 0 {
								good = si.coref
							}
							legs = append(legs, a.leg(ts[0], y, i, i, good, a.eventOf(evs, i, good), false))
							si.tail, si.made = y, true
						}
					}
				}
				continue
			}
			si.move = true // "North Korea's exports to China came to $292 million"
		}
		hasPlace := false
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mPlace {
				hasPlace = true
				break
			}
		}
		var sl []slotted
		if hasPlace || si.capital {
			sl = a.slotPlaces(i)
		}
		if len(sl) == 0 {
			// "In return, the trains carry back North Korean goods": the
			// way back of the last movement stated before.
			if a.movement(i) && a.backCue(i, a.sents[i].start) {
				if j := a.lastMovement(i); j >= 0 {
					sj := &a.si[j]
					legs = append(legs, a.leg(sj.lastT, sj.lastF, j, i, a.firstGood(i), a.eventOf(evs, i, a.firstGood(i)), false))
				}
			}
			if !hasPlace && !(a.movement(i) && a.crossCue(i, true)) && len(sl) == 0 {
				continue
			}
		}
		// A North Korean destination means goods enter only when no origin
		// slot is North Korean too (Chongjin to Nampo is domestic).
		// Goods that come from abroad to no named destination come in.
		var toKP, fromKP, hasTo, fromAbroad bool
		for _, x := range sl {
			c := a.r.Places[x.place].Country
			kp := c == "KP"
			switch x.slot {
			case slotTo:
				toKP = toKP || kp
				hasTo = true
			case slotFrom:
				fromKP = fromKP || kp
				fromAbroad = fromAbroad || (c != "" && !kp)
			}
		}
		si.kpTo = (toKP && !fromKP) || (fromAbroad && !hasTo && !fromKP && a.movement(i))
		// Korean "혜산시에서 팔리고" is where, not whence: 에서 is an origin
		// only when the sentence names a destination too.
		si.kpFrom = fromKP && !toKP && (hasTo || !si.korean)
		si.kpToOpen = toKP && !fromKP && !fromAbroad
		si.kpFromOpen = si.kpFrom && !hasTo
		sl = a.orderBetween(i, sl)
		exporter := -1
		for _, x := range sl {
			if x.subj {
				exporter = x.place
				break
			}
		}
		if f, t, ok := a.corridorLeg(i); ok && (si.general || a.movement(i)) {
			good := a.firstGood(i)
			ev := -1
			if !si.general {
				ev = a.eventOf(evs, i, good)
			}
			legs = append(legs, a.leg(f, t, i, i, good, ev, si.general))
		}
		if si.general {
			gl := a.generalLegs(sl)
			gl, pairs = a.corridorChain(i, sl, gl, pairs)
			if len(gl) == 0 {
				gl = a.generalCross(i, sl)
			}
			for _, g := range gl {
				general = append(general, a.leg(g[0], g[1], i, i, a.firstGood(i), -1, true))
			}
			continue
		}
		a.sentenceRoute(i, sl)
		if a.movement(i) {
			nlink := 0 // pairs[:nlink] continue an earlier sentence
			pairs = a.sentenceLegs(i, sl, pairs[:0])
			a.told = legs
			if ps := a.linkBack(i); len(ps) > 0 && a.earlierHop(i) != hopStrong {
				// "bought them in Guangzhou. … trucked them to Jilin";
				// "taken to Kholmsk and to Nakhodka … carried into South
				// Korean ports" continues from each.
				var pre [][2]int
				if a.lone >= 0 && a.loneSlot == slotVia && a.revisits(legs, a.headPl) && !a.backCue(i, a.sents[i].start) {
					ps = nil // "1,200 tonnes came through Tumangang": the route told again, not a new hop
				}
				switch {
				case len(ps) == 1 || len(a.headPl) == 1:
					for _, p := range ps {
						for _, h := range a.headPl {
							if a.legOK(p, h) {
								pre = append(pre, [2]int{p, h})
							}
						}
					}
				case len(ps) == len(a.headPl):
					for k, p := range ps {
						if a.legOK(p, a.headPl[k]) {
							pre = append(pre, [2]int{p, a.headPl[k]})
						}
					}
				}
				if len(pre) > 0 && !a.backCue(i, a.sents[i].start) && !a.backTo(i) {
					// "driven across the bridge at Manpo … to Kanggye" …
					// "trucks took the generators down to Jian": the later
					// sentence tells the stage before the crossing, not a
					// way back over it from where the goods ended ("took
					// the broken pumps back to Ji'an" is the way back).
					var over [2]int
					pre = slices.DeleteFunc(pre, func(q [2]int) bool {
						tw, ok := a.crossedTo(legs, q[0], q[1], i)
						if ok && tw >= 0 && over == [2]int{} {
							over = [2]int{q[1], tw} // the crossing the goods then made, from h to its twin
						}
						return ok
					})
					if over != [2]int{} && !slices.Contains(pairs, over) && a.legOK(over[0], over[1]) {
						pairs = append(pairs, over)
					}
				}
				if len(pre) > 0 && !a.backCue(i, a.sents[i].start) {
					// "강계 창고에 모인 약초는 … 만포로 옮겨졌고" after "sent to
					// Manpo": a continuation the sentence at once undoes
					// (Manpo→Kanggye→Manpo) misreads where the goods were.
					pre = slices.DeleteFunc(pre, func(q [2]int) bool { return slices.Contains(pairs, [2]int{q[1], q[0]}) })
					// "shipped from Donggang to Nampo and trucked on to
					// Jaeryong" … "a truck was stopped on the road to
					// Donggang": the goods already left the place the
					// sentence takes them to, so it tells an earlier stage,
					// not a hop on from where they ended.
					pre = slices.DeleteFunc(pre, func(q [2]int) bool { return a.routedFrom(legs, q[1], q[0], a.goodBefore(i, q[1])) })
				}
				pairs = append(pre, pairs...)
				nlink = len(pre)
			}
			if x, tw := a.overTo(i); tw >= 0 && nlink == 0 && a.headFrom < 0 && len(pairs) > 0 && a.samePlace(pairs[0][0], x) && !a.backCue(i, a.sents[i].start) &&
				!slices.ContainsFunc(pairs, func(q [2]int) bool { return a.samePlace(q[1], tw) }) && a.legOK(tw, x) {
				// "The materials are driven over to Hyesan and then taken by
				// truck to Samsu": goods brought over to a crossing town
				// come from its twin across the river, the first hop of
				// the way the sentence goes on.
				pairs = append([][2]int{{tw, x}}, pairs...)
			}
			if rt := a.retrace(i, legs); len(rt) > 0 {
				// "When the jackets are finished, they travel the same way
				// in reverse as far as Dalian": back along the hops told,
				// stop by stop.
				pairs, nlink = append(pairs[:0], rt...), 0
				si.tail = rt[len(rt)-1][1]
			}
			if len(pairs) == 0 && a.headFrom >= 0 && si.fromOnly && a.earlierHop(i) != hopNone {
				// "Before that it had been trucked up from Pyongyang; the
				// roots were grown in Kaesong": told backwards, an origin
				// in a later clause came before the one told first.
				var back [][2]int
				for k := 0; k+1 < len(a.keep); k++ {
					x, y := a.keep[k], a.keep[k+1]
					if y.clause > x.clause && x.group != y.group && !isRegion(&a.r.Places[y.place]) && a.legOK(y.place, x.place) {
						back = append(back, [2]int{y.place, x.place})
					}
				}
				// "The sugar reached Sariwon. It had been trucked up from
				// Nampo": a hop told after the one it came before.
				if q := a.prevFirst(i); q >= 0 && q != a.headFrom && a.legOK(a.headFrom, q) {
					pairs = append(pairs, [2]int{a.headFrom, q})
					if a.provenance(i) {
						// "The boats go out from Donggang … most of it bought in
						// Yiwu and sent north by rail. On Sindo the boxes …":
						// the story goes back to where the goods were.
						si.tail = q
					}
				}
				if len(pairs) > 0 {
					pairs = append(back, pairs...)
				}
			}
			if len(pairs) == 0 && a.lone >= 0 && a.loneSlot == slotVia && a.earlierHop(i) != hopNone {
				// "The coal ended up in Posyet. Before that it had passed
				// through Rajin": a stop on the way, told after the end.
				if q := a.prevFirst(i); q >= 0 && q != a.lone && a.legOK(a.lone, q) {
					pairs = append(pairs, [2]int{a.lone, q})
				}
			}
			if q := a.bridge(i); q >= 0 && (len(pairs) == 0 || pairs[0][0] == a.headFrom) {
				pairs = append([][2]int{{q, a.headFrom}}, pairs...)
			}
			if len(pairs) == 0 && a.lone >= 0 && !a.openAt {
				// "boats leave from the Dandong side", "crossed the bridge
				// from Jian", "the products return to Changbai": a crossing
				// of the land border whose other end the sentence leaves
				// unnamed ends at the twin town across the river, else at
				// the report's main North Korean place.
				if f, t := a.crossLone(i, sl); f >= 0 && (a.backCue(i, a.sents[i].start) || !a.crossedBack(legs, i, f, t)) {
					// Not when the goods already crossed the other way ("trucks
					// crossed from Sanhe to Hoeryong" … "loaded on trucks to
					// Sanhe"): the later sentence tells an earlier stage.
					pairs = append(pairs, [2]int{f, t})
					si.tail, si.whole = t, true
				}
			}
			if len(pairs) == 0 && a.lone < 0 && len(a.keep) == 0 {
				// "trucks them to Tumen … they are ferried across the river
				// in small boats": a crossing that names no town goes on
				// from where the goods were to the twin across the river.
				if f, t := a.crossOn(i); f >= 0 && (a.backCue(i, a.sents[i].start) || !slices.ContainsFunc(legs, func(l legb) bool { return !l.General && l.f == t && l.t == f })) {
					// Not when the goods came over from that twin: "carried
					// over from Changbai" … "moves panels across the river
					// every week" tells the same crossing again.
					pairs = append(pairs, [2]int{f, t})
					si.tail = t
				}
			}
			if n := len(pairs); n > 0 && si.tail == pairs[n-1][1] {
				// "trucked from Shenyang to warehouses in Dandong, before
				// being driven over the bridge": a crossing told after the
				// last stop goes on to the twin across the river.
				q := pairs[n-1][1]
				if tw := a.crossAfterStop(i, q); tw >= 0 && !slices.ContainsFunc(legs, func(l legb) bool { return !l.General && l.f == tw && l.t == q }) && !slices.Contains(pairs, [2]int{tw, q}) {
					pairs = append(pairs, [2]int{q, tw})
					si.tail = tw
				}
			}
			if x, cut := a.reachedLater(i); x >= 0 {
				pairs, nlink = a.stopBefore(i, x, cut, legs, pairs), 0
			}
			pairs = a.viaTwins(i, pairs, legs)
			if n := len(pairs); n > 0 && a.backAfter(i, pairs[n-1][1]) {
				// "crossed from Sinuiju into Dandong and returned loaded with goods"
				back := [2]int{pairs[n-1][1], pairs[n-1][0]}
				if n == 1 && a.goodsOnlyBack(i, pairs[0][1]) {
					// "The airline also flies to Vladivostok, where crew
					// members bring back frozen beef": the trip out carries
					// no goods the report names, only the way back does.
					pairs = pairs[:0]
				}
				pairs = append(pairs, back)
			}
			for k, g := range pairs {
				if (a.countryStandIn(g[0]) || a.countryStandIn(g[1])) && !(g[0] == exporter && a.r.Places[g[1]].Kind == "country") {
					continue // a country's exports to another are a leg of their own
				}

				good := a.goodBefore(i, g[1])
				if good < 0 {
					good = si.coref
				}
				legs = append(legs, a.leg(g[0], g[1], i, i, good, a.eventOf(evs, i, good), false))
				legs[len(legs)-1].link = k < nlink
				si.lastF, si.lastT = g[0], g[1]
			}
		}
	}
	legs = a.dropLoops(legs)
	legs = append(legs, general...)
	a.legs, a.general = legs, general
	legs = a.dropShortcuts(legs)
	legs = a.dropCoarse(legs)
	legs = a.scoreLegs(evs, legs)
	a.legs = append(a.legs[:0], legs...) // the loop below keeps out's sentences here
	// Deduplicate and cap.
	out := make([]model.Leg, 0, min(len(legs), MaxLegs))
	nspan := 0
	for _, l := range legs {
		if len(out) >= MaxLegs {
			break
		}
		dup := false
		for _, o := range out {
			if o.FromID == l.FromID && o.From == l.From && o.ToID == l.ToID && o.To == l.To && o.Commodity == l.Commodity && o.General == l.General {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, l.Leg)
			a.legs[len(out)-1] = l // legs[:len(out)] keeps the sentences of out
			nspan += 1 + b2i(l.st != l.sf)
		}
	}
	a.eventRoutes(evs, a.legs[:len(out)])
	for k := range out {
		if l := &a.legs[k]; !out[k].General && a.si[l.sf].pattern && a.si[l.st].pattern {
			// "… points to a consistent pattern. Catches landed at Kimchaek
			// are loaded onto vessels, which sail to Zarubino": how the
			// trade runs, a corridor, though the event keeps its route.
			out[k].General, out[k].Event = true, -1
		}
	}
	// Evidence: the sentences that state each leg, in one backing array.
	spans := make([]model.Span, 0, nspan)
	for k := range out {
		l := &a.legs[k]
		lo := len(spans)
		spans = append(spans, model.Span{Start: a.sents[l.sf].start, End: a.sents[l.sf].end})
		if l.st != l.sf {
			spans = append(spans, model.Span{Start: a.sents[l.st].start, End: a.sents[l.st].end})
		}
		out[k].Evidence = spans[lo:len(spans):len(spans)]
	}
	return out
}

// legb is a leg under construction and the sentences that state it.
type legb struct {
	model.Leg
	sf, st int
	f, t   int  // place indices
	link   bool // continues the last stop of an earlier sentence
}

// crossedBack reports whether a specific leg of legs already took the
// goods sentence i names at t from t to f: a crossing f→t that sentence i
// would infer goes straight back along it.
func (a *analysis) crossedBack(legs []legb, i, f, t int) bool {
	good := a.goodBefore(i, t)
	if good < 0 {
		good = a.si[i].coref
	}
	name := ""
	if good >= 0 {
		name = a.r.Commodities[good].Name
	}
	return slices.ContainsFunc(legs, func(l legb) bool { return !l.General && l.f == t && l.t == f && l.Commodity == name })
}

// dropLoops drops a leg that continues an earlier sentence's last stop
// when a later sentence brings the goods straight back to that stop
// with the same goods and without a cue of return (goods paid in
// return go back on their own leg): "sent the crab to Vladivostok" … "then carried
// it to Rajin" … "the ship reached Vladivostok" told the destination
// first, and Rajin does not lie beyond Vladivostok.
func (a *analysis) dropLoops(legs []legb) []legb {
	return slices.DeleteFunc(legs, func(l legb) bool {
		if !l.link {
			return false
		}
		for k := range legs {
			if m := &legs[k]; !m.General && m.sf > l.sf && m.f == l.t && m.t == l.f && m.Commodity == l.Commodity && !a.backCue(m.sf, a.sents[m.sf].start) {
				return true
			}
		}
		return false
	})
}

// reachedLater returns the place of an opening clause "Before the goods
// reach X," of sentence i and the offset where the clause ends, or -1:
// the sentence tells what happened to the goods before they got to X
// ("Before the train reached Khasan, it stopped in Ussuriysk"), so X is
// no stop after the ones it names.
func (a *analysis) reachedLater(i int) (int, int) {
	si := &a.si[i]
	if si.korean {
		return -1, 0
	}
	toks := a.toks[si.tlo:si.thi]
	if len(toks) > 0 && (toks[0].w == "and" || toks[0].w == "but") {
		toks = toks[1:]
	}
	if len(toks) < 4 || toks[0].w != "before" {
		return -1, 0
	}
	verb := -1
	for k := 1; k < len(toks) && k <= 6; k++ {
		if !a.clauseGap(toks[k-1].e, toks[k].s) {
			return -1, 0
		}
		switch toks[k].w {
		case "reach", "reaches", "reached", "arrive", "arrives", "arrived", "get", "gets", "got":
			verb = k
		}
		if verb >= 0 {
			break
		}
	}
	if verb < 0 {
		return -1, 0
	}
	for k := verb + 1; k < len(toks); k++ {
		if !a.clauseGap(toks[k-1].e, toks[k].s) {
			cut := toks[k-1].e
			x := -1
			for _, m := range a.ms[si.mlo:si.mhi] {
				if m.kind == mPlace && m.start > toks[verb].e && m.end <= cut && !isFeature(&a.r.Places[m.idx]) {
					x = m.idx // the last place of the clause: "reach market stalls in Phnom Penh", "reaches China"
				}
			}
			return x, cut
		}
	}
	return -1, 0
}

// stopBefore rewrites pairs, the legs of sentence i, whose opening clause
// says the goods had yet to reach x (it ends at offset cut): when the
// legs stated before already reach x, no hop goes on to it again; a town
// the rest of the sentence keeps the goods in ("stopped in Ussuriysk",
// "sat in a yard at Dandong") is a stop before x, after the place a leg
// stated before brought them to x from. The goods are left at that town,
// or where they were before, not at x.
func (a *analysis) stopBefore(i, x, cut int, legs []legb, pairs [][2]int) [][2]int {
	si := &a.si[i]
	if a.revisits(legs, []int{x}) {
		pairs = slices.DeleteFunc(pairs, func(q [2]int) bool { return q[1] == x })
	}
	y := a.keptBefore(i, x, cut)
	si.tail, si.tlo2, si.thi2 = -1, 0, 0
	if y < 0 {
		return pairs
	}
	pairs = pairs[:0] // the clause tells a stage before the legs stated, no hop on from them
	reached := false
	town := a.r.Places[x].Kind != "country" // "reaches China" names no stop
	if town && a.legOK(y, x) {
		for k := range legs {
			if l := &legs[k]; !l.General && l.t == x && l.f != y {
				reached = true
				if a.legOK(l.f, y) && !slices.Contains(pairs, [2]int{l.f, y}) {
					pairs = append(pairs, [2]int{l.f, y})
				}
			}
		}
	}
	if !reached {
		// "Before the crab ever reaches China, it spends a night at
		// Zarubino": from where the goods were last told to be.
		if ts := a.prevTails(i, nil); len(ts) == 1 && ts[0] != y && !a.samePlace(ts[0], x) && a.r.Places[ts[0]].Kind != "country" && a.legOK(ts[0], y) {
			pairs = append(pairs, [2]int{ts[0], y})
		}
	}
	si.tail = y
	if town && a.legOK(y, x) {
		pairs = append(pairs, [2]int{y, x})
	}
	return pairs
}

// keptBefore returns the town, other than x, that sentence i names after
// "in", "at", "near", "outside" or "through" past offset cut, the end of
// its opening clause: where the goods were before they reached x ("it
// stopped in Ussuriysk", "it spends a night in a cold store at Zarubino").
// -1 for none.
func (a *analysis) keptBefore(i, x, cut int) int {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].s < cut {
			continue
		}
		switch toks[k].w {
		case "in", "at", "near", "outside", "through":
		default:
			continue
		}
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mPlace && m.start == toks[k+1].s && m.idx != x && !isRegion(&a.r.Places[m.idx]) && !isFeature(&a.r.Places[m.idx]) && !a.inAttr(i, m.start, m.end) {
				return m.idx
			}
		}
	}
	return -1
}

// routedFrom reports whether the specific legs of legs take good c (or
// goods related to it) from h on to p over two hops or more; one hop
// straight back is dropLoops' to weigh. The ship that brought the coal
// may take other goods back, so legs of unnamed goods, or a sentence
// whose goods are unknown, show no loop.
func (a *analysis) routedFrom(legs []legb, h, p, c int) bool {
	same := func(l *legb) bool {
		if c < 0 || l.Commodity == "" {
			return false // goods unknown: maybe others, on the way back
		}
		for g := range a.r.Commodities {
			if a.r.Commodities[g].Name == l.Commodity && a.relatedGood([]int{g}, c) {
				return true
			}
		}
		return false
	}
	at := []int{h}
	for n := 0; n < len(at) && n < 16; n++ {
		for k := range legs {
			l := &legs[k]
			if l.General || !a.samePlace(l.f, at[n]) || !same(l) || slices.ContainsFunc(at, func(x int) bool { return a.samePlace(x, l.t) }) {
				continue
			}
			if a.samePlace(l.t, p) {
				if n == 0 {
					continue // straight back along one hop: dropLoops weighs that
				}
				return true
			}
			at = append(at, l.t)
		}
	}
	return false
}

// route returns the ordered places of sentence i's route.
func (a *analysis) route(i int) []int {
	return a.routes[a.si[i].rlo:a.si[i].rhi]
}

func sortInts(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func (a *analysis) firstGood(i int) int {
	if len(a.si[i].comms) > 0 {
		return a.si[i].comms[0]
	}
	return -1
}

// setRoute records e's route; materialize turns it into names and ids.
func (a *analysis) setRoute(e *evb, rt []int) {
	e.rlo = len(a.evRoutes)
	a.evRoutes = append(a.evRoutes, rt...)
	e.rhi = len(a.evRoutes)
}

// leg builds the leg f→t stated in sentences sf and st; buildRoutes adds
// the evidence once the leg is kept.
func (a *analysis) leg(f, t, sf, st, good, event int, general bool) legb {
	pf, pt := &a.r.Places[f], &a.r.Places[t]
	l := legb{Leg: model.Leg{From: pf.Name, FromID: pf.ID, To: pt.Name, ToID: pt.ID, Event: event, General: general}, sf: sf, st: st, f: f, t: t}
	if good >= 0 {
		l.Commodity = a.r.Commodities[good].Name
	}
	return l
}

// direction says which way the report's goods cross North Korea's border.
// A sentence that names only a North Korean end of a movement ("hauls them
// down to Hyesan", "buys roots from the Kaesong farms") may tell of a move
// inside the country: such an open cue counts only when nothing firmer (a
// leg across the border, "into North Korea", an import, "Chinese flour")
// says the goods go the other way. A sentence about a ban of trade states
// no movement and counts not at all.
func (a *analysis) direction(evs []*evb, legs []model.Leg) string {
	into, out := false, false
	openIn, openOut := false, false
	country := func(name, id string) string {
		for k := range a.r.Places {
			if a.r.Places[k].ID == id && a.r.Places[k].Name == name {
				return a.r.Places[k].Country
			}
		}
		return ""
	}
	for _, l := range legs {
		fc, tc := country(l.From, l.FromID), country(l.To, l.ToID)
		into = into || (tc == "KP" && fc != "KP" && fc != "")
		out = out || (fc == "KP" && tc != "KP" && tc != "")
	}
	if len(evs) > 0 || len(legs) > 0 {
		// Every affirmed sentence that states trade or movement, whether or
		// not it made an event of its own ("the import of Chinese soybean
		// oil", "북한에서 캔 금을 중국으로 내보내는").
		for i := range a.si {
			si := &a.si[i]
			if si.neg || !(si.move || si.flags&fMove != 0 || si.ev == evPlan) {
				continue
			}
			in, o, oin, oout := a.sentCues(i)
			if !(in || o || oin || oout) || a.banBackdrop(i) {
				continue
			}
			into, out = into || in, out || o
			openIn, openOut = openIn || oin, openOut || oout
		}
	}
	into, out = into || (openIn && !out), out || (openOut && !into)
	switch {
	case into && out:
		return model.DirectionBoth
	case into:
		return model.DirectionInto
	case out:
		return model.DirectionOutOf
	}
	return model.DirectionNone
}

// banBackdrop reports whether sentence i tells of a ban or prohibition of
// trade and states no movement of its own ("the Security Council banned
// the country's seafood exports", "수출이 금지된 품목"): a sanctions
// backdrop, not a flow of goods. The ban must bear on trade named as a
// noun (exports, imports, sales, 수출, 수입); "banned seafood is still
// shipped" states a movement.
func (a *analysis) banBackdrop(i int) bool {
	si := &a.si[i]
	if si.flags&(fMove|fCarrier) != 0 || si.lastF >= 0 || si.trigPos < a.sents[i].start || si.trigPos >= a.sents[i].end {
		return false
	}
	sl := a.low[a.sents[i].start:a.sents[i].end]
	ban := false
	for _, w := range banWords {
		if k := strings.Index(sl, w); k >= 0 && (w[0] >= 0x80 || k == 0 || sl[k-1] == ' ') {
			ban = true
			break
		}
	}
	if !ban {
		return false
	}
	trig := a.low[si.trigPos:a.sents[i].end]
	for _, n := range tradeNouns {
		if strings.HasPrefix(trig, n) && (len(trig) == len(n) || n[0] >= 0x80 || !wordChar(trig[len(n)])) {
			return true
		}
	}
	return false
}

// containsNotAfterActor reports whether sl contains phrase p other than
// right after an actor or speaker noun: "traders from North Korea" says
// who someone is, not where goods come from.
func containsNotAfterActor(sl, p string) bool {
	for off := 0; off < len(sl); {
		i := strings.Index(sl[off:], p)
		if i < 0 {
			return false
		}
		i += off
		prev := strings.TrimRight(sl[:i], " ")
		if j := strings.LastIndexByte(prev, ' '); j >= 0 {
			prev = prev[j+1:]
		}
		if lexicon[prev].flags&(fActor|fSpeaker) == 0 {
			return true
		}
		off = i + len(p)
	}
	return false
}

// kpBefore reports whether a North Korean place or organisation (or the
// demonym) is named in sentence i before offset p: North Korea imports.
func (a *analysis) kpBefore(i, p int) bool {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.start >= p {
			break
		}
		switch m.kind {
		case mPlace:
			if a.r.Places[m.idx].Country == "KP" {
				return true
			}
		case mOrg:
			if a.r.Organizations[m.idx].Country == "KP" {
				return true
			}
		}
	}
	return false
}

// movement reports whether sentence i states that goods move: a specific,
// affirmed, past shipment, crossing, purchase or sale, or a motion verb
// ("went", "sailed", "arriving") with goods or a carrier ("the container").
func (a *analysis) movement(i int) bool {
	si := &a.si[i]
	if si.general || si.neg || si.ev == evPlan {
		return false
	}
	if si.whether {
		return false // "did not say whether the drones were sent on": a question, not a movement
	}
	// buildRoutes asks this of a sentence several times, and may set its
	// move and people between asks; what the sentence's words say is
	// read once.
	m := a.motion[i]
	if m&motionKnown == 0 {
		m |= motionKnown
		if a.carriesNothing(i) {
			m |= motionNothing
		}
		a.motion[i] = m
	}
	if m&motionNothing != 0 {
		return false
	}
	if si.move {
		return !si.people
	}
	if m&motionWordsKnown == 0 {
		m |= motionWordsKnown
		if a.motionStated(i) {
			m |= motionWords
		}
		a.motion[i] = m
	}
	return m&motionWords != 0
}

// What analysis.motion knows of a sentence.
const (
	motionKnown      uint8 = 1 << iota
	motionNothing          // carriesNothing
	motionWordsKnown       // motionWords is known
	motionWords            // motionStated
)

// carriesNothing reports whether sentence i tells of people travelling or
// of a carrier running empty, so that no goods move.
func (a *analysis) carriesNothing(i int) bool {
	si := &a.si[i]
	if len(si.comms) == 0 && si.coref < 0 && si.flags&fGoodsNoun == 0 && a.peopleTravel(i) {
		return true // "the tourists flew to Pyongyang and went on to Wonsan by train"
	}
	if si.korean && len(si.comms) == 0 && si.coref < 0 && si.flags&(fCarrier|fGoodsNoun) == 0 && a.koPeopleTrip(i) {
		return true // "무역일꾼들은 신의주에서 단둥으로 건너가 상담을 진행했다"
	}
	if len(si.comms) > 0 && a.peopleTrip(i) {
		return true // "a delegation flew to Vladivostok for talks on seafood exports"
	}
	if len(si.comms) == 0 && si.flags&fGoodsNoun == 0 && a.emptyRun(i, a.sents[i].start) {
		return true // "the ship came back empty": the carrier moved, no goods
	}
	if len(si.comms) > 0 && !si.korean && a.emptyBeforeGoods(i) {
		return true // "sailed empty from Nampo to Dalian, where it was sold for scrap"
	}
	if len(si.comms) == 0 && si.coref < 0 && a.noCargo(i) {
		return true // "had sailed from Nakhodka to Busan with no cargo"
	}
	return false
}

// motionStated reports whether the words of sentence i, which has no
// trade trigger that moves goods, still say goods or a carrier moved.
func (a *analysis) motionStated(i int) bool {
	si := &a.si[i]
	if len(si.comms) == 0 && si.coref < 0 && si.flags&(fCarrier|fGoodsNoun) == 0 {
		if p, _ := a.destOf(i); !p {
			return false
		}
	}
	if a.hypothetical(i) {
		return false // "the trucks are expected to go to the mines"
	}
	if si.planned && si.ev == evNone {
		return false // "the buyer had planned to take the crab on to Yanji": meant, not done
	}
	if si.korean && si.ev == evNone && (si.flags&fPlan != 0 || a.koFuture(i)) {
		return false // "밀가루는 신의주에서 출발할 예정이다", "평양에 도착할 것이다": not yet moved
	}
	if si.ev == evNone && si.flags&fMove != 0 && a.motionNegated(i) {
		return false // "the fuel had not come from China"
	}
	if si.flags&fMove != 0 || si.ev == evSuspension || si.ev == evSeizure || a.headFor(i) || a.destStated(i) {
		// Goods or a carrier stopped, turned back or seized on the way
		// keep the hop they were making ("trains from Dandong turned back").
		return true
	}
	toks := a.toks[si.tlo:si.thi]
	for k := range toks {
		if endUp(toks, k) {
			return true
		}
		if si.flags&fCarrier != 0 && sighted(toks, k) && !a.backCue(i, a.sents[i].start) {
			return true // "images show the same tanker at Nampo": where the carrier got to
		}
		if (len(si.comms) > 0 || si.coref >= 0) && (pickUp(toks, k) || dropOff(toks, k)) {
			return true // "picked the televisions up in Yanji and dropped them in Tumen"
		}
		if setOff(toks, k) {
			return true // "a van set off with the cargo toward Kanggye"
		}
		if si.flags&fCarrier != 0 && carrierRun(toks, k) {
			return true // "the same trucks then make the run down the highway to Pyongyang"
		}
	}
	return false
}

// carrierRun reports whether token k is "run" of a carrier's trip, a verb
// ("the barges run down the river to Nampo") or a noun ("the trucks make
// the run to Pyongyang"); not "run by", "ran out", "ran up a bill".
func carrierRun(toks []tok, k int) bool {
	switch toks[k].w {
	case "run", "runs", "ran":
	default:
		return false
	}
	if k+1 < len(toks) {
		switch toks[k+1].w {
		case "by", "out", "short", "up", "low", "dry", "into", "afoul", "foul", "a", "an", "its", "their", "his", "her":
			return false
		}
	}
	return true
}

// setOff reports whether token k starts the verb "set off" or "set out"
// of a departure, followed by no object: "the van set off with the sacks
// toward Hyesan", "the barges set out for Nampo"; not "set off alarms",
// "sets out the rules".
func setOff(toks []tok, k int) bool {
	if k+1 >= len(toks) || (toks[k+1].w != "off" && toks[k+1].w != "out") {
		return false
	}
	switch toks[k].w {
	case "set", "sets", "setting":
	default:
		return false
	}
	if k+2 == len(toks) {
		return true
	}
	switch toks[k+2].w {
	case "for", "to", "toward", "towards", "from", "with", "at", "on", "in", "up", "down", "along", "across", "over", "into", "again", "early", "late", "before", "after", "by", "and", "that":
		return true
	}
	return false
}

// sendsPeople reports whether the shipment trigger at offset pos has
// people as its object ("the farms have sent their managers to Manpo"):
// people travel, no goods move.
func sendsPeople(toks []tok, pos int) bool {
	for k, t := range toks {
		if t.s != pos {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			switch w := toks[j].w; {
			case peopleNoun(w), w == "buyers", w == "purchasers":
				return true // "sent their own buyers to Pyongsong": buyers sent, not goods
			case w == "their" || w == "its" || w == "his" || w == "her" || w == "the" || w == "a" || w == "some" || w == "two" || w == "three" || w == "several" || w == "own":
				continue
			case w != "" && w[0] >= '0' && w[0] <= '9', w == "about", w == "around", w == "nearly", w == "dozens", w == "hundreds":
				continue // "carried 80 passengers", "took about 40 workers"
			case w == "an" || w == "inspection" || w == "investigation" || w == "audit" || w == "security" || w == "control":
				continue // "sent an inspection team from Pyongyang to Sindo"
			}
			return false
		}
		return false
	}
	return false
}

// countryStandIn reports whether place p is a country while the text names
// a place inside it: then the text says where in that country goods went,
// and a leg to the country as a whole would skip it.
func (a *analysis) countryStandIn(p int) bool {
	pp := &a.r.Places[p]
	if pp.Kind != "country" {
		return false
	}
	for k := range a.r.Places {
		q := &a.r.Places[k]
		if !isRegion(q) && !isFeature(q) && contains(pp, q) && a.goodsPlace(q) {
			return true
		}
	}
	return false
}

// eventOf returns the index of the event about good c that sentence i
// belongs to, else of the sentence's first affirmed event, or -1.
func (a *analysis) eventOf(evs []*evb, i, c int) int {
	any := -1
	for k, e := range evs {
		if !containsInt(e.sents, i) {
			continue
		}
		if e.comm == c {
			return k
		}
		if any < 0 && !e.Negated && e.Type != model.EventPlan {
			any = k // a sentence that lists goods makes one event of the first
		}
	}
	return any
}

// sentDirection reads whether sentence i says goods enter or leave North
// Korea: a North Korean destination or origin slot, a phrase ("into North
// Korea", "from North Korea", 북한산), or North Korea importing or exporting.
func (a *analysis) sentDirection(i int) (into, out bool) {
	in, o, oin, oout := a.sentCues(i)
	return in || oin, o || oout
}

// sentCues is sentDirection split by strength: into and out from a phrase,
// an import or export by North Korea, the origin of the goods or a slot
// whose other end is named abroad; openIn and openOut from a North Korean
// destination or origin slot whose other end the sentence leaves unnamed.
func (a *analysis) sentCues(i int) (into, out, openIn, openOut bool) {
	si := &a.si[i]
	into, out = si.kpTo && !si.kpToOpen, si.kpFrom && !si.kpFromOpen
	openIn, openOut = si.kpTo && si.kpToOpen, si.kpFrom && si.kpFromOpen
	if sl := a.low[a.sents[i].start:a.sents[i].end]; si.korean || strings.Contains(sl, "korea") {
		var at [64]int
		found := dirPhrases.scan(sl, dirInto|dirOut, &at)
		for m := found & dirInto; m != 0 && !into; m &= m - 1 {
			into = !a.paidTo(i, a.sents[i].start+at[bits.TrailingZeros64(m)])
		}
		for m := found & dirOut; m != 0 && !out; m &= m - 1 {
			out = containsNotAfterActor(sl, dirPhrases.list[bits.TrailingZeros64(m)])
		}
	}
	if si.trigFl&(fImport|fExport) != 0 && a.kpBefore(i, si.trigPos) {
		into = into || si.trigFl&fImport != 0
		out = out || si.trigFl&fExport != 0
	}
	// The origin of the goods themselves: "Chinese flour" comes in, "North
	// Korean coal" goes out.
	ms := a.ms[si.mlo:si.mhi]
	for k, m := range ms {
		if m.kind != mPlace || !a.r.Places[m.idx].Origin {
			continue
		}
		for _, n := range ms[k+1:] {
			if n.start > m.end+1 {
				break
			}
			if n.kind == mComm && n.start == m.end+1 && a.text[m.end] == ' ' {
				c := a.r.Places[m.idx].Country
				out = out || c == "KP"
				into = into || (c != "" && c != "KP")
			}
		}
	}
	return into, out, openIn, openOut
}

// corridorLeg returns the leg named by a pair of places joined by a dash
// before a corridor word ("the Dandong–Sinuiju bridge", "the Rason–Khasan
// railway") in sentence i, or ok false. The order of such a name says
// nothing about direction, so a specific sentence must say which way goods
// cross (the pair's second place in North Korea and goods entering, or the
// mirror); a general sentence takes the pair in text order.
func (a *analysis) corridorLeg(i int) (f, t int, ok bool) {
	si, s := &a.si[i], a.sents[i]
	var p *mref
	for k := si.mlo; k < si.mhi; k++ {
		m := &a.ms[k]
		if m.kind != mPlace {
			continue
		}
		if p != nil {
			gap := a.between(p.end, m.start)
			if (gap == "–" || gap == "-" || gap == "—") && m.end < s.end && corridorWord(a.low[m.end:s.end]) && a.legOK(p.idx, m.idx) {
				if si.general {
					return p.idx, m.idx, true
				}
				in, out := a.sentDirection(i)
				fc, tc := a.r.Places[p.idx].Country, a.r.Places[m.idx].Country
				switch {
				case (in && tc == "KP" && fc != "KP") || (out && fc == "KP" && tc != "KP"):
					return p.idx, m.idx, true
				case (in && fc == "KP" && tc != "KP") || (out && tc == "KP" && fc != "KP"):
					return m.idx, p.idx, true
				case a.namedBefore(i, p.idx, p.start) && !a.namedBefore(i, m.idx, p.start):
					// "sent to Beijing and carried on the Beijing–Pyongyang
					// flight": the goods leave the end they already reached.
					return p.idx, m.idx, true
				case a.namedBefore(i, m.idx, p.start) && !a.namedBefore(i, p.idx, p.start):
					return m.idx, p.idx, true
				}
				return -1, -1, false
			}
		}
		p = m
	}
	return -1, -1, false
}

// namedBefore reports whether sentence i names place p as a stop of its
// route before offset pos.
func (a *analysis) namedBefore(i, p, pos int) bool {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.start >= pos {
			break
		}
		if m.kind == mPlace && m.idx == p {
			return true
		}
	}
	return false
}

// corridorWord reports whether rest starts with a word that names a
// crossing or line: bridge, railway, road, crossing…
func corridorWord(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range [...]string{"bridge", "railway", "rail", "road", "crossing", "line", "route", "highway", "corridor", "ferry", "tunnel", "border", "flight"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// linkBack returns the place where the goods of sentence i were last
// stated to be, when sentence i starts its movement with a destination and
// names no origin: the last stop of the nearest earlier specific movement
// of the same goods, at most linkWindow sentences back. Otherwise -1.
func (a *analysis) linkBack(i int) []int {
	if a.si[i].headTo < 0 || a.rumour(i) {
		return nil
	}
	return a.prevTails(i, a.headPl)
}

// bridge returns where the goods of sentence i were last stated to be when
// the sentence goes on ("then", "later") from another place of the same
// country: "unloaded at Nakhodka … then flown from Vladivostok" moved the
// goods from Nakhodka to Vladivostok. Otherwise -1.
func (a *analysis) bridge(i int) int {
	p := a.headFrom
	if p < 0 || isRegion(&a.r.Places[p]) {
		return -1
	}
	si := &a.si[i]
	seq := false
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.s >= a.headFromPos {
			break
		}
		switch t.w {
		case "then", "later", "afterwards", "subsequently", "onward", "onwards", "next":
			seq = true
		}
	}
	if !seq {
		return -1
	}
	ts := a.prevTails(i, nil)
	if len(ts) != 1 {
		return -1
	}
	q := ts[0]
	pq := &a.r.Places[q]
	if isRegion(pq) || pq.Country != a.r.Places[p].Country || !a.legOK(q, p) {
		return -1
	}
	return q
}

// overTo returns the first destination x of sentence i and its twin town
// across the border when the sentence brings goods over to x: a verb of
// motion, then "over" or "across" (or "over the river", "across the
// bridge"), then "to x" ("driven over to Hyesan", "ferried across to
// Sinuiju", "carried over the river to Hyesan"); else -1, -1.
func (a *analysis) overTo(i int) (x, tw int) {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].w != "to" && toks[k].w != "into" {
			continue
		}
		j := k - 1
		if w := toks[j].w; (w == "river" || w == "bridge" || w == "border") && j >= 2 && toks[j-1].w == "the" {
			j -= 2
		}
		if w := toks[j].w; (w != "over" && w != "across") || j < 1 {
			continue
		}
		if v := toks[j-1]; v.lx.flags&fMove == 0 && v.lx.ev != evShipment {
			continue
		}
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mPlace && m.start >= toks[k].e && a.clauseGap(toks[k].e, m.start) && m.start-toks[k].e <= 24 {
				if t := a.twin(m.idx); t >= 0 && a.r.Places[t].Country != a.r.Places[m.idx].Country {
					return m.idx, t
				}
				return -1, -1
			}
		}
		return -1, -1
	}
	return -1, -1
}

// prevTails returns the places where the goods of sentence i were left by
// the nearest earlier specific movement of the same goods, at most
// linkWindow sentences back; head lists the places sentence i starts with.
func (a *analysis) prevTails(i int, head []int) []int {
	si := &a.si[i]
	var back []int
	c := a.firstGood(i)
	if c < 0 {
		c = si.coref
	}
	// "drives them to Tumen, hidden among noodles": the goods are those of
	// a sentence before.
	anaph := c >= 0 && len(si.comms) > 0 && a.anaphorFirst(i)
	window := linkWindow
	if a.seqCue(i) && !a.backCue(i, a.sents[i].start) {
		// "The catch is then taken to Shidao", "Two days later the cargo
		// was driven to Kanggye": the story goes on from the goods' last
		// stop even after a few sentences about prices or people.
		window += 2
	}
	for j := i - 1; j >= 0 && i-j <= window; j-- {
		sj := &a.si[j]
		if sj.general || (sj.tail < 0 && sj.tlo2 == sj.thi2) || (!sj.made && !a.movement(j)) || a.banBackdrop(j) {
			continue // "Japan has banned all exports to North Korea": no goods left anywhere
		}
		tails := a.tails(j)
		if len(tails) == 1 && (sj.ev == evProcurement || sj.ev == evSale) && a.leftBefore(j, tails[0]) {
			// "has them driven from Yanji to Changbai" … "my partner pays
			// 650 yuan a phone in Yanji": a price at a place the goods
			// already left says where they were bought, not where they
			// are now; the way on starts from a stop after it.
			continue
		}
		if len(tails) == 1 && len(head) > 0 && sj.lastT >= 0 && sj.lastT != tails[0] && a.r.Places[tails[0]].Kind == "country" && contains(&a.r.Places[tails[0]], &a.r.Places[head[0]]) && a.legOK(sj.lastT, head[0]) && a.posIn(j, sj.lastT) < a.posIn(j, tails[0]) {
			// "moved them to Dandong and onto trains bound for North
			// Korea" … "the trains crossed to Sinuiju": the goods were
			// last at Dandong, on their way to the country.
			a.one[0] = sj.lastT
			tails = a.one[:]
		}
		if j > 0 && sj.whole && len(tails) == 1 && len(head) > 0 && sj.orig >= 0 && sj.orig != tails[0] && !isRegion(&a.r.Places[sj.orig]) && a.r.Places[tails[0]].Kind == "country" && contains(&a.r.Places[tails[0]], &a.r.Places[head[0]]) && a.legOK(sj.orig, head[0]) && !a.namesTownIn(j, tails[0]) {
			// "caught off Haeju … landed in China" … "then taken to
			// Shidao": the later sentence names where in that country the
			// goods went, on from where they started.
			a.one[0] = sj.orig
			return a.one[:]
		}
		if j == 0 && sj.whole && sj.tail >= 0 && len(head) > 0 && sj.orig >= 0 && !isRegion(&a.r.Places[sj.orig]) && a.r.Places[sj.tail].Kind == "country" && contains(&a.r.Places[sj.tail], &a.r.Places[head[0]]) {
			// "exported to China" … "goes to the port of Longkou": the
			// body names where in the country the lead's goods went.
			a.one[0] = sj.orig
			return a.one[:]
		}
		if j == 0 && len(head) > 0 && sj.tail >= 0 && a.r.Places[sj.tail].Kind == "country" && !contains(&a.r.Places[sj.tail], &a.r.Places[head[0]]) {
			// "sent to China" … "hauls them down to Hyesan": a lead that
			// names only the country the goods end in; the body tells the
			// journey from its start, not on from that country.
			return nil
		}
		if j == 0 && !sj.whole && sj.tail >= 0 && sj.headTo == sj.tail && len(head) > 0 && !containsInt(head, sj.tail) && !a.backCue(i, a.sents[i].start) {
			// "Watches are making their way to Pyongyang" … "the buyers
			// went to the stores in Shenyang": a lead that names only
			// where the goods end; the body tells the journey from its
			// start; a way back ("the tankers sailed back to Chongjin")
			// still leaves from there.
			return nil
		}
		if j == 0 && sj.whole && sj.orig >= 0 && len(head) == 1 && head[0] != sj.orig && head[0] != sj.tail && !isRegion(&a.r.Places[sj.orig]) && a.firstCue(i, a.headToPos) && a.legOK(sj.orig, head[0]) {
			// "정광이 남포항을 거쳐 톈진으로" … "정광은 먼저 함흥역까지
			// 옮겨진 뒤": the body tells the lead's journey again from its
			// start, and its first hop leaves where the lead's began.
			a.one[0] = sj.orig
			return a.one[:]
		}
		if j == 0 && sj.whole && !(sj.tail >= 0 && containsInt(head, sj.tail)) && !a.endsAtVia(j) && (len(head) == 0 || (i > 1 && !a.seqCue(i) && !a.madeInto(j, i, c)) || a.leadRetold(j, i)) {
			// A lead that states a whole movement sums up the story, and
			// the body tells the same movement again in detail, unless
			// the body goes on from where the lead ends ("arriving in
			// Rason" … "distributes it in Rason and Chongjin") or the
			// goods were made into another good where the lead left them
			// (철광석 … 정광으로 가공된다 … 정광은 다시 … 보내진다).
			return nil
		}
		// "The cars left Rotterdam … the container went to Osaka": a
		// sentence that names no goods continues whatever moved before.
		if a.backCue(i, a.sents[i].start) && a.hasCarrier(i) {
			// "the returning ships bring flour to Chongjin": other goods,
			// same voyage back, best of the same carrier.
			if a.sameCarrier(i, j) {
				return tails
			}
			if back == nil {
				back = tails
			}
			continue
		}
		if p, _ := a.destOf(i); c < 0 && si.flags&(fCarrier|fGoodsNoun) == 0 && !a.thereFirst(i) && !p {
			return nil // "the money is sent back to Pyongyang": no goods, no carrier
		}
		if len(sj.comms) == 0 && sj.coref < 0 && c >= 0 && !anaph && len(si.comms) > 0 && a.otherGoodsBefore(i, j, c) {
			// "Coal … was moved onto smaller barges" … "The barges then
			// unloaded at Ningbo" … "luxury goods continued to reach
			// Pyongyang": the barges carried the coal, not these goods.
			return nil
		}
		if anaph || c < 0 || a.relatedGood(sj.comms, c) || sj.coref == c || (sj.coref >= 0 && len(sj.comms) == 0 && a.relatedGood([]int{sj.coref}, c)) || (len(sj.comms) == 0 && sj.coref < 0) || (len(si.comms) == 0 && len(sj.comms) == 0 && si.coref >= 0 && sj.coref >= 0) ||
			(len(si.comms) == 0 && si.coref == c && a.anaphorFirst(j) && a.relatedBefore(j, c)) || a.madeInto(j, i, c) ||
			(len(sj.comms) == 0 && sj.coref >= 0 && a.listedWith(j, sj.coref, c)) {
			// "take them across to Junggang, two machines at a time" …
			// "they are driven on to Kanggye": the hop moved "them", the
			// goods named before it, whatever else it names.
			// "the goods were trucked to Dandong" … "the cargo is sent to
			// the capital": two anaphors of one list of goods.
			return tails
		}
		return nil // the nearest earlier movement is about other goods
	}
	return back
}

// leftBefore reports whether a specific leg stated before sentence j (in
// a.told) takes goods away from place p, and sentence j states no leg of
// its own.
func (a *analysis) leftBefore(j, p int) bool {
	if a.si[j].headTo >= 0 || slices.ContainsFunc(a.told, func(l legb) bool { return l.sf == j || l.st == j }) {
		return false // the sentence moves the goods itself, or names where they go ("clams delivered to the dock in Donggang")
	}
	return slices.ContainsFunc(a.told, func(l legb) bool { return !l.General && l.st < j && a.samePlace(l.f, p) })
}

// firstCue reports whether sentence i says that its movement, to the
// destination at offset pos, is the first step ("are first trucked to",
// "먼저 … 함흥역까지"): a cue before the destination.
func (a *analysis) firstCue(i, pos int) bool {
	si := &a.si[i]
	if si.korean {
		pre := a.text[a.sents[i].start:max(pos, a.sents[i].start)]
		return strings.Contains(pre, "먼저 ") || strings.Contains(pre, "우선 ")
	}
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.s >= pos {
			break
		}
		if t.w == "first" {
			return true
		}
	}
	return false
}

// listedWith reports whether good c was named in one list with good g, the
// good an anaphor of sentence j stands for, in one of the corefWindow
// sentences before j: "옥수수와 콩기름은 …" … "물건은 청진으로 옮겨져" …
// "옥수수를 … 함흥까지": the anaphor carried the whole list, c too.
func (a *analysis) listedWith(j, g, c int) bool {
	for k := j - 1; k >= 0 && j-k <= corefWindow; k-- {
		if cs := a.si[k].comms; len(cs) > 1 && slices.Contains(cs, g) && slices.Contains(cs, c) {
			return true
		}
	}
	return false
}

// endsAtVia reports whether the last stop of sentence j is one the goods
// only passed, a town where they changed carriers ("a cargo that left
// Bangkok … was moved onto a smaller vessel in the Chinese port of
// Yingkou"): such a lead tells the start of the journey, not all of it,
// and the body goes on from there ("reached Nampo").
func (a *analysis) endsAtVia(j int) bool {
	sj := &a.si[j]
	if sj.tail < 0 || sj.korean {
		return false
	}
	toks := a.toks[sj.tlo:sj.thi]
	for _, m := range a.ms[sj.mlo:sj.mhi] {
		if m.kind == mPlace && m.idx == sj.tail {
			if k := tokBefore(toks, m.start); k >= 0 && (toks[k].w == "in" || toks[k].w == "at" || toks[k].w == "of") {
				return a.enSlot(toks, m.start) == slotVia && a.transferIn(toks, k)
			}
			return false
		}
	}
	return false
}

// leadRetold reports whether a later sentence other than i names again the start or
// the end of the movement that lead sentence j states: the body tells the
// lead's journey again, so the lead sums it up. A lead whose places the
// body never names again ("Porters carried the batteries from Linjiang to
// Junggang. A truck took the lot to Kanggye") is the first hop of the
// story, and the body goes on from it.
func (a *analysis) leadRetold(j, i int) bool {
	sj := &a.si[j]
	ends := [2]int{sj.orig, sj.tail}
	for k := j + 1; k < len(a.si); k++ {
		if k == i {
			continue // "the merchants of Hoeryong sent them on to Chongjin": the sentence that goes on names where from
		}
		if sk := &a.si[k]; k < i && sk.tail < 0 && sk.tlo2 == sk.thi2 && sk.orig < 0 {
			continue // "In Pyongyang a handset sells for 500 dollars": a price where the goods are, no stop of a journey told again
		}
		for _, m := range a.ms[a.si[k].mlo:a.si[k].mhi] {
			if m.kind != mPlace {
				continue
			}
			for _, e := range ends {
				if e >= 0 && a.samePlace(m.idx, e) {
					return true
				}
			}
		}
	}
	return sj.orig < 0
}

// transferIn reports whether token k, the word right before a place, ends
// a phrase of transfer to another carrier, allowing "the (Chinese) port
// of" in between ("in the Chinese port of Yingkou").
func (a *analysis) transferIn(toks []tok, k int) bool {
	for j := k; j >= max(0, k-4); j-- {
		if toks[j].w == "in" || toks[j].w == "at" {
			return a.transferredOnto(toks, j)
		}
	}
	return false
}

// otherGoodsBefore reports whether goods c are new in sentence i (no
// sentence before names them) and the nearest sentence before j (at most
// linkWindow back) that names goods names only goods unrelated to c: a
// sentence j that names no goods moves those goods, not c.
func (a *analysis) otherGoodsBefore(i, j, c int) bool {
	for m := range i {
		if a.relatedGood(a.si[m].comms, c) {
			return false // goods named before: "flour and sunflower oil" … "the sacks and oil drums"
		}
	}
	for m := j - 1; m >= 0 && j-m <= linkWindow; m-- {
		sm := &a.si[m]
		if len(sm.comms) == 0 {
			continue
		}
		return !a.relatedGood(sm.comms, c) && sm.coref != c
	}
	return false
}

// posIn returns the offset of the first mention of place p in sentence j,
// or the sentence's end.
func (a *analysis) posIn(j, p int) int {
	si := &a.si[j]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace && m.idx == p {
			return m.start
		}
	}
	return a.sents[j].end
}

// revisits reports whether every place of head already ends or starts a
// specific leg stated before: a sentence that names only such a place as
// a via ("1,200 tonnes came through Tumangang") tells the route again.
func (a *analysis) revisits(legs []legb, head []int) bool {
	if len(head) == 0 {
		return false
	}
	for _, h := range head {
		seen := false
		for k := range legs {
			if !legs[k].General && (a.samePlace(legs[k].f, h) || a.samePlace(legs[k].t, h)) {
				seen = true
				break
			}
		}
		if !seen {
			return false
		}
	}
	return true
}

// thereFirst reports whether sentence i opens with "there" or "from
// there" naming the place an earlier sentence left the goods at ("From
// there, the boxes go on to Namyang"), not with an existential "there is".
func (a *analysis) thereFirst(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	k := 0
	if len(toks) > 0 && toks[0].w == "from" {
		k = 1
	}
	if k+1 >= len(toks) || toks[k].w != "there" {
		return false
	}
	switch toks[k+1].w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might", "seem", "seems", "appear", "appears":
		return false
	}
	return true
}

// tails returns the places where the goods of sentence j were left: its
// last stop, one place or several ("taken to Kholmsk and to Nakhodka").
func (a *analysis) tails(j int) []int {
	sj := &a.si[j]
	if sj.tail >= 0 {
		a.one[0] = sj.tail
		return a.one[:]
	}
	return a.tailPl[sj.tlo2:sj.thi2]
}

// backCue reports whether sentence i says, after offset from, that goods
// or their carrier go back: "carry back", "go back", "returned", 돌아오는.
// "In return" is a trade, not a journey.
func (a *analysis) backCue(i, from int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		if t.s < from {
			continue
		}
		switch t.w {
		case "back":
			if k > 0 && (toks[k-1].lx.flags&fMove != 0 || toks[k-1].lx.ev == evShipment) {
				return true
			}
		case "returned", "returning", "returns", "return":
			switch {
			case k == 0:
				return true
			case toks[k-1].w == "in", toks[k-1].lx.flags&(fSpec|fSpeaker) != 0, toks[k-1].w == "tax", toks[k-1].w == "trade":
				// "in return" is a trade, "customs returns" a filing
			case k >= 2 && (toks[k-1].w == "that" || toks[k-1].w == "which") && toks[k-2].lx.flags&(fCarrier|fGoodsNoun|fAnaphor) == 0:
				// "the blackouts that return every year": a relative clause
				// about something other than goods or their carrier
			case t.w == "returning" && k+1 < len(toks) && (peopleNoun(toks[k+1].w) || toks[k+1].lx.flags&fActor != 0):
				// "40 returning workers checked in their luggage": people
				// going home, no way back of the goods before
			default:
				return true
			}
		}
	}
	if lo, hi := max(from, a.sents[i].start), a.sents[i].end; si.korean && lo < hi {
		s := a.text[lo:hi]
		return strings.Contains(s, "돌아오") || strings.Contains(s, "돌아가") || strings.Contains(s, "되돌아")
	}
	return false
}

// backAfter reports whether a back cue in sentence i follows the last
// mention of place p there, so that it is the place goods go back from.
func (a *analysis) backAfter(i, p int) bool {
	si := &a.si[i]
	last := -1
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace && m.idx == p {
			last = m.end
		}
	}
	// Not "… and drive back empty", nor "…, and the crew flew back".
	return last >= 0 && a.backCue(i, last) && !a.emptyRun(i, last) && !a.peopleBack(i, last)
}

// peopleBack reports whether the words of sentence i after offset from
// up to its back cue name people and no goods: "…to Yingkou, and the crew
// flew back": the people went back, not the goods.
func (a *analysis) peopleBack(i, from int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	lo := tokBefore(toks, from) + 1
	for k := lo; k < len(toks); k++ {
		if w := toks[k].w; w == "back" || strings.HasPrefix(w, "return") {
			if w == "back" && k > 0 && carryVerb(toks[k-1].w) && a.goodsAfter(i, toks[k].e) {
				return false // "where crew members bring back frozen beef": people carry goods back
			}
			return a.peopleClause(i, toks[lo:k])
		}
	}
	return false
}

// carryVerb names the verbs of carrying goods along that "back" may follow:
// "bring back", "carried back", "take back".
func carryVerb(w string) bool {
	switch w {
	case "bring", "brings", "bringing", "brought", "carry", "carries", "carrying", "carried", "take", "takes", "took", "taking", "haul", "hauls", "hauled":
		return true
	}
	return false
}

// goodsAfter reports whether sentence i names a good at or after offset pos.
func (a *analysis) goodsAfter(i, pos int) bool {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mComm && m.start >= pos {
			return true
		}
	}
	return false
}

// goodsOnlyBack reports whether sentence i names its goods only after its
// back cue, which follows place p: no good, goods noun or pronoun for goods
// comes before the cue, so the trip out to p carried nothing the sentence
// tells of ("flies to Vladivostok, where crew members bring back beef").
func (a *analysis) goodsOnlyBack(i, p int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	end := -1
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace && m.idx == p {
			end = m.end
		}
	}
	if end < 0 {
		return false
	}
	for k, t := range toks {
		if t.w == "back" && t.s >= end && k > 0 && carryVerb(toks[k-1].w) {
			for _, m := range a.ms[si.mlo:si.mhi] {
				if m.kind == mComm && m.start < t.s {
					return false
				}
			}
			for _, u := range toks[:k] {
				if u.lx.flags&(fGoodsNoun|fAnaphor) != 0 {
					return false
				}
			}
			return a.goodsAfter(i, t.e)
		}
	}
	return false
}

// hasCarrier reports whether sentence i names a vehicle or container.
func (a *analysis) hasCarrier(i int) bool {
	si := &a.si[i]
	if si.flags&fCarrier != 0 {
		return true
	}
	return si.korean && strings.Contains(a.text[a.sents[i].start:a.sents[i].end], "배")
}

// lastMovement returns the nearest sentence before i, at most linkWindow
// back, that states a specific leg, or -1.
// When sentence i names a carrier, the nearest such sentence that names a
// carrier too comes first: "the trains carry back" reverses the trains'
// trip, not the onward delivery stated in between.
func (a *analysis) lastMovement(i int) int {
	near := -1
	for j := i - 1; j >= 0 && i-j <= linkWindow; j-- {
		if a.si[j].lastF < 0 {
			continue
		}
		if near < 0 {
			near = j
		}
		if !a.hasCarrier(i) || a.hasCarrier(j) {
			return j
		}
	}
	return near
}

// focalPlace returns the North Korean city, county or crossing the report
// names most often (at least twice; the first on a tie), or -1.
func (a *analysis) focalPlace() int {
	if a.focal != -2 {
		return a.focal
	}
	a.focal = -1
	best := 1
	for k := range a.r.Places {
		p := &a.r.Places[k]
		if p.Country == "KP" && !isRegion(p) && !isFeature(p) && len(p.Mentions) > best {
			a.focal, best = k, len(p.Mentions)
		}
	}
	return a.focal
}

// goodsPlace reports whether some mention of p may be where goods are:
// not an upper-case dateline ("SEOUL, May 3 (Yonhap) --") and not where a
// source or official speaks from ("officials in Seoul said").
func (a *analysis) goodsPlace(p *model.Place) bool {
	for _, m := range p.Mentions {
		if m.Text == strings.ToUpper(m.Text) && strings.ToLower(m.Text) != m.Text {
			continue
		}
		if k := tokBefore(a.toks, m.Start); k > 0 && (a.toks[k].w == "in" || a.toks[k].w == "at") && a.toks[k-1].lx.flags&fSpeaker != 0 {
			continue
		}
		return true
	}
	return false
}

// sameCarrier reports whether sentences i and j name the same kind of
// carrier ("the ships … each ship"), or j names one and i names one in
// Korean, where words are not split.
func (a *analysis) sameCarrier(i, j int) bool {
	if !a.hasCarrier(j) {
		return false
	}
	if a.si[i].korean || a.si[j].korean {
		return true
	}
	for _, t := range a.toks[a.si[i].tlo:a.si[i].thi] {
		if t.lx.flags&fCarrier == 0 {
			continue
		}
		for _, u := range a.toks[a.si[j].tlo:a.si[j].thi] {
			if u.lx.flags&fCarrier != 0 && strings.TrimSuffix(u.w, "s") == strings.TrimSuffix(t.w, "s") {
				return true
			}
		}
	}
	return false
}

// goodBefore returns the good that sentence i names last before it first
// names place p ("sends raw hair to workshops in Hyesan, and the wigs go
// back to Changbai"), else its first good, else -1.
func (a *analysis) goodBefore(i, p int) int {
	si := &a.si[i]
	good := -1
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace && m.idx == p {
			if good >= 0 {
				return good
			}
			break
		}
		if m.kind == mComm && containsInt(si.comms, m.idx) {
			good = m.idx
		}
	}
	return a.firstGood(i)
}

// dropShortcuts drops a specific leg A→C when other specific legs lead
// from A to C through other places: a headline's "from Dandong to
// Pyongyang" sums up the hops the body gives, Dandong→Sinuiju→Pyongyang,
// and the guideline wants one leg per pair of consecutive places.
func (a *analysis) dropShortcuts(legs []legb) []legb {
	if len(legs) < 3 || len(legs) > 4*MaxLegs {
		return legs
	}
	n := 0
	for k := range legs {
		l := legs[k]
		if !l.General && a.reaches(legs, k) && !a.directly(l.sf) {
			continue
		}
		legs[n] = l
		n++
	}
	return legs[:n]
}

// crossedTo reports whether a specific leg of legs brought the goods of
// sentence i to p from the twin town across the border from h, and
// returns that twin: a hop p→h would take them straight back over the
// crossing they came by, so h is where they were before it, and they went
// on from h over the crossing. A sentence of price or sale also matches a
// leg from h itself, and returns -1 for the twin. A leg that was itself a
// way back ("trucked back across the border to Dandong") does not count:
// the goods may go out again; nor does a leg of other goods.
func (a *analysis) crossedTo(legs []legb, p, h, i int) (int, bool) {
	tw := a.twin(h)
	// "the Chinese side pays 1,100 dollars a ton for clams delivered to
	// Donggang": a price for goods delivered where they went before, no
	// way back from where they went on to.
	price := a.si[i].ev == evSale || a.si[i].ev == evProcurement
	c := a.firstGood(i)
	if c < 0 {
		c = a.si[i].coref
	}
	for k := range legs {
		if l := &legs[k]; !l.General && l.t == p && ((tw >= 0 && l.f == tw) || (l.f == h && price)) && (c < 0 || l.Commodity == "" || l.Commodity == a.r.Commodities[c].Name) && !a.backCue(l.sf, a.sents[l.sf].start) && !a.backTo(l.sf) {
			if l.f == h {
				return -1, true
			}
			return tw, true
		}
	}
	return -1, false
}

// backTo reports whether English sentence i says "back" before "to",
// "into", "across" or "over": "took the broken pumps back to Ji'an".
func (a *analysis) backTo(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].w == "back" {
			switch toks[k+1].w {
			case "to", "into", "across", "over":
				return true
			}
		}
	}
	return false
}

// directly reports whether sentence i says its goods went straight from
// one stop to the next ("began sending its containers directly from
// Singapore to Dalian", "a direct route", 곧바로): a leg that skips the
// stops told before is a new way, not a summary of the old one.
func (a *analysis) directly(i int) bool {
	si := &a.si[i]
	if si.korean {
		s := a.text[a.sents[i].start:a.sents[i].end]
		return strings.Contains(s, "곧바로") || strings.Contains(s, "직접 ") || strings.Contains(s, "직항")
	}
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.w == "directly" || t.w == "direct" || t.w == "nonstop" {
			return true
		}
	}
	return false
}

// coarse reports whether a place is too broad to be the end of a leg when
// the text names a place inside it: a country or a province (not Rason, a
// city the gazetteer files as a province).
func coarse(p *model.Place) bool {
	return isRegion(p) && !cityRegion(p)
}

// within reports whether place q is place p or lies inside it.
func (a *analysis) within(q, p int) bool {
	return a.samePlace(q, p) || contains(&a.r.Places[p], &a.r.Places[q])
}

// dropCoarse drops a specific leg with a country or province end when
// other specific legs join its other end, or a place inside that end,
// to a place inside it (for a province end, in either direction): "landed
// in Shandong" beside "take them to Shidao" (a Shandong port), "sent cattle
// to North Korea" beside the hops Ussuriysk→Khasan→Tumangang→Rajin. The guideline wants
// the most specific places given, and the broad leg would double a hop.
func (a *analysis) dropCoarse(legs []legb) []legb {
	if len(legs) < 2 || len(legs) > 4*MaxLegs {
		return legs
	}
	n := 0
	for k := range legs {
		l := legs[k]
		pf, pt := &a.r.Places[l.f], &a.r.Places[l.t]
		// A country's trade the other way is a trade of its own ("oil to
		// North Korea", "shells to Russia"); a province is only a vaguer
		// name for a port the goods already went to or came from.
		back := pf.Kind != "country" && pt.Kind != "country"
		if !l.General && (coarse(pf) || coarse(pt)) {
			// Joined the same way, the leg is kept when it says the goods
			// went there directly.
			if fwd := a.joins(legs, k, l.f, l.t); (fwd && !a.directly(l.sf)) || (!fwd && back && a.joins(legs, k, l.t, l.f)) {
				continue
			}
		}
		if !l.General && pf.Kind == "country" && pt.Kind == "country" && a.generalWithin(legs, l.f, l.t) {
			// "China's exports to North Korea" beside "most of the trade
			// passes through Dandong to Sinuiju": the report names the
			// towns that trade runs between.
			continue
		}
		legs[n] = l
		n++
	}
	return legs[:n]
}

// generalWithin reports whether a general leg leads from a place inside
// country from to a place inside country to.
func (a *analysis) generalWithin(legs []legb, from, to int) bool {
	for k := range legs {
		if l := &legs[k]; l.General && l.f != from && l.t != to && a.within(l.f, from) && a.within(l.t, to) {
			return true
		}
	}
	return false
}

// joins reports whether specific legs other than legs[skip] lead from
// place from (or a place inside it) to a place inside to (or to itself),
// at least one end strictly inside, in up to six hops.
func (a *analysis) joins(legs []legb, skip, from, to int) bool {
	seen := a.seen[:0]
	for k := range legs {
		if l := &legs[k]; k != skip && !l.General && a.within(l.f, from) {
			seen = append(seen, l.f)
		}
	}
	return a.walk(legs, skip, seen, func(l *legb, _ int) (found, onward bool) {
		return a.within(l.t, to) && (!a.samePlace(l.t, to) || !a.samePlace(l.f, from)), true
	})
}

// walk searches breadth-first, up to six hops, along the specific legs
// other than legs[skip] that start at the places in seen (a.seen's
// storage). For each leg it reaches at a depth, at says whether the search
// is done and whether to go on from the leg's destination.
func (a *analysis) walk(legs []legb, skip int, seen []int, at func(l *legb, depth int) (found, onward bool)) bool {
	defer func() { a.seen = seen[:0] }()
	for lo, depth := 0, 0; depth < 6 && lo < len(seen); depth++ {
		hi := len(seen)
		for _, x := range seen[lo:hi] {
			for k := range legs {
				l := &legs[k]
				if k == skip || l.General || !a.samePlace(l.f, x) {
					continue
				}
				found, onward := at(l, depth)
				if found {
					return true
				}
				if !onward {
					continue
				}
				known := false
				for _, y := range seen {
					known = known || a.samePlace(y, l.t)
				}
				if !known {
					seen = append(seen, l.t)
				}
			}
		}
		lo = hi
	}
	return false
}

// samePlace reports whether place indices p and q name one place.
func (a *analysis) samePlace(p, q int) bool {
	return p == q || (a.r.Places[p].ID == a.r.Places[q].ID && a.r.Places[p].Name == a.r.Places[q].Name)
}

// reaches reports whether specific legs other than legs[skip] lead from
// its origin to its destination in two hops or more.
func (a *analysis) reaches(legs []legb, skip int) bool {
	from, to := legs[skip].f, legs[skip].t
	seen := append(a.seen[:0], from)
	if cityRegion(&a.r.Places[from]) {
		// "trucked out of Rason to Hunchun" beside the hops from Rajin
		// through Wonjong and Quanhe: a town of the special city starts
		// the same way.
		for k := range legs {
			if l := &legs[k]; k != skip && !l.General && !slices.Contains(seen, l.f) && contains(&a.r.Places[from], &a.r.Places[l.f]) {
				seen = append(seen, l.f)
			}
		}
	}
	return a.walk(legs, skip, seen, func(l *legb, depth int) (found, onward bool) {
		if a.samePlace(l.t, to) {
			return depth > 0, false // at depth 0, the same hop stated again
		}
		return false, true
	})
}

// countryTrade reports whether sentence i states a trade between two
// countries as wholes: a country as the subject or possessor of an export
// or shipment and a destination ("North Korea's exports to China", "North
// Korea had shipped 6,700 containers to Russia").
func (a *analysis) countryTrade(i int) bool {
	from, to := false, false
	for _, x := range a.slotPlaces(i) {
		from = from || x.subj
		to = to || x.slot == slotTo
	}
	return from && to
}

// hypothetical reports whether sentence i tells of a movement that may or
// will happen: "are expected to go", "would be sent", "could cross".
func (a *analysis) hypothetical(i int) bool {
	return a.si[i].hypo
}

// anaphorFirst reports whether sentence i refers to goods by a pronoun
// before it names any good: "drives them to Tumen, where they are hidden
// among boxes of noodles" moves the goods before, not the noodles.
func (a *analysis) anaphorFirst(i int) bool {
	si := &a.si[i]
	first := a.sents[i].end
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mComm {
			first = m.start
			break
		}
	}
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.s >= first {
			return false
		}
		if t.lx.flags&fAnaphor != 0 {
			return true
		}
	}
	return false
}

// relatedGood reports whether one of goods names good c or a good whose
// HS code lies inside c's or the other way round: "the vehicles" go on
// where "trucks" went.
func (a *analysis) relatedGood(goods []int, c int) bool {
	hc := a.r.Commodities[c].HS
	for _, g := range goods {
		if g == c {
			return true
		}
		hg := a.r.Commodities[g].HS
		if len(hg) >= 2 && len(hc) >= 2 && (strings.HasPrefix(hg, hc) || strings.HasPrefix(hc, hg)) {
			return true
		}
	}
	return false
}

// Cues that a sentence tells a hop made before the one told just before it.
const (
	hopNone   = iota
	hopPast   // a pluperfect of motion: "had been trucked", "had sailed"
	hopStrong // "before that", "originally", "earlier", "previously", 그 전에
)

// markPatterns marks the sentences that describe a pattern a report has
// just announced ("Our review … points to a consistent pattern."): the
// sentences after the announcement, to the end of the next paragraph,
// while they are told in the present tense ("Catches landed at Kimchaek
// are frozen and loaded onto vessels, which sail north to Zarubino") and
// name no date. A sentence in the past ("We identified 14 port calls")
// ends the pattern.
func (a *analysis) markPatterns() {
	for i := range a.si {
		if !a.patternCue(i) {
			continue
		}
		paras := 0
		for j := i + 1; j < len(a.si); j++ {
			if strings.Contains(a.text[a.sents[j-1].end:a.sents[j].start], "\n") {
				paras++
			}
			if paras > 1 || a.si[j].korean || a.si[j].hasDate >= 0 || !a.presentTense(j) {
				break
			}
			a.si[j].pattern = true
		}
	}
}

// patternCue reports whether sentence i announces a pattern: a verb of
// showing before "a" or "the" (and up to two words) and "pattern" ("points
// to a consistent pattern", "the records show a clear pattern").
func (a *analysis) patternCue(i int) bool {
	si := &a.si[i]
	if si.korean || si.neg || si.ev != evNone {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	for k := 2; k < len(toks); k++ {
		if toks[k].w != "pattern" {
			continue
		}
		for j := k - 1; j >= max(0, k-5); j-- {
			switch toks[j].w {
			case "points", "point", "pointed", "shows", "show", "showed", "shown", "reveals", "revealed", "reveal", "suggests", "suggested", "indicates", "indicated":
				return true
			}
		}
	}
	return false
}

// presentTense reports whether sentence i is told in the present: it has
// "is" or "are" and no "was", "were", "had" or "did".
func (a *analysis) presentTense(i int) bool {
	si := &a.si[i]
	pres := false
	for _, t := range a.toks[si.tlo:si.thi] {
		switch t.w {
		case "is", "are":
			pres = true
		case "was", "were", "had", "did":
			return false
		}
	}
	return pres
}

// retrace returns the hops back along the specific legs told before
// sentence i, from the last stop they reached to the sentence's lone
// destination, when the sentence says the goods go the same way in
// reverse ("travel the same way in reverse as far as Dalian", "come back
// the same way to Dandong", "retrace the route to Nampo"). It returns nil
// unless the way back reaches that destination.
func (a *analysis) retrace(i int, legs []legb) [][2]int {
	if a.lone < 0 || a.loneSlot != slotTo || !a.retraceCue(i) {
		return nil
	}
	last := -1
	for k := range legs {
		if l := &legs[k]; !l.General && l.st < i {
			last = k
		}
	}
	if last < 0 {
		return nil
	}
	var out [][2]int
	cur := legs[last].t
	for len(out) < 6 && !a.samePlace(cur, a.lone) {
		prev := -1
		for k := last; k >= 0; k-- {
			if l := &legs[k]; !l.General && l.st < i && a.samePlace(l.t, cur) {
				prev = l.f
				break
			}
		}
		if prev < 0 {
			return nil
		}
		out = append(out, [2]int{cur, prev})
		cur = prev
	}
	if !a.samePlace(cur, a.lone) {
		return nil
	}
	return out
}

// retraceCue reports whether sentence i says goods go back the way they
// came: "in reverse", "the same way back", "the same route", "retrace".
func (a *analysis) retraceCue(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		switch {
		case t.w == "reverse" && k > 0 && toks[k-1].w == "in":
			return true
		case strings.HasPrefix(t.w, "retrac"):
			return true
		case t.w == "same" && k+1 < len(toks) && (toks[k+1].w == "way" || toks[k+1].w == "route"):
			for _, u := range toks {
				if u.w == "back" || u.lx.flags&fMove != 0 && strings.HasPrefix(u.w, "return") {
					return true
				}
			}
		}
	}
	return false
}

// carriersOnly reports whether every good sentence j names is named there
// by a word for a carrier ("The boats go out from Donggang … each one
// carries fifty boxes"): the sentence moves whatever the carriers hold.
func (a *analysis) carriersOnly(j int) bool {
	sj := &a.si[j]
	toks := a.toks[sj.tlo:sj.thi]
	n := 0
	for _, m := range a.ms[sj.mlo:sj.mhi] {
		if m.kind != mComm || !containsInt(sj.comms, m.idx) {
			continue
		}
		k, ok := slices.BinarySearchFunc(toks, m.start, func(t tok, p int) int { return t.s - p })
		if !ok || toks[k].e != m.end || toks[k].lx.flags&fCarrier == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// provenance reports whether sentence i describes where goods came from
// in a phrase of past participles with no verb of its own ("Hair dye,
// contact lenses, face cream, most of it bought wholesale in Yiwu and sent
// up north by rail"): the goods got there before the story told.
func (a *analysis) provenance(i int) bool {
	si := &a.si[i]
	if si.korean {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if t.lx.ev == 0 && t.lx.flags&fMove == 0 {
			continue
		}
		switch t.w {
		case "bought", "purchased", "sent", "shipped", "trucked", "brought", "made", "produced", "ordered", "sourced":
		default:
			return false // the sentence's first verb of trade or motion is no participle of provenance
		}
		if p := toks[k-1].w; p != "it" && p != "them" && p != "all" && p != "most" {
			return false
		}
		for _, b := range toks[:k] {
			switch b.w {
			case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets", "got", "they", "we", "he", "she", "who", "which", "that":
				return false // "most of it was bought in Yiwu": a clause with its own verb
			}
		}
		return true
	}
	return false
}

// earlierHop reports whether sentence i tells a movement earlier in time
// than the story told before it: a pluperfect of motion ("it had been
// trucked up from Nampo", "the vessel had sailed from Longkou") or a cue
// of earlier time ("before that", "originally", "weeks earlier",
// "previously", 그 전에, 이에 앞서). "Earlier this month" or "earlier than"
// date the sentence and tell no order.
func (a *analysis) earlierHop(i int) int {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	h := hopNone
	for k, t := range toks {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].w
		}
		switch t.w {
		case "originally", "previously":
			return hopStrong
		case "before":
			if next == "that" || next == "then" {
				return hopStrong
			}
		case "earlier":
			switch next {
			case "this", "last", "in", "on", "today", "than", "that":
			default:
				return hopStrong
			}
		case "had":
			for j, n := range toks[k+1 : min(k+3, len(toks))] {
				if n.w == "been" && waitingAfter(toks, k+1+j) {
					break // "had been expecting the shipment": a wait, no earlier hop
				}
				if n.w == "been" || n.lx.flags&fMove != 0 || n.lx.ev == evShipment || n.lx.ev == evCrossing {
					h = hopPast
					break
				}
			}
		}
	}
	if h == hopNone && a.provenance(i) {
		h = hopPast
	}
	if si.korean {
		sl := a.text[a.sents[i].start:a.sents[i].end]
		if strings.Contains(sl, "그 전에") || strings.Contains(sl, "그전에") || strings.Contains(sl, "이에 앞서") {
			return hopStrong
		}
	}
	return h
}

// waitingAfter reports whether "been" at token k opens a progressive of a
// verb that moves nothing: "had been expecting", "had been waiting for",
// "had been hoping". Who waits for goods tells no hop they made.
func waitingAfter(toks []tok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return strings.HasSuffix(n.w, "ing") && n.lx.flags&fMove == 0 && n.lx.ev == 0
}

// prevFirst returns the first stop of the nearest earlier specific
// movement of the goods of sentence i (or of whatever moved, when the
// sentence names them by a pronoun or a carrier), at most linkWindow
// sentences back, or -1.
func (a *analysis) prevFirst(i int) int {
	si := &a.si[i]
	c := a.firstGood(i)
	if c < 0 {
		c = si.coref
	}
	if c < 0 && si.flags&(fCarrier|fGoodsNoun) == 0 && !a.anaphorFirst(i) {
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= linkWindow; j-- {
		sj := &a.si[j]
		if sj.general || !a.movement(j) || (sj.first < 0 && sj.tail < 0) {
			continue
		}
		if j == 0 && sj.whole && (i > 1 || a.earlierHop(j) == hopNone || a.leadRetold(j, i)) {
			// A lead that states a whole movement sums up the story; one
			// told in the pluperfect whose places the body never names
			// again ("The ginseng seized in Dandong had crossed from
			// Sinuiju. Before that it had been trucked up from Pyongyang")
			// starts a story told backwards.
			return -1
		}
		if c >= 0 && len(sj.comms) > 0 && !a.relatedGood(sj.comms, c) && sj.coref != c && !a.anaphorFirst(i) && !(a.provenance(i) && a.carriersOnly(j)) {
			return -1 // the movement told before is of other goods
		}
		return sj.first
	}
	return -1
}

// peopleTravel reports whether sentence i, which names no goods, tells of
// people travelling: people ("tourists", "workers", "the delegation") come
// before its first verb of motion, and every carrier it names is their
// means of travel ("by train", "by bus"). "The crew sailed the tanker to
// Nampo" moves a carrier.
func (a *analysis) peopleTravel(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	people, actor := false, false
	for k, t := range toks {
		if t.lx.flags&fCarrier != 0 {
			if k == 0 || !(toks[k-1].w == "by" || (k > 1 && toks[k-2].w == "by" && (toks[k-1].w == "a" || toks[k-1].w == "the")) || people && rideWord(toks, k) && passengerCarrier(t.w)) {
				return false // "then took a train to Khabarovsk": the people rode it
			}
			continue
		}
		if !people && (t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing) {
			// "Two traders from Hyesan travelled to Changbai": traders
			// who travel go themselves; traders who carry, send or bring
			// move goods the report named before.
			if !actor || !travelVerb(t.w) {
				return false
			}
			people = true
		}
		people = people || peopleNoun(t.w) || travellerNoun(t.w)
		actor = actor || personActor(t.w)
	}
	return people
}

// koPeopleTrip reports whether Korean sentence i, which names no goods
// and no carrier, has people as its topic and says what their trip was
// for: "대표단은 평양에서 블라디보스토크로 가 회담을 했다".
func (a *analysis) koPeopleTrip(i int) bool {
	s := a.text[a.sents[i].start:a.sents[i].end]
	people := false
	for _, p := range [...]string{"일꾼들은", "일꾼들이", "대표단은", "대표단이", "노동자들은", "노동자들이", "관광객들은", "관광객들이", "근로자들은", "간부들은", "간부들이"} {
		if strings.Contains(s, p) {
			people = true
			break
		}
	}
	if !people {
		return false
	}
	for _, p := range [...]string{"상담", "회담", "협상", "방문", "참석", "회의", "견학", "면담", "관광"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// peopleTrip reports whether sentence i, which names goods, tells of
// people travelling while its goods are only what the trip is for: people
// come before its first verb of motion, every carrier is their means of
// travel ("by train", "took the train"), nothing after the verb ships or
// carries, and each good follows a word of purpose or of buying ("flew to
// Vladivostok for talks on seafood exports", "took the train to Sinuiju and
// bought ginseng"). Goods "with" them or "carrying" them travel too.
func (a *analysis) peopleTrip(i int) bool {
	si := &a.si[i]
	if si.korean {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	// The first verb of motion, with no goods, anaphor or carrier before
	// it; then the people before it (words looked up only once a verb is
	// found, as most sentences fail before).
	v := -1
	for k := range toks {
		t := &toks[k] // read in place: a tok is large
		if t.lx.flags&(fGoodsNoun|fAnaphor|fCarrier) != 0 {
			return false
		}
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	people := slices.ContainsFunc(toks[:v], func(t tok) bool { return peopleNoun(t.w) || travellerNoun(t.w) })
	if !people && !(travelVerb(toks[v].w) && slices.ContainsFunc(toks[:v], func(t tok) bool { return personActor(t.w) })) {
		return false
	}
	if toks[v].lx.ev != 0 && !travelVerb(toks[v].w) {
		return false // "the delegation sent the samples to Dalian"
	}
	purpose := false
	ci := si.mlo
	for k := v + 1; k < len(toks); k++ {
		t := &toks[k]
		for ; ci < si.mhi && a.ms[ci].start < t.e; ci++ {
			if m := a.ms[ci]; m.kind == mComm && m.start >= toks[v].e && !purpose {
				return false // goods told as what moves, not what the trip is for
			}
		}
		switch t.w {
		case "with", "carrying", "bringing", "laden", "loaded", "hauling", "towing":
			return false
		case "talks", "talk", "discuss", "negotiate", "meet", "attend", "inspect", "visit", "buy", "bought", "purchase", "purchased":
			purpose = true
		}
		if t.lx.flags&fCarrier != 0 {
			if !(k > 0 && toks[k-1].w == "by") && !(k > 1 && toks[k-2].w == "by") && !rideWord(toks, k) {
				return false
			}
			continue
		}
		if (t.lx.ev == evShipment && !travelVerb(t.w) || t.lx.ev == evCrossing) && !(purpose && tradeNoun(t.w)) {
			return false // "…, and carried the samples home"; not "talks on seafood exports"
		}
	}
	for ; ci < si.mhi; ci++ {
		if m := a.ms[ci]; m.kind == mComm && !purpose {
			return false
		}
	}
	return purpose
}

// rideWord reports whether the carrier at token k is what people ride:
// "took the train", "boarded a ferry", "caught the bus".
func rideWord(toks []tok, k int) bool {
	for j := k - 1; j >= max(0, k-2); j-- {
		switch toks[j].w {
		case "took", "take", "takes", "taking", "boarded", "board", "boards", "boarding", "caught", "catch", "rode", "ride", "rides":
			return true
		}
	}
	return false
}

// passengerCarrier reports whether the carrier w is what people ride as
// passengers: "took a train", not "took the tanker to Nampo".
func passengerCarrier(w string) bool {
	switch w {
	case "train", "trains", "plane", "ferry", "aircraft":
		return true
	}
	return false
}

// travelVerb reports whether w is a verb of travelling, which moves its
// subject and takes no goods as object.
func travelVerb(w string) bool {
	switch w {
	case "travelled", "traveled", "travel", "travels", "travelling", "traveling", "journeyed", "flew", "walked",
		"drove": // "the smuggler drove from Yanji to Tumen": with goods as object, peopleTrip sees them after it
		return true
	}
	return false
}

// personActor reports whether the actor noun w names persons, not firms:
// "two traders from Hyesan travelled to Changbai" is a trip of people
// when the sentence names no goods.
func personActor(w string) bool {
	switch w {
	case "traders", "trader", "merchants", "merchant", "smugglers", "smuggler", "dealers", "dealer", "brokers", "broker",
		"businessmen", "businessman", "middlemen", "middleman", "donju", "buyers", "buyer", "sellers", "seller":
		return true
	}
	return false
}

// travellerNoun names people who travel for their own sake.
func travellerNoun(w string) bool {
	switch w {
	case "holidaymakers", "vacationers", "travellers", "travelers", "pilgrims", "athletes", "performers", "sightseers", "journalists",
		"defector", "defectors", "refugee", "refugees", "escapee", "escapees":
		return true
	}
	return false
}

// paidTo reports whether the phrase at offset pos of sentence i says
// where money goes: "Chinese buyers pay 90 yuan a kilogram to the North
// Korean side" sends payment in and goods out. A verb that moves goods
// between the payment and the phrase ("paid … and shipped it to North
// Korea") moves goods.
func (a *analysis) paidTo(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if t.s >= pos {
			continue
		}
		switch t.w {
		case "pay", "pays", "paid", "paying", "remit", "remits", "remitted", "remitting":
			return true
		}
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing {
			return false
		}
	}
	return false
}

// motionNegated reports whether every verb of motion of sentence i, which
// has no trade trigger, is negated: "the fuel had not come from China",
// "the boats never left Nampo". "It did not stay long and went on to
// Kanggye" moves.
func (a *analysis) motionNegated(i int) bool {
	si := &a.si[i]
	if si.korean {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	seen := false
	fr := freeRelative(toks, 0) // "Whatever we don't sell goes on": the "not" is the subject's
	for k, t := range toks {
		if t.lx.flags&fMove == 0 {
			continue
		}
		if fr >= 0 && k > fr {
			if !a.negatedAt(toks[fr+1:], k-fr-1) {
				return false
			}
		} else if !a.negatedAt(toks, k) {
			return false
		}
		seen = true
	}
	return seen
}

// crossOn returns the crossing that sentence i states without naming a
// town: goods carried over the river, bridge or border from the last stop
// of the nearest earlier movement of the same goods, a crossing town whose
// twin the report names, go to that twin. The sentence may name the twin
// ("handed over on the Hyesan side"), rivers, regions and countries, but
// no other town, which could be where the crossing really is. Otherwise
// -1, -1.
func (a *analysis) crossOn(i int) (f, t int) {
	si := &a.si[i]
	if !a.crossWord(i) && !a.riverCrossed(i) {
		return -1, -1
	}
	if a.habitual(i) {
		return -1, -1 // "dozens of sacks crossed the river every night": how the trade ran, no hop of these goods
	}
	if len(si.comms) == 0 && si.coref < 0 && si.flags&(fCarrier|fGoodsNoun|fAnaphor) == 0 {
		return -1, -1
	}
	ts := a.prevTails(i, nil)
	if len(ts) != 1 {
		return -1, -1
	}
	q := ts[0]
	tw := a.twin(q)
	if tw < 0 || !a.legOK(q, tw) || a.r.Places[q].Country == a.r.Places[tw].Country {
		return -1, -1
	}
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != mPlace || m.idx == tw || m.idx == q {
			continue
		}
		if p := &a.r.Places[m.idx]; !isFeature(p) && !isRegion(p) && p.Kind != "country" {
			return -1, -1
		}
	}
	return q, tw
}

// crossAfterStop returns the twin of crossing town q when sentence i,
// after its last mention of q, says the goods cross the river, bridge or
// border and names no other place but the twin, rivers and bridges;
// otherwise -1.
func (a *analysis) crossAfterStop(i, q int) int {
	tw := a.twin(q)
	if tw < 0 || a.r.Places[q].Country == a.r.Places[tw].Country || !a.legOK(q, tw) {
		return -1
	}
	si := &a.si[i]
	at := -1
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != mPlace {
			continue
		}
		switch {
		case m.idx == q:
			at = m.end
		case at >= 0 && m.idx != tw && !isFeature(&a.r.Places[m.idx]) && !(isRegion(&a.r.Places[m.idx]) && contains(&a.r.Places[m.idx], &a.r.Places[q])):
			return -1 // not "the Khasan station on the Russian side": where q lies
		}
	}
	if at < 0 || si.korean {
		return -1
	}
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		if t.s < at {
			continue
		}
		switch t.w {
		case "across", "cross", "crossed", "crosses", "crossing":
			return tw
		case "over":
			if k+2 < len(toks) && toks[k+1].w == "the" {
				switch toks[k+2].w {
				case "river", "bridge", "border", "yalu", "tumen":
					return tw
				}
			}
		}
	}
	return -1
}

// crossWord reports whether sentence i has a verb of crossing ("cross",
// "across", 건너, 넘겨) or a crossing of the river, bridge or border: not
// "riverbank" nor a counted "each crossing".
func (a *analysis) crossWord(i int) bool {
	si := &a.si[i]
	if si.korean {
		s := a.text[a.sents[i].start:a.sents[i].end]
		for _, w := range [...]string{"건너", "넘어", "넘겨", "넘기"} {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		switch t.w {
		case "across":
			if !locativeAcross(toks, k) {
				return true
			}
		case "cross", "crossed", "crosses":
			return true
		case "over":
			if k+2 < len(toks) && toks[k+1].w == "the" {
				switch toks[k+2].w {
				case "river", "bridge", "border":
					return true
				}
			}
		}
	}
	return false
}

// riverCrossed reports whether sentence i names a river right after
// "over" or "across" and a few words at most ("carried over the frozen
// Yalu").
func (a *analysis) riverCrossed(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != mPlace || !isFeature(&a.r.Places[m.idx]) {
			continue
		}
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].e > m.start {
				continue
			}
			for j := k; j >= 0 && j > k-4; j-- {
				if toks[j].w == "over" || toks[j].w == "across" {
					return true
				}
			}
			break
		}
	}
	return false
}

// madePlace returns the town where sentence i says its goods were made,
// grown, mined or caught ("caught by fishing stations off Kimchaek",
// "sewn at a factory in Sinuiju"): a verb of making, then within six
// words "in", "at", "off", "near" or "around" and the place. The
// sentence must name its goods or refer to them and state no seizure,
// general pattern, negation or hypothesis. Otherwise -1.
func (a *analysis) madePlace(i int) int {
	si := &a.si[i]
	if si.general || si.neg || si.ev != evNone || si.korean || (len(si.comms) == 0 && si.coref < 0) || a.hypothetical(i) {
		return -1
	}
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		if !makeVerb(t.w) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			switch toks[j].w {
			case "in", "at", "off", "near", "around":
			default:
				if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fMove) != 0 {
					j = len(toks)
				}
				continue
			}
			next := j + 1
			if next < len(toks) && toks[next].w == "the" {
				next++
			}
			if next >= len(toks) {
				break
			}
			for _, m := range a.ms[si.mlo:si.mhi] {
				if m.kind == mPlace && m.start == toks[next].s {
					if p := &a.r.Places[m.idx]; !a.regionAt(m.start) && !isFeature(p) && !a.inAttr(i, m.start, m.end) {
						return m.idx
					}
				}
			}
		}
	}
	return -1
}

// chainStart returns the town where sentence i says the chain, journey
// or route of the goods begins ("the chain begins in Yanji", "the journey
// starts at Shenyang"), or -1: a report told backwards goes back there,
// and the next movement goes on from it, not from the last stop told.
func (a *analysis) chainStart(i int) int {
	si := &a.si[i]
	if si.general || si.neg || si.ev != evNone || si.korean || a.hypothetical(i) {
		return -1
	}
	toks := a.toks[si.tlo:si.thi]
	for k := 0; k+3 < len(toks); k++ {
		// "The e-bikes began their journey at a factory in Tianjin": the
		// verb first, then the journey, then where, through a short
		// phrase of the works there.
		switch toks[k].w {
		case "began", "begin", "begins", "started", "start", "starts":
		default:
			continue
		}
		n := k + 1
		if w := toks[n].w; w == "their" || w == "its" || w == "the" {
			n++
		}
		if n >= len(toks) || (toks[n].w != "journey" && toks[n].w != "trip" && toks[n].w != "route") {
			continue
		}
		for j := n + 1; j+1 < len(toks) && j <= n+5; j++ {
			if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fMove) != 0 || !a.clauseGap(toks[j-1].e, toks[j].s) {
				break
			}
			if w := toks[j].w; w != "in" && w != "at" && w != "from" {
				continue
			}
			for _, m := range a.ms[si.mlo:si.mhi] {
				if m.kind == mPlace && m.start == toks[j+1].s {
					if p := &a.r.Places[m.idx]; !isRegion(p) && !isFeature(p) && !a.inAttr(i, m.start, m.end) {
						return m.idx
					}
				}
			}
		}
	}
	for k := 0; k+3 < len(toks); k++ {
		switch toks[k].w {
		case "chain", "journey", "route", "trip", "pipeline", "work", "process":
			// "The consignment work begins in Shaoxing, where the fabric
			// is cut": the goods' story starts there too.
		default:
			continue
		}
		switch toks[k+1].w {
		case "begins", "began", "starts", "started":
		default:
			continue
		}
		switch toks[k+2].w {
		case "in", "at", "from":
		default:
			continue
		}
		next := k + 3
		if toks[next].w == "the" && next+1 < len(toks) {
			next++
		}
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mPlace && m.start == toks[next].s {
				if p := &a.r.Places[m.idx]; !isRegion(p) && !isFeature(p) && !a.inAttr(i, m.start, m.end) {
					return m.idx
				}
			}
		}
	}
	return -1
}

// makeVerb reports whether w is a participle of making, growing,
// mining or catching goods.
func makeVerb(w string) bool {
	switch w {
	case "caught", "fished", "harvested", "mined", "dug", "grown", "produced", "manufactured", "made", "assembled",
		"sewn", "processed", "brewed", "distilled", "refined", "picked", "gathered", "farmed", "raised", "cultivated",
		"built", "cooked", "felled", "logged", "quarried", "smelted":
		return true
	}
	return false
}

// namesTownIn reports whether sentence j names a town inside country c
// ("enter China at Quanhe").
func (a *analysis) namesTownIn(j, c int) bool {
	sj := &a.si[j]
	for _, m := range a.ms[sj.mlo:sj.mhi] {
		if p := &a.r.Places[m.idx]; m.kind == mPlace && m.idx != c && !isRegion(p) && contains(&a.r.Places[c], p) {
			return true
		}
	}
	return false
}

// seqCue reports whether sentence i says that its movement comes next:
// "then", "later", "afterwards", "subsequently", "next", or an opening
// "from there".
func (a *analysis) seqCue(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		switch t.w {
		case "then", "later", "afterwards", "subsequently", "next":
			return true
		case "after":
			if k == 0 && len(toks) > 1 && (toks[1].w == "that" || toks[1].w == "this") {
				return true // "After that the dealer sends it to Beijing"
			}
		case "on", "onward", "onwards":
			if onwardParticle(toks, k) {
				return true
			}
		}
	}
	return a.thereFirst(i)
}

// onwardParticle reports whether token k ("on", "onward") is the particle
// of a verb of motion that carries goods further from where they last
// were: "went on by truck to", "take some of them on to", "sent it onward
// to". The particle stands within four words after the verb and before a
// way or an end ("to", "toward", "by", "into", "from"); "went on to say",
// "carried on trading" and "on Tuesday" are no such particle.
func onwardParticle(toks []tok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].w {
	case "to", "toward", "towards", "by", "into", "from":
	default:
		return false
	}
	if toks[k+1].w == "to" && k+2 < len(toks) {
		switch toks[k+2].w {
		case "say", "said", "add", "added", "explain", "become", "be", "do", "make", "sell", "buy", "trade":
			return false // "went on to say", "went on to sell"
		}
	}
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		t := toks[j]
		if t.lx.flags&fMove != 0 || ((t.lx.ev == evShipment || t.lx.ev == evCrossing) && (strings.HasSuffix(t.w, "ed") || t.w == "sent" || t.w == "brought")) {
			return true
		}
		switch t.w {
		case "went", "go", "goes", "gone", "going", "take", "takes", "took", "taken", "travelled", "traveled", "moved", "passed", "continued", "continue", "continues":
			return true
		case "send", "sends", "sending", "forward", "forwards", "forwarding", "forwarded", "ship", "ships", "carry", "carries", "carrying",
			"bring", "brings", "bringing", "move", "moves", "moving", "pass", "passes", "passing", "truck", "trucks", "trucking":
			return true // "wholesalers send them on by train to", "the dealer forwards the boxes on to": present tenses too
		case "and", "but", ",", "which", "that", "who":
			return false
		}
	}
	return false
}

// rumour reports whether sentence i passes on a rumour ("there is a
// rumor that the products are going to Russia", 소문): a hearsay
// destination that does not continue the goods' known journey.
func (a *analysis) rumour(i int) bool {
	for _, h := range a.si[i].hedges {
		switch h {
		case "rumor", "rumors", "rumour", "rumours", "rumored", "rumoured", "소문":
			return true
		}
	}
	return false
}

// habitual reports whether sentence i tells of something that happens
// again and again: "every night", "each week", "nightly", "daily".
func (a *analysis) habitual(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		switch t.w {
		case "nightly", "daily", "weekly":
			return true
		case "every", "each":
			if k+1 < len(toks) {
				switch toks[k+1].w {
				case "night", "day", "week", "month", "morning", "evening", "year", "season", "winter", "summer":
					return true
				}
			}
		}
	}
	return false
}

// headFor reports whether sentence i has "head for" or "heads for", a verb
// of motion ("the trucks head for the bridge"); "head" without "for" is
// mostly a noun.
func (a *analysis) headFor(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 1; k+1 < len(toks); k++ {
		if w := toks[k].w; (w == "head" || w == "heads") && toks[k+1].w == "for" && toks[k-1].lx.flags&fDet == 0 && a.cleanGap(toks[k].e, toks[k+1].s) {
			return true
		}
	}
	return false
}

// destStated reports whether sentence i names where its goods are bound
// with "destination is" or "destination was" ("Their destination is
// Yingkou"): a movement to that place.
func (a *analysis) destStated(i int) bool {
	_, ok := a.destOf(i)
	return ok
}

// destOf reports whether sentence i states its goods' destination (see
// destStated) and whether a possessive pronoun names whose it is ("Their
// destination", "its final destination"): the goods or carriers of the
// sentences before, whatever they were.
func (a *analysis) destOf(i int) (pronoun, ok bool) {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 1; k+1 < len(toks); k++ {
		if (toks[k].w == "is" || toks[k].w == "was") && toks[k-1].w == "destination" && placeAt(a.ms[si.mlo:si.mhi], toks[k+1].s) {
			j := k - 2
			if j >= 0 && (toks[j].w == "final" || toks[j].w == "ultimate") {
				j--
			}
			return j >= 0 && (toks[j].w == "their" || toks[j].w == "its"), true
		}
	}
	return false, false
}

// relatedBefore reports whether good c, or one related to it, is named in
// one of the corefWindow sentences before sentence j: what an anaphor at
// the head of sentence j may stand for.
func (a *analysis) relatedBefore(j, c int) bool {
	for k := j - 1; k >= 0 && j-k <= corefWindow; k-- {
		if len(a.si[k].comms) > 0 {
			return a.relatedGood(a.si[k].comms, c)
		}
		if co := a.si[k].coref; co >= 0 {
			one := [1]int{co}
			return a.relatedGood(one[:], c)
		}
	}
	return false
}

// locativeAcross reports whether the "across" at toks[k] tells where a town
// lies rather than a crossing: "a county town facing Hyesan across the
// Yalu", "the city that sits across the river", "the village across the
// water". The words before it are a verb of lying or facing, or the noun of
// the town itself.
func locativeAcross(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		switch toks[j].w {
		case "facing", "faces", "opposite", "lies", "lie", "lying", "sits", "sit", "sitting", "located", "situated":
			return true
		case "town", "towns", "city", "cities", "village", "villages", "county", "district", "settlement", "hamlet":
			return j == k-1
		}
	}
	return false
}

// peopleCross reports whether sentence i is a crossing by people that names
// no goods, anaphor or carrier: its subject, before the crossing verb, is
// an actor or people ("Two traders from Hyesan crossed the river to
// Changbai to see relatives"). People cross; no goods move.
func (a *analysis) peopleCross(i int) bool {
	si := &a.si[i]
	if len(si.comms) != 0 || si.coref >= 0 || si.flags&(fGoodsNoun|fCarrier) != 0 {
		return false
	}
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.s >= si.trigPos {
			return false
		}
		if t.lx.flags&fActor != 0 || peopleNoun(t.w) || travellerNoun(t.w) {
			return true
		}
	}
	return false
}

// tradeNoun reports whether w names trade as a noun: "talks on seafood
// exports".
func tradeNoun(w string) bool {
	return slices.Contains(tradeNouns[:], w)
}

// koFuture reports whether Korean sentence i tells what will or may happen:
// a verb in the prospective ㄹ form before 것 or 수 ("도착할 것이다", "옮길
// 수 있다"), not the conjectured past ("도착했을 것이다").
func (a *analysis) koFuture(i int) bool {
	s := a.text[a.sents[i].start:a.sents[i].end]
	for _, cue := range [...]string{" 것이", " 것으로", " 것입", " 수 있", " 수도 있"} {
		for off := 0; ; {
			k := strings.Index(s[off:], cue)
			if k < 0 {
				break
			}
			k += off
			off = k + len(cue)
			r, n := utf8.DecodeLastRuneInString(s[:k])
			if !hangulFinal(r, 8) {
				continue
			}
			if p, _ := utf8.DecodeLastRuneInString(s[:k-n]); hangulFinal(p, 20) {
				continue // 했을, 왔을: a guess about the past
			}
			w := s[strings.LastIndexByte(s[:k], ' ')+1 : k]
			if koMotionWord(w) {
				return true // not "값이 오를 것이라고": a price that will rise, the goods moved
			}
		}
	}
	return false
}

// hangulFinal reports whether the Hangul syllable r ends in the final
// consonant of index f (8 ㄹ, 20 ㅆ).
func hangulFinal(r rune, f int) bool {
	return r >= 0xAC00 && r <= 0xD7A3 && int(r-0xAC00)%28 == f
}

// koMotionWord reports whether the Korean word w is a verb that moves goods
// or their carrier: a stem of koTriggers that ships, crosses or moves, or a
// prospective form whose stem the ㄹ changed (갈, 올, 떠날, 보낼).
func koMotionWord(w string) bool {
	for _, k := range koTriggers {
		if (k.ev == evShipment || k.ev == evCrossing || k.flags&fMove != 0) && strings.Contains(w, k.stem) {
			return true
		}
	}
	for _, v := range [...]string{"갈", "올", "떠날", "보낼", "옮길", "닿을", "실을", "넘길", "건널", "향할", "내릴", "부릴"} {
		if strings.HasSuffix(w, v) {
			return true
		}
	}
	return false
}

// noCargo reports whether sentence i, which names no goods, denies its
// carrier any load: "sailed to Busan with no cargo", "left without any
// freight". Every word for goods it has is so denied.
func (a *analysis) noCargo(i int) bool {
	si := &a.si[i]
	if si.korean || si.flags&fCarrier == 0 {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	seen := false
	for k := range toks {
		w := toks[k].w
		if toks[k].lx.flags&fGoodsNoun == 0 && w != "freight" && w != "load" && w != "payload" {
			continue
		}
		j := k - 1
		if j >= 0 && toks[j].w == "any" {
			j--
		}
		if j < 0 || (toks[j].w != "no" && toks[j].w != "without") {
			if toks[k].lx.flags&fGoodsNoun != 0 {
				return false
			}
			continue
		}
		seen = true
	}
	return seen
}
