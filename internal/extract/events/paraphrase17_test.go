package events

import "testing"

// TestLegParaphrases17 checks four rules of round 17, each with passages
// that must make the legs and controls that must not:
//
//   - a particle "on"/"onward" after a verb of motion ("went on by lorry
//     to", "take some of them on to") goes on from the goods' last stop,
//     however many sentences of other talk lie between;
//   - a lead is not "told again" by a sentence that only names one of its
//     towns as where goods sell, with no stop of a journey;
//   - Korean origins listed with 과, 와 or 및 ("무산과 회령에서 청진까지")
//     are one stop: each starts a hop to the destination;
//   - Korean "X에 내리면"/"부리면"/"도착하면, …다시 Y로": the goods got to X,
//     and the clause after it takes them on from X.
func TestLegParaphrases17(t *testing.T) {
	checkParaCases(t, paraCases17)
}

var paraCases17 = []paraCase{
	// Onward particle, reaching past sentences of other talk.
	{name: "what remained went on by lorry", text: "A trawler carried the crab from Rajin to Posyet in June. Border guards kept a few boxes. What remained went on by lorry to Ussuriysk.",
		places: []string{"Rajin", "Posyet", "Ussuriysk"}, goods: []string{"crab=crab"}, legs: []string{"Posyet>Ussuriysk", "Rajin>Posyet"}},
	{name: "the timber travelled onward by rail", text: "Barges carried the timber from Sinuiju down to Dandong in April. The loggers were paid in rice. The timber travelled onward by rail to Shenyang.",
		places: []string{"Sinuiju", "Dandong", "Shenyang"}, goods: []string{"timber=timber"}, legs: []string{"Dandong>Shenyang", "Sinuiju>Dandong"}},
	{name: "the cement was sent on from the yard", text: "Freight trains hauled the cement from Tonghua to Ji'an last week. A clerk counted the sacks twice. The cement was sent on by truck to Manpo.",
		places: []string{"Tonghua", "Ji'an", "Manpo"}, goods: []string{"cement=cement"}, legs: []string{"Ji'an>Manpo", "Tonghua>Ji'an"}},
	{name: "went on to say is no onward hop", text: "Lorries took the fertiliser from Helong to Musan in May. Officials were pleased. The director went on to say that Kilju would get more next year.",
		places: []string{"Helong", "Musan", "Kilju"}, goods: []string{"fertiliser=fertiliser"}, legs: []string{"Helong>Musan"}},
	{name: "carried on trading is no onward hop", text: "The sugar was trucked from Yanji to Tumen. Dealers carried on trading in Hunchun all winter.",
		places: []string{"Yanji", "Tumen", "Hunchun"}, goods: []string{"sugar=sugar"}, notLeg: "Tumen>Hunchun"},
	{name: "people went on, no goods", text: "The diesel was shipped from Nakhodka to Rajin. The delegation later went on by train to Chongjin for talks.",
		places: []string{"Nakhodka", "Rajin", "Chongjin"}, goods: []string{"diesel=diesel"}, notLeg: "Rajin>Chongjin"},
	// A price where the goods are does not retell the lead.
	{name: "a price in the town between two hops", text: "The handsets reach Pyongyang by air from Shenyang. In Pyongyang a handset sells for 500 dollars. Dealers take some of them on by train to Wonsan.",
		places: []string{"Pyongyang", "Shenyang", "Wonsan"}, goods: []string{"handsets=handsets|handset"}, legs: []string{"Pyongyang>Wonsan", "Shenyang>Pyongyang"}},
	{name: "a watch price in the town, then most go on", text: "The watches come to Hyesan by truck from Changbai. In Hyesan a watch costs 40 dollars. Traders take most of them on by bus to Kilju.",
		places: []string{"Hyesan", "Changbai", "Kilju"}, goods: []string{"watches=watches|watch"}, legs: []string{"Changbai>Hyesan", "Hyesan>Kilju"}},
	{name: "lead retold by a real hop stays a summary", text: "The tyres go from Vladivostok to Chongjin. A ship carried the tyres from Vladivostok to Rajin. Lorries then took them on to Chongjin.",
		places: []string{"Vladivostok", "Chongjin", "Rajin"}, goods: []string{"tyres=tyres"}, notLeg: "Vladivostok>Chongjin"},
	// Korean listed origins.
	{name: "ko two towns as origins with 과", text: "회사는 이렇게 모은 고사리를 화물차에 실어 무산과 회령에서 청진의 창고까지 날랐다.",
		places: []string{"Musan=무산", "Hoeryong=회령", "Chongjin=청진"}, goods: []string{"bracken=고사리"}, legs: []string{"Hoeryong>Chongjin", "Musan>Chongjin"}},
	{name: "ko two towns as origins with 와", text: "상인들은 배추를 사리원와 해주에서 평양까지 실어 갔다.",
		places: []string{"Sariwon=사리원", "Haeju=해주", "Pyongyang=평양"}, goods: []string{"cabbage=배추"}, legs: []string{"Haeju>Pyongyang", "Sariwon>Pyongyang"}},
	{name: "ko two ports as origins with 및", text: "석탄은 남포 및 송림에서 배에 실려 룽커우로 갔다.",
		places: []string{"Nampo=남포", "Songnim=송림", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, legs: []string{"Nampo>Longkou", "Songnim>Longkou"}},
	{name: "ko merchants who came from two towns move nothing from them", text: "무산과 회령에서 온 상인들이 청진 시장에서 고사리를 팔았다.",
		places: []string{"Musan=무산", "Hoeryong=회령", "Chongjin=청진"}, goods: []string{"bracken=고사리"}, notLeg: "Musan>Chongjin"},
	{name: "ko two destinations stay one stop", text: "밀가루는 신의주에서 안주와 평성으로 실려 갔다.",
		places: []string{"Sinuiju=신의주", "Anju=안주", "Pyongsong=평성"}, goods: []string{"flour=밀가루"}, legs: []string{"Sinuiju>Anju", "Sinuiju>Pyongsong"}},
	// Korean unload-then-on.
	{name: "ko unloaded at a port, then on to a plant", text: "중국 배가 석탄을 룽커우항에 내리면, 화물차들이 이를 다시 실어 린이의 발전소로 가져간다.",
		places: []string{"Longkou=룽커우", "Linyi=린이"}, goods: []string{"coal=석탄"}, legs: []string{"Longkou>Linyi"}},
	{name: "ko unloaded, then to a town", text: "배가 철광석을 다롄항에 부리면 기차가 이를 다시 선양으로 실어 간다.",
		places: []string{"Dalian=다롄", "Shenyang=선양"}, goods: []string{"iron ore=철광석"}, legs: []string{"Dalian>Shenyang"}},
	{name: "ko the train arrives, then trucks on", text: "밀가루를 실은 열차가 만포역에 도착하면, 트럭들이 이를 다시 강계로 나른다.",
		places: []string{"Manpo=만포", "Kanggye=강계"}, goods: []string{"flour=밀가루"}, legs: []string{"Manpo>Kanggye"}},
	{name: "ko a plan to unload moves nothing", text: "회사는 다음 달 석탄을 룽커우항에 내리면 린이로 보낼 계획이다.",
		places: []string{"Longkou=룽커우", "Linyi=린이"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko rain falling on a port is no unloading", text: "남포항에 내리는 비 때문에 석탄 값이 올랐다고 상인들이 말했다.",
		places: []string{"Nampo=남포"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko unloaded and sold there, no second town", text: "배가 설탕을 라진항에 내리면 상인들이 그 자리에서 사 간다.",
		places: []string{"Rajin=라진"}, goods: []string{"sugar=설탕"}, none: true},
	// Stops that already held: a locator after a town and "from the port".
	{name: "near a city is where the town lies", text: "An agent sends the wigs by train from Dandong to Linyi, near Qingdao, where they are packed for export.",
		places: []string{"Dandong", "Linyi", "Qingdao"}, goods: []string{"wigs=wigs"}, legs: []string{"Dandong>Linyi"}},
	{name: "from the port after barges", text: "A freighter took on the coal at Nampo in March. Two barges later carried it into Yingkou, where the harbour office logged it as Russian. From the port, the coal went by train to Shenyang.",
		places: []string{"Nampo", "Yingkou", "Shenyang"}, goods: []string{"coal=coal"}, legs: []string{"Nampo>Yingkou", "Yingkou>Shenyang"}},
}
