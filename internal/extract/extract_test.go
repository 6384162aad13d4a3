package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

var testExtractor = sync.OnceValues(New)

func extractor(tb testing.TB) *Extractor {
	tb.Helper()
	ex, err := testExtractor()
	if err != nil {
		tb.Fatal(err)
	}
	return ex
}

func doc(text string) *model.Document {
	pub := time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC)
	return &model.Document{Text: text, Published: &pub, Language: "en"}
}

// checkOffsets asserts every mention and evidence span lies in text and
// quotes it exactly.
func checkOffsets(t *testing.T, text string, r *model.ExtractionResult) {
	t.Helper()
	check := func(field string, ms []model.Mention) {
		for _, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Errorf("%s mention %+v does not quote the text", field, m)
			}
		}
	}
	for _, p := range r.Places {
		check("place", p.Mentions)
	}
	for _, o := range r.Organizations {
		check("organization", o.Mentions)
	}
	for _, c := range r.Commodities {
		check("commodity", c.Mentions)
	}
	for _, p := range r.Prices {
		check("price", p.Mentions)
	}
	for _, q := range r.Quantities {
		check("quantity", q.Mentions)
	}
	for _, d := range r.Dates {
		check("date", d.Mentions)
	}
	for _, e := range r.Events {
		for _, s := range e.Evidence {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Errorf("event evidence %+v outside the text", s)
			}
		}
	}
}

func TestBadInputIsBounded(t *testing.T) {
	ex := extractor(t)
	huge := strings.Repeat("coal smuggled from Sinuiju to Dandong for 600 yuan a tonne ", 200_000) // ~12 MB, no full stop
	cases := map[string]string{
		"empty":          "",
		"spaces":         "   \n\n  ",
		"no punctuation": strings.Repeat("traders bought rice in Hyesan ", 2000),
		"mixed scripts":  "혜산 Hyesan 长白 Changbai Хасан 쌀 1kg 5,000원 3천 위안 ¥800 $110",
		"absurd numbers": "They paid 10^100 yuan and -5 tonnes of coal, 99999999999999999999999999999 won, 1e400 dollars.",
		"huge":           huge,
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			r, err := ex.Extract(context.Background(), doc(text))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := json.Marshal(r); err != nil {
				t.Fatalf("result does not encode as JSON: %v", err)
			}
			read := text
			if r.Truncated {
				read = text[:MaxText]
			}
			checkOffsets(t, read, r)
			for _, q := range r.Quantities {
				if q.Min < 0 {
					t.Errorf("negative quantity %+v", q)
				}
			}
			if name == "huge" {
				if !r.Truncated {
					t.Error("a 12 MB text was not marked truncated")
				}
				t.Logf("12 MB text extracted in %v", time.Since(start))
			}
			if name == "empty" && (r.Relevant || len(r.Places) != 0 || r.Places == nil) {
				t.Errorf("empty text: %+v", r)
			}
		})
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := extractor(t).Extract(ctx, doc("Hyesan")); err == nil {
		t.Error("Extract ignored a cancelled context")
	}
}

func TestSeedFacts(t *testing.T) {
	text := `Traders from North Korea bought thousands of spy camera glasses in Guangzhou in early March for the Ministry of State Security, paying 800 yuan (about $110) each. The glasses were sent across from Changbai to Hyesan and then to Pyongyang.`
	r, err := extractor(t).Extract(context.Background(), doc(text))
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, text, r)
	if !r.Relevant || r.Direction != model.DirectionInto {
		t.Errorf("relevant=%v direction=%q", r.Relevant, r.Direction)
	}
	var leg bool
	for _, l := range r.Legs {
		leg = leg || (l.From == "Changbai" && l.To == "Hyesan")
	}
	if !leg {
		t.Errorf("no Changbai → Hyesan leg in %+v", r.Legs)
	}
	if len(r.Prices) == 0 || r.Prices[0].Amount != 800 || r.Prices[0].Currency != "CNY" {
		t.Errorf("prices = %+v", r.Prices)
	}
}

// benchText is a realistic ~3 KB report: the extractor's speed target is
// measured on clean text of this size.
func benchText(tb testing.TB) string {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "001-hyesan-spy-cameras.txt"))
	if err != nil {
		entries, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*.txt"))
		if len(entries) == 0 {
			tb.Fatal("no corpus text found for the benchmark")
		}
		if data, err = os.ReadFile(entries[0]); err != nil {
			tb.Fatal(err)
		}
	}
	text := string(data)
	for len(text) < 3000 {
		text += "\n\n" + string(data)
	}
	return text
}

// BenchmarkExtract reports documents per second on one core for ~3 KB
// clean texts, with every stage of parts 1 and 2.
func BenchmarkExtract(b *testing.B) {
	ex := extractor(b)
	d := doc(benchText(b))
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		if _, err := ex.Extract(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkExtractDense feeds one run-on sentence, with no full stop or
// line break, in which nearly every word is a place, a good, an
// organisation, a number or a verb of trade, at two sizes: the time per
// byte must stay the same at both (a stage that rescans the sentence once
// per mention shows up as MB/s falling with size).
func BenchmarkExtractDense(b *testing.B) {
	words := strings.Fields("Hyesan Changbai Dandong Sinuiju Nampo Dalian rice coal phones diesel " +
		"smuggled imported declared as from to via the Ministry of State Security traders said " +
		"800 yuan 1,000 won tonnes thousands reportedly 혜산 장백 쌀 휘발유 에서 으로 밀수 5,000원")
	ex := extractor(b)
	for _, size := range []int{256 << 10, 1 << 20} {
		var sb strings.Builder
		for i := 0; sb.Len() < size; i++ {
			sb.WriteString(words[(i*7+i/len(words))%len(words)])
			sb.WriteByte(' ')
		}
		d := doc(sb.String())
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				if _, err := ex.Extract(b.Context(), d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// North Korea and China named only by a demonym are the two sides of the
// trade, not places of the record; other origins stay.
func TestDemonymOriginsReported(t *testing.T) {
	ex := extractor(t)
	for _, tt := range []struct {
		text       string
		want, drop []string // country codes of country-level places
	}{
		{"Traders in Sinuiju sell Chinese flour and Russian coal at the market.", []string{"RU"}, []string{"CN"}},
		{"North Korean seafood is sold in Dandong markets.", nil, []string{"KP"}},
		{"China exported Chinese flour to North Korea last month.", []string{"CN", "KP"}, nil},
		{"The vessels carried Russian coal into South Korean ports.", []string{"RU", "KR"}, nil},
	} {
		r, err := ex.Extract(t.Context(), doc(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, p := range r.Places {
			if p.Kind == "country" {
				got[p.Country] = true
			}
		}
		for _, c := range tt.want {
			if !got[c] {
				t.Errorf("%q: country %s missing from places %v", tt.text, c, got)
			}
		}
		for _, c := range tt.drop {
			if got[c] {
				t.Errorf("%q: country %s reported from a demonym only", tt.text, c)
			}
		}
	}
}

// TestNoTradeNoQuantities checks that a report with no good and no trade
// counts nothing (the heldout15 study): the people sent to watch a slope
// and the boats of a rescue take part in no trade. A report that trades
// keeps its counts, and so does one that names a good without a trade
// event.
func TestNoTradeNoQuantities(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool // quantities expected
	}{
		{"fire patrols", "Hyesan, Ryanggang Province. The county ordered every village to send at least two people a day to watch the hills after several blazes broke out in April. Officials said the patrols would go on until the rains.", false},
		{"rescue boats", "Wonsan. Six fishing boats joined the search for the missing crew, and two navy ships stood by off the coast, state media said.", false},
		{"a trade", "Smugglers carried 40 handsets across the Yalu from Changbai to Hyesan at night, a source said.", true},
	}
	for _, tt := range tests {
		r, err := extractor(t).Extract(context.Background(), doc(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(r.Quantities) > 0; got != tt.want {
			t.Errorf("%s: quantities %+v, relevant=%v, want some=%v", tt.name, r.Quantities, r.Relevant, tt.want)
		}
		if r.Quantities == nil {
			t.Errorf("%s: nil quantities", tt.name)
		}
	}
}
