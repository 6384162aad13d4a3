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
