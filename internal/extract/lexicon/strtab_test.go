package lexicon

import (
	"fmt"
	"testing"
)

func TestStrTable(t *testing.T) {
	m := map[string]int{}
	for i := range 500 {
		m[fmt.Sprintf("w%d", i)] = i
		m[fmt.Sprintf("a longer key of several words %d", i)] = -i
	}
	m[""] = 7
	tab := newStrTable(m)
	for k, v := range m {
		if got, ok := tab.get([]byte(k)); !ok || got != v {
			t.Errorf("get(%q) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	for _, k := range []string{"w500", "w-1", "a longer key of several words", "W1", "w1 "} {
		if got, ok := tab.get([]byte(k)); ok {
			t.Errorf("get(%q) = %d, true; want a miss", k, got)
		}
	}
	empty := newStrTable(map[string]int{})
	if _, ok := empty.get([]byte("x")); ok {
		t.Error("an empty table holds x")
	}
}
