package events

import (
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
	for i := range a.si {
		si := &a.si[i]
		if si.ev == evNone && !si.general {
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
			continue
		}
		sl := a.slotPlaces(i)
		// A North Korean destination means goods enter only when no origin
		// slot is North Korean too (Chongjin to Nampo is domestic).
		var toKP, fromKP bool
		for _, x := range sl {
			kp := a.r.Places[x.place].Country == "KP"
			switch x.slot {
			case slotTo:
				toKP = toKP || kp
			case slotFrom:
				fromKP = fromKP || kp
			}
		}
		si.kpTo = toKP && !fromKP
		si.kpFrom = fromKP && !toKP
		if si.general {
			for _, g := range a.generalLegs(sl) {
				general = append(general, a.leg(g[0], g[1], i, i, a.firstGood(i), -1, true))
			}
			continue
		}
		a.sentenceRoute(i, sl)
	}
	for _, e := range evs {
		rt, src := a.rt[:0], a.src[:0]
		for _, i := range e.sents {
			for _, p := range a.route(i) {
				rt, src = append(rt, p), append(src, i)
			}
		}
		a.rt, a.src = rt, src
		rt, _ = a.normRoute(rt, src)
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
		main, mainIdx := (*evb)(nil), -1
		sents := a.chain[:0]
		for k, x := range evs {
			if x.comm != e.comm || x.Negated || x.Type == model.EventPlan || x.general {
				continue
			}
			if rk, ok := chainRank[x.Type]; ok && (main == nil || rk < chainRank[main.Type]) {
				main, mainIdx = x, k
			}
			sents = append(sents, x.sents...)
		}
		a.chain = sents
		if main == nil {
			continue
		}
		sortInts(sents)
		rt, src := a.rt[:0], a.src[:0]
		for k, i := range sents {
			if k > 0 && sents[k-1] == i {
				continue
			}
			for _, p := range a.route(i) {
				rt, src = append(rt, p), append(src, i)
			}
		}
		a.rt, a.src = rt, src
		rt, src = a.normRoute(rt, src)
		a.setRoute(main, rt)
		for k := 0; k+1 < len(rt); k++ {
			if a.legOK(rt[k], rt[k+1]) {
				legs = append(legs, a.leg(rt[k], rt[k+1], src[k], src[k+1], e.comm, mainIdx, false))
			}
		}
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
	for _, e := range evs {
		if e.Negated {
			continue
		}
		for _, i := range e.sents {
			si := &a.si[i]
			into = into || si.kpTo
			out = out || si.kpFrom
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
