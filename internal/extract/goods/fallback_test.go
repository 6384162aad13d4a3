package goods

import (
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
)

// checkFallback compares fallbackSummary of each case's text with want.
func checkFallback(t *testing.T, tests []struct{ name, text, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fallbackSummary(tt.text); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// fallbackSummary renders only the records the HS noun index made, as
// "name(hs)" joined by "; ".
func fallbackSummary(text string) string {
	var out []string
	for _, c := range finder().Find(text) {
		if strings.HasPrefix(c.ID, "hs") {
			out = append(out, c.Name+"("+c.HS+")")
		}
	}
	return strings.Join(out, "; ")
}

func TestFallbackFinds(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"object of a trade verb", "Brokers in Hunchun bought twelve accordions for a school band in Chongjin.", "accordions(92)"},
		{"passive subject", "Several clarinets were seized at the border post last week.", "clarinets(9205)"},
		{"measure of", "Customs found 300 kilograms of saffron hidden under cabbages.", "saffron(0910)"},
		{"shipments of", "Shipments of antimony left the port at night.", "antimony(8110)"},
		{"price of", "The price of microscopes has doubled since spring.", "microscopes(90)"},
		{"sells for money", "A used harpsichord sells for 9,000 yuan in the market.", "used harpsichords(9201)"},
		{"worth", "He said bismuth worth $2 million crossed in March.", "bismuth(8106)"},
		{"singular to plural", "The trader ordered a harpsichord from Shenyang.", "harpsichords(9201)"},
		{"list after a verb", "They smuggled binoculars, harpsichords and cymbals into the country.", "binoculars(9005); harpsichords(9201); cymbals(9206)"},
		{"shared head", "The mine sells lead and zinc concentrates to Chinese buyers.", "lead concentrates(2607)"},
		{"other ores", "Sanctions ban sales of iron, lead, zinc and other ores.", "iron ores(2601); lead ores(2607); zinc ores(2608); ores(26)"},
		{"cover goods", "The lathes were declared as \"umbrellas\" at the bridge.", "umbrellas(6601)"},
		{"narrowing modifier", "Farms are buying plastic mulch film from traders.", "plastic mulch film(39)"},
		{"parts", "The workshop imported harpsichord parts from Dandong.", "harpsichord parts(9209)"},
		{"known good in a list", "Cigarettes, clarinets and cymbals went across on the same train.", "clarinets(9205); cymbals(9206)"},
		{"more mentions", "Dealers sell cinnamon in Sinuiju. The cinnamon comes from Vietnam.", "cinnamon(0906)"},
	}
	checkFallback(t, tests)
}

// TestFallbackQuiet holds the cases that must name no good: figurative
// uses, people, places, containers and measures, things not traded.
func TestFallbackQuiet(t *testing.T) {
	for _, text := range []string{
		"The regime bought time by promising talks.",
		"Officials seized power in the province after the purge.",
		"Smugglers sold the goods to a source in Dandong.",
		"Traders carried boxes across the river at night.",
		"They smuggled women and children across the Tumen.",
		"Exporters shipped 40 tonnes to Nampho last month.",
		"Sellers bought Chinese yuan at the market rate.",
		"The smuggling operation was run by the border guards.",
		"Pyongyang calls the reports a smear, and the ministry denies buying weapons.",
		"The report mentions excavators at a construction site in Pyongyang.",
		"Trade in 2023 rose 125 percent from a year earlier.",
		"They loaded the soybeans onto train wagons in Mudanjiang.",
		"The export never stops, only the method is changed.",
		"Supply chains through Dandong were disrupted by the floods.",
		"Traders supply Dandong with seafood; the Sinuiju market sells it on.",
		"A Chinese smartphone smuggled from across the river on the opposite bank sells for 1,500 yuan.",
		"A box of 30 capsules sold for 80 yuan at the pharmacy.",
		"The ministry ordered hospitals and clinics to report every case.",
		// A noun the HS names in several chapters, with no lexicon entry,
		// is no good of its own; nor are grades and qualities.
		"Families buy the frame first and add the glass later.",
		"Dealers buy dried roots from farmers in the hills.",
		"Lower grades fetch about 100 yuan at the border.",
		"The best quality sells for 300 yuan a kilogram.",
	} {
		if got := fallbackSummary(text); got != "" {
			t.Errorf("%q: got %q, want none", text, got)
		}
	}
}

func TestPickCode(t *testing.T) {
	tests := []struct {
		codes []string
		want  string
	}{
		{[]string{"8429", "842952"}, "8429"},
		{[]string{"121120"}, "121120"},
		{[]string{"9205", "9207"}, "92"},
		{[]string{"2613", "8102"}, ""},
		{[]string{"8418", "841810", "841821"}, "8418"},
	}
	for _, tt := range tests {
		if got := pickCode(tt.codes); got != tt.want {
			t.Errorf("pickCode(%v) = %q, want %q", tt.codes, got, tt.want)
		}
	}
}

func TestNounIndex(t *testing.T) {
	keys, err := lexicon.HSNouns()
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"excavator": "8429", "bulldozer": "8429", "ginseng": "121120", "anthracite": "270111",
		"sewing machine": "8452", "refrigerator": "8418", "piano": "9201", "cymbal": "9206",
	} {
		n, ok := keys[key]
		if !ok || !n.Head {
			t.Errorf("%q: not a head of the index", key)
			continue
		}
		codes := n.Codes
		if len(n.Primary) > 0 {
			codes = n.Primary
		}
		if got := pickCode(codes); got != want {
			t.Errorf("%q: code %q, want %q", key, got, want)
		}
	}
	for _, generic := range []string{"article", "part", "other", "machine", "product", "good", "material", "preparation", "similar", "tonne"} {
		if n, ok := keys[generic]; ok && n.Head {
			t.Errorf("%q heads goods, want it left out or narrowing only", generic)
		}
	}
}

// The set bits slots tests in place of map lookups answer as the sets do,
// for their words and for words of no set.
func TestSlotSetFlags(t *testing.T) {
	for _, s := range []struct {
		words map[string]bool
		flag  wordFlag
	}{
		{saleWords, fSale}, {commandVerbs, fCommand}, {bringVerbs, fBring}, {sendVerbs, fSend},
		{banWords, fBan}, {dealerNouns, fDealer}, {moveVerbs, fMove}, {ladenWords, fLaden},
		{numberWords, fNumber}, {reducedPreps, fReduced},
	} {
		for w := range wordFlags {
			if got := lookupFlags(w)&s.flag != 0; got != s.words[w] {
				t.Errorf("lookupFlags(%q) has flag %b: %v, want %v", w, s.flag, got, s.words[w])
			}
		}
		for w := range s.words {
			if tokenize(w, nil)[0].flags&s.flag == 0 {
				t.Errorf("token %q lacks flag %b", w, s.flag)
			}
		}
	}
	if toks := tokenize("Sent 12 sealed crates", nil); toks[0].flags&fSend == 0 || toks[1].flags != 0 || toks[2].flags&(fSend|fSale) != 0 {
		t.Errorf("tokenize flags = %b %b %b", toks[0].flags, toks[1].flags, toks[2].flags)
	}
}

// The flag table answers as the word sets do.
func TestLookupFlags(t *testing.T) {
	for w, want := range wordFlags {
		if got := lookupFlags(w); got != want {
			t.Errorf("lookupFlags(%q) = %b, want %b", w, got, want)
		}
	}
	for _, w := range []string{"x", "piano", "thee", "tonnage", "zzzzzz", "shipmentss"} {
		if got := lookupFlags(w); got != 0 {
			t.Errorf("lookupFlags(%q) = %b, want 0", w, got)
		}
	}
	toks := tokenize("The ship carried 20 tonnes of coal. Sold quickly", nil)
	for _, tt := range []struct {
		i    int
		want wordFlag
	}{
		{0, fDet | fStop | fObjStart}, {1, fNP}, {2, fTrade | fPassive | fNP}, {3, 0}, {4, fMeasure | fNP}, {5, fStop | fPrep},
		{7, fEnd}, {8, fTrade | fPassive | fPrice | fSale | fNP}, {9, 0},
	} {
		if got := toks[tt.i].flags; got != tt.want {
			t.Errorf("token %q flags = %b, want %b", toks[tt.i].low, got, tt.want)
		}
	}
}

func TestUntradedFrame(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The province reported a record Harvest of wheat", true},
		{"Officials said the output of coal", true},
		{"the harvest of squid was sold to buyers from Dalian for coal", false}, // a trade word after the frame
		{"Brokers shipped tonnes of coal", false},                               // no frame
		{"Made from soybean cake", true},
		{"The rice harvest. Traders then sold coal", false}, // the frame is in another sentence
		{"수확 후 the harvest of wheat", true},                 // a Hangul window takes the plain way
		{"수출 the harvest of wheat", true},                   // a trade word before the frame does not count
		{"the harvest of 수출 wheat", false},
	} {
		i := strings.LastIndex(tt.text, " ") + 1
		if got := untradedFrame(tt.text, i); got != tt.want {
			t.Errorf("untradedFrame(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
