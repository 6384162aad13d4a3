package orgs

import (
	"strings"
	"testing"
)

// patternSummary renders pattern organisations as "name [kind country]: mention|…".
func patternSummary(text string) string {
	var parts []string
	for _, o := range finder().Find(text) {
		if !strings.HasPrefix(o.ID, patternPrefix) {
			continue
		}
		var ms []string
		for _, m := range o.Mentions {
			ms = append(ms, m.Text)
		}
		parts = append(parts, o.Name+" ["+o.Kind+" "+o.Country+"]: "+strings.Join(ms, "|"))
	}
	return strings.Join(parts, "; ")
}

func TestFindPatterns(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"general trading corporation", "Coal was sold by Sungri General Trading Corporation to buyers in Dandong.",
			"Sungri General Trading Corporation [company ]: Sungri General Trading Corporation"},
		{"Chinese Co., Ltd. with its city", "Dandong Hongda Trade Co., Ltd. shipped the steel.",
			"Dandong Hongda Trade Co., Ltd. [company CN]: Dandong Hongda Trade Co., Ltd."},
		{"the bank, twice", "Funds moved through the Mansu Bank, and the Mansu Bank later closed.",
			"Mansu Bank [bank ]: the Mansu Bank|the Mansu Bank"},
		{"Korea-prefixed shipping company", "Korea Unha Shipping Company owns the vessel.",
			"Korea Unha Shipping Company [company KP]: Korea Unha Shipping Company"},
		{"sentence-initial article trimmed", "The Rungrado General Trading Corporation imported fuel.",
			"Rungrado General Trading Corporation [company ]: The Rungrado General Trading Corporation"},
		{"lower-case trade head", "Copper went to the Pyolmuri trading company, the source said.",
			"Pyolmuri trading company [company ]: the Pyolmuri trading company"},
		{"bureau with a name", "Officials of the Kumsusan Bureau were sent to Sinuiju.",
			"Kumsusan Bureau [agency ]: the Kumsusan Bureau"},
		{"enterprises with a name", "Chilbosan Enterprises runs hotels in Shenyang.",
			"Chilbosan Enterprises [company ]: Chilbosan Enterprises"},
		{"Korean with 조선", "조선 광명무역회사는 석탄을 넘겼고 광명무역회사 간부가 체포됐다.",
			"Korea Kwangmyong Trading Company [company KP]: 조선 광명무역회사|광명무역회사"},
		{"Korean firm romanised", "장자산무역회사가 발전기를 들여왔고 칠보산총회사와 목란은행도 나섰다.",
			"Jangjasan Trading Company [company ]: 장자산무역회사; Chilbosan General Corporation [company ]: 칠보산총회사; Mongnan Bank [bank ]: 목란은행"},
		{"Korean firm before the copula", "물건을 들여오는 곳은 강계의 칠보산무역회사다.",
			"Chilbosan Trading Company [company ]: 칠보산무역회사"},
		{"US court under its usual name", "The U.S. District Court for the Southern District of New York heard it; a district court in Ohio did not.",
			"US District Court for the Southern District of New York [court US]: The U.S. District Court for the Southern District of New York"},
		{"named courts", "The Incheon District Court and Dandong Intermediate People's Court ruled; the High Court did not.",
			"Incheon District Court [court KR]: The Incheon District Court; Dandong Intermediate People's Court [court CN]: Dandong Intermediate People's Court"},
		{"Chinese firm in Hangul keeps its form", "단둥 홍상무역회사가 보냈다.",
			"단둥 홍상무역회사 [company CN]: 단둥 홍상무역회사"},
		{"ship managers ending in Maritime or Shipping", "The tanker is run by Dalian Haitong Maritime; Donghai Yuanfa Shipping chartered it.",
			"Dalian Haitong Maritime [company CN]: Dalian Haitong Maritime; Donghai Yuanfa Shipping [company ]: Donghai Yuanfa Shipping"},
		{"Maritime and Shipping as plain words name no firm", "Maritime traffic fell. Coal Shipping Resumed. Ocean Shipping rose and Chinese Maritime officials said so.",
			""},
		{"registered-in place of two words is not the name", "A Hong Kong-registered Silver Gate Trading Co. paid the broker.",
			"Silver Gate Trading Co. [company ]: Silver Gate Trading Co."},
		{"supplier and wholesaler beside a name", "Pork came from a Khabarovsk Krai supplier, Taiga Meat, and went on to a fish wholesaler, Rybvostok, in Nakhodka.",
			"Taiga Meat [company RU]: Taiga Meat; Rybvostok [company ]: Rybvostok"},
		{"name before a described wholesaler", "Police raided Hanbit Apparel, a Busan-based clothing wholesaler, on Monday.",
			"Hanbit Apparel [company KR]: Hanbit Apparel"},
		{"second reading when the first names nothing", "Officials said, the Busan-based company, Saebom Steel, bought pig iron.",
			"Saebom Steel [company KR]: Saebom Steel"},
		{"airline as a head", "The parcels fly on the Aurora Airlines service from Vladivostok.",
			"Aurora Airlines [company ]: the Aurora Airlines"},
		{"a person beside a wholesaler, a place set off by commas", "A Hyesan wholesaler, Pak Song Il, bought them; the phones went to a local wholesaler, Hyesan, later.",
			""},
		{"based-in place is not the name", "The Rason-based Sungri Trading Company bought flour from a Vladivostok-based firm.",
			"Sungri Trading Company [company KP]: Sungri Trading Company"},
		{"Korean bank and general trading company", "만수은행과 릉라도무역총회사가 연루됐다. 대성은행도.",
			"Mansu Bank [bank ]: 만수은행; Rungrado General Trading Corporation [company ]: 릉라도무역총회사"},
		{"Chinese after a clause", "丹东海关查获了丹东鸿达贸易有限公司的货物。",
			"丹东鸿达贸易有限公司 [company CN]: 丹东鸿达贸易有限公司"},
		{"Chinese without a stop character", "海关查获丹东鸿达贸易有限公司货物。",
			"丹东鸿达贸易有限公司 [company CN]: 丹东鸿达贸易有限公司"},
		{"Co. Ltd without the dot", "The tanker belongs to Sinhung Shipping Co. Ltd and sails from Nampo.",
			"Sinhung Shipping Co. Ltd [company ]: Sinhung Shipping Co. Ltd"},
		{"Ltd, Limited and LLC", "Kumbit Marine Ltd sold it to Haebit Limited, and Vostok Trans LLC paid.",
			"Kumbit Marine Ltd [company ]: Kumbit Marine Ltd; Haebit Limited [company ]: Haebit Limited; Vostok Trans LLC [company ]: Vostok Trans LLC"},
		{"Singapore Pte and Pte. Ltd.", "Kallang Star Trading Pte paid, and Marina Bay Shipping Pte. Ltd. carried the drums.",
			"Kallang Star Trading Pte [company ]: Kallang Star Trading Pte; Marina Bay Shipping Pte. Ltd. [company ]: Marina Bay Shipping Pte. Ltd."},
		{"Pte Ltd without dots, and no name before Pte", "Orchard Feed Pte Ltd sold it. The Pte said nothing.",
			"Orchard Feed Pte Ltd [company ]: Orchard Feed Pte Ltd"},
		// Pte with its dot, and a Singapore firm named later without its
		// suffix: the heldout15 study.
		{"Pte with its dot", "The shipment was arranged by Harbourline Trading Pte., which took a commission.",
			"Harbourline Trading Pte. [company ]: Harbourline Trading Pte."},
		{"Pte. Ltd. then the short name", "Kestrel Marine Pte. Ltd. chartered the tanker, and a lawyer for Kestrel Marine declined to comment.",
			"Kestrel Marine Pte. Ltd. [company ]: Kestrel Marine Pte. Ltd.|Kestrel Marine"},
		{"Pte Ltd then the short name", "Bluewater Shipping Pte Ltd owned the vessel; Bluewater Shipping later sold it.",
			"Bluewater Shipping Pte Ltd [company ]: Bluewater Shipping Pte Ltd|Bluewater Shipping"},
		// Must not: the bare Pte keeps no dot it does not have.
		{"Pte without a dot", "Orchid Line Pte chartered the ship.", "Orchid Line Pte [company ]: Orchid Line Pte"},
		{"Co. abbreviated", "Hunchun Lida Trading Co. bought the crab; Sinhung Trade Co., Ltd. sold it.",
			"Hunchun Lida Trading Co. [company CN]: Hunchun Lida Trading Co.; Sinhung Trade Co., Ltd. [company ]: Sinhung Trade Co., Ltd."},
		{"Corp. abbreviated", "Payment came from Hwasong Trading Corp. in cash.",
			"Hwasong Trading Corp. [company ]: Hwasong Trading Corp."},
		{"trading firm without its head", "Coal went through Sungri Trading, and Sungri Trading's agents paid.",
			"Sungri Trading [company ]: Sungri Trading|Sungri Trading"},
		{"joint venture", "The Hwanggumpyong Joint Venture imported cement.",
			"Hwanggumpyong Joint Venture [company ]: The Hwanggumpyong Joint Venture"},
		{"Chinese bank", "资金通过金川商业银行转往平壤，丹东金川银行也有账户。",
			"金川商业银行 [bank ]: 金川商业银行; 丹东金川银行 [bank CN]: 丹东金川银行"},

		{"Korean 조선 firm in Seoul's spelling", "선박은 조선룡악산무역회사가 빌렸다. 조선여명무역회사 간부도 왔다.",
			"Korea Ryongaksan Trading Company [company KP]: 조선룡악산무역회사; Korea Ryomyong Trading Company [company KP]: 조선여명무역회사"},
		{"a firm's short form joins its full name", "Amber Line Ltd chartered the tanker; Amber Line denied it. Korea Taedong Trading Company and Taedong Trading Company are one.",
			"Amber Line Ltd [company ]: Amber Line Ltd|Amber Line; Korea Taedong Trading Company [company KP]: Korea Taedong Trading Company|Taedong Trading Company"},
		{"apposition after the name", "The crates were bought by Taiga Amur Export, a company registered in Panama. Taiga Amur Export did not reply.",
			"Taiga Amur Export [company ]: Taiga Amur Export|Taiga Amur Export"},
		{"apposition with a based-in place", "The tour was sold by Zarya Tur, the Khabarovsk-based firm that ran the charter flights.",
			"Zarya Tur [company RU]: Zarya Tur"},
		{"apposition before the name", "In Nakhodka a Russian-registered company, Severny Most Trade, paid in cash.",
			"Severny Most Trade [company RU]: Severny Most Trade"},
		{"appositions that name no firm", "Kim Chol Su, a company director, left. It reached Chagang Province, the trade company said. " +
			"Zhang Wei, the firm's owner, paid. Coal went to Dandong, a firm that sells it. Prices rose in Nakhodka Bay, the company said. " +
			"The buyer, a Chinese company, Kim said, paid. Sergei Ivanov, a company official at the port, agreed. " +
			"Cargo reached the Russian Far East, a company that ships it said. It went via South Korea, the firm that owns it said.", ""},
		{"generic English", "A trading company and state trading companies paid; the company denied it. The Trading Company was closed.", ""},
		{"place alone", "Dandong Trading Company and North Korea Trading Corporation and Chinese Trading Company traded.", ""},
		{"demonym and generic words", "The Chinese State Bank and the Central Bank said nothing; Russian Shell Company too.", ""},
		{"of-phrase is not cut short", "The Industrial and Commercial Bank of China froze accounts.", ""},
		{"headline", "North Korean Smugglers Sell Coal To Kim Trading Company\n\nBody text.", ""},
		{"possessive stops the name", "Pyongyang's Trading Company bought it.", ""},
		{"known places are not names", "평양무역회사와 단둥회사. 丹东贸易有限公司。", ""},
		{"lexicon wins", "Korea Ryonbong General Corporation and the Kumgang Bank were listed.", ""},
		{"generic Korean", "국영무역회사와 합영회사, 중국 회사, 무역회사들, 회사원, 은행나무, 조선무역회사.", ""},
		{"generic Chinese", "该公司和这家贸易公司以及中国公司、国有公司都没有回应。", ""},
		{"generic Chinese banks", "他们通过地下银行和商业银行汇款，朝鲜的银行、中国银行业、外资银行和各银行都受影响。", ""},
		{"trade words and hyphenated places name nothing", "China-North Korea Trading grew. Trading volumes rose, and Border Trading and a Sino-Russian Joint Venture too. Illicit Trading grew, as did Black Market Trading.", ""},
		{"bureaus and groups of the press", "The Seoul Bureau of a wire service, the Tokyo Bureau, News Corp and the Washington Post Group declined.", ""},
		{"generic English heads", "Hong Kong Ltd and Pacific Ocean Limited; the Corporation said. Limited supplies. The Corp is small.", ""},
		{"weak heads: Co without its dot, logistics, metals, products",
			"Yanji Hongtai Trading Co and Shenyang Jiali Logistics hired Tonghua Dongsheng Metals; Baoli Paper Products paid. Then Yanji Hongtai Trading denied it.",
			"Yanji Hongtai Trading Co [company CN]: Yanji Hongtai Trading Co|Yanji Hongtai Trading; Shenyang Jiali Logistics [company CN]: Shenyang Jiali Logistics; " +
				"Tonghua Dongsheng Metals [company ]: Tonghua Dongsheng Metals; Baoli Paper Products [company ]: Baoli Paper Products"},
		{"weak heads need a distinct name of two words", "Chinese Metals rose. Zhongda Logistics hired drivers. State Trading Co and Dandong Logistics paid. Co-workers in Jilin Metals said so.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOffsets(t, tt.text, finder().Find(tt.text))
			if got := patternSummary(tt.text); got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindPatternOrder(t *testing.T) {
	text := "Sungri Trading Company sold coal to the Ministry of State Security in North Korea."
	got := summary(finder().Find(text))
	want := "pattern:sungri trading company: Sungri Trading Company; kp-mss: Ministry of State Security"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
