package measure

import (
	"strings"
	"testing"
	"time"
)

// scanDates skips the words lexicon.dateLead rules out: dateAt must read no
// date at any of them, whatever follows.
func TestDateLeadAgreesWithDateAt(t *testing.T) {
	lx := keywordTable()
	pub := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	templates := []string{"W", "in W 2024", "W 5, 2024", "W of last year", "W ago", "W week", "W Monday", "W March", "W two weeks ago", "W spring"}
	skipped := 0
	for w := range lx.ids {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			for _, tpl := range templates {
				text := strings.ReplaceAll(tpl, "W", form)
				sc := newScanner(text, pub, nil)
				for i, tk := range sc.toks {
					if tk.kind != tWord || tk.kw == kwNone || lx.mayLeadDate(tk.kw) {
						continue
					}
					skipped++
					if d, ok := sc.dateAt(i); ok {
						t.Errorf("%q: dateAt(%d) reads %+v, but dateLead skips %q", text, i, d, sc.tokText(i))
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
