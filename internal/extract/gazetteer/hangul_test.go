package gazetteer

import (
	"slices"
	"testing"
)

func TestHangulOfMR(t *testing.T) {
	tests := []struct {
		mr   string
		want []string // each must be among the spellings
		not  []string // none may be
	}{
		{"ch'ŏlsan", []string{"철산"}, nil},
		{"kanggye", []string{"강계"}, []string{"간계"}},
		{"songwŏn", []string{"송원"}, nil},
		{"nagwŏn", []string{"낙원"}, nil},         // ㄱ written as the next syllable's g
		{"ryongnim", []string{"룡림", "용림"}, nil}, // ㄹ written n after ng; the South's initial sound
		{"sin'gye", []string{"신계"}, []string{"싱계"}},
		{"ch'ŏrwŏn", []string{"철원"}, nil},
		{"hŭich'ŏn", []string{"희천"}, nil},
	}
	for _, tt := range tests {
		got := hangulOfMR(tt.mr)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("hangulOfMR(%q) = %v, lacks %s", tt.mr, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("hangulOfMR(%q) = %v, has %s", tt.mr, got, w)
			}
		}
		if len(got) > maxHangulVariants {
			t.Errorf("hangulOfMR(%q) gives %d spellings", tt.mr, len(got))
		}
	}
}

func TestHangulLevelNames(t *testing.T) {
	if got := hangulLevelNames("Ch’ŏlsan-gun"); !slices.Equal(got, []string{"철산군"}) {
		t.Errorf("Ch’ŏlsan-gun = %v", got)
	}
	if got := hangulLevelNames("Kanggye-si"); !slices.Contains(got, "강계시") {
		t.Errorf("Kanggye-si = %v", got)
	}
	for _, n := range []string{"Ch’ŏlsan", "Ch’ŏlsan County", "Seonggan-gun", "Hwapyeong-gun"} {
		if got := hangulLevelNames(n); got != nil {
			t.Errorf("%s = %v, want none (no level word, or not MR)", n, got)
		}
	}
}

// TestHangulCountyKeys checks the Hangul county names in the loaded
// gazetteer: the suffixed form names the North's county, a form that names
// a place already keeps it, and the bare name is added to nothing.
func TestHangulCountyKeys(t *testing.T) {
	g := mustLoad(t)
	one := func(key, id string) {
		t.Helper()
		hs := g.Hits(Key(key))
		if len(hs) == 0 || hs[0].Entry.ID != id {
			t.Errorf("%s: got %d hits, want %s first", key, len(hs), id)
		}
	}
	one("철산군", "geonames:KP.11.1878581")
	one("용천군", "geonames:KP.11.1865779")
	one("Ryongchon", "geonames:KP.11.1865779")
	one("Sinyiju", "geonames:2040893")
	for _, h := range g.Hits("혜산시") {
		if h.Entry.Kind == KindAdmin2 {
			t.Errorf("혜산시 was added to the county-level division too")
		}
	}
	if hs := g.Hits("철산"); len(hs) != 0 {
		t.Errorf("bare 철산 names %s", hs[0].Entry.ID)
	}
}
