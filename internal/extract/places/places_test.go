package places

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/gazetteer"
	"github.com/yalu-osint/yalu/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

var finder = sync.OnceValue(func() *Finder {
	g, err := gazetteer.Load()
	if err != nil {
		panic(err)
	}
	return New(g)
})

type want struct {
	id, kind, country, admin1 string
	origin                    bool
}

func byID(ps []model.Place) map[string]model.Place {
	m := map[string]model.Place{}
	for _, p := range ps {
		m[p.ID] = p
	}
	return m
}

func TestFind(t *testing.T) {
	seed, err := os.ReadFile("testdata/border_smuggling.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		text   string
		want   []want
		absent []string // ids that must not appear
	}{
		{
			name: "seed paraphrase",
			text: string(seed),
			want: []want{
				{"geonames:1809858", "city", "CN", "Guangdong", false},
				{"geonames:CN.30", "admin1", "CN", "", false},
				{"geonames:CN.05", "admin1", "CN", "", false},
				{"geonames:2038185", "county", "CN", "Jilin", false},
				{"geonames:2043837", "city", "KP", "Ryanggang", false},
				{"geonames:1871859", "city", "KP", "Pyongyang", false},
				{"geonames:2036653", "city", "CN", "Jilin", false},
				{"geonames:KP.18", "admin1", "KP", "", false},
				{"geonames:KP.17", "admin1", "KP", "", false},
				{"iso3166:CN", "country", "CN", "", false},
				{"iso3166:KP", "country", "KP", "", false},
			},
			absent: []string{"geonames:1273294", "geonames:IN.07", "geonames:2036502", "geonames:1898565"},
		},
		{
			name: "machine-translated romanisations",
			text: "Hesan Customs seized the cargo, Yanggang Province officials said. Goods go on from Sinŭiju, Shinuiju and Ch'ŏngjin.",
			want: []want{
				{"geonames:2043837", "city", "KP", "Ryanggang", false},
				{"geonames:KP.13", "admin1", "KP", "", false},
				{"geonames:2040893", "city", "KP", "North Pyongan", false},
				{"geonames:2044757", "city", "KP", "North Hamgyong", false},
			},
		},
		{
			name:   "demonyms",
			text:   "Russian coal was unloaded while Chinese traders and North Korean officials watched; the fee was 500 Chinese yuan.",
			want:   []want{{"iso3166:RU", "country", "RU", "", true}},
			absent: []string{"iso3166:CN", "iso3166:KP"},
		},
		{
			name:   "common words and names are not places",
			text:   "Most of it was Read in March. Kim Il Sung and Kim Jong Un met. China Daily and Daily NK reported. Nice work, Victoria.",
			absent: []string{"geonames:3070291", "geonames:2990440", "geonames:2034673", "iso3166:CN"},
		},
		{
			name: "Jilin city and province",
			text: "The truck left Jilin City for Yanji, in Jilin Province.",
			want: []want{
				{"geonames:2036502", "city", "CN", "Jilin", false},
				{"geonames:2033467", "city", "CN", "Jilin", false},
				{"geonames:CN.05", "admin1", "CN", "", false},
			},
		},
		{
			name: "Korean",
			text: "양강도 혜산시에서 장백으로 건너갔고 북한 당국은 두만강 경비를 강화했다.",
			want: []want{
				{"geonames:KP.13", "admin1", "KP", "", false},
				{"geonames:2043837", "city", "KP", "Ryanggang", false},
				{"geonames:2038185", "county", "CN", "Jilin", false},
				{"iso3166:KP", "country", "KP", "", false},
				{"yalu:tumen-river", "river", "KP", "", false},
			},
		},
		{
			name: "Chinese",
			text: "货物从丹东经鸭绿江运往朝鲜新义州，另一批从珲春圈河口岸出境。",
			want: []want{
				{"geonames:2037886", "city", "CN", "Liaoning", false},
				{"yalu:yalu-river", "river", "KP", "", false},
				{"iso3166:KP", "country", "KP", "", false},
				{"geonames:2040893", "city", "KP", "North Pyongan", false},
				{"geonames:2036653", "city", "CN", "Jilin", false},
				{"yalu:quanhe-crossing", "crossing", "CN", "Jilin", false},
			},
		},
		{
			name: "ports and crossings",
			text: "Coal left Nampo Port and the Port of Rajin for Vostochny Port and Kholmsk, not crossing at Quanhe or the Sino-Korean Friendship Bridge.",
			want: []want{
				{"yalu:nampo-port", "port", "KP", "", false},
				{"yalu:rajin-port", "port", "KP", "", false},
				{"yalu:vostochny-port", "port", "RU", "Primorsky Krai", false},
				{"yalu:kholmsk-port", "port", "RU", "", false},
				{"yalu:quanhe-crossing", "crossing", "CN", "Jilin", false},
				{"yalu:sino-korean-friendship-bridge", "crossing", "CN", "Liaoning", false},
			},
		},
		{
			name:   "water, airlines and brands name no place",
			text:   "Tankers met in the East China Sea and the Sea of Japan, and Air Koryo flew a Mercedes-Maybach to Sinuiju.",
			want:   []want{{"geonames:2040893", "city", "KP", "North Pyongan", false}},
			absent: []string{"iso3166:CN", "iso3166:JP", "geonames:1843137", "geonames:3441684"},
		},
		{
			name:   "a port named next to its city is the city",
			text:   "Coal was loaded at Nampo port at night. Rice prices in Nampo fell.",
			want:   []want{{"geonames:1873757", "city", "KP", "South Pyongan", false}},
			absent: []string{"yalu:nampo-port"},
		},
		{
			name: "rivers in a list",
			text: "Smuggling goes on along the Yalu and Tumen rivers.",
			want: []want{
				{"yalu:yalu-river", "river", "KP", "", false},
				{"yalu:tumen-river", "river", "KP", "", false},
			},
			absent: []string{"geonames:2034340"},
		},
		{
			name:   "Korean words spelt like places",
			text:   "환적에 나선 선박들이 남포항에 들어왔다. 다만 물품을 인도했다. 대게는 마리당 150위안이다. 북한 시장에서 미국 달러 환율이 올랐다.",
			want:   []want{{"yalu:nampo-port", "port", "KP", "", false}, {"iso3166:KP", "country", "KP", "", false}},
			absent: []string{"geonames:KP.18", "iso3166:IN", "geonames:1273618", "geonames:1218667", "iso3166:US"},
		},
		{
			name:   "an alternate name of a far place, its country unnamed",
			text:   "The UN Human Rights Council heard defectors from Onsong.",
			want:   []want{{"geonames:2042267", "city", "KP", "North Hamgyong", false}},
			absent: []string{"geonames:690688"},
		},
		{
			name: "counties and provinces",
			text: "Traders in Musan County, Jagang Province, Wiwon and Samjiyon said so.",
			want: []want{
				{"geonames:KP.17.2042740", "admin2", "KP", "North Hamgyong", false},
				{"geonames:KP.01", "admin1", "KP", "", false},
				{"geonames:KP.01.2039456", "admin2", "KP", "Jagang", false},
				{"geonames:KP.13.2041443", "admin2", "KP", "Ryanggang", false},
			},
		},
		{
			name: "a county GeoNames holds only as a division, named bare",
			text: "Batteries were trucked from Kanggye to Huichon and on to Changgang.",
			want: []want{
				{"geonames:KP.01.2044013", "admin2", "KP", "Jagang", false},
				{"geonames:KP.01.2045178", "admin2", "KP", "Jagang", false},
			},
		},
		{
			name: "brands spelt like far places are products",
			text: "A dealer in Vladivostok sold a Toyota Land Cruiser, two Mercedes cars and a Lincoln; Marlboro cigarettes went to Rajin.",
			want: []want{{"geonames:2013348", "city", "RU", "Primorsky Krai", false}},
			absent: []string{"geonames:1849814", "geonames:3441684", "geonames:2644487", "geonames:5072006",
				"iso3166:JP", "iso3166:UY"},
		},
		{
			name: "a brand with a place cue is the place",
			text: "The parts plant is in Toyota, Aichi, near the Toyota City hall.",
			want: []want{{"geonames:1849814", "city", "JP", "", false}},
		},
		{
			name: "coordinated demonyms before goods are origins",
			text: "Japanese and German cars and Chinese, Russian or South Korean cosmetics reached Rajin.",
			want: []want{
				{"iso3166:JP", "country", "JP", "", true},
				{"iso3166:DE", "country", "DE", "", true},
				{"iso3166:CN", "country", "CN", "", true},
				{"iso3166:RU", "country", "RU", "", true},
				{"iso3166:KR", "country", "KR", "", true},
			},
			absent: []string{"geonames:IM.9782171"},
		},
		{
			name:   "coordinated demonyms before people are not origins",
			text:   "Japanese and German officials, and Chinese or Russian traders, met in Rajin. A German engineer came too.",
			want:   []want{{"geonames:2042645", "city", "KP", "Rason", false}},
			absent: []string{"iso3166:JP", "iso3166:DE", "iso3166:CN", "iso3166:RU", "geonames:IM.9782171"},
		},
		{
			name: "far places inside organisations' names",
			text: "Officials in Tokyo wrote to the International Maritime Organization and Tokyo University; Dandong Customs and Hyesan Customs stayed open.",
			want: []want{
				{"geonames:1850147", "city", "JP", "", false},
				{"geonames:2037886", "city", "CN", "Liaoning", false},
				{"geonames:2043837", "city", "KP", "Ryanggang", false},
			},
			absent: []string{"geonames:TG.24"},
		},
		{
			name: "far places inside a force's name",
			text: "A Japan Maritime Self-Defense Force aircraft photographed the tankers off Shanghai.",
			want: []want{
				{"iso3166:JP", "country", "JP", "", false},
				{"geonames:1796236", "city", "CN", "Shanghai", false},
			},
			absent: []string{"geonames:TG.24"},
		},
		{
			name: "the Tumen with a preposition after it is the river",
			text: "Lorries cross the Tumen at Wonjong. Others go by rail through the Tumen–Namyang crossing.",
			want: []want{
				{"yalu:tumen-river", "river", "KP", "", false},
				{"geonames:2034340", "city", "CN", "Jilin", false},
			},
		},
		{
			name: "over the Tumen is the river, Rongcheng is in Shandong, an orchestra is no place",
			text: "After the bridge over the Tumen they went on. Boats sailed to Rongcheng. Pianos went to the Samjiyon Orchestra.",
			want: []want{
				{"yalu:tumen-river", "river", "KP", "", false},
				{"yalu:rongcheng", "city", "CN", "Shandong", false},
			},
			absent: []string{"geonames:2034340", "geonames:1797121", "geonames:KP.13.2041443"},
		},
		{
			name:   "Tumen as a town stays the town",
			text:   "A trader drove the boxes to Tumen, then to the Tumen city market.",
			want:   []want{{"geonames:2034340", "city", "CN", "Jilin", false}},
			absent: []string{"yalu:tumen-river"},
		},
		{
			name: "McCune-Reischauer ph and Revised Romanisation forms",
			text: "A source in North Phyongan said farm managers from Jaeryong and traders from Onsung county went to Jangbaek.",
			want: []want{
				{"geonames:KP.11", "admin1", "KP", "", false},
				{"geonames:1879487", "city", "KP", "South Hwanghae", false},
				{"geonames:2042267", "city", "KP", "North Hamgyong", false},
				{"geonames:2038185", "county", "CN", "Jilin", false},
			},
		},
		{
			name: "Korean county names with 군",
			text: "함경북도 어랑군과 명천군에서 딴 송이는 백암을 지나 혜산으로 간다.",
			want: []want{
				{"geonames:KP.17.2042256", "admin2", "KP", "North Hamgyong", false},
				{"geonames:KP.17.2042719", "admin2", "KP", "North Hamgyong", false},
				{"geonames:KP.13.2042211", "admin2", "KP", "Ryanggang", false},
			},
			absent: []string{"geonames:2044149"},
		},
		{
			name:   "Korean common words spelt like far places",
			text:   "간부들이 뇌물로 쓰기 위해 산다. 중화학공업이 늘었고 평양 화성지구 건설이 이어졌다.",
			want:   []want{{"geonames:1871859", "city", "KP", "Pyongyang", false}},
			absent: []string{"geonames:1791673", "geonames:1877872", "geonames:1843847"},
		},
		{
			name: "suffixed Korean forms still name the places",
			text: "웨이하이와 위해시, 중화군과 화성시.",
			want: []want{
				{"geonames:1791673", "city", "CN", "Shandong", false},
				{"geonames:1877872", "city", "KP", "", false},
				{"geonames:1843847", "city", "KR", "", false},
			},
		},
		{
			name:   "ships, company names and descriptions are no places",
			text:   "After the sinking of the corvette Cheonan, Korea South-East Power bought coal; buyers in the Central district and the Hyogo Prefectural Police noticed.",
			absent: []string{"geonames:1845759", "geonames:BW.09", "geonames:IL.02", "geonames:JP.13"},
		},
		{
			name:   "owners, operators, travellers and ports take no origin",
			text:   "The tanker's Panamanian operator and its Greek owners sent it from the Russian port of Vostochny; Italian holidaymakers watched.",
			absent: []string{"iso3166:PA", "iso3166:GR", "iso3166:RU", "iso3166:IT"},
		},
		{
			name:   "brands and firms named after places, a lower-case prefectural body",
			text:   "Traders in Hyesan sold Kweichow liquor, Tsingtao beer and Lianhua capsules; Aomori prefectural police searched Nagano Global Trading and a tour run by Kosmos Tours.",
			want:   []want{{"geonames:2043837", "city", "KP", "Ryanggang", false}},
			absent: []string{"geonames:1786395", "geonames:1797929", "geonames:2036136", "geonames:2130658", "geonames:JP.03", "geonames:1856215", "geonames:JP.26", "geonames:2972191"},
		},
		{
			name: "a Liaoning port, a garbled Jagang city, an inland river",
			text: "Boats left Donggang for the Taedong River; bracken from Kangkye went on by truck.",
			want: []want{
				{"geonames:1814470", "city", "CN", "Liaoning", false},
				{"yalu:taedong-river", "river", "KP", "", false},
				{"geonames:2043572", "city", "KP", "Jagang", false},
			},
			absent: []string{"geonames:2037649", "geonames:KP.15.1868812"},
		},
		{
			name:   "a person's surname spelt like a far city, a brand after its pack",
			text:   "Police questioned Hiroshi Nagasaki, 61, of Dalian. Akira Sendai, 44, said so. Nagasaki denied it; a carton of Chunghwa sold in Musan.",
			want:   []want{{"geonames:1814087", "city", "CN", "Liaoning", false}},
			absent: []string{"geonames:1856177", "geonames:2111149", "geonames:1877872"},
		},
		{
			name: "garbled province spellings and a Seoul satellite",
			text: "In Musan county of North Hamkyung Province traders waited; defectors reached Siheung.",
			want: []want{
				{"geonames:KP.17", "admin1", "KP", "", false},
				{"yalu:siheung", "city", "KR", "Gyeonggi", false},
			},
		},
		{
			name:   "Hangul common words spelt like countries",
			text:   "밀수는 생계 수단이 되었고 오만 원을 받았다. 대동강맥주도 팔렸다.",
			absent: []string{"iso3166:SD", "iso3166:OM", "yalu:taedong-river"},
		},
		{
			name: "South Korean border counties",
			text: "The soldier crossed near Cheorwon in Gangwon Province and was taken to Paju.",
			want: []want{
				{"yalu:cheorwon", "admin2", "KR", "Gangwon", false},
				{"geonames:KR.06", "admin1", "KR", "", false},
				{"yalu:paju", "city", "KR", "Gyeonggi", false},
			},
		},
		{
			name:   "a demonym before an adjective and a body is no origin",
			text:   "A British investigative group said parts reached Dandong.",
			want:   []want{{"geonames:2037886", "city", "CN", "Liaoning", false}},
			absent: []string{"iso3166:GB"},
		},
		{
			name: "a demonym before two words of goods is an origin",
			text: "British machine tools reached Dandong, and Dangjin took Russian coal and timber.",
			want: []want{
				{"iso3166:GB", "country", "GB", "", true},
				{"iso3166:RU", "country", "RU", "", true},
				{"yalu:dangjin", "city", "KR", "", false},
			},
		},
		{
			name: "North Korean romanisation and RR of MR names",
			text: "Bicycles went by rail from Sinuiju to Jongju, and farmers near Gaecheon bought fertiliser.",
			want: []want{
				{"geonames:1878389", "city", "KP", "North Pyongan", false},
				{"geonames:KP.15.1876403", "admin2", "KP", "South Pyongan", false},
			},
		},
		{
			name:   "an RR form shared with a South Korean city stays South Korean",
			text:   "Farmers in Suncheon, South Jeolla, harvested early this year.",
			absent: []string{"geonames:1869012"},
		},
		{
			name: "machine-translated province order",
			text: "Prices rose in Pyongan North Province and in Hwanghae South Province last week.",
			want: []want{
				{"geonames:KP.11", "admin1", "KP", "", false},
				{"geonames:KP.06", "admin1", "KP", "", false},
			},
		},
		{
			name:   "Korean homograph of a North Korean city in a North Korean report",
			text:   "비료는 신의주를 거쳐 평성과 순천으로 옮겨졌다.",
			want:   []want{{"geonames:1869012", "city", "KP", "South Pyongan", false}},
			absent: []string{"geonames:1835648"},
		},
		{
			name:   "a county named with its seat town is one place",
			text:   "Ore is loaded in Musan county and trucked from Musan to the river.",
			want:   []want{{"geonames:2042738", "city", "KP", "North Hamgyong", false}},
			absent: []string{"geonames:KP.17.2042740"},
		},
		{
			name: "a county named alone stays the county",
			text: "Ore is loaded in Musan county every morning.",
			want: []want{{"geonames:KP.17.2042740", "admin2", "KP", "North Hamgyong", false}},
		},
		{
			name:   "a given name after a title is no place",
			text:   "Russian President Vladimir Putin met the delegation in Vladivostok.",
			absent: []string{"geonames:2013362", "geonames:473247"},
		},
		{
			name: "a place after a title word without a surname stays",
			text: "The governor flew to Vladimir on Monday.",
			want: []want{{"geonames:473247", "city", "RU", "", false}},
		},
		{
			name: "a Russian region written with region",
			text: "Shells were taken by rail to a depot near Kotelnikovo in the Volgograd region.",
			want: []want{
				{"geonames:RU.84", "admin1", "RU", "", false},
				{"yalu:kotelnikovo", "city", "RU", "Volgograd Oblast", false},
			},
			absent: []string{"geonames:472757"},
		},
		{
			name:   "Hangul words that begin with a place name",
			text:   "정부는 인도적 지원과 인도주의 원칙을 말했고 경찰은 삼합회 조직을 쫓았다.",
			absent: []string{"iso3166:IN", "geonames:2035142"},
		},
		{
			name: "a Korean town name across the Tumen and a mountain",
			text: "약품은 중국 삼합에서 회령으로 넘어왔고 송이버섯은 칠보산에서 났다.",
			want: []want{
				{"geonames:2035142", "city", "CN", "Jilin", false},
				{"yalu:mount-chilbo", "mountain", "KP", "North Hamgyong", false},
			},
		},
		{
			name:   "강원도 next to a South Korean county is Gangwon",
			text:   "북한군 병사가 강원도 철원 지역으로 넘어왔다.",
			want:   []want{{"geonames:KR.06", "admin1", "KR", "", false}},
			absent: []string{"geonames:KP.09"},
		},
		{
			name: "a far port and a Chinese provincial capital in Korean",
			text: "The sedans left Laem Chabang by container ship. 창춘에서 실은 옥수수는 투먼을 거쳐 들어왔다.",
			want: []want{
				{"yalu:laem-chabang-port", "port", "TH", "", false},
				{"geonames:2038180", "city", "CN", "Jilin", false},
			},
			absent: []string{"geonames:2038179"},
		},
		{
			name:   "Maritime in a ship firm's name is no place; Togo's region is named with its word",
			text:   "The tanker belongs to Silver Tide Maritime Ltd of Hong Kong. Lomé lies in the Maritime Region of Togo.",
			want:   []want{{"geonames:TG.24", "admin1", "TG", "", false}},
			absent: []string{},
		},
		{
			name:   "Maritime alone is no place",
			text:   "The Togo-flagged tanker belongs to Silver Tide Maritime Ltd of Hong Kong. Silver Tide Maritime did not answer calls.",
			absent: []string{"geonames:TG.24"},
		},
		{
			name:   "강원도 next to a North Korean city is Kangwon",
			text:   "강원도 원산에서 수산물 값이 올랐다.",
			want:   []want{{"geonames:KP.09", "admin1", "KP", "", false}},
			absent: []string{"geonames:KR.06"},
		},
	}
	f := finder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.text)
			checkOffsets(t, tt.text, got)
			m := byID(got)
			for _, w := range tt.want {
				p, ok := m[w.id]
				if !ok {
					t.Errorf("missing %s; got %v", w.id, summary(got))
					continue
				}
				if p.Kind != w.kind || p.Country != w.country || (w.admin1 != "" && p.Admin1 != w.admin1) || p.Origin != w.origin {
					t.Errorf("%s = kind %s country %s admin1 %q origin %v; want %s %s %q %v", w.id, p.Kind, p.Country, p.Admin1, p.Origin, w.kind, w.country, w.admin1, w.origin)
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

func TestReported(t *testing.T) {
	f := finder()
	tests := []struct {
		text       string
		kept, gone []string
	}{
		{"Traders moved Chinese flour and North Korean coal past Swiss watches.", []string{"iso3166:CH"}, []string{"iso3166:CN", "iso3166:KP"}},
		{"Chinese flour reached North Korea from China.", []string{"iso3166:CN", "iso3166:KP"}, nil},
	}
	for _, tt := range tests {
		all := f.Find(tt.text)
		for _, id := range append(slices.Clone(tt.kept), tt.gone...) {
			if _, ok := byID(all)[id]; !ok {
				t.Errorf("Find(%q) lacks %s: %v", tt.text, id, summary(all))
			}
		}
		got := byID(Reported(all))
		for _, id := range tt.kept {
			if _, ok := got[id]; !ok {
				t.Errorf("Reported(%q) dropped %s", tt.text, id)
			}
		}
		for _, id := range tt.gone {
			if _, ok := got[id]; ok {
				t.Errorf("Reported(%q) kept %s", tt.text, id)
			}
		}
	}
}

func summary(ps []model.Place) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID+"("+p.Name+")")
	}
	return out
}

func checkOffsets(t *testing.T, text string, ps []model.Place) {
	t.Helper()
	for _, p := range ps {
		if len(p.Mentions) == 0 {
			t.Errorf("%s has no mention", p.ID)
		}
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("%s: bad span [%d,%d) in %d bytes", p.ID, m.Start, m.End, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention text %q != text[%d:%d] %q", p.ID, m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	f := finder()
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(f.Find(string(b)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, in := range files {
		b, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("N. Korea's Ch'ŏngjin’s port, 혜산시 吉林省 Russian-made")
	fd := finder()
	f.Fuzz(func(t *testing.T, text string) {
		ps := fd.Find(text)
		for _, p := range ps {
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v of %s in %q", m, p.ID, text)
				}
				if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
					t.Fatalf("mention %q splits a rune", m.Text)
				}
			}
		}
	})
}

// benchDoc is about 3 KB of report text.
func benchDoc(b *testing.B) string {
	var s strings.Builder
	for _, name := range []string{"border_smuggling.txt", "machine_translated.txt", "border_smuggling.txt", "machine_translated.txt", "border_smuggling.txt"} {
		d, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		s.Write(d)
	}
	return s.String()
}

func BenchmarkFind(b *testing.B) {
	doc := benchDoc(b)
	f := finder()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if len(f.Find(doc)) == 0 {
			b.Fatal("no places")
		}
	}
}

// TestMayStartBlocked checks the pre-filter of blockedPhrase never drops a
// blocked phrase's first word and does drop other words.
func TestMayStartBlocked(t *testing.T) {
	for w := range blockedFirst {
		if !mayStartBlocked([]byte(w)) {
			t.Errorf("mayStartBlocked(%q) = false for a first word", w)
		}
	}
	for _, w := range []string{"", "zzzz", "qxqxqxqxqxqxqx"} {
		if mayStartBlocked([]byte(w)) {
			t.Errorf("mayStartBlocked(%q) = true, want false", w)
		}
	}
}
