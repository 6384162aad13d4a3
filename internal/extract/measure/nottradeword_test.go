package measure

import (
	"strings"
	"testing"
	"time"
)

// isNotTradeWord reads every not-trade word (and its longer forms) in any
// case, and no other word; the first-byte check before lower-casing turns
// away only words no not-trade word starts like.
func TestIsNotTradeWord(t *testing.T) {
	pub := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	check := func(word string, want bool) {
		t.Helper()
		sc := newScanner("x "+word+" y", pub, nil)
		defer sc.release()
		if len(sc.toks) != 3 {
			t.Fatalf("%q splits into %d tokens", word, len(sc.toks))
		}
		if got := sc.isNotTradeWord(1); got != want {
			t.Errorf("isNotTradeWord(%q) = %v, want %v", word, got, want)
		}
	}
	for _, w := range notTradeWords {
		if strings.ContainsAny(w, " -'") || len(w) > 11 || w[0] >= 0x80 || strings.HasPrefix(w, "fr") {
			continue // freezing counts only next to money: TestFrozenFunds
		}
		check(w, true)
		check(strings.ToUpper(w[:1])+w[1:], true)
		check(strings.ToUpper(w), true)
		check(w+"s", true)
	}
	for _, w := range []string{"rice", "Rice", "won", "Zinc", "quota", "yuan", "Éclair", "über"} {
		check(w, false)
	}
}

// Freezing marks a sum that is no price only when it speaks of money.
func TestFrozenFunds(t *testing.T) {
	checkScan(t, "prices", scanCases{
		{"froze a sum", "The Treasury froze $5 million held for North Korea's Room 39.", nil},
		{"assets frozen", "North Korean assets worth $5 million were frozen by Beijing.", nil},
		{"frozen pork", "A company in Chongjin bought frozen pork from a Chinese wholesaler at 22 yuan a kilo.", []string{"22 CNY"}},
		{"freezer", "In Pyongyang a Midea model with a freezer drawer is $380.", []string{"380 USD"}},
	}, priceSpans)
}
