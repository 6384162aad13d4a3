package events

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
	"github.com/yalu-osint/yalu/internal/model"
)

// Mention kinds.
const (
	mPlace uint8 = iota
	mOrg
	mComm
	mPrice
	mQty
	mDate
)

// mref is one part-1 mention: its span and which value it belongs to.
type mref struct {
	start, end int
	kind       uint8
	idx        int
}

// tok is one ASCII word of the text; w is its lowercase form.
type tok struct {
	s, e int
	w    string
	lx   word
}

// actor is a party named in a sentence: an organisation or a phrase such
// as "North Korean traders".
type actor struct {
	name  string
	pos   int
	end   int
	org   int // index into Organizations, -1 for a phrase
	state bool
}

// kotrig is a Korean lexicon hit.
type kotrig struct {
	pos, end int
	k        *koTrigger
}

// sentInfo is what one sentence says, before events are built.
type sentInfo struct {
	mlo, mhi int // range in analysis.ms
	tlo, thi int // range in analysis.toks

	ev      uint8 // chosen event type
	secEv   uint8 // the trade trigger under a plan
	trigPos int
	neg     bool
	flags   uint32 // union of the flags of the sentence's words
	trigFl  uint32 // flags of the chosen trigger (import, export)
	general bool
	pattern bool // a movement told as part of a pattern a report has just announced: its legs are general
	genMost bool // the only general cue is "most" or 대부분
	hypo    bool // would, could, might, expected to, if: a movement that may happen
	planned bool // a plan cue right before a verb of motion, with no trade trigger: "planned to take them on to Yanji"
	korean  bool
	capital bool  // "the capital": a stop that may stand for a country's capital
	cross   uint8 // crossCue's answers once known (crossKnown …)

	hedges []string
	attr   string
	attrS  int
	attrE  int
	spec   float64

	sts, smuggle, official, state bool
	move                          bool // an affirmed shipment, crossing, purchase or sale trigger

	comms []int // commodities named directly, in order of first mention
	coref int   // the good an anaphor refers to, -1 for none
	roles roles

	rlo, rhi int // the sentence's route: analysis.routes[rlo:rhi]
	// The place of the first stop of the sentence's legs when that stop
	// is a lone destination, and of its last stop when that is one place;
	// -1 for none. They link a movement to the sentence before it.
	headTo, tail int
	tlo2, thi2   int // several places of the last stop, in analysis.tailPl
	orig         int // the one place the sentence's own legs start from, or -1
	// first: the place of the sentence's first stop when it is one place,
	// -1 for none; fromOnly: every stop is an origin. A sentence that tells
	// an earlier hop ("it had been trucked up from Nampo") links its origin
	// to the first stop of the movement told before.
	first        int
	fromOnly     bool
	whole        bool // the sentence states at least one leg on its own
	made         bool // tail is where the goods were made or caught ("caught off Kimchaek")
	lastF, lastT int  // the last specific leg the sentence states, -1 for none
	kpTo         bool
	kpFrom       bool
	// kpToOpen: the North Korean destination of kpTo has no origin named
	// ("hauls them down to Hyesan"); kpFromOpen: the North Korean origin of
	// kpFrom has no destination ("buys roots from the Kaesong farms").
	// Either may be a move inside the country.
	kpToOpen, kpFromOpen bool
	// whether: the sentence asks whether something happened ("did not
	// say whether the drones were sent on"); people: its shipment
	// trigger has people as its object ("sent their managers to Manpo").
	whether, people bool
	bought          bool // a purchase by a foreign buyer, read as North Korea's sale
	hasDate         int  // first date index, -1 for none
}

type roles struct{ buyer, seller, intermediary, endUser string }

// analysis holds the state of one Assemble call. Assemble takes it from
// analysisPool and returns it, so its buffers are reused across calls.
type analysis struct {
	heldOpen  int    // the stop "Before Hamhung" names in heldBefore, or -1
	told      []legb // the legs stated so far, while stateLegs runs: prevTails reads them
	text, low string
	r         *model.ExtractionResult
	sents     []sent
	ms        []mref
	orgEnd    []int // orgEnd[i]: the furthest end of an organisation among ms[:i+1]
	toks      []tok
	si        []sentInfo
	kos       []kotrig // Korean hits of the current sentence
	heads     []actor  // full actor phrases seen so far, for "the traders"
	actors    []actor  // the parties of the current sentence

	// Per-sentence lists live in these, in sentence order.
	hedgeBuf []string
	commBuf  []int
	routes   []int

	// Scratch for building events and legs.
	cand     evb
	slab     []evb
	nodes    []sentNode
	sentBuf  []int
	evRoutes []int
	evs      []*evb
	intBuf   []int
	lowBuf   []byte // backs low; reused, so no string of low may reach the result
	slots    []slotted
	keep     []slotted
	headPl   []int // the destinations a sentence's movement starts with
	tailPl   []int // the last stops of several places, by sentInfo.tlo2
	seen     []int // scratch for dropShortcuts
	// The one place a sentence's movement starts from, or -1, and where.
	headFrom, headFromPos int
	headToPos             int // where the sentence's first destination (headPl) starts
	one                   [1]int
	lone                  int  // the one place of a movement with one stop, or -1
	openAt                bool // the sentence's one stop is its opening "At X"
	loneSlot              uint8
	focal                 int // the report's main North Korean place, -2 before it is sought
	rt                    []int
	nrt                   []int
	chain                 []int
	done                  []int
	legs                  []legb
	general               []legb
	pairs                 [][2]int

	// The leg scorer's scratch, and where LegCandidates collects.
	occs     []occ
	cands    []cand
	keepLegs []int
	moveMemo []uint8
	motion   []uint8 // what movement read of each sentence's words
	slotDone []bool
	capture  *[]Candidate
}

var analysisPool = sync.Pool{New: func() any { return new(analysis) }}

// maxPooled bounds the buffers kept for reuse: those of a huge document go
// to the garbage collector.
const maxPooled = 1 << 16

// release drops the references to the caller's text and result and
// returns a to the pool. The token and sentence tables, the largest, are
// overwritten by the next call rather than cleared: the words and phrases
// they still point to stay alive only until the pool is emptied at the
// next garbage collections.
func (a *analysis) release() {
	if cap(a.toks) > maxPooled || cap(a.ms) > maxPooled || cap(a.si) > maxPooled {
		return
	}
	a.text, a.low, a.r, a.capture = "", "", nil, nil
	if cap(a.lowBuf) > maxPooled<<4 {
		a.lowBuf = nil
	}
	clear(a.kos[:cap(a.kos)])
	clear(a.heads[:cap(a.heads)])
	clear(a.actors[:cap(a.actors)])
	clear(a.hedgeBuf[:cap(a.hedgeBuf)])
	a.cand = evb{}
	clear(a.slab[:cap(a.slab)])
	clear(a.evs[:cap(a.evs)])
	clear(a.legs[:cap(a.legs)])
	clear(a.general[:cap(a.general)])
	a.heads, a.actors, a.hedgeBuf, a.commBuf, a.routes = a.heads[:0], a.actors[:0], a.hedgeBuf[:0], a.commBuf[:0], a.routes[:0]
	analysisPool.Put(a)
}

// ints returns a zeroed scratch slice of n ints, valid until the next call.
func (a *analysis) ints(n int) []int {
	a.intBuf = slices.Grow(a.intBuf[:0], n)[:n]
	clear(a.intBuf)
	return a.intBuf
}

// asciiLower lower-cases the ASCII letters of s in one pass and one copy
// (s itself when it has none); other bytes are kept, so offsets hold.
func asciiLower(s string) string { return asciiLowerInto(nil, s) }

// lower returns asciiLower(a.text), written into a.lowBuf: the string is
// valid until the analysis goes back to the pool, and none of it may be
// kept in the result (Assemble copies the hedge words it took from it).
func (a *analysis) lower(s string) string {
	if len(s) > cap(a.lowBuf) {
		a.lowBuf = make([]byte, 0, len(s))
	}
	return asciiLowerInto(a.lowBuf[:len(s)], s)
}

// asciiLowerInto is asciiLower writing into buf, of len(s) bytes or nil.
func asciiLowerInto(buf []byte, s string) string {
	i := 0
	for i < len(s) && s[i]-'A' >= 26 {
		i++
	}
	if i == len(s) {
		return s
	}
	b := buf
	if b == nil {
		b = make([]byte, len(s))
	}
	copy(b, s[:i])
	// Eight bytes at a time: most of a text is lowercase already.
	for ; i+8 <= len(s); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], wordkey.LowerBytes64(wordkey.Load64(s[i:i+8])))
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// between returns the text from i to j, or "" when j < i (a mention may
// run past the end of its sentence).
func (a *analysis) between(i, j int) string {
	if j < i {
		return ""
	}
	return a.text[i:j]
}

func isAlnum(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// tokenize splits the text into ASCII words and looks each up once.
func (a *analysis) tokenize() {
	low := a.low
	// Each token is written field by field in place: a tok is too large
	// to be built in registers. The buffer grows as append would; sizing
	// it for the most tokens a text could hold would cost 20 bytes per
	// byte of text.
	toks := a.toks[:0]
	for i := 0; i < len(low); {
		if !alnumByte[low[i]] {
			i++
			continue
		}
		// The word's end and its lexicon entry from the same eight bytes,
		// when it is shorter than that.
		var j int
		var x word
		if i+8 <= len(low) {
			w8 := wordkey.Load64(low[i : i+8])
			if stop := lowerNonAlnum(w8); stop != 0 {
				n := bits.TrailingZeros64(stop) >> 3 // one or more: low[i] is a letter or digit
				j = i + n
				x = lexIndex.short(w8 & (^uint64(0) >> (64 - 8*uint(n))))
			} else {
				j = wordkey.AlnumEnd(low, i+8)
				x = lexIndex.lookup(low[i:j])
			}
		} else {
			j = i + 1
			for j < len(low) && alnumByte[low[j]] {
				j++
			}
			x = lexIndex.lookup(low[i:j])
		}
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, max(64, len(toks)))
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.s, t.e, t.w, t.lx = i, j, low[i:j], x
		i = j + 1 // low[j], if any, is no letter or digit
	}
	a.toks = toks
	for k := range toks {
		if !toks[k].lx.post {
			continue
		}
		if carrierVerb(a.toks, k) {
			a.toks[k].lx.ev = evShipment
			a.toks[k].lx.flags |= fMove
		}
		if stowWord(a.toks[k].w) && k+1 < len(a.toks) && (a.toks[k+1].w == "onto" || a.toks[k+1].w == "aboard" || a.toks[k+1].w == "into" || a.toks[k+1].w == "on") {
			a.toks[k].lx.ev = evShipment // "lashed onto flat wagons", "hoisted aboard"; not "lashed by rain"
		}
		if slipAway(a.toks, k) {
			a.toks[k].lx.flags |= fMove
		}
		if a.toks[k].w == "truck" && k > 0 && k+1 < len(a.toks) && (a.toks[k+1].lx.flags&fMove != 0 || a.toks[k+1].lx.ev == evCrossing || a.toks[k+1].w == "then") {
			switch a.toks[k-1].w {
			case "the", "same", "that", "this":
				a.toks[k].lx.flags |= fCarrier // "The same truck crossed to Wonjong": the carrier as subject
			}
		}
		if a.toks[k].w == "lot" && k > 0 && (a.toks[k-1].w == "the" || a.toks[k-1].w == "whole" || a.toks[k-1].w == "entire") && (k+1 == len(a.toks) || a.toks[k+1].w != "of") {
			a.toks[k].lx.flags |= fGoodsNoun // "a truck took the lot to Kanggye": the goods, not "a lot of"
		}
		if a.toks[k].w == "up" && k > 0 && arriveUp(a.toks[k-1].w) && a.carrierSubject(k-1) {
			// "The vessel that took on the coal turned up a week later at
			// Caofeidian": a carrier's arrival. Goods that "have turned up
			// at the market" are for sale there.
			a.toks[k].lx.flags |= fMove | fArrive
		}
		if w := a.toks[k].w; (w == "their" || w == "its") && k+1 < len(a.toks) && (a.toks[k+1].w == "destination" || (k+2 < len(a.toks) && a.toks[k+2].w == "destination" && (a.toks[k+1].w == "final" || a.toks[k+1].w == "ultimate"))) {
			a.toks[k].lx.flags |= fAnaphor // "Their destination is Yingkou": the goods or carriers just named
		}
	}
}

// carrierSubject reports whether a carrier noun (a vessel, a train) comes
// at most eight words before token k in the same sentence.
func (a *analysis) carrierSubject(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if strings.ContainsAny(a.text[a.toks[j].e:a.toks[j+1].s], ".!?\n") {
			return false
		}
		if a.toks[j].lx.flags&fCarrier != 0 {
			return true
		}
	}
	return false
}

// arriveUp reports whether w before "up" makes an arrival: "turned up at
// Caofeidian", "showed up in Nampo".
func arriveUp(w string) bool {
	switch w {
	case "turned", "turns", "showed", "shows":
		return true
	}
	return false
}

// slipAway reports whether token k is a form of "slip" that moves
// something somewhere: a particle of direction follows ("slipped across
// to Liangshui", "slips out of Zarubino", "slip down the river"). "Slips
// the customs officers 200 yuan" is a bribe, no motion.
func slipAway(toks []tok, k int) bool {
	switch toks[k].w {
	case "slip", "slips", "slipped", "slipping":
	default:
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].w {
	case "across", "over", "into", "out", "through", "past", "down", "up", "away", "back", "in", "off":
		return true
	}
	return false
}

// carrierVerb reports whether the carrier noun at k is a verb of carriage
// here: "trucks them to Tumen", "and ferries the sacks across", "barges
// it down the river". The word must be one that English uses as a verb,
// take an object pronoun or determiner at once, and not itself follow a
// determiner or preposition ("loaded the trucks the next day").
func carrierVerb(toks []tok, k int) bool {
	switch toks[k].w {
	case "trucks", "truck", "ferries", "ferry", "barges", "barge", "rails", "rail", "sledges", "lorries":
	default:
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].w {
	case "them", "it", "the", "their", "its", "these", "those", "everything", "goods", "cargo", "back", "across", "over":
	default:
		return false
	}
	if k > 0 {
		switch toks[k-1].w {
		case "a", "an", "the", "of", "by", "on", "onto", "into", "in", "with", "from", "to", "its", "their", "our",
			"his", "her", "these", "those", "this", "that", "and", "or", "empty", "loaded", "some", "all", "many", "several":
			if toks[k-1].w != "and" || k < 2 || toks[k-2].lx.flags&fDet != 0 {
				return false
			}
		}
	}
	return true
}

// lowerNonAlnum has the high bit set of each byte of w, eight bytes of
// lowercase text, that is not an ASCII letter or digit, and maybe of some
// after the first such byte (a byte above ASCII may carry into the next):
// its lowest set bit is exact. wordkey.AlnumEnd does the same for text of
// either case, a step more.
func lowerNonAlnum(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	alnum := (w + lo*(0x80-'0')) &^ (w + lo*(0x80-'9'-1)) // a digit's high bit
	alnum |= (w + lo*(0x80-'a')) &^ (w + lo*(0x80-'z'-1)) // a letter's
	return (^alnum | w) & hi
}

// alnumByte marks the ASCII letters and digits.
var alnumByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isAlnum(byte(c))
	}
	return t
}()

// collectMentions flattens and sorts the part-1 mentions, dropping any whose
// span does not lie inside the text.
func (a *analysis) collectMentions() {
	r, n := a.r, len(a.text)
	total := 0
	for i := range r.Places {
		total += len(r.Places[i].Mentions)
	}
	for i := range r.Organizations {
		total += len(r.Organizations[i].Mentions)
	}
	for i := range r.Commodities {
		total += len(r.Commodities[i].Mentions)
	}
	total += len(r.Prices) + len(r.Quantities) + 2*len(r.Dates)
	a.ms = slices.Grow(a.ms[:0], total)
	add := func(kind uint8, idx int, ms []model.Mention) {
		for _, m := range ms {
			if m.Start >= 0 && m.Start < m.End && m.End <= n {
				a.ms = append(a.ms, mref{start: m.Start, end: m.End, kind: kind, idx: idx})
			}
		}
	}
	for i := range r.Places {
		add(mPlace, i, r.Places[i].Mentions)
	}
	for i := range r.Organizations {
		add(mOrg, i, r.Organizations[i].Mentions)
	}
	for i := range r.Commodities {
		add(mComm, i, r.Commodities[i].Mentions)
	}
	for i := range r.Prices {
		add(mPrice, i, r.Prices[i].Mentions)
	}
	for i := range r.Quantities {
		add(mQty, i, r.Quantities[i].Mentions)
	}
	for i := range r.Dates {
		add(mDate, i, r.Dates[i].Mentions)
	}
	slices.SortFunc(a.ms, func(x, y mref) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return y.end - x.end
	})
	a.orgEnd = slices.Grow(a.orgEnd[:0], len(a.ms))
	end := 0
	for _, m := range a.ms {
		if m.kind == mOrg {
			end = max(end, m.end)
		}
		a.orgEnd = append(a.orgEnd, end)
	}
}

// index assigns mentions and tokens to sentences.
func (a *analysis) index() {
	a.si = slices.Grow(a.si[:0], len(a.sents))[:len(a.sents)]
	mi, ti := 0, 0
	for i, s := range a.sents {
		for mi < len(a.ms) && a.ms[mi].start < s.start {
			mi++
		}
		lo := mi
		for mi < len(a.ms) && a.ms[mi].start < s.end {
			mi++
		}
		for ti < len(a.toks) && a.toks[ti].s < s.start {
			ti++
		}
		tlo := ti
		for ti < len(a.toks) && a.toks[ti].s < s.end {
			ti++
		}
		a.si[i] = sentInfo{mlo: lo, mhi: mi, tlo: tlo, thi: ti, coref: -1, hasDate: -1, attrS: -1, attrE: -1, headTo: -1, tail: -1, orig: -1, first: -1, lastF: -1, lastT: -1}
	}
}

// gapHas reports whether byte c lies in the text from one word's end to
// the next word's start: a gap of a byte or two, which a loop reads for
// less than the call of strings.Contains costs.
func (a *analysis) gapHas(from, to int, c byte) bool {
	for k := from; k < to; k++ {
		if a.text[k] == c {
			return true
		}
	}
	return false
}

// cleanGap reports whether only spaces or hyphens separate two words.
func (a *analysis) cleanGap(from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if c := a.text[k]; c != ' ' && c != '-' {
			return false
		}
	}
	return true
}

// clauseGap reports whether no clause punctuation separates two offsets.
// A straight quote mark does not end a clause, as curly ones do not: a
// partial quotation is part of its clause ("the oil \"came from Korsakov\"
// and was unloaded in Nampo", "denied that the ship \"carried coal\"").
func (a *analysis) clauseGap(from, to int) bool {
	for k := from; k < to; k++ {
		switch a.text[k] {
		case ',', ';', ':', '(', ')', '.':
			return false
		}
	}
	return true
}

func hyphenated(text string, t tok) bool {
	return (t.s > 0 && text[t.s-1] == '-') || (t.e < len(text) && text[t.e] == '-')
}

// scanKorean finds the Korean lexicon entries of a sentence in one pass.
func (a *analysis) scanKorean(s sent) {
	a.kos = a.kos[:0]
	for p := s.start; p < s.end; {
		c := a.text[p]
		if c < utf8.RuneSelf {
			p++
			continue
		}
		r, size := utf8.DecodeRuneInString(a.text[p:s.end])
		for _, k := range koIndex[r] {
			t := &koTriggers[k]
			if strings.HasPrefix(a.text[p:s.end], t.stem) && (!koWordStart(t.stem) || p == s.start || !hangulBefore(a.text, p)) && !koTimes(a.text[s.start:p], t.stem) {
				a.kos = append(a.kos, kotrig{pos: p, end: p + len(t.stem), k: t})
			}
		}
		p += size
	}
}

// koWordStart reports whether a Korean stem counts only at the start of a
// word, because it also ends common nouns: 주로 in 신의주로 (to Sinuiju),
// 사들 in 회사들 (companies), 보통 in 교보통.
func koWordStart(stem string) bool {
	switch stem {
	case "주로", "사들", "보통", "배가 ", "배는 ", "배를 ", "배에 ", "일부는":
		return true
	}
	return false
}

// koTimes reports whether the stem 배 (a boat) after before is the 배 of
// "times" ("두 배가 넘는", "3배"): a number comes right before it.
func koTimes(before, stem string) bool {
	if !strings.HasPrefix(stem, "배") {
		return false
	}
	b := strings.TrimRight(before, " ")
	if b == "" {
		return false
	}
	if c := b[len(b)-1]; c >= '0' && c <= '9' {
		return true
	}
	for _, n := range [...]string{"한", "두", "세", "네", "몇", "여러", "수십", "열"} {
		if strings.HasSuffix(b, n) {
			return true
		}
	}
	return false
}

// hangulBefore reports whether a Hangul syllable ends right before p.
func hangulBefore(text string, p int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:p])
	return r >= 0xAC00 && r <= 0xD7A3
}

// scanFlags are the word flags scanSentence's reading of each word acts on.
const scanFlags = fHedge | fHedgeCue | fGeneral | fModalCue | fPlan | fSmuggle

// scanSentence reads triggers, negation, hedges, general cues and channel
// cues of sentence i.
func (a *analysis) scanSentence(i int) {
	s, si := a.sents[i], &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	hasPrice := false
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPrice {
			hasPrice = true
		}
		if m.kind == mDate && si.hasDate < 0 {
			si.hasDate = m.idx
		}
	}
	type cand struct {
		ev  uint8
		pos int
		neg bool
		pay bool // "paid": with a bribe or fee in the sentence, no purchase
		fl  uint32
	}
	var cands [8]cand
	nc := 0
	addCand := func(c cand) {
		if nc < len(cands) {
			cands[nc] = c
			nc++
			return
		}
		// Keep the strongest: replace the weakest candidate.
		w := 0
		for k := 1; k < nc; k++ {
			if cands[k].ev > cands[w].ev {
				w = k
			}
		}
		if c.ev < cands[w].ev {
			cands[w] = c
		}
	}
	planCue, mostCue, otherCue := false, false, false
	defer func() { si.genMost = mostCue && !otherCue }()
	si.hedges = a.hedgeBuf[len(a.hedgeBuf):len(a.hedgeBuf)]
	hedgeScan := false
	for k := range toks {
		t := &toks[k] // read in place: a token is five words
		fl := t.lx.flags
		si.flags |= fl
		if fl&scanFlags == 0 && t.lx.ev == 0 && !t.lx.named {
			// Most words: nothing below looks at them. A word compared by
			// itself below is marked named in buildLexicon.
			continue
		}
		if fl&fHedge != 0 {
			si.hedges = appendUniq(si.hedges, t.w)
		}
		if fl&fHedgeCue != 0 && (t.w != "said" || (k+1 < len(toks) && toks[k+1].w == "to")) {
			hedgeScan = true // "a source said" is no hedge; only "is said to" is
		}
		if fl&fGeneral != 0 && !(t.w == "most" && k > 0 && (toks[k-1].w == "the" || toks[k-1].w == "at" || toks[k-1].w == "for")) && !a.describesGoods(toks, k) && !trailingRelative(toks, k) && !mostOfThem(toks, k) && !a.frequencyDetail(toks, k) {
			si.general = true // "the most expensive" is not a pattern
			if t.w == "most" || t.w == "mostly" {
				mostCue = true
			} else {
				otherCue = true
			}
		}
		if fl&fModalCue != 0 && t.w == "whether" {
			si.whether = true
		}
		switch t.w {
		case "recommend", "recommends", "recommended", "urge", "urges", "urged":
			// "We recommend that customs check crustaceans entering
			// through Hunchun": what someone asks be done, not what
			// happened.
			si.hypo = true
		}
		if fl&fPlan != 0 && !a.negatedAt(toks, k) && !trailingRelative(toks, k) {
			planCue = true
			if planMotion(toks, k) {
				si.planned = true
			}
		}
		if t.w == "sts" {
			si.sts = true
		}
		if t.w == "capital" && k > 0 && toks[k-1].w == "the" {
			si.capital = true
		}
		if fl&fSmuggle != 0 {
			si.smuggle = true
		}
		ev := t.lx.ev
		if t.w[0] == 'c' && (t.w == "crack" || t.w == "cracked" || t.w == "cracking" || t.w == "cracks") {
			if k+1 < len(toks) && toks[k+1].w == "down" {
				ev = evSeizure
			}
		}
		if ev == 0 || hyphenated(a.text, *t) {
			continue
		}
		if a.participleOfGood(si, toks, k) {
			continue // "Chinese antibiotics and imported insulin": a description, not an act
		}
		if strings.HasSuffix(t.w, "ing") && k > 0 && toks[k-1].lx.flags&fGerundStop != 0 && a.cleanGap(toks[k-1].e, t.s) {
			continue // "engage in smuggling", "by carrying": a noun, not an act
		}
		if k > 0 && toks[k-1].w == "in" && t.w == "order" {
			continue
		}
		if (t.w == "ordered" || t.w == "order" || t.w == "orders") && k+1 < len(toks) && toks[k+1].w == "to" {
			continue // "boats have been ordered to stay at sea": an instruction, not a purchase
		}
		if t.w == "close" && k+1 < len(toks) && toks[k+1].w == "to" {
			continue
		}
		if k > 0 && freeRelative(toks, 0) == k {
			continue // "Whatever we don't sell goes on to Pyongyang": the subject, not the act
		}
		if k > 0 && (toks[k-1].w == "than" || (toks[k-1].w == "of" && k > 1 && toks[k-2].w == "instead")) {
			continue // "better than selling to the Chinese at Hunchun": an alternative not taken
		}
		if fl&fNeedPrice != 0 && !hasPrice {
			continue
		}
		if a.condClause(toks, k) {
			continue // "If we could send the timber to Rajin, …": a condition, not an act
		}
		if condResult(toks, k) {
			continue // "If the bridge reopens, trucks could carry …", "offered to send … if the talks succeed"
		}
		if t.w == "ban" || t.w == "bans" || t.w == "banned" {
			continue // a sanctions backdrop ("UN sanctions ban vehicle sales"), not a halt of trade
		}
		if fl&fNounTrig != 0 && a.nounUse(toks, k) {
			continue // "the import of soybean oil", "the country's fuel imports": a topic, not an act
		}

		if (t.w == "bring" || t.w == "brings" || t.w == "brought" || t.w == "bringing") && k+1 < len(toks) && toks[k+1].w == "in" {
			ev = evCrossing
		}
		addCand(cand{ev: ev, pos: t.s, neg: a.negatedAt(toks, k), fl: fl, pay: t.w == "paid" || t.w == "pay" || t.w == "pays" || t.w == "paying"})
	}
	if s.end > s.start && hasHangul(a.text[s.start:s.end]) {
		si.korean = true
		a.scanKorean(s)
		for _, h := range a.kos {
			fl := h.k.flags
			if fl&fCarrier != 0 && koRidden(h.k.stem, a.text[h.end:s.end]) {
				fl &^= fCarrier // "대표단은 열차를 타고 …": what people ride, no carrier of goods
			}
			si.flags |= fl
			switch {
			case fl&fHedge != 0:
				si.hedges = appendUniq(si.hedges, h.k.stem)
			case fl&fGeneral != 0:
				if h.k.stem == "대부분" && a.koGoodsTopic(si, h.pos) {
					break // "역에서 부린 밀가루는 대부분": most of the goods just named
				}
				si.general = true
				if h.k.stem == "대부분" {
					mostCue = true
				} else {
					otherCue = true
				}
			case fl&fSmuggle != 0:
				si.smuggle = true
			case fl&fPlan != 0:
				planCue = true
			}
			if h.k.ev == 0 || (fl&fNeedPrice != 0 && !hasPrice) {
				continue
			}
			if rest := a.text[h.end:s.end]; strings.HasPrefix(rest, "으로") || strings.HasPrefix(rest, " 때문") || strings.HasPrefix(rest, "때문") {
				continue // "단속으로": the crackdown is a cause here, not the event
			}
			if rest := a.text[h.end:s.end]; h.k.ev == evSeizure && strings.HasPrefix(rest, "된 ") {
				continue // "압수된 물건": the goods that were seized, described
			}
			if rest := a.text[h.end:s.end]; strings.HasPrefix(rest, "겠다") || strings.HasPrefix(rest, "하겠다") {
				planCue = true // "시멘트를 신의주로 보내겠다": will send, not yet sent
			}
			addCand(cand{ev: h.k.ev, pos: h.pos, neg: a.koNegated(h, s), fl: fl})
		}
	}
	// Multi-word cues, looked for only when a cue word makes them possible.
	sl := a.low[s.start:s.end]
	var active uint64
	if hedgeScan {
		active |= cueHedge
	}
	if si.flags&fModalCue != 0 {
		active |= cueHypo | cueRuleEn
	}
	if si.korean {
		active |= cueRuleKo | cueSTS | cueOfficial | cueState
	}
	if si.flags&fShipCue != 0 {
		active |= cueSTS
	}
	if si.flags&fOfficialCue != 0 {
		active |= cueOfficial
	}
	if si.flags&fStateCue != 0 {
		active |= cueState
	}
	var at [64]int
	found := cuePhrases.scan(sl, active, &at)
	for m := found & cueHedge; m != 0; m &= m - 1 {
		si.hedges = appendUniq(si.hedges, cuePhrases.list[bits.TrailingZeros64(m)])
	}
	si.hypo = si.hypo || found&cueHypo != 0
	// A rule of the trade ("only state companies may import", "merchants
	// must buy from the company", "North Korea is allowed to import only
	// 500,000 barrels") or a habit of the past ("Musan ore used to go to
	// Jilin", "before sanctions") says how trade runs, not what happened.
	for m := found & (cueRuleEn | cueRuleKo); m != 0; m &= m - 1 {
		x := bits.TrailingZeros64(m)
		p, k := cuePhrases.list[x], at[x]
		if !strings.HasPrefix(sl[k+len(p):], " have") && !strings.HasPrefix(sl[k+len(p):], " be ") && (p != "used to" || habitVerb(sl[k+len(p):])) {
			si.general, otherCue = true, true
			break
		}
	}
	si.sts = si.sts || found&cueSTS != 0
	for m := found & cueOfficial; m != 0; m &= m - 1 {
		if x := bits.TrailingZeros64(m); !strings.HasSuffix(sl[:at[x]], "un") {
			si.official = true
		}
	}
	si.state = si.state || found&cueState != 0
	a.keepHedges(si)
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mOrg && isStateOrg(&a.r.Organizations[m.idx]) {
			si.state = true
		}
	}
	// Choose the trigger: affirmed before negated, then by precedence.
	best := -1
	for k := 0; k < nc; k++ {
		c := cands[k]
		if c.pay && si.flags&fBribe != 0 {
			continue // a bribe or fee is a price, not a purchase of goods
		}
		if !c.neg && c.ev >= evProcurement && c.ev <= evShipment {
			si.move = true
		}
		if best < 0 {
			best = k
			continue
		}
		b := cands[best]
		switch {
		case b.neg != c.neg:
			if !c.neg {
				best = k
			}
		case c.ev < b.ev:
			best = k
		}
	}
	if best < 0 {
		return
	}
	si.planned = false // a trade trigger under a plan makes the sentence a plan event
	c := cands[best]
	si.ev, si.trigPos, si.neg, si.trigFl = c.ev, c.pos, c.neg, c.fl
	si.people = si.ev == evShipment && sendsPeople(toks, si.trigPos)
	if si.ev == evProcurement && !c.neg {
		// "have sent their own buyers to Pyongsong to purchase it": people
		// go to buy; the purchase of purpose moves no goods.
		for _, d := range cands {
			if d.ev == evShipment && !d.neg && d.pos < c.pos && sendsPeople(toks, d.pos) && toInfinitive(toks, c.pos) {
				si.people = true
			}
		}
	}
	if planCue && !c.neg {
		si.secEv, si.ev = c.ev, evPlan
	}
	if si.hypo && !si.general {
		for _, t := range toks {
			if t.w == "recommend" || t.w == "recommends" || t.w == "recommended" || t.w == "urge" || t.w == "urges" || t.w == "urged" {
				si.move = false // a recommendation moves nothing, whatever its verb
				break
			}
		}
	}
}

// planMotion reports whether the plan cue at token k governs a verb of
// motion right after it: "planned to take the crab on to Yanji", "intends
// to haul them", "will carry". Goods a plan means to move have not moved.
func planMotion(toks []tok, k int) bool {
	j := k + 1
	if toks[k].w != "will" {
		if j >= len(toks) || toks[j].w != "to" {
			return false
		}
		j++
	}
	return j < len(toks) && toks[j].lx.flags&fMove != 0
}

// trailingRelative reports whether the cue at token k lies in a relative
// clause ("that", "which", "who", "where") that opens after the sentence's
// trade or motion verb and moves nothing itself: "arriving at Nampo,
// supplying the haulers that move most goods", "loaded onto a train for
// Pyongyang, where the ministry will hand it out". The cue tells of the
// clause's own subject, not of the movement.
func trailingRelative(toks []tok, k int) bool {
	j := -1
	for q := k - 1; q > 0 && q >= k-8; q-- {
		switch toks[q].w {
		case "which", "who", "where":
			j = q
		case "that":
			p := toks[q-1]
			if p.lx.flags&(fSpeech|fDet) == 0 && p.lx.ev == 0 && p.lx.flags&fMove == 0 && !relVerb(p.w) {
				j = q
			}
		}
		if j >= 0 {
			break
		}
	}
	if j < 0 {
		return false
	}
	acts := func(t tok) bool { return t.lx.ev != 0 || t.lx.flags&(fMove|fArrive) != 0 }
	before := false
	for _, t := range toks[:j] {
		if acts(t) {
			before = true
			break
		}
	}
	if !before {
		return false
	}
	for _, t := range toks[j+1:] {
		if acts(t) {
			return false
		}
	}
	return true
}

// mostOfThem reports whether token k is "most" of goods the text has
// already named by a pronoun ("most of them", "most of what they take"):
// a share of those goods, not how trade usually runs.
func mostOfThem(toks []tok, k int) bool {
	if toks[k].w != "most" || k+2 >= len(toks) || toks[k+1].w != "of" {
		return false
	}
	switch toks[k+2].w {
	case "them", "it", "what", "these", "those":
		return true
	}
	return false
}

// relVerb lists words after which "that" opens a complement, not a
// relative clause ("so that", "believe that").
func relVerb(w string) bool {
	switch w {
	case "so", "now", "such", "believe", "believes", "believed", "think", "thinks", "thought", "know", "knows",
		"knew", "ensure", "ensures", "mean", "means", "meant", "claim", "claims", "warned", "estimate", "estimates", "given":
		return true
	}
	return false
}

// describesGoods reports whether the general cue at token k opens a
// trailing description of the goods after a comma ("…to Kanggye, usually
// wrapped in plastic"): how the goods are packed, not how trade runs.
// "For most of the voyage" is a duration, handled by the caller.
func (a *analysis) describesGoods(toks []tok, k int) bool {
	if k == 0 || k+1 >= len(toks) || !strings.Contains(a.text[toks[k-1].e:toks[k].s], ",") {
		return false
	}
	n := toks[k+1]
	if n.lx.ev != 0 || n.lx.flags&(fMove|fArrive) != 0 {
		return false // "…, usually shipped via Dalian": the movement itself
	}
	return strings.HasSuffix(n.w, "ed") || strings.HasSuffix(n.w, "den")
}

// hasHangul reports whether s holds a byte that leads a Hangul syllable
// (0xEA to 0xED).
func hasHangul(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if wordkey.Load64(s[i:i+8])&0x8080808080808080 == 0 {
			continue // eight ASCII bytes, the common case in English
		}
		for _, c := range []byte(s[i : i+8]) {
			if c >= 0xEA && c <= 0xED {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0xEA && c <= 0xED {
			return true
		}
	}
	return false
}

// keepHedges moves the sentence's hedges into hedgeBuf unless they were
// appended there in place, so later sentences reuse the same storage.
func (a *analysis) keepHedges(si *sentInfo) {
	k := len(si.hedges)
	if k == 0 {
		si.hedges = nil
		return
	}
	n := len(a.hedgeBuf)
	if n < cap(a.hedgeBuf) && &a.hedgeBuf[:n+1][n] == &si.hedges[0] {
		a.hedgeBuf = a.hedgeBuf[:n+k]
	} else {
		a.hedgeBuf = append(a.hedgeBuf, si.hedges...)
	}
	si.hedges = a.hedgeBuf[n : n+k : n+k]
}

func appendUniq(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// negatedAt reports whether the word at k is negated: "not", "never", "no"
// or "n't" at most four words before it in the same clause, or "denied",
// "failed" or "refused" anywhere before it in the clause.
func (a *analysis) negatedAt(toks []tok, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if !a.clauseGap(toks[j].e, toks[j+1].s) {
			return false
		}
		t := toks[j]
		near := k-j <= 4
		if near && t.lx.flags&fNeg != 0 {
			return true
		}
		if t.lx.flags&fNeg != 0 && j+1 < len(toks) && perceiveWord(toks[j+1].w) {
			return true // "have not seen any trucks of fertiliser cross to Sinuiju"
		}
		if near && t.w == "t" && t.s > 0 && j > 0 && (a.text[t.s-1] == '\'' || strings.HasSuffix(a.text[:t.s], "’")) && strings.HasSuffix(toks[j-1].w, "n") {
			return true
		}
		if t.lx.flags&fNegWide != 0 {
			return true
		}
		if k-j > 12 {
			return false
		}
	}
	return false
}

// perceiveWord reports whether w is a verb of seeing or recording, whose
// negation denies what follows it in the clause.
func perceiveWord(w string) bool {
	switch w {
	case "seen", "see", "saw", "noticed", "observed", "recorded", "witnessed", "detected", "spotted":
		return true
	}
	return false
}

// koNegated reports whether a Korean trigger is negated by 않/못 in the
// verb ending after it or by 못/안 just before it.
func (a *analysis) koNegated(h kotrig, s sent) bool {
	end := min(h.end+12, s.end)
	tail := a.text[h.end:end]
	if strings.Contains(tail, "않") || strings.Contains(tail, "못") {
		return true
	}
	head := a.text[max(s.start, h.pos-8):h.pos]
	if strings.HasSuffix(head, "못 ") || strings.HasSuffix(head, "안 ") {
		return true
	}
	// "…로 석탄을 운반했다는 의혹을 부인했다": a claim of the act, denied.
	rest := a.text[h.end:s.end]
	d := strings.Index(rest[:min(len(rest), 16)], "다는 ")
	if d < 0 {
		// the claim in quotes: "…로 운반했다」는 주장을 부인했다".
		d = koQuotedClaim(rest[:min(len(rest), 19)])
	}
	if d >= 0 {
		if n := strings.Index(rest, "부인"); n > d && (strings.HasPrefix(rest[n+6:], "했") || strings.HasPrefix(rest[n+6:], "하") || strings.HasPrefix(rest[n+6:], "한")) {
			return true
		}
	}
	return false
}

// koQuotedClaim returns where a quoted Korean claim ends in w ("다」는 ",
// "다\"는 ", "다”는 "), or -1.
func koQuotedClaim(w string) int {
	for _, q := range [...]string{"다」는 ", "다\"는 ", "다”는 ", "다』는 "} {
		if d := strings.Index(w, q); d >= 0 {
			return d
		}
	}
	return -1
}

// nounUse reports whether the trigger word at k is used as a noun: after a
// determiner or possessive ("the import", "its exports", "North Korea's
// purchases") or before "of" ("import of").
func (a *analysis) nounUse(toks []tok, k int) bool {
	if k+1 < len(toks) && toks[k+1].w == "of" && a.cleanGap(toks[k].e, toks[k+1].s) {
		return true
	}
	if k == 0 {
		return false
	}
	p := toks[k-1]
	switch p.w {
	case "the", "its", "their", "his", "her", "our", "s", "fuel", "oil", "coal", "such", "any", "whose":
		return true
	}
	return false
}

// habitVerb reports whether rest, the text after "used to", starts with a
// verb of the trade's habits ("used to go to Jilin"), not a purpose
// ("parts used to make weapons", "is used to receive money").
func habitVerb(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	switch w {
	case "go", "be", "come", "flow", "run", "pass", "travel", "cross", "arrive", "reach", "move", "enter", "leave", "sell", "ship", "carry", "bring":
		return true
	}
	return false
}

// participleOfGood reports whether token k is a past participle used as an
// adjective of the good named right after it, at the start of a noun
// phrase: "imported insulin", "the smuggled phones", "and seized cigarettes"
// ("North Korea imported rice" is an act).
func (a *analysis) participleOfGood(si *sentInfo, toks []tok, k int) bool {
	t := toks[k]
	if !strings.HasSuffix(t.w, "ed") || t.e >= len(a.text) || a.text[t.e] != ' ' {
		return false
	}
	good := false
	for _, m := range startingAt(a.ms[si.mlo:si.mhi], t.e+1) {
		if m.start != t.e+1 {
			break
		}
		if m.kind == mComm {
			good = true
			break
		}
	}
	if !good {
		return false
	}
	if k == 0 {
		return true
	}
	switch toks[k-1].w {
	case "the", "a", "an", "some", "of", "and", "or", "with", "their", "its", "his", "her", "these", "those", "other", "more", "as":
		return a.cleanGap(toks[k-1].e, t.s)
	}
	return false
}

// koGoodsTopic reports whether the Korean word before offset pos is a good
// of sentence si marked as the topic ("밀가루는 대부분", "약초의 대부분"):
// then 대부분 is a share of those goods, not a pattern of trade.
func (a *analysis) koGoodsTopic(si *sentInfo, pos int) bool {
	b := strings.TrimRight(a.text[:pos], " ")
	for _, p := range [...]string{"은", "는", "의"} {
		if c, ok := strings.CutSuffix(b, p); ok {
			for _, m := range a.ms[si.mlo:si.mhi] {
				if m.kind == mComm && m.end == len(c) {
					return true
				}
			}
			// "이 물건들은 대부분 퉁화에서 사들인 것": most of these goods,
			// named before by a word for goods.
			c = strings.TrimSuffix(c, "들")
			for _, n := range [...]string{"이 물건", "이 물품", "이 물자", "이런 물건", "이 제품", "그 물건"} {
				if strings.HasSuffix(c, n) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// toInfinitive reports whether the word at offset pos follows "to": "to
// purchase it", a purpose.
func toInfinitive(toks []tok, pos int) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].s == pos {
			return toks[k-1].w == "to"
		}
	}
	return false
}

// koRidden reports whether the Korean carrier word stem, which rest
// follows, is what people ride: "열차를 타고", "배에 올라", "비행기에
// 탑승해".
func koRidden(stem, rest string) bool {
	if strings.HasSuffix(stem, "를 ") || strings.HasSuffix(stem, "을 ") {
		rest = "를 " + rest // "배를 " is matched with its particle
	} else if strings.HasSuffix(stem, "에 ") {
		rest = "에 " + rest
	}
	for _, p := range [...]string{"를 타", "을 타", "를 탄", "을 탄", "를 탔", "을 탔", "에 타", "에 탑승", "에 올라", "편으로 이동"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// condResult reports whether the trigger at k is what would follow from a
// condition the sentence sets ("If the bridge reopens, trucks could carry
// fertiliser to Sinuiju", "offered to send wheat to Rajin if the talks
// succeed"): a modal or an infinitive "to" just before it, and an "if" or
// "unless" that opens a condition elsewhere in the sentence ("as if",
// "even if" and "asked if" open none).
func condResult(toks []tok, k int) bool {
	if k == 0 {
		return false
	}
	switch toks[k-1].w {
	case "could", "would", "might", "to":
	default:
		return false
	}
	for j := range toks {
		if j != k-1 && conditionAt(toks, j) {
			return true
		}
	}
	return false
}

// conditionAt reports whether toks[j] is "if" or "unless" opening a
// condition: not "as if" or "even if", nor the "if" of a question ("asked
// if", "wondered if", "checked if", "see if", "know if").
func conditionAt(toks []tok, j int) bool {
	if w := toks[j].w; w != "if" && w != "unless" {
		return false
	}
	if j > 0 {
		switch toks[j-1].w {
		case "as", "even", "asked", "ask", "asks", "wondered", "checked", "see", "know":
			return false
		}
	}
	return true
}

// condClause reports whether the word at k lies in a clause opened by
// "if" or "unless" a few words before it, with no comma between: what
// would follow from a condition, not what happened.
func (a *analysis) condClause(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		if !a.clauseGap(toks[j].e, toks[j+1].s) {
			return false
		}
		if w := toks[j].w; w == "if" || w == "unless" {
			return conditionAt(toks, j)
		}
	}
	return false
}
