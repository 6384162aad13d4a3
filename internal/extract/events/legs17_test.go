package events

import "testing"

func rajin(b *builder, s ...string) *builder {
	return at(b, "Rajin", "geonames:2040954", "city", "KP", 42.2500, 130.3000, s...)
}

func yanji(b *builder, s ...string) *builder {
	return at(b, "Yanji", "geonames:2033467", "city", "CN", 42.9075, 129.5078, s...)
}

// TestLegRulesRound17 covers the rules of round 17, each with a case
// where it must not fire: a town the goods reached or left that goes on,
// in a later clause of the same sentence, to the border crossing serving
// it ("trucked to Hunchun, …, and crossed the bridge from Quanhe to
// Wonjong"; "leave Rajin, … from Wonjong to Quanhe"), and a clearance
// after the last destination ("… to Quanhe and are cleared in Hunchun");
// a place offered as another choice (", or sometimes to Lianyungang") is
// no hop from the one before; a carrier that "set off" or "set out" with
// the goods moves them (not "set off an alarm"), and so does a carrier's
// "run" (not "ran up a bill"); goods loaded "at a siding outside" a town
// start there; a place that altered papers make the goods seem to come
// from is no stop; a Korean province before its town ("자강도 강계") takes
// no stop of its own; goods that the traders of a town bought ("옌지의
// 도매상들이 사들인") start there; a plural facility ("제련소들로") takes the
// slot of its postposition, and "-며, 거기서" goes on from the stop before;
// "the river road" crosses nothing; "And before Sanhe, they sat in a shed
// on the edge of Yanji" tells the hop before the stop named; an anaphor
// for a list of goods ("the goods", 물건) carries each good of the list;
// a body that tells the lead's journey again from its first step ("first
// trucked to", 먼저) leaves from where the lead's journey began; goods a
// foreign buyer buys "in" a town (North Korea's sale) start there; "most
// of the sugar had been trucked" tells where goods named before went, no
// pattern; "Before that, according to the agent, the goods spent weeks in
// Dalian" tells where they were kept; a route "directly" from one stop to
// a later one is a new way, kept beside the hops it skips; goods that
// "change hands at" a town after an origin got there; Korean "X에
// 보내졌다" sends the goods to X; "driven across the bridge at Manpo" crosses
// there; a later sentence that takes the goods to the twin of the crossing
// they came by tells the stage before it, not a way back.
// Every sentence is made up for the test.
func TestLegRulesRound17(t *testing.T) {
	rulesOnly(t)
	pumps := func(b *builder) *builder { return b.good("pumps", "machinery", "pumps") }
	checkParaCases(t, []paraCase{
		// must fire
		{name: "a van set off with the goods toward the next town", text: "The fertiliser was shipped from Dalian to Nampo. Two days later a van set off with the fertiliser toward Sariwon.",
			places: []string{"Dalian", "Nampo", "Sariwon"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Dalian>Nampo", "Nampo>Sariwon"}},
		{name: "a van set out for the next town", text: "The sacks of sugar were carried over the river from Changbai to Hyesan. At dawn a van loaded with the sacks set out for Samsu.",
			places: []string{"Changbai", "Hyesan", "Samsu"}, goods: []string{"sugar=sugar"}, legs: []string{"Changbai>Hyesan", "Hyesan>Samsu"}},
		{name: "the same trucks make the run to the next town", text: "The sugar was carried over the river from Changbai to Hyesan. The same trucks then make the run down the mountain road to Samsu.",
			places: []string{"Changbai", "Hyesan", "Samsu"}, goods: []string{"sugar=sugar"}, legs: []string{"Changbai>Hyesan", "Hyesan>Samsu"}},
		{name: "loaded at a siding outside a town", text: "The timber was loaded onto wagons at a siding outside Khabarovsk and hauled south to Ussuriysk.",
			places: []string{"Khabarovsk", "Ussuriysk"}, goods: []string{"timber=timber"}, legs: []string{"Khabarovsk>Ussuriysk"}},
		{name: "papers changed to show a false origin", text: "The coal left Nampo for Zhoushan. There its papers were changed to show that it came from Vladivostok. A second ship then carried it to Haiphong.",
			places: []string{"Nampo", "Zhoushan", "Vladivostok", "Haiphong"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Zhoushan", "Zhoushan>Haiphong"}},
		{name: "ko bought by the wholesalers of a town", text: "옌지의 도매상들이 사들인 설탕은 화물차에 실려 투먼까지 옮겨졌다.",
			places: []string{"Yanji=옌지", "Tumen=투먼"}, goods: []string{"sugar=설탕"}, legs: []string{"Yanji>Tumen"}},
		{name: "ko sent to a town, 에 보내졌다", text: "설탕은 다롄에서 트럭으로 선양에 보내졌다.",
			places: []string{"Dalian=다롄", "Shenyang=선양"}, goods: []string{"sugar=설탕"}, legs: []string{"Dalian>Shenyang"}},
		{name: "ko to the smelters of a province, plural", text: "광석은 남포에서 배로 톈진항에 닿으며, 거기서 다시 화물차에 실려 허베이성의 제련소들로 넘어간다.",
			places: []string{"Nampo=남포", "Tianjin=톈진", "Hebei=허베이성"}, goods: []string{"ore=광석"}, legs: []string{"Nampo>Tianjin", "Tianjin>Hebei"}},
		{name: "the river road is no crossing", text: "Used jackets are cheap in Sanhe this winter. The jackets come up the river road from Hoeryong.",
			places: []string{"Sanhe", "Hoeryong"}, goods: []string{"jackets=jackets"}, notLeg: "Hoeryong>Sanhe"},
		{name: "before the stop named, kept on the edge of a town", text: "The jackets were carried over the river from Sanhe to Hoeryong. And before Sanhe, they sat in a shed on the edge of Yanji.",
			places: []string{"Sanhe", "Hoeryong", "Yanji"}, goods: []string{"jackets=jackets"}, legs: []string{"Sanhe>Hoeryong", "Yanji>Sanhe"}},
		{name: "goods of a list, the goods, one of the list goes on", text: "Sugar and rice were railed from Dalian to Dandong. The goods were then trucked to Sinuiju. The sugar was later driven on to Pyongyang.",
			places: []string{"Dalian", "Dandong", "Sinuiju", "Pyongyang"}, goods: []string{"sugar=Sugar|sugar", "rice=rice"}, legs: []string{"Dalian>Dandong", "Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
		{name: "ko goods of a list, 물건, one of the list goes on", text: "쌀과 설탕은 다롄에서 단둥까지 기차로 운반됐다. 물건은 이후 트럭으로 신의주로 옮겨졌다. 평양의 상인들은 쌀을 다시 평양까지 가져갔다.",
			places: []string{"Dalian=다롄", "Dandong=단둥", "Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"rice=쌀", "sugar=설탕"}, legs: []string{"Dalian>Dandong", "Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
		{name: "the lead's journey told again, first hop", text: "Zinc concentrate from Musan is smuggled through Nampo to Longkou. The concentrate is first trucked to Kimchaek and then railed to Nampo.",
			places: []string{"Musan", "Nampo", "Longkou", "Kimchaek"}, goods: []string{"zinc concentrate=Zinc concentrate|concentrate"}, legs: []string{"Kimchaek>Nampo", "Musan>Kimchaek", "Nampo>Longkou"}},
		{name: "ko the lead's journey told again, 먼저", text: "무산에서 캔 철광석이 남포항을 거쳐 룽커우로 실려 나간다. 광석은 먼저 화물차로 김책역까지 옮겨진 뒤 화차에 실려 남포로 내려간다.",
			places: []string{"Musan=무산", "Nampo=남포", "Longkou=룽커우", "Kimchaek=김책"}, goods: []string{"iron ore=철광석|광석"}, legs: []string{"Kimchaek>Nampo", "Musan>Kimchaek", "Nampo>Longkou"}},
		{name: "a foreign buyer buys in a town and trucks the goods on", text: "A Chinese broker buys the phones in Kunming and trucks them to Dandong.",
			places: []string{"Kunming", "Dandong"}, goods: []string{"phones=phones"}, legs: []string{"Kunming>Dandong"}},
		{name: "most of the goods named before had been moved", text: "Sugar sales to the North doubled in May. Exporters were pleased. Prices also rose. Freight rates fell. An official said most of the sugar had been trucked from Dandong to Sinuiju.",
			places: []string{"Dandong", "Sinuiju"}, goods: []string{"sugar=Sugar|sugar"}, legs: []string{"Dandong>Sinuiju"}},
		{name: "before that, according to a source, the goods spent weeks in a town", text: "The generators reached Nampo in May. Before that, according to the shipping agent, the generators spent three weeks in a warehouse in Dalian.",
			places: []string{"Nampo", "Dalian"}, goods: []string{"generators=generators"}, legs: []string{"Dalian>Nampo"}},
		{name: "a later direct route skips the stop told before", text: "The cigarettes were shipped from Osaka to Busan and then to Dalian. Later the firm began sending the cigarettes directly from Osaka to Dalian.",
			places: []string{"Osaka", "Busan", "Dalian"}, goods: []string{"cigarettes=cigarettes"}, legs: []string{"Busan>Dalian", "Osaka>Busan", "Osaka>Dalian"}},
		{name: "a later direct route from a country", text: "The cigarettes were shipped from Japan to Busan and then to Dalian. Later the firm began sending the cigarettes directly from Japan to Dalian.",
			places: []string{"Japan", "Busan", "Dalian"}, goods: []string{"cigarettes=cigarettes"}, legs: []string{"Busan>Dalian", "Japan>Busan", "Japan>Dalian"}},
		{name: "goods that change hands at a port after an origin", text: "Seamen back from Nakhodka bring radios, which change hands at the port of Rajin and are resold in Chongjin.",
			places: []string{"Nakhodka", "Rajin", "Chongjin"}, goods: []string{"radios=radios"}, legs: []string{"Nakhodka>Rajin", "Rajin>Chongjin"}},
		{name: "driven across the bridge at a crossing, then on", text: "The pumps were driven across the bridge at Manpo, checked by customs officers there and then lifted onto wagons for the rest of the way to Kanggye.",
			places: []string{"Manpo", "Kanggye"}, goods: []string{"pumps=pumps"}, legs: []string{"Manpo>Kanggye"}},
		{name: "the stage before the crossing told after it", text: "The pumps were driven across the bridge at Manpo and then railed on to Kanggye. A dealer's lorries had taken the pumps down to Ji'an, where they waited for papers.",
			places: []string{"Manpo", "Kanggye", "Ji'an"}, goods: []string{"pumps=pumps"}, legs: []string{"Ji'an>Manpo", "Manpo>Kanggye"}},
		{name: "a price for goods delivered where they went before", text: "Trade in clams is brisk this spring. At the docks in Sinuiju the clams are loaded onto motorboats, which run them down the river to Donggang. Chinese buyers wait there with refrigerated trucks and take the whole load on to the processing plants in Dalian. The Chinese side pays 1,100 dollars a ton for clams delivered to Donggang.",
			places: []string{"Sinuiju", "Donggang", "Dalian"}, goods: []string{"clams=clams"}, notLeg: "Dalian>Donggang"},
		// must not fire
		{name: "the goods taken back over the crossing", text: "The pumps were driven across the bridge at Manpo and then railed on to Kanggye. A month later the lorries took the broken pumps back to Ji'an.",
			places: []string{"Manpo", "Kanggye", "Ji'an"}, goods: []string{"pumps=pumps"}, notLeg: "Ji'an>Manpo"},
		{name: "other goods go back over the way the first came", text: "Zinc ingots were shipped from Nampo to Shidao. Noodles were trucked from Longkou to Shidao. The carrier then landed the noodles at Nampo.",
			places: []string{"Nampo", "Shidao", "Longkou"}, goods: []string{"zinc=Zinc ingots", "noodles=Noodles|noodles"}, legs: []string{"Longkou>Shidao", "Nampo>Shidao", "Shidao>Nampo"}},
		{name: "goods that change hands in a town, no origin before", text: "The radios change hands at the port of Rajin, the brokers say, though most are resold in Chongjin.",
			places: []string{"Rajin", "Chongjin"}, goods: []string{"radios=radios"}, notLeg: "Rajin>Chongjin"},
		{name: "the route told again, no direct route", text: "The cigarettes were shipped from Osaka to Busan and then to Dalian. In all, the firm sent the cigarettes from Osaka to Dalian eleven times.",
			places: []string{"Osaka", "Busan", "Dalian"}, goods: []string{"cigarettes=cigarettes"}, notLeg: "Osaka>Dalian"},
		{name: "before that, according to a source, the crew spent weeks in a town", text: "The generators reached Nampo in May. Before that, according to the shipping agent, the crew spent three weeks in a hotel in Dalian.",
			places: []string{"Nampo", "Dalian"}, goods: []string{"generators=generators"}, notLeg: "Dalian>Nampo"},
		{name: "most of the goods go, a pattern", text: "Sugar sales to the North doubled in May. Exporters were pleased. Prices also rose. Freight rates fell. An official said most of the sugar goes by truck from Dandong to Sinuiju.",
			places: []string{"Dandong", "Sinuiju"}, goods: []string{"sugar=Sugar|sugar"}, notLeg: "Dandong>Sinuiju"},
		{name: "a foreign buyer pays on delivery in a town", text: "Clams are shipped by motorboat across the river from Sinuiju. Chinese partners pay 9 yuan a kilogram on delivery in Dandong once the boats have crossed the river.",
			places: []string{"Sinuiju", "Dandong"}, goods: []string{"clams=Clams"}, notLeg: "Dandong>Sinuiju"},
		{name: "a foreign buyer buys goods that reached a town", text: "The phones were trucked to Dandong. A Chinese broker buys them there and resells them in Kunming.",
			places: []string{"Kunming", "Dandong"}, goods: []string{"phones=phones"}, notLeg: "Kunming>Dandong"},
		{name: "the lead's journey, a later hop with no cue of a start", text: "Zinc concentrate from Musan is smuggled through Nampo to Longkou. Some concentrate is trucked to Kimchaek for a smelter there.",
			places: []string{"Musan", "Nampo", "Longkou", "Kimchaek"}, goods: []string{"zinc concentrate=Zinc concentrate|concentrate"}, notLeg: "Musan>Kimchaek"},
		{name: "goods of a list, the goods, other goods go on", text: "Sugar and rice were railed from Dalian to Dandong. The goods were then trucked to Sinuiju. Some flour was later driven on to Pyongyang.",
			places: []string{"Dalian", "Dandong", "Sinuiju", "Pyongyang"}, goods: []string{"sugar=Sugar", "rice=rice", "flour=flour"}, notLeg: "Sinuiju>Pyongyang"},
		{name: "over the river is a crossing", text: "Used jackets are cheap in Sanhe this winter. The jackets come over the river from Hoeryong.",
			places: []string{"Sanhe", "Hoeryong"}, goods: []string{"jackets=jackets"}, legs: []string{"Hoeryong>Sanhe"}},
		{name: "before the stop named, people on the edge of a town", text: "The jackets were carried over the river from Sanhe to Hoeryong. And before Sanhe, the porters lived on the edge of Yanji.",
			places: []string{"Sanhe", "Hoeryong", "Yanji"}, goods: []string{"jackets=jackets"}, notLeg: "Yanji>Sanhe"},
		{name: "ko bulls are no facility", text: "광석은 남포에서 배로 톈진항에 닿으며, 거기서 다시 허베이성의 황소들로 실어 나른다.",
			places: []string{"Nampo=남포", "Tianjin=톈진", "Hebei=허베이성"}, goods: []string{"ore=광석"}, notLeg: "Tianjin>Hebei"},
		{name: "ko money sent to a town", text: "단둥의 상인은 설탕 값을 신의주에 보냈다고 말했다.",
			places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"sugar=설탕"}, notLeg: "Dandong>Sinuiju"},
		{name: "ko wholesalers of a town who buy nothing", text: "옌지의 도매상들은 설탕을 화물차에 실어 투먼까지 옮겼다.",
			places: []string{"Yanji=옌지", "Tumen=투먼"}, goods: []string{"sugar=설탕"}, notLeg: "Yanji>Tumen"},
		{name: "records show a real origin", text: "Customs records show that the coal came from Vladivostok to Zhoushan.",
			places: []string{"Vladivostok", "Zhoushan"}, goods: []string{"coal=coal"}, legs: []string{"Vladivostok>Zhoushan"}},
		{name: "a camp outside a town, no loading", text: "The loggers sleep at a camp outside Khabarovsk, and the timber goes by rail to Ussuriysk.",
			places: []string{"Khabarovsk", "Ussuriysk"}, goods: []string{"timber=timber"}, notLeg: "Khabarovsk>Ussuriysk"},
		{name: "trucks ran up a bill", text: "The sugar was carried over the river from Changbai to Hyesan. The same trucks then ran up a bill at a garage on the road to Samsu.",
			places: []string{"Changbai", "Hyesan", "Samsu"}, goods: []string{"sugar=sugar"}, notLeg: "Hyesan>Samsu"},
		{name: "trucks set off an alarm", text: "The fertiliser was shipped from Dalian to Nampo. At the port the trucks set off an alarm heard as far as Sariwon.",
			places: []string{"Dalian", "Nampo", "Sariwon"}, goods: []string{"fertiliser=fertiliser"}, notLeg: "Nampo>Sariwon"},
	})
	checkLegCases(t, false, []legCase{
		// must fire
		{
			name: "trucked to the town, then over the bridge from its crossing",
			text: "The pumps were trucked to Hunchun, where an agent stamped the papers, and at dawn they crossed the bridge from Quanhe to Wonjong.",
			build: func(b *builder) {
				pumps(wonjong(quanhe(hunchun(b, "Hunchun"), "Quanhe"), "Wonjong"))
			},
			legs: []string{"Hunchun>Quanhe", "Quanhe>Wonjong"},
		},
		{
			name: "left the town, crossed at its crossing, cleared beyond",
			text: "The pumps leave Rajin by lorry, pass over the bridge from Wonjong to Quanhe and are cleared in Hunchun.",
			build: func(b *builder) {
				pumps(hunchun(quanhe(wonjong(rajin(b, "Rajin"), "Wonjong"), "Quanhe"), "Hunchun"))
			},
			legs: []string{"Quanhe>Hunchun", "Rajin>Wonjong", "Wonjong>Quanhe"},
		},
		{
			name: "cleared after the last destination, no crossing",
			text: "The pumps went by truck from Rajin to Quanhe and were cleared in Hunchun.",
			build: func(b *builder) {
				pumps(hunchun(quanhe(rajin(b, "Rajin"), "Quanhe"), "Hunchun"))
			},
			legs: []string{"Quanhe>Hunchun", "Rajin>Quanhe"},
		},
		{
			name: "a port offered as another choice is no hop",
			text: "Each barge loads the gravel at Haeju and sails to Yantai, or sometimes to Lianyungang.",
			build: func(b *builder) {
				b.place("Haeju", "test:Haeju", "city", "KP", "", "Haeju").place("Yantai", "test:Yantai", "city", "CN", "", "Yantai").place("Lianyungang", "test:Lianyungang", "city", "CN", "", "Lianyungang").good("gravel", "stone", "gravel")
			},
			notLeg: "Yantai>Lianyungang",
		},
		{
			name: "ko a sale in a market of a town after its province leaves the goods nowhere",
			text: "자강도 강계 장마당에서 중국산 자전거가 잘 팔리고 있다. 자전거는 화물차에 실려 지안까지 내려온다.",
			build: func(b *builder) {
				b.place("Chagang", "test:Chagang", "admin1", "KP", "", "자강도").place("Kanggye", "test:Kanggye", "city", "KP", "Chagang", "강계").
					place("Ji'an", "test:Jian", "city", "CN", "", "지안").good("bicycles", "vehicles", "자전거")
			},
			notLeg: "Kanggye>Ji'an",
		},
		// must not fire
		{
			name: "ko a province alone is still a stop",
			text: "설탕은 화물차에 실려 단둥에서 평안북도로 보내졌다.",
			build: func(b *builder) {
				b.place("North Pyongan", "test:NorthPyongan", "admin1", "KP", "", "평안북도").place("Dandong", "test:Dandong", "city", "CN", "", "단둥").good("sugar", "food", "설탕")
			},
			legs: []string{"Dandong>North Pyongan"},
		},
		{
			name: "a port reached afterwards is a hop",
			text: "Each barge loads the gravel at Haeju and sails to Yantai, and sometimes on to Lianyungang.",
			build: func(b *builder) {
				b.place("Haeju", "test:Haeju", "city", "KP", "", "Haeju").place("Yantai", "test:Yantai", "city", "CN", "", "Yantai").place("Lianyungang", "test:Lianyungang", "city", "CN", "", "Lianyungang").good("gravel", "stone", "gravel")
			},
			legs: []string{"Haeju>Yantai", "Yantai>Lianyungang"},
		},
		{
			name: "other goods cross from the crossing",
			text: "The pumps were trucked to Hunchun, and coal came over the bridge from Quanhe to Wonjong.",
			build: func(b *builder) {
				pumps(wonjong(quanhe(hunchun(b, "Hunchun"), "Quanhe"), "Wonjong")).good("coal", "coal", "coal")
			},
			notLeg: "Hunchun>Quanhe",
		},
		{
			name: "a town far from the crossing",
			text: "The pumps were trucked to Yanji, and at dawn they crossed the bridge from Quanhe to Wonjong.",
			build: func(b *builder) {
				pumps(wonjong(quanhe(yanji(b, "Yanji"), "Quanhe"), "Wonjong"))
			},
			notLeg: "Yanji>Quanhe",
		},
		{
			name: "an origin that is no departure",
			text: "The pumps came from Rajin, and the lorries crossed the bridge from Wonjong to Quanhe.",
			build: func(b *builder) {
				pumps(quanhe(wonjong(rajin(b, "Rajin"), "Wonjong"), "Quanhe"))
			},
			notLeg: "Rajin>Wonjong",
		},
		{
			name: "debts cleared in a town after the last stop",
			text: "The pumps went over the bridge from Quanhe to Wonjong, and the debts were cleared in Hunchun.",
			build: func(b *builder) {
				pumps(hunchun(wonjong(quanhe(b, "Quanhe"), "Wonjong"), "Hunchun"))
			},
			notLeg: "Wonjong>Hunchun",
		},
	})
}
