package events

import (
	"slices"
	"testing"
)

// TestLegRulesRound4 covers origins named inside a "from" phrase of things
// ("from orchards near Kilju") and relative clauses of motion as hops.
func TestLegRulesRound4(t *testing.T) {
	rulesOnly(t)
	place := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder {
			return b.place(name, "test:"+name, "city", country, "", s...)
		}
	}
	kilju, chongjin, hunchun := place("Kilju", "KP"), place("Chongjin", "KP"), place("Hunchun", "CN")
	yantai, weihai := place("Yantai", "CN"), place("Weihai", "CN")
	cases := []struct {
		name  string
		text  string
		build func(*builder)
		legs  []string
	}{
		{
			name: "a place ending a from phrase of things is the origin",
			text: "Dried apricots from orchards near Kilju are trucked to Chongjin every week.",
			build: func(b *builder) {
				chongjin(kilju(b, "Kilju"), "Chongjin").good("apricots", "food", "apricots")
			},
			legs: []string{"Kilju>Chongjin"},
		},
		{
			name: "far from is distance, not an origin",
			text: "The apricots, grown far from orchards near Kilju, are trucked to Chongjin every week.",
			build: func(b *builder) {
				chongjin(kilju(b, "Kilju"), "Chongjin").good("apricots", "food", "apricots")
			},
			legs: nil,
		},
		{
			name: "a from phrase after the destination leaves the origin open",
			text: "The apricots are brought to the depot by lorry from orchards near Kilju and then sent on to Hunchun.",
			build: func(b *builder) {
				hunchun(kilju(b, "Kilju"), "Hunchun").good("apricots", "food", "apricots")
			},
			legs: nil,
		},
		{
			name: "a relative clause of motion is the next hop",
			text: "The ship sails from Chongjin to Yantai and tips the apricots onto barges that carry them up the coast to Weihai.",
			build: func(b *builder) {
				weihai(yantai(chongjin(b, "Chongjin"), "Yantai"), "Weihai").good("apricots", "food", "apricots")
			},
			legs: []string{"Chongjin>Yantai", "Yantai>Weihai"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assembled(t, c.text, c.build)
			got := legPairs(r.Legs, false)
			slices.Sort(got)
			if !slices.Equal(got, c.legs) {
				t.Errorf("legs %v, want %v", got, c.legs)
			}
		})
	}
}
