// Package gazetteer resolves place names to stable places: countries,
// first-level divisions and the world's larger cities from GeoNames,
// Russian towns from 20,000 people, every GeoNames place of North Korea
// and of the Chinese and Russian border provinces (North Korean and
// Chinese second-level divisions also by their bare names, "Huichon" for
// "Hŭich’ŏn City"), and hand-curated rivers, crossings, ports and
// romanisations.
//
// The data is embedded; Load parses it once per process.
//
//go:generate ./gen.sh
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/gazetteer/internal/fold"
)

// Kinds of place.
const (
	KindCountry  = "country"
	KindAdmin1   = "admin1"
	KindAdmin2   = "admin2"
	KindCounty   = "county"
	KindCity     = "city"
	KindPort     = "port"
	KindRiver    = "river"
	KindCrossing = "crossing"
	KindRegion   = "region"
	KindMountain = "mountain"
)

// ErrFormat reports a malformed gazetteer or extras line.
var ErrFormat = errors.New("malformed gazetteer data")

//go:embed gazetteer.tsv.gz
var embeddedData []byte

//go:embed extras.tsv
var embeddedExtras []byte

// Entry is one place.
type Entry struct {
	ID         string   // "geonames:2043837", "geonames:KP.13" (a division's GeoNames code), "iso3166:KP", "yalu:<slug>"
	Name       string   // canonical English name
	Kind       string   // one of the Kind constants
	Feature    string   // GeoNames feature code (PPLC capital, PPLA seat of an admin1…), ADM1, ADM2, PCLI, or empty
	Country    string   // ISO 3166-1 alpha-2
	Admin1     string   // English name of the first-level division
	Admin1ID   string   // id of that division's entry
	Lat, Lon   float64  //
	Population int64    //
	Names      []string // every name, canonical first
	Official   int      // Names[:Official] are official or curated names; the rest are GeoNames alternates
}

// Hit is one entry a lookup key names.
type Hit struct {
	Entry    *Entry
	Official bool // the key is one of the entry's official or curated names
}

// Gazetteer is an immutable, concurrency-safe index of places.
type Gazetteer struct {
	entries   []Entry
	byID      map[string]int
	byKey     map[string][]Hit
	keyBits   []uint64          // keyBits[keyHash(k)] is set for every key k of byKey
	demonyms  map[string]string // key -> country ISO2
	countries map[string]int
	maxWords  int
	maxRunes  int // longest Hangul/Han key, in runes
}

var loadEmbedded = sync.OnceValues(func() (*Gazetteer, error) {
	return Parse(bytes.NewReader(embeddedData), bytes.NewReader(embeddedExtras))
})

// Load returns the gazetteer built from the embedded data. The first call
// parses it; later calls return the same value.
func Load() (*Gazetteer, error) {
	return loadEmbedded()
}

// Key returns the lookup key of a name: lower case, without Latin
// diacritics or apostrophes, hyphens and spaces made single spaces.
func Key(s string) string { return fold.Key(s) }

// Parse builds a gazetteer from gzip-compressed generated data and
// uncompressed extras, in the formats gen and extras.tsv document.
func Parse(data, extras io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(data)
	if err != nil {
		return nil, fmt.Errorf("opening gazetteer data: %w", err)
	}
	g := &Gazetteer{byID: map[string]int{}, demonyms: map[string]string{}, countries: map[string]int{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	g.entries = make([]Entry, 0, 13000)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		e, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("gazetteer line %d: %w", n, err)
		}
		if _, dup := g.byID[e.ID]; dup {
			return nil, fmt.Errorf("gazetteer line %d: duplicate id %s: %w", n, e.ID, ErrFormat)
		}
		g.byID[e.ID] = len(g.entries)
		g.entries = append(g.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading gazetteer data: %w", err)
	}
	if err := g.applyExtras(extras); err != nil {
		return nil, err
	}
	g.addHangulLevelNames()
	g.index()
	return g, nil
}

func parseLine(line string) (Entry, error) {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return Entry{}, fmt.Errorf("%d fields, want 10: %w", len(f), ErrFormat)
	}
	lat, err1 := strconv.ParseFloat(f[5], 64)
	lon, err2 := strconv.ParseFloat(f[6], 64)
	pop, err3 := strconv.ParseInt(f[7], 10, 64)
	if err := errors.Join(err1, err2, err3); err != nil {
		return Entry{}, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if f[0] == "" || f[8] == "" {
		return Entry{}, fmt.Errorf("empty id or name: %w", ErrFormat)
	}
	names := strings.Split(f[8], "|")
	official := len(names)
	if f[9] != "" {
		names = append(names, strings.Split(f[9], "|")...)
	}
	e := Entry{ID: f[0], Kind: f[1], Feature: f[2], Country: f[3], Lat: lat, Lon: lon, Population: pop,
		Name: names[0], Names: names, Official: official}
	if f[4] != "" && f[3] != "" {
		e.Admin1ID = "geonames:" + f[3] + "." + f[4]
	}
	return e, nil
}

// applyExtras merges curated lines into the entries (see extras.tsv).
func (g *Gazetteer) applyExtras(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == "@demonym" {
			if len(f) != 3 || len(f[1]) != 2 {
				return fmt.Errorf("extras line %d: a demonym line has 3 fields: @demonym, country, forms: %w", n, ErrFormat)
			}
			for _, d := range strings.Split(f[2], "|") {
				if k := fold.Key(d); k != "" {
					g.demonyms[k] = f[1]
				}
			}
			continue
		}
		if len(f) != 9 {
			return fmt.Errorf("extras line %d: %d fields, want 9: %w", n, len(f), ErrFormat)
		}
		if err := g.applyExtra(f); err != nil {
			return fmt.Errorf("extras line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading extras: %w", err)
	}
	return nil
}

func (g *Gazetteer) applyExtra(f []string) error {
	i, ok := g.byID[f[0]]
	if !ok {
		if f[7] == "" || f[1] == "" {
			return fmt.Errorf("new entry %q needs a kind and a name: %w", f[0], ErrFormat)
		}
		i = len(g.entries)
		g.byID[f[0]] = i
		g.entries = append(g.entries, Entry{ID: f[0]})
	}
	e := &g.entries[i]
	if f[1] != "" {
		e.Kind = f[1]
	}
	if f[2] != "" {
		e.Country = f[2]
	}
	if f[3] != "" {
		e.Admin1ID = "geonames:" + e.Country + "." + f[3]
	}
	for j, p := range []*float64{&e.Lat, &e.Lon} {
		if s := f[4+j]; s != "" {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return fmt.Errorf("%w: %w", ErrFormat, err)
			}
			*p = v
		}
	}
	if f[6] != "" {
		v, err := strconv.ParseInt(f[6], 10, 64)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrFormat, err)
		}
		e.Population = v
	}
	official := slicesClone(e.Names[:e.Official])
	alternates := slicesClone(e.Names[e.Official:])
	var add []string
	if f[7] != "" {
		e.Name = f[7]
		add = append(add, f[7])
	}
	for _, n := range strings.Split(f[8], "|") {
		if n == "" {
			continue
		}
		if strings.HasPrefix(n, "-") {
			k := fold.Key(n[1:])
			keep := func(s string) bool { return fold.Key(s) != k }
			official, alternates = filter(official, keep), filter(alternates, keep)
			continue
		}
		add = append(add, n)
	}
	if f[7] == "" && len(official) > 0 {
		// The canonical name stays first: Names lists it first.
		add = append([]string{official[0]}, add...)
		official = official[1:]
	}
	official = append(add, official...)
	e.Names = append(official, alternates...)
	e.Official = len(official)
	return nil
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }

func filter(s []string, keep func(string) bool) []string {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

// index fills Admin1 names and the key index.
func (g *Gazetteer) index() {
	g.byKey = make(map[string][]Hit, 120000)
	g.keyBits = make([]uint64, keyBitsLen/64)
	for i := range g.entries {
		e := &g.entries[i]
		if e.Kind == KindCountry {
			g.countries[e.Country] = i
		}
		if j, ok := g.byID[e.Admin1ID]; ok && e.Kind != KindAdmin1 && e.Kind != KindCountry {
			e.Admin1 = g.entries[j].Name
		} else if e.Kind == KindAdmin1 || e.Kind == KindCountry {
			e.Admin1ID = ""
		}
		if e.Kind == KindAdmin1 {
			e.Admin1ID = ""
		}
		seen := map[string]bool{}
		for j, n := range e.Names {
			k := fold.Key(n)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			g.byKey[k] = append(g.byKey[k], Hit{Entry: e, Official: j < e.Official})
			h := keyHash(k)
			g.keyBits[h/64] |= 1 << (h % 64)
			if w := strings.Count(k, " ") + 1; w > g.maxWords && isLatinKey(k) {
				g.maxWords = w
			}
			if !isLatinKey(k) {
				if r := utf8.RuneCountInString(k); r > g.maxRunes {
					g.maxRunes = r
				}
			}
		}
	}
}

// keyBitsLen is the size in bits of the key filter: a miss in a 128 KB
// bitset that stays in cache is far cheaper than one in the ~120,000-key map,
// and most lookups (windows of words tried against the gazetteer) miss.
const keyBitsLen = 1 << 20

// keyHash is an FNV-1a hash of a key, reduced to a bit of the key filter.
func keyHash[S string | []byte](k S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * 16777619
	}
	return (h ^ h>>16) % keyBitsLen
}

// mayHaveKey reports whether k could be a key of byKey; false is certain.
func (g *Gazetteer) mayHaveKey(k []byte) bool {
	if g.keyBits == nil {
		return true // not indexed
	}
	h := keyHash(k)
	return g.keyBits[h/64]&(1<<(h%64)) != 0
}

func isLatinKey(k string) bool {
	for _, r := range k {
		if unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// ByID returns the entry with the given id.
func (g *Gazetteer) ByID(id string) (Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Country returns the country entry of an ISO 3166-1 alpha-2 code.
func (g *Gazetteer) Country(iso2 string) (*Entry, bool) {
	i, ok := g.countries[iso2]
	if !ok {
		return nil, false
	}
	return &g.entries[i], true
}

// Lookup returns every entry one of whose names matches name, ignoring
// case, diacritics and apostrophes.
func (g *Gazetteer) Lookup(name string) []Entry {
	hits := g.byKey[fold.Key(name)]
	out := make([]Entry, len(hits))
	for i, h := range hits {
		out[i] = *h.Entry
	}
	return out
}

// Hits returns the entries a lookup key (see Key) names. The slice and the
// entries are shared: callers must not modify them. Each key has its own
// slice, so two non-empty results are the same key exactly when their first
// elements have the same address (places groups mentions that way).
func (g *Gazetteer) Hits(key string) []Hit { return g.byKey[key] }

// Demonym returns the country that an adjective of origin ("Russian")
// names, given its lookup key.
func (g *Gazetteer) Demonym(key string) (iso2 string, ok bool) {
	iso2, ok = g.demonyms[key]
	return iso2, ok
}

// MaxWords is the largest number of space-separated words in a Latin or
// Cyrillic key.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// MaxRunes is the length in runes of the longest Hangul or Han key.
func (g *Gazetteer) MaxRunes() int { return g.maxRunes }

// Counts returns the number of entries of each kind.
func (g *Gazetteer) Counts() map[string]int {
	m := map[string]int{}
	for i := range g.entries {
		m[g.entries[i].Kind]++
	}
	return m
}

// HitsBytes is Hits for a key held in a byte slice; it does not allocate.
func (g *Gazetteer) HitsBytes(key []byte) []Hit {
	if !g.mayHaveKey(key) {
		return nil
	}
	return g.byKey[string(key)]
}

// DemonymBytes is Demonym for a key held in a byte slice.
func (g *Gazetteer) DemonymBytes(key []byte) (iso2 string, ok bool) {
	iso2, ok = g.demonyms[string(key)]
	return iso2, ok
}
