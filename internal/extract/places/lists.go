package places

// stopword holds lower-cased words that some gazetteer entry carries as a
// name but that, alone and capitalised, are far more often ordinary words,
// headings or parts of personal names in reports on North Korea.
var stopword = setOf(
	// months and days
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	// common words that name places somewhere
	"most", "read", "many", "more", "mobile", "reading", "nice", "bath", "split", "deal", "orange",
	"independence", "liberty", "commerce", "trade", "industry", "progress", "enterprise", "hope",
	"paradise", "concord", "freedom", "unity", "peace", "harmony", "victory", "university", "normal",
	"federal", "mission", "central", "eastern", "western", "northern", "southern", "east", "west",
	"north", "south", "northeast", "northwest", "southeast", "southwest", "centre", "center", "capital", "victoria", "union", "republic", "people",
	"police", "state", "security", "ministry", "party", "border", "media", "source", "sources",
	"said", "after", "before", "since", "while", "during", "despite", "also", "this", "that", "these",
	"those", "there", "here", "some", "several", "other", "another", "such", "only", "even", "still",
	"however", "although", "though", "meanwhile", "daily", "news", "times", "post", "herald",
	"home", "world", "national", "international", "global", "general", "marshal", "premier", "tours",
	"leader", "chairman", "president", "supreme", "liberation", "socialist", "communist", "workers",
	"democratic", "kingdom", "empire", "ocean", "sea", "bay", "gulf", "lake", "mount", "island",
	"islands", "asia", "europe", "africa", "america", "americas", "pacific", "atlantic", "arctic",
	"korea", "koryo", "sun", "star", "moon", "gold", "silver", "iron", "coal", "salt", "rice", "corn",
	"glasses", "camera", "cameras", "market", "markets", "customs", "station", "port", "bridge", "store", "stores", "shop",
	"river", "city", "province", "county", "district", "region", "zone", "village", "town",
	// parts of Korean and Chinese personal names
	"kim", "lee", "park", "choe", "choi", "jang", "jong", "un", "il", "sung", "yo", "chol", "ho",
	"song", "han", "kang", "ri", "pak", "paek", "yang", "wang", "li", "zhang", "chang", "jin",
	"long", "lin", "an", "hyon", "hyun", "nam", "chun", "young", "soo", "min", "hong", "ju", "su",
	"xi", "hu", "mao", "deng", "putin", "trump", "moon", "yoon", "lim", "chung",
	// Russian towns named after people, and words, that rarely mean the town
	"gagarin", "pushkin", "chekhov", "lermontov", "suvorov", "lomonosov", "kurchatov", "kropotkin",
	"marks", "tara", "asha", "zima", "adler",
	// Russian words that name villages but mostly brand firms: "Vostok" is "east"
	"vostok", "zarya", "rassvet", "progress", "druzhba",
)

// waterWord holds the words that make a name before them ("East China
// Sea") or after "of" ("Sea of Japan") name open water, which has no
// country and is no place here.
var waterWord = setOf("sea", "seas", "strait", "straits", "gulf", "bay", "ocean", "channel")

// notOrigin holds words after a demonym that make it describe people,
// money or institutions rather than where goods come from.
var notOrigin = setOf(
	"trader", "traders", "authorities", "authority", "official", "officials", "people", "person",
	"smuggler", "smugglers", "worker", "workers", "side", "government", "police", "guard", "guards",
	"border", "businessman", "businessmen", "business", "businesses", "company", "companies",
	"firm", "firms", "national", "nationals", "citizen", "citizens", "resident", "residents",
	"defector", "defectors", "soldier", "soldiers", "military", "army", "navy", "state", "security",
	"media", "source", "sources", "leader", "leaders", "yuan", "won", "ruble", "rubles", "rouble",
	"roubles", "yen", "dollar", "dollars", "currency", "language", "man", "woman", "men", "women",
	"counterpart", "counterparts", "partner", "partners", "buyer", "buyers", "seller", "sellers",
	"merchant", "merchants", "broker", "brokers", "dealer", "dealers", "customs", "vessel",
	"vessels", "ship", "ships", "boat", "boats", "crew", "crews", "fishermen", "embassy",
	"consulate", "ministry", "regime", "economy", "market", "markets", "territory", "waters",
	"version", "characters", "name", "names", "and", "or", "to", "in", "of", "at", "on", "by",
	"for", "from", "with", "as", "is", "are", "was", "were", "has", "have", "had", "who", "that",
	"which", "counterfeits", "investors", "investor", "tourists", "tourist", "students",
	"student", "visitors", "agents", "agent", "spies", "police", "courts", "court", "law", "laws",
	"sanctions", "policy", "officials", "individuals", "entities", "entity", "nationality",
	"descent", "origin", "society", "culture", "history", "war", "troops", "forces", "province",
	"provinces", "city", "cities", "border", "side", "capital", "president", "leader",
	// culture: "South Korean dramas" says what is watched, not where goods come from
	"drama", "dramas", "film", "films", "movie", "movies", "song", "songs", "music", "video", "videos",
	"show", "shows", "series", "broadcasts", "broadcasting", "radio", "television", "tv", "pop",
	// more people and bodies
	"patrol", "patrols", "warship", "warships", "coast", "marines", "intelligence", "spy",
	"lawmaker", "lawmakers", "prosecutors", "officer", "officers", "diplomat", "diplomats",
	"delegation", "team", "experts", "analysts", "researchers", "journalists", "reporters",
	"press", "agency", "agencies", "counterpart", "side's", "flag", "engineer", "engineers",
	"technician", "technicians", "expert", "specialist", "specialists", "scientist", "scientists",
	"doctor", "doctors", "instructor", "instructors", "adviser", "advisers", "advisor", "advisors",
	"group", "groups", "outlet", "outlets", "newspaper", "newspapers", "broadcaster", "watchdog",
	// owners, operators and travellers: "the ship's Taiwanese operator", "Russian holidaymakers"
	"owner", "owners", "shipowner", "shipowners", "operator", "operators", "captain", "captains",
	"sailor", "sailors", "seamen", "passenger", "passengers", "holidaymakers", "vacationers",
	"travellers", "travelers", "tour", "tours", "banker", "bankers", "bank", "banks", "manager",
	"managers", "executive", "executives", "director", "directors", "runner", "runners",
	"athlete", "athletes",
	// traders by role and the law's reach: "a South Korean importer", "outside South Korean jurisdiction"
	"importer", "importers", "exporter", "exporters", "wholesaler", "wholesalers", "retailer",
	"retailers", "supplier", "suppliers", "distributor", "distributors", "shipper", "shippers",
	"jurisdiction", "legislation", "regulations", "rules",
	// places: "the Russian port of Nakhodka" says where a port is, not where goods come from;
	// a plural ("into South Korean ports") still names the country as where goods go
	"port", "town", "village", "region", "island", "harbour", "harbor",
)

// connectorWord holds the words of notOrigin that, second after a demonym,
// end the goods' noun phrase rather than name a body: "Chinese flour and
// sugar", "Russian coal to Rajin".
var connectorWord = setOf(
	"and", "or", "to", "in", "of", "at", "on", "by", "for", "from", "with", "as", "is", "are", "was",
	"were", "has", "have", "had", "who", "that", "which",
)

// brands holds product brands spelt like a place far from the focus
// (car makers, liquor, cigarettes, electronics, watches, fashion), and a
// few makers whose model names are place names ("Hyundai Tucson"). Alone
// they name the product; see brandAsPlace for the cues that make them
// places.
var brands = setOf(
	// cars
	"toyota", "mercedes", "lincoln", "cadillac", "jeep", "dodge", "chevrolet", "buick", "lexus",
	"hyundai", "kia", "nissan", "honda", "mazda", "mitsubishi", "subaru", "volkswagen", "bmw", "audi",
	"volvo", "lada", "geely", "chery", "byd", "bentley", "maybach",
	// liquor and cigarettes
	"moutai", "maotai", "kweichow", "tsingtao", "hennessy", "martell", "marlboro", "dunhill", "kent", "winston", "chesterfield",
	// electronics, watches and fashion
	// medicines named after a place: "Lianhua Qingwen" capsules
	"lianhua",
	"vivo", "oppo", "omega", "rolex", "longines", "tissot", "cartier", "chanel", "dior", "gucci",
)

// productNoun holds nouns that, after a brand, show it names the product:
// "Toyota cars", "in Marlboro cigarettes".
var productNoun = setOf(
	"car", "cars", "suv", "suvs", "sedan", "sedans", "saloon", "saloons", "truck", "trucks",
	"vehicle", "vehicles", "model", "models", "brand", "brands", "dealer", "dealers", "dealership",
	"cigarette", "cigarettes", "liquor", "baijiu", "cognac", "whisky", "whiskey", "bottle", "bottles",
	"watch", "watches", "phone", "phones", "smartphone", "smartphones", "handset", "handsets", "bag", "bags",
)

// orgHead holds the head words of organisations' and institutions' names;
// a far place inside such a name ("International Maritime Organization",
// "Tokyo University") is no place of the report.
var orgHead = setOf(
	"organization", "organisation", "organizations", "agency", "association", "bank", "council",
	"committee", "university", "college", "institute", "academy", "airlines", "airways",
	"corporation", "commission", "federation", "foundation", "society", "fund", "forum",
	"police", "power", "force", "forces",
	// courts and prosecutors: "Incheon District Court", "Seoul Central District Prosecutors' Office"
	"court", "prosecutors", "prosecutor",
	// companies: "Sakura Global Trading", "Osaka Shipping"
	"trading", "holdings", "shipping", "logistics", "industries", "enterprises", "travel",
)

// companyHead holds the heads that end a company's name: legal forms and
// trade words (see inCompanyName).
var companyHead = setOf(
	"trading", "company", "corporation", "corp", "co", "ltd", "limited", "llc", "inc", "group",
	"enterprise", "enterprises", "holdings", "shipping", "logistics", "metals",
)

// leaderSurname holds the surnames of leaders whose given names are also
// places' names ("Vladimir", "Donald"); see beforeLeaderSurname.
var leaderSurname = setOf(
	"putin", "medvedev", "lavrov", "shoigu", "belousov", "mishustin", "peskov", "zakharova",
	"kozhemyako", "trump", "biden", "obama", "rubio", "blinken", "zelensky", "zelenskyy",
)

// troupeHead holds the head words of troupes' names, which take a place's
// name even in North Korea ("Samjiyon Orchestra", "Moranbong Band").
var troupeHead = setOf("orchestra", "troupe", "ensemble", "choir", "band", "chorus")

// riverVerb holds the words that, before "the <name>", make the name a
// river's: "over the Tumen", "crossed the Tumen".
var riverVerb = setOf(
	"over", "across", "along", "cross", "crossed", "crosses", "crossing", "upstream", "downstream",
	"ford", "forded", "swim", "swam", "wade", "waded", "beside",
)

// courtHead holds the heads of the names of courts and prosecutors'
// offices (see inCourtName).
var courtHead = setOf("court", "procuratorate", "prosecutors", "prosecutor")

// orgConnector holds the lower-case words inside organisations' names.
var orgConnector = setOf("of", "for", "and", "the", "on", "de")

// titleWord holds capitalised words that come before a place's name
// without making it a person's surname: "Greater Tokyo", "Port Said".
var titleWord = setOf(
	"greater", "downtown", "metropolitan", "old", "new", "upper", "lower", "inner", "outer", "port",
	"fort", "mount", "lake", "saint", "st", "san", "santa", "via", "from", "to", "in", "at",
)

// packageNoun holds the packs goods are sold in; "a carton of <name>"
// names a brand, even one spelt like a near place ("Chunghwa").
var packageNoun = setOf(
	"carton", "cartons", "pack", "packs", "packet", "packets", "bottle", "bottles", "can", "cans",
	"box", "boxes", "case", "cases", "crate", "crates", "jar", "jars", "tin", "tins", "sachet", "sachets",
)

// orgLevel holds the lower-case level adjectives that, before a lower-case
// head word, make a place's name part of a body's: "Hyogo prefectural
// police", "Osaka municipal government".
var orgLevel = setOf("prefectural", "provincial", "municipal", "metropolitan")

// blocked lists titles that begin with a place name but name no place.
var blocked = [][]string{
	{"china", "daily"}, {"korea", "herald"}, {"korea", "times"}, {"korea", "joongang", "daily"},
	{"japan", "times"}, {"new", "york", "times"}, {"washington", "post"}, {"south", "china", "morning", "post"},
	{"voice", "of", "america"}, {"daily", "nk"}, {"north", "korea", "tech"}, {"china", "central", "television"},
}

// blockedFirst indexes blocked by first word.
var blockedFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range blocked {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// blockedFirstLens[c] has bit n set when a first word of blocked has n
// bytes and starts with byte c (bit 63 stands for 63 bytes or more): a
// cheap test before the map lookup, as most tokens start no blocked phrase.
var blockedFirstLens = func() (t [256]uint64) {
	for w := range blockedFirst {
		t[w[0]] |= 1 << min(len(w), 63)
	}
	return t
}()

// mayStartBlocked reports whether key could be a key of blockedFirst;
// false is certain.
func mayStartBlocked(key []byte) bool {
	return len(key) > 0 && blockedFirstLens[key[0]]&(1<<min(len(key), 63)) != 0
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// vesselWord holds the nouns that put a ship's name, often a place's,
// right after them: "the corvette Cheonan", "the tanker Rajin".
var vesselWord = setOf(
	"corvette", "frigate", "destroyer", "warship", "submarine", "tanker", "freighter", "vessel",
	"ship", "ferry", "trawler", "cruiser", "carrier", "bulker", "steamer", "liner", "yacht",
)

// riverNext holds the words after "the <name>" that leave the name a
// river's: prepositions, conjunctions and the river's own features.
var riverNext = setOf(
	"at", "into", "near", "to", "from", "on", "between", "by", "and", "or", "where", "which", "that",
	"in", "with", "for", "as", "is", "was", "when", "while", "bridge", "bridges", "bank", "banks",
	"estuary", "valley", "basin", "river", "itself", "again",
)

// personTitle holds the titles and offices written before a person's full
// name; a place-named word between one and a capitalised word is a given
// name ("President Vladimir Putin").
var personTitle = setOf(
	"president", "minister", "premier", "chairman", "chairwoman", "leader", "governor", "ambassador",
	"envoy", "general", "secretary", "spokesman", "spokeswoman", "mayor", "senator", "mr", "mrs", "ms", "dr",
)

// wordAfter maps a Hangul place name to the endings that make it another
// word: 삼합회 "triad" (삼합 is Sanhe), 인도주의 "humanitarianism".
var wordAfter = map[string][]string{
	"조선": {"족"}, // 조선족, ethnic Koreans of China
	"삼합": {"회"},
	"원산": {"지"}, // 원산지, "place of origin"
	"인도": {"주의"},
}
