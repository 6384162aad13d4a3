package goods

import (
	"strings"
	"unicode/utf8"
)

// The rules in this file name a good at the precision the text gives. The
// lexicon maps many surface forms to one entry ("dried fish" → fish,
// "copper cable" → copper wire), and the text often narrows a lexicon form
// with words of its own ("knitted sweaters", "urea fertiliser", "drone
// parts", "Land Cruiser SUVs"). A record then takes the text's noun phrase
// as its name, in lower case but for makes and models ("Johnnie Walker
// whisky", "HOWO dump trucks"), and the most specific HS code that fits:
//
//   - a modifier that is itself a good classified under the head's code
//     ("urea" under fertilisers) lends its code;
//   - "parts" after a good takes the parts heading of the good's chapter
//     that covers the good's heading (drone 8806 → 8807);
//   - otherwise the heading under the head's code whose description names
//     the modifiers ("dried fish" → 0305 "Fish, dried, salted …");
//   - otherwise the head's own code.
//
// Words of use or state ("industrial", "winter", "used") name the good but
// never narrow its code, and a past tense after its subject ("the women
// processed wigs") is a verb, not a processing word.

// specifiers are words that narrow a good by how it is processed or what it
// is made of, without naming a different good.
var specifiers = map[string]bool{
	"dried": true, "frozen": true, "fresh": true, "chilled": true, "salted": true, "smoked": true,
	"canned": true, "pickled": true, "roasted": true, "cured": true, "raw": true, "refined": true,
	"powdered": true, "crude": true, "milled": true, "polished": true, "sawn": true,
	"knitted": true, "knit": true, "woven": true, "padded": true, "quilted": true, "synthetic": true,
	"leather": true, "wooden": true, "woollen": true, "woolen": true, "wool": true, "nylon": true,
	"plastic": true, "rubber": true, "stainless": true, "galvanised": true, "galvanized": true,
	"electric": true, "electrical": true, "industrial": true, "agricultural": true, "military": true,
	// Words that say what kind of the good it is, by use or user.
	"winter": true, "summer": true, "school": true, "sports": true, "police": true, "children": true,
	"baby": true, "household": true, "medical": true, "instant": true, "herbal": true,
	"traditional": true, "armoured": true, "armored": true, "heavy": true, "light": true,
	"portable": true, "digital": true, "counterfeit": true, "fake": true, "imitation": true,
	"handmade": true, "disposable": true, "surgical": true, "used": true, "polyester": true,
	"tinned": true, "stewed": true, "preserved": true,
	// The states of worn goods: "second-hand winter clothing", "worn jeans".
	"second-hand": true, "secondhand": true, "worn": true,
	// Machines for building work, as Chinese trade writes 工程机械:
	// "engineering machinery", "engineering vehicles".
	"engineering": true,
}

// preservingWords make meat, fish, vegetables or fruit a preparation of
// chapter 16 or 20 ("tinned meat" 1602, "canned mackerel" 1604), whatever
// the raw good's chapter.
var preservingWords = map[string]bool{"canned": true, "tinned": true, "stewed": true, "preserved": true}

// preservedCode is the heading of the preserved form of a good classified
// under code, or "" when the good has none: meat 02 → 1602, fish 03 → 1604
// (crustaceans and molluscs 1605), vegetables 07 → 2005, fruit 08 → 2008.
func preservedCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	switch code[:2] {
	case "02":
		return "1602"
	case "03":
		if len(code) >= 4 && code[:4] >= "0306" {
			return "1605"
		}
		return "1604"
	case "07":
		return "2005"
	case "08":
		return "2008"
	}
	return ""
}

// useWords are specifiers that say who uses a good or in what state it is
// sold, not what it is made of or how it is worked: they name the good but
// never narrow its HS code ("industrial machinery" is not the food-industry
// machinery of 8438).
var useWords = map[string]bool{
	"industrial": true, "electric": true, "electrical": true, "military": true, "heavy": true,
	"light": true, "used": true, "household": true, "portable": true, "digital": true,
	"counterfeit": true, "fake": true, "imitation": true, "handmade": true, "winter": true,
	"summer": true, "school": true, "sports": true, "police": true, "children": true, "baby": true,
	"instant": true, "traditional": true, "armoured": true, "armored": true, "disposable": true,
	"medical": true, "surgical": true, "polyester": true, "agricultural": true,
	"second-hand": true, "secondhand": true, "worn": true, "engineering": true,
}

// subjects before a past-tense word make it a verb, not a processing word:
// "the women processed wigs", "he smoked cigarettes".
var subjects = map[string]bool{
	"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "who": true,
	"women": true, "men": true, "people": true, "workers": true, "residents": true,
	"traders": true, "smugglers": true, "farmers": true, "fishermen": true,
}

// partNouns after a good make the phrase name the good's parts.
var partNouns = []string{"parts", "components"}

// brandClasses are the classes whose goods the text may narrow by a brand or
// model name in capitals ("Land Cruiser SUVs", "Samsung televisions").
var brandClasses = map[string]bool{
	"vehicles": true, "electronics": true, "luxury": true, "alcohol": true, "machinery": true,
	"vessels": true, "aircraft": true, "tobacco": true, "cosmetics": true, "consumer_goods": true,
	"medicine": true,
}

// brandAcronyms are makers written in capitals ("BYD cars", "HOWO dump
// trucks"), which isBrandWord would otherwise take for an organisation or
// country (UN, DPRK, KPA).
var brandAcronyms = map[string]bool{
	"BMW": true, "BYD": true, "FAW": true, "HOWO": true, "JAC": true, "JMC": true, "SAIC": true,
	"GAZ": true, "UAZ": true, "KAMAZ": true, "MAZ": true, "ZIL": true, "GMC": true, "MG": true,
	"LG": true, "TCL": true, "DJI": true, "HP": true, "NEC": true, "BBK": true,
}

// notBrands are capitalised words before a good that say where it comes
// from or who trades it, not what it is.
var notBrands = map[string]bool{
	"French": true, "Dutch": true, "Czech": true, "Welsh": true, "Greek": true, "Thai": true,
	"North": true, "South": true, "East": true, "West": true, "Swiss": true, "German": true,
	"The": true, "A": true, "An": true, "Some": true, "Many": true, "More": true, "Most": true,
	"Customs": true, "State": true, "Army": true, "Party": true, "Border": true,
}

const (
	maxModifiers = 3
	// maxPhraseWords bounds how many words a phrase may take from the text.
	maxPhraseWords = 5
)

// widened is a mention stretched over the text's own narrowing words.
type widened struct {
	start, end int
	mods       []string // modifiers taken from before the mention, lower-cased unless brands
	joins      []byte   // per modifier, the character after it: ' ' or '-' ("Mercedes-Maybach")
	parts      bool     // "parts" or "components" follows
	partsFor   bool     // "spare parts for" comes before: the parts are named partsName
	brand      bool     // a brand or model name narrows the good ("Kia vehicles")
}

// widen stretches the Latin mention text[start:end] of a good of the given
// class over specifiers, lexicon goods and (for brandClasses) brand names
// right before it, and over a parts noun right after it.
//
// A make or model named by the lexicon ("Marlboro", "Lexus") is no wider
// than itself: "smoked Marlboro" is no smoked good.
func (f *Finder) widen(text string, start, end int, class string, named bool) (w widened) {
	w = widened{start: start, end: end}
	if rest, ok := strings.CutPrefix(text[end:], " "); ok {
		for _, p := range partNouns {
			if hasWordPrefixFold(rest, p) {
				w.end = end + 1 + len(p)
				w.parts = true
				break
			}
		}
	}
	brands := brandClasses[class]
	// An origin skipped between a specifier and the good stays outside
	// the mention, where it still says where the good comes from.
	keep := -1
	defer func() {
		if keep >= 0 {
			w.start = keep
		}
	}()
	for range maxModifiers {
		s := w.start
		if s < 2 || (text[s-1] != ' ' && text[s-1] != '-') {
			break
		}
		ws := s - 1
		for ws > 0 && isASCIILetter(text[ws-1]) {
			ws--
		}
		word := text[ws : s-1]
		if len(word) < 2 || (ws > 0 && !isSpaceOrHyphen(text[ws-1])) {
			break
		}
		if ws >= 7 && strings.EqualFold(word, "hand") && strings.EqualFold(text[ws-7:ws], "second-") && (ws == 7 || !isASCIILetter(text[ws-8])) {
			ws -= 7 // "second-hand" is one word
			word = text[ws : s-1]
		}
		low := lowerASCII(word)
		switch {
		case !named && (word == low || (word[1:] == low[1:] && sentenceStart(text, ws))) && (specifiers[low] || f.modifiers[low]) &&
			!(strings.HasSuffix(low, "ed") && subjects[lowerASCII(wordBefore(text, ws))]):
		case brands && (isBrandWord(word) || brandAcronyms[word]) && !sentenceStart(text, ws) && !afterLocative(text, ws):
			// A brand keeps its capitals in the record's name.
			low = word
			w.brand = true
		case len(w.mods) > 0 || w.start != start || !originWord(word) || sentenceStart(text, ws) || !specifierBefore(text, ws):
			return w
		default:
			// An origin between a specifier and the good is no part of
			// its name: "frozen Russian beef" is frozen beef, "used
			// Japanese cars" used cars.
			keep, w.start = w.start, ws
			continue
		}
		w.mods = append([]string{low}, w.mods...)
		w.joins = append([]byte{text[s-1]}, w.joins...)
		w.start = ws
	}
	return w
}

// originWord reports whether w is a capitalised demonym ("Russian",
// "Japanese", "Thai").
func originWord(w string) bool {
	if w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return false
	}
	switch w {
	case "Thai", "Dutch", "French", "Swiss", "Czech", "Greek", "Lao":
		return true
	}
	for _, suf := range []string{"ese", "ian", "ean", "can", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// specifierBefore reports whether a lower-case specifier ends one space or
// hyphen before text[i:]: "frozen" before "Russian beef".
func specifierBefore(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	j := i - 1
	for j > 0 && (isASCIILetter(text[j-1]) || text[j-1] == '-') {
		j--
	}
	return specifiers[text[j:i-1]]
}

// isBrandWord reports whether w is a capitalised word that may be a brand or
// model: not a demonym ("Chinese", "Korean", "Russian", "Swedish").
func isBrandWord(w string) bool {
	if w[0] < 'A' || w[0] > 'Z' || notBrands[w] || strings.ToUpper(w) == w {
		return false
	}
	for _, suf := range []string{"ese", "ian", "ean", "can", "ish"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// sentenceStart reports whether text[i:] starts a sentence or line, where a
// capital says nothing about a name.
func sentenceStart(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '"' || text[j-1] == '\'') {
		j--
	}
	if j == 0 {
		return true
	}
	switch text[j-1] {
	case '.', '!', '?', '\n', ':', ';':
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return r == '“' || r == '‘'
}

// locatives before a capitalised word make it a place ("in Dandong trucks
// were loaded"), not a brand.
var locatives = []string{"in", "at", "from", "to", "via", "through", "into", "across", "near", "around", "of"}

// afterLocative reports whether the word before text[i:] is a locative.
func afterLocative(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	j := i - 1
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	prev := text[j : i-1]
	for _, l := range locatives {
		if strings.EqualFold(prev, l) {
			return true
		}
	}
	return false
}

// wordBefore is the run of ASCII letters that ends one space before
// text[i:], or "".
func wordBefore(text string, i int) string {
	if i < 2 || text[i-1] != ' ' {
		return ""
	}
	j := i - 1
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	return text[j : i-1]
}

func isSpaceOrHyphen(c byte) bool { return c == ' ' || c == '-' || c == '\n' || c == '(' || c == '"' }

// hasWordPrefixFold reports whether s starts with the word w, ignoring ASCII
// case, followed by a non-letter or the end.
func hasWordPrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isASCIILetter(s[len(w)]))
}

// phraseName is the normalised name of a widened mention, by the lexicon
// form form, of a good named name: the text's words, in lower case except
// brand and model names ("Land Cruiser SUVs", "Hennessy cognac"), and the
// plural of a countable name ("cargo truck" → "cargo trucks"). It is "" when
// the text is no more specific than the name.
func (f *Finder) phraseName(w widened, mention, form, name string) string {
	if !w.parts && len(w.mods) == 0 && lastSep(mention) < 0 {
		return "" // a one-word form is never more specific than its name
	}
	m := lowerASCII(mention)
	if !w.parts && len(w.mods) == 0 {
		spec, ok := f.specific[m]
		if !ok {
			spec = specificForm(m, name)
		}
		if first := firstWord(mention); !spec || (first[0] >= 'A' && first[0] <= 'Z' && !isBrandWord(first)) {
			return ""
		}
	}
	var buf [8]string
	words := phraseWords(buf[:0], mention, form)
	if len(words) > maxPhraseWords {
		return ""
	}
	last := lastField(name)
	if head := words[len(words)-1]; !w.parts && head != last && singular(last) != last && head == singular(last) {
		words[len(words)-1] = last
	}
	var b strings.Builder
	for i, mod := range w.mods {
		b.WriteString(mod)
		next := words[0]
		if i+1 < len(w.mods) {
			next = w.mods[i+1]
		}
		if w.joins[i] == '-' && hasUpperASCII(mod) && hasUpperASCII(next[:1]) {
			b.WriteByte('-') // "Mercedes-Maybach limousines"
			continue
		}
		b.WriteByte(' ')
	}
	for i, word := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
	}
	if w.parts {
		b.WriteString(" parts")
	}
	out := b.String()
	if strings.EqualFold(out, name) {
		return ""
	}
	return out
}

// phraseWords splits a Latin mention into words at spaces and at hyphens
// in common nouns ("dump-trucks"; "KN-23" and "Mercedes-Benz" stay one
// word), lower-casing
// every word that the lexicon form writes in lower case and keeping the
// capitals of the form's names ("Land Cruiser", "HOWO").
//
// The words are appended to dst[:0].
func phraseWords(dst []string, mention, form string) []string {
	var buf [8]string
	words, formWords := appendPhrase(dst[:0], mention), appendPhrase(buf[:0], form)
	for i, w := range words {
		if i >= len(formWords) || !hasUpperASCII(formWords[i]) {
			words[i] = lowerASCII(w)
		}
	}
	return words
}

// appendPhrase appends the words of s to words: s split at spaces and at
// hyphens, except a hyphen before a digit ("KN-23") or between capitalised
// parts of a name ("Rolls-Royce").
func appendPhrase(words []string, s string) []string {
	if !isASCII(s) {
		for _, w := range strings.Fields(s) {
			words = appendHyphened(words, w)
		}
		return words
	}
	for i := 0; i < len(s); {
		if asciiSpace(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		words = appendHyphened(words, s[i:j])
		i = j
	}
	return words
}

// appendHyphened appends the parts of the spaceless word w: split at
// hyphens, except before a digit or between capitalised parts.
func appendHyphened(words []string, w string) []string {
	h := strings.IndexByte(w, '-')
	if h < 0 {
		return append(words, w)
	}
	// cur is always w[cs:ce]: a part, or parts joined by their hyphens.
	cs, ce := 0, h
	for ce < len(w) {
		ps := ce + 1 // the next part: w[ps:pe]
		pe := strings.IndexByte(w[ps:], '-')
		if pe < 0 {
			pe = len(w)
		} else {
			pe += ps
		}
		p := w[ps:pe]
		if p != "" && ((p[0] >= '0' && p[0] <= '9') || (p[0] >= 'A' && p[0] <= 'Z' && hasUpperASCII(w[cs:ce]))) {
			ce = pe
			continue
		}
		if ce > cs {
			words = append(words, w[cs:ce])
		}
		cs, ce = ps, pe
	}
	if ce > cs {
		words = append(words, w[cs:ce])
	}
	return words
}

// asciiSpace reports whether c is a space strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasUpperASCII reports whether s has a capital ASCII letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// functionWords mark a lexicon form that paraphrases a good ("glasses with
// hidden cameras", "arms and ammunition") rather than naming it.
var functionWords = map[string]bool{"with": true, "and": true, "of": true, "a": true, "the": true, "for": true, "to": true}

// specificForm reports whether the lower-cased multi-word form m names its
// good more precisely than the lexicon name: it shares a word with the name
// and adds one ("dried fish" for fish, "copper cable" for copper
// wire, "dump trucks" for trucks), and is no paraphrase.
func specificForm(m, name string) bool {
	if m[0] >= utf8.RuneSelf || lastSep(m) < 0 {
		return false
	}
	words := strings.FieldsFunc(m, func(r rune) bool { return r == ' ' || r == '-' })
	nameWords := strings.Fields(lowerASCII(name))
	if singular(words[len(words)-1]) == singular(nameWords[len(nameWords)-1]) && len(words) == len(nameWords) &&
		strings.Join(words[:len(words)-1], " ") == strings.Join(nameWords[:len(nameWords)-1], " ") {
		return false // the name itself, singular or plural, or hyphenated
	}
	shared, extra := false, false
	for _, w := range words {
		if functionWords[w] {
			return false
		}
		found := false
		for _, n := range nameWords {
			if singular(w) == singular(n) || (genericHeads[w] && genericHeads[n]) {
				found = true // "luxury items" are the lexicon's "luxury goods"
			}
		}
		shared = shared || found
		extra = extra || !found
	}
	return shared && extra
}

// genericHeads are head nouns that say only "goods": a form that differs
// from its name by one of them for another ("luxury items", "luxury
// goods") is no more specific.
var genericHeads = map[string]bool{
	"goods": true, "items": true, "products": true, "commodities": true, "wares": true, "articles": true,
	"item": true, "product": true, "commodity": true, "article": true,
}

// firstWord is the first word of a Latin mention, as written.
func firstWord(s string) string {
	if i := strings.IndexAny(s, " -"); i > 0 {
		return s[:i]
	}
	return s
}
