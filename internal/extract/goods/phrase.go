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
// as its name and the most specific HS code that fits:
//
//   - a modifier that is itself a good classified under the head's code
//     ("urea" under fertilisers) lends its code;
//   - "parts" after a good takes the parts heading of the good's chapter
//     that covers the good's heading (drone 8806 → 8807);
//   - otherwise the heading under the head's code whose description names
//     the modifiers ("dried fish" → 0305 "Fish, dried, salted …");
//   - otherwise the head's own code.

// specifiers are words that narrow a good by how it is processed or what it
// is made of, without naming a different good.
var specifiers = map[string]bool{
	"dried": true, "frozen": true, "fresh": true, "chilled": true, "salted": true, "smoked": true,
	"canned": true, "pickled": true, "roasted": true, "cured": true, "raw": true, "refined": true,
	"processed": true, "powdered": true, "crude": true, "milled": true, "polished": true, "sawn": true,
	"knitted": true, "knit": true, "woven": true, "padded": true, "quilted": true, "synthetic": true,
	"leather": true, "wooden": true, "woollen": true, "woolen": true, "wool": true, "nylon": true,
	"plastic": true, "rubber": true, "stainless": true, "galvanised": true, "galvanized": true,
	"electric": true, "electrical": true, "industrial": true, "agricultural": true, "military": true,
}

// partNouns after a good make the phrase name the good's parts.
var partNouns = []string{"parts", "components"}

// brandClasses are the classes whose goods the text may narrow by a brand or
// model name in capitals ("Land Cruiser SUVs", "Samsung televisions").
var brandClasses = map[string]bool{
	"vehicles": true, "electronics": true, "luxury": true, "alcohol": true, "machinery": true,
	"vessels": true, "aircraft": true,
}

// notBrands are capitalised words before a good that say where it comes
// from or who trades it, not what it is.
var notBrands = map[string]bool{
	"French": true, "Dutch": true, "Czech": true, "Welsh": true, "Greek": true, "Thai": true,
	"North": true, "South": true, "East": true, "West": true, "Swiss": true,
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
	mods       []string // lower-cased modifiers taken from before the mention
	parts      bool     // "parts" or "components" follows
}

// widen stretches the Latin mention text[start:end] of a good of the given
// class over specifiers, lexicon goods and (for brandClasses) brand names
// right before it, and over a parts noun right after it.
func (f *Finder) widen(text string, start, end int, class string) widened {
	w := widened{start: start, end: end}
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
		low := lowerASCII(word)
		switch {
		case (word == low || (word[1:] == low[1:] && sentenceStart(text, ws))) && (specifiers[low] || f.modifiers[low]):
		case brands && isBrandWord(word) && !sentenceStart(text, ws) && !afterLocative(text, ws):
		default:
			return w
		}
		w.mods = append([]string{low}, w.mods...)
		w.start = ws
	}
	return w
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

func isSpaceOrHyphen(c byte) bool { return c == ' ' || c == '-' || c == '\n' || c == '(' || c == '"' }

// hasWordPrefixFold reports whether s starts with the word w, ignoring ASCII
// case, followed by a non-letter or the end.
func hasWordPrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isASCIILetter(s[len(w)]))
}

// phraseName is the normalised name of a widened mention of a good named
// name: lower case, the text's words, and the plural of a countable name
// ("cargo truck" → "cargo trucks"). It is "" when the text is no more
// specific than the name.
func (f *Finder) phraseName(w widened, mention, name string) string {
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
	words := strings.Fields(strings.ReplaceAll(m, "-", " "))
	if len(words) > maxPhraseWords {
		return ""
	}
	nameWords := strings.Fields(name)
	last := nameWords[len(nameWords)-1]
	if head := words[len(words)-1]; !w.parts && head != last && singular(last) != last && head == singular(last) {
		words[len(words)-1] = last
	}
	var b strings.Builder
	for _, mod := range w.mods {
		b.WriteString(mod)
		b.WriteByte(' ')
	}
	b.WriteString(strings.Join(words, " "))
	if w.parts {
		b.WriteString(" parts")
	}
	out := b.String()
	if strings.EqualFold(out, name) {
		return ""
	}
	return out
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
			if singular(w) == singular(n) {
				found = true
			}
		}
		shared = shared || found
		extra = extra || !found
	}
	return shared && extra
}

// firstWord is the first word of a Latin mention, as written.
func firstWord(s string) string {
	if i := strings.IndexAny(s, " -"); i > 0 {
		return s[:i]
	}
	return s
}
