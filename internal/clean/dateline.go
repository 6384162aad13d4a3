package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/clean/dates"
	"github.com/yalu-osint/yalu/internal/model"
)

// A dateline opens a wire report: "SEOUL, March 4 (Yonhap) --",
// "VLADIVOSTOK, Russia, Sept. 12 (AP) —", "(서울=연합뉴스) 홍길동 기자 =",
// "【丹东3月4日讯】", "新华社北京3月4日电（记者 张三）", "【ソウル共同】".
// The cleaner keeps it in the text (its city is a place the report names)
// and reads from it the city, a country, the agency and the date.

// span is a byte range [start, end) of the paragraph a dateline opens.
type span struct{ start, end int }

func (s span) ok() bool { return s.end > s.start }

// dateline is a dateline found at the start of a paragraph.
type dateline struct {
	end        int    // end of the dateline, its separator included
	city       span   // the city as written
	country    span   // a country or state after the city, if any
	outletText string // the agency as written, if any
	outlet     string // the agency's canonical name, if any
	date       span   // the date words, if any
	byline     string // a Korean wire reporter ("홍길동 기자"), if any
}

// dateRefProbe only locates date words: yearless dates need some
// reference to be recognised at all, and the real one may be unknown.
var dateRefProbe = time.Date(2000, time.June, 15, 0, 0, 0, 0, time.UTC)

// findDateline reads a dateline at the start of p, or returns nil.
func findDateline(p string) *dateline {
	if d := koreanDateline(p); d != nil {
		return d
	}
	if d := cjkDateline(p); d != nil {
		return d
	}
	return wireDateline(p)
}

// dateCand returns the dateline's date resolved against ref, or nil when
// it names none or its year cannot be known.
func (d *dateline) dateCand(p string, ref time.Time) *dateCand {
	if !d.date.ok() {
		return nil
	}
	text := p[d.date.start:d.date.end]
	got, err := dates.Parse(text, ref)
	if err != nil {
		return nil
	}
	return &dateCand{t: got.Time, text: text, source: "dateline"}
}

// model converts d for a result whose Text starts with paragraph p.
func (d *dateline) model(p string, date *dateCand) *model.Dateline {
	m := &model.Dateline{Start: 0, End: d.end, Text: p[:d.end], Outlet: d.outlet, OutletText: d.outletText}
	if d.city.ok() {
		m.City = &model.Mention{Start: d.city.start, End: d.city.end, Text: p[d.city.start:d.city.end]}
	}
	if d.country.ok() {
		m.Country = &model.Mention{Start: d.country.start, End: d.country.end, Text: p[d.country.start:d.country.end]}
	}
	if d.date.ok() {
		m.DateText = p[d.date.start:d.date.end]
	}
	if date != nil {
		t := date.t.UTC()
		m.Date = &t
	}
	return m
}

// wireDashes end an English wire dateline; runs of them ("-- ", "—-") are
// consumed whole.
var wireDashes = []string{"--", "—", "–", "―", "‒", "−", "-"}

// datelineStopwords are capitalised labels that open a paragraph like a
// dateline city but are not places.
var datelineStopwords = map[string]bool{
	"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "ANALYSIS": true,
	"URGENT": true, "FLASH": true, "CORRECTED": true, "CORRECTION": true, "REFILE": true,
	"WRAPUP": true, "FACTBOX": true, "INSIGHT": true, "EDITORIAL": true, "OPINION": true,
	"COMMENTARY": true, "INTERVIEW": true, "PHOTO": true, "PHOTOS": true, "VIDEO": true,
	"WATCH": true, "LIVE": true, "NOTE": true, "EDITOR": true, "EDITORS": true, "ADVISORY": true,
	"FEATURE": true, "REVIEW": true, "SPECIAL": true, "REPORT": true, "NEWS": true, "WARNING": true,
}

// wireDateline reads "CITY[, Country][, Date] [(Agency)] --".
func wireDateline(p string) *dateline {
	k, sepEnd := wireSeparator(p[:min(len(p), 120)])
	if k <= 0 {
		return nil
	}
	prefix := strings.TrimRight(p[:k], " \u00a0")
	d := &dateline{end: sepEnd}
	known := false
	if strings.HasSuffix(prefix, ")") {
		o := strings.LastIndexByte(prefix, '(')
		if o <= 0 {
			return nil
		}
		name := strings.TrimSpace(prefix[o+1 : len(prefix)-1])
		if d.outlet = outletForName(name); d.outlet != "" {
			known = true
		} else if plausibleAgency(name) {
			d.outlet = name
		} else {
			return nil
		}
		d.outletText = name
		prefix = strings.TrimRight(prefix[:o], " \u00a0")
	}
	cityEnd := strings.IndexByte(prefix, ',')
	if cityEnd < 0 {
		cityEnd = len(prefix)
	}
	city := strings.TrimSpace(prefix[:cityEnd])
	if city == "" || city != prefix[:len(city)] || !placeWords(city, 4) {
		return nil
	}
	d.city = span{0, len(city)}
	caps := !strings.ContainsFunc(city, unicode.IsLower)
	first, _ := utf8.DecodeRuneInString(city)
	switch {
	case known:
		// "Seoul, March 4 (Yonhap) --": the agency makes it a dateline.
	case !caps || utf8.RuneCountInString(city) < 3 || datelineStopwords[city] || !unicode.IsUpper(first):
		return nil
	}
	if cityEnd == len(prefix) {
		return d
	}
	rest := prefix[cityEnd+1:]
	base := cityEnd + 1
	if fs := dates.Find(rest, dateRefProbe); len(fs) > 0 {
		f := fs[len(fs)-1]
		if strings.TrimSpace(rest[f.End:]) != "" {
			return nil
		}
		d.date = span{base + f.Start, base + f.End}
		rest = strings.TrimRight(rest[:f.Start], " ,\u00a0")
	}
	if strings.TrimSpace(rest) == "" {
		return d
	}
	// What is left names where the city is: "China", "Russia", "Ill.".
	for i, part := range strings.Split(rest, ",") {
		name := strings.TrimSpace(part)
		if name == "" || !placeWords(name, 3) {
			return nil
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) && !known {
			return nil
		}
		if i == 0 {
			start := base + strings.Index(part, name)
			d.country = span{start, start + len(name)}
		}
		base += len(part) + 1
	}
	return d
}

// wireSeparator finds the dash that ends a dateline in head and returns
// where it starts and where the dateline ends (after the dash run).
func wireSeparator(head string) (int, int) {
	best := -1
	for _, s := range wireDashes {
		k := strings.Index(head, s)
		for k > 0 && s == "-" && !hyphenSeparates(head, k) {
			n := strings.Index(head[k+1:], s)
			if n < 0 {
				k = -1
				break
			}
			k += 1 + n
		}
		if k > 0 && (best < 0 || k < best) {
			best = k
		}
	}
	if best < 0 {
		return -1, -1
	}
	end := best
	for end < len(head) {
		r, n := utf8.DecodeRuneInString(head[end:])
		if r != '-' && r != '—' && r != '–' && r != '―' && r != '‒' && r != '−' {
			break
		}
		end += n
	}
	if end < len(head) {
		r, _ := utf8.DecodeRuneInString(head[end:])
		if !unicode.IsSpace(r) && head[best] == '-' && head[best-1] != ' ' && head[best-1] != ')' {
			return -1, -1 // a hyphenated word, not a separator
		}
	}
	return best, end
}

// hyphenSeparates reports whether a single hyphen at k stands alone
// (" - ") or closes an agency ("(Reuters)-"), rather than joining words.
func hyphenSeparates(s string, k int) bool {
	before := s[k-1]
	if before == ')' {
		return true
	}
	return before == ' ' && (k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '-')
}

// placeWords reports whether s reads as a place name of at most n words:
// letters with the punctuation names use, no digits.
func placeWords(s string, n int) bool {
	if len(s) > 48 || len(strings.Fields(s)) > n {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’' || r == '/':
		default:
			return false
		}
	}
	return letters > 0
}

// plausibleAgency accepts an unknown agency name in a dateline's
// parentheses: one to four capitalised words, no digits, no date.
func plausibleAgency(name string) bool {
	if !placeWords(name, 4) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return false
	}
	return len(dates.Find(name, dateRefProbe)) == 0
}

// koreanReporter ends the reporter part of a Korean wire dateline.
var koreanReporter = []string{"기자", "특파원", "통신원", "객원기자", "선임기자"}

// koreanDateline reads "(서울=연합뉴스) 홍길동 기자 =" and "[베이징=뉴시스]".
func koreanDateline(p string) *dateline {
	if !strings.HasPrefix(p, "(") && !strings.HasPrefix(p, "[") && !strings.HasPrefix(p, "（") {
		return nil
	}
	end := strings.IndexAny(p, ")]）")
	if end <= 0 || end >= 60 {
		return nil
	}
	_, openLen := utf8.DecodeRuneInString(p)
	inner := p[openLen:end]
	eq := strings.IndexAny(inner, "=＝")
	if eq <= 0 {
		return nil
	}
	left := inner[:eq]
	_, eqLen := utf8.DecodeRuneInString(inner[eq:])
	right := strings.TrimSpace(inner[eq+eqLen:])
	if right == "" || strings.ContainsAny(right, "=＝") {
		return nil
	}
	_, closeLen := utf8.DecodeRuneInString(p[end:])
	d := &dateline{end: end + closeLen, outletText: right, outlet: outletForName(right)}
	if d.outlet == "" {
		d.outlet = right
	}
	// "서울", "워싱턴 AFP" (a foreign agency relayed): the city is the first word.
	if f := strings.Fields(left); len(f) > 0 && placeWords(f[0], 1) {
		start := openLen + strings.Index(left, f[0])
		d.city = span{start, start + len(f[0])}
	}
	// "홍길동 기자 =": the reporter belongs to the dateline.
	rest := p[d.end:]
	if k := strings.IndexAny(rest, "=＝"); k > 0 && k < 60 {
		who := strings.TrimSpace(rest[:k])
		_, n := utf8.DecodeRuneInString(rest[k:])
		spaced := strings.HasSuffix(rest[:k], " ") && strings.HasPrefix(rest[k+n:], " ")
		if reporterLike(who, spaced) {
			d.byline = who
			d.end += k + n
		}
	}
	return d
}

// reporterLike reports whether s is "홍길동 기자" or "홍길동·김철수 기자";
// without such a title, a short name set off by a spaced " = " passes.
func reporterLike(s string, spaced bool) bool {
	if s == "" || strings.ContainsAny(s, ".,()[]\"0123456789") {
		return false
	}
	for _, r := range koreanReporter {
		if strings.HasSuffix(s, r) {
			return true
		}
	}
	return spaced && len(strings.Fields(s)) <= 3
}

// cjkAgencies open an unbracketed Chinese dateline or precede its city
// inside the brackets; "" marks the paper's own ("本报", this paper).
var cjkAgencies = []struct{ prefix, outlet string }{
	{"新华社", "Xinhua"}, {"新華社", "Xinhua"}, {"中新社", "China News Service"},
	{"中新网", "China News Service"}, {"人民网", "People's Daily"}, {"人民日报", "People's Daily"},
	{"环球网", "Global Times"}, {"央视网", "CCTV"}, {"本报", ""}, {"本网", ""},
}

// japaneseAgencies close a Japanese dateline: "【ソウル共同】".
var japaneseAgencies = []struct{ suffix, outlet string }{
	{"共同", "Kyodo News"}, {"時事", "Jiji Press"}, {"ロイター", "Reuters"}, {"AFP", "AFP"},
}

// cjkDateline reads Chinese and Japanese datelines.
func cjkDateline(p string) *dateline {
	for _, br := range [...][2]string{{"【", "】"}, {"[", "]"}, {"（", "）"}, {"(", ")"}} {
		if !strings.HasPrefix(p, br[0]) {
			continue
		}
		end := strings.Index(p, br[1])
		if end <= 0 || end > 90 {
			return nil
		}
		inner := p[len(br[0]):end]
		d := chineseCore(inner, len(br[0]))
		if d == nil {
			d = japaneseCore(inner, len(br[0]))
		}
		if d == nil {
			return nil
		}
		d.end = end + len(br[1])
		return d
	}
	for _, a := range cjkAgencies {
		if !strings.HasPrefix(p, a.prefix) {
			continue
		}
		head := p[:min(len(p), 60)]
		k := strings.IndexAny(head, "电讯")
		if k < 0 {
			return nil
		}
		d := chineseCore(p[:k+len("电")], 0)
		if d == nil {
			return nil
		}
		d.end = k + len("电")
		// "（记者 张三）" after "电" belongs to the dateline.
		rest := p[d.end:]
		for _, br := range [...][2]string{{"（", "）"}, {"(", ")"}} {
			if strings.HasPrefix(rest, br[0]) {
				if c := strings.Index(rest, br[1]); c > 0 && c < 60 && strings.Contains(rest[:c], "记者") {
					d.end += c + len(br[1])
				}
			}
		}
		return d
	}
	return nil
}

// chineseCore reads "[agency]CITY[M月D日](讯|电)"; off is where s starts in
// the paragraph.
func chineseCore(s string, off int) *dateline {
	core, ok := strings.CutSuffix(s, "讯")
	if !ok {
		if core, ok = strings.CutSuffix(s, "电"); !ok {
			return nil
		}
	}
	d := &dateline{}
	for _, a := range cjkAgencies {
		if rest, ok := strings.CutPrefix(core, a.prefix); ok {
			d.outletText, d.outlet = a.prefix, a.outlet
			if a.outlet == "" {
				d.outletText = ""
			}
			off += len(a.prefix)
			core = rest
			break
		}
	}
	cityEnd := strings.IndexFunc(core, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
	if cityEnd < 0 {
		cityEnd = len(core)
	}
	if n := utf8.RuneCountInString(core[:cityEnd]); n < 2 || n > 8 {
		return nil
	}
	d.city = span{off, off + cityEnd}
	if tail := core[cityEnd:]; tail != "" {
		fs := dates.Find(tail, dateRefProbe)
		if len(fs) != 1 || fs[0].Start != 0 || fs[0].End != len(tail) {
			return nil
		}
		d.date = span{off + cityEnd, off + len(core)}
	}
	return d
}

// japaneseCore reads "ソウル共同" or "北京＝時事".
func japaneseCore(s string, off int) *dateline {
	for _, a := range japaneseAgencies {
		city, ok := strings.CutSuffix(s, a.suffix)
		if !ok {
			continue
		}
		city = strings.TrimRight(city, "=＝ ")
		if n := utf8.RuneCountInString(city); n < 2 || n > 10 {
			return nil
		}
		for _, r := range city {
			if !unicode.In(r, unicode.Han, unicode.Katakana) && r != 'ー' && r != '・' {
				return nil
			}
		}
		return &dateline{city: span{off, off + len(city)}, outletText: a.suffix, outlet: a.outlet}
	}
	return nil
}
