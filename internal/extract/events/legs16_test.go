package events

import "testing"

// TestLegRulesRound16 covers the constructions the paraphrase round
// (TestLegParaphrases) found missing, each with a case where it must not
// fire: clauses closed by a semicolon, "who" with a verb of motion, "and"
// with a verb of loading, and "whereupon"; "by way of" and a list of
// towns passed in order; a transfer of carriers at an opening "Off X" or
// right after the verb; a place of seizure; a destination whose verb is
// negated, a denial by "not seen"; the lead that starts a story rather
// than sums it up; hops told backwards in later clauses; producers of a
// town; people who carry parcels; people who only travel; verbs of
// stowing, making, walking, collecting and turning up; "left a mill in";
// "off the ship at"; a compass direction before "for"; and Korean -아서,
// -자, -다가, 하역되어, 에서 하역, 에 내렸, 에 옮겨, 넘겼 and 가져.
func TestLegRulesRound16(t *testing.T) {
	checkParaCases(t, round16Cases)
}

var round16Cases = []paraCase{
	// A semicolon closes a step of the journey.
	{
		name:   "a semicolon starts the next hop",
		text:   "The ore was railed from Musan to Helong; the next leg took it to Tonghua.",
		places: []string{"Musan", "Helong", "Tonghua"},
		goods:  []string{"iron ore=ore"},
		legs:   []string{"Helong>Tonghua", "Musan>Helong"},
	},
	{
		name:   "two destinations listed without a semicolon are one stop",
		text:   "The ore was railed from Musan to Helong and to Tonghua.",
		places: []string{"Musan", "Helong", "Tonghua"},
		goods:  []string{"iron ore=ore"},
		notLeg: "Helong>Tonghua",
	},
	// "who" with a verb of motion.
	{
		name:   "a buyer who took it home goes on from the place of sale",
		text:   "The leaf was carted to Hoeryong, handed across the river to Sanhe and sold to a buyer from Longjing, who took it home.",
		places: []string{"Hoeryong", "Sanhe", "Longjing"},
		goods:  []string{"tobacco leaf=leaf"},
		legs:   []string{"Hoeryong>Sanhe", "Sanhe>Longjing"},
	},
	{
		name:   "a buyer who lives in a town moves nothing there",
		text:   "The leaf was carted to Hoeryong for a buyer who lives in Longjing.",
		places: []string{"Hoeryong", "Longjing"},
		goods:  []string{"tobacco leaf=leaf"},
		notLeg: "Hoeryong>Longjing",
	},
	// "and" with a verb of loading starts a step.
	{
		name:   "driven to a port and packed into a container for another",
		text:   "The rifles were driven from Phoenix to Long Beach and packed into a container for Hong Kong.",
		places: []string{"Long Beach", "Hong Kong", "Phoenix"},
		goods:  []string{"rifles=rifles"},
		legs:   []string{"Long Beach>Hong Kong", "Phoenix>Long Beach"},
	},
	{
		name:   "driven to two ports is one list",
		text:   "The rifles were driven from Phoenix to Long Beach and Hong Kong.",
		places: []string{"Long Beach", "Hong Kong", "Phoenix"},
		goods:  []string{"rifles=rifles"},
		notLeg: "Long Beach>Hong Kong",
	},
	// "whereupon".
	{
		name:   "whereupon starts the next hop",
		text:   "The celadon was smuggled from Hyesan over the river to Changbai, whereupon a collector had it driven to Shenyang.",
		places: []string{"Hyesan", "Changbai", "Shenyang"},
		goods:  []string{"celadon=celadon"},
		notLeg: "Hyesan>Shenyang",
	},
	// "By way of" and towns passed in order.
	{
		name:   "by way of three ports to a fourth, stop by stop",
		text:   "The container went from Rotterdam by way of Dalian, Osaka and Busan to Nakhodka.",
		places: []string{"Rotterdam", "Dalian", "Osaka", "Busan", "Nakhodka"},
		goods:  []string{"limousines=container"},
		legs:   []string{"Busan>Nakhodka", "Dalian>Osaka", "Osaka>Busan", "Rotterdam>Dalian"},
	},
	{
		name:   "two ports passed with no other stop are no hop between them",
		text:   "Larger cargoes of coal still pass through Nakhodka and Vladivostok.",
		places: []string{"Nakhodka", "Vladivostok"},
		goods:  []string{"coal=coal"},
		none:   true,
	},
	{
		name:   "ports passed as alternatives are no chain",
		text:   "The container went from Rotterdam through Dalian or Busan to Nakhodka.",
		places: []string{"Rotterdam", "Dalian", "Busan", "Nakhodka"},
		goods:  []string{"limousines=container"},
		notLeg: "Dalian>Busan",
	},
	// A transfer of carriers.
	{
		name:   "off a port the coal was transferred onto barges that carried it on",
		text:   "The carrier sailed from Nampo with coal. Off Zhoushan the coal was transferred onto river barges, which carried it to Nantong.",
		places: []string{"Nampo", "Zhoushan", "Nantong"},
		goods:  []string{"coal=coal"},
		legs:   []string{"Nampo>Zhoushan", "Zhoushan>Nantong"},
	},
	{
		name:   "off a port a ship that waited is no change of carriers",
		text:   "The carrier sailed from Nampo with coal. Off Zhoushan the ship waited for a week before it sailed on to Nantong.",
		places: []string{"Nampo", "Zhoushan", "Nantong"},
		goods:  []string{"coal=coal"},
		notLeg: "Nampo>Zhoushan",
	},
	{
		name:   "transshipped at a port onto a vessel for the next",
		text:   "The excavators sailed from Yokohama. They were transshipped at Busan onto a vessel for Dalian.",
		places: []string{"Yokohama", "Busan", "Dalian"},
		goods:  []string{"excavators=excavators"},
		legs:   []string{"Busan>Dalian", "Yokohama>Busan"},
	},
	{
		name:   "transshipped at a port with no destination after it continues nothing",
		text:   "The excavators were declared as bound for Dalian. They were transshipped in Busan and arrived in the Chinese port in May.",
		places: []string{"Busan", "Dalian"},
		goods:  []string{"excavators=excavators"},
		notLeg: "Dalian>Busan",
	},
	// Where goods were seized is where they got to.
	{
		name:   "seized in a town after crossing from another",
		text:   "The ginseng seized in Dandong last week had crossed from Sinuiju on a freight train.",
		places: []string{"Dandong", "Sinuiju"},
		goods:  []string{"red ginseng=ginseng"},
		legs:   []string{"Sinuiju>Dandong"},
	},
	{
		name:   "police in a town who seized goods are no stop of them",
		text:   "Police in Dandong seized the ginseng, which a courier had brought from Shenyang.",
		places: []string{"Dandong", "Shenyang"},
		goods:  []string{"red ginseng=ginseng"},
		notLeg: "Shenyang>Dandong",
	},
	// A negated destination; a denial by not seeing.
	{
		name:   "goods seized on arrival never reached the place named after",
		text:   "The rifles were shipped from Long Beach to Hong Kong, where customs seized the container, so the guns never reached Nampo.",
		places: []string{"Long Beach", "Hong Kong", "Nampo"},
		goods:  []string{"rifles=rifles|guns"},
		legs:   []string{"Long Beach>Hong Kong"},
	},
	{
		name:   "goods that reached the place after a seizure elsewhere go on",
		text:   "The rifles were shipped from Long Beach to Hong Kong. Customs seized part of the container on arrival, but the guns still reached Nampo.",
		places: []string{"Long Beach", "Hong Kong", "Nampo"},
		goods:  []string{"rifles=rifles|guns"},
		legs:   []string{"Hong Kong>Nampo", "Long Beach>Hong Kong"},
	},
	{
		name:   "officers who have not seen trucks cross deny the crossing",
		text:   "Customs officers in Dandong say they have not seen any trucks of fertiliser cross to Sinuiju since May.",
		places: []string{"Dandong", "Sinuiju"},
		goods:  []string{"fertiliser=fertiliser"},
		none:   true,
	},
	{
		name:   "officers who have seen trucks cross tell a crossing",
		text:   "Customs officers say they have seen trucks of fertiliser cross from Dandong to Sinuiju every night.",
		places: []string{"Dandong", "Sinuiju"},
		goods:  []string{"fertiliser=fertiliser"},
		legs:   []string{"Dandong>Sinuiju"},
	},
	// A lead that starts the story, one that sums it up.
	{
		name:   "a lead the body never names again is the first hop",
		text:   "Porters carried the batteries across the ice from Linjiang to Junggang. A truck took the lot to Kanggye the next morning.",
		places: []string{"Linjiang", "Junggang", "Kanggye"},
		goods:  []string{"batteries=batteries"},
		legs:   []string{"Junggang>Kanggye", "Linjiang>Junggang"},
	},
	{
		name:   "a lead the body tells again sums up the story",
		text:   "Batteries are smuggled from Linjiang to Kanggye. A truck took the lot to Kanggye in May. Porters had carried it across the ice from Linjiang.",
		places: []string{"Linjiang", "Kanggye"},
		goods:  []string{"batteries=Batteries"},
		notLeg: "Kanggye>Kanggye",
	},
	{
		name:   "a lead the body names again is not continued by the next sentence",
		text:   "Porters carried the batteries from Linjiang to Junggang. A truck took the lot to Kanggye. Guards in Junggang were paid 200 yuan.",
		places: []string{"Linjiang", "Junggang", "Kanggye"},
		goods:  []string{"batteries=batteries"},
		notLeg: "Junggang>Kanggye",
	},
	// Told backwards in later clauses.
	{
		name:   "told backwards, an origin in a later clause came first",
		text:   "The ginseng seized in Dandong had crossed from Sinuiju. Before that it had been trucked up from Pyongyang; the roots were grown in Kaesong.",
		places: []string{"Dandong", "Sinuiju", "Pyongyang", "Kaesong"},
		goods:  []string{"red ginseng=ginseng|roots"},
		legs:   []string{"Kaesong>Pyongyang", "Pyongyang>Sinuiju", "Sinuiju>Dandong"},
	},
	{
		name:   "two origins told in the past are no hop",
		text:   "The ginseng was sold in Dandong. Some of it came from Pyongyang; other lots came from Kaesong.",
		places: []string{"Dandong", "Pyongyang", "Kaesong"},
		goods:  []string{"red ginseng=ginseng"},
		notLeg: "Kaesong>Pyongyang",
	},
	// Producers of a town.
	{
		name:   "growers of a town who sell to a broker who hauls it start the trip",
		text:   "Hoeryong growers sold the leaf to a broker who hauled it to Onsong.",
		places: []string{"Hoeryong", "Onsong"},
		goods:  []string{"tobacco=leaf"},
		legs:   []string{"Hoeryong>Onsong"},
	},
	{
		name:   "traders of a town are no producers",
		text:   "Hoeryong traders sold the leaf to a broker who hauled it to Onsong.",
		places: []string{"Hoeryong", "Onsong"},
		goods:  []string{"tobacco=leaf"},
		notLeg: "Hoeryong>Onsong",
	},
	// People who carry parcels; people who only travel.
	{
		name:   "workers in a town who packed parcels and took the train carry them",
		text:   "North Korean workers in Khabarovsk packed parcels of clothes and took the train to Vladivostok.",
		places: []string{"Khabarovsk", "Vladivostok"},
		goods:  []string{"clothes=clothes"},
		legs:   []string{"Khabarovsk>Vladivostok"},
	},
	{
		name:   "workers in a town who complained and left carry nothing from there",
		text:   "North Korean workers in Khabarovsk complained about the clothes and took the train to Vladivostok.",
		places: []string{"Khabarovsk", "Vladivostok"},
		goods:  []string{"clothes=clothes"},
		notLeg: "Khabarovsk>Vladivostok",
	},
	{
		name:   "traders who travelled to see relatives carry nothing",
		text:   "Rice prices rose in Hyesan. Two traders from Hyesan travelled to Changbai and on to Yanji to see relatives.",
		places: []string{"Hyesan", "Changbai", "Yanji"},
		goods:  []string{"rice=Rice"},
		none:   true,
	},
	{
		name:   "traders who carried the rice move it",
		text:   "Rice prices rose in Hyesan. Two traders carried the rice from Changbai to Yanji.",
		places: []string{"Hyesan", "Changbai", "Yanji"},
		goods:  []string{"rice=Rice|rice"},
		legs:   []string{"Changbai>Yanji"},
	},
	{
		name:   "the goods went by bus to families in a town",
		text:   "A ferry carried the parcels to Rajin, and from there the goods went by bus to their families in Hamhung.",
		places: []string{"Rajin", "Hamhung"},
		goods:  []string{"clothes=parcels"},
		legs:   []string{"Rajin>Hamhung"},
	},
	{
		name:   "people who phoned their families in a town send nothing there",
		text:   "A ferry carried the parcels to Rajin, and the workers phoned their families in Hamhung.",
		places: []string{"Rajin", "Hamhung"},
		goods:  []string{"clothes=parcels"},
		notLeg: "Rajin>Hamhung",
	},
	// Verbs of stowing, making, walking, collecting, turning up.
	{
		name:   "lashed onto wagons in a town, then the train ran on",
		text:   "Twelve trucks were lashed onto flat wagons in Vladivostok. The train then rolled south to Khasan.",
		places: []string{"Vladivostok", "Khasan"},
		goods:  []string{"trucks=trucks"},
		legs:   []string{"Vladivostok>Khasan"},
	},
	{
		name:   "trucks lashed by rain in a town move nothing from there",
		text:   "Twelve trucks were lashed by rain in Vladivostok. The train then rolled south to Khasan.",
		places: []string{"Vladivostok", "Khasan"},
		goods:  []string{"trucks=trucks"},
		notLeg: "Vladivostok>Khasan",
	},
	{
		name:   "cooked in a town, then driven on",
		text:   "The meth was cooked in Hamhung. Couriers drove it north to Kanggye.",
		places: []string{"Hamhung", "Kanggye"},
		goods:  []string{"methamphetamine=meth"},
		legs:   []string{"Hamhung>Kanggye"},
	},
	{
		name:   "sold in a town is no place of making",
		text:   "The meth was sold in Hamhung. Couriers drove it north to Kanggye.",
		places: []string{"Hamhung", "Kanggye"},
		goods:  []string{"methamphetamine=meth"},
		notLeg: "Hamhung>Kanggye",
	},
	{
		name:   "goats walked across from a border town",
		text:   "The goats were walked across the border from Zamyn-Uud into Erenhot.",
		places: []string{"Zamyn-Uud", "Erenhot"},
		goods:  []string{"goats=goats"},
		legs:   []string{"Zamyn-Uud>Erenhot"},
	},
	{
		name:   "traders who walked to a town carry nothing",
		text:   "Goat prices rose. Two traders walked from Zamyn-Uud to Erenhot.",
		places: []string{"Zamyn-Uud", "Erenhot"},
		goods:  []string{"goats=Goat"},
		none:   true,
	},
	{
		name:   "buyers collected it at a town after it crossed",
		text:   "The magnesia was railed from Chongjin to Namyang. Chinese buyers collected it at Tumen after it crossed the bridge.",
		places: []string{"Chongjin", "Namyang", "Tumen"},
		goods:  []string{"magnesia=magnesia"},
		legs:   []string{"Chongjin>Namyang", "Namyang>Tumen"},
	},
	{
		name:   "dealers collect goods from smugglers in a town: whence",
		text:   "The medicines reach Kimchaek from Chongjin. Dealers in Chongjin collect them from smugglers in Hoeryong.",
		places: []string{"Kimchaek", "Chongjin", "Hoeryong"},
		goods:  []string{"medicines=medicines"},
		notLeg: "Kimchaek>Hoeryong",
	},
	{
		name:   "a vessel that turned up a week later at a port arrived there",
		text:   "Anthracite was trucked to Nampo. The vessel that took on the coal at Nampo turned up a week later at Caofeidian.",
		places: []string{"Nampo", "Caofeidian"},
		goods:  []string{"anthracite=Anthracite|coal"},
		legs:   []string{"Nampo>Caofeidian"},
	},
	{
		name:   "goods that turned up at a market are for sale there",
		text:   "The toilets were railed from Sinuiju to Pyongyang. Toilets from the same lot have turned up at the market in Sinuiju.",
		places: []string{"Sinuiju", "Pyongyang"},
		goods:  []string{"toilets=toilets|Toilets"},
		notLeg: "Pyongyang>Sinuiju",
	},
	// "left a mill in", "off the ship at", a compass direction, the journey begun.
	{
		name:   "the flour left a mill in a town and reached another",
		text:   "The flour left a mill in Novosibirsk in sealed wagons and reached Ussuriysk in May.",
		places: []string{"Novosibirsk", "Ussuriysk"},
		goods:  []string{"flour=flour"},
		legs:   []string{"Novosibirsk>Ussuriysk"},
	},
	{
		name:   "traders who left a message in a town start nothing there",
		text:   "The traders left a message in Novosibirsk, and the flour reached Ussuriysk in May.",
		places: []string{"Novosibirsk", "Ussuriysk"},
		goods:  []string{"flour=flour"},
		notLeg: "Novosibirsk>Ussuriysk",
	},
	{
		name:   "tyres that come off the ship at a port landed there",
		text:   "\"My tyres come off the ship at Nampo,\" said a trader who imports them from Yantai.",
		places: []string{"Nampo", "Yantai"},
		goods:  []string{"tyres=tyres"},
		legs:   []string{"Yantai>Nampo"},
	},
	{
		name:   "the train turned south for a town",
		text:   "The flour reached Ussuriysk, from where the train turned south for Khasan.",
		places: []string{"Ussuriysk", "Khasan"},
		goods:  []string{"flour=flour"},
		legs:   []string{"Ussuriysk>Khasan"},
	},
	{
		name:   "the season in the north for a town's traders is no destination",
		text:   "The flour reached Ussuriysk, the best market in the north for Khasan traders.",
		places: []string{"Ussuriysk", "Khasan"},
		goods:  []string{"flour=flour"},
		notLeg: "Ussuriysk>Khasan",
	},
	{
		name:   "began their journey at a factory in a town",
		text:   "The e-bikes began their journey at a factory in Tianjin. They were trucked to Dandong.",
		places: []string{"Tianjin", "Dandong"},
		goods:  []string{"e-bikes=e-bikes"},
		legs:   []string{"Tianjin>Dandong"},
	},
	{
		name:   "talks that began in a town start no journey",
		text:   "Talks on the e-bikes began at a hotel in Tianjin. They were trucked to Dandong.",
		places: []string{"Tianjin", "Dandong"},
		goods:  []string{"e-bikes=e-bikes"},
		notLeg: "Tianjin>Dandong",
	},
	// A stop after "after" with no verb.
	{
		name:   "after clearance at a town they went on",
		text:   "The wagons of coal were checked, and after clearance at Khasan they went on to Ussuriysk.",
		places: []string{"Khasan", "Ussuriysk"},
		goods:  []string{"coal=coal"},
		legs:   []string{"Khasan>Ussuriysk"},
	},
	{
		name:   "once over the frontier at a town is the crossing, not a start",
		text:   "The goats were loaded at Zamyn-Uud. Once over the frontier at Erenhot, they were railed to Dandong.",
		places: []string{"Zamyn-Uud", "Erenhot", "Dandong"},
		goods:  []string{"goats=goats"},
		legs:   []string{"Erenhot>Dandong", "Zamyn-Uud>Erenhot"},
	},
	// ", where" a longer subject puts the goods aboard.
	{
		name:   "where a state trading company put them on a train",
		text:   "The handsets crossed the bridge from Tumen to Namyang, where a state trading company put them on a train to Pyongyang.",
		places: []string{"Tumen", "Namyang", "Pyongyang"},
		goods:  []string{"mobile phones=handsets"},
		legs:   []string{"Namyang>Pyongyang", "Tumen>Namyang"},
	},
	{
		name:   "where a state trading company put the price high moves nothing",
		text:   "The handsets crossed the bridge from Tumen to Namyang, where a state trading company put the price at 30 yuan for buyers from Pyongyang.",
		places: []string{"Tumen", "Namyang", "Pyongyang"},
		goods:  []string{"mobile phones=handsets"},
		notLeg: "Namyang>Pyongyang",
	},
	// "The lot", loading off a town.
	{
		name:   "the lot refers to the goods",
		text:   "The cigarettes reached Shidao on a fishing boat from Nampo. Part of the lot had gone on by truck to Linyi.",
		places: []string{"Shidao", "Nampo", "Linyi"},
		goods:  []string{"cigarettes=cigarettes"},
		legs:   []string{"Nampo>Shidao", "Shidao>Linyi"},
	},
	{
		name:   "a lot of people move nothing",
		text:   "The cigarettes reached Shidao on a fishing boat from Nampo. A lot of people had gone on by bus to Linyi.",
		places: []string{"Shidao", "Nampo", "Linyi"},
		goods:  []string{"cigarettes=cigarettes"},
		notLeg: "Shidao>Linyi",
	},
	{
		name:   "a dredger loading sand off a town starts there",
		text:   "Images show the dredger loading sand off Haeju in June. A week later the same vessel was unloading at Zhoushan.",
		places: []string{"Haeju", "Zhoushan"},
		goods:  []string{"sand=sand"},
		legs:   []string{"Haeju>Zhoushan"},
	},
	{
		name:   "a dredger anchored off a town has loaded nothing there",
		text:   "Images show the dredger with sand anchored off Haeju in June. A week later the same vessel was unloading at Zhoushan.",
		places: []string{"Haeju", "Zhoushan"},
		goods:  []string{"sand=sand"},
		notLeg: "Haeju>Zhoushan",
	},
	// Korean endings.
	{
		name:   "Korean -아서 closes a hop",
		text:   "옌지에서 산 화장품을 싼허까지 화물차로 옮겨서 밤에 강을 건너 회령으로 넘겼다.",
		places: []string{"Yanji=옌지", "Sanhe=싼허", "Hoeryong=회령"},
		goods:  []string{"cosmetics=화장품"},
		legs:   []string{"Sanhe>Hoeryong", "Yanji>Sanhe"},
	},
	{
		name:   "Korean 에서 is no -아서",
		text:   "옌지에서 산 화장품을 싼허와 회령으로 넘겼다.",
		places: []string{"Yanji=옌지", "Sanhe=싼허", "Hoeryong=회령"},
		goods:  []string{"cosmetics=화장품"},
		notLeg: "Sanhe>Hoeryong",
	},
	{
		name:   "Korean -자 after arriving closes a hop",
		text:   "강계에서 모은 오미자가 중강에 도착하자 밀수꾼들이 이를 강 건너 린장으로 넘겼다.",
		places: []string{"Kanggye=강계", "Junggang=중강", "Linjiang=린장"},
		goods:  []string{"schisandra=오미자"},
		legs:   []string{"Junggang>Linjiang", "Kanggye>Junggang"},
	},
	{
		name:   "Korean 기자 (a reporter) is no -자",
		text:   "강계에서 모은 오미자를 기자 앞에서 중강과 린장으로 넘겼다.",
		places: []string{"Kanggye=강계", "Junggang=중강", "Linjiang=린장"},
		goods:  []string{"schisandra=오미자"},
		notLeg: "Junggang>Linjiang",
	},
	{
		name:   "Korean 에서 하역 is where the goods were unloaded, and 넘겼 passes them on",
		text:   "블라디보스토크에서 실은 설탕은 원산항에서 하역되어 함흥으로 운반되었다. 함흥의 도매상들은 설탕을 단천으로 넘겼다.",
		places: []string{"Vladivostok=블라디보스토크", "Wonsan=원산", "Hamhung=함흥", "Tanchon=단천"},
		goods:  []string{"sugar=설탕"},
		legs:   []string{"Hamhung>Tanchon", "Vladivostok>Wonsan", "Wonsan>Hamhung"},
	},
	{
		name:   "Korean 에서 alone is whence",
		text:   "원산항에서 설탕을 실어 함흥으로 운반했다.",
		places: []string{"Wonsan=원산", "Hamhung=함흥"},
		goods:  []string{"sugar=설탕"},
		legs:   []string{"Wonsan>Hamhung"},
	},
	{
		name:   "Korean -다가 and 가져 carry the goods",
		text:   "백암에서 딴 송이버섯을 혜산으로 가져가다가 혜산에서 중국 상인에게 넘겼다.",
		places: []string{"Paegam=백암", "Hyesan=혜산"},
		goods:  []string{"pine mushrooms=송이버섯"},
		legs:   []string{"Paegam>Hyesan"},
	},
	{
		name:   "Korean 가져 under a plan moves nothing",
		text:   "백암에서 딴 송이버섯을 혜산으로 가져갈 계획이다.",
		places: []string{"Paegam=백암", "Hyesan=혜산"},
		goods:  []string{"pine mushrooms=송이버섯"},
		none:   true,
	},
	{
		name:   "Korean 에 내렸 and 에 옮겨 are arrivals",
		text:   "양수기는 지안에서 배로 강을 건너 위원에 내렸고, 기차로 강계에 옮겨진 뒤 희천으로 운반됐다.",
		places: []string{"Ji'an=지안", "Wiwon=위원", "Kanggye=강계", "Huichon=희천"},
		goods:  []string{"water pumps=양수기"},
		legs:   []string{"Ji'an>Wiwon", "Kanggye>Huichon", "Wiwon>Kanggye"},
	},
}
