package goods

import (
	"slices"
	"strings"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
)

// hsIndex answers which HS headings lie under a code and what their
// descriptions say, for narrowing a good's code to the text's phrase.
type hsIndex struct {
	children map[string][]string       // code → codes two digits longer, ascending
	words    map[string]map[string]int // code → singular lower-case description words, first position
	refs     map[string][]headingRange // 4-digit parts heading → headings it covers
	parts    map[string][]string       // chapter → its 4-digit headings about parts
}

// headingRange is an inclusive run of 4-digit headings ("8701 to 8705").
type headingRange struct{ lo, hi string }

func newHSIndex(lex *lexicon.Lexicon) *hsIndex {
	ix := &hsIndex{
		children: map[string][]string{},
		words:    map[string]map[string]int{},
		refs:     map[string][]headingRange{},
		parts:    map[string][]string{},
	}
	for _, code := range lex.HSCodes() {
		if len(code) > 2 {
			parent := code[:len(code)-2]
			ix.children[parent] = append(ix.children[parent], code)
		}
		desc := strings.ToLower(lex.HSDescription(code))
		set := map[string]int{}
		for i, w := range strings.FieldsFunc(desc, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if _, ok := set[singular(w)]; !ok {
				set[singular(w)] = i
			}
		}
		ix.words[code] = set
		if _, ok := set["part"]; len(code) == 4 && ok {
			ix.parts[code[:2]] = append(ix.parts[code[:2]], code)
			ix.refs[code] = headingRefs(desc)
		}
	}
	return ix
}

// headingRefs reads the headings a description cites: "heading 8801, 8802
// or 8806", "headings 84.70 to 84.72", "headings 8456-8465".
func headingRefs(desc string) []headingRange {
	var nums []string
	var ranged []bool // nums[i] is the end of a range starting at nums[i-1]
	for i := 0; i < len(desc); {
		if desc[i] < '0' || desc[i] > '9' {
			i++
			continue
		}
		j := i
		var b strings.Builder
		for j < len(desc) && (('0' <= desc[j] && desc[j] <= '9') || (desc[j] == '.' && j+1 < len(desc) && '0' <= desc[j+1] && desc[j+1] <= '9')) {
			if desc[j] != '.' {
				b.WriteByte(desc[j])
			}
			j++
		}
		if n := b.String(); len(n) == 4 {
			dash := i > 1 && desc[i-1] == '-' && '0' <= desc[i-2] && desc[i-2] <= '9' // "8456-8465"
			ranged = append(ranged, len(nums) > 0 && (dash || strings.HasSuffix(strings.TrimSpace(desc[:i]), " to")))
			nums = append(nums, n)
		}
		i = j
	}
	var out []headingRange
	for i, n := range nums {
		if ranged[i] {
			out[len(out)-1].hi = n
			continue
		}
		out = append(out, headingRange{n, n})
	}
	return out
}

// partsHeading is the heading for parts of goods classified under code: the
// parts heading of its chapter that cites its heading, or the chapter's only
// parts heading; "" when there is none.
func (ix *hsIndex) partsHeading(code string) string {
	if len(code) < 2 {
		return ""
	}
	cands := ix.parts[code[:2]]
	if len(code) >= 4 {
		for _, p := range cands {
			for _, r := range ix.refs[p] {
				if r.lo <= code[:4] && code[:4] <= r.hi {
					return p
				}
			}
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return ""
}

// earlyWords is how near the start of a description an extra word must be
// to settle a tie: "Fish, dried, …" and "Wood sawn …" are about dried fish
// and sawn wood, "Meat of bovine animals; frozen" is not about frozen meat.
const earlyWords = 3

// narrow is the code under code whose description names the most of the
// phrase's words, at least one of them an extra word the lexicon name lacks;
// among equals, the only one that names an extra word in its first few
// words; code itself when none fits or the best still tie.
func (ix *hsIndex) narrow(code string, phrase, extra []string) string {
	best, bestScore, tie := "", 0, false
	for _, c := range ix.children[code] {
		set := ix.words[c]
		pos := -1
		for _, w := range extra {
			if p, ok := set[singular(w)]; ok && (pos < 0 || p < pos) {
				pos = p
			}
		}
		if pos < 0 {
			continue
		}
		score := 0
		for _, w := range phrase {
			if _, ok := set[singular(w)]; ok {
				score++
			}
		}
		score *= 2
		if pos < earlyWords {
			score++
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = c, score, false
		case score == bestScore:
			tie = true
		}
	}
	if best == "" || tie {
		return code
	}
	return best
}

// vagueNouns name any kind of good and so narrow none: "agricultural
// equipment" is agricultural machinery, not the heading (8436) whose
// description happens to say "equipment".
var vagueNouns = map[string]bool{
	"equipment": true, "machinery": true, "machines": true, "goods": true, "products": true,
	"items": true, "supplies": true, "materials": true, "articles": true,
}

// refine is the most specific code for a good the lexicon classifies under
// code and the text names by phrase (lower-case words) with modifiers mods.
func (f *Finder) refine(code, name string, w widened, phrase []string) string {
	if code == "" {
		return code
	}
	if w.parts {
		if p := f.hs.partsHeading(code); p != "" {
			return p
		}
		return code
	}
	for _, m := range w.mods {
		if wornStates[m] && wornApparel(code) {
			return "6309" // "used padded jackets", "worn jeans": worn clothing
		}
		if preservingWords[m] {
			if c := preservedCode(code); c != "" {
				return c
			}
		}
		if m == "dried" || m == "dry" {
			if c := driedVegetable(code); c != "" {
				return c // "dried pine mushrooms": 0712, not the fresh 0709
			}
		}
	}
	for _, m := range w.mods {
		if c := f.modCodes[m]; len(c) > len(code) && strings.HasPrefix(c, code) {
			return c
		}
	}
	nameWords := map[string]bool{}
	for _, n := range strings.Fields(strings.ToLower(name)) {
		nameWords[singular(n)] = true
	}
	var extra []string
	for _, p := range phrase {
		if !nameWords[singular(p)] && !useWords[p] && !vagueNouns[p] {
			extra = append(extra, p)
		}
	}
	if len(code) == 2 && len(extra) > 0 && !slices.ContainsFunc(extra, func(w string) bool { return !partsWords[w] }) {
		// Parts of machinery no heading names are the chapter's parts
		// "not elsewhere specified": "used machinery parts" 8487, not the
		// parts of cranes and excavators (8431) whose heading also says
		// "machinery".
		if c, ok := partsNES[code]; ok {
			return c
		}
	}
	if len(extra) == 0 || len(code) != 2 {
		// Only the 4-digit level of the table is complete: a lone 6-digit
		// code under a heading is there because the lexicon uses it, not
		// because it is the only one that fits.
		return code
	}
	return f.hs.narrow(code, phrase, extra)
}

// driedVegetable is the heading of dried vegetables (0712) for a fresh
// vegetable's code of chapter 07, with the mushroom subheadings where the
// fresh code names the kind: Agaricus 070951 → 071231, shiitake 070954 →
// 071234, other mushrooms (matsutake 070955 and the rest of 07095x) →
// 071239. It is "" for codes of other chapters and for 0712 itself.
func driedVegetable(code string) string {
	if len(code) < 4 || code[:2] != "07" || code[:4] == "0712" || code[:4] == "0713" || code[:4] == "0714" {
		return ""
	}
	switch {
	case code == "070951":
		return "071231"
	case code == "070954":
		return "071234"
	case len(code) == 6 && code[:5] == "07095":
		return "071239"
	}
	return "0712"
}

// partsWords name parts; partsNES is the heading of a chapter's parts not
// elsewhere specified.
var (
	partsWords = map[string]bool{"parts": true, "part": true, "spare": true, "spares": true}
	partsNES   = map[string]string{"84": "8487", "85": "8548"}
)

// wornStates are the words that make clothing worn clothing (6309).
var wornStates = map[string]bool{"used": true, "second-hand": true, "secondhand": true, "worn": true}

// wornApparel reports whether code classifies clothing, footwear or
// headgear, which the HS codes as worn clothing (6309) once used.
func wornApparel(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "61", "62", "64", "65":
		return true
	}
	return false
}

// partsOnly reports whether a heading's description is about parts alone:
// it opens with them ("Parts suitable for use solely with the engines of
// heading 8407", "Machinery parts; …", "Electrical parts of machinery") or
// they follow its first clause ("Electric motors and generators; parts
// suitable for …"), unlike "Other furniture and parts thereof".
func partsOnly(desc string) bool {
	first, rest, _ := strings.Cut(strings.ToLower(desc), ";")
	words := strings.Fields(first)
	if len(words) > 0 && words[0] == "parts" || len(words) > 1 && words[1] == "parts" {
		return true
	}
	return strings.HasPrefix(strings.TrimSpace(rest), "parts")
}
