package events

import (
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// Place helpers for the leg cases, each a real gazetteer identity.
func dandong(b *builder, s ...string) *builder {
	return b.place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", s...)
}
func sinuiju(b *builder, s ...string) *builder {
	return b.place("Sinuiju", "geonames:2040893", "city", "KP", "North Pyongan", s...)
}

func TestLegRules(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		build func(*builder)
		legs  []string // specific legs, in order
		dir   string   // "" to skip
		types []string // event types, in order; nil to skip
	}{
		{
			name: "left X for Y",
			text: "A truck of tinned fish left Dandong for Sinuiju on Monday.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("tinned fish", "food", "tinned fish")
			},
			legs: []string{"Dandong>Sinuiju"},
			dir:  model.DirectionInto,
		},
		{
			name: "loaded goods at X, sailed to Y",
			text: "A bulk carrier loaded about 5,000 tonnes of North Korean coal at Nampo in May and sailed to Ningbo.",
			build: func(b *builder) {
				b.place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
					place("Ningbo", "geonames:1799397", "city", "CN", "Zhejiang", "Ningbo").
					good("coal", "minerals", "coal")
			},
			legs: []string{"Nampo>Ningbo"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "parallel origins and destinations",
			text: "The coal was loaded at Wonsan and Nampo and taken to Kholmsk and to Nakhodka.",
			build: func(b *builder) {
				b.place("Wonsan", "geonames:1873757", "city", "KP", "Kangwon", "Wonsan").
					place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
					place("Kholmsk", "geonames:2124611", "city", "RU", "Sakhalin", "Kholmsk").
					place("Nakhodka", "geonames:2019528", "city", "RU", "Primorsky Krai", "Nakhodka").
					good("coal", "minerals", "coal")
			},
			legs: []string{"Wonsan>Kholmsk", "Nampo>Nakhodka"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "alternatives take no part",
			text: "The crates were trucked from Dandong to Sinuiju or Sakju.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					place("Sakju", "geonames:1876373", "county", "KP", "North Pyongan", "Sakju").
					good("crates", "other", "crates")
			},
			legs: nil,
		},
		{
			name: "a country with its named twin town inside becomes that town",
			text: "Ore from Musan was carried across the river to China. A trader in Nanping bought it.",
			build: func(b *builder) {
				b.place("Musan", "geonames:2041893", "county", "KP", "North Hamgyong", "Musan").
					place("China", "iso3166:CN", "country", "CN", "", "China").
					place("Nanping", "yalu:nanping-helong", "town", "CN", "Jilin", "Nanping").
					good("iron ore", "minerals", "Ore")
			},
			legs: []string{"Musan>Nanping"},
		},
		{
			name: "a movement continues from the last stop of the same goods",
			text: "Brokers bought the pumps in Yanji last week.\n\nThey are cheap there.\n\nThe pumps were then trucked to Tumen.",
			build: func(b *builder) {
				b.place("Yanji", "geonames:2033574", "city", "CN", "Jilin", "Yanji").
					place("Tumen", "geonames:2034312", "city", "CN", "Jilin", "Tumen").
					good("water pumps", "machinery", "pumps")
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "a way back reverses the leg before it",
			text: "Ten wagons of coal crossed from Sinuiju into Dandong and returned loaded with flour.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("coal", "minerals", "coal").good("flour", "food", "flour")
			},
			legs: []string{"Sinuiju>Dandong", "Dandong>Sinuiju"},
			dir:  model.DirectionBoth,
		},
		{
			name: "in return is a trade, not a way back",
			text: "Ten wagons of coal crossed from Sinuiju into Dandong and took rice in return.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("coal", "minerals", "coal").good("rice", "food", "rice")
			},
			legs: []string{"Sinuiju>Dandong"},
		},
		{
			name: "a place inside an organisation's name is no stop",
			text: "A company belonging to the Sinuiju People's Committee brings soybean oil from Dandong.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					org("Sinuiju People's Committee", "kp-sinuiju-pc", "government", "KP", "Sinuiju People's Committee").
					good("soybean oil", "food", "soybean oil")
			},
			legs: nil,
			dir:  model.DirectionInto,
		},
		{
			name: "Korean origin, crossing and destination",
			text: "꽃게는 나선에서 원정리 세관을 거쳐 훈춘으로 넘어갔다.",
			build: func(b *builder) {
				b.place("Rason", "geonames:2044757", "city", "KP", "Rason", "나선").
					place("Wonjong", "yalu:wonjong", "crossing", "KP", "", "원정").
					place("Hunchun", "geonames:2037370", "city", "CN", "Jilin", "훈춘").
					good("crab", "seafood", "꽃게")
			},
			legs: []string{"Rason>Wonjong", "Wonjong>Hunchun"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "a sanctions ban is no suspension",
			text: "Chinese trucks entered Sinuiju from Dandong, although UN sanctions ban vehicle sales.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("trucks", "vehicles", "trucks")
			},
			legs:  []string{"Dandong>Sinuiju"},
			types: []string{model.EventCrossing},
		},
		{
			name: "a foreign buyer buying is a sale",
			text: "Chinese dealers bought the squid in Rason for 40 yuan a kilogram.",
			build: func(b *builder) {
				b.place("Rason", "geonames:2044757", "city", "KP", "Rason", "Rason").
					good("squid", "seafood", "squid").price(40, "CNY", "kg", "", "40 yuan")
			},
			types: []string{model.EventSale},
		},
		{
			name: "listed goods make one event",
			text: "Smugglers carried flour, sugar and cooking oil from Dandong to Sinuiju.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("flour", "food", "flour").
					good("sugar", "food", "sugar").good("cooking oil", "food", "cooking oil")
			},
			legs:  []string{"Dandong>Sinuiju"},
			types: []string{model.EventShipment},
		},
		{
			name: "to waters near X is X",
			text: "A North Korean freighter carried coal from Nampo to waters near Ningbo in June.",
			build: func(b *builder) {
				b.place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
					place("Ningbo", "geonames:1799397", "city", "CN", "Zhejiang", "Ningbo").
					good("coal", "minerals", "coal")
			},
			legs: []string{"Nampo>Ningbo"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "relatives in X are no destination",
			text: "Brokers carried the phones from Sanhe and arranged calls to relatives in Seoul.",
			build: func(b *builder) {
				b.place("Sanhe", "yalu:sanhe", "town", "CN", "Jilin", "Sanhe").
					place("Seoul", "geonames:1835848", "city", "KR", "Seoul", "Seoul").
					good("mobile phones", "electronics", "phones")
			},
			legs: nil,
		},
		{
			name: "a destination list continues from the last stop",
			text: "Diesel\n\nThe tankers took on diesel at a terminal in Vostochny and sailed on to the port of Nakhodka.\n\nThe tankers then sailed back to Chongjin and Nampo.",
			build: func(b *builder) {
				b.place("Vostochny", "yalu:vostochny", "port", "RU", "Primorsky Krai", "Vostochny").
					place("Nakhodka", "geonames:2019528", "city", "RU", "Primorsky Krai", "Nakhodka").
					place("Chongjin", "geonames:2044757", "city", "KP", "North Hamgyong", "Chongjin").
					place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
					good("diesel", "fuel", "diesel")
			},
			legs: []string{"Vostochny>Nakhodka", "Nakhodka>Chongjin", "Nakhodka>Nampo"},
			dir:  model.DirectionInto,
		},
		{
			name: "Rason is a port, not a province, in a route",
			text: "The company sends squid by truck from Rason across the Wonjong bridge to Quanhe.",
			build: func(b *builder) {
				b.place("Rason", "geonames:KP.18", "admin1", "KP", "Rason", "Rason").
					place("Wonjong", "yalu:wonjong", "crossing", "KP", "Rason", "Wonjong").
					place("Quanhe", "yalu:quanhe", "crossing", "CN", "Jilin", "Quanhe").
					good("squid", "seafood", "squid")
			},
			legs: []string{"Rason>Wonjong", "Wonjong>Quanhe"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "a city whose name ends like a demonym is a stop",
			text: "Eleven trucks crossed the bridge from Jian to Manpo in March.",
			build: func(b *builder) {
				b.place("Ji'an", "geonames:2036427", "city", "CN", "Jilin", "Jian").
					place("Manpo", "geonames:1873445", "city", "KP", "Chagang", "Manpo").
					good("trucks", "vehicles", "trucks")
			},
			legs: []string{"Ji'an>Manpo"},
			dir:  model.DirectionInto,
		},
		{
			name: "a crossing from X alone leaves nothing to continue from",
			text: "Eleven trucks crossed the bridge from Jian in March.\n\nThe trucks were driven straight to a compound outside Kanggye.",
			build: func(b *builder) {
				b.place("Ji'an", "geonames:2036427", "city", "CN", "Jilin", "Jian").
					place("Kanggye", "geonames:2043572", "city", "KP", "Chagang", "Kanggye").
					good("trucks", "vehicles", "trucks")
			},
			legs: nil,
		},
		{
			name: "to a compound outside X continues from the last stop",
			text: "An army unit imports Chinese trucks.\n\nEleven trucks crossed the bridge from Jian into Manpo in March.\n\nThe trucks were driven straight to a compound outside Kanggye.",
			build: func(b *builder) {
				b.place("Ji'an", "geonames:2036427", "city", "CN", "Jilin", "Jian").
					place("Manpo", "geonames:1873445", "city", "KP", "Chagang", "Manpo").
					place("Kanggye", "geonames:2043572", "city", "KP", "Chagang", "Kanggye").
					good("trucks", "vehicles", "trucks")
			},
			legs: []string{"Ji'an>Manpo", "Manpo>Kanggye"},
			dir:  model.DirectionInto,
		},
		{
			name: "a land crossing with no North Korean end ends at the report's main place",
			text: "Customs officers in Manpo are busy.\n\nEleven trucks crossed the bridge from Jian in March.\n\nManpo has one bridge.",
			build: func(b *builder) {
				b.place("Ji'an", "geonames:2036427", "city", "CN", "Jilin", "Jian").
					place("Manpo", "geonames:1873445", "city", "KP", "Chagang", "Manpo").
					good("trucks", "vehicles", "trucks")
			},
			legs: []string{"Ji'an>Manpo"},
		},
		{
			name: "goods going back to a Chinese town leave the report's main place",
			text: "Workshops in Hyesan knot the wigs.\n\nThe finished wigs return to Changbai for export.\n\nHyesan has 300 such workers.",
			build: func(b *builder) {
				b.place("Hyesan", "geonames:2044245", "city", "KP", "Ryanggang", "Hyesan").
					place("Changbai", "yalu:changbai", "county", "CN", "Jilin", "Changbai").
					good("wigs", "textiles", "wigs")
			},
			legs: []string{"Hyesan>Changbai"},
			dir:  model.DirectionOutOf,
		},
		{
			name: "a cap or a rule on trade is no event",
			text: "North Korea is allowed to import only 500,000 barrels of refined oil a year. Merchants must buy the oil from state companies.",
			build: func(b *builder) {
				b.place("North Korea", "iso3166:KP", "country", "KP", "", "North Korea").
					good("refined oil", "fuel", "refined oil", "oil")
			},
			legs:  nil,
			types: []string{},
		},
		{
			name: "a sea voyage has no unnamed land-border end",
			text: "Pyongyang ordered the cars.\n\nThe ship carrying the cars left Busan in May.\n\nPyongyang denied it.",
			build: func(b *builder) {
				b.place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					place("Busan", "geonames:1838524", "city", "KR", "Busan", "Busan").
					good("cars", "vehicles", "cars")
			},
			legs: nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assembled(t, c.text, c.build)
			if got := legPairs(r.Legs, false); !slices.Equal(got, c.legs) {
				t.Errorf("legs %v, want %v", got, c.legs)
			}
			if c.dir != "" && r.Direction != c.dir {
				t.Errorf("direction %q, want %q", r.Direction, c.dir)
			}
			if c.types != nil {
				var got []string
				for _, e := range r.Events {
					got = append(got, e.Type)
				}
				if !slices.Equal(got, c.types) {
					t.Errorf("event types %v, want %v", got, c.types)
				}
			}
		})
	}
}
