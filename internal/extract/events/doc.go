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
// "물건", "the <head noun of the last good>") that refers to the good of one
// of the previous three sentences. Suspensions and resumptions also count
// without a good when the sentence names trade at a border, customs post,
// bridge or port. When a sentence has several triggers the type is, in order
// of precedence: seizure, suspension, resumption, procurement, sale,
// crossing, shipment; a non-negated trigger beats a negated one. Some words
// are not triggers where they stand: "ban" (a sanctions backdrop, not a
// halt of trade), a noun use of import, export, purchase or order after a
// determiner or possessive or before "of" ("the import of soybean oil"),
// "paid" in a sentence about a bribe or fee, and the Korean 단속 (a
// crackdown is the setting, not a seizure of goods). A purchase whose buyer
// is foreign ("Chinese dealers buy Rason crab") is North Korea's sale. A plan cue
// (plan, will, intend, prepare, 계획, 예정) together with a trade trigger
// makes a plan. Sentences that state a general pattern ("most", "typically",
// "usually", 대부분, 주로) yield only price reports (sale events) and general
// legs. A sentence that lists several goods yields one event, named after
// the first: the goods of a list move, sell or are seized together. Events
// of the same type, good, negation and generality merge (evidence, hedges
// and missing fields accumulate) unless a price, quantity or party
// conflicts; a crossing and a shipment of the same good are one movement
// and merge into a shipment. Quantity and price come from the sentence (the mention
// nearest the good), else from the sentence just before if it names the same
// good, states no general pattern and has the same or no trigger; plans and
// negated events never borrow them. When is the first date in the event's
// sentences; a procurement without one takes the document's main date (the
// date mentioned most often, the earliest on a tie).
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
// Places fill slots by the word before them (from, leaving, left; to, into,
// toward, bound for, "for" after a departure as in "left Dandong for
// Sinuiju"; via, through, across, over; in or at, which counts only for a
// purchase and not after an actor noun such as "traders in China"; "at"
// after "loaded" is an origin, "in" or "at" after an arrival verb such as
// "arriving", "unloaded" or "docked" a destination; "to" after a relation
// word such as "belonging", "linked" or "according" is no slot) or the
// Korean postposition after them (에서, 을 떠나; 로, 으로, 까지, 에 도착;
// 를 거쳐, 을 통해), allowing an administrative suffix and a post (원정리
// 세관을 거쳐). A place right after another and joined by ", " or " in "
// that is a country, province or region is an apposition ("Hyesan, North
// Korea, in Ryanggang province") and takes no slot; so does a place inside
// an organisation's name ("Yanggang Province People's Committee"). Within a
// clause the order is origin, via, destination; clauses (split at before,
// then, after, later, ";") keep text order, except that a clause introduced
// by a mid-sentence "after" comes first. A place after near, outside, off,
// of, in or at that ends a short noun phrase headed by "to" or "into" in
// the same clause is a destination: "to waters near Ningbo", "to a
// compound outside Kanggye", "to the port of Vostochny", "to enterprises
// in Chongjin" (not "calls to relatives in Seoul"). Places inside an
// attribution ("a source in China") and demonyms of countries and regions
// ("North Korean", but not a city whose name ends like one, such as Dalian
// or Jian) never enter a route.
//
// Legs come from the sentences that state a movement: a specific, affirmed
// shipment, crossing, purchase or sale trigger, or a motion verb (went,
// sailed, arriving, flown, crossing…) in a sentence that names goods or a
// carrier (the container, trains, 화물차). A sentence's slot groups are its
// stops in the order above; consecutive stops join in parallel when both
// list the same number of places ("loaded at Wonsan and Nampo and taken to
// Kholmsk and to Nakhodka"), every pair when one lists one place, not at
// all otherwise; the destinations of one clause form one stop; no stop
// joins a later origin ("from A … from B"); alternatives ("A or B") and
// rivers take no part. "In" is an origin for a purchase, the destination of
// a sale after an origin in the same clause ("smuggled from Sanhe … sells
// in Hoeryong"), and an origin of a shipment before its verb in the same
// clause ("freezes them in Rason and sends them … to Quanhe"). No leg joins
// a region and a place inside it, and a country is no end of a leg when the
// text names a place inside it ("carried to China" in a report that names
// Nanping). Rason, a special city the gazetteer files as a province, is a
// port in a route, so "from Rason across the Wonjong bridge" is a leg.
// Trips and voyages are motion words.
//
// Three rules link sentences. A movement that starts with a lone destination
// or crossing and names no origin continues from the last stop of the
// nearest earlier specific movement of the same goods (or, when either
// sentence names no goods but one names a carrier, of whatever moved),
// at most four sentences back: "bought the glasses in Guangzhou … trucked
// the glasses to Jilin province" gives Guangzhou→Jilin; a list of
// destinations continues the same way ("sailed back to Chongjin and
// Nampo" gives a leg to each). A crossing from a lone origin ("crossed the
// bridge from Jian") leaves the goods at an unnamed place, so nothing
// continues from it. A lead sentence that states a whole movement sums up
// the story and is not continued, unless the later sentence goes on from
// the lead's last stop ("arriving in Rason" … "distributes it to
// enterprises in Rason and Chongjin"). A movement with one stop, a Chinese
// or Russian place that is not a region, and no leg otherwise crosses the
// land border at the report's main North Korean place (the North Korean
// city, county or crossing named most often, at least twice): "crossed the
// bridge from Jian" in a report about Manpo gives Jian→Manpo when goods
// come in, "the products return to Changbai" in a report about Hyesan
// gives Hyesan→Changbai. A
// way back ("carried back", "returned", 돌아오는) reverses the leg before
// it in the same sentence ("crossed from Sinuiju into Dandong and returned
// loaded with goods"), or, in a sentence with no places, the last leg of
// the nearest earlier movement; a returning carrier continues from the
// last stop even with other goods ("the returning ships bring flour to
// Chongjin"). Two places joined by a dash before a corridor word ("the
// Dandong–Sinuiju bridge") give a leg in text order in a general sentence,
// and in a specific one only in the direction the sentence says goods
// cross.
//
// The routes of all sentences about one good that describe past, affirmed,
// specific movement are concatenated into one chain and stored on the
// chain's main event (the first procurement, else shipment, crossing,
// seizure, sale); a sentence's part of it drops a slot that lists several
// places. A place is not revisited, and a country is dropped when another
// place of the route lies in it. A leg belongs to the event of the
// sentence that states it. Plans and negated events get a route but no
// legs.
//
// A general sentence pairs its origin list (from or via) with the next
// destination list: in parallel when both have the same length ("through
// Changbai or Hunchun … to Hyesan … or Rason" gives Changbai→Hyesan and
// Hunchun→Rason), every pair when one side has one place, none otherwise.
// Its legs are General and belong to no event (Event -1).
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
// when both hold; none otherwise. A report is relevant when it yields at least
// one event or leg.
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
