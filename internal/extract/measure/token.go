package measure

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

type tokKind uint8

const (
	tNum    tokKind = iota + 1 // ASCII digits with inner , or . ("1,000", "1.2")
	tWord                      // a run of Latin (or other non-CJK) letters
	tHangul                    // a run of Hangul syllables
	tHan                       // a run of Han characters
	tSym                       // any other single non-space rune
)

type token struct {
	start, end int32
	kind       tokKind
	glued      bool  // no space before it
	nl         bool  // a line break lies between it and the previous token
	kw         kw    // keyword id of a lower-cased tWord, 0 if none
	upper      bool  // tWord starting with an upper-case letter
	lead       uint8 // leadDate, leadAmount: the scans that may start here
}

// Which scans may start at a token, set by tokenize so that scanDates and
// scanAmounts pass over most tokens by one test.
const (
	leadDate   uint8 = 1 << iota // dateAt may read a date here
	leadAmount                   // mayStartAmount may hold here (at a capitalised word, also before "$")
)

// maxWordLen bounds keyword lookups; longer words are never keywords.
const maxWordLen = 24

// tokenize splits text into tokens. It is linear in len(text) and allocates
// only the token slice. cjk tells whether the text holds Hangul or Han.
func tokenize(text string, toks []token, lx *lexicon) (_ []token, cjk bool) {
	toks = toks[:0]
	space, nl := true, false
	afterDigit := false // previous token was tNum or a peeled Korean multiplier
	for i := 0; i < len(text); {
		c := text[i]
		if asciiLetter[c] {
			// A word: the most common token, so tested first.
			j := letterEnd(text, i+1)
			next := byte(0)
			if j < len(text) {
				next = text[j]
			}
			if next == '\'' || next >= utf8.RuneSelf {
				j = wordTail(text, j)
				next = 0 // a space after it is read by the loop
			}
			k := lx.wordKw(text, i, j)
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, glued: !space, nl: nl,
				upper: c <= 'Z', kw: k, lead: lx.leadOf(k)})
			i = j
			space, nl, afterDigit = false, false, false
			if next == ' ' {
				i++ // the space after a word, read here rather than by a turn of the loop
				space = true
			}
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				space = true
				i++
				afterDigit = false
				continue
			case c == '\n' || c == '\f' || c == '\v':
				space, nl = true, true
				i++
				afterDigit = false
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(text) {
					d := text[j]
					if d >= '0' && d <= '9' {
						j++
						continue
					}
					if (d == ',' || d == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
						j += 2
						continue
					}
					break
				}
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, glued: !space, nl: nl, lead: leadDate | leadAmount})
				i = j
				space, nl, afterDigit = false, false, true
				continue
			default:
				lead := uint8(0)
				if c == '$' || c == '~' {
					lead = leadAmount // the ASCII symbols that mayStartAmount takes
				}
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tSym, glued: !space, nl: nl, lead: lead})
				i++
				space, nl, afterDigit = false, false, false
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case !isHangul(r) && (r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u3000' || r == '\u200b' || unicode.IsSpace(r)):
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			space = true
			afterDigit = false
			i += n
		case isHangul(r):
			cjk = true
			j := i
			// After a number, peel Korean multipliers (만, 천…) and date
			// markers (년, 월, 일) into tokens of their own: "16만원" is
			// 16 | 만 | 원, "3월초" is 3 | 월 | 초.
			if afterDigit {
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !isKoreanMultiplier(r2) {
						break
					}
					toks = append(toks, token{start: int32(j), end: int32(j + n2), kind: tHangul, glued: j != i || !space, nl: nl, lead: leadDate | leadAmount})
					j += n2
					nl = false
				}
				if j == i {
					if r2, n2 := utf8.DecodeRuneInString(text[j:]); r2 == '년' || r2 == '월' || r2 == '일' {
						toks = append(toks, token{start: int32(j), end: int32(j + n2), kind: tHangul, glued: !space, nl: nl, lead: leadDate | leadAmount})
						j += n2
						nl = false
					}
				}
			} else if r == '수' {
				// 수천, 수백만: "several thousand" forms are one token.
				k := i + n
				for k < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[k:])
					if !isKoreanMultiplier(r2) {
						break
					}
					k += n2
				}
				if k > i+n {
					toks = append(toks, token{start: int32(i), end: int32(k), kind: tHangul, glued: !space, nl: nl, lead: leadDate | leadAmount})
					j = k
					nl = false
				}
			}
			if j > i && !(j < len(text) && startsHangul(text[j:])) {
				i = j
				space, afterDigit = false, true
				continue
			}
			k := j
			for k < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[k:])
				if !isHangul(r2) {
					break
				}
				k += n2
			}
			toks = append(toks, token{start: int32(j), end: int32(k), kind: tHangul, glued: j != i || !space, nl: nl, lead: leadDate | leadAmount})
			i = k
			space, nl, afterDigit = false, false, false
		case unicode.Is(unicode.Han, r):
			cjk = true
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.Is(unicode.Han, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tHan, glued: !space, nl: nl, lead: leadAmount})
			i = j
			space, nl, afterDigit = false, false, false
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) || isHangul(r2) || unicode.Is(unicode.Han, r2) {
					break
				}
				j += n2
			}
			// A word starting with a non-ASCII letter is never a keyword.
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, glued: !space, nl: nl, upper: unicode.IsUpper(r)})
			i = j
			space, nl, afterDigit = false, false, false
		default:
			toks = append(toks, token{start: int32(i), end: int32(i + n), kind: tSym, glued: !space, nl: nl, lead: leadAmount})
			i += n
			space, nl, afterDigit = false, false, false
		}
	}
	return toks, cjk
}

// letterEnd is the end of the run of ASCII letters from text[i]: the index
// of the first byte from i on that is not one (len(text) when none). It
// reads eight bytes at a time, as most words are short.
func letterEnd(text string, i int) int {
	for i+8 <= len(text) {
		if stop := nonLetter(wordkey.Load64(text[i : i+8])); stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3
		}
		i += 8
	}
	for i < len(text) && asciiLetter[text[i]] {
		i++
	}
	return i
}

// nonLetter has the high bit set of each byte of w that is not an ASCII
// letter, and of some bytes after the first such byte (a byte above ASCII
// may carry into the next): its lowest set bit is exact. See
// wordkey.AlnumEnd, which also lets digits through.
func nonLetter(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	l := w | lo*0x20 // the capitals lower-cased; no other byte becomes a letter
	letter := (l + lo*(0x80-'a')) &^ (l + lo*(0x80-'z'-1))
	return (^letter | w) & hi
}

// wordTail is the end of a word whose ASCII letters end at text[j] on an
// apostrophe or a byte above ASCII: letters after an apostrophe ("don't",
// "Kim's"), then non-ASCII letters that are not CJK (é, ü).
func wordTail(text string, j int) int {
	for j+1 < len(text) && text[j] == '\'' && asciiLetter[text[j+1]] {
		j = letterEnd(text, j+2)
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		j = latinLetterEnd(text, j)
	}
	return j
}

// latinLetterEnd is the end of the run of non-ASCII letters that are not
// Hangul or Han from text[j] (é, ü), kept out of tokenize's loop.
func latinLetterEnd(text string, j int) int {
	for j < len(text) && text[j] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) || isHangul(r) || unicode.Is(unicode.Han, r) {
			break
		}
		j += n
	}
	return j
}

// wordKw returns the keyword id of the word text[i:j], lower-cased, or
// kwNone. Most words are not keywords; the table of first and last letters
// by length turns them away before the word is lower-cased and hashed.
func (lx *lexicon) wordKw(text string, i, j int) kw {
	n := j - i
	if n > maxWordLen {
		return kwNone
	}
	f, l := (text[i]|0x20)-'a', (text[j-1]|0x20)-'a'
	if f >= 26 || l >= 26 || lx.ends[n][f]&(1<<l) == 0 {
		return kwNone
	}
	if n <= 8 {
		// Pack the word into one integer: no keyword holds a byte above
		// ASCII, and lower64 lower-cases the ASCII capitals alone.
		var k uint64
		if i+8 <= len(text) {
			k = wordkey.Load64(text[i:i+8]) & (^uint64(0) >> ((64 - 8*uint(n)) & 63)) // &63 changes no shift (n is 1 to 8) and spares a guard
		} else {
			k = wordkey.Pack(text[i:j])
		}
		if k&0x8080808080808080 != 0 {
			return kwNone
		}
		return lx.lookupShort(wordkey.Lower64(k))
	}
	var buf [maxWordLen]byte
	h := uint32(fnvOffset)
	for k := range n {
		c := text[i+k]
		if c >= utf8.RuneSelf {
			return kwNone
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
		h = (h ^ uint32(c)) * fnvPrime
	}
	return lx.lookup(buf[:n], h)
}

// equalFold reports whether s with its ASCII capitals lower-cased is lower,
// a lower-case word: strings.ToLower(s) == lower without allocating, for
// any lower that holds no 'k' (which the Kelvin sign lower-cases to).
func equalFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != lower[i] && (c < 'A' || c > 'Z' || c+('a'-'A') != lower[i]) {
			return false
		}
	}
	return true
}

// hasPrefixFold is strings.HasPrefix(strings.ToLower(s), lower) without
// allocating; see equalFold.
func hasPrefixFold(s, lower string) bool {
	return len(s) >= len(lower) && equalFold(s[:len(lower)], lower)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// asciiLetter marks the ASCII letters: isASCIILetter by one load.
var asciiLetter = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isASCIILetter(byte(c))
	}
	return t
}()

func isHangul(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x1100 && r <= 0x11FF) || (r >= 0x3130 && r <= 0x318F)
}

func startsHangul(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHangul(r)
}

func isKoreanMultiplier(r rune) bool {
	return r == '십' || r == '백' || r == '천' || r == '만' || r == '억' || r == '조'
}
