package places

import "testing"

// TestNamesInsideOtherNames checks the rules that keep a place's name out
// when it is part of a firm's, a court's or a person's name, or a word of
// another kind, and keep it where it names the place.
func TestNamesInsideOtherNames(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{
			name:   "a near town opening a firm's name",
			text:   "Last month the Sonbong Trading Company took a load of frozen fish.",
			absent: []string{"geonames:2040674"},
		},
		{
			name: "the same town named on its own",
			text: "Last month a load of frozen fish reached Sonbong by rail.",
			want: []string{"geonames:2040674"},
		},
		{
			name:   "a town in a firm's name ending in a legal form",
			text:   "A broker named Sinhung Coal Export Co. arranged the barges.",
			absent: []string{"geonames:KP.03.2041012"},
		},
		{
			name:   "trade as the last word of a firm's name",
			text:   "Buyers paid Sonbong Trade, which then moved the cargo.",
			absent: []string{"geonames:2040674"},
		},
		{
			name: "trade followed by more of a name is no firm",
			text: "Buyers met at the Sonbong Trade Fair last spring.",
			want: []string{"geonames:2040674"},
		},
		{
			name:   "a far town in a court's name",
			text:   "The Incheon District Court jailed the importer for a year.",
			absent: []string{"geonames:1843564"},
		},
		{
			name: "the same town as a port",
			text: "The container was unloaded in Incheon last week.",
			want: []string{"geonames:1843564"},
		},
		{
			name:   "a given name before a leader's surname",
			text:   "Kim Jong Un and Vladimir Putin signed the treaty.",
			absent: []string{"geonames:2013362", "geonames:473247"},
		},
		{
			name: "the town of that name before another word",
			text: "Freight bound for Vladimir Oblast was delayed.",
			want: []string{"geonames:RU.83"},
		},
		{
			name:   "a Russian word for east in a firm's name",
			text:   "The chicken came from a Primorye supplier, Vostok Agro, by train.",
			absent: []string{"geonames:2013279", "geonames:1279259"},
		},
		{
			name:   "a demonym before a trader's role",
			text:   "A South Korean importer declared the bracken as Chinese.",
			absent: []string{"iso3166:KR"},
		},
		{
			name: "a demonym before goods",
			text: "Police seized South Korean cosmetics at the market.",
			want: []string{"iso3166:KR"},
		},
		{
			name:   "조선족 are Korean Chinese, not North Korea",
			text:   "조선족 중간상이 노트북을 차에 싣고 갔다.",
			absent: []string{"iso3166:KP"},
		},
		{
			name: "조선 with a particle is the country",
			text: "조선에서 온 무역일꾼이 노트북을 샀다.",
			want: []string{"iso3166:KP"},
		},
		{
			name:   "a place's name opening a Korean institution's name",
			text:   "김 위원장은 평양종합병원을 둘러봤고 흥남비료연합기업소는 비료를 못 만들었다.",
			absent: []string{"geonames:1871859", "geonames:1877030"},
		},
		{
			name: "a place with a bare head or a particle stays",
			text: "혜산병원 의사들은 평양에서 왔고 흥남 공장도 멈췄다.",
			want: []string{"geonames:2043837", "geonames:1871859", "geonames:1877030"},
		},
		{
			name:   "원산지 is a place of origin, not Wonsan",
			text:   "원산지를 속인 석탄이 통관됐다.",
			absent: []string{"geonames:1866923"},
		},
		{
			name: "원산 with a particle is Wonsan",
			text: "석탄은 원산에서 배에 실렸다.",
			want: []string{"geonames:1866923"},
		},
		{
			name: "North Korean counties in Hangul with their level word, in either Korea's spelling",
			text: "평안북도 철산군 앞바다에서 캔 바지락을 용천군 어민들도 팔았다.",
			want: []string{"geonames:KP.11.1878581", "geonames:KP.11.1865779"},
		},
		{
			name:   "a county's bare name in Hangul is not matched",
			text:   "철산 앞바다에서 캔 바지락.",
			absent: []string{"geonames:KP.11.1878581"},
		},
		{
			name: "Korean reading of a border town, a coal port and a depot town",
			text: "Flour crossed from Samhap to Hweryong; coal went on to Caofeidian, and shells to a depot near Toropets.",
			want: []string{"geonames:2035142", "yalu:caofeidian", "yalu:toropets"},
		},
	}
	f := finder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.text)
			checkOffsets(t, tt.text, got)
			m := byID(got)
			for _, id := range tt.want {
				if _, ok := m[id]; !ok {
					t.Errorf("missing %s; got %v", id, summary(got))
				}
			}
			for _, id := range tt.absent {
				if _, ok := m[id]; ok {
					t.Errorf("unexpected %s in %v", id, summary(got))
				}
			}
		})
	}
}

// TestSpecialCitySeat checks that "<special city> city" joins the special
// city's own entry when the text names it bare too, and stays the
// second-level division when it does not.
func TestSpecialCitySeat(t *testing.T) {
	f := finder()
	both := byID(f.Find("Tombs around Kaesong city were dug up, and the bowls left Kaesong by truck."))
	if _, ok := both["geonames:KP.19"]; !ok {
		t.Errorf("missing Kaesong: %v", both)
	}
	if _, ok := both["geonames:KP.19.1876370"]; ok {
		t.Errorf("Kaesong city kept apart from Kaesong: %v", both)
	}
	alone := byID(f.Find("Tombs around Kaesong city were dug up."))
	if len(alone) != 1 {
		t.Errorf("want one place, got %v", alone)
	}
}

// TestReportedCrossings checks that Reported drops bridges but keeps
// crossings named as towns.
func TestReportedCrossings(t *testing.T) {
	f := finder()
	all := f.Find("Lorries crossed the Sino-Korean Friendship Bridge into Sinuiju, and others went from Quanhe to Rason.")
	if _, ok := byID(all)["yalu:sino-korean-friendship-bridge"]; !ok {
		t.Fatalf("Find lacks the bridge: %v", summary(all))
	}
	got := byID(Reported(all))
	if _, ok := got["yalu:sino-korean-friendship-bridge"]; ok {
		t.Errorf("Reported kept the bridge")
	}
	for _, id := range []string{"geonames:2040893", "yalu:quanhe-crossing"} {
		if _, ok := got[id]; !ok {
			t.Errorf("Reported dropped %s: %v", id, got)
		}
	}
}
