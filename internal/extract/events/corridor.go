package events

import "slices"

// Corridor (general) legs: statements of how trade usually runs ("most of
// the goods travel by truck from Dandong to Sinuiju"). The helpers here
// keep the general cue where it speaks of the trade and drop it where an
// adverb of frequency only qualifies a detail of one shipment.

// frequencyDetail reports whether the general cue at token k is no
// pattern of trade: "its most recent" is a superlative, "more often than before", "more frequently" compare
// how often, and "…, often after calls at other ports", "…, mostly aboard
// small tankers" qualify a trailing detail of the clause before the
// comma, whose own words decide whether it is a pattern.
func (a *analysis) frequencyDetail(toks []tok, k int) bool {
	w := toks[k].w
	if w == "most" && k > 0 {
		switch toks[k-1].w {
		case "its", "their", "his", "her", "our", "a", "this", "that":
			return true // "on its most recent trip": a superlative, not a share
		}
	}
	if w != "often" && w != "frequently" && w != "mostly" {
		return false
	}
	if k > 0 && (toks[k-1].w == "more" || toks[k-1].w == "less") {
		return true
	}
	if k == 0 || k+1 >= len(toks) || !a.gapHas(toks[k-1].e, toks[k].s, ',') {
		return false
	}
	switch toks[k+1].w {
	case "by", "over", "across", "from", "to", "in":
		// "…, mostly by truck, …": the way goods go, a pattern ("via" and
		// "through" name a call on the way: a detail, below)
	default:
		// "…, mostly diesel, …", "the cars, mostly compact models,
		// were …": an aside of a few words on which goods, not how often.
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].lx.ev != 0 || toks[j].lx.flags&(fMove|fArrive) != 0 {
				break
			}
			if j+1 < len(toks) && a.gapHas(toks[j].e, toks[j+1].s, ',') {
				return true
			}
		}
	}
	switch toks[k+1].w {
	case "after", "before", "within", "aboard", "on", "via", "through", "with", "under", "following":
		return true
	}
	return false
}

// presentFlow reports whether sentence i moves goods with a verb in the
// present tense ("most of the goods travel by truck", "most of the cargo
// crosses at Quanhe"): how trade runs now, not a share of goods named
// before.
func (a *analysis) presentFlow(i int) bool {
	si := &a.si[i]
	flow := false
	for _, t := range a.toks[si.tlo:si.thi] {
		switch t.w {
		case "between":
			// "between Dandong and Sinuiju" says no way: the general
			// legs have no side to start from, the route of the goods
			// named before has.
			return false
		case "travel", "travels", "go", "goes", "cross", "crosses", "pass", "passes", "move", "moves", "enter",
			"enters", "come", "comes", "flow", "flows", "arrive", "arrives", "reach", "reaches", "leave", "leaves":
			flow = true
		}
	}
	return flow
}

// corridorChain returns the legs of general sentence i: the legs the
// sentence states as a chain ("are typically sent by train to Dandong,
// trucked over the bridge to Sinuiju and then carried on to Pyongyang";
// "most goods travel across the bridge between Dandong and Sinuiju")
// when they are at least as many as the origin and destination lists
// give, gl otherwise. The sentence's own route state is left as it was:
// a general sentence is no stop of a shipment's story. buf is scratch.
func (a *analysis) corridorChain(i int, sl []slotted, gl, buf [][2]int) ([][2]int, [][2]int) {
	si := &a.si[i]
	if len(sl) < 2 {
		return gl, buf
	}
	saved := *si
	si.general = false // movement and sentenceLegs read a general sentence as no movement
	if !a.movement(i) {
		*si = saved
		return gl, buf
	}
	ch := a.sentenceLegs(i, sl, buf[:0])
	*si = saved
	if len(ch) == 0 || !a.chainForward(sl, ch) {
		return gl, ch
	}
	switch {
	case len(gl) == 0, len(ch) > len(gl) && legsWithin(gl, ch):
		return ch, ch
	case len(ch) == len(gl) && a.hasCountry(gl) && !a.hasCountry(ch):
		// "most of China's exports travel from Dandong to Sinuiju": the
		// towns, not the exporting country.
		return ch, ch
	}
	return gl, ch
}

// chainForward reports whether every leg of ch is told in text order or
// starts at a place named as an origin ("reaches Rajin from Hunchun"),
// and names at least one origin, destination or pair of twin towns
// crossed between: "pass through Nakhodka
// and Vladivostok" lists ports, not a corridor, and "the crab landed in
// Kimchaek went … through Wonjong" does not run back to Kimchaek.
func (a *analysis) chainForward(sl []slotted, ch [][2]int) bool {
	ends := false
	for k, x := range sl {
		// orderBetween makes "between Dandong and Sinuiju" two stops, the
		// second in a group of its own.
		ends = ends || x.slot == slotFrom || x.slot == slotTo || (k > 0 && x.group == sl[k-1].group+1000)
	}
	if !ends {
		return false
	}
	for _, l := range ch {
		pf, pt, from := -1, -1, false
		for _, x := range sl {
			if x.place == l[0] && pf < 0 {
				pf, from = x.pos, x.slot == slotFrom
			}
			if x.place == l[1] && pt < 0 {
				pt = x.pos
			}
		}
		if pf < 0 || pt < 0 || (pf > pt && !from) {
			return false
		}
	}
	return true
}

// legsWithin reports whether every leg of gl is in ch.
func legsWithin(gl, ch [][2]int) bool {
	for _, g := range gl {
		if !slices.Contains(ch, g) {
			return false
		}
	}
	return true
}

// hasCountry reports whether a leg of ls starts or ends at a country.
func (a *analysis) hasCountry(ls [][2]int) bool {
	for _, l := range ls {
		if a.r.Places[l[0]].Kind == "country" || a.r.Places[l[1]].Kind == "country" {
			return true
		}
	}
	return false
}
