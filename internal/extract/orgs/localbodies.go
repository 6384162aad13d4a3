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
	{" municipal public security bureau", "Municipal Public Security Bureau"},
	{" city party committee", "City Party Committee"},
	{" city people's committee", "City People's Committee"},
}

// findLowerLocalBodies finds lower-case local heads after a capitalised
// place of the region: "Hyogo prefectural police" is the Hyogo Prefectural
// Police. words are the text's words, so that the rule costs no scan.
func findLowerLocalBodies(text string, words []word, places placeIndex, hits []patternHit) []patternHit {
	for i := range words {
		w := &words[i]
		if n := len(w.text); n != 4 && (n < 9 || n > 11) {
			continue // the length of none of the words below: a cheap first test
		}
		switch w.text {
		case "prefectural", "provincial", "municipal", "city":
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
			hits = append(hits, patternHit{start: start, key: start, end: end, kind: "agency", country: iso,
				name: text[start:at] + " " + lh.name})
			break
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
// Pyongyang department store" or "the state department store".
func findStores(text string, words []word, places placeIndex, hits []patternHit) []patternHit {
	for k := range words {
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
// or county: 양강도당위원회 is the Ryanggang Provincial Party Committee.
var hangulLocalHeads = []struct{ ko, en string }{
	{"당위원회", "Party Committee"}, {"인민위원회", "People's Committee"}, {"농촌경리위원회", "Rural Economy Committee"},
}

// hangulLocalLevels render the place's last syllable.
var hangulLocalLevels = map[string]string{"도": "Provincial", "시": "City", "군": "County"}

func findHangulLocalBodies(text string, places placeIndex, hits []patternHit) []patternHit {
	for i := 0; ; {
		j := strings.Index(text[i:], "위원회")
		if j < 0 {
			return hits
		}
		at := i + j
		end := at + len("위원회")
		i = end
		if r, size := utf8.DecodeRuneInString(text[end:]); isHangul(r) && !hangulParticles[text[end:end+size]] {
			continue
		}
		for _, lh := range hangulLocalHeads {
			stem := strings.TrimSuffix(lh.ko, "위원회")
			if !strings.HasSuffix(text[:at], stem) {
				continue
			}
			pe := at - len(stem)
			if strings.HasSuffix(text[:pe], " ") {
				pe-- // 양강도 당위원회
			}
			ps := runStart(text, pe, isHangul)
			place := text[ps:pe]
			last, size := utf8.DecodeLastRuneInString(place)
			level, ok := hangulLocalLevels[string(last)]
			if !ok || utf8.RuneCountInString(place) < 2 {
				continue
			}
			iso, name := places.regionName(place)
			if name == "" {
				iso, name = places.regionName(place[:len(place)-size])
			}
			if name == "" {
				continue
			}
			hits = append(hits, patternHit{start: ps, key: ps, end: end, kind: "agency", country: iso,
				name: name + " " + level + " " + lh.en})
			break
		}
	}
}
