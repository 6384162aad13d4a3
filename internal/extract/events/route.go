package events

import (
	"slices"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// Route slots.
const (
	slotNone uint8 = iota
	slotFrom
	slotVia
	slotTo
	slotIn // "bought in A": an origin only for a purchase
)

// slotted is a place that fills a route slot in a sentence.
type slotted struct {
	place  int
	pos    int
	slot   uint8
	group  int  // places listed together ("A or B") share a group
	or     bool // the group lists alternatives
	and    bool // the group lists several places with "and" or ","
	clause float64
}

var (
	appositionGaps = [...]string{", ", " in ", ", in ", " (", " of "}
	listGaps       = [...]string{" or ", " and ", ", ", ", or ", ", and ", " or to ", " and to ", " or into "}
	koParticles    = [...]struct {
		p    string
		slot uint8
	}{
		{"로부터", slotFrom}, {"에서", slotFrom}, {"에 도착", slotTo}, {"에 입항", slotTo}, {"으로", slotTo}, {"로", slotTo}, {"까지", slotTo},
		{"를 거쳐", slotVia}, {"을 거쳐", slotVia}, {"를 통해", slotVia}, {"을 통해", slotVia},
		{"를 경유", slotVia}, {"을 경유", slotVia}, {"거쳐", slotVia},
		{"을 떠", slotFrom}, {"를 떠", slotFrom},
	}
)

// isDemonym reports whether a place mention is an adjective ("North
// Korean traders"), which names no place goods move to or from.
func isDemonym(s string) bool {
	for _, suf := range [...]string{"ean", "ese", "ian", "ish"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func isRegion(p *model.Place) bool {
	return p.Kind == "country" || p.Kind == "admin1" || p.Kind == "region"
}

// slotPlaces finds the route slots of the places of sentence i.
func (a *analysis) slotPlaces(i int) []slotted {
	si, s := &a.si[i], a.sents[i]
	toks := a.toks[si.tlo:si.thi]
	out := a.slots[:0]
	defer func() { a.slots = out[:0] }()
	lastEnd, lastSlot, group := -1, -1, 0
	var pending []int // Korean "A와 B를 거쳐": A waits for B's slot
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != mPlace || m.start < lastEnd {
			continue
		}
		if len(out) >= maxSlotted {
			break
		}
		p := &a.r.Places[m.idx]
		if mt := a.text[m.start:m.end]; p.Origin || a.inAttr(i, m.start, m.end) || (isDemonym(mt) && !strings.EqualFold(mt, p.Name) && isRegion(p)) || a.inOrg(si, m) {
			continue // "Yanggang Province People's Committee" names no stop either
		}
		if lastEnd >= 0 {
			gap := a.between(lastEnd, m.start)
			if isRegion(p) && slices.Contains(appositionGaps[:], gap) {
				lastEnd = m.end // "Hyesan, North Korea, in Ryanggang province"
				continue
			}
			if lastSlot >= 0 && slices.Contains(listGaps[:], gap) {
				prev := out[lastSlot]
				or := strings.Contains(gap, "or")
				for k := range out {
					if out[k].group == prev.group {
						out[k].or = out[k].or || or
						out[k].and = out[k].and || !or
					}
				}
				out = append(out, slotted{place: m.idx, pos: m.start, slot: prev.slot, group: prev.group, or: or || prev.or, and: !or || prev.and})
				lastSlot, lastEnd = len(out)-1, m.end
				continue
			}
		}
		lastEnd = m.end
		slot := a.enSlot(toks, m.start)
		rest := a.between(m.end, s.end)
		if slot == slotNone && si.korean {
			slot = koSlot(rest)
		}
		if slot == slotNone {
			lastSlot = -1
			if si.korean && (strings.HasPrefix(rest, "와 ") || strings.HasPrefix(rest, "과 ") || strings.HasPrefix(rest, ", ") || strings.HasPrefix(rest, "및 ")) {
				pending = append(pending, m.idx)
			} else {
				pending = pending[:0]
			}
			continue
		}
		group++
		for _, pi := range pending {
			out = append(out, slotted{place: pi, pos: m.start - 1, slot: slot, group: group, and: true})
		}
		out = append(out, slotted{place: m.idx, pos: m.start, slot: slot, group: group, and: len(pending) > 0})
		pending = pending[:0]
		lastSlot = len(out) - 1
	}
	// Clause order: "A before B", "A, then B" keep text order; "B after A"
	// puts the clause after "after" first.
	var keys [8]float64
	nb := 0
	for k, t := range toks {
		if k == 0 || nb == len(keys)-1 {
			continue
		}
		if t.lx.flags&fClause != 0 {
			nb++
			keys[nb] = float64(nb)
			if t.w == "after" {
				keys[nb] = keys[nb-1] - 0.5
			}
			for x := range out {
				if out[x].pos > t.s && out[x].clause == float64(nb-1) {
					out[x].clause = float64(nb)
				}
			}
		}
	}
	for x := range out {
		out[x].clause = keys[int(out[x].clause)]
	}
	return out
}

// tokBefore returns the index of the last token that ends at or before
// pos, or -1.
func tokBefore(toks []tok, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].e <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// enSlot reads the slot of a place from the English word before it.
func (a *analysis) enSlot(toks []tok, pos int) uint8 {
	k := tokBefore(toks, pos)
	if k < 0 || !a.cleanGap(toks[k].e, pos) {
		return slotNone
	}
	if toks[k].w == "the" && k > 0 && a.cleanGap(toks[k-1].e, toks[k].s) {
		k--
	}
	prev := ""
	if k > 0 {
		prev = toks[k-1].w
	}
	switch toks[k].w {
	case "near", "outside", "off", "of", "in", "at", "around", "beside":
		if a.toPhrase(toks, k) {
			return slotTo // "to waters near Ningbo", "to a compound outside Kanggye"
		}
	}
	switch toks[k].w {
	case "from":
		if k > 0 && toks[k-1].lx.flags&(fActor|fSpeaker) != 0 {
			return slotNone // "traders from North Korea" says who, not where goods start
		}
		return slotFrom
	case "leaving", "left", "departed":
		return slotFrom
	case "to", "into", "toward", "towards", "reaching", "reached", "entering", "entered", "enter", "enters":
		switch prev {
		case "close", "according", "due", "next", "belonging", "belongs", "belong", "linked", "subordinate",
			"attached", "related", "similar", "compared", "owned", "thanks", "loyal", "akin", "adjacent":
			// "a company belonging to the Yanggang committee": who, not where
			return slotNone
		}
		return slotTo
	case "for":
		if prev == "bound" || prev == "destined" || prev == "sailed" || prev == "headed" {
			return slotTo
		}
		// "left Dandong for Sinuiju": the place after a departure.
		for j := k - 1; j >= max(0, k-4); j-- {
			if w := toks[j].w; w == "left" || w == "leave" || w == "leaves" || w == "leaving" || w == "departed" {
				return slotTo
			}
		}
	case "via", "through", "across", "over":
		return slotVia
	case "in", "at":
		if k > 0 && toks[k-1].lx.flags&(fActor|fSpeaker) != 0 {
			return slotNone // "traders in China", "a source in Dandong"
		}
		if k > 0 && toks[k-1].lx.flags&fArrive != 0 {
			return slotTo // "arriving in Rason", "unloaded at Dalian"
		}
		if prev == "loaded" {
			return slotFrom // "loaded at Wonsan"
		}
		// "loaded 5,000 tonnes of coal at Nampo": the loading place is
		// where the voyage starts.
		for j := k - 1; j >= max(0, k-12); j-- {
			w := toks[j].w
			if w == "loaded" || w == "load" || w == "loads" || w == "loading" {
				return slotFrom
			}
			if toks[j].lx.ev != 0 || w == "and" || w == "," {
				break
			}
		}
		return slotIn
	}
	return slotNone
}

// toPhrase reports whether token k ends a short noun phrase headed by a
// destination "to" or "into" in the same clause ("to the Russian Far East
// port of", "to processing workshops in"): the place after it is where
// the goods go, not a second stop.
func (a *analysis) toPhrase(toks []tok, k int) bool {
	for j := k - 1; j >= max(1, k-6); j-- {
		t := toks[j]
		if t.lx.ev != 0 || t.lx.flags&(fClause|fSpeaker) != 0 || !a.clauseGap(t.e, toks[k].s) {
			return false
		}
		switch t.w {
		case "relatives", "family", "families", "friends", "people", "officials", "buyers", "customers", "workers", "residents":
			return false // "calls to relatives in South Korea"
		case "to", "into", "toward", "towards":
			return j+1 < k && !relationWord(toks[j-1].w)
		case "and", "or", "from", "for", "by", "with", "than", "via", "through", "across":
			return false
		}
	}
	return false
}

// relationWord reports whether a "to" after w names a relation ("a company
// belonging to"), not a destination.
func relationWord(w string) bool {
	switch w {
	case "close", "according", "due", "next", "belonging", "belongs", "belong", "linked", "subordinate",
		"attached", "related", "similar", "compared", "owned", "thanks", "loyal", "akin", "adjacent",
		"access", "exposure", "contrast", "relative", "return", "returned":
		return true
	}
	return false
}

// koSlot reads the slot of a place from the Korean postposition after it,
// allowing one administrative suffix syllable in between.
func koSlot(rest string) uint8 {
	for _, suf := range [...]string{"", "시", "군", "현", "항", "도", "성", "리", "구", "읍"} {
		if !strings.HasPrefix(rest, suf) {
			continue
		}
		r := rest[len(suf):]
		// "원정리 세관을 거쳐", "나홋카항구로": the post or port of the place.
		for _, post := range [...]string{"", " 세관", "세관", " 해관", "해관", " 다리", " 철교", "구"} {
			if !strings.HasPrefix(r, post) {
				continue
			}
			for _, kp := range koParticles {
				if strings.HasPrefix(r[len(post):], kp.p) {
					return kp.slot
				}
			}
		}
	}
	return slotNone
}

// inOrg reports whether place mention m lies inside an organisation
// mention of sentence si.
func (a *analysis) inOrg(si *sentInfo, m mref) bool {
	for _, o := range a.ms[si.mlo:si.mhi] {
		if o.kind == mOrg && o.start <= m.start && m.end <= o.end && (o.start < m.start || m.end < o.end) {
			return true
		}
		if o.start > m.start {
			break
		}
	}
	return false
}

// sortStops orders slotted places by clause, then origin before via before
// destination, then by position in the text.
func sortStops(keep []slotted) {
	slices.SortStableFunc(keep, func(x, y slotted) int {
		switch {
		case x.clause != y.clause:
			if x.clause < y.clause {
				return -1
			}
			return 1
		case slotRank(x.slot) != slotRank(y.slot):
			return slotRank(x.slot) - slotRank(y.slot)
		}
		return x.pos - y.pos
	})
}

func slotRank(s uint8) int {
	switch s {
	case slotFrom, slotIn:
		return 0
	case slotVia:
		return 1
	}
	return 2
}

// sentenceRoute orders the slotted places of a specific sentence into its
// route, appended to a.routes.
func (a *analysis) sentenceRoute(i int, sl []slotted) {
	si := &a.si[i]
	ev := si.ev
	if ev == evPlan {
		ev = si.secEv
	}
	keep := a.keep[:0]
	for _, x := range sl {
		switch {
		case x.slot == slotIn && ev != evProcurement:
		case x.or:
		case x.and && x.slot != slotVia:
		case ev == evSale && x.slot == slotVia:
		default:
			keep = append(keep, x)
		}
	}
	sortStops(keep)
	a.keep = keep
	si.rlo = len(a.routes)
	for _, x := range keep {
		a.routes = append(a.routes, x.place)
	}
	si.rhi = len(a.routes)
}

// generalLegs pairs the origin list of a general sentence with the next
// destination list.
func (a *analysis) generalLegs(sl []slotted) [][2]int {
	og := -1
	var origins, dests []int
	for _, x := range sl {
		if og < 0 && (x.slot == slotFrom || x.slot == slotVia) {
			og = x.group
		}
		if x.group == og {
			origins = append(origins, x.place)
		}
	}
	if og < 0 {
		return nil
	}
	dg := -1
	for _, x := range sl {
		if x.group > og && x.slot == slotTo && dg < 0 {
			dg = x.group
		}
		if dg >= 0 && x.group == dg {
			dests = append(dests, x.place)
		}
	}
	var legs [][2]int
	add := func(f, t int) {
		if a.legOK(f, t) {
			legs = append(legs, [2]int{f, t})
		}
	}
	switch {
	case len(dests) == 0:
	case len(origins) == len(dests):
		for k := range origins {
			add(origins[k], dests[k])
		}
	case len(origins) == 1 || len(dests) == 1:
		for _, f := range origins {
			for _, t := range dests {
				add(f, t)
			}
		}
	}
	return legs
}

// contains reports whether place x is a country or province that place y
// lies in.
func contains(x, y *model.Place) bool {
	if x.ID == y.ID {
		return false
	}
	switch x.Kind {
	case "country":
		return y.Country == x.Country && x.Country != ""
	case "admin1":
		return y.Admin1 == x.Name && y.Country == x.Country
	}
	return false
}

// legOK reports whether f→t is a movement between two distinct places, not
// a step into or out of a region the other place lies in. A special city
// that the gazetteer files as a province (Rason) is a port in a route:
// "from Rason across the Wonjong bridge" is a leg.
func (a *analysis) legOK(f, t int) bool {
	pf, pt := &a.r.Places[f], &a.r.Places[t]
	if f == t || pf.ID == pt.ID || pf.Name == pt.Name {
		return false
	}
	return (cityRegion(pf) || !contains(pf, pt)) && (cityRegion(pt) || !contains(pt, pf))
}

// cityRegion reports whether an admin1 place is a city in its own right.
func cityRegion(p *model.Place) bool {
	return p.Kind == "admin1" && p.Country == "KP" && p.Name == "Rason"
}

// normRoute drops revisited places and countries that another place of the
// route lies in, and caps the length.
func (a *analysis) normRoute(route []int) []int {
	out := a.nrt[:0]
	defer func() { a.nrt = out[:0] }()
	for _, p := range route {
		dup := false
		for _, q := range out {
			if q == p || a.r.Places[q].ID == a.r.Places[p].ID {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
			if len(out) >= 2*MaxRoute {
				break
			}
		}
	}
	n := 0
	for _, p := range out {
		pp := &a.r.Places[p]
		drop := false
		if pp.Kind == "country" {
			for _, q := range out {
				if contains(pp, &a.r.Places[q]) {
					drop = true
					break
				}
			}
		}
		if !drop && n < MaxRoute {
			out[n] = p
			n++
		}
	}
	return out[:n]
}

// legGroup is one stop of a sentence's movement: the places of one slot
// group, in text order, as a range of analysis.legPl.
type legGroup struct {
	lo, hi int
	slot   uint8
	clause float64
}

// sentenceLegs returns the legs that sentence i states on its own: its
// slot groups ordered by clause, then origin, via, destination, and each
// pair of consecutive stops joined in parallel when both list the same
// number of places, every pair when one lists one place, not at all
// otherwise. Alternatives ("A or B") take no part; "in" is an origin for a
// purchase and, after an origin, the destination of a sale ("smuggled from
// Sanhe, sells in Hoeryong").
func (a *analysis) sentenceLegs(i int, sl []slotted, out [][2]int) [][2]int {
	si := &a.si[i]
	ev := si.ev
	keep := a.keep[:0]
	hasOrigin, hasDest := false, false
	for _, x := range sl {
		hasOrigin = hasOrigin || x.slot == slotFrom || x.slot == slotVia
		hasDest = hasDest || x.slot == slotTo || x.slot == slotVia
	}
	for _, x := range sl {
		if x.or || a.r.Places[x.place].Kind == "river" {
			continue
		}
		if x.slot == slotIn {
			switch {
			case ev == evProcurement:
				x.slot = slotFrom
			case ev == evSale && hasOrigin && x.pos > si.trigPos && a.clauseGap(si.trigPos, x.pos):
				x.slot = slotTo
			case (ev == evShipment || ev == evCrossing) && hasDest && x.pos < si.trigPos && a.clauseGap(x.pos, si.trigPos):
				x.slot = slotFrom // "freezes them in Rason and sends them … to Quanhe"
			default:
				continue
			}
		}
		keep = append(keep, x)
	}
	sortStops(keep)
	a.keep = keep
	// Stops: consecutive places of one group, or of one clause's
	// destinations ("taken to Kholmsk and to Nakhodka").
	var stops [8]legGroup
	ns := 0
	for k, x := range keep {
		if ns > 0 {
			st := &stops[ns-1]
			px := keep[k-1]
			if px.group == x.group || (x.slot == slotTo && st.slot == slotTo && st.clause == x.clause) {
				st.hi = k + 1
				continue
			}
		}
		if ns == len(stops) {
			break
		}
		stops[ns] = legGroup{lo: k, hi: k + 1, slot: x.slot, clause: x.clause}
		ns++
	}
	n0 := len(out)
	a.lone = -1
	if ns == 1 && stops[0].hi-stops[0].lo == 1 {
		a.lone, a.loneSlot = keep[stops[0].lo].place, stops[0].slot
	}
	a.headPl = a.headPl[:0]
	if ns > 0 && stops[0].slot != slotFrom {
		// "sailed back to Chongjin and Nampo": every listed destination
		// continues from where the goods were.
		for _, x := range keep[stops[0].lo:stops[0].hi] {
			a.headPl = append(a.headPl, x.place)
		}
		si.headTo = a.headPl[0]
	}
	if ns > 0 && stops[ns-1].hi-stops[ns-1].lo == 1 && (ns > 1 || stops[0].slot != slotFrom || ev != evCrossing) {
		// A crossing from A to an unnamed place leaves the goods nowhere
		// a later sentence could continue from.
		si.tail = keep[stops[ns-1].lo].place
	}
	for s := 0; s+1 < ns; s++ {
		if stops[s+1].slot == slotFrom {
			continue // "from A … from B": two origins, no movement between them
		}
		f, t := keep[stops[s].lo:stops[s].hi], keep[stops[s+1].lo:stops[s+1].hi]
		switch {
		case len(f) == len(t):
			for k := range f {
				out = a.addLeg(out, f[k].place, t[k].place)
			}
		case len(f) == 1 || len(t) == 1:
			for _, x := range f {
				for _, y := range t {
					out = a.addLeg(out, x.place, y.place)
				}
			}
		}
	}
	si.whole = len(out) > n0
	return out
}

func (a *analysis) addLeg(out [][2]int, f, t int) [][2]int {
	if a.legOK(f, t) {
		out = append(out, [2]int{f, t})
	}
	return out
}
