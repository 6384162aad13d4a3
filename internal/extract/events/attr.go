package events

import (
	"strings"
	"unicode/utf8"
)

// Attribution bases (see the package doc).
const (
	specNamed   = 0.8
	specPlaced  = 0.7
	specUnnamed = 0.5
)

// findAttribution sets the sentence's own attribution phrase, if any.
func (a *analysis) findAttribution(i int) {
	si := &a.si[i]
	toks := a.toks[si.tlo:si.thi]
	s := a.sents[i]
	for k, t := range toks {
		if t.lx.flags&fSpeech == 0 {
			continue
		}
		if t.w == "according" {
			if k+1 < len(toks) && toks[k+1].w == "to" {
				e := toks[k+1].e
				for j := k + 2; j < len(toks) && j < k+14 && a.clauseGap(toks[j-1].e, toks[j].s); j++ {
					e = toks[j].e
				}
				a.setAttr(i, t.s, e)
				return
			}
			continue
		}
		// Speaker before the verb: "a source in China told", "customs data show".
		j := k
		for j > 0 && k-j < 7 && a.cleanGap(toks[j-1].e, toks[j].s) {
			j--
		}
		for j < k && (toks[j].w == "that" || toks[j].w == "and" || toks[j].w == "but" || toks[j].w == "while" || toks[j].w == "as") {
			j++
		}
		if j < k && a.isSpeaker(toks, j, k, j == 0 && toks[0].s == s.start) {
			e := t.e
			if t.w == "told" || t.w == "tells" {
				for n := k + 1; n < len(toks) && n <= k+4 && a.cleanGap(toks[n-1].e, toks[n].s) && isUpper(a.text[toks[n].s]); n++ {
					e = toks[n].e
				}
			}
			a.setAttr(i, toks[j].s, e)
			return
		}
		// Speaker after the verb: "said a source in Dandong".
		n := k + 1
		for n < len(toks) && n-k <= 8 && a.cleanGap(toks[n-1].e, toks[n].s) {
			n++
		}
		if n > k+1 && a.isSpeaker(toks, k+1, n, false) {
			a.setAttr(i, t.s, toks[n-1].e)
			return
		}
	}
	if si.korean {
		a.koAttribution(i)
	}
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isSpeaker reports whether words [j,k) can name who says something: a
// source noun, data or a document, an organisation, or a capitalised name
// that is not merely the sentence's first word.
func (a *analysis) isSpeaker(toks []tok, j, k int, first bool) bool {
	for n := j; n < k; n++ {
		if toks[n].lx.flags&fSpeaker != 0 {
			return true
		}
		if isUpper(a.text[toks[n].s]) && !(first && n == j) && toks[n].lx.ev == 0 {
			return true
		}
	}
	return false
}

// koAttribution finds "… 소식통은" and "… 에 따르면" in a Korean sentence.
func (a *analysis) koAttribution(i int) {
	s := a.sents[i]
	for _, h := range a.kos {
		if h.k.flags&(fSpeaker|fSpeech) == 0 {
			continue
		}
		end := h.end
		if h.k.flags&fSpeaker != 0 {
			rest := a.text[end:s.end]
			for _, p := range [...]string{"들은", "들이", "은", "는", "이", "에 따르면", "에 의하면"} {
				if strings.HasPrefix(rest, p) {
					end += len(p)
					break
				}
			}
		}
		// Start: back over at most four words, stopping at punctuation.
		st, words := h.pos, 0
		for st > s.start {
			r, size := utf8.DecodeLastRuneInString(a.text[s.start:st])
			if r == ',' || r == '.' || r == '"' || r == '“' || r == '”' || r == '「' || r == '」' {
				break
			}
			if r == ' ' {
				words++
				if words > 4 {
					break
				}
			}
			st -= size
		}
		st, end = trimSpan(a.text, st, end)
		a.setAttr(i, st, end)
		return
	}
}

// setAttr records the attribution span of sentence i and its specificity.
func (a *analysis) setAttr(i, st, end int) {
	si := &a.si[i]
	si.attr, si.attrS, si.attrE = a.text[st:end], st, end
	si.spec = specUnnamed
	lowp := a.low[st:end]
	placed, named := false, false
	for _, m := range a.ms[si.mlo:si.mhi] {
		if m.start < st || m.end > end {
			continue
		}
		switch m.kind {
		case mPlace:
			if !a.r.Places[m.idx].Origin {
				placed = true
			}
		case mOrg:
			if !isMediaOrg(&a.r.Organizations[m.idx]) {
				named = true
			}
		}
	}
	var at [64]int
	found := attrPhrases.scan(lowp, attrRecord|attrSource, &at)
	if found&attrRecord != 0 && !strings.Contains(lowp, "reported") {
		named = true
	}
	source := found&attrSource != 0
	switch {
	case named:
		si.spec = specNamed
	case placed && source:
		si.spec = specPlaced
	case source && (strings.HasPrefix(lowp, "the source") || strings.Contains(lowp, "said the source")):
		// "the source" is the placed source named earlier, if there was one.
		for j := i - 1; j >= 0; j-- {
			if a.si[j].attr != "" && a.si[j].spec == specPlaced {
				si.spec = specPlaced
				break
			}
		}
	}
}

// resolveAttribution gives sentences without their own attribution the one
// after the closing quote, else the nearest earlier, else the nearest
// within the next two sentences.
func (a *analysis) resolveAttribution() {
	type at struct {
		s      string
		st, en int
		spec   float64
	}
	own := make([]at, len(a.si))
	for i := range a.si {
		own[i] = at{a.si[i].attr, a.si[i].attrS, a.si[i].attrE, a.si[i].spec}
	}
	last := -1
	for i := range a.si {
		si := &a.si[i]
		if own[i].s != "" {
			last = i
			continue
		}
		if q := a.sents[i].quoteEnd; q != i && own[q].s != "" {
			si.attr, si.spec = own[q].s, own[q].spec
			continue
		}
		if last >= 0 {
			si.attr, si.spec = own[last].s, own[last].spec
			continue
		}
		for j := i + 1; j < len(a.si) && j <= i+2; j++ {
			if own[j].s != "" {
				si.attr, si.spec = own[j].s, own[j].spec
				break
			}
		}
		if si.attr == "" {
			si.spec = specUnnamed
		}
	}
}

// inAttr reports whether [s,e) lies in sentence i's own attribution phrase.
func (a *analysis) inAttr(i, s, e int) bool {
	si := &a.si[i]
	return si.attrS >= 0 && s >= si.attrS && e <= si.attrE
}
