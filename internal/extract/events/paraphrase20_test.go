package events

import "testing"

// TestLegParaphrases20 checks the rules of round 20, each class in new
// words of its own, with controls that must move nothing:
//
//   - Korean: a sentence that says goods (or their carrier) left a town
//     (에서 출발, 을 떠나, 에서 선적) leaves them on their way from there,
//     and a later sentence of the same goods (or 이 화물, 이들, a carrier)
//     that names where they arrived goes on from it; not people, plans
//     (예정, -ㄹ 것이다), other goods, or a sentence that already names
//     where they went;
//   - a list of three or more towns passed ("through A, B and C",
//     "A, B, C를 (차례로) 거쳐") is a sequence of stops in text order,
//     even when two of them are twin towns of the border;
//   - Korean "X 시장에 나온 물건" is where goods got to; "X 앞바다에 닻을
//     내렸다", "X 창고에 내려놓았다" are arrivals; "들어와", "넘어와",
//     "도착해" end a clause, so "A에서 B로 들어와 C까지" is two hops;
//   - English "picked the goods up in A and dropped them in B" starts in
//     A; a carrier "seen", "spotted" or "shown" at a town got there, and
//     goes on from where it loaded; "Before A they were in B" puts the
//     goods in B before A.
func TestLegParaphrases20(t *testing.T) {
	checkParaCases(t, paraCases20)
}

var paraCases20 = []paraCase{
	// ---- Korean: an origin sentence, then a destination sentence ----
	{name: "ko20 left, then arrived", text: "설탕은 지난 3일 칭다오에서 출발했다. 설탕은 닷새 뒤 남포에 도착했다.",
		places: []string{"Qingdao=칭다오", "Nampo=남포"}, goods: []string{"sugar=설탕"}, legs: []string{"Qingdao>Nampo"}},
	{name: "ko20 left, talk, this cargo arrived", text: "비료는 도문을 떠났다. 현지 상인들은 가격이 많이 올랐다고 말했다. 이 화물은 이튿날 남양에 도착했다.",
		places: []string{"Tumen=도문", "Namyang=남양"}, goods: []string{"fertiliser=비료"}, legs: []string{"Tumen>Namyang"}},
	{name: "ko20 loaded at a port, then unloaded", text: "시멘트는 흥남항에서 선적되었다고 한다. 이 화물은 원산항에 하역되었다.",
		places: []string{"Hungnam=흥남", "Wonsan=원산"}, goods: []string{"cement=시멘트"}, legs: []string{"Hungnam>Wonsan"}},
	{name: "ko20 a barge left, then reached", text: "모래를 실은 바지선이 해주를 떠난 뒤 소식이 끊겼다. 바지선은 사흘 만에 룽커우에 닿았다.",
		places: []string{"Haeju=해주", "Longkou=룽커우"}, goods: []string{"sand=모래"}, legs: []string{"Haeju>Longkou"}},
	{name: "ko20 they left, they arrived", text: "타이어들은 나홋카에서 출발했으며 세관 서류도 함께 보내졌다. 이들은 나진에 도착했다.",
		places: []string{"Nakhodka=나홋카", "Rajin=나진"}, goods: []string{"tyres=타이어"}, legs: []string{"Nakhodka>Rajin"}},
	{name: "ko20 control: a person left and arrived", text: "그는 혜산을 떠났다. 그는 이틀 뒤 장백에 도착했다.",
		places: []string{"Hyesan=혜산", "Changbai=장백"}, none: true},
	{name: "ko20 control: a delegation, then talks on goods", text: "대표단은 신의주에서 출발했다. 대표단은 평양에 도착해 석탄 수출을 논의했다.",
		places: []string{"Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko20 control: other goods arrived", text: "석탄은 남포에서 출발했다. 밀가루는 평양에 도착했다.",
		places: []string{"Nampo=남포", "Pyongyang=평양"}, goods: []string{"coal=석탄", "flour=밀가루"}, none: true},
	{name: "ko20 control: a plan to leave and arrive", text: "밀가루는 다음 달 신의주에서 출발할 예정이다. 밀가루는 평양에 도착할 것이다.",
		places: []string{"Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"flour=밀가루"}, none: true},
	{name: "ko20 control: a price in one town, goods in another", text: "신의주에서 쌀값이 크게 올랐다. 쌀은 평양에 도착했다.",
		places: []string{"Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"rice=쌀"}, none: true},
	{name: "ko20 control: tourists left and arrived", text: "관광객들은 단둥에서 출발했다. 그들은 신의주에 도착해 호텔에 묵었다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, none: true},

	// ---- a list of towns passed in one sentence ----
	{name: "en20 passed through three towns", text: "The sugar passed through Dalian, Dandong and Sinuiju on its way north.",
		places: []string{"Dalian", "Dandong", "Sinuiju"}, goods: []string{"sugar=sugar"}, legs: []string{"Dalian>Dandong", "Dandong>Sinuiju"}},
	{name: "en20 via three towns to a fourth", text: "The tiles went from Qingdao via Dalian, Yingkou and Dandong to Sinuiju.",
		places: []string{"Qingdao", "Dalian", "Yingkou", "Dandong", "Sinuiju"}, goods: []string{"tiles=tiles"}, legs: []string{"Dalian>Yingkou", "Dandong>Sinuiju", "Qingdao>Dalian", "Yingkou>Dandong"}},
	{name: "en20 through a list then on to", text: "The batteries travelled through Tonghua, Ji'an and Manpo before they reached Kanggye.",
		places: []string{"Tonghua", "Ji'an", "Manpo", "Kanggye"}, goods: []string{"batteries=batteries"}, legs: []string{"Ji'an>Manpo", "Manpo>Kanggye", "Tonghua>Ji'an"}},
	{name: "ko20 a comma list before 거쳐", text: "비료는 훈춘, 취안허, 원정을 거쳐 나선으로 운반되었다.",
		places: []string{"Hunchun=훈춘", "Quanhe=취안허", "Wonjong=원정", "Rason=나선"}, goods: []string{"fertiliser=비료"}, legs: []string{"Hunchun>Quanhe", "Quanhe>Wonjong", "Wonjong>Rason"}},
	{name: "ko20 a comma list, 차례대로 지나", text: "목재는 하바롭스크, 우수리스크, 하산을 차례대로 지나 나진에 닿았다고 한다.",
		places: []string{"Khabarovsk=하바롭스크", "Ussuriysk=우수리스크", "Khasan=하산", "Rajin=나진"}, goods: []string{"timber=목재"}, legs: []string{"Khabarovsk>Ussuriysk", "Khasan>Rajin", "Ussuriysk>Khasan"}},
	{name: "en20 control: two twins passed are no sequence", text: "The flour passed through Dandong and Sinuiju.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"flour=flour"}, none: true},
	{name: "en20 control: a list of towns where it sells", text: "The sugar sells in Dalian, Dandong and Sinuiju for about the same price.",
		places: []string{"Dalian", "Dandong", "Sinuiju"}, goods: []string{"sugar=sugar"}, none: true},
	{name: "en20 control: a plan through three towns", text: "The firm plans to send the sugar through Dalian, Dandong and Sinuiju next year.",
		places: []string{"Dalian", "Dandong", "Sinuiju"}, goods: []string{"sugar=sugar"}, none: true},
	{name: "en20 control: officials toured three towns", text: "A delegation of officials travelled through Dalian, Dandong and Sinuiju for talks on sugar imports.",
		places: []string{"Dalian", "Dandong", "Sinuiju"}, goods: []string{"sugar=sugar"}, none: true},

	// ---- Korean: a market reached first, an arrival, anchoring, a quote ----
	{name: "ko20 the market first, the origin after", text: "혜산 장마당에 나온 중국산 자전거는 지난달 장백에서 트럭으로 실려 왔다.",
		places: []string{"Hyesan=혜산", "Changbai=장백"}, goods: []string{"bicycles=자전거"}, legs: []string{"Changbai>Hyesan"}},
	{name: "ko20 the market first, brought over", text: "청진 시장에 풀린 밀가루는 나선에서 기차로 실려 온 것이었다.",
		places: []string{"Chongjin=청진", "Rason=나선"}, goods: []string{"flour=밀가루"}, legs: []string{"Rason>Chongjin"}},
	{name: "ko20 control: prices in a market", text: "혜산 장마당에 나온 자전거는 한 대에 50만원이다.",
		places: []string{"Hyesan=혜산"}, goods: []string{"bicycles=자전거"}, none: true},
	{name: "ko20 left and anchored off a port", text: "화물선은 다롄을 떠나 이틀 만에 남포 앞바다에 닻을 내렸다. 배에는 설탕이 실려 있었다.",
		places: []string{"Dalian=다롄", "Nampo=남포"}, goods: []string{"sugar=설탕"}, legs: []string{"Dalian>Nampo"}},
	{name: "ko20 a tanker anchored after leaving", text: "경유를 실은 유조선은 보스토치니에서 출항한 뒤 청진 앞바다에 닻을 내렸다.",
		places: []string{"Vostochny=보스토치니", "Chongjin=청진"}, goods: []string{"diesel=경유"}, legs: []string{"Vostochny>Chongjin"}},
	{name: "ko20 control: fishing boats anchored", text: "어선들이 원산 앞바다에 닻을 내리고 오징어를 잡았다.",
		places: []string{"Wonsan=원산"}, goods: []string{"squid=오징어"}, none: true},
	{name: "ko20 loaded and put down at a warehouse", text: "기사는 단둥에서 냉장고를 싣고 신의주 창고에 내려놓았다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"refrigerators=냉장고"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "ko20 put down, reported", text: "밀수꾼들은 장백에서 받은 담배를 혜산 창고에 내려놓았다고 진술했다.",
		places: []string{"Changbai=장백", "Hyesan=혜산"}, goods: []string{"cigarettes=담배"}, legs: []string{"Changbai>Hyesan"}},
	{name: "ko20 control: a plan to put down", text: "그들은 다음 주 단둥에서 냉장고를 싣고 신의주 창고에 내려놓을 계획이다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"refrigerators=냉장고"}, none: true},
	{name: "ko20 a quote, came in then went on", text: "소식통은 \"설탕은 단둥에서 신의주로 들어와 평양까지 간다\"고 전했다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주", "Pyongyang=평양"}, goods: []string{"sugar=설탕"}, legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}},
	{name: "ko20 crossed over, then on", text: "구리는 혜산에서 장백으로 넘어와 바이산까지 옮겨졌다.",
		places: []string{"Hyesan=혜산", "Changbai=장백", "Baishan=바이산"}, goods: []string{"copper=구리"}, legs: []string{"Changbai>Baishan", "Hyesan>Changbai"}},
	{name: "ko20 arrived, then on", text: "철광석은 무산에서 난핑에 도착해 퉁화로 실려 갔다.",
		places: []string{"Musan=무산", "Nanping=난핑", "Tonghua=퉁화"}, goods: []string{"iron ore=철광석"}, legs: []string{"Musan>Nanping", "Nanping>Tonghua"}},
	{name: "ko20 control: a list of two destinations", text: "담배는 훈춘에서 나선과 청진으로 간다.",
		places: []string{"Hunchun=훈춘", "Rason=나선", "Chongjin=청진"}, goods: []string{"cigarettes=담배"}, notLeg: "Rason>Chongjin"},

	// ---- English: picked up and dropped ----
	{name: "en20 picked up and dropped off", text: "The driver picked up the tyres in Yanji and dropped them off in Tumen.",
		places: []string{"Yanji", "Tumen"}, goods: []string{"tyres=tyres"}, legs: []string{"Yanji>Tumen"}},
	{name: "en20 picked the cargo up, dropped it at a depot", text: "A courier picked the medicine up in Dandong and dropped it at a depot in Sinuiju.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"medicine=medicine"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "en20 reported pick-up and drop", text: "Police said the smugglers had picked the phones up at Changbai and dropped them in Hyesan.",
		places: []string{"Changbai", "Hyesan"}, goods: []string{"phones=phones"}, legs: []string{"Changbai>Hyesan"}},
	{name: "en20 control: prices dropped", text: "Rice prices dropped in Hyesan after traders picked up cheap rice in Changbai.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"rice=rice"}, notLeg: "Changbai>Hyesan"},
	{name: "en20 control: buyers collected it", text: "Chinese buyers collected the copper at Tumen.",
		places: []string{"Tumen"}, goods: []string{"copper=copper"}, notLeg: "Tumen>Tumen"},

	// ---- English: a carrier seen at a port after loading ----
	{name: "en20 the tanker spotted later", text: "The tanker loaded fuel oil at Vostochny. Two weeks later the tanker was spotted at Nampo.",
		places: []string{"Vostochny", "Nampo"}, goods: []string{"fuel oil=fuel oil"}, legs: []string{"Vostochny>Nampo"}},
	{name: "en20 images show the ship", text: "The freighter took on coal at Nampo in March. Satellite images show the same freighter at Longkou a week later.",
		places: []string{"Nampo", "Longkou"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Longkou"}},
	{name: "en20 the vessel photographed off a port", text: "The vessel loaded steel at Dalian. The vessel was later photographed off Nampo.",
		places: []string{"Dalian", "Nampo"}, goods: []string{"steel=steel"}, legs: []string{"Dalian>Nampo"}},
	{name: "en20 control: another ship seen", text: "The tanker loaded diesel at Vostochny. Satellite images show another tanker at Nampo.",
		places: []string{"Vostochny", "Nampo"}, goods: []string{"diesel=diesel"}, none: true},
	{name: "en20 control: officials seen", text: "The tanker loaded diesel at Vostochny. Officials were seen at Nampo the same day.",
		places: []string{"Vostochny", "Nampo"}, goods: []string{"diesel=diesel"}, none: true},
	{name: "en20 control: a ship seen, no goods before", text: "The tanker was seen at Nampo on Monday.",
		places: []string{"Nampo"}, none: true},

	// ---- English: told from the destination back ----
	{name: "en20 before the town, they were in", text: "The pumps reached Hamhung in June. Before Hamhung they were in Chongjin.",
		places: []string{"Hamhung", "Chongjin"}, goods: []string{"pumps=pumps"}, legs: []string{"Chongjin>Hamhung"}},
	{name: "en20 ended up, before that were in", text: "The cables ended up in Kanggye. Before that they were in Manpo for a month.",
		places: []string{"Kanggye", "Manpo"}, goods: []string{"cables=cables"}, legs: []string{"Manpo>Kanggye"}},
	{name: "en20 arrived, before the town the goods were at", text: "The fertiliser arrived in Rajin by rail. Before Rajin the fertiliser was at Khasan.",
		places: []string{"Rajin", "Khasan"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Khasan>Rajin"}},
	{name: "en20 control: before the town, a person was", text: "The pumps reached Hamhung in June. Before Hamhung the manager was in Chongjin.",
		places: []string{"Hamhung", "Chongjin"}, goods: []string{"pumps=pumps"}, notLeg: "Chongjin>Hamhung"},
	{name: "en20 control: before the town, sold", text: "The pumps reached Hamhung in June. Before that they were sold in Chongjin.",
		places: []string{"Hamhung", "Chongjin"}, goods: []string{"pumps=pumps"}, notLeg: "Chongjin>Hamhung"},
	{name: "en20 control: before that other goods were", text: "The pumps reached Hamhung in June. Before that the rice was in Chongjin.",
		places: []string{"Hamhung", "Chongjin"}, goods: []string{"pumps=pumps", "rice=rice"}, notLeg: "Chongjin>Hamhung"},
}
