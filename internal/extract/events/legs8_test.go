package events

import (
	"testing"
)

// TestLegRulesRound8 covers a town placed "on the other side of the river
// from" another, a destination phrase cut at "under", people sent, a
// bridge in a general corridor, Korean unloading (부려), quotes joined by
// "며", people "에서 온", 대부분 after a named good, and continuations that
// the story at once undoes (a loop back to where the goods were). Each
// rule has a case where it must not fire.
func TestLegRulesRound8(t *testing.T) {
	rulesOnly(t)
	city := func(name, country string) func(*builder, ...string) *builder {
		return func(b *builder, s ...string) *builder { return b.place(name, "test:"+name, "city", country, "", s...) }
	}
	yanji, tumen, namyang := city("Yanji", "CN"), city("Tumen", "CN"), city("Namyang", "KP")
	chongjin, rason, rajin := city("Chongjin", "KP"), city("Rason", "KP"), city("Rajin", "KP")
	sinuiju, dandong := city("Sinuiju", "KP"), city("Dandong", "CN")
	vlad, pyongsong, sunchon := city("Vladivostok", "RU"), city("Pyongsong", "KP"), city("Sunchon", "KP")
	kanggye, manpo, nampo, pyongyang := city("Kanggye", "KP"), city("Manpo", "KP"), city("Nampo", "KP"), city("Pyongyang", "KP")
	ussuriysk, khasan, tumangang := city("Ussuriysk", "RU"), city("Khasan", "RU"), city("Tumangang", "KP")
	zinc := func(b *builder, s ...string) {
		if len(s) == 0 {
			s = []string{"zinc"}
		}
		b.good("zinc", "metal", s...)
	}
	cases := []legCase{
		{
			name: "a town on the other side of the river from another says where it lies",
			text: "A dealer trucked the zinc from Yanji to Tumen, the Chinese town on the other side of the river from Namyang.",
			build: func(b *builder) {
				namyang(tumen(yanji(b, "Yanji"), "Tumen"), "Namyang")
				zinc(b)
			},
			legs: []string{"Yanji>Tumen"},
		},
		{
			name: "a from after another side of the river but no town is still an origin",
			text: "The zinc was trucked from Namyang to Tumen.",
			build: func(b *builder) {
				namyang(tumen(b, "Tumen"), "Namyang")
				zinc(b)
			},
			legs: []string{"Namyang>Tumen"},
		},
		{
			name: "a destination phrase ends before under",
			text: "The zinc was trucked from Chongjin into crates under supervision in Rason.",
			build: func(b *builder) {
				rason(chongjin(b, "Chongjin"), "Rason")
				zinc(b)
			},
			wantNone: true,
		},
		{
			name: "a destination phrase still reaches a place in it",
			text: "The zinc was trucked from Chongjin into warehouses in Rason.",
			build: func(b *builder) {
				rason(chongjin(b, "Chongjin"), "Rason")
				zinc(b)
			},
			legs: []string{"Chongjin>Rason"},
		},
		{
			name: "sending one's own engineers moves no goods",
			text: "The firm from Sinuiju sent its own engineers to Dandong to inspect the zinc.",
			build: func(b *builder) {
				dandong(sinuiju(b, "Sinuiju"), "Dandong")
				zinc(b)
			},
			wantNone: true,
		},
		{
			name: "sending its own goods still moves them",
			text: "The firm sent its own zinc from Sinuiju to Dandong.",
			build: func(b *builder) {
				dandong(sinuiju(b, "Sinuiju"), "Dandong")
				zinc(b)
			},
			legs: []string{"Sinuiju>Dandong"},
		},
		{
			name: "a bridge is no end of a general corridor",
			text: "Zinc usually goes over the Friendship Bridge from Dandong to Sinuiju.",
			build: func(b *builder) {
				dandong(sinuiju(b, "Sinuiju"), "Dandong")
				b.place("Sino-Korean Friendship Bridge", "test:bridge", "crossing", "", "", "Friendship Bridge")
				zinc(b, "Zinc")
			},
			general: []string{"Dandong>Sinuiju"},
		},
		{
			name: "Korean unloading at a port and quotes joined by 며 are two hops",
			text: "소식통은 \"아연이 블라디보스토크에서 배로 와 나진에 부려지고 있다\"며 \"이 아연이 다시 화물차로 청진으로 넘어온다\"고 말했다.",
			build: func(b *builder) {
				chongjin(rajin(vlad(b, "블라디보스토크"), "나진"), "청진")
				zinc(b, "아연", "아연")
			},
			legs: []string{"Rajin>Chongjin", "Vladivostok>Rajin"},
		},
		{
			name: "Korean destinations of one clause form one stop",
			text: "아연이 블라디보스토크에서 나진과 청진으로 들어온다.",
			build: func(b *builder) {
				chongjin(rajin(vlad(b, "블라디보스토크"), "나진"), "청진")
				zinc(b, "아연")
			},
			legs: []string{"Vladivostok>Chongjin", "Vladivostok>Rajin"},
		},
		{
			name: "Korean people who came from a town name no origin of goods",
			text: "평성에서 온 도매상들이 아연을 사서 순천으로 옮겼다.",
			build: func(b *builder) {
				sunchon(pyongsong(b, "평성"), "순천")
				zinc(b, "아연")
			},
			wantNone: true,
		},
		{
			name: "Korean goods taken from a town start there",
			text: "도매상들이 아연을 평성에서 순천으로 옮겼다.",
			build: func(b *builder) {
				sunchon(pyongsong(b, "평성"), "순천")
				zinc(b, "아연")
			},
			legs: []string{"Pyongsong>Sunchon"},
		},
		{
			name: "Korean most of the named goods is no pattern",
			text: "역에서 내린 아연은 대부분 남포에서 평양으로 옮겨졌다.",
			build: func(b *builder) {
				pyongyang(nampo(b, "남포"), "평양")
				zinc(b, "아연")
			},
			legs: []string{"Nampo>Pyongyang"},
		},
		{
			name: "Korean most before the goods is a pattern",
			text: "대부분의 아연은 남포에서 평양으로 옮겨진다.",
			build: func(b *builder) {
				pyongyang(nampo(b, "남포"), "평양")
				zinc(b, "아연")
			},
			general: []string{"Nampo>Pyongyang"},
		},
		{
			name: "a continuation the sentence at once undoes is dropped",
			text: "무역이 활발하다. 회사는 아연을 만포로 보냈다. 강계 창고에 모인 아연은 화물차에 실려 만포로 옮겨졌다.",
			build: func(b *builder) {
				manpo(kanggye(b, "강계", "강계"), "만포", "만포")
				zinc(b, "아연", "아연")
			},
			legs: []string{"Kanggye>Manpo"},
		},
		{
			name: "a continuation that goes on is kept",
			text: "무역이 활발하다. 회사는 아연을 강계에서 만포로 보냈다. 만포 창고에 모인 아연은 화물차에 실려 남포로 옮겨졌다.",
			build: func(b *builder) {
				nampo(manpo(kanggye(b, "강계"), "만포", "만포"), "남포")
				zinc(b, "아연", "아연")
			},
			legs: []string{"Kanggye>Manpo", "Manpo>Nampo"},
		},
		{
			name: "a destination told first is not continued when the goods come back to it",
			text: "Trade is brisk. The firm sent the zinc to Vladivostok in May. Trucks then carried the zinc to Rajin. The zinc reached Vladivostok by ship two days later.",
			build: func(b *builder) {
				rajin(vlad(b, "Vladivostok", "Vladivostok"), "Rajin")
				zinc(b, "zinc", "zinc", "zinc")
			},
			legs: []string{"Rajin>Vladivostok"},
		},
		{
			name: "other goods going back keep the way there",
			text: "Flour was hauled from Ussuriysk to Khasan. From there the train crossed the bridge to Tumangang. Zinc was later sent from Tumangang to Khasan in payment.",
			build: func(b *builder) {
				tumangang(khasan(ussuriysk(b, "Ussuriysk"), "Khasan", "Khasan"), "Tumangang", "Tumangang")
				b.good("flour", "food", "Flour")
				zinc(b, "Zinc")
			},
			legs: []string{"Khasan>Tumangang", "Tumangang>Khasan", "Ussuriysk>Khasan"},
		},
	}
	checkLegCases(t, true, cases)
}
