package orgs

import (
	"strings"
)

// The apposition rule names firms whose names carry no head word, which
// reports introduce by saying what they are: "Vostok Sever, a company
// registered in Panama", "according to Amur Line, the Khabarovsk-based firm
// that chartered the ship", "a Russian-registered company, Taiga Export,
// bought the crates". The name is two to five capitalised words joined to
// the description by a comma (one word when commas close it on both sides:
// "a local seafood wholesaler, Okeanrybtorg, …"); the description is an
// article, at most four describing words and "company", "firm" or another
// noun of trade ("supplier", "wholesaler", "maker", "airline" …; beside
// those that may describe a person, a name that starts with a common
// surname is a person's), followed by the end of the
// clause or a word that goes on describing the firm ("that", "registered",
// "based", "in" …), never by a noun of which "company" is a modifier ("a
// company official"). Otherwise a single word, a place with its local word ("Jagang
// Province, the trade company …"), a possessive and an outlet are no name.
// Every later mention of the same words in the text is the same firm.

// apposHead reports whether w is a noun that says that the name beside it
// is a firm's (a switch: it is asked of every word).
func apposHead(w string) bool {
	switch w {
	case "company", "firm", "supplier", "wholesaler", "exporter", "importer", "distributor",
		"manufacturer", "maker", "producer", "shipowner", "airline":
		return true
	}
	return false
}

// personHeads are the heads that also describe one person ("a Pyongyang
// wholesaler, Kim Yong-chol"): beside them a name that starts with a common
// surname is a person's.
var personHeads = set("supplier", "wholesaler", "exporter", "importer", "distributor", "maker", "producer")

// commonSurnames begin people's names far more often than firms'.
var commonSurnames = set("Kim", "Lee", "Ri", "Rhee", "Yi", "Park", "Pak", "Choi", "Choe", "Jang", "Chang", "Jung", "Jong",
	"Chong", "Han", "Kang", "Cho", "Jo", "Yoon", "Yun", "Lim", "Rim", "Hwang", "Song", "O", "Oh", "Zhang", "Wang", "Li", "Liu",
	"Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Sun", "Ma", "Hu", "Lin", "Xu", "Gao", "Guo", "He", "Zheng")

// apposNext may follow the head of a description that the name stands
// beside: what goes on describing the firm.
var apposNext = set("that", "which", "whose", "registered", "based", "in", "owned", "controlled", "linked",
	"run", "operating", "incorporated", "founded", "established", "set", "with", "where")

// apposNameEnds end a run of capitalised words that is a place's or a
// body's name rather than a firm's.
var apposNameEnds = set("Province", "Provincial", "County", "City", "District", "Krai", "Oblast", "Region",
	"Island", "Islands", "River", "Port", "Street", "Road", "Bridge", "Market")

// findAppositions adds the apposition rule's hits.
func findAppositions(text string, words []word, places placeIndex, hits []patternHit) []patternHit {
	// One pass over the words, not one scan of the text per head: a head
	// is a word of its own after a space.
	for k := 1; k < len(words); k++ {
		if w := words[k]; w.start > 0 && text[w.start-1] == ' ' && apposHead(w.text) {
			hits = apposition(text, words, k, places, hits)
		}
	}
	return hits
}

// apposition adds the firm, if any, that the description whose head is
// words[k] stands beside.
func apposition(text string, words []word, k int, places placeIndex, hits []patternHit) []patternHit {
	h := words[k]
	// The article and describing words before the head.
	a := k - 1
	for a >= 0 && k-a <= 5 && joined(text, words[a], words[a+1]) && !isArticle(words[a].text) {
		a--
	}
	if a < 0 || !isArticle(words[a].text) || a+1 < k && !joined(text, words[a], words[a+1]) {
		return hits
	}
	country := ""
	for _, m := range words[a+1 : k] {
		if strings.HasSuffix(m.text, "'s") || !m.upper() && strings.IndexByte(m.text, '-') < 0 && !describing[m.text] {
			country = "-"
			break
		}
		if c, kind := places.placeOf(strings.TrimSuffix(strings.TrimSuffix(m.text, "-based"), "-registered")); kind != "" && country == "" {
			country = c
		}
	}
	if country == "-" {
		return hits // "a company official", "the company's"
	}
	var name []word
	if a >= 1 && text[words[a-1].end:words[a].start] == ", " && apposFollows(text, words, k) {
		// NAME, a … company that …
		name = capitalRunBefore(text, words, a-1)
	}
	single := false
	if !apposName(text, name, places) && k+1 < len(words) && text[h.end:words[k+1].start] == ", " {
		// a … company, NAME, … ("According to the agency, the Incheon-based
		// company, Daeyang Metal, …": the first reading names no firm)
		name = capitalRunAfter(text, words, k+1)
		if n := len(name); n > 0 && (name[n-1].end+2 > len(text) || text[name[n-1].end:name[n-1].end+2] != ", ") {
			name = nil
		}
		single = len(name) == 1
	}
	if single && singleName(text, name[0], places) {
		// "a local seafood wholesaler, Okeanrybtorg, …": one word, set off
		// by commas on both sides, that names nothing else
	} else if !apposName(text, name, places) {
		return hits
	}
	if personHeads[h.text] && commonSurnames[name[0].text] {
		return hits // "a Dandong wholesaler, Li Wei": a person
	}
	start, end := name[0].start, name[len(name)-1].end
	hits = append(hits, patternHit{start: start, key: start, end: end, kind: "company", country: country})
	hits = laterMentions(text, text[start:end], start, country, hits)
	return hits
}

// describing are lower-case words a firm's description may hold besides
// hyphenated ones ("Vladivostok-based"): "a shipping company", "a small
// trading firm".
var describing = set("trading", "shipping", "trade", "logistics", "fishing", "seafood", "travel", "tour",
	"small", "little-known", "little", "known", "private", "local", "state", "front", "shell", "mining",
	"holding", "leasing", "freight", "transport", "export", "import", "fisheries", "construction", "tourism",
	"apparel", "clothing", "textile", "garment", "metals", "metal", "steel", "machinery", "machine-tool", "electronics",
	"food", "meat", "grain", "fuel", "oil", "petroleum", "chemical", "chemicals", "pharmaceutical", "cosmetics", "tobacco",
	"timber", "coal", "fish", "car", "auto", "equipment", "wholesale", "family-run", "major", "large", "big", "medium-sized")

func isArticle(w string) bool {
	switch w {
	case "a", "an", "the", "A", "An", "The":
		return true
	}
	return false
}

// apposFollows reports whether the word after the head words[k] goes on
// describing the firm, or the clause ends there.
func apposFollows(text string, words []word, k int) bool {
	end := words[k].end
	if end < len(text) {
		switch text[end] {
		case '.', ',', ';', ':', ')', '\n':
			return true
		case ' ':
		default:
			return false
		}
	}
	return k+1 < len(words) && joined(text, words[k], words[k+1]) && apposNext[words[k+1].text]
}

// capitalRunBefore returns the capitalised words joined by single spaces
// that end with words[e], at most five, without the sentence words that
// begin it; nil unless a lower-case word or a sentence's start comes before.
func capitalRunBefore(text string, words []word, e int) []word {
	s := e
	for s >= 0 && e-s < 5 && words[s].upper() {
		if s == 0 || !joined(text, words[s-1], words[s]) || !words[s-1].upper() {
			break
		}
		s--
	}
	if s < 0 || !words[s].upper() {
		return nil
	}
	if s > 0 && joined(text, words[s-1], words[s]) && words[s-1].upper() {
		return nil // longer than a firm's name
	}
	run := words[s : e+1]
	for len(run) > 0 && (latinStop[run[0].text] || sentenceWord(text, run[0])) {
		run = run[1:]
	}
	return run
}

// capitalRunAfter returns the capitalised words joined by single spaces
// that start with words[s], at most five.
func capitalRunAfter(text string, words []word, s int) []word {
	e := s
	for e < len(words) && e-s < 5 && words[e].upper() {
		if e+1 >= len(words) || !joined(text, words[e], words[e+1]) || !words[e+1].upper() {
			return words[s : e+1]
		}
		e++
	}
	return nil
}

// apposName reports whether name may be a firm's: two to five capitalised
// words, no possessive, no outlet, not ending in a place or a local word
// ("Jagang Province"), and not only places, demonyms and describing words
// unless it has three or more ("Primorye Amur Trade").
func apposName(text string, name []word, places placeIndex) bool {
	if len(name) < 2 || len(name) > 5 || titleCaseLine(text, name[0].start) {
		return false
	}
	plain := 0
	for _, w := range name {
		if strings.HasSuffix(w.text, "'s") || strings.HasSuffix(w.text, "s'") || outletWords[w.text] || latinStop[w.text] && w == name[0] {
			return false
		}
		if bodyHeads[w.text] != "" || companyHeads[w.text] {
			return false // the other rules' names
		}
		if _, kind := places.placeOf(w.text); kind == "" && !placeOrGeneric(w.text) {
			plain++
		}
	}
	last := name[len(name)-1].text
	if _, kind := places.placeOf(last); apposNameEnds[last] || kind != "" {
		return false // "the Russian Far East", "Nakhodka Port"
	}
	if _, ok := latinPlaces[last]; ok || latinDemonyms[last] {
		return false
	}
	return plain > 0 || len(name) >= 3
}

// singleName reports whether w, the one word set off after a firm's
// description, may be the firm's name: a long word that names no place, is
// no demonym, stop word or surname, and has no possessive.
func singleName(text string, w word, places placeIndex) bool {
	if len(w.text) < 5 || strings.ContainsAny(w.text, "'’") || latinStop[w.text] || latinDemonyms[w.text] || commonSurnames[w.text] ||
		outletWords[w.text] || bodyHeads[w.text] != "" || companyHeads[w.text] || titleCaseLine(text, w.start) {
		return false
	}
	if _, kind := places.placeOf(w.text); kind != "" || placeOrGeneric(w.text) {
		return false
	}
	_, ok := latinPlaces[w.text]
	return !ok
}

// laterMentions adds a hit for every place but start where name stands as
// whole words.
func laterMentions(text, name string, start int, country string, hits []patternHit) []patternHit {
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return hits
		}
		at := i + j
		i = at + len(name)
		if at == start {
			continue
		}
		if at > 0 && isWordByte(text[at-1]) || i < len(text) && isWordByte(text[i]) {
			continue
		}
		hits = append(hits, patternHit{start: at, key: at, end: i, kind: "company", country: country})
	}
}

func isWordByte(c byte) bool { return isLetter(c) || '0' <= c && c <= '9' || c >= 0x80 }
