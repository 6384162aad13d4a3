package goods

import "testing"

// TestGoodsRules16 holds the rules for goods a report names only as
// background (background.go): what a plant makes, said after the good; a
// past habit; goods installed years ago; a crop before a passive verb of
// farming; a share of an output figure. Each class has cases where the rule
// must fire (the background good is left out, a traded one beside it kept)
// and cases where it must not (the good is traded after all).
func TestGoodsRules16(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// What a plant makes, after the good: must fire.
		{"made: it produces", "The smelter sells Chinese coal to dealers, but the zinc it produces goes to the army.", "coal(2701): coal"},
		{"made: the plant makes", "Traders bought Chinese diesel, while the cement the local plant makes is kept for state housing.", "diesel(271019): diesel"},
		{"made: turns out", "Dealers import Chinese urea, but the ammonia the complex turns out stays in the province.", "nitrogen-fertilizer(3102): urea"},
		{"made: traded elsewhere", "The cigarettes that the Pyongyang factory still makes go to officials. Dealers import Chinese cigarettes for everyone else.", "cigarettes(240220): cigarettes"},
		{"made: Korean subject", "상인들은 중국산 밀가루를 들여온다. 제철소가 생산한 선철은 군수공장으로 간다.", "flour(1101): 밀가루"},
		{"made: Korean plant", "공장에서 만드는 비누는 질이 나쁘다. 주민들은 중국산 치약을 산다.", "toothpaste(330610): 치약"},
		{"made: Korean complex name", "흥남비료연합기업소는 가동을 멈췄다. 주민들은 중국산 비료를 사들인다.", "fertilizer(31): 비료"},
		// Must not fire: the made good is traded, or made is its origin.
		{"made: then exported", "The steel the works produces is exported to China through Nampo.", "steel(72): steel"},
		{"made: then sold", "The coal it mines is sold to Chinese buyers at the border.", "coal(2701): coal"},
		{"made: origin", "Customs seized cigarettes made in Pyongyang factories.", "cigarettes(240220): cigarettes"},
		{"made: sold before", "Traders sold the rice the farm grew last year.", "rice(1006): rice"},
		{"made: Korean imported", "북한은 중국이 생산한 비료를 대량으로 수입했다.", "fertilizer(31): 비료"},
		{"made: Korean origin", "중국에서 만든 휴대폰이 시장에서 팔린다.", "mobile-phone(8517): 휴대폰"},
		// A past habit: must fire.
		{"habit: once canned", "The Nampo plant, which once canned crab for export, now buys Chinese flour.", "flour(1101): flour"},
		{"habit: formerly refined", "The plant formerly refined crude oil. Today its workers smuggle Chinese cigarettes.", "cigarettes(240220): cigarettes"},
		{"habit: once bottled", "The brewery once bottled beer for export. Its workers now sell Chinese rice.", "rice(1006): rice"},
		{"habit: Korean", "이 공장은 한때 신발을 수출하던 곳이다. 지금은 중국산 밀가루를 들여온다.", "flour(1101): 밀가루"},
		// Must not fire: a past trade, once as a conjunction, no past verb.
		{"habit: once bought", "Wholesalers who once bought Chinese rice by the truckload must now buy it from the state.", "rice(1006): rice"},
		{"habit: conjunction", "Once the coal is loaded, the ship sails for Longkou to sell it.", "coal(2701): coal"},
		{"habit: no verb", "The firm, formerly a fish cannery, exports coal to China.", "fish(03): fish; coal(2701): coal"},
		{"habit: Korean no habit form", "한때 밀수꾼들이 중국산 휴대폰을 많이 들여왔다.", "mobile-phone(8517): 휴대폰"},
		// Goods installed years ago: must fire.
		{"installed: relative", "The solar panels families installed years ago still work. Traders now sell Chinese televisions.", "television(8528): televisions"},
		{"installed: before", "Many families installed solar panels years ago. Traders now sell televisions.", "television(8528): televisions"},
		{"installed: fitted", "The generator the mine fitted decades ago has broken down, so the mine buys Chinese diesel.", "diesel(271019): diesel"},
		{"installed: Korean", "몇 해 전 집에 설치한 태양광 패널로 불을 켠다. 상인들은 중국산 배터리를 판다.", "battery(8507): 배터리"},
		// Must not fire: traded, or not long ago.
		{"installed: sold", "A dealer sold the generators he installed years ago at the mine.", "generator(8502): generators"},
		{"installed: no ago", "Solar panels installed on roofs are now sold in every market.", "solar-panel(854143): Solar panels"},
		{"installed: Korean sold", "몇 해 전 설치한 태양광 패널을 시장에 내다 판다.", "solar-panel(854143): 태양광 패널"},
		// A crop before a passive verb of farming: must fire.
		{"farmed: transplanted", "Dealers sell Chinese urea before the rice is transplanted in May.", "nitrogen-fertilizer(3102): urea"},
		{"farmed: sown", "Farms bought plastic film in April, and the maize was sown a week later.", "plastic-sheeting(3920): plastic film"},
		{"farmed: planted", "Traders sell Chinese flour in Hyesan, where the wheat has been planted early.", "flour(1101): flour"},
		// Must not fire: the crop is then sold, or the passive is trade.
		{"farmed: then sold", "The rice is harvested in October and sold to Chinese buyers.", "rice(1006): rice"},
		{"farmed: imported", "The rice is imported from China by state firms.", "rice(1006): rice"},
		// Grown, cultivated and harvested crops are the crops farms sell (see
		// growVerbs): the mention stays, and a pronoun may take it up later.
		{"farmed: grown", "Traders sell Chinese flour in Hyesan, where the wheat is grown on small plots.", "flour(1101): flour; wheat(1001): wheat"},
		{"farmed: harvested", "Traders sell Chinese flour in Hyesan, where the wheat has been harvested early.", "flour(1101): flour; wheat(1001): wheat"},
		{"farmed: cultivated", "Dealers sell urea in Hoeryong. The tobacco is cultivated on hillsides, and brokers take it to the river.", "nitrogen-fertilizer(3102): urea; tobacco(24): tobacco"},
		{"farmed: smuggled", "Maize is grown on the hills and smuggled to Changbai.", "corn(1005): Maize"},
		// A share of an output figure: must fire.
		{"output: of which", "Grain output reached 4.7 million tonnes last year, of which rice made up 2.1 million tonnes. Traders import Chinese flour.", "flour(1101): flour"},
		{"output: of this", "The harvest was put at 4.6 million tonnes. Of this, maize was 1.9 million tonnes. Dealers sell Chinese rice.", "rice(1006): rice"},
		{"output: Korean", "곡물 생산량은 460만 톤으로 추정됐다. 이 중 쌀은 210만 톤이었다. 상인들은 중국산 밀가루를 판다.", "flour(1101): 밀가루"},
		// Must not fire: a share of a traded figure.
		{"output: imports", "Imports of grain reached 300,000 tonnes, of which rice made up half.", "grain(10): grain; rice(1006): rice"},
		{"output: exports", "Exports of seafood reached 5,000 tonnes last year, of which crab made up a third.", "seafood(03): seafood; crab(0306): crab"},
		{"output: of this maize", "Farm output was large; dealers bought much of this maize at the farm gate.", "corn(1005): maize"},
		{"output: Korean imports", "북한은 곡물 30만 톤을 수입했다. 이 중 쌀은 10만 톤이었다.", "grain(10): 곡물; rice(1006): 쌀"},
	}
	checkFind(t, tests)
}
