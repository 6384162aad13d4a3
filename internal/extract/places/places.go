// Package places finds the places a clean report names, in English, Korean
// or Chinese, and resolves each to one gazetteer entry using the rest of
// the report as context.
package places

import (
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/gazetteer"
	"github.com/yalu-osint/yalu/internal/extract/wordkey"
	"github.com/yalu-osint/yalu/internal/model"
)

// maxWindow is the longest Latin name, in tokens, the finder tries.
const maxWindow = 5

// Finder finds places. It is immutable and safe for concurrent use.
type Finder struct {
	g *gazetteer.Gazetteer
}

// New returns a Finder over g.
func New(g *gazetteer.Gazetteer) *Finder { return &Finder{g: g} }

// cue is what a word next to a name says about its level.
type cue uint8

const (
	cueNone cue = iota
	cueProvince
	cueCity
	cueCounty
	cueCustoms
)

type token struct {
	start, end int // byte span in text (possessive stripped)
	key        [2]int
	upper      bool // starts with an upper-case letter
	allCaps    bool
	gapOK      bool // separated from the previous token only by space or a hyphen
	sentStart  bool
}

// mention is one matched span and its candidates. Mentions of the same key
// share one hits slice (see gazetteer.Hits), which is how resolve groups
// them without building the key string.
type mention struct {
	start, end int
	hits       []gazetteer.Hit
	cue        cue
	demonym    string // ISO2 when the span is an adjective of origin
	next       int    // resolve: the next mention of the same group, or -1
	place      int    // resolve: a demonym's index in the result, or -1
}

// Find returns the places text names, merged per entity, in order of first
// mention. Offsets are byte offsets into text.
func (f *Finder) Find(text string) []model.Place {
	s := scratchPool.Get().(*scratch)
	defer s.release()
	var cjk bool
	s.toks, cjk = tokenize(text, s.toks[:0], &s.arena)
	s.ms = f.matchLatin(text, s.toks, s.arena, s.ms[:0])
	if cjk {
		s.ms = f.matchCJK(text, s.ms)
	}
	if len(s.ms) == 0 {
		return nil
	}
	return f.resolve(text, s)
}

// scratch holds the working buffers of one Find call, reused across calls
// through scratchPool so that a call allocates little beyond its result.
type scratch struct {
	toks      []token
	arena     []byte
	ms        []mention
	groups    []group
	sc        []float64
	points    []point
	countries []count
	admin1s   []count
	named     []count
	accs      []acc
	dems      []count // demonym -> index into accs, -1 for none
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled is the largest buffer, in elements, kept for reuse; a huge
// document's buffers go to the garbage collector instead.
const maxPooled = 1 << 16

func (s *scratch) release() {
	if cap(s.toks) > maxPooled || cap(s.ms) > maxPooled || cap(s.arena) > 8*maxPooled {
		return
	}
	s.arena = s.arena[:0]
	clear(s.ms) // drop references to gazetteer hits
	s.ms = s.ms[:0]
	clear(s.groups) // drop references to gazetteer entries and strings
	clear(s.countries)
	clear(s.admin1s)
	clear(s.named)
	clear(s.accs)
	clear(s.dems)
	scratchPool.Put(s)
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into Latin/Cyrillic word tokens, writing each
// token's lookup key into arena, and tells whether text holds Hangul or Han.
func tokenize(text string, toks []token, arena *[]byte) (_ []token, cjk bool) {
	gap := true
	sent := true
	a := *arena
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if wordByte[c] != 0 {
				if i+8 <= len(text) {
					// A word of up to seven ASCII letters and digits, the
					// usual word, is read with the byte after it in one
					// integer and appended here, without a call.
					w := wordkey.Load64(text[i : i+8])
					if n := wordkey.AlnumLen(w); n < 8 {
						if next := byte(w >> (8 * n)); next != '\'' && next < utf8.RuneSelf {
							key, lower := lowerShort(w, n)
							k0 := len(a)
							a = binary.LittleEndian.AppendUint64(a, key)[:k0+n]
							upper := wordByte[c]&wUpper != 0
							toks = append(toks, token{start: i, end: i + n, key: [2]int{k0, k0 + n}, upper: upper, allCaps: upper && !lower, gapOK: gap, sentStart: sent})
							i += n
							gap, sent = false, false
							if next == ' ' {
								gap = true // as the ' ' case below reads the space after a word
								i++
							}
							continue
						}
					}
				}
				i, toks, a = appendToken(text, i, toks, a, gap, sent)
				gap, sent = false, false
				if i < len(text) && text[i] == ' ' {
					// The space after a word, as the ' ' case below reads it.
					gap = toks[len(toks)-1].end == i
					i++
				}
				continue
			}
			switch c {
			case ' ', '-':
				gap = len(toks) > 0 && toks[len(toks)-1].end == i || gap
			case '.':
				// "N. Korea", "St. Petersburg": a dot after an initial keeps the window open.
				if n := len(toks); n > 0 && toks[n-1].end == i && toks[n-1].end-toks[n-1].start <= 2 && toks[n-1].upper {
					gap = true
					i++
					continue
				}
				sent, gap = true, false
			case '!', '?', '\n', ':', ';':
				sent, gap = true, false
			default:
				gap = false
			}
			if c != ' ' && c != '-' {
				gap = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isCJK(r):
			gap, sent, cjk = false, false, true
		case isWordRune(r):
			i, toks, a = appendTokenSlow(text, i, toks, a, gap, sent)
			gap, sent = false, false
			continue
		case r == '\u00a0' || r == '‐' || r == '‑':
			gap = len(toks) > 0 && toks[len(toks)-1].end == i
		case r == '。' || r == '…':
			sent, gap = true, false
		default:
			gap = false
		}
		i += size
	}
	*arena = a
	return toks, cjk
}

// lowerShort keeps the first n bytes of w, eight bytes of text that start
// with a word of n ASCII letters and digits, and lower-cases them; it tells
// whether the word has a lower-case letter.
func lowerShort(w uint64, n int) (key uint64, lower bool) {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	w &= ^uint64(0) >> (64 - 8*uint(n))
	return wordkey.Lower64(w), (w+lo*(0x80-'a'))&^(w+lo*(0x80-'z'-1))&hi != 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// wordByte classes the ASCII letters and digits for appendToken.
const (
	wAlnum = 1 << iota
	wUpper
	wLower
)

var wordByte = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = wAlnum
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wAlnum | wLower
		t[c-'a'+'A'] = wAlnum | wUpper
	}
	return t
}()

// appendToken appends the word that starts at text[i] to toks and its key
// to arena, and returns the index after it. A word of ASCII letters and
// digits only, the usual word, is handled here; appendTokenSlow handles
// the others.
func appendToken(text string, i int, toks []token, arena []byte, gap, sent bool) (int, []token, []byte) {
	start := i
	i = wordkey.AlnumEnd(text, i)
	if i < len(text) && (text[i] == '\'' || text[i] >= utf8.RuneSelf) {
		return appendTokenSlow(text, start, toks, arena, gap, sent)
	}
	k0 := len(arena)
	var hasLower bool
	if n := i - start; n <= 8 && start+8 <= len(text) {
		// A short word: its bytes packed in one integer, lower-cased at once.
		var key uint64
		key, hasLower = lowerShort(wordkey.Load64(text[start:start+8]), n)
		arena = binary.LittleEndian.AppendUint64(arena, key)[:k0+n]
	} else {
		var seen uint8
		for j := start; j < i; j++ {
			seen |= wordByte[text[j]]
		}
		arena = append(arena, text[start:i]...)
		if seen&wUpper != 0 {
			for j := k0; j < len(arena); j++ {
				if c := arena[j]; c >= 'A' && c <= 'Z' {
					arena[j] = c + 'a' - 'A'
				}
			}
		}
		hasLower = seen&wLower != 0
	}
	upper := wordByte[text[start]]&wUpper != 0
	toks = append(toks, token{start: start, end: i, key: [2]int{k0, len(arena)}, upper: upper, allCaps: upper && !hasLower, gapOK: gap, sentStart: sent})
	return i, toks, arena
}

// appendTokenSlow is appendToken for any word: one with apostrophes, a
// possessive or non-ASCII letters.
func appendTokenSlow(text string, i int, toks []token, arena []byte, gap, sent bool) (int, []token, []byte) {
	start := i
	ascii := true
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) || (c >= '0' && c <= '9') {
				i++
				continue
			}
			if c == '\'' && i+1 < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLetter(r2) && !isCJK(r2) {
					i++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) && !isCJK(r) {
			ascii = false
			i += size
			continue
		}
		if (r == '’' || r == 'ʼ' || r == '‘') && i+size < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[i+size:]); unicode.IsLetter(r2) && !isCJK(r2) {
				ascii = false
				i += size
				continue
			}
		}
		break
	}
	end := i
	// Possessive: Guangzhou's, Guangzhou’s.
	if s := text[start:end]; strings.HasSuffix(s, "'s") {
		end -= 2
	} else if strings.HasSuffix(s, "’s") {
		end -= len("’s")
	}
	if end <= start {
		end = i
	}
	k0 := len(arena)
	t := token{start: start, end: end, gapOK: gap, sentStart: sent}
	if ascii {
		// One pass lower-cases the key in place, drops apostrophes and
		// tells whether the word is all capitals.
		upper := text[start] >= 'A' && text[start] <= 'Z'
		lower := false
		a := append(arena, text[start:end]...)
		w := k0
		for j := k0; j < len(a); j++ {
			c := a[j]
			if c >= 'a' && c <= 'z' {
				lower = true
			} else if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != '\'' {
				a[w] = c
				w++
			}
		}
		arena = a[:w]
		t.upper, t.allCaps = upper, upper && !lower
	} else {
		arena = append(arena, gazetteer.Key(text[start:end])...)
		first, _ := utf8.DecodeRuneInString(text[start:])
		t.upper = unicode.IsUpper(first)
		t.allCaps = t.upper
		for _, r := range text[start:end] {
			if unicode.IsLower(r) {
				t.allCaps = false
				break
			}
		}
	}
	t.key = [2]int{k0, len(arena)}
	return i, append(toks, t), arena
}

// matchLatin looks up windows of up to maxWindow tokens that start with a
// capitalised token, longest first.
func (f *Finder) matchLatin(text string, toks []token, arena []byte, ms []mention) []mention {
	buf := make([]byte, 0, 64)
	maxN := min(maxWindow, f.g.MaxWords())
	var surnames []*gazetteer.Hit // far cities seen as a person's surname
	for i := 0; i < len(toks); i++ {
		if !toks[i].upper {
			continue // most words, turned away before the token is copied
		}
		t := toks[i]
		if n := blockedPhrase(toks, arena, i); n > 0 {
			i += n - 1
			continue
		}
		bestN, demN := 0, 0
		var bestHits []gazetteer.Hit
		var dem string
		buf = buf[:0]
		for n := 1; n <= maxN && i+n <= len(toks); n++ {
			u := toks[i+n-1]
			if n > 1 {
				if !u.gapOK {
					break
				}
				buf = append(buf, ' ')
			}
			buf = append(buf, arena[u.key[0]:u.key[1]]...)
			h := f.g.HitsBytes(buf)
			if len(h) > 0 {
				bestN, bestHits = n, h
			} else if !u.upper && n > 1 && !isConnector(arena[u.key[0]:u.key[1]]) && !isSuffixWord(arena[u.key[0]:u.key[1]]) {
				break // a lower-case word joins a longer name only as a connector or a level word
			}
			if cc, ok := f.g.DemonymBytes(buf); ok {
				demN, dem = n, cc
			}
		}
		// A demonym is an adjective, never a far place spelt the same
		// ("German", a parish of the Isle of Man); only a focus place or a
		// country of that name outranks it.
		if demN > bestN || (demN > 0 && demN == bestN && !anyFocus(bestHits)) {
			if !hyphenPrefixed(text, toks, i) && (f.originUse(toks, arena, i+demN) || f.coordinatedOrigin(text, toks, arena, i+demN)) {
				ms = append(ms, mention{start: t.start, end: toks[i+demN-1].end, demonym: dem})
			}
			i += demN - 1
			continue
		}
		if bestN == 0 {
			continue
		}
		key := arena[t.key[0]:t.key[1]]
		if bestN == 1 && (len(key) < 4 && !t.allCaps || stopword[string(key)]) {
			continue
		}
		if bestN == 1 && t.allCaps && len(key) > 1 && !officialKey(bestHits) {
			continue // acronyms match only official forms (DPRK, ROK)
		}
		if bestN == 1 && i >= 2 && toks[i].gapOK && toks[i-1].gapOK && string(arena[toks[i-1].key[0]:toks[i-1].key[1]]) == "of" && packageNoun[string(arena[toks[i-2].key[0]:toks[i-2].key[1]])] {
			continue // "a carton of Chunghwa", "a bottle of Moutai": a brand, near places too
		}
		if bestN == 1 && (f.titledName(toks, arena, i) || beforeLeaderSurname(toks, arena, i)) {
			continue // "President Vladimir Putin", "Vladimir Putin": a given name
		}
		if bestN == 1 && !anyFocus(bestHits) && (slices.Contains(surnames, &bestHits[0]) || f.surname(text, toks, arena, i, bestHits)) {
			if !slices.Contains(surnames, &bestHits[0]) {
				surnames = append(surnames, &bestHits[0])
			}
			continue // "Takeshi Morioka", then "Morioka said"
		}
		if namesOther(text, toks, arena, i, bestN) || (bestN > 1 && !anyFocus(bestHits) && allCommon(toks, arena, i, bestN)) {
			i += bestN - 1
			continue
		}
		if (!anyFocus(bestHits) && (inOrgName(toks, arena, i, bestN) || afterBrand(toks, arena, i))) || troupeName(toks, arena, i, bestN) || inCompanyName(toks, arena, i, bestN) || inCourtName(text, toks, arena, i, bestN) {
			i += bestN - 1 // "International Maritime Organization", "Hyundai Tucson"
			continue
		}
		if bestN == 1 && isBrandCompound(text, toks, i) && !anyFocus(bestHits) && len(f.g.HitsBytes(arena[toks[i+1].key[0]:toks[i+1].key[1]])) == 0 {
			i++ // "Mercedes-Maybach": the second half names no place, so neither does the first
			continue
		}
		if j := i + 1; bestN == 1 && j < len(toks) && toks[j].gapOK && string(arena[toks[j].key[0]:toks[j].key[1]]) == "rivers" {
			// "the Yalu and Tumen rivers": each name is a river's.
			buf = append(append(buf[:0], key...), " river"...)
			if h := f.g.HitsBytes(buf); len(h) > 0 {
				bestHits = h
			}
		}
		if bestN == 1 && theRiver(text, toks, arena, i) {
			// "cross the Tumen at Wonjong": with the article and no level
			// word after it, a name shared by a town and a river is the river.
			buf = append(append(buf[:0], key...), " river"...)
			if h := f.g.HitsBytes(buf); len(h) > 0 && h[0].Entry.Kind == gazetteer.KindRiver {
				bestHits = h
			}
		}
		m := mention{start: t.start, end: toks[i+bestN-1].end, hits: bestHits}
		if j := i + bestN; j < len(toks) && toks[j].gapOK {
			switch string(arena[toks[j].key[0]:toks[j].key[1]]) {
			case "province", "sheng", "krai", "oblast":
				m.cue, m.end = cueProvince, toks[j].end
			case "city", "shi":
				m.cue, m.end = cueCity, toks[j].end
			case "county", "prefecture":
				m.cue, m.end = cueCounty, toks[j].end
			case "customs":
				m.cue = cueCustoms
			}
		}
		if bestN == 1 && !anyFocus(bestHits) && brands[string(key)] && !f.brandAsPlace(text, toks, arena, i, m.cue, bestHits) {
			continue // "Toyota Land Cruisers", "a Mercedes", "Moutai"
		}
		ms = append(ms, m)
		i += bestN - 1
	}
	return ms
}

// hyphenPrefixed reports whether toks[i] is joined by a hyphen to a
// lower-case word before it, as a demonym is in a compound adjective of
// attitude or kind ("anti-Japanese guerrillas", "pro-Russian", "non-Chinese
// parts"): such a compound says nothing of where goods come from.
func hyphenPrefixed(text string, toks []token, i int) bool {
	t := toks[i]
	return i > 0 && t.start > 0 && text[t.start-1] == '-' && toks[i-1].end == t.start-1 && !toks[i-1].upper
}

// surname reports whether toks[i], a single word naming only far cities
// and divisions,
// is here a person's surname: it follows, mid-sentence, a capitalised word
// that names no place and is no title or level word, itself not after
// another capitalised word; at the start of a sentence only with an age
// after it ("Takeshi Morioka, 58, head of …").
func (f *Finder) surname(text string, toks []token, arena []byte, i int, hits []gazetteer.Hit) bool {
	if i < 1 || !toks[i].gapOK || toks[i].allCaps {
		return false
	}
	for _, h := range hits {
		if k := h.Entry.Kind; k != gazetteer.KindCity && k != gazetteer.KindAdmin1 && k != gazetteer.KindAdmin2 {
			return false
		}
	}
	p := toks[i-1]
	if !p.upper || p.allCaps || (p.sentStart && !agedNext(text[toks[i].end:])) {
		return false
	}
	if i >= 2 && toks[i-2].upper && p.gapOK {
		return false // a longer capitalised run: a title or a body's name
	}
	k := arena[p.key[0]:p.key[1]]
	if stopword[string(k)] || titleWord[string(k)] || len(f.g.HitsBytes(k)) > 0 {
		return false
	}
	_, dem := f.g.DemonymBytes(k)
	return !dem
}

// titledName reports whether toks[i], a single capitalised word, is the
// given name of a person: a title or office comes just before it and a
// capitalised word that names no place just after it ("Russian President
// Vladimir Putin", "Governor Oleg Kozhemyako").
func (f *Finder) titledName(toks []token, arena []byte, i int) bool {
	if i < 1 || !toks[i].gapOK || toks[i].allCaps || i+1 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	if !n.upper || !n.gapOK || n.allCaps || !personTitle[string(arena[p.key[0]:p.key[1]])] {
		return false
	}
	k := arena[n.key[0]:n.key[1]]
	return !isSuffixWord(k) && len(f.g.HitsBytes(k)) == 0
}

// beforeLeaderSurname reports whether toks[i] is followed directly by the
// surname of a leader the reports name often ("Vladimir Putin", "Donald
// Trump"): it is then the leader's given name, whatever place shares it.
func beforeLeaderSurname(toks []token, arena []byte, i int) bool {
	j := i + 1
	return j < len(toks) && toks[j].gapOK && toks[j].upper && !toks[j].allCaps &&
		leaderSurname[string(arena[toks[j].key[0]:toks[j].key[1]])]
}

// agedNext reports whether rest begins with a person's age in apposition:
// ", 58,".
func agedNext(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	n := 0
	for n < len(rest) && n < 3 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n > 0 && n < len(rest) && (rest[n] == ',' || rest[n] == ')')
}

// brandAsPlace reports whether toks[i], a product brand that is also the
// name of a far place ("Toyota", "Mercedes", "Lincoln"), stands here for
// the place. Only a place cue says so: a level word ("Toyota City"), its
// province or country after a comma ("Toyota, Aichi"), or "in"/"near"
// before it with no model name or product noun after it ("in Lincoln.").
func (f *Finder) brandAsPlace(text string, toks []token, arena []byte, i int, c cue, hits []gazetteer.Hit) bool {
	if c != cueNone {
		return true
	}
	word := func(j int) string { return string(arena[toks[j].key[0]:toks[j].key[1]]) }
	j := i + 1
	if j < len(toks) && strings.HasPrefix(text[toks[i].end:toks[j].start], ",") && toks[j].upper {
		for _, h := range f.g.HitsBytes(arena[toks[j].key[0]:toks[j].key[1]]) {
			k := h.Entry.Kind
			if (k == gazetteer.KindAdmin1 || k == gazetteer.KindCountry) && sameCountry(h.Entry, hits) {
				return true
			}
		}
	}
	if i == 0 || !toks[i].gapOK || (word(i-1) != "in" && word(i-1) != "near") {
		return false
	}
	if j < len(toks) && toks[j].gapOK && (toks[j].upper || productNoun[word(j)]) {
		return false
	}
	return true
}

func sameCountry(e *gazetteer.Entry, hits []gazetteer.Hit) bool {
	for _, h := range hits {
		if h.Entry.Country == e.Country {
			return true
		}
	}
	return false
}

// afterBrand reports whether toks[i] directly follows a product brand, as
// a model name does: "Hyundai Tucson", "Toyota Tacoma".
func afterBrand(toks []token, arena []byte, i int) bool {
	if i == 0 || !toks[i].gapOK || !toks[i-1].upper {
		return false
	}
	p := toks[i-1]
	return brands[string(arena[p.key[0]:p.key[1]])]
}

// inOrgName reports whether the match of toks[i:i+n] lies inside the
// capitalised name of an organisation or institution: a head word such as
// "Organization", "Bank" or "University" closes the capitalised run it
// starts or sits in ("International Maritime Organization"), or opens it
// before "of" ("University of Lincoln"). After a lower-case level adjective
// a lower-case head counts too ("Hyogo prefectural police").
func inOrgName(toks []token, arena []byte, i, n int) bool {
	word := func(j int) string { return string(arena[toks[j].key[0]:toks[j].key[1]]) }
	level := false
	for j := i + n; j < len(toks) && j < i+n+4 && toks[j].gapOK; j++ {
		w := word(j)
		if !toks[j].upper {
			if orgConnector[w] {
				continue
			}
			if orgLevel[w] {
				level = true // "Hyogo prefectural police"
				continue
			}
			if level && orgHead[w] {
				return true
			}
			break
		}
		if orgHead[w] {
			return true
		}
	}
	return i >= 2 && toks[i].gapOK && toks[i-1].gapOK && word(i-1) == "of" && toks[i-2].upper && orgHead[word(i-2)]
}

// inCourtName reports whether the match of toks[i:i+n] begins the name of a
// court or prosecutors' office, which a judicial head closes within a few
// capitalised words, across a possessive ("Yanbian Intermediate People's
// Court", "Dandong Municipal People's Procuratorate"). A court is named
// after its jurisdiction, focus places too, and its name says nothing of
// where goods go; the towns of the case are named on their own.
func inCourtName(text string, toks []token, arena []byte, i, n int) bool {
	for j := i + n; j < len(toks) && j < i+n+4 && toks[j].upper; j++ {
		if gap := text[toks[j-1].end:toks[j].start]; !toks[j].gapOK && gap != "'s " && gap != "’s " {
			return false
		}
		if courtHead[string(arena[toks[j].key[0]:toks[j].key[1]])] {
			return true
		}
	}
	return false
}

// inCompanyName reports whether the match of toks[i:i+n] begins or sits in
// a company's capitalised name, which a legal or trade head ends within a
// few words ("Sinhung Trading Company", "Dandong Hongxiang Industrial
// Development Co."): firms take their home town's name, a near one too, and
// the name says nothing of where the report's goods go. "Trade" heads a
// name only as its last capitalised word ("Primorye Vostok Trade").
func inCompanyName(toks []token, arena []byte, i, n int) bool {
	for j := i + n; j < len(toks) && j < i+n+4 && toks[j].gapOK && toks[j].upper; j++ {
		w := string(arena[toks[j].key[0]:toks[j].key[1]])
		if companyHead[w] {
			return true
		}
		if w == "trade" && (j+1 >= len(toks) || !toks[j+1].gapOK || !toks[j+1].upper) {
			return true
		}
	}
	return false
}

// troupeName reports whether the name at toks[i] begins the name of a
// troupe or orchestra ("Samjiyon Orchestra", "Moranbong Band"): these are
// named after places, near ones too, but are bodies, not places.
func troupeName(toks []token, arena []byte, i, n int) bool {
	j := i + n
	return j < len(toks) && toks[j].gapOK && toks[j].upper && troupeHead[string(arena[toks[j].key[0]:toks[j].key[1]])]
}

// coordinatedOrigin reports whether the demonym ending before token j is
// one of a coordination of demonyms whose last member is used of goods:
// "Japanese and German cars", "Chinese, Russian or Japanese goods".
func (f *Finder) coordinatedOrigin(text string, toks []token, arena []byte, j int) bool {
	coordinated := false
	for j < len(toks) {
		switch {
		case toks[j].gapOK && (string(arena[toks[j].key[0]:toks[j].key[1]]) == "and" || string(arena[toks[j].key[0]:toks[j].key[1]]) == "or"):
			j++
		case j > 0 && strings.TrimSpace(text[toks[j-1].end:toks[j].start]) == ",":
		default:
			return false
		}
		n := f.demonymAt(toks, arena, j)
		if n == 0 {
			return false
		}
		j += n
		coordinated = true
		if f.originUse(toks, arena, j) {
			return coordinated
		}
	}
	return false
}

// demonymAt returns the number of tokens of the demonym starting at toks[j]
// ("Japanese", "South Korean"), or 0.
func (f *Finder) demonymAt(toks []token, arena []byte, j int) int {
	if j >= len(toks) || !toks[j].upper {
		return 0
	}
	var buf []byte
	best := 0
	for n := 1; n <= 3 && j+n <= len(toks); n++ {
		u := toks[j+n-1]
		if n > 1 {
			if !u.gapOK {
				break
			}
			buf = append(buf, ' ')
		}
		buf = append(buf, arena[u.key[0]:u.key[1]]...)
		if _, ok := f.g.DemonymBytes(buf); ok {
			best = n
		}
	}
	return best
}

// namesOther reports whether the capitalised phrase around the match of
// toks[i:i+n] names a water body or an organisation rather than the place:
// "East China Sea", "Sea of Japan", "Air Koryo", "Air China".
func namesOther(text string, toks []token, arena []byte, i, n int) bool {
	key := func(j int) []byte { return arena[toks[j].key[0]:toks[j].key[1]] }
	if i >= 1 && toks[i].gapOK && !toks[i-1].upper && vesselWord[string(key(i-1))] {
		return true // "the corvette Cheonan", "the tanker Rajin": a ship's name
	}
	if j := i + n; j < len(toks) && toks[j].gapOK && toks[j].upper && waterWord[string(key(j))] {
		return true
	}
	if i >= 1 && toks[i].gapOK && toks[i-1].upper && string(key(i-1)) == "air" {
		return true
	}
	if i >= 2 && toks[i].gapOK && toks[i-1].gapOK && string(key(i-1)) == "of" && toks[i-2].upper && waterWord[string(key(i-2))] {
		return true
	}
	return false
}

// allCommon reports whether every word of the n-token name at toks[i] is a
// stopword or a level word ("Central District", "South-East"): such a far
// place's name is a description or part of a company's name ("Korea
// South-East Power") far more often than the place.
func allCommon(toks []token, arena []byte, i, n int) bool {
	for j := i; j < i+n; j++ {
		w := arena[toks[j].key[0]:toks[j].key[1]]
		if !stopword[string(w)] && !isSuffixWord(w) {
			return false
		}
	}
	return true
}

// theRiver reports whether the name at toks[i] follows "the" and is
// followed by nothing that makes it a town: the end of a clause, a
// preposition or a word of the river itself.
func theRiver(text string, toks []token, arena []byte, i int) bool {
	if i == 0 || !toks[i].gapOK || string(arena[toks[i-1].key[0]:toks[i-1].key[1]]) != "the" {
		return false
	}
	j := i + 1
	if i >= 2 && toks[i-1].gapOK && riverVerb[string(arena[toks[i-2].key[0]:toks[i-2].key[1]])] &&
		(j >= len(toks) || !isSuffixWord(arena[toks[j].key[0]:toks[j].key[1]])) {
		return true // "over the Tumen", "crossed the Tumen": only a level word makes it the town
	}
	if j >= len(toks) || !toks[j].gapOK || strings.ContainsAny(text[toks[i].end:toks[j].start], "-–—") {
		// punctuation or the end of the text follows; a hyphen joins a pair of towns ("the Tumen–Namyang crossing")
		return j >= len(toks) || !strings.ContainsAny(text[toks[i].end:toks[j].start], "-–—")
	}
	return riverNext[string(arena[toks[j].key[0]:toks[j].key[1]])]
}

// isBrandCompound reports whether toks[i] is joined by a plain hyphen to a
// capitalised word, as in "Mercedes-Maybach" or "Rolls-Royce".
func isBrandCompound(text string, toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	t, u := toks[i], toks[i+1]
	return u.upper && t.end < len(text) && text[t.end] == '-' && u.start == t.end+1
}

// allAdmin1 reports whether every hit is a first-level division.
func allAdmin1(hits []gazetteer.Hit) bool {
	for _, h := range hits {
		if h.Entry.Kind != gazetteer.KindAdmin1 {
			return false
		}
	}
	return true
}

func anyFocus(hits []gazetteer.Hit) bool {
	for _, h := range hits {
		if focus(h.Entry) || h.Entry.Kind == gazetteer.KindCountry {
			return true
		}
	}
	return false
}

func officialKey(hits []gazetteer.Hit) bool {
	for _, h := range hits {
		if h.Official {
			return true
		}
	}
	return false
}

func isConnector(k []byte) bool {
	switch string(k) {
	case "of", "de", "la", "el", "am", "an", "der", "on", "upon", "du", "do", "si", "gun", "ri", "dong", "up":
		return true
	}
	return false
}

func isSuffixWord(k []byte) bool {
	switch string(k) {
	case "province", "city", "county", "port", "river", "bridge", "customs", "region", "zone", "krai", "sheng", "shi":
		return true
	}
	return false
}

// originUse reports whether the demonym before token j is used of goods
// ("Russian coal") rather than of people, currency or institutions
// ("Chinese traders", "Chinese yuan", "Chinese Communist Party").
func (f *Finder) originUse(toks []token, arena []byte, j int) bool {
	if j >= len(toks) || !toks[j].gapOK {
		return false
	}
	t := toks[j]
	if t.upper {
		return false
	}
	if notOrigin[string(arena[t.key[0]:t.key[1]])] {
		return false
	}
	// "a British investigative group": an adjective, then the body.
	if k := j + 1; k < len(toks) && toks[k].gapOK && !toks[k].upper && notOrigin[string(arena[toks[k].key[0]:toks[k].key[1]])] && !connectorWord[string(arena[toks[k].key[0]:toks[k].key[1]])] {
		return false
	}
	return true
}

// blockedPhrase returns the number of tokens of a title that contains a
// place name but names no place ("China Daily"), or 0.
func blockedPhrase(toks []token, arena []byte, i int) int {
	t0 := toks[i]
	k0 := arena[t0.key[0]:t0.key[1]]
	if !mayStartBlocked(k0) {
		return 0
	}
	for _, p := range blockedFirst[string(k0)] {
		if i+len(p) > len(toks) {
			continue
		}
		ok := true
		for j, w := range p {
			t := toks[i+j]
			if (j > 0 && !t.gapOK) || string(arena[t.key[0]:t.key[1]]) != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// matchCJK scans Hangul and Han runs by longest match: Hangul only at the
// start of a word (particles follow names), Han anywhere.
func (f *Finder) matchCJK(text string, ms []mention) []mention {
	maxR := f.g.MaxRunes()
	prevHangul := false
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			prevHangul = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		hangul := unicode.Is(unicode.Hangul, r)
		han := !hangul && unicode.Is(unicode.Han, r)
		if !(hangul && !prevHangul) && !han {
			prevHangul = hangul
			i += size
			continue
		}
		// Longest match of up to maxR runes of the same script.
		ends := make([]int, 0, 8)
		j := i
		for n := 0; n < maxR && j < len(text); n++ {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.Is(unicode.Hangul, r2) != hangul || (!hangul && !unicode.Is(unicode.Han, r2)) {
				break
			}
			j += s2
			ends = append(ends, j)
		}
		matched := false
		for k := len(ends) - 1; k >= 1; k-- {
			h := f.g.Hits(text[i:ends[k]])
			if len(h) == 0 || verbForm(text, i, ends[k]) || (hangul && otherWord(text, i, ends[k])) {
				continue
			}
			if h[0].Entry.Kind == gazetteer.KindCountry && currencyNext(text[ends[k]:]) {
				break // 미국 달러, 중국 돈: a currency, not the country
			}
			if h[0].Entry.Kind == gazetteer.KindCountry && hangul && peopleNext(text[ends[k]:]) {
				break // 북한 노동자, 한국 관광객, 북한 화물선: the people's or the ship's country, as "North Korean workers", "a North Korean freighter"
			}
			if h[0].Entry.Kind != gazetteer.KindCountry && brandNext(text[ends[k]:]) {
				break // 대동강맥주, 칭다오 맥주: a brand named after the place
			}
			m := mention{start: i, end: ends[k], hits: h}
			if ends[k] < len(text) {
				next, s2 := utf8.DecodeRuneInString(text[ends[k]:])
				switch next {
				case '도', '省':
					m.cue, m.end = cueProvince, ends[k]+s2
				case '시', '市':
					m.cue, m.end = cueCity, ends[k]+s2
				case '군', '县', '縣':
					m.cue, m.end = cueCounty, ends[k]+s2
				}
			}
			ms = append(ms, m)
			i = m.end
			matched = true
			break
		}
		if !matched {
			i += size
		}
		prevHangul = hangul
	}
	return ms
}

// verbForm reports whether the Hangul name text[i:j] is here part of a
// word spelt the same: a noun made a verb (인도했다 "handed over", not
// India), or 나선 after "…에 ", "set out to" (단속에 나선 "that set out to
// crack down"), not Rason.
func verbForm(text string, i, j int) bool {
	rest := text[j:]
	for _, v := range verbEndings {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return text[i:j] == "나선" && (rest == "" || rest[0] == ' ') && strings.HasSuffix(text[:i], "에 ")
}

// otherWord reports whether the Hangul name text[i:j] is here the start of
// a longer word spelt with it: before the suffix 적 "-al, -ic" (인도적
// "humanitarian", not India) or one of the words of wordAfter (삼합회
// "triad", not Sanhe).
func otherWord(text string, i, j int) bool {
	rest := text[j:]
	if strings.HasPrefix(rest, "적") {
		return true
	}
	if bodyWord(rest) {
		return true
	}
	for _, w := range wordAfter[text[i:j]] {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// bodyWord reports whether rest, the Hangul written on after a place's
// name with no space, makes the word an institution's name: 평양종합병원
// "Pyongyang General Hospital", 흥남비료연합기업소 "Hungnam Fertiliser
// Complex", 혜산광명무역회사. Such a name says nothing of where goods go,
// like an English firm's name (see inCompanyName). Customs houses (신의주세관)
// and markets are places' own and are not listed.
func bodyWord(rest string) bool {
	end := 0
	for end < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[end:])
		if !unicode.Is(unicode.Hangul, r) {
			break
		}
		end += size
	}
	if end == 0 {
		return false
	}
	w := rest[:end]
	for _, h := range bodyHeads {
		if k := strings.Index(w, h); k > 0 { // a name word comes between the place and the head
			return true
		}
	}
	return false
}

// bodyHeads are the heads of Korean institutions' names.
var bodyHeads = []string{"병원", "공장", "기업소", "회사", "대학", "연구소", "연구원", "발전소", "제련소"}

// verbEndings are the starts of 하다/되다/받다 forms that follow a noun
// used as a verb; no place name is followed by them.
var verbEndings = []string{"했", "됐", "되", "된", "될", "받", "하다", "하는", "하여", "한다", "하기", "해야", "해서", "할"}

// currencyNext reports whether rest starts with a currency word, alone or
// after one space.
func currencyNext(rest string) bool {
	rest = strings.TrimPrefix(rest, " ")
	for _, w := range currencyWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// peopleNext reports whether rest, the text after a Hangul country name,
// begins with a word for people, their eateries or their ships, which the
// name qualifies as an adjective does ("북한 노동자들" North Korean workers,
// "한국 관광객" South Korean tourists): people's nationality names no place.
func peopleNext(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	for _, w := range peopleWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

var peopleWords = []string{"노동자", "근로자", "관광객", "여성", "남성", "주민", "사람", "상인", "무역업자", "유학생", "선원", "어민", "식당",
	// vessels: a ship's flag is its nationality, as a person's ("North Korean vessels" names no place either)
	"선박", "화물선", "유조선", "어선", "상선", "수송선", "무역선", "운반선"}

var currencyWords = []string{"달러", "돈", "위안", "원화", "엔화", "루블", "元", "人民币", "美元", "卢布"}

// brandNext reports whether rest, the text after a Hangul or Han place
// name, begins with a drink the name brands (대동강맥주, 하얼빈 맥주,
// 青岛啤酒): the name is the brand's, not a place of the report. Countries
// never brand so ("중국 맥주" is Chinese beer).
func brandNext(rest string) bool {
	rest = strings.TrimPrefix(rest, " ")
	for _, w := range brandWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

var brandWords = []string{"맥주", "소주", "啤酒"}

// focus reports whether e lies in the region yalu is about: North Korea,
// China's three north-eastern provinces and Primorsky Krai.
func focus(e *gazetteer.Entry) bool {
	switch e.Country {
	case "KP":
		return true
	case "CN":
		return e.Admin1ID == "geonames:CN.05" || e.Admin1ID == "geonames:CN.19" || e.Admin1ID == "geonames:CN.08" ||
			e.ID == "geonames:CN.05" || e.ID == "geonames:CN.19" || e.ID == "geonames:CN.08"
	case "RU":
		return e.Admin1ID == "geonames:RU.59" || e.ID == "geonames:RU.59"
	}
	return false
}

func prior(h gazetteer.Hit, c cue) float64 {
	e := h.Entry
	s := 0.0
	switch e.Kind {
	case gazetteer.KindCountry:
		s = 3
	case gazetteer.KindAdmin1:
		s = 2
	case gazetteer.KindCity:
		s = 1 + math.Log10(float64(e.Population)+1)/7
		switch e.Feature {
		case "PPLC":
			// A capital outweighs a same-named town in a country the
			// report names once more (Athens in a report of a US court).
			s += 1
		case "PPLA":
			s += 0.3
		}
	case gazetteer.KindAdmin2:
		s = 0.8
	default:
		s = 2
	}
	if h.Official {
		s += 1
	}
	if focus(e) {
		s += 1.5
	}
	switch c {
	case cueProvince:
		if e.Kind == gazetteer.KindAdmin1 {
			s += 3
		}
	case cueCity, cueCustoms:
		if e.Kind == gazetteer.KindCity {
			s += 3
		}
	case cueCounty:
		if e.Kind == gazetteer.KindCounty || e.Kind == gazetteer.KindAdmin2 {
			s += 3
		}
	}
	return s
}

// linearGroups is the number of groups up to which resolve finds a
// mention's group by scanning; beyond it (very long documents) it indexes
// them in a map.
const linearGroups = 32

// group is the mentions of one key with one level cue, resolved together.
type group struct {
	hits        []gazetteer.Hit
	cue         cue
	best        int
	sc          []float64 // a window of scratch.sc, one score per hit
	first, last int       // the group's mentions, chained through mention.next
	place       int       // index into the result, -1 when dropped
}

type gkey struct {
	hit *gazetteer.Hit
	cue cue
}

type point struct {
	lat, lon float64
	g        int
}

// count is a small multiset entry; a document names few distinct
// countries and divisions, so linear scans beat maps here.
type count struct {
	key string
	n   int
}

func bump(cs []count, k string) []count {
	for i := range cs {
		if cs[i].key == k {
			cs[i].n++
			return cs
		}
	}
	return append(cs, count{k, 1})
}

func countOf(cs []count, k string) int {
	for i := range cs {
		if cs[i].key == k {
			return cs[i].n
		}
	}
	return 0
}

// acc is a result place under construction.
type acc struct {
	e      *gazetteer.Entry
	score  float64
	origin bool
	n      int // mentions
}

func (s *scratch) place(e *gazetteer.Entry, score float64, origin bool, n int) int {
	k := 0
	for k < len(s.accs) && s.accs[k].e != e {
		k++
	}
	if k == len(s.accs) {
		s.accs = append(s.accs, acc{e: e, score: score, origin: true})
	}
	a := &s.accs[k]
	a.origin = a.origin && origin
	a.score = max(a.score, score)
	a.n += n
	return k
}

// Reported returns the places of ps that belong in a report's record,
// dropping North Korea and China when a report names them only by a
// demonym ("Chinese flour", "North Korean coal"): they are the two sides
// of nearly every trade yalu reads about, so the adjective says which side
// of the border goods are on, not that the report is about the country.
// Find keeps them, with Origin set, because the event stage reads them as
// the origin of goods; call Reported after it. It filters ps in place.
//
// It also drops bridges and crossing points named as structures ("the
// Sino-Korean Friendship Bridge"): Find keeps them because the event stage
// reads them as signs of a border crossing, but a report's places are its
// towns, divisions, countries and rivers, and the towns at either end of a
// bridge are named on their own.
func Reported(ps []model.Place) []model.Place {
	return slices.DeleteFunc(ps, func(p model.Place) bool {
		if p.Kind == gazetteer.KindCrossing && (strings.HasSuffix(p.Name, " Bridge") || strings.HasSuffix(p.Name, " Crossing")) {
			return true
		}
		return p.Origin && p.Kind == gazetteer.KindCountry && (p.Country == "KP" || p.Country == "CN")
	})
}

// portCity returns the city or special city whose port e is ("Nampo
// Port", "Port of Rajin") when another group resolved to it, else e.
func portCity(e *gazetteer.Entry, groups []group) *gazetteer.Entry {
	base, ok := strings.CutSuffix(e.Name, " Port")
	if !ok {
		if base, ok = strings.CutPrefix(e.Name, "Port of "); !ok {
			return e
		}
	}
	for gi := range groups {
		c := groups[gi].hits[groups[gi].best].Entry
		if c != e && c.Name == base && c.Country == e.Country && (c.Kind == gazetteer.KindCity || c.Kind == gazetteer.KindAdmin1) {
			return c
		}
	}
	return e
}

// seatCity returns the city another group resolved to that has the name
// of e, a second-level division, without its level word ("Musan" of
// "Musan County"), in the same first-level division; else e.
func seatCity(e *gazetteer.Entry, groups []group) *gazetteer.Entry {
	base := e.Name
	for _, suf := range []string{" County", " City", " District"} {
		if b, ok := strings.CutSuffix(base, suf); ok {
			base = b
			break
		}
	}
	for gi := range groups {
		c := groups[gi].hits[groups[gi].best].Entry
		// A special city governed as a province ("Kaesong city" next to
		// "Kaesong") is its own first-level division.
		seat := c.Kind == gazetteer.KindCity && c.Admin1ID == e.Admin1ID || c.Kind == gazetteer.KindAdmin1 && c.ID == e.Admin1ID
		if seat && c.Country == e.Country && (c.Name == base || gazetteer.Key(c.Name) == gazetteer.Key(base)) {
			return c
		}
	}
	return e
}

// own is the country and first-level division an entry counts for.
func own(e *gazetteer.Entry) (country, admin1 string) {
	switch e.Kind {
	case gazetteer.KindAdmin1:
		return e.Country, e.ID
	case gazetteer.KindCountry:
		return e.Country, ""
	}
	return e.Country, e.Admin1ID
}

func (f *Finder) resolve(text string, s *scratch) []model.Place {
	ms := s.ms
	// Group the mentions by key and cue, in order of first mention.
	groups := s.groups[:0]
	var index map[gkey]int
	nsc := 0
	for i := range ms {
		m := &ms[i]
		m.next, m.place = -1, -1
		if m.demonym != "" {
			continue
		}
		gi := -1
		if index == nil {
			for k := range groups {
				if &groups[k].hits[0] == &m.hits[0] && groups[k].cue == m.cue {
					gi = k
					break
				}
			}
			if gi < 0 && len(groups) >= linearGroups {
				index = make(map[gkey]int, 2*len(groups))
				for k := range groups {
					index[gkey{&groups[k].hits[0], groups[k].cue}] = k
				}
			}
		} else if k, ok := index[gkey{&m.hits[0], m.cue}]; ok {
			gi = k
		}
		if gi < 0 {
			if index != nil {
				index[gkey{&m.hits[0], m.cue}] = len(groups)
			}
			groups = append(groups, group{hits: m.hits, cue: m.cue, first: i, last: i, place: -1})
			nsc += len(m.hits)
			continue
		}
		ms[groups[gi].last].next = i
		groups[gi].last = i
	}
	s.groups = groups
	// Pass 1: priors alone.
	s.sc = slices.Grow(s.sc[:0], nsc)[:nsc]
	off := 0
	for gi := range groups {
		gr := &groups[gi]
		n := len(gr.hits)
		gr.sc = s.sc[off : off+n : off+n]
		off += n
		for j, h := range gr.hits {
			gr.sc[j] = prior(h, gr.cue)
		}
		gr.best = argmax(gr.sc)
	}
	// Pass 2: the other groups' first choices as context. Counts let each
	// group leave out its own contribution without rebuilding them.
	countries, admin1s, points := s.countries[:0], s.admin1s[:0], s.points[:0]
	for gi := range groups {
		e := groups[gi].hits[groups[gi].best].Entry
		c, a := own(e)
		countries = bump(countries, c)
		if a != "" {
			admin1s = bump(admin1s, a)
		}
		if e.Kind != gazetteer.KindCountry && e.Kind != gazetteer.KindAdmin1 {
			points = append(points, point{e.Lat, e.Lon, gi})
		}
	}
	for i := range ms {
		if ms[i].demonym != "" {
			countries = bump(countries, ms[i].demonym)
		}
	}
	s.countries, s.admin1s, s.points = countries, admin1s, points
	for gi := range groups {
		gr := &groups[gi]
		if len(gr.hits) < 2 {
			continue
		}
		oc, oa := own(gr.hits[gr.best].Entry)
		for j, h := range gr.hits {
			e := h.Entry
			if n := countOf(countries, e.Country); n > 1 || (n == 1 && e.Country != oc) {
				gr.sc[j] += 1
			}
			if e.Admin1ID != "" {
				if n := countOf(admin1s, e.Admin1ID); n > 1 || (n == 1 && e.Admin1ID != oa) {
					gr.sc[j] += 2
				}
			} else if e.Kind == gazetteer.KindAdmin1 && allAdmin1(gr.hits) {
				// Of provinces spelt alike, the one the report's other
				// places lie in: 강원도 next to 철원 is the South's Gangwon.
				// Not when a city shares the name (Nampo): the city's
				// neighbours lie in its province either way.
				if n := countOf(admin1s, e.ID); n > 1 || (n == 1 && e.ID != oa) {
					gr.sc[j] += 2
				}
			}
			for _, p := range points {
				if p.g != gi && near(e.Lat, e.Lon, p.lat, p.lon) {
					gr.sc[j] += 1
					break
				}
			}
		}
		gr.best = argmax(gr.sc)
	}
	// How often each country is named, by a place in it or a demonym.
	named := s.named[:0]
	for gi := range groups {
		named = bump(named, groups[gi].hits[groups[gi].best].Entry.Country)
	}
	for i := range ms {
		if ms[i].demonym != "" {
			named = bump(named, ms[i].demonym)
		}
	}
	s.named = named

	// Places in order of first addition: the groups, then the demonyms.
	s.accs = s.accs[:0]
	for gi := range groups {
		gr := &groups[gi]
		h := gr.hits[gr.best]
		e := h.Entry
		// Precision: an alternate name of a smaller place far from the
		// focus, in a report that names its country nowhere else, is more
		// often a word ("Human", 다만, 마리) than a place.
		if !h.Official && !focus(e) && countOf(named, e.Country) < 2 && e.Kind != gazetteer.KindCountry &&
			e.Feature != "PPLC" && e.Population < 1_000_000 {
			continue
		}
		// Reports name a port by its city; "Nampo port" next to "Nampo" is
		// one place.
		if e.Kind == gazetteer.KindPort {
			e = portCity(e, groups)
		}
		// "Musan county" next to "Musan": the town and the county around it
		// are one place to the report.
		if e.Kind == gazetteer.KindAdmin2 {
			e = seatCity(e, groups)
		}
		n := 0
		for i := gr.first; i >= 0; i = ms[i].next {
			n++
		}
		gr.place = s.place(e, confidence(gr.sc, gr.best), false, n)
	}
	dems := s.dems[:0]
	for i := range ms {
		m := &ms[i]
		if m.demonym == "" {
			continue
		}
		k := 0
		for k < len(dems) && dems[k].key != m.demonym {
			k++
		}
		if k == len(dems) {
			pl := -1
			if e, ok := f.g.Country(m.demonym); ok {
				pl = s.place(e, 0.9, true, 0)
			}
			dems = append(dems, count{m.demonym, pl})
		}
		if pl := dems[k].n; pl >= 0 {
			a := &s.accs[pl]
			a.score = max(a.score, 0.9)
			a.n++
			m.place = pl
		}
	}
	s.dems = dems

	// One backing array holds every place's mentions.
	total := 0
	for _, a := range s.accs {
		total += a.n
	}
	buf := make([]model.Mention, total)
	res := make([]model.Place, len(s.accs))
	off = 0
	for k, a := range s.accs {
		e := a.e
		res[k] = model.Place{Name: e.Name, ID: e.ID, Kind: e.Kind, Country: e.Country, Admin1: e.Admin1,
			Lat: e.Lat, Lon: e.Lon, Score: a.score, Origin: a.origin, Mentions: buf[off : off : off+a.n]}
		off += a.n
	}
	for gi := range groups {
		gr := &groups[gi]
		if gr.place < 0 {
			continue
		}
		p := &res[gr.place]
		for i := gr.first; i >= 0; i = ms[i].next {
			p.Mentions = append(p.Mentions, model.Mention{Start: ms[i].start, End: ms[i].end, Text: text[ms[i].start:ms[i].end]})
		}
	}
	for _, m := range ms {
		if m.place >= 0 {
			p := &res[m.place]
			p.Mentions = append(p.Mentions, model.Mention{Start: m.start, End: m.end, Text: text[m.start:m.end]})
		}
	}
	for k := range res {
		slices.SortFunc(res[k].Mentions, func(a, b model.Mention) int { return a.Start - b.Start })
	}
	slices.SortStableFunc(res, func(a, b model.Place) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	return res
}

func argmax(s []float64) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// confidence is the softmax weight of the chosen candidate, rounded.
func confidence(sc []float64, best int) float64 {
	sum := 0.0
	for _, v := range sc {
		sum += math.Exp(v - sc[best])
	}
	return math.Round(100/sum) / 100
}

// near reports whether two points are within about 150 km.
func near(lat1, lon1, lat2, lon2 float64) bool {
	dlat := lat1 - lat2
	dlon := (lon1 - lon2) * math.Cos((lat1+lat2)*math.Pi/360)
	return dlat*dlat+dlon*dlon < 1.35*1.35
}
