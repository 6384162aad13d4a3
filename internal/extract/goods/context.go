package goods

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
)

// The rules in this file read a few words around each mention, so that a
// name counts only where the text treats it as a good:
//
//   - a name that modifies a place or body ("steel mills", "copper mine
//     products", "the electronics market", "rice fields", "missile
//     launches", "coal production", "computer networks", "scrap dealers",
//     "a metals yard", "a scrap and non-ferrous metals dealer", "arms
//     traders", 농산물 도매시장, 의류 공장, 곡물 작황) names no good,
//     nor does a material that only says what a container or a make is
//     made of ("cloth bags", "a steel Omega"), nor one fitted to another
//     good (카메라가 달린 드론), one inside a proper name
//     ("the Sea Cucumber Cooperative") or a compound adjective
//     ("copper-coloured", "coal-fired", "oil-rich");
//   - a staple before a container names the container's kind ("empty fish
//     boxes", "meth hidden in rice sacks"), a good before "fishing",
//     "shortage" or "forests" the activity, the lack or the trees ("squid
//     fishing", "the fuel shortage", "the larch and Korean pine forests",
//     the facility shared across "and"), and a capitalised lexicon word
//     after a capitalised one is a name even where the first looks like a
//     make ("the bulk carrier Sea Pearl");
//   - what people have or own is no ware ("more households now have solar
//     panels"), unless a trade or a price follows; a causative ("have the
//     vehicle registered") holds nothing;
//   - a Hangul good before 원료 or 원자재 names its raw materials (비료
//     원료, a cover in false declarations), a record with no code (goods.go);
//   - a good named as grown, mined, licensed, made, eaten or made into
//     another good ("a harvest of wheat and barley", "a licence for
//     processed food", "made from soybean meal", "the plants will turn out
//     noodles and clothing", "living on boiled corn", "it becomes the
//     jewellery"), as the stuff other goods are wrapped in or fitted with
//     ("wrapped in clothes and blankets", "drones fitted with cameras"), or
//     whose trade is denied ("deny any arms trade") is not traded there,
//     unless a price or trade word ends the frame ("made for export");
//     tobacco that farmers grow is leaf tobacco; a fuel right before a
//     machine's name says what it burns (휘발유 발전기, goods.go);
//   - a vehicle, vessel or aircraft is a good only where the text trades it
//     ("imported used trucks", "dump trucks made in China", "vehicle sales",
//     중국산 오토바이) or names its make ("Kia vehicles", "Land Cruisers"),
//     not where it carries other goods ("by truck", "smugglers used boats to
//     cross", "smuggling boats working the mudflats", "tankers flying flags
//     of convenience", 트럭에 실어), nor where
//     goods go to or come from it ("sold at sea to Chinese fishing boats",
//     "reloaded onto other vessels", "bought off the trucks", 어선에서
//     사들인, 어선에 넘긴다); a trade cue counts at the start of a word only
//     ("soldiers" and "urban" trade nothing, nor does "NEW YORK"), are for it ("a tyre for a ten-tonne
//     truck") or it is banned from ports; the same
//     holds for missiles, artillery and artillery shells, which are fired
//     and tested more often than sold, for cameras, which are fitted to
//     drones and put up along the border, and for works of art, which stand
//     in squares;
//   - staples (food, fish, crops, coal) count only where their sentence or
//     the one before speaks of trade (staple.go), or where they are listed
//     beside a staple the text trades ("the herbs, mainly schisandra and
//     astragalus, were gathered in Kapsan" when the schisandra is sold
//     later), as a conveyance listed beside a traded one is a ware ("buses,
//     trucks and luxury cars" after "buses bought from a dealer", goods.go);
//   - a good that names the wagon, ship or place built for it ("grain
//     hoppers", "oil tankers", 곡물 창고) or the animal as people raise it
//     ("pig raising", "cattle breeding") is no good there; the HS noun
//     index's "docks", "quays" and "warehouses" are places (fallback.go);
//   - "ice" and 얼음 are methamphetamine only in a text that speaks of drugs;
//   - a bare head noun ("oil") that a more specific good of the same text
//     ends with ("soybean oil") is that good again, and "the molybdenum"
//     after "molybdenum concentrate" refers back to the concentrate, as
//     "the munitions" after "artillery shells" (one HS heading) does, and
//     "zinc" after "zinc ingots"; a class word after "such", "these" or
//     "the kind of" ("such machinery", "such metals") is the good of its
//     chapter or class named before it; a
//     Korean or Chinese head (비료, 점퍼) beside a compound of the same or a
//     narrower code (요소비료, 패딩 점퍼), before or after it, is that
//     compound's good (beside two narrower ones, 요소비료 and 복합비료, it
//     names their kind), a Korean metal after its concentrate (아연 after
//     아연 정광) is that concentrate, and an umbrella word ("fuel", "tobacco", "food",
//     "meat", "electronic goods") beside a narrower good of its kind
//     (diesel, tobacco leaf, flour, pork, televisions) is that good; a
//     Korean class word after 등 (오미자와 황기 등 약초) is the listed
//     goods; "the machines" and "the kind of machinery" after tractors are
//     the tractors; a bare metal after its ore ("molybdenum" after
//     "molybdenum concentrate") is the ore; of a gloss in brackets
//     ("seasoning (glutamic acid)") the more precisely coded good stands
//     for both (goods.go);
//   - what charges a battery at home and the battery charged (태양광판으로
//     배터리를 충전한다) are in use, not wares, and a Korean simile (강철
//     같은 의지) is no good (unreal.go);
//   - what a good is used for or is short of ("used for the weapons",
//     "shortages of cement"), what is stripped from other goods ("stripping
//     copper wire from idle pumps", whose scrap may be sold: the sale after
//     "and" with an object of its own is the scrap's) and a good that names
//     its makers ("a garment maker") are not traded there; a bare "scrap"
//     is the scrap of the material of the nearest good named before it
//     (copper scrap after copper wire, rubber scrap after tyres, goods.go);
//     a conveyance followed by a pronoun object is a verb ("trucks them to
//     Tumen"), and one after "in" carries
//     ("ferried across in small boats") unless a trade comes before ("trade
//     in boats"); a conveyance listed beside other wares is one
//     ("machinery, vehicles and metals"); "parts for" or "parts of" before
//     a list makes each good's parts a good ("parts for tractors and rice
//     transplanters");
//   - a list of conveyances after a preposition carries ("stripped from
//     old lorries and buses"), but the object of a trade gerund after one
//     is traded ("barred from importing vehicles"), and so is a conveyance
//     whose price follows its name ("a Chinese bicycle is 420,000 won", not
//     "the tyre of the bicycle is 35 yuan");
//   - a bag after "in" carries ("5,000 pairs in a handbag"), a Korean tool
//     or carrier with the instrumental and a verb of moving moves the goods
//     (크레인으로 옮겨 싣는다), a crop being transplanted or sown is in the
//     ground, and a good named as too dear in a clause of cause ("because
//     petrol is too expensive", 휘발유 값도 만만치 않아서) is a reason, not
//     a ware;
//   - a good in a trade denied or only supposed ("denied that any weapons
//     had been sold", "no coal had been loaded", "might try to sell
//     uranium", "if sanctions were lifted, it could export seafood", 만약 …,
//     …를 부인했다) is not traded there (unreal.go), nor is one in a simile
//     ("as hard as steel"), a machine that is part of a conveyance ("the
//     ship's diesel engine") or a conveyance that measures ("sixteen trucks'
//     worth of pipes"); a conveyance followed by a participle and only its
//     route ("motorbikes brought in through Nampo") was brought, not the
//     carrier.

// facilityNouns follow a good's name when the name only modifies a place,
// a business or a trade: "steel mills", "textile factories".
var facilityNouns = []string{
	"mill", "mills", "mine", "mines", "mining", "factory", "factories", "plant", "plants",
	"works", "workshop", "workshops", "industry", "industries", "market", "markets",
	"shop", "shops", "store", "stores", "sector", "complex", "enterprise", "enterprises",
	"farm", "farms", "ranch", "orchard", "orchards",
	"field", "fields", "paddy", "paddies", "plantation", "plantations", "refinery", "refineries",
	"station", "stations", "bed", "beds", "depot", "depots", "warehouse", "warehouses",
	// A yard is named by what it stores or breaks up: "a metals yard",
	// "the timber yards", "a scrap yard".
	"yard", "yards", "scrapyard", "scrapyards",
	// So is a wharf by the cargo it handles: "the coal wharf", "a grain pier".
	"wharf", "wharves", "dock", "docks", "pier", "piers", "quay", "quays", "berth", "berths",
	"situation", "crisis", "security", "insecurity",
	"network", "networks", "system", "systems", "virus", "viruses", "science", "hacking",
	"hacker", "hackers", "programmer", "programmers", "engineer", "engineers", "skills",
	"production", "output", "harvest", "harvests", "yield", "yields", "crop", "crops",
	// Animals and plants as people raise them: "pig raising", "cattle
	// breeding", "fish farming".
	"raising", "breeding", "farming", "rearing", "husbandry",
	"cultivation", "reserves", "deposit", "deposits", "seam", "seams", "vein", "veins",
	"cooperative", "cooperatives", "corporation", "bureau", "dealer", "dealers", "screen", "screens",
	"launch", "launches", "launching", "test", "tests", "testing", "program", "programs",
	"programme", "programmes", "development", "site", "sites", "base", "bases",
	"trader", "traders", "merchant", "merchants", "broker", "brokers", "technology", "technologies",
	// Businesses, plots and quarters named after what they make, grow or
	// sell ("food companies", "potato plots", "the electronics wholesale
	// district"), and a fashion, not a good ("clothing styles").
	"company", "companies", "firm", "firms", "plot", "plots", "garden", "gardens", "wholesale",
	"district", "districts", "quarter", "zone", "zones", "style", "styles",
	// Those who sell a good on: "an electronics wholesaler in Yanji".
	"wholesaler", "wholesalers", "retailer", "retailers", "vendor", "vendors",
	// Those who make it: "a garment maker", "the largest steel producer".
	"maker", "makers", "producer", "producers",
	// A part that holds the good: "a bigger fuel tank".
	"tank", "tanks",
	// A wagon or ship named by what it is built to carry: "Russian grain
	// hoppers", "coal wagons", "oil tankers", "a bulk grain carrier".
	"hopper", "hoppers", "wagon", "wagons", "tanker", "tankers", "carrier", "carriers",
	// A crop as farms put it in the ground, and a catch where boats seek
	// it: "rice transplanting", "potato planting", "squid grounds".
	"transplanting", "planting", "sowing", "grounds",
	// A catch as boats go out for it: "motors for squid fishing".
	"fishing",
	// Trees as they grow: "the larch and Korean pine forests".
	"forest", "forests",
	// What a report says people lack is no ware: "the fuel shortage".
	"shortage", "shortages",
	// Those who dig or grow a good: "a coal miner", "a former tobacco
	// farmer".
	"miner", "miners", "farmer", "farmers", "grower", "growers",
	// A machine that works a good: "the cement mixer".
	"mixer", "mixers",
	// Those who gather a good up for a living: "scrap collectors", "bottle
	// pickers", "herb gatherers".
	"collector", "collectors", "picker", "pickers", "gatherer", "gatherers",
	// A stall that sells a good, a plant that treats it, the pump or lamp
	// that moves or burns it and the disease of an animal: "a noodle
	// stall", "uranium enrichment facilities", "the engine oil pump",
	// "kerosene lamps", "medicine for pig disease".
	"stall", "stalls", "facility", "facilities", "enrichment", "pump", "pumps", "lamp", "lamps",
	"disease", "diseases",
	// A terminal or jetty named by the cargo it handles, like a wharf: "an
	// oil terminal", "the grain terminals", "a coal jetty".
	"terminal", "terminals", "jetty", "jetties",
	// A train named by its usual load: "the grain trains", "coal trains"
	// (lorries and barges are sold as goods themselves).
	"train", "trains",
	// What a set or a radio carries is no ware: "TV dramas", "radio
	// broadcasts", "television shows", "TV channels".
	"drama", "dramas", "show", "shows", "series", "programme", "programmes",
	"broadcast", "broadcasts", "broadcasting", "channel", "channels",
	// A key that works a vehicle is no vehicle: "car keys", "a car key fob".
	"key", "keys", "fob", "fobs",
}

// materialFor reports whether the Latin mention that ends at end names
// what a material is for: "cigarette filter material" is the stuff filters
// are made of, not filters. A material's own name before the word
// ("textile materials") is that material, so the caller skips materials.
func materialFor(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w := nextWord(rest[1:])
	return w == "material" || w == "materials"
}

// facilityNounsCJK follow a Korean or Chinese name with or without a space.
// Besides places and businesses they include what is grown or mined
// (작황 "harvest", 생산 "production", 생산량 "output") and, after a subject particle, what is
// fitted to another good (카메라가 달린 드론 "drones with cameras").
var facilityNounsCJK = []string{
	"작황", "생산", "수확량", "채굴량", "가 달린", "이 달린", "가 장착된", "이 장착된", "가 탑재된", "이 탑재된",
	"공장", "광산", "탄광", "시장", "도매", "업체", "상점", "기업소", "농장", "양식장", "발전소", "정제소", "기지",
	"연합기업소", // 흥남비료연합기업소 "the Hungnam fertilizer complex"
	"창고",    // 곡물 창고 "a grain warehouse"
	// A wharf named by the cargo it handles: 잡화부두 "the general-cargo
	// wharf", 석탄 부두, 곡물 야적장 "a grain storage yard".
	"부두", "선착장", "야적장", "码头",
	// A terminal named by its cargo (유류 터미널 "an oil terminal", 석유
	// 저장소), and what a set carries (TV 드라마, 라디오 방송).
	"터미널", "저장소", "저유소", "드라마", "방송", "프로그램", "채널",
	"工厂", "矿山", "市场", "农场", "电厂", "发电厂", "基地", "仓库",
	// A crop as farms plant, grow or lose it to disease: 감자 심기, 감자 재배,
	// 감자 역병 "potato blight".
	"심기", "재배", "농사", "역병", "병충해", "种植", "栽培",
	// What people lack, and those who drive a conveyance: 수산물 부족
	// "the seafood shortage", 트럭 운전사 "truck drivers".
	"부족", "운전",
	// A catch as boats go out for it: 명태잡이 철 "the pollock-fishing
	// season", 오징어잡이 배 "squid boats".
	"잡이",
	// Those who deal in a good, an industry named by it, what is wanted
	// and what is taken in its place: 쌀 장사꾼 "a rice trader", 석유화학
	// "petrochemicals", 연료가 없어 "for want of fuel", 원목 대신 합판
	// "plywood instead of logs".
	"장사꾼", "화학", "가 없", "이 없", "대신",
	// Where a good comes from: 철광석 산지 "an iron-ore region".
	"산지",
}

// famedForCJK reports whether rest, the text after a Korean good, makes
// the good what a place is known for: 담배로 유명한 고장 "a county famous
// for tobacco", 시멘트와 비날론으로 유명한 "known for cement and
// vinalon", with one good coordinated after it.
func famedForCJK(rest string) bool {
	if r, ok := strings.CutPrefix(rest, "와 "); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, "과 "); ok {
		rest = r
	} else {
		return famedAfter(rest)
	}
	// The coordinated good: one word ending in its particle.
	i := strings.IndexByte(rest, ' ')
	if i < 0 {
		return false
	}
	w := rest[:i]
	for _, p := range []string{"으로", "로"} {
		if strings.HasSuffix(w, p) {
			return famedAfter(p + rest[i:])
		}
	}
	return false
}

// famedAfter reports whether rest starts with a particle of means and a
// word of fame: 로 유명한, 으로 이름난.
func famedAfter(rest string) bool {
	for _, p := range []string{"으로 ", "로 "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			return strings.HasPrefix(r, "유명") || strings.HasPrefix(r, "이름난") || strings.HasPrefix(r, "이름 난")
		}
	}
	return false
}

// growVerbs before a crop's name make it the crop as farms sell it.
var growVerbs = map[string]bool{
	"grow": true, "grows": true, "grew": true, "grown": true, "growing": true,
	"cultivate": true, "cultivates": true, "cultivated": true, "cultivating": true,
	"plant": true, "plants": true, "planted": true, "planting": true,
}

// untradedFrames before a good, in its clause, name it as something grown,
// mined, licensed, made, eaten or made into another good, or as the stuff
// other goods are wrapped or fitted in, rather than traded: "a record
// harvest of wheat and barley", "output of coal", "a licence for processed
// food", "used for making special steel", "made by pressing soybean cake",
// "the plants will turn out soy sauce, noodles and clothing", "households
// live on boiled potatoes", "the dealers melt it and it becomes jewellery",
// "wrapped in old clothes", "the lining of cotton coats", "drones fitted
// with cameras". Each starts a word ("Chinese-produced" is no frame).
var untradedFrames = []string{
	"harvest of", "harvests of", "production of", "output of", "crop of", "crops of", "yield of",
	"yields of", "reserves of", "deposits of", "licence for", "licences for", "license for",
	"licenses for", "permit for", "permits for", "used for making", "used in making",
	"made from", "made of", "made with", "made by pressing",
	"produce", "produces", "produced", "producing", "turn out", "turning out",
	"manufacture", "manufactures", "manufactured", "manufacturing",
	// "the authorities make wine and beverages from it in a factory".
	"make", "makes", "making",
	"live on", "lives on", "lived on", "living on", "eat", "eats", "ate", "eating",
	"made into", "turned into", "processed into", "become the", "becomes the", "became the",
	"wrapped in", "wrapping in", "wrapped with", "wrapping them in", "wrapped them in",
	"lining of", "lined with", "fitted with", "equipped with", "mounted with",
	// What goods are fastened to as a float or a carrier: "waterproof bags
	// lashed to inner tubes".
	"lashed to", "tied to", "strapped to", "fastened to",
	// A purchase people cannot make: "ordinary people cannot even buy a
	// bicycle".
	"cannot afford", "can't afford", "could not afford", "couldn't afford", "unable to afford",
	"cannot buy", "can't buy", "cannot even buy", "can't even buy", "could not buy",
	"couldn't buy", "could not even buy", "unable to buy",
	// What a good serves or lacks is no ware of its own: "used for the
	// weapons", "shortages of cement".
	"used for", "used in", "shortage of", "shortages of", "short of", "lack of",
	// What is taken off other goods is salvage, not a ware: "stripping copper
	// wire from abandoned equipment" (the scrap it becomes may be sold).
	"stripping", "stripped",
	// A crop as farms put it in the ground: "preparing for transplanting
	// rice", "sowing maize" (a crop that farmers grow and sell is
	// growVerbs').
	"transplant", "transplants", "transplanted", "transplanting", "sow", "sows", "sowed", "sown", "sowing",
	"to plant",
	// What a good is used to make, or plugged into, is no ware of its own:
	// "lathes used to machine gun barrels", "a probe that plugs into a
	// phone"; nor is the fuel a household cooks or heats with.
	"turns out", "used to make", "used to machine", "used to produce", "used to build",
	"plugs into", "plug into", "plugged into", "connects to", "connected to",
	// What a material goes into: "graphite is a raw material for batteries",
	// "a key ingredient in fertilizer".
	"raw material for", "raw materials for", "feedstock for", "ingredient in", "ingredient of",
	"ingredients in", "ingredients of",
	"cook with", "cooks with", "cooked with", "cooking with", "heat with", "heats with",
	"heated with", "heating with",
	// What people use is their tool, not their ware: "communicates using
	// Chinese mobile phones", "traders use the phones to check prices".
	"using", "use the", "uses the",
	// What a wage would buy measures it: "a wage that buys less than a
	// kilogram of rice", "enough to buy a sack of flour".
	"buys less than", "buys only", "barely buys", "enough to buy", "afford to buy",
	// What lies in the ground or a store, by estimate: "the mine holds an
	// estimated 2 billion tonnes of iron ore".
	"holds an estimated", "hold an estimated", "holding an estimated", "contains an estimated",
	"contain an estimated", "containing an estimated",
	// What runs out is wanted, not sold: "the boat ran out of fuel".
	"ran out of", "run out of", "runs out of", "running out of",
	// What is not dealt in: "sells plywood instead of timber", "no
	// evidence that the vessel had carried coal".
	"instead of", "rather than", "no evidence that", "no evidence of",
	"no agreement on", "no agreement for", "no deal on", "no deal for", "no contract for",
	"no contract on",
	// Animals as farms raise them: "ordered the farms to raise more pigs".
	"raise", "raises", "rear", "rears", "breed", "breeds",
	// What a place is known for, and what people mostly live on, is its
	// background, not a ware: "the county is known for its potatoes",
	// "families who live mostly on maize porridge" (a trade word after the
	// good still trades it: "a port known for coal exports").
	"known for", "famous for", "renowned for", "noted for",
	// What the ground of a place holds: "the province is rich in iron ore".
	"rich in", "rich of", "rich with",
	// A production figure: "turned out a record amount of pig iron".
	"turned out a", "turned out an", "turned out record",
	// What people wear or smoke is no ware of the text's: "he wore leather
	// shoes", "had never smoked a foreign cigarette".
	"wore", "wear", "wears", "wearing", "smoked a", "never smoked",
	"live mostly on", "live mainly on", "lives mostly on", "lives mainly on", "lived mostly on",
	"lived mainly on", "live largely on", "lives largely on",
}

// nearFrames are the untradedFrames that reach only a good at most two
// words after them, with no verb between: "used for the weapons", "used in
// special steel", not "used for carrying timber".
var nearFrames = map[string]bool{"used for": true, "used in": true, "using": true, "use the": true, "uses the": true,
	"stripping": true, "stripped": true, "instead of": true, "rather than": true}

// nearWords reports whether b, the lower-cased words between a near frame
// and a good, holds at most two words and no gerund; "and" and "or" of a
// list do not count ("used in batteries and refractory bricks"), though
// no more than four words may come between.
func nearWords(b []byte) bool {
	n, all := 0, 0
	for i := 0; i < len(b); {
		for i < len(b) && b[i] == ' ' {
			i++
		}
		j := i
		for j < len(b) && b[j] != ' ' {
			j++
		}
		if j > i {
			w := b[i:j]
			if all++; all > 4 || bytes.HasSuffix(w, []byte("ing")) {
				return false
			}
			if string(w) != "and" && string(w) != "or" {
				if n++; n > 2 {
					return false
				}
			}
		}
		i = j
	}
	return true
}

// untradedFrame reports whether the mention at text[start:] follows an
// untradedFrames phrase of its clause with no trade word between, and no
// trade word right after the mention ("factories produce wigs for export").
func untradedFrame(text string, start int) bool {
	win := text[max(0, start-untradedBytes):start]
	// Frames are ASCII: lower-casing ASCII letters alone keeps the offsets.
	// The clause is lower-cased only once a word of it may start a frame.
	var buf [untradedBytes]byte
	var low []byte // the clause, win[off:], lower-cased
	off := 0
	end := len(win)
	for end > 0 {
		// Words from the last: the first frame found is the last in the clause.
		j := end
		for j > 0 && isASCIILetter(win[j-1]) {
			j--
		}
		if j < end && (j == 0 || win[j-1] != '-') && end-j < 32 && frameLens[lowerByte[win[j]]-'a'][lowerByte[win[end-1]]-'a']&(1<<(end-j)) != 0 {
			if low == nil {
				// The clause starts after the last of ".!?;:\n" before it.
				for off = j; off > 0 && (tokClass[win[off-1]]&clEnd == 0 || decimalPoint(win, off-1)); off-- {
				}
				low = appendLowerLatin(buf[:0], win[off:])
			}
			lj := j - off
			for _, k := range frameStarts[string(low[lj:end-off])] {
				fr := untradedFramesB[k]
				if bytes.HasPrefix(low[lj:], fr) && wordAt(low, lj, lj+len(fr)) {
					between := low[lj+len(fr):]
					if nearFrames[string(fr)] && !nearWords(between) {
						return false // "trucks used for carrying timber": the timber is carried
					}
					return !containsAnyBytes(between, tradeBeforeB) && !frameEnded(between) && !tradedAfter(text, start)
				}
			}
		}
		end = j
		for end > 0 && !isASCIILetter(win[end-1]) {
			if tokClass[win[end-1]]&clEnd != 0 && !decimalPoint(win, end-1) {
				return false // the clause's start: no frame in it
			}
			end--
		}
	}
	return false
}

// decimalPoint reports whether s[i] is a point between digits, which ends
// no clause: "produced 2.1 million tonnes of rice".
func decimalPoint(s string, i int) bool {
	return s[i] == '.' && i > 0 && i+1 < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9'
}

// haveVerb reports whether the lower-case word w takes what people hold as
// its object.
func haveVerb(w string) bool {
	switch w {
	case "have", "has", "own", "owns", "possess", "possesses":
		return true
	}
	return false
}

// haveBetween reports whether the lower-case word w may stand between a
// have verb and the good it holds: "now have solar panels", "own a
// television", "have more cars".
func haveBetween(w string) bool {
	switch w {
	case "a", "an", "the", "their", "its", "his", "her", "our", "more", "few", "many", "some", "no", "small", "own":
		return true
	}
	return false
}

// possessed reports whether the Latin mention at text[start:] is what
// people have or own, right after "have", "has" or "own" with at most one
// article or quantifier between ("more households now have solar panels",
// "few families own a television"): a holding, not a trade. A trade or a
// price later in the clause keeps it a ware ("shops have televisions for
// sale"), and an auxiliary is no have verb here ("have seized televisions":
// the word before the good is the participle).
func possessed(text string, start, end int) bool {
	w := wordBefore(text, start)
	if len(w) == 0 || len(w) > len("possesses") {
		return false
	}
	if haveBetween(lowerASCII(w)) {
		w = wordBefore(text, start-len(w)-1)
	}
	if !haveVerb(lowerASCII(w)) {
		return false
	}
	after := text[start:min(len(text), start+untradedBytes)]
	if i := strings.IndexAny(after, ".!?;:\n"); i >= 0 {
		after = after[:i]
	}
	// "to have the vehicle registered", "have its tractors working": a
	// causative, no holding.
	if rest, ok := strings.CutPrefix(text[end:], " "); ok {
		if v := nextWord(rest); participle(strings.ToLower(v)) || strings.HasSuffix(v, "en") {
			return false
		}
	}
	var buf [untradedBytes]byte
	return !tradedAfter(text, start) && !containsAnyBytes(appendLowerLatin(buf[:0], after), priceStemsB)
}

// koreanMakeVerbs, later in a Korean good's sentence, make it the object of
// making or eating: 항생제와 진통제를 생산할 수 있게 됐다 "can now produce
// antibiotics and painkillers".
var koreanMakeVerbs = []string{"생산하", "생산할", "생산한", "생산해", "생산된", "생산되", "제조하", "제조할", "제조한", "제조해",
	// Eating, as "live on" and "eat" in English: 국수를 눌러 먹으며 버틴다
	// "get by on noodles they press", 감자로 끼니를 때운다 "make a meal of
	// potatoes".
	"먹는", "먹고", "먹으", "먹었", "먹을", "끼니",
	// Drinking: 간부들은 술을 마시며 "the cadres drank".
	"마시", "마셔", "마셨", "마신"}

// koreanTradeStems anywhere after such a good keep it traded: 생산해
// 중국에 수출한다 "produced for export to China".
var koreanTradeStems = []string{
	"수입", "수출", "밀수", "판매", "구입", "팔", "사들", "들여", "가격", "값", "거래", "운송", "실어", "넘어", "보내", "보냈",
	"出口", "进口", "走私", "销售", "购买", "价格",
}

// dearReason reports whether the mention text[start:end] is named only as a
// reason people turn to other goods: it is too dear, in a clause of cause
// ("bought an e-bike because the bus is not running and the petrol is too
// expensive", 발전기를 돌릴 휘발유 값도 만만치 않아서). The good is priced
// by no one there; a report that trades it names it elsewhere too.
func dearReason(text string, start, end int) bool {
	if r, _ := utf8.DecodeRuneInString(text[start:]); r >= 0x1100 {
		rest := strings.TrimPrefix(text[end:min(len(text), end+48)], " ")
		for _, p := range koreanDearReasons {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		return false
	}
	after := text[end:min(len(text), end+40)]
	if !dearLead.mayStart(after) || !slices.ContainsFunc(dearAfter, func(p string) bool { return hasLowerPrefix(after, p) }) {
		return false
	}
	before := strings.ToLower(text[max(0, start-120):start])
	if i := strings.LastIndexAny(before, ".!?;\n"); i >= 0 {
		before = before[i+1:]
	}
	return strings.Contains(before, "because ") || strings.Contains(before, "since ")
}

// dearLead is what the first two bytes of a phrase of dearAfter may be: most
// words after a good are turned away by them before the phrases are tried.
var dearLead = newLeadBytes(dearAfter)

// leadBytes marks the ASCII bytes, either case, that some phrase of a list
// of lower-case phrases has at its first and at its second byte.
type leadBytes [2][256]bool

func newLeadBytes(phrases []string) *leadBytes {
	var t leadBytes
	for _, p := range phrases {
		for i := 0; i < len(t) && i < len(p); i++ {
			c := p[i]
			t[i][c] = true
			if 'a' <= c && c <= 'z' {
				t[i][c-('a'-'A')] = true
			}
		}
	}
	return &t
}

// mayStart reports whether hasLowerPrefix(s, p) may hold for a phrase p of
// t's list of phrases of two bytes or more: false only when one of the
// first two bytes of s is ASCII and no phrase has it there (a byte above
// ASCII may lower-case to any letter).
func (t *leadBytes) mayStart(s string) bool {
	for i := range len(t) {
		if i == len(s) {
			return false
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if !t[i][c] {
			return false
		}
	}
	return true
}

var (
	// dearAfter say a good costs too much.
	dearAfter = []string{
		" is too expensive", " are too expensive", " was too expensive", " were too expensive",
		" is so expensive", " are so expensive", " was so expensive", " were so expensive",
		" is too costly", " are too costly", " was too costly", " were too costly",
		" has become too expensive", " had become too expensive", " costs too much", " cost too much",
	}
	// koreanDearReasons say, with an ending of cause, that a good's price is
	// too high: 값이 비싸서, 값도 만만치 않아서, 너무 비싸니.
	koreanDearReasons = []string{
		"값이 너무 비싸서", "값이 비싸서", "값도 비싸서", "값도 만만치 않아서", "값이 만만치 않아서",
		"값이 너무 비싸니", "값이 비싸니", "값도 만만치 않으니", "값이 비싸기 때문", "값이 너무 비싸기 때문",
		"이 너무 비싸서", "가 너무 비싸서", "이 비싸서", "가 비싸서",
	}
)

// koreanInstrument reports whether the Hangul mention that ends at end is
// the tool or carrier goods are moved with: the instrumental 으로 or 로
// and a verb of lifting, loading or moving right after it (크레인으로 옮겨
// 싣는다 "moves them across by crane", 지게차로 내린다 "unloads them by
// forklift"). A good exchanged for another (쌀로 바꾼다) or passed off as one
// (비료로 위장) takes another verb.
func koreanInstrument(text string, end int) bool {
	rest := text[end:]
	switch {
	case strings.HasPrefix(rest, "으로 "):
		rest = rest[len("으로 "):]
	case strings.HasPrefix(rest, "로 "):
		rest = rest[len("로 "):]
	default:
		return false
	}
	for _, v := range koreanMoveVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// koreanHookedVerbs after a Hangul good make it what another good is
// hooked to in use: 태양광판에 물려 쓰는 축전지 "batteries run off solar
// panels", 휴대폰에 꽂아 쓰는 메모리.
var koreanHookedVerbs = []string{"에 물려 쓰", "에 물려서 쓰", "에 연결해 쓰", "에 연결해서 쓰", "에 연결하여 쓰",
	"에 꽂아 쓰", "에 꽂아서 쓰", "에 달아 쓰", "에 달아서 쓰", "에 붙여 쓰"}

// koreanUsePhrases say that the subject of the sentence goes into the
// goods before them: 흑연은 배터리와 내화재 원료로 쓰인다 "graphite is a
// raw material for batteries and refractories", 배터리를 만드는 데 쓰인다.
var koreanUsePhrases = []string{"원료로 쓰", "원료로 사용", "재료로 쓰", "재료로 사용", "원료로 이용", "재료로 이용",
	"만드는 데 쓰", "만드는 데 사용", "만드는 데 이용", "만드는데 쓰", "만드는데 사용"}

// koreanUseBytes bounds how far after a good a use phrase may end its
// noun phrase: a list of two or three goods.
const koreanUseBytes = 48

// koreanUsedFor reports whether the Hangul mention that ends at end names
// what another good is used for or hooked to, not a ware: a hooked verb
// right after it, or a use phrase later in its noun phrase. A good
// followed by a topic, subject or object particle is the sentence's own
// material (흑연은 … 원료로 쓰인다 keeps the graphite), and a trade word
// before the use phrase ends the phrase.
func koreanUsedFor(text string, end int) bool {
	rest := text[end:min(len(text), end+koreanUseBytes)]
	for _, v := range koreanHookedVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	for _, p := range []string{"은 ", "는 ", "이 ", "가 ", "도 ", "만 "} {
		if strings.HasPrefix(rest, p) {
			return false
		}
	}
	if i := strings.IndexAny(rest, ".!?\n\"”"); i >= 0 {
		rest = rest[:i]
	}
	for _, u := range koreanUsePhrases {
		if i := strings.Index(rest, u); i >= 0 {
			return usedListBetween(rest[:i])
		}
	}
	return false
}

// usedListBetween reports whether between, the text from a Hangul good to
// a use phrase, keeps the good inside the phrase's noun: nothing, an
// object particle (배터리를 만드는 데), or a joiner and one more noun
// (배터리와 내화재 원료로). A word such as 처럼 "like" makes the good the
// material itself (질산암모늄처럼 폭발물 원료로 쓰일 수 있는 품목).
func usedListBetween(between string) bool {
	switch between {
	case "", " ", "를 ", "을 ":
		return true
	}
	for _, j := range []string{"와 ", "과 ", "·", ", ", "나 ", "이나 ", " 및 ", "및 "} {
		if rest, ok := strings.CutPrefix(between, j); ok {
			rest = strings.TrimSuffix(rest, " ")
			return rest != "" && !strings.Contains(rest, " ")
		}
	}
	return false
}

// koreanEarnings are the words of money a household earned, and
// koreanProvide the verbs of laying in its needs: 밀수로 번 돈으로 겨울
// 땔감과 식량을 마련한다 "with the money from smuggling they lay in
// firewood and food for the winter".
var (
	koreanEarnings = []string{"번 돈으로", "벌어들인 돈으로", "벌어 온 돈으로", "벌어온 돈으로", "번 돈은"}
	koreanProvide  = []string{"마련", "장만"}
)

// koreanProvision reports whether the Hangul mention text[start:end] is
// what a household lays in with money it earned: its living, named as
// background to the trade that earned the money. The earnings must come
// before the good in its sentence and a verb of laying in after it, with
// no price or trade word after the good.
func koreanProvision(text string, start, end int) bool {
	before := sentenceBefore(text, start, koreanUseBytes*2)
	earned := false
	for _, e := range koreanEarnings {
		if strings.Contains(before, e) {
			earned = true
			break
		}
	}
	if !earned {
		return false
	}
	after := sentenceAfter(text, end, koreanUseBytes)
	if i := strings.IndexByte(after, ','); i >= 0 {
		after = after[:i]
	}
	for _, v := range koreanProvide {
		if i := strings.Index(after, v); i >= 0 {
			return !koreanTradeIn(after[:i]) && !koreanWon([]byte(after[:i]))
		}
	}
	return false
}

// koreanCharged reports whether the Hangul mention that ends at end is,
// in its sentence, what charges a battery or the battery charged (충전, not
// the charger 충전기 or station 충전소), with no trade word after it:
// 태양광판으로 배터리를 충전하는 집이 많다 names the panels and the battery
// in use at home, not as wares.
func koreanCharged(text string, end int) bool {
	rest := text[end:min(len(text), end+koreanSentenceBytes)]
	i := strings.Index(rest, "충전")
	if i < 0 {
		return false
	}
	if j := strings.IndexAny(rest, ".!?\n\"”"); j >= 0 && j < i {
		return false
	}
	after := rest[i+len("충전"):]
	if strings.HasPrefix(after, "기") || strings.HasPrefix(after, "소") {
		return false
	}
	// What charges (태양광판으로 … 충전하는 배터리도 판다) is the tool, whatever
	// is sold after it.
	if (strings.HasPrefix(rest, "으로 ") || strings.HasPrefix(rest, "로 ")) && i <= len("으로 배터리를 ") {
		return true
	}
	if j := strings.IndexAny(rest, ".!?\n"); j >= 0 {
		rest = rest[:j]
	}
	if koreanTradeIn(rest) {
		return false
	}
	return !koreanSold(rest) // 태양광 판으로 충전하고 태양광판도 판다
}

// koreanTradeIn reports whether one of koreanTradeStems is in s.
func koreanTradeIn(s string) bool {
	for _, t := range koreanTradeStems {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// koreanMoveVerbs are the stems of lifting, loading and moving goods.
var koreanMoveVerbs = []string{"옮겨", "옮기", "옮긴", "싣", "실어", "실은", "실었", "내려", "내리", "내린", "들어 올", "들어올", "끌어", "날라", "나르", "나른", "부려", "부린"}

// koreanMade reports whether the Hangul or Han mention that ends at end is,
// in its sentence, the object of a verb of making with no trade word after
// it.
func koreanMade(text string, end int) bool {
	rest := text[end:min(len(text), end+koreanSentenceBytes)]
	if i := strings.IndexAny(rest, ".!?\n\"”"); i >= 0 {
		rest = rest[:i] // a closing quote ends the speaker's sentence too
	}
	made := false
	plain := strings.ReplaceAll(rest, "맞먹", "") // 맞먹다 "to equal" eats nothing; no copy without it
	// 먹고살다 "to make a living" eats nothing either: 쌀 1kg이 1만 원 하는
	// 판에 … 먹고살 돈이 생기니 "with rice at 10,000 won a kilo, … money to
	// live on".
	plain = strings.ReplaceAll(strings.ReplaceAll(plain, "먹고살", ""), "먹고 살", "")
	for _, v := range koreanMakeVerbs {
		if strings.Contains(plain, v) {
			made = true
			break
		}
	}
	if !made {
		return false
	}
	if koreanTradeIn(rest) {
		return false
	}
	return !koreanWon([]byte(rest)) // a price: 쌀 1kg이 1만 2천 원 하는 판에
}

// koreanSentenceBytes bounds how far koreanMade reads: about sixty syllables.
const koreanSentenceBytes = 180

// frameEnded reports whether the lower-cased words between a frame and a
// mention end the frame's clause: a price ("the soybean became the dearest
// at 4,800 won, and tofu …"), a new clause ("used for payment, but traders
// have sent seafood") or a new verb after "and" ("wrapped in plastic and
// packed inside refrigerators").
func frameEnded(between []byte) bool {
	if containsAnyBytes(between, priceStemsB) || containsAnyBytes(between, clauseBreaksB) || containsAnyBytes(between, reportVerbsB) {
		return true
	}
	for i := 0; ; {
		k := bytes.Index(between[i:], []byte(" and "))
		if k < 0 {
			return false
		}
		i += k + len(" and ")
		w := nextWord(string(between[i:])) // no copy: the conversion does not escape
		if len(w) > 3 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
}

// clauseBreaksB are clauseBreaks as bytes.
var clauseBreaksB = toBytes(clauseBreaks)

// reportVerbsB start a reported clause of its own: "idle for lack of
// electricity, traders report that Chinese cement is arriving".
var reportVerbsB = toBytes([]string{" report that", " reported that", " reports that", " say that", " says that", " said that", " told "})

// priceStemsB are money words that end a frame of making.
var priceStemsB = toBytes([]string{" won", "yuan", "dollar", "$", "price", " cost"})

// wordAt reports whether s[i:j] starts and ends a word; a hyphen joins
// words ("Chinese-produced", "make-up").
func wordAt[S ~string | ~[]byte](s S, i, j int) bool {
	return (i == 0 || (!isASCIILetter(s[i-1]) && s[i-1] != '-')) && (j == len(s) || (!isASCIILetter(s[j]) && s[j] != '-'))
}

// tradedAfterStems right after a good, in its clause, show it is traded even
// after a frame of making: "factories produce wigs for export", "making
// handicrafts for domestic sale".
var tradedAfterStems = []string{"export", "sale", "sell", "sold", "smuggl", "ship", "to china", "for chinese", "import"}

// tradedAfter reports whether the clause right after the mention that
// starts at text[start:] trades it.
func tradedAfter(text string, start int) bool {
	after := text[start:min(len(text), start+untradedBytes)]
	if i := strings.IndexAny(after, ".!?;:\n"); i >= 0 {
		after = after[:i]
	}
	// A new clause is no longer the frame's: "used for making steel, and
	// the UN banned its export".
	for _, c := range clauseBreaks {
		if i := strings.Index(after, c); i >= 0 {
			after = after[:i]
		}
	}
	// Nor is a verb after ", and" that goes back to the sentence's subject:
	// "tow, the fiber used to make filters, and sent by ship to Dalian".
	if i := strings.Index(after, ", and "); i >= 0 {
		if w := nextWord(after[i+len(", and "):]); (len(w) > 3 && strings.HasSuffix(w, "ed")) || w == "sent" {
			after = after[:i]
		}
	}
	// Nor a sale after "and" with an object of its own: "stripping copper
	// wire from old machines and selling the scrap" sells the scrap.
	if i := strings.Index(after, " and "); i >= 0 && coordinatedVerbAfter(after[i:]) {
		after = after[:i]
	}
	return containsWordStemFold(after, tradedAfterStems)
}

// containsWordStemFold reports whether one of the lower-case stems starts a
// word of s, ignoring ASCII case: "sold" is in "sold to", not in
// "soldiers". A stem that is a whole word ("sold") must end one too; a
// shipyard is a place, not a shipment ("makes steel plate for the
// shipyards"). It is stemsIn without the prefix "re".
func containsWordStemFold(s string, stems []string) bool { return stemsIn(s, stems, false) }

// wholeStems are the trade stems that must end their word: "sold", not
// "soldiers".
var wholeStems = map[string]bool{"sold": true}

// clauseBreaks start a new clause after a good made or grown.
var clauseBreaks = []string{", and the ", ", but ", ", while ", ", which ", ", although "}

// deniedBefore reports whether a denial of any trade comes right before
// the mention at text[start:]: "both sides deny any arms trade".
func deniedBefore(text string, start int) bool {
	before := text[max(0, start-len("denying any ")):start]
	if !strings.HasSuffix(before, " any ") {
		return false
	}
	for _, d := range denials {
		if strings.HasSuffix(before, d) {
			return true
		}
	}
	return false
}

// denials end the words that deny a trade of the good after them.
var denials = []string{"deny any ", "denies any ", "denied any ", "denying any "}

// untradedBytes is how far before a mention untradedFrame looks: far
// enough for a list after its frame ("turn out soy sauce, soybean paste,
// noodles, bean curd and children's clothing").
const untradedBytes = 96

// untradedFramesB and tradeBeforeB are untradedFrames and tradeBefore as
// bytes; frameStarts indexes the frames by their first word.
var (
	untradedFramesB = toBytes(untradedFrames)
	tradeBeforeB    = toBytes(tradeBefore)
	frameStarts     = func() map[string][]int {
		m := map[string][]int{}
		for k, fr := range untradedFrames {
			w, _, _ := strings.Cut(fr, " ")
			m[w] = append(m[w], k)
		}
		return m
	}()
	// frameLens has a bit per length of the frames' first words, by their
	// first and last letters, so that most words need no map lookup. A
	// word untradedFrame reads is letters alone: a first word with another
	// last byte ("can't") is never looked up.
	frameLens = func() (t [26][26]uint32) {
		for w := range frameStarts {
			if len(w) >= 32 || w[0] < 'a' || w[0] > 'z' {
				panic("goods: untraded frame word " + w)
			}
			if z := w[len(w)-1]; 'a' <= z && z <= 'z' {
				t[w[0]-'a'][z-'a'] |= 1 << len(w)
			}
		}
		return t
	}()
)

func toBytes(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// containsAnyBytes reports whether s contains one of the stems.
func containsAnyBytes(s []byte, stems [][]byte) bool {
	for _, st := range stems {
		if bytes.Contains(s, st) {
			return true
		}
	}
	return false
}

// conveyanceClasses are the classes whose goods more often carry cargo than
// are cargo.
var conveyanceClasses = map[string]bool{"vehicles": true, "vessels": true, "aircraft": true}

// tradedOnly are the goods, besides conveyances, that count only where the
// text trades them: weapons that are fired and tested more often than sold,
// and works of art, which stand in squares and hang in halls.
// Surveillance cameras are more often put up along the border than sold.
// Cameras are as often fitted to drones or set up along fences, and shells
// and rounds are fired in drills more often than sold.
var tradedOnly = map[string]bool{
	"missiles": true, "rocket-launchers": true, "artillery": true, "cctv": true, "camera": true,
	"artillery-shells": true,
	// Rockets are launched far more often than sold ("a pad for larger
	// rockets"), as missiles are.
	"rockets": true,
	// Things people wear, light and put up more often than they trade them:
	// "residents wore face masks", "a candle in the window", "a satellite
	// dish on the roof".
	"face-masks": true, "medical-gloves": true, "candles": true, "lighters": true, "satellite-dishes": true,
	// "go out at night with torches and nets".
	"torches": true,
}

// carriedInIDs are goods that hold what people carry: after "in" ("5,000
// pairs in a handbag", "in her handbag") they are the carrier, not a ware.
var carriedInIDs = map[string]bool{"handbags": true}

// carriedIn reports whether "in", with at most a determiner or possessive
// and one adjective, comes right before the Latin mention at start.
func carriedIn(text string, start int) bool {
	i := start
	for range 3 {
		w := strings.ToLower(wordBefore(text, i))
		switch {
		case w == "":
			return false
		case w == "in" || w == "inside":
			// "deals in handbags", "trade in designer bags": the ware.
			return !dealtIn[strings.ToLower(wordBefore(text, i-len(w)-1))]
		case determiners[w] || carrierPossessives[w] || (i == start && w != "and" && w != "or" && tokenFlags(w)&(fStop|fTrade) == 0):
			i -= len(w) + 1
		default:
			return false
		}
	}
	return false
}

var carrierPossessives = map[string]bool{"her": true, "his": true, "their": true, "my": true, "your": true, "our": true}

// needsTrade reports whether c is a good only where the text trades it.
func needsTrade(c *lexicon.Commodity) bool {
	return conveyanceClasses[c.Class] || c.Class == "art" || tradedOnly[c.ID]
}

// brandForm reports whether a lexicon form names a make or model ("Lexus",
// "Land Cruiser", "HOWO"): mixed case, or a maker written in capitals. A
// generic acronym ("SUV", "UAV") is not one.
func brandForm(form string) bool {
	if !hasUpperASCII(form) {
		return false // every brand acronym has an ASCII capital
	}
	return brandAcronyms[form] || strings.ToUpper(form) != form
}

// frozenWater reports whether the Latin mention text[start:end] of "ice"
// is frozen water even in a text on drugs: the ice of a river that people
// walk on or over, or that is thick, thin, melting or cracking.
func frozenWater(text string, start, end int) bool {
	var buf [48]byte
	after := appendLowerLatin(buf[:0], text[end:min(len(text), end+40)])
	for _, w := range iceStateWords {
		if bytes.Contains(after, w) {
			return true
		}
	}
	before := strings.ToLower(text[max(0, start-12):start])
	for _, p := range iceBefore {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

var (
	iceStateWords = toBytes([]string{"thick", " thin", "melt", "froze", "crack", "broke up", "breaks up"})
	iceBefore     = []string{"on the ", "over the ", "across the ", "through the ", "river ", "thin ", "thick "}
)

// companionOnly are forms that name a good only beside others of its kind:
// "ice" and 얼음 are methamphetamine where a text speaks of drugs, and the
// weather elsewhere.
var companionOnly = map[string]bool{"ice": true, "ices": true, "얼음": true}

// tradeBefore are stems that, shortly before a vehicle's name in the same
// sentence, show it is traded: "imported used Chinese trucks", "the UN ban
// on sending vehicles".
var tradeBefore = []string{
	"import", "export", "sold", "sell", "sale", "buy", "bought", "purchas", "smuggl", "ban ", "banned",
	"supplied", "supply of", "deliver", "procur", "acquir", "ordered", "orders for", "order for",
	// Selling off and selling by the roadside: "offloaded their stock of
	// winter coats", "traders hawked Chinese beer", "peddling rice".
	"offload", "hawked", "hawking", "peddl",
	// The cover goods of a false declaration: "declared as household torches".
	"declared as", "labelled as", "labeled as", "disguised as", "passed off as", "misdeclared as",
	"수입", "수출", "밀수", "판매", "구입", "중국산", "일본산", "러시아산", "중고", "제재", "이전", "제공",
	"出口", "进口", "走私", "销售", "购买", "二手", "禁止",
}

// vehicleTradeBefore are further cues for conveyances, whose state or make
// says they are wares: "used trucks", "new cars", "Chinese-made buses".
var vehicleTradeBefore = []string{"second-hand", "secondhand", "new ", "-made", "luxury",
	// The nouns of handing goods over: "transfers of vehicles to North Korea
	// have been prohibited", "deliveries of trucks".
	"transfers of ", "transfer of ", "deliveries of ", "delivery of ", "shipments of ", "shipment of "}

// conveyancesAt are words before a vessel that make it a party to a
// transfer, not its cargo: "ship-to-ship transfers with North Korean vessels".
var conveyancesAt = []string{"ship-to-ship", "transfers with", "transfer with", "transfers between", "transfer between"}

// tradeAfter are stems that, right after a vehicle's name, show it is traded:
// "vehicle sales", "trucks made in China", "limousines worth", "trucks banned",
// 오토바이가 팔리고. " ban" is a word: "Trucks belonging to the Haebang
// company" bans nothing, and "a boat on the Chinese bank" is no ban.
var tradeAfter = []string{
	"sale", "export", "import", "made in", "worth", "cost", "sell", "sold", "for sale", "price", " ban ", " bans", " banned",
	// "a pedal bicycle goes for about 480,000 won".
	"goes for", "go for", "went for", "fetch",
	// A vehicle moved as cargo: "dump trucks were shipped via Dalian".
	"were shipped", "was shipped", "were delivered", "was delivered", "were smuggled", "was smuggled",
	"were supplied", "was supplied",
	"팔리", "팔고", "판매", "수입", "수출", "가격", "값은", "값이", "사들", "들여오", "들여왔", "들여보",
}

// armsTradeBefore and armsTradeAfter are further cues for weapons, which,
// unlike vehicles, never carry anything: "transferred KN-23 missiles",
// "missiles shipped to Russia".
var (
	armsTradeBefore = []string{"transfer", "provid", "shipment", "shipped", "receiv", "supply", "supplie", "sent ", "send", "arms deal", "trade", "paying for", "paid for", "pay for", "in exchange for", "packed with", "loaded with", "laden with", "carrying",
		// What containers hold is cargo: "the containers held artillery shells
		// and rockets", "enough to hold 500,000 rockets".
		"container", " hold ", " held "}
	armsTradeAfter = []string{"supplied", "shipped", "transferred", "provided", "delivered", "smuggled", "shipment", "sent ", "to russia", "changed hands",
		// 포탄을 넘겨줬다 "handed over shells", 제공 "provided", 공급 "supplied".
		"넘겨", "넘긴", "넘기", "건네", "제공", "공급", "보냈", "보내", "수송"}
)

const (
	tradeBeforeBytes = 48
	tradeAfterBytes  = 24
)

// modifiesFacility reports whether the mention text[start:end] is followed by
// a noun that makes it a modifier of a place or business.
func modifiesFacility(text string, start, end int) bool {
	rest := text[end:]
	// A Latin name inside Korean takes the Korean nouns after it: "TV
	// 드라마" is a drama, "LPG 저장소" a depot.
	r, _ := utf8.DecodeRuneInString(text[start:])
	if r < 0x1100 {
		if r2, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ")); r2 >= 0xAC00 && r2 <= 0xD7A3 {
			r = r2
		}
	}
	if r >= 0x1100 {
		rest = strings.TrimLeft(rest, " ")
		for _, n := range facilityNounsCJK {
			if strings.HasPrefix(rest, n) {
				return true
			}
		}
		return famedForCJK(rest)
	}
	if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "-") {
		return false
	}
	word := nextWord(rest[1:]) // ASCII letters: folding is ASCII lower-casing
	if word == "" || len(word) > maxFacilityNoun {
		return false
	}
	var buf [maxFacilityNoun]byte
	low := lexicon.AppendLower(buf[:0], word, true)
	if facilityNounSet[string(low)] {
		return true
	}
	if string(low) == "and" || string(low) == "or" {
		return sharedFacility(rest[1+len(word):])
	}
	// "a machinery trading company", "coal export firms": the trade names
	// the business, and the good only what it deals in.
	if !businessTrades[string(low)] {
		return false
	}
	rest = rest[1+len(word):]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	next := nextWord(rest[1:])
	return next != "" && len(next) <= maxFacilityNoun && businessNouns[string(lexicon.AppendLower(buf[:0], next, true))]
}

// soloFacility are facility nouns that only the word right before them
// modifies: "TV dramas" and "car keys", but "car batteries and car keys"
// still sells batteries.
var soloFacility = map[string]bool{
	"drama": true, "dramas": true, "show": true, "shows": true, "series": true, "programme": true,
	"programmes": true, "broadcast": true, "broadcasts": true, "broadcasting": true, "channel": true,
	"channels": true, "key": true, "keys": true, "fob": true, "fobs": true,
}

// sharedFacility reports whether rest, the text after "and" or "or" that
// follows a good, is one to three modifiers and a facility noun that the
// good shares: "larch and Korean pine forests", "coal and iron ore mines".
// A verb or function word on the way ends the reading ("rice and bought
// farm tools").
func sharedFacility(rest string) bool {
	var buf [maxFacilityNoun]byte
	for range 3 {
		if !strings.HasPrefix(rest, " ") {
			return false
		}
		w := nextHyphenWord(rest[1:]) // "scrap and non-ferrous metals dealers"
		if w == "" || len(w) > maxFacilityNoun {
			return false
		}
		low := lexicon.AppendLower(buf[:0], w, true)
		if tokenFlags(low)&(fStop|fDet|fTrade|fPassive|fPrice|fBe) != 0 {
			return false
		}
		rest = rest[1+len(w):]
		if facilityNounSet[string(low)] && !soloFacility[string(low)] {
			// The facility noun ends the phrase: "fishing hooks" and "crop
			// sprayers" are goods.
			if !strings.HasPrefix(rest, " ") {
				return true
			}
			n := nextWord(rest[1:])
			if n == "" || len(n) > maxFacilityNoun || tokenFlags(lexicon.AppendLower(buf[:0], n, true))&(fStop|fDet) != 0 {
				return true
			}
		}
	}
	return false
}

// businessTrades between a good and a business noun name the business's
// trade: "machinery trading company", "seafood export firms".
var businessTrades = map[string]bool{
	"trading": true, "trade": true, "import": true, "export": true, "importing": true, "exporting": true,
	"processing": true, "wholesale": true,
}

// businessNouns end a business's name after its trade.
var businessNouns = map[string]bool{
	"company": true, "companies": true, "firm": true, "firms": true, "house": true, "houses": true,
	"business": true, "businesses": true, "corporation": true, "enterprise": true, "enterprises": true,
	"agency": true, "bureau": true, "office": true, "network": true, "networks": true, "group": true,
	// Those who work in it: "seafood processing workers".
	"worker": true, "workers": true, "employees": true, "staff": true,
}

// companySuffixes after a good named with a make ("Huaxin Machinery Co.")
// make the phrase a company's name.
var companySuffixes = map[string]bool{
	"Co": true, "Corp": true, "Corporation": true, "Company": true, "Ltd": true, "Limited": true,
	"Inc": true, "Group": true, "LLC": true, "GmbH": true, "Trading": true, "Industries": true,
}

// companyAfter reports whether a company suffix follows the mention that
// ends at end.
func companyAfter(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	return companySuffixes[nextWord(text[end+1:])]
}

// verbReadings are texts of hyphenated lexicon forms that, written with a
// space, are a verb phrase: "shells make up half of the ammunition" names
// no make-up.
var verbReadings = map[string]bool{"make up": true, "Make up": true}

// compositionForms are lexicon forms that, before "of", name what
// something is made of: "the chemical make-up of imported metals" names no
// cosmetics.
var compositionForms = map[string]bool{"make-up": true, "makeup": true, "Make-up": true, "Makeup": true}

// compositionReading reports whether the Latin mention text[start:end] is
// a composition form followed by "of".
func compositionReading(text string, start, end int) bool {
	return strings.HasPrefix(text[end:], " of ") && compositionForms[text[start:end]]
}

// machineFuels after a machine's name make it what the fuel is for:
// "generator fuel", 발전기 연료 "fuel for generators".
var machineFuels = []string{" fuel", " fuels", "연료", " 연료", "용 연료", "용 기름"}

// fuelFor reports whether the mention that ends at end names the machine a
// fuel right after it serves: the fuel, not the machine, is spoken of.
func fuelFor(text string, end int) bool {
	rest := text[end:]
	for _, f := range machineFuels {
		if strings.HasPrefix(rest, f) {
			tail := rest[len(f):]
			if tail == "" || f[len(f)-1] >= utf8.RuneSelf {
				return true
			}
			return !isASCIILetter(tail[0])
		}
	}
	return false
}

// facilityNounSet is facilityNouns as a set.
var facilityNounSet = func() map[string]bool {
	m := make(map[string]bool, len(facilityNouns))
	for _, n := range facilityNouns {
		if len(n) > maxFacilityNoun {
			panic("goods: facility noun " + n + " is longer than maxFacilityNoun")
		}
		m[n] = true
	}
	return m
}()

// maxFacilityNoun bounds the length of facilityNouns.
const maxFacilityNoun = 16

// materialClasses are the classes whose goods are also the stuff other
// things are made of: "cloth bags", "a steel Omega".
var materialClasses = map[string]bool{"textiles": true, "metals": true}

// containerNouns after a material's name make it the stuff of the
// packaging, not the cargo: "cloth bags", "steel drums".
var containerNouns = map[string]bool{
	"bag": true, "bags": true, "sack": true, "sacks": true, "drum": true, "drums": true,
	"box": true, "boxes": true, "crate": true, "crates": true, "case": true, "cases": true,
	"container": true, "containers": true, "wrapping": true, "wrappers": true, "covers": true,
}

// materialModifier reports whether the lower-case Latin mention of a
// material that ends at end only says what something else is made of: a
// container noun follows ("cloth bags") or a capitalised make or model
// ("a steel Omega Seamaster").
func materialModifier(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	word := nextWord(text[end+1:])
	if word == "" || len(word) > maxFacilityNoun {
		return false
	}
	if 'A' <= word[0] && word[0] <= 'Z' {
		return true
	}
	return containerNouns[word]
}

// containerAfter reports whether a container noun follows the Latin
// mention that ends at end: the good then says what the container is for
// ("empty fish boxes", "meth hidden in rice sacks"), not what is traded.
func containerAfter(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	switch nextWord(text[end+1:]) {
	case "bag", "bags", "sack", "sacks", "box", "boxes", "crate", "crates", "carton", "cartons",
		"container", "containers", "drum", "drums":
		return true
	}
	return false
}

// nextWord is the run of ASCII letters at the start of s.
func nextWord(s string) string {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return s[:i]
}

// nextHyphenWord is the word of ASCII letters at the start of s, with the
// hyphens that join letters inside it: "non-ferrous", "cold-rolled".
func nextHyphenWord(s string) string {
	i := len(nextWord(s))
	for i > 0 && i+1 < len(s) && s[i] == '-' && isASCIILetter(s[i+1]) {
		i += 1 + len(nextWord(s[i+1:]))
	}
	return s[:i]
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// carrierPeople are the names of those who carry goods, cut from the words
// before a conveyance in traded: "Chinese buyers wait with refrigerated
// trucks" buys no truck.
var carrierPeople = strings.NewReplacer("smuggler", "", "Smuggler", "", "trader", "", "Trader", "", "buyer", "", "Buyer", "")

// commandOrders cut "ordered that" and its forms from the words before a
// good in traded: an order that something be done buys nothing.
var commandOrders = strings.NewReplacer("ordered that", "", "Ordered that", "", "orders that", "", "order that", "")

// coordinatedVerbs are sale verbs that, after "and" and before an object
// of their own, start a second verb phrase: in "use them to run their own
// boats and sell the surplus" the surplus is sold, not the boats.
var coordinatedVerbs = map[string]bool{
	"sell": true, "sells": true, "sold": true, "selling": true, "export": true, "exports": true,
	"exported": true, "exporting": true, "import": true, "imports": true, "imported": true, "importing": true,
}

// coordinatedVerbObjects open the object of such a second verb phrase.
var coordinatedVerbObjects = map[string]bool{
	"the": true, "their": true, "its": true, "his": true, "her": true, "them": true, "it": true,
	"what": true, "some": true, "any": true,
}

// coordinatedVerbAfter reports whether after, the words after a good, is
// "and" with a sale verb that has an object of its own ("boats and sell the
// surplus"); the sale is then not the good's.
func coordinatedVerbAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, " and ")
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	return len(f) >= 2 && coordinatedVerbs[strings.ToLower(f[0])] && coordinatedVerbObjects[strings.ToLower(f[1])]
}

// traded reports whether the words around the mention text[start:end] show
// that it is bought, sold, moved as cargo or banned as a good.
func traded(text string, start, end int, c *lexicon.Commodity) bool {
	// Aircraft, drones above all, are shipped as arms are; nothing ships by drone.
	arms, conveyance := c.Class == "weapons" || c.Class == "aircraft", conveyanceClasses[c.Class]
	lo := max(0, start-tradeBeforeBytes)
	before := text[lo:start]
	if i := strings.LastIndexAny(before, ".!?;\n"); i >= 0 {
		before = before[i+1:]
	}
	hi := min(len(text), end+tradeAfterBytes)
	after := text[end:hi]
	if i := strings.IndexAny(after, ".!?;\n"); i >= 0 {
		after = after[:i]
	}
	// "sixteen trucks' worth of steel pipes": the conveyance measures.
	if conveyance && measureWorth(after) {
		return false
	}
	// 어선에서 사들인 명태, 어선에 넘긴다: goods come from or go to the boat.
	if conveyance && koreanPlaceParticle(text[end:]) {
		return false
	}
	// "the boats brought back crab": a conveyance that carries is no cargo;
	// "trucks them to Tumen" is the verb.
	if conveyance && (carrierAfter(after) || objectPronounAfter(after)) {
		return false
	}
	// Smugglers and traders carry goods by boat and truck: their name is no
	// cue that the boat or truck is the good, nor is a smuggling boat one.
	before = carrierPeople.Replace(before)
	if conveyance && gerundModifier(text, start) && hasSuffixFold(before, "smuggling ") {
		before = before[:len(before)-len("smuggling ")]
	}
	// "ordered that the warship be restored" is a command, no purchase.
	before = commandOrders.Replace(before)
	if conveyance && (containsAnyFold(before, conveyancesAt) || destinationBefore(before)) {
		return false
	}
	// A vessel "banned from" ports is kept out, not traded.
	if conveyance && containsAnyFold(text[end:min(len(text), end+48)], []string{"banned from", "barred from"}) {
		return false
	}
	if containsStemFold(before, tradeBefore) || (!coordinatedVerbAfter(after) && containsAnyFold(after, tradeAfter)) {
		return true
	}
	if conveyance && !ofBefore(text, start) && pricedAfter(text, end) {
		return true // "a Chinese bicycle is 420,000 won", not "the tyre of the bicycle is 35 yuan"
	}
	if conveyance && (containsStemFold(before, vehicleTradeBefore) || containsStemFold(text[start:end], vehicleTradeBefore)) {
		return true // "new trucks", and "luxury cars" by their own name
	}
	if arms && (containsAnyFold(before, armsTradeBefore) || containsAnyFold(after, armsTradeAfter)) {
		return true
	}
	// "used trucks" are traded; "used boats to cross" are not.
	return conveyance && containsAnyFold(before, []string{"used "}) && !verbObject(after)
}

// koreanPlaceParticle reports whether rest, the text right after a Hangul
// conveyance, opens with 에서 or 에, which make it the place goods come
// from or go to, not a ware; 에 대한 제재 "sanctions on" is left out.
func koreanPlaceParticle(rest string) bool {
	if !strings.HasPrefix(rest, "에") {
		return false
	}
	rest = rest[len("에"):]
	return strings.HasPrefix(rest, "서") || (strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, " 대한") && !strings.HasPrefix(rest, " 대해")) ||
		strings.HasPrefix(rest, "게 ")
}

// pricedAfter reports whether the words after the mention that ends at end
// give its price: a form of "be" or "at", at most an approximator, and an
// amount of money ("is 420,000 won", "were about 500 dollars each", "at
// $95"), with at most "of" and a capitalised origin between ("a bicycle of
// China is 420,000 won"). A length or a time ("was 30 kilometres from the
// border", "is 20 metres long") is no price.
func pricedAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+64)]
	if i := strings.IndexAny(rest, "!?;\n"); i >= 0 {
		rest = rest[:i]
	}
	f := strings.Fields(rest)
	k := 0
	if len(f) > 2 && f[0] == "of" && f[1] != "" && f[1][0] >= 'A' && f[1][0] <= 'Z' {
		k = 2 // "of China"
	}
	// A price list sets the price off by a comma: "second-hand bicycle,
	// 150,000 won".
	if k == 0 && strings.HasPrefix(rest, ", ") {
		f[0] = "at"
	}
	if k >= len(f) || !pricedVerbs[strings.ToLower(f[k])] {
		return false
	}
	k++
	for k < len(f) && pricedApprox[strings.ToLower(f[k])] {
		k++
	}
	if k >= len(f) {
		return false
	}
	n := f[k]
	if strings.HasPrefix(n, "$") {
		return len(n) > 1 && n[1] >= '0' && n[1] <= '9'
	}
	if n[0] < '0' || n[0] > '9' {
		return false
	}
	for k++; k < len(f) && k < 5; k++ {
		w := strings.ToLower(strings.TrimRight(f[k], ".,"))
		if priceCurrencies[w] {
			return true
		}
		if w != "million" && w != "thousand" && w != "billion" {
			return false
		}
	}
	return false
}

// ofBefore reports whether "of", with at most an article after it, ends the
// text before start: the conveyance then names what another noun belongs to
// ("the tyre of the bicycle").
func ofBefore(text string, start int) bool {
	w := strings.ToLower(wordBefore(text, start))
	if w == "the" || w == "a" || w == "an" {
		start -= len(w) + 1
		w = strings.ToLower(wordBefore(text, start))
	}
	return w == "of"
}

var (
	pricedVerbs     = map[string]bool{"is": true, "are": true, "was": true, "were": true, "at": true}
	pricedApprox    = map[string]bool{"about": true, "around": true, "roughly": true, "nearly": true, "some": true, "only": true, "just": true}
	priceCurrencies = map[string]bool{
		"won": true, "yuan": true, "dollar": true, "dollars": true, "usd": true, "rmb": true, "ruble": true,
		"rubles": true, "rouble": true, "roubles": true, "euro": true, "euros": true, "yen": true,
	}
)

// gerundModifier reports whether "smuggling" right before the conveyance at
// text[start:] is a modifier that says what it is used for, not a verb
// that takes it as object: it opens its sentence or follows a determiner
// ("Smuggling boats working the mudflats", "the smuggling trucks"), unlike
// "began smuggling trucks".
func gerundModifier(text string, start int) bool {
	w := wordBefore(text, start)
	if !strings.EqualFold(w, "smuggling") {
		return false
	}
	ws := start - len(w) - 1
	return sentenceStart(text, ws) || determiners[strings.ToLower(wordBefore(text, ws))]
}

// carrierVerbs right after a conveyance, or after its auxiliary, make it
// the carrier of other goods: "the boats brought back crab", "a truck
// loaded with flour", "vessels carrying coal".
var carrierVerbs = []string{
	"carrying", "carried", "carries", "brought", "bringing", "brings", "ferried", "ferrying", "hauled",
	"hauling", "loaded with", "laden with", "packed with", "filled with", "took", "taking", "sailed",
	"sailing", "transporting", "transported",
}

// carrierAuxiliaries may come between a conveyance and its carrier verb;
// be-forms make a past participle passive.
var carrierAuxiliaries = []struct {
	word string
	be   bool
}{{"had been ", true}, {"have been ", true}, {"were ", true}, {"was ", true}, {"had ", false}, {"have ", false}, {"that ", false}, {"which ", false}}

// carrierAfter reports whether the words after a conveyance's name make it
// the carrier: a carrier verb, after at most one auxiliary. A participle
// after a be-form is the conveyance moved as cargo ("trucks were
// transported by rail"), unless a "with" follows ("were loaded with").
func carrierAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	be := false
	for _, a := range carrierAuxiliaries {
		if strings.HasPrefix(rest, a.word) {
			rest, be = rest[len(a.word):], a.be
			break
		}
	}
	for _, v := range carrierVerbs {
		if hasWordPrefixFold(rest, v) {
			participle := strings.HasSuffix(v, "ed") || v == "brought" || v == "took"
			if participle && !be && v != "took" && !strings.HasSuffix(v, " with") && passiveRoute(rest[len(v):]) {
				return false // "motorbikes brought in through Nampo" were brought
			}
			return !be || !participle || strings.HasSuffix(v, " with")
		}
	}
	return false
}

// passiveRoute reports whether the words after a past participle give only
// its route, as a reduced passive does ("motorbikes brought in through
// Nampo", "trucks transported across the river"), where an active verb
// would take its object ("boats brought back crab").
func passiveRoute(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	k := 0
	if k < len(f) && (f[k] == "in" || f[k] == "over" || f[k] == "back" || f[k] == "out") {
		k++
	}
	if k >= len(f) {
		return false
	}
	switch strings.TrimRight(f[k], ",.") {
	case "through", "via", "across", "from", "into":
		return true
	}
	return false
}

// destinations are prepositions that make a vessel or vehicle right after
// them the place or party goods go to or come from: "sold at sea to Chinese
// fishing boats", "reloaded onto other vessels", "brought in on ships"; so
// does "in" unless a trade comes before it (dealtIn).
// "for" does too unless a price or payment comes before it (paidFor): "a
// tyre for a ten-tonne truck" names the truck the tyre fits.
var destinations = map[string]bool{
	"to": true, "onto": true, "into": true, "aboard": true, "on": true, "from": true, "by": true, "via": true,
	// "buys the bales straight off the Chinese trucks": where they come from.
	"off": true,
}

// destinationBefore reports whether one of the last three words of before,
// the text up to a conveyance's name, is a destination preposition.
func destinationBefore(before string) bool {
	words := strings.Fields(before)
	limit := len(words) - 3
	listed, adjacent := false, true
	for k := len(words) - 1; k >= 0 && k >= limit; k-- {
		w := strings.ToLower(words[k])
		if adjacent && k > 0 && (w == "a" || w == "an" || w == "the" || (len(w) > 1 && words[k][0] >= 'A' && words[k][0] <= 'Z' && isLowerLatin(w))) {
			// An article or a proper adjective right before the name counts
			// for no word of the three: "delivered oil to a North Korean
			// vessel" (but "sold to North Korea 20 trucks" trades them).
			limit--
			continue
		}
		adjacent = false
		if saleGerunds[w] {
			return false // "barred from importing vehicles": the trade's object
		}
		if w == "off" && k > 0 && saleWords[strings.ToLower(words[k-1])] {
			return false // "sold off the old trucks": the trucks are sold
		}
		if destinations[w] || (w == "for" && k > 0 && !paidFor(words[k-1])) ||
			(w == "in" && (k == 0 || !dealtIn[strings.ToLower(words[k-1])]) && lowerWords(words[k+1:])) {
			return true
		}
		if (w == "and" || w == "or") && k > 0 && !listed && conveyanceWords[strings.ToLower(words[k-1])] {
			// A list of conveyances shares the preposition before the
			// first: "tyres stripped from old lorries and buses".
			limit -= 2
			listed = true
			continue
		}
		// A comma or colon ends the phrase: "Prices from Hamhung: second-hand
		// bicycle" names where the prices come from, not the bicycle.
		if w == "and" || w == "or" || strings.ContainsAny(w, ",:") {
			return false
		}
	}
	return false
}

// saleGerunds between a preposition and a conveyance take the conveyance as
// their object: "banned from importing vehicles", "profits from selling
// used trucks" trade them.
var saleGerunds = map[string]bool{
	"importing": true, "exporting": true, "selling": true, "reselling": true, "buying": true,
	"purchasing": true, "supplying": true, "procuring": true, "acquiring": true,
}

// conveyanceWords are the plain names of vehicles and vessels, which a list
// of carriers after a preposition joins: "from lorries and buses".
var conveyanceWords = map[string]bool{
	"truck": true, "trucks": true, "lorry": true, "lorries": true, "bus": true, "buses": true,
	"van": true, "vans": true, "car": true, "cars": true, "boat": true, "boats": true, "ship": true,
	"ships": true, "vessel": true, "vessels": true, "barge": true, "barges": true, "train": true,
	"trains": true, "wagon": true, "wagons": true, "tractor": true, "tractors": true,
}

// dealtIn are the words before "in" that make what follows the ware:
// "trade in used boats", "dealing in trucks"; elsewhere "in" before a
// vessel or vehicle is the carriage ("ferried across in small boats").
var dealtIn = map[string]bool{
	"trade": true, "trades": true, "traded": true, "trading": true, "deal": true, "deals": true,
	"dealing": true, "dealt": true, "dealer": true, "dealers": true, "invest": true, "invested": true,
	"investing": true, "interest": true, "smuggling": true, "traffic": true, "trafficking": true,
	// "in" as the particle of a verb of bringing: "brought in used trucks".
	"bring": true, "brings": true, "brought": true, "bringing": true, "ship": true, "ships": true,
	"shipped": true, "shipping": true, "smuggle": true, "smuggles": true, "smuggled": true,
	"fly": true, "flew": true, "flown": true, "let": true, "lets": true, "came": true, "come": true,
	"comes": true, "coming": true, "sneak": true, "sneaked": true, "snuck": true, "pour": true,
	"poured": true, "pouring": true, "roll": true, "rolled": true, "rolling": true, "sent": true,
	"order": true, "ordered": true, "buy": true, "bought": true, "sell": true, "sold": true,
	"import": true, "imported": true, "take": true, "took": true, "taken": true,
}

// lowerWords reports whether every word starts with a lower-case letter:
// "in small boats" is the carriage, "in Dandong trucks" a place.
func lowerWords(words []string) bool {
	for _, w := range words {
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			return false
		}
	}
	return true
}

// objectPronounAfter reports whether a pronoun object follows a
// conveyance's name, which is then a verb: "trucks them to Tumen", "ships
// it north".
func objectPronounAfter(after string) bool {
	for _, p := range []string{" them ", " it ", " them,", " it,", " them.", " it."} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return after == " them" || after == " it"
}

// paidFor reports whether the word before "for" makes the vehicle after it
// the thing paid for ("paid 9,000 dollars for a truck", "the price for a
// bus") rather than the user of other goods ("a tyre for a ten-tonne
// truck", "spare parts for tractors", "diesel for trucks").
func paidFor(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ",.;:"))
	if w == "" || (w[0] >= '0' && w[0] <= '9') || strings.HasPrefix(w, "$") {
		return true
	}
	return payWords[w]
}

// payWords before "for" make what follows the thing bought or sold.
var payWords = map[string]bool{
	"paid": true, "pay": true, "pays": true, "paying": true, "price": true, "prices": true,
	"sold": true, "sell": true, "sells": true, "selling": true, "bought": true, "buy": true,
	"traded": true, "exchanged": true, "swapped": true, "asked": true, "asking": true, "charged": true,
	"yuan": true, "won": true, "dollars": true, "dollar": true, "usd": true, "roubles": true,
	"rubles": true, "yen": true, "euros": true, "each": true, "apiece": true, "money": true, "cash": true,
	"orders": true, "order": true, "ordered": true, "demand": true, "market": true,
}

// verbObject reports whether the words after a mention make "used" before it
// the verb: "used boats to cross", "used trucks as cover", "used boats and
// trucks to cross".
func verbObject(after string) bool {
	for _, p := range []string{" to ", " as ", " for ", " in order"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	// A list of objects: "used boats and trucks to cross".
	if rest, ok := strings.CutPrefix(after, " and "); ok {
		if _, rest, ok = strings.Cut(rest, " "); ok {
			return verbObject(" " + rest)
		}
	}
	return false
}

// inProperName reports whether the Latin mention text[start:end], by a form
// the lexicon writes in lower case, is part of a capitalised name in the
// middle of a sentence: "the Sea Cucumber Cooperative", "Korea Coal
// Development Company", "Rice Trading Bureau".
func inProperName(text string, start, end int, form string) bool {
	if hasUpperASCII(form) || text[start] < 'A' || text[start] > 'Z' || sentenceStart(text, start) {
		return false
	}
	if end+1 < len(text) && text[end] == ' ' && 'A' <= text[end+1] && text[end+1] <= 'Z' {
		return true
	}
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	ws := start - 1
	for ws > 0 && isASCIILetter(text[ws-1]) {
		ws--
	}
	prev := text[ws : start-1]
	return len(prev) > 1 && prev[0] >= 'A' && prev[0] <= 'Z' && !notBrands[prev] && !sentenceStart(text, ws)
}

// adjectiveEnds are the endings of the second half of a compound adjective
// whose first half is a good's name: "copper-coloured", "coal-fired",
// "oil-rich", "rice-growing", "gold-plated".
var adjectiveEnds = []string{"ed", "ing", "like", "rich", "free", "poor", "based", "hungry", "starved"}

// cargoAdjectives are the compound adjectives that do make the good cargo:
// "coal-laden ships", "oil-smuggling networks".
var cargoAdjectives = []string{"laden", "loaded", "carrying", "smuggling", "trading", "exporting", "importing", "selling", "filled", "packed", "related"}

// compoundAdjective reports whether a hyphen and an adjective ending follow
// the mention that ends at end.
func compoundAdjective(text string, end int) bool {
	if end+1 >= len(text) || text[end] != '-' {
		return false
	}
	word := strings.ToLower(nextWord(text[end+1:]))
	if word == "" {
		return false
	}
	for _, c := range cargoAdjectives {
		if word == c {
			return false
		}
	}
	for _, e := range adjectiveEnds {
		if strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}

// containsAnyFold reports whether s contains one of the stems, ignoring the
// case of ASCII letters. The windows are a few dozen bytes, so a lowered copy
// is cheap.
func containsAnyFold(s string, stems []string) bool {
	if s == "" {
		return false
	}
	low := strings.ToLower(s)
	for _, st := range stems {
		if strings.Contains(low, st) {
			return true
		}
	}
	return false
}

// containsStemFold is containsAnyFold for stems that open a word: a Latin
// stem counts only at the start of a word or after "re" ("resold"), and
// a whole stem (wholeStems) only as a whole word, so that "soldiers" sells
// nothing and "urban" bans nothing.
func containsStemFold(s string, stems []string) bool { return stemsIn(s, stems, true) }

// stemsIn reports whether one of the lower-case stems opens a word of s,
// ignoring ASCII case, or, with re, follows a word's "re" ("resold"). A
// whole stem (wholeStems) must end its word too ("soldiers" sells
// nothing); "ship" is not in "shipyard", a place; "new " does not count
// where a capitalised name follows a capitalised "New" ("NEW YORK, March
// 20", "New Delhi"), a place and no state of the goods.
func stemsIn(s string, stems []string, re bool) bool {
	if s == "" {
		return false
	}
	var buf [64]byte
	low := appendLowerLatin(buf[:0], s)
	for _, st := range stems {
		for off := 0; off < len(low); {
			i := bytes.Index(low[off:], []byte(st))
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			if isASCIILetter(st[0]) && i > 0 && isASCIILetter(low[i-1]) &&
				!(re && i >= 2 && low[i-2] == 'r' && low[i-1] == 'e' && (i == 2 || !isASCIILetter(low[i-3]))) {
				continue // inside a word: "urban"
			}
			if e := i + len(st); wholeStems[st] && e < len(low) && isASCIILetter(low[e]) {
				continue // "soldiers"
			}
			if st == "ship" && bytes.HasPrefix(low[i:], []byte("shipyard")) {
				continue
			}
			if st == "new " && s[i] == 'N' && properAfter(s[i+len(st):]) {
				continue // "NEW YORK", "New Delhi"
			}
			return true
		}
	}
	return false
}

// properAfter reports whether s opens with a capitalised word that is no
// demonym: "York", "YORK", but not "Chinese".
func properAfter(s string) bool {
	w := nextWord(s)
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(w, "ese") && !strings.HasSuffix(w, "ian") &&
		!strings.HasSuffix(w, "ean") && !strings.HasSuffix(w, "can") && !strings.HasSuffix(w, "ish")
}

// headOf is the last word of a Latin mention, lower-cased and without a
// regular plural ending, and whether the mention is a single word.
func headOf(s string) (head string, single bool) {
	i := lastSep(s)
	return singular(lowerASCII(s[i+1:])), i < 0
}

// lastSep is the index of the last space or hyphen of s, or -1.
func lastSep(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' || s[i] == '-' {
			return i
		}
	}
	return -1
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with p, without
// lowering s while it is ASCII: at the first other byte it lowers s after
// all (İ and the Kelvin sign lower to ASCII letters).
func hasLowerPrefix(s, p string) bool {
	for i := 0; i < len(p); i++ {
		if i == len(s) {
			return false
		}
		c := s[i]
		if c >= 0x80 {
			return strings.HasPrefix(strings.ToLower(s), p)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases the ASCII letters of s, copying only when needed.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// firstOf is the first word of a Latin mention, lower-cased.
func firstOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '-' {
			s = s[:i]
			break
		}
	}
	return lowerASCII(s)
}

// definiteBefore reports whether "the " precedes text[start:], directly or
// before one lower-case word ("the collected copper").
func definiteBefore(text string, start int) bool {
	if start >= 4 && strings.EqualFold(text[start-4:start], "the ") {
		return true
	}
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	j := start - 1
	for j > 0 && 'a' <= text[j-1] && text[j-1] <= 'z' {
		j--
	}
	return j < start-1 && j >= 4 && strings.EqualFold(text[j-4:j], "the ")
}
