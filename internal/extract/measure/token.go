package measure

import (
	"unicode"
	"unicode/utf8"
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
	glued      bool // no space before it
	nl         bool // a line break lies between it and the previous token
	kw         kw   // keyword id of a lower-cased tWord, 0 if none
	upper      bool // tWord starting with an upper-case letter
}

// maxWordLen bounds keyword lookups; longer words are never keywords.
const maxWordLen = 24

// tokenize splits text into tokens. It is linear in len(text) and allocates
// only the token slice.
func tokenize(text string, toks []token, lx *lexicon) []token {
	toks = toks[:0]
	space, nl := true, false
	afterDigit := false // previous token was tNum or a peeled Korean multiplier
	for i := 0; i < len(text); {
		c := text[i]
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
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, glued: !space, nl: nl})
				i = j
				space, nl, afterDigit = false, false, true
				continue
			case isASCIILetter(c):
				j := i + 1
				for j < len(text) && (isASCIILetter(text[j]) || (text[j] == '\'' && j+1 < len(text) && isASCIILetter(text[j+1]))) {
					j++
				}
				// Continue through non-ASCII letters (é, ü) that are not CJK.
				for j < len(text) && text[j] >= utf8.RuneSelf {
					r, n := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r) || isHangul(r) || unicode.Is(unicode.Han, r) {
						break
					}
					j += n
				}
				toks = append(toks, wordToken(text, i, j, !space, nl, lx))
				i = j
				space, nl, afterDigit = false, false, false
				continue
			default:
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tSym, glued: !space, nl: nl})
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
					toks = append(toks, token{start: int32(j), end: int32(j + n2), kind: tHangul, glued: j != i || !space, nl: nl})
					j += n2
					nl = false
				}
				if j == i {
					if r2, n2 := utf8.DecodeRuneInString(text[j:]); r2 == '년' || r2 == '월' || r2 == '일' {
						toks = append(toks, token{start: int32(j), end: int32(j + n2), kind: tHangul, glued: !space, nl: nl})
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
					toks = append(toks, token{start: int32(i), end: int32(k), kind: tHangul, glued: !space, nl: nl})
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
			toks = append(toks, token{start: int32(j), end: int32(k), kind: tHangul, glued: j != i || !space, nl: nl})
			i = k
			space, nl, afterDigit = false, false, false
		case unicode.Is(unicode.Han, r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.Is(unicode.Han, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tHan, glued: !space, nl: nl})
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
			toks = append(toks, wordToken(text, i, j, !space, nl, lx))
			i = j
			space, nl, afterDigit = false, false, false
		default:
			toks = append(toks, token{start: int32(i), end: int32(i + n), kind: tSym, glued: !space, nl: nl})
			i += n
			space, nl, afterDigit = false, false, false
		}
	}
	return toks
}

func wordToken(text string, i, j int, glued, nl bool, lx *lexicon) token {
	t := token{start: int32(i), end: int32(j), kind: tWord, glued: glued, nl: nl}
	if c := text[i]; c < utf8.RuneSelf {
		t.upper = c >= 'A' && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(text[i:])
		t.upper = unicode.IsUpper(r)
	}
	if j-i <= maxWordLen {
		var buf [maxWordLen]byte
		n := 0
		h := uint32(fnvOffset)
		for k := i; k < j; k++ {
			c := text[k]
			if c >= utf8.RuneSelf {
				return t
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			h = (h ^ uint32(c)) * fnvPrime
			n++
		}
		t.kw = lx.lookup(buf[:n], h)
	}
	return t
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

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
