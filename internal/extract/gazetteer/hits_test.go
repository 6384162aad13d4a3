package gazetteer

import "testing"

// TestHitsOwnSlice checks the promise places relies on: no two keys share
// a hits slice, so the address of the first hit identifies the key.
func TestHitsOwnSlice(t *testing.T) {
	g := mustLoad(t)
	seen := make(map[*Hit]string, len(g.byKey))
	for k, hits := range g.byKey {
		if len(hits) == 0 {
			t.Fatalf("key %q has no hits", k)
		}
		if other, dup := seen[&hits[0]]; dup {
			t.Fatalf("keys %q and %q share a hits slice", k, other)
		}
		seen[&hits[0]] = k
	}
}

// TestKeyFilter checks the key filter never hides a key and rejects most
// strings that are not keys (else it saves nothing).
func TestKeyFilter(t *testing.T) {
	g := mustLoad(t)
	for k, hits := range g.byKey {
		if got := g.HitsBytes([]byte(k)); len(got) != len(hits) {
			t.Fatalf("HitsBytes(%q) = %d hits, want %d", k, len(got), len(hits))
		}
	}
	tests := []struct {
		key  string
		want bool
	}{
		{"pyongyang", true},
		{"dandong", true},
		{"zqxjv wrttl", false},
	}
	for _, tt := range tests {
		if got := len(g.HitsBytes([]byte(tt.key))) > 0; got != tt.want {
			t.Errorf("HitsBytes(%q) found = %v, want %v", tt.key, got, tt.want)
		}
	}
	misses := 0
	for i := range 1000 {
		if !g.mayHaveKey([]byte("zz" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "qx")) {
			misses++
		}
	}
	if misses < 700 {
		t.Errorf("filter rejected %d of 1000 non-keys, want most", misses)
	}
}
