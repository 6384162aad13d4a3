package goods

import (
	"strings"
	"testing"
)

// hasLowerPrefix must agree with lowering the text first, for every phrase
// dearReason looks for, whatever the case and the runes around it.
func TestHasLowerPrefix(t *testing.T) {
	texts := []string{
		" is too expensive for most households",
		" IS TOO EXPENSIVE now",
		" Were So Costly that",
		" İs too expensive",        // dotted capital I lowers to i
		" costs too much, so",      // plain
		" \u212Aosts too much",     // Kelvin sign, not k
		" cost too muc",            // cut short
		" has become too expensiv", // cut short
		" had become too expensive\xff",
		"\xe2 is too expensive",
		"",
	}
	for _, p := range dearAfter {
		for _, s := range append(texts, p, strings.ToUpper(p), p[:len(p)-1]) {
			want := strings.HasPrefix(strings.ToLower(s), p)
			if got := hasLowerPrefix(s, p); got != want {
				t.Errorf("hasLowerPrefix(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
	if !hasLowerPrefix(" Is Too Expensive here", " is too expensive") || hasLowerPrefix(" is too cheap", " is too expensive") ||
		!hasLowerPrefix(" \u212Aept", " kept") || hasLowerPrefix(" kep", " kept") {
		t.Error("hasLowerPrefix misreads a plain case")
	}
}

// dearLead.mayStart must never turn away a text that some phrase of
// dearAfter starts (lowered as hasLowerPrefix lowers it), and it should
// turn away the usual words after a good.
func TestDearLeadMayStart(t *testing.T) {
	texts := []string{
		" is too expensive for most households", " IS TOO EXPENSIVE now", " Were So Costly that",
		" İs too expensive", " \u212Aosts too much", "\xe2 is too expensive", " had become too expensive\xff",
		" costs too much", " Cost too much", " Has become too expensive",
		" was sold in Hyesan", " prices rose", ", which", ". The", "s are", "", " ", " i",
	}
	for _, p := range dearAfter {
		texts = append(texts, p, strings.ToUpper(p), p[:2], p[:len(p)-1])
	}
	for _, s := range texts {
		any := false
		for _, p := range dearAfter {
			any = any || hasLowerPrefix(s, p)
		}
		if any && !dearLead.mayStart(s) {
			t.Errorf("mayStart(%q) = false, but a phrase of dearAfter starts it", s)
		}
	}
	for _, s := range []string{" sold in Hyesan", " prices rose", ", which", ". The", "s are", " from China", ""} {
		if dearLead.mayStart(s) {
			t.Errorf("mayStart(%q) = true, want it turned away", s)
		}
	}
}

// sentenceBefore reads back to the last stop that ends a sentence or a
// clause, but not to a point inside a number or an abbreviation.
func TestSentenceBefore(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Prices rose. Traders said they could sell coal", " Traders said they could sell coal"},
		{"The U.S.-made parts could be sold", "The U.S.-made parts could be sold"},
		{"The U.S. said traders could sell coal", " said traders could sell coal"},
		{"It rose 2.5 percent; traders might buy coal", " traders might buy coal"},
		{"Who sells it? Nobody!\nThe firm never exported coal", "The firm never exported coal"},
		{"no stop at all here", "no stop at all here"},
		{"Ends with a stop.", ""},
	} {
		if got := sentenceBefore(tt.text, len(tt.text), unrealReach); got != tt.want {
			t.Errorf("sentenceBefore(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
