package events

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// fixtures are the testdata documents with their part-1 mentions written
// by hand, as part 1 would report them.
var fixtures = []struct {
	name  string
	build func(b *builder)
}{
	{"seed_paraphrase", func(b *builder) {
		b.place("China", "iso3166:CN", "country", "CN", "", "China").
			place("North Korea", "iso3166:KP", "country", "KP", "", "North Korea", "North Korean").
			place("Guangzhou", "geonames:1809858", "city", "CN", "Guangdong", "Guangzhou").
			place("Guangdong", "geonames:CN.30", "admin1", "CN", "", "Guangdong province").
			place("Jilin", "geonames:CN.05", "admin1", "CN", "", "Jilin province").
			place("Changbai", "geonames:2038185", "county", "CN", "Jilin", "Changbai").
			place("Hyesan", "geonames:2043837", "city", "KP", "Ryanggang", "Hyesan").
			place("Ryanggang", "geonames:KP.13", "admin1", "KP", "", "Ryanggang province").
			place("Hunchun", "geonames:2036653", "city", "CN", "Jilin", "Hunchun").
			place("Rason", "geonames:KP.18", "admin1", "KP", "", "Rason").
			place("North Hamgyong", "geonames:KP.17", "admin1", "KP", "", "North Hamgyong province").
			place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
			org("Ministry of State Security", "kp-mss", "ministry", "KP", "Ministry of State Security").
			good("spy camera glasses", "electronics", "spy camera glasses", "spy glasses", "spy cameras").
			price(800, "CNY", "each", "", "800 Chinese yuan").
			price(1000, "CNY", "", "over", "over 1,000 yuan").
			qty(1000, 9999, "units", "thousands").
			qty(3, 9, "shipments", "several more shipments").
			date("2025-03-01", "2025-03-10", "part-of-month", "early March").
			date("2025-02-01", "2025-02-28", "month", "February")
	}},
	{"korean", func(b *builder) {
		b.place("Ryanggang", "geonames:KP.13", "admin1", "KP", "", "양강도").
			place("Hyesan", "geonames:2043837", "city", "KP", "Ryanggang", "혜산").
			place("China", "iso3166:CN", "country", "CN", "", "중국").
			place("Changbai", "geonames:2038185", "county", "CN", "Jilin", "장백").
			place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "평양").
			good("mobile phones", "electronics", "휴대전화").
			qty(300, 0, "units", "300대").
			date("2025-02-01", "2025-02-28", "month", "지난달")
	}},
	{"machine_translated", func(b *builder) {
		b.place("Sinuiju", "geonames:2040893", "city", "KP", "North Pyongan", "Sinuiju").
			place("Pyongyang", "geonames:1871859", "city", "KP", "Pyongyang", "Pyongyang").
			place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").
			good("fertilizer", "chemicals", "fertilizer").
			good("cigarettes", "tobacco", "cigarette").
			qty(500, 500, "tonnes", "500 tons").
			price(2000, "KPW", "kg", "", "2,000 won per kg").
			date("2025-02-01", "2025-02-28", "month", "last month")
	}},
	{"diplomacy", func(b *builder) {
		b.place("Russia", "iso3166:RU", "country", "RU", "", "Russian").
			place("Vladivostok", "geonames:2013348", "city", "RU", "Primorye", "Vladivostok").
			place("South Korea", "iso3166:KR", "country", "KR", "", "South Korea").
			date("2025-03-26", "2025-03-26", "day", "on Wednesday")
		b.r.Places[0].Origin = true
	}},
	{"coal_export", func(b *builder) {
		b.place("North Korea", "iso3166:KP", "country", "KP", "", "North Korea").
			place("Nampo", "geonames:1873757", "city", "KP", "Nampo", "Nampo").
			place("Ningbo", "geonames:1799397", "city", "CN", "Zhejiang", "Ningbo").
			place("Dandong", "geonames:2037886", "city", "CN", "Liaoning", "Dandong").
			place("China", "iso3166:CN", "country", "CN", "", "China").
			good("coal", "coal", "coal").
			qty(20000, 20000, "tonnes", "about 20,000 tonnes").
			date("2024-01-01", "2024-12-31", "year", "last year").
			date("2025-01-01", "2025-01-31", "month", "in January")
	}},
}

// load reads a fixture's text, builds its mentions and runs Assemble.
func load(t testing.TB, name string) (string, *model.ExtractionResult) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	if err != nil {
		t.Fatalf("reading fixture: %v", err)
	}
	text := string(raw)
	for _, f := range fixtures {
		if f.name == name {
			b := newBuilder(t, text)
			f.build(b)
			r := b.r
			Assemble(text, &r)
			return text, &r
		}
	}
	t.Fatalf("no fixture %q", name)
	return "", nil
}
