// Package goods finds the commodities clean text names — in English, Korean
// and Chinese, singular or plural — and classifies each by the lexicon's
// taxonomy: a normalised English name, a class, an HS 2022 code and the UN
// Security Council DPRK sanctions that cover it.
package goods

import (
	"fmt"
	"slices"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/model"
)

// Finder finds commodities. It is safe for concurrent use.
type Finder struct {
	items     []lexicon.Commodity
	labels    []string
	sanctions [][]model.Sanction // per item, both directions; copied out
	m         *lexicon.Matcher
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
	}
	var pats []lexicon.Pattern
	for i, c := range lex.Commodities {
		f.labels[i] = lex.HSDescription(c.HS)
		f.sanctions[i] = lexicon.CommoditySanctions(c.ID, c.LookupHS(), "")
		for _, form := range c.Forms {
			pats = append(pats, lexicon.Pattern{Form: form, Ref: int32(i)})
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
// stage narrows it once it knows which way the goods moved.
func (f *Finder) Find(text string) []model.Commodity {
	matches := f.m.Find(text)
	if len(matches) == 0 {
		return nil
	}
	var out []model.Commodity
	pos := make(map[int32]int, 8)
	for _, mt := range matches {
		ref := mt.Refs[0]
		i, ok := pos[ref]
		if !ok {
			c := &f.items[ref]
			i = len(out)
			pos[ref] = i
			out = append(out, model.Commodity{
				Name:       c.Name,
				ID:         c.ID,
				Class:      c.Class,
				HS:         c.HS,
				HSLabel:    f.labels[ref],
				Sanctioned: cloneSanctions(f.sanctions[ref]),
			})
		}
		out[i].Mentions = append(out[i].Mentions, model.Mention{Start: mt.Start, End: mt.End, Text: text[mt.Start:mt.End]})
	}
	return out
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
