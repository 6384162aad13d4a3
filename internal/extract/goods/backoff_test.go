package goods

import "testing"

// TestBackoffFinds holds the wider backoff's must-fire cases: goods with no
// lexicon entry in the slots a report puts traded goods in, coded where the
// HS nouns name one heading or chapter and left uncoded where they do not.
func TestBackoffFinds(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"uncoded noun of many headings", "Smugglers are buying up vinegar and gelatin in Dandong.", "vinegar(2209); gelatin()"},
		{"laden with", "The crates were packed with paper and straw.", "straw()"},
		{"measure a preposition governs", "The phones were hidden among crates of turnips.", "turnips(0706)"},
		{"items were", "The main items were kaolin and talc.", "kaolin(2507); talc(2526)"},
		{"led by after exports", "Exports grew, led by saddles and bellows.", "saddles(871495)"},
		{"such as after goods", "Peddlers also carry goods such as saddles and bellows.", "saddles(871495)"},
		{"verb before the phrase is cut", "Couriers keep sending copper and lanolin over the river.", "lanolin(1505)"},
		{"held is no trade verb", "The depot held gelatin from Yanji, the clerk said, and it was sold in May.", ""},
		{"exports of after a possessive", "The rules ban the country's exports of lanolin and vinegar.", "lanolin(1505); vinegar(2209)"},
		{"member alone when no head is shared", "Peddlers sell straw, gelatin and cooking oil.", "straw(); gelatin()"},
		{"origin compound dropped from the name", "Couriers bought Russian-made saddles in Khasan.", "saddles(871495)"},
	}
	checkFallback(t, tests)
}

// TestBackoffQuiet holds its must-not-fire cases: the same slots holding
// abstract nouns, people, manners, particles and trade words.
func TestBackoffQuiet(t *testing.T) {
	for _, text := range []string{
		"Traders were buying up the stock.",
		"The trucks were loaded with care.",
		"Exports rose, led by strong demand.",
		"Exports rose by a third.",
		"The main items were unclear.",
		"The boats were loaded with people and went back.",
		"Officials held talks and sold well.",
		"Imports fell by half after the ban.",
		"The goods such as they were went north.",
		"Prices were driven down as traders sold off the state reserves.",
		"The brokers sold permits, licences and rights to fish.",
	} {
		if got := fallbackSummary(text); got != "" {
			t.Errorf("%q: got %q, want none", text, got)
		}
	}
}

// TestNamesNoun checks when an HS description names a noun as a good,
// on descriptions written for the test.
func TestNamesNoun(t *testing.T) {
	descs := map[string]string{
		"1": "Pumps and compressors; for liquids",
		"2": "Spark-ignition engines (petrol or semi-petrol engines)",
		"3": "Residues of industry; wastes of tanning liquors, brake fluids",
		"4": "Sauces; condiments, whether or not mixed",
		"5": "Percussion instruments (e.g. drums, gongs, bells)",
		"6": "Saffron and saffron-crocus stigmas",
	}
	ix := &hsNouns{desc: func(c string) string { return descs[c] }}
	for _, tt := range []struct {
		code, key, plural string
		want              bool
	}{
		{"1", "pump", "pumps", true},
		{"1", "compressor", "compressors", true},
		{"2", "petrol", "", false},        // a modifier of "engines"
		{"3", "liquor", "liquors", false}, // an "of" complement
		{"4", "condiment", "condiments", true},
		{"5", "gong", "gongs", true},
		{"5", "percussion", "", false},
		{"6", "saffron", "", true},
	} {
		if got := ix.namesNoun(tt.code, tt.key, tt.plural); got != tt.want {
			t.Errorf("namesNoun(%q, %q) = %v, want %v", descs[tt.code], tt.key, got, tt.want)
		}
	}
}
