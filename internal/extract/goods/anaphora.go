package goods

import (
	"strings"

	"github.com/yalu-osint/yalu/internal/model"
)

// mergeDefinite folds a class word that a report uses only as a definite
// description of a good it named before into that good: "bracken … the
// vegetable", "soju and dried fish … the liquor and the fish", "the maize …
// sell the grain", "soybeans … the Chinese beans". A definite class word
// after a narrower good named earlier in its paragraph refers back to it;
// it is no further good. Across a paragraph break it may open a topic of
// its own ("… buying Chinese urea. ¶ The source said that the fertilizer
// …" lists both in the gold). The class word covers the earlier good when
// its code is a shorter prefix of the good's code, or when its mention ends
// the earlier good's name ("beans" in "soybeans"). A class word without a
// code covers a good of its class only after a demonstrative (이 가전제품
// "these appliances" after a fridge): "the cloth" after "clothes" is
// another good. A class word once used without a determiner ("Chinese
// liquor sells well") stays.
func mergeDefinite(text string, goods []model.Commodity) []model.Commodity {
	for i := 0; i < len(goods); i++ {
		g := &goods[i]
		if len(g.Mentions) == 0 || !allDeterminedLater(text, g.Mentions) {
			continue
		}
		first := g.Mentions[0].Start
		j := -1
		for k := range goods {
			o := &goods[k]
			if k == i || o.ID == g.ID || !namedBeforeInParagraph(text, o.Mentions, first) {
				continue
			}
			if coversEarlier(text, g, o) {
				j = k
				break
			}
		}
		if j < 0 {
			continue
		}
		goods = foldInto(goods, i, j)
		i--
	}
	return goods
}

// coversEarlier reports whether the class word c may stand for the good o.
func coversEarlier(text string, c, o *model.Commodity) bool {
	if c.HS != "" && len(o.HS) > len(c.HS) && strings.HasPrefix(o.HS, c.HS) {
		return true
	}
	// A class word without a code, after a demonstrative of its class:
	// 냉장고와 텔레비전 … 이 가전제품 "these appliances", 필로폰 … 이 마약.
	if c.HS == "" && c.Class != "" && c.Class == o.Class && o.HS != "" && allDemonstrative(text, c.Mentions) {
		return true
	}
	// The head of the earlier name: "beans" after "soybeans".
	for _, m := range c.Mentions {
		t := strings.ToLower(m.Text)
		if len(t) < 4 {
			return false
		}
		found := false
		for _, om := range o.Mentions {
			ot := strings.ToLower(om.Text)
			if len(ot) > len(t) && strings.HasSuffix(ot, t) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// allDeterminedLater reports whether every mention follows a determiner
// that points back: "the", "this", "these", "those" (directly or before
// one word, "the Chinese beans"), or Korean 이, 그, 이런, 이들 before a
// space. "That" is left out: it is more often a conjunction or a relative
// pronoun ("a vessel that delivered petroleum").
func allDeterminedLater(text string, ms []model.Mention) bool {
	for _, m := range ms {
		if !determinedBefore(text, m.Start) {
			return false
		}
	}
	return true
}

// determinedBefore reports whether a pointing determiner precedes
// text[start:], directly or before one word.
func determinedBefore(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	if determinerEnds(text[:start-1]) {
		return true
	}
	// One word between: "the Chinese beans", "the imported grain".
	j := start - 1
	for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' {
		j--
	}
	if j == start-1 || j < 2 || text[j-1] != ' ' {
		return false
	}
	w := text[j : start-1]
	if strings.ContainsAny(w, ",.;:!?()\"") {
		return false
	}
	return determinerEnds(text[:j-1])
}

// pointingDeterminers point back to a good named before.
var pointingDeterminers = []string{"the", "this", "these", "those", "이", "그", "이런", "이들", "그런"}

// determinerEnds reports whether s ends with a determiner as a whole word.
func determinerEnds(s string) bool {
	for _, d := range pointingDeterminers {
		if len(s) < len(d) || !strings.EqualFold(s[len(s)-len(d):], d) {
			continue
		}
		if k := len(s) - len(d); k == 0 || s[k-1] == ' ' || s[k-1] == '\n' || s[k-1] == '(' || s[k-1] == '"' {
			return true
		}
	}
	return false
}

// namedBeforeInParagraph reports whether one of ms ends before at with no
// line break between it and at.
func namedBeforeInParagraph(text string, ms []model.Mention, at int) bool {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End <= at {
			return strings.IndexByte(text[ms[k].End:at], '\n') < 0
		}
	}
	return false
}

// backDemonstratives point back more surely than "the".
var backDemonstratives = []string{"this", "these", "those", "이", "이런", "이들", "그런"}

// allDemonstrative reports whether a demonstrative stands right before
// every mention of ms.
func allDemonstrative(text string, ms []model.Mention) bool {
	for _, m := range ms {
		if m.Start < 2 || text[m.Start-1] != ' ' {
			return false
		}
		s := text[:m.Start-1]
		ok := false
		for _, d := range backDemonstratives {
			if len(s) >= len(d) && strings.EqualFold(s[len(s)-len(d):], d) {
				if k := len(s) - len(d); k == 0 || s[k-1] == ' ' || s[k-1] == '\n' {
					ok = true
					break
				}
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
