package goods

import "testing"

// TestGoodsRules13 holds the rules added after the analyst table
// (analyst_test.go), grouped by cause: a people's name that the HS noun
// index lists as a kind of fur, a trade denied or only supposed, "metals"
// beside the metals they stand for, a conveyance that measures, a reduced
// passive after a conveyance, a simile, a part of a conveyance, reserves
// by estimate, those who dig or grow a good, Korean verbs of handing over
// and words of lack, and lexicon goods added. Each rule has cases where it
// must not fire.
func TestGoodsRules13(t *testing.T) {
	checkFind(t, []struct{ name, text, want string }{
		// A people's name is no good.
		{"Chinese exports of", "Chinese exports of buses to the North rose in March.", "bus(8702): buses"},
		{"Indian buyers", "Indian traders bought the ferrosilicon in Dalian.", "ferroalloys(7202): ferrosilicon"},
		// A trade denied.
		{"denied that sold", "The firm denied that any cigarettes had been sold to the North.", ""},
		{"denied object", "The minister denied arms sales; the ship still delivered 400 rifles.", "rifle(9303): rifles"},
		{"denied, but", "Officials denied that rice was imported, but traders sold rice in Hyesan.", "rice(1006): rice"},
		{"denied a use, not a trade", "Beijing denied that North Korean labour is used in its plants.", "labour(): labour"},
		{"never exported", "The broker said he had never exported zinc to Pyongyang.", ""},
		{"no X had been", "Inspectors said no anthracite had been loaded at Nampo.", ""},
		{"no X imports is a figure", "Customs recorded no anthracite imports from the North last month.", "anthracite(270111): anthracite"},
		{"Korean denial", "그 업체는 경유를 팔았다는 의혹을 부인했다.", ""},
		{"Korean wife is no denial", "그의 부인이 장마당에서 경유를 팔았다.", "diesel(271019): 경유"},
		// A trade only supposed.
		{"might sell", "Analysts fear Pyongyang might sell plutonium to armed groups.", ""},
		{"could with if", "If the border reopens, traders could import fertilizer and seeds again.", ""},
		{"could without condition", "Last winter traders could buy flour for 4,000 won a kilogram.", "flour(1101): flour"},
		{"Korean supposition", "만약 국경이 열리면 비료 수입이 늘 것이다.", ""},
		// "metals" beside the metals they stand for, not in a ban of their own.
		{"metals beside copper", "Copper and nickel were the metals sold to Hunchun dealers.", "copper(74): Copper|metals; nickel(75): nickel"},
		{"metals in a ban alone", "Smugglers sold copper in Yanji. The resolution bans exports of metals.", "copper(74): copper; metals(): metals"},
		// A conveyance that measures.
		{"trucks' worth", "Brokers moved twelve trucks' worth of cement to Sinuiju.", "cement(2523): cement"},
		{"trucks worth money", "The dealer sold trucks worth $40,000 each.", "truck(8704): trucks"},
		// A reduced passive after a conveyance: the conveyance is the ware.
		{"brought in through", "Dealers have been buying used tractors brought in through Nampo.", "tractor(8701): used tractors"},
		{"boats brought back crab", "Small boats brought back crab from the islands.", "crab(0306): crab"},
		// A simile is no good; "as well as" lists one.
		{"as hard as steel", "Her voice was as hard as steel.", ""},
		{"as well as", "They exported copper as well as zinc.", "copper(74): copper; zinc(79): zinc"},
		// A part of a conveyance is no ware; an engine traded is.
		{"ship's engine", "The trawler's diesel engine broke down near Chongjin.", ""},
		{"engines imported", "The yard imported diesel engines for its trawlers.", "diesel-engine(8408): diesel engines"},
		// Reserves by estimate.
		{"holds an estimated", "The deposit holds an estimated 40 million tonnes of magnesite.", ""},
		{"exported an estimated", "The North exported an estimated 40,000 tonnes of magnesite.", "magnesite(251910): magnesite"},
		// Those who dig or grow a good.
		{"coal miner sells cigarettes", "A coal miner said he sells smuggled cigarettes at night.", "cigarettes(240220): cigarettes"},
		{"tobacco farmer", "A tobacco farmer from Kangwon was interviewed.", ""},
		{"tobacco farmers sell leaf", "Tobacco farmers sell tobacco leaf to Chinese buyers.", "tobacco-leaf(2401): tobacco leaf"},
		{"processing workers", "Seafood processing workers in Hunchun went unpaid.", ""},
		// A cement mixer works cement; a mixer sold is a ware of its own.
		{"cement mixer", "The cement mixer stopped when the power failed.", ""},
		// Korean: handing over, lack, drivers.
		{"Korean hand over shells", "북한은 포탄을 러시아에 넘겨줬다.", "artillery-shells(9306): 포탄"},
		{"Korean hand over squid", "어민들은 오징어를 중국 배에 넘기고 돈을 받는다.", "squid(0307): 오징어"},
		{"Korean shortage", "비료 부족으로 농장들이 애를 먹고 있다.", ""},
		{"Korean truck drivers", "트럭 운전사들은 세관에서 기다렸다.", ""},
		{"Korean truck sold", "중국산 트럭이 평양에서 팔린다.", "truck(8704): 트럭"},
		// Lexicon goods added.
		{"cotton cloth", "The factory exported cotton cloth to Dandong.", "cotton-fabric(5208): cotton cloth"},
		{"stone crusher", "The mine bought a stone crusher from a dealer in Yanji.", "crusher(847420): stone crusher"},
		{"rare earth concentrate keeps rare", "Smugglers sold rare earth concentrate to buyers in Hunchun.", "hs-26:rare-earth-concentrate(26): rare earth concentrate"},
		{"rare as judgement", "Traders sold rare orchids in Dandong.", "hs-060313:orchid(060313): rare orchids"},
	})
}
