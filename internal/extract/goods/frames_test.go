package goods

import (
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// TestTradeFramesFind holds the must-fire cases of the sale slots, the
// dealer compounds, the movement and reduced-passive frames, the HS
// spellings of closed compounds and the phrases freed from a lexicon
// modifier.
func TestTradeFramesFind(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"conveyance bought", "The firm imported lorries and vans from Jilin.", "vans(86)"},
		{"conveyance in a sale's of", "Sanctions forbid the sale of barges to the North.", "barges(89)"},
		{"ban on", "The UN imposed a ban on saddles and bellows.", "saddles(871495)"},
		{"dealer compound", "Police questioned lanolin dealers in Dandong.", "lanolin(1505)"},
		{"importer compound", "A kaolin importer in Tumen paid the bribe.", "kaolin(2507)"},
		{"movement verb", "Cheap cinnamon slips across the river at night.", "cinnamon(0906)"},
		{"movement verb after auxiliaries", "Bales of straw and saddles have been crossing at Namyang.", "saddles(871495)"},
		{"reduced passive with where to", "Last year saffron smuggled to Dandong fetched a premium.", "saffron(0910)"},
		{"closed compound in the HS spelling", "Exports were led by soybean oil and kaolin.", "kaolin(2507)"},
	}
	checkFallback(t, tests)
}

// TestTradeFramesQuiet holds their must-not-fire cases: conveyances that
// carry or are seized, names and places before a dealer noun, nouns of
// crossing, adverbs after "was", and a clause after "and that".
func TestTradeFramesQuiet(t *testing.T) {
	for _, text := range []string{
		"Police seized two vans near the bridge.",
		"The barges were loaded at the quay.",
		"Dandong dealers raised prices.",
		"Chinese dealers raised prices.",
		"Lanolin dealers in Dandong raised prices.", // first in the sentence: a name as often as a good
		"A single crossing brings in cash.",
		"The rail crossing at Khasan carries most traffic.",
		"Smugglers cross the river at night.",
		"The kaolin was long sold to visitors.",
		"Police said the boats were seized, and that the barges brought back crab.",
		"The ban on imports hurt the traders.",
	} {
		if got := fallbackSummary(text); got != "" && got != "kaolin(2507)" {
			t.Errorf("%q: got %q, want none", text, got)
		}
	}
}

// TestHSSpellings checks the index lookups by HS spelling and closed
// compound, and that an unknown word finds nothing.
func TestHSSpellings(t *testing.T) {
	ix := finder().nouns
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"soybean", true}, {"soybeans", true}, {"tire", true}, {"sulfur", true},
		{"zzqx", false}, {"bluetoothy", false},
	} {
		if _, ok := ix.noun(tt.w); ok != tt.want {
			t.Errorf("noun(%q) found %v, want %v", tt.w, ok, tt.want)
		}
	}
	if got := spellingKey("soy"); got != "soya" {
		t.Errorf("spellingKey(soy) = %q", got)
	}
}

// TestModifierTaken checks that a lexicon good named only as the modifier
// of a phrase the HS codes otherwise gives way to the phrase, and that a
// lexicon record already of the phrase's heading, or a phrase whose head
// reads as an adjective, does not.
func TestModifierTaken(t *testing.T) {
	f := finder()
	find := func(text string) map[string]string {
		m := map[string]string{}
		for _, g := range f.Find(text) {
			m[g.Name] = g.HS
		}
		return m
	}
	// The lexicon lists ginseng; "ginseng" before "soap" is the soap's kind.
	if got := find("Peddlers sell ginseng soap in Hyesan."); got["ginseng"] != "" {
		t.Errorf("ginseng soap: the modifier stayed a good: %v", got)
	}
	if got := find("Peddlers sell ginseng in Hyesan."); got["ginseng"] == "" {
		t.Errorf("ginseng alone: not found: %v", got)
	}
	h := hit{code: "1507", adjacent: true, start: 0, headStart: 8, end: 11, name: "soybean oil"}
	goods := []model.Commodity{{Name: "soybeans", HS: "1201", Mentions: []model.Mention{{Start: 0, End: 7, Text: "soybean"}}}}
	if !modifierTaken(h, goods, nil) || len(goods[0].Mentions) != 0 {
		t.Errorf("soybean oil: modifier not freed: %+v", goods)
	}
	same := []model.Commodity{{Name: "soybean oil", HS: "1507", Mentions: []model.Mention{{Start: 0, End: 7, Text: "soybean"}}}}
	if modifierTaken(h, same, nil) || len(same[0].Mentions) != 1 {
		t.Errorf("a record of the same heading was freed: %+v", same)
	}
	h.adjective = true
	goods = []model.Commodity{{Name: "soybeans", HS: "1201", Mentions: []model.Mention{{Start: 0, End: 7, Text: "soybean"}}}}
	if modifierTaken(h, goods, nil) {
		t.Errorf("an adjective head freed its modifier")
	}
}
