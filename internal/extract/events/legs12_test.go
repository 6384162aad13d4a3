package events

import "testing"

// TestLegRulesRound12 covers a trip by water that lands beyond a twin town
// without passing it, "reach" as a destination, "took on" cargo at a port
// as where a trip starts, a sentence that says where the chain of a report
// told backwards begins, a sentence about new goods that does not go on
// from a stop only a carrier was named at, and "river" as a word of its
// own in the cue of a crossing. Each rule has a case where it must not
// fire.
func TestLegRulesRound12(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	sinuiju := func(b *builder, s ...string) *builder {
		return at(b, "Sinuiju", "geonames:2044757", "city", "KP", 40.1006, 124.3981, s...)
	}
	dandong := func(b *builder, s ...string) *builder {
		return at(b, "Dandong", "geonames:2037886", "city", "CN", 40.1292, 124.3947, s...)
	}
	donggang := func(b *builder, s ...string) *builder {
		return at(b, "Donggang", "geonames:2037860", "city", "CN", 39.8633, 124.1528, s...)
	}
	clams := func(b *builder) { b.good("clams", "seafood", "clams") }
	chongjin, kimchaek := city("Chongjin", "KP"), city("Kimchaek", "KP")
	yanji, sanhe := city("Yanji", "CN"), city("Sanhe", "CN")
	vostochny, nampo := city("Vostochny", "RU"), city("Nampo", "KP")
	zhoushan, ningbo, pyongyang, shanghai := city("Zhoushan", "CN"), city("Ningbo", "CN"), city("Pyongyang", "KP"), city("Shanghai", "CN")
	jilin := func(b *builder, s ...string) *builder {
		return b.place("Jilin", "test:jilin", "admin1", "CN", "", s...)
	}
	drugs := func(b *builder) { b.good("antibiotics", "medicine", "antibiotics") }
	coal := func(b *builder, s ...string) { b.good("coal", "mineral", s...) }
	cases := []legCase{
		{
			name: "motorboats run the goods down the river past the twin town",
			text: "Clams\n\nAt the docks in Sinuiju the clams are loaded onto small motorboats, which run them down the Yalu to Donggang. A friend in Dandong told me so.",
			build: func(b *builder) {
				donggang(dandong(sinuiju(b, "Sinuiju"), "Dandong"), "Donggang")
				clams(b)
			},
			legs: []string{"Sinuiju>Donggang"},
		},
		{
			name: "trucks over the bridge still pass the twin town",
			text: "Clams\n\nThe clams were trucked across the bridge from Sinuiju to Donggang. A friend in Dandong told me so.",
			build: func(b *builder) {
				donggang(dandong(sinuiju(b, "Sinuiju"), "Dandong"), "Donggang")
				clams(b)
			},
			legs: []string{"Dandong>Donggang", "Sinuiju>Dandong"},
		},
		{
			name: "goods reach a town from another",
			text: "Medicine\n\nThe antibiotics reach Kimchaek on private trucks down from Chongjin.",
			build: func(b *builder) {
				kimchaek(chongjin(b, "Chongjin"), "Kimchaek")
				drugs(b)
			},
			legs: []string{"Chongjin>Kimchaek"},
		},
		{
			name: "a price that reaches a sum in a town is no stop",
			text: "Medicine\n\nThe antibiotics came from Chongjin. Prices of antibiotics reach 5,000 won in Kimchaek.",
			build: func(b *builder) {
				kimchaek(chongjin(b, "Chongjin"), "Kimchaek")
				drugs(b)
			},
			notLeg: "Chongjin>Kimchaek",
		},
		{
			name: "tankers take on fuel at a port and sail on",
			text: "Fuel\n\nThe tankers took on diesel at Vostochny and sailed to Nampo.",
			build: func(b *builder) {
				nampo(vostochny(b, "Vostochny"), "Nampo")
				b.good("diesel", "fuel", "diesel")
			},
			legs: []string{"Vostochny>Nampo"},
		},
		{
			name: "the chain of a report told backwards begins in a town",
			text: "Medicine\n\nThe antibiotics reach Kimchaek on trucks down from Chongjin. On the Chinese side, the chain begins in Yanji. Middlemen buy the antibiotics there and drive them down to Sanhe.",
			build: func(b *builder) {
				sanhe(yanji(kimchaek(chongjin(b, "Chongjin"), "Kimchaek"), "Yanji"), "Sanhe")
				drugs(b)
			},
			legs: []string{"Chongjin>Kimchaek", "Yanji>Sanhe"},
		},
		{
			name: "a chain that begins in a province sets no start",
			text: "Medicine\n\nThe antibiotics reach Kimchaek on trucks down from Chongjin. On the Chinese side, the chain begins in Jilin. Middlemen buy the antibiotics there and drive them down to Sanhe.",
			build: func(b *builder) {
				sanhe(jilin(kimchaek(chongjin(b, "Chongjin"), "Kimchaek"), "Jilin"), "Sanhe")
				drugs(b)
			},
			notLeg: "Jilin>Sanhe",
		},
		{
			name: "new goods do not go on from where a carrier of other goods unloaded",
			text: "Coal\n\nCoal loaded at Nampo was carried to Zhoushan. The barges then unloaded at docks in Ningbo. Luxury goods such as limousines continued to reach Pyongyang.",
			build: func(b *builder) {
				pyongyang(ningbo(zhoushan(nampo(b, "Nampo"), "Zhoushan"), "Ningbo"), "Pyongyang")
				coal(b, "Coal")
				b.good("limousines", "vehicles", "limousines")
			},
			notLeg: "Ningbo>Pyongyang",
		},
		{
			name: "the same goods go on from where the carrier unloaded",
			text: "Coal\n\nCoal loaded at Nampo was carried to Zhoushan. The barges then unloaded at docks in Ningbo. The coal was later trucked to Shanghai.",
			build: func(b *builder) {
				shanghai(ningbo(zhoushan(nampo(b, "Nampo"), "Zhoushan"), "Ningbo"), "Shanghai")
				coal(b, "Coal", "coal")
			},
			legs: []string{"Nampo>Zhoushan", "Ningbo>Shanghai", "Zhoushan>Ningbo"},
		},
	}
	checkLegCases(t, false, cases)
}

// TestCrossCueRiverWord checks that "river" is a cue of a crossing only as
// a word of its own and not as the land beside the river.
func TestCrossCueRiverWord(t *testing.T) {
	a := &analysis{}
	for _, s := range []string{"carried across the yalu river at night", "the river crossing at hyesan"} {
		if a.crossCues(s)&crossStrict == 0 {
			t.Errorf("%q: no strict cue of a crossing", s)
		}
	}
	for _, s := range []string{"drivers say it is cheaper", "they store it in the riverside villages here", "houses on the river bank"} {
		if a.crossCues(s) != 0 {
			t.Errorf("%q: a cue of a crossing, want none", s)
		}
	}
}
