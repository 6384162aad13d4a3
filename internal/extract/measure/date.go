package measure

import (
	"strings"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

// Precisions of a DateMention.
const (
	PrecDay         = "day"
	PrecWeek        = "week"
	PrecPartOfMonth = "part-of-month"
	PrecMonth       = "month"
	PrecSeason      = "season"
	PrecPartOfYear  = "part-of-year"
	PrecYear        = "year"
)

// parts of a month or year
const (
	partNone = iota
	partEarly
	partMid
	partLate
)

// dateVal is one resolved time expression over tokens [i, j).
type dateVal struct {
	i, j       int
	start, end time.Time
	prec       string
	// For a month named without a year, so that a range can re-anchor it.
	month, part int
	yearGiven   bool
	relative    bool // resolved from the publication date ("last month")
	cut         int  // when set, the byte where the last token's date part ends
}

// appendYMD appends t as YYYY-MM-DD to b without the cost of time.Format
// (see scanner.ymd).
func appendYMD(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.AppendFormat(b, "2006-01-02")
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// dateKey identifies a DateMention: its first and last days (see dayNum).
// The same span stated two ways ("the first half of the year", "January-
// June") is one date whatever the precision of its words.
type dateKey struct {
	start, end int64
}

// dayNum packs the calendar day of t, one number per day that ymd tells
// apart.
func dayNum(t time.Time) int64 {
	y, m, d := t.Date()
	return int64(y)<<9 | int64(m)<<5 | int64(d)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func monthEnd(y int, m time.Month) time.Time { return day(y, m+1, 0) }

// partOfMonth returns the span of a whole month or of its early (1–10),
// mid (11–20) or late (21–end) part.
func partOfMonth(y int, m time.Month, part int) (time.Time, time.Time, string) {
	switch part {
	case partEarly:
		return day(y, m, 1), day(y, m, 10), PrecPartOfMonth
	case partMid:
		return day(y, m, 11), day(y, m, 20), PrecPartOfMonth
	case partLate:
		return day(y, m, 21), monthEnd(y, m), PrecPartOfMonth
	}
	return day(y, m, 1), monthEnd(y, m), PrecMonth
}

// partOfYear: early Jan–Apr, mid May–Aug, late Sep–Dec.
func partOfYear(y, part int) (time.Time, time.Time, string) {
	switch part {
	case partEarly:
		return day(y, 1, 1), day(y, 4, 30), PrecPartOfYear
	case partMid:
		return day(y, 5, 1), day(y, 8, 31), PrecPartOfYear
	case partLate:
		return day(y, 9, 1), day(y, 12, 31), PrecPartOfYear
	}
	return day(y, 1, 1), day(y, 12, 31), PrecYear
}

// scanDates finds time expressions and marks their tokens so that the
// amount scanner does not read "March 15" or "2024" as quantities.
func (sc *scanner) scanDates() {
	toks := sc.toks         // read once: the loop keeps it in registers, and nothing in it changes it
	seq := sc.buf.seq[:0]   // the dates added, in text order: what "two days later" counts from
	offs := sc.buf.offs[:0] // "later", "earlier", "before": where a date may count from the one before
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.lead&leadDate == 0 {
			continue // dateAt reads nothing here: a symbol, Han, or a word that starts no date
		}
		if t.kw == kwLater || t.kw == kwBefore || t.kw == kwEarlier {
			if i >= 2 {
				offs = append(offs, int32(i))
			}
			if t.kw != kwEarlier {
				continue // no date of dateAt's starts here
			}
		}
		if t.kw == kwThe && sc.plainWord(i+1) {
			continue // nor at "the" before a plain word (see plainWord), known without the call
		}
		d, ok := sc.dateAt(i)
		if !ok {
			continue
		}
		d = sc.rangeAfter(d)
		d = sc.koreanSpan(d)
		d = sc.koreanRange(d)
		d = sc.koreanHalf(d)
		if d.i > 0 && sc.toks[d.i-1].kind == tWord && equalFold(sc.tokText(d.i-1), "any") {
			// "more than in any previous winter", "any other year": every
			// such span at once, no date of its own
			d.start = time.Time{}
		}
		if d.start.IsZero() || d.end.Before(d.start) {
			if d.start.IsZero() {
				// a name ("the April 25 Sports Team") or a decade: no count either
				sc.markSpan(d.i, d.j, markDate)
			}
			i = d.j - 1
			continue
		}
		sc.markSpan(d.i, d.j, markDate)
		seq = append(seq, dateRef{int32(d.i), int32(d.j), int32(sc.addDate(d))})
		sc.setAnchor(d)
		sc.lastMonth = 0
		if d.start.Year() == d.end.Year() && d.start.Month() == d.end.Month() {
			sc.lastMonth = int(d.start.Month())
		}
		if d.yearGiven {
			sc.lastYear = 0
			if d.start.Year() == d.end.Year() {
				sc.lastYear = d.start.Year()
			}
		}
		i = d.j - 1
	}
	if len(seq) > 0 && len(offs) > 0 {
		sc.offsetDates(seq, offs)
	}
	sc.buf.seq, sc.buf.offs = seq[:0], offs[:0]
}

// dateRef is a date scanDates added: its tokens and its index in dates.
type dateRef struct{ i, j, idx int32 }

// offsetDates reads dates counted from the date stated last before them:
// "sailed on March 3 and docked two days later" is March 5, "imagery from
// Jan. 24 shows the ship, which had docked three days earlier" January 21,
// "214,000 bicycles in 2025, up from 131,000 the year before" 2024, "in
// December, up from $231 million a year earlier" the December before. A
// day counts from a day, a year from a month or a year; anything else
// stated last in between ("early this month", "the first quarter") gives
// no date, as does a count with nothing before it.
func (sc *scanner) offsetDates(seq []dateRef, offs []int32) {
	n := 0 // dates in seq that end before k
	for _, k32 := range offs {
		k := int(k32)
		kw := sc.toks[k].kw
		for n < len(seq) && int(seq[n].j) <= k-2 {
			n++
		}
		if n == 0 || sc.mark[k-1] != 0 || sc.mark[k-2] != 0 {
			continue
		}
		ref := seq[n-1]
		if sc.datelineDate(int(ref.i), int(ref.j)) {
			continue // "SEOUL, June 19 (Yonhap) -- … two days later": the report's date counts nothing
		}
		dm := &sc.dates[ref.idx]
		last := dateVal{start: parseYMD(dm.Start), end: parseYMD(dm.End), prec: dm.Precision}
		back := 1
		if kw == kwLater {
			back = -1
		}
		var d dateVal
		switch u := sc.kwAt(k - 1); {
		case u == kwDays && kw != kwBefore && last.prec == PrecDay:
			c := sc.daysBack(k - 2)
			if c == 0 {
				continue
			}
			t := last.start.AddDate(0, 0, -back*c)
			d = dateVal{i: k - 2, j: k + 1, start: t, end: t, prec: PrecDay}
		case u == kwYear && (kw == kwBefore && sc.kwAt(k-2) == kwThe && sc.clauseEnd(k+1) || kw != kwBefore && sc.kwAt(k-2) == kwA) &&
			last.start.Year() == last.end.Year() && (last.prec == PrecYear || last.prec == PrecMonth && last.start.Month() == last.end.Month()):
			d = dateVal{i: k - 2, j: k + 1, start: last.start.AddDate(-back, 0, 0), prec: last.prec}
			d.end = last.end.AddDate(-back, 0, 0)
			if last.prec == PrecMonth {
				d.end = monthEnd(d.start.Year(), d.start.Month())
			}
		default:
			continue
		}
		for m := d.i; m < d.j; m++ {
			sc.mark[m] |= markDate
		}
		sc.addDate(d)
	}
}

// datelineDate reports a date that stamps the report rather than telling
// of an event: alone on its line ("Tuesday, February 24, 2026") or after
// the city of a dateline ("SEOUL, June 19 (Yonhap) --").
func (sc *scanner) datelineDate(i, j int) bool {
	lineEnd := j >= len(sc.toks) || sc.toks[j].nl
	if i == 0 || sc.toks[i].nl {
		return lineEnd
	}
	k := i - 1
	if !sc.isSym(k, ",") {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-3 && sc.toks[b].kind == tWord && sc.toks[b].upper; b-- {
		if b == 0 || sc.toks[b].nl {
			return lineEnd || sc.isSym(j, "(", "-", "–", "—")
		}
	}
	return false
}

// parseYMD reads a YYYY-MM-DD that ymd wrote.
func parseYMD(s string) time.Time {
	n := func(a, b int) int {
		v := 0
		for _, c := range s[a:b] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	if len(s) != 10 {
		t, _ := time.Parse("2006-01-02", s)
		return t
	}
	return day(n(0, 4), time.Month(n(5, 7)), n(8, 10))
}

// daysBack is the count of days a word or figure at token k gives: "a"
// (a day later) is 1, "three" 3, "10" 10; 0 when it is none or above a
// month.
func (sc *scanner) daysBack(k int) int {
	t := sc.toks[k]
	var v float64
	switch {
	case t.kw == kwA:
		v = 1
	case t.kind == tNum:
		v, _ = parseDigits(sc.tokText(k))
	case sc.info(t.kw).cls&cNumWord != 0:
		v = sc.info(t.kw).val
	}
	if v < 1 || v > 31 || v != float64(int(v)) {
		return 0
	}
	return int(v)
}

// clauseEnd reports whether token k ends a clause: a stop, comma or
// semicolon, a line break or the end of the text. "up from 131,000 the
// year before." counts back; "the year before the border closed" does not.
func (sc *scanner) clauseEnd(k int) bool {
	return k >= len(sc.toks) || sc.toks[k].nl || sc.isSym(k, ".", ",", ";", "!", "?", ")")
}

// setAnchor remembers the year of a narrative: after "in mid-June 2018",
// "at the end of July" and "on October 7" are read in 2018. A month or day
// with a year in an earlier year than publication sets it; any other
// stated year, or a date relative to publication, ends it.
func (sc *scanner) setAnchor(d dateVal) {
	if d.yearGiven && sc.baselineBefore(d.i) {
		return // "up from 9,000 tonnes in the first half of 2024": a yardstick, no narrative
	}
	switch {
	case d.yearGiven && !d.relative && d.prec != PrecYear && d.start.Year() < sc.pub.Year() && !sc.sinceBefore(d.i):
		sc.anchorYear, sc.anchorMonth = d.start.Year(), int(d.start.Month())
	case d.yearGiven || d.relative:
		sc.anchorYear, sc.anchorMonth = 0, 0
	}
}

// sinceBefore reports "since" in the clause before token i ("since August
// 2023", "since the border was sealed in January 2020"): the date opens a
// state that lasts until publication, so it starts no narrative.
func (sc *scanner) sinceBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if sc.toks[k].kind == tSym && !sc.isSym(k, "-") || sc.toks[k+1].nl {
			return false
		}
		if sc.kwAt(k) == kwSince {
			return true
		}
	}
	return false
}

// baselineBefore reports a comparison in the clause before token i that
// makes the date a yardstick ("up from 12,000 tonnes in 2023", "compared
// with the same month of 2022", "than in 2021"): the report's own story
// stays where it was.
func (sc *scanner) baselineBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if sc.toks[k].kind == tSym && !sc.isSym(k, "-", ",") || sc.toks[k+1].nl {
			return false
		}
		if sc.kwAt(k) == kwFrom && sc.isChangeVerb(k-1) || sc.kwAt(k) == kwThan {
			return true
		}
		if w := sc.tokText(k); equalFold(w, "compared") || equalFold(w, "versus") {
			return true
		}
	}
	return false
}

// yearFor is the year of month m (day dd, or 0) written without a year at
// token i. Inside a narrative anchored in an earlier year (see setAnchor) a
// later month belongs to that year. Otherwise it is the latest such month
// that has begun by publication, unless it comes within the next three
// months and no "since" or "from" points back: reports name a month of
// the previous year with the year, so "in May" written in March is ahead.
func (sc *scanner) yearFor(i, m, dd int) int {
	if sc.anchorYear > 0 && m >= sc.anchorMonth {
		return sc.anchorYear
	}
	p := sc.pubDay()
	y := p.Year()
	if time.Month(m) > p.Month() {
		y--
	}
	k := i - 1
	for k >= 0 && (sc.kwAt(k) == kwEarly || sc.kwAt(k) == kwMid || sc.kwAt(k) == kwLate || sc.kwAt(k) == kwThe || sc.kwAt(k) == kwOf ||
		sc.kwAt(k) == kwEnd || sc.kwAt(k) == kwBeginning || sc.kwAt(k) == kwStart || sc.kwAt(k) == kwMiddle || sc.isSym(k, "-")) {
		k--
	}
	if c := sc.kwAt(k); c == kwSince || c == kwFrom || c == kwLast || c == kwPast || k >= 0 && sc.tokText(k) == "지난" {
		if dd > 0 && time.Month(m) == p.Month() && dd > p.Day() {
			y--
		}
		return y
	}
	if sc.futureBefore(i) {
		// "will reopen by October", "is expected to resume in March":
		// the next one.
		if time.Month(m) < p.Month() {
			return p.Year() + 1
		}
		return p.Year()
	}
	if ahead := (m - int(p.Month()) + 12) % 12; ahead >= 1 && ahead <= 3 {
		y++
	}
	return y
}

// addDate appends d, merging it into an earlier mention of the same span,
// and returns its index in dates.
func (sc *scanner) addDate(d dateVal) int {
	m := sc.mention(d.i, d.j)
	if d.cut > m.Start && d.cut < m.End {
		m.End = d.cut
		m.Text = sc.text[m.Start:m.End]
	}
	// Key on calendar days, as ymd formats them, so that a date seen
	// before costs no strings.
	key := dateKey{dayNum(d.start), dayNum(d.end)}
	if k, ok := sc.dateIndex[key]; ok {
		sc.dates[k].Mentions = sc.more(sc.dates[k].Mentions, m)
		return k
	}
	if sc.dateIndex == nil {
		sc.dateIndex = make(map[dateKey]int)
	}
	sc.dateIndex[key] = len(sc.dates)
	start := sc.ymd(d.start)
	end := start // a day's date is formatted once
	if key.end != key.start {
		end = sc.ymd(d.end)
	}
	sc.dates = append(sc.dates, model.DateMention{Text: m.Text, Start: start, End: end, Precision: d.prec, Mentions: sc.one(m)})
	return len(sc.dates) - 1
}

// rangeAfter joins "between January and March", "from 2019 to 2021",
// "January–March" into one span.
func (sc *scanner) rangeAfter(d dateVal) dateVal {
	k := d.j
	if k >= len(sc.toks) {
		return d
	}
	t := sc.toks[k]
	between := d.i > 0 && sc.kwAt(d.i-1) == kwBetween
	from := d.i > 0 && sc.kwAt(d.i-1) == kwFrom
	if !(sc.isSym(k, "-", "–", "—", "~") || t.kw == kwTo && (from || between || d.prec == PrecYear || d.prec == PrecMonth) || t.kw == kwThrough || t.kw == kwUntil && from || t.kw == kwAnd && between) {
		return d
	}
	if d.prec == PrecDay && sc.isSym(k, "-", "–") && k+1 < len(sc.toks) && sc.toks[k+1].kind == tNum && sc.cls(k+2)&cMonth == 0 {
		// "June 3-5": the days of one month
		if v, ok := smallInt(sc.tokText(k + 1)); ok && v > d.start.Day() && v <= monthEnd(d.start.Year(), d.start.Month()).Day() && !sc.isYear(k+1) {
			d.end, d.j = day(d.start.Year(), d.start.Month(), v), k+2
			return d
		}
	}
	d2, ok := sc.dateAt(k + 1)
	if !ok {
		if d.prec == PrecYear {
			d2, ok = sc.yearAt(k+1, true)
			if !ok && sc.isSym(k, "-", "–") {
				d2, ok = sc.shortYear(k+1, d.start.Year())
			}
		}
		if !ok {
			return d
		}
	}
	if d2.prec == PrecDay && d.prec != PrecDay && !between && !from || d2.prec == PrecWeek || d.prec == PrecWeek {
		return d
	}
	if d.month > 0 && !d.yearGiven {
		// Re-anchor "January" on the end of the range ("January to March 2024").
		y := d2.end.Year()
		if time.Month(d.month) > d2.end.Month() {
			y--
		}
		d.start, _, _ = partOfMonth(y, time.Month(d.month), d.part)
	}
	if d2.end.Before(d.start) {
		return d
	}
	prec := d.prec
	if d2.prec != d.prec {
		prec = coarser(d.prec, d2.prec)
	}
	return dateVal{i: d.i, j: d2.j, start: d.start, end: d2.end, prec: prec, yearGiven: d.yearGiven || d2.yearGiven, relative: d.relative || d2.relative}
}

// shortYear reads the "53" of "1950-53" at token k: a later year of the
// same century as from.
func (sc *scanner) shortYear(k, from int) (dateVal, bool) {
	if k >= len(sc.toks) || sc.toks[k].kind != tNum || !sc.toks[k].glued || len(sc.tokText(k)) != 2 {
		return dateVal{}, false
	}
	v, ok := smallInt(sc.tokText(k))
	y := from/100*100 + v
	if !ok || y <= from {
		return dateVal{}, false
	}
	return dateVal{i: k, j: k + 1, start: day(y, 1, 1), end: day(y, 12, 31), prec: PrecYear, yearGiven: true}, true
}

func coarser(a, b string) string {
	if precRank(a) > precRank(b) {
		return a
	}
	return b
}

// precRank orders the precisions from finest to coarsest; an unknown one
// ranks with PrecDay.
func precRank(p string) int {
	switch p {
	case PrecWeek:
		return 1
	case PrecPartOfMonth:
		return 2
	case PrecMonth:
		return 3
	case PrecSeason:
		return 4
	case PrecPartOfYear:
		return 5
	case PrecYear:
		return 6
	}
	return 0
}

// dateAt reads one time expression starting at token i.
func (sc *scanner) dateAt(i int) (dateVal, bool) {
	if i >= len(sc.toks) {
		return dateVal{}, false // "Jan 1-" at the very end
	}
	t := sc.toks[i]
	switch t.kind {
	case tNum:
		if d, ok := sc.dayFirst(i); ok {
			return d, true
		}
		if d, ok := sc.koreanDate(i); ok {
			return d, true
		}
		if d, ok := sc.agoAt(i); ok {
			return d, true
		}
		if d, ok := sc.ordinalDay(i); ok {
			return d, true
		}
		return sc.yearAt(i, false)
	case tHangul:
		return sc.koreanRelative(i)
	case tWord:
	default:
		return dateVal{}, false
	}
	c := sc.cls(i) // keep lexicon.buildDateLead in step with the cases below
	switch {
	case t.kw == kwEarly || t.kw == kwMid || t.kw == kwLate || t.kw == kwBeginning || t.kw == kwStart || t.kw == kwEnd || t.kw == kwMiddle || t.kw == kwThe || t.kw == kwEarlier:
		return sc.partAt(i)
	case t.kw == kwLast || t.kw == kwThis || t.kw == kwNext || t.kw == kwPrevious:
		return sc.relativeAt(i, i+1, t.kw)
	case t.kw == kwYesterday:
		if sc.pub.IsZero() {
			return dateVal{}, false
		}
		y := sc.pub.AddDate(0, 0, -1)
		return dateVal{i: i, j: i + 1, start: y, end: y, prec: PrecDay}, true
	case t.kw == kwA || t.kw == kwAn:
		return sc.agoAt(i)
	case c&cMonth != 0:
		return sc.monthAt(i, partNone)
	case c&cWeekday != 0 && t.upper:
		return sc.weekdayAt(i, i, 0)
	case c&cNumWord != 0:
		return sc.agoAt(i)
	case c&cSeason != 0:
		return sc.seasonAt(i, i, 0)
	}
	return dateVal{}, false
}

func (sc *scanner) pubDay() time.Time {
	// Kept: a text asks for it at every date it resolves, and building a
	// time.Time costs far more than the copy.
	if sc.pubMidnight.IsZero() {
		sc.pubMidnight = day(sc.pub.Year(), sc.pub.Month(), sc.pub.Day())
	}
	return sc.pubMidnight
}

// monthOK applies the capitalisation and "May" rules to a month word.
func (sc *scanner) monthOK(i int) (int, bool) {
	t := sc.toks[i]
	if t.kind != tWord || !t.upper || sc.cls(i)&cMonth == 0 {
		return 0, false
	}
	wi := sc.info(t.kw)
	next := i + 1
	numNext := next < len(sc.toks) && sc.toks[next].kind == tNum || sc.isSym(next, ",") && next+1 < len(sc.toks) && sc.toks[next+1].kind == tNum
	if wi.val == 1 && sc.isSym(next, ".") && sc.toks[next].glued && next+1 < len(sc.toks) && sc.toks[next+1].kind == tNum {
		numNext = true // "Nov. 22"
	}
	if wi.val == 1 { // abbreviation: "Mar." or "Mar 15"
		if !(sc.isSym(next, ".") && sc.toks[next].glued) && !numNext {
			return 0, false
		}
	}
	if t.kw == kwMay || wi.val == 1 && !numNext {
		p := sc.kwAt(i - 1)
		ctx := numNext || (i > 0 && sc.toks[i-1].kind == tNum) || sc.isSym(i-1, "-") ||
			p == kwIn || p == kwSince || p == kwDuring || p == kwBy || p == kwUntil || p == kwFrom || p == kwOf ||
			p == kwEarly || p == kwLate || p == kwMid || p == kwLast || p == kwThis || p == kwNext || p == kwAnd ||
			p == kwTo || p == kwThrough || p == kwBetween || p == kwOn || p == kwFor
		if !ctx {
			return 0, false
		}
	}
	return wi.month, true
}

// monthAt reads "March", "March 15", "March 15, 2025", "March 2025",
// "Mar. 3" at token i.
func (sc *scanner) monthAt(i, part int) (dateVal, bool) {
	m, ok := sc.monthOK(i)
	if !ok {
		return dateVal{}, false
	}
	j := i + 1
	if sc.isSym(j, ".") && sc.toks[j].glued && sc.info(sc.toks[i].kw).val == 1 {
		j++
	}
	dd, y := 0, 0
	if part == partNone && j < len(sc.toks) && sc.toks[j].kind == tNum {
		if v, ok := smallInt(sc.tokText(j)); ok && v >= 1 && v <= 31 && len(sc.tokText(j)) <= 2 {
			dd = v
			j++
			if j < len(sc.toks) && sc.toks[j].glued && (sc.kwAt(j) == kwSt || sc.kwAt(j) == kwNd || sc.kwAt(j) == kwRd || sc.kwAt(j) == kwTh) {
				j++
			}
			if sc.kwAt(j) == kwMovement || j < len(sc.toks) && sc.toks[j].upper && sc.toks[j].kind == tWord && sc.cls(j) == 0 && !sc.toks[j].nl && (dd == 1 || sc.kwAt(i-1) == kwThe) {
				return dateVal{i: i, j: j}, true // "March 1st Movement", "the April 25 Sports Team": a name, skip it
			}
		}
	}
	k := j
	if sc.isSym(k, ",") {
		k++
	}
	if k < len(sc.toks) && sc.toks[k].kind == tNum && sc.isYear(k) && (dd > 0 || k == j) {
		y, _ = smallInt(sc.tokText(k))
		j = k + 1
	}
	if y == 0 && !sc.pub.IsZero() {
		// "in January last year", "June this year", "August of last year"
		k := j
		if sc.kwAt(k) == kwOf {
			k++
		}
		if r := sc.kwAt(k); (r == kwLast || r == kwThis || r == kwNext || r == kwPrevious) && sc.kwAt(k+1) == kwYear {
			y = sc.pub.Year() + yearShift(r)
			j = k + 2
		} else if e := sc.thatYear(k); e > 0 {
			y, j = sc.lastYear, e
		}
	}
	d := dateVal{i: i, j: j, month: m, part: part, yearGiven: y > 0, relative: y > 0 && j > i+1 && sc.kwAt(j-1) == kwYear}
	if y == 0 {
		if sc.pub.IsZero() {
			return dateVal{}, false
		}
		y = sc.yearFor(i, m, dd)
	}
	if dd > 0 {
		if dd > monthEnd(y, time.Month(m)).Day() {
			return dateVal{}, false
		}
		d.start = day(y, time.Month(m), dd)
		d.end, d.prec, d.month = d.start, PrecDay, 0
		return d, true
	}
	d.start, d.end, d.prec = partOfMonth(y, time.Month(m), part)
	return d, true
}

// thatYear reads "that year", "the same year" or "that same year" at token
// k, after a month ("in December of that year"), when a date stated
// before gave one year; it returns the end of the words or 0. The month
// then takes that year.
func (sc *scanner) thatYear(k int) int {
	if sc.lastYear == 0 || k+2 >= len(sc.toks) {
		return 0
	}
	that := equalFold(sc.tokText(k), "that")
	if !that && sc.kwAt(k) != kwThe {
		return 0
	}
	k++
	if equalFold(sc.tokText(k), "same") {
		k++
	} else if !that {
		return 0 // "the year"
	}
	if sc.kwAt(k) != kwYear {
		return 0
	}
	return k + 1
}

// dayFirst reads "15 March", "15th of March 2024".
func (sc *scanner) dayFirst(i int) (dateVal, bool) {
	v, ok := smallInt(sc.tokText(i))
	if !ok || v < 1 || v > 31 || len(sc.tokText(i)) > 2 {
		return dateVal{}, false
	}
	j := i + 1
	if j < len(sc.toks) && sc.toks[j].glued && (sc.kwAt(j) == kwSt || sc.kwAt(j) == kwNd || sc.kwAt(j) == kwRd || sc.kwAt(j) == kwTh) {
		j++
	}
	if sc.kwAt(j) == kwOf {
		j++
	}
	if j >= len(sc.toks) || sc.cls(j)&cMonth == 0 {
		return dateVal{}, false
	}
	m, ok := sc.monthOK(j)
	if !ok {
		return dateVal{}, false
	}
	e := j + 1
	y := 0
	if e < len(sc.toks) && sc.toks[e].kind == tNum && sc.isYear(e) {
		y, _ = smallInt(sc.tokText(e))
		e++
	}
	given := y > 0
	if y == 0 {
		if sc.pub.IsZero() {
			return dateVal{}, false
		}
		y = sc.yearFor(i, m, v)
	}
	if v > monthEnd(y, time.Month(m)).Day() {
		return dateVal{}, false
	}
	s := day(y, time.Month(m), v)
	return dateVal{i: i, j: e, start: s, end: s, prec: PrecDay, yearGiven: given}, true
}

// yearAt reads a bare year in a date context: "in 2024", "since 2019",
// "(2023)". force skips the context check (the end of a range).
func (sc *scanner) yearAt(i int, force bool) (dateVal, bool) {
	if i >= len(sc.toks) || sc.toks[i].kind != tNum || !sc.isYear(i) {
		return dateVal{}, false
	}
	if !force {
		p := i - 1
		ok := false
		if p >= 0 {
			pt := sc.toks[p]
			ok = pt.kind == tWord && (sc.cls(p)&cPrep != 0 || pt.kw == kwYear) || sc.isSym(p, "(") || sc.yearOfPublication(p, i)
		} else {
			ok = true
		}
		if !ok {
			return dateVal{}, false
		}
	}
	n := i + 1
	if n < len(sc.toks) && (sc.toks[n].glued && (sc.toks[n].kind == tWord || sc.toks[n].kind == tHangul) || sc.cls(n)&(cMeasure|cContainer|cCurrency) != 0) {
		return dateVal{}, false
	}
	y, _ := smallInt(sc.tokText(i))
	return dateVal{i: i, j: i + 1, start: day(y, 1, 1), end: day(y, 12, 31), prec: PrecYear, yearGiven: true}, true
}

// partAt reads "early March", "mid-March", "late last month", "the end of
// March", "early 2024", "earlier this month", "on the 15th".
func (sc *scanner) partAt(i int) (dateVal, bool) {
	j := i
	part := partNone
	edge := false // "the end of", not "late": of a year, its last ten days
	switch sc.kwAt(j) {
	case kwThe:
		j++
		if d, ok := sc.weekOfMonth(i, j); ok {
			return d, true // "the last week of March", "the first ten days of November"
		}
		switch sc.kwAt(j) {
		case kwBeginning, kwStart:
			part = partEarly
		case kwEnd:
			part = partLate
		case kwMiddle:
			part = partMid
		case kwEarly, kwMid, kwLate:
			// machine-translated "the early of February"
			if sc.kwAt(j+1) != kwOf {
				return dateVal{}, false
			}
			part = partOfKw(sc.kwAt(j))
		case kwWeekend:
			return sc.weekendAt(i, j+1)
		case kwFirst, kwSecond:
			return sc.halfYear(i, j)
		default:
			if d, ok := sc.halfYear(i, j); ok {
				return d, true // "the third quarter of 2024"
			}
			if sc.cls(j)&cSeason != 0 {
				if y, e, ok := sc.yearOf(j + 2); ok && sc.kwAt(j+1) == kwOf {
					// "the autumn of last year", "the winter of 2023"
					m := sc.info(sc.toks[j].kw).month
					return dateVal{i: i, j: e, start: day(y, time.Month(m), 1), end: monthEnd(y, time.Month(m+2)), prec: PrecSeason, yearGiven: sc.toks[j+2].kind == tNum}, true
				}
			}
			return sc.theNth(i)
		}
		j++
		if sc.kwAt(j) != kwOf {
			return dateVal{}, false
		}
		j++
		edge = true
	case kwBeginning, kwStart, kwEnd, kwMiddle:
		part = partOfKw(sc.kwAt(j))
		j++
		if sc.kwAt(j) != kwOf {
			return dateVal{}, false
		}
		j++
		edge = true
	case kwEarly:
		part = partEarly
		j++
	case kwMid:
		part = partMid
		j++
	case kwLate:
		part = partLate
		j++
	case kwEarlier:
		// "earlier this month/week/year" is vague, like "recently": no date.
		if sc.kwAt(j+1) != kwThis {
			return dateVal{}, false
		}
		switch sc.kwAt(j + 2) {
		case kwMonth, kwYear, kwWeek:
			return dateVal{i: i, j: j + 3}, true
		}
		return dateVal{}, false
	}
	if sc.isSym(j, "-") && j < len(sc.toks)-1 && sc.toks[j+1].glued {
		j++
	}
	if !edge && sc.kwAt(j) == kwIn && sc.cls(j+1)&cMonth != 0 {
		j++ // "early in July", "late in September": the part of that month
	}
	if j >= len(sc.toks) {
		return dateVal{}, false
	}
	if edge && part == partLate && sc.kwAt(i-1) == kwBefore {
		// "before the end of next month": a deadline, not a time something happened
		if d, ok := sc.partAtEnd(i, j, part, edge); ok {
			return dateVal{i: d.i, j: d.j}, true
		}
		return dateVal{}, false
	}
	return sc.partAtEnd(i, j, part, edge)
}

// plainWord reports a word at token j after which "the" starts no date,
// as after most: none of the keywords partAt reads after "the", no season,
// no figure, and no ordinal for weekOfMonth or halfYear. scanDates skips
// such a "the" without calling dateAt; keep it in step with partAt
// (TestDateLeadAgreesWithDateAt checks).
func (sc *scanner) plainWord(j int) bool {
	if j >= len(sc.toks) || sc.toks[j].kind != tWord || sc.cls(j)&cSeason != 0 {
		return false
	}
	switch sc.toks[j].kw {
	case kwBeginning, kwStart, kwEnd, kwMiddle, kwEarly, kwMid, kwLate, kwWeekend, kwFirst, kwSecond, kwLast:
		return false
	}
	w := sc.tokText(j)
	return ordinalOf(w) == 0 && !equalFold(w, "final")
}

// partAtEnd reads what "early", "the end of" or "the middle of" (part,
// edge) qualify, from token j.
func (sc *scanner) partAtEnd(i, j, part int, edge bool) (dateVal, bool) {
	if edge && part != partMid {
		if d, ok := sc.yearEdge(i, j, part); ok {
			return d, true
		}
	}
	switch k := sc.kwAt(j); {
	case k == kwMonth && edge:
		return sc.relativeAt(i, j, kwThis, part) // "until the end of month"
	case sc.cls(j)&cMonth != 0:
		d, ok := sc.monthAt(j, part)
		if ok {
			d.i = i
		}
		return d, ok
	case k == kwLast || k == kwThis || k == kwNext || k == kwPrevious:
		return sc.relativeAt(i, j+1, k, part)
	case sc.cls(j)&cSeason != 0:
		return sc.seasonAt(i, j, 0, part)
	case sc.toks[j].kind == tNum && sc.isYear(j):
		if part != partNone {
			return dateVal{i: i, j: j + 1}, true // "early 2020": a third of a year is too vague to date
		}
		y, _ := smallInt(sc.tokText(j))
		s, e, p := partOfYear(y, part)
		return dateVal{i: i, j: j + 1, start: s, end: e, prec: p}, true
	}
	return dateVal{}, false
}

// yearEdge reads the year after "the end of" or "the beginning of" at
// token j: "2019", "last year". The end of a year is its last ten days,
// as for a month; its beginning, like "early 2020", is too vague to date.
func (sc *scanner) yearEdge(i, j, part int) (dateVal, bool) {
	y, e, ok := sc.yearOf(j)
	if !ok || sc.kwAt(j) == kwThe {
		return dateVal{}, false // "before the end of the year" is left vague
	}
	if part == partLate {
		return dateVal{i: i, j: e, start: day(y, 12, 21), end: day(y, 12, 31), prec: PrecPartOfMonth, yearGiven: true}, true
	}
	// "the start of last year" is as vague as "early last year": no date.
	return dateVal{i: i, j: e}, true
}

// yearOf reads a year at token j: "2024", "last year", "this year",
// "the year" (the publication's). It returns the year and the token after.
func (sc *scanner) yearOf(j int) (y, e int, ok bool) {
	switch r := sc.kwAt(j); {
	case j < len(sc.toks) && sc.toks[j].kind == tNum && sc.isYear(j):
		y, _ = smallInt(sc.tokText(j))
		return y, j + 1, true
	case (r == kwLast || r == kwThis || r == kwNext || r == kwPrevious || r == kwThe) && sc.kwAt(j+1) == kwYear && !sc.pub.IsZero():
		return sc.pub.Year() + yearShift(r), j + 2, true
	}
	return 0, j, false
}

// ordinalOf is the value of the lower-cased ordinals halfYear reads, 0 for
// any other word.
func ordinalOf(w string) int {
	// By length first: this runs at every "the".
	switch len(w) {
	case len("first"):
		if equalFold(w, "first") {
			return 1
		}
		if equalFold(w, "third") {
			return 3
		}
	case len("second"):
		if equalFold(w, "second") {
			return 2
		}
		if equalFold(w, "fourth") {
			return 4
		}
	}
	return 0
}

// partOfKw is the part of a month or year that an edge word names ("early",
// "the beginning of"), partNone for any other keyword.
func partOfKw(k kw) int {
	switch k {
	case kwEarly, kwBeginning, kwStart:
		return partEarly
	case kwMid, kwMiddle:
		return partMid
	case kwLate, kwEnd:
		return partLate
	}
	return partNone
}

// yearShift is the offset from the publication year that "last", "previous"
// or "next" names; 0 for "this" and any other keyword.
func yearShift(k kw) int {
	switch k {
	case kwLast, kwPrevious:
		return -1
	case kwNext:
		return 1
	}
	return 0
}

// halfYear reads "the first half of 2024", "the second half of last year",
// "the first quarter of the year", "the first five months of 2020" with
// the ordinal at token j.
func (sc *scanner) halfYear(i, j int) (dateVal, bool) {
	if j+2 >= len(sc.toks) {
		return dateVal{}, false
	}
	ord := ordinalOf(sc.tokText(j))
	last := sc.kwAt(j) == kwLast || equalFold(sc.tokText(j), "final")
	if ord == 0 && !last {
		return dateVal{}, false
	}
	k := j + 1
	if sc.kwAt(k) == kwHalf && (ord == 1 || ord == 2 || last) && sc.kwAt(k+1) == kwOf && sc.cls(k+2)&cMonth != 0 {
		// "the second half of October": the 16th to the month's end
		d, ok := sc.monthAt(k+2, partNone)
		if !ok || d.prec != PrecMonth {
			return dateVal{}, false
		}
		y, m := d.start.Year(), d.start.Month()
		d.i, d.month, d.prec = i, 0, PrecPartOfMonth
		if ord == 1 {
			d.end = day(y, m, 15)
		} else {
			d.start = day(y, m, 16)
		}
		return d, true
	}
	if last {
		// "the last three months of the year", "the final two months of 2024"
		n := 0
		if sc.toks[k].kind == tNum {
			n, _ = smallInt(sc.tokText(k))
		} else if sc.cls(k)&cNumWord != 0 {
			n = int(sc.info(sc.toks[k].kw).val)
		}
		if n < 2 || n > 11 || sc.kwAt(k+1) != kwMonths || sc.kwAt(k+2) != kwOf {
			return dateVal{}, false
		}
		y, e, ok := sc.yearOf(k + 3)
		if !ok {
			return dateVal{}, false
		}
		if sc.kwAt(k+3) == kwThe && monthEnd(y, 12).After(sc.pubDay()) {
			y-- // "the last three months of the year" written before they are over
		}
		return dateVal{i: i, j: e, start: day(y, time.Month(13-n), 1), end: monthEnd(y, 12), prec: PrecMonth, yearGiven: sc.toks[k+3].kind == tNum}, true
	}
	var from, to int // months, 1-based
	switch {
	case sc.kwAt(k) == kwHalf && ord <= 2:
		from, to = 6*ord-5, 6*ord
	case equalFold(sc.tokText(k), "quarter"):
		from, to = 3*ord-2, 3*ord
	case ord == 1 && (sc.kwAt(k+1) == kwMonths || sc.kwAt(k+1) == kwMonth):
		// "the first five months"
		n := 0
		if sc.toks[k].kind == tNum {
			n, _ = smallInt(sc.tokText(k))
		} else if sc.cls(k)&cNumWord != 0 {
			n = int(sc.info(sc.toks[k].kw).val)
		}
		if n < 2 || n > 11 {
			return dateVal{}, false
		}
		from, to = 1, n
		k++
	default:
		return dateVal{}, false
	}
	if sc.kwAt(k+1) != kwOf {
		return dateVal{}, false
	}
	y, e, ok := sc.yearOf(k + 2)
	if !ok {
		return dateVal{}, false
	}
	prec := PrecPartOfYear
	if from == 1 && to != 6 {
		prec = PrecMonth
	}
	if sc.kwAt(k+2) == kwThe && monthEnd(y, time.Month(to)).Sub(sc.pubDay()) > 92*24*time.Hour {
		// "the first nine months of the year" written in March: last year's
		y--
	}
	return dateVal{i: i, j: e, start: day(y, time.Month(from), 1), end: monthEnd(y, time.Month(to)), prec: prec, yearGiven: sc.toks[k+2].kind == tNum}, true
}

// weekOfMonth reads, after "the" at token i, "first week of March" (the
// 1st to the 7th), "second", "third" and "fourth week of" (the next
// sevens), "last" or "final week of March" (its last seven days), and
// "first ten days of November" or "last ten days of" (days 1–10, or the
// month's last ten) from token j.
func (sc *scanner) weekOfMonth(i, j int) (dateVal, bool) {
	if j+3 >= len(sc.toks) || sc.toks[j].kind != tWord || sc.kwAt(j+1) != kwWeek && sc.kwAt(j+2) != kwDays {
		return dateVal{}, false
	}
	ord, last := ordinalOf(sc.tokText(j)), sc.kwAt(j) == kwLast || equalFold(sc.tokText(j), "final")
	if ord == 0 && !last {
		return dateVal{}, false
	}
	k, days := j+1, 7
	if sc.kwAt(k) != kwWeek {
		// "the first ten days of": a count of days in words or digits
		n := 0
		if sc.toks[k].kind == tNum {
			n, _ = smallInt(sc.tokText(k))
		} else if sc.cls(k)&cNumWord != 0 {
			n = int(sc.info(sc.toks[k].kw).val)
		}
		if ord > 1 || n < 2 || n > 15 || !equalFold(sc.tokText(k+1), "days") {
			return dateVal{}, false
		}
		k, days = k+1, n
	}
	if sc.kwAt(k+1) != kwOf || sc.cls(k+2)&cMonth == 0 {
		return dateVal{}, false
	}
	d, ok := sc.monthAt(k+2, partNone)
	if !ok || d.prec != PrecMonth {
		return dateVal{}, false
	}
	y, m := d.start.Year(), d.start.Month()
	end := monthEnd(y, m).Day()
	first := 1 + 7*(ord-1)
	if last {
		first = end - days + 1
	}
	if first+days-1 > end {
		return dateVal{}, false
	}
	d.i, d.start, d.end, d.prec, d.month, d.part = i, day(y, m, first), day(y, m, first+days-1), PrecPartOfMonth, 0, partNone
	return d, true
}

// weekendAt is "the weekend" or "last weekend" ending at token j-1: the
// latest Saturday and Sunday before publication.
func (sc *scanner) weekendAt(i, j int) (dateVal, bool) {
	if sc.pub.IsZero() {
		return dateVal{}, false
	}
	p := sc.pubDay()
	sun := p.AddDate(0, 0, -int(p.Weekday()))
	switch {
	case sun.Equal(p) && sc.kwAt(i) == kwLast:
		sun = sun.AddDate(0, 0, -7)
	case !sun.Equal(p) && (sc.kwAt(i) == kwThis || sc.futureBefore(i)):
		// "this weekend", "will visit at the weekend": the weekend that
		// ends the publication's Monday–Sunday week
		sun = sun.AddDate(0, 0, 7)
	}
	return dateVal{i: i, j: j, start: sun.AddDate(0, 0, -1), end: sun, prec: PrecDay, relative: true}, true
}

// ordinalDay reads "on 2nd" (the ordinal without "the", as machine
// translations write it) at the number token i.
func (sc *scanner) ordinalDay(i int) (dateVal, bool) {
	if sc.kwAt(i-1) != kwOn && !(sc.kwAt(i-1) == kwIn && sc.kwAt(i+2) == kwOf) || i+1 >= len(sc.toks) || sc.pub.IsZero() {
		return dateVal{}, false // but the machine-translated "in 5th of this month" is a day
	}
	o := sc.kwAt(i + 1)
	if !sc.toks[i+1].glued || (o != kwSt && o != kwNd && o != kwRd && o != kwTh) || sc.nounAfterOrdinal(i+2) {
		return dateVal{}, false
	}
	v, ok := smallInt(sc.tokText(i))
	if !ok || v < 1 || v > 31 || sc.cls(i+2)&cMonth != 0 {
		return dateVal{}, false
	}
	if sc.kwAt(i+2) == kwOf {
		return sc.nthOfRelativeMonth(i, i+3, v) // "on 28th of last month"
	}
	return sc.dayOfRecentMonth(i, i+2, v)
}

// nounAfterOrdinal reports whether the word at k makes an ordinal a rank
// ("the 18th minute", "the 3rd division") rather than a day.
func (sc *scanner) nounAfterOrdinal(k int) bool {
	if k >= len(sc.toks) || sc.toks[k].kind != tWord || sc.toks[k].nl {
		return false
	}
	if sc.kwAt(k) == kwSuch {
		return true // "the 27th such transfer"
	}
	return sc.cls(k)&(cStop|cPrep|cMonth|cWeekday) == 0
}

// theNth reads "the 15th": that day of the publication month, or of the
// month before when it would lie after publication.
func (sc *scanner) theNth(i int) (dateVal, bool) {
	j := i + 1
	if j+1 >= len(sc.toks) || sc.toks[j].kind != tNum || sc.pub.IsZero() {
		return dateVal{}, false
	}
	o := sc.kwAt(j + 1)
	if !sc.toks[j+1].glued || (o != kwSt && o != kwNd && o != kwRd && o != kwTh) {
		return dateVal{}, false
	}
	v, ok := smallInt(sc.tokText(j))
	if !ok || v < 1 || v > 31 {
		return dateVal{}, false
	}
	if sc.kwAt(j+2) == kwOf {
		return sc.nthOfRelativeMonth(i, j+3, v) // "the 15th of March" is read by the month
	}
	if sc.cls(j+2)&cMonth != 0 || sc.nounAfterOrdinal(j+2) {
		return dateVal{}, false
	}
	return sc.dayOfRecentMonth(i, j+2, v)
}

// nthOfRelativeMonth reads "this month" or "last month" at token k after
// "the 5th of" or "on 28th of", giving day v of that month.
func (sc *scanner) nthOfRelativeMonth(i, k, v int) (dateVal, bool) {
	r := sc.kwAt(k)
	if (r != kwThis && r != kwLast && r != kwPrevious) || sc.kwAt(k+1) != kwMonth {
		return dateVal{}, false
	}
	p := sc.pubDay()
	f := day(p.Year(), p.Month(), 1)
	if r != kwThis {
		f = f.AddDate(0, -1, 0)
	}
	if v > monthEnd(f.Year(), f.Month()).Day() {
		return dateVal{}, false
	}
	d := day(f.Year(), f.Month(), v)
	return dateVal{i: i, j: k + 2, start: d, end: d, prec: PrecDay, relative: true}, true
}

func (sc *scanner) dayOfRecentMonth(i, j, v int) (dateVal, bool) {
	y, m := sc.pub.Year(), sc.pub.Month()
	if v > sc.pub.Day() {
		m--
		if m == 0 {
			y, m = y-1, 12
		}
	}
	if v > monthEnd(y, m).Day() {
		return dateVal{}, false
	}
	s := day(y, m, v)
	return dateVal{i: i, j: j, start: s, end: s, prec: PrecDay}, true
}

// relativeAt reads "last month", "this year", "next week", "last Tuesday",
// "last winter" with its keyword ending at token j-1; part narrows a month
// ("late last month") or a year ("early this year").
func (sc *scanner) relativeAt(i, j int, rel kw, part ...int) (dateVal, bool) {
	d, ok := sc.relativeAt0(i, j, rel, part...)
	d.relative = true
	return d, ok
}

func (sc *scanner) relativeAt0(i, j int, rel kw, part ...int) (dateVal, bool) {
	if sc.pub.IsZero() || j >= len(sc.toks) {
		return dateVal{}, false
	}
	pt := partNone
	if len(part) > 0 {
		pt = part[0]
	}
	off := 0
	switch rel {
	case kwLast, kwPrevious:
		off = -1
	case kwNext:
		off = 1
	}
	p := sc.pubDay()
	k := sc.kwAt(j)
	if k == kwNone && sc.toks[j].kind == tWord {
		// "last year's harvest", "this month's prices"
		switch strings.ToLower(sc.tokText(j)) {
		case "year's", "year’s":
			k = kwYear
		case "month's", "month’s":
			k = kwMonth
		case "week's", "week’s":
			k = kwWeek
		}
	}
	switch {
	case k == kwMonth:
		y, m := p.Year(), p.Month()+time.Month(off)
		first := day(y, m, 1)
		s, e, prec := partOfMonth(first.Year(), first.Month(), pt)
		return dateVal{i: i, j: j + 1, start: s, end: e, prec: prec}, true
	case k == kwYear:
		if pt != partNone {
			return dateVal{i: i, j: j + 1}, true // "late last year": too vague to date
		}
		if j+1 < len(sc.toks) && sc.cls(j+1)&cSeason != 0 && !sc.toks[j+1].nl {
			// machine-translated "since this year spring", "last year winter"
			if m := sc.info(sc.toks[j+1].kw).month; m > 0 {
				y := p.Year() + off
				return dateVal{i: i, j: j + 2, start: day(y, time.Month(m), 1), end: monthEnd(y, time.Month(m+2)), prec: PrecSeason}, true
			}
		}
		s, e, prec := partOfYear(p.Year()+off, pt)
		return dateVal{i: i, j: j + 1, start: s, end: e, prec: prec}, true
	case k == kwWeekend && pt == partNone && rel != kwNext:
		return sc.weekendAt(i, j+1)
	case k == kwWeek && pt == partNone:
		wd := (int(p.Weekday()) + 6) % 7 // Monday is 0
		mon := p.AddDate(0, 0, -wd+7*off)
		return dateVal{i: i, j: j + 1, start: mon, end: mon.AddDate(0, 0, 6), prec: PrecWeek}, true
	case sc.cls(j)&cWeekday != 0 && pt == partNone:
		return sc.weekdayAt(i, j, off)
	case sc.cls(j)&cSeason != 0 || possessiveSeason(sc.tokText(j)) > 0:
		return sc.seasonAt(i, j, off, pt)
	}
	return dateVal{}, false
}

// possessiveSeason is the first month of a season word with 's ("this
// summer's heatwave"), or 0.
func possessiveSeason(s string) int {
	s = strings.ToLower(s)
	stem, ok := strings.CutSuffix(s, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(s, "’s")
	}
	if !ok {
		return 0
	}
	switch stem {
	case "spring":
		return 3
	case "summer":
		return 6
	case "autumn", "fall":
		return 9
	case "winter":
		return 12
	}
	return 0
}

// futureBefore reports a word of plan or expectation in the clause before
// token i: "will", "due to", "expected to", "scheduled", "plans to", "to
// be" before a participle.
func (sc *scanner) futureBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if sc.toks[k].kind == tSym || sc.toks[k+1].nl {
			return false
		}
		if sc.toks[k].kind != tWord {
			continue
		}
		w := sc.tokText(k)
		if equalFold(w, "be") && k > 0 && sc.kwAt(k-1) == kwTo {
			return true // "ordered the ship to be finished by October"
		}
		switch w[0] | 0x20 {
		case 'w', 's', 'd', 'e', 'p', 'm':
			if equalFold(w, "will") || equalFold(w, "shall") || equalFold(w, "scheduled") || equalFold(w, "must") ||
				(equalFold(w, "due") || equalFold(w, "expected") || equalFold(w, "plans") || equalFold(w, "planned") || equalFold(w, "set")) && sc.kwAt(k+1) == kwTo {
				return true
			}
		}
		if sc.cls(k)&cSpeech != 0 || len(w) > 3 && strings.HasSuffix(w, "ed") && !(k > 0 && (equalFold(sc.tokText(k-1), "be") || equalFold(sc.tokText(k-1), "been"))) {
			return false // "…, he said on Monday", "KCNA reported on Tuesday": a past verb comes between; not "must be filled by"
		}
	}
	return false
}

// pastPlanBefore reports a plan told in the past tense by the report
// itself in the clause before token i: "the runners were due to fly home
// on Tuesday", "the group was scheduled to leave on Friday". Such a day
// may have passed by publication or lie ahead. Told by a source ("she said
// the ship was due to dock on Friday") the tense follows the speech verb.
func (sc *scanner) pastPlanBefore(i int) bool {
	k, n := i-1, 0
	for ; k >= 1 && n < 8; k, n = k-1, n+1 {
		if sc.toks[k].kind == tSym || sc.toks[k+1].nl {
			return false
		}
		if w := sc.tokText(k); equalFold(w, "scheduled") || (equalFold(w, "due") || equalFold(w, "expected") || equalFold(w, "set")) && sc.kwAt(k+1) == kwTo {
			break
		}
	}
	if k < 1 || n == 8 || !(equalFold(sc.tokText(k-1), "was") || equalFold(sc.tokText(k-1), "were")) {
		return false
	}
	for b, n := k-2, 0; b >= 0 && n < 30; b, n = b-1, n+1 {
		if sc.isSym(b, ".", "!", "?") || sc.toks[b+1].nl {
			break
		}
		if sc.toks[b].kind == tWord && sc.cls(b)&cSpeech != 0 {
			return false
		}
	}
	return true
}

// weekdayAt resolves a weekday word at token j to the latest such day on or
// before publication, shifted by off weeks ("last Tuesday" is off -1 only
// when that day would be in the publication's week).
func (sc *scanner) weekdayAt(i, j, off int) (dateVal, bool) {
	if sc.pub.IsZero() || !sc.toks[j].upper {
		return dateVal{}, false
	}
	// "Tuesday's meeting" is still Tuesday; "Tuesdays" is not a date.
	s := sc.tokText(j)
	if strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "'s") {
		return dateVal{}, false
	}
	p := sc.pubDay()
	want := sc.info(sc.toks[j].kw).month
	back := (int(p.Weekday()) - want + 7) % 7
	d := p.AddDate(0, 0, -back)
	switch {
	case off < 0 && back == 0:
		d = d.AddDate(0, 0, -7)
	case off > 0:
		d = d.AddDate(0, 0, 7)
	case off == 0 && sc.kwAt(i) == kwThis && back > 0:
		// "this Friday" said on a Wednesday is ahead
		d = d.AddDate(0, 0, 7)
	case off == 0 && back > 0 && sc.futureBefore(i) && !(back <= 3 && sc.pastPlanBefore(i)):
		// "they are due to return on Saturday", "will meet on Monday":
		// the next such day. "They were due to fly home on Tuesday"
		// written on a Wednesday is the day before: a plan told in the
		// past is the nearer of the two.
		d = d.AddDate(0, 0, 7)
	}
	return dateVal{i: i, j: j + 1, start: d, end: d, prec: PrecDay}, true
}

// spendVerb reports "spent", "spend", "spends" or "spending" at token k.
func (sc *scanner) spendVerb(k int) bool {
	w := sc.tokText(k)
	return len(w) >= 5 && (w[0]|0x20) == 's' && (equalFold(w, "spent") || equalFold(w, "spend") || equalFold(w, "spends") || equalFold(w, "spending"))
}

// seasonEndsPhrase reports that token k, after a season, starts no noun
// the season could qualify: a verb in -ing, a stop word, a symbol or the
// end ("spent the winter in the mine", "spent the autumn casting").
func (sc *scanner) seasonEndsPhrase(k int) bool {
	if k >= len(sc.toks) || sc.toks[k].nl || sc.toks[k].kind == tSym {
		return true
	}
	if sc.toks[k].kind != tWord {
		return false
	}
	return sc.cls(k)&cStop != 0 || strings.HasSuffix(sc.tokText(k), "ing")
}

// seasonAt reads "spring", "last winter", "summer 2024", "early spring".
// Spring is March–May, summer June–August, autumn September–November,
// winter December–February (named by the year of its December).
func (sc *scanner) seasonAt(i, j, off int, part ...int) (dateVal, bool) {
	t := sc.toks[j]
	first := sc.info(t.kw).month
	if t.kw == kwNone {
		first = possessiveSeason(sc.tokText(j))
	}
	yearGiven := 0
	if j+1 < len(sc.toks) && sc.toks[j+1].kind == tNum && sc.isYear(j+1) {
		yearGiven, _ = smallInt(sc.tokText(j + 1))
	} else if sc.kwAt(j+1) == kwOf && j+2 < len(sc.toks) && sc.toks[j+2].kind == tNum && sc.isYear(j+2) {
		yearGiven, _ = smallInt(sc.tokText(j + 2))
	}
	end := j + 1
	if yearGiven > 0 {
		end = j + 2
		if sc.kwAt(j+1) == kwOf {
			end = j + 3
		}
	}
	// Bare season words need a date context: "in the spring", "before
	// spring", "until the winter".
	if i == j && yearGiven == 0 {
		k := i - 1
		the := sc.kwAt(k) == kwThe
		if the {
			k--
		}
		switch sc.kwAt(k) {
		case kwIn, kwDuring, kwSince, kwBy, kwUntil, kwThrough, kwBefore:
		default:
			// "over the summer", "throughout the autumn", "spent the
			// autumn casting statues" (not "spent the winter savings")
			if !the || k < 0 || !equalFold(sc.tokText(k), "over") && !equalFold(sc.tokText(k), "throughout") &&
				!(sc.spendVerb(k) && sc.seasonEndsPhrase(j+1)) {
				return dateVal{}, false
			}
		}
	}
	span := func(y int) (time.Time, time.Time) {
		return day(y, time.Month(first), 1), monthEnd(y, time.Month(first+2))
	}
	var s, e time.Time
	if yearGiven > 0 {
		s, e = span(yearGiven)
	} else {
		if sc.pub.IsZero() {
			return dateVal{}, false
		}
		p := sc.pubDay()
		y := p.Year()
		if s, _ = span(y); s.After(p) {
			y--
		}
		// A season over and done gives way to the next one if that begins
		// within three months: "before spring" written in February.
		k := i - 1
		if sc.kwAt(k) == kwThe {
			k--
		}
		if _, e0 := span(y); off == 0 && e0.Before(p) && sc.kwAt(k) != kwSince && sc.kwAt(k) != kwLast {
			if s1, _ := span(y + 1); s1.Sub(p) <= 92*24*time.Hour || sc.futureBefore(k+1) {
				y++ // "before spring" written in February; "must be done by the autumn"
			}
		}
		switch {
		case off < 0:
			if _, e0 := span(y); !e0.Before(p) {
				y--
			}
		case off > 0:
			y++
		}
		s, e = span(y)
	}
	prec := PrecSeason
	if len(part) > 0 && part[0] != partNone {
		switch part[0] {
		case partEarly:
			e = day(s.Year(), s.Month()+1, 0)
		case partMid:
			s = day(s.Year(), s.Month()+1, 1)
			e = day(s.Year(), s.Month()+1, 0)
		case partLate:
			s = day(s.Year(), s.Month()+2, 1)
		}
		prec = PrecMonth
	}
	return dateVal{i: i, j: end, start: s, end: e, prec: prec}, true
}

// agoAt reads "two weeks ago", "3 days ago", "a year ago".
func (sc *scanner) agoAt(i int) (dateVal, bool) {
	if sc.pub.IsZero() {
		return dateVal{}, false
	}
	var v float64
	j := i + 1
	if sc.kwAt(j+1) != kwAgo {
		return dateVal{}, false // checked first: most figures are no "… ago", and parsing them costs
	}
	switch t := sc.toks[i]; {
	case t.kind == tNum:
		x, ok := parseDigits(sc.tokText(i))
		if !ok {
			return dateVal{}, false
		}
		v = x
	case t.kw == kwA || t.kw == kwAn:
		v = 1
	case sc.cls(i)&cNumWord != 0:
		v = sc.info(t.kw).val
	default:
		return dateVal{}, false
	}
	if v < 1 || v > 100 || v != float64(int(v)) {
		return dateVal{}, false
	}
	if sc.kwAt(i-1) == kwThan || sc.cls(i-1)&cQual != 0 {
		return dateVal{}, false // "more than a year ago" is vague
	}
	n := int(v)
	p := sc.pubDay()
	switch sc.kwAt(j) {
	case kwDays:
		d := p.AddDate(0, 0, -n)
		return dateVal{i: i, j: j + 2, start: d, end: d, prec: PrecDay}, true
	case kwWeek, kwWeeks:
		wd := (int(p.Weekday()) + 6) % 7
		mon := p.AddDate(0, 0, -wd-7*n)
		return dateVal{i: i, j: j + 2, start: mon, end: mon.AddDate(0, 0, 6), prec: PrecWeek}, true
	case kwMonth, kwMonths:
		f := day(p.Year(), p.Month()-time.Month(n), 1)
		return dateVal{i: i, j: j + 2, start: f, end: monthEnd(f.Year(), f.Month()), prec: PrecMonth}, true
	case kwYear, kwYears:
		y := p.Year() - n
		return dateVal{i: i, j: j + 2, start: day(y, 1, 1), end: day(y, 12, 31), prec: PrecYear}, true
	}
	return dateVal{}, false
}

// smallInt parses up to 9 plain digits.
func smallInt(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// yearOfPublication reports a year between a determiner at token p and,
// a few words on, a word for a publication, an agreement or a decision:
// "its 2019 report", "their 2023 survey", "a 2017 U.N. Security Council
// resolution", "a 2018 inter-Korean military agreement".
func (sc *scanner) yearOfPublication(p, i int) bool {
	switch strings.ToLower(sc.tokText(p)) {
	case "its", "their", "his", "her", "our", "a", "an", "the":
	default:
		return false
	}
	for k, n := i+1, 0; k < len(sc.toks) && n < 6; k++ {
		t := sc.toks[k]
		if t.nl {
			return false
		}
		if t.kind == tSym {
			if (sc.tokText(k) == "." || sc.tokText(k) == "-") && t.glued {
				continue // "U.N.", "inter-Korean"
			}
			return false
		}
		if t.kind != tWord || k > i+1 && sc.cls(k)&cStop != 0 {
			return false
		}
		n++
		switch strings.ToLower(sc.tokText(k)) {
		case "report", "survey", "study", "review", "assessment", "census", "estimate", "estimates", "yearbook",
			"resolution", "agreement", "accord", "treaty", "pact", "declaration", "summit", "deal", "decree", "law":
			return true
		}
	}
	return false
}
