package events

import "testing"

// TestLegParaphrases23 is a fresh batch written before any rule of its
// round and run once as written, to see how the rules carry over to
// corridors and wording they were not tuned on: Russian ports beyond
// Vladivostok (Vanino, Zarubino, Posyet, Korsakov), rail through
// Tumangang–Khasan to Ussuriysk and Khabarovsk, Mongolia through
// Zamyn-Uud and Erenhot, a ship-to-ship transfer then a port, goods
// through Jebel Ali, Port Sudan, Sihanoukville and Manila, inland towns
// (Onsong, Chosan, Sakju, Junggang, Kimhyonggwon, Tanchon, Kaechon,
// Sunchon); routes told backwards, broken by quotes, carried on by "from
// there", "the same truck", "they then", relays between traders, goods
// sent back or stopped midway, machine-translated English and Korean
// 기사체. About a third are traps that must move nothing (plans, people
// without goods, prices, denials, places named but off the route).
//
// FIRST RUN (rules only, before any fix, 74 passages): 51 fully right;
// legs TP 60, FP 13, FN 16 → P 0.82, R 0.79 (F1 0.81). The 13 false legs
// came from traps: an offer "if the talks succeed", a delegation and a
// smuggler travelling without goods, an "if the bridge reopens", an empty
// ship, a flag state read as an origin, alternatives chained, a Korean
// denial (부인했다) and trade workers crossing for talks, plus a wrong chain
// through Jebel Ali and one doubled hop.
//
// AFTER the round-23 rules: 68 of 74 fully right; legs TP 69, FP 0, FN 7
// → P 1.00, R 0.91. The six still failing are in paraCases23Open; the
// rules' own pairs are in paraCases23Rules.
func TestLegParaphrases23(t *testing.T) {
	checkParaCases(t, append(paraCases23, paraCases23Rules...))
}

func TestLegParaphrases23Open(t *testing.T) {
	checkOpenParaCases(t, paraCases23Open)
}

func init() {
	for k, v := range map[string][2]string{
		"Zarubino": {"city", "RU"}, "Jebel Ali": {"city", "AE"}, "Dubai": {"city", "AE"},
		"Port Sudan": {"city", "SD"}, "Sihanoukville": {"city", "KH"}, "Manila": {"city", "PH"},
		"Kimhyonggwon": {"city", "KP"},
	} {
		paraPlaces[k] = v
	}
}

// paraCases23Open failed on the first run and still fail: a hop told
// twice (once with the goods, once by "the trucks") comes out as two legs
// of one pair; a route a captain tells as "we" ("We load the squid at
// Rajin … Then we sail to Zarubino") has no goods or carrier in its second
// sentence; a relay whose second trader is named in a relative clause
// that ends the sentence; a partial quotation ("the oil \"originated in
// Korsakov\"") read as the speaker's words; customs data that "show
// exports of wigs from … through … to …" (a noun of trade, no act); and
// machine-translated "after receiving the tobacco from the traders of
// Tumen, the merchants transport it again to Chongjin".
var paraCases23Open = []paraCase{
	{name: "p23 a quote between leaving and crossing", text: "The diesel left Dandong in tank trucks. \"They go at night, always at night,\" one driver said. The trucks crossed into Sinuiju before dawn.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"diesel=diesel"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "p23 the captain tells the route in quotes", text: "\"We load the squid at Rajin,\" the captain said. \"Then we sail straight to Zarubino, no stops.\"",
		places: []string{"Rajin", "Zarubino"}, goods: []string{"squid=squid"}, legs: []string{"Rajin>Zarubino"}},
	{name: "p23 relay between a dealer, a courier and a trader", text: "A dealer in Dandong handed the phones to a courier at the river, who took them to Sinuiju and passed them to a second trader. That trader took them to Pyongyang.",
		places: []string{"Dandong", "Sinuiju", "Pyongyang"}, goods: []string{"mobile phones=phones"}, legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
	{name: "p23 researcher quote: wigs from, through, to", text: "Customs data \"show exports of wigs from Sinuiju through Dandong to Shanghai,\" the researcher said.",
		places: []string{"Sinuiju", "Dandong", "Shanghai"}, goods: []string{"wigs=wigs"}, legs: []string{"Dandong>Shanghai", "Sinuiju>Dandong"}},
	{name: "p23 MT: after receiving, transport again", text: "In Onsong, after receiving the tobacco from the Chinese traders of Tumen, the merchants transport it again to Chongjin.",
		places: []string{"Onsong", "Tumen", "Chongjin"}, goods: []string{"tobacco=tobacco"}, legs: []string{"Onsong>Chongjin", "Tumen>Onsong"}},
}

var paraCases23 = []paraCase{
	// ---- passed after the quotes round (moved from paraCases23Open): a
	// straight quote mark no longer ends its clause ----
	{name: "p23 analyst: originated in Korsakov, arrived in Nampo", text: "A shipping analyst said the oil \"almost certainly originated in Korsakov\" and was moved ship-to-ship before arriving in Nampo.",
		places: []string{"Korsakov", "Nampo"}, goods: []string{"oil=oil"}, legs: []string{"Korsakov>Nampo"}},
	// ---- English wire: Russian ports and rail ----
	{name: "p23 wheat by rail to the border, then across", text: "A train of 30 wagons loaded with wheat left Ussuriysk on Tuesday and reached Khasan the next morning, the Russian railway said. After customs checks it crossed into Tumangang.",
		places: []string{"Ussuriysk", "Khasan", "Tumangang"}, goods: []string{"wheat=wheat"}, legs: []string{"Khasan>Tumangang", "Ussuriysk>Khasan"}},
	{name: "p23 bulk carrier called at Vanino after sailing from Rajin", text: "A bulk carrier loaded with coal called at Vanino last month after sailing from Rajin, satellite images show.",
		places: []string{"Vanino", "Rajin"}, goods: []string{"coal=coal"}, legs: []string{"Rajin>Vanino"}},
	{name: "p23 crab landed at Zarubino, trucked on", text: "Frozen crab caught by North Korean boats was landed at Zarubino and then trucked to Vladivostok, two fishermen said.",
		places: []string{"Zarubino", "Vladivostok"}, goods: []string{"crab=crab"}, legs: []string{"Zarubino>Vladivostok"}},
	{name: "p23 told backwards: before reaching Posyet", text: "The barge's coal ended up in Posyet. Before reaching the Russian port, it had passed through Rajin, where the cargo was topped up from a rail siding.",
		places: []string{"Posyet", "Rajin"}, goods: []string{"coal=coal|cargo"}, legs: []string{"Rajin>Posyet"}},
	{name: "p23 tanker sailed from Korsakov, unloaded at Nampo", text: "Tracking data show the tanker sailed from Korsakov with diesel and unloaded it at Nampo nine days later.",
		places: []string{"Korsakov", "Nampo"}, goods: []string{"diesel=diesel"}, legs: []string{"Korsakov>Nampo"}},
	{name: "p23 mushrooms over the bridge and hauled to Khabarovsk", text: "Crates of mushrooms were loaded at Tumangang, crossed the bridge to Khasan and were hauled on by rail to Khabarovsk.",
		places: []string{"Tumangang", "Khasan", "Khabarovsk"}, goods: []string{"mushrooms=mushrooms"}, legs: []string{"Khasan>Khabarovsk", "Tumangang>Khasan"}},
	{name: "p23 relabelled at Vostochny, shipped to Busan", text: "The coal arrived at Vostochny from Rajin and was relabelled as Russian there. It was then shipped to Busan.",
		places: []string{"Vostochny", "Rajin", "Busan"}, goods: []string{"coal=coal"}, legs: []string{"Rajin>Vostochny", "Vostochny>Busan"}},

	// ---- Mongolia, ship-to-ship, far ports ----
	{name: "p23 flour through Zamyn-Uud and Erenhot to the bridge", text: "Flour bought in Ulaanbaatar was sent by rail to Zamyn-Uud, crossed to Erenhot and went on to Dandong by truck before entering Sinuiju.",
		places: []string{"Ulaanbaatar", "Zamyn-Uud", "Erenhot", "Dandong", "Sinuiju"}, goods: []string{"flour=Flour"}, legs: []string{"Dandong>Sinuiju", "Erenhot>Dandong", "Ulaanbaatar>Zamyn-Uud", "Zamyn-Uud>Erenhot"}},
	{name: "p23 ship-to-ship at sea, then the port", text: "A tanker loaded diesel at Zhoushan and met a North Korean vessel off the coast for a ship-to-ship transfer. The North Korean ship then carried the fuel to Nampo.",
		places: []string{"Zhoushan", "Nampo"}, goods: []string{"diesel=diesel|fuel"}, legs: []string{"Zhoushan>Nampo"}},
	{name: "p23 cars through Jebel Ali and Dalian", text: "Investigators say the luxury cars were shipped from Rotterdam to Jebel Ali, re-exported to Dalian and driven across to Sinuiju.",
		places: []string{"Rotterdam", "Jebel Ali", "Dalian", "Sinuiju"}, goods: []string{"cars=cars"}, legs: []string{"Dalian>Sinuiju", "Jebel Ali>Dalian", "Rotterdam>Jebel Ali"}},
	{name: "p23 grenades delivered to Port Sudan after loading", text: "A North Korean freighter delivered rocket-propelled grenades to Port Sudan after loading them at Nampo, a UN report says.",
		places: []string{"Port Sudan", "Nampo"}, goods: []string{"grenades=rocket-propelled grenades"}, legs: []string{"Nampo>Port Sudan"}},
	{name: "p23 cigarettes from Sihanoukville via Manila", text: "Cigarettes made in Sihanoukville were shipped to Manila and then onwards to Nampo, according to the panel.",
		places: []string{"Sihanoukville", "Manila", "Nampo"}, goods: []string{"cigarettes=Cigarettes"}, legs: []string{"Manila>Nampo", "Sihanoukville>Manila"}},
	{name: "p23 a Manila firm arranged the sale, coal went to Haiphong", text: "A Manila-based firm arranged the sale of the coal, which was shipped from Nampo to Haiphong.",
		places: []string{"Manila", "Nampo", "Haiphong"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Haiphong"}},

	// ---- inland towns ----
	{name: "p23 copper from Onsong over the Tumen, sold on to Yanji", text: "Smugglers carried the copper from Onsong across the Tumen to Kaishantun at night and sold it to a dealer who took it to Yanji.",
		places: []string{"Onsong", "Kaishantun", "Yanji"}, goods: []string{"copper=copper"}, legs: []string{"Kaishantun>Yanji", "Onsong>Kaishantun"}},
	{name: "p23 ginseng by boat from Chosan", text: "A boat loaded with ginseng left Chosan before dawn and unloaded it on the Chinese bank at Kuandian.",
		places: []string{"Chosan", "Kuandian"}, goods: []string{"ginseng=ginseng"}, legs: []string{"Chosan>Kuandian"}},
	{name: "p23 ore down from Sakju, over the bridge", text: "The iron ore came down from mines near Sakju by truck to Sinuiju and crossed the bridge to Dandong.",
		places: []string{"Sakju", "Sinuiju", "Dandong"}, goods: []string{"iron ore=iron ore"}, legs: []string{"Sakju>Sinuiju", "Sinuiju>Dandong"}},
	{name: "p23 oil rowed from Linjiang, from there a truck", text: "Cooking oil bought in Linjiang is rowed across the Yalu to Junggang. From there a truck takes it to Kanggye.",
		places: []string{"Linjiang", "Junggang", "Kanggye"}, goods: []string{"cooking oil=Cooking oil"}, legs: []string{"Junggang>Kanggye", "Linjiang>Junggang"}},
	{name: "p23 rice by ox cart to Kimhyonggwon", text: "Traders bring rice from Hyesan to Kimhyonggwon by ox cart, a resident said.",
		places: []string{"Hyesan", "Kimhyonggwon"}, goods: []string{"rice=rice"}, legs: []string{"Hyesan>Kimhyonggwon"}},
	{name: "p23 magnesite from Tanchon by train, out of Hungnam", text: "Magnesite mined in Tanchon is loaded onto trains for Hungnam and shipped from there to Longkou.",
		places: []string{"Tanchon", "Hungnam", "Longkou"}, goods: []string{"magnesite=Magnesite"}, legs: []string{"Hungnam>Longkou", "Tanchon>Hungnam"}},
	{name: "p23 coal from Kaechon by rail to Nampo", text: "Coal from the Kaechon mines travels by rail to Nampo, where it is loaded onto ships.",
		places: []string{"Kaechon", "Nampo"}, goods: []string{"coal=Coal"}, legs: []string{"Kaechon>Nampo"}},
	{name: "p23 cement trucked from Sunchon", text: "Cement from the Sunchon works was trucked to Pyongyang and sold in the markets there.",
		places: []string{"Sunchon", "Pyongyang"}, goods: []string{"cement=Cement"}, legs: []string{"Sunchon>Pyongyang"}},

	// ---- backwards, quotes, connectives ----
	{name: "p23 backwards twice: before reaching, before that", text: "The fabric sold in Chongjin had come a long way. Before reaching Chongjin it had passed through Hoeryong, and before that it had crossed from Sanhe.",
		places: []string{"Chongjin", "Hoeryong", "Sanhe"}, goods: []string{"fabric=fabric"}, legs: []string{"Hoeryong>Chongjin", "Sanhe>Hoeryong"}},
	{name: "p23 by the time it reached, it had come from", text: "By the time the fertiliser reached Hyesan it had come from Changbai, a trader said.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Changbai>Hyesan"}},
	{name: "p23 from there over the bridge", text: "The televisions were trucked from Yanji to Tumen. From there they went over the bridge to Namyang.",
		places: []string{"Yanji", "Tumen", "Namyang"}, goods: []string{"televisions=televisions"}, legs: []string{"Tumen>Namyang", "Yanji>Tumen"}},
	{name: "p23 the same truck crossed", text: "A truck took the beer from Hunchun to Quanhe. The same truck crossed to Wonjong an hour later.",
		places: []string{"Hunchun", "Quanhe", "Wonjong"}, goods: []string{"beer=beer"}, legs: []string{"Hunchun>Quanhe", "Quanhe>Wonjong"}},
	{name: "p23 they then carried them, a wholesaler shipped them", text: "Traders bought the pine nuts in Hyesan. They then carried them across the river to Changbai, where a wholesaler shipped them to Yanji.",
		places: []string{"Hyesan", "Changbai", "Yanji"}, goods: []string{"pine nuts=pine nuts"}, legs: []string{"Changbai>Yanji", "Hyesan>Changbai"}},
	{name: "p23 refused at Quanhe and sent back", text: "The seafood shipped from Rajin was refused at Quanhe and sent back to Rajin.",
		places: []string{"Rajin", "Quanhe"}, goods: []string{"seafood=seafood"}, legs: []string{"Quanhe>Rajin", "Rajin>Quanhe"}},
	{name: "p23 stopped on the bridge keeps its hop", text: "The trucks of copper left Musan for Nanping but were stopped on the bridge by Chinese customs.",
		places: []string{"Musan", "Nanping"}, goods: []string{"copper=copper"}, legs: []string{"Musan>Nanping"}},
	{name: "p23 a broker sold, the cargo left for Nampo", text: "A Hong Kong broker sold the steel to a firm in Dalian. The cargo left Dalian for Nampo on 4 May.",
		places: []string{"Hong Kong", "Dalian", "Nampo"}, goods: []string{"steel=steel|cargo"}, legs: []string{"Dalian>Nampo"}},

	// ---- specialist with quoted sources ----
	{name: "p23 panel quote: loaded at, discharging at", text: "According to the Panel of Experts, the vessel \"loaded approximately 5,000 tonnes of anthracite at Nampo\" before \"discharging the cargo at Port Klang\".",
		places: []string{"Nampo", "Port Klang"}, goods: []string{"anthracite=anthracite|cargo"}, legs: []string{"Nampo>Port Klang"}},

	// ---- machine-translated English ----
	{name: "p23 MT: the goods of rice is transported", text: "According to the source, the goods of rice is transported to Hyesan from Pyongyang by the train, and then the traders is selling it in the market.",
		places: []string{"Hyesan", "Pyongyang"}, goods: []string{"rice=rice"}, legs: []string{"Pyongyang>Hyesan"}},
	{name: "p23 MT: at night was moved from Sakju", text: "The smuggled copper at night was moved from Sakju to Dandong side, said the source.",
		places: []string{"Sakju", "Dandong"}, goods: []string{"copper=copper"}, legs: []string{"Sakju>Dandong"}},

	// ---- Korean 기사체 ----
	{name: "ko23 rice by rail Ussuriysk, Khasan, via Tumangang", text: "쌀은 기차로 우수리스크에서 하산까지 운송된 뒤 두만강역을 거쳐 나선으로 들어갔다.",
		places: []string{"Ussuriysk=우수리스크", "Khasan=하산", "Tumangang=두만강", "Rason=나선"}, goods: []string{"rice=쌀"}, legs: []string{"Khasan>Tumangang", "Tumangang>Rason", "Ussuriysk>Khasan"}},
	{name: "ko23 coal loaded at Nampo, transferred at sea, unloaded at Ningbo", text: "석탄은 남포항에서 선적돼 공해상에서 다른 배로 옮겨 실린 뒤 닝보에 하역됐다.",
		places: []string{"Nampo=남포", "Ningbo=닝보"}, goods: []string{"coal=석탄"}, legs: []string{"Nampo>Ningbo"}},
	{name: "ko23 flour over Zamyn-Uud to Erenhot, trucked to Dandong", text: "몽골산 밀가루는 자민우드에서 국경을 넘어 얼롄하오터로 들어온 뒤 트럭으로 단둥까지 옮겨졌다.",
		places: []string{"Zamyn-Uud=자민우드", "Erenhot=얼롄하오터", "Dandong=단둥"}, goods: []string{"flour=밀가루"}, legs: []string{"Erenhot>Dandong", "Zamyn-Uud>Erenhot"}},
	{name: "ko23 before reaching Chongjin it passed Hoeryong", text: "청진에 도착하기 전 이 담배는 회령을 거쳤다고 소식통은 전했다.",
		places: []string{"Chongjin=청진", "Hoeryong=회령"}, goods: []string{"tobacco=담배"}, legs: []string{"Hoeryong>Chongjin"}},
	{name: "ko23 oil from Linjiang handed over at Junggang, carried to Kanggye", text: "린장에서 넘어온 식용유는 중강에서 다른 상인에게 넘겨져 강계로 운반됐다.",
		places: []string{"Linjiang=린장", "Junggang=중강", "Kanggye=강계"}, goods: []string{"cooking oil=식용유"}, legs: []string{"Junggang>Kanggye", "Linjiang>Junggang"}},
	{name: "ko23 copper caught being smuggled", text: "혜산에서 창바이로 밀반출되던 구리가 국경경비대에 적발됐다.",
		places: []string{"Hyesan=혜산", "Changbai=창바이"}, goods: []string{"copper=구리"}, legs: []string{"Hyesan>Changbai"}},
	{name: "ko23 cement ordered by a Pyongyang firm, moved Sunchon to Nampo", text: "평양의 무역회사가 주문한 시멘트는 순천에서 남포로 옮겨졌다.",
		places: []string{"Pyongyang=평양", "Sunchon=순천", "Nampo=남포"}, goods: []string{"cement=시멘트"}, legs: []string{"Sunchon>Nampo"}},
	{name: "ko23 timber loaded at Vanino, sent to Rajin", text: "목재는 바니노항에서 배에 실려 나진으로 보내졌다.",
		places: []string{"Vanino=바니노", "Rajin=나진"}, goods: []string{"timber=목재"}, legs: []string{"Vanino>Rajin"}},
	{name: "ko23 maize by ox cart to Kimhyonggwon", text: "김형권군 상인들은 혜산에서 산 옥수수를 소달구지로 김형권까지 실어 나른다.",
		places: []string{"Hyesan=혜산", "Kimhyonggwon=김형권"}, goods: []string{"maize=옥수수"}, legs: []string{"Hyesan>Kimhyonggwon"}},
	{name: "ko23 magnesite via Hamhung to Hungnam", text: "단천에서 캔 마그네사이트는 함흥을 거쳐 흥남항으로 옮겨진 뒤 중국으로 수출됐다.",
		places: []string{"Tanchon=단천", "Hamhung=함흥", "Hungnam=흥남"}, goods: []string{"magnesite=마그네사이트"}, legs: []string{"Hamhung>Hungnam", "Tanchon>Hamhung"}},

	// ---- traps: move nothing ----
	{name: "p23 trap: a plan to ship", text: "The company plans to ship 10,000 tonnes of coal from Nampo to Ningbo next month.",
		places: []string{"Nampo", "Ningbo"}, goods: []string{"coal=coal"}, none: true},
	{name: "p23 trap: an offer if talks succeed", text: "Russia has offered to send wheat from Vladivostok to Rajin if the talks succeed.",
		places: []string{"Vladivostok", "Rajin"}, goods: []string{"wheat=wheat"}, none: true},
	{name: "p23 trap: a delegation flies, then takes a train", text: "The delegation flew from Pyongyang to Vladivostok and then took a train to Khabarovsk for talks on fisheries.",
		places: []string{"Pyongyang", "Vladivostok", "Khabarovsk"}, none: true},
	{name: "p23 trap: workers sent to cut timber", text: "Workers from Chongjin were sent to Vanino to cut timber for a Russian company.",
		places: []string{"Chongjin", "Vanino"}, goods: []string{"timber=timber"}, none: true},
	{name: "p23 trap: prices in two towns", text: "Rice costs 6,000 won a kilo in Sinuiju and 5.2 yuan in Dandong.",
		places: []string{"Sinuiju", "Dandong"}, goods: []string{"rice=Rice"}, none: true},
	{name: "p23 trap: denied voyage", text: "The shipping company denied that its vessel had carried coal from Nampo to Korsakov.",
		places: []string{"Nampo", "Korsakov"}, goods: []string{"coal=coal"}, none: true},
	{name: "p23 trap: if the bridge reopens", text: "If the bridge reopens, trucks could carry fertiliser from Dandong to Sinuiju within hours.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"fertiliser=fertiliser"}, none: true},
	{name: "p23 trap: a source in one town about prices in another", text: "A trader in Hunchun told our reporter that seafood prices in Rajin have risen.",
		places: []string{"Hunchun", "Rajin"}, goods: []string{"seafood=seafood"}, none: true},
	{name: "p23 trap: the smuggler drove and walked to meet his supplier", text: "The smuggler drove from Yanji to Tumen and walked across to Namyang to meet his supplier of methamphetamine.",
		places: []string{"Yanji", "Tumen", "Namyang"}, goods: []string{"methamphetamine=methamphetamine"}, none: true},
	{name: "p23 trap: empty ship sold for scrap", text: "The ship sailed empty from Nampo to Dalian, where it was sold for scrap.",
		places: []string{"Nampo", "Dalian"}, goods: []string{"scrap=scrap"}, none: true},
	{name: "p23 trap: money wired", text: "Money from the coal sales was wired from Dubai to a bank in Hong Kong.",
		places: []string{"Dubai", "Hong Kong"}, goods: []string{"coal=coal"}, none: true},
	{name: "p23 trap: flag and manager are not an origin", text: "The tanker, flagged in Sierra Leone and managed from Hong Kong, unloaded fuel at Nampo.",
		places: []string{"Sierra Leone", "Hong Kong", "Nampo"}, goods: []string{"fuel=fuel"}, none: true},
	{name: "p23 trap: officials meet about a coal line", text: "Officials from Khabarovsk and Rason met in Vladivostok to discuss a new rail line for coal.",
		places: []string{"Khabarovsk", "Rason", "Vladivostok"}, goods: []string{"coal=coal"}, none: true},
	{name: "p23 trap: trucks returning empty", text: "Trucks returning empty from Sinuiju to Dandong queue for hours at the bridge.",
		places: []string{"Sinuiju", "Dandong"}, none: true},
	{name: "p23 trap: a ferry will carry cars", text: "The new ferry will carry cars from Zarubino to Rajin from next year.",
		places: []string{"Zarubino", "Rajin"}, goods: []string{"cars=cars"}, none: true},
	{name: "p23 trap: origin adjectives only", text: "Chinese flour and Russian sugar fill the stalls of the Rason market, traders in Hunchun say.",
		places: []string{"Rason", "Hunchun"}, goods: []string{"flour=flour", "sugar=sugar"}, none: true},
	{name: "p23 trap: a port says nothing passed through", text: "Port officials in Manila said no North Korean cargo had passed through the port on its way to Nampo.",
		places: []string{"Manila", "Nampo"}, none: true},
	{name: "p23 trap: a crew flies to collect a ship", text: "A crew from Chongjin flew to Vladivostok to collect the tanker before it loaded diesel.",
		places: []string{"Chongjin", "Vladivostok"}, goods: []string{"diesel=diesel"}, none: true},
	{name: "p23 trap: built in Nampo, now trades elsewhere", text: "The ship, built in Nampo in 1998, now carries containers of steel from Dalian to Yantai.",
		places: []string{"Nampo", "Dalian", "Yantai"}, goods: []string{"steel=steel"}, notLeg: "Nampo>Dalian"},
	{name: "p23 trap: alternatives are not chained", text: "The cigarettes reach Pyongyang either through Sinuiju or through Nampo, traders said.",
		places: []string{"Pyongyang", "Sinuiju", "Nampo"}, goods: []string{"cigarettes=cigarettes"}, notLeg: "Sinuiju>Nampo"},
	{name: "p23 trap: financed in Dalian, paid via Hong Kong", text: "The coal was loaded at Nampo and shipped to Longkou. A company in Dalian financed the deal, and the money went through Hong Kong.",
		places: []string{"Nampo", "Longkou", "Dalian", "Hong Kong"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Longkou"}},
	{name: "p23 trap MT: people went for selling labour", text: "The source said the people of Kaechon went to Pyongyang for selling of their labor.",
		places: []string{"Kaechon", "Pyongyang"}, none: true},
	{name: "ko23 trap: a plan to export next year", text: "회사는 내년에 나진에서 블라디보스토크로 석탄을 수출할 계획이다.",
		places: []string{"Rajin=나진", "Vladivostok=블라디보스토크"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko23 trap: trade workers cross for talks", text: "무역일꾼들은 신의주에서 단둥으로 건너가 상담을 진행했다.",
		places: []string{"Sinuiju=신의주", "Dandong=단둥"}, none: true},
	{name: "ko23 trap: rice cheaper in one town", text: "단둥의 쌀값은 신의주보다 낮다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"rice=쌀"}, none: true},
	{name: "ko23 trap: a denial", text: "해운회사는 자사 선박이 남포에서 코르사코프로 석탄을 운반했다는 의혹을 부인했다.",
		places: []string{"Nampo=남포", "Korsakov=코르사코프"}, goods: []string{"coal=석탄"}, none: true},
}

// paraCases23Rules pair each rule of round 23 with a passage that must
// still move goods (or must not) beside the batch passage it was made for.
var paraCases23Rules = []paraCase{
	// people who ride a train (peopleTravel) — but a crew taking a tanker moves the carrier
	{name: "r23 a crew takes the tanker on", text: "The crew took the tanker from Nampo to Vladivostok to load diesel.",
		places: []string{"Nampo", "Vladivostok"}, goods: []string{"diesel=diesel"}, legs: []string{"Nampo>Vladivostok"}},
	// "drove" as a trip — but not with the goods as its object
	{name: "r23 the smuggler drove the goods", text: "The smuggler drove the methamphetamine from Yanji to Tumen.",
		places: []string{"Yanji", "Tumen"}, goods: []string{"methamphetamine=methamphetamine"}, legs: []string{"Yanji>Tumen"}},
	// a result of a condition (condResult) — "as if" sets none
	{name: "r23 as if is no condition", text: "Smugglers hired boats to carry the copper from Hyesan to Changbai, as if nothing had changed.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"copper=copper"}, legs: []string{"Hyesan>Changbai"}},
	// a Korean denial of the claim — not a denial beside the act
	{name: "r23 ko denied, but carried", text: "해운회사는 부인했지만 선박은 남포에서 코르사코프로 석탄을 운반했다.",
		places: []string{"Nampo=남포", "Korsakov=코르사코프"}, goods: []string{"coal=석탄"}, legs: []string{"Nampo>Korsakov"}},
	// Korean people on a trip (koPeopleTrip) — people who carry the goods named before
	{name: "r23 ko workers pass the coal on", text: "석탄은 트럭에 실렸다. 일꾼들은 이를 신의주에서 단둥으로 넘겼다.",
		places: []string{"Sinuiju=신의주", "Dandong=단둥"}, goods: []string{"coal=석탄"}, legs: []string{"Sinuiju>Dandong"}},
	// "managed from" — a firm "in" a town that the goods do leave
	{name: "r23 managed by a firm there, carried from there", text: "The tanker, managed by a firm in Hong Kong, carried fuel from Hong Kong to Nampo.",
		places: []string{"Hong Kong", "Nampo"}, goods: []string{"fuel=fuel"}, legs: []string{"Hong Kong>Nampo"}},
	// "or through" alternatives — one way through stays a hop
	{name: "r23 one way through", text: "The cigarettes reached Pyongyang through Sinuiju.",
		places: []string{"Pyongyang", "Sinuiju"}, goods: []string{"cigarettes=cigarettes"}, legs: []string{"Sinuiju>Pyongyang"}},
	// sailing empty before the goods are named — goods aboard, empty on the way back
	{name: "r23 full out, empty back", text: "The ship sailed from Nampo to Dalian with scrap and came back empty.",
		places: []string{"Nampo", "Dalian"}, goods: []string{"scrap=scrap"}, legs: []string{"Nampo>Dalian"}},
	// ", re-exported to" opens a hop — ", re-registered there" goes nowhere
	{name: "r23 re-registered, no hop", text: "The cars were shipped from Rotterdam to Jebel Ali, re-registered there and sold.",
		places: []string{"Rotterdam", "Jebel Ali"}, goods: []string{"cars=cars"}, legs: []string{"Rotterdam>Jebel Ali"}},
	// "discharging" as an arrival
	{name: "r23 loaded before discharging", text: "The vessel loaded anthracite at Nampo before discharging it at Port Klang.",
		places: []string{"Nampo", "Port Klang"}, goods: []string{"anthracite=anthracite"}, legs: []string{"Nampo>Port Klang"}},
	{name: "r23 fined for discharging oil", text: "The vessel was fined for discharging oil near Nampo.",
		places: []string{"Nampo"}, goods: []string{"oil=oil"}, none: true},
	// the bank between the arrival and the town
	{name: "r23 unloaded on a bank, a town elsewhere", text: "The ginseng was unloaded on the Chinese bank. Traders in Kuandian said prices fell.",
		places: []string{"Kuandian"}, goods: []string{"ginseng=ginseng"}, none: true},
	// "the same truck" as a carrier — not a truck going home after a sale
	{name: "r23 the truck went back after the sale", text: "The beer was sold in Quanhe. The truck then went back to Hunchun.",
		places: []string{"Quanhe", "Hunchun"}, goods: []string{"beer=beer"}, none: true},
	// a stop on the way told backwards — not a price that had risen there
	{name: "r23 a price had gone up there", text: "The coal reached Posyet. The price had gone up in Rajin.",
		places: []string{"Posyet", "Rajin"}, goods: []string{"coal=coal"}, none: true},
	// Korean "에서 넘어온" goods — not a trader who came over
	{name: "r23 ko a trader came over", text: "린장에서 넘어온 상인은 중강에서 식용유를 팔았다.",
		places: []string{"Linjiang=린장", "Junggang=중강"}, goods: []string{"cooking oil=식용유"}, none: true},
	// "refused at" a town — not officials who refused at first
	{name: "r23 officials refused at first", text: "Officials refused at first to comment on the seafood from Rajin sold in Quanhe.",
		places: []string{"Rajin", "Quanhe"}, goods: []string{"seafood=seafood"}, none: true},
}
