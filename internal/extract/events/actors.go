package events

import "strings"

// findActors collects the organisations and actor phrases of sentence i,
// outside its attribution, in text order, into a.actors.
func (a *analysis) findActors(i int) {
	si := &a.si[i]
	actors := a.actors[:0]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != mOrg || a.inAttr(i, m.start, m.end) {
			continue
		}
		o := &a.r.Organizations[m.idx]
		if isMediaOrg(o) {
			continue
		}
		actors = append(actors, actor{name: o.Name, pos: m.start, end: m.end, org: m.idx, state: isStateOrg(o)})
		if len(actors) >= maxActors {
			break
		}
	}
	toks := a.toks[si.tlo:si.thi]
	if si.flags&fActor == 0 {
		toks = nil // no actor noun: si.flags holds the flags of all its words
	}
	for k, t := range toks {
		if t.lx.flags&fActor == 0 || a.inAttr(i, t.s, t.e) || a.insideOrg(i, t.s) {
			continue
		}
		j := k
		for j > 0 && k-j < 4 && toks[j-1].lx.flags&fActorMod != 0 && a.cleanGap(toks[j-1].e, toks[j].s) {
			j--
		}
		name := a.text[toks[j].s:t.e]
		if j == k {
			name = a.fullForm(t.w, name)
		} else if len(a.heads) < 32 {
			a.heads = append(a.heads, actor{name: name, pos: toks[j].s, end: t.e, org: -1})
		}
		actors = append(actors, actor{name: name, pos: toks[j].s, end: t.e, org: -1})
		if len(actors) >= maxActors {
			break
		}
	}
	if si.korean {
		a.scanKorean(a.sents[i]) // a.kos holds the hits of the last scanned sentence
		for _, h := range a.kos {
			if h.k.flags&fActor == 0 || a.inAttr(i, h.pos, h.end) {
				continue
			}
			st := h.pos
			before := a.text[a.sents[i].start:h.pos]
			for _, p := range [...]string{"북한 ", "중국 ", "북한의 ", "중국의 ", "중국인 ", "북한 무역", "조선 "} {
				if strings.HasSuffix(before, p) {
					st -= len(p)
					break
				}
			}
			end := h.end
			if strings.HasPrefix(a.text[end:], "들") {
				end += len("들")
			}
			actors = append(actors, actor{name: a.text[st:end], pos: st, end: end, org: -1})
			if len(actors) >= 2*maxActors {
				break
			}
		}
	}
	// Text order, organisations and phrases interleaved.
	for x := 1; x < len(actors); x++ {
		for y := x; y > 0 && actors[y].pos < actors[y-1].pos; y-- {
			actors[y], actors[y-1] = actors[y-1], actors[y]
		}
	}
	a.actors = actors
}

// insideOrg reports whether offset p lies inside an organisation mention of
// sentence i ("Korea Ryonbong General Corporation" is one party).
func (a *analysis) insideOrg(i, p int) bool {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mOrg && p >= m.start && p < m.end {
			return true
		}
	}
	return false
}

// fullForm turns a bare "traders" into the fullest earlier phrase with the
// same head ("North Korean traders").
func (a *analysis) fullForm(head, name string) string {
	for k := len(a.heads) - 1; k >= 0; k-- {
		h := a.heads[k].name
		if len(h) > len(head) && strings.EqualFold(h[len(h)-len(head):], head) {
			return h
		}
	}
	return name
}

// assignRoles decides the parties of sentence i's event.
func (a *analysis) assignRoles(i int) {
	si := &a.si[i]
	actors := a.actors
	if si.ev == evProcurement && len(actors) == 0 && foreignSide(a.toks[si.tlo:si.thi], si.trigPos) {
		si.ev = evSale // "The Chinese side pays 2,000 yuan a tonne": North Korea sells
		return
	}
	if si.ev == evNone || len(actors) == 0 {
		return
	}
	ev := si.ev
	if ev == evPlan {
		ev = si.secEv
	}
	toks := a.toks[si.tlo:si.thi]
	set := func(dst *string, v string) bool {
		if *dst == "" {
			*dst = v
			return true
		}
		return false
	}
	r := &si.roles
	for _, ac := range actors {
		prev, prev2, prev3 := a.wordsBefore(toks, ac.pos)
		after := a.between(ac.end, min(ac.end+24, a.sents[i].end))
		switch {
		case prev == "for" || (prev == "the" && prev2 == "for") || (prev == "of" && prev2 == "behalf") ||
			(prev == "the" && prev2 == "of" && prev3 == "behalf") ||
			strings.HasPrefix(after, "을 위해") || strings.HasPrefix(after, "를 위해") || strings.HasPrefix(after, "의 지시"):
			set(&r.endUser, ac.name)
		case prev == "from" || (prev == "the" && prev2 == "from") || strings.HasPrefix(after, "로부터") || strings.HasPrefix(after, "에게서"):
			if ev == evProcurement {
				set(&r.seller, ac.name)
			}
		case prev == "through" || prev == "via" || strings.HasPrefix(after, "을 통해") || strings.HasPrefix(after, "를 통해"):
			set(&r.intermediary, ac.name)
		case prev == "to" || (prev == "the" && prev2 == "to"):
			if ev == evSale {
				set(&r.buyer, ac.name)
			}
		case ac.pos < si.trigPos:
			asker := a.askBetween(toks, ac.end, si.trigPos)
			switch {
			case (asker || ac.state) && ev == evProcurement, asker && (ev == evShipment || ev == evCrossing):
				set(&r.endUser, ac.name)
			case ev == evProcurement:
				set(&r.buyer, ac.name)
			case ev == evSale:
				set(&r.seller, ac.name)
			case ev == evShipment || ev == evCrossing:
				set(&r.intermediary, ac.name)
			}
		}
	}
	// A foreign buyer buying is North Korea selling ("Chinese dealers buy
	// Rason crab"): the event is the sale.
	if ev == evProcurement && a.foreign(r.buyer) {
		if si.ev == evPlan {
			si.secEv = evSale
		} else {
			si.ev, si.bought = evSale, true
		}
	}
}

// foreignSide reports whether "the Chinese side" or "the Russian side" is
// the subject right before the trigger at offset pos ("The Chinese side
// pays 2,000 yuan a tonne"): a foreign buyer.
func foreignSide(toks []tok, pos int) bool {
	k := tokBefore(toks, pos)
	return k >= 1 && toks[k].w == "side" && (toks[k-1].w == "chinese" || toks[k-1].w == "russian")
}

// foreign reports whether a party is named as from outside North Korea:
// an organisation of another country or a phrase such as "Chinese dealers".
func (a *analysis) foreign(name string) bool {
	if name == "" {
		return false
	}
	for _, ac := range a.actors {
		if ac.name == name && ac.org >= 0 {
			c := a.r.Organizations[ac.org].Country
			return c != "" && c != "KP"
		}
	}
	for _, d := range [...]string{"the ", "a ", "an ", "some ", "one "} {
		if len(name) > len(d) && strings.EqualFold(name[:len(d)], d) {
			name = name[len(d):] // "the Chinese merchant"
			break
		}
	}
	for _, p := range [...]string{"chinese ", "russian ", "south korean ", "japanese ", "중국", "러시아", "한국 "} {
		if len(name) >= len(p) && strings.EqualFold(name[:len(p)], p) {
			return true
		}
	}
	return false
}

// wordsBefore returns the three words before offset p, nearest first.
func (a *analysis) wordsBefore(toks []tok, p int) (string, string, string) {
	var w [3]string
	for n, k := 0, tokBefore(toks, p); n < 3 && k >= 0; n, k = n+1, k-1 {
		w[n] = toks[k].w
	}
	return w[0], w[1], w[2]
}

// askBetween reports whether "asked", "instructed"… lies between two offsets:
// the one who asks is the end user, not the buyer.
func (a *analysis) askBetween(toks []tok, from, to int) bool {
	for k := tokBefore(toks, from) + 1; k < len(toks) && toks[k].e <= to; k++ {
		if toks[k].s >= from && toks[k].lx.flags&fAsk != 0 {
			return true
		}
	}
	return false
}
