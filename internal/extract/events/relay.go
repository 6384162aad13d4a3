package events

import "strings"

// A relay: agents of a town take delivery of goods from another and send
// them on ("smugglers in Hyesan receive the watches from Changbai and send
// them on to Kilju", "혜산의 밀수꾼들은 장백에서 넘겨받은 시계를 길주로
// 보낸다"). The goods pass through the agents' town: it is a stop between
// the origin of the handover and the destination, not a bystander.

// relayHolder reports whether the place mention m of sentence i names
// where the agents of the sentence are ("smugglers in Hyesan", "Sinuiju
// traders", "a Musan gang", "혜산의 밀수꾼들", "신의주 상인들").
func (a *analysis) relayHolder(i int, toks []tok, m mref) bool {
	if a.si[i].korean {
		rest := strings.TrimPrefix(skipHanja(a.between(m.end, a.sents[i].end)), "의")
		rest = strings.TrimLeft(rest, " ")
		for _, n := range koRelayAgents {
			if strings.HasPrefix(rest, n) {
				return true
			}
		}
		return false
	}
	if k := tokBefore(toks, m.start); k >= 1 && toks[k].w == "in" && a.cleanGap(toks[k].e, m.start) {
		j := k - 1
		if toks[j].w == "based" && j >= 1 {
			j-- // "traders based in Sinuiju"
		}
		if relayAgent(toks[j]) && a.clauseGap(toks[j].e, m.start) {
			return true
		}
	}
	if k := tokBefore(toks, m.end) + 1; k < len(toks) && a.cleanGap(m.end, toks[k].s) {
		return relayAgent(toks[k]) // "Hyesan smugglers", "a Musan gang"
	}
	return false
}

func relayAgent(t tok) bool {
	if t.lx.flags&fActor != 0 {
		return true
	}
	switch t.w {
	case "gang", "gangs", "ring", "rings", "network", "networks", "couriers", "courier", "resellers", "reseller", "middlemen":
		return true
	}
	return false
}

var koRelayAgents = [...]string{"밀수꾼", "밀수업자", "상인", "되거래꾼", "장사꾼", "무역업자", "무역일꾼", "중개인", "도매상", "업자", "무역회사"}

// relayVerb returns the span of a verb of taking delivery in sentence i
// after offset from ("receive", "took delivery of", "collects", "picked
// up"; 넘겨받, 건네받, 받은, 받아, 인수), or -1.
func (a *analysis) relayVerb(i, from int) (int, int) {
	si := &a.si[i]
	if si.korean {
		s := a.text[:a.sents[i].end]
		best, end := -1, -1
		for _, v := range koRelayVerbs {
			if k := strings.Index(s[from:], v); k >= 0 && (best < 0 || from+k < best) {
				best, end = from+k, from+k+len(v)
			}
		}
		return best, end
	}
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		if t.s < from {
			continue
		}
		switch t.w {
		case "receive", "receives", "received", "receiving", "collect", "collects", "collected", "collecting":
			return t.s, t.e
		case "take", "takes", "took", "taking", "taken":
			if k+1 < len(toks) && toks[k+1].w == "delivery" {
				return t.s, toks[k+1].e
			}
		case "pick", "picks", "picked", "picking":
			if k+1 < len(toks) && toks[k+1].w == "up" {
				return t.s, toks[k+1].e
			}
		}
	}
	return -1, -1
}

var koGoodsNouns = [...]string{"물건", "짐", "물품", "물자"}

var koRelayVerbs = [...]string{"넘겨받", "건네받", "넘겨 받", "건네 받", "인수한", "인수해", "받은", "받아"}

// relayStop returns the slotted stop the agents' town at mention h makes
// when the sentence hands goods over there: a verb of taking delivery
// after h, an origin (slotFrom) of the handover, goods as its object and
// a destination after it. ok is false otherwise.
func (a *analysis) relayStop(i int, out []slotted, h mref) (slotted, bool) {
	vs, ve := a.relayVerb(i, h.end)
	if vs < 0 {
		return slotted{}, false
	}
	ko := a.si[i].korean
	from, to := -1, -1
	for k, x := range out {
		switch {
		case x.slot == slotFrom && x.pos > h.end && from < 0 && (ko && x.pos < vs || !ko && x.pos > ve):
			from = k
		case x.slot == slotTo && x.pos > ve && from >= 0:
			to = k
		}
	}
	if from < 0 || to < 0 || !a.relayGoods(i, vs, ve, out[from].pos) {
		return slotted{}, false
	}
	return slotted{place: h.idx, pos: h.start, slot: slotVia}, true
}

// relayGoods reports whether the object of the verb of taking delivery
// at vs..ve is the goods: in English goods or an anaphor between the verb
// and the origin ("take delivery of the watches from"); in Korean goods
// just before the verb ("담배를 넘겨받아") or right after its relative form
// ("넘겨받은 중국산 시계를").
func (a *analysis) relayGoods(i, vs, ve, fromPos int) bool {
	si := &a.si[i]
	isGoods := func(lo, hi int) bool {
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mComm && m.start >= lo && m.end <= hi {
				return true
			}
		}
		return false
	}
	if si.korean {
		pre := strings.TrimRight(a.text[:vs], " ")
		if obj := strings.TrimSuffix(strings.TrimSuffix(pre, "을"), "를"); obj != pre {
			// The verb has its object before it: goods ("담배를 넘겨받아")
			// or something else ("돈을 받은 뒤", "주문을 받아").
			for _, n := range koGoodsNouns {
				if strings.HasSuffix(obj, n) {
					return true
				}
			}
			for _, m := range a.ms[si.mlo:si.mhi] {
				if m.kind == mComm && m.end == len(obj) {
					return true
				}
			}
			return false
		}
		post := a.text[ve:a.sents[i].end]
		if r, ok := strings.CutPrefix(post, "은"); ok {
			post, ve = r, ve+len("은")
		} else if !strings.HasSuffix(a.text[vs:ve], "은") {
			return false
		}
		if !strings.HasPrefix(post, " ") {
			return false
		}
		// "넘겨받은 중국산 시계를": the goods within two words, not after
		// a word that closes the clause ("받은 뒤", "받은 것").
		words := strings.Fields(post)
		n := ve + 1
		for _, w := range words[:min(2, len(words))] {
			for _, c := range [...]string{"뒤", "후", "다음", "때", "것", "데"} {
				if strings.HasPrefix(w, c) {
					return false
				}
			}
			for _, g := range koGoodsNouns {
				if strings.HasPrefix(w, g) {
					return true
				}
			}
			n += len(w) + 1
			if isGoods(ve, n) {
				return true
			}
		}
		return false
	}
	if fromPos <= ve {
		return false
	}
	if isGoods(ve, fromPos) {
		return true
	}
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.s >= ve && t.e <= fromPos && t.lx.flags&(fGoodsNoun|fAnaphor) != 0 {
			return true
		}
	}
	return false
}
