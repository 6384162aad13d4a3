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
			case "", "에", "께", "경", "부터", "까지", "쯤", "에는", "께부터", "경부터", "에도", "의", "에만", "인", "까지는", "까지만", "부터는", "에서", "보다", "와", "과", "만", "쯤만", "께만":
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
		if j+2 < len(sc.toks) && sc.toks[j+2].glued && sc.toks[j+2].kind == tHangul && strings.HasPrefix(sc.tokText(j+2), "대") {
			return dateVal{i: i, j: j + 3}, true // "2000년대 후반": a decade, too vague to date
		}
		y = v
		j += 2
		if j < len(sc.toks) && sc.toks[j].kind == tNum && marker(j+1, "월") {
			v, _ = smallInt(sc.tokText(j))
		} else {
			return dateVal{i: i, j: j, start: day(y, 1, 1), end: day(y, 12, 31), prec: PrecYear, yearGiven: true}, true
		}
	}
	if y == 0 && v >= 1 && v <= 12 && j+3 < len(sc.toks) && sc.isSym(j+1, "~", "-", "–") && sc.toks[j+2].kind == tNum && marker(j+3, "월") && !sc.pub.IsZero() {
		// "6~9월", "7-8월": a span of months, the first one's year
		if v2, ok := smallInt(sc.tokText(j + 2)); ok && v2 > v && v2 <= 12 && sc.toks[j+1].glued && sc.toks[j+2].glued {
			y = sc.yearFor(i, v, 0)
			return dateVal{i: i, j: j + 4, start: day(y, time.Month(v), 1), end: monthEnd(y, time.Month(v2)), prec: PrecMonth}, true
		}
	}
	if !marker(j+1, "월") || v < 1 || v > 12 {
		if y == 0 && marker(j+1, "일") && v >= 1 && v <= 31 && !sc.pub.IsZero() {
			if j > 0 && sc.toks[j-1].kind == tHangul && sc.tokText(j-1) == "지난" {
				return sc.dayOfRecentMonth(i-1, j+2, v)
			}
			if sc.coming(j - 1) {
				return sc.dayOfComingMonth(i-1, j+2, v) // "오는 14일": the next 14th
			}
			// A bare "8일" is the 8th of the month, unless it counts days:
			// "8일 동안", "8일간", "5일 만에", "3~4일".
			if (j == 0 || sc.toks[j-1].kind != tNum && !sc.isSym(j-1, "~", "-", "–", ",")) && !sc.dayCount(j+2) {
				return sc.dayOfRecentMonth(i, j+2, v)
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
	if y == 0 && sc.lastYear > 0 {
		// "2017년 … 그해 12월", "같은 해 12월": the month of the year just named
		if k := sc.koreanThatYear(i); k < i {
			y, i = sc.lastYear, k
		}
	}
	given := y > 0
	if y == 0 {
		if sc.pub.IsZero() {
			return dateVal{}, false
		}
		y = sc.yearFor(i, m, d)
		if p := sc.pubDay(); sc.coming(i-1) && (time.Month(m) < p.Month() || time.Month(m) == p.Month() && d > 0 && d < p.Day()) {
			y = p.Year() + 1 // "오는 3월": the next March
		} else if sc.coming(i - 1) {
			y = p.Year()
		}
	}
	if d > 0 {
		if d > monthEnd(y, time.Month(m)).Day() {
			return dateVal{}, false
		}
		s := day(y, time.Month(m), d)
		return dateVal{i: i, j: j, start: s, end: s, prec: PrecDay, yearGiven: given}, true
	}
	s, e, prec := partOfMonth(y, time.Month(m), part)
	return dateVal{i: i, j: j, start: s, end: e, prec: prec, month: m, part: part, cut: cut, yearGiven: given}, true
}

// koreanThatYear reads 그해, 그 해, 같은 해 or 같은해 just
// before token i and returns where they start, or i.
func (sc *scanner) koreanThatYear(i int) int {
	k := i - 1
	if k < 0 || sc.toks[k].kind != tHangul || sc.toks[i].nl {
		return i
	}
	switch sc.tokText(k) {
	case "그해", "같은해", "그해의":
		return k
	case "해", "해의":
		if k > 0 && sc.toks[k-1].kind == tHangul && !sc.toks[k].nl {
			if w := sc.tokText(k - 1); w == "그" || w == "같은" {
				return k - 1
			}
		}
	}
	return i
}

// coming reports 오는 ("coming") at token k, which puts the date after it
// ahead of publication.
func (sc *scanner) coming(k int) bool {
	return k >= 0 && k < len(sc.toks) && sc.toks[k].kind == tHangul && sc.tokText(k) == "오는"
}

// dayOfComingMonth is day v of the publication month, or of the next month
// when that day has passed.
func (sc *scanner) dayOfComingMonth(i, j, v int) (dateVal, bool) {
	p := sc.pubDay()
	y, m := p.Year(), p.Month()
	if v < p.Day() {
		m++
		if m > 12 {
			y, m = y+1, 1
		}
	}
	if v > monthEnd(y, m).Day() {
		return dateVal{}, false
	}
	s := day(y, m, v)
	return dateVal{i: i, j: j, start: s, end: s, prec: PrecDay}, true
}

// isMarker reports whether token k is the Hangul marker m glued to the
// number before it ("3" "월").
func (sc *scanner) isMarker(k int, m string) bool {
	return k < len(sc.toks) && sc.toks[k].kind == tHangul && sc.toks[k].glued && sc.tokText(k) == m
}

// dayCount reports whether the token after "N일" makes it a number of days.
func (sc *scanner) dayCount(k int) bool {
	if k >= len(sc.toks) || sc.toks[k].kind != tHangul {
		return false
	}
	return hasAnyPrefix(sc.tokText(k), []string{"동안", "간", "만", "째", "치", "분", "이상", "이내", "정도", "가량", "씩", "내"})
}

// koreanSeason reads 봄, 여름, 가을, 겨울 alone or with a particle, and
// returns the season's first month and the word's byte length.
func koreanSeason(s string) (int, int) {
	for _, x := range []struct {
		w string
		m int
	}{{"봄", 3}, {"여름", 6}, {"가을", 9}, {"겨울", 12}} {
		if rest, ok := strings.CutPrefix(s, x.w); ok {
			switch rest {
			case "", "에", "에는", "부터", "까지", "의", "철", "철에", "에도", "엔", "께", "까지는", "부터는", "이", "은", "을", "보다", "보다는", "만", "에만":
				return x.m, len(x.w)
			}
		}
	}
	return 0, 0
}

// koreanDays is the number of days a Korean duration word names.
func koreanDays(s string) int {
	for _, x := range []struct {
		w string
		n int
	}{{"하루", 1}, {"이틀", 2}, {"사흘", 3}, {"나흘", 4}, {"닷새", 5}, {"엿새", 6}, {"이레", 7}, {"열흘", 10}, {"보름", 15}} {
		if rest, ok := strings.CutPrefix(s, x.w); ok && (rest == "" || rest == "간" || rest == "동안") {
			return x.n
		}
	}
	return 0
}

// koreanSpan extends a day by a duration that starts on it: "지난달 20일부터
// 열흘 동안" is the 20th to the 29th.
func (sc *scanner) koreanSpan(d dateVal) dateVal {
	k := d.j
	if d.prec != PrecDay || k+1 >= len(sc.toks) || sc.toks[k].kind != tHangul || !sc.toks[k].glued || sc.tokText(k) != "부터" {
		return d
	}
	n := koreanDays(sc.tokText(k + 1))
	e := k + 2
	if n == 0 && sc.toks[k+1].kind == tNum && sc.isMarker(k+2, "일") {
		if v, ok := smallInt(sc.tokText(k + 1)); ok && v >= 1 && v <= 366 {
			n, e = v, k+3
		}
	}
	if n == 0 {
		return d
	}
	// Only a span: "열흘 동안", "열흘간", "10일간".
	switch {
	case strings.HasSuffix(sc.tokText(e-1), "간") || strings.HasSuffix(sc.tokText(e-1), "동안"):
	case e < len(sc.toks) && hasAnyPrefix(sc.tokText(e), []string{"동안", "간"}):
		e++
	default:
		return d
	}
	d.end = d.start.AddDate(0, 0, n-1)
	d.j = e
	return d
}

// koreanSeasonAt resolves a bare 봄, 여름, 가을 or 겨울 at token i, n bytes
// long, like "in the spring": the season under way or just past, or the
// next one when it begins within three months.
func (sc *scanner) koreanSeasonAt(i, first, n int) (dateVal, bool) {
	p := sc.pubDay()
	span := func(y int) (time.Time, time.Time) {
		return day(y, time.Month(first), 1), monthEnd(y, time.Month(first+2))
	}
	y := p.Year()
	if s, _ := span(y); s.After(p) {
		y--
	}
	if _, e := span(y); e.Before(p) {
		if s1, _ := span(y + 1); s1.Sub(p) <= 92*24*time.Hour {
			y++
		}
	}
	s, e := span(y)
	return dateVal{i: i, j: i + 1, start: s, end: e, prec: PrecSeason, cut: int(sc.toks[i].start) + n}, true
}

// koreanSeasonOf resolves a season word glued to 올 (off 0: the season of
// the publication year, winter being the one under way in January and
// February) or to 지난 (off -1: the latest such season over by
// publication); n is the byte length of the date part of token i.
func (sc *scanner) koreanSeasonOf(i, first, off, n int) dateVal {
	p := sc.pubDay()
	span := func(y int) (time.Time, time.Time) {
		return day(y, time.Month(first), 1), monthEnd(y, time.Month(first+2))
	}
	y := p.Year()
	if first == 12 && p.Month() <= 2 {
		y--
	}
	if off < 0 {
		for _, e := span(y); !e.Before(p); _, e = span(y) {
			y--
		}
	}
	s, e := span(y)
	return dateVal{i: i, j: i + 1, start: s, end: e, prec: PrecSeason, cut: int(sc.toks[i].start) + n}
}

// koreanRelative reads 지난달, 이달 (초), 작년, 지난해, 올해, 어제, 지난주,
// 지난 15일.
func (sc *scanner) koreanRelative(i int) (dateVal, bool) {
	d, ok := sc.koreanRelative0(i)
	d.relative = true
	return d, ok
}

func (sc *scanner) koreanRelative0(i int) (dateVal, bool) {
	if sc.pub.IsZero() {
		return dateVal{}, false
	}
	s := sc.tokText(i)
	// Every word read below starts with one of these syllables.
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '봄', '여', '가', '겨':
		if m, n := koreanSeason(s); m > 0 && !sc.koreanSeasonModifier(i, n) && !sc.aheadOf(i) {
			return sc.koreanSeasonAt(i, m, n)
		}
		return dateVal{}, false
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
		case "에", "부터", "까지", "에는", "의", "도", "엔", "말에", "초에", "에만", "만", "에도", "까지는", "부터는", "은", "는", "이", "에서", "보다", "과", "와":
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
		// "이달 10일", "지난달 20일": a day of that month
		if part == partNone && j+1 < len(sc.toks) && sc.toks[j].kind == tNum && sc.isMarker(j+1, "일") {
			if v, ok := smallInt(sc.tokText(j)); ok && v >= 1 && v <= monthEnd(f.Year(), f.Month()).Day() {
				d := day(f.Year(), f.Month(), v)
				return dateVal{i: i, j: j + 2, start: d, end: d, prec: PrecDay}, true
			}
		}
		st, e, prec := partOfMonth(f.Year(), f.Month(), part)
		return dateVal{i: i, j: j, start: st, end: e, prec: prec, cut: cut}, true
	}
	year := func(off int, rest string) (dateVal, bool) {
		y := p.Year() + off
		j := i + 1
		// "지난해 말" is late December, "올해 초" early January.
		part, n := koreanPartLen(rest)
		if n == 0 && j < len(sc.toks) && sc.toks[j].kind == tHangul {
			if part, n = koreanPartLen(sc.tokText(j)); n > 0 {
				cut = int(sc.toks[j].start) + n
				j++
			}
		} else if n > 0 {
			cut += n
		}
		switch part {
		case partEarly:
			return dateVal{i: i, j: j, start: day(y, 1, 1), end: day(y, 1, 10), prec: PrecPartOfMonth, cut: cut}, true
		case partLate:
			return dateVal{i: i, j: j, start: day(y, 12, 21), end: day(y, 12, 31), prec: PrecPartOfMonth, cut: cut}, true
		}
		if j < len(sc.toks) && rest == "" {
			// "올해 1월", "지난해 3월 초": a month of that year
			if sc.toks[j].kind == tNum && sc.isMarker(j+1, "월") {
				if d, ok := sc.koreanDate(j); ok && d.prec != PrecYear {
					if v, _ := smallInt(sc.tokText(j)); v >= 1 && v <= 12 {
						st, e, prec := partOfMonth(y, time.Month(v), d.part)
						if d.prec == PrecDay {
							st = day(y, time.Month(v), d.start.Day())
							e, prec = st, PrecDay
						}
						return dateVal{i: i, j: d.j, start: st, end: e, prec: prec, cut: d.cut}, true
					}
				}
			}
			// "올해 봄", "지난해 겨울"
			if m, c := koreanSeason(sc.tokText(j)); m > 0 {
				st, e := day(y, time.Month(m), 1), monthEnd(y, time.Month(m+2))
				return dateVal{i: i, j: j + 1, start: st, end: e, prec: PrecSeason, cut: int(sc.toks[j].start) + c}, true
			}
			// "지난해 이맘때": about this time of year, too vague to date
			if strings.HasPrefix(sc.tokText(j), "이맘") {
				return dateVal{i: i, j: j + 1}, true
			}
			// "지난해 같은 시기": the publication month a year back
			if sc.tokText(j) == "같은" && j+1 < len(sc.toks) && hasAnyPrefix(sc.tokText(j+1), []string{"시기", "기간", "때"}) {
				st, e, prec := partOfMonth(y, p.Month(), partNone)
				return dateVal{i: i, j: j + 2, start: st, end: e, prec: prec}, true
			}
			// "지난달 … 지난해 같은 달보다": the month just stated, a year back
			if sc.tokText(j) == "같은" && j+1 < len(sc.toks) && strings.HasPrefix(sc.tokText(j+1), "달") {
				m := p.Month()
				if sc.lastMonth > 0 {
					m = time.Month(sc.lastMonth)
				}
				st, e, prec := partOfMonth(y, m, partNone)
				return dateVal{i: i, j: j + 2, start: st, end: e, prec: prec, cut: int(sc.toks[j+1].start) + len("달")}, true
			}
		}
		return dateVal{i: i, j: i + 1, start: day(y, 1, 1), end: day(y, 12, 31), prec: PrecYear, cut: cut}, true
	}
	// "올가을" (this autumn), "지난겨울" (last winter): one word
	for _, x := range []struct {
		w   string
		off int
	}{{"올", 0}, {"지난", -1}} {
		if rest, ok := strings.CutPrefix(s, x.w); ok && rest != "" {
			if m, n := koreanSeason(rest); m > 0 {
				return sc.koreanSeasonOf(i, m, x.off, len(x.w)+n), true
			}
		}
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
		if rest, ok := rel(x); ok {
			return year(-1, rest)
		}
	}
	if rest, ok := rel("올해"); ok {
		return year(0, rest)
	}
	if rest, ok := rel("내년"); ok {
		return year(1, rest)
	}
	// "지난 달", "이번 달 말", "다음 달에도" written apart
	if (s == "지난" || s == "이번" || s == "다음") && i+1 < len(sc.toks) && sc.toks[i+1].kind == tHangul {
		if rest, ok := strings.CutPrefix(sc.tokText(i+1), "달"); ok {
			if _, pok := koreanPart(rest); pok || rest == "" || hasAnyPrefix(rest, []string{"에", "부터", "까지", "의", "도", "엔", "은", "만"}) {
				cut = int(sc.toks[i+1].start) + len("달")
				i0 := i
				i++ // month() reads its part from the token after i
				d, ok := month(map[string]int{"지난": -1, "이번": 0, "다음": 1}[s], rest)
				d.i = i0
				return d, ok
			}
		}
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

// aheadOf reports a season that work is done ahead of ("겨울을 앞두고",
// "봄철 영농을 앞둔") or that is drawing near ("봄철 보릿고개가
// 다가오는데"): the season of a need, not the time of an event.
func (sc *scanner) aheadOf(i int) bool {
	for k := i + 1; k <= i+2 && k < len(sc.toks); k++ {
		if sc.toks[k].kind != tHangul || sc.toks[k].nl {
			return false
		}
		if hasAnyPrefix(sc.tokText(k), []string{"앞두", "앞둔", "다가오", "다가온", "다가와"}) {
			return true
		}
	}
	return false
}

// koreanSeasonModifier reports a bare season word that qualifies the noun
// after it rather than dating anything: "겨울 솜옷" (winter coats), but not
// "봄 꽃게 철" (the spring crab season).
func (sc *scanner) koreanSeasonModifier(i, n int) bool {
	if n != len(sc.tokText(i)) || i+1 >= len(sc.toks) || sc.toks[i+1].kind != tHangul || sc.toks[i+1].nl {
		return false
	}
	if i > 0 && sc.toks[i-1].kind == tHangul && hasAnyPrefix(sc.tokText(i-1), []string{"지난", "올", "작년", "지난해", "이번", "올해", "내년", "다음", "같은", "매년", "해마다"}) {
		return false
	}
	if i+2 < len(sc.toks) && sc.toks[i+2].kind == tHangul && hasAnyPrefix(sc.tokText(i+2), []string{"철", "시즌"}) {
		return false // "가을 송이버섯 철" is the autumn, the season of a good
	}
	if hasAnyPrefix(sc.tokText(i+1), []string{"어기", "어로기", "조업기"}) {
		return false // "가을 어기가 끝나기 전" is the autumn fishing season
	}
	// A season's farm work dates things: "가을 수확 전까지" (before the autumn harvest).
	return !hasAnyPrefix(sc.tokText(i+1), []string{"철", "동안", "내내", "한철", "부터", "까지", "이후", "사이", "들어", "무렵", "중", "초", "말", "에", "께", "시즌",
		"수확", "추수", "파종", "모내기", "김장", "농사", "방학", "학기"})
}

// koreanRange joins "3월부터 5월까지" (from March to May), "11월부터 12월
// 사이" and "3월에서 5월 사이" into one span.
func (sc *scanner) koreanRange(d dateVal) dateVal {
	k := d.j
	next := k + 1 // where the second date starts
	if tail := sc.cutTail(d); tail == "부터" || tail == "에서" {
		// "지난달 말부터 이달 중순까지": the particle is glued to the part word
		k, next = d.j-1, d.j
	} else if d.prec == PrecYear && d.i+1 == d.j || k+1 >= len(sc.toks) || sc.toks[k].kind != tHangul || !sc.toks[k].glued || sc.tokText(k) != "부터" && sc.tokText(k) != "에서" {
		return d
	}
	if next >= len(sc.toks) {
		return d
	}
	d2, ok := sc.dateAt(next)
	if !ok || d2.prec == PrecWeek || d2.start.IsZero() {
		return d
	}
	if tail := sc.cutTail(d2); strings.HasPrefix(tail, "까지") {
		// "이달 중순까지만": the particle is glued to the part word
	} else if d2.j >= len(sc.toks) {
		return d
	} else if to := sc.tokText(d2.j); !strings.HasPrefix(to, "까지") && !(strings.HasPrefix(to, "사이") && !sc.toks[d2.j].glued) {
		return d
	}
	if !d2.yearGiven && d2.prec == PrecMonth && d2.start.Year() != d.start.Year() {
		// "지난해 11월부터 12월 사이": the second month is in the first's year
		if dy := d.start.Year() - d2.start.Year(); !d2.start.AddDate(dy, 0, 0).Before(d.start) {
			d2.start, d2.end = d2.start.AddDate(dy, 0, 0), monthEnd(d2.end.Year()+dy, d2.end.Month())
		}
	}
	if d.prec == PrecDay && d2.prec == PrecDay && d2.j == k+3 && sc.isMarker(k+2, "일") {
		// "3월 10일부터 20일까지": the second day is in the same month
		v, _ := smallInt(sc.tokText(k + 1))
		if v <= d.start.Day() || v > monthEnd(d.start.Year(), d.start.Month()).Day() {
			return d
		}
		d2.end = day(d.start.Year(), d.start.Month(), v)
	}
	if d2.end.Before(d.start) {
		return d
	}
	return dateVal{i: d.i, j: d2.j, start: d.start, end: d2.end, prec: coarser(d.prec, d2.prec), yearGiven: d.yearGiven || d2.yearGiven, relative: d.relative || d2.relative, cut: d2.cut}
}

// cutTail is what follows the date part of d's last token when d.cut
// ends the date inside it: "부터" in "말부터", "까지만" in "중순까지만".
func (sc *scanner) cutTail(d dateVal) string {
	if d.cut == 0 || d.j == 0 || d.j > len(sc.toks) {
		return ""
	}
	t := sc.toks[d.j-1]
	if d.cut <= int(t.start) || d.cut >= int(t.end) {
		return ""
	}
	return sc.text[d.cut:t.end]
}

// koreanHalf narrows a year to its half or quarter: "올해 상반기",
// "지난해 하반기", "2024년 1분기".
func (sc *scanner) koreanHalf(d dateVal) dateVal {
	k := d.j
	if d.prec != PrecYear || k >= len(sc.toks) {
		return d
	}
	y := d.start.Year()
	var from, to int
	switch {
	case sc.toks[k].kind == tHangul && strings.HasPrefix(sc.tokText(k), "상반기"):
		from, to = 1, 6
	case sc.toks[k].kind == tHangul && strings.HasPrefix(sc.tokText(k), "하반기"):
		from, to = 7, 12
	case sc.toks[k].kind == tNum && k+1 < len(sc.toks) && sc.toks[k+1].glued && strings.HasPrefix(sc.tokText(k+1), "분기"):
		q, ok := smallInt(sc.tokText(k))
		if !ok || q < 1 || q > 4 {
			return d
		}
		from, to = 3*q-2, 3*q
	default:
		return d
	}
	cut := 0
	if sc.toks[k].kind == tHangul {
		cut = int(sc.toks[k].start) + len("상반기") // 상반기 and 하반기 are as long
	} else {
		k++
		cut = int(sc.toks[k].start) + len("분기")
	}
	d.start, d.end, d.prec, d.j, d.cut = day(y, time.Month(from), 1), monthEnd(y, time.Month(to)), PrecPartOfYear, k+1, cut
	return d
}
