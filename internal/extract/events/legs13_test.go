package events

import "testing"

// TestLegRulesRound13 covers a transfer to another carrier at a port as a
// stop on the way, "on the X side" as where goods were put down, a
// relative clause after ", where" whose subject loads or moves the goods
// on, "after dark" as a time and no clause, and people sent to buy goods
// (no goods move). Each rule has a case where it must not fire.
func TestLegRulesRound13(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	bangkok, yingkou, nampo := city("Bangkok", "TH"), city("Yingkou", "CN"), city("Nampo", "KP")
	manpo, jian, tonghua := city("Manpo", "KP"), city("Ji'an", "CN"), city("Tonghua", "CN")
	pyongyang, pyongsong := city("Pyongyang", "KP"), city("Pyongsong", "KP")
	sugar := func(b *builder) { b.good("sugar", "food", "sugar") }
	ore := func(b *builder) { b.good("molybdenum concentrate", "mineral", "sacks") }
	cases := []legCase{
		{
			name: "cargo moved onto a smaller vessel at a port passes it",
			text: "Sugar\n\nThe sugar left Bangkok in February and was moved onto a smaller vessel in Yingkou before it reached Nampo.",
			build: func(b *builder) {
				nampo(yingkou(bangkok(b, "Bangkok"), "Yingkou"), "Nampo")
				sugar(b)
			},
			legs: []string{"Bangkok>Yingkou", "Yingkou>Nampo"},
		},
		{
			name: "switched to a smaller ship at a port, then lands",
			text: "Sugar\n\nThe sugar was switched to a smaller ship at Yingkou and lands in Nampo.",
			build: func(b *builder) {
				nampo(yingkou(b, "Yingkou"), "Nampo")
				sugar(b)
			},
			legs: []string{"Yingkou>Nampo"},
		},
		{
			name: "a move to a warehouse at a port is no transfer to a carrier",
			text: "Sugar\n\nThe sugar left Bangkok and was moved to a warehouse at Yingkou.",
			build: func(b *builder) {
				yingkou(bangkok(b, "Bangkok"), "Yingkou")
				sugar(b)
			},
			legs: []string{"Bangkok>Yingkou"},
		},
		{
			name: "stacked on the twin town's side, then loaded on for a city beyond",
			text: "Ore\n\nFrom Manpo the sacks are ferried over the Yalu after dark on flat-bottomed boats and stacked on the Ji'an side, where Chinese buyers load them onto lorries bound for Tonghua.",
			build: func(b *builder) {
				tonghua(jian(manpo(b, "Manpo"), "Ji'an"), "Tonghua")
				ore(b)
			},
			legs: []string{"Ji'an>Tonghua", "Manpo>Ji'an"},
		},
		{
			name: "people on a town's side are no stop of goods",
			text: "Ore\n\nThe sacks went from Manpo to Tonghua, and traders on the Ji'an side watched.",
			build: func(b *builder) {
				tonghua(jian(manpo(b, "Manpo"), "Ji'an"), "Tonghua")
				ore(b)
			},
			legs: []string{"Manpo>Tonghua"},
		},
		{
			name: "a where-clause in which people only sell moves nothing on",
			text: "Ore\n\nThe sacks were trucked from Manpo to Ji'an, where Chinese buyers pay well, and then taken to Tonghua.",
			build: func(b *builder) {
				tonghua(jian(manpo(b, "Manpo"), "Ji'an"), "Tonghua")
				ore(b)
			},
			notLeg: "Manpo>Tonghua",
		},
		{
			name: "after dark is a time, not a clause told first",
			text: "Ore\n\nThe sacks were ferried from Manpo after dark to Ji'an.",
			build: func(b *builder) {
				jian(manpo(b, "Manpo"), "Ji'an")
				ore(b)
			},
			legs: []string{"Manpo>Ji'an"},
		},
		{
			name: "after an event is still a clause told first",
			text: "Ore\n\nThe sacks were trucked to Tonghua after they crossed from Manpo to Ji'an.",
			build: func(b *builder) {
				tonghua(jian(manpo(b, "Manpo"), "Ji'an"), "Tonghua")
				ore(b)
			},
			legs: []string{"Ji'an>Tonghua", "Manpo>Ji'an"},
		},
		{
			name: "workshops that send their buyers to a town move no goods",
			text: "Sugar\n\nThe sugar reached Nampo in March. Confectionery workshops in Pyongyang have sent their own buyers to Pyongsong to purchase it by the tonne.",
			build: func(b *builder) {
				pyongsong(pyongyang(nampo(b, "Nampo"), "Pyongyang"), "Pyongsong")
				sugar(b)
			},
			notLeg: "Pyongyang>Pyongsong",
		},
		{
			name: "workshops that send the sugar on still move it",
			text: "Sugar\n\nThe sugar reached Nampo in March. Confectionery workshops in Pyongyang have sent the sugar to Pyongsong.",
			build: func(b *builder) {
				pyongsong(pyongyang(nampo(b, "Nampo"), "Pyongyang"), "Pyongsong")
				sugar(b)
			},
			legs: []string{"Pyongyang>Pyongsong"},
		},
		{
			// peopleCross: with goods named the crossing still moves them;
			// without goods ("Two traders from Hyesan crossed the river
			// to Changbai to see relatives") the scorer, too, finds no
			// movement: TestCrossingRules runs that case with it on.
			name: "traders who carry goods across still move them",
			text: "Herbs\n\nTwo traders from Hyesan crossed the river to Changbai with the herbs.",
			build: func(b *builder) {
				city("Changbai", "CN")(city("Hyesan", "KP")(b, "Hyesan"), "Changbai")
				b.good("herbs", "medicine", "herbs")
			},
			legs: []string{"Hyesan>Changbai"},
		},
	}
	checkLegCases(t, false, cases)
}

// TestPeopleCross checks that a crossing by people that names no goods is
// people travelling, no movement for the leg scorer either, and that one
// that names goods is not.
func TestPeopleCross(t *testing.T) {
	for _, c := range []struct {
		text   string
		goods  bool
		people bool
	}{
		{"Two traders from Hyesan crossed the river to Changbai to see relatives.", false, true},
		{"Two traders from Hyesan crossed the river to Changbai with the herbs.", true, false},
		{"The herbs crossed the river from Hyesan to Changbai.", true, false},
	} {
		b := newBuilder(t, c.text)
		b.place("Hyesan", "test:Hyesan", "city", "KP", "", "Hyesan")
		b.place("Changbai", "test:Changbai", "city", "CN", "", "Changbai")
		if c.goods {
			b.good("herbs", "medicine", "herbs")
		}
		a := &analysis{}
		a.text, a.low, a.r = c.text, asciiLower(c.text), &b.r
		a.focal, a.lone = -2, -1
		a.sents = appendSentences(a.sents[:0], c.text)
		a.collectMentions()
		a.tokenize()
		a.index()
		for i := range a.si {
			a.scanSentence(i)
		}
		a.resolveGoods()
		if a.si[0].ev != evCrossing {
			t.Fatalf("%q: event %v, want a crossing", c.text, a.si[0].ev)
		}
		if got := a.peopleCross(0); got != c.people {
			t.Errorf("%q: peopleCross %v, want %v", c.text, got, c.people)
		}
	}
}
