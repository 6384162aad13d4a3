package events

import (
	"testing"
)

// TestLegRulesRound10 covers the rules of this round: a word for a kind of
// goods as an anaphor ("the ore"), what is left of the goods, "head for",
// "border" as a word for a kind of town, a "from" of a phone call, a town
// passed on the way, a crossing told after a stop on a country's side,
// buyers who carry their goods on from their town, and "truck" as a verb.
// Each rule has a case where it must not fire.
func TestLegRulesRound10(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	yanji, tumen, namyang, chongjin := city("Yanji", "CN"), city("Tumen", "CN"), city("Namyang", "KP"), city("Chongjin", "KP")
	hoeryong, sanhe, tonghua, musan := city("Hoeryong", "KP"), city("Sanhe", "CN"), city("Tonghua", "CN"), city("Musan", "KP")
	kimchaek, rajin, tumangang, khasan := city("Kimchaek", "KP"), city("Rajin", "KP"), city("Tumangang", "KP"), city("Khasan", "RU")
	artem, hamhung := city("Artem", "RU"), city("Hamhung", "KP")
	linjiang, kanggye := city("Linjiang", "CN"), city("Kanggye", "KP")
	junggang := func(b *builder, s ...string) *builder {
		return b.place("Junggang", "test:Junggang", "admin2", "KP", "", s...)
	}
	russia := func(b *builder, s ...string) *builder { return b.place("Russia", "test:RU", "country", "RU", "", s...) }
	zinc := func(b *builder) { b.good("zinc concentrate", "minerals", "zinc concentrate") }
	cases := []legCase{
		{
			name: "a word for the kind of goods refers back to them",
			text: "Zinc leaves by lorry\n\nThe zinc concentrate is piling up at the smelter. The ore is dug near Musan and washed on site. Lorries then take it to Chongjin.",
			build: func(b *builder) {
				chongjin(musan(b, "Musan"), "Chongjin")
				zinc(b)
			},
			legs: []string{"Musan>Chongjin"},
		},
		{
			name: "a word for another kind of goods does not",
			text: "Beer leaves by lorry\n\nBottled beer is piling up at the brewery. The ore is dug near Musan and washed on site. Lorries then take it to Chongjin.",
			build: func(b *builder) {
				chongjin(musan(b, "Musan"), "Chongjin")
				b.good("beer", "alcohol", "beer")
			},
			notLeg: "Musan>Chongjin",
		},
		{
			name: "what is left of the goods goes on",
			text: "Soap for the north\n\nLorries carry the soap from Namyang to Hoeryong, where traders buy half of it. What is left continues south to Chongjin.",
			build: func(b *builder) {
				chongjin(hoeryong(namyang(b, "Namyang"), "Hoeryong"), "Chongjin")
				b.good("soap", "household", "soap")
			},
			legs: []string{"Hoeryong>Chongjin", "Namyang>Hoeryong"},
		},
		{
			name: "the rest of a group of people is no goods",
			text: "Soap for the north\n\nLorries carry the soap from Namyang to Hoeryong. The rest of the inspectors went on to Chongjin.",
			build: func(b *builder) {
				chongjin(hoeryong(namyang(b, "Namyang"), "Hoeryong"), "Chongjin")
				b.good("soap", "household", "soap")
			},
			legs: []string{"Namyang>Hoeryong"},
		},
		{
			name: "lorries that head for a town move the goods there",
			text: "Zinc leaves by lorry\n\nLorries carry the zinc concentrate to a depot in Kimchaek. A week later the lorries head for Rajin.",
			build: func(b *builder) {
				rajin(kimchaek(b, "Kimchaek"), "Rajin")
				zinc(b)
			},
			legs: []string{"Kimchaek>Rajin"},
		},
		{
			name: "the head of a firm is no motion",
			text: "Zinc leaves by lorry\n\nLorries carry the zinc concentrate to a depot in Kimchaek. The head of the depot flew to Rajin for talks.",
			build: func(b *builder) {
				rajin(kimchaek(b, "Kimchaek"), "Rajin")
				zinc(b)
			},
			notLeg: "Kimchaek>Rajin",
		},
		{
			name: "a border town is where goods are bought, not a crossing",
			text: "Pills from Sanhe\n\nThe pharmacists buy the pills from dealers in Hoeryong, the border town upstream, and take them home by bus.",
			build: func(b *builder) {
				sanhe(hoeryong(b, "Hoeryong"), "Sanhe")
				b.good("pills", "medicine", "pills")
			},
			notLeg: "Hoeryong>Sanhe",
		},
		{
			name: "goods carried over the border from a twin town cross it",
			text: "Pills in Hoeryong\n\nThe dealers get the pills from couriers who carry them over the border from Sanhe.",
			build: func(b *builder) {
				hoeryong(sanhe(b, "Sanhe"), "Hoeryong")
				b.good("pills", "medicine", "pills")
			},
			legs: []string{"Sanhe>Hoeryong"},
		},
		{
			name: "an order phoned from a town does not start the goods there",
			text: "Pills in Chongjin\n\nBrokers buy the pills from a plant in Tonghua and drive them to Sanhe after orders are placed by phone from Hoeryong.",
			build: func(b *builder) {
				hoeryong(sanhe(tonghua(b, "Tonghua"), "Sanhe"), "Hoeryong")
				b.good("pills", "medicine", "pills")
			},
			legs: []string{"Tonghua>Sanhe"},
		},
		{
			name: "goods sent from a town start there",
			text: "Pills in Chongjin\n\nThe pills are sent from Tonghua to Sanhe by lorry.",
			build: func(b *builder) {
				sanhe(tonghua(b, "Tonghua"), "Sanhe")
				b.good("pills", "medicine", "pills")
			},
			legs: []string{"Tonghua>Sanhe"},
		},
		{
			name: "a town the train passes is a stop on the way, and the crossing after it goes to the twin",
			text: "Flour reaches Tumangang\n\nThe flour is loaded at Artem, and the train passes the Khasan yard on the Russian side before it crosses the bridge.",
			build: func(b *builder) {
				tumangang(russia(khasan(artem(b, "Artem"), "Khasan"), "Russian"), "Tumangang")
				b.good("flour", "food", "flour")
			},
			legs: []string{"Artem>Khasan", "Khasan>Tumangang"},
		},
		{
			name: "passing a law is no stop",
			text: "Flour by rail\n\nThe flour is loaded at Artem and taken to Khasan after passing Russian customs.",
			build: func(b *builder) {
				russia(khasan(artem(b, "Artem"), "Khasan"), "Russian")
				b.good("flour", "food", "flour")
			},
			legs: []string{"Artem>Khasan"},
		},
		{
			name: "buyers in a town who truck their goods on start them there",
			text: "Tyres for the north\n\nDealers in Yanji buy the tyres from garages for 90 yuan each and truck them to Tumen.",
			build: func(b *builder) {
				tumen(yanji(b, "Yanji"), "Tumen")
				b.good("tyres", "vehicles", "tyres")
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "buyers in a town who only buy move nothing from it",
			text: "Tyres for the north\n\nDealers in Yanji buy the tyres from garages, and their lorries from Hamhung take them to Tumen.",
			build: func(b *builder) {
				hamhung(tumen(yanji(b, "Yanji"), "Tumen"), "Hamhung")
				b.good("tyres", "vehicles", "tyres")
			},
			notLeg: "Yanji>Tumen",
		},
		{
			name: "a clause that opens with when it happened is a hop of its own",
			text: "Tyres for the north\n\nA broker moved the tyres by road to his yard in Tumen, and in March the cargo was driven over the bridge into Namyang.",
			build: func(b *builder) {
				namyang(tumen(b, "Tumen"), "Namyang")
				b.good("tyres", "vehicles", "tyres")
			},
			legs: []string{"Tumen>Namyang"},
		},
		{
			name: "a list of destinations after a time phrase stays one stop",
			text: "Tyres for the north\n\nA broker moved the tyres to Tumen, and in March to Namyang as well.",
			build: func(b *builder) {
				namyang(tumen(b, "Tumen"), "Namyang")
				b.good("tyres", "vehicles", "tyres")
			},
			notLeg: "Tumen>Namyang",
		},
		{
			name: "goods the report never names move as the goods and then them",
			text: "Gadgets for Hyesan\n\nMost of the goods are bought at wholesale stalls in Yanji, the source said. Couriers take them by bus to Tumen.",
			build: func(b *builder) {
				tumen(yanji(b, "Yanji"), "Tumen")
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "them with no goods before are no goods",
			text: "Gadgets for Hyesan\n\nMost traders shop at wholesale stalls in Yanji, the source said. Couriers take them by bus to Tumen.",
			build: func(b *builder) {
				tumen(yanji(b, "Yanji"), "Tumen")
			},
			wantNone: true,
		},
		{
			name: "goods bought in China and trucked to a riverside town do not come from across the river",
			text: "Scooters for Kanggye\n\nWholesalers order the scooters and have them trucked to Linjiang, on the bank of the river, where they wait until the guards on the other side are paid.",
			build: func(b *builder) {
				junggang(linjiang(b, "Linjiang"), "Kanggye")
				b.good("scooters", "vehicles", "scooters")
			},
			notLeg: "Junggang>Linjiang",
		},
		{
			name: "goods carried back over the river to a riverside town come from across it",
			text: "Scooters for Kanggye\n\nThe scooters that fail are carried back across the river to Linjiang.",
			build: func(b *builder) {
				junggang(linjiang(b, "Linjiang"), "Kanggye")
				b.good("scooters", "vehicles", "scooters")
			},
			legs: []string{"Junggang>Linjiang"},
		},
		{
			name: "a hop that moved them continues whatever else it names",
			text: "Scooters for Kanggye\n\nWholesalers keep the scooters in Linjiang. Smugglers take them across to Junggang, two machines at a time. The scooters never stay long there. They are put on lorries and driven to Kanggye.",
			build: func(b *builder) {
				kanggye(junggang(linjiang(b, "Linjiang"), "Junggang"), "Kanggye")
				b.good("scooters", "vehicles", "scooters")
				b.good("machines", "machinery", "machines")
			},
			legs: []string{"Junggang>Kanggye", "Linjiang>Junggang"},
		},
		{
			name: "a hop of other goods told before does not",
			text: "Scooters for Kanggye\n\nWholesalers keep the scooters in Linjiang. Smugglers take the lathes across to Junggang. The scooters never stay long there. They are put on lorries and driven to Kanggye.",
			build: func(b *builder) {
				kanggye(junggang(linjiang(b, "Linjiang"), "Junggang"), "Kanggye")
				b.good("scooters", "vehicles", "scooters")
				b.good("lathes", "machinery", "lathes")
			},
			notLeg: "Junggang>Kanggye",
		},
		{
			name: "a town told again with in after the goods got there is no origin",
			text: "Zinc leaves by cart\n\nThe zinc concentrate is dug near Musan. The concentrate is carried to Chongjin by cart, and in Chongjin it is hidden in sheds until the smuggling night.",
			build: func(b *builder) {
				chongjin(musan(b, "Musan"), "Chongjin", "Chongjin")
				zinc(b)
			},
			legs: []string{"Musan>Chongjin"},
		},
		{
			name: "the false name on the papers is not the goods",
			text: "Pianos by sea\n\nA broker shipped the pianos from Tumen to Rajin. Staff then redeclared the cargo as furniture and had it sent on to Chongjin.",
			build: func(b *builder) {
				chongjin(rajin(tumen(b, "Tumen"), "Rajin"), "Chongjin")
				b.good("pianos", "luxury", "pianos")
				b.good("furniture", "consumer_goods", "furniture")
			},
			legs: []string{"Rajin>Chongjin", "Tumen>Rajin"},
		},
		{
			name: "goods declared under their own name stay the goods",
			text: "Pianos by sea\n\nA broker shipped the pianos from Tumen to Rajin. Furniture declared as furniture was sent on to Chongjin.",
			build: func(b *builder) {
				chongjin(rajin(tumen(b, "Tumen"), "Rajin"), "Chongjin")
				b.good("pianos", "luxury", "pianos")
				b.good("furniture", "consumer_goods", "Furniture", "furniture")
			},
			notLeg: "Rajin>Chongjin",
		},
		{
			name: "bales and sacks are goods",
			text: "Hair by rail\n\nThe hair is trucked from Tumen to Namyang. After customs, the bales travel by rail to Chongjin.",
			build: func(b *builder) {
				chongjin(namyang(tumen(b, "Tumen"), "Namyang"), "Chongjin")
				b.good("hair", "hair_products", "hair")
			},
			legs: []string{"Namyang>Chongjin", "Tumen>Namyang"},
		},
		{
			name: "where the goods can be once over the river ends the hop",
			text: "Zinc leaves by lorry\n\nThe lorries carry the zinc concentrate to Namyang, and once they are over the bridge they can be in Tumen by noon.",
			build: func(b *builder) {
				tumen(namyang(b, "Namyang"), "Tumen")
				zinc(b)
			},
			legs: []string{"Namyang>Tumen"},
		},
		{
			name: "where people are is no stop of the goods",
			text: "Zinc leaves by lorry\n\nThe lorries carry the zinc concentrate to Namyang, while the buyers are in Tumen.",
			build: func(b *builder) {
				tumen(namyang(b, "Namyang"), "Tumen")
				zinc(b)
			},
			notLeg: "Namyang>Tumen",
		},
		{
			name: "what is meant to happen where the goods arrived is no hop",
			text: "Urea by rail\n\nThe urea went by train from Nampo to Hamhung, where the farm office is supposed to hand it out to farms in Kimchaek.",
			build: func(b *builder) {
				kimchaek(hamhung(b.place("Nampo", "test:Nampo", "city", "KP", "", "Nampo"), "Hamhung"), "Kimchaek")
				b.good("urea", "chemicals", "urea")
			},
			legs: []string{"Nampo>Hamhung"},
		},
		{
			name: "what was done where the goods arrived is a hop",
			text: "Urea by rail\n\nThe urea went by train from Nampo to Hamhung, where they loaded it onto lorries to Kimchaek.",
			build: func(b *builder) {
				kimchaek(hamhung(b.place("Nampo", "test:Nampo", "city", "KP", "", "Nampo"), "Hamhung"), "Kimchaek")
				b.good("urea", "chemicals", "urea")
			},
			legs: []string{"Hamhung>Kimchaek", "Nampo>Hamhung"},
		},
	}
	checkLegCases(t, false, cases)
}

// TestBorderCue: "border" says the goods cross unless it names a kind of
// town or area.
func TestBorderCue(t *testing.T) {
	for s, want := range map[string]bool{
		"they carry it over the border at night":    true,
		"sold in hoeryong, the border city":         false,
		"a border county in the north":              false,
		"guards at the border took their share":     true,
		"the border towns of jagang and the border": true,
		"the river bordering the town":              true,
	} {
		if got := borderCue(s); got != want {
			t.Errorf("borderCue(%q) = %v, want %v", s, got, want)
		}
	}
}
