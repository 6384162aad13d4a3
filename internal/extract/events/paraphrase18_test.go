package events

import "testing"

// TestLegParaphrases18 checks the rules of round 18, each with passages
// that must make the legs and controls that must not:
//
//   - a relay: agents of a town ("smugglers in Hyesan", "a Musan gang",
//     "신의주 상인들") take delivery of goods from another town and send
//     them on; the goods pass through the agents' town. Not when what they
//     receive is no goods (a call, money, an order) or the agents only
//     come from the town;
//   - a way back with nothing aboard ("came back empty", "in ballast",
//     "빈 배로 돌아왔다") moves no goods, and people who travel in a clause
//     of their own ("…, and the crew flew back to Nampo") move none; told
//     negated ("did not come back empty") the goods came back. Korean
//     돌아왔다 is a verb of motion;
//   - told backwards: "Before that they had sat in a shed in Kanggye" puts
//     the goods there before the first stop told;
//   - clearing customs at a place ("cleared customs at Rajin", "once
//     through customs in Erenhot") is where the goods were when a
//     destination follows, not who speaks ("customs officers in Rajin");
//   - "After that" at the head of a sentence goes on from the goods' last
//     stop, past a sentence about a price.
func TestLegParaphrases18(t *testing.T) {
	checkParaCases(t, paraCases18)
}

var paraCases18 = []paraCase{
	// Relay through the agents' town.
	{name: "smugglers in a town take delivery and send on", text: "Smugglers in Sakju take delivery of the liquor from Kuandian and send it on by van to Kaechon.",
		places: []string{"Sakju", "Kuandian", "Kaechon"}, goods: []string{"liquor=liquor"}, legs: []string{"Kuandian>Sakju", "Sakju>Kaechon"}},
	{name: "traders based in a town receive and forward", text: "Traders based in Onsong receive the rice cookers from partners in Tumen and forward them to Kilju by lorry.",
		places: []string{"Onsong", "Tumen", "Kilju"}, goods: []string{"rice cookers=rice cookers"}, legs: []string{"Onsong>Kilju", "Tumen>Onsong"}},
	{name: "a town's gang collects and passes on", text: "A Wiwon gang collects the batteries from Ji'an and passes them on to Kanggye.",
		places: []string{"Wiwon", "Ji'an", "Kanggye"}, goods: []string{"batteries=batteries"}, legs: []string{"Ji'an>Wiwon", "Wiwon>Kanggye"}},
	{name: "dealers of a town picked up and trucked", text: "Puryong dealers picked up the tiles from Sanhe and trucked them to Chongjin.",
		places: []string{"Puryong", "Sanhe", "Chongjin"}, goods: []string{"tiles=tiles"}, legs: []string{"Puryong>Chongjin", "Sanhe>Puryong"}},
	{name: "ko smugglers of a town receive and send on", text: "만포의 밀수꾼들은 지안에서 넘겨받은 약품을 화물차로 강계까지 보낸다.",
		places: []string{"Manpo=만포", "Ji'an=지안", "Kanggye=강계"}, goods: []string{"medicine=약품"}, legs: []string{"Ji'an>Manpo", "Manpo>Kanggye"}},
	{name: "ko resellers receive goods, then carry them on", text: "온성의 되거래꾼들은 투먼에서 건너온 신발을 넘겨받아 김책으로 넘긴다.",
		places: []string{"Onsong=온성", "Tumen=투먼", "Kimchaek=김책"}, goods: []string{"shoes=신발"}, legs: []string{"Onsong>Kimchaek", "Tumen>Onsong"}},
	{name: "ko merchants of a town send on what they received", text: "삭주 상인들이 관전에서 받은 술을 개천의 시장으로 실어 보내고 있다.",
		places: []string{"Sakju=삭주", "Kuandian=관전", "Kaechon=개천"}, goods: []string{"liquor=술"}, legs: []string{"Kuandian>Sakju", "Sakju>Kaechon"}},
	{name: "a call received is no handover", text: "Smugglers in Sakju received a call from Kuandian and sent the liquor to Kaechon.",
		places: []string{"Sakju", "Kuandian", "Kaechon"}, goods: []string{"liquor=liquor"}, notLeg: "Kuandian>Sakju"},
	{name: "payment received, a driver carries the goods", text: "Dealers in Onsong received payment from Tumen, and a driver took the rice cookers from Tumen to Kilju.",
		places: []string{"Onsong", "Tumen", "Kilju"}, goods: []string{"rice cookers=rice cookers"}, legs: []string{"Tumen>Kilju"}},
	{name: "agents from a town carry goods past it", text: "Couriers from Wiwon carried the batteries from Ji'an to Kanggye.",
		places: []string{"Wiwon", "Ji'an", "Kanggye"}, goods: []string{"batteries=batteries"}, legs: []string{"Ji'an>Kanggye"}},
	{name: "a town's company ships without a handover", text: "A Puryong company shipped the tiles from Sanhe to Chongjin.",
		places: []string{"Puryong", "Sanhe", "Chongjin"}, goods: []string{"tiles=tiles"}, legs: []string{"Sanhe>Chongjin"}},
	{name: "ko an order received is no handover", text: "만포의 밀수꾼들은 지안에서 주문을 받아 강계로 약품을 보낸다.",
		places: []string{"Manpo=만포", "Ji'an=지안", "Kanggye=강계"}, goods: []string{"medicine=약품"}, notLeg: "Ji'an>Manpo"},
	{name: "ko money received is no handover", text: "삭주 상인들은 관전에서 돈을 받은 뒤 술을 개천으로 보냈다.",
		places: []string{"Sakju=삭주", "Kuandian=관전", "Kaechon=개천"}, goods: []string{"liquor=술"}, notLeg: "Kuandian>Sakju"},

	// A way back with nothing aboard; people on their own.
	{name: "the freighter came back empty", text: "The ore was shipped from Kimchaek to Yingkou. The freighter came back empty.",
		places: []string{"Kimchaek", "Yingkou"}, goods: []string{"iron ore=ore"}, legs: []string{"Kimchaek>Yingkou"}},
	{name: "the tanker returned in ballast", text: "A tanker carried the diesel from Vostochny to Rajin in May. It returned in ballast a week later.",
		places: []string{"Vostochny", "Rajin"}, goods: []string{"diesel=diesel"}, legs: []string{"Vostochny>Rajin"}},
	{name: "the barge went back to its port empty", text: "The sand was taken by barge from Haeju to Shidao. The barge sailed back to Haeju empty.",
		places: []string{"Haeju", "Shidao"}, goods: []string{"sand=sand"}, legs: []string{"Haeju>Shidao"}},
	{name: "lorries drive back empty in the same sentence", text: "Lorries haul the timber from Hoeryong to Sanhe and drive back empty.",
		places: []string{"Hoeryong", "Sanhe"}, goods: []string{"timber=timber"}, legs: []string{"Hoeryong>Sanhe"}},
	{name: "the crew flew home in a clause of their own", text: "The ore was shipped from Kimchaek to Yingkou, and the crew flew back to Kimchaek.",
		places: []string{"Kimchaek", "Yingkou"}, goods: []string{"iron ore=ore"}, legs: []string{"Kimchaek>Yingkou"}},
	{name: "the drivers went home", text: "Trucks took the cement from Tonghua to Manpo, and the drivers went home to Ji'an.",
		places: []string{"Tonghua", "Manpo", "Ji'an"}, goods: []string{"cement=cement"}, legs: []string{"Tonghua>Manpo"}},
	{name: "the captain flew on to arrange payment", text: "The anthracite went by sea from Nampo to Caofeidian, and the captain flew to Beijing to collect the money.",
		places: []string{"Nampo", "Caofeidian", "Beijing"}, goods: []string{"anthracite=anthracite"}, legs: []string{"Nampo>Caofeidian"}},
	{name: "not back empty: goods came back", text: "The ore was shipped from Kimchaek to Yingkou. The ship did not come back empty.",
		places: []string{"Kimchaek", "Yingkou"}, goods: []string{"iron ore=ore"}, legs: []string{"Kimchaek>Yingkou", "Yingkou>Kimchaek"}},
	{name: "the ship came back with other goods", text: "The ore was shipped from Kimchaek to Yingkou. The same freighter came back to Kimchaek with fertiliser.",
		places: []string{"Kimchaek", "Yingkou"}, goods: []string{"iron ore=ore", "fertiliser=fertiliser"}, legs: []string{"Kimchaek>Yingkou", "Yingkou>Kimchaek"}},
	{name: "the drivers took the goods on", text: "Trucks took the cement from Tonghua to Manpo, and the drivers took it on to Kanggye.",
		places: []string{"Tonghua", "Manpo", "Kanggye"}, goods: []string{"cement=cement"}, legs: []string{"Manpo>Kanggye", "Tonghua>Manpo"}},
	{name: "ko came back empty", text: "명태는 김책에서 블라디보스토크로 실려 갔다. 배는 빈 배로 김책에 돌아왔다.",
		places: []string{"Kimchaek=김책", "Vladivostok=블라디보스토크"}, goods: []string{"pollock=명태"}, legs: []string{"Kimchaek>Vladivostok"}},
	{name: "ko loaded goods and came back", text: "화물선은 나홋카에서 밀가루를 싣고 라진으로 돌아왔다.",
		places: []string{"Nakhodka=나홋카", "Rajin=라진"}, goods: []string{"flour=밀가루"}, legs: []string{"Nakhodka>Rajin"}},
	{name: "ko lorries loaded tiles and came back", text: "트럭들은 단둥에서 타일을 싣고 신의주로 돌아왔다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"tiles=타일"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "ko fishing boats come back with flour", text: "어선들은 블라디보스토크에서 밀가루를 싣고 청진항으로 돌아온다.",
		places: []string{"Vladivostok=블라디보스토크", "Chongjin=청진"}, goods: []string{"flour=밀가루"}, legs: []string{"Vladivostok>Chongjin"}},
	{name: "ko sailors came home after leave", text: "석탄은 남포에서 룽커우로 실려 갔다. 선원들은 휴가를 마치고 남포로 돌아왔다.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, legs: []string{"Nampo>Longkou"}},
	{name: "ko brought the goods back", text: "상인들은 훈춘에서 산 설탕을 온성으로 돌아와 팔았다.",
		places: []string{"Hunchun=훈춘", "Onsong=온성"}, goods: []string{"sugar=설탕"}, legs: []string{"Hunchun>Onsong"}},
	{name: "ko people came back, no goods", text: "설탕은 훈춘에서 온성으로 넘어왔다. 대표단은 평양으로 돌아왔다.",
		places: []string{"Hunchun=훈춘", "Onsong=온성", "Pyongyang=평양"}, goods: []string{"sugar=설탕"}, legs: []string{"Hunchun>Onsong"}},

	// Told backwards: where the goods were kept before.
	{name: "before that they sat in a shed", text: "Porters carried the mushrooms over the river from Hyesan to Changbai. Before that they had sat for a week in a shed in Samsu.",
		places: []string{"Hyesan", "Changbai", "Samsu"}, goods: []string{"mushrooms=mushrooms"}, legs: []string{"Hyesan>Changbai", "Samsu>Hyesan"}},
	{name: "prior to that it was stored", text: "A barge took the zinc from Nampo to Longkou. Prior to that, it was stored in a depot at Haeju for two months.",
		places: []string{"Nampo", "Longkou", "Haeju"}, goods: []string{"zinc=zinc"}, legs: []string{"Haeju>Nampo", "Nampo>Longkou"}},
	{name: "earlier it had been kept", text: "The televisions crossed the bridge from Tumen to Namyang. Earlier they had been kept in a warehouse in Yanji.",
		places: []string{"Tumen", "Namyang", "Yanji"}, goods: []string{"televisions=televisions"}, legs: []string{"Tumen>Namyang", "Yanji>Tumen"}},
	{name: "a person lived there before", text: "Porters carried the mushrooms over the river from Hyesan to Changbai. Before that the porter had lived in Samsu.",
		places: []string{"Hyesan", "Changbai", "Samsu"}, goods: []string{"mushrooms=mushrooms"}, legs: []string{"Hyesan>Changbai"}},
	{name: "after that it sat: no hop back", text: "A barge took the zinc from Nampo to Longkou. After that it sat in a yard at Haeju.",
		places: []string{"Nampo", "Longkou", "Haeju"}, goods: []string{"zinc=zinc"}, notLeg: "Haeju>Nampo"},
	{name: "other goods kept before", text: "The televisions crossed the bridge from Tumen to Namyang. Before that the rice was stored in Yanji.",
		places: []string{"Tumen", "Namyang", "Yanji"}, goods: []string{"televisions=televisions", "rice=rice"}, legs: []string{"Tumen>Namyang"}},
	{name: "a price before, no storage", text: "The televisions crossed the bridge from Tumen to Namyang. Before that, prices in Yanji were lower.",
		places: []string{"Tumen", "Namyang", "Yanji"}, goods: []string{"televisions=televisions"}, legs: []string{"Tumen>Namyang"}},

	// Customs clearance at a place: where the goods were.
	{name: "cleared customs, then driven on", text: "The pollock cleared customs at Khasan and was driven to Ussuriysk.",
		places: []string{"Khasan", "Ussuriysk"}, goods: []string{"pollock=pollock"}, legs: []string{"Khasan>Ussuriysk"}},
	{name: "after clearing customs in a port", text: "After clearing customs in Yantai, the ferrosilicon was loaded onto lorries for Weifang.",
		places: []string{"Yantai", "Weifang"}, goods: []string{"ferrosilicon=ferrosilicon"}, legs: []string{"Yantai>Weifang"}},
	{name: "once through customs", text: "Once through customs at Erenhot, the flour went by rail to Beijing.",
		places: []string{"Erenhot", "Beijing"}, goods: []string{"flour=flour"}, legs: []string{"Erenhot>Beijing"}},
	{name: "passed through customs before lorries hauled it", text: "The copper passed through customs at Dandong before lorries hauled it to Shenyang.",
		places: []string{"Dandong", "Shenyang"}, goods: []string{"copper=copper"}, legs: []string{"Dandong>Shenyang"}},
	{name: "customs officers are who speaks", text: "Customs officers in Khasan said the pollock was driven to Ussuriysk.",
		places: []string{"Khasan", "Ussuriysk"}, goods: []string{"pollock=pollock"}, none: true},
	{name: "held at customs, never arrived", text: "The flour was held at customs in Erenhot and never reached Beijing.",
		places: []string{"Erenhot", "Beijing"}, goods: []string{"flour=flour"}, none: true},
	{name: "cleared customs with no destination", text: "The copper cleared customs at Dandong, officials said, and buyers in Shenyang were waiting.",
		places: []string{"Dandong", "Shenyang"}, goods: []string{"copper=copper"}, none: true},

	// "After that" goes on past a price.
	{name: "after that, past a price", text: "The clams are shipped from Sindo to Donggang. A dealer pays 6 dollars a kilo. After that the dealer sends them by lorry to Shenyang.",
		places: []string{"Sindo", "Donggang", "Shenyang"}, goods: []string{"clams=clams"}, legs: []string{"Donggang>Shenyang", "Sindo>Donggang"}},
	{name: "after this, past a price", text: "Lorries bring the pine nuts from Hyesan to Changbai. A kilo fetches 90 yuan there. After this, buyers truck them to Baishan.",
		places: []string{"Hyesan", "Changbai", "Baishan"}, goods: []string{"pine nuts=pine nuts"}, legs: []string{"Changbai>Baishan", "Hyesan>Changbai"}},
	{name: "after that the delegation flew on", text: "The clams are shipped from Sindo to Donggang. Prices rose in May. After that the delegation flew to Shenyang.",
		places: []string{"Sindo", "Donggang", "Shenyang"}, goods: []string{"clams=clams"}, legs: []string{"Sindo>Donggang"}},
	{name: "after that, other goods", text: "The clams are shipped from Sindo to Donggang. A dealer pays 6 dollars a kilo. After that the cigarettes went to Shenyang.",
		places: []string{"Sindo", "Donggang", "Shenyang"}, goods: []string{"clams=clams", "cigarettes=cigarettes"}, notLeg: "Donggang>Shenyang"},
}
