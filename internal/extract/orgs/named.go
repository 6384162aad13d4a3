package orgs

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The body rule extends the pattern rule from companies to every kind of
// named body the lexicon does not list: a capitalised name with an
// organisational head ("Maritime Safety Administration", "Fisheries
// Ministry", "Ministry of Forestry", "the General Bureau of Tourism",
// "Asan Institute for Policy Studies", "China Coast Guard"). The name is the
// text's own, without a leading article and without a country qualifier
// ("North Korea's", "Chinese"), which gives the country instead; a ministry
// is named "Ministry of X" ("Fisheries Ministry" → "Ministry of Fisheries"),
// a foreign one too, with the lexicon's "Ministry of X of Country" beside it
// and in its id, so that two countries' ministries stay apart.
//
// Precision first. A head followed by another capitalised word modifies it
// ("Party Congress", "Council Resolution 2397", "Ministry Spokesman"); a name
// made only of places, demonyms and describing words ("Public Security
// Bureau", "Provincial Party Committee", "Dandong Customs") names no one body;
// headline lines, news outlets ("Yonhap News Agency") and town customs houses
// are left out; person titles and events have no head here.

// bodyHeads are the English heads of the body rule and their kinds.
var bodyHeads = map[string]string{
	"Ministry": "ministry", "Department": "agency", "Bureau": "agency", "Office": "agency",
	"Committee": "agency", "Commission": "agency", "Council": "agency", "Agency": "agency",
	"Administration": "agency", "Service": "agency", "Directorate": "agency", "Authority": "agency",
	"Command": "military", "Corps": "military", "Court": "court", "Party": "party",
	"Institute": "think_tank", "Academy": "think_tank", "Association": "association",
	"Federation": "association", "Union": "association", "Guard": "border_force", "Police": "agency",
	"Factory": "enterprise", "Complex": "enterprise", "Works": "enterprise", "Mine": "enterprise",
	"Shipyard": "enterprise", "Troupe": "arts_group", "Orchestra": "arts_group", "Ensemble": "arts_group",
	// Heads the company rule finds before them; here only with "of".
	"Bank": "bank", "Corporation": "company", "Company": "company",
}

// govHeads name state bodies: a country qualifier before them is not part
// of the name, and describing words alone do not name one.
var govHeads = set("Ministry", "Department", "Bureau", "Office", "Committee", "Commission", "Council",
	"Agency", "Administration", "Service", "Directorate", "Authority", "Command", "Corps", "Court", "Police")

// nationalHeads are heads that a country has one of per name, so that
// describing words after a country qualifier do name one body ("Russia's
// Federal Customs Service"), unlike a bureau or office, which towns have too.
var nationalHeads = set("Commission", "Administration", "Agency", "Service", "Council", "Directorate", "Authority")

// enterpriseHeads name state enterprises and art troupes, which take their
// town's name: "Musan Mining Complex", "Pyongyang Koryo Medicine Factory".
// A town and a head alone name an art troupe ("Samjiyon Orchestra") but not
// an enterprise ("the Hyesan factory" is any of several).
var enterpriseHeads = set("Factory", "Complex", "Works", "Mine", "Shipyard", "Troupe", "Orchestra", "Ensemble")

// parkWords make a complex a park or an estate rather than an enterprise:
// "Kaesong Industrial Complex".
var parkWords = set("Industrial", "Tourist", "Tourism", "Economic", "Housing", "Apartment", "Residential",
	"Sports", "Leisure", "Entertainment", "Shopping", "Office", "Commercial", "Science", "Technology")

// sentenceStarters begin sentences, not names.
var sentenceStarters = set("According", "Meanwhile", "However", "Yesterday", "Today", "Earlier", "Later",
	"Recently", "Currently", "Now", "Still", "Instead", "Besides", "Despite", "Although", "Though",
	"Because", "Once", "During", "Until", "Unlike", "Like", "Among", "Over", "Inside", "Outside",
	"Following", "Regarding", "Amid", "Against", "Without", "Within", "Through", "Previously",
	"Nevertheless", "Moreover", "Furthermore", "Reportedly", "Allegedly", "Apparently", "Initially",
	"Finally", "Eventually", "Here", "There", "Where", "Who", "Whose", "Local", "Several", "Few")

// sentenceWord reports whether w begins a sentence and reads as an ordinary
// word there: a starter or an adverb ("Following Ministry orders",
// "Reportedly").
func sentenceWord(text string, w word) bool {
	before := strings.TrimRight(text[:w.start], " \"“‘'")
	if before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "\n") && !strings.HasSuffix(before, "?") && !strings.HasSuffix(before, "!") && !strings.HasSuffix(before, ":") {
		return false
	}
	if sentenceStarters[w.text] {
		return true
	}
	return len(w.text) > 5 && strings.HasSuffix(w.text, "ly") && w.text != "Italy"
}

// ofOnlyHeads need an "of"/"for" phrase here: the company rule and the
// lexicon cover them otherwise.
var ofOnlyHeads = set("Bank", "Corporation", "Company")

// placeOfHeads may take a bare place as their "of" phrase: "Bank of Korea".
var placeOfHeads = set("Bank", "Council")

// bodyDescriptors describe a state body rather than name it.
var bodyDescriptors = set("Public", "Security", "Police", "Border", "Provincial", "Party", "Standing",
	"Executive", "Organizing", "Organising", "Preparatory", "Steering", "Ethics", "Disciplinary",
	"Judicial", "Inspection", "Audit", "Supreme", "High", "Higher", "District", "Emergency",
	"Quarantine", "Epidemic", "Prevention", "Control", "Management", "Affairs", "Relations",
	"Intelligence", "Legal", "Political", "Special", "Operations", "Forces", "Guard", "Coast",
	"Communist", "Ruling", "Opposition", "Workers'", "Workers", "Labour", "Labor", "Women's",
	"Youth", "Students", "Student", "Farmers", "Union", "Committee", "Council", "Office", "Department",
	"Administration", "Service", "Agency", "Authority", "Commission", "Ministry", "Court", "Head",
	"Main", "Human", "Rights", "Sports", "Olympic", "Football", "People's", "Municipal", "Intermediate",
	"Prosecutors'", "Prosecutor's", "Prosecutors", "Court's", "Cabinet", "Government", "Administrative",
	"Oval", "Customer", "Box", "Ticket", "Press", "Information", "Tourist", "Visitor", "Visitors")

// localWords mark the body of a town, county or province: unnamed ("the
// Provincial Party Committee", "Committee of Hyesan City") unless a place
// names it first (see localBody).
var localWords = set("Province", "Provincial", "City", "Municipal", "County", "District", "Town",
	"Township", "Village", "Prefecture", "Prefectural", "Oblast", "Krai", "Ri", "Dong", "Gun", "Local",
	"Branch", "Regional")

// outletWords mark a news outlet or its desk, which is not an organisation
// here: "Yonhap News Agency", "the Associated Press".
var outletWords = set("News", "Broadcasting", "Broadcast", "Radio", "Television", "TV", "Times", "Post",
	"Herald", "Journal", "Daily", "Press", "Tribune", "Gazette", "Sinmun", "Media", "Newspaper",
	"Telegraph", "Wire", "Magazine", "Reuters", "Yonhap", "Xinhua", "Kyodo", "Tass", "TASS")

// nameStops end an "of" phrase: person titles and times after a body's name
// ("the Ministry of Fisheries spokesman Kim", "the Bureau of Tourism Monday").
var nameStops = set("Spokesman", "Spokeswoman", "Spokesperson", "Minister", "Director", "Chairman",
	"Chairwoman", "Chief", "Official", "Officials", "Vice", "Deputy", "Head", "Secretary", "President",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
	"March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
	"The", "A", "An", "This", "In", "On", "At", "It", "He", "She", "They", "But", "And")

// qualifiers are the country words before a state body: demonyms and
// possessives.
var qualifiers = map[string]string{
	"Chinese": "CN", "PRC": "CN", "China's": "CN", "Beijing's": "CN",
	"Russian": "RU", "Russia's": "RU", "Moscow's": "RU",
	"Japanese": "JP", "Japan's": "JP", "Tokyo's": "JP",
	"DPRK": "KP", "Pyongyang's": "KP", "ROK": "KR", "Seoul's": "KR",
	"American": "US", "US": "US", "U.S.": "US", "America's": "US", "Washington's": "US",
	"Mongolian": "MN", "Mongolia's": "MN", "Vietnamese": "VN", "Vietnam's": "VN",
	"Taiwanese": "TW", "Taiwan's": "TW", "British": "GB", "Britain's": "GB",
}

// countryNames render a qualifier's country after a foreign ministry where
// the lexicon's convention differs from the gazetteer's name.
var countryNames = map[string]string{"KR": "South Korea", "US": "the United States", "GB": "the United Kingdom"}

func isCountry(places placeIndex, w string) bool {
	_, kind := places.placeOf(w)
	return kind == "country"
}

// ministryFields render the short field of an "X Ministry" as the ministry's
// name: "Foreign Ministry" is the Ministry of Foreign Affairs.
var ministryFields = map[string]string{"Foreign": "Foreign Affairs", "Defence": "Defence", "Defense": "Defense"}

type word struct {
	start, end int
	text       string
}

func (w word) upper() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// latinWords splits text into words of letters, digits, apostrophes,
// hyphens and dots; a dot ends a word unless a letter follows ("U.S.").
// The words go into out[:0], a buffer the caller may reuse.
func latinWords(text string, out []word) []word {
	out = out[:0]
	for i := 0; i < len(text); {
		// Skip to the start of a word.
		if c := text[i]; c < utf8.RuneSelf {
			if !wordByte[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isLatinWordRune(r) {
			i += size
			continue
		}
		start := i
		curly := false // the word so far has a ’
		for i < len(text) {
			c := text[i]
			if wordByte[c] {
				i++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLatinWordRune(r) {
				break
			}
			if r == '’' {
				curly = true
			}
			i += size
		}
		if c := text[i-1]; !curly && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			out = append(out, word{start, i, text[start:i]}) // trimWord's common case, inlined
			if i < len(text) && text[i] == ' ' {
				i++ // the space after a word, without a turn of the loop
			}
			continue
		}
		out = append(out, trimWord(text, start, i, curly))
	}
	return out
}

// isLatinWordRune tells the non-ASCII runes that latinWords keeps inside a word.
func isLatinWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' }

// trimWord makes the word text[start:end]; curly tells whether it has a ’.
func trimWord(text string, start, end int, curly bool) word {
	if c := text[end-1]; !curly && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
		return word{start, end, text[start:end]} // nothing to trim: the common case
	}
	raw := text[start:end]
	for raw != "U.S." && raw != "" {
		r, size := utf8.DecodeLastRuneInString(raw)
		if r == '.' || r == '-' || (r == '\'' || r == '’') && !strings.HasSuffix(raw[:len(raw)-size], "s") {
			raw = raw[:len(raw)-size]
			continue
		}
		break
	}
	w := word{start, start + len(raw), raw}
	if curly && strings.Contains(raw, "’") {
		w.text = strings.ReplaceAll(raw, "’", "'")
	}
	return w
}

// wordBuf holds the words of a text and those picked for the word rules;
// they are needed only while its pattern rules run.
type wordBuf struct {
	words  []word
	picked pickedWords
}

// wordPool holds word buffers between Find calls.
var wordPool = sync.Pool{New: func() any { return new(wordBuf) }}

// maxPooledWords bounds the buffers kept in wordPool, so that one very long
// text does not pin its word list.
const maxPooledWords = 1 << 16

func (b *wordBuf) release() {
	if cap(b.words) <= maxPooledWords {
		wordPool.Put(b)
	}
}

// pickedWords are the indexes of the words at which a word rule may
// match: a body head (findBodies), a local word in lower case
// (findLowerLocalBodies), "department" (findStores). One pass picks them,
// so that each rule tries only its own few words.
type pickedWords struct {
	bodies, local, stores []int32
}

// pick refills p with the words' picks and returns it.
func (p *pickedWords) pick(words []word) *pickedWords {
	p.bodies, p.local, p.stores = p.bodies[:0], p.local[:0], p.stores[:0]
	for i := range words {
		w := words[i].text
		if len(w) == 0 || len(w) >= 64 || !pickFirst[w[0]] {
			continue // most words: no rule's word starts so
		}
		switch c := w[0]; {
		case c == 'p' || c == 'm' || c == 'c':
			if localWordLens&(1<<len(w)) != 0 {
				p.local = append(p.local, int32(i))
			}
		case c == 'd':
			if len(w) == len("department") {
				p.stores = append(p.stores, int32(i))
			}
		default: // a capital
			if bodyHeadLens[c-'A']&(1<<len(w)) != 0 {
				p.bodies = append(p.bodies, int32(i))
			}
			if c == 'D' && len(w) == len("Department") {
				p.stores = append(p.stores, int32(i))
			}
		}
	}
	return p
}

// pickFirst marks the first bytes of the words pick may pick.
var pickFirst = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for _, c := range "pmcd" {
		t[c] = true
	}
	return t
}()

// wordByte tells the ASCII bytes that latinWords keeps inside a word; no
// byte above ASCII is one.
var wordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '-' || c == '.'
	}
	return t
}()

// placeIndex tells place words from names; *Finder implements it over the
// gazetteer.
type placeIndex interface {
	placeOf(w string) (iso2, kind string)
	countryName(iso2 string) string
	townName(w string) (iso2, name string)
	regionName(w string) (iso2, name string)
	cityOf(w string) (iso2 string, ok bool)
}

// bodyHeadLens[c-'A'] has bit n set when a body head of n bytes starts
// with the capital c: a cheap test before the map lookup, as most words are
// no head.
var bodyHeadLens = func() (t [26]uint64) {
	for h := range bodyHeads {
		if h[0] < 'A' || h[0] > 'Z' || len(h) >= 64 {
			panic("orgs: body head " + h + " is not a short capitalised word")
		}
		t[h[0]-'A'] |= 1 << len(h)
	}
	return t
}()

// maybeBodyHead reports whether w could be a key of bodyHeads; false is
// certain.
func maybeBodyHead(w string) bool {
	return len(w) > 0 && len(w) < 64 && w[0] >= 'A' && w[0] <= 'Z' && bodyHeadLens[w[0]-'A']&(1<<len(w)) != 0
}

// findBodies adds the body rule's hits at the words of heads (see
// pickedWords).
func findBodies(text string, words []word, heads []int32, taken []hit, places placeIndex, hits []patternHit) []patternHit {
	for _, i := range heads {
		w := &words[i]
		if !maybeBodyHead(w.text) {
			continue
		}
		kind, ok := bodyHeads[w.text]
		if !ok || inside(taken, w.start, w.end) {
			continue
		}
		if h, ok := bodyCandidate(text, words, int(i), kind, places); ok && !inside(taken, h.start, h.end) {
			hits = append(hits, h)
		}
	}
	return hits
}

// joined reports whether words a and b are separated by exactly one space.
func joined(text string, a, b word) bool {
	return b.start == a.end+1 && text[a.end] == ' '
}

func bodyCandidate(text string, words []word, i int, kind string, places placeIndex) (patternHit, bool) {
	head := words[i]
	if titleCaseLine(text, head.start) {
		return patternHit{}, false
	}
	// The "of"/"for" phrase after the head.
	end := head.end
	var comp []word
	if i+2 < len(words) && joined(text, head, words[i+1]) && (words[i+1].text == "of" || words[i+1].text == "for") {
		comp = ofPhrase(text, words, i+2)
		if len(comp) > 0 {
			end = comp[len(comp)-1].end
		}
	}
	if len(comp) == 0 {
		if ofOnlyHeads[head.text] {
			return patternHit{}, false
		}
		// A capitalised word after the head makes it a modifier: "Party
		// Congress", "Ministry Spokesman".
		if i+1 < len(words) && joined(text, head, words[i+1]) && (words[i+1].upper() || words[i+1].text == "of") {
			return patternHit{}, false
		}
	}
	// The capitalised words before the head.
	first := i
	for first > 0 && i-first < 7 {
		p := words[first-1]
		if !joined(text, p, words[first]) {
			break
		}
		if p.text == "and" && first >= 2 && joined(text, words[first-2], p) && words[first-2].upper() && first < i {
			first--
			continue
		}
		if !p.upper() || strings.HasSuffix(p.text, ".") && p.text != "U.S." {
			break
		}
		if strings.HasSuffix(p.text, "'s") && !bodyDescriptors[p.text] {
			// A country's possessive qualifies a state body; before any
			// other body it only ends the name ("North Korea's Samjiyon
			// Orchestra").
			if _, ok := qualifiers[p.text]; govHeads[head.text] && (ok || p.text == "Korea's" || isCountry(places, p.text)) {
				first--
				if p.text == "Korea's" && first > 0 && joined(text, words[first-1], p) && (words[first-1].text == "North" || words[first-1].text == "South") {
					first--
				}
			}
			break
		}
		first--
	}
	pre := words[first:i]
	for len(pre) > 0 && pre[0].text == "and" {
		pre = pre[1:]
	}
	// Trim sentence words, then country qualifiers.
	for len(pre) > 0 && (latinStop[pre[0].text] && qualifiers[pre[0].text] == "" || sentenceWord(text, pre[0])) {
		pre = pre[1:]
	}
	country := ""
	qualified := false
	start := head.start
	if len(pre) > 0 {
		start = pre[0].start
	}
	for govHeads[head.text] && len(pre) > 0 {
		c, ok := qualifiers[pre[0].text]
		if iso, kind := places.placeOf(pre[0].text); !ok && (kind == "demonym" || kind == "country" && strings.HasSuffix(pre[0].text, "'s")) {
			c, ok = iso, true
		}
		if !ok && len(pre) > 1 && (pre[0].text == "North" || pre[0].text == "South") {
			switch pre[1].text {
			case "Korean", "Korea's":
				c, ok = map[string]string{"North": "KP", "South": "KR"}[pre[0].text], true
				pre = pre[1:]
			}
		}
		if !ok {
			break
		}
		country, qualified = c, true
		pre = pre[1:]
	}
	for _, w := range pre {
		if outletWords[w.text] || w.text == "and" && len(pre) == 1 {
			return patternHit{}, false
		}
		if strings.HasSuffix(w.text, "'s") && !bodyDescriptors[w.text] {
			return patternHit{}, false
		}
	}
	if len(pre) > 0 && pre[len(pre)-1].text == "and" {
		return patternHit{}, false
	}
	// A place and a local word name a town's or province's own body
	// ("Jagang Provincial Party Committee", "Hyesan City People's
	// Committee"); without the place the words only describe one.
	localISO, level, local := localBody(text, pre, head, places)
	if n := len(pre); n > 0 && head.text == "Committee" && pre[n-1].text == "People's" && !local {
		return patternHit{}, false // a people's committee is a local government
	}
	preName := ""
	if len(pre) > 0 {
		preName = text[pre[0].start:pre[len(pre)-1].end]
	}
	distinct := false
	for _, w := range pre {
		if localWords[w.text] && govHeads[head.text] && !local {
			return patternHit{}, false // a town's or province's body, unnamed
		}
		c, kind := places.placeOf(w.text)
		if kind == "country" && govHeads[head.text] && w == pre[0] {
			qualified = true // a country's own body: "Mongolia Customs Administration"
		}
		if w.text != "and" && kind == "" && !placeOrGeneric(w.text) && !bodyDescriptors[w.text] && !latinStop[w.text] {
			distinct = true
		}
		if c2, ok := latinPlaces[w.text]; ok && c2 != "" {
			c = c2
		}
		if w.text == "Korea" && govHeads[head.text] {
			c = "" // both Koreas name their agencies "Korea …"
		}
		if c != "" && country == "" {
			country = c
		}
	}
	if local {
		country = localISO
	}
	h := patternHit{start: start, key: start, end: end, kind: kind, country: country}
	if start >= 4 && theBefore(text[start-4:start]) {
		h.start = start - 4
	}
	compName := ""
	if len(comp) > 0 {
		compName = text[comp[0].start:comp[len(comp)-1].end]
		compPlace := true
		for _, w := range comp {
			if localWords[w.text] && govHeads[head.text] {
				return patternHit{}, false
			}
			if outletWords[w.text] && head.text != "Ministry" && head.text != "Department" {
				return patternHit{}, false
			}
			if _, ok := latinPlaces[w.text]; !ok && w.text != "DPRK" && w.text != "the" && w.text != "of" && w.text != "and" {
				compPlace = false
			}
		}
		if compPlace && preName == "" && !placeOfHeads[head.text] {
			return patternHit{}, false
		}
		if local && onlyCountry(comp, places) {
			// A place's own body needs no country after it: "the Osaka
			// Prefectural Police of Japan" is the Osaka Prefectural Police.
			comp, compName, end = nil, "", head.end
			h.end = end
		}
		if h.country == "" {
			for _, w := range comp {
				if c := latinPlaces[w.text]; c != "" {
					h.country = c
					break
				}
			}
		}
	}
	switch {
	case head.text == "Guard":
		// Only a country's coast guard: "China Coast Guard".
		if len(pre) != 2 || pre[1].text != "Coast" {
			return patternHit{}, false
		}
		iso, kind := places.placeOf(pre[0].text)
		if kind != "country" && kind != "demonym" {
			return patternHit{}, false
		}
		h.name = preName + " Guard"
		h.country = iso
	case head.text == "Ministry" && len(comp) == 0:
		if len(pre) == 0 {
			return patternHit{}, false
		}
		field := preName
		if f, ok := ministryFields[field]; ok {
			field = f
		}
		h.name = "Ministry of " + field
	case len(comp) > 0:
		h.name = strings.TrimSpace(preName + " " + strings.Join(strings.Fields(text[head.start:end]), " "))
	case enterpriseHeads[head.text]:
		if len(comp) > 0 || len(pre) == 0 {
			return patternHit{}, false
		}
		towns, others := 0, 0
		for _, w := range pre {
			if _, kind := places.placeOf(w.text); kind == "town" {
				towns++
			} else if w.text != "and" && !latinDemonyms[w.text] && !latinStop[w.text] && !bodyDescriptors[w.text] {
				others++
			}
		}
		if others+towns == 0 || others == 0 && kind != "arts_group" || !distinct && towns == 0 {
			return patternHit{}, false
		}
		for _, w := range pre {
			if head.text == "Complex" && parkWords[w.text] {
				return patternHit{}, false // an industrial park is a place
			}
		}
		h.name = preName + " " + head.text
	default:
		if len(pre) == 0 || !distinct && !local && !(qualified && nationalHeads[head.text]) {
			return patternHit{}, false
		}
		if head.text == "Police" && !local {
			return patternHit{}, false // only a place's own force: "Kanagawa Prefectural Police"
		}
		if head.text == "Union" && (preName == "Soviet" || preName == "European" || preName == "Trade" || preName == "Credit" || preName == "Customs") {
			return patternHit{}, false
		}
		h.name = preName + " " + head.text
	}
	if head.text == "Ministry" && qualified && country != "KP" && !strings.Contains(compName, " of ") {
		n, ok := countryNames[country]
		if !ok {
			n = places.countryName(country)
		}
		if n != "" {
			h.alias = h.name
			h.name += " of " + n
			h.short = true
		}
	} else if qualified {
		h.alias = h.name
	}
	if local && (localISO == "KP" || localISO == "CN") {
		if canon := koreanLocalName(text, pre, level, localISO, places); canon != preName && strings.HasPrefix(h.name, preName) {
			h.alias = h.name
			h.name = canon + h.name[len(preName):]
		}
	}
	return h, true
}

// ofPhrase returns the capitalised words of a body's "of"/"for" phrase that
// starts at words[j], with the lower-case joiners ("and", "the", "of", "for", "with")
// inside it; nil if it does not start with a name.
func ofPhrase(text string, words []word, j int) []word {
	var out []word
	k := j
	if k < len(words) && words[k].text == "the" {
		k++
	}
	for ; k < len(words) && len(out) < 10; k++ {
		w := words[k]
		if !joined(text, words[k-1], w) && !(len(out) > 0 && serialComma(text, words, k)) {
			break
		}
		if w.upper() {
			// A title ends the name after a name word ("the Ministry of
			// Trade Spokesman"), not after "the" or "Prime" ("the Office of
			// the Prime Minister").
			if nameStops[w.text] && !(len(out) > 0 && (out[len(out)-1].text == "the" || out[len(out)-1].text == "Prime")) || outletWords[w.text] && len(out) > 0 {
				break
			}
			// A country word or, after "and", a second body's head begins
			// another name: "the Ministry of Mines and Russia's Federal
			// Agency", "the Office of Mines and Energy Bureau".
			if _, q := qualifiers[w.text]; q && len(out) > 0 || len(out) > 0 && out[len(out)-1].text == "and" && (bodyHeads[w.text] != "" || strings.HasSuffix(w.text, "'s")) {
				break
			}
			out = append(out, w)
			if strings.HasSuffix(w.text, "'s") && (k+1 >= len(words) || !joined(text, w, words[k+1]) || !words[k+1].upper()) {
				// A possessive of the whole name: "the Ministry of Finance's budget".
				out[len(out)-1].end -= 2
				out[len(out)-1].text = strings.TrimSuffix(w.text, "'s")
				break
			}
			continue
		}
		if w.text == "and" && (headAhead(text, words, k+1) || k+1 < len(words) && words[k+1].text == "the" && headAhead(text, words, k+2)) {
			break // "and" begins a second body: "… and Korea Kumsan Trading Group", "… and the Fisheries Agency"
		}
		switch w.text {
		case "and", "the", "of", "for", "with":
			if k+1 < len(words) && joined(text, w, words[k+1]) && (words[k+1].upper() || words[k+1].text == "the") && len(out) > 0 {
				out = append(out, w)
				continue
			}
		}
		break
	}
	if n := len(out); n > 0 && strings.HasSuffix(out[n-1].text, "s'") {
		// A plural possessive of the whole name: "the Ministry of Sports' budget".
		out[n-1].end--
		out[n-1].text = strings.TrimSuffix(out[n-1].text, "'")
	}
	for len(out) > 0 && !out[len(out)-1].upper() {
		out = out[:len(out)-1]
	}
	if len(out) == 0 || k == j && words[j].text == "the" {
		return nil
	}
	return out
}

// headAhead reports whether the run of capitalised words from words[k] ends
// in an organisational head of its own.
func headAhead(text string, words []word, k int) bool {
	for ; k < len(words) && words[k].upper(); k++ {
		if bodyHeads[words[k].text] != "" || companyHeads[words[k].text] {
			return true
		}
		if k+1 < len(words) && !joined(text, words[k], words[k+1]) {
			break
		}
	}
	return false
}

// companyHeads end a company's name.
var companyHeads = set("Group", "Trading", "Co", "Co.", "Corp", "Corp.", "Ltd", "Limited", "LLC", "Enterprises", "Enterprise")

// serialComma reports whether words[k] follows a comma inside a name's
// series, "Economy, Trade and Industry": capitalised words after the comma
// run up to an "and" and one more capitalised word.
func serialComma(text string, words []word, k int) bool {
	if words[k].start != words[k-1].end+2 || text[words[k-1].end:words[k].start] != ", " || !words[k-1].upper() {
		return false
	}
	for ; k+1 < len(words) && words[k].upper() && joined(text, words[k], words[k+1]); k++ {
		if words[k+1].text == "and" {
			return k+2 < len(words) && joined(text, words[k+1], words[k+2]) && words[k+2].upper()
		}
	}
	return false
}

// namedLocalWords follow a place in the name of its own body: "Jagang
// Provincial Party Committee", "Yanggang Province People's Committee",
// "Dandong Municipal Public Security Bureau", "Hyogo Prefectural Police".
var namedLocalWords = set("Provincial", "Province", "Municipal", "City", "County", "Prefectural", "District")

// localBody reports whether pre, the words before a state body's head, are
// a place of the region, one local word and describing words only: the
// proper name of that place's own body. It returns the place's country and
// the index in pre of the local word. China's public security bureaus take
// their jurisdiction's name with no local word: "Donggang Public Security
// Bureau" is that city's police; the index is then that of "Public".
func localBody(text string, pre []word, head word, places placeIndex) (string, int, bool) {
	if !govHeads[head.text] || len(pre) < 2 {
		return "", 0, false
	}
	if n := len(pre); head.text == "Committee" && pre[n-1].text == "People's" && n <= 3 && !localWords[pre[n-2].text] {
		// A city's committee with no level word: "Rason People's
		// Committee" is the special city's own. A province's needs its
		// level word ("Chagang People's Committee" could be any of its
		// bodies' committees).
		if iso, ok := places.cityOf(text[pre[0].start:pre[n-2].end]); ok && iso == "KP" {
			return iso, n - 1, true
		}
	}
	for k := 1; k < len(pre) && k <= 3; k++ {
		if k == len(pre)-2 && pre[k].text == "Public" && pre[k+1].text == "Security" && (head.text == "Bureau" || head.text == "Department") {
			iso, kind := places.placeOf(text[pre[0].start:pre[k-1].end])
			if kind != "town" || iso != "CN" {
				return "", 0, false
			}
			return iso, k, true
		}
		if !namedLocalWords[pre[k].text] {
			continue
		}
		for _, w := range pre[k+1:] {
			if localWords[w.text] || outletWords[w.text] || !w.upper() {
				return "", 0, false
			}
		}
		iso, kind := places.placeOf(text[pre[0].start:pre[k-1].end])
		if kind != "town" {
			return "", 0, false
		}
		return iso, k, true
	}
	return "", 0, false
}

// koreanLevels render the local word of a DPRK body's name as the usual
// English names do: a province's body is "Provincial", whatever a machine
// translation wrote ("Yanggang Province People's Committee").
var koreanLevels = map[string]string{"Province": "Provincial", "Provincial": "Provincial", "City": "City",
	"Municipal": "City", "County": "County"}

// chineseLevels render the local word of a Chinese body's name as its
// usual English name does: "Jilin Province Public Security Department" is
// the Jilin Provincial Public Security Department; "Municipal" stays.
var chineseLevels = map[string]string{"Province": "Provincial", "Provincial": "Provincial", "City": "City",
	"Municipal": "Municipal", "County": "County"}

// koreanLocalName returns the usual English name of the words before a DPRK
// or Chinese local body's head, pre[level] being its local word: the place
// under its standard romanisation ("Yanggang", "Hesan": Ryanggang, Hyesan;
// a Korean reading of a Chinese town, "Jangbaek": Changbai) and the level's
// adjective. "Yanggang Province People's" gives "Ryanggang Provincial
// People's". A name without a local word ("Donggang Public Security") keeps
// its other words.
func koreanLocalName(text string, pre []word, level int, iso string, places placeIndex) string {
	_, place := places.regionName(text[pre[0].start:pre[level-1].end])
	levels := koreanLevels
	if iso == "CN" {
		levels = chineseLevels
	}
	adj := levels[pre[level].text]
	if place == "" || adj == "" && namedLocalWords[pre[level].text] {
		return text[pre[0].start:pre[len(pre)-1].end]
	}
	if adj == "" {
		return place + " " + text[pre[level].start:pre[len(pre)-1].end]
	}
	name := place + " " + adj
	if level+1 < len(pre) {
		name += " " + text[pre[level+1].start:pre[len(pre)-1].end]
	}
	return name
}

// onlyCountry reports whether the words of an "of" phrase name a country
// and nothing else: "of Japan", "of the People's Republic of China".
func onlyCountry(comp []word, places placeIndex) bool {
	named := false
	for _, w := range comp {
		switch w.text {
		case "the", "of", "and":
			continue
		}
		if _, kind := places.placeOf(w.text); kind == "country" {
			named = true
			continue
		}
		if c, ok := latinPlaces[w.text]; ok && c != "" {
			named = true
			continue
		}
		return false
	}
	return named
}
