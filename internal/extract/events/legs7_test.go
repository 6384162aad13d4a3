package events

import (
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// TestLegRulesRound7 covers routes told backwards in time (a pluperfect
// or "before that" hop links its origin to where the story began), a lead
// that names only where goods end, the buyer's town beside a seller's, a
// town "across the river from" another, a ship that unloaded at a port
// "where", people travelling, a negated motion, a load between an
// arrival verb and its port, and payments to North Korea in direction.
// Each rule has a case where it must not fire.
func TestLegRulesRound7(t *testing.T) {
	rulesOnly(t)
	place := func(name, kind, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder {
			return b.place(name, "test:"+name, kind, country, "", s...)
		}
	}
	city := func(name, country string) func(*builder, ...string) *builder { return place(name, "city", country) }
	songnim, nampo, hamhung, sinpo := city("Songnim", "KP"), city("Nampo", "KP"), city("Hamhung", "KP"), city("Sinpo", "KP")
	kimchaek, haeju, hyesan := city("Kimchaek", "KP"), city("Haeju", "KP"), city("Hyesan", "KP")
	longkou, yanji, changbai := city("Longkou", "CN"), city("Yanji", "CN"), city("Changbai", "CN")
	vladivostok, pyongyang, wonsan := city("Vladivostok", "RU"), city("Pyongyang", "KP"), city("Wonsan", "KP")
	northKorea := place("North Korea", "country", "KP")
	copper := func(b *builder, s ...string) {
		if len(s) == 0 {
			s = []string{"copper"}
		}
		b.good("copper", "metal", s...)
	}
	cases := []legCase{
		// A hop told after the one it came before.
		{
			name: "a pluperfect origin leads to where the story began",
			text: "Trade is brisk this spring. The copper reached Hamhung on Friday. It had been trucked up from Nampo by night.",
			build: func(b *builder) {
				nampo(hamhung(b, "Hamhung"), "Nampo")
				copper(b)
			},
			legs: []string{"Nampo>Hamhung"},
		},
		{
			name: "before that the carrier came from further back",
			text: "Trade is brisk this spring. The copper reached Hamhung on Friday. It had been trucked up from Nampo by night. Before that the freighter sailed from Longkou.",
			build: func(b *builder) {
				longkou(nampo(hamhung(b, "Hamhung"), "Nampo"), "Longkou")
				copper(b)
			},
			legs: []string{"Longkou>Nampo", "Nampo>Hamhung"},
		},
		{
			name: "an origin told without a cue of earlier time links nothing",
			text: "Trade is brisk this spring. The copper reached Hamhung on Friday. More copper left Nampo on Monday.",
			build: func(b *builder) {
				nampo(hamhung(b, "Hamhung"), "Nampo")
				copper(b)
			},
			wantNone: true,
		},
		{
			name: "a pluperfect about other goods links nothing",
			text: "Trade is brisk this spring. The copper reached Hamhung on Friday. The rice had been shipped from Nampo.",
			build: func(b *builder) {
				nampo(hamhung(b, "Hamhung"), "Nampo")
				copper(b)
				b.good("rice", "food", "rice")
			},
			wantNone: true,
		},
		{
			name: "earlier this month dates a sentence and tells no order",
			text: "Trade is brisk this spring. The copper reached Hamhung on Friday. Earlier this month copper left Nampo.",
			build: func(b *builder) {
				nampo(hamhung(b, "Hamhung"), "Nampo")
				copper(b, "copper", "copper")
			},
			wantNone: true,
		},
		{
			name: "a lead that states the whole trip is not where the first hop ends",
			text: "The freighters carry copper from Nampo to Longkou. The copper had been trucked from Songnim.",
			build: func(b *builder) {
				songnim(longkou(nampo(b, "Nampo"), "Longkou"), "Songnim")
				copper(b, "copper", "copper")
			},
			legs: []string{"Nampo>Longkou"},
		},
		// An earlier hop does not go on from where the story had got to.
		{
			name: "originally names a hop before, not after",
			text: "Trade is brisk this spring. The copper was trucked from Nampo to Hamhung. Originally it was shipped to Nampo by rail.",
			build: func(b *builder) {
				hamhung(nampo(b, "Nampo", "Nampo"), "Hamhung")
				copper(b)
			},
			legs: []string{"Nampo>Hamhung"},
		},
		{
			name: "then goes on from where the goods were",
			text: "Trade is brisk this spring. The copper was trucked from Nampo to Hamhung. Then it was shipped to Sinpo by rail.",
			build: func(b *builder) {
				sinpo(hamhung(nampo(b, "Nampo"), "Hamhung"), "Sinpo")
				copper(b)
			},
			legs: []string{"Hamhung>Sinpo", "Nampo>Hamhung"},
		},
		{
			name: "before that inside a sentence puts its hop first",
			text: "Trade is brisk this spring. The copper went by truck from Sinpo to Hamhung, and before that it was shipped from Longkou to Sinpo. It then went on to Kimchaek.",
			build: func(b *builder) {
				kimchaek(longkou(hamhung(sinpo(b, "Sinpo", "Sinpo"), "Hamhung"), "Longkou"), "Kimchaek")
				copper(b)
			},
			legs: []string{"Hamhung>Kimchaek", "Longkou>Sinpo", "Sinpo>Hamhung"},
		},
		// A lead that names only where goods end.
		{
			name: "the body tells the trip from its start",
			text: "Smuggled copper is reaching Hamhung this month. Dealers trucked the copper to Longkou.",
			build: func(b *builder) {
				longkou(hamhung(b, "Hamhung"), "Longkou")
				copper(b)
			},
			wantNone: true,
		},
		{
			name: "a way back leaves from the lead's end",
			text: "Tankers are reaching Nampo with copper this month. The tankers sailed back to Longkou.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b)
			},
			legs: []string{"Nampo>Longkou"},
		},
		// The buyer's town beside the seller's.
		{
			name: "the buyer's town is no origin beside the seller's",
			text: "Trade is brisk this spring. The copper was ordered from a smelter in Songnim by a factory in Hamhung. It was trucked to Nampo.",
			build: func(b *builder) {
				nampo(hamhung(songnim(b, "Songnim"), "Hamhung"), "Nampo")
				copper(b)
			},
			legs: []string{"Songnim>Nampo"},
		},
		{
			name: "bought in a town with no seller named starts there",
			text: "Trade is brisk this spring. The copper was bought in Hamhung. It was trucked to Nampo.",
			build: func(b *builder) {
				nampo(hamhung(b, "Hamhung"), "Nampo")
				copper(b)
			},
			legs: []string{"Hamhung>Nampo"},
		},
		{
			name: "bought by a dealer in a town starts there",
			text: "The copper was bought by a wholesaler in Yanji and driven to Changbai.",
			build: func(b *builder) {
				changbai(yanji(b, "Yanji"), "Changbai")
				copper(b)
			},
			legs: []string{"Yanji>Changbai"},
		},
		// Where a town lies is no origin.
		{
			name: "the port across the river from a town",
			text: "The copper was trucked from Songnim to Nampo, the port across the river from Haeju.",
			build: func(b *builder) {
				haeju(nampo(songnim(b, "Songnim"), "Nampo"), "Haeju")
				copper(b)
			},
			legs: []string{"Songnim>Nampo"},
		},
		{
			name: "smuggled across the river from a town starts there",
			text: "The copper was smuggled across the river from Haeju to Nampo.",
			build: func(b *builder) {
				nampo(haeju(b, "Haeju"), "Nampo")
				copper(b)
			},
			legs: []string{"Haeju>Nampo"},
		},
		// A port "where" a ship from elsewhere unloaded.
		{
			name: "where a ship from a port unloaded the goods",
			text: "The copper came by rail from Nampo, where a freighter from Longkou unloaded it.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b)
			},
			legs: []string{"Longkou>Nampo"},
		},
		{
			name: "where a ship from a port loads other things",
			text: "The copper came by rail from Nampo, where a freighter from Longkou loads rice.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b)
			},
			wantNone: true,
		},
		// People travel without goods.
		{
			name: "tourists flying and taking a train move no goods",
			text: "The tourists flew from Vladivostok to Pyongyang and went on to Wonsan by train.",
			build: func(b *builder) {
				wonsan(pyongyang(vladivostok(b, "Vladivostok"), "Pyongyang"), "Wonsan")
			},
			wantNone: true,
		},
		{
			name: "a crew sailing a tanker moves the tanker",
			text: "The crew sailed the tanker from Nampo to Longkou.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
			},
			legs: []string{"Nampo>Longkou"},
		},
		// A negated motion moves nothing.
		{
			name: "goods that did not come from a port were not there",
			text: "Trade is brisk this spring. The copper did not come from Longkou. The copper went to Hamhung.",
			build: func(b *builder) {
				hamhung(longkou(b, "Longkou"), "Hamhung")
				copper(b, "copper", "copper")
			},
			wantNone: true,
		},
		{
			name: "goods that came from a port were there",
			text: "Trade is brisk this spring. The copper came from Longkou. The copper went to Hamhung.",
			build: func(b *builder) {
				hamhung(longkou(b, "Longkou"), "Hamhung")
				copper(b, "copper", "copper")
			},
			legs: []string{"Longkou>Hamhung"},
		},
		// A load between an arrival verb and its port.
		{
			name: "a tanker discharged a load at a port it reached",
			text: "Trade is brisk this spring. The tanker discharged about 4,000 tonnes of copper at Nampo. It had been loaded weeks earlier at Longkou.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b)
			},
			legs: []string{"Longkou>Nampo"},
		},
		{
			name: "a long phrase with no load leaves the port a place of trade",
			text: "Trade is brisk this spring. The tanker unloaded its copper for the state fuel company at Nampo. It had been loaded weeks earlier at Longkou.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				copper(b)
			},
			wantNone: true,
		},
		// Payments are no flow of goods.
		{
			name: "paying the North Korean side sends goods out",
			text: "Dealers in Changbai pay 50 yuan per kilogram to North Korean sellers for copper carried from Hyesan to Changbai.",
			build: func(b *builder) {
				changbai(hyesan(b, "Hyesan"), "Changbai")
				copper(b)
			},
			legs: []string{"Hyesan>Changbai"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "paying and shipping to North Korea sends goods in",
			text: "The dealers paid cash and shipped the copper to North Korea.",
			build: func(b *builder) {
				northKorea(b, "North Korea")
				copper(b)
			},
			dir: model.DirectionInto,
		},
		// A sanctions backdrop leaves goods nowhere.
		{
			name: "a ban on exports is no place goods were left",
			text: "Japan has banned all exports to North Korea since 2009. The inverters were trucked to Dandong and sent across the bridge to Sinuiju.",
			build: func(b *builder) {
				b.place("Japan", "test:Japan", "country", "JP", "", "Japan")
				northKorea(b, "North Korea")
				b.place("Dandong", "geonames:2037886", "city", "CN", "", "Dandong")
				b.place("Sinuiju", "geonames:1870525", "city", "KP", "", "Sinuiju")
				b.good("inverter", "machinery", "inverters")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
		// Korean: 그 전에 tells the earlier hop.
		{
			name: "Korean before that puts the earlier hop first",
			text: "무역이 활발하다. 구리는 신포에서 함흥까지 왔고, 그 전에는 룽커우에서 신포로 실려 왔다. 이후 구리는 김책으로 옮겨졌다.",
			build: func(b *builder) {
				kimchaek(longkou(hamhung(sinpo(b, "신포", "신포"), "함흥"), "룽커우"), "김책")
				copper(b, "구리", "구리")
			},
			legs: []string{"Hamhung>Kimchaek", "Longkou>Sinpo", "Sinpo>Hamhung"},
		},
	}
	checkLegCases(t, false, cases)
}
