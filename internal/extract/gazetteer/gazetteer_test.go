package gazetteer

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"
)

func mustLoad(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, want, kind, country, admin1 string
	}{
		{"Sinŭiju", "geonames:2040893", KindCity, "KP", "North Pyongan"},
		{"Sinuiju", "geonames:2040893", KindCity, "KP", "North Pyongan"},
		{"SHINUIJU", "geonames:2040893", KindCity, "KP", "North Pyongan"},
		{"신의주", "geonames:2040893", KindCity, "KP", "North Pyongan"},
		{"Ch'ŏngjin", "geonames:2044757", KindCity, "KP", "North Hamgyong"},
		{"Ch’ongjin", "geonames:2044757", KindCity, "KP", "North Hamgyong"},
		{"Phyongyang", "geonames:1871859", KindCity, "KP", "Pyongyang"},
		{"Hesan", "geonames:2043837", KindCity, "KP", "Ryanggang"},
		{"혜산", "geonames:2043837", KindCity, "KP", "Ryanggang"},
		{"Yangkang", "geonames:KP.13", KindAdmin1, "KP", ""},
		{"양강도", "geonames:KP.13", KindAdmin1, "KP", ""},
		{"Hamgyong Bukto", "geonames:KP.17", KindAdmin1, "KP", ""},
		{"Hamgyong-bukto", "geonames:KP.17", KindAdmin1, "KP", ""},
		{"함경북도", "geonames:KP.17", KindAdmin1, "KP", ""},
		{"Rajin-Sonbong", "geonames:KP.18", KindAdmin1, "KP", ""},
		{"나선", "geonames:KP.18", KindAdmin1, "KP", ""},
		{"吉林省", "geonames:CN.05", KindAdmin1, "CN", ""},
		{"Jilin City", "geonames:2036502", KindCity, "CN", "Jilin"},
		{"珲春", "geonames:2036653", KindCity, "CN", "Jilin"},
		{"长白", "geonames:2038185", KindCounty, "CN", "Jilin"},
		{"丹东", "geonames:2037886", KindCity, "CN", "Liaoning"},
		{"Amnok River", "yalu:yalu-river", KindRiver, "KP", ""},
		{"鸭绿江", "yalu:yalu-river", KindRiver, "KP", ""},
		{"두만강", "yalu:tumen-river", KindRiver, "KP", ""},
		{"圈河", "yalu:quanhe-crossing", KindCrossing, "CN", "Jilin"},
		{"DPRK", "iso3166:KP", KindCountry, "KP", ""},
		{"북한", "iso3166:KP", KindCountry, "KP", ""},
		{"朝鲜", "iso3166:KP", KindCountry, "KP", ""},
		{"ROK", "iso3166:KR", KindCountry, "KR", ""},
		{"中国", "iso3166:CN", KindCountry, "CN", ""},
		{"러시아", "iso3166:RU", KindCountry, "RU", ""},
		{"Primorye", "geonames:RU.59", KindAdmin1, "RU", ""},
		{"Vostochny Port", "yalu:vostochny-port", KindPort, "RU", "Primorsky Krai"},
		{"Jagang", "geonames:KP.01", KindAdmin1, "KP", ""},
		{"Wiwon", "geonames:KP.01.2039456", KindAdmin2, "KP", "Jagang"},
		{"Saebyol", "geonames:2042985", KindCity, "KP", "North Hamgyong"},
		{"판문점", "yalu:panmunjom", KindCity, "KP", "Kaesong"},
		{"Longkou", "yalu:longkou", KindCity, "CN", "Shandong"},
		{"하산", "geonames:2022586", KindCity, "RU", "Primorsky Krai"},
		{"Sakhalin", "geonames:RU.64", KindAdmin1, "RU", ""},
		{"Britain", "iso3166:GB", KindCountry, "GB", ""},
		{"Yeonpyeong", "yalu:yeonpyeong-island", KindRegion, "KR", "Incheon"},
		{"Huichon", "geonames:KP.01.2044013", KindAdmin2, "KP", "Jagang"},
		{"Hŭich’ŏn", "geonames:KP.01.2044013", KindAdmin2, "KP", "Jagang"},
		{"Hichon", "geonames:KP.01.2044013", KindAdmin2, "KP", "Jagang"},
		{"Changgang", "geonames:KP.01.2045178", KindAdmin2, "KP", "Jagang"},
		{"Tumangang", "yalu:tumangang", KindCity, "KP", "Rason"},
		{"두만강역", "yalu:tumangang", KindCity, "KP", "Rason"},
		{"Dunai", "geonames:2024800", KindCity, "RU", "Primorsky Krai"},
		{"Dunay", "geonames:2024800", KindCity, "RU", "Primorsky Krai"},
		{"Tikhoretsk", "geonames:483029", KindCity, "RU", "Krasnodar Krai"},
		{"Jakang", "geonames:KP.01", KindAdmin1, "KP", ""},
		{"Mampo", "geonames:2042893", KindCity, "KP", "Jagang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Entry
			for _, e := range g.Lookup(tt.name) {
				if e.ID == tt.want {
					got = &e
				}
			}
			if got == nil {
				t.Fatalf("Lookup(%q) lacks %s; got %v", tt.name, tt.want, ids(g.Lookup(tt.name)))
			}
			if got.Kind != tt.kind || got.Country != tt.country || got.Admin1 != tt.admin1 {
				t.Errorf("Lookup(%q) = kind %s country %s admin1 %q, want %s %s %q", tt.name, got.Kind, got.Country, got.Admin1, tt.kind, tt.country, tt.admin1)
			}
		})
	}
}

func ids(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

// TestNotIndexed checks names that must not reach an entry: a division's
// bare name where it names something else more often, a small Russian town
// under the name of a larger city, a common Korean word.
func TestNotIndexed(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name string
		bad  func(Entry) bool
	}{
		// Mount Kumgang, not the county.
		{"Kumgang", func(e Entry) bool { return e.ID == "geonames:KP.09.1875385" }},
		// "Household", not Ji'an.
		{"집안", func(e Entry) bool { return e.ID == "geonames:2036579" }},
		// The town has the bare name.
		{"Musan", func(e Entry) bool { return e.ID == "geonames:KP.17.2042740" }},
		// Pyongyang's districts are not named bare.
		{"Chollima", func(e Entry) bool { return e.Kind == KindAdmin2 }},
		{"Taesong", func(e Entry) bool { return e.Kind == KindAdmin2 }},
		// Small Russian towns do not shadow larger cities.
		{"Rostov", func(e Entry) bool { return e.Kind == KindCity && e.Population < 100000 }},
		{"Donetsk", func(e Entry) bool { return e.Country == "RU" }},
	}
	for _, tt := range tests {
		for _, e := range g.Lookup(tt.name) {
			if tt.bad(e) {
				t.Errorf("Lookup(%q) includes %s (%s)", tt.name, e.ID, e.Name)
			}
		}
	}
	// The bare name of a division whose town GeoNames has is the town's
	// alone: "Musan" is not a name of Musan County (checked above), and the
	// RR form of a bare county name stays an alternate.
	for _, h := range g.Hits(Key("Cheolsan")) {
		if h.Entry.ID == "geonames:KP.11.1878581" && h.Official {
			t.Error("Cheolsan is an official name of Cholsan County")
		}
	}
}

// TestCountyTownNames checks the canonical names of North Korean counties
// and cities that GeoNames has only as divisions: the town's name as English
// reports write it, without the level word or McCune–Reischauer's marks;
// a division whose town is a place of its own keeps its level word.
func TestCountyTownNames(t *testing.T) {
	g := mustLoad(t)
	tests := []struct{ id, want string }{
		{"geonames:KP.11.1878581", "Cholsan"},      // Ch’ŏlsan County
		{"geonames:KP.01.2044013", "Huichon"},      // Hŭich’ŏn City
		{"geonames:KP.15.1876403", "Kaechon"},      // Kaech’ŏn City
		{"geonames:KP.15.1874222", "Mundok"},       // Mundŏk County
		{"geonames:KP.01.2044491", "Junggang"},     // curated: the form reports use, not MR Chunggang
		{"geonames:KP.06.1867428", "Unryul"},       // curated: the mine's name, not MR Ŭllyul
		{"geonames:KP.03.2040953", "Sinpo"},        // curated, was "Sinpo City"
		{"geonames:KP.17.2042740", "Musan County"}, // Musan is a town of its own
		{"geonames:KP.13.2043532", "Kapsan County"},
		{"geonames:KP.13.2043475", "Kimjongsuk County"}, // a person's name
		{"geonames:KP.12.1874339", "Moranbong"},         // a Pyongyang district
		{"yalu:vostochny-port", "Vostochny"},            // a port named by its town
	}
	for _, tt := range tests {
		e, ok := g.ByID(tt.id)
		if !ok {
			t.Errorf("%s: no entry", tt.id)
			continue
		}
		if e.Name != tt.want || e.Names[0] != tt.want {
			t.Errorf("%s: name %q (first of %q), want %q", tt.id, e.Name, e.Names, tt.want)
		}
	}
	// The level-word and MR forms still find the division.
	for name, id := range map[string]string{"Ch’ŏlsan County": "geonames:KP.11.1878581", "Ŭllyul": "geonames:KP.06.1867428",
		"Chunggang County": "geonames:KP.01.2044491", "Vostochny Port": "yalu:vostochny-port", "Sinpo City": "geonames:KP.03.2040953"} {
		found := false
		for _, e := range g.Lookup(name) {
			found = found || e.ID == id
		}
		if !found {
			t.Errorf("Lookup(%q) lacks %s", name, id)
		}
	}
}

func TestByIDAndCounts(t *testing.T) {
	g := mustLoad(t)
	e, ok := g.ByID("geonames:2043837")
	if !ok || e.Name != "Hyesan" || e.Lat < 41 || e.Lat > 42 || e.Population < 100000 {
		t.Errorf("ByID(Hyesan) = %+v, %v", e, ok)
	}
	if _, ok := g.ByID("geonames:0"); ok {
		t.Error("ByID of an unknown id succeeded")
	}
	c := g.Counts()
	for kind, min := range map[string]int{KindCountry: 240, KindAdmin1: 3000, KindCity: 8000, KindRiver: 2, KindCrossing: 5, KindPort: 5} {
		if c[kind] < min {
			t.Errorf("%d entries of kind %s, want at least %d", c[kind], kind, min)
		}
	}
	if cc, ok := g.Demonym(Key("Russian")); !ok || cc != "RU" {
		t.Errorf("Demonym(Russian) = %q, %v", cc, ok)
	}
	if _, ok := g.Demonym(Key("Chinese traders")); ok {
		t.Error("a phrase was taken for a demonym")
	}
}

func TestParseErrors(t *testing.T) {
	gz := func(s string) *bytes.Reader {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return bytes.NewReader(b.Bytes())
	}
	good := "geonames:1\tcity\tPPL\tKP\t13\t41.0\t128.0\t5\tTown\t\n"
	tests := []struct {
		name, data, extras string
		ok                 bool
	}{
		{"good", good, "", true},
		{"short line", "geonames:1\tcity\n", "", false},
		{"bad float", strings.Replace(good, "41.0", "x", 1), "", false},
		{"duplicate", good + good, "", false},
		{"bad extras", good, "geonames:1\tcity\n", false},
		{"bad demonym", good, "@demonym\tRussian\n", false},
		{"new extra without name", good, "yalu:x\tport\tKP\t\t1\t2\t0\t\t\n", false},
		{"extra", good, "yalu:x\tport\tKP\t13\t1\t2\t0\tX Port\tPort X\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(gz(tt.data), strings.NewReader(tt.extras))
			if (err == nil) != tt.ok {
				t.Fatalf("Parse err = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
	if _, err := Parse(strings.NewReader("not gzip"), strings.NewReader("")); err == nil {
		t.Error("Parse accepted data that is not gzip")
	}
}

func FuzzParseExtras(f *testing.F) {
	b, err := os.ReadFile("extras.tsv")
	if err != nil {
		f.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		f.Add(l)
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write([]byte("geonames:1\tcity\tPPL\tKP\t13\t41.0\t128.0\t5\tTown\t\n"))
	w.Close()
	f.Fuzz(func(t *testing.T, line string) {
		g, err := Parse(bytes.NewReader(z.Bytes()), strings.NewReader(line))
		if err == nil && g.Len() < 1 {
			t.Fatal("parsed gazetteer lost its entry")
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var g *Gazetteer
	for b.Loop() {
		var err error
		g, err = Parse(bytes.NewReader(embeddedData), bytes.NewReader(embeddedExtras))
		if err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MiB-heap")
	b.ReportMetric(float64(g.Len()), "entries")
}

// TestTradeRouteNames checks places of trade routes beyond the focus
// region: border ports and a seaport that the population thresholds would
// drop, places GeoNames lacks, Korean names of Chinese cities and provinces,
// and canonical names written as English text writes them (no diacritics).
func TestTradeRouteNames(t *testing.T) {
	g := mustLoad(t)
	tests := []struct{ name, id, canonical, country string }{
		{"Erenhot", "geonames:2037485", "Erenhot", "CN"},
		{"Manzhouli", "geonames:2035836", "Manzhouli", "CN"},
		{"Zamyn-Uud", "yalu:zamyn-uud", "Zamyn-Uud", "MN"},
		{"Zamiin Uud", "yalu:zamyn-uud", "Zamyn-Uud", "MN"},
		{"Khorgos", "yalu:khorgos", "Khorgos", "CN"},
		{"Port Klang", "geonames:1734769", "Port Klang", "MY"},
		{"쿤밍", "geonames:1804651", "Kunming", "CN"},
		{"쿤밍시", "geonames:1804651", "Kunming", "CN"},
		{"윈난성", "geonames:CN.29", "Yunnan", "CN"},
		{"윈난", "geonames:CN.29", "Yunnan", "CN"},
		{"쓰촨성", "geonames:CN.32", "Sichuan", "CN"},
		{"Cam Pha", "geonames:1586360", "Cam Pha", "VN"},
		{"Cẩm Phả", "geonames:1586360", "Cam Pha", "VN"},
		{"Quang Ninh", "geonames:VN.22", "Quang Ninh", "VN"},
		{"Urumqi", "geonames:1529102", "Urumqi", "CN"},
		{"Sakju", "geonames:2041533", "Sakju", "KP"},
		{"삭주", "geonames:2041533", "Sakju", "KP"},
	}
	for _, tt := range tests {
		var found *Entry
		for _, h := range g.Hits(Key(tt.name)) {
			if h.Entry.ID == tt.id {
				found = h.Entry
			}
		}
		if found == nil {
			t.Errorf("%q does not name %s (hits %v)", tt.name, tt.id, ids(g.Lookup(tt.name)))
			continue
		}
		if found.Name != tt.canonical || found.Country != tt.country {
			t.Errorf("%q: %s is %q in %s, want %q in %s", tt.name, tt.id, found.Name, found.Country, tt.canonical, tt.country)
		}
	}
	// Korean words spelt like the Hangul names of Chinese cities and
	// provinces get no bare form: 지난 "last" (Jinan), 선전 "propaganda"
	// (Shenzhen), 황산 "sulphuric acid" (Huangshan), 신장 "kidney" (Xinjiang).
	for _, w := range []string{"지난", "선전", "황산", "신장", "상추"} {
		if hits := g.Lookup(w); len(hits) > 0 {
			t.Errorf("Lookup(%q) = %v, want nothing", w, ids(hits))
		}
	}
	// The level form names the city all the same.
	if hits := g.Lookup("지난시"); len(hits) != 1 || hits[0].Name != "Jinan" {
		t.Errorf("Lookup(지난시) = %v, want Jinan", ids(hits))
	}
	// The county keeps its own names; its bare name is the town's.
	for _, h := range g.Hits(Key("Sakchu")) {
		if h.Entry.Kind == KindAdmin2 {
			t.Errorf("Sakchu names the county %s", h.Entry.ID)
		}
	}
}
