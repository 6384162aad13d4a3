package orgs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// courtLevels are the words before "Court" that make a named court of law:
// "Incheon District Court", "Seoul High Court", "Osaka District Court".
var courtLevels = []string{"District", "High", "Circuit", "Appeals", "Intermediate People's", "Higher People's", "Summary", "Family", "Criminal"}

// findCourts appends the named courts of law in text: a place (and its
// part: "Seoul Central", "Southern") before a court level and "Court", and
// for US federal courts the district after it ("US District Court for the
// Central District of California"). A court with no name before its level
// ("the district court", "a High Court") is not named.
func findCourts(text string, hits []patternHit) []patternHit {
	for i := 0; ; {
		j := strings.Index(text[i:], " Court")
		if j < 0 {
			return hits
		}
		at := i + j // the space before "Court"
		end := at + len(" Court")
		i = end
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // "Courts", "Courtney"
		}
		level := ""
		for _, l := range courtLevels {
			if strings.HasSuffix(text[:at], " "+l) {
				level = l
				break
			}
		}
		if level == "" {
			continue
		}
		ls := at - len(level) // start of the level words
		// Walk back over capitalised name words joined by single spaces.
		start, words := ls, 0
		for words < 4 && start >= 2 && text[start-1] == ' ' {
			ws := start - 1
			for ws > 0 {
				r, size := utf8.DecodeLastRuneInString(text[:ws])
				if !unicode.IsLetter(r) && r != '.' && r != '-' {
					break
				}
				ws -= size
			}
			w := text[ws : start-1]
			if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) || latinStop[w] {
				break
			}
			start, words = ws, words+1
		}
		if words == 0 {
			continue
		}
		h := patternHit{start: start, key: start, end: end, kind: "court"}
		first := latinWord(text, start)
		if c, ok := latinPlaces[first]; ok && c != "" {
			h.country = c
		} else if first == "US" || first == "U.S." {
			h.country = "US"
		}
		if tail := usDistrictTail(text[end:]); tail > 0 {
			h.end += tail
		}
		if first == "U.S." {
			h.name = "US" + text[start+len(first):h.end] // the usual English form of the name
		}
		if start >= 4 && theBefore(text[start-4:start]) {
			h.start = start - 4
		}
		hits = append(hits, h)
	}
}

// usDistrictTail is the length of a US federal court's district after its
// name: " for the Central District of California", " for the District of
// Columbia"; 0 when none follows.
func usDistrictTail(s string) int {
	rest, ok := strings.CutPrefix(s, " for the ")
	if !ok {
		return 0
	}
	n := len(s) - len(rest)
	// Optional part of the state ("Central", "Southern", "Eastern") then
	// "District of" and one to three capitalised words.
	if k := strings.Index(rest, "District of "); k < 0 || k > 12 {
		return 0
	} else {
		n += k + len("District of ")
		rest = rest[k+len("District of "):]
	}
	got := 0
	for w := 0; w < 3; w++ {
		e := strings.IndexAny(rest, " ,.;)")
		if e < 0 {
			e = len(rest)
		}
		word := rest[:e]
		if r, _ := utf8.DecodeRuneInString(word); word == "" || !unicode.IsUpper(r) {
			break
		}
		got = n + e
		if e == len(rest) || rest[e] != ' ' {
			break
		}
		n += e + 1
		rest = rest[e+1:]
	}
	return got
}
