package events

import (
	"strings"
	"testing"
)

// TestLegRulesRound11 covers Korean verbs of motion that carry goods on
// from the stop told before (닿다 "reach", 멈추다 "stop at", 향하다 "head
// for", 가다 "go"), 물자 as a word for goods already named, a facility named
// two words after its town, and a list whose last member is followed by its
// facility. Each rule has a case where it must not fire.
func TestLegRulesRound11(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	dandong, nampo, pyongyang := city("Dandong", "CN"), city("Nampo", "KP"), city("Pyongyang", "KP")
	hunchun, rajin := city("Hunchun", "CN"), city("Rajin", "KP")
	cement := func(b *builder) { b.good("cement", "construction", "시멘트") }
	cases := []legCase{
		{
			name: "goods reach a port, then go on by lorry",
			text: "시멘트 운송\n\n단둥에서 실어 온 시멘트가 지난주 남포항에 닿았다. 시멘트는 화물차에 실려 평양까지 갔다.",
			build: func(b *builder) {
				pyongyang(nampo(dandong(b, "단둥"), "남포"), "평양")
				cement(b)
			},
			legs: []string{"Dandong>Nampo", "Nampo>Pyongyang"},
		},
		{
			name: "people who go somewhere move no goods",
			text: "시멘트 값\n\n남포 시장에서 시멘트 값이 올랐다. 상인들은 지난주 평양까지 갔다.",
			build: func(b *builder) {
				pyongyang(nampo(b, "남포"), "평양")
				cement(b)
			},
			notLeg: "Nampo>Pyongyang",
		},
		{
			name: "a train stops at a station on the way",
			text: "시멘트 운송\n\n단둥에서 실어 온 시멘트가 남포항에 들어와 화차에 옮겨 실렸다. 화물열차는 먼저 평양역에 멈춰 절반을 내려놓았다.",
			build: func(b *builder) {
				pyongyang(nampo(dandong(b, "단둥"), "남포"), "평양")
				cement(b)
			},
			legs: []string{"Dandong>Nampo", "Nampo>Pyongyang"},
		},
		{
			name: "supplies loaded in a town's warehouse leave from it",
			text: "게 운송\n\n훈춘 수산물 창고에서 실린 물자는 나진항으로 옮겨졌다.",
			build: func(b *builder) {
				rajin(hunchun(b, "훈춘"), "나진")
				b.good("crab", "seafood", "게")
			},
			legs: []string{"Hunchun>Rajin"},
		},
	}
	checkLegCases(t, false, cases)
}

// TestKoSlotFacilities: a facility two words on gives the slot only after a
// bare noun, and a list's last member lends its facility to the list.
func TestKoSlotFacilities(t *testing.T) {
	for rest, want := range map[string]uint8{
		" 수산물 창고에서 실린 게":   slotFrom,
		" 상인들이 시장에서 산 게":   slotNone,
		"과 청진의 공장 창고로 옮겼다": slotTo,
		"과 청진의 상인들에게 팔았다":  slotNone,
		"항에 닿은 배":          slotTo,
		"역에 멈춘 열차":         slotTo,
		"에 남은 물건":          slotNone,
	} {
		if got := koSlot(rest); got != want {
			t.Errorf("koSlot(%q) = %d, want %d", rest, got, want)
		}
	}
}

// TestLocativeAcross: "across" after a verb of lying or facing, or right
// after the noun of a town, says where the town lies; elsewhere it is a
// crossing.
func TestLocativeAcross(t *testing.T) {
	for s, want := range map[string]bool{
		"a county town facing hyesan across":     true,
		"the city that sits across":              true,
		"the village across":                     true,
		"couriers carry the boxes across":        false,
		"the town traders take the pills across": false,
	} {
		var toks []tok
		for _, w := range strings.Fields(s) {
			toks = append(toks, tok{w: w})
		}
		if got := locativeAcross(toks, len(toks)-1); got != want {
			t.Errorf("locativeAcross(%q) = %v, want %v", s, got, want)
		}
	}
}
