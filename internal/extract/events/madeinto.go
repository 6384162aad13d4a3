package events

import "strings"

// enMadeVerbs turn goods into another good when "into" follows: "turned
// into concentrate", "sawn into boards".
var enMadeVerbs = [...]string{"turned", "made", "processed", "refined", "smelted", "milled", "sawn", "sawed", "converted", "ground", "cut", "crushed", "rolled", "cast", "woven", "spun", "distilled", "pressed"}

// koMadeVerbs follow "X으로/로" when goods are made into X: 정광으로 가공된다.
var koMadeVerbs = [...]string{"가공", "제련", "정제", "만들", "제재", "제분", "변환"}

// madeInto reports whether a sentence after j, up to and including i,
// says the goods of sentence j were made into good c ("At a plant there it
// was turned into concentrate", "Sawn into boards in Changbai, the timber
// went …", 이 광석은 그곳에서 정광으로 가공된다): the product goes on where
// the goods were left. The sentence names no goods other than c that are
// not related to those of j, and names no place where j did not leave the
// goods before the product, so a different good that merely appears later
// does not join.
func (a *analysis) madeInto(j, i, c int) bool {
	sj := &a.si[j]
	if c < 0 || len(sj.comms) == 0 || a.relatedGood(sj.comms, c) {
		return false
	}
	for k := j + 1; k <= i; k++ {
		sk := &a.si[k]
		pos := a.madeAt(k, c)
		if pos < 0 {
			continue
		}
		for _, g := range sk.comms {
			if g != c && !a.relatedGood(sj.comms, g) {
				return false
			}
		}
		tails := a.tails(j)
		for _, m := range a.ms[sk.mlo:sk.mhi] {
			if m.kind != mPlace || (k == i && m.start > pos+40) {
				continue
			}
			ok := false
			for _, t := range tails {
				if a.samePlace(m.idx, t) {
					ok = true
				}
			}
			if !ok {
				return false // made somewhere else than where the goods were left
			}
		}
		return true
	}
	return false
}

// madeAt returns the offset just after the product c of a phrase of making
// in sentence k, or -1.
func (a *analysis) madeAt(k, c int) int {
	sk := &a.si[k]
	if sk.korean {
		for _, m := range a.ms[sk.mlo:sk.mhi] {
			if m.kind != mComm || m.idx != c {
				continue
			}
			rest := a.text[m.end:a.sents[k].end]
			if r, ok := strings.CutPrefix(rest, "으로"); ok {
				rest = r
			} else if r, ok := strings.CutPrefix(rest, "로"); ok {
				rest = r
			} else {
				continue
			}
			rest = strings.TrimLeft(rest, " ")
			for _, v := range koMadeVerbs {
				if strings.HasPrefix(rest, v) {
					return m.end
				}
			}
		}
		return -1
	}
	toks := a.toks[sk.tlo:sk.thi]
	for x := 0; x+1 < len(toks); x++ {
		if toks[x+1].w != "into" || !isMadeVerb(toks[x].w) {
			continue
		}
		// the product is the next goods named, at most three words on
		lim := a.sents[k].end
		if x+4 < len(toks) {
			lim = toks[x+4].e
		}
		for _, m := range a.ms[sk.mlo:sk.mhi] {
			if m.kind == mComm && m.start > toks[x+1].s && m.start < lim {
				if m.idx == c {
					return m.end
				}
				break
			}
		}
	}
	return -1
}

func isMadeVerb(w string) bool {
	for _, v := range enMadeVerbs {
		if v == w {
			return true
		}
	}
	return false
}
