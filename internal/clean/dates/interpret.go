package dates

import (
	"time"
)

var monthWords = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var weekdayWords = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true,
	"wed": true, "wednesday": true, "thu": true, "thur": true, "thurs": true,
	"thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true,
	"sun": true, "sunday": true,
}

// zoneWords maps zone abbreviations to offsets in seconds. Ambiguous ones
// (CST, IST, BST) are left out on purpose.
var zoneWords = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "kst": 9 * 3600, "jst": 9 * 3600,
	"est": -5 * 3600, "edt": -4 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
}

// relUnits maps English unit words to a duration; days and longer are
// expressed in days so that day arithmetic follows the calendar.
var relUnits = map[string]struct {
	d    time.Duration
	days int
}{
	"second": {d: time.Second}, "seconds": {d: time.Second}, "sec": {d: time.Second}, "secs": {d: time.Second},
	"minute": {d: time.Minute}, "minutes": {d: time.Minute}, "min": {d: time.Minute}, "mins": {d: time.Minute},
	"hour": {d: time.Hour}, "hours": {d: time.Hour}, "hr": {d: time.Hour}, "hrs": {d: time.Hour},
	"day": {days: 1}, "days": {days: 1}, "week": {days: 7}, "weeks": {days: 7},
}

type fields struct {
	year, month, day, hour, min, sec, nsec             int
	hasYear, hasMonth, hasDay, hasHour, hasMin, hasSec bool
	ampm                                               int // 0 none, 1 am, 2 pm
	zone                                               int
	hasZone                                            bool
	rel                                                bool
	relTime                                            time.Time
	relPrec                                            string
}

// interpret reads a date from the front of toks and returns it with the
// number of tokens used. ok is false when no date starts at toks[0].
func interpret(toks []token, ref time.Time) (Date, int, bool) {
	var f fields
	i := 0
	last := 0 // tokens consumed by the last successful rule
	for i < len(toks) {
		n := step(toks, i, &f, ref)
		if n == 0 {
			break
		}
		i += n
		if n > 1 || toks[i-1].kind != kSep {
			last = i
		}
	}
	if last == 0 {
		return Date{}, 0, false
	}
	d, ok := f.build(ref)
	return d, last, ok
}

// step applies one rule at toks[i] and returns how many tokens it used.
func step(toks []token, i int, f *fields, ref time.Time) int {
	t := toks[i]
	switch t.kind {
	case kSep:
		if (t.r == '+' || t.r == '-') && f.hasHour && !f.hasZone {
			if n := zoneOffset(toks, i, f); n > 0 {
				return n
			}
		}
		switch t.r {
		case ',', '.', '(', ')', '|', '·', '/', '-', '（', '）', '，', '、':
			if i == 0 {
				return 0
			}
			return 1
		}
		return 0
	case kWord:
		return stepWord(toks, i, f, ref)
	case kCJK:
		return stepCJK(toks, i, f, ref)
	case kNum:
		return stepNum(toks, i, f, ref)
	}
	return 0
}

func stepWord(toks []token, i int, f *fields, ref time.Time) int {
	w := toks[i].s
	if m, ok := monthWords[w]; ok && !f.hasMonth {
		f.month, f.hasMonth = int(m), true
		return 1
	}
	if weekdayWords[w] && !f.hasDay {
		return 1
	}
	switch w {
	case "at", "on", "of", "t", "th", "st", "nd", "rd", "posted", "published", "updated":
		if i == 0 && (w == "th" || w == "st" || w == "nd" || w == "rd" || w == "t" || w == "of") {
			return 0
		}
		return 1
	case "am", "pm", "a", "p":
		if !f.hasHour || f.ampm != 0 {
			return 0
		}
		n := 1
		if w == "a" || w == "p" { // a.m. / p.m.
			if i+2 < len(toks) && toks[i+1].r == '.' && toks[i+2].kind == kWord && toks[i+2].s == "m" {
				n = 3
			} else {
				return 0
			}
		}
		f.ampm = 1
		if w[0] == 'p' {
			f.ampm = 2
		}
		return n
	case "yesterday", "today":
		if ref.IsZero() || f.rel || f.hasDay {
			return 0
		}
		days := 0
		if w == "yesterday" {
			days = 1
		}
		f.setRelDays(ref, days)
		return 1
	}
	if off, ok := zoneWords[w]; ok && f.hasHour && !f.hasZone {
		f.zone, f.hasZone = off, true
		return 1
	}
	return 0
}

func (f *fields) setRelDays(ref time.Time, days int) {
	y, m, d := ref.Date()
	f.rel = true
	f.relTime = time.Date(y, m, d-days, 0, 0, 0, 0, ref.Location())
	f.relPrec = PrecisionDay
}

func (f *fields) setRelDur(ref time.Time, d time.Duration) {
	f.rel = true
	f.relTime = ref.Add(-d)
	f.relPrec = PrecisionMinute
}

// cjkSeq reports whether toks[i:] starts with the CJK runes of s.
func cjkSeq(toks []token, i int, s string) int {
	n := 0
	for _, r := range s {
		if i+n >= len(toks) || toks[i+n].kind != kCJK || toks[i+n].r != r {
			return 0
		}
		n++
	}
	return n
}

func stepCJK(toks []token, i int, f *fields, ref time.Time) int {
	for _, am := range [...]string{"오전", "上午", "午前"} {
		if n := cjkSeq(toks, i, am); n > 0 && f.ampm == 0 {
			f.ampm = 1
			return n
		}
	}
	for _, pm := range [...]string{"오후", "下午", "午後"} {
		if n := cjkSeq(toks, i, pm); n > 0 && f.ampm == 0 {
			f.ampm = 2
			return n
		}
	}
	if ref.IsZero() || f.rel || f.hasDay {
		// Weekday names in parentheses: (월), (金), 월요일, 星期五.
		return weekdayCJK(toks, i)
	}
	for _, rel := range [...]struct {
		s    string
		days int
	}{{"어제", 1}, {"오늘", 0}, {"그저께", 2}, {"그제", 2}, {"昨天", 1}, {"昨日", 1}, {"今天", 0}, {"今日", 0}, {"前天", 2}, {"一昨日", 2}} {
		if n := cjkSeq(toks, i, rel.s); n > 0 {
			f.setRelDays(ref, rel.days)
			return n
		}
	}
	return weekdayCJK(toks, i)
}

func weekdayCJK(toks []token, i int) int {
	if i == 0 {
		return 0
	}
	if n := cjkSeq(toks, i, "星期"); n > 0 && i+2 < len(toks) && toks[i+2].kind == kCJK {
		return 3
	}
	if toks[i].kind == kCJK && isWeekdayRune(toks[i].r) {
		if n := cjkSeq(toks, i+1, "요일"); n > 0 {
			return 1 + n
		}
		if n := cjkSeq(toks, i+1, "曜日"); n > 0 {
			return 1 + n
		}
		// A lone weekday rune only inside parentheses: "(월)", "（金）".
		if toks[i-1].kind == kSep && (toks[i-1].r == '(' || toks[i-1].r == '（') {
			return 1
		}
	}
	return 0
}

func isWeekdayRune(r rune) bool {
	switch r {
	case '월', '화', '수', '목', '금', '토', '일', '月', '火', '水', '木', '金', '土', '日', '一', '二', '三', '四', '五', '六', '天':
		return true
	}
	return false
}

// zoneOffset reads a numeric zone offset after a time: +0900, +09:00, -05.
func zoneOffset(toks []token, i int, f *fields) int {
	if i+1 >= len(toks) || toks[i+1].kind != kNum {
		return 0
	}
	sign := 1
	if toks[i].r == '-' {
		sign = -1
	}
	h, m, used := 0, 0, 2
	switch toks[i+1].digits {
	case 4:
		h, m = toks[i+1].n/100, toks[i+1].n%100
	case 2, 1:
		h = toks[i+1].n
		if i+3 < len(toks) && toks[i+2].kind == kSep && toks[i+2].r == ':' && toks[i+3].kind == kNum && toks[i+3].digits == 2 {
			m, used = toks[i+3].n, 4
		}
	default:
		return 0
	}
	if h > 14 || m > 59 {
		return 0
	}
	f.zone, f.hasZone = sign*(h*3600+m*60), true
	return used
}
