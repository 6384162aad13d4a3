package events

import (
	"slices"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// TestAttributionSpeakerOnly: the attribution of a sentence is only the
// phrase that names who speaks. The reported clause before a Korean speaker
// (…다고, …라며, a finite verb) or after a plain English speech verb keeps
// its places as stops of the route; a speaker phrase of several words is
// kept whole.
func TestAttributionSpeakerOnly(t *testing.T) {
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	hamhung, chongjin := city("Hamhung", "KP"), city("Chongjin", "KP")
	dandong, yanji, hyesan := city("Dandong", "CN"), city("Yanji", "CN"), city("Hyesan", "KP")
	cement := func(b *builder) {
		if isKo(b.text) {
			b.good("cement", "construction", "시멘트")
		} else {
			b.good("cement", "construction", "cement")
		}
	}
	cases := []struct {
		name   string
		text   string
		build  func(*builder)
		leg    string // a leg that must be found ("" for none)
		notLeg string // a leg that must not be found
		attr   string // the attribution the shipment must carry
	}{
		{
			name:  "ko: places of a clause quoted with 다고 stay in the route",
			text:  "시멘트 운송\n\n지난주 화물차들이 시멘트를 싣고 함흥을 떠나 청진으로 갔다고 소식통은 말했다.",
			build: func(b *builder) { chongjin(hamhung(b, "함흥"), "청진"); cement(b) },
			leg:   "Hamhung>Chongjin",
			attr:  "소식통은",
		},
		{
			name:  "ko: a clause quoted with 라며 ends the speaker phrase too",
			text:  "시멘트 운송\n\n시멘트는 함흥에서 청진으로 보내지는 중이라며 현지 소식통이 전했다.",
			build: func(b *builder) { chongjin(hamhung(b, "함흥"), "청진"); cement(b) },
			leg:   "Hamhung>Chongjin",
			attr:  "현지 소식통이",
		},
		{
			name:  "ko: a speaker phrase of several words is kept whole",
			text:  "시멘트 운송\n\n함경남도의 한 무역 소식통은 시멘트가 함흥에서 청진으로 실려 갔다고 말했다.",
			build: func(b *builder) { chongjin(hamhung(b, "함흥"), "청진"); cement(b) },
			leg:   "Hamhung>Chongjin",
			attr:  "함경남도의 한 무역 소식통은",
		},
		{
			name: "ko: a town naming where the source lives is no stop",
			text: "시멘트 운송\n\n청진의 한 소식통에 따르면 시멘트가 함흥으로 실려 갔다.",
			build: func(b *builder) {
				chongjin(hamhung(b, "함흥"), "청진")
				cement(b)
			},
			notLeg: "Chongjin>Hamhung",
			attr:   "청진의 한 소식통에 따르면",
		},
		{
			name:  "en: a plain speech verb is followed by what is said",
			text:  "Cement trade\n\nOne trader explained lorries loaded cement in Yanji and drove it to Hyesan last week.",
			build: func(b *builder) { hyesan(yanji(b, "Yanji"), "Hyesan"); cement(b) },
			leg:   "Yanji>Hyesan",
		},
		{
			name:  "en: a speaker after a comma leaves the clause before it",
			text:  "Cement trade\n\nLorries carried the cement from Yanji to Dandong, the source said.",
			build: func(b *builder) { dandong(yanji(b, "Yanji"), "Dandong"); cement(b) },
			leg:   "Yanji>Dandong",
			attr:  "the source said",
		},
		{
			name: "en: an inverted verb is followed by its speaker, whose town is no stop",
			text: "Cement trade\n\nThe cement was shipped by lorry to Hyesan, said a source in Dandong.",
			build: func(b *builder) {
				hyesan(dandong(b, "Dandong"), "Hyesan")
				cement(b)
			},
			notLeg: "Dandong>Hyesan",
			attr:   "said a source in Dandong",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := assembled(t, c.text, c.build)
			legs := legPairs(r.Legs, false)
			if c.leg != "" && !slices.Contains(legs, c.leg) {
				t.Errorf("legs %v, want %s", legs, c.leg)
			}
			if c.notLeg != "" && slices.Contains(legs, c.notLeg) {
				t.Errorf("legs %v, must not hold %s", legs, c.notLeg)
			}
			if c.attr != "" {
				found := false
				for _, e := range r.Events {
					found = found || e.Attribution == c.attr
				}
				if !found {
					t.Errorf("attributions %v, want %q", attrs(r.Events), c.attr)
				}
			}
		})
	}
}

func isKo(s string) bool {
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

func attrs(evs []model.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Attribution)
	}
	return out
}

// TestKoClauseEnd: the word before a Korean speaker ends the reported clause
// when it quotes, joins or closes a clause, not when it is part of who
// speaks.
func TestKoClauseEnd(t *testing.T) {
	for text, want := range map[string]bool{
		"값이 올랐다고":       true,
		"밀수가 늘었다며":      true,
		"분위기라고":         true,
		"보내졌다는 것이":      true,
		"늘었고":           true,
		"실어 보냈다":        true,
		"실어 보낸다":        true,
		"보냈습니다":         true,
		"평안북도의 한":       false,
		"현지":            false,
		"내부":            false,
		"무역":            false,
		"창고":            false,
		"함경남도":          false,
		"자유아시아방송(RFA)이": false,
	} {
		if got := koClauseEnd(text); got != want {
			t.Errorf("koClauseEnd(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestKoAlsoNoTail: a destination with the additive 도 ("to Japan as
// well") is one more market, not where a later sentence's goods start.
func TestKoAlsoNoTail(t *testing.T) {
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	hamhung, chongjin, rajin := city("Hamhung", "KP"), city("Chongjin", "KP"), city("Rajin", "KP")
	cement := func(b *builder) { b.good("cement", "construction", "시멘트") }
	build := func(b *builder) { rajin(chongjin(hamhung(b, "함흥"), "청진"), "나진"); cement(b) }
	also := assembled(t, "시멘트 운송\n\n함흥 공장의 시멘트는 청진으로도 실려 갔다. 지난달에는 시멘트 2천 톤이 나진으로 실려 갔다.", build)
	if legs := legPairs(also.Legs, false); slices.Contains(legs, "Chongjin>Rajin") {
		t.Errorf("additive 도: legs %v must not go on from Chongjin", legs)
	}
	plain := assembled(t, "시멘트 운송\n\n함흥 공장의 시멘트가 지난주 청진으로 실려 갔다. 시멘트는 그 뒤 나진으로 옮겨졌다.", build)
	if legs := legPairs(plain.Legs, false); !slices.Contains(legs, "Chongjin>Rajin") {
		t.Errorf("plain 으로: legs %v, want Chongjin>Rajin", legs)
	}
}
