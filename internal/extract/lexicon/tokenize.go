package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWindow bounds the number of words a Latin form may have.
const maxWindow = 12

// token is one Latin-script word: its span in the text and its lower-cased
// form in a shared buffer.
type token struct {
	start, end int32  // byte span in the text
	ns, ne     int32  // span in the normalised buffer (forms only)
	join       bool   // a short in-line gap links it to the previous word
	ascii      bool   // the word is all ASCII (Find only)
	sig        uint16 // wordSigASCII of an ASCII word (Find only)
}

// tokenize appends the words of s to toks and their lower-cased forms to
// norm. Words are runs of letters and digits of non-CJK scripts; apostrophes
// split words ("People's" is "people" "s") so that possessives never hide a
// name ("KOMID's").
//
// Offsets are int32: texts over 2 GiB are not supported.
func tokenize(s string, toks []token, norm []byte) ([]token, []byte) {
	prevEnd := -1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIIAlnum(c) {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += size
			continue
		}
		t := token{start: int32(i), ns: int32(len(norm))}
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !isASCIIAlnum(c) {
					break
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				norm = append(norm, c)
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			norm = utf8.AppendRune(norm, unicode.ToLower(r))
			i += size
		}
		t.end, t.ne = int32(i), int32(len(norm))
		t.join = prevEnd >= 0 && gapJoins(s[prevEnd:t.start])
		prevEnd = i
		toks = append(toks, t)
	}
	return toks, norm
}

// gapJoins reports whether a multi-word form may span the gap between two
// words: a few spaces, hyphens, dots, apostrophes or '#', on one line.
func gapJoins(gap string) bool {
	if len(gap) > 4 {
		return false
	}
	if gap == " " {
		return true // the usual gap
	}
	for _, r := range gap {
		switch r {
		case ' ', '\t', '-', '.', '\'', '#', '\u00a0', '\u2019', '\u2010', '\u2011':
		default:
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range 256 {
		t[c] = ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
	}
	return t
}()

func isWordRune(r rune) bool {
	return !isCJK(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isCJK reports whether r is Hangul, Han or kana: scripts written without
// spaces between the words a lexicon form is made of.
func isCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x11ff, // Hangul Jamo
		0x3040 <= r && r <= 0x30ff, // Hiragana, Katakana
		0x3130 <= r && r <= 0x318f, // Hangul Compatibility Jamo
		0x3400 <= r && r <= 0x4dbf, // CJK Extension A
		0x4e00 <= r && r <= 0x9fff, // CJK Unified Ideographs
		0xac00 <= r && r <= 0xd7a3, // Hangul Syllables
		0xf900 <= r && r <= 0xfaff: // CJK Compatibility Ideographs
		return true
	}
	return false
}

func hasCJK(s string) bool {
	return strings.IndexFunc(s, isCJK) >= 0
}

// NormalizeForm is the key two forms share when a Matcher treats them as the
// same form: lower-cased words joined by single spaces, or for Hangul and Han
// forms the form without spaces.
func NormalizeForm(form string) string {
	if hasCJK(form) {
		return strings.ReplaceAll(strings.TrimSpace(form), " ", "")
	}
	toks, norm := tokenize(form, nil, nil)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(norm[t.ns:t.ne])
	}
	return b.String()
}
