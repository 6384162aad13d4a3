package measure

import (
	"slices"
	"testing"
)

// TestQuantityRows5 holds the quantity rules from the heldout14 study, each
// written as the general cause of a false hit or a miss there and tested
// in passages of its own words: seasons counted as a duration, frontiers
// and supplying stations as places, a Korean rate of exchange (쳐준다), a
// pack ratio ("50 cartons to a case"), a crowd a vessel hides in ("among
// thousands of boats"), a catch or output set against a plan; and, on the
// other side, rounds of a named ammunition, a count before a calibre
// ("1,800 122 mm rockets") and a Korean count of loadings (배에 실렸다).
// Each rule has rows where it must fire and rows where it must not.
func TestQuantityRows5(t *testing.T) {
	rows := []struct {
		name, text string
		want       []string
	}{
		// Seasons counted are a duration: must fire.
		{"seasons: autumns", "The carrier has waded the Tumen with sacks of mushrooms for four autumns, he said.", nil},
		{"seasons: winters", "Two winters in a row the smugglers stayed away from the frozen river.", nil},
		// Must not fire: a count of goods in the same sentence.
		{"seasons: goods kept", "For three winters the broker sold 40 tonnes of coal a month to Dandong.", []string{"40..40 tonnes"}},

		// Frontiers and the stations that supply a trade: must fire.
		{"places: borders", "The zinc crosses three borders by rail before it reaches Kanggye.", nil},
		{"places: stations", "Several of the fishing stations on the coast are run by the army, a resident said.", nil},
		// Must not fire: vehicles moving through stations.
		{"places: wagons", "Twelve wagons of flour passed through the station at Namyang.", []string{"12..12 wagons"}},

		// A Korean rate of exchange: must fire.
		{"rate: reckoned at", "중국 선원들은 명태 20kg에 밀가루 25kg을 쳐준다고 한다.", nil},
		// Must not fire: the amount is loaded, not reckoned.
		{"rate: loaded", "중국 배에 밀가루 25kg을 실었다.", []string{"25..25 kg"}},

		// A pack ratio: must fire.
		{"pack: cartons to a case", "The cigarettes leave the plant 40 cartons to a master case.", nil},
		{"pack: bottles to each box", "The soju is packed 24 bottles to each box.", nil},
		// Must not fire: a rate over time, or a load put in a vehicle.
		{"pack: per night", "Couriers move 30 boxes per night across the river.", []string{"30..30 boxes"}},
		{"pack: to the truck", "They loaded 300 cartons to the truck at dawn.", []string{"300..300 cartons"}},

		// A crowd a vessel hides in: must fire.
		{"crowd: among thousands", "A tanker with its tracker off vanishes among thousands of fishing boats in the gulf.", nil},
		{"crowd: amid hundreds", "The freighter slipped out amid hundreds of junks at anchor.", nil},
		// Must not fire: a figure of goods after "among".
		{"crowd: exact figure", "The seized phones were among 300 handsets found in the truck.", []string{"300..300 units"}},

		// A catch or output set against a plan: must fire.
		{"plan: catch", "The Sinpo fleet landed 18,000 tonnes of squid by November, exceeding its annual quota.", nil},
		{"plan: output", "The Komdok mine turned out 250,000 tonnes of zinc ore this year, fulfilling the plan early.", nil},
		// Must not fire: the plan is one of exports.
		{"plan: export", "The trading company exported 5,000 tonnes of coal, beating its export target.", []string{"5000..5000 tonnes"}},

		// Rounds of a named ammunition: must fire.
		{"rounds: rifle ammunition", "The crates held some 2 million rounds of rifle ammunition.", []string{"2000000..2000000 units"}},
		{"rounds: artillery shells", "Investigators counted 400 rounds of artillery shells in the hold.", []string{"400..400 units"}},
		// Must not fire: rounds of talks.
		{"rounds: talks", "The two sides held three rounds of trade talks in Beijing.", nil},

		// A count before a calibre: must fire.
		{"calibre: mm rockets", "The consignment held about 900 107 mm rockets, the filing says.", []string{"900..900 units"}},
		{"calibre: glued", "Moscow received 600 152mm shells from the North in May.", []string{"600..600 units"}},
		// Must not fire: a calibre alone, or a size that is no count.
		{"calibre: alone", "The 122 mm rockets were fired from trucks.", nil},
		{"calibre: thickness", "At minus 20 degrees the ice was 40 cm thick.", nil},

		// A Korean count of loadings: must fire.
		{"loadings: 실렸다", "정광은 부두 창고에 쌓여 있다가 이달에만 세 번 배에 실렸다.", []string{"3..3 shipments"}},
		// Must not fire: a count of visits with no loading.
		{"loadings: visits", "그는 이달에만 세 번 부두에 갔다.", nil},
	}
	for _, r := range rows {
		got := analystQuantities(t, r.text)
		if !slices.Equal(got, r.want) {
			t.Errorf("%s: %s\n\tgot %q want %q", r.name, r.text, got, r.want)
		}
	}
}
