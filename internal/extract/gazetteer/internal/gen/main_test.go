package main

import (
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
