// Package fold turns a place name into its lookup key: lower case, Latin
// diacritics and apostrophes removed, hyphens and runs of space made one
// space. The generator and the gazetteer share it so that keys built at
// generation time and at run time agree.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinTable maps each rune below 0x0250 and each rune in Latin Extended
// Additional (U+1E00–U+1EFF) to its folded form, built once.
var latinTable = sync.OnceValue(func() map[rune]string {
	special := map[rune]string{
		'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ß': "ss",
		'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th",
		'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h",
	}
	m := make(map[rune]string, 700)
	add := func(r rune) {
		if s, ok := special[r]; ok {
			m[r] = s
			return
		}
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			b.WriteRune(unicode.ToLower(d))
		}
		m[r] = b.String()
	}
	for r := rune(0x80); r < 0x0250; r++ {
		add(r)
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		add(r)
	}
	return m
})

// IsApostrophe reports whether r is one of the apostrophe-like marks that
// romanisations use inside names (Ch'ŏngjin, Ch’ŏngjin, Chʼŏngjin).
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´', 'ʻ', 'ʾ', 'ʿ':
		return true
	}
	return false
}

// Key returns the lookup key of s.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			case r == '\'' || r == '`' || r == '.':
				continue
			case r == '-' || r == '_' || r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == ',' || r == '/':
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		case IsApostrophe(r) || unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r) || r == '‐' || r == '‑' || r == '–' || r == '—' || r == '·' || r == '・':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			if s, ok := latinTable()[r]; ok {
				b.WriteString(s)
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
