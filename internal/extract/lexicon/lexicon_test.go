package lexicon

import (
	"slices"
	"testing"
)

func mustLoad(t testing.TB) *Lexicon {
	t.Helper()
	lex, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return lex
}

func TestLoadSizes(t *testing.T) {
	lex := mustLoad(t)
	if n := len(lex.Orgs); n < 40 {
		t.Errorf("organisations = %d, want at least 40", n)
	}
	forms := 0
	for _, c := range lex.Commodities {
		forms += len(c.Forms)
	}
	if forms < 150 {
		t.Errorf("commodity surface forms = %d, want at least 150", forms)
	}
	for _, id := range []string{"kp-mss", "cn-mss", "kp-msos", "kp-meer", "kp-wpk", "kp-office39", "kp-rgb", "kp-komid", "un-1718", "un-poe", "cn-gacc", "cn-mps"} {
		if _, ok := lex.Org(id); !ok {
			t.Errorf("organisation %s missing", id)
		}
	}
}

func TestHSCodesExist(t *testing.T) {
	lex := mustLoad(t)
	for _, c := range lex.Commodities {
		for _, code := range []string{c.HS, c.SanctionsHS} {
			if code != "" && lex.HSDescription(code) == "" {
				t.Errorf("commodity %s: HS %s not in the HS table", c.ID, code)
			}
		}
		// Food, services (labour, fishing rights), mixed aggregates
		// (luxury goods, building materials) and narcotics as a whole fit
		// no single heading.
		if c.HS == "" && c.SanctionsHS == "" && !slices.Contains([]string{"food", "services", "mixed"}, c.Class) && c.ID != "narcotics" {
			t.Errorf("commodity %s has no HS code at all", c.ID)
		}
	}
	rules, err := SanctionRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		for _, p := range r.HS {
			if lex.HSDescription(p) == "" {
				t.Errorf("rule %s: HS prefix %s not in the HS table", r.ID, p)
			}
		}
	}
	if got := lex.HSDescription("852589"); got != "Television cameras; n.e.c. in item no 8525.8" {
		t.Errorf("HSDescription(852589) = %q", got)
	}
}

func TestSanctionRulesCiteDPRKResolutions(t *testing.T) {
	allowed := []string{"1718", "2087", "2094", "2270", "2321", "2371", "2375", "2397"}
	rules, err := SanctionRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) < 20 {
		t.Fatalf("%d rules, want at least 20", len(rules))
	}
	ids := map[string]bool{}
	for _, r := range rules {
		if ids[r.ID] {
			t.Errorf("duplicate rule id %s", r.ID)
		}
		ids[r.ID] = true
		if len(r.Resolutions) == 0 {
			t.Errorf("rule %s cites no resolution", r.ID)
		}
		for _, res := range r.Resolutions {
			if !slices.Contains(allowed, res) {
				t.Errorf("rule %s cites %s", r.ID, res)
			}
		}
	}
}

func TestOrgFormsOwnedOnceOrConditioned(t *testing.T) {
	lex := mustLoad(t)
	owners := map[string]map[string]bool{}
	for _, o := range lex.Orgs {
		for _, f := range o.Forms() {
			k := NormalizeForm(f)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][o.ID] = true
		}
	}
	conds := map[string]bool{}
	for _, c := range lex.Conditions {
		conds[NormalizeForm(c.Form)] = true
	}
	shared := 0
	for k, ids := range owners {
		if len(ids) > 1 {
			shared++
			if !conds[k] {
				t.Errorf("form %q shared by %v has no condition", k, ids)
			}
		}
	}
	if shared == 0 {
		t.Error("no shared forms: expected at least Ministry of State Security and MSS")
	}
}

func TestWithPlurals(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"truck", []string{"truck", "trucks"}},
		{"battery", []string{"battery", "batteries"}},
		{"excavator", []string{"excavator", "excavators"}},
		{"box", []string{"box", "boxes"}},
		{"spy camera glasses", []string{"spy camera glasses"}},
		{"CCTV", []string{"CCTV"}},
		{"쌀", []string{"쌀"}},
		{"key", []string{"key", "keys"}},
		{"CCTV camera", []string{"CCTV camera", "CCTV cameras"}},
		{"Mercedes-Benz", []string{"Mercedes-Benz"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := withPlurals([]string{tt.in}); !slices.Equal(got, tt.want) {
				t.Errorf("withPlurals(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeForm(t *testing.T) {
	tests := map[string]string{
		"Workers' Party of Korea": "workers party of korea",
		"Korean People's Army":    "korean people s army",
		"U.N.  Security-Council":  "u n security council",
		"중국 상무부":                  "중국상무부",
		"Office #39":              "office 39",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := NormalizeForm(in); got != want {
				t.Errorf("NormalizeForm(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFormsIndex builds a matcher over every form of both vocabularies, so
// that a form the matcher cannot index (a Latin-led form with Hangul in it,
// a comma inside a name) fails here rather than when a finder starts.
func TestFormsIndex(t *testing.T) {
	lex := mustLoad(t)
	var pats []Pattern
	for i, c := range lex.Commodities {
		for _, f := range c.Forms {
			pats = append(pats, Pattern{Form: f, Ref: int32(i)})
		}
	}
	for _, f := range lex.CommodityBlockers {
		pats = append(pats, Pattern{Form: f, Ref: Block})
	}
	for i := range lex.Orgs {
		for _, f := range lex.Orgs[i].Forms() {
			pats = append(pats, Pattern{Form: f, Ref: int32(i)})
		}
	}
	for _, f := range lex.OrgBlockers {
		pats = append(pats, Pattern{Form: f, Ref: Block})
	}
	if _, err := NewMatcher(pats); err != nil {
		t.Fatal(err)
	}
}

func TestHSCodes(t *testing.T) {
	lex := mustLoad(t)
	codes := lex.HSCodes()
	if !slices.IsSorted(codes) {
		t.Error("HSCodes is not sorted")
	}
	for _, want := range []string{"03", "0305", "8807", "270111"} {
		if _, ok := slices.BinarySearch(codes, want); !ok {
			t.Errorf("HSCodes lacks %s", want)
		}
	}
	if len(codes) < 1300 {
		t.Errorf("HSCodes has %d codes, want the whole table", len(codes))
	}
}

// commodityMatcher indexes every commodity form and blocker, as the goods
// finder does.
func commodityMatcher(t *testing.T, lex *Lexicon) *Matcher {
	t.Helper()
	var pats []Pattern
	for i, c := range lex.Commodities {
		for _, f := range c.Forms {
			pats = append(pats, Pattern{Form: f, Ref: int32(i)})
		}
	}
	for _, f := range lex.CommodityBlockers {
		pats = append(pats, Pattern{Form: f, Ref: Block})
	}
	m, err := NewMatcher(pats)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestCommodityClassification checks that the everyday names of goods
// resolve to the entry and HS code an analyst expects, the longest form
// winning over a shorter one inside it, and that words which only contain a
// good's name (people, idioms, Korean compounds) name none.
func TestCommodityClassification(t *testing.T) {
	lex := mustLoad(t)
	m := commodityMatcher(t, lex)
	tests := []struct {
		text   string
		id, hs string // "" id: no good at all
	}{
		{"boxes of sanitary napkins", "sanitary-pads", "961900"},
		{"a pack of disposable nappies", "diapers", "961900"},
		{"tins of baby formula", "infant-formula", "190110"},
		{"중국산 분유 한 통", "infant-formula", "190110"},
		{"sacks of skimmed milk powder", "milk-powder", "0402"},
		{"a carton of wet wipes", "wet-wipes", "3401"},
		{"dried astragalus root", "astragalus", "121190"},
		{"황기를 캐서 판다", "astragalus", "121190"},
		{"오미자 1kg", "schisandra", "121190"},
		{"불황기에는 장사가 안 된다", "", ""},
		{"a crate of firearms", "firearms", "93"},
		{"총기류 밀수", "firearms", "93"},
		{"weapons deliveries", "weapons", "93"},
		{"electric stun batons", "stun-weapons", "930400"},
		{"pairs of handcuffs", "handcuffs", "7326"},
		{"bags of shredded tobacco", "shredded-tobacco", "2403"},
		{"hot-rolled steel plate", "hot-rolled-steel", "7208"},
		{"aluminium alloy ingots", "aluminium-alloy", "760120"},
		{"copper scrap", "copper-scrap", "7404"},
		{"slag for road building", "slag", "2618"},
		{"used truck tyres", "used-tyres", "401220"},
		{"retreaded tyres", "retreaded-tyres", "4012"},
		{"second-hand diesel engines", "diesel-engine", "8408"},
		{"marine diesel engines", "marine-diesel-engine", "840810"},
		{"cheap marine diesel", "marine-fuel", "2710"},
		{"irrigation pumps", "water-pump", "8413"},
		{"a GPS plotter", "gps-navigator", "852691"},
		{"GPS jamming", "", ""},
		{"imported electricity", "electricity", "271600"},
		{"electricity shortages", "", ""},
		{"sacks of animal feed", "animal-feed", "2309"},
		{"sent to die as cannon fodder", "", ""},
		{"placer gold", "gold-dust", "710811"},
		{"grave diggers", "", ""},
		{"an upright piano", "upright-piano", "920110"},
		{"a walking tractor", "walking-tractor", "870110"},
		{"boxes of floor tiles", "floor-tiles", "6907"},
		{"a Sunscreen tube", "sunscreen", "330499"},
		{"electric heaters", "electric-heater", "851629"},
		{"a box of dried noodles", "noodles", "1902"},
		{"화학비료 600t", "chemical-fertilizer", "31"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, mt := range m.Find(tt.text) {
				if mt.Refs[0] == Block {
					continue
				}
				c := lex.Commodities[mt.Refs[0]]
				got = append(got, c.ID+" "+c.HS)
			}
			var want []string
			if tt.id != "" {
				want = []string{tt.id + " " + tt.hs}
			}
			if !slices.Equal(got, want) {
				t.Errorf("goods in %q = %q, want %q", tt.text, got, want)
			}
		})
	}
}

// TestCommodityHSLevel checks that every code is a chapter, a heading or a
// subheading (2, 4 or 6 digits), and that a subheading lies under a heading
// of the table, as the eval's prefix rule assumes.
func TestCommodityHSLevel(t *testing.T) {
	lex := mustLoad(t)
	for _, c := range lex.Commodities {
		switch len(c.HS) {
		case 0, 2, 4:
		case 6:
			if lex.HSDescription(c.HS[:4]) == "" {
				t.Errorf("%s: HS %s has no heading %s in the table", c.ID, c.HS, c.HS[:4])
			}
		default:
			t.Errorf("%s: HS %q is not 2, 4 or 6 digits", c.ID, c.HS)
		}
	}
}
