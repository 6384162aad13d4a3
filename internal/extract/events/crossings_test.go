package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// at builds a place with coordinates, which the twin-town rules need to
// tell whether a town lies beyond a crossing.
func at(b *builder, name, id, kind, country string, lat, lon float64, s ...string) *builder {
	b.place(name, id, kind, country, "", s...)
	p := &b.r.Places[len(b.r.Places)-1]
	p.Lat, p.Lon = lat, lon
	return b
}

// coalNampoLongkou names the ports and the good of the coal cases: Nampo,
// Longkou and coal, each found under its own name.
func coalNampoLongkou(b *builder) *builder {
	return b.place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
		place("Longkou", "geonames:1802204", "city", "CN", "Shandong", "Longkou").
		good("coal", "minerals", "coal")
}

func hyesan(b *builder, s ...string) *builder {
	return at(b, "Hyesan", "geonames:2043837", "city", "KP", 41.4017, 128.1775, s...)
}
func changbai(b *builder, s ...string) *builder {
	return at(b, "Changbai", "geonames:2038185", "county", "CN", 41.4197, 128.1933, s...)
}
func wonjong(b *builder, s ...string) *builder {
	return at(b, "Wonjong", "yalu:wonjong-crossing", "crossing", "KP", 42.4330, 130.4830, s...)
}
func quanhe(b *builder, s ...string) *builder {
	return at(b, "Quanhe", "yalu:quanhe-crossing", "crossing", "CN", 42.4380, 130.4900, s...)
}
func hunchun(b *builder, s ...string) *builder {
	return at(b, "Hunchun", "geonames:2036653", "city", "CN", 42.8679, 130.3572, s...)
}

// TestCrossingRules covers the rules that read a crossing of the land
// border from one named side, join legs across sentences and read general
// corridor statements, with their negative cases. Every sentence is made
// up for the test.
func TestCrossingRules(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		build   func(*builder)
		legs    []string // specific legs, in order
		general []string // general legs, in order
		route   []string // the route of the first event, nil to skip
	}{
		{
			name: "boats that leave the Chinese side land at its twin town",
			text: "Prices rose in Sinuiju this spring.\n\nMotorboats loaded with sugar leave from the Dandong side every night.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("sugar", "food", "sugar")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
		{
			name: "goods smuggled across the river from a North Korean crossing town reach its twin",
			text: "Copper wire was smuggled across the river from Hyesan last week.\n\nBuyers in Changbai paid 60 yuan a kilogram.",
			build: func(b *builder) {
				changbai(hyesan(b, "Hyesan"), "Changbai").good("copper wire", "metals", "Copper wire")
			},
			legs: []string{"Hyesan>Changbai"},
		},
		{
			name: "a North Korean destination without a crossing cue is not a crossing",
			text: "Cement from Pyongyang is short.\n\nThe cement was trucked to Hyesan.\n\nChangbai traders watched.",
			build: func(b *builder) {
				changbai(hyesan(b, "Hyesan"), "Changbai").good("cement", "minerals", "cement", "Cement")
			},
			legs: nil,
		},
		{
			name: "no twin and no main North Korean place: no leg",
			text: "Rice was smuggled across the river from Changbai in May.",
			build: func(b *builder) {
				changbai(b, "Changbai").good("rice", "food", "Rice")
			},
			legs: nil,
		},
		{
			name: "a leg across the border passes the twin of its crossing",
			text: "Frozen crab was trucked from Wonjong to Hunchun in October.\n\nThe Quanhe post was busy.",
			build: func(b *builder) {
				quanhe(hunchun(wonjong(b, "Wonjong"), "Hunchun"), "Quanhe").good("crab", "food", "Frozen crab")
			},
			legs: []string{"Wonjong>Quanhe", "Quanhe>Hunchun"},
		},
		{
			name: "a town far beyond the crossing is not passed through the twin",
			text: "Frozen crab was trucked from Wonjong to Harbin in October.\n\nThe Quanhe post was busy.",
			build: func(b *builder) {
				at(quanhe(wonjong(b, "Wonjong"), "Quanhe"), "Harbin", "geonames:2037013", "city", "CN", 45.75, 126.65, "Harbin").
					good("crab", "food", "Frozen crab")
			},
			legs: []string{"Wonjong>Harbin"},
		},
		{
			name: "the twins between which goods cross are ordered from where they come",
			text: "The trucks loaded with squid leave Wonjong's rear depot at Rajin, cross the bridge between Quanhe and Wonjong and unload at cold stores in Hunchun.",
			build: func(b *builder) {
				at(b, "Rajin", "geonames:2042645", "city", "KP", 42.2556, 130.2831, "Rajin")
				hunchun(quanhe(wonjong(b, "Wonjong"), "Quanhe"), "Hunchun").good("squid", "food", "squid")
			},
			legs: []string{"Rajin>Wonjong", "Wonjong>Quanhe", "Quanhe>Hunchun"},
		},
		{
			name: "a destination alone continues from where the goods last were",
			text: "Motorboats carrying flour leave from the Dandong side.\n\nThe goods end up in state shops in Sinuiju and Pyongyang.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					good("flour", "food", "flour")
			},
			legs:  []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"},
			route: []string{"Dandong", "Sinuiju", "Pyongyang"},
		},
		{
			name: "a list of last stops continues to the next destination from each",
			text: "Officials traced the cargo.\n\nThe coal was loaded at Wonsan and Nampo and taken to Kholmsk and to Nakhodka.\n\nOther ships then carried the coal into South Korean ports.",
			build: func(b *builder) {
				b.place("Wonsan", "geonames:1873757", "city", "KP", "Kangwon", "Wonsan").
					place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
					place("Kholmsk", "geonames:2124611", "city", "RU", "Sakhalin", "Kholmsk").
					place("Nakhodka", "geonames:2019528", "city", "RU", "Primorsky Krai", "Nakhodka").
					place("South Korea", "iso3166:KR", "country", "KR", "", "South Korean").
					good("coal", "minerals", "coal")
			},
			legs: []string{"Wonsan>Kholmsk", "Nampo>Nakhodka", "Kholmsk>South Korea", "Nakhodka>South Korea"},
		},
		{
			name: "goods that then leave another town of the same country were moved there",
			text: "The container with the limousines was unloaded at Nakhodka in October.\n\nThe limousines were then flown from Vladivostok to Pyongyang.",
			build: func(b *builder) {
				b.place("Nakhodka", "geonames:2019528", "city", "RU", "Primorsky Krai", "Nakhodka").
					place("Vladivostok", "geonames:2013348", "city", "RU", "Primorsky Krai", "Vladivostok").
					place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					good("limousines", "vehicles", "limousines")
			},
			legs:  []string{"Nakhodka>Vladivostok", "Vladivostok>Pyongyang"},
			route: []string{"Nakhodka", "Vladivostok", "Pyongyang"},
		},
		{
			name: "a whole trip is dropped when other legs give its hops",
			text: "Cigarettes ride the train from Dandong to Pyongyang.\n\nThe wagons with cigarettes cross from Dandong to Sinuiju.\n\nThe wagons then go on to Pyongyang.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					good("cigarettes", "tobacco", "Cigarettes", "cigarettes")
			},
			legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"},
		},
		{
			name: "a second verb after and starts the next hop",
			text: "Used cars bought in Vladivostok are arriving at the port of Rajin and being driven on to Pyongyang.",
			build: func(b *builder) {
				b.place("Vladivostok", "geonames:2013348", "city", "RU", "Primorsky Krai", "Vladivostok").
					place("Rajin", "geonames:2042645", "city", "KP", "Rason", "Rajin").
					place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					good("used cars", "vehicles", "Used cars")
			},
			legs: []string{"Vladivostok>Rajin", "Rajin>Pyongyang"},
		},
		{
			name: "a place where goods drop anchor is a destination",
			text: "The freighter loaded the coal at Nampo and sailed south.\n\nIt dropped anchor near Zhoushan in May.",
			build: func(b *builder) {
				b.place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
					place("Zhoushan", "geonames:1886760", "city", "CN", "Zhejiang", "Zhoushan").
					good("coal", "minerals", "coal")
			},
			legs: []string{"Nampo>Zhoushan"},
		},
		{
			name: "from where starts the next hop",
			text: "The ginseng was taken to Pyongyang and then sent to Sinuiju, from where it is smuggled across the river to dealers in Dandong.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					good("ginseng", "food", "ginseng")
			},
			legs: []string{"Pyongyang>Sinuiju", "Sinuiju>Dandong"},
		},
		{
			name: "an opening clause says where the goods were",
			text: "After drying at a plant in Pyongyang, the ginseng was trucked to Sinuiju.",
			build: func(b *builder) {
				sinuiju(b, "Sinuiju").
					place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
					good("ginseng", "food", "ginseng")
			},
			legs: []string{"Pyongyang>Sinuiju"},
		},
		{
			name: "most of goods already named is a fact about them, not a pattern",
			text: "Police seized medicine in Sinuiju on Monday.\n\nMost of it had come across the river from Dandong.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("medicine", "medical", "medicine")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
		{
			name: "a general crossing from named towns reaches their twins",
			text: "Phones are seized in Hoeryong and Musan.\n\nSuch phones are mainly smuggled across the Tumen from Sanhe and Nanping.",
			build: func(b *builder) {
				b.place("Hoeryong", "geonames:2044091", "city", "KP", "North Hamgyong", "Hoeryong").
					place("Musan", "geonames:2042738", "city", "KP", "North Hamgyong", "Musan").
					place("Sanhe", "geonames:2035142", "city", "CN", "Jilin", "Sanhe").
					place("Nanping", "geonames:2035643", "city", "CN", "Jilin", "Nanping").
					place("Tumen River", "yalu:tumen-river", "river", "KP", "", "Tumen").
					good("phones", "electronics", "Phones", "phones")
			},
			general: []string{"Sanhe>Hoeryong", "Nanping>Musan"},
		},
		{
			name: "a rule of the trade is a general statement",
			text: "Rice is dear in Hyesan this month.\n\nSince April, grain may only come across from Changbai under state contracts.",
			build: func(b *builder) {
				changbai(hyesan(b, "Hyesan"), "Changbai").good("rice", "food", "Rice").good("grain", "food", "grain")
			},
			general: []string{"Changbai>Hyesan"},
		},
		{
			name: "a habit of the past starts at the town the goods are named after",
			text: "Musan ore used to go to Jilin by truck.",
			build: func(b *builder) {
				b.place("Musan", "geonames:2042738", "city", "KP", "North Hamgyong", "Musan").
					place("Jilin", "geonames:2036500", "admin1", "CN", "", "Jilin").
					good("iron ore", "minerals", "ore")
				b.r.Places[0].Origin = true
			},
			general: []string{"Musan>Jilin"},
		},
		{
			name: "used to for a purpose is no habit",
			text: "Parts used to make shells were shipped from Nampo to Vladivostok in May.",
			build: func(b *builder) {
				b.place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo").
					place("Vladivostok", "geonames:2013348", "city", "RU", "Primorsky Krai", "Vladivostok").
					good("parts", "machinery", "Parts")
			},
			legs: []string{"Nampo>Vladivostok"},
		},
		{
			name: "a general corridor through two places of different countries",
			text: "Most of the trade goes by sea through Dalian and Nampo.",
			build: func(b *builder) {
				b.place("Dalian", "geonames:1814087", "city", "CN", "Liaoning", "Dalian").
					place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", "Nampo")
			},
			general: []string{"Dalian>Nampo"},
		},
		{
			name: "a movement turned back keeps the hop it was making",
			text: "Freight through Sinuiju was suspended in January, with trains from Dandong turned back.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
		{
			name: "a seizure in one place is no hop",
			text: "Police seized smuggled phones in Hyesan on Monday.\n\nChangbai traders lost money.",
			build: func(b *builder) {
				changbai(hyesan(b, "Hyesan"), "Changbai").good("phones", "electronics", "phones")
			},
			legs: nil,
		},
		{
			name: "related goods continue where the others went",
			text: "An army unit imports trucks.\n\nTrucks crossed the bridge from Jian into Manpo in March.\n\nThe vehicles were driven to a depot outside Kanggye.",
			build: func(b *builder) {
				b.place("Ji'an", "geonames:2036579", "city", "CN", "Jilin", "Jian").
					place("Manpo", "geonames:2042893", "city", "KP", "Chagang", "Manpo").
					place("Kanggye", "geonames:2043572", "city", "KP", "Chagang", "Kanggye").
					good("trucks", "vehicles", "trucks", "Trucks").good("vehicles", "vehicles", "vehicles")
				b.r.Commodities[0].HS, b.r.Commodities[1].HS = "8704", "87"
			},
			legs: []string{"Ji'an>Manpo", "Manpo>Kanggye"},
		},
		{
			name: "a bridge is passed, not a stop",
			text: "Excavators have been arriving in Sinuiju.\n\nThe excavators are loaded onto wagons in Dandong and pulled across the Friendship Bridge at night.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					place("Sino-Korean Friendship Bridge", "yalu:sino-korean-friendship-bridge", "crossing", "CN", "", "Friendship Bridge").
					good("excavators", "machinery", "Excavators", "excavators")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
		{
			name: "the twin towns named for a crossing are ordered like between",
			text: "Medicines are smuggled into North Hamgyong through the Tumen–Namyang crossing.",
			build: func(b *builder) {
				b.place("North Hamgyong", "geonames:KP.17", "admin1", "KP", "", "North Hamgyong").
					place("Tumen", "geonames:2034340", "city", "CN", "Jilin", "Tumen").
					place("Namyang", "geonames:2042503", "city", "KP", "North Hamgyong", "Namyang").
					good("medicines", "medical", "Medicines")
			},
			legs: []string{"Tumen>Namyang"},
		},
		{
			name: "goods bought from traders in a town start there",
			text: "The medicines are bought from wholesalers in Yanji.\n\nA driver carries them to Tumen, hidden among boxes of noodles.",
			build: func(b *builder) {
				b.place("Yanji", "geonames:2033370", "city", "CN", "Jilin", "Yanji").
					place("Tumen", "geonames:2034340", "city", "CN", "Jilin", "Tumen").
					good("medicines", "medical", "medicines").good("noodles", "food", "noodles")
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "the town where goods cross is passed",
			text: "Crab sells well in China.\n\nThe crab was trucked from Chongjin to Rason.\n\nThe containers cross the Tumen at Wonjong and enter China at Quanhe.",
			build: func(b *builder) {
				b.place("Chongjin", "geonames:2044757", "city", "KP", "North Hamgyong", "Chongjin").
					place("Rason", "geonames:KP.18", "admin1", "KP", "Rason", "Rason").
					place("China", "iso3166:CN", "country", "CN", "", "China").
					place("Tumen River", "yalu:tumen-river", "river", "KP", "", "Tumen")
				quanhe(wonjong(b, "Wonjong"), "Quanhe").good("crab", "food", "crab")
			},
			legs: []string{"Chongjin>Rason", "Rason>Wonjong", "Wonjong>Quanhe"},
		},
		{
			name: "goods loaded at a terminal of a town start there",
			text: "The trucks were loaded onto flatcars at a Vladivostok freight terminal and hauled to Khasan.",
			build: func(b *builder) {
				b.place("Vladivostok", "geonames:2013348", "city", "RU", "Primorsky Krai", "Vladivostok").
					place("Khasan", "geonames:2022586", "city", "RU", "Primorsky Krai", "Khasan").
					good("trucks", "vehicles", "trucks")
			},
			legs: []string{"Vladivostok>Khasan"},
		},
		{
			name: "an expected movement is no leg",
			text: "Trucks came from Khasan to Rajin.\n\nThe trucks are expected to go to mines near Musan.",
			build: func(b *builder) {
				b.place("Khasan", "geonames:2022586", "city", "RU", "Primorsky Krai", "Khasan").
					place("Rajin", "geonames:2042645", "city", "KP", "Rason", "Rajin").
					place("Musan", "geonames:2042738", "city", "KP", "North Hamgyong", "Musan").
					good("trucks", "vehicles", "Trucks", "trucks")
			},
			legs: []string{"Khasan>Rajin"},
		},
		{
			name: "a participle before a good describes it",
			text: "Chinese antibiotics and imported insulin are smuggled across the river from Tumen and sold in Namyang.",
			build: func(b *builder) {
				b.place("Tumen", "geonames:2034340", "city", "CN", "Jilin", "Tumen").
					place("Namyang", "geonames:2042503", "city", "KP", "North Hamgyong", "Namyang").
					good("antibiotics", "medical", "antibiotics").good("insulin", "medical", "insulin")
			},
			legs: []string{"Tumen>Namyang"},
		},
		{
			name: "each verb after a comma or and is a new hop",
			text: "Cattle were loaded at Ussuriysk.\n\nThe cattle travelled by rail to Khasan, crossed the bridge to Tumangang and were unloaded at Rajin.",
			build: func(b *builder) {
				at(b, "Ussuriysk", "geonames:2013279", "city", "RU", 43.80, 131.95, "Ussuriysk")
				at(b, "Khasan", "geonames:2022586", "city", "RU", 42.43, 130.64, "Khasan")
				at(b, "Tumangang", "yalu:tumangang", "city", "KP", 42.42, 130.63, "Tumangang")
				at(b, "Rajin", "geonames:2042645", "city", "KP", 42.26, 130.28, "Rajin").good("cattle", "animals", "Cattle", "cattle")
			},
			legs: []string{"Ussuriysk>Khasan", "Khasan>Tumangang", "Tumangang>Rajin"},
		},
		{
			name: "and from starts a second route",
			text: "Officials traced the coal.\n\nThe coal was shipped from Wonsan to Kholmsk, and from Chongjin to Nakhodka.",
			build: func(b *builder) {
				b.place("Wonsan", "geonames:1873757", "city", "KP", "Kangwon", "Wonsan").
					place("Kholmsk", "geonames:2124611", "city", "RU", "Sakhalin", "Kholmsk").
					place("Chongjin", "geonames:2044757", "city", "KP", "North Hamgyong", "Chongjin").
					place("Nakhodka", "geonames:2019528", "city", "RU", "Primorsky Krai", "Nakhodka").
					good("coal", "minerals", "coal")
			},
			legs: []string{"Wonsan>Kholmsk", "Chongjin>Nakhodka"},
		},
		{
			name: "goods leaving a town far inland do not cross at the report's main place",
			text: "Tumangang station is busy.\n\nThe cattle were loaded at Ussuriysk in May.\n\nTumangang has a new yard.",
			build: func(b *builder) {
				at(b, "Ussuriysk", "geonames:2013279", "city", "RU", 43.80, 131.95, "Ussuriysk")
				at(b, "Tumangang", "yalu:tumangang", "city", "KP", 42.42, 130.63, "Tumangang").good("cattle", "animals", "cattle")
			},
			legs: nil,
		},
		{
			name: "people crossing without goods make no leg",
			text: "Two traders from Hyesan crossed the river to Changbai to see relatives.",
			build: func(b *builder) {
				changbai(hyesan(b, "Hyesan"), "Changbai")
			},
			legs: nil,
		},
		{
			name: "a price in a market makes no leg",
			text: "In Sinuiju, Chinese flour sells for 5,000 won a kilogram.\n\nIt costs less in Dandong.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").
					place("China", "iso3166:CN", "country", "CN", "", "Chinese").
					good("flour", "food", "flour").
					price(5000, "KPW", "kg", "", "5,000 won")
				b.r.Places[2].Origin = true
			},
			legs: nil,
		},
		{
			name: "a denied shipment makes no leg",
			text: "The ministry denied that any coal was shipped from Nampo to Longkou.",
			build: func(b *builder) {
				coalNampoLongkou(b)
			},
			legs: nil,
		},
		{
			name: "a planned shipment makes no leg",
			text: "The company plans to ship flour across the river from Dandong to Sinuiju next month.",
			build: func(b *builder) {
				sinuiju(dandong(b, "Dandong"), "Sinuiju").good("flour", "food", "flour")
			},
			legs: nil,
		},
		{
			name: "crew from two countries is no origin of goods",
			text: "The tanker with refined oil returned to Yeosu, its crew members from China and Myanmar.",
			build: func(b *builder) {
				b.place("Yeosu", "geonames:1832157", "city", "KR", "South Jeolla", "Yeosu").
					place("China", "iso3166:CN", "country", "CN", "", "China").
					place("Myanmar", "iso3166:MM", "country", "MM", "", "Myanmar").
					good("refined oil", "fuel", "refined oil")
			},
			legs: nil,
		},
		{
			name: "Korean: a chain of postpositions, a clause mark and a recipient of a place",
			text: "금 밀수가 늘었다.\n\n회사는 평양에서 모은 금을 혜산으로 옮긴 뒤, 장백의 중국 상인에게 넘기고 있다.",
			build: func(b *builder) {
				b.place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "평양")
				changbai(hyesan(b, "혜산"), "장백").good("gold", "metals", "금")
			},
			legs:  []string{"Pyongyang>Hyesan", "Hyesan>Changbai"},
			route: []string{"Pyongyang", "Hyesan", "Changbai"},
		},
		{
			name: "Korean: a market of the origin, the bridge between twins, a depot of the destination",
			text: "솜옷 장사가 잘 된다.\n\n이 옷들은 훈춘의 도매시장에서 사들인 것으로, 화물차에 실려 취안허와 원정리를 잇는 다리를 건너 라선으로 들어온다.\n\n라선의 무역회사 창고에 모인 옷은 다시 청진까지 옮겨진다.",
			build: func(b *builder) {
				quanhe(wonjong(hunchun(b, "훈춘"), "원정리"), "취안허").
					place("Rason", "geonames:KP.18", "admin1", "KP", "Rason", "라선").
					place("Chongjin", "geonames:2044757", "city", "KP", "North Hamgyong", "청진").
					good("padded clothes", "textiles", "솜옷", "옷")
			},
			legs: []string{"Hunchun>Quanhe", "Quanhe>Wonjong", "Wonjong>Rason", "Rason>Chongjin"},
		},
		{
			name: "Korean: where goods came in starts the next hop",
			text: "약 밀수가 늘었다.\n\n신의주로 들어온 약은 장사꾼들이 화물차에 싣고 평성 도매시장까지 실어 간다.",
			build: func(b *builder) {
				sinuiju(b, "신의주").
					place("Pyongsong", "geonames:1871689", "city", "KP", "South Pyongan", "평성").
					good("medicine", "medical", "약")
			},
			legs: []string{"Sinuiju>Pyongsong"},
		},
		{
			name: "Korean: 주로 inside 신의주로 is no general cue",
			text: "밀가루 값이 내렸다.\n\n단둥에서 신의주로 들어온 밀가루를 무역회사들이 화물차로 평성까지 실어 나른다.",
			build: func(b *builder) {
				sinuiju(dandong(b, "단둥"), "신의주").
					place("Pyongsong", "geonames:1871689", "city", "KP", "South Pyongan", "평성").
					good("flour", "food", "밀가루")
			},
			legs: []string{"Dandong>Sinuiju", "Sinuiju>Pyongsong"},
		},
		{
			name: "Korean: a place's people are no recipient of goods",
			text: "금 밀수가 늘었다.\n\n회사는 평양에서 모은 금을 혜산으로 옮겼고, 장백의 상인들은 값을 물었다.",
			build: func(b *builder) {
				b.place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "평양")
				changbai(hyesan(b, "혜산"), "장백").good("gold", "metals", "금")
			},
			legs: []string{"Pyongyang>Hyesan"},
		},
		{
			name: "Korean: most of the seized goods crossed the river from the twin town",
			text: "신의주에서 보위성이 휴대폰을 압수했다.\n\n압수된 물건 대부분은 단둥에서 작은 배로 강을 건너 들어온 것이다.",
			build: func(b *builder) {
				sinuiju(dandong(b, "단둥"), "신의주").good("mobile phones", "electronics", "휴대폰")
			},
			legs: []string{"Dandong>Sinuiju"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assembled(t, c.text, c.build)
			if got := legPairs(r.Legs, false); !slices.Equal(got, c.legs) {
				t.Errorf("legs %v, want %v", got, c.legs)
			}
			if got := legPairs(r.Legs, true); !slices.Equal(got, c.general) {
				t.Errorf("general legs %v, want %v", got, c.general)
			}
			if c.route != nil {
				if len(r.Events) == 0 {
					t.Fatalf("no event, want route %v", c.route)
				}
				if got := r.Events[0].Route; !slices.Equal(got, c.route) {
					t.Errorf("route %v, want %v", got, c.route)
				}
			}
		})
	}
}

func TestCrossingsTable(t *testing.T) {
	if len(crossings) < 8 {
		t.Fatalf("crossings.tsv has %d pairs, want the land crossings of both rivers", len(crossings))
	}
	for _, c := range crossings {
		if len(c.kp) == 0 || len(c.far) == 0 || (c.country != "CN" && c.country != "RU") {
			t.Errorf("bad crossing %+v", c)
		}
	}
	if got := parseCrossings("# comment\nA\t\tB\tC\tCN\n"); len(got) != 1 || got[0].far[0] != "B" || got[0].farCity[0] != "C" {
		t.Errorf("parseCrossings = %+v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("parseCrossings accepted a line with 3 columns")
		}
	}()
	parseCrossings("A\tB\tCN\n")
}

func TestTwinNeedsANamedOtherSide(t *testing.T) {
	text := "Hyesan and Changbai face each other. The Sinuiju People's Committee met."
	b := newBuilder(t, text)
	hyesan(b, "Hyesan")
	changbai(b, "Changbai")
	b.org("Sinuiju People's Committee", "kp-pc", "government", "KP", "Sinuiju People's Committee")
	sinuiju(b, "Sinuiju")
	dandong(b)
	a := &analysis{text: text, low: strings.ToLower(text), r: &b.r}
	if got := a.twin(0); got != 1 {
		t.Errorf("twin(Hyesan) = %d, want 1 (Changbai)", got)
	}
	if got := a.twin(1); got != 0 {
		t.Errorf("twin(Changbai) = %d, want 0 (Hyesan)", got)
	}
	// Dandong is not named, and Sinuiju only inside an organisation.
	if got := a.twin(2); got != -1 {
		t.Errorf("twin(Sinuiju) = %d, want -1", got)
	}
	if got := a.twin(3); got != -1 {
		t.Errorf("twin(Dandong) = %d, want -1", got)
	}
}

func TestEventsOfOneGoodByHSCode(t *testing.T) {
	cases := []struct {
		name   string
		hs     [2]string
		events int
	}{
		{"a heading and a subheading inside it are one good", [2]string{"2701", "270111"}, 1},
		{"the same subheading under two names is one good", [2]string{"270111", "270111"}, 1},
		{"two headings are two goods", [2]string{"2701", "2601"}, 2},
		{"a chapter is too broad to tell", [2]string{"27", "270111"}, 2},
	}
	text := "The coal was shipped from Nampo to Longkou in May.\n\nIn June the anthracite was shipped from Nampo to Longkou too."
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t, text)
			coalNampoLongkou(b).good("anthracite", "minerals", "anthracite")
			b.r.Commodities[0].HS, b.r.Commodities[1].HS = c.hs[0], c.hs[1]
			r := b.r
			Assemble(text, &r)
			if len(r.Events) != c.events {
				t.Errorf("%d events, want %d: %+v", len(r.Events), c.events, r.Events)
			}
		})
	}
}

func TestPaymentsAndOrders(t *testing.T) {
	cases := []struct {
		name, text string
		types      []string
	}{
		{"a foreign buyer paying is North Korea's sale", "The Chinese buyer pays 2,800 dollars per tonne of copper concentrate.", []string{model.EventSale}},
		{"wages paid are no purchase", "Wages of 2,000 yuan a month for packing copper concentrate are paid to a manager.", []string{}},
		{"ordered to is an instruction, not a purchase", "Miners at the copper concentrate plant were ordered to work longer shifts.", []string{}},
		{"an order is a purchase", "The company ordered 30 tonnes of copper concentrate from a Dandong firm.", []string{model.EventProcurement}},
		// "The Chinese side" paying: a foreign buyer with no party phrase named.
		{"the Chinese side paying is North Korea's sale", "The Chinese side pays 2,000 yuan a tonne for the copper concentrate.", []string{model.EventSale}},
		{"the North Korean side paying is a purchase", "The North Korean side pays 2,000 yuan a tonne for the copper concentrate.", []string{model.EventProcurement}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t, c.text)
			b.good("copper concentrate", "minerals", "copper concentrate")
			r := b.r
			Assemble(c.text, &r)
			got := []string{}
			for _, e := range r.Events {
				got = append(got, e.Type)
			}
			if !slices.Equal(got, c.types) {
				t.Errorf("event types %v, want %v", got, c.types)
			}
		})
	}
}

// Two mentions of one shipment merge unless their amounts in the same
// unit differ: a count of wagons and the tonnes they carry are one load.
func TestEventsOfOneShipmentByQuantity(t *testing.T) {
	cases := []struct {
		name   string
		first  [2]string // unit, surface
		second [2]string
		min    [2]float64
		events int
	}{
		{"wagons and the tonnes they carry are one shipment", [2]string{"wagons", "18 wagons"}, [2]string{"tonnes", "60 tonnes"}, [2]float64{18, 60}, 1},
		{"two tonnages are two shipments", [2]string{"tonnes", "18 wagons"}, [2]string{"tonnes", "60 tonnes"}, [2]float64{300, 500}, 2},
		{"the same tonnage twice is one shipment", [2]string{"tonnes", "18 wagons"}, [2]string{"tonnes", "60 tonnes"}, [2]float64{500, 500}, 1},
	}
	text := "In May 18 wagons of coal were shipped from Nampo to Longkou.\n\nThe coal, 60 tonnes in all, was shipped from Nampo to Longkou by rail."
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t, text)
			coalNampoLongkou(b).
				qty(c.min[0], c.min[0], c.first[0], c.first[1]).
				qty(c.min[1], c.min[1], c.second[0], c.second[1])
			r := b.r
			Assemble(text, &r)
			if len(r.Events) != c.events {
				t.Errorf("%d events, want %d: %+v", len(r.Events), c.events, r.Events)
			}
		})
	}
}
