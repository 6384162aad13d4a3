package events

import "strings"

// A way back with nothing aboard moves no goods: "the ship came back
// empty", "the trucks return in ballast", "배는 빈 배로 돌아왔다". Told
// negated it says the opposite, that goods came back ("the ferry does not
// sail back empty", "빈 배로 돌아오지 않는다"), and the way back stands.

// emptyRun reports whether sentence i, after offset from, says the goods'
// carrier travels empty, not negated.
func (a *analysis) emptyRun(i, from int) bool {
	si := &a.si[i]
	if si.korean {
		lo, hi := max(from, a.sents[i].start), a.sents[i].end
		if lo >= hi {
			return false
		}
		s := a.text[lo:hi]
		for _, e := range [...]string{"빈 배로", "빈배로", "빈 차로", "빈차로", "빈 트럭으로", "빈 화차로", "빈손으로", "빈 채로", "빈채로"} {
			if k := strings.Index(s, e); k >= 0 {
				rest := s[k+len(e):]
				return !strings.Contains(rest, "않") && !strings.Contains(rest, "없") && !strings.Contains(rest, "아니")
			}
		}
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		if t.s < from {
			continue
		}
		switch {
		case t.w == "empty" && !(k+1 < len(toks) && (toks[k+1].lx.flags&fCarrier != 0 || toks[k+1].w == "containers" || toks[k+1].w == "boxes")),
			t.w == "unladen", t.w == "ballast" && k > 0 && toks[k-1].w == "in":
			// "came back empty", not "loaded empty containers"
			for j := k - 1; j >= max(0, k-6); j-- {
				if toks[j].lx.flags&fNeg != 0 || (toks[j].w == "t" && j > 0 && strings.HasSuffix(toks[j-1].w, "n")) || toks[j].w == "rarely" || toks[j].w == "seldom" {
					return false
				}
				if toks[j].lx.flags&fClause != 0 || !a.clauseGap(toks[j].e, toks[j+1].s) {
					break
				}
			}
			return true
		}
	}
	return false
}

// emptyBeforeGoods reports whether English sentence i, which names goods,
// has its carrier move "empty" before any of them is named and nothing
// loaded or carried: "the ship sailed empty from Nampo to Dalian, where it
// was sold for scrap" moves no goods; "…, where it loaded coal" would.
func (a *analysis) emptyBeforeGoods(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	at := -1
	for k := 1; k < len(toks); k++ {
		if w := toks[k].w; (w == "empty" || w == "unladen") && toks[k-1].lx.flags&fMove != 0 {
			at = toks[k].s // "sailed empty", "went back unladen"
			break
		}
	}
	if at < 0 {
		return false // most sentences
	}
	for _, t := range toks {
		switch t.w {
		case "with", "carrying", "laden", "loaded", "loading", "hauling", "took", "picked", "aboard":
			return false
		}
	}
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mComm && m.start < at {
			return false
		}
	}
	return true
}

// peopleClause reports whether the clause toks (after the first) of
// sentence i has people as its subject, in its first words, and names no
// goods, no word for goods and no anaphor of them: "and the crew flew
// back to Nampo", "while the drivers went home to Yanji".
func (a *analysis) peopleClause(i int, toks []tok) bool {
	if len(toks) == 0 {
		return false
	}
	people := false
	for k, t := range toks {
		if t.lx.flags&(fGoodsNoun|fAnaphor|fCarrier) != 0 {
			return false
		}
		if k < 5 && (peopleNoun(t.w) || driverNoun(t.w)) {
			people = true
		}
	}
	if !people {
		return false
	}
	si := &a.si[i]
	lo, hi := toks[0].s, toks[len(toks)-1].e
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mComm && m.start >= lo && m.end <= hi {
			return false
		}
	}
	return true
}

func driverNoun(w string) bool {
	switch w {
	case "captain", "captains", "driver", "drivers", "pilot", "pilots", "sailor", "skipper", "skippers":
		return true
	}
	return false
}
