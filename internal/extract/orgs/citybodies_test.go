package orgs

import (
	"strings"
	"testing"
)

// TestCityAndCourtBodies checks the local-body shapes without a level word
// (a special city's people's committee), with "District" (South Korea's
// district prosecutors), and the regional customs offices of the South.
func TestCityAndCourtBodies(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"special city's people's committee", "Unloading was watched by the Nampo People's Committee.",
			"Nampo People's Committee [agency KP] {the Nampo People's Committee}"},
		{"a province's needs its level word", "Unloading was watched by the Ryanggang People's Committee.", ""},
		{"a city written with its level word keeps it", "Unloading was watched by the Hyesan City People's Committee.",
			"Hyesan City People's Committee [agency KP] {the Hyesan City People's Committee}"},
		{"no place, no body", "Unloading was watched by the Economic People's Committee.", ""},
		{"district prosecutors", "He was indicted by the Busan District Prosecutors' Office on Friday.",
			"Busan District Prosecutors' Office [agency KR] {the Busan District Prosecutors' Office}"},
		{"a district without a place", "He was indicted by the Central District Prosecutors' Office.", ""},
		{"regional customs office", "Officers of Busan Main Customs opened the containers.",
			"Busan Main Customs [customs KR] {Busan Main Customs}"},
		{"a border town's customs house is no body", "Officers of Dandong Main Customs and Sinuiju customs waved it through.", ""},
		{"a legal suffix ends the name before of", "Prosecutors charged Golden Reed Shipping Ltd of Hong Kong, and later Golden Reed Shipping paid a fine.",
			"Golden Reed Shipping Ltd [company ] {Golden Reed Shipping Ltd|Golden Reed Shipping}"},
		{"a bank of a country is still one name", "Transfers went through the Foreign Trade Bank of Korea.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOffsets(t, tt.text, finder().Find(tt.text))
			if got := patternAliases(tt.text); got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestLexiconCompanyLegalSuffix checks that a listed firm's mention runs
// over the legal suffix the text adds to the listed form, and over nothing
// else.
func TestLexiconCompanyLegalSuffix(t *testing.T) {
	tests := []struct{ text, mention string }{
		{"The panel named Korea Kumsan Trading Corp., a coal seller.", "Korea Kumsan Trading Corp."},
		{"The panel named Korea Kumsan Trading Corporation as the seller.", "Korea Kumsan Trading Corporation"},
		{"The panel named Korea Kumsan Trading Cornwall as the seller.", "Korea Kumsan Trading"},
	}
	for _, tt := range tests {
		var got []string
		for _, o := range finder().Find(tt.text) {
			if o.ID == "kp-kumsan" {
				for _, m := range o.Mentions {
					got = append(got, m.Text)
				}
			}
		}
		if strings.Join(got, "|") != tt.mention {
			t.Errorf("Find(%q) mentions %q, want %q", tt.text, got, tt.mention)
		}
	}
}

// TestNewLexiconBodies checks the bodies added to the lexicon: South
// Korea's resettlement centre and parliamentary intelligence committee,
// Russia's interior ministry, and machine renderings of the DPRK's
// external economic ministry.
func TestNewLexiconBodies(t *testing.T) {
	tests := []struct{ text, id, name string }{
		{"탈북민들은 하나원에서 석 달 동안 교육을 받는다.", "kr-hanawon", "Hanawon"},
		{"국정원은 국회 정보위원회에 보고했다.", "kr-na-intelligence", "National Assembly Intelligence Committee"},
		{"The Russian Interior Ministry counted the workers.", "ru-mvd", "Ministry of Internal Affairs"},
		{"The permit came from the Foreign Economy Ministry.", "kp-meer", "Ministry of External Economic Relations"},
	}
	for _, tt := range tests {
		found := false
		for _, o := range finder().Find(tt.text) {
			if o.ID == tt.id {
				found = true
				if o.Name != tt.name {
					t.Errorf("Find(%q) names %s %q, want %q", tt.text, tt.id, o.Name, tt.name)
				}
			}
		}
		if !found {
			t.Errorf("Find(%q) lacks %s: %s", tt.text, tt.id, summary(finder().Find(tt.text)))
		}
	}
	if got := summary(finder().Find("정보위원회 위원들이 회의했다. The ministry of interior design.")); strings.Contains(got, "kr-na-intelligence") || strings.Contains(got, "ru-mvd") {
		t.Errorf("bare committee or lower-case words matched: %s", got)
	}
}

// TestCountrylessRepeatJoinsNamedBody checks that a body named again
// without its country joins the one record of that name, and stays apart
// when two countries' bodies share the name.
func TestCountrylessRepeatJoinsNamedBody(t *testing.T) {
	one := finder().Find("Japan's Foreign Ministry said on Monday that the tanker had been seen. The Foreign Ministry said more would follow.")
	n := 0
	for _, o := range one {
		if o.Name == "Ministry of Foreign Affairs" {
			n++
			if o.Country != "JP" || len(o.Mentions) != 2 {
				t.Errorf("got %s %s with %d mentions, want JP with 2", o.Name, o.Country, len(o.Mentions))
			}
		}
	}
	if n != 1 {
		t.Errorf("want one Ministry of Foreign Affairs, got %s", summary(one))
	}
	two := finder().Find("China's Foreign Ministry and Russia's Foreign Ministry spoke. The Foreign Ministry said more would follow.")
	for _, o := range two {
		if o.Name == "Ministry of Foreign Affairs" && o.Country != "" && len(o.Mentions) != 1 {
			t.Errorf("%s %s took the countryless mention: %s", o.Name, o.Country, summary(two))
		}
	}
}
