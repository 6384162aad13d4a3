package events

import (
	"slices"
	"testing"
)

// TestLegRulesRound2 covers the rules added for reports the first pass had
// not studied: coarse ends, loading places, senders in a town, clause
// splits, county appositions, river names and Korean motion verbs.
func TestLegRulesRound2(t *testing.T) {
	rulesOnly(t)
	weihai := func(b *builder, s ...string) *builder {
		return b.place("Weihai", "geonames:1791673", "city", "CN", "Shandong", s...)
	}
	shandong := func(b *builder, s ...string) *builder {
		return b.place("Shandong", "geonames:CN.25", "admin1", "CN", "", s...)
	}
	nampo := func(b *builder, s ...string) *builder {
		return b.place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", s...)
	}
	cases := []struct {
		name  string
		text  string
		build func(*builder)
		legs  []string
	}{
		{
			name: "province end dropped beside a port inside it",
			text: "The beer was shipped from Nampo to Shandong in May.\n\nThe beer went from Nampo straight to Weihai.",
			build: func(b *builder) {
				weihai(shandong(nampo(b, "Nampo"), "Shandong"), "Weihai").good("beer", "food", "beer")
			},
			legs: []string{"Nampo>Weihai"},
		},
		{
			name: "province end kept without a place inside it",
			text: "The beer was shipped from Nampo to Shandong in May.",
			build: func(b *builder) {
				shandong(nampo(b, "Nampo"), "Shandong").good("beer", "food", "beer")
			},
			legs: []string{"Nampo>Shandong"},
		},
		{
			name: "country leg dropped beside the hops of the same way",
			text: "Russia sent 300 tractors to North Korea in April. The tractors left Ussuriysk by rail and were unloaded at Rajin.",
			build: func(b *builder) {
				b.place("Russia", "iso3166:RU", "country", "RU", "", "Russia").
					place("North Korea", "iso3166:KP", "country", "KP", "", "North Korea").
					place("Ussuriysk", "geonames:2014006", "city", "RU", "Primorsky Krai", "Ussuriysk").
					place("Rajin", "geonames:2042645", "city", "KP", "Rason", "Rajin").
					good("tractors", "machinery", "tractors")
			},
			legs: []string{"Ussuriysk>Rajin"},
		},
		{
			name: "loaded onto wagons in a town is an origin",
			text: "The maize is loaded onto the goods wagons in Mudanjiang and it is going to Sinuiju.",
			build: func(b *builder) {
				sinuiju(b.place("Mudanjiang", "geonames:2035715", "city", "CN", "Heilongjiang", "Mudanjiang"), "Sinuiju").
					good("maize", "food", "maize")
			},
			legs: []string{"Mudanjiang>Sinuiju"},
		},
		{
			name: "merchant in a town who sends goods on",
			text: "The Chinese merchant in Dandong is sending the ginseng to Shenyang.",
			build: func(b *builder) {
				dandong(b, "Dandong").place("Shenyang", "geonames:2034937", "city", "CN", "Liaoning", "Shenyang").
					good("ginseng", "food", "ginseng")
			},
			legs: []string{"Dandong>Shenyang"},
		},
		{
			name: "merchant in a town who only sells there",
			text: "The Chinese merchant in Dandong is selling the ginseng to buyers from Shenyang.",
			build: func(b *builder) {
				dandong(b, "Dandong").place("Shenyang", "geonames:2034937", "city", "CN", "Liaoning", "Shenyang").
					good("ginseng", "food", "ginseng")
			},
			legs: nil,
		},
		{
			name: "and with a subject of its own starts the next hop",
			text: "The sugar crosses from Dandong to Sinuiju and the sugar is carried to Pyongyang by truck.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					good("sugar", "food", "sugar")
			},
			legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"},
		},
		{
			name: "a county after of places the town",
			text: "The flour was trucked from Hunchun to Wonjong of Sonbong county last week.",
			build: func(b *builder) {
				b.place("Hunchun", "geonames:2036653", "city", "CN", "Jilin", "Hunchun").
					place("Wonjong", "yalu:wonjong-crossing", "crossing", "KP", "Rason", "Wonjong").
					place("Sonbong", "geonames:2040000", "county", "KP", "Rason", "Sonbong county").
					good("flour", "food", "flour")
			},
			legs: []string{"Hunchun>Wonjong"},
		},
		{
			name: "the Tumen is the river",
			text: "The cement left Khasan by train and crossed over the Tumen to Tumangang.",
			build: func(b *builder) {
				b.place("Khasan", "geonames:2022586", "city", "RU", "Primorsky Krai", "Khasan").
					place("Tumen", "geonames:2034340", "city", "CN", "Jilin", "Tumen").
					place("Tumangang", "yalu:tumangang", "city", "KP", "Rason", "Tumangang").
					good("cement", "minerals", "cement")
			},
			legs: []string{"Khasan>Tumangang"},
		},
		{
			name: "Korean passive motion and a genitive facility",
			text: "창바이에 모인 약초는 다시 화물차에 실려 옌지의 제약공장으로 팔려 간다.",
			build: func(b *builder) {
				b.place("Changbai", "geonames:2038185", "city", "CN", "Jilin", "창바이").
					place("Yanji", "geonames:2033467", "city", "CN", "Jilin", "옌지").
					good("medicinal herbs", "food", "약초")
			},
			legs: []string{"Changbai>Yanji"},
		},
		{
			name: "Korean passing a town is a via",
			text: "버섯은 수매원들이 사들여 냉장차에 싣고 백암을 지나 혜산까지 운반한다.",
			build: func(b *builder) {
				b.place("Paegam", "geonames:2040001", "county", "KP", "Ryanggang", "백암").
					place("Hyesan", "geonames:2043837", "city", "KP", "Ryanggang", "혜산").
					good("mushrooms", "food", "버섯")
			},
			legs: []string{"Paegam>Hyesan"},
		},
		{
			name: "Korean wholesaler of a town is the origin",
			text: "이 과자들은 단둥의 식품 도매상에서 사들여 화물열차로 신의주역에 도착한다.",
			build: func(b *builder) {
				sinuiju(dandong(b, "단둥"), "신의주").good("snacks", "food", "과자")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assembled(t, c.text, c.build)
			if got := legPairs(r.Legs, false); !slices.Equal(got, c.legs) {
				t.Errorf("legs %v, want %v", got, c.legs)
			}
		})
	}
}
