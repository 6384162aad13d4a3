package events

import (
	"slices"
	"strings"
	"unicode/utf8"

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
	btw    bool // the group follows "between"
	subj   bool // a country that exports or ships: an origin
	clause float64
}

var (
	appositionGaps = [...]string{", ", " in ", ", in ", " (", " of "}
	listGaps       = [...]string{" or ", " and ", ", ", ", or ", ", and ", " or to ", " and to ", " or into "}
	koParticles    = [...]struct {
		p    string
		slot uint8
	}{
		{"로부터", slotFrom}, {"에서 하역", slotTo}, {"에서 부려", slotTo}, {"에서", slotFrom}, {"에 도착", slotTo}, {"에 착륙", slotTo}, {"에 입항", slotTo},
		{"행 ", slotTo}, {"에 내린", slotTo}, {"에 내려", slotTo}, {"에 내렸", slotTo}, {"에 내리", slotTo}, {"에 부리", slotTo}, {"에 옮겨", slotTo}, {"에 하역", slotTo}, {"에 부려", slotTo}, {"에 부린", slotTo}, {"에 쌓인", slotTo}, {"에 모인", slotTo}, {"에 모아 둔", slotTo}, {"에 모아 놓은", slotTo}, {"에 모아둔", slotTo}, {"에 들어온", slotTo}, {"에 들어왔", slotTo}, {"에 들어와", slotTo}, {"에 들어갔", slotTo}, {"에 짐을 부", slotTo}, {"에 짐을 내", slotTo}, {"에 닿", slotTo}, {"에 멈", slotTo}, {"에 닻을 내", slotTo}, {"에 닻을 놓", slotTo}, {"에 정박", slotTo}, {" 도착", slotTo}, {" 입항", slotTo}, {"으로", slotTo}, {"로", slotTo}, {"까지", slotTo},
		// "심양, 단둥, 신의주를 차례로 거쳐": an adverb of order before the verb.
		{"를 차례로 거쳐", slotVia}, {"을 차례로 거쳐", slotVia}, {"를 차례로 지나", slotVia}, {"을 차례로 지나", slotVia}, {"를 차례로 경유", slotVia}, {"을 차례로 경유", slotVia}, {"를 차례대로 거쳐", slotVia}, {"을 차례대로 거쳐", slotVia}, {"를 차례대로 지나", slotVia}, {"을 차례대로 지나", slotVia}, {"를 차례대로 경유", slotVia}, {"을 차례대로 경유", slotVia}, {"를 순서대로 거쳐", slotVia}, {"을 순서대로 거쳐", slotVia}, {"를 순서대로 지나", slotVia}, {"을 순서대로 지나", slotVia}, {"를 순서대로 경유", slotVia}, {"을 순서대로 경유", slotVia}, {"를 잇따라 거쳐", slotVia}, {"을 잇따라 거쳐", slotVia}, {"를 잇따라 지나", slotVia}, {"을 잇따라 지나", slotVia}, {"를 잇따라 경유", slotVia}, {"을 잇따라 경유", slotVia}, {"를 연이어 거쳐", slotVia}, {"을 연이어 거쳐", slotVia}, {"를 연이어 지나", slotVia}, {"을 연이어 지나", slotVia}, {"를 연이어 경유", slotVia}, {"을 연이어 경유", slotVia}, {"를 모두 거쳐", slotVia}, {"을 모두 거쳐", slotVia}, {"를 모두 지나", slotVia}, {"을 모두 지나", slotVia}, {"를 모두 경유", slotVia}, {"을 모두 경유", slotVia},
		{"를 거쳐", slotVia}, {"을 거쳐", slotVia}, {"를 거쳤", slotVia}, {"을 거쳤", slotVia}, {"를 통해", slotVia}, {"을 통해", slotVia},
		{"를 경유", slotVia}, {"을 경유", slotVia}, {"거쳐", slotVia},
		{"을 떠", slotFrom}, {"를 떠", slotFrom}, {"을 출발", slotFrom}, {"를 출발", slotFrom}, {"을 지나", slotVia}, {"를 지나", slotVia}, {"에 넘어", slotTo}, {"에 보내", slotTo}, {"에 보냈", slotTo},
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

// isFeature reports whether a place is a river or a bridge or crossing
// between two towns: goods pass it, but it is no stop of a leg ("across
// the Friendship Bridge" crosses from Dandong to Sinuiju).
func isFeature(p *model.Place) bool {
	return p.Kind == "river" || (p.Kind == "crossing" && (strings.HasSuffix(p.Name, "Bridge") || strings.HasSuffix(p.Name, "Crossing")))
}

func isRegion(p *model.Place) bool {
	return p.Kind == "country" || p.Kind == "admin1" || p.Kind == "region"
}

// koAlso reports whether the Korean place mention at pos takes the
// additive 도 after its particle ("일본으로도 수출된다", exported to Japan
// as well): one more market the goods reach, not the stop they were last
// left at, so a later sentence does not go on from it.
func (a *analysis) koAlso(i, pos int) bool {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.start == pos {
			rest := a.text[m.end:a.sents[i].end]
			for _, p := range [...]string{"으로도", "로도", "에도", "까지도"} {
				if strings.HasPrefix(rest, p) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// koDeparts reports whether the Korean place mention at pos is one the
// goods leave, by a verb of departure or loading right after its particle
// ("신의주에서 출발했다", "훈춘을 떠났다", "남포항에서 선적됐다"): unlike a bare
// 에서, which says where, it leaves the goods on their way from there, and
// a later sentence that names where they arrived goes on from it.
func (a *analysis) koDeparts(i, pos int) bool {
	si := &a.si[i]
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.start != pos {
			continue
		}
		rest := a.text[m.end:a.sents[i].end]
		for _, suf := range [...]string{"항에서", "항을", "역에서", "역을", "시에서", "시를", "항구에서", "항구를", "에서", "을", "를"} {
			r, ok := strings.CutPrefix(rest, suf)
			if !ok {
				continue
			}
			r = strings.TrimPrefix(r, " ")
			loaded := false
			if w, after, ok := strings.Cut(r, " "); ok && suf != "을" && suf != "를" && strings.HasSuffix(w, "에") && koCarrierWord(strings.TrimSuffix(w, "에")) {
				r, loaded = after, true // "다롄항에서 배에 실렸다": loaded aboard, then on its way
			}
			for _, v := range [...]string{"출발", "떠나", "떠났", "떠난", "출항", "선적", "실렸", "실려"} {
				if (v == "실렸" || v == "실려") != loaded {
					continue
				}
				if !strings.HasPrefix(r, v) {
					continue
				}
				// "둥강 쪽 포구를 떠나 … 룡암포 부두에 닿는다" with the port
				// unnamed as a place: the goods got somewhere the
				// sentence names, not left at the origin.
				for _, arr := range [...]string{"에 닿", "에 도착", "에 입항", "에 들어", "에 내", "에 부", "에 하역", "로 향", "로 들어", "까지"} {
					if strings.Contains(r, arr) {
						return false
					}
				}
				for _, w := range strings.Fields(r) {
					// "둥강에서 떠난 목선들이 룡암포로 경유를 실어 나른다": a
					// word in 로 that is no carrier ("목선으로") nor an
					// adverb (주로, 새로) names where they went.
					if stem, ok := strings.CutSuffix(w, "로"); ok && len(stem) > len("으") && !koCarrierWord(strings.TrimSuffix(stem, "으")) {
						switch stem {
						case "주", "새", "다시", "따", "정말", "대체", "실제", "바", "별", "절대", "스스", "때때", "그대", "제대", "함부", "혼자", "차례", "몰래", "서", "서로", "따라", "그러므", "그러므로", "이", "그", "저":
							continue
						}
						return false
					}
				}
				return true
			}
			return false
		}
		return false
	}
	return false
}

// koCameFrom returns the length of the clause that opens rest, the text
// after a Korean place, when it says something came from there ("에서
// 넘어온 ", "에서 들어온 ", "에서 건너온 ", "에서 실려 온 "), else 0.
func koCameFrom(rest string) int {
	for _, p := range [...]string{"에서 넘어온 ", "에서 들어온 ", "에서 건너온 ", "에서 실려 온 ", "에서 실려온 ", "에서 밀수된 "} {
		if strings.HasPrefix(rest, p) {
			return len(p)
		}
	}
	return 0
}

// koCarrierWord reports whether the Korean noun w is a carrier, so that
// w+(으)로 says by what means goods went, not where.
func koCarrierWord(w string) bool {
	for _, c := range [...]string{"배", "선박", "목선", "화물선", "유조선", "기차", "열차", "화물열차", "트럭", "화물차", "차", "차량", "비행기", "항공편", "철도", "도로", "육로", "해로", "뱃길", "밀수선", "선편", "컨테이너"} {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// slotPlaces finds the route slots of the places of sentence i.
func (a *analysis) slotPlaces(i int) []slotted {
	si, s := &a.si[i], a.sents[i]
	toks := a.toks[si.tlo:si.thi]
	out := a.slots[:0]
	defer func() { a.slots = out[:0] }()
	lastEnd, lastSlot, group, prevPlace, appos := -1, -1, 0, -1, false
	possAt, possTo := -1, -1 // a country before "'s" and where its town would start
	var pending []int        // Korean "A와 B를 거쳐": A waits for B's slot
	koJoin := -1             // out's Korean list member ("A과 B에서") whose group the next place shares
	relay := mref{start: -1} // where the agents who take delivery of the goods are
	cameFrom := -1           // Korean "린장에서 넘어온 식용유는": where the goods had come from
	ms := a.ms[si.mlo:si.mhi]
	for mi, m := range ms {
		if m.kind != mPlace || m.start < lastEnd {
			continue
		}
		if len(out) >= maxSlotted {
			break
		}
		p := &a.r.Places[m.idx]
		if mt := a.text[m.start:m.end]; p.Origin || a.inAttr(i, m.start, m.end) || (isDemonym(mt) && !strings.EqualFold(mt, p.Name) && isRegion(p) && !a.portsOf(m.end)) || a.inOrg(si, m) {
			continue // "Yanggang Province People's Committee" names no stop either
		}
		if a.riverNotTown(m) {
			continue // "after crossing the bridge over the Tumen"
		}
		if isRegion(p) && quotedMadeIn(a.low[:m.start]) {
			continue // "labelled \"Made in China\"": a quoted label, no stop
		}
		if isRegion(p) && si.korean && a.koAddress(ms[mi+1:], m, p) {
			continue // "자강도 강계시 장마당에서", "중국 지린성 퉁화의": the town after its province takes the slot
		}
		if isRegion(p) {
			if n := possessive(a.text[m.end:]); n > 0 && placeAt(ms[mi+1:], m.end+n) {
				// "to China's Dalian": the town takes the slot the
				// country's place in the sentence gives.
				possAt, possTo = m.start, m.end+n
				continue
			}
		}
		if lastEnd >= 0 {
			gapEnd := m.start
			if m.start == possTo && possAt > lastEnd {
				gapEnd = possAt // "Longkou in China's Shandong Province": the gap before the country
			}
			gap := a.between(lastEnd, gapEnd)
			if (gap == " of " && adminNamed(a.low[m.start:m.end], a.low[m.end:])) || isRegion(p) && (slices.Contains(appositionGaps[:], gap) || a.inPrev(gap, p, prevPlace) || (appos && !cityRegion(p) && slices.Contains(listGaps[:], gap))) {
				lastEnd, appos = m.end, true // "Hyesan, North Korea, in Ryanggang province"; "of Shandong and Jiangsu"
				continue
			}
			appos = false
			if lastSlot >= 0 && (gap == "–" || gap == "-" || gap == "—") && corridorWord(a.low[m.end:s.end]) {
				// "through the Tumen–Namyang crossing": the twin towns of a
				// crossing, ordered like "between".
				out[lastSlot].btw = true
				prev := out[lastSlot]
				out = append(out, slotted{place: m.idx, pos: m.start, slot: prev.slot, group: prev.group, and: true, btw: true})
				lastSlot, lastEnd = len(out)-1, m.end
				continue
			}
			if lastSlot >= 0 && (slices.Contains(listGaps[:], gap) || altGap(gap)) {
				prev := out[lastSlot]
				or := strings.Contains(gap, "or")
				for k := range out {
					if out[k].group == prev.group {
						out[k].or = out[k].or || or
						out[k].and = out[k].and || !or
					}
				}
				out = append(out, slotted{place: m.idx, pos: m.start, slot: prev.slot, group: prev.group, or: or || prev.or, and: !or || prev.and, btw: prev.btw})
				lastSlot, lastEnd = len(out)-1, m.end
				continue
			}
		}
		lastEnd, prevPlace = m.end, m.idx
		slot := a.enSlot(toks, m.start)
		if m.start == possTo {
			slot = a.enSlot(toks, possAt)
		}
		btw := false
		if k := tokBefore(toks, m.start); slot == slotNone && k >= 0 && toks[k].w == "between" && a.cleanGap(toks[k].e, m.start) {
			slot, btw = slotVia, true // "the bridge between Wonjong and Quanhe"
		}
		if slot == slotNone && !si.korean && si.move && !isRegion(p) && a.producersOf(toks, m) {
			slot = slotFrom // "Hoeryong growers sold the leaf to a broker who hauled it to Onsong"
		}
		subj := false
		if slot == slotNone && p.Kind == "country" && a.exporter(toks, m.end) {
			slot, subj = slotFrom, true // "North Korea's exports to China"
		}
		rest := a.between(m.end, s.end)
		if si.korean {
			rest = skipHanja(rest)
		}
		if slot == slotNone && si.korean {
			slot = koSlot(rest)
			if n := koCameFrom(rest); slot == slotFrom && cameFrom < 0 && n > 0 && a.commAt(i, s.end-len(rest)+n) {
				cameFrom = m.start // the goods named right after it came from there, not a trader
			}
			if slot == slotNone && len(pending) == 1 && (strings.HasPrefix(rest, "를 잇는") || strings.HasPrefix(rest, "을 잇는") || strings.HasPrefix(rest, " 사이")) {
				slot, btw = slotVia, true // "취안허와 원정리를 잇는 다리": between the two
			}
		}
		if (slot == slotNone || slot == slotIn) && relay.start < 0 && !isRegion(p) && a.relayHolder(i, toks, m) && a.movement(i) {
			relay, slot = m, slotNone // "smugglers in Hyesan receive …": a stop if the goods are handed over there
		}
		if (slot == slotTo || slot == slotFrom) && !si.korean && !si.neg && a.negatedStop(toks, m.start) {
			slot = slotNone // "… so the guns never reached Nampo"; "the cigarettes seized in Sinuiju were not smuggled from Dandong"
		}
		if (slot == slotTo || slot == slotFrom) && !si.korean && fakedStop(toks, m.start) {
			slot = slotNone // "its papers were changed to show that it came from Russia": a false origin
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
		joined := koJoin >= 0 && lastSlot == koJoin && koJoin == len(out)-1 && out[koJoin].slot == slot && !isRegion(p) && !isRegion(&a.r.Places[out[koJoin].place])
		if !joined {
			group++
		}
		for _, pi := range pending {
			out = append(out, slotted{place: pi, pos: m.start - 1, slot: slot, group: group, and: true, btw: btw})
		}
		out = append(out, slotted{place: m.idx, pos: m.start, slot: slot, group: group, and: len(pending) > 0 || joined, btw: btw, subj: subj})
		if joined {
			out[lastSlot].and = true
		}
		pending = pending[:0]
		lastSlot = len(out) - 1
		// "명천과 어랑에서 청진까지": a place listed before another with 과,
		// 와 or 및 took the slot of the list's last member (koSlot) and
		// is one stop with it, both origins of the hop, not two stops.
		koJoin = -1
		if _, ok := koListNext(rest); ok && si.korean {
			koJoin = lastSlot
		}
	}
	if cameFrom >= 0 {
		// "린장에서 넘어온 식용유는 중강에서 … 강계로": the goods came from
		// the first town; the origin named after it is a stop on the way.
		for k := range out {
			if out[k].pos > cameFrom && out[k].slot == slotFrom && !isRegion(&a.r.Places[out[k].place]) {
				out[k].slot = slotVia
				break
			}
		}
	}
	if relay.start >= 0 && len(out) < maxSlotted {
		if x, ok := a.relayStop(i, out, relay); ok {
			group++
			x.group = group
			out = append(out, x)
		}
	}
	if si.capital && len(out) < maxSlotted {
		out = a.capitalStop(i, toks, out)
	}
	if len(out) > 0 && len(out) < maxSlotted {
		out = a.homeStop(toks, out)
	}
	// Clause order: "A before B", "A, then B" keep text order; "B after A"
	// puts the clause after "after" first.
	var keys [8]float64
	var starts [8]int // the token each clause opens with
	nb := 0
	for k := range toks {
		if k == 0 || nb == len(keys)-1 {
			continue
		}
		t := &toks[k]
		hop := t.lx.flags&fClause != 0
		switch {
		case t.w == "after" && k+1 < len(toks) && timeOfDay(toks[k+1].w):
			hop = false // "ferried over the Yalu after dark": a time, no clause
		case hop:
		case t.w == "where":
			// "from where"; "for Namyang, where they cross the river to
			// Tumen": a relative clause that moves the goods on.
			hop = toks[k-1].w == "from" || a.whereTheyMove(toks, k) || a.whereSubjectMoves(toks, k)
		case t.w == "whence":
			// "exported to Dalian, whence they were conveyed to
			// Pyongyang": from where.
			hop = true
		case a.gapHas(toks[k-1].e, t.s, ';'):
			// "…was railed to Helong; the next leg took it to Tonghua": a
			// semicolon closes a step of the journey.
			hop = true
		case t.w == "that" || t.w == "which" || t.w == "who":
			// "onto barges that carry it up the river to Ningbo", "a buyer
			// from Longjing, who took it home": a relative clause of motion
			// is the next hop.
			hop = k+1 < len(toks) && (toks[k+1].lx.flags&fMove != 0 || toks[k+1].lx.ev == evShipment ||
				(k+2 < len(toks) && callAt(toks[k+1].w, toks[k+2].w))) // "a freighter that calls at Rajin"
		case t.w == "and":
			// "and when the river is low …": a clause of its own; so is
			// "and packed into a container for Hong Kong", a new step.
			hop = (k+1 < len(toks) && (verbOfMotion(toks[k+1]) || a.reVerb(toks, k+1) || toks[k+1].w == "when" || toks[k+1].w == "once" || loadWord(toks[k+1].w) || transferWord(toks[k+1].w))) || a.subjectThenMotion(toks, k) || a.timedMotion(toks, k) ||
				(k+1 < len(toks) && (toks[k+1].w == "from" || (k+2 < len(toks) && toks[k+2].w == "from")))
		}
		if hop || ((t.lx.flags&fMove == 0 && verbOfMotion(*t) || t.w == "re" && a.reVerb(toks, k)) && a.gapHas(toks[k-1].e, t.s, ',')) {
			// "and from Chongjin to Nakhodka", "to Khasan, crossed the
			// bridge to Tumangang", "to Jebel Ali, re-exported to Dalian":
			// a new hop.
			nb++
			keys[nb], starts[nb] = float64(nb), k
			if (t.w == "after" && !(k+1 < len(toks) && (toks[k+1].w == "which" || toks[k+1].w == "that" || toks[k+1].w == "this"))) || (t.w == "before" && k+1 < len(toks) && (toks[k+1].w == "that" || toks[k+1].w == "then")) {
				// Not "after which" or "after that": the clause after it
				// comes next ("visits to Vostochny, after which the ships
				// unloaded at Rajin").
				// "…to Pyongyang, and before that they crossed from
				// Dandong": the hop told after came first.
				keys[nb] = keys[nb-1] - 0.5
				if t.w == "before" && nb >= 2 && toks[k-1].w == "and" {
					keys[nb] = keys[nb-2] - 0.5 // ", and before that": "and" opened an empty clause
				}
			}
			for x := range out {
				if out[x].pos > t.s && out[x].clause == float64(nb-1) {
					out[x].clause = float64(nb)
				}
			}
		}
	}
	for c := 1; c <= nb && !si.korean; c++ {
		end := len(toks)
		if c < nb {
			end = starts[c+1]
		}
		if a.peopleClause(i, toks[starts[c]:end]) {
			// "…to Longkou, and the crew flew back to Nampo": people
			// travel in a clause of their own; the goods do not.
			out = slices.DeleteFunc(out, func(x slotted) bool { return x.clause == float64(c) })
		}
	}
	if si.korean {
		// "혜산으로 옮긴 뒤, 장백으로 넘긴다": 뒤, 후 or 다음 after a verb,
		// or a verb joined by "고, ", closes a step of the journey; text
		// order holds.
		sl := a.text[s.start:s.end]
		for off := 0; off < len(sl) && nb < len(keys)-1; {
			k, n := koClauseMark(sl[off:])
			if k < 0 {
				break
			}
			pos := s.start + off + k
			off += k + n
			nb++
			keys[nb] = float64(nb)
			if r := strings.TrimLeft(sl[off:], " "); strings.HasPrefix(r, "그 전에") || strings.HasPrefix(r, "그전에") {
				keys[nb] = keys[nb-1] - 0.5 // "평양까지 왔고, 그 전에는 단둥에서": the earlier hop first
			}
			for x := range out {
				if out[x].pos > pos && out[x].clause == float64(nb-1) {
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

// capitals names the capital of the countries whose trade reports
// speak of "the capital".
var capitals = map[string]string{"KP": "Pyongyang", "CN": "Beijing", "KR": "Seoul", "RU": "Moscow", "JP": "Tokyo"}

// capitalStop adds "the capital" as a stop when it follows a route word
// ("passing through Chongjin before heading on to the capital"): the
// capital of the country of the stop before it, when the report names
// that capital elsewhere.
//
// A sentence that names no stop before it ("sent down the line to the
// capital") means the capital of the country where the goods were left
// by the nearest earlier movement of the same goods.
func (a *analysis) capitalStop(i int, toks []tok, out []slotted) []slotted {
	for k := 1; k < len(toks); k++ {
		if toks[k].w != "capital" || toks[k-1].w != "the" || (k+1 < len(toks) && toks[k+1].w == "of") {
			continue
		}
		slot := a.enSlot(toks, toks[k-1].s)
		if slot != slotTo && slot != slotFrom {
			continue
		}
		at := 0
		for at < len(out) && out[at].pos < toks[k].s {
			at++
		}
		var country string
		switch {
		case at > 0:
			country = a.r.Places[out[at-1].place].Country
		default:
			ts := a.prevTails(i, nil)
			if len(ts) != 1 {
				continue // no stop before it says whose capital
			}
			country = a.r.Places[ts[0]].Country
		}
		name := capitals[country]
		if name == "" {
			continue
		}
		for pi := range a.r.Places {
			if p := &a.r.Places[pi]; p.Name == name && p.Kind == "city" {
				g := 0
				if len(out) > 0 {
					g = out[len(out)-1].group + 1
				}
				return slices.Insert(out, at, slotted{place: pi, pos: toks[k].s, slot: slot, group: g})
			}
		}
	}
	return out
}

// homeStop adds the home town of the people who carry goods "home" as a
// destination: "traders from Hamhung come to Hyesan to buy the pills,
// then carry them home by train" ends in Hamhung. The town is the one
// place after "from" that follows a noun of people or actors in the
// sentence; it otherwise fills no slot.
func (a *analysis) homeStop(toks []tok, out []slotted) []slotted {
	for k := 1; k < len(toks); k++ {
		if toks[k].w != "home" {
			continue
		}
		carry := false
		for j := k - 1; j >= max(0, k-3); j-- {
			if w := toks[j].w; toks[j].lx.ev == evShipment || w == "take" || w == "takes" || w == "took" || w == "taking" || w == "taken" {
				carry = true
				break
			}
		}
		if !carry {
			continue
		}
		home := -1
		for j := 1; j+1 < len(toks); j++ {
			if toks[j].w != "from" || !(toks[j-1].lx.flags&fActor != 0 || peopleNoun(toks[j-1].w)) {
				continue
			}
			for _, m := range a.ms {
				if m.kind == mPlace && m.start == toks[j+1].s {
					if home >= 0 && home != m.idx {
						return out // people from two towns: whose home?
					}
					home = m.idx
				}
			}
		}
		if home < 0 || isRegion(&a.r.Places[home]) {
			return out
		}
		at := 0
		for at < len(out) && out[at].pos < toks[k].s {
			at++
		}
		if at == 0 {
			return out // "carry them home" with no stop before it
		}
		return slices.Insert(out, at, slotted{place: home, pos: toks[k].s, slot: slotTo, group: out[len(out)-1].group + 1})
	}
	return out
}

// placeAt reports whether a place mention of ms starts at offset pos.
func placeAt(ms []mref, pos int) bool {
	for _, m := range startingAt(ms, pos) {
		if m.start > pos {
			return false
		}
		if m.start == pos && m.kind == mPlace {
			return true
		}
	}
	return false
}

// startingAt returns the tail of ms (sorted by start) from the first mention
// starting at or after pos: a binary search, so that a sentence with
// thousands of mentions is not scanned once per word.
func startingAt(ms []mref, pos int) []mref {
	i, _ := slices.BinarySearchFunc(ms, pos, func(m mref, p int) int { return m.start - p })
	return ms[i:]
}

// possessive returns the length of a possessive "'s " (or "’s ") that s
// starts with, else 0.
func possessive(s string) int {
	for _, p := range [...]string{"'s ", "’s "} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

// koClauseMark returns the offset and length of the first Korean clause
// mark in s ("뒤,", " 후 ", "다음에", a verb joined by "고, ", or the end
// of a clause that says where goods arrived or were moved, "신의주로 들어온
// 밀가루를", "칭다오항으로 옮겨져"),
// or -1.
func koClauseMark(s string) (int, int) {
	best, n := -1, 0
	for _, m := range [...]string{" 뒤,", " 뒤 ", " 뒤에", " 후,", " 후 ", " 후에", " 다음,", " 다음 ", " 다음에", "고, ", "\"며 ", "\"면서 ",
		"갔다가, ", "왔다가, ", "다가 ", "하자 ", "하자, ", "오자 ", "오자, ", "되자 ", "되자, ", "닿자 ", "넘기자 ", "옮기자 ", "건너자 ", "내리자 ", "싣자 ", "가자 ", "내리면 ", "내리면, ", "부리면 ", "부리면, ", "도착하면 ", "도착하면, ", "닿으면 ", "닿으면, ", "들어오면 ", "들어오면, ", "넘어오면 ", "넘어오면, ", "하역되어 ", "하역돼 ", "하역해 ", "하역된 ", "들어온 ", "도착한 ", "모인 ", "쌓인 ", "내린 ", "부린 ", "부려진 ", "넘어온 ", "건너온 ", "옮겨져 ", "옮겨진 ", "넘어간 ", "모아 둔 ", "모아 놓은 ", "모아둔 ",
		// "나선으로 들어와 청진까지 간다": arrived, then on.
		"들어와 ", "넘어와 ", "건너와 ", "도착해 ", "도착하여 ", "닿아 ",
		// "톈진항에 닿으며, 거기서 … 허베이성으로": on from there.
		"며, 거기서", "며, 그곳에서", "며, 이곳에서"} {
		if k := strings.Index(s, m); k >= 0 && (best < 0 || k < best) {
			best, n = k, len(m)
		}
	}
	if k, m := pastMyeo(s); k >= 0 && (best < 0 || k < best) {
		best, n = k, m
	}
	if k, m := koAseo(s); k >= 0 && (best < 0 || k < best) {
		best, n = k, m
	}
	return best, n
}

// koAseo returns the offset and length of the first connective -아서 or
// -어서 ending a verb ("싼허까지 옮겨서 회령으로", "사서", "실어서"), or -1:
// 서 and a space or comma after a syllable with no final consonant whose
// vowel is ㅏ, ㅐ, ㅓ, ㅕ, ㅘ or ㅝ. 에서 and 로서 (from, as) have other
// vowels.
func koAseo(s string) (int, int) {
	return koEnding(s, "서", func(r rune) bool {
		if (r-0xAC00)%28 != 0 {
			return false
		}
		switch (r - 0xAC00) / 28 % 21 {
		case 0, 1, 4, 6, 9, 14: // ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ
			return true
		}
		return false
	})
}

// pastMyeo returns the offset and length of the first "으며 " or "으며, "
// that joins a verb in the past tense to the next clause ("나진항으로
// 되돌아왔으며, 밀가루는 다시 청진까지"), or -1: the syllable before it ends
// in ㅆ. A quotative "라며" or a present "하며" has no ㅆ and joins no
// clauses of a journey.
func pastMyeo(s string) (int, int) {
	return koEnding(s, "으며", func(r rune) bool { return (r-0xAC00)%28 == 20 })
}

// koEnding returns the offset and length (with the space or ", " after it)
// of the first connective ending that closes a word of s and follows a
// Hangul syllable for which syllable holds, or -1.
func koEnding(s, ending string, syllable func(rune) bool) (int, int) {
	for off := 0; ; {
		k := strings.Index(s[off:], ending)
		if k < 0 {
			return -1, 0
		}
		k += off
		off = k + len(ending)
		n := len(ending)
		switch {
		case strings.HasPrefix(s[off:], ", "):
			n += 2
		case strings.HasPrefix(s[off:], " "):
			n++
		default:
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:k]); r >= 0xAC00 && r <= 0xD7A3 && syllable(r) {
			return k, n
		}
	}
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
	if (toks[k].w == "the" || toks[k].w == "a" || toks[k].w == "an") && k > 0 && a.cleanGap(toks[k-1].e, toks[k].s) {
		k--
	}
	prev := ""
	if k > 0 {
		prev = toks[k-1].w
	}
	if toks[k].w == "of" && k > 0 && portWord(prev) {
		// "from the port of Nampo", "leave the city of Rajin", "from the
		// Chinese port of Dalian": the slot of the phrase the place names.
		for j := k - 1; j >= max(1, k-3); j-- {
			if sl := a.enSlot(toks, toks[j].s); sl != slotNone {
				return sl
			}
			if w := toks[j-1].w; w == "the" || w == "a" || toks[j-1].lx.ev != 0 || toks[j-1].lx.flags&(fMove|fClause) != 0 {
				break
			}
		}
	}
	if toks[k].w == "of" && prev == "way" && k >= 2 && toks[k-2].w == "by" {
		return slotVia // "by way of Dalian, Osaka and Busan"
	}
	if waitFor(toks, k) {
		return slotNone // "nobody wants to wait for a truck through Sinuiju": waiting moves nothing
	}
	if (toks[k].w == "on" || toks[k].w == "off") && k == 0 {
		return slotIn // "On Sindo the boxes are handed to …", "Off Zhoushan the coal was transferred …": where, like an opening "At" or "In"
	}
	if (toks[k].w == "in" || toks[k].w == "at") && transferWord(prev) && k > 0 && a.cleanGap(toks[k-1].e, toks[k].s) && destAfter(toks, pos) {
		// "transshipped at Busan onto a vessel for Dalian": where the
		// cargo changed carriers on its way to the place named next.
		return slotVia
	}
	if (toks[k].w == "in" || toks[k].w == "at") && stopAt(toks, k) {
		return slotTo // "the convoy stops overnight in Chongjin before it continues to Wonsan": a stop on the way
	}
	if callAt(prev, toks[k].w) {
		return slotTo // "the ship then called at Yantai": a port of call on the way
	}
	if (toks[k].w == "is" || toks[k].w == "was") && prev == "destination" {
		return slotTo // "Their destination is Yingkou", "the cargo's final destination was Nampo"
	}
	if toks[k].w == "of" && prev == "out" && k >= 2 && a.cleanGap(toks[k-2].e, toks[k-1].s) {
		// "railed out of Tanchon", "the boat slips out of Zarubino": a
		// verb of motion or carriage leaves the place; "ran out of",
		// "priced out of" move nothing.
		if v := toks[k-2]; v.lx.flags&fMove != 0 || v.lx.ev == evShipment || v.lx.ev == evCrossing {
			return slotFrom
		}
	}
	if (toks[k].w == "in" || toks[k].w == "at") && a.transferredOnto(toks, k) {
		return slotVia // "moved onto a smaller vessel in Yingkou": a stop on the way, not its end
	}
	if toks[k].w == "at" && k >= 3 && toks[k-3].w == "off" && toks[k-1].lx.flags&fCarrier != 0 && (toks[k-2].w == "the" || toks[k-2].w == "a") {
		return slotTo // "my tyres come off the ship at Nampo": where the goods were landed
	}
	if (toks[k].w == "at" || toks[k].w == "in") && k >= 2 && collectedAt(toks, k) {
		for j := k + 1; j < len(toks); j++ {
			if dropOff(toks, j) {
				return slotFrom // "picked the televisions up in Yanji and dropped them in Tumen": where the trip starts
			}
		}
		return slotTo // "Chinese buyers collected it at Tumen": where the goods were handed over
	}
	if toks[k].w == "on" && k+1 < len(toks) && toks[k+1].w == "the" && a.sideOf(toks, k, pos) {
		return slotTo // "stacked on the Ji'an side": where the goods were put down
	}
	if (toks[k].w == "in" || toks[k].w == "at") && a.loadedOnto(toks, k) {
		return slotFrom // "loaded onto wagons at Mudanjiang": where the goods start
	}
	if a.loadedNear(toks, k) {
		return slotFrom // "loaded onto flatcars at a siding outside Khabarovsk"
	}
	switch toks[k].w {
	case "near", "off", "in", "at", "around":
		// Eight words back: "dug and washed at a small mine near Huichon".
		for j := k - 1; j >= max(0, k-8) && a.clauseGap(toks[j].e, toks[j+1].s); j-- {
			if makeVerb(toks[j].w) {
				if a.regionAt(pos) {
					break // "produced in Heilongjiang Province", "gathered in the North": no town to start from
				}
				return slotFrom // "clams caught off Haeju are sold at sea and landed in China"
			}
			if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fMove|fActor|fSpeaker) != 0 || toks[j].w == "to" || toks[j].w == "into" || toks[j].w == "from" {
				break
			}
		}
	}
	if toks[k].w == "off" {
		// "the dredger loading sand off Haeju", "filled its hold with sand
		// off Haeju": a ship loading at sea off a town starts its trip
		// there.
		for j := k - 1; j >= max(0, k-6) && a.clauseGap(toks[j].e, toks[j+1].s); j-- {
			if w := toks[j].w; w == "loading" || w == "loaded" || w == "loads" || w == "load" || w == "filled" || w == "fills" {
				return slotFrom
			}
			if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fMove) != 0 {
				break
			}
		}
	}
	switch toks[k].w {
	case "near", "outside", "off", "of", "in", "at", "around", "beside":
		if a.toPhrase(toks, k) {
			return slotTo // "to waters near Ningbo", "to a compound outside Kanggye"
		}
		if toks[k].w != "of" && toks[k].w != "beside" && a.fromPhrase(toks, k) {
			return slotFrom // "from farms around Kaesong", "from a mine in Songgan County"
		}
	}
	switch toks[k].w {
	case "near", "off", "outside", "in", "at":
		if metAt(toks, k) {
			return slotVia // "met the tanker Kum Song in waters off Zhoushan": where the ships meet, the cargo passes
		}
	}
	switch toks[k].w {
	case "near", "off", "outside", "in", "at":
		span := 4
		for j := k - 1; j >= max(0, k-8) && (a.clauseGap(toks[j].e, toks[j+1].s) || thousands(a.text, toks[j], toks[j+1])); j-- {
			if toks[j].lx.flags&fArrive != 0 && (k-j <= span || a.cargoBetween(toks, j, k) || bankBetween(toks, j, k) || a.moorBetween(toks, j, k)) {
				return slotTo // "arriving in Rason", "unloaded at Dalian", "reappeared on October 7 at Nakhodka", "dropped anchor near Zhoushan"
			}
			if sighted(toks, j) && k-j <= span {
				return slotTo // "images show the same tanker at Nampo", "the vessel was spotted off Wonsan"
			}
			if handOver(toks, j) && k-j <= span+1 {
				return slotTo // "handed over in Changbai", "delivered at the Tumen depot": where the goods changed hands at the end of their way
			}
			if dropOff(toks, j) && k-j <= span+2 {
				return slotTo // "arriving in Rason", "unloaded at Dalian", "reappeared on October 7 at Nakhodka", "dropped anchor near Zhoushan"
			}
			if (toks[j].w == "later" || toks[j].w == "earlier") && j > 0 && unitWord(toks[j-1].w) {
				span += 3 // "turned up a week later at Caofeidian": a span of time, no clause
				continue
			}
			if toks[j].lx.flags&(fClause|fActor|fSpeaker|fMove) != 0 || toks[j].lx.ev != 0 || toks[j].w == "from" || toks[j].w == "and" || toks[j].w == "to" {
				break
			}
		}
	}
	if w := toks[k].w; w == "near" || w == "outside" || w == "around" {
		for j := k; j >= max(2, k-8); j-- {
			if endUp(toks, j) && a.clauseGap(toks[j].e, toks[k].s) {
				return slotTo // "before ending up on a state farm near Sariwon"
			}
		}
	}
	switch toks[k].w {
	case "from":
		if a.facingFrom(toks, k) {
			return slotNone // "Changbai, the county town across the river from Hyesan": where a town lies
		}
		if k > 0 && (toks[k-1].lx.flags&(fActor|fSpeaker) != 0 || peopleNoun(toks[k-1].w)) {
			return slotNone // "traders from North Korea", "crew members from Myanmar" say who, not where goods start
		}
		if a.peopleCount(toks, k) {
			return slotNone // "its crew of 25, from Indonesia": who, not where goods start
		}
		if callFrom(toks, k) {
			return slotNone // "orders placed by phone from Hoeryong": whence word came, not goods
		}
		if k > 0 && managedWord(toks[k-1].w) {
			return slotNone // "flagged in Sierra Leone and managed from Hong Kong": where the ship is run from, not where goods start
		}
		return slotFrom
	case "leaving", "left", "departed", "leave", "leaves":
		return slotFrom
	case "to", "into", "toward", "towards", "reaching", "reached", "reach", "reaches", "entering", "entered", "enter", "enters":
		switch prev {
		case "close", "according", "due", "next", "belonging", "belongs", "belong", "linked", "subordinate",
			"attached", "related", "similar", "compared", "owned", "thanks", "loyal", "akin", "adjacent":
			// "a company belonging to the Yanggang committee": who, not where
			return slotNone
		}
		return slotTo
	case "for":
		if prev == "bound" || prev == "destined" || prev == "sailed" || prev == "headed" || prev == "head" || prev == "heads" || prev == "heading" {
			return slotTo
		}
		if compass(prev) && k >= 2 && (toks[k-2].lx.flags&fMove != 0 || toks[k-2].lx.ev == evShipment || toks[k-2].w == "turned" || toks[k-2].w == "set") {
			return slotTo // "the train turned south for Khasan", "sailed north for Zarubino"
		}
		if k > 0 && toks[k-1].lx.flags&fCarrier != 0 && a.cleanGap(toks[k-1].e, toks[k].s) {
			return slotTo // "loaded on trucks for Namyang": where the carrier goes
		}
		if k >= 2 && setOff(toks, k-2) && a.cleanGap(toks[k-2].e, toks[k-1].s) && a.cleanGap(toks[k-1].e, toks[k].s) {
			return slotTo // "the barges set out for Nampo"
		}
		// "left Dandong for Sinuiju", "left the port of Zarubino for
		// Rason": the place after a departure.
		for j := k - 1; j >= max(0, k-6); j-- {
			if w := toks[j].w; w == "left" || w == "leave" || w == "leaves" || w == "leaving" || w == "departed" {
				return slotTo
			}
			if toks[j].lx.flags&fClause != 0 || toks[j].lx.ev != 0 || !a.cleanGap(toks[j].e, toks[j+1].s) {
				break
			}
		}
	case "via", "through", "across", "over":
		return slotVia
	case "until":
		if a.movesIn(toks) && !a.verbAfter(toks, pos) {
			// "carried through Kazakhstan until the Khorgos border port";
			// not "kept in Dandong until Sinuiju customs reopened", a time.
			return slotTo
		}
	case "as":
		if k >= 2 && prev == "far" && toks[k-2].w == "as" {
			return slotTo // "in reverse as far as Dalian"
		}
	case "passing", "passes", "passed":
		// "the train is passing the Khasan station", "passed Sinuiju on
		// the way": a stop on the way, named as the verb's object.
		if k+1 < len(toks) && toks[k+1].s == pos || k+2 < len(toks) && toks[k+2].s == pos && toks[k+1].w == "the" {
			return slotVia
		}
	case "in", "at":
		for j := k; j >= max(2, k-8); j-- {
			if endUp(toks, j) && a.clauseGap(toks[j].e, toks[k].s) {
				return slotTo // "the goods end up in state shops in Pyongyang"
			}
		}
		if a.clearedAt(toks, pos) {
			return slotIn // "cleared customs at Rajin": where the goods were, not who speaks
		}
		if k > 0 && toks[k-1].lx.flags&(fActor|fSpeaker) != 0 {
			for j := k - 2; j >= max(0, k-5) && a.clauseGap(toks[j].e, toks[k].s) && !buyerNoun(toks[k-1].w); j-- {
				if toks[j].w == "from" || ((toks[j].w == "by" || toks[j].w == "through" || toks[j].w == "via" || toks[j].w == "at") && j > 0 && toks[j-1].lx.ev == evProcurement && toks[j-1].lx.flags&fMove == 0) {
					return slotFrom // "bought from wholesalers in Yanji", "bought by a dealer in Yanji", "bought through firms in Shenzhen", "bought at a dealer in Tonghua"
				}
			}
			if a.senderAt(toks, k) {
				return slotFrom // "the Chinese merchant in Changbai is sending it to Yanji"
			}
			return slotNone // "traders in China", "a source in Dandong"
		}
		if k > 0 && (peopleNoun(prev) || prev == "officers" || prev == "guards") {
			for j := k - 2; j >= max(0, k-5) && a.clauseGap(toks[j].e, toks[k].s); j-- {
				if toks[j].w == "from" {
					return slotFrom // "buy roots from farm workers in Kaesong"
				}
			}
			if peopleNoun(prev) && a.senderAt(toks, k) {
				return slotFrom // "North Korean workers in Khabarovsk packed parcels of clothes and took the train to Vladivostok"
			}
			return slotNone // "Russian inspectors at Zarubino rarely open anything loaded onto a boat": who, not where goods go
		}
		if prev == "loaded" || prev == "reloaded" {
			return slotFrom // "loaded at Wonsan"
		}
		if k > 0 && worksNoun(prev) && a.worksSends(toks, k) {
			return slotFrom // "A plant in Hunchun thaws the crabs, repacks them and sends them on to Qingdao"
		}
		// "loaded 5,000 tonnes of coal at Nampo", "packed in Hunchun":
		// the loading or packing place is where the trip starts (as is
		// "loading sand off Haeju", below).
		for j := k - 1; j >= max(0, k-12); j-- {
			w := toks[j].w
			if w == "loaded" || w == "load" || w == "loads" || w == "loading" || w == "reloaded" || w == "packed" || w == "repacked" || w == "crated" || stowWord(w) || pickUp(toks, j) {
				return slotFrom // "picked the televisions up in Yanji"
			}
			if w == "on" && j > 0 && takeOn(toks[j-1].w) && j+1 < k {
				return slotFrom // "took on diesel at Vostochny": a ship loading fuel or cargo
			}
			if toks[j].lx.ev != 0 || w == "and" || w == "," {
				break
			}
		}
		return slotIn
	}
	return slotNone
}

// pickUp reports whether toks[j] is a verb of picking goods up ("picked
// up the sacks", "picks them up"): where the goods were taken on.
func pickUp(toks []tok, j int) bool {
	switch toks[j].w {
	case "picked", "pick", "picks", "picking":
	default:
		return false
	}
	if j+1 >= len(toks) {
		return false
	}
	if toks[j+1].w == "up" {
		return true
	}
	if toks[j+1].lx.flags&(fAnaphor|fDet|fGoodsNoun) == 0 {
		return false
	}
	for x := j + 2; x < len(toks) && x <= j+5; x++ {
		if toks[x].w == "up" {
			return true
		}
	}
	return false
}

// sighted reports whether toks[j] is a verb of seeing whose object or
// subject near it is a carrier ("the tanker was spotted", "images show the
// same tanker"): where the carrier got to.
func sighted(toks []tok, j int) bool {
	switch toks[j].w {
	case "seen", "spotted", "sighted", "photographed", "observed", "show", "shows", "showed", "shown", "pictured", "tracked":
	default:
		return false
	}
	for x := max(0, j-4); x < len(toks) && x <= j+4; x++ {
		if x != j && toks[x].lx.flags&fCarrier != 0 {
			if x > 0 {
				switch toks[x-1].w {
				case "another", "other", "different", "second", "separate":
					return false // "images show another tanker at Nampo": not the one that loaded
				}
			}
			return true
		}
	}
	return false
}

// waitFor reports whether the place word toks[k] ("through", "to",
// "via") ends a phrase of waiting for a carrier: "wait for a truck
// through Sinuiju", "waiting for the next train to Tumen", "waited weeks
// for a ship to Nampo". Waiting tells no movement.
func waitFor(toks []tok, k int) bool {
	switch toks[k].w {
	case "through", "via", "to", "into", "for":
	default:
		return false
	}
	carrier := false
	for j := k - 1; j >= max(0, k-6); j-- {
		t := toks[j]
		switch {
		case t.lx.flags&fCarrier != 0, t.w == "truck", t.w == "lorry", t.w == "flight", t.w == "plane", t.w == "ferry":
			carrier = true
		case t.w == "wait" || t.w == "waits" || t.w == "waited" || t.w == "waiting":
			return carrier
		case t.lx.ev != 0 || t.lx.flags&(fMove|fClause) != 0 || t.w == "and" || t.w == ",":
			return false
		}
	}
	return false
}

// metAt reports whether the place word toks[k] ("off", "near", "in")
// ends the place where one ship met another: "met the tanker Kum Song in
// waters off Zhoushan", "rendezvoused with a Korean freighter near
// Zhoushan", "the two vessels met at sea off Dalian". A carrier must be
// named with the verb, so people who meet ("the traders met in Dandong")
// are no such stop.
func metAt(toks []tok, k int) bool {
	carrier := false
	for j := k - 1; j >= max(0, k-14); j-- {
		t := toks[j]
		if t.lx.flags&fCarrier != 0 {
			carrier = true
		}
		switch t.w {
		case "met", "meet", "meets", "meeting", "rendezvoused", "rendezvous", "rendezvousing":
			if !carrier {
				for x := max(0, j-4); x < j; x++ {
					if toks[x].lx.flags&fCarrier != 0 || toks[x].w == "it" {
						carrier = true
					}
				}
			}
			return carrier
		case "and", "but", "which", "who", "where", "while", "when":
			return false
		}
		if t.lx.flags&fClause != 0 || t.lx.ev != 0 {
			return false
		}
	}
	return false
}

// handOver reports whether toks[j] is a verb of handing goods over at the
// end of a trip: "handed over in Changbai", "turned over at Hunchun",
// "delivered in Tumen".
func handOver(toks []tok, j int) bool {
	switch toks[j].w {
	case "delivered":
		return true
	case "handed", "turned":
		return j+1 < len(toks) && toks[j+1].w == "over"
	}
	return false
}

// dropOff reports whether toks[j] is a verb of setting goods down ("dropped
// them at", "dropped off the cargo in"), not prices that dropped.
func dropOff(toks []tok, j int) bool {
	switch toks[j].w {
	case "dropped", "drop", "drops", "dropping":
	default:
		return false
	}
	return j+1 < len(toks) && (toks[j+1].w == "off" || toks[j+1].lx.flags&(fAnaphor|fDet|fGoodsNoun) != 0)
}

// negatedStop reports whether the destination at offset pos is denied:
// its verb ("never reached Nampo", "did not go on to Pyongyang") is
// negated, though the sentence states another movement.
func (a *analysis) negatedStop(toks []tok, pos int) bool {
	k := tokBefore(toks, pos)
	if k < 0 || freeRelative(toks, 0) >= 0 {
		return false // "Whatever we don't sell goes on to Pyongyang": the negation is the subject's
	}
	if toks[k].w == "the" && k > 0 {
		k--
	}
	for j := k; j >= max(0, k-4); j-- {
		if j < k && !a.clauseGap(toks[j].e, toks[j+1].s) {
			return false
		}
		t := toks[j]
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing {
			return a.negatedAt(toks, j)
		}
		if t.lx.ev != 0 || t.lx.flags&fClause != 0 {
			return false
		}
	}
	return false
}

// fakedStop reports whether the place at offset pos is one that forged
// or altered papers make the goods seem to come from or go to: a word of
// pretence ("to show that it came from", "appeared to be bound for",
// "stating") shortly after a word of falsification ("changed", "forged",
// "replaced the paperwork", "fake"). "Customs records show that the coal
// came from Vladivostok" states a real origin.
func fakedStop(toks []tok, pos int) bool {
	k := tokBefore(toks, pos)
	for j := k; j >= max(1, k-8); j-- {
		switch toks[j].w {
		case "show", "shows", "showed", "showing", "appear", "appears", "appeared", "appearing", "look", "looked",
			"suggest", "suggested", "suggesting", "claim", "claimed", "claiming", "stating", "stated", "indicate", "indicating":
		default:
			continue
		}
		for f := j - 1; f >= max(0, j-8); f-- {
			switch toks[f].w {
			case "changed", "altered", "forged", "falsified", "doctored", "faked", "fake", "false", "bogus", "fraudulent",
				"replaced", "rewrote", "rewritten", "relabelled", "relabeled", "disguised", "forging", "falsifying", "altering":
				return true
			}
		}
		return false
	}
	return false
}

// producersOf reports whether place mention m opens its sentence (after
// "the" at most) as the modifier of a noun of those who make or grow
// goods ("Hoeryong growers", "the Musan miners"), the subject of the
// sentence's trade: the goods start there.
func (a *analysis) producersOf(toks []tok, m mref) bool {
	k := tokBefore(toks, m.start)
	if k > 0 || (k == 0 && toks[0].w != "the") {
		return false
	}
	n := tokBefore(toks, m.end) + 1
	if n >= len(toks) || !a.cleanGap(m.end, toks[n].s) {
		return false
	}
	switch toks[n].w {
	case "growers", "farmers", "miners", "fishermen", "foragers", "pickers", "producers", "farms", "mines", "factories", "smelters":
		return true
	}
	return false
}

// collectedAt reports whether the "at" or "in" at token k follows a verb
// of picking goods up and its object ("collected it at", "picked the
// cargo up at"): where the goods were handed over.
func collectedAt(toks []tok, k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch toks[j].w {
		case "collected", "collect", "collects", "collecting", "picked", "pick", "picks":
			return j+1 < k && toks[j+1].lx.flags&(fAnaphor|fDet|fGoodsNoun) != 0
		}
		if toks[j].lx.ev != 0 || toks[j].lx.flags&(fMove|fClause) != 0 || toks[j].w == "from" {
			return false // "collect them from smugglers in Hoeryong": whence
		}
	}
	return false
}

// compass reports whether w is a direction of travel.
func compass(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northward", "southward", "eastward", "westward":
		return true
	}
	return false
}

// destAfter reports whether a word that heads a destination ("to",
// "into", "for", "toward") follows offset pos in toks.
func destAfter(toks []tok, pos int) bool {
	for k := tokBefore(toks, pos) + 1; k < len(toks); k++ {
		switch toks[k].w {
		case "to", "into", "for", "toward", "towards":
			return true
		}
	}
	return false
}

// movesIn reports whether toks have a verb of motion or shipment.
func (a *analysis) movesIn(toks []tok) bool {
	for _, t := range toks {
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment {
			return true
		}
	}
	return false
}

// verbAfter reports whether a verb follows offset pos in its clause (a
// word of trade or motion, a form of "be", or a word in -ed): the place at
// pos opens a clause of its own.
func (a *analysis) verbAfter(toks []tok, pos int) bool {
	for k := tokBefore(toks, pos) + 1; k < len(toks); k++ {
		t := toks[k]
		if t.s > pos && !a.clauseGap(toks[k-1].e, t.s) {
			return false
		}
		if t.s <= pos {
			continue
		}
		switch t.w {
		case "is", "are", "was", "were", "be", "been", "has", "have", "had":
			return true
		}
		if t.lx.ev != 0 || t.lx.flags&fMove != 0 || strings.HasSuffix(t.w, "ed") {
			return true
		}
	}
	return false
}

// stopAt reports whether the "in" or "at" at token k follows, at most
// one word on, a verb of stopping on a journey ("stops overnight in
// Chongjin", "stopped briefly at Yantai"); "stopped at the border by
// guards" and "refused at Quanhe" also tell how far the goods got.
func stopAt(toks []tok, k int) bool {
	for j := k - 1; j >= max(0, k-2); j-- {
		switch toks[j].w {
		case "stop", "stops", "stopped", "stopping", "overnighted", "overnights", "paused", "pauses":
			return j == k-1 || toks[j+1].w == "overnight" || toks[j+1].w == "briefly" || toks[j+1].w == "first" || toks[j+1].w == "again"
		case "refused", "rejected":
			return j == k-1 // "was refused at Quanhe": the goods got that far
		}
	}
	return false
}

// callAt reports whether w and next are a port call: "called at",
// "calls at".
func callAt(w, next string) bool {
	return next == "at" && (w == "called" || w == "calls" || w == "calling" || w == "call")
}

// buyerNoun reports whether w names those who buy the goods: "fetches
// 9,000 yuan from buyers in Tumen" sells there; the goods do not come
// from there.
func buyerNoun(w string) bool {
	switch w {
	case "buyer", "buyers", "customers", "customer", "clients", "client", "purchasers", "importers", "importer":
		return true
	}
	return false
}

// takeOn reports whether w is a form of "take" that, with "on" and an
// object, means loading cargo or fuel ("took on diesel at Vostochny").
func takeOn(w string) bool {
	switch w {
	case "take", "takes", "took", "taking", "taken":
		return true
	}
	return false
}

// toPhrase reports whether token k ends a short noun phrase headed by a
// destination "to" or "into" in the same clause ("to the Russian Far East
// port of", "to processing workshops in"): the place after it is where
// the goods go, not a second stop.
func (a *analysis) toPhrase(toks []tok, k int) bool {
	ppl := false
	for j := k - 1; j >= max(1, k-6); j-- {
		t := toks[j]
		if t.lx.ev != 0 || t.lx.flags&(fClause|fSpeaker) != 0 || !a.clauseGap(t.e, toks[k].s) {
			return false
		}
		switch t.w {
		case "is", "are", "was", "were", "be", "been":
			return false // "the logs that reached Hamhung in May were cut near Vanino": another verb
		case "relatives", "family", "families", "friends", "people", "officials", "workers", "residents":
			ppl = true // "calls to relatives in South Korea"; but "the goods went by bus to their families in Hamhung"
		case "in", "at":
			if j > 0 && toks[j-1].lx.flags&fArrive != 0 {
				return j+1 < k // "unload at cold stores in Hunchun"
			}
		case "to", "into", "toward", "towards":
			if w := toks[j+1].w; w == "have" || w == "be" || w == "been" {
				return false // "appeared to have landed outside Japan's waters"
			}
			if ppl && !a.goodsGoTo(toks, j) {
				return false
			}
			return j+1 < k && !relationWord(toks[j-1].w)
		case "reached", "reaching", "reaches", "reach":
			// "reached wholesalers in Sariwon"; not "reached 5,000 won in
			// Hyesan", a price.
			for x := j + 1; x < k; x++ {
				if isNumber(toks[x].w) {
					return false
				}
			}
			return j+1 < k
		case "for":
			// "bound for markets in Sinuiju"
			return j > 0 && (toks[j-1].w == "bound" || toks[j-1].w == "destined") && j+1 < k
		case "and", "or", "from", "by", "with", "than", "via", "through", "across", "under", "during", "without", "despite":
			return false // "into containers under the supervision of the Rason committee"
		}
	}
	return false
}

// goodsGoTo reports whether the "to" at token j follows, at most four
// words back in its clause, a verb of motion or shipment whose subject or
// object is goods: "the goods went by bus to", "sent the parcels to".
func (a *analysis) goodsGoTo(toks []tok, j int) bool {
	for q := j - 1; q >= max(0, j-4) && a.clauseGap(toks[q].e, toks[q+1].s); q-- {
		t := toks[q]
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment {
			for p := max(0, q-3); p < min(len(toks), q+4); p++ {
				if toks[p].lx.flags&(fGoodsNoun|fAnaphor) != 0 && p != q {
					return true
				}
			}
			return false
		}
	}
	return false
}

// fromPhrase reports whether token k ends a short noun phrase of things
// headed by an origin "from" in the same clause ("from farms around",
// "from the estuary near", "from a mine in"): the place after it is where
// the goods come from. A phrase of people or sources ("from relatives in",
// "from a source in") or a "from" of distance or exception ("far from",
// "apart from") is none.
func (a *analysis) fromPhrase(toks []tok, k int) bool {
	for j := k - 1; j >= max(1, k-5); j-- {
		t := toks[j]
		switch t.w {
		case "left", "leaving", "leaves", "departed":
			// "The flour left a mill in Novosibirsk": the works the goods
			// left are where they start.
			if j+2 >= k || !a.clauseGap(t.e, toks[k].s) || !(toks[j+1].lx.flags&fDet != 0 || toks[j+1].w == "a" || toks[j+1].w == "an") {
				return false
			}
			return worksNoun(toks[k-1].w) || toks[k-1].w == "mine" || toks[k-1].w == "yard" || toks[k-1].w == "farm"
		}
		if t.lx.ev != 0 || t.lx.flags&(fClause|fSpeaker|fActor|fMove) != 0 || peopleNoun(t.w) || !a.clauseGap(t.e, toks[k].s) {
			return false
		}
		if c := a.text[t.s]; c >= 'A' && c <= 'Z' {
			return false // "from the Musan mine in North Hamgyong": the place before takes the slot
		}
		switch t.w {
		case "relatives", "family", "families", "friends", "officials", "residents", "people":
			return false
		case "from":
			if j+1 >= k {
				return false
			}
			switch toks[j-1].w {
			case "kilometres", "kilometers", "km", "miles", "metres", "meters", "far", "away", "apart", "aside", "different", "distinct", "except", "judging", "free", "released", "escaped", "defected", "fled":
				return false
			}
			if toks[j-1].lx.flags&(fActor|fSpeaker) != 0 || peopleNoun(toks[j-1].w) {
				return false
			}
			for i := j - 1; i >= max(0, j-8) && a.clauseGap(toks[i].e, toks[j].s); i-- {
				if w := toks[i].w; w == "to" || w == "into" {
					return false // "brought to the port by train from factories in Jagang": the stop named first is no place
				}
			}
			return true
		case "to", "into", "and", "or", "by", "with", "than", "via", "through", "across", "in", "at", "of", "for", "on":
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
	if r, ok := strings.CutPrefix(rest, "에서 온 "); ok && koPeople(r) {
		return slotNone // "평성에서 온 도매상들이": who, not where goods start
	}
	if strings.HasPrefix(rest, "의 ") && koRecipient(rest[len("의 "):]) {
		return slotTo // "장백의 중국 상인에게 넘기고": handed to the merchants of Changbai
	}
	if strings.HasPrefix(rest, "의 ") && koBuyers(rest[len("의 "):]) {
		return slotFrom // "퉁화의 도매상들이 사들인 자전거는": bought by the wholesalers of Tonghua, there
	}
	if r, ok := koListNext(rest); ok {
		// "평성과 순천으로": a place listed before another takes the
		// slot of the list's last member.
		for _, kp := range koParticles {
			if strings.HasSuffix(r, kp.p) {
				return kp.slot
			}
		}
		if k := strings.Index(rest, r); k >= 0 && strings.HasSuffix(r, "의") {
			// "재령과 신천의 농장 창고로": the facility of the list's last
			// member gives the slot.
			return koFacility(rest[k+len(r)-len("의"):])
		}
		return slotNone
	}
	for _, suf := range [...]string{"", "시", "군", "현", "항", "도", "성", "리", "구", "읍", "역"} {
		if !strings.HasPrefix(rest, suf) {
			continue
		}
		r := rest[len(suf):]
		// "청진 수남시장으로", "훈춘의 도매시장에서", "라선의 무역회사 창고에
		// 모인", "나진항 저유소에 내린": a market, depot, port or station
		// of the place, one or two words on.
		if sl := koFacility(r); sl != slotNone {
			return sl
		}
		// "원정리 세관을 거쳐", "나홋카항구로": the post or port of the place.
		for _, post := range [...]string{"", " 세관", "세관", " 해관", "해관", " 다리", " 철교", "구", " 쪽", " 방향", " 일대", " 항", " 항구", " 앞바다", "앞바다", " 앞 바다", " 근해", " 외항", " 부두", "부두"} {
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

// koAddress reports whether region p, at mention m, opens a Korean
// address: the next place of ms follows it after one space and lies
// inside it ("자강도 강계시", "지린성 창춘", "중국 지린성"), so that the town
// names the stop and the region only says where the town is.
func (a *analysis) koAddress(ms []mref, m mref, p *model.Place) bool {
	if m.end >= len(a.text) || a.text[m.end] != ' ' {
		return false
	}
	for _, n := range ms {
		if n.kind != mPlace {
			continue
		}
		return n.start == m.end+1 && n.idx != m.idx && contains(p, &a.r.Places[n.idx])
	}
	return false
}

// koCaseEnd reports whether the Korean word w ends in a case or topic
// particle (이, 가, 은, 는, 을, 를, 에, 의, 도, 와, 과, 로): a word that is
// no bare noun modifying the next one.
func koCaseEnd(w string) bool {
	for _, p := range [...]string{"이", "가", "은", "는", "을", "를", "에", "의", "도", "와", "과", "로", ","} {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// koPeople reports whether the Korean word at the start of r names people
// (traders, wholesalers, workers), plural or not.
func koPeople(r string) bool {
	for _, n := range [...]string{"도매상", "장사꾼", "상인", "사람", "주민", "노동자", "밀수꾼", "중간상", "간부", "대방", "운전수", "운전사", "기사"} {
		if strings.HasPrefix(r, n) {
			return true
		}
	}
	return false
}

// koListNext returns the next word of a Korean list when rest, the text
// after a place, joins it to that word with 과, 와 or 및 ("평성과 순천으로"
// gives "순천으로"), and ok false otherwise.
func koListNext(rest string) (string, bool) {
	var r string
	switch {
	case strings.HasPrefix(rest, "과 "):
		r = rest[len("과 "):]
	case strings.HasPrefix(rest, "와 "):
		r = rest[len("와 "):]
	case strings.HasPrefix(rest, " 및 "):
		r = rest[len(" 및 "):]
	default:
		return "", false
	}
	if k := strings.IndexAny(r, " ,."); k >= 0 {
		r = r[:k]
	}
	return r, r != ""
}

// inOrg reports whether place mention m lies inside an organisation
// mention of sentence si.
func (a *analysis) inOrg(si *sentInfo, m mref) bool {
	// Walk back from the last mention starting at or before m, while an
	// organisation that far back still reaches m's end.
	k := si.mlo + len(a.ms[si.mlo:si.mhi]) - len(startingAt(a.ms[si.mlo:si.mhi], m.start+1)) - 1
	for ; k >= si.mlo && a.orgEnd[k] >= m.end; k-- {
		if o := a.ms[k]; o.kind == mOrg && m.end <= o.end && (o.start < m.start || m.end < o.end) {
			return true
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
		if og < 0 && (x.slot == slotFrom || x.slot == slotVia) && !isFeature(&a.r.Places[x.place]) {
			og = x.group // "over the Friendship Bridge from Dandong to Sinuiju": the bridge is no end
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
	hasOrigin, hasDest, hasFrom := false, false, false
	a.openAt = false
	for _, x := range sl {
		hasOrigin = hasOrigin || x.slot == slotFrom || x.slot == slotVia
		hasDest = hasDest || x.slot == slotTo || x.slot == slotVia
		hasFrom = hasFrom || (x.slot == slotFrom && !x.or)
	}
	for _, x := range sl {
		if x.or || isFeature(&a.r.Places[x.place]) || a.regionAround(sl, x) {
			continue
		}
		if a.meantWhere(i, x.pos) {
			continue // "to Anju, where the office is supposed to hand it to farms in Mundok": meant, not done
		}
		if x.slot == slotIn {
			if slices.ContainsFunc(sl, func(y slotted) bool { return y.place == x.place && y.slot == slotTo }) {
				continue // "carried to Hyesan …, and in Hyesan it is kept hidden": where the goods got to, told again
			}
			switch {
			case a.atOpening(i, x) && a.transferHere(i):
				x.slot = slotVia // "Off Zhoushan the coal was transferred onto river barges, which carried it to Nantong"
			case !isRegion(&a.r.Places[x.place]) && a.afterStop(i, x.pos) && slices.ContainsFunc(sl, func(y slotted) bool { return y.slot == slotTo && y.pos > x.pos }):
				x.slot = slotFrom // "…, and after clearance at Khasan they went on to Ussuriysk": where the goods were
			case !isRegion(&a.r.Places[x.place]) && a.clearedAt(a.toks[si.tlo:si.thi], x.pos) && slices.ContainsFunc(sl, func(y slotted) bool { return y.slot == slotTo && y.pos > x.pos }):
				x.slot = slotVia // "cleared customs at Rajin and was driven to Ussuriysk": the goods passed there
			case !isRegion(&a.r.Places[x.place]) && a.clearedLast(i, sl, x):
				x.slot = slotTo // "go back over the bridge to Quanhe and are cleared in Hunchun": where the goods got to
			case hasOrigin && a.changedHandsAt(i, sl, x):
				x.slot = slotTo // "returning from Vladivostok with televisions, which change hands at the port of Rajin": where the goods got to
			case hasOrigin && a.seizedAt(i, x.pos):
				x.slot = slotTo // "The ginseng seized in Dandong had crossed from Sinuiju": where the goods got to
			case !hasOrigin && a.seizedAt(i, x.pos) && a.backCue(i, x.pos) && slices.ContainsFunc(sl, func(y slotted) bool { return y.slot == slotTo && y.pos > x.pos && y.place != x.place }):
				x.slot = slotFrom // "the wagons were detained at Khasan … and sent back to Ussuriysk": back from where they were held
			case ev == evProcurement && !hasFrom:
				x.slot = slotFrom // "bought in Yanji"; not the buyer's town beside "ordered from a firm in Guangzhou"
			case si.bought && !hasFrom && a.boughtIn(i, x.pos) && !slices.ContainsFunc(sl, func(y slotted) bool { return y.slot == slotTo && y.pos < x.pos }):
				x.slot = slotFrom // "the Chinese broker buys the phones in Hanoi and trucks them to Pingxiang": bought there
			case ev == evSale && hasOrigin && x.pos > si.trigPos && a.clauseGap(si.trigPos, x.pos):
				x.slot = slotTo
			case a.crossAt(i, x.pos):
				x.slot = slotVia // "cross the Tumen at Wonjong and enter China at Quanhe"
			case hasOrigin && a.loadedThere(i, x.pos):
				x.slot = slotTo // "From Hunchun the lorries drive …, and at Zarubino the cargo is swung aboard a trawler"
			case (ev == evShipment || ev == evCrossing) && hasDest && x.pos < si.trigPos && (a.clauseGap(x.pos, si.trigPos) || (a.openingClause(i, x.pos) && !isRegion(&a.r.Places[x.place]))):
				x.slot = slotFrom // "freezes them in Rason and sends them … to Quanhe"
			case ev == evNone && hasDest && a.openingClause(i, x.pos) && !isRegion(&a.r.Places[x.place]):
				x.slot = slotFrom // "After a stop in Sinuiju they continue to Pyongyang"
			case (hasOrigin || hasDest) && a.beInAfter(i, sl, x):
				x.slot = slotTo // "once they are over the river at Quanhe they can be in Hunchun"
			case !hasOrigin && !hasDest && ev != evProcurement && ev != evSale && a.atOpening(i, x):
				// "At Rajin station the cars were uncoupled and the meat
				// moved into containers": where the goods have got to.
				x.slot = slotTo
				a.openAt = true
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
	// "reached Nakhodka by way of Dalian, Osaka and Busan": a list of
	// towns the goods pass, beside another stop of the movement, is the
	// way they went, stop by stop in text order.
	// So is a list of three or more towns passed, alone ("passed through
	// Dalian, Dandong and Sinuiju"); two are a corridor ("through Dandong
	// and Sinuiju").
	nvia := 0
	for _, x := range keep {
		if x.slot == slotVia && !x.btw && !isRegion(&a.r.Places[x.place]) {
			nvia++
		}
	}
	seqVia := nvia >= 3 || slices.ContainsFunc(keep, func(x slotted) bool { return x.slot != slotVia })
	for k, x := range keep {
		if ns > 0 {
			st := &stops[ns-1]
			px := keep[k-1]
			if seqVia && px.group == x.group && x.slot == slotVia && x.and && !x.btw && !isRegion(&a.r.Places[x.place]) && !isRegion(&a.r.Places[px.place]) {
				// a stop of its own
			} else if px.group == x.group || (x.slot == slotTo && st.slot == slotTo && st.clause == x.clause && !a.beyond(px.place, x.place) && !a.onward(i, px.pos, x.pos)) {
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
	a.headPl, a.headFrom = a.headPl[:0], -1
	if ns > 0 && stops[0].slot == slotFrom && stops[0].hi-stops[0].lo == 1 {
		a.headFrom, a.headFromPos = keep[stops[0].lo].place, keep[stops[0].lo].pos
	}
	if ns > 0 && stops[0].hi-stops[0].lo == 1 {
		si.first = keep[stops[0].lo].place
	}
	si.fromOnly = ns > 0
	for _, st := range stops[:ns] {
		si.fromOnly = si.fromOnly && st.slot == slotFrom
	}
	if ns > 0 && stops[0].slot != slotFrom {
		// "sailed back to Chongjin and Nampo": every listed destination
		// continues from where the goods were.
		for _, x := range keep[stops[0].lo:stops[0].hi] {
			a.headPl = append(a.headPl, x.place)
		}
		si.headTo, a.headToPos = a.headPl[0], keep[stops[0].lo].pos
	}
	if ns > 0 && stops[ns-1].hi-stops[ns-1].lo == 1 && (ns > 1 || stops[0].slot != slotFrom || (ev != evCrossing && (!si.korean || a.koDeparts(i, keep[stops[0].lo].pos)))) {
		// A crossing from A to an unnamed place leaves the goods nowhere
		// a later sentence could continue from; a lone Korean 에서 says
		// where, not whence ("회령시에서 들여와 파는").
		if x := keep[stops[ns-1].lo]; !(si.korean && a.koAlso(i, x.pos)) {
			si.tail = x.place
		}
	}
	if ns > 1 && stops[ns-1].hi-stops[ns-1].lo > 1 && stops[ns-1].slot == slotTo {
		si.tlo2 = len(a.tailPl)
		for _, x := range keep[stops[ns-1].lo:stops[ns-1].hi] {
			a.tailPl = append(a.tailPl, x.place)
		}
		si.thi2 = len(a.tailPl)
	}
	for s := 0; s+1 < ns; s++ {
		if stops[s+1].slot == slotFrom {
			if f, t := keep[stops[s+1].lo:stops[s+1].hi], keep[stops[s].lo:stops[s].hi]; len(f) == 1 && len(t) == 1 && a.whereArrived(i, t[0].pos, f[0].pos) {
				// "from Rajin, where a ship from Vladivostok unloaded them"
				out = a.addLeg(out, f[0].place, t[0].place)
			} else if len(t) == 1 && len(f) == 1 && s+2 < ns && stops[s+2].slot == slotTo && stops[s+2].hi-stops[s+2].lo == 1 && a.toCrossing(i, t[0], f[0], keep[stops[s+2].lo]) {
				// "sent to Hunchun, …, and the next morning it crosses
				// the bridge from Quanhe to Wonjong": on from the town to
				// the crossing that serves it.
				out = a.addLeg(out, t[0].place, f[0].place)
			}
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
	if si.whole && stops[0].hi-stops[0].lo == 1 {
		si.orig = keep[stops[0].lo].place
	}
	return out
}

// changedHandsAt reports whether x, a place after "in" or "at" in English
// sentence i, is where goods "change hands" ("which change hands at the
// port of Rajin", "changed hands in Hunchun") after an origin the sentence
// names before it: the goods got there and were sold.
func (a *analysis) changedHandsAt(i int, sl []slotted, x slotted) bool {
	si := &a.si[i]
	if si.korean || !slices.ContainsFunc(sl, func(y slotted) bool { return y.slot == slotFrom && y.pos < x.pos }) {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	k := tokBefore(toks, x.pos)
	for j := k; j >= max(2, k-5); j-- {
		if toks[j].w == "hands" {
			switch toks[j-1].w {
			case "change", "changes", "changed", "changing":
				return a.clauseGap(toks[j].e, x.pos)
			}
			return false
		}
	}
	return false
}

// boughtIn reports whether the place at offset pos of sentence i ends
// the phrase of its purchase verb, within eight words of it in the same
// clause: "is buying the used phones in Hanoi", "buys the crab at Rajin";
// not "pay 9 yuan per kilogram on delivery in Dandong".
func (a *analysis) boughtIn(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		if t.s != si.trigPos {
			continue
		}
		switch t.w {
		case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing":
		default:
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+9; j++ {
			if toks[j].s >= pos {
				return a.clauseGap(t.e, pos)
			}
			if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fMove) != 0 {
				return false
			}
		}
		return false
	}
	return false
}

// toCrossing reports whether stop x of English sentence i, a town the
// goods reached or left ("to Hunchun", "leave Rajin"), leads on to stop y,
// the origin of a crossing of the land border to its twin z that the
// sentence names next, in a later clause: "send it by truck to Hunchun,
// where brokers clear it, and the next morning it crosses the bridge from
// Quanhe to Wonjong"; "leave Rajin by truck, go back over the bridge from
// Wonjong to Quanhe". The town and the crossing lie in one country within
// nearKm of each other, and no other goods are named between them.
func (a *analysis) toCrossing(i int, x, y, z slotted) bool {
	si := &a.si[i]
	if si.korean || x.place == y.place || y.pos <= x.pos || a.twin(y.place) != z.place {
		return false
	}
	px, py := &a.r.Places[x.place], &a.r.Places[y.place]
	if isRegion(px) || px.Country == "" || px.Country != py.Country || !hasCoord(px) || !hasCoord(py) || km(px, py) > nearKm {
		return false
	}
	toks := a.toks[si.tlo:si.thi]
	if x.slot == slotFrom {
		k := tokBefore(toks, x.pos)
		if k < 0 {
			return false
		}
		switch toks[k].w {
		case "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing":
		default:
			return false // "from Hyesan … from Changbai": two origins
		}
	} else if x.slot != slotTo {
		return false
	}
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mComm && m.start > x.pos && m.start < y.pos {
			return false // "to Hunchun, and the coal from Quanhe …": other goods
		}
	}
	gap := a.text[x.pos:y.pos]
	return strings.Contains(gap, ",") || strings.Contains(gap, " and ")
}

// altGap reports whether gap, the text between two places, offers the
// second as another choice for the first: ", or sometimes to", " or
// occasionally into", ", or else". The goods go to one or the other, not
// from the one to the other.
func altGap(gap string) bool {
	r, ok := strings.CutPrefix(gap, ", or ")
	if !ok {
		if r, ok = strings.CutPrefix(gap, " or "); !ok {
			return false
		}
	}
	w, r, _ := strings.Cut(r, " ")
	switch w {
	case "through", "via":
		return r == "" // "either through Sinuiju or through Nampo": two ways, neither after the other
	case "sometimes", "occasionally", "else", "instead", "alternatively", "otherwise", "perhaps", "maybe", "possibly", "now":
	default:
		return false
	}
	return r == "" || r == "to " || r == "into " || r == "for "
}

// onward reports whether a word between the destinations at offsets p and
// q of sentence i takes the goods on from the first to the second ("to the
// Kraskino checkpoint and across the border to Hunchun", "to Urumqi and
// further east up to Dandong"): two stops, not one list.
func (a *analysis) onward(i, p, q int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := tokBefore(toks, p) + 2; k < len(toks) && toks[k].s < q; k++ {
		switch toks[k].w {
		case "further", "farther", "onward", "onwards", "beyond", "across", "over", "then":
			return true
		case "on":
			if k+1 < len(toks) && (toks[k+1].w == "to" || toks[k+1].w == "into") {
				return true
			}
		}
	}
	return false
}

// atOpening reports whether x, a place after "in" or "at", is the only
// place of the opening phrase of sentence i ("At Rajin station, …",
// "In Sinuiju the sacks were moved onto wagons") and a town, not a region.
func (a *analysis) atOpening(i int, x slotted) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	if len(toks) < 2 || (toks[0].w != "at" && toks[0].w != "in" && toks[0].w != "on" && toks[0].w != "off") || isRegion(&a.r.Places[x.place]) {
		return false
	}
	k := 1
	if toks[k].w == "the" {
		k++
	}
	return k < len(toks) && toks[k].s == x.pos
}

// transferHere reports whether sentence i moves its cargo onto another
// carrier: a verb of transfer followed at once by "onto", "on", "into",
// "to" or "aboard" ("the coal was transferred onto river barges").
func (a *analysis) transferHere(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k := 0; k+1 < len(toks); k++ {
		if !transferWord(toks[k].w) || a.negatedAt(toks, k) {
			continue
		}
		switch toks[k+1].w {
		case "onto", "on", "into", "to", "aboard":
			return true
		}
	}
	return false
}

// afterStop reports whether the place at offset pos of sentence i ends a
// phrase of "after" or "once" with no verb ("after clearance at Khasan",
// "after a week in a warehouse in"): a stop the goods made before the
// clause that follows.
func (a *analysis) afterStop(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	k := tokBefore(toks, pos)
	if k < 1 || (toks[k].w != "in" && toks[k].w != "at") || !a.cleanGap(toks[k].e, pos) {
		return false
	}
	for j := k - 1; j >= max(0, k-4); j-- {
		if !a.clauseGap(toks[j].e, toks[j+1].s) {
			return false
		}
		switch toks[j].w {
		case "after", "once":
			return true
		case "over", "across", "through", "past", "via":
			return false // "once over the frontier at Erenhot": where the goods crossed
		}
		if toks[j].lx.ev != 0 || toks[j].lx.flags&(fMove|fArrive|fClause) != 0 || strings.HasSuffix(toks[j].w, "ing") {
			return false
		}
	}
	return false
}

// seizedAt reports whether the "in" or "at" before the place at offset
// pos of sentence i follows a participle of seizure ("the ginseng seized
// in Dandong last week"): where the goods were stopped, so where they got
// to.
func (a *analysis) seizedAt(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	k := tokBefore(toks, pos)
	if k < 1 || (toks[k].w != "in" && toks[k].w != "at") {
		return false
	}
	v := toks[k-1]
	return v.lx.ev == evSeizure && strings.HasSuffix(v.w, "ed") && a.cleanGap(v.e, toks[k].s)
}

// beyond reports whether destination q, named after destination p in the
// same clause, is a country p does not lie in: "moved them to Dandong and
// onto trains bound for North Korea" goes on from Dandong.
func (a *analysis) beyond(p, q int) bool {
	pq, pp := &a.r.Places[q], &a.r.Places[p]
	// Two countries ("일본과 한국까지", to Japan and South Korea) are one
	// list of destinations.
	return pq.Kind == "country" && pp.Kind != "country" && pp.Country != "" && pp.Country != pq.Country
}

// regionAround reports whether x is a via that is a country or province
// holding another stop of the sentence: "driven to Shenyang, where they are
// sold across China" names where goods spread, not a stop.
func (a *analysis) regionAround(sl []slotted, x slotted) bool {
	px := &a.r.Places[x.place]
	if x.slot != slotVia || (px.Kind != "country" && px.Kind != "admin1") || cityRegion(px) {
		return false
	}
	for _, y := range sl {
		if y.place != x.place && contains(px, &a.r.Places[y.place]) {
			return true
		}
	}
	if px.Kind == "country" {
		// "loaded in Tashkent and carried through Kazakhstan": a country
		// the goods only cross between towns of other countries is no
		// stop; the leg runs from the town.
		for _, y := range sl {
			if py := &a.r.Places[y.place]; y.place != x.place && (y.slot == slotFrom || y.slot == slotIn) && y.pos < x.pos && !isRegion(py) && py.Country != "" && py.Country != px.Country {
				return true
			}
		}
	}
	return false
}

func (a *analysis) addLeg(out [][2]int, f, t int) [][2]int {
	if a.legOK(f, t) {
		out = append(out, [2]int{f, t})
	}
	return out
}

// endUp reports whether token k is the "in" or "at" of "end up in" or
// "wind up at", which names where goods arrive.
func endUp(toks []tok, k int) bool {
	if k < 2 || toks[k-1].w != "up" {
		return false
	}
	switch toks[k-2].w {
	case "end", "ends", "ended", "ending", "wind", "winds", "wound":
		return true
	}
	return false
}

// portWord reports whether w names a place by kind in "the port of X".
func portWord(w string) bool {
	switch w {
	case "port", "city", "town", "harbour", "harbor", "county", "village", "market", "station":
		return true // "from wholesale market of Yanji": the phrase's slot
	}
	return false
}

// quotedMadeIn reports whether before ends in a quoted "made in " label.
func quotedMadeIn(before string) bool {
	b, ok := strings.CutSuffix(before, "made in ")
	return ok && (strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "‘") || strings.HasSuffix(b, "'"))
}

// portsOf reports whether the words after a demonym at offset end name
// where goods go in that country: "into South Korean ports", "Chinese
// waters".
func (a *analysis) portsOf(end int) bool {
	rest := a.low[end:min(len(a.low), end+12)]
	for _, w := range [...]string{" ports", " harbours", " harbors", " waters", " territory"} {
		if strings.HasPrefix(rest, w) || strings.HasSuffix(rest, w) && len(rest) == 9 {
			return true
		}
	}
	return false
}

// inPrev reports whether region p, named after the gap " mine in " or
// " port city in " behind the place prev, is the region prev lies in:
// "the Musan mine in North Hamgyong Province" names one stop.
func (a *analysis) inPrev(gap string, p *model.Place, prev int) bool {
	if prev < 0 || len(gap) > 30 || !strings.HasSuffix(gap, " in ") || strings.ContainsAny(gap, ",;:()\"") {
		return false
	}
	return contains(p, &a.r.Places[prev])
}

// peopleCount reports whether the "from" at token k follows a people noun
// and its count or a comma ("a crew of 25, from Myanmar", "crew, from
// China"): the phrase says where the people are from.
func (a *analysis) peopleCount(toks []tok, k int) bool {
	if k == 0 || !strings.Contains(a.text[toks[k-1].e:toks[k].s], ",") {
		return false
	}
	for j := k - 1; j >= max(0, k-4); j-- {
		w := toks[j].w
		if peopleNoun(w) {
			return true
		}
		if w != "of" && !isNumber(w) {
			return false
		}
	}
	return false
}

// isNumber reports whether w is written in digits ("25", "1,200").
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// peopleNoun reports whether w names people, whose origin is not that of
// goods.
func peopleNoun(w string) bool {
	switch w {
	case "crew", "crews", "members", "sailors", "seamen", "crewmen", "workers", "nationals", "citizens", "people",
		"passengers", "tourists", "students", "delegation", "delegations", "visitors", "labourers", "laborers",
		"managers", "officials", "staff", "representatives", "employees", "envoys", "inspectors",
		"veterinarians", "vets", "doctors", "technicians", "engineers", "experts", "specialists", "team", "teams":
		return true
	}
	return false
}

// openingClause reports whether offset pos of sentence i lies in an
// opening clause that says what happened first or where ("After drying at
// a plant in Pyongyang, the ginseng was trucked to Sinuiju"; "At Nampo,
// the coal is loaded … and exported to China").
func (a *analysis) openingClause(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	if len(toks) == 0 {
		return false
	}
	switch toks[0].w {
	case "after", "once", "having", "at", "in", "from":
	default:
		return false
	}
	return a.clauseGap(toks[0].s, pos)
}

// verbOfMotion reports whether t is a verb that starts a new step of a
// journey after "and": "unloaded at Rajin and trucked on to Chongjin".
func verbOfMotion(t tok) bool {
	switch t.w {
	case "being", "been", "was", "were", "is", "are", "then":
		return true // "arriving at Rajin and being driven on to Pyongyang"
	}
	if t.lx.flags&(fMove|fArrive) != 0 {
		return true
	}
	return (t.lx.ev == evShipment || t.lx.ev == evCrossing) && (strings.HasSuffix(t.w, "ed") || t.w == "sent" || t.w == "brought")
}

// koRecipient reports whether s, the words after a place and 의, names
// within three words a party (에게, 한테) that goods are handed, sold or
// sent to: "중국 상인에게 넘기고", "밀수꾼들에게 팔았다".
func koRecipient(s string) bool {
	f := strings.Fields(s)
	for k := 0; k < len(f) && k < 3; k++ {
		w := f[k]
		if !strings.HasSuffix(w, "에게") && !strings.HasSuffix(w, "한테") {
			continue
		}
		if k+1 >= len(f) {
			return false
		}
		for _, v := range [...]string{"넘기", "넘겨", "넘긴", "팔", "판매", "보내", "보냈", "넘어", "건네", "넘겼"} {
			if strings.HasPrefix(f[k+1], v) {
				return true
			}
		}
		return false
	}
	return false
}

// koBuyers reports whether s, the words after a place and 의, makes
// traders of the place, within two words, the subject of a purchase that
// follows at once: "도매상들이 사들인", "양곡 도매업자들이 구입한". The goods
// were bought where those traders are.
func koBuyers(s string) bool {
	for w := 0; w < 2; w++ {
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			return false
		}
		word, next := s[:end], s[end+1:]
		for _, n := range [...]string{"도매상", "도매업자", "상인", "장사꾼", "무역회사", "회사", "업체", "중개상", "밀수꾼", "수입상", "무역상"} {
			r, ok := strings.CutPrefix(word, n)
			if !ok {
				continue
			}
			if r != "이" && r != "가" && r != "들이" {
				return false
			}
			return strings.HasPrefix(next, "사들") || strings.HasPrefix(next, "구입") || strings.HasPrefix(next, "구매")
		}
		s = next
	}
	return false
}

// koFacility reads the slot of a place from a facility named in the next
// one or two words of r, the text after the place: its market, depot,
// station, port or factory and the postposition after it.
func koFacility(r string) uint8 {
	words := 1 // "청진 수남시장으로"
	switch {
	case strings.HasPrefix(r, "의 "):
		r, words = r[len("의 "):], 2 // "라선의 무역회사 창고에"
	case strings.HasPrefix(r, " "):
		r = r[1:]
		if k := strings.IndexByte(r, ' '); k > 0 && !koCaseEnd(r[:k]) {
			words = 2 // "우수리스크 곡물 창고에서": a bare noun before the facility
		}
	default:
		return slotNone
	}
	off := 0
	for w := 0; w < words && off < len(r); w++ {
		end := strings.IndexByte(r[off:], ' ')
		if end < 0 {
			end = len(r) - off
		}
		word := r[off : off+end]
		for _, kind := range [...]string{"시장", "장마당", "역", "항구", "공장", "창고", "부두", "터미널", "공항", "비행장", "광산", "탄광", "농장", "기지", "소", "도매상", "업체", "강가", "강변", "강기슭"} {
			j := strings.Index(word, kind)
			if j < 0 || (j == 0 && len(kind) == 3) {
				continue // one syllable (역, 소: 기업소, 저유소) ends a longer word
			}
			after := r[off+j+len(kind):]
			if pl, ok := strings.CutPrefix(after, "들"); ok && (len(kind) > 3 || j >= 6) {
				after = pl // "허베이성의 제련소들로", "도매시장들에": facilities, plural; not 황소들로, bulls
			}
			if kind == "시장" || kind == "장마당" {
				for _, p := range [...]string{"에 나온", "에 나와", "에 풀린", "에 풀려"} {
					if strings.HasPrefix(after, p) {
						return slotTo // "평양 시장에 나온 전자제품": goods that reached the market
					}
				}
			}
			for _, kp := range koParticles {
				if strings.HasPrefix(after, kp.p) {
					return kp.slot
				}
			}
		}
		off += end + 1
	}
	return slotNone
}

// exporter reports whether the words after a country's name at offset end
// make it the origin of goods: its exports, shipments or transfers ("North
// Korea's exports"), or a verb of export or shipment it is the subject of,
// perhaps after an auxiliary ("China shipped", "North Korea had sent").
func (a *analysis) exporter(toks []tok, end int) bool {
	k := tokBefore(toks, end) + 1
	if k >= len(toks) || !a.clauseGap(end, toks[k].s) {
		return false
	}
	if toks[k].w == "s" && toks[k].s == end+1 {
		k++
		if k < len(toks) {
			switch toks[k].w {
			case "exports", "export", "shipments", "shipment", "transfer", "transfers", "deliveries", "supplies":
				return true
			}
		}
		return false
	}
	for n := 0; n < 3 && k < len(toks); n, k = n+1, k+1 {
		switch toks[k].w {
		case "shipped", "exported", "sent", "delivered", "supplied", "transferred", "ships", "exports", "sends", "delivers", "supplies":
			return true
		case "has", "had", "have", "also", "reportedly", "allegedly", "secretly", "illegally", "then":
			continue
		}
		return false
	}
	return false
}

// crossAt reports whether the place at offset pos of sentence i follows
// "at" after a verb of crossing in the same clause: the crossing point.
func (a *analysis) crossAt(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	k := tokBefore(toks, pos)
	if k < 1 || toks[k].w != "at" {
		return false
	}
	for j := k - 1; j >= max(0, k-5) && a.clauseGap(toks[j].e, toks[k].s); j-- {
		if toks[j].lx.ev == evCrossing && !strings.HasPrefix(toks[j].w, "smuggl") {
			return true
		}
		if w := toks[j].w; (w == "border" || w == "frontier" || w == "bridge") && j >= 2 && (toks[j-1].w == "the" || toks[j-2].w == "the") {
			// "drive over the Russian border at Kraskino", "driven
			// across the bridge at Manpo": the border is crossed there.
			for x := j - 1; x >= max(0, j-3); x-- {
				if toks[x].w == "over" || toks[x].w == "across" {
					return true
				}
			}
		}
		if toks[j].w == "and" {
			return false
		}
	}
	return false
}

// loadedThere reports whether the place at offset pos of sentence i
// follows an "at" or "in" that opens a clause after ", and" and whose
// clause then loads or moves the goods onto a carrier ("…, and at the
// little port of Zarubino the cargo is swung aboard a trawler"): where
// the goods got to next on their way.
func (a *analysis) loadedThere(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	k := tokBefore(toks, pos)
	j := k
	for ; j >= max(2, k-5); j-- {
		if toks[j].w == "at" || toks[j].w == "in" {
			break
		}
		if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fMove|fActor|fSpeaker) != 0 || !a.cleanGap(toks[j].e, toks[j+1].s) {
			return false
		}
	}
	if j < 2 || (toks[j].w != "at" && toks[j].w != "in") || toks[j-1].w != "and" || !strings.Contains(a.text[toks[j-2].e:toks[j-1].s], ",") {
		return false
	}
	n := k + 1
	for n < len(toks) && toks[n].s < pos {
		n++
	}
	for x := n; x < len(toks) && x <= n+8 && a.clauseGap(toks[x-1].e, toks[x].s); x++ {
		if w := toks[x].w; w == "aboard" || w == "onto" || loadWord(w) || transferWord(w) || toks[x].lx.flags&fArrive != 0 {
			return true
		}
		if toks[x].lx.flags&fClause != 0 || toks[x].w == "and" {
			return false
		}
	}
	return false
}

// riverTowns are towns named after the border river they stand on.
var riverTowns = [...]string{"Tumen"}

// riverNotTown reports whether mention m of a town named after its river
// means the river: "the Tumen", "the Tumen bridge", but not "the Tumen
// city", "Tumen station" or "Tumen" without an article.
func (a *analysis) riverNotTown(m mref) bool {
	p := &a.r.Places[m.idx]
	if p.Kind == "river" || !slices.Contains(riverTowns[:], p.Name) || m.start < 4 || a.low[m.start-4:m.start] != "the " {
		return false
	}
	rest := a.low[m.end:min(len(a.low), m.end+16)]
	for _, w := range [...]string{" city", " station", " customs", " port", " market", " county"} {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	return true
}

// loadWord reports whether w is a verb of loading.
func loadWord(w string) bool {
	switch w {
	case "loaded", "load", "loads", "loading", "reloaded", "put", "packed":
		return true
	}
	return stowWord(w)
}

// stowWord reports whether w is a participle that puts goods aboard a
// carrier: "lashed onto flat wagons in Vladivostok", "hoisted aboard".
func stowWord(w string) bool {
	switch w {
	case "lashed", "stowed", "hoisted", "craned", "strapped", "winched":
		return true
	}
	return false
}

// loadedOnto reports whether the "in" or "at" at token k ends a short
// phrase headed by "onto", "on", "into" or "to" after a verb of loading:
// "loaded onto flatcars at Vladivostok", "loaded to the train wagon in
// Mudanjiang". The place is where the goods were loaded, an origin, not
// where they go.
func (a *analysis) loadedOnto(toks []tok, k int) bool {
	for j := k - 1; j >= max(1, k-6); j-- {
		t := toks[j]
		if t.lx.flags&(fClause|fSpeaker) != 0 || !a.clauseGap(t.e, toks[k].s) {
			return false
		}
		switch t.w {
		case "onto", "on", "into", "to":
			return j+1 < k && loadWord(toks[j-1].w) && a.clauseGap(toks[j-1].e, t.s)
		case "and", "or", "from", "for", "by", "with", "via", "through", "across", "in", "at":
			return false
		}
	}
	return false
}

// loadedNear reports whether token k, "outside", "near", "off" or
// "beside" before a place, ends a phrase "at a siding" or "in the yards"
// that loadedOnto reads as where goods were loaded: "loaded onto flatcars
// at a siding outside Khabarovsk", "loaded into barges at a jetty near
// Sinuiju". The town of the place of loading is the origin.
func (a *analysis) loadedNear(toks []tok, k int) bool {
	switch toks[k].w {
	case "outside", "near", "off", "beside":
	default:
		return false
	}
	for d := k - 2; d >= max(1, k-3); d-- {
		if w := toks[d].w; w != "a" && w != "an" && w != "the" {
			continue
		}
		if p := toks[d-1].w; (p != "at" && p != "in") || !a.clauseGap(toks[d-1].e, toks[k].s) {
			return false
		}
		return a.loadedOnto(toks, d-1)
	}
	return false
}

// transferWord reports whether w is a verb that moves cargo from one
// carrier to another.
func transferWord(w string) bool {
	switch w {
	case "moved", "switched", "transferred", "transshipped", "shifted", "swapped", "transhipped":
		return true
	}
	return false
}

// transferredOnto reports whether the "in" or "at" at token k ends a short
// phrase headed by "onto", "on", "into" or "to" and a carrier after a verb
// of transfer: "moved onto a smaller vessel in the Chinese port of
// Yingkou", "switched to a smaller ship at Yingkou". The place is where
// the cargo changed carriers on the way, a via.
func (a *analysis) transferredOnto(toks []tok, k int) bool {
	carrier := false
	for j := k - 1; j >= max(1, k-6); j-- {
		t := toks[j]
		if t.lx.flags&(fClause|fSpeaker) != 0 || !a.clauseGap(t.e, toks[k].s) {
			return false
		}
		if t.lx.flags&fCarrier != 0 {
			carrier = true
		}
		switch t.w {
		case "onto", "on", "into", "to":
			return carrier && j+1 < k && transferWord(toks[j-1].w) && a.clauseGap(toks[j-1].e, t.s)
		case "and", "or", "from", "for", "by", "with", "via", "through", "across", "in", "at":
			return false
		}
	}
	return false
}

// sideOf reports whether the "on" at token k heads "the X side", X the
// place at offset pos, right after a verb in the past participle or of
// motion or arrival ("stacked on the Ji'an side", "unloaded on the
// Sinuiju side"): the side of the river where goods were put down.
func (a *analysis) sideOf(toks []tok, k, pos int) bool {
	if k < 1 || k+3 >= len(toks) || toks[k+2].s != pos || !a.cleanGap(toks[k-1].e, toks[k].s) {
		return false
	}
	// The place may span several tokens ("Ji'an"): find "side" after it.
	side := false
	for j := k + 3; j < len(toks) && j <= k+5; j++ {
		if toks[j].w == "side" {
			side = a.cleanGap(toks[j-1].e, toks[j].s)
			break
		}
	}
	if !side {
		return false
	}
	v := toks[k-1]
	return v.lx.flags&(fMove|fArrive) != 0 || (strings.HasSuffix(v.w, "ed") && v.lx.flags&(fActor|fSpeaker) == 0)
}

// senderAt reports whether the actor before the "in" at token k is the
// subject of the sentence ("The Chinese merchant in Changbai", at most
// three words in) and the sentence's next verb after the place sends,
// ships or carries goods on: then the place is where they start.
func (a *analysis) senderAt(toks []tok, k int) bool {
	// The actor opens the sentence, or a clause after ", and" ("…, and
	// dealers in Hoeryong pass part of it across the river to Sanhe").
	st := 0
	for j := k - 2; j > 0 && j >= k-4; j-- {
		if toks[j].w == "and" && strings.Contains(a.text[toks[j-1].e:toks[j].s], ",") {
			st = j + 1
			break
		}
	}
	if k-1-st > 3 {
		return false
	}
	for j := st; j < k-1; j++ {
		if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fSpeaker|fMove) != 0 {
			return false
		}
	}
	if j := k + 2; j+1 < len(toks) && (toks[j].w == "packed" || toks[j].w == "loaded") && toks[j+1].lx.flags&(fDet|fGoodsNoun|fAnaphor) != 0 && !a.negatedAt(toks, j) {
		return true // "workers in Khabarovsk packed parcels of clothes and took the train to Vladivostok"
	}
	bought := false
	for j := k + 2; j < len(toks) && (j <= k+6 || bought && j <= k+24); j++ {
		t := toks[j]
		if bought && t.w == "and" && j+1 < len(toks) && toks[j+1].lx.ev == evShipment && !a.negatedAt(toks, j+1) {
			// "Dealers in Yanji buy them from scrapyards and truck them
			// to Tumen": the buyers carry their goods on from their town.
			return true
		}
		if t.lx.flags&(fClause|fSpeaker) != 0 {
			return false
		}
		if bought {
			if t.lx.ev != 0 && t.lx.ev != evProcurement || t.lx.flags&fMove != 0 {
				return false
			}
			continue
		}
		if t.lx.ev == evProcurement && t.lx.flags&fMove == 0 && j <= k+3 && !a.negatedAt(toks, j) {
			bought = true
			continue
		}
		if t.lx.ev != 0 {
			// "Workshops in Pyongyang have sent their own buyers to
			// Pyongsong": people travel, the workshops send no goods.
			return t.lx.ev == evShipment && !a.negatedAt(toks, j) && !sendsPeople(toks, t.s)
		}
		if t.lx.flags&fMove != 0 && t.lx.flags&fArrive == 0 && j+1 < len(toks) && (toks[j+1].lx.flags&(fAnaphor|fGoodsNoun|fDet) != 0 || toks[j+1].w == "part") {
			// "dealers in Hoeryong pass part of the supply across the
			// river": a verb of motion with the goods as its object.
			return !a.negatedAt(toks, j)
		}
	}
	return false
}

// adminNamed reports whether a place mention or the text after it names
// the place as an administrative area: "Namyang of Onsong county" places
// Namyang, it is no second stop.
func adminNamed(mention, rest string) bool {
	for _, w := range [...]string{" county", " province", " district", " prefecture"} {
		if strings.HasPrefix(rest, w) || strings.HasSuffix(mention, w) {
			return true
		}
	}
	return false
}

// subjectThenMotion reports whether the "and" at token k starts a clause
// with a subject of its own and a verb of motion: "and it is going to
// Tumen", "and the soybeans are carried to Chongjin". The places after it
// are the next hop, not more stops of the same one.
func (a *analysis) subjectThenMotion(toks []tok, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	switch toks[k+1].w {
	case "it", "they", "these", "this":
		return verbOfMotion(toks[k+2])
	case "the":
		if k+3 < len(toks) && toks[k+2].lx.ev == 0 && toks[k+2].lx.flags&fMove == 0 && verbOfMotion(toks[k+3]) {
			return true
		}
	case "to", "from", "into", "via", "through", "in", "at", "on", "by", "with", "then", "later", "when", "once":
		return false
	}
	// ", and the trading companies of the province bring it across the
	// bridge to Namyang", ", and part of each load continues to
	// Pyongsong": after a comma, a subject of up to eight words and its own
	// verb of motion.
	if !strings.Contains(a.text[toks[k-1].e:toks[k].s], ",") {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+9; j++ {
		t := toks[j]
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing {
			return true
		}
		if t.lx.ev != 0 || t.lx.flags&(fArrive|fSpeech) != 0 || strings.Contains(a.text[toks[j-1].e:t.s], ",") {
			return false
		}
	}
	return false
}

// facingFrom reports whether the "from" at token k tells where a town
// lies, not where goods start: "the town across the river from Hyesan",
// "the village opposite", "on the bank across the Tumen from Namyang".
// A noun of place (town, city, village, side, bank…) stands right before
// "across the <river|border|…>"; "smuggled across the river from Hyesan"
// keeps its origin.
func (a *analysis) facingFrom(toks []tok, k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 6 && toks[j].w != "across" {
		switch toks[j].w {
		case "the", "river", "border", "bridge", "yalu", "tumen", "amnok", "street", "water", "strait", "estuary", "frontier", "of":
		case "side", "bank", "shore":
			// "the Chinese city on the other side of the river from
			// Namyang": where a town lies.
			return j > 0 && (toks[j-1].w == "other" || toks[j-1].w == "opposite" || toks[j-1].w == "far")
		default:
			return false
		}
		j--
	}
	if j < 1 || toks[j].w != "across" {
		return false
	}
	switch toks[j-1].w {
	case "town", "towns", "city", "cities", "village", "villages", "side", "bank", "county", "district", "port", "station", "settlement", "hamlet", "twin", "shore", "lies", "sits", "located", "situated":
		return true
	}
	return false
}

// whereArrived reports whether the place at offset y lies in a relative
// clause ", where …" right after the place at offset x that tells of goods
// or a carrier arriving there: "from Rajin, where a ship from Vladivostok
// unloaded them" brought the goods from Vladivostok to Rajin. The clause
// needs an arrival verb ("unloaded", "docked", "arrived"); "Rajin, where
// traders from Yanji buy crab" tells of no arrival.
func (a *analysis) whereArrived(i, x, y int) bool {
	if y <= x {
		return false
	}
	gap := a.text[x:y]
	w := strings.Index(gap, ", where ")
	if w < 0 || strings.ContainsAny(gap[:w], ",;") || strings.ContainsAny(gap[w+2:], ",;\"") {
		return false
	}
	si := &a.si[i]
	start := x + w
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.s <= start {
			continue
		}
		if t.lx.flags&fArrive != 0 {
			return true
		}
		if t.s > y && (t.lx.flags&fClause != 0 || strings.ContainsAny(a.text[start:t.s], ",;")) {
			return false
		}
		if t.s > y {
			start = y // look on to the end of the relative clause
		}
	}
	return false
}

// cargoBetween reports whether the words between an arrival verb at j and
// "in" or "at" at k name a load ("discharged about 4,000 tonnes of diesel
// at Nampo"): a number or a good, no verb.
func (a *analysis) cargoBetween(toks []tok, j, k int) bool {
	num := false
	for _, t := range toks[j+1 : k] {
		if isNumber(t.w) {
			num = true
		}
		if t.lx.ev != 0 || t.lx.flags&(fMove|fClause) != 0 {
			return false
		}
	}
	return num
}

// thousands reports whether t and u are the parts of one number split at
// a thousands comma ("4,000").
func thousands(text string, t, u tok) bool {
	return u.s == t.e+1 && text[t.e] == ',' && isNumber(t.w) && isNumber(u.w)
}

// regionAt reports whether the place mentioned at offset pos is a
// country or a province named as one ("Heilongjiang Province").
func (a *analysis) regionAt(pos int) bool {
	found := false
	for _, m := range a.ms {
		if m.start == pos && m.kind == mPlace {
			p := &a.r.Places[m.idx]
			if rest := a.low[m.end:min(len(a.low), m.end+10)]; p.Kind != "country" && !strings.Contains(a.low[m.start:m.end], "province") && !strings.HasPrefix(rest, " province") {
				return false // "near Nampo", a special city the gazetteer files as a province
			}
			found = true
		}
	}
	return found
}

// skipHanja drops a bracketed gloss in Chinese characters right after a
// Korean place name, so that the postposition after it gives the slot:
// "통화(通化)의 약재 도매시장으로", "지안(集安)에서".
func skipHanja(rest string) string {
	if len(rest) < 5 || rest[0] != '(' {
		return rest
	}
	end := strings.IndexByte(rest[:min(len(rest), 40)], ')')
	if end < 4 {
		return rest
	}
	for _, r := range rest[1:end] {
		if r < 0x3400 || (r > 0x9FFF && r < 0xF900) || r > 0xFAFF {
			return rest // not only Han characters: "(가칭)", "(2024년)"
		}
	}
	return rest[end+1:]
}

// worksNoun reports whether w names a place of work that can send goods
// on: a plant, factory, workshop, mill, warehouse or depot.
func worksNoun(w string) bool {
	switch w {
	case "plant", "plants", "factory", "factories", "workshop", "workshops", "mill", "mills", "warehouse", "warehouses", "depot", "depots":
		return true
	}
	return false
}

// worksSends reports whether the works before the "in" or "at" at token
// k open the sentence (at most four words before) and the sentence then
// ships goods on, before any clause word or speech verb: the goods leave
// the town the works are in.
func (a *analysis) worksSends(toks []tok, k int) bool {
	if k-1 > 4 {
		return false
	}
	for j := 0; j < k-1; j++ {
		if toks[j].lx.ev != 0 || toks[j].lx.flags&(fClause|fSpeaker|fMove) != 0 {
			return false
		}
	}
	for j := k + 2; j < len(toks); j++ {
		t := toks[j]
		if t.lx.flags&(fClause|fSpeaker) != 0 {
			return false
		}
		if t.lx.ev == evShipment && !a.negatedAt(toks, j) {
			return true
		}
		if t.lx.ev != 0 {
			return false
		}
	}
	return false
}

// callFrom reports whether the "from" at token k tells where a call, an
// order or a message came from: "placed by phone from", "phoned from",
// "messaged from". Goods do not start there.
func callFrom(toks []tok, k int) bool {
	for j := k - 1; j >= max(0, k-2); j-- {
		switch toks[j].w {
		case "phone", "telephone", "phoned", "telephoned", "called", "calling", "call", "calls", "email", "emailed",
			"messaged", "texted", "placed", "wechat":
			return true
		}
	}
	return false
}

// managedWord reports whether w says where a ship or a scheme is run
// from ("managed from Hong Kong", "financed from Dubai"): an office, not
// where goods start.
func managedWord(w string) bool {
	switch w {
	case "managed", "operated", "controlled", "directed", "financed", "funded", "administered", "coordinated", "orchestrated", "masterminded":
		return true
	}
	return false
}

// timedMotion reports whether the "and" at token k, after a comma, opens a
// clause that starts with when it happened and goes on to its own subject
// and verb of motion: ", and in January the cargo was driven across the
// bridge", ", and at night the boats take them over".
func (a *analysis) timedMotion(toks []tok, k int) bool {
	if k == 0 || k+3 >= len(toks) || !strings.Contains(a.text[toks[k-1].e:toks[k].s], ",") {
		return false
	}
	switch toks[k+1].w {
	case "in", "on", "at", "by", "during", "early", "late":
	default:
		return false
	}
	j := k + 2
	if toks[j].w == "the" || toks[j].w == "early" || toks[j].w == "late" {
		j++
	}
	if j >= len(toks) || !timeWord(toks[j].w) {
		return false
	}
	for j++; j < len(toks) && j <= k+12; j++ {
		t := toks[j]
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing {
			return true
		}
		if t.lx.ev != 0 || t.lx.flags&(fArrive|fSpeech|fClause) != 0 || strings.Contains(a.text[toks[j-1].e:t.s], ",") {
			return false
		}
	}
	return false
}

// timeWord reports whether w names a month, a day of the week or a part of
// the day or year.
func timeWord(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"night", "morning", "evening", "afternoon", "dawn", "spring", "summer", "autumn", "winter":
		return true
	}
	return false
}

// unitWord reports whether w is a unit of time that "later" or "earlier"
// may follow ("a week later", "two days earlier").
func unitWord(w string) bool {
	switch w {
	case "day", "days", "week", "weeks", "month", "months", "hours", "hour", "year", "years", "fortnight":
		return true
	}
	return false
}

// beInAfter reports whether x, a place after "in", ends sentence i's
// movement as where the goods then are: a form of "be" (or "be sitting")
// just before "in", after a verb of motion or crossing, and no slotted
// place after it. "… head for Wonjong, and once they are over the river
// at Quanhe they can be in Hunchun within the hour."
func (a *analysis) beInAfter(i int, sl []slotted, x slotted) bool {
	for _, y := range sl {
		if y.pos > x.pos {
			return false
		}
	}
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	k := tokBefore(toks, x.pos)
	if k < 2 || toks[k].w != "in" {
		return false
	}
	j := k - 1
	if toks[j].w == "sitting" || toks[j].w == "waiting" {
		j--
	}
	switch toks[j].w {
	case "be", "is", "are":
	default:
		return false
	}
	for m := j - 1; m >= 0; m-- {
		t := toks[m]
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing || t.w == "over" || t.w == "across" {
			return true
		}
	}
	return false
}

// meantWhere reports whether the place at pos in sentence i lies in a
// relative clause opened by ", where" that tells what is meant or expected
// to happen there, not what happened: "where the office is supposed to
// hand it out to farms in Mundok".
func (a *analysis) meantWhere(i, pos int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	meant := false
	for k := tokBefore(toks, pos); k > 0; k-- {
		switch toks[k].w {
		case "supposed", "meant", "expected", "intended", "planned", "would", "should", "due":
			meant = true
		case "where":
			return meant && strings.Contains(a.text[toks[k-1].e:toks[k].s], ",")
		}
		if toks[k].lx.flags&fClause != 0 {
			return false
		}
	}
	return false
}

// whereTheyMove reports whether the "where" at token k, after a comma,
// opens a relative clause whose subject is the goods ("they", "it") and
// whose verb, active or passive, moves, loads or transfers them on: "to
// Namyang, where they cross the river", "to Dalian, where they were loaded
// on a train to Pyongyang", "where it was transferred to a barge".
func (a *analysis) whereTheyMove(toks []tok, k int) bool {
	if k+2 >= len(toks) || !a.gapHas(toks[k-1].e, toks[k].s, ',') {
		return false
	}
	j := k + 2
	if w := toks[k+1].w; w != "they" && w != "it" {
		// "where the sacks were loaded onto wagons": the goods named again
		if (w != "the" && w != "these" && w != "those") || k+3 >= len(toks) || !a.goodsWord(toks[k+2]) {
			return false
		}
		j = k + 3
	}
	for n := 0; n < 2 && j+1 < len(toks); n++ {
		switch toks[j].w {
		case "was", "were", "are", "is", "been", "had", "have", "has", "got", "get", "then":
			j++ // "where they were loaded", "where it had been transferred"
			continue
		}
		break
	}
	t := toks[j]
	return t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing ||
		(loadWord(t.w) && (t.w != "put" || putAboard(toks, j))) || transferWord(t.w)
}

// whereSubjectMoves reports whether the "where" at token k, after a
// comma, opens a relative clause whose subject of up to three words (no
// person who speaks, no clause word) loads or moves goods on: "stacked on
// the Ji'an side, where Chinese buyers load them onto lorries bound for
// Tonghua". The clause is the next hop.
func (a *analysis) whereSubjectMoves(toks []tok, k int) bool {
	if k == 0 || !strings.Contains(a.text[toks[k-1].e:toks[k].s], ",") {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		t := toks[j]
		if t.lx.flags&(fClause|fSpeaker) != 0 || t.w == "said" || t.w == "says" {
			return false
		}
		if t.lx.flags&fMove != 0 || t.lx.ev == evShipment || t.lx.ev == evCrossing || (loadWord(t.w) && (t.w != "put" || putAboard(toks, j))) {
			return j+1 < len(toks) && (toks[j+1].w == "them" || toks[j+1].w == "it" || toks[j+1].w == "the")
		}
	}
	return false
}

// putAboard reports whether the "put" at token k puts goods on a carrier:
// "put them on a train to Pyongyang", "put the sacks aboard a barge".
func putAboard(toks []tok, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch toks[j].w {
		case "on", "onto", "aboard", "into":
			for q := j + 1; q < len(toks) && q <= j+3; q++ {
				if toks[q].lx.flags&fCarrier != 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// bankBetween reports whether the words between an arrival verb at j and
// the "at"/"in" at k only say on which bank or quay it happened:
// "unloaded it on the Chinese bank at Kuandian", "landed them on the far
// side at Changbai".
func bankBetween(toks []tok, j, k int) bool {
	if k-j > 9 {
		return false
	}
	bank := false
	for _, t := range toks[j+1 : k] {
		switch t.w {
		case "bank", "side", "shore", "quay", "pier", "wharf", "jetty", "riverbank", "dock":
			bank = true
		case "it", "them", "the", "a", "on", "at", "chinese", "russian", "north", "korean", "far", "other", "opposite", "river", "s":
		default:
			return false
		}
	}
	return bank
}

// moorBetween reports whether the words between an arrival verb toks[j]
// and the place at toks[k] name the cargo and a mooring: "discharged
// their cargo at anchorages off Zhoushan", "unloaded the coal at a berth
// near Ningbo", "offloaded it at the outer roads of Nakhodka".
func (a *analysis) moorBetween(toks []tok, j, k int) bool {
	if k-j > 9 {
		return false
	}
	moor := false
	for _, t := range toks[j+1 : k] {
		switch t.w {
		case "anchorage", "anchorages", "berth", "berths", "roads", "roadstead", "terminal", "terminals", "buoy", "buoys", "moorings":
			moor = true
		case "the", "a", "an", "their", "its", "at", "on", "of", "outer", "inner", "offshore", "one", "two", "several":
		default:
			if t.lx.flags&(fGoodsNoun|fAnaphor) == 0 && !a.inGood(t.s) {
				return false
			}
		}
	}
	return moor
}

// inGood reports whether offset pos lies inside a mention of a good.
func (a *analysis) inGood(pos int) bool {
	for _, m := range a.ms {
		if m.kind == mComm && m.start <= pos && pos < m.end {
			return true
		}
	}
	return false
}

// timeOfDay reports whether w, after "after", names a time of day, not an
// event: "after dark", "after midnight".
func timeOfDay(w string) bool {
	switch w {
	case "dark", "midnight", "nightfall", "sunset", "sundown", "dusk", "hours":
		return true
	}
	return false
}

// reVerb reports whether token k is a hyphenated "re" before a verb of
// motion, loading or transfer: "and re-exported to Nampo", "and
// re-shipped", "and re-loaded onto barges".
func (a *analysis) reVerb(toks []tok, k int) bool {
	if k+1 >= len(toks) || toks[k].w != "re" || a.text[toks[k].e] != '-' || toks[k+1].s != toks[k].e+1 {
		return false
	}
	t := toks[k+1]
	return verbOfMotion(t) || t.lx.ev == evShipment || loadWord(t.w) || transferWord(t.w)
}

// goodsWord reports whether t names goods: a word for goods or their
// packing ("the cargo", "the sacks") or a commodity mention.
func (a *analysis) goodsWord(t tok) bool {
	if t.lx.flags&fGoodsNoun != 0 {
		return true
	}
	switch t.w {
	case "sacks", "bags", "crates", "boxes", "bales", "drums", "cartons", "parcels":
		return true
	}
	for _, m := range a.ms {
		if m.kind == mComm && m.start <= t.s && t.e <= m.end {
			return true
		}
	}
	return false
}
