package main

import (
	"fmt"
	stemkey "github.com/yalu-osint/yalu/internal/extract/lexicon/internal/stem"
	"io"
	"slices"
	"strings"
)

// The noun index maps the specific English nouns and two-word noun compounds
// of the HS 2022 heading descriptions ("excavators", "ginseng", "sewing
// machines") to the 4- and 6-digit codes whose descriptions name them, so
// that the goods finder can classify a good no hand list foresaw. A word
// that names too many headings ("articles", "parts", "cotton"), a function
// word or a word of state or use ("fresh", "other", "household") is left out
// as a head; such words are still kept, with their codes, as narrowing
// modifiers when they name few enough codes.

// Limits on how widely a key may be spread over the table.
const (
	maxHeadHeadings = 5   // distinct 4-digit headings a head noun may name
	maxHeadSpread   = 20  // … or this many when they all lie in one chapter
	maxModCodes     = 400 // codes a narrowing-only word may name
)

// genericWords never head a good: they name kinds, states, uses, measures
// or people rather than a good.
var genericWords = set(`
a about above acid acids accessory accessories act after against agglomerated all also an and animal
apparatus appliance appliance are article as at base bases being below between blend blended bodies
body both but by certain chapter chemical chilled clothing combined commodity component composition
compound compounds concentrated consisting container content contents cooked covered crushed cut
dried device devices different does domestic e each eg electric electrical element elements
equipment etc excluding exceeding fitted for form forms fresh frozen from fruit fuel full goods
ground group having heading headings household however i ie in including industrial ingredient
ingredients instrument instruments into its item items kg kind kinds less like live machine
machinery made manufacture manufactured material materials matter mechanical metal mixture
mixtures more n nes nec no non nor not of on or orher other others otherwise part parts per person
persons piece pieces plant plants prepared preparation preparations preserved principally product
products purpose purposes put raw retail sale set sets shape shapes similar simple single size
solution solutions specified such suitable supply than that the their thereof these this those
thus to treated type types unit units unworked use used using value vegetable vegetables waste
weight whether which whole with within without worked working worn men women boy boys girl girls
infant infants baby babies man woman child children whose being people other sheet sheets
strip strips plate plates tube tubes rod rods bar bars section sections profile profiles
wire kind powder powders paste pastes liquid liquids solid solids mass quantity quantities
system systems line lines tool tools cover covers case cases bag bags box boxes
tonne tonnes ton tons kilogram kilograms gram grams litre litres liter liters metre metres
meter meters capacity power volume length width thickness diameter source sources
include includes included night day time data information operation operations
`)

// stem is the key of a lower-case English word in the noun index
// (stem.Key, which lexicon.NounKey also uses).
func stem(w string) string { return stemkey.Key(w) }

// nounEntry is one key of the noun index.
type nounEntry struct {
	codes   map[string]bool
	primary map[string]bool // codes whose description's first clause (to ";") names the key as a head
	listed  bool            // the key opens a phrase somewhere ("Coal; anthracite, …")
	plural  string          // the plural the descriptions write, if any
}

// buildNouns indexes the descriptions of the 4- and 6-digit rows. A word
// after "other than", "excluding", "for" or "with" in its phrase names what
// the code is not, or what the good serves, so it is not indexed there; nor
// are the descriptions of parts and accessories ("Parts; of bulldozers").
func buildNouns(rows [][2]string) map[string]*nounEntry {
	ix := map[string]*nounEntry{}
	add := func(key, surface, code string, primary, opens bool) {
		e := ix[key]
		if e == nil {
			e = &nounEntry{codes: map[string]bool{}, primary: map[string]bool{}}
			ix[key] = e
		}
		e.codes[code] = true
		if primary {
			e.primary[code] = true
		}
		e.listed = e.listed || opens
		if last := surface[strings.LastIndexByte(surface, ' ')+1:]; e.plural == "" && last != stem(last) {
			e.plural = surface
		}
	}
	for _, r := range rows {
		code := r[0]
		if len(code) != 4 && len(code) != 6 {
			continue
		}
		clauses := strings.Split(strings.ToLower(r[1]), ";")
		if segs := segments(clauses[0]); len(segs) == 0 || partsWords[segs[0][0]] || slices.ContainsFunc(segs, func(seg []string) bool {
			return slices.Contains(seg, "parts") || slices.Contains(seg, "accessories")
		}) {
			continue // "Machinery; parts of machines handling … ores"
		}
		// The first clause, up to ";", says what the code is: "Plates,
		// sheets, film, foil and strip, of plastics; …". A negator holds to
		// the end of its clause: "machinery, for earth, minerals or ores".
		for ci, clause := range clauses {
			negated := false
			for _, seg := range segments(clause) {
				prev, prevKey := "", ""
				for j, w := range seg {
					if negators[w] && !(w == "for" && seg[len(seg)-1] == "use") {
						negated = true // but "for office use" says what the code is
					}
					if negated {
						break
					}
					k := stem(w)
					if len(w) < 3 || genericStop[w] {
						prev, prevKey = "", ""
						continue
					}
					// A word heads its run where no noun follows it:
					// "umbrella" in "Umbrella frames" does not.
					ends := j+1 == len(seg) || genericStop[seg[j+1]] || negators[seg[j+1]]
					add(k, w, code, ci == 0 && ends, j == 0)
					if prev != "" && !genericWords[prev] {
						add(prevKey+" "+k, prev+" "+w, code, ci == 0 && ends, j == 1)
					}
					prev, prevKey = w, k
				}
			}
		}
	}
	return ix
}

// negators end the indexed part of a phrase: what follows is excluded from
// the code or is what the good is for.
var negators = set(`than excluding except for with by from`)

// partsWords open the descriptions of parts and accessories.
var partsWords = set(`parts part accessories`)

// genericStop are function words that break a compound.
var genericStop = set(`a an and or of the for to in on by with without than not no other
whether being as at from into its their such thereof e g i.e eg ie including excluding nes nec`)

// segments splits a description into runs of letters between punctuation.
func segments(desc string) [][]string {
	var out [][]string
	for _, part := range strings.FieldsFunc(desc, func(r rune) bool { return strings.ContainsRune(",;:()[]", r) }) {
		words := strings.FieldsFunc(part, func(r rune) bool { return r < 'a' || r > 'z' })
		if len(words) > 0 {
			out = append(out, words)
		}
	}
	return out
}

// writeNouns writes the index as "key<TAB>flag<TAB>plural<TAB>codes" lines,
// sorted by key: flag "h" marks a key that may head a good, "m" one that
// only narrows, "g" a generic word ("fresh", "equipment") that only
// narrows; a code marked "*" names the key in its description's first
// phrase ("Sewing machines; …" for 8452, not "…, other than sewing
// machines"). It returns the 6-digit codes the lines name.
func writeNouns(w io.Writer, ix map[string]*nounEntry) (map[string]bool, int, error) {
	keys := make([]string, 0, len(ix))
	for k := range ix {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	six := map[string]bool{}
	n := 0
	for _, k := range keys {
		e := ix[k]
		flag := "m"
		switch {
		case headable(k, e):
			flag = "h"
		case len(e.codes) > maxModCodes || strings.Contains(k, " "):
			continue
		case genericWords[k]:
			flag = "g"
		}
		codes := make([]string, 0, len(e.codes))
		for c := range e.codes {
			if len(c) == 6 {
				six[c] = true
			}
			if e.primary[c] {
				c += "*"
			}
			codes = append(codes, c)
		}
		slices.Sort(codes)
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", k, flag, e.plural, strings.Join(codes, " ")); err != nil {
			return nil, 0, fmt.Errorf("writing noun index: %w", err)
		}
		n++
	}
	return six, n, nil
}

// headable reports whether key is specific enough to name a good alone.
func headable(key string, e *nounEntry) bool {
	if genericWords[key] || (!strings.Contains(key, " ") && (len(key) < 3 || (adjectival(key) && e.plural == ""))) {
		return false
	}
	if e.plural == "" && len(e.primary) == 0 && !e.listed {
		return false // never a head in the descriptions: "includes", "night"
	}
	headings, chapters := map[string]bool{}, map[string]bool{}
	for c := range e.codes {
		headings[c[:4]] = true
		chapters[c[:2]] = true
	}
	return len(headings) <= maxHeadHeadings || (len(chapters) == 1 && len(headings) <= maxHeadSpread)
}

// adjectival reports whether w looks like an adjective or participle,
// which names a state or kind, not a good: "roasted", "crushing",
// "porous". A word the descriptions also write in the plural is a noun
// ("bearings", "seeds").
func adjectival(w string) bool {
	if strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && len(w) > 4 {
		return true
	}
	for _, suf := range []string{"ing", "ous", "ive", "ible", "able", "ful", "less"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
