package measure

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
	"github.com/yalu-osint/yalu/internal/extract/slab"
	"github.com/yalu-osint/yalu/internal/model"
)

var zeroTime time.Time

// token marks
const (
	markDate uint8 = 1 << iota
	markPrice
	markQty
)

// scanner holds one text's tokens and what has been found so far.
type scanner struct {
	text string
	lx   *lexicon
	toks []token
	cjk  bool // the text holds Hangul or Han
	mark []uint8
	buf  *tokBuf // where toks and mark came from; see release
	pub  time.Time
	rt   *rates.Table

	won string // ISO code for an unqualified won: KPW or KRW; set by context
	yen string // ISO code for ¥: CNY or JPY; set by context

	prices     []model.Price
	quantities []model.Quantity
	dates      []model.DateMention
	dateIndex  map[dateKey]int // (start, end) → index in dates
	slab       []model.Mention // where one and more cut the values' mentions from
	ymds       []byte          // where ymd cuts the values' dates from

	pubDate     string    // ymd of pub, once needed; see dateString
	pubMidnight time.Time // pub's calendar day, once needed; see pubDay
	tableSource string    // "table:" and the rate table's name, once needed

	anchorYear, anchorMonth int // the year of a narrative; see setAnchor
	lastYear                int // the one year of the date stated last with its year, 0 if none; see thatYear
	lastMonth               int // the month of the date stated last within one month, 0 if none ("지난해 같은 달")
}

// one returns a slice of the one mention m, for a new value's Mentions. The
// slices are cut from a shared block, one allocation for many values; each
// is capped at its length, so appending to one never writes into another.
func (sc *scanner) one(m model.Mention) []model.Mention {
	if len(sc.slab) == cap(sc.slab) {
		sc.slab = make([]model.Mention, 0, 8)
	}
	sc.slab = append(sc.slab, m)
	n := len(sc.slab)
	return sc.slab[n-1 : n : n]
}

// more appends ms to dst, a value's mentions. A list that must grow is
// copied into room cut from the shared block, as append would grow it (at
// least doubled), and the room is its own: the block's next slices start
// after it. A list longer than maxSlabbed grows by append.
func (sc *scanner) more(dst []model.Mention, ms ...model.Mention) []model.Mention {
	return slab.Append(&sc.slab, dst, maxSlabbed, 16, ms...)
}

// maxSlabbed is the most mentions more makes room for in the shared
// block: a text that repeats one value over and over grows its list by
// append.
const maxSlabbed = 16

// ymd formats t as YYYY-MM-DD (appendYMD) in a block shared by the scan's
// dates, one allocation for many; the block is the scanner's own, and
// what is written in it is never written over.
func (sc *scanner) ymd(t time.Time) string {
	if cap(sc.ymds)-len(sc.ymds) < 16 {
		sc.ymds = make([]byte, 0, 160)
	}
	at := len(sc.ymds)
	sc.ymds = appendYMD(sc.ymds, t)
	return unsafe.String(&sc.ymds[at], len(sc.ymds)-at)
}

// tokBuf is a scanner's token and mark buffers, reused across scans through
// tokPool.
type tokBuf struct {
	toks []token
	mark []uint8

	// The values found, gathered here and copied out once at the end.
	prices     []model.Price
	quantities []model.Quantity
	dates      []model.DateMention
	dateIndex  map[dateKey]int
	seq        []dateRef // scanDates' dates in text order
	offs       []int32   // and the words that may count from them
}

var tokPool = sync.Pool{New: func() any { return new(tokBuf) }}

// maxPooledToks bounds the buffers kept in tokPool, so that one very long
// text does not pin its token list.
const maxPooledToks = 1 << 16

// maxPooledDates bounds the date index kept in tokPool, as clearing a map
// costs as much as it once held.
const maxPooledDates = 256

func newScanner(text string, pub time.Time, rt *rates.Table) *scanner {
	sc := &scanner{text: text, pub: pub, rt: rt, lx: keywordTable()}
	buf := tokPool.Get().(*tokBuf)
	toks := buf.toks[:0]
	if need := len(text)/5 + 4; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	sc.toks, sc.cjk = tokenize(text, toks, sc.lx)
	if cap(buf.mark) < len(sc.toks) {
		buf.mark = make([]uint8, cap(sc.toks))
	}
	sc.mark = buf.mark[:len(sc.toks)]
	clear(sc.mark)
	sc.buf = buf
	sc.prices, sc.quantities, sc.dates = buf.prices[:0], buf.quantities[:0], buf.dates[:0]
	sc.dateIndex = buf.dateIndex
	return sc
}

// release returns the scanner's buffers to tokPool; the scanner must not be
// used after it.
func (sc *scanner) release() {
	if cap(sc.toks) <= maxPooledToks {
		b := sc.buf
		b.toks, b.mark = sc.toks[:0], sc.mark[:0]
		b.prices, b.quantities, b.dates = reuse(sc.prices), reuse(sc.quantities), reuse(sc.dates)
		b.dateIndex = nil
		if len(sc.dateIndex) <= maxPooledDates {
			clear(sc.dateIndex)
			b.dateIndex = sc.dateIndex
		}
		tokPool.Put(b)
	}
	sc.toks, sc.mark, sc.buf = nil, nil, nil
	sc.prices, sc.quantities, sc.dates = nil, nil, nil
	sc.dateIndex = nil
}

// reuse empties s for the next scan, dropping its references to values
// already copied out.
func reuse[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// copied returns a copy of s, nil when s is empty.
func copied[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// Scan finds prices, quantities and dates in one pass over shared tokens.
// published anchors relative dates and picks the month of table
// conversions; with a zero published, relative dates and table conversions
// are skipped. rt may be nil (no table conversion).
func Scan(text string, published time.Time, rt *rates.Table) (prices []model.Price, quantities []model.Quantity, dates []model.DateMention) {
	sc := newScanner(text, published, rt)
	defer sc.release()
	sc.scanDates()
	sc.scanAmounts()
	sc.mergePrices()
	sc.mergeQuantities()
	return copied(sc.prices), copied(sc.quantities), copied(sc.dates)
}

// mergeQuantities lists a quantity stated twice once, with both mentions:
// the same bounds in the same unit, with no item on one that contradicts
// the other ("a cap of 500,000 barrels" in the lead, "capped imports at
// 500,000 barrels a year" at the end). Two goods of the same amount keep
// their own quantities when both items are known.
func (sc *scanner) mergeQuantities() {
	sc.quantities = mergeRepeats(sc.quantities, func(q, p *model.Quantity) bool {
		return q.Min == p.Min && (q.Max == nil) == (p.Max == nil) && (q.Max == nil || *q.Max == *p.Max) &&
			q.Unit == p.Unit && (q.Item == "" || p.Item == "" || q.Item == p.Item)
	}, func(q, p *model.Quantity) {
		if q.Item == "" {
			q.Item = p.Item
		}
		q.Mentions = sc.more(q.Mentions, p.Mentions...)
	})
}

// mergePrices lists a price stated twice once, with both mentions: the
// same sum in the same currency, with no unit or item on one that
// contradicts the other ("paying as much as 18,000 dollars" in the lead,
// "sold for 18,000 US dollars" later). Two goods that happen to cost the
// same keep their own prices when both items are known.
func (sc *scanner) mergePrices() {
	sc.prices = mergeRepeats(sc.prices, func(q, p *model.Price) bool {
		return q.Amount == p.Amount && q.Currency == p.Currency && (q.AmountMax == nil) == (p.AmountMax == nil) &&
			(q.AmountMax == nil || *q.AmountMax == *p.AmountMax) &&
			(q.Unit == "" || p.Unit == "" || q.Unit == p.Unit) && (q.Item == "" || p.Item == "" || q.Item == p.Item)
	}, func(q, p *model.Price) {
		if q.Unit == "" {
			q.Unit = p.Unit
		}
		if q.Item == "" {
			q.Item = p.Item
		}
		if q.Qualifier == "" {
			q.Qualifier = p.Qualifier
		}
		if q.USD == nil {
			q.USD = p.USD
		}
		q.Mentions = sc.more(q.Mentions, p.Mentions...)
	})
}

// mergeRepeats keeps the first of the values of xs that same says are one,
// folding each later one into it with fold, in xs's own array.
func mergeRepeats[T any](xs []T, same func(q, p *T) bool, fold func(q, p *T)) []T {
	out := xs[:0]
	for i := range xs {
		// out ends at or before i, so p is never one of the kept values
		// (and no copy of it escapes to the heap).
		p := &xs[i]
		merged := false
		for k := range out {
			if q := &out[k]; same(q, p) {
				fold(q, p)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, *p)
		}
	}
	clear(xs[len(out):])
	return out
}

// Prices returns the prices stated in text. See Scan.
func Prices(text string, published time.Time, rt *rates.Table) []model.Price {
	p, _, _ := Scan(text, published, rt)
	return p
}

// Quantities returns the quantities stated in text.
func Quantities(text string) []model.Quantity {
	_, q, _ := Scan(text, zeroTime, nil)
	return q
}

// Dates returns the time expressions in text resolved against published.
func Dates(text string, published time.Time) []model.DateMention {
	sc := newScanner(text, published, nil)
	defer sc.release()
	sc.scanDates()
	return copied(sc.dates)
}

// context computes the won and yen rules once, when first needed.
func (sc *scanner) context() {
	if sc.won == "" {
		sc.won, sc.yen = currencyContext(sc.text, sc.cjk)
	}
}

// currencyContext applies the documented won and yen rules to the text.
// cjk tells whether the text holds any Hangul or Han; without, the Korean
// and Chinese cues cannot occur and are not searched for.
func currencyContext(text string, cjk bool) (won, yen string) {
	// has reports whether text holds one of the Latin cues, or one of the
	// Korean or Chinese ones.
	has := func(latin, cjkCues []string) bool {
		if cjk {
			// a Korean or Chinese text most likely names its cue in its own script
			return containsAny(text, cjkCues...) || containsAny(text, latin...)
		}
		return containsAny(text, latin...)
	}
	won = "KRW"
	// The rules are evaluated lazily, each only when the ones before leave
	// the answer open: every cue list is a scan of the whole text.
	nkMoney := func() bool {
		return has([]string{"North Korean won", "North Korean currency", "N. Korean won", "jangmadang", "Jangmadang"},
			[]string{"북한 돈", "북한돈", "북한 원화", "장마당"})
	}
	// North Korea named, or a North Korean city or province that reports
	// (machine-translated ones included) use without naming the country.
	nk := func() bool {
		return has([]string{"North Korea", "N. Korea", "DPRK", "Pyongyang",
			"Hyesan", "Hesan", "Sinuiju", "Yanggang", "Ryanggang", "Hamgyong", "Pyongan", "Jagang", "Chongjin", "Hoeryong", "Nampo", "Rason",
			"Kaesong", "Kanggye", "Wonsan", "Hamhung", "Musan", "Manpo", "Namyang", "Sariwon", "Pyongsong",
			"Chagang", "Shinuiju", "Kangkye", "Manpho", "Nampho", "Rajin", "Kimchaek", "Tanchon", "Songnim", "Haeju", "Sunchon",
			"Huichon", "Junggang", "Samjiyon", "Onsong", "Sakju", "Chosan", "Wiwon", "Kapsan", "Paegam", "Hungnam", "Kilju", "Cholsan"},
			[]string{"북한", "北", "평양",
				"혜산", "신의주", "양강도", "함경", "평안", "자강도", "청진", "회령", "남포", "나선", "만포", "개성", "강계", "원산", "함흥", "무산", "평성",
				"라선", "나진", "김책", "단천", "해주", "사리원", "중강", "삼지연", "온성", "삭주", "초산군", "위원군", "갑산", "흥남", "길주"})
	}
	// Market talk points to North Korean prices, unless the report is from
	// Seoul about South Koreans ("a South Korean importer … market price").
	market := func() bool {
		return has([]string{"market", "Market", "prices", "Prices"}, []string{"시장", "값", "가격", "거래"}) &&
			!(has([]string{"Seoul", "SEOUL"}, nil) && has([]string{"South Korean"}, nil))
	}
	// A North Korean report with no South Korean money or Seoul angle.
	north := func() bool {
		return !has([]string{"Seoul", "SEOUL", "South Korean won", "KRW"}, []string{"서울", "한화", "남한 돈", "한국 돈"})
	}
	if nkMoney() || (nk() && (market() || north())) {
		won = "KPW"
	}
	yen = "JPY"
	if has([]string{"China", "Chinese", "yuan", "Yuan", "RMB"}, []string{"중국", "中国"}) && !has([]string{"Japan", "yen"}, []string{"일본", "日本"}) {
		yen = "CNY"
	}
	return won, yen
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func (sc *scanner) info(k kw) *wordInfo { return sc.lx.infoOf(k) }

func (sc *scanner) tokText(i int) string { return sc.text[sc.toks[i].start:sc.toks[i].end] }

// isSym reports whether token i is a symbol equal to one of syms.
func (sc *scanner) isSym(i int, syms ...string) bool {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != tSym {
		return false
	}
	s := sc.tokText(i)
	for _, x := range syms {
		if s == x {
			return true
		}
	}
	return false
}

// stopAt is sc.isSym(k, ".", "!", "?", ";") for the loops that walk a
// clause token by token: these are one-byte symbols, told by their byte.
func (sc *scanner) stopAt(k int) bool {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != tSym {
		return false
	}
	switch sc.text[sc.toks[k].start] {
	case '.', '!', '?', ';':
		return true
	}
	return false
}

func (sc *scanner) cls(i int) class {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kw == kwNone {
		return 0
	}
	return sc.info(sc.toks[i].kw).cls
}

func (sc *scanner) kwAt(i int) kw {
	if i < 0 || i >= len(sc.toks) {
		return kwNone
	}
	return sc.toks[i].kw
}

// mention is the text of tokens [i, j).
func (sc *scanner) mention(i, j int) model.Mention {
	s, e := int(sc.toks[i].start), int(sc.toks[j-1].end)
	return model.Mention{Start: s, End: e, Text: sc.text[s:e]}
}

// isMotionVerb reports "went", "go", "shot" and the like at token k, after
// which "up to" says where a price went rather than bounding it.
func (sc *scanner) isMotionVerb(k int) bool {
	if k < 0 || k >= len(sc.toks) || sc.toks[k].kind != tWord {
		return false
	}
	switch strings.ToLower(sc.tokText(k)) {
	case "went", "go", "goes", "going", "gone", "shot", "shoots", "moved", "moves", "come", "came", "comes", "crept", "edged", "ticked", "pushed", "driven", "gotten", "got":
		return true
	}
	return false
}

// qualifierAt reads a qualifier starting at token i and returns its normal
// form and the index after it. between is set for "between".
func (sc *scanner) qualifierAt(i int) (q string, j int, between bool) {
	if i >= len(sc.toks) {
		return "", i, false
	}
	t := sc.toks[i]
	nx := sc.kwAt(i + 1)
	switch t.kind {
	case tHangul:
		if sc.tokText(i) == "약" || sc.tokText(i) == "대략" {
			return "about", i + 1, false
		}
		return "", i, false
	case tSym:
		if s := sc.tokText(i); (s == "~" || s == "±") && i+1 < len(sc.toks) && sc.toks[i+1].glued {
			return "about", i + 1, false
		}
		return "", i, false
	case tWord:
	default:
		return "", i, false
	}
	switch t.kw {
	case kwMore:
		if nx == kwThan {
			return "over", i + 2, false
		}
	case kwLess, kwFewer:
		if nx == kwThan {
			return "under", i + 2, false
		}
	case kwAt:
		if nx == kwLeast {
			return "at least", i + 2, false
		}
		if nx == kwMost {
			return "up to", i + 2, false
		}
	case kwUp:
		if nx == kwTo && !sc.isChangeVerb(i-1) && !sc.isMotionVerb(i-1) {
			return "up to", i + 2, false // not "rose up to 20,000 won", "went up to 7,000 won": the new price
		}
	case kwAs:
		if (nx == kwMany || nx == kwMuch) && sc.kwAt(i+2) == kwAs {
			return "up to", i + 3, false
		}
	case kwAn:
		if nx == kwEstimated {
			return "about", i + 2, false
		}
	case kwClose:
		if nx == kwTo {
			return "nearly", i + 2, false
		}
	case kwNo:
		if (nx == kwMore || nx == kwLess || nx == kwFewer) && sc.kwAt(i+2) == kwThan {
			if nx == kwMore {
				return "up to", i + 3, false
			}
			return "at least", i + 3, false
		}
	case kwBetween:
		return "", i + 1, true
	}
	if wi := sc.info(t.kw); t.kw != kwNone && wi.cls&cQual != 0 {
		if wi.alt == "over" && sc.cls(i-1)&cPhrasal != 0 {
			return "", i, false // "hand over 10 kg"
		}
		j := i + 1
		if wi.alt == "over" && nx == kwOf { // "upwards of"
			j++
		}
		if sc.isSym(j, ".") && sc.toks[j].glued && equalFold(sc.tokText(i), "approx") {
			j++ // "approx. $4"
		}
		return wi.alt, j, false
	}
	return "", i, false
}
