package events

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// phraseSet finds many short phrases in one pass over a lowercased
// sentence: a phrase is tried at a byte only when its first two bytes
// match there, which two 256-entry bit tables tell at once.
type phraseSet struct {
	list   []string
	first  [256]uint64 // bit k: list[k] starts with this byte
	second [256]uint64 // bit k: list[k] has this byte second
}

func newPhraseSet(groups ...[]string) (*phraseSet, []uint64) {
	p := &phraseSet{}
	masks := make([]uint64, len(groups))
	for g, ps := range groups {
		for _, s := range ps {
			k := len(p.list)
			if k >= 64 || len(s) < 2 {
				panic("events: phrase set holds up to 64 phrases of two bytes or more")
			}
			p.list = append(p.list, s)
			p.first[s[0]] |= 1 << k
			p.second[s[1]] |= 1 << k
			masks[g] |= 1 << k
		}
	}
	return p, masks
}

// scan returns the set of phrases among active that occur in s and
// writes each one's first offset into at.
func (p *phraseSet) scan(s string, active uint64, at *[64]int) (found uint64) {
	if active == 0 {
		return 0
	}
	want := active // the active phrases not found yet
	for i := 0; i+1 < len(s); i++ {
		m := p.first[s[i]] & want
		if m == 0 {
			continue // the common case: no wanted phrase starts with this byte
		}
		for m &= p.second[s[i+1]]; m != 0; m &= m - 1 {
			k := bits.TrailingZeros64(m)
			if strings.HasPrefix(s[i:], p.list[k]) {
				found |= 1 << k
				want &^= 1 << k
				at[k] = i
			}
		}
		if want == 0 {
			break
		}
	}
	return found
}

// cuePhrases holds the sentence-level phrase lists of scanSentence; the
// masks pick out each list's phrases.
var cuePhrases, cueHedge, cueOfficial, cueSTS, cueRuleEn, cueRuleKo, cueHypo, cueState = func() (*phraseSet, uint64, uint64, uint64, uint64, uint64, uint64, uint64) {
	// Each list keeps its order: bit k of a mask is list[k] of the set.
	ps, m := newPhraseSet(hedgePhrases[:], officialPhrases[:], stsPhrases[:], rulePhrases[:], hypoPhrases[:], statePhrases[:])
	var ruleEn, ruleKo uint64
	for k, s := range ps.list {
		if m[3]&(1<<k) == 0 {
			continue
		}
		if s[0] < utf8.RuneSelf {
			ruleEn |= 1 << k
		} else {
			ruleKo |= 1 << k
		}
	}
	return ps, m[0], m[1], m[2], ruleEn, ruleKo, m[4], m[5]
}()

// dirPhrases holds sentCues' phrases of goods entering (dirInto) and
// leaving (dirOut) North Korea.
var dirPhrases, dirInto, dirOut = func() (*phraseSet, uint64, uint64) {
	ps, m := newPhraseSet(intoPhrases[:], outPhrases[:])
	return ps, m[0], m[1]
}()

// attrPhrases holds setAttr's words of a named record (attrRecord) and of
// a source (attrSource).
var attrPhrases, attrRecord, attrSource = func() (*phraseSet, uint64, uint64) {
	ps, m := newPhraseSet([]string{"data", "statistic", "document", "records", "customs", "report", "figures", "filing", "panel", "자료", "통계", "해관", "세관", "문서", "보고서"},
		[]string{"source", "소식통"})
	return ps, m[0], m[1]
}()
