package events

import "testing"

// tokenize reads again only the tokens whose lexicon entry has post set:
// every word carrierVerb, stowWord, slipAway and the anaphor checks start
// from must have it, or their readings silently stop.
func TestPostWordsMarked(t *testing.T) {
	for _, w := range []string{
		"trucks", "truck", "ferries", "ferry", "barges", "barge", "rails", "rail", "sledges", "lorries",
		"lashed", "stowed", "hoisted", "craned", "strapped", "winched",
		"slip", "slips", "slipped", "slipping", "lot", "up", "their", "its",
	} {
		if !lexicon[w].post {
			t.Errorf("%q: not marked post in buildLexicon", w)
		}
		if x := lexIndex.lookup(w); !x.post {
			t.Errorf("%q: the lookup table lost post", w)
		}
	}
	for _, w := range []string{"the", "goods", "coal"} {
		if lexicon[w].post {
			t.Errorf("%q is marked post", w)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{{"they truck it to Hyesan", true}, {"a truck took it", false}} {
		a := &analysis{text: c.text, low: c.text}
		a.tokenize()
		got := false
		for _, tk := range a.toks {
			if tk.w == "truck" && tk.lx.flags&fMove != 0 {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: truck as a verb of motion %v, want %v", c.text, got, c.want)
		}
	}
}
