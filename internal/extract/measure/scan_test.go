package measure

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
	"github.com/yalu-osint/yalu/internal/model"
)

// TestSeedFacts checks the facts of the typical input, in our own words.
func TestSeedFacts(t *testing.T) {
	text := "Pyongyang's security ministry had traders order thousands of spy camera glasses in early March. " +
		"Last month they toured a Guangzhou electronics market. The traders purchased the spy glasses at 800 Chinese yuan each " +
		"(approximately $110 USD), although such glasses typically cost over 1,000 yuan (about $138 USD) in shops elsewhere in China."
	prices, qs, dates := Scan(text, pub, rates.Default())
	if len(prices) != 2 {
		t.Fatalf("prices = %+v, want 2", prices)
	}
	p := prices[0]
	if p.Amount != 800 || p.Currency != "CNY" || p.Unit != "each" || p.Item != "spy glasses" || p.USD == nil || p.USD.Amount != 110 || p.USD.Source != "text" || p.USD.Rate != 0.1375 || p.USD.RateDate != "2025-03-28" {
		t.Errorf("first price = %+v usd %+v", p, p.USD)
	}
	p = prices[1]
	if p.Amount != 1000 || p.Currency != "CNY" || p.Qualifier != "over" || p.USD == nil || p.USD.Amount != 138 || p.USD.Source != "text" {
		t.Errorf("second price = %+v usd %+v", p, p.USD)
	}
	if len(qs) != 1 || qs[0].Text != "thousands" || qs[0].Min != 1000 || qs[0].Max == nil || *qs[0].Max != 9999 || qs[0].Item != "spy camera glasses" || qs[0].Unit != "units" {
		t.Errorf("quantities = %+v", qs)
	}
	wantDates := map[string][3]string{
		"early March": {"2025-03-01", "2025-03-10", PrecPartOfMonth},
		"Last month":  {"2025-02-01", "2025-02-28", PrecMonth},
	}
	if len(dates) != len(wantDates) {
		t.Fatalf("dates = %+v", dates)
	}
	for _, d := range dates {
		w, ok := wantDates[d.Text]
		if !ok || d.Start != w[0] || d.End != w[1] || d.Precision != w[2] {
			t.Errorf("date %+v, want %v", d, w)
		}
	}
}

func TestAbsurdInput(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"power", "It cost 10^100 yuan."},
		{"negative", "-5 tonnes of coal"},
		{"long digits", strings.Repeat("9", 5000) + " yuan and " + strings.Repeat("1", 400) + " tonnes"},
		{"long grouped", strings.Repeat("999,", 200) + "999 dollars"},
		{"huge scale", "999999999999999 trillion dollars and 1e308 yuan"},
		{"invalid utf8", "\xff\xfe 800 yuan \xc3 each"},
		{"nul", "800\x00yuan"},
		{"only symbols", "$$$ ₩₩ ¥ (( )) – — ~ 만 천 수"},
		{"korean multipliers", "9억9억9억9억9억9억9억9억9억9억9억9억9억 원"},
		{"dates out of range", "on February 30, March 32 and 2025년 13월 45일"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, q, d := Scan(tt.text, pub, rates.Default())
			checkOutput(t, tt.text, p, q, d)
			for _, x := range p {
				if x.Amount > maxValue {
					t.Errorf("amount %v over the cap", x.Amount)
				}
			}
		})
	}
	if p, q, _ := Scan("It cost 10^100 yuan and -5 tonnes moved.", pub, nil); len(p) != 0 || len(q) != 0 {
		t.Errorf("absurd amounts kept: %+v %+v", p, q)
	}
}

// TestLargeInput runs a 4 MB text without punctuation: it must finish in
// bounded (linear) time.
func TestLargeInput(t *testing.T) {
	unit := "traders moved 300 crates of pork 12 March 2024 about 5000 yuan each and several more shipments "
	text := strings.Repeat(unit, 4<<20/len(unit))
	start := time.Now()
	p, q, d := Scan(text, pub, rates.Default())
	if el := time.Since(start); el > 15*time.Second {
		t.Errorf("4 MB took %v", el)
	}
	if len(p) == 0 || len(q) == 0 || len(d) == 0 {
		t.Errorf("found %d prices, %d quantities, %d dates", len(p), len(q), len(d))
	}
}

// TestPathologicalRuns feeds long runs that could make a scanner re-parse
// the same tokens from every position.
func TestPathologicalRuns(t *testing.T) {
	for name, text := range map[string]string{
		"korean multipliers": strings.Repeat("9억", 200000),
		"digits and dashes":  strings.Repeat("1-", 200000),
		"qualifiers":         strings.Repeat("about ", 200000),
		"dates":              strings.Repeat("March 5, 2021 to ", 50000),
		"hangul":             strings.Repeat("가", 500000),
		"one long word":      strings.Repeat("a", 1<<20),
		"parens":             strings.Repeat("800 yuan (", 100000),
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			p, q, d := Scan(text, pub, rates.Default())
			if el := time.Since(start); el > 10*time.Second {
				t.Errorf("%d bytes took %v", len(text), el)
			}
			checkOutput(t, text, p, q, d)
		})
	}
}

// checkOutput asserts that the output marshals, has no NaN/Inf and that
// every mention is a valid span.
func checkOutput(t testing.TB, text string, ps []model.Price, qs []model.Quantity, ds []model.DateMention) {
	t.Helper()
	if _, err := json.Marshal(struct {
		P []model.Price
		Q []model.Quantity
		D []model.DateMention
	}{ps, qs, ds}); err != nil {
		t.Fatalf("marshal: %v", err)
	}
	valid := utf8.ValidString(text)
	bad := func(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) || x < 0 }
	spans := func(ms []model.Mention) {
		if len(ms) == 0 {
			t.Fatalf("value without mention")
		}
		for _, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
			if valid && !utf8.ValidString(m.Text) {
				t.Fatalf("mention splits a rune: %+v", m)
			}
		}
	}
	for _, p := range ps {
		if bad(p.Amount) || p.AmountMax != nil && (bad(*p.AmountMax) || *p.AmountMax < p.Amount) || p.USD != nil && (bad(p.USD.Amount) || bad(p.USD.Rate)) {
			t.Fatalf("bad price %+v", p)
		}
		spans(p.Mentions)
	}
	for _, q := range qs {
		if bad(q.Min) || q.Max != nil && (bad(*q.Max) || *q.Max < q.Min) {
			t.Fatalf("bad quantity %+v", q)
		}
		spans(q.Mentions)
	}
	for _, d := range ds {
		if d.Start > d.End || len(d.Start) != 10 {
			t.Fatalf("bad date %+v", d)
		}
		spans(d.Mentions)
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"Traders purchased the spy glasses at 800 Chinese yuan each (approximately $110 USD) in early March.",
		"between 500 and 600 tonnes of coal last month",
		"쌀 1kg당 6,500원, 석탄 3만t, 수천 개, 이달 초, 2024년 9월 15일",
		"10^100 yuan -5 tonnes Room 39 on the 15th last Tuesday",
		"$500-$600 HK$50 ₩160,000 16만원 3천여 위안 (약 110달러)",
		"by 300 won. Rose 1,000 won to 7,000 won, or about $4 — 1 USD to 18,000 KPW; 500원 올랐다, 200원가량 오른",
		"the first five months of the year, the autumn of last year, 올해 상반기, 2024년 1분기, 3월 10일부터 20일까지, June 3-5",
		"200 people attended; a ship of 5,000 tonnes; per 70 kg sack; 50kg 한 포대에; 20개에서 30개; two or three wagons",
		// Rates without "one dollar", elided currencies, conversions with their rate, Korean and Chinese units.
		"The dollar traded at 8,150 won; the won-yuan rate hit 2,100; the won traded at 8,100 to the dollar. 달러 환율 8,100원, 위안화 환율은 1,150원",
		"A kilo costs 7,000 won, while corn costs 3,000. Now it is 500, compared with 6,500 a month earlier; went from 2,500 won to 3,000",
		"250,000 won (about $30 at the market rate of 8,300 won to the dollar) (approx. US$0.70) (미화 약 42달러) 6,000 won (75 cents) a kilo",
		"KPW17,000 USD12m US$12mn 20.000 won the 8,000s won the 8,000-won range 7,000-odd won 30-odd trucks a 500-yuan fine In 2019 won",
		"돼지 한 마리에 50만 원, 휴대폰 한 대는 300위안, 1인당 1만 달러, 한 개 2,000원, 100위안 가까이 올랐다 500元/吨 每公斤5元",
		"per 50-kg sack; for a 20 kg bag; by the kilo; for 1 kg; 300 yuan a trip; half a dozen; two dozen; a handful of; fewer than 100 workers",
		"800 yuan (800 yuan (800 yuan (800 yuan ((( ))) 1 dollar is being exchanged at 8,100 won would sell for $400,000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, q, d := Scan(s, pub, rates.Default())
		checkOutput(t, s, p, q, d)
		p, q, d = Scan(s, time.Time{}, nil)
		checkOutput(t, s, p, q, d)
	})
}

func benchText(b *testing.B) string {
	var sb strings.Builder
	for _, f := range []string{"testdata/spyglasses.txt", "testdata/coal.txt"} {
		text, _ := readDoc(b, f)
		sb.WriteString(text)
		sb.WriteString("\n\n")
	}
	// Pad with plain prose to about 3 KB, the size of a typical report.
	filler := "The source added that inspections at the crossing had become stricter and that officials demanded larger bribes from merchants who wanted their goods cleared quickly. "
	for sb.Len() < 3000 {
		sb.WriteString(filler)
	}
	return sb.String()
}

func BenchmarkScan(b *testing.B) {
	text := benchText(b)
	rt := rates.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text, pub, rt)
	}
}

func BenchmarkScanKorean(b *testing.B) {
	text, p := readDoc(b, "testdata/rice_ko.txt")
	text = strings.Repeat(text, 3000/len(text)+1)
	rt := rates.Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Scan(text, p, rt)
	}
}
