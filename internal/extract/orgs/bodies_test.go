package orgs

import (
	"strings"
	"testing"
)

// TestFindBodies covers the designated entities, ministries and foreign
// agencies that reporting on the DPRK's trade names, and the short or
// generic forms that must not be read as them.
func TestFindBodies(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{
			"designated banks and companies",
			"Money for the deal went through Tanchon Commercial Bank and the Amroggang Development Bank, while Korea Sobaeksu Trading Company and Rungra-888 handled the cargo.",
			"kp-tanchon: Tanchon Commercial Bank; kp-amroggang: Amroggang Development Bank; kp-sobaeksu: Korea Sobaeksu Trading Company; kp-rungra888: Rungra-888",
		},
		{
			"former name of a designated bank",
			"Investigators traced the transfers to Changgwang Credit Bank in Pyongyang.",
			"kp-tanchon: Changgwang Credit Bank",
		},
		{
			"Korean forms of companies and state bodies",
			"소백수무역회사와 압록강개발은행이 거래를 맡았고 육해운성과 철도성, 합영투자위원회도 관여했다.",
			"kp-sobaeksu: 소백수무역회사; kp-amroggang: 압록강개발은행; kp-land-marine: 육해운성; kp-railways: 철도성; kp-jvic: 합영투자위원회",
		},
		{
			"Korean growth words are not ministries",
			"올해 농업성장률과 재정성과가 좋았고 경공업성장도 이어졌다.",
			"",
		},
		{
			"bare railway ministry needs a North Korean context",
			"The Ministry of Railways in Beijing once ran its own police force.",
			"",
		},
		{
			"bare railway ministry in a North Korean story",
			"Freight cars bound for Sinuiju were held back by the Ministry of Railways, traders in North Korea said.",
			"kp-railways: Ministry of Railways",
		},
		{
			"party military commission, China's blocked",
			"North Korea's Central Military Commission met while China's Central Military Commission reshuffled generals.",
			"kp-cmc: Central Military Commission",
		},
		{
			"Chinese bodies",
			"China's People's Armed Police and the People's Liberation Army guard the border; the People's Bank of China was also named. 武警也查获了货物，中国海关总署发布了数据。",
			"cn-pap: China's People's Armed Police|武警; cn-pla: People's Liberation Army; cn-pboc: People's Bank of China; cn-gacc: 中国海关总署",
		},
		{
			"Bank of China, but not inside another bank's name",
			"Accounts at the Industrial and Commercial Bank of China were frozen before the Bank of China closed others.",
			"cn-icbc: Industrial and Commercial Bank of China; cn-boc: Bank of China",
		},
		{
			"Chinese banks in Chinese",
			"丹东银行和农业银行冻结了朝鲜账户，中国银行业人士说。",
			"cn-bank-dandong: 丹东银行; cn-abc: 农业银行",
		},
		{
			"generic Chinese police and customs are not organisations",
			"Chinese police detained two smugglers and Russian customs seized the crab; 중국 공안과 중국 세관, 변방대가 나섰다.",
			"",
		},
		{
			"a town's customs house is not an organisation",
			"Trucks queued at Hyesan Customs and Dandong Customs, and North Korean customs officers took bribes. 신의주세관과 丹东海关도.",
			"",
		},
		{
			"US, Russian and Japanese agencies",
			"The Commerce Department's Bureau of Industry and Security, the Department of Homeland Security and US Forces Korea joined; Russia's Defence Ministry and Russian Railways declined to comment, as did Japan's Public Security Intelligence Agency.",
			"us-bis: Commerce Department's Bureau of Industry and Security; us-dhs: Department of Homeland Security; us-usfk: US Forces Korea; ru-mod: Russia's Defence Ministry; ru-rzd: Russian Railways; jp-psia: Japan's Public Security Intelligence Agency",
		},
		{
			"US Commerce in Korean and Chinese",
			"미국 상무부는 제재를 발표했고 美国商务部也宣布了制裁。",
			"us-commerce: 미국 상무부|美国商务部",
		},
		{
			"old Korean names of US departments are not the North's",
			"미 국방성과 미 국무성은 북한 국방성의 발표를 반박했다.",
			"us-dod: 미 국방성; us-state: 미 국무성; kp-mnd: 국방성",
		},
		{
			"Russia's Security Council is not the UN's",
			"Russia's Security Council met in Moscow after North Korea's launch.",
			"",
		},
		{
			"Japan's foreign ministry is not the North's",
			"일본 외무성은 북한 외무성의 주장을 반박했다.",
			"jp-mofa: 일본 외무성; kp-mfa: 외무성",
		},
		{
			"international bodies",
			"The International Civil Aviation Organization, UNODC and the World Customs Organization met the ICRC.",
			"int-icao: International Civil Aviation Organization; un-unodc: UNODC; int-wco: World Customs Organization; int-icrc: ICRC",
		},
		{
			"sanctions committee, cyber unit and foreign ministries by capital",
			"The sanctions committee on North Korea heard that Bureau 121 stole the funds; Beijing's Foreign Ministry and Pyongyang's Foreign Ministry disagreed.",
			"un-1718: sanctions committee on North Korea; kp-bureau121: Bureau 121; cn-mfa: Beijing's Foreign Ministry; kp-mfa: Pyongyang's Foreign Ministry",
		},
		{
			"machine-translation renderings in a North Korean story",
			"In Hesan, North Korea, the Social Safety Ministry and the Labor Party cadres took bribes, and the Korea Trade Bank and the National Planning Committee were named.",
			"kp-msos: Social Safety Ministry; kp-wpk: Labor Party; kp-ftb: Korea Trade Bank; kp-spc: National Planning Committee",
		},
		{"Labour Party elsewhere", "The Labour Party won the election in Britain, and the British Labour Party celebrated.", ""},
		{
			"a commission of inquiry described, not named",
			"A decade after a UN commission of inquiry reported, the hearing resumed.",
			"",
		},
		{
			"Russian port, rail and shipping bodies",
			"A Rosmorport pilot met the tanker, the Far Eastern Railway moved the wagons to Vladivostok Commercial Sea Port, and Gudzon Shipping Company chartered it; 극동철도와 로스네프트도 언급됐다.",
			"ru-rosmorport: Rosmorport; ru-fer: Far Eastern Railway|극동철도; ru-vmtp: Vladivostok Commercial Sea Port; ru-gudzon: Gudzon Shipping Company; ru-rosneft: 로스네프트",
		},
		{
			"Chinese firms and agencies in sanctions reporting",
			"Dandong Zhicheng bought the anthracite, COSCO refused the booking and the NDRC said nothing; 中石化和丹东至诚金属材料也被点名。",
			"cn-zhicheng: Dandong Zhicheng|丹东至诚金属材料; cn-cosco: COSCO; cn-ndrc: NDRC; cn-sinopec: 中石化",
		},
		{
			"flag registries and sanctions offices",
			"The Palau International Ship Registry struck the vessel off after OFSI and DFAT listed its manager, and the US Coast Guard boarded it.",
			"pw-pisr: Palau International Ship Registry; gb-ofsi: OFSI; au-dfat: DFAT; us-uscg: US Coast Guard",
		},
		{
			"South Korea's development bank is not the North's",
			"The Korea Development Bank and 한국수출입은행 lent nothing to the project.",
			"kr-kdb: Korea Development Bank; kr-kexim: 한국수출입은행",
		},
		{
			"the North's tourism body, but not China's",
			"North Korea's National Tourism Administration reopened Rason, while the China National Tourism Administration stayed silent.",
			"kp-nta: North Korea's National Tourism Administration",
		},
		{
			"cyber units",
			"Kimsuky phished the diplomats and BlueNoroff laundered the stolen coins.",
			"kp-kimsuky: Kimsuky; kp-bluenoroff: BlueNoroff",
		},
		{
			"Chongryon and its federation-like words",
			"총련 관계자는 밝혔고 노동조합 총련맹은 침묵했다.",
			"kp-chongryon: 총련",
		},
	}
	f := finder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.text)
			checkOffsets(t, tt.text, got)
			var lex []string
			for _, part := range strings.Split(summary(got), "; ") {
				if part != "" && !strings.HasPrefix(part, patternPrefix) {
					lex = append(lex, part)
				}
			}
			if s := strings.Join(lex, "; "); s != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, s, tt.want)
			}
		})
	}
}

// TestFindNames checks the name a record carries: the canonical name
// without its qualifier, or the former name a text renders throughout.
func TestFindNames(t *testing.T) {
	tests := []struct {
		name, text, id, want string
	}{
		{"qualifier dropped", "North Korea's Foreign Ministry issued a statement.", "kp-mfa", "Ministry of Foreign Affairs"},
		{"qualifier dropped, Korean", "재정성은 새 지폐를 찍었다.", "kp-finance", "Ministry of Finance"},
		{"qualifier dropped, Cabinet", "북한 내각은 새 규정을 내놓았다.", "kp-cabinet", "Cabinet"},
		{"qualifier dropped, acronym", "METI added two North Korean firms to its list.", "jp-meti", "Ministry of Economy, Trade and Industry"},
		{"former name in Korean", "송이는 인민무력성 산하 기지가 모은다.", "kp-mnd", "Ministry of People's Armed Forces"},
		{"former name in Chinese", "人民保安省加强了边境检查。", "kp-msos", "Ministry of People's Security"},
		{"current and former names: the canonical one", "인민무력성, 지금의 국방성이 나섰다.", "kp-mnd", "Ministry of National Defence"},
		{"former name in English: an alias beside the canonical name", "The Ministry of People's Security arrested them in Hyesan, North Korea.", "kp-msos", "Ministry of Social Security"},
		{"variant of a former name", "North Korea's People's Security Ministry fined the traders.", "kp-msos", "Ministry of People's Security"},
		{"former and current English names", "The Ministry of People's Security, now the Ministry of Social Security, fined them.", "kp-msos", "Ministry of Social Security"},
		{"Korean of an old agency", "안기부는 당시 국가안전보위부의 공작을 추적했다.", "kp-mss", "State Security Department"},
		{"aliases are not former names", "Bowibu agents and the State Security Ministry in North Korea searched homes.", "kp-mss", "Ministry of State Security"},
		{"the committee named with its party", "The firm answers to the Central Committee of the Workers' Party of Korea.", "kp-wpk-cc", "Central Committee of the Workers' Party of Korea"},
		{"the committee named alone", "당중앙위원회는 지시를 내렸다.", "kp-wpk-cc", "Central Committee of the Workers' Party of Korea"},
		{"current Korean name", "사회안전성은 단속을 강화했다.", "kp-msos", "Ministry of Social Security"},
	}
	f := finder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, o := range f.Find(tt.text) {
				if o.ID == tt.id {
					got = append(got, o.Name)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("Find(%q): %s named %q, want %q", tt.text, tt.id, got, tt.want)
			}
		})
	}
}

// TestMaybeBodyHead checks the pre-filter of the body rule never drops a
// head and does drop ordinary words.
func TestMaybeBodyHead(t *testing.T) {
	for h := range bodyHeads {
		if !maybeBodyHead(h) {
			t.Errorf("maybeBodyHead(%q) = false for a head", h)
		}
	}
	for _, w := range []string{"", "ministry", "Ministries", "Zebra", "X", "의", "Bureaus"} {
		if maybeBodyHead(w) {
			t.Errorf("maybeBodyHead(%q) = true, want false", w)
		}
	}
}
