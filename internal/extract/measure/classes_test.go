package measure

import (
	"slices"
	"testing"
	"time"
)

// The tests below pair each rule with sentences where it must fire and
// sentences where it must not. Publication is batteryPub (Sunday 15 June
// 2025) unless a case says otherwise.

func TestDateClasses(t *testing.T) {
	tests := []struct {
		name, text string
		pub        string // YYYY-MM-DD; batteryPub when empty
		want       []string
	}{
		// the Nth week of a month, the first or last N days of a month
		{"last week of month", "The wagons rolled over the bridge in the last week of April.", "", []string{"2025-04-24..2025-04-30"}},
		{"first week of month", "Dealers raised the rate in the first week of May.", "", []string{"2025-05-01..2025-05-07"}},
		{"third week with year", "Talks were held in the third week of March 2023.", "", []string{"2023-03-15..2023-03-21"}},
		{"first ten days", "Buyers crowded the stalls during the first ten days of May.", "", []string{"2025-05-01..2025-05-10"}},
		{"last ten days leap", "They crossed in the last ten days of February.", "2024-03-20", []string{"2024-02-20..2024-02-29"}},
		{"plain last week kept", "Prices fell last week.", "", []string{"2025-06-02..2025-06-08"}},
		{"first week without month", "The first week was quiet.", "", nil},
		{"fifth week is no date", "the fifth week of April", "", []string{"2025-04-01..2025-04-30"}},
		// seasons after "over the" and "throughout the"
		{"over the summer", "Dealers expect more cargo over the summer.", "", []string{"2025-06-01..2025-08-31"}},
		{"throughout the winter", "Fuel stayed dear throughout the winter.", "", []string{"2024-12-01..2025-02-28"}},
		{"over without the", "The lorry rolled over spring water.", "", nil},
		{"this year spring", "Shells have been made since this year spring.", "", []string{"2025-03-01..2025-05-31"}},
		// a year before a publication, decision or agreement
		{"year before resolution", "A 2016 UN resolution caps coal sales.", "", []string{"2016-01-01..2016-12-31"}},
		{"year before agreement", "Seoul set aside part of the 2018 inter-Korean military agreement.", "", []string{"2018-01-01..2018-12-31"}},
		{"year as a count", "They loaded 2016 sacks onto the barge.", "", nil},
		{"year before other noun", "A 2016 model truck was seized.", "", nil},
		// "since" opens a state that lasts, not a narrative in that year
		{"since does not anchor", "Trade has been slow since the border shut in May 2021. The parts were bought in March.", "", []string{"2021-05-01..2021-05-31", "2025-03-01..2025-03-31"}},
		{"narrative anchors", "In early May 2021 a trader crossed. On June 3 she came back.", "", []string{"2021-05-01..2021-05-10", "2021-06-03..2021-06-03"}},
		{"month of last year", "The ship has called since April of last year.", "", []string{"2024-04-01..2024-04-30"}},
		// machine-translated "in 5th of this month"
		{"in nth of this month", "In 5th of this month, police raided a shed.", "", []string{"2025-06-05..2025-06-05"}},
		{"in nth place", "The team came in 5th of the field.", "", nil},
		// plans: the coming weekend or weekday
		{"this weekend ahead", "The minister is to visit this weekend.", "2025-06-12", []string{"2025-06-14..2025-06-15"}},
		{"due on weekday", "The buyers are due to fly back on Saturday.", "2025-06-12", []string{"2025-06-14..2025-06-14"}},
		{"past weekday", "The buyers flew back on Saturday.", "2025-06-12", []string{"2025-06-07..2025-06-07"}},
		{"said on weekday", "Prices will rise, a trader said on Tuesday.", "2025-06-12", []string{"2025-06-10..2025-06-10"}},
		{"reported on weekday", "Kim will travel to Moscow as the agency reported on Tuesday.", "2025-06-12", []string{"2025-06-10..2025-06-10"}},
		{"passive plan", "The cargo will be shipped on Saturday.", "2025-06-12", []string{"2025-06-14..2025-06-14"}},
		{"last weekend", "They met last weekend.", "2025-06-12", []string{"2025-06-07..2025-06-08"}},
		// halves of a month, the last months of a year
		{"second half of month", "Diesel got cheaper in the second half of April.", "", []string{"2025-04-16..2025-04-30"}},
		{"first half of month", "Trucks queued in the first half of May.", "", []string{"2025-05-01..2025-05-15"}},
		{"first half of year kept", "Trade fell in the first half of 2024.", "", []string{"2024-01-01..2024-06-30"}},
		{"final months of the year", "Most of the rice went in the final three months of the year.", "", []string{"2024-10-01..2024-12-31"}},
		{"last months of a year", "Exports grew in the last two months of 2023.", "", []string{"2023-11-01..2023-12-31"}},
		{"last months without of", "The last three months were hard.", "", nil},
		{"data for May", "Customs figures for May show no cigarettes.", "", []string{"2025-05-01..2025-05-31"}},
		{"may as a verb", "Traders may pay more.", "", nil},
		// a season that a plan must meet is the next one
		{"must by the season", "The quotas must be filled by the autumn, officials said.", "2026-01-20", []string{"2026-09-01..2026-11-30"}},
		{"past season", "The quotas were filled in the autumn.", "2026-01-20", []string{"2025-09-01..2025-11-30"}},
		{"ko fishing season", "가을 어기가 끝나기 전까지 물량을 늘린다.", "2025-10-02", []string{"2025-09-01..2025-11-30"}},
		{"ko winter clothes", "공장은 겨울 외투를 만든다.", "", nil},
		// Korean
		{"ko this autumn glued", "올가을 주민들이 약초를 거둬 팔았다.", "2025-10-02", []string{"2025-09-01..2025-11-30"}},
		{"ko this spring glued", "올봄에는 비료가 모자랐다.", "", []string{"2025-03-01..2025-05-31"}},
		{"ko last winter glued", "지난겨울 강이 일찍 얼었다.", "", []string{"2024-12-01..2025-02-28"}},
		{"ko last year not a season", "지난해 쌀값이 올랐다.", "", []string{"2024-01-01..2024-12-31"}},
		{"ko season drawing near", "보릿고개 철이 다가오면서 쌀값이 오른다.", "", nil},
		{"ko spring near", "봄철 춘궁기가 다가오는데 걱정이다.", "", nil},
		{"ko part with comparison", "지금 값은 지난해 말보다 크게 올랐다.", "", []string{"2024-12-21..2024-12-31"}},
		{"ko part with 와", "환율은 5월 초와 비슷하다.", "", []string{"2025-05-01..2025-05-10"}},
		{"ko part with 만", "5월 말만 해도 값이 쌌다.", "", []string{"2025-05-21..2025-05-31"}},
		{"ko coming day", "기념식은 오는 20일 열린다.", "", []string{"2025-06-20..2025-06-20"}},
		{"ko coming day next month", "회의는 오는 3일 열린다.", "", []string{"2025-07-03..2025-07-03"}},
		{"ko coming month", "공장은 오는 2월 문을 연다.", "", []string{"2026-02-01..2026-02-28"}},
		{"ko past day", "지난 3일 열렸다.", "", []string{"2025-06-03..2025-06-03"}},
		// a count of days or a year from the date stated just before
		{"days later", "The barge left Nampo on May 20 and tied up at Longkou four days later.", "", []string{"2025-05-20..2025-05-20", "2025-05-24..2025-05-24"}},
		{"days earlier", "Photos from May 30 show the tanker, which had left Vostochny three days earlier.", "", []string{"2025-05-30..2025-05-30", "2025-05-27..2025-05-27"}},
		{"a day later", "Inspectors sealed the depot on June 2 and emptied it a day later.", "", []string{"2025-06-02..2025-06-02", "2025-06-03..2025-06-03"}},
		{"days later after a part of month", "The trucks set off early last month and reached Manpo two days later.", "", []string{"2025-05-01..2025-05-10"}},
		{"days later with nothing before", "The cargo reached Rajin two days later.", "", nil},
		{"days later after a dateline", "HONG KONG, June 12 (AFP) -- A tanker loaded fuel off Zhoushan and reached Nampo three days later.", "", []string{"2025-06-12..2025-06-12"}},
		{"days later after a date line", "Thursday, June 12, 2025\n\nA tanker reached Nampo three days later.", "", []string{"2025-06-12..2025-06-12"}},
		{"year before a year", "Customs counted 9,000 bicycles in 2024, up from 6,500 the year before.", "", []string{"2024-01-01..2024-12-31", "2023-01-01..2023-12-31"}},
		{"year earlier than a month", "Flour exports in April were twice those of a year earlier.", "", []string{"2025-04-01..2025-04-30", "2024-04-01..2024-04-30"}},
		{"year before a clause", "Trade peaked in 2019, the year before the border closed.", "", []string{"2019-01-01..2019-12-31"}},
		{"year earlier than a quarter", "Arrivals in the first quarter of this year matched those of a year earlier.", "", []string{"2025-01-01..2025-03-31"}},
		// "any previous winter" is every winter at once
		{"any previous season", "Shipments were heavier than in any previous spring.", "", nil},
		{"any other year", "Coal moved faster than in any other year.", "", nil},
		// a plan told in the past: the nearer of the two days
		{"past plan day before", "The buyers were due to fly back on Wednesday.", "2025-06-12", []string{"2025-06-11..2025-06-11"}},
		{"past plan day after", "The buyers were due to fly back on Saturday.", "2025-06-12", []string{"2025-06-14..2025-06-14"}},
		{"past plan told by a source", "A trader said the buyers were due to fly back on Wednesday.", "2025-06-12", []string{"2025-06-18..2025-06-18"}},
		// a year in a comparison starts no narrative
		{"baseline does not anchor", "Sugar imports reached 8,000 tonnes in May, up from 3,000 tonnes in March 2024. April alone saw 2,500 tonnes.", "", []string{"2025-05-01..2025-05-31", "2024-03-01..2024-03-31", "2025-04-01..2025-04-30"}},
		{"compared with does not anchor", "Compared with February 2023, trade doubled. March was busier still.", "", []string{"2023-02-01..2023-02-28", "2025-03-01..2025-03-31"}},
		// one span said two ways is one date
		{"same span merged", "Rice imports rose in the first half of this year; January-June shipments doubled.", "", []string{"2025-01-01..2025-06-30"}},
		// Korean spans between parts of months
		{"ko late to mid", "지난달 말부터 이달 중순까지 배 세 척이 떠났다.", "", []string{"2025-05-21..2025-06-20"}},
		{"ko late to early with 에서", "4월 하순에서 5월 초 사이에 트럭이 몰렸다.", "", []string{"2025-04-21..2025-05-10"}},
		{"ko part with 까지만", "이달 초까지만 해도 값이 쌌다.", "", []string{"2025-06-01..2025-06-10"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := batteryPub
			if tt.pub != "" {
				var err error
				if pub, err = timeParse(tt.pub); err != nil {
					t.Fatal(err)
				}
			}
			if got := dateSpans(t, tt.text, pub); !slices.Equal(got, tt.want) {
				t.Errorf("dates = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPriceClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Korean figures with a space between 천 and 백
		{"ko thousands and hundreds", "혜산 장마당에서 밀가루는 1kg에 7천 2백원에 팔린다.", []string{"7200 KPW"}},
		{"ko rate thousands and hundreds", "혜산 장마당에서 1위안은 2천 9백원에 거래됐다.", []string{"2900 KPW"}},
		{"ko two groups not one", "혜산 장마당에서 쌀은 7천 5천원 사이다.", []string{"5000 KPW"}},
		// a difference stated with 싸다
		{"ko cheaper by", "혜산 장마당에서 중국산은 9천원으로, 국산이 2천원가량 싸다.", []string{"9000 KPW"}},
		{"ko list shares change", "혜산 장마당에서 쌀은 300원, 옥수수는 100원가량 올랐다.", nil},
		// an English change verb right before the sum, ending the clause
		{"mt lowered", "In Hyesan market flour is 5,200 won for 1kg, lowered about 800 won.", []string{"5200 KPW"}},
		{"change at clause end", "In Hyesan market the yuan jumped 150 won, dealers said.", nil},
		{"change to new price kept", "In Hyesan market rice jumped to 6,100 won.", []string{"6100 KPW"}},
		// "X won to 1 dollar" is a rate
		{"won to one dollar", "In the Hyesan market the rate is 30,500 won to 1 dollar now.", []string{"30500 KPW"}},
		{"won for one kilo", "In the Hyesan market pork is 30,500 won for 1 kg.", []string{"30500 KPW"}},
		// a sum worked out from an earlier figure
		{"derived meaning", "In Hyesan market the dollar sold at 30,000 won, meaning the pork costs about one dollar a kilogram.", []string{"30000 KPW"}},
		{"meaning without earlier price", "Meaning to save, he paid 400 yuan for the phone.", []string{"400 CNY"}},
		// the same sum stated twice is one price
		{"restated sum", "Rich traders in Rason are paying as much as 9,000 dollars. A Nissan sold for 9,000 dollars in May.", []string{"9000 USD"}},
		{"same sum for two named goods", "Rich traders pay up to 9,000 dollars for the cars. A Nissan sold for 9,000 dollars in May.", []string{"9000 USD", "9000 USD"}},
		{"two goods same price", "A cap costs 20 yuan and a scarf costs 20 yuan.", []string{"20 CNY", "20 CNY"}},
	}
	checkScan(t, "prices", tests, priceSpans)
}

func TestQuantityClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"latin item before ko count", "보위부는 SD 카드와 MP3 200여 개를 압수했다.", []string{"200..open units"}},
		{"name before number", "Room 39 runs the firms.", nil},
		{"figures joined by x", "The plan is called \"30x5\" by officials.", nil},
		{"range that is a ship size", "The coal goes onto old ships of 1,500 to 2,500 tonnes each night.", nil},
		{"range kept", "They moved 1,500 to 2,500 tonnes of coal.", []string{"1500..2500 tonnes"}},
		{"states not goods", "The trade runs between two heavily sanctioned states.", nil},
		{"names not goods", "The tanker sailed under at least four different names.", nil},
		{"adverb and participle kept", "Pyongyang bought 20 newly built trawlers.", []string{"20..20 units"}},
		{"artillery rounds", "Trains carried more than 2 million artillery rounds to the front.", []string{"2e+06..open units"}},
		{"rounds of talks", "The sides held three rounds of talks.", nil},
		{"modifier before make", "The firm shipped 15 purebred Akhal-Teke horses.", []string{"15..15 units"}},
		{"new before make", "At least 9 new Toyota jeeps reached Nampo.", []string{"9..open units"}},
		{"new factories", "Kim opened three new factories.", nil},
		{"pairs of hands", "A phone goes through three or four pairs of hands.", nil},
		{"rating in words", "A 3 kilowatt panel sells well.", nil},
		{"count before rating word kept", "They sold 40 panels.", []string{"40..40 units"}},
		{"pack size plural", "They seized 3 tonnes of oil in 20 liter cans.", []string{"3..3 tonnes"}},
		{"ko pack size", "오징어는 15kg 상자에 담아 보냈다.", nil},
		{"ko load per ship kept", "배 한 척당 500kg 정도를 넘긴다.", []string{"500..500 kg"}},
		{"ko allowance per person", "짐은 1인당 30kg까지 허락됐다.", nil},
		{"ko carton counter", "담배 80보루를 숨겨 들여왔다.", []string{"80..80 cartons"}},
		{"ko workers", "공장에서 일하던 남성 40여 명이 돌아왔다.", []string{"40..open people"}},
		{"ko crowd", "광장에 주민 40여 명이 모였다.", nil},
		{"people noun before a verb", "A party of 25 tourists flew to Wonsan on a charter.", nil},
		{"people noun before a verb with trade", "About 150 women work in the sheds, sewing for Chinese buyers.", []string{"150..150 units"}},
		{"yield ratio", "Roughly 60 frogs are needed for one kilogram of dried oil.", nil},
		{"it takes", "It takes 4 kg of fresh roots to make 1 kg of dried ones.", nil},
		{"needed without a ratio", "About 60 trucks are needed by the firm.", []string{"60..60 units"}},
	}
	checkScan(t, "quantities", tests, quantitySpans)
}

func timeParse(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }
