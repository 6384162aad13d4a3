package orgs

import (
	"slices"
	"testing"
)

// TestShortNames checks that a foreign ministry is named as its country
// names it, with the lexicon's qualified name among its aliases, and that
// the DPRK's bodies and bodies whose country is part of the proper name
// keep their names.
func TestShortNames(t *testing.T) {
	tests := []struct {
		name, text, id, want, alias string // alias "" wants no qualified form
	}{
		{"foreign ministry by its short form", "A spokesman for Beijing's Foreign Ministry denied the report.",
			"cn-mfa", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of China"},
		{"foreign ministry by its full name", "Tokyo said Japan's Ministry of Defense had tracked the tanker.",
			"jp-mod", "Ministry of Defense", "Ministry of Defense of Japan"},
		{"US department keeps its usual name", "The Justice Department unsealed the indictment in Washington.",
			"us-doj", "US Department of Justice", "Department of Justice"},
		{"DPRK ministry: no country in the name", "North Korea's Foreign Ministry rejected the resolution.",
			"kp-mfa", "Ministry of Foreign Affairs", ""},
		{"a country in the proper name stays", "The Monetary Authority of Singapore froze the accounts.",
			"sg-mas", "Monetary Authority of Singapore", ""},
		{"a customs service as its country names it", "Russia's Federal Customs Service cleared the cargo.",
			"ru-fcs", "Federal Customs Service", "Federal Customs Service of Russia"},
		{"an agency, not a ministry", "The Korea Customs Service seized the cargo.",
			"kr-kcs", "Korea Customs Service", ""},
	}
	f := finder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found bool
			for _, o := range f.Find(tt.text) {
				if o.ID != tt.id {
					continue
				}
				found = true
				if o.Name != tt.want {
					t.Errorf("Find(%q): %s named %q, want %q", tt.text, tt.id, o.Name, tt.want)
				}
				var surfaces []string
				for _, m := range o.Mentions {
					surfaces = append(surfaces, m.Text)
				}
				for _, a := range o.Aliases {
					if a != tt.alias && !slices.Contains(surfaces, a) {
						t.Errorf("Find(%q): alias %q is neither a mention nor %q", tt.text, a, tt.alias)
					}
				}
				if tt.alias != "" && !slices.Contains(o.Aliases, tt.alias) {
					t.Errorf("Find(%q): aliases %q lack %q", tt.text, o.Aliases, tt.alias)
				}
			}
			if !found {
				t.Errorf("Find(%q): no %s", tt.text, tt.id)
			}
		})
	}
}
