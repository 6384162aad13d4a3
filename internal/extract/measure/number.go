package measure

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxValue bounds every amount the package returns; larger figures are
// rejected as noise ("10^100 yuan", runaway digit strings).
const maxValue = 1e15

// maxDigits bounds the length of a digit token that is parsed at all.
const maxDigits = 24

// OpenMax is the Max that ParseNumber returns for an open-ended amount
// ("more than 300"). It is finite so that it can never leak an Inf.
const OpenMax = math.MaxFloat64

// numExpr is a parsed number expression over tokens [qi, j): an optional
// qualifier starting at qi, the value starting at vi.
type numExpr struct {
	qi, vi, j int
	min, max  float64 // max == min for an exact figure
	open      bool    // no upper bound ("more than 300")
	ranged    bool    // a range or a vague word: max is meaningful
	vague     bool    // "thousands", "several"
	words     bool    // written in words ("two"), not digits
	qual      string  // about, over, under, nearly, at least, up to
	between   bool    // introduced by "between", so "and" makes a range
	link      int     // token joining a range ("to", "–"), when ranged by rangeTail
}

// ParseNumber reads one number expression in words or digits: "800",
// "1,000", "1.2 million", "thousands", "tens of thousands", "a few",
// "about 200", "more than 300", "500–600", "500 to 600", "16만", "2만5천",
// "수천". min and max bound the value; max equals min for an exact figure,
// is OpenMax for an open-ended one ("over 300"), and min is 0 for "under"
// and "up to". ok is false unless the whole of s is one number expression.
func ParseNumber(s string) (min, max float64, ok bool) {
	sc := newScanner(s, zeroTime, nil)
	defer sc.release()
	if len(sc.toks) == 0 {
		return 0, 0, false
	}
	n, ok := sc.number(0, false)
	if !ok || !sc.onlyTrailing(n.j) {
		return 0, 0, false
	}
	lo, hi, open := n.bounds()
	if open {
		hi = OpenMax
	}
	return lo, hi, true
}

// bounds applies the qualifier: over/at least open the top, under/up to
// drop the bottom to zero.
func (n numExpr) bounds() (lo, hi float64, open bool) {
	lo, hi = n.min, n.max
	switch n.qual {
	case "over", "at least":
		if !n.ranged {
			open = true
		}
	case "under", "up to":
		if !n.ranged {
			lo = 0
		}
	}
	return lo, hi, open || n.open
}

// onlyTrailing reports whether tokens from j on are only closing punctuation.
func (sc *scanner) onlyTrailing(j int) bool {
	for ; j < len(sc.toks); j++ {
		if !sc.isSym(j, ".", ",", ";", ")", "!", "?") {
			return false
		}
	}
	return true
}

// number parses a number expression whose value or qualifier starts at
// token i. With words false, number words ("two") are still accepted; the
// caller decides what to do with them.
func (sc *scanner) number(i int, afterPrefix bool) (numExpr, bool) {
	n := numExpr{qi: i, vi: i}
	if !afterPrefix {
		if q, j, between := sc.qualifierAt(i); j > i {
			n.qual, n.between = q, between
			n.vi = j
		}
	}
	return sc.numberFrom(n)
}

// numberFrom parses the value at n.vi, keeping n's qualifier.
func (sc *scanner) numberFrom(n numExpr) (numExpr, bool) {
	v, v2, j, kind, ok := sc.atom(n.vi)
	if !ok {
		return n, false
	}
	n.min, n.max, n.j = v, v2, j
	n.vague = kind == atomVague
	n.words = kind == atomWords
	n.ranged = n.vague
	if !n.vague && sc.oddSuffix(n.j) {
		// "7,000-odd won", "30-odd trucks", "3,000-plus tonnes"
		if n.qual == "" {
			n.qual = "over"
		}
		n.j += 2
		return n, n.valid()
	}
	if !n.vague {
		sc.rangeTail(&n, "")
	}
	return n, n.valid()
}

// oddSuffix reports "-odd" or "-plus" glued after a figure at token j.
func (sc *scanner) oddSuffix(j int) bool {
	if j+1 >= len(sc.toks) || !sc.isSym(j, "-") || !sc.toks[j].glued || !sc.toks[j+1].glued {
		return false
	}
	w := sc.tokText(j + 1)
	return equalFold(w, "odd") || equalFold(w, "plus")
}

func (n *numExpr) valid() bool {
	return n.min >= 0 && n.max >= n.min && n.max <= maxValue && !math.IsNaN(n.min) && !math.IsNaN(n.max)
}

// rangeTail extends n with "– 600", "to 600" or, after "between", "and 600".
// sym, when set, is a currency symbol that may repeat ("$500-$600").
func (sc *scanner) rangeTail(n *numExpr, sym string) bool {
	j := n.j
	if j >= len(sc.toks) {
		return false
	}
	dash := sc.isSym(j, "-", "–", "—", "~", "〜", "∼")
	if !dash && n.max < 100 && sc.toks[j].kind == tSym && sc.isSym(j, ",") {
		return sc.commaRange(n)
	}
	t := sc.toks[j]
	or := t.kw == kwOr && n.max < 100 // "two or three wagons"
	if !dash && !or && !(t.kw == kwTo || (t.kw == kwAnd && n.between)) {
		return false
	}
	k := j + 1
	if sym != "" && k < len(sc.toks) && sc.tokText(k) == sym {
		k++
	}
	v, v2, e, kind, ok := sc.atom(k)
	if !ok || kind == atomVague || (dash && sc.toks[k].kind != tNum && kind != atomWords) {
		return false
	}
	lo := n.min
	if or && v >= 100 && v == v2 && n.min == n.max && n.j == n.vi+1 {
		// "two or three hundred kilograms": the scale of the top applies
		// to the bottom, which is 200, not 2.
		if b := sc.bareValue(k); b > n.max && b < 100 && v/b > 1 && v/b == float64(int64(v/b)) {
			lo *= v / b
		}
	}
	if or && (v != v2 || v <= n.max || v >= 100 && lo == n.min || (kind == atomWords) != (sc.toks[n.vi].kind == tWord)) {
		return false
	}
	if dash && kind == atomWords {
		return false // "twenty-five" is one number, parsed by atom
	}
	if n.min == n.max && n.j == n.vi+1 && sc.toks[n.vi].kind == tNum && sc.toks[k].kind == tNum {
		// "1.2-1.5 million": the scale of the top applies to the bottom.
		if s := v / sc.rawValue(k); s > 1 && lo*s <= v2 {
			lo *= s
		}
	}
	if v2 < lo || v2 > maxValue {
		return false
	}
	n.min, n.max, n.j, n.ranged, n.link = lo, v2, e, true, j
	return true
}

// commaRange extends n with a neighbouring figure after a comma, the
// spoken guess "20, 30 barges" or "two, three trucks" (Korean 두세, 20~30
// rendered word for word): the second figure is above the first and at
// most twice it, both are written alike, a noun follows, and no list or
// determiner comes before ("10, 20, 30", "Of the 50, 60 were women").
func (sc *scanner) commaRange(n *numExpr) bool {
	j := n.j
	if n.min != n.max || n.max < 2 || n.max >= 100 || n.j != n.vi+1 || j+2 >= len(sc.toks) || sc.toks[j+1].nl {
		return false
	}
	k := j + 1
	if sc.toks[k].kind != sc.toks[n.vi].kind || sc.toks[k].kind != tNum && sc.toks[k].kind != tWord {
		return false
	}
	v, v2, e, kind, ok := sc.atom(k)
	if !ok || kind == atomVague || v != v2 || v <= n.max || v > 2*n.max || e != k+1 || e >= len(sc.toks) {
		return false
	}
	if sc.toks[e].kind != tWord || sc.cls(e)&(cStop|cVerb|cPriceVerb|cScale|cNotQty) != 0 {
		return false
	}
	if b := n.vi - 1; b >= 0 && !sc.toks[n.vi].nl {
		if sc.toks[b].kind == tNum || sc.toks[b].kind == tSym && !sc.stopAt(b) || sc.cls(b)&(cNumWord|cMonth) != 0 {
			return false
		}
		switch sc.kwAt(b) {
		case kwThe, kwOf:
			return false
		}
		switch strings.ToLower(sc.tokText(b)) {
		case "these", "those", "them", "which", "whom", "page", "pages", "day", "days", "no", "number", "numbers":
			return false
		}
	}
	n.max, n.j, n.ranged, n.link = v, e, true, j
	return true
}

// bareValue is the value of the one token k, a number word or digits,
// before any scale word after it, or 0.
func (sc *scanner) bareValue(k int) float64 {
	if k >= len(sc.toks) {
		return 0
	}
	if sc.toks[k].kind == tNum {
		return sc.rawValue(k)
	}
	if wi := sc.info(sc.toks[k].kw); sc.toks[k].kw != kwNone && wi.cls&cNumWord != 0 && wi.cls&cScale == 0 {
		return wi.val
	}
	return 0
}

// rawValue is the bare digits of a tNum token, or 1.
func (sc *scanner) rawValue(k int) float64 {
	if k < len(sc.toks) && sc.toks[k].kind == tNum {
		if v, ok := parseDigits(sc.tokText(k)); ok && v > 0 {
			return v
		}
	}
	return 1
}

type atomKind uint8

const (
	atomDigits atomKind = iota + 1
	atomWords
	atomVague
)

// atom parses one value starting exactly at token i: digits with scale
// words ("1.2 million") and Korean multipliers ("2만5천"), number words
// ("twenty-five thousand"), vague words ("thousands", "a few", "수천").
func (sc *scanner) atom(i int) (v, vmax float64, j int, kind atomKind, ok bool) {
	if i >= len(sc.toks) {
		return 0, 0, i, 0, false
	}
	t := sc.toks[i]
	switch t.kind {
	case tNum:
		x, ok := parseDigits(sc.tokText(i))
		if !ok {
			return 0, 0, i, 0, false
		}
		j = i + 1
		if k, v, ok := sc.korean(x, j); ok {
			x, j = v, k
		}
		x, j = sc.scales(x, j)
		return x, x, j, atomDigits, finite(x)
	case tHangul:
		s := sc.tokText(i)
		if strings.HasPrefix(s, "수") && len(s) > len("수") {
			base := 1.0
			for _, r := range s[len("수"):] {
				base *= koreanMult(r)
			}
			if base < 10 {
				return 0, 0, i, 0, false
			}
			if base == 10 {
				return 24, 99, i + 1, atomVague, true // 수십 is "dozens"
			}
			return base, base*10 - 1, i + 1, atomVague, true
		}
		// Native numerals and 여러 (several) count only before a counter.
		if u, _ := sc.hangulUnitAt(i + 1); u != "" && !sc.toks[i+1].glued {
			if v := koreanNative(s); v > 0 {
				return v, v, i + 1, atomWords, true
			}
			if lo, hi := koreanNativeRange(s); lo > 0 {
				return lo, hi, i + 1, atomWords, true // "배 두세 척": two or three
			}
			if s == "여러" {
				return 3, 9, i + 1, atomVague, true
			}
			if s == "반" && (u == "sacks" || u == "tonnes" || u == "kg" || u == "boxes" || u == "bags" || u == "drums") {
				return 0.5, 0.5, i + 1, atomWords, true // "쌀 반 포대": half a sack
			}
		}
	case tWord:
		wi := sc.info(t.kw)
		switch {
		case t.kw == kwA || t.kw == kwAn:
			if i+1 >= len(sc.toks) {
				break
			}
			nx := sc.info(sc.toks[i+1].kw)
			if sc.toks[i+1].kw != kwNone && nx.val2 == 5 && nx.cls&cVague != 0 { // "a few"
				lo, hi, j := sc.vagueScale(2, 5, i+2)
				return lo, hi, j, atomVague, true
			}
			if sc.andAHalf(i+2) && sc.cls(i+1)&cMeasure != 0 {
				return 1.5, 1.5, i + 1, atomWords, true // "a tonne and a half": the unit reader skips "and a half"
			}
			if sc.coupleOf(i) {
				x, j := sc.scales(2, i+3) // "a couple of hundred": about two hundred
				return x, x, j, atomWords, true
			}
			if nx.cls&(cScale|cNumWord) != 0 && (nx.val == 12 || nx.cls&cScale != 0) { // "a dozen", "a thousand"
				x, j := sc.scales(nx.val, i+2)
				if nx.cls&cScale != 0 {
					x, j = sc.scales(1, i+1)
				}
				return x, x, j, atomWords, true
			}
		case (wi.cls&cVague != 0 || t.kw == kwTens) && t.kw != kwNone:
			if wi.val2 == 5 { // bare "few" means "not many"
				break
			}
			lo, hi := wi.val, wi.val2
			j = i + 1
			// "tens of thousands", "hundreds of millions"
			if (t.kw == kwTens || t.kw == kwHundreds) && j+1 < len(sc.toks) && sc.toks[j].kw == kwOf {
				nx := sc.info(sc.toks[j+1].kw)
				if sc.toks[j+1].kw != kwNone && nx.cls&cVague != 0 && nx.val >= 1000 {
					f := 10.0
					if t.kw == kwHundreds {
						f = 100
					}
					return nx.val * f, nx.val*f*10 - 1, j + 2, atomVague, true
				}
			}
			if t.kw == kwTens {
				break
			}
			lo, hi, j = sc.vagueScale(lo, hi, j)
			return lo, hi, j, atomVague, true
		case t.kw == kwHalf && sc.kwAt(i+1) == kwA && sc.isDozen(i+2):
			return 6, 6, i + 3, atomWords, true // "half a dozen"
		case t.kw == kwHalf && sc.kwAt(i+1) == kwA && sc.cls(i+2)&(cMeasure|cContainer) != 0 && sc.kwAt(i-1) != kwThan:
			// "half a tonne of copper", "half a sack of rice"; not "less than half a kilo", a
			// measure of what money buys
			return 0.5, 0.5, i + 2, atomWords, true
		case wi.cls&cNumWord != 0:
			x := wi.val
			j = i + 1
			if x >= 2 && x <= 20 && sc.isDozen(j) {
				return x * 12, x * 12, j + 1, atomWords, true // "two dozen"
			}
			if x >= 1 && x <= 20 && sc.andAHalf(j) {
				return x + 0.5, x + 0.5, j + 3, atomWords, true // "one and a half tonnes"
			}
			// "twenty-five", "twenty five"
			if x >= 20 && x < 100 {
				k := j
				if sc.isSym(k, "-") && sc.toks[k].glued {
					k++
				}
				if k < len(sc.toks) {
					if u := sc.info(sc.toks[k].kw); sc.toks[k].kw != kwNone && u.cls&cNumWord != 0 && u.val >= 1 && u.val <= 9 {
						x += u.val
						j = k + 1
					}
				}
			}
			x, j = sc.scales(x, j)
			return x, x, j, atomWords, true
		}
	}
	return 0, 0, i, 0, false
}

// andAHalf reports "and a half" at token k.
func (sc *scanner) andAHalf(k int) bool {
	return k+2 < len(sc.toks) && sc.kwAt(k) == kwAnd && sc.kwAt(k+1) == kwA && sc.kwAt(k+2) == kwHalf
}

// coupleOf reports "a couple of" before a scale word at token i ("a
// couple of hundred workers"); a bare "a couple of trucks" is left alone,
// as loose as "a few".
func (sc *scanner) coupleOf(i int) bool {
	return i+3 < len(sc.toks) && sc.toks[i+1].kind == tWord && equalFold(sc.tokText(i+1), "couple") && sc.kwAt(i+2) == kwOf &&
		sc.toks[i+3].kw != kwNone && sc.cls(i+3)&cScale != 0
}

// isDozen reports the word "dozen" at token k.
func (sc *scanner) isDozen(k int) bool {
	return k < len(sc.toks) && sc.toks[k].kind == tWord && equalFold(sc.tokText(k), "dozen")
}

// vagueScale applies a scale word after a vague count: "several thousand",
// "a few hundred".
func (sc *scanner) vagueScale(lo, hi float64, j int) (float64, float64, int) {
	if j < len(sc.toks) && hi <= 9 && sc.info(sc.toks[j].kw).val == 12 && sc.toks[j].kw != kwNone && strings.EqualFold(sc.tokText(j), "dozen") {
		return 24, 99, j + 1 // "several dozen", "a few dozen" are "dozens"
	}
	if j < len(sc.toks) {
		if wi := sc.info(sc.toks[j].kw); sc.toks[j].kw != kwNone && wi.cls&cScale != 0 && hi <= 99 {
			s, k := sc.scales(1, j)
			return lo * s, hi * s, k
		}
	}
	return lo, hi, j
}

// scales multiplies x by following scale words: "million", "hundred
// thousand", and glued abbreviations "m", "bn", "k" ("$1.2m").
func (sc *scanner) scales(x float64, j int) (float64, int) {
	for n := 0; j < len(sc.toks) && n < 3; n++ {
		t := sc.toks[j]
		if t.kind != tWord {
			break
		}
		if wi := sc.info(t.kw); t.kw != kwNone && wi.cls&cScale != 0 {
			x *= wi.val
			j++
			continue
		}
		// "US$4 bn", "$2.3 mln", "US$12mn": glued or apart, the unambiguous ones
		if w := sc.tokText(j); equalFold(w, "bn") || equalFold(w, "bln") || equalFold(w, "mn") || equalFold(w, "mln") {
			if t.glued && j+1 < len(sc.toks) && sc.toks[j+1].kind == tWord && sc.toks[j+1].glued {
				break
			}
			if w[0]|0x20 == 'b' {
				x *= 1e9
			} else {
				x *= 1e6
			}
			j++
			break
		}
		if !t.glued {
			break
		}
		if (t.kw == kwM || t.kw == kwBn || t.kw == kwK) && (j+1 >= len(sc.toks) || sc.toks[j+1].kind != tWord || !sc.toks[j+1].glued) {
			// Only when glued to digits and followed by a word boundary.
			switch t.kw {
			case kwM:
				x *= 1e6
			case kwBn:
				x *= 1e9
			case kwK:
				x *= 1e3
			}
			j++
		}
		break
	}
	return x, j
}

// korean applies Korean multipliers after leading digits x: 16만 is 160,000,
// 2만5천 is 25,000, 1억 is 100,000,000. j is the token after the digits.
func (sc *scanner) korean(x float64, j int) (int, float64, bool) {
	if j >= len(sc.toks) || !sc.isKoreanMultTok(j) {
		return j, x, false
	}
	var acc, sec float64
	cur := x
	// At most a few groups ("1조2천억3천만"): a longer run is noise, and an
	// unbounded loop here would make a run of "9억9억…" quadratic.
	for stop := j + 12; j < len(sc.toks) && j < stop; {
		if sc.isKoreanMultTok(j) {
			r, _ := utf8.DecodeRuneInString(sc.tokText(j))
			m := koreanMult(r)
			if m >= 1e4 {
				acc += (sec + cur) * m
				if sec+cur == 0 {
					acc += m
				}
				sec, cur = 0, 0
			} else {
				if cur == 0 {
					cur = 1
				}
				sec += cur * m
				cur = 0
			}
			j++
			continue
		}
		if sc.toks[j].kind == tNum && j > 0 && sc.isKoreanMultTok(j-1) {
			v, ok := parseDigits(sc.tokText(j))
			if !ok {
				break
			}
			if !sc.toks[j].glued {
				// "1만 8천원", "1만 8,200원": a smaller group after a space
				// continues the number; anything else starts a new one.
				r, _ := utf8.DecodeRuneInString(sc.tokText(j - 1))
				if m := koreanMult(r); m < 1e4 {
					if sc.isKoreanMultTok(j + 1) {
						// "8천 5백원": a smaller multiplier group after a space
						if v >= 10 {
							break
						}
						if r2, _ := utf8.DecodeRuneInString(sc.tokText(j + 1)); koreanMult(r2) >= m {
							break
						}
					} else if v >= m || v != math.Trunc(v) || !sc.koreanGroupTail(j+1) {
						// "1천 200루블", "5천 450원": the digits below the
						// thousands after a space, glued to their unit
						break
					}
				} else if v >= m || !sc.koreanGroupTail(j+1) {
					break
				}
			}
			cur = v
			j++
			continue
		}
		break
	}
	return j, acc + sec + cur, true
}

// koreanGroupTail reports whether token j, glued to the digits before it,
// is a multiplier or a Hangul word that is not a date marker: what lets
// "8천" or "8,200원" continue "1만 …".
func (sc *scanner) koreanGroupTail(j int) bool {
	if j >= len(sc.toks) || !sc.toks[j].glued || sc.toks[j].kind != tHangul {
		return false
	}
	if sc.isKoreanMultTok(j) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(sc.tokText(j))
	return r != '년' && r != '월' && r != '일'
}

func (sc *scanner) isKoreanMultTok(j int) bool {
	t := sc.toks[j]
	if t.kind != tHangul || !t.glued || int(t.end-t.start) != 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sc.tokText(j))
	return isKoreanMultiplier(r)
}

func koreanMult(r rune) float64 {
	switch r {
	case '십':
		return 10
	case '백':
		return 100
	case '천':
		return 1000
	case '만':
		return 1e4
	case '억':
		return 1e8
	case '조':
		return 1e12
	}
	return 1
}

// parseDigits reads "1,000", "1.2", "500,000", "1.000.000" (dots as
// thousands separators when every group has three digits).
func parseDigits(s string) (float64, bool) {
	if len(s) == 0 || len(s) > maxDigits+8 {
		return 0, false
	}
	var buf [maxDigits + 8]byte
	n := 0
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	dotsAreGroups := dots > 1 && commas == 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ',':
			if !groupOf3(s, i) {
				return 0, false
			}
		case c == '.':
			if dotsAreGroups {
				if !groupOf3(s, i) {
					return 0, false
				}
				continue
			}
			if dots > 1 {
				return 0, false
			}
			buf[n] = c
			n++
		default:
			buf[n] = c
			n++
		}
	}
	digits := n
	if dots == 1 && !dotsAreGroups {
		digits--
	}
	if digits > maxDigits {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(buf[:n]), 64)
	if err != nil || !finite(v) {
		return 0, false
	}
	return v, true
}

// groupOf3 reports whether the separator at i is followed by exactly three
// digits before the next separator or the end.
func groupOf3(s string, i int) bool {
	k := i + 1
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k-i-1 == 3
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) && x <= maxValue && x >= 0 }
