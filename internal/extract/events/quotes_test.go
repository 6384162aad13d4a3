package events

import "testing"

// TestLegQuotes checks hops told inside or across quotation marks, in
// words of our own: a partial quotation in straight quotes is part of its
// clause as one in curly quotes is ("the oil \"came from Vostochny\" and
// was unloaded at Rajin"), so the hop on either side of the marks joins;
// and a quoted claim that is denied ("denied that the ship \"carried …\"",
// 「…운반했다」는 주장을 부인했다) or a quoted will (…보내겠다"고) still
// gives no leg.
func TestLegQuotes(t *testing.T) {
	checkParaCases(t, quoteCases)
}

var quoteCases = []paraCase{
	// ---- must fire ----
	{name: "q straight partial quote, then unloaded", text: "The oil \"came from Vostochny\" and was unloaded at Rajin, port records suggest.",
		places: []string{"Vostochny", "Rajin"}, goods: []string{"oil=oil"}, legs: []string{"Vostochny>Rajin"}},
	{name: "q straight quote closing after the joining and", text: "The timber \"originated in Khabarovsk and\" arrived in Wonsan.",
		places: []string{"Khabarovsk", "Wonsan"}, goods: []string{"timber=timber"}, legs: []string{"Khabarovsk>Wonsan"}},
	{name: "q curly partial quote, same", text: "The broker said the copper \u2018came in from Hyesan\u2019 before it was sold in Changbai.",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"copper=copper"}, legs: []string{"Hyesan>Changbai"}},
	{name: "q curly quote, speaker after", text: "\u201cFrom Hunchun the crates of beer go by lorry to Quanhe,\u201d a driver told reporters.",
		places: []string{"Hunchun", "Quanhe"}, goods: []string{"beer=beer"}, legs: []string{"Hunchun>Quanhe"}},
	{name: "q a quote split by its speaker", text: "\"The timber is cut near Hyesan,\" the official said, \"and trucked to Changbai.\"",
		places: []string{"Hyesan", "Changbai"}, goods: []string{"timber=timber"}, legs: []string{"Hyesan>Changbai"}},
	{name: "q straight partial quote of the origin, destination outside", text: "Police said the cigarettes \"were smuggled from Dandong\" to Sinuiju by boat.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"cigarettes=cigarettes"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "q a quoted label is no stop (straight)", text: "The cartons go by sea from Dalian to Shanghai, where the coats are stamped \"Made in China\" and exported to shops in Japan.",
		places: []string{"Dalian", "Shanghai", "Japan", "China"}, goods: []string{"coats=coats"}, legs: []string{"Dalian>Shanghai", "Shanghai>Japan"}},
	{name: "q a quoted label is no stop (curly)", text: "The cartons go by sea from Dalian to Shanghai, where the coats are stamped \u201cMade in China\u201d and exported to shops in Japan.",
		places: []string{"Dalian", "Shanghai", "Japan", "China"}, goods: []string{"coats=coats"}, legs: []string{"Dalian>Shanghai", "Shanghai>Japan"}},
	{name: "ko corner quote with 고 말했다", text: "소식통은 「휘발유는 단둥에서 신의주로 넘어간다」고 말했다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"petrol=휘발유"}, legs: []string{"Dandong>Sinuiju"}},
	{name: "ko curly quote with 라고 말했다", text: "상인은 \u201c밀가루는 훈춘에서 나선으로 들어온다\u201d라고 말했다.",
		places: []string{"Hunchun=훈춘", "Rajin=나선"}, goods: []string{"flour=밀가루"}, legs: []string{"Hunchun>Rajin"}},
	{name: "ko straight quote with 고 전했다", text: "현지 소식통은 \"밀가루가 훈춘에서 나선으로 넘어왔다\"고 전했다.",
		places: []string{"Hunchun=훈춘", "Rajin=나선"}, goods: []string{"flour=밀가루"}, legs: []string{"Hunchun>Rajin"}},

	// ---- must not fire ----
	{name: "q denied, the act in straight quotes", text: "The owner denied that the vessel \"carried coal from Nampo\" to Longkou.",
		places: []string{"Nampo", "Longkou"}, goods: []string{"coal=coal"}, none: true},
	{name: "q denied, the whole hop in straight quotes", text: "The owner denied that the vessel \"carried coal from Nampo to Longkou\".",
		places: []string{"Nampo", "Longkou"}, goods: []string{"coal=coal"}, none: true},
	{name: "q never, then a straight quote", text: "The captain said he had never \"taken any fuel from Vladivostok to Rajin\".",
		places: []string{"Vladivostok", "Rajin"}, goods: []string{"fuel=fuel"}, none: true},
	{name: "q a quoted plan", text: "The firm plans to \"ship the coal from Nampo to Longkou\" in spring.",
		places: []string{"Nampo", "Longkou"}, goods: []string{"coal=coal"}, none: true},
	{name: "q a quoted if", text: "\"If the bridge opens, we will send the cement from Dandong to Sinuiju,\" the trader said.",
		places: []string{"Dandong", "Sinuiju"}, goods: []string{"cement=cement"}, none: true},
	{name: "q a curly quoted denial", text: "\u201cNo fuel has gone from Vladivostok to Rajin this year,\u201d the port official said.",
		places: []string{"Vladivostok", "Rajin"}, goods: []string{"fuel=fuel"}, none: true},
	{name: "ko a corner-quoted claim denied", text: "선주는 「석탄을 남포에서 룽커우로 운반했다」는 주장을 부인했다.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko a straight-quoted claim denied", text: "선주는 \"석탄을 남포에서 룽커우로 운반했다\"는 주장을 부인했다.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko a quoted will (겠다)", text: "상인은 \u201c시멘트를 단둥에서 신의주로 보내겠다\u201d고 말했다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"cement=시멘트"}, none: true},
	{name: "ko a quoted if and will", text: "상인은 \"다리가 열리면 시멘트를 단둥에서 신의주로 보내겠다\"고 말했다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"cement=시멘트"}, none: true},
	{name: "ko a quoted denial of sending", text: "회사 측은 \u201c석탄을 남포에서 룽커우로 보낸 적이 없다\u201d고 말했다.",
		places: []string{"Nampo=남포", "Longkou=룽커우"}, goods: []string{"coal=석탄"}, none: true},
	{name: "ko a quoted plan (계획)", text: "무역업자는 「다음 달에 시멘트를 단둥에서 신의주로 보낼 계획」이라고 말했다.",
		places: []string{"Dandong=단둥", "Sinuiju=신의주"}, goods: []string{"cement=시멘트"}, none: true},
}
