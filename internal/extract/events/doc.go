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
// crossing, shipment; a non-negated trigger beats a negated one; a plan cue
// (plan, will, intend, prepare, 계획, 예정) together with a trade trigger
// makes a plan. Sentences that state a general pattern ("most", "typically",
// "usually", 대부분, 주로) yield only price reports (sale events) and general
// legs. Events of the same type, good, negation and generality merge
// (evidence, hedges and missing fields accumulate) unless a price, quantity
// or party conflicts. Quantity and price come from the sentence (the mention
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
// Places fill slots by the word before them (from; to, into, toward, bound
// for, entering; via, through; in or at, which counts only for a purchase
// and not after an actor noun such as "traders in China") or the Korean
// postposition after them (에서; 로, 으로, 까지, 에; 를 거쳐, 을 통해). A place
// right after another and joined by ", " or " in " that is a country,
// province or region is an apposition ("Hyesan, North Korea, in Ryanggang
// province") and takes no slot. Within a clause the order is origin, via,
// destination; clauses (split at before, then, after, later, ";") keep text
// order, except that a clause introduced by a mid-sentence "after" comes
// first. In a specific (non-general) sentence a slot that lists alternatives
// ("A or B", "A and B") is dropped. Places inside an attribution ("a source
// in China") and demonyms ("North Korean") never enter a route.
//
// The routes of all sentences about one good that describe past, affirmed,
// specific movement are concatenated into one chain and stored on the
// chain's main event (the first procurement, else shipment, crossing,
// seizure, sale). A place is not revisited, and a country is dropped when
// another place of the route lies in it. Legs are the consecutive pairs of a
// route, except that no leg joins a region and a place inside it: the text
// "shipped to Jilin province, then sent from Changbai to Hyesan" gives the
// route Guangzhou, Jilin, Changbai, Hyesan and the legs Guangzhou→Jilin and
// Changbai→Hyesan, but no Jilin→Changbai leg, because that step is a
// movement inside Jilin that the text does not state. Plans and negated
// events get a route but no legs.
//
// A general sentence pairs its origin list (from or via) with the next
// destination list: in parallel when both have the same length ("through
// Changbai or Hunchun … to Hyesan … or Rason" gives Changbai→Hyesan and
// Hunchun→Rason), every pair when one side has one place, none otherwise.
// Its legs are General and belong to no event (Event -1).
//
// # Direction and relevance
//
// Direction is into_dprk when a leg or event route enters North Korea from
// abroad, a North Korean place fills a destination slot of a movement, or
// North Korea (or a North Korean party) imports; out_of_dprk for the
// mirror cases (a North Korean origin slot, North Korea exports); both when
// both hold; none otherwise. A report is relevant when it yields at least
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
