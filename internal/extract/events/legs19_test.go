package events

import "testing"

// TestLegRulesRound19 covers the rules of round 19, each with a case where
// it must not fire: shopkeepers, vendors and retailers are actors, so
// "retailers from Anju" says who, not where goods start; traders in a
// crossing town who move goods of the other side's make ("Chinese
// batteries") across the river do not send them from their town; goods
// "handed over" or "delivered" at a town after a hop reach that town;
// goods brought "over to" or "across to" a crossing town come from its
// twin, the first hop of the way the sentence goes on; a price at a town
// the goods already left is no stop the next hop goes on from, and a
// sentence that carries goods "into the city" leaves them where they were;
// present tenses of sending ("send them on by train") go on from the last
// stop as the past ones do; "the phones" takes up "mobile phones" named
// before rather than the good named last; a ship that discharges its cargo
// "at anchorages off" a port, or unloads "at a berth near" one, arrives
// there; a place where one ship met another is a stop on the cargo's way;
// goods "bought at a dealer in" a town start there; waiting for a truck or
// train "through" or "to" a town moves nothing, nor does what "nobody"
// does; crew who "bring back" goods from where they flew carry them back,
// and the trip out, with no goods named before the way back, is no leg.
// Every sentence is made up for the test.
func TestLegRulesRound19(t *testing.T) {
	rulesOnly(t)
	checkParaCases(t, []paraCase{
		// must fire
		{name: "a retailer has goods trucked", text: "Flour for Anju\n\nA retailer in Sunchon had the flour trucked from Pyongsong to Anju last week.",
			places: []string{"Sunchon", "Pyongsong", "Anju"}, goods: []string{"flour=flour"}, legs: []string{"Pyongsong>Anju"}},
		{name: "traders in a crossing town move local goods across", text: "Copper at the river\n\nSmugglers in Hyesan have been moving more copper across the Yalu since May. Buyers in Changbai pay 60 yuan a kilogram.",
			places: []string{"Hyesan", "Changbai"}, goods: []string{"copper=copper"}, legs: []string{"Hyesan>Changbai"}},
		{name: "goods of the other side's make come over from there", text: "Batteries at night\n\nSmugglers in Hyesan have been moving more Chinese batteries across the Yalu since May. A dealer trucks the batteries from Tonghua to Changbai, and from there they are passed over the river to Hyesan.",
			places: []string{"Hyesan", "Changbai", "Tonghua"}, goods: []string{"batteries=batteries"}, legs: []string{"Changbai>Hyesan", "Tonghua>Changbai"}},
		{name: "handed over in a town, then sent on", text: "Wigs for export\n\nThe wigs are trucked from Samsu to Hyesan and handed over in Changbai, where a buyer repacks them and sends them on to Qingdao.",
			places: []string{"Samsu", "Hyesan", "Changbai", "Qingdao"}, goods: []string{"wigs=wigs"}, legs: []string{"Changbai>Qingdao", "Hyesan>Changbai", "Samsu>Hyesan"}},
		{name: "delivered at a town after a crossing", text: "Scrap copper\n\nThe copper was carried from Namyang over the bridge and delivered at Tumen to a scrap dealer.",
			places: []string{"Namyang", "Tumen"}, goods: []string{"copper=copper"}, legs: []string{"Namyang>Tumen"}},
		{name: "ferried across to a crossing town, then on", text: "Flour at night\n\nWholesalers in Dandong supply the flour. The sacks are ferried across to Sinuiju at night and then trucked to Pyongyang.",
			places: []string{"Dandong", "Sinuiju", "Pyongyang"}, goods: []string{"flour=flour"}, legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
		{name: "driven over to a crossing town, then on", text: "Hair for the workshops\n\nA client in Changbai supplies the hair. The materials are driven over to Hyesan through the customs post and then taken by truck to the workshops in Samsu.",
			places: []string{"Changbai", "Hyesan", "Samsu"}, goods: []string{"hair=hair"}, legs: []string{"Changbai>Hyesan", "Hyesan>Samsu"}},
		{name: "a price where the goods were bought, then sent on", text: "Phones by train\n\nA dealer buys used handsets in Yanji and has them driven to Changbai. From there the handsets are carried over the river to Hyesan. \"My partner pays 600 yuan a handset in Yanji,\" the smuggler said. Couriers carry them into the town. Wholesalers send them on by train to Hamhung.",
			places: []string{"Yanji", "Changbai", "Hyesan", "Hamhung"}, goods: []string{"handsets=handsets"}, legs: []string{"Changbai>Hyesan", "Hyesan>Hamhung", "Yanji>Changbai"}},
		{name: "the phones after another good", text: "Phones and cards\n\nTraders carry mobile phones from Changbai across the river to Hyesan. A SIM card costs 80 yuan in the market there. Couriers carry them into the town. Most of the phones are sent on by train to Hamhung.",
			places: []string{"Changbai", "Hyesan", "Hamhung"}, goods: []string{"mobile phones=mobile phones", "SIM card=SIM card"}, legs: []string{"Changbai>Hyesan", "Hyesan>Hamhung"}},
		{name: "discharged at anchorages off a port", text: "Coal at sea\n\nBulk carriers loaded with coal have been leaving Nampo and discharging their cargo at anchorages off Zhoushan.",
			places: []string{"Nampo", "Zhoushan"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Zhoushan"}},
		{name: "unloaded at a berth near a port", text: "Diesel by sea\n\nThe tanker left Vostochny in June and unloaded the diesel at a berth near Rajin.",
			places: []string{"Vostochny", "Rajin"}, goods: []string{"diesel=diesel"}, legs: []string{"Vostochny>Rajin"}},
		{name: "two ships meet off a port", text: "Diesel at sea\n\nThe tanker loaded diesel at Vladivostok and sailed south. Two days later it met a North Korean tanker in waters off Zarubino, where the ships lay alongside for a night. The North Korean tanker was later seen unloading the diesel at Chongjin.",
			places: []string{"Vladivostok", "Zarubino", "Chongjin"}, goods: []string{"diesel=diesel"}, legs: []string{"Vladivostok>Zarubino", "Zarubino>Chongjin"}},

		{name: "bought at a dealer in a town", text: "Sugar for Tumen\n\nThe sugar was bought at a wholesaler in Yanji and driven to Tumen.",
			places: []string{"Yanji", "Tumen"}, goods: []string{"sugar=sugar"}, legs: []string{"Yanji>Tumen"}},
		{name: "crew bring goods back from where the flight went", text: "Flights\n\nThe airline flies from Pyongyang to Vladivostok twice a month, and crew members bring back frozen beef.",
			places: []string{"Pyongyang", "Vladivostok"}, goods: []string{"frozen beef=frozen beef"}, legs: []string{"Vladivostok>Pyongyang"}},
		{name: "goods out and other goods back", text: "Coal and flour\n\nThe trucks carried coal from Hyesan to Changbai and brought back flour.",
			places: []string{"Hyesan", "Changbai"}, goods: []string{"coal=coal", "flour=flour"}, legs: []string{"Changbai>Hyesan", "Hyesan>Changbai"}},

		// must not fire
		{name: "nobody waits for a truck through a town", text: "Laptops by air\n\nThe laptops are bought in Beijing and resold in Pyongyang for 900 dollars. \"The price is high, but people need them and nobody wants to wait for a truck through Sinuiju,\" he said.",
			places: []string{"Beijing", "Pyongyang", "Sinuiju"}, goods: []string{"laptops=laptops"}, notLeg: "Pyongyang>Sinuiju"},
		{name: "buyers wait for a truck to a town", text: "Sugar by sea\n\nThe sugar was shipped from Dalian to Nampo. Buyers there waited a week for a truck to Sariwon.",
			places: []string{"Dalian", "Nampo", "Sariwon"}, goods: []string{"sugar=sugar"}, legs: []string{"Dalian>Nampo"}},
		{name: "a flight out that carries nothing named", text: "Flights\n\nThe planes fly from Pyongyang to Vladivostok twice a month, where crew members bring back frozen beef.",
			places: []string{"Pyongyang", "Vladivostok"}, goods: []string{"frozen beef=frozen beef"}, notLeg: "Pyongyang>Vladivostok"},
		{name: "the crew fly back", text: "Coal by sea\n\nThe freighter carried coal from Nampo to Nakhodka, and the crew flew back.",
			places: []string{"Nampo", "Nakhodka"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Nakhodka"}},
		{name: "a trader at a market speaks", text: "Sugar for Tumen\n\nA trader at a market in Yanji said the sugar was driven to Tumen.",
			places: []string{"Yanji", "Tumen"}, goods: []string{"sugar=sugar"}, notLeg: "Yanji>Tumen"},
		{name: "retailers who come to a market town", text: "Flour in Pyongsong\n\nFlour sells for 5,000 won a kilogram in Pyongsong. Retailers from Sunchon and Anju come to Pyongsong to restock, but some have begun buying smaller amounts.",
			places: []string{"Pyongsong", "Sunchon", "Anju"}, goods: []string{"flour=Flour"}, none: true},
		{name: "vendors who travel to a market town", text: "Flour in Pyongsong\n\nFlour sells for 5,000 won a kilogram in Pyongsong. Vendors from Anju travel to Pyongsong each week and buy flour by the sack.",
			places: []string{"Pyongsong", "Anju"}, goods: []string{"flour=Flour|flour"}, notLeg: "Anju>Pyongsong"},
		{name: "traders in a crossing town move foreign goods across", text: "Batteries at the river\n\nSmugglers in Hyesan have been moving more Chinese batteries across the Yalu since May. Buyers in Changbai are few.",
			places: []string{"Hyesan", "Changbai"}, goods: []string{"batteries=batteries"}, notLeg: "Hyesan>Changbai"},
		{name: "traders in a crossing town move Chinese-made goods across", text: "Cookers at the river\n\nDealers in Sinuiju are carrying Chinese-made rice cookers over the river every night. Prices in Dandong are lower.",
			places: []string{"Sinuiju", "Dandong"}, goods: []string{"rice cookers=rice cookers"}, notLeg: "Sinuiju>Dandong"},
		{name: "delivered in a month", text: "Wigs in May\n\nThe wigs were delivered in May, a source in Hyesan said. Traders in Changbai pay 30 yuan a wig.",
			places: []string{"Hyesan", "Changbai"}, goods: []string{"wigs=wigs"}, none: true},
		{name: "sent over to a town with no twin", text: "Sacks by road\n\nThe sacks are sent over to Pyongyang and then trucked to Sariwon. Dandong supplies most of them.",
			places: []string{"Pyongyang", "Sariwon", "Dandong"}, goods: []string{"sacks=sacks"}, notLeg: "Dandong>Pyongyang"},
		{name: "sent over to a crossing town from a town on its own side", text: "Sacks by road\n\nThe sacks are trucked from Sakju and sent over to Sinuiju, then on to Pyongyang. Dandong supplies most of them.",
			places: []string{"Sakju", "Sinuiju", "Pyongyang", "Dandong"}, goods: []string{"sacks=sacks"}, notLeg: "Dandong>Sinuiju"},
		{name: "a price where the goods were bought is no stop", text: "Phones by train\n\nA dealer buys used handsets in Yanji and has them driven to Changbai. From there the handsets are carried over the river to Hyesan. \"My partner pays 600 yuan a handset in Yanji,\" the smuggler said. Couriers carry them into the town. Wholesalers send them on by train to Hamhung.",
			places: []string{"Yanji", "Changbai", "Hyesan", "Hamhung"}, goods: []string{"handsets=handsets"}, notLeg: "Yanji>Hamhung"},
		{name: "berths named with no arrival", text: "Coal at sea\n\nThe freighter left Nampo with coal in March. Its owners also run a repair yard with two berths near Zhoushan.",
			places: []string{"Nampo", "Zhoushan"}, goods: []string{"coal=coal"}, notLeg: "Nampo>Zhoushan"},
		{name: "traders who meet in a town", text: "Coal deal\n\nTwo traders met in Dandong to agree the price of the coal. The coal was later shipped from Nampo to Longkou.",
			places: []string{"Dandong", "Nampo", "Longkou"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Longkou"}},
	})
}

// TestScorerRound19 covers the scorer's side of round 19: the home town of
// people who come or travel to a market to buy ("retailers from Anju come
// to Pyongsong to restock") is no end of a leg the scorer may add, though
// traders from a town who carry goods still may be. Every sentence is made
// up for the test.
func TestScorerRound19(t *testing.T) {
	checkParaScored(t, []paraCase{
		{name: "retailers who come to restock", text: "Flour in Pyongsong\n\nFlour sells for 5,000 won a kilogram in Pyongsong. Retailers from Sunchon and Anju come to Pyongsong to restock, but several of them have begun buying smaller amounts.",
			places: []string{"Pyongsong", "Sunchon", "Anju"}, goods: []string{"flour=Flour"}, notLeg: "Sunchon>Pyongsong"},
		{name: "vendors who travel to buy", text: "Flour in Pyongsong\n\nFlour sells for 5,000 won a kilogram in Pyongsong. Vendors from Anju travel to Pyongsong each week and buy flour by the sack.",
			places: []string{"Pyongsong", "Anju"}, goods: []string{"flour=Flour|flour"}, notLeg: "Anju>Pyongsong"},
		{name: "buyers who visit a market", text: "Flour in Pyongsong\n\nFlour sells for 5,000 won a kilogram in Pyongsong. Buyers from Sunchon visit Pyongsong every week to buy flour.",
			places: []string{"Pyongsong", "Sunchon"}, goods: []string{"flour=Flour|flour"}, notLeg: "Sunchon>Pyongsong"},
	})
}

// checkParaScored runs paraphrase cases with the leg scorer on.
func checkParaScored(t *testing.T, pcs []paraCase) {
	t.Helper()
	var cases []legCase
	for _, c := range pcs {
		cases = append(cases, c.legCase(t))
	}
	checkLegCases(t, false, cases)
}
