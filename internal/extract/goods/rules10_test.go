package goods

import "testing"

// TestGoodsRules10 holds the rules added after the study of held-out set
// 10: crops as farms plant them and catches where boats seek them, a
// machine named for the fuel it burns, "make-up of" as composition, orders
// that are commands, a second verb phrase after "and", a bare head set
// against a specific good by a contrast word, goods lashed to as floats,
// cover goods a manifest lists, adverbs after a trade verb, and the kinds
// of goods the lexicon lacked (health food, vitamin tablets, inner tubes,
// dental chairs, children's clothing, refrigeration equipment, electrical
// equipment, skin-care products). Each rule has cases where it must not
// fire.
func TestGoodsRules10(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Crops as farms plant them; catches where boats seek them.
		{"rice transplanting", "With rice transplanting only weeks away, farms are short of labour.", ""},
		{"rice sold", "With transplanting only weeks away, rice sells for 5,000 won a kilogram.", "rice(1006): rice"},
		{"squid grounds", "The stations want faster boats so they can reach squid grounds farther offshore.", ""},
		{"squid sold", "The stations sell squid to Chinese buyers for 20 yuan a kilogram.", "squid(0307): squid"},
		{"Korean fishing season", "명태잡이 철을 앞두고 경쟁이 붙었다.", ""},
		{"Korean pollock sold", "명태 1kg이 시장에서 8천 원에 팔린다.", "pollock(0303): 명태"},
		// A machine named for the fuel it burns.
		{"Korean generator fuel", "겨울철 난방과 발전기 연료 수요가 늘었다.", "fuel(27): 연료"},
		{"generator fuel", "Demand for generator fuel has grown this winter.", "fuel(27): generator fuel"},
		{"Korean generator bought", "사업소들이 발전기를 들여오고 있다.", "generator(8502): 발전기"},
		{"generator fuelled", "Dealers sold diesel generators in Kanggye.", "generator(8502): diesel generators"},
		// "make-up of" is composition.
		{"make-up of metals", "The agency began testing the chemical make-up of imported metals.", "metals(): metals"},
		{"make-up sold", "Chinese make-up sells well in Pyongyang markets.", "cosmetics(3304): make-up"},
		// An order that something be done buys nothing.
		{"ordered that", "He ordered that the warship be restored before June.", ""},
		{"ordered warships", "The navy ordered two warships from the yard in Nampo.", "hs-8906:warship(8906): warships"},
		// A second verb phrase after "and".
		{"boats and sell the surplus", "The fishermen use it to run their own boats and sell the surplus to transport operators.", ""},
		{"boats sold", "The fishermen sold their own boats to Chinese buyers.", "ship(89): boats"},
		// A bare head set against a specific good by a contrast word.
		{"ordinary bicycle", "Electric bicycles sell for 1,200 dollars. An ordinary Chinese pedal bicycle goes for about 480,000 won.", "electric-bicycle(871160): Electric bicycles; bicycle(8712): bicycle"},
		{"bicycle again", "Electric bicycles sell for 1,200 dollars. A Chinese bicycle goes for about 480,000 won.", "electric-bicycle(871160): Electric bicycles|bicycle"},
		{"as ordinary iron", "Traders imported pig iron from Nampo. The iron then cleared customs as ordinary foundry iron.", "pig-iron(7201): pig iron|iron|iron"},
		// Goods lashed to as floats.
		{"lashed to inner tubes", "The men float the bags across the river, sealed in waterproof bags lashed to inner tubes.", ""},
		{"inner tubes sold", "Tyres cost 25,000 won a pair, and inner tubes about 6,000 won each.", "tyre(4011): Tyres; inner-tubes(4013): inner tubes"},
		// Cover goods a manifest lists; adverbs after a trade verb.
		{"manifest lists as", "There it goes aboard a small ship whose manifest lists the load as talc powder.", "hs:powder(): talc powder"},
		{"list without as", "The manifest lists the ship's owner in Hong Kong.", ""},
		{"bought straight from", "A 50-kilogram sack bought straight from the warehouse costs 95 yuan.", ""},
		{"swapping away", "Farm managers are swapping away the plastic seedling film that the state handed out.", "hs-39:plastic-film(39): plastic seedling film"},
		{"seedlings grown", "Farms grow rice seedlings under plastic.", ""},
		// Kinds the lexicon lacked.
		{"health food", "They are railed to Yanji in cartons labelled as health food.", "health-food(210690): health food"},
		{"vitamin tablets", "Chinese antibiotics and vitamin tablets are smuggled into Chongjin.", "antibiotics(3004): antibiotics; vitamin-tablets(300450): vitamin tablets"},
		{"vitamins raw", "The firm imported vitamins for its feed mill.", "vitamins(2936): vitamins"},
		{"dental chairs", "The firm had sent three dental chairs out of the port of Yokohama.", "dental-chairs(940210): dental chairs"},
		{"children's clothing", "이 돈주는 들여온 원단으로 작업복과 아동복을 지어 시장에 내놓는다.", "fabric(): 원단; work-clothes(62): 작업복; childrens-clothing(62): 아동복"},
		{"refrigeration equipment", "사업소들 사이에서 냉동 설비를 먼저 사들이려는 경쟁이 붙었다.", "refrigeration-equipment(8418): 냉동 설비"},
		{"electrical equipment", "유엔 안보리 결의는 기계류와 전기기기의 대북 수출을 막고 있다.", "machinery(84): 기계류; electrical-equipment(85): 전기기기"},
		{"skin-care products", "The firm sent 600 boxes of skin-care products and cosmetics to Dalian.", "skin-care-products(3304): skin-care products; cosmetics(3304): cosmetics"},
		// A purchase people cannot make.
		{"cannot even buy", "Ordinary people cannot even buy a bicycle, and here the cadres drive around in Japanese cars.", ""},
		{"can buy", "Ordinary people can now buy a bicycle for 480,000 won.", "bicycle(8712): bicycle"},
		{"cannot afford medicine", "Most families cannot afford antibiotics.", ""},
		{"antibiotics sold", "Most pharmacists sell antibiotics.", "antibiotics(3004): antibiotics"},
		// A counted object of "sent"; a subject priced past a relative clause.
		{"sent counted", "The firm had sent forty lawn mowers out of the port of Yokohama.", "hs-8433:lawn-mower(8433): lawn mowers"},
		{"sent a message", "The firm sent a message to its lawn mower dealers.", ""},
		{"sent uncounted", "The firm sent lawn mowers out of the port.", ""},
		{"relative clause priced", "Umbrellas, which wear out quickly in the wind, cost 30 yuan each.", "hs-6601:umbrella(6601): Umbrellas"},
		{"relative clause no price", "Umbrellas, which wear out quickly in the wind, hang in every hall.", ""},
		{"aside, no relative clause", "Umbrellas, the traders say, cost 30 yuan each.", ""},
		// Staples handed out as rations.
		{"mine hands out food", "Miners are paid 15,000 won a month. They work because the mine hands out food.", ""},
		{"food sold", "Miners are paid 15,000 won a month. They buy food at the market.", "food(): food"},
		// An uncoded Korean head beside a coded compound of its class.
		{"fabric beside polyester fabric", "단둥에서 사들인 원단이 넘어온다. 돈주는 폴리에스테르 원단 120필을 주문했다.", "polyester-fabric(5407): 원단|폴리에스테르 원단"},
		{"fabric alone", "단둥에서 사들인 원단이 넘어온다.", "fabric(): 원단"},
		// Padded work clothes, and the bare head after them.
		{"padded work clothes", "청진에서 만든 솜 작업복이 러시아로 팔려 나간다. 작업복 값은 밀가루로 치른다.", "padded-work-clothes(62): 솜 작업복|작업복; flour(1101): 밀가루"},
		{"work clothes alone", "작업복 값은 밀가루로 치른다.", "work-clothes(62): 작업복; flour(1101): 밀가루"},
	}
	checkFind(t, tests)
}
