//go:generate go run ./testdata/tools/trainlegs -root ../../../testdata -out legmodel.json

// Package events turns the mentions that extraction part 1 finds (places,
// organisations, goods, prices, quantities, dates) into what a report says
// happened: trade events, ordered routes, directed route legs, who says so,
// how hedged, and how much to trust it.
//
// It is rule-based and favours precision over recall: a leg the text does not
// support is worse than a missed one. Assemble splits the clean text into
// sentences, indexes every mention by sentence, and reads each sentence once
// through small English and Korean lexicons (trigger verbs, hedges, negation,
// speech verbs, actor nouns, route prepositions and postpositions). Time is
// linear in the text plus the mentions, and the output is capped (MaxEvents,
// MaxLegs, MaxRoute).
//
// # Events
//
// A sentence yields an event when it has a trade trigger and names a good,
// directly or through an anaphor ("the shipment", "the goods", "they", "이를",
// "물건", "the <head noun of the last good>") that refers to the good of one of
// the previous three sentences. Suspensions and resumptions also count without
// a good when the sentence names trade at a border, customs post, bridge or
// port. When a sentence has several triggers the type is, in order of
// precedence: seizure, suspension, resumption, procurement, sale, crossing,
// shipment; a non-negated trigger beats a negated one. Some words are not
// triggers where they stand: "ban" (a sanctions backdrop, not a halt of
// trade), a noun use of import, export, purchase or order after a determiner
// or possessive or before "of" ("the import of soybean oil"), a participle
// that starts a noun phrase before a good ("and imported insulin"), "paid" in
// a sentence about a bribe, fee or wages, "ordered to" (an instruction), and
// the Korean 단속 (a crackdown is the setting, not a seizure of goods). A
// purchase whose buyer is foreign ("Chinese dealers buy Rason crab") is North
// Korea's sale. A plan cue (plan, will, intend, prepare, 계획, 예정) together with
// a trade trigger makes a plan. Sentences that state a general pattern
// ("most", "typically", "usually", 대부분, 주로), a rule of the trade ("may only",
// "must", "allowed to", "not permitted", 허용하고, 제한하고; not "must have") or a
// habit of the past ("used to go", "before sanctions", 예전에는; not "used to
// make") yield only price reports (sale events) and general legs; "most" or
// 대부분 alone, about goods named before through an anaphor ("most of them came
// from Dandong"), is no pattern. A Korean seizure stem before 된 describes
// goods (압수된 물건, "the seized goods") and is no trigger, and Korean stems that
// also end nouns (주로, 사들, 보통) count only at the start of a word: 신의주로 is "to
// Sinuiju", 회사들 "companies". A sentence that lists several goods yields one
// event, named after the first: the goods of a list move, sell or are seized
// together. Events of the same type, good (or goods whose HS codes are equal
// or one inside the other, "coal" and "anthracite coal"; a two-digit chapter
// is too broad to tell), negation and generality merge (evidence, hedges and
// missing fields accumulate) unless a price, quantity or party conflicts; a
// crossing and a shipment of the same good are one movement and merge into a
// shipment. Quantity and price come from the sentence (the mention nearest the
// good), else from the sentence just before if it names the same good, states
// no general pattern and has the same or no trigger; plans and negated events
// never borrow them. When is the first date in the event's sentences; a
// procurement without one takes the document's main date (the date mentioned
// most often, the earliest on a tie).
//
// Parties: a North Korean state organ that orders or asks for goods, or goods
// bought "for" or "on behalf of" it, is the end user; the subject of a
// purchase is the buyer, of a sale the seller, of a shipment or crossing the
// intermediary; "from X" in a purchase is the seller. A bare "the traders"
// takes the fullest earlier form ("North Korean traders").
//
// Channel: ship-to-ship transfer (ship-to-ship, STS, 환적) before smuggling
// (smuggle, unofficial, illicit, illegal, contraband, 밀수, 비공식) before
// official trade (official trade, officially, formal trade, through customs).
// Smuggling is "state smuggling" when a North Korean state organ is named in
// the same sentence or the text says state-run/state-sponsored, otherwise
// "private smuggling". An event without a cue in its own sentences takes the
// first cue of any sentence about the same good.
//
// # Routes and legs
//
// Places fill slots by the word before them (from, leaving, left, leave; to,
// into, toward, bound for, "for" after a departure as in "left Dandong for
// Sinuiju"; via, through, across, over; in or at, which counts only for a
// purchase and not after an actor noun such as "traders in China"; "at" after
// "loaded" is an origin; "in", "at", "near" or "off" up to four words after an
// arrival verb ("arriving", "unloaded", "docked", "reappeared on October 7
// at", "dropped anchor near") or after "end up" is a destination; "to" after a
// relation word such as "belonging", "linked" or "according", "to have" and
// "from" after people ("crew members from Myanmar") are no slot, but "in"
// after an actor headed by "from" is an origin ("bought from wholesalers in
// Yanji"); "at" after a verb of crossing is the crossing point, a via ("cross
// the Tumen at Wonjong"); "the port of X" and "the Chinese port of X" take the
// slot of the phrase; a country followed by its exports or shipments, or by a
// verb of export it is the subject of, is an origin ("North Korea's exports to
// China", "North Korea had shipped containers to Russia"), and such a
// country-to-country leg stands even when the report names towns in those
// countries, unless hops between such towns carry the goods the same way;
// see below) or the Korean postposition after them (에서, 을 떠나; 로, 으로, 까지, 에 도착;
// 를 거쳐, 을 통해, 을 지나; 에 넘어), allowing an administrative suffix, a post (원정리 세관을 거쳐) or a
// market, port, station, wholesaler or firm (청진 수남시장으로, 단둥의 식품 도매상에서); "X의 상인에게 넘기고" (handed to the merchants
// of X) makes X a destination. A place right after another and joined by ", ",
// " in " or " mine in " that is a country, province or region, or contains the
// place before, is an apposition ("Hyesan, North Korea, in Ryanggang
// province", "the Musan mine in North Hamgyong Province", "Longkou of Shandong
// and Jiangsu") and takes no slot; so does a place inside an organisation's
// name. A demonym is no stop unless it names ports or waters ("into South
// Korean ports"). "Between A and B", "A와 B를 잇는" and a dash pair before a
// corridor word ("through the Tumen–Namyang crossing") are a pair of stops
// only when A and B are twin towns of the border (see below), ordered from the
// side the goods come from. Within a clause the order is origin, via,
// destination; clauses (split at before, then, after, later, ";", "from
// where", "and" before a verb of motion or "from", a comma before a verb of
// shipment or crossing, and in Korean at 뒤, 후, 다음 or a verb joined by "고, ")
// keep text order, except that a clause introduced by a mid-sentence "after"
// comes first. A place after near, outside, off, of, in or at that ends a
// short noun phrase headed by "to" or "into" in the same clause is a
// destination: "to waters near Ningbo", "to a compound outside Kanggye", "to
// buyers in Changbai" (not "calls to relatives in Seoul"). Likewise a place
// after near, outside, off, around, in or at that ends a short phrase of
// things (no people, sources or capitalised names) headed by "from" is an
// origin ("sand from the estuary near Haeju", "from a mine in Songgan
// County"), unless "to" or "into" comes before the "from" in its clause or
// the "from" is one of distance or exception ("far from", "apart from"). A
// relative clause whose verb moves goods ("barges that carry it to Ningbo")
// starts a new clause. Places inside an
// attribution ("a source in China") and demonyms of countries and regions
// never enter a route.
//
// Legs come from the sentences that state a movement: a specific, affirmed
// shipment, crossing, purchase or sale trigger, or a motion verb (went,
// sailed, arriving, flown, crossing, "end up"…), a halt or a seizure in a
// sentence that names goods or a carrier (the container, trains, motorboats,
// 화물차): goods stopped, turned back or seized on the way keep the hop they were
// making. A sentence's slot groups are its stops in the order above;
// consecutive stops join in parallel when both list the same number of places
// ("loaded at Wonsan and Nampo and taken to Kholmsk and to Nakhodka"), every
// pair when one lists one place, not at all otherwise; the destinations of one
// clause form one stop; no stop joins a later origin ("from A … from B");
// alternatives ("A or B"), rivers and the bridges or crossings between two
// towns ("the Friendship Bridge") take no part. A movement that would, could,
// might or is expected to happen, or happens "if", is none. "In" is an origin
// for a purchase, the destination of a sale after an origin in the same clause
// ("smuggled from Sanhe … sells in Hoeryong"), and an origin of a shipment
// before its verb in the same clause or in an opening clause that names a town
// ("freezes them in Rason and sends them … to Quanhe", "After drying at a
// plant in Pyongyang, the ginseng was trucked to Sinuiju", "After a stop in
// Sinuiju they continue to Pyongyang"; not "In Yanggang Province, …"). No leg
// joins a region and a place inside it, and a country is no end of a leg when
// the text names a place inside it where goods may be (not a dateline, not
// "officials in Seoul"). Rason, a special city the gazetteer files as a
// province, is a port in a route. A country before "'s" and a town ("to
// China's Dalian", "for North Korea's Rason") gives the town its slot. "The
// capital" after a route word is the capital of the country of the stop
// before it in the sentence (Pyongyang, Beijing, Seoul, Moscow, Tokyo) when
// the report names that city. "Packed in" a town is an origin like "loaded
// at", "bound for markets in" a town a destination, and "left the port of A
// for B" a departure. People "from" a country ("its crew of 19, from
// Vietnam") name no origin of goods. Trips and voyages are motion words. A leg's
// good is the one the sentence names last before the leg's destination, else
// its first.
//
// The border's twin towns. crossings.tsv lists the land crossings of the
// Yalu and the Tumen as pairs of towns facing each other (Dandong–Sinuiju,
// Ji'an–Manpo, Changbai–Hyesan, Nanping–Musan, Sanhe–Hoeryong, Tumen–
// Namyang, Quanhe–Wonjong, Khasan–Tumangang…), each side with the city it
// serves (Quanhe serves Hunchun). A twin counts only when the report names
// it outside an organisation's name. A movement of goods (or of a carrier)
// whose only stop is one side of a crossing crosses to the other side: a
// Chinese or Russian town that goods leave for North Korea ("boats leave
// from the Dandong side") or that the sentence says they cross from, or a
// lone destination there ("the products return to Changbai"); a North
// Korean crossing town when the sentence says goods cross the river, bridge
// or border ("smuggled across the river from Hyesan"). Without a named
// twin, a Chinese or Russian town crosses to the report's main North Korean
// place (the North Korean city, county or crossing named most often, at
// least twice) when goods come in or go to it, unless they are only bought
// or sold there or leave a town more than 80 km from that place. People travelling without
// goods, a sentence that leaves the other end open ("to Sinuiju or Sakju")
// and one that names another town on the same side ("Yanji wholesalers send
// them to Sanhe") cross nothing. A country that stands for a named twin
// becomes that twin ("from Musan across the Tumen to China" in a report
// that names Nanping), and a leg across the border from a crossing town to
// a town near its twin passes the twin ("across the Wonjong bridge to
// Hunchun" gives Wonjong→Quanhe→Hunchun when Quanhe is named).
//
// Rules that link sentences. A movement that starts with a lone destination
// or crossing and names no origin continues from the last stop of the
// nearest earlier specific movement of the same goods (or of goods whose HS
// codes nest, "trucks" … "the vehicles"; or of any goods when a pronoun
// comes before the sentence's first good, "carries them to Tumen, hidden
// among noodles"; or, when either
// sentence names no goods but one names a carrier, or the sentence opens
// with "there" or "from there", of whatever moved), at
// most four sentences back: "bought the glasses in Guangzhou … trucked the
// glasses to Jilin province" gives Guangzhou→Jilin; a last stop of several
// places continues from each ("taken to Kholmsk and to Nakhodka … carried
// into South Korean ports"); a list of destinations continues the same way.
// A crossing from a lone origin ("crossed the bridge from Jian") leaves the
// goods at its twin when one is named, else nowhere; a lone Korean 에서 is
// where, not whence, and leaves them nowhere. A lead that states a whole
// movement sums up the story and is not continued, unless the later
// sentence goes on from the lead's last stop ("arriving in Rason" …
// "distributes it to enterprises in Rason and Chongjin") or names where in
// the lead's destination country the goods went ("exported to China" …
// "goes to the port of Longkou" continues from the lead's origin). A
// movement that then ("then", "later", "next") starts from another town of
// the same country as the goods' last stop was carried there first
// ("unloaded at Nakhodka … then flown from Vladivostok"). A way back
// ("carried back", "returned", 돌아오는; not "in return" or "customs
// returns") reverses the leg before it in the same sentence, or, in a
// sentence with no route places, the last leg of the nearest earlier
// movement, preferring one that names the same carrier ("the trains carry
// back"); a returning carrier continues from the last stop even with other
// goods ("the returning ships bring flour to Chongjin"). Two places joined
// by a dash before a corridor word ("the Dandong–Sinuiju bridge") give a leg
// in text order in a general sentence, and in a specific one only in the
// direction the sentence says goods cross. A specific leg A→C is dropped
// when other specific legs lead from A to C through other places (a
// headline's "from Dandong to Pyongyang" beside the body's hops). A
// specific leg with a country or province end is dropped when other
// specific legs lead from its origin (or a place inside it) to a place
// inside its destination, or, for a province end, the other way: "landed
// in Shandong" beside "taken to Shidao", "Russia sent cattle to North
// Korea" beside Ussuriysk→Khasan→Tumangang→Rajin. A country's trade the
// other way ("shells to Russia" beside oil from Vostochny) stands.
//
// Further rules. A lead that names only the country the goods end in
// ("sent to China") is not continued by a body sentence whose destination
// lies outside that country ("hauls them down to Hyesan"): the body tells
// the journey from its start. "And when" or "and once" starts a clause;
// so does ", where" followed by "they" or "it" and a verb of motion
// ("trucks for Namyang, where they cross the river to Tumen"). "For" right
// after a carrier ("trucks for Namyang") is a destination. A way back
// needs goods or their carrier: "blackouts that return every winter" is
// none. A purchase or sale "in" or "at" a Chinese or Russian border town
// ("in Jian the Chinese side pays 28 yuan") crosses to no twin unless the
// sentence says goods cross the river, bridge or border. A general cue
// that opens a trailing description after a comma ("…to Kanggye, usually
// wrapped in plastic") or a duration ("for most of the voyage") makes no
// pattern. A shipment whose object is people ("sent their managers to
// Manpo") and a sentence that asks "whether" goods moved state no
// movement. Take, takes, took and taking are motion words. A dash pair
// before "flight" in a specific sentence with no cue of direction goes from
// the end the sentence already named ("sent to Beijing and carried on the
// Beijing–Pyongyang flight"). A specific country-to-country leg ("China's
// exports to North Korea") gives way to a general leg between towns inside
// those countries, the corridor the report says that trade runs through.
// Korean: 을/를 출발 is a departure, 에 들어왔/들어와 an arrival, 역 (station)
// may follow a place, and a place joined by 과, 와 or 및 to the next word
// takes that word's postposition ("평성과 순천으로").
//
// More slot and clause rules. "In" after an actor that opens the sentence
// is an origin when the actor's next verb sends goods on ("the Chinese
// merchant in Changbai is sending it to Yanji"; not one who sells there).
// "In" or "at" ending a phrase after a verb of loading is where goods start
// ("loaded onto the wagons in Mudanjiang"), not a destination. A place
// joined by " of " to a county, province or district ("Namyang of Onsong
// county") is an apposition. "The Tumen" is the river, not the town, unless
// "city", "station", "customs", "port", "market" or "county" follows. A
// clause also starts at "and" before a subject of its own and a verb of
// motion ("and it is going to", "and the soybeans are carried to"), and in
// Korean after a clause that says goods were moved or went over (옮겨져,
// 옮겨진, 넘어간). Korean 실려 (loaded onto) and 팔려 간 (sold off to) are
// motion words.
//
// Trailing clauses and stops. A plan or general cue inside a relative
// clause ("that", "which", "who", "where") that opens after the sentence's
// movement and moves nothing itself tells of that clause ("loaded onto a
// train for Pyongyang, where the ministry will hand it out"; "arriving at
// Nampo, supplying the haulers that move most goods"); "most of" a pronoun
// ("most of what they take", "most of them") is a share of goods already
// named, no pattern. After ", and" a subject of up to eight words with its
// own verb of motion starts a clause (", and the trading companies of the
// province bring it across the bridge to Namyang", ", and part of each load
// continues to Pyongsong"). A via that is a country or province holding
// another stop of the sentence ("sell them across China") is no stop. A
// province after "in" and a possessive country ("Longkou in China's
// Shandong Province") is an apposition. A country named as a destination
// after a town of another country in the same clause ("to Dandong and onto
// trains bound for North Korea") is a stop beyond that town, and a later
// sentence that names a place inside that country continues from the town.
// A lone via that the goods' specific legs already pass ("1,200 tonnes came
// through Tumangang") tells the route again and continues nothing. Drive,
// drives, driving and docked are motion words; a voyage is a carrier.
// "From" after a distance ("a few hundred kilometres from the front in
// Ukraine") opens no phrase of origin.
//
// Routes told backwards. A sentence that tells an earlier hop, by a
// pluperfect of motion ("it had been trucked up from Nampo", "the vessel
// had sailed from Longkou") or a cue of earlier time ("before that",
// "originally", "weeks earlier", "previously", 그 전에, 이에 앞서; not
// "earlier this month"), and names only origins links its origin to the
// first stop of the nearest earlier movement of the same goods (or of
// whatever moved, for a pronoun or a carrier), not to a lead that states
// a whole movement; a hop after "originally", "before that" or the like
// does not go on from the last stop told. Within a sentence a clause
// after "before that" or "before then" (", and before that …", Korean
// "…고, 그 전에는") comes first. "X, where a ship from Y unloaded them"
// brings goods from Y to X (an arrival verb in the relative clause). A
// lead that names only where goods end ("copper is reaching Hamhung") is
// not continued by a body sentence that goes elsewhere, unless that
// sentence is a way back. A sanctions backdrop ("Japan has banned all
// exports to North Korea") leaves goods nowhere to continue from.
//
// Smaller rules of this round. A procurement's "in" is an origin only when
// the sentence names no other origin ("ordered from a firm in Guangzhou by
// a company in Pyongyang" starts in Guangzhou); "bought by a wholesaler in
// Yanji" starts in Yanji. "The town across the river from Hyesan" says
// where a town lies: the "from" is no origin. "And sent" or "and brought"
// starts a clause of motion. An arrival verb reaches "at" or "in" across a
// load ("discharged about 4,000 tonnes of diesel at Nampo"). A sentence
// that names no goods, whose subject is people (tourists, workers,
// holidaymakers) and whose carriers are their means of travel ("by
// train"), moves nothing; nor does one whose every verb of motion is
// negated ("the fuel had not come from China"). An into-phrase after a
// payment ("pay 90 yuan a kilogram to the North Korean side") tells where
// money goes, not goods.
//
// Loops and a few slots. A continuation from an earlier sentence that the
// sentence at once undoes (goods "sent to Manpo" … "gathered in a Kanggye
// warehouse, then moved to Manpo") is dropped, and so is one whose goods a
// later sentence brings straight back to where it started, unless that
// sentence says they return; a crossing inferred to a twin town is none
// when the same goods already crossed the other way. A town "on the other
// side of the river from" another says where it lies. A destination phrase
// ends at "under", "during", "without" or "despite". "Sent its own
// engineers" sends people. A bridge is no end of a general corridor.
// Korean: 에 부려/부린 (unloaded at) and 에 쌓인 (piled at) are arrivals and
// end a clause, as does a quote joined to the next by "며 or "면서; a place
// before 에서 온 and people (도매상들, 상인) says who, not whence; 대부분
// right after a good of the sentence marked 은, 는 or 의 is a share of
// those goods, no pattern.
//
// Fewer demands before a leg. A carrier noun that English also uses as a
// verb (trucks, ferries, barges, rails) is a verb of carriage when an
// object pronoun or determiner follows it and no determiner or
// preposition comes before ("trucks them to Tumen"); hauls, loads,
// conveys, funnels, channels, relays, transships, airlifts and the like
// are shipment verbs (not "loads of", a quantity), and fly, flies,
// travel and offload motion words; "returning" before people ("returning
// workers") is no way back of goods. A
// movement that says goods cross the river, bridge or border ("ferried
// across the river in small boats", "carried over the frozen Yalu") but
// names no town continues from where the goods were to the twin across
// the river, unless the goods came over from that twin, the sentence
// names another town or the crossing is a habit ("every night"); so does
// a crossing told after a sentence's last stop ("trucked to Dandong,
// before being driven over the bridge"). "Reached" heading a short
// phrase is a destination like "to" ("reached wholesalers in Sariwon",
// not a price). "The capital" with no stop before it is the capital of
// the country where the goods were left. Two sentences that reach their
// goods only through anaphors ("the goods", "the cargo") tell of the same
// goods. An opening "At X" or "In X" (a town) of a movement with no other
// stop says where the goods have got to ("At Rajin station the cars were
// uncoupled"); it crosses to no twin. Where goods were made, grown or
// caught ("caught off Kimchaek", "produced at a smelter near Nampo"; not
// a province) is their start: an origin in a movement, else the place a
// later sentence continues from. A country reached by goods that a later
// sentence sends to a town inside it continues from the goods' start
// when the sentence names no town of that country ("landed in China" …
// "then taken to Shidao"). A movement told with "then", "later" or "from
// there" reaches two sentences further back for its origin. People
// carrying goods "home" take them to the town they are "from". A Korean
// place glossed in Chinese characters (통화(通化)의) keeps the postposition
// after the gloss, and 쪽, 방향 or 일대 after a place takes the particle
// after it ("무산 쪽으로"). An intention (팔 생각이었다) is a plan. "After
// which" and "after that" keep text order. A rumoured destination
// continues no journey. "Bought through" or "via" firms in a town starts
// there, like "bought from"; works (a plant, factory, mill, warehouse)
// "in" or "at" a town that open a sentence whose verb then ships goods on
// are where the goods leave ("A plant in Hunchun thaws the crabs and
// sends them on to Qingdao").
//
// Water, reach and the start of a chain. A trip by water (a boat, ship,
// barge or ferry carries the goods, or they go down or up the river:
// "motorboats run them down the Yalu to Donggang") lands where it says and
// passes no twin town on the way; a land trip across the bridge still does.
// "Reach" and "reaches" head a destination like "reached" ("the medicines
// reach Kimchaek … from Chongjin"). "Took on" (take, takes, taking, taken)
// cargo or fuel "at" a port is where the trip starts, like "loaded at"
// ("took on diesel at Vostochny"). A sentence that says where the chain,
// journey, route or trip begins or starts ("On the Chinese side, the chain
// begins in Yanji"; a town, not a province) is where a report told
// backwards goes back to: the next movement goes on from that town, not
// from the last stop told. A sentence about goods no sentence named before
// ("luxury goods continued to reach Pyongyang") does not go on from a stop
// where only a carrier of other goods was said to be ("the barges then
// unloaded at Ningbo" after coal). "River" is a cue of a crossing only as
// a word of its own ("drivers" is none) and not as the land beside it
// ("the riverside villages", "the river bank").
//
// Transfers, sides and where-clauses. A cargo moved, switched,
// transferred or transshipped onto or to a carrier (a vessel, ship, barge,
// lorry) "in" or "at" a town changed carriers there on its way: the town
// is a via, not where the trip ends ("left Bangkok … was moved onto a
// smaller vessel in the Chinese port of Yingkou" gives Bangkok→Yingkou,
// and a later "reached Nampo" goes on from Yingkou; "moved to a warehouse
// at Yingkou" is no transfer). "On the X side" right after a verb of
// motion, arrival or a participle ("stacked on the Ji'an side") is where
// the goods were put down, a destination ("traders on the Ji'an side" is
// none). A relative clause after ", where" whose subject of up to three
// words loads, ships or moves the goods on ("where Chinese buyers load
// them onto lorries bound for Tonghua") is the next hop, as "where they
// cross" is; one where people only pay or sell is not. "After" before a
// time of day ("after dark", "after midnight") is no clause told first.
// People sent to buy ("have sent their own buyers to Pyongsong to
// purchase it") move no goods, and neither do people who cross with no
// goods, pronoun or carrier named ("Two traders from Hyesan crossed the
// river to Changbai to see relatives"), for the leg scorer either;
// "lands", "moored" and "berthed" are arrival verbs.
//
// Twins named to place a town, past-tense -으며, makers and carrier
// changes in a lead. A lone Chinese or Russian destination does not come
// from its twin town when the sentence names the twin only after it and a
// comma, to say where it lies ("trucked east to Kaishantun, the Chinese
// town that faces Sambong across the Tumen"); the goods came from
// wherever they were before. In Korean a verb in the past tense joined by
// 으며 ("나진항으로 되돌아왔으며, 밀가루는 다시 기차로 청진까지") closes a hop,
// like "고, "; a quotative 라며 or a present 하며 does not. A verb of make
// ("dug", "mined", "caught") up to eight words before in, at, near or off,
// with no comma or verb of trade between, makes the place after it an
// origin ("dug and washed at a small mine near Huichon … hauled north to
// Manpo"). A lead whose last stop is a town where the cargo changed
// carriers ("a cargo that left Bangkok … was moved onto a smaller vessel
// in the Chinese port of Yingkou") tells only the start of the journey:
// the body goes on from there ("reached Nampo"), where a lead that ends
// where the goods arrived sums up the story.
//
// Ports skipped, chains told backwards, patterns and Korean endings. A
// verb of motion or carriage before "out of" leaves the place ("railed
// out of Tanchon", "slips out of Zarubino"; not "ran out of"); "slip"
// with a particle of direction is a verb of motion ("slipped across to
// Liangshui"; "slips the guards 200 yuan" is a bribe), and "rail" and
// "truck" are verbs of carriage like "trucks" ("rail the concentrate
// west to Baotou"). "At" after "over" or "across the border" is the
// crossing point, a via ("drive over the Russian border at Kraskino"); an
// "at" or "in" that opens a clause after ", and" whose verb puts the goods
// aboard or onto a carrier is where they got next ("…, and at the little
// port of Zarubino the cargo is swung aboard a trawler"); "called at" and
// "calls at" are arrivals, and a relative clause "that calls at" is the
// next hop; "stops (overnight) in" a town is a stop on the way; "until"
// and "as far as" head a destination; "destination is" names one, and
// "Their destination is Yingkou" moves whatever the sentences before
// moved; "from (the wholesale) market of Yanji" takes the slot of its
// phrase, like "the port of". People at a place (inspectors, officers,
// guards, workers) are no stop unless "from" heads them ("buy roots from
// farm workers in Kaesong"); "from buyers in Tumen" is where goods are
// sold, not whence they come; a trade verb after "than" or "instead of" is
// an alternative not taken ("better than selling to the Chinese at
// Hunchun"); a sentence that recommends or urges moves nothing; a team
// sent is people; "the Chinese side" (or Russian) paying is a foreign
// buyer, so North Korea's sale. In a subject opened by "whatever" or
// "what" ("Whatever we don't sell goes on to Pyongyang") the verb and its
// negation are the subject's: the goods named before move. An opening "On X" is where the
// goods have got to, like "At X". A destination after another in the same
// clause joined by "further", "across", "over", "beyond", "then" or "on
// to" is a stop beyond it ("to Urumqi and further east up to Dandong"),
// and two countries listed together are one list. A country crossed
// between a town of another country and what follows ("loaded in Tashkent
// and carried through Kazakhstan until the Khorgos border port") is no
// stop. "The gear" refers to goods named before, and a determiner with
// the good's own noun or a word for its kind ("the concentrate") keeps
// the good in view for anaphors after it, as its name would. A specific
// leg from Rason is a shortcut of the hops from a town inside it
// ("trucked out of Rason to Hunchun" beside Rajin→Wonjong→Quanhe→Hunchun).
// The chain's start may be a "work" or "process" that begins in a town.
// A phrase of past participles with no verb of its own that says where
// goods were bought and sent ("Hair dye, face cream, most of it bought
// wholesale in Yiwu and sent up north by rail") tells an earlier hop: its
// origin links to where the movement told before starts (even when that
// sentence names only its carriers as goods, "The boats go out from
// Donggang"), and the story goes on from there. Goods that "travel the
// same way in reverse" (or retrace their route) "as far as Dalian" go back
// along the hops told, stop by stop, to that place. A sentence that
// announces a pattern ("points to a consistent pattern") makes the legs of
// the sentences after it, to the end of the next paragraph and while they
// are told in the present ("is", "are"; no "was", "were", "had", "did",
// no date), general: how the trade runs; their events keep their routes.
// Korean: 갔다가, or 왔다가, ends a hop; 에 들어갔, 에 짐을 부렸 (unloaded
// cargo at) and 에 모아 둔 (piled at) are arrivals, the last ending a
// clause; 강가 (riverside) is a facility of a place ("지안 쪽 강가에"); a
// port written apart ("옌타이 항까지") takes the particle after it; 배 as a
// word of its own is a carrier (not "두 배", twice); 일부는 (part of it) refers
// to goods named before; and 대부분 after "이 물건들은" (these goods) is a
// share of those goods, no pattern.
//
// Routes told in other words (the paraphrase round). A semicolon closes a
// step of the journey, and so do "whereupon" and "thereafter"; "who"
// followed by a verb of motion opens the next hop as "that" and "which"
// do ("a buyer from Longjing, who took it home"), and so does "and"
// before a verb of loading or transfer ("driven to Long Beach and packed
// into a container for Hong Kong"). "By way of" heads a via, and a list of
// towns passed ("by way of Dalian, Osaka and Busan"), beside another stop
// of the same specific movement, is passed stop by stop in text order; a
// list passed with no other stop, or of alternatives, is none. A cargo
// transferred onto another carrier at an opening "Off X" (or "At", "In")
// or "transshipped at X onto a vessel for Y" changed carriers there: X is
// a via ("transshipped in Busan" with no destination after it is not).
// "Seized in X" beside an origin is where the goods got to. A destination
// whose own verb is negated ("so the guns never reached Nampo") is no stop
// of an affirmed sentence (a negated sentence keeps it for its route), and
// "not seen" or "never recorded" denies what follows in its clause. A lead
// that states a whole movement starts the story, rather than sums it up,
// when the next sentence (or a later one that goes on with "then", "from
// there") names a destination of its own and no other sentence names the
// lead's start or end again ("Porters carried the
// batteries from Linjiang to Junggang. A truck took the lot to Kanggye");
// a lead told in the pluperfect whose places are not named again is
// where a hop told backwards next links ("The ginseng seized in Dandong
// had crossed from Sinuiju. Before that it had been trucked up from
// Pyongyang"). Told backwards, an origin in a later clause of the same
// sentence came before the one told first ("…; the roots were grown in
// Kaesong"). A town that opens a sentence as the modifier of its
// producers ("Hoeryong growers sold the leaf …") is where the goods
// start; people in a town who pack goods and go ("workers in Khabarovsk
// packed parcels … and took the train to Vladivostok"), and an actor in a
// town that opens a clause after ", and" and passes goods on with a verb
// of motion ("…, and dealers in Hoeryong pass part of it across the river
// to buyers in Sanhe"), start there too. Traders who travel, fly or walk
// with no goods named travel themselves. "To their families in Hamhung"
// is a destination after a verb that moves goods ("the goods went by bus
// to"), not after "phoned". A short phrase after "to" or "reached" stops
// at a form of "be" ("the logs that reached Hamhung in May were cut near
// Vanino"). Verbs: lashed, stowed, hoisted and craned onto or aboard a
// carrier load goods; built, cooked, felled, logged, quarried and smelted
// make them; walk is a motion word; "collected it at X" (not "from") is
// where goods were handed over; "turned up" or "showed up" at a port is
// an arrival when a carrier is its subject (goods that "have turned up at
// the market" are for sale there), and "a week later" between an arrival
// and its place is a span of time, no clause; "left a mill in X" starts
// there; "come off the ship at X" lands there; a compass direction before
// "for" after a verb of motion heads a destination ("turned south for
// Khasan"); "began their journey at a factory in Tianjin" starts the
// chain; "after clearance at Khasan" (a phrase of "after" or "once" with
// no verb, not "once over the frontier at", not a region) is where the
// goods were before the clause that follows; ", where" with a subject of
// up to four words and "put them on a train" is the next hop; "the lot"
// after a determiner refers to goods ("a lot of" does not); loading,
// loaded or filling a hold "off" a town starts there; coaster, trawler
// and dredger are carriers. Korean: a verb in -아서 or -어서 (a syllable
// with no final consonant and the vowel ㅏ, ㅐ, ㅓ, ㅕ, ㅘ or ㅝ before 서; not
// 에서), in -다가, in -자 after a verb of arriving or moving (도착하자,
// 넘기자, 건너자; not 기자, a reporter) and 하역되어 close a hop; 에서 하역
// is where goods were unloaded, 에 내렸 and 에 옮겨 are arrivals, 넘겼 hands
// goods on and 가져 (가져가, 가져왔) carries them.
//
// An event's route is the ordered places of its legs: the main event of a
// good's chain (the first procurement, else shipment, crossing, seizure,
// sale among its affirmed, specific, past events) gets all the good's
// legs, joined with legs of no event where they connect; any other event
// its own legs, each leg extending the route where it connects. A leg
// belongs to the event of its good in the sentence that states it, else to
// that sentence's first affirmed event. An event without legs gets its
// sentences' slotted places if it is a plan or negated, else the one place
// its sentences name as where it happens ("rice sells for 6,000 won in
// Hyesan"; not where a source speaks or a trader is from). A place is not
// revisited, and a country is dropped when another place of the route lies
// in it. Plans and negated events get a route but no legs.
//
// A general sentence pairs its origin list (from or via) with the next
// destination list: in parallel when both have the same length ("through
// Changbai or Hunchun … to Hyesan … or Rason" gives Changbai→Hyesan and
// Hunchun→Rason), every pair when one side has one place, none otherwise.
// Failing that, each crossing town it names as an origin, or as a
// destination when it names no origin, crosses to its twin when the
// sentence says goods cross ("mainly smuggled across the Tumen from Sanhe
// and Nanping"); else a destination list with no origin starts at the one
// town the goods are named after ("Musan ore used to go to Jilin"); else,
// with no origin or destination, two places of different countries, one
// North Korean, listed together after "through" form a corridor in text
// order ("by sea through Dalian and Nampo"). Its legs are General and
// belong to no event (Event -1). "Most" of goods already named ("most of
// the seized goods", 이 물건들은 대부분) tells of those goods and does not
// make a sentence general.
//
// Departures, lists and sightings. A Korean place left by a verb of
// departure or loading (에서 출발, 을 떠나, 에서 출항, 에서 선적) leaves the goods on
// their way from there, unlike a bare 에서, and a later sentence of the
// same goods, a word for them (이 화물, 이들) or their carrier that names
// where they arrived goes on from it; not when the departing sentence
// also names where they went without a place the gazetteer knows ("룡암포로
// 실어 나른다", "부두에 닿는다"). A Korean sentence with no trade trigger
// that plans (예정, 계획) or tells what a verb of motion will do (도착할
// 것이다, 옮길 수 있다; not 도착했을 것이다) moves nothing. A list of three or
// more towns passed ("through Dalian, Dandong and Sinuiju", "심양, 단둥,
// 신의주를 차례로 거쳐") is a sequence of stops in text order, even when the
// last two are twin towns; two twins alone stay a pair. "X 시장에 나온/풀린"
// goods reached the market of X; 앞바다에 닻을 내렸다, 정박, 창고에 내려놓았다
// are arrivals; 유조선 and 바지선 are carriers; and 들어와, 넘어와, 건너와,
// 도착해 end a clause ("나선으로 들어와 청진까지 간다" is two hops). Goods
// "picked up" at a place and then "dropped" (off) at another start at the
// first; "dropped them at a depot in X" arrives at X. A carrier "seen",
// "spotted", "photographed" or "shown" at a town (not "another tanker") got
// there. "Before X the goods were in Y" (or "Before that they were in Y")
// puts them in Y before X.
//
// # Direction and relevance
//
// Direction is read from the legs and from every affirmed sentence that
// states trade or movement, once the report has an event or a leg. It is
// into_dprk when a leg enters North Korea from abroad, a North Korean place
// fills a destination slot of a movement, goods come from abroad to no
// named destination ("bringing soybean oil from Changbai"), North Korea
// (or a North Korean party) imports, or the goods are named with a foreign
// origin ("Chinese flour", 중국산); out_of_dprk for the mirror cases (a
// North Korean origin slot, North Korea exports, "North Korean coal",
// 북한산), where a Korean 에서 counts as an origin only when the sentence
// names a destination too (혜산시에서 팔리는 is where, not whence); both
// when both hold; none otherwise. A North Korean destination or origin
// whose other end the sentence leaves unnamed ("hauls them down to
// Hyesan", "buys roots from the Kaesong farms") may be a move inside the
// country: it counts only when no firmer cue (a leg across the border, a
// phrase, an import or export, the origin of the goods) says the goods go
// the other way. A sentence about a ban of trade named as a noun ("banned
// seafood exports", 수출이 금지된) that states no movement of its own is a
// sanctions backdrop and says nothing about direction. A report is
// relevant when it yields at least one event or leg.
//
// # Confidence
//
//	c = clamp( max(base − 0.1·h, 0.2) − 0.2·k + s, 0, 1 )
//
// where base is 0.8 when the best attribution of the event's sentences names
// a document, data or a named organisation (customs data, a UN report,
// according to the Ministry), 0.7 for a source placed somewhere ("a source in
// China", "양강도 소식통"; "the source" inherits this from an earlier placed
// source) and 0.5 for an unnamed source, the outlet's own reporting or no
// attribution; h is the number of distinct hedges in the event's sentences;
// k is 1 when every sentence of the event reached the good only through an
// anaphor; s is the corroboration term, 0 here and raised by later stages
// that count independent stories. c is rounded to two decimals.
//
// Attribution is the phrase in the sentence ("a source in China told Daily
// NK", "according to …", "the source said", "소식통은"), else the one after
// the closing quote for a sentence inside a multi-sentence quotation, else
// the nearest earlier one, else the nearest within the next two sentences.
package events
