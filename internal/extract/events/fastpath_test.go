package events

import (
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

// The packed-key index answers as the string index does.
func TestLexShortAgrees(t *testing.T) {
	words := []string{"x", "shipx", "sol", "coal", "zz", "12", "b2b"}
	for w := range lexicon {
		words = append(words, w)
	}
	for _, w := range words {
		if len(w) == 0 || len(w) > 8 {
			continue
		}
		if got, want := lexIndex.short(wordkey.Pack(w)), lexIndex.lookup(w); got != want {
			t.Errorf("short(%q) = %+v, want %+v", w, got, want)
		}
	}
}

// Tokens get the entry of their word whether it is packed from the text or
// looked up by name (the last words of a text).
func TestTokenizeLexAgrees(t *testing.T) {
	a := &analysis{}
	for w := range lexicon {
		for _, text := range []string{w, w + " and then some more words", "x " + w + ".", "They " + w} {
			a.text, a.low = text, asciiLower(text)
			a.tokenize()
			for _, tk := range a.toks {
				if want := lexicon[tk.w]; tk.lx != want {
					t.Errorf("%q: token %q = %+v, want %+v", text, tk.w, tk.lx, want)
				}
			}
		}
	}
}

// scan finds each active phrase at its first offset, as strings.Index does.
func TestPhraseScanAgrees(t *testing.T) {
	all := uint64(1)<<len(cuePhrases.list) - 1
	for _, s := range []string{
		"they are said to have used to ship it, it appears, if they could",
		"officially the trade is not permitted and goods may only move through customs clearance",
		"a ship-to-ship transfer was state-run and expected to go on, they would say",
		"nothing here",
		"북한으로 환적 국가밀수 수입할 수 있",
		" must",
		"i",
	} {
		for _, active := range []uint64{all, cueHedge, cueHypo | cueRuleEn, cueOfficial | cueSTS, cueState | cueRuleKo, 0} {
			var at [64]int
			found := cuePhrases.scan(s, active, &at)
			for k, p := range cuePhrases.list {
				i := strings.Index(s, p)
				want := active&(1<<k) != 0 && i >= 0
				if got := found&(1<<k) != 0; got != want {
					t.Errorf("%q: phrase %q found %v, want %v", s, p, got, want)
				} else if got && at[k] != i {
					t.Errorf("%q: phrase %q at %d, want %d", s, p, at[k], i)
				}
			}
		}
	}
}
