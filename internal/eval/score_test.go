package eval

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func f64(v float64) *float64 { return &v }

func TestPlaceMatches(t *testing.T) {
	tests := []struct {
		name                       string
		gold, goldCC, pred, predCC string
		want                       bool
	}{
		{"equal", "Hyesan", "KP", "Hyesan", "KP", true},
		{"case and breve", "Chongjin", "KP", "Ch'ŏngjin", "KP", true},
		{"apostrophe", "Nampo", "KP", "Namp'o", "KP", true},
		{"hyphen", "Sinuiju", "KP", "Sin-uiju", "KP", true},
		{"province suffix", "Ryanggang", "KP", "Ryanggang Province", "KP", true},
		{"city suffix", "Dandong", "CN", "Dandong City", "CN", true},
		{"prefix word", "Changbai", "CN", "Changbai Korean Autonomous County", "CN", true},
		{"prefix word, other country", "Changbai", "CN", "Changbai Korean Autonomous County", "KP", false},
		{"prefix not at word boundary", "Hun", "CN", "Hunchun", "CN", false},
		{"predicted shorter than gold", "Dandong Border Trade Zone", "CN", "Dandong", "CN", false},
		{"gazetteer merges the county and its town", "Changbai Korean Autonomous County", "CN", "Changbai", "CN", true},
		{"Vietnamese diacritics", "Cam Pha", "VN", "Cẩm Phả", "VN", true},
		{"Vietnamese diacritics, other town", "Cam Ranh", "VN", "Cẩm Phả", "VN", false},
		{"umlaut", "Urumqi", "CN", "Ürümqi", "CN", true},
		{"stroke letter", "Lodz", "PL", "Łódź", "PL", true},
		{"gazetteer alias", "North Phyongan", "KP", "North Pyongan", "KP", true},
		{"gazetteer alias, machine-translation order", "Pyongan North", "KP", "North Pyongan", "KP", true},
		{"gazetteer alias, other country", "North Phyongan", "CN", "North Pyongan", "CN", false},
		{"gazetteer alias of another place", "North Phyongan", "KP", "South Pyongan", "KP", false},
		{"name of a neighbour", "Amnok", "KP", "Tumen River", "KP", false},
		{"country disagrees", "Hyesan", "KP", "Hyesan", "CN", false},
		{"different place", "Hyesan", "KP", "Hoeryong", "KP", false},
		{"country lower case", "Jilin", "CN", "Jilin", "cn", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeMatches(tt.gold, tt.goldCC, tt.pred, tt.predCC); got != tt.want {
				t.Errorf("placeMatches(%q/%s, %q/%s) = %v, want %v", tt.gold, tt.goldCC, tt.pred, tt.predCC, got, tt.want)
			}
		})
	}
}

func TestMaxMatchingIsOptimal(t *testing.T) {
	// Gold 0 can take prediction 0 or 1, gold 1 only prediction 0. A greedy
	// pass would give gold 0 prediction 0 and leave gold 1 unmatched.
	edges := map[[2]int]bool{{0, 0}: true, {0, 1}: true, {1, 0}: true}
	goldTo, predTo := maxMatching(2, 2, func(g, p int) bool { return edges[[2]int{g, p}] })
	if goldTo[0] != 1 || goldTo[1] != 0 || predTo[0] != 1 || predTo[1] != 0 {
		t.Fatalf("goldTo=%v predTo=%v, want [1 0] [1 0]", goldTo, predTo)
	}
}

type counts struct{ tp, fp, fn int }

func TestScoreFields(t *testing.T) {
	gold := Gold{
		ID: "x", Relevant: true,
		Places: []GoldPlace{
			{Name: "Changbai", Country: "CN"},
			{Name: "Hyesan", Country: "KP"},
			{Name: "Ryanggang", Country: "KP", Kind: "admin1"},
		},
		Organizations: []GoldOrg{{Name: "Ministry of State Security", Country: "KP"}, {Name: "Room 39", Country: "KP"}},
		Commodities: []GoldCommodity{
			{Name: "spy camera glasses", HS: "852589"},
			{Name: "rice", HS: "1006"},
			{Name: "wigs", HS: "6704"},
			{Name: "false eyelashes", HS: "6704"},
			{Name: "contraband"},
		},
		Prices: []GoldPrice{
			{Amount: 800, Currency: "CNY", Unit: "each"},
			{Amount: 5000, AmountMax: f64(5500), Currency: "KPW"},
			{Amount: 110, Currency: "USD"},
		},
		Quantities: []GoldQuantity{{Min: 1000, Max: f64(9999)}, {Min: 200, Max: nil}, {Min: 3, Max: f64(3)}},
		Dates:      []GoldDate{{Start: "2025-03-01", End: "2025-03-10"}, {Start: "2025-02-01", End: "2025-02-28"}},
	}
	pred := &model.ExtractionResult{
		Relevant: true, // part 2 agrees, so only part-1 values are listed per document
		Places: []model.Place{
			{Name: "Changbai Korean Autonomous County", Country: "CN"}, // TP by prefix
			{Name: "Hyesan", Country: "KP"},                            // TP
			{Name: "Hyesan", Country: "KP"},                            // FP: duplicate, gold used once
			{Name: "Delhi", Country: "IN"},                             // FP
		}, // Ryanggang FN
		Organizations: []model.Organization{
			{Name: "State Security Department", Aliases: []string{"Ministry of State Security", "MSS"}}, // TP by alias
			{Name: "Workers' Party of Korea"}, // FP
		}, // Room 39 FN
		Commodities: []model.Commodity{
			{Name: "camera", HS: "8525"},        // TP: HS prefix
			{Name: "rice", HS: "1005"},          // FP: HS disagrees, name not consulted
			{Name: "hair pieces", HS: "670490"}, // TP: wigs or eyelashes
			{Name: "Contraband"},                // TP by name
		}, // rice FN, one of wigs/eyelashes FN
		Prices: []model.Price{
			{Amount: 803, Currency: "CNY"},                        // TP: within 0.5%
			{Amount: 5000, AmountMax: f64(5500), Currency: "KPW"}, // TP
			{Amount: 110, Currency: "CNY"},                        // FP: wrong currency
			{Amount: 1000, Currency: "CNY"},                       // FP
		}, // 110 USD FN
		Quantities: []model.Quantity{
			{Min: 1000, Max: f64(9999)}, // TP
			{Min: 200, Max: f64(200)},   // FP: gold is open-ended
			{Min: 3, Max: f64(3)},       // TP
		}, // 200.. FN
		Dates: []model.DateMention{
			{Start: "2025-03-01", End: "2025-03-10"}, // TP
			{Start: "2025-02-01", End: "2025-02-27"}, // FP
		}, // February FN
	}
	want := map[string]counts{
		FieldPlaces:        {2, 2, 1},
		FieldOrganizations: {1, 1, 1},
		FieldCommodities:   {3, 1, 2},
		FieldPrices:        {2, 2, 1},
		FieldQuantities:    {2, 1, 1},
		FieldDates:         {1, 1, 1},
		FieldAll:           {11, 8, 7},
	}
	rep, err := Score([]Case{{ID: "x", Gold: gold}}, func(Case) (*model.ExtractionResult, error) { return pred, nil })
	if err != nil {
		t.Fatal(err)
	}
	for field, w := range want {
		t.Run(field, func(t *testing.T) {
			got, ok := rep.Field(field)
			if !ok {
				t.Fatalf("field %s not in report", field)
			}
			if got.TP != w.tp || got.FP != w.fp || got.FN != w.fn {
				t.Errorf("TP/FP/FN = %d/%d/%d, want %d/%d/%d", got.TP, got.FP, got.FN, w.tp, w.fp, w.fn)
			}
			p, r := float64(w.tp)/float64(w.tp+w.fp), float64(w.tp)/float64(w.tp+w.fn)
			if !exactly(got.Precision, p) || !exactly(got.Recall, r) || !exactly(got.F1, 2*p*r/(p+r)) {
				t.Errorf("P/R/F1 = %v/%v/%v, want %v/%v/%v", got.Precision, got.Recall, got.F1, p, r, 2*p*r/(p+r))
			}
		})
	}
	d := rep.PerDoc[0]
	if len(d.Misses) != 7 || len(d.FalseHits) != 8 {
		t.Errorf("per-doc misses/false hits = %d/%d, want 7/8", len(d.Misses), len(d.FalseHits))
	}
}

func TestScoreMultisetOrderIndependent(t *testing.T) {
	gold := Gold{ID: "m", Commodities: []GoldCommodity{{Name: "wigs", HS: "6704"}, {Name: "coal", HS: "2701"}, {Name: "coal briquettes", HS: "2701"}}}
	preds := [][]model.Commodity{
		{{Name: "coal", HS: "270112"}, {Name: "coal", HS: "2701"}, {Name: "coal", HS: "2701"}},
		{{Name: "coal", HS: "2701"}, {Name: "coal", HS: "2701"}, {Name: "coal", HS: "270112"}},
	}
	for i, cs := range preds {
		t.Run(string(rune('a'+i)), func(t *testing.T) {
			rep, err := Score([]Case{{ID: "m", Gold: gold}}, func(Case) (*model.ExtractionResult, error) {
				return &model.ExtractionResult{Commodities: cs}, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := rep.Field(FieldCommodities)
			if got.TP != 2 || got.FP != 1 || got.FN != 1 {
				t.Errorf("TP/FP/FN = %d/%d/%d, want 2/1/1", got.TP, got.FP, got.FN)
			}
		})
	}
}

func TestScoreRelevance(t *testing.T) {
	cases := []Case{
		{ID: "a", Gold: Gold{Relevant: true}},
		{ID: "b", Gold: Gold{Relevant: true}},
		{ID: "c", Gold: Gold{Relevant: false}},
		{ID: "d", Gold: Gold{Relevant: false}},
		{ID: "e", Gold: Gold{Relevant: true}},
	}
	// a: TP, b: FN, c: FP, d: TN, e: nil result, so not relevant: FN.
	pred := map[string]*model.ExtractionResult{"a": {Relevant: true}, "b": {}, "c": {Relevant: true}, "d": {}, "e": nil}
	rep, err := Score(cases, func(c Case) (*model.ExtractionResult, error) { return pred[c.ID], nil })
	if err != nil {
		t.Fatal(err)
	}
	got, ok := rep.Field(FieldRelevance)
	if !ok {
		t.Fatal("relevance not scored")
	}
	if got.TP != 1 || got.FP != 1 || got.FN != 2 {
		t.Errorf("TP/FP/FN = %d/%d/%d, want 1/1/2", got.TP, got.FP, got.FN)
	}
	if all, _ := rep.Field(FieldAll); all.TP+all.FP+all.FN != 0 {
		t.Errorf("empty predictions and gold should score nothing, got %+v", all)
	}
}

func TestScoreDirection(t *testing.T) {
	docs := []struct{ gold, pred string }{
		{"into_dprk", "into_dprk"},     // correct, TP
		{"out_of_dprk", "both"},        // wrong: FP and FN
		{"none", "into_dprk"},          // wrong: FP
		{"both", "none"},               // wrong: FN
		{"none", ""},                   // correct: unset is none, counts in no cell
		{"out_of_dprk", "out_of_dprk"}, // correct, TP
	}
	var cases []Case
	pred := map[string]*model.ExtractionResult{}
	for i, d := range docs {
		id := string(rune('a' + i))
		cases = append(cases, Case{ID: id, Gold: Gold{Direction: d.gold}})
		pred[id] = &model.ExtractionResult{Direction: d.pred}
	}
	rep, err := Score(cases, func(c Case) (*model.ExtractionResult, error) { return pred[c.ID], nil })
	if err != nil {
		t.Fatal(err)
	}
	got, _ := rep.Field(FieldDirection)
	if got.TP != 2 || got.FP != 2 || got.FN != 2 {
		t.Errorf("TP/FP/FN = %d/%d/%d, want 2/2/2", got.TP, got.FP, got.FN)
	}
	acc, ok := rep.Accuracy(AccDirection)
	if !ok || acc.Correct != 3 || acc.Total != 6 || !exactly(acc.Accuracy, 0.5) {
		t.Errorf("accuracy = %+v, want 3 of 6", acc)
	}
	wrong := 0
	for _, d := range rep.PerDoc {
		wrong += len(d.Mismatches)
	}
	if wrong != 3 {
		t.Errorf("%d direction mismatches listed, want 3", wrong)
	}
}

func TestScoreLegs(t *testing.T) {
	gold := Gold{ID: "l", Legs: []GoldLeg{
		{From: "Dandong", To: "Sinuiju"},
		{From: "Sinuiju", To: "Pyongyang"},
		{From: "Changbai", To: "Hyesan", General: true},
		{From: "Hunchun", To: "Rason", General: true},
	}}
	pred := []model.Leg{
		{From: "Dandong", To: "Sin-uiju"},                                        // TP: name rules
		{From: "Pyongyang", To: "Sinuiju"},                                       // FP: legs are directed
		{From: "Changbai Korean Autonomous County", To: "Hyesan", General: true}, // TP by prefix
		{From: "Hunchun", To: "Rason"},                                           // combined TP; specific FP, general FN
		{From: "Hyesan", To: "Changbai", General: true},                          // FP
		{From: "Dandong", To: "Sinuiju", Commodity: "flour", Event: 2},           // a hop repeated for another event counts once
	} // Sinuiju → Pyongyang FN
	want := map[string]counts{
		FieldLegs:         {3, 2, 1},
		FieldLegsSpecific: {1, 2, 1},
		FieldLegsGeneral:  {1, 1, 1},
	}
	rep, err := Score([]Case{{ID: "l", Gold: gold}}, func(Case) (*model.ExtractionResult, error) {
		return &model.ExtractionResult{Legs: pred}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for field, w := range want {
		t.Run(field, func(t *testing.T) {
			got, _ := rep.Field(field)
			if got.TP != w.tp || got.FP != w.fp || got.FN != w.fn {
				t.Errorf("TP/FP/FN = %d/%d/%d, want %d/%d/%d", got.TP, got.FP, got.FN, w.tp, w.fp, w.fn)
			}
		})
	}
	// Only the split matchings are listed, so no leg is listed twice.
	if d := rep.PerDoc[0]; len(d.Misses) != 2 || len(d.FalseHits) != 3 {
		t.Errorf("per-doc misses/false hits = %d/%d, want 2/3", len(d.Misses), len(d.FalseHits))
	}
}

func TestScoreEvents(t *testing.T) {
	gold := Gold{ID: "e",
		Commodities: []GoldCommodity{{Name: "flour", HS: "1101"}, {Name: "coal", HS: "2701"}, {Name: "mobile phones", HS: "8517"}},
		Events: []GoldEvent{
			{Type: "shipment", Commodity: "flour", Buyer: "Ministry of State Security", Route: []string{"Dandong", "Sinuiju", "Pyongyang"}},
			{Type: "sale", Commodity: "flour", Seller: "Ministry of State Security", Route: []string{"Sinuiju", "Pyongyang"}},
			{Type: "seizure", Commodity: "mobile phones", Hedged: true},
			{Type: "suspension"},
			{Type: "shipment", Commodity: "coal"},
			{Type: "shipment", Commodity: "flour", Buyer: "Room 39"},
			{Type: "procurement", Commodity: "rice"}, // FN
		},
	}
	pred := &model.ExtractionResult{
		Commodities: []model.Commodity{{Name: "flour", HS: "1101"}, {Name: "anthracite", HS: "270112"}},
		Events: []model.Event{
			// Listed before its twin: a matching that ignored attributes
			// could pair it with the first gold flour shipment.
			{Type: "shipment", Commodity: "flour", Buyer: "Room 39"},
			{Type: "shipment", Commodity: "Flour", Buyer: "ministry of state security", Route: []string{"Dandong", "Sin-uiju", "Pyongyang"}},
			{Type: "sale", Commodity: "flour", Route: []string{"Pyongyang", "Sinuiju"}, Hedges: []string{"reportedly"}}, // seller, route, hedged wrong
			{Type: "seizure", Commodity: "mobile phones", Hedges: []string{"allegedly"}},
			{Type: "suspension", EndUser: "Korean People's Army"}, // end_user wrong
			{Type: "shipment", Commodity: "anthracite"},           // matches coal by HS
			{Type: "crossing", Commodity: "flour"},                // FP: no gold crossing
		},
	}
	wantAcc := map[string][2]int{ // correct, total
		AccEventBuyer:   {6, 6},
		AccEventSeller:  {5, 6},
		AccEventEndUser: {5, 6},
		AccEventRoute:   {5, 6},
		AccEventHedged:  {5, 6},
	}
	reversed := append([]model.Event(nil), pred.Events...)
	slices.Reverse(reversed)
	for _, order := range []struct {
		name   string
		events []model.Event
	}{{"as listed", pred.Events}, {"reversed", reversed}} {
		t.Run(order.name, func(t *testing.T) {
			p := *pred
			p.Events = order.events
			rep, err := Score([]Case{{ID: "e", Gold: gold}}, func(Case) (*model.ExtractionResult, error) { return &p, nil })
			if err != nil {
				t.Fatal(err)
			}
			got, _ := rep.Field(FieldEvents)
			if got.TP != 6 || got.FP != 1 || got.FN != 1 {
				t.Errorf("events TP/FP/FN = %d/%d/%d, want 6/1/1", got.TP, got.FP, got.FN)
			}
			for name, w := range wantAcc {
				a, ok := rep.Accuracy(name)
				if !ok || a.Correct != w[0] || a.Total != w[1] {
					t.Errorf("%s: %d of %d correct, want %d of %d", name, a.Correct, a.Total, w[0], w[1])
				}
			}
			if n := len(rep.PerDoc[0].Mismatches); n != 4 {
				t.Errorf("%d attribute mismatches listed, want 4: %v", n, rep.PerDoc[0].Mismatches)
			}
		})
	}
}

func TestBestMatchingPrefersAgreement(t *testing.T) {
	tests := []struct {
		name       string
		nGold      int
		nPred      int
		edges      map[[2]int]int // allowed pair → weight
		wantGoldTo []int
	}{
		{"empty", 0, 0, nil, []int{}},
		{"no gold", 0, 2, nil, []int{}},
		{"cardinality beats weight", 2, 2, map[[2]int]int{{0, 0}: 5, {0, 1}: 0, {1, 0}: 0}, []int{1, 0}},
		{"weight among largest", 2, 2, map[[2]int]int{{0, 0}: 0, {0, 1}: 3, {1, 0}: 3, {1, 1}: 0}, []int{1, 0}},
		{"unmatched gold", 3, 1, map[[2]int]int{{0, 0}: 1, {2, 0}: 4}, []int{-1, -1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok := func(g, p int) bool { _, in := tt.edges[[2]int{g, p}]; return in }
			w := func(g, p int) int { return tt.edges[[2]int{g, p}] }
			goldTo, predTo := bestMatching(tt.nGold, tt.nPred, ok, w, 5)
			if !slices.Equal(goldTo, tt.wantGoldTo) {
				t.Errorf("goldTo = %v, want %v", goldTo, tt.wantGoldTo)
			}
			for g, p := range goldTo {
				if p >= 0 && predTo[p] != g {
					t.Errorf("predTo = %v does not mirror goldTo = %v", predTo, goldTo)
				}
			}
		})
	}
}

func TestScorePredictError(t *testing.T) {
	boom := errors.New("boom")
	_, err := Score([]Case{{ID: "017-x"}}, func(Case) (*model.ExtractionResult, error) { return nil, boom })
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "017-x") {
		t.Errorf("err = %v, want wrapped boom naming the case", err)
	}
}

func TestWriteText(t *testing.T) {
	gold := Gold{ID: "w", Relevant: true, Direction: "into_dprk", Places: []GoldPlace{{Name: "Hyesan", Country: "KP"}},
		Events: []GoldEvent{{Type: "shipment", Commodity: "rice", Buyer: "Room 39"}}}
	rep, err := Score([]Case{{ID: "w", Gold: gold}}, func(Case) (*model.ExtractionResult, error) {
		return &model.ExtractionResult{Places: []model.Place{{Name: "Delhi", Country: "IN"}},
			Legs:   []model.Leg{{From: "Dandong", To: "Sinuiju"}},
			Events: []model.Event{{Type: "shipment", Commodity: "rice"}}}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"field", "places", "0.000", "missed", "Hyesan (KP)", "false hit", "Delhi (IN)", "1 documents",
		"relevance", "legs_specific", "Dandong → Sinuiju", "events", "event_buyer", "mismatch",
		"shipment rice: buyer Room 39, predicted -", "into_dprk, predicted none"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestSameGoodName(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"rice cookers", "rice cooker", true},
		{"boxes", "box", true},
		{"batteries", "battery", true},
		{"watches", "watch", true},
		{"Glass", "glass", true},
		{"glass", "glas", false},
		{"cigarettes", "cigars", false},
		{"rice", "rice cookers", false},
		{"fertilizers", "fertiliser", true}, // British spelling and plural
		{"nitrogen fertiliser", "nitrogen fertilizer", true},
		{"aluminium ingots", "aluminum ingot", true},
		{"tyres", "tires", true},
		{"tyres", "tubes", false},
	} {
		if got := sameGoodName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameGoodName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// An event names its good as the commodity list does; a plural on one side
// only is the same good there, so it is the same good here, while a
// different good is not.
func TestEventCommodityPlural(t *testing.T) {
	for _, tt := range []struct {
		gold, pred string
		want       bool
	}{
		{"smartphones", "smartphone", true},
		{"solar panel", "solar panels", true},
		{"batteries", "battery", true},
		{"glass", "glas", false},
		{"smartphones", "tablets", false},
		{"coal", "", false},
	} {
		if got := eventCommodityMatches(tt.gold, "", tt.pred, ""); got != tt.want {
			t.Errorf("eventCommodityMatches(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
	gold := Gold{ID: "p", Commodities: []GoldCommodity{{Name: "used tyres", HS: "4012"}},
		Events: []GoldEvent{{Type: "shipment", Commodity: "used tyres"}}}
	pred := &model.ExtractionResult{Commodities: []model.Commodity{{Name: "used tyre", HS: "4012"}},
		Events: []model.Event{{Type: "shipment", Commodity: "used tyre"}}}
	rep, err := Score([]Case{{ID: "p", Gold: gold}}, func(Case) (*model.ExtractionResult, error) { return pred, nil })
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := rep.Field(FieldEvents); f.TP != 1 || f.FP != 0 || f.FN != 0 {
		t.Errorf("events TP/FP/FN = %d/%d/%d, want 1/0/0", f.TP, f.FP, f.FN)
	}
}

// TestNormalizeFoldsLatinOnly checks that normalize folds the diacritics of
// Latin letters, Vietnamese ones too, and leaves other scripts as written
// (Hangul syllables are not decomposed into jamo).
func TestNormalizeFoldsLatinOnly(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Cẩm Phả", "cam pha"},
		{"Quảng Ninh", "quang ninh"},
		{"Ürümqi", "urumqi"},
		{"Łódź", "lodz"},
		{"Ch’ŏngjin", "chongjin"},
		{"삭주 Sakju", "삭주 sakju"},
		{"丹东", "丹东"},
		{"Замын-Үүд", "замынүүд"},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if normalize("Cam Ranh") == normalize("Cẩm Phả") {
		t.Error("normalize merges two towns")
	}
}

// Leg ends match by name, or by a name the gazetteer knows for the
// predicted place itself.
func TestLegEndMatches(t *testing.T) {
	for _, tc := range []struct {
		gold, pred, predID string
		want               bool
	}{
		{"Hyesan", "Hyesan", "", true},
		{"Songrim", "Songnim", "geonames:1869446", true},
		{"Hesan", "Hyesan", "geonames:2043837", true},
		{"Kenjiho", "Songnim", "geonames:1869446", true},
		{"Songrim", "Nampo", "geonames:1873757", false},
		{"Songrim", "Songnim", "", false},
		{"Hesan", "Changbai", "geonames:2038185", false},
	} {
		if got := legEndMatches(tc.gold, tc.pred, tc.predID); got != tc.want {
			t.Errorf("legEndMatches(%q, %q, %q) = %v, want %v", tc.gold, tc.pred, tc.predID, got, tc.want)
		}
	}
}

// LegMatches, which labels the leg scorer's training pairs, uses the same
// end rule as scoring: a gold name the gazetteer knows for the predicted
// place matches it by id.
func TestLegMatchesByID(t *testing.T) {
	g := GoldLeg{From: "Songrim", To: "Hesan"}
	if !LegMatches(g, "Songnim", "geonames:1869446", "Hyesan", "geonames:2043837") {
		t.Error("aliases of the predicted places by id do not match")
	}
	if LegMatches(g, "Songnim", "", "Hyesan", "") {
		t.Error("other names without ids match")
	}
	if LegMatches(g, "Songnim", "geonames:1869446", "Changbai", "geonames:2038185") {
		t.Error("a wrong destination matches")
	}
	if !LegMatches(GoldLeg{From: "Hyesan", To: "Pyongyang"}, "Hyesan", "", "Pyongyang", "") {
		t.Error("equal names do not match")
	}
}

// TestOrgMatchesByIdentity checks that an organisation matches its gold
// under any name the lexicon gives the same entry, and "U.S." as "US", as
// places match by identity; a different entry, or a firm no lexicon knows
// under another name, does not match.
func TestOrgMatchesByIdentity(t *testing.T) {
	bank := model.Organization{Name: "Central Bank of the DPRK", ID: "kp-central-bank", Aliases: []string{"Central Bank of DPRK"}}
	mss := model.Organization{Name: "Ministry of State Security", ID: "kp-mss", Aliases: []string{"Bowibu"}}
	court := model.Organization{Name: "US District Court for the District of Columbia", Aliases: []string{"U.S. District Court for the District of Columbia"}}
	firm := model.Organization{Name: "Saebom Steel", Aliases: []string{"Saebom Steel"}}
	tests := []struct {
		gold string
		pred model.Organization
		want bool
	}{
		{"Central Bank of the Democratic People's Republic of Korea", bank, true},
		{"State Security Department", mss, true},
		{"U.S. District Court for the District of Columbia", court, true},
		{"US District Court for the District of Columbia", court, true},
		{"Ministry of Social Security", mss, false},
		{"Central Bank of the DPRK", mss, false},
		{"Saebom Steel Co.", firm, false},
	}
	for _, tt := range tests {
		if got := orgMatches(GoldOrg{Name: tt.gold}, tt.pred); got != tt.want {
			t.Errorf("orgMatches(%q, %q) = %v, want %v", tt.gold, tt.pred.Name, got, tt.want)
		}
	}
}
