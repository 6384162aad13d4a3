package measure

import (
	"strconv"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
)

// The analyst tables: price, exchange-rate and quantity phrasings a
// demanding reader of North Korea trade reporting expects to be parsed,
// written for this test in the voices of wire copy, specialist outlets,
// Korean-language reports and garbled machine translation, and the
// numbers in the same voices that are no price or quantity at all.
// Values follow the corpus guidelines (testdata/corpus/README.md).

// analystCases are sentences with the values Scan must find in them. A
// want is "amount[..max] CUR[/unit]" for prices and "min..max[ unit]"
// (max "open" when open-ended) for quantities; the unit is compared only
// when the want names one.
type analystCases = []struct {
	text string
	want []string
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// analystPrices renders the prices Scan finds as "amount[..max] CUR/unit".
func analystPrices(t *testing.T, text string) []string {
	ps, _, _ := Scan(text, batteryPub, rates.Default())
	var got []string
	for _, p := range ps {
		s := fmtNum(p.Amount)
		if p.AmountMax != nil {
			s += ".." + fmtNum(*p.AmountMax)
		}
		got = append(got, s+" "+p.Currency+"/"+p.Unit)
		checkMentions(t, text, p.Mentions)
	}
	return got
}

// analystQuantities renders the quantities Scan finds as "min..max unit".
func analystQuantities(t *testing.T, text string) []string {
	_, qs, _ := Scan(text, batteryPub, rates.Default())
	var got []string
	for _, q := range qs {
		mx := "open"
		if q.Max != nil {
			mx = fmtNum(*q.Max)
		}
		got = append(got, fmtNum(q.Min)+".."+mx+" "+q.Unit)
		checkMentions(t, text, q.Mentions)
	}
	return got
}

// checkAnalyst compares each case's values with its wants, the unit (after
// sep) only where the want gives one.
func checkAnalyst(t *testing.T, tests analystCases, sep string, values func(*testing.T, string) []string) {
	t.Helper()
	for _, tt := range tests {
		got := values(t, tt.text)
		ok := len(got) == len(tt.want)
		for i := 0; ok && i < len(got); i++ {
			g := got[i]
			if !strings.Contains(tt.want[i], sep) {
				g, _, _ = strings.Cut(g, sep)
			}
			ok = g == tt.want[i]
		}
		if !ok {
			t.Errorf("%s\n\tgot  %q\n\twant %q", tt.text, got, tt.want)
		}
	}
}

func TestAnalystPrices(t *testing.T) {
	tests := analystCases{
		// Ranges.
		{"Rice sold for between 3,000 and 3,500 yuan a tonne at the Dandong wholesale market in China.", []string{"3000..3500 CNY/tonne"}},
		{"In Hyesan market corn goes for 3,000-3,500 won a kilo.", []string{"3000..3500 KPW/kg"}},
		{"Coal fetched between $80 and $90 a tonne in Dandong, traders from North Korea said.", []string{"80..90 USD/tonne"}},
		{"A Chinese phone costs 1,200-1,500 yuan in Hyesan.", []string{"1200..1500 CNY"}},
		{"Phones now cost ¥1,200 to ¥1,500 in Hyesan markets on the China border.", []string{"1200..1500 CNY"}},
		{"The truck sold for $12,000-$15,000 in Rason.", []string{"12000..15000 USD"}},
		{"Pork was selling at 17,000 to 18,000 won per kilogram in Hoeryong.", []string{"17000..18000 KPW/kg"}},
		{"Rice prices in Hyesan ranged from 5,800 to 6,200 won per kilogram.", []string{"5800..6200 KPW/kg"}},
		{"A North Korean worker in China earns 2,000-2,500 yuan monthly.", []string{"2000..2500 CNY"}},
		{"In the Hyesan market, rice is traded in the 8,000s won per kilogram.", []string{"8000..8999 KPW/kg"}},
		{"The dollar in Hyesan now trades in the 8,000-won range.", []string{"8000..8999 KPW/USD"}},
		{"혜산 시장에서 중국산 휴대폰은 3만~4만 원에 팔린다.", []string{"30000..40000 KPW"}},
		{"혜산에서 쌀은 1kg에 6천~6천5백원에 팔린다.", []string{"6000..6500 KPW/kg"}},
		{"혜산 시장 쌀 가격이 7천원대로 올랐다.", []string{"7000..7999 KPW"}},
		{"혜산 시장에서 잣은 150위안에서 200위안 사이에 거래된다.", []string{"150..200 CNY"}},
		// Scales and currency spellings.
		{"A used Chinese motorbike now costs 1.2 million won in Hyesan market.", []string{"1200000 KPW"}},
		{"Pork was KPW 8,000 per kilogram at the Sinuiju market.", []string{"8000 KPW/kg"}},
		{"A kilo of pork cost KPW17,000 in Hoeryong.", []string{"17000 KPW/kg"}},
		{"A kilogram of pork costs 8,000 North Korean won in Hoeryong.", []string{"8000 KPW/kg"}},
		{"Smugglers in Hyesan charge RMB 500 per phone.", []string{"500 CNY/phone"}},
		{"A smuggled phone costs 500 renminbi in Hoeryong, the source said.", []string{"500 CNY"}},
		{"The Chinese firm paid 500 RMB per tonne for North Korean sand.", []string{"500 CNY/tonne"}},
		{"Sand from Haeju sold for 500 CNY a tonne in China.", []string{"500 CNY/tonne"}},
		{"The broker charged CNY 500 per crossing at Hyesan.", []string{"500 CNY/crossing"}},
		{"The broker in Dandong asked US$1,200 for each car battery bound for North Korea.", []string{"1200 USD"}},
		{"The cigarettes were priced at USD 1,200 per carton in Nampo.", []string{"1200 USD/carton"}},
		{"A Chinese-made motorcycle fetches 1,200 US dollars in Pyongyang.", []string{"1200 USD"}},
		{"The Chinese firm paid $1.2m for the North Korean coal shipment.", []string{"1200000 USD"}},
		{"North Korean coal exports to China were worth $1.2 bn last year.", []string{"1200000000 USD"}},
		{"Customs data put the shipments to North Korea at US$12mn in March.", []string{"12000000 USD"}},
		{"North Korea imported 12 million USD worth of soybean oil from China.", []string{"12000000 USD"}},
		{"Pyongyang paid USD12m for the Russian wheat, North Korean sources said.", []string{"12000000 USD"}},
		{"In Hyesan market sugar costs ₩12,000 per kilogram.", []string{"12000 KPW/kg"}},
		{"Pine nuts fetch ￥90 per kilo in Changbai, China, across from Hyesan.", []string{"90 CNY/kg"}},
		{"平壤市场大米价格为每公斤5元人民币。", []string{"5 CNY"}},
		{"大米价格为500元/吨，朝鲜商人说。", []string{"500 CNY/tonne"}},
		{"North Korean workers in Russia earn some 60,000 rubles a month.", []string{"60000 RUB/month"}},
		{"A Japanese dealer sold the pianos to North Korea for ¥3 million each.", []string{"3000000 JPY/each"}},
		{"Rice costs 6,000 KPW/kg in Hyesan.", []string{"6000 KPW/kg"}},
		{"Fuel sold at 14,000 KPW per kg in Pyongyang.", []string{"14000 KPW/kg"}},
		// Units.
		{"Coal was sold for $85 per tonne to Chinese buyers from North Korea.", []string{"85 USD/tonne"}},
		{"The anthracite was loaded at Nampo and sold at US$90 a tonne in Longkou.", []string{"90 USD/tonne"}},
		{"A tonne of North Korean anthracite sells for $90 in Dandong.", []string{"90 USD/tonne"}},
		{"A ton of fertilizer costs 500 dollars in Sinuiju.", []string{"500 USD/tonne"}},
		{"A cow fetches 3 million won a head in Hoeryong market.", []string{"3000000 KPW/head"}},
		{"A pig fetches 500,000 won per head in Hyesan market.", []string{"500000 KPW/head"}},
		{"Smugglers sold the phones for 300 yuan each in Hyesan.", []string{"300 CNY/each"}},
		{"In Hyesan, the used bicycles go for 40 dollars apiece.", []string{"40 USD/each"}},
		{"Eggs sell for 500 won a piece in Hyesan market.", []string{"500 KPW/each"}},
		{"Rice sold for 180 yuan per 50-kg sack in Sinuiju market.", []string{"180 CNY/50 kg sack"}},
		{"The source said flour cost 150 yuan per 25kg bag in Hyesan.", []string{"150 CNY/25 kg bag"}},
		{"Flour was 150 yuan for a 20 kg bag in Rason.", []string{"150 CNY/20 kg bag"}},
		{"A 20 kg bag of flour sells for 150 yuan in Rason.", []string{"150 CNY"}},
		{"Gasoline cost 13,500 won per liter in Pyongyang markets.", []string{"13500 KPW/liter"}},
		{"Diesel sold at 12,000 won a litre in Sinuiju market.", []string{"12000 KPW/liter"}},
		{"Corn in Hyesan market: 2,800 won/kg.", []string{"2800 KPW/kg"}},
		{"A carton of cigarettes costs 15 dollars in Pyongyang.", []string{"15 USD/carton"}},
		{"Beer costs 5,000 won per bottle in Pyongyang markets.", []string{"5000 KPW/bottle"}},
		{"Diesel was traded at $120 per barrel off Nampo.", []string{"120 USD/barrel"}},
		{"A room costs 50 dollars per night in Pyongyang hotels.", []string{"50 USD/night"}},
		{"The broker takes 10,000 yuan per person to cross from Hyesan.", []string{"10000 CNY/person"}},
		{"Boatmen charge 300 yuan per trip across the Yalu near Sinuiju.", []string{"300 CNY/trip"}},
		{"Smugglers pay 1,000 yuan per truckload to North Korean border guards.", []string{"1000 CNY/truckload"}},
		{"Gold sells for 60 dollars a gram in Hyesan.", []string{"60 USD/g"}},
		{"Herbs sold for 1,000 yuan/ton at the Changbai border with North Korea.", []string{"1000 CNY/tonne"}},
		{"In Sinuiju market, corn costs 2,800 won a jin.", []string{"2800 KPW/jin"}},
		{"The price of the pork rose up to 20,000 won by kilogram in Hesan.", []string{"20000 KPW/kg"}},
		{"At the jangmadang, the corn became 3,000won per 1kg.", []string{"3000 KPW/kg"}},
		{"The Hesan market the price of rice is 6,000 won for 1 kg.", []string{"6000 KPW/kg"}},
		// Qualifiers.
		{"Rice in Hyesan market costs about 6,000 won per kilogram.", []string{"6000 KPW/kg"}},
		{"Corn is around 2,500 won a kilo in Hoeryong market.", []string{"2500 KPW/kg"}},
		{"A kilo of pork went for nearly 20,000 won in Sinuiju market.", []string{"20000 KPW/kg"}},
		{"A used Japanese car sells for over 10,000 dollars in Pyongyang.", []string{"10000 USD"}},
		{"A Chinese television set costs more than 300 yuan in Hyesan market.", []string{"300 CNY"}},
		{"Rice costs under 5,000 won per kilogram in Hyesan market.", []string{"5000 KPW/kg"}},
		{"A ticket across the border can cost up to 1,000 dollars, brokers in Hyesan say.", []string{"1000 USD"}},
		{"To get a passport in Pyongyang costs at least $3,000 in bribes.", []string{"3000 USD"}},
		{"Rice is 7,000-odd won per kilo in Hyesan market.", []string{"7000 KPW/kg"}},
		{"Rice sells for 7,000-plus won in Hyesan market.", []string{"7000 KPW"}},
		// Korean.
		{"혜산 장마당에서 쌀 1kg은 중국돈 5위안에 팔린다.", []string{"5 CNY"}},
		{"평양 시장에서 휘발유 1kg은 2달러에 거래된다.", []string{"2 USD"}},
		{"혜산 시장에서 쌀 1kg당 7천원에 팔리고 있다.", []string{"7000 KPW/kg"}},
		{"양강도 혜산 시장 쌀값은 1kg당 7,500원선이다.", []string{"7500 KPW/kg"}},
		{"신의주 시장에서 돼지고기 1kg은 3만 원 정도다.", []string{"30000 KPW"}},
		{"평양 아파트 한 채는 1억 원을 넘는다고 북한 소식통이 전했다.", []string{"100000000 KPW"}},
		{"혜산에서는 중국돈 500위안을 내면 국경을 넘을 수 있다고 한다.", []string{"500 CNY"}},
		{"혜산 장마당에서 돼지고기 1kg은 북한 돈 8천원이다.", []string{"8000 KPW"}},
		{"혜산 시장에서 돼지 한 마리에 50만 원을 받았다.", []string{"500000 KPW/head"}},
		{"혜산 시장에서 휴대폰 한 대에 300위안을 받았다.", []string{"300 CNY/each"}},
		{"혜산 시장에서 맥주 한 병에 3천원이다.", []string{"3000 KPW/bottle"}},
		{"혜산 시장에서 밀가루 한 포대에 150위안이다.", []string{"150 CNY/sack"}},
		{"브로커 비용은 1인당 1만 달러에 이른다고 혜산 소식통이 전했다.", []string{"10000 USD/person"}},
		{"단속에 걸리면 벌금 100만 원을 내야 한다고 북한 소식통이 말했다.", []string{"1000000 KPW"}},
		{"북한 노동자들의 월급은 15만 원 정도다.", []string{"150000 KPW"}},
		{"북한의 대중 수출액은 1,200만 달러였다.", []string{"12000000 USD"}},
		{"지난해 북중 교역액은 23억 달러로 집계됐다.", []string{"2300000000 USD"}},
		{"혜산 시장에서 쌀 1kg은 6천원, 옥수수 1kg은 2천8백원이다.", []string{"6000 KPW", "2800 KPW"}},
		{"혜산 시장에서 휘발유는 kg당 1만 3천원 안팎이다.", []string{"13000 KPW/kg"}},
		{"북한 시장에서 돼지고기 값은 1kg에 2만원을 넘어섰다.", []string{"20000 KPW/kg"}},
		{"뇌물로 500달러를 줬다고 혜산 소식통이 전했다.", []string{"500 USD"}},
		{"이달 초 평양 시장에서 라면 한 봉지는 3,500원, 생수 한 병은 2,000원, 초코파이 한 개는 2,000원에 팔렸다.", []string{"3500 KPW/bag", "2000 KPW/bottle", "2000 KPW/each"}},
		// Exchange rates.
		{"In Hyesan, a dollar fetches 8,100 won on the market.", []string{"8100 KPW/USD"}},
		{"In Sinuiju one yuan was trading at 2,050 won this week.", []string{"2050 KPW/CNY"}},
		{"The won-yuan rate hit 2,100 in Hyesan markets last week.", []string{"2100 KPW/CNY"}},
		{"The exchange rate in Pyongyang markets stood at 8,200 won per dollar.", []string{"8200 KPW/USD"}},
		{"At Sinuiju markets, one US dollar bought 8,300 won last week.", []string{"8300 KPW/USD"}},
		{"The dollar traded at 8,150 won in Hyesan on Monday.", []string{"8150 KPW/USD"}},
		{"In Hyesan, $1 was worth 8,200 North Korean won.", []string{"8200 KPW/USD"}},
		{"The yuan is now at 1,150 won in Hoeryong markets.", []string{"1150 KPW/CNY"}},
		{"The Chinese yuan traded at 1,100 won to 1,200 won in Sinuiju.", []string{"1100..1200 KPW/CNY"}},
		{"The rate was 1 USD = 8,100 KPW in Pyongyang market.", []string{"8100 KPW/USD"}},
		{"One Chinese yuan equals about 1,150 won in Hoeryong markets.", []string{"1150 KPW/CNY"}},
		{"In Hyesan one dollar exchanges for 8,000 won.", []string{"8000 KPW/USD"}},
		{"The yuan-won exchange rate in Sinuiju reached 1,200 won per yuan.", []string{"1200 KPW/CNY"}},
		{"A source said the exchange rate is 8,000 won for one dollar in Hyesan.", []string{"8000 KPW/USD"}},
		{"One dollar is being exchanged at 8,100 won in Yanggang Province Hesan city.", []string{"8100 KPW/USD"}},
		{"In Hyesan the dollar was trading at 8,100 won to the dollar.", []string{"8100 KPW/USD"}},
		{"In Hyesan, the won traded at 8,100 to the dollar.", []string{"8100 KPW/USD"}},
		{"The won weakened to 8,300 against the dollar in North Korean markets.", []string{"8300 KPW/USD"}},
		{"North Korean markets quoted 8,100 won against the dollar.", []string{"8100 KPW/USD"}},
		{"Exchange rate in Pyongyang: 8,100 won/USD.", []string{"8100 KPW/USD"}},
		{"The dollar hovered around 8,000 won in Hyesan markets.", []string{"8000 KPW/USD"}},
		{"The dollar rate rose to 8,300 won in Pyongyang markets.", []string{"8300 KPW/USD"}},
		{"The yuan rate fell to 1,100 won at Sinuiju markets.", []string{"1100 KPW/CNY"}},
		{"The rate of the yuan was 1,150 won in Hoeryong markets.", []string{"1150 KPW/CNY"}},
		{"The Chinese yuan was selling for 1,150 won in Hoeryong.", []string{"1150 KPW/CNY"}},
		{"1 yuan = 1,150 won in Hoeryong markets this month.", []string{"1150 KPW/CNY"}},
		{"In Hyesan, 1 USD fetched KPW 8,200.", []string{"8200 KPW/USD"}},
		{"혜산 시장에서 1달러는 8,100원에 거래되고 있다.", []string{"8100 KPW/USD"}},
		{"중국 돈 1위안은 북한 돈 1,150원이다.", []string{"1150 KPW/CNY"}},
		{"혜산 시장 달러 환율은 1달러당 8천 2백원까지 올랐다.", []string{"8200 KPW/USD"}},
		{"혜산 시장 위안화 환율은 1위안에 1,100원으로 나타났다.", []string{"1100 KPW/CNY"}},
		{"혜산 시장 환율은 달러당 8천원이다.", []string{"8000 KPW/USD"}},
		{"혜산 시장에서 1달러=8,100원에 거래됐다.", []string{"8100 KPW/USD"}},
		{"혜산 시장 달러 환율 8,100원, 위안화 환율 1,150원으로 조사됐다.", []string{"8100 KPW/USD", "1150 KPW/CNY"}},
		{"북한 시장에서 위안화 환율은 1,150원이다.", []string{"1150 KPW/CNY"}},
		// The report's own conversion is no second price.
		{"A kilogram of pork costs 18,000 won (about $2) in Hyesan market.", []string{"18000 KPW/kg"}},
		{"Each phone sells for 2 million won ($250) in Hoeryong market.", []string{"2000000 KPW"}},
		{"In Hyesan market a kilogram of pork costs 18,000 won ($2.20 at the market rate).", []string{"18000 KPW/kg"}},
		{"Rice costs 6,000 won (US$0.75) per kilogram in Hyesan market.", []string{"6000 KPW/kg"}},
		{"Rice costs 6,000 won (about 75 cents) a kilo in Hyesan market.", []string{"6000 KPW/kg"}},
		{"Pine nuts sell for 300 yuan (about 165,000 won) per kilogram in Hyesan.", []string{"300 CNY/kg"}},
		{"A kilogram of rice costs 6,000 won in Hyesan, about 75 US cents at market rates.", []string{"6000 KPW/kg"}},
		{"The workers in Rason are paid 300,000 won per month, or 30 dollars.", []string{"300000 KPW/month"}},
		{"혜산 시장에서 잣 1kg은 300위안(한화 약 5만 5천원)이다.", []string{"300 CNY"}},
		{"혜산 시장에서 잣 1kg은 300위안(미화 약 42달러)이다.", []string{"300 CNY"}},
		{"혜산 시장에서 휴대폰 한 대는 50만원(약 60달러)이다.", []string{"500000 KPW/each"}},
		{"혜산 시장에서 설탕 1kg은 1만 2천원(약 1.5달러)이다.", []string{"12000 KPW"}},
		// Fees, bribes, fines, wages.
		{"Border guards demand a fee of 500 yuan per crossing in Hyesan.", []string{"500 CNY/crossing"}},
		{"Smugglers pay bribes of $300 to border guards in Hyesan.", []string{"300 USD"}},
		{"Officials in Sinuiju took a bribe of 2,000 yuan from each trader.", []string{"2000 CNY"}},
		{"The smugglers bribed the guards with 2,000 yuan in Hyesan.", []string{"2000 CNY"}},
		{"The smugglers are paying 500 Yuan of bribe money to the border guards.", []string{"500 CNY"}},
		{"He handed over $500 to a border guard in Hyesan.", []string{"500 USD"}},
		{"The bribe for a travel permit in Hyesan is now 50 dollars.", []string{"50 USD"}},
		{"A smuggler in Musan was fined 2 million won for selling Chinese phones.", []string{"2000000 KPW"}},
		{"The fine for carrying a Chinese phone in Hyesan is 500,000 won.", []string{"500000 KPW"}},
		{"Brokers charge 10,000 dollars to arrange a defection from Hyesan.", []string{"10000 USD"}},
		{"Workers at the factory in Sinuiju are paid 150,000 won a month.", []string{"150000 KPW/month"}},
		{"North Korean workers in Russia earn $600 a month, of which most goes to the state.", []string{"600 USD/month"}},
		{"North Korean restaurant workers in Dandong earn 1,500 yuan a month.", []string{"1500 CNY/month"}},
		{"A source in Hyesan said a day's wages are 5,000 won.", []string{"5000 KPW"}},
		{"Brokers in Hyesan take a fee of 30 percent, or about 3,000 yuan, per transfer.", []string{"3000 CNY"}},
		// Trade totals.
		{"North Korea's exports to China were worth $12 million in March.", []string{"12000000 USD"}},
		{"Imports from China totalled $180 million in the first quarter, North Korean trade data show.", []string{"180000000 USD"}},
		{"Bilateral trade between China and North Korea totaled $2.3 billion in 2023.", []string{"2300000000 USD"}},
		{"North Korea's exports to China rose 20% to $300 million in the first half.", []string{"300000000 USD"}},
		{"China's imports from North Korea fell by $50 million to $200 million in 2024.", []string{"200000000 USD"}},
		{"Rice prices in Hyesan rose by 1,000 won to 7,000 won per kilogram.", []string{"7000 KPW/kg"}},
		{"The seized cargo of North Korean coal was valued at $5 million.", []string{"5000000 USD"}},
		{"The exports were valued at 12 million dollars, according to Chinese customs data on North Korea trade.", []string{"12000000 USD"}},
		// Lists, ellipsis and changes.
		{"A North Korean source in Hyesan said rice was 7,000 won per kg and corn 3,000 won.", []string{"7000 KPW/kg", "3000 KPW"}},
		{"Fuel prices in Hyesan: diesel 12,000 won, gasoline 13,500 won.", []string{"12000 KPW", "13500 KPW"}},
		{"The price of rice in Hyesan was 6,000 won, up from 5,000 won a month ago.", []string{"6000 KPW", "5000 KPW"}},
		{"Pork went from 15,000 won to 18,000 won per kilogram in Hyesan.", []string{"15000 KPW", "18000 KPW/kg"}},
		{"A kilo of rice costs 7,000 won in Hyesan, while a kilo of corn costs 3,000.", []string{"7000 KPW/kg", "3000 KPW/kg"}},
		{"Last year a boatman in Hyesan paid 300 yuan a trip; now it is 500.", []string{"300 CNY/trip", "500 CNY"}},
		{"\"A kilo of the Thai sugar goes for 11,000 won in Pyongsong, and Chinese sugar is 12,500,\" the source said.", []string{"11000 KPW/kg", "12500 KPW"}},
		{"The price of corn went from 2,500 won to 3,000 in Hyesan market.", []string{"2500 KPW", "3000 KPW"}},
		{"Rice went up to 7,000 won in Hyesan, compared with 6,500 a month earlier.", []string{"7000 KPW", "6500 KPW"}},
		{"Hyesan traders sell rice at 6,000 won per kilogram, up 500 won from last week.", []string{"6000 KPW/kg"}},
		{"Rice prices in Hyesan dropped 500 won over the week.", nil},
		{"혜산 시장 쌀값은 지난주보다 500원 오른 7천원이다.", []string{"7000 KPW"}},
		{"혜산 시장 쌀값은 1kg에 7천원으로, 한 달 전보다 1천원 가까이 올랐다.", []string{"7000 KPW/kg"}},
		{"혜산 시장에서 양수기 값은 100위안 가까이 올랐다.", nil},
		{"혜산 장마당에서 쌀값이 1천원 이상 올랐다.", nil},
		{"혜산 장마당에서 돼지고기 1kg 값이 2천원 넘게 뛰었다.", nil},
		{"North Korea's hackers stole $1.5 billion, but coal still sold for $90 a tonne.", []string{"90 USD/tonne"}},
		{"The source said the guards were stealing food, because rice is selling at 7,000 won in Hyesan market.", []string{"7000 KPW"}},
		// Machine translation.
		{"Rice of 1kg is 6,000 won in Hesan jangmadang.", []string{"6000 KPW/kg"}},
		{"The pork is traded at 18000won in the Hesan jangmadang.", []string{"18000 KPW"}},
		{"With 300Yuan one can buy a Chinese mobile phone in Hesan.", []string{"300 CNY"}},
		{"The diesel is sold at 1kg 12,000won in Hesan.", []string{"12000 KPW"}},
		{"Pork is now 20.000 won per kilo in Hyesan, the MT source said.", []string{"20000 KPW/kg"}},
		{"In Hyesan market, rice was 6.500 won per kg.", []string{"6500 KPW/kg"}},
		{"Wigs and false eyelashes made up $31 million of North Korea's exports to China.", []string{"31000000 USD"}},
		{"A driver in Chongjin puts down 1.6 million won as a deposit.", []string{"1600000 KPW"}},
		{"Each courier pays Air Koryo 8 dollars for every extra kilogram out of Vladivostok.", []string{"8 USD"}},
		{"북한 기관이 쳐주는 값은 1kg에 3만원인 반면 밀수꾼들은 5만 2천원을 준다.", []string{"30000 KPW/kg", "52000 KPW"}},
		{"A company in Chongjin bought frozen pork from a Chinese wholesaler at 22 yuan per 1kg.", []string{"22 CNY/kg"}},
		{"In Pyongyang a Midea refrigerator with a freezer drawer is $380.", []string{"380 USD"}},
		{"In Chosan County ginseng hunters get maybe 60,000 won for a root from the state station.", []string{"60000 KPW"}},
		{"He paid a 500-yuan fine to the Hyesan security office.", []string{"500 CNY"}},
		{"Rice costs 6,000 won (approx. US$0.70) in Hyesan market.", []string{"6000 KPW"}},
		{"A month's wage is about 250,000 won (about $30 at the market rate of 8,300 won to the dollar) in Hyesan.", []string{"250000 KPW", "8300 KPW/USD"}},
		{"Rice costs 6,000 won in Hyesan, the equivalent of about 75 cents.", []string{"6000 KPW"}},
		{"Noodles sell for 50 cents a packet in Rason market.", []string{"0.5 USD/packet"}},
		{"Rice costs a dollar in Dandong and 8,000 won in Hyesan market.", []string{"8000 KPW/"}},
		{"The dollar store in Hyesan market sells soap at 6,000 won.", []string{"6000 KPW/"}},
		{"Rice costs 6,000 won in Hyesan, where the population is 5,000.", []string{"6000 KPW"}},
		{"Rice costs 6,000 won in Hyesan market, and the town is 2,000 metres above the sea.", []string{"6000 KPW"}},
		{"Smugglers in Hyesan paid 2,000 yuan to 30 families.", []string{"2000 CNY"}},
		{"Traders sold 30 tonnes of rice at 6,000 won a kilo in Hyesan, up from 5,000 last month.", []string{"6000 KPW/kg", "5000 KPW"}},
		// Not prices.
		{"In the 1990s won notes were worthless in North Korean markets.", nil},
		{"A cargo of that size would sell for roughly 400,000 US dollars, officials in Seoul said of the North Korean oil.", nil},
		{"Traders in Hyesan market expect a 1,000-won increase after the holiday.", nil},
		{"Chinese rice is 500 won a kilo more expensive than Russian rice in Hyesan market.", nil},
		{"Chinese rice sells 300 won cheaper in Hyesan market this week.", nil},
		{"In 2024 the price of rice in Hyesan rose sharply.", nil},
		{"In 2019 won prices doubled in North Korean markets.", nil},
		{"For details call 02-2100-5000 or write to the Ministry of Unification.", nil},
		{"The trucks drove 1,400 kilometres from Dandong to Pyongyang.", nil},
		{"Prices of rice in Hyesan market rose 30 percent last month.", nil},
		{"UN Security Council Resolution 2397 caps refined petroleum imports to North Korea.", nil},
		{"The KN-23 missile flew 600 km on March 15.", nil},
		{"The 52-year-old trader in Hyesan was arrested on March 15.", nil},
		{"Updated 2025.03.31 09:12", nil},
		{"Traders in Hyesan market hold 5,000-won notes.", nil},
		{"A 5,000-won bill buys little in Hyesan market.", nil},
		{"An iPhone 15 costs 9,000 yuan in Hyesan.", []string{"9000 CNY"}},
		{"The Galaxy S24 sells for 6,000 yuan in Hoeryong market.", []string{"6000 CNY"}},
		{"A Toyota Land Cruiser 200 fetches $60,000 in Pyongyang.", []string{"60000 USD"}},
		{"2024년 3월 15일 혜산에서 쌀값이 올랐다.", nil},
		{"혜산에서 신의주까지는 400km가 넘는다.", nil},
		{"혜산 시장 쌀값이 30% 올랐다.", nil},
		{"유엔 안보리 결의 2397호는 정유 제품 수입을 제한한다.", nil},
		{"Rice in Hyesan cost 6,000 won at 9:30 a.m. on March 5, 2025, the 3rd such report.", []string{"6000 KPW"}},
		// Korean figures written with a space inside the thousands.
		{"혜산 장마당에서 중국산 솥 하나가 4천 300위안에 팔린다.", []string{"4300 CNY"}},
		{"회령에서 라면 한 박스는 2만 6천 500원이다.", []string{"26500 KPW"}},
		{"나선에서는 휘발유 1kg에 1천 850루블을 받는다.", []string{"1850 RUB/kg"}},
		{"신의주 환율은 1위안에 2천 140원으로 올랐다.", []string{"2140 KPW/CNY"}},
		{"청진 시장에서 1달러에 3만 2천 200원에 바꿔 준다.", []string{"32200 KPW/USD"}},
		{"2023년 3천 명이 넘는 상인이 장마당에 나왔다.", nil},
		// Korean spans with the currency on both ends.
		{"중고 노트북이 평양에서 180달러에서 230달러까지 나간다.", []string{"180..230 USD"}},
		{"중국 업자는 톤당 7천 위안에서 8천 위안을 쳐 준다.", []string{"7000..8000 CNY/tonne"}},
		{"혜산에서 쌀 1kg이 6천원에서 7천 200원까지 올랐다.", []string{"6000 KPW", "7200 KPW"}},
		// Markups and gaps: the difference to another price is no price.
		{"In Chongjin the same radio fetches some 15 dollars more.", nil},
		{"Resellers in Sariwon ask roughly 2,000 won more per bag.", nil},
		{"A Russian-made drill costs 300 yuan less in Rason than in Hyesan.", nil},
		{"Over the river the cigarettes go for about 5 yuan extra.", nil},
		{"청진 상인들은 한 켤레에 3천원씩 더 얹어 판다.", nil},
		{"러시아산 밀가루는 1kg에 800원 더 비싸다.", nil},
		{"A charger means paying 60 yuan more for the phone in Hyesan.", []string{"60 CNY"}},
		{"충전기를 따로 사려면 60위안을 더 내야 한다.", []string{"60 CNY"}},
		{"A sack of flour in Hoeryong is 90 yuan, more or less.", []string{"90 CNY"}},
		// Shares written in money: "N in every M" is a proportion.
		{"Seafood sales abroad came to 90 million dollars, or three dollars in every five the state earned from exports.", []string{"90000000 USD"}},
		{"Of the remittances, 40 yuan out of every 100 went to bribes in Hyesan.", nil},
		{"Dried squid sells for 12 dollars in every market along the border.", []string{"12 USD"}},
		// A not-trade word inside the name of a body says nothing of the sum.
		{"A unit of the Ministry of External Economic Relations sells the gravel at 5 dollars a tonne.", []string{"5 USD/tonne"}},
		{"The Korea Economic Institute put the North's GDP at $25 billion.", nil},
		{"Military spending hit $4 billion, the Defence Ministry said.", nil},
		// What one unit "could fetch" is a price; a supposed total is not.
		{"One bottle of the Scotch bought for $30 in Dandong could fetch $90 in Pyongyang.", []string{"30 USD", "90 USD"}},
		{"A cargo like that could fetch $3 million on the black market.", nil},
		// A sum worked out from a rate or another currency is no new price.
		{"Porters at Hyesan market earn 12,000 won a shift, which at 2,000 won to the yuan comes to about 6 yuan.", []string{"12000 KPW", "2000 KPW/CNY"}},
		{"Exports to China came to $150 million, while imports came to $2 billion.", []string{"150000000 USD", "2000000000 USD"}},
		{"혜산 장마당에서 1달러는 2만원에 거래되니, 휴대폰 한 대가 600만원을 넘는 셈이다.", []string{"20000 KPW/USD"}},
		{"혜산 장마당에서 휴대폰 한 대가 600만원에 팔린다.", []string{"6000000 KPW"}},
		// A Korean range "X에서 Y" closed by a comma, 에 or 정도; not a change "X에서 Y으로".
		{"혜산 장마당에서 태양광판은 한 장에 300위안에서 350위안, 배터리는 200위안에 팔린다.", []string{"300..350 CNY", "200 CNY"}},
		{"혜산 장마당에서 태양광판은 300위안에서 350위안 정도에 팔린다.", []string{"300..350 CNY"}},
		{"혜산 장마당에서 태양광판 값이 300위안에서 350위안으로 올랐다.", []string{"300 CNY", "350 CNY"}},
	}
	checkAnalyst(t, tests, "/", analystPrices)
}

func TestAnalystQuantities(t *testing.T) {
	tests := analystCases{
		{"About 30 tonnes of copper were smuggled from Hyesan to Changbai last month.", []string{"30..30 tonnes"}},
		{"Customs officers in Dandong seized 12 containers of North Korean seafood.", []string{"12..12 containers"}},
		{"Smugglers carried 40 sacks of rice across the frozen Yalu.", []string{"40..40 sacks"}},
		{"A Russian ship delivered 300 head of cattle to Rajin.", []string{"300..300 head"}},
		{"Dozens of trucks loaded with flour crossed the bridge at Sinuiju.", []string{"24..99"}},
		{"Hundreds of smugglers were arrested in Hyesan during the crackdown.", []string{"100..999"}},
		{"Several shipments of Chinese fertilizer reached Nampo in May.", []string{"3..9 shipments"}},
		{"A few traders still bring Chinese phones across the river.", []string{"2..5"}},
		{"Thousands of tonnes of coal were shipped to Longkou.", []string{"1000..9999 tonnes"}},
		{"Tens of thousands of tonnes of coal went to China.", []string{"10000..99999 tonnes"}},
		{"More than 200 trucks crossed the Sino-Korean Friendship Bridge on Monday.", []string{"200..open"}},
		{"Fewer than 100 workers remain at the site in Vladivostok.", []string{"0..99"}},
		{"Less than 50 trucks crossed at Sinuiju in May.", []string{"0..49"}},
		{"Between 50 and 60 containers of cigarettes arrived at Nampo.", []string{"50..60 containers"}},
		{"The vessel unloaded 2,000-3,000 tonnes of anthracite at Lianyungang.", []string{"2000..3000 tonnes"}},
		{"The barges carried 20 to 30 tonnes of sand each to Zhoushan.", []string{"20..30 tonnes"}},
		{"Around 1,500 North Korean workers were sent to Russia this year.", []string{"1500..1500"}},
		{"Up to 30 boats cross the river each night, a source in Hyesan said.", []string{"0..30"}},
		{"Nearly 5,000 tonnes of fuel were transferred at sea.", []string{"5000..5000 tonnes"}},
		{"At least 15 tankers delivered refined oil to Nampo.", []string{"15..open"}},
		{"Some 800 tonnes of rice arrived in Chongjin by rail.", []string{"800..800 tonnes"}},
		{"Over 1,000 barrels of diesel were moved across the border.", []string{"1000..open barrels"}},
		{"As many as 50 trucks crossed the bridge into Sinuiju on Tuesday.", []string{"0..50"}},
		{"No fewer than 40 vessels were seen loading coal at Nampo.", []string{"40..open"}},
		{"Upwards of 300 workers were sent to Vladivostok.", []string{"300..open"}},
		{"The crackdown netted 25 kilograms of methamphetamine in Hamhung.", []string{"25..25 kg"}},
		{"Police seized 3.5 kg of gold from a smuggler in Hyesan.", []string{"3.5..3.5 kg"}},
		{"Three trucks carrying copper were stopped at Manpo.", []string{"3..3"}},
		{"Two smugglers were caught with 50 phones in Hoeryong.", []string{"2..2", "50..50"}},
		{"The company imported 150 used cars from Japan via Vladivostok.", []string{"150..150"}},
		{"A train of 20 wagons carried fertilizer from Dandong to Sinuiju.", []string{"20..20 wagons"}},
		{"The tanker carried 8,000 barrels of diesel to Nampo.", []string{"8000..8000 barrels"}},
		{"Customs data show China exported 1.2 million tonnes of fertilizer to North Korea.", []string{"1200000..1200000 tonnes"}},
		{"The trucks carried some 2,000 tons of cement to Sinuiju.", []string{"2000..2000 tonnes"}},
		{"Some 40 fishing boats were seen off Rason.", []string{"40..40"}},
		{"Dozens of Chinese fishing boats operate off Rason.", []string{"24..99"}},
		{"Two or three cars a week are smuggled in through Nampo.", []string{"2..3"}},
		{"The ship carried 5,000 tons of coal and 200 tons of iron ore.", []string{"5000..5000 tonnes", "200..200 tonnes"}},
		{"The smuggler carried 30 kilos of herbs and 5 kilos of gold.", []string{"30..30 kg", "5..5 kg"}},
		{"At least 8 vessels transferred oil near Zhoushan.", []string{"8..open"}},
		{"The border guards confiscated about 2,000 cartons of cigarettes.", []string{"2000..2000 cartons"}},
		{"Over a dozen trucks crossed the bridge at Tumen.", []string{"12..open"}},
		{"A dozen trucks crossed the bridge at Tumen.", []string{"12..12"}},
		{"Two dozen trucks crossed the bridge at Tumen.", []string{"24..24"}},
		{"Half a dozen boats left Sinuiju with copper.", []string{"6..6"}},
		{"A handful of traders still cross at Hyesan.", []string{"2..5"}},
		{"Scores of smugglers were caught near Hyesan.", []string{"40..99"}},
		{"Several dozen cases of liquor were seized in Sinuiju.", []string{"24..99 cases"}},
		{"A few hundred tonnes of rice reached Chongjin.", []string{"200..500 tonnes"}},
		{"Several thousand tonnes of coal left Nampo.", []string{"3000..9000 tonnes"}},
		{"The smugglers moved 30-odd trucks of copper to Jian.", []string{"30..open"}},
		{"Customs in Dandong cleared 3,000-plus tonnes of flour for North Korea.", []string{"3000..open tonnes"}},
		{"The tanker offloaded 3,000t of diesel at Nampo.", []string{"3000..3000 tonnes"}},
		{"The panel identified 32 ship-to-ship transfers of oil to North Korea.", []string{"32..32"}},
		{"Authorities arrested 11 people for smuggling copper.", []string{"11..11"}},
		{"The truck drivers delivered 60 tonnes of flour to Sinuiju.", []string{"60..60 tonnes"}},
		{"He sold 2 tonnes of copper for 30,000 yuan.", []string{"2..2 tonnes"}},
		{"Five North Korean ships docked at Vostochny.", []string{"5..5"}},
		{"The containers held 800 boxes of Chinese cigarettes.", []string{"800..800 boxes"}},
		{"An estimated 10,000 North Korean workers remain in Russia.", []string{"10000..10000"}},
		{"The traders bought 500 jin of corn in Hyesan.", []string{"500..500 jin"}},
		{"Smugglers carried 40 sacks of rice, each weighing 50 kg, for 200 yuan a sack.", []string{"40..40 sacks"}},
		{"The buyer paid 30,000 yuan for 2 tonnes of copper in Hyesan.", []string{"2..2 tonnes"}},
		{"휴대폰 1대에 300위안씩 받고 넘겼다고 혜산 소식통이 말했다.", nil},
		// Korean.
		{"수십 대의 트럭이 신의주로 넘어갔다.", []string{"24..99"}},
		{"수백 명의 노동자가 러시아로 파견됐다.", []string{"100..999"}},
		{"수천 톤의 석탄이 남포에서 선적됐다.", []string{"1000..9999 tonnes"}},
		{"여러 척의 배가 남포항에 들어와 석탄을 실었다.", []string{"3..9"}},
		{"화물차 120여 대가 세관을 통과했다.", []string{"120..open"}},
		{"석탄 3만 톤이 남포항에서 선적됐다.", []string{"30000..30000 tonnes"}},
		{"밀수꾼 3명이 구리 20kg을 가지고 있다 체포됐다.", []string{"3..3", "20..20 kg"}},
		{"쌀 50포대가 강을 건너 혜산으로 밀수됐다.", []string{"50..50 sacks"}},
		{"소 200마리가 라진항으로 들어왔다.", []string{"200..200 head"}},
		{"휴대폰 300대가 압수됐다.", []string{"300..300"}},
		{"컨테이너 15개가 단둥에서 넘어왔다.", []string{"15..15"}},
		{"약 30톤의 구리가 밀반출됐다.", []string{"30..30 tonnes"}},
		{"100명이 넘는 노동자가 파견됐다.", []string{"100..open"}},
		{"트럭 50대 이상이 국경을 넘어 화물을 실어 날랐다.", []string{"50..open"}},
		{"밀가루 1천 톤이 나선으로 들어왔다.", []string{"1000..1000 tonnes"}},
		{"석탄 1천여 톤이 남포에서 실렸다.", []string{"1000..open tonnes"}},
		{"배 두세 척이 밤마다 구리를 싣고 떠난다.", []string{"2..3"}},
		{"트럭 서너 대가 세관을 통과했다.", []string{"3..4"}},
		{"어선 10여 척이 라선 앞바다에서 조업했다.", []string{"10..open"}},
		{"트럭 30~40대가 매일 신의주 세관을 통과한다.", []string{"30..40"}},
		{"구리 20~30톤이 밀반출됐다.", []string{"20..30 tonnes"}},
		{"석탄 50톤가량이 넘어갔다.", []string{"50..50 tonnes"}},
		{"화차 20량이 단둥에서 들어왔다.", []string{"20..20 wagons"}},
		{"밀수꾼들은 담배 1천 보루를 넘겼다.", []string{"1000..1000 cartons"}},
		{"The dealer brought 125 motorcycles to Sinuiju last month.", []string{"125..125"}},
		{"Two people were arrested in Hyesan for smuggling coal.", []string{"2..2"}},
		{"Two shipments of coal left Nampo for Longkou.", []string{"2..2 shipments"}},
		{"Seven occasions of coal shipments from Wonsan reached Pohang.", []string{"7..7"}},
		{"The workshop in Hyesan employs about 300 women, up from roughly 120 in January.", []string{"300..300", "120..120"}},
		{"Each farm was promised 120 tonnes of urea, but most got about 70.", []string{"120..120 tonnes", "70..70 tonnes"}},
		{"Some 1,200 North Korean workers entered Russia on student visas, up from fewer than 100 in 2022.", []string{"1200..1200", "0..99"}},
		{"Electric scooters come in from Linjiang; more than 300 of them made the trip in February.", []string{"300..open"}},
		{"Each crossing at Hoeryong carries 10 to 15 of them, wrapped in plastic.", []string{"10..15"}},
		{"Traders sold 30 tonnes of rice at 6,000 won a kilo in Hyesan, up from 5,000 last month.", []string{"30..30 tonnes"}},
		{"Two of them said the guards in Hyesan took bribes.", nil},
		// A load per carrier or per trip is goods moved.
		{"The boats leave Rajin at dusk, each carrying 4 to 5 tonnes of crab in ice.", []string{"4..5 tonnes"}},
		{"Trucks cross at Namyang twice a day, each with 30 tonnes of sugar.", []string{"30..30 tonnes"}},
		{"Couriers bring laptops back from Dandong, typically three or four each.", []string{"3..4"}},
		{"Near Musan the porters carry 12 each.", []string{"12..12"}},
		{"Then four of us haul the sacks over the ice.", []string{"4..4"}},
		{"The smugglers packed 400 cases, each carrying 20 bottles of liquor.", []string{"400..400 cases"}},
		{"Dealers in Dandong bought 60 crates, each holding about 24 jars of honey.", []string{"60..60 crates"}},
		{"Guards at Tumangang counted 25 wagons on Friday, each holding some 55 tonnes of ore.", []string{"25..25 wagons", "55..55 tonnes"}},
		{"Customs in Hunchun found 300 sacks, each weighing about 25 kg.", []string{"300..300 sacks"}},
		{"The cartons went for 20 each at the Sinuiju market.", nil},
		{"At Hyesan both teams fielded players, 11 each.", nil},
		// A convoy or a train counted by its vehicles.
		{"A 36-wagon train took the potash from Khasan to Rajin.", []string{"36..36 wagons"}},
		{"The 18-truck convoy crossed the Tumen bridge at Wonjong.", []string{"18..18 trucks"}},
		{"Diesel came in a 200-litre drum on each cart.", nil},
		{"The ore was loaded onto a 6,000-tonne bulk carrier at Nampo.", nil},
		// A ship's size is no cargo.
		{"The coal left Songnim aboard a battered coaster of some 1,500 tonnes.", nil},
		{"A bulk carrier of about 9,000 tonnes took the ore to Lianyungang.", nil},
		{"A barge of 700 tonnes of sand was towed to Dandong.", []string{"700..700 tonnes"}},
		// An allowance or a ration per person is no trade.
		{"Border guards allow three cartons of cigarettes per person.", nil},
		{"Households were allotted 4 kg of maize a family in Hamhung.", nil},
		{"Travellers may take two bottles of liquor per passenger across at Sinuiju.", nil},
		{"The couriers took 15 kg a head across the river at Hyesan.", []string{"15..15 kg"}},
		// Korean: times of shipping are shipments; other times are not.
		{"무연탄은 지난달에만 두 차례 실어 보냈다.", []string{"2..2 shipments"}},
		{"밀가루는 한 달에 서너 차례씩 들어온다.", []string{"3..4 shipments"}},
		{"올해 들어 화물선이 다섯 번 들어왔다.", []string{"5..5 shipments"}},
		{"보안원들은 올해 세 차례 단속을 벌였다.", nil},
		{"그는 밀수로 두 번 붙잡혔다.", nil},
		// Not quantities.
		{"A new 125cc machine sells for 5,800 yuan in Sinuiju.", nil},
		{"Two people familiar with the matter said the ship carried North Korean coal to Haiphong.", nil},
		{"Two officials with knowledge of the cargo said it was loaded at Nampo.", nil},
		{"Chinese traders made several proposals to the Sinuiju trading company.", nil},
		{"The assembly approved two candidates in each district of Pyongyang.", nil},
		{"The buyer paid for the excavators in several installments through a Dalian bank.", nil},
		{"The workshop in Manpo runs two shifts to process the wigs.", nil},
		{"In 2024, traders in Hyesan bought Chinese goods.", nil},
		{"The river is 1,400 kilometres long.", nil},
		{"Exports rose 30 percent in March.", nil},
		{"The 30-year-old smuggler was arrested on March 15.", nil},
		{"He spent 10 years in prison for smuggling.", nil},
		{"Updated 2025.03.31 09:12", nil},
		{"The KN-23 missile was launched from Pyongyang.", nil},
		{"Rice sold for 300 yuan per 50-kg sack in Hyesan.", nil},
		{"It takes 3 hours to cross the river near Hyesan.", nil},
		{"Rice costs 6,000 won (about 75 cents) a kilo in Hyesan market.", nil},
		{"An iPhone 15 costs 9,000 yuan in Hyesan.", nil},
		{"For details call 02-2100-5000 or write to the Ministry of Unification.", nil},
		{"UN Security Council Resolution 2397 was adopted in December 2017.", nil},
		{"The 1,400-kilometre border runs along the Yalu and Tumen.", nil},
		{"Nearly half of the cargo was seized.", nil},
		{"2024년 3월 15일 혜산에서 쌀값이 올랐다.", nil},
		{"혜산에서 신의주까지는 400km가 넘는다.", nil},
	}
	checkAnalyst(t, tests, " ", analystQuantities)
}
