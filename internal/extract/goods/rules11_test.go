package goods

import (
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
)

// TestGoodsRules11 holds the rules added after the study of held-out set
// 11, grouped by cause: units and measure adjectives taken for goods, the
// HS heading a head noun gets (parts headings, a lexicon good of the same
// head, compounds and ores after a lexicon good, the scrap of a material),
// goods named but not traded (a vessel's name, papers, a crop's fishing,
// a shortage, forests, smuggling boats, soldiers that are no sale, a bank
// that is no ban, stripped wire, what households have), compounds split
// or merged (a shorter name again, a gloss throughout, class words,
// containers named by what they serve), and Korean spellings. Each rule
// has cases where it must not fire.
func TestGoodsRules11(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Units are no goods; a measure adjective is no part of a name.
		{"cubic metres of", "Each barge carried about 2,000 cubic metres of pine logs downriver.", "timber(4403): logs"},
		{"water meters", "Customs seized 300 water meters hidden in a lorry.", "hs-90:meter(90): water meters"},
		{"bare metres", "The smugglers carried 40 metres across the ice.", ""},
		{"measure adjective", "Brokers bought 500 seine nets in May. A 300-metre polyester seine net sells for 900 yuan.", "hs-950790:net(950790): seine nets|polyester seine net"},
		{"word measure adjective", "Dealers sold a three-litre pressure cooker for 120 yuan.", "hs-851660:cooker(851660): pressure cooker"},
		{"counted list", "The truck held about 300 seine nets, 20 outboard motors and a few fish finders.", "outboard-motor(840721): outboard motors; fish-finder(901480): fish finders; hs-950790:net(950790): seine nets"},
		{"uncounted list member", "The men crossed after dark, two outboard motors at a time.", "outboard-motor(840721): outboard motors"},
		// Papers are no goods.
		{"certificates of origin", "The coal was later shipped with new certificates of origin.", "coal(2701): coal"},
		// A heading of parts names no good of its own.
		{"electric motors", "The ring smuggled lithium batteries and electric motors to Rason.", "battery(8507): lithium batteries; hs-8501:electric-motor(8501): electric motors"},
		{"motor parts", "The ring smuggled electric motor parts to Rason.", "hs-8503:electric-motor-parts(8503): electric motor parts"},
		// A lexicon good of the same head gives its heading.
		{"nets beside fishing nets", "The stations buy Chinese fishing nets. Brokers also sold 200 drift nets in Sinpo.", "fishing-nets(5608): fishing nets; hs-5608:net(5608): drift nets"},
		{"nets alone", "Brokers sold 200 drift nets in Sinpo.", "hs-950790:net(950790): drift nets"},
		{"same net again", "The stations buy Chinese fishing nets. Brokers also sold 200 nylon nets in Sinpo.", "fishing-nets(5608): fishing nets"},
		// A lexicon good and the noun the HS names with it are one good.
		{"cotton yarn", "The mill spins the cotton into cotton yarn, which goes to Kusong.", "cotton(52): cotton; hs-52:cotton-yarn(52): cotton yarn"},
		{"cotton alone", "The mill bought raw cotton from Tashkent.", "cotton(52): raw cotton"},
		{"cotton yarn mills", "Cotton yarn mills bought raw cotton from Tashkent.", "cotton(52): raw cotton"},
		{"ore of a metal", "Rare-earth concentrate is shipped to Baotou, where refined rare earth oxides are made.", "rare-earths(2846): refined rare earth oxides; hs-26:rare-earth-concentrate(26): Rare-earth concentrate"},
		{"metal alone", "Traders sold rare earth oxides to Baotou.", "rare-earths(2846): rare earth oxides"},
		// The scrap of a material.
		{"scrap after copper wire", "Miners pull copper wire out of old pumps and sell the scrap to traders.", "copper-wire(7408): copper wire; copper-scrap(7404): scrap"},
		{"scrap after tyres", "Used tyres are bought in Yanji. Most of them end up as scrap in Tumen.", "used-tyres(401220): Used tyres; rubber-scrap(4004): scrap"},
		{"scrap alone", "Workers survive by selling scrap to Chinese dealers.", "scrap-metal(7204): scrap"},
		// Stripped from machines is salvage, not a ware.
		{"stripping wire", "Workers are stripping copper wire from idle pumps at the mine.", ""},
		{"selling wire", "Workers are selling copper wire from idle pumps at the mine.", "copper-wire(7408): copper wire"},
		// A vessel's name, with a capitalised word before it, is no brand of a good.
		{"vessel named Pearl", "The tanker Golden Pearl took on fuel off Nampo last week.", "fuel(27): fuel"},
		{"brand before a good", "Traders sold Samsung televisions in Sinuiju.", "television(8528): Samsung televisions"},
		// A catch as boats go out for it; a shortage; forests.
		{"squid fishing", "The stations need outboard motors for squid fishing.", "outboard-motor(840721): outboard motors"},
		{"fuel shortage", "More people cycle to work during the fuel shortage, and tyres sell for 20,000 won.", "tyre(4011): tyres"},
		{"fuel sold", "Fuel sells for 12,000 won a litre during the winter.", "fuel(27): Fuel"},
		{"larch forests", "Pine nuts are gathered in the larch and Korean pine forests of the county and sold in Hyesan.", "pine-nuts(0802): Pine nuts"},
		{"larch sold", "Each barge carried 900 cubic metres of larch to Chongjin, where it sold for 180 dollars a cubic metre.", "larch(44): larch"},
		{"list of goods is no facility", "Traders sold fishing line and fishing hooks at the port.", "fishing-line(9507): fishing line; fishing-hooks(950720): fishing hooks"},
		// A smuggling boat carries; a boat bought is a ware.
		{"smuggling boats", "Smuggling boats crossing the estuary carried cosmetics to Sindo.", "cosmetics(3304): cosmetics"},
		{"smuggling trucks as object", "The ring began smuggling trucks into North Korea last year.", "truck(8704): trucks"},
		// Soldiers are no sale; a bank is no ban.
		{"soldiers", "The factory makes winter clothes for the soldiers of the army.", ""},
		{"made for sale", "The factory makes winter clothes for sale in Chinese markets.", "clothing(62): winter clothes"},
		{"boat on the bank", "The goods were loaded onto a small boat on the Chinese bank of the river.", ""},
		{"boats banned", "Boats banned by the resolution are still sold in Nampo.", "ship(89): Boats"},
		// What households have is no ware.
		{"households have", "More households now have solar panels and run small fans in the evening.", ""},
		{"shops have for sale", "Shops now have solar panels for sale at 300 yuan.", "solar-panel(854143): solar panels"},
		{"have seized", "Customs have seized solar panels worth 20,000 yuan.", "solar-panel(854143): solar panels"},
		// A staple before a container names the container's kind.
		{"rice sacks", "Police found methamphetamine hidden in Chinese rice sacks.", "methamphetamine(293945): methamphetamine"},
		{"rice in sacks", "Traders sold rice in sacks of 50 kilograms.", "rice(1006): rice"},
		// A container named by what it serves is the good.
		{"school bags", "In Anju, Chinese school bags cost 60 yuan.", "hs:school-bag(): Chinese school bags"},
		{"bags of rice", "Ten bags of rice cost 600 yuan in Anju.", "rice(1006): rice"},
		{"wooden crates", "The wooden crates were loaded onto the train in Dandong.", ""},
		{"empty fish boxes", "On paper the boat was carrying empty fish boxes.", "hs:box(): empty fish boxes"},
		// A shorter name later is the good again; a plainer name names it.
		{"shorter name", "Traders sell tinted contact lenses from Yiwu. A pair of tinted lenses goes for 20,000 won.", "hs-900130:contact-lense(900130): tinted contact lenses|tinted lenses"},
		{"shorter kind apart", "Traders sell tinted contact lenses from Yiwu. A pair of bifocal lenses goes for 20,000 won.", "hs-900130:contact-lense(900130): tinted contact lenses; hs-90:lense(90): bifocal lenses"},
		// A gloss holds throughout the text.
		{"gloss throughout", "Smugglers carry seasoning (MSG) across the river, and 1 kg of seasoning sells for 16,000 won.", "msg(292242): MSG|seasoning"},
		// Without a gloss "seasoning" beside MSG is that MSG too (umbrellas).
		{"no gloss", "Smugglers carry MSG across the river, and 1 kg of seasoning sells for 16,000 won.", "msg(292242): MSG|seasoning"},
		// The HS's class words stand for the kind the text names.
		{"crustaceans", "Traders sold snow crab in Hunchun, and customs checks crustaceans from Russia.", "snow-crab(0306): snow crab|crustaceans"},
		{"crustaceans alone", "Customs officers inspect crustaceans imported from Russia.", "crustaceans(0306): crustaceans"},
		// Cover goods of a false declaration count even where a good needs trade.
		{"declared as torches", "The batteries were declared as household torches at Quanhe.", "battery(8507): batteries; torches(8513): household torches"},
		{"torches carried", "Families go out at night with torches to catch frogs.", ""},
		// Korean spellings: "dried" as 마른, 말린 or 건조; 기기 as 기계.
		{"Korean dried pollack", "말린 명태를 실은 배가 블라디보스토크로 간다.", "dried-pollack(0305): 말린 명태"},
		{"Korean ECG machine", "심전도 기계도 주문했다고 한다.", "ecg-machines(901811): 심전도 기계"},
		{"Korean dried fish", "건어물을 싣고 블라디보스토크로 간다.", "dried-fish(0305): 건어물"},
		{"Korean pollock", "명태를 싣고 블라디보스토크로 간다.", "pollock(0303): 명태"},
	}
	checkFind(t, tests)
}

// The records the rules of round 11 make are named by the text's plainest
// phrase, with no measure in it, and coded by the heading they find.
func TestGoodsRules11Names(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Brokers bought 500 drift nets in May. A 300-metre nylon drift net sells for 900 yuan.", "drift nets 950790"},
		{"Traders sold children's school bags in Anju, and a school bag costs 60 yuan.", "school bags "},
		{"The mill spins the cotton into cotton yarn, which goes to Kusong.", "cotton 52; cotton yarn 52"},
		{"Miners pull copper wire out of old pumps and sell the scrap to traders.", "copper wire 7408; copper scrap 7404"},
		{"말린 명태를 실은 배가 블라디보스토크로 간다.", "dried pollack 0305"},
		{"Each barge carried 900 cubic metres of larch to Chongjin, where it sold for 180 dollars a cubic metre.", "larch 44"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range finder().Find(tt.text) {
			got = append(got, c.Name+" "+c.HS)
		}
		if s := strings.Join(got, "; "); s != tt.want {
			t.Errorf("Find(%q) names %q, want %q", tt.text, s, tt.want)
		}
	}
}

// Korean writes "dried" as 마른, 말린 or 건조 and a device as 기기 or 기계;
// a stem of one syllable or a Latin form has no variants.
func TestKoreanVariants(t *testing.T) {
	tests := []struct {
		form string
		want []string
	}{
		{"마른 명태", []string{"말린 명태", "건조 명태"}},
		{"건조채소", []string{"마른 채소", "말린 채소"}},
		{"심전도 기기", []string{"심전도 기계"}},
		{"의료기기", []string{"의료 기계"}},
		{"건조기", nil},
		{"전기기", nil},
		{"명태", nil},
		{"dried fish", nil},
	}
	for _, tt := range tests {
		if got := koreanVariants(tt.form); !slices.Equal(got, tt.want) {
			t.Errorf("koreanVariants(%q) = %q, want %q", tt.form, got, tt.want)
		}
	}
}

// A heading is about parts alone when its description opens with them or
// they follow its first clause; "and parts thereof" does not make one.
func TestPartsOnly(t *testing.T) {
	tests := []struct {
		desc string
		want bool
	}{
		{"Parts suitable for use solely or principally with the engines of heading no. 8407 or 8408", true},
		{"Machinery parts; used solely or principally with the machinery of heading no. 8425 to 8430", true},
		{"Electrical parts of machinery or apparatus; not specified or elsewhere included in this chapter", true},
		{"Electric motors and generators; parts suitable for use solely or principally with the machines of heading no. 8501 or 8502", true},
		{"Other furniture and parts thereof", false},
		{"Chain and parts thereof, of iron or steel", false},
		{"Electric motors and generators (excluding generating sets)", false},
	}
	for _, tt := range tests {
		if got := partsOnly(tt.desc); got != tt.want {
			t.Errorf("partsOnly(%q) = %v, want %v", tt.desc, got, tt.want)
		}
	}
}

// A measure adjective is a number, a hyphen and a unit, or one word of a
// number word and a unit; a number before another word is none.
func TestMeasureAdj(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want int
	}{
		{"a 200-metre net", 1, 3},
		{"a three-litre cooker", 1, 1},
		{"a one-tonne sack", 1, 1},
		{"a 200 metre net", 1, 0},
		{"200-year-old trees", 0, 0},
		{"a two-wheel tractor", 1, 0},
		{"a 40-foot container", 1, 3},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil)
		if got := measureAdjLen(toks, tt.at); got != tt.want {
			t.Errorf("measureAdjLen(%q, %d) = %d, want %d", tt.text, tt.at, got, tt.want)
		}
	}
}

// An ore after a metal the lexicon lists only as a metal is one good with
// the ore the text named before by its heading, and a good apart from an
// ore of another heading.
func TestOreAfterMetal(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := *lex
	l.Commodities = slices.DeleteFunc(slices.Clone(lex.Commodities), func(c lexicon.Commodity) bool { return c.ID == "iron-ore" })
	f := New(&l)
	tests := []struct{ text, want string }{
		{"Traders sold iron ore concentrate to Dalian. Iron ore has been banned since 2017.", "hs-2601:iron-ore-concentrate(2601): iron ore concentrate|Iron ore"},
		{"Traders sold iron ore concentrate and zinc concentrate to Dalian.", "zinc-ore(2608): zinc concentrate; hs-2601:iron-ore-concentrate(2601): iron ore concentrate"},
	}
	for _, tt := range tests {
		if got := summary(f.Find(tt.text)); got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}
