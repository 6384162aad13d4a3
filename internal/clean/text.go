package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normLine collapses every run of white space (including no-break and
// ideographic spaces and line breaks) into one ASCII space, drops
// zero-width and control characters and trims the ends.
func normLine(s string) string {
	if isCleanASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isCleanASCII reports whether s is printable ASCII with single inner
// spaces and no leading or trailing space: already what normLine returns.
func isCleanASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// joinParagraphs NFC-normalises the paragraphs and joins them with a
// blank line.
func joinParagraphs(paras []string) string {
	s := strings.Join(paras, "\n\n")
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// splitPlain splits plain text into paragraphs at blank lines. Inside a
// paragraph, hard-wrapped lines are joined with a space (none between two
// Chinese or Japanese characters). Lines that stand alone as chrome (dates, weather, lone
// place names) are kept as their own paragraphs so that postClean can drop
// them one by one.
func splitPlain(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		var b strings.Builder
		for i, l := range cur {
			if i > 0 && !(endsCJK(cur[i-1]) && startsCJK(l)) {
				b.WriteByte(' ')
			}
			b.WriteString(l)
		}
		paras = append(paras, b.String())
		cur = cur[:0]
	}
	for raw := range strings.SplitSeq(text, "\n") {
		l := normLine(raw)
		if l == "" {
			flush()
			continue
		}
		if len(l) <= 80 && (isLonePlace(l) || classify(l, true, time.Time{}).kind != lkNone) {
			// Chrome lines keep their own paragraph so postClean can drop
			// them one by one.
			flush()
			paras = append(paras, l)
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return paras
}

// endsCJK and startsCJK look for Chinese or Japanese characters, which are
// written without spaces; Korean puts spaces between words, so Hangul does
// not count.
func endsCJK(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isCJKRune(r) && !isHangul(r)
}

func startsCJK(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isCJKRune(r) && !isHangul(r)
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func isCJKRune(r rune) bool {
	return (r >= 0x3040 && r <= 0x30FF) || (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
