package goods

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var finder = sync.OnceValue(func() *Finder {
	lex, err := lexicon.Load()
	if err != nil {
		panic(err)
	}
	return New(lex)
})

// summary renders commodities as "id(hs): mention|mention" joined by "; ".
func summary(goods []model.Commodity) string {
	var parts []string
	for _, c := range goods {
		var ms []string
		for _, m := range c.Mentions {
			ms = append(ms, m.Text)
		}
		parts = append(parts, c.ID+"("+c.HS+"): "+strings.Join(ms, "|"))
	}
	return strings.Join(parts, "; ")
}

// checkFind runs Find on each case's text and compares the records'
// summary with want ("" for no goods); every record must be well formed.
func checkFind(t *testing.T, tests []struct{ name, text, want string }) {
	t.Helper()
	f := finder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.text)
			checkRecords(t, tt.text, got)
			if s := summary(got); s != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, s, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{
			"seed paraphrase",
			"Smugglers working for Pyongyang bought thousands of pairs of glasses with hidden cameras in Guangzhou at 800 yuan apiece; the spy glasses were then taken across to Hyesan.",
			"spy-camera-glasses(852589): glasses with hidden cameras|spy glasses",
		},
		{
			"plurals and variants",
			"Traders sold two dump trucks, three excavators and a few batteries; one used bus and new buses were imported.",
			"truck(8704): dump trucks; excavator(842952): excavators; battery(8507): batteries; bus(8702): used bus|buses",
		},
		{
			"ores and coal",
			"Coal and iron ore went to Nampho, anthracite to Dalian, and pig iron nowhere.",
			"coal(2701): Coal; iron-ore(2601): iron ore; anthracite(270111): anthracite; pig-iron(7201): pig iron",
		},
		{
			"blocked idioms",
			"Behind the iron curtain, the gold standard would fuel speculation; the rules could fuel anger and the machine broke.",
			"",
		},
		{
			"acronyms are exact",
			"CCTV cameras went up; a cctv label does not count.",
			"cctv(852589): CCTV cameras",
		},
		{
			"fuel kinds",
			"They sold diesel, petrol and jet fuel, and some oil.",
			"diesel(271019): diesel; gasoline(271012): petrol; jet-fuel(271019): jet fuel; oil(27): oil",
		},
		{
			"Korean with particles",
			"쌀값이 오르고 옥수수와 밀가루도 비싸졌다. 휘발유는 중국을 경유해 들어왔다.",
			"rice(1006): 쌀; corn(1005): 옥수수; flour(1101): 밀가루; gasoline(271012): 휘발유",
		},
		{
			"Korean blockers",
			"날씨가 쌀쌀하다. 홍콩 상인이 다녀갔다.",
			"",
		},
		{
			"Korean seafood and drugs",
			"꽃게와 오징어를 팔고 빙두를 샀다.",
			"crab(0306): 꽃게; squid(0307): 오징어; methamphetamine(293945): 빙두",
		},
		{
			"Chinese",
			"走私冰毒和香烟，还有一批无烟煤和手机。",
			"methamphetamine(293945): 冰毒; cigarettes(240220): 香烟; anthracite(270111): 无烟煤; mobile-phone(8517): 手机",
		},
		{
			"hair products and luxury",
			"Wigs and false eyelashes left for China; Rolexes and cognac came back.",
			"wigs(6704): Wigs; eyelashes(6704): false eyelashes; luxury-watch(9101): Rolexes; cognac(220820): cognac",
		},
		{
			"machine-translated English",
			"The smuggling of the solar panel and the mobile phone by the trader of Sinuiju was increasing.",
			"solar-panel(854143): solar panel; mobile-phone(8517): mobile phone",
		},
		{"nothing", "The traders met the border guards at night.", ""},
		{
			"vehicles and vessels that carry goods are not goods",
			"Trucks carrying flour crossed the bridge, and rice went by truck; tankers flying flags of convenience met North Korean vessels. 트럭에 실어 보냈다.",
			"flour(1101): flour; rice(1006): rice",
		},
		{
			"vehicles and vessels that are traded are goods",
			"The unit imported used Chinese trucks, dump trucks made in China followed, the UN bans vehicle sales, and 중국산 오토바이가 팔리고 있다.",
			"truck(8704): trucks|dump trucks; vehicle(87): vehicle; motorcycle(8711): 오토바이",
		},
		{
			"names that modify a place or business",
			"Ore went to steel mills, the electronics market was busy and copper mine products left; 의류 공장이 섰다. Copper was sold.",
			"copper(74): Copper",
		},
		{
			"a bare head noun after a more specific good is that good",
			"Soybean oil came in: one truck carries 15 tons of oil. Laptop computers and smartphones followed, and computers of this kind are banned.",
			"soybean-oil(1507): Soybean oil|oil; laptop(847130): Laptop computers|computers; smartphone(851713): smartphones",
		},
		{
			// Brought back as "the coal" after the phrase, it is the phrase's
			// good named first by its head (laterSpecificFor, analyst5_test.go).
			"a generic good named first stays distinct",
			"Coal is loaded at night; ships leave with anthracite coal for China. Copper concentrate and molybdenum concentrate went out; the molybdenum is dearer.",
			"coal(2701): Coal; anthracite(270111): anthracite coal; copper-ore(2603): Copper concentrate; molybdenum-ore(2613): molybdenum concentrate|molybdenum",
		},
		{
			"spaced Korean forms",
			"상인들은 태양광 판을 사들이고 태양광판도 판다.",
			"solar-panel(854143): 태양광 판|태양광판",
		},
		{
			"cover goods and labour",
			"The paperwork listed fish feed and dried vegetables, while North Korean labour kept arriving. 건조 채소로 적었다. Inmates face forced labour in a labour camp.",
			"fish-feed(2301): fish feed; dried-vegetables(0712): dried vegetables|건조 채소; labour(): labour",
		},
		{
			"head goods of longer phrases",
			"Used Japanese cars, Chinese-made cigarettes and SIM cards sold well; pork and steel rebar came by boat.",
			"car(8703): cars; cigarettes(240220): cigarettes; sim-card(852352): SIM cards; pork(0203): pork; rebar(7214): steel rebar",
		},
		{
			"ambiguous words in other senses",
			"A dark horse sowed the seeds of doubt on state television; the ruby anniversary drew a blanket ban, and the chicken farm opened.",
			"",
		},
		{
			"Korean words that contain a good's name",
			"통일전선부 관계자는 결의안 초안과 이동 동선을 유심히 살폈다. 신청자는 도 보위국으로 갔다.",
			"",
		},
		{
			"luxury goods and new staples",
			"Customs seized handbags, pianos and ski equipment; 분유와 초코파이, 핸드백도 나왔다.",
			"handbags(4202): handbags|핸드백; piano(9201): pianos; ski-equipment(9506): ski equipment; infant-formula(190110): 분유; biscuits(1905): 초코파이",
		},
		{
			"makes and models of vehicles, drink, tobacco and phones",
			"Officials drove new Land Cruisers and a Lexus; cadres drank Moutai and Hennessy, smoked Marlboro and Chunghwa, and carried iPhones.",
			"suv(8703): Land Cruisers; luxury-car(8703): Lexus; baijiu(220890): Moutai; cognac(220820): Hennessy; cigarettes(240220): Marlboro|Chunghwa; smartphone(851713): iPhones",
		},
		{
			"kinds of spirits, fuel, metal and arms stay apart",
			"Vodka, soju and champagne sold; bunker fuel and kerosene were loaded; zinc ingots and steel pipes left; the army shipped artillery shells and ammunition.",
			"vodka(220860): Vodka; soju(220890): soju; champagne(220410): champagne; marine-fuel(2710): bunker fuel; kerosene(271019): kerosene; zinc-ingot(7901): zinc ingots; steel-pipes(7306): steel pipes; artillery-shells(9306): artillery shells; ammunition(9306): ammunition",
		},
		{
			"words in other senses: fields, names, compound adjectives, metaphors",
			"Farmers planted the rice fields near the Sea Cucumber Cooperative; the copper-coloured sky over coal-fired plants signalled a gold rush, and the silver screen showed nerves of steel. Clam beds were ruined.",
			"",
		},
		{
			"production, medals, networks and industries name no good",
			"Delegates praised coal production and steel output, athletes won gold and silver medals, and computer networks were hacked.",
			"",
		},
		{
			"missiles and art count only where traded",
			"The North fired a new ballistic missile, and an oil painting hangs in the hall. Later it supplied ballistic missiles to Russia and exported bronze statues to Africa.",
			"missiles(9306): ballistic missile|ballistic missiles; statue(9703): bronze statues",
		},
		{
			"a good and its parts are two goods",
			"Drones were spotted over the border. North Korea shipped drones and drone parts to Russia; the food situation was dire.",
			"drone(8806): Drones|drones; drone(8807): drone parts",
		},
		{
			"ice is the drug only where the text speaks of drugs",
			"Ice covered the river in January. 얼음이 두껍게 얼었다.",
			"",
		},
		{
			"ice beside methamphetamine",
			"Dealers sold methamphetamine, known as ice.",
			"methamphetamine(293945): methamphetamine|ice",
		},
		{
			"conveyances used to carry, or party to a transfer, are not goods",
			"Smugglers used boats to cross at night; the ban covers ship-to-ship transfers with North Korean vessels.",
			"",
		},
		{
			"goods added in round 3: cosmetics by type, drone kit, chips, livestock",
			"Traders sold face cream, lipstick and mascara; a firm ordered quadcopters, piston engines and crop sprayers, and bought microcontrollers; poultry and livestock were shipped.",
			"face-cream(330499): face cream; lipstick(330410): lipstick; eye-makeup(330420): mascara; quadcopter(8806): quadcopters; piston-engine(8407): piston engines; sprayers(8424): crop sprayers; microcontrollers(854231): microcontrollers; poultry(0105): poultry; livestock(01): livestock",
		},
		{
			"fuel beside a narrower fuel is that fuel; alone it is fuel",
			"Petrol got cheaper as fuel arrived by tanker. Separately, Moscow paid with fuel.",
			"gasoline(271012): Petrol|fuel|fuel",
		},
		{
			"fuel alone",
			"Moscow paid for the shells with fuel and money.",
			"fuel(27): fuel",
		},
		{
			"grown tobacco is leaf tobacco, and tobacco beside the leaf is the leaf",
			"Farmers are growing tobacco on hillside plots. The cooperative sold tobacco leaf and delivered tobacco to the factory.",
			"tobacco-leaf(2401): tobacco|tobacco leaf|tobacco",
		},
		{
			"harvests, licences and ingredients are not trade",
			"State media praised a harvest of wheat and barley. A firm holds a licence for processed food. The cakes are made from soybean meal.",
			"",
		},
		{
			"a vessel that goods go to, and one banned from ports, is no good",
			"Clams were sold at sea to Chinese fishing boats. Seoul may ban the ships involved, which could be banned from its ports.",
			"clam(0307): Clams",
		},
		{
			"Korean parts, fitted cameras and conditional endings",
			"회사는 드론과 부품을 사들였고 농기계 부품도 들여왔다. 카메라가 달린 드론은 비싸다. 싼 쌀이라면 산다.",
			"drone(8806): 드론|드론; drone(8807): 드론과 부품; farm-machinery(84): 농기계 부품; rice(1006): 쌀",
		},
		{
			"a Korean head beside a compound of the same code is that good",
			"패딩 점퍼를 만들어 보냈다. 점퍼 한 벌에 20위안이다.",
			"padded-jackets(6201): 패딩 점퍼|점퍼",
		},
		{
			"a Korean generic after a compound of the same good is that good",
			"중국산 비료가 들어왔다. 요소비료 1kg은 4,000원이다. 잎담배와 담배는 따로 팔린다.",
			"nitrogen-fertilizer(3102): 비료|요소비료; tobacco-leaf(2401): 잎담배; cigarettes(240220): 담배",
		},
		{
			"a material that a container or make is made of is no good",
			"Porters hauled the zinc in cloth bags, and a trader sold a steel Rolex. Later they sold cloth and steel in Sinuiju.",
			"zinc(79): zinc; luxury-watch(9101): Rolex; fabric(): cloth; steel(72): steel",
		},
		{
			"a good that names a person's trade is no good",
			"An arms trader and two coal brokers met in Dalian; the firm then sold rifles and coal for cash.",
			"rifle(9303): rifles; coal(2701): coal",
		},
		{
			"a good that names a technology is no good",
			"The council condemned the ballistic missile technology of the North; the firm shipped missiles to Russia.",
			"missiles(9306): missiles",
		},
		{
			"a chapter-level word after the refers back to a good of its chapter",
			"Dealers shipped 40 Sany excavators to Sinuiju; the machines crossed at night.",
			"excavator(842952): Sany excavators|machines",
		},
		{
			"a chapter-level word without the, or with no good of its chapter before, stays",
			"Customs seized the machines in Dandong. Dealers sold excavators, and machines of every kind crossed.",
			"machinery(84): machines|machines; excavator(842952): excavators",
		},
		{
			"cold medicine is a good apart from other medicines",
			"Smugglers sold cold medicine and other medicines in Hoeryong. 감기약과 의약품이 밀수된다.",
			"cold-medicine(3004): cold medicine|감기약; medicine(3004): medicines|의약품",
		},
		{
			"a denied trade names no good",
			"Both governments deny any arms trade, but the firm shipped rifles to Rason.",
			"rifle(9303): rifles",
		},
		{
			"a bare word after the refers to the good of its heading named before",
			"The broker sold 2,000 artillery shells to the army; the munitions left by rail. Munitions were also sold in Rason.",
			"artillery-shells(9306): artillery shells|munitions; ammunition(9306): Munitions",
		},
		{
			"a Korean uncoded head beside an uncoded compound of its kind is that good",
			"중국산 가공식품이 늘었다. 이 식품들은 신의주로 들어온다. 농산물 도매시장에서 팔린다.",
			"processed-food(): 가공식품|식품",
		},
	}
	checkFind(t, tests)
}

// TestFindNamesTextPhrase checks that a good keeps the noun phrase the text
// uses when it is more specific than the lexicon name, with the most
// specific HS code that fits, and that the words of the phrase are not
// reported as goods of their own.
func TestFindNamesTextPhrase(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // "name(hs): mention" joined by "; "
	}{
		{
			"lexicon forms more specific than the name",
			"Copper cable, tobacco leaf and dump trucks were sold.",
			"copper cable(7413): Copper cable; tobacco leaf(2401): tobacco leaf; dump trucks(8704): dump trucks",
		},
		{
			"a processing word narrows the heading by its description",
			"Dried fish and sawn timber left; frozen meat came back.",
			"dried fish(0305): Dried fish; sawn timber(4407): sawn timber; frozen meat(02): frozen meat",
		},
		{
			"a modifier that is a good lends its narrower code and is no good of its own",
			"The farms received urea fertiliser and knitted sweaters.",
			"urea fertilizer(3102): urea fertiliser; knitted sweaters(6110): knitted sweaters",
		},
		{
			"parts take the parts heading that covers the good",
			"Customs seized drone parts and motorcycle parts.",
			"drone parts(8807): drone parts; motorcycle parts(8714): motorcycle parts",
		},
		{
			"a brand narrows a vehicle, an origin or a place does not",
			"They imported Mercedes-Maybach limousines and two Toyota Land Cruiser SUVs. Chinese rice was sold, and in Dandong trucks were sold too.",
			"Mercedes-Maybach limousines(8703): Mercedes-Maybach limousines; Toyota Land Cruiser SUVs(8703): Toyota Land Cruiser SUVs; rice(1006): rice; trucks(8704): trucks",
		},
		{
			"a later specific mention names the good",
			"Rice prices rose; white rice sold for 6,000 won.",
			"white rice(1006): Rice|white rice",
		},
		{
			"brands keep their capitals; a branded phone is a smartphone",
			"Dealers sold Johnnie Walker whisky, Kia vehicles, BYD cars and HOWO dump trucks, and Huawei handsets.",
			"Johnnie Walker whisky(220830): Johnnie Walker whisky; Kia vehicles(87): Kia vehicles; BYD cars(8703): BYD cars; HOWO dump trucks(8704): HOWO dump trucks; Huawei handsets(851713): Huawei handsets",
		},
		{
			"a good named no finer than a chapter takes the text's most frequent word",
			"Garments and fabrics were exported; more garments followed. The UN bans the arms trade, yet weapons and more weapons moved.",
			"garments(62): Garments|garments; fabrics(): fabrics; weapons(93): arms trade|weapons|weapons",
		},
		{
			"a classifying word narrows the name; a bare make joins the good of its code",
			"Traders imported winter clothing and used cars; a Lexus was among them.",
			"winter clothing(62): winter clothing; used cars(8703): used cars|Lexus",
		},
		{
			"a past tense after its subject is a verb; a use word names but does not narrow",
			"Workers smoked cigarettes and the women processed wigs; industrial machinery and dried fish were banned.",
			"cigarettes(240220): cigarettes; wigs(6704): wigs; industrial machinery(84): industrial machinery; dried fish(0305): dried fish",
		},
		{
			"a sentence-initial processing word and a singular countable head",
			"Salted squid was rare at the market. One cargo truck was sold.",
			"salted squid(0307): Salted squid; cargo trucks(8704): cargo truck",
		},
	}
	f := finder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.text)
			checkRecords(t, tt.text, got)
			var parts []string
			for _, c := range got {
				var ms []string
				for _, m := range c.Mentions {
					ms = append(ms, m.Text)
				}
				parts = append(parts, c.Name+"("+c.HS+"): "+strings.Join(ms, "|"))
			}
			if s := strings.Join(parts, "; "); s != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, s, tt.want)
			}
		})
	}
}

func TestFindSanctions(t *testing.T) {
	tests := []struct {
		text string
		want string // resolutions/direction of each rule, joined by "; "
	}{
		{"spy camera glasses", "2397/export_from_dprk; 2397/supply_to_dprk"},
		{"coal exports", "2270+2321+2371/export_from_dprk"},
		{"crabs for sale", "2371/export_from_dprk"},
		{"rice prices", ""},
		{"wigs", ""},
		{"jet fuel", "2270/supply_to_dprk; 2375+2397/supply_to_dprk"},
		{"diesel", "2375+2397/supply_to_dprk"},
		{"textiles", "2375/export_from_dprk"},
		{"pine mushrooms for export", "2397/export_from_dprk"},
	}
	f := finder()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := f.Find(tt.text)
			if len(got) != 1 {
				t.Fatalf("Find(%q) = %d commodities, want 1", tt.text, len(got))
			}
			var parts []string
			for _, s := range got[0].Sanctioned {
				parts = append(parts, strings.Join(s.Resolutions, "+")+"/"+s.Direction)
			}
			if s := strings.Join(parts, "; "); s != tt.want {
				t.Errorf("sanctions of %q = %s, want %s", tt.text, s, tt.want)
			}
			if tt.want == "" && got[0].Sanctioned != nil {
				t.Errorf("want nil Sanctioned for %q", tt.text)
			}
		})
	}
}

func checkRecords(t *testing.T, text string, goods []model.Commodity) {
	t.Helper()
	for _, c := range goods {
		if len(c.Mentions) == 0 || c.ID == "" || c.Name == "" || c.Class == "" {
			t.Errorf("incomplete record %+v", c)
		}
		if c.HS != "" && c.HSLabel == "" {
			t.Errorf("%s: HS %s without label", c.ID, c.HS)
		}
		for _, m := range c.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad span %+v in %d bytes", m, len(text))
			}
			if text[m.Start:m.End] != m.Text || !utf8.ValidString(m.Text) {
				t.Errorf("mention %+v does not match the text %q", m, text[m.Start:m.End])
			}
		}
	}
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := finder().Find(string(text))
			checkRecords(t, string(text), got)
			js, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			js = append(js, '\n')
			golden := strings.TrimSuffix(in, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, js, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(js, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", in, js)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"spy camera glasses and coal",
		"쌀쌀한 쌀 홍콩 콩",
		"冰毒 香烟",
		"CCTVs, iron-ore; jet fuel",
		"\xff쌀\x00coal",
	} {
		f.Add(s)
	}
	fd := finder()
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range fd.Find(text) {
			for _, m := range c.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}

// benchDoc is about 3 KB of mixed reporting, the extractor's typical input.
func benchDoc(tb testing.TB) string {
	var b strings.Builder
	files, _ := filepath.Glob("testdata/*.txt")
	for b.Len() < 3000 {
		for _, in := range files {
			text, err := os.ReadFile(in)
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(text)
		}
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	doc := benchDoc(b)
	fd := finder()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		fd.Find(doc)
	}
}

func BenchmarkFindEnglish(b *testing.B) {
	text, err := os.ReadFile("testdata/en_spy_glasses.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := strings.Repeat(string(text), 4) // about 3 KB
	fd := finder()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		fd.Find(doc)
	}
}
