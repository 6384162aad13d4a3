package orgs

import (
	"strings"
	"testing"
)

// patternAliases renders pattern organisations as "name [kind country] {aliases}".
func patternAliases(text string) string {
	var parts []string
	for _, o := range finder().Find(text) {
		if strings.HasPrefix(o.ID, patternPrefix) {
			parts = append(parts, o.Name+" ["+o.Kind+" "+o.Country+"] {"+strings.Join(o.Aliases, "|")+"}")
		}
	}
	return strings.Join(parts, "; ")
}

func TestFindBodiesByShape(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"ministry of a field", "Quotas are set by the Ministry of Forestry in Pyongyang.",
			"Ministry of Forestry [ministry ] {the Ministry of Forestry}"},
		{"machine-translated X Ministry", "Officials from the Physical Culture Ministry were fined.",
			"Ministry of Physical Culture [ministry ] {the Physical Culture Ministry}"},
		{"DPRK qualifier gives the country, not the name", "North Korea's Ministry of Forestry sold timber rights.",
			"Ministry of Forestry [ministry KP] {North Korea's Ministry of Forestry}"},
		{"foreign ministry named with its country", "Mongolia's Ministry of Mining approved the deal.",
			"Ministry of Mining [ministry MN] {Mongolia's Ministry of Mining|Ministry of Mining of Mongolia}"},
		{"demonym qualifier", "The Chinese Ministry of Water Resources warned of floods.",
			"Ministry of Water Resources [ministry CN] {The Chinese Ministry of Water Resources|Ministry of Water Resources of China}"},
		{"general bureau of a field", "The General Bureau of Tourism runs the hotels, not the bureau chief.",
			"General Bureau of Tourism [agency ] {The General Bureau of Tourism}"},
		{"of a body the lexicon names: the lexicon's alone", "Funds went to the Finance Department of the Workers' Party of Korea.", ""},
		{"of the cabinet", "Permits come from the Tourism Department of the Cabinet of Ruritania.",
			"Tourism Department of the Cabinet of Ruritania [agency ] {the Tourism Department of the Cabinet of Ruritania}"},
		{"for-phrase", "Researchers at the Hanbit Institute for Border Studies said so.",
			"Hanbit Institute for Border Studies [think_tank ] {the Hanbit Institute for Border Studies}"},
		{"administration with a distinct word", "The Maritime Safety Administration in Dalian detained the ship.",
			"Maritime Safety Administration [agency ] {The Maritime Safety Administration}"},
		{"national body after a country qualifier", "Mongolia's General Customs Administration released figures.",
			"General Customs Administration [agency MN] {Mongolia's General Customs Administration}"},
		{"machine-translated bank of a country", "Deposits at the Trade Bank of Kyrgyzstan were frozen.",
			"Trade Bank of Kyrgyzstan [bank ] {the Trade Bank of Kyrgyzstan}"},
		{"titles inside the name", "A spokesman for the Office of the Prime Minister of Ruritania spoke to the Ministry of Trade Spokesman Kim.",
			"Office of the Prime Minister of Ruritania [agency ] {the Office of the Prime Minister of Ruritania}; Ministry of Trade [ministry ] {the Ministry of Trade}"},
		{"a second body after and", "The Chinese Ministry of Mines and Russia's Federal Agency for Reindeer signed it.",
			"Ministry of Mines [ministry CN] {The Chinese Ministry of Mines|Ministry of Mines of China}; Federal Agency for Reindeer [agency RU] {Russia's Federal Agency for Reindeer}"},
		{"and before a company", "The General Bureau for Cooperation with Foreign Partners and Korea Kumsan Trading Group both signed.",
			"General Bureau for Cooperation with Foreign Partners [agency ] {The General Bureau for Cooperation with Foreign Partners}"},
		{"a series with a comma", "Approval from the Ministry of Mines, Oil and Gas is needed, as is a permit, Trade Office and staff.",
			"Ministry of Mines, Oil and Gas [ministry ] {the Ministry of Mines, Oil and Gas}"},
		{"a country's coast guard", "The Philippines Coast Guard boarded the tanker.",
			"Philippines Coast Guard [border_force PH] {The Philippines Coast Guard}"},
		{"a country's agency of describing words", "The Mongolia Customs Administration and the Indonesian Ministry of Trade agreed.",
			"Mongolia Customs Administration [agency MN] {The Mongolia Customs Administration}; Ministry of Trade [ministry ID] {the Indonesian Ministry of Trade|Ministry of Trade of Indonesia}"},
		{"a town's coast guard is not one", "The Dandong Coast Guard and the Coast Guard boarded it.", ""},
		{"a known country's coast guard", "The Russia Coast Guard boarded the tanker.",
			"Russia Coast Guard [border_force RU] {The Russia Coast Guard}"},
		{"court with a distinct word", "The appeal was heard by the Supreme Arbitration Court last week.",
			"Supreme Arbitration Court [court ] {the Supreme Arbitration Court}"},
		{"a town's court is a named city body", "The Hunchun Intermediate People's Court jailed two smugglers.",
			"Hunchun Intermediate People's Court [court CN] {The Hunchun Intermediate People's Court}"},
		{"a court with no name is not", "The intermediate people's court in Hunchun jailed two smugglers.", ""},
		{"possessive after the name", "The Ministry of Sports' quota and the Ministry of Forestry's plan.",
			"Ministry of Sports [ministry ] {The Ministry of Sports}; Ministry of Forestry [ministry ] {the Ministry of Forestry}"},
		{"Korean ministry by its field", "북한 임업성은 목재 수출을 늘렸고 교육성도 나섰다.",
			"Ministry of Forestry [ministry KP] {임업성}; Ministry of Education [ministry KP] {교육성}"},
		{"Korean ministries joined by 과", "임업성과 수산성이 나섰다.", "Ministry of Forestry [ministry KP] {임업성}"},
		{"with-phrase", "The General Bureau for Cooperation with Foreign Partners signed it.",
			"General Bureau for Cooperation with Foreign Partners [agency ] {The General Bureau for Cooperation with Foreign Partners}"},
		{"machine-translated trade bank is the DPRK's, not the Bank of Korea", "Dollars were wired to the Trade Bank of Korea.", ""},
		{"Chinese group", "货物由丹东鸿运集团运往新义州。",
			"丹东鸿运集团 [company CN] {丹东鸿运集团}"},

		{"enterprises with their town", "Ore from the Musan Mining Complex and pills from the Hamhung Koryo Medicine Factory were sold.",
			"Musan Mining Complex [enterprise KP] {the Musan Mining Complex}; Hamhung Koryo Medicine Factory [enterprise KP] {the Hamhung Koryo Medicine Factory}"},
		{"either Korea's agency", "Permits from the Korea Forest Service were needed for the timber.",
			"Korea Forest Service [agency ] {the Korea Forest Service}"},
		{"a possessive before a troupe", "In the capital last week North Korea's Samjiyon Orchestra performed for guests.",
			"Samjiyon Orchestra [arts_group KP] {Samjiyon Orchestra}"},
		{"an art troupe named after its town", "Members of the Samjiyon Orchestra and the Mansudae Art Troupe toured.",
			"Samjiyon Orchestra [arts_group KP] {the Samjiyon Orchestra}; Mansudae Art Troupe [arts_group ] {the Mansudae Art Troupe}"},

		{"Korean enterprise", "무산군의 무산광산연합기업소에서 나온 광석과 혜산방직공장 천.",
			"Musan Mining Complex [enterprise KP] {무산광산연합기업소}; Hyesan Textile Factory [enterprise KP] {혜산방직공장}"},
		{"Chinese rings and kinds of group", "警方破获一个走私集团和走私犯罪集团，多家企业集团和跨国公司也受影响。", ""},
		{"numbered bureaus", "돈은 314총국으로 갔고 the 314 General Bureau and General Bureau 227 paid.",
			"314 General Bureau [agency KP] {314총국|314 General Bureau}; 227 General Bureau [agency KP] {General Bureau 227}"},
		{"numbers that are not bureaus", "In 2,314 General Bureau staff and General Bureau 7 or General Bureau 0123.", ""},
		{"Korean town and head alone", "무산광산과 혜산공장, 어느 기업소.", ""},

		// Not named bodies.
		{"sentence words before a head", "Following Ministry orders, traders stopped. Reportedly Bureau staff left.\nMeanwhile Committee members met.", ""},
		{"sentence-initial name", "Eastern Front Command officers inspected it. Liaoning Maritime Safety Administration too.",
			"Eastern Front Command [military ] {Eastern Front Command}; Liaoning Maritime Safety Administration [agency CN] {Liaoning Maritime Safety Administration}"},
		{"an industrial park is a place", "Firms left the Kaesong Industrial Complex and the Rason Economic Complex.", ""},
		{"a town's factory, a generic mine", "The Hyesan Factory and the Chinese Mine and a Factory Manager.", ""},
		{"rooms and desks", "The Oval Office meeting ended and Customer Service lines were busy.", ""},
		{"descriptions", "The Public Security Bureau and the Provincial Party Committee met; the Border Security Office too.", ""},
		{"heads that modify", "Before the Party Congress, a Ministry Spokesman cited the Security Council Resolution 2397 and Committee Chairman Kim.", ""},
		{"outlets", "Yonhap News Agency and the Korean Central News Agency reported it, as did Radio Free Asia's Korean Service.", ""},
		{"headline", "Ministry Of Forestry Sells Timber Rights To Chinese Firms\n\nBody.", ""},
		{"places and customs houses", "Hyesan Customs, the Dandong Customs Office and the Sinuiju Bureau checked trucks.", ""},
		{"local bodies named by their place, unnamed ones not", "The Ryanggang Provincial Security Bureau, the Hyesan Security Office, the Yanggang Province People's Committee and the Chagang People's Committee met the Committee of Hyesan City.",
			"Ryanggang Provincial Security Bureau [agency KP] {The Ryanggang Provincial Security Bureau}; Ryanggang Provincial People's Committee [agency KP] {the Yanggang Province People's Committee|Yanggang Province People's Committee}"},
		{"unions of places", "The Soviet Union and the Customs Union traded with the European Union.", ""},
		{"person titles", "Minister Kim and Director Pak of the ministry left; Foreign Minister Choe stayed.", ""},
		{"bare head after a sentence word", "Then Department officials met. In Office hours nothing moved.", ""},
		{"a bank of a place alone is generic", "A department of Korea and an Office of Dandong.", ""},
		{"Korean words ending in 성", "가능성과 정체성, 중요성이 높아졌다. 성과도 있었다.", ""},
		{"Korean growth words", "임업성장과 교육성과를 평가했다.", ""},
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

func TestFindMachineTranslatedBodies(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Dollars were wired to the Trade Bank of Korea in Pyongyang.", "kp-ftb: Trade Bank of Korea"},
		{"The Second Economy Commission sells arms abroad.", "kp-sec: Second Economy Commission"},
		// A province's own department, not the US Department of Commerce.
		{"The Liaoning Provincial Department of Commerce declined to comment.", "pattern:liaoning provincial department of commerce: The Liaoning Provincial Department of Commerce"},
	}
	for _, tt := range tests {
		if got := summary(finder().Find(tt.text)); got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}
