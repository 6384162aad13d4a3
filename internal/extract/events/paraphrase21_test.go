package events

import "testing"

// TestLegParaphrases21 is a fresh batch of route passages written before
// any rule of round 21: whole short reports whose route is spread over
// four to six sentences with quotes and background between the hops,
// goods that change their name on the way ("the ore" → "the concentrate"
// → "the cargo"), two shipments of different goods in one report whose
// routes must not cross, places named by a descriptor ("the border city
// of X", "the Chinese town on the far bank"), rail and air routes, and
// long Korean reports with varied connectives. About a third are controls
// that move nothing.
func TestLegParaphrases21(t *testing.T) {
	checkParaCases(t, append(paraCases21, paraCases21Fixes...))
}

func TestLegParaphrases21Open(t *testing.T) {
	checkOpenParaCases(t, paraCases21Open)
}

func init() {
	for k, v := range map[string][2]string{
		"Moscow": {"city", "RU"}, "Ulaanbaatar": {"city", "MN"}, "Lianyungang": {"city", "CN"},
		"Rason": {"city", "KP"}, "Sierra Leone": {"country", "SL"},
	} {
		paraPlaces[k] = v
	}
}

var paraCases21 = []paraCase{
	// ---- whole short reports, English ----
	{name: "p21 report: lorries to the border, quote, then over the bridge", text: "Chinese customs recorded a rise in fertiliser exports to the North in April. Much of it went by lorry from Tonghua to Ji'an, a trader said. \"The roads were bad, but the demand was there,\" he added. Officials in Pyongyang have called for a bigger harvest this year. From Ji'an the fertiliser crossed the bridge to Manpo.",
		places: []string{"Tonghua", "Ji'an", "Manpo", "Pyongyang"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Ji'an>Manpo", "Tonghua>Ji'an"}},
	{name: "p21 report: pollock trucked, then put on a train", text: "A cargo of frozen pollock reached Vladivostok on Thursday. The fish had been landed at Rajin by North Korean boats. \"Nobody asked where it came from,\" a port worker said. Russia has bought more seafood from the North since 2022. The pollock was trucked from Rajin to Khasan, where it was put on a train to Vladivostok.",
		places: []string{"Vladivostok", "Rajin", "Khasan"}, goods: []string{"pollock=pollock", "seafood=seafood"}, legs: []string{"Khasan>Vladivostok", "Rajin>Khasan"}},
	{name: "p21 report: porters, a quote, drivers on the far bank", text: "Smuggling across the upper Yalu has picked up again, residents say. Porters take the copper wire from Hyesan across the shallow river at night. \"We get paid by the kilo,\" one said. On the far bank, in Changbai, it is collected by drivers. Those drivers bring it to Baishan, where it is melted down.",
		places: []string{"Hyesan", "Changbai", "Baishan"}, goods: []string{"copper=copper wire"}, legs: []string{"Changbai>Baishan", "Hyesan>Changbai"}},
	{name: "p21 report: a freighter goes dark, docks eleven days later", text: "A freighter left Nampo on 2 March with anthracite, according to tracking data. It turned off its transponder in the Yellow Sea. The ship's operator did not respond to requests for comment. Eleven days later it docked at Lianyungang, port records show, and the coal was unloaded.",
		places: []string{"Nampo", "Lianyungang"}, goods: []string{"anthracite=anthracite", "coal=coal"}, legs: []string{"Nampo>Lianyungang"}},
	{name: "p21 report: sugar through Quanhe, a broker, then trucks", text: "Trade through Rason has grown since the spring. Sugar bought in Hunchun is driven to Quanhe and across the bridge to Wonjong, say people in the trade. \"The guards are paid,\" a broker explained. Once in Wonjong the sugar is loaded onto trucks for Rajin. Prices there have fallen as a result.",
		places: []string{"Rason", "Hunchun", "Quanhe", "Wonjong", "Rajin"}, goods: []string{"sugar=sugar"}, legs: []string{"Hunchun>Quanhe", "Quanhe>Wonjong", "Wonjong>Rajin"}},
	{name: "p21 report: a ring broken up, phones by courier then boat", text: "Police in Dandong have broken up a ring that smuggled mobile phones into the North. The phones were bought in Shenzhen, officers said, and sent north by courier to Dandong. The ring's leader, a 45-year-old from Shenyang, was arrested last week. From a warehouse near the river, the handsets were taken by boat to Sinuiju.",
		places: []string{"Dandong", "Shenzhen", "Shenyang", "Sinuiju"}, goods: []string{"mobile phones=mobile phones|phones|handsets"}, legs: []string{"Dandong>Sinuiju", "Shenzhen>Dandong"}},
	{name: "p21 report: tank cars cross, then go on", text: "Russia resumed rail deliveries of diesel this month. A train of tank cars carrying the fuel left Khasan on Monday and crossed the Friendship Bridge into Tumangang, a railway official said. He declined to give the volume. North Korea has long struggled with fuel shortages. The tank cars went on to Rajin the next day.",
		places: []string{"Khasan", "Tumangang", "Rajin"}, goods: []string{"diesel=diesel|fuel"}, legs: []string{"Khasan>Tumangang", "Tumangang>Rajin"}},

	// ---- goods that change name on the way ----
	{name: "p21 coal, then the fuel, then the load", text: "A barge took the coal from Nampo to Longkou. There the fuel was weighed and put on lorries, and the load reached a power plant in Linyi two days later.",
		places: []string{"Nampo", "Longkou", "Linyi"}, goods: []string{"coal=coal"}, legs: []string{"Longkou>Linyi", "Nampo>Longkou"}},
	{name: "p21 seafood repacked as crab and flown on", text: "Crates of seafood left Rajin by ship for Vladivostok. After thawing and repacking in Vladivostok, the product was flown to Moscow as Russian crab.",
		places: []string{"Rajin", "Vladivostok", "Moscow"}, goods: []string{"seafood=seafood", "crab=crab"}, legs: []string{"Rajin>Vladivostok", "Vladivostok>Moscow"}},

	{name: "p21 ore, then concentrate, then the cargo", text: "The ore was mined near Musan and trucked to Nanping. At a plant there it was turned into concentrate. The concentrate then went by rail to Dalian, and the cargo was shipped from there to Tianjin.",
		places: []string{"Musan", "Nanping", "Dalian", "Tianjin"}, goods: []string{"iron ore=ore", "concentrate=concentrate"}, legs: []string{"Dalian>Tianjin", "Musan>Nanping", "Nanping>Dalian"}},

	// ---- two shipments in one report ----
	{name: "p21 two shipments, two sentences", text: "Lorries took rice from Tumen to Namyang. On the same day a train carried coal from Musan to Helong.",
		places: []string{"Tumen", "Namyang", "Musan", "Helong"}, goods: []string{"rice=rice", "coal=coal"}, legs: []string{"Musan>Helong", "Tumen>Namyang"}},
	{name: "p21 two cargoes through one bridge, opposite ways", text: "Two cargoes moved through Dandong last week. Cigarettes from Shenyang were trucked to Dandong and carried over the bridge to Sinuiju. Seafood from Sinuiju went the other way, crossing to Dandong before being sent to Dalian.",
		places: []string{"Dandong", "Shenyang", "Sinuiju", "Dalian"}, goods: []string{"cigarettes=Cigarettes", "seafood=Seafood"}, legs: []string{"Dandong>Dalian", "Dandong>Sinuiju", "Shenyang>Dandong", "Sinuiju>Dandong"}},
	{name: "p21 an export and an import after a semicolon", text: "North Korea exported zinc and imported flour last quarter. The zinc went by sea from Nampo to Tianjin; the flour came by rail from Dandong to Sinuiju.",
		places: []string{"Nampo", "Tianjin", "Dandong", "Sinuiju"}, goods: []string{"zinc=zinc", "flour=flour"}, legs: []string{"Dandong>Sinuiju", "Nampo>Tianjin"}},

	// ---- places named with a descriptor ----
	{name: "p21 the Chinese border city, then into", text: "The fertiliser reached Dandong, the Chinese border city, on Monday and crossed into Sinuiju the next day.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "p21 for the border city of", text: "Lorries carrying cement left Tonghua for the border city of Ji'an, where the sacks were loaded onto wagons bound for Manpo.",
		places: []string{"Tonghua", "Ji'an", "Manpo"}, goods: []string{"cement=cement"}, legs: []string{"Ji'an>Manpo", "Tonghua>Ji'an"}},
	{name: "p21 the Chinese town on the far bank", text: "The copper was carried across the river from Musan to Nanping, the Chinese town on the far bank, and then trucked to Helong.",
		places: []string{"Musan", "Nanping", "Helong"}, goods: []string{"copper=copper"}, legs: []string{"Musan>Nanping", "Nanping>Helong"}},
	{name: "p21 from one side of the river to the other", text: "The boats leave from the Sinuiju side of the river with seafood and unload it on the Dandong side.",
		places: []string{"Sinuiju", "Dandong"}, goods: []string{"seafood=seafood"}, legs: []string{"Sinuiju>Dandong"}},
	{name: "p21 the Russian border station", text: "The wagons of timber reached the Russian border station of Khasan from Ussuriysk and then crossed to Tumangang.",
		places: []string{"Khasan", "Ussuriysk", "Tumangang"}, goods: []string{"timber=timber"}, legs: []string{"Khasan>Tumangang", "Ussuriysk>Khasan"}},

	// ---- rail and air ----
	{name: "p21 a cargo plane flew supplies", text: "An Air Koryo Il-76 flew 20 tonnes of medical supplies from Vladivostok to Pyongyang on Sunday.",
		places: []string{"Vladivostok", "Pyongyang"}, goods: []string{"medical supplies=medical supplies"}, legs: []string{"Vladivostok>Pyongyang"}},
	{name: "p21 airlifted to an airport", text: "The generators were airlifted from Beijing to Pyongyang's Sunan airport.",
		places: []string{"Beijing", "Pyongyang"}, goods: []string{"generators=generators"}, legs: []string{"Beijing>Pyongyang"}},
	{name: "p21 wagons rolled out, through and on", text: "Freight wagons carrying potash rolled out of Erenhot, through Zamyn-Uud and on to Ulaanbaatar.",
		places: []string{"Erenhot", "Zamyn-Uud", "Ulaanbaatar"}, goods: []string{"potash=potash"}, legs: []string{"Erenhot>Zamyn-Uud", "Zamyn-Uud>Ulaanbaatar"}},
	{name: "p21 by rail, then railed on", text: "The shipment of soybeans travelled by rail from Novosibirsk to Khabarovsk and was then railed to Khasan.",
		places: []string{"Novosibirsk", "Khabarovsk", "Khasan"}, goods: []string{"soybeans=soybeans"}, legs: []string{"Khabarovsk>Khasan", "Novosibirsk>Khabarovsk"}},
	{name: "p21 a cargo flight, then driven from the airport", text: "A cargo flight took the electronics from Shenyang to Pyongyang; from the airport they were driven to Nampo.",
		places: []string{"Shenyang", "Pyongyang", "Nampo"}, goods: []string{"electronics=electronics"}, legs: []string{"Pyongyang>Nampo", "Shenyang>Pyongyang"}},
	{name: "p21 a rail link carries containers", text: "Containers of wigs travel on the freight rail link from Zhengzhou to Rotterdam every week.",
		places: []string{"Zhengzhou", "Rotterdam"}, goods: []string{"wigs=wigs"}, legs: []string{"Zhengzhou>Rotterdam"}},

	// ---- Korean long reports ----
	{name: "ko21 customs data, a train, a quote, then on", text: "중국 해관 자료에 따르면 지난달 대북 비료 수출이 크게 늘었다. 비료는 투먼에서 기차에 실려 남양으로 넘어갔다. 한 무역업자는 \"올해는 수요가 많다\"고 말했다. 남양에 도착한 비료는 다시 청진으로 옮겨졌다.",
		places: []string{"Tumen=투먼", "Namyang=남양", "Chongjin=청진"}, goods: []string{"fertiliser=비료"}, legs: []string{"Namyang>Chongjin", "Tumen>Namyang"}},
	{name: "ko21 a freight train left, a quote, went on", text: "러시아산 밀가루가 열차로 북한에 들어오고 있다. 밀가루를 실은 화물열차는 하산역을 출발해 두만강역에 도착했다. 현지 소식통은 \"가격이 내려갔다\"고 전했다. 열차는 이튿날 나진까지 갔다.",
		places: []string{"Khasan=하산", "Tumangang=두만강", "Rajin=나진"}, goods: []string{"flour=밀가루"}, legs: []string{"Khasan>Tumangang", "Tumangang>Rajin"}},
	{name: "ko21 a cargo plane landed", text: "고려항공 화물기가 블라디보스토크에서 의약품을 싣고 평양 순안공항에 착륙했다. 의약품은 곧바로 병원들로 보내졌다.",
		places: []string{"Vladivostok=블라디보스토크", "Pyongyang=평양"}, goods: []string{"medicine=의약품"}, legs: []string{"Vladivostok>Pyongyang"}},
	{name: "ko21 the border city, across the bridge, then on", text: "국경도시 단둥에 모인 중고 트럭들은 압록강 철교를 건너 신의주로 들어갔다. 이후 트럭들은 평양으로 옮겨졌다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"trucks=중고 트럭"}, legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
	{name: "ko21 squid loaded, through, out", text: "나선경제무역지대를 통한 수산물 수출이 늘고 있다. 오징어는 청진항에서 냉동차에 실린 뒤 나진을 거쳐 훈춘으로 나간다. 훈춘의 가공공장에서 포장된 제품은 중국산으로 팔린다.",
		places: []string{"Chongjin=청진", "Rajin=나진", "Hunchun=훈춘"}, goods: []string{"squid=오징어", "seafood=수산물"}, legs: []string{"Chongjin>Rajin", "Rajin>Hunchun"}},

	// ---- controls, Korean ----
	{name: "ko21 control: a trader's quote on prices", text: "단둥의 한 무역업자는 \"신의주 시장에서 밀가루 값이 두 배로 뛰었다\"고 말했다. 그는 평양 출신으로 10년째 단둥에서 일하고 있다. 밀가루는 현재 1kg에 8천 원에 거래된다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"flour=밀가루"}, none: true},
	{name: "ko21 control: a bridge agreed", text: "북한과 러시아는 하산과 두만강을 잇는 도로 다리를 건설하기로 합의했다. 다리가 완공되면 석탄과 목재가 오갈 수 있다. 공사는 내년에 끝날 예정이다.",
		places: []string{"Khasan=하산", "Tumangang=두만강"}, goods: []string{"coal=석탄", "timber=목재"}, none: true},
	{name: "ko21 control: a denial and a photo", text: "선박 회사 측은 \"우리 배는 남포에 간 적이 없다\"며 석탄 운반 의혹을 부인했다. 유엔 전문가패널은 이 배가 룽커우에 정박한 사진을 공개했다.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko21 control: a delegation by train and plane", text: "대표단은 열차를 타고 평양에서 단둥으로 갔다. 그들은 단둥에서 철강 수입 문제를 논의했다. 대표단은 비행기로 베이징까지 이동했다.",
		places: []string{"Pyongyang=평양", "Dandong=단둥", "Beijing=베이징"}, goods: []string{"steel=철강"}, none: true},
	{name: "ko21 control: a plan, goods sold in a market", text: "회사는 다음 달부터 나진에서 블라디보스토크까지 화물선으로 수산물을 실어 나를 계획이라고 밝혔다. 현재 수산물은 청진 시장에서 팔리고 있다.",
		places: []string{"Rajin=나진", "Vladivostok=블라디보스토크", "Chongjin=청진"}, goods: []string{"seafood=수산물"}, none: true},

	// ---- controls, English ----
	{name: "p21 control: a price report in three towns", text: "Rice prices in Hyesan fell for a third week, traders said. A kilogram now costs 5,800 won, against 6,400 won in Chongjin. \"People have no money,\" one woman said. Prices in Changbai, across the river, were unchanged.",
		places: []string{"Hyesan", "Chongjin", "Changbai"}, goods: []string{"rice=Rice"}, none: true},
	{name: "p21 control: workers sent home", text: "North Korean workers from Sinuiju have been sent home from seafood plants in Donggang. The workers took a bus to Dandong and walked across the bridge. Their employer said processing of squid had stopped.",
		places: []string{"Sinuiju", "Donggang", "Dandong"}, goods: []string{"seafood=seafood", "squid=squid"}, none: true},
	{name: "p21 control: a contract, deliveries if financed", text: "A state trading company based in Pyongyang signed a contract with a firm in Dalian to buy 5,000 tonnes of maize. Deliveries will begin in October, if financing is found.",
		places: []string{"Pyongyang", "Dalian"}, goods: []string{"maize=maize"}, none: true},
	{name: "p21 control: a ship sailed with no cargo", text: "The vessel, owned by a company in Hong Kong and flagged in Sierra Leone, had sailed from Nakhodka to Busan with no cargo before it disappeared.",
		places: []string{"Hong Kong", "Sierra Leone", "Nakhodka", "Busan"}, goods: []string{}, none: true},
	{name: "p21 control: two goods, the second only mined", text: "The flour went from Dandong to Sinuiju. Separately, the coal was mined at Anju.",
		places: []string{"Dandong", "Sinuiju", "Anju"}, goods: []string{"flour=flour", "coal=coal"}, notLeg: "Sinuiju>Anju"},
	{name: "p21 control: officials denied a rail delivery", text: "Officials in Khasan denied that any fuel had been sent by rail to Rajin this year.",
		places: []string{"Khasan", "Rajin"}, goods: []string{"fuel=fuel"}, none: true},
	{name: "p21 control: the border city's trade collapsed", text: "Dandong, the border city, has seen its seafood trade with Sinuiju collapse since the sanctions.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"seafood=seafood"}, none: true},
	{name: "p21 control: a passenger flight with traders", text: "Air Koryo's weekly flight from Pyongyang to Vladivostok carried 80 passengers, among them traders in seafood.",
		places: []string{"Pyongyang", "Vladivostok"}, goods: []string{"seafood=seafood"}, none: true},
	{name: "p21 control: a railway reopened for passengers", text: "The railway between Tumen and Namyang reopened for passengers on Friday; freight such as coal is expected to follow.",
		places: []string{"Tumen", "Namyang"}, goods: []string{"coal=coal"}, none: true},
	{name: "p21 control: ore from a town, concentrate sold in another", text: "The ore from Musan is high grade. The concentrate sold in Yanji is mostly Chinese.",
		places: []string{"Musan", "Yanji"}, goods: []string{"iron ore=ore", "concentrate=concentrate"}, none: true},
	{name: "p21 control: made in one town, not smuggled from another", text: "The cigarettes seized in Sinuiju were not smuggled from Dandong, investigators concluded.",
		places: []string{"Sinuiju", "Dandong"}, goods: []string{"cigarettes=cigarettes"}, notLeg: "Dandong>Sinuiju"},
	{name: "p21 control: a researcher's share of the trade", text: "Before the pandemic, trucks handled about 70 percent of the trade between Dandong and Sinuiju, a researcher estimated; most of it was textiles.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"textiles=textiles"}, none: true},
	{name: "p21 control: a quoted wish, sold locally", text: "\"If we could send the timber from Khabarovsk to Rajin by rail, it would be cheaper,\" the manager said. For now, he sells it in Khabarovsk.",
		places: []string{"Khabarovsk", "Rajin"}, goods: []string{"timber=timber"}, none: true},
	{name: "p21 control: arrested before they could collect", text: "The smugglers were arrested in Hyesan before they could collect the phones from their contact in Changbai.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"phones=phones"}, none: true},
}

// paraCases21Fixes check the rules of round 21 in other words, with
// controls.
var paraCases21Fixes = []paraCase{
	// Round 17 of the leg rules: "퉁화에 보내진다", sent to Tonghua.
	{name: "ko21 ore becomes concentrate", text: "무산 광산에서 캔 철광석은 트럭으로 난핑까지 운반된다. 이 광석은 그곳에서 정광으로 가공된다. 정광은 다시 기차로 퉁화에 보내진다고 소식통은 말했다.",
		places: []string{"Musan=무산", "Nanping=난핑", "Tonghua=퉁화"}, goods: []string{"iron ore=철광석|광석", "concentrate=정광"}, legs: []string{"Musan>Nanping", "Nanping>Tonghua"}},
	// A carrier people ride (열차를 타고) carries no goods.
	{name: "f21 ko traders rode a truck", text: "상인들은 트럭을 타고 단둥에서 신의주로 갔다. 그들은 신의주에서 밀가루 값을 물었다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"flour=밀가루"}, none: true},
	{name: "f21 ko tourists took a ship", text: "관광객들은 배를 타고 남포에서 룽커우로 갔다. 그들은 룽커우에서 석탄 부두를 구경했다.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, none: true},
	{name: "f21 ko coal loaded on a ship went", text: "석탄은 배에 실려 남포에서 룽커우로 갔다.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, legs: []string{"Nampo>Longkou"}},
	// A carrier with no cargo, and one that carried people.
	{name: "f21 a barge without any freight", text: "The barge went from Haeju to Shidao without any freight.",
		places: []string{"Haeju", "Shidao"}, none: true},
	{name: "f21 trucks with no load", text: "The trucks left Hunchun for Rajin with no load.",
		places: []string{"Hunchun", "Rajin"}, none: true},
	{name: "f21 a barge with a cargo of sand", text: "The barge went from Haeju to Shidao with a cargo of sand.",
		places: []string{"Haeju", "Shidao"}, goods: []string{"sand=sand"}, legs: []string{"Haeju>Shidao"}},
	{name: "f21 a ferry carried passengers", text: "The ferry carried 200 passengers from Rajin to Vladivostok, some of them buyers of squid.",
		places: []string{"Rajin", "Vladivostok"}, goods: []string{"squid=squid"}, none: true},
	{name: "f21 a ferry carried tonnes of squid", text: "The ferry carried 200 tonnes of squid from Rajin to Vladivostok.",
		places: []string{"Rajin", "Vladivostok"}, goods: []string{"squid=squid"}, legs: []string{"Rajin>Vladivostok"}},
	// A trade verb in an "if" clause is a condition.
	{name: "f21 if the company exports", text: "If the company exports the zinc from Nampo to Tianjin, prices may fall.",
		places: []string{"Nampo", "Tianjin"}, goods: []string{"zinc=zinc"}, none: true},
	{name: "f21 as if nothing had changed", text: "The zinc was exported from Nampo to Tianjin as if nothing had changed.",
		places: []string{"Nampo", "Tianjin"}, goods: []string{"zinc=zinc"}, legs: []string{"Nampo>Tianjin"}},
	{name: "f21 even if prices fell", text: "Even if prices fell, the zinc was shipped from Nampo to Tianjin.",
		places: []string{"Nampo", "Tianjin"}, goods: []string{"zinc=zinc"}, legs: []string{"Nampo>Tianjin"}},
	// An origin whose verb is negated is denied.
	{name: "f21 sold in a town, did not come from another", text: "The batteries sold in Hyesan did not come from Changbai, police said.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"batteries=batteries"}, notLeg: "Changbai>Hyesan"},
	{name: "f21 seized, had been smuggled from", text: "The batteries seized in Hyesan had been smuggled from Changbai.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"batteries=batteries"}, legs: []string{"Changbai>Hyesan"}},
	// ", where the sacks were loaded …": the goods named again go on from the stop.
	{name: "f21 where the crates were put aboard", text: "The tiles left Qingdao for Dalian, where the crates were put aboard a coaster for Nampo.",
		places: []string{"Qingdao", "Dalian", "Nampo"}, goods: []string{"tiles=tiles"}, legs: []string{"Dalian>Nampo", "Qingdao>Dalian"}},
	{name: "f21 where the tiles were loaded onto wagons", text: "Lorries with tiles left Qingdao for Dalian, where the tiles were loaded onto wagons bound for Dandong.",
		places: []string{"Qingdao", "Dalian", "Dandong"}, goods: []string{"tiles=tiles"}, legs: []string{"Dalian>Dandong", "Qingdao>Dalian"}},
	{name: "f21 where the drivers were paid", text: "Lorries with tiles left Qingdao for Dalian, where the drivers were paid by a firm from Nampo.",
		places: []string{"Qingdao", "Dalian", "Nampo"}, goods: []string{"tiles=tiles"}, legs: []string{"Qingdao>Dalian"}},
	// Korean: landing, an airport, loaded aboard and then on.
	{name: "f21 ko a cargo plane landed", text: "화물기는 선양에서 부품을 싣고 평양에 착륙했다.",
		places: []string{"Shenyang=선양", "Pyongyang=평양"}, goods: []string{"parts=부품"}, legs: []string{"Shenyang>Pyongyang"}},
	{name: "f21 ko a plane due to land", text: "부품을 실은 화물기는 다음 주 선양에서 평양에 착륙할 예정이다.",
		places: []string{"Shenyang=선양", "Pyongyang=평양"}, goods: []string{"parts=부품"}, none: true},
	{name: "f21 ko carried to an airport", text: "의약품은 블라디보스토크에서 평양 순안공항으로 운반되었다.",
		places: []string{"Vladivostok=블라디보스토크", "Pyongyang=평양"}, goods: []string{"medicine=의약품"}, legs: []string{"Vladivostok>Pyongyang"}},
	{name: "f21 ko loaded onto trucks, then went", text: "오징어는 청진에서 트럭에 실린 뒤 훈춘으로 갔다.",
		places: []string{"Chongjin=청진", "Hunchun=훈춘"}, goods: []string{"squid=오징어"}, legs: []string{"Chongjin>Hunchun"}},
	{name: "f21 ko a ship laden with coal stays", text: "석탄이 실린 배는 남포항에 머물러 있다.",
		places: []string{"Nampo=남포"}, goods: []string{"coal=석탄"}, none: true},
	{name: "f21 ko loaded aboard, this cargo reached", text: "설탕은 칭다오항에서 배에 실렸다. 이 화물은 나흘 뒤 남포항에 닿았다.",
		places: []string{"Qingdao=칭다오", "Nampo=남포"}, goods: []string{"sugar=설탕"}, legs: []string{"Qingdao>Nampo"}},
	{name: "f21 ko loaded aboard, people arrived", text: "설탕은 칭다오항에서 배에 실렸다. 상인들은 남포항에 도착했다.",
		places: []string{"Qingdao=칭다오", "Nampo=남포"}, goods: []string{"sugar=설탕"}, none: true},
}

// paraCases21Open failed on the first run and still fail: a hop told only
// in a quote ("Our agent in Dalian puts them on the train to Dandong"),
// goods renamed on the way with no word that ties the names (grain then
// wheat, 쌀 then 식량 in a
// sentence that names the next stop too; the real lexicon ties grain and
// wheat by HS code, the test goods carry none), "floated down the Yalu"
// and "Sawn into boards in Changbai, the timber went", "came from
// Vostochny to Rajin by tanker, while …", "took on coal there for
// Longkou" after an unloading, "The port city of Chongjin received …
// shipped from Vladivostok", Korean "다롄에서 온 배는 남포항에 설탕을
// 내렸다", a relay by "장백의 중국 상인들은 이를 사서 바이산으로 보낸다",
// "이 옥수수를 평양으로 옮겼다" after a train that arrived, and a control:
// "The bridge from Hunchun to Wonjong … used mostly by tourists and fish
// buyers" makes a general leg.
var paraCases21Open = []paraCase{
	{name: "p21 report: a manager's quotes carry two hops", text: "Customs data show Chinese exports of tyres to the North doubled in May. \"We send them from Qingdao to Dalian by ship,\" said a manager at a tyre plant, who asked not to be named. \"Our agent in Dalian puts them on the train to Dandong.\" From Dandong, traders say, lorries carry the tyres over the bridge to Sinuiju.",
		places: []string{"Qingdao", "Dalian", "Dandong", "Sinuiju"}, goods: []string{"tyres=tyres"}, legs: []string{"Dalian>Dandong", "Dandong>Sinuiju", "Qingdao>Dalian"}},
	{name: "p21 grain, the wheat, the shipment", text: "Grain bought in Harbin was railed to Suifenhe. The wheat crossed to Ussuriysk the next week, and the shipment was later trucked to Khasan and on into Tumangang.",
		places: []string{"Harbin", "Suifenhe", "Ussuriysk", "Khasan", "Tumangang"}, goods: []string{"grain=Grain", "wheat=wheat"}, legs: []string{"Harbin>Suifenhe", "Khasan>Tumangang", "Suifenhe>Ussuriysk", "Ussuriysk>Khasan"}},
	{name: "p21 logs sawn into timber", text: "The logs were floated down the Yalu from Hyesan to Changbai. Sawn into boards in Changbai, the timber went by truck to Tonghua.",
		places: []string{"Hyesan", "Changbai", "Tonghua"}, goods: []string{"logs=logs", "timber=timber|boards"}, legs: []string{"Changbai>Tonghua", "Hyesan>Changbai"}},
	{name: "p21 two shipments meet in one port", text: "The diesel came from Vostochny to Rajin by tanker, while the fertiliser went from Hunchun to Rajin by road. From Rajin the fertiliser was trucked to Chongjin.",
		places: []string{"Vostochny", "Rajin", "Hunchun", "Chongjin"}, goods: []string{"diesel=diesel", "fertiliser=fertiliser"}, legs: []string{"Hunchun>Rajin", "Rajin>Chongjin", "Vostochny>Rajin"}},
	{name: "p21 unloaded one good, took on another", text: "The ship unloaded sugar at Nampo and took on coal there for Longkou.",
		places: []string{"Nampo", "Longkou"}, goods: []string{"sugar=sugar", "coal=coal"}, legs: []string{"Nampo>Longkou"}},
	{name: "p21 the port city received", text: "The port city of Chongjin received 3,000 tonnes of flour shipped from Vladivostok last week.",
		places: []string{"Chongjin", "Vladivostok"}, goods: []string{"flour=flour"}, legs: []string{"Vladivostok>Chongjin"}},
	{name: "ko21 two ships in one port", text: "지난주 남포항에서는 석탄을 실은 배가 룽커우로 떠났다. 같은 날 다롄에서 온 배는 남포항에 설탕을 내렸다.",
		places: []string{"Nampo=남포", "Longkou=룽커우", "Dalian=다롄"}, goods: []string{"coal=석탄", "sugar=설탕"}, legs: []string{"Dalian>Nampo", "Nampo>Longkou"}},
	{name: "ko21 a source, smugglers, buyers send on", text: "혜산의 한 소식통은 \"요즘 구리 밀수가 다시 늘었다\"고 말했다. 밀수꾼들은 밤에 혜산에서 구리를 압록강 건너 장백으로 넘긴다. 장백의 중국 상인들은 이를 사서 바이산으로 보낸다. 단속은 여전히 심하다고 한다.",
		places: []string{"Hyesan=혜산", "Changbai=장백", "Baishan=바이산"}, goods: []string{"copper=구리"}, legs: []string{"Changbai>Baishan", "Hyesan>Changbai"}},
	{name: "ko21 a train arrived, maize aboard, moved on", text: "중국 측은 지난달 단둥에서 출발한 화물열차가 신의주역에 도착했다고 밝혔다. 열차에는 옥수수 500톤이 실려 있었다. 북한 당국은 이 옥수수를 평양으로 옮겼다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"maize=옥수수"}, legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
	{name: "ko21 rice, this cargo, the food", text: "쌀 2천 톤이 다롄항에서 배에 실렸다. 이 화물은 사흘 뒤 남포항에 닿았으며, 식량은 이후 트럭으로 사리원까지 운반됐다.",
		places: []string{"Dalian=다롄", "Nampo=남포", "Sariwon=사리원"}, goods: []string{"rice=쌀", "food=식량"}, legs: []string{"Dalian>Nampo", "Nampo>Sariwon"}},
	{name: "p21 control: a bridge used by tourists", text: "The bridge from Hunchun to Wonjong is the shortest way to Rajin, and it is used mostly by tourists and fish buyers.",
		places: []string{"Hunchun", "Wonjong", "Rajin"}, goods: []string{"fish=fish"}, none: true},
}
