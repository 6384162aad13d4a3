package dates

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	kNum  kind = iota + 1 // run of ASCII digits
	kWord                 // run of ASCII letters, lower-cased
	kCJK                  // one Hangul syllable or Han ideograph / kana
	kSep                  // one punctuation rune
)

type token struct {
	kind   kind
	s      string // lower-cased word text (kWord)
	r      rune   // the rune (kCJK, kSep)
	n      int    // value (kNum)
	digits int    // digit count (kNum)
	start  int    // byte offsets into the tokenized string
	end    int
}

// tokenize splits s into tokens; whitespace separates tokens and is dropped.
// Runes that are neither digits, ASCII letters, CJK nor common punctuation
// become kSep tokens with r set, so they stop the interpreter.
func tokenize(s string) []token {
	toks := make([]token, 0, 16)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, token{kind: kNum, n: v, digits: j - i, start: i, end: j})
			i = j
		case c < utf8.RuneSelf && isASCIILetter(c):
			j := i
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			toks = append(toks, token{kind: kWord, s: lowerASCII(s[i:j]), start: i, end: j})
			i = j
		case c < utf8.RuneSelf:
			toks = append(toks, token{kind: kSep, r: rune(c), start: i, end: i + 1})
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
			case isCJK(r):
				toks = append(toks, token{kind: kCJK, r: r, start: i, end: i + size})
			default:
				toks = append(toks, token{kind: kSep, r: r, start: i, end: i + size})
			}
			i += size
		}
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isCJK(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || // Hangul syllables
		(r >= 0x4E00 && r <= 0x9FFF) || // CJK unified ideographs
		(r >= 0x3040 && r <= 0x30FF) // kana
}
