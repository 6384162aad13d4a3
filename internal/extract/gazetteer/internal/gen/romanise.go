package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/gazetteer/internal/fold"
)

// North Korean places are named in GeoNames in McCune–Reischauer (MR,
// "Chŏngju", "Kaech’ŏn", "P’yŏngsŏng"), but reports write them in North
// Korea's own romanisation without diacritics, as its news agency and most
// outlets do ("Jongju", "Jongphyong", "Phyongyang"), or in South Korea's
// Revised Romanisation (RR: "Gaecheon", "Gujang", "Hamheung"). MR marks
// every distinction the other two make (aspiration with an apostrophe, ŏ
// and ŭ with a breve), so both follow from an MR name letter by letter;
// a name without those marks (an ASCII alternate) is ambiguous and left
// alone.

// romanisations returns the North Korean and RR forms of an MR name, or
// nothing when name carries no MR mark.
func romanisations(name string) []string {
	if !isMR(name) {
		return nil
	}
	return []string{convertWords(name, false), convertWords(name, true)}
}

// convertWords converts each word of name but the English level words
// ("Kaech’ŏn City").
func convertWords(name string, rr bool) string {
	words := strings.Split(name, " ")
	for i, w := range words {
		if !englishLevel[w] {
			words[i] = mrConvert(w, rr)
		}
	}
	return strings.Join(words, " ")
}

var englishLevel = map[string]bool{"City": true, "County": true, "District": true, "Port": true, "River": true, "Island": true, "Islands": true}

// isMR reports whether name is written in MR with its marks: a breve or an
// aspiration apostrophe after a consonant.
func isMR(name string) bool {
	prev := rune(0)
	for _, r := range name {
		switch {
		case r == 'ŏ' || r == 'ŭ' || r == 'Ŏ' || r == 'Ŭ':
			return true
		case fold.IsApostrophe(r) && strings.ContainsRune("kKtTpPhH", prev):
			return true
		}
		prev = r
	}
	return false
}

// mrConvert rewrites an MR name letter by letter into North Korean
// romanisation without diacritics (rr false) or into RR (rr true).
func mrConvert(name string, rr bool) string {
	rs := []rune(name)
	var b strings.Builder
	b.Grow(len(name) + 4)
	at := func(i int) rune {
		if i < len(rs) {
			return unicode.ToLower(rs[i])
		}
		return 0
	}
	aspirated := func(i int) bool { return i < len(rs) && fold.IsApostrophe(rs[i]) }
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		lr := unicode.ToLower(r)
		upper := unicode.IsUpper(r)
		var out string
		switch {
		case lr == 'c' && at(i+1) == 'h':
			i++
			if aspirated(i + 1) {
				i++
				out = "ch"
			} else {
				out = "j"
			}
		case lr == 't' && at(i+1) == 'c' && at(i+2) == 'h':
			i += 2
			out = "jj" // MR tch: ㅉ
		case lr == 's' && at(i+1) == 'h':
			i++
			out = "s" // MR shi: 시
		case (lr == 'k' || lr == 't' || lr == 'p') && aspirated(i+1):
			i++
			out = string(lr)
			if !rr {
				out += "h"
			}
		case (lr == 'k' || lr == 't' || lr == 'p') && rr && at(i+1) != lr && (i == 0 || at(i-1) != lr) && onsetNext(at(i+1)):
			out = map[rune]string{'k': "g", 't': "d", 'p': "b"}[lr]
		case lr == 'ŏ':
			switch {
			case !rr:
				out = "o"
			case i > 0 && at(i-1) == 'w':
				out = "o" // wŏ: RR wo
			default:
				out = "eo"
			}
		case lr == 'ŭ':
			switch {
			case !rr || at(i+1) == 'i':
				out = "u" // ŭi: RR ui
			default:
				out = "eu"
			}
		case fold.IsApostrophe(r):
			out = "" // n’g and the like: a syllable break
		default:
			out = string(lr)
		}
		if out == "" {
			continue
		}
		if upper {
			rr0, n := utf8.DecodeRuneInString(out)
			out = string(unicode.ToUpper(rr0)) + out[n:]
		}
		b.WriteString(out)
	}
	return b.String()
}

// onsetNext reports whether a consonant before r begins a syllable: a
// vowel or a glide follows it.
func onsetNext(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'ŏ', 'ŭ', 'y', 'w':
		return true
	}
	return false
}
