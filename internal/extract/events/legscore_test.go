package events

import (
	"slices"
	"strings"
	"testing"
)

func TestParseLegModel(t *testing.T) {
	for _, c := range []struct {
		name, json, err string
		on              bool
	}{
		{name: "empty file turns the scorer off", json: ""},
		{name: "no weights or trees turns it off", json: `{"threshold":0.5}`},
		{name: "a linear model", json: `{"weights":{"bias":-1,"rule":2},"threshold":0.5}`, on: true},
		{name: "a tree", json: `{"weights":{"bias":-1},"trees":[[{"f":"fwd","yes":1,"no":2},{"v":0.5},{"v":-0.5}]],"threshold":0.4}`, on: true},
		{name: "bad JSON", json: `{"weights":`, err: "reading the leg model"},
		{name: "unknown feature", json: `{"weights":{"nonsense":1},"threshold":0.5}`, err: `unknown feature "nonsense"`},
		{name: "threshold out of range", json: `{"weights":{"bias":1},"threshold":1}`, err: "strictly between 0 and 1"},
		{name: "tree pointing back", json: `{"trees":[[{"f":"fwd","yes":0,"no":1},{"v":1}]],"threshold":0.5}`, err: "points outside the tree or back"},
		{name: "tree splitting on an unknown feature", json: `{"trees":[[{"f":"zzz","yes":1,"no":2},{"v":1},{"v":0}]],"threshold":0.5}`, err: `unknown feature "zzz"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := parseLegModel([]byte(c.json))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one saying %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.on != c.on {
				t.Errorf("on = %v, want %v", s.on, c.on)
			}
		})
	}
}

func TestScorerMargin(t *testing.T) {
	s, err := parseLegModel([]byte(`{"weights":{"bias":-1,"rule":3},"trees":[[{"f":"fwd","yes":1,"no":2},{"v":0.5},{"v":-0.25}]],"threshold":0.5}`))
	if err != nil {
		t.Fatal(err)
	}
	bias, rule, fwd := featIndex["bias"], featIndex["rule"], featIndex["fwd"]
	for _, c := range []struct {
		feats []uint16
		want  float64
	}{
		{[]uint16{bias}, -1.25},
		{[]uint16{bias, fwd}, -0.5},
		{[]uint16{bias, rule, fwd}, 2.5},
	} {
		if got := s.margin(c.feats); got != c.want {
			t.Errorf("margin(%v) = %v, want %v", c.feats, got, c.want)
		}
	}
}

func TestEmbeddedLegModel(t *testing.T) {
	if !legModel.on || len(legModel.roots) == 0 {
		t.Fatal("the embedded leg model is off or has no trees; run go generate in internal/extract/events")
	}
	if legModel.logit <= -3 || legModel.logit >= 3 {
		t.Errorf("threshold log-odds %v: the threshold is implausible", legModel.logit)
	}
}

// A case where the rules state nothing and the scorer adds the hop: where
// a supply line begins, and where the goods ordered "there" are sent.
func TestScorerAddsLegs(t *testing.T) {
	build := func(b *builder) {
		b.place("Yiwu", "geonames:1786657", "city", "CN", "Zhejiang", "Yiwu").
			place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").
			place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
			good("plastic toys", "toys", "plastic toys", "toys")
	}
	text := "Toys by truck\n\nThe supply line begins in the wholesale halls of Yiwu. Agents of a Pyongyang trading firm order plastic toys there by the thousand, and the toys are sent by lorry to Dandong."
	want := "Yiwu>Dandong"
	r := assembled(t, text, build)
	checkInvariants(t, text, &r)
	if got := legPairs(r.Legs, false); !slices.Equal(got, []string{want}) {
		t.Errorf("legs %v, want just %s", got, want)
	}
	rulesOnly(t)
	r = assembled(t, text, build)
	if got := legPairs(r.Legs, false); slices.Contains(got, want) {
		t.Errorf("the rules alone state %s (legs %v): the case no longer shows the scorer at work", want, got)
	}
}

// Where no leg may stand, the scorer adds none either.
func TestScorerMustNotFire(t *testing.T) {
	namyang := func(b *builder, s ...string) *builder {
		return b.place("Namyang", "geonames:2039335", "town", "KP", "North Hamgyong", s...)
	}
	hoeryong := func(b *builder, s ...string) *builder {
		return b.place("Hoeryong", "geonames:2044245", "city", "KP", "North Hamgyong", s...)
	}
	chongjin := func(b *builder, s ...string) *builder {
		return b.place("Chongjin", "geonames:2044757", "city", "KP", "North Hamgyong", s...)
	}
	nampo := func(b *builder, s ...string) *builder {
		return b.place("Nampo", "geonames:1873172", "city", "KP", "South Pyongan", s...)
	}
	checkLegCases(t, false, []legCase{
		{
			name: "people who travel on carry no goods",
			text: "Soap for the north\n\nLorries carry the soap from Namyang to Hoeryong. The rest of the inspectors went on to Chongjin.",
			build: func(b *builder) {
				chongjin(hoeryong(namyang(b, "Namyang"), "Hoeryong"), "Chongjin").good("soap", "chemicals", "soap")
			},
			notLeg: "Hoeryong>Chongjin",
		},
		{
			name:     "a planned shipment",
			text:     "Flour next month\n\nThe company plans to ship flour from Dandong to Nampo next month, a trader said.",
			build:    func(b *builder) { nampo(dandong(b, "Dandong"), "Nampo").good("flour", "food", "flour") },
			wantNone: true,
		},
		{
			name:     "a denied shipment",
			text:     "No flour\n\nThe flour was not shipped from Dandong to Nampo, officials insisted.",
			build:    func(b *builder) { nampo(dandong(b, "Dandong"), "Nampo").good("flour", "food", "flour") },
			wantNone: true,
		},
		{
			name:   "where a source speaks from",
			text:   "Flour by sea\n\nA source in Dandong said the flour went by ship to Nampo last week.",
			build:  func(b *builder) { nampo(dandong(b, "Dandong"), "Nampo").good("flour", "food", "flour") },
			notLeg: "Dandong>Nampo",
		},
		{
			name:   "no way back the rules did not state",
			text:   "Flour by rail\n\nTraders bought flour in Dandong. The flour crossed the bridge into Sinuiju on Monday, traders in Sinuiju said.",
			build:  func(b *builder) { sinuiju(dandong(b, "Dandong"), "Sinuiju").good("flour", "food", "flour") },
			notLeg: "Sinuiju>Dandong",
		},
	})
}

// koParticleAfter gives up at once on text that opens with an ASCII
// byte, which holds only while no particle starts with one.
func TestKoParticlesStartNonASCII(t *testing.T) {
	for _, p := range koAfter[1:] {
		if p.p == "" || p.p[0] < 0x80 {
			t.Errorf("particle %q (%s) starts with an ASCII byte", p.p, p.n)
		}
	}
}
