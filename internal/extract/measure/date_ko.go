package measure

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Korean time expressions: 2025년 3월 15일, 3월 초/중순/말, 지난달, 이달 초,
// 작년, 올해, 어제, 지난주, 지난 15일.

// koreanPart reads 초/초순/상순 (early), 중순 (mid), 말/하순 (late) at the
// start of s, followed by nothing or a particle.
func koreanPart(s string) (int, bool) {
	p, n := koreanPartLen(s)
	return p, n > 0
}

// koreanPartLen is koreanPart with the byte length of the part word.
func koreanPartLen(s string) (int, int) {
	for _, p := range []struct {
		p    string
		part int
	}{{"초순", partEarly}, {"상순", partEarly}, {"중순", partMid}, {"하순", partLate}, {"초", partEarly}, {"말", partLate}} {
		if rest, ok := strings.CutPrefix(s, p.p); ok {
			switch rest {
			case "", "에", "께", "경", "부터", "까지", "쯤", "에는", "께부터", "경부터", "에도":
				return p.part, len(p.p)
			}
		}
	}
	return partNone, 0
}

// koreanDate reads "2025년 3월 15일", "2025년 3월", "3월 초", "3월 15일",
// "2025년", "지난 15일" (via koreanRelative) at token i.
func (sc *scanner) koreanDate(i int) (dateVal, bool) {
	marker := func(k int, m string) bool {
		return k < len(sc.toks) && sc.toks[k].kind == tHangul && sc.toks[k].glued && sc.tokText(k) == m
	}
	v, ok := smallInt(sc.tokText(i))
	if !ok {
		return dateVal{}, false
	}
	j := i
	y, m, d := 0, 0, 0
	if marker(j+1, "년") && v >= 1900 && v <= 2100 {
		y = v
		j += 2
		if j < len(sc.toks) && sc.toks[j].kind == tNum && marker(j+1, "월") {
			v, _ = smallInt(sc.tokText(j))
		} else {
			return dateVal{i: i, j: j, start: day(y, 1, 1), end: day(y, 12, 31), prec: PrecYear}, true
		}
	}
	if !marker(j+1, "월") || v < 1 || v > 12 {
		if y == 0 && marker(j+1, "일") && j > 0 && sc.toks[j-1].kind == tHangul && sc.tokText(j-1) == "지난" && !sc.pub.IsZero() {
			if v >= 1 && v <= 31 {
				return sc.dayOfRecentMonth(i-1, j+2, v)
			}
		}
		return dateVal{}, false
	}
	m = v
	j += 2
	if j < len(sc.toks) && sc.toks[j].kind == tNum && marker(j+1, "일") {
		d, _ = smallInt(sc.tokText(j))
		j += 2
	}
	part, cut := partNone, 0
	if d == 0 && j < len(sc.toks) && sc.toks[j].kind == tHangul {
		if p, n := koreanPartLen(sc.tokText(j)); n > 0 {
			part, cut = p, int(sc.toks[j].start)+n
			j++
		}
	}
	if y == 0 {
		if sc.pub.IsZero() {
			return dateVal{}, false
		}
		y = sc.pub.Year()
		if time.Month(m) > sc.pub.Month() || d > 0 && time.Month(m) == sc.pub.Month() && d > sc.pub.Day() {
			y--
		}
	}
	if d > 0 {
		if d > monthEnd(y, time.Month(m)).Day() {
			return dateVal{}, false
		}
		s := day(y, time.Month(m), d)
		return dateVal{i: i, j: j, start: s, end: s, prec: PrecDay}, true
	}
	s, e, prec := partOfMonth(y, time.Month(m), part)
	return dateVal{i: i, j: j, start: s, end: e, prec: prec, month: m, part: part, cut: cut}, true
}

// koreanRelative reads 지난달, 이달 (초), 작년, 지난해, 올해, 어제, 지난주,
// 지난 15일.
func (sc *scanner) koreanRelative(i int) (dateVal, bool) {
	if sc.pub.IsZero() {
		return dateVal{}, false
	}
	s := sc.tokText(i)
	// Every word read below starts with one of these syllables.
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '지', '이', '다', '작', '올', '내', '어':
	default:
		return dateVal{}, false
	}
	p := sc.pubDay()
	cut := 0
	rel := func(prefix string) (string, bool) {
		rest, ok := strings.CutPrefix(s, prefix)
		if !ok {
			return "", false
		}
		cut = int(sc.toks[i].start) + len(prefix)
		if rest == "" {
			return "", true
		}
		if _, ok := koreanPart(rest); ok {
			return rest, true
		}
		switch rest {
		case "에", "부터", "까지", "에는", "의", "도", "엔", "말에", "초에":
			return rest, true
		}
		return "", false
	}
	month := func(off int, rest string) (dateVal, bool) {
		part, j := partNone, i+1
		if pp, n := koreanPartLen(rest); n > 0 && rest != "" {
			part = pp
			cut += n
		} else if j < len(sc.toks) && sc.toks[j].kind == tHangul {
			if pp, n := koreanPartLen(sc.tokText(j)); n > 0 {
				part = pp
				cut = int(sc.toks[j].start) + n
				j++
			}
		}
		f := day(p.Year(), p.Month()+time.Month(off), 1)
		st, e, prec := partOfMonth(f.Year(), f.Month(), part)
		return dateVal{i: i, j: j, start: st, end: e, prec: prec, cut: cut}, true
	}
	year := func(off int) (dateVal, bool) {
		y := p.Year() + off
		return dateVal{i: i, j: i + 1, start: day(y, 1, 1), end: day(y, 12, 31), prec: PrecYear, cut: cut}, true
	}
	if rest, ok := rel("지난달"); ok {
		return month(-1, rest)
	}
	for _, x := range []string{"이달", "이번달"} {
		if rest, ok := rel(x); ok {
			return month(0, rest)
		}
	}
	if rest, ok := rel("다음달"); ok {
		return month(1, rest)
	}
	for _, x := range []string{"작년", "지난해"} {
		if _, ok := rel(x); ok {
			return year(-1)
		}
	}
	if _, ok := rel("올해"); ok {
		return year(0)
	}
	if _, ok := rel("내년"); ok {
		return year(1)
	}
	if _, ok := rel("어제"); ok {
		y := p.AddDate(0, 0, -1)
		return dateVal{i: i, j: i + 1, start: y, end: y, prec: PrecDay, cut: cut}, true
	}
	if _, ok := rel("지난주"); ok {
		wd := (int(p.Weekday()) + 6) % 7
		mon := p.AddDate(0, 0, -wd-7)
		return dateVal{i: i, j: i + 1, start: mon, end: mon.AddDate(0, 0, 6), prec: PrecWeek, cut: cut}, true
	}
	if s == "지난" && i+2 < len(sc.toks) && sc.toks[i+1].kind == tNum && sc.toks[i+2].kind == tHangul && sc.toks[i+2].glued && sc.tokText(i+2) == "일" {
		if v, ok := smallInt(sc.tokText(i + 1)); ok && v >= 1 && v <= 31 {
			return sc.dayOfRecentMonth(i, i+3, v)
		}
	}
	return dateVal{}, false
}
