// Package goods finds the commodities clean text names — in English, Korean
// and Chinese, singular or plural — and classifies each by the lexicon's
// taxonomy: a normalised English name, a class, an HS 2022 code and the UN
// Security Council DPRK sanctions that cover it. A good the lexicon does not
// list is found in English where the text trades it (the object of "sold",
// "shipments of", "20 tonnes of", "… worth $"), by the nouns of the HS 2022
// heading descriptions: such a record has an id "hs-<code>:<noun>", the
// text's phrase as its name and the heading that names the noun as its code
// (fallback.go).
package goods

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/model"
)

// Finder finds commodities. It is safe for concurrent use.
type Finder struct {
	items     []lexicon.Commodity
	labels    []string
	sanctions [][]model.Sanction // per item, both directions; copied out
	m         *lexicon.Matcher
	lex       *lexicon.Lexicon
	hs        *hsIndex
	modifiers map[string]bool   // one-word lower-case Latin forms, which may narrow another good
	modCodes  map[string]string // modifier → its good's HS code
	// brandTarget maps an item to the one a brand makes of it: a branded
	// mobile phone ("Huawei handsets", "Samsung phones") is a smartphone.
	brandTarget map[int32]int32
	// cropTarget maps an item to the one it is where the text grows it:
	// tobacco that farmers grow is leaf tobacco.
	cropTarget map[int32]int32
	specific   map[string]bool // lower-case multi-word Latin form → specificForm
	nouns      *hsNouns        // the HS noun index, for goods the lexicon lacks (fallback.go)
	// classes is, per item, its class's memberships of the class sets
	// findListed reads per mention, so that it tests bits, not maps.
	classes []classFlag
	// scrap is the lexicon's scrap of every material, by HS chapter
	// ("74" → copper scrap), and scrapRef the bare word's own item (scrap
	// metal): "the scrap" after copper wire is copper scrap.
	scrap    map[string]int32
	scrapRef int32
	// used maps a Latin form's lower-case words after its state word
	// ("truck tyre" of "used truck tyre", "clothes" of "second-hand
	// clothes") to the item: an origin between the state and the good
	// ("a used Russian truck tyre") still names the used good.
	used map[string]int32
	// syllables are the one-syllable Korean goods (syllable.go).
	syllables []syllableRef
}

// classFlag marks an item's memberships of the class sets.
type classFlag uint8

const (
	cPowered    classFlag = 1 << iota // poweredClasses
	cMaterial                         // materialClasses
	cStaple                           // stapleClasses
	cConveyance                       // conveyanceClasses
	cNeedsTrade                       // needsTrade
)

// classFlags is the class-set flags of c.
func classFlags(c *lexicon.Commodity) classFlag {
	var fl classFlag
	if poweredClasses[c.Class] {
		fl |= cPowered
	}
	if materialClasses[c.Class] {
		fl |= cMaterial
	}
	if stapleClasses[c.Class] {
		fl |= cStaple
	}
	if conveyanceClasses[c.Class] {
		fl |= cConveyance
	}
	if needsTrade(c) {
		fl |= cNeedsTrade
	}
	return fl
}

// New builds a Finder over the lexicon's commodities. It panics if the forms
// cannot be indexed, which Load's checks and the package tests rule out; use
// NewFinder to get the error instead.
func New(lex *lexicon.Lexicon) *Finder {
	f, err := NewFinder(lex)
	if err != nil {
		panic(err)
	}
	return f
}

// brandTargets maps a lexicon id to the id a brand or model name makes of it.
var brandTargets = map[string]string{"mobile-phone": "smartphone"}

// cropTargets maps a lexicon id to the id of the crop it names after a verb
// of growing ("growing tobacco" is leaf tobacco, HS 2401).
var cropTargets = map[string]string{"tobacco": "tobacco-leaf"}

// NewFinder is New returning an error instead of panicking.
func NewFinder(lex *lexicon.Lexicon) (*Finder, error) {
	f := &Finder{
		items:     lex.Commodities,
		labels:    make([]string, len(lex.Commodities)),
		sanctions: make([][]model.Sanction, len(lex.Commodities)),
		classes:   make([]classFlag, len(lex.Commodities)),
		hs:        newHSIndex(lex),
		modifiers: map[string]bool{},
		modCodes:  map[string]string{},
		specific:  map[string]bool{},
		used:      map[string]int32{},
		lex:       lex,
	}
	keys, err := lexicon.HSNouns()
	if err != nil {
		return nil, fmt.Errorf("loading the HS noun index: %w", err)
	}
	f.nouns = &hsNouns{keys: keys, desc: lex.HSDescription}
	f.nouns.dropParts(f.hs.parts, lex.HSDescription)
	f.nouns.indexPairs()
	var pats []lexicon.Pattern
	listed := map[string]bool{} // the Hangul and Han forms without spaces: a variant adds no form twice
	for _, c := range lex.Commodities {
		for _, form := range c.Forms {
			if form[0] >= utf8.RuneSelf {
				listed[strings.ReplaceAll(form, " ", "")] = true
			}
		}
	}
	for i, c := range lex.Commodities {
		f.labels[i] = lex.HSDescription(c.HS)
		f.classes[i] = classFlags(&lex.Commodities[i])
		f.sanctions[i] = lexicon.CommoditySanctions(c.ID, c.LookupHS(), "")
		for _, form := range c.Forms {
			if form[0] >= utf8.RuneSelf {
				for _, v := range koreanVariants(form) {
					if k := strings.ReplaceAll(v, " ", ""); !listed[k] {
						listed[k] = true
						pats = append(pats, lexicon.Pattern{Form: v, Ref: int32(i)})
					}
				}
			}
			pats = append(pats, lexicon.Pattern{Form: form, Ref: int32(i)})
			for _, st := range usedStates {
				if rest, ok := strings.CutPrefix(form, st+" "); ok && isLowerLatin(strings.ReplaceAll(rest, " ", "")) {
					f.used[rest] = int32(i)
				}
			}
			if low := lowerASCII(form); form[0] < utf8.RuneSelf && lastSep(form) >= 0 {
				f.specific[low] = specificForm(low, c.Name)
			}
			if lastSep(form) < 0 && isLowerLatin(form) {
				// A good with no code still narrows another ("textile machinery").
				f.modifiers[form] = true
				if c.HS != "" {
					f.modCodes[form] = c.HS
				}
			}
		}
	}
	f.scrap, f.scrapRef = map[string]int32{}, -1
	for i, c := range lex.Commodities {
		if len(c.HS) >= 4 && (strings.Contains(c.Name, "scrap") || strings.HasPrefix(c.Name, "waste ")) {
			if _, ok := f.scrap[c.HS[:2]]; !ok {
				f.scrap[c.HS[:2]] = int32(i)
			}
		}
		if c.ID == "scrap-metal" {
			f.scrapRef = int32(i)
		}
	}
	f.syllables = syllableRefs(lex)
	f.brandTarget = targets(lex, brandTargets)
	f.cropTarget = targets(lex, cropTargets)
	for _, form := range lex.CommodityBlockers {
		pats = append(pats, lexicon.Pattern{Form: form, Ref: lexicon.Block})
	}
	m, err := lexicon.NewMatcher(pats)
	if err != nil {
		return nil, fmt.Errorf("indexing commodity forms: %w", err)
	}
	f.m = m
	return f, nil
}

// driedWords are the Korean words for "dried" before a good: 마른 명태,
// 말린 명태 and 건조 명태 are one dried pollack.
var driedWords = []string{"마른", "말린", "건조"}

// koreanVariants are the other spellings of a Hangul form that Korean
// writes in more than one way: "dried" as 마른, 말린 or 건조 (a form 마른
// 명태 also matches 말린 명태), and a device as 기기 or 기계 (심전도 기기,
// 심전도 기계). The part that stays must have two syllables or more.
func koreanVariants(form string) []string {
	var out []string
	for _, d := range driedWords {
		rest, ok := strings.CutPrefix(form, d)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, " ")
		if utf8.RuneCountInString(rest) < 2 || rest[0] < utf8.RuneSelf {
			return nil
		}
		for _, e := range driedWords {
			if e != d {
				out = append(out, e+" "+rest)
			}
		}
		return out
	}
	if head, ok := strings.CutSuffix(form, "기기"); ok {
		if head = strings.TrimSuffix(head, " "); utf8.RuneCountInString(head) >= 2 && head[0] >= utf8.RuneSelf {
			out = append(out, head+" 기계")
		}
	}
	return out
}

// targets indexes a map of lexicon ids by the items' positions.
func targets(lex *lexicon.Lexicon, ids map[string]string) map[int32]int32 {
	out := make(map[int32]int32, len(ids))
	for from, to := range ids {
		i := slices.IndexFunc(lex.Commodities, func(c lexicon.Commodity) bool { return c.ID == from })
		j := slices.IndexFunc(lex.Commodities, func(c lexicon.Commodity) bool { return c.ID == to })
		if i >= 0 && j >= 0 {
			out[int32(i)] = int32(j)
		}
	}
	return out
}

// Find returns the commodities text names, in order of first mention, one
// record per commodity with every span that names it. Sanctioned lists the
// rules of both directions (lexicon.Sanctions with direction ""); the event
// stage narrows it once it knows which way the goods moved. A name that only
// modifies a place or business, a vehicle or vessel that only carries cargo,
// and a bare head noun that repeats a more specific good are left out (see
// context.go). A record takes the text's own noun phrase as its name where
// that is more specific than the lexicon's ("dried fish", "drone parts"),
// with the HS code narrowed to fit, and the goods inside such a phrase
// ("urea" in "urea fertiliser") are not reported apart (see phrase.go). A
// good classified no finer than an HS chapter is named by the text's most
// used word for it ("garments", "foodstuffs"), in American spelling
// ("fertilizer"); a good's parts are a record of their own, in Korean too
// (드론 부품, 드론과 부품); a record named only by bare makes ("a Lexus")
// joins another of the same code, but a good whose own name is a brand
// ("Angung Uhwanghwan pills") does not.
//
// A gloss in brackets makes its two names one good throughout the text
// ("seasoning (MSG)" … "1 kg of seasoning"), and a bare "scrap" is the
// scrap of the material named before it ("copper wire … the scrap").
//
// A good the lexicon does not list is found where the text trades it, by
// the HS 2022 descriptions' nouns (see fallback.go).
func (f *Finder) Find(text string) []model.Commodity {
	sc := findPool.Get().(*findBuf)
	found := f.m.AppendFind(sc.matches[:0], text)
	matches := f.withSyllables(text, found) // read only below: the fallback needs them as found
	goods, compounds := f.findListed(text, matches, sc)
	goods = f.fallback(text, goods, matches, compounds)
	sc.release(found)
	return goods
}

// findListed finds the goods the lexicon lists among the lexicon's matches
// in text.
//
// compounds are the spans of the lexicon goods it leaves to the fallback as
// the first words of an HS compound ("cotton yarn", see compounded).
func (f *Finder) findListed(text string, matches []lexicon.Match, sc *findBuf) (goods []model.Commodity, compounds [][2]int) {
	if len(matches) == 0 {
		return nil, nil
	}
	spans := f.widenAll(text, matches, sc)
	f.partsFor(text, matches, spans)
	alias := f.glosses(text, matches, spans)
	matches, spans = koreanParts(text, matches, spans)
	drugTalk := -1 // lazily: does the text speak of drugs (see companionOnly)?
	out := make([]model.Commodity, 0, min(len(matches), 8))
	var tradedAt []bool  // per record: some mention shows the good traded
	var refs []int32     // per record: its lexicon item
	var specific []bool  // per record: named by a phrase more specific than the lexicon's
	var saids [][]string // per record: the text's own names for a chapter-level good
	var brandOnly []bool // per record: every mention is a bare make ("a Lexus")
	var kinds []string   // per record: the good that narrows its name ("diesel" generators)
	pos := make(map[recordKey]int, 8)
	var staples stapleCache            // which sentences speak of trade (staple.go)
	recOf := make([]int, len(matches)) // per match: its record, or -1
	for k := range recOf {
		recOf[k] = -1
	}
	for k, mt := range matches {
		w := spans[k]
		if w.start < 0 || modifiesFacility(text, w.start, w.end) || compoundAdjective(text, w.end) || untradedFrame(text, w.start) || deniedBefore(text, w.start) || unrealTrade(text, w.start, w.end) || possessed(text, w.start, w.end) || backgroundMention(text, w.start, w.end) || (latinAt(text, w.start) && (simileAs(text, w.start) || sceneryMention(text, w.start, w.end))) {
			continue
		}
		if f.fuelOfMachine(text, matches, k) {
			continue // 휘발유 발전기, "petrol generators": the machine is the good
		}
		if f.accessoryOf(text, matches, k) {
			continue // "mobile phone batteries": the batteries are the good
		}
		ref := mt.Refs[0]
		if ref == f.scrapRef && pieceOf(text, w.start, w.end) {
			continue // "a scrap of paper", "scraps of cloth": a piece, no scrap metal
		}
		if ref == f.scrapRef && text[mt.Start] < utf8.RuneSelf && len(w.mods) == 0 && !w.parts && strings.EqualFold(text[mt.Start:mt.End], "scrap") {
			ref = f.scrapOf(text, matches, k) // "stripping copper wire … selling the scrap"
		}
		if t, ok := alias[ref]; ok {
			ref = t // "seasoning (MSG)": the text's seasoning is MSG throughout
		}
		if text[mt.Start] < utf8.RuneSelf && w.start == mt.Start {
			if t, ok := f.usedAcrossOrigin(text, mt); ok {
				ref = t // "a used Russian truck tyre" is a used tyre
			}
		} else if text[mt.Start] < utf8.RuneSelf && len(w.mods) > 0 && wornStates[w.mods[0]] {
			if t, ok := f.usedForm(text[mt.Start:mt.End]); ok {
				ref = t // "second-hand winter clothing" is second-hand clothing
			}
		}
		if t, ok := f.brandTarget[ref]; ok && w.brand {
			ref = t // "Huawei handsets" are smartphones
		}
		if t, ok := f.cropTarget[ref]; ok && growVerbs[lowerASCII(wordBefore(text, w.start))] {
			ref = t // "growing tobacco" is leaf tobacco
		}
		c := &f.items[ref]
		cf := f.classes[ref]
		latin := text[mt.Start] < utf8.RuneSelf
		if latin && partClasses[c.Class] && partOfConveyance(text, w.start) {
			continue // "the ship's diesel engine failed"
		}
		if latin && !w.brand && inProperName(text, w.start, w.end, mt.Form) {
			continue
		}
		if latin && w.brand && inProperName(text, mt.Start, mt.End, mt.Form) {
			continue // "the bulk carrier Sea Pearl": a brand narrows a good written in lower case
		}
		if latin && carriedInIDs[c.ID] && carriedIn(text, w.start) {
			continue // "5,000 pairs in a handbag": the bag carries them
		}
		if latin && cf&cStaple != 0 && containerAfter(text, w.end) {
			continue // "empty fish boxes", "rice sacks": the container's kind
		}
		if latin && w.start == mt.Start {
			if e := f.compounded(text, mt, w); e > 0 {
				if !modifiesFacility(text, mt.Start, e) { // "cotton yarn mills" name no good
					compounds = append(compounds, [2]int{mt.Start, e})
				}
				continue // "cotton yarn": a good of its own, which the fallback names
			}
		}
		if dearReason(text, w.start, w.end) {
			continue // "because the petrol is too expensive": a reason, not a ware
		}
		if !latin && !w.parts && koreanInstrument(text, w.end) {
			continue // 크레인으로 옮겨 싣는다: the crane moves the goods
		}
		if !latin && koreanSimile(text, w.end) {
			continue // 강철 같은 의지: a likeness, not steel
		}
		if !latin && koreanCharged(text, w.end) {
			continue // 태양광판으로 배터리를 충전한다: what charges and what is charged
		}
		if !latin && koreanProvision(text, w.start, w.end) {
			continue // 번 돈으로 땔감과 식량을 마련한다: a household's living
		}
		if !latin && koreanUsedFor(text, w.end) {
			continue // 배터리 원료로 쓰인다, 태양광판에 물려 쓰는: what the good goes into or runs off
		}
		if !latin && koreanMade(text, w.end) {
			continue // 항생제를 생산할 수 있게 됐다: made, not traded
		}
		if latin && ((w.brand && companyAfter(text, w.end)) || (mt.End-mt.Start == len("make up") && verbReadings[text[mt.Start:mt.End]]) || compositionReading(text, w.start, w.end)) {
			continue // "Huaxin Machinery Co.", "shells make up half", "the make-up of metals"
		}
		if cf&cPowered != 0 && !w.parts && fuelFor(text, w.end) {
			continue // "generator fuel", 발전기 연료: the fuel is spoken of
		}
		if latin && cf&cMaterial == 0 && materialFor(text, w.end) {
			continue // "cigarette filter material" is the material
		}
		if latin && cf&cMaterial != 0 && w.end == mt.End && isLowerLatin(text[mt.Start:mt.End]) && materialModifier(text, w.end) {
			continue // "cloth bags", "a steel Omega"
		}
		if cf&cStaple != 0 && rationFrame(text, w.start) {
			continue // "the mine hands out food": rations, not trade
		}
		companion := companionOnly[lowerASCII(mt.Form)]
		if companion && latin && frozenWater(text, w.start, w.end) {
			continue // "where the ice is still thick"
		}
		if companion {
			if drugTalk < 0 {
				drugTalk = boolInt(f.speaksOfDrugs(text, matches))
			}
			if drugTalk == 0 {
				continue
			}
		}
		name, said := c.Name, ""
		if w.parts && (!latin || w.partsFor) {
			name = partsName(c.Name)
			if latin && w.partsFor && f.specific[lowerASCII(mt.Form)] {
				// "parts of CNC machine tools" are CNC machine tool parts.
				name = partsName(text[mt.Start:mt.End])
			}
		}
		material := !latin && !w.parts && !rawStuff(c.HS) && koreanMaterial(text, w.end)
		if material {
			name = c.Name + " raw materials" // 비료 원료: what fertiliser is made of
		}
		if latin && !w.partsFor {
			if n := f.phraseName(w, text[mt.Start:mt.End], mt.Form, c.Name); n != "" {
				name = n
			} else if len(c.HS) < 4 && c.Class != "services" {
				said = saidName(text[mt.Start:mt.End], mt.Form, c.Name)
			}
		}
		// A good named by its own proper name ("Angung Uhwanghwan pills") is
		// no make of another good.
		bare := brandForm(mt.Form) && !strings.Contains(c.Name, mt.Form) && !w.brand && !w.parts && len(w.mods) == 0
		// The parts of a good are a good of their own: "drones and drone parts".
		key := recordKey{ref: ref, parts: w.parts}
		if material {
			key.kind = materialKind
		}
		i, ok := pos[key]
		// So is a kind the text tells apart by another good it names:
		// "diesel generators" and "a petrol generator" are two goods; a
		// bare "generators" is the first of them again.
		if kind := f.goodModifier(w); ok && kind != "" {
			switch {
			case kinds[i] == "":
				kinds[i] = kind
			case kinds[i] != kind:
				key.kind = kind
				i, ok = pos[key]
			}
		}
		switch {
		case !ok:
			i = len(out)
			pos[key] = i
			kinds = append(kinds, key.kind)
			if key.kind == "" {
				kinds[i] = f.goodModifier(w)
			}
			out = append(out, f.record(ref, name, w))
			if material {
				// The stuff a good is made of has no code of the good's.
				out[i].HS, out[i].HSLabel, out[i].Sanctioned = "", "", nil
			}
			tradedAt = append(tradedAt, false)
			refs = append(refs, ref)
			specific = append(specific, name != c.Name)
			saids = append(saids, nil)
			brandOnly = append(brandOnly, true)
		case !specific[i] && name != c.Name:
			// A later mention is more specific: "rice … white rice".
			ms := out[i].Mentions
			out[i] = f.record(ref, name, w)
			out[i].Mentions = ms
			specific[i] = true
		}
		switch {
		case tradedAt[i]:
		case cf&cNeedsTrade != 0:
			// Parts of a vehicle carry nothing: "drone parts" are cargo; nor
			// does a report name the make of a truck that only carries.
			tradedAt[i] = w.parts || w.brand || brandForm(mt.Form) || traded(text, mt.Start, w.end, c) ||
				(cf&cConveyance != 0 && f.listedWithWares(text, matches, spans, k))
		case cf&cStaple != 0:
			tradedAt[i] = staples.stapleTraded(text, w.start, w.end)
		}
		if said != "" {
			saids[i] = sc.said(saids[i], said)
		}
		brandOnly[i] = brandOnly[i] && bare
		recOf[k] = i
		out[i].Mentions = sc.mention(out[i].Mentions, model.Mention{Start: w.start, End: w.end, Text: text[w.start:w.end]})
	}
	f.listedWithTraded(text, matches, spans, recOf, tradedAt)
	f.tradedByBareHead(text, out, refs, tradedAt)
	kept := out[:0]
	var keptBrandOnly []bool
	for i := range out {
		if f.classes[refs[i]]&(cNeedsTrade|cStaple) != 0 && !tradedAt[i] {
			continue
		}
		if !specific[i] && len(saids[i]) > 0 {
			out[i].Name = mostSaid(saids[i])
		}
		kept = append(kept, out[i])
		keptBrandOnly = append(keptBrandOnly, brandOnly[i])
	}
	return americanSpelling(mergeExamples(text, mergeDefinite(text, mergeUmbrellas(text, mergeBikes(mergeMachines(text, mergeGeneric(text, mergeBrands(kept, keptBrandOnly)))))))), compounds
}

// scrapBytes bounds how far before a bare "scrap" the good whose material
// it is may be named.
const scrapBytes = 300

// scrapOf is the item a bare "scrap" at matches[k] names: the scrap of the
// material of the nearest coded good named before it in its sentence or
// the one before, where the lexicon lists a scrap of that HS chapter
// ("selling the scrap" after copper wire is copper scrap, 7404; "the tyres
// start out as scrap" rubber scrap, 4004); else scrap metal, the scrap of
// iron and steel.
func (f *Finder) scrapOf(text string, matches []lexicon.Match, k int) int32 {
	at, start := matches[k].Start, matches[k].Start
	ends := 0
	for j := k - 1; j >= 0; j-- {
		mj := matches[j]
		if at-mj.End > scrapBytes {
			break
		}
		for i := mj.End; i < start && ends < 2; i++ {
			if isSentenceEnd(text, i) {
				ends++
			}
		}
		if ends >= 2 {
			break
		}
		start = mj.Start
		hs := f.items[mj.Refs[0]].HS
		if mj.Refs[0] == f.scrapRef || text[mj.Start] >= utf8.RuneSelf || len(hs) < 4 {
			continue
		}
		if r, ok := f.scrap[hs[:2]]; ok {
			return r
		}
		return f.scrapRef // the nearest material has no scrap of its own
	}
	return f.scrapRef
}

// tradedByBareHead marks as traded the record of a conveyance first named
// by a phrase ("Chinese electric bicycles are reaching the mining towns")
// when a later record the text trades is named only by that phrase's head
// noun, with "the" before it ("the bicycles are bought wholesale"): the
// definite head refers back to the goods the phrase named, which
// mergeGeneric then folds into the phrase's record. A head set against
// the phrase ("an ordinary pedal bicycle") refers to no earlier good.
func (f *Finder) tradedByBareHead(text string, out []model.Commodity, refs []int32, tradedAt []bool) {
	for i := range out {
		if tradedAt[i] || f.classes[refs[i]]&cConveyance == 0 || len(out[i].Mentions) == 0 {
			continue
		}
		m := out[i].Mentions[0]
		if m.Text[0] >= utf8.RuneSelf || lastSep(m.Text) < 0 {
			continue
		}
		head, _ := headOf(m.Text)
		for j := range out {
			if j == i || !tradedAt[j] || f.classes[refs[j]]&cConveyance == 0 || !bareHeadsAfter(text, out[j].Mentions, head, m.End) {
				continue
			}
			tradedAt[i] = true
			break
		}
	}
}

// bareHeadsAfter reports whether every mention is head alone, after end,
// the first of them after "the" and none set against another good.
func bareHeadsAfter(text string, ms []model.Mention, head string, end int) bool {
	if len(ms) == 0 || !definiteBefore(text, ms[0].Start) {
		return false
	}
	for _, o := range ms {
		h, single := headOf(o.Text)
		if o.Start < end || o.Text[0] >= utf8.RuneSelf || !single || h != head || contrastBefore(text, o.Start) {
			return false
		}
	}
	return true
}

// usedStates are the words of a lexicon form that say a good is used.
var usedStates = []string{"used", "second-hand", "secondhand", "worn"}

// usedAcrossOrigin is the item of the used good that the Latin match mt
// names where a state word and one or two capitalised words of origin or
// make come before it: "a used Russian truck tyre", "second-hand Chinese
// clothes" are the used goods the lexicon lists as "used truck tyre" and
// "second-hand clothes". ok is false elsewhere.
func (f *Finder) usedAcrossOrigin(text string, mt lexicon.Match) (int32, bool) {
	if len(f.used) == 0 {
		return 0, false
	}
	i := mt.Start
	for range 2 {
		w := wordBefore(text, i)
		if w == "" {
			return 0, false
		}
		if w[0] >= 'A' && w[0] <= 'Z' && len(w) > 1 && w[1] >= 'a' && w[1] <= 'z' {
			i -= len(w) + 1
			if st := lowerASCII(stateBefore(text, i)); st != "" {
				// "used" after its subject is the verb: "traders used
				// Chinese tyres for carts".
				if st == "used" && !usedAdjective(lowerASCII(wordBefore(text, i-len(st)-1))) {
					return 0, false
				}
				return f.usedForm(text[mt.Start:mt.End])
			}
			continue
		}
		return 0, false
	}
	return 0, false
}

// usedAdjective reports whether the word before "used" makes it an
// adjective: an article, number or quantifier, a preposition or a trade
// verb ("a used", "of used", "sold used").
func usedAdjective(w string) bool {
	return w != "" && (determiners[w] || prepositions[w] || saleWords[w] || (w[0] >= '0' && w[0] <= '9'))
}

// stateBefore is the state word ("used", "second-hand") right before i, or
// "".
func stateBefore(text string, i int) string {
	for _, st := range usedStates {
		if i > len(st) && text[i-1] == ' ' && strings.EqualFold(text[i-1-len(st):i-1], st) &&
			(i-1-len(st) == 0 || !isASCIILetter(text[i-2-len(st)]) && text[i-2-len(st)] != '-') {
			return text[i-1-len(st) : i-1]
		}
	}
	return ""
}

// usedForm is the used good whose form, after its state word, is the
// mention s or its singular.
func (f *Finder) usedForm(s string) (int32, bool) {
	low := lowerASCII(s)
	if t, ok := f.used[low]; ok {
		return t, true
	}
	for _, suf := range []string{"s", "es"} {
		if t, ok := f.used[strings.TrimSuffix(low, suf)]; ok && strings.HasSuffix(low, suf) {
			return t, true
		}
	}
	return 0, false
}

// pieceOf reports whether the bare Latin "scrap" or "scraps" at
// text[start:end] is a small piece of what "of" names: "on a scrap of
// paper", "scraps of cloth and leather". The scrap metal trade writes "tonnes
// of scrap" and "the scrap was sold", and names the metal before the word
// ("copper scrap") or as waste ("waste and scrap of iron") with no article.
func pieceOf(text string, start, end int) bool {
	word := text[start:end]
	if !strings.EqualFold(word, "scrap") && !strings.EqualFold(word, "scraps") {
		return false
	}
	rest, ok := strings.CutPrefix(text[end:], " of ")
	if !ok {
		return false
	}
	if strings.EqualFold(word, "scraps") {
		// "scraps of iron" are still metal.
		return !scrapMaterials[lowerASCII(nextWord(rest))]
	}
	return pieceArticles[lowerASCII(wordBefore(text, start))]
}

var (
	// pieceArticles before "scrap of" make it one piece: "a scrap of paper".
	pieceArticles = map[string]bool{"a": true, "one": true, "every": true, "each": true, "small": true, "tiny": true, "little": true, "last": true}
	// scrapMaterials after "scraps of" are the metals a scrap trade deals in.
	scrapMaterials = map[string]bool{"iron": true, "steel": true, "metal": true, "metals": true, "copper": true, "aluminium": true, "aluminum": true, "brass": true, "lead": true, "zinc": true}
)

// listedWithWares reports whether matches[k], a conveyance, is listed
// beside a good that is no conveyance, joined by a comma, "and" or "or":
// "machinery, vehicles and metals", "supplies of machinery and vehicles".
// A list of wares names the vehicles as wares too; "boats and trucks"
// alone are still the carriers.
func (f *Finder) listedWithWares(text string, matches []lexicon.Match, spans []widened, k int) bool {
	ware := func(j int) bool {
		return j >= 0 && j < len(matches) && spans[j].start >= 0 && f.classes[matches[j].Refs[0]]&cNeedsTrade == 0
	}
	if ware(k-1) && spans[k-1].end <= spans[k].start && listJoint(text[spans[k-1].end:spans[k].start]) {
		return true
	}
	return ware(k+1) && spans[k].end <= spans[k+1].start && listJoint(text[spans[k].end:spans[k+1].start]) &&
		!koreanLoadedAfter(text, spans[k].start, spans[k+1].end)
}

// koreanLoadBytes bounds how far after the goods a Korean verb of loading
// may come: about a dozen syllables.
const koreanLoadBytes = 40

// koreanLoadVerbs are the stems of a vessel or vehicle taking goods on
// board: 싣고, 실은, 실어, 적재한.
var koreanLoadVerbs = []string{"싣고", "싣는", "실은", "실어", "실고", "적재"}

// koreanLoadedAfter reports whether, after a Hangul conveyance at
// text[convStart:] and a comma, a verb of loading follows the goods that
// end at end: a headline's 北 화물선, 흑연 싣고 톈진行 "a North Korean
// freighter, carrying graphite to Tianjin" names the ship as the carrier,
// not as a ware listed beside the graphite.
func koreanLoadedAfter(text string, convStart, end int) bool {
	if text[convStart] < utf8.RuneSelf {
		return false
	}
	rest := text[end:min(len(text), end+koreanLoadBytes)]
	if i := strings.IndexAny(rest, ",.!?\n"); i >= 0 {
		rest = rest[:i]
	}
	for _, v := range koreanLoadVerbs {
		if strings.Contains(rest, v) {
			return true
		}
	}
	return false
}

// listedWithTraded marks as traded the record of a conveyance or staple
// listed beside another one whose record the text trades: in "a steady
// stream of Chinese buses, trucks and luxury cars" after "buses bought from
// a dealer", the trucks and cars are wares as the buses are, and in "the
// herbs, mainly schisandra berries and astragalus root, were gathered in
// Kapsan" the astragalus is the good the schisandra is, which is sold later
// on. A list none of whose members the text trades ("boats and trucks",
// "rice and corn are scarce") stays untraded. recOf gives each match's
// record, or -1.
func (f *Finder) listedWithTraded(text string, matches []lexicon.Match, spans []widened, recOf []int, tradedAt []bool) {
	gated := func(k int) bool {
		if recOf[k] < 0 {
			return false
		}
		return f.classes[matches[k].Refs[0]]&(cConveyance|cStaple) != 0
	}
	joined := func(a, b int) bool {
		// 北 화물선, 석탄 싣고: the freighter carries the coal (koreanLoadedAfter).
		return spans[a].end <= spans[b].start && listJoint(text[spans[a].end:spans[b].start]) &&
			(f.classes[matches[a].Refs[0]]&cConveyance == 0 || !koreanLoadedAfter(text, spans[a].start, spans[b].end))
	}
	for changed := true; changed; {
		changed = false
		for k := range matches {
			if !gated(k) || tradedAt[recOf[k]] {
				continue
			}
			if (k > 0 && gated(k-1) && tradedAt[recOf[k-1]] && joined(k-1, k)) ||
				(k+1 < len(matches) && gated(k+1) && tradedAt[recOf[k+1]] && joined(k, k+1)) {
				tradedAt[recOf[k]], changed = true, true
			}
		}
	}
}

// listJoint reports whether s, the text between two goods, joins them in
// a list.
func listJoint(s string) bool {
	switch s {
	case ", ", " and ", " or ", ", and ", ", or ":
		return true
	}
	return false
}

// poweredClasses are the classes of goods that a fuel's name before them
// says what they burn: "diesel engines", "petrol generators", 휘발유 발전기.
var poweredClasses = map[string]bool{"machinery": true, "electronics": true, "vehicles": true, "vessels": true}

// fuelOfMachine reports whether matches[k] names a fuel right before the
// name of a machine or vehicle, with at most a space between: the fuel then
// says what the machine burns and is no good of its own there.
func (f *Finder) fuelOfMachine(text string, matches []lexicon.Match, k int) bool {
	mt := matches[k]
	if f.items[mt.Refs[0]].Class != "fuel" || k+1 >= len(matches) {
		return false
	}
	next := matches[k+1]
	if gap := next.Start - mt.End; gap < 0 || gap > 1 || (gap == 1 && text[mt.End] != ' ') {
		return false
	}
	return f.classes[next.Refs[0]]&cPowered != 0
}

// accessoryIDs are the goods that a good right before them only says what
// they fit: "mobile phone batteries", "laptop chargers", "bicycle tyres".
var accessoryIDs = map[string]bool{"battery": true, "chargers": true, "tyre": true}

// accessoryOf reports whether the Latin match k is followed, after one
// space, by an accessory that it only names the fitting of.
func (f *Finder) accessoryOf(text string, matches []lexicon.Match, k int) bool {
	mt := matches[k]
	if k+1 >= len(matches) || text[mt.Start] >= utf8.RuneSelf {
		return false
	}
	next := matches[k+1]
	if next.Start-mt.End != 1 || text[mt.End] != ' ' {
		return false
	}
	return accessoryIDs[f.items[next.Refs[0]].ID] && !accessoryIDs[f.items[mt.Refs[0]].ID]
}

// umbrellas are lexicon goods whose word a report uses for whichever
// narrower good of its kind it names: "fuel" in a report on diesel and
// petrol prices is that diesel and petrol, "tobacco" beside tobacco leaf is
// the leaf, and "food", "meat", "fish", "agricultural products" or
// "electronics" in a report that names pork, crab, pine nuts or televisions
// are those goods again, not one more, as "bathroom fittings" beside toilets
// and washbasins are. Each maps to its own code and the code prefixes its
// narrower goods fall under. Drinks are no food here ("food and cognac"
// names two goods), and "foodstuffs", a word of customs returns, is no
// umbrella.
var umbrellas = map[string]umbrella{
	"fuel":    {code: "27", under: []string{"27"}},
	"tobacco": {code: "24", under: []string{"2401"}},
	"food": {code: "", under: []string{"02", "03", "04", "07", "08", "09", "10", "11", "12", "15", "16", "17", "18",
		"19", "20", "21"}},
	"agricultural-products": {code: "", under: []string{"01", "02", "04", "06", "07", "08", "09", "10", "11", "12",
		"13", "14", "24"}},
	"meat": {code: "02", under: []string{"02", "1601", "1602"}},
	"fish": {code: "03", under: []string{"03", "1604", "1605"}},
	// The HS's own class words: "crustaceans" in a report on snow crab are
	// that crab, "molluscs" beside clams those clams.
	"crustaceans": {code: "0306", under: []string{"0306", "1605"}},
	"molluscs":    {code: "0307", under: []string{"0307", "1605"}},
	"electronics": {code: "85", under: []string{"85", "8471"}},
	// "metals" in a report on zinc, copper or steel plates are those metals
	// ("zinc, lead and copper were the top metals shipped"), but in a
	// sentence of a ban that names no metal they name the class the
	// sanctions name ("bars exports of metals").
	"metals": {code: "", under: []string{"72", "73", "74", "75", "76", "78", "79", "80", "81"}, notBanned: true},
	// "handsets" and "phones" after smartphones are those smartphones;
	// named first ("mobile phones … a used smartphone") they stay apart.
	"mobile-phone":  {code: "8517", under: []string{"851713"}, later: true},
	"sanitary-ware": {code: "6910", under: []string{"6910"}},
	// "pesticide" after "insecticide" is that insecticide again; named
	// first (농약 … 살충제, 농약 … 살균제) it is a good of its own.
	"pesticide": {code: "3808", under: []string{"3808"}, later: true},
	// "seasoning" and 조미료 in a report that names monosodium glutamate
	// are that MSG, as reports translate 맛내기 either way.
	"seasoning": {code: "2103", under: []string{"292242"}},
}

// umbrella is the lexicon code of an umbrella good and the code prefixes
// of the narrower goods it stands for; a later umbrella stands for them only
// where one of them is named before it.
type umbrella struct {
	code      string
	under     []string
	later     bool
	notBanned bool // not where a sentence of a ban names the umbrella
}

// foldInto moves every mention of goods[i] into goods[j], in text order,
// and drops goods[i]: the record i named the same good as j.
func foldInto(goods []model.Commodity, i, j int) []model.Commodity {
	for _, m := range goods[i].Mentions {
		goods[j].Mentions = insertMention(goods[j].Mentions, m)
	}
	return slices.Delete(goods, i, i+1)
}

// mergeUmbrellas moves the mentions of an umbrella good to the first record
// of a narrower code, and drops the umbrella's record. An umbrella alone
// stays ("paid with fuel and money"), and so does one the text narrows
// itself ("dried fish" is a good of its own).
func mergeUmbrellas(text string, goods []model.Commodity) []model.Commodity {
	for i := 0; i < len(goods); i++ {
		u, ok := umbrellas[goods[i].ID]
		if !ok || len(goods[i].HS) > len(u.code) {
			continue
		}
		j := slices.IndexFunc(goods, func(g model.Commodity) bool {
			// A heading's umbrella stands for goods of that heading too.
			narrower := len(g.HS) > len(u.code) || (len(u.code) >= 4 && g.HS == u.code)
			if u.later && (len(g.Mentions) == 0 || g.Mentions[0].Start > goods[i].Mentions[0].Start) {
				return false
			}
			if u.notBanned && !everyBeside(text, goods[i].Mentions, g.Mentions) {
				return false
			}
			return g.ID != goods[i].ID && narrower && hasAnyPrefix(g.HS, u.under)
		})
		if j < 0 {
			continue
		}
		goods = foldInto(goods, i, j)
		i--
	}
	return goods
}

// mergeExamples moves a Korean class word after 등 ("and so on") to the
// good it sums up: 오미자와 황기 등 약초 "schisandra, astragalus and such
// herbs" and 쌀과 밀가루 등 식량 "rice, flour and other food" name the
// listed goods, not one more, and so does the class word again later in
// the text. The class word's first mention must sum up a list before it
// with a good it covers: one whose code its own code starts, or of its
// class when it has no code. Classes the sanctions name are kept
// (sanctionClasses).
func mergeExamples(text string, goods []model.Commodity) []model.Commodity {
	moved := false
	for i := range goods {
		if len(goods[i].Mentions) == 0 || sanctionClasses[goods[i].ID] {
			continue
		}
		j := exampleFor(text, goods, i, goods[i].Mentions[0])
		if j < 0 {
			continue
		}
		for _, m := range goods[i].Mentions {
			goods[j].Mentions = insertMention(goods[j].Mentions, m)
		}
		goods[i].Mentions, moved = nil, true
	}
	if !moved {
		return goods
	}
	return withMentions(goods)
}

// sanctionClasses are class words that name a class of goods the UN
// Security Council bans by name: a report that lists crab and snow crab as
// 수산물 names the banned class too.
var sanctionClasses = map[string]bool{"seafood": true, "textiles": true, "machinery": true, "vehicle": true}

// exampleBytes bounds how far before 등 the listed goods may start.
const exampleBytes = 80

// exampleFor is the record other than skip that the mention m of
// goods[skip], after 등, sums up, or -1.
func exampleFor(text string, goods []model.Commodity, skip int, m model.Mention) int {
	if m.Text == "" || m.Text[0] < utf8.RuneSelf {
		return -1
	}
	before := strings.TrimSuffix(text[:m.Start], " ")
	before = strings.TrimSuffix(before, "의")
	if !strings.HasSuffix(before, "등") {
		return -1
	}
	lo := max(0, len(before)-exampleBytes)
	if i := strings.LastIndexAny(before[lo:], ".!?\n"); i >= 0 {
		lo += i + 1
	}
	code, class := goods[skip].HS, goods[skip].Class
	for j := range goods {
		g := &goods[j]
		if j == skip || len(g.Mentions) == 0 {
			continue
		}
		covers := (code != "" && len(g.HS) > len(code) && strings.HasPrefix(g.HS, code)) ||
			(code == "" && class != "" && g.Class == class)
		if !covers {
			continue
		}
		for _, o := range g.Mentions {
			if o.Start >= lo && o.End <= len(before) {
				return j
			}
		}
	}
	return -1
}

// hasAnyPrefix reports whether code starts with one of prefixes.
func hasAnyPrefix(code string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// britishSpellings are the words whose British spelling a report may use in
// a good's name; the corpus names goods in American spelling ("fertilizer").
var britishSpellings = strings.NewReplacer("fertiliser", "fertilizer", "Fertiliser", "Fertilizer")

// americanSpelling writes the names of goods in American spelling.
func americanSpelling(goods []model.Commodity) []model.Commodity {
	for i := range goods {
		if strings.Contains(goods[i].Name, "ertiliser") { // the replacer allocates even for no change
			goods[i].Name = britishSpellings.Replace(goods[i].Name)
		}
	}
	return goods
}

// mergeBrands moves the mentions of a record named only by bare makes
// ("a Lexus", "an older Mercedes") to another record of the same HS code
// ("used cars … a Lexus"): the make is one of the goods the text has
// already named, not a good of its own. A record named only by makes stays
// where no other record shares its code.
func mergeBrands(goods []model.Commodity, brandOnly []bool) []model.Commodity {
	moved := false
	for i := range goods {
		if !brandOnly[i] || len(goods[i].HS) < 4 {
			continue
		}
		for j := range goods {
			if j != i && !brandOnly[j] && goods[j].HS == goods[i].HS && len(goods[j].Mentions) > 0 {
				for _, m := range goods[i].Mentions {
					goods[j].Mentions = insertMention(goods[j].Mentions, m)
				}
				goods[i].Mentions, moved = nil, true
				break
			}
		}
	}
	if !moved {
		return goods
	}
	return withMentions(goods)
}

// withMentions drops, in place, the records whose mentions went to others.
func withMentions(goods []model.Commodity) []model.Commodity {
	return slices.DeleteFunc(goods, func(g model.Commodity) bool { return len(g.Mentions) == 0 })
}

// mostSaid is the name the text uses most often, the earliest among equals.
func mostSaid(names []string) string {
	count := make(map[string]int, len(names))
	best := ""
	for _, n := range names {
		count[n]++
		if count[n] > count[best] {
			best = n
		}
	}
	return best
}

// koreanPartsNouns after a Hangul good make its parts a good of their own:
// 드론 부품 are drone parts, and 드론과 부품 are drones and drone parts.
var koreanPartsNouns = []string{"부품", "부분품", "부속품"}

// koreanParts marks a Hangul match followed by a parts noun as the good's
// parts, and adds a parts match after a match joined to a parts noun by
// 과, 와 or 및, which names both the good and its parts.
func koreanParts(text string, matches []lexicon.Match, spans []widened) ([]lexicon.Match, []widened) {
	if !slices.ContainsFunc(matches, func(mt lexicon.Match) bool { return text[mt.Start] >= utf8.RuneSelf }) {
		return matches, spans // no Hangul or Han match: nothing to mark
	}
	var outM []lexicon.Match
	var outS []widened
	for k, mt := range matches {
		w := spans[k]
		outM, outS = append(outM, mt), append(outS, w)
		if w.start < 0 || text[mt.Start] < utf8.RuneSelf {
			continue
		}
		rest := strings.TrimPrefix(text[mt.End:], " ")
		both := false
		for _, conj := range []string{"과 ", "와 ", "및 "} {
			if r, ok := strings.CutPrefix(rest, conj); ok {
				rest, both = r, true
				break
			}
		}
		for _, p := range koreanPartsNouns {
			if !strings.HasPrefix(rest, p) {
				continue
			}
			parts := widened{start: mt.Start, end: len(text) - len(rest) + len(p), parts: true}
			if both {
				outM, outS = append(outM, mt), append(outS, parts)
			} else {
				outS[len(outS)-1] = parts
			}
			break
		}
	}
	return outM, outS
}

// partsFor joins "spare parts for" to the good after it: "spare parts for
// air conditioners" are air-conditioner parts, not vehicle parts and air
// conditioners. The good's span then starts at "spare parts".
func (f *Finder) partsFor(text string, matches []lexicon.Match, spans []widened) {
	for k := 0; k+1 < len(matches); k++ {
		mt, w := matches[k], spans[k]
		if w.start < 0 || f.items[mt.Refs[0]].ID != "vehicle-parts" || !strings.EqualFold(text[mt.Start:mt.End], "spare parts") {
			continue
		}
		rest, ok := strings.CutPrefix(text[w.end:], " for ")
		if !ok {
			continue
		}
		for _, a := range []string{"a ", "an ", "the ", "their ", "its "} {
			if r, ok := strings.CutPrefix(rest, a); ok {
				rest = r
				break
			}
		}
		next := len(text) - len(rest)
		if spans[k+1].start != next || matches[k+1].Refs[0] == mt.Refs[0] {
			continue
		}
		spans[k+1] = widened{start: w.start, end: spans[k+1].end, parts: true, partsFor: true}
		spans[k].start = -1
	}
	// "parts for tractors and rice transplanters": the parts of each good
	// of the list after "parts for" or "components for".
	for k := range matches {
		w := &spans[k]
		if w.start < 0 || w.parts || text[matches[k].Start] >= utf8.RuneSelf {
			continue
		}
		if partsForBefore(text[:w.start]) || (k > 0 && spans[k-1].partsFor && spans[k-1].start >= 0 &&
			spans[k-1].end <= w.start && listJoint(text[spans[k-1].end:w.start])) {
			w.parts, w.partsFor = true, true
		}
	}
}

// partsForPhrases, before a good, make it the good's parts.
var partsForPhrases = []string{"parts for ", "components for ", "parts of ", "components of "}

// partsForBefore reports whether before, the text up to a good's name, ends
// with "parts for", "parts of" or "components for", with an article or possessive at
// most between.
func partsForBefore(before string) bool {
	if len(before) == 0 || before[len(before)-1] != ' ' {
		return false // every article and phrase below ends with a space
	}
	for _, a := range []string{"a ", "an ", "the ", "their ", "its "} {
		if hasSuffixFold(before, a) {
			before = before[:len(before)-len(a)]
			break
		}
	}
	if n := len(before); n < 2 || lowerByte[before[n-2]] != 'r' && lowerByte[before[n-2]] != 'f' {
		return false // every phrase ends in "for " or "of ": most words end otherwise
	}
	for _, p := range partsForPhrases {
		if hasSuffixFold(before, p) {
			return true
		}
	}
	return false
}

// glosses keeps one good of a gloss in brackets, "seasoning (glutamic
// acid)", "hasma (frog oil)", 맛내기(조미료): a translation names its good twice, and the
// more precisely coded name stands for both (the bracketed one among
// equals). The text's other mentions of the good left out are that good
// too ("1 kg of seasoning" after "seasoning (MSG)"): alias maps the item
// left out to the one kept.
func (f *Finder) glosses(text string, matches []lexicon.Match, spans []widened) (alias map[int32]int32) {
	for k := 0; k+1 < len(matches); k++ {
		a, b := spans[k], spans[k+1]
		// Korean writes the bracket right after the word: 맛내기(조미료).
		if a.start < 0 || b.start < 0 || b.start <= a.end || b.start > a.end+2 || (text[a.end:b.start] != " (" && text[a.end:b.start] != "(") ||
			b.end >= len(text) || text[b.end] != ')' {
			continue
		}
		ca, cb := &f.items[matches[k].Refs[0]], &f.items[matches[k+1].Refs[0]]
		if ca == cb {
			continue
		}
		from, to := matches[k].Refs[0], matches[k+1].Refs[0]
		if len(ca.HS) > len(cb.HS) {
			spans[k+1].start = -1
			from, to = to, from
		} else {
			spans[k].start = -1
		}
		if alias == nil {
			alias = map[int32]int32{}
		}
		if _, ok := alias[to]; !ok {
			alias[from] = to
		}
	}
	return alias
}

// partsName names the parts of the good named name: "drone parts",
// "agricultural machinery parts".
func partsName(name string) string {
	words := strings.Fields(name)
	words[len(words)-1] = singular(words[len(words)-1])
	return strings.Join(words, " ") + " parts"
}

// widenAll widens every Latin match over the text's narrowing words (see
// phrase.go) and marks with start -1 a match that lies inside another's
// widened span ("urea" in "urea fertiliser"), so that the part is not
// reported as a good of its own.
func (f *Finder) widenAll(text string, matches []lexicon.Match, sc *findBuf) []widened {
	spans := sc.widened(len(matches))
	for k, mt := range matches {
		if text[mt.Start] >= utf8.RuneSelf {
			spans[k] = widened{start: mt.Start, end: mt.End}
			continue
		}
		spans[k] = f.widen(text, mt.Start, mt.End, f.items[mt.Refs[0]].Class, brandForm(mt.Form))
	}
	for k := range spans {
		w := spans[k]
		if w.start == matches[k].Start && w.end == matches[k].End {
			continue
		}
		for j := k - 1; j >= 0 && matches[j].End > w.start; j-- {
			spans[j].start = -1
		}
		for j := k + 1; j < len(matches) && matches[j].Start < w.end; j++ {
			spans[j].start = -1
		}
	}
	return spans
}

// record starts the record of lexicon item ref named name, with the HS code
// narrowed to the name when the text is more specific than the lexicon.
func (f *Finder) record(ref int32, name string, w widened) model.Commodity {
	c := &f.items[ref]
	rec := model.Commodity{
		Name:       name,
		ID:         c.ID,
		Class:      c.Class,
		HS:         c.HS,
		HSLabel:    f.labels[ref],
		Sanctioned: cloneSanctions(f.sanctions[ref]),
	}
	if name == c.Name {
		return rec
	}
	phrase := strings.Fields(name)
	if w.parts {
		phrase = phrase[:len(phrase)-1]
	}
	if code := f.refine(c.HS, c.Name, w, phrase); code != c.HS {
		rec.HS = code
		rec.HSLabel = f.lex.HSDescription(code)
		rec.Sanctioned = lexicon.CommoditySanctions(c.ID, code, "")
	}
	return rec
}

// recordKey tells records apart: one per lexicon item, and one more for its
// parts.
type recordKey struct {
	ref   int32
	parts bool
	kind  string // a good narrowing the name, for a second kind (goodModifier)
}

// materialKind keys the record of a good's raw materials (koreanMaterial).
const materialKind = " raw materials"

// koreanMaterialNouns after a Hangul good name what it is made of: 비료
// 원료 "fertiliser raw materials", a cover in false declarations.
var koreanMaterialNouns = []string{"원료", "원자재"}

// koreanMaterial reports whether a raw-materials noun follows the Hangul
// mention that ends at end, with or without a space.
func koreanMaterial(text string, end int) bool {
	rest := strings.TrimPrefix(text[end:], " ")
	for _, n := range koreanMaterialNouns {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}

// rawStuff reports whether a good of the HS code is a raw material itself,
// so that a raw-materials noun after it names the good as that material,
// not what the good is made of: 머리카락 원료 "hair as raw material" (0501),
// 철광석 원자재, 파철 원료 "scrap as raw material".
func rawStuff(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "05", "25", "26", "41":
		return true
	}
	if len(code) < 4 {
		return false
	}
	switch code[:4] {
	case "4401", "4403", "5101", "5201", "5002", "7204", "7404", "7503", "7602", "7802", "7902", "8002":
		return true
	}
	return false
}

// goodModifier is the first word before a widened mention that the lexicon
// lists as a good of its own with a code ("diesel" in "diesel generators",
// "petrol" in "petrol generator"), or "".
func (f *Finder) goodModifier(w widened) string {
	for _, m := range w.mods {
		if f.modCodes[m] != "" {
			return m
		}
	}
	return ""
}

// saidName is the name of a good that the lexicon classifies no finer than
// an HS chapter, named by a Latin mention by form: the text's own words
// ("garments", "foodstuffs", "earth and stone"), since at that level the
// word the text chose is the only precision there is. It is "" for a
// paraphrase ("rights to fish").
func saidName(mention, form, name string) string {
	var buf [8]string
	words := phraseWords(buf[:0], mention, form)
	for _, w := range words {
		if functionWords[w] && w != "and" {
			return "" // a paraphrase: "rights to fish"
		}
	}
	if len(words) > 1 && activityNouns[words[len(words)-1]] {
		words = words[:len(words)-1] // "arms trade" names arms
	}
	last := lastField(name)
	if k := len(words) - 1; words[k] != last && singular(last) == words[k] {
		words[k] = last // "vehicle" → "vehicles", as countable names are plural
	}
	return strings.Join(words, " ")
}

// lastField is the last of strings.Fields(s), which must have one.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// activityNouns end a form that names a trade in a good rather than the good.
var activityNouns = map[string]bool{
	"trade": true, "deal": true, "deals": true, "sales": true, "exports": true, "transfers": true,
	"shipments": true,
}

// speaksOfDrugs reports whether the text names drugs other than by a
// companion-only form: another match of the drugs class, or the word "drug"
// itself (마약, 毒品).
func (f *Finder) speaksOfDrugs(text string, matches []lexicon.Match) bool {
	for _, mt := range matches {
		if f.items[mt.Refs[0]].Class == "drugs" && !companionOnly[lowerASCII(mt.Form)] {
			return true
		}
	}
	return containsAnyFold(text, []string{"drug", "마약", "毒品", "narcotic"})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isLowerLatin reports whether s is made of lower-case ASCII letters only.
func isLowerLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// mergeGeneric moves a one-word Latin mention to another record when that
// record has already named a more specific good with the same head noun
// ("oil" after "soybean oil", "computers" after "laptop computers"), or with
// the same first word after "the" ("the molybdenum" after "molybdenum
// concentrate"). Only earlier mentions count: a generic word before the
// specific good ("coal … anthracite coal") is a good of its own, and so is
// one after "other" ("cold medicine and other medicines"). A record left
// without mentions is dropped.
func mergeGeneric(text string, goods []model.Commodity) []model.Commodity {
	if len(goods) < 2 {
		return goods
	}
	var specific []phrase  // multi-word Latin mentions, the only candidates
	var compounds []phrase // Hangul and Han mentions, for mergeCompounds
	for i := range goods {
		for _, m := range goods[i].Mentions {
			if m.Text[0] >= utf8.RuneSelf {
				// One phrase per record and form, at its first mention:
				// all compoundFor and compoundOreFor ask of the others.
				if !slices.ContainsFunc(compounds, func(p phrase) bool { return p.rec == i && p.head == m.Text }) {
					compounds = append(compounds, phrase{rec: i, start: m.Start, head: m.Text})
				}
				continue
			}
			if lastSep(m.Text) < 0 {
				continue
			}
			if head, single := headOf(m.Text); !single {
				specific = append(specific, phrase{rec: i, start: m.Start, head: head, first: singular(firstOf(m.Text))})
			}
		}
	}
	if len(specific) == 0 && len(compounds) < 2 && !slices.ContainsFunc(goods, func(g model.Commodity) bool { return len(g.HS) <= 2 }) {
		return goods
	}
	// specificFor, productFor and headingFor ask only whether a phrase of
	// one record, head and first word comes before a mention, which its
	// first occurrence answers: a dense text repeats phrases thousands of
	// times. oreFor looks at the one right before, and keeps them all.
	firsts := specific
	if len(specific) > 8 {
		type key struct {
			rec         int
			head, first string
		}
		seen := make(map[key]bool, len(specific))
		firsts = nil
		for _, p := range specific {
			if k := (key{p.rec, p.head, p.first}); !seen[k] {
				seen[k] = true
				firsts = append(firsts, p)
			}
		}
	}
	moved := false
	for i := range goods {
		ms := goods[i].Mentions
		keep := ms[:0] // written at or before the mention read: later ones stay as they were
		for mi, m := range ms {
			j := -1
			switch {
			case m.Text[0] < utf8.RuneSelf && lastSep(m.Text) < 0 && !classBefore(wordBefore(text, m.Start)):
				// "cold medicine and other medicines" names two goods, and
				// "the supply of all vehicles" the class, not the SUVs.
				head, _ := headOf(m.Text)
				definite := definiteBefore(text, m.Start)
				j = specificFor(firsts, i, head, m.Start, definite)
				if j < 0 && !definite {
					j = productFor(firsts, goods, i, head, m.Start)
				}
				if j < 0 {
					j = oreFor(specific, goods, i, head, m.Start, m.End)
				}
				if j < 0 && definite {
					j = headingFor(firsts, goods, i, m.Start)
				}
				if j < 0 {
					j = laterSpecificFor(text, firsts, goods, i, head, ms[mi+1:])
				}
				if j < 0 && demonstrativeBefore(text, m.Start) {
					j = kindFor(goods, i, m.Start)
				}
				if j >= 0 && contrastBefore(text, m.Start) {
					j = -1 // read only where a record was found: the reading is the dearer
				}
			case m.Text[0] >= utf8.RuneSelf:
				j = compoundFor(compounds, goods, i, m.Text)
				if j < 0 {
					j = compoundOreFor(compounds, goods, i, m)
				}
			}
			if j < 0 {
				keep = append(keep, m)
				continue
			}
			goods[j].Mentions = insertMention(goods[j].Mentions, m)
			moved = true
		}
		goods[i].Mentions = keep
	}
	if !moved {
		return goods
	}
	return withMentions(goods)
}

// classBefore reports whether w, the word right before a bare head, makes
// it a class of its own: "other medicines", "all vehicles", "any cars".
func classBefore(w string) bool {
	return strings.EqualFold(w, "other") || strings.EqualFold(w, "all") || strings.EqualFold(w, "any")
}

// contrastWords in the words right before a bare head set it against the
// more specific good named before: "electric bicycles … an ordinary
// Chinese pedal bicycle" names two goods.
var contrastWords = map[string]bool{
	"ordinary": true, "regular": true, "conventional": true, "normal": true, "traditional": true,
	"plain": true, "manual": true, "pedal": true, "non-electric": true,
}

// contrastBefore reports whether one of the three words before start is a
// contrast word, with no punctuation between.
func contrastBefore(text string, start int) bool {
	before := text[max(0, start-48):start]
	if i := strings.LastIndexAny(before, ".,;:!?()\n\""); i >= 0 {
		before = before[i+1:]
	}
	f := strings.Fields(before)
	// "cleared customs as ordinary foundry iron" names the good itself as
	// it was passed off.
	if slices.ContainsFunc(f, func(w string) bool { return strings.EqualFold(w, "as") }) {
		return false
	}
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		if contrastWords[strings.ToLower(f[k])] {
			return true
		}
	}
	return false
}

// phrase is a multi-word mention of record rec: its head and first words.
type phrase struct {
	rec, start  int
	head, first string
}

// specificFor is the record other than skip with a phrase before start whose
// head is head or, for a mention after "the", whose first word is; -1 when
// there is none.
func specificFor(specific []phrase, skip int, head string, start int, definite bool) int {
	for _, p := range specific {
		if p.rec == skip || p.start > start {
			continue
		}
		if p.head == head || (definite && p.first == head) {
			return p.rec
		}
	}
	return -1
}

// laterSpecificFor is the record other than skip whose phrase, later in
// the text, has head as its head and whose code is that of goods[skip] or
// a narrower one, where the text goes on to call that phrase's good "the"
// head (one of rest, the record's later mentions): a headline's or lead's
// "crab" before "300 kilograms of snow crab … paying 85,000 won for the
// crab" is that snow crab, named first by its head. A generic word the
// text does not bring back after the phrase ("coal … steam coal … and
// anthracite") is a good of its own. It is -1 when there is none.
func laterSpecificFor(text string, specific []phrase, goods []model.Commodity, skip int, head string, rest []model.Mention) int {
	code := goods[skip].HS
	if len(code) < 4 || len(rest) == 0 {
		return -1
	}
	for _, p := range specific {
		if p.rec == skip || p.head != head {
			continue
		}
		if g := &goods[p.rec]; len(g.HS) < len(code) || !strings.HasPrefix(g.HS, code) {
			continue
		}
		for _, m := range rest {
			if h, _ := headOf(m.Text); m.Start > p.start && h == head && lastSep(m.Text) < 0 && definiteBefore(text, m.Start) {
				return p.rec
			}
		}
	}
	return -1
}

// productFor is the record other than skip, of the same class and
// classified under the code of goods[skip] or a narrower one, with a phrase
// before start whose first word is head: "zinc" after "zinc ingots" is
// those ingots again, and "urea" after "urea fertiliser" that fertiliser,
// but "rice" after "rice cookers" is rice. It is -1
// when there is none.
func productFor(specific []phrase, goods []model.Commodity, skip int, head string, start int) int {
	code := goods[skip].HS
	if code == "" {
		return -1
	}
	for _, p := range specific {
		if p.rec == skip || p.start > start || p.first != head {
			continue
		}
		// The phrase may also share the bare word's code: "urea" after
		// "urea fertiliser" (3102) and "cephalosporin" after "cephalosporin
		// antibiotics" (300420) name the good the phrase named.
		if g := &goods[p.rec]; g.Class == goods[skip].Class && len(g.HS) >= len(code) && strings.HasPrefix(g.HS, code) {
			return p.rec
		}
	}
	return -1
}

// oreFor is the record other than skip, an ore or concentrate, with a
// phrase before start whose first word is head, when goods[skip] is the
// bare metal: "molybdenum" after "molybdenum concentrate" is that
// concentrate again, as reports shorten an ore to its metal, but "iron and
// iron ore" name two. It is -1 when there is none.
func oreFor(specific []phrase, goods []model.Commodity, skip int, head string, start, end int) int {
	if goods[skip].Class != "metals" {
		return -1
	}
	j := -1
	for _, p := range specific {
		if p.rec == skip || p.first != head || goods[p.rec].Class != "minerals" {
			continue
		}
		if p.start > end && p.start <= end+len(" and ") {
			return -1 // "iron and iron ore" are two goods
		}
		if p.start < start && j < 0 {
			j = p.rec
		}
	}
	return j
}

// demonstratives end the words before a class word that refers back to
// goods named before it: "such machinery", "these metals", "the kind of
// machinery".
var demonstratives = []string{"such ", "these ", "those ", "kind of ", "sort of ", "type of ", "kinds of ", "types of "}

// demonstrativeBefore reports whether a demonstrative ends the text before
// start.
func demonstrativeBefore(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false // every demonstrative ends with a space
	}
	switch lowerByte[text[start-2]] {
	case 'h', 'e', 'f': // the last letters of the demonstratives: most words end otherwise
	default:
		return false
	}
	before := text[max(0, start-len("kinds of ")):start]
	for _, d := range demonstratives {
		if hasSuffixFold(before, d) {
			return true
		}
	}
	return false
}

// kindFor is the record other than skip, named before start, that a class
// word after a demonstrative refers back to: one classified within the
// class word's HS chapter ("marine engines … such machinery"), or, for a
// class word without a code, one of its lexicon class ("zinc … such
// metals"). It is -1 when goods[skip] is no class word (a code finer than a
// chapter) or no such record comes before.
func kindFor(goods []model.Commodity, skip, start int) int {
	code, class := goods[skip].HS, goods[skip].Class
	if len(code) > 2 {
		return -1
	}
	for j := range goods {
		g := &goods[j]
		if j == skip || len(g.Mentions) == 0 || g.Mentions[0].Start > start {
			continue
		}
		if (code != "" && len(g.HS) > 2 && (strings.HasPrefix(g.HS, code) || hasAnyPrefix(g.HS, kinCodes[code]))) || (code == "" && class != "" && g.Class == class) {
			return j
		}
	}
	return -1
}

// headingFor is the record other than skip with a phrase before start
// classified under the HS heading of goods[skip] ("the munitions" after
// "artillery shells", both 9306; "the machines" after "walking tractors",
// see kinCodes): a bare word after "the" refers back to the good the text
// has named more precisely. It is -1 when there is none
// or goods[skip] has no heading.
func headingFor(specific []phrase, goods []model.Commodity, skip, start int) int {
	code := goods[skip].HS
	if len(code) != 2 && len(code) < 4 {
		return -1
	}
	n := min(len(code), 4) // a chapter-level word refers back within its chapter
	for _, p := range specific {
		if p.rec == skip || p.start > start {
			continue
		}
		if other := goods[p.rec].HS; len(other) >= 4 && (other[:n] == code[:n] || (n == 2 && hasAnyPrefix(other, kinCodes[code]))) {
			return p.rec
		}
	}
	return -1
}

// mergeMachines folds the bare word "machines" into the powered good the
// text has named before it: in a report on motorcycles or excavators,
// "dealers cannot keep enough machines in stock" and "two machines at a
// time" are those goods again, with or without "the". It needs every
// mention of the record to be that bare plural after the good's first
// mention, none after "other", "all" or "such" or before "of" ("machines
// of every kind" are more than the good).
func mergeMachines(text string, goods []model.Commodity) []model.Commodity {
	i := slices.IndexFunc(goods, func(g model.Commodity) bool { return g.ID == "machinery" })
	if i < 0 || len(goods[i].Mentions) == 0 {
		return goods
	}
	for _, m := range goods[i].Mentions {
		if !strings.EqualFold(m.Text, "machines") || machineScope[strings.ToLower(wordBefore(text, m.Start))] ||
			strings.HasPrefix(text[m.End:], " of ") {
			return goods
		}
	}
	first := goods[i].Mentions[0].Start
	j := slices.IndexFunc(goods, func(g model.Commodity) bool {
		return g.ID != "machinery" && len(g.HS) >= 4 && len(g.Mentions) > 0 && g.Mentions[0].Start < first &&
			(strings.HasPrefix(g.HS, "84") || hasAnyPrefix(g.HS, kinCodes["84"]))
	})
	if j < 0 {
		return goods
	}
	return foldInto(goods, i, j)
}

// mergeBikes folds a bare "bike" into the motorcycles or electric bikes
// the text names: in a report on motorcycles, "half the bikes on the road"
// are motorcycles. A report that names bicycles by that word keeps them.
func mergeBikes(goods []model.Commodity) []model.Commodity {
	i := slices.IndexFunc(goods, func(g model.Commodity) bool { return g.ID == "bicycle" })
	if i < 0 {
		return goods
	}
	for _, m := range goods[i].Mentions {
		if !strings.EqualFold(m.Text, "bike") && !strings.EqualFold(m.Text, "bikes") {
			return goods
		}
	}
	j := slices.IndexFunc(goods, func(g model.Commodity) bool {
		return g.ID != "bicycle" && strings.HasPrefix(g.HS, "8711")
	})
	if j < 0 {
		return goods
	}
	return foldInto(goods, i, j)
}

// machineScope are words before "machines" that widen it beyond one good.
var machineScope = map[string]bool{"other": true, "all": true, "such": true, "these": true, "those": true, "more": true, "many": true}

// kinCodes are, per chapter of a class word, the codes of other chapters
// whose goods the class word also names: tractors (8701), generators
// (8502) and motorcycles (8711) are "the machines" and "the machinery" too.
var kinCodes = map[string][]string{"84": {"85", "8701", "8705", "8711"}}

// compoundFor is the record other than skip, classified under the HS code
// of goods[skip] or a narrower one, with a Hangul or Han mention that ends
// with the mention s and is longer: 비료 after or before 요소비료 is that
// urea fertiliser again, and 점퍼 beside 패딩 점퍼 that padded jacket, as
// Korean and Chinese shorten a compound to its head. Goods of another code keep their own record (담배 is not 잎담배,
// 옷 not 중고 옷), but for a dried form of its own chapter (명태 beside 말린
// 명태 is that dried pollack, as the text dries what it buys). A head beside compounds of two narrower goods names
// their kind, a good of its own: 비료 beside 요소비료 and 복합비료 is
// fertiliser, as a report lists urea, compound fertiliser and fertiliser.
// It is -1 when there is none.
func compoundFor(compounds []phrase, goods []model.Commodity, skip int, s string) int {
	code := goods[skip].HS
	j := -1
	for _, p := range compounds {
		if p.rec == skip || len(p.head) <= len(s) || !strings.HasSuffix(p.head, s) {
			continue
		}
		other := goods[p.rec].HS
		if len(code) >= 2 && strings.HasPrefix(other, code[:2]) && driedCompound(p.head, s) {
			return p.rec // 명태 beside 말린 명태: the dried fish again
		}
		if code == "" && other == "" && goods[p.rec].Class == goods[skip].Class && goods[p.rec].Class != "" {
			return p.rec // 식품 beside 가공식품: both uncoded, one kind
		}
		if code == "" && other != "" && goods[p.rec].Class == goods[skip].Class && goods[p.rec].Class != "" {
			// 원단 beside 폴리에스테르 원단: an uncoded head is the coded
			// compound of its class; beside two, it names their kind.
			if j >= 0 && j != p.rec {
				return -1
			}
			j = p.rec
			continue
		}
		if code == "" || len(other) < len(code) || !strings.HasPrefix(other, code) {
			continue
		}
		if other == code {
			return p.rec // 화학비료 beside 비료: the same good, said in full
		}
		if j >= 0 && j != p.rec {
			return -1 // 요소비료 and 복합비료: the head names their kind
		}
		j = p.rec
	}
	return j
}

// driedCompound reports whether the Hangul compound c is the good s with a
// word for "dried" before it: 말린 명태, 마른오징어.
func driedCompound(c, s string) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(c, s), " ")
	for _, d := range driedWords {
		if w == d {
			return true
		}
	}
	return false
}

// compoundOreFor is, for a Hangul or Han mention m of a bare metal, the
// record of an ore or concentrate named before it by a compound that starts
// with the metal: 아연 after 아연 정광 is that concentrate again, as oreFor
// finds for English. It is -1 when there is none.
func compoundOreFor(compounds []phrase, goods []model.Commodity, skip int, m model.Mention) int {
	if goods[skip].Class != "metals" {
		return -1
	}
	for _, p := range compounds {
		if p.rec != skip && p.start < m.Start && len(p.head) > len(m.Text) && strings.HasPrefix(p.head, m.Text) && goods[p.rec].Class == "minerals" {
			return p.rec
		}
	}
	return -1
}

// insertMention adds m to ms, kept in text order.
func insertMention(ms []model.Mention, m model.Mention) []model.Mention {
	i := len(ms)
	for i > 0 && ms[i-1].Start > m.Start {
		i--
	}
	return slices.Insert(ms, i, m)
}

// cloneSanctions copies a cached list so that callers may change their copy.
func cloneSanctions(in []model.Sanction) []model.Sanction {
	if in == nil {
		return nil
	}
	out := make([]model.Sanction, len(in))
	for i, s := range in {
		s.Resolutions = slices.Clone(s.Resolutions)
		out[i] = s
	}
	return out
}

// banSentence reports whether the sentence around text[i] speaks of a ban
// or of sanctions.
func banSentence(text string, i int) bool {
	lo, hi := i, i
	for lo > 0 && !sentenceEndAt(text, lo-1) {
		lo--
	}
	for hi < len(text) && !sentenceEndAt(text, hi) {
		hi++
	}
	return reBanWord.MatchString(strings.ToLower(text[lo:hi]))
}

// sentenceEndAt reports whether text[i] ends a sentence: a full stop, a
// question or exclamation mark before a space or the end, or a newline.
func sentenceEndAt(text string, i int) bool {
	switch text[i] {
	case '\n':
		return true
	case '.', '?', '!':
		return i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'
	}
	return false
}

// reBanWord finds the words of a ban or of sanctions.
var reBanWord = regexp.MustCompile(`\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit\w*|embargo\w*|sanction\w*|resolutions?)\b`)

// everyBeside reports whether each of ms shares its sentence with one of
// others or lies in a sentence that speaks of no ban: "metals" banned in a
// sentence of their own name the class ("bars North Korea from exporting
// metals"), beside copper the copper ("metals such as copper have been
// banned").
func everyBeside(text string, ms, others []model.Mention) bool {
	for _, m := range ms {
		if banSentence(text, m.Start) && !slices.ContainsFunc(others, func(o model.Mention) bool { return sameSentence(text, m.Start, o.Start) }) {
			return false
		}
	}
	return true
}

// sameSentence reports whether no sentence ends between text[a] and text[b].
func sameSentence(text string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for i := a; i < b; i++ {
		if sentenceEndAt(text, i) {
			return false
		}
	}
	return true
}
