package events

import (
	"testing"
)

// TestLegRulesRound9 covers the recall rules of this round: carrier nouns
// used as verbs ("trucks them"), more verbs of carriage, a crossing that
// names no town, a crossing told after the last stop, "reached" a phrase
// of buyers, "the capital" with no stop before it, two anaphors of one
// list, an opening "At X", where goods were made or caught, a country
// stop told more precisely later, a longer reach back after "then", a
// people's home, Korean glosses in Chinese characters, Korean "쪽으로"
// and intentions, "after which" and rumours. Each rule has a case where
// it must not fire.
func TestLegRulesRound9(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	yanji, tumen, namyang, chongjin := city("Yanji", "CN"), city("Tumen", "CN"), city("Namyang", "KP"), city("Chongjin", "KP")
	changbai, hyesan, hamhung := city("Changbai", "CN"), city("Hyesan", "KP"), city("Hamhung", "KP")
	shenyang, dandong, sinuiju, pyongyang := city("Shenyang", "CN"), city("Dandong", "CN"), city("Sinuiju", "KP"), city("Pyongyang", "KP")
	nampo, sariwon, rajin, tumangang := city("Nampo", "KP"), city("Sariwon", "KP"), city("Rajin", "KP"), city("Tumangang", "KP")
	kimchaek, haeju, shidao, vostochny := city("Kimchaek", "KP"), city("Haeju", "KP"), city("Shidao", "CN"), city("Vostochny", "RU")
	jian, tonghua, nanping, musan := city("Jian", "CN"), city("Tonghua", "CN"), city("Nanping", "CN"), city("Musan", "KP")
	china := func(b *builder, s ...string) *builder { return b.place("China", "test:CN", "country", "CN", "", s...) }
	russia := func(b *builder, s ...string) *builder { return b.place("Russia", "test:RU", "country", "RU", "", s...) }
	heilong := func(b *builder, s ...string) *builder {
		return b.place("Heilongjiang", "test:HLJ", "admin1", "CN", "", s...)
	}
	soap := func(b *builder, s ...string) {
		if len(s) == 0 {
			s = []string{"soap"}
		}
		b.good("soap", "household", s...)
	}
	cases := []legCase{
		{
			name: "a carrier noun with an object is a verb of carriage",
			text: "Bundles of soap\n\nA dealer picks up the soap at a depot in Yanji and trucks it to Tumen.",
			build: func(b *builder) {
				tumen(yanji(b, "Yanji"), "Tumen")
				soap(b)
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "a carrier noun after a determiner stays a noun",
			text: "Bundles of soap\n\nThe soap waited in Yanji while the trucks to Tumen were checked.",
			build: func(b *builder) {
				tumen(yanji(b, "Yanji"), "Tumen")
				soap(b)
			},
			wantNone: true,
		},
		{
			name: "hauls and funnelled are verbs of carriage",
			text: "Bundles of soap\n\nA state firm hauls the soap from Nampo to Sariwon. Part of it is funnelled on to Pyongyang.",
			build: func(b *builder) {
				pyongyang(sariwon(nampo(b, "Nampo"), "Sariwon"), "Pyongyang")
				soap(b)
			},
			legs: []string{"Nampo>Sariwon", "Sariwon>Pyongyang"},
		},
		{
			name: "a crossing that names no town goes to the twin across the river",
			text: "Soap reaches Namyang\n\nA dealer drives the soap from Yanji to Tumen. At night it is ferried over the river in small boats. A security team then loads it onto a train for Chongjin.",
			build: func(b *builder) {
				chongjin(namyang(tumen(yanji(b, "Yanji"), "Tumen"), "Namyang"), "Chongjin")
				soap(b)
			},
			legs: []string{"Namyang>Chongjin", "Tumen>Namyang", "Yanji>Tumen"},
		},
		{
			name: "a crossing that happens every night is a habit, no hop",
			text: "Soap reaches Namyang\n\nA dealer drives the soap from Yanji to Tumen. Sacks of it are ferried over the river every night.",
			build: func(b *builder) {
				namyang(tumen(yanji(b, "Yanji"), "Tumen"), "Namyang")
				soap(b)
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "a crossing told again after the goods came over crosses nothing back",
			text: "Bundles of soap\n\nCouriers carry the soap over from Changbai to Hyesan. A crew moves several sacks of it across the river every week.",
			build: func(b *builder) {
				hyesan(changbai(b, "Changbai"), "Hyesan")
				soap(b)
			},
			legs: []string{"Changbai>Hyesan"},
		},
		{
			name: "a riverbank is no crossing",
			text: "Bundles of soap\n\nThe soap was carried down from Namyang to Chongjin. Around Chongjin it had come straight off the riverbank.",
			build: func(b *builder) {
				chongjin(namyang(b, "Namyang"), "Chongjin", "Chongjin")
				soap(b)
			},
			legs: []string{"Namyang>Chongjin"},
		},
		{
			name: "a crossing told after the last stop goes on to the twin",
			text: "Soap for Sinuiju\n\nThe soap was trucked from Shenyang to depots in Dandong before being driven over the bridge.",
			build: func(b *builder) {
				sinuiju(dandong(shenyang(b, "Shenyang"), "Dandong"), "Sinuiju")
				soap(b)
			},
			legs: []string{"Dandong>Sinuiju", "Shenyang>Dandong"},
		},
		{
			name: "a crossing after the last stop that names another town is left alone",
			text: "Soap for Sinuiju\n\nThe soap was trucked from Shenyang to Dandong and later taken across the river near Yanji.",
			build: func(b *builder) {
				yanji(sinuiju(dandong(shenyang(b, "Shenyang"), "Dandong"), "Sinuiju"), "Yanji")
				soap(b)
			},
			legs: []string{"Shenyang>Dandong"},
		},
		{
			name: "reached a phrase of buyers in a town is a destination",
			text: "Bundles of soap\n\nThe soap reached wholesalers in Sariwon last week. It had been trucked up from Nampo.",
			build: func(b *builder) {
				nampo(sariwon(b, "Sariwon"), "Nampo")
				soap(b)
			},
			legs: []string{"Nampo>Sariwon"},
		},
		{
			name: "reached a price in a town is no destination",
			text: "Bundles of soap\n\nThe soap was carried from Nampo to Sariwon. Its price reached 5,000 won in Pyongyang.",
			build: func(b *builder) {
				pyongyang(sariwon(nampo(b, "Nampo"), "Sariwon"), "Pyongyang")
				soap(b)
				b.price(5000, "KPW", "", "", "5,000 won")
			},
			legs: []string{"Nampo>Sariwon"},
		},
		{
			name: "the capital with no stop before it is the capital of where the goods were",
			text: "Bundles of soap\n\nThe goods were trucked from Dandong into Sinuiju. At the yard the cargo is put on wagons and sent down the line to the capital. Pyongyang builders wait for it.",
			build: func(b *builder) {
				pyongyang(sinuiju(dandong(b, "Dandong"), "Sinuiju"), "Pyongyang")
				soap(b, "soap")
			},
			legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"},
		},
		{
			name: "the capital of a country whose capital the report does not name is no stop",
			text: "Bundles of soap\n\nThe goods were trucked from Sinuiju into Dandong. At the yard the cargo is put on wagons and sent down the line to the capital.",
			build: func(b *builder) {
				dandong(sinuiju(b, "Sinuiju"), "Dandong")
				soap(b, "soap")
			},
			legs: []string{"Sinuiju>Dandong"},
		},
		{
			name: "an opening at a town says where the goods have got to",
			text: "Bundles of soap\n\nThe soap wagons rolled from Tumangang to the coast. At Rajin station the wagons were uncoupled and the soap moved into containers. The containers were then sent by rail to Pyongyang.",
			build: func(b *builder) {
				pyongyang(rajin(tumangang(b, "Tumangang"), "Rajin"), "Pyongyang")
				soap(b)
			},
			legs: []string{"Rajin>Pyongyang", "Tumangang>Rajin"},
		},
		{
			name: "an opening at a Chinese border town is no crossing",
			text: "Soap for Sinuiju\n\nAt Dandong the soap was moved into containers.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju")
				soap(b)
			},
			wantNone: true,
		},
		{
			name: "goods caught off a town start there",
			text: "Bundles of crab\n\nThe crab was caught off Kimchaek and frozen in the city. Six trucks then carried it up the coast to Rajin.",
			build: func(b *builder) {
				rajin(kimchaek(b, "Kimchaek"), "Rajin")
				b.good("crab", "seafood", "crab")
			},
			legs: []string{"Kimchaek>Rajin"},
		},
		{
			name: "goods made in a province start nowhere",
			text: "Bundles of soap\n\nThe soap was made in Heilongjiang Province. Six trucks then carried it to Rajin.",
			build: func(b *builder) {
				rajin(heilong(b, "Heilongjiang"), "Rajin")
				soap(b)
			},
			wantNone: true,
		},
		{
			name: "a country stop told more precisely later goes on from the start",
			text: "Bundles of crab\n\nCrabs caught off Haeju are sold at sea and landed in China. The catch is then taken to Shidao.",
			build: func(b *builder) {
				shidao(china(haeju(b, "Haeju"), "China"), "Shidao")
				b.good("crab", "seafood", "Crabs")
			},
			legs: []string{"Haeju>Shidao"},
		},
		{
			name: "a country stop with a town of it named keeps that town",
			text: "Bundles of crab\n\nCrabs caught off Haeju are landed in China at Dandong. The catch is then taken to Shidao.",
			build: func(b *builder) {
				shidao(dandong(china(haeju(b, "Haeju"), "China"), "Dandong"), "Shidao")
				b.good("crab", "seafood", "Crabs")
			},
			notLeg: "Haeju>Shidao",
		},
		{
			name: "then reaches back past a few sentences of prices",
			text: "Bundles of soap\n\nThe soap was shipped from Nampo to Haeju. Buyers pay 10 yuan. Sellers ask more. Guards take a cut. Prices rose. The soap was then trucked to Sariwon.",
			build: func(b *builder) {
				sariwon(haeju(nampo(b, "Nampo"), "Haeju"), "Sariwon")
				soap(b, "soap")
			},
			legs: []string{"Haeju>Sariwon", "Nampo>Haeju"},
		},
		{
			name: "without then a movement does not reach back that far",
			text: "Bundles of soap\n\nThe soap was shipped from Nampo to Haeju. Buyers pay 10 yuan. Sellers ask more. Guards take a cut. Prices rose. The soap was trucked to Sariwon.",
			build: func(b *builder) {
				sariwon(haeju(nampo(b, "Nampo"), "Haeju"), "Sariwon")
				soap(b, "soap")
			},
			legs: []string{"Nampo>Haeju"},
		},
		{
			name: "people carrying goods home take them to the town they are from",
			text: "Bundles of soap\n\nTraders from Hamhung now travel to Hyesan to buy the soap in bulk, then carry it home by train.",
			build: func(b *builder) {
				hyesan(hamhung(b, "Hamhung"), "Hyesan")
				soap(b)
			},
			legs: []string{"Hyesan>Hamhung"},
		},
		{
			name: "home with no town of the people is no stop",
			text: "Bundles of soap\n\nTraders travel to Hyesan to buy the soap in bulk, then carry it home by train.",
			build: func(b *builder) {
				hyesan(b, "Hyesan")
				soap(b)
			},
			wantNone: true,
		},
		{
			name: "Korean place glossed in Chinese characters keeps its postposition",
			text: "약재 소식\n\n지안에 도착한 약재는 다시 통화(通化)의 도매시장으로 보내졌다.",
			build: func(b *builder) {
				tonghua(jian(b, "지안"), "통화")
				b.good("herbs", "herb", "약재")
			},
			legs: []string{"Jian>Tonghua"},
		},
		{
			name: "Korean bracket of other words is no gloss",
			text: "약재 소식\n\n약재는 통화(가칭) 도매시장 사람들이 샀다.",
			build: func(b *builder) {
				tonghua(b, "통화")
				b.good("herbs", "herb", "약재")
			},
			wantNone: true,
		},
		{
			name: "Korean side of a town is a destination and an intention moves nothing",
			text: "노트북 소식\n\n중간상이 노트북을 난핑까지 가져왔고, 밤에 무산 쪽으로 넘겨 보냈다. 밀수꾼들은 노트북을 청진의 대학생들에게 팔 생각이었다고 한다.",
			build: func(b *builder) {
				chongjin(musan(nanping(b, "난핑"), "무산"), "청진")
				b.good("laptops", "electronics", "노트북")
			},
			legs: []string{"Nanping>Musan"},
		},
		{
			name: "after which keeps text order",
			text: "Bundles of oil\n\nTankers made visits to the terminal at Vostochny, after which the ships were seen unloading oil at Rajin.",
			build: func(b *builder) {
				rajin(vostochny(b, "Vostochny"), "Rajin")
				b.good("oil", "fuel", "oil")
			},
			legs: []string{"Vostochny>Rajin"},
		},
		{
			name: "a mid-sentence after still puts its clause first",
			text: "Bundles of oil\n\nThe oil was unloaded at Rajin after the tankers left Vostochny.",
			build: func(b *builder) {
				rajin(vostochny(b, "Vostochny"), "Rajin")
				b.good("oil", "fuel", "oil")
			},
			legs: []string{"Vostochny>Rajin"},
		},
		{
			name: "goods that travel with people move",
			text: "Bundles of soap\n\nThe soap travels with the workers on flights from Vostochny to Pyongyang. Last week 40 returning workers checked in two tonnes of soap.",
			build: func(b *builder) {
				pyongyang(vostochny(b, "Vostochny"), "Pyongyang")
				soap(b, "soap")
			},
			legs: []string{"Vostochny>Pyongyang"},
		},
		{
			name: "people who travel without goods move nothing",
			text: "Bundles of soap\n\nThe workers travel on flights from Vostochny to Pyongyang. Soap is dear in Pyongyang.",
			build: func(b *builder) {
				pyongyang(vostochny(b, "Vostochny"), "Pyongyang", "Pyongyang")
				soap(b, "Soap")
			},
			wantNone: true,
		},
		{
			name: "bought through firms in a town starts there",
			text: "Bundles of soap\n\nThe soap was bought through wholesalers in Shenyang and then trucked to Dandong.",
			build: func(b *builder) {
				dandong(shenyang(b, "Shenyang"), "Dandong")
				soap(b)
			},
			legs: []string{"Shenyang>Dandong"},
		},
		{
			name: "sold through firms in a town names no start",
			text: "Bundles of soap\n\nThe soap was sold through wholesalers in Shenyang.",
			build: func(b *builder) {
				shenyang(b, "Shenyang")
				soap(b)
			},
			wantNone: true,
		},
		{
			name: "works in a town that send goods on are where the goods leave",
			text: "Bundles of soap\n\nA plant in Dandong cuts the soap into bars, wraps them and ships them on to Shenyang.",
			build: func(b *builder) {
				shenyang(dandong(b, "Dandong"), "Shenyang")
				soap(b)
			},
			legs: []string{"Dandong>Shenyang"},
		},
		{
			name: "works in a town that sell goods send nothing",
			text: "Bundles of soap\n\nA plant in Dandong cuts the soap into bars and sells them to traders bound for Shenyang.",
			build: func(b *builder) {
				shenyang(dandong(b, "Dandong"), "Shenyang")
				soap(b)
			},
			notLeg: "Dandong>Shenyang",
		},
		{
			name: "a rumoured destination does not continue the journey",
			text: "Bundles of soap\n\nThe soap was trucked from Shenyang to Dandong. There is a rumor that the soap is going to Russia.",
			build: func(b *builder) {
				russia(dandong(shenyang(b, "Shenyang"), "Dandong"), "Russia")
				soap(b, "soap")
			},
			legs: []string{"Shenyang>Dandong"},
		},
		{
			name: "a reported destination still continues it",
			text: "Bundles of soap\n\nThe soap was trucked from Shenyang to Dandong. The soap is reportedly going to Sinuiju.",
			build: func(b *builder) {
				sinuiju(dandong(shenyang(b, "Shenyang"), "Dandong"), "Sinuiju")
				soap(b, "soap")
			},
			legs: []string{"Dandong>Sinuiju", "Shenyang>Dandong"},
		},
	}
	checkLegCases(t, false, cases)
}

// TestLoadsOfIsANoun: "loads of firewood" names a quantity, not a verb of
// loading, while "loads it onto" ships goods.
func TestLoadsOfIsANoun(t *testing.T) {
	build := func(b *builder) {
		b.place("Yanji", "test:Yanji", "city", "CN", "", "Yanji")
		b.good("soap", "household", "soap")
	}
	r := assembled(t, "Bundles of soap\n\nThe soap lay hidden under loads of firewood in Yanji.", build)
	if len(r.Events) != 0 {
		t.Errorf("events %v, want none", r.Events)
	}
	r = assembled(t, "Bundles of soap\n\nA crew loads the soap onto a lorry in Yanji.", build)
	if eventOf(&r, "shipment") == nil {
		t.Errorf("no shipment event for a verb of loading")
	}
}
