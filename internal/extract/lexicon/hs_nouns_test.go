package lexicon

import "testing"

func TestHSNouns(t *testing.T) {
	keys, err := HSNouns()
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) < 3000 {
		t.Errorf("noun index has %d keys, want thousands", len(keys))
	}
	lex := mustLoad(t)
	for k, n := range keys {
		if NounKey(k) != k && !containsSpace(k) {
			t.Errorf("key %q is not its own NounKey", k)
		}
		for _, c := range n.Codes {
			if lex.HSDescription(c) == "" {
				t.Errorf("key %q: code %s not in the HS table", k, c)
			}
		}
	}
	if n := keys["accordion"]; !n.Head || n.Plural != "accordions" {
		t.Errorf("accordion = %+v, want a head with plural accordions", n)
	}
}

func TestNounKey(t *testing.T) {
	for in, want := range map[string]string{"excavators": "excavator", "refineries": "refinery", "sacks": "sack", "mice": "mouse", "gas": "gas"} {
		if got := NounKey(in); got != want {
			t.Errorf("NounKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func containsSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}
