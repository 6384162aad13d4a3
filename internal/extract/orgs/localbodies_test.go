package orgs

import "testing"

func TestFindLocalBodies(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"provincial party committee", "Orders came from the Kangwon Provincial Party Committee last month.",
			"Kangwon Provincial Party Committee [agency KP] {the Kangwon Provincial Party Committee}"},
		{"two-word province", "The South Pyongan Provincial Rural Economy Committee set the quotas.",
			"South Pyongan Provincial Rural Economy Committee [agency KP] {The South Pyongan Provincial Rural Economy Committee}"},
		{"city people's committee", "Stalls were licensed by the Hyesan City People's Committee.",
			"Hyesan City People's Committee [agency KP] {the Hyesan City People's Committee}"},
		{"Chinese municipal bureau", "The Dandong Municipal Public Security Bureau detained three couriers.",
			"Dandong Municipal Public Security Bureau [agency CN] {The Dandong Municipal Public Security Bureau}"},
		{"unnamed local bodies", "The provincial government, the Provincial Party Committee and the city police knew of it.", ""},
		{"a local word without a place", "The Central Provincial Affairs Committee met.", ""},
		{"a country is not a province", "The China Provincial Party Committee met.", ""},
		{"lower-case prefectural police", "Osaka prefectural police said the prefectural police and the city police had searched it.",
			"Osaka Prefectural Police [agency JP] {Osaka prefectural police}"},
		{"lower-case machine translation", "The North Pyongan provincial people's committee ordered the sale.",
			"North Pyongan Provincial People's Committee [agency KP] {North Pyongan provincial people's committee}"},
		{"lower-case head after a non-place", "The Sunday provincial party committee meeting and Kim prefectural police.", ""},
		{"Korean provincial party committee", "자강도당위원회가 외화 계획을 내렸다.",
			"Jagang Provincial Party Committee [agency KP] {자강도당위원회}"},
		{"Korean city people's committee with a space", "혜산시 인민위원회는 장마당을 닫았다.",
			"Hyesan City People's Committee [agency KP] {혜산시 인민위원회}"},
		{"Korean committees without a place", "도당은 몰랐고 중앙위원회와 당위원회, 인민위원회도 그랬다. 위원회원.", ""},
		{"machine translation: standard romanisation and level", "Quotas came from the Chagang Province People's Committee.",
			"Jagang Provincial People's Committee [agency KP] {the Chagang Province People's Committee|Chagang Province People's Committee}"},
		{"a Chinese body keeps its text's name", "The Dandong City Public Security Bureau fined them.",
			"Dandong City Public Security Bureau [agency CN] {The Dandong City Public Security Bureau}"},
		{"lower-case variant spelling", "The Hesan city people's committee sold the permits.",
			"Hyesan City People's Committee [agency KP] {Hesan city people's committee|Hesan City People's Committee}"},
		{"lower-case prosecutor's office", "The case went to the North Hamgyong provincial prosecutor's office in May.",
			"North Hamgyong Provincial Prosecutor's Office [agency KP] {North Hamgyong provincial prosecutor's office}"},
		{"capitalised provincial court", "The Jagang Provincial Court sentenced two smugglers.",
			"Jagang Provincial Court [court KP] {The Jagang Provincial Court}"},
		{"Korean provincial prosecutor's office", "자강도 검찰소가 사건을 넘겨받았다.",
			"Jagang Provincial Prosecutor's Office [agency KP] {자강도 검찰소}"},
		{"Korean city court", "혜산시재판소는 공개재판을 열었다.",
			"Hyesan City Court [court KP] {혜산시재판소}"},
		{"Korean prosecutors and courts without a place", "중앙검찰소와 검찰소, 재판소, 그들도 검찰소에 갔다. 도 재판소.",
			""},
		{"unnamed lower-case courts", "The provincial court and the city prosecutor's office and a Sunday provincial court.", ""},
		{"Chinese city police by its jurisdiction", "The Hunchun Public Security Bureau and the Jilin Province Public Security Department acted.",
			"Hunchun Public Security Bureau [agency CN] {The Hunchun Public Security Bureau}; Jilin Provincial Public Security Department [agency CN] {the Jilin Province Public Security Department|Jilin Province Public Security Department}"},
		{"lower-case county police, Korean reading of the town", "Officers of the Jangbaek county public security bureau and the Tumen public security bureau came.",
			"Changbai County Public Security Bureau [agency CN] {Jangbaek county public security bureau|Jangbaek County Public Security Bureau}; Tumen Public Security Bureau [agency CN] {Tumen public security bureau}"},
		{"a prefecture's police", "Aichi Prefectural Police searched the warehouse.",
			"Aichi Prefectural Police [agency JP] {Aichi Prefectural Police}"},
		// A place's own body needs no country after it (heldout15 study).
		{"a prefecture's police of a country", "The Osaka Prefectural Police of Japan arrested the company's president.",
			"Osaka Prefectural Police [agency JP] {The Osaka Prefectural Police}"},
		{"a province's bureau of a country", "The Liaoning Provincial Public Security Department of China detained two couriers.",
			"Liaoning Provincial Public Security Department [agency CN] {The Liaoning Provincial Public Security Department}"},
		{"police and security bureaus that name no place's own", "The Public Security Bureau, the Secret Police, Chinese Police, the Hyesan Public Security Bureau, the Municipal Police and a public security bureau.", ""},
		{"named department store", "Perfume sold in the Kwangbok department store last spring.",
			"Kwangbok department store [enterprise ] {the Kwangbok department store}"},
		{"capitalised department store", "Prices at the Ragwon Department Store rose.",
			"Ragwon Department Store [enterprise ] {the Ragwon Department Store}"},
		{"stores described, not named", "A Pyongyang department store, the Chinese department store, the State Department Store and the department store.", ""},
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
