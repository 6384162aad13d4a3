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
	for k := range toks {
		t := &toks[k] // read in place: most tokens are no speech verb
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
		// Back over the speaker phrase, but not into a clause before it:
		// "coal shipped to Dandong, the source said" (the comma) or "the
		// goods went to Nampo because officials said" keep their places.
		j := k
		for j > 0 && k-j < 7 && a.cleanGap(toks[j-1].e, toks[j].s) {
			if subordinator(toks[j-1]) {
				break
			}
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
		// Speaker after the verb: "…, said a source in Dandong". Only an
		// inverted verb, after a comma, dash or quote, is followed by its
		// speaker; "says containers left Rajin" is followed by what is said.
		if !a.inverted(i, toks, k) {
			// "… told Daily NK": the one told, named right after the verb.
			if (t.w == "told" || t.w == "tells") && k+1 < len(toks) && a.cleanGap(t.e, toks[k+1].s) && isUpper(a.text[toks[k+1].s]) {
				e := toks[k+1].e
				for n := k + 2; n < len(toks) && n <= k+4 && a.cleanGap(toks[n-1].e, toks[n].s) && isUpper(a.text[toks[n].s]); n++ {
					e = toks[n].e
				}
				a.setAttr(i, t.s, e)
				return
			}
			continue
		}
		n := k + 1
		for n < len(toks) && n-k <= 8 && a.cleanGap(toks[n-1].e, toks[n].s) && !clauseEdge(toks[n]) {
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

// subordinator reports whether t opens a clause of its own, so a speaker
// phrase before a speech verb cannot reach back across it: "the goods went
// to Nampo because officials said" names officials, not Nampo.
func subordinator(t tok) bool {
	if t.lx.flags&fClause != 0 {
		return true
	}
	switch t.w {
	case "that", "because", "when", "since", "while", "whereas", "if", "although", "though":
		return true
	}
	return false
}

// clauseEdge reports whether t ends a speaker phrase told after its verb:
// a subordinator, a relative pronoun or an event verb ("…, said a source
// in Dandong who shipped …").
func clauseEdge(t tok) bool {
	return subordinator(t) || t.lx.ev != 0 || t.lx.flags&fMove != 0 || t.w == "who" || t.w == "which"
}

// inverted reports whether the speech verb toks[k] comes after what was
// said, with its speaker after it: a comma, dash or closing quote before it,
// or nothing at all.
func (a *analysis) inverted(i int, toks []tok, k int) bool {
	from := a.sents[i].start
	if k > 0 {
		from = toks[k-1].e
	}
	gap := a.text[from:toks[k].s]
	return strings.TrimSpace(gap) == "" && k == 0 || strings.ContainsAny(gap, ",\"”’—–") || strings.Contains(gap, " - ")
}

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
		// Start: back over at most four words, stopping at punctuation and
		// at the end of the reported clause ("…향했다고 소식통은"), whose
		// places are what was said, not who said it.
		st, words := h.pos, 0
		for st > s.start {
			r, size := utf8.DecodeLastRuneInString(a.text[s.start:st])
			if r == ',' || r == '.' || r == '"' || r == '“' || r == '”' || r == '「' || r == '」' {
				break
			}
			if r == ' ' {
				words++
				if words > 4 || koClauseEnd(a.text[s.start:st-size]) {
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

// koQuoteEnds are the endings of a reported clause: quoted speech (…다고,
// …라고, …냐고, …자고, …다며, …라며, …다면서, …라면서), a clause made a
// noun (…다는, …다는 것이) and the closing verb of a plain statement.
var koQuoteEnds = [...]string{"다고", "라고", "냐고", "자고", "다며", "라며", "면서", "다는", "것이", "것은"}

// koClauseEnd reports whether the Korean text ends with a word that closes a
// clause: a quoting or connective ending, or a finite verb in -다 after a
// tense or mood syllable (했다, 늘었다, 한다, 합니다).
func koClauseEnd(text string) bool {
	for _, e := range koQuoteEnds {
		if strings.HasSuffix(text, e) {
			return true
		}
	}
	last, n := utf8.DecodeLastRuneInString(text)
	prev, _ := utf8.DecodeLastRuneInString(text[:len(text)-n])
	if prev < 0xAC00 || prev > 0xD7A3 {
		return false
	}
	coda := (prev - 0xAC00) % 28
	switch last {
	case '다':
		// ㅆ marks the past (했다, 갔다), ㄴ the present (한다, 된다);
		// 니다 closes the formal style.
		return coda == 20 || coda == 4 || prev == '니'
	case '고', '며':
		// 늘었고, 했으며, 하며: a clause joined to the next.
		return coda == 20 || prev == '으' || (last == '며' && prev == '하')
	}
	return false
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
	var ownBuf [64]at // on the stack unless the text is long
	own := ownBuf[:0]
	if len(a.si) > len(ownBuf) {
		own = make([]at, 0, len(a.si))
	}
	own = own[:len(a.si)]
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
