package goods

import (
	"strings"
	"testing"
)

// The single-pass staple cue reading answers as a search for each cue in
// the lower-cased sentence does.
func TestLatinCueMatchesSearch(t *testing.T) {
	reference := func(s string) bool {
		low := appendLowerLatin(nil, s)
		if containsAnyBytes(low, stapleCuesLatin) {
			return true
		}
		return !isASCII(s) && (containsAnyBytes(low, stapleCuesCJK) || koreanWon(low))
	}
	texts := []string{
		"", "x", "The fishermen say they catch fewer fish every spring.",
		"Traders SOLD rice", "a BAN on coal", "the banner fell", "urban areas", " ban", "ban on",
		"border guards", "an ORDER came", "present company", "he SENT it", "price", "$5", "5 KG",
		"they went home", "wentworth", "bound  for", "bound for", "Kelvin \u212Ag", "ſold out",
		"장마당에서 입쌀 1kg은 6,200원이다.", "위원회", "요즘은 중국산 밀가루가 흔하다.", "\xff\xfeprice",
	}
	for _, c := range stapleCuesLatin {
		w := string(c)
		texts = append(texts, w, strings.ToUpper(w), "x"+w, w[:len(w)-1], "the "+strings.ToUpper(w[:1])+w[1:]+" came", "a"+w+"b")
	}
	for _, s := range texts {
		if got, want := hasStapleCue(s), reference(s); got != want {
			t.Errorf("hasStapleCue(%q) = %v, want %v", s, got, want)
		}
	}
	if !hasStapleCue("Traders sold rice.") || hasStapleCue("The fishermen catch fish.") || hasStapleCue("the urban border") {
		t.Error("hasStapleCue misreads the plain cases")
	}
}

// hasSuffixFold answers as strings.EqualFold of the suffix does, with
// capitals, runes that fold to ASCII letters, and broken UTF-8.
func TestHasSuffixFold(t *testing.T) {
	sufs := []string{"such ", "kind of ", "the ", "its ", "hands out ", "parts for ", "a ", "ration of "}
	texts := []string{"", " ", "SUCH ", "no such ", "its", "iTS ", "it\u017F ", "\u212Aind of ", "Kind of ",
		"hands OUT ", "spare Parts For ", "\xffhe ", "the", "a  ", "A ", "rations of "}
	for _, s := range texts {
		for _, suf := range sufs {
			want := len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf)
			if got := hasSuffixFold(s, suf); got != want {
				t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", s, suf, got, want)
			}
		}
	}
	if !hasSuffixFold("No SUCH ", "such ") || hasSuffixFold("muchness ", "such ") {
		t.Error("hasSuffixFold misreads the plain cases")
	}
}

// headSets answers as the head sets it joins do, for their words and for
// words of none.
func TestHeadSets(t *testing.T) {
	sets := []struct {
		words map[string]bool
		bit   headSet
	}{
		{rejectHeads, hReject}, {saleCarriers, hSaleCarrier}, {particles, hParticle},
		{facilityNounSet, hFacility}, {judgementWords, hJudgement}, {specifiers, hSpecifier},
		{unitWords, hUnit},
	}
	for _, s := range sets {
		for _, o := range sets {
			for w := range o.words {
				if got := headSets[w]&s.bit != 0; got != s.words[w] {
					t.Errorf("headSets[%q] has bit %b: %v, want %v", w, s.bit, got, s.words[w])
				}
			}
		}
	}
	if headSets["soybeans"] != 0 || headSets["trucks"]&(hReject|hSaleCarrier) != hReject|hSaleCarrier {
		t.Errorf("headSets: soybeans %b, trucks %b", headSets["soybeans"], headSets["trucks"])
	}
}

// The cheap tests before the map lookups hold for every key: each brand
// acronym has an ASCII capital, each verb reading is as long as "make up".
func TestLookupPrechecks(t *testing.T) {
	for w := range brandAcronyms {
		if !hasUpperASCII(w) || !brandForm(w) {
			t.Errorf("brand acronym %q: no ASCII capital, or no brand form", w)
		}
	}
	for w := range verbReadings {
		if len(w) != len("make up") {
			t.Errorf("verb reading %q is not as long as %q", w, "make up")
		}
	}
	if brandForm("rice") || brandForm("SUV") || !brandForm("Lexus") {
		t.Error("brandForm misreads rice, SUV or Lexus")
	}
}

// The last-letter checks of rationFrame, partsForBefore and
// demonstrativeBefore pass every phrase they stand before.
func TestSuffixPrefilters(t *testing.T) {
	for _, f := range rationFrames {
		if c := f[len(f)-2]; c != 't' && c != 'f' {
			t.Errorf("ration frame %q ends in neither \"t \" nor \"f \"", f)
		}
		if !rationFrame(strings.ToUpper(f)+"rice", len(f)) || !rationFrame("x "+f+"the rice", len(f)+6) {
			t.Errorf("rationFrame misses %q", f)
		}
	}
	for _, p := range partsForPhrases {
		if c := p[len(p)-2]; c != 'r' && c != 'f' {
			t.Errorf("parts phrase %q ends in neither \"r \" nor \"f \"", p)
		}
		if !partsForBefore("x "+strings.ToUpper(p)) || !partsForBefore(p+"the ") {
			t.Errorf("partsForBefore misses %q", p)
		}
	}
	for _, d := range demonstratives {
		if c := d[len(d)-2]; c != 'h' && c != 'e' && c != 'f' {
			t.Errorf("demonstrative %q ends in none of h, e, f", d)
		}
		if !demonstrativeBefore(strings.ToUpper(d)+"rice", len(d)) {
			t.Errorf("demonstrativeBefore misses %q", d)
		}
	}
}
