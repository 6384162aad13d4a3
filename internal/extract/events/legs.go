package events

import (
	"slices"
	"strings"

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
	defer func() { a.pairs = pairs[:0] }()
	for i := range a.si {
		si := &a.si[i]
		if si.ev == evNone && !si.general && !a.movement(i) {
			continue
		}
		hasPlace := false
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mPlace {
				hasPlace = true
				break
			}
		}
		if !hasPlace {
			// "In return, the trains carry back North Korean goods": the
			// way back of the last movement stated before.
			if a.movement(i) && a.backCue(i, a.sents[i].start) {
				if j := a.lastMovement(i); j >= 0 {
					sj := &a.si[j]
					legs = append(legs, a.leg(sj.lastT, sj.lastF, j, i, a.firstGood(i), a.eventOf(evs, i, a.firstGood(i)), false))
				}
			}
			continue
		}
		sl := a.slotPlaces(i)
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
		if f, t, ok := a.corridorLeg(i); ok && (si.general || a.movement(i)) {
			good := a.firstGood(i)
			ev := -1
			if !si.general {
				ev = a.eventOf(evs, i, good)
			}
			legs = append(legs, a.leg(f, t, i, i, good, ev, si.general))
		}
		if si.general {
			for _, g := range a.generalLegs(sl) {
				general = append(general, a.leg(g[0], g[1], i, i, a.firstGood(i), -1, true))
			}
			continue
		}
		a.sentenceRoute(i, sl)
		if a.movement(i) {
			pairs = a.sentenceLegs(i, sl, pairs[:0])
			if p := a.linkBack(i); p >= 0 {
				// "bought them in Guangzhou. … trucked them to Jilin"
				n := 0
				for _, h := range a.headPl {
					if a.legOK(p, h) {
						n++
					}
				}
				pairs = slices.Insert(pairs, 0, make([][2]int, n)...)
				n = 0
				for _, h := range a.headPl {
					if a.legOK(p, h) {
						pairs[n] = [2]int{p, h}
						n++
					}
				}
			}
			if len(pairs) == 0 && a.lone >= 0 {
				// "crossed the bridge from Jian", "the products return to
				// Changbai": a crossing of the land border whose North
				// Korean end the sentence leaves unnamed ends at the
				// report's main North Korean place.
				lp := &a.r.Places[a.lone]
				if f := a.focalPlace(); f >= 0 && (lp.Country == "CN" || lp.Country == "RU") && !isRegion(lp) && a.legOK(a.lone, f) {
					switch {
					case a.loneSlot == slotFrom && si.kpTo:
						pairs = append(pairs, [2]int{a.lone, f})
					case a.loneSlot == slotTo && si.headTo == a.lone:
						pairs = append(pairs, [2]int{f, a.lone})
					}
				}
			}
			if n := len(pairs); n > 0 && a.backAfter(i, pairs[n-1][1]) {
				// "crossed from Sinuiju into Dandong and returned loaded with goods"
				pairs = append(pairs, [2]int{pairs[n-1][1], pairs[n-1][0]})
			}
			for _, g := range pairs {
				if a.countryStandIn(g[0]) || a.countryStandIn(g[1]) {
					continue
				}
				good := a.firstGood(i)
				if good < 0 {
					good = si.coref
				}
				legs = append(legs, a.leg(g[0], g[1], i, i, good, a.eventOf(evs, i, good), false))
				si.lastF, si.lastT = g[0], g[1]
			}
		}
	}
	for _, e := range evs {
		rt := a.rt[:0]
		for _, i := range e.sents {
			rt = append(rt, a.route(i)...)
		}
		a.rt = rt
		rt = a.normRoute(rt)
		a.setRoute(e, rt)
	}
	// One chain per good: the routes of its affirmed, specific, past
	// movements in text order, stored on the chain's main event.
	done := a.done[:0]
	for _, e := range evs {
		if e.comm < 0 || containsInt(done, e.comm) {
			continue
		}
		done = append(done, e.comm)
		main := (*evb)(nil)
		sents := a.chain[:0]
		for _, x := range evs {
			if x.comm != e.comm || x.Negated || x.Type == model.EventPlan || x.general {
				continue
			}
			if rk, ok := chainRank[x.Type]; ok && (main == nil || rk < chainRank[main.Type]) {
				main = x
			}
			sents = append(sents, x.sents...)
		}
		a.chain = sents
		if main == nil {
			continue
		}
		sortInts(sents)
		rt := a.rt[:0]
		for k, i := range sents {
			if k > 0 && sents[k-1] == i {
				continue
			}
			rt = append(rt, a.route(i)...)
		}
		a.rt = rt
		rt = a.normRoute(rt)
		a.setRoute(main, rt)
	}
	a.done = done
	legs = append(legs, general...)
	a.legs, a.general = legs, general
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
	l := legb{Leg: model.Leg{From: pf.Name, FromID: pf.ID, To: pt.Name, ToID: pt.ID, Event: event, General: general}, sf: sf, st: st}
	if good >= 0 {
		l.Commodity = a.r.Commodities[good].Name
	}
	return l
}

// direction says which way the report's goods cross North Korea's border.
func (a *analysis) direction(evs []*evb, legs []model.Leg) string {
	into, out := false, false
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
			in, o := a.sentDirection(i)
			into, out = into || in, out || o
		}
	}
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
	if si.move {
		return true
	}
	return si.flags&fMove != 0 && (len(si.comms) > 0 || si.coref >= 0 || si.flags&(fCarrier|fGoodsNoun) != 0)
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
		if !isRegion(q) && q.Kind != "river" && len(q.Mentions) > 0 && contains(pp, q) {
			return true
		}
	}
	return false
}

// eventOf returns the index of the event about good c that sentence i
// belongs to, or -1.
func (a *analysis) eventOf(evs []*evb, i, c int) int {
	for k, e := range evs {
		if e.comm == c && containsInt(e.sents, i) {
			return k
		}
	}
	return -1
}

// sentDirection reads whether sentence i says goods enter or leave North
// Korea: a North Korean destination or origin slot, a phrase ("into North
// Korea", "from North Korea", 북한산), or North Korea importing or exporting.
func (a *analysis) sentDirection(i int) (into, out bool) {
	si := &a.si[i]
	into, out = si.kpTo, si.kpFrom
	if sl := a.low[a.sents[i].start:a.sents[i].end]; si.korean || strings.Contains(sl, "korea") {
		for _, p := range intoPhrases {
			into = into || strings.Contains(sl, p)
		}
		for _, p := range outPhrases {
			out = out || containsNotAfterActor(sl, p)
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
	return into, out
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
				}
				return -1, -1, false
			}
		}
		p = m
	}
	return -1, -1, false
}

// corridorWord reports whether rest starts with a word that names a
// crossing or line: bridge, railway, road, crossing…
func corridorWord(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range [...]string{"bridge", "railway", "rail", "road", "crossing", "line", "route", "highway", "corridor", "ferry", "tunnel", "border"} {
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
func (a *analysis) linkBack(i int) int {
	si := &a.si[i]
	if si.headTo < 0 {
		return -1
	}
	c := a.firstGood(i)
	if c < 0 {
		c = si.coref
	}
	for j := i - 1; j >= 0 && i-j <= linkWindow; j-- {
		sj := &a.si[j]
		if sj.general || sj.tail < 0 || !a.movement(j) {
			continue
		}
		if j == 0 && sj.whole && !containsInt(a.headPl, sj.tail) {
			// A lead that states a whole movement sums up the story, and
			// the body tells the same movement again in detail, unless
			// the body goes on from where the lead ends ("arriving in
			// Rason" … "distributes it in Rason and Chongjin").
			return -1
		}
		// "The cars left Rotterdam … the container went to Osaka": a
		// sentence that names no goods continues whatever moved before.
		if a.backCue(i, a.sents[i].start) && a.hasCarrier(i) {
			return sj.tail // "the returning ships bring flour to Chongjin": other goods, same voyage back
		}
		if c < 0 && si.flags&(fCarrier|fGoodsNoun) == 0 {
			return -1 // "the money is sent back to Pyongyang": no goods, no carrier
		}
		if c < 0 || containsInt(sj.comms, c) || sj.coref == c || (len(sj.comms) == 0 && sj.coref < 0) {
			return sj.tail
		}
		return -1 // the nearest earlier movement is about other goods
	}
	return -1
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
			if k == 0 || toks[k-1].w != "in" {
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
	return last >= 0 && a.backCue(i, last)
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
func (a *analysis) lastMovement(i int) int {
	for j := i - 1; j >= 0 && i-j <= linkWindow; j-- {
		if a.si[j].lastF >= 0 {
			return j
		}
	}
	return -1
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
		if p.Country == "KP" && !isRegion(p) && p.Kind != "river" && len(p.Mentions) > best {
			a.focal, best = k, len(p.Mentions)
		}
	}
	return a.focal
}
