package events

import "testing"

// TestLegRulesRound15 covers the constructions of the heldout11 study
// round: a port skipped in a chain (a border crossed "at" a town, a cargo
// swung aboard at a port, a port of call, a convoy's overnight stop,
// "out of", "until", "as far as", a destination named by "destination
// is"), hops told backwards (a participial phrase of provenance, "the
// same way in reverse"), a list of destinations that goes on ("and
// further east to", "and across the border to"), a country only crossed,
// a report that announces a pattern and then tells it, words that move
// nothing (people at a place, buyers, a recommendation, an alternative
// "than", a negation inside a "whatever" subject, a team sent), carrier
// verbs (rail, truck), and Korean connective endings and nouns (갔다가,
// 에 짐을 부렸다, 모아 둔, 강가, 옌타이 항까지, 배가, 일부는, 이 물건들은
// 대부분, two countries listed with 과). Each rule has a case where it must
// not fire.
func TestLegRulesRound15(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	country := func(name, code string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "country", code, "", s...) }
	}
	dalian, baotou, nampo, longkou := city("Dalian", "CN"), city("Baotou", "CN"), city("Nampo", "KP"), city("Longkou", "CN")
	musan, nanping, tanchon, kimchaek := city("Musan", "KP"), city("Nanping", "CN"), city("Tanchon", "KP"), city("Kimchaek", "KP")
	hunchun, kraskino, zarubino, quanhe := city("Hunchun", "CN"), city("Kraskino", "RU"), city("Zarubino", "RU"), city("Quanhe", "CN")
	weihai, kaesong, pyongyang, sindo := city("Weihai", "CN"), city("Kaesong", "KP"), city("Pyongyang", "KP"), city("Sindo", "KP")
	tumen, namyang, kilju, onsong, liangshui := city("Tumen", "CN"), city("Namyang", "KP"), city("Kilju", "KP"), city("Onsong", "KP"), city("Liangshui", "CN")
	guangzhou, yantai, haiphong, vladivostok := city("Guangzhou", "CN"), city("Yantai", "CN"), city("Haiphong", "VN"), city("Vladivostok", "RU")
	rajin, donggang, ryongchon, yiwu, sinuiju := city("Rajin", "KP"), city("Donggang", "CN"), city("Ryongchon", "KP"), city("Yiwu", "CN"), city("Sinuiju", "KP")
	tashkent, khorgos, urumqi, dandong := city("Tashkent", "UZ"), city("Khorgos", "CN"), city("Urumqi", "CN"), city("Dandong", "CN")
	shaoxing, kusong, shanghai, chongjin, wonsan := city("Shaoxing", "CN"), city("Kusong", "KP"), city("Shanghai", "CN"), city("Chongjin", "KP"), city("Wonsan", "KP")
	tonghua, jian, wiwon, pyongsong, yanji := city("Tonghua", "CN"), city("Ji'an", "CN"), city("Wiwon", "KP"), city("Pyongsong", "KP"), city("Yanji", "CN")
	kaishantun, kunming := city("Kaishantun", "CN"), city("Kunming", "CN")
	kazakhstan, japan, southKorea := country("Kazakhstan", "KZ"), country("Japan", "JP"), country("South Korea", "KR")
	rason := func(b *builder, s ...string) *builder {
		return b.place("Rason", "test:Rason", "admin1", "KP", "", s...)
	}
	rajinInRason := func(b *builder, s ...string) *builder {
		return b.place("Rajin", "test:Rajin", "city", "KP", "Rason", s...)
	}
	wonjong := city("Wonjong", "KP")
	good := func(name, class string, surfaces ...string) func(*builder) {
		return func(b *builder) { b.good(name, class, surfaces...) }
	}
	ore := good("iron ore", "minerals", "Ore", "ore")
	cases := []legCase{
		// Carrier nouns used as verbs: "rail", "truck".
		{
			name: "rail the ore is a verb of carriage",
			text: "Ore\n\nThe ore reached Dalian in May. Buyers then rail the ore west to Baotou.",
			build: func(b *builder) {
				baotou(dalian(b, "Dalian"), "Baotou")
				ore(b)
			},
			legs: []string{"Dalian>Baotou"},
		},
		{
			name: "the rail line is no verb",
			text: "Ore\n\nThe ore reached Dalian in May. The rail line to Baotou is busy.",
			build: func(b *builder) {
				baotou(dalian(b, "Dalian"), "Baotou")
				ore(b)
			},
			notLeg: "Dalian>Baotou",
		},
		// "Slip" with a particle of direction moves goods.
		{
			name: "slipped across to a town moves the goods",
			text: "Copper\n\nFrom Musan the copper is slipped across to Nanping at night.",
			build: func(b *builder) {
				nanping(musan(b, "Musan"), "Nanping")
				b.good("copper", "metals", "Copper", "copper")
			},
			legs: []string{"Musan>Nanping"},
		},
		{
			name: "prices that slipped move nothing",
			text: "Copper\n\nCopper prices in Musan slipped to the level of Nanping.",
			build: func(b *builder) {
				nanping(musan(b, "Musan"), "Nanping")
				b.good("copper", "metals", "Copper", "Copper prices")
			},
			wantNone: true,
		},
		// "Out of" after a verb of motion is an origin.
		{
			name: "railed out of a town starts there",
			text: "Coal\n\nThe coal is railed out of Tanchon to Kimchaek.",
			build: func(b *builder) {
				kimchaek(tanchon(b, "Tanchon"), "Kimchaek")
				b.good("coal", "minerals", "Coal", "coal")
			},
			legs: []string{"Tanchon>Kimchaek"},
		},
		{
			name: "run out of a town's coal moves nothing",
			text: "Coal\n\nThe power station in Kimchaek has run out of Tanchon coal.",
			build: func(b *builder) {
				kimchaek(tanchon(b, "Tanchon"), "Kimchaek")
				b.good("coal", "minerals", "Coal", "coal")
			},
			wantNone: true,
		},
		// A shortcut from the special city of Rason beside hops from a town in it.
		{
			name: "a lead from Rason beside hops from Rajin is dropped",
			text: "Crab\n\nCrab is taken from Rason to Hunchun. The lorries leave Rajin, go through Wonjong and arrive in Hunchun.",
			build: func(b *builder) {
				hunchun(wonjong(rajinInRason(rason(b, "Rason"), "Rajin"), "Wonjong"), "Hunchun")
				b.good("crab", "seafood", "Crab")
			},
			legs: []string{"Rajin>Wonjong", "Wonjong>Hunchun"},
		},
		{
			name: "a lead from Rason alone stays",
			text: "Crab\n\nCrab is taken from Rason to Hunchun.",
			build: func(b *builder) {
				hunchun(rason(b, "Rason"), "Hunchun")
				b.good("crab", "seafood", "Crab")
			},
			legs: []string{"Rason>Hunchun"},
		},
		// "The gear" refers to the goods named before.
		{
			name: "the gear made in a town starts the trip there",
			text: "Fishing nets\n\nThe fishing nets are in demand. The gear is made in Weihai. A broker has it trucked to Hunchun.",
			build: func(b *builder) {
				hunchun(weihai(b, "Weihai"), "Hunchun")
				b.good("fishing nets", "fishing", "Fishing nets", "fishing nets")
			},
			legs: []string{"Weihai>Hunchun"},
		},
		{
			name: "landing gear made in a town is no good of the report",
			text: "Fishing nets\n\nThe fishing nets are in demand. Landing gear is made in Weihai. A broker has it trucked to Hunchun.",
			build: func(b *builder) {
				hunchun(weihai(b, "Weihai"), "Hunchun")
				b.good("fishing nets", "fishing", "Fishing nets", "fishing nets")
			},
			notLeg: "Weihai>Hunchun",
		},
		// "Their destination is X".
		{
			name: "their destination names the next stop",
			text: "Ore\n\nThe ore is driven down to Nampo. There the sacks are lowered into small ships. Their destination is Longkou, a busy port.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				ore(b)
			},
			legs: []string{"Nampo>Longkou"},
		},
		{
			name: "a delegation's destination is no stop of goods",
			text: "Ore\n\nThe ore is driven down to Nampo. The delegation's destination was Longkou.",
			build: func(b *builder) {
				longkou(nampo(b, "Nampo"), "Longkou")
				ore(b)
			},
			notLeg: "Nampo>Longkou",
		},
		// A border crossed at a town, and a cargo swung aboard at a port.
		{
			name: "over the border at a town, then aboard at a port",
			text: "Nets\n\nFrom Hunchun the lorries drive over the Russian border at Kraskino, and at the small port of Zarubino the cargo is swung aboard a trawler.",
			build: func(b *builder) {
				zarubino(kraskino(hunchun(b, "Hunchun"), "Kraskino"), "Zarubino")
				b.good("nets", "fishing", "Nets")
			},
			legs: []string{"Hunchun>Kraskino", "Kraskino>Zarubino"},
		},
		{
			name: "along the border at a town is no crossing, and prices at a port move nothing",
			text: "Nets\n\nFrom Hunchun the lorries drive along the border at Kraskino, and at Zarubino prices are higher.",
			build: func(b *builder) {
				zarubino(kraskino(hunchun(b, "Hunchun"), "Kraskino"), "Zarubino")
				b.good("nets", "fishing", "Nets")
			},
			wantNone: true,
		},
		// People at a town are no stop; "from" people there is an origin.
		{
			name: "inspectors at a port are no origin of goods",
			text: "Nets\n\nCustoms officers at Quanhe check trucks bound for Rason, while inspectors at Zarubino rarely open anything loaded onto a boat.",
			build: func(b *builder) {
				zarubino(rason(quanhe(b, "Quanhe"), "Rason"), "Zarubino")
				b.good("nets", "fishing", "Nets")
			},
			notLeg: "Zarubino>Rason",
		},
		{
			name: "bought from farm workers in a town starts there",
			text: "Ginseng\n\nTraders buy the roots from farm workers in Kaesong and take them to Pyongyang.",
			build: func(b *builder) {
				pyongyang(kaesong(b, "Kaesong"), "Pyongyang")
				b.good("ginseng", "agriculture", "Ginseng", "roots")
			},
			legs: []string{"Kaesong>Pyongyang"},
		},
		// Buyers in a town receive the goods.
		{
			name: "a price from buyers in a town is no origin",
			text: "Zinc\n\nThe zinc crossed near Namyang. A tonne of zinc fetches 9,000 yuan from buyers in Tumen.",
			build: func(b *builder) {
				tumen(namyang(b, "Namyang"), "Tumen")
				b.good("zinc", "metals", "Zinc", "zinc")
				b.price(9000, "CNY", "tonne", "", "9,000 yuan")
			},
			notLeg: "Tumen>Namyang",
		},
		{
			name: "bought from wholesalers in a town still starts there",
			text: "Zinc\n\nTraders bought the zinc from wholesalers in Tumen and sent it to Namyang.",
			build: func(b *builder) {
				namyang(tumen(b, "Tumen"), "Namyang")
				b.good("zinc", "metals", "Zinc", "zinc")
			},
			legs: []string{"Tumen>Namyang"},
		},
		// A noun for the good keeps it in view across a chain of sentences.
		{
			name: "the concentrate named again keeps the goods in view",
			text: "Zinc concentrate\n\nZinc concentrate is mined near Tanchon. The ore is railed to Kilju. It is hauled to Onsong. From Onsong the concentrate is carried across to Liangshui. Buyers then truck it on to Tumen.",
			build: func(b *builder) {
				tumen(liangshui(onsong(kilju(tanchon(b, "Tanchon"), "Kilju"), "Onsong"), "Liangshui"), "Tumen")
				b.good("zinc concentrate", "minerals", "Zinc concentrate")
			},
			legs: []string{"Kilju>Onsong", "Liangshui>Tumen", "Onsong>Liangshui", "Tanchon>Kilju"},
		},
		{
			name: "pronouns alone do not stretch the reach of an anaphor",
			text: "Zinc concentrate\n\nZinc concentrate is mined near Tanchon. It is railed to Kilju. It is hauled to Onsong. From Onsong it is carried across to Liangshui. Buyers then truck it on to Tumen.",
			build: func(b *builder) {
				tumen(liangshui(onsong(kilju(tanchon(b, "Tanchon"), "Kilju"), "Onsong"), "Liangshui"), "Tumen")
				b.good("zinc concentrate", "minerals", "Zinc concentrate")
			},
			notLeg: "Liangshui>Tumen",
		},
		// An alternative after "than" is no trade.
		{
			name: "better than selling somewhere moves nothing",
			text: "Sea cucumber\n\nThe sea cucumbers were flown to Guangzhou. It is still better than selling them to the Chinese at Hunchun.",
			build: func(b *builder) {
				hunchun(guangzhou(b, "Guangzhou"), "Hunchun")
				b.good("sea cucumber", "seafood", "Sea cucumber", "sea cucumbers")
			},
			notLeg: "Guangzhou>Hunchun",
		},
		{
			name: "shipped on from there goes on",
			text: "Sea cucumber\n\nThe sea cucumbers were flown to Guangzhou. They are then shipped to Hunchun.",
			build: func(b *builder) {
				hunchun(guangzhou(b, "Guangzhou"), "Hunchun")
				b.good("sea cucumber", "seafood", "Sea cucumber", "sea cucumbers")
			},
			legs: []string{"Guangzhou>Hunchun"},
		},
		// A team sent is people, not goods.
		{
			name: "an inspection team sent somewhere moves no goods",
			text: "Rice\n\nThe ministry sent an inspection team from Pyongyang to Sindo.",
			build: func(b *builder) {
				sindo(pyongyang(b, "Pyongyang"), "Sindo")
				b.good("rice", "food", "Rice")
			},
			wantNone: true,
		},
		{
			name: "a shipment of rice sent somewhere moves",
			text: "Rice\n\nThe ministry sent a shipment of rice from Pyongyang to Sindo.",
			build: func(b *builder) {
				sindo(pyongyang(b, "Pyongyang"), "Sindo")
				b.good("rice", "food", "Rice", "rice")
			},
			legs: []string{"Pyongyang>Sindo"},
		},
		// A port of call, and a carrier's relative clause of call.
		{
			name: "called at a port on the way",
			text: "Coal\n\nThe coal ship left Nampo in May. It then called at Yantai before sailing south to Haiphong.",
			build: func(b *builder) {
				haiphong(yantai(nampo(b, "Nampo"), "Yantai"), "Haiphong")
				b.good("coal", "minerals", "Coal", "coal")
			},
			legs: []string{"Nampo>Yantai", "Yantai>Haiphong"},
		},
		{
			name: "a town called by phone is no port of call",
			text: "Coal\n\nThe coal ship left Nampo in May. An official called Yantai customs about it.",
			build: func(b *builder) {
				yantai(nampo(b, "Nampo"), "Yantai")
				b.good("coal", "minerals", "Coal", "coal")
			},
			notLeg: "Nampo>Yantai",
		},
		{
			name: "a freighter that calls at a port takes the goods on there",
			text: "Motors\n\nA dealer trucks the motors to Zarubino, where they are stowed aboard a freighter that calls at Rajin.",
			build: func(b *builder) {
				rajin(zarubino(b, "Zarubino"), "Rajin")
				b.good("outboard motors", "machinery", "Motors", "motors")
			},
			legs: []string{"Zarubino>Rajin"},
		},
		{
			name: "a freighter that was built at a port moves nothing there",
			text: "Motors\n\nA dealer trucks the motors to Zarubino, where they are stowed aboard a freighter that was built at Rajin.",
			build: func(b *builder) {
				rajin(zarubino(b, "Zarubino"), "Rajin")
				b.good("outboard motors", "machinery", "Motors", "motors")
			},
			notLeg: "Zarubino>Rajin",
		},
		// A recommendation moves nothing.
		{
			name: "a recommendation to check goods moves nothing",
			text: "Crab\n\nWe recommend that customs check crab entering through Hunchun from Zarubino.",
			build: func(b *builder) {
				hunchun(zarubino(b, "Zarubino"), "Hunchun")
				b.good("crab", "seafood", "Crab", "crab")
			},
			wantNone: true,
		},
		{
			name: "crab checked as it entered moves",
			text: "Crab\n\nCustoms checked crab entering through Hunchun from Zarubino.",
			build: func(b *builder) {
				hunchun(zarubino(b, "Zarubino"), "Hunchun")
				b.good("crab", "seafood", "Crab", "crab")
			},
			legs: []string{"Zarubino>Hunchun"},
		},
		// An opening "On X", a negation inside a "whatever" subject.
		{
			name: "on an island the boxes change hands, then go on; whatever is not sold goes further",
			text: "Cosmetics\n\nBoats carry the cosmetics from Donggang to Sindo. On Sindo the boxes are handed to porters. Then the goods are trucked to Ryongchon. Whatever we don't sell goes on to Pyongyang.",
			build: func(b *builder) {
				pyongyang(ryongchon(sindo(donggang(b, "Donggang"), "Sindo"), "Ryongchon"), "Pyongyang")
				b.good("cosmetics", "cosmetics", "Cosmetics", "cosmetics")
			},
			legs: []string{"Donggang>Sindo", "Ryongchon>Pyongyang", "Sindo>Ryongchon"},
		},
		{
			name: "a plain negation still stops the goods",
			text: "Cosmetics\n\nBoats carry the cosmetics from Donggang to Sindo. Then the goods are trucked to Ryongchon. We don't send anything on to Pyongyang.",
			build: func(b *builder) {
				pyongyang(ryongchon(sindo(donggang(b, "Donggang"), "Sindo"), "Ryongchon"), "Pyongyang")
				b.good("cosmetics", "cosmetics", "Cosmetics", "cosmetics")
			},
			notLeg: "Ryongchon>Pyongyang",
		},
		{
			name: "an opening on-phrase beside a named origin is no stop",
			text: "Cosmetics\n\nOn Sindo, prices are high, and the goods are trucked from Sinuiju to Ryongchon.",
			build: func(b *builder) {
				ryongchon(sinuiju(sindo(b, "Sindo"), "Sinuiju"), "Ryongchon")
				b.good("cosmetics", "cosmetics", "Cosmetics")
			},
			legs: []string{"Sinuiju>Ryongchon"},
		},
		// A participial phrase of provenance tells an earlier hop.
		{
			name: "goods bought and sent north before the boats leave",
			text: "Hair dye\n\nThe boats go out from Donggang at night with forty boxes each. Hair dye, face cream, most of it bought wholesale in Yiwu and sent north by rail.",
			build: func(b *builder) {
				yiwu(donggang(b, "Donggang"), "Yiwu")
				b.good("boats", "vessels", "boats")
				b.good("hair dye", "cosmetics", "Hair dye")
				b.good("face cream", "cosmetics", "face cream")
			},
			legs: []string{"Yiwu>Donggang"},
		},
		{
			name: "a clause with its own verb is no phrase of provenance",
			text: "Hair dye\n\nThe boats go out from Donggang at night with forty boxes each. Most of the hair dye was bought wholesale in Yiwu.",
			build: func(b *builder) {
				yiwu(donggang(b, "Donggang"), "Yiwu")
				b.good("hair dye", "cosmetics", "Hair dye", "hair dye")
			},
			notLeg: "Yiwu>Donggang",
		},
		// Destinations that go on, a country only crossed, "until".
		{
			name: "to a town and further east to another",
			text: "Cotton\n\nFrom Khorgos the cotton went to Urumqi and further east up to Dandong.",
			build: func(b *builder) {
				dandong(urumqi(khorgos(b, "Khorgos"), "Urumqi"), "Dandong")
				b.good("cotton", "textiles", "Cotton", "cotton")
			},
			legs: []string{"Khorgos>Urumqi", "Urumqi>Dandong"},
		},
		{
			name: "to a town and to another is one list",
			text: "Cotton\n\nFrom Khorgos the cotton went to Urumqi and to Dandong.",
			build: func(b *builder) {
				dandong(urumqi(khorgos(b, "Khorgos"), "Urumqi"), "Dandong")
				b.good("cotton", "textiles", "Cotton", "cotton")
			},
			legs: []string{"Khorgos>Dandong", "Khorgos>Urumqi"},
		},
		{
			name: "a country crossed between towns is no stop; until a port is the destination",
			text: "Cotton\n\nThe cotton was loaded in Tashkent and carried by rail through Kazakhstan until the Khorgos border port.",
			build: func(b *builder) {
				khorgos(kazakhstan(tashkent(b, "Tashkent"), "Kazakhstan"), "Khorgos")
				b.good("cotton", "textiles", "Cotton", "cotton")
			},
			legs: []string{"Tashkent>Khorgos"},
		},
		{
			name: "until a town's customs reopened is a time, not a destination",
			text: "Cotton\n\nThe cotton shipped from Tashkent was held in Urumqi until Dandong customs reopened.",
			build: func(b *builder) {
				dandong(urumqi(tashkent(b, "Tashkent"), "Urumqi"), "Dandong")
				b.good("cotton", "textiles", "Cotton", "cotton")
			},
			notLeg: "Tashkent>Dandong",
		},
		{
			name: "a country crossed with no town before it stays a stop",
			text: "Cotton\n\nThe cotton was carried by rail through Kazakhstan to Khorgos.",
			build: func(b *builder) {
				khorgos(kazakhstan(b, "Kazakhstan"), "Khorgos")
				b.good("cotton", "textiles", "Cotton", "cotton")
			},
			legs: []string{"Kazakhstan>Khorgos"},
		},
		// The same way in reverse; "the work begins in".
		{
			name: "the same way in reverse as far as a port, then on",
			text: "Jackets\n\nThe work begins in Shaoxing, where the fabric is cut. The fabric is railed to Dalian and shipped to Nampo. They are trucked north to Kusong. When the jackets are finished, they travel the same way in reverse as far as Dalian. From there the jackets go down the coast to Shanghai.",
			build: func(b *builder) {
				shanghai(kusong(nampo(dalian(shaoxing(b, "Shaoxing"), "Dalian"), "Nampo"), "Kusong"), "Shanghai")
				b.good("fabric", "textiles", "Jackets", "fabric")
				b.good("padded jackets", "textiles", "jackets")
			},
			legs: []string{"Dalian>Nampo", "Dalian>Shanghai", "Kusong>Nampo", "Nampo>Dalian", "Nampo>Kusong", "Shaoxing>Dalian"},
		},
		{
			name: "back as far as a port without the way in reverse is no retrace",
			text: "Jackets\n\nThe pieces are railed from Shaoxing to Dalian and shipped to Nampo. They are trucked north to Kusong. When the jackets are finished, they travel back as far as Dalian.",
			build: func(b *builder) {
				kusong(nampo(dalian(shaoxing(b, "Shaoxing"), "Dalian"), "Nampo"), "Kusong")
				b.good("fabric", "textiles", "Jackets")
				b.good("padded jackets", "textiles", "jackets")
			},
			notLeg: "Nampo>Dalian",
		},
		{
			name: "work done in a town is no start of the chain",
			text: "Jackets\n\nThe work is done in Shaoxing. The pieces are railed to Dalian.",
			build: func(b *builder) {
				dalian(shaoxing(b, "Shaoxing"), "Dalian")
				b.good("fabric", "textiles", "Jackets")
			},
			notLeg: "Shaoxing>Dalian",
		},
		// A convoy's overnight stop, and the market of a town.
		{
			name: "a convoy stops overnight in a town before it goes on",
			text: "Beer\n\nThe beer is loaded in Vladivostok onto a ship for Rajin. The convoy of trucks stops overnight in Chongjin before it continues to Wonsan.",
			build: func(b *builder) {
				wonsan(chongjin(rajin(vladivostok(b, "Vladivostok"), "Rajin"), "Chongjin"), "Wonsan")
				b.good("beer", "beverages", "Beer", "beer")
			},
			legs: []string{"Chongjin>Wonsan", "Rajin>Chongjin", "Vladivostok>Rajin"},
		},
		{
			name: "trucks that wait for a permit in a town have not stopped on the way",
			text: "Beer\n\nThe beer is loaded in Vladivostok onto a ship for Rajin. The trucks wait for a permit in Chongjin before they continue to Wonsan.",
			build: func(b *builder) {
				wonsan(chongjin(rajin(vladivostok(b, "Vladivostok"), "Rajin"), "Chongjin"), "Wonsan")
				b.good("beer", "beverages", "Beer", "beer")
			},
			notLeg: "Chongjin>Wonsan",
		},
		{
			name: "from the wholesale market of a town starts there",
			text: "Cigarettes\n\nThe goods are first brought from wholesale market of Yanji to Kaishantun by the Chinese partner.",
			build: func(b *builder) {
				kaishantun(yanji(b, "Yanji"), "Kaishantun")
				b.good("cigarettes", "tobacco", "Cigarettes")
			},
			legs: []string{"Yanji>Kaishantun"},
		},
		{
			name: "goods that sell in the market of a town do not start there",
			text: "Cigarettes\n\nThe cigarettes sell well in the wholesale market of Yanji, and traders bring them to Kaishantun.",
			build: func(b *builder) {
				kaishantun(yanji(b, "Yanji"), "Kaishantun")
				b.good("cigarettes", "tobacco", "Cigarettes", "cigarettes")
			},
			notLeg: "Yanji>Kaishantun",
		},
		// Korean.
		{
			name: "갔다가 closes a hop, and 에 짐을 부렸다 is where the cargo was unloaded",
			text: "밀가루\n\n원산항에서 출항한 화물선이 블라디보스토크에 들어갔다가, 그곳에서 밀가루를 싣고 라진항에 짐을 부렸다.",
			build: func(b *builder) {
				rajin(vladivostok(wonsan(b, "원산"), "블라디보스토크"), "라진")
				b.good("wheat flour", "food", "밀가루")
			},
			legs: []string{"Vladivostok>Rajin", "Wonsan>Vladivostok"},
		},
		{
			name: "a ship that tried to enter a port did not go there",
			text: "밀가루\n\n원산항에서 출항한 화물선이 블라디보스토크에 들어가려 했지만 밀가루를 싣고 라진항으로 왔다.",
			build: func(b *builder) {
				rajin(vladivostok(wonsan(b, "원산"), "블라디보스토크"), "라진")
				b.good("wheat flour", "food", "밀가루")
			},
			notLeg: "Wonsan>Vladivostok",
		},
		{
			name: "goods piled at the riverside on a town's side cross from there",
			text: "양수기\n\n지안 쪽 강가에 모아 둔 양수기는 밤중에 작은 목선에 실려 강을 건너 위원으로 넘어온다.",
			build: func(b *builder) {
				wiwon(jian(b, "지안"), "위원")
				b.good("water pumps", "machinery", "양수기")
			},
			legs: []string{"Ji'an>Wiwon"},
		},
		{
			name: "a quiet riverside names no stop",
			text: "양수기\n\n지안 쪽 강가는 조용하고, 양수기는 밤중에 위원으로 넘어온다.",
			build: func(b *builder) {
				wiwon(jian(b, "지안"), "위원")
				b.good("water pumps", "machinery", "양수기")
			},
			notLeg: "Ji'an>Wiwon",
		},
		{
			name: "most of these goods were bought in one town and carried to another: no pattern",
			text: "양수기\n\n양수기 밀수가 늘었는데, 이 물건들은 대부분 퉁화의 도매상에서 사들인 뒤 화물차로 지안까지 실어 온 것이다.",
			build: func(b *builder) {
				jian(tonghua(b, "퉁화"), "지안")
				b.good("water pumps", "machinery", "양수기")
			},
			legs: []string{"Tonghua>Ji'an"},
		},
		{
			name: "goods that mainly come one way are a pattern",
			text: "양수기\n\n양수기는 주로 퉁화에서 화물차로 지안까지 실어 온다.",
			build: func(b *builder) {
				jian(tonghua(b, "퉁화"), "지안")
				b.good("water pumps", "machinery", "양수기")
			},
			notLeg: "Tonghua>Ji'an",
		},
		{
			name: "a port written apart, a ship that reaches the next, and part of the goods sent on",
			text: "잎담배\n\n잎담배는 쿤밍에서 열차에 실려 옌타이 항까지 갔다. 배가 남포항에 닿은 것은 6월이었다. 남포에서 평성까지는 트럭이 실어 날랐다. 일부는 다시 신의주로 보내진다.",
			build: func(b *builder) {
				sinuiju(pyongsong(nampo(yantai(kunming(b, "쿤밍"), "옌타이"), "남포"), "평성"), "신의주")
				b.good("tobacco leaf", "tobacco", "잎담배")
			},
			legs: []string{"Kunming>Yantai", "Nampo>Pyongsong", "Pyongsong>Sinuiju", "Yantai>Nampo"},
		},
		{
			name: "두 배 is twice, not a boat; some merchants are no part of the goods",
			text: "잎담배\n\n잎담배는 쿤밍에서 열차에 실려 옌타이 항까지 갔다. 남포항의 값이 두 배가 되었다. 일부 상인들은 신의주로 간다.",
			build: func(b *builder) {
				sinuiju(nampo(yantai(kunming(b, "쿤밍"), "옌타이"), "남포"), "신의주")
				b.good("tobacco leaf", "tobacco", "잎담배")
			},
			legs: []string{"Kunming>Yantai"},
		},
		{
			name: "two countries listed with 과 are one list of destinations",
			text: "송이\n\n일부 송이는 옌지에서 항공편으로 일본과 한국까지 팔려 간다.",
			build: func(b *builder) {
				southKorea(japan(yanji(b, "옌지"), "일본"), "한국")
				b.good("pine mushrooms", "agriculture", "송이")
			},
			legs: []string{"Yanji>Japan", "Yanji>South Korea"},
		},
	}
	checkLegCases(t, false, cases)
}

// TestLegRulesRound15Pattern covers a report that announces a pattern and
// then tells it: the legs of the telling are general, up to a sentence in
// the past.
func TestLegRulesRound15Pattern(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	kimchaek, zarubino, kraskino, hunchun := city("Kimchaek", "KP"), city("Zarubino", "RU"), city("Kraskino", "RU"), city("Hunchun", "CN")
	build := func(b *builder) {
		hunchun(kraskino(zarubino(kimchaek(b, "Kimchaek"), "Zarubino"), "Kraskino"), "Hunchun")
		b.good("crab", "seafood", "Crab")
	}
	body := "Crab landed at Kimchaek is frozen and loaded onto small vessels, which sail north to Zarubino. It is then trucked to the Kraskino checkpoint and across the border to Hunchun.\n\nWe counted 14 port calls in May."
	cases := []legCase{
		{
			name:    "a pattern announced, then told in the present: general legs",
			text:    "Crab\n\nOur review of port records points to a consistent pattern.\n\n" + body,
			build:   build,
			legs:    nil,
			general: []string{"Kimchaek>Zarubino", "Kraskino>Hunchun", "Zarubino>Kraskino"},
		},
		{
			name:  "no pattern announced: the same hops are specific",
			text:  "Crab\n\nOur review of port records took three months.\n\n" + body,
			build: build,
			legs:  []string{"Kimchaek>Zarubino", "Kraskino>Hunchun", "Zarubino>Kraskino"},
		},
		{
			name: "a hop told in the past after the announcement is specific",
			text: "Crab\n\nOur review of port records points to a consistent pattern.\n\nIn May a vessel carried crab from Kimchaek to Zarubino.",
			build: func(b *builder) {
				zarubino(kimchaek(b, "Kimchaek"), "Zarubino")
				b.good("crab", "seafood", "Crab")
			},
			legs: []string{"Kimchaek>Zarubino"},
		},
	}
	checkLegCases(t, true, cases)
}
