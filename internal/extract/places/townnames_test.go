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
	} {
		if got := has(tt.text, tt.id); got != tt.want {
			t.Errorf("Find(%q) has %s = %v, want %v", tt.text, tt.id, got, tt.want)
		}
	}
}
