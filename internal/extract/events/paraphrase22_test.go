package events

import "testing"

// TestLegParaphrases22 checks goods made into another good on the way: a
// sentence that says the goods were turned, sawn, smelted or milled into a
// product (정광으로 가공, 제련) where they were left lets the product go on
// from there; a different good that merely appears later does not join.
func TestLegParaphrases22(t *testing.T) {
	checkParaCases(t, paraCases22)
}

var paraCases22 = []paraCase{
	// must fire
	{name: "p22 ore smelted into ingots then railed", text: "Lorries hauled the zinc ore from Hyesan to Changbai. The ore was smelted into ingots at a works there. Later the ingots were railed to Shenyang.",
		places: []string{"Hyesan", "Changbai", "Shenyang"}, goods: []string{"zinc ore=zinc ore|ore", "ingots=ingots"}, legs: []string{"Changbai>Shenyang", "Hyesan>Changbai"}},
	{name: "p22 wheat milled into flour then trucked", text: "The wheat was shipped from Vladivostok to Rajin. There it was milled into flour, and afterwards the flour was trucked to Chongjin.",
		places: []string{"Vladivostok", "Rajin", "Chongjin"}, goods: []string{"wheat=wheat", "flour=flour"}, legs: []string{"Rajin>Chongjin", "Vladivostok>Rajin"}},
	{name: "p22 logs sawn into planks, planks go on", text: "Rafts of logs went down the river from Manpo to Ji'an. In Ji'an they were sawn into planks. The planks were then sent by rail to Tonghua.",
		places: []string{"Manpo", "Ji'an", "Tonghua"}, goods: []string{"logs=logs", "planks=planks"}, legs: []string{"Ji'an>Tonghua", "Manpo>Ji'an"}},
	{name: "ko22 ore refined into concentrate, sent on", text: "철광석은 트럭으로 무산에서 난핑까지 운반됐다. 이 광석은 그곳에서 정광으로 가공됐다. 정광은 이후 기차로 퉁화로 보내졌다.",
		places: []string{"Musan=무산", "Nanping=난핑", "Tonghua=퉁화"}, goods: []string{"iron ore=철광석|광석", "concentrate=정광"}, legs: []string{"Musan>Nanping", "Nanping>Tonghua"}},
	{name: "ko22 copper ore smelted, lead then goes on", text: "동광석은 배로 남포에서 룽커우까지 실려 갔다. 광석은 룽커우에서 구리로 제련된다. 구리는 다시 트럭으로 린이로 옮겨진다.",
		places: []string{"Nampo=남포", "Longkou=룽커우", "Linyi=린이"}, goods: []string{"copper ore=동광석|광석", "copper=구리"}, legs: []string{"Longkou>Linyi", "Nampo>Longkou"}},

	// must not fire
	{name: "p22 another good merely appears later", text: "The wheat was shipped from Vladivostok to Rajin. Later some flour was trucked to Chongjin.",
		places: []string{"Vladivostok", "Rajin", "Chongjin"}, goods: []string{"wheat=wheat", "flour=flour"}, legs: []string{"Vladivostok>Rajin"}},
	{name: "p22 product made somewhere else", text: "The wheat was shipped from Vladivostok to Rajin. In Hamhung, wheat from elsewhere was milled into flour, and the flour was later trucked to Chongjin.",
		places: []string{"Vladivostok", "Rajin", "Chongjin", "Hamhung"}, goods: []string{"wheat=wheat", "flour=flour"}, notLeg: "Rajin>Chongjin"},
	{name: "p22 other goods turned into the product", text: "Lorries took the zinc ore from Hyesan to Changbai. Scrap from local yards was smelted into ingots. Later the ingots were railed to Shenyang.",
		places: []string{"Hyesan", "Changbai", "Shenyang"}, goods: []string{"zinc ore=zinc ore|ore", "ingots=ingots", "scrap=Scrap"}, notLeg: "Changbai>Shenyang"},
	{name: "ko22 a different good later, no making", text: "철광석은 트럭으로 무산에서 난핑까지 운반됐다. 정광은 이후 기차로 퉁화로 보내졌다.",
		places: []string{"Musan=무산", "Nanping=난핑", "Tonghua=퉁화"}, goods: []string{"iron ore=철광석", "concentrate=정광"}, notLeg: "Nanping>Tonghua"},
}
