package events

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

// sent is one sentence of the clean text, as trimmed byte offsets.
type sent struct {
	start, end int
	// quoteEnd is the index of the last sentence of the quotation this
	// sentence opens or continues, or the sentence's own index.
	quoteEnd int
	inQStart bool // a quotation is open where the sentence starts
	inQEnd   bool // a quotation is open where the sentence ends
}

// splitSentences splits text at sentence ends: ".", "!" and "?" followed by
// space (not after an abbreviation such as "U.S." or "Mr." or an initial as
// in "N. Korea", nor before a lowercase word or a digit), Korean "다." even
// without a following space, the CJK full stops "。", "！", "？", and every
// line break. Closing quotes after the stop stay with the sentence.
func splitSentences(text string) []sent {
	return appendSentences(make([]sent, 0, len(text)/80+1), text)
}

// appendSentences is splitSentences appending to out, which must be empty.
func appendSentences(out []sent, text string) []sent {
	start := 0
	inQ, qAtStart := false, false
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			out = append(out, sent{start: s, end: e, quoteEnd: len(out), inQStart: qAtStart, inQEnd: inQ})
		}
		start = end
		qAtStart = inQ
	}
	for i := 0; i < len(text); {
		// Skip what cannot end a sentence or open or close a quotation.
		// ASCII steps by one so that the next index does not wait on the
		// table lookup.
		for i < len(text) {
			if i+8 <= len(text) {
				// Eight ASCII bytes none of which is a stop, a line break
				// or a quote go at once; else on from the first that may be.
				m := stopBytes(wordkey.Load64(text[i : i+8]))
				if m == 0 {
					i += 8
					continue
				}
				i += bits.TrailingZeros64(m) >> 3
			}
			c := text[i]
			k := skipLen[c]
			if k == 0 {
				break
			}
			if c < utf8.RuneSelf {
				i++
			} else {
				i += int(k)
			}
		}
		if i >= len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				emit(i)
				inQ, qAtStart = false, false
				start = i + 1
				i++
				continue
			case '"':
				inQ = !inQ
			case '.', '!', '?':
				j := i + 1
				for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
					j++
				}
				j = consumeClosers(text, j, &inQ)
				if j >= len(text) || isSpace(text[j]) {
					if c == '.' && j == i+1 && !(i >= 3 && text[i-3:i] == "다") && (isAbbrev(text, start, i) || nextIsLower(text, j)) {
						i = j
						continue
					}
					emit(j)
					i = j
					continue
				}
				if c == '.' && i >= 3 && text[i-3:i] == "다" {
					emit(j)
				}
				i = j
				continue
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '«', '「', '『':
			inQ = true
		case '”', '»', '」', '』':
			inQ = false
		case '。', '！', '？':
			j := consumeClosers(text, i+size, &inQ)
			emit(j)
			i = j
			continue
		}
		i += size
	}
	emit(len(text))
	groupQuotes(out)
	return out
}

// skipLen is, for each byte, how far appendSentences moves past it when it
// starts nothing the splitter looks at: 1 for an ordinary ASCII or
// continuation byte, the sequence length for a lead byte that starts no
// quote or CJK stop, 0 for a byte to examine. Read-only.
var skipLen = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == '\n' || c == '"' || c == '.' || c == '!' || c == '?':
		case c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF:
		case c >= 0xF0:
			t[c] = 4
		case c >= 0xE0:
			t[c] = 3
		case c >= 0xC0:
			t[c] = 2
		default:
			t[c] = 1
		}
	}
	return t
}()

// stopBytes flags (high bit of the byte) each of the eight bytes packed in
// w that appendSentences must look at: '\n', '"', '.', '!', '?' and every
// byte outside ASCII. A byte above a flagged one may be flagged wrongly;
// the lowest flag is always right.
func stopBytes(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	// (x-lo)&^x sets the high bit of a zero byte of x.
	nl, q, dot, bang, ask := w^lo*'\n', w^lo*'"', w^lo*'.', w^lo*'!', w^lo*'?'
	return ((nl-lo)&^nl | (q-lo)&^q | (dot-lo)&^dot | (bang-lo)&^bang | (ask-lo)&^ask | w) & hi
}

// groupQuotes points every sentence of a quotation that spans several
// sentences at the quotation's last sentence, where the speaker is named.
func groupQuotes(ss []sent) {
	for i := 0; i < len(ss); {
		if ss[i].inQStart || !ss[i].inQEnd {
			i++
			continue
		}
		j := i + 1
		for j < len(ss) && ss[j].inQStart && ss[j].inQEnd {
			j++
		}
		if j < len(ss) && ss[j].inQStart {
			for k := i; k <= j; k++ {
				ss[k].quoteEnd = j
			}
		}
		i = j
	}
}

// consumeClosers skips closing quotes and brackets after a sentence stop.
func consumeClosers(text string, j int, inQ *bool) int {
	for j < len(text) {
		switch {
		case text[j] == '"':
			*inQ = false
			j++
		case text[j] == '\'' || text[j] == ')':
			j++
		case strings.HasPrefix(text[j:], "”"), strings.HasPrefix(text[j:], "」"), strings.HasPrefix(text[j:], "』"):
			*inQ = false
			j += 3
		case strings.HasPrefix(text[j:], "’"):
			j += 3
		case strings.HasPrefix(text[j:], "»"):
			*inQ = false
			j += 2
		default:
			return j
		}
	}
	return j
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

// abbrevs are words that end with a full stop without ending a sentence.
var abbrevs = [...]string{
	"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "jr", "sr", "no", "vs",
	"approx", "inc", "co", "ltd", "corp", "dept", "gov", "u.s", "u.n", "u.k", "e.g", "i.e",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"d.p.r", "d.p.r.k", "p.r.c", "r.o.k",
}

// isAbbrev reports whether the word that ends at the full stop at i is an
// abbreviation or a single capital initial ("N. Korea").
func isAbbrev(text string, start, i int) bool {
	ws := i
	for ws > start && (isASCIILetter(text[ws-1]) || text[ws-1] == '.') {
		ws--
	}
	w := text[ws:i]
	if w == "" || len(w) > 7 {
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	var low [7]byte
	for k := 0; k < len(w); k++ {
		low[k] = w[k] | 0x20 // ASCII letters and '.' only ('.'|0x20 == '.')
	}
	return abbrevSet[string(low[:len(w)])]
}

// abbrevSet indexes abbrevs. Read-only.
var abbrevSet = func() map[string]bool {
	m := make(map[string]bool, len(abbrevs))
	for _, a := range abbrevs {
		m[a] = true
	}
	return m
}()

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// nextIsLower reports whether the next word after j starts with a lowercase
// ASCII letter or a digit, which a new sentence does not.
func nextIsLower(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) {
		return false
	}
	c := text[j]
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
}
