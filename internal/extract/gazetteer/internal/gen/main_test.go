package main

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestBareName(t *testing.T) {
	tests := []struct{ cc, name, want string }{
		{"KP", "Hŭich’ŏn City", "Hŭich’ŏn"},
		{"KP", "Hŭich’ŏn-si", "Hŭich’ŏn"},
		{"KP", "Musan County", "Musan"},
		{"KP", "Yodŏk-kun", "Yodŏk"},
		{"CN", "Dandong Shi", "Dandong"},
		{"KP", "Ch’ŏllima District", ""}, // districts are not named bare
		{"KP", "Kŭmgang County", ""},     // Mount Kumgang
		{"KP", "Kimjŏngsuk County", ""},  // a person's name
		{"KP", "Sunan", ""},              // no suffix
		{"RU", "Khasanskiy Rayon", ""},   // other countries keep their names
		{"JP", "Toyota City", ""},
	}
	for _, tt := range tests {
		if got := bareName(tt.cc, tt.name); got != tt.want {
			t.Errorf("bareName(%q, %q) = %q, want %q", tt.cc, tt.name, got, tt.want)
		}
	}
}

func TestKeepCity(t *testing.T) {
	tests := []struct {
		name string
		c    city
		want bool
	}{
		{"focus village", city{cc: "KP", a1: "13", pop: 0, feature: "PPL"}, true},
		{"Primorsky hamlet", city{cc: "RU", a1: "59", pop: 10, feature: "PPL"}, true},
		{"Russian town from 20,000", city{cc: "RU", a1: "38", pop: 64000, feature: "PPL"}, true},
		{"smaller Russian town", city{cc: "RU", a1: "38", pop: 15000, feature: "PPL"}, false},
		{"town elsewhere", city{cc: "JP", a1: "01", pop: 64000, feature: "PPL"}, false},
		{"city elsewhere", city{cc: "JP", a1: "01", pop: 400000, feature: "PPL"}, true},
		{"capital", city{cc: "TV", pop: 600, feature: "PPLC"}, true},
		{"section of a city", city{cc: "RU", a1: "48", pop: 200000, feature: "PPLX"}, false},
	}
	for _, tt := range tests {
		if got := keepCity(tt.c); got != tt.want {
			t.Errorf("%s: keepCity = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestRomanisations(t *testing.T) {
	tests := []struct {
		mr     string
		nk, rr string // "" when the name is left alone
	}{
		{"Chŏngju", "Jongju", "Jeongju"},
		{"Kaech’ŏn", "Kaechon", "Gaecheon"},
		{"Chŏngp’yŏng", "Jongphyong", "Jeongpyeong"},
		{"Hamhŭng", "Hamhung", "Hamheung"},
		{"Kimch’aek", "Kimchaek", "Gimchaek"},
		{"Kujang-ŭp", "Kujang-up", "Gujang-eup"},
		{"P’yŏngyang", "Phyongyang", "Pyeongyang"},
		{"Sinŭiju", "Sinuiju", "Sinuiju"},
		{"Namp’o", "Nampho", "Nampo"},
		{"Sariwŏn", "Sariwon", "Sariwon"},
		{"Paektu", "", ""}, // no MR mark: ch/ch’ and k/k’ cannot be told apart
		{"Anju", "", ""},
		{"Kaech’ŏn City", "Kaechon City", "Gaecheon City"},
	}
	for _, tt := range tests {
		got := romanisations(tt.mr)
		if tt.nk == "" {
			if got != nil {
				t.Errorf("romanisations(%q) = %q, want nothing", tt.mr, got)
			}
			continue
		}
		if len(got) != 2 || got[0] != tt.nk || got[1] != tt.rr {
			t.Errorf("romanisations(%q) = %q, want [%q %q]", tt.mr, got, tt.nk, tt.rr)
		}
	}
}

func TestRussianRegion(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Volgograd Oblast", []string{"Volgograd Region", "Volgograd Province"}},
		{"Oryol oblast", []string{"Oryol Oblast", "Oryol Region", "Oryol Province"}},
		{"Perm Krai", []string{"Perm Region", "Perm Territory", "Perm Kray"}},
		{"Tatarstan Republic", []string{"Republic of Tatarstan", "Tatarstan"}},
		{"Chuvash Republic", []string{"Republic of Chuvash"}}, // an adjective alone is no region
		{"Chechnya", nil},
	}
	for _, tt := range tests {
		if got := russianRegion(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("russianRegion(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBareTownNames(t *testing.T) {
	entries := []entry{
		{id: "a", kind: "city", cc: "KP", admin1: "01", names: []string{"Yŏmju-ŭp", "Teisha"}, primary: 1},
		{id: "b", kind: "admin2", cc: "KP", admin1: "01", names: []string{"Yŏmju County"}, primary: 1},
		{id: "c", kind: "city", cc: "KP", admin1: "02", names: []string{"Musan-ŭp"}, primary: 1},
		{id: "d", kind: "city", cc: "KP", admin1: "03", names: []string{"Musan"}, primary: 1},
		{id: "e", kind: "city", cc: "KP", admin1: "04", names: []string{"Goseong-ŭp"}, primary: 1},
		{id: "f", kind: "city", cc: "CN", admin1: "05", names: []string{"Sample-ŭp"}, primary: 1},
	}
	bareTownNames(entries, map[string]bool{"goseong": true})
	want := []string{"Yŏmju|Yŏmju-ŭp|Teisha", "Yŏmju County", "Musan-ŭp", "Musan", "Goseong-ŭp", "Sample-ŭp"}
	for i, e := range entries {
		if got := strings.Join(e.names, "|"); got != want[i] {
			t.Errorf("%s: names %q, want %q", e.id, got, want[i])
		}
	}
	if entries[0].primary != 2 {
		t.Errorf("primary = %d, want 2: the suffixed form stays an official name", entries[0].primary)
	}
}

func TestPlainMR(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ch’ŏlsan", "Cholsan"},
		{"Hŭich’ŏn", "Huichon"},
		{"Sin’gye", "Singye"},
		{"Ŭllyul", "Ullyul"},
		{"Ŏrang", "Orang"},
		{"Musan", "Musan"}, // nothing to change
		{"Kaech'ŏn", "Kaechon"},
	}
	for _, tt := range tests {
		if got := plainMR(tt.in); got != tt.want {
			t.Errorf("plainMR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlainLatin(t *testing.T) {
	tests := []struct {
		in     string
		russia bool
		want   string
	}{
		{"Cẩm Phả", false, "Cam Pha"},
		{"Quảng Ninh", false, "Quang Ninh"},
		{"Ürümqi", false, "Urumqi"},
		{"Łódź", false, "Lodz"},
		{"Thāne", false, "Thane"},
		{"Bei’an", false, "Bei'an"},         // a pinyin syllable break stays, in ASCII
		{"Zabaykal’sk", true, "Zabaykalsk"}, // a Russian soft sign goes
		{"Artëm", true, "Artem"},            //
		{"Dandong", false, "Dandong"},       // nothing to change
		{"혜산", false, "혜산"},                 // other scripts stay
		{"Phan Rang-Tháp Chàm", false, "Phan Rang-Thap Cham"},
	}
	for _, tt := range tests {
		if got := plainLatin(tt.in, tt.russia); got != tt.want {
			t.Errorf("plainLatin(%q, %v) = %q, want %q", tt.in, tt.russia, got, tt.want)
		}
	}
}

func TestPlainCanonical(t *testing.T) {
	entries := []entry{
		{id: "vn", kind: "city", cc: "VN", names: []string{"Cẩm Phả", "Kamfa"}, primary: 1},
		{id: "kp", kind: "city", cc: "KP", names: []string{"Sunch’ŏn"}, primary: 1},
		{id: "a1", kind: "admin1", cc: "VN", names: []string{"Quảng Ninh"}},
		{id: "cn", kind: "city", cc: "CN", names: []string{"Dandong"}, primary: 1},
	}
	plainCanonical(entries)
	want := []string{"Cam Pha|Cẩm Phả|Kamfa", "Sunchon|Sunch’ŏn", "Quang Ninh|Quảng Ninh", "Dandong"}
	for i, e := range entries {
		if got := strings.Join(e.names, "|"); got != want[i] {
			t.Errorf("%s: names %q, want %q", e.id, got, want[i])
		}
	}
	if entries[0].primary != 2 {
		t.Errorf("primary = %d, want 2: the marked form stays an official name", entries[0].primary)
	}
	if entries[2].primary != 0 {
		t.Errorf("division primary = %d, want 0 (every name official)", entries[2].primary)
	}
}

func TestKeepTradePorts(t *testing.T) {
	if !keepCity(city{id: 2037485, cc: "CN", a1: "20", pop: 16427, feature: "PPLA3"}) {
		t.Error("Erenhot, a rail border port, is not kept")
	}
	if keepCity(city{id: 2035000, cc: "CN", a1: "20", pop: 16798, feature: "PPLA3"}) {
		t.Error("a town of Inner Mongolia as small as Erenhot but no port is kept")
	}
	if smallRU(city{id: 2012780, cc: "RU", a1: "93", pop: 10563, feature: "PPL"}) {
		t.Error("Zabaykalsk counts as a small Russian town that a larger namesake shadows")
	}
}

func TestRomanisedBareTownName(t *testing.T) {
	entries := []entry{
		// The stem of an MR "-ŭp" name is MR even without a mark: Sakchu is Sakju.
		{id: "a", kind: "city", cc: "KP", admin1: "11", names: []string{"Sakchu-ŭp", "Sakchu"}, primary: 1},
		// A plain ASCII name carries no sign of MR and is left alone.
		{id: "b", kind: "city", cc: "KP", admin1: "11", names: []string{"Anju"}, primary: 1},
	}
	addRomanisations(entries, map[string]bool{})
	if !slices.Contains(entries[0].names, "Sakju") {
		t.Errorf("Sakchu-ŭp: names %q, want Sakju among them", entries[0].names)
	}
	if got := strings.Join(entries[1].names, "|"); got != "Anju" {
		t.Errorf("Anju: names %q, want Anju alone", got)
	}
}

func TestHangulCityNames(t *testing.T) {
	// 쿤, 밍, 쑤 and 윈 are no Sino-Korean readings; 지, 난, 선, 전, 푸 and 저 … here are.
	sino := map[rune]bool{'지': true, '난': true, '선': true, '전': true, '안': true, '양': true, '우': true}
	entries := []entry{
		{id: "kunming", kind: "city", cc: "CN", names: []string{"Kunming", "쿤밍 시"}, primary: 1},
		{id: "jinan", kind: "city", cc: "CN", names: []string{"Jinan", "지난 시"}, primary: 1},
		{id: "fuzhou1", kind: "city", cc: "CN", names: []string{"Fuzhou", "푸저우 시"}, primary: 1},
		{id: "fuzhou2", kind: "city", cc: "CN", names: []string{"Fuzhou", "푸저우 시"}, primary: 1},
		{id: "anyang", kind: "city", cc: "CN", names: []string{"Anyang", "안양 시"}, primary: 1},
		{id: "anyangkr", kind: "city", cc: "KR", names: []string{"Anyang", "안양시"}, primary: 1},
		{id: "suzhou", kind: "admin2", cc: "CN", names: []string{"Suzhou Shi", "쑤저우 시"}},
		{id: "tbilisi", kind: "city", cc: "GE", names: []string{"Tbilisi", "트빌리시"}, primary: 1},
	}
	hangulCityNames(entries, sino)
	want := []string{
		"Kunming|쿤밍 시|쿤밍시|쿤밍", // the joined form and the bare one
		"Jinan|지난 시|지난시",      // 지난 "last": Sino-Korean syllables only, no bare form
		"Fuzhou|푸저우 시",        // two cities share the name: neither gets it
		"Fuzhou|푸저우 시",
		"Anyang|안양 시", // 안양시 is the South's Anyang
		"Anyang|안양시",
		"Suzhou Shi|쑤저우 시", // divisions are left alone
		"Tbilisi|트빌리시",     // 시 of the name, not the level word
	}
	for i, e := range entries {
		if got := strings.Join(e.names, "|"); got != want[i] {
			t.Errorf("%s: names %q, want %q", e.id, got, want[i])
		}
	}
	if entries[0].primary != 1 {
		t.Errorf("primary = %d, want 1: the added forms are alternates", entries[0].primary)
	}
}

func TestReadSinoKorean(t *testing.T) {
	const path = "/usr/share/unicode/Unihan_Readings.txt.bz2"
	if _, err := os.Stat(path); err != nil {
		t.Skip("Debian unicode-data is not installed")
	}
	sino, err := readSinoKorean(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "지난선전황산" {
		if !sino[r] {
			t.Errorf("%c is a Sino-Korean reading", r)
		}
	}
	for _, r := range "쿤밍윈쑤" {
		if sino[r] {
			t.Errorf("%c is no Sino-Korean reading", r)
		}
	}
}
