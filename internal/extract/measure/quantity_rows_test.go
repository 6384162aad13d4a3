package measure

import (
	"strings"
	"testing"
)

// quantityRows are quantity phrasings written for this test, grouped by
// the class of reading they try: what a report states as an amount of
// goods or a count of those taking part in the trade, and the numbers
// near such amounts that are none (a legal cap, the size of a pack that
// a price is quoted for, a year, a place, a source of the report). A want
// is "min..max[ unit]" as in the analyst tables, max "open" when there is
// no upper bound.
var quantityRows = []struct {
	class, text string
	want        []string
}{
	// A legal ceiling on imports: the annotators count it as an amount
	// (the dev sets annotate the 500,000-barrel cap in eleven reports),
	// so it is kept.
	{"cap", "The sanctions regime holds Pyongyang to 500,000 barrels of refined fuel a year.", []string{"500000..500000 barrels"}},
	{"cap", "Deliveries this year already exceed the yearly ceiling of 500,000 barrels fixed by the Security Council.", []string{"500000..500000 barrels"}},
	{"cap", "The tanker pumped about 500,000 barrels of diesel into the North Korean ship.", []string{"500000..500000 barrels"}},
	{"cap", "Rajin received 600,000 barrels of fuel from Vostochny last year, the monitors said.", []string{"600000..600000 barrels"}},
	{"cap", "Each courier checks in some 90 kilograms, well over the free allowance.", []string{"90..90 kg"}},
	// The size of a pack, sack or box a price or a wage is quoted for.
	{"packsize", "A sack of maize weighing 40 kilograms sells for 90 yuan in Musan.", nil},
	{"packsize", "A pouch of dried sea cucumber of about 30 grams fetches 200 yuan in Dandong.", nil},
	{"packsize", "For 100 grams of wild ginseng the brokers pay 2,000 yuan.", nil},
	{"packsize", "A carton holding 200 cigarettes costs 60 yuan at the Hyesan market.", nil},
	{"packsize", "Syringes come in boxes of twenty pieces and sell for 15,000 won a box.", nil},
	{"packsize", "A card of 30 pills goes for 12,000 won in Hoeryong.", nil},
	{"packsize", "A seamstress who finishes 40 collars is paid 8 yuan.", nil},
	{"packsize", "한 달 월급으로는 장마당에서 옥수수 5kg도 살 수 없다.", nil},
	{"packsize", "밀가루 1톤을 국경 너머로 옮기는 데 드는 돈은 600위안이다.", nil},
	{"packsize", "배에는 25kg들이 설탕 3천여 포대가 실려 있었다.", []string{"3000..open sacks"}},
	{"packsize", "The trucks brought in 500 sacks of flour, each weighing 25 kg, for the Hamhung wholesalers.", []string{"500..500 sacks"}},
	{"packsize", "Smugglers moved 40 kilograms of bile across the Tumen last week.", []string{"40..40 kg"}},
	// A year before a noun counts nothing.
	{"year", "Activists recalled the 2019 case of two sailors sent back by force.", nil},
	{"year", "The 2017 resolution banned all North Korean seafood exports.", nil},
	{"year", "Officials compared it with the 2016 shipments seized in Egypt.", nil},
	// Korean counters.
	{"korean", "세관은 나일론 그물 150필을 압수했다.", []string{"150..150 bolts"}},
	{"korean", "한 도매상은 단둥에서 면직 원단 90필을 들여왔다.", []string{"90..90 bolts"}},
	{"korean", "올봄 들어온 원단만 300필이 넘는다.", []string{"300..open bolts"}},
	{"korean", "트럭에는 태양광 패널 250여 장이 실려 있었다.", []string{"250..open"}},
	{"korean", "화물선에는 식용유 150여 통이 실려 있었다.", []string{"150..open"}},
	{"korean", "지난주에는 명태를 실은 배 한 척이 남포를 떠났다.", []string{"1..1 vessels"}},
	{"korean", "화물선 3척이 흥남항에 들어왔다.", []string{"3..3 vessels"}},
	{"korean", "해산물 상자 80상자가 세관을 통과했다.", []string{"80..80 boxes"}},
	{"korean", "보위부는 밀수꾼 5명을 체포했다.", []string{"5..5 people"}},
	{"korean", "트럭 20여 대가 매일 다리를 건넌다.", []string{"20..open"}},
	{"korean", "국경경비대 초소 세 곳에 뇌물을 줬다.", nil},
	{"korean", "하룻밤에 두세 번 강을 건넌다고 한다.", nil},
	// Counts of times goods were moved.
	{"times", "Barges met the North Korean freighters at least 120 times between January and May.", []string{"120..open"}},
	{"times", "The smugglers waded across with the drums two or three times a night.", []string{"2..3"}},
	{"times", "The boat made the run to Dandong seven times in April alone.", []string{"7..7"}},
	{"times", "Imports of fuel reached three times the permitted amount.", nil},
	{"times", "Prices in Hyesan are now four times higher than in spring.", nil},
	{"times", "The guards have raided the village several times since 2021.", nil},
	// A multiplier shared by both ends of a range.
	{"multiplier", "Couriers carry two or three hundred kilograms of herbs on each trip.", []string{"200..300 kg"}},
	{"multiplier", "The freighter took on three or four thousand tonnes of ore.", []string{"3000..4000 tonnes"}},
	{"multiplier", "Five or six hundred workers were sent to the Russian sites.", []string{"500..600"}},
	// A range that names the unit at both ends.
	{"range", "Each boat loads 3 ton to 4 ton of crab per trip.", []string{"3..4 tonnes"}},
	{"range", "The barges took 20 tonnes to 25 tonnes of sand each day.", []string{"20..25 tonnes"}},
	{"range", "A cart holds 50 kg to 60 kg of rice.", []string{"50..60 kg"}},
	// Adjectives between the number and the goods.
	{"modifiers", "The Dalian firm bought roughly 250 second-hand electric cars at auction.", []string{"250..250"}},
	{"modifiers", "About 60 Chinese-made diesel generators were unloaded at Kanggye.", []string{"60..60"}},
	{"modifiers", "The dealer shipped three five-axis milling machines to Sinuiju.", []string{"3..3"}},
	{"modifiers", "Customs found 45 brand-new Japanese outboard motors in the container.", []string{"45..45"}},
	// A single vehicle or a one-unit amount spelled with an article.
	{"single", "The cigarettes were packed into a single truck bound for Quanhe.", []string{"1..1"}},
	{"single", "The crew loaded a lone barge with anthracite at Nampo.", []string{"1..1"}},
	// Sources and bystanders are not counts of the trade.
	{"source", "Prices have doubled, two residents of the province told the radio station.", nil},
	{"source", "The orders are arranged in Dandong, according to three Chinese brokers who handle them.", nil},
	{"source", "Four traders in the county said the guards now ask for more.", nil},
	{"source", "Two porters hauled the sacks across the ice at Hyesan.", []string{"2..2"}},
	// Totals, parts and additions.
	{"totalpart", "A further 300 tonnes of rice arrived at Nampo in June.", []string{"300..300 tonnes"}},
	{"totalpart", "Another two ships docked at Rajin with Russian flour.", []string{"2..2"}},
	{"totalpart", "Half of the 40 trucks that left Dandong were turned back at Sinuiju.", []string{"40..40"}},
	{"totalpart", "Of the 12 tankers spotted off Nampo, five were flying Sierra Leone flags.", []string{"12..12", "5..5"}},
	// Per-day and per-trip loads.
	{"pertrip", "About 15 trucks a day carry sand from Sinuiju to Dandong.", []string{"15..15"}},
	{"pertrip", "Each crossing moves some 30 cartons of cigarettes.", []string{"30..30 cartons"}},
	{"pertrip", "One crew moves about 50 panels across in a night.", []string{"50..50"}},
	// Vague amounts.
	{"vague", "A few dozen crates of beer went to Dandong each week.", []string{"24..99 crates"}},
	{"vague", "Several hundred pigs crossed at Musan in January.", []string{"300..900"}},
	{"vague", "Dozens of motorcycles reached Sunchon in March.", []string{"24..99"}},
	// Years, ages, distances, durations and places are no quantities.
	{"notqty", "The 58-year-old broker has worked the Hyesan crossing for 20 years.", nil},
	{"notqty", "The warehouse sits 15 km upstream of the bridge.", nil},
	{"notqty", "The unloading took three days at Nampo.", nil},
	{"notqty", "A trader in his 40s runs the business from Sinuiju.", nil},
	{"notqty", "The wall has been built up in several sections along the river.", nil},
	// Rows added after the first run, to pin the edges of the fixes.
	{"pertrip", "Dealers from Pyongsong take five or ten at a time from the station depot.", []string{"5..10"}},
	{"pertrip", "The queue moved forward two at a time.", nil},
	{"korean", "한 번에 넘어오는 양은 트럭 세 대분이다.", []string{"3..3"}},
	{"korean", "차량 5대가 세관을 통과했다.", []string{"5..5"}},
	{"times", "Trucks cross the bridge three or four times a week.", nil},
	{"times", "Smuggled diesel costs three times what it did last spring.", nil},
	{"times", "The ferries shipped coal to Longkou at least 40 times in the spring.", []string{"40..open"}},
	{"packsize", "A shipment of 300 tonnes of coal sold for $30,000 at Longkou.", []string{"300..300 tonnes"}},
	{"packsize", "The buyer paid 30,000 yuan for 2 tonnes of copper in Hyesan.", []string{"2..2 tonnes"}},
	{"packsize", "A driver who hauls 8 tonnes of coal earns 300 yuan a trip.", nil},
	{"modifiers", "The firm sent two 20-foot containers of tyres to Nampo.", []string{"2..2"}},
	{"modifiers", "The trucks made two 10-day trips to Rajin.", nil},
	{"source", "Prices rose again, two traders in Dandong said on Monday.", nil},
	{"single", "A single source said the tanker was Russian.", nil},
	// A spoken guess "N, M noun" is a range; a list or a partitive is not.
	{"commarange", "Fishermen said they saw 40, 50 Chinese boats off the coast.", []string{"40..50"}},
	{"commarange", "You can see two, three trucks at the bridge every night.", []string{"2..3"}},
	{"commarange", "Of the 60, 70 were seized.", nil},
	{"commarange", "In 2021, 40 barges left Haeju.", []string{"40..40"}},
	// Machine translation: a count of a bare singular after "the" refers back to nothing.
	{"mtthe", "The police was stopping the truck with the 200 radio in the back, and the three driver was detained.", []string{"200..200", "3..3"}},
	{"mtthe", "The three drivers were detained.", nil},
	{"mtthe", "The three men, all in their fifties, were carrying cash.", nil},
	// Ports, roads and bridges are places, not goods.
	{"notgoods", "The freight passed through three ports and two bridges.", nil},
	// People sent back across a border are no traders.
	{"returned", "Rights groups say about 200 people were sent back to the North last month.", nil},
	{"returned", "Police detained 200 people for smuggling and sent them back.", []string{"200..200"}},
	{"returned", "Police caught smugglers in Musan. Some 200 people were repatriated afterwards.", nil},
	// A ship's or truck's runs counted with 번.
	{"korean", "지난달에만 화물선이 네 번 떠났다.", []string{"4..4 shipments"}},
	{"korean", "그는 네 번 떠났다.", nil},
}

// quantityRowsOpen are the rows the package does not yet read as they
// want, with the reason; the test logs them, so that the rows record what
// is left, and fails when one starts to pass.
var quantityRowsOpen = map[string]string{
	"지난주에는 명태를 실은 배 한 척이 남포를 떠났다.":                                                       "한 척 is a ship as often as one ship; the dev sets annotate it once in three",
	"국경경비대 초소 세 곳에 뇌물을 줬다.":                                                              "곳 counts factories that take part as well as guard posts",
	"Barges met the North Korean freighters at least 120 times between January and May.": "met is too general a verb to make times deliveries",
	"The smugglers waded across with the drums two or three times a night.":              "a frequency: the dev sets leave two of three out",
	"The boat made the run to Dandong seven times in April alone.":                       "made the run has no verb of moving goods",
	"Half of the 40 trucks that left Dandong were turned back at Sinuiju.":               "a count after the is read as referring back",
	"Of the 12 tankers spotted off Nampo, five were flying Sierra Leone flags.":          "a count after the is read as referring back",
}

func TestQuantityRows(t *testing.T) {
	fails := map[string]int{}
	for _, tt := range quantityRows {
		got := analystQuantities(t, tt.text)
		ok := len(got) == len(tt.want)
		for i := 0; ok && i < len(got); i++ {
			g := got[i]
			if !strings.Contains(tt.want[i], " ") {
				g, _, _ = strings.Cut(g, " ")
			}
			ok = g == tt.want[i]
		}
		if why := quantityRowsOpen[tt.text]; why != "" {
			if ok {
				t.Errorf("open row now passes, take it out of quantityRowsOpen: %s", tt.text)
			} else {
				t.Logf("open [%s] %s: got %q, want %q (%s)", tt.class, tt.text, got, tt.want, why)
			}
			continue
		}
		if !ok {
			fails[tt.class]++
			t.Errorf("[%s] %s\n\tgot  %q\n\twant %q", tt.class, tt.text, got, tt.want)
		}
	}
	if len(fails) > 0 {
		t.Logf("failures by class: %v", fails)
	}
}
