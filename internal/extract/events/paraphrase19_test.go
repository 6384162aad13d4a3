package events

import (
	"testing"
)

// TestLegParaphrases19 is a fresh batch of route passages written before
// any rule of round 19: a news lead with its body, a source's quote, a
// timeline of dates, a list of stops, a route told from the destination
// back, a route split by paragraphs of other talk, "the shipment"/"the
// cargo"/"it", carriers named instead of goods, the passive, reported
// speech, customs, court and UN-panel register, machine-translated
// English, and Korean with varied endings. About a third are controls
// that move nothing (people travelling, prices, plans, denials, origins of
// people and firms).
//
// On the first run, before any rule of this round, 52 of the 76 passed:
// 33 of the 50 that must make legs and 19 of the 26 controls. The rules
// of the round, each checked by passages of paraCases19Fixes:
//
//   - people who travel ("a delegation flew …", "tourists took the train
//     …", "the defector travelled …") move no goods that the sentence only
//     names as what the trip is for ("for talks on seafood exports", "to
//     inspect the generators", "and bought ginseng"); goods "with" them
//     or "carrying" them travel too;
//   - ", where they were loaded/put/transferred …" and ", whence …" after
//     a stop go on from that stop, as "from where" did;
//   - "and re-exported to", "and re-shipped", "re-loaded": a hyphenated
//     "re" before a verb of motion or loading opens a new step;
//   - goods "cleared in/at" a town, and "cleared customs at" it, passed
//     that town: the hop before it ends there and the next starts there;
//   - Korean 선적 (loading aboard) is a shipment and 하역 (unloading) an
//     arrival; a telegraphic "룽커우항 도착" arrives.
//
// The passages that still fail are kept in paraCases19Open:
// TestLegParaphrases19Open logs what each gets wrong and fails when one
// starts to pass, so that it moves to paraCases19.
func TestLegParaphrases19(t *testing.T) {
	checkParaCases(t, append(paraCases19, paraCases19Fixes...))
}

func TestLegParaphrases19Open(t *testing.T) {
	checkOpenParaCases(t, paraCases19Open)
}

func init() {
	for k, v := range map[string][2]string{
		"Incheon": {"city", "KR"}, "Singapore": {"city", "SG"}, "Laem Chabang": {"city", "TH"},
		"Bangkok": {"city", "TH"}, "Kaohsiung": {"city", "TW"}, "Lianyungang": {"city", "CN"},
		"Harbin": {"city", "CN"}, "Suifenhe": {"city", "CN"}, "Rason": {"city", "KP"},
		"China": {"country", "CN"}, "Sierra Leone": {"country", "SL"},
	} {
		paraPlaces[k] = v
	}
}

var paraCases19 = []paraCase{
	// ---- must fire, English ----
	{name: "news lead, body tells the route", text: "North Korea has received a shipment of Russian wheat by rail, according to customs data released on Monday. The grain left Ussuriysk in late May and crossed into the North at Khasan before arriving in Tumangang.",
		places: []string{"Ussuriysk", "Khasan", "Tumangang"}, goods: []string{"wheat=wheat|grain"}, legs: []string{"Khasan>Tumangang", "Ussuriysk>Khasan"}},
	{name: "a trader's quote carries the route", text: "\"We load the cigarettes in Dandong at night and by morning they are in Sinuiju,\" a trader told the newspaper. He would not say how many boxes go each week.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"cigarettes=cigarettes"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "a timeline of dates", text: "March 3: the coal is loaded onto a bulk carrier at Nampo. March 9: the vessel anchors off Longkou. March 12: the cargo is discharged at Longkou port.",
		places: []string{"Nampo", "Longkou"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Longkou"}},
	{name: "stops listed with via", text: "The steel pipes moved from Shenyang via Dandong and Sinuiju to Pyongyang over nine days.",
		places: []string{"Shenyang", "Dandong", "Sinuiju", "Pyongyang"}, goods: []string{"steel pipes=steel pipes"}, legs: []string{"Dandong>Sinuiju", "Shenyang>Dandong", "Sinuiju>Pyongyang"}},
	{name: "route split over paragraphs", text: "Lorries loaded with fertiliser left Hunchun on Tuesday.\n\nLocal officials said the harvest had been poor and farmers were short of everything. Rice rose by a third in a month.\n\nThe lorries reached Rajin two days later.",
		places: []string{"Hunchun", "Rajin"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Hunchun>Rajin"}},
	{name: "the shipment, cleared, reached by sea", text: "The shipment of textiles left Sinuiju by rail on 4 June. It was cleared in Dandong the next day and reached Ningbo by sea a fortnight later.",
		places: []string{"Sinuiju", "Dandong", "Ningbo"}, goods: []string{"textiles=textiles"}, legs: []string{"Dandong>Ningbo", "Sinuiju>Dandong"}},
	{name: "the tanker slipped out and unloaded", text: "A tanker carrying refined oil slipped out of Nakhodka on Sunday, according to tracking data. The tanker switched off its transponder and turned up two days later off Wonsan, where it unloaded.",
		places: []string{"Nakhodka", "Wonsan"}, goods: []string{"refined oil=refined oil"}, legs: []string{"Nakhodka>Wonsan"}},
	{name: "a convoy crossed the bridge", text: "A convoy of twenty trucks with flour crossed the Friendship Bridge from Dandong to Sinuiju on Friday morning.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"flour=flour"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "the freight train pulled out and rolled in", text: "The freight train pulled out of Manpo with magnesite on Monday and rolled into Ji'an that evening, where the wagons were emptied.",
		places: []string{"Manpo", "Ji'an"}, goods: []string{"magnesite=magnesite"}, legs: []string{"Manpo>Ji'an"}},
	{name: "passive with a quantity", text: "Some 300 tonnes of scrap copper were transported from Chongjin to Hunchun by road, it was reported.",
		places: []string{"Chongjin", "Hunchun"}, goods: []string{"copper=scrap copper"}, legs: []string{"Chongjin>Hunchun"}},
	{name: "customs declaration register", text: "According to the declaration, the goods (HS 8471, computers) were consigned from Shenzhen to Hong Kong and re-exported to Nampo.",
		places: []string{"Shenzhen", "Hong Kong", "Nampo"}, goods: []string{"computers=computers"}, legs: []string{"Hong Kong>Nampo", "Shenzhen>Hong Kong"}},
	{name: "court register with whence", text: "The court found that between 2019 and 2021 the defendant caused luxury vehicles to be exported from Busan to Dalian, whence they were conveyed to Pyongyang.",
		places: []string{"Busan", "Dalian", "Pyongyang"}, goods: []string{"vehicles=luxury vehicles"}, legs: []string{"Busan>Dalian", "Dalian>Pyongyang"}},
	{name: "UN panel register, having called at", text: "The Panel was informed by a Member State that the vessel, having called at Vostochny, delivered the petroleum products to Nampo on 3 October.",
		places: []string{"Vostochny", "Nampo"}, goods: []string{"petroleum products=petroleum products"}, legs: []string{"Vostochny>Nampo"}},
	{name: "UN panel, loaded and discharged", text: "The Panel notes that the vessel loaded coal at Nampo on 12 August. It discharged the coal at Zhoushan eight days later, according to port records.",
		places: []string{"Nampo", "Zhoushan"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Zhoushan"}},
	{name: "machine-translated, is sending to", text: "Recently the smuggle of copper to China is very active. Copper is collecting in Hyesan and is sending to Changbai by the river crossing at night.",
		places: []string{"Hyesan", "Changbai", "China"}, goods: []string{"copper=copper|Copper"}, legs: []string{"Hyesan>Changbai"}},
	{name: "machine-translated, is entered to", text: "According to the source, the medicine from Dandong is entered to Sinuiju and then it goes to Pyongyang market.",
		places: []string{"Dandong", "Sinuiju", "Pyongyang"}, goods: []string{"medicine=medicine"}, legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
	{name: "flown from an airport", text: "The spare parts were flown from Shenyang's Taoxian airport to Pyongyang on the weekly Air Koryo service.",
		places: []string{"Shenyang", "Pyongyang"}, goods: []string{"spare parts=spare parts"}, legs: []string{"Shenyang>Pyongyang"}},
	{name: "re-labelled there and carried on", text: "The rubber was shipped from Laem Chabang to Singapore, re-labelled there, and carried on to Nampo in a container.",
		places: []string{"Laem Chabang", "Singapore", "Nampo"}, goods: []string{"rubber=rubber"}, legs: []string{"Laem Chabang>Singapore", "Singapore>Nampo"}},
	{name: "landed, moved, then across", text: "Squid caught off the east coast is landed at Chongjin and moved by refrigerated truck to Rajin, then across to Hunchun.",
		places: []string{"Chongjin", "Rajin", "Hunchun"}, goods: []string{"squid=Squid"}, legs: []string{"Chongjin>Rajin", "Rajin>Hunchun"}},
	{name: "arrived at a port from, aboard", text: "Customs said the cigarettes arrived at Incheon from Dalian aboard a ferry last week.",
		places: []string{"Incheon", "Dalian"}, goods: []string{"cigarettes=cigarettes"}, legs: []string{"Dalian>Incheon"}},
	{name: "railed, shipped from there", text: "The timber was railed from Khabarovsk to Vanino and shipped from there to Rajin.",
		places: []string{"Khabarovsk", "Vanino", "Rajin"}, goods: []string{"timber=timber"}, legs: []string{"Khabarovsk>Vanino", "Vanino>Rajin"}},
	{name: "bound for, the barges left", text: "Bound for Wonsan, the barges left Hungnam loaded with cement.",
		places: []string{"Wonsan", "Hungnam"}, goods: []string{"cement=cement"}, legs: []string{"Hungnam>Wonsan"}},
	{name: "took on ore, the cargo reached", text: "The bulk carrier took on 5,000 tonnes of iron ore at Chongjin. The cargo was declared as Chinese when it reached Lianyungang.",
		places: []string{"Chongjin", "Lianyungang"}, goods: []string{"iron ore=iron ore"}, legs: []string{"Chongjin>Lianyungang"}},
	{name: "loaded at, transshipped, going on", text: "The anthracite, loaded at Nampo, was transshipped at Nakhodka before going on to Busan.",
		places: []string{"Nampo", "Nakhodka", "Busan"}, goods: []string{"anthracite=anthracite"}, legs: []string{"Nakhodka>Busan", "Nampo>Nakhodka"}},
	{name: "dateline origin, across into", text: "DANDONG, China - Trucks loaded with fertiliser rumbled across the new bridge into Sinuiju on Thursday, the first such crossing this year.",
		places: []string{"Dandong=DANDONG", "China", "Sinuiju"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "a train carrying coal headed from", text: "A train carrying coal headed from Khasan to Rajin on Sunday, the railway said.",
		places: []string{"Khasan", "Rajin"}, goods: []string{"coal=coal"}, legs: []string{"Khasan>Rajin"}},
	{name: "headed for when it was stopped", text: "Vietnamese customs said the ship had loaded coal at Cam Pha and was headed for Nampo when it was stopped.",
		places: []string{"Cam Pha", "Nampo"}, goods: []string{"coal=coal"}, legs: []string{"Cam Pha>Nampo"}},
	{name: "seized in, had come from", text: "Seized in Haiphong, the rifles had come from Nampo hidden beneath sacks of sugar.",
		places: []string{"Haiphong", "Nampo"}, goods: []string{"rifles=rifles", "sugar=sugar"}, legs: []string{"Nampo>Haiphong"}},
	{name: "delivered to X from Y", text: "The company delivered 40 tonnes of sugar to Chongjin from Yanji in a single week.",
		places: []string{"Chongjin", "Yanji"}, goods: []string{"sugar=sugar"}, legs: []string{"Yanji>Chongjin"}},
	{name: "wagons rolled to, then across", text: "Wagons of soybeans rolled from Harbin to Suifenhe and then across the border to Ussuriysk.",
		places: []string{"Harbin", "Suifenhe", "Ussuriysk"}, goods: []string{"soybeans=soybeans"}, legs: []string{"Harbin>Suifenhe", "Suifenhe>Ussuriysk"}},

	// ---- must fire, Korean ----
	{name: "ko trucks departing, arrived and unloaded", text: "단둥에서 출발한 화물차들이 신의주에 도착해 밀가루를 내렸다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"flour=밀가루"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "ko a timeline", text: "5월 2일 남포항에서 석탄 선적. 5월 6일 룽커우항 도착 후 하역.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, legs: []string{"Nampo>Longkou"}},
	{name: "ko passive through", text: "이 약품은 단둥에서 신의주를 거쳐 평양으로 운반되었다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"medicine=약품"}, legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
	{name: "ko gathered, then passed over", text: "밀수꾼들은 혜산에서 구리를 모았다가 밤에 장백으로 넘긴다.",
		places: []string{"Hyesan=혜산", "Changbai=장백"}, goods: []string{"copper=구리"}, legs: []string{"Hyesan>Changbai"}},
	{name: "ko customs says it came in on a ferry", text: "세관에 따르면 이 담배는 다롄에서 카페리에 실려 인천항으로 들어왔다.",
		places: []string{"Dalian=다롄", "Incheon=인천"}, goods: []string{"cigarettes=담배"}, legs: []string{"Dalian>Incheon"}},
	{name: "ko as soon as it arrived, reloaded and left", text: "석탄이 남포에 도착하자 곧바로 중국 배에 옮겨 실려 닝보로 떠났다.",
		places: []string{"Nampo=남포", "Ningbo=닝보"}, goods: []string{"coal=석탄"}, legs: []string{"Nampo>Ningbo"}},
	{name: "ko freight train arrived, then by truck", text: "화물열차는 만포를 출발해 지안에 도착했으며, 마그네사이트는 그곳에서 트럭으로 통화까지 옮겨졌다.",
		places: []string{"Manpo=만포", "Ji'an=지안", "Tonghua=통화"}, goods: []string{"magnesite=마그네사이트"}, legs: []string{"Ji'an>Tonghua", "Manpo>Ji'an"}},

	// ---- must not fire, English ----
	{name: "a delegation flew for talks", text: "A trade delegation flew from Pyongyang to Vladivostok on Monday for talks on seafood exports.",
		places: []string{"Pyongyang", "Vladivostok"}, goods: []string{"seafood=seafood"}, none: true},
	{name: "prices in two towns", text: "In Sinuiju a kilogram of sugar now sells for 9,000 won, up from the equivalent of 7,500 won in Dandong last month.",
		places: []string{"Sinuiju", "Dandong"}, goods: []string{"sugar=sugar"}, none: true},
	{name: "a plan pending approval", text: "The company plans to ship 10,000 tonnes of fertiliser from Dalian to Nampo next spring, pending approval from Beijing.",
		places: []string{"Dalian", "Nampo", "Beijing"}, goods: []string{"fertiliser=fertiliser"}, none: true},
	{name: "a denial by the agency", text: "The shipping agency denied that its vessel had carried coal from Nampo to Ningbo, calling the report fabricated.",
		places: []string{"Nampo", "Ningbo"}, goods: []string{"coal=coal"}, none: true},
	{name: "money wired, no goods", text: "Brokers wired the money from Yanji to Hyesan within a day, taking a cut of 30 percent. The family used it to buy rice.",
		places: []string{"Yanji", "Hyesan"}, goods: []string{"rice=rice"}, none: true},
	{name: "workers from a town", text: "Workers from Sinuiju now staff the garment factories in Dandong, where they sew jackets for export.",
		places: []string{"Sinuiju", "Dandong"}, goods: []string{"jackets=jackets"}, none: true},
	{name: "a firm based in one town, owner from another", text: "A Dalian-based firm owned by a businessman from Shenyang sells steel in Pyongyang.",
		places: []string{"Dalian", "Shenyang", "Pyongyang"}, goods: []string{"steel=steel"}, none: true},
	{name: "a hypothetical if the bridge reopens", text: "If the bridge reopens, traders could move seafood from Sinuiju to Dandong within hours, one exporter said.",
		places: []string{"Sinuiju", "Dandong"}, goods: []string{"seafood=seafood"}, none: true},
	{name: "a defector's journey", text: "The defector travelled from Hyesan to Changbai, then to Shenyang and Kunming before reaching Bangkok. She had worked selling rice in Hyesan.",
		places: []string{"Hyesan", "Changbai", "Shenyang", "Kunming", "Bangkok"}, goods: []string{"rice=rice"}, none: true},
	{name: "diesel priced in two towns", text: "Russian diesel costs 1.2 dollars a litre in Rajin and slightly more in Chongjin, traders said.",
		places: []string{"Rajin", "Chongjin"}, goods: []string{"diesel=diesel"}, none: true},
	{name: "UN panel names vessels and an owner", text: "The Panel identified three tankers flagged in Sierra Leone and a Hong Kong company that owns a tanker moored at Nampo.",
		places: []string{"Sierra Leone", "Hong Kong", "Nampo"}, goods: []string{"fuel=tankers"}, none: true},
	{name: "flights resumed between", text: "Air Koryo resumed flights between Pyongyang and Shenyang this week after a three-year pause, carrying mostly officials.",
		places: []string{"Pyongyang", "Shenyang"}, goods: []string{}, none: true},
	{name: "no coal has left since", text: "Customs said no coal had left Nampo for China since August.",
		places: []string{"Nampo", "China"}, goods: []string{"coal=coal"}, none: true},
	{name: "a trader from one town buys in another", text: "The trader, who comes from Chongjin, buys her stock of clothes in Yanji's wholesale market.",
		places: []string{"Chongjin", "Yanji"}, goods: []string{"clothes=clothes"}, none: true},
	{name: "tourists took the train", text: "Chinese tourists took the train from Dandong to Sinuiju for a day trip and bought ginseng at a state shop.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"ginseng=ginseng"}, none: true},
	{name: "agreed to open a bridge", text: "Russia and North Korea agreed to open a road bridge from Khasan to Tumangang by next year, through which timber and coal could move.",
		places: []string{"Khasan", "Tumangang"}, goods: []string{"timber=timber", "coal=coal"}, none: true},
	{name: "owner registered in a port, ship idle elsewhere", text: "The vessel's owner, registered in Vladivostok, said the ship had been idle at Rajin with its hold empty since March.",
		places: []string{"Vladivostok", "Rajin"}, goods: []string{}, none: true},

	// ---- must not fire, Korean ----
	{name: "ko a price in a market", text: "혜산 시장에서 중국산 쌀 1kg은 6천 원에 팔린다고 장백의 한 상인이 전했다.",
		places: []string{"Hyesan=혜산", "Changbai=장백"}, goods: []string{"rice=쌀"}, none: true},
	{name: "ko a plan for next spring", text: "회사는 내년 봄 다롄에서 남포로 비료를 보낼 계획이다.",
		places: []string{"Dalian=다롄", "Nampo=남포"}, goods: []string{"fertiliser=비료"}, none: true},
	{name: "ko workers from a town", text: "신의주 출신 노동자들이 단둥의 봉제공장에서 옷을 만들고 있다.",
		places: []string{"Sinuiju=신의주", "Dandong=단둥"}, goods: []string{"clothes=옷"}, none: true},
	{name: "ko a hypothetical", text: "다리가 다시 열리면 상인들은 수산물을 신의주에서 단둥으로 몇 시간 안에 옮길 수 있을 것이다.",
		places: []string{"Sinuiju=신의주", "Dandong=단둥"}, goods: []string{"seafood=수산물"}, none: true},
	{name: "ko a defector's route", text: "탈북민은 혜산에서 장백을 거쳐 선양까지 갔다. 그는 혜산에서 쌀 장사를 했다.",
		places: []string{"Hyesan=혜산", "Changbai=장백", "Shenyang=선양"}, goods: []string{"rice=쌀"}, none: true},
	// ---- passed after round 20 (moved from paraCases19Open) ----
	{name: "stops listed in order", text: "The consignment of pipes passed through Shenyang, Dandong and Sinuiju, in that order, before it reached Pyongyang.",
		places: []string{"Shenyang", "Dandong", "Sinuiju", "Pyongyang"}, goods: []string{"pipes=pipes"}, legs: []string{"Dandong>Sinuiju", "Shenyang>Dandong", "Sinuiju>Pyongyang"}},
	{name: "reported speech of a driver", text: "The driver said he had picked the televisions up in Yanji and dropped them at a warehouse in Tumen.",
		places: []string{"Yanji", "Tumen"}, goods: []string{"televisions=televisions"}, legs: []string{"Yanji>Tumen"}},
	{name: "the cargo, Kaohsiung to Nampo", text: "The tanker took on diesel at Kaohsiung in early May. Satellite images show the same tanker at Nampo on 20 May, its cargo being pumped ashore.",
		places: []string{"Kaohsiung", "Nampo"}, goods: []string{"diesel=diesel"}, legs: []string{"Kaohsiung>Nampo"}},
	{name: "ko a source's quote", text: "소식통은 \"담배는 훈춘에서 나선으로 들어와 청진까지 간다\"고 말했다.",
		places: []string{"Hunchun=훈춘", "Rason=나선", "Chongjin=청진"}, goods: []string{"cigarettes=담배"}, legs: []string{"Hunchun>Rason", "Rason>Chongjin"}},
	{name: "ko the cargo loaded and unloaded", text: "러시아산 밀가루 2천 톤이 지난달 블라디보스토크항에서 선적됐다. 이 화물은 일주일 뒤 나진항에 하역됐다.",
		places: []string{"Vladivostok=블라디보스토크", "Rajin=나진"}, goods: []string{"flour=밀가루"}, legs: []string{"Vladivostok>Rajin"}},
	{name: "ko the tanker left and anchored", text: "유조선은 나홋카를 떠나 사흘 만에 원산 앞바다에 닻을 내렸다. 배에는 경유가 실려 있었다.",
		places: []string{"Nakhodka=나홋카", "Wonsan=원산"}, goods: []string{"diesel=경유"}, legs: []string{"Nakhodka>Wonsan"}},
	{name: "ko reported speech of a driver", text: "운전기사는 연길에서 텔레비전을 싣고 도문 창고에 내려놓았다고 진술했다.",
		places: []string{"Yanji=연길", "Tumen=도문"}, goods: []string{"televisions=텔레비전"}, legs: []string{"Yanji>Tumen"}},
	{name: "ko a list of stops in turn", text: "철강재는 심양, 단둥, 신의주를 차례로 거쳐 평양에 닿았다.",
		places: []string{"Shenyang=심양", "Dandong=단둥", "Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"steel=철강재"}, legs: []string{"Dandong>Sinuiju", "Shenyang>Dandong", "Sinuiju>Pyongyang"}},
	{name: "ko split by a sentence of other talk", text: "비료를 실은 트럭들이 훈춘을 떠났다. 현지 관리들은 올해 작황이 나쁘다고 말했다. 트럭들은 이틀 뒤 나선에 도착했다.",
		places: []string{"Hunchun=훈춘", "Rason=나선"}, goods: []string{"fertiliser=비료"}, legs: []string{"Hunchun>Rason"}},
	{name: "ko the destination first, the origin after", text: "평양 시장에 나온 이 전자제품들은 지난주 신의주에서 기차로 실려 왔다.",
		places: []string{"Pyongyang=평양", "Sinuiju=신의주"}, goods: []string{"electronics=전자제품"}, legs: []string{"Sinuiju>Pyongyang"}},
	// ---- passed after round 23 (moved from paraCases19Open) ----
	{name: "ko a denial", text: "선박 회사는 자사 선박이 남포에서 닝보로 석탄을 운반했다는 의혹을 부인했다.",
		places: []string{"Nampo=남포", "Ningbo=닝보"}, goods: []string{"coal=석탄"}, none: true},
}

// paraCases19Open failed on the first run and still fail: a route told
// from the destination back whose first sentence says goods "turned up"
// (for sale there, by the rules) and whose second hop is a verbless "and
// before that on a ship from Vladivostok", the town of the officials who
// speak as the unstated stop, "it had arrived from … and was later sent
// on" about a container opened in a town; controls: smugglers who cross to
// meet buyers, "wanted to … but never tried", Korean people travelling for
// talks. Round 20 moved ten passages that pass now to paraCases19, round
// 23 the Korean denial (부인했다) of a carriage.
var paraCases19Open = []paraCase{
	{name: "told from the destination back", text: "The generators that turned up in Hamhung last month had come a long way. Before Hamhung they were in Chongjin, and before that on a ship from Vladivostok.",
		places: []string{"Hamhung", "Chongjin", "Vladivostok"}, goods: []string{"generators=generators"}, legs: []string{"Chongjin>Hamhung", "Vladivostok>Chongjin"}},
	{name: "the container, it, sent on", text: "Customs officers in Dalian opened the container twice. It had arrived from Nampo with what the manifest called mineral sand and was later sent on to Tianjin.",
		places: []string{"Dalian", "Nampo", "Tianjin"}, goods: []string{"mineral sand=mineral sand"}, legs: []string{"Dalian>Tianjin", "Nampo>Dalian"}},
	{name: "officials in the port say the consignment came in", text: "Port officials in Vladivostok said the consignment of frozen seafood had come in from Rajin on a passenger ferry and would stay in bond.",
		places: []string{"Vladivostok", "Rajin"}, goods: []string{"seafood=frozen seafood"}, legs: []string{"Rajin>Vladivostok"}},
	{name: "smugglers crossed to meet buyers", text: "The smugglers crossed the river from Namyang to Tumen at night to meet buyers for the copper they hoped to sell later.",
		places: []string{"Namyang", "Tumen"}, goods: []string{"copper=copper"}, none: true},
	{name: "they wanted to but never tried", text: "The smugglers wanted to take the copper from Hyesan to Changbai, but there were too many guards and they never tried.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"copper=copper"}, none: true},
	{name: "ko a delegation left for talks", text: "무역 대표단은 수산물 수출 협상을 위해 평양에서 블라디보스토크로 떠났다.",
		places: []string{"Pyongyang=평양", "Vladivostok=블라디보스토크"}, goods: []string{"seafood=수산물"}, none: true},
}

// paraCases19Fixes check the rules of round 19 in other words, with
// controls.
var paraCases19Fixes = []paraCase{
	{name: "engineers flew to inspect the goods", text: "A group of engineers flew from Pyongyang to Shenyang to inspect the generators.",
		places: []string{"Pyongyang", "Shenyang"}, goods: []string{"generators=generators"}, none: true},
	{name: "officials travelled for talks on imports", text: "Visiting officials travelled from Dandong to Sinuiju for talks on fertiliser imports.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"fertiliser=fertiliser"}, none: true},
	{name: "traders flew with samples", text: "Traders flew from Shenyang to Pyongyang with samples of ginseng.",
		places: []string{"Shenyang", "Pyongyang"}, goods: []string{"ginseng=ginseng"}, legs: []string{"Shenyang>Pyongyang"}},
	{name: "workers travelled carrying goods", text: "Workers travelled from Sinuiju to Dandong carrying bags of dried fish.",
		places: []string{"Sinuiju", "Dandong"}, goods: []string{"fish=dried fish"}, legs: []string{"Sinuiju>Dandong"}},
	{name: "the delegation carried the goods", text: "The delegation carried seafood samples from Pyongyang to Vladivostok.",
		places: []string{"Pyongyang", "Vladivostok"}, goods: []string{"seafood=seafood"}, legs: []string{"Pyongyang>Vladivostok"}},
	{name: "where they were loaded onto a train", text: "The pipes were trucked to Dandong, where they were loaded onto a train for Sinuiju.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"pipes=pipes"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "where they were transferred to a barge", text: "The pipes were trucked from Shenyang to Dandong, where they were transferred to a barge bound for Sinuiju.",
		places: []string{"Shenyang", "Dandong", "Sinuiju"}, goods: []string{"pipes=pipes"}, legs: []string{"Dandong>Sinuiju", "Shenyang>Dandong"}},
	{name: "where they were put on a train", text: "The cars were exported from Busan to Dalian, where they were put on a train to Pyongyang.",
		places: []string{"Busan", "Dalian", "Pyongyang"}, goods: []string{"cars=cars"}, legs: []string{"Busan>Dalian", "Dalian>Pyongyang"}},
	{name: "whence they were railed", text: "The tyres came by sea from Nakhodka to Rajin, whence they were railed to Chongjin.",
		places: []string{"Nakhodka", "Rajin", "Chongjin"}, goods: []string{"tyres=tyres"}, legs: []string{"Nakhodka>Rajin", "Rajin>Chongjin"}},
	{name: "where they were sold to traders from a town", text: "The batteries were sent from Yanji to Tumen, where they were sold to traders from Onsong.",
		places: []string{"Yanji", "Tumen", "Onsong"}, goods: []string{"batteries=batteries"}, legs: []string{"Yanji>Tumen"}},
	{name: "where it was weighed by officials from a town", text: "The ore went from Musan to Nanping, where it was weighed by officials from Yanji.",
		places: []string{"Musan", "Nanping", "Yanji"}, goods: []string{"ore=ore"}, legs: []string{"Musan>Nanping"}},
	{name: "and re-shipped", text: "The computers were shipped from Shenzhen to Hong Kong and re-shipped to Nampo.",
		places: []string{"Shenzhen", "Hong Kong", "Nampo"}, goods: []string{"computers=computers"}, legs: []string{"Hong Kong>Nampo", "Shenzhen>Hong Kong"}},
	{name: "and re-loaded onto a coaster", text: "The sugar was shipped from Qingdao to Dalian and re-loaded onto a coaster for Nampo.",
		places: []string{"Qingdao", "Dalian", "Nampo"}, goods: []string{"sugar=sugar"}, legs: []string{"Dalian>Nampo", "Qingdao>Dalian"}},
	{name: "cleared customs between two hops", text: "The textiles left Sinuiju by rail, cleared customs at Dandong and reached Ningbo by sea.",
		places: []string{"Sinuiju", "Dandong", "Ningbo"}, goods: []string{"textiles=textiles"}, legs: []string{"Dandong>Ningbo", "Sinuiju>Dandong"}},
	{name: "were cleared in, next sentence", text: "The textiles left Sinuiju by rail. They were cleared in Dandong the next day and reached Ningbo by sea.",
		places: []string{"Sinuiju", "Dandong", "Ningbo"}, goods: []string{"textiles=textiles"}, legs: []string{"Dandong>Ningbo", "Sinuiju>Dandong"}},
	{name: "debts cleared in a town are no stop", text: "The debts were cleared in Dandong and the textiles went to Ningbo.",
		places: []string{"Dandong", "Ningbo"}, goods: []string{"textiles=textiles"}, notLeg: "Dandong>Ningbo"},
	{name: "ko loaded at one port, unloaded at another", text: "설탕은 칭다오항에서 선적되어 남포항에 하역되었다.",
		places: []string{"Qingdao=칭다오", "Nampo=남포"}, goods: []string{"sugar=설탕"}, legs: []string{"Qingdao>Nampo"}},
	{name: "ko loaded and unloaded, 에서 하역", text: "밀가루는 블라디보스토크항에서 선적되어 나진항에서 하역됐다.",
		places: []string{"Vladivostok=블라디보스토크", "Rajin=나진"}, goods: []string{"flour=밀가루"}, legs: []string{"Vladivostok>Rajin"}},
	{name: "ko a plan to load", text: "회사는 남포에서 석탄을 선적할 계획이다.",
		places: []string{"Nampo=남포"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko a ship due to arrive", text: "석탄을 실은 배가 남포에 입항할 예정이다.",
		places: []string{"Nampo=남포"}, goods: []string{"coal=석탄"}, none: true},
}
