package measure

import (
	"testing"
)

func TestQuantities(t *testing.T) {
	type want struct {
		text     string
		min, max float64 // max -1: open-ended
		unit     string
		item     string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"seed thousands", "Traders ordered thousands of spy camera glasses in early March.",
			[]want{{"thousands", 1000, 9999, "units", "spy camera glasses"}}},
		{"tonnes of coal", "Some 30,000 tonnes of coal left Nampo.",
			[]want{{"Some 30,000", 30000, 30000, "tonnes", "coal"}}},
		{"about vehicles", "About 200 vehicles crossed the bridge.",
			[]want{{"About 200", 200, 200, "units", "vehicles"}}},
		{"several more shipments", "They plan several more shipments of cameras.",
			[]want{{"several", 3, 9, "shipments", "cameras"}}},
		{"large quantity", "They imported a large quantity of glasses.", nil},
		{"korean coal", "석탄 3만t이 실렸다.", []want{{"3만", 30000, 30000, "tonnes", "석탄"}}},
		{"korean thousands", "부품 수천 개를 들여왔다.", []want{{"수천", 1000, 9999, "units", "부품"}}},
		{"korean ton word", "철광석 2만 톤 이상", []want{{"2만", 20000, -1, "tonnes", "철광석"}}},
		{"more than open", "More than 300 workers were sent.", []want{{"More than 300", 300, -1, "units", "workers"}}},
		{"up to", "up to 50 containers of fertiliser", []want{{"up to 50", 0, 50, "containers", "fertiliser"}}},
		{"range", "between 500 and 600 barrels of diesel", []want{{"between 500 and 600", 500, 600, "barrels", "diesel"}}},
		{"tens of thousands", "tens of thousands of cigarettes", []want{{"tens of thousands", 10000, 99999, "units", "cigarettes"}}},
		{"dozens", "dozens of smuggling boats", []want{{"dozens", 24, 99, "units", "smuggling boats"}}},
		{"a few", "a few trucks", []want{{"a few", 2, 5, "units", "trucks"}}},
		{"words", "two tankers", []want{{"two", 2, 2, "units", "tankers"}}},
		{"kg glued", "Police seized 50kg of methamphetamine.", []want{{"50", 50, 50, "kg", "methamphetamine"}}},
		{"million", "1.2 million barrels of oil", []want{{"1.2 million", 1.2e6, 1.2e6, "barrels", "oil"}}},
		{"room 39", "Room 39 manages the funds.", nil},
		{"resolution", "It breaches Resolution 2397 of the council.", nil},
		{"route", "Trucks use Route 1 daily.", nil},
		{"year", "In 2024 trade grew.", nil},
		{"percent", "Exports rose 12% and then 5 percent.", nil},
		{"age", "A 45-year-old trader aged 50 and a man, 30 years old.", nil},
		{"date", "On March 15 the ship docked.", nil},
		{"price not quantity", "Rice cost 5,000 won.", nil},
		{"negative", "-5 tonnes of nothing", nil},
		{"power", "10^100 tonnes", nil},
		{"model number", "an A320 aircraft and a MiG-29 fighter", nil},
		{"time", "at 4:18 PM and 10 a.m.", nil},
		{"ordinal", "the 3rd division", nil},
		{"one pronoun", "one source said", nil},
		{"no noun", "The figure was 300.", nil},
		{"duration", "within 10 days", nil},
		{"hand over is not a qualifier", "Households must hand over 10 kg of rice.", []want{{"10", 10, 10, "kg", "rice"}}},
		{"preposition ends item", "200 boxes of cigarettes near Sinuiju", []want{{"200", 200, 200, "boxes", "cigarettes"}}},
		{"korean per-unit is not a quantity", "옥수수 1kg 3,500원", nil},
		{"korean dang", "쌀 1kg당 5,000원", nil},
		{"several hundred", "several hundred bags of fertilizer", []want{{"several hundred", 300, 900, "bags", "fertilizer"}}},
		{"hyphenated item", "thousands of camera-equipped spectacles", []want{{"thousands", 1000, 9999, "units", "camera-equipped spectacles"}}},
		{"verb ends item", "30,000 tonnes of coal left the port", []want{{"30,000", 30000, 30000, "tonnes", "coal"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Quantities(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quantities %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text || g.Min != w.min || g.Unit != w.unit || g.Item != w.item {
					t.Errorf("got %q %v %q %q, want %q %v %q %q", g.Text, g.Min, g.Unit, g.Item, w.text, w.min, w.unit, w.item)
				}
				switch {
				case w.max < 0 && g.Max != nil:
					t.Errorf("max = %v, want open", *g.Max)
				case w.max >= 0 && (g.Max == nil || *g.Max != w.max):
					t.Errorf("max = %v, want %v", g.Max, w.max)
				}
				checkMentions(t, tt.text, g.Mentions)
			}
		})
	}
}

func TestQuantitiesNotTraded(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []float64 // the Min of each quantity found
	}{
		{"countries", "The three countries held a joint exercise, and at least five countries were named.", nil},
		{"anaphora", "Photographs showed hoses connecting the two ships.", nil},
		{"casualties", "The floods left at least 60 people dead, tens of thousands homeless and 25 people missing.", nil},
		{"sources", "Two contractors in Vladivostok said they pay the agency.", nil},
		{"source after dash", "GENEVA -- Three North Koreans who fled their country told a hearing.", nil},
		{"participants kept", "Two trucks left Dandong and 1,200 North Koreans entered the territory.", []float64{2, 1200}},
		{"adjective alone", "The study named several Chinese and Russian shell companies.", nil},
		{"participle alone", "Tankers, several registered in Sierra Leone, met at sea.", nil},
		{"per-unit kilogram", "The molybdenum is dearer: 1 kg is 18 dollars.", nil},
		{"korean per-unit kilogram", "중국 상인은 금 1g을 420위안 정도에 사들인다.", nil},
		{"price basis", "The broker pays 250 dollars for 1 cubic meter of larch.", nil},
		{"stated bound kept", "No more than 300 tonnes of rice arrived in Nampo.", []float64{0}},
		{"a bound after a verb", "The trucks can carry no more than 30 tonnes of coal.", []float64{0}},
		{"such", "At least 29 such transfers were photographed.", []float64{29}},
		{"of new", "The factory took on hundreds of new workers.", []float64{100}},
		{"korean native count", "북한 화물선 두 척이 도착했고 공장 세 곳과 계약했다.", []float64{2, 3}},
		{"korean several", "유조선 여러 척이 들어왔다.", []float64{3}},
		{"korean dozens", "의약품 수십 상자를 찾아냈다.", []float64{24}},
		{"korean dae", "휴대폰 120여 대와 전동 자전거 100대 넘게 넘어왔다.", []float64{120, 100}},
		{"korean age is not a count", "20대 남성이 체포됐다.", nil},
		{"korean garments", "솜옷 2만 벌이 넘어갔다.", []float64{20000}},
		{"korean ship class", "3천톤급 화물선", nil},
		// Establishments and campaigns are counted, never traded.
		{"farms and shops", "The unit runs several dairy farms and bought parts from four shops.", nil},
		{"campaigns", "Customs has mounted several campaigns against fuel smuggling.", nil},
		{"enterprises", "The firm imports tyres for several state enterprises.", nil},
		// Rounds of ammunition are goods; rounds of talks are not.
		{"rounds of ammunition", "The crates held some 5,000 rounds of ammunition.", []float64{5000}},
		{"rounds of talks", "Three rounds of talks ended without a deal.", nil},
		// A measure after "sacks of" sizes one package.
		{"package size", "The herbs travel in bags of about 20 kilograms each.", nil},
		{"package size range", "Traders split the powder into pouches of 5 to 10 grams.", nil},
		{"package count kept", "Porters carried 40 bags of 25 kg across the ice.", []float64{40}},
		{"cargo of tonnes kept", "A cargo of 800 tonnes of coal reached the port.", []float64{800}},
		// A capacity claim is not goods that moved.
		{"capacity claim", "The new mill can produce 600 tonnes of flour a year.", nil},
		{"able to process", "The plant is able to process 90 tonnes of ore.", nil},
		{"output kept", "The workshops ship 3,000 wigs a month to Yanji.", []float64{3000}},
		// Harm and firing verbs.
		{"injure", "Rockfalls injure several miners each spring.", nil},
		{"launch", "The agency intends to launch two more satellites.", nil},
		// A rating glued to a number is not a count.
		{"ratings", "He sells 5kW generators and 60Ah batteries.", nil},
		{"glued measure kept", "They loaded 300MT of cement.", []float64{300}},
		// Korean fused native numerals and the copula after a counter.
		{"korean two or three", "밤마다 작은 배 두세 척이 강을 건넌다.", []float64{2}},
		{"korean three or four", "트럭 서너 대가 세관을 통과했다.", []float64{3}},
		{"korean copula", "압수된 것은 노트북 50여 대였다.", []float64{50}},
		// Korean counts of places, firms and kinds.
		{"korean places", "올해 15개 시·군에 새 공장이 들어섰다.", nil},
		{"korean kinds", "세관은 7개 품목의 반입을 막았다.", nil},
		{"korean goods kept", "손전화 40개를 몰래 넘겼다.", []float64{40}},
		// The Workers' Party is no sign of trade; a crowd stays out.
		{"party is not work", "조선노동당 간부들이 참석한 행사에 주민 수백 명이 모였다.", nil},
		{"workers party english", "The Workers' Party rally drew 500 people to the square.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Quantities(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quantities %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Min != w {
					t.Errorf("quantity %d min = %v, want %v", i, got[i].Min, w)
				}
				checkMentions(t, tt.text, got[i].Mentions)
			}
		})
	}
}
