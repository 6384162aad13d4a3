package goods

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// The rule in this file keeps the staples of daily life out of the goods
// unless the text trades them. Rice, grain, fish and coal are what a report
// says people eat, are short of, are paid in and heat with ("a wage that
// buys a kilogram of rice", "food remains scarce", "the fishermen cannot
// catch fish", 쌀과 옥수수 작황): a staple counts only where its sentence,
// or the one before it, speaks of trade — buying, selling, prices and money,
// carriage, markets, imports, bans. A report that trades one names the
// trade beside it ("Imports rose. The largest items were rice and sugar").

// stapleClasses are the lexicon classes whose goods need trade words near
// them.
var stapleClasses = map[string]bool{"food": true, "seafood": true, "coal": true, "agriculture": true}

// stapleCuesLatin are lower-case stems that show trade in a sentence. A
// stem that could end another word starts with a space (" sent" is not
// "present", " order" not "border").
var stapleCuesLatin = [][]byte{
	[]byte("import"), []byte("export"), []byte("sold"), []byte("sell"), []byte("sale"), []byte("buy"),
	[]byte("bought"), []byte("purchas"), []byte("smuggl"), []byte(" ban"), []byte("sanction"),
	[]byte("suppl"), []byte("deliver"), []byte("procur"), []byte(" order"), []byte("shipp"),
	[]byte("shipment"), []byte("cargo"), []byte("load"), []byte("carri"), []byte("carry"), []byte("truck"),
	[]byte("cross"), []byte("transport"), []byte("trade"), []byte("trading"), []byte("price"),
	[]byte("cost"), []byte("yuan"), []byte(" won"), []byte("dollar"), []byte("$"), []byte("roubl"),
	[]byte("rubl"), []byte(" yen"), []byte("worth"), []byte("fetch"), []byte("tonne"), []byte(" ton"),
	[]byte("kg"), []byte("kilo"), []byte("seiz"), []byte("confiscat"), []byte("declar"), []byte("label"),
	[]byte("market"), []byte("stall"), []byte("hid"), []byte("conceal"), []byte("courier"), []byte("bring"),
	[]byte("brought"), []byte(" sent"), []byte(" send"), []byte("deal"), []byte("wholesal"), []byte("retail"),
	[]byte("traffick"), []byte("customs"), []byte("consignment"), []byte("contraband"), []byte(" aid"),
	// Movement: "coal went to Nampho", "fish left; meat came back".
	[]byte(" went "), []byte(" left"), []byte(" came "), []byte("arriv"), []byte(" moved"), []byte("bound for"),
	[]byte(" reach"), []byte("receiv"), []byte("distribut"), []byte("cheap"), []byte("expensive"),
	// Selling off and by the roadside: "offloaded their rice", "hawked maize".
	[]byte("offload"), []byte("hawk"), []byte("peddl"),
}

// stapleCuesCJK are the Korean and Chinese cues: imports, exports,
// smuggling, sale, buying, trade, price, money, carriage, crossing, bans and
// seizures, markets, origin ("중국산"), wholesale, freight, tonnes.
var stapleCuesCJK = [][]byte{
	[]byte("수입"), []byte("수출"), []byte("밀수"), []byte("판매"), []byte("팔"), []byte("사들"), []byte("구입"),
	[]byte("구매"), []byte("거래"), []byte("가격"), []byte("값"), []byte("위안"), []byte("달러"), []byte("운반"),
	[]byte("실어"), []byte("실려"), []byte("싣"), []byte("넘어"), []byte("넘겨"), []byte("넘기"), []byte("넘긴"), []byte("들여"), []byte("보내"),
	[]byte("반입"), []byte("반출"), []byte("단속"), []byte("압수"), []byte("몰수"), []byte("제재"), []byte("금지"),
	[]byte("장사"), []byte("시장"), []byte("장마당"), []byte("중국산"), []byte("러시아산"), []byte("일본산"),
	[]byte("한국산"), []byte("외국산"), []byte("도매"), []byte("화물"), []byte("톤"),
	[]byte("지원"), []byte("비싸"), []byte("싸게"), []byte("싼 "), []byte("산다"), []byte("샀"), []byte("사서"), []byte("사려"),
	[]byte("가져"), []byte("옮겨"), []byte("건너"),
	// The present of selling, which 팔 does not spell: 중국에 판다, 파는 상인.
	[]byte("판다"), []byte("파는"),
	// The past of handing over and sending: 상인에게 넘겼다, 중국에 보냈다.
	[]byte("넘겼"), []byte("보냈"), []byte("건넸"),
	// Payment in goods and loaded cargo: 대금은 석탄으로 치른다 "the bill is
	// paid in coal", 오징어를 가득 실은 배 "a boat loaded with squid".
	[]byte("대금"), []byte("실은 배"), []byte("실은 화물"), []byte("실은 차"), []byte("실은 트럭"), []byte("실었"),
	[]byte("出口"), []byte("进口"), []byte("走私"), []byte("销售"), []byte("购买"), []byte("价格"), []byte("元"),
	[]byte("运"), []byte("市场"),
}

// stapleWindow bounds how far back from a staple's mention a sentence may
// start; a sentence is read up to twice as far.
const stapleWindow = 600

// stapleCache remembers which sentences of a text have trade cues, so
// that the staples of one list ("rice, corn and flour") read their
// sentence once.
type stapleCache struct {
	n      int
	starts [8]int
	cued   [8]bool
}

// stapleTraded reports whether the sentence of the mention text[start:end],
// or the sentence before it, has a trade cue.
func (c *stapleCache) stapleTraded(text string, start, end int) bool {
	lo := sentenceBound(text, start, 1)
	if c.cuedSentence(text, lo) {
		return true
	}
	return lo > 0 && c.cuedSentence(text, sentenceBound(text, lo-1, 1))
}

// cuedSentence reports whether the sentence that starts at text[lo:] has
// a trade cue.
func (c *stapleCache) cuedSentence(text string, lo int) bool {
	for k := range min(c.n, len(c.starts)) {
		if c.starts[k] == lo {
			return c.cued[k]
		}
	}
	hi := lo
	for hi < len(text) && hi-lo < 2*stapleWindow && !isSentenceEnd(text, hi) {
		hi++
	}
	ok := hasStapleCue(text[lo:hi])
	k := c.n % len(c.starts)
	c.starts[k], c.cued[k] = lo, ok
	c.n++
	return ok
}

// hasStapleCue reports whether the sentence s has a trade cue.
func hasStapleCue(s string) bool {
	if latinCue(s) {
		return true
	}
	if isASCII(s) {
		return false
	}
	var buf [2 * stapleWindow]byte
	low := appendLowerLatin(buf[:0], s)
	return containsAnyBytes(low, stapleCuesCJK) || koreanWon(low)
}

// latinCue reports whether the ASCII lower case of s contains one of
// stapleCuesLatin, reading s once: at each byte it tries only the cues
// that start with that byte's lower case.
func latinCue(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, c := range latinCueIndex[lowerByte[s[i]]] {
			if c.space && (i == 0 || s[i-1] != ' ') || len(s)-i < len(c.lead) {
				continue
			}
			k := 1
			for k < len(c.lead) && lowerByte[s[i+k]] == c.lead[k] {
				k++
			}
			if k == len(c.lead) {
				return true
			}
		}
	}
	return false
}

// latinCueIndex lists the cues of stapleCuesLatin by their first byte; a
// cue that starts with a space goes under the byte after it, the space a
// condition on the byte before.
var latinCueIndex = func() (t [256][]stapleCue) {
	for _, c := range stapleCuesLatin {
		e := stapleCue{lead: string(c)}
		if c[0] == ' ' {
			e = stapleCue{lead: string(c[1:]), space: true}
		}
		t[e.lead[0]] = append(t[e.lead[0]], e)
	}
	return t
}()

// stapleCue is a Latin cue for latinCue: its text after any leading space,
// and whether it had one.
type stapleCue struct {
	lead  string
	space bool
}

// sentenceBound is the start of the n-th sentence, counting back, that
// ends at or contains text[i], no further than stapleWindow bytes back.
func sentenceBound(text string, i, n int) int {
	lo := max(0, i-stapleWindow)
	for j := i - 1; j >= lo; j-- {
		if isSentenceEnd(text, j) {
			if n--; n == 0 {
				return j + 1
			}
		}
	}
	return lo
}

// isSentenceEnd reports whether text[i] ends a sentence: a full stop not
// inside a number ("3.1%"), a question or exclamation mark, a line break.
func isSentenceEnd(text string, i int) bool {
	switch text[i] {
	case '!', '?', '\n':
		return true
	case '.':
		return i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9'
	}
	return false
}

// appendLowerLatin appends s to dst with its ASCII letters lower-cased.
func appendLowerLatin(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// koreanWon reports whether s names an amount of won: 원 after a digit or
// a number word (3,500원, 5만원, 천원), not inside another word (위원회).
func koreanWon(s []byte) bool {
	const won = "원"
	for i := 0; ; {
		k := bytes.Index(s[i:], []byte(won))
		if k < 0 {
			return false
		}
		at := i + k
		if at > 0 {
			if c := s[at-1]; '0' <= c && c <= '9' {
				return true
			}
			r, _ := utf8.DecodeLastRune(s[:at])
			if strings.ContainsRune("만천억백", r) {
				return true
			}
		}
		i = at + len(won)
	}
}

// rationFrames right before a staple make it what an employer or the state
// hands out to its people: "the mine hands out food", "rations of corn".
var rationFrames = []string{"hands out ", "hand out ", "handed out ", "handing out ", "rations of ", "ration of "}

// rationFrame reports whether a ration frame ends the text before start,
// with at most a determiner between ("hands out the rice").
func rationFrame(text string, start int) bool {
	if start == 0 || text[start-1] != ' ' {
		return false // every determiner and frame below ends with a space
	}
	before := text[max(0, start-32):start]
	for _, d := range []string{"the ", "some ", "extra ", "free "} {
		before = strings.TrimSuffix(before, d)
	}
	if n := len(before); n < 2 || lowerByte[before[n-2]] != 't' && lowerByte[before[n-2]] != 'f' {
		return false // every frame ends in "out " or "of ": most words end otherwise
	}
	for _, f := range rationFrames {
		if hasSuffixFold(before, f) {
			return true
		}
	}
	return false
}

// hasSuffixFold reports whether s ends with suf, a lower-case ASCII
// string, under Unicode case folding: strings.EqualFold of the last
// len(suf) bytes of s and suf. The runes that fold to ASCII letters from
// outside ASCII (the Kelvin sign, the long s) take more than one byte, so
// bytes that match suf by folding are ASCII and match it by ASCII case
// alone. It compares from the end, where most candidates differ.
func hasSuffixFold(s, suf string) bool {
	if len(s) < len(suf) {
		return false
	}
	s = s[len(s)-len(suf):]
	for i := len(suf) - 1; i >= 0; i-- {
		if lowerByte[s[i]] != suf[i] {
			return false
		}
	}
	return true
}
