package events

import "testing"

// TestLegRulesRound14 covers a twin town named only to say where a Chinese
// destination lies, a Korean past-tense "-었으며" joining two hops, a place
// of make a few more words before "near" ("dug and washed at a small mine
// near Huichon"), and a lead whose last stop is a change of carrier (the
// body goes on from there). Each rule has a case where it must not fire.
func TestLegRulesRound14(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	sambong, kaishantun := city("Sambong", "KP"), city("Kaishantun", "CN")
	rajin, slavyanka, chongjin := city("Rajin", "KP"), city("Slavyanka", "RU"), city("Chongjin", "KP")
	huichon, manpo := city("Huichon", "KP"), city("Manpo", "KP")
	bangkok, yingkou, nampo := city("Bangkok", "TH"), city("Yingkou", "CN"), city("Nampo", "KP")
	urea := func(b *builder) { b.good("urea", "fertiliser", "fertiliser") }
	flour := func(b *builder) { b.good("wheat flour", "food", "밀가루") }
	ore := func(b *builder) { b.good("molybdenum concentrate", "mineral", "concentrate") }
	sugar := func(b *builder) { b.good("sugar", "food", "sugar") }
	cases := []legCase{
		{
			name: "a twin town named to place a Chinese destination is no origin",
			text: "Urea\n\nThe fertiliser was first trucked east to Kaishantun, the Chinese town that faces Sambong across the Tumen River.",
			build: func(b *builder) {
				sambong(kaishantun(b, "Kaishantun"), "Sambong")
				urea(b)
			},
			notLeg: "Sambong>Kaishantun",
		},
		{
			name: "a twin town as the stated origin still crosses",
			text: "Urea\n\nThe fertiliser was trucked from Sambong across the Tumen River to Kaishantun.",
			build: func(b *builder) {
				kaishantun(sambong(b, "Sambong"), "Kaishantun")
				urea(b)
			},
			legs: []string{"Sambong>Kaishantun"},
		},
		{
			name: "a lone Chinese destination still comes from its twin when the twin is not named to place it",
			text: "Urea\n\nCustoms at Sambong are strict. The fertiliser came back across the Tumen River to Kaishantun.",
			build: func(b *builder) {
				kaishantun(sambong(b, "Sambong"), "Kaishantun")
				urea(b)
			},
			legs: []string{"Sambong>Kaishantun"},
		},
		{
			name: "a past-tense -었으며 starts the next hop",
			text: "밀가루\n\n그 배는 슬라뱐카에서 밀가루 약 200톤을 싣고 나진항으로 되돌아왔으며, 밀가루는 다시 기차로 청진까지 실어 날랐다.",
			build: func(b *builder) {
				chongjin(rajin(slavyanka(b, "슬라뱐카"), "나진"), "청진")
				flour(b)
			},
			legs: []string{"Rajin>Chongjin", "Slavyanka>Rajin"},
		},
		{
			name: "a quotative -라며 joins no hops",
			text: "밀가루\n\n소식통은 \"밀가루가 많다\"라며 슬라뱐카에서 청진까지 밀가루를 실어 날랐다고 말했다.",
			build: func(b *builder) {
				chongjin(slavyanka(b, "슬라뱐카"), "청진")
				flour(b)
			},
			legs: []string{"Slavyanka>Chongjin"},
		},
		{
			name: "dug and washed at a mine near a town: the goods start there",
			text: "Ore\n\nThe concentrate was dug and washed at a small mine near Huichon, stuffed into sacks and hauled north to Manpo.",
			build: func(b *builder) {
				manpo(huichon(b, "Huichon"), "Manpo")
				ore(b)
			},
			legs: []string{"Huichon>Manpo"},
		},
		{
			name: "a comma closes the phrase of make",
			text: "Ore\n\nThe concentrate was dug in March, then kept at a shed near Huichon and hauled north to Manpo.",
			build: func(b *builder) {
				manpo(huichon(b, "Huichon"), "Manpo")
				ore(b)
			},
			notLeg: "Huichon>Manpo",
		},
		{
			name: "a lead that ends at a change of carrier: the body goes on from there",
			text: "Sugar is arriving in large amounts, after a cargo that left Bangkok in February was moved onto a smaller vessel in the Chinese port of Yingkou.\n\nThe sugar reached Nampo in March.",
			build: func(b *builder) {
				nampo(yingkou(bangkok(b, "Bangkok"), "Yingkou"), "Nampo")
				sugar(b)
			},
			legs: []string{"Bangkok>Yingkou", "Yingkou>Nampo"},
		},
		{
			name: "a lead that ends where the goods arrived sums up the story",
			text: "A cargo of sugar was shipped from Bangkok to Yingkou in February.\n\nSugar prices rose in Pyongyang.\n\nThe sugar reached Nampo in March.",
			build: func(b *builder) {
				nampo(yingkou(bangkok(b, "Bangkok"), "Yingkou"), "Nampo")
				b.place("Pyongyang", "test:Pyongyang", "city", "KP", "", "Pyongyang")
				b.good("sugar", "food", "sugar", "Sugar")
			},
			notLeg: "Yingkou>Nampo",
		},
	}
	checkLegCases(t, false, cases)
}
