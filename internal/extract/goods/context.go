package goods

import (
	"strings"
	"unicode/utf8"
)

// The rules in this file read a few words around each mention, so that a
// name counts only where the text treats it as a good:
//
//   - a name that modifies a place or body ("steel mills", "copper mine
//     products", "the electronics market", 의류 공장) names no good;
//   - a vehicle, vessel or aircraft is a good only where the text trades it
//     ("imported used trucks", "dump trucks made in China", "vehicle sales",
//     중국산 오토바이), not where it carries other goods ("by truck",
//     "tankers flying flags of convenience", 트럭에 실어);
//   - a bare head noun ("oil") that a more specific good of the same text
//     ends with ("soybean oil") is that good again, and "the molybdenum"
//     after "molybdenum concentrate" refers back to the concentrate.

// facilityNouns follow a good's name when the name only modifies a place,
// a business or a trade: "steel mills", "textile factories".
var facilityNouns = []string{
	"mill", "mills", "mine", "mines", "mining", "factory", "factories", "plant", "plants",
	"works", "workshop", "workshops", "industry", "industries", "market", "markets",
	"shop", "shops", "store", "stores", "sector", "complex", "enterprise", "enterprises",
	"farm", "farms", "ranch", "orchard", "orchards",
}

// facilityNounsCJK follow a Korean or Chinese name with or without a space.
var facilityNounsCJK = []string{"공장", "광산", "탄광", "시장", "업체", "상점", "기업소", "工厂", "矿山", "市场"}

// conveyanceClasses are the classes whose goods more often carry cargo than
// are cargo.
var conveyanceClasses = map[string]bool{"vehicles": true, "vessels": true, "aircraft": true}

// tradeBefore are stems that, shortly before a vehicle's name in the same
// sentence, show it is traded: "imported used Chinese trucks", "the UN ban
// on sending vehicles".
var tradeBefore = []string{
	"import", "export", "sold", "sell", "sale", "buy", "bought", "purchas", "smuggl", "ban ", "banned",
	"used ", "second-hand", "secondhand", "new ", "-made", "luxury", "supplied", "deliver",
	"수입", "수출", "밀수", "판매", "구입", "중국산", "일본산", "러시아산", "중고", "제재",
}

// tradeAfter are stems that, right after a vehicle's name, show it is traded:
// "vehicle sales", "trucks made in China", "limousines worth", 오토바이가 팔리고.
var tradeAfter = []string{
	"sale", "export", "import", "made in", "worth", "cost", "sell", "sold", "for sale", "price", "ban",
	"팔리", "팔고", "판매", "수입", "수출", "가격", "값은", "값이",
}

const (
	tradeBeforeBytes = 48
	tradeAfterBytes  = 24
)

// modifiesFacility reports whether the mention text[start:end] is followed by
// a noun that makes it a modifier of a place or business.
func modifiesFacility(text string, start, end int) bool {
	rest := text[end:]
	if r, _ := utf8.DecodeRuneInString(text[start:]); r >= 0x1100 {
		rest = strings.TrimLeft(rest, " ")
		for _, n := range facilityNounsCJK {
			if strings.HasPrefix(rest, n) {
				return true
			}
		}
		return false
	}
	if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "-") {
		return false
	}
	word := nextWord(rest[1:])
	for _, n := range facilityNouns {
		if strings.EqualFold(word, n) {
			return true
		}
	}
	return false
}

// nextWord is the run of ASCII letters at the start of s.
func nextWord(s string) string {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return s[:i]
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// traded reports whether the words around the mention text[start:end] show
// that it is bought, sold, moved as cargo or banned as a good.
func traded(text string, start, end int) bool {
	lo := max(0, start-tradeBeforeBytes)
	before := text[lo:start]
	if i := strings.LastIndexAny(before, ".!?;\n"); i >= 0 {
		before = before[i+1:]
	}
	hi := min(len(text), end+tradeAfterBytes)
	after := text[end:hi]
	if i := strings.IndexAny(after, ".!?;\n"); i >= 0 {
		after = after[:i]
	}
	return containsAnyFold(before, tradeBefore) || containsAnyFold(after, tradeAfter)
}

// containsAnyFold reports whether s contains one of the stems, ignoring the
// case of ASCII letters. The windows are a few dozen bytes, so a lowered copy
// is cheap.
func containsAnyFold(s string, stems []string) bool {
	if s == "" {
		return false
	}
	low := strings.ToLower(s)
	for _, st := range stems {
		if strings.Contains(low, st) {
			return true
		}
	}
	return false
}

// headOf is the last word of a Latin mention, lower-cased and without a
// regular plural ending, and whether the mention is a single word.
func headOf(s string) (head string, single bool) {
	i := lastSep(s)
	return singular(lowerASCII(s[i+1:])), i < 0
}

// lastSep is the index of the last space or hyphen of s, or -1.
func lastSep(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' || s[i] == '-' {
			return i
		}
	}
	return -1
}

// lowerASCII lower-cases the ASCII letters of s, copying only when needed.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// firstOf is the first word of a Latin mention, lower-cased.
func firstOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '-' {
			s = s[:i]
			break
		}
	}
	return lowerASCII(s)
}

// definiteBefore reports whether "the " directly precedes text[start:].
func definiteBefore(text string, start int) bool {
	return start >= 4 && strings.EqualFold(text[start-4:start], "the ")
}
