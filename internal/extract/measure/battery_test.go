package measure

import (
	"testing"
	"time"
)

// batteryPub is the publication date the battery sentences are read at.
var batteryPub = time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)

// TestPriceBattery holds sentences written for the classes of money that
// are and are not prices under the corpus guidelines. Each want is
// "amount[..max] CUR".
func TestPriceBattery(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Not prices.
		{"percent then price", "Rice prices in Hyesan rose 4 percent to 5,800 won per kilogram.", []string{"5800 KPW"}},
		{"change by", "The yuan climbed by 300 won in a week at Sinuiju markets.", nil},
		{"change by per kg", "Prices rose by 2,000 won per kilogram in Hyesan market.", nil},
		{"change then new price", "The dollar rose 1,200 won to 18,000 won in the North Korean market.", []string{"18000 KPW"}},
		{"change to per kg", "Rice rose 1,000 won to 7,000 won per kg in Hyesan market.", []string{"7000 KPW"}},
		{"a rise of", "Hyesan market saw a rise of 500 won in the price of rice.", nil},
		{"up from", "Prices in Hyesan market are up 700 won from last week.", nil},
		{"more than before", "Corn in Hyesan market costs 300 won more than last month.", nil},
		{"gdp", "North Korea's GDP was estimated at $18 billion last year.", nil},
		{"economy", "North Korea's economy grew by 3.1 percent to $30 billion, the central bank said.", nil},
		{"theft", "A hacker group stole $600 million in Ethereum.", nil},
		{"crypto theft", "Pyongyang stole $1.5 billion in cryptocurrency, according to the FBI.", nil},
		{"reward", "The United States offered a reward of up to $5 million for information.", nil},
		{"conversion or about", "A kilogram of pork sells for 18,000 won, or about $4, at Hyesan market.", []string{"18000 KPW"}},
		{"conversion roughly", "A kilogram of pork sells for 18,000 won, roughly $4 at market rates, in Hyesan.", []string{"18000 KPW"}},
		{"conversion dashes", "A kilogram of pork sells for 18,000 won — about 4 USD — in Hyesan market.", []string{"18000 KPW"}},
		{"conversion parens", "The spy glasses cost 800 yuan each (approximately $110 USD).", []string{"800 CNY"}},
		{"conversion to south won", "Pork sold for 18,000 won (about 2,000 South Korean won) in Hyesan market.", []string{"18000 KPW"}},
		{"conversion 한화", "혜산 장마당에서 돼지고기 1kg은 1만 8천원(한화 약 2천원)이다.", []string{"18000 KPW"}},
		{"rate across currencies", "The rate was 1 USD to 18,000 KPW in Hyesan market.", []string{"18000 KPW"}},
		{"rate symbol", "$1 to 18,000 won in Hyesan market.", []string{"18000 KPW"}},
		{"ko change", "혜산 장마당 쌀값은 지난달보다 500원 올랐다.", nil},
		{"ko change after new price", "혜산 장마당 쌀 1kg 가격은 7천원으로 1천원 가량 올랐다.", []string{"7000 KPW"}},
		{"ko change list", "평성시장에서 쌀은 500원, 옥수수는 200원가량 오른 것이다.", nil},
		{"ko change 상승", "혜산 시장 휘발유 1kg 가격은 1만 2천 원으로 전주보다 3천원 상승했다.", []string{"12000 KPW"}},
		// Prices.
		{"ko up to", "혜산 장마당 돼지고기 1kg은 2만원까지 올랐다.", []string{"20000 KPW"}},
		{"trade total", "North Korea's trade with China totaled $2.3 billion last year.", []string{"2.3e+09 USD"}},
		{"fine", "He was fined 500,000 won for selling Chinese phones in the North Korean market.", []string{"500000 KPW"}},
		{"bribe", "A bribe of 500 dollars let the trucks through Sinuiju.", []string{"500 USD"}},
		{"wage", "Workers in Vladivostok earn $800 a month, of which the state takes $500.", []string{"800 USD", "500 USD"}},
		{"from to", "Rice prices in Hyesan market rose from 5,000 won to 6,000 won.", []string{"5000 KPW", "6000 KPW"}},
		{"range", "Rice costs 5,000 to 6,000 won per kg in Hyesan market.", []string{"5000..6000 KPW"}},
		{"earlier price with ago", "One dollar fetched 18,000 won in Hyesan market, up from 8,000 won a year ago.", []string{"18000 KPW", "8000 KPW"}},
		{"per 70 kg", "In Hyesan market rice sold for 300 yuan per 70 kg sack.", []string{"300 CNY"}},
		{"a kilogram", "Diesel sold for 13,000 won a kilogram in Sinuiju market.", []string{"13000 KPW"}},
		{"nearly", "Corn sold at nearly 3,000 won per kilogram in Hyesan market.", []string{"3000 KPW"}},
		{"ko 만원", "혜산 장마당에서 돼지고기 1kg당 16만원에 팔렸다.", []string{"160000 KPW"}},
		{"ko 천 위안", "담배 한 상자에 3천 위안을 받았다.", []string{"3000 CNY"}},
		{"ko 만 천", "혜산 시장에서 휘발유 1kg은 1만 2천 원이다.", []string{"12000 KPW"}},
		{"ko exchange rate", "평양 시장에서 달러 환율은 1달러에 1만 8천원까지 올랐다.", []string{"18000 KPW"}},
		{"banknote", "Traders in Hyesan market hoard 5,000 won notes.", nil},
		{"ko banknote", "북한 시장에서 5천원권 지폐가 부족하다.", nil},
		{"billions written apart", "North Korea earned US$4 bn from exports of coal to China.", []string{"4e+09 USD"}},
		{"ko 억 달러", "북한 대외무역 규모가 4억 달러였다.", []string{"4e+08 USD"}},
		{"rate with codes", "In Hyesan market USD 1 = KPW 18,000 on Monday.", []string{"18000 KPW"}},
		{"ko 달러당", "혜산 시장에서 환율은 달러당 8천원, 위안당 1,100원이다.", []string{"8000 KPW", "1100 KPW"}},
		{"ko 1달러당", "혜산 시장에서 환율은 1달러당 1만 8천원이다.", []string{"18000 KPW"}},
		{"fee per person", "Smugglers paid a fee of 300 yuan per person to border guards.", []string{"300 CNY"}},
		{"percent jump then price", "Rice prices jumped 20% to 7,000 won in Hyesan market.", []string{"7000 KPW"}},
		{"north korean city, no market word", "A company in Kaesong buys ginseng roots at 90,000 won per kilogram.", []string{"90000 KPW"}},
		// Conversions into a currency other than dollars, and sentences that only convert.
		{"conversion or roubles", "A used truck costs about 30,000 dollars, or roughly 3 million roubles across the border.", []string{"30000 USD"}},
		{"conversion which is yuan", "Brokers in Hyesan market take 900,000 won, which is about 450 yuan, per phone.", []string{"900000 KPW"}},
		{"equivalence sentence", "Pine nuts sell for 60 yuan a kilo in Hyesan. Put in local money, 60 yuan is roughly 33,000 won.", []string{"60 CNY"}},
		{"equivalence then unit kept", "Sugar in Hyesan market: 40 yuan is 22,000 won a kilo.", []string{"40 CNY", "22000 KPW"}},
		{"ko converted clause", "인삼은 1kg에 300위안에 팔렸다. 북한 돈으로 환산하면 인삼 1kg이 16만 원이 넘는 셈이다.", []string{"300 CNY"}},
		{"ko stated in won kept", "솜옷은 한 벌에 50위안이고 쌀은 북한 돈으로 1kg에 6천원이다.", []string{"50 CNY", "6000 KPW"}},
		{"won with a south korean rate", "North Korean anthracite worth 2.6 billion won (US$2 million) was landed at Pohang.", []string{"2.6e+09 KRW"}},
		{"won with a north korean rate", "In Hyesan market a kilo of pork fetched 40,000 won (about $2).", []string{"40000 KPW"}},
		// A capitalised place before a grouped figure is not a name.
		{"place before amount", "The firm pays officers in Manpo 3,000 yuan for each truck.", []string{"3000 CNY"}},
	}
	checkScan(t, "prices", tests, priceSpans)
}

// TestQuantityBattery: counts the guidelines exclude and those they keep.
// Each want is "min..max unit", max "open" when open-ended.
func TestQuantityBattery(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"population", "The province has a population of 700,000 people.", nil},
		{"crowd", "About 200 people attended the meeting in Pyongyang.", nil},
		{"width", "The river is 200 meters wide at Hyesan.", nil},
		{"area", "The typhoon destroyed 1,000 houses and 300 hectares of farmland.", nil},
		{"troops", "More than 1,000 soldiers were mobilised to guard the border.", nil},
		{"famine deaths", "The 1990s famine killed hundreds of thousands of people.", nil},
		{"missiles fired", "North Korea fired two ballistic missiles into the sea.", nil},
		{"defectors", "Some 30 North Koreans defected last year.", nil},
		{"gathering", "Hundreds of North Koreans gathered in Kim Il Sung Square.", nil},
		{"leaders", "Kim met 5 foreign leaders.", nil},
		{"national population", "North Korea has some 25 million people.", nil},
		{"ship size", "A ship of 5,000 tonnes docked at Nampo.", nil},
		{"ship size apposition", "The ship, 2,000 tonnes in size, carried 3,000 tonnes of coal.", []string{"3000..3000 tonnes"}},
		{"pack size", "The price per 70 kg sack was 300 yuan.", nil},
		{"pack size ko", "중국 상인들이 넘기는 값은 50kg 한 포대에 180위안 정도다.", nil},
		{"ko crowd", "수백 명이 광장에 모였다.", nil},
		{"model number", "The KN-23 missile was launched at 5:30 a.m.", nil},
		{"resolution", "UN Security Council Resolution 2397 bans the export of coal.", nil},
		{"age", "The 45-year-old trader was arrested.", nil},
		{"duration", "He spent 10 years in a labour camp.", nil},
		{"one of", "Hyesan is one of the busiest markets.", nil},
		{"cases of an offence", "Police recorded five cases of smuggling in Hyesan.", nil},
		{"violations", "The panel documented 30 violations of sanctions.", nil},
		{"tests", "North Korea carried out 6 nuclear tests.", nil},
		{"generations", "Three generations of the Kim family ruled.", nil},
		{"nights", "The delegation stayed five nights in Rason.", nil},
		{"finishing places", "Local women took the first three places in the race.", nil},
		{"companies", "Two Chinese companies shipped the coal.", nil},
		{"committee number", "The UN's 1718 Committee met to discuss the panel report.", nil},
		{"date-named team", "A runner from the April 25 Sports Team won the race.", nil},
		{"runners", "Hundreds of foreign runners joined the race in Pyongyang.", nil},
		{"one kilogram rate", "Traders pay 40 yuan for 1 kg of dried fern.", nil},
		{"ko one kilogram rate", "버섯 1kg을 캐 올 때마다 쌀 1kg을 준다.", nil},
		{"ration per customer", "Shops were told not to sell more than 5 kilograms to any one buyer.", nil},
		{"ko pack size 짜리", "상인들은 40kg짜리 자루 하나를 80달러에 샀다.", nil},
		// Pack contents and unit sizes inside a price (English, Korean, machine-translated).
		{"box of capsules in price", "A box of 20 antibiotic tablets costs 15 yuan in Hoeryong.", nil},
		{"mt box of pill", "In Hyesan the one box of 12 pill is 90 dollar.", nil},
		{"ml bottle in price", "A 500 ml bottle of Chinese soy sauce sold for 4,000 won in Sinuiju market.", nil},
		{"millilitre vial", "A 5-millilitre vial of vaccine goes for 60 yuan.", nil},
		{"mt of 1 kg became", "From March, the rice of 1 kg became 6,100 won in the Hyesan market.", nil},
		{"ko parenthesised pack", "혜산 시장에서 과자 한 상자(30개)는 중국 돈으로 40위안이다.", nil},
		{"ko parenthesised drum", "휘발유 한 드럼(200리터)이면 쌀 100㎏과 바꾼다.", nil},
		{"ko barter rate", "담배 한 보루면 옥수수 5킬로그램과 바꿀 수 있다.", nil},
		{"per-unit contents", "Each shipment involves 300 to 400 crates, each holding 20 bottles of liquor.", []string{"300..400 crates"}},
		{"per-unit weight", "They moved 50 sacks, each weighing 40 kg, across the river.", []string{"50..50 sacks"}},
		// Counts of kinds, not of goods.
		{"brands", "The smokes, a mix of foreign labels and 3.16 brands, are made in Nampo.", nil},
		{"kinds", "Traders sell five kinds of Chinese cooking oil in Hyesan market.", nil},
		{"models", "Dealers offered three models of Chinese tractors.", nil},
		{"fractional count", "Smugglers moved 2.5 trucks of copper.", nil},
		// Places and buildings.
		{"homes raided", "Police raided several homes in Hoeryong in May.", nil},
		{"houses searched", "Inspectors searched 30 houses for Chinese phones.", nil},
		{"ko homes", "보위부가 여러 집을 수색했다.", nil},
		// National statistics, not a consignment.
		{"grain production", "The country's grain production has stayed below 5.5 million tonnes a year.", nil},
		{"annual demand", "Annual demand for fertilizer is about 1.5 million tonnes, experts say.", nil},
		{"harvest", "The harvest reached 4.8 million tonnes last autumn.", nil},
		// Kept.
		{"each truck carries", "Between 10 and 15 trucks went across in October. Each truck carries 20 tonnes.", []string{"10..15 units", "20..20 tonnes"}},
		{"quoted between", "\"Between 10 and 15 trucks went across,\" the source said.", []string{"10..15 units"}},
		{"ko kg range", "배 한 척이 500㎏에서 700㎏ 정도를 넘긴다.", []string{"500..700 kg"}},
		{"annual quota kept", "The ministry sets each station an annual quota of 30 tonnes of crab.", []string{"30..30 tonnes"}},
		{"ko trucks kept", "트럭 40대 분량이 넘어갔다.", []string{"40..40 units"}},
		// Kept.
		{"cases of goods", "They seized 500 cases of beer.", []string{"500..500 cases"}},
		{"workers sent", "North Korea sent 100,000 workers abroad.", []string{"100000..100000 units"}},
		{"arrested smugglers", "Three smugglers were arrested with 20 kg of copper.", []string{"3..3 units", "20..20 kg"}},
		{"caught persons", "About 40 persons were caught using Chinese phones.", []string{"40..40 units"}},
		{"fined residents", "Some 50 residents were fined for smuggling.", []string{"50..50 units"}},
		{"people carrying", "About 30 people crossed the river carrying bags of copper.", []string{"30..30 units"}},
		{"workers previous sentence", "Russia was to send the workers home. Yet 1,200 North Koreans entered on student visas.", []string{"1200..1200 units"}},
		{"ko 수십 톤", "수십 톤의 석탄이 밀반출됐다.", []string{"24..99 tonnes"}},
		{"ko 수백 명 workers", "수백 명의 노동자가 파견됐다.", []string{"100..999 people"}},
		{"ko 여 대", "화물차 120여 대가 세관을 통과했다.", []string{"120..open units"}},
		{"ko residents smuggling", "주민 2명이 금 밀수 혐의로 체포됐다.", []string{"2..2 people"}},
		{"nearly", "nearly 2,000 tonnes of coal", []string{"2000..2000 tonnes"}},
		{"over", "over 500 trucks crossed", []string{"500..open units"}},
		{"between", "between 30 and 40 ships", []string{"30..40 units"}},
		{"or range", "The train carried two or three wagons of tobacco.", []string{"2..3 wagons"}},
		{"several dozen", "They smuggled several dozen cases of liquor.", []string{"24..99 cases"}},
		{"ko 에서 range", "한 번에 넘어오는 약 상자는 20개에서 30개 정도다.", []string{"20..30 units"}},
		{"ko 세트 over", "한 번에 넘어오는 화장품은 200세트가 넘는다.", []string{"200..open sets"}},
		{"ko kg over after particle", "지난주 넘어간 구리만 30kg이 넘는다고 한다.", []string{"30..open kg"}},
		{"round trips", "The tankers made at least 12 round trips to Nampo.", []string{"12..open units"}},
		{"groups of range", "The trucks were driven across in groups of 15 to 25 at night.", []string{"15..25 units"}},
		{"groups of about", "The workers were flown out in groups of about 60 and sent to building sites.", []string{"60..60 units"}},
		{"used make", "A ship brought more than 30 used Hyundai and Kia cars to Nampo.", []string{"30..open units"}},
		{"employs", "The plant employed about 250 last year and now employs more than 400, a source said.", []string{"250..250 units", "400..open units"}},
		{"partitive", "\"Then came fifteen or twenty of the Chinese trucks,\" the source said.", []string{"15..20 units"}},
		{"partitive vague", "Several of the containers were already emptied at Nampo.", []string{"3..9 containers"}},
		{"sales not goods", "A firm in Dandong handled several of the sales.", nil},
		{"one ton", "Every month about one ton of copper goes across, the source said.", []string{"1..1 tonnes"}},
	}
	checkScan(t, "quantities", tests, quantitySpans)
}

// TestDateBattery: relative and span expressions, resolved at batteryPub
// (Sunday 15 June 2025). Each want is "start..end".
func TestDateBattery(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"last month", "Prices rose last month.", []string{"2025-05-01..2025-05-31"}},
		{"the 15th", "On the 15th, traders said prices fell.", []string{"2025-06-15..2025-06-15"}},
		{"지난달", "지난달 쌀값이 올랐다.", []string{"2025-05-01..2025-05-31"}},
		{"이달 초", "이달 초 가격이 내렸다.", []string{"2025-06-01..2025-06-10"}},
		{"first half of the year", "In the first half of the year exports fell.", []string{"2025-01-01..2025-06-30"}},
		{"second half of last year", "Exports rose in the second half of last year.", []string{"2024-07-01..2024-12-31"}},
		{"third quarter", "Trade in the third quarter of 2024 fell.", []string{"2024-07-01..2024-09-30"}},
		{"first five months", "The barges called 155 times in the first five months of the year.", []string{"2025-01-01..2025-05-31"}},
		{"months of the year, mostly ahead", "Tankers met 29 times in the first nine months of the year.", []string{"2024-01-01..2024-09-30"}},
		{"season of last year", "Flights were disrupted in the autumn of last year.", []string{"2024-09-01..2024-11-30"}},
		{"this spring", "This spring the border reopened.", []string{"2025-03-01..2025-05-31"}},
		{"between months", "Between March and May coal exports fell.", []string{"2025-03-01..2025-05-31"}},
		{"올해 상반기", "올해 상반기 무역액이 줄었다.", []string{"2025-01-01..2025-06-30"}},
		{"지난해 하반기", "지난해 하반기 수출이 늘었다.", []string{"2024-07-01..2024-12-31"}},
		{"1분기", "2024년 1분기 무역액은 줄었다.", []string{"2024-01-01..2024-03-31"}},
		{"부터 까지 months", "지난 3월부터 5월까지 수출이 줄었다.", []string{"2025-03-01..2025-05-31"}},
		{"부터 까지 days", "3월 10일부터 20일까지 단속했다.", []string{"2025-03-10..2025-03-20"}},
		{"possessive year", "Last year's harvest was poor.", []string{"2024-01-01..2024-12-31"}},
		{"day range", "On June 3-5 talks were held.", []string{"2025-06-03..2025-06-05"}},
		{"abbreviated dateline", "WASHINGTON, Nov. 22 (AP) -- Tankers made trips.", []string{"2024-11-22..2024-11-22"}},
		// Seasons that qualify a noun are not dates.
		{"winter jackets", "The factory makes winter jackets for Chinese buyers.", nil},
		{"ko winter coats", "공장은 겨울 솜옷을 만들어 보낸다.", nil},
		{"ko winter goods", "소식통은 \"겨울 패딩 점퍼를 만들어 4월 하순부터 보냈다\"고 말했다.", []string{"2025-04-21..2025-04-30"}},
		{"ko season of a good", "가을 송이버섯 철을 맞아 송이가 넘어가고 있다.", []string{"2025-09-01..2025-11-30"}},
		{"this summer's", "Demand surged during this summer's heatwave.", []string{"2025-06-01..2025-08-31"}},
		{"ko 부터 사이", "지난해 11월부터 12월 사이에만 트럭 40대가 넘어갔다.", []string{"2024-11-01..2024-12-31"}},
		{"ko 에서 사이", "올해 3월에서 5월 사이 수출이 줄었다.", []string{"2025-03-01..2025-05-31"}},
		{"mt the early of", "From the early of February, the price became 4,800 won.", []string{"2025-02-01..2025-02-10"}},
		{"mt the late of", "In the late of April the trucks came.", []string{"2025-04-21..2025-04-30"}},
		{"its year report", "In its 2019 report, the panel described the ships.", []string{"2019-01-01..2019-12-31"}},
		{"spring kept", "Prices rose in the spring.", []string{"2025-03-01..2025-05-31"}},
		{"end of the year is vague", "Managers were told to raise output before the end of the year.", nil},
		{"early year is vague", "The border closed in early 2020 and reopened later.", nil},
		{"late last year is vague", "Cars have come in by sea since late last year.", nil},
		{"earlier this week is vague", "The ministry made the remarks earlier this week.", nil},
		{"date-named team", "A runner from the April 25 Sports Team won.", nil},
		{"ordinal of last month", "He was caught on 12th of last month with 20 phones.", []string{"2025-05-12..2025-05-12"}},
		{"ko decade", "1990년대 후반 이후 생산은 줄었다.", nil},
		{"ko season of last year compared", "값은 지난해 봄보다 30% 올랐다.", []string{"2024-03-01..2024-05-31"}},
		{"ko ahead of winter", "주민들은 겨울을 앞두고 땔감을 사들였다.", nil},
		{"ko ahead of the spring season", "봄철 모내기를 앞두고 비료 값이 뛰었다.", nil},
		{"ko this time last year", "쌀값은 지난해 이맘때보다 두 배 올랐다.", nil},
		{"before the end of a month is a deadline", "Another cargo is due before the end of next month.", nil},
		{"by the end of a month kept", "The cargo had arrived by the end of last month.", []string{"2025-05-21..2025-05-31"}},
	}
	checkScan(t, "dates", tests, func(t *testing.T, text string) []string { return dateSpans(t, text, batteryPub) })
}
