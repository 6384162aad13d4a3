package goods

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
)

// Korean names a few goods with one syllable: 밀 "wheat", 술 "liquor", 게
// "crab", 납 "lead". The lexicon's Hangul forms match inside words, so it
// cannot list them: 밀 opens 밀수 "smuggling" and 비밀 "secret", 술 ends 기술
// "technology", 게 ends 에게 "to", 납 opens 납부 "payment". Here such a
// syllable names its good only as a word of its own: at the start of a word
// (after a space, punctuation or the start of the text) and followed by a
// particle that ends the word (밀을, 술과, 납의), by a list mark (담배·술),
// or by a space and an amount (밀 5천 톤, 술 50병). A two-word form that
// would match inside a longer word is read the same way from its start: 연
// 정광 "lead concentrate", but not 아연 정광 "zinc concentrate".

// syllableGood is a one-syllable Korean form and its good.
type syllableGood struct {
	form string
	id   string
	// free: the form is specific whatever follows it (a two-word form).
	free bool
	// refuse are the followers that make the syllable another word: 밀도
	// "density", 게이 "gay", and the comma after 게 "thing" (그런 게, …).
	refuse []string
}

var syllableGoods = []syllableGood{
	{form: "밀", id: "wheat", refuse: []string{"도"}},
	{form: "술", id: "alcohol"},
	{form: "게", id: "crab", refuse: []string{",", "이", "도", "가"}},
	{form: "납", id: "lead"},
	{form: "연 정광", id: "lead-ore", free: true},
}

// syllableParticles end a one-syllable good's word; what follows them must
// not be another Hangul syllable (밀로 but not 밀려).
var syllableParticles = []string{"으로", "까지", "이나", "과", "와", "을", "를", "이", "가", "은", "는", "의", "도", "만", "로", "값"}

// syllableRef is a syllableGood with its lexicon item.
type syllableRef struct {
	syllableGood
	refs []int32
}

// syllableRefs resolves syllableGoods against the lexicon; goods it lacks
// are left out.
func syllableRefs(lex *lexicon.Lexicon) []syllableRef {
	var out []syllableRef
	for _, g := range syllableGoods {
		for i := range lex.Commodities {
			if lex.Commodities[i].ID == g.id {
				out = append(out, syllableRef{g, []int32{int32(i)}})
				break
			}
		}
	}
	return out
}

// withSyllables adds to matches, in text order, the one-syllable goods of
// text that no match covers. matches is not changed: a new slice is
// returned when there is one to add.
func (f *Finder) withSyllables(text string, matches []lexicon.Match) []lexicon.Match {
	var extra []lexicon.Match
	for k := range f.syllables {
		g := &f.syllables[k]
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], g.form)
			if i < 0 {
				break
			}
			i += off
			end := i + len(g.form)
			off = end
			if !wordStartAt(text, i) || (!g.free && !syllableWordEnd(text[end:], g.refuse)) || covered(matches, i, end) {
				continue
			}
			extra = append(extra, lexicon.Match{Start: i, End: end, Form: g.form, Refs: g.refs})
		}
	}
	if len(extra) == 0 {
		return matches
	}
	out := make([]lexicon.Match, 0, len(matches)+len(extra))
	out = append(out, matches...)
	for _, m := range extra {
		j := len(out)
		for j > 0 && out[j-1].Start > m.Start {
			j--
		}
		out = append(out, lexicon.Match{})
		copy(out[j+1:], out[j:])
		out[j] = m
	}
	return out
}

// wordStartAt reports whether text[i:] starts a word: no letter or digit
// comes right before it.
func wordStartAt(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// syllableWordEnd reports whether rest, the text right after a one-syllable
// good, ends its word: a particle and then no Hangul syllable, a list mark,
// or a space and an amount; none of refuse.
func syllableWordEnd(rest string, refuse []string) bool {
	for _, r := range refuse {
		if strings.HasPrefix(rest, r) {
			return false
		}
	}
	if rest == "" {
		return true
	}
	if n, ok := strings.CutPrefix(rest, " "); ok {
		return n != "" && n[0] >= '0' && n[0] <= '9' // 밀 5천 톤, 술 50병
	}
	for _, mark := range []string{"·", ",", "、", ")", "/"} {
		if strings.HasPrefix(rest, mark) {
			return true
		}
	}
	for _, p := range syllableParticles {
		if after, ok := strings.CutPrefix(rest, p); ok {
			r, _ := utf8.DecodeRuneInString(after)
			return after == "" || p == "값" || !isHangul(r)
		}
	}
	return false
}

// isHangul reports whether r is a Hangul syllable.
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// covered reports whether a match of matches, in text order, overlaps
// text[start:end].
func covered(matches []lexicon.Match, start, end int) bool {
	for _, m := range matches {
		if m.Start >= end {
			return false
		}
		if m.End > start {
			return true
		}
	}
	return false
}
