// Package orgs finds the lexicon's organisations in clean text — the DPRK's
// ministries, party and army bodies and trading companies, the PRC's customs
// and police, the UN sanctions bodies — in English, Korean and Chinese, and
// merges every mention of one organisation into one record. Named bodies the
// lexicon does not list — companies, banks, ministries, bureaus, committees,
// parties, institutes, state enterprises — are recognised by their name's
// shape (a proper name and an organisational head), never descriptions or
// outlets; a town's or province's body only when the place names it
// ("Jagang Provincial Party Committee", 양강도당위원회, "Hyogo prefectural
// police"), not "the provincial government". Department stores count when a
// name that is not a place precedes them ("the Taesong department store").
package orgs

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/yalu-osint/yalu/internal/extract/gazetteer"
	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/model"
)

// Finder finds organisations. It is safe for concurrent use.
type Finder struct {
	orgs       []lexicon.Org
	m          *lexicon.Matcher
	conditions map[string]lexicon.Condition // pattern form as written -> its condition
	countries  []string                     // context cue countries; ref len(orgs)+i
	index      map[string]int32             // org id -> ref
	places     *gazetteer.Gazetteer         // tells a town's body from a named one
	short      []shortName                  // per org: its name without the country, if it has one
	byName     map[string]int32             // unqualified name, normalised -> org; -1 when two share it
	byShort    map[string]int32             // name without the country (shortName), likewise
}

// shortName is a foreign state body's name with and without its country: the
// lexicon names "Ministry of Foreign Affairs of China" and "US Department of
// Justice" so that two countries' bodies stay apart, while reports and the
// annotation guidelines name a ministry as the country does, "Ministry of
// Foreign Affairs", and say whose it is by the country. A record carries
// both: name is the one reported, alias the other.
type shortName struct{ name, alias string }

// New builds a Finder over the lexicon's organisations. It panics if the
// lexicon's forms cannot be indexed, which Load's checks and the package
// tests rule out; use NewFinder to get the error instead.
func New(lex *lexicon.Lexicon) *Finder {
	f, err := NewFinder(lex)
	if err != nil {
		panic(err)
	}
	return f
}

// NewFinder is New returning an error instead of panicking.
func NewFinder(lex *lexicon.Lexicon) (*Finder, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("loading gazetteer: %w", err)
	}
	f := &Finder{
		places:     g,
		orgs:       lex.Orgs,
		conditions: map[string]lexicon.Condition{},
		index:      map[string]int32{},
		byName:     map[string]int32{},
		byShort:    map[string]int32{},
	}
	f.short = make([]shortName, len(lex.Orgs))
	var pats []lexicon.Pattern
	owners := map[string]int{} // form -> how many organisations list it
	for i := range lex.Orgs {
		for _, form := range lex.Orgs[i].Forms() {
			owners[form]++
		}
	}
	guarded := map[string]bool{}
	for _, c := range lex.Conditions {
		guarded[lexicon.NormalizeForm(c.Form)] = true
	}
	for i := range lex.Orgs {
		f.short[i] = f.shortNameOf(&lex.Orgs[i])
		f.index[lex.Orgs[i].ID] = int32(i)
		if n := lex.Orgs[i].Name; displayName(n) == n {
			addName(f.byName, n, int32(i))
		}
		if n := f.short[i].name; n != "" {
			addName(f.byShort, n, int32(i))
		}
		for _, form := range lex.Orgs[i].Forms() {
			pats = append(pats, lexicon.Pattern{Form: form, Ref: int32(i)})
			if mt := withoutAnd(&lex.Orgs[i], form); mt != "" && owners[mt] == 0 && owners[form] == 1 && !guarded[lexicon.NormalizeForm(form)] {
				owners[mt]++
				pats = append(pats, lexicon.Pattern{Form: mt, Ref: int32(i)})
			}
		}
	}
	for c := range lex.ContextCues {
		f.countries = append(f.countries, c)
	}
	slices.Sort(f.countries)
	for i, c := range f.countries {
		for _, form := range lex.ContextCues[c] {
			pats = append(pats, lexicon.Pattern{Form: form, Ref: int32(len(f.orgs) + i)})
		}
	}
	for _, form := range lex.OrgBlockers {
		pats = append(pats, lexicon.Pattern{Form: form, Ref: lexicon.Block})
	}
	byKey := map[string]lexicon.Condition{}
	for _, c := range lex.Conditions {
		byKey[lexicon.NormalizeForm(c.Form)] = c
	}
	for _, p := range pats {
		if c, ok := byKey[lexicon.NormalizeForm(p.Form)]; ok {
			f.conditions[p.Form] = c
		}
	}
	m, err := lexicon.NewMatcher(pats)
	if err != nil {
		return nil, fmt.Errorf("indexing organisation forms: %w", err)
	}
	f.m = m
	return f, nil
}

// addName indexes org under name in m, or marks name shared.
func addName(m map[string]int32, name string, org int32) {
	key := normalizeName(name)
	if prev, ok := m[key]; ok && prev != org {
		m[key] = -1
		return
	}
	m[key] = org
}

// withoutAnd returns the machine translation's rendering of a DPRK
// ministry's English form that joins two fields with "and": the conjunction
// of the Korean compound is dropped ("Ministry of Land Environment
// Protection" for 국토환경보호성). It is "" for other forms.
func withoutAnd(o *lexicon.Org, form string) string {
	if o.Country != "KP" || o.Kind != "ministry" || !strings.Contains(form, " and ") || !strings.Contains(form, "Ministry") {
		return ""
	}
	return strings.ReplaceAll(form, " and ", " ")
}

// shortNameOf splits a foreign ministry's name into its own name and its
// country: "Ministry of Defence of Russia" is reported as "Ministry of
// Defence" with the full name beside it; "US Department of Justice", the
// usual English name, keeps the country and has "Department of Justice"
// beside it. Other names have no short form, nor have bodies whose country
// is part of the proper name ("Monetary Authority of Singapore").
func (f *Finder) shortNameOf(o *lexicon.Org) shortName {
	name := displayName(o.Name)
	if o.Kind == "customs" && o.Country != "" {
		// A customs service is named as its country names it: "Federal
		// Customs Service" (of Russia).
		for _, c := range []string{countryNames[o.Country], f.countryName(o.Country)} {
			if rest, ok := strings.CutSuffix(name, " of "+c); ok && c != "" {
				return shortName{name: rest, alias: name}
			}
		}
		return shortName{}
	}
	if o.Kind != "ministry" || o.Country == "" || o.Country == "KP" {
		return shortName{}
	}
	if rest, ok := strings.CutPrefix(name, o.Country+" "); ok && strings.HasPrefix(rest, "Department of ") {
		return shortName{name: name, alias: rest}
	}
	if !strings.HasPrefix(name, "Ministry of ") && !strings.HasPrefix(name, "Department of ") {
		return shortName{}
	}
	for _, c := range []string{countryNames[o.Country], f.countryName(o.Country)} {
		if rest, ok := strings.CutSuffix(name, " of "+c); ok && c != "" {
			return shortName{name: rest, alias: name}
		}
	}
	return shortName{}
}

type hit struct {
	start, end int
	org        int32
	form       string // the lexicon form matched; "" for "the ministry"
}

// Find returns the organisations text names, in order of first mention, each
// with every span that names it and the distinct forms used. A form that two
// organisations share, or that is guarded by a condition, is resolved by
// another mention in the same text that names one of them unambiguously, else
// by the condition's default when the text shows the required country
// context. "The ministry" is read as the one ministry the text named, when it
// named exactly one and no other "Ministry of …".
//
// An organisation is named by its canonical name without a parenthesised
// qualifier ("Ministry of Foreign Affairs (DPRK)" is reported as "Ministry of
// Foreign Affairs", country KP), or by a former name when the text names it
// only by renderings of that name (인민무력성, "People's Armed Forces
// Ministry": "Ministry of People's Armed Forces"), as a report of its time
// would; the id is the same either way. A text that writes the former name
// itself keeps it among the aliases, beside the canonical name. A foreign
// state body is named as its country names it ("Ministry of Foreign
// Affairs", country CN), with the lexicon's qualified name ("Ministry of
// Foreign Affairs of China") among the aliases; a US department keeps its
// usual "US Department of Justice", with "Department of Justice" beside it.
//
// After the lexicon, pattern rules add the named bodies it does not list,
// with ids "pattern:<name>": companies and banks ("Sungri General Trading
// Corporation", "Hunchun Lida Trading Co.", 金川商业银行, 鸿祥集团); state and
// civic bodies by their English head ("Maritime Safety Administration",
// "Ministry of Forestry", "Fisheries Ministry" → "Ministry of Fisheries",
// "China's Ministry of Water Resources" → "Ministry of Water Resources",
// country CN, alias "Ministry of Water Resources of China"); state enterprises and troupes ("Musan Mining Complex",
// 무산광산연합기업소); and DPRK ministries by their Korean field (임업성 →
// "Ministry of Forestry"). A country qualifier gives the country, not the name.
func (f *Finder) Find(text string) []model.Organization {
	buf := findPool.Get().(*findBuf)
	matches := f.m.AppendFind(buf.matches[:0], text)
	nOrgs := int32(len(f.orgs))
	context := map[string]bool{}
	named := map[int32]bool{} // named by a form no condition guards
	for _, mt := range matches {
		if mt.Refs[0] >= nOrgs {
			context[f.countries[mt.Refs[0]-nOrgs]] = true
			continue
		}
		if len(mt.Refs) == 1 {
			if _, guarded := f.conditions[mt.Form]; !guarded {
				named[mt.Refs[0]] = true
				if c := f.orgs[mt.Refs[0]].Country; c != "" {
					context[c] = true
				}
			}
		}
	}
	hits := slices.Grow(buf.hits[:0], len(matches))
	// taken has room for the hits appended to it below.
	taken := slices.Grow(buf.taken[:0], 2*len(matches)+4)
	for _, mt := range matches {
		if mt.Refs[0] >= nOrgs {
			continue
		}
		taken = append(taken, hit{mt.Start, mt.End, mt.Refs[0], mt.Form})
		if org, ok := f.resolve(mt, named, context); ok && !described(text, mt.Start, mt.End) {
			end := mt.End
			if o, e, ok := f.lowerTail(text, mt.Start, mt.End, mt.Form); ok {
				org, end = o, e // "the Korean People's Army navy" is the army's
			}
			if k := f.orgs[org].Kind; k == "company" || k == "bank" {
				end = withLegalSuffix(text, end) // "Korea Kumsan Trading" + " Corp."
			}
			hits = append(hits, hit{mt.Start, end, org, mt.Form})
		}
	}
	hits = f.corefMinistry(text, hits)
	out := f.group(text, hits)
	taken = append(taken, hits...)
	if found := findPatterns(text, taken, f); len(found) > 0 {
		out = f.adopt(out, found)
		slices.SortStableFunc(out, func(a, b model.Organization) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	}
	buf.release(matches, hits, taken)
	return out
}

// lowerTail reads a form whose last word the text writes in lower case
// while the form capitalises it ("the Korean People's Army navy", "the KPA
// air force" against "Korean People's Army Navy"): the lower-case word
// only describes, and the body is the one the other words name alone, when
// they name one. It returns that body and where its name ends.
func (f *Finder) lowerTail(text string, start, end int, form string) (int32, int, bool) {
	s := text[start:end]
	i := strings.LastIndexByte(s, ' ')
	j := strings.LastIndexByte(form, ' ')
	if i <= 0 || j <= 0 || i+1 >= len(s) || j+1 >= len(form) {
		return 0, 0, false
	}
	if c, fc := s[i+1], form[j+1]; c < 'a' || c > 'z' || fc < 'A' || fc > 'Z' {
		return 0, 0, false
	}
	// "air force": the lower-case words may be two.
	for k := i; k > 0; k = strings.LastIndexByte(s[:k], ' ') {
		if c := s[k+1]; c < 'a' || c > 'z' {
			break
		}
		for _, m := range f.m.AppendFind(nil, s[:k]) {
			if m.Start == 0 && m.End == k && len(m.Refs) == 1 && m.Refs[0] >= 0 && m.Refs[0] < int32(len(f.orgs)) {
				return m.Refs[0], start + k, true
			}
		}
	}
	return 0, 0, false
}

// findBuf is Find's scratch, reused across texts through findPool: the
// lexicon's matches and the hits read from them are needed only while
// one text is read, and hold no part of it.
type findBuf struct {
	matches     []lexicon.Match
	hits, taken []hit
}

var findPool = sync.Pool{New: func() any { return new(findBuf) }}

// release keeps the buffers Find grew and returns b to findPool, unless
// one very long text grew them.
func (b *findBuf) release(matches []lexicon.Match, hits, taken []hit) {
	if cap(matches) > maxPooledWords || cap(taken) > maxPooledWords {
		return
	}
	b.matches, b.hits, b.taken = matches[:0], hits[:0], taken[:0]
	findPool.Put(b)
}

// withLegalSuffix returns where a company's name that ends at end ends
// with the legal suffix written after it, if any: the lexicon lists "Korea
// Kumsan Trading", the text writes "Korea Kumsan Trading Corp.".
func withLegalSuffix(text string, end int) int {
	rest := text[end:]
	if len(rest) < 3 || rest[0] != ' ' {
		return end
	}
	for _, s := range legalSuffixes {
		if strings.HasPrefix(rest, s) && (len(rest) == len(s) || !isLetter(rest[len(s)])) {
			return end + len(s)
		}
	}
	return end
}

// described reports whether the lexicon form at text[start:end] follows an
// indefinite article and ends in a lower-case word: "a UN panel", "an
// expert panel" describe a body rather than name it, unlike "a UN Panel of
// Experts report".
func described(text string, start, end int) bool {
	var article bool
	for _, a := range [...]string{"a ", "A ", "an ", "An "} {
		if start >= len(a) && text[start-len(a):start] == a && (start == len(a) || !isLetter(text[start-len(a)-1])) {
			article = true
			break
		}
	}
	if !article {
		return false
	}
	ws := strings.LastIndexByte(text[start:end], ' ') + 1 + start
	return 'a' <= text[ws] && text[ws] <= 'z'
}

// adopt appends the pattern rule's organisations to out. One whose name is
// the name of exactly one lexicon organisation is that one, which the
// lexicon's forms missed (for a comma, "the Ministry of Economy, Trade and
// Industry"): its mentions join that record, or make one. A name that
// leaves out the country ("Ministry of Defence") is that organisation only
// when the text names it otherwise too, since many countries have one.
func (f *Finder) adopt(out, found []model.Organization) []model.Organization {
	for _, p := range found {
		key := normalizeName(p.Name)
		if p.Country == "" {
			// "The Foreign Ministry" after "Japan's Foreign Ministry": a
			// body named without its country is the one record of that
			// name the text has, when it has exactly one.
			if i := onlyNamed(out, key); i >= 0 {
				mergeInto(&out[i], p)
				continue
			}
		}
		org, ok := f.byName[key]
		i := -1
		if ok && org >= 0 {
			i = slices.IndexFunc(out, func(r model.Organization) bool { return r.ID == f.orgs[org].ID })
		} else if org, ok = f.byShort[key]; ok && org >= 0 {
			if i = slices.IndexFunc(out, func(r model.Organization) bool { return r.ID == f.orgs[org].ID }); i < 0 {
				ok = false
			}
		}
		if !ok || org < 0 {
			out = append(out, p)
			continue
		}
		o := &f.orgs[org]
		if i < 0 {
			name := displayName(o.Name)
			if sn := f.short[org]; sn.name != "" {
				name = sn.name
			}
			aliases := []string{}
			if sn := f.short[org]; sn.alias != "" {
				aliases = append(aliases, sn.alias)
			}
			out = append(out, model.Organization{Name: name, ID: o.ID, Country: o.Country, Kind: o.Kind, Aliases: aliases})
			i = len(out) - 1
		}
		r := &out[i]
		for _, a := range p.Aliases {
			if a != r.Name && !slices.Contains(r.Aliases, a) {
				r.Aliases = append(r.Aliases, a)
			}
		}
		r.Mentions = append(r.Mentions, p.Mentions...)
		slices.SortFunc(r.Mentions, func(a, b model.Mention) int { return a.Start - b.Start })
	}
	return out
}

// onlyNamed returns the index of the one record of out whose name
// normalises to key, or -1 when none or several do.
func onlyNamed(out []model.Organization, key string) int {
	at := -1
	for i := range out {
		if normalizeName(out[i].Name) == key {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// mergeInto adds p's aliases and mentions to r.
func mergeInto(r *model.Organization, p model.Organization) {
	for _, a := range p.Aliases {
		if a != r.Name && !slices.Contains(r.Aliases, a) {
			r.Aliases = append(r.Aliases, a)
		}
	}
	r.Mentions = append(r.Mentions, p.Mentions...)
	slices.SortFunc(r.Mentions, func(a, b model.Mention) int { return a.Start - b.Start })
}

func (f *Finder) resolve(mt lexicon.Match, named map[int32]bool, context map[string]bool) (int32, bool) {
	cond, guarded := f.conditions[mt.Form]
	if !guarded {
		return mt.Refs[0], len(mt.Refs) == 1
	}
	var decided []int32
	for _, r := range mt.Refs {
		if named[r] {
			decided = append(decided, r)
		}
	}
	if len(decided) == 1 {
		return decided[0], true
	}
	if cond.RequiresContext != "" && !context[cond.RequiresContext] {
		return 0, false
	}
	org, ok := f.index[cond.Default]
	return org, ok
}

// corefMinistry adds "the ministry" mentions after the first mention of the
// only ministry the text names.
func (f *Finder) corefMinistry(text string, hits []hit) []hit {
	ministry := int32(-1)
	firstEnd := 0
	for _, h := range hits {
		if f.orgs[h.org].Kind != "ministry" {
			continue
		}
		if ministry >= 0 && ministry != h.org {
			return hits
		}
		if ministry < 0 {
			ministry, firstEnd = h.org, h.end
		}
	}
	if ministry < 0 || unnamedMinistry(text, hits) {
		return hits
	}
	added := false
	for i := firstEnd; ; {
		j := strings.Index(text[i:], "inistry")
		if j < 0 {
			break
		}
		at := i + j - 1 // the M of "ministry"
		i += j + len("inistry")
		end := i
		if at < 4 || (text[at] != 'm' && text[at] != 'M') || !theBefore(text[at-4:at]) {
			continue
		}
		if end < len(text) && isLetter(text[end]) {
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(text[end:], " "), "of ") {
			continue
		}
		if at > 4 && isLetter(text[at-5]) {
			continue
		}
		if inside(hits, at-4, end) {
			continue
		}
		hits = append(hits, hit{at - 4, end, ministry, ""})
		added = true
	}
	if added {
		slices.SortFunc(hits, func(a, b hit) int { return a.start - b.start })
	}
	return hits
}

// unnamedMinistry reports whether text has a "Ministry of" that no hit covers,
// so "the ministry" could mean a ministry the lexicon does not know.
func unnamedMinistry(text string, hits []hit) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], "Ministry of ")
		if j < 0 {
			return false
		}
		if !inside(hits, i+j, i+j+len("Ministry")) {
			return true
		}
		i += j + len("Ministry of ")
	}
}

func theBefore(s string) bool {
	return s == "the " || s == "The " || s == "THE "
}

func isLetter(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

func inside(hits []hit, start, end int) bool {
	for _, h := range hits {
		if start < h.end && h.start < end {
			return true
		}
	}
	return false
}

func (f *Finder) group(text string, hits []hit) []model.Organization {
	var out []model.Organization
	pos := map[int32]int{}
	for _, h := range hits {
		if _, ok := pos[h.org]; !ok {
			pos[h.org] = len(out)
			o := &f.orgs[h.org]
			name := displayName(o.Name)
			if sn := f.short[h.org]; sn.name != "" {
				name = sn.name
			}
			out = append(out, model.Organization{Name: name, ID: o.ID, Country: o.Country, Kind: o.Kind, Aliases: []string{}})
		}
	}
	mentionSlots(out, pos, hits)
	seen := make([]bool, len(out))
	former := map[int32]string{} // org -> its former name, while every mention renders it
	for _, h := range hits {
		o := &f.orgs[h.org]
		i := pos[h.org]
		if !seen[i] {
			seen[i] = true
			if name, ok := o.FormerForms[h.form]; ok {
				former[h.org] = name
			}
		} else if name, ok := former[h.org]; ok && h.form != "" {
			if o.FormerForms[h.form] != name {
				delete(former, h.org)
			}
		}
		surface := text[h.start:h.end]
		if !slices.Contains(out[i].Aliases, surface) {
			out[i].Aliases = append(out[i].Aliases, surface)
		}
		out[i].Mentions = append(out[i].Mentions, model.Mention{Start: h.start, End: h.end, Text: surface})
	}
	for org, name := range former {
		out[pos[org]].Name = name
	}
	for org, i := range pos {
		if sn := f.short[org]; sn.alias != "" && !slices.Contains(out[i].Aliases, sn.alias) {
			out[i].Aliases = append(out[i].Aliases, sn.alias)
		}
	}
	return out
}

// mentionSlots gives each organisation of out, in order, a slice of one
// shared backing array with room for its mentions among hits, so that
// appending them does not reallocate.
func mentionSlots(out []model.Organization, pos map[int32]int, hits []hit) {
	counts := make([]int, len(out))
	for _, h := range hits {
		counts[pos[h.org]]++
	}
	backing := make([]model.Mention, len(hits))
	off := 0
	for i, n := range counts {
		out[i].Mentions = backing[off : off : off+n]
		off += n
	}
}

// displayName drops the parenthesised qualifier that tells apart two
// lexicon entries of the same name: the country says which one it is.
func displayName(name string) string {
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[:i]
	}
	return name
}

// regionCountries are the countries whose towns and provinces name local
// branches of state bodies in this domain's reports.
var regionCountries = set("KP", "CN", "RU", "KR", "JP", "MN")

// placeOf tells what a capitalised word names as a place: a country
// ("Mongolia", "Mongolia's"), a country's people ("Mongolian"), or a town or
// province of the region ("Hyesan"); kind is "" for any other word.
func (f *Finder) placeOf(w string) (iso2, kind string) {
	key := gazetteer.Key(strings.TrimSuffix(w, "'s"))
	if c, ok := f.places.Demonym(key); ok && !strings.HasSuffix(w, "'s") {
		return c, "demonym"
	}
	for _, h := range f.places.Hits(key) {
		if !h.Official {
			continue
		}
		switch {
		case h.Entry.Kind == gazetteer.KindCountry:
			return h.Entry.Country, "country"
		case regionCountries[h.Entry.Country] && h.Entry.Kind != gazetteer.KindRiver && h.Entry.Kind != gazetteer.KindRegion:
			return h.Entry.Country, "town"
		}
	}
	return "", ""
}

// countryName returns a country's English name.
func (f *Finder) countryName(iso2 string) string {
	if e, ok := f.places.Country(iso2); ok {
		return e.Name
	}
	return ""
}

// townName returns the English name of the town or county of the region
// that a word officially names ("무산" → "Musan").
func (f *Finder) townName(w string) (iso2, name string) {
	for _, h := range f.places.Hits(gazetteer.Key(w)) {
		e := h.Entry
		if h.Official && regionCountries[e.Country] && (e.Kind == gazetteer.KindCity || e.Kind == gazetteer.KindCounty || e.Kind == gazetteer.KindAdmin2) {
			return e.Country, strings.TrimSuffix(strings.TrimSuffix(e.Name, " County"), " City")
		}
	}
	return "", ""
}

// regionName returns the English name of the province, town or county of
// the region that a word officially names ("양강도" → "Ryanggang").
func (f *Finder) regionName(w string) (iso2, name string) {
	for _, h := range f.places.Hits(gazetteer.Key(w)) {
		e := h.Entry
		if h.Official && regionCountries[e.Country] && (e.Kind == gazetteer.KindAdmin1 || e.Kind == gazetteer.KindCity || e.Kind == gazetteer.KindCounty || e.Kind == gazetteer.KindAdmin2) {
			return e.Country, strings.TrimSuffix(strings.TrimSuffix(e.Name, " County"), " City")
		}
	}
	return "", ""
}

// specialCities are the North Korean cities governed as provinces, which
// the gazetteer lists as first-level divisions: Pyongyang, Nampo, Rason,
// Kaesong.
var specialCities = set("geonames:KP.12", "geonames:KP.14", "geonames:KP.18", "geonames:KP.19")

// cityOf reports whether w officially names a city of the region, a
// North Korean special city included, and its country.
func (f *Finder) cityOf(w string) (iso2 string, ok bool) {
	for _, h := range f.places.Hits(gazetteer.Key(w)) {
		e := h.Entry
		if h.Official && regionCountries[e.Country] && (e.Kind == gazetteer.KindCity || specialCities[e.ID]) {
			return e.Country, true
		}
	}
	return "", false
}
