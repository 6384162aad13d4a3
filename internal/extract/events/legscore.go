package events

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

// The leg scorer: a learned addition to the rules' route legs.
//
// The rules above state legs from the phrasing they know, and new writers
// phrase movements in ways no rule foresaw. The scorer weighs every ordered
// pair of places that a report names in one sentence or in two neighbouring
// ones, where at least one of the sentences moves goods by the rules'
// reading (a movement, or a trade event that is no plan); a sentence that
// names the destination without moving goods itself may neither trade
// there (a sale is no arrival) nor tell of people travelling. Neither place
// may stand where no leg may: in an attribution ("a source in Hyesan"), in an
// organisation's name, or in a sentence that plans, denies, supposes or asks
// about a movement or states how trade usually runs (general legs are the
// rules' alone: the annotated sets hold too few of them to learn from), nor
// name who acts ("Changbai traders") in a sentence that moves no goods, nor
// where people who come or travel to buy live ("retailers from Anju come to
// Pyongsong to restock"); and
// no pair starts from one more market a Korean 도 adds ("청진으로도").
// Its model is a set of gradient-boosted trees over binary features: the
// route slots each place fills in its sentence (from, via, to, in, none)
// and their order, the word before each place and the Korean particle after
// it, the sentence distance, the places and the verbs of motion, arrival and
// trade between them, whether the sentences move goods, name the same goods,
// or are Korean, their event type and lexicon cues, the countries and kinds
// of the two places, whether they face each other across the border, and
// where in their sentences they stand. A pair whose probability reaches the
// model's threshold becomes a specific leg, with the good and event of its
// sentence, unless the rules carry the goods the other way between the two
// places or either place is one of alternatives ("to Sinuiju or Manpo");
// the rules' own legs always stand. The model lives in
// legmodel.json, which `go generate` retrains from every retired annotated
// set under testdata (testdata/tools/trainlegs; deterministic, and make
// check fails when the file is stale); the tool prints the leave-one-set-out
// figures that chose the features and the threshold (the highest whose F1,
// averaged over the folds, is within 0.005 of the best: precision first).

//go:embed legmodel.json
var legModelJSON []byte

// LegModel is the scorer's trained form, as legmodel.json stores it.
type LegModel struct {
	Weights   map[string]float64 `json:"weights"`
	Trees     [][]TreeNode       `json:"trees,omitempty"`
	Threshold float64            `json:"threshold"` // probability a pair needs to be a leg
	Trained   string             `json:"trained"`   // what it was trained on
}

// TreeNode is a node of one of the model's boosted trees: a split on
// Feature (Yes when the pair has it, else No, as indices into the tree) or,
// with no Feature, a leaf worth Value.
type TreeNode struct {
	Feature string  `json:"f,omitempty"`
	Yes     int     `json:"yes,omitempty"`
	No      int     `json:"no,omitempty"`
	Value   float64 `json:"v,omitempty"`
}

// Candidate is one ordered pair of places the scorer weighs, with the names
// of its features: what the training tool reads.
type Candidate struct {
	From, To     string
	FromID, ToID string // the places' gazetteer ids
	Features     []string
	Rule         bool // the rules state this leg
}

// FeatureNames lists every feature the scorer knows, in a fixed order.
func FeatureNames() []string { return slices.Clone(featNames) }

var (
	featNames []string
	featIndex = map[string]uint16{}
	legModel  scorer
)

// scorer is a LegModel compiled to feature indices.
type scorer struct {
	on     bool
	w      []float64
	nodes  []treeNode // every tree's nodes, one tree after another
	values []float64  // the leaves' values, apart so that the nodes walked share few cache lines
	roots  []uint16   // where each tree starts in nodes
	logit  float64    // the threshold as a log-odds
	th     float64
}

// maxFeatures bounds the features a pair's bit set can hold.
const maxFeatures = 256

// Scorer is a LegModel compiled as Assemble runs it, for tools that score
// candidates the way the extractor will (package legtrain's
// cross-validation).
type Scorer struct{ s scorer }

// CompileLegModel compiles m; it fails as the embedded model would.
func CompileLegModel(m LegModel) (*Scorer, error) {
	s, err := compileLegModel(m)
	if err != nil {
		return nil, err
	}
	return &Scorer{s}, nil
}

// Prob is the probability that a pair with features feats (indices into
// FeatureNames) is a leg.
func (s *Scorer) Prob(feats []int) float64 {
	var buf [64]uint16
	fs := buf[:0]
	for _, f := range feats {
		fs = append(fs, uint16(f))
	}
	return 1 / (1 + math.Exp(-s.s.margin(fs)))
}

// ScorerThreshold is the probability the embedded leg model needs to add a
// leg, 0 when the scorer is off.
func ScorerThreshold() float64 { return legModel.th }

type treeNode struct {
	feat    int16  // -1 for a leaf
	yes, no uint16 // a leaf's yes: its value's index in values
}

// margin is the model's log-odds for a pair with features feats.
func (s *scorer) margin(feats []uint16) float64 {
	var has [maxFeatures / 64]uint64
	m := 0.0
	for _, f := range feats {
		has[f>>6&3] |= 1 << (f & 63)
		m += s.w[f]
	}
	nodes := s.nodes
	for _, k := range s.roots {
		nd := &nodes[k]
		for nd.feat >= 0 {
			if f := nd.feat; has[f>>6&3]&(1<<(f&63)) != 0 {
				nd = &nodes[nd.yes]
			} else {
				nd = &nodes[nd.no]
			}
		}
		m += s.values[nd.yes]
	}
	return m
}

func init() {
	add := func(n string) {
		if _, ok := featIndex[n]; ok {
			return // koAfter names some classes twice
		}
		featIndex[n] = uint16(len(featNames))
		featNames = append(featNames, n)
	}
	for _, n := range []string{
		"bias", "rule", "rule_to_f", "rule_from_t", "rule_from_f", "rule_to_t",
		"d_same", "d_next", "d_prev", "d_far", "same_good", "fwd", "between0", "between1", "between2",
		"mv_f", "mv_t", "gen", "neg", "hypo", "goods_f", "goods_t", "korean",
		"twin", "attr_f", "attr_t", "org_f", "org_t", "actor_f", "actor_t", "first_f", "last_t", "last_f", "first_t",
	} {
		add(n)
	}
	for _, n := range flagNames {
		add("fl_" + n.n)
	}
	for _, w := range prevWords {
		add("pw_f_" + w)
		add("pw_t_" + w)
	}
	for _, w := range koAfter {
		add("ka_f_" + w.n)
		add("ka_t_" + w.n)
	}
	for _, n := range []string{"bt_move", "bt_arrive", "bt_clause", "bt_trig", "td_near", "td_mid", "td_far"} {
		add(n)
	}
	for _, k := range kindNames {
		add("kf_" + k)
		add("kt_" + k)
	}
	for _, c := range countryNames {
		for _, d := range countryNames {
			add("cc_" + c + "_" + d)
		}
	}
	for e := range evNames {
		add("ev_" + evNames[e])
	}
	for _, x := range slotLetters {
		for _, y := range slotLetters {
			add("s_" + x + "_" + y)
			add("x_" + x + "_" + y)
		}
	}
	if len(featNames) > maxFeatures {
		panic(fmt.Sprintf("events: %d leg features, more than the %d a pair's bit set holds", len(featNames), maxFeatures))
	}
	fillFeatureIDs()
	m, err := parseLegModel(legModelJSON)
	if err != nil {
		panic(fmt.Sprintf("events: embedded legmodel.json: %v", err))
	}
	legModel = m
}

// prevWords are the words before a place that count as features; any other
// is "other", and a comma right before the place is "comma".
var prevWords = [...]string{"other", "comma", "from", "to", "into", "via", "through", "across", "in", "at", "near", "for", "toward", "onto", "of", "and", "or", "reach", "leave", "between", "outside", "off", "over", "back", "down", "up", "on"}

var prevWordIndex = func() map[string]uint8 {
	m := map[string]uint8{}
	for k, w := range prevWords {
		m[w] = uint8(k)
	}
	for w, k := range map[string]string{"towards": "toward", "reached": "reach", "reaching": "reach", "reaches": "reach", "left": "leave", "leaving": "leave", "leaves": "leave"} {
		m[w] = m[k]
	}
	return m
}()

// koAfter are the Korean particles after a place that count as features.
var koAfter = [...]struct{ n, p string }{{"none", ""}, {"eseo", "에서"}, {"euro", "으로"}, {"ro", "로"}, {"kkaji", "까지"}, {"via", "를 거쳐"}, {"via", "을 거쳐"}, {"via", "를 통해"}, {"via", "을 통해"}, {"ui", "의"}, {"e", "에"}, {"and", "과"}, {"and", "와"},
	{"also", "으로도"}, {"also", "로도"}, {"also", "에도"}, {"also", "까지도"}} // 도: one more market, not where the goods were left

// flagNames are the lexicon flags of a pair's sentences that count as features.
var flagNames = [...]struct {
	n string
	f uint32
}{{"move", fMove}, {"carrier", fCarrier}, {"arrive", fArrive}, {"export", fExport}, {"import", fImport}, {"smuggle", fSmuggle}, {"trade", fTradeObj}, {"border", fBorderObj}, {"clause", fClause}, {"speech", fSpeech}, {"goodsnoun", fGoodsNoun}, {"anaphor", fAnaphor}}

var evNames = [...]string{"none", "seizure", "suspension", "resumption", "procurement", "sale", "crossing", "shipment", "plan"}

// parseLegModel compiles a stored model. An empty file or one without
// weights turns the scorer off: the rules' legs stand as they are.
func parseLegModel(b []byte) (scorer, error) {
	var m LegModel
	if len(b) == 0 {
		return scorer{}, nil
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return scorer{}, fmt.Errorf("reading the leg model: %w", err)
	}
	return compileLegModel(m)
}

// compileLegModel turns a LegModel into feature indices and flat trees. A
// model without weights or trees turns the scorer off.
func compileLegModel(m LegModel) (scorer, error) {
	if len(m.Weights) == 0 && len(m.Trees) == 0 {
		return scorer{}, nil
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		return scorer{}, fmt.Errorf("leg model threshold %v is not a probability strictly between 0 and 1", m.Threshold)
	}
	s := scorer{on: true, w: make([]float64, len(featNames)), logit: math.Log(m.Threshold / (1 - m.Threshold)), th: m.Threshold}
	for n, w := range m.Weights {
		k, ok := featIndex[n]
		if !ok {
			return scorer{}, fmt.Errorf("leg model weighs an unknown feature %q: retrain it with go generate", n)
		}
		s.w[k] = w
	}
	for ti, t := range m.Trees {
		base := len(s.nodes)
		if base+len(t) > 1<<16 {
			return scorer{}, fmt.Errorf("leg model has more than %d tree nodes", 1<<16)
		}
		nodes := make([]treeNode, len(t))
		for k, nd := range t {
			if nd.Feature == "" {
				nodes[k] = treeNode{feat: -1, yes: uint16(len(s.values))}
				s.values = append(s.values, nd.Value)
				continue
			}
			f, ok := featIndex[nd.Feature]
			if !ok {
				return scorer{}, fmt.Errorf("leg model tree %d splits on an unknown feature %q: retrain it with go generate", ti, nd.Feature)
			}
			if nd.Yes <= k || nd.No <= k || nd.Yes >= len(t) || nd.No >= len(t) {
				return scorer{}, fmt.Errorf("leg model tree %d: node %d points outside the tree or back", ti, k)
			}
			nodes[k] = treeNode{feat: int16(f), yes: uint16(base + nd.Yes), no: uint16(base + nd.No)}
		}
		if len(nodes) == 0 {
			return scorer{}, fmt.Errorf("leg model tree %d is empty", ti)
		}
		s.roots = append(s.roots, uint16(base))
		s.nodes = append(s.nodes, nodes...)
	}
	return s, nil
}

// occ is one place a sentence names, with the slot it fills there.
type occ struct {
	sent, place, pos, end int
	slot                  uint8
	attr, org, actor      bool  // actor: an actor noun follows ("Changbai traders")
	visitor               bool  // who travels: "retailers from Anju come to Pyongsong"
	or                    bool  // one of alternatives ("to Sinuiju or Manpo")
	pw, ka                uint8 // indices into prevWords and koAfter
	tok                   int   // index of the first token at or after pos
}

// cand is a pair under consideration: the nearest sentences that name
// both places, and the rule legs between them.
type cand struct {
	f, t   int // place indices
	of, ot int // indices into analysis.occs, -1 when the pair came from a rule leg alone
	rule   int // index of the first rule leg f→t, -1 for none
	feats  [64]uint16
	n      int
}

// scoreLegs weighs the rules' legs and the pairs of nearby places, and
// returns the legs the model keeps, in the order of the text. With the
// scorer off and no capture, the rules' legs pass unchanged.
func (a *analysis) scoreLegs(evs []*evb, legs []legb) []legb {
	if !legModel.on && a.capture == nil {
		return legs
	}
	a.moveMemo = append(a.moveMemo[:0], make([]uint8, len(a.si))...)
	a.slotDone = append(a.slotDone[:0], make([]bool, len(a.si))...)
	a.collectOccs()
	cands := a.cands[:0]
	defer func() { a.cands = cands[:0] }()
	find := func(f, t int) int {
		for k := range cands {
			if a.samePlace(cands[k].f, f) && a.samePlace(cands[k].t, t) {
				return k
			}
		}
		return -1
	}
	better := func(c *cand, of, ot int) bool {
		if c.of < 0 {
			return true
		}
		d := dist(a.occs[ot].sent, a.occs[of].sent)
		e := dist(a.occs[c.ot].sent, a.occs[c.of].sent)
		return d < e
	}
	// Pairs of places within one sentence or two neighbouring ones.
	for x := range a.occs {
		ox := &a.occs[x]
		for y := x + 1; y < len(a.occs); y++ {
			oy := &a.occs[y]
			if oy.sent > ox.sent+1 {
				break
			}
			if a.samePlace(ox.place, oy.place) || a.within(ox.place, oy.place) || a.within(oy.place, ox.place) || !a.mayMove(ox) || !a.mayMove(oy) {
				continue
			}
			if !a.moves(ox.sent) && !a.moves(oy.sent) {
				continue
			}
			for _, p := range [2][2]int{{x, y}, {y, x}} {
				if j := a.occs[p[1]].sent; !a.moves(j) && (a.si[j].people || a.peopleTravel(j) || a.si[j].ev != evNone) {
					continue // people travel, or the sentence trades without moving goods
				}
				if koAfter[a.occs[p[0]].ka].n == "also" {
					continue // "청진으로도": one more market, not where the goods were left
				}
				f, t := a.occs[p[0]].place, a.occs[p[1]].place
				if k := find(f, t); k >= 0 {
					if better(&cands[k], p[0], p[1]) {
						cands[k].of, cands[k].ot = p[0], p[1]
					}
					continue
				}
				if len(cands) >= 4*MaxLegs {
					break
				}
				cands = append(cands, cand{f: f, t: t, of: p[0], ot: p[1], rule: -1})
			}
		}
	}
	for k := range legs {
		l := &legs[k]
		c := find(l.f, l.t)
		if c < 0 {
			cands = append(cands, cand{f: l.f, t: l.t, of: a.occAt(l.sf, l.f), ot: a.occAt(l.st, l.t), rule: k})
			continue
		}
		if cands[c].rule < 0 {
			cands[c].rule = k
		}
	}
	keep := a.keepLegs[:0]
	defer func() { a.keepLegs = keep[:0] }()
	for k := range cands {
		c := &cands[k]
		if a.capture == nil && c.rule >= 0 {
			continue // the rules' legs stand unscored
		}
		a.features(c, legs)
		if a.capture != nil {
			pf, pt := &a.r.Places[c.f], &a.r.Places[c.t]
			cp := Candidate{From: pf.Name, FromID: pf.ID, To: pt.Name, ToID: pt.ID, Rule: c.rule >= 0}
			for _, f := range c.feats[:c.n] {
				cp.Features = append(cp.Features, featNames[f])
			}
			*a.capture = append(*a.capture, cp)
		}
		if !legModel.on {
			continue
		}
		if c.rule < 0 && legModel.margin(c.feats[:c.n]) >= legModel.logit {
			keep = append(keep, k)
		}
	}
	if !legModel.on || len(keep) == 0 {
		return legs
	}
	out := append(legs[:0:0], legs...)
	for _, k := range keep {
		c := &cands[k]
		if pf, pt := &a.r.Places[c.f], &a.r.Places[c.t]; c.rule >= 0 || c.of < 0 || c.ot < 0 || pf.ID == pt.ID || pf.Name == pt.Name {
			continue
		}
		if a.occs[c.of].or || a.occs[c.ot].or {
			continue // alternatives take no part in a route
		}
		if slices.ContainsFunc(legs, func(l legb) bool { return a.samePlace(l.f, c.t) && a.samePlace(l.t, c.f) }) {
			continue // the rules carry the goods the other way: no loop
		}
		i, j := a.occs[c.of].sent, a.occs[c.ot].sent
		good := a.goodBefore(j, c.t)
		if good < 0 {
			good = a.si[j].coref
		}
		if good < 0 {
			good = a.goodBefore(i, c.f)
		}
		l := a.leg(c.f, c.t, min(i, j), max(i, j), good, a.eventOf(evs, j, good), false)
		// The rules' legs keep their order; an added leg goes before the
		// first one told later than it, and before the general legs.
		at := slices.IndexFunc(out, func(o legb) bool { return o.General || min(o.sf, o.st) > l.sf })
		if at < 0 {
			at = len(out)
		}
		out = slices.Insert(out, at, l)
	}
	return a.dropShortcuts(out)
}

// mayMove reports whether a place the rules did not route may still be an
// end of a leg where it stands: not where a source speaks from or inside an
// organisation's name, and not in a sentence that plans, denies, supposes
// or asks about a movement (the guidelines' "not legs").
func (a *analysis) mayMove(o *occ) bool {
	si := &a.si[o.sent]
	if o.actor && !a.moves(o.sent) {
		return false // "Changbai traders watched": who, not where goods go
	}
	if o.visitor {
		return false // "vendors from Anju come to Pyongsong to buy": where buyers live, not where goods go or start
	}
	return !o.attr && !o.org && !si.neg && !si.hypo && !si.planned && !si.whether && !si.general && si.ev != evPlan && !a.comparedAt(o)
}

// visitorFrom reports whether the place whose first token is first and
// whose next token after it is k names where people come from who then
// travel to buy or sell: "retailers from Anju come to Pyongsong to restock",
// "vendors from Sunchon travel to Pyongsong and Anju every week", "buyers
// from Yanji visit Tumen". Their home town is no end of a hop: the goods
// they buy, if they go anywhere, go the other way. Carrying the goods
// ("traders from Hyesan carried the sugar to Samsu") is no such trip.
func (a *analysis) visitorFrom(si *sentInfo, first, k int) bool {
	from := -1
	for j := first - 1; j > si.tlo && j >= first-5; j-- {
		if t := a.toks[j]; t.w == "from" {
			from = j
			break
		} else if t.w != "and" && t.w != "or" && !(t.s < len(a.text) && a.text[t.s] >= 'A' && a.text[t.s] <= 'Z') {
			return false // only other places may stand between: "from Sunchon and Anju"
		}
	}
	if from < 0 {
		return false
	}
	if w := a.toks[from-1].w; a.toks[from-1].lx.flags&fActor == 0 && !peopleNoun(w) {
		return false
	}
	for j := k; j < si.thi && j <= k+5; j++ {
		t := a.toks[j]
		if visitVerb(t.w) {
			return true
		}
		if t.lx.ev != 0 || t.lx.flags&(fMove|fClause|fSpeaker) != 0 {
			return false
		}
	}
	return false
}

// visitVerb names the verbs of people going somewhere themselves.
func visitVerb(w string) bool {
	switch w {
	case "come", "comes", "came", "coming", "visit", "visits", "visited", "visiting", "flock", "flocks", "flocked",
		"travel", "travels", "travelled", "traveled", "travelling", "traveling", "journey", "journeys", "journeyed":
		return true
	}
	return false
}

// comparedAt reports whether the place of o stands in a comparison, a few
// words after "than": "his price is lower than anything around Tonghua",
// "cheaper than in Dandong". A place a price is measured against is no
// end of a leg.
func (a *analysis) comparedAt(o *occ) bool {
	si := &a.si[o.sent]
	toks := a.toks[si.tlo:si.thi]
	k := min(o.tok-si.tlo, len(toks))
	next := o.pos
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if !a.clauseGap(toks[j].e, next) {
			return false
		}
		next = toks[j].s
		if toks[j].w == "than" {
			return true
		}
	}
	return false
}

// What sentMoves knows of a sentence.
const (
	movesKnown    uint8 = 1 << iota
	movesMovement       // a movement by the rules' reading
	movesGoods          // a movement, or a trade event that is no plan, and no people travelling
)

// sentMoves says, once per sentence, whether sentence i moves goods.
func (a *analysis) sentMoves(i int) uint8 {
	if m := a.moveMemo[i]; m&movesKnown != 0 {
		return m
	}
	si := &a.si[i]
	m := movesKnown
	if a.movement(i) {
		m |= movesMovement | movesGoods
	} else if si.ev != evNone && si.ev != evPlan && !si.neg && !si.people {
		m |= movesGoods
	}
	a.moveMemo[i] = m
	return m
}

// moves reports whether sentence i moves goods by the rules' reading: a
// movement, or a trade event that is no plan, and no people travelling.
func (a *analysis) moves(i int) bool { return a.sentMoves(i)&movesGoods != 0 }

// sameGoods reports whether sentences i and j name a good in common,
// directly or through an anaphor.
func (a *analysis) sameGoods(i, j int) bool {
	si, sj := &a.si[i], &a.si[j]
	has := func(g int) bool { return slices.Contains(sj.comms, g) || sj.coref == g }
	return slices.ContainsFunc(si.comms, has) || (si.coref >= 0 && has(si.coref))
}

// collectOccs lists, sentence by sentence, the places each names once, in
// the sentences that move goods and their neighbours, the only ones a
// weighed pair can come from; fillSlots adds their route slots.
func (a *analysis) collectOccs() {
	a.occs = a.occs[:0]
	for i := range a.si {
		if !a.moves(i) && (i == 0 || !a.moves(i-1)) && (i+1 == len(a.si) || !a.moves(i+1)) {
			continue // no pair of places here can be weighed
		}
		si := &a.si[i]
		first := len(a.occs)
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind != mPlace || isFeature(&a.r.Places[m.idx]) {
				continue
			}
			dup := false
			for _, o := range a.occs[first:] {
				if a.samePlace(o.place, m.idx) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			o := occ{sent: i, place: m.idx, pos: m.start, end: m.end, attr: a.inAttr(i, m.start, m.end), org: a.inOrg(si, m)}
			o.tok, o.pw = a.prevWord(si, m.start)
			o.ka = koParticleAfter(a.text[m.end:min(len(a.text), m.end+16)])
			if o.tok < si.thi {
				k := o.tok
				for k < si.thi && a.toks[k].s < m.end {
					k++
				}
				o.actor = k < si.thi && a.toks[k].lx.flags&(fActor|fSpeaker) != 0 && a.cleanGap(m.end, a.toks[k].s)
				o.visitor = a.visitorFrom(si, o.tok, k)
			}
			a.occs = append(a.occs, o)
		}
		if len(a.occs) > 8*MaxLegs {
			break
		}
	}
}

// fillSlots gives the places of sentence i the route slots the sentence
// gives them, once: only sentences a weighed pair comes from need them.
func (a *analysis) fillSlots(i int) {
	if a.slotDone[i] {
		return
	}
	a.slotDone[i] = true
	lo, _ := slices.BinarySearchFunc(a.occs, i, func(o occ, i int) int { return o.sent - i })
	hi := lo
	for hi < len(a.occs) && a.occs[hi].sent == i {
		hi++
	}
	if hi == lo {
		return
	}
	for _, s := range a.slotPlaces(i) {
		for k := lo; k < hi; k++ {
			if o := &a.occs[k]; a.samePlace(o.place, s.place) && o.slot == slotNone {
				o.slot, o.or = s.slot, s.or
				break
			}
		}
	}
}

// prevWord finds the first token of sentence si at or after pos and
// classes the word before pos.
func (a *analysis) prevWord(si *sentInfo, pos int) (int, uint8) {
	toks := a.toks[si.tlo:si.thi]
	k, _ := slices.BinarySearchFunc(toks, pos, func(t tok, p int) int { return t.s - p })
	if k == 0 {
		return si.tlo, 0
	}
	prev := toks[k-1]
	for _, c := range a.text[min(prev.e, pos):pos] { // a mention may start inside a word
		if c == ',' {
			return si.tlo + k, 1
		}
	}
	return si.tlo + k, prevWordIndex[prev.w] // 0, "other", when absent
}

func koParticleAfter(rest string) uint8 {
	if rest == "" || rest[0] < utf8.RuneSelf {
		return 0 // every particle starts with a Hangul syllable
	}
	best, n := 0, 0
	for k, p := range koAfter[1:] {
		if len(p.p) > n && strings.HasPrefix(rest, p.p) {
			best, n = k+1, len(p.p)
		}
	}
	return uint8(best)
}

// occAt is the occurrence of place p in sentence i, or -1.
func (a *analysis) occAt(i, p int) int {
	for k := range a.occs {
		if a.occs[k].sent == i && a.samePlace(a.occs[k].place, p) {
			return k
		}
	}
	return -1
}

var slotLetters = [...]string{slotNone: "n", slotFrom: "f", slotVia: "v", slotTo: "t", slotIn: "i"}

// features fills c.feats.
func (a *analysis) features(c *cand, legs []legb) {
	c.n = 0
	add := func(k uint16) {
		if c.n < len(c.feats) {
			c.feats[c.n] = k
			c.n++
		}
	}
	add(fid.bias)
	if c.rule >= 0 {
		add(fid.rule)
	}
	// Where the rules leave the goods: a pair that goes on from a rule
	// leg's end, or leads into a rule leg's start.
	var toF, fromT, fromF, toT bool
	for k := range legs {
		l := &legs[k]
		toF = toF || a.samePlace(l.t, c.f)
		fromT = fromT || a.samePlace(l.f, c.t)
		fromF = fromF || a.samePlace(l.f, c.f)
		toT = toT || a.samePlace(l.t, c.t)
	}
	for _, b := range [...]struct {
		on bool
		k  uint16
	}{{toF, fid.ruleToF}, {fromT, fid.ruleFromT}, {fromF, fid.ruleFromF}, {toT, fid.ruleToT}} {
		if b.on {
			add(b.k)
		}
	}
	pf, pt := &a.r.Places[c.f], &a.r.Places[c.t]
	add(fid.kind[0][placeKind(pf)])
	add(fid.kind[1][placeKind(pt)])
	add(fid.cc[countryClass(pf.Country)][countryClass(pt.Country)])
	if tw := a.twin(c.f); tw >= 0 && a.samePlace(tw, c.t) {
		add(fid.twin)
	}
	if c.of < 0 || c.ot < 0 {
		return
	}
	of, ot := &a.occs[c.of], &a.occs[c.ot]
	i, j := of.sent, ot.sent
	a.fillSlots(i)
	a.fillSlots(j)
	switch {
	case i == j:
		add(fid.dSame)
		add(fid.slot[0][of.slot][ot.slot])
		add(fid.between[min(max(c.of, c.ot)-min(c.of, c.ot)-1, 2)])
		lo, hi := min(of.tok, ot.tok), max(of.tok, ot.tok)
		var fl uint32
		trig := false
		for _, t := range a.toks[lo:hi] {
			fl |= t.lx.flags
			trig = trig || (t.lx.ev != evNone && t.lx.flags&fNounTrig == 0)
		}
		for _, b := range [...]struct {
			on bool
			k  uint16
		}{{fl&fMove != 0, fid.btMove}, {fl&fArrive != 0, fid.btArrive}, {fl&fClause != 0, fid.btClause}, {trig, fid.btTrig}} {
			if b.on {
				add(b.k)
			}
		}
		add(fid.td[min((hi-lo)/6, 2)])
	case j == i+1:
		add(fid.dNext)
		add(fid.slot[1][of.slot][ot.slot])
	case j == i-1:
		add(fid.dPrev)
		add(fid.slot[1][of.slot][ot.slot])
	default:
		add(fid.dFar)
		add(fid.slot[1][of.slot][ot.slot])
	}
	if a.sameGoods(i, j) {
		add(fid.sameGood)
	}
	if of.pos < ot.pos {
		add(fid.fwd)
	}
	add(fid.pw[0][of.pw])
	add(fid.pw[1][ot.pw])
	if of.ka > 0 {
		add(fid.ka[0][of.ka])
	}
	if ot.ka > 0 {
		add(fid.ka[1][ot.ka])
	}
	si, sj := &a.si[i], &a.si[j]
	for _, b := range [...]struct {
		on bool
		k  uint16
	}{
		{a.sentMoves(i)&movesMovement != 0, fid.mvF}, {a.sentMoves(j)&movesMovement != 0, fid.mvT},
		{si.general || sj.general, fid.gen}, {si.neg || sj.neg, fid.neg}, {si.hypo || sj.hypo, fid.hypo},
		{len(si.comms) > 0 || si.coref >= 0, fid.goodsF}, {len(sj.comms) > 0 || sj.coref >= 0, fid.goodsT},
		{si.korean, fid.korean}, {of.attr, fid.attrF}, {ot.attr, fid.attrT}, {of.org, fid.orgF}, {ot.org, fid.orgT}, {of.actor, fid.actorF}, {ot.actor, fid.actorT},
		{c.of == 0 || a.occs[c.of-1].sent != i, fid.firstF}, // the first place its sentence names
		{c.ot == len(a.occs)-1 || a.occs[c.ot+1].sent != j, fid.lastT},
		{c.of == len(a.occs)-1 || a.occs[c.of+1].sent != i, fid.lastF},
		{c.ot == 0 || a.occs[c.ot-1].sent != j, fid.firstT},
	} {
		if b.on {
			add(b.k)
		}
	}
	for k, fl := range flagNames {
		if (si.flags|sj.flags)&fl.f != 0 {
			add(fid.flag[k])
		}
	}
	if int(sj.ev) < len(evNames) {
		add(fid.ev[sj.ev])
	}
}

// fid holds the index of every feature by what it tests, so that features
// builds no names.
var fid struct {
	bias, rule, twin, dSame, dNext, dPrev, dFar, sameGood, fwd uint16
	ruleToF, ruleFromT, ruleFromF, ruleToT                     uint16
	mvF, mvT, gen, neg, hypo, goodsF, goodsT, korean           uint16
	attrF, attrT, orgF, orgT, firstF, lastT, lastF, firstT     uint16
	actorF, actorT                                             uint16
	btMove, btArrive, btClause, btTrig                         uint16
	between, td                                                [3]uint16
	kind                                                       [2][3]uint16 // from, to × country, admin1, town
	cc                                                         [4][4]uint16 // KP, CN, RU, other
	slot                                                       [2][5][5]uint16
	pw                                                         [2][len(prevWords)]uint16
	ka                                                         [2][len(koAfter)]uint16
	flag                                                       [len(flagNames)]uint16
	ev                                                         [len(evNames)]uint16
}

var (
	kindNames    = [...]string{"country", "admin1", "town"}
	countryNames = [...]string{"KP", "CN", "RU", "OT"}
)

func fillFeatureIDs() {
	id := func(n string) uint16 {
		k, ok := featIndex[n]
		if !ok {
			panic("events: no feature " + n)
		}
		return k
	}
	for _, f := range [...]struct {
		p *uint16
		n string
	}{
		{&fid.bias, "bias"}, {&fid.rule, "rule"}, {&fid.ruleToF, "rule_to_f"}, {&fid.ruleFromT, "rule_from_t"}, {&fid.ruleFromF, "rule_from_f"}, {&fid.ruleToT, "rule_to_t"}, {&fid.twin, "twin"}, {&fid.dSame, "d_same"}, {&fid.dNext, "d_next"},
		{&fid.dPrev, "d_prev"}, {&fid.dFar, "d_far"}, {&fid.sameGood, "same_good"}, {&fid.fwd, "fwd"},
		{&fid.mvF, "mv_f"}, {&fid.mvT, "mv_t"}, {&fid.gen, "gen"}, {&fid.neg, "neg"}, {&fid.hypo, "hypo"},
		{&fid.goodsF, "goods_f"}, {&fid.goodsT, "goods_t"}, {&fid.korean, "korean"}, {&fid.attrF, "attr_f"},
		{&fid.attrT, "attr_t"}, {&fid.orgF, "org_f"}, {&fid.orgT, "org_t"}, {&fid.actorF, "actor_f"}, {&fid.actorT, "actor_t"}, {&fid.firstF, "first_f"},
		{&fid.lastT, "last_t"}, {&fid.lastF, "last_f"}, {&fid.firstT, "first_t"}, {&fid.btMove, "bt_move"},
		{&fid.btArrive, "bt_arrive"}, {&fid.btClause, "bt_clause"}, {&fid.btTrig, "bt_trig"},
	} {
		*f.p = id(f.n)
	}
	for k, n := range [...]string{"between0", "between1", "between2"} {
		fid.between[k] = id(n)
	}
	for k, n := range [...]string{"td_near", "td_mid", "td_far"} {
		fid.td[k] = id(n)
	}
	for k, n := range kindNames {
		fid.kind[0][k], fid.kind[1][k] = id("kf_"+n), id("kt_"+n)
	}
	for x, c := range countryNames {
		for y, d := range countryNames {
			fid.cc[x][y] = id("cc_" + c + "_" + d)
		}
	}
	for x, p := range slotLetters {
		for y, q := range slotLetters {
			fid.slot[0][x][y], fid.slot[1][x][y] = id("s_"+p+"_"+q), id("x_"+p+"_"+q)
		}
	}
	for k, w := range prevWords {
		fid.pw[0][k], fid.pw[1][k] = id("pw_f_"+w), id("pw_t_"+w)
	}
	for k, w := range koAfter {
		fid.ka[0][k], fid.ka[1][k] = id("ka_f_"+w.n), id("ka_t_"+w.n)
	}
	for k, f := range flagNames {
		fid.flag[k] = id("fl_" + f.n)
	}
	for k, e := range evNames {
		fid.ev[k] = id("ev_" + e)
	}
}

// placeKind indexes kindNames.
func placeKind(p *model.Place) int {
	switch p.Kind {
	case "country":
		return 0
	case "admin1", "region":
		if !cityRegion(p) {
			return 1
		}
	}
	return 2
}

// countryClass indexes countryNames.
func countryClass(c string) int {
	switch c {
	case "KP":
		return 0
	case "CN":
		return 1
	case "RU":
		return 2
	}
	return 3
}

// LegCandidates runs Assemble on r and returns every pair of places the leg
// scorer weighs, with its features, before the scorer decides: the training
// data of testdata/tools/trainlegs. r must hold part 1's mentions only.
func LegCandidates(text string, r *model.ExtractionResult) []Candidate {
	var out []Candidate
	assemble(text, r, &out)
	return out
}
