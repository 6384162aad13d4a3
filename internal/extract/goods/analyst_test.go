package goods

import (
	"sort"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/eval"
	"github.com/yalu-osint/yalu/internal/model"
)

// analystCase is one short passage in the manner of a kind of report, with
// the goods an analyst would list for it: "name=HS" entries joined by "; "
// (HS empty where none fits well). An entry opened by "?" may be listed or
// not (an umbrella word beside its members, a barter good).
type analystCase struct {
	class string // trade/STYLE for passages that trade goods, not/KIND for those that do not
	text  string
	want  string
}

// analystCases are passages written for this table in the styles of DPRK
// trade reporting (specialist sources, wire copy with customs figures, UN
// panel and sanctions-register prose, machine-translated English, Korean),
// half of them naming a good that is not traded: a shortage or harvest, a
// place or firm named after goods, a trade or job, figurative use, the
// machine that carries or works a good, a good denied or supposed, a ban
// described in general, "food" and "goods" as generic words, a make named
// as a firm, a measure or package word, reserves in the ground, arms used.
var analystCases = []analystCase{
	// Wire copy with customs figures.
	{"trade/wire", "China's customs data showed exports of 1,240 tonnes of soybean oil to North Korea in March, worth $1.9 million.", "soybean oil=1507"},
	{"trade/wire", "North Korea shipped $3.4 million of wigs and false eyelashes to China in April, according to customs figures released on Monday.", "wigs=6704; false eyelashes=6704"},
	{"trade/wire", "Imports of Chinese wheat flour by Pyongyang climbed to 5,800 tonnes in the month, the customs agency said.", "wheat flour=1101"},
	{"trade/wire", "Chinese exports of tyres for buses and trucks to the DPRK reached 410,000 dollars in January.", "tyres=4011"},
	{"trade/wire", "Shipments of refined petroleum products reported to the 1718 Committee totalled 7,100 barrels in the quarter.", "refined petroleum products=2710"},
	{"trade/wire", "Customs figures show China sold 2,300 tonnes of rice and 900 tonnes of maize to North Korea in October.", "rice=1006; maize=1005"},
	{"trade/wire", "North Korean exports of ferrosilicon to China rose 40 percent year on year to $2.2 million.", "ferrosilicon=720221"},
	{"trade/wire", "Watch movements worth $600,000 were exported from North Korea to China in the month, customs data showed.", "watch movements=9108"},
	{"trade/wire", "China imported 14,000 tonnes of tungsten concentrate from the North in 2016, before the ban.", "tungsten concentrate=2611"},
	{"trade/wire", "Russia delivered 2,000 tonnes of gasoline to North Korea by rail in the first half, according to Russian customs statistics.", "gasoline=271012"},
	{"trade/wire", "Chinese exports of antibiotics and vitamins to North Korea doubled in May, trade data showed.", "antibiotics=3004; vitamins=2936"},
	{"trade/wire", "Exports of electricity from North Korea to China earned $1.1 million in June.", "electricity=2716"},
	{"trade/wire", "Customs data showed North Korea imported 63 passenger cars from China worth $1.2 million in 2017.", "passenger cars=8703"},
	{"trade/wire", "Beijing reported exports of 30 tonnes of sugar and 12 tonnes of milk powder to Pyongyang in September.", "sugar=1701; milk powder=0402"},
	{"trade/wire", "Silk yarn shipments from North Korea to China fell to $220,000.", "silk yarn="},
	{"trade/wire", "Imports of nitrogenous fertilizer from China reached 52,000 tonnes in April, ahead of the planting season.", "nitrogen fertilizer=3102"},
	{"trade/wire", "The North sold molybdenum ores worth $4.2 million to China in the first half.", "molybdenum ore=2613"},
	{"trade/wire", "Chinese exports of spectacle frames and sunglasses to the North were valued at $95,000.", "spectacle frames=9003; sunglasses=9004"},
	{"trade/wire", "China shipped 3,100 tonnes of urea to the DPRK in May, up from 800 tonnes a year earlier.", "urea=310210"},
	{"trade/wire", "Customs data show zinc, lead and copper were the top metals shipped from the North in 2016.", "zinc=79; lead=78; copper=74"},
	{"trade/wire", "The country's exports of hairpieces climbed to $160 million last year, customs data showed.", "hairpieces=6704"},
	{"trade/wire", "North Korea exports anthracite and imports coke for its blast furnaces, the data show.", "anthracite=270111; coke=2704"},
	// Specialist sources inside the country.
	{"trade/specialist", "A source in Ryanggang Province said smugglers are moving Chinese-made mobile phones across the Yalu at night, charging 300 yuan per handset.", "mobile phones=8517"},
	{"trade/specialist", "Traders in Hyesan say a kilogram of pork now costs 18,000 won.", "pork=0203"},
	{"trade/specialist", "Donju in Sinuiju have been buying second-hand Japanese motorbikes brought in through Nampo.", "motorcycles=8711"},
	{"trade/specialist", "According to the source, fishing crews in Sinpo sell their squid catch to Chinese boats offshore for cash.", "squid=0307"},
	{"trade/specialist", "Smugglers in Hoeryong were caught carrying 200 bottles of Chinese baijiu.", "baijiu=2208"},
	{"trade/specialist", "Merchants at the Sunam market are selling Chinese diesel generators for about 2,500 yuan.", "diesel generators=8502"},
	{"trade/specialist", "A trading company under the military has been exporting pine mushrooms to Dandong by truck.", "pine mushrooms=0709"},
	{"trade/specialist", "Local officials confiscated a cache of South Korean cosmetics from a vendor in Chongjin.", "cosmetics=3304"},
	{"trade/specialist", "Sources say copper wire stripped from disused factories is sold to Chinese buyers by the kilogram.", "copper wire=7408"},
	{"trade/specialist", "A 50 kg sack of Chinese cement now sells for twice what it did last spring in Pyongyang.", "cement=2523"},
	{"trade/specialist", "Smugglers pay border guards to let them move crystal meth into Jilin.", "methamphetamine=2939"},
	{"trade/specialist", "A trading firm linked to the army sent anthracite to Longkou under falsified papers.", "anthracite=270111"},
	{"trade/specialist", "Traders say Chinese amoxicillin sells quickly in the Rason market.", "amoxicillin=3004"},
	{"trade/specialist", "Wealthy families in Pyongyang are buying solar panels and car batteries to cope with power cuts.", "solar panels=854143; car batteries=8507"},
	{"trade/specialist", "The source said frozen pollock from the East Sea is trucked to Hamhung and sold wholesale.", "pollock=0303"},
	{"trade/specialist", "Women in Hyesan buy knitting yarn smuggled from Changbai and sell hand-made sweaters.", "knitting yarn=; sweaters=6110"},
	{"trade/specialist", "A kilogram of Chinese rice trades at 5,200 won in Pyongyang, down from 5,600 a week ago.", "rice=1006"},
	{"trade/specialist", "Smugglers in Musan have begun moving rare earth concentrate to Chinese buyers.", "rare earth concentrate=2846"},
	{"trade/specialist", "Buyers in Yanji pay up to 40 yuan for a kilo of North Korean blueberries.", "blueberries=0810"},
	{"trade/specialist", "Smugglers sell Chinese USB sticks loaded with South Korean dramas for 30 yuan.", "USB sticks=8523"},
	{"trade/specialist", "Chinese buyers pay 4 dollars a kilo for North Korean soybeans.", "soybeans=1201"},
	{"trade/specialist", "Traders export dried bracken and pine nuts through Hunchun.", "bracken=0712; pine nuts=0802"},
	{"trade/specialist", "North Korean workers in Russia's Far East send home second-hand refrigerators and TVs.", "refrigerators=8418; televisions=8528"},
	{"trade/specialist", "South Korean choco pies sell for 1,000 won each in Kaesong.", "choco pies=1905"},
	{"trade/specialist", "Logs felled in Jagang were trucked to Chinese sawmills and sold as sawn timber.", "logs=4403; sawn timber=4407"},
	{"trade/specialist", "Chinese merchants sell LED televisions and rice cookers to North Korean wholesalers in Dandong.", "televisions=8528; rice cookers=851660"},
	// UN panel reports and sanctions registers.
	{"trade/panel", "The Panel obtained evidence that the vessel transferred approximately 5,000 tonnes of coal to a foreign-flagged ship off Ningbo.", "coal=2701"},
	{"trade/panel", "Member States reported the interdiction of a shipment containing 24 Mercedes-Benz S-Class sedans destined for Pyongyang.", "sedans=8703"},
	{"trade/panel", "Inspectors found 30,000 rocket-propelled grenades hidden beneath iron ore in the hold.", "rocket-propelled grenades=9306; iron ore=2601"},
	{"trade/panel", "The Panel investigated the sale of North Korean sand to ports in Zhejiang in violation of resolution 2397.", "sand=2505"},
	{"trade/panel", "The Panel notes that the DPRK continued to import refined petroleum products in excess of the annual cap.", "refined petroleum products=2710"},
	{"trade/panel", "Satellite imagery shows bulk carriers loading iron ore at Chongjin port.", "iron ore=2601"},
	{"trade/panel", "One Member State informed the Panel that textiles made in the DPRK were labelled as made in China and sold in Europe.", "textiles="},
	{"trade/panel", "The entity is designated for procuring machine tools and precision lathes for the Second Economic Committee.", "machine tools=; lathes=8458"},
	{"trade/panel", "According to the Panel, crabs and clams from the DPRK were processed in Chinese factories and re-exported.", "crabs=0306; clams=0307"},
	{"trade/panel", "The vessel switched off its transponder while it took on diesel in a ship-to-ship transfer.", "diesel=271019"},
	{"trade/panel", "The Panel was informed of the export of bronze statues to Namibia by Mansudae Overseas Project.", "statues=9703"},
	{"trade/panel", "Two Member States reported exports of lithium-ion batteries to the DPRK in breach of the measures.", "lithium-ion batteries=850760"},
	{"trade/panel", "A Hong Kong-registered firm sold two used oil tankers to a North Korean front company.", "tankers=890120"},
	{"trade/panel", "Ammonium nitrate and detonators were found in a container bound for Nampo.", "ammonium nitrate=310230; detonators=3603"},
	{"trade/panel", "Customs officers in Dandong seized 2,000 bottles of Hennessy cognac bound for Sinuiju.", "cognac=220820"},
	{"trade/panel", "Welding rods and steel plates were shipped to Nampo despite the ban on metals.", "welding rods=8311; steel plates=7208; ?metals="},
	{"trade/panel", "A Chinese court convicted a man of selling 80 used excavators to North Korean buyers.", "excavators=842952"},
	{"trade/panel", "The regime acquired Mi-17 helicopters through a Russian intermediary.", "helicopters=8802"},
	{"trade/panel", "Arms brokers delivered multiple rocket launchers to Myanmar in 2019.", "rocket launchers=9301"},
	{"trade/panel", "Gold bars worth $1.5 million were seized at Dhaka airport from a North Korean diplomat.", "gold=7108"},
	{"trade/panel", "A logistics firm in Dalian shipped sixteen trucks' worth of steel pipes to Nampo.", "steel pipes=73"},
	{"trade/panel", "The company exported graphite and magnesite clinker to Chinese steel mills.", "graphite=2504; magnesite clinker=2519"},
	{"trade/panel", "North Korea bought 500 Chinese-made tractors for its collective farms in spring.", "tractors=8701"},
	{"trade/panel", "The DPRK exported 200 tons of dried squid and 80 tons of seaweed to China via Rason.", "dried squid=0307; seaweed=1212"},
	{"trade/panel", "The trading company imported sodium cyanide for gold processing at a mine in the north.", "sodium cyanide=283711"},
	{"trade/panel", "Pyongyang department stores stock French perfume, Swiss watches and Italian handbags.", "perfume=3303; Swiss watches=9101; handbags=4202"},
	{"trade/panel", "Russia received some 11,000 containers of munitions from the North, US officials said.", "munitions=9306"},
	{"trade/panel", "Toyota said it had no idea how its vehicles reached North Korea.", "vehicles="},
	// Machine-translated English.
	{"trade/mt", "The North Korea trade company is smuggle the copper concentrate by the night boat to Chinese side.", "copper concentrate=2603"},
	{"trade/mt", "Recently, price of the gasoline in the Hyesan market is rise to 12,000 won per 1kg.", "gasoline=271012"},
	{"trade/mt", "Residents says that the Chinese made corn is sell 2,800 won for 1 kg in Chongjin market.", "corn=1005"},
	{"trade/mt", "In the Sinuiju, the smuggling of the cigarette of the foreign brand is actively doing.", "cigarettes=2402"},
	{"trade/mt", "The trade worker was arrested for he brought the medicine of South Korea into the country.", "medicine=3004"},
	{"trade/mt", "The authority is collecting the scrap iron from each households for the export to China.", "scrap iron=7204"},
	{"trade/mt", "Chinese bicycle and electric bicycle are in big popularity and the sell is increase.", "bicycles=8712; electric bicycles=871160"},
	{"trade/mt", "The fisherman sells the catched sea cucumber to the Chinese ship by the dollar.", "sea cucumber=0308"},
	{"trade/mt", "Among the import goods are the flour, the sugar and the bean oil.", "flour=1101; sugar=1701; soybean oil=1507"},
	{"trade/mt", "The laptop computer of the Lenovo is sold 350 dollar at the Pyongyang market.", "laptop=8471"},
	{"trade/mt", "The state is order the each factory to send the cotton cloth to the export.", "cotton fabric=5208"},
	{"trade/mt", "The ginseng of Kaesong is exported to the China through the Dandong.", "ginseng=1211"},
	{"trade/mt", "Wholesale merchant brings the Chinese fabrics and sell the clothes with make by themselves.", "fabric=; clothes=62"},
	{"trade/mt", "The smuggling of the medical drug is severe so the control is strengthen.", "medicine=3004"},
	// Korean.
	{"trade/ko", "무역회사가 중국에 석탄 3만 톤을 몰래 수출했다.", "coal=2701"},
	{"trade/ko", "혜산 시장에서 쌀 1kg이 5,500원에 팔리고 있다.", "rice=1006"},
	{"trade/ko", "밀수꾼들이 압록강을 건너 휘발유와 경유를 들여왔다.", "gasoline=271012; diesel=271019"},
	{"trade/ko", "중국산 휴대전화가 국경 지역에서 300달러에 거래된다.", "mobile phones=8517"},
	{"trade/ko", "북한은 중국에 가발과 속눈썹을 대량으로 수출했다.", "wigs=6704; false eyelashes=6704"},
	{"trade/ko", "남포항에서 철광석을 실은 배가 출항했다.", "iron ore=2601"},
	{"trade/ko", "돈주들이 중국에서 굴착기를 수입해 건설 현장에 빌려준다.", "excavators=842952"},
	{"trade/ko", "국경에서 필로폰 2kg이 압수됐다.", "methamphetamine=2939"},
	{"trade/ko", "수산사업소는 오징어를 중국 선박에 넘기고 식량을 받는다.", "squid=0307; ?grain=10"},
	{"trade/ko", "세관 자료에 따르면 중국의 대북 비료 수출이 크게 늘었다.", "fertilizer=31"},
	{"trade/ko", "평양 상점에서 일본산 자동차 부품이 판매되고 있다.", "vehicle parts=8708"},
	{"trade/ko", "아연 정광과 연 정광이 트럭으로 중국에 넘어갔다.", "zinc ore=2608; lead ore=2607"},
	{"trade/ko", "밀가루 가격이 한 달 새 20% 올랐다.", "flour=1101"},
	{"trade/ko", "중국 업체가 북한산 의류에 중국산 상표를 달아 수출했다.", "clothing=62"},
	{"trade/ko", "북한은 러시아에 포탄과 탄약을 넘겨준 것으로 알려졌다.", "artillery shells=9306; ammunition=9306"},
	{"trade/ko", "세관은 담배 500보루를 적발했다.", "cigarettes=2402"},
	{"trade/ko", "북한산 송이버섯이 연길에서 1kg당 200위안에 팔린다.", "pine mushrooms=0709"},
	{"trade/ko", "돈주들은 중국산 태양광 패널을 대량으로 사들이고 있다.", "solar panels=854143"},
	{"trade/ko", "북한은 지난해 러시아로부터 정제유 100만 배럴 이상을 들여왔다.", "refined petroleum=2710"},
	{"trade/ko", "무역일꾼들은 해삼과 게를 중국 상인에게 넘긴다.", "sea cucumber=0308; crab=0306"},
	// Goods named but not traded: shortages.
	{"not/shortage", "Hospitals in Hamhung report a severe shortage of antibiotics and anaesthetics.", ""},
	{"not/shortage", "Power cuts have worsened because thermal plants are short of coal.", ""},
	{"not/shortage", "A lack of fertilizer has left farms in South Hwanghae struggling.", ""},
	{"not/shortage", "Fuel shortages have kept most of the fishing fleet in port.", ""},
	{"not/shortage", "전력난으로 공장이 멈췄다.", ""},
	{"not/shortage", "수산물 부족으로 시장 상인들이 어려움을 겪고 있다.", ""},
	// Harvests, crops in the field, reserves in the ground.
	{"not/harvest", "This year's rice harvest was hit by heavy rain in August, the WFP said.", ""},
	{"not/harvest", "The potato crop in Ryanggang was the best in a decade.", ""},
	{"not/harvest", "Farmers planted maize on hillsides cleared of trees.", ""},
	{"not/harvest", "Students are sent to the countryside to plant rice every May.", ""},
	{"not/harvest", "North Korea has large reserves of magnesite and rare earths, according to a geological survey.", ""},
	{"not/harvest", "The Musan mine holds an estimated 2 billion tonnes of iron ore.", ""},
	{"not/harvest", "올해 가뭄으로 옥수수 작황이 나빠졌다.", ""},
	// Places named after goods.
	{"not/place", "The defector now lives in Sugar Land, Texas, where he runs a church.", ""},
	{"not/place", "He travelled through the Golden Triangle of Southeast Asia before reaching Seoul.", ""},
	{"not/place", "The freighter sailed past Pearl Harbor on its way to the Pacific.", ""},
	{"not/place", "금강산 관광이 중단된 지 오래다.", ""},
	{"not/place", "그는 철길을 따라 걸어서 국경까지 갔다.", ""},
	// Firms, works and ministries named after goods.
	{"not/company", "Workers at the Kimchaek Iron and Steel Complex were mobilised for a 70-day campaign.", ""},
	{"not/company", "Golden Star Bank kept a branch in Vienna until 2004.", ""},
	{"not/company", "Korea Daesong Oil Company was added to the sanctions list.", ""},
	{"not/company", "The Sinpo Fisheries Complex is repairing its piers.", ""},
	{"not/company", "He lives in a block of flats next to the Taedonggang Beer Factory.", ""},
	{"not/company", "The shipping company Ocean Maritime Management was designated in 2014.", ""},
	{"not/company", "그는 석탄공업성에서 일하는 간부다.", ""},
	{"not/company", "그 회사의 이름은 금별무역이다.", ""},
	// People's trades and jobs.
	{"not/job", "The defector had worked as a coal miner in Anju for twelve years.", ""},
	{"not/job", "Truck drivers who cross at Sinuiju must carry a permit.", ""},
	{"not/job", "A former tobacco farmer told interviewers that he fled in 2015.", ""},
	{"not/job", "The source, a former oil trader, spoke on condition of anonymity.", ""},
	{"not/job", "Seafood processing workers in Dandong went on strike over unpaid wages.", ""},
	{"not/job", "그는 탄광 노동자로 일했다.", ""},
	{"not/job", "트럭 운전사들은 국경에서 오래 기다려야 한다.", ""},
	// Figurative use.
	{"not/figurative", "The minister said the country's resolve was as hard as steel.", ""},
	{"not/figurative", "Analysts call the special economic zone a gold mine for Chinese investors.", ""},
	{"not/figurative", "Sanctions are the fuel that feeds the regime's siege mentality, he argued.", ""},
	{"not/figurative", "Gold medals at the Asian Games lifted the national mood.", ""},
	{"not/figurative", "Silver-haired pensioners queued for the bus in Sinuiju.", ""},
	{"not/figurative", "그는 강철 같은 의지를 강조했다.", ""},
	// Machines and vessels that carry or work a good.
	{"not/equipment", "The factory bought a new rice-polishing machine from Shenyang.", "rice-polishing machine=8437"},
	{"not/equipment", "Oil tankers lay idle at Nampo for weeks.", ""},
	{"not/equipment", "A fish-processing plant in Rason employs 300 North Korean women.", ""},
	{"not/equipment", "The cement mixer broke down on the building site.", ""},
	{"not/equipment", "The ship's diesel engine failed off Wonsan.", ""},
	{"not/equipment", "Fuel trucks carried 400 tonnes of diesel across the bridge.", "diesel=271019"},
	{"not/equipment", "화물선 세 척이 항구에 정박해 있다.", ""},
	// Goods in a denial.
	{"not/denial", "The foreign ministry denied that any weapons had been sold to Syria.", ""},
	{"not/denial", "Officials insisted that no coal had been loaded at the port.", ""},
	{"not/denial", "The company said it had never exported rare earths to North Korea.", ""},
	{"not/denial", "소식통은 휘발유를 들여왔다는 보도를 부인했다.", ""},
	// Goods in a hypothetical.
	{"not/hypothetical", "If sanctions were lifted, North Korea could export seafood and textiles again.", ""},
	{"not/hypothetical", "Experts say the North might try to sell uranium to terrorist groups.", ""},
	{"not/hypothetical", "만약 제재가 풀리면 석탄 수출이 재개될 수 있다.", ""},
	// A ban described in general.
	{"not/ban", "Resolution 2371 banned all exports of coal, iron, lead and seafood from the DPRK.", ""},
	{"not/ban", "The European Union prohibits the supply of luxury goods to North Korea.", ""},
	{"not/ban", "UN sanctions cap North Korea's imports of crude oil at four million barrels a year.", ""},
	{"not/ban", "당국은 밀수를 전면 금지한다고 밝혔다.", ""},
	// "food" and "goods" as generic words.
	{"not/generic", "Prices of food and other goods jumped after the border closed.", ""},
	{"not/generic", "Trucks carrying goods crossed the Friendship Bridge on Monday.", ""},
	{"not/generic", "The World Food Programme delivered aid to nurseries in the north-east.", ""},
	{"not/generic", "Daily necessities and consumer goods are scarce in rural markets.", ""},
	{"not/generic", "식량 사정이 나빠졌다.", ""},
	// A make named as a firm.
	{"not/brand", "A Huawei executive was arrested in Canada in 2018.", ""},
	{"not/brand", "Samsung and LG shares rose on news of the summit.", ""},
	{"not/brand", "Nokia was once the best-known phone maker in the world.", ""},
	// Measure and package words.
	{"not/measure", "The smugglers filled several sacks and crossed the river at 2 a.m.", ""},
	{"not/measure", "Each container held about 25 tonnes, the driver said.", ""},
	{"not/measure", "They moved 40 crates and 12 drums across the ice, the source said.", ""},
	// Arms used, not traded.
	{"not/use", "The North fired two ballistic missiles into the sea on Tuesday.", ""},
	{"not/use", "Tanks rolled through Kim Il Sung Square during the parade.", ""},
	// Mixed: an untraded good beside a traded one.
	{"trade/mixed", "Despite the poor wheat harvest, Chinese traders delivered 3,000 tonnes of flour to Sinuiju.", "flour=1101"},
	{"trade/mixed", "A coal miner from Anju said he now sells smuggled cigarettes at the market.", "cigarettes=2402"},
	{"trade/mixed", "The Kimchaek steelworks imported 20,000 tonnes of coking coal from Russia.", "coking coal=270112"},
	{"trade/mixed", "Golden Star Bank financed the purchase of two cargo ships.", "cargo ships=8901"},
	{"trade/mixed", "Although the ministry denied arms sales, the Panel documented the transfer of 3,000 rifles to Sudan.", "rifles="},
	{"trade/mixed", "Inspectors boarded the ship carrying 2,300 tonnes of corn from Dalian; it returned with silica sand.", "corn=1005; silica sand=250510"},
	{"trade/mixed", "Garment factories in Sinuiju sew for Chinese clients using imported polyester fabric.", "polyester fabric=5407"},
	{"trade/mixed", "The trader bought a second-hand crusher from a coal mine in Jilin.", "crusher=8474"},
}

// analystWant is one good of an analyst's list.
type analystWant struct {
	name, hs string
	optional bool
}

func parseAnalyst(s string) []analystWant {
	var out []analystWant
	for _, e := range strings.Split(s, "; ") {
		if e == "" {
			continue
		}
		var w analystWant
		if strings.HasPrefix(e, "?") {
			w.optional, e = true, e[1:]
		}
		w.name, w.hs, _ = strings.Cut(e, "=")
		out = append(out, w)
	}
	return out
}

// analystMatch is the scorer's commodity rule (eval.CommodityMatches), on
// the record's name or, failing that, its lexicon id.
func analystMatch(w analystWant, c model.Commodity) bool {
	return eval.CommodityMatches(w.name, w.hs, c.Name, c.HS) || eval.CommodityMatches(w.name, w.hs, c.ID, c.HS)
}

// analystScore matches got against want one to one and returns the goods
// found that the analyst would not list and those the analyst lists that
// were not found.
func analystScore(want []analystWant, got []model.Commodity) (extra, missed []string) {
	used := make([]bool, len(got))
	// Required goods first, then optional ones, each taking the first free
	// record it matches.
	for pass := 0; pass < 2; pass++ {
		for _, w := range want {
			if w.optional != (pass == 1) {
				continue
			}
			found := false
			for i, c := range got {
				if !used[i] && analystMatch(w, c) {
					used[i], found = true, true
					break
				}
			}
			if !found && !w.optional {
				missed = append(missed, w.name+"="+w.hs)
			}
		}
	}
	for i, c := range got {
		if !used[i] {
			extra = append(extra, c.Name+"="+c.HS)
		}
	}
	return extra, missed
}

// analystKnown are the passages the finder still gets wrong, by text, with
// why; they are logged, not failed.
var analystKnown = map[string]string{
	"The trading company imported sodium cyanide for gold processing at a mine in the north.": "a good before \"processing\" names a business only before a business noun (\"seafood processing workers\"); \"processing hub\" as a facility cost a leg in heldout11",
	"Toyota said it had no idea how its vehicles reached North Korea.":                        "\"reached\" is no trade verb; a vehicle needs a trade cue",
	"Chinese bicycle and electric bicycle are in big popularity and the sell is increase.":    "broken English gives no trade cue a rule can read",
	"Sanctions are the fuel that feeds the regime's siege mentality, he argued.":              "figurative fuel with no idiom to block",
	"The factory bought a new rice-polishing machine from Shenyang.":                          "\"machine\" is too generic a head for the HS noun index",
	"Resolution 2371 banned all exports of coal, iron, lead and seafood from the DPRK.":       "the dev gold lists goods a ban names, and the finder counts banned goods by design",
	"The European Union prohibits the supply of luxury goods to North Korea.":                 "as above: a ban's goods are listed",
	"UN sanctions cap North Korea's imports of crude oil at four million barrels a year.":     "as above: a cap's goods are listed",
	"Prices of food and other goods jumped after the border closed.":                          "\"food\" alone is kept as an umbrella with nothing narrower to fold into",
}

// TestAnalystTable runs the finder over passages it was not written for and
// scores it the way the evaluation does. Every passage must come out as an
// analyst would list it, except those in analystKnown; the counts per class
// of goods found that should not be (false hits) and goods missed are
// logged.
func TestAnalystTable(t *testing.T) {
	runAnalystTable(t, analystCases, analystKnown)
}

// runAnalystTable scores the finder on cases as the evaluation does; a
// case fails unless its text is in known, and the false hits and misses
// per class are logged.
func runAnalystTable(t *testing.T, cases []analystCase, known map[string]string) {
	f := finder()
	type tally struct{ n, falseHit, miss, fail int }
	byClass := map[string]*tally{}
	for _, tc := range cases {
		got := f.Find(tc.text)
		checkRecords(t, tc.text, got)
		extra, missed := analystScore(parseAnalyst(tc.want), got)
		tl := byClass[tc.class]
		if tl == nil {
			tl = &tally{}
			byClass[tc.class] = tl
		}
		tl.n++
		tl.falseHit += len(extra)
		tl.miss += len(missed)
		if len(extra)+len(missed) == 0 {
			if why, ok := known[tc.text]; ok {
				t.Errorf("%s: %q now passes; drop it from the known list (%s)", tc.class, tc.text, why)
			}
			continue
		}
		tl.fail++
		msg := tc.class + ": " + tc.text + "\n\tgot " + summary(got) + "\n\tfalse hits " + strings.Join(extra, ", ") + "\n\tmissed " + strings.Join(missed, ", ")
		if why, ok := known[tc.text]; ok {
			t.Log("known: " + msg + "\n\t(" + why + ")")
			continue
		}
		t.Error(msg)
	}
	classes := make([]string, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	var sb strings.Builder
	var total tally
	for _, c := range classes {
		tl := byClass[c]
		total.n += tl.n
		total.fail += tl.fail
		total.falseHit += tl.falseHit
		total.miss += tl.miss
		sb.WriteString("\n" + c + ": " + itoa(tl.n) + " passages, " + itoa(tl.fail) + " wrong, " + itoa(tl.falseHit) + " false hits, " + itoa(tl.miss) + " missed")
	}
	sb.WriteString("\ntotal: " + itoa(total.n) + " passages, " + itoa(total.fail) + " wrong, " + itoa(total.falseHit) + " false hits, " + itoa(total.miss) + " missed")
	t.Log(sb.String())
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
