package measure

import (
	"strings"
	"testing"
)

// wordKw finds every ASCII keyword that starts and ends with a letter, in
// any case, whether the text has eight bytes after the word's start or not.
func TestWordKwFindsKeywords(t *testing.T) {
	lx := keywordTable()
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' }
	n := 0
	for w, id := range lx.ids {
		if len(w) > maxWordLen || !isLetter(w[0]) || !isLetter(w[len(w)-1]) || strings.ContainsFunc(w, func(r rune) bool { return r >= 0x80 }) {
			continue
		}
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, text := range []string{form, form + " of the goods", "x " + form} {
				i := strings.Index(text, form)
				if got := lx.wordKw(text, i, i+len(form)); got != id {
					t.Errorf("wordKw(%q) in %q = %d, want %d", form, text, got, id)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no keyword tried")
	}
	// Words that are no keyword, or differ from one by a byte above ASCII.
	for _, text := range []string{"rice", "yuán", "Yuán was", "wonx", "kilogramme", "tonnesque", "zzz"} {
		if _, ok := lx.ids[strings.ToLower(text)]; ok {
			continue
		}
		w := text
		if i := strings.IndexByte(text, ' '); i >= 0 {
			w = text[:i]
		}
		if got := lx.wordKw(text, 0, len(w)); got != kwNone {
			t.Errorf("wordKw(%q) = %d, want none", w, got)
		}
	}
}
