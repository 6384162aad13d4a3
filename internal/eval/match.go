package eval

import (
	"math"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/yalu-osint/yalu/internal/extract/gazetteer"
	"github.com/yalu-osint/yalu/internal/extract/lexicon"
)

// foldSpecial maps the Latin letters that do not decompose into a base
// letter and a mark (ø, ł, đ, ß …) to their plain forms.
var foldSpecial = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ı': "i", 'þ': "th", 'ð': "d", 'ħ': "h",
}

// dropped are removed outright: apostrophes of every kind (Workers' Party,
// Namp'o, Ji'an) and hyphens (Sin-uiju, Rajin-Sonbong).
const dropped = "'’‘`ʼʻ´-‐‑–"

var placeSuffixes = []string{" province", " county", " city"}

// isLatinExtended reports whether r is a Latin letter beyond ASCII that may
// carry diacritics: Latin-1, Latin Extended-A and -B, and Latin Extended
// Additional (Vietnamese: ẩ, ả, ạ).
func isLatinExtended(r rune) bool {
	return r >= 0x00C0 && r < 0x0250 || r >= 0x1E00 && r <= 0x1EFF
}

// normalize lowercases s, folds the diacritics of Latin letters (McCune–
// Reischauer breves, pinyin tones, Vietnamese and European accents: "Cẩm
// Phả" is "cam pha", "Ürümqi" "urumqi"), drops apostrophes and hyphens and
// collapses whitespace. Other scripts are kept as they are.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case strings.ContainsRune(dropped, r) || unicode.Is(unicode.Mn, r):
			continue
		case isLatinExtended(r):
			if f, ok := foldSpecial[r]; ok {
				b.WriteString(f)
				continue
			}
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func normalizePlace(s string) string {
	n := normalize(s)
	for _, suf := range placeSuffixes {
		if strings.HasSuffix(n, suf) && len(n) > len(suf) {
			return strings.TrimSuffix(n, suf)
		}
	}
	return n
}

// placeMatches reports whether predicted name/country satisfies gold: the
// names match (placeNameMatches), or the gazetteer knows the gold name as
// a name of a place of that country whose canonical name is the predicted
// one (gold "North Phyongan" is the predicted "North Pyongan").
func placeMatches(goldName, goldCountry, predName, predCountry string) bool {
	if !strings.EqualFold(goldCountry, predCountry) {
		return false
	}
	return placeNameMatches(goldName, predName) || knownAlias(goldName, goldCountry, predName)
}

// gazetteerOnce loads the gazetteer for knownAlias; nil when it fails to
// load, and then no alias is known.
var gazetteerOnce = sync.OnceValue(func() *gazetteer.Gazetteer {
	g, err := gazetteer.Load()
	if err != nil {
		return nil
	}
	return g
})

// knownAlias reports whether an entry of the gazetteer in country has
// goldName among its names and predName, normalised, as its canonical
// name. A prediction carries its canonical name, so this accepts a gold
// spelling the extractor resolves to the same place.
func knownAlias(goldName, country, predName string) bool {
	g := gazetteerOnce()
	if g == nil {
		return false
	}
	p := normalizePlace(predName)
	for _, h := range g.Hits(gazetteer.Key(goldName)) {
		if strings.EqualFold(h.Entry.Country, country) && normalizePlace(h.Entry.Name) == p {
			return true
		}
	}
	return false
}

// knownAliasOf reports whether the gazetteer knows goldName as a name of
// the place whose id is predID.
func knownAliasOf(goldName, predID string) bool {
	g := gazetteerOnce()
	if g == nil || predID == "" {
		return false
	}
	for _, h := range g.Hits(gazetteer.Key(goldName)) {
		if h.Entry.ID == predID {
			return true
		}
	}
	return false
}

// placeNameMatches is the name half of placeMatches, used alone where gold
// has names only (legs, event routes).
func placeNameMatches(goldName, predName string) bool {
	g, p := normalizePlace(goldName), normalizePlace(predName)
	if g == "" {
		return false
	}
	return g == p || strings.HasPrefix(p, g+" ")
}

// hsMatches is the commodity HS rule; ok is false when it does not apply
// (a code missing or shorter than 4 digits on either side).
func hsMatches(gold, pred string) (match, ok bool) {
	if len(gold) < 4 || len(pred) < 4 {
		return false, false
	}
	return strings.HasPrefix(gold, pred) || strings.HasPrefix(pred, gold), true
}

// amountClose reports whether pred is within 0.5% of gold.
func amountClose(gold, pred float64) bool {
	return math.Abs(gold-pred) <= 0.005*math.Abs(gold)+1e-9
}

func optionalClose(gold, pred *float64, close func(a, b float64) bool) bool {
	if gold == nil || pred == nil {
		return gold == nil && pred == nil
	}
	return close(*gold, *pred)
}

func exactly(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }

// maxMatching returns a maximum one-to-one matching between nGold gold items
// and nPred predictions where ok(g, p) says which pairs may match.
// goldTo[g] is the matched prediction or -1. Kuhn's augmenting paths suffice
// for the tens of items a document has.
func maxMatching(nGold, nPred int, ok func(g, p int) bool) (goldTo, predTo []int) {
	goldTo = make([]int, nGold)
	predTo = make([]int, nPred)
	for i := range goldTo {
		goldTo[i] = -1
	}
	for i := range predTo {
		predTo[i] = -1
	}
	adj := make([][]int, nGold)
	for g := range nGold {
		for p := range nPred {
			if ok(g, p) {
				adj[g] = append(adj[g], p)
			}
		}
	}
	var try func(g int, seen []bool) bool
	try = func(g int, seen []bool) bool {
		for _, p := range adj[g] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if predTo[p] < 0 || try(predTo[p], seen) {
				goldTo[g], predTo[p] = p, g
				return true
			}
		}
		return false
	}
	for g := range nGold {
		try(g, make([]bool, nPred))
	}
	return goldTo, predTo
}

// CommodityMatches is the commodities field's rule: HS codes of at least
// four digits on both sides match when one is a prefix of the other;
// otherwise the names must be the same once normalised (sameGoodName).
// Package goods' analyst table scores with it too.
func CommodityMatches(goldName, goldHS, predName, predHS string) bool {
	if m, ok := hsMatches(goldHS, predHS); ok {
		return m
	}
	return sameGoodName(goldName, predName)
}

// sameGoodName reports whether two commodity names are the same once
// normalised, a regular English plural of the last word aside.
func sameGoodName(a, b string) bool {
	return singular(american(normalize(a))) == singular(american(normalize(b)))
}

// britishWords are the British spellings of words that name goods, with
// their American forms: an annotator's "fertiliser" is the extractor's
// "fertilizer".
var britishWords = strings.NewReplacer(
	"fertiliser", "fertilizer", "aluminium", "aluminum", "tyre", "tire", "jewellery", "jewelry",
	"colour", "color", "grey", "gray", "pyjama", "pajama", "moustache", "mustache",
	"sulphur", "sulfur", "sulphate", "sulfate", "paediatric", "pediatric", "haemo", "hemo",
	"oestrogen", "estrogen", "liquorice", "licorice", "yoghurt", "yogurt", "cheque", "check",
	"storey", "story", "programme", "program", "organiser", "organizer", "vapouriser", "vaporizer",
)

// american rewrites the British spellings of a normalised name.
func american(n string) string { return britishWords.Replace(n) }

// singular strips a regular plural ending from the last word of a
// normalised name: -ies → -y, -ches/-shes/-sses/-xes → drop -es, -s → drop,
// but not from words ending in -ss, -us or -is ("glass", "asparagus").
func singular(n string) string {
	i := strings.LastIndexByte(n, ' ') + 1
	w := n[i:]
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	return n[:i] + w
}

// normalizeOrg is normalize for organisations' names, with "U.S." read as
// "US": writers spell the same court or department both ways.
func normalizeOrg(s string) string {
	return strings.ReplaceAll(normalize(s), "u.s.", "us")
}

// lexiconOnce loads the lexicons for knownOrgName; nil when they fail to
// load, and then no other name is known.
var lexiconOnce = sync.OnceValue(func() *lexicon.Lexicon {
	l, err := lexicon.Load()
	if err != nil {
		return nil
	}
	return l
})

// knownOrgName reports whether want, a normalised gold name, is a name the
// lexicon gives the organisation whose id is predID: its canonical name, an
// alias or a former name.
func knownOrgName(want, predID string) bool {
	l := lexiconOnce()
	if l == nil || predID == "" {
		return false
	}
	o, ok := l.Org(predID)
	if !ok {
		return false
	}
	if normalizeOrg(o.Name) == want {
		return true
	}
	for _, names := range [][]string{o.Aliases, o.FormerNames} {
		for _, n := range names {
			if normalizeOrg(n) == want {
				return true
			}
		}
	}
	return false
}
