package goods

import "testing"

// TestGoodsRules14 holds the rules added after the second analyst table
// (analyst2_test.go): a good that names a stall, plant, pump, lamp or
// disease; a good run out of, taken instead of another, or not agreed on;
// animals raised; a reported clause after a frame of lack; a price list's
// comma and colon; a vehicle shipped in the passive; the past of Korean
// verbs of handing over; Korean words of dealing, lack and substitution;
// a good that only says what an accessory fits; a date after a noun; and
// lexicon goods added. Each rule has cases where it must not fire.
func TestGoodsRules14(t *testing.T) {
	checkFind(t, []struct{ name, text, want string }{
		// A good before a stall, plant, pump, lamp or disease.
		{"noodle stall", "She once kept a noodle stall in Hoeryong and now sells Chinese socks.", "socks(6115): socks"},
		{"noodles sold", "She sells Chinese noodles in Hoeryong.", "noodles(1902): noodles"},
		{"enrichment facilities", "Satellite photos show new uranium enrichment facilities at Yongbyon.", ""},
		{"pig disease", "The trader bought medicine for pig disease from Changbai.", "medicine(3004): medicine"},
		{"pigs sold", "The trader sold six pigs to a buyer from Changbai.", "pigs(0103): pigs"},
		{"engine oil pump", "The tanker carrying petrol stopped when its engine oil pump failed.", "gasoline(271012): petrol"},
		{"kerosene lamps", "Traders in Hyesan sell Chinese kerosene lamps.", "lamps(9405): kerosene lamps"},
		{"kerosene sold", "Traders in Hyesan sell Chinese kerosene by the litre.", "kerosene(271019): kerosene"},
		// Run out of, instead of, rather than, no evidence, no agreement.
		{"ran out of fuel", "The boat carrying crab for Chinese buyers ran out of diesel off Rajin.", "crab(0306): crab"},
		{"diesel bought", "The boat bought diesel off Rajin from a Chinese tanker.", "diesel(271019): diesel"},
		{"instead of", "The dealer now ships plywood to Sinuiju instead of logs.", "plywood(4412): plywood"},
		{"instead of a gerund", "Instead of exporting coal through Nampo, the firm sold the coal to a Chinese mill.", "coal(2701): coal|coal"},
		{"rather than", "Buyers asked for maize rather than rice this spring.", "corn(1005): maize"},
		{"no evidence that", "Inspectors found no evidence that the freighter had carried anthracite.", ""},
		{"evidence that", "Inspectors found evidence that the freighter had carried anthracite.", "anthracite(270111): anthracite"},
		{"no agreement on", "The two sides signed a deal for sugar, but reached no agreement on oil products.", "sugar(1701): sugar"},
		// Animals raised are no ware; a price raised leaves the good traded.
		{"raise pigs", "Officials told the farms to raise goats and pigs for the army.", ""},
		{"raise the price", "Traders raise the price of rice before the holiday.", "rice(1006): rice"},
		{"raise exports", "The firm plans to raise zinc exports to China.", "zinc(79): zinc"},
		// A reported clause ends a frame of lack.
		{"lack of, then a report", "Power is short for lack of coal, and merchants report that Chinese cement is arriving by truck.", "cement(2523): cement"},
		{"lack of a list", "Builders complain of a lack of cement and glass.", ""},
		// A price list: a colon ends the place, a comma sets off the price.
		{"price list colon", "Prices from Hamhung: second-hand motorbike, 900 dollars.", "motorcycle(8711): second-hand motorbike"},
		{"price list comma", "Prices: bicycle, 150,000 won; rice, 5,000 won.", "bicycle(8712): bicycle; rice(1006): rice"},
		{"from a place", "Buses from Hamhung reach Chongjin in six hours.", ""},
		// A vehicle shipped in the passive.
		{"were shipped", "Forty tractors were shipped to Nampo in May.", "tractor(8701): tractors"},
		{"trucks that deliver", "Trucks delivered the cement to Sunchon.", "cement(2523): cement"},
		// The past of Korean verbs of handing over.
		{"넘겼다", "어선들이 오징어를 중국 상인에게 넘겼다.", "squid(0307): 오징어"},
		{"보냈다", "그 회사는 명태를 단둥으로 보냈다.", "pollock(0303): 명태"},
		{"no cue", "어부들이 오징어를 잡으러 나갔다.", ""},
		// Korean words of dealing, lack and substitution.
		{"장사꾼", "그는 젊을 때 쌀 장사꾼이었다.", ""},
		{"석유화학", "그는 석유화학 연구소에 다녔다.", ""},
		{"가 없어", "연료가 없어 트럭이 멈췄다.", ""},
		{"대신", "무역상은 원목 대신 합판을 북한에 판다.", "plywood(4412): 합판"},
		// A good that only says what an accessory fits.
		{"phone batteries", "Customs seized 300 mobile phone batteries in Dandong.", "battery(8507): batteries"},
		{"phones and batteries", "Customs seized 300 mobile phones and batteries.", "mobile-phone(8517): mobile phones; battery(8507): batteries"},
		// A date after a noun is no shoe last.
		{"parts last year", "The plant bought Chinese turbine parts last year.", "hs:turbine-parts(): Chinese turbine parts"},
		// Lexicon goods added.
		{"palm oil", "The ship left Nampo with palm oil and sugar for Chinese buyers.", "palm-oil(1511): palm oil; sugar(1701): sugar"},
		{"대두유", "세관 자료에 따르면 대두유 수입이 늘었다.", "soybean-oil(1507): 대두유"},
		{"시계 부품", "북한은 중국에 시계 부품을 수출했다.", "watch-parts(9114): 시계 부품"},
		{"aluminium powder", "The broker procured aluminium powder for the plant.", "aluminium-powder(7603): aluminium powder"},
		{"seamless pipe", "The firm shipped seamless steel pipes to Nampo.", "seamless-pipes(7304): seamless steel pipes"},
		{"steel strip", "The factory bought 30 tonnes of steel strip.", "steel-strip(7211): steel strip"},
		{"titanium alloy", "Agents procured titanium alloy in Shenzhen.", "titanium(8108): titanium alloy"},
		{"carbon fibre", "Agents procured carbon fibre in Shenzhen.", "carbon-fibre(681511): carbon fibre"},
		{"graders", "Dealers sold four graders to a road bureau.", "graders(842920): graders"},
		{"hand phone", "He smuggled a hand phone across the river.", "mobile-phone(8517): hand phone"},
		{"corn powder", "Corn powder sells for 3,000 won a kilogram.", "corn-flour(1102): Corn powder"},
		{"silk fabric", "The North exported raw silk and silk fabric.", "silk(5002): raw silk; silk-fabric(5007): silk fabric"},
	})
}
