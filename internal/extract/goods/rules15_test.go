package goods

import "testing"

// TestGoodsRules15 holds the rules added with the third analyst batch: a
// definite class word that refers back to a good named before it in its
// paragraph, what a place is known for or people live on, and a shipyard
// that is no shipment.
func TestGoodsRules15(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Definite class words that refer back: must fold.
		{"the vegetable after bracken", "A firm in Incheon bought dried bracken from the North. The vegetable was labelled as Chinese.", "bracken(0712): dried bracken|vegetable"},
		{"the grain after maize", "Soldiers were handed maize instead of pay, and some sold the grain in Kanggye.", "corn(1005): maize|grain"},
		{"the liquor after soju", "Inspectors found soju in the lorry; the liquor had been hidden under the seats.", "soju(220890): soju|liquor"},
		{"the head of a compound name", "Farmers sold soybeans to a dealer, who paid 6,000 won for the Chinese beans.", "soybean(1201): soybeans|beans"},
		{"these appliances", "노동자들이 냉장고와 텔레비전을 가져왔다. 이 가전제품들은 시장에서 팔린다.", "refrigerator(8418): 냉장고|가전제품; television(8528): 텔레비전"},
		{"the cloth is no class word", "Traders sold clothes in Hyesan, and the cloth came from Jilin.", "clothing(62): clothes; fabric(): cloth"},
		// Must not fold: no determiner, across a paragraph, no code, "that".
		{"grain without a determiner", "Traders sold maize in Hyesan.\nGrain prices rose in Musan, where dealers sold rice.", "corn(1005): maize; grain(10): Grain; rice(1006): rice"},
		{"across a paragraph", "Farms bought Chinese urea in April.\n\nThe source said the fertilizer was unloaded at Nampo.", "nitrogen-fertilizer(3102): urea; fertilizer(31): fertilizer"},
		{"a relative that", "Customs stopped a tanker carrying diesel, a ship that delivered petroleum to Nampo before.", "diesel(271019): diesel; petroleum(27): petroleum"},
		// What a place is known for, what people live on: must not fire.
		{"known for", "Traders bought pine nuts in Kapsan, a county also known for its potatoes and honey.", "pine-nuts(0802): pine nuts"},
		{"live mostly on", "Families in Kapsan live mostly on maize porridge. Traders there sell soybeans.", "soybean(1201): soybeans"},
		{"known for and an export after", "The timber was loaded at a port better known for coal exports.", "timber(4403): timber; coal(2701): coal"},
		// Adjectives the HS noun index knows as nouns.
		{"main and higher", "North Korea's main exports to China were wigs, and prices were higher.", "wigs(6704): wigs"},
		{"Korean famous for", "상인들은 잣을 사들였다. 이 고장은 감자와 꿀로 유명한 곳이다.", "pine-nuts(0802): 잣"},
		{"Korean region of", "밀수꾼들이 구리를 넘겼다. 무산은 철광석 산지다.", "copper(74): 구리"},
		// Must fire: a good a place is famous for that is then sold.
		{"famous good sold", "Traders in Hoeryong sold tobacco leaf to Chinese buyers for yuan.", "tobacco-leaf(2401): tobacco leaf"},
		// A shipyard is no shipment.
		{"shipyards", "The steel works makes steel plate for the shipyards in Nampo.", ""},
		{"shipped after a frame", "The plant produces zinc that is shipped to Longkou.", "zinc(79): zinc"},
	}
	checkFind(t, tests)
}
