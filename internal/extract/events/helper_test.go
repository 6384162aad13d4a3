package events

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// builder makes a part-1 ExtractionResult by hand: every value's mentions
// are found by substring search in the text, so fixtures stay readable.
type builder struct {
	t    testing.TB
	text string
	r    model.ExtractionResult
}

func newBuilder(t testing.TB, text string) *builder {
	return &builder{t: t, text: text, r: model.ExtractionResult{Places: []model.Place{}, Organizations: []model.Organization{}, Commodities: []model.Commodity{}, Prices: []model.Price{}, Quantities: []model.Quantity{}, Dates: []model.DateMention{}}}
}

func wordByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// spans finds every whole-word occurrence of each surface form; a surface
// that does not occur fails the test, so a typo cannot pass silently.
func (b *builder) spans(surfaces ...string) []model.Mention {
	b.t.Helper()
	var ms []model.Mention
	for _, s := range surfaces {
		found := false
		for off := 0; ; {
			k := strings.Index(b.text[off:], s)
			if k < 0 {
				break
			}
			st, en := off+k, off+k+len(s)
			off = en
			if (st > 0 && wordByte(b.text[st-1]) && wordByte(s[0])) || (en < len(b.text) && wordByte(b.text[en]) && wordByte(s[len(s)-1])) {
				continue
			}
			ms = append(ms, model.Mention{Start: st, End: en, Text: s})
			found = true
		}
		if !found {
			b.t.Fatalf("surface %q not in text", s)
		}
	}
	return ms
}

func (b *builder) place(name, id, kind, country, admin1 string, surfaces ...string) *builder {
	b.r.Places = append(b.r.Places, model.Place{Name: name, ID: id, Kind: kind, Country: country, Admin1: admin1, Score: 1, Mentions: b.spans(surfaces...)})
	return b
}

func (b *builder) org(name, id, kind, country string, surfaces ...string) *builder {
	b.r.Organizations = append(b.r.Organizations, model.Organization{Name: name, ID: id, Kind: kind, Country: country, Aliases: surfaces, Mentions: b.spans(surfaces...)})
	return b
}

func (b *builder) good(name, class string, surfaces ...string) *builder {
	b.r.Commodities = append(b.r.Commodities, model.Commodity{Name: name, ID: strings.ReplaceAll(name, " ", "-"), Class: class, Mentions: b.spans(surfaces...)})
	return b
}

func (b *builder) price(amount float64, currency, unit, qualifier, surface string) *builder {
	b.r.Prices = append(b.r.Prices, model.Price{Amount: amount, Currency: currency, Unit: unit, Qualifier: qualifier, Mentions: b.spans(surface)})
	return b
}

func (b *builder) qty(lo, hi float64, unit, surface string) *builder {
	q := model.Quantity{Text: surface, Min: lo, Unit: unit, Mentions: b.spans(surface)}
	if hi > 0 {
		q.Max = &hi
	}
	b.r.Quantities = append(b.r.Quantities, q)
	return b
}

func (b *builder) date(start, end, precision, surface string) *builder {
	b.r.Dates = append(b.r.Dates, model.DateMention{Text: surface, Start: start, End: end, Precision: precision, Mentions: b.spans(surface)})
	return b
}

// assembled builds the mentions of text with build and runs Assemble on them.
func assembled(t *testing.T, text string, build func(*builder)) model.ExtractionResult {
	t.Helper()
	b := newBuilder(t, text)
	build(b)
	r := b.r
	Assemble(text, &r)
	return r
}

// rulesOnly turns the leg scorer off for the rest of the test: the leg
// rule tests check what the rules state, before the scorer adds to it.
func rulesOnly(t *testing.T) {
	saved := legModel
	legModel = scorer{}
	t.Cleanup(func() { legModel = saved })
}

// legCase is one sentence or report with the legs assembly must make.
type legCase struct {
	name     string
	text     string
	build    func(*builder)
	legs     []string // the specific legs, "From>To", sorted
	general  []string // the general legs, sorted; compared when checkLegCases is told to
	notLeg   string   // a specific leg that must not be made; the others go unchecked
	dir      string   // the report's direction; "" leaves it unchecked
	wantNone bool     // no legs at all, specific or general
}

// checkLegCases assembles each case and compares its legs (and, with
// general, its general legs) and direction with what the case wants.
func checkLegCases(t *testing.T, general bool, cases []legCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if p := legCaseProblem(t, general, c); p != "" {
				t.Error(p)
			}
		})
	}
}

// legCaseProblem assembles c and says how its legs differ from what it
// wants, or "" when they do not.
func legCaseProblem(t *testing.T, general bool, c legCase) string {
	t.Helper()
	r := assembled(t, c.text, c.build)
	checkInvariants(t, c.text, &r)
	if c.dir != "" && r.Direction != c.dir {
		return fmt.Sprintf("direction %q, want %q", r.Direction, c.dir)
	}
	got := legPairs(r.Legs, false)
	slices.Sort(got)
	switch {
	case c.wantNone:
		if len(r.Legs) != 0 {
			return fmt.Sprintf("legs %v and general %v, want none", got, legPairs(r.Legs, true))
		}
	case c.notLeg != "":
		if slices.Contains(got, c.notLeg) {
			return fmt.Sprintf("legs %v, want no %s", got, c.notLeg)
		}
	default:
		if !slices.Equal(got, c.legs) {
			return fmt.Sprintf("legs %v, want %v", got, c.legs)
		}
		if gen := legPairs(r.Legs, true); general {
			slices.Sort(gen)
			if !slices.Equal(gen, c.general) {
				return fmt.Sprintf("general legs %v, want %v", gen, c.general)
			}
		}
	}
	return ""
}
