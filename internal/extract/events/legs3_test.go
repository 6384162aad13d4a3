package events

import (
	"slices"
	"testing"
)

// TestLegRulesRound3 covers the rules added after scoring the retired
// blind sets: departures through "the port of", possessive countries,
// "from there", packing places, "bound for" phrases and people's origins.
func TestLegRulesRound3(t *testing.T) {
	rulesOnly(t)
	place := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder {
			return b.place(name, "test:"+name, "city", country, "", s...)
		}
	}
	dalian, nampo, yanji := place("Dalian", "CN"), place("Nampo", "KP"), place("Yanji", "CN")
	tumen, namyang, dandong := place("Tumen", "CN"), place("Namyang", "KP"), place("Dandong", "CN")
	sinuiju := place("Sinuiju", "KP")
	china := func(b *builder, s ...string) *builder {
		return b.place("China", "iso3166:CN", "country", "CN", "", s...)
	}
	vietnam := func(b *builder, s ...string) *builder {
		return b.place("Vietnam", "iso3166:VN", "country", "VN", "", s...)
	}
	cases := []struct {
		name  string
		text  string
		build func(*builder)
		legs  []string
	}{
		{
			name: "departure from the port of a town for another",
			text: "A freighter carrying 2,000 tonnes of flour left the port of Dalian for Nampo on Monday.",
			build: func(b *builder) {
				nampo(dalian(b, "Dalian"), "Nampo").good("flour", "food", "flour")
			},
			legs: []string{"Dalian>Nampo"},
		},
		{
			name: "a country's town takes the country's slot",
			text: "Smuggled copper was shipped from Nampo to China's Dalian in May.",
			build: func(b *builder) {
				china(dalian(nampo(b, "Nampo"), "Dalian"), "China").good("copper", "metal", "copper")
			},
			legs: []string{"Nampo>Dalian"},
		},
		{
			name: "a country's exports stay the origin",
			text: "China's exports of flour to Nampo rose in May.",
			build: func(b *builder) {
				nampo(china(b, "China"), "Nampo").good("flour", "food", "flour")
			},
			legs: []string{"China>Nampo"},
		},
		{
			name: "crew of a number from a country is no origin",
			text: "A tanker carrying smuggled diesel was seized after it sailed to Nampo, and its crew of 19, from Vietnam, was detained.",
			build: func(b *builder) {
				nampo(vietnam(b, "Vietnam"), "Nampo").good("diesel", "fuel", "diesel")
			},
			legs: nil,
		},
		{
			name: "from there goes on from the last stop",
			text: "Smugglers sell cigarettes in North Korea. The cigarettes are trucked from Yanji to Tumen. From there, the cartons are carried across the river to Namyang.",
			build: func(b *builder) {
				namyang(tumen(yanji(b, "Yanji"), "Tumen"), "Namyang").good("cigarettes", "tobacco", "cigarettes")
			},
			legs: []string{"Tumen>Namyang", "Yanji>Tumen"},
		},
		{
			name: "an existential there links nothing",
			text: "Smugglers sell cigarettes in North Korea. The cigarettes are trucked from Yanji to Tumen. There are cartons sent across the river to Namyang too.",
			build: func(b *builder) {
				namyang(tumen(yanji(b, "Yanji"), "Tumen"), "Namyang").good("cigarettes", "tobacco", "cigarettes")
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "packing place is the origin",
			text: "The cigarettes are packed in Yanji, trucked into Tumen and then carried on to Namyang.",
			build: func(b *builder) {
				namyang(tumen(yanji(b, "Yanji"), "Tumen"), "Namyang").good("cigarettes", "tobacco", "cigarettes")
			},
			legs: []string{"Tumen>Namyang", "Yanji>Tumen"},
		},
		{
			name: "bound for a market in a town",
			text: "Traders who left Dandong by bus carried flour in their bags, all of it bound for markets in Sinuiju.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("flour", "food", "flour")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
		{
			name: "the capital after a route word is the capital of the stop before",
			text: "Flour is sold in Pyongyang. The flour is driven from Rajin through Chongjin before heading on to the capital.",
			build: func(b *builder) {
				place("Pyongyang", "KP")(place("Chongjin", "KP")(place("Rajin", "KP")(b, "Rajin"), "Chongjin"), "Pyongyang").
					good("flour", "food", "flour")
			},
			legs: []string{"Chongjin>Pyongyang", "Rajin>Chongjin"},
		},
		{
			name: "the capital where people are is no stop",
			text: "Flour is sold in Pyongyang. The flour was unloaded at Rajin, and officials in the capital took a share.",
			build: func(b *builder) {
				place("Pyongyang", "KP")(place("Rajin", "KP")(b, "Rajin"), "Pyongyang").good("flour", "food", "flour")
			},
			legs: nil,
		},
		{
			name: "the capital of an unnamed city is no stop",
			text: "The flour is driven from Rajin to the capital.",
			build: func(b *builder) {
				place("Rajin", "KP")(b, "Rajin").good("flour", "food", "flour")
			},
			legs: nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assembled(t, c.text, c.build)
			got := legPairs(r.Legs, false)
			slices.Sort(got)
			if !slices.Equal(got, c.legs) {
				t.Errorf("legs %v, want %v", got, c.legs)
			}
		})
	}
}
