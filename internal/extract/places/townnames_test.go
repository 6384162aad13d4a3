package places

import "testing"

// TestCountyTownNames checks that a North Korean county that GeoNames has
// only as a division comes out under its town's name as English text writes
// it, however the text names it, and that a county whose town is a place of
// its own keeps its level word.
func TestCountyTownNames(t *testing.T) {
	f := finder()
	tests := []struct {
		text string
		id   string
		want string
	}{
		{"Divers work the coast near Cholsan all spring.", "geonames:KP.11.1878581", "Cholsan"},
		{"The boats sail from Cholsan county at night.", "geonames:KP.11.1878581", "Cholsan"},
		{"Ore from the Unryul mine goes by rail to the coast.", "geonames:KP.06.1867428", "Unryul"},
		{"Scooters crossed the river into Junggang after dark.", "geonames:KP.01.2044491", "Junggang"},
		{"Trucks left Chunggang County for Kanggye.", "geonames:KP.01.2044491", "Junggang"},
		{"Tankers loaded diesel at Vostochny Port before sailing.", "yalu:vostochny-port", "Vostochny"},
		{"Officials in Musan county checked the trucks.", "geonames:KP.17.2042740", "Musan County"},
		// Reports spell Sakchu (MR) Sakju, the county as its town.
		{"The van was unloaded in Sakju before dawn.", "geonames:2041533", "Sakju"},
		{"평안북도 삭주군으로 넘어왔다.", "geonames:KP.11.2041535", "Sakju County"},
		{"삭주에서 평성으로 보냈다.", "geonames:2041533", "Sakju"},
	}
	for _, tt := range tests {
		got := ""
		for _, p := range f.Find(tt.text) {
			if p.ID == tt.id {
				got = p.Name
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q): %s named %q, want %q", tt.text, tt.id, got, tt.want)
		}
	}
}

// TestMetalsFirm checks that a town's name inside a firm's name ending in
// "Metals" is not a place, while the town named on its own still is.
func TestMetalsFirm(t *testing.T) {
	f := finder()
	has := func(text, id string) bool {
		for _, p := range f.Find(text) {
			if p.ID == id {
				return true
			}
		}
		return false
	}
	const yanji, hunchun = "geonames:2033467", "geonames:2036653"
	if has("The concentrate is roasted by Yanji Jinlong Metals, the source said.", yanji) {
		t.Error("Yanji inside a firm's name was taken for the town")
	}
	if !has("Metals traders in Hunchun paid more this year.", hunchun) {
		t.Error("Hunchun after a capitalised Metals was lost")
	}
	if !has("Scrap metals from Hunchun Steel were sold.", hunchun) {
		t.Error("Hunchun before a steelworks' name was lost")
	}
}

// TestCountryOfPeople checks that a Hangul country name qualifying people
// ("한국 관광객", "북한 노동자들") names no place, while the country named as
// a noun beside the same words still does.
func TestCountryOfPeople(t *testing.T) {
	f := finder()
	has := func(text, id string) bool {
		for _, p := range f.Find(text) {
			if p.ID == id {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		text, id string
		want     bool
	}{
		{"혜산 시장에 한국 관광객들이 왔다.", "iso3166:KR", false},
		{"단둥 공장의 북한 노동자들이 돌아갔다.", "iso3166:KP", false},
		{"선원들이 러시아로 떠났다.", "iso3166:RU", true},
		{"러시아 선원들이 청진에서 샀다.", "iso3166:RU", false},
		{"한국에서 관광객들이 왔다.", "iso3166:KR", true},
		{"노동자들은 북한 땅으로 돌아갔다.", "iso3166:KP", true},
		// A ship's flag is its nationality, as a person's.
		{"쌀을 실은 북한 화물선이 항구에 닿았다.", "iso3166:KP", false},
		{"러시아 선박들이 석탄을 실어 갔다.", "iso3166:RU", false},
		{"화물선은 러시아로 떠났다.", "iso3166:RU", true},
		{"선박은 북한으로 향했다.", "iso3166:KP", true},
	} {
		if got := has(tt.text, tt.id); got != tt.want {
			t.Errorf("Find(%q) has %s = %v, want %v", tt.text, tt.id, got, tt.want)
		}
	}
}

// TestCompoundAdjective checks that a demonym joined by a hyphen to a
// lower-case prefix ("anti-Japanese") is no origin of goods, while the
// demonym alone before goods still is.
func TestCompoundAdjective(t *testing.T) {
	f := finder()
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The ship is named after an anti-Japanese partisan of the 1930s.", false},
		{"Traders said pro-Russian militias bought the fuel.", false},
		{"The yard fitted Japanese engines to the boats.", true},
		{"Brokers sold Japanese-made engines in Nampo.", true},
	} {
		got := false
		for _, p := range f.Find(tt.text) {
			if p.ID == "iso3166:JP" || p.ID == "iso3166:RU" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q) has the country = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCourtName checks that a place in a court's or prosecutors' name, a
// focus place too, is not a place of the report, while the same place
// named on its own is.
func TestCourtName(t *testing.T) {
	f := finder()
	const yanbian = "yalu:yanbian"
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The Yanbian Intermediate People's Court jailed the two brokers.", false},
		{"The Yanbian Intermediate People’s Court jailed the two brokers.", false},
		{"Prosecutors at the Yanbian People's Procuratorate charged them.", false},
		{"The brokers trucked the batteries through Yanbian to the river.", true},
		{"A court in Yanbian jailed the two brokers.", true},
		{"Yanbian's courts jailed the brokers.", true},
	} {
		got := false
		for _, p := range f.Find(tt.text) {
			if p.ID == yanbian {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q) has Yanbian = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSpacedAndKoreanTownNames checks the spellings reports use that
// GeoNames lacks: names after people written word by word with their level
// word ("Kim Chaek City"), both Korean spellings of Chinese towns opposite
// the border (South Korean 임강, North Korean 림강), transshipment ports
// GeoNames holds as no town, and a capital against a same-named town in a
// country the report names elsewhere. Alone, the spaced forms are people
// and the Korean words with other meanings stay words.
func TestSpacedAndKoreanTownNames(t *testing.T) {
	f := finder()
	ids := func(text string) map[string]bool {
		out := map[string]bool{}
		for _, p := range f.Find(text) {
			out[p.ID] = true
		}
		return out
	}
	const (
		kimchaek     = "geonames:2043478"
		kimhyonggwon = "geonames:KP.13.2041732"
		kimjongsuk   = "geonames:KP.13.2043475"
		linjiang     = "geonames:2036069"
		kuandian     = "geonames:2036283"
		longjing     = "geonames:2035966"
		mudanjiang   = "geonames:2035715"
		jebelAli     = "yalu:jebel-ali-port"
		hodeidah     = "geonames:79415"
		athensGR     = "geonames:264371"
	)
	fire := []struct{ text, id string }{
		{"The ore train was unloaded at Kim Chaek City on Monday.", kimchaek},
		{"A checkpoint outside Kim Hyong Gwon County stopped the van.", kimhyonggwon},
		{"Cloth reached a workshop in Kim Jong Suk County by truck.", kimjongsuk},
		{"배터리는 중국 임강에서 강을 건너왔다.", linjiang},
		{"림강 쪽 도매상이 물건을 넘겼다.", linjiang},
		{"화물은 관전현의 창고에 쌓여 있었다.", kuandian},
		{"룡정에서 온 약재상이 값을 불렀다.", longjing},
		{"목단강을 거쳐 도문으로 보냈다.", mudanjiang},
		{"The crates sat for weeks in a bonded warehouse at Jebel Ali.", jebelAli},
		{"The rockets were landed at Hodeidah in the spring.", hodeidah},
		{"Prosecutors in New York and Washington said he was arrested in Athens.", athensGR},
		{"약은 갑산과 풍서의 장마당까지 팔려 나간다.", "geonames:KP.13.2041726"},
		{"은률 광산의 철광석이 송림으로 실려 갔다.", "geonames:KP.06.1867428"},
	}
	for _, tt := range fire {
		if !ids(tt.text)[tt.id] {
			t.Errorf("Find(%q) lacks %s", tt.text, tt.id)
		}
	}
	quiet := []struct{ text, id string }{
		{"Kim Chaek University of Technology sent a delegation.", kimchaek},
		{"A statue of Kim Jong Suk was unveiled on Sunday.", kimjongsuk},
		{"Posters of Kim Hyong Gwon hung in the hall.", kimhyonggwon},
		{"경기를 관전하던 관중들이 환호했다.", kuandian},
		{"The goods sat in Pyongyang Department Store No. 1. Store managers priced them.", "geonames:3189798"},
	}
	for _, tt := range quiet {
		if ids(tt.text)[tt.id] {
			t.Errorf("Find(%q) names %s: a person or a word, not the place", tt.text, tt.id)
		}
	}
}
