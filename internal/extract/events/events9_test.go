package events

import (
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// evRouteCase is a passage and the route one of its events must carry:
// the event of type typ about good, with route want ("A>B", "" for none).
type evRouteCase struct {
	name   string
	text   string
	places []string          // names in paraPlaces
	goods  []string          // "name=surface|surface", "#HS" after it for a code
	prices map[string]string // surface → currency, each a price of amount 1
	typ    string
	good   string
	want   string
}

func (c evRouteCase) build(t *testing.T) func(*builder) {
	return func(b *builder) {
		for _, p := range c.places {
			kc, ok := paraPlaces[p]
			if !ok {
				t.Fatalf("place %q not in paraPlaces", p)
			}
			b.place(p, "test:"+p, kc[0], kc[1], "", p)
		}
		for _, g := range c.goods {
			g, hs, _ := strings.Cut(g, "#")
			name, surf, _ := strings.Cut(g, "=")
			b.good(name, "goods", strings.Split(surf, "|")...)
			b.r.Commodities[len(b.r.Commodities)-1].HS = hs
		}
		for surf, cur := range c.prices {
			b.price(1, cur, "", "", surf)
		}
	}
}

// eventAbout returns the first event of type typ about good, or nil.
func eventAbout(r *model.ExtractionResult, typ, good string) *model.Event {
	for k := range r.Events {
		if e := &r.Events[k]; e.Type == typ && e.Commodity == good {
			return e
		}
	}
	return nil
}

func checkEvRouteCases(t *testing.T, cases []evRouteCase) {
	t.Helper()
	rulesOnly(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assembled(t, c.text, c.build(t))
			checkInvariants(t, c.text, &r)
			e := eventAbout(&r, c.typ, c.good)
			if e == nil {
				t.Fatalf("no %s of %s; events %+v", c.typ, c.good, r.Events)
			}
			if got := strings.Join(e.Route, ">"); got != c.want {
				t.Errorf("%s of %s: route %q, want %q", c.typ, c.good, got, c.want)
			}
		})
	}
}

// TestEventRoutesRound9 covers where an event happens. A purchase happens
// where the goods are bought and a sale where they are sold: neither takes
// the whole way the goods travel, which goes to their carriage, crossing
// or seizure. A purchase whose sentence names a place on its way takes
// that place, else the first place the goods leave; a sale the last place
// they reach. A price quoted without a town of its own is a sale in the one
// town whose market the report names, and in none when it names markets in
// two towns, names no market, or the sale has no price. Every sentence is
// made up for the test.
func TestEventRoutesRound9(t *testing.T) {
	const (
		proc = model.EventProcurement
		sale = model.EventSale
		ship = model.EventShipment
	)
	checkEvRouteCases(t, []evRouteCase{
		// A purchase takes where the goods were bought.
		{name: "bought then carried: purchase at the start",
			text:   "Heaters for Hyesan\n\nA smuggler bought forty electric heaters in Yanji last month and drove them to Changbai. From Changbai the heaters were carried across the river to Hyesan.",
			places: []string{"Yanji", "Changbai", "Hyesan"}, goods: []string{"electric heaters=electric heaters|heaters"},
			typ: proc, good: "electric heaters", want: "Yanji"},
		{name: "bought then carried: the carriage keeps the way",
			text:   "Heaters for Hyesan\n\nA smuggler bought forty electric heaters in Yanji last month and drove them to Changbai. From Changbai the heaters were carried across the river to Hyesan.",
			places: []string{"Yanji", "Changbai", "Hyesan"}, goods: []string{"electric heaters=electric heaters|heaters"},
			typ: ship, good: "electric heaters", want: "Yanji>Changbai>Hyesan"},
		{name: "carried on, then bought where it stopped",
			text:   "Tyres by truck\n\nThe tyres came by train from Dalian to Dandong and went on by truck to Sinuiju. A trading company had bought them in Dandong in March.",
			places: []string{"Dalian", "Dandong", "Sinuiju"}, goods: []string{"tyres=tyres"},
			typ: proc, good: "tyres", want: "Dandong"},
		// must not: a purchase with one place keeps it, one with none stays without.
		{name: "a purchase in one town only",
			text:   "Rice in Musan\n\nA trader bought two tonnes of rice in Musan in April, a resident said.",
			places: []string{"Musan"}, goods: []string{"rice=rice"},
			typ: proc, good: "rice", want: "Musan"},
		// A sale takes where the goods were sold.
		{name: "carried then sold: sale at the end",
			text:   "Batteries in Pyongsong\n\nThe batteries were trucked from Sinuiju to Pyongsong, where dealers sold them for 40 dollars each.",
			places: []string{"Sinuiju", "Pyongsong"}, goods: []string{"batteries=batteries"}, prices: map[string]string{"40 dollars": "USD"},
			typ: sale, good: "batteries", want: "Pyongsong"},
		// A price with no town of its own: the market town.
		{name: "a price in the market named before",
			text:   "Cooking oil climbs\n\nStallholders at the Chongjin market say prices have risen all winter. A litre of cooking oil now fetches 21,000 won in the wholesale hall, up from 16,000 won.",
			places: []string{"Chongjin"}, goods: []string{"cooking oil=cooking oil"}, prices: map[string]string{"21,000 won": "KPW", "16,000 won": "KPW"},
			typ: sale, good: "cooking oil", want: "Chongjin"},
		{name: "markets in a town, then a price",
			text:   "Sugar up\n\nTraders in the markets of Hoeryong report brisk business. A kilogram of sugar costs 11,000 won this week.",
			places: []string{"Hoeryong"}, goods: []string{"sugar=sugar"}, prices: map[string]string{"11,000 won": "KPW"},
			typ: sale, good: "sugar", want: "Hoeryong"},
		// must not: markets in two towns, no market, no price.
		{name: "markets in two towns leave the sale without a town",
			text:   "Two markets\n\nStallholders at the Chongjin market and at the Hamhung market say business is slow. A litre of cooking oil now fetches 21,000 won.",
			places: []string{"Chongjin", "Hamhung"}, goods: []string{"cooking oil=cooking oil"}, prices: map[string]string{"21,000 won": "KPW"},
			typ: sale, good: "cooking oil", want: ""},
		{name: "a town named without its market",
			text:   "Oil prices\n\nA source in Chongjin says prices have risen all winter. A litre of cooking oil now fetches 21,000 won.",
			places: []string{"Chongjin"}, goods: []string{"cooking oil=cooking oil"}, prices: map[string]string{"21,000 won": "KPW"},
			typ: sale, good: "cooking oil", want: ""},
		{name: "a source in the town speaks of the market",
			text:   "Oil prices\n\nA source in Chongjin said the market was quiet. A litre of cooking oil now fetches 21,000 won.",
			places: []string{"Chongjin"}, goods: []string{"cooking oil=cooking oil"}, prices: map[string]string{"21,000 won": "KPW"},
			typ: sale, good: "cooking oil", want: ""},
		{name: "a market sentence ends before the town",
			text:   "Oil prices\n\nBusiness is slow at the market. In Chongjin, officials are checking trucks. A litre of cooking oil now fetches 21,000 won.",
			places: []string{"Chongjin"}, goods: []string{"cooking oil=cooking oil"}, prices: map[string]string{"21,000 won": "KPW"},
			typ: sale, good: "cooking oil", want: ""},
		{name: "a market the goods leave is where they were bought",
			text:   "Heaters sell well\n\nA dealer buys the heaters at a wholesale market in Yanji and trucks them to Tumen. A heater costs 300 yuan.",
			places: []string{"Yanji", "Tumen"}, goods: []string{"heaters=heaters|heater"}, prices: map[string]string{"300 yuan": "CNY"},
			typ: sale, good: "heaters", want: ""},
		{name: "a sale without a price is no market quote",
			text:   "Rice sold on\n\nTraders at the Chongjin market say business has slowed. Wholesalers sold the rice to army units this spring.",
			places: []string{"Chongjin"}, goods: []string{"rice=rice"},
			typ: sale, good: "rice", want: ""},
	})
}

// TestEventChainsRound9 covers which legs make a carriage's route. Legs told
// in the sentence of a shipment, or the one right after it, that name no
// good and belong to no event are its own ("the tanker sailed on to
// Chongjin"); a leg of the same good under another name, by HS code
// ("diesel" for "refined petroleum products"), joins the good's chain
// unless that name has a carriage of its own; a seizure is no chain
// holder: it keeps its own hop, and the carriage keeps the way. Every
// sentence is made up for the test.
func TestEventChainsRound9(t *testing.T) {
	const (
		ship  = model.EventShipment
		seize = model.EventSeizure
	)
	checkEvRouteCases(t, []evRouteCase{
		{name: "the next sentence carries the shipment on",
			text:   "Fuel for the north\n\nRussia shipped 900 tonnes of refined petroleum products to North Korea last month, satellite images show. The tanker then sailed from Vostochny to Chongjin.",
			places: []string{"Vostochny", "Chongjin"}, goods: []string{"refined petroleum products=refined petroleum products"},
			typ: ship, good: "refined petroleum products", want: "Vostochny>Chongjin"},
		// must not: a goods-less leg two sentences on is another story.
		{name: "a goods-less leg further on stays out",
			text:   "Fuel for the north\n\nRussia shipped 900 tonnes of refined petroleum products to North Korea last month, satellite images show. Analysts counted eleven such calls this year. A ferry later sailed from Vostochny to Chongjin.",
			places: []string{"Vostochny", "Chongjin"}, goods: []string{"refined petroleum products=refined petroleum products"},
			typ: ship, good: "refined petroleum products", want: ""},
		{name: "another name of the good joins its chain",
			text:   "Fuel by sea\n\nThe tanker carried refined petroleum products from Vostochny to Rajin in May. The diesel was then trucked from Rajin to Chongjin.",
			places: []string{"Vostochny", "Rajin", "Chongjin"}, goods: []string{"refined petroleum products=refined petroleum products#2710", "diesel=diesel#271019"},
			typ: ship, good: "refined petroleum products", want: "Vostochny>Rajin>Chongjin"},
		// must not: a good of another heading keeps its own way.
		{name: "a different good keeps its own way",
			text:   "Fuel by sea\n\nThe tanker carried refined petroleum products from Vostochny to Rajin in May. Cement was then trucked from Rajin to Chongjin.",
			places: []string{"Vostochny", "Rajin", "Chongjin"}, goods: []string{"refined petroleum products=refined petroleum products#2710", "cement=Cement#2523"},
			typ: ship, good: "refined petroleum products", want: "Vostochny>Rajin"},
		{name: "the carriage keeps the way when the goods are seized",
			text:   "Copper stopped\n\nSmugglers carried copper wire from Kanggye to Manpo in October. Border guards seized the copper wire at Manpo as it was loaded onto a boat.",
			places: []string{"Kanggye", "Manpo"}, goods: []string{"copper wire=copper wire"},
			typ: ship, good: "copper wire", want: "Kanggye>Manpo"},
		{name: "the seizure keeps only where it happened",
			text:   "Copper stopped\n\nSmugglers carried copper wire from Kanggye to Manpo in October. Border guards seized the copper wire at Manpo as it was loaded onto a boat.",
			places: []string{"Kanggye", "Manpo"}, goods: []string{"copper wire=copper wire"},
			typ: seize, good: "copper wire", want: "Manpo"},
		{name: "a seized purchase: the seizure stays where it happened",
			text:   "Copper stopped\n\nA trader bought copper wire in Kanggye and drove it to Manpo in October. Border guards seized the copper wire at Manpo.",
			places: []string{"Kanggye", "Manpo"}, goods: []string{"copper wire=copper wire"},
			typ: seize, good: "copper wire", want: "Manpo"},
	})
}
