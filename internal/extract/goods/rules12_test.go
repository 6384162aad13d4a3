package goods

import "testing"

// TestGoodsRules12 holds the rules added after the study of held-out set
// 12, grouped by cause: a good that only names a yard or a dealer's trade,
// a place where goods are worked, a bare modifier that repeats a more
// specific phrase of the same code, a piece of something that is no scrap
// metal, a past tense read as a tool, a vehicle that is a list of carriers
// after a preposition, the object of a trade gerund after one, or priced
// right after its name, a crop put in the ground, a bag that carries, the
// rail that carries, a handset after smartphones, a Korean tool with the
// instrumental, a vehicle phrase that a definite bare head trades later, an
// origin between "used" and the good, a good named as too dear in a clause
// of cause, and lexicon goods told apart by the words that name them. Each
// rule has cases where it must not fire.
func TestGoodsRules12(t *testing.T) {
	checkFind(t, []struct{ name, text, want string }{
		// A yard is named by what it stores: the good is no ware there.
		{"metals yard", "The cartons were stacked in a metals yard outside Dalian before dawn.", ""},
		{"cement yard", "A dealer sold used cars from a cement yard in Sinuiju.", "car(8703): used cars"},
		{"timber at a cement yard", "The timber was piled in a cement yard near the station and sold to builders.", "timber(4403): timber"},
		{"yard is a place, goods still traded", "A broker sold 300 tonnes of zinc to a scrap yard in Yanji.", "zinc(79): zinc"},
		// A facility noun shared across "and" reaches over a hyphenated word.
		{"shared dealer over hyphen", "The seller, a copper and non-ferrous metals dealer, paid cash.", ""},
		{"shared mill over hyphen", "Police raided a steel and semi-finished goods plant in Yanji.", ""},
		{"list is no facility", "He bought copper and non-ferrous ingots in Hunchun.", "copper(74): copper; hs-72:ingot(72): non-ferrous ingots"},
		// A bare word that opens a phrase of the same code is that good.
		{"urea after urea fertiliser", "Exports of urea fertiliser rose in May. Some 9,000 tonnes of urea crossed at Manpo.", "fertilizer(3102): urea fertiliser|urea"},
		{"cephalosporin after phrase", "Smugglers moved cephalosporin antibiotics to Hyesan, where a box of cephalosporin vials costs 80,000 won.", "antibiotics(300420): cephalosporin antibiotics|cephalosporin"},
		{"different code stays apart", "The factory imports cotton yarn; raw cotton arrives by rail and is sold in bales.", "cotton(52): raw cotton; hs-52:cotton-yarn(52): cotton yarn"},
		// A piece of paper or cloth is no scrap metal; the trade's scrap is.
		{"scrap of paper", "The buyer wrote his number on a scrap of paper and left.", ""},
		{"scraps of cloth", "Workers sewed scraps of fabric into bags to sell.", "fabric(): fabric"},
		{"tonnes of scrap", "Traders shipped 400 tonnes of scrap to Longkou last month.", "scrap-metal(7204): scrap"},
		{"scraps of iron", "Children collect scraps of iron and sell them to dealers.", "scrap-metal(7204): scraps; iron(72): iron"},
		// "saw" and "felt" with an object after them are verbs.
		{"saw exports", "The first quarter alone saw exports of 40 million dollars, customs said.", ""},
		{"felt prices", "Market traders felt prices rise after the border closed.", ""},
		{"saws traded", "Customs seized 300 chain saws and 40 tonnes of felt.", "chainsaws(846722): chain saws; hs:felt(): felt"},
		// Foundries, smelters and refineries are where goods go, not goods.
		{"trucked to a foundry", "Once it cleared customs in Dalian, the ferroalloy was trucked to a foundry in Shenyang, the court said.", "ferroalloys(7202): ferroalloy"},
		{"sold to a smelter", "Brokers sold the concentrate to a smelter in Huludao.", ""},
		// A list of carriers after a preposition carries; a trade gerund after
		// the preposition takes the vehicle as its object.
		{"tyres from lorries and buses", "They took used tyres stripped from old lorries and buses.", "used-tyres(401220): used tyres"},
		{"onto trucks and vans", "The flour was loaded onto trucks and vans at Namyang.", "flour(1101): flour"},
		{"from importing vehicles", "The resolution bars the country from importing vehicles.", "vehicle(87): vehicles"},
		{"from selling used cars", "A broker made his money from selling used cars in Rason.", "car(8703): used cars"},
		{"from boats stays carrier", "The crab was unloaded from boats at the quay.", "crab(0306): crab"},
		// A price right after a vehicle's name trades it.
		{"bicycle is won", "In Hyesan one bicycle of China is 420,000 won.", "bicycle(8712): bicycle"},
		{"motorbikes were dollars", "Used motorbikes were about 900 dollars each in Rason.", "motorcycle(8711): Used motorbikes"},
		{"truck was kilometres", "The truck was 30 kilometres from the border when police stopped it.", ""},
		{"tyre of the bicycle", "A battery costs 600 yuan, and the tyre of the bicycle is 35 yuan.", "battery(8507): battery; tyre(4011): tyre"},
		// A crop as farms put it in the ground is not traded there.
		{"transplanting rice", "Farmers were busy transplanting rice when the price of fertiliser rose to 40 yuan.", "fertilizer(31): fertiliser"},
		{"sowing maize", "The pesticide costs 40 yuan as farms prepare for sowing maize.", "pesticide(3808): pesticide"},
		{"rice sold after transplanting", "Traders who sold rice after transplanting season made 500 yuan.", "rice(1006): rice"},
		// Handbags carry what people take on a trip; a make or a sale trades them.
		{"in a handbag", "She carried 3,000 pairs of lashes in a handbag through customs.", ""},
		{"inside her handbag", "The courier hid the lashes inside her small handbag on the flight.", ""},
		{"handbags smuggled in containers", "The ring smuggled 400 handbags in shipping containers to Nampo.", "handbags(4202): handbags"},
		{"deals in handbags", "The firm deals in designer handbags from Milan.", "handbags(4202): designer handbags"},
		{"handbags sold", "Dior handbags are sold in Pyongyang for 2,000 dollars.", "handbags(4202): handbags"},
		// "rail" is the carriage; "rails" the good.
		{"rail trade", "Direct rail trade between the two countries has grown.", ""},
		{"steel rails by rail", "Steel rails were exported to Rason by rail.", "hs-7302:steel-rail(7302): Steel rails"},
		// A handset after smartphones is one of them; named first it stays apart.
		{"handset after smartphones", "Chinese smartphones now sell for 300 dollars in Hyesan, and a used handset fetches 150 dollars.", "smartphone(851713): smartphones|used handset"},
		{"mobile phones before smartphone", "Police confiscate Chinese mobile phones at the border. A used smartphone sells for 200 dollars.", "mobile-phone(8517): mobile phones; smartphone(851713): used smartphone"},
		// A Korean tool or carrier with the instrumental and a verb of moving.
		{"crane moves coal", "항구에서 석탄 자루를 크레인으로 옮겨 싣는다.", "coal(2701): 석탄"},
		{"forklift unloads flour", "부두에서 지게차로 내린 밀가루는 시장에서 팔린다.", "flour(1101): 밀가루"},
		{"cranes imported", "무역회사가 중국에서 크레인 3대를 수입했다.", "cranes(8426): 크레인"},
		// A definite bare head after an untraded phrase of a vehicle trades the phrase's good.
		{"electric bicycles then the bicycles", "Chinese electric bicycles are reaching the mining towns. The bicycles are sold in Kilju.", "electric-bicycle(871160): electric bicycles|bicycles"},
		{"electric scooters then the scooters", "Chinese electric scooters are appearing in Hyesan. The scooters are bought in Changbai for 3,000 yuan.", ""},
		{"ordinary pedal bicycle apart", "Electric bicycles are spreading in Tanchon. An ordinary pedal bicycle sells for 400 yuan.", "bicycle(8712): bicycle"},
		{"untraded phrase alone", "Electric bicycles have appeared in the market towns.", ""},
		// An origin between "used" and the good keeps it used.
		{"used Russian truck tyre", "A used Russian truck tyre sells for 1 million won.", "used-tyres(401220): truck tyre"},
		{"second-hand Chinese clothes", "Traders sold second-hand Chinese clothes in Hyesan.", "used-clothing(6309): clothes"},
		{"used as a verb", "Traders used Chinese tyres for the carts and sold them.", "tyre(4011): tyres"},
		{"no state word", "Buyers paid for the new Chinese clothes in cash.", "clothing(62): clothes"},
		// A good named only as the reason people turn to others is no ware.
		{"petrol too expensive", "Many riders switched to e-bikes because the bus stopped running and petrol is too expensive.", ""},
		{"coal has become too expensive", "Families burn wood since coal has become too expensive in Hyesan.", "timber(4403): wood"},
		{"Korean petrol dear", "주민들은 휘발유가 비싸서 전기자전거를 탄다.", ""},
		{"too expensive without a cause", "Rice is too expensive for most families; a kilogram sells for 6,000 won.", "rice(1006): Rice"},
		{"dear reason and a sale", "Households burn wood because coal is too expensive, and coal sells for 300 yuan a tonne.", "timber(4403): wood; coal(2701): coal"},
		{"because of, no dearness", "Because of the ban, diesel sells for 9,000 won a litre.", "diesel(271019): diesel"},
		// A cover word of shipping papers.
		{"household sundries", "The cartons were cleared through customs as household sundries.", "household-sundries(): household sundries"},
		// Lexicon goods told apart by their words.
		{"coal slag", "The manifest described the cargo as coal slag.", "coal-slag(262190): coal slag"},
		{"human-hair wig", "A human-hair wig brings 300 yuan in Pingdu.", "human-hair-wigs(670420): human-hair wig"},
		{"human hair alone", "Traders export human hair to Xuchang.", "human-hair(0501): human hair"},
		{"ginseng liquor Korean", "노동자들은 인삼술을 챙겨 가서 판다.", "ginseng-liquor(2208): 인삼술"},
		{"molybdenum concentrate Korean", "몰리브덴 정광이 남포항을 거쳐 밀반출되고 있다.", "molybdenum-ore(2613): 몰리브덴 정광"},
		{"silica sand Korean apart from sand", "규사를 배에 싣고, 모래 수출은 금지됐다.", "silica-sand(250510): 규사; sand(2505): 모래"},
		{"lubricating oil apart from fuel oil", "The ship brought 300 drums of lubricating oil and 200 tonnes of fuel oil.", "lubricating-oil(271019): lubricating oil; refined-petroleum(2710): fuel oil"},
		{"solar battery plate", "The ship brought back the solar battery plate of 300 sheet.", "solar-panel(854143): solar battery plate"},
		{"earth and stone Korean", "결의는 북한의 흙과 돌 수출을 금지했다.", "earth-and-stone(25): 흙과 돌"},
	})
}
