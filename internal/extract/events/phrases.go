package events

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

// phraseSet finds many short phrases in one pass over a lowercased
// sentence. Each phrase has an anchor: phraseStep+1 bytes of it whose
// byte pairs are rare in English. Looking at the byte pair at every
// phraseStep-th offset of the sentence is then enough, since one of the
// anchor's pairs must fall there: bit tables of the bytes of each pair
// of the anchors tell at once which phrases may lie around the pair. A
// candidate is checked eight bytes at a time against its packed head.
type phraseSet struct {
	list   []string
	anchor [64]int                    // where list[k]'s anchor starts
	pair   [phraseStep][2][256]uint64 // bit k of pair[r][b][c]: byte anchor[k]+r+b of list[k] is c
	head   [64]uint64                 // list[k]'s first eight bytes as wordkey.Load64 packs them, zero-padded
	mask   [64]uint64                 // the bytes of head[k] that list[k] fills
}

// phraseStep is how far scan moves at a time; phrases must be longer.
const phraseStep = 3

// commonBytes are the bytes of English text, most frequent first, by
// which newPhraseSet picks anchors that rarely match; a byte not listed
// (a capital cannot occur, a Korean byte only in Korean) counts as rare.
const commonBytes = " etaoinsrhldcumfpgwybvk,."

func newPhraseSet(groups ...[]string) (*phraseSet, []uint64) {
	p := &phraseSet{}
	masks := make([]uint64, len(groups))
	for g, ps := range groups {
		for _, s := range ps {
			k := len(p.list)
			if k >= 64 || len(s) <= phraseStep {
				panic("events: phrase set holds up to 64 phrases of four bytes or more")
			}
			p.list = append(p.list, s)
			p.anchor[k] = rareAnchor(s)
			for r := range p.pair {
				p.pair[r][0][s[p.anchor[k]+r]] |= 1 << k
				p.pair[r][1][s[p.anchor[k]+r+1]] |= 1 << k
			}
			for j := 0; j < len(s) && j < 8; j++ {
				p.head[k] |= uint64(s[j]) << (8 * j)
				p.mask[k] |= 0xff << (8 * j)
			}
			masks[g] |= 1 << k
		}
	}
	return p, masks
}

// rareAnchor is the offset of the phraseStep+1 bytes of s whose byte
// pairs are least often expected in English text.
func rareAnchor(s string) int {
	often := func(c byte) int {
		if i := strings.IndexByte(commonBytes, c); i >= 0 {
			return len(commonBytes) - i
		}
		return 0
	}
	best, bestCost := 0, -1
	for a := 0; a+phraseStep < len(s); a++ {
		cost := 0
		for r := 0; r < phraseStep; r++ {
			cost += often(s[a+r]) * often(s[a+r+1])
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = a, cost
		}
	}
	return best
}

// scan returns the set of phrases among active that occur in s and
// writes each one's first offset into at.
func (p *phraseSet) scan(s string, active uint64, at *[64]int) (found uint64) {
	if active == 0 {
		return 0
	}
	want := active // the active phrases not found yet
	t := &p.pair
	for i := 0; i < len(s)-1; i += phraseStep {
		c0, c1 := s[i], s[i+1]
		m0 := t[0][0][c0] & t[0][1][c1] // phrases whose anchor starts at i
		m1 := t[1][0][c0] & t[1][1][c1] // at i-1
		m2 := t[2][0][c0] & t[2][1][c1] // at i-2
		if (m0|m1|m2)&want == 0 {
			continue // the common case
		}
		// The earliest start first, so that at keeps each phrase's first.
		for o, m := range [...]uint64{m2, m1, m0} {
			if m &= want; m != 0 {
				found, want = p.match(s, i-2+o, m, found, want, at)
			}
		}
		if want == 0 {
			break
		}
	}
	return found
}

// match checks scan's candidates m, whose anchors would start at offset
// i of s.
func (p *phraseSet) match(s string, i int, m, found, want uint64, at *[64]int) (uint64, uint64) {
	for ; m != 0; m &= m - 1 {
		k := bits.TrailingZeros64(m) & 63
		j := i - p.anchor[k] // where list[k] would start
		if j < 0 {
			continue
		}
		if j+8 <= len(s) {
			// The first eight bytes at once, the rest of a longer phrase
			// byte by byte.
			if wordkey.Load64(s[j:j+8])&p.mask[k] != p.head[k] || len(p.list[k]) > 8 && !strings.HasPrefix(s[j+8:], p.list[k][8:]) {
				continue
			}
		} else if !strings.HasPrefix(s[j:], p.list[k]) {
			continue
		}
		found |= 1 << k
		want &^= 1 << k
		at[k] = j
	}
	return found, want
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
