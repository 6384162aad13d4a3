package events

import "testing"

// TestLexIndex checks that the open-addressing table answers exactly as the
// lexicon map does, for every word in it and for words that are not.
func TestLexIndex(t *testing.T) {
	for w, want := range lexicon {
		if got := lexIndex.lookup(w); got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
	for _, w := range []string{"", "a", "zz", "x9", "sellers2", "smugglingly", "thee", "th", "1000", "traderss"} {
		if got, want := lexIndex.lookup(w), lexicon[w]; got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
}
