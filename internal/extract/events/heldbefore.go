package events

import "slices"

// Told backwards, a sentence may say where the goods were kept before the
// journey told so far: "The roots crossed from Manpo to Ji'an. Before
// that they had sat for a month in a shed in Kanggye." The goods were in
// Kanggye, then at the first stop told: a hop from the one to the other.
// Only where the sentence opens by looking back ("Before that", "Before
// then", "Prior to that", "Earlier"), names the goods or refers to them,
// and keeps them somewhere ("sat", "were stored", "was kept").

// heldBefore returns the place where sentence i says its goods were kept
// before the journey told in the sentences before it, or -1.
func (a *analysis) heldBefore(i int) int {
	si := &a.si[i]
	if si.general || si.neg || si.ev != evNone || si.korean || a.hypothetical(i) {
		return -1
	}
	toks := a.toks[si.tlo:si.thi]
	if len(toks) < 4 {
		return -1
	}
	k := 0
	a.heldOpen = -1
	if toks[0].w == "and" || toks[0].w == "but" {
		toks = toks[1:] // "And before Sanhe, they sat in a warehouse in Yanji": the story goes on back
	}
	switch {
	case toks[0].w == "before" && a.placeStart(i, toks[1].s) >= 0 && a.clauseGap(toks[0].e, toks[1].s):
		// "Before Hamhung they were in Chongjin": before the stop named.
		a.heldOpen = a.placeStart(i, toks[1].s)
		k = 2
		for k < len(toks) && toks[k].s < a.placeEnd(i, toks[1].s) {
			k++
		}
	case (toks[0].w == "before" || toks[0].w == "prior") && (toks[1].w == "that" || toks[1].w == "then" || (toks[1].w == "to" && toks[2].w == "that")):
		k = 2
		if toks[1].w == "to" {
			k = 3
		}
	case toks[0].w == "earlier":
		k = 1
	default:
		return -1
	}
	// The goods, or a pronoun for them, before the verb: not "the driver
	// had lived in Shenyang".
	goods := false
	lim := 6
	if k+1 < len(toks) && toks[k].w == "according" && toks[k+1].w == "to" {
		// "Before that, according to the source, the cars spent …": an
		// attribution set off by commas says who tells, not what moved.
		j := k + 2
		for j < len(toks) && j <= k+6 && a.clauseGap(toks[j-1].e, toks[j].s) {
			j++
		}
		if j >= len(toks) || j > k+6 {
			return -1
		}
		lim += j - k
		k = j
	}
	for ; k < len(toks) && k <= lim; k++ {
		t := toks[k]
		if t.lx.flags&(fAnaphor|fGoodsNoun) != 0 || a.commAt(i, t.s) {
			goods = true
			continue
		}
		if holdVerb(t.w) || t.w == "were" || t.w == "was" {
			break
		}
		if t.lx.ev != 0 || t.lx.flags&(fMove|fClause|fActor|fSpeaker) != 0 || peopleNoun(t.w) {
			return -1
		}
	}
	if !goods || k >= len(toks) || !(holdVerb(toks[k].w) || toks[k].w == "were" || toks[k].w == "was") {
		return -1
	}
	for j := k + 1; j+1 < len(toks) && j <= k+9; j++ {
		if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fMove) != 0 || !a.clauseGap(toks[j-1].e, toks[j].s) {
			return -1
		}
		if w := toks[j].w; w != "in" && w != "at" && w != "near" && w != "outside" && !(w == "of" && j >= 2 && edgeWord(toks[j-1].w)) {
			continue // "in a shed in Kanggye", "in a warehouse on the edge of Yanji", "a depot outside Tumen"
		}
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mPlace && m.start == toks[j+1].s {
				if p := &a.r.Places[m.idx]; !isRegion(p) && !isFeature(p) && !a.inAttr(i, m.start, m.end) && m.idx != a.heldOpen {
					return m.idx
				}
			}
		}
	}
	return -1
}

// edgeWord reports whether w, before "of" and a town, names the town's
// edge: "on the edge of Yanji", "the outskirts of Tumen".
func edgeWord(w string) bool {
	switch w {
	case "edge", "edges", "outskirts", "fringes", "fringe", "outside":
		return true
	}
	return false
}

// commAt reports whether a mention of goods starts at offset pos of
// sentence i.
func (a *analysis) commAt(i, pos int) bool {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mComm && m.start == pos {
			return true
		}
	}
	return false
}

// holdVerb reports whether w keeps goods in one place: "sat", "stored",
// "kept", "held", "waited".
func holdVerb(w string) bool {
	switch w {
	case "sat", "lay", "stayed", "waited", "remained", "stored", "kept", "held", "warehoused", "stockpiled", "hidden", "stacked", "piled", "spent":
		return true
	}
	return false
}

// heldNext returns the first stop of the nearest earlier specific
// movement of the goods of sentence i, at most linkWindow sentences back
// (a lead too: the story goes back before it), or -1 when that movement
// is of other goods.
func (a *analysis) heldNext(i int) int {
	si := &a.si[i]
	c := a.firstGood(i)
	if c < 0 {
		c = si.coref
	}
	for j := i - 1; j >= 0 && i-j <= linkWindow; j-- {
		sj := &a.si[j]
		if sj.general || !a.movement(j) || sj.first < 0 {
			continue
		}
		if c >= 0 && len(sj.comms) > 0 && !a.relatedGood(sj.comms, c) && sj.coref != c && !a.anaphorFirst(i) {
			return -1 // the movement told before is of other goods
		}
		return sj.first
	}
	return -1
}

// clearedAt reports whether the place at offset pos of toks follows
// "customs at" or "customs in" after a verb of clearing or passing, or
// "clearance at": "cleared customs at Erenhot", "passed through customs
// in Dandong", "customs clearance at Khasan". The goods were there; a
// destination named after it is where they went from there.
func (a *analysis) clearedAt(toks []tok, pos int) bool {
	k := tokBefore(toks, pos)
	if k < 2 || (toks[k].w != "in" && toks[k].w != "at") || !a.cleanGap(toks[k].e, pos) || !a.cleanGap(toks[k-1].e, toks[k].s) {
		return false
	}
	switch toks[k-1].w {
	case "clearance":
		return true
	case "cleared":
		// "the cargo was cleared in Dandong and reached Ningbo": the
		// goods were cleared where they were.
		return k >= 2 && (toks[k-2].w == "was" || toks[k-2].w == "were" || toks[k-2].w == "been" || toks[k-2].w == "is" || toks[k-2].w == "are" || toks[k-2].w == "and") &&
			a.goodsBefore(toks, k-1)
	case "customs":
		// "passed through customs at", "once through customs at",
		// "cleared customs in"
		switch toks[k-2].w {
		case "clear", "clears", "cleared", "clearing", "pass", "passes", "passed", "passing", "through":
			return a.cleanGap(toks[k-2].e, toks[k-1].s)
		}
	}
	return false
}

// clearedLast reports whether x, a place after "in" or "at" in sentence
// i, is where goods that a destination before it brought were then
// cleared, the last stop the sentence names: "… go over the bridge to
// Quanhe and are cleared in Hunchun", "… to Quanhe and cleared customs
// at Hunchun". The clearance shares the subject of the movement before it
// ("and are cleared"), not "and the debts were cleared in Hunchun".
func (a *analysis) clearedLast(i int, sl []slotted, x slotted) bool {
	si := &a.si[i]
	if si.korean || !slices.ContainsFunc(sl, func(y slotted) bool { return y.slot == slotTo && y.pos < x.pos }) ||
		slices.ContainsFunc(sl, func(y slotted) bool { return y.slot == slotTo && y.pos > x.pos }) {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	k := tokBefore(toks, x.pos)
	if k < 3 || (toks[k].w != "in" && toks[k].w != "at") || !a.cleanGap(toks[k].e, x.pos) {
		return false
	}
	switch toks[k-1].w {
	case "cleared":
		switch toks[k-2].w {
		case "are", "were", "is", "was":
			return toks[k-3].w == "and" && (len(si.comms) > 0 || si.coref >= 0 || a.goodsBefore(toks, k-1))
		case "and":
			return len(si.comms) > 0 || si.coref >= 0
		}
	case "customs":
		return (toks[k-2].w == "cleared" || toks[k-2].w == "clear" || toks[k-2].w == "clears") && toks[k-3].w == "and" && (len(si.comms) > 0 || si.coref >= 0)
	}
	return false
}

// goodsBefore reports whether the words of the clause before token k name
// goods, a word for them, an anaphor of them or their carrier: "the
// textiles were cleared in Dandong", not "the debts were cleared".
func (a *analysis) goodsBefore(toks []tok, k int) bool {
	j := k - 1
	for ; j >= 0; j-- {
		t := toks[j]
		if t.lx.flags&(fAnaphor|fGoodsNoun|fCarrier) != 0 {
			return true
		}
		if t.lx.flags&fClause != 0 || !a.clauseGap(t.e, toks[j+1].s) {
			break
		}
	}
	lo := 0
	if j >= 0 {
		lo = toks[j].e
	}
	for _, m := range a.ms {
		if m.kind == mComm && m.start >= lo && m.end <= toks[k].s {
			return true
		}
	}
	return false
}

// placeStart returns the place whose mention starts at offset pos of
// sentence i, or -1.
func (a *analysis) placeStart(i, pos int) int {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace && m.start == pos {
			return m.idx
		}
	}
	return -1
}

// placeEnd returns the end of the place mention that starts at offset pos
// of sentence i, or pos.
func (a *analysis) placeEnd(i, pos int) int {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace && m.start == pos {
			return m.end
		}
	}
	return pos
}
