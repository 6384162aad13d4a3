package goods

import "testing"

// TestGoodsFamiliesAndFrames holds the rules for preserved foods, parts
// named "spare parts for" a good, businesses named after their trade,
// conveyances that carry, Korean frames of making and planting, and the
// goods families added with them (household appliances and goods, seeds,
// motors, control panels, fungicide). Each rule has cases where it must
// not fire.
func TestGoodsFamiliesAndFrames(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Preserved meat and fish move to chapter 16; fresh stays raw.
		{"tinned meat", "Each courier carried a crate of tinned meat to Hamhung.", "meat(1602): tinned meat"},
		{"canned stewed pork", "Traders sold canned stewed pork at the market.", "pork(1602): canned stewed pork"},
		{"frozen pork stays raw", "Traders sold frozen pork at the market.", "pork(0203): frozen pork"},
		// "spare parts for" a good are that good's parts.
		{"parts for appliances", "The invoice listed spare parts for air conditioners.", "air-conditioner(8415): spare parts for air conditioners"},
		{"parts for trucks", "They smuggled spare parts for the trucks across the river.", "truck(8708): spare parts for the trucks"},
		{"spare parts alone", "They smuggled spare parts across the river.", "vehicle-parts(8708): spare parts"},
		// A business named after its trade, or a make inside a company name.
		{"trading company", "The owner of a machinery trading company was fined.", ""},
		{"company name", "The buyer was Jinhai Machinery Co. of Dalian.", ""},
		{"machinery traded", "The firm exported machinery to Nampo.", "machinery(84): machinery"},
		{"wholesaler", "He buys the goods from an electronics wholesaler in Yanji.", ""},
		// A verb phrase is no make-up.
		{"make up", "Cheap shells make up most of the shipments.", ""},
		{"makeup sold", "Traders sold make-up and perfume in Sinuiju.", "cosmetics(3304): make-up; perfume(3303): perfume"},
		// A conveyance that carries is no cargo; one that is moved is.
		{"boats bring back", "Officials said the fuel was delivered and that the boats brought back crab.", "fuel(27): fuel; crab(0306): crab"},
		{"trucks loaded with", "The smugglers sold flour, and the trucks were loaded with sacks of it.", "flour(1101): flour"},
		{"trucks sold", "The dealers sold used trucks in Hunchun.", "truck(8704): used trucks"},
		// Korean frames of making and planting.
		{"Korean made", "새 공장에서 항생제와 진통제를 생산할 수 있게 됐다.", ""},
		{"Korean made and sent", "공장은 항생제를 생산해 보냈다.", "antibiotics(3004): 항생제"},
		{"Korean made for export", "공장은 항생제를 생산해 중국에 수출한다.", "antibiotics(3004): 항생제"},
		{"Korean planting", "농장들은 감자 심기에 바쁘다.", ""},
		// A new clause ends a frame of making.
		{"made, and banned", "Tungsten is used for making hard steel, and the UN banned its export.", "tungsten(8101): Tungsten"},
		{"made for export", "Tungsten is used for making hard steel for export to China.", "tungsten(8101): Tungsten; steel(72): steel"},
		// Goods families.
		{"household appliances", "Workers sent household appliances home from Russia.", "household-appliances(): household appliances"},
		{"Korean household appliances", "노동자들이 가전제품을 사들였다.", "household-appliances(): 가전제품"},
		{"household goods as cover", "The crates were declared as household goods.", "household-goods(): household goods"},
		{"vegetable seed", "Traders sold packets of vegetable seed and Chinese cabbage seed.", "vegetable-seeds(120991): vegetable seed|Chinese cabbage seed"},
		{"soy bean oil", "Agents seized two tons of soy bean oil.", "soybean-oil(1507): soy bean oil"},
		{"servo motors", "The load included servo motors for a factory.", "electric-motor(8501): servo motors"},
		{"PLCs", "He exported programmable logic controllers to Dalian.", "control-panel(8537): programmable logic controllers"},
		{"fungicide", "농장들은 살균제를 많이 사들였다.", "fungicide(380892): 살균제"},
	}
	checkFind(t, tests)
}

// TestFallbackRejectsCarriersAndIdioms: the HS noun fallback takes no
// small boat, no "counter" of "over the counter", no bare "controllers" and
// no electricity (the lexicon names its trade), and a verb ends a phrase.
func TestFallbackRejectsCarriersAndIdioms(t *testing.T) {
	f := finder()
	for _, text := range []string{
		"Agents seized a motorboat carrying clams near the bridge.",
		"Part of the goods is sold over the counter to the wives of cadres.",
		"The company shipped inverters and controllers to Dalian.",
		"Families bought electricity from a neighbour's generator.",
	} {
		for _, g := range f.Find(text) {
			if len(g.ID) > 3 && g.ID[:3] == "hs-" {
				t.Errorf("Find(%q): fallback record %s %q", text, g.ID, g.Name)
			}
		}
	}
}
