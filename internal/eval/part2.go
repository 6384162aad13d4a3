package eval

import (
	"strconv"
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// scorePart2 scores relevance, direction, legs and events of one document.
func scorePart2(t *tally, doc *DocReport, g *Gold, p *model.ExtractionResult) {
	scoreRelevance(t, doc, g.Relevant, p.Relevant)
	scoreDirection(t, doc, g.Direction, p.Direction)
	scoreLegs(t, doc, g.Legs, p.Legs)
	scoreEvents(t, doc, g, p)
}

func scoreRelevance(t *tally, doc *DocReport, gold, pred bool) {
	f := t.fields[FieldRelevance]
	switch {
	case gold && pred:
		f.TP++
	case pred:
		f.FP++
		doc.FalseHits = append(doc.FalseHits, Item{FieldRelevance, "true"})
	case gold:
		f.FN++
		doc.Misses = append(doc.Misses, Item{FieldRelevance, "true"})
	}
}

// direction maps an unset direction to none.
func direction(d string) string {
	if d == "" {
		return model.DirectionNone
	}
	return d
}

// scoreDirection counts accuracy over all documents, and P/R/F1 over the
// directions other than none: a wrong non-none prediction is both a false
// positive and a false negative.
func scoreDirection(t *tally, doc *DocReport, gold, pred string) {
	gd, pd := direction(gold), direction(pred)
	t.count(AccDirection, gd == pd)
	if gd == pd {
		if pd != model.DirectionNone {
			t.fields[FieldDirection].TP++
		}
		return
	}
	if pd != model.DirectionNone {
		t.fields[FieldDirection].FP++
	}
	if gd != model.DirectionNone {
		t.fields[FieldDirection].FN++
	}
	doc.Mismatches = append(doc.Mismatches, Item{FieldDirection, gd + ", predicted " + pd})
}

func legLabel(from, to string, general bool) string {
	s := from + " → " + to
	if general {
		s += " (general)"
	}
	return s
}

// legEndMatches: a leg's gold place name is the predicted one by the name
// rule, or a name the gazetteer knows for the predicted place itself (gold
// "Songnim" for the predicted place of id 1831038, named "Songrim") — the
// legs' side of the places field's alias rule, by id since gold legs carry
// no country.
func legEndMatches(goldName, predName, predID string) bool {
	return placeNameMatches(goldName, predName) || knownAliasOf(goldName, predID)
}

// scoreLegs matches directed legs by name, after dropping repeated hops:
// combined (the general flag ignored), and within the specific and the
// general legs separately. The
// per-document lists come from the split matchings, so a leg whose flag is
// wrong shows up there while still counting in the combined score.
func scoreLegs(t *tally, doc *DocReport, gold []GoldLeg, pred []model.Leg) {
	ok := func(a GoldLeg, b model.Leg) bool {
		return LegMatches(a, b.From, b.FromID, b.To, b.ToID)
	}
	gl := func(a GoldLeg) string { return legLabel(a.From, a.To, a.General) }
	pl := func(b model.Leg) string { return legLabel(b.From, b.To, b.General) }
	all := matchField(FieldLegs, gold, distinctLegs(pred, false), ok, gl, pl)
	all.quiet = true
	t.add(doc, all)
	for _, general := range []bool{false, true} {
		field := FieldLegsSpecific
		if general {
			field = FieldLegsGeneral
		}
		var g []GoldLeg
		var p []model.Leg
		for _, l := range gold {
			if l.General == general {
				g = append(g, l)
			}
		}
		for _, l := range distinctLegs(pred, true) {
			if l.General == general {
				p = append(p, l)
			}
		}
		t.add(doc, matchField(field, g, p, ok, gl, pl))
	}
}

// distinctLegs drops repeated hops: the extractor gives each event its own
// legs, so two goods carried from A to B give A → B twice, while gold lists
// each hop once. byFlag keeps a specific and a general A → B apart.
func distinctLegs(legs []model.Leg, byFlag bool) []model.Leg {
	type key struct {
		from, to string
		general  bool
	}
	seen := map[key]bool{}
	var out []model.Leg
	for _, l := range legs {
		k := key{normalizePlace(l.From), normalizePlace(l.To), byFlag && l.General}
		if !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	return out
}

// eventAttr is one attribute of a matched event: its accuracy name, what it
// is called in the per-document list, and how to compare and show it.
type eventAttr struct {
	acc, label string
	agree      func(GoldEvent, model.Event) bool
	gold       func(GoldEvent) string
	pred       func(model.Event) string
}

func sameName(a, b string) bool { return normalize(a) == normalize(b) }

func sameRoute(gold, pred []string) bool {
	if len(gold) != len(pred) {
		return false
	}
	for i := range gold {
		if !placeNameMatches(gold[i], pred[i]) {
			return false
		}
	}
	return true
}

func hedged(e model.Event) bool { return len(e.Hedges) > 0 }

// eventAttrs lists the attributes compared on matched events, in report order.
func eventAttrs() []eventAttr {
	return []eventAttr{
		{AccEventBuyer, "buyer",
			func(g GoldEvent, p model.Event) bool { return sameName(g.Buyer, p.Buyer) },
			func(g GoldEvent) string { return g.Buyer }, func(p model.Event) string { return p.Buyer }},
		{AccEventSeller, "seller",
			func(g GoldEvent, p model.Event) bool { return sameName(g.Seller, p.Seller) },
			func(g GoldEvent) string { return g.Seller }, func(p model.Event) string { return p.Seller }},
		{AccEventEndUser, "end_user",
			func(g GoldEvent, p model.Event) bool { return sameName(g.EndUser, p.EndUser) },
			func(g GoldEvent) string { return g.EndUser }, func(p model.Event) string { return p.EndUser }},
		{AccEventRoute, "route",
			func(g GoldEvent, p model.Event) bool { return sameRoute(g.Route, p.Route) },
			func(g GoldEvent) string { return strings.Join(g.Route, " → ") },
			func(p model.Event) string { return strings.Join(p.Route, " → ") }},
		{AccEventHedged, "hedged",
			func(g GoldEvent, p model.Event) bool { return g.Hedged == hedged(p) },
			func(g GoldEvent) string { return strconv.FormatBool(g.Hedged) },
			func(p model.Event) string { return strconv.FormatBool(hedged(p)) }},
	}
}

func eventLabel(typ, commodity string) string {
	if commodity == "" {
		return typ
	}
	return typ + " " + commodity
}

// hsOf returns the HS code of the named commodity in a list, or "".
func hsOf[C any](list []C, name string, get func(C) (string, string)) string {
	for _, c := range list {
		if n, hs := get(c); sameGoodName(n, name) {
			return hs
		}
	}
	return ""
}

// scoreEvents matches events by type and commodity, choosing among the
// largest matchings the one on which the most attributes agree, then scores
// the attributes of the matched pairs.
func scoreEvents(t *tally, doc *DocReport, g *Gold, p *model.ExtractionResult) {
	goldHS := make([]string, len(g.Events))
	for i, e := range g.Events {
		goldHS[i] = hsOf(g.Commodities, e.Commodity, func(c GoldCommodity) (string, string) { return c.Name, c.HS })
	}
	predHS := make([]string, len(p.Events))
	for i, e := range p.Events {
		predHS[i] = hsOf(p.Commodities, e.Commodity, func(c model.Commodity) (string, string) { return c.Name, c.HS })
	}
	ok := func(gi, pi int) bool {
		ge, pe := g.Events[gi], p.Events[pi]
		return ge.Type == pe.Type && eventCommodityMatches(ge.Commodity, goldHS[gi], pe.Commodity, predHS[pi])
	}
	attrs := eventAttrs()
	agreement := func(gi, pi int) int {
		n := 0
		for _, a := range attrs {
			if a.agree(g.Events[gi], p.Events[pi]) {
				n++
			}
		}
		return n
	}
	goldTo, predTo := bestMatching(len(g.Events), len(p.Events), ok, agreement, len(attrs))
	f := t.fields[FieldEvents]
	for gi, pi := range goldTo {
		ge := g.Events[gi]
		if pi < 0 {
			f.FN++
			doc.Misses = append(doc.Misses, Item{FieldEvents, eventLabel(ge.Type, ge.Commodity)})
			continue
		}
		f.TP++
		pe := p.Events[pi]
		for _, a := range attrs {
			agree := a.agree(ge, pe)
			t.count(a.acc, agree)
			if !agree {
				doc.Mismatches = append(doc.Mismatches, Item{fieldEventDetail,
					eventLabel(ge.Type, ge.Commodity) + ": " + a.label + " " + orNone(a.gold(ge)) + ", predicted " + orNone(a.pred(pe))})
			}
		}
	}
	for pi, gi := range predTo {
		if gi < 0 {
			f.FP++
			pe := p.Events[pi]
			doc.FalseHits = append(doc.FalseHits, Item{FieldEvents, eventLabel(pe.Type, pe.Commodity)})
		}
	}
}

// eventCommodityMatches: both events name no good, or the names are the same
// good by the commodity field's rule (normalised, a regular plural aside), or
// both goods carry HS codes that the commodity rule matches.
func eventCommodityMatches(goldName, goldHS, predName, predHS string) bool {
	if goldName == "" || predName == "" {
		return goldName == "" && predName == ""
	}
	if sameGoodName(goldName, predName) {
		return true
	}
	m, ok := hsMatches(goldHS, predHS)
	return ok && m
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// LegMatches reports whether a predicted leg from → to (the places' ids
// fromID, toID) is the gold leg g, by the rule scoreLegs uses (the general
// flag aside): each end matches by name or as a name the gazetteer knows
// for the predicted place.
func LegMatches(g GoldLeg, from, fromID, to, toID string) bool {
	return legEndMatches(g.From, from, fromID) && legEndMatches(g.To, to, toID)
}
