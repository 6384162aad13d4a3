package storetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

// searchCorpus is written for these tests; facts echo public reporting.
var searchCorpus = []struct {
	key string
	doc model.Document
}{
	{"en-glasses", model.Document{Language: "en", Title: "Spy camera glasses bought in Guangzhou for state security",
		Text: "Traders from the North purchased several thousand pairs of eyeglasses with hidden lenses in a " +
			"Guangzhou electronics market. Each pair cost 800 yuan. The goods crossed from Changbai to Hyesan."}},
	{"en-coal", model.Document{Language: "en", Title: "Coal keeps moving through Nampo",
		Text: "Ship-to-ship transfers of anthracite coal were seen off Nampo again. Brokers quoted ninety " +
			"dollars per tonne of coal, and coal barges waited for night."}},
	{"en-fuel", model.Document{Language: "en", Title: "Fuel prices in Sinuiju",
		Text: "Petrol rose to 15,000 won a kilogram in Sinuiju markets; a little coal was also on sale."}},
	{"ko-hyesan", model.Document{Language: "ko", Title: "혜산 밀수 단속 강화",
		Text: "양강도 혜산에서 쌀 가격이 올랐다. 중국에서 들여온 석탄과 휘발유도 거래되었다."}},
	{"ko-nampo", model.Document{Language: "ko", Title: "남포항 석탄 선적",
		Text: "남포항에서 석탄을 실은 선박이 출항했다고 소식통이 전했다."}},
	{"zh-dandong", model.Document{Language: "zh", Title: "丹东口岸贸易",
		Text: "朝鲜商人在丹东市场购买了大量煤炭和大米，价格比去年上涨。"}},
}

func testSearch(t *testing.T, open Opener) {
	s, ctx := open(t), t.Context()
	ids := map[string]int64{}
	keys := map[int64]string{}
	for _, c := range searchCorpus {
		d := putDoc(t, s, c.key, c.doc)
		ids[c.key], keys[d.ID] = d.ID, c.key
	}

	tests := []struct {
		query string
		want  []string // keys, in rank order when ordered is set
		order bool
	}{
		{"Guangzhou", []string{"en-glasses"}, false},
		{"guangzhou", []string{"en-glasses"}, false},
		{"coal", []string{"en-coal", "en-fuel"}, true},
		{"anthracite Nampo", []string{"en-coal"}, false},
		{"anthracite Guangzhou", nil, false},
		{"800 yuan", []string{"en-glasses"}, false},
		{"rice", nil, false}, // words match whole words: not "prices"
		{"prices", []string{"en-fuel"}, false},
		{"혜산에서", []string{"ko-hyesan"}, false},
		{"남포항", []string{"ko-nampo"}, false},
		{"석탄", []string{"ko-nampo", "ko-hyesan"}, true},
		{"쌀", []string{"ko-hyesan"}, false},
		{"석탄 남포항", []string{"ko-nampo"}, false},
		{"석탄 쌀", []string{"ko-hyesan"}, false},
		{"丹东市场", []string{"zh-dandong"}, false},
		{"煤炭", []string{"zh-dandong"}, false},
		{"大米", []string{"zh-dandong"}, false},
		{"口岸贸易", []string{"zh-dandong"}, false},
		// Hostile input is searched for literally and never errors.
		{`"`, nil, false},
		{`*`, nil, false},
		{`)(`, nil, false},
		{`coal*`, nil, false},
		{`title:coal`, nil, false},
		{`-coal`, nil, false},
		{`NEAR(coal Nampo)`, nil, false},
		{`%`, nil, false},
		{`_`, nil, false},
		{`\`, nil, false},
		{`'; DROP TABLE documents; --`, nil, false},
		{"", nil, false},
		{"   \t\n", nil, false},
		{"\x00\xff\xfe", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, 10)
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, keys[h.Document.ID])
			}
			want := tt.want
			if !tt.order {
				got, want = sorted(got), sorted(want)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("Search(%q) = %v, want %v", tt.query, got, want)
			}
			checkHits(t, tt.query, hits)
		})
	}

	t.Run("HostileQueriesNeverError", func(t *testing.T) {
		for _, q := range []string{`AND OR`, `OR`, `NOT`, `"coal`, `coal"`, `""""`, `a"b"c`, `{col}: x`,
			`^coal`, `coal + Nampo`, `(((`, "석탄\"", "🙂🙂", strings.Repeat("coal ", 200)} {
			if _, err := s.Search(ctx, q, 5); err != nil {
				t.Errorf("Search(%q): %v", q, err)
			}
		}
	})

	t.Run("Limit", func(t *testing.T) {
		hits, err := s.Search(ctx, "coal", 1)
		if err != nil || len(hits) != 1 || hits[0].Document.ID != ids["en-coal"] {
			t.Errorf("Search(coal, 1) = %d hits, %v; want en-coal only", len(hits), err)
		}
	})

	t.Run("ReprocessReplacesIndex", func(t *testing.T) {
		d, err := s.GetDocument(ctx, ids["en-fuel"])
		if err != nil {
			t.Fatal(err)
		}
		d.Title, d.Text = "Diesel shortage", "Methamphetamine seizures were reported near the river crossing."
		if err := s.SaveDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		for q, want := range map[string][]int64{
			"Sinuiju":         nil,
			"Methamphetamine": {d.ID},
			"coal":            {ids["en-coal"]},
		} {
			hits, err := s.Search(ctx, q, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, h := range hits {
				got = append(got, h.Document.ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("after reprocessing, Search(%q) = %v, want %v", q, got, want)
			}
		}
	})
}

// checkHits checks that hits are ordered by rank and that every snippet
// brackets a query term.
func checkHits(t *testing.T, query string, hits []store.SearchHit) {
	t.Helper()
	for i, h := range hits {
		if i > 0 && h.Rank > hits[i-1].Rank {
			t.Errorf("Search(%q): hit %d rank %v above hit %d rank %v", query, i, h.Rank, i-1, hits[i-1].Rank)
		}
		snip := strings.ToLower(h.Snippet)
		found := false
		for _, term := range strings.Fields(strings.ToLower(query)) {
			if strings.Contains(snip, "["+term+"]") {
				found = true
			}
		}
		if !found {
			t.Errorf("Search(%q): snippet %q brackets no query term", query, h.Snippet)
		}
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}
