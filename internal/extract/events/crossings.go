package events

import (
	_ "embed"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// crossingsTSV lists the twin towns of North Korea's land border: goods
// that cross at one side arrive at the other.
//
//go:embed crossings.tsv
var crossingsTSV string

// crossing is one pair of twin towns; each side has its own spellings and
// optionally the city it serves (Quanhe serves Hunchun).
type crossing struct {
	kp, kpCity, far, farCity []string
	country                  string // the far side's ISO country
}

// crossings is read-only after package initialisation.
var crossings = parseCrossings(crossingsTSV)

func parseCrossings(s string) []crossing {
	var out []crossing
	split := func(f string) []string {
		if f == "" {
			return nil
		}
		return strings.Split(f, "|")
	}
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			panic("events: crossings.tsv: want 5 columns in " + line)
		}
		out = append(out, crossing{kp: split(f[0]), kpCity: split(f[1]), far: split(f[2]), farCity: split(f[3]), country: f[4]})
	}
	return out
}

func nameIn(p *model.Place, names []string) bool {
	for _, n := range names {
		if strings.EqualFold(p.Name, n) {
			return true
		}
	}
	return false
}

// twin returns the place the report names on the other side of the land
// crossing at place p (Sinuiju for Dandong, Quanhe or else Hunchun for
// Wonjong), or -1 when p is no crossing or the report names no place on
// the other side.
func (a *analysis) twin(p int) int {
	if p < 0 {
		return -1
	}
	pp := &a.r.Places[p]
	if isRegion(pp) && !cityRegion(pp) {
		return -1
	}
	for k := range crossings {
		c := &crossings[k]
		switch {
		case pp.Country == "KP" && nameIn(pp, c.kp):
			if q := a.namedPlace(c.far, c.country); q >= 0 {
				return q
			}
			return a.namedPlace(c.farCity, c.country)
		case pp.Country == c.country && nameIn(pp, c.far):
			if q := a.namedPlace(c.kp, "KP"); q >= 0 {
				return q
			}
			return a.namedPlace(c.kpCity, "KP")
		}
	}
	return -1
}

// namedPlace returns the first place of the report with one of names in
// country that the text mentions, or -1.
func (a *analysis) namedPlace(names []string, country string) int {
	if len(names) == 0 {
		return -1
	}
	for k := range a.r.Places {
		q := &a.r.Places[k]
		if q.Country == country && nameIn(q, names) && a.namedOutsideOrg(q) {
			return k
		}
	}
	return -1
}

// namedOutsideOrg reports whether the text names p other than inside an
// organisation's name ("the Sinuiju People's Committee").
func (a *analysis) namedOutsideOrg(p *model.Place) bool {
	for _, m := range p.Mentions {
		inside := false
		for o := range a.r.Organizations {
			for _, om := range a.r.Organizations[o].Mentions {
				if om.Start <= m.Start && m.End <= om.End && om.End-om.Start > m.End-m.Start {
					inside = true
				}
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// nearKm is how far from a crossing the place beyond it may lie for the
// crossing to be on the way: the towns a border post serves lie within it.
const nearKm = 80

// viaTwin returns the twin that a leg f→t across the border must pass, or
// -1: one end is a crossing town whose twin the report names, and the
// other end lies in the twin's country, near it and no farther from the
// twin than from the crossing ("across the Wonjong bridge to Hunchun"
// passes Quanhe).
func (a *analysis) viaTwin(f, t int) int {
	pf, pt := &a.r.Places[f], &a.r.Places[t]
	if pf.Country == pt.Country || (pf.Country != "KP" && pt.Country != "KP") {
		return -1
	}
	for _, e := range [2][2]int{{f, t}, {t, f}} {
		tw := a.twin(e[0])
		if tw < 0 || tw == e[1] {
			continue
		}
		pw, po, pe := &a.r.Places[tw], &a.r.Places[e[1]], &a.r.Places[e[0]]
		if pw.Country != po.Country || isRegion(po) || pw.ID == po.ID || !hasCoord(pw) || !hasCoord(po) || !hasCoord(pe) {
			continue
		}
		if d := km(pw, po); d <= nearKm && d <= km(pe, po)+5 {
			return tw
		}
	}
	return -1
}

// routedTwin returns the twin town across the border from f when a
// specific leg of legs already goes from that twin to t, or -1: goods at
// a crossing town that go on to t cross to the twin first, the way the
// report has them go.
func (a *analysis) routedTwin(legs []legb, f, t int) int {
	pf, pt := &a.r.Places[f], &a.r.Places[t]
	if pf.Country == pt.Country || (pf.Country != "KP" && pt.Country != "KP") {
		return -1
	}
	tw := a.twin(f)
	if tw < 0 || tw == t || a.r.Places[tw].Country != pt.Country {
		return -1
	}
	for k := range legs {
		if l := &legs[k]; !l.General && a.samePlace(l.f, tw) && a.samePlace(l.t, t) {
			return tw
		}
	}
	return -1
}

func hasCoord(p *model.Place) bool { return p.Lat != 0 || p.Lon != 0 }

// km is the great-circle distance between two places.
func km(p, q *model.Place) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dl, dp := (q.Lat-p.Lat)*rad, (q.Lon-p.Lon)*rad
	h := math.Sin(dl/2)*math.Sin(dl/2) + math.Cos(p.Lat*rad)*math.Cos(q.Lat*rad)*math.Sin(dp/2)*math.Sin(dp/2)
	return 2 * r * math.Asin(math.Sqrt(min(h, 1)))
}

// crossCue reports whether sentence i says that goods cross the river or
// the border: across, over the river or bridge, a crossing, the other
// side, smuggling, 건너, 넘어, 강, 다리, 국경.
// A strict cue leaves out smuggling and "side", which a trip inside
// North Korea can have too.
func (a *analysis) crossCue(i int, strict bool) bool {
	si := &a.si[i]
	if si.cross&crossKnown == 0 {
		si.cross = crossKnown | a.crossCues(a.low[a.sents[i].start:a.sents[i].end])
	}
	if strict {
		return si.cross&crossStrict != 0
	}
	return si.cross&crossLoose != 0
}

// The bits of sentInfo.cross: crossCue's answers, computed once a sentence.
const (
	crossKnown  = 1 << iota // the other bits are set
	crossStrict             // a word of crossing the river, bridge or border
	crossLoose              // that, or a side, the opposite bank or smuggling
)

// crossCues returns crossStrict|crossLoose, crossLoose or 0 for the
// lowercase sentence s. "cross" covers "across" and "crossing", "river"
// "over the river", "bridge" "over the bridge".
func (a *analysis) crossCues(s string) uint8 {
	// One pass over the sentence for all the cues; the answer does not
	// depend on which comes first.
	var at [64]int
	found := crossPhrases.scan(s, crossStrictCues|crossLooseCues|crossRiver|crossBorder, &at)
	switch {
	case found&crossStrictCues != 0,
		found&crossRiver != 0 && riverWord(s, at[bits.TrailingZeros64(crossRiver)]),
		found&crossBorder != 0 && borderCue(s):
		return crossStrict | crossLoose
	case found&crossLooseCues != 0:
		return crossLoose
	}
	return 0
}

// crossPhrases holds crossCues' cues: those of crossing (crossStrictCues,
// where "cross" covers "across" and "crossing"), those of a side or of
// smuggling (crossLooseCues, where " side" has its space so as not to be
// "inside"), "river" (crossRiver) and "border" (crossBorder), which count
// only as riverWord and borderCue tell.
var crossPhrases, crossStrictCues, crossLooseCues, crossRiver, crossBorder = func() (*phraseSet, uint64, uint64, uint64, uint64) {
	ps, m := newPhraseSet([]string{"cross", "bridge", "over the border", "건너", "넘어", "넘겨", "넘기", "강을", "다리", "국경"},
		[]string{"opposite", "smuggl", " side", "밀수"}, []string{"river"}, []string{"border"})
	return ps, m[0], m[1], m[2], m[3]
}()

// riverWord reports whether "river", first at s[k], is a word of its own
// somewhere in s: not "drivers", and not a place by the river ("the
// riverside villages", "the river bank").
func riverWord(s string, k int) bool {
	for {
		if (k == 0 || !isASCIILetter(s[k-1])) && !riverside(s[k:]) {
			return true
		}
		next := strings.Index(s[k+1:], "river")
		if next < 0 {
			return false
		}
		k += 1 + next
	}
}

// riverside reports whether r, which starts with "river", names the land
// by the river rather than the river itself: riverside, riverbank, the
// river bank or front.
func riverside(r string) bool {
	for _, w := range [...]string{"riverside", "riverbank", "riverfront", "river bank", "river front", "river's edge", "river road", "river valley"} {
		if strings.HasPrefix(r, w) {
			return true
		}
	}
	return false
}

// crossLone returns the leg that sentence i states with one place, a.lone,
// when that is one end of a crossing of the land border, or -1, -1. A
// Chinese or Russian place that goods leave for North Korea ("from the
// Dandong side") or reach from it ("return to Changbai") crosses to its
// twin town, else to the report's main North Korean place; a North Korean
// crossing town crosses to its twin when the sentence says goods cross the
// river or border ("across the river from Hyesan").
func (a *analysis) crossLone(i int, sl []slotted) (f, t int) {
	si, p := &a.si[i], a.lone
	if len(si.comms) == 0 && si.coref < 0 && si.flags&(fCarrier|fGoodsNoun) == 0 {
		return -1, -1 // "two traders crossed the river to Changbai": people, not goods
	}
	lp := &a.r.Places[p]
	if isFeature(lp) || (isRegion(lp) && !cityRegion(lp)) {
		return -1, -1
	}
	for _, x := range sl {
		if q := &a.r.Places[x.place]; x.place != p && !isFeature(q) && (x.or || !isRegion(q)) {
			return -1, -1 // "from Dandong to Sinuiju or Sakju": the text left the other end open
		}
	}
	tw := a.twin(p)
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != mPlace || m.idx == p || m.idx == tw {
			continue
		}
		if q := &a.r.Places[m.idx]; q.Country == lp.Country && !isFeature(q) && !isRegion(q) {
			// "Yanji wholesalers send them to Sanhe": the goods come from
			// elsewhere on the same side, not across the river.
			return -1, -1
		}
	}
	switch {
	case lp.Country == "CN" || lp.Country == "RU":
		if (si.ev == evProcurement || si.ev == evSale) && a.loneSlot == slotFrom && tradedAt(sl, p) && !a.crossCue(i, true) {
			// "in Jian the Chinese side pays 28 yuan": where goods change
			// hands, not a town they leave.
			return -1, -1
		}
		o, cue := tw, si.kpTo || a.crossCue(i, false)
		if o < 0 {
			// Buying or selling in a Chinese town moves nothing to the
			// report's main place.
			o, cue = a.focalPlace(), si.kpTo && si.ev != evProcurement && si.ev != evSale
			if si.ev == evProcurement || si.ev == evSale || (o >= 0 && a.loneSlot == slotFrom && !a.near(p, o)) {
				o = -1 // nor do goods leaving a town far from it cross the border there
			}
			if o >= 0 && a.loneSlot == slotTo && !a.near(p, o) && !a.crossCue(i, false) && a.landBefore(i, a.posIn(i, p)) && !a.waterBefore(i, a.posIn(i, p)) && !a.seaWords(i) {
				// "The trucks drove down the coast to Donggang": by land,
				// goods from the report's main place cross near it, so a
				// town far from it, reached by road or rail with no word
				// of a crossing, is no sign they came from there (a ship
				// may sail far).
				o = -1
			}
		}
		if o < 0 || !a.legOK(p, o) {
			return -1, -1
		}
		switch {
		case a.loneSlot == slotFrom && cue:
			return p, o
		case a.loneSlot == slotTo && si.headTo == p && !(si.ev == evProcurement && !a.crossWord(i)) && !a.twinDescribes(i, p, tw):
			// Not "wholesalers order them and have them trucked to
			// Linjiang, on the bank of the river": goods bought in China
			// and sent to a Chinese town come from inside China.
			return o, p
		}
	case lp.Country == "KP" && tw >= 0 && a.legOK(p, tw) && a.crossCue(i, true):
		switch {
		case a.loneSlot == slotFrom && a.madeIn(i, a.r.Places[tw].Country):
			// "Smugglers in Hyesan are moving more Chinese phones across the
			// river": goods of the other side's make that traders in the
			// town handle come over to it, not from it; the sentence does
			// not say which way they cross.
			return -1, -1
		case a.loneSlot == slotFrom:
			return p, tw
		case a.loneSlot == slotTo && si.headTo == p && si.kpTo:
			return tw, p
		}
	}
	return -1, -1
}

// madeIn reports whether sentence i names goods as made in country c by an
// adjective right before them: "Chinese mobile phones", "more Russian
// flour".
func (a *analysis) madeIn(i int, c string) bool {
	var adj string
	switch c {
	case "CN":
		adj = "chinese"
	case "RU":
		adj = "russian"
	default:
		return false
	}
	si := &a.si[i]
	for k := si.tlo; k < si.thi; k++ {
		if a.toks[k].w != adj {
			continue
		}
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind != mComm {
				continue
			}
			if m.start <= a.toks[k].s && a.toks[k].s < m.end {
				return true // the adjective inside the good's name
			}
			if gap := a.text[min(a.toks[k].e, m.start):m.start]; m.start >= a.toks[k].e && len(gap) <= 24 && !strings.ContainsAny(gap, ",;:.()") && strings.Count(gap, " ") <= 3 {
				return true
			}
		}
	}
	return false
}

// twinDescribes reports whether sentence i names tw, the twin town of p,
// only to say where p lies: after p and a comma, in a phrase that takes
// no slot ("to Kaishantun, the Chinese town that faces Sambong across the
// Tumen"). Such a sentence says nothing of where the goods came from.
func (a *analysis) twinDescribes(i, p, tw int) bool {
	if tw < 0 {
		return false
	}
	si := &a.si[i]
	end := -1
	for _, m := range a.ms[si.mlo:si.mhi] {
		switch {
		case m.kind != mPlace:
		case m.idx == p && end < 0:
			end = m.end
		case m.idx == tw:
			if end < 0 {
				return false // the twin comes first: "from Sambong to Kaishantun" is no lone stop
			}
			gap := a.text[end:m.start]
			return strings.HasPrefix(gap, ",") && !strings.Contains(gap[1:], ",") && !strings.Contains(gap, ";")
		}
	}
	return false
}

// tradedAt reports whether place p fills its slot in sl through "in" or
// "at" ("bought in A"): where a purchase or sale happens, not whence goods
// leave.
func tradedAt(sl []slotted, p int) bool {
	for _, x := range sl {
		if x.place == p {
			return x.slot == slotIn
		}
	}
	return false
}

// viaTwins rewrites the legs of sentence i across the land border: a
// country that stands in for a named twin town becomes that town ("from
// Musan across the Tumen to China" in a report that names Nanping), and a
// leg that skips the twin of its crossing passes it ("across the Wonjong
// bridge to Hunchun" in a report that names Quanhe), as does one to a
// place that legs, the specific legs stated before, already reach from
// the twin ("by rail through Manpo to Kaechon" … "it waited in Jian" …
// "the wagons carry on to Kaechon").
func (a *analysis) viaTwins(i int, pairs [][2]int, legs []legb) [][2]int {
	si := &a.si[i]
	water := 0 // 1: by land, 2: by water, 0: not yet known
	for k := 0; k < len(pairs) && len(pairs) < 2*maxSlotted; k++ {
		for e := range 2 {
			x, o := pairs[k][e], pairs[k][1-e]
			if !a.countryStandIn(x) {
				continue
			}
			if tw := a.twin(o); tw >= 0 && a.r.Places[tw].Country == a.r.Places[x].Country {
				pairs[k][e] = tw
				if si.tail == x {
					si.tail = tw
				}
			}
		}
		f, t := pairs[k][0], pairs[k][1]
		if water == 0 {
			water = 1
			if a.byWater(i) {
				water = 2
			}
		}
		if water == 2 {
			continue // "motorboats run them down the Yalu to Donggang": no bridge, no twin on the way
		}
		tw := a.viaTwin(f, t)
		if tw < 0 {
			if tw = a.routedTwin(legs, f, t); tw >= 0 && a.legOK(f, tw) {
				pairs[k][1] = tw // the hop on from the twin is a leg already
				continue
			}
		}
		if tw >= 0 && a.legOK(f, tw) && a.legOK(tw, t) {
			pairs[k][1] = tw
			pairs = slices.Insert(pairs, k+1, [2]int{tw, t})
			k++
		}
	}
	return pairs
}

// byWater reports whether sentence i moves goods by water: a boat, ship,
// barge or ferry carries them, or they go down or up the river
// ("motorboats run them down the Yalu", "shipped downriver"). Such a trip
// lands where it says, without passing the twin town across a bridge.
func (a *analysis) byWater(i int) bool {
	return a.waterBefore(i, a.sents[i].end)
}

// waterBefore reports whether the words of sentence i before offset end
// move goods by water, as byWater does.
func (a *analysis) waterBefore(i, end int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		if t.s >= end {
			break
		}
		switch t.w {
		case "boat", "boats", "motorboat", "motorboats", "ship", "ships", "vessel", "vessels", "barge", "barges",
			"ferry", "ferries", "ferried", "tanker", "tankers", "freighter", "freighters", "downriver", "upriver", "downstream", "upstream":
			return true
		case "down", "up":
			if k+2 < len(toks) && toks[k+1].w == "the" {
				switch toks[k+2].w {
				case "river", "yalu", "tumen", "amnok", "duman":
					return true
				}
			}
		}
	}
	return false
}

// landBefore reports whether the words of sentence i before offset end
// move goods by road or rail: "the trucks drove", "railed", "by train".
func (a *analysis) landBefore(i, end int) bool {
	si := &a.si[i]
	for _, t := range a.toks[si.tlo:si.thi] {
		if t.s >= end {
			break
		}
		switch t.w {
		case "truck", "trucks", "trucked", "lorry", "lorries", "drove", "driven", "van", "vans",
			"train", "trains", "rail", "railed", "wagon", "wagons", "road":
			return true
		}
	}
	return false
}

// seaWords reports whether sentence i sends its goods by sea: "shipped",
// "sailed", "by sea".
func (a *analysis) seaWords(i int) bool {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	for k, t := range toks {
		switch t.w {
		case "shipped", "sailed", "sail", "sails", "sailing":
			return true
		case "sea":
			if k > 0 && toks[k-1].w == "by" {
				return true
			}
		}
	}
	return false
}

// generalCross returns the legs of a general sentence that names one side
// of the border and no pair of origin and destination: each crossing town
// it names as an origin or a destination crosses to its twin when the
// sentence says goods cross ("mostly brought across the Tumen from Sanhe
// and Nanping"), and two places of different countries listed together
// after "through" form one corridor, in text order ("by sea through Dalian
// and Nampo").
func (a *analysis) generalCross(i int, sl []slotted) [][2]int {
	var legs [][2]int
	add := func(f, t int) {
		if f >= 0 && t >= 0 && a.legOK(f, t) {
			legs = append(legs, [2]int{f, t})
		}
	}
	hasTo, hasFrom := false, false
	for _, x := range sl {
		hasTo = hasTo || x.slot == slotTo
		hasFrom = hasFrom || x.slot == slotFrom
	}
	if a.crossCue(i, true) {
		for _, x := range sl {
			if x.or || isFeature(&a.r.Places[x.place]) {
				continue
			}
			switch {
			case x.slot == slotFrom:
				add(x.place, a.twin(x.place))
			case x.slot == slotTo && !hasFrom:
				add(a.twin(x.place), x.place)
			}
		}
		if len(legs) > 0 {
			return legs
		}
	}
	if hasTo && !hasFrom {
		// "Musan ore used to go to Jilin": the town the goods are named
		// after is where they start.
		if o := a.originTown(i); o >= 0 {
			for _, x := range sl {
				if x.slot == slotTo && !x.or && !isFeature(&a.r.Places[x.place]) {
					add(o, x.place)
				}
			}
		}
		return legs
	}
	if hasFrom {
		return nil
	}
	for k := 0; k+1 < len(sl); k++ {
		x, y := sl[k], sl[k+1]
		if x.slot != slotVia || y.group != x.group || (k+2 < len(sl) && sl[k+2].group == x.group) || (k > 0 && sl[k-1].group == x.group) || x.or {
			continue
		}
		cx, cy := a.r.Places[x.place].Country, a.r.Places[y.place].Country
		if cx != cy && (cx == "KP" || cy == "KP") && cx != "" && cy != "" {
			add(x.place, y.place)
		}
	}
	return legs
}

// orderBetween resolves "between A and B" (and "through A and B" when A
// and B are twins) in sentence i: two twin towns
// are crossed from the side the goods come from, so they become two stops
// in that order; the side comes from the sentence's origin or destination
// ("leave Rajin, cross the bridge between Quanhe and Wonjong"), else from
// which way the sentence says goods cross the border. Any other "between"
// names no stop.
func (a *analysis) orderBetween(i int, sl []slotted) []slotted {
	n := 0
	for k := 0; k < len(sl); k++ {
		x := sl[k]
		// Not the last two of a longer list ("through Shenyang, Dandong
		// and Sinuiju"): stops passed in turn, in text order.
		pair := k+1 < len(sl) && sl[k+1].group == x.group && !(k+2 < len(sl) && sl[k+2].group == x.group) && !(k > 0 && sl[k-1].group == x.group)
		if !x.btw && !(pair && x.slot == slotVia && !x.or && (a.twin(x.place) == sl[k+1].place || a.twin(sl[k+1].place) == x.place)) {
			// Only "through Dandong and Sinuiju", two twins passed
			// together, is read like "between" too.
			sl[n] = x
			n++
			continue
		}
		if k+1 >= len(sl) || sl[k+1].group != x.group || (k+2 < len(sl) && sl[k+2].group == x.group) {
			for k+1 < len(sl) && sl[k+1].group == x.group {
				k++
			}
			continue
		}
		y := sl[k+1]
		k++
		if a.twin(x.place) != y.place && a.twin(y.place) != x.place {
			continue
		}
		first := a.betweenSide(i, sl, x.group)
		if first == "" {
			continue
		}
		if kp := a.r.Places[x.place].Country == "KP"; kp != (first == "KP") {
			x, y = y, x
		}
		x.pos, y.pos = min(x.pos, y.pos), max(x.pos, y.pos)
		x.btw, y.btw, x.and, y.and = false, false, false, false
		y.group = x.group + 1000 // its own stop
		sl[n], sl[n+1] = x, y
		n += 2
	}
	return sl[:n]
}

// betweenSide returns the country goods come from when they cross the
// twin towns of group g in sentence i, or "".
func (a *analysis) betweenSide(i int, sl []slotted, g int) string {
	for _, z := range sl {
		if z.group != g && z.slot == slotFrom && !z.or {
			return a.r.Places[z.place].Country
		}
	}
	for _, z := range sl {
		if z.group != g && z.slot == slotTo && !z.or {
			if c := a.r.Places[z.place].Country; c == "KP" {
				return "far"
			}
			return "KP"
		}
	}
	in, out := a.sentDirection(i)
	switch {
	case out && !in:
		return "KP"
	case in && !out:
		return "far"
	}
	return ""
}

// originTown returns the one town (not a country or region) that sentence
// i names as the origin of its goods ("Musan ore"), or -1.
func (a *analysis) originTown(i int) int {
	si := &a.si[i]
	found := -1
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != mPlace {
			continue
		}
		p := &a.r.Places[m.idx]
		if !p.Origin || isRegion(p) || isFeature(p) {
			continue
		}
		if found >= 0 && found != m.idx {
			return -1
		}
		found = m.idx
	}
	return found
}

// near reports whether places p and q lie within nearKm of each other, or
// either has no coordinates.
func (a *analysis) near(p, q int) bool {
	pp, pq := &a.r.Places[p], &a.r.Places[q]
	return !hasCoord(pp) || !hasCoord(pq) || km(pp, pq) <= nearKm
}

// borderCue reports whether s says "border" other than as a word for a
// kind of place: "the border city to the north", "a border county" name
// where a town lies, not a crossing.
func borderCue(s string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], "border")
		if k < 0 {
			return false
		}
		off += k + len("border")
		rest := strings.TrimLeft(s[off:], " ")
		if len(rest) == len(s[off:]) {
			return true // "borders", "bordering", "border," …
		}
		switch {
		case hasWord(rest, "city"), hasWord(rest, "cities"), hasWord(rest, "town"), hasWord(rest, "towns"),
			hasWord(rest, "county"), hasWord(rest, "counties"), hasWord(rest, "region"), hasWord(rest, "regions"),
			hasWord(rest, "area"), hasWord(rest, "areas"), hasWord(rest, "province"), hasWord(rest, "provinces"):
			continue
		}
		return true
	}
}

// hasWord reports whether s starts with the word w.
func hasWord(s, w string) bool {
	return strings.HasPrefix(s, w) && (len(s) == len(w) || !wordByteAt(s[len(w)]))
}

func wordByteAt(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}
