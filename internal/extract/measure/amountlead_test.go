package measure

import (
	"strings"
	"testing"
	"time"
)

// scanAmounts skips the tokens whose lead (from lexicon.amountLead for a
// word) rules them out, unless a capitalised word stands before "$":
// mayStartAmount must be false at every one of them, whatever follows.
func TestAmountLeadAgreesWithMayStartAmount(t *testing.T) {
	lx := keywordTable()
	pub := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	templates := []string{"W", "W 500", "W $500", "W 500 won", "W two tonnes", "W thousands of", "W hundred yuan", "W a few 5", "W tens of",
		"W, 500", "(W) ~5", "W: ¥5", "W - €5"}
	skipped := 0
	for w := range lx.ids {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			for _, tpl := range templates {
				text := strings.ReplaceAll(tpl, "W", form)
				sc := newScanner(text, pub, nil)
				for i, tk := range sc.toks {
					if tk.lead&leadAmount != 0 || tk.upper && sc.dollarAt(i+1) {
						continue
					}
					skipped++
					if sc.mayStartAmount(i) {
						t.Errorf("%q: mayStartAmount(%d) is true, but scanAmounts skips %q", text, i, sc.tokText(i))
					}
				}
				sc.release()
			}
		}
	}
	if skipped == 0 {
		t.Error("amountLead skips no keyword")
	}
	// Words that start amounts must stay leads.
	for _, w := range []string{"two", "thousands", "hundred", "yuan", "about", "a", "an", "more", "between", "tens"} {
		if k := lx.ids[w]; !lx.mayLeadAmount(k) {
			t.Errorf("amountLead rules out %q", w)
		}
	}
	// Plain words and common keywords that start nothing are skipped.
	for _, w := range []string{"the", "said", "sold"} {
		if k, ok := lx.ids[w]; ok && lx.mayLeadAmount(k) {
			t.Errorf("amountLead keeps %q", w)
		}
	}
	if lx.mayLeadAmount(kwNone) {
		t.Error("amountLead keeps kwNone")
	}
}
