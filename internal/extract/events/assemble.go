package events

import (
	"math"
	"slices"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// Output caps: Assemble never returns more than these, whatever the input.
const (
	MaxEvents           = 50
	MaxLegs             = 100
	MaxRoute            = 20 // places in one route
	maxEvidence         = 20 // spans in one event
	maxGoodsPerSentence = 8
	corefWindow         = 3  // sentences an anaphor may reach back
	maxActors           = 16 // parties read per sentence
	maxSlotted          = 64 // route slots read per sentence
)

// evb is an event under construction.
type evb struct {
	model.Event
	comm      int // commodity index, -1 for none
	general   bool
	direct    bool // at least one sentence names the good
	spec      float64
	sents     []int
	chainMain bool
}

// Assemble fills r.Relevant, r.Direction, r.Events and r.Legs from the clean
// text and r's part-1 mentions. It never invents a value the text does not
// state. Pure and bounded: mentions whose spans fall outside text are
// ignored, and the output is capped by MaxEvents, MaxLegs and MaxRoute.
func Assemble(text string, r *model.ExtractionResult) {
	if r == nil {
		return
	}
	a := &analysis{text: text, low: asciiLower(text), r: r}
	a.sents = splitSentences(text)
	a.collectMentions()
	a.tokenize()
	a.index()
	for i := range a.si {
		a.scanSentence(i)
		a.findAttribution(i)
	}
	a.resolveAttribution()
	a.resolveGoods()
	for i := range a.si {
		a.findActors(i)
		a.assignRoles(i)
	}
	evs := a.buildEvents()
	legs := a.buildRoutes(evs)
	r.Events = make([]model.Event, 0, len(evs))
	for _, e := range evs {
		h := float64(len(e.Hedges))
		c := max(e.spec-0.1*h, 0.2)
		if !e.direct {
			c -= 0.2
		}
		const corroboration = 0.0 // raised by later stages
		c += corroboration
		e.Confidence = math.Round(min(max(c, 0), 1)*100) / 100
		r.Events = append(r.Events, e.Event)
	}
	r.Legs = legs
	r.Relevant = len(r.Events) > 0 || len(r.Legs) > 0
	r.Direction = a.direction(evs, legs)
}

// resolveGoods lists each sentence's goods and links anaphors to the good
// of a recent sentence.
func (a *analysis) resolveGoods() {
	lastGood, lastAt := -1, -1
	for i := range a.si {
		si := &a.si[i]
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mComm && !a.inAttr(i, m.start, m.end) {
				if len(si.comms) < maxGoodsPerSentence && !containsInt(si.comms, m.idx) {
					si.comms = append(si.comms, m.idx)
				}
				lastGood, lastAt = m.idx, i
			}
		}
		if len(si.comms) > 0 || lastGood < 0 || i-lastAt > corefWindow {
			continue
		}
		if a.hasAnaphor(i, lastGood) {
			si.coref = lastGood
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// hasAnaphor reports whether sentence i refers back to good c: a pronoun, a
// determiner with a goods noun ("the shipment") or with the head noun of
// one of c's mentions ("the glasses"), or a Korean anaphor.
func (a *analysis) hasAnaphor(i, c int) bool {
	si := &a.si[i]
	if si.flags&fAnaphor != 0 {
		return true
	}
	// Head nouns of the good's first few distinct surface forms.
	var heads [4]string
	nh := 0
	for _, m := range a.r.Commodities[c].Mentions {
		if h := lastWord(m.Text); h != "" && nh < len(heads) && !slices.Contains(heads[:nh], h) {
			heads[nh] = h
			nh++
		}
	}
	toks := a.toks[si.tlo:si.thi]
	for k := 1; k < len(toks); k++ {
		if toks[k-1].lx.flags&fDet == 0 {
			continue
		}
		if toks[k].lx.flags&fGoodsNoun != 0 {
			return true
		}
		for _, h := range heads[:nh] {
			if strings.EqualFold(h, toks[k].w) {
				return true
			}
		}
	}
	return false
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " .,")
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// buildEvents makes one event per good of each sentence with a trigger and
// merges events that describe the same thing.
func (a *analysis) buildEvents() []*evb {
	var evs []*evb
	mainDate := a.mainDate()
	for i := range a.si {
		si := &a.si[i]
		if si.ev == evNone || (si.general && si.ev != evSale) {
			continue
		}
		goods := si.comms
		direct := true
		if len(goods) == 0 && si.coref >= 0 {
			goods, direct = []int{si.coref}, false
		}
		if len(goods) == 0 {
			if (si.ev == evSuspension || si.ev == evResumption) && si.flags&fTradeObj != 0 && a.borderish(i) {
				goods = []int{-1}
			} else {
				continue
			}
		}
		for _, c := range goods {
			e := a.sentenceEvent(i, c, direct, len(goods) > 1)
			if m := a.mergeTarget(evs, e); m != nil {
				merge(m, e)
				continue
			}
			if len(evs) < MaxEvents {
				evs = append(evs, e)
			}
		}
	}
	for _, e := range evs {
		if e.When == nil && e.Type == model.EventProcurement && mainDate != nil {
			w := *mainDate
			e.When = &w
		}
	}
	// Channel: an event without a cue of its own takes the first cue of
	// any sentence about the same good.
	for _, e := range evs {
		if e.Channel != "" || e.comm < 0 || e.general {
			continue
		}
		for i := range a.si {
			if (containsInt(a.si[i].comms, e.comm) || a.si[i].coref == e.comm) && a.si[i].ev != evNone {
				if ch := a.channel(i); ch != "" {
					e.Channel = ch
					break
				}
			}
		}
	}
	return evs
}

// borderish reports whether sentence i names a border, customs post,
// bridge, port or crossing.
func (a *analysis) borderish(i int) bool {
	si := &a.si[i]
	if si.flags&fBorderObj != 0 {
		return true
	}
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind == mPlace {
			if k := a.r.Places[m.idx].Kind; k == "crossing" || k == "port" {
				return true
			}
		}
	}
	return false
}

// sentenceEvent builds the event sentence i states about good c (-1: none).
func (a *analysis) sentenceEvent(i, c int, direct, several bool) *evb {
	si, s := &a.si[i], a.sents[i]
	e := &evb{comm: c, general: si.general, direct: direct, spec: si.spec, sents: []int{i}}
	e.Type = typeNames[si.ev]
	if c >= 0 {
		e.Commodity = a.r.Commodities[c].Name
	}
	e.Negated = si.neg
	e.Buyer, e.Seller, e.Intermediary, e.EndUser = si.roles.buyer, si.roles.seller, si.roles.intermediary, si.roles.endUser
	e.Channel = a.channel(i)
	e.Attribution = si.attr
	e.Hedges = append([]string(nil), si.hedges...)
	e.Evidence = []model.Span{{Start: s.start, End: s.end}}
	if si.hasDate >= 0 {
		d := &a.r.Dates[si.hasDate]
		e.When = &model.When{Text: d.Text, Start: d.Start, End: d.End, Precision: d.Precision}
	}
	anchor := -1
	if c >= 0 && direct {
		for _, m := range a.ms[si.mlo:si.mhi] {
			if m.kind == mComm && m.idx == c {
				anchor = m.start
				break
			}
		}
	}
	q := a.nearest(i, mQty, anchor, c, several)
	p := a.nearest(i, mPrice, anchor, c, several)
	if prev := i - 1; q < 0 && p < 0 && si.ev != evPlan && !si.neg && prev >= 0 && c >= 0 && containsInt(a.si[prev].comms, c) &&
		!a.si[prev].general && (a.si[prev].ev == si.ev || a.si[prev].ev == evNone) {
		q = a.nearest(prev, mQty, -1, c, false)
		p = a.nearest(prev, mPrice, -1, c, false)
	}
	if q >= 0 {
		v := a.r.Quantities[q]
		e.Quantity = &v
	}
	if p >= 0 {
		v := a.r.Prices[p]
		e.Price = &v
	}
	return e
}

// nearest returns the mention of kind k in sentence i nearest the anchor
// offset; with several goods, only one nearer to good c than to any other.
func (a *analysis) nearest(i int, kind uint8, anchor, c int, several bool) int {
	si := &a.si[i]
	best, bestD := -1, math.MaxInt
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.kind != kind || a.inAttr(i, m.start, m.end) {
			continue
		}
		if anchor < 0 {
			return m.idx
		}
		d := dist(m.start, anchor)
		if several {
			for _, o := range a.ms[si.mlo:si.mhi] {
				if o.kind == mComm && o.idx != c && dist(m.start, o.start) < d {
					d = math.MaxInt
					break
				}
			}
		}
		if d < bestD {
			best, bestD = m.idx, d
		}
	}
	return best
}

func dist(x, y int) int {
	if x > y {
		return x - y
	}
	return y - x
}

// channel reads sentence i's trade channel.
func (a *analysis) channel(i int) string {
	si := &a.si[i]
	switch {
	case si.sts:
		return "ship-to-ship transfer"
	case si.smuggle && si.state:
		return "state smuggling"
	case si.smuggle:
		return "private smuggling"
	case si.official:
		return "official trade"
	}
	return ""
}

// mainDate is the date the text mentions most often, the earliest on a tie.
func (a *analysis) mainDate() *model.When {
	// a.ms is in text order, so the first date to reach a count is the
	// earliest of those with that count.
	best, bestN := -1, 0
	counts := make([]int, len(a.r.Dates))
	for _, m := range a.ms {
		if m.kind != mDate {
			continue
		}
		counts[m.idx]++
		if counts[m.idx] > bestN {
			best, bestN = m.idx, counts[m.idx]
		}
	}
	if best < 0 {
		return nil
	}
	d := &a.r.Dates[best]
	return &model.When{Text: d.Text, Start: d.Start, End: d.End, Precision: d.Precision}
}

// mergeTarget finds an earlier event that e continues: same type, good,
// negation and generality, and no conflicting price, quantity or party.
func (a *analysis) mergeTarget(evs []*evb, e *evb) *evb {
	for _, m := range evs {
		if m.Type != e.Type || m.comm != e.comm || m.Negated != e.Negated || m.general != e.general {
			continue
		}
		if m.Price != nil && e.Price != nil && (m.Price.Amount != e.Price.Amount || m.Price.Currency != e.Price.Currency) {
			continue
		}
		if m.Quantity != nil && e.Quantity != nil && (m.Quantity.Min != e.Quantity.Min || m.Quantity.Unit != e.Quantity.Unit) {
			continue
		}
		if conflict(m.Buyer, e.Buyer) || conflict(m.Seller, e.Seller) || conflict(m.EndUser, e.EndUser) {
			continue
		}
		return m
	}
	return nil
}

func conflict(x, y string) bool { return x != "" && y != "" && x != y }

// merge folds e into m.
func merge(m, e *evb) {
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&m.Buyer, e.Buyer)
	fill(&m.Seller, e.Seller)
	fill(&m.Intermediary, e.Intermediary)
	fill(&m.EndUser, e.EndUser)
	fill(&m.Channel, e.Channel)
	if m.Quantity == nil {
		m.Quantity = e.Quantity
	}
	if m.Price == nil {
		m.Price = e.Price
	}
	if m.When == nil {
		m.When = e.When
	}
	if e.spec > m.spec || m.Attribution == "" {
		m.spec, m.Attribution = e.spec, e.Attribution
	}
	for _, h := range e.Hedges {
		m.Hedges = appendUniq(m.Hedges, h)
	}
	m.direct = m.direct || e.direct
	if len(m.Evidence) < maxEvidence {
		m.Evidence = append(m.Evidence, e.Evidence...)
		m.sents = append(m.sents, e.sents...)
	}
}
