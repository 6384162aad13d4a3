package events

import (
	"strings"
	"testing"
)

func TestPhraseSetScan(t *testing.T) {
	ps, masks := newPhraseSet([]string{"said to", " if "}, []string{"ship to ship", "환적"})
	all := masks[0] | masks[1]
	tests := []struct {
		s      string
		active uint64
		want   map[string]int // phrase -> first offset
	}{
		{"he is said to have said to them", all, map[string]int{"said to": 6}},
		{"only if the ship to ship transfer", all, map[string]int{" if ": 4, "ship to ship": 12}},
		{"only if the ship to ship transfer", masks[1], map[string]int{"ship to ship": 12}},
		{"선박 환적 적발", all, map[string]int{"환적": 7}},
		{"nothing here", all, map[string]int{}},
		{"", all, map[string]int{}},
	}
	for _, tc := range tests {
		var at [64]int
		found := ps.scan(tc.s, tc.active, &at)
		got := map[string]int{}
		for k, p := range ps.list {
			if found&(1<<k) != 0 {
				got[p] = at[k]
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("scan(%q) = %v, want %v", tc.s, got, tc.want)
			continue
		}
		for p, k := range tc.want {
			if g, ok := got[p]; !ok || g != k || strings.Index(tc.s, p) != k {
				t.Errorf("scan(%q)[%q] = %d, %v; want %d", tc.s, p, g, ok, k)
			}
		}
	}
}
