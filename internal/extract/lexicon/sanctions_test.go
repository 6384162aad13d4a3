package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func TestSanctions(t *testing.T) {
	type want struct {
		res       string // resolutions joined by "+"
		direction string
		category  string // substring
	}
	tests := []struct {
		name      string
		hs        string
		direction string
		want      []want
		noteHas   string // substring of the first result's note
	}{
		{"spy camera glasses, unknown direction", "852589", "", []want{
			{"2397", ExportFromDPRK, "electrical equipment (HS 85)"},
			{"2397", SupplyToDPRK, "industrial machinery and electrical equipment (HS 84, 85)"},
		}, ""},
		{"spy camera glasses, into the DPRK", "852589", SupplyToDPRK, []want{
			{"2397", SupplyToDPRK, "industrial machinery"},
		}, ""},
		{"dotted code", "8525.89", ExportFromDPRK, []want{
			{"2397", ExportFromDPRK, "electrical equipment"},
		}, ""},
		{"coal", "2701", "", []want{{"2270+2321+2371", ExportFromDPRK, "coal"}}, "400,870,018"},
		{"anthracite", "270111", ExportFromDPRK, []want{{"2270+2321+2371", ExportFromDPRK, "coal"}}, ""},
		{"coal into the DPRK is not banned", "2701", SupplyToDPRK, nil, ""},
		{"crab", "0306", "", []want{{"2371", ExportFromDPRK, "seafood"}}, ""},
		{"rice", "1006", "", nil, ""},
		{"rice into the DPRK", "1006", SupplyToDPRK, nil, ""},
		{"maize", "1005", ExportFromDPRK, nil, ""},
		{"soybeans out of the DPRK", "1201", ExportFromDPRK, []want{{"2397", ExportFromDPRK, "food and agricultural"}}, ""},
		{"soybeans into the DPRK", "1201", SupplyToDPRK, nil, ""},
		{"wigs", "6704", "", nil, ""},
		{"garments", "62", "", []want{{"2375", ExportFromDPRK, "textiles"}}, ""},
		{"iron ore", "2601", "", []want{{"2270+2371", ExportFromDPRK, "iron"}}, ""},
		{"gold", "7108", "", []want{{"2270", ExportFromDPRK, "gold"}}, ""},
		{"rare earths", "2846", "", []want{{"2270", ExportFromDPRK, "rare earth"}}, ""},
		{"copper", "74", "", []want{
			{"2321", ExportFromDPRK, "copper"},
			{"2397", SupplyToDPRK, "metals"},
		}, ""},
		{"lead ore", "2607", "", []want{{"2371", ExportFromDPRK, "lead"}}, ""},
		{"statues", "9703", ExportFromDPRK, []want{{"2321", ExportFromDPRK, "statues"}}, ""},
		{"diesel", "271019", SupplyToDPRK, []want{{"2375+2397", SupplyToDPRK, "refined petroleum"}}, "500,000 barrels"},
		{"crude oil", "2709", "", []want{{"2375+2397", SupplyToDPRK, "crude oil"}}, "4 million barrels"},
		{"helicopters", "8802", SupplyToDPRK, []want{
			{"2321", SupplyToDPRK, "new helicopters"},
			{"2397", SupplyToDPRK, "transportation vehicles"},
		}, "Covers only HS 880211, 880212 within HS 8802"},
		{"luxury watch", "9101", "", []want{{"1718+2270", SupplyToDPRK, "watches"}}, ""},
		{"whisky", "220830", "", []want{{"1718", SupplyToDPRK, "national lists"}}, "Member State"},
		{"cars", "8703", SupplyToDPRK, []want{
			{"1718+2094+2270", SupplyToDPRK, "luxury automobiles"},
			{"2397", SupplyToDPRK, "transportation vehicles"},
		}, ""},
		{"rifles, both ways", "9303", ExportFromDPRK, []want{{"1718+2270", "both", "arms"}}, ""},
		{"petroleum chapter", "27", SupplyToDPRK, []want{
			{"2375", SupplyToDPRK, "natural gas liquids"},
			{"2375+2397", SupplyToDPRK, "refined petroleum"},
			{"2375+2397", SupplyToDPRK, "crude oil"},
		}, "Covers only HS 271112, 271113, 271119 within HS 27"},
		{"not a code", "coal", "", nil, ""},
		{"one digit", "8", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanctions(tt.hs, tt.direction)
			if len(got) != len(tt.want) {
				t.Fatalf("Sanctions(%q, %q) = %d rules %+v, want %d", tt.hs, tt.direction, len(got), got, len(tt.want))
			}
			if tt.want == nil && got != nil {
				t.Fatalf("want nil, got %+v", got)
			}
			for i, w := range tt.want {
				g := got[i]
				if strings.Join(g.Resolutions, "+") != w.res || g.Direction != w.direction || !strings.Contains(g.Category, w.category) {
					t.Errorf("rule %d = %v %s %q, want %s %s %q", i, g.Resolutions, g.Direction, g.Category, w.res, w.direction, w.category)
				}
			}
			if tt.noteHas != "" && !strings.Contains(got[0].Note, tt.noteHas) {
				t.Errorf("note %q lacks %q", got[0].Note, tt.noteHas)
			}
		})
	}
}

func TestCommoditySanctionsOnlyFor(t *testing.T) {
	jet := CommoditySanctions("jet-fuel", "271019", SupplyToDPRK)
	diesel := CommoditySanctions("diesel", "271019", SupplyToDPRK)
	has2270 := func(ss []string) bool { return slices.Contains(ss, "2270") }
	if len(jet) != 2 || !has2270(jet[0].Resolutions) || !strings.Contains(jet[0].Category, "aviation fuel") {
		t.Errorf("jet fuel: %+v, want the 2270 aviation fuel ban and the refined petroleum cap", jet)
	}
	if len(diesel) != 1 || has2270(diesel[0].Resolutions) {
		t.Errorf("diesel: %+v, want only the refined petroleum cap", diesel)
	}
	if c := CommoditySanctions("condensate", "2709", SupplyToDPRK); len(c) != 2 || c[0].Category != "condensates" {
		t.Errorf("condensate: %+v, want the 2375 ban and the crude cap", c)
	}
}

func TestSanctionsResultIsACopy(t *testing.T) {
	a := Sanctions("2701", "")
	a[0].Resolutions[0] = "9999"
	if b := Sanctions("2701", ""); b[0].Resolutions[0] != "2270" {
		t.Errorf("mutating a result changed the table: %v", b[0].Resolutions)
	}
}
