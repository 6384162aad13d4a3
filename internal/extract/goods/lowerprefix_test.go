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
