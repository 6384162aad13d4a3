package events

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

func legPairs(legs []model.Leg, general bool) []string {
	var out []string
	for _, l := range legs {
		if l.General == general {
			out = append(out, l.From+">"+l.To)
		}
	}
	return out
}

func eventOf(r *model.ExtractionResult, typ string) *model.Event {
	for k := range r.Events {
		if r.Events[k].Type == typ {
			return &r.Events[k]
		}
	}
	return nil
}

// checkInvariants holds for every output: evidence lies in the text, legs
// are directed between distinct places and point at real events, caps hold.
func checkInvariants(t *testing.T, text string, r *model.ExtractionResult) {
	t.Helper()
	inText := func(sp []model.Span, what string) {
		if len(sp) == 0 {
			t.Errorf("%s has no evidence", what)
		}
		for _, s := range sp {
			if s.Start < 0 || s.Start >= s.End || s.End > len(text) {
				t.Errorf("%s evidence %v outside text of %d bytes", what, s, len(text))
			}
		}
	}
	if len(r.Events) > MaxEvents || len(r.Legs) > MaxLegs {
		t.Errorf("caps exceeded: %d events, %d legs", len(r.Events), len(r.Legs))
	}
	for k, e := range r.Events {
		inText(e.Evidence, "event "+e.Type)
		if e.Confidence < 0 || e.Confidence > 1 {
			t.Errorf("event %d confidence %v", k, e.Confidence)
		}
		if len(e.Route) != len(e.RouteIDs) || len(e.Route) > MaxRoute {
			t.Errorf("event %d route %v ids %v", k, e.Route, e.RouteIDs)
		}
	}
	for _, l := range r.Legs {
		inText(l.Evidence, "leg "+l.From+">"+l.To)
		if l.From == l.To || (l.FromID != "" && l.FromID == l.ToID) {
			t.Errorf("leg from a place to itself: %+v", l)
		}
		if l.Event < -1 || l.Event >= len(r.Events) {
			t.Errorf("leg event index %d out of range", l.Event)
		}
	}
	if r.Relevant != (len(r.Events)+len(r.Legs) > 0) {
		t.Errorf("relevant %v with %d events and %d legs", r.Relevant, len(r.Events), len(r.Legs))
	}
}

func TestSeedParaphrase(t *testing.T) {
	text, r := load(t, "seed_paraphrase")
	checkInvariants(t, text, r)
	if !r.Relevant || r.Direction != model.DirectionInto {
		t.Fatalf("relevant %v direction %q, want true into_dprk", r.Relevant, r.Direction)
	}
	p := eventOf(r, model.EventProcurement)
	if p == nil {
		t.Fatal("no procurement event")
	}
	checks := []struct{ name, got, want string }{
		{"commodity", p.Commodity, "spy camera glasses"},
		{"buyer", p.Buyer, "North Korean traders"},
		{"end user", p.EndUser, "Ministry of State Security"},
		{"channel", p.Channel, "private smuggling"},
		{"route", strings.Join(p.Route, ","), "Guangzhou"}, // where the glasses were bought; their carriage keeps the way
		{"attribution", p.Attribution, "A source in China told Daily NK"},
		{"hedges", strings.Join(p.Hedges, ","), "apparently"},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		})
	}
	if p.Price == nil || p.Price.Amount != 800 || p.Price.Currency != "CNY" {
		t.Errorf("price %+v, want 800 CNY", p.Price)
	}
	if p.Quantity == nil || p.Quantity.Min != 1000 {
		t.Errorf("quantity %+v, want thousands", p.Quantity)
	}
	if p.When == nil || p.When.Start != "2025-03-01" {
		t.Errorf("when %+v, want early March", p.When)
	}
	// 0.7 (a source in China) - 0.1 (one hedge).
	if p.Confidence != 0.6 {
		t.Errorf("confidence %v, want 0.6", p.Confidence)
	}
	if got, want := legPairs(r.Legs, false), []string{"Guangzhou>Jilin", "Changbai>Hyesan", "Hyesan>Pyongyang"}; !slices.Equal(got, want) {
		t.Errorf("specific legs %v, want %v", got, want)
	}
	if got, want := legPairs(r.Legs, true), []string{"Changbai>Hyesan", "Hunchun>Rason"}; !slices.Equal(got, want) {
		t.Errorf("general legs %v, want %v", got, want)
	}
	plan := eventOf(r, model.EventPlan)
	if plan == nil || plan.Quantity == nil || plan.Quantity.Unit != "shipments" || plan.Commodity != "spy camera glasses" {
		t.Errorf("plan event %+v, want several more shipments of the glasses", plan)
	}
	ship := eventOf(r, model.EventShipment)
	if ship == nil || !slices.Contains(ship.Hedges, "reportedly") || ship.Price != nil {
		t.Errorf("shipment %+v: want hedge reportedly and no borrowed price", ship)
	}
}

// doc is a short report written for a test, with its part-1 mentions.
type doc struct {
	name  string
	text  string
	build func(b *builder)
	check func(t *testing.T, r *model.ExtractionResult)
}

var docs = []doc{
	{
		name: "negated purchase has no legs",
		text: "North Korea denied importing luxury cars from Japan.",
		build: func(b *builder) {
			b.place("North Korea", "iso3166:KP", "country", "KP", "", "North Korea").
				place("Japan", "iso3166:JP", "country", "JP", "", "Japan").
				good("cars", "vehicles", "luxury cars")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if len(r.Events) != 1 || !r.Events[0].Negated || r.Events[0].Type != model.EventProcurement {
				t.Fatalf("events %+v, want one negated procurement", r.Events)
			}
			if len(r.Legs) != 0 {
				t.Errorf("legs %v from a denied event", r.Legs)
			}
		},
	},
	{
		name: "ship-to-ship with a document",
		text: "A tanker transferred diesel ship-to-ship to a North Korean vessel near Nampo, according to a UN panel report.",
		build: func(b *builder) {
			b.place("Nampo", "geonames:1873757", "city", "KP", "Nampo", "Nampo").good("diesel", "fuel", "diesel")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if len(r.Events) != 1 {
				t.Fatalf("events %+v, want one", r.Events)
			}
			e := r.Events[0]
			if e.Type != model.EventShipment || e.Channel != "ship-to-ship transfer" || e.Confidence != 0.8 ||
				!strings.HasPrefix(e.Attribution, "according to a UN panel report") {
				t.Errorf("event %+v", e)
			}
		},
	},
	{
		name: "general statement with one origin pairs every destination",
		text: "Smuggled rice usually goes from Dandong to Sinuiju or Sakju.",
		build: func(b *builder) {
			b.place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").
				place("Sinuiju", "geonames:2040893", "city", "KP", "North Pyongan", "Sinuiju").
				place("Sakju", "geonames:1", "county", "KP", "North Pyongan", "Sakju").
				good("rice", "grain", "rice")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if got, want := legPairs(r.Legs, true), []string{"Dandong>Sinuiju", "Dandong>Sakju"}; !slices.Equal(got, want) {
				t.Errorf("general legs %v, want %v", got, want)
			}
			if len(r.Events) != 0 || r.Direction != model.DirectionInto {
				t.Errorf("events %v direction %q: a general statement is no event but shows direction", r.Events, r.Direction)
			}
		},
	},
	{
		name: "no leg into a province's own county",
		text: "The rice was moved from Jilin province to Changbai and then to Hyesan.",
		build: func(b *builder) {
			b.place("Jilin", "geonames:CN.05", "admin1", "CN", "", "Jilin province").
				place("Changbai", "geonames:2038185", "county", "CN", "Jilin", "Changbai").
				place("Hyesan", "geonames:2043837", "city", "KP", "Ryanggang", "Hyesan").
				good("rice", "grain", "rice")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if got, want := legPairs(r.Legs, false), []string{"Changbai>Hyesan"}; !slices.Equal(got, want) {
				t.Errorf("legs %v, want %v", got, want)
			}
		},
	},
	{
		name: "destination named before origin",
		text: "Traders sent the coal to Nampo from Chongjin.",
		build: func(b *builder) {
			b.place("Nampo", "geonames:1873757", "city", "KP", "Nampo", "Nampo").
				place("Chongjin", "geonames:2044757", "city", "KP", "North Hamgyong", "Chongjin").
				good("coal", "coal", "coal")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if got, want := legPairs(r.Legs, false), []string{"Chongjin>Nampo"}; !slices.Equal(got, want) {
				t.Errorf("legs %v, want %v", got, want)
			}
			if r.Events[0].Intermediary != "Traders" || r.Direction != model.DirectionNone {
				t.Errorf("intermediary %q direction %q: a domestic shipment", r.Events[0].Intermediary, r.Direction)
			}
		},
	},
	{
		name: "an after-clause happened first",
		text: "Traders shipped the sugar to Pyongyang after trucking it from Dandong to Sinuiju.",
		build: func(b *builder) {
			b.place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
				place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").
				place("Sinuiju", "geonames:2040893", "city", "KP", "North Pyongan", "Sinuiju").
				good("sugar", "food", "sugar")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if got, want := legPairs(r.Legs, false), []string{"Dandong>Sinuiju", "Sinuiju>Pyongyang"}; !slices.Equal(got, want) {
				t.Errorf("legs %v, want %v", got, want)
			}
		},
	},
	{
		name: "a delegation is not goods",
		text: "Pyongyang will send a delegation to Moscow next week.",
		build: func(b *builder) {
			b.place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
				place("Moscow", "geonames:524901", "city", "RU", "Moscow", "Moscow")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if r.Relevant || len(r.Events) != 0 || r.Direction != model.DirectionNone {
				t.Errorf("relevant %v events %v direction %q", r.Relevant, r.Events, r.Direction)
			}
		},
	},
	{
		name: "an anaphor reaches back only three sentences",
		text: "Traders bought rice. Prices rose. Weather was bad. Roads flooded. Schools closed. They were seized.",
		build: func(b *builder) {
			b.good("rice", "grain", "rice")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if len(r.Events) != 1 || r.Events[0].Type != model.EventProcurement {
				t.Errorf("events %+v, want only the purchase", r.Events)
			}
		},
	},
	{
		name: "anaphor costs confidence",
		text: "Smugglers bought cigarettes in Dandong. They were seized at the border, the police said.",
		build: func(b *builder) {
			b.place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").good("cigarettes", "tobacco", "cigarettes")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			s := eventOf(r, model.EventSeizure)
			// 0.5 (police, unnamed) - 0.2 (linked by "they" only).
			if s == nil || s.Confidence != 0.3 || s.Commodity != "cigarettes" {
				t.Errorf("seizure %+v, want cigarettes at 0.3", s)
			}
		},
	},
	{
		name: "hedges lower confidence",
		text: "Traders are believed to have allegedly bought rice in Dandong, a source in Sinuiju said.",
		build: func(b *builder) {
			b.place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").
				place("Sinuiju", "geonames:2040893", "city", "KP", "North Pyongan", "Sinuiju").
				good("rice", "grain", "rice")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			e := r.Events[0]
			if e.Confidence != 0.5 || len(e.Hedges) != 2 || strings.Join(e.Route, ",") != "Dandong" {
				t.Errorf("event %+v, want two hedges, 0.5 and route Dandong", e)
			}
			if e.Attribution != "a source in Sinuiju said" {
				t.Errorf("attribution %q", e.Attribution)
			}
		},
	},
	{
		name: "on behalf of a state organ",
		text: "A Chinese broker bought the trucks on behalf of the Korean People's Army.",
		build: func(b *builder) {
			b.org("Korean People's Army", "kp-kpa", "military", "KP", "Korean People's Army").good("trucks", "vehicles", "trucks")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			e := r.Events[0]
			if e.Buyer != "Chinese broker" || e.EndUser != "Korean People's Army" {
				t.Errorf("buyer %q end user %q", e.Buyer, e.EndUser)
			}
		},
	},
	{
		name: "state organ smuggling out",
		text: "The Ministry of State Security smuggled the copper from Hyesan to Changbai.",
		build: func(b *builder) {
			b.org("Ministry of State Security", "kp-mss", "ministry", "KP", "Ministry of State Security").
				place("Hyesan", "geonames:2043837", "city", "KP", "Ryanggang", "Hyesan").
				place("Changbai", "geonames:2038185", "county", "CN", "Jilin", "Changbai").
				good("copper", "metals", "copper")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			e := r.Events[0]
			if e.Type != model.EventCrossing || e.Channel != "state smuggling" || e.Intermediary != "Ministry of State Security" || r.Direction != model.DirectionOutOf {
				t.Errorf("event %+v direction %q", e, r.Direction)
			}
		},
	},
	{
		name: "quoted sentences take the speaker after the quote",
		text: "\u201cThe cadres bought the rice in Dandong. It was cheap there,\u201d a source in Sinuiju told RFA.",
		build: func(b *builder) {
			b.place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").
				place("Sinuiju", "geonames:2040893", "city", "KP", "North Pyongan", "Sinuiju").
				good("rice", "grain", "rice")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if len(r.Events) == 0 || r.Events[0].Attribution != "a source in Sinuiju told RFA" || r.Events[0].Confidence != 0.7 {
				t.Errorf("events %+v", r.Events)
			}
		},
	},
	{
		name: "Korean negation",
		text: "세관 단속으로 상인들은 석탄을 중국으로 수출하지 못했다.",
		build: func(b *builder) {
			b.place("China", "iso3166:CN", "country", "CN", "", "중국").good("coal", "coal", "석탄")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			// 단속으로 (because of a crackdown) is a cause, not a seizure.
			if len(r.Events) != 1 || r.Events[0].Type != model.EventShipment || !r.Events[0].Negated {
				t.Errorf("events %+v, want one negated export", r.Events)
			}
			if len(r.Legs) != 0 {
				t.Errorf("legs %v", r.Legs)
			}
		},
	},
	{
		name: "suspension of border trade without goods",
		text: "China suspended trade across the Sino-Korean Friendship Bridge on Monday.",
		build: func(b *builder) {
			b.place("China", "iso3166:CN", "country", "CN", "", "China").
				place("Sino-Korean Friendship Bridge", "yalu:sino-korean-friendship-bridge", "crossing", "CN", "Liaoning", "Sino-Korean Friendship Bridge")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			if len(r.Events) != 1 || r.Events[0].Type != model.EventSuspension || r.Events[0].Commodity != "" {
				t.Errorf("events %+v", r.Events)
			}
		},
	},
	{
		name: "thirty goods stay bounded",
		text: "Traders bought " + strings.Repeat("rice, ", 30) + "and corn in Dandong.",
		build: func(b *builder) {
			b.place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").good("rice", "grain", "rice").good("corn", "grain", "corn")
		},
		check: func(t *testing.T, r *model.ExtractionResult) {
			// A list of goods bought together is one purchase, named after
			// its first good.
			if len(r.Events) != 1 || r.Events[0].Commodity != "rice" {
				t.Errorf("events %+v, want one rice purchase", r.Events)
			}
		},
	},
}

func TestAssembleDocs(t *testing.T) {
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			b := newBuilder(t, d.text)
			d.build(b)
			r := b.r
			Assemble(d.text, &r)
			checkInvariants(t, d.text, &r)
			d.check(t, &r)
		})
	}
}

func TestFixtureInvariants(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			text, r := load(t, f.name)
			checkInvariants(t, text, r)
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "He met Mr. Kim in the U.S. on Monday. Then he left.", []string{"He met Mr. Kim in the U.S. on Monday.", "Then he left."}},
		{"initial", "N. Korea imports rice. China exports it!", []string{"N. Korea imports rice.", "China exports it!"}},
		{"decimal", "Prices rose 3.5 percent. Costs fell.", []string{"Prices rose 3.5 percent.", "Costs fell."}},
		{"lowercase follows", "It weighed approx. 5 tonnes. Done.", []string{"It weighed approx. 5 tonnes.", "Done."}},
		{"closing quote stays", "\u201cIt was sent.\u201d Then it arrived.", []string{"\u201cIt was sent.\u201d", "Then it arrived."}},
		{"korean without space", "혜산에서 보냈다.평양으로 갔다.", []string{"혜산에서 보냈다.", "평양으로 갔다."}},
		{"korean before digit", "보냈다. 3월에 갔다.", []string{"보냈다.", "3월에 갔다."}},
		{"cjk stops", "中国。朝鲜？", []string{"中国。", "朝鲜？"}},
		{"line breaks", "Headline without stop\nBody text.", []string{"Headline without stop", "Body text."}},
		{"empty", " \n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.in) {
				got = append(got, tc.in[s.start:s.end])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestQuoteGroups(t *testing.T) {
	in := "\u201cOne. Two. Three,\u201d he said. Four."
	ss := splitSentences(in)
	if len(ss) != 4 {
		t.Fatalf("%d sentences", len(ss))
	}
	for k, want := range []int{2, 2, 2, 3} {
		if ss[k].quoteEnd != want {
			t.Errorf("sentence %d quoteEnd %d, want %d", k, ss[k].quoteEnd, want)
		}
	}
}

// randomResult fills a result with valid but arbitrary mentions of text.
func randomResult(text string, seed uint64) *model.ExtractionResult {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	span := func() []model.Mention {
		var ms []model.Mention
		for range rng.IntN(3) + 1 {
			if len(text) == 0 {
				break
			}
			s := rng.IntN(len(text))
			e := s + 1 + rng.IntN(min(12, len(text)-s))
			ms = append(ms, model.Mention{Start: s, End: e, Text: text[s:e]})
		}
		return ms
	}
	kinds := []string{"country", "admin1", "city", "county", "crossing", "port", "region"}
	countries := []string{"KP", "CN", "RU", ""}
	r := &model.ExtractionResult{}
	for k := range rng.IntN(200) {
		r.Places = append(r.Places, model.Place{Name: "P" + string(rune('A'+k%26)), ID: "id" + string(rune('a'+k%20)),
			Kind: kinds[rng.IntN(len(kinds))], Country: countries[rng.IntN(len(countries))], Admin1: "PB", Origin: rng.IntN(5) == 0, Mentions: span()})
	}
	for range rng.IntN(10) {
		r.Organizations = append(r.Organizations, model.Organization{Name: "O", Kind: "ministry", Country: "KP", Mentions: span()})
	}
	for k := range rng.IntN(30) {
		r.Commodities = append(r.Commodities, model.Commodity{Name: "G" + string(rune('a'+k%26)), Mentions: span()})
	}
	for range rng.IntN(10) {
		r.Prices = append(r.Prices, model.Price{Amount: 1, Currency: "CNY", Mentions: span()})
		r.Quantities = append(r.Quantities, model.Quantity{Min: 1, Mentions: span()})
		r.Dates = append(r.Dates, model.DateMention{Start: "2025-01-01", Mentions: span()})
	}
	// One mention outside the text must be ignored, not trusted.
	r.Places = append(r.Places, model.Place{Name: "X", Mentions: []model.Mention{{Start: len(text) + 5, End: len(text) + 9}}})
	return r
}

func FuzzAssemble(f *testing.F) {
	for _, fx := range fixtures {
		text, _ := load(f, fx.name)
		f.Add(text, uint64(len(text)))
	}
	f.Add("\u201c\u201c\"nested \u2018quotes\u2019 from A to B.\" then\u201d. N. U.S. 다.다. 。。", uint64(7))
	f.Add(strings.Repeat("from Dandong to Sinuiju or Hyesan, ", 50), uint64(3))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		r := randomResult(text, seed)
		Assemble(text, r)
		checkInvariants(t, text, r)
	})
}

func TestRandomInputsBounded(t *testing.T) {
	text := strings.Repeat("Traders bought rice from Dandong to Sinuiju, then smuggled it via Hyesan or Rason. ", 40)
	for seed := range uint64(50) {
		r := randomResult(text, seed)
		Assemble(text, r)
		checkInvariants(t, text, r)
	}
}

func benchDoc(b *testing.B) (string, *model.ExtractionResult) {
	var texts []string
	for _, name := range []string{"seed_paraphrase", "coal_export", "machine_translated", "korean"} {
		text, _ := load(b, name)
		texts = append(texts, text)
	}
	text := strings.Join(texts, "\n\n")
	bl := newBuilder(b, text)
	for _, f := range fixtures {
		if f.name != "diplomacy" {
			f.build(bl)
		}
	}
	return text, &bl.r
}

func BenchmarkAssemble(b *testing.B) {
	text, r := benchDoc(b)
	n := len(r.Places) + len(r.Organizations) + len(r.Commodities) + len(r.Prices) + len(r.Quantities) + len(r.Dates)
	b.ReportMetric(float64(len(text)), "bytes/doc")
	b.ReportMetric(float64(n), "values/doc")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Assemble(text, r)
	}
}

// TestLargeInputBounded runs one 90 KB sentence with thousands of actors,
// places and goods mentions; output must stay within the caps.
func TestLargeInputBounded(t *testing.T) {
	text := strings.Repeat("North Korean traders bought rice from Dandong to Sinuiju or Hyesan via Changbai, they said, ", 1000)
	b := newBuilder(t, text)
	b.place("Dandong", "d", "city", "CN", "", "Dandong").place("Sinuiju", "s", "city", "KP", "", "Sinuiju").
		place("Hyesan", "h", "city", "KP", "", "Hyesan").place("Changbai", "c", "county", "CN", "", "Changbai").
		place("North Korea", "k", "country", "KP", "", "North Korean").
		good("rice", "grain", "rice").org("MSS", "m", "ministry", "KP", "traders")
	Assemble(text, &b.r)
	checkInvariants(t, text, &b.r)
	if len(b.r.Events) != 1 {
		t.Errorf("%d events, want the one purchase", len(b.r.Events))
	}
}
