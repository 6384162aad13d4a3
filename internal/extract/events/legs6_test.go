package events

import (
	"testing"
)

// TestLegRulesRound6 covers present-tense driving, cues inside a trailing
// relative clause, "most of" a pronoun, a clause with a subject of its own
// after ", and", a country that names where goods spread, a country after
// "in … 's", a destination country beyond a town, a route told again
// through a via, and voyages. Each rule has a case where it must not fire.
func TestLegRulesRound6(t *testing.T) {
	rulesOnly(t)
	place := func(name, kind, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder {
			return b.place(name, "test:"+name, kind, country, "", s...)
		}
	}
	city := func(name, country string) func(*builder, ...string) *builder { return place(name, "city", country) }
	songnim, nampo, hamhung := city("Songnim", "KP"), city("Nampo", "KP"), city("Hamhung", "KP")
	longkou, lianyungang, shenyang := city("Longkou", "CN"), city("Lianyungang", "CN"), city("Shenyang", "CN")
	haeju, yantai := city("Haeju", "KP"), city("Yantai", "CN")
	china, shandong := place("China", "country", "CN"), place("Shandong", "admin1", "CN")
	copper := func(b *builder, s ...string) {
		if len(s) == 0 {
			s = []string{"copper"}
		}
		b.good("copper", "metal", s...)
	}
	cases := []legCase{
		// Present-tense driving moves goods.
		{
			name: "they drive it on from where it was",
			text: "Trade is brisk this spring. Dealers truck the copper from Songnim to Nampo. They drive it on to Hamhung the next morning.",
			build: func(b *builder) {
				hamhung(nampo(songnim(b, "Songnim"), "Nampo"), "Hamhung")
				copper(b)
			},
			legs: []string{"Nampo>Hamhung", "Songnim>Nampo"},
		},
		{
			name: "people who drive somewhere move no goods",
			text: "The dealers drive to Hamhung every week.",
			build: func(b *builder) {
				hamhung(b, "Hamhung")
			},
			wantNone: true,
		},
		// A cue in a trailing relative clause tells of that clause.
		{
			name: "a plan in a trailing relative clause leaves the movement stated",
			text: "The copper was trucked from Nampo to Hamhung, where a state plant will melt it down.",
			build: func(b *builder) {
				hamhung(nampo(b, "Nampo"), "Hamhung")
				copper(b)
			},
			legs: []string{"Nampo>Hamhung"},
		},
		{
			name: "a plan about the movement itself is still a plan",
			text: "The copper will be trucked from Nampo to Hamhung.",
			build: func(b *builder) {
				hamhung(nampo(b, "Nampo"), "Hamhung")
				copper(b)
			},
			wantNone: true,
		},
		{
			name: "most in a relative clause about the buyers is no pattern",
			text: "Copper from Nampo is arriving at Longkou, feeding smelters that mostly serve the coast.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b, "Copper")
			},
			legs: []string{"Nampo>Longkou"},
		},
		{
			name: "usually about the movement is a pattern",
			text: "Copper usually goes from Nampo to Longkou.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b, "Copper")
			},
			general: []string{"Nampo>Longkou"},
		},
		// "Most of" a pronoun is a share of goods already named.
		{
			name: "most of it goes on from where it was bought",
			text: "Dealers buy copper in Songnim. Most of it is then trucked to Nampo.",
			build: func(b *builder) {
				nampo(songnim(b, "Songnim"), "Nampo")
				copper(b)
			},
			legs: []string{"Songnim>Nampo"},
		},
		{
			name: "most goods of a kind is a pattern",
			text: "Most copper is trucked from Songnim to Nampo.",
			build: func(b *builder) {
				nampo(songnim(b, "Songnim"), "Nampo")
				copper(b)
			},
			general: []string{"Songnim>Nampo"},
		},
		// ", and" before a subject and its own verb of motion is a new hop.
		{
			name: "a second subject carries the goods on",
			text: "The copper is trucked from Songnim to Nampo, and buyers from a Chinese shipping firm ship it to Longkou.",
			build: func(b *builder) {
				longkou(nampo(songnim(b, "Songnim"), "Nampo"), "Longkou")
				copper(b)
			},
			legs: []string{"Nampo>Longkou", "Songnim>Nampo"},
		},
		{
			name: "a second subject that moves nothing joins no hop",
			text: "The copper is trucked from Songnim to Nampo and to Hamhung, and the trucks are old.",
			build: func(b *builder) {
				hamhung(nampo(songnim(b, "Songnim"), "Nampo"), "Hamhung")
				copper(b)
			},
			legs: []string{"Songnim>Hamhung", "Songnim>Nampo"},
		},
		// A country around the stops is where goods spread, not a stop.
		{
			name: "sold across the country is no stop",
			text: "The copper is shipped from Nampo to Longkou and from there on to Lianyungang, where dealers sell it across China.",
			build: func(b *builder) {
				china(lianyungang(longkou(nampo(b, "Nampo"), "Longkou"), "Lianyungang"), "China")
				copper(b)
			},
			legs: []string{"Longkou>Lianyungang", "Nampo>Longkou"},
		},
		// "In China's Shandong Province" is an apposition.
		{
			name: "a province after a possessive country is an apposition",
			text: "The copper was loaded at Yantai in China's Shandong Province and shipped to Nampo.",
			build: func(b *builder) {
				shandong(china(nampo(yantai(b, "Yantai"), "Nampo"), "China"), "Shandong Province")
				copper(b)
			},
			legs: []string{"Yantai>Nampo"},
		},
		// A country named after a town of another country is beyond it.
		{
			name: "a town then the country the goods are bound for",
			text: "Trade is brisk this spring. A broker trucked the copper from Shenyang to Longkou and put it on a freighter bound for North Korea. The freighter docked at Nampo a week later.",
			build: func(b *builder) {
				nampo(longkou(shenyang(b, "Shenyang"), "Longkou"), "Nampo")
				place("North Korea", "country", "KP")(b, "North Korea")
				copper(b)
			},
			legs: []string{"Longkou>Nampo", "Shenyang>Longkou"},
		},
		{
			name: "two towns of one country in one clause stay one stop",
			text: "The copper was trucked from Songnim to Nampo and to Hamhung.",
			build: func(b *builder) {
				hamhung(nampo(songnim(b, "Songnim"), "Nampo"), "Hamhung")
				copper(b)
			},
			legs: []string{"Songnim>Hamhung", "Songnim>Nampo"},
		},
		// A via the goods already passed tells the route again.
		{
			name: "goods that came through a stop already named make no new hop",
			text: "Trade is brisk this spring. The copper is trucked from Songnim to Nampo and shipped to Longkou. About 300 tonnes of copper went through Nampo in May.",
			build: func(b *builder) {
				longkou(nampo(songnim(b, "Songnim"), "Nampo"), "Longkou")
				copper(b)
			},
			legs: []string{"Nampo>Longkou", "Songnim>Nampo"},
		},
		{
			name: "a new via still continues the route",
			text: "Trade is brisk this spring. The copper was trucked from Songnim to Nampo. The copper then went on through Haeju.",
			build: func(b *builder) {
				haeju(nampo(songnim(b, "Songnim"), "Nampo"), "Haeju")
				copper(b)
			},
			legs: []string{"Nampo>Haeju", "Songnim>Nampo"},
		},
		// A voyage is the goods' carrier.
		{
			name: "the voyage goes on from where the goods were loaded",
			text: "Trade is brisk this spring. Dealers load the copper onto a freighter at Nampo. The voyage on to Longkou takes two days.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b)
			},
			legs: []string{"Nampo>Longkou"},
		},
		{
			name: "a voyage with nothing before it starts nowhere",
			text: "The delegation's voyage to Longkou took two days.",
			build: func(b *builder) {
				longkou(b, "Longkou")
			},
			wantNone: true,
		},
	}
	checkLegCases(t, true, cases)
}
