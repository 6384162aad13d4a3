// Package goods finds the commodities clean text names — in English, Korean
// and Chinese, singular or plural — and classifies each by the lexicon's
// taxonomy: a normalised English name, a class, an HS 2022 code and the UN
// Security Council DPRK sanctions that cover it.
package goods

import (
	"fmt"
	"slices"
	"strings"
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
	specific  map[string]bool   // lower-case multi-word Latin form → specificForm
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

// NewFinder is New returning an error instead of panicking.
func NewFinder(lex *lexicon.Lexicon) (*Finder, error) {
	f := &Finder{
		items:     lex.Commodities,
		labels:    make([]string, len(lex.Commodities)),
		sanctions: make([][]model.Sanction, len(lex.Commodities)),
		hs:        newHSIndex(lex),
		modifiers: map[string]bool{},
		modCodes:  map[string]string{},
		specific:  map[string]bool{},
		lex:       lex,
	}
	var pats []lexicon.Pattern
	for i, c := range lex.Commodities {
		f.labels[i] = lex.HSDescription(c.HS)
		f.sanctions[i] = lexicon.CommoditySanctions(c.ID, c.LookupHS(), "")
		for _, form := range c.Forms {
			pats = append(pats, lexicon.Pattern{Form: form, Ref: int32(i)})
			if low := lowerASCII(form); form[0] < utf8.RuneSelf && lastSep(form) >= 0 {
				f.specific[low] = specificForm(low, c.Name)
			}
			if lastSep(form) < 0 && isLowerLatin(form) && c.HS != "" {
				f.modifiers[form] = true
				f.modCodes[form] = c.HS
			}
		}
	}
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

// Find returns the commodities text names, in order of first mention, one
// record per commodity with every span that names it. Sanctioned lists the
// rules of both directions (lexicon.Sanctions with direction ""); the event
// stage narrows it once it knows which way the goods moved. A name that only
// modifies a place or business, a vehicle or vessel that only carries cargo,
// and a bare head noun that repeats a more specific good are left out (see
// context.go). A record takes the text's own noun phrase as its name where
// that is more specific than the lexicon's ("dried fish", "drone parts"),
// with the HS code narrowed to fit, and the goods inside such a phrase
// ("urea" in "urea fertiliser") are not reported apart (see phrase.go).
func (f *Finder) Find(text string) []model.Commodity {
	matches := f.m.Find(text)
	if len(matches) == 0 {
		return nil
	}
	spans := f.widenAll(text, matches)
	var out []model.Commodity
	var tradedAt []bool // per record: some mention shows the good traded
	pos := make(map[int32]int, 8)
	for k, mt := range matches {
		w := spans[k]
		if w.start < 0 || modifiesFacility(text, w.start, w.end) {
			continue
		}
		ref := mt.Refs[0]
		c := &f.items[ref]
		name := c.Name
		if text[mt.Start] < utf8.RuneSelf {
			if n := f.phraseName(w, text[mt.Start:mt.End], c.Name); n != "" {
				name = n
			}
		}
		i, ok := pos[ref]
		switch {
		case !ok:
			i = len(out)
			pos[ref] = i
			out = append(out, f.record(ref, name, w))
			tradedAt = append(tradedAt, false)
		case out[i].Name == c.Name && name != c.Name:
			// A later mention is more specific: "rice … white rice".
			ms := out[i].Mentions
			out[i] = f.record(ref, name, w)
			out[i].Mentions = ms
		}
		if conveyanceClasses[out[i].Class] && !tradedAt[i] {
			// Parts of a vehicle carry nothing: "drone parts" are cargo.
			tradedAt[i] = w.parts || traded(text, w.start, w.end)
		}
		out[i].Mentions = append(out[i].Mentions, model.Mention{Start: w.start, End: w.end, Text: text[w.start:w.end]})
	}
	kept := out[:0]
	for i := range out {
		if conveyanceClasses[out[i].Class] && !tradedAt[i] {
			continue
		}
		kept = append(kept, out[i])
	}
	return mergeGeneric(text, kept)
}

// widenAll widens every Latin match over the text's narrowing words (see
// phrase.go) and marks with start -1 a match that lies inside another's
// widened span ("urea" in "urea fertiliser"), so that the part is not
// reported as a good of its own.
func (f *Finder) widenAll(text string, matches []lexicon.Match) []widened {
	spans := make([]widened, len(matches))
	for k, mt := range matches {
		if text[mt.Start] >= utf8.RuneSelf {
			spans[k] = widened{start: mt.Start, end: mt.End}
			continue
		}
		spans[k] = f.widen(text, mt.Start, mt.End, f.items[mt.Refs[0]].Class)
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
// specific good ("coal … anthracite coal") is a good of its own. A record
// left without mentions is dropped.
func mergeGeneric(text string, goods []model.Commodity) []model.Commodity {
	if len(goods) < 2 {
		return goods
	}
	var specific []phrase // multi-word Latin mentions, the only candidates
	for i := range goods {
		for _, m := range goods[i].Mentions {
			if m.Text[0] >= utf8.RuneSelf || lastSep(m.Text) < 0 {
				continue
			}
			if head, single := headOf(m.Text); !single {
				specific = append(specific, phrase{rec: i, start: m.Start, head: head, first: singular(firstOf(m.Text))})
			}
		}
	}
	if len(specific) == 0 {
		return goods
	}
	moved := false
	for i := range goods {
		keep := goods[i].Mentions[:0]
		for _, m := range goods[i].Mentions {
			j := -1
			if m.Text[0] < utf8.RuneSelf && lastSep(m.Text) < 0 {
				head, _ := headOf(m.Text)
				j = specificFor(specific, i, head, m.Start, definiteBefore(text, m.Start))
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
	out := goods[:0]
	for _, g := range goods {
		if len(g.Mentions) > 0 {
			out = append(out, g)
		}
	}
	return out
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
