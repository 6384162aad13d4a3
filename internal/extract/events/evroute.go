package events

import (
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// eventRoutes sets every event's route from the legs: the main event of
// each good's chain (the first procurement, else shipment, crossing,
// seizure, sale among its affirmed, specific, past events) gets the
// ordered places of all the good's legs, joined with the legs of no event
// where they connect ("boats leave from the Dandong side" before "the
// flour ends up in Pyongyang"); any other event gets the places of
// its own legs. An event without legs gets its sentences' route if it is
// a plan or negated, else the one place where it happens when its
// sentences name exactly one ("rice sells for 6,000 won in Hyesan").
func (a *analysis) eventRoutes(evs []*evb, legs []legb) {
	main := a.done[:0] // main event per good, by event index
	for k, e := range evs {
		if e.comm < 0 || e.Negated || e.Type == model.EventPlan || e.general {
			continue
		}
		rk, ok := chainRank[e.Type]
		if !ok {
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
			if (l.Event == k && (l.Commodity == good || l.Commodity == "")) || (isMain && l.Commodity == good && good != "") {
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
		a.rt = rt
		a.setRoute(e, a.normRoute(rt))
	}
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
			mt := a.text[m.start:m.end]
			if p.Origin || isFeature(p) || (isRegion(p) && !cityRegion(p)) || isDemonym(mt) && !strings.EqualFold(mt, p.Name) || a.inAttr(i, m.start, m.end) || a.inOrg(si, m) {
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
