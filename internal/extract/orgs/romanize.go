package orgs

import (
	"strings"
	"unicode/utf8"
)

// romanize renders a Korean name in the romanisation North Korea uses for
// its own names abroad (the 1992 system as sanctions lists and the Korean
// Central News Agency write it, without breves): 광명 → Kwangmyong, 련봉 →
// Ryonbong, 남천강 → Namchongang, 천리마 → Chollima, 장자산 → Jangjasan.
// Plain stops are voiced inside a word after a vowel or a voiced final; a
// final moves onto a following vowel; ㄴ/ㄹ before ㄹ give "ll"; a stop
// before a nasal is nasalised. Each space-separated word is capitalised.
// ok is false when s holds anything but Hangul syllables and spaces.
func romanize(s string) (string, bool) {
	var b strings.Builder
	for wi, word := range strings.Fields(s) {
		if wi > 0 {
			b.WriteByte(' ')
		}
		first := true
		prevFinal := -1 // the previous syllable's final index, -1 at the start of a word
		for i := 0; i < len(word); {
			r, size := utf8.DecodeRuneInString(word[i:])
			if !isHangul(r) {
				return "", false
			}
			i += size
			n := int(r - 0xAC00)
			ini, med, fin := n/(21*28), n%(21*28)/28, n%28
			nextIni := -1
			if nr, _ := utf8.DecodeRuneInString(word[i:]); i < len(word) && isHangul(nr) {
				nextIni = int(nr-0xAC00) / (21 * 28)
			}
			syl := initialAfter(ini, prevFinal) + romVowels[med] + finalBefore(fin, nextIni)
			if first {
				syl = strings.ToUpper(syl[:1]) + syl[1:]
				first = false
			}
			b.WriteString(syl)
			prevFinal = fin
		}
	}
	return b.String(), b.Len() > 0
}

// Jamo indexes (initials and finals) used by the rules below.
const (
	iG, iN, iD, iR, iM, iB, iNone                           = 0, 2, 3, 5, 6, 7, 11
	fNone, fG, fN, fD, fL, fM, fB, fS, fNG, fJ, fCh, fT, fH = 0, 1, 4, 7, 8, 16, 17, 19, 21, 22, 23, 25, 27
)

var romInitials = [19]string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"}

var romVowels = [21]string{"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"}

// romFinals are the finals as they sound at the end of a word.
var romFinals = [28]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}

// linked are finals as they sound when they move onto a following vowel.
var linked = map[int]string{fG: "g", fN: "n", fD: "d", fL: "r", fM: "m", fB: "b", fS: "s", fJ: "j", fCh: "ch", fT: "th", fH: ""}

// initialAfter is the initial ini after a syllable whose final is prev
// (-1 at the start of a word).
func initialAfter(ini, prev int) string {
	switch {
	case ini == iNone && prev > 0:
		if _, ok := linked[prev]; ok {
			return "" // the final was written as this syllable's initial
		}
	case ini == iR && (prev == fN || prev == fL):
		return "l" // 천리마 Chollima: the final already gave one l
	case ini == iR && prev > 0 && prev != fM && prev != fNG:
		return "n" // 독립 Tongnip, 목란 Mongnan; but 승리 Sungri
	case prev == -1:
	case prev == fNone || prev == fN || prev == fL || prev == fM || prev == fNG:
		switch ini { // voiced between voiced sounds
		case iG:
			return "g"
		case iD:
			return "d"
		case iB:
			return "b"
		}
	}
	return romInitials[ini]
}

// finalBefore is the final fin before a syllable whose initial is next
// (-1 at the end of a word).
func finalBefore(fin, next int) string {
	if fin == fNone {
		return ""
	}
	switch {
	case next == iNone:
		if l, ok := linked[fin]; ok {
			return l
		}
	case next == iR && fin == fN:
		return "l"
	case next == iN || next == iM || next == iR:
		switch romFinals[fin] {
		case "k":
			return "ng"
		case "p":
			return "m"
		case "t":
			return "n"
		}
	}
	return romFinals[fin]
}
