package goods

import "testing"

// TestUntradedContexts holds the rules that keep goods named outside a
// trade slot out: frames of making, eating, wrapping and fitting; places
// and businesses named after a good; vehicles that goods are for; class
// words that refer back; fuels that say what a machine burns.
func TestUntradedContexts(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Frames of making, eating, wrapping and fitting.
		{"made in a list", "The new plant will turn out instant noodles, biscuits and school uniforms for the county.", ""},
		{"made for export", "Workshops in the city produce wigs for export to China.", "wigs(6704): wigs"},
		{"word start", "Traders sold Chinese-produced televisions in Sinuiju.", "television(8528): televisions"},
		{"wrapped", "The couriers carried the pills wrapped in old blankets.", ""},
		{"wrap ends at a new verb", "The rifles were wrapped in plastic and packed inside washing machines bound for Nampo.", "rifle(9303): rifles; washing-machine(8450): washing machines"},
		{"fitted", "Agents bought drones fitted with thermal cameras that cost 900 dollars.", "drone(8806): drones"},
		{"a price ends the frame", "Sugar became the dearest item at 5,000 won, and bicycles sold well.", "sugar(1701): Sugar; bicycle(8712): bicycles"},
		// Places and businesses named after a good.
		{"plots and companies", "Villagers left their potato plots while food companies in Jilin bought pine nuts.", "pine-nuts(0802): pine nuts"},
		{"wholesale district", "They met in the electronics wholesale district of Shenzhen to buy solar panels.", "solar-panel(854143): solar panels"},
		// Vehicles that the goods are for, and words that only contain a cue.
		{"tyres for a truck", "A used tyre for a ten-tonne truck costs 200 dollars.", "used-tyres(401220): used tyre"},
		{"paid for a truck", "Dealers got 9,000 dollars for a truck sold in Hunchun.", "truck(8704): truck"},
		{"ban inside a word", "Trucks belonging to the Haebang company then carry the cargo to Rajin.", ""},
		// Class words that refer back, and a bare name after its product.
		{"such machinery", "Chinese diesel engines reached Nampo, although the UN bans the supply of such machinery.", "diesel-engine(8408): diesel engines|machinery"},
		{"such metals", "He imported zinc from Nampo, though sanctions ban the purchase of such metals.", "zinc(79): zinc|metals"},
		{"bare metal after its ingots", "Customs seized zinc ingots; the 300 tons of zinc had come from Nampo.", "zinc-ingot(7901): zinc ingots|zinc"},
		{"not a product of another kind", "Traders sold rice cookers, and rice went up in price.", "rice-cooker(851660): rice cookers; rice(1006): rice"},
		// A fuel names what a machine burns.
		{"Korean fuel of a generator", "중국산 휘발유 발전기가 장마당에서 팔린다.", "generator(8502): 발전기"},
		{"fuel apart", "Smugglers sold diesel and generators in Hyesan.", "diesel(271019): diesel; generator(8502): generators"},
	}
	checkFind(t, tests)
}
