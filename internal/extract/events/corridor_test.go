package events

import "testing"

// genCase is a passage with the specific and the general (corridor) legs
// it must make.
type genCase struct {
	paraCase
	general []string
}

// checkGenCases runs genCase passages on the rules alone and compares
// both the specific and the general legs.
func checkGenCases(t *testing.T, gcs []genCase) {
	t.Helper()
	rulesOnly(t)
	for _, gc := range gcs {
		t.Run(gc.name, func(t *testing.T) {
			lc := gc.legCase(t)
			lc.general = gc.general
			if p := legCaseProblem(t, true, lc); p != "" {
				t.Error(p)
			}
		})
	}
}

// TestCorridorLegs: statements of how trade usually runs make general
// legs; an adverb of frequency that only qualifies a trailing detail of
// one past shipment, or a comparison of frequency, does not. Every
// passage is written for this test.
func TestCorridorLegs(t *testing.T) {
	checkGenCases(t, []genCase{
		{paraCase: paraCase{name: "most of the goods travel", places: []string{"Tonghua", "Linjiang", "Junggang"},
			text: "Most of the goods travel by lorry from Linjiang over the river bridge to Junggang, dealers in Tonghua say."},
			general: []string{"Linjiang>Junggang"}},
		{paraCase: paraCase{name: "most of the goods past stays specific", places: []string{"Linjiang", "Junggang"},
			goods: []string{"cement=cement"},
			text:  "A barge brought 300 tonnes of cement up the river in May. Most of the goods were moved by lorry from Linjiang to Junggang a week later.",
			legs:  []string{"Linjiang>Junggang"}}},
		{paraCase: paraCase{name: "comma often after stops", places: []string{"Ningbo", "Nampo"},
			goods: []string{"steel pipes=steel pipes"},
			text:  "Investigators said the steel pipes were loaded at Ningbo and delivered to Nampo, often after calls at other ports to hide the route.",
			legs:  []string{"Ningbo>Nampo"}}},
		{paraCase: paraCase{name: "comma mostly aboard", places: []string{"Nakhodka", "Rajin"},
			goods: []string{"diesel=diesel"},
			text:  "The monitors said Moscow shipped about 200,000 tonnes of diesel to Pyongyang's ports in 2024, mostly aboard small tankers running from Nakhodka to Rajin.",
			legs:  []string{"Nakhodka>Rajin"}}},
		{paraCase: paraCase{name: "more frequently than before", places: []string{"Sariwon", "Hyesan"},
			goods: []string{"copper wire=copper wire"},
			text:  "Dealers who bring copper wire from Sariwon have been arriving in Hyesan more frequently than before, a resident said.",
			legs:  []string{"Sariwon>Hyesan"}}},
		{paraCase: paraCase{name: "usually after comma stays general", places: []string{"Hunchun", "Rajin"},
			goods: []string{"flour=Flour"},
			text:  "Flour is trucked from Hunchun to Rajin, usually over the Quanhe bridge."},
			general: []string{"Hunchun>Rajin"}},
		{paraCase: paraCase{name: "most goods bound for still cross", places: []string{"Khasan", "Tumangang"},
			text: "Railway staff say most Russian goods bound for the North still cross the rail bridge from Khasan to Tumangang."},
			general: []string{"Khasan>Tumangang"}},
		{paraCase: paraCase{name: "typical chain", places: []string{"Shenyang", "Dandong", "Sinuiju", "Pyongyang"},
			text: "Machine parts bought in Shenyang are typically sent by train to Dandong, trucked across the bridge to Sinuiju and then carried on to Pyongyang."},
			general: []string{"Dandong>Sinuiju", "Shenyang>Dandong", "Sinuiju>Pyongyang"}},
		{paraCase: paraCase{name: "most of the cargo crosses", places: []string{"Hunchun", "Rajin"},
			text: "Most of the cargo crosses from Hunchun to Rajin on the Quanhe road, traders say."},
			general: []string{"Hunchun>Rajin"}},
		{paraCase: paraCase{name: "comma mostly goods aside", places: []string{"Vanino", "Rajin"},
			goods: []string{"fuel oil=fuel oil"},
			text:  "Satellite images show that four tankers loaded oil products, mostly fuel oil, at Vanino in June and discharged them at Rajin.",
			legs:  []string{"Vanino>Rajin"}}},
		{paraCase: paraCase{name: "comma mostly models aside", places: []string{"Tianjin", "Nampo"},
			text: "The lorries, mostly small Japanese makes, were bought in Tianjin by a broker and shipped to Nampo in March.",
			legs: []string{"Tianjin>Nampo"}}},
		{paraCase: paraCase{name: "comma mostly by rail aside stays general", places: []string{"Tumen", "Namyang"},
			text: "Grain moves from Tumen to Namyang, mostly by rail, and then on to the coast."},
			general: []string{"Tumen>Namyang"}},
		{paraCase: paraCase{name: "its most recent voyage", places: []string{"Nakhodka", "Wonsan"},
			goods: []string{"timber=timber"},
			text:  "On its most recent voyage, the crew said, the freighter loaded timber at Nakhodka and unloaded it at Wonsan.",
			legs:  []string{"Nakhodka>Wonsan"}}},
	})
}
