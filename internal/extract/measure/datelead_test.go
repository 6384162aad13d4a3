package measure

import (
	"strings"
	"testing"
	"time"
)

// scanDates skips the tokens whose lead (from lexicon.dateLead for a word)
// rules them out, and "the" before a plain word: dateAt must read no date
// at any of them, whatever follows.
func TestDateLeadAgreesWithDateAt(t *testing.T) {
	lx := keywordTable()
	pub := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	templates := []string{"W", "in W 2024", "W 5, 2024", "W of last year", "W ago", "W week", "W Monday", "W March", "W two weeks ago", "W spring",
		"the W", "the W of 2024", "the W of March", "the W week of March", "the W ten days of May", "the W half of 2024",
		"the W quarter of last year", "the W three months of the year", "the W of the year", "the W 5th"}
	words := []string{"third", "fourth", "final", "Final", "quarter", "harvest", "15th"}
	for w := range lx.ids {
		words = append(words, w)
	}
	skipped := 0
	for _, w := range words {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			for _, tpl := range templates {
				text := strings.ReplaceAll(tpl, "W", form)
				sc := newScanner(text, pub, nil)
				for i, tk := range sc.toks {
					if tk.lead&leadDate != 0 && !(tk.kw == kwThe && sc.plainWord(i+1)) {
						continue
					}
					skipped++
					if d, ok := sc.dateAt(i); ok {
						t.Errorf("%q: dateAt(%d) reads %+v, but scanDates skips %q", text, i, d, sc.tokText(i))
					}
				}
				sc.release()
			}
		}
	}
	if skipped == 0 {
		t.Error("dateLead skips no keyword")
	}
}
