package goods

import "testing"

// TestClassWords holds the rules that fold a class word into the narrower
// goods it stands for (umbrellas, Korean 등 lists, "the machines"), the
// parts after "parts for" or "parts of", vehicles listed among wares,
// conveyances as verbs and carriers, frames of purpose and want, makers,
// and fallback names that shorten a lexicon good.
func TestClassWords(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Umbrellas: must fire.
		{"food beside flour", "The company imported wheat flour, and food prices fell in Chongjin.", "flour(1101): wheat flour|food"},
		{"meat beside pork", "Frozen pork from Vladivostok is cheaper than the meat sold by Chinese traders.", "pork(0203): Frozen pork|meat"},
		{"electronics beside televisions", "Returning workers carried televisions home, and customs waved the electronics through.", "television(8528): televisions|electronics"},
		{"farm products beside bracken", "An importer brought in dried bracken labelled as Chinese agricultural products.", "bracken(0712): dried bracken|agricultural products"},
		{"fittings beside toilets", "Trucks brought toilets from Shenyang, and the bathroom fittings sold quickly.", "toilets(6910): toilets|bathroom fittings"},
		// Umbrellas: must not fire.
		{"food alone", "Russia sent food and fuel to Rajin by rail.", "food(): food; fuel(27): fuel"},
		{"food beside drinks", "The consignment was declared as food, though it held cognac.", "food(): food; cognac(220820): cognac"},
		{"foodstuffs beside flour", "Customs data list foodstuffs and wheat flour among the imports.", "foodstuffs(): foodstuffs; flour(1101): wheat flour"},
		{"dried fish is its own good", "Traders sold dried fish and squid in the market.", "fish(0305): dried fish; squid(0307): squid"},
		// Korean class words after 등: must fire, and must not where the
		// class covers nothing listed or is a sanctioned class.
		{"herbs after 등", "회사는 오미자와 황기 등 약초를 중국에 팔았다. 약초 값은 올랐다.", "schisandra(121190): 오미자|약초|약초; astragalus(121190): 황기"},
		{"no cover", "상인들은 담배 등 약초를 팔았다.", "cigarettes(240220): 담배; medicinal-herbs(1211): 약초"},
		{"seafood stays", "꽃게와 대게 등 수산물이 훈춘으로 넘어갔다.", "crab(0306): 꽃게; snow-crab(0306): 대게; seafood(03): 수산물"},
		// Class words that refer back across chapters.
		{"the machines after tractors", "Farms bought walking tractors, and the machines crossed at Quanhe.", "walking-tractor(870110): walking tractors|machines"},
		{"machines alone", "Farms bought the machines in Hunchun.", "machinery(84): machines"},
		// Parts of each good after "parts for" or "parts of".
		{"parts for a list", "The papers listed the cargo as parts for tractors and rice transplanters.", "tractor(8708): tractors; farm-machinery(84): rice transplanters"},
		{"parts of", "Factories are bringing in parts of CNC machine tools from China.", "machine-tools(84): CNC machine tools"},
		{"no parts", "Farms bought tractors and rice transplanters from China.", "tractor(8701): tractors; farm-machinery(84): rice transplanters"},
		// Vehicles listed among wares.
		{"vehicles among wares", "Sanctions bar machinery, vehicles and metals from being sold there.", "machinery(84): machinery; vehicle(87): vehicles; metals(): metals"},
		{"vehicles among carriers", "Smugglers crossed with boats and trucks at night.", ""},
		// Conveyances as verbs and carriers.
		{"trucks as a verb", "A merchant buys soap in Yanji and trucks it to Tumen.", "soap(3401): soap"},
		{"in boats", "The detergent was ferried across the river in small boats.", "detergent(3402): detergent"},
		{"brought in trucks", "Traders brought in used trucks from Dandong last month.", "truck(8704): used trucks"},
		{"trade in boats", "The firm has traded in used boats since 2019.", "ship(8907): used boats"},
		// Frames of purpose and want.
		{"shortage", "Officials complained of shortages of cement and steel at the site.", ""},
		{"used for", "The inverters are used for centrifuges in some plants.", "inverter(8504): inverters"},
		{"used for carrying", "The trucks used for carrying timber crossed at Manpo.", "timber(4403): timber"},
		{"new clause after the frame", "The cash was used for payment, but traders have sold seafood to Russia.", "seafood(03): seafood"},
		{"a maker", "The tow was relabelled for a garment maker in Dalian.", ""},
		// Lexicon families added with these rules: forms that name one good,
		// goods listed side by side, and forms that must not match.
		{"bean oil", "The cargo held sugar and bean oil.", "sugar(1701): sugar; soybean-oil(1507): bean oil"},
		{"glutamic acid", "Traders sold glutamic acid and soy sauce.", "msg(292242): glutamic acid; soy-sauce(210310): soy sauce"},
		{"toilets and washbasins", "Trucks brought ceramic toilets and washbasins to Sinuiju for sale.", "toilets(6910): ceramic toilets; washbasins(6910): washbasins"},
		{"frogs and frog oil", "Middlemen buy frogs for 2,000 won and sell the dried frog oil in China.", "frogs(010690): frogs; frog-oil(051000): dried frog oil"},
		{"cigarette paper", "He also supplied cigarette paper to the factory.", "cigarette-paper(4813): cigarette paper"},
		{"no prawn inside a verb", "정부는 지원을 확대하는 방안을 검토하고 있다.", ""},
		{"bearings", "They sold servo motors and bearings.", "electric-motor(8501): servo motors; bearings(8482): bearings"},
		{"masks worn", "Residents wore face masks at the market in Hyesan.", ""},
		{"masks sold", "Smugglers sold face masks to traders in Hyesan.", "face-masks(630790): face masks"},
		{"Swiss watches", "He sold Swiss watches and wristwatches from Japan.", "swiss-watches(91): Swiss watches; watch(9102): wristwatches"},
		// A bare metal after its ore is that ore, unless listed beside it.
		{"metal after its ore", "Brokers bought molybdenum concentrate in Hyesan; molybdenum is used in special steel.", "molybdenum-ore(2613): molybdenum concentrate|molybdenum"},
		{"metal beside its ore", "Brokers bought iron ore in Musan, though the UN banned iron and iron ore exports.", "iron-ore(2601): iron ore|iron ore; iron(72): iron"},
		// A gloss in brackets names its good once.
		{"gloss", "Traders sold flour, sugar and seasoning (glutamic acid) in Chongjin.", "flour(1101): flour; sugar(1701): sugar; msg(292242): glutamic acid"},
		{"no gloss", "Traders sold flour (200 tons) and seasoning in Chongjin.", "flour(1101): flour; seasoning(2103): seasoning"},
		// Korean frames of eating.
		{"Korean eaten", "가난한 집들은 장마당 시세가 올라 옥수수 국수나 감자로 끼니를 때운다.", ""},
		{"Korean eaten but sold", "그는 국수를 팔아 먹고 산다.", "noodles(1902): 국수"},
		{"Korean equal is no eating", "담배 한 갑 값이 쌀 몇 킬로와 맞먹는다.", "cigarettes(240220): 담배; rice(1006): 쌀"},
		// Labourers are people; labour is the service sold.
		{"labourers", "The cheap brand is sold mainly to labourers in Shandong.", ""},
		{"labour", "The company earns foreign currency by selling labour to Russian builders.", "labour(): labour"},
		// Medicine as a practice is no good.
		{"traditional medicine", "Chinese buyers prize sea cucumber for traditional medicine, and it fetches 300 yuan a kilogram.", "sea-cucumber(0308): sea cucumber"},
		// A fallback name that shortens a lexicon good.
		{"shortened fallback", "Police seized six bear gall bladders; the hunters sold the gall bladders for 4,000 yuan.", "bear-bile(0510): bear gall bladders|gall bladders"},
	}
	checkFind(t, tests)
}
