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
