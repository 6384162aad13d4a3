package gazetteer

import (
	"strings"
	"unicode/utf8"
)

// North Korea's counties and county-level cities reach GeoNames in
// McCune–Reischauer romanisation only ("Ch’ŏlsan-gun"), while Korean
// reports name them in Hangul (철산군). MR spells Korean sounds closely
// enough to be read back: the syllables are parsed and written in Hangul,
// with the level word the romanised form carries (-gun 군, -si 시, -guyŏk
// 구역). Where MR writes a sound change (백암 "Paegam", 룡림 "Ryongnim")
// the spelling is not certain, and every likely one is added. Only the
// forms with the level word are added: bare county names are often common
// words (고원 "highland", 신흥 "emerging").

// mrOnsets are the MR initial consonants, longest first, and their jamo
// index (ㄱ 0 … ㅎ 18; ㅇ 11 is no consonant).
var mrOnsets = []struct {
	mr string
	j  int
}{
	{"tch", 13}, {"ch'", 14}, {"kk", 1}, {"tt", 4}, {"pp", 8}, {"ss", 10}, {"k'", 15}, {"t'", 16},
	{"p'", 17}, {"ch", 12}, {"k", 0}, {"g", 0}, {"n", 2}, {"t", 3}, {"d", 3}, {"r", 5}, {"l", 5},
	{"m", 6}, {"p", 7}, {"b", 7}, {"s", 9}, {"j", 12}, {"h", 18},
}

// mrVowels are the MR vowels, longest first, and their jamo index.
var mrVowels = []struct {
	mr string
	j  int
}{
	{"yae", 3}, {"wae", 10}, {"ŭi", 19}, {"ae", 1}, {"ya", 2}, {"yŏ", 6}, {"ye", 7}, {"wa", 9},
	{"oe", 11}, {"yo", 12}, {"wŏ", 14}, {"we", 15}, {"wi", 16}, {"yu", 17}, {"a", 0}, {"ŏ", 4},
	{"e", 5}, {"o", 8}, {"u", 13}, {"ŭ", 18}, {"i", 20},
}

// mrCodas are the MR final consonants and their jamo index.
var mrCodas = []struct {
	mr string
	j  int
}{{"ng", 21}, {"k", 1}, {"n", 4}, {"t", 7}, {"l", 8}, {"m", 16}, {"p", 17}}

type mrSyl struct{ on, vo, co int } // co 0: none

// maxHangulVariants bounds the spellings added per name.
const maxHangulVariants = 8

// hangulOfMR returns the likely Hangul spellings of an MR syllable string
// ("ch'ŏlsan"; lower case, apostrophes ASCII), or nil if it is not one.
func hangulOfMR(s string) []string {
	var out []string
	var cur []mrSyl
	var walk func(i int)
	walk = func(i int) {
		if len(out) >= 4*maxHangulVariants {
			return
		}
		if i == len(s) {
			if len(cur) > 0 {
				out = appendVariants(out, cur)
			}
			return
		}
		if s[i] == '\'' && len(cur) > 0 && cur[len(cur)-1].co == 4 {
			walk(i + 1) // a syllable break: "Sin'gye"
			return
		}
		for _, o := range append([]struct {
			mr string
			j  int
		}{{"", 11}}, mrOnsets...) {
			if !strings.HasPrefix(s[i:], o.mr) {
				continue
			}
			if o.mr == "g" && len(cur) > 0 && cur[len(cur)-1].co == 4 && s[i-1] != '\'' {
				continue // MR writes ㄴ+ㄱ "n'g"; "ng" before a vowel is ㅇ
			}
			j := i + len(o.mr)
			for _, v := range mrVowels {
				if !strings.HasPrefix(s[j:], v.mr) {
					continue
				}
				k := j + len(v.mr)
				// No final consonant, or one before a consonant or the end.
				cur = append(cur, mrSyl{o.j, v.j, 0})
				walk(k)
				cur = cur[:len(cur)-1]
				for _, c := range mrCodas {
					if !strings.HasPrefix(s[k:], c.mr) {
						continue
					}
					m := k + len(c.mr)
					if m < len(s) && isMRVowelStart(s[m:]) && c.mr != "ng" {
						continue // a consonant between vowels begins the next syllable; ㅇ cannot
					}
					cur = append(cur, mrSyl{o.j, v.j, c.j})
					walk(m)
					cur = cur[:len(cur)-1]
				}
				break // the longest vowel only
			}
		}
	}
	walk(0)
	if len(out) > maxHangulVariants {
		out = out[:maxHangulVariants]
	}
	return out
}

func isMRVowelStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'ŏ', 'ŭ', 'w', 'y':
		return true
	}
	return false
}

// appendVariants adds the spellings of one parse: as parsed, and undoing
// the sound changes MR writes — ㄱ before a vowel written as the next
// syllable's g ("Nagwŏn" 낙원), ㅇ/ㄱ+ㄹ written ng+n ("Ryongnim" 룡림),
// and the South's initial-sound rule (룡천 is 용천 in Seoul's spelling).
func appendVariants(out []string, p []mrSyl) []string {
	base := append([]mrSyl(nil), p...)
	vars := [][]mrSyl{base}
	for i := 1; i < len(base); i++ {
		prev, s := base[i-1], base[i]
		var alt []mrSyl
		switch {
		case prev.co == 0 && s.on == 0: // g between vowels: ㄱ final, no initial
			alt = append([]mrSyl(nil), base...)
			alt[i-1].co, alt[i].on = 1, 11
		case prev.co == 0 && s.on == 2: // n between vowels: ㄴ final ("Sinwŏn" 신원)
			alt = append([]mrSyl(nil), base...)
			alt[i-1].co, alt[i].on = 4, 11
		case prev.co == 0 && s.on == 5: // r between vowels: ㄹ final ("Ch’ŏrwŏn" 철원)
			alt = append([]mrSyl(nil), base...)
			alt[i-1].co, alt[i].on = 8, 11
		case prev.co == 0 && s.on == 6: // m between vowels: ㅁ final
			alt = append([]mrSyl(nil), base...)
			alt[i-1].co, alt[i].on = 16, 11
		case (prev.co == 21 || prev.co == 16 || prev.co == 1) && s.on == 2: // ng+n, m+n: ㄹ initial
			alt = append([]mrSyl(nil), base...)
			alt[i].on = 5
		case prev.co == 8 && s.on == 5: // ll: ㄴ+ㄹ
			alt = append([]mrSyl(nil), base...)
			alt[i-1].co = 4
		}
		if alt != nil {
			for _, v := range vars {
				w := append([]mrSyl(nil), v...)
				w[i-1], w[i] = alt[i-1], alt[i]
				vars = append(vars, w)
				if len(vars) >= maxHangulVariants {
					break
				}
			}
		}
	}
	for _, v := range vars {
		out = appendUnique(out, hangulString(v))
		if v[0].on == 5 { // the South's spelling of an initial ㄹ
			w := append([]mrSyl(nil), v...)
			switch w[0].vo {
			case 2, 3, 6, 7, 12, 17, 20: // before i and y-vowels ㄹ is dropped
				w[0].on = 11
			default:
				w[0].on = 2
			}
			out = appendUnique(out, hangulString(w))
		}
	}
	return out
}

func appendUnique(out []string, s string) []string {
	for _, o := range out {
		if o == s {
			return out
		}
	}
	return append(out, s)
}

func hangulString(p []mrSyl) string {
	var b strings.Builder
	for _, s := range p {
		b.WriteRune(rune(0xAC00 + (s.on*21+s.vo)*28 + s.co))
	}
	return b.String()
}

// mrLevels are the level words of MR forms and their Hangul.
var mrLevels = []struct{ mr, ko string }{
	{"-gun", "군"}, {"-kun", "군"}, {"-si", "시"}, {"-guyŏk", "구역"}, {"-kuyŏk", "구역"},
}

// apostrophes maps the typographic apostrophes of MR names to ASCII.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'")

// hangulLevelNames returns the Hangul forms, with their level word, of a
// North Korean county's or city's MR name ("Ch’ŏlsan-gun" → 철산군).
func hangulLevelNames(name string) []string {
	for _, l := range mrLevels {
		stem, ok := strings.CutSuffix(name, l.mr)
		if !ok || stem == "" {
			continue
		}
		stem = strings.ToLower(apostrophes.Replace(stem))
		if strings.Contains(stem, "eo") || strings.Contains(stem, "eu") {
			return nil // Revised Romanisation ("Seonggan-gun"), not MR
		}
		for _, r := range stem {
			if !(r >= 'a' && r <= 'z' || r == 'ŏ' || r == 'ŭ' || r == '\'') {
				return nil
			}
		}
		var out []string
		for _, h := range hangulOfMR(stem) {
			if utf8.RuneCountInString(h) >= 2 {
				out = append(out, h+l.ko)
			}
		}
		return out
	}
	return nil
}

// addHangulLevelNames adds to North Korea's second-level divisions the
// Hangul forms of their MR names, as alternate names. A form that already
// names a place of either Korea (혜산시 the city, 고성군 the South's county)
// is left to it.
func (g *Gazetteer) addHangulLevelNames() {
	taken := map[string]bool{}
	for i := range g.entries {
		if e := &g.entries[i]; e.Country == "KP" || e.Country == "KR" {
			for _, n := range e.Names {
				taken[n] = true
			}
		}
	}
	for i := range g.entries {
		e := &g.entries[i]
		if e.Country != "KP" || e.Kind != KindAdmin2 {
			continue
		}
		var add []string
		for _, n := range e.Names {
			for _, h := range hangulLevelNames(n) {
				if !taken[h] {
					add = appendUnique(add, h)
				}
			}
		}
		e.Names = append(e.Names, add...)
	}
}
