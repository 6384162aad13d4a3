package events

import "testing"

func init() {
	for name, kc := range map[string][2]string{
		"Sihanoukville": {"city", "KH"}, "Phnom Penh": {"city", "KH"}, "Manila": {"city", "PH"},
		"Zarubino": {"city", "RU"}, "Kraskino": {"city", "RU"}, "China": {"country", "CN"}, "Huadian": {"city", "CN"},
	} {
		paraPlaces[name] = kc
	}
}

// TestLegRulesRound18 covers the rules of round 18, each with a case where
// it must not fire: a plan word right before a verb of motion ("had
// planned to take", "is planning to take") with no trade trigger moves nothing,
// though a plan word that governs no motion leaves the movement standing;
// "had been waiting" or "had been expecting" tells no hop made before the
// one told, though "had been trucked up from" still does; a sentence that
// opens "Before the goods reach X," tells a stage before X: the goods are
// not left at X for the next sentence to go on from, a town the rest of
// the sentence keeps them in is a stop on the way to X (after the place a
// leg stated before brought them to X from), and in a sentence that moves
// nothing it is where the goods went next from where they were; a hop
// that would take goods back to a place they already left along the legs
// stated (the same goods) tells an earlier stage, not a way on, though
// other goods may go back; a continuation from a crossing town to a place
// the report already reaches from its twin passes the twin; goods held at
// a town ("detained at Khasan") and sent back to another go back from the
// town they were held at, not from where other goods went.
// Every sentence is made up for the test.
func TestLegRulesRound18(t *testing.T) {
	rulesOnly(t)
	checkParaCases(t, []paraCase{
		// must fire
		{name: "a plan word that governs no motion", text: "The sugar was carried over the river from Changbai to Hyesan. Traders, whose plan is a new stall, then drove the sugar on to Samsu.",
			places: []string{"Changbai", "Hyesan", "Samsu"}, goods: []string{"sugar=sugar"}, legs: []string{"Changbai>Hyesan", "Hyesan>Samsu"}},
		{name: "had been trucked up from, an earlier hop", text: "The copper reached Tumen in March. It had been trucked up from Chongjin.",
			places: []string{"Tumen", "Chongjin"}, goods: []string{"copper=copper"}, legs: []string{"Chongjin>Tumen"}},
		{name: "before reaching a town told before, a stop in another", text: "A freight train carried fertiliser from Khabarovsk to Khasan and over the bridge to Tumangang. Before the train reached Khasan, it stopped in Ussuriysk for three days.",
			places: []string{"Khabarovsk", "Khasan", "Tumangang", "Ussuriysk"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Khabarovsk>Ussuriysk", "Khasan>Tumangang", "Ussuriysk>Khasan"}},
		{name: "before reaching a new town, the goods stay where they were", text: "Cigarettes by sea\n\nThe cigarettes are shipped from Nampo to Sihanoukville. Before the cigarettes reach the shops of Phnom Penh, they wait in a warehouse beside the port. A third of the cigarettes are repacked there and sent by sea to Manila.",
			places: []string{"Nampo", "Sihanoukville", "Phnom Penh", "Manila"}, goods: []string{"cigarettes=cigarettes"}, legs: []string{"Nampo>Sihanoukville", "Sihanoukville>Manila", "Sihanoukville>Phnom Penh"}},
		{name: "before reaching a country, a night in a town, no motion verb", text: "Crab with new labels\n\nThe crab is trucked from Chongjin to Rajin. Before the crab ever gets to China, it spends a night in a cold store at Zarubino. Trucks then take the crab over the border at Kraskino.",
			places: []string{"Chongjin", "Rajin", "China", "Zarubino", "Kraskino"}, goods: []string{"crab=crab"}, legs: []string{"Chongjin>Rajin", "Rajin>Zarubino", "Zarubino>Kraskino"}},
		{name: "other goods go back to where the first left", text: "The zinc was shipped from Nampo to Longkou in May. Noodles were trucked from Linyi to Longkou a week later. The same ship then carried the noodles to Nampo.",
			places: []string{"Nampo", "Longkou", "Linyi"}, goods: []string{"zinc=zinc", "noodles=Noodles|noodles"}, legs: []string{"Linyi>Longkou", "Longkou>Nampo", "Nampo>Longkou"}},
		{name: "on from a crossing town to a place reached from its twin", text: "Maize by rail\n\nThe company sent maize by rail through Manpo to Kaechon. The first lot was trucked from Tonghua to Ji'an and waited two days in a shed there. The same wagons then rolled on to Kaechon.",
			places: []string{"Manpo", "Kaechon", "Ji'an", "Tonghua"}, goods: []string{"maize=maize"}, legs: []string{"Ji'an>Manpo", "Manpo>Kaechon", "Tonghua>Ji'an"}},
		{name: "held at a town and sent back", text: "Tractors by rail\n\nThe tractors went by rail from Ussuriysk to Khasan and over the bridge to Tumangang. Six wagons of tractors were detained at Khasan by customs and sent back to Ussuriysk.",
			places: []string{"Ussuriysk", "Khasan", "Tumangang"}, goods: []string{"tractors=tractors|Tractors"}, legs: []string{"Khasan>Tumangang", "Khasan>Ussuriysk", "Ussuriysk>Khasan"}},

		// must not fire
		{name: "had planned to take the goods on", text: "The crab was driven from Chongjin to Hoeryong. The buyer had planned to take the crab on to Yanji.",
			places: []string{"Chongjin", "Hoeryong", "Yanji"}, goods: []string{"crab=crab"}, legs: []string{"Chongjin>Hoeryong"}},
		{name: "is planning to take the goods on", text: "Sugar in Hyesan\n\nThe sugar was carried over the river from Changbai to Hyesan. A buyer there is planning to take the sugar on to Samsu.",
			places: []string{"Changbai", "Hyesan", "Samsu"}, goods: []string{"sugar=sugar"}, legs: []string{"Changbai>Hyesan"}},
		{name: "had been waiting for the goods", text: "Copper at Tumen\n\nThe copper crossed from Namyang to Tumen in March. Scrap yards in Yanji had been waiting for the copper and pay 50 yuan a kilogram.",
			places: []string{"Namyang", "Tumen", "Yanji"}, goods: []string{"copper=copper"}, legs: []string{"Namyang>Tumen"}},
		{name: "before reaching a town, no leg from the stop after it", text: "A freight train carried fertiliser from Khabarovsk to Khasan and over the bridge to Tumangang. Before the train reached Khasan, it stopped for three days.",
			places: []string{"Khabarovsk", "Khasan", "Tumangang"}, goods: []string{"fertiliser=fertiliser"}, notLeg: "Tumangang>Khasan"},
		{name: "before reaching a new town, nothing goes on from it", text: "Cigarettes by sea\n\nThe cigarettes are shipped from Nampo to Sihanoukville. Before the cigarettes reach the shops of Phnom Penh, they wait in a warehouse beside the port. A third of the cigarettes are repacked there and sent by sea to Manila.",
			places: []string{"Nampo", "Sihanoukville", "Phnom Penh", "Manila"}, goods: []string{"cigarettes=cigarettes"}, notLeg: "Phnom Penh>Manila"},
		{name: "the same goods stopped on the road to where they left", text: "Tractors by sea\n\nThe tractors were shipped from Donggang to Nampo and trucked on to Sariwon. Customs officers said they had stopped a truck on the road to Donggang and seized six of the tractors.",
			places: []string{"Donggang", "Nampo", "Sariwon"}, goods: []string{"tractors=tractors"}, notLeg: "Sariwon>Donggang"},
		{name: "held at a town and sent back, other goods went elsewhere", text: "Fertiliser by rail\n\nThe fertiliser crossed from Khasan to Tumangang and went on to Hamhung. Six wagons of tractors were detained at Khasan by customs and sent back to Ussuriysk.",
			places: []string{"Khasan", "Tumangang", "Hamhung", "Ussuriysk"}, goods: []string{"fertiliser=fertiliser", "tractors=tractors"}, notLeg: "Hamhung>Ussuriysk"},
		{name: "on from a crossing town with no leg from its twin", text: "Maize by rail\n\nTraders in Manpo say the first lot of maize was trucked from Tonghua to Ji'an and waited two days in a shed there. The same wagons then rolled on to Kaechon.",
			places: []string{"Kaechon", "Ji'an", "Manpo", "Tonghua"}, goods: []string{"maize=maize"}, notLeg: "Ji'an>Manpo"},
	})
}

// TestLegRulesRound18Coords covers the rule that needs the places'
// coordinates: goods trucked to a Chinese town far from the report's main
// North Korean place, with no word of a crossing, did not come from that
// place; by sea they may have. Every sentence is made up for the test.
func TestLegRulesRound18Coords(t *testing.T) {
	rulesOnly(t)
	haeju := func(b *builder, s ...string) *builder {
		return at(b, "Haeju", "geonames:1877449", "city", "KP", 38.0406, 125.7147, s...)
	}
	donggang := func(b *builder, s ...string) *builder {
		return at(b, "Donggang", "geonames:2037886", "city", "CN", 39.8631, 124.1528, s...)
	}
	yantai := func(b *builder, s ...string) *builder {
		return at(b, "Yantai", "geonames:1787093", "city", "CN", 37.4764, 121.4408, s...)
	}
	checkLegCases(t, false, []legCase{
		{
			name: "trucks drive far from the main place",
			text: "Pumps for Haeju\n\nFarms near Haeju ordered the pumps in spring. Customs officers turned the pumps away at the border. So the trucks drove down the coast to Donggang. Haeju is still waiting.",
			build: func(b *builder) {
				donggang(haeju(b, "Haeju"), "Donggang").good("pumps", "machinery", "pumps")
			},
			notLeg: "Haeju>Donggang",
		},
		{
			name: "a ship carries the goods far from the main place",
			text: "Sand from Haeju\n\nDredgers work the sea off Haeju every night. A Chinese ship loads the sand and carries it to Yantai. Haeju officials take a fee.",
			build: func(b *builder) {
				yantai(haeju(b, "Haeju"), "Yantai").good("sand", "minerals", "sand")
			},
			legs: []string{"Haeju>Yantai"},
		},
		{
			name: "goods reach a far town with no word of how",
			text: "Sand from Haeju\n\nDredgers work the sea off Haeju every night. The sand reached Yantai a week later. Haeju officials take a fee.",
			build: func(b *builder) {
				yantai(haeju(b, "Haeju"), "Yantai").good("sand", "minerals", "sand")
			},
			legs: []string{"Haeju>Yantai"},
		},
	})
}

// TestScorerRound18 covers the scorer's round-18 bar, with the model on: a
// place a price is measured against ("costs less than anything near
// Tonghua") is no end of a leg, while the place the goods are bought in
// and the one they are trucked to still are. Every sentence is made up for
// the test.
func TestScorerRound18(t *testing.T) {
	text := "Maize for Manpo\n\n\"We get the maize from a mill in Huadian, because it costs less than anything near Tonghua,\" the agent said. The firm also paid 150 yuan a tonne to have it trucked to Ji'an."
	pcs := []paraCase{
		{name: "a place in a comparison", text: text, places: []string{"Huadian", "Tonghua", "Ji'an"}, goods: []string{"maize=maize"}, notLeg: "Tonghua>Ji'an"},
		{name: "the places the goods went still pair", text: text, places: []string{"Huadian", "Tonghua", "Ji'an"}, goods: []string{"maize=maize"}, legs: []string{"Huadian>Ji'an"}},
	}
	var cases []legCase
	for _, pc := range pcs {
		cases = append(cases, pc.legCase(t))
	}
	checkLegCases(t, false, cases)
}
