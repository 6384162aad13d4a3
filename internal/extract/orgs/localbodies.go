package orgs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Local bodies named by their place: a province's, city's or county's own
// party committee, people's committee or police is a named body when the
// place is written before it ("Jagang Provincial Party Committee", 양강도당위원회,
// "Hyogo prefectural police"); without the place ("the provincial
// government", "the city police", 도당) it is left out. The capitalised
// English forms are read by the body rule (localBody); the lower-case forms
// of machine translations and Japanese police reports, and the Korean
// forms, here.

// lowerLocalHeads are the lower-case local-body phrases read after a place,
// with the name they are given.
var lowerLocalHeads = []struct{ phrase, name string }{
	{" prefectural police", "Prefectural Police"},
	{" provincial party committee", "Provincial Party Committee"},
	{" provincial people's committee", "Provincial People's Committee"},
	{" provincial security bureau", "Provincial Security Bureau"},
	{" provincial prosecutor's office", "Provincial Prosecutor's Office"},
	{" provincial prosecutors' office", "Provincial Prosecutor's Office"},
	{" provincial prosecutors office", "Provincial Prosecutor's Office"},
	{" provincial court", "Provincial Court"},
	{" city prosecutor's office", "City Prosecutor's Office"},
	{" city court", "City Court"},
	{" municipal public security bureau", "Municipal Public Security Bureau"},
	{" provincial public security department", "Provincial Public Security Department"},
	{" province public security department", "Provincial Public Security Department"},
	{" county public security bureau", "County Public Security Bureau"},
	{" city public security bureau", "City Public Security Bureau"},
	{" public security bureau", "Public Security Bureau"},
	{" city party committee", "City Party Committee"},
	{" city people's committee", "City People's Committee"},
}

// localWordLens has bit n set when a local word of findLowerLocalBodies
// has n bytes.
const localWordLens = 1<<len("city") | 1<<len("county") | 1<<len("province") | 1<<len("municipal") |
	1<<len("provincial") | 1<<len("prefectural") | 1<<len("public")

// findLowerLocalBodies finds lower-case local heads after a capitalised
// place of the region: "Hyogo prefectural police" is the Hyogo Prefectural
// Police. words are the text's words, so that the rule costs no scan, and
// local the indexes of those that may be a local word (see pickedWords).
func findLowerLocalBodies(text string, words []word, local []int32, places placeIndex, hits []patternHit) []patternHit {
	for _, i := range local {
		w := &words[i]
		switch w.text {
		case "prefectural", "provincial", "municipal", "city", "county", "province", "public":
		default:
			continue
		}
		at := w.start - 1
		if at < 1 || text[at] != ' ' {
			continue
		}
		for _, lh := range lowerLocalHeads {
			if !strings.HasPrefix(text[at:], lh.phrase) {
				continue
			}
			end := at + len(lh.phrase)
			if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && isWordRune(r) {
				break
			}
			start, iso, ok := placeBefore(text, at, places)
			if !ok {
				break
			}
			h := patternHit{start: start, key: start, end: end, kind: "agency", country: iso, name: text[start:at] + " " + lh.name}
			if strings.HasSuffix(lh.name, "Court") {
				h.kind = "court"
			}
			if strings.Contains(lh.phrase, "public security") && iso != "CN" {
				break // China's police, named by their jurisdiction
			}
			if iso == "KP" || iso == "CN" {
				// The place under its standard romanisation, the text's
				// spelling beside it: "Yanggang provincial party committee",
				// "Jangbaek county public security bureau".
				if _, place := places.regionName(text[start:at]); place != "" && place != text[start:at] {
					h.alias, h.name = h.name, place+" "+lh.name
				}
			}
			hits = append(hits, h)
			break
		}
	}
	return hits
}

// findMainCustoms finds South Korea's regional customs offices, named by
// their city and "Main Customs" (인천본부세관 is "Incheon Main Customs"): a
// proper name, unlike a border town's customs house ("Dandong customs").
func findMainCustoms(text string, places placeIndex, hits []patternHit) []patternHit {
	// Searched from its capital M, rarer than the space before it.
	const head = "Main Customs"
	for i := 1; i < len(text); {
		j := strings.Index(text[i:], head)
		if j < 0 {
			return hits
		}
		at := i + j
		end := at + len(head)
		i = end
		if text[at-1] != ' ' {
			continue
		}
		at--
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && isWordRune(r) {
			continue // "Main Customs Office" is read whole by the body rule
		}
		if start, iso, ok := placeBefore(text, at, places); ok && iso == "KR" {
			hits = append(hits, patternHit{start: start, key: start, end: end, kind: "customs", country: iso})
		}
	}
	return hits
}

// placeBefore returns the start of the one or two capitalised words that end
// at at and name a town or province of the region, and its country.
func placeBefore(text string, at int, places placeIndex) (int, string, bool) {
	start, found, iso := at, -1, ""
	for n := 0; n < 2; n++ {
		ws := runStart(text, start, isWordRune)
		if ws == start {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[ws:]); !isUpperRune(r) {
			break
		}
		if c, kind := places.placeOf(text[ws:at]); kind == "town" {
			found, iso = ws, c
		}
		if ws < 1 || text[ws-1] != ' ' {
			break
		}
		start = ws - 1
	}
	return found, iso, found >= 0
}

// storeHeads are the heads of a named shop: "Taesong department store",
// "Kwangbok Department Store".
var storeHeads = []string{" department store", " Department Store"}

// findStores finds department stores named by a word that is neither a
// place nor a describing word: "the Taesong department store", not "a
// Pyongyang department store" or "the state department store". stores are
// the indexes of the words that may be "department" (see pickedWords).
func findStores(text string, words []word, stores []int32, places placeIndex, hits []patternHit) []patternHit {
	for _, k := range stores {
		k := int(k)
		dw := &words[k]
		if len(dw.text) != len("department") || dw.text != "department" && dw.text != "Department" || k+1 >= len(words) || dw.start < 1 {
			continue
		}
		{
			at := dw.start - 1
			head := " " + dw.text + " " + words[k+1].text
			if head != storeHeads[0] && head != storeHeads[1] || !strings.HasPrefix(text[at:], head) {
				continue
			}
			end := at + len(head)
			if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && isWordRune(r) {
				continue
			}
			// One or two capitalised name words before the head.
			start, distinct, country, ok := at, false, "", true
			for pos, n := at, 0; n < 2 && ok; n++ {
				ws := runStart(text, pos, isWordRune)
				w := text[ws:pos]
				if r, _ := utf8.DecodeRuneInString(w); w == "" || !isUpperRune(r) || latinStop[w] || sentenceStarters[w] || strings.HasSuffix(w, "'s") {
					break
				}
				switch c, kind := places.placeOf(w); {
				case kind == "town":
					country = c
				case kind == "" && !placeOrGeneric(w) && !bodyDescriptors[w] && !outletWords[w]:
					distinct = true
				default:
					ok = false // a country, a people or a describing word
				}
				start = ws
				if ws < 1 || text[ws-1] != ' ' {
					break
				}
				pos = ws - 1
			}
			if !ok || !distinct || titleCaseLine(text, at) {
				continue
			}
			if start >= 4 && theBefore(text[start-4:start]) {
				start -= 4
			}
			hits = append(hits, patternHit{start: start, key: start, end: end, kind: "enterprise", country: country})
		}
	}
	return hits
}

func isWordRune(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r >= 0x80 && unicode.IsLetter(r)
}

func isUpperRune(r rune) bool { return 'A' <= r && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r) }

// hangulLocalHeads are the Korean local-body heads after a province, city
// or county, grouped by the ending a scan looks for: 양강도당위원회 is the
// Ryanggang Provincial Party Committee, 양강도 검찰소 the Ryanggang
// Provincial Prosecutor's Office.
var hangulLocalHeads = []struct {
	ending string
	heads  []struct{ ko, en string }
}{
	{"위원회", []struct{ ko, en string }{
		{"당위원회", "Party Committee"}, {"인민위원회", "People's Committee"}, {"농촌경리위원회", "Rural Economy Committee"}}},
	{"검찰소", []struct{ ko, en string }{{"검찰소", "Prosecutor's Office"}}},
	{"재판소", []struct{ ko, en string }{{"재판소", "Court"}}},
}

// hangulLocalLevels render the place's last syllable.
var hangulLocalLevels = map[string]string{"도": "Provincial", "시": "City", "군": "County"}

func findHangulLocalBodies(text string, places placeIndex, hits []patternHit) []patternHit {
	for _, group := range hangulLocalHeads {
		for i := 0; ; {
			j := strings.Index(text[i:], group.ending)
			if j < 0 {
				break
			}
			at := i + j
			end := at + len(group.ending)
			i = end
			if r, size := utf8.DecodeRuneInString(text[end:]); isHangul(r) && !hangulParticles[text[end:end+size]] {
				continue
			}
			for _, lh := range group.heads {
				stem := strings.TrimSuffix(lh.ko, group.ending)
				if !strings.HasSuffix(text[:at], stem) {
					continue
				}
				if h, ok := hangulLocalBody(text, at-len(stem), end, lh.en, places); ok {
					hits = append(hits, h)
					break
				}
			}
		}
	}
	return hits
}

// hangulLocalBody reads the place that ends at pe, before a local head
// whose English name is en and which ends at end: 양강도 (a province),
// 혜산시 (a city), with or without a space before the head.
func hangulLocalBody(text string, pe, end int, en string, places placeIndex) (patternHit, bool) {
	if strings.HasSuffix(text[:pe], " ") {
		pe-- // 양강도 당위원회
	}
	ps := runStart(text, pe, isHangul)
	place := text[ps:pe]
	last, size := utf8.DecodeLastRuneInString(place)
	level, ok := hangulLocalLevels[string(last)]
	if !ok || utf8.RuneCountInString(place) < 2 {
		return patternHit{}, false
	}
	iso, name := places.regionName(place)
	if name == "" {
		iso, name = places.regionName(place[:len(place)-size])
	}
	if name == "" {
		return patternHit{}, false
	}
	kind := "agency"
	if strings.HasSuffix(en, "Court") {
		kind = "court"
	}
	return patternHit{start: ps, key: ps, end: end, kind: kind, country: iso, name: name + " " + level + " " + en}, true
}
