package events

import (
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// TestLegRulesRound5 covers direction that follows the main movements,
// sanctions backdrops, reversed hops, clause and list boundaries, trailing
// descriptions that are no general pattern, people sent without goods and
// country totals beside a named corridor. Each rule has a case where it
// must not fire.
func TestLegRulesRound5(t *testing.T) {
	rulesOnly(t)
	place := func(name, kind, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder {
			return b.place(name, "test:"+name, kind, country, "", s...)
		}
	}
	city := func(name, country string) func(*builder, ...string) *builder { return place(name, "city", country) }
	manpo, jian, kanggye := city("Manpo", "KP"), city("Ji'an", "CN"), city("Kanggye", "KP")
	hyesan, changbai := city("Hyesan", "KP"), city("Changbai", "CN")
	nampo, longkou, rajin, hunchun := city("Nampo", "KP"), city("Longkou", "CN"), city("Rajin", "KP"), city("Hunchun", "CN")
	chongjin, namyang, tumen := city("Chongjin", "KP"), city("Namyang", "KP"), city("Tumen", "CN")
	hamhung, songnim, lianyungang := city("Hamhung", "KP"), city("Songnim", "KP"), city("Lianyungang", "CN")
	beijing, pyongyang := city("Beijing", "CN"), city("Pyongyang", "KP")
	dandong, sinuiju, sijung := city("Dandong", "CN"), city("Sinuiju", "KP"), city("Sijung County", "KP")
	pyongsong, wonjong := city("Pyongsong", "KP"), city("Wonjong", "KP")
	china, northKorea, russia := place("China", "country", "CN"), place("North Korea", "country", "KP"), place("Russia", "country", "RU")
	copper := func(b *builder, s ...string) {
		if len(s) == 0 {
			s = []string{"copper"}
		}
		b.good("copper", "metal", s...)
	}
	cases := []legCase{
		// Direction follows the main movements.
		{
			name: "a move to a border town before the goods leave is no entry",
			text: "Collectors truck the copper to Manpo at night. From Manpo it is carried across the bridge to Ji'an.",
			build: func(b *builder) {
				jian(manpo(b, "Manpo"), "Ji'an")
				copper(b)
			},
			legs: []string{"Manpo>Ji'an"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "firm movements both ways stay both",
			text: "Ships carry coal from Nampo to Longkou. On the way back the ships carry flour from Longkou to Nampo.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou").good("coal", "fuel", "coal").good("flour", "food", "flour")
			},
			legs: []string{"Longkou>Nampo", "Nampo>Longkou"},
			dir:  model.DirectionBoth,
		},
		{
			name: "an open destination alone still says goods come in",
			text: "Dealers truck the copper to Kanggye every week.",
			build: func(b *builder) {
				kanggye(b, "Kanggye")
				copper(b)
			},
			dir: model.DirectionInto,
		},
		{
			name: "a ban on exports is a backdrop, not a flow",
			text: "Trucks carry the copper from Ji'an across the bridge to Manpo. The Security Council banned copper exports from North Korea in 2017.",
			build: func(b *builder) {
				manpo(jian(b, "Ji'an"), "Manpo")
				northKorea(b, "North Korea")
				copper(b)
			},
			legs: []string{"Ji'an>Manpo"},
			dir:  model.DirectionInto,
		},
		{
			name: "banned goods that are still shipped state a flow",
			text: "Copper banned by the Security Council is still being shipped from North Korea, traders say.",
			build: func(b *builder) {
				northKorea(b, "North Korea")
				copper(b, "Copper")
			},
			dir: model.DirectionOutOf,
		},
		// Where goods change hands is no crossing.
		{
			name: "a purchase in a border town crosses nothing",
			text: "Manpo traders collect copper for a state company. The company pays 9,000 won a kilogram for the copper, but in Ji'an the Chinese side pays 30 yuan for it.",
			build: func(b *builder) {
				jian(manpo(b, "Manpo"), "Ji'an")
				copper(b)
			},
			wantNone: true,
		},
		{
			name: "a purchase and a crossing of the river still cross",
			text: "Manpo traders want copper. Smugglers buy the copper in Ji'an and carry it across the river at night.",
			build: func(b *builder) {
				jian(manpo(b, "Manpo"), "Ji'an")
				copper(b)
			},
			legs: []string{"Ji'an>Manpo"},
		},
		// A way back needs goods or their carrier going back.
		{
			name: "a relative clause about something else is no way back",
			text: "Solar panels are trucked from Changbai to Hyesan while families brace for blackouts that return each winter.",
			build: func(b *builder) {
				hyesan(changbai(b, "Changbai"), "Hyesan").good("solar panels", "machinery", "Solar panels")
			},
			legs: []string{"Changbai>Hyesan"},
		},
		{
			name: "carriers that return carry goods back",
			text: "Trucks carry the copper from Manpo to Ji'an and the trucks that return are loaded with flour.",
			build: func(b *builder) {
				jian(manpo(b, "Manpo"), "Ji'an").good("flour", "food", "flour")
				copper(b)
			},
			legs: []string{"Ji'an>Manpo", "Manpo>Ji'an"},
		},
		// Clause and lead boundaries.
		{
			name: "and when starts a clause of its own",
			text: "The logs are carried from Kanggye to a yard in Hyesan, and when the river is low the smugglers drag them to the Changbai side.",
			build: func(b *builder) {
				changbai(hyesan(kanggye(b, "Kanggye"), "Hyesan"), "Changbai").good("logs", "timber", "logs")
			},
			legs: []string{"Hyesan>Changbai", "Kanggye>Hyesan"},
		},
		{
			name: "a lead that names only the end country is not continued across the border",
			text: "Copper is being sent to China in large volumes. The company sends trucks to collect the copper and hauls it down to Hyesan. The trucks then cross the bridge to Changbai.",
			build: func(b *builder) {
				changbai(hyesan(china(b, "China"), "Hyesan"), "Changbai")
				copper(b, "Copper", "copper")
			},
			legs: []string{"Hyesan>Changbai"},
		},
		{
			name: "a lead that ends in a town is continued from there",
			text: "Copper is trucked from Kanggye to Hyesan. From there, smugglers carry it across the river to Changbai.",
			build: func(b *builder) {
				changbai(hyesan(kanggye(b, "Kanggye"), "Hyesan"), "Changbai")
				copper(b, "Copper")
			},
			legs: []string{"Hyesan>Changbai", "Kanggye>Hyesan"},
		},
		{
			name: "a carrier for a town and a relative clause of crossing are two hops",
			text: "In Chongjin the copper is loaded on trucks for Namyang, where they cross the river to Tumen.",
			build: func(b *builder) {
				tumen(namyang(chongjin(b, "Chongjin"), "Namyang"), "Tumen")
				copper(b)
			},
			legs: []string{"Chongjin>Namyang", "Namyang>Tumen"},
		},
		{
			name: "where after a stop is no hop without motion",
			text: "The copper goes from Chongjin to Namyang, where dealers from Tumen buy it.",
			build: func(b *builder) {
				tumen(namyang(chongjin(b, "Chongjin"), "Namyang"), "Tumen")
				copper(b)
			},
			legs: []string{"Chongjin>Namyang"},
		},
		// A trailing description or a duration is no general pattern.
		{
			name: "a trailing description of the goods keeps the movement specific",
			text: "Couriers take the copper by train from Hamhung to Kanggye, the source said, usually hidden in sacks of fish.",
			build: func(b *builder) {
				kanggye(hamhung(b, "Hamhung"), "Kanggye")
				copper(b)
			},
			legs: []string{"Hamhung>Kanggye"},
		},
		{
			name: "usually before the movement makes it general",
			text: "Couriers usually take the copper by train from Hamhung to Kanggye.",
			build: func(b *builder) {
				kanggye(hamhung(b, "Hamhung"), "Kanggye")
				copper(b)
			},
			general: []string{"Hamhung>Kanggye"},
		},
		{
			name: "for most of the voyage is a duration",
			text: "A ship carried coal from Songnim to Lianyungang with its transponder off for most of the voyage.",
			build: func(b *builder) {
				lianyungang(songnim(b, "Songnim"), "Lianyungang").good("coal", "fuel", "coal")
			},
			legs: []string{"Songnim>Lianyungang"},
		},
		// A dash pair on a flight goes on from where the goods are.
		{
			name: "a flight pair leaves the end the goods reached",
			text: "The watches were sent by courier to Beijing and carried on the Beijing–Pyongyang flight.",
			build: func(b *builder) {
				pyongyang(beijing(b, "Beijing"), "Pyongyang").good("watches", "luxury", "watches")
			},
			legs: []string{"Beijing>Pyongyang"},
		},
		{
			name: "a flight pair alone says no way",
			text: "Watches were seen on the Beijing–Pyongyang flight.",
			build: func(b *builder) {
				pyongyang(beijing(b, "Beijing"), "Pyongyang").good("watches", "luxury", "Watches")
			},
			wantNone: true,
		},
		// People sent, and movements told as a question.
		{
			name: "sending managers moves no goods",
			text: "Farms in Sijung County have sent their managers to Manpo with lists of the fertiliser they need.",
			build: func(b *builder) {
				manpo(sijung(b, "Sijung County"), "Manpo").good("fertiliser", "chemical", "fertiliser")
			},
			wantNone: true,
		},
		{
			name: "sending goods does",
			text: "Farms in Sijung County have sent their maize to Manpo.",
			build: func(b *builder) {
				manpo(sijung(b, "Sijung County"), "Manpo").good("maize", "food", "maize")
			},
			legs: []string{"Sijung County>Manpo"},
		},
		{
			name: "whether a movement happened is no movement",
			text: "The report did not say whether the copper had been sent on from Hunchun to Russia.",
			build: func(b *builder) {
				russia(hunchun(b, "Hunchun"), "Russia")
				copper(b)
			},
			wantNone: true,
		},
		{
			name: "the same movement stated is one",
			text: "The report said the copper had been sent on from Hunchun to Russia.",
			build: func(b *builder) {
				russia(hunchun(b, "Hunchun"), "Russia")
				copper(b)
			},
			legs: []string{"Hunchun>Russia"},
		},
		// Country totals beside the corridor they run through.
		{
			name: "a country total gives way to the corridor the report names",
			text: "China's exports of copper to North Korea rose to $20 million. Most of the trade passes from Dandong across the bridge to Sinuiju, traders say.",
			build: func(b *builder) {
				sinuiju(dandong(northKorea(china(b, "China"), "North Korea"), "Dandong"), "Sinuiju")
				copper(b)
			},
			general: []string{"Dandong>Sinuiju"},
		},
		{
			name: "a country total alone stands",
			text: "China's exports of copper to North Korea rose to $20 million.",
			build: func(b *builder) {
				northKorea(china(b, "China"), "North Korea")
				copper(b)
			},
			legs: []string{"China>North Korea"},
		},
		// Korean: departures, arrivals, stations and lists.
		{
			name: "a train that left a station and came in is a route",
			text: "지난달 훈춘역을 출발한 화물열차가 원정리를 거쳐 라진에 들어왔다.",
			build: func(b *builder) {
				rajin(wonjong(hunchun(b, "훈춘"), "원정"), "라진")
			},
			legs: []string{"Hunchun>Wonjong", "Wonjong>Rajin"},
		},
		{
			name: "a place listed with an unknown one takes the list's slot",
			text: "구리는 신의주를 거쳐 평성과 개천으로 옮겨졌다.",
			build: func(b *builder) {
				pyongsong(sinuiju(b, "신의주"), "평성").good("copper", "metal", "구리")
			},
			legs: []string{"Sinuiju>Pyongsong"},
		},
		{
			name: "a list of markets where goods sell is no route",
			text: "구리는 라진과 청진의 시장에서 팔리고 있다.",
			build: func(b *builder) {
				chongjin(rajin(b, "라진"), "청진").good("copper", "metal", "구리")
			},
			wantNone: true,
		},
	}
	checkLegCases(t, true, cases)
}
