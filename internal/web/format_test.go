package web

import (
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {7, "7"}, {999, "999"}, {1000, "1,000"}, {6500, "6,500"}, {5e6, "5,000,000"},
		{4.42, "4.42"}, {12345.5, "12,345.5"}, {-1234, "-1,234"}, {0.000680661, "0.000680661"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := formatNumber(tt.in); got != tt.want {
				t.Errorf("formatNumber(%v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatPriceAndQuantity(t *testing.T) {
	prices := []struct {
		name string
		p    model.Price
		want string
	}{
		{"plain", model.Price{Amount: 90, Currency: "USD"}, "90 USD"},
		{"full", model.Price{Amount: 6500, Currency: "KPW", Unit: "kg", Qualifier: "about", Item: "rice"}, "about 6,500 KPW per kg (rice)"},
		{"range", model.Price{Amount: 10, AmountMax: ptr(12.0), Currency: "CNY"}, "10–12 CNY"},
		{"range of one", model.Price{Amount: 10, AmountMax: ptr(10.0), Currency: "CNY"}, "10 CNY"},
	}
	for _, tt := range prices {
		t.Run("price "+tt.name, func(t *testing.T) {
			if got := formatPrice(tt.p); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	quantities := []struct {
		name string
		q    model.Quantity
		want string
	}{
		{"exact", model.Quantity{Min: 40, Max: ptr(40.0), Unit: "tonnes", Item: "rice"}, "40 tonnes of rice"},
		{"range", model.Quantity{Min: 10, Max: ptr(99.0), Unit: "tonnes"}, "10–99 tonnes"},
		{"open", model.Quantity{Min: 6, Unit: "units", Item: "barges"}, "6+ units of barges"},
	}
	for _, tt := range quantities {
		t.Run("quantity "+tt.name, func(t *testing.T) {
			if got := formatQuantity(tt.q); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEvidence(t *testing.T) {
	text := "First sentence.  Second\nsentence. 혜산."
	tests := []struct {
		name  string
		spans []model.Span
		want  string
	}{
		{"one", []model.Span{{Start: 0, End: 15}}, "First sentence."},
		{"white space folded", []model.Span{{Start: 17, End: 33}}, "Second sentence."},
		{"two", []model.Span{{Start: 0, End: 5}, {Start: 17, End: 23}}, "First … Second"},
		{"invalid skipped", []model.Span{{Start: -1, End: 3}, {Start: 35, End: 36}, {Start: 34, End: 40}}, "혜산"},
		{"none", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := evidence(text, tt.spans); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSnippetHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"no match", "no match"},
		{"a [rice] b [쌀]", "a <mark>rice</mark> b <mark>쌀</mark>"},
		{"<b>[x&y]</b>", "&lt;b&gt;<mark>x&amp;y</mark>&lt;/b&gt;"},
		{"open [ only", "open [ only"},
		{"close ] only [a]", "close ] only <mark>a</mark>"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := string(snippetHTML(tt.in)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
