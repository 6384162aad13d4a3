package dates

import "time"

// cjkRelUnits are Korean, Chinese and Japanese units of "N <unit> 전/前".
var cjkRelUnits = [...]struct {
	s    string
	d    time.Duration
	days int
}{
	{s: "시간", d: time.Hour}, {s: "분", d: time.Minute}, {s: "초", d: time.Second},
	{s: "일", days: 1}, {s: "주", days: 7},
	{s: "小时", d: time.Hour}, {s: "小時", d: time.Hour}, {s: "時間", d: time.Hour},
	{s: "个小时", d: time.Hour}, {s: "分钟", d: time.Minute}, {s: "分鐘", d: time.Minute},
	{s: "分", d: time.Minute}, {s: "秒", d: time.Second}, {s: "天", days: 1},
	{s: "日", days: 1}, {s: "周", days: 7}, {s: "週間", days: 7},
}

func tok(toks []token, i int) token {
	if i < len(toks) {
		return toks[i]
	}
	return token{}
}

func isSep(t token, rs ...rune) bool {
	if t.kind != kSep {
		return false
	}
	for _, r := range rs {
		if t.r == r {
			return true
		}
	}
	return false
}

func stepNum(toks []token, i int, f *fields, ref time.Time) int {
	t := toks[i]
	next := tok(toks, i+1)

	// Relative: "3 hours ago", "3시간 전", "3小时前".
	if !ref.IsZero() && !f.rel && !f.hasDay && !f.hasMonth && t.digits <= 3 {
		if next.kind == kWord {
			if u, ok := relUnits[next.s]; ok && tok(toks, i+2).kind == kWord && tok(toks, i+2).s == "ago" {
				f.applyRel(ref, t.n, u.d, u.days)
				return 3
			}
		}
		for _, u := range cjkRelUnits {
			if n := cjkSeq(toks, i+1, u.s); n > 0 {
				if m := cjkSeq(toks, i+1+n, "전"); m > 0 {
					f.applyRel(ref, t.n, u.d, u.days)
					return 1 + n + m
				}
				if m := cjkSeq(toks, i+1+n, "前"); m > 0 {
					f.applyRel(ref, t.n, u.d, u.days)
					return 1 + n + m
				}
			}
		}
	}

	// Korean, Chinese and Japanese unit markers: 2025년 3월 28일 4시 18분.
	if next.kind == kCJK {
		switch next.r {
		case '년', '年':
			if t.digits == 4 && !f.hasYear {
				f.year, f.hasYear = t.n, true
				return 2
			}
		case '월', '月':
			if t.digits <= 2 && !f.hasMonth {
				f.month, f.hasMonth = t.n, true
				return 2
			}
		case '일', '日', '号':
			if t.digits <= 2 && !f.hasDay {
				f.day, f.hasDay = t.n, true
				return 2
			}
		case '시', '时', '時', '点':
			if t.digits <= 2 && !f.hasHour {
				f.hour, f.hasHour = t.n, true
				return 2
			}
		case '분', '分':
			if t.digits <= 2 && f.hasHour && !f.hasMin {
				f.min, f.hasMin = t.n, true
				return 2
			}
		case '초', '秒':
			if t.digits <= 2 && f.hasMin && !f.hasSec {
				f.sec, f.hasSec = t.n, true
				return 2
			}
		}
		return 0
	}

	// Y-M-D with -, / or . : 2025-03-28, 2025/03/28, 2025.03.28, 2025. 3. 28.
	if t.digits == 4 && !f.hasYear && !f.hasMonth && isSep(next, '-', '/', '.') {
		m, s2, d := tok(toks, i+2), tok(toks, i+3), tok(toks, i+4)
		if m.kind == kNum && m.digits <= 2 && s2.kind == kSep && s2.r == next.r && d.kind == kNum && d.digits <= 2 {
			f.year, f.month, f.day = t.n, m.n, d.n
			f.hasYear, f.hasMonth, f.hasDay = true, true, true
			n := 5
			if isSep(tok(toks, i+5), '.') && next.r == '.' {
				n = 6
			}
			return n
		}
		return 0
	}

	// D.M.Y, M/D/Y, D-M-Y.
	if t.digits <= 2 && !f.hasMonth && isSep(next, '-', '/', '.') {
		b, s2, y := tok(toks, i+2), tok(toks, i+3), tok(toks, i+4)
		if b.kind == kNum && b.digits <= 2 && s2.kind == kSep && s2.r == next.r && y.kind == kNum && y.digits == 4 {
			day, month := t.n, b.n
			if next.r == '/' && t.n <= 12 {
				day, month = b.n, t.n // American order when it can be
			}
			f.year, f.month, f.day = y.n, month, day
			f.hasYear, f.hasMonth, f.hasDay = true, true, true
			return 5
		}
	}

	// Time: 16:18, 04:18:05, 16:18:05.123.
	if t.digits <= 2 && isSep(next, ':') && !f.hasHour {
		m := tok(toks, i+2)
		if m.kind != kNum || m.digits != 2 {
			return 0
		}
		f.hour, f.min, f.hasHour, f.hasMin = t.n, m.n, true, true
		n := 3
		if isSep(tok(toks, i+3), ':') && tok(toks, i+4).kind == kNum && tok(toks, i+4).digits == 2 {
			f.sec, f.hasSec = tok(toks, i+4).n, true
			n = 5
			if isSep(tok(toks, i+5), '.') && tok(toks, i+6).kind == kNum {
				frac := tok(toks, i+6)
				ns := frac.n
				for d := min(frac.digits, 9); d < 9; d++ {
					ns *= 10
				}
				f.nsec = ns
				n = 7
			}
		}
		return n
	}

	// Hour with am/pm: "4pm", "4 p.m.".
	if t.digits <= 2 && !f.hasHour && next.kind == kWord && (next.s == "am" || next.s == "pm" || next.s == "a" || next.s == "p") {
		f.hour, f.hasHour = t.n, true
		return 1
	}

	// Day before a month word: "28 March", "28th of March".
	if t.digits <= 2 && !f.hasDay && !f.hasMonth && next.kind == kWord {
		j := i + 1
		switch next.s {
		case "st", "nd", "rd", "th":
			j++
			if w := tok(toks, j); w.kind == kWord && w.s == "of" {
				j++
			}
		}
		if _, ok := monthWords[tok(toks, j).s]; ok && tok(toks, j).kind == kWord {
			f.day, f.hasDay = t.n, true
			return j - i
		}
	}

	// Day after a month word: "March 28", "Mar. 28th".
	if t.digits <= 2 && f.hasMonth && !f.hasDay && i > 0 {
		p := toks[i-1]
		if p.kind == kWord || isSep(p, '.') {
			f.day, f.hasDay = t.n, true
			return 1
		}
	}

	// A year after a month: "March 28, 2025", "28 March 2025", "March 2025".
	if t.digits == 4 && !f.hasYear && (f.hasMonth || len(toks) == 1) {
		f.year, f.hasYear = t.n, true
		return 1
	}
	return 0
}

func (f *fields) applyRel(ref time.Time, n int, d time.Duration, days int) {
	if days > 0 {
		f.setRelDays(ref, n*days)
		return
	}
	f.setRelDur(ref, time.Duration(n)*d)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// build turns the collected fields into a Date.
func (f *fields) build(ref time.Time) (Date, bool) {
	hour := f.hour
	if f.hasHour {
		if f.ampm != 0 && (hour < 1 || hour > 12) {
			return Date{}, false
		}
		if f.ampm == 1 && hour == 12 {
			hour = 0
		}
		if f.ampm == 2 && hour < 12 {
			hour += 12
		}
		if hour > 23 || f.min > 59 || f.sec > 59 {
			return Date{}, false
		}
	}
	if f.rel {
		if f.hasYear || f.hasMonth || f.hasDay {
			return Date{}, false
		}
		t := f.relTime
		prec := f.relPrec
		if f.hasHour && prec == PrecisionDay {
			t = time.Date(t.Year(), t.Month(), t.Day(), hour, f.min, f.sec, 0, t.Location())
			prec = PrecisionMinute
		}
		return Date{Time: t, Precision: prec, HasZone: prec != PrecisionDay}, true
	}
	if !f.hasMonth {
		if f.hasYear && !f.hasDay && !f.hasHour && f.year >= minYear && f.year <= maxYear {
			return Date{Time: time.Date(f.year, 1, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionYear}, true
		}
		return Date{}, false
	}
	if f.month < 1 || f.month > 12 {
		return Date{}, false
	}
	loc := time.UTC
	if f.hasZone && f.zone != 0 {
		loc = time.FixedZone("", f.zone)
	}
	year := f.year
	if !f.hasYear {
		if ref.IsZero() || !f.hasDay {
			return Date{}, false
		}
		year = ref.Year()
		if time.Date(year, time.Month(f.month), f.day, 0, 0, 0, 0, loc).After(ref.Add(48 * time.Hour)) {
			year--
		}
	}
	if year < minYear || year > maxYear {
		return Date{}, false
	}
	if !f.hasDay {
		if f.hasHour {
			return Date{}, false
		}
		return Date{Time: time.Date(year, time.Month(f.month), 1, 0, 0, 0, 0, loc), Precision: PrecisionMonth, HasZone: f.hasZone}, true
	}
	if f.day < 1 || f.day > daysIn(year, f.month) {
		return Date{}, false
	}
	prec := PrecisionDay
	switch {
	case f.hasSec:
		prec = PrecisionSecond
	case f.hasHour:
		prec = PrecisionMinute
	}
	t := time.Date(year, time.Month(f.month), f.day, hour, f.min, f.sec, f.nsec, loc)
	return Date{Time: t, Precision: prec, HasZone: f.hasZone}, true
}

// Find returns the dates written in text with their byte spans, in order.
// A match needs at least a month and day, a month and year, or a relative
// form; bare years and times are not reported.
func Find(text string, ref time.Time) []Found {
	toks := tokenize(text)
	var out []Found
	for i := 0; i < len(toks); {
		if !canStart(toks[i]) {
			i++
			continue
		}
		d, n, ok := interpret(toks[i:], ref)
		if !ok || n == 0 || d.Precision == PrecisionYear {
			i++
			continue
		}
		start, end := toks[i].start, toks[i+n-1].end
		out = append(out, Found{Date: d, Start: start, End: end, Text: text[start:end]})
		i += n
	}
	return out
}

func canStart(t token) bool {
	switch t.kind {
	case kNum:
		return t.digits <= 4
	case kWord:
		_, m := monthWords[t.s]
		return m || weekdayWords[t.s] || t.s == "yesterday" || t.s == "today"
	case kCJK:
		switch t.r {
		case '어', '오', '그', '昨', '今', '前', '一', '上', '下', '午':
			return true
		}
	}
	return false
}
