package events

import (
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// eventRoutes sets every event's route from the legs: the main event of
// each good's chain (the first shipment, else crossing, among its
// affirmed, specific, past events) gets the ordered places of all the
// good's legs, of the same good under another name (kinGood), and of the
// legs of no event that connect where the chain starts or ends ("boats
// leave from the Dandong side" before "the flour ends up in Pyongyang");
// any other event gets the places of its own legs, and a carriage without
// any takes the goods-less legs of its own sentence or the next. A
// purchase or a sale keeps the one place where it happens (eventPlace).
// An event without legs gets its sentences' route if it is a plan or
// negated, else the one place where it happens when its sentences name
// exactly one ("rice sells for 6,000 won in Hyesan"); a priced sale with
// none is in the report's one market town (marketTown).
func (a *analysis) eventRoutes(evs []*evb, legs []legb) {
	main := a.done[:0] // main event per good, by event index
	for k, e := range evs {
		if e.comm < 0 || e.Negated || e.Type == model.EventPlan || e.general {
			continue
		}
		rk, ok := chainRank[e.Type]
		if !ok || !chainHolder(e.Type) {
			continue
		}
		found := false
		for x, m := range main {
			if evs[m].comm == e.comm {
				found = true
				if rk < chainRank[evs[m].Type] {
					main[x] = k
				}
			}
		}
		if !found {
			main = append(main, k)
		}
	}
	a.done = main
	for k, e := range evs {
		sel := a.chain[:0]
		isMain := containsInt(main, k)
		good := ""
		if e.comm >= 0 {
			good = a.r.Commodities[e.comm].Name
		}
		for x := range legs {
			l := &legs[x]
			if l.General {
				continue
			}
			if (l.Event == k && (l.Commodity == good || l.Commodity == "")) || (isMain && l.Commodity == good && good != "") ||
				(isMain && a.kinGood(evs, main, e.comm, l.Commodity)) {
				sel = append(sel, x)
			}
		}
		if len(sel) == 0 {
			for x := range legs {
				if !legs[x].General && legs[x].Event == k {
					sel = append(sel, x) // the goods listed with the event's good
				}
			}
		}
		if len(sel) == 0 && chainHolder(e.Type) && !e.Negated && !e.general {
			// Legs told in the event's own sentences that name no good and
			// belong to no event: "the tanker sailed from Vostochny to
			// Chongjin" after the fuel it carried was named.
			for x := range legs {
				l := &legs[x]
				if !l.General && l.Event < 0 && l.Commodity == "" && (containsInt(e.sents, l.sf) || containsInt(e.sents, l.st) || containsInt(e.sents, l.sf-1)) {
					sel = append(sel, x)
				}
			}
		}
		if isMain && len(sel) > 0 {
			// Legs without goods that join the chain at either end.
			for x := range legs {
				l := &legs[x]
				if l.General || l.Event >= 0 || containsInt(sel, x) {
					continue
				}
				for _, y := range sel {
					// A leg told before joins at the chain's start, one told
					// after at its end: "containers left Rajin for Dunai" is
					// no further stage of fuel later brought to Rajin.
					if (x < y && legs[y].f == l.t) || (x > y && legs[y].t == l.f) {
						sel = append(sel, x)
						break
					}
				}
			}
			sortInts(sel)
		}
		a.chain = sel
		rt := a.rt[:0]
		if len(sel) > 0 {
			rt = a.chainPlaces(legs, sel, rt)
		} else if e.Negated || e.Type == model.EventPlan {
			for _, i := range e.sents {
				rt = append(rt, a.route(i)...)
			}
		} else if p := a.wherePlace(e); p >= 0 {
			rt = append(rt, p)
		}
		if e.Type == model.EventProcurement || e.Type == model.EventSale {
			rt = a.eventPlace(e, rt)
		}
		if len(rt) == 0 && e.Type == model.EventSale && !e.Negated && !e.general && e.price >= 0 {
			if p := a.marketTown(legs); p >= 0 {
				rt = append(rt, p)
			}
		}
		a.rt = rt
		a.setRoute(e, a.normRoute(rt))
	}
}

// kinGood reports whether a leg of the good named leg travels the way of
// good c: another name of the same good ("diesel" for "refined petroleum
// products", by HS code), and no main event carries it under its own name.
func (a *analysis) kinGood(evs []*evb, main []int, c int, leg string) bool {
	if c < 0 || leg == "" || leg == a.r.Commodities[c].Name {
		return false
	}
	g := -1
	for i := range a.r.Commodities {
		if a.r.Commodities[i].Name == leg {
			g = i
			break
		}
	}
	if g < 0 || !a.sameGood(c, g) {
		return false
	}
	for _, m := range main {
		if evs[m].comm == g {
			return false
		}
	}
	return true
}

// chainHolder reports whether an event of type t can carry its good's
// whole chain of legs: a purchase happens where the goods are bought, a
// sale where they are sold and a seizure where they are stopped, so only
// their carriage or crossing takes the route the goods travel.
func chainHolder(t string) bool {
	return t == model.EventShipment || t == model.EventCrossing
}

// eventPlace narrows the route rt of a procurement or sale to the one
// place where it happens: the place its sentences name when that place is
// on the route, else where the goods were bought (the route's start) or
// sold (its end). A route of one place or none is kept.
func (a *analysis) eventPlace(e *evb, rt []int) []int {
	if len(rt) < 2 {
		return rt
	}
	if p := a.wherePlace(e); p >= 0 {
		for _, q := range rt {
			if a.r.Places[q].ID == a.r.Places[p].ID {
				rt[0] = q
				return rt[:1]
			}
		}
	}
	if e.Type == model.EventSale {
		rt[0] = rt[len(rt)-1]
	}
	return rt[:1]
}

// chainPlaces orders the places of legs sel into one route: each leg in
// text order extends the route at its end or its start when it connects
// there, and a leg that connects nowhere yet waits for one more pass.
func (a *analysis) chainPlaces(legs []legb, sel []int, rt []int) []int {
	base := len(rt)
	var waiting []int
	for pass := 0; pass < 2; pass++ {
		waiting = waiting[:0]
		for _, x := range sel {
			l := &legs[x]
			r := rt[base:]
			switch {
			case len(r) == 0:
				rt = append(rt, l.f, l.t)
			case containsInt(r, l.f) && containsInt(r, l.t):
				// a way back or a hop already on the route
			case r[len(r)-1] == l.f:
				rt = append(rt, l.t)
			case r[0] == l.t:
				rt = append(rt[:base], append([]int{l.f}, r...)...)
			case containsInt(r, l.f):
				rt = append(rt, l.t) // a second destination from a stop already passed
			default:
				if pass == 0 {
					waiting = append(waiting, x)
				} else {
					rt = append(rt, l.f, l.t)
				}
			}
		}
		if len(waiting) == 0 {
			break
		}
		sel = append([]int(nil), waiting...)
	}
	return rt
}

// wherePlace returns the one place the sentences of event e name as
// where it happens, or -1: places inside attributions, organisations'
// names and origins of goods ("Chinese flour"), where people speak or
// trade from ("a merchant in Hyesan said"), rivers and regions do not
// count, and two different places leave it open.
func (a *analysis) wherePlace(e *evb) int {
	found := -1
	for _, i := range e.sents {
		si := &a.si[i]
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind != mPlace {
				continue
			}
			p := &a.r.Places[m.idx]
			if !a.siteOf(si, m) || a.inAttr(i, m.start, m.end) {
				continue
			}
			if k := tokBefore(a.toks, m.start); k > 0 && (a.toks[k].w == "in" || a.toks[k].w == "at" || a.toks[k].w == "from") && a.toks[k-1].lx.flags&(fActor|fSpeaker) != 0 {
				continue
			}
			if found >= 0 && a.r.Places[found].ID != p.ID {
				return -1
			}
			found = m.idx
		}
	}
	return found
}

// siteOf reports whether place mention m of sentence si may name where
// something happens: not the origin of goods ("Chinese flour"), a river,
// a region (but a city that is one), a demonym, or part of an
// organisation's name.
func (a *analysis) siteOf(si *sentInfo, m mref) bool {
	p := &a.r.Places[m.idx]
	mt := a.text[m.start:m.end]
	return !(p.Origin || isFeature(p) || (isRegion(p) && !cityRegion(p)) || isDemonym(mt) && !strings.EqualFold(mt, p.Name) || a.inOrg(si, m))
}

// marketTown returns the one town whose market the report names ("the
// Pyongsong market", "markets in Hyesan", "Chongjin's Sunam market"), or -1
// when it names none or markets in several towns: a price quoted in a
// market, "the market's wholesale section", is a sale in that town. A
// market town the goods are carried away from is where they were bought.
func (a *analysis) marketTown(legs []legb) int {
	found := -1
	for i := range a.si {
		si := &a.si[i]
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind != mPlace {
				continue
			}
			p := &a.r.Places[m.idx]
			if !a.siteOf(si, m) || p.Kind == "country" {
				continue
			}
			if !a.marketNamed(m.start, m.end) || a.legsLeave(legs, p.ID) {
				continue
			}
			if found >= 0 && a.r.Places[found].ID != p.ID {
				return -1
			}
			found = m.idx
		}
	}
	return found
}

// legsLeave reports whether a specific leg sets out from the place with
// id: goods bought at a market there and carried away are sold elsewhere.
func (a *analysis) legsLeave(legs []legb, id string) bool {
	for x := range legs {
		if !legs[x].General && legs[x].FromID == id {
			return true
		}
	}
	return false
}

// marketNamed reports whether the place at text[start:end] names a market's
// town: "market" follows it within a few words of one noun phrase
// ("Pyongsong wholesale market", "Hyesan's main market"), or it follows
// "market(s) in/at/of".
func (a *analysis) marketNamed(start, end int) bool {
	isMarket := func(w string) bool { return w == "market" || w == "markets" || w == "jangmadang" }
	k := tokBefore(a.toks, end)
	for j := k + 1; j < len(a.toks) && j <= k+3 && a.joined(j-1, j); j++ {
		w := a.toks[j].w
		if isMarket(w) {
			return true
		}
		if !marketModifier(w) && !isUpper(a.text[a.toks[j].s]) {
			break
		}
	}
	b := tokBefore(a.toks, start)
	return b >= 1 && (a.toks[b].w == "in" || a.toks[b].w == "at" || a.toks[b].w == "of") && isMarket(a.toks[b-1].w) &&
		a.joined(b-1, b) && a.joined(b, b+1)
}

// joined reports whether tokens x and x+1 (y) stand in one phrase: only
// spaces and apostrophes between them, no comma or full stop.
func (a *analysis) joined(x, y int) bool {
	if x < 0 || y >= len(a.toks) {
		return false
	}
	for _, r := range a.text[a.toks[x].e:a.toks[y].s] {
		if r != ' ' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// marketModifier reports whether w may stand between a town and "market"
// in one noun phrase: a possessive or a word for the market's kind.
func marketModifier(w string) bool {
	switch w {
	case "'s", "’s", "s", "wholesale", "main", "central", "general", "largest", "biggest", "big", "local", "farmers", "night", "street", "city", "town", "black":
		return true
	}
	return false
}
